import { describe, expect, it } from "vitest";
import { GPUS } from "../src/catalog/gpus.js";
import { gpuLookup, modelLookup } from "../src/catalog/lookups.js";
import type { GpuSpec } from "../src/catalog/types.js";
import { countParams } from "../src/physics/params.js";
import {
  allReduceSeconds,
  decodeSpeed,
  decodeTerms,
  engineFamily,
  engineKey,
  errorBandFor,
  expertEfficiency,
  gpuClass,
  parseEngineVersion,
  perLayerSeconds,
  prefillSpeed,
  SPEED_CONSTANTS_FILE,
  stepContext,
  stepTimes,
  type DecodeSpeedQuery,
  type SpeedConstants,
  type SpeedConstantsFile,
} from "../src/physics/speed-model.js";
import { LLAMA_3_1_70B, LLAMA_3_1_8B, MIXTRAL_8X7B } from "./helpers/architectures.js";

// Round test constants, so that every time below is a hand computation.
const TEST: SpeedConstants = {
  bandwidthEfficiency: { "nvidia-hbm": 0.5, "amd-hbm": 0.25, "other-hbm": 0.5, gddr: 0.5, lpddr: 0.5 },
  kvEfficiencyRelative: 0.5,
  hostBoundKvEfficiencyRelative: 0.25,
  expertEfficiencyRelative: 0.1,
  expertHalfEfficiencyTokens: 5,
  // So large that the expert-size term leaves the hand computations below as they are (tested on its own).
  expertHalfPenaltyMatrixBytes: 1e30,
  quantizedKernelEfficiencyRelative: 0.5,
  decodeComputeFraction: 0.5,
  cudaCoreAttentionFraction: 0.01,
  prefillComputeFraction: 0.4,
  layerSeconds: { vllm: 100e-6, "vllm@<0.8": 100e-6, sglang: 100e-6, trtllm: 100e-6, lmdeploy: 100e-6, transformers: 1e-3, "llama.cpp": 100e-6, unknown: 100e-6 },
  eagerLayerSeconds: 50e-6,
  fixedCostRelative: { "nvidia-hbm": 1, "amd-hbm": 2, "other-hbm": 1, gddr: 1, lpddr: 1 },
  sequenceSeconds: { vllm: 10e-6, "vllm@<0.8": 10e-6, sglang: 10e-6, trtllm: 10e-6, lmdeploy: 10e-6, transformers: 10e-6, "llama.cpp": 10e-6, unknown: 10e-6 },
  allReduceLatencySeconds: { nvlink: 10e-6, xgmi: 20e-6, pcie: 50e-6, ethernet: 50e-6, none: 50e-6 },
  allReduceBandwidthEfficiency: { nvlink: 0.5, xgmi: 0.5, pcie: 0.5, ethernet: 0.5, none: 0.5 },
};

// H100 SXM data sheet: 3.35 TB/s, 989.4 TFLOPS dense BF16; NVLink 4 900 GB/s.
const H100 = { vendor: "nvidia", bandwidthBytesPerSec: 3.35e12, memoryTechnology: "hbm", interconnectLink: { kind: "nvlink", bytesPerSec: 900e9 } } as const;
const H100_BF16 = 989.4e12;

function llama8b(overrides: Partial<DecodeSpeedQuery> = {}): DecodeSpeedQuery {
  return {
    arch: LLAMA_3_1_8B,
    params: countParams(LLAMA_3_1_8B),
    weightPrecision: "bf16",
    kvPrecision: "bf16",
    contextTokens: 8192,
    batch: 1,
    tensorParallel: 1,
    pipelineParallel: 1,
    gpu: H100,
    peakFlopsPerSecPerGpu: H100_BF16,
    engine: "vllm",
    engineVersion: "0.11.0",
    ...overrides,
  };
}

