import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { countParams } from "../src/physics/params.js";
import type { Architecture } from "../src/physics/architecture.js";
import {
  constantPaths,
  errorBand,
  fitOn,
  fitSpeedConstants,
  fnv1a32,
  foldOf,
  getConstant,
  isShare,
  isTrainingRecord,
  percentile,
  predictSample,
  withConstant,
  type CalibrationSample,
  type SampleResult,
} from "../src/physics/speed-fit.js";
import {
  decodeTerms,
  engineKey,
  gpuClass,
  prefillTerms,
  SPEED_CONSTANTS_FILE,
  type DecodeSpeedQuery,
  type SpeedConstants,
  type SpeedEngine,
  type SpeedGpu,
} from "../src/physics/speed-model.js";
import {
  CALIBRATION_DOC_PATH,
  CALIBRATION_SVG_PATH,
  CONSTANTS_PATH,
  RECORDS_PATH,
  SECTION_DOC_PATH,
  constantsFileText,
  runCalibration,
  type CalibrationRun,
} from "../scripts/calibrate/calibration.js";
import { kvPrecisionOf, mapGpu, readPrecision, mapModel, type DecodeRecord } from "../scripts/calibrate/records.js";
import { renderCalibrationDoc, renderCalibrationSvg, renderSectionDoc, spliceSection } from "../scripts/calibrate/report.js";
import { START, calibrationOptions } from "../scripts/calibrate/start.js";
import { LLAMA_3_1_70B, LLAMA_3_1_8B, MIXTRAL_8X7B } from "./helpers/architectures.js";

