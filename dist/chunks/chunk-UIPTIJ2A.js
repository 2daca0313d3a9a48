import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  READ_WORKER_CODE,
  ReadThread,
  discover,
  require_picomatch,
  walksDirectories
} from "./chunk-UKLPMNZX.js";
import {
  ConfigError,
  effectivePolicy,
  validateDocument
} from "./chunk-QXBTFUO2.js";
import {
  FACT_NAMES
} from "./chunk-MCN5FH5U.js";
import {
  hubReference
} from "./chunk-NDQIACSR.js";
import {
  BASELINE_FILE,
  BaselineFormatError,
  applyBaseline,
  parseBaseline,
  serializeBaseline
} from "./chunk-U7OVFLHF.js";
import {
  REFERENCE_MARKERS,
  ReferenceIndex
} from "./chunk-KZ27ZWMR.js";
import {
  at
} from "./chunk-3G5BXTFK.js";
import {
  parseYamlFile,
  toRange
} from "./chunk-TQVKSG5V.js";
import {
  FILE_START,
  compareFindings,
  severityRank
} from "./chunk-PDOFKQNQ.js";
import {
  configPathFor,
  ollamaContext,
  resolveManifestModel
} from "./chunk-7EUSSMYG.js";
import {
  createLookup,
  modelLookup
} from "./chunk-SMZ6TMJF.js";
import {
  GPUS
} from "./chunk-JQYZLO6H.js";
import {
  decodeLoosely,
  decodeText,
  detectEncoding
} from "./chunk-FHUT4NP5.js";
import {
  boundMessage,
  cutAt,
  escapeControl,
  groupDigits,
  quote
} from "./chunk-LRW7K6N5.js";
import {
  exists,
  isInside,
  readGuarded,
  realRoot
} from "./chunk-MF5XHCMM.js";
import {
  EstimateError,
  engineSettingsFor,
  estimate
} from "./chunk-TF4GYYB4.js";
import {
  CONSUMER_LIMIT_BYTES,
  TIER_BATCH,
  TIER_CONTEXT_TOKENS,
  WORKSTATION_LIMIT_BYTES,
  boundByPhrase,
  engineDisplayName,
  memoryScenario,
  speedRangeLabel,
  tierRank,
  usableBytes
} from "./chunk-PFYC7H33.js";
import {
  countParams
} from "./chunk-N4USQFRU.js";
import {
  SEED_SCENARIOS,
  bytesPerValue
} from "./chunk-ZZ4ZPONZ.js";
import {
  formatBandwidth,
  formatFixed,
  formatGB,
  formatGiB,
  formatInteger,
  formatParams,
  formatPercent,
  formatRate
} from "./chunk-ZT3DUOPJ.js";
import {
  __toESM
} from "./chunk-NOE7O2GR.js";

// src/hub/env.ts
import { readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
var DEFAULT_ENDPOINT = "https://huggingface.co";
var DEFAULT_TIMEOUT_SECONDS = 10;
function isTrue(value) {
  return value !== void 0 && ["1", "on", "yes", "true"].includes(value.trim().toLowerCase());
}
function tokenFromFile(path) {
  try {
    const stats = statSync(path);
    if (!stats.isFile() || stats.size > 4096) return null;
    const token = readFileSync(path, "utf8").trim();
    return token === "" ? null : token;
  } catch {
    return null;
  }
}
function hfHome(env) {
  if (env.HF_HOME) return env.HF_HOME;
  const xdg = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(xdg, "huggingface");
}
function findToken(env) {
  for (const name of ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"]) {
    const value = env[name]?.trim();
    if (value) return { token: value, source: name };
  }
  if (isTrue(env.HF_HUB_DISABLE_IMPLICIT_TOKEN)) return null;
  if (env.HF_TOKEN_PATH) {
    const token2 = tokenFromFile(env.HF_TOKEN_PATH);
    if (token2) return { token: token2, source: "HF_TOKEN_PATH" };
  }
  const token = tokenFromFile(join(hfHome(env), "token"));
  return token ? { token, source: "$HF_HOME/token" } : null;
}
function hubSettings(env, overrides = {}) {
  const endpoint = (env.HF_ENDPOINT?.trim() || DEFAULT_ENDPOINT).replace(/\/+$/, "");
  const found = overrides.token ? { token: overrides.token, source: "hf-token" } : findToken(env);
  const timeoutSeconds = Number(env.HF_HUB_ETAG_TIMEOUT);
  return {
    endpoint,
    token: found?.token ?? null,
    tokenSource: found?.source ?? null,
    offline: overrides.offline === true || isTrue(env.HF_HUB_OFFLINE) || isTrue(env.TRANSFORMERS_OFFLINE),
    timeoutMs: Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds * 1e3 : DEFAULT_TIMEOUT_SECONDS * 1e3
  };
}

// src/adapt/native.ts
import { dirname } from "node:path";
var NATIVE_KIND = "InferenceDeployment";
var NATIVE_MARKERS = [NATIVE_KIND];
function isNativeDocument(value) {
  return typeof value === "object" && value !== null && value.kind === NATIVE_KIND;
}
function get(value, path) {
  return at(value, path.split("."));
}
function adaptNative(document, file, absolutePath) {
  const value = document.value;
  const rangeOf = (path) => document.ranges.get(path)?.value ?? document.range;
  const keyOf = (path) => document.ranges.get(path)?.key;
  function located(path) {
    const v = get(value, path);
    return v === void 0 ? void 0 : { value: v, range: rangeOf(path), path };
  }
  const modelValue = get(value, "spec.model");
  const model = typeof modelValue === "string" ? { value: modelValue, range: rangeOf("spec.model"), path: "spec.model" } : {
    value: {
      name: get(modelValue, "name"),
      architecture: get(modelValue, "architecture"),
      maxContextTokens: get(modelValue, "maxContextTokens")
    },
    range: keyOf("spec.model") ?? rangeOf("spec.model"),
    path: "spec.model"
  };
  return {
    name: String(get(value, "metadata.name")),
    file,
    baseDir: dirname(absolutePath),
    format: "native",
    range: keyOf("metadata.name") ?? document.range,
    model,
    precision: located("spec.precision"),
    kvCachePrecision: located("spec.kvCachePrecision"),
    // Optional: a deployment without a GPU type is checked for what it needs per GPU.
    gpu: located("spec.hardware.gpu"),
    gpuCount: located("spec.hardware.count"),
    tensorParallel: located("spec.parallelism.tensor"),
    pipelineParallel: located("spec.parallelism.pipeline"),
    contextLength: located("spec.serving.contextLength"),
    concurrency: located("spec.serving.concurrency"),
    targetTokensPerSecond: located("spec.serving.targetTokensPerSecond"),
    memoryFraction: located("spec.serving.memoryFraction"),
    policy: {
      maxTier: located("spec.policy.maxTier"),
      minHeadroomPercent: located("spec.policy.minHeadroomPercent"),
      maxBandwidthUtilizationPercent: located("spec.policy.maxBandwidthUtilizationPercent")
    },
    hardwareRange: keyOf("spec.hardware")
  };
}

// src/adapt/formats.ts
var GPU_REQUESTS = ["nvidia.com/gpu", "amd.com/gpu", "habana.ai/gaudi", "nvidia.com/mig-"];
var LAUNCHERS = ["vllm", "sglang", "text-generation-launcher", "trtllm-serve"];
var NIM_IMAGE = "nvcr.io/nim/";
function spellings(flag) {
  const words = flag.slice(2).split("-");
  let out = [`--${words[0]}`];
  for (const word of words.slice(1)) out = out.flatMap((head) => [`${head}-${word}`, `${head}_${word}`]);
  return out;
}
var ENGINE_FLAGS = [
  "--num-shard",
  "--max-total-tokens",
  "--mem-fraction-static",
  "--max-running-requests",
  "--model",
  "--max-model-len",
  "--tensor-parallel-size",
  "-tp",
  "--pipeline-parallel-size",
  "--gpu-memory-utilization",
  "--max-num-seqs",
  "--served-model-name",
  "--kv-cache-dtype"
].flatMap((flag) => flag.startsWith("--") ? spellings(flag) : [flag]);
var FORMATS = [
  { format: "kserve", markers: ["InferenceService", "LLMInferenceService"], load: async () => (await import("./kserve-KRUYFYBY.js")).adaptKServe },
  { format: "ome", markers: ["ome.io/"], load: async () => (await import("./ome-HBUJS5RM.js")).adaptOme },
  { format: "nim", markers: ["NIMService"], load: async () => (await import("./nim-TUVE4UI3.js")).adaptNim },
  { format: "kubeai", markers: ["kubeai.org"], load: async () => (await import("./kubeai-FDXMJJGH.js")).adaptKubeAI },
  { format: "kaito", markers: ["kaito.sh"], load: async () => (await import("./kaito-LWQRLILE.js")).adaptKaito },
  { format: "dynamo", markers: ["DynamoGraphDeployment"], load: async () => (await import("./dynamo-LYUE2ESL.js")).adaptDynamo },
  { format: "aibrix", markers: ["orchestration.aibrix.ai"], load: async () => (await import("./aibrix-KC5X4I52.js")).adaptAibrix },
  { format: "kubernetes", markers: [...GPU_REQUESTS, ...LAUNCHERS, "MODEL_ID", NIM_IMAGE, ...ENGINE_FLAGS], load: async () => (await import("./kubernetes-F6PLRG3Z.js")).adaptKubernetes },
  { format: "production-stack", markers: ["servingEngineSpec"], load: async () => (await import("./production-stack-QINXQF2S.js")).adaptProductionStack },
  { format: "llm-d", markers: ["modelArtifacts"], load: async () => (await import("./llm-d-MRMBFHMK.js")).adaptLlmD },
  { format: "ray-serve", markers: ["ray.serve.llm", "num_gpus", ...GPU_REQUESTS], load: async () => (await import("./ray-SJ4JWUSY.js")).adaptRay },
  { format: "kuberay", markers: ["ray.io/"], load: async () => (await import("./aibrix-KC5X4I52.js")).adaptRayCluster },
  { format: "skypilot", markers: LAUNCHERS, load: async () => (await import("./skypilot-CSMQNGNS.js")).adaptSkyPilot },
  { format: "dstack", markers: [...LAUNCHERS, NIM_IMAGE], load: async () => (await import("./dstack-3R5PRVUU.js")).adaptDstack },
  {
    format: "unread",
    markers: ["DynamoComponentDeployment", "SeldonDeployment", "mlops.seldon.io", "BentoDeployment", "VLLMRuntime", "StormService", "ArksApplication", "ArksDisaggregatedApplication", "inference.llmaz.io", "ModelServing", "ModelBooster", "NIMPipeline", "ModelService"],
    load: async () => (await import("./unread-U7PBBJLS.js")).adaptUnread
  }
];
function formatsIn(text) {
  if (text.includes("\\")) return [...FORMATS];
  return FORMATS.filter((entry) => entry.markers.some((marker) => text.includes(marker)));
}
var loaded = /* @__PURE__ */ new Map();
async function loadAdapters(entries) {
  const wanted = new Set(entries);
  const loads = FORMATS.filter((entry) => wanted.has(entry)).map((entry) => {
    let adapter = loaded.get(entry.format);
    if (!adapter) {
      adapter = entry.load().then((adapt) => ({ format: entry.format, markers: entry.markers, adapt }));
      loaded.set(entry.format, adapter);
    }
    return adapter;
  });
  return Promise.all(loads);
}
var ALL_MARKERS = [...NATIVE_MARKERS, ...FORMATS.flatMap((a) => a.markers)];

// src/evaluate/rules/common.ts
function deploymentScenario(estimate2) {
  return estimate2.scenarios[estimate2.primaryPrecision];
}
function hardwareRange(deployment) {
  return deployment.hardwareRange ?? deployment.range;
}
function precisionName(precision) {
  return precision.toUpperCase();
}
function policyPercent(value) {
  return `${Number.isInteger(value) ? String(value) : formatFixed(value, Math.min(2, decimals(value)))}%`;
}
function decimals(value) {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}
function quotedList(items, conjunction = "or") {
  const quoted = items.map((item) => `${quote(item)}`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1]}`;
}
function plainList(items, conjunction = "and") {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}
function hardwarePhrase(estimate2) {
  const { tensorParallel: tp, pipelineParallel: pp, dataParallel: dp } = estimate2.inputs;
  const gpus = `${estimate2.hardware.count} \xD7 ${estimate2.hardware.gpu}`;
  if (tp === 1 && pp === 1 && dp === 1) return gpus;
  const parts = [`tensor parallel ${tp}`];
  if (pp > 1) parts.push(`pipeline parallel ${pp}`);
  if (dp > 1) parts.push(`data parallel ${dp}${estimate2.inputs.expertsSpanDataParallel ? ", experts split over all" : ""}`);
  return `${gpus} (${parts.join(", ")})`;
}
function tensorParallelFits(arch, tp) {
  const a = arch.attention;
  if (a.numHeads % tp !== 0) return false;
  if (a.kind === "standard" && a.numKvHeads % tp !== 0 && tp % a.numKvHeads !== 0) return false;
  return true;
}

// src/evaluate/rules/bandwidth-insufficient.ts
function rate(value) {
  return Number.isInteger(value) ? formatInteger(value) : formatRate(value);
}
var bandwidthInsufficient = {
  id: "bandwidth-insufficient",
  defaultSeverity: "error",
  summary: "The deployment cannot reach its target tokens per second, or its GPUs' bandwidth is beyond the policy.",
  description: "With a target speed set, checks two things. First the engine-aware decode prediction at the deployment's concurrency and context (docs/physics.md#decode-speed-engine-aware: bytes read by kind at the bandwidth the GPU's memory achieves, routed experts, the KV cache, a compute ceiling, fixed costs per layer for the engine and its version, tensor-parallel all-reduces), stated as a range from the model's measured error for that engine family and GPU class: when even the optimistic end of the range misses the target it is an error; when the prediction misses but the range reaches the target, a warning. With speculative decoding on (vLLM --speculative-config, SGLang --speculative-algorithm, TGI --speculate) a miss is a warning: the prediction is for one token per step, and the tokens a speculative step accepts are not modelled. Second the founding formula: decoding reads every active parameter once per token, so the target needs active parameters \xD7 bytes per parameter \xD7 tokens/s of memory bandwidth, which should stay within the policy's maxBandwidthUtilizationPercent (80% by default) of the GPUs' combined peak bandwidth (a warning). Fix it with a lower weight precision, more GPUs with tensor parallelism, GPUs with more bandwidth, lower concurrency, or a lower target.",
  check({ deployment, estimate: estimate2, policy }) {
    const target = deployment.targetTokensPerSecond;
    if (!estimate2 || !target) return [];
    const d = estimate2.decode;
    const results = [];
    if (d.tokensPerSecPerSequence < target.value) {
      const load = d.batch === 1 ? "1 sequence" : `concurrency ${formatInteger(d.batch)}${d.batchRunning < d.batch ? ` (${formatInteger(d.batchRunning)} at once: the KV cache holds no more)` : ""}`;
      const missed = d.highTokensPerSecPerSequence < target.value;
      const bound = boundByPhrase(d.boundBy);
      const speculative = deployment.engine?.speculative;
      results.push({
        message: `the predicted decode speed is ~${formatRate(d.tokensPerSecPerSequence)} tokens/s per sequence, typically ${formatRate(d.lowTokensPerSecPerSequence)}\u2013${formatRate(d.highTokensPerSecPerSequence)} for ${speedRangeLabel(d.engineFamily, d.gpuClass)} (median error ${formatPercent(d.rangeMedianErrorPercent, 0)}), at ${load} and ${formatInteger(d.contextTokens)} tokens of context, ${bound}: ` + (missed ? `even the optimistic end is below the target of ${rate(target.value)} tokens/s` : `below the target of ${rate(target.value)} tokens/s, which only the optimistic end of the range reaches`) + (speculative ? `; speculative decoding is on (${speculative.file ? `${speculative.file}:` : "line "}${speculative.line}), which the prediction leaves out: each step can yield more than one token, so this is a warning, not an error; measure the deployment, or lower the target` : "; use a lower weight precision, more GPUs with tensor parallelism, lower concurrency, or a lower target"),
        range: target.range,
        ...missed && !speculative ? {} : { severity: "warning" }
      });
    }
    const b = estimate2.bandwidth;
    if (b.requiredBytesPerSec !== null && b.utilizationPercent !== null && b.utilizationPercent > policy.maxBandwidthUtilizationPercent) {
      const bytes = bytesPerValue(estimate2.primaryPrecision);
      const gpus = estimate2.hardware.count;
      const checkpoint = estimate2.model.checkpoint;
      const perToken = checkpoint && estimate2.model.weightsMeasured ? `${formatGB(checkpoint.bytesReadPerToken)} of the checkpoint read per token` : `${formatParams(estimate2.model.paramsActive)} active params \xD7 ${bytes} byte${bytes === 1 ? "" : "s"} in ${precisionName(estimate2.primaryPrecision)}`;
      results.push({
        message: `${rate(target.value)} tokens/s needs ${formatBandwidth(b.requiredBytesPerSec)} of memory bandwidth (${perToken} \xD7 ${rate(target.value)} tokens/s), ${formatPercent(b.utilizationPercent, 0)} of the ${formatBandwidth(b.availableBytesPerSec)} available on ${gpus} \xD7 ${estimate2.hardware.gpu}, above the policy's limit of ${policyPercent(policy.maxBandwidthUtilizationPercent)}; use a lower weight precision, GPUs with more bandwidth, or a lower target`,
        range: target.range,
        severity: "warning"
      });
    }
    return results;
  }
};

