import type { Architecture, Attention, LinearAttention, Mlp } from "./architecture.js";

/**
 * Parameter counts derived from an architecture, split the way memory and bandwidth need them.
 * Every count is an exact integer: it is the number of values in the checkpoint's tensors.
 * What total and active count: docs/physics.md#parameters.
 */
export interface ParamBreakdown {
  /** Input token embedding table (vocab × hidden), plus learned position embeddings if any. */
  embeddingParams: number;
  /** Output head (vocab × hidden); 0 when tied to the input embedding. */
  outputHeadParams: number;
  /** Attention of all layers, with its biases and per-head norms. */
  attentionParams: number;
  /** Dense MLPs, shared experts and routers: the feed-forward weights every token uses. */
  denseFeedForwardParams: number;
  /** All routed experts of all MoE layers. */
  routedExpertParams: number;
  /** Layer norms and the final norm. */
  normParams: number;
  /** Parameters of one routed expert. */
  paramsPerExpert: number;
  /** Layers whose feed-forward is a mixture of experts. */
  moeLayers: number;
  /** Everything in the checkpoint's main model (DeepSeek's multi-token-prediction head excluded, as in its official count). */
  paramsTotal: number;
  /**
   * Read per token: every non-expert weight but the tables a token only looks up (the input
   * embedding unless tied, learned positions), plus top-k routed experts per MoE layer (and the
   * shared ones). DeepSeek and OpenAI count active parameters so (DeepSeek-V2-Lite 2.4B, gpt-oss-20b 3.6B).
   */
  paramsActive: number;
}

function mlpParams(hiddenSize: number, mlp: Mlp): number {
  const matrices = mlp.gated ? 3 : 2;
  const weights = matrices * hiddenSize * mlp.intermediateSize;
  // Biases: gate and up each carry intermediateSize, down carries hiddenSize.
  const biases = mlp.bias ? (matrices - 1) * mlp.intermediateSize + hiddenSize : 0;
  return weights + biases;
}

function attentionParams(hiddenSize: number, attention: Attention): number {
  if (attention.kind === "mla") {
    const { numHeads, qLoraRank, kvLoraRank, qkNopeHeadDim, qkRopeHeadDim, vHeadDim } = attention;
    const qHeadDim = qkNopeHeadDim + qkRopeHeadDim;
    // Queries: either down-project to qLoraRank, normalize, up-project to heads; or project directly.
    const query =
      qLoraRank === null
        ? hiddenSize * numHeads * qHeadDim
        : hiddenSize * qLoraRank + qLoraRank + qLoraRank * numHeads * qHeadDim;
    // kv_a_proj_with_mqa (latent + shared rope key), kv_a_layernorm, kv_b_proj (latent → per-head k_nope and v).
    const keyValue =
      hiddenSize * (kvLoraRank + qkRopeHeadDim) + kvLoraRank + kvLoraRank * numHeads * (qkNopeHeadDim + vHeadDim);
    const output = numHeads * vHeadDim * hiddenSize;
    return query + keyValue + output;
  }
  const { numHeads, numKvHeads, headDim } = attention;
  const qWidth = numHeads * headDim;
  const kvWidth = numKvHeads * headDim;
  // An output gate comes out of the query projection: hidden × 2 × heads × headDim.
  const queryProjection = (attention.outputGate ? 2 : 1) * hiddenSize * qWidth;
  let params = queryProjection + 2 * hiddenSize * kvWidth + qWidth * hiddenSize;
  if (attention.qkvBias) params += qWidth + 2 * kvWidth;
  if (attention.outputBias) params += hiddenSize;
  if (attention.qkNorm) params += 2 * headDim;
  if (attention.sinks) params += numHeads;
  return params;
}

/**
 * One Gated DeltaNet layer (Qwen3-Next): in_proj_qkvz (hidden → 2 key widths + 2 value widths), in_proj_ba
 * (hidden → 2 per value head), a depthwise conv1d over q, k and v without bias, dt_bias and A_log per value
 * head, a gated RMSNorm of valueHeadDim, and out_proj (value width → hidden).
 */
function linearAttentionParams(hiddenSize: number, linear: LinearAttention): number {
  const keyWidth = linear.numKeyHeads * linear.keyHeadDim;
  const valueWidth = linear.numValueHeads * linear.valueHeadDim;
  const inputProjections = hiddenSize * (2 * keyWidth + 2 * valueWidth) + hiddenSize * 2 * linear.numValueHeads;
  const conv = (2 * keyWidth + valueWidth) * linear.convKernelSize;
  const perHead = 2 * linear.numValueHeads;
  return inputProjections + conv + perHead + linear.valueHeadDim + valueWidth * hiddenSize;
}

