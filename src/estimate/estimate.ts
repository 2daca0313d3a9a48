import type { ModelCheckpoint, ModelInput, ModelSource } from "../base/model-input.js";
import type { GpuSpec } from "../catalog/types.js";
import { kvBytesPerToken, kvCacheBytes } from "../physics/kv-cache.js";
import { DEFAULT_MEMORY_FRACTION, memoryScenario, quantizedOnLoadWeightsBytes, type MemoryScenario } from "../physics/memory.js";
import { countParams } from "../physics/params.js";
import { decodeSpeed, prefillSpeed, type EngineFamily, type GpuClass, type SpeedEngine } from "../physics/speed-model.js";
import { engineStart, planningMargin, runtimeMemory, type EngineSettings, type EngineStart, type PlanningMargin } from "../physics/engine-memory.js";
import {
  computeBoundDecodeBatch,
  decodeEstimate,
  DECODE_BANDWIDTH_EFFICIENCY,
  paramsReadPerDecodeStep,
  prefillEstimate,
  requiredDecodeBandwidthBytesPerSec,
  requiredDecodeBandwidthFromBytes,
  ridgePointFlopsPerByte,
} from "../physics/performance.js";
import { PRECISION_BITS, SEED_SCENARIOS, type Precision } from "../physics/precision.js";
import { tierFootprintBytes, tierForBytes, type Tier } from "../physics/tier.js";

/**
 * Macs let the GPU wire about three quarters of unified memory by default (Metal's
 * `recommendedMaxWorkingSetSize`); the rest stays with macOS. That share is the default memory
 * fraction on unified-memory devices, as 0.9 is vLLM's on discrete GPUs. An approximation; see
 * docs/physics.md#usable-memory.
 */
export const UNIFIED_MEMORY_FRACTION = 0.75;

export interface EstimateOptions {
  gpuCount?: number;
  /** Weight precision to evaluate besides INT8, FP8 and BF16; default: the model's native precision (docs/physics.md#defaults). */
  precision?: Precision;
  kvPrecision?: Precision;
  contextTokens?: number;
  batch?: number;
  targetTokensPerSec?: number;
  memoryFraction?: number;
  tensorParallel?: number;
  pipelineParallel?: number;
  /** Data-parallel ranks of one replica, each on tensor × pipeline GPUs (docs/physics.md#data-and-expert-parallelism). */
  dataParallel?: number;
  /** The routed experts span the tensor × data parallel group instead of being held by each rank. */
  expertsSpanDataParallel?: boolean;
  /**
   * The serving engine and its settings, when the deployment names one: whether it starts is then
   * decided by its own memory arithmetic (docs/physics.md#engine-memory). The context (max_model_len)
   * is the estimate's; set the engine's other settings here.
   */
  engine?: EngineSettingsWithoutContext;
  /**
   * The engine as the speed model knows it (its fixed costs by version, CUDA graphs or eager);
   * default `unknown`, the pooled serving engines' constants. See docs/physics.md#decode-speed-engine-aware.
   */
  speedEngine?: { name: SpeedEngine; version?: string; eager?: boolean };
}

/**
 * An engine's settings from what a manifest or the CLI says of it: its version, its memory fraction
 * (each engine's own: vLLM gpu_memory_utilization, SGLang mem_fraction_static, TGI
 * cuda_memory_fraction, TensorRT-LLM free_gpu_memory_fraction), vLLM's --max-num-seqs and
 * --enforce-eager; the rest take the engine's defaults for that version (docs/physics.md#engine-memory).
 */
export function engineSettingsFor(
  name: "vllm" | "sglang" | "tgi" | "trtllm",
  given: { version?: string; memoryFraction?: number; maxNumSeqs?: number; eager?: boolean } = {},
): EngineSettingsWithoutContext {
  const version = given.version !== undefined ? { version: given.version } : {};
  const fraction = given.memoryFraction;
  switch (name) {
    case "vllm":
      return {
        engine: "vllm",
        ...version,
        ...(fraction !== undefined ? { gpuMemoryUtilization: fraction } : {}),
        ...(given.maxNumSeqs !== undefined ? { maxNumSeqs: given.maxNumSeqs } : {}),
        ...(given.eager ? { enforceEager: true } : {}),
      };
    case "sglang":
      return { engine: "sglang", ...version, ...(fraction !== undefined ? { memFractionStatic: fraction } : {}) };
    case "tgi":
      return { engine: "tgi", ...(fraction !== undefined ? { cudaMemoryFraction: fraction } : {}) };
    case "trtllm":
      return { engine: "tensorrt-llm", ...(fraction !== undefined ? { kvCacheFreeGpuMemoryFraction: fraction } : {}) };
  }
}

