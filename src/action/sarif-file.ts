import { closeSync, constants, lstatSync, mkdirSync, openSync, readlinkSync, realpathSync, statSync, writeSync, type Stats } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { isInside } from "../read/guarded-file.js";

/**
 * Writing the `sarif-file` input's file without letting the checked-out repository redirect the
 * write. On a pull request the workspace holds a stranger's files, and a committed symbolic
 * link (`reports -> /home/runner`, `out.sarif -> ~/.bashrc`) would make a plain writeFileSync,
 * or mkdirSync(…, { recursive: true }), act outside the repository. So the path, the real path
 * of its nearest existing ancestor, and the target itself are checked first, and the file is
 * opened with O_NOFOLLOW, so that a final symbolic link is never followed.
 */

export type SarifWriteResult = { written: true; path: string } | { written: false; reason: string };

/** 0 where the platform has no O_NOFOLLOW (Windows); the lstat check before still refuses a link there. */
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const WRITE_FLAGS = O_NOFOLLOW | constants.O_CREAT | constants.O_TRUNC | constants.O_WRONLY;

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw error;
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

const SKIPPED = "no SARIF file was written";

/**
 * Write `content` to `input` (the `sarif-file` input) resolved against `workspace`, or say why
 * not. Refused: a path outside the workspace; a path whose nearest existing ancestor is, in real
 * path, outside the real workspace (through a symbolic link) or not a directory; a target that
 * exists and is a symbolic link or not a regular file. Throws only for I/O errors of the write
 * itself (a full disk, no permission).
 */
export function writeSarifFile(workspace: string, input: string, content: string): SarifWriteResult {
  const root = resolve(workspace);
  const realRoot = realpathSync(root);
  const target = resolve(root, input);
  const shown = `sarif-file "${input}"`;
  if (!isInside(root, target) && !isInside(realRoot, target)) {
    return {
      written: false,
      reason: `${shown} resolves to ${target}, outside the workspace ${root}; ${SKIPPED}. Give a path inside the repository, such as llm-physics.sarif.`,
    };
  }
  if (target === root || target === realRoot) {
    return { written: false, reason: `${shown} names the workspace itself, not a file; ${SKIPPED}. Give a file path such as llm-physics.sarif.` };
  }

  // The nearest ancestor that exists (a dangling symbolic link counts: it exists and leads nowhere).
  let ancestor = dirname(target);
  while (lstatOrUndefined(ancestor) === undefined && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor);
  const ancestorShown = relative(root, ancestor) || ".";
  let realAncestor: string;
  try {
    realAncestor = realpathSync(ancestor);
  } catch {
    return {
      written: false,
      reason: `${shown}: ${ancestorShown} is a symbolic link that leads nowhere; ${SKIPPED}. Remove the link or give a path under a real directory of the repository.`,
    };
  }
  if (!isInside(realRoot, realAncestor)) {
    return {
      written: false,
      reason:
        `${shown}: ${ancestorShown} leads through a symbolic link to ${realAncestor}, outside the workspace ${realRoot}; ${SKIPPED}. ` +
        "Give a path whose directories are real directories of the repository, or remove the link.",
    };
  }
  if (!statSync(realAncestor).isDirectory()) {
    return { written: false, reason: `${shown}: ${ancestorShown} is a file, not a directory; ${SKIPPED}. Give a path under a directory.` };
  }

  const directory = dirname(target);
  mkdirSync(directory, { recursive: true });
  // What mkdir created lies under a checked real directory; check again all the same, as it is cheap.
  const realDirectory = realpathSync(directory);
  if (!isInside(realRoot, realDirectory)) {
    return { written: false, reason: `${shown}: its directory leads to ${realDirectory}, outside the workspace ${realRoot}; ${SKIPPED}. Remove the link.` };
  }

  const existing = lstatOrUndefined(target);
  if (existing?.isSymbolicLink()) {
    let to = "";
    try {
      to = ` (to ${readlinkSync(target)})`;
    } catch {
      // unreadable link: say only that it is one
    }
    return {
      written: false,
      reason: `${shown} is a symbolic link${to}; ${SKIPPED}, so that what it points to is not overwritten. Remove the link from the repository or give another path.`,
    };
  }
  if (existing && !existing.isFile()) {
    return { written: false, reason: `${shown} exists and is ${kindOf(existing)}; ${SKIPPED}. Give the path of a file, or remove what is there.` };
  }

  // O_NOFOLLOW: should a link appear at the target after the check, the open fails (ELOOP) instead of following it.
  const fd = openSync(target, WRITE_FLAGS, 0o644);
  try {
    const bytes = Buffer.from(content, "utf8");
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  } finally {
    closeSync(fd);
  }
  return { written: true, path: target };
}
