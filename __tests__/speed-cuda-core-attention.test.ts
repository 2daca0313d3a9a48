import { describe, expect, it } from "vitest";
import { countParams } from "../src/physics/params.js";
import { SPEED_CONSTANTS_FILE, decodeTerms, maskedMhaDecode, stepContext, stepTimes, type DecodeSpeedQuery, type SpeedConstants } from "../src/physics/speed-model.js";
import type { Architecture } from "../src/physics/architecture.js";
import { DEEPSEEK_V3, GEMMA_2_9B, GPT_OSS_120B, LLAMA_3_1_70B, LLAMA_3_1_8B } from "./helpers/architectures.js";

/**
 * Decode attention on CUDA cores (TensorRT-LLM's masked MHA kernel): which layouts and versions run it
 * (maskedMhaDecode), and the compute ceiling it sets, attention FLOPs ÷ (16-bit dense peak × μ_cc).
 * Sources of the dispatch rule: NVIDIA/TensorRT-LLM decoderXQAImplJIT/kernelUtils.cpp (supportConfigCommon:
 * no XQA for "vanilla MHA" at beam width 1), the 0.9/0.10 xqa_kernel_cubin.h (precompiled XQA only for
 * 8 query heads per KV head, head size 128/256) and 0.9.0's docs/source/performance.md (XQA enabled
 * for Llama-2-70B and Falcon-180B only).
 */

// Llama-2-7B's layout: Llama-3.1-8B's with as many KV heads as query heads (multi-head attention).
const MHA: Architecture = { ...LLAMA_3_1_8B, attention: { kind: "standard", numHeads: 32, numKvHeads: 32, headDim: 128 } };

describe("maskedMhaDecode: where TensorRT-LLM decodes on CUDA cores", () => {
  it("runs multi-head models on masked MHA in every version (XQA declines vanilla MHA)", () => {
    expect(maskedMhaDecode(MHA, "trtllm", "0.9.0")).toBe(true);
    expect(maskedMhaDecode(MHA, "trtllm", "0.17.0")).toBe(true);
    expect(maskedMhaDecode(MHA, "trtllm")).toBe(true);
  });

  it("before 0.11 runs every group size but 8 (head 128 or 256) on masked MHA", () => {
    // Llama-3.1-8B / Mistral-7B: 32 query heads over 8 KV heads, 4 per group.
    expect(maskedMhaDecode(LLAMA_3_1_8B, "trtllm", "0.9.0")).toBe(true);
    expect(maskedMhaDecode(LLAMA_3_1_8B, "trtllm", "v0.10.0")).toBe(true);
    // Gemma-2-9B: 2 per group, head 256.
    expect(maskedMhaDecode(GEMMA_2_9B, "trtllm", "0.9.0")).toBe(true);
    // Llama-3.1-70B: 64 over 8, 8 per group, head 128: the precompiled XQA kernels serve it.
    expect(maskedMhaDecode(LLAMA_3_1_70B, "trtllm", "0.9.0")).toBe(false);
    // gpt-oss-120b: 8 per group but head 64, which the precompiled kernels do not cover.
    expect(maskedMhaDecode(GPT_OSS_120B, "trtllm", "0.9.0")).toBe(true);
  });

  it("from 0.11, or with no version stated, runs grouped-query models on XQA", () => {
    expect(maskedMhaDecode(LLAMA_3_1_8B, "trtllm", "0.11.0")).toBe(false);
    expect(maskedMhaDecode(LLAMA_3_1_8B, "trtllm", "1.0.0")).toBe(false);
    expect(maskedMhaDecode(LLAMA_3_1_8B, "trtllm")).toBe(false);
    expect(maskedMhaDecode(GPT_OSS_120B, "trtllm", "1.0.0")).toBe(false);
  });

  it("never applies to MLA or to other engines", () => {
    expect(maskedMhaDecode(DEEPSEEK_V3, "trtllm", "0.9.0")).toBe(false);
    expect(maskedMhaDecode(MHA, "vllm", "0.6.3")).toBe(false);
    expect(maskedMhaDecode(LLAMA_3_1_8B, "sglang", "0.4.0")).toBe(false);
    expect(maskedMhaDecode(MHA, undefined)).toBe(false);
  });
});

// H100 SXM data sheet: 3.35 TB/s, 989.4 TFLOPS dense FP16/BF16, 1,978.9 TFLOPS dense FP8.
const H100 = { vendor: "nvidia", bandwidthBytesPerSec: 3.35e12, memoryTechnology: "hbm", interconnectLink: { kind: "nvlink", bytesPerSec: 900e9 }, peakFlopsPerSec: { fp16: 989.4e12 } } as const;
const H100_FP8 = 1978.9e12;

