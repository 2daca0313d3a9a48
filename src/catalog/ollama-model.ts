import type { ModelCheckpoint, ModelInput } from "../base/model-input.js";
import { quote } from "../base/text.js";
import { estimateOllamaWeights, parseOllamaReference, type OllamaReference } from "../checkpoint/ollama.js";
import { countParams } from "../physics/params.js";
import { ggufPrecision } from "../checkpoint/model-checkpoint.js";
import { modelLookup } from "./lookups.js";
import { resolveModelVariant } from "./model-variants.js";
import type { ModelSpec } from "./types.js";

/**
 * An Ollama model reference (`ollama://gemma3:27b`, as KubeAI and Ollama manifests write it): the
 * catalog model the tag names, its weights as the tag's GGUF quantization holds them (Q4_K_M
 * unless the tag names another), and Ollama's default context unless the manifest sets one — each
 * stated as an assumption in the facts. `hf.co/org/repo:QUANT` references go to the Hub instead,
 * where the GGUF file's real size is read. See docs/models.md#ollama.
 */

export type OllamaResolution = { ok: true; model: ModelInput } | { ok: false; message: string; suggestions: string[] };

/** The catalog entry a library reference names: `gemma3:27b`, `llama3.1:8b-instruct-q8_0` → `llama3.1:8b`, `gemma3` → its latest. */
function catalogEntry(reference: OllamaReference): ModelSpec | undefined {
  const names = [`${reference.model}:${reference.tag}`, reference.sizeTag ? `${reference.model}:${reference.sizeTag}` : null, reference.tag === "latest" ? reference.model : null];
  for (const name of names) {
    if (!name) continue;
    const found = modelLookup.find(name) ?? resolveModelVariant(name)?.model;
    if (found) return found;
  }
  return undefined;
}

/** Whether a model value is an Ollama reference this resolver takes. */
export function isOllamaReference(value: string): boolean {
  return /^ollama:\/\//i.test(value.trim());
}

export function resolveOllamaModel(value: string): OllamaResolution {
  const parsed = parseOllamaReference(value.trim().replace(/^ollama:\/\//i, ""));
  if (!parsed.ok) return { ok: false, message: `Ollama reference ${quote(value)} ${parsed.message}`, suggestions: [] };
  const reference = parsed.reference;
  const spec = catalogEntry(reference);
  if (!spec) {
    const wanted = `${reference.model}:${reference.sizeTag ?? reference.tag}`;
    return {
      ok: false,
      message: `unknown Ollama model ${quote(value)}: the catalog has no model for ${quote(wanted)}; declare the model by a catalog id, or the Hugging Face repository its GGUF comes from (hf.co/org/repo:${reference.quantization})`,
      suggestions: modelLookup.suggest(wanted),
    };
  }
  const params = countParams(spec.architecture);
  const estimate = estimateOllamaWeights(reference, { params: params.paramsTotal });
  if (!estimate.ok) return { ok: false, message: estimate.message, suggestions: [] };
  const e = estimate.estimate;
  // Bytes read per token scale as the parameters read per token (the input embedding is a lookup).
  const readShare = (params.paramsActive - (spec.architecture.tieWordEmbeddings ? 0 : params.embeddingParams)) / params.paramsTotal;
  const checkpoint: ModelCheckpoint = {
    format: "gguf",
    quantization: e.quantization,
    precision: ggufPrecision(e.quantization, "int4"),
    weightsBytes: e.weightsBytes,
    bytesByDtype: { [e.quantization]: e.weightsBytes },
    files: [],
    paramsTotal: params.paramsTotal,
    paramsActive: params.paramsActive,
    bytesReadPerToken: Math.round(e.weightsBytes * readShare),
    measured: false,
  };
  return {
    ok: true,
    model: {
      id: value,
      name: `${spec.name} (Ollama ${reference.canonical})`,
      architecture: spec.architecture,
      maxContextTokens: spec.maxContextTokens,
      nativePrecision: checkpoint.precision,
      resolvedFrom: `Ollama ${reference.canonical} read as ${spec.id} in ${e.quantization}`,
      source: "catalog",
      checkpoint,
      assumptions: [e.assumption],
      servingDefaults: { engine: "ollama" },
    },
  };
}
