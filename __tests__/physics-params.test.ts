import { describe, expect, it } from "vitest";
import type { Architecture } from "../src/physics/architecture.js";
import { countParams } from "../src/physics/params.js";

/**
 * Exact parameter counts worked out by hand from each model's config.json, independently of the catalog
 * (the architectures are written out here so that a catalog edit cannot move the pinned numbers).
 */

const llama31_8b: Architecture = {
  hiddenSize: 4096,
  numLayers: 32,
  vocabSize: 128256,
  tieWordEmbeddings: false,
  attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 },
  mlp: { gated: true, intermediateSize: 14336 },
  norm: "rmsnorm",
  normsPerLayer: 2,
};

const falcon7b: Architecture = {
  hiddenSize: 4544,
  numLayers: 32,
  vocabSize: 65024,
  tieWordEmbeddings: true,
  attention: { kind: "standard", numHeads: 71, numKvHeads: 1, headDim: 64 },
  mlp: { gated: false, intermediateSize: 18176 },
  norm: "layernorm",
  normsPerLayer: 1,
};

const mixtral8x7b: Architecture = {
  hiddenSize: 4096,
  numLayers: 32,
  vocabSize: 32000,
  tieWordEmbeddings: false,
  attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 },
  moe: { numExperts: 8, topK: 2, expert: { gated: true, intermediateSize: 14336 } },
  norm: "rmsnorm",
  normsPerLayer: 2,
};

