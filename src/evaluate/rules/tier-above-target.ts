import { CONSUMER_LIMIT_BYTES, TIER_BATCH, TIER_CONTEXT_TOKENS, tierRank, WORKSTATION_LIMIT_BYTES, type Tier } from "../../physics/tier.js";
import { formatGB, formatInteger } from "../../base/units.js";
import type { Rule, RuleResult } from "../rule.js";

/** `consumer (below 24 GB)`, `workstation (24 GB to 80 GB)`, `infrastructure (above 80 GB)`. */
function tierWithBounds(tier: Tier): string {
  const consumer = formatGB(CONSUMER_LIMIT_BYTES, 0);
  const workstation = formatGB(WORKSTATION_LIMIT_BYTES, 0);
  if (tier === "consumer") return `consumer (below ${consumer})`;
  if (tier === "workstation") return `workstation (${consumer} to ${workstation})`;
  return `infrastructure (above ${workstation})`;
}

export const tierAboveTarget: Rule = {
  id: "tier-above-target",
  defaultSeverity: "warning",
  summary: "The model's hardware tier is above the policy's maximum tier.",
  description:
    "Checks the model's tier against the policy's maxTier. The tier is decided by the model alone, by its INT8 footprint (weights, " +
    "KV cache for one sequence of 8,192 tokens, 12% workspace): consumer below 24 GB, workstation from 24 GB to 80 GB, infrastructure " +
    "above 80 GB (decimal GB). A team that plans for workstation-class hardware wants to know before a model that needs a multi-GPU " +
    "cluster is merged. Fix it with a smaller model (or a distilled variant), or raise maxTier in the manifest's policy or " +
    ".llm-physics.yml when the larger hardware is intended.",
  check({ deployment, estimate, policy }): RuleResult[] {
    if (!estimate || policy.maxTier === null) return [];
    if (tierRank(estimate.tier) <= tierRank(policy.maxTier)) return [];
    return [
      {
        message:
          `tier ${tierWithBounds(estimate.tier)} is above the maximum tier ${tierWithBounds(policy.maxTier)}:` +
          ` the INT8 footprint at batch ${TIER_BATCH} and ${formatInteger(TIER_CONTEXT_TOKENS)} tokens is ${formatGB(estimate.tierFootprintBytes)}`,
        range: deployment.model.range,
      },
    ];
  },
};
