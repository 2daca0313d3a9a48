import { describe, expect, it } from "vitest";
import { memoryScenario, quantizedOnLoadWeightsBytes, usableBytes, workspaceBytes } from "../src/physics/memory.js";
import { countParams } from "../src/physics/params.js";
import { bytesFor } from "../src/physics/precision.js";
import { DEEPSEEK_V3, LLAMA_3_1_70B, LLAMA_3_1_8B } from "./helpers/architectures.js";

const GiB = 2 ** 30;
// Llama-3.1-70B has 70,553,706,496 parameters (Hugging Face safetensors metadata of meta-llama/Llama-3.1-70B).
const LLAMA_70B_PARAMS = 70_553_706_496;

describe("weights and workspace", () => {
  it("stores each precision at its width, INT4 at half a byte", () => {
    expect(bytesFor(LLAMA_70B_PARAMS, "bf16")).toBe(141_107_412_992);
    expect(bytesFor(LLAMA_70B_PARAMS, "fp8")).toBe(70_553_706_496);
    expect(bytesFor(LLAMA_70B_PARAMS, "int8")).toBe(70_553_706_496);
    expect(bytesFor(LLAMA_70B_PARAMS, "int4")).toBe(35_276_853_248);
    expect(bytesFor(3, "int4")).toBe(2); // rounded up to a whole byte
  });

  it("workspace is 12% of weights, rounded up to a byte", () => {
    expect(workspaceBytes(100)).toBe(12);
    expect(workspaceBytes(141_107_412_992)).toBe(16_932_889_560); // 16,932,889,559.04 rounded up
  });

  it("usable memory is exact: 80 GiB × 0.9 = 77,309,411,328 bytes", () => {
    expect(usableBytes(80 * GiB, 0.9)).toBe(77_309_411_328);
    expect(usableBytes(24 * GiB, 0.95)).toBe(24_481_313_587); // 25,769,803,776 × 0.95 = 24,481,313,587.2
  });
});

describe("70B in BF16 on one A100 80GB (the example of the check issue)", () => {
  const s = memoryScenario({
    arch: LLAMA_3_1_70B,
    paramsTotal: LLAMA_70B_PARAMS,
    weightPrecision: "bf16",
    kvPrecision: "bf16",
    contextTokens: 8192,
    batch: 1,
    gpuMemoryBytes: 80 * GiB,
    gpuCount: 1,
    tensorParallel: 1,
    pipelineParallel: 1,
    memoryFraction: 0.9,
  });

  it("needs 160.7 GB: weights 141.1 + KV 2.7 + workspace 16.9", () => {
    expect(s.weightsBytes).toBe(141_107_412_992);
    expect(s.kvCacheBytes).toBe(2_684_354_560);
    expect(s.workspaceBytes).toBe(16_932_889_560);
    expect(s.totalBytes).toBe(160_724_657_112);
    expect(s.perGpuBytes).toBe(160_724_657_112);
  });

  it("does not fit 77.3 GB usable, by 83.4 GB", () => {
    expect(s.usableBytesPerGpu).toBe(77_309_411_328);
    expect(s.headroomBytes).toBe(77_309_411_328 - 160_724_657_112);
    expect(s.fits).toBe(false);
    expect(s.kvCapacityTokens).toBe(0);
    expect(s.maxConcurrency).toBe(0);
  });
});

