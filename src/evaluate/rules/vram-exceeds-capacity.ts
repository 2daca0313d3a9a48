import type { Deployment } from "../../base/deployment.js";
import type { Estimate } from "../../estimate/estimate.js";
import type { Architecture } from "../../physics/architecture.js";
import { memoryScenario, type MemoryScenario } from "../../physics/memory.js";
import { countParams } from "../../physics/params.js";
import { SEED_SCENARIOS, type Precision } from "../../physics/precision.js";
import { formatFixed, formatGB, formatInteger } from "../../base/units.js";
import type { Rule, RuleResult } from "../rule.js";
import { deploymentScenario, hardwarePhrase, hardwareRange, plainList, precisionName, tensorParallelFits } from "./common.js";

/** Tensor-parallel sizes tried when suggesting more GPUs: one node's worth. */
const TENSOR_PARALLEL_STEPS = [2, 4, 8];

function gb(bytes: number): string {
  return formatFixed(bytes / 1e9, 1);
}

/** The smallest tensor-parallel size above the deployment's at which its precision fits, if one node's 8 GPUs are enough. */
function fitsWithMoreGpus(estimate: Estimate, arch: Architecture): { tp: number; scenario: MemoryScenario } | null {
  const i = estimate.inputs;
  // The weights as the estimate holds them (measured from the checkpoint, or quantized on load): the same on any number of GPUs.
  const weightsBytes = estimate.scenarios[i.precision]?.weightsBytes;
  for (const tp of TENSOR_PARALLEL_STEPS) {
    if (tp <= i.tensorParallel || !tensorParallelFits(arch, tp)) continue;
    const scenario = memoryScenario({
      arch,
      paramsTotal: estimate.model.paramsTotal,
      ...(weightsBytes !== undefined ? { weightsBytes } : {}),
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
      memoryFraction: i.memoryFraction,
    });
    if (scenario.fits) return { tp, scenario };
  }
  return null;
}

/** Seed precisions smaller than the deployment's that would fit, grouped by footprint: `INT8 or FP8 (81.7 GB per GPU)`. */
function fittingPrecisions(estimate: Estimate, current: MemoryScenario): string[] {
  const groups = new Map<string, Precision[]>();
  for (const p of SEED_SCENARIOS) {
    const s = estimate.scenarios[p];
    if (!s || p === estimate.primaryPrecision || !s.fits || s.perGpuBytes >= current.perGpuBytes) continue;
    const key = formatGB(s.perGpuBytes);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.entries()].map(([perGpu, precisions]) => {
    const names = precisions.map((p) =>
      p === "fp8" && !estimate.hardware.fp8Native ? `FP8 (weight-only on ${estimate.hardware.gpu})` : precisionName(p),
    );
    return `${plainList(names, "or")} weights (${perGpu} per GPU)`;
  });
}

/**
 * The larger tensor-parallel size as a change of one line: the GPU count when the tensor-parallel
 * size follows it (none declared, no pipeline or data parallelism), the tensor-parallel size when
 * the GPUs are already enough; else none (two lines would change).
 */
function oneLineGpuFix(deployment: Deployment, tp: number, gpus: number): Pick<RuleResult, "fix"> {
  const { gpuCount, tensorParallel } = deployment;
  if (!tensorParallel && gpus === tp && !(gpuCount.via && "assumed" in gpuCount.via)) {
    return { fix: { range: gpuCount.range, replaces: String(gpuCount.value), replacement: String(gpus) } };
  }
  if (tensorParallel && gpuCount.value >= gpus) return { fix: { range: tensorParallel.range, replaces: String(tensorParallel.value), replacement: String(tp) } };
  return {};
}