/** Engine settings, less the longest request, which the estimate's context sets. */
export type EngineSettingsWithoutContext =
  | Omit<Extract<EngineSettings, { engine: "vllm" }>, "maxModelLen">
  | Omit<Extract<EngineSettings, { engine: "sglang" }>, "contextLength">
  | Omit<Extract<EngineSettings, { engine: "tgi" }>, "maxTotalTokens">
  | Omit<Extract<EngineSettings, { engine: "tensorrt-llm" }>, "maxSeqLen">;

/** The estimate of one model on one set of GPUs. Field names are a contract of `--json`. */
export interface Estimate {
  model: {
    id: string;
    name: string;
    resolvedFrom: string;
    /** catalog, hub, local, lock or inline. */
    source: ModelSource;
    /** The commit sha of a Hub or lock model; null otherwise. */
    revision: string | null;
    /** Parameters of the language model: the checkpoint's count when it was read, else derived from the architecture. */
    paramsTotal: number;
    /** Parameters read per token (MoE: top-k routed experts); the checkpoint's count when it was read. */
    paramsActive: number;
    /** Weight bytes in the estimate's precision: the checkpoint's exact bytes when it is in that precision, else parameters × precision. */
    weightsBytes: number;
    /** Whether weightsBytes was measured from the checkpoint (true) or computed from parameters × precision (false). */
    weightsMeasured: boolean;
    /** The checkpoint's facts, when its files were read; null otherwise. */
    checkpoint: ModelCheckpoint | null;
    /** What was assumed rather than read (an Ollama tag's quantization and context). */
    assumptions: string[];
    /** KV cache per token in the KV precision, across all layers, on one GPU without tensor parallelism. */
    kvBytesPerToken: number;
    kvPrecision: Precision;
    maxContextTokens: number;
    nativePrecision: Precision;
    mixtureOfExperts: boolean;
  };
  hardware: {
    gpu: string;
    name: string;
    count: number;
    memoryBytesPerGpu: number;
    bandwidthBytesPerSecPerGpu: number;
    fp8Native: boolean;
    unifiedMemory: boolean;
  };
  inputs: {
    precision: Precision;
    kvPrecision: Precision;
    contextTokens: number;
    batch: number;
    tensorParallel: number;
    pipelineParallel: number;
    /** Data-parallel ranks of one replica (1 without data parallelism). */
    dataParallel: number;
    /** Whether the routed experts are split over the tensor × data parallel group (false for a dense model or without data parallelism). */
    expertsSpanDataParallel: boolean;
    memoryFraction: number;
    targetTokensPerSec: number | null;
  };
  tier: Tier;
  /** INT8 footprint at batch 1 and 8192 tokens that decides the tier. */
  tierFootprintBytes: number;
  /** The precision the rest of the estimate (speed, concurrency) is computed in. */
  primaryPrecision: Precision;
  scenarios: Partial<Record<Precision, MemoryScenario>>;
  bandwidth: {
    /** The founding specification's formula, active params × bytes × target tokens/s (docs/physics.md#required-bandwidth); null without a target. */
    requiredBytesPerSec: number | null;
    /** Every GPU's peak bandwidth added up. */
    availableBytesPerSec: number;
    /** required / available × 100; null without a target. */
    utilizationPercent: number | null;
  };
  decode: {
    batch: number;
    contextTokens: number;
    /** The bandwidth-only bound's share of peak (DECODE_BANDWIDTH_EFFICIENCY): the ceiling below, not the prediction. */
    efficiency: number;
    bytesPerStep: number;
    /** The engine-aware prediction (docs/physics.md#decode-speed-engine-aware): one sequence's tokens/s. */
    tokensPerSecPerSequence: number;
    /** Over the sequences that run at once (the KV cache caps them). */
    tokensPerSecTotal: number;
    /** The range the model's cross-validated error gives for this engine family and GPU class (10th–90th percentile). */
    lowTokensPerSecPerSequence: number;
    highTokensPerSecPerSequence: number;
    /** Where the range comes from (`engine family vLLM and GPU class nvidia-hbm`), its median error and share within ±20%. */
    rangeFrom: string;
    rangeMedianErrorPercent: number;
    /** The engine and GPU class the constants were taken for. */
    engine: SpeedEngine;
    engineFamily: EngineFamily;
    gpuClass: GpuClass;
    /** What bounds the step: memory reads, compute, or the fixed, communication and per-sequence costs. */
    boundBy: "memory" | "compute" | "overhead";
    /** Sequences that run at once (≤ batch): the KV cache holds no more. */
    batchRunning: number;
    /** The plain bandwidth bound, bytes ÷ (peak × efficiency): what no engine beats. */
    bandwidthBoundTokensPerSecPerSequence: number;
    arithmeticIntensityFlopsPerByte: number;
    /** Smallest batch at which decode turns compute-bound; null if the KV cache keeps it memory-bound. */
    computeBoundBatch: number | null;
  };
  prefill: {
    promptTokens: number;
    flops: number;
    secondsAtPeak: number;
    /** The engine-aware prediction of one prompt's prefill (docs/physics.md#decode-speed-engine-aware). */
    predictedSeconds: number;
    arithmeticIntensityFlopsPerByte: number;
  };
  compute: {
    /** Tensor-core format the weights are computed in (FP8 weights on a GPU without FP8 run in BF16). */
    format: "bf16" | "fp16" | "fp8" | "int8";
    peakFlopsPerSecPerGpu: number;
    ridgePointFlopsPerByte: number;
  };
  kvCapacityTokens: number;
  maxConcurrency: number;
  /**
   * The engine's own start-up arithmetic on the busiest GPU (vLLM: runtime total × utilization −
   * weights − activation peak − non-torch memory), in the primary precision; null without an engine.
   */
  engineMemory: (EngineStart & { planning: PlanningMargin }) | null;
  notes: string[];
}

