import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { exists, isInside } from "../read/guarded-file.js";
import { quote } from "../base/text.js";

/**
 * Discover stage: command-line paths, directories and globs → the YAML files to read.
 * Only names and metadata here; reading and deciding what a file holds comes later.
 *
 * The walk is our own (over readdir, matching with picomatch) because a pull request can commit
 * any symlink: a directory symlink is followed only when its real path stays inside the
 * repository, each real directory is walked once (so a link loop ends), and a link that leads
 * out is listed as skipped by its own name in the repository, never by where it points.
 */

export const DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml"];
/** Never descended into: dependencies, git's own store, build output. */
export const DEFAULT_EXCLUDE = ["**/node_modules/**", "**/.git/**", "**/dist/**"];

export interface DiscoverOptions {
  /** The repository root: paths are reported relative to it and symlinks may not leave it. */
  cwd: string;
  /**
   * Files, directories or globs; empty means the whole of `cwd`. A name that does not exist, or a
   * glob that matches no file, is a DiscoveryError naming it; a directory with no YAML file in it
   * is not (the report then counts 0 files).
   */
  paths: string[];
  /** Globs that select files inside directories (default: every *.yaml and *.yml). */
  include?: string[];
  /** Globs never read, added to the defaults. */
  exclude?: string[];
  /**
   * Called with each file to read as soon as it is final, so that reading can start while the
   * walk goes on: during the walk when every path is a directory or a glob (a walked file, once
   * found, never changes), else after it, in report order. Every file is passed exactly once, and
   * `files` of the result still lists them all, sorted.
   */
  onFile?: (file: DiscoveredFile) => void;
}

export interface DiscoveredFile {
  absolutePath: string;
  /** Relative to cwd, with forward slashes: how every report names it. */
  file: string;
  /** Named on the command line rather than found in a directory: always read in full. */
  explicit: boolean;
  /** Its real path (every symlink resolved), as discovery found it; the reader opens that. */
  realPath?: string;
  /** Its directory entry (or its link's target) was a regular file: the reader need not stat it before opening. */
  regular?: boolean;
}

export interface Skipped {
  file: string;
  reason: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Files passed over with the reason, e.g. a symlink that leads outside the repository. */
  skipped: Skipped[];
}

export class DiscoveryError extends Error {}

/** Said of a symlink that is not followed; it never names the target. */
export const OUTSIDE_LINK_REASON = "symlink that leads outside the repository; not followed";

function toReportPath(cwd: string, absolutePath: string): string {
  // Walked paths lie under cwd: cutting the prefix is what path.relative would do, cheaper.
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  const rel = absolutePath.startsWith(prefix) ? absolutePath.slice(prefix.length) : relative(cwd, absolutePath);
  return (rel === "" ? "." : rel).split(sep).join("/");
}

const MATCH_OPTIONS = { dot: true } as const;

interface Matchers {
  include: (path: string) => boolean;
  ignore: (path: string) => boolean;
  /**
   * `ignore` for a file none of whose directories `prune` matched: the default excludes (every
   * node_modules, .git and dist directory) can then match only a file of that very name, so only
   * the other patterns are matched (one match per file fewer, on every file of a repository).
   */
  ignoreUnpruned: (path: string, name: string) => boolean;
  /** Directories whose whole content is ignored (`x/**` patterns): not descended into. */
  prune: (path: string) => boolean;
}

/** The directory names the default excludes leave out (node_modules, .git, dist). */
const DEFAULT_EXCLUDED_NAMES: ReadonlySet<string> = new Set(DEFAULT_EXCLUDE.map((p) => p.slice("**/".length, -"/**".length)));

function matchers(include: string[], ignore: string[]): Matchers {
  const whole = ignore.filter((p) => p.endsWith("/**"));
  const others = ignore.filter((p) => !DEFAULT_EXCLUDE.includes(p));
  const ignoreOthers = others.length > 0 ? picomatch(others, MATCH_OPTIONS) : () => false;
  return {
    include: picomatch(include, MATCH_OPTIONS),
    ignore: picomatch(ignore, MATCH_OPTIONS),
    ignoreUnpruned: (path, name) => DEFAULT_EXCLUDED_NAMES.has(name) || ignoreOthers(path),
    prune: whole.length > 0 ? picomatch(whole, MATCH_OPTIONS) : () => false,
  };
}

