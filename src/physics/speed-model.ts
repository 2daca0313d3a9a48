import type { Architecture } from "./architecture.js";
import { kvCacheBytesPerGpu, pipelineStages } from "./kv-cache.js";
import { moeLayerFlags, type ParamBreakdown } from "./params.js";
import { decodeAttentionFlopsPerToken, expectedDistinctExperts, expertParamsReadPerDecodeStep, paramsReadPerDecodeStep, prefillFlops } from "./performance.js";
import { bytesPerValue, type Precision } from "./precision.js";
import constantsFile from "./speed-constants.json" with { type: "json" };

/**
 * An engine-aware model of decode (and prefill) speed, its constants fitted on published
 * measurements (scripts/calibrate, docs/calibration.md; the formula, constants and error in
 * docs/physics.md#decode-speed-engine-aware). Pure: constants come in as data, the checked-in fit by default.
 *
 * One decode step of the busiest pipeline stage's GPU is the sum of three kernel classes, each at
 * its own roofline (the slower of its memory time and its compute time), plus fixed costs per
 * layer, tensor-parallel communication, and a cost per sequence:
 *
 *   dense   = max(linearBytes ÷ (BW·η·q) + keptBytes ÷ (BW·η),  denseFlops  ÷ (peak·μ))
 *   experts = max(expertBytes ÷ (BW·η·q·ρ_moe(t)),               expertFlops ÷ (peak·μ))
 *   kv      = max(kvBytes × traffic ÷ (BW·η·ρ_kv),               attnFlops   ÷ (peak·μ))     (attnFlops ÷ (peak16·μ_cc) on CUDA cores)
 *   fixed   = layers × (c_layer(engine) + eager·c_eager) × φ(gpu class)
 *   comm    = layers × 2 × (λ(link)·log2 tp + 2(tp − 1)/tp × activationBytes ÷ (link/2 · ε(link)))   when tp > 1
 *   stage   = dense + experts + kv + fixed + comm      (host-bound engines: max(dense + experts + kv + comm, fixed))
 *   step    = pp × stage + c_seq(engine) × (sequences per rank − 1)
 *
 * η: the achievable share of peak bandwidth for the GPU class (vendor and memory technology); q
 * the share a dequantizing weight-only kernel keeps (applied to the quantized classes only);
 * ρ_moe(t) = ρ_0 + (1 − ρ_0)·t/(t + t_half) that of routed experts seeing t tokens each; ρ_kv that of
 * KV streaming; μ the achievable share of the dense peak at
 * decode shapes; μ_cc the share of the 16-bit dense peak (peak16) that decode attention reaches
 * where it runs on CUDA cores, one thread block per query head (TensorRT-LLM's masked MHA kernel,
 * `cudaCoreAttention`): its FLOPs count query heads, so grouped-query attention saves it nothing; c_layer a fixed cost per layer by engine generation (launches, synchronisation,
 * scheduling spread over the layers); c_eager what a layer adds without CUDA graphs; φ a GPU
 * class's fixed-cost factor (1 for NVIDIA HBM); λ an all-reduce's latency on the link and ε the
 * share of the link's one-way bandwidth it reaches (both by link kind; PCIe's from nccl-tests at decode's sizes); c_seq the cost of each further sequence in a
 * step (sampling, scheduling, detokenizing). KV-cache bytes are those of the sequences that run:
 * the batch capped by the rank's KV capacity when it is given.
 */

/** Engines the speed model knows; `ollama` runs llama.cpp. Others are `unknown`. */
export type SpeedEngine = "vllm" | "sglang" | "tgi" | "trtllm" | "llama.cpp" | "ollama" | "lmdeploy" | "transformers" | "unknown";

/** Memory technology of a device (GpuSpec.memoryTechnology). */
export type MemoryTechnology = "hbm" | "gddr" | "lpddr";

/** Link between the GPUs of one node (GpuSpec.interconnectLink.kind). */
export type InterconnectKind = "nvlink" | "xgmi" | "pcie" | "ethernet" | "none";
export const INTERCONNECT_KINDS: readonly InterconnectKind[] = ["nvlink", "xgmi", "pcie", "ethernet", "none"];

/** The GPU classes achievable bandwidth is fitted for: vendor and memory technology. */
export type GpuClass = "nvidia-hbm" | "amd-hbm" | "other-hbm" | "gddr" | "lpddr";
export const GPU_CLASSES: readonly GpuClass[] = ["nvidia-hbm", "amd-hbm", "other-hbm", "gddr", "lpddr"];

/**
 * The keys fixed costs are kept under: an engine, split by generation where its scheduler changed
 * (vLLM before 0.8 ran the V0 engine; 0.8 made V1 the default). `unknown` (TGI, engines without
 * records) takes the pooled value of the serving engines.
 */
