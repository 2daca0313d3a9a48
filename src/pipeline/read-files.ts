import { discover, type DiscoveredFile, type Skipped } from "../discover/discover.js";
import { readCandidate, type CandidateReadOptions, type ReadResult } from "../read/candidate.js";
import { realRoot } from "../read/guarded-file.js";
import { markerScanner } from "../read/marker-scan.js";

/**
 * Discover and read, as one stage that hands the files worth parsing on in batches while it goes:
 * what the read worker runs (read-worker.ts) beside the main thread, which parses and adapts the
 * batches as they come (check-core.ts, prepareCheckLazily), and what runs on the main thread
 * itself where no worker is used. Plain data in and out, so that it can cross a thread.
 */

/** Where to look: what discovery needs, known from the command line and the configuration's include and exclude. */
export interface WalkRequest {
  cwd: string;
  paths: string[];
  include?: string[];
  exclude?: string[];
}

/** How to read what the walk finds: known once the configuration and the format readers are loaded. */
export interface ReadSettings {
  maxFileSizeBytes: number;
  /** The markers of every format reader and of the objects deployments refer to (READ_MARKERS). */
  markers: readonly string[];
}

export interface ReadRequest extends WalkRequest, ReadSettings {}

/** The walk part of a request, as discover() takes it. */
export function walkOf(request: WalkRequest): WalkRequest {
  return {
    cwd: request.cwd,
    paths: request.paths,
    ...(request.include ? { include: request.include } : {}),
    ...(request.exclude ? { exclude: request.exclude } : {}),
  };
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
 * The guarded reads of the files a walk finds, with the marker pre-filter: each file kept goes to
 * `send` in a batch, in the order added. `flush` sends what is left.
 */
export class FileReader {
  /** Files added, read or not. */
  found = 0;
  private readonly options: CandidateReadOptions;
  private batch: ReadFile[] = [];
  private foundInBatch = 0;

  constructor(
    cwd: string,
    settings: ReadSettings,
    private readonly send: (files: ReadFile[]) => void,
  ) {
    this.options = { maxFileSizeBytes: settings.maxFileSizeBytes, prefilter: true, root: realRoot(cwd), scanner: markerScanner(settings.markers) };
  }

  add(entry: DiscoveredFile): void {
    this.found++;
    this.foundInBatch++;
    const read = readCandidate(entry, this.options);
    if (read.kind !== "skip") this.batch.push({ entry, read });
    if (this.batch.length >= KEPT_PER_BATCH || this.foundInBatch >= FOUND_PER_BATCH) this.flush();
  }

  flush(): void {
    if (this.batch.length > 0) this.send(this.batch);
    this.batch = [];
    this.foundInBatch = 0;
  }
}

/**
 * Walk `request.paths`, read every file found through the guarded reader with the marker
 * pre-filter, and pass the files kept to `send`, a batch at a time, in the order they were found
 * (sort them by `entry.file` for report order). Throws DiscoveryError as discover() does, possibly
 * after some batches went.
 */
export function readFiles(request: ReadRequest, send: (files: ReadFile[]) => void): ReadDone {
  const reader = new FileReader(request.cwd, request, send);
  const discovery = discover({ ...walkOf(request), onFile: (entry) => reader.add(entry) });
  reader.flush();
  return { skipped: discovery.skipped, found: reader.found };
}
