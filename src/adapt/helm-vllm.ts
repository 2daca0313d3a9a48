import { gpuLookup } from "../catalog/lookups.js";
import { joinPath, type YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import { readEngineArgs, type ArgItem, type EnvVar } from "./engine-args.js";
import { GPU_RESOURCES } from "./gpu-declaration.js";
import { deploymentFromFacts, noteSink, plainPaths, rangeAt, type Adaptation } from "./kit.js";
import type { Deployment } from "../base/deployment.js";
import { isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";
import { describeValue } from "../base/text.js";

/**
 * Helm values files of the vLLM production stack (`servingEngineSpec.modelSpec[]`) and of the
 * llm-d modelservice chart (`modelArtifacts` + `decode` / `prefill`). The charts turn each entry
 * into a Deployment running `vllm serve`; the values are turned into the same command line
 * (synthetic items located on the values they come from) and read with readEngineArgs, so flags
 * in `extraArgs` / `args` behave as they do in a pod. One Deployment per modelSpec entry (per
 * llm-d role), format `helm-vllm`.
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptHelmVllm accepts has one of these keys. */
export const HELM_VLLM_MARKERS: readonly string[] = ["servingEngineSpec", "modelArtifacts"];

const PRODUCT_LABEL = "nvidia.com/gpu.product";
const GPU_LABELS = [PRODUCT_LABEL, "cloud.google.com/gke-accelerator", "karpenter.k8s.aws/instance-gpu-name"];


// ------------------------------------------------------------------------------------ GPU type from node selectors

interface Candidate {
  gpu: Located<string>;
  written: string;
}

/** `-SHARED` and `-MIG-…` suffixes of a product label stripped, with a note. */
function normalise(raw: string, where: string, notes: string[]): string {
  let name = raw.trim();
  if (/-SHARED$/i.test(name)) {
    name = name.replace(/-SHARED$/i, "");
    notes.push(`${where} ${raw} is a time-sliced GPU (-SHARED): it is checked as a whole GPU, but other pods share its memory and compute`);
  }
  const mig = /-MIG-(\d+g\.\d+gb(?:\+me)?)$/i.exec(name);
  if (mig) {
    name = name.slice(0, mig.index);
    notes.push(`${where} ${raw} is a MIG slice (${mig[1]}): MIG slices are not modelled, so it is checked as a whole GPU`);
  }
  return name;
}

/** Of several GPUs allowed, the one with the least memory (the workload must fit wherever it lands), the others in a note. */
function leastMemory(candidates: Candidate[], where: string, notes: string[]): Candidate | undefined {
  if (candidates.length === 0) return undefined;
  const id = (c: Candidate) => gpuLookup.find(c.gpu.value)?.id ?? c.gpu.value.toLowerCase();
  const distinct = [...new Map(candidates.map((c) => [id(c), c])).values()];
  if (distinct.length === 1) return candidates[0];
  const memory = (c: Candidate) => gpuLookup.find(c.gpu.value)?.memoryBytes ?? Number.POSITIVE_INFINITY;
  const chosen = [...distinct].sort((a, b) => memory(a) - memory(b))[0]!;
  notes.push(
    `${where} allows ${distinct.map((c) => c.written).join(", ")}: checked on ${chosen.written}, the one with the least memory, since the pod may be scheduled on any of them`,
  );
  return chosen;
}

/** GPU names selected by `nodeSelectorTerms[].matchExpressions[]` (operator In) on a GPU label. */
function fromNodeSelectorTerms(document: YamlDocument, terms: unknown, path: string, notes: string[]): Candidate | undefined {
  if (!Array.isArray(terms)) return undefined;
  const candidates: Candidate[] = [];
  terms.forEach((term: unknown, t) => {
    const expressions = isRecord(term) ? term.matchExpressions : undefined;
    if (!Array.isArray(expressions)) return;
    expressions.forEach((expression: unknown, e) => {
      if (!isRecord(expression) || typeof expression.key !== "string" || !GPU_LABELS.includes(expression.key)) return;
      if (expression.operator !== undefined && expression.operator !== "In") return;
      if (!Array.isArray(expression.values)) return;
      const where = `${path}[${t}].matchExpressions[${e}] ${expression.key}`;
      expression.values.forEach((v: unknown, i) => {
        const text = scalarText(v)?.trim();
        if (!text) return;
        const valuePath = joinPath(joinPath(`${path}[${t}].matchExpressions[${e}]`, "values"), i);
        candidates.push({ gpu: { value: normalise(text, where, notes), range: rangeAt(document, valuePath), path: valuePath }, written: text });
      });
    });
  });
  return leastMemory(candidates, path, notes);
}

/** GPU names from an llm-d `acceleratorTypes: {labelKey, labelValues}`. */
function fromAcceleratorTypes(document: YamlDocument, value: unknown, path: string, notes: string[]): Candidate | undefined {
  if (!isRecord(value) || !Array.isArray(value.labelValues)) return undefined;
  const key = scalarText(value.labelKey) ?? PRODUCT_LABEL;
  if (!GPU_LABELS.includes(key)) return undefined;
  const candidates: Candidate[] = [];
  value.labelValues.forEach((v: unknown, i) => {
    const text = scalarText(v)?.trim();
    if (!text) return;
    const valuePath = `${path}.labelValues[${i}]`;
    candidates.push({ gpu: { value: normalise(text, `${path} ${key}`, notes), range: rangeAt(document, valuePath), path: valuePath }, written: text });
  });
  return leastMemory(candidates, `${path}.labelValues`, notes);
}

// ------------------------------------------------------------------------------------ adapter

/** vLLM flags the production-stack chart writes from `vllmConfig` keys. */
const VLLM_CONFIG_FLAGS: Array<[string, string]> = [
  ["maxModelLen", "--max-model-len"],
  ["tensorParallelSize", "--tensor-parallel-size"],
  ["pipelineParallelSize", "--pipeline-parallel-size"],
  ["dtype", "--dtype"],
  ["gpuMemoryUtilization", "--gpu-memory-utilization"],
  ["maxNumSeqs", "--max-num-seqs"],
];

const HOW_TO_TYPE_STACK =
  `add nodeSelectorTerms to the modelSpec entry with a matchExpression on ${PRODUCT_LABEL} (operator In, values [NVIDIA-L4]); a values file has no place for the llm-physics.dev/gpu annotation`;

/**
 * The deployments a vLLM production-stack or llm-d modelservice values file configures; null when
 * the document is neither.
 */
export function adaptHelmVllm(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value)) return null;
  if (isRecord(value.servingEngineSpec) && Array.isArray(value.servingEngineSpec.modelSpec)) {
    return productionStack(document, value.servingEngineSpec.modelSpec, file, absolutePath);
  }
  if (isRecord(value.modelArtifacts)) return modelService(document, value, file, absolutePath);
  return null;
}