const deepseekV2Lite: Architecture = {
  hiddenSize: 2048,
  numLayers: 27,
  vocabSize: 102400,
  tieWordEmbeddings: false,
  attention: { kind: "mla", numHeads: 16, qLoraRank: null, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
  mlp: { gated: true, intermediateSize: 10944 },
  moe: {
    numExperts: 64,
    topK: 6,
    expert: { gated: true, intermediateSize: 1408 },
    shared: { count: 2, mlp: { gated: true, intermediateSize: 1408 } },
    firstDenseLayers: 1,
  },
  norm: "rmsnorm",
  normsPerLayer: 2,
};

const deepseekV3: Architecture = {
  hiddenSize: 7168,
  numLayers: 61,
  vocabSize: 129280,
  tieWordEmbeddings: false,
  attention: { kind: "mla", numHeads: 128, qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
  mlp: { gated: true, intermediateSize: 18432 },
  moe: {
    numExperts: 256,
    topK: 8,
    expert: { gated: true, intermediateSize: 2048 },
    shared: { count: 1, mlp: { gated: true, intermediateSize: 2048 } },
    firstDenseLayers: 3,
    routerBias: true,
  },
  norm: "rmsnorm",
  normsPerLayer: 2,
};

const gptOss20b: Architecture = {
  hiddenSize: 2880,
  numLayers: 24,
  vocabSize: 201088,
  tieWordEmbeddings: false,
  attention: { kind: "standard", numHeads: 64, numKvHeads: 8, headDim: 64, qkvBias: true, outputBias: true, sinks: true },
  moe: { numExperts: 32, topK: 4, expert: { gated: true, intermediateSize: 2880, bias: true }, routerBias: true },
  norm: "rmsnorm",
  normsPerLayer: 2,
  slidingWindow: { windowTokens: 128, globalEvery: 2 },
};

const qwen3_8b: Architecture = {
  hiddenSize: 4096,
  numLayers: 36,
  vocabSize: 151936,
  tieWordEmbeddings: false,
  attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128, qkNorm: true },
  mlp: { gated: true, intermediateSize: 12288 },
  norm: "rmsnorm",
  normsPerLayer: 2,
};

const qwen15MoeA27b: Architecture = {
  hiddenSize: 2048,
  numLayers: 24,
  vocabSize: 151936,
  tieWordEmbeddings: false,
  attention: { kind: "standard", numHeads: 16, numKvHeads: 16, headDim: 128, qkvBias: true },
  moe: {
    numExperts: 60,
    topK: 4,
    expert: { gated: true, intermediateSize: 1408 },
    shared: { count: 1, mlp: { gated: true, intermediateSize: 5632 }, gate: true },
  },
  norm: "rmsnorm",
  normsPerLayer: 2,
};

const gemma2_9b: Architecture = {
  hiddenSize: 3584,
  numLayers: 42,
  vocabSize: 256000,
  tieWordEmbeddings: true,
  attention: { kind: "standard", numHeads: 16, numKvHeads: 8, headDim: 256 },
  mlp: { gated: true, intermediateSize: 14336 },
  norm: "rmsnorm",
  normsPerLayer: 4,
  slidingWindow: { windowTokens: 4096, globalEvery: 2 },
};

describe("countParams: exact counts of real models", () => {
  it("Llama-3.1-8B = 8,030,261,248", () => {
    // embed and lm_head: 2 × 128256 × 4096                          =   1,050,673,152
    // per layer: q 4096×4096 16,777,216 + k,v 2×4096×1024 8,388,608
    //            + o 16,777,216 = 41,943,040 attention
    //            + mlp 3 × 4096 × 14336 = 176,160,768 + norms 2 × 4096 = 8,192
    //            = 218,112,000; × 32 layers                         =   6,979,584,000
    // final norm                                                     =           4,096
    // total                                                          =   8,030,261,248
    const p = countParams(llama31_8b);
    expect(p.embeddingParams).toBe(525_336_576);
    expect(p.outputHeadParams).toBe(525_336_576);
    expect(p.attentionParams).toBe(32 * 41_943_040);
    expect(p.denseFeedForwardParams).toBe(32 * 176_160_768);
    expect(p.normParams).toBe(32 * 8_192 + 4_096);
    expect(p.paramsTotal).toBe(8_030_261_248);
    // Read per token: all but the input embedding, of which a token looks up one row: 8,030,261,248 − 525,336,576.
    expect(p.paramsActive).toBe(7_504_924_672);
    expect(p.routedExpertParams).toBe(0);
    expect(p.moeLayers).toBe(0);
  });

  it("Falcon-7B = 6,921,720,704 (MQA, parallel block, one LayerNorm, ungated 4× MLP, tied)", () => {
    // embed 65024 × 4544 (tied: no lm_head)                          =     295,469,056
    // per layer: fused qkv 4544 × (71 + 2) × 64 = 4544 × 4672         =      21,229,568
    //            dense (o) 4544²                                      =      20,647,936
    //            mlp 2 × 4544 × 18176                                 =     165,183,488
    //            input LayerNorm weight + bias 2 × 4544               =           9,088
    //            = 207,070,080; × 32 layers                           =   6,626,242,560
    // ln_f weight + bias                                              =           9,088
    // total                                                           =   6,921,720,704
    const p = countParams(falcon7b);
    expect(p.embeddingParams).toBe(295_469_056);
    expect(p.outputHeadParams).toBe(0);
    expect(p.attentionParams).toBe(32 * (21_229_568 + 20_647_936));
    expect(p.denseFeedForwardParams).toBe(32 * 165_183_488);
    expect(p.normParams).toBe(33 * 9_088);
    expect(p.paramsTotal).toBe(6_921_720_704);
  });

  it("Mixtral-8x7B = 46,702,792,704 total, 12,879,925,248 active", () => {
    // embed + lm_head 2 × 32000 × 4096                                 =     262,144,000
    // per layer: attention 41,943,040 (as Llama-3.1-8B)
    //            one expert 3 × 4096 × 14336 = 176,160,768; 8 experts  =   1,409,286,144
    //            router 4096 × 8 = 32,768; norms 8,192
    //            = 1,451,270,144; × 32 layers                          =  46,440,644,608
    // final norm 4,096 → total                                         =  46,702,792,704
    // active: 2 of 8 experts per layer → per layer 41,943,040 + 352,321,536 + 32,768 + 8,192
    //            = 394,305,536; × 32 = 12,617,777,152 + 262,144,000 + 4,096 = 12,879,925,248
    const p = countParams(mixtral8x7b);
    expect(p.paramsPerExpert).toBe(176_160_768);
    expect(p.moeLayers).toBe(32);
    expect(p.routedExpertParams).toBe(32 * 8 * 176_160_768);
    expect(p.denseFeedForwardParams).toBe(32 * 32_768);
    expect(p.paramsTotal).toBe(46_702_792_704);
    // Mistral's 12.9B counts the input embedding (32,000 × 4,096 = 131,072,000); a token reads 12,748,853,248.
    expect(p.paramsActive + 131_072_000).toBe(12_879_925_248);
    expect(p.paramsActive).toBe(12_748_853_248);
  });

  it("DeepSeek-V2-Lite (MLA without q-LoRA, 2 shared experts, 1 dense layer) = 15,706,484,224", () => {
    // attention per layer:
    //   q_proj 2048 × 16 × (128 + 64)                                  =       6,291,456
    //   kv_a_proj_with_mqa 2048 × (512 + 64)                           =       1,179,648
    //   kv_a_layernorm                                                 =             512
    //   kv_b_proj 512 × 16 × (128 + 128)                               =       2,097,152
    //   o_proj 16 × 128 × 2048                                         =       4,194,304
    //   = 13,763,072; × 27 layers                                      =     371,602,944
    // dense layer 0: 3 × 2048 × 10944                                  =      67,239,936
    // MoE layers 1–26: expert 3 × 2048 × 1408 = 8,650,752;
    //   64 routed 553,648,128 + 2 shared 17,301,504 + router 2048 × 64 131,072
    //   = 571,080,704; × 26                                            =  14,848,098,304
    // norms 27 × 2 × 2048 + 2048                                       =         112,640
    // embed + lm_head 2 × 102400 × 2048                                =     419,430,400
    // total                                                            =  15,706,484,224
    // active: total − 26 × (64 − 6) × 8,650,752 = 15,706,484,224 − 13,045,334,016 = 2,661,150,208
    const p = countParams(deepseekV2Lite);
    expect(p.attentionParams).toBe(371_602_944);
    expect(p.moeLayers).toBe(26);
    expect(p.denseFeedForwardParams).toBe(67_239_936 + 26 * (17_301_504 + 131_072));
    expect(p.routedExpertParams).toBe(26 * 553_648_128);
    expect(p.paramsTotal).toBe(15_706_484_224);
    // 2,661,150,208 − the input embedding 102,400 × 2,048 = 2,451,435,008: DeepSeek's "2.4B activated".
    expect(p.paramsActive).toBe(2_451_435_008);
  });

  it("DeepSeek-V3 (MLA with q-LoRA, router bias, 3 dense layers) = 671,026,419,200 total, 37,552,297,472 active", () => {
    // attention per layer:
    //   q_a_proj 7168 × 1536 11,010,048 + q_a_layernorm 1,536 + q_b_proj 1536 × 128 × 192 37,748,736
    //   + kv_a_proj_with_mqa 7168 × 576 4,128,768 + kv_a_layernorm 512 + kv_b_proj 512 × 128 × 256 16,777,216
    //   + o_proj 128 × 128 × 7168 117,440,512                           =     187,107,328
    //   × 61 layers                                                     =  11,413,547,008
    // dense layers 0–2: 3 × (3 × 7168 × 18432 = 396,361,728)            =   1,189,085,184
    // MoE layers 3–60 (58): expert 3 × 7168 × 2048 = 44,040,192;
    //   256 routed 11,274,289,152 + 1 shared 44,040,192 + router 7168 × 256 + 256 bias 1,835,264
    //   = 11,320,164,608; × 58                                          = 656,569,547,264
    // norms 61 × 2 × 7168 + 7168                                        =         881,664
    // embed + lm_head 2 × 129280 × 7168                                 =   1,853,358,080
    // total (the MTP module is not part of the main model)              = 671,026,419,200
    // active: total − 58 × (256 − 8) × 44,040,192 = 671,026,419,200 − 633,474,121,728 = 37,552,297,472
    const p = countParams(deepseekV3);
    expect(p.attentionParams).toBe(61 * 187_107_328);
    expect(p.paramsPerExpert).toBe(44_040_192);
    expect(p.moeLayers).toBe(58);
    expect(p.denseFeedForwardParams).toBe(1_189_085_184 + 58 * (44_040_192 + 1_835_264));
    expect(p.normParams).toBe(881_664);
    expect(p.paramsTotal).toBe(671_026_419_200);
    // 37,552,297,472 − the input embedding 129,280 × 7,168 = 36,625,618,432: DeepSeek's "37B activated".
    expect(p.paramsActive).toBe(36_625_618_432);
  });

  it("gpt-oss-20b (attention and expert biases, sinks, router bias) = 20,914,757,184", () => {
    // attention per layer: q 2880 × 4096 11,796,480 + k,v 2 × 2880 × 512 2,949,120 + o 4096 × 2880 11,796,480
    //   + biases q 4096 + k,v 1024 + o 2880 + sinks 64                  =      26,550,144
    //   × 24 layers (OpenAI: attention 0.64B)                            =     637,203,456
    // expert: gate_up 2880 × 5760 + bias 5760, down 2880 × 2880 + bias 2880 = 24,891,840
    //   32 experts 796,538,880 + router 2880 × 32 + 32 bias 92,192 = 796,631,072
    //   × 24 layers (OpenAI: MLP 19.12B)                                 =  19,119,145,728
    // norms 24 × 2 × 2880 + 2880                                         =         141,120
    // embed + unembed 2 × 201088 × 2880 (OpenAI: 1.16B)                  =   1,158,266,880
    // total (OpenAI: 20.91B)                                             =  20,914,757,184
    // active: everything but routed experts, 20,914,757,184 − 24 × 32 × 24,891,840 = 1,797,824,064,
    //   + 24 × 4 × 24,891,840 = 2,389,616,640 routed → 4,187,440,704;
    //   without the input embedding 579,133,440 (OpenAI's convention) 3,608,307,264 (OpenAI: 3.61B)
    const p = countParams(gptOss20b);
    expect(p.attentionParams).toBe(637_203_456);
    expect(p.paramsPerExpert).toBe(24_891_840);
    expect(p.routedExpertParams + p.denseFeedForwardParams).toBe(19_119_145_728);
    expect(p.paramsTotal).toBe(20_914_757_184);
    // OpenAI's 3.61B active: 4,187,440,704 with the input embedding, 3,608,307,264 without it.
    expect(p.paramsActive + p.embeddingParams).toBe(4_187_440_704);
    expect(p.paramsActive).toBe(3_608_307_264);
  });

  it("Qwen3-8B (per-head q/k RMSNorm) = 8,190,735,360", () => {
    // embed + lm_head 2 × 151936 × 4096                                =   1,244,659,712
    // per layer: attention 41,943,040 + q_norm 128 + k_norm 128 = 41,943,296
    //   + mlp 3 × 4096 × 12288 150,994,944 + norms 8,192 = 192,946,432; × 36 = 6,946,071,552
    // final norm 4,096 → total                                         =   8,190,735,360
    const p = countParams(qwen3_8b);
    expect(p.attentionParams).toBe(36 * 41_943_296);
    expect(p.paramsTotal).toBe(8_190_735_360);
  });

  it("Qwen1.5-MoE-A2.7B (qkv bias, gated shared expert) = 14,315,784,192 total, 2,689,173,504 active", () => {
    // attention per layer: 4 × 2048² 16,777,216 + q,k,v bias 3 × 2048 = 16,783,360
    // MoE per layer: 60 experts × 3 × 2048 × 1408 (8,650,752) = 519,045,120
    //   shared expert 3 × 2048 × 5632 34,603,008 + shared_expert_gate 2048 = 34,605,056; router 2048 × 60 = 122,880
    // norms 4,096 → per layer 570,560,512; × 24 = 13,693,452,288
    // embed + lm_head 2 × 151936 × 2048 622,329,856 + final norm 2,048 → total 14,315,784,192
    // active per layer: 16,783,360 + 4 × 8,650,752 + 34,605,056 + 122,880 + 4,096 = 86,118,400;
    //   × 24 = 2,066,841,600 + 622,331,904 = 2,689,173,504
    const p = countParams(qwen15MoeA27b);
    expect(p.attentionParams).toBe(24 * 16_783_360);
    expect(p.denseFeedForwardParams).toBe(24 * (34_605_056 + 122_880));
    expect(p.paramsTotal).toBe(14_315_784_192);
    // Qwen's 2.7B counts the input embedding (151,936 × 2,048 = 311,164,928).
    expect(p.paramsActive + 311_164_928).toBe(2_689_173_504);
  });

  it("Gemma-2-9B (head_dim 256 ≠ hidden/heads, 4 norms per layer, tied) matches Google's non-embedding count", () => {
    // per layer: q 3584 × 4096 14,680,064 + k,v 2 × 3584 × 2048 14,680,064 + o 4096 × 3584 14,680,064
    //   + mlp 3 × 3584 × 14336 154,140,672 + 4 norms 14,336 = 198,195,200; × 42 = 8,324,198,400
    // + final norm 3,584 = 8,324,201,984 — exactly the Gemma 2 report's non-embedding count.
    const p = countParams(gemma2_9b);
    expect(p.paramsTotal - p.embeddingParams).toBe(8_324_201_984);
    expect(p.embeddingParams).toBe(256000 * 3584);
    expect(p.outputHeadParams).toBe(0);
  });
});

describe("countParams: each feature adds exactly its tensors", () => {
  // A small dense model to perturb one feature at a time.
  const base: Architecture = {
    hiddenSize: 64,
    numLayers: 3,
    vocabSize: 1000,
    tieWordEmbeddings: false,
    attention: { kind: "standard", numHeads: 8, numKvHeads: 2, headDim: 16 },
    mlp: { gated: true, intermediateSize: 256 },
    norm: "rmsnorm",
    normsPerLayer: 2,
  };
  const total = (arch: Architecture) => countParams(arch).paramsTotal;
  const baseTotal = total(base);

  it("counts the small model by hand", () => {
    // embed + head 2 × 1000 × 64 = 128,000; attention q 64×128 + k,v 2 × 64×32 + o 128×64 = 20,480
    // mlp 3 × 64 × 256 = 49,152; norms 2 × 64 = 128 → per layer 69,760 × 3 = 209,280; final norm 64
    expect(baseTotal).toBe(128_000 + 209_280 + 64);
  });

  it("tied embeddings drop the output head", () => {
    expect(total({ ...base, tieWordEmbeddings: true })).toBe(baseTotal - 64_000);
  });

  it("q/k/v biases add q width + 2 × kv width per layer; output bias adds hidden per layer", () => {
    expect(total({ ...base, attention: { ...base.attention, qkvBias: true } as Architecture["attention"] })).toBe(baseTotal + 3 * (128 + 2 * 32));
    expect(total({ ...base, attention: { ...base.attention, outputBias: true } as Architecture["attention"] })).toBe(baseTotal + 3 * 64);
  });

  it("qkNorm adds 2 × headDim per layer; sinks add one value per query head per layer", () => {
    expect(total({ ...base, attention: { ...base.attention, qkNorm: true } as Architecture["attention"] })).toBe(baseTotal + 3 * 2 * 16);
    expect(total({ ...base, attention: { ...base.attention, sinks: true } as Architecture["attention"] })).toBe(baseTotal + 3 * 8);
  });

  it("LayerNorm doubles every norm (weight and bias); normsPerLayer scales the per-layer norms", () => {
    expect(total({ ...base, norm: "layernorm" })).toBe(baseTotal + 3 * 2 * 64 + 64);
    expect(total({ ...base, normsPerLayer: 4 })).toBe(baseTotal + 3 * 2 * 64);
  });

  it("an ungated MLP has two matrices; an MLP bias adds (matrices − 1) × intermediate + hidden", () => {
    expect(total({ ...base, mlp: { gated: false, intermediateSize: 256 } })).toBe(baseTotal - 3 * 64 * 256);
    expect(total({ ...base, mlp: { gated: true, intermediateSize: 256, bias: true } })).toBe(baseTotal + 3 * (2 * 256 + 64));
  });

  it("learned position embeddings add positions × hidden to the embedding", () => {
    const p = countParams({ ...base, positionEmbeddings: 2048 });
    expect(p.embeddingParams).toBe(1000 * 64 + 2048 * 64);
    expect(p.paramsTotal).toBe(baseTotal + 2048 * 64);
  });

  it("sliding windows change no parameter count", () => {
    expect(total({ ...base, slidingWindow: { windowTokens: 512, globalEvery: 2 } })).toBe(baseTotal);
  });

  describe("mixture of experts", () => {
    const moeArch: Architecture = {
      ...base,
      mlp: undefined,
      moe: { numExperts: 4, topK: 2, expert: { gated: true, intermediateSize: 32 } },
    };
    const expert = 3 * 64 * 32; // 6,144
    const router = 64 * 4;
    const nonFfn = baseTotal - 3 * 49_152;

    it("counts routed experts, router and top-k active experts", () => {
      const p = countParams(moeArch);
      expect(p.paramsPerExpert).toBe(expert);
      expect(p.routedExpertParams).toBe(3 * 4 * expert);
      expect(p.denseFeedForwardParams).toBe(3 * router);
      expect(p.paramsTotal).toBe(nonFfn + 3 * (4 * expert + router));
      // The input embedding (1,000 × 64) is looked up, not read.
      expect(p.paramsActive).toBe(nonFfn - 1_000 * 64 + 3 * (2 * expert + router));
    });

    it("router bias adds one value per expert per MoE layer", () => {
      const p = countParams({ ...moeArch, moe: { ...moeArch.moe!, routerBias: true } });
      expect(p.paramsTotal).toBe(total(moeArch) + 3 * 4);
      expect(p.paramsActive).toBe(countParams(moeArch).paramsActive + 3 * 4);
    });

    it("shared experts are always active; the shared-expert gate adds one hidden-wide row per layer", () => {
      const shared = { count: 2, mlp: { gated: true, intermediateSize: 32 } };
      const withShared = countParams({ ...moeArch, moe: { ...moeArch.moe!, shared } });
      expect(withShared.paramsTotal).toBe(total(moeArch) + 3 * 2 * expert);
      expect(withShared.paramsActive).toBe(countParams(moeArch).paramsActive + 3 * 2 * expert);
      const gatedShared = countParams({ ...moeArch, moe: { ...moeArch.moe!, shared: { ...shared, gate: true } } });
      expect(gatedShared.paramsTotal).toBe(withShared.paramsTotal + 3 * 64);
      expect(gatedShared.paramsActive).toBe(withShared.paramsActive + 3 * 64);
    });

    it("dense first layers use the dense MLP and are not MoE layers", () => {
      const p = countParams({ ...moeArch, mlp: base.mlp, moe: { ...moeArch.moe!, firstDenseLayers: 1 } });
      expect(p.moeLayers).toBe(2);
      expect(p.routedExpertParams).toBe(2 * 4 * expert);
      expect(p.denseFeedForwardParams).toBe(49_152 + 2 * router);
    });

    it("experts with biases count gate, up and down biases", () => {
      const p = countParams({ ...moeArch, moe: { ...moeArch.moe!, expert: { gated: true, intermediateSize: 32, bias: true } } });
      expect(p.paramsPerExpert).toBe(expert + 2 * 32 + 64);
    });

    it("rejects dense first layers without a dense MLP, and a dense model without an MLP", () => {
      expect(() => countParams({ ...moeArch, moe: { ...moeArch.moe!, firstDenseLayers: 1 } })).toThrow();
      expect(() => countParams({ ...base, mlp: undefined })).toThrow();
    });
  });

  describe("multi-head latent attention", () => {
    const mla = (qLoraRank: number | null): Architecture => ({
      ...base,
      attention: { kind: "mla", numHeads: 4, qLoraRank, kvLoraRank: 32, qkNopeHeadDim: 16, qkRopeHeadDim: 8, vHeadDim: 16 },
    });
    const rest = baseTotal - 3 * 20_480;

    it("projects queries directly when qLoraRank is null", () => {
      // q 64 × 4 × 24 = 6,144; kv_a 64 × 40 = 2,560; kv_a_norm 32; kv_b 32 × 4 × 32 = 4,096; o 4 × 16 × 64 = 4,096
      expect(countParams(mla(null)).attentionParams).toBe(3 * (6_144 + 2_560 + 32 + 4_096 + 4_096));
      expect(total(mla(null))).toBe(rest + 3 * 16_928);
    });

    it("adds the q down-projection, its norm and the up-projection with a q-LoRA", () => {
      // q_a 64 × 16 = 1,024; q_a_norm 16; q_b 16 × 4 × 24 = 1,536 — in place of the direct 6,144
      expect(countParams(mla(16)).attentionParams).toBe(3 * (1_024 + 16 + 1_536 + 2_560 + 32 + 4_096 + 4_096));
    });
  });
});

describe("optional layouts of the newer families", () => {
  // BLOOM-176B (bigscience/bloom config.json): hidden 14,336, 70 layers, 112 heads, vocab 250,880; fused
  // query_key_value and dense with biases, 4 × hidden MLP with biases, LayerNorms with bias, a LayerNorm after the
  // embedding, tied head. The model card states 176,247,271,424 parameters.
  const bloom: Architecture = {
    hiddenSize: 14336,
    numLayers: 70,
    vocabSize: 250880,
    tieWordEmbeddings: true,
    attention: { kind: "standard", numHeads: 112, numKvHeads: 112, headDim: 128, qkvBias: true, outputBias: true },
    mlp: { gated: false, intermediateSize: 4 * 14336, bias: true },
    norm: "layernorm",
    normsPerLayer: 2,
    embeddingNorm: true,
  };

  it("embeddingNorm adds one norm: BLOOM-176B comes to the card's 176,247,271,424", () => {
    expect(countParams(bloom).paramsTotal).toBe(176_247_271_424);
    expect(countParams({ ...bloom, embeddingNorm: undefined }).paramsTotal).toBe(176_247_271_424 - 2 * 14336);
  });

  it("normBias false counts a LayerNorm's weight only (MPT-30B: the card's 29.95B)", () => {
    const mpt30b: Architecture = {
      hiddenSize: 7168,
      numLayers: 48,
      vocabSize: 50432,
      tieWordEmbeddings: true,
      attention: { kind: "standard", numHeads: 64, numKvHeads: 64, headDim: 112 },
      mlp: { gated: false, intermediateSize: 28672 },
      norm: "layernorm",
      normBias: false,
      normsPerLayer: 2,
    };
    // 50,432 × 7,168 + 48 × (12 × 7,168² + 2 × 7,168) + 7,168 = 29,957,200,896.
    expect(countParams(mpt30b).paramsTotal).toBe(29_957_200_896);
  });

  it("layerInterval puts experts on every n-th layer and the dense MLP on the rest", () => {
    const interleaved: Architecture = {
      ...llama31_8b,
      mlp: { gated: true, intermediateSize: 1000 },
      moe: { numExperts: 4, topK: 1, expert: { gated: true, intermediateSize: 100 }, layerInterval: 2 },
    };
    const p = countParams(interleaved);
    expect(p.moeLayers).toBe(16);
    // 16 dense layers of 3 × 4,096 × 1,000; 16 MoE layers with a router of 4,096 × 4 and 4 experts of 3 × 4,096 × 100.
    expect(p.denseFeedForwardParams).toBe(16 * 3 * 4096 * 1000 + 16 * 4096 * 4);
    expect(p.routedExpertParams).toBe(16 * 4 * 3 * 4096 * 100);
    expect(() => countParams({ ...interleaved, mlp: undefined })).toThrow();
  });

  it("outputGate doubles the query projection (Qwen3-Next's gated attention)", () => {
    const gated = countParams({ ...llama31_8b, attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128, outputGate: true } });
    expect(gated.attentionParams - countParams(llama31_8b).attentionParams).toBe(32 * 4096 * 4096);
  });

  it("cross-attention layers add q/k norms and two gates; linear-attention layers count Gated DeltaNet weights", () => {
    const cross = countParams({ ...llama31_8b, crossAttention: { layers: [3, 8], imageTokens: 6404 } });
    expect(cross.attentionParams - countParams(llama31_8b).attentionParams).toBe(2 * (2 * 128 + 2));
    const layerTypes = Array.from({ length: 32 }, (_, i): "linear" | "full" => ((i + 1) % 4 === 0 ? "full" : "linear"));
    const hybrid = countParams({
      ...llama31_8b,
      linearAttention: { layerTypes, numKeyHeads: 16, numValueHeads: 32, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 4 },
    });
    // One Gated DeltaNet layer at hidden 4,096: in_proj_qkvz 4,096 × (2 × 2,048 + 2 × 4,096), in_proj_ba 4,096 × 64,
    // conv1d 8,192 × 4, dt_bias and A_log 2 × 32, norm 128, out_proj 4,096 × 4,096.
    const linearLayer = 4096 * 12288 + 4096 * 64 + 8192 * 4 + 64 + 128 + 4096 * 4096;
    const fullLayer = 2 * 4096 * 4096 + 2 * 4096 * 1024;
    expect(hybrid.attentionParams).toBe(24 * linearLayer + 8 * fullLayer);
  });
});