// src/evaluate/rules/concurrency-exceeds-kv-capacity.ts
var concurrencyExceedsKvCapacity = {
  id: "concurrency-exceeds-kv-capacity",
  defaultSeverity: "warning",
  summary: "The KV cache cannot hold an engine's cap of full-context sequences at once.",
  description: `With an engine's concurrency cap (vLLM --max-num-seqs, SGLang --max-running-requests, TGI's max concurrent requests), checks that the KV-cache budget on each GPU (usable memory minus weights and workspace) holds that many sequences of the full context length at once, as vLLM's "Maximum concurrency for N tokens per request" at start-up. Beyond it the engine queues or preempts requests, so latency climbs under load although the deployment starts. A cap is a limit the engine fills as memory allows, so this is a warning; a workload a manifest declares (a native concurrency) that does not fit is vram-exceeds-capacity's error. Fix it with a lower cap or context length, an FP8 KV cache, a lower weight precision, or more GPUs.`,
  check({ deployment, estimate: estimate2 }) {
    const concurrency = deployment.concurrency;
    if (!concurrency || !estimate2 || !deployment.concurrencyIsEngineCap) return [];
    const s = deploymentScenario(estimate2);
    const dp = estimate2.inputs.dataParallel;
    if (!s) return [];
    const engine = estimate2.engineMemory?.starts ? estimate2.engineMemory : null;
    const perRank = engine ? engine.maxConcurrency : Math.floor(s.maxConcurrency / dp * 100) / 100;
    const budgetBytes = engine ? engine.kvBudgetBytes : s.kvBudgetBytesPerGpu;
    const capacityTokens = engine ? engine.kvCapacityTokens : s.kvCapacityTokens;
    if (perRank < 1 || concurrency.value <= perRank) return [];
    const context = estimate2.inputs.contextTokens;
    const via = concurrency.via;
    const flag = via && "flag" in via ? via.flag : "the engine's cap";
    const subject = deployment.concurrencyIsEngineCap ? `${flag} ${formatInteger(concurrency.value)} \xD7 ${formatInteger(estimate2.inputs.contextTokens)} tokens` : `concurrency ${formatInteger(concurrency.value)}`;
    const advice = deployment.concurrencyIsEngineCap ? "beyond that the engine queues or preempts requests; lower the cap or the context length, or free memory for the KV cache" : "lower the concurrency or the context length, or free memory for the KV cache";
    return [
      {
        message: `${subject} exceeds the KV cache: its ${engine ? `${formatGiB(budgetBytes)} budget per GPU as ${engineDisplayName(engine.engine)} computes it` : `${formatGB(budgetBytes)} budget per GPU`} (${precisionName(s.precision)} weights, ${precisionName(s.kvPrecision)} cache) holds ${formatInteger(capacityTokens)} tokens, at most ${formatFixed(perRank, 2)} sequences of ${formatInteger(context)} tokens at once${dp > 1 ? ` on each of the ${dp} data-parallel ranks` : ""}; ${advice}`,
        range: concurrency.range,
        // The cap the KV cache holds, written where the cap is.
        ...via && "assumed" in via ? {} : { fix: { range: concurrency.range, replaces: String(concurrency.value), replacement: String(Math.floor(perRank)) } }
      }
    ];
  }
};

// src/evaluate/rules/context-exceeds-model-max.ts
var contextExceedsModelMax = {
  id: "context-exceeds-model-max",
  defaultSeverity: "error",
  summary: "The context length is longer than the model supports.",
  description: "Checks that the deployment's context length (vLLM's max_model_len) is at most the model's maximum context, its max_position_embeddings after any rope scaling. vLLM refuses to start with a longer one unless forced, and a forced one produces degraded output past the trained length, while the KV cache is sized for tokens the model cannot use. Fix it by setting the context length to the model's maximum or less, or by choosing a long-context variant of the model.",
  check({ deployment, model }) {
    const context = deployment.contextLength;
    if (!context || !model.ok) return [];
    const max = model.value.maxContextTokens;
    if (context.value <= max) return [];
    return [
      {
        message: `context length ${formatInteger(context.value)} tokens exceeds the maximum of ${formatInteger(max)} tokens of ${model.value.id}; set it to ${formatInteger(max)} or less`,
        range: context.range,
        // The model's maximum, written where the context length is (not for a value the reader assumed).
        ...context.via && "assumed" in context.via ? {} : { fix: { range: context.range, replaces: String(context.value), replacement: String(max) } }
      }
    ];
  }
};

// src/evaluate/rules/fp8-not-native.ts
var fp8NotNative = {
  id: "fp8-not-native",
  defaultSeverity: "warning",
  summary: "FP8 weights on a GPU without FP8 tensor cores run weight-only: memory is saved, compute is not.",
  description: "Checks that FP8 weights are deployed on a GPU with native FP8 tensor cores (Hopper, Ada Lovelace, Blackwell, AMD CDNA3). Older GPUs such as the A100, A10 or V100 can store FP8 weights, but engines run them weight-only: each matrix is upcast to BF16 before it is multiplied (vLLM's Marlin FP8 kernels), so the memory saving is real but prefill and batched decode run at BF16 speed, and accuracy is that of FP8 without its throughput. Fix it with INT8 weights and activations (W8A8), which these GPUs compute natively, or with an FP8-capable GPU; keep FP8 when the memory saving is all that is wanted.",
  check({ deployment, gpu, estimate: estimate2 }) {
    if (!gpu.ok || gpu.value.fp8Native) return [];
    const declared = deployment.precision;
    const precision = declared?.value ?? estimate2?.primaryPrecision;
    if (precision !== "fp8") return [];
    const whose = declared ? "precision fp8" : `the checkpoint's native precision fp8 (${estimate2?.model.id ?? "model"})`;
    return [
      {
        message: `${whose} on ${gpu.value.id}, which has no FP8 tensor cores: the weights run weight-only, upcast to BF16 for every matrix multiply (e.g. vLLM's Marlin kernels), so memory is saved but compute is not; use int8 (W8A8) for native INT8 compute, or an FP8-capable GPU such as H100-SXM, L40S, RTX-4090 or MI300X`,
        range: declared?.range ?? deployment.model.range
      }
    ];
  }
};

// src/evaluate/rules/headroom-below-minimum.ts
var headroomBelowMinimum = {
  id: "headroom-below-minimum",
  defaultSeverity: "warning",
  summary: "The deployment fits, but with less spare memory per GPU than the policy asks for.",
  description: "Checks that the memory left on the busiest GPU, once weights, KV cache and workspace are in, is at least the policy's minHeadroomPercent (10% by default) of the memory the engine may use. The estimate is a formula: longer prompts than planned, allocator fragmentation, a newer engine version or a LoRA adapter take more, and a deployment at the edge fails under load rather than at start-up. Fix it with a lower weight precision, a shorter context or lower concurrency, more GPUs, or, when the margin is known to be enough, a lower minHeadroomPercent in the manifest's policy or .llm-physics.yml.",
  check({ deployment, estimate: estimate2, policy }) {
    if (!estimate2) return [];
    const s = deploymentScenario(estimate2);
    if (!s || !s.fits || s.headroomPercent >= policy.minHeadroomPercent) return [];
    if (deployment.contextChosenByEngine && !deployment.contextLength && estimate2.inputs.contextTokens < estimate2.model.maxContextTokens) return [];
    return [
      {
        message: `headroom ${formatPercent(s.headroomPercent)} (${formatGB(s.headroomBytes)} of ${formatGB(s.usableBytesPerGpu)} usable per GPU) is below the minimum of ${policyPercent(policy.minHeadroomPercent)}`,
        range: hardwareRange(deployment)
      }
    ];
  }
};

// src/evaluate/rules/incomplete-deployment.ts
var incompleteDeployment = {
  id: "incomplete-deployment",
  defaultSeverity: "warning",
  summary: "A fact the physics needs is missing from the manifest or could not be read from it.",
  description: "Checks that a workload read from a Kubernetes object (or another format the adapters understand) declares what the physics needs: the model in the engine's arguments, the GPU type (a nodeSelector or node affinity on nvidia.com/gpu.product, cloud.google.com/gke-accelerator, an instance type, or the annotation llm-physics.dev/gpu), the GPU count (resources.limits nvidia.com/gpu), and values that expand from the container's env. llm-physics never guesses silently. Its findings are warnings where a fact could not be read (a value that is not a number, a variable the env does not define, a NIMCache that holds a profile for another GPU than its NIMService runs on, a document a reader fails on, which is reported as not checked, never skipped), and notices, one step lower, where a fact is missing and the deployment is not estimated or a value is assumed (no GPU type, no GPU count, an object named from another file that is not among the files checked). A severity set in .llm-physics.yml applies to the warnings; the notices stay notices, or go lower. Declare the fact where the message says."
};

// src/evaluate/rules/schema.ts
var schema = {
  id: "schema",
  defaultSeverity: "error",
  summary: "A manifest or configuration value is missing, of the wrong type, or not allowed.",
  description: "Checks each deployment manifest and the repository's .llm-physics.yml against their JSON Schemas: required fields are present, numbers are numbers in range, names are among the allowed values, and no unknown key hides a typo. A value that fails the schema cannot be trusted by the physics, so the deployment is not estimated until it passes. Fix the value at the reported line; the message names the expected type or the allowed values."
};

