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
