import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  bytesFor
} from "./chunk-ZZ4ZPONZ.js";

// src/physics/kv-cache.ts
function layerWindows(arch) {
  const sw = arch.slidingWindow;
  const fixed = fixedStateLayers(arch);
  const windows = [];
  for (let layer = 0; layer < arch.numLayers; layer++) {
    if (fixed[layer]) windows.push(0);
    else if (!sw) windows.push(null);
    else if (sw.layerTypes) windows.push(sw.layerTypes[layer] === "sliding" ? sw.windowTokens : null);
    else if (sw.globalEvery) windows.push((layer + 1) % sw.globalEvery === 0 ? null : sw.windowTokens);
    else windows.push(sw.windowTokens);
  }
  return windows;
}
function fixedStateLayers(arch) {
  const flags = Array.from({ length: arch.numLayers }, (_, layer) => arch.linearAttention?.layerTypes[layer] === "linear");
  for (const layer of arch.crossAttention?.layers ?? []) if (layer >= 0 && layer < arch.numLayers) flags[layer] = true;
  return flags;
}
function kvHeadsPerRank(numKvHeads, tensorParallel) {
  return Math.max(1, Math.ceil(numKvHeads / tensorParallel));
}
function kvBytesPerTokenPerLayer(arch, kvPrecision, tensorParallel = 1) {
  const attention = arch.attention;
  if (attention.kind === "mla") return bytesFor(attention.kvLoraRank + attention.qkRopeHeadDim, kvPrecision);
  return bytesFor(2 * kvHeadsPerRank(attention.numKvHeads, tensorParallel) * attention.headDim, kvPrecision);
}
function kvBytesPerToken(arch, kvPrecision, tensorParallel = 1) {
  const growing = fixedStateLayers(arch).filter((fixed) => !fixed).length;
  return growing * kvBytesPerTokenPerLayer(arch, kvPrecision, tensorParallel);
}
function fixedStateBytesPerSequence(arch, kvPrecision, tensorParallel = 1, layers = { start: 0, end: arch.numLayers }) {
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
function cachedTokens(window, contextTokens) {
  return window === null ? contextTokens : Math.min(window, contextTokens);
}
function kvCacheBytes(query) {
  const { arch, kvPrecision, contextTokens, batch } = query;
  const perTokenPerLayer = kvBytesPerTokenPerLayer(arch, kvPrecision, query.tensorParallel ?? 1);
  const windows = layerWindows(arch);
  const start = query.layers?.start ?? 0;
  const end = query.layers?.end ?? arch.numLayers;
  let tokens = 0;
  for (let layer = start; layer < end; layer++) tokens += cachedTokens(windows[layer] ?? null, contextTokens);
  const fixed = arch.crossAttention || arch.linearAttention ? fixedStateBytesPerSequence(arch, kvPrecision, query.tensorParallel ?? 1, { start, end }) : 0;
  return (tokens * perTokenPerLayer + fixed) * batch;
}
function pipelineStages(numLayers, stages) {
  const base = Math.floor(numLayers / stages);
  const extra = numLayers % stages;
  const result = [];
  let start = 0;
  for (let stage = 0; stage < stages; stage++) {
    const size = base + (stage < extra ? 1 : 0);
    result.push({ start, end: start + size });
    start += size;
  }
  return result;
}
function kvCacheBytesPerGpu(query) {
  const stages = pipelineStages(query.arch.numLayers, query.pipelineParallel ?? 1);
  return Math.max(...stages.map((layers) => kvCacheBytes({ ...query, layers })));
}

// src/physics/memory.ts
var WORKSPACE_NUMERATOR = 3;
var WORKSPACE_DENOMINATOR = 25;
var DEFAULT_MEMORY_FRACTION = 0.9;
var KV_BLOCK_TOKENS = 16;
function quantizedOnLoadWeightsBytes(params, precision, checkpointPrecision) {
  const kept = params.embeddingParams + params.outputHeadParams + params.normParams;
  return bytesFor(params.paramsTotal - kept, precision) + bytesFor(kept, checkpointPrecision);
}
function workspaceBytes(weightsBytes) {
  return Math.ceil(weightsBytes * WORKSPACE_NUMERATOR / WORKSPACE_DENOMINATOR);
}
function usableBytes(memoryBytes, memoryFraction) {
  const scale = 1000000000n;
  const fraction = BigInt(Math.round(memoryFraction * 1e9));
  return Number(BigInt(memoryBytes) * fraction / scale);
}
function dataParallelWeightsPerGpu(query) {
  const { tensorParallel: tp, pipelineParallel: pp, dataParallel: dp } = query;
  if (!query.expertsSpanDataParallel || dp === 1 || query.routedExpertParams <= 0 || query.paramsTotal <= 0) {
    return Math.ceil(query.weightsBytes / (tp * pp));
  }
  const expertBytes = Math.round(query.weightsBytes * query.routedExpertParams / query.paramsTotal);
  const denseBytes = query.weightsBytes - expertBytes;
  return Math.ceil(denseBytes / (tp * pp)) + Math.ceil(expertBytes / (tp * dp * pp));
}
function memoryScenario(query) {
  const { arch, weightPrecision, kvPrecision, contextTokens, batch } = query;
  const tp = query.tensorParallel;
  const pp = query.pipelineParallel;
  const dp = query.dataParallel ?? 1;
  const weights = query.weightsBytes ?? bytesFor(query.paramsTotal, weightPrecision);
  const kv = kvCacheBytes({ arch, kvPrecision, contextTokens, batch });
  const workspace = workspaceBytes(weights);
  const perGpuWeights = dataParallelWeightsPerGpu({
    weightsBytes: weights,
    paramsTotal: query.paramsTotal,
    routedExpertParams: query.routedExpertParams ?? 0,
    tensorParallel: tp,
    pipelineParallel: pp,
    dataParallel: dp,
    expertsSpanDataParallel: query.expertsSpanDataParallel ?? false
  });
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
  const maxConcurrency = Math.floor(kvBudget / perSequence * dp * 100) / 100;
  return {
    precision: weightPrecision,
    ...query.quantizedOnLoadFrom ? { quantizedOnLoadFrom: query.quantizedOnLoadFrom } : {},
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
    headroomPercent: usable > 0 ? headroom / usable * 100 : -100,
    fits: headroom >= 0,
    kvBytesPerTokenPerGpu: kvPerTokenPerGpu,
    kvBudgetBytesPerGpu: kvBudget,
    kvCapacityTokens,
    maxConcurrency
  };
}

// src/physics/tier.ts
var TIERS = ["consumer", "workstation", "infrastructure"];
var TIER_CONTEXT_TOKENS = 8192;
var TIER_BATCH = 1;
var CONSUMER_LIMIT_BYTES = 24e9;
var WORKSTATION_LIMIT_BYTES = 8e10;
function tierForBytes(int8FootprintBytes) {
  if (int8FootprintBytes < CONSUMER_LIMIT_BYTES) return "consumer";
  if (int8FootprintBytes <= WORKSTATION_LIMIT_BYTES) return "workstation";
  return "infrastructure";
}
function tierFootprintBytes(arch, paramsTotal) {
  const weights = bytesFor(paramsTotal, "int8");
  const kv = kvCacheBytes({ arch, kvPrecision: "bf16", contextTokens: TIER_CONTEXT_TOKENS, batch: TIER_BATCH });
  return weights + kv + workspaceBytes(weights);
}
function tierRank(tier) {
  return TIERS.indexOf(tier);
}

export {
  layerWindows,
  kvHeadsPerRank,
  kvBytesPerTokenPerLayer,
  kvBytesPerToken,
  kvCacheBytes,
  pipelineStages,
  kvCacheBytesPerGpu,
  DEFAULT_MEMORY_FRACTION,
  quantizedOnLoadWeightsBytes,
  usableBytes,
  memoryScenario,
  TIER_CONTEXT_TOKENS,
  TIER_BATCH,
  CONSUMER_LIMIT_BYTES,
  WORKSTATION_LIMIT_BYTES,
  tierForBytes,
  tierFootprintBytes,
  tierRank
};