/** Whether a path is a glob rather than a name. */
function isGlob(path: string): boolean {
  return picomatch.scan(path).isGlob;
}

export function discover(options: DiscoverOptions): Discovery {
  const cwd = resolve(options.cwd);
  const realRoot = realpathSync.native(cwd);
  const include = options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE;
  const ignore = [...DEFAULT_EXCLUDE, ...(options.exclude ?? [])];
  const found = new Map<string, DiscoveredFile>();
  const paths = options.paths.length > 0 ? options.paths : ["."];
  // A file named on the command line is read whole even when a walk found it first: with one,
  // a found file is final only once every path is done.
  const streaming =
    options.onFile !== undefined &&
    paths.every((path) => {
      const absolute = resolve(cwd, path);
      return !exists(absolute) || isDirectory(absolute);
    });
  const onFound = streaming ? options.onFile! : () => {};
  const skipped = new Map<string, Skipped>();
  const skip = (absolutePath: string, reason: string) => {
    const file = toReportPath(cwd, absolutePath);
    if (!skipped.has(file)) skipped.set(file, { file, reason });
  };

  /** A file found in a walked directory, inside the repository by construction; its real path is its directory's joined with its name. */
  const addWalked = (absolutePath: string, file: string, real: string, regular: boolean) => {
    if (found.has(real)) return;
    const entry: DiscoveredFile = { absolutePath, file, explicit: false, realPath: real, ...(regular ? { regular } : {}) };
    found.set(real, entry);
    onFound(entry);
  };

  /** A file to read, by the path it was found at; a symlink is kept only when it stays inside. */
  const add = (absolutePath: string, explicit: boolean, knownReal?: string, regular = false) => {
    const file = toReportPath(cwd, absolutePath);
    let real: string | undefined = knownReal;
    if (real === undefined) {
      try {
        real = realpathSync.native(absolutePath);
      } catch {
        // A dangling symlink or a loop: the read stage reports it, so the user sees the file.
      }
    }
    if (real !== undefined && !isInside(realRoot, real)) return skip(absolutePath, OUTSIDE_LINK_REASON);
    const key = real ?? absolutePath;
    const previous = found.get(key);
    if (!previous) {
      const entry: DiscoveredFile = { absolutePath, file, explicit, ...(real !== undefined ? { realPath: real } : {}), ...(regular ? { regular } : {}) };
      found.set(key, entry);
      onFound(entry);
    } else if (explicit) previous.explicit = true;
  };

  /**
   * Every file under `base` whose path relative to `matchFrom` matches. Iterative (an explicit
   * stack), so a deep tree cannot exhaust the call stack; each real directory is entered once.
   * Returns how many entries the include patterns matched: files found or listed as skipped, and
   * those that only an exclude pattern left out.
   */
  const walk = (base: string, m: Matchers, matchFrom: string = base): { matched: number; excluded: number } => {
    let matched = 0;
    let excluded = 0;
    /** `path` relative to `from`, as a prefix to put a name after: "" for `from` itself, else "a/b/". */
    const prefix = (from: string, path: string) => {
      const rel = toReportPath(from, path);
      return rel === "." ? "" : `${rel}/`;
    };
    // A directory walked below the base passed `prune`; the base and those above it did too unless
    // the path named them (`check node_modules/x`): then every file is matched against every exclude.
    const baseRel = prefix(matchFrom, base).slice(0, -1);
    const baseSegments = baseRel === "" ? [] : baseRel.split("/");
    const unpruned = baseSegments.every((_, i) => !m.prune(baseSegments.slice(0, i + 1).join("/")));
    /** The include patterns match `rel` (its last segment `name`): whether it is read, or only counted as excluded. */
    const selected = (rel: string, name: string): boolean => {
      if (!m.include(rel)) return false;
      if (unpruned ? m.ignoreUnpruned(rel, name) : m.ignore(rel)) {
        excluded++;
        return false;
      }
      matched++;
      return true;
    };
    const visited = new Set<string>();
    // Each directory with its real path: a plain subdirectory's is its parent's joined with its
    // name, so only the base and symlinks cost a realpath. Names relative to `matchFrom` (for the
    // globs) and to `cwd` (for reports) are built by appending, not by a path.relative per file.
    const stack: Array<{ dir: string; real?: string; rel: string; file: string }> = [{ dir: base, rel: prefix(matchFrom, base), file: prefix(cwd, base) }];
    while (stack.length > 0) {
      const { dir, real: knownReal, rel: relDir, file: fileDir } = stack.pop()!;
      let real: string;
      try {
        real = knownReal ?? realpathSync.native(dir);
      } catch {
        continue;
      }
      if (!isInside(realRoot, real)) {
        skip(dir, OUTSIDE_LINK_REASON);
        continue;
      }
      if (visited.has(real)) continue;
      visited.add(real);
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      const dirPrefix = dir.endsWith(sep) ? dir : dir + sep;
      const realPrefix = real.endsWith(sep) ? real : real + sep;
      // Most directories are their own real path, and are matched from the repository root: one
      // string then serves as path and real path, and one as the name to match and to report.
      const realIsPath = realPrefix === dirPrefix;
      const relIsFile = relDir === fileDir;
      const subdirs: Array<{ dir: string; real: string; rel: string; file: string }> = [];
      for (const entry of entries) {
        const name = entry.name;
        const path = dirPrefix + name;
        const rel = relDir + name;
        let isDir = entry.isDirectory();
        let regular = entry.isFile();
        let entryReal = realIsPath ? path : realPrefix + name;
        if (entry.isSymbolicLink()) {
          let target: string;
          try {
            target = realpathSync.native(path);
          } catch {
            // Dangling: a candidate file by its name, which the read stage reports.
            if (selected(rel, name)) add(path, false);
            continue;
          }
          let targetIsDir = false;
          try {
            const stats = statSync(target);
            targetIsDir = stats.isDirectory();
            regular = stats.isFile();
          } catch {
            continue;
          }
          if (!isInside(realRoot, target)) {
            // Listed when it could have held manifests: a directory, or a file we would read.
            if ((targetIsDir && !m.prune(rel)) || (!targetIsDir && selected(rel, name))) skip(path, OUTSIDE_LINK_REASON);
            continue;
          }
          isDir = targetIsDir;
          entryReal = target;
        }
        if (isDir) {
          if (!m.prune(rel)) subdirs.push({ dir: path, real: entryReal, rel: `${rel}/`, file: `${fileDir}${name}/` });
        } else if (selected(rel, name)) {
          // Regular files, and FIFOs, sockets or devices under a manifest's name: the reader refuses those with a finding.
          addWalked(path, relIsFile ? rel : fileDir + name, entryReal, regular);
        }
      }
      // Reversed onto the stack, so that directories are walked in their listed order.
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
    }
    return { matched, excluded };
  };

  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!isInside(cwd, absolute)) {
      throw new DiscoveryError(`path ${quote(path)} is outside the repository (${cwd}); run llm-physics from the repository's root, or with that directory as the working directory`);
    }
    if (exists(absolute)) {
      if (isDirectory(absolute)) walk(absolute, matchers(include, ignore));
      else add(absolute, true);
    } else if (isGlob(path)) {
      // A glob is matched against paths relative to the repository, walking from its fixed prefix.
      // A glob given by name that matches nothing is a mistake to say, never an empty green run.
      const scanned = picomatch.scan(path);
      const start = resolve(cwd, scanned.base || ".");
      const { matched, excluded } =
        exists(start) && isDirectory(start) && isInside(cwd, start) ? walk(start, matchers([path], ignore), cwd) : { matched: 0, excluded: 0 };
      if (matched === 0) {
        const why =
          excluded > 0
            ? `: the ${excluded === 1 ? "file" : `${excluded} files`} it matches ${excluded === 1 ? "is" : "are"} excluded (${ignore.map((g) => quote(g)).join(", ")})`
            : "";
        throw new DiscoveryError(`glob ${quote(path)} matches no file (relative to ${cwd})${why}; fix the pattern, or remove it from the paths`);
      }
    } else {
      throw new DiscoveryError(`path ${quote(path)} does not exist (relative to ${cwd}); pass files, directories or quoted globs`);
    }
  }
  const byFile = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const files = [...found.values()].sort(byFile);
  if (options.onFile && !streaming) for (const file of files) options.onFile(file);
  return { files, skipped: [...skipped.values()].sort(byFile) };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