/** Which layers carry experts: after `firstDenseLayers`, every `layerInterval`-th one (every one when absent). See docs/physics.md#mixture-of-experts. */
export function moeLayerFlags(arch: Architecture): boolean[] {
  const moe = arch.moe;
  const flags: boolean[] = [];
  for (let layer = 0; layer < arch.numLayers; layer++) {
    if (!moe) flags.push(false);
    else if (layer < (moe.firstDenseLayers ?? 0)) flags.push(false);
    else flags.push(moe.layerInterval === undefined || (layer + 1) % moe.layerInterval === 0);
  }
  return flags;
}

/**
 * Parameters of the embedding tables a token only looks up (one row each), never reads whole:
 * the input embedding, unless it doubles as the output head, and learned position embeddings.
 * See docs/physics.md#parameters.
 */
function lookupParams(arch: Architecture, embeddingParams: number): number {
  const positions = (arch.positionEmbeddings ?? 0) * arch.hiddenSize;
  return arch.tieWordEmbeddings ? positions : embeddingParams;
}

/** Count the parameters of `arch`. Pure; throws only on an architecture that contradicts itself. See docs/physics.md#parameters. */
export function countParams(arch: Architecture): ParamBreakdown {
  const H = arch.hiddenSize;
  const normWidth = arch.norm === "layernorm" && arch.normBias !== false ? 2 * H : H;
  const embeddingParams = arch.vocabSize * H + (arch.positionEmbeddings ?? 0) * H;
  const outputHeadParams = arch.tieWordEmbeddings ? 0 : arch.vocabSize * H;
  const linear = arch.linearAttention;
  const linearLayers = linear ? linear.layerTypes.filter((type) => type === "linear").length : 0;
  let attention = (arch.numLayers - linearLayers) * attentionParams(H, arch.attention);
  if (linear) attention += linearLayers * linearAttentionParams(H, linear);
  const cross = arch.crossAttention;
  if (cross && arch.attention.kind === "standard") {
    // Cross-attention layers add per-head q and k norms (unless self-attention has them too) and two scalar gates.
    const qkNorms = arch.attention.qkNorm ? 0 : 2 * arch.attention.headDim;
    attention += cross.layers.length * (qkNorms + 2);
  }
  const normParams = arch.numLayers * arch.normsPerLayer * normWidth + normWidth + (arch.embeddingNorm ? normWidth : 0);

  let denseFeedForwardParams = 0;
  let routedExpertParams = 0;
  let paramsPerExpert = 0;
  let moeLayers = 0;
  let activeRoutedParams = 0;
  const moe = arch.moe;
  if (moe) {
    moeLayers = moeLayerFlags(arch).filter(Boolean).length;
    const denseLayers = arch.numLayers - moeLayers;
    if (denseLayers > 0 && !arch.mlp) {
      throw new Error("architecture has dense layers but no dense mlp");
    }
    paramsPerExpert = mlpParams(H, moe.expert);
    const router = H * moe.numExperts + (moe.routerBias ? moe.numExperts : 0);
    const shared = moe.shared ? moe.shared.count * mlpParams(H, moe.shared.mlp) + (moe.shared.gate ? H : 0) : 0;
    denseFeedForwardParams = denseLayers * (arch.mlp ? mlpParams(H, arch.mlp) : 0) + moeLayers * (router + shared);
    routedExpertParams = moeLayers * moe.numExperts * paramsPerExpert;
    activeRoutedParams = moeLayers * moe.topK * paramsPerExpert;
  } else {
    if (!arch.mlp) throw new Error("a dense architecture needs an mlp");
    denseFeedForwardParams = arch.numLayers * mlpParams(H, arch.mlp);
  }

  const nonExpert = embeddingParams + outputHeadParams + attention + denseFeedForwardParams + normParams;
  return {
    embeddingParams,
    outputHeadParams,
    attentionParams: attention,
    denseFeedForwardParams,
    routedExpertParams,
    normParams,
    paramsPerExpert,
    moeLayers,
    paramsTotal: nonExpert + routedExpertParams,
    paramsActive: nonExpert - lookupParams(arch, embeddingParams) + (moe ? activeRoutedParams : 0),
  };
}
