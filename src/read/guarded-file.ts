import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";

/**
 * The one way llm-physics opens a file: manifests, a manifest's config.json, `.llm-physics.yml`,
 * `--config`. A pull request can commit any symlink and name any path, so before a byte is read:
 * - the real path (every symlink resolved) must lie inside the repository root;
 * - it must be a regular file: FIFOs, devices, sockets and directories are refused unopened, so
 *   that a FIFO cannot hang the run and `/dev/zero` cannot fill memory;
 * - its size (fstat of the opened descriptor) must be within the limit, and at most that many
 *   bytes are read, whatever the file grows to meanwhile.
 * Messages say what is wrong with the file, never what it contains nor where outside the
 * repository a symlink leads.
 */

export interface GuardedReadOptions {
  /** The repository root; the file's real path must be inside it. null: no containment (a CLI argument outside any repository). */
  root: string | null;
  /** Files larger than this are refused. */
  maxBytes: number;
  /** When the file is over the limit, read this many bytes from its start anyway (to tell whether it is one of ours). */
  headBytesWhenTooLarge?: number;
  /**
   * The file's real path when the caller has just resolved it (discovery walks real directories),
   * to save resolving it again; it is still opened without following a symlink and checked.
   */
  realPath?: string;
  /**
   * The caller saw a regular file at `realPath` in its directory entry (discovery's readdir): the
   * stat before the open is skipped. The open still follows no link and blocks on no FIFO, and the
   * fstat of the opened descriptor still refuses anything but a regular file.
   */
  regular?: boolean;
  /**
   * The bytes may be a view of a buffer that the next transient read reuses, so that a file
   * looked at and dropped (most of a repository) costs no allocation: copy them to keep them.
   */
  transient?: boolean;
}

export type ReadRefusal = "missing" | "outside" | "not-regular" | "too-large" | "unreadable";

export type GuardedRead =
  | { ok: true; bytes: Buffer; realPath: string }
  | { ok: false; refusal: ReadRefusal; message: string; sizeBytes?: number; head?: Buffer; directory?: boolean };

