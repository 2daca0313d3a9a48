import { closeSync, constants, fstatSync, openSync, writeSync } from "node:fs";
import type { Finding } from "../base/findings.js";
import { DEFAULT_MAX_FILE_SIZE_BYTES } from "../config/config.js";
import { repositoryFiles } from "../read/repository-text.js";
import { applyLineFixes, lineFixes, unifiedDiff, type LineFix } from "../report/fixes.js";

/**
 * `check --format diff` and `check --fix`: the findings' exact fixes (the same ones a pull request
 * gets as suggested changes) printed as a unified diff, or written to the files. Every file is read
 * through the guarded reader (inside the repository, a regular file, within the size limit) and
 * written back only to the real path that read gave, opened without following a link.
 */

/** The fixes of `findings` as a unified diff of files under `root` (empty: no exact fix). */
export function fixesDiff(root: string, findings: readonly Finding[], maxBytes = DEFAULT_MAX_FILE_SIZE_BYTES): { diff: string; lines: number; files: number } {
  const { lines } = repositoryFiles(root, maxBytes);
  const fixes = lineFixes(findings, lines);
  return { diff: unifiedDiff(fixes, lines), lines: fixes.length, files: new Set(fixes.map((f) => f.path)).size };
}

export interface WrittenFixes {
  /** Files written, relative to the root. */
  files: string[];
  /** Lines changed in them. */
  lines: number;
  /** Files whose fixes were not written, with why. */
  refused: Array<{ file: string; message: string }>;
}

const WRITE_FLAGS = constants.O_WRONLY | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Write the text to the file at its real path: no link followed, only over a regular file. */
function writeBack(realPath: string, text: string): string | null {
  let fd: number;
  try {
    fd = openSync(realPath, WRITE_FLAGS);
  } catch (error) {
    return `could not be written (${(error as NodeJS.ErrnoException).code ?? "an error"}); check its permissions`;
  }
  try {
    if (!fstatSync(fd).isFile()) return "is no longer a regular file, so it was not written";
    const bytes = Buffer.from(text, "utf8");
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at, at);
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Apply the fixes of `findings` to the files under `root`. */
export function writeFixes(root: string, findings: readonly Finding[], maxBytes = DEFAULT_MAX_FILE_SIZE_BYTES): WrittenFixes {
  const { lines, text } = repositoryFiles(root, maxBytes);
  const byFile = new Map<string, LineFix[]>();
  for (const fix of lineFixes(findings, lines)) byFile.set(fix.path, [...(byFile.get(fix.path) ?? []), fix]);
  const written: WrittenFixes = { files: [], lines: 0, refused: [] };
  for (const [file, fixes] of byFile) {
    const source = text(file)!; // lineFixes read it
    const problem = source.exact
      ? writeBack(source.realPath, applyLineFixes(source.text, fixes))
      : "is not plain UTF-8 text (a byte-order mark or another encoding), so it was not rewritten; apply `check --format diff` to it by hand";
    if (problem) written.refused.push({ file, message: problem });
    else {
      written.files.push(file);
      written.lines += fixes.length;
    }
  }
  return written;
}