describe("the split", () => {
  it("hashes ids with FNV-1a 32", () => {
    // The FNV specification's test vectors: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });

  it("holds out ids whose hash mod 1000 is 700 or more, and folds by hundreds of two", () => {
    // 0xe40c292c = 3,826,002,220: mod 1000 = 220, training, fold 1; 0xbf9cf968 = 3,214,735,720: 720, held out, fold 3.
    expect(isTrainingRecord("a")).toBe(true);
    expect(foldOf("a")).toBe(1);
    expect(isTrainingRecord("foobar")).toBe(false);
    expect(foldOf("foobar")).toBe(3);
  });
});

describe("errors and bands", () => {
  it("interpolates percentiles between ranks", () => {
    // Ranks 0..3: p50 at 1.5 → 2.5; p10 at 0.3 → 1.3; p90 at 2.7 → 3.7.
    expect(percentile([1, 2, 3, 4], 50)).toBeCloseTo(2.5, 12);
    expect(percentile([1, 2, 3, 4], 10)).toBeCloseTo(1.3, 12);
    expect(percentile([1, 2, 3, 4], 90)).toBeCloseTo(3.7, 12);
  });

  it("bands measured ÷ predicted and counts errors within ±20%", () => {
    const result = (measured: number, predicted: number): SampleResult => ({
      id: `${measured}`,
      family: "vLLM",
      gpuClass: "nvidia-hbm",
      gpuId: "H100-SXM",
      modelId: "m",
      metric: "decode",
      training: false,
      measured,
      predicted,
      errorPercent: (100 * (predicted - measured)) / measured,
      prefillShare: 0,
    });
    // Errors −50%, −10%, 0, +10%, +100%: median |error| 10%, 3 of 5 within ±20%.
    const band = errorBand([result(100, 50), result(100, 90), result(100, 100), result(100, 110), result(100, 200)]);
    expect(band.medianAbsErrorPercent).toBe(10);
    expect(band.within20Percent).toBe(60);
    // Ratios sorted 0.5, 0.909, 1, 1.111, 2: p10 at rank 0.4 → 0.5 + 0.4 × 0.4091 = 0.6636; p90 at 3.6 → 1.111 + 0.6 × 0.889 = 1.6444.
    expect(band.p10).toBeCloseTo(0.6636, 4);
    expect(band.p90).toBeCloseTo(1.6444, 4);
  });
});

// ---------------------------------------------------------------------------------------------
// Recovery of known constants from a synthetic set

const GPUS_FOR_SYNTHESIS: Record<string, SpeedGpu & { peak: number }> = {
  H100: { vendor: "nvidia", bandwidthBytesPerSec: 3.35e12, memoryTechnology: "hbm", interconnectLink: { kind: "nvlink", bytesPerSec: 900e9 }, peak: 989.4e12 },
  MI300X: { vendor: "amd", bandwidthBytesPerSec: 5.3e12, memoryTechnology: "hbm", interconnectLink: { kind: "xgmi", bytesPerSec: 896e9 }, peak: 1307.4e12 },
  L40S: { vendor: "nvidia", bandwidthBytesPerSec: 864e9, memoryTechnology: "gddr", interconnectLink: { kind: "pcie", bytesPerSec: 64e9 }, peak: 362.05e12 },
};

function synthesize(truth: SpeedConstants): CalibrationSample[] {
  const samples: CalibrationSample[] = [];
  const archs: Array<[string, Architecture, number[]]> = [
    ["llama-8b", LLAMA_3_1_8B, [1]],
    ["llama-70b", LLAMA_3_1_70B, [2, 4, 8]],
    ["mixtral", MIXTRAL_8X7B, [2, 4]],
  ];
  for (const [gpuName, gpu] of Object.entries(GPUS_FOR_SYNTHESIS)) {
    for (const [archName, arch, tps] of archs) {
      for (const tp of tps) {
        for (const engine of ["vllm", "trtllm"] as SpeedEngine[]) {
          for (const batch of [1, 8, 64, 256]) {
            for (const context of [512, 16384]) {
              for (const metric of ["decode", "end-to-end"] as const) {
                const query: DecodeSpeedQuery = {
                  arch,
                  params: countParams(arch),
                  weightPrecision: "bf16",
                  kvPrecision: "bf16",
                  contextTokens: context,
                  batch,
                  tensorParallel: tp,
                  pipelineParallel: 1,
                  gpu,
                  peakFlopsPerSecPerGpu: gpu.peak,
                  engine,
                  engineVersion: "0.11.0",
                };
                const decode = decodeTerms(query);
                const sample: CalibrationSample = {
                  id: `${gpuName}-${archName}-tp${tp}-${engine}-b${batch}-c${context}-${metric}`,
                  source: "synthetic",
                  family: engine === "vllm" ? "vLLM" : "TensorRT-LLM",
                  gpuClass: gpuClass(gpu),
                  gpuId: gpuName,
                  modelId: archName,
                  metric,
                  measuredTokensPerSecPerSequence: 0,
                  decode,
                  ...(metric === "end-to-end" ? { prefill: prefillTerms(query, context / 2, batch) } : {}),
                  outputTokens: 512,
                  batch,
                  context: { gpu, peakFlopsPerSecPerGpu: gpu.peak, engine: engineKey(engine, "0.11.0"), eager: false },
                };
                sample.measuredTokensPerSecPerSequence = predictSample(sample, truth);
                samples.push(sample);
              }
            }
          }
        }
      }
    }
  }
  return samples;
}

const FREE = [
  "bandwidthEfficiency.nvidia-hbm",
  "bandwidthEfficiency.amd-hbm",
  "bandwidthEfficiency.gddr",
  "kvEfficiencyRelative",
  "expertEfficiencyRelative",
  "expertHalfEfficiencyTokens",
  "decodeComputeFraction",
  "prefillComputeFraction",
  "layerSeconds.vllm",
  "layerSeconds.trtllm",
  "fixedCostRelative.amd-hbm",
  "sequenceSeconds.vllm",
  "sequenceSeconds.trtllm",
  "allReduceLatencySeconds.nvlink",
  "allReduceLatencySeconds.xgmi",
  "allReduceLatencySeconds.pcie",
];

/** Known constants, each 10-60% away from where the fit starts. */
function truthFrom(start: SpeedConstants): SpeedConstants {
  const truth: Record<string, number> = {
    "bandwidthEfficiency.nvidia-hbm": 0.75,
    "bandwidthEfficiency.amd-hbm": 0.5,
    "bandwidthEfficiency.gddr": 0.7,
    kvEfficiencyRelative: 0.8,
    expertEfficiencyRelative: 0.2,
    expertHalfEfficiencyTokens: 4,
    decodeComputeFraction: 0.4,
    prefillComputeFraction: 0.45,
    "layerSeconds.vllm": 40e-6,
    "layerSeconds.trtllm": 90e-6,
    "fixedCostRelative.amd-hbm": 1.5,
    "sequenceSeconds.vllm": 50e-6,
    "sequenceSeconds.trtllm": 15e-6,
    "allReduceLatencySeconds.nvlink": 6e-6,
    "allReduceLatencySeconds.xgmi": 12e-6,
    "allReduceLatencySeconds.pcie": 80e-6,
  };
  let c = start;
  for (const [path, value] of Object.entries(truth)) c = withConstant(c, path, value);
  return c;
}

describe("the fit recovers known constants from a synthetic set", () => {
  const truth = truthFrom(START);
  const samples = synthesize(truth);

  it("starts away from the truth", () => {
    for (const path of FREE) expect(Math.abs(getConstant(START, path) / getConstant(truth, path) - 1), path).toBeGreaterThan(0.09);
  });

  it("finds every free constant within 1% (no prior, noise-free measurements)", () => {
    const fit = fitSpeedConstants(samples, { start: START, free: FREE, priorWeight: 0, maxIterations: 400 });
    for (const path of FREE) expect(getConstant(fit.constants, path) / getConstant(truth, path), path).toBeCloseTo(1, 2);
    expect(fit.loss).toBeLessThan(1e-6);
  });

  it("finds them within 10% when each measurement is off by up to ±5% (soft-L1 loss, the default prior)", () => {
    // A fixed pattern of ±5% errors, independent of the constants.
    const noisy = samples.map((s, i) => ({ ...s, measuredTokensPerSecPerSequence: s.measuredTokensPerSecPerSequence * (1 + 0.05 * Math.sin(1.7 * i + 0.3)) }));
    const fit = fitSpeedConstants(noisy, { start: START, free: FREE, maxIterations: 400 });
    for (const path of FREE) expect(Math.abs(getConstant(fit.constants, path) / getConstant(truth, path) - 1), path).toBeLessThan(0.1);
  });

  it("fits only what the training records exercise, and pools the engines without records", () => {
    const fitted = fitOn(samples, calibrationOptions("2000-01-01"));
    // No synthetic sample is HF transformers, lmdeploy or eager: those keep their start value or the pooled one.
    expect(fitted.free).not.toContain("eagerLayerSeconds");
    expect(fitted.free).not.toContain("layerSeconds.lmdeploy");
    expect(fitted.constants.eagerLayerSeconds).toBe(START.eagerLayerSeconds);
    expect(fitted.provenance["eagerLayerSeconds"]).toMatch(/not fitted: 0 training records/);
    // Pooled: the median of the fitted serving engines (here vllm and trtllm).
    const pooled = (fitted.constants.layerSeconds.vllm + fitted.constants.layerSeconds.trtllm) / 2;
    expect(fitted.constants.layerSeconds.unknown).toBeCloseTo(pooled, 15);
    expect(fitted.constants.layerSeconds.lmdeploy).toBeCloseTo(pooled, 15);
    // Ties and published figures.
    expect(fitted.constants.bandwidthEfficiency["other-hbm"]).toBe(fitted.constants.bandwidthEfficiency["nvidia-hbm"]);
    expect(fitted.constants.bandwidthEfficiency.lpddr).toBe(0.58);
    expect(fitted.constants.allReduceBandwidthEfficiency.nvlink).toBe(0.7);
    // PCIe's all-reduce is published (nccl-tests on 4 × RTX 4090), never fitted.
    expect(fitted.free).not.toContain("allReduceLatencySeconds.pcie");
    expect(fitted.constants.allReduceLatencySeconds.pcie).toBe(18.3e-6);
    expect(fitted.constants.allReduceBandwidthEfficiency.pcie).toBe(0.415);
    expect(fitted.constants.allReduceBandwidthEfficiency.none).toBe(0.415);
  });
});

// ---------------------------------------------------------------------------------------------
// The calibration set

describe("records of the calibration set", () => {
  const set = JSON.parse(readFileSync(RECORDS_PATH, "utf8")) as { decode: DecodeRecord[] };
  const record = (id: string) => set.decode.find((r) => r.id === id)!;

  it("is the shared set, byte for byte", () => {
    // ../shared/calibration/decode-measurements.json as copied (sha256 recorded in the constants file).
    expect(createHash("sha256").update(readFileSync(RECORDS_PATH)).digest("hex")).toBe(SPEED_CONSTANTS_FILE.records.sha256);
    expect(set.decode.length).toBe(260);
  });

  it("maps the GPU names the sources print", () => {
    expect(mapGpu("NVIDIA A100-80G")!.id).toBe("A100-80GB");
    expect(mapGpu("NVIDIA A100 80GB")!.id).toBe("A100-80GB");
    expect(mapGpu("AMD Instinct MI300X (192GiB, 750W)")!.id).toBe("MI300X");
    expect(mapGpu("NVIDIA H100 (variant not stated; SXM assumed)")!.id).toBe("H100-SXM");
    expect(mapGpu("NVIDIA H200 SXM 141GB (GPU variant not stated; H200 table)")!.id).toBe("H200");
  });

  it("reads GPTQ INT4 at group 128 as 4 + 20/128 bits with a 16-bit embedding and head", () => {
    const r = record("qwen25-vllm-7B-GPTQ-Int4-14336-1gpu");
    const reading = readPrecision(r, mapModel(r.hf_id)!, mapGpu(r.gpu)!);
    expect(reading).toMatchObject({ weightPrecision: "int4", bytesPerWeightParam: 0.51953125, keptBytesPerParam: 2, weightOnlyQuantized: true, compute: "fp16" });
  });

  it("reads gpt-oss's MXFP4 experts from the catalog checkpoint: 4.25 bits", () => {
    const r = record("vllmblog-fp8kv-gpt-oss-20b-B200-bf16-in32768");
    const reading = readPrecision(r, mapModel(r.hf_id)!, mapGpu(r.gpu)!);
    // (13,761,264,768 − BF16 bytes) ÷ routed expert params: U8 blocks (4 bits) and one scale byte per 32 values.
    expect(typeof reading === "object" && reading.expertBytesPerParam).toBeCloseTo(4.25 / 8, 3);
  });

  it("reads an FP8 KV cache where the record says so", () => {
    expect(kvPrecisionOf(record("trtllm090-H200-Mistral7B-128-2048-b120"))).toBe("fp8");
    expect(kvPrecisionOf(record("qwen25-vllm-7B-GPTQ-Int4-14336-1gpu"))).toBe("bf16");
  });
});

describe("the checked-in calibration is the one the script writes", () => {
  let run: CalibrationRun;
  beforeAll(() => {
    run = runCalibration(readFileSync(RECORDS_PATH, "utf8"), SPEED_CONSTANTS_FILE.fittedOn);
  });

  it("MOE_MEASURED names exactly the engine families on GPU classes whose mapped records are a mixture of experts", async () => {
    const { MOE_MEASURED } = await import("../src/physics/speed-model.js");
    const moe = run.prepared.samples.filter((sample) => sample.decode.expertBytesPerGpu > 0);
    expect(moe.length).toBeGreaterThan(10);
    expect([...new Set(moe.map((sample) => `${sample.family} on ${sample.gpuClass}`))].sort()).toEqual(MOE_MEASURED.map(([f, c]) => `${f} on ${c}`).sort());
  });

  it("src/physics/speed-constants.json", () => {
    expect(readFileSync(CONSTANTS_PATH, "utf8")).toBe(constantsFileText(run.file));
  });

  it("docs/calibration.md, docs/calibration.svg and the speed section of docs/physics.md", () => {
    expect(readFileSync(CALIBRATION_DOC_PATH, "utf8")).toBe(renderCalibrationDoc(run));
    expect(readFileSync(CALIBRATION_SVG_PATH, "utf8")).toBe(renderCalibrationSvg(run));
    const physics = readFileSync(SECTION_DOC_PATH, "utf8");
    expect(spliceSection(physics, renderSectionDoc(run))).toBe(physics);
  });

  it("has the file's shape: every constant with its provenance, shares in (0, 1), every record accounted for", () => {
    const file = SPEED_CONSTANTS_FILE;
    expect(file.schemaVersion).toBe(1);
    expect(file.fittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const path of constantPaths(file.constants)) {
      const value = getConstant(file.constants, path);
      expect(file.provenance[path], path).toBeTruthy();
      expect(value, path).toBeGreaterThan(0);
      if (isShare(path)) expect(value, path).toBeLessThan(1);
    }
    const ids = [...file.records.training, ...file.records.heldOut, ...file.records.skipped.map((s) => s.id)];
    expect(new Set(ids).size).toBe(260);
    expect(file.records.training.every(isTrainingRecord)).toBe(true);
    expect(file.records.heldOut.some(isTrainingRecord)).toBe(false);
    for (const s of file.records.skipped) expect(s.reason.length).toBeGreaterThan(20);
    for (const bands of [file.heldOut, file.crossValidated]) {
      expect(bands.all.p10).toBeLessThan(1);
      expect(bands.all.p90).toBeGreaterThan(1);
      expect(bands.byEngineFamily.vLLM!.records).toBeGreaterThan(10);
    }
  });

  it("models SGLang's DP attention as 8 ranks of 4 sequences, the experts spanning them", () => {
    const sample = run.prepared.samples.find((s) => s.id === "dstack-dsr1-h200-sglang-c32")!;
    expect(sample.decode.tensorParallel).toBe(1);
    expect(sample.decode.batchPerRank).toBe(4);
    expect(sample.metric).toBe("online");
  });

  it("meets the issue's target on the held-out records overall and for vLLM and the others", () => {
    // Issue 14: median error ≤ 15% and ≥ 70% within ±20% (docs/calibration.md: TensorRT-LLM misses).
    const { heldOut } = SPEED_CONSTANTS_FILE;
    for (const band of [heldOut.all, heldOut.byEngineFamily.vLLM!, heldOut.byEngineFamily.others!]) {
      expect(band.medianAbsErrorPercent).toBeLessThanOrEqual(15);
      expect(band.within20Percent).toBeGreaterThanOrEqual(70);
    }
  });

  it("over-predicts with the plain bandwidth model, as the design notes say (+80–90% median or more)", () => {
    const errors = run.baseline.map((r) => r.errorPercent).sort((a, b) => a - b);
    expect(percentile(errors, 50)).toBeGreaterThan(80);
  });
});
