import {
  ENGINE_FAMILIES,
  GPU_CLASSES,
  prefillTimes,
  stepTimes,
  type DecodeTerms,
  type EngineFamily,
  type EngineKey,
  type ErrorBand,
  type ErrorBands,
  type GpuClass,
  type PrefillTerms,
  type SpeedConstants,
  type StepContext,
} from "./speed-model.js";

/**
 * The fit of the speed model's constants (src/physics/speed-model.ts) on published measurements:
 * records in, constants and their held-out error out. Pure: no I/O, no clock; the calibration
 * script (scripts/calibrate/) reads the records, maps them to the catalog and writes the results.
 *
 * Method (docs/calibration.md): a deterministic split by a hash of each record's id (70% training);
 * a robust least squares on r = ln(predicted ÷ measured) over the training part (soft-L1 loss of
 * scale 0.1, i.e. quadratic within ±10% and linear beyond, solved by iteratively reweighted
 * Levenberg–Marquardt on the logarithms of the constants, the logits of the shares, which stay
 * between 0 and 1); a weak prior pulls each constant toward
 * its starting value, which matters only where the data say little. Constants that fewer than
 * `minRecordsPerConstant` training records exercise keep their starting (published or pooled) value.
 */

/** How the measured tokens/s of a record relate to the model's step. */
export type SampleMetric =
  /** 1 ÷ time per output token of a steady decode (ITL, TPOT at concurrency 1, llama-bench tg). */
  | "decode"
  /** output tokens ÷ (prefill of the batch's prompts + output − 1 decode steps): static batches, end-to-end latency. */
  | "end-to-end"
  /** 1 ÷ (step + batch ÷ output × one prompt's prefill): online serving, whose TPOT carries the prefills of arriving requests. */
  | "online";

/** One measurement, prepared: its terms (no constant in them) and what was measured. */
export interface CalibrationSample {
  id: string;
  source: string;
  family: EngineFamily;
  gpuClass: GpuClass;
  gpuId: string;
  modelId: string;
  metric: SampleMetric;
  /** Measured tokens/s per sequence, as the record states it. */
  measuredTokensPerSecPerSequence: number;
  decode: DecodeTerms;
  /** The prefill the measurement includes: the batch's prompts (end-to-end) or one prompt (online). */
  prefill?: PrefillTerms;
  outputTokens: number;
  batch: number;
  context: StepContext;
}

/**
 * Predicted tokens/s per sequence in the record's own metric. When the KV cache holds fewer
 * sequences than the batch (decode.batchRunning < batch), an end-to-end time runs batch ÷ running
 * waves of them one after the other.
 * See docs/physics.md#decode-speed-engine-aware.
 */
export function predictSample(sample: CalibrationSample, constants: SpeedConstants): number {
  const step = stepTimes(sample.decode, sample.context, constants).stepSeconds;
  if (sample.metric === "decode" || !sample.prefill) return 1 / step;
  const prefill = prefillTimes(sample.prefill, sample.context, constants).seconds;
  if (sample.metric === "online") return 1 / (step + (sample.decode.batchRunning / sample.outputTokens) * prefill);
  const waves = sample.batch / sample.decode.batchRunning;
  return sample.outputTokens / (waves * (prefill + Math.max(0, sample.outputTokens - 1) * step));
}

/** The share of the predicted time prefill takes (0 for a decode metric), for reports. See docs/physics.md#decode-speed-engine-aware. */
export function prefillShare(sample: CalibrationSample, constants: SpeedConstants): number {
  if (sample.metric === "decode" || !sample.prefill) return 0;
  const step = stepTimes(sample.decode, sample.context, constants).stepSeconds;
  const prefill = prefillTimes(sample.prefill, sample.context, constants).seconds;
  const prefillTime = sample.metric === "online" ? (sample.decode.batchRunning / sample.outputTokens) * prefill : prefill;
  const decodeTime = sample.metric === "online" ? step : Math.max(0, sample.outputTokens - 1) * step;
  return prefillTime / (prefillTime + decodeTime);
}

// ---------------------------------------------------------------------------------------------
// The split

/** FNV-1a, 32 bits, of a string's UTF-16 code units: a stable hash for the split. See docs/physics.md#decode-speed-engine-aware. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export const TRAINING_PER_MILLE = 700;

/** Training when the id's hash mod 1000 is below 700 (≈70%), held out otherwise. See docs/physics.md#decode-speed-engine-aware. */
export function isTrainingRecord(id: string): boolean {
  return fnv1a32(id) % 1000 < TRAINING_PER_MILLE;
}

