import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  CONSUMER_LIMIT_BYTES,
  TIER_BATCH,
  TIER_CONTEXT_TOKENS,
  WORKSTATION_LIMIT_BYTES,
  boundByPhrase,
  engineDisplayName,
  memoryScenario,
  speedRangeLabel,
  tierRank
} from "./chunk-K7HOJ2R2.js";
import {
  formatBandwidth,
  formatFixed,
  formatGB,
  formatGiB,
  formatInteger,
  formatParams,
  formatPercent,
  formatRate
} from "./chunk-W2ZXCMLG.js";
import {
  countParams
} from "./chunk-N4USQFRU.js";
import {
  SEED_SCENARIOS,
  bytesPerValue
} from "./chunk-ZZ4ZPONZ.js";
import {
  quote
} from "./chunk-LRW7K6N5.js";

// src/evaluate/rules/common.ts
function deploymentScenario(estimate) {
  return estimate.scenarios[estimate.primaryPrecision];
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
function hardwarePhrase(estimate) {
  const { tensorParallel: tp, pipelineParallel: pp, dataParallel: dp } = estimate.inputs;
  const gpus = `${estimate.hardware.count} \xD7 ${estimate.hardware.gpu}`;
  if (tp === 1 && pp === 1 && dp === 1) return gpus;
  const parts = [`tensor parallel ${tp}`];
  if (pp > 1) parts.push(`pipeline parallel ${pp}`);
  if (dp > 1) parts.push(`data parallel ${dp}${estimate.inputs.expertsSpanDataParallel ? ", experts split over all" : ""}`);
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
  description: "With a target speed set, checks two things. First the engine-aware decode prediction at the deployment's concurrency and context (docs/physics.md#decode-speed-engine-aware: bytes read by kind at the bandwidth the GPU's memory achieves, routed experts, the KV cache, a compute ceiling, fixed costs per layer for the engine and its version, tensor-parallel all-reduces), stated as a range from the model's measured error for that engine family and GPU class: when even the optimistic end of the range misses the target it is an error; when the prediction misses but the range reaches the target, a warning. Second the founding formula: decoding reads every active parameter once per token, so the target needs active parameters \xD7 bytes per parameter \xD7 tokens/s of memory bandwidth, which should stay within the policy's maxBandwidthUtilizationPercent (80% by default) of the GPUs' combined peak bandwidth (a warning). Fix it with a lower weight precision, more GPUs with tensor parallelism, GPUs with more bandwidth, lower concurrency, or a lower target.",
  check({ deployment, estimate, policy }) {
    const target = deployment.targetTokensPerSecond;
    if (!estimate || !target) return [];
    const d = estimate.decode;
    const results = [];
    if (d.tokensPerSecPerSequence < target.value) {
      const load = d.batch === 1 ? "1 sequence" : `concurrency ${formatInteger(d.batch)}${d.batchRunning < d.batch ? ` (${formatInteger(d.batchRunning)} at once: the KV cache holds no more)` : ""}`;
      const missed = d.highTokensPerSecPerSequence < target.value;
      const bound = boundByPhrase(d.boundBy);
      results.push({
        message: `the predicted decode speed is ~${formatRate(d.tokensPerSecPerSequence)} tokens/s per sequence, typically ${formatRate(d.lowTokensPerSecPerSequence)}\u2013${formatRate(d.highTokensPerSecPerSequence)} for ${speedRangeLabel(d.engineFamily, d.gpuClass)} (median error ${formatPercent(d.rangeMedianErrorPercent, 0)}), at ${load} and ${formatInteger(d.contextTokens)} tokens of context, ${bound}: ` + (missed ? `even the optimistic end is below the target of ${rate(target.value)} tokens/s` : `below the target of ${rate(target.value)} tokens/s, which only the optimistic end of the range reaches`) + "; use a lower weight precision, more GPUs with tensor parallelism, lower concurrency, or a lower target",
        range: target.range,
        ...missed ? {} : { severity: "warning" }
      });
    }
    const b = estimate.bandwidth;
    if (b.requiredBytesPerSec !== null && b.utilizationPercent !== null && b.utilizationPercent > policy.maxBandwidthUtilizationPercent) {
      const bytes = bytesPerValue(estimate.primaryPrecision);
      const gpus = estimate.hardware.count;
      const checkpoint = estimate.model.checkpoint;
      const perToken = checkpoint && estimate.model.weightsMeasured ? `${formatGB(checkpoint.bytesReadPerToken)} of the checkpoint read per token` : `${formatParams(estimate.model.paramsActive)} active params \xD7 ${bytes} byte${bytes === 1 ? "" : "s"} in ${precisionName(estimate.primaryPrecision)}`;
      results.push({
        message: `${rate(target.value)} tokens/s needs ${formatBandwidth(b.requiredBytesPerSec)} of memory bandwidth (${perToken} \xD7 ${rate(target.value)} tokens/s), ${formatPercent(b.utilizationPercent, 0)} of the ${formatBandwidth(b.availableBytesPerSec)} available on ${gpus} \xD7 ${estimate.hardware.gpu}, above the policy's limit of ${policyPercent(policy.maxBandwidthUtilizationPercent)}; use a lower weight precision, GPUs with more bandwidth, or a lower target`,
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
  check({ deployment, estimate }) {
    const concurrency = deployment.concurrency;
    if (!concurrency || !estimate || !deployment.concurrencyIsEngineCap) return [];
    const s = deploymentScenario(estimate);
    const dp = estimate.inputs.dataParallel;
    if (!s) return [];
    const engine = estimate.engineMemory?.starts ? estimate.engineMemory : null;
    const perRank = engine ? engine.maxConcurrency : Math.floor(s.maxConcurrency / dp * 100) / 100;
    const budgetBytes = engine ? engine.kvBudgetBytes : s.kvBudgetBytesPerGpu;
    const capacityTokens = engine ? engine.kvCapacityTokens : s.kvCapacityTokens;
    if (perRank < 1 || concurrency.value <= perRank) return [];
    const context = estimate.inputs.contextTokens;
    const via = concurrency.via;
    const flag = via && "flag" in via ? via.flag : "the engine's cap";
    const subject = deployment.concurrencyIsEngineCap ? `${flag} ${formatInteger(concurrency.value)} \xD7 ${formatInteger(estimate.inputs.contextTokens)} tokens` : `concurrency ${formatInteger(concurrency.value)}`;
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
  check({ deployment, gpu, estimate }) {
    if (!gpu.ok || gpu.value.fp8Native) return [];
    const declared = deployment.precision;
    const precision = declared?.value ?? estimate?.primaryPrecision;
    if (precision !== "fp8") return [];
    const whose = declared ? "precision fp8" : `the checkpoint's native precision fp8 (${estimate?.model.id ?? "model"})`;
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
  check({ deployment, estimate, policy }) {
    if (!estimate) return [];
    const s = deploymentScenario(estimate);
    if (!s || !s.fits || s.headroomPercent >= policy.minHeadroomPercent) return [];
    if (deployment.contextChosenByEngine && !deployment.contextLength && estimate.inputs.contextTokens < estimate.model.maxContextTokens) return [];
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
  check({ deployment, estimate, policy }) {
    if (!estimate || policy.maxTier === null) return [];
    if (tierRank(estimate.tier) <= tierRank(policy.maxTier)) return [];
    return [
      {
        message: `tier ${tierWithBounds(estimate.tier)} is above the maximum tier ${tierWithBounds(policy.maxTier)}: the INT8 footprint at batch ${TIER_BATCH} and ${formatInteger(TIER_CONTEXT_TOKENS)} tokens is ${formatGB(estimate.tierFootprintBytes)}`,
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
function fitsWithMoreGpus(estimate, arch) {
  const i = estimate.inputs;
  const weightsBytes = estimate.scenarios[i.precision]?.weightsBytes;
  for (const tp of TENSOR_PARALLEL_STEPS) {
    if (tp <= i.tensorParallel || !tensorParallelFits(arch, tp)) continue;
    const scenario = memoryScenario({
      arch,
      paramsTotal: estimate.model.paramsTotal,
      ...weightsBytes !== void 0 ? { weightsBytes } : {},
      weightPrecision: i.precision,
      kvPrecision: i.kvPrecision,
      contextTokens: i.contextTokens,
      batch: i.batch,
      gpuMemoryBytes: estimate.hardware.memoryBytesPerGpu,
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
function fittingPrecisions(estimate, current) {
  const groups = /* @__PURE__ */ new Map();
  for (const p of SEED_SCENARIOS) {
    const s = estimate.scenarios[p];
    if (!s || p === estimate.primaryPrecision || !s.fits || s.perGpuBytes >= current.perGpuBytes) continue;
    const key = formatGB(s.perGpuBytes);
    groups.set(key, [...groups.get(key) ?? [], p]);
  }
  return [...groups.entries()].map(([perGpu, precisions]) => {
    const names = precisions.map(
      (p) => p === "fp8" && !estimate.hardware.fp8Native ? `FP8 (weight-only on ${estimate.hardware.gpu})` : precisionName(p)
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
  check({ deployment, model, estimate }) {
    if (!estimate) return [];
    const s = deploymentScenario(estimate);
    if (!s) return [];
    const engine = estimate.engineMemory;
    if (engine && engine.starts && s.fits) return [];
    if (!engine && s.fits) return [];
    const concurrency = deployment.concurrency;
    const workloadTooLarge = concurrency !== void 0 && !deployment.concurrencyIsEngineCap && concurrency.value > 1 && s.maxConcurrency >= 1;
    const i = estimate.inputs;
    const sequences = i.batch > 1 ? `${i.batch} \xD7 ${formatInteger(i.contextTokens)}` : formatInteger(i.contextTokens);
    const onLoad = s.quantizedOnLoadFrom ? ` (quantized on load; embeddings, head and norms stay ${precisionName(s.quantizedOnLoadFrom)})` : "";
    const parts = `${precisionName(s.precision)} weights ${gb(s.perGpuWeightsBytes)}${onLoad} + KV ${gb(s.perGpuKvCacheBytes)} for ${sequences} tokens + workspace ${gb(s.perGpuWorkspaceBytes)}`;
    const perGpu = estimate.hardware.count > 1 ? " per GPU" : "";
    const planning = `needs ${formatGB(s.perGpuBytes)} per GPU (${parts}) on ${hardwarePhrase(estimate)} with ${formatGB(s.usableBytesPerGpu)} usable${perGpu} at memory fraction ${i.memoryFraction}`;
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
    const bigger = model.ok ? fitsWithMoreGpus(estimate, model.value.architecture) : null;
    if (bigger) {
      const gpus = bigger.tp * i.pipelineParallel * i.dataParallel;
      options.push(`tensor parallel ${bigger.tp} on ${gpus} \xD7 ${estimate.hardware.gpu} (${formatGB(bigger.scenario.perGpuBytes)} per GPU)`);
    }
    options.push(...fittingPrecisions(estimate, s));
    if (options.length > 0) {
      message += `; it would fit with ${options.join(" or with ")}`;
    } else {
      const smallest = SEED_SCENARIOS.map((p) => estimate.scenarios[p]).filter((x) => x !== void 0).sort((a, b) => a.perGpuBytes - b.perGpuBytes)[0];
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

export {
  RULES,
  ruleById
};