// src/evaluate/rules/suppression-without-reason.ts
var suppressionWithoutReason = {
  id: "suppression-without-reason",
  defaultSeverity: "warning",
  summary: "An llm-physics-ignore comment gives no reason.",
  description: "Checks that every inline suppression comment says why the finding is accepted, after a double dash: `# llm-physics-ignore vram-exceeds-capacity -- runs with CPU offload`. A suppression still hides its finding without a reason, but the next reader cannot tell a deliberate exception from a silenced problem, and reviewers cannot judge it. Add `-- <reason>` at the end of the comment."
};

// src/evaluate/rules/tensor-parallel-invalid.ts
function validSizes(arch, limit) {
  const sizes = [];
  for (let tp = 1; tp <= limit; tp++) if (tensorParallelFits(arch, tp)) sizes.push(tp);
  return sizes;
}
function headsProblem(arch, tp) {
  const a = arch.attention;
  if (a.numHeads % tp !== 0) {
    return `${tp} does not divide the model's ${a.numHeads} attention heads (vLLM requires num_attention_heads % tensor_parallel_size == 0)`;
  }
  if (a.kind === "standard" && a.numKvHeads % tp !== 0 && tp % a.numKvHeads !== 0) {
    return `${tp} neither divides the model's ${a.numKvHeads} KV heads nor is a multiple of them (vLLM requires num_key_value_heads % tensor_parallel_size == 0 or tensor_parallel_size % num_key_value_heads == 0)`;
  }
  return null;
}
var tensorParallelInvalid = {
  id: "tensor-parallel-invalid",
  defaultSeverity: "error",
  summary: "The tensor-parallel size cannot shard the model's attention heads, or the GPUs are too few for it.",
  description: "Checks the parallel layout the way vLLM does at start-up: the tensor-parallel size must divide the number of attention heads, and the number of KV heads must either divide by it or divide it (smaller KV head counts are replicated), and tensor parallel \xD7 pipeline parallel must not exceed the GPUs the deployment has. Without a tensor-parallel size the GPU count divided by the pipeline-parallel size is assumed. vLLM refuses to start with an invalid layout. A GPU count that is not a multiple of tensor \xD7 pipeline parallel is reported as a notice: the GPUs left over hold no shard and sit idle. Fix it with a tensor-parallel size from the list in the message (a power of two usually works) and a GPU count of tensor \xD7 pipeline parallel.",
  check({ deployment, model }) {
    const count = deployment.gpuCount.value;
    const pp = deployment.pipelineParallel?.value ?? 1;
    const dp = deployment.dataParallel?.value ?? 1;
    const explicit = deployment.tensorParallel;
    const tp = explicit?.value ?? Math.max(1, Math.floor(count / (pp * dp)));
    const group = tp * pp * dp;
    const layoutOf = (withEquals) => {
      const factors = [`tensor parallel ${tp}`, ...pp > 1 ? [`pipeline parallel ${pp}`] : [], ...dp > 1 ? [`data parallel ${dp}`] : []];
      return factors.join(" \xD7 ") + (withEquals && factors.length > 1 ? ` = ${group}` : "");
    };
    if (count === 0 && Number.isInteger(tp) && Number.isInteger(pp) && tp >= 1 && pp >= 1) {
      return [{ message: `the deployment requests 0 GPUs, and ${explicit || pp > 1 || dp > 1 ? `${layoutOf(false)} needs ${group}` : "an engine needs at least 1"}; request the GPUs it runs on`, range: deployment.gpuCount.range }];
    }
    if (!Number.isInteger(count) || !Number.isInteger(tp) || !Number.isInteger(pp) || count < 1 || tp < 1 || pp < 1) return [];
    const range = explicit?.range ?? deployment.gpuCount.range;
    const subject = explicit ? "tensor parallel" : `${count} GPUs with no tensor-parallel size imply tensor parallel ${tp}, and`;
    const results = [];
    if (model.ok) {
      const arch = model.value.architecture;
      const problem = headsProblem(arch, tp);
      if (problem) {
        const sizes = validSizes(arch, Math.max(8, Math.min(count, 64)));
        const nearest = sizes.filter((size) => size * pp * dp <= count).sort((a, b) => Math.abs(a - tp) - Math.abs(b - tp) || count % (a * pp * dp) - count % (b * pp * dp) || b - a)[0];
        results.push({
          message: `${subject} ${problem}; use one of ${plainList(sizes.map(String), "or")}`,
          range,
          ...explicit && nearest !== void 0 ? { fix: { range: explicit.range, replaces: String(explicit.value), replacement: String(nearest) } } : {}
        });
      }
    }
    if (group > count) {
      results.push({
        message: `${layoutOf(false)} needs ${group} GPUs but the deployment has ${count}; raise the GPU count to ${group} or lower the parallel sizes`,
        range: dp > 1 && tp * pp <= count && deployment.dataParallel ? deployment.dataParallel.range : range
      });
    } else if (count % group !== 0) {
      const replicas = Math.floor(count / group);
      const idle = count - replicas * group;
      results.push({
        message: `${count} GPUs are not a multiple of ${layoutOf(true)}: ${replicas === 1 ? "one replica uses" : `${replicas} replicas use`} ${replicas * group} and ${idle} GPU${idle === 1 ? " sits" : "s sit"} idle; request ${replicas * group} or ${(replicas + 1) * group} GPUs`,
        range: deployment.gpuCount.range,
        severity: "notice"
      });
    }
    return results;
  }
};

// src/evaluate/rules/tier-above-target.ts
function tierWithBounds(tier) {
  const consumer = formatGB(CONSUMER_LIMIT_BYTES, 0);
  const workstation = formatGB(WORKSTATION_LIMIT_BYTES, 0);
  if (tier === "consumer") return `consumer (below ${consumer})`;
  if (tier === "workstation") return `workstation (${consumer} to ${workstation})`;
  return `infrastructure (above ${workstation})`;
}
var tierAboveTarget = {
  id: "tier-above-target",
  defaultSeverity: "warning",
  summary: "The model's hardware tier is above the policy's maximum tier.",
  description: "Checks the model's tier against the policy's maxTier. The tier is decided by the model alone, by its INT8 footprint (weights, KV cache for one sequence of 8,192 tokens, 12% workspace): consumer below 24 GB, workstation from 24 GB to 80 GB, infrastructure above 80 GB (decimal GB). A team that plans for workstation-class hardware wants to know before a model that needs a multi-GPU cluster is merged. Fix it with a smaller model (or a distilled variant), or raise maxTier in the manifest's policy or .llm-physics.yml when the larger hardware is intended.",
  check({ deployment, estimate: estimate2, policy }) {
    if (!estimate2 || policy.maxTier === null) return [];
    if (tierRank(estimate2.tier) <= tierRank(policy.maxTier)) return [];
    return [
      {
        message: `tier ${tierWithBounds(estimate2.tier)} is above the maximum tier ${tierWithBounds(policy.maxTier)}: the INT8 footprint at batch ${TIER_BATCH} and ${formatInteger(TIER_CONTEXT_TOKENS)} tokens is ${formatGB(estimate2.tierFootprintBytes)}`,
        range: deployment.model.range
      }
    ];
  }
};

// src/evaluate/rules/unknown-gpu.ts
function requirementPhrase(r) {
  const gb2 = (bytes) => formatGB(bytes).replace(/ GB$/, "");
  const layout = r.tensorParallel * r.pipelineParallel * r.dataParallel > 1 ? ` (tensor parallel ${r.tensorParallel}${r.pipelineParallel > 1 ? ` \xD7 pipeline parallel ${r.pipelineParallel}` : ""}${r.dataParallel > 1 ? ` \xD7 data parallel ${r.dataParallel}` : ""})` : "";
  const needs = `needs ${formatGB(r.perGpuBytes)} per GPU (${precisionName(r.precision)} weights ${gb2(r.perGpuWeightsBytes)} + KV ${gb2(r.perGpuKvCacheBytes)} for ${formatInteger(r.contextTokens)} tokens + workspace ${gb2(r.perGpuWorkspaceBytes)}) on ${r.gpuCount} GPU${r.gpuCount === 1 ? "" : "s"}${layout}`;
  const bandwidth = r.requiredBandwidthBytesPerSec !== null ? ` and ${formatBandwidth(r.requiredBandwidthBytesPerSec)} of memory bandwidth for its target` : "";
  const fits = r.fittingGpus.length === 0 ? "no GPU of the catalog holds it at this count" : `it fits ${r.fittingGpus[0]}${r.fittingGpus.length > 1 ? ` and every GPU with more memory (${r.fittingGpus.slice(1, 4).join(", ")}${r.fittingGpus.length > 4 ? ", \u2026" : ""})` : ""}`;
  return `${needs}${bandwidth}: ${fits}`;
}
var unknownGpu = {
  id: "unknown-gpu",
  defaultSeverity: "error",
  summary: "The GPU is not in the catalog, or not declared.",
  description: "Checks that the deployment's GPU names an accelerator of the catalog or of the configuration's `gpuTypes:`, by id or by one of the aliases manifests use (node labels such as `NVIDIA-A100-SXM4-80GB`, cloud accelerator names, MIG profiles, short forms). Without the GPU's memory and bandwidth no fit, headroom or speed verdict can be given; the finding then says what the deployment needs per GPU and which GPUs of the catalog would hold it. A deployment that declares no GPU type gets that as a notice, and its verdict is incomplete. Fix a typo using the suggestions, run `llm-physics gpus` to list the ids and aliases, declare a GPU the catalog lacks in `.llm-physics.yml` `gpuTypes:`, or map paths and node labels to GPUs with `gpus:`.",
  check({ deployment, gpu, requirement }) {
    if (gpu.ok) {
      const request = deployment.gpuMemoryBytes;
      const via = deployment.gpu?.via;
      if (request && via && "assumed" in via) {
        return [
          {
            message: `${request.path} asks for ${formatGB(request.value)} of GPU memory: checked on ${gpu.value.id} (${formatGiB(gpu.value.memoryBytes)} exposed), the smallest catalog GPU with that much; name the GPU to check the one it runs on`,
            range: request.range,
            severity: "notice"
          }
        ];
      }
      return [];
    }
    const needs = requirement ? `; ${requirementPhrase(requirement)}` : "";
    if (!deployment.gpu) {
      return [
        {
          message: `no GPU type is declared${needs}; declare the GPU in the manifest, or in .llm-physics.yml (gpus: by path or node label), to get a verdict`,
          range: deployment.hardwareRange ?? deployment.range,
          severity: "notice"
        }
      ];
    }
    const didYouMean = gpu.suggestions.length > 0 ? `; did you mean ${quotedList(gpu.suggestions)}?` : "";
    return [
      {
        message: `unknown GPU ${quote(deployment.gpu.value)}${didYouMean ? `${didYouMean} Run` : "; run"} \`llm-physics gpus\` to list the GPU ids and aliases the catalog knows, or declare it in .llm-physics.yml gpuTypes:${needs}`,
        range: deployment.gpu.range
      }
    ];
  }
};

// src/evaluate/rules/unknown-model.ts
var CATALOG = "a catalog id or alias (`llm-physics models` lists them)";
var CONFIG_JSON = "a path to the model's Hugging Face config.json";
var INLINE = "an inline mapping with name, architecture and maxContextTokens";
var unknownModel = {
  id: "unknown-model",
  defaultSeverity: "error",
  summary: "The model is neither in the catalog, nor in the repository, nor on the Hugging Face Hub.",
  description: "Checks that the deployment's model can be resolved to an architecture: a catalog id or alias, a path to a Hugging Face config.json (or a folder holding one, with its weight files) relative to the manifest and inside the repository, an Ollama reference, a Hugging Face id read from the lock file, the cache or the Hub, or an architecture written inline. Without the architecture no memory, KV cache or bandwidth figure can be computed, so every physics rule stays silent for the deployment. Fix a typo using the suggestions, set HF_TOKEN (the action's `hf-token`) for a gated model, commit a lock file (`llm-physics lock`) for runs without network or token, or point the model at its config.json. Beside a resolved model it also says, as a warning or notice, when the Hub could not be read and the catalog answered instead, or a lock entry is stale.",
  check({ deployment, model }) {
    const range = deployment.model.range;
    const remarks = (model.remarks ?? []).map((r) => ({ message: r.message, range, severity: r.severity }));
    if (model.ok) return remarks;
    const value = deployment.model.value;
    const name = typeof value === "string" ? value : value.name ?? "inline architecture";
    const didYouMean = model.suggestions.length > 0 ? `did you mean ${quotedList(model.suggestions)}?` : "";
    const failure = model.failure;
    const unknownName = failure === "unknown-name" || failure === void 0 && model.message === "";
    if (typeof value === "string" && failure === "hub-not-found") {
      return [
        ...remarks,
        {
          message: `unknown model ${quote(name)}: neither the catalog nor the Hugging Face Hub knows it${didYouMean ? `; ${didYouMean}` : ""} (a private model needs HF_TOKEN, or the action's \`hf-token\`); declare the model by ${CATALOG}, ${CONFIG_JSON}, or ${INLINE}`,
          range
        }
      ];
    }
    if (typeof value === "string" && failure?.startsWith("hub-")) {
      return [...remarks, { message: `model ${quote(name)} could not be read from the Hugging Face Hub: ${model.message}`, range }];
    }
    if (typeof value === "string" && unknownName) {
      return [
        ...remarks,
        {
          message: `unknown model ${quote(name)}${didYouMean ? `; ${didYouMean} Declare` : "; declare"} the model by ${CATALOG}, ${CONFIG_JSON}, or ${INLINE}`,
          range
        }
      ];
    }
    const reason = model.message.replace(/[.\s]+$/, "");
    return [
      {
        message: `model ${quote(name)} could not be resolved: ${reason}${didYouMean ? ` (${didYouMean})` : ""}; fix it, or declare the model by ${CATALOG} or ${INLINE} instead`,
        range
      }
    ];
  }
};

