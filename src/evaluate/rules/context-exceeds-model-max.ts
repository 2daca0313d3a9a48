import { formatInteger } from "../../base/units.js";
import type { Rule, RuleResult } from "../rule.js";

export const contextExceedsModelMax: Rule = {
  id: "context-exceeds-model-max",
  defaultSeverity: "error",
  summary: "The context length is longer than the model supports.",
  description:
    "Checks that the deployment's context length (vLLM's max_model_len) is at most the model's maximum context, its " +
    "max_position_embeddings after any rope scaling. vLLM refuses to start with a longer one unless forced, and a forced one " +
    "produces degraded output past the trained length, while the KV cache is sized for tokens the model cannot use. Fix it by " +
    "setting the context length to the model's maximum or less, or by choosing a long-context variant of the model.",
  check({ deployment, model }): RuleResult[] {
    const context = deployment.contextLength;
    if (!context || !model.ok) return [];
    const max = model.value.maxContextTokens;
    if (context.value <= max) return [];
    return [
      {
        message:
          `context length ${formatInteger(context.value)} tokens exceeds the maximum of ${formatInteger(max)} tokens of ${model.value.id};` +
          ` set it to ${formatInteger(max)} or less`,
        range: context.range,
        // The model's maximum, written where the context length is (not for a value the reader assumed).
        ...(context.via && "assumed" in context.via ? {} : { fix: { range: context.range, replaces: String(context.value), replacement: String(max) } }),
      },
    ];
  },
};