function envOf(document: YamlDocument, list: unknown, path: string): EnvVar[] {
  const env: EnvVar[] = [];
  if (!Array.isArray(list)) return env;
  list.forEach((entry: unknown, j) => {
    if (!isRecord(entry) || typeof entry.name !== "string") return;
    const entryPath = joinPath(path, j);
    if (entry.valueFrom !== undefined && entry.valueFrom !== null) {
      env.push({ name: entry.name, value: null, range: rangeAt(document, entryPath), path: entryPath });
      return;
    }
    const text = entry.value === undefined || entry.value === null ? "" : scalarText(entry.value);
    if (text === undefined) return;
    env.push({ name: entry.name, value: text, range: rangeAt(document, joinPath(entryPath, "value")), path: joinPath(entryPath, "value") });
  });
  return env;
}

function listItems(document: YamlDocument, list: unknown, path: string): ArgItem[] {
  const out: ArgItem[] = [];
  if (!Array.isArray(list)) return out;
  list.forEach((item: unknown, j) => {
    const text = scalarText(item);
    if (text === undefined) return;
    out.push({ text, range: rangeAt(document, joinPath(path, j)), path: joinPath(path, j) });
  });
  return out;
}

function productionStack(document: YamlDocument, specs: unknown[], file: string, absolutePath: string): Adaptation {
  const { notes, note } = noteSink();
  const deployments: Deployment[] = [];
  specs.forEach((spec: unknown, i) => {
    const base = `servingEngineSpec.modelSpec[${i}]`;
    const entryRange = rangeAt(document, base);
    if (!isRecord(spec)) return;
    const name = scalarText(spec.name) ?? `modelSpec[${i}]`;
    const nameRange = document.ranges.get(`${base}.name`)?.value ?? entryRange;

    const modelURL = scalarText(spec.modelURL);
    if (modelURL === undefined || modelURL.trim() === "") {
      note(`modelSpec ${name} has no modelURL: set modelURL to the Hugging Face id or path of the model to have it checked`, nameRange, "warning");
      return;
    }
    const modelPath = `${base}.modelURL`;
    const modelRange = rangeAt(document, modelPath);
    const synthetic = new Set<string>([modelPath]);
    const command: ArgItem[] = [
      { text: "vllm", range: modelRange, path: "(chart) vllm" },
      { text: "serve", range: modelRange, path: "(chart) serve" },
      { text: modelURL, range: modelRange, path: modelPath },
    ];
    const args: ArgItem[] = [];
    const config = isRecord(spec.vllmConfig) ? spec.vllmConfig : {};
    for (const [key, flag] of VLLM_CONFIG_FLAGS) {
      const raw = scalarText(config[key]);
      if (raw === undefined) continue;
      const path = `${base}.vllmConfig.${key}`;
      const range = rangeAt(document, path);
      synthetic.add(path);
      args.push({ text: flag, range, path }, { text: raw, range, path });
    }
    args.push(...listItems(document, config.extraArgs, `${base}.vllmConfig.extraArgs`));
    const facts = readEngineArgs(command, args, envOf(document, spec.env, `${base}.env`));
    if (!facts) return;
    plainPaths(facts, synthetic);
    for (const problem of facts.problems) note(problem.message, problem.range, "warning");

    // GPU count: requestGPU; GPU type: nodeSelectorTerms, else a GPU name in requestGPUType.
    let count: Located<number> | undefined;
    const rawCount = spec.requestGPU;
    if (rawCount !== undefined && rawCount !== null) {
      const n = parseWholeNumber(rawCount);
      const path = `${base}.requestGPU`;
      if (n === undefined) note(`${path} is ${describeValue(rawCount)}, not a whole number of GPUs`, rangeAt(document, path), "warning");
      else count = { value: n, range: rangeAt(document, path), path };
    }
    const typeNotes: string[] = [];
    let gpu = fromNodeSelectorTerms(document, spec.nodeSelectorTerms, `${base}.nodeSelectorTerms`, typeNotes)?.gpu;
    const requestType = scalarText(spec.requestGPUType)?.trim();
    const typePath = `${base}.requestGPUType`;
    if (requestType) {
      const typeRange = rangeAt(document, typePath);
      if (requestType.includes("/")) {
        const mig = /mig-(\d+g\.\d+gb)/i.exec(requestType);
        if (mig) note(`${typePath} ${requestType} asks for MIG slices (${mig[1]}): MIG slices are not modelled, so the whole GPU is checked`, typeRange, "notice");
        else if (!GPU_RESOURCES.includes(requestType)) note(`${typePath} ${requestType} is not a GPU resource llm-physics counts`, typeRange, "notice");
      } else if (!gpu) {
        if (gpuLookup.find(requestType)) {
          gpu = { value: requestType, range: typeRange, path: typePath };
          note(
            `${typePath} is the Kubernetes resource the chart requests (nvidia.com/gpu by default), not a GPU model: "${requestType}: ${count?.value ?? 1}" cannot be scheduled; checked as ${requestType}, but ${HOW_TO_TYPE_STACK.replace(/;.*/, "")} instead`,
            typeRange,
            "warning",
          );
        } else {
          note(`${typePath} ${requestType} is neither a GPU resource (nvidia.com/gpu) nor a GPU llm-physics knows`, typeRange, "warning");
        }
      }
    }
    for (const text of typeNotes) note(text, gpu?.range ?? nameRange, "notice");
    if (!facts.model) return;
    if (!gpu) {
      note(`no GPU type is declared for modelSpec ${name}: ${HOW_TO_TYPE_STACK}; ${name} is not checked`, nameRange, "notice");
      return;
    }
    const d = deploymentFromFacts({
      name,
      file,
      absolutePath,
      format: "helm-vllm",
      range: nameRange,
      facts,
      gpu,
      ...(count ? { count } : {}),
      howToCount: `set requestGPU on modelSpec ${name}`,
      serving: document.ranges.get(`${base}.vllmConfig`)?.key ?? nameRange,
      note,
    });
    if (d) deployments.push(d);
  });
  return { deployments, notes };
}