// src/evaluate/rules/unused-suppression.ts
var unusedSuppression = {
  id: "unused-suppression",
  defaultSeverity: "warning",
  summary: "An llm-physics-ignore comment suppresses nothing, or names a rule that does not exist.",
  description: "Checks that each rule id named in an inline suppression comment is a real rule and hid at least one finding on the node the comment covers (the node on the comment's line, or on the line below a comment that stands on its own line, with everything inside it). A stale suppression would silently hide a future problem on that node, and a misspelt id hides nothing while looking as if it did. Remove the comment, move it next to the node the finding is on, or correct the rule id as the message suggests."
};

// src/evaluate/rules/vram-exceeds-capacity.ts
var TENSOR_PARALLEL_STEPS = [2, 4, 8];
function gb(bytes) {
  return formatFixed(bytes / 1e9, 1);
}
function fitsWithMoreGpus(estimate2, arch) {
  const i = estimate2.inputs;
  const weightsBytes = estimate2.scenarios[i.precision]?.weightsBytes;
  for (const tp of TENSOR_PARALLEL_STEPS) {
    if (tp <= i.tensorParallel || !tensorParallelFits(arch, tp)) continue;
    const scenario = memoryScenario({
      arch,
      paramsTotal: estimate2.model.paramsTotal,
      ...weightsBytes !== void 0 ? { weightsBytes } : {},
      weightPrecision: i.precision,
      kvPrecision: i.kvPrecision,
      contextTokens: i.contextTokens,
      batch: i.batch,
      gpuMemoryBytes: estimate2.hardware.memoryBytesPerGpu,
      gpuCount: tp * i.pipelineParallel * i.dataParallel,
      tensorParallel: tp,
      pipelineParallel: i.pipelineParallel,
      dataParallel: i.dataParallel,
      expertsSpanDataParallel: i.expertsSpanDataParallel,
      routedExpertParams: countParams(arch).routedExpertParams,
      memoryFraction: i.memoryFraction
    });
    if (scenario.fits) return { tp, scenario };
  }
  return null;
}
function fittingPrecisions(estimate2, current) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of SEED_SCENARIOS) {
    const s = estimate2.scenarios[p];
    if (!s || p === estimate2.primaryPrecision || !s.fits || s.perGpuBytes >= current.perGpuBytes) continue;
    const key = formatGB(s.perGpuBytes);
    groups.set(key, [...groups.get(key) ?? [], p]);
  }
  return [...groups.entries()].map(([perGpu, precisions]) => {
    const names = precisions.map(
      (p) => p === "fp8" && !estimate2.hardware.fp8Native ? `FP8 (weight-only on ${estimate2.hardware.gpu})` : precisionName(p)
    );
    return `${plainList(names, "or")} weights (${perGpu} per GPU)`;
  });
}
function oneLineGpuFix(deployment, tp, gpus) {
  const { gpuCount, tensorParallel } = deployment;
  if (!tensorParallel && gpus === tp && !(gpuCount.via && "assumed" in gpuCount.via)) {
    return { fix: { range: gpuCount.range, replaces: String(gpuCount.value), replacement: String(gpus) } };
  }
  if (tensorParallel && gpuCount.value >= gpus) return { fix: { range: tensorParallel.range, replaces: String(tensorParallel.value), replacement: String(tp) } };
  return {};
}
var vramExceedsCapacity = {
  id: "vram-exceeds-capacity",
  defaultSeverity: "error",
  summary: "The deployment needs more memory per GPU than the engine may use.",
  description: "Checks that the busiest GPU of the deployment holds its share of the weights, the KV cache for the full context (of every sequence of the workload a manifest declares: its concurrency \xD7 context length; an engine's cap such as vLLM --max-num-seqs counts one sequence, and concurrency-exceeds-kv-capacity compares the cap with the cache), and a workspace of 12% of the weights for activations and CUDA graphs, within the GPU's memory times the engine's memory fraction (vLLM's gpu_memory_utilization, 0.9 by default). When the manifest runs a known engine (vLLM, SGLang, TGI, TensorRT-LLM), whether the pod starts is decided the way that engine decides it: vLLM takes the total the CUDA runtime reports \xD7 gpu_memory_utilization, less the weights, its activation peak and non-torch memory, and refuses to start when what is left does not hold one sequence of max_model_len. That is an error; a deployment the engine starts but that leaves less than the planning footprint (weights + KV + 12%) is a warning naming both. Fix it with more GPUs (a larger tensor-parallel size), a lower weight precision such as INT8 or FP8, a shorter context, or GPUs with more memory; the message says which of these would fit.",
  check({ deployment, model, estimate: estimate2 }) {
    if (!estimate2) return [];
    const s = deploymentScenario(estimate2);
    if (!s) return [];
    const engine = estimate2.engineMemory;
    if (engine && engine.starts && s.fits) return [];
    if (!engine && s.fits) return [];
    const concurrency = deployment.concurrency;
    const workloadTooLarge = concurrency !== void 0 && !deployment.concurrencyIsEngineCap && concurrency.value > 1 && s.maxConcurrency >= 1;
    const i = estimate2.inputs;
    const sequences = i.batch > 1 ? `${i.batch} \xD7 ${formatInteger(i.contextTokens)}` : formatInteger(i.contextTokens);
    const onLoad = s.quantizedOnLoadFrom ? ` (quantized on load; embeddings, head and norms stay ${precisionName(s.quantizedOnLoadFrom)})` : "";
    const parts = `${precisionName(s.precision)} weights ${gb(s.perGpuWeightsBytes)}${onLoad} + KV ${gb(s.perGpuKvCacheBytes)} for ${sequences} tokens + workspace ${gb(s.perGpuWorkspaceBytes)}`;
    const perGpu = estimate2.hardware.count > 1 ? " per GPU" : "";
    const planning = `needs ${formatGB(s.perGpuBytes)} per GPU (${parts}) on ${hardwarePhrase(estimate2)} with ${formatGB(s.usableBytesPerGpu)} usable${perGpu} at memory fraction ${i.memoryFraction}`;
    if (engine?.starts) {
      return [
        {
          message: `${engine.planning.message}: the planning estimate ${planning}; expect little room for longer prompts or more sequences than planned`,
          range: hardwareRange(deployment),
          severity: "warning"
        }
      ];
    }
    let message = engine ? `${engine.planning.message}; the planning estimate ${planning}` : planning;
    const options = [];
    const bigger = model.ok ? fitsWithMoreGpus(estimate2, model.value.architecture) : null;
    if (bigger) {
      const gpus = bigger.tp * i.pipelineParallel * i.dataParallel;
      options.push(`tensor parallel ${bigger.tp} on ${gpus} \xD7 ${estimate2.hardware.gpu} (${formatGB(bigger.scenario.perGpuBytes)} per GPU)`);
    }
    options.push(...fittingPrecisions(estimate2, s));
    if (options.length > 0) {
      message += `; it would fit with ${options.join(" or with ")}`;
    } else {
      const smallest = SEED_SCENARIOS.map((p) => estimate2.scenarios[p]).filter((x) => x !== void 0).sort((a, b) => a.perGpuBytes - b.perGpuBytes)[0];
      const lowest = smallest && smallest.perGpuBytes < s.perGpuBytes ? ` (even ${precisionName(smallest.precision)} needs ${formatGB(smallest.perGpuBytes)} per GPU)` : "";
      message += `; neither INT8/FP8 weights nor up to 8-way tensor parallelism make it fit${lowest}: use more GPUs with pipeline parallelism or GPUs with more memory`;
    }
    if (engine?.failure === "max-model-len-exceeds-kv" && deployment.contextLength) return [{ message, range: deployment.contextLength.range }];
    if (workloadTooLarge) {
      message += `; one sequence of ${formatInteger(i.contextTokens)} tokens fits, and at most ${formatFixed(s.maxConcurrency, 2)} at once: lower the concurrency to ${Math.floor(s.maxConcurrency)} or less`;
      return [{ message, range: concurrency.range, fix: { range: concurrency.range, replaces: String(concurrency.value), replacement: String(Math.floor(s.maxConcurrency)) } }];
    }
    return [{ message, range: hardwareRange(deployment), ...bigger ? oneLineGpuFix(deployment, bigger.tp, bigger.tp * i.pipelineParallel * i.dataParallel) : {} }];
  }
};

// src/evaluate/rules/yaml-syntax.ts
var yamlSyntax = {
  id: "yaml-syntax",
  defaultSeverity: "error",
  summary: "The file is not valid YAML, or is refused as unsafe to read.",
  description: 'Checks that every document of a manifest parses as YAML: no syntax errors, no tabs used for indentation, no duplicate keys (YAML readers disagree on which copy wins), no document nested more than 64 levels deep or expanding more than 100 aliases (a "YAML bomb"), and no alias inside the node it names (a value that contains itself). It also reports a file that is refused before it is parsed, because a pull request can hold anything: a symlink that leads outside the repository, a named pipe, device or socket, a file over the size limit (maxFileSizeBytes, 2 MB by default) or holding more than 5,000 documents or 50,000 lines, commas and brackets, a binary file, or text that is not valid UTF-8, UTF-16 or UTF-32 (all three are read, with or without a byte order mark). A document that does not parse is not checked by any other rule, so its problems stay hidden until this is fixed. Fix the YAML at the reported line; the message says what the parser expected.'
};

// src/evaluate/rules/index.ts
var RULES = [
  yamlSyntax,
  schema,
  unknownModel,
  unknownGpu,
  incompleteDeployment,
  vramExceedsCapacity,
  headroomBelowMinimum,
  tierAboveTarget,
  bandwidthInsufficient,
  fp8NotNative,
  tensorParallelInvalid,
  contextExceedsModelMax,
  concurrencyExceedsKvCapacity,
  suppressionWithoutReason,
  unusedSuppression
];
var BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
function ruleById(id) {
  return BY_ID.get(id);
}

