import type { Deployment } from "../base/deployment.js";
import type { Resolution } from "../catalog/resolve.js";
import type { GpuSpec } from "../catalog/types.js";
import type { Estimate } from "../estimate/estimate.js";
import type { Severity, SourceRange } from "../base/findings.js";
import type { ModelInput } from "../base/model-input.js";
import type { EffectivePolicy } from "../base/policy.js";

/** Everything a rule may look at for one deployment. Rules are pure functions of it. */
export interface RuleContext {
  deployment: Deployment;
  /** The resolved model, or how resolving it failed. */
  model: Resolution<ModelInput>;
  gpu: { ok: true; value: GpuSpec } | { ok: false; suggestions: string[] };
  /** The physics, when model and GPU resolved and the numbers allow it. */
  estimate: Estimate | null;
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
