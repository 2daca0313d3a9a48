import type { ModelCheckpoint } from "../base/model-input.js";
import { isPrecision } from "../physics/precision.js";
import type { ModelSpec } from "./types.js";

const FORMATS: ReadonlySet<string> = new Set<ModelCheckpoint["format"]>(["safetensors", "gguf", "pytorch"]);

/**
 * A catalog model's checkpoint as the estimate takes it, from its card's `checkpoint` facts: the
 * bytes the engine loads per stored dtype, the parameters, and what one decoded token reads. With
 * them the scenario in the checkpoint's own precision takes the real bytes of a mixed-precision
 * checkpoint (gpt-oss: MXFP4 experts and BF16 elsewhere; DeepSeek-V3: block FP8 with BF16
 * embeddings and F32 scales) instead of parameters × one precision.
 *
 * `measured: true` means every figure is either published (an index's `total_size`, a model card)
 * or counted by `countSafetensors` over the checkpoint's real tensor list, never assumed: the
 * catalog compiler (scripts/catalog/compile.mjs) refuses estimate facts whose source names neither,
 * and `__tests__/catalog-checkpoints.test.ts` recounts each card that has a recipe.
 *
 * The catalog records how many shards there are, not their names, so `files` is empty.
 * Undefined when the card has no checkpoint facts, or not all the estimate needs (`precision`,
 * `weightsBytes`, `bytesByDtype`, `paramsTotal`, `paramsActive`, `bytesReadPerToken`), or a format
 * the estimate does not know.
 */
export function catalogCheckpoint(spec: ModelSpec): ModelCheckpoint | undefined {
  const facts = spec.checkpoint;
  if (!facts) return undefined;
  const { precision, weightsBytes, bytesByDtype, paramsTotal, paramsActive, bytesReadPerToken } = facts;
  if (precision === undefined || !isPrecision(precision) || !FORMATS.has(facts.format)) return undefined;
  if (weightsBytes === undefined || bytesByDtype === undefined || paramsTotal === undefined || paramsActive === undefined || bytesReadPerToken === undefined) return undefined;
  const byDtype = Object.create(null) as Record<string, number>;
  for (const [dtype, bytes] of Object.entries(bytesByDtype)) byDtype[dtype] = bytes;
  return {
    format: facts.format as ModelCheckpoint["format"],
    quantization: facts.quantization,
    precision,
    weightsBytes,
    bytesByDtype: byDtype,
    files: [],
    paramsTotal,
    paramsActive,
    bytesReadPerToken,
    measured: true,
  };
}
