import type { Architecture } from "./architecture.js";
import { kvBytesPerTokenPerLayer, kvCacheBytesPerGpu, kvHeadsPerRank, pipelineStages } from "./kv-cache.js";
import { usableBytes } from "./memory.js";
import type { Precision } from "./precision.js";

/**
 * Engine memory arithmetic: whether a serving engine starts, and how much KV cache it gets, computed
 * the way each engine computes it at startup. Pure: plain numbers in, plain numbers out, no I/O.
 * Every constant below names its source; fitted constants name the records they were fitted on, and
 * docs/physics.md#engine-memory (drafted in docs/engine-memory-section.md) gives the formulas, the fit and
 * its held-out error.
 *
 * Units: bytes throughout (GiB = 2^30 bytes only in messages, which say so), tokens, sequences.
 */

const GiB = 2 ** 30;
const MiB = 2 ** 20;

// ================================================================ GPU memory as the runtime sees it

/**
 * What the NVIDIA driver keeps for itself when no figure from the CUDA runtime is published: the median
 * of the `Reserved` line of `nvidia-smi -q` (FB Memory Usage) over nine GPU types, one median per type
 * (H100 80GB 452, A100 80GB 798, A100 40GB 620, L4 556, H200 700, 48 GB Ada/Ampere 665, RTX 4090 354,
 * A10G 519, T4 393 MiB; readings quoted in src/catalog/gpus.ts): 556 MiB. CUDA's total
 * (`cudaMemGetInfo`, `torch.cuda.mem_get_info()[1]`) is nvidia-smi's Total minus that reserve to within
 * a few tens of MiB (H100: 81559 − 469 = 81090 MiB, torch `total_memory=81090MB`). A derived figure.
 */
export const DEFAULT_DRIVER_RESERVE_BYTES = 556 * MiB;

/** The fields of a catalog GPU this module reads (src/catalog/types.ts GpuSpec). */
export interface RuntimeMemoryGpu {
  id: string;
  vendor: string;
  /** nvidia-smi `memory.total` (MiB × 2^20), rocm-smi's VRAM total, or the marketed size. */
  memoryBytes: number;
  /** Total as the CUDA runtime reports it, where published. */
  cudaMemoryBytes?: number;
  cudaMemorySource?: string;
  mig?: { parent: string; profile: string };
  unifiedMemory?: boolean;
}

export interface RuntimeMemory {
  /** Bytes the engine's runtime sees as the device total: what vLLM multiplies by gpu_memory_utilization. */
  totalBytes: number;
  /** Whether totalBytes was derived (no published runtime figure) rather than read. */
  derived: boolean;
  source: string;
}

/**
 * The device total as the CUDA (or HIP) runtime reports it. A published runtime figure wins; an NVIDIA
 * whole GPU without one is nvidia-smi's total minus DEFAULT_DRIVER_RESERVE_BYTES (derived); a MIG slice is
 * the memory `nvidia-smi mig -lgip` lists (what the instance exposes; derived, no reserve known); AMD's
 * rocm-smi/HIP total is already the runtime figure; other devices keep memoryBytes.
 * See docs/physics.md#gpu-memory-as-the-runtime-reports-it.
 */
export function runtimeMemory(gpu: RuntimeMemoryGpu): RuntimeMemory {
  if (gpu.cudaMemoryBytes !== undefined) {
    return { totalBytes: gpu.cudaMemoryBytes, derived: false, source: gpu.cudaMemorySource ?? "catalog cudaMemoryBytes" };
  }
  if (gpu.vendor === "nvidia" && !gpu.mig && !gpu.unifiedMemory) {
    return {
      totalBytes: gpu.memoryBytes - DEFAULT_DRIVER_RESERVE_BYTES,
      derived: true,
      source: `derived: nvidia-smi total ${gpu.memoryBytes / MiB} MiB minus the median driver reserve of 556 MiB`,
    };
  }
  if (gpu.mig) return { totalBytes: gpu.memoryBytes, derived: true, source: "derived: the MIG profile's memory as nvidia-smi mig -lgip lists it" };
  return { totalBytes: gpu.memoryBytes, derived: gpu.vendor !== "amd", source: gpu.vendor === "amd" ? "rocm-smi / HIP total" : "the catalog's memoryBytes" };
}

// ================================================================ engine settings

export type ServingEngine = "vllm" | "sglang" | "tgi" | "tensorrt-llm";