describe("decode terms: bytes and FLOPs by kind (no constant)", () => {
  it("splits Llama-3.1-8B's step into linear layers, kept 16-bit tensors and KV cache", () => {
    const t = decodeTerms(llama8b());
    // Linear: attention 1,342,177,280 + MLP 5,637,144,576 = 6,979,321,856 params × 2 bytes.
    expect(t.linearBytesPerGpu).toBe(13_958_643_712);
    // Kept: one embedding row 4,096 + untied head 525,336,576 + norms 266,240 = 525,606,912 params × 2.
    expect(t.keptBytesPerGpu).toBe(1_051_213_824);
    // Together 15,009,857,536 bytes: decodeEstimate's weights per step (docs/physics.md#decode-speed).
    expect(t.linearBytesPerGpu + t.keptBytesPerGpu).toBe(15_009_857_536);
    // KV: 131,072 bytes per token × 8,192 tokens = 1 GiB.
    expect(t.kvBytesPerGpu).toBe(1_073_741_824);
    // Matmul FLOPs: 2 × (linear 6,979,321,856 + head 525,336,576) = 15,009,316,864.
    expect(t.denseFlopsPerGpu).toBe(15_009_316_864);
    // Attention: 2 × 32 heads × (128 + 128) × 32 layers × 8,192 positions = 4,294,967,296.
    expect(t.attentionFlopsPerGpu).toBe(4_294_967_296);
    expect(t.expertBytesPerGpu).toBe(0);
    expect(t.layersPerStage).toBe(32);
    expect(t.kvTrafficFactor).toBe(1);
    expect(t.linearQuantized).toBe(false);
  });

  it("counts the distinct experts a Mixtral batch touches, per tensor-parallel GPU", () => {
    const t = decodeTerms(llama8b({ arch: MIXTRAL_8X7B, params: countParams(MIXTRAL_8X7B), batch: 4, contextTokens: 4096, tensorParallel: 2 }));
    // 8 × (1 − 0.75^4) = 5.46875 experts per layer × 32 layers × 176,160,768 params × 2 bytes ÷ 2 GPUs.
    expect(t.expertBytesPerGpu).toBeCloseTo((32 * 5.46875 * 176_160_768 * 2) / 2, 0);
    expect(t.expertReadsPerGpu).toBeCloseTo(175, 9);
    // 4 tokens × top-2 ÷ 8 experts = 1 token per expert.
    expect(t.tokensPerExpert).toBe(1);
    expect(t.moeLayersPerStage).toBe(32);
  });

  it("caps the running sequences at what the KV capacity holds", () => {
    // 100,000 tokens ÷ 8,192 per sequence = 12 sequences of the 64 asked for.
    const t = decodeTerms(llama8b({ batch: 64, kvCapacityTokensPerRank: 100_000 }));
    expect(t.batchPerRank).toBe(12);
    expect(t.batchRunning).toBe(12);
    expect(t.kvBytesPerGpu).toBe(12 * 1_073_741_824);
  });

  it("reads quantized linear layers through the dequantizing kernel, not the 16-bit head", () => {
    const t = decodeTerms(llama8b({ weightPrecision: "int4", bytesPerWeightParam: 0.51953125, keptBytesPerParam: 2 }));
    // 6,979,321,856 × 0.51953125 (4 + 20/128 bits) = 3,625,975,808 bytes.
    expect(t.linearBytesPerGpu).toBe(3_625_975_808);
    expect(t.keptBytesPerGpu).toBe(1_051_213_824);
    expect(t.linearQuantized).toBe(true);
  });

  it("moves HF transformers' cache (3 + 2 × heads ÷ KV heads) times", () => {
    // Llama-3.1-8B: 32 heads ÷ 8 KV heads = 4: 3 + 8 = 11.
    expect(decodeTerms(llama8b({ engine: "transformers" })).kvTrafficFactor).toBe(11);
  });
});

