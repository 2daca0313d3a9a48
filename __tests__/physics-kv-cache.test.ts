import { describe, expect, it } from "vitest";
import {
  kvBytesPerToken,
  kvBytesPerTokenPerLayer,
  kvCacheBytes,
  kvCacheBytesPerGpu,
  fixedStateBytesPerSequence,
  kvHeadsPerRank,
  attendedTokens,
  layerWindow,
  layerWindows,
  pipelineStages,
} from "../src/physics/kv-cache.js";
import { DEEPSEEK_V3, GEMMA_2_9B, GPT_OSS_120B, LLAMA_3_1_70B, LLAMA_3_1_8B, MISTRAL_7B_V01 } from "./helpers/architectures.js";

describe("KV bytes per token", () => {
  it("Llama-3.1-8B in BF16 is 131,072 bytes", () => {
    // 2 (K and V) × 32 layers × 8 KV heads × 128 head dim × 2 bytes = 131,072.
    expect(kvBytesPerToken(LLAMA_3_1_8B, "bf16")).toBe(131_072);
  });

  it("Llama-3.1-70B in BF16 is 327,680 bytes", () => {
    // 2 × 80 layers × 8 × 128 × 2 = 327,680.
    expect(kvBytesPerToken(LLAMA_3_1_70B, "bf16")).toBe(327_680);
  });

  it("DeepSeek-V3's MLA latent in BF16 is 70,272 bytes", () => {
    // (kv_lora_rank 512 + qk_rope_head_dim 64) × 61 layers × 2 bytes = 70,272.
    expect(kvBytesPerToken(DEEPSEEK_V3, "bf16")).toBe(70_272);
  });

  it("halves in FP8 and doubles in FP32", () => {
    expect(kvBytesPerToken(LLAMA_3_1_8B, "fp8")).toBe(65_536);
    expect(kvBytesPerToken(LLAMA_3_1_8B, "fp32")).toBe(262_144);
  });
});

describe("tensor parallelism", () => {
  it("splits KV heads across ranks and replicates one when ranks outnumber heads", () => {
    expect(kvHeadsPerRank(8, 1)).toBe(8);
    expect(kvHeadsPerRank(8, 2)).toBe(4);
    expect(kvHeadsPerRank(8, 8)).toBe(1);
    expect(kvHeadsPerRank(8, 16)).toBe(1);
    expect(kvHeadsPerRank(1, 4)).toBe(1);
  });

  it("per-GPU bytes per layer follow the heads each rank holds", () => {
    // 2 × 4 heads × 128 × 2 bytes = 2,048 at tp 2; one head = 512 at tp 8 and at tp 16.
    expect(kvBytesPerTokenPerLayer(LLAMA_3_1_8B, "bf16", 2)).toBe(2_048);
    expect(kvBytesPerTokenPerLayer(LLAMA_3_1_8B, "bf16", 8)).toBe(512);
    expect(kvBytesPerTokenPerLayer(LLAMA_3_1_8B, "bf16", 16)).toBe(512);
  });

  it("replicates the MLA latent on every rank", () => {
    expect(kvBytesPerToken(DEEPSEEK_V3, "bf16", 8)).toBe(70_272);
  });
});

describe("sliding windows", () => {
  it("windows every layer of Mistral-7B-v0.1", () => {
    expect(layerWindows(MISTRAL_7B_V01)).toEqual(new Array(32).fill(4096));
  });

  it("alternates local and global layers in Gemma 2, local first", () => {
    const windows = layerWindows(GEMMA_2_9B);
    expect(windows.slice(0, 4)).toEqual([4096, null, 4096, null]);
    expect(windows.filter((w) => w === null)).toHaveLength(21);
  });

  it("honours explicit layer types", () => {
    const arch = { ...LLAMA_3_1_8B, numLayers: 3, slidingWindow: { windowTokens: 10, layerTypes: ["full", "sliding", "sliding"] as Array<"full" | "sliding"> } };
    expect(layerWindows(arch)).toEqual([null, 10, 10]);
  });

  it("caps Mistral-7B-v0.1's cache at its window", () => {
    // 4096 tokens × 131,072 bytes = 536,870,912 bytes (0.5 GiB), whether the context is 4096 or 32768.
    expect(kvCacheBytes({ arch: MISTRAL_7B_V01, kvPrecision: "bf16", contextTokens: 4096, batch: 1 })).toBe(536_870_912);
    expect(kvCacheBytes({ arch: MISTRAL_7B_V01, kvPrecision: "bf16", contextTokens: 32768, batch: 1 })).toBe(536_870_912);
    expect(kvCacheBytes({ arch: MISTRAL_7B_V01, kvPrecision: "bf16", contextTokens: 1000, batch: 1 })).toBe(1000 * 131_072);
  });

  it("sums Gemma-2-9B layer by layer", () => {
    // Per layer per token: 2 × 8 × 256 × 2 = 8,192 bytes. At 8192 tokens: 21 local layers hold 4096,
    // 21 global hold 8192: 21 × 8,192 × (4,096 + 8,192) = 2,113,929,216.
    expect(kvCacheBytes({ arch: GEMMA_2_9B, kvPrecision: "bf16", contextTokens: 8192, batch: 1 })).toBe(2_113_929_216);
  });

  it("sums gpt-oss-120b's 128-token windows", () => {
    // Per layer per token 2 × 8 × 64 × 2 = 2,048. 18 windowed layers hold 128, 18 global 8192:
    // 18 × 2,048 × (128 + 8,192) = 306,708,480.
    expect(kvCacheBytes({ arch: GPT_OSS_120B, kvPrecision: "bf16", contextTokens: 8192, batch: 1 })).toBe(306_708_480);
  });
});