// src/evaluate/evaluate.ts
function ruleSeverity(rule, settings) {
  const setting = settings.severity[rule.id];
  if (setting === "off") return null;
  return setting ?? rule.defaultSeverity;
}
function lessSevere(a, b) {
  return severityRank(a) <= severityRank(b) ? a : b;
}
function runRule(rule, context) {
  try {
    return rule.check ? rule.check(context) : [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        message: `this rule could not be evaluated on ${context.deployment.name} (${reason}); this is a bug in llm-physics: please report it with the manifest`,
        range: context.deployment.range
      }
    ];
  }
}
function evaluateDeployment(context, settings) {
  const findings = [];
  for (const rule of RULES) {
    if (!rule.check) continue;
    const severity = ruleSeverity(rule, settings);
    if (severity === null) continue;
    for (const result of runRule(rule, context)) {
      const { deployment } = context;
      const elsewhere = result.range.file !== void 0 && result.range.file !== deployment.file;
      findings.push({
        ruleId: rule.id,
        severity: result.severity ? lessSevere(result.severity, severity) : severity,
        message: elsewhere ? `${deployment.name} (${deployment.file}:${deployment.range.line}): ${result.message}` : result.message,
        file: result.range.file ?? deployment.file,
        deployment: context.deployment.name,
        line: result.range.line,
        column: result.range.column,
        endLine: result.range.endLine,
        endColumn: result.range.endColumn,
        // A fix without a file lies in the deployment's, which is the finding's unless it is elsewhere.
        ...result.fix ? { fix: elsewhere && !result.fix.range.file ? { ...result.fix, range: { ...result.fix.range, file: deployment.file } } : result.fix } : {}
      });
    }
  }
  return findings;
}
function applySeverity(findings, settings) {
  const result = [];
  for (const finding of findings) {
    const setting = settings.severity[finding.ruleId];
    if (setting === "off") continue;
    if (setting === void 0 || setting === finding.severity) {
      result.push(finding);
      continue;
    }
    const rule = ruleById(finding.ruleId);
    const atDefault = rule === void 0 || severityRank(finding.severity) >= severityRank(rule.defaultSeverity);
    const severity = atDefault ? setting : lessSevere(finding.severity, setting);
    result.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return result;
}

// src/evaluate/suppressions.ts
var SUPPRESSION_RULES = ["suppression-without-reason", "unused-suppression"];
var DIRECTIVE = /^#\s*llm-physics-ignore(?=\s|$)(.*)$/s;
function parseDirective(body) {
  const dash = body.indexOf("--");
  const ids = dash < 0 ? body : body.slice(0, dash);
  const reason = dash < 0 ? "" : body.slice(dash + 2).trim();
  return {
    ruleIds: ids.split(/[\s,]+/).filter((id) => id !== ""),
    reason: reason === "" ? null : reason
  };
}
function findSuppressions(file) {
  const text = file.text;
  const all = file.comments;
  const lineOf = (offset) => file.lineCounter.linePos(offset).line;
  const lineCount = text.length === 0 ? 1 : lineOf(text.length);
  const ownLine = (c) => {
    const start = text.lastIndexOf("\n", c.offset - 1) + 1;
    return text.slice(start, c.offset).trim() === "";
  };
  const commentOnlyLines = new Set(all.filter(ownLine).map((c) => lineOf(c.offset)));
  const result = [];
  for (const comment of all) {
    const match = DIRECTIVE.exec(comment.source.replace(/\r$/, ""));
    if (!match) continue;
    const line = lineOf(comment.offset);
    let coversLine = line;
    if (ownLine(comment)) {
      coversLine = line + 1;
      while (commentOnlyLines.has(coversLine) && coversLine <= lineCount) coversLine++;
    }
    result.push({
      file: file.file,
      line,
      ...parseDirective(match[1] ?? ""),
      range: toRange(file.lineCounter, comment.offset, comment.offset + comment.source.replace(/\r$/, "").length),
      coversLine
    });
  }
  return result;
}
function startsInside(finding, range) {
  const afterStart = finding.line > range.line || finding.line === range.line && finding.column >= range.column;
  const beforeEnd = finding.line < range.endLine || finding.line === range.endLine && finding.column < range.endColumn;
  return afterStart && beforeEnd;
}
function nodesStartingOn(file, line) {
  const ranges = [];
  for (const document of file.documents) {
    for (const path of document.ranges.values()) if (path.whole.line === line) ranges.push(path.whole);
  }
  return ranges;
}
var ruleLookup = createLookup(RULES.map((rule) => ({ id: rule.id, aliases: [] })));
function suppressible(ruleId) {
  return !SUPPRESSION_RULES.includes(ruleId);
}
function stageFinding(ruleId, suppression, message) {
  return {
    ruleId,
    severity: ruleById(ruleId)?.defaultSeverity ?? "warning",
    message,
    file: suppression.file,
    line: suppression.range.line,
    column: suppression.range.column,
    endLine: suppression.range.endLine,
    endColumn: suppression.range.endColumn
  };
}
function unusedMessage(id, suppression) {
  if (!ruleById(id)) {
    const suggestions = ruleLookup.suggest(id);
    const valid = RULES.map((rule) => rule.id).filter(suppressible);
    const hint = suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `${quote(s)}`).join(" or ")}?` : `the rule ids are ${valid.join(", ")}`;
    return `${quote(id)} is not a rule id, so this llm-physics-ignore suppresses nothing for it; ${hint}`;
  }
  if (!suppressible(id)) return `${id} findings cannot be suppressed; remove ${quote(id)} from this llm-physics-ignore comment`;
  const where = suppression.coversLine === suppression.line ? "this line" : `line ${suppression.coversLine}`;
  return `llm-physics-ignore ${id} suppressed nothing: no ${id} finding starts on ${where} or inside the node that starts there; remove it, or move the comment to the finding's line or the line above it`;
}
function applySuppressions(file, findings, suppressions) {
  const mine = suppressions.filter((s) => s.file === file.file);
  const coverage = mine.map((s) => nodesStartingOn(file, s.coversLine));
  const used = mine.map(() => /* @__PURE__ */ new Set());
  const kept = [];
  const suppressed = [];
  for (const finding of findings) {
    let hidden = false;
    if (finding.file === file.file && suppressible(finding.ruleId)) {
      mine.forEach((s, i) => {
        if (!s.ruleIds.includes(finding.ruleId)) return;
        if (finding.line === s.coversLine || coverage[i].some((range) => startsInside(finding, range))) {
          used[i].add(finding.ruleId);
          hidden = true;
        }
      });
    }
    (hidden ? suppressed : kept).push(finding);
  }
  const own = [];
  mine.forEach((s, i) => {
    const ids = s.ruleIds.join(", ");
    if (s.ruleIds.length === 0) {
      own.push(
        stageFinding(
          "unused-suppression",
          s,
          "llm-physics-ignore names no rule id, so it suppresses nothing; write `# llm-physics-ignore <rule-id> -- <reason>`"
        )
      );
    } else if (s.reason === null) {
      own.push(
        stageFinding(
          "suppression-without-reason",
          s,
          `llm-physics-ignore ${ids} gives no reason; say why after a double dash: \`# llm-physics-ignore ${ids} -- <reason>\``
        )
      );
    }
    for (const id of new Set(s.ruleIds)) if (!used[i].has(id)) own.push(stageFinding("unused-suppression", s, unusedMessage(id, s)));
  });
  return { kept, suppressed, findings: own };
}

// src/report/bounds.ts
var FINDINGS_PER_RULE_PER_FILE = 100;
var REPORT_VALUE_MAX_CHARS = 200;
function capFindings(findings, perRulePerFile = FINDINGS_PER_RULE_PER_FILE) {
  const sorted = [...findings].sort(compareFindings);
  const counts = /* @__PURE__ */ new Map();
  const cut = /* @__PURE__ */ new Map();
  const kept = [];
  for (const f of sorted) {
    const key = `${f.file}\0${f.ruleId}`;
    const seen = counts.get(key) ?? 0;
    counts.set(key, seen + 1);
    if (seen < perRulePerFile) {
      kept.push(f);
      continue;
    }
    const entry = cut.get(key);
    if (!entry) cut.set(key, { first: f, count: 1, severity: f.severity });
    else {
      entry.count++;
      if (severityRank(f.severity) > severityRank(entry.severity)) entry.severity = f.severity;
    }
  }
  for (const { first, count, severity } of cut.values()) {
    const total = perRulePerFile + count;
    kept.push({
      ruleId: first.ruleId,
      severity,
      message: `${groupDigits(count)} more ${first.ruleId} finding${count === 1 ? "" : "s"} in this file from here on are not listed (${groupDigits(total)} in all; at most ${perRulePerFile} of a rule are listed per file); fix the ones above and run again`,
      file: first.file,
      line: first.line,
      column: first.column,
      endLine: first.endLine,
      endColumn: first.endColumn
    });
  }
  return kept.sort(compareFindings);
}
function boundValue(value, maxChars = REPORT_VALUE_MAX_CHARS) {
  const escaped = escapeControl(value);
  if (escaped.length <= maxChars) return escaped;
  return `${cutAt(escaped, maxChars)}\u2026 (${groupDigits(value.length)} characters)`;
}
function boundFact(fact) {
  return { ...fact, value: typeof fact.value === "string" ? boundValue(fact.value) : fact.value, path: boundValue(fact.path, 400) };
}
function boundDeployment(d) {
  const facts = {};
  for (const [name, fact] of Object.entries(d.facts)) facts[name] = boundFact(fact);
  return {
    ...d,
    name: boundValue(d.name),
    model: {
      ...d.model,
      input: boundValue(d.model.input),
      id: d.model.id === null ? null : boundValue(d.model.id),
      name: d.model.name === null ? null : boundValue(d.model.name),
      resolvedFrom: d.model.resolvedFrom === null ? null : boundMessage(d.model.resolvedFrom, 600)
    },
    hardware: { ...d.hardware, gpu: d.hardware.gpu === null ? null : boundValue(d.hardware.gpu) },
    facts,
    estimate: d.estimate === null ? null : {
      ...d.estimate,
      model: { ...d.estimate.model, id: boundValue(d.estimate.model.id), name: boundValue(d.estimate.model.name), resolvedFrom: boundMessage(d.estimate.model.resolvedFrom, 600) }
    }
  };
}
function boundReport(report) {
  return {
    ...report,
    deployments: report.deployments.map(boundDeployment),
    findings: report.findings.map((f) => ({ ...f, message: boundMessage(f.message), ...f.deployment !== void 0 ? { deployment: boundValue(f.deployment) } : {} })),
    skipped: report.skipped.map((s) => ({ file: s.file, reason: boundMessage(s.reason) }))
  };
}

// src/report/build.ts
function verdictOf(findings, estimated) {
  if (findings.some((f) => f.severity === "error")) return "fail";
  if (!estimated) return "incomplete";
  return findings.length > 0 ? "warn" : "pass";
}
function factsOf(deployment) {
  const facts = {};
  for (const name of FACT_NAMES) {
    const fact = deployment[name];
    if (!fact) continue;
    const value = typeof fact.value === "string" || typeof fact.value === "number" ? fact.value : fact.value.name ?? "inline architecture";
    facts[name] = {
      value,
      file: fact.range.file ?? deployment.file,
      line: fact.range.line,
      column: fact.range.column,
      path: fact.path,
      ...fact.via && "assumed" in fact.via ? { assumed: true } : {}
    };
  }
  return facts;
}
function deploymentReport(context, findings, reads = []) {
  const { deployment } = context;
  const e = context.estimate;
  const model = context.model.ok ? context.model.value : null;
  const modelValue = deployment.model.value;
  const scenario = e ? e.scenarios[e.primaryPrecision] : void 0;
  return {
    name: deployment.name,
    file: deployment.file,
    line: deployment.range.line,
    format: deployment.format,
    model: {
      input: typeof modelValue === "string" ? modelValue : modelValue.name ?? "inline architecture",
      id: model?.id ?? null,
      name: model?.name ?? null,
      resolvedFrom: model?.resolvedFrom ?? null,
      source: model ? model.source ?? "catalog" : null,
      revision: model?.revision ?? null,
      paramsTotal: e?.model.paramsTotal ?? null,
      paramsActive: e?.model.paramsActive ?? null,
      weightsBytes: e?.model.weightsBytes ?? null,
      checkpoint: model?.checkpoint ?? null
    },
    hardware: { gpu: deployment.gpu?.value ?? null, gpuId: context.gpu.ok ? context.gpu.value.id : null, count: deployment.gpuCount.value },
    requirement: context.requirement,
    precision: e?.primaryPrecision ?? deployment.precision?.value ?? null,
    tier: e?.tier ?? null,
    scenarios: e?.scenarios ?? {},
    headroomPercent: scenario?.headroomPercent ?? null,
    bandwidth: e ? e.bandwidth : null,
    facts: factsOf(deployment),
    concurrencyIsEngineCap: deployment.concurrencyIsEngineCap === true,
    verdict: verdictOf(findings, e !== null),
    estimate: e,
    ...reads.length > 0 ? { reads: [...reads] } : {}
  };
}

