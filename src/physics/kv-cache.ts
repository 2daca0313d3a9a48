import type { Architecture } from "./architecture.js";
import { bytesFor, type Precision } from "./precision.js";

/**
 * The KV cache: what each token leaves behind in every attention layer.
 * Exact to the byte: every size here is an integer number of bytes. See docs/physics.md#kv-cache.
 */

/** Attention window of each layer: a number of tokens for a windowed layer, null for a global one. See docs/physics.md#sliding-windows. */
export function layerWindows(arch: Architecture): Array<number | null> {
  const sw = arch.slidingWindow;
  const windows: Array<number | null> = [];
  for (let layer = 0; layer < arch.numLayers; layer++) {
    if (!sw) windows.push(null);
    else if (sw.layerTypes) windows.push(sw.layerTypes[layer] === "sliding" ? sw.windowTokens : null);
    else if (sw.globalEvery) windows.push((layer + 1) % sw.globalEvery === 0 ? null : sw.windowTokens);
    else windows.push(sw.windowTokens);
  }
  return windows;
}

/**
 * KV heads each tensor-parallel rank holds. Heads are split across ranks; when there are more
 * ranks than KV heads each rank keeps a replica of one head (vLLM: max(1, kv_heads // tp)). The
 * ceiling taken here gives the same count for every layout vLLM accepts.
 * See docs/physics.md#tensor-and-pipeline-parallelism.
 */
export function kvHeadsPerRank(numKvHeads: number, tensorParallel: number): number {
  return Math.max(1, Math.ceil(numKvHeads / tensorParallel));
}

/**
 * Bytes one token adds to one layer's cache on one GPU.
 * MHA/GQA/MQA: a key and a value of headDim for each KV head: 2 × kvHeads × headDim × bytes.
 * MLA: one compressed latent plus the shared rotary key, (kv_lora_rank + qk_rope_head_dim) × bytes,
 * replicated on every tensor-parallel rank rather than split.
 * See docs/physics.md#standard-attention-mha-gqa-mqa and docs/physics.md#multi-head-latent-attention-mla.
 */
export function kvBytesPerTokenPerLayer(arch: Architecture, kvPrecision: Precision, tensorParallel = 1): number {
  const attention = arch.attention;
  if (attention.kind === "mla") return bytesFor(attention.kvLoraRank + attention.qkRopeHeadDim, kvPrecision);
  return bytesFor(2 * kvHeadsPerRank(attention.numKvHeads, tensorParallel) * attention.headDim, kvPrecision);
}

/** Bytes one token adds across all layers (before any window caps it), on one GPU under tensor parallelism. See docs/physics.md#kv-cache. */
export function kvBytesPerToken(arch: Architecture, kvPrecision: Precision, tensorParallel = 1): number {
  return arch.numLayers * kvBytesPerTokenPerLayer(arch, kvPrecision, tensorParallel);
}

/** Tokens a layer holds for a sequence of `contextTokens`: the whole context, or at most its window. */
function cachedTokens(window: number | null, contextTokens: number): number {
  return window === null ? contextTokens : Math.min(window, contextTokens);
}

export interface KvCacheQuery {
  arch: Architecture;
  kvPrecision: Precision;
  contextTokens: number;
  /** Sequences held at once. */
  batch: number;
  tensorParallel?: number;
  /** Only these layers (a pipeline stage); all layers when absent. */
  layers?: { start: number; end: number };
}

/**
 * KV cache bytes for `batch` sequences of `contextTokens`, summed layer by layer so that a
 * windowed layer holds at most its window: a linear function of batch and of context up to the window.
 * See docs/physics.md#kv-cache.
 */
export function kvCacheBytes(query: KvCacheQuery): number {
  const { arch, kvPrecision, contextTokens, batch } = query;
  const perTokenPerLayer = kvBytesPerTokenPerLayer(arch, kvPrecision, query.tensorParallel ?? 1);
  const windows = layerWindows(arch);
  const start = query.layers?.start ?? 0;
  const end = query.layers?.end ?? arch.numLayers;
  let tokens = 0;
  for (let layer = start; layer < end; layer++) tokens += cachedTokens(windows[layer] ?? null, contextTokens);
  return tokens * perTokenPerLayer * batch;
}

/**
 * Split `numLayers` into `stages` contiguous pipeline stages as evenly as possible, the first
 * stages taking the remainder. Returns [start, end) per stage.
 * See docs/physics.md#tensor-and-pipeline-parallelism.
 */
export function pipelineStages(numLayers: number, stages: number): Array<{ start: number; end: number }> {
  const base = Math.floor(numLayers / stages);
  const extra = numLayers % stages;
  const result: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let stage = 0; stage < stages; stage++) {
    const size = base + (stage < extra ? 1 : 0);
    result.push({ start, end: start + size });
    start += size;
  }
  return result;
}

/**
 * KV cache on the busiest GPU: the pipeline stage that caches the most, with its heads split by tensor parallelism.
 * See docs/physics.md#tensor-and-pipeline-parallelism.
 */
export function kvCacheBytesPerGpu(query: KvCacheQuery & { pipelineParallel?: number }): number {
  const stages = pipelineStages(query.arch.numLayers, query.pipelineParallel ?? 1);
  return Math.max(...stages.map((layers) => kvCacheBytes({ ...query, layers })));
}