describe("step times from terms and constants", () => {
  it("adds each kernel class at its roofline and the fixed costs per layer", () => {
    const t = stepTimes(decodeTerms(llama8b()), stepContext(llama8b()), TEST);
    // η 0.5 × 3.35e12 = 1.675e12 B/s: weights 15,009,857,536 ÷ 1.675e12 = 8.96111 ms.
    expect(t.memorySeconds.dense).toBeCloseTo(15_009_857_536 / 1.675e12, 12);
    // KV at ρ_kv 0.5: 1,073,741,824 ÷ 8.375e11 = 1.28208 ms.
    expect(t.memorySeconds.kvCache).toBeCloseTo(1_073_741_824 / 8.375e11, 12);
    // Compute at μ 0.5 × 989.4e12 = 4.947e14: 15,009,316,864 ÷ 4.947e14 = 30.3 µs, far under the memory time.
    expect(t.computeSeconds.dense).toBeCloseTo(15_009_316_864 / 4.947e14, 14);
    // 32 layers × 100 µs.
    expect(t.fixedSeconds).toBeCloseTo(3.2e-3, 12);
    expect(t.communicationSeconds).toBe(0);
    expect(t.sequenceSeconds).toBe(0);
    // 8.96111 + 1.28208 + 3.2 = 13.44319 ms.
    expect(t.stepSeconds).toBeCloseTo(15_009_857_536 / 1.675e12 + 1_073_741_824 / 8.375e11 + 3.2e-3, 12);
  });

  it("prices an all-reduce by latency × log2 tp and a ring's bytes on the link", () => {
    // 16 sequences × 8,192 hidden × 2 bytes = 262,144 bytes over tp 4 on NVLink 900 GB/s:
    // 10 µs × 2 + 1.5 × 262,144 ÷ (450e9 × 0.5) = 20 µs + 1.747627 µs.
    expect(allReduceSeconds(262_144, 4, H100.interconnectLink, TEST)).toBeCloseTo(20e-6 + 393_216 / 2.25e11, 15);
    expect(allReduceSeconds(262_144, 1, H100.interconnectLink, TEST)).toBe(0);
    // No link: PCIe's latency, 32 GB/s both ways: 50 µs + 393,216 ÷ (16e9 × 0.5).
    expect(allReduceSeconds(262_144, 4, { kind: "none", bytesPerSec: 0 }, TEST)).toBeCloseTo(100e-6 + 393_216 / 8e9, 15);
  });

  it("prices a PCIe all-reduce as nccl-tests measured it on 4 GPUs without NVLink (the shipped constants)", () => {
    // Source: nccl-tests `all_reduce_perf -b 8 -e 128M -f 2 -g 4`, NCCL_P2P_LEVEL=SYS, 4 × RTX 4090 over
    // PCIe 4.0 x16 (no NVLink), NCCL 2.23.4, https://github.com/tinygrad/open-gpu-kernel-modules/pull/22
    // (mylesgoose, 2024-11-15), out-of-place time: 262144 B 66.25 µs, 1048576 B 152.7 µs, 4194304 B 510.6 µs.
    // The model's PCIe constants are the line through the first and last of those rows.
    const pcie = SPEED_CONSTANTS_FILE.constants;
    const link = { kind: "pcie", bytesPerSec: 64e9 } as const; // PCIe 4.0 x16, as the catalog's L40S, L4, RTX 4090
    // 18.3 µs × log2 4 + 1.5 × 262,144 ÷ (32e9 × 0.415) = 36.6 µs + 29.61 µs = 66.21 µs (measured 66.25).
    expect(allReduceSeconds(262_144, 4, link, pcie)).toBeCloseTo(36.6e-6 + 393_216 / 13.28e9, 9);
    expect(allReduceSeconds(262_144, 4, link, pcie) * 1e6).toBeCloseTo(66.25, 0);
    // 36.6 µs + 1.5 × 4,194,304 ÷ 13.28e9 = 36.6 + 473.8 = 510.4 µs (measured 510.6).
    expect(allReduceSeconds(4_194_304, 4, link, pcie) * 1e6).toBeCloseTo(510.6, 0);
    // A middle row the line was not drawn through: 36.6 + 118.4 = 155.0 µs (measured 152.7), within 2%.
    expect(Math.abs(allReduceSeconds(1_048_576, 4, link, pcie) / 152.7e-6 - 1)).toBeLessThan(0.02);
  });

  it("adds two all-reduces per layer under tensor parallelism: Llama-3.1-70B on 4 × H100, 16 sequences", () => {
    const query = llama8b({ arch: LLAMA_3_1_70B, params: countParams(LLAMA_3_1_70B), batch: 16, tensorParallel: 4 });
    const t = stepTimes(decodeTerms(query), stepContext(query), TEST);
    // 80 layers × 2 × 21.747627 µs = 3.47962 ms.
    expect(t.communicationSeconds).toBeCloseTo(80 * 2 * (20e-6 + 393_216 / 2.25e11), 12);
    // 15 sequences beyond the first × 10 µs.
    expect(t.sequenceSeconds).toBeCloseTo(150e-6, 15);
  });

  it("pays each pipeline stage in turn", () => {
    const query = llama8b({ arch: LLAMA_3_1_70B, params: countParams(LLAMA_3_1_70B), tensorParallel: 4, pipelineParallel: 2 });
    const terms = decodeTerms(query);
    const t = stepTimes(terms, stepContext(query), TEST);
    expect(terms.layersPerStage).toBe(40);
    expect(t.stepSeconds).toBeCloseTo(2 * (t.kernelSeconds + t.fixedSeconds + t.communicationSeconds), 15);
  });

  it("reads routed experts at ρ_moe(t) = ρ_0 + (1 − ρ_0) t ÷ (t + t_half)", () => {
    // t = 5 = t_half: 0.1 + 0.9 × 0.5 = 0.55; t = 1: 0.1 + 0.9 ÷ 6 = 0.25; t = 0: ρ_0.
    expect(expertEfficiency(5, TEST)).toBeCloseTo(0.55, 15);
    expect(expertEfficiency(1, TEST)).toBeCloseTo(0.25, 15);
    expect(expertEfficiency(0, TEST)).toBeCloseTo(0.1, 15);
  });

  it("ρ_moe(t, s): a large expert matrix per GPU lifts the few-tokens penalty (Mixtral at batch 1 on 2 GPUs)", () => {
    const half = { ...TEST, expertHalfPenaltyMatrixBytes: 16e6 };
    // Mixtral's expert: 3 × 4,096 × 14,336 = 176,160,768 parameters; one matrix in BF16 over TP 2 = 58,720,256 bytes.
    // t = 1 × 2 ÷ 8 = 0.25: ρ(t) = 0.1 + 0.9 × 0.25 ÷ 5.25 = 0.142857; the penalty 0.857143 × 16e6 ÷ (58,720,256 + 16e6) = 0.183542.
    expect(expertEfficiency(0.25, half, 58_720_256)).toBeCloseTo(1 - (0.9 - (0.9 * 0.25) / 5.25) * (16e6 / 74_720_256), 12);
    expect(expertEfficiency(0.25, half, 58_720_256)).toBeCloseTo(0.816458, 6);
    // DeepSeek's 7,168 × 2,048 in FP8 over TP 8: 1,835,008 bytes, the penalty nearly whole.
    expect(expertEfficiency(0.03125, half, 1_835_008)).toBeCloseTo(1 - (0.9 - (0.9 * 0.03125) / 5.03125) * (16e6 / 17_835_008), 12);
    expect(expertEfficiency(0.25, half, 0)).toBeCloseTo(0.1 + (0.9 * 0.25) / 5.25, 12);
    const query = llama8b({ arch: MIXTRAL_8X7B, params: countParams(MIXTRAL_8X7B), batch: 4, contextTokens: 4096, tensorParallel: 2 });
    const t = stepTimes(decodeTerms(query), stepContext(query), TEST);
    // 30,828,134,400 bytes ÷ (1.675e12 × 0.25) = 73.6195 ms.
    expect(t.memorySeconds.experts).toBeCloseTo(30_828_134_400 / 4.1875e11, 9);
  });

  it("turns compute-bound at a large batch", () => {
    const query = llama8b({ batch: 512, contextTokens: 128 });
    const speed = decodeSpeed(query, { ...SPEED_CONSTANTS_FILE, constants: TEST });
    // 512 × 15,009,316,864 FLOPs ÷ 4.947e14 = 15.53 ms against 8.96 ms of weights.
    expect(speed.times.computeSeconds.dense).toBeCloseTo((512 * 15_009_316_864) / 4.947e14, 12);
    expect(speed.times.computeSeconds.dense).toBeGreaterThan(speed.times.memorySeconds.dense);
    expect(speed.boundBy).toBe("compute");
  });

  it("adds the eager surcharge and a GPU class's fixed-cost factor per layer", () => {
    const mi300x = { vendor: "amd", bandwidthBytesPerSec: 5.3e12, memoryTechnology: "hbm", interconnectLink: { kind: "xgmi", bytesPerSec: 896e9 } } as const;
    // (100 µs + 50 µs) × 2 on AMD.
    expect(perLayerSeconds(stepContext({ gpu: mi300x, peakFlopsPerSecPerGpu: 1, engine: "vllm", eager: true }), TEST)).toBeCloseTo(300e-6, 15);
    expect(perLayerSeconds(stepContext({ gpu: H100, peakFlopsPerSecPerGpu: 1, engine: "vllm" }), TEST)).toBeCloseTo(100e-6, 15);
  });

  it("takes the longer of GPU work and host launches on a host-bound engine", () => {
    const query = llama8b({ engine: "transformers" });
    const t = stepTimes(decodeTerms(query), stepContext(query), TEST);
    // GPU: weights 8.96111 ms + KV 11 × 1,073,741,824 ÷ (1.675e12 × 0.25) = 28.2059 ms; host: 32 × 1 ms = 32 ms.
    const gpu = 15_009_857_536 / 1.675e12 + (11 * 1_073_741_824) / 4.1875e11;
    expect(t.stepSeconds).toBeCloseTo(Math.max(gpu, 32e-3), 12);
    expect(t.stepSeconds).toBeCloseTo(gpu, 12);
  });
});