/** An engine's name as its project writes it. See docs/physics.md#engine-memory. */
export function engineDisplayName(engine: ServingEngine): string {
  return { vllm: "vLLM", sglang: "SGLang", tgi: "TGI", "tensorrt-llm": "TensorRT-LLM" }[engine];
}

/** vLLM (V1 engine, 0.8 and later). Absent fields take the defaults of the version, as vLLM resolves them. */
export interface VllmSettings {
  engine: "vllm";
  /** vLLM version (`0.11.0`, `v0.10.1.1`, `0.11.2.dev67+g…`); absent or `latest`: the newest behaviour modelled. */
  version?: string;
  /** `--gpu-memory-utilization`; default 0.9. */
  gpuMemoryUtilization?: number;
  /** `--max-model-len` in tokens: the caller resolves it (vLLM's default is the model's maximum). */
  maxModelLen: number;
  /** `--max-num-batched-tokens`; default by GPU and entrypoint (vllmBatchDefaults). */
  maxNumBatchedTokens?: number;
  /** `--max-num-seqs`; default by GPU and entrypoint. */
  maxNumSeqs?: number;
  /** `vllm serve` (default) or the offline `LLM` class: they have different batch defaults. */
  entrypoint?: "openai-server" | "llm-class";
  /** `--enforce-eager`: no CUDA graphs, so none are budgeted. */
  enforceEager?: boolean;
  /** `--kv-cache-memory-bytes`: a fixed KV budget; vLLM then skips the utilization arithmetic. */
  kvCacheMemoryBytes?: number;
  /** `--block-size`; default 16 tokens. */
  blockSize?: number;
  /** The top-k/top-p sampler the profile run warms up; default by version (VLLM_USE_FLASHINFER_SAMPLER). */
  sampler?: "flashinfer" | "pytorch";
  /** `VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS`; default on from vLLM 0.21. */
  cudaGraphProfiling?: boolean;
}

/** SGLang. The KV pool is sized from `mem_fraction_static` once the weights are in. */
export interface SglangSettings {
  engine: "sglang";
  /** SGLang version; absent: the newest behaviour modelled (the reserved-memory heuristic of 0.5). */
  version?: string;
  /** `--mem-fraction-static`; default by GPU memory and parallelism (sglangMemFractionStatic). */
  memFractionStatic?: number;
  /** `--context-length` in tokens: the longest request (the model's maximum by default). */
  contextLength: number;
  /** `--chunked-prefill-size`; default by GPU memory. */
  chunkedPrefillSize?: number;
  /** `--cuda-graph-max-bs`; default by GPU memory and TP. */
  cudaGraphMaxBs?: number;
}

/** Hugging Face TGI. Approximate: see docs (its warmup is not reproduced against published logs here). */
export interface TgiSettings {
  engine: "tgi";
  /** `--cuda-memory-fraction`; default 1.0. */
  cudaMemoryFraction?: number;
  /** `--max-batch-prefill-tokens`: the warmup batch; default 4096. */
  maxBatchPrefillTokens?: number;
  /** `--max-total-tokens`: the longest request (input + output). */
  maxTotalTokens: number;
}

/** TensorRT-LLM. Approximate: the KV pool is a fraction of the memory free after weights and runtime buffers. */
export interface TensorRtLlmSettings {
  engine: "tensorrt-llm";
  /** `kv_cache_config.free_gpu_memory_fraction` (`kv_cache_free_gpu_mem_fraction`); default 0.9. */
  kvCacheFreeGpuMemoryFraction?: number;
  /** `max_num_tokens`: tokens of one forward step, which sizes the runtime buffers; default 8192. */
  maxNumTokens?: number;
  /** `max_seq_len`: the longest request. */
  maxSeqLen: number;
}

export type EngineSettings = VllmSettings | SglangSettings | TgiSettings | TensorRtLlmSettings;

// ================================================================ constants

/** vLLM's default `gpu_memory_utilization` (vLLM engine arguments documentation; vllm/config/cache.py). */
export const VLLM_DEFAULT_GPU_MEMORY_UTILIZATION = 0.9;
/** vLLM's default `block_size` in tokens (vLLM engine arguments documentation). */
export const VLLM_DEFAULT_BLOCK_TOKENS = 16;

/**
 * Non-torch memory vLLM charges to the instance (NCCL and attention-backend buffers, the increase of
 * `cuda_memory − torch_memory` from the snapshot taken before the model to the end of profiling): read from
 * vLLM 0.11.0's own memory-profiling lines on H100 (llm-d/llm-d-benchmark
 * config_explorer/empirical-vllm-memory-results.md): 0.13 GiB for every single-GPU run (gpt-oss-20b,
 * Llama-3.1-8B, Qwen3-0.6B), 0.54 GiB for Qwen3-32B at TP 2 (custom all-reduce buffers). The TP value also
 * covers pipeline parallelism, which is not measured.
 */
