import type { Precision } from "../physics/precision.js";
import { isPrecision } from "../physics/precision.js";
import generated from "./catalog.generated.json" with { type: "json" };
import { architectureFromHfConfig } from "./hf-config.js";
import type { CheckpointFacts, ConfigSource, ModelSpec, OfficialParams } from "./types.js";

/**
 * Popular open-weight models. The catalog is data: one folder per model under `catalog/models/`, holding the
 * checkpoint's `config.json` and a `card.json` (aliases, official parameter counts and their source, context
 * overrides with the reason, measured checkpoint facts). `scripts/catalog/compile.mjs` (run by the build)
 * gathers them into `catalog.generated.json`; here every config goes through `architectureFromHfConfig`, the
 * reader the Hub path uses, so no architecture number is typed twice. How to add a model: docs/contributing.md.
 *
 * Conventions:
 * - `id` is the Hugging Face repository of the instruct (or most used) checkpoint; `aliases` hold the base
 *   repository, older spellings, short slugs and Ollama tags that name the same tensor layout.
 * - `maxContextTokens` is the config's `max_position_embeddings` (which already includes any rope scaling in
 *   the config), except where the card gives another length the publisher documents, with the reason.
 * - `official` is what the publisher states, with where. When the card only gives a rounded figure, the
 *   Hugging Face "Model size" of the published safetensors is used and the source says so.
 *   `__tests__/catalog-models.test.ts` checks every derived count against it.
 */

/** One model as the compiled catalog holds it: its card's fields and its config.json. */
export interface CatalogEntry {
  id: string;
  name: string;
  family: string;
  aliases: string[];
  official: OfficialParams;
  configSource: ConfigSource;
  maxContextTokens?: { tokens: number; reason: string };
  checkpoint?: CheckpointFacts;
  nativePrecision?: string;
  config: Record<string, unknown>;
}

/** The compiled catalog's entries, sorted by id. */
export const CATALOG_ENTRIES: readonly CatalogEntry[] = (generated as unknown as { models: CatalogEntry[] }).models;

/** Build the ModelSpec of one catalog entry by reading its config.json. Throws when the entry cannot be served. */
export function modelFromEntry(entry: CatalogEntry): ModelSpec {
  const info = architectureFromHfConfig(entry.config);
  let nativePrecision: Precision | undefined = info.weightPrecision;
  if (entry.nativePrecision !== undefined) {
    if (!isPrecision(entry.nativePrecision)) throw new Error(`catalog entry ${entry.id}: nativePrecision "${entry.nativePrecision}" is not a precision`);
    nativePrecision = entry.nativePrecision;
  }
  if (nativePrecision === undefined) {
    throw new Error(`catalog entry ${entry.id}: its config.json states no torch_dtype or quantization, so the card needs nativePrecision`);
  }
  const spec: ModelSpec = {
    id: entry.id,
    name: entry.name,
    family: entry.family,
    aliases: [...entry.aliases],
    architecture: info.architecture,
    maxContextTokens: entry.maxContextTokens?.tokens ?? info.maxContextTokens,
    nativePrecision,
    official: { ...entry.official },
    configSource: { ...entry.configSource },
  };
  if (entry.maxContextTokens) spec.maxContextReason = entry.maxContextTokens.reason;
  if (entry.checkpoint) spec.checkpoint = entry.checkpoint;
  return spec;
}

export const MODELS: readonly ModelSpec[] = CATALOG_ENTRIES.map(modelFromEntry);
