import type { Rule, RuleResult } from "../rule.js";
import { quotedList } from "./common.js";
import { quote } from "../../base/text.js";

export const unknownGpu: Rule = {
  id: "unknown-gpu",
  defaultSeverity: "error",
  summary: "The GPU is not in the catalog.",
  description:
    "Checks that the deployment's GPU names an accelerator of the catalog, by id or by one of the aliases manifests use " +
    "(node labels such as `NVIDIA-A100-SXM4-80GB`, cloud accelerator names, short forms). Without the GPU's memory and bandwidth " +
    "no fit, headroom or speed can be computed, so every physics rule stays silent for the deployment. " +
    "Fix a typo using the suggestions, or run `llm-physics gpus` to list the ids and aliases.",
  check({ deployment, gpu }): RuleResult[] {
    if (gpu.ok) return [];
    const didYouMean = gpu.suggestions.length > 0 ? `; did you mean ${quotedList(gpu.suggestions)}?` : "";
    return [
      {
        message: `unknown GPU ${quote(deployment.gpu.value)}${didYouMean ? `${didYouMean} Run` : "; run"} \`llm-physics gpus\` to list the GPU ids and aliases the catalog knows`,
        range: deployment.gpu.range,
      },
    ];
  },
};
