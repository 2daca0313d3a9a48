import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  exists,
  isInside
} from "./chunk-MF5XHCMM.js";

// src/config/config-file.ts
import { dirname, join, resolve } from "node:path";
var CONFIG_FILE_NAMES = [".llm-physics.yml", ".llm-physics.yaml"];
function findConfigDirectory(start, top) {
  let dir = resolve(start);
  const stop = resolve(top);
  if (!isInside(stop, dir)) return null;
  for (; ; ) {
    if (CONFIG_FILE_NAMES.some((name) => exists(join(dir, name)))) return dir;
    if (dir === stop) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export {
  CONFIG_FILE_NAMES,
  findConfigDirectory
};
