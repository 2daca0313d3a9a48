import { join } from "node:path";
import { decodeLoosely } from "./decode.js";
import { readGuarded, realRoot } from "./guarded-file.js";

/** A repository file as text, with where it really is, read through the guarded reader. */
export interface RepositoryText {
  text: string;
  realPath: string;
  /** The text encodes back to the very bytes read (UTF-8 without a byte-order mark): safe to write back. */
  exact: boolean;
}

/** The text of repository files (paths relative to `root`) and their lines, each file read once. */
export interface RepositoryFiles {
  text(file: string): RepositoryText | null;
  /** The file's lines without their line ends, or null when the guarded reader refuses it. */
  lines(file: string): string[] | null;
}

/**
 * Reads files of the repository at `root` through the guarded reader (inside the repository, a
 * regular file, at most `maxBytes`), once each: the lines that the fixes of findings apply to, for
 * pull-request suggestions and `check --format diff` / `--fix`.
 */
export function repositoryFiles(root: string, maxBytes: number): RepositoryFiles {
  const real = realRoot(root);
  const cache = new Map<string, RepositoryText | null>();
  const text = (file: string): RepositoryText | null => {
    if (!cache.has(file)) {
      const read = readGuarded(join(root, file), { root: real, maxBytes });
      if (!read.ok) cache.set(file, null);
      else {
        const decoded = decodeLoosely(read.bytes);
        cache.set(file, { text: decoded, realPath: read.realPath, exact: Buffer.from(decoded, "utf8").equals(read.bytes) });
      }
    }
    return cache.get(file)!;
  };
  return { text, lines: (file) => text(file)?.text.split(/\r?\n/) ?? null };
}
