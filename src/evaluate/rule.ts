import type { Deployment } from "../base/deployment.js";
import type { Resolution } from "../catalog/resolve.js";
import type { GpuSpec } from "../catalog/types.js";
import type { Estimate } from "../estimate/estimate.js";
import type { Fix, Severity, SourceRange } from "../base/findings.js";
import type { ModelInput } from "../base/model-input.js";
import type { EffectivePolicy } from "../base/policy.js";
import type { Precision } from "../physics/precision.js";

/** Everything a rule may look at for one deployment. Rules are pure functions of it. */
export interface RuleContext {
  deployment: Deployment;
  /** The resolved model, or how resolving it failed. */
  model: Resolution<ModelInput>;
  /** The GPU; `undeclared` when the manifest (and the configuration's `gpus:`) names none. */
  gpu: { ok: true; value: GpuSpec } | { ok: false; suggestions: string[]; undeclared?: boolean };
  /** The physics, when model and GPU resolved and the numbers allow it. */
  estimate: Estimate | null;
  /** Without a GPU: what the deployment needs per GPU, and which catalog GPUs would hold it. */
  requirement: Requirement | null;
  policy: EffectivePolicy;
}

/** What a rule reports: a message at a place; the engine adds rule id, severity and file. */
export interface RuleResult {
  message: string;
  range: SourceRange;
  /**
   * A lower severity for this one result than the rule's, for a remark beside the rule's problems
   * (tensor-parallel-invalid's idle GPUs are a notice). It never raises a result above the rule's
   * severity, default or configured.
   */
  severity?: Severity;
  /** The one exact change that resolves it (Finding.fix), when the rule can compute one. */
  fix?: Fix;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line, for SARIF's shortDescription and listings. */
  summary: string;
  /** One paragraph: what it checks, why it matters, how to fix it. */
  description: string;
  /**
   * Rules that the pipeline raises itself (`yaml-syntax`, `schema`, suppressions) have no check;
   * they are listed for their id, severity and documentation.
   */
  check?: (context: RuleContext) => RuleResult[];
}

/**
 * What a deployment needs of each GPU when its GPU is not known: its footprint at the declared
 * count and parallelism (the same on any GPU), the bandwidth a target needs, and the catalog GPUs
 * that would hold it, smallest first.
 */
export interface Requirement {
  precision: Precision;
  perGpuBytes: number;
  perGpuWeightsBytes: number;
  perGpuKvCacheBytes: number;
  perGpuWorkspaceBytes: number;
  gpuCount: number;
  tensorParallel: number;
  pipelineParallel: number;
  /** Data-parallel ranks of one replica (1 without data parallelism). */
  dataParallel: number;
  contextTokens: number;
  /** Bytes per second the target speed needs; null without a target. */
  requiredBandwidthBytesPerSec: number | null;
  /** Catalog GPUs (whole, discrete) whose usable memory holds it, by memory, smallest first. */
  fittingGpus: string[];
}
