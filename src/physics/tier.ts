import type { Architecture } from "./architecture.js";
import { kvCacheBytes } from "./kv-cache.js";
import { bytesFor } from "./precision.js";
import { workspaceBytes } from "./memory.js";

/**
 * Hardware tiers of the founding specification (docs/physics.md#tiers), by INT8 footprint at
 * batch 1 and an 8K context, in decimal gigabytes:
 *   consumer        below 24 GB          (RTX 3090 / 4090 / Mac Studio)
 *   workstation     24 GB to 80 GB       (single A100 / H100 / A6000), both ends included
 *   infrastructure  above 80 GB          (multi-GPU clusters)
 */
export type Tier = "consumer" | "workstation" | "infrastructure";

export const TIERS: readonly Tier[] = ["consumer", "workstation", "infrastructure"];

export const TIER_CONTEXT_TOKENS = 8192;
export const TIER_BATCH = 1;
export const CONSUMER_LIMIT_BYTES = 24e9;
export const WORKSTATION_LIMIT_BYTES = 80e9;

/** The tier of an INT8 footprint: below 24 GB, 24 to 80 GB inclusive, above 80 GB. See docs/physics.md#tiers. */
export function tierForBytes(int8FootprintBytes: number): Tier {
  if (int8FootprintBytes < CONSUMER_LIMIT_BYTES) return "consumer";
  if (int8FootprintBytes <= WORKSTATION_LIMIT_BYTES) return "workstation";
  return "infrastructure";
}

/** The footprint that decides the tier: INT8 weights, BF16 KV cache for 1 × 8192 tokens, 12% workspace. See docs/physics.md#tiers. */
export function tierFootprintBytes(arch: Architecture, paramsTotal: number): number {
  const weights = bytesFor(paramsTotal, "int8");
  const kv = kvCacheBytes({ arch, kvPrecision: "bf16", contextTokens: TIER_CONTEXT_TOKENS, batch: TIER_BATCH });
  return weights + kv + workspaceBytes(weights);
}

/** Position of a tier, consumer lowest, for comparing it with a policy's maxTier. See docs/physics.md#tiers. */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}
