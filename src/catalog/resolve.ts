import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve as resolvePath, sep } from "node:path";
import { isInside } from "../read/guarded-file.js";
import { configFromMistralParams } from "../checkpoint/mistral-params.js";
import { readLocalCheckpoint, readLocalGguf } from "./local-checkpoint.js";
import { isOllamaReference, resolveOllamaModel } from "./ollama-model.js";
import type { ModelInput } from "../base/model-input.js";
import { HfConfigError, hfConfigInfo, readConfigJson, type HfModelInfo } from "./hf-config.js";
import { gpuLookup, modelLookup } from "./lookups.js";
import { resolveModelVariant, type VariantResolution } from "./model-variants.js";
import { catalogCheckpoint } from "./checkpoint-facts.js";
import type { GpuSpec, ModelSpec } from "./types.js";
import { quote } from "../base/text.js";


/** A name the catalogs do not know, with the closest names they do. */
export class UnknownNameError extends Error {
  constructor(
    readonly kind: "model" | "GPU",
    readonly wanted: string,
    readonly suggestions: string[],
    hint: string,
  ) {
    const didYouMean = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `${quote(s)}`).join(", ")}?` : "";
    super(`unknown ${kind} ${quote(wanted)}${didYouMean} ${hint}`);
    this.name = "UnknownNameError";
  }
}

export function modelInputFromSpec(spec: ModelSpec): ModelInput {
  const checkpoint = catalogCheckpoint(spec);
  return {
    ...(checkpoint ? { checkpoint } : {}),
    id: spec.id,
    name: spec.name,
    architecture: spec.architecture,
    maxContextTokens: spec.maxContextTokens,
    nativePrecision: spec.nativePrecision,
    resolvedFrom: "catalog",
    source: "catalog",
  };
}

/**
 * A catalog model read from a variant's name: its architecture, in the precision the name
 * implies. The catalog checkpoint's measured bytes hold only for the same precision: a `-BF16`
 * conversion of an FP8 checkpoint is another set of files.
 */
function variantInput(value: string, variant: VariantResolution): ModelInput {
  const base = modelInputFromSpec(variant.model);
  const precision = variant.impliedPrecision ?? variant.model.nativePrecision;
  const { checkpoint, ...rest } = base;
  return { ...rest, ...(checkpoint && checkpoint.precision === precision ? { checkpoint } : {}), id: value, nativePrecision: precision, resolvedFrom: variant.how };
}

/**
 * A value that names a model's config: a path ending in .json, or a folder holding a
 * config.json (or, for Mistral's native format, a params.json).
 */
export function configPathFor(value: string, baseDir: string): string | undefined {
  const path = resolvePath(baseDir, value);
  // A GGUF file holds its architecture in its header: read as a model's config too.
  if (value.endsWith(".json") || (/\.gguf$/i.test(value) && existsSync(path))) return path;
  if (!existsSync(path) || !statSync(path).isDirectory()) return undefined;
  for (const name of ["config.json", "params.json"]) if (existsSync(join(path, name))) return join(path, name);
  return undefined;
}

/** A checkpoint beside a config.json that cannot be read: a malformed or hostile header, a missing shard. */
export class CheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckpointError";
  }
}

/**
 * A model from files in the repository: its config.json (or params.json) and, when the folder
 * holds them, its weight files' headers. Throws HfConfigError or CheckpointError.
 */
function resolveLocal(configPath: string, value: string, baseDir: string, repository?: Repository): { model: ModelInput; notes: string[] } {
  const root = repository?.realRoot ?? null;
  const shown = relative(repository?.root ?? baseDir, configPath).split(sep).join("/");
  if (/\.gguf$/i.test(configPath)) {
    const gguf = readLocalGguf(configPath, { root, shown });
    if (!gguf.ok) throw new CheckpointError(`the GGUF file cannot be read: ${gguf.message}`);
    return {
      model: {
        id: value,
        name: `GGUF ${basename(configPath)}`,
        architecture: gguf.architecture,
        maxContextTokens: gguf.maxContextTokens,
        nativePrecision: gguf.checkpoint.precision,
        resolvedFrom: relative(baseDir, configPath).split(sep).join("/"),
        source: "local",
        checkpoint: gguf.checkpoint,
      },
      notes: gguf.notes,
    };
  }
  // Read once: the architecture and, beside weight files, the checkpoint's quantization both come from it.
  const assumptions: string[] = [];
  let raw: unknown;
  let info: HfModelInfo;
  if (basename(configPath) === "params.json") {
    const converted = configFromMistralParams(readConfigJson(configPath, { root, shownAs: shown, kind: "params.json" }));
    assumptions.push(...converted.assumptions);
    raw = converted.config;
    info = hfConfigInfo(raw, `${shown} (Mistral params.json)`);
  } else {
    raw = readConfigJson(configPath, { root, shownAs: shown });
    info = hfConfigInfo(raw, shown);
  }
  // A model_type the reader does not know, read as a Llama-style decoder: say so.
  assumptions.push(...(info.assumptions ?? []));
  const model: ModelInput = {
    id: value,
    name: `${info.modelType} from ${value}`,
    architecture: info.architecture,
    maxContextTokens: info.maxContextTokens,
    nativePrecision: info.weightPrecision ?? "bf16",
    resolvedFrom: relative(baseDir, configPath).split(sep).join("/"),
    source: "local",
    ...(assumptions.length > 0 ? { assumptions } : {}),
  };
  const dir = dirname(configPath);
  if (!hasWeightFiles(dir)) return { model, notes: [] };
  const local = readLocalCheckpoint(dir, raw, { root, shownDir: dirname(shown) === "." ? "." : dirname(shown), architecture: info.architecture, nativePrecision: info.weightPrecision });
  if (!local.ok) throw new CheckpointError(`the checkpoint beside ${shown} cannot be read: ${local.message}`);
  if (local.checkpoint) {
    model.checkpoint = local.checkpoint;
    model.nativePrecision = local.checkpoint.precision;
  }
  return { model, notes: local.notes };
}

/** Whether a folder holds weight files at all (a config.json alone is read without listing headers). */
function hasWeightFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => /\.(safetensors|gguf|bin|pt|pth)$/i.test(name));
  } catch {
    return false;
  }
}

/** The repository a manifest lies in: its root as given, and that root's real path (symlinks resolved). */
export interface Repository {
  root: string;
  realRoot: string;
}

/**
 * Resolve `--model`: a catalog id or alias, or a path to a Hugging Face config.json (or a folder
 * holding one) relative to `baseDir`. With a `repository`, the config.json must really lie inside
 * it (see readHfConfig). Throws UnknownNameError or HfConfigError.
 */
export function resolveModel(value: string, baseDir: string, repository?: Repository): ModelInput {
  const spec = modelLookup.find(value);
  if (spec) return modelInputFromSpec(spec);
  if (isOllamaReference(value)) {
    const ollama = resolveOllamaModel(value);
    if (ollama.ok) return ollama.model;
    throw new UnknownNameError("model", value, ollama.suggestions, ollama.message);
  }
  const configPath = configPathFor(value, baseDir);
  if (configPath) return resolveLocal(configPath, value, baseDir, repository).model;
  // Ids in the wild are variants of catalog models: quantized re-uploads, storage URIs, local paths.
  const variant = resolveModelVariant(value);
  if (variant) {
    return variantInput(value, variant);
  }
  throw new UnknownNameError(
    "model",
    value,
    modelLookup.suggest(value),
    "Run `llm-physics models` for the catalog, or pass a path to the model's config.json.",
  );
}

/**
 * Why a name did not resolve, as data: no catalog knows it (`unknown-name`), its config.json path
 * leads outside the repository (`config-outside-repository`), or the config.json could not be read
 * or used (`config-unreadable`). The message says it for people.
 */
/** Why a model did not resolve, as data: rules decide on this, never on the message. */
export type ResolutionFailure =
  | "unknown-name"
  | "config-outside-repository"
  | "config-unreadable"
  | "inline-architecture-invalid"
  /** The Hub: gated without a token or without access, an invalid token, a revision that does not exist. */
  | "hub-gated"
  /** Neither the catalog nor the Hub knows the name (or it is private and no token was given). */
  | "hub-not-found"
  | "hub-invalid-token"
  | "hub-revision-not-found"
  /** The Hub could not be reached, or HF_HUB_OFFLINE is set, and no lock or cache entry answers. */
  | "hub-unavailable"
  /** The checkpoint's files could not be read: a malformed or hostile header, a missing shard. */
  | "checkpoint-unreadable";

/** Something said about a resolution that did succeed: the Hub was down and the catalog answered, a lock entry is stale. */
export interface Remark {
  severity: "warning" | "notice";
  message: string;
}

export type Resolution<T> =
  | { ok: true; value: T; remarks?: Remark[] }
  | { ok: false; message: string; suggestions: string[]; failure?: ResolutionFailure; remarks?: Remark[] };

/**
 * What the lock, the cache or the Hub said about a model reference, gathered before the
 * (synchronous) resolution runs: the pipeline asks them first, for every reference at once.
 */
export type ExternalAnswer =
  | { ok: true; model: ModelInput; remarks: Remark[] }
  | {
      ok: false;
      failure: ResolutionFailure;
      message: string;
      remarks: Remark[];
      /** The id was read out of a storage path: a Hub that does not know it is no error. */
      guessed: boolean;
      /** No request was made because the run is offline (HF_HUB_OFFLINE, --offline). */
      offline?: boolean;
    };

export interface ExternalModels {
  get(reference: string): ExternalAnswer | undefined;
}

/**
 * Resolve a model named in a manifest: like resolveModel, but a config.json path is taken
 * relative to the manifest and must stay inside the repository `root`. Never throws.
 */
export function resolveManifestModel(value: string, baseDir: string, repository: Repository, external?: ExternalModels): Resolution<ModelInput> {
  const spec = modelLookup.find(value);
  if (spec) return { ok: true, value: modelInputFromSpec(spec) };
  if (isOllamaReference(value)) {
    const ollama = resolveOllamaModel(value);
    // The resolver's words name the Ollama tag and the way out; the rule says them as they are.
    return ollama.ok ? { ok: true, value: ollama.model } : { ok: false, message: ollama.message, suggestions: ollama.suggestions };
  }
  const configPath = configPathFor(value, baseDir);
  const answer = configPath ? undefined : external?.get(value);
  if (answer) return fromExternal(value, answer);
  if (configPath && !isInside(repository.root, configPath)) {
    return {
      ok: false,
      message: `config.json path ${quote(value)} leads outside the repository; keep the model's config.json inside the repository`,
      suggestions: [],
      failure: "config-outside-repository",
    };
  }
  try {
    if (configPath) {
      const { model, notes } = resolveLocal(configPath, value, baseDir, repository);
      // Reports name files relative to the repository, wherever the manifest sits.
      model.resolvedFrom = relative(repository.root, configPath).split(sep).join("/");
      return { ok: true, value: model, remarks: notes.map((message): Remark => ({ severity: "notice", message })) };
    }
    return { ok: true, value: resolveModel(value, baseDir, repository) };
  } catch (error) {
    if (error instanceof UnknownNameError) return { ok: false, message: error.message, suggestions: error.suggestions, failure: "unknown-name" };
    if (error instanceof HfConfigError) return { ok: false, message: error.message, suggestions: [], failure: "config-unreadable" };
    if (error instanceof CheckpointError) return { ok: false, message: error.message, suggestions: [], failure: "checkpoint-unreadable" };
    throw error;
  }
}

