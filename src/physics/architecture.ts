/**
 * A transformer described by the numbers that decide its memory and bandwidth.
 * Field names follow Hugging Face `config.json` meanings; every count is a plain integer.
 * This is data only: the formulas live in params.ts and kv-cache.ts, and are stated in
 * docs/physics.md#parameters and docs/physics.md#kv-cache.
 */

/** Multi-head, grouped-query or multi-query attention: one K and one V head of `headDim` per KV head. */
export interface StandardAttention {
  kind: "standard";
  /** Query heads (`num_attention_heads`). */
  numHeads: number;
  /** Key/value heads (`num_key_value_heads`): equal to numHeads for MHA, 1 for MQA, between for GQA. */
  numKvHeads: number;
  /** Width of one head (`head_dim`, or hidden_size / num_attention_heads when absent). */
  headDim: number;
  /** Bias on the q, k and v projections (Qwen2, gpt-oss, Phi-3-small). */
  qkvBias?: boolean;
  /** Bias on the output projection (gpt-oss). */
  outputBias?: boolean;
  /** Per-head RMSNorm on queries and keys, `headDim` weights each (Qwen3, Gemma 3). */
  qkNorm?: boolean;
  /** One learned attention-sink logit per query head (gpt-oss). */
  sinks?: boolean;
}

/**
 * Multi-head latent attention (DeepSeek-V2/V3): keys and values are cached as one compressed
 * latent of `kvLoraRank` plus a shared rotary key of `qkRopeHeadDim`, not per head.
 */
export interface LatentAttention {
  kind: "mla";
  numHeads: number;
  /** Rank of the low-rank query projection; null when queries are projected directly (DeepSeek-V2-Lite). */
  qLoraRank: number | null;
  kvLoraRank: number;
  qkNopeHeadDim: number;
  qkRopeHeadDim: number;
  vHeadDim: number;
}

export type Attention = StandardAttention | LatentAttention;

/** A feed-forward block. Gated (SwiGLU/GeGLU) has gate, up and down matrices; ungated has up and down. */
export interface Mlp {
  gated: boolean;
  intermediateSize: number;
  /** Bias on every projection (gpt-oss experts, Falcon when `bias: true`). */
  bias?: boolean;
}

/** Mixture of experts replacing the MLP on some layers. */
export interface MixtureOfExperts {
  /** Routed experts per MoE layer (`num_local_experts`, `n_routed_experts`, `num_experts`). */
  numExperts: number;
  /** Routed experts used per token (`num_experts_per_tok`). */
  topK: number;
  /** One routed expert. */
  expert: Mlp;
  /** Always-active shared experts; `count` copies of `mlp` (DeepSeek: n_shared_experts × moe_intermediate_size). */
  shared?: { count: number; mlp: Mlp; /** Sigmoid gate of one weight row per token (Qwen2-MoE). */ gate?: boolean };
  /** The first N layers are dense and use the model's plain `mlp` (DeepSeek `first_k_dense_replace`). */
  firstDenseLayers?: number;
  /** Router bias of one value per expert (gpt-oss `router` bias, DeepSeek-V3 `e_score_correction_bias`). */
  routerBias?: boolean;
}

/** Which layers attend only to a window of recent tokens. */
export interface SlidingWindow {
  /** Tokens a windowed layer attends to, and so the most it caches. */
  windowTokens: number;
  /**
   * Explicit per-layer kinds, as `layer_types` in newer configs. When absent, `globalEvery`
   * applies; when both are absent every layer is windowed (Mistral-7B-v0.1).
   */
  layerTypes?: Array<"sliding" | "full">;
  /** Layer i (0-based) is global when (i + 1) % globalEvery === 0: 2 for Gemma 2 and gpt-oss, 6 for Gemma 3. */
  globalEvery?: number;
}

export interface Architecture {
  hiddenSize: number;
  numLayers: number;
  vocabSize: number;
  /** The output head shares the input embedding matrix. */
  tieWordEmbeddings: boolean;
  attention: Attention;
  /** The dense MLP: every layer of a dense model, the first layers of DeepSeek. Omitted only when every layer is MoE. */
  mlp?: Mlp;
  moe?: MixtureOfExperts;
  /** LayerNorm carries a bias as well as a weight (Falcon); RMSNorm does not. */
  norm: "rmsnorm" | "layernorm";
  /**
   * Norms per decoder layer: 2 for pre-norm Llama-style blocks, 4 for Gemma 2/3 (pre and post, attention and MLP),
   * 1 for Falcon-7B's parallel block.
   */
  normsPerLayer: number;
  slidingWindow?: SlidingWindow;
  /** Learned absolute position embeddings of this many positions (none for rotary models). */
  positionEmbeddings?: number;
}
