import { dirname, isAbsolute, posix, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { findConfigDirectory } from "../config/config-file.js";
import { exists, isInside } from "../read/guarded-file.js";

/**
 * Where a CLI run's repository is, so that `llm-physics check` means the same from any folder of
 * it: `.llm-physics.yml` found by walking up from the working directory, file names in reports
 * (and the baseline's keys) relative to one root, and absolute paths inside the repository
 * accepted wherever the command was started.
 *
 * The root is the nearest folder, from the working directory up to the git repository's root
 * (the nearest folder with `.git`), that holds `.llm-physics.yml`; else the git root; else the
 * working directory itself, as before. With `--config`, the git root (or the working directory).
 * Started outside any git repository with absolute paths into one, the root is found from the
 * first such path instead.
 */

export interface RepositoryLocation {
  /** The repository root: what the pipeline takes as `cwd`. */
  root: string;
  /** The command's paths, rewritten relative to the root (or absolute where they lie outside it, for discovery to refuse by name). */
  paths: string[];
  /** `--config`, absolute; null when not given (the root's `.llm-physics.yml` is then read, if any). */
  config: string | null;
}

/** The nearest folder from `start` upwards that holds `.git` (a folder, or the file of a worktree or submodule); null when none. */
export function gitRoot(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    if (exists(resolve(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function rootFrom(start: string, explicitConfig: boolean): string | null {
  const top = gitRoot(start);
  if (top === null) return null;
  return (explicitConfig ? null : findConfigDirectory(start, top)) ?? top;
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/** A path the user wrote from `cwd`, as the pipeline must see it from `root`. */
function rebase(path: string, cwd: string, root: string): string {
  if (root === cwd) return path;
  if (picomatch.scan(path).isGlob) {
    if (isAbsolute(path)) return path;
    const joined = posix.normalize(posix.join(toPosix(relative(root, cwd)), toPosix(path)));
    return joined.startsWith("..") ? toPosix(resolve(cwd, path)) : joined;
  }
  const absolute = resolve(cwd, path);
  if (!isInside(root, absolute)) return absolute;
  return toPosix(relative(root, absolute)) || ".";
}

/** The repository of a CLI run started in `cwd` with these paths and `--config`. */
export function locateRepository(cwd: string, paths: readonly string[], config: string | null): RepositoryLocation {
  const start = resolve(cwd);
  let root = rootFrom(start, config !== null);
  if (root === null) {
    // Outside any git repository: an absolute path into one names it.
    const into = paths.find((p) => isAbsolute(p) && !picomatch.scan(p).isGlob && !isInside(start, p) && exists(p));
    root = (into ? rootFrom(dirname(resolve(into)), config !== null) : null) ?? start;
  }
  const rebased = paths.map((p) => rebase(p, start, root));
  // No path: the folder the command was started in, not the whole repository.
  const defaulted = rebased.length === 0 && root !== start && isInside(root, start) ? [toPosix(relative(root, start))] : rebased;
  return { root, paths: defaulted, config: config === null ? null : resolve(start, config) };
}
