import type { Architecture } from "./architecture.js";
import { bytesFor, type Precision } from "./precision.js";

/**
 * The KV cache: what each token leaves behind in every attention layer.
 * Exact to the byte: every size here is an integer number of bytes. See docs/physics.md#kv-cache.
 */

/** Attention window of each layer: a number of tokens for a windowed layer, null for a global one. See docs/physics.md#sliding-windows. */
export function layerWindows(arch: Architecture): Array<number | null> {
  const windows: Array<number | null> = [];
  for (let layer = 0; layer < arch.numLayers; layer++) windows.push(layerWindow(arch, layer));
  return windows;
}

/**
 * The window of one layer, as layerWindows gives it (null outside [0, numLayers)), without
 * building the whole list: the estimates sum over layers dozens of times per deployment.
 * See docs/physics.md#sliding-windows.
 */
export function layerWindow(arch: Architecture, layer: number): number | null {
  if (layer < 0 || layer >= arch.numLayers) return null;
  // Cross-attention and linear-attention layers cache nothing per text token (see fixedStateBytesPerSequence).
  if (isFixedStateLayer(arch, layer)) return 0;
  const sw = arch.slidingWindow;
  if (!sw) return null;
  if (sw.layerTypes) return sw.layerTypes[layer] === "sliding" ? sw.windowTokens : null;
  if (sw.globalEvery) return (layer + 1) % sw.globalEvery === 0 ? null : sw.windowTokens;
  return sw.windowTokens;
}

/**
 * Σ over layers [start, end) of the tokens each attends to (holds in its cache) for a sequence of
 * `contextTokens`: the whole context for a global layer, at most its window for a windowed one,
 * none for a fixed-state one. Every layer global (no window, no cross- or linear attention) and
 * whole numbers: the layers × the context, the same number the sum gives, without the loop.
 * See docs/physics.md#sliding-windows.
 */
export function attendedTokens(arch: Architecture, contextTokens: number, start: number, end: number): number {
  if (!arch.slidingWindow && !arch.crossAttention && !arch.linearAttention && Number.isSafeInteger(contextTokens) && Number.isSafeInteger(start) && Number.isSafeInteger(end)) {
    const product = Math.max(0, end - start) * contextTokens;
    if (Number.isSafeInteger(product)) return product;
  }
  let tokens = 0;
  for (let layer = start; layer < end; layer++) {
    const window = layerWindow(arch, layer);
    tokens += window === null ? contextTokens : Math.min(window, contextTokens);
  }
  return tokens;
}

/** True where the cache of a layer in [0, numLayers) does not grow with the context (a cross-attention or a linear-attention layer). */
function isFixedStateLayer(arch: Architecture, layer: number): boolean {
  if (arch.linearAttention?.layerTypes[layer] === "linear") return true;
  return arch.crossAttention !== undefined && arch.crossAttention.layers.includes(layer);
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

/**
 * Bytes one token adds across all layers (before any window caps it), on one GPU under tensor parallelism.
 * Cross-attention and linear-attention layers add nothing per token. See docs/physics.md#kv-cache.
 */
export function kvBytesPerToken(arch: Architecture, kvPrecision: Precision, tensorParallel = 1): number {
  let growing = 0;
  for (let layer = 0; layer < arch.numLayers; layer++) if (!isFixedStateLayer(arch, layer)) growing++;
  return growing * kvBytesPerTokenPerLayer(arch, kvPrecision, tensorParallel);
}

/**
 * The cache one sequence holds whatever its length, in layers [start, end), on one GPU, in bytes:
 * - a cross-attention layer (Llama 3.2 Vision) caches the image's keys and values:
 *   imageTokens × kvBytesPerTokenPerLayer;
 * - a linear-attention layer (Qwen3-Next's Gated DeltaNet) keeps its recurrent state, keyHeadDim × valueHeadDim
 *   per value head, and the last (convKernelSize − 1) inputs of its convolution over q, k and v, at the KV
 *   precision, heads split across tensor-parallel ranks.
 * Zero for every other architecture. See docs/physics.md#kv-cache.
 */
export function fixedStateBytesPerSequence(
  arch: Architecture,
  kvPrecision: Precision,
  tensorParallel = 1,
  layers: { start: number; end: number } = { start: 0, end: arch.numLayers },
): number {
  let bytes = 0;
  const cross = arch.crossAttention;
  if (cross) {
    const perLayer = cross.imageTokens * kvBytesPerTokenPerLayer(arch, kvPrecision, tensorParallel);
    bytes += cross.layers.filter((layer) => layer >= layers.start && layer < layers.end).length * perLayer;
  }
  const linear = arch.linearAttention;
  if (linear) {
    const keyHeads = kvHeadsPerRank(linear.numKeyHeads, tensorParallel);
    const valueHeads = kvHeadsPerRank(linear.numValueHeads, tensorParallel);
    const recurrent = valueHeads * linear.keyHeadDim * linear.valueHeadDim;
    const conv = (2 * keyHeads * linear.keyHeadDim + valueHeads * linear.valueHeadDim) * (linear.convKernelSize - 1);
    const perLayer = bytesFor(recurrent, kvPrecision) + bytesFor(conv, kvPrecision);
    for (let layer = layers.start; layer < layers.end; layer++) {
      if (linear.layerTypes[layer] === "linear") bytes += perLayer;
    }
  }
  return bytes;
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
 * Layers whose cache does not grow (cross-attention, linear attention) add their fixed state per sequence.
 * See docs/physics.md#kv-cache.
 */
export function kvCacheBytes(query: KvCacheQuery): number {
  const { arch, kvPrecision, contextTokens, batch } = query;
  const perTokenPerLayer = kvBytesPerTokenPerLayer(arch, kvPrecision, query.tensorParallel ?? 1);
  const start = query.layers?.start ?? 0;
  const end = query.layers?.end ?? arch.numLayers;
  const tokens = attendedTokens(arch, contextTokens, start, end);
  const fixed = arch.crossAttention || arch.linearAttention
    ? fixedStateBytesPerSequence(arch, kvPrecision, query.tensorParallel ?? 1, { start, end })
    : 0;
  return (tokens * perTokenPerLayer + fixed) * batch;
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
