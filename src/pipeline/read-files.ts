import { discover, type DiscoveredFile, type Skipped } from "../discover/discover.js";
import { readCandidate, type ReadResult } from "../read/candidate.js";
import { realRoot } from "../read/guarded-file.js";
import { markerScanner } from "../read/marker-scan.js";

/**
 * Discover and read, as one stage that hands the files worth parsing on in batches while it goes:
 * what the read worker runs (read-worker.ts) beside the main thread, which parses and adapts the
 * batches as they come (check-core.ts, prepareCheckLazily), and what runs on the main thread
 * itself where no worker is used. Plain data in and out, so that it can cross a thread.
 */

export interface ReadRequest {
  cwd: string;
  paths: string[];
  include?: string[];
  exclude?: string[];
  maxFileSizeBytes: number;
  /** The markers of every format reader and of the objects deployments refer to (READ_MARKERS). */
  markers: readonly string[];
}

/** A file read and worth parsing (it holds a marker, or was named), or one that could not be read. */
export interface ReadFile {
  entry: DiscoveredFile;
  read: Exclude<ReadResult, { kind: "skip" }>;
}

export interface ReadDone {
  skipped: Skipped[];
  /** Files found, read or not. */
  found: number;
}

/** Files found since the last batch after which a batch goes even when few of them were kept. */
const FOUND_PER_BATCH = 512;
/** Files kept after which a batch goes: the main thread starts parsing early. */
const KEPT_PER_BATCH = 8;

/**
 * Walk `request.paths`, read every file found through the guarded reader with the marker
 * pre-filter, and pass the files kept to `send`, a batch at a time, in the order they were found
 * (sort them by `entry.file` for report order). Throws DiscoveryError as discover() does, possibly
 * after some batches went.
 */
export function readFiles(request: ReadRequest, send: (files: ReadFile[]) => void): ReadDone {
  const scanner = markerScanner(request.markers);
  const root = realRoot(request.cwd);
  const options = { maxFileSizeBytes: request.maxFileSizeBytes, prefilter: true, root, scanner };
  let batch: ReadFile[] = [];
  let found = 0;
  let foundInBatch = 0;
  const flush = () => {
    if (batch.length > 0) send(batch);
    batch = [];
    foundInBatch = 0;
  };
  const discovery = discover({
    cwd: request.cwd,
    paths: request.paths,
    ...(request.include ? { include: request.include } : {}),
    ...(request.exclude ? { exclude: request.exclude } : {}),
    onFile: (entry) => {
      found++;
      foundInBatch++;
      const read = readCandidate(entry, options);
      if (read.kind !== "skip") batch.push({ entry, read });
      if (batch.length >= KEPT_PER_BATCH || foundInBatch >= FOUND_PER_BATCH) flush();
    },
  });
  flush();
  return { skipped: discovery.skipped, found };
}
