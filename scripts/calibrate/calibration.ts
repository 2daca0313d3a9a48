import { createHash } from "node:crypto";
import {
  bandsOf,
  calibrate,
  evaluateSamples,
  isTrainingRecord,
  SPLIT_DESCRIPTION,
  type Calibration,
  type CalibrationSample,
  type SampleResult,
} from "../../src/physics/speed-fit.js";
import { constantPaths, getConstant, withConstant } from "../../src/physics/speed-fit.js";
import { gpuClass, type SpeedConstants, type SpeedConstantsFile } from "../../src/physics/speed-model.js";
import { prepareRecords, type DecodeRecord, type Prepared } from "./records.js";
import { calibrationOptions } from "./start.js";

/**
 * The calibration as data: records in (the set's text), the constants file and everything the
 * docs show out. Pure apart from hashing; scripts/calibrate/run.ts writes the results and
 * __tests__/speed-fit.test.ts checks that the checked-in files are what this produces.
 */

export const RECORDS_PATH = "scripts/calibrate/decode-measurements.json";
export const CONSTANTS_PATH = "src/physics/speed-constants.json";
export const CALIBRATION_DOC_PATH = "docs/calibration.md";
export const CALIBRATION_SVG_PATH = "docs/calibration.svg";
/** The page whose "Decode speed (engine-aware)" section the script writes, between its markers. */
export const SECTION_DOC_PATH = "docs/physics.md";

/** Fewest cross-validated records a family's or class's band needs (else the overall band). */
export const MIN_BAND_RECORDS = 10;

/** Significant digits the constants are shipped with; the errors are computed with the rounded values. */
const CONSTANT_DIGITS = 4;

function significant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

function rounded(constants: SpeedConstants): SpeedConstants {
  let c = constants;
  for (const path of constantPaths(constants)) c = withConstant(c, path, significant(getConstant(constants, path), CONSTANT_DIGITS));
  return c;
}

export interface CalibrationRun {
  prepared: Prepared;
  calibration: Calibration;
  /** Every sample under the shipped (rounded) constants. */
  results: SampleResult[];
  /** The plain bandwidth model the product had: bytes ÷ (peak × 0.8), prefill at the dense peak. */
  baseline: SampleResult[];
  file: SpeedConstantsFile;
}

/**
 * The plain model of src/physics/performance.ts decodeEstimate, on the same terms: every byte of a
 * step at 0.8 of peak, no compute ceiling, fixed or communication cost; a prefill at the dense peak
 * (prefillEstimate's secondsAtPeak). For comparison only.
 */
export function baselinePrediction(sample: CalibrationSample): number {
  const d = sample.decode;
  const bytes = d.linearBytesPerGpu + d.keptBytesPerGpu + d.expertBytesPerGpu + d.kvBytesPerGpu;
  const step = (d.stages * bytes) / (sample.context.gpu.bandwidthBytesPerSec * 0.8);
  if (sample.metric === "decode" || !sample.prefill) return 1 / step;
  const prefill = sample.prefill.flopsPerGpu / sample.context.peakFlopsPerSecPerGpu;
  if (sample.metric === "online") return 1 / (step + (d.batchRunning / sample.outputTokens) * prefill);
  return sample.outputTokens / (prefill + Math.max(0, sample.outputTokens - 1) * step);
}

export function runCalibration(recordsText: string, fittedOn: string): CalibrationRun {
  const set = JSON.parse(recordsText) as { decode: DecodeRecord[] };
  const prepared = prepareRecords(set.decode);
  const calibration = calibrate(prepared.samples, calibrationOptions(fittedOn));
  const constants = rounded(calibration.constants);
  const results = evaluateSamples(prepared.samples, constants);
  const baseline = prepared.samples.map((s) => {
    const predicted = baselinePrediction(s);
    return {
      id: s.id,
      family: s.family,
      gpuClass: gpuClass(s.context.gpu),
      gpuId: s.gpuId,
      modelId: s.modelId,
      metric: s.metric,
      training: isTrainingRecord(s.id),
      measured: s.measuredTokensPerSecPerSequence,
      predicted,
      errorPercent: (100 * (predicted - s.measuredTokensPerSecPerSequence)) / s.measuredTokensPerSecPerSequence,
      prefillShare: 0,
    };
  });
  const file: SpeedConstantsFile = {
    $comment: "Written by `npm run calibrate` (scripts/calibrate/): do not edit. Method, tables and plot: docs/calibration.md.",
    schemaVersion: 1,
    fittedOn,
    constants,
    provenance: calibration.provenance,
    heldOut: bandsOf(results.filter((r) => !r.training)),
    crossValidated: calibration.crossValidatedBands,
    minBandRecords: MIN_BAND_RECORDS,
    records: {
      file: RECORDS_PATH,
      sha256: createHash("sha256").update(recordsText).digest("hex"),
      split: SPLIT_DESCRIPTION,
      training: calibration.training.map((s) => s.id),
      heldOut: calibration.heldOut.map((s) => s.id),
      skipped: prepared.skipped,
    },
  };
  return { prepared, calibration, results, baseline, file };
}

/** The constants file's text: two-space JSON and a final newline. */
export function constantsFileText(file: SpeedConstantsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