describe("prefill", () => {
  it("is compute-bound at μ_prefill for a long prompt", () => {
    const p = prefillSpeed(llama8b(), 8192, 1, { ...SPEED_CONSTANTS_FILE, constants: TEST });
    // 140,555,019,354,112 FLOPs (docs/physics.md#prefill-and-arithmetic-intensity) ÷ (989.4e12 × 0.4) = 355.15 ms.
    expect(p.computeSeconds).toBeCloseTo(140_555_019_354_112 / (989.4e12 * 0.4), 12);
    // Weights read once: (6,979,321,856 + 525,336,576 + 266,240) × 2 = 15,009,849,344 bytes ÷ 1.675e12.
    expect(p.memorySeconds).toBeCloseTo(15_009_849_344 / 1.675e12, 12);
    expect(p.seconds).toBeCloseTo(140_555_019_354_112 / (989.4e12 * 0.4) + 3.2e-3, 12);
  });
});

describe("engines and GPU classes", () => {
  it("reads versions and keys vLLM's generations", () => {
    expect(parseEngineVersion("0.6.3")).toEqual([0, 6]);
    expect(parseEngineVersion("v0.10.1rc1")).toEqual([0, 10]);
    expect(parseEngineVersion("0.7.3.dev138+g21f6ca217")).toEqual([0, 7]);
    expect(parseEngineVersion("latest")).toBeNull();
    expect(engineKey("vllm", "0.6.3")).toBe("vllm@<0.8");
    expect(engineKey("vllm", "0.8.0")).toBe("vllm");
    expect(engineKey("vllm")).toBe("vllm");
    expect(engineKey("ollama")).toBe("llama.cpp");
    expect(engineKey("tgi", "3.0.0")).toBe("unknown");
    expect(engineFamily("ollama")).toBe("llama.cpp/Ollama");
    expect(engineFamily("lmdeploy")).toBe("others");
  });

  it("classes GPUs by vendor and memory technology", () => {
    expect(gpuClass(gpuLookup.find("H100-SXM")!)).toBe("nvidia-hbm");
    expect(gpuClass(gpuLookup.find("MI300X")!)).toBe("amd-hbm");
    expect(gpuClass(gpuLookup.find("Gaudi3")!)).toBe("other-hbm");
    expect(gpuClass(gpuLookup.find("L40S")!)).toBe("gddr");
    expect(gpuClass(gpuLookup.find("M2-Ultra-192GB")!)).toBe("lpddr");
    // A repository's own GPU without the field: HBM.
    expect(gpuClass({ vendor: "nvidia" })).toBe("nvidia-hbm");
  });

  it("gives every catalog GPU a memory technology and a link", () => {
    for (const gpu of GPUS) {
      expect(gpu.memoryTechnology, gpu.id).toBeDefined();
      expect(gpu.interconnectLink, gpu.id).toBeDefined();
    }
    // Data sheets: H100 SXM NVLink 4 900 GB/s; MI300X 7 × 128 GB/s Infinity Fabric; L40S PCIe 4.0 x16.
    expect(gpuLookup.find("H100-SXM")!.interconnectLink).toEqual({ kind: "nvlink", bytesPerSec: 900e9 });
    expect(gpuLookup.find("MI300X")!.interconnectLink).toEqual({ kind: "xgmi", bytesPerSec: 896e9 });
    expect(gpuLookup.find("L40S")!.interconnectLink).toEqual({ kind: "pcie", bytesPerSec: 64e9 });
    expect(gpuLookup.find("M4-Max-128GB")!.memoryTechnology).toBe("lpddr");
    const slice = GPUS.find((g) => g.id === "H100-SXM-MIG-1g.10gb")!;
    expect(slice.memoryTechnology).toBe("hbm");
    expect(slice.interconnectLink).toEqual({ kind: "none", bytesPerSec: 0 });
  });
});