// src/pipeline/baseline.ts
import { lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname as dirname2, isAbsolute, relative, resolve } from "node:path";
var BASELINE_MAX_BYTES = 2e7;
var BaselineError = class extends ConfigError {
};
function shown(absolute, root) {
  const rel = relative(root, absolute);
  return (rel === "" || rel.startsWith("..") || isAbsolute(rel) ? absolute : rel).split("\\").join("/");
}
function loadBaseline(path, root) {
  const absolute = resolve(root, path ?? BASELINE_FILE);
  const name = shown(absolute, root);
  if (!exists(absolute)) {
    if (path === null) return null;
    throw new BaselineError(`baseline file not found; write it with \`llm-physics baseline\`, or check the --baseline path`, name);
  }
  if (!isInside(resolve(root), absolute)) throw new BaselineError("the baseline file must be inside the repository", name);
  const read = readGuarded(absolute, { root: realRoot(root), maxBytes: BASELINE_MAX_BYTES });
  if (!read.ok) {
    const why = read.refusal === "too-large" ? `is over ${BASELINE_MAX_BYTES} bytes; write it again with \`llm-physics baseline\`` : read.message;
    throw new BaselineError(`the baseline file ${why}`, name);
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw new BaselineError(`the baseline file is not valid ${decoded.encoding} text; write it again with \`llm-physics baseline\``, name);
  try {
    return parseBaseline(decoded.text);
  } catch (error) {
    if (error instanceof BaselineFormatError) throw new BaselineError(`the baseline file ${error.message}`, name);
    throw error;
  }
}
function writeBaseline(root, path, baseline) {
  const absolute = resolve(root, path ?? BASELINE_FILE);
  const name = shown(absolute, root);
  if (!isInside(resolve(root), absolute) || absolute === resolve(root)) throw new BaselineError("the baseline file must be inside the repository", name);
  try {
    mkdirSync(dirname2(absolute), { recursive: true });
    if (!isInside(realRoot(root), realpathSync.native(dirname2(absolute)))) throw new BaselineError("the baseline file's folder leads outside the repository (a symlink); not written", name);
    if (exists(absolute) && lstatSync(absolute).isDirectory()) throw new BaselineError("is a directory; pass a file name, e.g. .llm-physics/baseline.json", name);
    const temporary = `${absolute}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFileSync(temporary, serializeBaseline(baseline), { mode: 420, flag: "wx" });
      renameSync(temporary, absolute);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  } catch (error) {
    if (error instanceof BaselineError) throw error;
    throw new BaselineError(`the baseline file could not be written: ${error.code ?? error.message}`, name);
  }
  return name;
}

// src/pipeline/read.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep } from "node:path";

// src/read/candidate.ts
function sizeText(bytes) {
  return bytes >= 1e6 ? `${formatFixed(bytes / 1e6, 1)} MB (10^6 bytes)` : `${formatInteger(bytes)} bytes`;
}
var SNIFF_BYTES = 64 * 1024;
function textHasMarker(scanner, content) {
  return scanner.test(typeof content === "string" ? Buffer.from(content, "latin1") : content);
}
function bytesHaveMarker(scanner, bytes, detected = detectEncoding(bytes)) {
  return detected.encoding === "UTF-8" ? scanner.test(bytes) : textHasMarker(scanner, decodeLoosely(bytes, detected));
}
function readCandidate(entry, options) {
  const { maxFileSizeBytes, prefilter, root, scanner } = options;
  const read = readGuarded(entry.absolutePath, {
    root,
    maxBytes: maxFileSizeBytes,
    transient: true,
    ...entry.explicit ? {} : { headBytesWhenTooLarge: SNIFF_BYTES },
    ...entry.realPath !== void 0 ? { realPath: entry.realPath } : {},
    ...entry.regular === true ? { regular: true } : {}
  });
  if (!read.ok) {
    if (read.refusal === "too-large") {
      if (!entry.explicit && read.head && !bytesHaveMarker(scanner, read.head)) return { kind: "skip" };
      return {
        kind: "problem",
        message: `file is ${sizeText(read.sizeBytes ?? maxFileSizeBytes + 1)}, over the limit of ${sizeText(maxFileSizeBytes)}; split it, or raise maxFileSizeBytes in .llm-physics.yml`
      };
    }
    return { kind: "problem", message: `file ${read.message}` };
  }
  const buffer = read.bytes;
  const detected = detectEncoding(buffer);
  const utf8 = detected.encoding === "UTF-8";
  const candidate = entry.explicit || bytesHaveMarker(scanner, buffer, detected);
  if (prefilter && !candidate) return { kind: "skip" };
  if (utf8) {
    const nul2 = buffer.indexOf(0);
    if (nul2 >= 0) {
      if (!candidate) return { kind: "skip" };
      return { kind: "problem", message: `file is binary (a NUL byte at offset ${nul2}), not YAML; exclude it or pass only YAML files` };
    }
  }
  const decoded = decodeText(buffer, detected);
  if (!decoded.ok) return candidate ? { kind: "problem", message: decoded.message } : { kind: "skip" };
  const nul = utf8 ? -1 : decoded.text.indexOf("\0");
  if (nul >= 0) {
    if (!candidate) return { kind: "skip" };
    return { kind: "problem", message: `file is binary (a NUL character at character ${nul} of its ${detected.encoding} text), not YAML; exclude it or pass only YAML files` };
  }
  return { kind: "text", text: decoded.text };
}

// src/read/marker-scan.ts
var WINDOW = 6;
function markerScanner(markers) {
  const unique = [...new Set(markers)].filter((m) => m.length > 0);
  for (const m of unique) {
    if (!/^[\x20-\x7e]+$/.test(m)) throw new Error(`marker ${JSON.stringify(m)} is not printable ASCII`);
  }
  const needed = unique.filter((m) => !unique.some((o) => o !== m && m.includes(o)));
  const short = needed.filter((m) => m.length < WINDOW).map((m) => Buffer.from(m, "latin1"));
  const long = needed.filter((m) => m.length >= WINDOW).map((m) => Uint8Array.from(m, (ch) => ch.charCodeAt(0)));
  const w = long.length > 0 ? Math.min(255, ...long.map((m) => m.length)) : 0;
  const shift = new Uint8Array(65536).fill(Math.max(1, w - 1));
  const groupOf = new Uint16Array(65536);
  const groups = [[]];
  for (const m of long) {
    for (let q = 0; q + 2 <= w; q++) {
      const pair = m[q] << 8 | m[q + 1];
      shift[pair] = Math.min(shift[pair], w - 2 - q);
    }
    const last = m[w - 2] << 8 | m[w - 1];
    if (groupOf[last] === 0) {
      groupOf[last] = groups.length;
      groups.push([]);
    }
    groups[groupOf[last]].push(m);
  }
  return {
    test(data) {
      if (short.length > 0) {
        const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        for (const needle of short) if (buffer.indexOf(needle) >= 0) return true;
      }
      if (w === 0) return false;
      const n = data.length;
      let end = w - 1;
      while (end < n) {
        const pair = data[end - 1] << 8 | data[end];
        const jump = shift[pair];
        if (jump > 0) {
          end += jump;
          continue;
        }
        const start = end - w + 1;
        for (const m of groups[groupOf[pair]]) {
          const length = m.length;
          if (start + length > n) continue;
          let k = 0;
          while (k < length && data[start + k] === m[k]) k++;
          if (k === length) return true;
        }
        end++;
      }
      return false;
    }
  };
}

// src/pipeline/read.ts
function markerPattern(markers) {
  return new RegExp(markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}
var READ_MARKERS = [...ALL_MARKERS, ...REFERENCE_MARKERS];
var MARKERS = markerScanner(READ_MARKERS);
var REFERENCE_PATTERN = markerPattern(REFERENCE_MARKERS);
function hasMarker(content) {
  return textHasMarker(MARKERS, content);
}
function readRepository(files, options) {
  const { prefilter, root } = options;
  const references = new ReferenceIndex();
  const referenceFiles = /* @__PURE__ */ new Map();
  const candidates = [];
  const unchanged = [];
  for (const entry of files) {
    const checked = !options.onlyFiles || options.onlyFiles.has(entry.file);
    const read = readCandidate(entry, { maxFileSizeBytes: options.maxFileSizeBytes, prefilter, root, scanner: MARKERS });
    if (read.kind === "skip") continue;
    const candidate = { entry, read };
    if (read.kind === "text" && REFERENCE_PATTERN.test(read.text)) {
      candidate.parsed = parseYamlFile(entry.file, read.text);
      references.addFile(candidate.parsed.documents, entry.file, entry.absolutePath);
      referenceFiles.set(entry.file, candidate.parsed);
    }
    if (checked) candidates.push(candidate);
    else if (read.kind === "text") unchanged.push(candidate);
  }
  return { candidates, unchanged, references, referenceFiles };
}
function recordingReferences(references) {
  const files = /* @__PURE__ */ new Set();
  return {
    files,
    references: {
      find: (kind, name, namespace) => {
        const found = references.find(kind, name, namespace);
        for (const object of found) files.add(object.file);
        return found;
      },
      all: (kind) => references.all(kind)
    }
  };
}
function rangeFiles(value, into, depth) {
  if (depth < 0 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) rangeFiles(item, into, depth - 1);
    return;
  }
  const record = value;
  if (typeof record.file === "string" && typeof record.line === "number" && typeof record.column === "number") into.add(record.file);
  for (const item of Object.values(record)) rangeFiles(item, into, depth - 1);
}
function filesRead(deployment, notes, looked, cwd) {
  const files = new Set(looked);
  rangeFiles(deployment, files, 3);
  for (const note of notes) files.add(note.file);
  const model = deployment.model.value;
  if (typeof model === "string") {
    const config = configPathFor(model, deployment.baseDir);
    if (config !== void 0) {
      const rel = relative2(resolve2(cwd), config);
      if (rel !== "" && !rel.startsWith("..") && !isAbsolute2(rel)) files.add(rel.split(sep).join("/"));
    }
  }
  files.delete(deployment.file);
  return [...files].sort();
}
function readsChanged(reads, changed) {
  return reads !== void 0 && reads.some((file) => changed.has(file));
}

// src/pipeline/read-files.ts
function walkOf(request) {
  return {
    cwd: request.cwd,
    paths: request.paths,
    ...request.include ? { include: request.include } : {},
    ...request.exclude ? { exclude: request.exclude } : {}
  };
}
var FOUND_PER_BATCH = 512;
var KEPT_PER_BATCH = 8;
var FileReader = class {
  constructor(cwd, settings, send) {
    this.send = send;
    this.options = { maxFileSizeBytes: settings.maxFileSizeBytes, prefilter: true, root: realRoot(cwd), scanner: markerScanner(settings.markers) };
  }
  send;
  /** Files added, read or not. */
  found = 0;
  options;
  batch = [];
  foundInBatch = 0;
  add(entry) {
    this.found++;
    this.foundInBatch++;
    const read = readCandidate(entry, this.options);
    if (read.kind !== "skip") this.batch.push({ entry, read });
    if (this.batch.length >= KEPT_PER_BATCH || this.foundInBatch >= FOUND_PER_BATCH) this.flush();
  }
  flush() {
    if (this.batch.length > 0) this.send(this.batch);
    this.batch = [];
    this.foundInBatch = 0;
  }
};
function readFiles(request, send) {
  const reader = new FileReader(request.cwd, request, send);
  const discovery = discover({ ...walkOf(request), onFile: (entry) => reader.add(entry) });
  reader.flush();
  return { skipped: discovery.skipped, found: reader.found };
}

// src/pipeline/read-source.ts
function sameWalk(ahead, request) {
  const key = (w) => JSON.stringify([w.cwd, w.paths, w.include ?? [], w.exclude ?? []]);
  return key(ahead) === key(request);
}
async function readInBatches(request, onBatch, workerCode, ahead) {
  const settings = { maxFileSizeBytes: request.maxFileSizeBytes, markers: request.markers };
  if (ahead) {
    if (workerCode !== void 0 && sameWalk(ahead.walk, request)) {
      ahead.go(settings);
      return { ...await ahead.consume(onBatch), thread: "worker" };
    }
    ahead.cancel();
  }
  if (workerCode !== void 0 && walksDirectories(request)) {
    const thread = ReadThread.start(workerCode, walkOf(request), settings);
    if (thread) return { ...await thread.consume(onBatch), thread: "worker" };
  }
  const batches = [];
  const done = readFiles(request, (files) => batches.push(files));
  for (const files of batches) await onBatch(files);
  return { ...done, thread: "main" };
}

// src/pipeline/gpus.ts
var import_picomatch = __toESM(require_picomatch());
function specOf(custom, file) {
  const tera = 1e12;
  return {
    id: custom.id,
    name: custom.name ?? custom.id,
    vendor: custom.vendor ?? "nvidia",
    memoryBytes: custom.memoryMiB * 2 ** 20,
    bandwidthBytesPerSec: custom.bandwidthGBPerSec * 1e9,
    peakFlopsPerSec: {
      bf16: custom.bf16TFLOPS * tera,
      fp16: (custom.fp16TFLOPS ?? custom.bf16TFLOPS) * tera,
      fp8: custom.fp8TFLOPS !== void 0 ? custom.fp8TFLOPS * tera : null,
      int8: custom.int8TOPS !== void 0 ? custom.int8TOPS * tera : null
    },
    fp8Native: custom.fp8TFLOPS !== void 0,
    ...custom.interconnect ? { interconnect: custom.interconnect } : {},
    aliases: custom.aliases,
    source: `${file} gpuTypes: ${custom.source}`
  };
}
var catalogs = /* @__PURE__ */ new WeakMap();
function gpuCatalogFor(config) {
  const known = catalogs.get(config);
  if (known) return known;
  const file = config.file ?? ".llm-physics.yml";
  const custom = config.gpuTypes.map((g) => specOf(g, file));
  const base = createLookup(GPUS);
  for (const [i, spec] of custom.entries()) {
    for (const name of [spec.id, ...spec.aliases]) {
      const holder = base.find(name);
      if (holder) {
        const range = config.gpuTypes[i].range;
        throw new ConfigError(`gpuTypes: ${quote(name)} is already the catalog's ${holder.id}; name that GPU by it, or give the new one another id`, file, range.line, range.column);
      }
    }
  }
  const gpus = [...GPUS, ...custom];
  let lookup;
  try {
    lookup = createLookup(gpus);
  } catch (error) {
    throw new ConfigError(`gpuTypes: ${error.message}; give every GPU its own names`, file);
  }
  const catalog = { gpus, lookup };
  catalogs.set(config, catalog);
  return catalog;
}
function matches(mapping, deployment) {
  if (mapping.paths && !mapping.paths.some((glob) => import_picomatch.default.isMatch(deployment.file, glob, { dot: true }))) return false;
  if (mapping.nodeSelector) {
    const labels = deployment.nodeLabels?.labels ?? {};
    for (const [key, value] of Object.entries(mapping.nodeSelector)) {
      if (!Object.prototype.hasOwnProperty.call(labels, key) || labels[key] !== value) return false;
    }
  }
  return true;
}
var MEMORY_REQUEST_SHARE = 0.9;
function smallestWithMemory(gpus, memoryBytes) {
  return gpus.filter((g) => !g.unifiedMemory && !("mig" in g && g.mig) && g.memoryBytes >= memoryBytes * MEMORY_REQUEST_SHARE).sort((a, b) => a.memoryBytes - b.memoryBytes || a.id.localeCompare(b.id))[0];
}
function withDeclaredGpu(deployment, config, catalog) {
  if (deployment.gpu) return deployment;
  const mapping = config.gpus.find((m) => matches(m, deployment));
  if (mapping) {
    const assumedCount = deployment.gpuCount.via !== void 0 && "assumed" in deployment.gpuCount.via;
    const count = mapping.count !== void 0 && assumedCount ? { value: mapping.count, range: mapping.gpu.range, path: mapping.gpu.path.replace(".gpu ", ".count "), via: { key: "gpus" } } : void 0;
    return { ...deployment, gpu: mapping.gpu, ...count ? { gpuCount: count } : {} };
  }
  const request = deployment.gpuMemoryBytes;
  if (request) {
    const gpu = smallestWithMemory(catalog.gpus, request.value);
    if (gpu) {
      const exposed = formatGiB(gpu.memoryBytes);
      return {
        ...deployment,
        gpu: { value: gpu.id, range: request.range, path: `${request.path} (${formatGB(request.value)}: the smallest catalog GPU with that memory, ${gpu.id}, ${exposed} exposed)`, via: { assumed: true } }
      };
    }
  }
  return deployment;
}

