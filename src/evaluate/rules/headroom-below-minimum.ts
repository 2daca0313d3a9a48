import { formatGB, formatPercent } from "../../base/units.js";
import type { Rule, RuleResult } from "../rule.js";
import { deploymentScenario, hardwareRange, policyPercent } from "./common.js";

export const headroomBelowMinimum: Rule = {
  id: "headroom-below-minimum",
  defaultSeverity: "warning",
  summary: "The deployment fits, but with less spare memory per GPU than the policy asks for.",
  description:
    "Checks that the memory left on the busiest GPU, once weights, KV cache and workspace are in, is at least the policy's " +
    "minHeadroomPercent (10% by default) of the memory the engine may use. The estimate is a formula: longer prompts than planned, " +
    "allocator fragmentation, a newer engine version or a LoRA adapter take more, and a deployment at the edge fails under load " +
    "rather than at start-up. Fix it with a lower weight precision, a shorter context or lower concurrency, more GPUs, or, when " +
    "the margin is known to be enough, a lower minHeadroomPercent in the manifest's policy or .llm-physics.yml.",
  check({ deployment, estimate, policy }): RuleResult[] {
    if (!estimate) return [];
    const s = deploymentScenario(estimate);
    if (!s || !s.fits || s.headroomPercent >= policy.minHeadroomPercent) return [];
    // A context the engine lowered to what fits (KAITO's probe) fills the KV budget by design: the
    // margin is the engine's, and the assumed context says what the deployment gets.
    if (deployment.contextChosenByEngine && !deployment.contextLength && estimate.inputs.contextTokens < estimate.model.maxContextTokens) return [];
    return [
      {
        message:
          `headroom ${formatPercent(s.headroomPercent)} (${formatGB(s.headroomBytes)} of ${formatGB(s.usableBytesPerGpu)} usable per GPU)` +
          ` is below the minimum of ${policyPercent(policy.minHeadroomPercent)}`,
        range: hardwareRange(deployment),
      },
    ];
  },
};