export const VLLM_NON_TORCH_BYTES_SINGLE = Math.round(0.13 * GiB);
export const VLLM_NON_TORCH_BYTES_PARALLEL = Math.round(0.54 * GiB);

/**
 * The profile run's sampler peak, in fp32 copies of the [requests × vocabulary] logits. vLLM's profile run
 * samples max_num_seqs dummy requests with top-k, top-p and penalties on; what that allocates depends on the
 * sampler:
 * - `pytorch` (sort-based top-k/top-p): 9.57, fitted on two vLLM 0.11.0 H100 records whose activation peak
 *   the sampler sets: gpt-oss-20b ((7.38 − 0.04) GiB ÷ (1024 × 201,088 × 4 B) = 9.56) and Qwen3-0.6B
 *   ((5.56 − 0.02) ÷ (1024 × 151,936 × 4 B) = 9.57) (llm-d/llm-d-benchmark empirical-vllm-memory-results.md).
 * - `flashinfer` (FlashInfer's sampling kernels, no sort): 2.87, fitted on vLLM 0.10.1.1, Qwen2-7B, one A100
 *   80GB, two runs at gpu_memory_utilization 0.25 and 0.5 (dennislee22/vLLM-benchmarking log/): the
 *   non-KV memory is 0.56 GiB; less 0.13 non-torch and 2048 × 3,584 × 2 B of hidden states, 0.42 GiB over
 *   256 × 152,064 × 4 B of logits.
 * - from vLLM 0.19 (the V2 model runner's sampler): 3.74, from one vLLM 0.19.0 record of Llama-3.1-8B on
 *   H100 ("torch peak memory increase: 1.89GiB", quoted in a stored parse_log.py of vLLM 0.19.0 logs):
 *   (1.89 − 0.06) ÷ (1024 × 128,256 × 4 B). A single record: approximate.
 */
export const VLLM_SAMPLER_LOGIT_COPIES = { pytorch: 9.57, flashinfer: 2.87, v019: 3.74 } as const;

/**
 * CUDA graph memory that vLLM 0.21+ subtracts from the KV budget (VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS,
 * default on since 0.21.0, vllm-project/vllm#30515 and the 0.21 log line "CUDA graph memory profiling is
 * enabled (default since v0.21.0)"). The estimate depends on the capture sizes; 0.6 GiB is the median of the
 * graph memory the logs read here print (0.50, 0.50, 0.55, 0.65, 0.72, 1.00 GiB "Graph capturing finished …
 * took"; 0.36 GiB "Estimated CUDA graph memory" in vLLM 0.27.1, gpustack/runner#251). Approximate.
 */
export const VLLM_CUDA_GRAPH_ESTIMATE_BYTES = Math.round(0.6 * GiB);

/** Activations are BF16/FP16 (2 bytes); logits are computed in fp32 (4 bytes) by vLLM's LogitsProcessor. */
const ACTIVATION_BYTES = 2;
const LOGIT_BYTES = 4;

/**
 * Memory SGLang's process holds before the weights load (CUDA context and NCCL): the total the CUDA
 * runtime reports for an L4 (23034 − 556 = 22,478 MiB = 21.95 GiB) less "Load weight begin. avail
 * mem=21.63 GB" of SGLang's own log (QwQ-32B on 4 × L4, stored copy find_string id 47376055009): 0.32 GiB.
 * One record; the same context is assumed for TGI and TensorRT-LLM.
 */
export const CUDA_CONTEXT_BYTES = Math.round(0.32 * GiB);

/** TGI keeps 5% of the free memory back after warmup: `TGI_WIGGLE_ROOM` 0.95 (flash_causal_lm.py warmup). */
export const TGI_WIGGLE_ROOM = 0.95;
/** TensorRT-LLM's default `free_gpu_memory_fraction` of KvCacheConfig: 0.9. */
export const TRTLLM_DEFAULT_KV_FRACTION = 0.9;

// ================================================================ queries and results