export const SPLIT_DESCRIPTION = "training when FNV-1a-32(record id) mod 1000 < 700, held out otherwise";

export const CROSS_VALIDATION_FOLDS = 5;

/** The cross-validation fold of a record: ⌊(hash mod 1000) ÷ 200⌋, 0–4. See docs/physics.md#decode-speed-engine-aware. */
export function foldOf(id: string): number {
  return Math.floor((fnv1a32(id) % 1000) / (1000 / CROSS_VALIDATION_FOLDS));
}

// ---------------------------------------------------------------------------------------------
// Constants as a vector

/** A scalar of SpeedConstants by its path: `decodeComputeFraction`, `layerSeconds.vllm`, `bandwidthEfficiency.gddr`. */
export type ConstantPath = string;

/** Every scalar of the constants by its path, in the object's order. See docs/physics.md#decode-speed-engine-aware. */
export function constantPaths(constants: SpeedConstants): ConstantPath[] {
  const paths: ConstantPath[] = [];
  for (const [key, value] of Object.entries(constants)) {
    if (typeof value === "number") paths.push(key);
    else for (const sub of Object.keys(value as Record<string, number>)) paths.push(`${key}.${sub}`);
  }
  return paths;
}

/** `layerSeconds.vllm@<0.8` → ["layerSeconds", "vllm@<0.8"]: the first dot splits (engine keys hold dots). */
function splitPath(path: ConstantPath): [keyof SpeedConstants, string | undefined] {
  const dot = path.indexOf(".");
  return dot < 0 ? [path as keyof SpeedConstants, undefined] : [path.slice(0, dot) as keyof SpeedConstants, path.slice(dot + 1)];
}

/** The value of one constant by its path. See docs/physics.md#decode-speed-engine-aware. */
export function getConstant(constants: SpeedConstants, path: ConstantPath): number {
  const [key, sub] = splitPath(path);
  const value = constants[key] as number | Record<string, number>;
  const result = sub === undefined ? value : (value as Record<string, number>)[sub];
  if (typeof result !== "number") throw new Error(`no constant ${path}`);
  return result;
}

/** A copy of the constants with one of them set. See docs/physics.md#decode-speed-engine-aware. */
export function withConstant(constants: SpeedConstants, path: ConstantPath, value: number): SpeedConstants {
  const [key, sub] = splitPath(path);
  if (sub === undefined) return { ...constants, [key]: value };
  return { ...constants, [key]: { ...(constants[key] as Record<string, number>), [sub]: value } };
}

function cloneConstants(constants: SpeedConstants): SpeedConstants {
  return JSON.parse(JSON.stringify(constants)) as SpeedConstants;
}