// src/physics/consistency.ts
function architectureProblems(arch) {
  const problems = [];
  const a = arch.attention;
  if (!arch.mlp && !arch.moe) problems.push("it has neither mlp nor moe: give the feed-forward block as mlp (dense) or moe (experts)");
  if (a.kind === "standard" && a.numHeads % a.numKvHeads !== 0) {
    problems.push(`attention.numHeads ${a.numHeads} is not a multiple of attention.numKvHeads ${a.numKvHeads}: each KV head serves a whole group of query heads`);
  }
  const moe = arch.moe;
  if (moe) {
    if (moe.topK > moe.numExperts) problems.push(`moe.topK ${moe.topK} is more than moe.numExperts ${moe.numExperts}`);
    const dense = moe.firstDenseLayers ?? 0;
    if (dense > 0 && !arch.mlp) problems.push(`moe.firstDenseLayers is ${dense} but there is no mlp for those dense layers`);
    if (dense > arch.numLayers) problems.push(`moe.firstDenseLayers ${dense} is more than numLayers ${arch.numLayers}`);
  }
  const types = arch.slidingWindow?.layerTypes;
  if (types && types.length !== arch.numLayers) {
    problems.push(`slidingWindow.layerTypes lists ${types.length} layers but numLayers is ${arch.numLayers}`);
  }
  return problems;
}

// src/pipeline/resolve.ts
function inlineModelInput(deployment, inline) {
  const problems = architectureProblems(inline.architecture);
  if (problems.length > 0) {
    return { ok: false, message: `the inline architecture cannot be computed: ${problems.join("; ")}`, suggestions: [], failure: "inline-architecture-invalid" };
  }
  const value = {
    id: inline.name ?? `${deployment.name} (inline architecture)`,
    name: inline.name ?? "inline architecture",
    architecture: inline.architecture,
    maxContextTokens: inline.maxContextTokens,
    nativePrecision: "bf16",
    resolvedFrom: `inline in ${deployment.file}`,
    source: "inline"
  };
  return { ok: true, value };
}
function resolveGpuName(name, catalog) {
  const gpu = catalog.lookup.find(name);
  if (gpu) return { ok: true, value: gpu };
  return { ok: false, message: `unknown GPU ${quote(name)}`, suggestions: catalog.lookup.suggest(name) };
}
function servingContext(deployment, model, gpu) {
  if (deployment.contextLength) return { contextTokens: deployment.contextLength.value, model };
  if (model.servingDefaults?.engine === "ollama") {
    const totalVramBytes = gpu.memoryBytes * deployment.gpuCount.value;
    const context = ollamaContext({ totalVramBytes, modelContextTokens: model.maxContextTokens });
    const tokens = context.contextTokens ?? 4096;
    const why = `context ${tokens} tokens assumed: Ollama's default num_ctx (v0.15.5 and later choose it by total VRAM, here ${formatGiB(totalVramBytes)}); set OLLAMA_CONTEXT_LENGTH or the Modelfile's num_ctx and declare it to check another`;
    return { contextTokens: tokens, model: { ...model, assumptions: [...model.assumptions ?? [], why] } };
  }
  return { contextTokens: model.maxContextTokens, model };
}
function estimateDeployment(deployment, resolved, gpu) {
  const { contextTokens, model } = servingContext(deployment, resolved, gpu);
  const options = {
    gpuCount: deployment.gpuCount.value,
    precision: deployment.precision?.value,
    kvPrecision: deployment.kvCachePrecision?.value,
    contextTokens,
    batch: deployment.concurrencyIsEngineCap ? 1 : deployment.concurrency?.value ?? 1,
    targetTokensPerSec: deployment.targetTokensPerSecond?.value,
    memoryFraction: deployment.memoryFraction?.value,
    tensorParallel: deployment.tensorParallel?.value,
    pipelineParallel: deployment.pipelineParallel?.value,
    dataParallel: deployment.dataParallel?.value,
    expertsSpanDataParallel: deployment.expertsSpanDataParallel,
    ...deployment.engine ? { engine: engineSettingsOf(deployment) } : {},
    ...speedEngineOf(deployment, model)
  };
  try {
    const first = estimate(model, gpu, options);
    return deployment.contextChosenByEngine ? engineChosenContext(first, model, gpu, options) : first;
  } catch (error) {
    if (!(error instanceof EstimateError)) throw error;
  }
  const count = options.gpuCount;
  if (count < 1) return null;
  const asked = `tensor parallel ${options.tensorParallel ?? 1} \xD7 pipeline parallel ${options.pipelineParallel ?? 1}${options.dataParallel ? ` \xD7 data parallel ${options.dataParallel}` : ""}`;
  const pp = Math.min(options.pipelineParallel ?? 1, count);
  const dp = Math.max(1, Math.min(options.dataParallel ?? 1, Math.floor(count / (pp * (options.tensorParallel ?? 1)))));
  const tp = Math.max(1, Math.min(options.tensorParallel ?? count, Math.floor(count / (pp * dp))));
  try {
    const fallback = estimate(model, gpu, { ...options, tensorParallel: tp, pipelineParallel: pp, dataParallel: dp });
    fallback.notes.push(
      `${asked} needs more than the ${count} GPU${count === 1 ? "" : "s"} the deployment has: estimated at tensor parallel ${tp} \xD7 pipeline parallel ${pp}${dp > 1 || options.dataParallel ? ` \xD7 data parallel ${dp}` : ""}, the most they allow`
    );
    return fallback;
  } catch (error) {
    if (error instanceof EstimateError) return null;
    throw error;
  }
}
function speedEngineOf(deployment, model) {
  const e = deployment.engine;
  if (e) return { speedEngine: { name: e.name, ...e.version ? { version: e.version } : {}, ...e.eager ? { eager: true } : {} } };
  if (model.servingDefaults?.engine === "ollama") return { speedEngine: { name: "ollama" } };
  return {};
}
function engineSettingsOf(deployment) {
  const engine = deployment.engine;
  return engineSettingsFor(engine.name, {
    ...engine.version !== void 0 ? { version: engine.version } : {},
    ...deployment.memoryFraction ? { memoryFraction: deployment.memoryFraction.value } : {},
    ...deployment.concurrencyIsEngineCap && deployment.concurrency ? { maxNumSeqs: deployment.concurrency.value } : {},
    ...engine.eager ? { eager: true } : {}
  });
}
function engineChosenContext(full, model, gpu, options) {
  const scenario = full.scenarios[full.primaryPrecision];
  if (!scenario || scenario.fits || full.kvCapacityTokens < 16) return full;
  const tokens = Math.min(full.kvCapacityTokens, model.maxContextTokens);
  const why = `context ${tokens} tokens assumed: no max-model-len is set, and the engine lowers it to what fits at start (the model's ${model.maxContextTokens} do not)`;
  const chosen = estimate({ ...model, assumptions: [...model.assumptions ?? [], why] }, gpu, { ...options, contextTokens: tokens });
  return chosen.scenarios[chosen.primaryPrecision]?.fits ? chosen : full;
}
var discreteGpuLists = /* @__PURE__ */ new WeakMap();
function discreteGpus(catalog) {
  let list = discreteGpuLists.get(catalog.gpus);
  if (!list) {
    list = catalog.gpus.filter((g) => !g.unifiedMemory && !g.mig).sort((a, b) => a.memoryBytes - b.memoryBytes || a.id.localeCompare(b.id));
    discreteGpuLists.set(catalog.gpus, list);
  }
  return list;
}
function requirementOf(deployment, model, catalog) {
  const candidates = discreteGpus(catalog);
  const perGpu = model.servingDefaults !== void 0 || deployment.contextChosenByEngine === true;
  let first = null;
  const fitting = [];
  for (const gpu of candidates) {
    if (first && !perGpu) {
      const s2 = first.scenarios[first.primaryPrecision];
      if (s2.perGpuBytes <= usableBytes(gpu.memoryBytes, first.inputs.memoryFraction)) fitting.push(gpu.id);
      continue;
    }
    const e = estimateDeployment(deployment, model, gpu);
    if (!e) continue;
    first ??= e;
    if (e.scenarios[e.primaryPrecision]?.fits) fitting.push(gpu.id);
  }
  if (!first) return null;
  const s = first.scenarios[first.primaryPrecision];
  return {
    precision: first.primaryPrecision,
    perGpuBytes: s.perGpuBytes,
    perGpuWeightsBytes: s.perGpuWeightsBytes,
    perGpuKvCacheBytes: s.perGpuKvCacheBytes,
    perGpuWorkspaceBytes: s.perGpuWorkspaceBytes,
    gpuCount: first.hardware.count,
    tensorParallel: first.inputs.tensorParallel,
    pipelineParallel: first.inputs.pipelineParallel,
    dataParallel: first.inputs.dataParallel,
    contextTokens: first.inputs.contextTokens,
    requiredBandwidthBytesPerSec: first.bandwidth.requiredBytesPerSec,
    fittingGpus: fitting
  };
}
function withDataParallelPods(deployment) {
  const dp = deployment.dataParallel?.value ?? 1;
  const local = deployment.dataParallelLocal;
  if (!local || local.value >= dp) return deployment;
  const perRank = (deployment.tensorParallel?.value ?? 1) * (deployment.pipelineParallel?.value ?? 1);
  const count = deployment.gpuCount;
  if (count.value >= perRank * dp || count.value < perRank * local.value) return deployment;
  const pods = Math.ceil(dp / local.value);
  return {
    ...deployment,
    gpuCount: { ...count, value: count.value * pods, path: `${count.path} \xD7 ${pods} pods (data parallel ${dp} \xF7 ${local.value} ranks per pod)` }
  };
}
function resolveDeployment(declared, repository, config, external) {
  const catalog = gpuCatalogFor(config);
  const deployment = withDataParallelPods(withDeclaredGpu(declared, config, catalog));
  const modelValue = deployment.model.value;
  const model = typeof modelValue === "string" ? resolveManifestModel(modelValue, deployment.baseDir, repository, external) : inlineModelInput(deployment, modelValue);
  const gpu = deployment.gpu ? (() => {
    const found = resolveGpuName(deployment.gpu.value, catalog);
    return found.ok ? found : { ok: false, suggestions: found.suggestions };
  })() : { ok: false, suggestions: [], undeclared: true };
  const estimate2 = model.ok && gpu.ok ? estimateDeployment(deployment, model.value, gpu.value) : null;
  return {
    deployment,
    model,
    gpu,
    estimate: estimate2,
    requirement: model.ok && !gpu.ok ? requirementOf(deployment, model.value, catalog) : null,
    policy: effectivePolicy(config.policy, deployment.policy)
  };
}

// src/pipeline/check-core.ts
var VERSION = "0.1.0";
var FAIL_ON = ["error", "warning", "notice", "never"];
function failsAt(report, failOn) {
  if (failOn === "never") return false;
  return report.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}
