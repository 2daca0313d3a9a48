import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-UKLPMNZX.js";
import {
  findConfigDirectory
} from "./chunk-6QDY4KUR.js";
import {
  exists,
  isInside
} from "./chunk-MF5XHCMM.js";
import {
  __toESM
} from "./chunk-NOE7O2GR.js";

// src/cli/repository.ts
var import_picomatch = __toESM(require_picomatch());
import { dirname, isAbsolute, posix, relative, resolve, sep } from "node:path";
function gitRoot(start) {
  let dir = resolve(start);
  for (; ; ) {
    if (exists(resolve(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function rootFrom(start, explicitConfig) {
  const top = gitRoot(start);
  if (top === null) return null;
  return (explicitConfig ? null : findConfigDirectory(start, top)) ?? top;
}
function toPosix(path) {
  return path.split(sep).join("/");
}
function rebase(path, cwd, root) {
  if (root === cwd) return path;
  if (import_picomatch.default.scan(path).isGlob) {
    if (isAbsolute(path)) return path;
    const joined = posix.normalize(posix.join(toPosix(relative(root, cwd)), toPosix(path)));
    return joined.startsWith("..") ? toPosix(resolve(cwd, path)) : joined;
  }
  const absolute = resolve(cwd, path);
  if (!isInside(root, absolute)) return absolute;
  return toPosix(relative(root, absolute)) || ".";
}
function locateRepository(cwd, paths, config) {
  const start = resolve(cwd);
  let root = rootFrom(start, config !== null);
  if (root === null) {
    const into = paths.find((p) => isAbsolute(p) && !import_picomatch.default.scan(p).isGlob && !isInside(start, p) && exists(p));
    root = (into ? rootFrom(dirname(resolve(into)), config !== null) : null) ?? start;
  }
  const rebased = paths.map((p) => rebase(p, start, root));
  const defaulted = rebased.length === 0 && root !== start && isInside(root, start) ? [toPosix(relative(root, start))] : rebased;
  return { root, paths: defaulted, config: config === null ? null : resolve(start, config) };
}

export {
  locateRepository
};