/** Which training samples a constant's value changes the prediction of: its coverage. See docs/physics.md#decode-speed-engine-aware. */
export function coverage(samples: readonly CalibrationSample[], start: SpeedConstants, path: ConstantPath): number {
  let count = 0;
  const base = getConstant(start, path);
  const nudged = withConstant(start, path, base * 1.5 + 1e-7);
  for (const sample of samples) {
    const a = predictSample(sample, start);
    const b = predictSample(sample, nudged);
    if (Math.abs(a - b) > 1e-9 * Math.abs(a)) count++;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Robust Levenberg–Marquardt on ln(constants)

export interface FitOptions {
  start: SpeedConstants;
  /** The constants to fit; the others keep their start value. */
  free: readonly ConstantPath[];
  /** Weight of the prior pulling ln(constant) toward ln(start), in squared log units per constant (default 0.02). */
  priorWeight?: number;
  /** Scale of the soft-L1 loss in log units (default 0.1). */
  lossScale?: number;
  maxIterations?: number;
}

export interface FitResult {
  constants: SpeedConstants;
  iterations: number;
  /** The robust loss at the end, without the prior. */
  loss: number;
}

/** Constants that are shares of a peak, between 0 and 1: efficiencies and compute fractions. See docs/physics.md#decode-speed-engine-aware. */
export function isShare(path: ConstantPath): boolean {
  const key = splitPath(path)[0];
  return (
    key === "bandwidthEfficiency" ||
    key === "kvEfficiencyRelative" ||
    key === "hostBoundKvEfficiencyRelative" ||
    key === "expertEfficiencyRelative" ||
    key === "quantizedKernelEfficiencyRelative" ||
    key === "decodeComputeFraction" ||
    key === "cudaCoreAttentionFraction" ||
    key === "prefillComputeFraction" ||
    key === "allReduceBandwidthEfficiency"
  );
}

function softL1(r: number, scale: number): number {
  const z = r / scale;
  return 2 * scale * scale * (Math.sqrt(1 + z * z) - 1);
}

/** Solve A x = b for a small dense symmetric system (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-300) continue;
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const f = m[row]![col]! / p;
      if (f === 0) continue;
      for (let k = col; k <= n; k++) m[row]![k]! -= f * m[col]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-300 ? 0 : row[n]! / row[i]!));
}

/**
 * Fit the free constants to the samples: minimize Σ softL1(ln(predicted ÷ measured)) plus the
 * prior, by iteratively reweighted Levenberg–Marquardt in log space, with a forward-difference
 * Jacobian. Deterministic for given inputs.
 * See docs/physics.md#decode-speed-engine-aware.
 */
export function fitSpeedConstants(samples: readonly CalibrationSample[], options: FitOptions): FitResult {
  const scale = options.lossScale ?? 0.1;
  const priorWeight = options.priorWeight ?? 0.02;
  const maxIterations = options.maxIterations ?? 300;
  const free = [...options.free];
  // Shares live in (0, 1): fitted as logits. Times and factors are positive: fitted as logarithms.
  const bounded = free.map(isShare);
  const encode = (value: number, i: number) => {
    if (!bounded[i]) return Math.log(value);
    const v = Math.min(1 - 1e-6, Math.max(1e-6, value));
    return Math.log(v / (1 - v));
  };
  const decode = (t: number, i: number) => (bounded[i] ? 1 / (1 + Math.exp(-t)) : Math.exp(t));
  const theta0 = free.map((path, i) => encode(getConstant(options.start, path), i));
  const build = (theta: readonly number[]): SpeedConstants => {
    let c = cloneConstants(options.start);
    free.forEach((path, i) => (c = withConstant(c, path, decode(theta[i]!, i))));
    return c;
  };
  const residuals = (theta: readonly number[]): number[] => {
    const c = build(theta);
    return samples.map((s) => Math.log(predictSample(s, c) / s.measuredTokensPerSecPerSequence));
  };
  const objective = (theta: readonly number[], r: readonly number[]): number =>
    r.reduce((sum, x) => sum + softL1(x, scale), 0) + priorWeight * theta.reduce((sum, t, i) => sum + (t - theta0[i]!) ** 2, 0);

  let theta = [...theta0];
  let r = residuals(theta);
  let f = objective(theta, r);
  let lambda = 1e-3;
  let iterations = 0;
  const n = free.length;
  for (; iterations < maxIterations && n > 0; iterations++) {
    // IRLS weights of the soft-L1 loss: ρ'(r)/r = 1/sqrt(1 + (r/s)²).
    const w = r.map((x) => 1 / Math.sqrt(1 + (x / scale) ** 2));
    const h = 1e-6;
    const jac: number[][] = free.map((_, j) => {
      const t = [...theta];
      t[j]! += h;
      const rj = residuals(t);
      return rj.map((x, i) => (x - r[i]!) / h);
    });
    const jtj: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const jtr = new Array<number>(n).fill(0);
    for (let a = 0; a < n; a++) {
      for (let b = a; b < n; b++) {
        let sum = 0;
        for (let i = 0; i < r.length; i++) sum += w[i]! * jac[a]![i]! * jac[b]![i]!;
        jtj[a]![b] = sum;
        jtj[b]![a] = sum;
      }
      let g = 0;
      for (let i = 0; i < r.length; i++) g += w[i]! * jac[a]![i]! * r[i]!;
      jtr[a] = g + priorWeight * (theta[a]! - theta0[a]!);
      jtj[a]![a]! += priorWeight;
    }
    let improved = false;
    for (let attempt = 0; attempt < 20; attempt++) {
      const damped = jtj.map((row, i) => row.map((v, j) => (i === j ? v * (1 + lambda) + 1e-12 : v)));
      const delta = solve(damped, jtr.map((g) => -g));
      const candidate = theta.map((t, i) => t + Math.max(-2, Math.min(2, delta[i]!)));
      const rc = residuals(candidate);
      const fc = objective(candidate, rc);
      if (Number.isFinite(fc) && fc < f) {
        const gain = f - fc;
        theta = candidate;
        r = rc;
        f = fc;
        lambda = Math.max(1e-9, lambda / 3);
        improved = true;
        if (gain < 1e-12 * Math.max(1, f)) attempt = 99;
        break;
      }
      lambda *= 4;
    }
    if (!improved) break;
  }
  return { constants: build(theta), iterations, loss: r.reduce((sum, x) => sum + softL1(x, scale), 0) };
}

// ---------------------------------------------------------------------------------------------
// Errors and bands

export interface SampleResult {
  id: string;
  family: EngineFamily;
  gpuClass: GpuClass;
  gpuId: string;
  modelId: string;
  metric: SampleMetric;
  training: boolean;
  measured: number;
  predicted: number;
  /** (predicted − measured) ÷ measured, in percent. */
  errorPercent: number;
  /** The share of the predicted time prefill takes (0 for decode metrics). */
  prefillShare: number;
}

/** The p-th percentile (0–100) of sorted values, linearly interpolated between ranks. See docs/physics.md#decode-speed-engine-aware. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** The band of a set of results: 10th–90th percentile of measured ÷ predicted, median |error|, share within ±20%. See docs/physics.md#decode-speed-engine-aware. */
export function errorBand(results: readonly SampleResult[]): ErrorBand {
  const ratios = results.map((r) => r.measured / r.predicted).sort((a, b) => a - b);
  const errors = results.map((r) => Math.abs(r.errorPercent)).sort((a, b) => a - b);
  const round = (x: number, digits: number) => Number(x.toFixed(digits));
  return {
    records: results.length,
    p10: round(percentile(ratios, 10), 4),
    p90: round(percentile(ratios, 90), 4),
    medianAbsErrorPercent: round(percentile(errors, 50), 2),
    within20Percent: round((100 * errors.filter((e) => e <= 20).length) / Math.max(1, errors.length), 1),
  };
}

/** Each sample's prediction and error under the given constants. See docs/physics.md#decode-speed-engine-aware. */
export function evaluateSamples(samples: readonly CalibrationSample[], constants: SpeedConstants): SampleResult[] {
  return samples.map((s) => {
    const predicted = predictSample(s, constants);
    return {
      id: s.id,
      family: s.family,
      gpuClass: s.gpuClass,
      gpuId: s.gpuId,
      modelId: s.modelId,
      metric: s.metric,
      training: isTrainingRecord(s.id),
      measured: s.measuredTokensPerSecPerSequence,
      predicted,
      errorPercent: (100 * (predicted - s.measuredTokensPerSecPerSequence)) / s.measuredTokensPerSecPerSequence,
      prefillShare: prefillShare(s, constants),
    };
  });
}

/** The bands of a set of results: all of them, by engine family and by GPU class. See docs/physics.md#decode-speed-engine-aware. */
export function bandsOf(results: readonly SampleResult[]): ErrorBands {
  const byEngineFamily: Partial<Record<EngineFamily, ErrorBand>> = {};
  for (const family of ENGINE_FAMILIES) {
    const subset = results.filter((r) => r.family === family);
    if (subset.length > 0) byEngineFamily[family] = errorBand(subset);
  }
  const byGpuClass: Partial<Record<GpuClass, ErrorBand>> = {};
  for (const klass of GPU_CLASSES) {
    const subset = results.filter((r) => r.gpuClass === klass);
    if (subset.length > 0) byGpuClass[klass] = errorBand(subset);
  }
  return { all: errorBand(results), byEngineFamily, byGpuClass };
}

// ---------------------------------------------------------------------------------------------
// The whole calibration

/** Serving engines whose fitted per-layer and per-sequence costs pool into the engines without a fit (HF transformers' eager Python and llama.cpp are set apart). */
export const POOLED_ENGINE_KEYS: readonly EngineKey[] = ["vllm", "vllm@<0.8", "sglang", "trtllm", "lmdeploy"];

export interface CalibrationOptions {
  /** Starting values: published figures and the design notes' estimates. */
  start: SpeedConstants;
  /** Where each start value comes from. */
  startProvenance: Record<ConstantPath, string>;
  /** Constants never fitted: published figures, references and assumptions (their provenance says which). */
  fixed: readonly ConstantPath[];
  /** Constants that take another's final value: `{ "bandwidthEfficiency.other-hbm": "bandwidthEfficiency.nvidia-hbm" }`. */
  tied: Readonly<Record<ConstantPath, ConstantPath>>;
  /** A constant is fitted only when at least this many training records exercise it (default 5). */
  minRecordsPerConstant?: number;
  priorWeight?: number;
  /** The date the provenance strings name. */
  fittedOn: string;
}

export interface FittedConstants {
  constants: SpeedConstants;
  provenance: Record<ConstantPath, string>;
  free: ConstantPath[];
  iterations: number;
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/**
 * Fit on the given training samples: choose what to fit by coverage, fit it, give the engines
 * without a fit the pooled value of the serving engines that have one, and apply the ties.
 * See docs/physics.md#decode-speed-engine-aware.
 */
export function fitOn(training: readonly CalibrationSample[], options: CalibrationOptions): FittedConstants {
  const minRecords = options.minRecordsPerConstant ?? 5;
  const provenance: Record<ConstantPath, string> = { ...options.startProvenance };
  const free: ConstantPath[] = [];
  for (const path of constantPaths(options.start)) {
    if (options.fixed.includes(path) || path in options.tied) continue;
    const n = coverage(training, options.start, path);
    if (n >= minRecords) {
      free.push(path);
      provenance[path] = `fitted on ${options.fittedOn} by scripts/calibrate from the ${n} training records it affects (of ${training.length})`;
    } else {
      provenance[path] = `${provenance[path] ?? "start value"}; not fitted: ${n} training record${n === 1 ? "" : "s"} affect it (fewer than ${minRecords})`;
    }
  }
  const fit = fitSpeedConstants(training, { start: options.start, free, ...(options.priorWeight !== undefined ? { priorWeight: options.priorWeight } : {}) });
  let constants = fit.constants;
  for (const family of ["layerSeconds", "sequenceSeconds"] as const) {
    const fitted = POOLED_ENGINE_KEYS.filter((key) => free.includes(`${family}.${key}`));
    if (fitted.length === 0) continue;
    const pooled = median(fitted.map((key) => constants[family][key]));
    for (const key of Object.keys(constants[family]) as EngineKey[]) {
      const path = `${family}.${key}`;
      if (free.includes(path) || options.fixed.includes(path)) continue;
      constants = withConstant(constants, path, pooled);
      provenance[path] = `${key === "unknown" ? "" : `${provenance[path] ?? "no records"}; `}the median of the fitted ${fitted.map((k) => `${family}.${k}`).join(", ")}`;
    }
  }
  for (const [path, from] of Object.entries(options.tied)) {
    constants = withConstant(constants, path, getConstant(constants, from));
    provenance[path] = `${provenance[path] ? `${provenance[path]}; ` : ""}taken equal to ${from}`;
  }
  return { constants, provenance, free, iterations: fit.iterations };
}

export interface Calibration extends FittedConstants {
  training: CalibrationSample[];
  heldOut: CalibrationSample[];
  /** Every sample under the shipped constants. */
  results: SampleResult[];
  /** Every sample predicted by the fit of the cross-validation fold that held it out. */
  crossValidated: SampleResult[];
  heldOutBands: ErrorBands;
  crossValidatedBands: ErrorBands;
}

/**
 * The whole calibration: fit on the training part, evaluate every sample (the held-out part's
 * errors are the headline), and a 5-fold cross-validation whose out-of-fold errors give the bands.
 * See docs/physics.md#decode-speed-engine-aware.
 */
export function calibrate(samples: readonly CalibrationSample[], options: CalibrationOptions): Calibration {
  const training = samples.filter((s) => isTrainingRecord(s.id));
  const heldOut = samples.filter((s) => !isTrainingRecord(s.id));
  const fitted = fitOn(training, options);
  const results = evaluateSamples(samples, fitted.constants);
  const crossValidated: SampleResult[] = [];
  for (let fold = 0; fold < CROSS_VALIDATION_FOLDS; fold++) {
    const foldFit = fitOn(
      samples.filter((s) => foldOf(s.id) !== fold),
      options,
    );
    crossValidated.push(...evaluateSamples(samples.filter((s) => foldOf(s.id) === fold), foldFit.constants).map((r) => ({ ...r, training: false })));
  }
  const order = new Map(samples.map((s, i) => [s.id, i]));
  crossValidated.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return {
    ...fitted,
    training,
    heldOut,
    results,
    crossValidated,
    heldOutBands: bandsOf(results.filter((r) => !r.training)),
    crossValidatedBands: bandsOf(crossValidated),
  };
}