/** True when `path` is `root` or below it; both absolute. */
export function isInside(root: string, path: string): boolean {
  // The common case without path.relative (called for every file): on POSIX a normalized path
  // that starts with the root and a separator is inside it. Anything else is left to relative().
  if (sep === "/" && path.startsWith(root)) {
    if (path.length === root.length) return true;
    const rest = path.slice(root.endsWith("/") ? root.length - 1 : root.length);
    if (rest[0] === "/" && !rest.includes("/..") && !rest.includes("/./") && !rest.endsWith("/.")) return true;
  }
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** Something is at `path`, even a symlink whose target is gone (lstat does not follow it). */
export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The real path of the repository root, resolved once per run by the caller. */
export function realRoot(root: string): string {
  return realpathSync.native(root);
}

/** What a non-regular file is, as a person says it. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  if (stats.isSymbolicLink()) return "a symlink";
  return "not a regular file";
}

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "an error";
}

/** Where `path` really is, or why it cannot be followed. */
function resolveReal(path: string): { ok: true; realPath: string } | { ok: false; refusal: ReadRefusal; message: string } {
  try {
    return { ok: true, realPath: realpathSync.native(path) };
  } catch (error) {
    const code = errnoCode(error);
    let isLink = false;
    try {
      isLink = lstatSync(path).isSymbolicLink();
    } catch {
      // Nothing at the path at all.
    }
    if (code === "ELOOP") return { ok: false, refusal: "unreadable", message: "is a symlink that leads to itself (a loop); fix or remove the link" };
    if (code === "ENOENT" || code === "ENOTDIR") {
      return isLink
        ? { ok: false, refusal: "missing", message: "is a symlink whose target does not exist; fix or remove the link" }
        : { ok: false, refusal: "missing", message: "does not exist" };
    }
    return { ok: false, refusal: "unreadable", message: `could not be resolved (${code}); check that it is readable` };
  }
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Read a file under the rules above. Never throws. */
export function readGuarded(path: string, options: GuardedReadOptions): GuardedRead {
  const resolved = options.realPath !== undefined ? { ok: true as const, realPath: options.realPath } : resolveReal(path);
  if (!resolved.ok) return resolved;
  const { realPath } = resolved;
  if (options.root !== null && !isInside(options.root, realPath)) {
    return { ok: false, refusal: "outside", message: "is a symlink that leads outside the repository, so it is not read; keep the file itself inside the repository" };
  }
  let before: Stats | undefined;
  if (options.regular !== true || options.realPath === undefined) {
    try {
      before = statSync(realPath);
    } catch (error) {
      return { ok: false, refusal: "unreadable", message: `could not be read (${errnoCode(error)}); check that it exists and is readable` };
    }
    if (!before.isFile()) {
      return { ok: false, refusal: "not-regular", message: `is ${kindOf(before)}, not a regular file, so it is not read`, ...(before.isDirectory() ? { directory: true } : {}) };
    }
  }

  let fd: number;
  try {
    // O_NOFOLLOW: the real path has no symlink left, unless one was swapped in since; O_NONBLOCK:
    // a FIFO swapped in cannot block the open.
    fd = openSync(realPath, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, refusal: "unreadable", message: `could not be read (${errnoCode(error)}); check its permissions` };
  }
  try {
    const stats = fstatSync(fd);
    if (!before && !stats.isFile()) {
      // Seen as a regular file in its directory, something else by the time it was opened.
      return { ok: false, refusal: "not-regular", message: `is ${kindOf(stats)}, not a regular file, so it is not read`, ...(stats.isDirectory() ? { directory: true } : {}) };
    }
    if (before && (!stats.isFile() || stats.ino !== before.ino || stats.dev !== before.dev)) {
      return { ok: false, refusal: "not-regular", message: "changed while it was being opened, so it is not read; run again" };
    }
    if (stats.size > options.maxBytes) {
      const head = options.headBytesWhenTooLarge ? readUpTo(fd, Math.min(options.headBytesWhenTooLarge, stats.size)) : undefined;
      return { ok: false, refusal: "too-large", message: "is over the size limit", sizeBytes: stats.size, ...(head ? { head } : {}) };
    }
    // Some files report a size of 0 and still hold bytes (/proc): read to the limit, not to the
    // size; the first read is sized by the file, one byte more to see it grow.
    const bytes = readUpTo(fd, options.maxBytes + 1, stats.size + 1, options.transient === true);
    if (bytes.length > options.maxBytes) return { ok: false, refusal: "too-large", message: "is over the size limit", sizeBytes: bytes.length };
    return { ok: true, bytes, realPath };
  } catch (error) {
    return { ok: false, refusal: "unreadable", message: `could not be read (${errnoCode(error)}); check its permissions` };
  } finally {
    closeSync(fd);
  }
}

/** Reads after the first land here first, so that reaching the end costs no allocation. */
const SCRATCH = Buffer.allocUnsafe(64 * 1024);
/** Where transient reads land when the file fits (the first read is one byte longer than the file). */
const TRANSIENT = Buffer.allocUnsafe(64 * 1024);

/**
 * At most `limit` bytes from the start of an open file, the first read `firstBytes` long; with
 * `transient`, into TRANSIENT when it fits (a view the next transient read overwrites).
 */
function readUpTo(fd: number, limit: number, firstBytes: number = SCRATCH.length, transient = false): Buffer {
  const size = Math.max(1, Math.min(limit, firstBytes));
  const first = transient && size <= TRANSIENT.length ? TRANSIENT.subarray(0, size) : Buffer.allocUnsafe(size);
  let total = readSync(fd, first, 0, first.length, 0);
  // A regular file reads short only at its end: no second read to find the end (most files).
  if (total < first.length) return first.subarray(0, total);
  const chunks: Buffer[] = [first.subarray(0, total)];
  while (total < limit) {
    const n = readSync(fd, SCRATCH, 0, Math.min(SCRATCH.length, limit - total), total);
    if (n === 0) break;
    chunks.push(Buffer.from(SCRATCH.subarray(0, n)));
    total += n;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

export type GuardedHead = { ok: true; head: Buffer; sizeBytes: number; realPath: string } | { ok: false; refusal: ReadRefusal; message: string };

/**
 * The first `headBytes` of a file of any size, and its size, under the same rules as readGuarded:
 * inside the repository, a regular file, opened without following a link. For the headers of
 * checkpoint files (safetensors, GGUF) that are gigabytes long: only the head is read.
 */
export function readGuardedHead(path: string, options: { root: string | null; headBytes: number; realPath?: string }): GuardedHead {
  const read = readGuarded(path, { root: options.root, maxBytes: 0, headBytesWhenTooLarge: Math.max(1, options.headBytes), ...(options.realPath ? { realPath: options.realPath } : {}) });
  if (read.ok) return { ok: true, head: read.bytes, sizeBytes: read.bytes.length, realPath: read.realPath };
  if (read.refusal === "too-large" && read.head !== undefined && read.sizeBytes !== undefined) {
    const realPath = options.realPath ?? resolveReal(path);
    return { ok: true, head: read.head, sizeBytes: read.sizeBytes, realPath: typeof realPath === "string" ? realPath : realPath.ok ? realPath.realPath : path };
  }
  return { ok: false, refusal: read.refusal, message: read.message };
}
