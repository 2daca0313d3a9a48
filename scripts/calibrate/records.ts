import { architectureFromHfConfig } from "../../src/catalog/hf-config.js";
import { gpuLookup, modelLookup } from "../../src/catalog/lookups.js";
import { resolveModelVariant } from "../../src/catalog/model-variants.js";
import type { GpuSpec, ModelSpec } from "../../src/catalog/types.js";
import type { Architecture } from "../../src/physics/architecture.js";
import { countParams, type ParamBreakdown } from "../../src/physics/params.js";
import { kvBytesPerTokenPerLayer, pipelineStages } from "../../src/physics/kv-cache.js";
import { DEFAULT_MEMORY_FRACTION, usableBytes, workspaceBytes } from "../../src/physics/memory.js";
import type { Precision } from "../../src/physics/precision.js";
import type { CalibrationSample, SampleMetric } from "../../src/physics/speed-fit.js";
import {
  decodeTerms,
  engineFamily,
  engineKey,
  gpuClass,
  prefillTerms,
  type DecodeSpeedQuery,
  type SpeedEngine,
} from "../../src/physics/speed-model.js";

/**
 * From the calibration set's records (scripts/calibrate/decode-measurements.json, a copy of
 * ../shared/calibration/decode-measurements.json) to prepared samples: the catalog GPU and model
 * each names, the engine, precision, layout and what was measured. A record that cannot be mapped
 * is skipped with the reason. Every reading that is not in the record is stated here.
 */

/** One record of the set's `decode` list (the fields this mapping reads). */
export interface DecodeRecord {
  id: string;
  kind: string;
  engine: string;
  engine_version: string;
  model: string;
  hf_id: string;
  gpu: string;
  num_gpus: number;
  tp: number;
  pp: number;
  precision: string;
  kv_cache_dtype?: string | null;
  batch: number | null;
  input_tokens: number;
  output_tokens: number;
  metric: string;
  includes_prefill: boolean;
  tokens_per_s_per_sequence?: number | null;
  settings?: string;
  notes?: string;
  source: string;
  weight_bits_effective?: number;
}

export interface Skipped {
  id: string;
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// GPUs

/**
 * GPU names as the sources print them, where the catalog's lookup does not know them. The A100s
 * of the Qwen and LMDeploy tables and the H100s of the TensorRT-LLM tables do not say SXM or PCIe:
 * the SXM part (the record's notes say "SXM assumed" where the set made that reading itself).
 */
const GPU_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^NVIDIA A100[ -]80GB?$|^NVIDIA A100 \(A100 table/, "A100-80GB"],
  [/^NVIDIA A100-80G$/, "A100-80GB"],
  [/^AMD Instinct MI300X/, "MI300X"],
  [/^(NVIDIA )?H100( |$)/, "H100-SXM"],
  [/^(NVIDIA )?H200( |$)/, "H200"],
  [/^(NVIDIA )?B200$/, "B200"],
  [/^NVIDIA L40S$/, "L40S"],
  [/^NVIDIA GeForce RTX 4090$/, "RTX-4090"],
];