export type EngineKey = "vllm" | "vllm@<0.8" | "sglang" | "trtllm" | "lmdeploy" | "transformers" | "llama.cpp" | "unknown";
export const ENGINE_KEYS: readonly EngineKey[] = ["vllm", "vllm@<0.8", "sglang", "trtllm", "lmdeploy", "transformers", "llama.cpp", "unknown"];

/**
 * Engines whose host launches every kernel from Python without graphs, step by step (Hugging Face
 * transformers' generate): the host's work and the GPU's overlap, so a step takes the longer of the
 * two rather than their sum.
 */
export const HOST_BOUND_ENGINES: readonly EngineKey[] = ["transformers"];

/** The families errors are reported and bands kept for (issue 14's list). */
export type EngineFamily = "vLLM" | "SGLang" | "TensorRT-LLM" | "llama.cpp/Ollama" | "others";
export const ENGINE_FAMILIES: readonly EngineFamily[] = ["vLLM", "SGLang", "TensorRT-LLM", "llama.cpp/Ollama", "others"];

/** What the model needs of a GPU; a catalog GpuSpec has all of it. */
export interface SpeedGpu {
  vendor: string;
  /** Peak memory bandwidth per GPU, bytes per second (decimal). */
  bandwidthBytesPerSec: number;
  /** Absent (a repository's own `gpuTypes:` entry): HBM. */
  memoryTechnology?: MemoryTechnology;
  /** Absent or `none`: all-reduces are priced as over PCIe at 32 GB/s. */
  interconnectLink?: { kind: InterconnectKind; bytesPerSec: number };
  /**
   * Dense peaks (a catalog GpuSpec's): the 16-bit one is what attention on CUDA cores is measured
   * against (cudaCoreAttention). Absent: the query's peakFlopsPerSecPerGpu.
   */
  peakFlopsPerSec?: { fp16: number };
}

/** The fitted constants (src/physics/speed-constants.json `constants`). Times in seconds, shares as fractions. */
export interface SpeedConstants {
  /** η: achievable share of peak bandwidth for dense weights, by GPU class. */
  bandwidthEfficiency: Record<GpuClass, number>;
  /** ρ_kv: KV-cache streaming's share relative to η. */
  kvEfficiencyRelative: number;
  /** ρ_kv of host-bound engines (HF transformers), whose cache copies replace streaming. */
  hostBoundKvEfficiencyRelative: number;
  /**
   * ρ_moe at few tokens per expert: routed experts' share relative to η. It rises toward 1 with
   * the tokens each expert sees (t): ρ_moe(t) = ρ_0 + (1 − ρ_0) × t ÷ (t + t_half). Few tokens per
   * expert make small, sharded matmuls (DeepSeek's 256 experts at low concurrency); many make
   * efficient ones (Mixtral's 8 at batch 32).
   */
  expertEfficiencyRelative: number;
  /** t_half: the tokens per expert at which routed experts reach half-way from ρ_0 to dense efficiency. */
  expertHalfEfficiencyTokens: number;
  /**
   * s_half: the bytes of one expert matrix per GPU at which the few-tokens penalty is halved. A large
   * expert (Mixtral's 4,096 × 14,336) is a GEMV as efficient as a dense layer's even at one token; the
   * penalty is that of many small ones (DeepSeek's 7,168 × 2,048 sharded eight ways):
   * ρ_moe(t, s) = 1 − (1 − ρ_moe(t)) × s_half ÷ (s + s_half).
   */
  expertHalfPenaltyMatrixBytes: number;
  /** q: a dequantizing weight-only kernel's share relative to η (INT4/INT8 GPTQ/AWQ, GGUF, MXFP4 experts). */
  quantizedKernelEfficiencyRelative: number;
  /** μ: achievable share of the dense peak at decode shapes. */
  decodeComputeFraction: number;
  /**
   * μ_cc: the share of the 16-bit dense peak that decode attention reaches where it runs on CUDA
   * cores rather than tensor cores (TensorRT-LLM's masked MHA kernel: DecodeTerms.cudaCoreAttention).
   */
  cudaCoreAttentionFraction: number;
  /** μ_prefill: achievable share of the dense peak in prefill. */
  prefillComputeFraction: number;
  /** c_layer: fixed seconds per layer and step, by engine key. */
  layerSeconds: Record<EngineKey, number>;
  /** c_eager: seconds per layer a step adds without CUDA graphs (vLLM --enforce-eager, SGLang --disable-cuda-graph). */
  eagerLayerSeconds: number;
  /** φ: the fixed costs' factor by GPU class, relative to NVIDIA HBM parts. */
  fixedCostRelative: Record<GpuClass, number>;
  /** c_seq: seconds each sequence beyond the first adds to a step, by engine key. */
  sequenceSeconds: Record<EngineKey, number>;
  /** λ: latency of one all-reduce per log2(tp), by link kind. */
  allReduceLatencySeconds: Record<InterconnectKind, number>;
  /** ε: share of the link's one-direction bandwidth an all-reduce's bus bandwidth reaches at decode's message sizes, by link kind. */
  allReduceBandwidthEfficiency: Record<InterconnectKind, number>;
}

