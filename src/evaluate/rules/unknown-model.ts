import type { Rule, RuleResult } from "../rule.js";
import { quotedList } from "./common.js";
import { quote } from "../../base/text.js";

const CATALOG = "a catalog id or alias (`llm-physics models` lists them)";
const CONFIG_JSON = "a path to the model's Hugging Face config.json";
const INLINE = "an inline mapping with name, architecture and maxContextTokens";

export const unknownModel: Rule = {
  id: "unknown-model",
  defaultSeverity: "error",
  summary: "The model is neither in the catalog, nor in the repository, nor on the Hugging Face Hub.",
  description:
    "Checks that the deployment's model can be resolved to an architecture: a catalog id or alias, a path to a Hugging Face " +
    "config.json (or a folder holding one, with its weight files) relative to the manifest and inside the repository, an Ollama " +
    "reference, a Hugging Face id read from the lock file, the cache or the Hub, or an architecture written inline. Without the " +
    "architecture no memory, KV cache or bandwidth figure can be computed, so every physics rule stays silent for the deployment. " +
    "Fix a typo using the suggestions, set HF_TOKEN (the action's `hf-token`) for a gated model, commit a lock file " +
    "(`llm-physics lock`) for runs without network or token, or point the model at its config.json. Beside a resolved model it " +
    "also says, as a warning or notice, when the Hub could not be read and the catalog answered instead, or a lock entry is stale.",
  check({ deployment, model }): RuleResult[] {
    const range = deployment.model.range;
    // What the lock, cache or Hub said beside an answer (the Hub was down and the catalog answered,
    // a lock entry is stale) is a remark at the model's line, below the rule's severity.
    const remarks = (model.remarks ?? []).map((r): RuleResult => ({ message: r.message, range, severity: r.severity }));
    if (model.ok) return remarks;
    const value = deployment.model.value;
    const name = typeof value === "string" ? value : (value.name ?? "inline architecture");
    const didYouMean = model.suggestions.length > 0 ? `did you mean ${quotedList(model.suggestions)}?` : "";
    // A name the catalogs do not know gets the suggestions and the three ways to declare a model;
    // a config.json that could not be read, or an inline architecture that cannot be computed,
    // says why, in the resolver's words. A failure without a code or message is a name no catalog knows.
    const failure = model.failure;
    const unknownName = failure === "unknown-name" || (failure === undefined && model.message === "");
    if (typeof value === "string" && failure === "hub-not-found") {
      return [
        ...remarks,
        {
          message: `unknown model ${quote(name)}: neither the catalog nor the Hugging Face Hub knows it${didYouMean ? `; ${didYouMean}` : ""} (a private model needs HF_TOKEN, or the action's \`hf-token\`); declare the model by ${CATALOG}, ${CONFIG_JSON}, or ${INLINE}`,
          range,
        },
      ];
    }
    if (typeof value === "string" && failure?.startsWith("hub-")) {
      // Gated, a bad token, a revision that does not exist, no Hub and no lock: the resolver's words say what to do.
      return [...remarks, { message: `model ${quote(name)} could not be read from the Hugging Face Hub: ${model.message}`, range }];
    }
    if (typeof value === "string" && unknownName) {
      return [
        ...remarks,
        {
          message: `unknown model ${quote(name)}${didYouMean ? `; ${didYouMean} Declare` : "; declare"} the model by ${CATALOG}, ${CONFIG_JSON}, or ${INLINE}`,
          range,
        },
      ];
    }
    const reason = model.message.replace(/[.\s]+$/, "");
    return [
      {
        message:
          `model ${quote(name)} could not be resolved: ${reason}${didYouMean ? ` (${didYouMean})` : ""};` +
          ` fix it, or declare the model by ${CATALOG} or ${INLINE} instead`,
        range,
      },
    ];
  },
};