export function mapGpu(name: string): GpuSpec | undefined {
  const direct = gpuLookup.find(name);
  if (direct) return direct;
  for (const [pattern, id] of GPU_NAMES) if (pattern.test(name)) return gpuLookup.find(id);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Models

/**
 * Models the catalog does not hold, from their published config.json (the fields the reader
 * needs): Qwen2.5-1.5B and -3B (Qwen/Qwen2.5-1.5B-Instruct and -3B-Instruct config.json: hidden
 * 1536/2048, 28/36 layers, 12/16 heads, 2 KV heads, MLP 8960/11008, vocab 151936, tied embeddings,
 * QKV bias; as quoted in stored copies, find_string ids 37302823430 and 41727549769).
 */
const INLINE_CONFIGS: Record<string, Record<string, unknown>> = {
  "Qwen/Qwen2.5-1.5B-Instruct": {
    model_type: "qwen2",
    hidden_size: 1536,
    intermediate_size: 8960,
    num_hidden_layers: 28,
    num_attention_heads: 12,
    num_key_value_heads: 2,
    vocab_size: 151936,
    max_position_embeddings: 32768,
    tie_word_embeddings: true,
    torch_dtype: "bfloat16",
  },
  "Qwen/Qwen2.5-3B-Instruct": {
    model_type: "qwen2",
    hidden_size: 2048,
    intermediate_size: 11008,
    num_hidden_layers: 36,
    num_attention_heads: 16,
    num_key_value_heads: 2,
    vocab_size: 151936,
    max_position_embeddings: 32768,
    tie_word_embeddings: true,
    torch_dtype: "bfloat16",
  },
};

export interface MappedModel {
  id: string;
  arch: Architecture;
  params: ParamBreakdown;
  spec?: ModelSpec;
  how: string;
}

export function mapModel(hfId: string): MappedModel | undefined {
  const spec = modelLookup.find(hfId);
  if (spec) return { id: spec.id, arch: spec.architecture, params: countParams(spec.architecture), spec, how: "catalog" };
  const inline = INLINE_CONFIGS[hfId];
  if (inline) {
    const arch = architectureFromHfConfig(inline).architecture;
    return { id: hfId, arch, params: countParams(arch), how: "published config.json (not in the catalog)" };
  }
  if (hfId === "codellama/CodeLlama-7b-hf") {
    // CodeLlama-7B is Llama-2-7B's layout with a vocabulary of 32,016 (its config.json); rope base
    // and context differ but do not change bytes or FLOPs.
    const base = modelLookup.find("meta-llama/Llama-2-7b-hf")!;
    const arch: Architecture = { ...base.architecture, vocabSize: 32016 };
    return { id: hfId, arch, params: countParams(arch), how: "Llama-2-7B's catalog layout with CodeLlama's vocabulary of 32,016" };
  }
  if (hfId === "lmsys/gpt-oss-120b-bf16") {
    const base = modelLookup.find("openai/gpt-oss-120b")!;
    return { id: hfId, arch: base.architecture, params: countParams(base.architecture), how: "openai/gpt-oss-120b's layout, every tensor in BF16" };
  }
  const variant = resolveModelVariant(hfId);
  if (variant) return { id: variant.model.id, arch: variant.model.architecture, params: countParams(variant.model.architecture), spec: variant.model, how: variant.how };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Engines

export function mapEngine(record: DecodeRecord): { engine: SpeedEngine; note?: string } | undefined {
  const name = record.engine;
  if (/^vLLM/.test(name)) return { engine: "vllm" };
  if (/^SGLang/.test(name)) return { engine: "sglang" };
  if (/^TensorRT-LLM/.test(name)) return { engine: "trtllm" };
  if (/^LMDeploy/.test(name)) return { engine: "lmdeploy" };
  if (/^HF transformers/.test(name)) return { engine: "transformers" };
  if (/^llama\.cpp/.test(name)) return { engine: "llama.cpp" };
  // NIM's FP8 TP2 profiles for Llama-3.3-70B are TensorRT-LLM engines: its fixed costs are read as
  // TensorRT-LLM's; its errors are reported under "others".
  if (/^NVIDIA NIM/.test(name)) return { engine: "trtllm", note: "NIM read as TensorRT-LLM" };
  return undefined;
}

/**
 * The version the fixed costs (and TensorRT-LLM's decode attention kernel) are keyed by. dstack's Nov
 * 2024 vLLM runs state no version: vLLM's releases then were 0.6.x (V0 engine).
 */
export function engineVersionOf(record: DecodeRecord): string | undefined {
  if (/^not stated \(Nov 2024/.test(record.engine_version)) return "0.6";
  // NIM's "1.8.0" is the container's version, not the TensorRT-LLM inside it: no version is read.
  if (/^NVIDIA NIM/.test(record.engine)) return undefined;
  return record.engine_version;
}

/** CUDA graphs off: vLLM's --enforce-eager / enforce_eager=True in the record's settings. */
export function eagerOf(record: DecodeRecord): boolean {
  return /--enforce-eager|enforce_eager=True/.test(record.settings ?? "");
}

// ---------------------------------------------------------------------------------------------
// Precision: bytes per parameter by tensor class, and the compute format

export interface PrecisionReading {
  weightPrecision: Precision;
  bytesPerWeightParam: number;
  keptBytesPerParam: number;
  expertBytesPerParam?: number;
  weightOnlyQuantized: boolean;
  /** The tensor format the matmuls run in. */
  compute: "bf16" | "fp16" | "fp8";
  note: string;
}

/**
 * GPTQ and AWQ at group size 128 (the Qwen2.5 checkpoints): per group a 16-bit scale and a packed
 * zero point of the weight's width, so INT4 is 4 + 20/128 bits and INT8 8 + 24/128 bits per
 * weight; the embedding, head and norms stay FP16.
 */
const GPTQ_INT4_BYTES = (4 + 20 / 128) / 8;
const GPTQ_INT8_BYTES = (8 + 24 / 128) / 8;

export function readPrecision(record: DecodeRecord, model: MappedModel, gpu: GpuSpec): PrecisionReading | string {
  const p = record.precision;
  const fp8 = gpu.fp8Native && gpu.peakFlopsPerSec.fp8 ? "fp8" : "bf16";
  const checkpoint = model.spec?.checkpoint;
  if (p === "BF16" && model.id === "lmsys/gpt-oss-120b-bf16") {
    return { weightPrecision: "bf16", bytesPerWeightParam: 2, keptBytesPerParam: 2, weightOnlyQuantized: false, compute: "bf16", note: "BF16 throughout" };
  }
  if (p === "BF16") return { weightPrecision: "bf16", bytesPerWeightParam: 2, keptBytesPerParam: 2, weightOnlyQuantized: false, compute: "bf16", note: "BF16" };
  if (p === "FP16") return { weightPrecision: "fp16", bytesPerWeightParam: 2, keptBytesPerParam: 2, weightOnlyQuantized: false, compute: "fp16", note: "FP16" };
  if (p === "GPTQ-Int4" || p === "AWQ") {
    return { weightPrecision: "int4", bytesPerWeightParam: GPTQ_INT4_BYTES, keptBytesPerParam: 2, weightOnlyQuantized: true, compute: "fp16", note: "INT4 group 128 (4.16 bits), embedding/head FP16, weight-only" };
  }
  if (p === "GPTQ-Int8") {
    return { weightPrecision: "int8", bytesPerWeightParam: GPTQ_INT8_BYTES, keptBytesPerParam: 2, weightOnlyQuantized: true, compute: "fp16", note: "INT8 group 128 (8.19 bits), embedding/head FP16, weight-only" };
  }
  if (p === "Q8_0") {
    // llama-bench's size over its parameter count: every tensor, scales included.
    const bytes = (record.weight_bits_effective ?? 8.5) / 8;
    return { weightPrecision: "int8", bytesPerWeightParam: bytes, keptBytesPerParam: bytes, weightOnlyQuantized: true, compute: "fp16", note: `GGUF Q8_0 at ${record.weight_bits_effective} bits per weight (llama-bench size ÷ params)` };
  }
  const gptOss = model.id === "openai/gpt-oss-20b" || model.id === "openai/gpt-oss-120b";
  if ((p === "MXFP4" || p.startsWith("native checkpoint")) && gptOss && checkpoint?.bytesByDtype) {
    // MXFP4 experts (U8 blocks and scales) beside BF16 attention, embedding and head.
    const bf16 = checkpoint.bytesByDtype["BF16"] ?? 0;
    const expertBytes = (checkpoint.weightsBytes! - bf16) / model.params.routedExpertParams;
    return { weightPrecision: "fp4", bytesPerWeightParam: 2, keptBytesPerParam: 2, expertBytesPerParam: expertBytes, weightOnlyQuantized: true, compute: "bf16", note: `catalog checkpoint: MXFP4 experts at ${(expertBytes * 8).toFixed(2)} bits, the rest BF16` };
  }
  if (p.startsWith("native checkpoint")) return { weightPrecision: "bf16", bytesPerWeightParam: 2, keptBytesPerParam: 2, weightOnlyQuantized: false, compute: "bf16", note: "BF16 (the post's native checkpoint)" };
  if (p === "FP8 (checkpoint)" && checkpoint?.weightsBytes && checkpoint.paramsTotal) {
    // DeepSeek's block FP8: F32 scales per 128 × 128 block; embedding, head and norms BF16.
    const kept = model.params.embeddingParams + model.params.outputHeadParams + model.params.normParams;
    const bytes = (checkpoint.weightsBytes - 2 * kept) / (checkpoint.paramsTotal - kept);
    return { weightPrecision: "fp8", bytesPerWeightParam: bytes, keptBytesPerParam: 2, weightOnlyQuantized: false, compute: fp8, note: `catalog checkpoint: block FP8 at ${bytes.toFixed(4)} bytes per weight, embedding/head BF16` };
  }
  if (p === "FP8") {
    // FP8 weights and activations (per-tensor or per-row scales: negligible bytes); embedding and head 16-bit.
    return { weightPrecision: "fp8", bytesPerWeightParam: 1, keptBytesPerParam: 2, weightOnlyQuantized: fp8 !== "fp8", compute: fp8, note: "FP8 linear layers, embedding/head 16-bit" };
  }
  return `precision "${p}" is not read`;
}

function peakFor(gpu: GpuSpec, compute: PrecisionReading["compute"]): number {
  if (compute === "fp8" && gpu.peakFlopsPerSec.fp8) return gpu.peakFlopsPerSec.fp8;
  if (compute === "fp16") return gpu.peakFlopsPerSec.fp16;
  return gpu.peakFlopsPerSec.bf16;
}

/** FP8 KV cache where the record says so (vLLM --kv-cache-dtype fp8, TensorRT-LLM --fp8_kv_cache); else 16 bits. */
export function kvPrecisionOf(record: DecodeRecord): Precision {
  return /^fp8/i.test(record.kv_cache_dtype ?? "") ? "fp8" : "bf16";
}

// ---------------------------------------------------------------------------------------------
// The layout and the metric

/**
 * SGLang's --enable-dp-attention over tp 8 runs attention data-parallel: 8 ranks of attention
 * tensor parallel 1, the experts split over all 8 (docs/physics.md#data-and-expert-parallelism).
 */
function layoutOf(record: DecodeRecord): { tp: number; pp: number; dp: number; span: boolean } {
  if (/--enable-dp-attention/.test(record.engine_version)) return { tp: 1, pp: record.pp, dp: record.tp, span: true };
  return { tp: record.tp, pp: record.pp, dp: 1, span: false };
}

/**
 * The KV capacity of one rank in tokens, as the product computes it (docs/physics.md#kv-capacity-and-concurrency):
 * usable memory at the record's memory fraction (vLLM's 0.9 when it states none), less the GPU's
 * weights and their 12% workspace, over the KV bytes one token costs on the busiest GPU. Only
 * vLLM and SGLang admit sequences by free KV blocks (the others' static batches ran as stated).
 */
function kvCapacityTokensPerRank(record: DecodeRecord, query: DecodeSpeedQuery, gpu: GpuSpec, engine: SpeedEngine): number | undefined {
  if (engine !== "vllm" && engine !== "sglang") return undefined;
  const fraction = Number(/gpu_memory_utilization[= ]([\d.]+)/.exec(`${record.settings ?? ""} ${record.notes ?? ""}`)?.[1] ?? DEFAULT_MEMORY_FRACTION);
  const { arch, params } = query;
  const tp = query.tensorParallel;
  const pp = query.pipelineParallel;
  const dp = query.dataParallel ?? 1;
  const linear = query.bytesPerWeightParam ?? 2;
  const kept = params.embeddingParams + params.outputHeadParams + params.normParams;
  const dense = (params.paramsTotal - params.routedExpertParams - kept) * linear + kept * (query.keptBytesPerParam ?? linear);
  const experts = params.routedExpertParams * (query.expertBytesPerParam ?? linear);
  const weights = dense / (tp * pp) + experts / (tp * pp * (query.expertsSpanDataParallel ? dp : 1));
  const budget = usableBytes(gpu.memoryBytes, fraction) - weights - workspaceBytes(Math.ceil(weights));
  const layers = Math.max(...pipelineStages(arch.numLayers, pp).map((s) => s.end - s.start));
  const perToken = kvBytesPerTokenPerLayer(arch, query.kvPrecision, tp) * layers;
  return budget > 0 ? Math.floor(budget / perToken) : 0;
}

function metricOf(record: DecodeRecord): SampleMetric {
  if (record.includes_prefill) return "end-to-end";
  // Online serving at a concurrency above one: each TPOT carries the prefills of arriving requests.
  if ((record.batch ?? 1) > 1 && /online serving|AIPerf/.test(record.notes ?? "")) return "online";
  return "decode";
}

// ---------------------------------------------------------------------------------------------

export interface Prepared {
  samples: CalibrationSample[];
  skipped: Skipped[];
  /** How each sample's model, GPU, precision and engine were read, for the docs. */
  readings: Map<string, string>;
}

/**
 * Records left out although they map: a series whose speed no term of the model explains, with
 * the evidence. Never one record for its error alone.
 */
export const EXCLUDED_SERIES: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  {
    pattern: /^dstack-405b-8xMi300x-meta-Llama-31-405B-FP8-/,
    reason:
      "dstack's 8 x MI300X series on meta-llama/Llama-3.1-405B-FP8 (vLLM ROCm, Nov 2024) runs 4 x slower than its series on amd/Llama-3.1-405B-Instruct-FP8-KV, the same model in FP8 on the same machine, engine and flags (7 against 29 tokens/s per sequence at batch 4-8): the row-wise FP8 checkpoint ran a slow kernel path on that ROCm build, which no term of the model describes",
  },
];

export function prepareRecords(records: readonly DecodeRecord[]): Prepared {
  const samples: CalibrationSample[] = [];
  const skipped: Skipped[] = [];
  const readings = new Map<string, string>();
  for (const record of records) {
    const skip = (reason: string) => skipped.push({ id: record.id, reason });
    const excluded = EXCLUDED_SERIES.find((series) => series.pattern.test(record.id));
    if (excluded) {
      skip(excluded.reason);
      continue;
    }
    if (record.kind !== "decode_speed") {
      skip(`kind ${record.kind}: the batch size is not stated, so no decode step can be modelled`);
      continue;
    }
    if (record.batch === null || !record.tokens_per_s_per_sequence) {
      skip("no batch or no tokens/s per sequence");
      continue;
    }
    const gpu = mapGpu(record.gpu);
    if (!gpu) {
      skip(`GPU "${record.gpu}" is not in the catalog`);
      continue;
    }
    const model = mapModel(record.hf_id);
    if (!model) {
      skip(`model "${record.hf_id}" is neither in the catalog nor derivable from it`);
      continue;
    }
    const engine = mapEngine(record);
    if (!engine) {
      skip(`engine "${record.engine}" is not modelled`);
      continue;
    }
    const precision = readPrecision(record, model, gpu);
    if (typeof precision === "string") {
      skip(precision);
      continue;
    }
    const layout = layoutOf(record);
    const version = engineVersionOf(record);
    const eager = eagerOf(record);
    const kvPrecision = kvPrecisionOf(record);
    const output = record.output_tokens;
    const query: DecodeSpeedQuery = {
      arch: model.arch,
      params: model.params,
      weightPrecision: precision.weightPrecision,
      kvPrecision,
      // The time-average of the context over the output: input + output/2 (the set's conventions).
      contextTokens: record.input_tokens + output / 2,
      batch: record.batch,
      tensorParallel: layout.tp,
      pipelineParallel: layout.pp,
      dataParallel: layout.dp,
      expertsSpanDataParallel: layout.span,
      gpu,
      peakFlopsPerSecPerGpu: peakFor(gpu, precision.compute),
      bytesPerWeightParam: precision.bytesPerWeightParam,
      keptBytesPerParam: precision.keptBytesPerParam,
      ...(precision.expertBytesPerParam !== undefined ? { expertBytesPerParam: precision.expertBytesPerParam } : {}),
      weightOnlyQuantized: precision.weightOnlyQuantized,
      engine: engine.engine,
      ...(version !== undefined ? { engineVersion: version } : {}),
      eager,
    };
    const capacity = kvCapacityTokensPerRank(record, query, gpu, engine.engine);
    if (capacity !== undefined) query.kvCapacityTokensPerRank = capacity;
    const metric = metricOf(record);
    const decode = decodeTerms(query);
    // Static batches prefill every prompt that runs (the rest wait for a later wave); an online
    // TPOT carries one prompt's prefill per arrival.
    const prompts = metric === "online" ? 1 : decode.batchRunning;
    const family = record.engine === "NVIDIA NIM" ? "others" : engineFamily(engine.engine);
    samples.push({
      id: record.id,
      source: record.source,
      family,
      gpuClass: gpuClass(gpu),
      gpuId: gpu.id,
      modelId: model.id,
      metric,
      measuredTokensPerSecPerSequence: record.tokens_per_s_per_sequence,
      decode,
      ...(metric !== "decode" ? { prefill: prefillTerms(query, Math.max(1, record.input_tokens), prompts) } : {}),
      outputTokens: output,
      batch: record.batch,
      context: { gpu, peakFlopsPerSecPerGpu: query.peakFlopsPerSecPerGpu, engine: engineKey(engine.engine, version), eager },
    });
    readings.set(
      record.id,
      [
        `GPU ${gpu.id}`,
        `model ${model.id} (${model.how})`,
        precision.note,
        `KV ${kvPrecision.toUpperCase()}`,
        `engine ${engineKey(engine.engine, version)}${eager ? " eager" : ""}${engine.note ? ` (${engine.note})` : ""}`,
        `tp ${layout.tp} × pp ${layout.pp}${layout.dp > 1 ? ` × dp ${layout.dp} (experts span)` : ""}`,
        metric,
      ].join("; "),
    );
  }
  return { samples, skipped, readings };
}
