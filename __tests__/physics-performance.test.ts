import { describe, expect, it } from "vitest";
import type { Architecture } from "../src/physics/architecture.js";
import { countParams } from "../src/physics/params.js";
import {
  computeBoundDecodeBatch,
  decodeArithmeticIntensity,
  decodeEstimate,
  expectedDistinctExperts,
  paramsReadPerDecodeStep,
  prefillAttentionFlops,
  prefillEstimate,
  prefillFlops,
  requiredDecodeBandwidthBytesPerSec,
  ridgePointFlopsPerByte,
} from "../src/physics/performance.js";
import { GEMMA_2_9B, LLAMA_3_1_8B, MIXTRAL_8X7B } from "./helpers/architectures.js";

// H100 SXM data sheet: 3.35 TB/s HBM3, 989.4 TFLOPS dense BF16 (1,979 with sparsity).
const H100_BANDWIDTH = 3.35e12;
const H100_BF16 = 989.4e12;

describe("the bandwidth formula (docs/physics.md#required-bandwidth)", () => {
  it("70B in BF16 at 30 tokens/s needs 4.23 TB/s", () => {
    // 70,553,706,496 active params × 2 bytes × 30 tokens/s = 4,233,222,389,760 bytes/s.
    expect(requiredDecodeBandwidthBytesPerSec(70_553_706_496, "bf16", 30)).toBe(4_233_222_389_760);
  });

  it("uses active, not total, params for MoE: Mixtral at INT8 and 50 tokens/s", () => {
    // 12,879,925,248 × 1 byte × 50 = 643,996,262,400.
    expect(requiredDecodeBandwidthBytesPerSec(12_879_925_248, "int8", 50)).toBe(643_996_262_400);
  });
});

describe("expected distinct experts per MoE layer: E × (1 − (1 − k/E)^B)", () => {
  it("is top-k at batch 1 and approaches E", () => {
    expect(expectedDistinctExperts(8, 2, 1)).toBeCloseTo(2, 12);
    // 8 × (1 − 0.75^4) = 8 × 0.68359375 = 5.46875
    expect(expectedDistinctExperts(8, 2, 4)).toBeCloseTo(5.46875, 12);
    expect(expectedDistinctExperts(256, 8, 1)).toBeCloseTo(8, 10);
    expect(expectedDistinctExperts(8, 2, 1000)).toBeCloseTo(8, 10);
  });
});

describe("weights read per decode step", () => {
  it("reads one embedding row per token, not the table, when untied", () => {
    // Llama-3.1-8B: 8,030,261,248 − 525,336,576 (embedding) + 4,096 (one row) = 7,504,928,768.
    expect(paramsReadPerDecodeStep(LLAMA_3_1_8B, countParams(LLAMA_3_1_8B), 1)).toBe(7_504_928_768);
  });

  it("reads the whole table when it is tied to the output head", () => {
    const p = countParams(GEMMA_2_9B);
    expect(paramsReadPerDecodeStep(GEMMA_2_9B, p, 1)).toBe(p.paramsTotal);
  });

  it("reads top-k experts at batch 1 and more as the batch grows", () => {
    // Mixtral: active 12,879,925,248 − 131,072,000 embedding + 4,096 row = 12,748,857,344.
    const p = countParams(MIXTRAL_8X7B);
    expect(paramsReadPerDecodeStep(MIXTRAL_8X7B, p, 1)).toBeCloseTo(12_748_857_344, 0);
    // Batch 4: 5.46875 experts per layer instead of 2: 3.46875 × 32 × 176,160,768 more, plus 3 embedding rows.
    expect(paramsReadPerDecodeStep(MIXTRAL_8X7B, p, 4)).toBeCloseTo(12_748_857_344 + 3.46875 * 32 * 176_160_768 + 3 * 4096, 0);
  });
});

describe("decode speed", () => {
  it("Llama-3.1-8B BF16 on one H100 at batch 1 and 8192 tokens: ~166.6 tokens/s", () => {
    // Bytes per step: 7,504,928,768 × 2 + KV 8192 × 131,072 = 16,083,599,360.
    // At 80% of 3.35 TB/s = 2.68e12 bytes/s: 6.0013 ms per token → 166.63 tokens/s.
    const d = decodeEstimate({
      arch: LLAMA_3_1_8B,
      params: countParams(LLAMA_3_1_8B),
      weightPrecision: "bf16",
      kvPrecision: "bf16",
      contextTokens: 8192,
      batch: 1,
      tensorParallel: 1,
      pipelineParallel: 1,
      bandwidthBytesPerSecPerGpu: H100_BANDWIDTH,
    });
    expect(d.bytesPerStep).toBe(16_083_599_360);
    expect(d.tokensPerSecPerSequence).toBeCloseTo(2.68e12 / 16_083_599_360, 9);
    expect(d.tokensPerSecPerSequence).toBeCloseTo(166.63, 2);
  });

  it("batching amortizes the weights: total throughput grows, per-sequence speed falls", () => {
    const base = {
      arch: LLAMA_3_1_8B,
      params: countParams(LLAMA_3_1_8B),
      weightPrecision: "bf16" as const,
      kvPrecision: "bf16" as const,
      contextTokens: 2048,
      tensorParallel: 1,
      pipelineParallel: 1,
      bandwidthBytesPerSecPerGpu: H100_BANDWIDTH,
    };
    const one = decodeEstimate({ ...base, batch: 1 });
    const many = decodeEstimate({ ...base, batch: 32 });
    expect(many.tokensPerSecTotal).toBeGreaterThan(10 * one.tokensPerSecTotal);
    expect(many.tokensPerSecPerSequence).toBeLessThan(one.tokensPerSecPerSequence);
  });

  it("tensor parallelism adds bandwidth; pipeline stages do not speed up one token", () => {
    const base = {
      arch: LLAMA_3_1_8B,
      params: countParams(LLAMA_3_1_8B),
      weightPrecision: "bf16" as const,
      kvPrecision: "bf16" as const,
      contextTokens: 0,
      batch: 1,
      bandwidthBytesPerSecPerGpu: H100_BANDWIDTH,
    };
    const single = decodeEstimate({ ...base, tensorParallel: 1, pipelineParallel: 1 });
    const tp2 = decodeEstimate({ ...base, tensorParallel: 2, pipelineParallel: 1 });
    const pp2 = decodeEstimate({ ...base, tensorParallel: 1, pipelineParallel: 2 });
    expect(tp2.tokensPerSecPerSequence).toBeCloseTo(2 * single.tokensPerSecPerSequence, 6);
    expect(pp2.tokensPerSecPerSequence).toBeCloseTo(single.tokensPerSecPerSequence, 6);
  });
});

