import type { Architecture } from "./architecture.js";
import { attendedTokens, kvCacheBytesPerGpu, layerWindow } from "./kv-cache.js";
import type { ParamBreakdown } from "./params.js";
import { bytesPerValue, type Precision } from "./precision.js";

/**
 * Share of peak memory bandwidth a serving engine sustains in decode: an assumed 0.8, not a
 * measurement (where it comes from: docs/physics.md#decode-speed). Every predicted speed is
 * labelled as an estimate.
 */
export const DECODE_BANDWIDTH_EFFICIENCY = 0.8;

/** The founding specification's formula: active params × bytes per param × tokens/s. See docs/physics.md#required-bandwidth. */
export function requiredDecodeBandwidthBytesPerSec(paramsActive: number, precision: Precision, targetTokensPerSec: number): number {
  return paramsActive * bytesPerValue(precision) * targetTokensPerSec;
}

/**
 * The same requirement from a checkpoint's measured bytes read per token: bytes × tokens/s.
 * See docs/physics.md#required-bandwidth.
 */
export function requiredDecodeBandwidthFromBytes(bytesReadPerToken: number, targetTokensPerSec: number): number {
  return bytesReadPerToken * targetTokensPerSec;
}

/**
 * Expected number of distinct routed experts one MoE layer reads in a decode step of `batch`
 * tokens, each choosing top-k of E uniformly: E × (1 − (1 − k/E)^B). See docs/physics.md#mixture-of-experts.
 */
export function expectedDistinctExperts(numExperts: number, topK: number, batch: number): number {
  return numExperts * (1 - Math.pow(1 - topK / numExperts, batch));
}

/**
 * Parameters read from memory in one decode step of `batch` sequences. Weights are read once for
 * the whole batch; the input embedding contributes one gathered row per token, not its whole
 * table, unless it doubles as the output head; MoE layers read only the experts the batch touches.
 * See docs/physics.md#decode-speed.
 */
export function paramsReadPerDecodeStep(arch: Architecture, params: ParamBreakdown, batch: number): number {
  const embeddingRead = arch.tieWordEmbeddings ? params.embeddingParams : batch * arch.hiddenSize;
  const alwaysRead = params.paramsTotal - params.routedExpertParams - params.embeddingParams + embeddingRead;
  return alwaysRead + expertParamsReadPerDecodeStep(arch, params, batch);
}

/** The routed experts' part of paramsReadPerDecodeStep: the distinct experts `batch` tokens touch in every MoE layer. See docs/physics.md#mixture-of-experts. */
export function expertParamsReadPerDecodeStep(arch: Architecture, params: ParamBreakdown, batch: number): number {
  if (!arch.moe) return 0;
  const experts = Math.min(arch.moe.numExperts, expectedDistinctExperts(arch.moe.numExperts, arch.moe.topK, batch));
  return params.moeLayers * experts * params.paramsPerExpert;
}


function attentionDims(arch: Architecture): { heads: number; qkDim: number; vDim: number } {
  const a = arch.attention;
  if (a.kind === "mla") return { heads: a.numHeads, qkDim: a.qkNopeHeadDim + a.qkRopeHeadDim, vDim: a.vHeadDim };
  return { heads: a.numHeads, qkDim: a.headDim, vDim: a.headDim };
}

/**
 * Attention FLOPs (scores and weighted values, 2 FLOPs per multiply-add) for one new token that
 * attends to `contextTokens` earlier positions: 2 × heads × (qkDim + vDim) × attended, per layer
 * (of `layers`, a pipeline stage, when given).
 * See docs/physics.md#prefill-and-arithmetic-intensity.
 */
export function decodeAttentionFlopsPerToken(arch: Architecture, contextTokens: number, layers?: { start: number; end: number }): number {
  const { heads, qkDim, vDim } = attentionDims(arch);
  const attended = attendedTokens(arch, contextTokens, layers?.start ?? 0, layers?.end ?? arch.numLayers);
  return 2 * heads * (qkDim + vDim) * attended;
}

