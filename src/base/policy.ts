import type { Tier } from "../physics/tier.js";

/**
 * The policy targets a deployment is held to. Base layer: the manifest's `spec.policy`, the
 * repository's `.llm-physics.yml` and the rules all speak of these.
 */

/** The policy targets in force for one deployment: the manifest's, else the repository's, else these defaults. */
export interface EffectivePolicy {
  maxTier: Tier | null;
  minHeadroomPercent: number;
  maxBandwidthUtilizationPercent: number;
}

export const DEFAULT_POLICY: EffectivePolicy = {
  maxTier: null,
  minHeadroomPercent: 10,
  maxBandwidthUtilizationPercent: 80,
};
