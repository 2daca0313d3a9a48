import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  DECODE_BANDWIDTH_EFFICIENCY,
  DEFAULT_MEMORY_FRACTION,
  computeBoundDecodeBatch,
  decodeEstimate,
  decodeSpeed,
  engineStart,
  kvBytesPerToken,
  kvCacheBytes,
  memoryScenario,
  paramsReadPerDecodeStep,
  planningMargin,
  prefillEstimate,
  prefillSpeed,
  quantizedOnLoadWeightsBytes,
  requiredDecodeBandwidthBytesPerSec,
  requiredDecodeBandwidthFromBytes,
  ridgePointFlopsPerByte,
  runtimeMemory,
  tierFootprintBytes,
  tierForBytes
} from "./chunk-PFYC7H33.js";
import {
  countParams
} from "./chunk-N4USQFRU.js";
import {
  PRECISION_BITS,
  SEED_SCENARIOS
} from "./chunk-ZZ4ZPONZ.js";

// src/estimate/estimate.ts
var UNIFIED_MEMORY_FRACTION = 0.75;
function engineSettingsFor(name, given = {}) {
  const version = given.version !== void 0 ? { version: given.version } : {};
  const fraction = given.memoryFraction;
  switch (name) {
    case "vllm":
      return {
        engine: "vllm",
        ...version,
        ...fraction !== void 0 ? { gpuMemoryUtilization: fraction } : {},
        ...given.maxNumSeqs !== void 0 ? { maxNumSeqs: given.maxNumSeqs } : {},
        ...given.eager ? { enforceEager: true } : {}
      };
    case "sglang":
      return { engine: "sglang", ...version, ...fraction !== void 0 ? { memFractionStatic: fraction } : {} };
    case "tgi":
      return { engine: "tgi", ...fraction !== void 0 ? { cudaMemoryFraction: fraction } : {} };
    case "trtllm":
      return { engine: "tensorrt-llm", ...fraction !== void 0 ? { kvCacheFreeGpuMemoryFraction: fraction } : {} };
  }
}
var EstimateError = class extends Error {
  constructor(message, option) {
    super(message);
    this.option = option;
    this.name = "EstimateError";
  }
  option;
};
function computeFormat(gpu, precision) {
  const peaks = gpu.peakFlopsPerSec;
  if (precision === "int8" && peaks.int8) return { format: "int8", peakFlopsPerSec: peaks.int8 };
  if (precision === "fp8" && gpu.fp8Native && peaks.fp8) return { format: "fp8", peakFlopsPerSec: peaks.fp8 };
  if (precision === "fp16") return { format: "fp16", peakFlopsPerSec: peaks.fp16 };
  return { format: "bf16", peakFlopsPerSec: peaks.bf16 };
}
function resolveParallelism(options) {
  const pp = options.pipelineParallel ?? 1;
  const dp = options.dataParallel ?? 1;
  const gpuCount = options.gpuCount ?? (options.tensorParallel ?? 1) * pp * dp;
  const tp = options.tensorParallel ?? Math.max(1, Math.floor(gpuCount / (pp * dp)));
  if (tp * pp * dp > gpuCount) {
    const layout = `tensor parallel ${tp} \xD7 pipeline parallel ${pp}${dp > 1 ? ` \xD7 data parallel ${dp}` : ""}`;
    throw new EstimateError(`${layout} needs ${tp * pp * dp} GPUs but the deployment has ${gpuCount}`, dp > 1 && tp * pp <= gpuCount ? "dataParallel" : "tensorParallel");
  }
  return { gpuCount, tp, pp, dp };
}
function engineMemoryOf(settings, at) {
  const full = settings.engine === "vllm" ? { ...settings, maxModelLen: at.contextTokens } : settings.engine === "sglang" ? { ...settings, contextLength: at.contextTokens } : settings.engine === "tgi" ? { ...settings, maxTotalTokens: at.contextTokens } : { ...settings, maxSeqLen: at.contextTokens };
  const start = engineStart({
    settings: full,
    arch: at.arch,
    kvPrecision: at.kvPrecision,
    weightsBytesPerGpu: at.primary.perGpuWeightsBytes,
    tensorParallel: at.tp,
    pipelineParallel: at.pp,
    gpu: { id: at.gpu.id, totalBytes: runtimeMemory(at.gpu).totalBytes, memoryBytes: at.gpu.memoryBytes }
  });
  const planning = planningMargin({ start, planningBytesPerGpu: at.primary.perGpuBytes, demandKvBytesPerGpu: at.primary.perGpuKvCacheBytes });
  return { ...start, planning };
}
function estimate(model, gpu, options = {}) {
  const arch = model.architecture;
  const params = countParams(arch);
  const { gpuCount, tp, pp, dp } = resolveParallelism(options);
  const expertsSpan = dp > 1 && arch.moe !== void 0 && options.expertsSpanDataParallel === true;
  const precision = options.precision ?? model.nativePrecision;
  const kvPrecision = options.kvPrecision ?? "bf16";
  const contextTokens = options.contextTokens ?? Math.min(8192, model.maxContextTokens);
  const batch = options.batch ?? 1;
  const memoryFraction = options.memoryFraction ?? (gpu.unifiedMemory ? UNIFIED_MEMORY_FRACTION : DEFAULT_MEMORY_FRACTION);
  const target = options.targetTokensPerSec ?? null;
  const notes = [];
  const checkpoint = model.checkpoint ?? null;
  const measuredAt = checkpoint && checkpoint.weightsBytes > 0 ? checkpoint.precision : null;
  const paramsTotal = checkpoint && checkpoint.paramsTotal > 0 ? checkpoint.paramsTotal : params.paramsTotal;
  const paramsActive = checkpoint && checkpoint.paramsActive > 0 ? checkpoint.paramsActive : params.paramsActive;
  const loadedFrom = checkpoint?.precision ?? model.nativePrecision;
  const onLoad = options.precision !== void 0 && measuredAt !== precision && PRECISION_BITS[loadedFrom] >= 16 && PRECISION_BITS[precision] < PRECISION_BITS[loadedFrom] ? loadedFrom : null;
  const scenarios = {};
  for (const p of /* @__PURE__ */ new Set([...SEED_SCENARIOS, precision])) {
    scenarios[p] = memoryScenario({
      arch,
      paramsTotal,
      ...p === measuredAt ? { weightsBytes: checkpoint.weightsBytes } : {},
      ...p === precision && onLoad ? { weightsBytes: quantizedOnLoadWeightsBytes(params, p, onLoad), quantizedOnLoadFrom: onLoad } : {},
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
      memoryFraction
    });
  }
  const primary = scenarios[precision];
  const compute = computeFormat(gpu, precision);
  const engineMemory = options.engine ? engineMemoryOf(options.engine, { arch, kvPrecision, contextTokens, gpu, primary, tp, pp }) : null;
  if (onLoad) {
    notes.push(
      `the engine quantizes the ${onLoad.toUpperCase()} checkpoint to ${precision.toUpperCase()} as it loads it: the linear layers in ${precision.toUpperCase()}, the embedding, output head and norms stay ${onLoad.toUpperCase()} (as vLLM's --quantization ${precision} does)`
    );
  } else if (checkpoint && measuredAt !== precision) {
    notes.push(
      `the checkpoint is ${checkpoint.precision.toUpperCase()} (${checkpoint.quantization}); in ${precision.toUpperCase()} the weights are computed as parameters \xD7 ${precision.toUpperCase()}, as an engine quantizing on load would hold them`
    );
  }
  if (precision === "fp8" && !gpu.fp8Native) {
    notes.push(`${gpu.id} has no FP8 tensor cores: FP8 weights are stored in 1 byte but computed in BF16 (weight-only FP8)`);
  }
  if (contextTokens > model.maxContextTokens) {
    notes.push(`context ${contextTokens} tokens is beyond the model's maximum of ${model.maxContextTokens}`);
  }
  if (tp * pp * dp < gpuCount) {
    notes.push(`${gpuCount} GPUs with tensor \xD7 pipeline${dp > 1 ? " \xD7 data" : ""} = ${tp * pp * dp}: the other GPUs hold replicas, each checked alone`);
  }
  if (dp > 1) {
    notes.push(
      expertsSpan ? `data parallel ${dp}: each rank holds the attention and dense weights on its ${tp * pp} GPU${tp * pp === 1 ? "" : "s"} and its own KV cache; the routed experts are split over all ${tp * pp * dp}` : `data parallel ${dp}: each rank holds a whole copy of the weights on its ${tp * pp} GPU${tp * pp === 1 ? "" : "s"} and its own KV cache`
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
    ...checkpoint && measuredAt === precision && checkpoint.bytesReadPerToken > 0 ? { bytesPerWeightParam: checkpoint.bytesReadPerToken / paramsReadPerDecodeStep(arch, params, 1) } : {}
  };
  const decode = decodeEstimate({ ...decodeQuery, batch });
  const engineName = options.speedEngine?.name ?? "unknown";
  const speedQuery = {
    ...decodeQuery,
    gpu,
    peakFlopsPerSecPerGpu: compute.peakFlopsPerSec,
    engine: engineName,
    ...options.speedEngine?.version ? { engineVersion: options.speedEngine.version } : {},
    ...options.speedEngine?.eager ? { eager: true } : {},
    // FP8 weights on a GPU without FP8 tensor cores go through a weight-only kernel.
    ...precision === "fp8" && !gpu.fp8Native ? { weightOnlyQuantized: true } : {},
    kvCapacityTokensPerRank: engineMemory?.starts ? engineMemory.kvCapacityTokens : primary.kvCapacityTokens
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
    peakFlopsPerSecPerGpu: compute.peakFlopsPerSec
  });
  const required = target === null ? null : checkpoint && measuredAt === precision && checkpoint.bytesReadPerToken > 0 ? requiredDecodeBandwidthFromBytes(checkpoint.bytesReadPerToken, target) : requiredDecodeBandwidthBytesPerSec(paramsActive, precision, target);
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
      mixtureOfExperts: arch.moe !== void 0
    },
    hardware: {
      gpu: gpu.id,
      name: gpu.name,
      count: gpuCount,
      memoryBytesPerGpu: gpu.memoryBytes,
      bandwidthBytesPerSecPerGpu: bandwidthPerGpu,
      fp8Native: gpu.fp8Native,
      unifiedMemory: gpu.unifiedMemory ?? false
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
      targetTokensPerSec: target
    },
    tier: tierForBytes(tierBytes),
    tierFootprintBytes: tierBytes,
    primaryPrecision: precision,
    scenarios,
    bandwidth: {
      requiredBytesPerSec: required,
      availableBytesPerSec: available,
      utilizationPercent: required === null ? null : required / available * 100
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
      computeBoundBatch: computeBoundDecodeBatch(decodeQuery, ridge)
    },
    prefill: {
      promptTokens: contextTokens,
      flops: prefill.flops,
      secondsAtPeak: prefill.secondsAtPeak,
      predictedSeconds: predictedPrefill.seconds,
      arithmeticIntensityFlopsPerByte: prefill.arithmeticIntensityFlopsPerByte
    },
    compute: { format: compute.format, peakFlopsPerSecPerGpu: compute.peakFlopsPerSec, ridgePointFlopsPerByte: ridge },
    kvCapacityTokens: primary.kvCapacityTokens,
    maxConcurrency: primary.maxConcurrency,
    engineMemory,
    notes
  };
}

export {
  UNIFIED_MEMORY_FRACTION,
  engineSettingsFor,
  EstimateError,
  estimate
};