var MAX_DEPLOYMENTS_PER_FILE = 1e3;
function fileProblem(file, message) {
  return { ruleId: "yaml-syntax", severity: "error", message, file, ...FILE_START };
}
function unreadable(file, message, options) {
  return { file, problem: applySeverity([fileProblem(file, message)], { severity: options.config.rules })[0] };
}
function adaptDocument(document, file, absolutePath, references, findings, adapters) {
  for (const adapter of adapters) {
    try {
      const adapted = adapter.adapt(document, file, absolutePath, references);
      if (adapted) return adapted;
    } catch (error) {
      findings.push({
        ruleId: "incomplete-deployment",
        severity: "warning",
        message: `this document could not be read as ${adapter.format} (${error.message}), so it is not checked; please report it with the document to the llm-physics issue tracker`,
        file,
        ...document.range
      });
      return null;
    }
  }
  return null;
}
function adaptFile(entry, parsed, references, options, adapters) {
  const { config } = options;
  const settings = { severity: config.rules };
  const steps = [{ findings: applySeverity(parsed.findings, settings) }];
  let deployments = 0;
  let unchecked = null;
  let looked = /* @__PURE__ */ new Set();
  const evaluate = (deployment, notes, unlessGpuMapped = []) => {
    if (deployments === MAX_DEPLOYMENTS_PER_FILE) {
      unchecked ??= deployment;
      return;
    }
    deployments++;
    steps.push({ deployment, notes, reads: filesRead(deployment, [...notes, ...unlessGpuMapped], looked, options.cwd), ...unlessGpuMapped.length > 0 ? { unlessGpuMapped } : {} });
  };
  for (const document of parsed.documents) {
    if (!isNativeDocument(document.value)) {
      const failures = [];
      const recording = recordingReferences(references);
      looked = recording.files;
      const adapted = adaptDocument(document, entry.file, entry.absolutePath, recording.references, failures, adapters);
      steps.push({ findings: applySeverity(failures, settings) });
      if (!adapted) continue;
      const toFinding = (note) => ({ ruleId: "incomplete-deployment", severity: note.severity, message: note.message, file: entry.file, ...note.range });
      const notes = applySeverity(adapted.notes.filter((n) => n.code !== "gpu-type-missing").map(toFinding), settings);
      const gpuMissing = applySeverity(adapted.notes.filter((n) => n.code === "gpu-type-missing").map(toFinding), settings);
      const [only, ...others] = adapted.deployments;
      if (only && others.length === 0) {
        evaluate(only, notes.map((n) => ({ ...n, deployment: only.name })), gpuMissing.map((n) => ({ ...n, deployment: only.name })));
      } else {
        steps.push({ findings: [...notes, ...gpuMissing] });
        adapted.deployments.forEach((d) => evaluate(d, []));
      }
      continue;
    }
    const schemaFindings = validateDocument("inference-deployment", document, entry.file);
    if (schemaFindings.length > 0) {
      steps.push({ findings: applySeverity(schemaFindings, settings) });
      continue;
    }
    looked = /* @__PURE__ */ new Set();
    evaluate(adaptNative(document, entry.file, entry.absolutePath), []);
  }
  if (unchecked !== null) {
    const first = unchecked;
    steps.push({
      findings: applySeverity(
        [{ ...fileProblem(entry.file, `file holds more than ${MAX_DEPLOYMENTS_PER_FILE} deployments; the first ${MAX_DEPLOYMENTS_PER_FILE} are checked and the rest, from ${first.name} on, are not: split the file`), ...first.range }],
        settings
      )
    });
  }
  if (entry.explicit && parsed.documents.length === 0 && parsed.findings.length === 0) {
    steps.push({ findings: applySeverity([{ ...fileProblem(entry.file, "file has no YAML documents (it is empty or only comments): nothing to check"), severity: "notice" }], settings) });
  }
  return { steps };
}
function evaluateFile(adapted, options, repository, external) {
  const settings = { severity: options.config.rules };
  const findings = [];
  const evaluated = [];
  for (const step of adapted.steps) {
    if ("findings" in step) {
      findings.push(...step.findings);
      continue;
    }
    const context = resolveDeployment(step.deployment, repository, options.config, external);
    const mapped = !step.deployment.gpu && context.deployment.gpu !== void 0;
    const own = [...step.notes, ...mapped ? [] : step.unlessGpuMapped ?? [], ...evaluateDeployment(context, settings)];
    findings.push(...own);
    evaluated.push({ context, findings: own, reads: step.reads });
  }
  return { findings, evaluated };
}
function modelReferences(files) {
  const references = /* @__PURE__ */ new Set();
  for (const file of files) {
    for (const step of file.steps) {
      if (!("deployment" in step)) continue;
      const value = step.deployment.model.value;
      if (typeof value === "string" && !configPathFor(value, step.deployment.baseDir)) references.add(value);
    }
  }
  return references;
}
function repositoryOf(options, root) {
  return { repository: { root: options.cwd, realRoot: root }, baseline: options.baseline === void 0 ? loadBaseline(null, options.cwd) : options.baseline };
}
function readStage(options) {
  gpuCatalogFor(options.config);
  const discovery = discover({
    cwd: options.cwd,
    paths: options.paths,
    include: options.config.include,
    exclude: options.config.exclude
  });
  const prefilter = options.prefilter ?? true;
  const root = realRoot(options.cwd);
  const { repository, baseline } = repositoryOf(options, root);
  const read = readRepository(discovery.files, { maxFileSizeBytes: options.config.maxFileSizeBytes, prefilter, root, ...options.onlyFiles ? { onlyFiles: options.onlyFiles } : {} });
  return { discovery, prefilter, repository, baseline, read };
}
async function prepareCheckLazily(options) {
  if ((options.prefilter ?? true) && !options.onlyFiles) return prepareCheckStreaming(options);
  options.readAhead?.cancel();
  const stage = readStage(options);
  if (!stage.prefilter) {
    const all = await loadAdapters(FORMATS);
    return adaptStage(stage, options, () => all);
  }
  const perText = /* @__PURE__ */ new Map();
  const wanted = /* @__PURE__ */ new Set();
  for (const { read } of [...stage.read.candidates, ...options.onlyFiles ? stage.read.unchanged : []]) {
    if (read.kind !== "text") continue;
    const entries = formatsIn(read.text);
    perText.set(read.text, entries);
    for (const entry of entries) wanted.add(entry);
  }
  const byFormat = new Map((await loadAdapters(wanted)).map((adapter) => [adapter.format, adapter]));
  return adaptStage(stage, options, (text) => (perText.get(text) ?? formatsIn(text)).map((entry) => byFormat.get(entry.format)));
}
function foundKey(objects) {
  return objects.map((o) => `${o.file}\0${o.document.index}\0${o.kind}`).join("");
}
async function prepareCheckStreaming(options) {
  gpuCatalogFor(options.config);
  const arrivals = [];
  const soFar = new ReferenceIndex();
  let log = [];
  const recording = {
    find: (kind, name, namespace) => {
      const found = soFar.find(kind, name, namespace);
      log.push({ kind, name, ...namespace !== void 0 ? { namespace } : {}, found: foundKey(found) });
      return found;
    },
    all: (kind) => {
      const found = soFar.all(kind);
      log.push({ kind, found: foundKey(found) });
      return found;
    }
  };
  const { config } = options;
  const request = {
    cwd: options.cwd,
    paths: options.paths,
    ...config.include ? { include: config.include } : {},
    ...config.exclude ? { exclude: config.exclude } : {},
    maxFileSizeBytes: config.maxFileSizeBytes,
    markers: READ_MARKERS
  };
  const outcome = await readInBatches(
    request,
    async (files) => {
      for (const { entry, read } of files) {
        if (read.kind === "problem") {
          arrivals.push({ entry, lookups: [], checked: unreadable(entry.file, read.message, options) });
          continue;
        }
        const { text } = read;
        const yamlFile = parseYamlFile(entry.file, text);
        const reference = REFERENCE_PATTERN.test(text);
        if (reference) soFar.addFile(yamlFile.documents, entry.file, entry.absolutePath);
        const adapters = await loadAdapters(formatsIn(text));
        log = [];
        const checked2 = checkedFile(entry.file, yamlFile, adaptFile(entry, yamlFile, recording, options, adapters));
        const lookups = log;
        arrivals.push({ entry, checked: checked2, lookups, ...reference ? { yamlFile } : {}, ...lookups.length > 0 ? { text, adapters } : {} });
      }
    },
    options.readWorker === false ? void 0 : READ_WORKER_CODE,
    options.readAhead
  );
  const byName = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  arrivals.sort((a, b) => byName(a.entry.file, b.entry.file));
  const references = soFar.inFileOrder(byName);
  const referenceFiles = /* @__PURE__ */ new Map();
  for (const { entry, yamlFile } of arrivals) if (yamlFile) referenceFiles.set(entry.file, yamlFile);
  const answered = (l) => foundKey(l.name === void 0 ? references.all(l.kind) : references.find(l.kind, l.name, l.namespace)) === l.found;
  const checked = [];
  for (const arrival of arrivals.splice(0)) {
    const { entry, lookups, text, adapters } = arrival;
    if (lookups.every(answered)) {
      checked.push(arrival.checked);
      continue;
    }
    const yamlFile = arrival.yamlFile ?? parseYamlFile(entry.file, text);
    checked.push(checkedFile(entry.file, yamlFile, adaptFile(entry, yamlFile, references, options, adapters)));
  }
  const { repository, baseline } = repositoryOf(options, realRoot(options.cwd));
  return preparedCheck(checked, { skipped: outcome.skipped, repository, baseline, referenceFiles }, options);
}
function checkedFile(file, yamlFile, adapted) {
  const suppressions = findSuppressions(yamlFile);
  return { file, adapted, suppressions, ...suppressions.length > 0 ? { yamlFile } : {} };
}
function adaptStage(stage, options, adaptersFor) {
  const { discovery, prefilter, repository, baseline } = stage;
  const { candidates, unchanged, references, referenceFiles } = stage.read;
  const checked = [];
  for (const { entry, read, parsed } of candidates) {
    if (read.kind === "problem") {
      checked.push(unreadable(entry.file, read.message, options));
      continue;
    }
    const yamlFile = parsed ?? parseYamlFile(entry.file, read.text);
    const adapted = adaptFile(entry, yamlFile, references, options, adaptersFor(read.text));
    if (!prefilter && !entry.explicit && !adapted.steps.some((step) => "deployment" in step) && !hasMarker(read.text)) continue;
    checked.push(checkedFile(entry.file, yamlFile, adapted));
  }
  if (options.onlyFiles) {
    const changed = options.onlyFiles;
    for (const { entry, read, parsed } of unchanged) {
      if (read.kind !== "text") continue;
      const yamlFile = parsed ?? parseYamlFile(entry.file, read.text);
      const adapted = adaptFile(entry, yamlFile, references, options, adaptersFor(read.text));
      if (adapted.steps.some((step) => "deployment" in step && readsChanged(step.reads, changed))) checked.push(checkedFile(entry.file, yamlFile, adapted));
    }
  }
  return preparedCheck(checked, { skipped: discovery.skipped, repository, baseline, referenceFiles }, options);
}
function preparedCheck(checked, context, options) {
  const { skipped, repository, baseline, referenceFiles } = context;
  const settings = { severity: options.config.rules };
  const finish = (external, extra = []) => {
    const findings = applySeverity(extra, settings);
    const evaluated = [];
    let suppressed = 0;
    const suppress = (parsed, list, stage, suppressions = findSuppressions(parsed)) => {
      const applied = applySuppressions(parsed, list, suppressions);
      findings.push(...applied.kept);
      if (stage) findings.push(...applySeverity(applied.findings, settings));
      suppressed += applied.suppressed.length;
    };
    const pending = /* @__PURE__ */ new Map();
    const checkedReferenceFiles = /* @__PURE__ */ new Set();
    const later = (file, list) => {
      const waiting = pending.get(file);
      if (waiting) waiting.push(...list);
      else pending.set(file, [...list]);
    };
    for (const item of checked) {
      if ("problem" in item) {
        findings.push(item.problem);
        continue;
      }
      const result = evaluateFile(item.adapted, options, repository, external);
      evaluated.push(...result.evaluated);
      const own = result.findings.filter((f) => f.file === item.file);
      for (const f of result.findings) if (f.file !== item.file) later(f.file, [f]);
      if (referenceFiles.has(item.file)) {
        checkedReferenceFiles.add(item.file);
        later(item.file, own);
      } else if (item.yamlFile) {
        suppress(item.yamlFile, own, true, item.suppressions);
      } else {
        findings.push(...own);
      }
    }
    for (const [file, list] of pending) {
      const parsed = referenceFiles.get(file);
      if (parsed) suppress(parsed, list, checkedReferenceFiles.has(file));
      else findings.push(...list);
    }
    options.onFindings?.(findings);
    const reported = new Set(findings);
    const deployments = evaluated.map((e) => deploymentReport(e.context, e.findings.filter((f) => reported.has(f)), e.reads));
    const accepted = baseline ? applyBaseline(findings, baseline) : null;
    const listed = capFindings(accepted ? accepted.kept : findings);
    deployments.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
    const count = (severity) => listed.filter((f) => f.severity === severity).length;
    return boundReport({
      tool: { name: "llm-physics", version: VERSION },
      deployments,
      findings: listed,
      skipped,
      summary: {
        errors: count("error"),
        warnings: count("warning"),
        notices: count("notice"),
        files: checked.length,
        deployments: deployments.length,
        suppressed,
        ...accepted ? { baselined: accepted.baselined.length } : {}
      }
    });
  };
  return { modelReferences: modelReferences(checked.flatMap((c) => "adapted" in c ? [c.adapted] : [])), repository, finish };
}

// src/pipeline/models.ts
async function lookUpModels(references, repository, options) {
  const settings = hubSettings(options.env, { offline: options.offline, token: options.token ?? null });
  const values = [...references];
  if (!values.some((value) => !modelLookup.find(value) && hubReference(value))) return { run: null, settings, lockProblem: null };
  const [{ hubCandidates, resolveExternal }, { defaultCacheDir, HubCache, readLock }] = await Promise.all([import("./resolver-NQEJRF5W.js"), import("./store-3WPGWHXH.js")]);
  const candidates = hubCandidates(values);
  if (candidates.size === 0) return { run: null, settings, lockProblem: null };
  let lock = null;
  let lockProblem = null;
  if (options.useLock !== false) {
    const at2 = options.lockRepository ?? repository;
    const read = readLock(at2.root, at2.realRoot);
    if (read.ok) lock = read.lock;
    else lockProblem = read.message;
  }
  const cacheDir = options.cacheDir === void 0 ? defaultCacheDir(options.env) : options.cacheDir;
  const run = await resolveExternal(candidates, {
    settings,
    cache: cacheDir ? new HubCache(cacheDir) : null,
    lock,
    userAgent: `llm-physics/${VERSION}`,
    ...options.http ? { http: options.http } : {}
  });
  return { run, settings, lockProblem };
}
async function finishWithModels(prepared, options) {
  const lookup = await lookUpModels(prepared.modelReferences, prepared.repository, options);
  const models = lookup.run?.models;
  const extra = lookup.lockProblem ? [{ ruleId: "unknown-model", severity: "warning", message: `${lookup.lockProblem}; models are looked up without it`, file: (await import("./store-3WPGWHXH.js")).LOCK_FILE, ...FILE_START }] : [];
  return { report: prepared.finish(models, extra), lookup };
}

export {
  RULES,
  loadBaseline,
  writeBaseline,
  VERSION,
  FAIL_ON,
  failsAt,
  prepareCheckLazily,
  lookUpModels,
  finishWithModels
};