export class EstimateError extends Error {
  constructor(
    message: string,
    /** The option at fault, as the user named it (`tensorParallel`, `gpuCount`…). */
    readonly option: keyof EstimateOptions,
  ) {
    super(message);
    this.name = "EstimateError";
  }
}

/** The compute format a weight precision runs in on `gpu`, and its dense peak. See docs/physics.md#compute-format-and-ridge-point. */
function computeFormat(gpu: GpuSpec, precision: Precision): { format: Estimate["compute"]["format"]; peakFlopsPerSec: number } {
  const peaks = gpu.peakFlopsPerSec;
  if (precision === "int8" && peaks.int8) return { format: "int8", peakFlopsPerSec: peaks.int8 };
  if (precision === "fp8" && gpu.fp8Native && peaks.fp8) return { format: "fp8", peakFlopsPerSec: peaks.fp8 };
  if (precision === "fp16") return { format: "fp16", peakFlopsPerSec: peaks.fp16 };
  // BF16, FP32 and weight-only formats (INT4, FP4, FP8 without FP8 tensor cores) compute in BF16.
  return { format: "bf16", peakFlopsPerSec: peaks.bf16 };
}

function resolveParallelism(options: EstimateOptions): { gpuCount: number; tp: number; pp: number; dp: number } {
  const pp = options.pipelineParallel ?? 1;
  const dp = options.dataParallel ?? 1;
  const gpuCount = options.gpuCount ?? (options.tensorParallel ?? 1) * pp * dp;
  const tp = options.tensorParallel ?? Math.max(1, Math.floor(gpuCount / (pp * dp)));
  if (tp * pp * dp > gpuCount) {
    const layout = `tensor parallel ${tp} × pipeline parallel ${pp}${dp > 1 ? ` × data parallel ${dp}` : ""}`;
    throw new EstimateError(`${layout} needs ${tp * pp * dp} GPUs but the deployment has ${gpuCount}`, dp > 1 && tp * pp <= gpuCount ? "dataParallel" : "tensorParallel");
  }
  return { gpuCount, tp, pp, dp };
}