describe("prefill", () => {
  // One layer, one head, head dim 1: attention FLOPs = 2 × 1 × (1 + 1) × attended positions.
  const tiny: Architecture = {
    hiddenSize: 1,
    numLayers: 1,
    vocabSize: 1,
    tieWordEmbeddings: true,
    attention: { kind: "standard", numHeads: 1, numKvHeads: 1, headDim: 1 },
    mlp: { gated: false, intermediateSize: 1 },
    norm: "rmsnorm",
    normsPerLayer: 2,
  };

  it("counts causal attention: P(P+1)/2 positions on a global layer", () => {
    // P = 4: 10 positions × 4 FLOPs = 40.
    expect(prefillAttentionFlops(tiny, 4)).toBe(40);
  });

  it("counts w(w+1)/2 + (P − w)w positions on a windowed layer", () => {
    // w = 2, P = 4: 3 + 4 = 7 positions × 4 FLOPs = 28.
    expect(prefillAttentionFlops({ ...tiny, slidingWindow: { windowTokens: 2 } }, 4)).toBe(28);
  });

  it("is 2 × matmul params × tokens plus attention", () => {
    // Llama-3.1-8B, 1 token: matmul params = 8,030,261,248 − 525,336,576 = 7,504,924,672;
    // attention 2 × 32 heads × 256 × 1 position × 32 layers = 524,288.
    expect(prefillFlops(LLAMA_3_1_8B, countParams(LLAMA_3_1_8B), 1)).toBe(2 * 7_504_924_672 + 524_288);
  });

  it("is compute-bound: thousands of FLOPs per byte for a long prompt", () => {
    const p = prefillEstimate({
      arch: LLAMA_3_1_8B,
      params: countParams(LLAMA_3_1_8B),
      weightPrecision: "bf16",
      kvCacheBytesForPrompt: 8192 * 131_072,
      promptTokens: 8192,
      tensorParallel: 1,
      peakFlopsPerSecPerGpu: H100_BF16,
    });
    expect(p.arithmeticIntensityFlopsPerByte).toBeGreaterThan(ridgePointFlopsPerByte(H100_BF16, H100_BANDWIDTH));
    expect(p.secondsAtPeak).toBeCloseTo(p.flops / H100_BF16, 12);
  });
});

describe("arithmetic intensity and the ridge point", () => {
  it("H100 BF16 ridge point is 295 FLOPs/byte", () => {
    // 989.4e12 / 3.35e12 = 295.34
    expect(ridgePointFlopsPerByte(H100_BF16, H100_BANDWIDTH)).toBeCloseTo(295.34, 2);
  });

  const query = {
    arch: LLAMA_3_1_8B,
    params: countParams(LLAMA_3_1_8B),
    weightPrecision: "bf16" as const,
    kvPrecision: "bf16" as const,
    contextTokens: 128,
    tensorParallel: 1,
    pipelineParallel: 1,
    bandwidthBytesPerSecPerGpu: H100_BANDWIDTH,
  };

  it("decode at batch 1 in BF16 is about 1 FLOP per byte: memory-bound", () => {
    expect(decodeArithmeticIntensity({ ...query, batch: 1 })).toBeCloseTo(1, 1);
  });

  it("finds the first batch that reaches the ridge, as a linear scan does", () => {
    const ridge = ridgePointFlopsPerByte(H100_BF16, H100_BANDWIDTH);
    let linear = 1;
    while (decodeArithmeticIntensity({ ...query, batch: linear }) < ridge) linear++;
    expect(computeBoundDecodeBatch(query, ridge)).toBe(linear);
  });

  it("says never when KV reads keep decode memory-bound", () => {
    // At 128K context each sequence's KV reads outweigh its FLOPs: intensity tends to
    // 2 × heads × 256 / (2 × 8 heads × 128 × 2 bytes) ≈ 4 FLOPs/byte < 295.
    expect(computeBoundDecodeBatch({ ...query, contextTokens: 131072 }, ridgePointFlopsPerByte(H100_BF16, H100_BANDWIDTH))).toBeNull();
  });
});