export const vramExceedsCapacity: Rule = {
  id: "vram-exceeds-capacity",
  defaultSeverity: "error",
  summary: "The deployment needs more memory per GPU than the engine may use.",
  description:
    "Checks that the busiest GPU of the deployment holds its share of the weights, the KV cache for the full context (of every " +
    "sequence of the workload a manifest declares: its concurrency × context length; an engine's cap such as vLLM --max-num-seqs " +
    "counts one sequence, and concurrency-exceeds-kv-capacity compares the cap with the cache), and a workspace of 12% of the weights for activations and " +
    "CUDA graphs, within the GPU's memory times the engine's memory fraction (vLLM's gpu_memory_utilization, 0.9 by default). " +
    "When the manifest runs a known engine (vLLM, SGLang, TGI, TensorRT-LLM), whether the pod starts is decided the way that engine " +
    "decides it: vLLM takes the total the CUDA runtime reports × gpu_memory_utilization, less the weights, its activation peak and " +
    "non-torch memory, and refuses to start when what is left does not hold one sequence of max_model_len. That is an error; a " +
    "deployment the engine starts but that leaves less than the planning footprint (weights + KV + 12%) is a warning naming both. " +
    "Fix it with more GPUs (a larger tensor-parallel size), a lower weight precision such as INT8 or FP8, a shorter context, " +
    "or GPUs with more memory; the message says which of these would fit.",
  check({ deployment, model, estimate }): RuleResult[] {
    if (!estimate) return [];
    const s = deploymentScenario(estimate);
    if (!s) return [];
    // A known engine decides by its own arithmetic whether the pod starts (docs/physics.md#engine-memory):
    // an error only when it does not; a warning naming both numbers when it starts below the planning footprint.
    const engine = estimate.engineMemory;
    if (engine && engine.starts && s.fits) return [];
    if (!engine && s.fits) return [];
    // A declared workload (a native concurrency) that does not fit is an error, at the
    // line that declares it when one sequence would fit; an engine's cap is estimated at one
    // sequence, so this fires for it only when not even one fits (the engine refuses to start).
    const concurrency = deployment.concurrency;
    const workloadTooLarge = concurrency !== undefined && !deployment.concurrencyIsEngineCap && concurrency.value > 1 && s.maxConcurrency >= 1;

    const i = estimate.inputs;
    const sequences = i.batch > 1 ? `${i.batch} × ${formatInteger(i.contextTokens)}` : formatInteger(i.contextTokens);
    const onLoad = s.quantizedOnLoadFrom ? ` (quantized on load; embeddings, head and norms stay ${precisionName(s.quantizedOnLoadFrom)})` : "";
    const parts =
      `${precisionName(s.precision)} weights ${gb(s.perGpuWeightsBytes)}${onLoad} + KV ${gb(s.perGpuKvCacheBytes)} for ${sequences} tokens` +
      ` + workspace ${gb(s.perGpuWorkspaceBytes)}`;
    const perGpu = estimate.hardware.count > 1 ? " per GPU" : "";
    const planning =
      `needs ${formatGB(s.perGpuBytes)} per GPU (${parts}) on ${hardwarePhrase(estimate)} with ${formatGB(s.usableBytesPerGpu)} usable${perGpu}` +
      ` at memory fraction ${i.memoryFraction}`;
    if (engine?.starts) {
      // The recipe runs: the planning footprint is a margin, not a limit.
      return [
        {
          message: `${engine.planning.message}: the planning estimate ${planning}; expect little room for longer prompts or more sequences than planned`,
          range: hardwareRange(deployment),
          severity: "warning",
        },
      ];
    }
    let message = engine ? `${engine.planning.message}; the planning estimate ${planning}` : planning;

    const options: string[] = [];
    const bigger = model.ok ? fitsWithMoreGpus(estimate, model.value.architecture) : null;
    if (bigger) {
      const gpus = bigger.tp * i.pipelineParallel * i.dataParallel;
      options.push(`tensor parallel ${bigger.tp} on ${gpus} × ${estimate.hardware.gpu} (${formatGB(bigger.scenario.perGpuBytes)} per GPU)`);
    }
    options.push(...fittingPrecisions(estimate, s));
    if (options.length > 0) {
      message += `; it would fit with ${options.join(" or with ")}`;
    } else {
      const smallest = SEED_SCENARIOS.map((p) => estimate.scenarios[p]).filter((x): x is MemoryScenario => x !== undefined)
        .sort((a, b) => a.perGpuBytes - b.perGpuBytes)[0];
      const lowest = smallest && smallest.perGpuBytes < s.perGpuBytes ? ` (even ${precisionName(smallest.precision)} needs ${formatGB(smallest.perGpuBytes)} per GPU)` : "";
      message += `; neither INT8/FP8 weights nor up to 8-way tensor parallelism make it fit${lowest}: use more GPUs with pipeline parallelism or GPUs with more memory`;
    }
    if (engine?.failure === "max-model-len-exceeds-kv" && deployment.contextLength) return [{ message, range: deployment.contextLength.range }];
    if (workloadTooLarge) {
      message += `; one sequence of ${formatInteger(i.contextTokens)} tokens fits, and at most ${formatFixed(s.maxConcurrency, 2)} at once: lower the concurrency to ${Math.floor(s.maxConcurrency)} or less`;
      return [{ message, range: concurrency.range, fix: { range: concurrency.range, replaces: String(concurrency.value), replacement: String(Math.floor(s.maxConcurrency)) } }];
    }
    return [{ message, range: hardwareRange(deployment), ...(bigger ? oneLineGpuFix(deployment, bigger.tp, bigger.tp * i.pipelineParallel * i.dataParallel) : {}) }];
  },
};