export interface EngineStartQuery {
  settings: EngineSettings;
  arch: Architecture;
  kvPrecision: Precision;
  /** Weight bytes on the busiest GPU (the estimate's MemoryScenario.perGpuWeightsBytes). */
  weightsBytesPerGpu: number;
  tensorParallel: number;
  pipelineParallel: number;
  gpu: {
    /** Catalog id (vLLM's batch defaults treat A100s apart). */
    id: string;
    /** runtimeMemory(gpu).totalBytes. */
    totalBytes: number;
    /** nvidia-smi's total (SGLang sizes its defaults from it). */
    memoryBytes: number;
  };
}

export type EngineFailure = "weights-exceed-memory" | "no-kv-memory" | "max-model-len-exceeds-kv";

export interface EngineStart {
  engine: ServingEngine;
  /** The version the behaviour was modelled for, as given; null when none was given. */
  version: string | null;
  starts: boolean;
  failure: EngineFailure | null;
  /** One sentence naming the numbers that decide (in GiB), as the engine's own message would. */
  reason: string;
  /** The device total as the runtime reports it, per GPU. */
  totalBytes: number;
  /** What the engine lets itself use per GPU: total × utilization (vLLM), free at start × mem_fraction_static (SGLang). */
  requestedBytes: number;
  weightsBytes: number;
  /** Peak activation of the profile or warmup run. */
  activationBytes: number;
  /** Non-torch memory charged to the instance (vLLM), or the CUDA context (the others). */
  nonTorchBytes: number;
  /** CUDA graph memory subtracted from the KV budget (vLLM 0.21+); 0 where the engine does not budget it. */
  cudaGraphBytes: number;
  /** Bytes left for the KV cache per GPU; negative when the rest does not fit (vLLM prints it so). */
  kvBudgetBytes: number;
  /** KV bytes one token adds on the busiest GPU, every layer in full. */
  kvBytesPerToken: number;
  /** Longest request the engine is configured for (max_model_len, context length, max total tokens). */
  maxModelLen: number;
  /** KV bytes one request of maxModelLen holds on the busiest GPU (sliding windows capped). */
  sequenceKvBytes: number;
  /** Tokens the KV pool holds at the full per-token cost, in whole blocks or pages; 0 when there is no pool. */
  kvCapacityTokens: number;
  /** Requests of maxModelLen the pool holds at once (vLLM's "Maximum concurrency"), two decimals. */
  maxConcurrency: number;
  /** The longest single request the budget holds, in whole blocks (vLLM's "estimated maximum model length"). */
  maxModelLenThatFits: number;
  /** The settings as resolved, defaults included. */
  settings: Record<string, number | string | boolean>;
  /** What is approximate in this result. */
  assumptions: string[];
}

// ================================================================ shared arithmetic

const gib = (bytes: number): string => `${(bytes / GiB).toFixed(2)} GiB`;
/** A whole number with thousands separators, as every message writes counts: 157,936. */
const int = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** [major, minor, patch, build] of a version string, or null for absent, `latest` or unreadable. See docs/physics.md#engine-memory. */
export function engineVersionParts(version: string | undefined): number[] | null {
  if (!version) return null;
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version.trim());
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0), Number(match[4] ?? 0)];
}

/** −1, 0, 1 as version a is below, equal to, above b; an unknown version counts as the newest. */
function compareVersion(a: number[] | null, b: number[]): number {
  if (a === null) return 1;
  for (let i = 0; i < 4; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0) ? -1 : 1;
  return 0;
}

/** KV bytes one token adds on the busiest GPU: the largest pipeline stage's layers, every layer in full. */
function kvBytesPerTokenOnBusiestGpu(arch: Architecture, kvPrecision: Precision, tp: number, pp: number): number {
  const largest = Math.max(...pipelineStages(arch.numLayers, pp).map((s) => s.end - s.start));
  return kvBytesPerTokenPerLayer(arch, kvPrecision, tp) * largest;
}

function sequenceKvBytes(arch: Architecture, kvPrecision: Precision, tokens: number, tp: number, pp: number): number {
  return kvCacheBytesPerGpu({ arch, kvPrecision, contextTokens: tokens, batch: 1, tensorParallel: tp, pipelineParallel: pp });
}