describe("linear growth", () => {
  it("grows linearly with batch and context", () => {
    const one = kvCacheBytes({ arch: LLAMA_3_1_8B, kvPrecision: "bf16", contextTokens: 8192, batch: 1 });
    expect(one).toBe(1_073_741_824); // 8192 × 131,072 = 1 GiB exactly
    expect(kvCacheBytes({ arch: LLAMA_3_1_8B, kvPrecision: "bf16", contextTokens: 8192, batch: 16 })).toBe(16 * one);
    expect(kvCacheBytes({ arch: LLAMA_3_1_8B, kvPrecision: "bf16", contextTokens: 16384, batch: 1 })).toBe(2 * one);
  });
});

describe("pipeline stages", () => {
  it("splits layers evenly, the first stages taking the remainder", () => {
    expect(pipelineStages(10, 3)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 7 },
      { start: 7, end: 10 },
    ]);
  });

  it("puts the busiest stage's cache on each GPU", () => {
    // Llama-3.1-70B over tp 4 × pp 2: 40 layers per stage, 2 KV heads per rank:
    // 2 (K and V) × 2 heads × 128 × 2 bytes = 1,024 per layer × 40 layers = 40,960 bytes/token.
    expect(kvCacheBytesPerGpu({ arch: LLAMA_3_1_70B, kvPrecision: "bf16", contextTokens: 1, batch: 1, tensorParallel: 4, pipelineParallel: 2 })).toBe(40_960);
  });
});

describe("layers whose cache does not grow with the context", () => {
  const layerTypes = Array.from({ length: 32 }, (_, i): "linear" | "full" => ((i + 1) % 4 === 0 ? "full" : "linear"));

  it("a cross-attention layer caches its image tokens once per sequence, not per text token", () => {
    const vision = { ...LLAMA_3_1_8B, crossAttention: { layers: [3, 8], imageTokens: 6404 } };
    // 30 self-attention layers × 4,096 bytes per token (2 × 8 × 128 × 2) grow; 2 layers hold 6,404 tokens each.
    expect(kvBytesPerToken(vision, "bf16")).toBe(30 * 4096);
    expect(fixedStateBytesPerSequence(vision, "bf16")).toBe(2 * 6404 * 4096);
    expect(kvCacheBytes({ arch: vision, kvPrecision: "bf16", contextTokens: 100, batch: 3 })).toBe(3 * (30 * 100 + 2 * 6404) * 4096);
    expect(layerWindows(vision)[3]).toBe(0);
  });

  it("a linear-attention layer keeps a recurrent state and a convolution window, split by tensor parallelism", () => {
    const hybrid = {
      ...LLAMA_3_1_8B,
      linearAttention: { layerTypes, numKeyHeads: 16, numValueHeads: 32, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 4 },
    };
    // Qwen3-Next's Gated DeltaNet: 32 value heads × 128 × 128 state plus (2 × 16 × 128 + 32 × 128) channels × 3 inputs.
    const perLayer = (32 * 128 * 128 + 8192 * 3) * 2;
    expect(fixedStateBytesPerSequence(hybrid, "bf16")).toBe(24 * perLayer);
    expect(fixedStateBytesPerSequence(hybrid, "bf16", 2)).toBe(24 * perLayer / 2);
    expect(kvCacheBytes({ arch: hybrid, kvPrecision: "bf16", contextTokens: 1000, batch: 1 })).toBe(8 * 1000 * 4096 + 24 * perLayer);
    // A pipeline stage holds the state of its own layers only.
    expect(kvCacheBytes({ arch: hybrid, kvPrecision: "bf16", contextTokens: 1000, batch: 1, layers: { start: 0, end: 4 } })).toBe(1000 * 4096 + 3 * perLayer);
  });

  it("is zero for every architecture without such layers", () => {
    expect(fixedStateBytesPerSequence(LLAMA_3_1_8B, "bf16")).toBe(0);
  });
});

describe("attendedTokens", () => {
  it("is the layers × the context where every layer is global: Llama-3.1-8B, 32 layers × 8,192 = 262,144", () => {
    expect(attendedTokens(LLAMA_3_1_8B, 8192, 0, 32)).toBe(262_144);
    // A pipeline stage: layers 16–31.
    expect(attendedTokens(LLAMA_3_1_8B, 8192, 16, 32)).toBe(131_072);
    expect(attendedTokens(LLAMA_3_1_8B, 8192, 5, 5)).toBe(0);
  });

  it("caps windowed layers at their window: Gemma-2-9B at 16,384 tokens, 21 global × 16,384 + 21 sliding × 4,096 = 430,080", () => {
    // Gemma 2 alternates a 4,096-token sliding layer and a global one (globalEvery 2): 42 layers, 21 of each.
    expect(attendedTokens(GEMMA_2_9B, 16_384, 0, 42)).toBe(21 * 16_384 + 21 * 4096);
    expect(attendedTokens(GEMMA_2_9B, 2048, 0, 42)).toBe(42 * 2048);
  });

  it("agrees with the per-layer windows, one layer at a time", () => {
    const windows = layerWindows(GEMMA_2_9B);
    for (let layer = -1; layer <= 42; layer++) expect(layerWindow(GEMMA_2_9B, layer)).toBe(windows[layer] ?? null);
  });
});