describe("ranges from the cross-validated error bands", () => {
  const band = (records: number, p10: number, p90: number) => ({ records, p10, p90, medianAbsErrorPercent: 10, within20Percent: 80 });
  const file: SpeedConstantsFile = {
    ...SPEED_CONSTANTS_FILE,
    minBandRecords: 10,
    crossValidated: { all: band(200, 0.7, 1.3), byEngineFamily: { vLLM: band(100, 0.9, 1.1), SGLang: band(6, 0.5, 1.5) }, byGpuClass: { "nvidia-hbm": band(150, 0.85, 1.2) } },
  };

  it("unites the family's and the class's bands where both have enough records", () => {
    expect(errorBandFor("vLLM", "nvidia-hbm", file).band).toMatchObject({ p10: 0.85, p90: 1.2 });
  });

  it("falls back to the class's, then the overall band", () => {
    expect(errorBandFor("SGLang", "nvidia-hbm", file).band).toMatchObject({ p10: 0.85, p90: 1.2 });
    expect(errorBandFor("SGLang", "lpddr", file)).toMatchObject({ band: { p10: 0.7, p90: 1.3 }, from: "all records" });
  });

  it("multiplies the prediction by the band", () => {
    const s = decodeSpeed(llama8b(), { ...file, constants: TEST });
    expect(s.range.lowTokensPerSecPerSequence).toBeCloseTo(s.tokensPerSecPerSequence * 0.85, 9);
    expect(s.range.highTokensPerSecPerSequence).toBeCloseTo(s.tokensPerSecPerSequence * 1.2, 9);
  });
});

