import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-YCY6XVDY.js";
import {
  exists,
  isInside
} from "./chunk-AI7RBIUB.js";
import {
  quote
} from "./chunk-LRW7K6N5.js";
import {
  __toESM
} from "./chunk-NOE7O2GR.js";

// src/discover/discover.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdirSync, realpathSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
var DEFAULT_INCLUDE = ["**/*.yaml", "**/*.yml"];
var DEFAULT_EXCLUDE = ["**/node_modules/**", "**/.git/**", "**/dist/**"];
var DiscoveryError = class extends Error {
};
var OUTSIDE_LINK_REASON = "symlink that leads outside the repository; not followed";
function toReportPath(cwd, absolutePath) {
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  const rel = absolutePath.startsWith(prefix) ? absolutePath.slice(prefix.length) : relative(cwd, absolutePath);
  return (rel === "" ? "." : rel).split(sep).join("/");
}
var MATCH_OPTIONS = { dot: true };
function matchers(include, ignore) {
  const whole = ignore.filter((p) => p.endsWith("/**"));
  return {
    include: (0, import_picomatch.default)(include, MATCH_OPTIONS),
    ignore: (0, import_picomatch.default)(ignore, MATCH_OPTIONS),
    prune: whole.length > 0 ? (0, import_picomatch.default)(whole, MATCH_OPTIONS) : () => false
  };
}
function isGlob(path) {
  return import_picomatch.default.scan(path).isGlob;
}
function discover(options) {
  const cwd = resolve(options.cwd);
  const realRoot = realpathSync.native(cwd);
  const include = options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE;
  const ignore = [...DEFAULT_EXCLUDE, ...options.exclude ?? []];
  const found = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  const skip = (absolutePath, reason) => {
    const file = toReportPath(cwd, absolutePath);
    if (!skipped.has(file)) skipped.set(file, { file, reason });
  };
  const addWalked = (absolutePath, file, real, regular) => {
    const previous = found.get(real);
    if (!previous) found.set(real, { absolutePath, file, explicit: false, realPath: real, ...regular ? { regular } : {} });
  };
  const add = (absolutePath, explicit, knownReal, regular = false) => {
    const file = toReportPath(cwd, absolutePath);
    let real = knownReal;
    if (real === void 0) {
      try {
        real = realpathSync.native(absolutePath);
      } catch {
      }
    }
    if (real !== void 0 && !isInside(realRoot, real)) return skip(absolutePath, OUTSIDE_LINK_REASON);
    const key = real ?? absolutePath;
    const previous = found.get(key);
    if (!previous) found.set(key, { absolutePath, file, explicit, ...real !== void 0 ? { realPath: real } : {}, ...regular ? { regular } : {} });
    else if (explicit) previous.explicit = true;
  };
  const walk = (base, m, matchFrom = base) => {
    let matched = 0;
    let excluded = 0;
    const selected = (rel) => {
      if (!m.include(rel)) return false;
      if (m.ignore(rel)) {
        excluded++;
        return false;
      }
      matched++;
      return true;
    };
    const visited = /* @__PURE__ */ new Set();
    const prefix = (from, path) => {
      const rel = toReportPath(from, path);
      return rel === "." ? "" : `${rel}/`;
    };
    const stack = [{ dir: base, rel: prefix(matchFrom, base), file: prefix(cwd, base) }];
    while (stack.length > 0) {
      const { dir, real: knownReal, rel: relDir, file: fileDir } = stack.pop();
      let real;
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
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      const dirPrefix = dir.endsWith(sep) ? dir : dir + sep;
      const realPrefix = real.endsWith(sep) ? real : real + sep;
      const subdirs = [];
      for (const entry of entries) {
        const name = entry.name;
        const path = dirPrefix + name;
        const rel = relDir + name;
        let isDir = entry.isDirectory();
        let regular = entry.isFile();
        let entryReal = realPrefix + name;
        if (entry.isSymbolicLink()) {
          let target;
          try {
            target = realpathSync.native(path);
          } catch {
            if (selected(rel)) add(path, false);
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
            if (targetIsDir && !m.prune(rel) || !targetIsDir && selected(rel)) skip(path, OUTSIDE_LINK_REASON);
            continue;
          }
          isDir = targetIsDir;
          entryReal = target;
        }
        if (isDir) {
          if (!m.prune(rel)) subdirs.push({ dir: path, real: entryReal, rel: `${rel}/`, file: `${fileDir}${name}/` });
        } else if (selected(rel)) {
          addWalked(path, fileDir + name, entryReal, regular);
        }
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
    }
    return { matched, excluded };
  };
  const paths = options.paths.length > 0 ? options.paths : ["."];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!isInside(cwd, absolute)) {
      throw new DiscoveryError(`path ${quote(path)} is outside the repository (${cwd}); run llm-physics from the repository's root, or with that directory as the working directory`);
    }
    if (exists(absolute)) {
      if (isDirectory(absolute)) walk(absolute, matchers(include, ignore));
      else add(absolute, true);
    } else if (isGlob(path)) {
      const scanned = import_picomatch.default.scan(path);
      const start = resolve(cwd, scanned.base || ".");
      const { matched, excluded } = exists(start) && isDirectory(start) && isInside(cwd, start) ? walk(start, matchers([path], ignore), cwd) : { matched: 0, excluded: 0 };
      if (matched === 0) {
        const why = excluded > 0 ? `: the ${excluded === 1 ? "file" : `${excluded} files`} it matches ${excluded === 1 ? "is" : "are"} excluded (${ignore.map((g) => quote(g)).join(", ")})` : "";
        throw new DiscoveryError(`glob ${quote(path)} matches no file (relative to ${cwd})${why}; fix the pattern, or remove it from the paths`);
      }
    } else {
      throw new DiscoveryError(`path ${quote(path)} does not exist (relative to ${cwd}); pass files, directories or quoted globs`);
    }
  }
  const byFile = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  const files = [...found.values()].sort(byFile);
  return { files, skipped: [...skipped.values()].sort(byFile) };
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export {
  DEFAULT_INCLUDE,
  DEFAULT_EXCLUDE,
  DiscoveryError,
  OUTSIDE_LINK_REASON,
  discover
};
