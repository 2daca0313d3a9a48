import type { ModelCheckpoint, ModelInput, ModelSource } from "../base/model-input.js";
import { checkpointFromFileSizes, modelCheckpointFromCount } from "../checkpoint/model-checkpoint.js";
import { configFromMistralParams } from "../checkpoint/mistral-params.js";
import { architectureFromHfConfig, HfConfigError } from "../catalog/hf-config.js";
import type { Precision } from "../physics/precision.js";
import type { HubFacts } from "./client.js";

/**
 * From the Hub's facts to the model the estimate takes: the architecture from config.json through
 * the same reader the catalog and local configs use, the checkpoint from the headers' counts.
 */



export type FactsModel = { ok: true; model: ModelInput } | { ok: false; message: string };

/**
 * The model a set of Hub facts describes, labelled by where the facts came from: the lock file,
 * the cache (facts of a commit resolved before; `source` stays `hub`), or the Hub itself.
 */
export function modelFromFacts(facts: HubFacts, from: "hub" | "lock" | "cache", id: string): FactsModel {
  const where = `${facts.repo}@${facts.sha.slice(0, 12)}`;
  const label = from === "lock" ? `lock file (${where})` : from === "cache" ? `Hugging Face Hub (${where}), from the cache` : `Hugging Face Hub (${where})`;
  const source: ModelSource = from === "lock" ? "lock" : "hub";
  const assumptions: string[] = [];
  let architecture;
  let maxContextTokens: number;
  let nativePrecision: Precision | undefined;
  let modelType: string;
  if (facts.config !== null) {
    let config = facts.config;
    if (facts.configFile === "params.json") {
      const converted = configFromMistralParams(config);
      config = converted.config;
      assumptions.push(...converted.assumptions);
    }
    try {
      const info = architectureFromHfConfig(config);
      architecture = info.architecture;
      maxContextTokens = info.maxContextTokens;
      nativePrecision = info.weightPrecision;
      modelType = info.modelType;
      assumptions.push(...(info.assumptions ?? []));
    } catch (error) {
      if (error instanceof HfConfigError) return { ok: false, message: `${facts.configFile ?? "config.json"} of ${facts.repo}: ${error.message}` };
      throw error;
    }
  } else if (facts.gguf) {
    architecture = facts.gguf.architecture;
    maxContextTokens = facts.gguf.maxContextTokens;
    modelType = "GGUF";
  } else {
    return { ok: false, message: `${facts.repo} has neither a config.json nor a GGUF header to read the architecture from` };
  }

  let checkpoint: ModelCheckpoint | undefined;
  const files = facts.weights.files.map((f) => f.path);
  if (facts.count) {
    checkpoint = modelCheckpointFromCount(facts.count, files);
  } else if (facts.weights.format === "gguf" || facts.weights.format === "pytorch") {
    checkpoint = checkpointFromFileSizes({
      format: facts.weights.format,
      quantization: facts.weights.quantization,
      files: facts.weights.files,
      architecture,
      nativePrecision,
      ...(facts.gguf ? { paramsTotal: facts.gguf.paramsTotal } : {}),
    });
  }
  const precision = checkpoint?.precision ?? nativePrecision ?? "bf16";
  return {
    ok: true,
    model: {
      id,
      name: `${facts.repo} (${modelType})`,
      architecture,
      maxContextTokens,
      nativePrecision: precision,
      resolvedFrom: label,
      source,
      revision: facts.sha,
      ...(checkpoint ? { checkpoint } : {}),
      ...(assumptions.length > 0 ? { assumptions } : {}),
    },
  };
}