/** A band of measured ÷ predicted from records the fit did not see: the range a prediction carries. */
export interface ErrorBand {
  /** Records the band is taken from. */
  records: number;
  /** 10th and 90th percentiles of measured ÷ predicted tokens/s. */
  p10: number;
  p90: number;
  /** Median of |predicted ÷ measured − 1|, in percent. */
  medianAbsErrorPercent: number;
  /** Share of records predicted within ±20% of the measurement, in percent. */
  within20Percent: number;
}

export interface ErrorBands {
  all: ErrorBand;
  byEngineFamily: Partial<Record<EngineFamily, ErrorBand>>;
  byGpuClass: Partial<Record<GpuClass, ErrorBand>>;
}

/** The constants file: what scripts/calibrate writes. */
export interface SpeedConstantsFile {
  $comment: string;
  schemaVersion: 1;
  fittedOn: string;
  constants: SpeedConstants;
  provenance: Record<string, string>;
  /** Errors of the shipped constants on the held-out records. */
  heldOut: ErrorBands;
  /**
   * Out-of-fold errors of a 5-fold cross-validation over every record (each predicted by a fit
   * that did not see it): the bands predictions carry, as they cover every family and class.
   */
  crossValidated: ErrorBands;
  /** Fewest cross-validated records a family's or class's band needs to be used; else the overall band. */
  minBandRecords: number;
  records: {
    file: string;
    sha256: string;
    split: string;
    training: string[];
    heldOut: string[];
    skipped: Array<{ id: string; reason: string }>;
  };
}

// ---------------------------------------------------------------------------------------------
// Engines and GPUs