/** The engine's start-up arithmetic with the estimate's context, weights per GPU and layout, and its planning margin. */
function engineMemoryOf(
  settings: EngineSettingsWithoutContext,
  at: { arch: ModelInput["architecture"]; kvPrecision: Precision; contextTokens: number; gpu: GpuSpec; primary: MemoryScenario; tp: number; pp: number },
): Estimate["engineMemory"] {
  const full: EngineSettings =
    settings.engine === "vllm"
      ? { ...settings, maxModelLen: at.contextTokens }
      : settings.engine === "sglang"
        ? { ...settings, contextLength: at.contextTokens }
        : settings.engine === "tgi"
          ? { ...settings, maxTotalTokens: at.contextTokens }
          : { ...settings, maxSeqLen: at.contextTokens };
  const start = engineStart({
    settings: full,
    arch: at.arch,
    kvPrecision: at.kvPrecision,
    weightsBytesPerGpu: at.primary.perGpuWeightsBytes,
    tensorParallel: at.tp,
    pipelineParallel: at.pp,
    gpu: { id: at.gpu.id, totalBytes: runtimeMemory(at.gpu).totalBytes, memoryBytes: at.gpu.memoryBytes },
  });
  const planning = planningMargin({ start, planningBytesPerGpu: at.primary.perGpuBytes, demandKvBytesPerGpu: at.primary.perGpuKvCacheBytes });
  return { ...start, planning };
}

/**
 * Everything the product computes for one model on one set of GPUs: the precision scenarios, tier,
 * bandwidth, decode, prefill and KV capacity, with the defaults of docs/physics.md#defaults.
 * See docs/physics.md for every formula.
 */
