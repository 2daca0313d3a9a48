import type { Rule } from "../rule.js";
import { bandwidthInsufficient } from "./bandwidth-insufficient.js";
import { concurrencyExceedsKvCapacity } from "./concurrency-exceeds-kv-capacity.js";
import { contextExceedsModelMax } from "./context-exceeds-model-max.js";
import { fp8NotNative } from "./fp8-not-native.js";
import { headroomBelowMinimum } from "./headroom-below-minimum.js";
import { incompleteDeployment } from "./incomplete-deployment.js";
import { schema } from "./schema.js";
import { suppressionWithoutReason } from "./suppression-without-reason.js";
import { tensorParallelInvalid } from "./tensor-parallel-invalid.js";
import { tierAboveTarget } from "./tier-above-target.js";
import { unknownGpu } from "./unknown-gpu.js";
import { unknownModel } from "./unknown-model.js";
import { unusedSuppression } from "./unused-suppression.js";
import { vramExceedsCapacity } from "./vram-exceeds-capacity.js";
import { yamlSyntax } from "./yaml-syntax.js";

/**
 * Every rule, in the order listings, SARIF and documentation show them: the stages' own rules
 * first, then resolution, then the physics, then the suppression stage's.
 */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  unknownModel,
  unknownGpu,
  incompleteDeployment,
  vramExceedsCapacity,
  headroomBelowMinimum,
  tierAboveTarget,
  bandwidthInsufficient,
  fp8NotNative,
  tensorParallelInvalid,
  contextExceedsModelMax,
  concurrencyExceedsKvCapacity,
  suppressionWithoutReason,
  unusedSuppression,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

