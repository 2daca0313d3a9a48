import { gpuLookup } from "../catalog/lookups.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import type { Deployment, Located } from "../base/deployment.js";
import { describeValue } from "../base/text.js";
import { argItems } from "./container.js";
import { readEngineArgs, type ArgItem } from "./engine-args.js";
import { envFromList } from "./env.js";
import { DECLARE_IN_CONFIG, GPU_RESOURCES, gpuFromSelectorTerms, gpuOfMig, migProfileOf, nodeLabelsOfTerms, PRODUCT_LABEL } from "./gpu-declaration.js";
import { deploymentFromFacts, imageFromParts, noteSink, rangeAt, withEngineVersion, type Adaptation } from "./kit.js";
import { isRecord, parseWholeNumber, scalarText } from "./values.js";

/**
 * Helm values files of the vLLM production stack (`servingEngineSpec.modelSpec[]`), format
 * `production-stack`. The chart turns each modelSpec entry into a Deployment running `vllm serve`;
 * the values are turned into the same command line (items standing for the values they come
 * from, ArgItem.via) and read with readEngineArgs, so flags in `extraArgs` behave as they do in a
 * pod. One deployment per entry: the GPU count from `requestGPU`, the GPU type from
 * `nodeSelectorTerms` (read as a pod's required node affinity, gpuFromSelectorTerms), else a GPU
 * name written in `requestGPUType`, which is a warning; the engine's version from the entry's
 * image (`repository` and `tag`: `vllm/vllm-openai` + `v0.8.5`).
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptProductionStack accepts has this key. */
export const PRODUCTION_STACK_MARKERS: readonly string[] = ["servingEngineSpec"];

const FORMAT = "production-stack";

/** vLLM flags the production-stack chart writes from `vllmConfig` keys. */
const VLLM_CONFIG_FLAGS: Array<[string, string]> = [
  ["maxModelLen", "--max-model-len"],
  ["tensorParallelSize", "--tensor-parallel-size"],
  ["pipelineParallelSize", "--pipeline-parallel-size"],
  ["dtype", "--dtype"],
  ["gpuMemoryUtilization", "--gpu-memory-utilization"],
  ["maxNumSeqs", "--max-num-seqs"],
];

const HOW_TO_SELECT = `add nodeSelectorTerms to the modelSpec entry with a matchExpression on ${PRODUCT_LABEL} (operator In, values [NVIDIA-L4])`;
const HOW_TO_TYPE = `${HOW_TO_SELECT}; a values file has no place for the llm-physics.dev/gpu annotation`;

/** The deployments a vLLM production-stack values file configures; null when the document is not one. */
export function adaptProductionStack(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value) || !isRecord(value.servingEngineSpec) || !Array.isArray(value.servingEngineSpec.modelSpec)) return null;
  const specs: unknown[] = value.servingEngineSpec.modelSpec;
  const { notes, note, add } = noteSink();
  const deployments: Deployment[] = [];
  specs.forEach((spec: unknown, i) => {
    const base = `servingEngineSpec.modelSpec[${i}]`;
    const entryRange = rangeAt(document, base);
    if (!isRecord(spec)) return;
    const name = scalarText(spec.name) ?? `modelSpec[${i}]`;
    const nameRange = document.ranges.get(`${base}.name`)?.value ?? entryRange;

    const modelURL = scalarText(spec.modelURL);
    if (modelURL === undefined || modelURL.trim() === "") {
      note("model-missing", `modelSpec ${name} has no modelURL: set modelURL to the Hugging Face id or path of the model to have it checked`, nameRange, "warning");
      return;
    }
    const modelPath = `${base}.modelURL`;
    const modelRange = rangeAt(document, modelPath);
    const command: ArgItem[] = [
      { text: "vllm", range: modelRange, path: "(chart) vllm" },
      { text: "serve", range: modelRange, path: "(chart) serve" },
      { text: modelURL, range: modelRange, path: modelPath, via: { key: "modelURL" } },
    ];
    const args: ArgItem[] = [];
    const config = isRecord(spec.vllmConfig) ? spec.vllmConfig : {};
    for (const [key, flag] of VLLM_CONFIG_FLAGS) {
      const raw = scalarText(config[key]);
      if (raw === undefined) continue;
      const path = `${base}.vllmConfig.${key}`;
      const range = rangeAt(document, path);
      args.push({ text: flag, range, path, via: { key } }, { text: raw, range, path, via: { key } });
    }
    args.push(...argItems(document, config.extraArgs, `${base}.vllmConfig.extraArgs`));
    const facts = readEngineArgs(command, args, envFromList(document, spec.env, `${base}.env`));
    if (!facts) return;
    add(...facts.problems);

    // GPU count: requestGPU; GPU type: nodeSelectorTerms, else a GPU name in requestGPUType.
    let count: Located<number> | undefined;
    const rawCount = spec.requestGPU;
    if (rawCount !== undefined && rawCount !== null) {
      const n = parseWholeNumber(rawCount);
      const path = `${base}.requestGPU`;
      if (n === undefined) note("not-whole-number", `${path} is ${describeValue(rawCount)}, not a whole number of GPUs`, rangeAt(document, path), "warning");
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
          // requestGPU MIG devices of that profile, cut from the GPU nodeSelectorTerms name.
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
            "warning",
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
      ...(count ? { count } : {}),
      howToCount: `set requestGPU on modelSpec ${name}`,
      serving: document.ranges.get(`${base}.vllmConfig`)?.key ?? nameRange,
      note,
    });
    // The engine's version: the image the chart runs, `repository` and `tag` of the entry.
    if (d) deployments.push(withEngineVersion(d, imageFromParts(spec.repository, spec.tag)));
  });
  return { deployments, notes };
}