/** The longest request, in whole `granule`-token units up to `limit`, whose KV fits in `budgetBytes`. */
function longestFittingRequest(arch: Architecture, kvPrecision: Precision, budgetBytes: number, limit: number, granule: number, tp: number, pp: number): number {
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

/**
 * Peak activation of one forward pass over `tokens` tokens on one GPU: during the widest block the hidden
 * state and the residual (2 × H) live next to the block's intermediate, all in 2-byte activations:
 *   dense MLP      3 × I/tp           (gate-and-up output 2I/tp, activated product I/tp)
 *   MoE layer      k × (3 × Ie/tp + H) + shared 3 × Is/tp  (each token visits k experts; fused-MoE caches)
 *   attention      (2 × heads + 2 × kvHeads) × d / tp   (q, k, v and the attention output)
 * peak = 2 B × tokens × (2H + the widest). Derived from the shapes (vLLM's layers); not fitted.
 * See docs/physics.md#engine-memory.
 */
export function forwardPeakBytes(arch: Architecture, tokens: number, tensorParallel: number): number {
  const h = arch.hiddenSize;
  const widths: number[] = [];
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
  return ACTIVATION_BYTES * tokens * (2 * h + Math.max(...widths));
}

// ================================================================ vLLM

/**
 * vLLM's default max_num_batched_tokens and max_num_seqs for the V1 engine (EngineArgs.get_batch_defaults,
 * vllm/engine/arg_utils.py): GPUs with at least 70 GiB that are not A100s (H100, H200, B200, MI300X) get
 * 16,384 tokens / 1,024 sequences for the `LLM` class and 8,192 / 1,024 for `vllm serve`; every other GPU
 * 8,192 / 256 and 2,048 / 256. Seen in logs: H100 `vllm serve` 8,192 (vLLM 0.11.0), A100 80GB `vllm serve`
 * 2,048 (0.10.1.1), A100 40GB `LLM` 8,192 (0.15.1), RTX 5090 `vllm serve` 2,048 / 256 (0.24.0).
 * See docs/physics.md#engine-memory.
 */
export function vllmBatchDefaults(totalBytes: number, gpuId: string, entrypoint: "openai-server" | "llm-class"): { maxNumBatchedTokens: number; maxNumSeqs: number } {
  const large = totalBytes >= 70 * GiB && !/a100/i.test(gpuId);
  if (entrypoint === "llm-class") return large ? { maxNumBatchedTokens: 16384, maxNumSeqs: 1024 } : { maxNumBatchedTokens: 8192, maxNumSeqs: 256 };
  return large ? { maxNumBatchedTokens: 8192, maxNumSeqs: 1024 } : { maxNumBatchedTokens: 2048, maxNumSeqs: 256 };
}

/** The sampler a vLLM version warms up by default: FlashInfer's before 0.11, sort-based 0.11–0.18, the V2 sampler from 0.19. See docs/physics.md#engine-memory. */
export function vllmDefaultSampler(version: number[] | null): keyof typeof VLLM_SAMPLER_LOGIT_COPIES {
  if (compareVersion(version, [0, 11, 0, 0]) < 0) return "flashinfer";
  if (compareVersion(version, [0, 19, 0, 0]) < 0) return "pytorch";
  return "v019";
}

/**
 * Peak activation of vLLM's profile run (GPUModelRunner.profile_run): a forward pass over max_num_batched_tokens
 * tokens spread over min(max_num_seqs, tokens) requests, then the sampler on the last token of each request,
 * with the forward pass's hidden states still held:
 *   peak = max( forwardPeakBytes(tokens), copies × requests × vocab × 4 B + tokens × H × 2 B )
 * Only the last pipeline stage samples; every tensor-parallel rank gathers the full vocabulary.
 * See docs/physics.md#engine-memory.
 */
export function vllmActivationBytes(arch: Architecture, tokens: number, requests: number, tensorParallel: number, copies: number, lastStage = true): number {
  const forward = forwardPeakBytes(arch, tokens, tensorParallel);
  if (!lastStage) return forward;
  const sampler = Math.ceil(copies * requests * arch.vocabSize * LOGIT_BYTES) + ACTIVATION_BYTES * tokens * arch.hiddenSize;
  return Math.max(forward, sampler);
}

function vllmStart(query: EngineStartQuery, settings: VllmSettings): EngineStart {
  const { arch, kvPrecision, tensorParallel: tp, pipelineParallel: pp, gpu } = query;
  const version = engineVersionParts(settings.version);
  const assumptions: string[] = [];
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
  const concurrency = sequence > 0 ? Math.floor((poolBytes / sequence) * 100) / 100 : 0;
  const longest = longestFittingRequest(arch, kvPrecision, poolBytes, settings.maxModelLen, blockSize, tp, pp);

  let failure: EngineFailure | null = null;
  let reason: string;
  if (weights + nonTorch > total) {
    failure = "weights-exceed-memory";
    reason = `the weights take ${gib(weights)} per GPU and the device has ${gib(total)}: loading runs out of CUDA memory`;
  } else if (budget <= 0) {
    failure = "no-kv-memory";
    reason =
      `vLLM requests ${gib(requested)} (${utilization} × ${gib(total)}); weights ${gib(weights)}, peak activation ${gib(activation)}, ` +
      `non-torch ${gib(nonTorch)}${cudaGraph ? ` and CUDA graphs ${gib(cudaGraph)}` : ""} leave ${gib(budget)} for the KV cache: ` +
      `"No available memory for the cache blocks"`;
  } else if (sequence > poolBytes) {
    failure = "max-model-len-exceeds-kv";
    reason =
      `one request of max_model_len ${int(settings.maxModelLen)} needs ${gib(sequence)} of KV cache, more than the ${gib(budget)} available; ` +
      `the estimated maximum model length is ${int(longest)}`;
  } else {
    reason = `starts: ${gib(budget)} of KV cache per GPU, ${int(capacity)} tokens, ${concurrency.toFixed(2)}× requests of ${int(settings.maxModelLen)} tokens`;
  }

  return {
    engine: "vllm",
    version: settings.version ?? null,
    starts: failure === null,
    failure,
    reason,
    totalBytes: total,
    requestedBytes: settings.kvCacheMemoryBytes !== undefined ? weights + activation + nonTorch + cudaGraph + budget : requested,
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
      ...(settings.kvCacheMemoryBytes !== undefined ? { kvCacheMemoryBytes: settings.kvCacheMemoryBytes } : {}),
    },
    assumptions,
  };
}

