import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  argItems
} from "./chunk-QMDV6F3O.js";
import {
  DECLARE_IN_CONFIG,
  GPU_RESOURCES,
  PRODUCT_LABEL,
  envFromList,
  gpuFromSelectorTerms,
  gpuOfMig,
  migProfileOf,
  nodeLabelsOfTerms
} from "./chunk-MIJ4L7P2.js";
import {
  deploymentFromFacts,
  imageFromParts,
  noteSink,
  rangeAt,
  readEngineArgs,
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
import {
  gpuLookup
} from "./chunk-SMZ6TMJF.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-JQYZLO6H.js";
import "./chunk-D4J7HPE4.js";
import "./chunk-FHUT4NP5.js";
import {
  describeValue
} from "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";

// src/adapt/production-stack.ts
var PRODUCTION_STACK_MARKERS = ["servingEngineSpec"];
var FORMAT = "production-stack";
var VLLM_CONFIG_FLAGS = [
  ["maxModelLen", "--max-model-len"],
  ["tensorParallelSize", "--tensor-parallel-size"],
  ["pipelineParallelSize", "--pipeline-parallel-size"],
  ["dtype", "--dtype"],
  ["gpuMemoryUtilization", "--gpu-memory-utilization"],
  ["maxNumSeqs", "--max-num-seqs"]
];
var HOW_TO_SELECT = `add nodeSelectorTerms to the modelSpec entry with a matchExpression on ${PRODUCT_LABEL} (operator In, values [NVIDIA-L4])`;
var HOW_TO_TYPE = `${HOW_TO_SELECT}; a values file has no place for the llm-physics.dev/gpu annotation`;
function adaptProductionStack(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value) || !isRecord(value.servingEngineSpec) || !Array.isArray(value.servingEngineSpec.modelSpec)) return null;
  const specs = value.servingEngineSpec.modelSpec;
  const { notes, note, add } = noteSink();
  const deployments = [];
  specs.forEach((spec, i) => {
    const base = `servingEngineSpec.modelSpec[${i}]`;
    const entryRange = rangeAt(document, base);
    if (!isRecord(spec)) return;
    const name = scalarText(spec.name) ?? `modelSpec[${i}]`;
    const nameRange = document.ranges.get(`${base}.name`)?.value ?? entryRange;
    const modelURL = scalarText(spec.modelURL);
    if (modelURL === void 0 || modelURL.trim() === "") {
      note("model-missing", `modelSpec ${name} has no modelURL: set modelURL to the Hugging Face id or path of the model to have it checked`, nameRange, "warning");
      return;
    }
    const modelPath = `${base}.modelURL`;
    const modelRange = rangeAt(document, modelPath);
    const command = [
      { text: "vllm", range: modelRange, path: "(chart) vllm" },
      { text: "serve", range: modelRange, path: "(chart) serve" },
      { text: modelURL, range: modelRange, path: modelPath, via: { key: "modelURL" } }
    ];
    const args = [];
    const config = isRecord(spec.vllmConfig) ? spec.vllmConfig : {};
    for (const [key, flag] of VLLM_CONFIG_FLAGS) {
      const raw = scalarText(config[key]);
      if (raw === void 0) continue;
      const path = `${base}.vllmConfig.${key}`;
      const range = rangeAt(document, path);
      args.push({ text: flag, range, path, via: { key } }, { text: raw, range, path, via: { key } });
    }
    args.push(...argItems(document, config.extraArgs, `${base}.vllmConfig.extraArgs`));
    const facts = readEngineArgs(command, args, envFromList(document, spec.env, `${base}.env`));
    if (!facts) return;
    add(...facts.problems);
    let count;
    const rawCount = spec.requestGPU;
    if (rawCount !== void 0 && rawCount !== null) {
      const n = parseWholeNumber(rawCount);
      const path = `${base}.requestGPU`;
      if (n === void 0) note("not-whole-number", `${path} is ${describeValue(rawCount)}, not a whole number of GPUs`, rangeAt(document, path), "warning");
      else count = { value: n, range: rangeAt(document, path), path };
    }
    const selected = gpuFromSelectorTerms(document, `${base}.nodeSelectorTerms`, `${base}.nodeSelectorTerms`);
    let gpu = selected.gpu;
    const requestType = scalarText(spec.requestGPUType)?.trim();
    const typePath = `${base}.requestGPUType`;
    let mig = false;
    if (requestType) {
      const typeRange = rangeAt(document, typePath);
      if (requestType.includes("/")) {
        const profile = migProfileOf(requestType);
        if (profile) {
          mig = true;
          const sliced = gpuOfMig({ profile, range: typeRange, path: typePath }, gpu);
          gpu = sliced.gpu;
          add(...sliced.notes);
        } else if (!GPU_RESOURCES.includes(requestType)) note("gpu-resource-unknown", `${typePath} ${requestType} is not a GPU resource llm-physics counts`, typeRange, "notice");
      } else if (!gpu) {
        if (gpuLookup.find(requestType)) {
          gpu = { value: requestType, range: typeRange, path: typePath };
          note(
            "gpu-type-misplaced",
            `${typePath} is the Kubernetes resource the chart requests (nvidia.com/gpu by default), not a GPU model: "${requestType}: ${count?.value ?? 1}" cannot be scheduled; checked as ${requestType}, but ${HOW_TO_SELECT} instead`,
            typeRange,
            "warning"
          );
        } else {
          note("gpu-resource-unknown", `${typePath} ${requestType} is neither a GPU resource (nvidia.com/gpu) nor a GPU llm-physics knows`, typeRange, "warning");
        }
      }
    }
    add(...selected.notes);
    if (!facts.model) return;
    if (!gpu && !mig) {
      note("gpu-type-missing", `no GPU type is declared for modelSpec ${name}: it is checked for the memory it needs per GPU, not against a GPU; ${HOW_TO_TYPE}, ${DECLARE_IN_CONFIG}`, nameRange, "notice");
    }
    const d = deploymentFromFacts({
      name,
      file,
      absolutePath,
      format: FORMAT,
      range: nameRange,
      facts,
      gpu,
      nodeLabels: nodeLabelsOfTerms(document, `${base}.nodeSelectorTerms`),
      ...count ? { count } : {},
      howToCount: `set requestGPU on modelSpec ${name}`,
      serving: document.ranges.get(`${base}.vllmConfig`)?.key ?? nameRange,
      note
    });
    if (d) deployments.push(withEngineVersion(d, imageFromParts(spec.repository, spec.tag)));
  });
  return { deployments, notes };
}
export {
  PRODUCTION_STACK_MARKERS,
  adaptProductionStack
};