/** llm-d modelservice: `modelArtifacts.uri` + the `decode` (and created `prefill`) roles. */
function modelService(document: YamlDocument, value: Json, file: string, absolutePath: string): Adaptation | null {
  const { notes, note } = noteSink();
  const artifacts = value.modelArtifacts as Json;
  const uri = scalarText(artifacts.uri)?.trim();
  const uriPath = "modelArtifacts.uri";
  const uriRange = rangeAt(document, uriPath);
  const roles = ["decode", "prefill"].filter((r) => isRecord(value[r]) && (value[r] as Json).create !== false);
  if (roles.length === 0) return null;
  const deployments: Deployment[] = [];

  let model: string | undefined;
  if (uri?.startsWith("hf://")) model = uri.slice("hf://".length);
  else if (uri) {
    const named = scalarText(artifacts.name);
    if (named) {
      model = named;
      note(`${uriPath} ${uri} is not a hf:// model: the model is read from modelArtifacts.name (${named})`, uriRange, "notice");
    } else note(`${uriPath} ${uri} is not a hf:// model and modelArtifacts.name is not set: the model is not known`, uriRange, "warning");
  } else note(`modelArtifacts.uri is not set: write hf://<org>/<model> to have the model checked`, rangeAt(document, "modelArtifacts"), "warning");

  const baseName = scalarText(artifacts.name) ?? model ?? "modelservice";
  for (const role of roles) {
    const spec = value[role] as Json;
    const containers = Array.isArray(spec.containers) ? spec.containers : [];
    const index = containers.findIndex((c: unknown) => isRecord(c));
    if (index < 0) continue;
    const container = containers[index] as Json;
    const cpath = `${role}.containers[${index}]`;
    const crange = rangeAt(document, cpath);
    const modelRange = model && uri?.startsWith("hf://") ? uriRange : rangeAt(document, "modelArtifacts.name");
    const modelPath = uri?.startsWith("hf://") ? uriPath : "modelArtifacts.name";
    const synthetic = new Set<string>([modelPath]);
    const ownCommand = listItems(document, container.command, `${cpath}.command`);
    let command: ArgItem[] = ownCommand;
    const pre: ArgItem[] = [];
    if (ownCommand.length === 0 && model) {
      command = [
        { text: "vllm", range: crange, path: "(chart) vllm" },
        { text: "serve", range: crange, path: "(chart) serve" },
        { text: model, range: modelRange, path: modelPath },
      ];
    }
    const tensor = isRecord(spec.parallelism) ? scalarText(spec.parallelism.tensor) : undefined;
    if (tensor !== undefined && ownCommand.length === 0) {
      const path = `${role}.parallelism.tensor`;
      synthetic.add(path);
      pre.push({ text: "--tensor-parallel-size", range: rangeAt(document, path), path }, { text: tensor, range: rangeAt(document, path), path });
    }
    const args = [...pre, ...listItems(document, container.args, `${cpath}.args`)];
    const facts = readEngineArgs(command, args, envOf(document, container.env, `${cpath}.env`));
    if (!facts) continue;
    plainPaths(facts, synthetic);
    for (const problem of facts.problems) note(problem.message, problem.range, "warning");
    if (!facts.model) continue;

    let count: Located<number> | undefined;
    for (const side of ["limits", "requests"]) {
      const resources = isRecord(container.resources) ? container.resources[side] : undefined;
      if (!isRecord(resources)) continue;
      for (const resource of GPU_RESOURCES) {
        const n = parseWholeNumber(resources[resource]);
        if (n === undefined) continue;
        const path = `${cpath}.resources.${side}.${resource}`;
        count = { value: n, range: rangeAt(document, path), path: `${cpath}.resources.${side}[${JSON.stringify(resource)}]` };
        break;
      }
      if (count) break;
    }
    const typeNotes: string[] = [];
    const gpu = fromAcceleratorTypes(document, spec.acceleratorTypes, `${role}.acceleratorTypes`, typeNotes)?.gpu;
    const name = `${baseName}/${role}`;
    const where = document.ranges.get(role)?.key ?? crange;
    for (const text of typeNotes) note(text, gpu?.range ?? where, "notice");
    if (!gpu) {
      note(
        `no GPU type is declared for ${role}: add ${role}.acceleratorTypes with labelKey ${PRODUCT_LABEL} and labelValues [NVIDIA-H100-80GB-HBM3]; ${name} is not checked`,
        where,
        "notice",
      );
      continue;
    }
    const d = deploymentFromFacts({
      name,
      file,
      absolutePath,
      format: "helm-vllm",
      range: where,
      facts,
      gpu,
      ...(count ? { count } : {}),
      howToCount: `add resources.limits nvidia.com/gpu to ${cpath}`,
      serving: crange,
      note,
    });
    if (d) deployments.push(d);
  }
  return { deployments, notes };
}
