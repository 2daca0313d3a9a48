import { safetensorsFile, totalBytes, type TensorSpec } from "./safetensors.js";

/**
 * Checkpoints as the Hub and a repository hold them, for the Hub, local-checkpoint and action
 * tests: a config.json and a tensor list split into shards with their index, as
 * `save_pretrained` writes them. Only headers exist; the bodies are virtual.
 */

/** meta-llama/Llama-3.1-8B-Instruct's config.json, the fields the reader uses. */
export const LLAMA_8B_CONFIG = {
  architectures: ["LlamaForCausalLM"],
  model_type: "llama",
  hidden_size: 4096,
  intermediate_size: 14336,
  num_hidden_layers: 32,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  head_dim: 128,
  vocab_size: 128256,
  max_position_embeddings: 131072,
  rms_norm_eps: 1e-5,
  rope_scaling: { factor: 8.0, high_freq_factor: 4.0, low_freq_factor: 1.0, original_max_position_embeddings: 8192, rope_type: "llama3" },
  tie_word_embeddings: false,
  torch_dtype: "bfloat16",
};

export interface Shards {
  /** Shard name → its header and the size the file has. */
  shards: Record<string, { header: Uint8Array; fileSizeBytes: number }>;
  /** model.safetensors.index.json. */
  index: { metadata: { total_size: number }; weight_map: Record<string, string> };
}

/** `tensors` in `n` shards `model-0000i-of-0000n.safetensors`, with the index that maps them. */
export function shardTensors(tensors: TensorSpec[], n: number): Shards {
  const shards: Shards["shards"] = {};
  const weightMap: Record<string, string> = {};
  const per = Math.ceil(tensors.length / n);
  for (let i = 0; i < n; i++) {
    const name = `model-${String(i + 1).padStart(5, "0")}-of-${String(n).padStart(5, "0")}.safetensors`;
    const part = tensors.slice(i * per, (i + 1) * per);
    shards[name] = safetensorsFile(part);
    for (const t of part) weightMap[t.name] = name;
  }
  return { shards, index: { metadata: { total_size: totalBytes(tensors) }, weight_map: weightMap } };
}