// ================================================================ SGLang

/**
 * SGLang's default chunked_prefill_size, cuda_graph_max_bs and mem_fraction_static (ServerArgs.
 * _handle_gpu_memory_settings, python/sglang/srt/server_args.py, 0.5.x). gpu_mem is nvidia-smi's total in MiB.
 *   reserved (MiB) = 512 + max(chunked_prefill_size, 2048) × 1.5 + cuda_graph_max_bs × 2 + tp × pp / 8 × 1024,
 *                    at least 10,240 on GPUs over 60 GiB
 *   mem_fraction_static = round((gpu_mem − reserved) ÷ gpu_mem, 3)
 * Before 0.5 (the 0.4 series) the default was a table by tensor parallelism: 0.88 (TP 1), 0.87 (TP 2),
 * 0.85 (TP 4), 0.81 (TP 8), 0.79 (TP 16); an SGLang log of March 2025 prints mem_fraction_static=0.85 for
 * TP 4 without the flag (QwQ-32B on 4 × L4). The 0.5 boundary is approximate. See docs/physics.md#engine-memory.
 */
export function sglangMemoryDefaults(
  memoryBytes: number,
  tensorParallel: number,
  pipelineParallel: number,
  version?: string,
  overrides: { chunkedPrefillSize?: number; cudaGraphMaxBs?: number } = {},
): { memFractionStatic: number; chunkedPrefillSize: number; cudaGraphMaxBs: number } {
  const gpuMem = memoryBytes / MiB;
  const tp = tensorParallel;
  let chunked: number;
  let graphBs: number;
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
  let reserved = 512 + Math.max(chunked, 2048) * 1.5 + graphBs * 2 + ((tp * pipelineParallel) / 8) * 1024;
  if (gpuMem > 60 * 1024) reserved = Math.max(reserved, 10 * 1024);
  return { memFractionStatic: Math.round(((gpuMem - reserved) / gpuMem) * 1000) / 1000, chunkedPrefillSize: chunked, cudaGraphMaxBs: graphBs };
}

