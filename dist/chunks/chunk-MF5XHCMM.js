import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/read/guarded-file.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
function isInside(root, path) {
  if (sep === "/" && path.startsWith(root)) {
    if (path.length === root.length) return true;
    const rest = path.slice(root.endsWith("/") ? root.length - 1 : root.length);
    if (rest[0] === "/" && !rest.includes("/..") && !rest.includes("/./") && !rest.endsWith("/.")) return true;
  }
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function exists(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
function realRoot(root) {
  return realpathSync.native(root);
}
function kindOf(stats) {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  if (stats.isSymbolicLink()) return "a symlink";
  return "not a regular file";
}
function errnoCode(error) {
  return error.code ?? "an error";
}
function resolveReal(path) {
  try {
    return { ok: true, realPath: realpathSync.native(path) };
  } catch (error) {
    const code = errnoCode(error);
    let isLink = false;
    try {
      isLink = lstatSync(path).isSymbolicLink();
    } catch {
    }
    if (code === "ELOOP") return { ok: false, refusal: "unreadable", message: "is a symlink that leads to itself (a loop); fix or remove the link" };
    if (code === "ENOENT" || code === "ENOTDIR") {
      return isLink ? { ok: false, refusal: "missing", message: "is a symlink whose target does not exist; fix or remove the link" } : { ok: false, refusal: "missing", message: "does not exist" };
    }
    return { ok: false, refusal: "unreadable", message: `could not be resolved (${code}); check that it is readable` };
  }
}
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
function readGuarded(path, options) {
  const resolved = options.realPath !== void 0 ? { ok: true, realPath: options.realPath } : resolveReal(path);
  if (!resolved.ok) return resolved;
  const { realPath } = resolved;
  if (options.root !== null && !isInside(options.root, realPath)) {
    return { ok: false, refusal: "outside", message: "is a symlink that leads outside the repository, so it is not read; keep the file itself inside the repository" };
  }
  let before;
  if (options.regular !== true || options.realPath === void 0) {
    try {
      before = statSync(realPath);
    } catch (error) {
      return { ok: false, refusal: "unreadable", message: `could not be read (${errnoCode(error)}); check that it exists and is readable` };
    }
    if (!before.isFile()) {
      return { ok: false, refusal: "not-regular", message: `is ${kindOf(before)}, not a regular file, so it is not read`, ...before.isDirectory() ? { directory: true } : {} };
    }
  }
  let fd;
  try {
    fd = openSync(realPath, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, refusal: "unreadable", message: `could not be read (${errnoCode(error)}); check its permissions` };
  }
  try {
    const stats = fstatSync(fd);
    if (!before && !stats.isFile()) {
      return { ok: false, refusal: "not-regular", message: `is ${kindOf(stats)}, not a regular file, so it is not read`, ...stats.isDirectory() ? { directory: true } : {} };
    }
    if (before && (!stats.isFile() || stats.ino !== before.ino || stats.dev !== before.dev)) {
      return { ok: false, refusal: "not-regular", message: "changed while it was being opened, so it is not read; run again" };
    }
    if (stats.size > options.maxBytes) {
      const head = options.headBytesWhenTooLarge ? readUpTo(fd, Math.min(options.headBytesWhenTooLarge, stats.size)) : void 0;
      return { ok: false, refusal: "too-large", message: "is over the size limit", sizeBytes: stats.size, ...head ? { head } : {} };
    }
    const bytes = readUpTo(fd, options.maxBytes + 1, stats.size + 1, options.transient === true);
    if (bytes.length > options.maxBytes) return { ok: false, refusal: "too-large", message: "is over the size limit", sizeBytes: bytes.length };
    return { ok: true, bytes, realPath };
  } catch (error) {
    return { ok: false, refusal: "unreadable", message: `could not be read (${errnoCode(error)}); check its permissions` };
  } finally {
    closeSync(fd);
  }
}
var SCRATCH = Buffer.allocUnsafe(64 * 1024);
var TRANSIENT = Buffer.allocUnsafe(64 * 1024);
function readUpTo(fd, limit, firstBytes = SCRATCH.length, transient = false) {
  const size = Math.max(1, Math.min(limit, firstBytes));
  const first = transient && size <= TRANSIENT.length ? TRANSIENT.subarray(0, size) : Buffer.allocUnsafe(size);
  let total = readSync(fd, first, 0, first.length, 0);
  if (total < first.length) return first.subarray(0, total);
  const chunks = [first.subarray(0, total)];
  while (total < limit) {
    const n = readSync(fd, SCRATCH, 0, Math.min(SCRATCH.length, limit - total), total);
    if (n === 0) break;
    chunks.push(Buffer.from(SCRATCH.subarray(0, n)));
    total += n;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function readGuardedHead(path, options) {
  const read = readGuarded(path, { root: options.root, maxBytes: 0, headBytesWhenTooLarge: Math.max(1, options.headBytes), ...options.realPath ? { realPath: options.realPath } : {} });
  if (read.ok) return { ok: true, head: read.bytes, sizeBytes: read.bytes.length, realPath: read.realPath };
  if (read.refusal === "too-large" && read.head !== void 0 && read.sizeBytes !== void 0) {
    const realPath = options.realPath ?? resolveReal(path);
    return { ok: true, head: read.head, sizeBytes: read.sizeBytes, realPath: typeof realPath === "string" ? realPath : realPath.ok ? realPath.realPath : path };
  }
  return { ok: false, refusal: read.refusal, message: read.message };
}

export {
  isInside,
  exists,
  realRoot,
  kindOf,
  readGuarded,
  readGuardedHead
};
