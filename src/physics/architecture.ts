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
  /**
   * The query projection also yields a sigmoid gate on the attention output, doubling its width
   * (Qwen3-Next's full-attention layers: q_proj is hidden × 2 × heads × headDim).
   */
  outputGate?: boolean;
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
  /**
   * Experts on every `layerInterval`-th layer only: layer i (0-based) is MoE when (i + 1) % layerInterval === 0,
   * the others use the dense `mlp` (Llama 4 Maverick `interleave_moe_layer_step: 2`). Absent: every layer
   * after `firstDenseLayers`.
   */
  layerInterval?: number;
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
  /**
   * The local layers attend within fixed chunks of `windowTokens` rather than a sliding window (Llama 4's
   * `attention_chunk_size`). Either way a local layer caches at most `windowTokens` tokens.
   */
  chunked?: boolean;
}

/**
 * Cross-attention layers among the decoder layers (Llama 3.2 Vision, `cross_attention_layers`). Each has
 * q/k/v/o projections of the self-attention's shapes, per-head query and key norms and two scalar tanh gates.
 * Its keys and values come from the image, not from the text, so its cache does not grow with the context:
 * it holds `imageTokens` tokens per sequence that carries an image.
 */
export interface CrossAttention {
  /** 0-based indices of the cross-attention layers, counted among `numLayers`. */
  layers: number[];
  /** Vision tokens one sequence's image yields (tiles × (patches + class token)), cached by every cross-attention layer. */
  imageTokens: number;
}

/**
 * Gated DeltaNet linear attention (Qwen3-Next) on the layers `layerTypes` marks "linear". Such a layer keeps a
 * fixed-size recurrent state per sequence (keyHeadDim × valueHeadDim per value head, plus a short convolution
 * window) instead of a cache that grows with every token.
 */
export interface LinearAttention {
  /** `linear` or `full` (standard `attention`) per layer, `numLayers` entries. */
  layerTypes: Array<"linear" | "full">;
  numKeyHeads: number;
  numValueHeads: number;
  keyHeadDim: number;
  valueHeadDim: number;
  /** Width of the causal depthwise convolution over q, k and v (`linear_conv_kernel_dim`). */
  convKernelSize: number;
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
  /** false: the LayerNorms have a weight but no bias (MPT's `no_bias: true`). Absent: LayerNorm has a bias. */
  normBias?: boolean;
  /** A norm right after the embedding lookup (BLOOM's `word_embeddings_layernorm`), in addition to the final norm. */
  embeddingNorm?: boolean;
  /**
   * Norms per decoder layer: 2 for pre-norm Llama-style blocks, 4 for Gemma 2/3 (pre and post, attention and MLP),
   * 1 for Falcon-7B's parallel block.
   */
  normsPerLayer: number;
  slidingWindow?: SlidingWindow;
  /** Learned absolute position embeddings of this many positions (none for rotary models). */
  positionEmbeddings?: number;
  crossAttention?: CrossAttention;
  linearAttention?: LinearAttention;
}