/**
 * Causal attention FLOPs of a prompt of P tokens: token t attends to min(t, window) positions,
 * so a global layer sums to P(P+1)/2 and a windowed one to w(w+1)/2 + (P − w)w.
 * See docs/physics.md#prefill-and-arithmetic-intensity.
 */
export function prefillAttentionFlops(arch: Architecture, promptTokens: number): number {
  const { heads, qkDim, vDim } = attentionDims(arch);
  let attended = 0;
  for (let layer = 0; layer < arch.numLayers; layer++) {
    const window = layerWindow(arch, layer);
    const w = window === null ? promptTokens : Math.min(window, promptTokens);
    attended += (w * (w + 1)) / 2 + (promptTokens - w) * w;
  }
  return 2 * heads * (qkDim + vDim) * attended;
}

/** Prefill FLOPs: 2 × active params (those in a matrix multiply; the input embedding is a lookup) × prompt tokens, plus causal attention. See docs/physics.md#prefill-and-arithmetic-intensity. */
export function prefillFlops(arch: Architecture, params: ParamBreakdown, promptTokens: number): number {
  return 2 * params.paramsActive * promptTokens + prefillAttentionFlops(arch, promptTokens);
}

export interface DecodeQuery {
  arch: Architecture;
  params: ParamBreakdown;
  weightPrecision: Precision;
  kvPrecision: Precision;
  /** Tokens each sequence has in its cache while decoding. */
  contextTokens: number;
  batch: number;
  tensorParallel: number;
  pipelineParallel: number;
  /** Data-parallel ranks sharing the batch, each on tensor × pipeline GPUs; default 1. */
  dataParallel?: number;
  /** The routed experts are split over the whole tensor × data parallel group (docs/physics.md#data-and-expert-parallelism). */
  expertsSpanDataParallel?: boolean;
  bandwidthBytesPerSecPerGpu: number;
  efficiency?: number;
  /**
   * Bytes per weight parameter read, measured from the checkpoint (its bytes read per token over
   * the parameters read per token: scales and BF16 layers of a quantized checkpoint included);
   * default the precision's width. See docs/physics.md#checkpoint-bytes-and-parameters.
   */
  bytesPerWeightParam?: number;
}

export interface DecodeEstimate {
  /** Bytes the busiest pipeline stage's GPU reads in one decode step (its weights share and its KV cache). */
  bytesPerStepPerGpu: number;
  /** Bytes read across every GPU in one step. */
  bytesPerStep: number;
  /** FLOPs of one decode step for the whole batch. */
  flopsPerStep: number;
  stepSeconds: number;
  tokensPerSecPerSequence: number;
  tokensPerSecTotal: number;
}

/**
 * Memory-bound decode: each step reads the weights once for the batch and every sequence's KV cache.
 * Tensor-parallel ranks read their shares at the same time; pipeline stages take their turns for
 * one token, so a stage's time is counted once per stage. See docs/physics.md#decode-speed.
 */