/** `0.6.3`, `v0.10.1rc1`, `0.7.3.dev138+g…` → [0, 6]; null when the text holds no version. See docs/physics.md#decode-speed-engine-aware. */
export function parseEngineVersion(version: string | undefined): [number, number] | null {
  if (version === undefined) return null;
  const match = /(?:^|[^\d.])v?(\d+)\.(\d+)(?![\d])/.exec(` ${version}`);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * The key an engine's fixed costs are kept under. vLLM below 0.8 is the V0 engine; 0.8 and later
 * (or no version) the V1 engine, what a deployment today runs. Ollama is llama.cpp; TGI and
 * anything else have no records and take the pooled `unknown`.
 * See docs/physics.md#decode-speed-engine-aware.
 */
export function engineKey(engine: SpeedEngine, version?: string): EngineKey {
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

/** The family an engine's errors are reported under. See docs/physics.md#decode-speed-engine-aware. */
export function engineFamily(engine: SpeedEngine): EngineFamily {
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

/** The class achievable bandwidth is kept for: GDDR and LPDDR by technology, HBM by vendor. See docs/physics.md#decode-speed-engine-aware. */
export function gpuClass(gpu: Pick<SpeedGpu, "vendor" | "memoryTechnology">): GpuClass {
  const tech = gpu.memoryTechnology ?? "hbm";
  if (tech !== "hbm") return tech;
  if (gpu.vendor === "nvidia") return "nvidia-hbm";
  if (gpu.vendor === "amd") return "amd-hbm";
  return "other-hbm";
}

// ---------------------------------------------------------------------------------------------
// The terms of one decode step: bytes and FLOPs by kernel class, fixed counts. No constant here.

export interface DecodeSpeedQuery {
  arch: Architecture;
  params: ParamBreakdown;
  weightPrecision: Precision;
  kvPrecision: Precision;
  /** Tokens each sequence holds while decoding (the context reached). */
  contextTokens: number;
  /** Sequences in flight, over all data-parallel ranks. */
  batch: number;
  tensorParallel: number;
  pipelineParallel: number;
  dataParallel?: number;
  /** Routed experts split over tp × dp × pp GPUs (docs/physics.md#data-and-expert-parallelism). */
  expertsSpanDataParallel?: boolean;
  gpu: SpeedGpu;
  /** Dense peak FLOPs per GPU in the format the weights are computed in (the estimate's `compute.peakFlopsPerSecPerGpu`). */
  peakFlopsPerSecPerGpu: number;
  /**
   * Bytes per parameter of the dense linear layers (attention, MLP, shared experts, routers), as
   * decodeEstimate's bytesPerWeightParam: scales included. Default: the precision's width.
   */
  bytesPerWeightParam?: number;
  /** Bytes per parameter of the routed experts (gpt-oss: MXFP4 with its scales, 4.25 bits). Default: bytesPerWeightParam. */
  expertBytesPerParam?: number;
  /**
   * Bytes per parameter of the tensors quantized checkpoints keep in 16 bits: the embedding rows
   * read, the output head, the norms. Default: bytesPerWeightParam.
   */
  keptBytesPerParam?: number;
  /**
   * The weights go through a dequantizing kernel (weight-only INT4/INT8/FP4: GPTQ, AWQ, GGUF
   * K-quants, Marlin); only the classes narrower than 16 bits pay for it. Default: true for INT4
   * and FP4 weights, false otherwise.
   */
  weightOnlyQuantized?: boolean;
  engine?: SpeedEngine;
  engineVersion?: string;
  /** CUDA graphs are off (vLLM --enforce-eager, SGLang --disable-cuda-graph). */
  eager?: boolean;
  /** KV capacity of one rank in tokens (the estimate's kvCapacityTokens): caps the sequences that run at once. */
  kvCapacityTokensPerRank?: number;
}

export interface DecodeTerms {
  /** Sequences each data-parallel rank runs in one step, after the KV-capacity cap. */
  batchPerRank: number;
  /** Sequences running over all ranks (≤ batch). */
  batchRunning: number;
  /** Layers of the busiest pipeline stage. */
  layersPerStage: number;
  stages: number;
  tensorParallel: number;
  /**
   * Bytes the busiest GPU reads per step, by kind: dense linear layers, the 16-bit tensors kept
   * beside them (embedding rows, head, norms), routed experts, KV cache of the running sequences.
   */
  linearBytesPerGpu: number;
  keptBytesPerGpu: number;
  expertBytesPerGpu: number;
  kvBytesPerGpu: number;
  /**
   * Bytes moved per byte of KV cache. 1 for engines that stream a paged cache; for HF transformers
   * (4.4x, SDPA attention) 3 + 2g with g = query heads per KV head: each step concatenates the cache
   * (read and write) and repeat_kv expands it g-fold (read it, write g copies, attention reads them).
   */
  kvTrafficFactor: number;
  /** FLOPs the busiest GPU runs per step, by kernel class. */
  denseFlopsPerGpu: number;
  expertFlopsPerGpu: number;
  attentionFlopsPerGpu: number;
  /** MoE layers of the busiest stage, and the (expected) distinct routed experts a step reads a share of over them. */
  moeLayersPerStage: number;
  expertReadsPerGpu: number;
  /** Tokens each routed expert sees per step on average: tokens × top-k ÷ experts. */
  tokensPerExpert: number;
  /** Bytes of one matrix of one routed expert on a GPU (its gate, up or down projection, split by tensor parallelism). */
  expertMatrixBytesPerGpu: number;
  /** Bytes of one all-reduce (the rank's activations, 16 bits each); two per layer under tensor parallelism. */
  allReduceBytes: number;
  /** The dense linear layers, and the routed experts, are read through a dequantizing kernel. */
  linearQuantized: boolean;
  expertsQuantized: boolean;
  /**
   * Decode attention runs on CUDA cores, one thread block per query head and sequence, each reading
   * its KV head's cache (TensorRT-LLM's masked MHA kernel, where no XQA kernel serves the layout:
   * maskedMhaDecode): its compute ceiling is attnFlops ÷ (peak16 × μ_cc), counted by query heads.
   */
  cudaCoreAttention: boolean;
}

/**
 * TensorRT-LLM decodes with its masked MHA kernel (decoderMaskedMultiheadAttention: one thread
 * block per query head and sequence, dot products on CUDA cores) where its tensor-core XQA kernel
 * does not serve the layout:
 * - multi-head attention (as many KV heads as query heads), in every version: the JIT XQA's
 *   supportConfigCommon returns false for "vanilla MHA" at beam width 1 "for performance reasons"
 *   (NVIDIA/TensorRT-LLM cpp/tensorrt_llm/kernels/decoderMaskedMultiheadAttention/decoderXQAImplJIT/kernelUtils.cpp);
 * - before 0.11, any group size but 8 query heads per KV head (head size 128 or 256): the
 *   precompiled XQA kernels of the 0.9/0.10 releases exist for that group size only (xqa_kernel_cubin.h,
 *   sXqaKernelMetaInfo: mNumQHeadsOverKV 8 for every single-query-token kernel), and 0.9.0's
 *   benchmarks enabled XQA for Llama-2-70B and Falcon-180B only (docs/source/performance.md,
 *   "export TRTLLM_ENABLE_XQA=1"); 0.11 as the first release with JIT XQA (group sizes up to 32) is
 *   an assumed boundary;
 * - a head wider than 256 (the XQA kernels stop at 256).
 * MLA and other attention kinds: no. Other engines: no (their decode attention runs on tensor cores
 * or is not modelled). See docs/physics.md#decode-speed-engine-aware.
 */
export function maskedMhaDecode(arch: Architecture, engine: SpeedEngine | undefined, version?: string): boolean {
  if (engine !== "trtllm") return false;
  const a = arch.attention;
  if (a.kind !== "standard") return false;
  const group = a.numHeads / a.numKvHeads;
  if (group === 1 || a.headDim > 256) return true;
  const v = parseEngineVersion(version);
  const before011 = v !== null && v[0] === 0 && v[1] < 11;
  return before011 && !(group === 8 && (a.headDim === 128 || a.headDim === 256));
}

/** 16-bit activations are what tensor-parallel all-reduces carry in every engine here. */
const ACTIVATION_BYTES = 2;

export { decodeAttentionFlopsPerToken };

/**
 * The bytes and FLOPs of one decode step on the busiest GPU, split by kind; no fitted constant.
 * Dense weights are read once for a rank's batch, the experts its tokens touch once for the group
 * they span, every running sequence's KV cache in full (docs/physics.md#decode-speed-engine-aware).
 */
export function decodeTerms(query: DecodeSpeedQuery): DecodeTerms {
  const { arch, params } = query;
  const tp = query.tensorParallel;
  const pp = query.pipelineParallel;
  const dp = query.dataParallel ?? 1;
  const span = query.expertsSpanDataParallel === true && dp > 1 && arch.moe !== undefined;
  let batchPerRank = Math.max(1, Math.ceil(query.batch / dp));
  if (query.kvCapacityTokensPerRank !== undefined && query.contextTokens > 0) {
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
  const busiest = stages.find((s) => s.end - s.start === layersPerStage)!;

  // FLOPs: 2 per multiply-add. The output head is a matmul over every token; the embedding rows are not.
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
    linearBytesPerGpu: (linear * linearBytes) / (tp * pp),
    keptBytesPerGpu: (kept * keptBytes) / (tp * pp),
    expertBytesPerGpu: expertsPerGpu * expertBytes,
    kvBytesPerGpu: kvCacheBytesPerGpu({ arch, kvPrecision: query.kvPrecision, contextTokens: query.contextTokens, batch: batchPerRank, tensorParallel: tp, pipelineParallel: pp }),
    kvTrafficFactor: hostBound ? 3 + 2 * groups : 1,
    denseFlopsPerGpu: (2 * batchPerRank * (linear + headMatmulParams)) / (tp * pp),
    expertFlopsPerGpu: (2 * expertTokens * activeExpertParams) / expertGpus,
    attentionFlopsPerGpu: (batchPerRank * decodeAttentionFlopsPerToken(arch, query.contextTokens, busiest)) / tp,
    moeLayersPerStage,
    expertReadsPerGpu: distinctExperts * moeLayersPerStage,
    tokensPerExpert: moe ? (expertTokens * moe.topK) / moe.numExperts : 0,
    expertMatrixBytesPerGpu: moe ? (params.paramsPerExpert * expertBytes) / (3 * tp) : 0,
    allReduceBytes: batchPerRank * arch.hiddenSize * ACTIVATION_BYTES,
    // Only a class narrower than 16 bits goes through the dequantizing kernel (gpt-oss: MXFP4 experts, BF16 attention).
    linearQuantized: weightOnly && linearBytes < 2,
    expertsQuantized: weightOnly && moe !== undefined && expertBytes < 2,
    cudaCoreAttention: maskedMhaDecode(arch, query.engine, query.engineVersion),
  };
}

// ---------------------------------------------------------------------------------------------
// Times from terms and constants

export interface StepTimes {
  /** Memory time of each kind at its achievable bandwidth. */
  memorySeconds: { dense: number; experts: number; kvCache: number };
  /** Compute time of each kernel class at μ × peak. */
  computeSeconds: { dense: number; experts: number; attention: number };
  /** Each class at its roofline: the slower of its memory and compute time, summed. */
  kernelSeconds: number;
  /** Per-layer fixed costs of the busiest stage (with the eager surcharge and the GPU class's factor). */
  fixedSeconds: number;
  /** Tensor-parallel all-reduces of the busiest stage. */
  communicationSeconds: number;
  /** The cost of the sequences beyond the first, once per step. */
  sequenceSeconds: number;
  /** One step: pp stages take their turns for a token. */
  stepSeconds: number;
}

/** Used when a GPU states no link: PCIe 4.0 x8-class, 32 GB/s both directions. */
const UNLINKED_BYTES_PER_SEC = 32e9;

/** One all-reduce of `bytes` over `tp` GPUs on `link`: λ(link) × log2 tp, plus a ring's 2(tp − 1)/tp of the bytes at ε(link) × the link's one-direction rate. See docs/physics.md#decode-speed-engine-aware. */
export function allReduceSeconds(bytes: number, tp: number, link: SpeedGpu["interconnectLink"], constants: SpeedConstants): number {
  if (tp <= 1) return 0;
  const linked = link !== undefined && link.kind !== "none" && link.bytesPerSec > 0;
  const kind = linked ? link.kind : "pcie";
  const oneWay = (linked ? link.bytesPerSec : UNLINKED_BYTES_PER_SEC) / 2;
  return constants.allReduceLatencySeconds[kind] * Math.log2(tp) + (((2 * (tp - 1)) / tp) * bytes) / (oneWay * constants.allReduceBandwidthEfficiency[kind]);
}

export interface StepContext {
  gpu: SpeedGpu;
  peakFlopsPerSecPerGpu: number;
  engine: EngineKey;
  eager: boolean;
}

/**
 * ρ_moe(t, s): routed experts' bandwidth share relative to η when each sees t tokens per step and
 * one expert matrix holds s bytes per GPU (s = 0: the tokens alone decide). See docs/physics.md#decode-speed-engine-aware.
 */
export function expertEfficiency(tokensPerExpert: number, constants: SpeedConstants, matrixBytesPerGpu = 0): number {
  const r0 = constants.expertEfficiencyRelative;
  const byTokens = r0 + ((1 - r0) * tokensPerExpert) / (tokensPerExpert + constants.expertHalfEfficiencyTokens);
  const half = constants.expertHalfPenaltyMatrixBytes;
  return 1 - (1 - byTokens) * (half / (matrixBytesPerGpu + half));
}

/** Fixed seconds per layer for an engine on a GPU class, eager or not. See docs/physics.md#decode-speed-engine-aware. */
export function perLayerSeconds(context: StepContext, constants: SpeedConstants): number {
  const base = constants.layerSeconds[context.engine] + (context.eager ? constants.eagerLayerSeconds : 0);
  return base * constants.fixedCostRelative[gpuClass(context.gpu)];
}

/** The step's times from its terms: the formula of the module comment. See docs/physics.md#decode-speed-engine-aware. */
export function stepTimes(terms: DecodeTerms, context: StepContext, constants: SpeedConstants): StepTimes {
  const bandwidth = context.gpu.bandwidthBytesPerSec * constants.bandwidthEfficiency[gpuClass(context.gpu)];
  const q = constants.quantizedKernelEfficiencyRelative;
  const hostBound = HOST_BOUND_ENGINES.includes(context.engine);
  const kvRelative = hostBound ? constants.hostBoundKvEfficiencyRelative : constants.kvEfficiencyRelative;
  const memorySeconds = {
    dense: terms.linearBytesPerGpu / (bandwidth * (terms.linearQuantized ? q : 1)) + terms.keptBytesPerGpu / bandwidth,
    experts: terms.expertBytesPerGpu / (bandwidth * (terms.expertsQuantized ? q : 1) * expertEfficiency(terms.tokensPerExpert, constants, terms.expertMatrixBytesPerGpu)),
    kvCache: (terms.kvBytesPerGpu * terms.kvTrafficFactor) / (bandwidth * kvRelative),
  };
  const flops = context.peakFlopsPerSecPerGpu * constants.decodeComputeFraction;
  const cudaCoreFlops = (context.gpu.peakFlopsPerSec?.fp16 ?? context.peakFlopsPerSecPerGpu) * constants.cudaCoreAttentionFraction;
  const computeSeconds = {
    dense: terms.denseFlopsPerGpu / flops,
    experts: terms.expertFlopsPerGpu / flops,
    attention: terms.attentionFlopsPerGpu / (terms.cudaCoreAttention ? cudaCoreFlops : flops),
  };
  const kernelSeconds =
    Math.max(memorySeconds.dense, computeSeconds.dense) + Math.max(memorySeconds.experts, computeSeconds.experts) + Math.max(memorySeconds.kvCache, computeSeconds.attention);
  const fixedSeconds = terms.layersPerStage * perLayerSeconds(context, constants);
  const communicationSeconds = terms.layersPerStage * 2 * allReduceSeconds(terms.allReduceBytes, terms.tensorParallel, context.gpu.interconnectLink, constants);
  const sequenceSeconds = constants.sequenceSeconds[context.engine] * Math.max(0, terms.batchPerRank - 1);
  const stage = hostBound ? Math.max(kernelSeconds + communicationSeconds, fixedSeconds) : kernelSeconds + fixedSeconds + communicationSeconds;
  return { memorySeconds, computeSeconds, kernelSeconds, fixedSeconds, communicationSeconds, sequenceSeconds, stepSeconds: terms.stages * stage + sequenceSeconds };
}

// ---------------------------------------------------------------------------------------------
// Prefill

export interface PrefillTerms {
  /** FLOPs of the prompts (2 × active params × tokens + causal attention), per tensor-parallel GPU. */
  flopsPerGpu: number;
  /** Every weight once (a long prompt touches every expert), per tensor-parallel GPU over all stages. */
  weightBytesPerGpu: number;
  layers: number;
}

/**
 * The prefill of `prompts` prompts of `promptTokens` each, run together: its FLOPs shared by tp
 * GPUs (pipeline stages take turns, so pp does not shorten it), and the weights it reads once.
 * See docs/physics.md#prefill-and-arithmetic-intensity.
 */
export function prefillTerms(query: Omit<DecodeSpeedQuery, "contextTokens" | "batch">, promptTokens: number, prompts = 1): PrefillTerms {
  const { arch, params } = query;
  const tp = query.tensorParallel;
  const linearBytes = query.bytesPerWeightParam ?? bytesPerValue(query.weightPrecision);
  const expertBytes = query.expertBytesPerParam ?? linearBytes;
  const keptBytes = query.keptBytesPerParam ?? linearBytes;
  const linear = params.attentionParams + params.denseFeedForwardParams;
  const keptRead = params.outputHeadParams + params.normParams + (arch.tieWordEmbeddings ? params.embeddingParams : 0);
  return {
    flopsPerGpu: (prompts * prefillFlops(arch, params, promptTokens)) / tp,
    weightBytesPerGpu: (linear * linearBytes + params.routedExpertParams * expertBytes + keptRead * keptBytes) / tp,
    layers: arch.numLayers,
  };
}

/** Prefill seconds: the slower of its compute at μ_prefill × peak and its weight reads, plus one forward's fixed costs. See docs/physics.md#prefill-and-arithmetic-intensity. */
export function prefillTimes(terms: PrefillTerms, context: StepContext, constants: SpeedConstants): { computeSeconds: number; memorySeconds: number; fixedSeconds: number; seconds: number } {
  const computeSeconds = terms.flopsPerGpu / (context.peakFlopsPerSecPerGpu * constants.prefillComputeFraction);
  const memorySeconds = terms.weightBytesPerGpu / (context.gpu.bandwidthBytesPerSec * constants.bandwidthEfficiency[gpuClass(context.gpu)]);
  const fixedSeconds = terms.layers * perLayerSeconds(context, constants);
  const work = Math.max(computeSeconds, memorySeconds);
  const seconds = HOST_BOUND_ENGINES.includes(context.engine) ? Math.max(work, fixedSeconds) : work + fixedSeconds;
  return { computeSeconds, memorySeconds, fixedSeconds, seconds };
}

// ---------------------------------------------------------------------------------------------
// The product's entry points

export const SPEED_CONSTANTS_FILE = constantsFile as unknown as SpeedConstantsFile;

/**
 * The engine families on GPU classes whose calibration records include a mixture of experts
 * (gpt-oss, DeepSeek-R1 and Mixtral on vLLM, SGLang and TensorRT-LLM):
 * only there is the routed experts' efficiency ρ_moe a measurement. __tests__/speed-fit.test.ts holds
 * this list to the calibration set. See docs/physics.md#decode-speed-engine-aware.
 */
export const MOE_MEASURED: ReadonlyArray<readonly [EngineFamily, GpuClass]> = [
  ["vLLM", "nvidia-hbm"],
  ["vLLM", "amd-hbm"],
  ["SGLang", "nvidia-hbm"],
  ["SGLang", "amd-hbm"],
  ["TensorRT-LLM", "nvidia-hbm"],
  ["TensorRT-LLM", "gddr"],
];

const GPU_CLASS_NAMES: Record<GpuClass, string> = { "nvidia-hbm": "NVIDIA HBM GPUs", "amd-hbm": "AMD HBM GPUs", "other-hbm": "HBM GPUs", gddr: "GDDR GPUs", lpddr: "unified-memory devices" };

/** `vLLM on NVIDIA HBM GPUs`: the engine family and GPU class a range was measured for, as messages name them. See docs/physics.md#decode-speed-engine-aware. */
export function speedRangeLabel(family: EngineFamily, klass: GpuClass): string {
  return `${family === "others" ? "other engines" : family} on ${GPU_CLASS_NAMES[klass]}`;
}

/** What bounds a decode step, as messages say it. See docs/physics.md#decode-speed-engine-aware. */
export function boundByPhrase(boundBy: "memory" | "compute" | "overhead"): string {
  return { memory: "memory-bound", compute: "compute-bound", overhead: "bound by fixed and communication costs" }[boundBy];
}

export interface SpeedRange {
  /** The prediction × the band's 10th and 90th percentiles of measured ÷ predicted. */
  lowTokensPerSecPerSequence: number;
  highTokensPerSecPerSequence: number;
  lowTokensPerSecTotal: number;
  highTokensPerSecTotal: number;
  /** The band applied and where it comes from. */
  band: ErrorBand;
  bandFrom: string;
}

export interface DecodeSpeed {
  stepSeconds: number;
  tokensPerSecPerSequence: number;
  /** Over the sequences that run at once. */
  tokensPerSecTotal: number;
  /** Sequences running at once after the KV-capacity cap (≤ batch); the rest wait. */
  batchRunning: number;
  /**
   * What bounds the step: the memory reads, the compute (each kernel class counted on the side of
   * its roofline that bounds it), or the fixed, communication and per-sequence costs.
   */
  boundBy: "memory" | "compute" | "overhead";
  terms: DecodeTerms;
  times: StepTimes;
  engineKey: EngineKey;
  engineFamily: EngineFamily;
  gpuClass: GpuClass;
  range: SpeedRange;
}

/**
 * The band a prediction carries, from the cross-validated errors: the engine family's and the GPU
 * class's where each has `minBandRecords` records (their union when both do), else the overall band.
 * See docs/physics.md#decode-speed-engine-aware.
 */
export function errorBandFor(family: EngineFamily, klass: GpuClass, file: SpeedConstantsFile = SPEED_CONSTANTS_FILE): { band: ErrorBand; from: string } {
  const min = file.minBandRecords;
  const bands = file.crossValidated;
  const byFamily = bands.byEngineFamily[family];
  const byClass = bands.byGpuClass[klass];
  const usable: Array<{ band: ErrorBand; from: string }> = [];
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
      within20Percent: Math.min(a.band.within20Percent, b.band.within20Percent),
    },
    from: `${a.from} and ${b.from}`,
  };
}

/** The constants' view of a query's engine and GPU. See docs/physics.md#decode-speed-engine-aware. */
export function stepContext(query: Pick<DecodeSpeedQuery, "gpu" | "peakFlopsPerSecPerGpu" | "engine" | "engineVersion" | "eager">): StepContext {
  return { gpu: query.gpu, peakFlopsPerSecPerGpu: query.peakFlopsPerSecPerGpu, engine: engineKey(query.engine ?? "unknown", query.engineVersion), eager: query.eager === true };
}

/**
 * Predicted decode speed of one step at `contextTokens`, with the range the cross-validated error
 * gives for the engine family and GPU class. Pure; `file` defaults to the checked-in constants.
 * See docs/physics.md#decode-speed-engine-aware.
 */
export function decodeSpeed(query: DecodeSpeedQuery, file: SpeedConstantsFile = SPEED_CONSTANTS_FILE): DecodeSpeed {
  const terms = decodeTerms(query);
  const context = stepContext(query);
  const times = stepTimes(terms, context, file.constants);
  // Each kernel class counts for the side of its roofline that bounds it.
  const pairs: Array<[number, number]> = [
    [times.memorySeconds.dense, times.computeSeconds.dense],
    [times.memorySeconds.experts, times.computeSeconds.experts],
    [times.memorySeconds.kvCache, times.computeSeconds.attention],
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
  // Routed experts' efficiency is measured only for some engines and GPUs (MOE_MEASURED); elsewhere the
  // optimistic end reads them at dense efficiency, so that an extrapolation never fails a target alone.
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
      bandFrom: unmeasuredMoe ? `${from}; routed experts at dense efficiency at the optimistic end (no ${family} measurement of a mixture of experts on ${klass})` : from,
    },
  };
}

export interface PrefillSpeed {
  seconds: number;
  /** Compute time at μ_prefill × peak, and the weights' read time: the larger one bounds it. */
  computeSeconds: number;
  memorySeconds: number;
  fixedSeconds: number;
  promptTokensPerSec: number;
}

/** Predicted prefill of `prompts` prompts of `promptTokens` each, run together (time to first token of a batch, without queueing). See docs/physics.md#prefill-and-arithmetic-intensity. */
export function prefillSpeed(query: Omit<DecodeSpeedQuery, "contextTokens" | "batch">, promptTokens: number, prompts = 1, file: SpeedConstantsFile = SPEED_CONSTANTS_FILE): PrefillSpeed {
  const times = prefillTimes(prefillTerms(query, promptTokens, prompts), stepContext(query), file.constants);
  return { ...times, promptTokensPerSec: (prompts * promptTokens) / times.seconds };
}