// Round constants: η = 0.5, ρ_kv = 0.5, μ = 0.5, μ_cc = 0.01.
const TEST: SpeedConstants = {
  ...SPEED_CONSTANTS_FILE.constants,
  bandwidthEfficiency: { "nvidia-hbm": 0.5, "amd-hbm": 0.5, "other-hbm": 0.5, gddr: 0.5, lpddr: 0.5 },
  kvEfficiencyRelative: 0.5,
  decodeComputeFraction: 0.5,
  cudaCoreAttentionFraction: 0.01,
};

function query(overrides: Partial<DecodeSpeedQuery> = {}): DecodeSpeedQuery {
  return {
    arch: LLAMA_3_1_8B,
    params: countParams(LLAMA_3_1_8B),
    weightPrecision: "fp8",
    kvPrecision: "bf16",
    contextTokens: 1024,
    batch: 64,
    tensorParallel: 1,
    pipelineParallel: 1,
    gpu: H100,
    peakFlopsPerSecPerGpu: H100_FP8,
    engine: "trtllm",
    engineVersion: "0.9.0",
    ...overrides,
  };
}

describe("the compute ceiling of attention on CUDA cores", () => {
  // Attention FLOPs of one token: 2 × 32 query heads × (128 + 128) × 1,024 positions × 32 layers = 536,870,912;
  // × 64 sequences = 34,359,738,368 per step.
  const FLOPS = 34_359_738_368;

  it("counts the FLOPs by query heads and runs them at μ_cc × the 16-bit peak", () => {
    const terms = decodeTerms(query());
    expect(terms.cudaCoreAttention).toBe(true);
    expect(terms.attentionFlopsPerGpu).toBe(FLOPS);
    const times = stepTimes(terms, stepContext(query()), TEST);
    // 34,359,738,368 ÷ (989.4e12 × 0.01) = 3.4728 ms, not ÷ FP8's 1,978.9e12.
    expect(times.computeSeconds.attention).toBeCloseTo(FLOPS / 9.894e12, 12);
    expect(times.computeSeconds.attention * 1e3).toBeCloseTo(3.4728, 4);
  });

  it("bounds the KV class when it exceeds the cache's read time", () => {
    // KV: 8 KV heads × 128 × 2 (K and V) × 2 bytes × 32 layers = 131,072 bytes a token × 1,024 × 64 = 8,589,934,592 bytes,
    // ÷ (3.35e12 × 0.5 × 0.5) = 10.2566 ms. At μ_cc = 0.001 attention takes 34.728 ms and bounds it.
    const slow = { ...TEST, cudaCoreAttentionFraction: 0.001 };
    const terms = decodeTerms(query());
    const times = stepTimes(terms, stepContext(query()), slow);
    expect(times.memorySeconds.kvCache * 1e3).toBeCloseTo(10.2566, 4);
    expect(times.computeSeconds.attention * 1e3).toBeCloseTo(34.728, 3);
    const withoutAttention = stepTimes({ ...terms, attentionFlopsPerGpu: 0 }, stepContext(query()), slow);
    expect(times.kernelSeconds - withoutAttention.kernelSeconds).toBeCloseTo(times.computeSeconds.attention - times.memorySeconds.kvCache, 12);
  });

  it("leaves tensor-core attention at μ × the format's peak (XQA, other engines)", () => {
    const q = query({ engineVersion: "0.11.0" });
    const terms = decodeTerms(q);
    expect(terms.cudaCoreAttention).toBe(false);
    // 34,359,738,368 ÷ (1,978.9e12 × 0.5) = 34.726 µs.
    expect(stepTimes(terms, stepContext(q), TEST).computeSeconds.attention * 1e6).toBeCloseTo(34.726, 3);
  });

  it("falls back to the query's peak when the GPU states no 16-bit peak", () => {
    const gpu = { vendor: "nvidia", bandwidthBytesPerSec: 3.35e12 };
    const q = query({ gpu });
    // 34,359,738,368 ÷ (1,978.9e12 × 0.01) = 1.7363 ms.
    expect(stepTimes(decodeTerms(q), stepContext(q), TEST).computeSeconds.attention * 1e3).toBeCloseTo(1.7363, 4);
  });

  it("is fitted, with its provenance, in the shipped constants", () => {
    expect(SPEED_CONSTANTS_FILE.constants.cudaCoreAttentionFraction).toBeGreaterThan(0.005);
    expect(SPEED_CONSTANTS_FILE.constants.cudaCoreAttentionFraction).toBeLessThan(0.03);
    expect(SPEED_CONSTANTS_FILE.provenance["cudaCoreAttentionFraction"]).toMatch(/^fitted on .* from the \d+ training records/);
  });
});