function sglangStart(query: EngineStartQuery, settings: SglangSettings): EngineStart {
  const { arch, kvPrecision, tensorParallel: tp, pipelineParallel: pp, gpu } = query;
  const defaults = sglangMemoryDefaults(gpu.memoryBytes, tp, pp, settings.version, {
    ...(settings.chunkedPrefillSize !== undefined ? { chunkedPrefillSize: settings.chunkedPrefillSize } : {}),
    ...(settings.cudaGraphMaxBs !== undefined ? { cudaGraphMaxBs: settings.cudaGraphMaxBs } : {}),
  });
  const fraction = settings.memFractionStatic ?? defaults.memFractionStatic;
  const assumptions = ["the memory SGLang holds before loading (CUDA context, NCCL) is one L4 reading, 0.32 GiB"];
  if (!settings.version) assumptions.push("SGLang version not given: modelled as 0.5 or later");
  // ModelRunner.profile_max_num_token: rest = available after weights − total at start × (1 − fraction).
  const freeAtStart = gpu.totalBytes - CUDA_CONTEXT_BYTES;
  const weights = query.weightsBytesPerGpu;
  const requested = usableBytes(freeAtStart, fraction);
  const budget = requested - weights;
  const perToken = kvBytesPerTokenOnBusiestGpu(arch, kvPrecision, tp, pp);
  const capacity = budget > 0 && perToken > 0 ? Math.floor(budget / perToken) : 0;
  const sequence = sequenceKvBytes(arch, kvPrecision, settings.contextLength, tp, pp);
  const poolBytes = capacity * perToken;
  const concurrency = sequence > 0 ? Math.floor((poolBytes / sequence) * 100) / 100 : 0;
  const longest = longestFittingRequest(arch, kvPrecision, poolBytes, settings.contextLength, 1, tp, pp);
  // The rest of the memory must hold one chunked prefill's activations and the CUDA graphs.
  const activation = forwardPeakBytes(arch, defaults.chunkedPrefillSize, tp);
  let failure: EngineFailure | null = null;
  let reason: string;
  if (weights > freeAtStart) {
    failure = "weights-exceed-memory";
    reason = `the weights take ${gib(weights)} per GPU and ${gib(freeAtStart)} are free: loading runs out of CUDA memory`;
  } else if (capacity <= 0) {
    failure = "no-kv-memory";
    reason = `mem_fraction_static ${fraction} × ${gib(freeAtStart)} free = ${gib(requested)} does not cover the ${gib(weights)} of weights: "Not enough memory. Please try to increase --mem-fraction-static"`;
  } else {
    const capped = settings.contextLength > capacity ? `; requests are capped at ${int(capacity)} tokens, below the context length ${int(settings.contextLength)}` : "";
    reason = `starts: ${gib(budget)} of KV cache per GPU, ${int(capacity)} tokens, ${concurrency.toFixed(2)}× requests of ${int(settings.contextLength)} tokens${capped}`;
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
    assumptions,
  };
}

// ================================================================ TGI and TensorRT-LLM (approximate)

function poolStart(
  query: EngineStartQuery,
  engine: "tgi" | "tensorrt-llm",
  free: number,
  fraction: number,
  activation: number,
  maxLen: number,
  granule: number,
  settings: Record<string, number | string | boolean>,
  assumptions: string[],
): EngineStart {
  const { arch, kvPrecision, tensorParallel: tp, pipelineParallel: pp, gpu } = query;
  const weights = query.weightsBytesPerGpu;
  const budget = free > 0 ? usableBytes(free, fraction) : free;
  const perToken = kvBytesPerTokenOnBusiestGpu(arch, kvPrecision, tp, pp);
  const blocks = budget > 0 && perToken > 0 ? Math.floor(budget / (granule * perToken)) : 0;
  const capacity = blocks * granule;
  const poolBytes = capacity * perToken;
  const sequence = sequenceKvBytes(arch, kvPrecision, maxLen, tp, pp);
  const concurrency = sequence > 0 ? Math.floor((poolBytes / sequence) * 100) / 100 : 0;
  const longest = longestFittingRequest(arch, kvPrecision, poolBytes, maxLen, granule, tp, pp);
  let failure: EngineFailure | null = null;
  let reason: string;
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
    reason = `starts: ${gib(budget)} of KV cache per GPU, ${int(capacity)} tokens, ${concurrency.toFixed(2)}× requests of ${int(maxLen)} tokens`;
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
    assumptions,
  };
}

/**
 * TGI's warmup (FlashCausalLM.warmup): a prefill of max_batch_prefill_tokens, then
 *   free = min(CUDA free, total × cuda_memory_fraction − torch reserved);  KV = free × TGI_WIGGLE_ROOM (0.95)
 * counted in tokens (TGI's BLOCK_SIZE is 1 with its default flashinfer attention; 256 with flashdecoding,
 * 16 with paged). Approximate: no published TGI log is reproduced.
 */
function tgiStart(query: EngineStartQuery, settings: TgiSettings): EngineStart {
  const fraction = settings.cudaMemoryFraction ?? 1;
  const prefill = settings.maxBatchPrefillTokens ?? 4096;
  const activation = forwardPeakBytes(query.arch, prefill, query.tensorParallel);
  const total = query.gpu.totalBytes;
  const free = Math.min(total - CUDA_CONTEXT_BYTES, usableBytes(total, fraction)) - query.weightsBytesPerGpu - activation;
  return poolStart(query, "tgi", free, TGI_WIGGLE_ROOM, activation, settings.maxTotalTokens, 1, { cudaMemoryFraction: fraction, maxBatchPrefillTokens: prefill }, [
    "TGI is approximate: its warmup peak is the forward-pass estimate, not checked against a published log",
  ]);
}

