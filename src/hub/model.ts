import type { ModelCheckpoint, ModelInput, ModelSource } from "../base/model-input.js";
import type { CheckpointCount } from "../checkpoint/types.js";
import { architectureFromHfConfig, HfConfigError } from "../catalog/hf-config.js";
import type { Precision } from "../physics/precision.js";
import { bytesFor } from "../physics/precision.js";
import { countParams } from "../physics/params.js";
import type { HubFacts } from "./client.js";

/**
 * From the Hub's facts to the model the estimate takes: the architecture from config.json through
 * the same reader the catalog and local configs use, the checkpoint from the headers' counts.
 */

/** The precision the estimate names a checkpoint by. See docs/physics.md#checkpoint-bytes-and-parameters. */
export function checkpointPrecision(count: Pick<CheckpointCount, "quantization" | "quantBits" | "bytesByDtype">): Precision {
  const bits = count.quantBits;
  switch (count.quantization) {
    case "fp8":
    case "fbgemm_fp8":
      return "fp8";
    case "mxfp4":
      return "fp4";
    case "gptq":
    case "awq":
    case "bitsandbytes":
      return bits === 8 ? "int8" : "int4";
    case "compressed-tensors":
      if (bits === 8) return count.bytesByDtype["F8_E4M3"] ? "fp8" : "int8";
      if (bits === 4) return count.bytesByDtype["I32"] ? "int4" : "fp4";
      break;
    default:
      break;
  }
  // Unquantized: the dtype most of the bytes are stored in.
  let best: [string, number] = ["BF16", 0];
  for (const [dtype, bytes] of Object.entries(count.bytesByDtype)) if (bytes > best[1]) best = [dtype, bytes];
  const byDtype: Record<string, Precision> = { BF16: "bf16", F16: "fp16", F32: "fp32", F8_E4M3: "fp8", F8_E5M2: "fp8", I8: "int8" };
  return byDtype[best[0]] ?? "bf16";
}

/** Mistral's native params.json, as the HF config the reader takes (vLLM transformers_utils/configs/mistral.py). */
export function configFromMistralParams(params: unknown): { config: Record<string, unknown>; assumptions: string[] } {
  const p = (params && typeof params === "object" && !Array.isArray(params) ? params : {}) as Record<string, unknown>;
  const assumptions: string[] = [];
  const moe = p.moe && typeof p.moe === "object" ? (p.moe as Record<string, unknown>) : null;
  const maxSeq = p.max_seq_len ?? p.max_position_embeddings;
  if (maxSeq === undefined) assumptions.push("params.json names no max_seq_len: 128,000 tokens assumed, as vLLM does");
  const config: Record<string, unknown> = {
    model_type: moe ? "mixtral" : "mistral",
    hidden_size: p.dim,
    num_hidden_layers: p.n_layers,
    num_attention_heads: p.n_heads,
    num_key_value_heads: p.n_kv_heads ?? p.n_heads,
    head_dim: p.head_dim,
    intermediate_size: p.hidden_dim,
    vocab_size: p.vocab_size,
    tie_word_embeddings: p.tied_embeddings === true,
    max_position_embeddings: maxSeq ?? 128_000,
    torch_dtype: "bfloat16",
  };
  if (moe) {
    config.num_local_experts = moe.num_experts;
    config.num_experts_per_tok = moe.num_experts_per_tok;
  }
  if (p.sliding_window !== undefined) config.sliding_window = p.sliding_window;
  return { config, assumptions };
}

export type FactsModel = { ok: true; model: ModelInput } | { ok: false; message: string };

