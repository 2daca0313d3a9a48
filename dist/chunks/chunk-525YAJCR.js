import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  envFromMap,
  envFromStrings
} from "./chunk-MIJ4L7P2.js";
import {
  readEngineArgs
} from "./chunk-VUGMCGJM.js";

// src/adapt/launch-script.ts
var LAUNCHER_MARKERS = ["vllm", "sglang", "text-generation-launcher", "trtllm-serve"];
function mentionsMarker(text) {
  return LAUNCHER_MARKERS.some((m) => text.includes(m));
}
var SHELL = (range) => [
  { text: "sh", range, path: "(shell) sh" },
  { text: "-c", range, path: "(shell) -c" }
];
function readScripts(scripts, env, envKey) {
  for (const script of scripts) {
    if (!mentionsMarker(script.text)) continue;
    const facts = readEngineArgs(SHELL(script.range), [script], env, { where: envKey, key: envKey, kubernetes: false });
    if (facts) return { facts, script };
  }
  return null;
}
function launcherEnv(document, raw, path) {
  return Array.isArray(raw) ? envFromStrings(document, raw, path) : envFromMap(document, raw, path);
}
function runtimeEnv(choice, vars, nodes = 1) {
  if (!choice) return [];
  return Object.entries(vars).map(([name, multiplier]) => ({
    name,
    value: String(multiplier === 0 ? nodes : choice.choice.count * multiplier),
    range: choice.range,
    path: `${choice.path} (${name}, set by the launcher)`
  }));
}

export {
  LAUNCHER_MARKERS,
  readScripts,
  launcherEnv,
  runtimeEnv
};
