import type { Architecture } from "../physics/architecture.js";
import type { Precision } from "../physics/precision.js";
import type { InterconnectKind, MemoryTechnology } from "../physics/speed-model.js";

export type { InterconnectKind, MemoryTechnology };

/** One accelerator. Figures are per device, dense (no 2:4 sparsity), from the vendor's data sheet. */
export interface GpuSpec {
  /** Canonical id used in manifests and reports, e.g. `H100-SXM`. */
  id: string;
  /** Marketing name, e.g. `NVIDIA H100 SXM5 80GB`. */
  name: string;
  vendor: "nvidia" | "amd" | "apple" | "intel" | "google";
  /**
   * Device memory in bytes. Data sheets say "80GB" for what is 80 GiB of HBM; we store what the
   * device exposes (80 × 2^30), which is what an engine's memory fraction is applied to.
   */
  memoryBytes: number;
  /**
   * Where `memoryBytes` comes from: "nvidia-smi reports 23034 MiB (…source…)" for the total the driver
   * exposes (nvidia-smi's `memory.total`, rocm-smi's VRAM total), or "data sheet only: …" where no
   * published device reading was found and the marketed figure is kept. Every catalog entry has one;
   * optional so that a repository's `gpuTypes:` need not say.
   */
  memorySource?: string;
  /**
   * The device total as the CUDA runtime reports it (`cudaMemGetInfo`, `torch.cuda.mem_get_info()[1]`): what
   * vLLM multiplies by `gpu_memory_utilization`. It is nvidia-smi's total less what the driver reserves
   * (`nvidia-smi -q` "Reserved"). Where absent, src/physics/engine-memory.ts `runtimeMemory` derives it.
   */
  cudaMemoryBytes?: number;
  /** Where `cudaMemoryBytes` comes from: the runtime's own figure, or nvidia-smi's Total − Reserved, with the reading. */
  cudaMemorySource?: string;
  /**
   * A MIG slice: the whole GPU it is cut from (a catalog id) and the profile (`1g.10gb`) as
   * `nvidia-smi mig -lgip` names it. Its memory, bandwidth and peaks are the slice's, not the parent's.
   */
  mig?: { parent: string; profile: string };
  /** Peak memory bandwidth in bytes per second (decimal: 3.35 TB/s = 3.35e12). */
  bandwidthBytesPerSec: number;
  /** Dense peak throughput in operations per second by compute format; null where the hardware has no such path. */
  peakFlopsPerSec: { bf16: number; fp16: number; fp8: number | null; int8: number | null; fp4?: number | null };
  /** Tensor cores execute FP8 natively (Hopper, Ada, Blackwell, CDNA3). Elsewhere FP8 weights are upcast. */
  fp8Native: boolean;
  /** Memory shared with the CPU (Apple silicon): the OS keeps part of it, see `memoryFractionDefault`. */
  unifiedMemory?: boolean;
  /** NVLink/Infinity Fabric class interconnect between devices of one node. */
  interconnect?: string;
  /**
   * The memory's technology: HBM (data-center parts), GDDR (GeForce, RTX workstation, L4/L40S-class
   * PCIe cards) or LPDDR (Apple silicon's unified memory). Decode reaches a different share of the
   * peak bandwidth on each (docs/physics.md#decode-speed-engine-aware). Every catalog entry has one; optional so
   * that a repository's `gpuTypes:` need not say (the speed model then assumes HBM).
   */
  memoryTechnology?: MemoryTechnology;
  /**
   * The link tensor-parallel all-reduces cross between the GPUs of one node: its kind and the
   * per-GPU bandwidth the data sheet prints (NVLink's and Infinity Fabric's are totals of both
   * directions, PCIe's the x16 slot's both directions: PCIe 4.0 64 GB/s, 5.0 128 GB/s). Where a
   * product has an optional NVLink bridge (RTX 3090, A100 PCIe), the link is PCIe: what a server of
   * more than two such cards has. `none` on a device that is not linked to another (Apple, MIG).
   */
  interconnectLink?: { kind: InterconnectKind; bytesPerSec: number };
  /** Names real manifests use: node labels, cloud accelerator names, short forms. Matched case-insensitively. */
  aliases: string[];
  /** Where the figures come from (data sheet URL and what it says). */
  source: string;
}

/** The official parameter counts a model's publisher states, with where they say it. */
export interface OfficialParams {
  paramsTotal: number;
  /** For MoE: parameters used per token. */
  paramsActive?: number;
  /**
   * Parameters of a vision encoder (and projector) that `paramsTotal` includes but the language model's count
   * leaves out, hand-counted from the config's vision_config; the source shows the count.
   */
  visionParams?: number;
  source: string;
}

/** Where a catalog entry's config.json comes from. */
export interface ConfigSource {
  /** The Hub file it is (or would be) a copy of. */
  url: string;
  /** true: the published file as is (note: which public copy it was taken from); false: reconstructed (note: how). */
  verbatim: boolean;
  note?: string;
}

/** Measured facts of a published checkpoint, where a public source states them. */
export interface CheckpointFacts {
  /** `safetensors`, `gguf`, … */
  format: string;
  /** `none`, `fp8 (block 128×128)`, `mxfp4 experts`, … */
  quantization: string;
  /** Weight files (shards). */
  files?: number;
  /** Bytes of tensors per stored dtype, e.g. { BF16: 1234, F8_E4M3: 5678 }. */
  bytesByDtype?: Record<string, number>;
  /** All weight bytes (a safetensors index's metadata.total_size). */
  weightsBytes?: number;
  /** Bits per quantized weight (4 for MXFP4, 8 for FP8), as the count reports them. */
  quantBits?: number;
  /**
   * The precision the estimate names these bytes by (`fp4` for MXFP4, `fp8` for block FP8). With
   * `weightsBytes`, `bytesByDtype`, `paramsTotal`, `paramsActive` and `bytesReadPerToken` it makes the
   * checkpoint the estimate takes (src/catalog/checkpoint-facts.ts); `bytesByDtype` and `weightsBytes`
   * are then what the engine loads (tied heads, MTP layers and rotary buffers left out).
   */
  precision?: Precision;
  /** Parameters of the language model, unpacked per format (scales are not parameters). */
  paramsTotal?: number;
  /** Parameters read per token (MoE: top-k of the routed experts; the input embedding is a row lookup). */
  paramsActive?: number;
  /** Bytes read per decoded token at batch 1 (scales and BF16 layers included). */
  bytesReadPerToken?: number;
  source: string;
}

export interface ModelSpec {
  /** Hugging Face repository id of the canonical checkpoint, e.g. `meta-llama/Llama-3.1-8B-Instruct`. */
  id: string;
  /** Display name, e.g. `Llama 3.1 8B Instruct`. */
  name: string;
  family: string;
  /** Other ids that mean the same weights layout: base/instruct repos, short names (`llama-3.1-8b`). */
  aliases: string[];
  architecture: Architecture;
  /** Longest context the model supports (`max_position_embeddings` after rope scaling). */
  maxContextTokens: number;
  /** Precision of the published checkpoint (e.g. `bf16`; `fp8` for DeepSeek-V3). */
  nativePrecision: Precision;
  official: OfficialParams;
  /** Why maxContextTokens is not the config's max_position_embeddings, when it is not. */
  maxContextReason?: string;
  /** Where the entry's config.json comes from (catalog entries only). */
  configSource?: ConfigSource;
  checkpoint?: CheckpointFacts;
}
