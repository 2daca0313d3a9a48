import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  LAUNCHER_MARKERS,
  launcherEnv,
  readScripts,
  runtimeEnv
} from "./chunk-525YAJCR.js";
import {
  DECLARE_IN_CONFIG,
  acceleratorChoices,
  firstAccelerator
} from "./chunk-MIJ4L7P2.js";
import {
  deploymentFromFacts,
  noteSink,
  rangeAt,
  withEngineVersion
} from "./chunk-VUGMCGJM.js";
import {
  isRecord,
  parseWholeNumber,
  scalarText
} from "./chunk-3G5BXTFK.js";
import "./chunk-TQVKSG5V.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-U72CDX35.js";
import "./chunk-SMZ6TMJF.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-JQYZLO6H.js";
import "./chunk-D4J7HPE4.js";
import "./chunk-FHUT4NP5.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";

// src/adapt/skypilot.ts
var FORMAT = "skypilot";
function adaptSkyPilot(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value) || typeof value.run !== "string" || value.type !== void 0) return null;
  return skypilot(document, value, file, absolutePath);
}
function skypilot(document, value, file, absolutePath) {
  const runRange = rangeAt(document, "run");
  const script = { text: value.run, range: runRange, path: "run" };
  const { notes, note, add } = noteSink();
  let resourcesPath = "resources";
  let resources = isRecord(value.resources) ? value.resources : void 0;
  for (const key of ["ordered", "any_of"]) {
    const list = resources?.[key];
    if (resources && resources.accelerators === void 0 && Array.isArray(list) && isRecord(list[0])) {
      if (list.length > 1) note("alternatives-first-checked", `resources.${key} lists ${list.length} alternatives: checked on the first`, rangeAt(document, `resources.${key}`), "notice");
      resources = list[0];
      resourcesPath = `resources.${key}[0]`;
    }
  }
  const accPath = `${resourcesPath}.accelerators`;
  const choices = acceleratorChoices(document, resources?.accelerators, accPath);
  const nodes = parseWholeNumber(value.num_nodes);
  const env = [...runtimeEnv(choices[0], { SKYPILOT_NUM_GPUS_PER_NODE: 1, SKYPILOT_NUM_NODES: 0 }, nodes ?? 1), ...launcherEnv(document, value.envs, "envs")];
  const read = readScripts([script], env, "envs");
  if (!read) return null;
  const { facts } = read;
  add(...facts.problems);
  const name = scalarText(value.name) ?? "skypilot-task";
  const imageId = scalarText(resources?.image_id)?.trim();
  const version = { image: imageId?.startsWith("docker:") ? imageId : void 0, scripts: [scalarText(value.setup), value.run], env };
  const where = document.ranges.get("name")?.value ?? document.ranges.get("run")?.key ?? document.range;
  const picked = firstAccelerator(choices, accPath);
  add(...picked.notes);
  const choice = picked.choice;
  if (!facts.model) {
    note("model-missing", `no model found in the run script: pass the model after \`vllm serve\` (or --model-path for SGLang) with a value written in the file; ${name} is not checked`, runRange, "warning");
    return { deployments: [], notes };
  }
  if (!choice) {
    note(
      "gpu-type-missing",
      `no accelerator is declared: ${name} is checked for the memory it needs per GPU, not against a GPU; add resources.accelerators, e.g. H100:8, ${DECLARE_IN_CONFIG}`,
      where,
      "notice"
    );
    const d2 = deploymentFromFacts({ name, file, absolutePath, format: FORMAT, range: where, facts, howToCount: "add resources.accelerators, e.g. H100:8", serving: runRange, note });
    return { deployments: d2 ? [withEngineVersion(d2, version)] : [], notes };
  }
  let count = { value: choice.choice.count, range: choice.range, path: choice.path };
  if (nodes !== void 0 && nodes > 1) {
    count = { ...count, value: count.value * nodes, path: `${choice.path} \xD7 num_nodes (${nodes})` };
    note("multi-node", `num_nodes is ${nodes}: the engine is checked as one deployment over ${count.value} GPUs`, rangeAt(document, "num_nodes"), "notice");
  }
  const gpu = { value: choice.choice.gpu, range: choice.range, path: choice.path };
  const d = deploymentFromFacts({ name, file, absolutePath, format: FORMAT, range: where, facts, gpu, count, howToCount: "", serving: runRange, note });
  return { deployments: d ? [withEngineVersion(d, version)] : [], notes };
}
export {
  LAUNCHER_MARKERS as SKYPILOT_MARKERS,
  adaptSkyPilot
};