/** The model a set of Hub facts describes, labelled by where the facts came from. */
export function modelFromFacts(facts: HubFacts, source: ModelSource, id: string): FactsModel {
  const where = `${facts.repo}@${facts.sha.slice(0, 12)}`;
  const label = source === "lock" ? `lock file (${where})` : `Hugging Face Hub (${where})`;
  const assumptions: string[] = [];
  let architecture;
  let maxContextTokens: number;
  let nativePrecision: Precision | undefined;
  let modelType: string;
  if (facts.config !== null) {
    let config = facts.config;
    if (facts.configFile === "params.json") {
      const converted = configFromMistralParams(config);
      config = converted.config;
      assumptions.push(...converted.assumptions);
    }
    try {
      const info = architectureFromHfConfig(config);
      architecture = info.architecture;
      maxContextTokens = info.maxContextTokens;
      nativePrecision = info.weightPrecision;
      modelType = info.modelType;
    } catch (error) {
      if (error instanceof HfConfigError) return { ok: false, message: `${facts.configFile ?? "config.json"} of ${facts.repo}: ${error.message}` };
      throw error;
    }
  } else if (facts.gguf) {
    architecture = facts.gguf.architecture;
    maxContextTokens = facts.gguf.maxContextTokens;
    modelType = "GGUF";
  } else {
    return { ok: false, message: `${facts.repo} has neither a config.json nor a GGUF header to read the architecture from` };
  }

  let checkpoint: ModelCheckpoint | undefined;
  const files = facts.weights.files.map((f) => f.path);
  if (facts.count) {
    const count = facts.count;
    checkpoint = {
      format: "safetensors",
      quantization: count.quantization,
      precision: checkpointPrecision(count),
      weightsBytes: count.weightsBytes,
      bytesByDtype: count.bytesByDtype,
      files,
      paramsTotal: count.paramsTotal,
      paramsActive: count.paramsActive,
      bytesReadPerToken: count.bytesReadPerToken,
      measured: true,
    };
  } else if (facts.weights.format === "gguf" || facts.weights.format === "pytorch") {
    const weightsBytes = facts.weights.files.reduce((sum, f) => sum + f.sizeBytes, 0);
    const params = countParams(architecture);
    const total = facts.gguf?.paramsTotal ?? params.paramsTotal;
    // Bytes read per token scale as the parameters read per token.
    const activeShare = params.paramsTotal > 0 ? (params.paramsActive - (architecture.tieWordEmbeddings ? 0 : params.embeddingParams)) / params.paramsTotal : 1;
    const quantization = facts.weights.quantization ?? "none";
    checkpoint = {
      format: facts.weights.format,
      quantization,
      precision: ggufPrecision(quantization, nativePrecision),
      weightsBytes,
      bytesByDtype: { [facts.weights.format === "gguf" ? quantization : "file"]: weightsBytes },
      files,
      paramsTotal: total,
      paramsActive: Math.round(total * activeShare),
      bytesReadPerToken: Math.round(weightsBytes * activeShare),
      measured: false,
    };
  }
  const precision = checkpoint?.precision ?? nativePrecision ?? "bf16";
  return {
    ok: true,
    model: {
      id,
      name: `${facts.repo} (${modelType})`,
      architecture,
      maxContextTokens,
      nativePrecision: precision,
      resolvedFrom: label,
      source,
      revision: facts.sha,
      ...(checkpoint ? { checkpoint } : {}),
      ...(assumptions.length > 0 ? { assumptions } : {}),
    },
  };
}

/** A GGUF file type as the nearest precision the estimate knows (its bytes are the file's, exact). */
function ggufPrecision(quantization: string, fallback: Precision | undefined): Precision {
  const q = quantization.toUpperCase();
  if (q === "F16") return "fp16";
  if (q === "BF16") return "bf16";
  if (q === "F32") return "fp32";
  if (q.startsWith("Q8") || q.startsWith("Q6") || q.startsWith("Q5")) return "int8";
  if (/^(I?Q[1-4]|MXFP4)/.test(q)) return "int4";
  return fallback ?? "bf16";
}

/** Weights of `params` at `precision` — for comparison in messages. */
export function computedWeightsBytes(params: number, precision: Precision): number {
  return bytesFor(params, precision);
}
