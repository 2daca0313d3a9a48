import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  moeLayerFlags
} from "./chunk-N4USQFRU.js";
import {
  bytesFor,
  bytesPerValue
} from "./chunk-ZZ4ZPONZ.js";

// src/physics/kv-cache.ts
function layerWindow(arch, layer) {
  if (layer < 0 || layer >= arch.numLayers) return null;
  if (isFixedStateLayer(arch, layer)) return 0;
  const sw = arch.slidingWindow;
  if (!sw) return null;
  if (sw.layerTypes) return sw.layerTypes[layer] === "sliding" ? sw.windowTokens : null;
  if (sw.globalEvery) return (layer + 1) % sw.globalEvery === 0 ? null : sw.windowTokens;
  return sw.windowTokens;
}
function attendedTokens(arch, contextTokens, start, end) {
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
function isFixedStateLayer(arch, layer) {
  if (arch.linearAttention?.layerTypes[layer] === "linear") return true;
  return arch.crossAttention !== void 0 && arch.crossAttention.layers.includes(layer);
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
  let growing = 0;
  for (let layer = 0; layer < arch.numLayers; layer++) if (!isFixedStateLayer(arch, layer)) growing++;
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
function kvCacheBytes(query) {
  const { arch, kvPrecision, contextTokens, batch } = query;
  const perTokenPerLayer = kvBytesPerTokenPerLayer(arch, kvPrecision, query.tensorParallel ?? 1);
  const start = query.layers?.start ?? 0;
  const end = query.layers?.end ?? arch.numLayers;
  const tokens = attendedTokens(arch, contextTokens, start, end);
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

// src/physics/performance.ts
var DECODE_BANDWIDTH_EFFICIENCY = 0.8;
function requiredDecodeBandwidthBytesPerSec(paramsActive, precision, targetTokensPerSec) {
  return paramsActive * bytesPerValue(precision) * targetTokensPerSec;
}
function requiredDecodeBandwidthFromBytes(bytesReadPerToken, targetTokensPerSec) {
  return bytesReadPerToken * targetTokensPerSec;
}
function expectedDistinctExperts(numExperts, topK, batch) {
  return numExperts * (1 - Math.pow(1 - topK / numExperts, batch));
}
function paramsReadPerDecodeStep(arch, params, batch) {
  const embeddingRead = arch.tieWordEmbeddings ? params.embeddingParams : batch * arch.hiddenSize;
  const alwaysRead = params.paramsTotal - params.routedExpertParams - params.embeddingParams + embeddingRead;
  return alwaysRead + expertParamsReadPerDecodeStep(arch, params, batch);
}
function expertParamsReadPerDecodeStep(arch, params, batch) {
  if (!arch.moe) return 0;
  const experts = Math.min(arch.moe.numExperts, expectedDistinctExperts(arch.moe.numExperts, arch.moe.topK, batch));
  return params.moeLayers * experts * params.paramsPerExpert;
}
function attentionDims(arch) {
  const a = arch.attention;
  if (a.kind === "mla") return { heads: a.numHeads, qkDim: a.qkNopeHeadDim + a.qkRopeHeadDim, vDim: a.vHeadDim };
  return { heads: a.numHeads, qkDim: a.headDim, vDim: a.headDim };
}
function decodeAttentionFlopsPerToken(arch, contextTokens, layers) {
  const { heads, qkDim, vDim } = attentionDims(arch);
  const attended = attendedTokens(arch, contextTokens, layers?.start ?? 0, layers?.end ?? arch.numLayers);
  return 2 * heads * (qkDim + vDim) * attended;
}
function prefillAttentionFlops(arch, promptTokens) {
  const { heads, qkDim, vDim } = attentionDims(arch);
  let attended = 0;
  for (let layer = 0; layer < arch.numLayers; layer++) {
    const window = layerWindow(arch, layer);
    const w = window === null ? promptTokens : Math.min(window, promptTokens);
    attended += w * (w + 1) / 2 + (promptTokens - w) * w;
  }
  return 2 * heads * (qkDim + vDim) * attended;
}
function prefillFlops(arch, params, promptTokens) {
  return 2 * params.paramsActive * promptTokens + prefillAttentionFlops(arch, promptTokens);
}
function decodeEstimate(query) {
  const { arch, params, batch } = query;
  const tp = query.tensorParallel;
  const pp = query.pipelineParallel;
  const dp = query.dataParallel ?? 1;
  const efficiency = query.efficiency ?? DECODE_BANDWIDTH_EFFICIENCY;
  const bytesPerParam = query.bytesPerWeightParam ?? bytesPerValue(query.weightPrecision);
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
    pipelineParallel: pp
  });
  const bytesPerStepPerGpu = weightsReadPerGpu + kvPerGpu;
  const stepSeconds = pp * bytesPerStepPerGpu / (query.bandwidthBytesPerSecPerGpu * efficiency);
  const flopsPerStep = batch * (2 * params.paramsActive + decodeAttentionFlopsPerToken(arch, query.contextTokens));
  return {
    bytesPerStepPerGpu,
    bytesPerStep: bytesPerStepPerGpu * tp * pp * dp,
    flopsPerStep,
    stepSeconds,
    tokensPerSecPerSequence: 1 / stepSeconds,
    tokensPerSecTotal: batch / stepSeconds
  };
}
function decodeArithmeticIntensity(query) {
  const d = decodeEstimate(query);
  return d.flopsPerStep / d.bytesPerStep;
}
function computeBoundDecodeBatch(query, ridgeFlopsPerByte, maxBatch = 1 << 20) {
  const at = (batch) => decodeArithmeticIntensity({ ...query, batch });
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
function prefillEstimate(query) {
  const flops = prefillFlops(query.arch, query.params, query.promptTokens);
  const bytes = query.params.paramsTotal * bytesPerValue(query.weightPrecision) + query.kvCacheBytesForPrompt;
  return {
    flops,
    bytes,
    arithmeticIntensityFlopsPerByte: flops / bytes,
    secondsAtPeak: flops / (query.peakFlopsPerSecPerGpu * query.tensorParallel)
  };
}
function ridgePointFlopsPerByte(peakFlopsPerSec, bandwidthBytesPerSec) {
  return peakFlopsPerSec / bandwidthBytesPerSec;
}

// src/physics/speed-constants.json
var speed_constants_default = {
  $comment: "Written by `npm run calibrate` (scripts/calibrate/): do not edit. Method, tables and plot: docs/calibration.md.",
  schemaVersion: 1,
  fittedOn: "2026-12-02",
  constants: {
    bandwidthEfficiency: {
      "nvidia-hbm": 0.925,
      "amd-hbm": 0.5217,
      "other-hbm": 0.925,
      gddr: 0.9139,
      lpddr: 0.58
    },
    kvEfficiencyRelative: 0.9525,
    hostBoundKvEfficiencyRelative: 0.304,
    expertEfficiencyRelative: 0.06372,
    expertHalfEfficiencyTokens: 7.025,
    expertHalfPenaltyMatrixBytes: 4063e4,
    quantizedKernelEfficiencyRelative: 0.9326,
    decodeComputeFraction: 0.5705,
    cudaCoreAttentionFraction: 0.01153,
    prefillComputeFraction: 0.4863,
    layerSeconds: {
      vllm: 5454e-8,
      "vllm@<0.8": 1382e-7,
      sglang: 272e-7,
      trtllm: 7415e-8,
      lmdeploy: 1122e-7,
      transformers: 1036e-6,
      "llama.cpp": 7415e-8,
      unknown: 7415e-8
    },
    eagerLayerSeconds: 2695e-8,
    fixedCostRelative: {
      "nvidia-hbm": 1,
      "amd-hbm": 0.4132,
      "other-hbm": 1,
      gddr: 1,
      lpddr: 1
    },
    sequenceSeconds: {
      vllm: 597e-7,
      "vllm@<0.8": 2236e-7,
      sglang: 4075e-8,
      trtllm: 1617e-8,
      lmdeploy: 2181e-8,
      transformers: 4075e-8,
      "llama.cpp": 4075e-8,
      unknown: 4075e-8
    },
    allReduceLatencySeconds: {
      nvlink: 4403e-9,
      xgmi: 7815e-9,
      pcie: 183e-7,
      ethernet: 183e-7,
      none: 183e-7
    },
    allReduceBandwidthEfficiency: {
      nvlink: 0.7,
      xgmi: 0.7,
      pcie: 0.415,
      ethernet: 0.415,
      none: 0.415
    }
  },
  provenance: {
    "bandwidthEfficiency.nvidia-hbm": "fitted on 2026-12-02 by scripts/calibrate from the 100 training records it affects (of 167)",
    "bandwidthEfficiency.amd-hbm": "fitted on 2026-12-02 by scripts/calibrate from the 26 training records it affects (of 167)",
    "bandwidthEfficiency.other-hbm": "no records (Intel Gaudi); taken equal to bandwidthEfficiency.nvidia-hbm",
    "bandwidthEfficiency.gddr": "fitted on 2026-12-02 by scripts/calibrate from the 5 training records it affects (of 167)",
    "bandwidthEfficiency.lpddr": "published, not fitted (no Apple record): 0.58, llama.cpp on M1 Max (400 GB/s) decoding IQ4_NL at 233 GB/s (https://github.com/ggml-org/llama.cpp/issues/27525, llama.cpp b10549), within the 0.44-0.73 of the calibration set's Apple figures (mbu list)",
    kvEfficiencyRelative: "fitted on 2026-12-02 by scripts/calibrate from the 118 training records it affects (of 167)",
    hostBoundKvEfficiencyRelative: "fitted on 2026-12-02 by scripts/calibrate from the 7 training records it affects (of 167)",
    expertHalfPenaltyMatrixBytes: "fitted on 2026-12-02 by scripts/calibrate from the 14 training records it affects (of 167)",
    expertEfficiencyRelative: "fitted on 2026-12-02 by scripts/calibrate from the 14 training records it affects (of 167)",
    expertHalfEfficiencyTokens: "fitted on 2026-12-02 by scripts/calibrate from the 14 training records it affects (of 167)",
    quantizedKernelEfficiencyRelative: "fitted on 2026-12-02 by scripts/calibrate from the 43 training records it affects (of 167)",
    decodeComputeFraction: "fitted on 2026-12-02 by scripts/calibrate from the 5 training records it affects (of 167)",
    cudaCoreAttentionFraction: "fitted on 2026-12-02 by scripts/calibrate from the 7 training records it affects (of 167)",
    prefillComputeFraction: "fitted on 2026-12-02 by scripts/calibrate from the 136 training records it affects (of 167)",
    "layerSeconds.vllm": "fitted on 2026-12-02 by scripts/calibrate from the 16 training records it affects (of 167)",
    "layerSeconds.vllm@<0.8": "fitted on 2026-12-02 by scripts/calibrate from the 66 training records it affects (of 167)",
    "layerSeconds.sglang": "fitted on 2026-12-02 by scripts/calibrate from the 5 training records it affects (of 167)",
    "layerSeconds.trtllm": "fitted on 2026-12-02 by scripts/calibrate from the 19 training records it affects (of 167)",
    "layerSeconds.lmdeploy": "fitted on 2026-12-02 by scripts/calibrate from the 18 training records it affects (of 167)",
    "layerSeconds.transformers": "fitted on 2026-12-02 by scripts/calibrate from the 41 training records it affects (of 167)",
    "layerSeconds.llama.cpp": "start 60 \xB5s (../shared/design/speed-model.md); not fitted: 1 training record affect it (fewer than 5); the median of the fitted layerSeconds.vllm, layerSeconds.vllm@<0.8, layerSeconds.sglang, layerSeconds.trtllm, layerSeconds.lmdeploy",
    "layerSeconds.unknown": "the median of the fitted layerSeconds.vllm, layerSeconds.vllm@<0.8, layerSeconds.sglang, layerSeconds.trtllm, layerSeconds.lmdeploy",
    eagerLayerSeconds: "fitted on 2026-12-02 by scripts/calibrate from the 6 training records it affects (of 167)",
    "fixedCostRelative.nvidia-hbm": "1 by definition: the reference the other classes' fixed costs are relative to",
    "fixedCostRelative.amd-hbm": "fitted on 2026-12-02 by scripts/calibrate from the 26 training records it affects (of 167)",
    "fixedCostRelative.other-hbm": "1, assumed (no records)",
    "fixedCostRelative.gddr": "1, assumed: the same NVIDIA software stack as the HBM parts",
    "fixedCostRelative.lpddr": "1, assumed (no records)",
    "sequenceSeconds.vllm": "fitted on 2026-12-02 by scripts/calibrate from the 13 training records it affects (of 167)",
    "sequenceSeconds.vllm@<0.8": "fitted on 2026-12-02 by scripts/calibrate from the 18 training records it affects (of 167)",
    "sequenceSeconds.sglang": "start 20 \xB5s (assumed); not fitted: 3 training records affect it (fewer than 5); the median of the fitted sequenceSeconds.vllm, sequenceSeconds.vllm@<0.8, sequenceSeconds.trtllm, sequenceSeconds.lmdeploy",
    "sequenceSeconds.trtllm": "fitted on 2026-12-02 by scripts/calibrate from the 18 training records it affects (of 167)",
    "sequenceSeconds.lmdeploy": "fitted on 2026-12-02 by scripts/calibrate from the 17 training records it affects (of 167)",
    "sequenceSeconds.transformers": "start 20 \xB5s (assumed); not fitted: 0 training records affect it (fewer than 5); the median of the fitted sequenceSeconds.vllm, sequenceSeconds.vllm@<0.8, sequenceSeconds.trtllm, sequenceSeconds.lmdeploy",
    "sequenceSeconds.llama.cpp": "start 20 \xB5s (assumed); not fitted: 0 training records affect it (fewer than 5); the median of the fitted sequenceSeconds.vllm, sequenceSeconds.vllm@<0.8, sequenceSeconds.trtllm, sequenceSeconds.lmdeploy",
    "sequenceSeconds.unknown": "the median of the fitted sequenceSeconds.vllm, sequenceSeconds.vllm@<0.8, sequenceSeconds.trtllm, sequenceSeconds.lmdeploy",
    "allReduceLatencySeconds.nvlink": "fitted on 2026-12-02 by scripts/calibrate from the 29 training records it affects (of 167)",
    "allReduceLatencySeconds.xgmi": "fitted on 2026-12-02 by scripts/calibrate from the 26 training records it affects (of 167)",
    "allReduceLatencySeconds.pcie": "published, not fitted: 18.3 \xB5s per log2 tp, a line through nccl-tests all_reduce_perf -g 4 on 4 x RTX 4090 over PCIe 4.0 x16 (no NVLink, NCCL_P2P_LEVEL=SYS), NCCL 2.23.4, out-of-place rows 256 KiB-4 MiB (66.25 \xB5s at 262144 B, 510.6 \xB5s at 4194304 B): https://github.com/tinygrad/open-gpu-kernel-modules/pull/22 (mylesgoose, 2024-11-15) giving 36.6 \xB5s at 4 GPUs",
    "allReduceLatencySeconds.ethernet": "no records; taken equal to allReduceLatencySeconds.pcie",
    "allReduceLatencySeconds.none": "no link: priced as PCIe; taken equal to allReduceLatencySeconds.pcie",
    "allReduceBandwidthEfficiency.nvlink": "published, not fitted: 0.7, nccl-tests all_reduce_perf bus bandwidth of ~200-208 GB/s on 8 x A100 SXM (NVLink 3, 300 GB/s each way): https://github.com/NVIDIA/nccl-tests/issues/149, https://github.com/NVIDIA/nccl-tests/issues/178",
    "allReduceBandwidthEfficiency.xgmi": "assumed as NVLink's (no Infinity Fabric measurement cited); taken equal to allReduceBandwidthEfficiency.nvlink",
    "allReduceBandwidthEfficiency.pcie": "published, not fitted: 0.415, bus bandwidth 13.27 GB/s of PCIe 4.0 x16's 32 GB/s one way, the slope of a line through nccl-tests all_reduce_perf -g 4 on 4 x RTX 4090 over PCIe 4.0 x16 (no NVLink, NCCL_P2P_LEVEL=SYS), NCCL 2.23.4, out-of-place rows 256 KiB-4 MiB (66.25 \xB5s at 262144 B, 510.6 \xB5s at 4194304 B): https://github.com/tinygrad/open-gpu-kernel-modules/pull/22 (mylesgoose, 2024-11-15)",
    "allReduceBandwidthEfficiency.ethernet": "no records; taken equal to allReduceBandwidthEfficiency.pcie",
    "allReduceBandwidthEfficiency.none": "no link: priced as PCIe; taken equal to allReduceBandwidthEfficiency.pcie"
  },
  heldOut: {
    all: {
      records: 84,
      p10: 0.8602,
      p90: 1.2098,
      medianAbsErrorPercent: 7.9,
      within20Percent: 85.7
    },
    byEngineFamily: {
      vLLM: {
        records: 48,
        p10: 0.8579,
        p90: 1.1289,
        medianAbsErrorPercent: 6.13,
        within20Percent: 85.4
      },
      SGLang: {
        records: 1,
        p10: 1.4369,
        p90: 1.4369,
        medianAbsErrorPercent: 30.41,
        within20Percent: 0
      },
      "TensorRT-LLM": {
        records: 2,
        p10: 0.9291,
        p90: 0.9706,
        medianAbsErrorPercent: 5.36,
        within20Percent: 100
      },
      others: {
        records: 33,
        p10: 0.8894,
        p90: 1.2217,
        medianAbsErrorPercent: 9.19,
        within20Percent: 87.9
      }
    },
    byGpuClass: {
      "nvidia-hbm": {
        records: 69,
        p10: 0.864,
        p90: 1.2084,
        medianAbsErrorPercent: 8.17,
        within20Percent: 88.4
      },
      "amd-hbm": {
        records: 14,
        p10: 0.7102,
        p90: 1.3273,
        medianAbsErrorPercent: 6.31,
        within20Percent: 71.4
      },
      gddr: {
        records: 1,
        p10: 0.9758,
        p90: 0.9758,
        medianAbsErrorPercent: 2.48,
        within20Percent: 100
      }
    }
  },
  crossValidated: {
    all: {
      records: 251,
      p10: 0.8491,
      p90: 1.1911,
      medianAbsErrorPercent: 7.73,
      within20Percent: 84.1
    },
    byEngineFamily: {
      vLLM: {
        records: 130,
        p10: 0.9059,
        p90: 1.1289,
        medianAbsErrorPercent: 5.77,
        within20Percent: 88.5
      },
      SGLang: {
        records: 6,
        p10: 0.6356,
        p90: 1.6967,
        medianAbsErrorPercent: 39,
        within20Percent: 16.7
      },
      "TensorRT-LLM": {
        records: 19,
        p10: 0.7875,
        p90: 1.2524,
        medianAbsErrorPercent: 8.98,
        within20Percent: 73.7
      },
      "llama.cpp/Ollama": {
        records: 1,
        p10: 1.0838,
        p90: 1.0838,
        medianAbsErrorPercent: 7.73,
        within20Percent: 100
      },
      others: {
        records: 95,
        p10: 0.8515,
        p90: 1.2421,
        medianAbsErrorPercent: 11.31,
        within20Percent: 84.2
      }
    },
    byGpuClass: {
      "nvidia-hbm": {
        records: 205,
        p10: 0.8536,
        p90: 1.2033,
        medianAbsErrorPercent: 8.24,
        within20Percent: 85.4
      },
      "amd-hbm": {
        records: 40,
        p10: 0.7202,
        p90: 1.0817,
        medianAbsErrorPercent: 5.22,
        within20Percent: 80
      },
      gddr: {
        records: 6,
        p10: 0.8851,
        p90: 1.3683,
        medianAbsErrorPercent: 10.73,
        within20Percent: 66.7
      }
    }
  },
  minBandRecords: 10,
  records: {
    file: "scripts/calibrate/decode-measurements.json",
    sha256: "3cec7c1b88fd6eee3cc93bb9f223ed665cbc7276eef70543e8dfa2595fc7ef79",
    split: "training when FNV-1a-32(record id) mod 1000 < 700, held out otherwise",
    training: [
      "qwen25-hf-0.5B-GPTQ-Int8-1-1gpu",
      "qwen25-hf-0.5B-AWQ-1-1gpu",
      "qwen25-hf-0.5B-GPTQ-Int8-6144-1gpu",
      "qwen25-hf-0.5B-GPTQ-Int4-6144-1gpu",
      "qwen25-hf-0.5B-AWQ-6144-1gpu",
      "qwen25-hf-0.5B-BF16-14336-1gpu",
      "qwen25-hf-0.5B-BF16-30720-1gpu",
      "qwen25-hf-0.5B-GPTQ-Int8-30720-1gpu",
      "qwen25-hf-0.5B-GPTQ-Int4-30720-1gpu",
      "qwen25-vllm-0.5B-AWQ-1-1gpu",
      "qwen25-vllm-0.5B-BF16-6144-1gpu",
      "qwen25-vllm-0.5B-GPTQ-Int8-6144-1gpu",
      "qwen25-vllm-0.5B-GPTQ-Int4-6144-1gpu",
      "qwen25-vllm-0.5B-AWQ-6144-1gpu",
      "qwen25-vllm-0.5B-GPTQ-Int4-14336-1gpu",
      "qwen25-vllm-0.5B-GPTQ-Int8-30720-1gpu",
      "qwen25-hf-1.5B-BF16-1-1gpu",
      "qwen25-hf-1.5B-GPTQ-Int4-1-1gpu",
      "qwen25-hf-1.5B-AWQ-1-1gpu",
      "qwen25-hf-1.5B-BF16-6144-1gpu",
      "qwen25-hf-1.5B-GPTQ-Int8-6144-1gpu",
      "qwen25-hf-1.5B-BF16-14336-1gpu",
      "qwen25-hf-1.5B-GPTQ-Int4-14336-1gpu",
      "qwen25-hf-1.5B-AWQ-14336-1gpu",
      "qwen25-vllm-1.5B-BF16-1-1gpu",
      "qwen25-vllm-1.5B-GPTQ-Int4-1-1gpu",
      "qwen25-vllm-1.5B-GPTQ-Int4-6144-1gpu",
      "qwen25-vllm-1.5B-BF16-14336-1gpu",
      "qwen25-vllm-1.5B-GPTQ-Int4-14336-1gpu",
      "qwen25-vllm-1.5B-BF16-30720-1gpu",
      "qwen25-vllm-1.5B-AWQ-30720-1gpu",
      "qwen25-hf-3B-BF16-1-1gpu",
      "qwen25-hf-3B-GPTQ-Int8-1-1gpu",
      "qwen25-hf-3B-GPTQ-Int8-6144-1gpu",
      "qwen25-hf-3B-GPTQ-Int4-6144-1gpu",
      "qwen25-hf-3B-AWQ-6144-1gpu",
      "qwen25-hf-3B-BF16-14336-1gpu",
      "qwen25-hf-3B-GPTQ-Int4-14336-1gpu",
      "qwen25-vllm-3B-BF16-6144-1gpu",
      "qwen25-vllm-3B-GPTQ-Int4-6144-1gpu",
      "qwen25-vllm-3B-GPTQ-Int8-14336-1gpu",
      "qwen25-vllm-3B-GPTQ-Int4-14336-1gpu",
      "qwen25-vllm-3B-AWQ-30720-1gpu",
      "qwen25-hf-7B-GPTQ-Int8-14336-1gpu",
      "qwen25-hf-7B-GPTQ-Int4-14336-1gpu",
      "qwen25-hf-7B-AWQ-14336-1gpu",
      "qwen25-hf-7B-GPTQ-Int8-30720-1gpu",
      "qwen25-vllm-7B-GPTQ-Int8-1-1gpu",
      "qwen25-vllm-7B-GPTQ-Int4-14336-1gpu",
      "qwen25-vllm-7B-GPTQ-Int4-30720-1gpu",
      "qwen25-vllm-7B-BF16-63488-1gpu",
      "qwen25-vllm-7B-GPTQ-Int4-63488-1gpu",
      "qwen25-vllm-7B-GPTQ-Int8-129024-1gpu",
      "qwen25-vllm-7B-GPTQ-Int4-129024-1gpu",
      "qwen25-hf-14B-GPTQ-Int8-1-1gpu",
      "qwen25-hf-14B-GPTQ-Int4-1-1gpu",
      "qwen25-hf-14B-GPTQ-Int8-6144-1gpu",
      "qwen25-hf-14B-GPTQ-Int8-14336-1gpu",
      "qwen25-vllm-14B-BF16-6144-1gpu",
      "qwen25-vllm-14B-BF16-14336-1gpu",
      "qwen25-vllm-14B-GPTQ-Int4-30720-1gpu",
      "qwen25-vllm-14B-GPTQ-Int8-63488-1gpu",
      "qwen25-vllm-14B-GPTQ-Int4-63488-1gpu",
      "qwen25-vllm-14B-BF16-129024-1gpu",
      "qwen25-hf-32B-AWQ-1-1gpu",
      "qwen25-hf-32B-BF16-6144-1gpu",
      "qwen25-hf-32B-GPTQ-Int4-6144-1gpu",
      "qwen25-hf-32B-AWQ-6144-1gpu",
      "qwen25-hf-32B-GPTQ-Int4-14336-1gpu",
      "qwen25-hf-32B-AWQ-14336-1gpu",
      "qwen25-vllm-32B-BF16-1-1gpu",
      "qwen25-vllm-32B-AWQ-1-1gpu",
      "qwen25-vllm-32B-GPTQ-Int8-6144-1gpu",
      "qwen25-vllm-32B-AWQ-6144-1gpu",
      "qwen25-vllm-32B-GPTQ-Int8-14336-1gpu",
      "qwen25-vllm-32B-AWQ-14336-1gpu",
      "qwen25-vllm-32B-BF16-30720-2gpu",
      "qwen25-vllm-32B-GPTQ-Int8-30720-1gpu",
      "qwen25-vllm-32B-GPTQ-Int8-63488-1gpu",
      "qwen25-vllm-32B-AWQ-63488-1gpu",
      "qwen25-hf-72B-GPTQ-Int4-1-1gpu",
      "qwen25-hf-72B-AWQ-1-1gpu",
      "qwen25-hf-72B-GPTQ-Int8-6144-2gpu",
      "qwen25-hf-72B-BF16-30720-3gpu",
      "qwen25-vllm-72B-GPTQ-Int8-1-2gpu",
      "qwen25-vllm-72B-GPTQ-Int4-6144-1gpu",
      "qwen25-vllm-72B-AWQ-6144-2gpu",
      "qwen25-vllm-72B-GPTQ-Int4-14336-2gpu",
      "qwen25-vllm-72B-BF16-30720-4gpu",
      "qwen25-vllm-72B-BF16-63488-4gpu",
      "rocm-mi300x-Llama-3.1-70B-Instruct-FP8-KV-128-b2",
      "rocm-mi300x-Llama-3.1-70B-Instruct-FP8-KV-128-b8",
      "rocm-mi300x-Llama-3.1-70B-Instruct-FP8-KV-128-b64",
      "rocm-mi300x-Llama-3.1-70B-Instruct-FP8-KV-2048-b8",
      "rocm-mi300x-Llama-3.1-70B-Instruct-FP8-KV-2048-b64",
      "rocm-mi300x-Llama-3.1-70B-Instruct-FP8-KV-2048-b128",
      "rocm-mi300x-Llama-3.1-405B-Instruct-FP8-KV-128-b4",
      "rocm-mi300x-Llama-3.1-405B-Instruct-FP8-KV-128-b32",
      "rocm-mi300x-Llama-3.1-405B-Instruct-FP8-KV-128-b64",
      "rocm-mi300x-Llama-3.1-405B-Instruct-FP8-KV-2048-b8",
      "rocm-mi300x-Llama-3.1-405B-Instruct-FP8-KV-2048-b16",
      "rocm-mi300x-Llama-3.1-405B-Instruct-FP8-KV-2048-b32",
      "rocm-mi300x-Llama-3.1-405B-Instruct-FP8-KV-2048-b128",
      "trtllm090-H200-Mistral7B-2048-2048-b56",
      "trtllm090-H200-Mixtral8x7B-2048-2048-b64",
      "trtllm090-H200-LLaMA7B-128-2048-b120",
      "trtllm090-H200-LLaMA70B-128-2048-b512",
      "trtllm090-H100-Mistral7B-128-2048-b120",
      "trtllm090-H100-Mixtral8x7B-2048-2048-b32",
      "trtllm090-H100-LLaMA7B-128-2048-b120",
      "trtllm090-H100-LLaMA7B-2048-2048-b56",
      "trtllm090-H100-LLaMA70B-128-2048-b512",
      "trtllm090-L40S-Mixtral8x7B-128-2048-b256",
      "trtllm090-L40S-Mixtral8x7B-2048-2048-b32",
      "trtllm090-L40S-LLaMA70B-128-2048-b256",
      "trtllm090-L40S-LLaMA70B-2048-2048-b64",
      "trtllm090-A100-Mistral7B-128-2048-b120",
      "trtllm090-A100-LLaMA70B-2048-2048-b64",
      "lmdeploy-llama2-7b-b1-2048-2048",
      "lmdeploy-llama2-7b-b16-128-2048",
      "lmdeploy-llama2-7b-b16-2048-128",
      "lmdeploy-llama2-7b-b16-2048-2048",
      "lmdeploy-llama2-7b-b32-128-128",
      "lmdeploy-llama2-7b-b32-128-2048",
      "lmdeploy-llama2-7b-b32-2048-2048",
      "lmdeploy-llama2-7b-b64-2048-2048",
      "lmdeploy-llama2-13b-b16-1-128",
      "lmdeploy-llama2-13b-b16-128-128",
      "lmdeploy-llama2-13b-b16-128-2048",
      "lmdeploy-llama2-13b-b16-2048-2048",
      "lmdeploy-llama2-13b-b32-128-128",
      "lmdeploy-llama2-70b-b16-128-2048",
      "lmdeploy-llama2-70b-b32-128-2048",
      "lmdeploy-llama2-70b-b32-2048-2048",
      "lmdeploy-llama2-70b-b64-2048-128",
      "lmdeploy-llama2-70b-b64-2048-2048",
      "vllmblog-fp8kv-Llama-3.1-8B-H100-fp8-in1024",
      "vllmblog-fp8kv-Llama-3.1-8B-B200-fp8-in32768",
      "vllmblog-fp8kv-gpt-oss-20b-H100-bf16-in32768",
      "sglang-gptoss120b-B200-MXFP4",
      "sglang-gptoss120b-B200-BF16",
      "nim180-llama33-70b-2xh100-5000-500-c5",
      "nim180-llama33-70b-2xh100-500-2000-c1",
      "dstack-405b-8xH100-meta-Llama-31-405B-FP8-128-b4",
      "dstack-405b-8xH100-meta-Llama-31-405B-FP8-128-b32",
      "dstack-405b-8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV-128-b8",
      "dstack-405b-8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV-128-b16",
      "dstack-405b-4xMi300x_1FP8-amd-128-b8",
      "dstack-405b-8xH100-meta-Llama-31-405B-FP8-2048-b4",
      "dstack-405b-8xH100-meta-Llama-31-405B-FP8-2048-b8",
      "dstack-405b-8xH100-meta-Llama-31-405B-FP8-2048-b16",
      "dstack-405b-8xH100-meta-Llama-31-405B-FP8-2048-b32",
      "dstack-405b-8xH100-meta-Llama-31-405B-FP8-2048-b256",
      "dstack-405b-8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV-2048-b16",
      "dstack-405b-8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV-2048-b128",
      "dstack-405b-8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV-2048-b256",
      "dstack-405b-4xMi300x_1FP8-amd-2048-b4",
      "dstack-405b-4xMi300x_1FP8-amd-2048-b16",
      "dstack-405b-4xMi300x_1FP8-amd-2048-b64",
      "dstack-dsr1-mi300x-vllm-c128",
      "dstack-dsr1-mi300x-vllm-c4",
      "dstack-dsr1-h200-sglang-c32",
      "dstack-dsr1-mi300x-sglang-c4",
      "dstack-dsr1-mi300x-sglang-c128",
      "dstack-dsr1-h200-trt-llm-c16",
      "dstack-dsr1-h200-trt-llm-c32",
      "llamacpp-pr4766-rtx4090-codellama7b-q8_0"
    ],
    heldOut: [
      "qwen25-hf-0.5B-BF16-1-1gpu",
      "qwen25-hf-0.5B-GPTQ-Int4-1-1gpu",
      "qwen25-hf-0.5B-GPTQ-Int8-14336-1gpu",
      "qwen25-hf-0.5B-AWQ-14336-1gpu",
      "qwen25-vllm-0.5B-GPTQ-Int8-1-1gpu",
      "qwen25-vllm-0.5B-GPTQ-Int4-1-1gpu",
      "qwen25-vllm-0.5B-BF16-14336-1gpu",
      "qwen25-hf-1.5B-GPTQ-Int8-30720-1gpu",
      "qwen25-hf-1.5B-GPTQ-Int4-30720-1gpu",
      "qwen25-hf-1.5B-AWQ-30720-1gpu",
      "qwen25-vllm-1.5B-AWQ-1-1gpu",
      "qwen25-vllm-1.5B-GPTQ-Int8-14336-1gpu",
      "qwen25-vllm-1.5B-GPTQ-Int8-30720-1gpu",
      "qwen25-hf-3B-GPTQ-Int4-30720-1gpu",
      "qwen25-vllm-3B-AWQ-6144-1gpu",
      "qwen25-vllm-3B-GPTQ-Int8-30720-1gpu",
      "qwen25-hf-7B-GPTQ-Int8-6144-1gpu",
      "qwen25-hf-7B-GPTQ-Int4-6144-1gpu",
      "qwen25-vllm-7B-AWQ-30720-1gpu",
      "qwen25-vllm-7B-BF16-129024-1gpu",
      "qwen25-vllm-7B-AWQ-129024-1gpu",
      "qwen25-hf-14B-AWQ-1-1gpu",
      "qwen25-hf-14B-BF16-6144-1gpu",
      "qwen25-hf-14B-GPTQ-Int4-30720-1gpu",
      "qwen25-vllm-14B-AWQ-1-1gpu",
      "qwen25-vllm-14B-GPTQ-Int8-6144-1gpu",
      "qwen25-vllm-14B-AWQ-6144-1gpu",
      "qwen25-vllm-14B-GPTQ-Int8-14336-1gpu",
      "qwen25-vllm-14B-GPTQ-Int4-14336-1gpu",
      "qwen25-vllm-14B-AWQ-14336-1gpu",
      "qwen25-vllm-14B-AWQ-63488-1gpu",
      "qwen25-vllm-14B-GPTQ-Int8-129024-1gpu",
      "qwen25-hf-32B-BF16-1-1gpu",
      "qwen25-hf-32B-GPTQ-Int8-14336-1gpu",
      "qwen25-hf-32B-BF16-30720-1gpu",
      "qwen25-hf-32B-GPTQ-Int8-30720-1gpu",
      "qwen25-hf-32B-AWQ-30720-1gpu",
      "qwen25-vllm-32B-GPTQ-Int4-30720-1gpu",
      "qwen25-vllm-32B-BF16-129024-2gpu",
      "qwen25-vllm-32B-GPTQ-Int4-129024-1gpu",
      "qwen25-hf-72B-GPTQ-Int4-30720-2gpu",
      "qwen25-vllm-72B-AWQ-1-2gpu",
      "qwen25-vllm-72B-BF16-6144-4gpu",
      "qwen25-vllm-72B-GPTQ-Int8-14336-2gpu",
      "qwen25-vllm-72B-GPTQ-Int8-129024-4gpu",
      "qwen25-vllm-72B-GPTQ-Int4-129024-2gpu",
      "rocm-mi300x-Llama-3.1-70B-Instruct-FP8-KV-128-b128",
      "rocm-mi300x-Llama-3.1-70B-Instruct-FP8-KV-2048-b4",
      "rocm-mi300x-Llama-3.1-405B-Instruct-FP8-KV-128-b16",
      "trtllm090-H200-Mistral7B-128-2048-b120",
      "trtllm090-L40S-LLaMA7B-128-2048-b64",
      "lmdeploy-llama2-7b-b1-1-128",
      "lmdeploy-llama2-7b-b1-128-128",
      "lmdeploy-llama2-7b-b32-1-128",
      "lmdeploy-llama2-7b-b32-2048-128",
      "lmdeploy-llama2-7b-b64-128-128",
      "lmdeploy-llama2-13b-b1-128-2048",
      "lmdeploy-llama2-13b-b16-2048-128",
      "lmdeploy-llama2-13b-b32-128-2048",
      "lmdeploy-llama2-13b-b32-2048-2048",
      "lmdeploy-llama2-70b-b1-128-128",
      "lmdeploy-llama2-70b-b1-2048-128",
      "lmdeploy-llama2-70b-b1-2048-2048",
      "lmdeploy-llama2-70b-b32-1-128",
      "vllmblog-fp8kv-Llama-3.1-8B-H100-bf16-in1024",
      "vllmblog-fp8kv-gpt-oss-20b-B200-bf16-in32768",
      "vllmblog-fp8kv-gpt-oss-20b-B200-fp8-in1024",
      "vllmblog-fp8kv-gpt-oss-20b-B200-fp8-in32768",
      "nim180-llama33-70b-2xh100-5000-500-c25",
      "dstack-405b-8xH100-meta-Llama-31-405B-FP8-128-b16",
      "dstack-405b-8xH100-meta-Llama-31-405B-FP8-128-b128",
      "dstack-405b-8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV-128-b4",
      "dstack-405b-8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV-128-b64",
      "dstack-405b-4xMi300x_1FP8-amd-128-b4",
      "dstack-405b-4xMi300x_1FP8-amd-128-b16",
      "dstack-405b-4xMi300x_1FP8-amd-128-b128",
      "dstack-405b-4xMi300x_1FP8-amd-128-b256",
      "dstack-405b-8xMi300x-amd-Llama-31-405B-Instruct-FP8-KV-2048-b4",
      "dstack-405b-4xMi300x_1FP8-amd-2048-b32",
      "dstack-405b-4xMi300x_1FP8-amd-2048-b128",
      "dstack-dsr1-mi300x-vllm-c16",
      "dstack-dsr1-mi300x-sglang-c8",
      "dstack-dsr1-h200-vllm-c64",
      "dstack-dsr1-h200-vllm-c32"
    ],
    skipped: [
      {
        id: "dstack-405b-8xMi300x-meta-Llama-31-405B-FP8-128-b8",
        reason: "dstack's 8 x MI300X series on meta-llama/Llama-3.1-405B-FP8 (vLLM ROCm, Nov 2024) runs 4 x slower than its series on amd/Llama-3.1-405B-Instruct-FP8-KV, the same model in FP8 on the same machine, engine and flags (7 against 29 tokens/s per sequence at batch 4-8): the row-wise FP8 checkpoint ran a slow kernel path on that ROCm build, which no term of the model describes"
      },
      {
        id: "dstack-405b-8xMi300x-meta-Llama-31-405B-FP8-128-b64",
        reason: "dstack's 8 x MI300X series on meta-llama/Llama-3.1-405B-FP8 (vLLM ROCm, Nov 2024) runs 4 x slower than its series on amd/Llama-3.1-405B-Instruct-FP8-KV, the same model in FP8 on the same machine, engine and flags (7 against 29 tokens/s per sequence at batch 4-8): the row-wise FP8 checkpoint ran a slow kernel path on that ROCm build, which no term of the model describes"
      },
      {
        id: "dstack-405b-8xMi300x-meta-Llama-31-405B-FP8-128-b128",
        reason: "dstack's 8 x MI300X series on meta-llama/Llama-3.1-405B-FP8 (vLLM ROCm, Nov 2024) runs 4 x slower than its series on amd/Llama-3.1-405B-Instruct-FP8-KV, the same model in FP8 on the same machine, engine and flags (7 against 29 tokens/s per sequence at batch 4-8): the row-wise FP8 checkpoint ran a slow kernel path on that ROCm build, which no term of the model describes"
      },
      {
        id: "dstack-405b-8xMi300x-meta-Llama-31-405B-FP8-2048-b4",
        reason: "dstack's 8 x MI300X series on meta-llama/Llama-3.1-405B-FP8 (vLLM ROCm, Nov 2024) runs 4 x slower than its series on amd/Llama-3.1-405B-Instruct-FP8-KV, the same model in FP8 on the same machine, engine and flags (7 against 29 tokens/s per sequence at batch 4-8): the row-wise FP8 checkpoint ran a slow kernel path on that ROCm build, which no term of the model describes"
      },
      {
        id: "dstack-405b-8xMi300x-meta-Llama-31-405B-FP8-2048-b64",
        reason: "dstack's 8 x MI300X series on meta-llama/Llama-3.1-405B-FP8 (vLLM ROCm, Nov 2024) runs 4 x slower than its series on amd/Llama-3.1-405B-Instruct-FP8-KV, the same model in FP8 on the same machine, engine and flags (7 against 29 tokens/s per sequence at batch 4-8): the row-wise FP8 checkpoint ran a slow kernel path on that ROCm build, which no term of the model describes"
      },
      {
        id: "trtllm-perfoverview-Llama3.18B-H200-tp1-1000-1000",
        reason: "kind max_throughput_no_batch: the batch size is not stated, so no decode step can be modelled"
      },
      {
        id: "trtllm-perfoverview-Llama3.18B-H100-tp1-1000-1000",
        reason: "kind max_throughput_no_batch: the batch size is not stated, so no decode step can be modelled"
      },
      {
        id: "trtllm-perfoverview-Llama3.370B-H100-tp2-128-2048",
        reason: "kind max_throughput_no_batch: the batch size is not stated, so no decode step can be modelled"
      },
      {
        id: "trtllm-perfoverview-Llama3.370B-B200-tp1-128-2048",
        reason: "kind max_throughput_no_batch: the batch size is not stated, so no decode step can be modelled"
      }
    ]
  }
};

// src/physics/speed-model.ts
var HOST_BOUND_ENGINES = ["transformers"];
function parseEngineVersion(version) {
  if (version === void 0) return null;
  const match = /(?:^|[^\d.])v?(\d+)\.(\d+)(?![\d])/.exec(` ${version}`);
  return match ? [Number(match[1]), Number(match[2])] : null;
}
function engineKey(engine, version) {
  switch (engine) {
    case "vllm": {
      const v = parseEngineVersion(version);
      return v && v[0] === 0 && v[1] < 8 ? "vllm@<0.8" : "vllm";
    }
    case "sglang":
    case "trtllm":
    case "lmdeploy":
    case "transformers":
    case "llama.cpp":
      return engine;
    case "ollama":
      return "llama.cpp";
    default:
      return "unknown";
  }
}
function engineFamily(engine) {
  switch (engine) {
    case "vllm":
      return "vLLM";
    case "sglang":
      return "SGLang";
    case "trtllm":
      return "TensorRT-LLM";
    case "llama.cpp":
    case "ollama":
      return "llama.cpp/Ollama";
    default:
      return "others";
  }
}
function gpuClass(gpu) {
  const tech = gpu.memoryTechnology ?? "hbm";
  if (tech !== "hbm") return tech;
  if (gpu.vendor === "nvidia") return "nvidia-hbm";
  if (gpu.vendor === "amd") return "amd-hbm";
  return "other-hbm";
}
function maskedMhaDecode(arch, engine, version) {
  if (engine !== "trtllm") return false;
  const a = arch.attention;
  if (a.kind !== "standard") return false;
  const group = a.numHeads / a.numKvHeads;
  if (group === 1 || a.headDim > 256) return true;
  const v = parseEngineVersion(version);
  const before011 = v !== null && v[0] === 0 && v[1] < 11;
  return before011 && !(group === 8 && (a.headDim === 128 || a.headDim === 256));
}
var ACTIVATION_BYTES = 2;
function decodeTerms(query) {
  const { arch, params } = query;
  const tp = query.tensorParallel;
  const pp = query.pipelineParallel;
  const dp = query.dataParallel ?? 1;
  const span = query.expertsSpanDataParallel === true && dp > 1 && arch.moe !== void 0;
  let batchPerRank = Math.max(1, Math.ceil(query.batch / dp));
  if (query.kvCapacityTokensPerRank !== void 0 && query.contextTokens > 0) {
    batchPerRank = Math.max(1, Math.min(batchPerRank, Math.floor(query.kvCapacityTokensPerRank / query.contextTokens)));
  }
  const batchRunning = Math.min(query.batch, batchPerRank * dp);
  const linearBytes = query.bytesPerWeightParam ?? bytesPerValue(query.weightPrecision);
  const expertBytes = query.expertBytesPerParam ?? linearBytes;
  const keptBytes = query.keptBytesPerParam ?? linearBytes;
  const weightOnly = query.weightOnlyQuantized ?? (query.weightPrecision === "int4" || query.weightPrecision === "fp4");
  const rankExperts = expertParamsReadPerDecodeStep(arch, params, batchPerRank);
  const notExperts = paramsReadPerDecodeStep(arch, params, batchPerRank) - rankExperts;
  const linear = params.attentionParams + params.denseFeedForwardParams;
  const kept = notExperts - linear;
  const expertsPerGpu = span ? expertParamsReadPerDecodeStep(arch, params, batchRunning) / (tp * dp * pp) : rankExperts / (tp * pp);
  const stages = pipelineStages(arch.numLayers, pp);
  const layersPerStage = Math.max(...stages.map((s) => s.end - s.start));
  const busiest = stages.find((s) => s.end - s.start === layersPerStage);
  const moe = arch.moe;
  const activeExpertParams = moe ? params.moeLayers * moe.topK * params.paramsPerExpert : 0;
  const expertTokens = span ? batchRunning : batchPerRank;
  const expertGpus = span ? tp * dp * pp : tp * pp;
  const moeLayersPerStage = moe ? moeLayerFlags(arch).slice(busiest.start, busiest.end).filter(Boolean).length : 0;
  const distinctExperts = moe ? Math.min(moe.numExperts, expectedDistinctExperts(moe.numExperts, moe.topK, expertTokens)) : 0;
  const a = arch.attention;
  const groups = a.kind === "standard" ? a.numHeads / a.numKvHeads : 1;
  const hostBound = HOST_BOUND_ENGINES.includes(engineKey(query.engine ?? "unknown", query.engineVersion));
  const headMatmulParams = params.outputHeadParams + (arch.tieWordEmbeddings ? params.embeddingParams : 0);
  return {
    batchPerRank,
    batchRunning,
    layersPerStage,
    stages: pp,
    tensorParallel: tp,
    linearBytesPerGpu: linear * linearBytes / (tp * pp),
    keptBytesPerGpu: kept * keptBytes / (tp * pp),
    expertBytesPerGpu: expertsPerGpu * expertBytes,
    kvBytesPerGpu: kvCacheBytesPerGpu({ arch, kvPrecision: query.kvPrecision, contextTokens: query.contextTokens, batch: batchPerRank, tensorParallel: tp, pipelineParallel: pp }),
    kvTrafficFactor: hostBound ? 3 + 2 * groups : 1,
    denseFlopsPerGpu: 2 * batchPerRank * (linear + headMatmulParams) / (tp * pp),
    expertFlopsPerGpu: 2 * expertTokens * activeExpertParams / expertGpus,
    attentionFlopsPerGpu: batchPerRank * decodeAttentionFlopsPerToken(arch, query.contextTokens, busiest) / tp,
    moeLayersPerStage,
    expertReadsPerGpu: distinctExperts * moeLayersPerStage,
    tokensPerExpert: moe ? expertTokens * moe.topK / moe.numExperts : 0,
    expertMatrixBytesPerGpu: moe ? params.paramsPerExpert * expertBytes / (3 * tp) : 0,
    allReduceBytes: batchPerRank * arch.hiddenSize * ACTIVATION_BYTES,
    // Only a class narrower than 16 bits goes through the dequantizing kernel (gpt-oss: MXFP4 experts, BF16 attention).
    linearQuantized: weightOnly && linearBytes < 2,
    expertsQuantized: weightOnly && moe !== void 0 && expertBytes < 2,
    cudaCoreAttention: maskedMhaDecode(arch, query.engine, query.engineVersion)
  };
}
var UNLINKED_BYTES_PER_SEC = 32e9;
function allReduceSeconds(bytes, tp, link, constants) {
  if (tp <= 1) return 0;
  const linked = link !== void 0 && link.kind !== "none" && link.bytesPerSec > 0;
  const kind = linked ? link.kind : "pcie";
  const oneWay = (linked ? link.bytesPerSec : UNLINKED_BYTES_PER_SEC) / 2;
  return constants.allReduceLatencySeconds[kind] * Math.log2(tp) + 2 * (tp - 1) / tp * bytes / (oneWay * constants.allReduceBandwidthEfficiency[kind]);
}
function expertEfficiency(tokensPerExpert, constants, matrixBytesPerGpu = 0) {
  const r0 = constants.expertEfficiencyRelative;
  const byTokens = r0 + (1 - r0) * tokensPerExpert / (tokensPerExpert + constants.expertHalfEfficiencyTokens);
  const half = constants.expertHalfPenaltyMatrixBytes;
  return 1 - (1 - byTokens) * (half / (matrixBytesPerGpu + half));
}
function perLayerSeconds(context, constants) {
  const base = constants.layerSeconds[context.engine] + (context.eager ? constants.eagerLayerSeconds : 0);
  return base * constants.fixedCostRelative[gpuClass(context.gpu)];
}
function stepTimes(terms, context, constants) {
  const bandwidth = context.gpu.bandwidthBytesPerSec * constants.bandwidthEfficiency[gpuClass(context.gpu)];
  const q = constants.quantizedKernelEfficiencyRelative;
  const hostBound = HOST_BOUND_ENGINES.includes(context.engine);
  const kvRelative = hostBound ? constants.hostBoundKvEfficiencyRelative : constants.kvEfficiencyRelative;
  const memorySeconds = {
    dense: terms.linearBytesPerGpu / (bandwidth * (terms.linearQuantized ? q : 1)) + terms.keptBytesPerGpu / bandwidth,
    experts: terms.expertBytesPerGpu / (bandwidth * (terms.expertsQuantized ? q : 1) * expertEfficiency(terms.tokensPerExpert, constants, terms.expertMatrixBytesPerGpu)),
    kvCache: terms.kvBytesPerGpu * terms.kvTrafficFactor / (bandwidth * kvRelative)
  };
  const flops = context.peakFlopsPerSecPerGpu * constants.decodeComputeFraction;
  const cudaCoreFlops = (context.gpu.peakFlopsPerSec?.fp16 ?? context.peakFlopsPerSecPerGpu) * constants.cudaCoreAttentionFraction;
  const computeSeconds = {
    dense: terms.denseFlopsPerGpu / flops,
    experts: terms.expertFlopsPerGpu / flops,
    attention: terms.attentionFlopsPerGpu / (terms.cudaCoreAttention ? cudaCoreFlops : flops)
  };
  const kernelSeconds = Math.max(memorySeconds.dense, computeSeconds.dense) + Math.max(memorySeconds.experts, computeSeconds.experts) + Math.max(memorySeconds.kvCache, computeSeconds.attention);
  const fixedSeconds = terms.layersPerStage * perLayerSeconds(context, constants);
  const communicationSeconds = terms.layersPerStage * 2 * allReduceSeconds(terms.allReduceBytes, terms.tensorParallel, context.gpu.interconnectLink, constants);
  const sequenceSeconds = constants.sequenceSeconds[context.engine] * Math.max(0, terms.batchPerRank - 1);
  const stage = hostBound ? Math.max(kernelSeconds + communicationSeconds, fixedSeconds) : kernelSeconds + fixedSeconds + communicationSeconds;
  return { memorySeconds, computeSeconds, kernelSeconds, fixedSeconds, communicationSeconds, sequenceSeconds, stepSeconds: terms.stages * stage + sequenceSeconds };
}
function prefillTerms(query, promptTokens, prompts = 1) {
  const { arch, params } = query;
  const tp = query.tensorParallel;
  const linearBytes = query.bytesPerWeightParam ?? bytesPerValue(query.weightPrecision);
  const expertBytes = query.expertBytesPerParam ?? linearBytes;
  const keptBytes = query.keptBytesPerParam ?? linearBytes;
  const linear = params.attentionParams + params.denseFeedForwardParams;
  const keptRead = params.outputHeadParams + params.normParams + (arch.tieWordEmbeddings ? params.embeddingParams : 0);
  return {
    flopsPerGpu: prompts * prefillFlops(arch, params, promptTokens) / tp,
    weightBytesPerGpu: (linear * linearBytes + params.routedExpertParams * expertBytes + keptRead * keptBytes) / tp,
    layers: arch.numLayers
  };
}
function prefillTimes(terms, context, constants) {
  const computeSeconds = terms.flopsPerGpu / (context.peakFlopsPerSecPerGpu * constants.prefillComputeFraction);
  const memorySeconds = terms.weightBytesPerGpu / (context.gpu.bandwidthBytesPerSec * constants.bandwidthEfficiency[gpuClass(context.gpu)]);
  const fixedSeconds = terms.layers * perLayerSeconds(context, constants);
  const work = Math.max(computeSeconds, memorySeconds);
  const seconds = HOST_BOUND_ENGINES.includes(context.engine) ? Math.max(work, fixedSeconds) : work + fixedSeconds;
  return { computeSeconds, memorySeconds, fixedSeconds, seconds };
}
var SPEED_CONSTANTS_FILE = speed_constants_default;
var MOE_MEASURED = [
  ["vLLM", "nvidia-hbm"],
  ["vLLM", "amd-hbm"],
  ["SGLang", "nvidia-hbm"],
  ["SGLang", "amd-hbm"],
  ["TensorRT-LLM", "nvidia-hbm"],
  ["TensorRT-LLM", "gddr"]
];
var GPU_CLASS_NAMES = { "nvidia-hbm": "NVIDIA HBM GPUs", "amd-hbm": "AMD HBM GPUs", "other-hbm": "HBM GPUs", gddr: "GDDR GPUs", lpddr: "unified-memory devices" };
function speedRangeLabel(family, klass) {
  return `${family === "others" ? "other engines" : family} on ${GPU_CLASS_NAMES[klass]}`;
}
function boundByPhrase(boundBy) {
  return { memory: "memory-bound", compute: "compute-bound", overhead: "bound by fixed and communication costs" }[boundBy];
}
function errorBandFor(family, klass, file = SPEED_CONSTANTS_FILE) {
  const min = file.minBandRecords;
  const bands = file.crossValidated;
  const byFamily = bands.byEngineFamily[family];
  const byClass = bands.byGpuClass[klass];
  const usable = [];
  if (byFamily && byFamily.records >= min) usable.push({ band: byFamily, from: `engine family ${family}` });
  if (byClass && byClass.records >= min) usable.push({ band: byClass, from: `GPU class ${klass}` });
  const [a, b] = usable;
  if (!a) return { band: bands.all, from: "all records" };
  if (!b) return a;
  return {
    band: {
      records: Math.min(a.band.records, b.band.records),
      p10: Math.min(a.band.p10, b.band.p10),
      p90: Math.max(a.band.p90, b.band.p90),
      medianAbsErrorPercent: Math.max(a.band.medianAbsErrorPercent, b.band.medianAbsErrorPercent),
      within20Percent: Math.min(a.band.within20Percent, b.band.within20Percent)
    },
    from: `${a.from} and ${b.from}`
  };
}
function stepContext(query) {
  return { gpu: query.gpu, peakFlopsPerSecPerGpu: query.peakFlopsPerSecPerGpu, engine: engineKey(query.engine ?? "unknown", query.engineVersion), eager: query.eager === true };
}
function decodeSpeed(query, file = SPEED_CONSTANTS_FILE) {
  const terms = decodeTerms(query);
  const context = stepContext(query);
  const times = stepTimes(terms, context, file.constants);
  const pairs = [
    [times.memorySeconds.dense, times.computeSeconds.dense],
    [times.memorySeconds.experts, times.computeSeconds.experts],
    [times.memorySeconds.kvCache, times.computeSeconds.attention]
  ];
  const memory = pairs.reduce((sum, [m, c]) => sum + (m >= c ? m : 0), 0);
  const compute = pairs.reduce((sum, [m, c]) => sum + (c > m ? c : 0), 0);
  const overhead = times.fixedSeconds + times.communicationSeconds + times.sequenceSeconds / terms.stages;
  const boundBy = overhead >= Math.max(memory, compute) ? "overhead" : compute > memory ? "compute" : "memory";
  const family = engineFamily(query.engine ?? "unknown");
  const klass = gpuClass(query.gpu);
  const { band, from } = errorBandFor(family, klass, file);
  const perSequence = 1 / times.stepSeconds;
  const total = terms.batchRunning / times.stepSeconds;
  const unmeasuredMoe = terms.expertBytesPerGpu > 0 && !MOE_MEASURED.some(([f, c]) => f === family && c === klass);
  const optimistic = unmeasuredMoe ? 1 / stepTimes(terms, context, { ...file.constants, expertEfficiencyRelative: 1 }).stepSeconds / perSequence : 1;
  return {
    stepSeconds: times.stepSeconds,
    tokensPerSecPerSequence: perSequence,
    tokensPerSecTotal: total,
    batchRunning: terms.batchRunning,
    boundBy,
    terms,
    times,
    engineKey: context.engine,
    engineFamily: family,
    gpuClass: klass,
    range: {
      lowTokensPerSecPerSequence: perSequence * band.p10,
      highTokensPerSecPerSequence: perSequence * band.p90 * optimistic,
      lowTokensPerSecTotal: total * band.p10,
      highTokensPerSecTotal: total * band.p90 * optimistic,
      band,
      bandFrom: unmeasuredMoe ? `${from}; routed experts at dense efficiency at the optimistic end (no ${family} measurement of a mixture of experts on ${klass})` : from
    }
  };
}
function prefillSpeed(query, promptTokens, prompts = 1, file = SPEED_CONSTANTS_FILE) {
  const times = prefillTimes(prefillTerms(query, promptTokens, prompts), stepContext(query), file.constants);
  return { ...times, promptTokensPerSec: prompts * promptTokens / times.seconds };
}

// src/physics/engine-memory.ts
var GiB = 2 ** 30;
var MiB = 2 ** 20;
var DEFAULT_DRIVER_RESERVE_BYTES = 556 * MiB;
function runtimeMemory(gpu) {
  if (gpu.cudaMemoryBytes !== void 0) {
    return { totalBytes: gpu.cudaMemoryBytes, derived: false, source: gpu.cudaMemorySource ?? "catalog cudaMemoryBytes" };
  }
  if (gpu.vendor === "nvidia" && !gpu.mig && !gpu.unifiedMemory) {
    return {
      totalBytes: gpu.memoryBytes - DEFAULT_DRIVER_RESERVE_BYTES,
      derived: true,
      source: `derived: nvidia-smi total ${gpu.memoryBytes / MiB} MiB minus the median driver reserve of 556 MiB`
    };
  }
  if (gpu.mig) return { totalBytes: gpu.memoryBytes, derived: true, source: "derived: the MIG profile's memory as nvidia-smi mig -lgip lists it" };
  return { totalBytes: gpu.memoryBytes, derived: gpu.vendor !== "amd", source: gpu.vendor === "amd" ? "rocm-smi / HIP total" : "the catalog's memoryBytes" };
}
function engineDisplayName(engine) {
  return { vllm: "vLLM", sglang: "SGLang", tgi: "TGI", "tensorrt-llm": "TensorRT-LLM" }[engine];
}
var VLLM_DEFAULT_GPU_MEMORY_UTILIZATION = 0.9;
var VLLM_DEFAULT_BLOCK_TOKENS = 16;
var VLLM_NON_TORCH_BYTES_SINGLE = Math.round(0.13 * GiB);
var VLLM_NON_TORCH_BYTES_PARALLEL = Math.round(0.54 * GiB);
var VLLM_SAMPLER_LOGIT_COPIES = { pytorch: 9.57, flashinfer: 2.87, v019: 3.74 };
var VLLM_CUDA_GRAPH_ESTIMATE_BYTES = Math.round(0.6 * GiB);
var ACTIVATION_BYTES2 = 2;
var LOGIT_BYTES = 4;
var CUDA_CONTEXT_BYTES = Math.round(0.32 * GiB);
var TGI_WIGGLE_ROOM = 0.95;
var TRTLLM_DEFAULT_KV_FRACTION = 0.9;
var gib = (bytes) => `${(bytes / GiB).toFixed(2)} GiB`;
var int = (n) => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
function engineVersionParts(version) {
  if (!version) return null;
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version.trim());
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0), Number(match[4] ?? 0)];
}
function compareVersion(a, b) {
  if (a === null) return 1;
  for (let i = 0; i < 4; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0) ? -1 : 1;
  return 0;
}
function kvBytesPerTokenOnBusiestGpu(arch, kvPrecision, tp, pp) {
  const largest = Math.max(...pipelineStages(arch.numLayers, pp).map((s) => s.end - s.start));
  return kvBytesPerTokenPerLayer(arch, kvPrecision, tp) * largest;
}
function sequenceKvBytes(arch, kvPrecision, tokens, tp, pp) {
  return kvCacheBytesPerGpu({ arch, kvPrecision, contextTokens: tokens, batch: 1, tensorParallel: tp, pipelineParallel: pp });
}
function longestFittingRequest(arch, kvPrecision, budgetBytes, limit, granule, tp, pp) {
  if (budgetBytes <= 0) return 0;
  let lo = 0;
  let hi = Math.floor(limit / granule);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sequenceKvBytes(arch, kvPrecision, mid * granule, tp, pp) <= budgetBytes) lo = mid;
    else hi = mid - 1;
  }
  return lo * granule;
}
function forwardPeakBytes(arch, tokens, tensorParallel) {
  const h = arch.hiddenSize;
  const widths = [];
  if (arch.mlp) widths.push(3 * Math.ceil(arch.mlp.intermediateSize / tensorParallel));
  const moe = arch.moe;
  if (moe) {
    const shared = moe.shared ? moe.shared.count * 3 * Math.ceil(moe.shared.mlp.intermediateSize / tensorParallel) : 0;
    widths.push(moe.topK * (3 * Math.ceil(moe.expert.intermediateSize / tensorParallel) + h) + shared);
  }
  const att = arch.attention;
  if (att.kind === "standard") {
    const heads = Math.ceil(att.numHeads / tensorParallel);
    widths.push((2 * heads + 2 * kvHeadsPerRank(att.numKvHeads, tensorParallel)) * att.headDim);
  } else {
    const heads = Math.ceil(att.numHeads / tensorParallel);
    widths.push(heads * (att.qkNopeHeadDim + att.qkRopeHeadDim + att.vHeadDim) + att.kvLoraRank + att.qkRopeHeadDim);
  }
  return ACTIVATION_BYTES2 * tokens * (2 * h + Math.max(...widths));
}
function vllmBatchDefaults(totalBytes, gpuId, entrypoint) {
  const large = totalBytes >= 70 * GiB && !/a100/i.test(gpuId);
  if (entrypoint === "llm-class") return large ? { maxNumBatchedTokens: 16384, maxNumSeqs: 1024 } : { maxNumBatchedTokens: 8192, maxNumSeqs: 256 };
  return large ? { maxNumBatchedTokens: 8192, maxNumSeqs: 1024 } : { maxNumBatchedTokens: 2048, maxNumSeqs: 256 };
}
function vllmDefaultSampler(version) {
  if (compareVersion(version, [0, 11, 0, 0]) < 0) return "flashinfer";
  if (compareVersion(version, [0, 19, 0, 0]) < 0) return "pytorch";
  return "v019";
}
function vllmActivationBytes(arch, tokens, requests, tensorParallel, copies, lastStage = true) {
  const forward = forwardPeakBytes(arch, tokens, tensorParallel);
  if (!lastStage) return forward;
  const sampler = Math.ceil(copies * requests * arch.vocabSize * LOGIT_BYTES) + ACTIVATION_BYTES2 * tokens * arch.hiddenSize;
  return Math.max(forward, sampler);
}
function vllmStart(query, settings) {
  const { arch, kvPrecision, tensorParallel: tp, pipelineParallel: pp, gpu } = query;
  const version = engineVersionParts(settings.version);
  const assumptions = [];
  if (version === null) assumptions.push(`vLLM version ${settings.version ? `"${settings.version}" not read` : "not given"}: modelled as the newest behaviour (0.21 and later)`);
  const utilization = settings.gpuMemoryUtilization ?? VLLM_DEFAULT_GPU_MEMORY_UTILIZATION;
  const entrypoint = settings.entrypoint ?? "openai-server";
  const defaults = vllmBatchDefaults(gpu.totalBytes, gpu.id, entrypoint);
  const tokens = settings.maxNumBatchedTokens ?? defaults.maxNumBatchedTokens;
  const maxNumSeqs = settings.maxNumSeqs ?? defaults.maxNumSeqs;
  const requests = Math.min(maxNumSeqs, tokens);
  const blockSize = settings.blockSize ?? VLLM_DEFAULT_BLOCK_TOKENS;
  const sampler = settings.sampler ?? vllmDefaultSampler(version);
  if (sampler === "v019") assumptions.push("the 0.19+ sampler peak is fitted on one record");
  const copies = VLLM_SAMPLER_LOGIT_COPIES[sampler];
  const graphs = !settings.enforceEager && (settings.cudaGraphProfiling ?? compareVersion(version, [0, 21, 0, 0]) >= 0);
  if (graphs) assumptions.push("CUDA graph memory is a typical 0.60 GiB, not computed from the capture sizes");
  if (tp * pp > 1) assumptions.push("non-torch memory under parallelism is the H100 TP 2 reading (0.54 GiB)");
  if (arch.slidingWindow) assumptions.push("sliding-window layers are counted in full in the token capacity; vLLM's hybrid allocator gives more");
  const total = gpu.totalBytes;
  const requested = usableBytes(total, utilization);
  const weights = query.weightsBytesPerGpu;
  const activation = vllmActivationBytes(arch, tokens, requests, tp, copies, true);
  const nonTorch = tp * pp > 1 ? VLLM_NON_TORCH_BYTES_PARALLEL : VLLM_NON_TORCH_BYTES_SINGLE;
  const cudaGraph = graphs ? VLLM_CUDA_GRAPH_ESTIMATE_BYTES : 0;
  const budget = settings.kvCacheMemoryBytes ?? requested - weights - activation - nonTorch - cudaGraph;
  const perToken = kvBytesPerTokenOnBusiestGpu(arch, kvPrecision, tp, pp);
  const sequence = sequenceKvBytes(arch, kvPrecision, settings.maxModelLen, tp, pp);
  const blocks = budget > 0 && perToken > 0 ? Math.floor(budget / (blockSize * perToken)) : 0;
  const capacity = blocks * blockSize;
  const poolBytes = blocks * blockSize * perToken;
  const concurrency = sequence > 0 ? Math.floor(poolBytes / sequence * 100) / 100 : 0;
  const longest = longestFittingRequest(arch, kvPrecision, poolBytes, settings.maxModelLen, blockSize, tp, pp);
  let failure = null;
  let reason;
  if (weights + nonTorch > total) {
    failure = "weights-exceed-memory";
    reason = `the weights take ${gib(weights)} per GPU and the device has ${gib(total)}: loading runs out of CUDA memory`;
  } else if (budget <= 0) {
    failure = "no-kv-memory";
    reason = `vLLM requests ${gib(requested)} (${utilization} \xD7 ${gib(total)}); weights ${gib(weights)}, peak activation ${gib(activation)}, non-torch ${gib(nonTorch)}${cudaGraph ? ` and CUDA graphs ${gib(cudaGraph)}` : ""} leave ${gib(budget)} for the KV cache: "No available memory for the cache blocks"`;
  } else if (sequence > poolBytes) {
    failure = "max-model-len-exceeds-kv";
    reason = `one request of max_model_len ${int(settings.maxModelLen)} needs ${gib(sequence)} of KV cache, more than the ${gib(budget)} available; the estimated maximum model length is ${int(longest)}`;
  } else {
    reason = `starts: ${gib(budget)} of KV cache per GPU, ${int(capacity)} tokens, ${concurrency.toFixed(2)}\xD7 requests of ${int(settings.maxModelLen)} tokens`;
  }
  return {
    engine: "vllm",
    version: settings.version ?? null,
    starts: failure === null,
    failure,
    reason,
    totalBytes: total,
    requestedBytes: settings.kvCacheMemoryBytes !== void 0 ? weights + activation + nonTorch + cudaGraph + budget : requested,
    weightsBytes: weights,
    activationBytes: activation,
    nonTorchBytes: nonTorch,
    cudaGraphBytes: cudaGraph,
    kvBudgetBytes: budget,
    kvBytesPerToken: perToken,
    maxModelLen: settings.maxModelLen,
    sequenceKvBytes: sequence,
    kvCapacityTokens: capacity,
    maxConcurrency: concurrency,
    maxModelLenThatFits: longest,
    settings: {
      gpuMemoryUtilization: utilization,
      maxNumBatchedTokens: tokens,
      maxNumSeqs,
      entrypoint,
      blockSize,
      sampler,
      cudaGraphsBudgeted: graphs,
      ...settings.kvCacheMemoryBytes !== void 0 ? { kvCacheMemoryBytes: settings.kvCacheMemoryBytes } : {}
    },
    assumptions
  };
}
function sglangMemoryDefaults(memoryBytes, tensorParallel, pipelineParallel, version, overrides = {}) {
  const gpuMem = memoryBytes / MiB;
  const tp = tensorParallel;
  let chunked;
  let graphBs;
  if (gpuMem < 20 * 1024) [chunked, graphBs] = [2048, 8];
  else if (gpuMem < 35 * 1024) [chunked, graphBs] = [2048, tp < 4 ? 24 : 80];
  else if (gpuMem < 60 * 1024) [chunked, graphBs] = [4096, tp < 4 ? 32 : 160];
  else if (gpuMem < 160 * 1024) [chunked, graphBs] = [8192, tp < 4 ? 256 : 512];
  else [chunked, graphBs] = [16384, 512];
  chunked = overrides.chunkedPrefillSize ?? chunked;
  graphBs = overrides.cudaGraphMaxBs ?? graphBs;
  const parsed = engineVersionParts(version);
  if (compareVersion(parsed, [0, 5, 0, 0]) < 0) {
    const table = tp >= 16 ? 0.79 : tp >= 8 ? 0.81 : tp >= 4 ? 0.85 : tp >= 2 ? 0.87 : 0.88;
    return { memFractionStatic: table, chunkedPrefillSize: chunked, cudaGraphMaxBs: graphBs };
  }
  let reserved = 512 + Math.max(chunked, 2048) * 1.5 + graphBs * 2 + tp * pipelineParallel / 8 * 1024;
  if (gpuMem > 60 * 1024) reserved = Math.max(reserved, 10 * 1024);
  return { memFractionStatic: Math.round((gpuMem - reserved) / gpuMem * 1e3) / 1e3, chunkedPrefillSize: chunked, cudaGraphMaxBs: graphBs };
}
function sglangStart(query, settings) {
  const { arch, kvPrecision, tensorParallel: tp, pipelineParallel: pp, gpu } = query;
  const defaults = sglangMemoryDefaults(gpu.memoryBytes, tp, pp, settings.version, {
    ...settings.chunkedPrefillSize !== void 0 ? { chunkedPrefillSize: settings.chunkedPrefillSize } : {},
    ...settings.cudaGraphMaxBs !== void 0 ? { cudaGraphMaxBs: settings.cudaGraphMaxBs } : {}
  });
  const fraction = settings.memFractionStatic ?? defaults.memFractionStatic;
  const assumptions = ["the memory SGLang holds before loading (CUDA context, NCCL) is one L4 reading, 0.32 GiB"];
  if (!settings.version) assumptions.push("SGLang version not given: modelled as 0.5 or later");
  const freeAtStart = gpu.totalBytes - CUDA_CONTEXT_BYTES;
  const weights = query.weightsBytesPerGpu;
  const requested = usableBytes(freeAtStart, fraction);
  const budget = requested - weights;
  const perToken = kvBytesPerTokenOnBusiestGpu(arch, kvPrecision, tp, pp);
  const capacity = budget > 0 && perToken > 0 ? Math.floor(budget / perToken) : 0;
  const sequence = sequenceKvBytes(arch, kvPrecision, settings.contextLength, tp, pp);
  const poolBytes = capacity * perToken;
  const concurrency = sequence > 0 ? Math.floor(poolBytes / sequence * 100) / 100 : 0;
  const longest = longestFittingRequest(arch, kvPrecision, poolBytes, settings.contextLength, 1, tp, pp);
  const activation = forwardPeakBytes(arch, defaults.chunkedPrefillSize, tp);
  let failure = null;
  let reason;
  if (weights > freeAtStart) {
    failure = "weights-exceed-memory";
    reason = `the weights take ${gib(weights)} per GPU and ${gib(freeAtStart)} are free: loading runs out of CUDA memory`;
  } else if (capacity <= 0) {
    failure = "no-kv-memory";
    reason = `mem_fraction_static ${fraction} \xD7 ${gib(freeAtStart)} free = ${gib(requested)} does not cover the ${gib(weights)} of weights: "Not enough memory. Please try to increase --mem-fraction-static"`;
  } else {
    const capped = settings.contextLength > capacity ? `; requests are capped at ${int(capacity)} tokens, below the context length ${int(settings.contextLength)}` : "";
    reason = `starts: ${gib(budget)} of KV cache per GPU, ${int(capacity)} tokens, ${concurrency.toFixed(2)}\xD7 requests of ${int(settings.contextLength)} tokens${capped}`;
  }
  const rest = freeAtStart - requested;
  if (failure === null && rest < activation) {
    assumptions.push(`the ${gib(rest)} left outside the static pool is less than one chunked prefill's ${gib(activation)} of activations: expect out-of-memory at runtime`);
  }
  return {
    engine: "sglang",
    version: settings.version ?? null,
    starts: failure === null,
    failure,
    reason,
    totalBytes: gpu.totalBytes,
    requestedBytes: requested,
    weightsBytes: weights,
    activationBytes: activation,
    nonTorchBytes: CUDA_CONTEXT_BYTES,
    cudaGraphBytes: 0,
    kvBudgetBytes: budget,
    kvBytesPerToken: perToken,
    maxModelLen: settings.contextLength,
    sequenceKvBytes: sequence,
    kvCapacityTokens: capacity,
    maxConcurrency: concurrency,
    maxModelLenThatFits: longest,
    settings: { memFractionStatic: fraction, chunkedPrefillSize: defaults.chunkedPrefillSize, cudaGraphMaxBs: defaults.cudaGraphMaxBs },
    assumptions
  };
}
function poolStart(query, engine, free, fraction, activation, maxLen, granule, settings, assumptions) {
  const { arch, kvPrecision, tensorParallel: tp, pipelineParallel: pp, gpu } = query;
  const weights = query.weightsBytesPerGpu;
  const budget = free > 0 ? usableBytes(free, fraction) : free;
  const perToken = kvBytesPerTokenOnBusiestGpu(arch, kvPrecision, tp, pp);
  const blocks = budget > 0 && perToken > 0 ? Math.floor(budget / (granule * perToken)) : 0;
  const capacity = blocks * granule;
  const poolBytes = capacity * perToken;
  const sequence = sequenceKvBytes(arch, kvPrecision, maxLen, tp, pp);
  const concurrency = sequence > 0 ? Math.floor(poolBytes / sequence * 100) / 100 : 0;
  const longest = longestFittingRequest(arch, kvPrecision, poolBytes, maxLen, granule, tp, pp);
  let failure = null;
  let reason;
  const name = engine === "tgi" ? "TGI" : "TensorRT-LLM";
  if (weights + CUDA_CONTEXT_BYTES > gpu.totalBytes) {
    failure = "weights-exceed-memory";
    reason = `the weights take ${gib(weights)} per GPU and the device has ${gib(gpu.totalBytes)}: loading runs out of CUDA memory`;
  } else if (capacity <= 0) {
    failure = "no-kv-memory";
    reason = `${name}: after ${gib(weights)} of weights and ${gib(activation)} of warmup activations no memory is left for the KV cache`;
  } else if (sequence > poolBytes) {
    failure = "max-model-len-exceeds-kv";
    reason = `${name}: one request of ${int(maxLen)} tokens needs ${gib(sequence)} of KV cache, more than the ${gib(budget)} pool; the longest that fits is ${int(longest)}`;
  } else {
    reason = `starts: ${gib(budget)} of KV cache per GPU, ${int(capacity)} tokens, ${concurrency.toFixed(2)}\xD7 requests of ${int(maxLen)} tokens`;
  }
  return {
    engine,
    version: null,
    starts: failure === null,
    failure,
    reason,
    totalBytes: gpu.totalBytes,
    requestedBytes: gpu.totalBytes,
    weightsBytes: weights,
    activationBytes: activation,
    nonTorchBytes: CUDA_CONTEXT_BYTES,
    cudaGraphBytes: 0,
    kvBudgetBytes: budget,
    kvBytesPerToken: perToken,
    maxModelLen: maxLen,
    sequenceKvBytes: sequence,
    kvCapacityTokens: capacity,
    maxConcurrency: concurrency,
    maxModelLenThatFits: longest,
    settings,
    assumptions
  };
}
function tgiStart(query, settings) {
  const fraction = settings.cudaMemoryFraction ?? 1;
  const prefill = settings.maxBatchPrefillTokens ?? 4096;
  const activation = forwardPeakBytes(query.arch, prefill, query.tensorParallel);
  const total = query.gpu.totalBytes;
  const free = Math.min(total - CUDA_CONTEXT_BYTES, usableBytes(total, fraction)) - query.weightsBytesPerGpu - activation;
  return poolStart(query, "tgi", free, TGI_WIGGLE_ROOM, activation, settings.maxTotalTokens, 1, { cudaMemoryFraction: fraction, maxBatchPrefillTokens: prefill }, [
    "TGI is approximate: its warmup peak is the forward-pass estimate, not checked against a published log"
  ]);
}
function trtllmStart(query, settings) {
  const fraction = settings.kvCacheFreeGpuMemoryFraction ?? TRTLLM_DEFAULT_KV_FRACTION;
  const maxNumTokens = settings.maxNumTokens ?? 8192;
  const activation = forwardPeakBytes(query.arch, maxNumTokens, query.tensorParallel);
  const free = query.gpu.totalBytes - CUDA_CONTEXT_BYTES - query.weightsBytesPerGpu - activation;
  return poolStart(query, "tensorrt-llm", free, fraction, activation, settings.maxSeqLen, 32, { kvCacheFreeGpuMemoryFraction: fraction, maxNumTokens }, [
    "TensorRT-LLM is approximate: its runtime buffers are the forward-pass estimate, not checked against a published log"
  ]);
}
function engineStart(query) {
  const s = query.settings;
  switch (s.engine) {
    case "vllm":
      return vllmStart(query, s);
    case "sglang":
      return sglangStart(query, s);
    case "tgi":
      return tgiStart(query, s);
    case "tensorrt-llm":
      return trtllmStart(query, s);
  }
}
function planningMargin(query) {
  const { start } = query;
  const margin = start.requestedBytes - query.planningBytesPerGpu;
  const base = {
    planningBytesPerGpu: query.planningBytesPerGpu,
    requestedBytesPerGpu: start.requestedBytes,
    marginBytes: margin,
    kvBudgetBytes: start.kvBudgetBytes,
    demandKvBytes: query.demandKvBytesPerGpu
  };
  const engine = engineDisplayName(start.engine);
  if (!start.starts) return { ...base, level: "error", message: `${engine} does not start: ${start.reason}` };
  if (margin < 0) {
    return {
      ...base,
      level: "warning",
      message: `${engine} starts with ${gib(start.kvBudgetBytes)} of KV cache per GPU (${int(start.kvCapacityTokens)} tokens), but the planning footprint of ${gib(query.planningBytesPerGpu)} (weights + KV + 12% workspace) exceeds the ${gib(start.requestedBytes)} it requests by ${gib(-margin)}`
    };
  }
  return {
    ...base,
    level: "ok",
    message: `${engine} starts with ${gib(start.kvBudgetBytes)} of KV cache per GPU; the planning footprint of ${gib(query.planningBytesPerGpu)} leaves ${gib(margin)} of the ${gib(start.requestedBytes)} it requests`
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
  kvBytesPerToken,
  kvCacheBytes,
  DEFAULT_MEMORY_FRACTION,
  quantizedOnLoadWeightsBytes,
  usableBytes,
  memoryScenario,
  DECODE_BANDWIDTH_EFFICIENCY,
  requiredDecodeBandwidthBytesPerSec,
  requiredDecodeBandwidthFromBytes,
  paramsReadPerDecodeStep,
  decodeEstimate,
  computeBoundDecodeBatch,
  prefillEstimate,
  ridgePointFlopsPerByte,
  speedRangeLabel,
  boundByPhrase,
  decodeSpeed,
  prefillSpeed,
  runtimeMemory,
  engineDisplayName,
  engineStart,
  planningMargin,
  TIER_CONTEXT_TOKENS,
  TIER_BATCH,
  CONSUMER_LIMIT_BYTES,
  WORKSTATION_LIMIT_BYTES,
  tierForBytes,
  tierFootprintBytes,
  tierRank
};