export function decodeEstimate(query: DecodeQuery): DecodeEstimate {
  const { arch, params, batch } = query;
  const tp = query.tensorParallel;
  const pp = query.pipelineParallel;
  const dp = query.dataParallel ?? 1;
  const efficiency = query.efficiency ?? DECODE_BANDWIDTH_EFFICIENCY;
  const bytesPerParam = query.bytesPerWeightParam ?? bytesPerValue(query.weightPrecision);
  // Each data-parallel rank runs its share of the batch (the busiest one the remainder) through its
  // own attention and dense weights; experts that span the group serve every rank's tokens at once.
  const batchPerRank = Math.ceil(batch / dp);
  const rankExperts = expertParamsReadPerDecodeStep(arch, params, batchPerRank);
  const denseRead = paramsReadPerDecodeStep(arch, params, batchPerRank) - rankExperts;
  const expertsPerGpu = query.expertsSpanDataParallel && dp > 1 ? expertParamsReadPerDecodeStep(arch, params, batch) / (tp * dp * pp) : rankExperts / (tp * pp);
  const weightsReadPerGpu = (denseRead / (tp * pp) + expertsPerGpu) * bytesPerParam;
  const kvPerGpu = kvCacheBytesPerGpu({
    arch,
    kvPrecision: query.kvPrecision,
    contextTokens: query.contextTokens,
    batch: batchPerRank,
    tensorParallel: tp,
    pipelineParallel: pp,
  });
  const bytesPerStepPerGpu = weightsReadPerGpu + kvPerGpu;
  const stepSeconds = (pp * bytesPerStepPerGpu) / (query.bandwidthBytesPerSecPerGpu * efficiency);
  const flopsPerStep = batch * (2 * params.paramsActive + decodeAttentionFlopsPerToken(arch, query.contextTokens));
  return {
    bytesPerStepPerGpu,
    bytesPerStep: bytesPerStepPerGpu * tp * pp * dp,
    flopsPerStep,
    stepSeconds,
    tokensPerSecPerSequence: 1 / stepSeconds,
    tokensPerSecTotal: batch / stepSeconds,
  };
}

/** FLOPs per byte of a decode step: the higher, the closer to compute-bound. See docs/physics.md#prefill-and-arithmetic-intensity. */
export function decodeArithmeticIntensity(query: DecodeQuery): number {
  const d = decodeEstimate(query);
  return d.flopsPerStep / d.bytesPerStep;
}

/**
 * Smallest batch at which decode's arithmetic intensity reaches the ridge point, or null when the
 * KV cache's reads keep it memory-bound at any batch up to `maxBatch`. Intensity grows with batch
 * (weights are shared, the KV cache is not), so a binary search finds the crossing.
 * See docs/physics.md#prefill-and-arithmetic-intensity.
 */
export function computeBoundDecodeBatch(query: Omit<DecodeQuery, "batch">, ridgeFlopsPerByte: number, maxBatch = 1 << 20): number | null {
  const at = (batch: number) => decodeArithmeticIntensity({ ...query, batch });
  if (at(maxBatch) < ridgeFlopsPerByte) return null;
  let low = 1;
  let high = maxBatch;
  if (at(low) >= ridgeFlopsPerByte) return low;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (at(mid) >= ridgeFlopsPerByte) high = mid;
    else low = mid;
  }
  return high;
}

export interface PrefillEstimate {
  flops: number;
  /** Bytes moved: the weights once and the KV cache written. */
  bytes: number;
  arithmeticIntensityFlopsPerByte: number;
  /** Time at the GPUs' dense peak: a lower bound; real prefill runs at 40–70% of it. */
  secondsAtPeak: number;
}

/**
 * Prefill of one prompt: its FLOPs, the bytes it moves (weights once, its KV cache written), their
 * ratio, and the time at the GPUs' dense peak. See docs/physics.md#prefill-and-arithmetic-intensity.
 */
export function prefillEstimate(query: {
  arch: Architecture;
  params: ParamBreakdown;
  weightPrecision: Precision;
  kvCacheBytesForPrompt: number;
  promptTokens: number;
  tensorParallel: number;
  peakFlopsPerSecPerGpu: number;
}): PrefillEstimate {
  const flops = prefillFlops(query.arch, query.params, query.promptTokens);
  const bytes = query.params.paramsTotal * bytesPerValue(query.weightPrecision) + query.kvCacheBytesForPrompt;
  return {
    flops,
    bytes,
    arithmeticIntensityFlopsPerByte: flops / bytes,
    secondsAtPeak: flops / (query.peakFlopsPerSecPerGpu * query.tensorParallel),
  };
}

/** Peak FLOPs per byte of bandwidth: below it a kernel is memory-bound, above it compute-bound. See docs/physics.md#compute-format-and-ridge-point. */
export function ridgePointFlopsPerByte(peakFlopsPerSec: number, bandwidthBytesPerSec: number): number {
  return peakFlopsPerSec / bandwidthBytesPerSec;
}
