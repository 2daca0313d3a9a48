import type { Architecture } from "./architecture.js";
import { kvBytesPerTokenPerLayer, kvCacheBytes, kvCacheBytesPerGpu, pipelineStages } from "./kv-cache.js";
import type { ParamBreakdown } from "./params.js";
import { bytesFor, type Precision } from "./precision.js";

/**
 * Workspace for activations, CUDA graphs and allocator slack, as a share of the weights: 12% of
 * total weights, as the founding specification sets it (docs/physics.md#workspace).
 * Kept as the exact fraction 12/100 = 3/25 so that byte counts stay integers (rounded up).
 */
export const WORKSPACE_NUMERATOR = 3;
export const WORKSPACE_DENOMINATOR = 25;

/** vLLM's default `gpu_memory_utilization`: the share of each GPU's memory the engine may use. See docs/physics.md#usable-memory. */
export const DEFAULT_MEMORY_FRACTION = 0.9;

/**
 * vLLM allocates the KV cache in blocks of 16 tokens (its default `block_size`), so the token
 * capacity it reports is a whole number of blocks. See docs/physics.md#kv-capacity-and-concurrency.
 */
export const KV_BLOCK_TOKENS = 16;

/**
 * Weights of a 16-bit checkpoint that the engine quantizes as it loads it (vLLM `--quantization
 * fp8`, bitsandbytes in-flight): the linear layers in the new precision; the input embedding,
 * the output head and the norms stay in the checkpoint's precision, as vLLM's online
 * quantization and every quantized checkpoint keep them. See docs/physics.md#quantized-on-load.
 */
export function quantizedOnLoadWeightsBytes(params: ParamBreakdown, precision: Precision, checkpointPrecision: Precision): number {
  const kept = params.embeddingParams + params.outputHeadParams + params.normParams;
  return bytesFor(params.paramsTotal - kept, precision) + bytesFor(kept, checkpointPrecision);
}

/** 12% of `weightsBytes`, rounded up to a whole byte. See docs/physics.md#workspace. */
export function workspaceBytes(weightsBytes: number): number {
  return Math.ceil((weightsBytes * WORKSPACE_NUMERATOR) / WORKSPACE_DENOMINATOR);
}

/**
 * Device memory × memory fraction, rounded down, computed in integers so that 80 GiB × 0.9 is
 * 77,309,411,328 bytes and not one byte less from binary floating point. Fractions are taken
 * to nine decimal places. See docs/physics.md#usable-memory.
 */
export function usableBytes(memoryBytes: number, memoryFraction: number): number {
  const scale = 1_000_000_000n;
  const fraction = BigInt(Math.round(memoryFraction * 1e9));
  return Number((BigInt(memoryBytes) * fraction) / scale);
}

export interface MemoryQuery {
  arch: Architecture;
  paramsTotal: number;
  weightPrecision: Precision;
  kvPrecision: Precision;
  contextTokens: number;
  batch: number;
  gpuMemoryBytes: number;
  /** Number of GPUs the deployment has; tensor × pipeline must not exceed it. */
  gpuCount: number;
  tensorParallel: number;
  pipelineParallel: number;
  /** Data-parallel ranks of one replica, each with its own tensor × pipeline GPUs and KV cache; default 1. */
  dataParallel?: number;
  /** The routed experts are split over the whole tensor × data parallel group (see dataParallelWeightsPerGpu). */
  expertsSpanDataParallel?: boolean;
  /** Parameters of the routed experts (ParamBreakdown.routedExpertParams); needed when experts span the data-parallel group. */
  routedExpertParams?: number;
  memoryFraction: number;
  /** The weights' bytes measured from the checkpoint, or quantized on load; default paramsTotal at weightPrecision. */
  weightsBytes?: number;
  /** The engine quantizes a checkpoint of this precision on load (see quantizedOnLoadWeightsBytes). */
  quantizedOnLoadFrom?: Precision;
}

/**
 * Weight bytes on the busiest GPU of one replica of tensor × pipeline × data parallel GPUs. Each
 * data-parallel rank holds the attention and dense weights at its tensor × pipeline split; the
 * routed experts are split over the whole group (T × D × P) when they span it (vLLM's MoE layers
 * under data parallelism, SGLang's DP attention), else each rank holds its own copy. The experts'
 * share of the bytes is their share of the parameters (exact for a checkpoint in one precision; for a
 * mixed-precision one the experts are the quantized part, so the split is an estimate).
 * See docs/physics.md#data-and-expert-parallelism.
 */
export function dataParallelWeightsPerGpu(query: {
  weightsBytes: number;
  paramsTotal: number;
  routedExpertParams: number;
  tensorParallel: number;
  pipelineParallel: number;
  dataParallel: number;
  expertsSpanDataParallel: boolean;
}): number {
  const { tensorParallel: tp, pipelineParallel: pp, dataParallel: dp } = query;
  if (!query.expertsSpanDataParallel || dp === 1 || query.routedExpertParams <= 0 || query.paramsTotal <= 0) {
    return Math.ceil(query.weightsBytes / (tp * pp));
  }
  const expertBytes = Math.round((query.weightsBytes * query.routedExpertParams) / query.paramsTotal);
  const denseBytes = query.weightsBytes - expertBytes;
  return Math.ceil(denseBytes / (tp * pp)) + Math.ceil(expertBytes / (tp * dp * pp));
}