describe("published measurements fall within the range the shipped constants predict", () => {
  function query(modelId: string, gpuId: string, overrides: Partial<DecodeSpeedQuery>): DecodeSpeedQuery {
    const model = modelLookup.find(modelId)!;
    const gpu: GpuSpec = gpuLookup.find(gpuId)!;
    return {
      arch: model.architecture,
      params: countParams(model.architecture),
      weightPrecision: "bf16",
      kvPrecision: "bf16",
      contextTokens: 1024,
      batch: 1,
      tensorParallel: 1,
      pipelineParallel: 1,
      gpu,
      peakFlopsPerSecPerGpu: gpu.peakFlopsPerSec.bf16,
      ...overrides,
    };
  }

  it("vLLM 0.19.1, Llama-3.1-8B BF16 on one H100, 1,024 input tokens: 154.2 tokens/s", () => {
    // vllm-project.github.io _posts/2026-04-22-fp8-kvcache.md: ITL 6.44 ms + 4.37e-5 ms × 1,024 = 6.485 ms.
    const s = decodeSpeed(query("meta-llama/Llama-3.1-8B-Instruct", "H100-SXM", { contextTokens: 1024 + 64, engine: "vllm", engineVersion: "0.19.1" }));
    expect(s.range.lowTokensPerSecPerSequence).toBeLessThanOrEqual(154.2);
    expect(s.range.highTokensPerSecPerSequence).toBeGreaterThanOrEqual(154.2);
  });

  it("vLLM 0.19.1, Llama-3.1-8B with an FP8 KV cache on one B200, 32,768 input tokens: 233.7 tokens/s", () => {
    // The same post, FlashInfer on B200 (8 TB/s).
    const s = decodeSpeed(query("meta-llama/Llama-3.1-8B-Instruct", "B200", { contextTokens: 32768 + 64, kvPrecision: "fp8", engine: "vllm", engineVersion: "0.19.1" }));
    expect(s.range.lowTokensPerSecPerSequence).toBeLessThanOrEqual(233.7);
    expect(s.range.highTokensPerSecPerSequence).toBeGreaterThanOrEqual(233.7);
  });

  it("llama.cpp, a Q8_0 7B on an RTX 4090 (tg128): 98.1 tokens/s", () => {
    // ggml-org/llama.cpp#4766 (llama-bench): CodeLlama-7B, 8.501 bits per weight; Llama-2-7B's layout.
    const s = decodeSpeed(query("meta-llama/Llama-2-7b-hf", "RTX-4090", { contextTokens: 64, weightPrecision: "int8", bytesPerWeightParam: 8.501 / 8, weightOnlyQuantized: true, engine: "llama.cpp" }));
    expect(s.range.lowTokensPerSecPerSequence).toBeLessThanOrEqual(98.13);
    expect(s.range.highTokensPerSecPerSequence).toBeGreaterThanOrEqual(98.13);
  });
});

