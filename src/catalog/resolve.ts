import { existsSync, statSync } from "node:fs";
import { join, relative, resolve as resolvePath, sep } from "node:path";
import { isInside } from "../read/guarded-file.js";
import type { ModelInput } from "../base/model-input.js";
import { HfConfigError, readHfConfig } from "./hf-config.js";
import { gpuLookup, modelLookup } from "./lookups.js";
import { resolveModelVariant } from "./model-variants.js";
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
  return {
    id: spec.id,
    name: spec.name,
    architecture: spec.architecture,
    maxContextTokens: spec.maxContextTokens,
    nativePrecision: spec.nativePrecision,
    resolvedFrom: "catalog",
  };
}

/** A value that names a config.json: a path ending in .json, or a folder holding one. */
function configPathFor(value: string, baseDir: string): string | undefined {
  const path = resolvePath(baseDir, value);
  if (value.endsWith(".json")) return path;
  if (existsSync(path) && statSync(path).isDirectory() && existsSync(join(path, "config.json"))) return join(path, "config.json");
  return undefined;
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
  const configPath = configPathFor(value, baseDir);
  if (configPath) {
    const shown = relative(repository?.root ?? baseDir, configPath).split(sep).join("/");
    const info = readHfConfig(configPath, { root: repository?.realRoot ?? null, shownAs: shown });
    return {
      id: value,
      name: `${info.modelType} from ${value}`,
      architecture: info.architecture,
      maxContextTokens: info.maxContextTokens,
      nativePrecision: info.weightPrecision ?? "bf16",
      resolvedFrom: relative(baseDir, configPath).split(sep).join("/"),
    };
  }
  // Ids in the wild are variants of catalog models: quantized re-uploads, storage URIs, local paths.
  const variant = resolveModelVariant(value);
  if (variant) {
    return {
      ...modelInputFromSpec(variant.model),
      id: value,
      nativePrecision: variant.impliedPrecision ?? variant.model.nativePrecision,
      resolvedFrom: variant.how,
    };
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
export type ResolutionFailure = "unknown-name" | "config-outside-repository" | "config-unreadable" | "inline-architecture-invalid";

export type Resolution<T> = { ok: true; value: T } | { ok: false; message: string; suggestions: string[]; failure?: ResolutionFailure };

/**
 * Resolve a model named in a manifest: like resolveModel, but a config.json path is taken
 * relative to the manifest and must stay inside the repository `root`. Never throws.
 */
export function resolveManifestModel(value: string, baseDir: string, repository: Repository): Resolution<ModelInput> {
  const spec = modelLookup.find(value);
  if (spec) return { ok: true, value: modelInputFromSpec(spec) };
  const configPath = configPathFor(value, baseDir);
  if (configPath && !isInside(repository.root, configPath)) {
    return {
      ok: false,
      message: `config.json path ${quote(value)} leads outside the repository; keep the model's config.json inside the repository`,
      suggestions: [],
      failure: "config-outside-repository",
    };
  }
  try {
    const model = resolveModel(value, baseDir, repository);
    // Reports name files relative to the repository, wherever the manifest sits.
    if (configPath) model.resolvedFrom = relative(repository.root, configPath).split(sep).join("/");
    return { ok: true, value: model };
  } catch (error) {
    if (error instanceof UnknownNameError) return { ok: false, message: error.message, suggestions: error.suggestions, failure: "unknown-name" };
    if (error instanceof HfConfigError) return { ok: false, message: error.message, suggestions: [], failure: "config-unreadable" };
    throw error;
  }
}

export function resolveGpu(value: string): GpuSpec {
  const gpu = gpuLookup.find(value);
  if (gpu) return gpu;
  throw new UnknownNameError("GPU", value, gpuLookup.suggest(value), "Run `llm-physics gpus` for the catalog.");
}