describe("tensor parallel over 4 × H100 80GB", () => {
  const s = memoryScenario({
    arch: LLAMA_3_1_70B,
    paramsTotal: LLAMA_70B_PARAMS,
    weightPrecision: "bf16",
    kvPrecision: "bf16",
    contextTokens: 8192,
    batch: 16,
    gpuMemoryBytes: 80 * GiB,
    gpuCount: 4,
    tensorParallel: 4,
    pipelineParallel: 1,
    memoryFraction: 0.9,
  });

  it("splits weights and KV heads four ways", () => {
    // Weights 141,107,412,992 / 4 = 35,276,853,248. KV per GPU: 2 heads × 2 × 128 × 2 bytes × 80 layers
    // = 81,920 bytes/token × 8192 × 16 = 10,737,418,240. Workspace ceil(0.12 × 35,276,853,248) = 4,233,222,390.
    expect(s.perGpuWeightsBytes).toBe(35_276_853_248);
    expect(s.perGpuKvCacheBytes).toBe(10_737_418_240);
    expect(s.perGpuWorkspaceBytes).toBe(4_233_222_390);
    expect(s.perGpuBytes).toBe(50_247_493_878);
    expect(s.fits).toBe(true);
    expect(s.headroomBytes).toBe(77_309_411_328 - 50_247_493_878);
  });

  it("reports KV capacity in whole 16-token blocks and the concurrency vLLM logs", () => {
    // Budget: 77,309,411,328 − 35,276,853,248 − 4,233,222,390 = 37,799,335,690 bytes.
    // 81,920 bytes/token → 461,417.67 tokens → 28,838 blocks of 16 = 461,408 tokens.
    expect(s.kvBudgetBytesPerGpu).toBe(37_799_335_690);
    expect(s.kvBytesPerTokenPerGpu).toBe(81_920);
    expect(s.kvCapacityTokens).toBe(461_408);
    // Per sequence of 8192 tokens: 671,088,640 bytes → 56.32 sequences (floored to 2 decimals).
    expect(s.maxConcurrency).toBe(56.32);
  });
});

describe("MLA latent is replicated, not split", () => {
  it("keeps 70,272 bytes/token on every one of 8 GPUs", () => {
    const s = memoryScenario({
      arch: DEEPSEEK_V3,
      paramsTotal: 671_026_419_200,
      weightPrecision: "fp8",
      kvPrecision: "bf16",
      contextTokens: 1000,
      batch: 1,
      gpuMemoryBytes: 141 * GiB,
      gpuCount: 8,
      tensorParallel: 8,
      pipelineParallel: 1,
      memoryFraction: 0.9,
    });
    expect(s.kvBytesPerTokenPerGpu).toBe(70_272);
    expect(s.perGpuKvCacheBytes).toBe(70_272_000);
    expect(s.kvCacheBytes).toBe(70_272_000);
  });
});

describe("KV cache footprint grows with batch while weights stay", () => {
  it("Llama-3.1-8B: each extra sequence of 8192 tokens adds 1 GiB", () => {
    const at = (batch: number) =>
      memoryScenario({
        arch: LLAMA_3_1_8B,
        paramsTotal: 8_030_261_248,
        weightPrecision: "bf16",
        kvPrecision: "bf16",
        contextTokens: 8192,
        batch,
        gpuMemoryBytes: 80 * GiB,
        gpuCount: 1,
        tensorParallel: 1,
        pipelineParallel: 1,
        memoryFraction: 0.9,
      });
    expect(at(2).totalBytes - at(1).totalBytes).toBe(GiB);
    expect(at(2).weightsBytes).toBe(at(1).weightsBytes);
  });
});

describe("quantizedOnLoadWeightsBytes", () => {
  it("keeps the embedding, head and norms of a BF16 checkpoint in BF16 when the engine quantizes on load", () => {
    const params = countParams(LLAMA_3_1_70B);
    // Kept: embedding and head 2 × 128,256 × 8,192 = 2,101,346,304, norms (80 × 2 + 1) × 8,192 = 1,318,912;
    // linear 70,553,706,496 − 2,102,665,216 = 68,451,041,280.
    // FP8: 68,451,041,280 + 2 × 2,102,665,216 = 72,656,371,712 (2.1 GB above params × 1 byte).
    expect(quantizedOnLoadWeightsBytes(params, "fp8", "bf16")).toBe(72_656_371_712);
    // INT4: 68,451,041,280 / 2 + 4,205,330,432 = 38,430,851,072.
    expect(quantizedOnLoadWeightsBytes(params, "int4", "bf16")).toBe(38_430_851_072);
  });
});