export function estimate(model: ModelInput, gpu: GpuSpec, options: EstimateOptions = {}): Estimate {
  const arch = model.architecture;
  const params = countParams(arch);
  const { gpuCount, tp, pp, dp } = resolveParallelism(options);
  const expertsSpan = dp > 1 && arch.moe !== undefined && options.expertsSpanDataParallel === true;
  const precision = options.precision ?? model.nativePrecision;
  const kvPrecision = options.kvPrecision ?? "bf16";
  const contextTokens = options.contextTokens ?? Math.min(8192, model.maxContextTokens);
  const batch = options.batch ?? 1;
  const memoryFraction = options.memoryFraction ?? (gpu.unifiedMemory ? UNIFIED_MEMORY_FRACTION : DEFAULT_MEMORY_FRACTION);
  const target = options.targetTokensPerSec ?? null;
  const notes: string[] = [];

  const checkpoint = model.checkpoint ?? null;
  // The checkpoint's bytes are exact for its own precision; other precisions are what an engine
  // quantizing (or a conversion) would load: the parameters × that precision.
  const measuredAt = checkpoint && checkpoint.weightsBytes > 0 ? checkpoint.precision : null;
  const paramsTotal = checkpoint && checkpoint.paramsTotal > 0 ? checkpoint.paramsTotal : params.paramsTotal;
  const paramsActive = checkpoint && checkpoint.paramsActive > 0 ? checkpoint.paramsActive : params.paramsActive;
  // The deployment asks for a narrower precision than its 16-bit checkpoint: the engine quantizes on load.
  const loadedFrom = checkpoint?.precision ?? model.nativePrecision;
  const onLoad = options.precision !== undefined && measuredAt !== precision && PRECISION_BITS[loadedFrom] >= 16 && PRECISION_BITS[precision] < PRECISION_BITS[loadedFrom] ? loadedFrom : null;
  const scenarios: Partial<Record<Precision, MemoryScenario>> = {};
  for (const p of new Set<Precision>([...SEED_SCENARIOS, precision])) {
    scenarios[p] = memoryScenario({
      arch,
      paramsTotal,
      ...(p === measuredAt ? { weightsBytes: checkpoint!.weightsBytes } : {}),
      ...(p === precision && onLoad ? { weightsBytes: quantizedOnLoadWeightsBytes(params, p, onLoad), quantizedOnLoadFrom: onLoad } : {}),
      weightPrecision: p,
      kvPrecision,
      contextTokens,
      batch,
      gpuMemoryBytes: gpu.memoryBytes,
      gpuCount,
      tensorParallel: tp,
      pipelineParallel: pp,
      dataParallel: dp,
      expertsSpanDataParallel: expertsSpan,
      routedExpertParams: params.routedExpertParams,
      memoryFraction,
    });
  }
  const primary = scenarios[precision]!;

  const compute = computeFormat(gpu, precision);
  const engineMemory = options.engine ? engineMemoryOf(options.engine, { arch, kvPrecision, contextTokens, gpu, primary, tp, pp }) : null;
  if (onLoad) {
    notes.push(
      `the engine quantizes the ${onLoad.toUpperCase()} checkpoint to ${precision.toUpperCase()} as it loads it: the linear layers in ${precision.toUpperCase()}, the embedding, output head and norms stay ${onLoad.toUpperCase()} (as vLLM's --quantization ${precision} does)`,
    );
  } else if (checkpoint && measuredAt !== precision) {
    notes.push(
      `the checkpoint is ${checkpoint.precision.toUpperCase()} (${checkpoint.quantization}); in ${precision.toUpperCase()} the weights are computed as parameters × ${precision.toUpperCase()}, as an engine quantizing on load would hold them`,
    );
  }
  if (precision === "fp8" && !gpu.fp8Native) {
    notes.push(`${gpu.id} has no FP8 tensor cores: FP8 weights are stored in 1 byte but computed in BF16 (weight-only FP8)`);
  }
  if (contextTokens > model.maxContextTokens) {
    notes.push(`context ${contextTokens} tokens is beyond the model's maximum of ${model.maxContextTokens}`);
  }
  if (tp * pp * dp < gpuCount) {
    notes.push(`${gpuCount} GPUs with tensor × pipeline${dp > 1 ? " × data" : ""} = ${tp * pp * dp}: the other GPUs hold replicas, each checked alone`);
  }
  if (dp > 1) {
    notes.push(
      expertsSpan
        ? `data parallel ${dp}: each rank holds the attention and dense weights on its ${tp * pp} GPU${tp * pp === 1 ? "" : "s"} and its own KV cache; the routed experts are split over all ${tp * pp * dp}`
        : `data parallel ${dp}: each rank holds a whole copy of the weights on its ${tp * pp} GPU${tp * pp === 1 ? "" : "s"} and its own KV cache`,
    );
  }
  const bandwidthPerGpu = gpu.bandwidthBytesPerSec;
  const decodeQuery = {
    arch,
    params,
    weightPrecision: precision,
    kvPrecision,
    contextTokens,
    tensorParallel: tp,
    pipelineParallel: pp,
    dataParallel: dp,
    expertsSpanDataParallel: expertsSpan,
    bandwidthBytesPerSecPerGpu: bandwidthPerGpu,
    // A checkpoint read in its own precision: its measured bytes per parameter read (scales, BF16 layers).
    ...(checkpoint && measuredAt === precision && checkpoint.bytesReadPerToken > 0
      ? { bytesPerWeightParam: checkpoint.bytesReadPerToken / paramsReadPerDecodeStep(arch, params, 1) }
      : {}),
  };
  const decode = decodeEstimate({ ...decodeQuery, batch });
  const engineName: SpeedEngine = options.speedEngine?.name ?? "unknown";
  const speedQuery = {
    ...decodeQuery,
    gpu,
    peakFlopsPerSecPerGpu: compute.peakFlopsPerSec,
    engine: engineName,
    ...(options.speedEngine?.version ? { engineVersion: options.speedEngine.version } : {}),
    ...(options.speedEngine?.eager ? { eager: true } : {}),
    // FP8 weights on a GPU without FP8 tensor cores go through a weight-only kernel.
    ...(precision === "fp8" && !gpu.fp8Native ? { weightOnlyQuantized: true } : {}),
    kvCapacityTokensPerRank: engineMemory?.starts ? engineMemory.kvCapacityTokens : primary.kvCapacityTokens,
  };
  const speed = decodeSpeed({ ...speedQuery, batch });
  const predictedPrefill = prefillSpeed(speedQuery, contextTokens);
  const ridge = ridgePointFlopsPerByte(compute.peakFlopsPerSec, bandwidthPerGpu);
  const prefill = prefillEstimate({
    arch,
    params,
    weightPrecision: precision,
    kvCacheBytesForPrompt: kvCacheBytes({ arch, kvPrecision, contextTokens, batch: 1 }),
    promptTokens: contextTokens,
    tensorParallel: tp,
    peakFlopsPerSecPerGpu: compute.peakFlopsPerSec,
  });
  const required =
    target === null
      ? null
      : checkpoint && measuredAt === precision && checkpoint.bytesReadPerToken > 0
        ? requiredDecodeBandwidthFromBytes(checkpoint.bytesReadPerToken, target)
        : requiredDecodeBandwidthBytesPerSec(paramsActive, precision, target);
  const available = bandwidthPerGpu * gpuCount;
  const tierBytes = tierFootprintBytes(arch, params.paramsTotal);

  return {
    model: {
      id: model.id,
      name: model.name,
      resolvedFrom: model.resolvedFrom,
      source: model.source ?? "catalog",
      revision: model.revision ?? null,
      paramsTotal,
      paramsActive,
      weightsBytes: primary.weightsBytes,
      weightsMeasured: measuredAt === precision,
      checkpoint,
      assumptions: model.assumptions ?? [],
      kvBytesPerToken: kvBytesPerToken(arch, kvPrecision),
      kvPrecision,
      maxContextTokens: model.maxContextTokens,
      nativePrecision: model.nativePrecision,
      mixtureOfExperts: arch.moe !== undefined,
    },
    hardware: {
      gpu: gpu.id,
      name: gpu.name,
      count: gpuCount,
      memoryBytesPerGpu: gpu.memoryBytes,
      bandwidthBytesPerSecPerGpu: bandwidthPerGpu,
      fp8Native: gpu.fp8Native,
      unifiedMemory: gpu.unifiedMemory ?? false,
    },
    inputs: {
      precision,
      kvPrecision,
      contextTokens,
      batch,
      tensorParallel: tp,
      pipelineParallel: pp,
      dataParallel: dp,
      expertsSpanDataParallel: expertsSpan,
      memoryFraction,
      targetTokensPerSec: target,
    },
    tier: tierForBytes(tierBytes),
    tierFootprintBytes: tierBytes,
    primaryPrecision: precision,
    scenarios,
    bandwidth: {
      requiredBytesPerSec: required,
      availableBytesPerSec: available,
      utilizationPercent: required === null ? null : (required / available) * 100,
    },
    decode: {
      batch,
      contextTokens,
      efficiency: DECODE_BANDWIDTH_EFFICIENCY,
      bytesPerStep: decode.bytesPerStep,
      tokensPerSecPerSequence: speed.tokensPerSecPerSequence,
      tokensPerSecTotal: speed.tokensPerSecTotal,
      lowTokensPerSecPerSequence: speed.range.lowTokensPerSecPerSequence,
      highTokensPerSecPerSequence: speed.range.highTokensPerSecPerSequence,
      rangeFrom: speed.range.bandFrom,
      rangeMedianErrorPercent: speed.range.band.medianAbsErrorPercent,
      engine: engineName,
      engineFamily: speed.engineFamily,
      gpuClass: speed.gpuClass,
      boundBy: speed.boundBy,
      batchRunning: speed.batchRunning,
      bandwidthBoundTokensPerSecPerSequence: decode.tokensPerSecPerSequence,
      arithmeticIntensityFlopsPerByte: decode.flopsPerStep / decode.bytesPerStep,
      computeBoundBatch: computeBoundDecodeBatch(decodeQuery, ridge),
    },
    prefill: {
      promptTokens: contextTokens,
      flops: prefill.flops,
      secondsAtPeak: prefill.secondsAtPeak,
      predictedSeconds: predictedPrefill.seconds,
      arithmeticIntensityFlopsPerByte: prefill.arithmeticIntensityFlopsPerByte,
    },
    compute: { format: compute.format, peakFlopsPerSecPerGpu: compute.peakFlopsPerSec, ridgePointFlopsPerByte: ridge },
    kvCapacityTokens: primary.kvCapacityTokens,
    maxConcurrency: primary.maxConcurrency,
    engineMemory,
    notes,
  };
}