/**
 * The lock's, the cache's or the Hub's answer. When it has no model, a catalog variant (a
 * quantized re-upload, a storage path) still answers, and says why the checkpoint was not read.
 */
function fromExternal(value: string, answer: ExternalAnswer): Resolution<ModelInput> {
  if (answer.ok) return { ok: true, value: answer.model, remarks: answer.remarks };
  const variant = resolveModelVariant(value);
  if (variant) {
    const remarks = [...answer.remarks];
    // A path the Hub does not know was only a guess, and offline is the user's choice; anything else is worth a word.
    const offline = answer.failure === "hub-unavailable" && answer.offline === true;
    if (!(answer.guessed && answer.failure === "hub-not-found") && !offline) {
      remarks.push({ severity: "warning", message: `${answer.message}; the estimate uses the catalog's ${variant.model.id} instead (parameters × precision, not the checkpoint's bytes)` });
    }
    return {
      ok: true,
      value: variantInput(value, variant),
      remarks,
    };
  }
  const suggestions = answer.failure === "hub-not-found" ? modelLookup.suggest(value) : [];
  return { ok: false, message: answer.message, suggestions, failure: answer.failure, remarks: answer.remarks };
}

export function resolveGpu(value: string): GpuSpec {
  const gpu = gpuLookup.find(value);
  if (gpu) return gpu;
  throw new UnknownNameError("GPU", value, gpuLookup.suggest(value), "Run `llm-physics gpus` for the catalog.");
}
