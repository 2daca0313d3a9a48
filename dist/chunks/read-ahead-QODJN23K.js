import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  locateRepository
} from "./chunk-LW4JSA7W.js";
import {
  READ_WORKER_CODE,
  ReadThread,
  walksDirectories
} from "./chunk-UKLPMNZX.js";
import "./chunk-6QDY4KUR.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-NOE7O2GR.js";

// src/cli/read-ahead.ts
function startReadAhead(cwd, positionals, configFlag, env) {
  if (READ_WORKER_CODE === void 0 || env.LLM_PHYSICS_READ_WORKER === "0") return void 0;
  let walk;
  try {
    const { root, paths } = locateRepository(cwd, positionals, configFlag ?? null);
    walk = { cwd: root, paths };
  } catch {
    return void 0;
  }
  return walksDirectories(walk) ? ReadThread.start(READ_WORKER_CODE, walk) : void 0;
}
export {
  startReadAhead
};
