import { isAbsolute, relative, resolve, sep } from "node:path";
import { ALL_MARKERS } from "../adapt/formats.js";
import { REFERENCE_MARKERS, ReferenceIndex, type References } from "../adapt/references.js";
import type { Deployment } from "../base/deployment.js";
import type { Finding } from "../base/findings.js";
import { configPathFor } from "../catalog/resolve.js";
import type { DiscoveredFile } from "../discover/discover.js";
import { parseYamlFile, type YamlFile } from "../parse/yaml-file.js";
import { readCandidate, textHasMarker, type ReadResult } from "../read/candidate.js";
import { markerScanner } from "../read/marker-scan.js";

/**
 * The first pass of `check`: every discovered file read once, through the guarded reader, and
 * the objects deployments name in other files (a KServe ServingRuntime, a NIMCache) indexed over
 * the whole repository before any deployment is adapted.
 */

export interface ReadOptions {
  /** Files larger than this get a finding instead of a parse. */
  maxFileSizeBytes: number;
  /** Skip found files without a marker string unparsed (off only to prove it changes nothing). */
  prefilter: boolean;
  /** The repository root's real path: no file outside it is read. */
  root: string;
  /** Check only these files (relative paths); the others are still indexed for references. */
  onlyFiles?: ReadonlySet<string>;
}

function markerPattern(markers: readonly string[]): RegExp {
  return new RegExp(markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}

/**
 * One scan for all markers: a single pass over a file's raw bytes instead of one search per
 * marker (src/read/marker-scan.ts). The objects deployments refer to (a KServe ServingRuntime, a
 * NIMCache) are read too.
 */
export const READ_MARKERS: readonly string[] = [...ALL_MARKERS, ...REFERENCE_MARKERS];
const MARKERS = markerScanner(READ_MARKERS);
/** Run on the text of the few files that hold a marker. */
export const REFERENCE_PATTERN = markerPattern(REFERENCE_MARKERS);

/**
 * Whether the content holds one of the strings every supported deployment document contains
 * (see textHasMarker).
 */
export function hasMarker(content: string | Buffer): boolean {
  return textHasMarker(MARKERS, content);
}

/** A file read in the first pass: its text, and its parse when the reference index needed it. */
export interface Candidate {
  entry: DiscoveredFile;
  read: Exclude<ReadResult, { kind: "skip" }>;
  parsed?: YamlFile;
}

/**
 * First pass: read every discovered file once; index the objects deployments refer to (from every
 * file, also those `onlyFiles` leaves out: a changed InferenceService is read with its unchanged
 * runtime); keep the files to check. With `onlyFiles`, the files it leaves out are kept apart as
 * `unchanged`: one whose deployment reads a changed file (a ServingRuntime, a NIMCache) is checked
 * too (see `readsChanged`).
 */
export function readRepository(
  files: readonly DiscoveredFile[],
  options: ReadOptions,
): { candidates: Candidate[]; unchanged: Candidate[]; references: ReferenceIndex; referenceFiles: Map<string, YamlFile> } {
  const { prefilter, root } = options;
  const references = new ReferenceIndex();
  const referenceFiles = new Map<string, YamlFile>();
  const candidates: Candidate[] = [];
  const unchanged: Candidate[] = [];
  for (const entry of files) {
    const checked = !options.onlyFiles || options.onlyFiles.has(entry.file);
    const read = readCandidate(entry, { maxFileSizeBytes: options.maxFileSizeBytes, prefilter, root, scanner: MARKERS });
    if (read.kind === "skip") continue;
    const candidate: Candidate = { entry, read };
    if (read.kind === "text" && REFERENCE_PATTERN.test(read.text)) {
      candidate.parsed = parseYamlFile(entry.file, read.text);
      references.addFile(candidate.parsed.documents, entry.file, entry.absolutePath);
      referenceFiles.set(entry.file, candidate.parsed);
    }
    if (checked) candidates.push(candidate);
    else if (read.kind === "text") unchanged.push(candidate);
  }
  return { candidates, unchanged, references, referenceFiles };
}

/**
 * References that note the file of every object handed out by name: what an adaptation looked up
 * in other files, even when nothing of the object ended up in a fact (a runtime whose args the
 * predictor overrides). Objects listed with `all` (KServe's auto-selection by model format) are
 * not noted: the one chosen is read into the facts, and its ranges name its file.
 */
export function recordingReferences(references: References): { references: References; files: Set<string> } {
  const files = new Set<string>();
  return {
    files,
    references: {
      find: (kind, name, namespace) => {
        const found = references.find(kind, name, namespace);
        for (const object of found) files.add(object.file);
        return found;
      },
      all: (kind) => references.all(kind),
    },
  };
}

/** Every `file` of a source range in `value`: a Located fact's, a policy's, a note's. Shallow data, so a few levels suffice. */
function rangeFiles(value: unknown, into: Set<string>, depth: number): void {
  if (depth < 0 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) rangeFiles(item, into, depth - 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.file === "string" && typeof record.line === "number" && typeof record.column === "number") into.add(record.file);
  for (const item of Object.values(record)) rangeFiles(item, into, depth - 1);
}

/**
 * The files of the repository, other than its own, that a deployment was read from, sorted: those
 * its facts and notes point into (a ServingRuntime's, a NIMCache's), the objects its adaptation
 * looked up by name (`looked`, from `recordingReferences`), and the config.json (or params.json)
 * its model names by path. Paths relative to `cwd`, with forward slashes, as every report names files.
 */
export function filesRead(deployment: Deployment, notes: readonly Finding[], looked: Iterable<string>, cwd: string): string[] {
  const files = new Set<string>(looked);
  rangeFiles(deployment, files, 3);
  for (const note of notes) files.add(note.file);
  const model = deployment.model.value;
  if (typeof model === "string") {
    const config = configPathFor(model, deployment.baseDir);
    if (config !== undefined) {
      const rel = relative(resolve(cwd), config);
      if (rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) files.add(rel.split(sep).join("/"));
    }
  }
  files.delete(deployment.file);
  return [...files].sort();
}

/** Whether any of `reads` is among the changed files: the deployment reading it changed too. */
export function readsChanged(reads: readonly string[] | undefined, changed: ReadonlySet<string>): boolean {
  return reads !== undefined && reads.some((file) => changed.has(file));
}

