import { formatFixed, formatInteger } from "../base/units.js";
import { decodeLoosely, decodeText, detectEncoding, type Detected } from "./decode.js";
import { readGuarded } from "./guarded-file.js";
import type { MarkerScanner } from "./marker-scan.js";

/**
 * One discovered file read for `check`: through the guarded reader, its bytes scanned for the
 * markers of the formats the readers take, decoded only when it holds one. The same on the main
 * thread and in the read worker (src/pipeline/read-worker.ts): nothing here needs more than the
 * file system and the marker scanner.
 */

/** What the reader needs of a discovered file (discover.ts's DiscoveredFile has these fields). */
export interface CandidateEntry {
  absolutePath: string;
  /** Named on the command line: read in full, whatever its size, and parsed without a marker. */
  explicit: boolean;
  realPath?: string;
  regular?: boolean;
}

export type ReadResult = { kind: "text"; text: string } | { kind: "skip" } | { kind: "problem"; message: string };

export interface CandidateReadOptions {
  /** Files larger than this get a finding instead of a parse. */
  maxFileSizeBytes: number;
  /** Skip found files without a marker string unparsed (off only to prove it changes nothing). */
  prefilter: boolean;
  /** The repository root's real path: no file outside it is read. */
  root: string;
  /** The markers of every format reader and of the objects deployments refer to. */
  scanner: MarkerScanner;
}

/** `2.4 MB (10^6 bytes)` from a megabyte up, whole bytes below. */
function sizeText(bytes: number): string {
  return bytes >= 1e6 ? `${formatFixed(bytes / 1e6, 1)} MB (10^6 bytes)` : `${formatInteger(bytes)} bytes`;
}

/** Bytes read from an oversized file to decide whether it is one of ours. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Whether the content holds a marker. Markers are ASCII, so the raw bytes of UTF-8 are searched
 * without decoding; a text is searched as Latin-1 bytes (a character above U+00FF becomes its low
 * byte: at worst a file is parsed for nothing, never skipped for a marker it holds).
 */
export function textHasMarker(scanner: MarkerScanner, content: string | Buffer): boolean {
  return scanner.test(typeof content === "string" ? Buffer.from(content, "latin1") : content);
}

/** Marker test on bytes: raw (Latin-1) for UTF-8, whose markers are ASCII; decoded for UTF-16 and UTF-32. */
function bytesHaveMarker(scanner: MarkerScanner, bytes: Buffer, detected: Detected = detectEncoding(bytes)): boolean {
  return detected.encoding === "UTF-8" ? scanner.test(bytes) : textHasMarker(scanner, decodeLoosely(bytes, detected));
}

/**
 * Read one discovered file through the guarded reader: inside the repository, a regular file,
 * within the size limit. Files named on the command line are always the user's business; found
 * ones only when they could hold a deployment, so most of a GitOps repository stops here, unparsed.
 */
export function readCandidate(entry: CandidateEntry, options: CandidateReadOptions): ReadResult {
  const { maxFileSizeBytes, prefilter, root, scanner } = options;
  // Transient: the bytes are scanned and decoded here and never kept, so that the files skipped
  // (most of a repository) cost no allocation.
  const read = readGuarded(entry.absolutePath, {
    root,
    maxBytes: maxFileSizeBytes,
    transient: true,
    ...(entry.explicit ? {} : { headBytesWhenTooLarge: SNIFF_BYTES }),
    ...(entry.realPath !== undefined ? { realPath: entry.realPath } : {}),
    ...(entry.regular === true ? { regular: true } : {}),
  });
  if (!read.ok) {
    if (read.refusal === "too-large") {
      if (!entry.explicit && read.head && !bytesHaveMarker(scanner, read.head)) return { kind: "skip" };
      return {
        kind: "problem",
        message: `file is ${sizeText(read.sizeBytes ?? maxFileSizeBytes + 1)}, over the limit of ${sizeText(maxFileSizeBytes)}; split it, or raise maxFileSizeBytes in .llm-physics.yml`,
      };
    }
    return { kind: "problem", message: `file ${read.message}` };
  }
  const buffer = read.bytes;
  const detected = detectEncoding(buffer);
  const utf8 = detected.encoding === "UTF-8";
  const candidate = entry.explicit || bytesHaveMarker(scanner, buffer, detected);
  if (prefilter && !candidate) return { kind: "skip" };
  if (utf8) {
    const nul = buffer.indexOf(0);
    if (nul >= 0) {
      if (!candidate) return { kind: "skip" };
      return { kind: "problem", message: `file is binary (a NUL byte at offset ${nul}), not YAML; exclude it or pass only YAML files` };
    }
  }
  const decoded = decodeText(buffer, detected);
  if (!decoded.ok) return candidate ? { kind: "problem", message: decoded.message } : { kind: "skip" };
  const nul = utf8 ? -1 : decoded.text.indexOf("\0");
  if (nul >= 0) {
    if (!candidate) return { kind: "skip" };
    return { kind: "problem", message: `file is binary (a NUL character at character ${nul} of its ${detected.encoding} text), not YAML; exclude it or pass only YAML files` };
  }
  return { kind: "text", text: decoded.text };
}