describe("the range of a mixture of experts where no record measured one", () => {
  it("reads routed experts at dense efficiency at the optimistic end, and says so; a measured pair keeps its band", async () => {
    const { estimate } = await import("../src/estimate/estimate.js");
    const { MODELS } = await import("../src/catalog/models.js");
    const { modelInputFromSpec } = await import("../src/catalog/resolve.js");
    const { GPUS } = await import("../src/catalog/gpus.js");
    const { SPEED_CONSTANTS_FILE } = await import("../src/physics/speed-model.js");
    const model = modelInputFromSpec(MODELS.find((m) => m.id === "Qwen/Qwen3-30B-A3B")!);
    const rtx = GPUS.find((g) => g.id === "RTX-4090")!;
    const consumer = estimate(model, rtx, { precision: "int4", contextTokens: 4096, speedEngine: { name: "llama.cpp" } }).decode;
    expect(consumer.rangeFrom).toContain("routed experts at dense efficiency at the optimistic end (no llama.cpp/Ollama measurement of a mixture of experts on gddr)");
    const band = SPEED_CONSTANTS_FILE.crossValidated.all;
    expect(consumer.highTokensPerSecPerSequence).toBeGreaterThan(consumer.tokensPerSecPerSequence * band.p90 * 1.5);
    const h100 = GPUS.find((g) => g.id === "H100-SXM")!;
    const measured = estimate(model, h100, { contextTokens: 4096, speedEngine: { name: "vllm" } }).decode;
    expect(measured.rangeFrom).not.toContain("dense efficiency");
  });
});