/**
 * TensorRT-LLM: KV = free_gpu_memory_fraction × (memory free after the weights and the runtime buffers of
 * one max_num_tokens step), in blocks of 32 tokens (tokens_per_block default). Approximate: the runtime
 * buffers are the forward-pass estimate.
 */
function trtllmStart(query: EngineStartQuery, settings: TensorRtLlmSettings): EngineStart {
  const fraction = settings.kvCacheFreeGpuMemoryFraction ?? TRTLLM_DEFAULT_KV_FRACTION;
  const maxNumTokens = settings.maxNumTokens ?? 8192;
  const activation = forwardPeakBytes(query.arch, maxNumTokens, query.tensorParallel);
  const free = query.gpu.totalBytes - CUDA_CONTEXT_BYTES - query.weightsBytesPerGpu - activation;
  return poolStart(query, "tensorrt-llm", free, fraction, activation, settings.maxSeqLen, 32, { kvCacheFreeGpuMemoryFraction: fraction, maxNumTokens }, [
    "TensorRT-LLM is approximate: its runtime buffers are the forward-pass estimate, not checked against a published log",
  ]);
}

// ================================================================ the verdict API

/**
 * Whether the engine starts with these settings on this GPU, and the KV cache it gets, per GPU of the
 * busiest pipeline stage. See docs/physics.md#engine-memory.
 */
export function engineStart(query: EngineStartQuery): EngineStart {
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

export interface PlanningMarginQuery {
  start: EngineStart;
  /**
   * The founding specification's planning footprint on the busiest GPU: its weights, the KV cache of the
   * deployment's batch × context and 12% of its weights as workspace (MemoryScenario.perGpuBytes).
   */
  planningBytesPerGpu: number;
  /** The KV cache the deployment's batch × context needs on the busiest GPU (MemoryScenario.perGpuKvCacheBytes). */
  demandKvBytesPerGpu: number;
}

export interface PlanningMargin {
  /** error: the engine does not start; warning: it starts but under the planning margin; ok: both hold. */
  level: "error" | "warning" | "ok";
  planningBytesPerGpu: number;
  /** What the engine lets itself use per GPU (EngineStart.requestedBytes). */
  requestedBytesPerGpu: number;
  /** requested − planning; negative when the planning footprint does not fit what the engine requests. */
  marginBytes: number;
  kvBudgetBytes: number;
  demandKvBytes: number;
  message: string;
}

/**
 * The planning margin against the engine's own arithmetic. The planning footprint (weights + KV + 12% workspace)
 * stays what the tier and the headroom policy use; this only decides the severity: a deployment the engine
 * cannot start is an error; one it starts but that leaves less than the planning footprint is a warning that
 * names both numbers; never an error for a recipe the engine runs. See docs/physics.md#engine-memory.
 */
export function planningMargin(query: PlanningMarginQuery): PlanningMargin {
  const { start } = query;
  const margin = start.requestedBytes - query.planningBytesPerGpu;
  const base = {
    planningBytesPerGpu: query.planningBytesPerGpu,
    requestedBytesPerGpu: start.requestedBytes,
    marginBytes: margin,
    kvBudgetBytes: start.kvBudgetBytes,
    demandKvBytes: query.demandKvBytesPerGpu,
  };
  const engine = engineDisplayName(start.engine);
  if (!start.starts) return { ...base, level: "error", message: `${engine} does not start: ${start.reason}` };
  if (margin < 0) {
    return {
      ...base,
      level: "warning",
      message:
        `${engine} starts with ${gib(start.kvBudgetBytes)} of KV cache per GPU (${int(start.kvCapacityTokens)} tokens), but the planning footprint ` +
        `of ${gib(query.planningBytesPerGpu)} (weights + KV + 12% workspace) exceeds the ${gib(start.requestedBytes)} it requests by ${gib(-margin)}`,
    };
  }
  return {
    ...base,
    level: "ok",
    message: `${engine} starts with ${gib(start.kvBudgetBytes)} of KV cache per GPU; the planning footprint of ${gib(query.planningBytesPerGpu)} leaves ${gib(margin)} of the ${gib(start.requestedBytes)} it requests`,
  };
}