export interface MemoryScenario {
  precision: Precision;
  /** Set when the engine quantizes a checkpoint of this precision as it loads it: embeddings, head and norms stay in it. */
  quantizedOnLoadFrom?: Precision;
  kvPrecision: Precision;
  /** Whole deployment: weights of every parameter at `precision`. */
  weightsBytes: number;
  /** Whole deployment: the cache of `batch` sequences of `contextTokens`, without tensor-parallel replication. */
  kvCacheBytes: number;
  workspaceBytes: number;
  totalBytes: number;
  /** The busiest GPU: its share of weights, its KV cache (replicated heads included) and its workspace. */
  perGpuWeightsBytes: number;
  perGpuKvCacheBytes: number;
  perGpuWorkspaceBytes: number;
  perGpuBytes: number;
  /** Device memory × memory fraction, rounded down. */
  usableBytesPerGpu: number;
  /** usable − needed on the busiest GPU; negative when it does not fit. */
  headroomBytes: number;
  /** headroomBytes as a percentage of usable memory. */
  headroomPercent: number;
  fits: boolean;
  /** KV bytes per token on the busiest GPU, every layer counted in full. */
  kvBytesPerTokenPerGpu: number;
  /** Memory left for the KV cache on the busiest GPU once weights and workspace are in (never negative). */
  kvBudgetBytesPerGpu: number;
  /** Tokens that budget holds at the full per-token cost, in whole 16-token blocks (vLLM's "GPU KV cache size"; per data-parallel rank). */
  kvCapacityTokens: number;
  /**
   * Sequences of `contextTokens` the budget holds at once (vLLM's "Maximum concurrency for N tokens
   * per request"), over every data-parallel rank of the replica (each rank's cache holds its own).
   */
  maxConcurrency: number;
}

/**
 * Footprint of a deployment in one precision, whole and per GPU, with fit and KV-cache capacity.
 * See docs/physics.md#footprint, docs/physics.md#headroom-and-fit and docs/physics.md#kv-capacity-and-concurrency.
 */
export function memoryScenario(query: MemoryQuery): MemoryScenario {
  const { arch, weightPrecision, kvPrecision, contextTokens, batch } = query;
  const tp = query.tensorParallel;
  const pp = query.pipelineParallel;
  const dp = query.dataParallel ?? 1;
  const weights = query.weightsBytes ?? bytesFor(query.paramsTotal, weightPrecision);
  const kv = kvCacheBytes({ arch, kvPrecision, contextTokens, batch });
  const workspace = workspaceBytes(weights);

  // Weights are sharded across every GPU that serves one replica. Norms and small projections are in
  // fact replicated; they are well under 1% of any model, so an even split is the estimate.
  const perGpuWeights = dataParallelWeightsPerGpu({
    weightsBytes: weights,
    paramsTotal: query.paramsTotal,
    routedExpertParams: query.routedExpertParams ?? 0,
    tensorParallel: tp,
    pipelineParallel: pp,
    dataParallel: dp,
    expertsSpanDataParallel: query.expertsSpanDataParallel ?? false,
  });
  // Each data-parallel rank caches its own sequences: the batch is shared out, the busiest rank taking the remainder.
  const batchPerRank = Math.ceil(batch / dp);
  const perGpuKv = kvCacheBytesPerGpu({ arch, kvPrecision, contextTokens, batch: batchPerRank, tensorParallel: tp, pipelineParallel: pp });
  const perGpuWorkspace = workspaceBytes(perGpuWeights);
  const perGpu = perGpuWeights + perGpuKv + perGpuWorkspace;
  const usable = usableBytes(query.gpuMemoryBytes, query.memoryFraction);
  const headroom = usable - perGpu;

  const largestStage = Math.max(...pipelineStages(arch.numLayers, pp).map((s) => s.end - s.start));
  const kvPerTokenPerGpu = kvBytesPerTokenPerLayer(arch, kvPrecision, tp) * largestStage;
  const kvBudget = Math.max(0, usable - perGpuWeights - perGpuWorkspace);
  const blockBytes = KV_BLOCK_TOKENS * kvPerTokenPerGpu;
  const kvCapacityTokens = Math.floor(kvBudget / blockBytes) * KV_BLOCK_TOKENS;
  const perSequence = kvCacheBytesPerGpu({ arch, kvPrecision, contextTokens, batch: 1, tensorParallel: tp, pipelineParallel: pp });
  const maxConcurrency = Math.floor((kvBudget / perSequence) * dp * 100) / 100;

  return {
    precision: weightPrecision,
    ...(query.quantizedOnLoadFrom ? { quantizedOnLoadFrom: query.quantizedOnLoadFrom } : {}),
    kvPrecision,
    weightsBytes: weights,
    kvCacheBytes: kv,
    workspaceBytes: workspace,
    totalBytes: weights + kv + workspace,
    perGpuWeightsBytes: perGpuWeights,
    perGpuKvCacheBytes: perGpuKv,
    perGpuWorkspaceBytes: perGpuWorkspace,
    perGpuBytes: perGpu,
    usableBytesPerGpu: usable,
    headroomBytes: headroom,
    headroomPercent: usable > 0 ? (headroom / usable) * 100 : -100,
    fits: headroom >= 0,
    kvBytesPerTokenPerGpu: kvPerTokenPerGpu,
    kvBudgetBytesPerGpu: kvBudget,
    kvCapacityTokens,
    maxConcurrency,
  };
}
