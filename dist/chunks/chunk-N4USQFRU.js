import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/physics/params.ts
function mlpParams(hiddenSize, mlp) {
  const matrices = mlp.gated ? 3 : 2;
  const weights = matrices * hiddenSize * mlp.intermediateSize;
  const biases = mlp.bias ? (matrices - 1) * mlp.intermediateSize + hiddenSize : 0;
  return weights + biases;
}
function attentionParams(hiddenSize, attention) {
  if (attention.kind === "mla") {
    const { numHeads: numHeads2, qLoraRank, kvLoraRank, qkNopeHeadDim, qkRopeHeadDim, vHeadDim } = attention;
    const qHeadDim = qkNopeHeadDim + qkRopeHeadDim;
    const query = qLoraRank === null ? hiddenSize * numHeads2 * qHeadDim : hiddenSize * qLoraRank + qLoraRank + qLoraRank * numHeads2 * qHeadDim;
    const keyValue = hiddenSize * (kvLoraRank + qkRopeHeadDim) + kvLoraRank + kvLoraRank * numHeads2 * (qkNopeHeadDim + vHeadDim);
    const output = numHeads2 * vHeadDim * hiddenSize;
    return query + keyValue + output;
  }
  const { numHeads, numKvHeads, headDim } = attention;
  const qWidth = numHeads * headDim;
  const kvWidth = numKvHeads * headDim;
  const queryProjection = (attention.outputGate ? 2 : 1) * hiddenSize * qWidth;
  let params = queryProjection + 2 * hiddenSize * kvWidth + qWidth * hiddenSize;
  if (attention.qkvBias) params += qWidth + 2 * kvWidth;
  if (attention.outputBias) params += hiddenSize;
  if (attention.qkNorm) params += 2 * headDim;
  if (attention.sinks) params += numHeads;
  return params;
}
function linearAttentionParams(hiddenSize, linear) {
  const keyWidth = linear.numKeyHeads * linear.keyHeadDim;
  const valueWidth = linear.numValueHeads * linear.valueHeadDim;
  const inputProjections = hiddenSize * (2 * keyWidth + 2 * valueWidth) + hiddenSize * 2 * linear.numValueHeads;
  const conv = (2 * keyWidth + valueWidth) * linear.convKernelSize;
  const perHead = 2 * linear.numValueHeads;
  return inputProjections + conv + perHead + linear.valueHeadDim + valueWidth * hiddenSize;
}
function moeLayerFlags(arch) {
  const moe = arch.moe;
  const flags = [];
  for (let layer = 0; layer < arch.numLayers; layer++) {
    if (!moe) flags.push(false);
    else if (layer < (moe.firstDenseLayers ?? 0)) flags.push(false);
    else flags.push(moe.layerInterval === void 0 || (layer + 1) % moe.layerInterval === 0);
  }
  return flags;
}
function lookupParams(arch, embeddingParams) {
  const positions = (arch.positionEmbeddings ?? 0) * arch.hiddenSize;
  return arch.tieWordEmbeddings ? positions : embeddingParams;
}
function countParams(arch) {
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
    paramsActive: nonExpert - lookupParams(arch, embeddingParams) + (moe ? activeRoutedParams : 0)
  };
}

export {
  moeLayerFlags,
  countParams
};
