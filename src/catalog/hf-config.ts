/**
 * Read a Hugging Face `config.json` into an `Architecture`.
 *
 * The mapping is per `model_type` and follows what `transformers` builds from the same file: its
 * defaults where a field is absent (num_key_value_heads → num_attention_heads, tie_word_embeddings per
 * model class), its layer layouts (which layers slide, which are MoE). Where a config asks for a layout
 * the `Architecture` type cannot express, this throws an `HfConfigError` naming the field rather than
 * guessing. Nothing here throws anything but `HfConfigError` for any parsed JSON value.
 */
import type {
  Architecture,
  Attention,
  CrossAttention,
  LatentAttention,
  LinearAttention,
  MixtureOfExperts,
  Mlp,
  SlidingWindow,
  StandardAttention,
} from "../physics/architecture.js";
import type { Precision } from "../physics/precision.js";
import { quote } from "../base/text.js";
import { decodeText } from "../read/decode.js";
import { readGuarded } from "../read/guarded-file.js";

export const SUPPORTED_MODEL_TYPES: readonly string[] = Object.freeze([
  "llama",
  "mistral",
  "mixtral",
  "qwen2",
  "qwen2_moe",
  "qwen3",
  "qwen3_moe",
  "gemma2",
  "gemma3",
  "gemma3_text",
  "phi3",
  "deepseek_v2",
  "deepseek_v3",
  "gpt_oss",
  "falcon",
  "llama4",
  "llama4_text",
  "mllama",
  "mistral3",
  "glm4_moe",
  "kimi_k2",
  "qwen3_next",
  "mpt",
  "bloom",
  "phi",
  "phimoe",
  "granite",
  "granitemoe",
  "olmo",
  "olmo2",
  "olmoe",
  "cohere",
  "cohere2",
  "starcoder2",
  "internlm2",
  "exaone",
  "gpt_neox",
  "gpt_bigcode",
  "gpt2",
  "gptj",
  "stablelm",
  "qwen2_vl",
  "qwen2_5_vl",
  "llava",
  "llava_next",
  "gemma",
  "minicpm",
  "nemotron",
  "hunyuan_v1_dense",
  "seed_oss",
  "smollm3",
  "ernie4_5",
  "ernie4_5_moe",
  "dots1",
  "minimax_m2",
]);

/** `quant_method` values this reader understands. */
const SUPPORTED_QUANT_METHODS: readonly string[] = Object.freeze([
  "fp8",
  "fbgemm_fp8",
  "awq",
  "gptq",
  "compressed-tensors",
  "mxfp4",
  "bitsandbytes",
]);

export interface HfModelInfo {
  modelType: string;
  architecture: Architecture;
  /** max_position_embeddings (gemma3: text_config's). */
  maxContextTokens: number;
  /** Weight precision implied by quantization_config, or by torch_dtype when no quantization; undefined if neither. */
  weightPrecision?: Precision;
  /** How weightPrecision was decided, for reports, e.g. "quantization_config: fp8" or "torch_dtype: bfloat16". */
  precisionSource?: string;
  /**
   * Set only when the model_type is not one the reader knows and the config was read as a Llama-style decoder
   * (gated MLP, RMSNorm, 2 norms per layer) from its standard fields: what was assumed, first
   * `genericReadingAssumption(modelType)`. Absent for every known model type; see `readByGenericFallback`.
   */
  assumptions?: string[];
}

/** Whether `info` came from the generic Llama-style fallback rather than a mapping of its model_type. */
export function readByGenericFallback(info: HfModelInfo): boolean {
  return info.assumptions !== undefined && info.assumptions.length > 0;
}

export class HfConfigError extends Error {
  /** The config.json field at fault, dotted for nested ones (`text_config.hidden_size`). */
  readonly field?: string;

  constructor(message: string, field?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "HfConfigError";
    if (field !== undefined) this.field = field;
  }
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    return `the string ${quote(value, 40)}`;
  }
  return String(value);
}

function isPositiveInt(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}

/** Typed access to one JSON object of the config, with errors that name the field and the model type. */
class Fields {
  constructor(
    private readonly obj: JsonObject,
    readonly modelType: string,
    /** Prepended to field names in errors: "" at top level, "text_config." inside Gemma 3's text config. */
    private readonly prefix = "",
  ) {}

  path(key: string): string {
    return this.prefix + key;
  }

  /** The value, or undefined when absent or null (config.json writes null for "not set"). */
  get(key: string): unknown {
    if (!Object.prototype.hasOwnProperty.call(this.obj, key)) return undefined;
    const value = this.obj[key];
    return value === null ? undefined : value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Whether the key is written at all, null included. */
  written(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.obj, key);
  }

  fail(key: string, problem: string): never {
    throw new HfConfigError(`config.json field ${quote(this.path(key))} ${problem}`, this.path(key));
  }

  /** A required positive integer; `fallback` is transformers' default where the official configs rely on one. */
  int(key: string, fallback?: number): number {
    const value = this.get(key);
    if (value === undefined) {
      if (fallback !== undefined) return fallback;
      this.fail(key, `is missing; it is required for model_type ${quote(this.modelType)}`);
    }
    if (!isPositiveInt(value)) {
      this.fail(key, `must be a positive integer, but it is ${kindOf(value)} (model_type ${quote(this.modelType)})`);
    }
    return value;
  }

  /** A positive integer or nothing (absent or null). */
  optInt(key: string): number | undefined {
    const value = this.get(key);
    if (value === undefined) return undefined;
    if (!isPositiveInt(value)) {
      this.fail(key, `must be a positive integer or null, but it is ${kindOf(value)} (model_type ${quote(this.modelType)})`);
    }
    return value;
  }

  /** A non-negative integer (counts that may be 0), `fallback` when absent or null. */
  count(key: string, fallback: number): number {
    const value = this.get(key);
    if (value === undefined) return fallback;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      this.fail(key, `must be a non-negative integer, but it is ${kindOf(value)} (model_type ${quote(this.modelType)})`);
    }
    return value;
  }

  bool(key: string, fallback: boolean): boolean {
    const value = this.get(key);
    if (value === undefined) return fallback;
    if (typeof value !== "boolean") {
      this.fail(key, `must be true or false, but it is ${kindOf(value)} (model_type ${quote(this.modelType)})`);
    }
    return value;
  }

  /** A window length defaulting to `fallback` when the key is absent; written as null it means no window. */
  window(key: string, fallback: number): number | undefined {
    return this.written(key) ? this.optInt(key) : fallback;
  }

  /** Head width: `head_dim` when set, else hidden_size / num_attention_heads (which must divide). */
  headDim(hiddenSize: number, numHeads: number, fallback?: number): number {
    const explicit = this.optInt("head_dim");
    if (explicit !== undefined) return explicit;
    if (fallback !== undefined) return fallback;
    if (hiddenSize % numHeads !== 0) {
      this.fail(
        "head_dim",
        `is missing and hidden_size ${hiddenSize} is not divisible by num_attention_heads ${numHeads}; ` +
          `set head_dim (model_type ${quote(this.modelType)})`,
      );
    }
    return hiddenSize / numHeads;
  }

  /** A list of non-negative integers, undefined when absent or null. */
  intList(key: string): number[] | undefined {
    const value = this.get(key);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) this.fail(key, `must be a list of integers, but it is ${kindOf(value)}`);
    return value.map((entry: unknown, i: number) => {
      if (typeof entry !== "number" || !Number.isSafeInteger(entry) || entry < 0) {
        return this.fail(key, `entry ${i} is ${kindOf(entry)}; it must be a non-negative integer`);
      }
      return entry;
    });
  }

  /** A nested object (`text_config`, `attn_config`), undefined when absent or null. */
  object(key: string): JsonObject | undefined {
    const value = this.get(key);
    if (value === undefined) return undefined;
    if (!isObject(value)) this.fail(key, `must be an object, but it is ${kindOf(value)}`);
    return value;
  }

  /** The Fields of a nested object, its errors named with the dotted path. */
  nested(obj: JsonObject, key: string): Fields {
    return new Fields(obj, this.modelType, `${this.prefix}${key}.`);
  }

  /** The same fields with `defaults` for the keys the config does not write (a config class's defaults). */
  withDefaults(defaults: JsonObject): Fields {
    // fromEntries defines own properties, so a "__proto__" key in the config stays a plain key.
    const merged: JsonObject = Object.fromEntries([
      ...Object.entries(defaults).filter(([key]) => !Object.prototype.hasOwnProperty.call(this.obj, key)),
      ...Object.entries(this.obj),
    ]);
    return new Fields(merged, this.modelType, this.prefix);
  }

  /** The keys the config writes, for checks that look for fields of layouts the reader cannot express. */
  keys(): string[] {
    return Object.keys(this.obj);
  }

  /** `layer_types` as the Architecture spells it, checked against the layer count; undefined when absent. */
  layerTypes(numLayers: number): Array<"sliding" | "full"> | undefined {
    const value = this.get("layer_types");
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) this.fail("layer_types", `must be a list of layer kinds, but it is ${kindOf(value)}`);
    if (value.length !== numLayers) {
      this.fail("layer_types", `has ${value.length} entries but num_hidden_layers is ${numLayers}`);
    }
    return value.map((entry: unknown, i: number) => {
      if (entry === "sliding_attention") return "sliding";
      if (entry === "full_attention") return "full";
      return this.fail(
        "layer_types",
        `entry ${i} is ${kindOf(entry)}; only "sliding_attention" and "full_attention" are supported`,
      );
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Building blocks shared by the model types
// ---------------------------------------------------------------------------------------------

interface Dims {
  hiddenSize: number;
  numLayers: number;
  vocabSize: number;
  maxContextTokens: number;
}

interface Defaults {
  vocabSize?: number;
  maxContextTokens?: number;
  numHeads?: number;
  numKvHeads?: number;
  headDim?: number;
}

function readDims(f: Fields, defaults: Defaults = {}): Dims {
  return {
    hiddenSize: f.int("hidden_size"),
    numLayers: f.int("num_hidden_layers"),
    vocabSize: f.int("vocab_size", defaults.vocabSize),
    maxContextTokens: f.int("max_position_embeddings", defaults.maxContextTokens),
  };
}

interface AttentionFlags {
  qkvBias?: boolean;
  outputBias?: boolean;
  qkNorm?: boolean;
  sinks?: boolean;
  outputGate?: boolean;
}

function standardAttention(f: Fields, hiddenSize: number, flags: AttentionFlags, defaults: Defaults = {}): StandardAttention {
  const numHeads = f.int("num_attention_heads", defaults.numHeads);
  const numKvHeads = f.optInt("num_key_value_heads") ?? defaults.numKvHeads ?? numHeads;
  if (numKvHeads > numHeads || numHeads % numKvHeads !== 0) {
    f.fail(
      "num_key_value_heads",
      `is ${numKvHeads}, which does not divide num_attention_heads ${numHeads} (model_type ${quote(f.modelType)})`,
    );
  }
  const attention: StandardAttention = {
    kind: "standard",
    numHeads,
    numKvHeads,
    headDim: f.headDim(hiddenSize, numHeads, defaults.headDim),
  };
  // Only true flags are written, so reports and snapshots list what a model has.
  if (flags.qkvBias) attention.qkvBias = true;
  if (flags.outputBias) attention.outputBias = true;
  if (flags.qkNorm) attention.qkNorm = true;
  if (flags.sinks) attention.sinks = true;
  if (flags.outputGate) attention.outputGate = true;
  return attention;
}

function mlp(intermediateSize: number, gated: boolean, bias = false): Mlp {
  return bias ? { gated, intermediateSize, bias: true } : { gated, intermediateSize };
}

function checkTopK(f: Fields, key: string, topK: number, numExperts: number): void {
  if (topK > numExperts) f.fail(key, `is ${topK}, more than the ${numExperts} experts there are`);
}

/** Qwen2-MoE / Qwen3-MoE put experts on every layer unless these two fields say otherwise. */
function requireEveryLayerSparse(f: Fields): void {
  const step = f.get("decoder_sparse_step");
  if (step !== undefined && step !== 1) {
    f.fail(
      "decoder_sparse_step",
      `is ${kindOf(step)}; only 1 (experts on every layer) is supported, other MoE layer layouts are not`,
    );
  }
  const mlpOnly = f.get("mlp_only_layers");
  if (mlpOnly !== undefined && !(Array.isArray(mlpOnly) && mlpOnly.length === 0)) {
    f.fail("mlp_only_layers", `is ${kindOf(mlpOnly)}; only an empty list is supported, dense layers among MoE layers are not`);
  }
}

/** How layers without explicit `layer_types` are laid out. */
type WindowPattern = { every: true } | { globalEvery: number } | { layerTypes: Array<"sliding" | "full"> };

/**
 * The sliding-window layout, or undefined when no layer is windowed. `layer_types` wins over `pattern`.
 * A window at least as long as the longest context never binds, so it counts as no window.
 */
function slidingWindow(
  f: Fields,
  windowTokens: number | undefined,
  dims: Dims,
  pattern: WindowPattern,
): SlidingWindow | undefined {
  const layerTypes = f.layerTypes(dims.numLayers);
  if (windowTokens === undefined) {
    if (layerTypes?.includes("sliding")) {
      f.fail("sliding_window", `is not set, but layer_types names sliding_attention layers (model_type ${quote(f.modelType)})`);
    }
    return undefined;
  }
  if (windowTokens >= dims.maxContextTokens) return undefined;
  const explicit = layerTypes ?? ("layerTypes" in pattern ? pattern.layerTypes : undefined);
  if (explicit) return explicit.includes("sliding") ? { windowTokens, layerTypes: explicit } : undefined;
  if ("globalEvery" in pattern) {
    return pattern.globalEvery === 1 ? undefined : { windowTokens, globalEvery: pattern.globalEvery };
  }
  return { windowTokens };
}

/** Mistral and Mixtral: `sliding_window` null or absent → none; a number → every layer (unless layer_types). */
function mistralWindow(f: Fields, dims: Dims): SlidingWindow | undefined {
  return slidingWindow(f, f.optInt("sliding_window"), dims, { every: true });
}

/**
 * Qwen2/Qwen3 families: `sliding_window` applies only when `use_sliding_window` is true, and then to
 * layers from `max_window_layers` on (transformers' Qwen2 layout), unless `layer_types` lists them.
 */
function qwenWindow(f: Fields, dims: Dims): SlidingWindow | undefined {
  if (!f.bool("use_sliding_window", false)) return undefined;
  const windowTokens = f.optInt("sliding_window");
  if (windowTokens === undefined) {
    f.fail("sliding_window", `must be set when use_sliding_window is true (model_type ${quote(f.modelType)})`);
  }
  const firstWindowed = f.count("max_window_layers", 28);
  const layerTypes = Array.from({ length: dims.numLayers }, (_, i): "sliding" | "full" =>
    i >= firstWindowed ? "sliding" : "full",
  );
  return slidingWindow(f, windowTokens, dims, { layerTypes });
}

// ---------------------------------------------------------------------------------------------
// One mapper per model type
// ---------------------------------------------------------------------------------------------

interface Mapped {
  architecture: Architecture;
  maxContextTokens: number;
}

/** What every mapped architecture has; most families norm with RMSNorm twice per layer. */
function base(
  dims: Dims,
  tie: boolean,
  attention: Architecture["attention"],
  norm: Architecture["norm"] = "rmsnorm",
  normsPerLayer = 2,
): Pick<Architecture, "hiddenSize" | "numLayers" | "vocabSize" | "tieWordEmbeddings" | "attention" | "norm" | "normsPerLayer"> {
  return {
    hiddenSize: dims.hiddenSize,
    numLayers: dims.numLayers,
    vocabSize: dims.vocabSize,
    tieWordEmbeddings: tie,
    attention,
    norm,
    normsPerLayer,
  };
}

function finish(arch: Architecture, window: SlidingWindow | undefined, dims: Dims): Mapped {
  if (window) arch.slidingWindow = window;
  return { architecture: arch, maxContextTokens: dims.maxContextTokens };
}

function mapLlama(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true, f.bool("mlp_bias", false)),
  };
  return finish(arch, undefined, dims);
}

function mapMistral(f: Fields): Mapped {
  const dims = readDims(f);
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), standardAttention(f, dims.hiddenSize, {})),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  return finish(arch, mistralWindow(f, dims), dims);
}

function mapMixtral(f: Fields): Mapped {
  const dims = readDims(f);
  const numExperts = f.int("num_local_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), standardAttention(f, dims.hiddenSize, {})),
    moe: { numExperts, topK, expert: mlp(f.int("intermediate_size"), true) },
  };
  return finish(arch, mistralWindow(f, dims), dims);
}

function mapQwen2(f: Fields): Mapped {
  const dims = readDims(f);
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), standardAttention(f, dims.hiddenSize, { qkvBias: true })),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  return finish(arch, qwenWindow(f, dims), dims);
}

function mapQwen2Moe(f: Fields): Mapped {
  const dims = readDims(f);
  requireEveryLayerSparse(f);
  const numExperts = f.int("num_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const moe: MixtureOfExperts = {
    numExperts,
    topK,
    expert: mlp(f.int("moe_intermediate_size"), true),
    shared: { count: 1, mlp: mlp(f.int("shared_expert_intermediate_size"), true), gate: true },
  };
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), standardAttention(f, dims.hiddenSize, { qkvBias: true })),
    moe,
  };
  return finish(arch, qwenWindow(f, dims), dims);
}

function mapQwen3(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  return finish(arch, qwenWindow(f, dims), dims);
}

function mapQwen3Moe(f: Fields): Mapped {
  const dims = readDims(f);
  requireEveryLayerSparse(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const numExperts = f.int("num_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    moe: { numExperts, topK, expert: mlp(f.int("moe_intermediate_size"), true) },
  };
  return finish(arch, qwenWindow(f, dims), dims);
}

function mapGemma2(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch: Architecture = {
    // Gemma norms before and after both attention and MLP.
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "rmsnorm", 4),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  // Gemma2Config: sliding_window defaults to 4096 (null: none); layers alternate sliding, global.
  const window = slidingWindow(f, f.window("sliding_window", 4096), dims, { globalEvery: 2 });
  return finish(arch, window, dims);
}

/**
 * Gemma 3 text model, from a `gemma3_text` config or the `text_config` of a multimodal `gemma3` one.
 * Google's published configs leave several fields to Gemma3TextConfig's defaults (the 27B text_config has no
 * vocab_size or max_position_embeddings; the 4B's has no num_attention_heads or head_dim), so those defaults
 * apply here exactly as transformers applies them. hidden_size, intermediate_size and num_hidden_layers stay
 * required: their defaults describe no published model.
 */
function mapGemma3Text(f: Fields): Mapped {
  const defaults: Defaults = { vocabSize: 262_208, maxContextTokens: 131_072, numHeads: 8, numKvHeads: 4, headDim: 256 };
  const dims = readDims(f, defaults);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true }, defaults);
  const arch: Architecture = {
    // Gemma norms before and after both attention and MLP.
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "rmsnorm", 4),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  const globalEvery = f.int("sliding_window_pattern", 6);
  const window = slidingWindow(f, f.window("sliding_window", 4096), dims, { globalEvery });
  return finish(arch, window, dims);
}

function mapPhi3(f: Fields): Mapped {
  const dims = readDims(f);
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), standardAttention(f, dims.hiddenSize, {})),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  // Phi-3 configs carry a window on every layer (2047 in the 4k models); 262145 in the 128k ones never binds.
  return finish(arch, slidingWindow(f, f.optInt("sliding_window"), dims, { every: true }), dims);
}

function mapDeepseek(f: Fields, v3: boolean): Mapped {
  const dims = readDims(f);
  if (!f.written("q_lora_rank")) {
    f.fail(
      "q_lora_rank",
      `is missing; it is required for model_type ${quote(f.modelType)} (null when queries are projected directly, as in DeepSeek-V2-Lite)`,
    );
  }
  const attention: LatentAttention = {
    kind: "mla",
    numHeads: f.int("num_attention_heads"),
    qLoraRank: f.optInt("q_lora_rank") ?? null,
    kvLoraRank: f.int("kv_lora_rank"),
    qkNopeHeadDim: f.int("qk_nope_head_dim"),
    qkRopeHeadDim: f.int("qk_rope_head_dim"),
    vHeadDim: f.int("v_head_dim"),
  };
  const freq = f.get("moe_layer_freq");
  if (freq !== undefined && freq !== 1) {
    f.fail("moe_layer_freq", `is ${kindOf(freq)}; only 1 (every layer after first_k_dense_replace is MoE) is supported`);
  }
  // transformers' defaults: DeepseekV2Config first_k_dense_replace 0 and no shared expert, DeepseekV3Config 3;
  // DeepSeek-V3's router carries e_score_correction_bias, one value per routed expert.
  return deepseekStyleMoe(f, dims, attention, { firstDense: v3 ? 3 : 0, shared: 0, routerBias: v3 });
}

/**
 * The DeepSeek-style sparse block (DeepSeek-V2/V3, GLM-4.5): `n_routed_experts` of `moe_intermediate_size`,
 * `n_shared_experts` always active, the first `first_k_dense_replace` layers dense with `intermediate_size`.
 */
function deepseekStyleMoe(f: Fields, dims: Dims, attention: Attention, defaults: { firstDense: number; shared: number; routerBias: boolean }): Mapped {
  const numExperts = f.int("n_routed_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const expertSize = f.int("moe_intermediate_size");
  const firstDense = f.count("first_k_dense_replace", defaults.firstDense);
  if (firstDense > dims.numLayers) {
    f.fail("first_k_dense_replace", `is ${firstDense}, more than num_hidden_layers ${dims.numLayers}`);
  }
  const sharedCount = f.count("n_shared_experts", defaults.shared);
  const moe: MixtureOfExperts = { numExperts, topK, expert: mlp(expertSize, true) };
  if (sharedCount > 0) moe.shared = { count: sharedCount, mlp: mlp(expertSize, true) };
  if (firstDense > 0) moe.firstDenseLayers = firstDense;
  if (defaults.routerBias) moe.routerBias = true;
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    // The dense MLP of the first_k_dense_replace layers; absent when every layer is MoE.
    ...(firstDense > 0 ? { mlp: mlp(f.int("intermediate_size"), true) } : {}),
    moe,
  };
  return finish(arch, undefined, dims);
}

function mapGptOss(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", true);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, sinks: true });
  const numExperts = f.int("num_local_experts");
  // The published configs carry both names with the same value; experts_per_token is the original one.
  const topKField = f.has("experts_per_token") ? "experts_per_token" : "num_experts_per_tok";
  const topK = f.int(topKField);
  checkTopK(f, topKField, topK, numExperts);
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    moe: { numExperts, topK, expert: mlp(f.int("intermediate_size"), true, true), routerBias: true },
  };
  // GptOssConfig: sliding_window defaults to 128 (null: none); layer_types alternate sliding, full.
  const window = slidingWindow(f, f.window("sliding_window", 128), dims, { globalEvery: 2 });
  return finish(arch, window, dims);
}

function mapFalcon(f: Fields): Mapped {
  // FalconConfig defaults max_position_embeddings to 2048; falcon-7b's config.json does not set it.
  const dims = readDims(f, { maxContextTokens: 2048 });
  const numHeads = f.int("num_attention_heads");
  const newArch = f.bool("new_decoder_architecture", false);
  const multiQuery = f.bool("multi_query", true);
  const parallel = f.bool("parallel_attn", true);
  const bias = f.bool("bias", false);
  // FalconAttention: num_kv_heads for the new decoder or plain MHA configs, a single KV head for multi_query.
  const numKvHeads = newArch || !multiQuery ? (f.optInt("num_kv_heads") ?? numHeads) : 1;
  if (numKvHeads > numHeads || numHeads % numKvHeads !== 0) {
    f.fail("num_kv_heads", `is ${numKvHeads}, which does not divide num_attention_heads ${numHeads} (model_type "falcon")`);
  }
  if (dims.hiddenSize % numHeads !== 0) {
    f.fail("num_attention_heads", `is ${numHeads}, which does not divide hidden_size ${dims.hiddenSize} (model_type "falcon")`);
  }
  const attention: StandardAttention = {
    kind: "standard",
    numHeads,
    numKvHeads,
    headDim: dims.hiddenSize / numHeads,
  };
  if (bias) {
    attention.qkvBias = true;
    attention.outputBias = true;
  }
  // FalconDecoderLayer: a sequential block has input and post-attention norms; a parallel block has one,
  // or two (ln_attn, ln_mlp) when num_ln_in_parallel_attn is 2, its default for the new decoder architecture.
  const parallelNorms = f.int("num_ln_in_parallel_attn", newArch ? 2 : 1);
  const normsPerLayer = !parallel ? 2 : parallelNorms === 2 ? 2 : 1;
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", normsPerLayer),
    mlp: mlp(f.int("ffn_hidden_size", 4 * dims.hiddenSize), false, bias),
  };
  return finish(arch, undefined, dims);
}

/**
 * Llama 4 text model (Scout, Maverick), from a `llama4_text` config or the `text_config` of a `llama4` one.
 * Llama4TextConfig: experts on layers step−1, 2·step−1, … (`interleave_moe_layer_step`), each MoE layer with
 * one shared expert of `intermediate_size` beside the routed ones, dense layers of `intermediate_size_mlp`;
 * `no_rope_layers[i]` 1 means layer i uses RoPE and attends within chunks of `attention_chunk_size` tokens, 0
 * that it is a global NoPE layer (default: every fourth layer). The q/k norm (`use_qk_norm`) is an L2 norm
 * without weights, so it adds no parameters.
 */
function mapLlama4Text(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const numExperts = f.int("num_local_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const step = f.int("interleave_moe_layer_step", 1);
  if (step > dims.numLayers) f.fail("interleave_moe_layer_step", `is ${step}, more than num_hidden_layers ${dims.numLayers}`);
  const moeLayers = f.intList("moe_layers");
  if (moeLayers !== undefined) {
    const expected = Array.from({ length: dims.numLayers }, (_, i) => i).filter((i) => (i + 1) % step === 0);
    if (moeLayers.length !== expected.length || moeLayers.some((layer, i) => layer !== expected[i])) {
      f.fail("moe_layers", `must list every interleave_moe_layer_step-th layer (${step}); other MoE layer layouts are not supported`);
    }
  }
  const expertSize = f.int("intermediate_size");
  const moe: MixtureOfExperts = {
    numExperts,
    topK,
    expert: mlp(expertSize, true),
    shared: { count: 1, mlp: mlp(expertSize, true) },
  };
  if (step > 1) moe.layerInterval = step;
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    // The dense layers between MoE layers; with experts on every layer there are none.
    ...(step > 1 ? { mlp: mlp(f.int("intermediate_size_mlp"), true) } : {}),
    moe,
  };
  return finish(arch, llama4Window(f, dims), dims);
}

/** Llama 4's chunked layers as a window of `attention_chunk_size` (null: none), global where no_rope_layers is 0. */
function llama4Window(f: Fields, dims: Dims): SlidingWindow | undefined {
  let layerTypes: Array<"sliding" | "full">;
  const written = f.get("layer_types");
  if (written !== undefined) {
    if (!Array.isArray(written) || written.length !== dims.numLayers) {
      f.fail("layer_types", `must list one layer kind per layer (${dims.numLayers}), but it is ${kindOf(written)}`);
    }
    layerTypes = written.map((entry: unknown, i: number) => {
      if (entry === "chunked_attention") return "sliding";
      if (entry === "full_attention") return "full";
      return f.fail("layer_types", `entry ${i} is ${kindOf(entry)}; only "chunked_attention" and "full_attention" are supported`);
    });
  } else {
    const noRope = f.intList("no_rope_layers") ?? Array.from({ length: dims.numLayers }, (_, i) => ((i + 1) % 4 !== 0 ? 1 : 0));
    if (noRope.length !== dims.numLayers) {
      f.fail("no_rope_layers", `has ${noRope.length} entries but num_hidden_layers is ${dims.numLayers}`);
    }
    layerTypes = noRope.map((entry, i) => {
      if (entry === 1) return "sliding";
      if (entry === 0) return "full";
      return f.fail("no_rope_layers", `entry ${i} is ${entry}; it must be 1 (RoPE, chunked) or 0 (NoPE, global)`);
    });
  }
  const chunkTokens = f.window("attention_chunk_size", 8192);
  if (chunkTokens === undefined || chunkTokens >= dims.maxContextTokens || !layerTypes.includes("sliding")) return undefined;
  return { windowTokens: chunkTokens, layerTypes, chunked: true };
}

/**
 * Llama 3.2 Vision's language model (`mllama`'s text_config): a Llama 3.1 decoder with gated cross-attention
 * layers at `cross_attention_layers`. Their keys and values come from the image: MllamaVisionModel yields
 * max_num_tiles × ((image_size / patch_size)² + 1) tokens per image (4 × 1601 = 6,404 for the 560-pixel tiles),
 * defaults from MllamaVisionConfig (448, 14, 4). The embedding table has 8 rows more than vocab_size for the
 * image tokens (32,768 values in the 11B, 0.0003%), not counted.
 */
function mapMllamaText(f: Fields, vision: Fields | undefined): Mapped {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, {});
  const layers = f.intList("cross_attention_layers");
  if (layers === undefined) f.fail("cross_attention_layers", `is missing; it is required for model_type ${quote(f.modelType)}`);
  layers.forEach((layer, i) => {
    if (layer >= dims.numLayers) f.fail("cross_attention_layers", `entry ${i} is ${layer}, beyond num_hidden_layers ${dims.numLayers}`);
    if (layers.indexOf(layer) !== i) f.fail("cross_attention_layers", `lists layer ${layer} twice`);
  });
  const imageSize = vision ? vision.int("image_size", 448) : 448;
  const patchSize = vision ? vision.int("patch_size", 14) : 14;
  const tiles = vision ? vision.int("max_num_tiles", 4) : 4;
  const patchesPerSide = Math.floor(imageSize / patchSize);
  if (patchesPerSide < 1) vision!.fail("patch_size", `is ${patchSize}, larger than image_size ${imageSize}`);
  const imageTokens = tiles * (patchesPerSide * patchesPerSide + 1);
  if (!Number.isSafeInteger(imageTokens)) vision!.fail("image_size", `is ${imageSize}, too large to count its image tokens`);
  const crossAttention: CrossAttention = { layers: [...layers].sort((a, b) => a - b), imageTokens };
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  if (layers.length > 0) arch.crossAttention = crossAttention;
  return finish(arch, undefined, dims);
}

/**
 * GLM-4.5 / GLM-4.5-Air (`glm4_moe`): DeepSeek-V3-style MoE (sigmoid router with e_score_correction_bias, shared
 * experts, the first `first_k_dense_replace` layers dense) over grouped-query attention with q/k/v biases
 * (`attention_bias`; o_proj has none) and optional per-head q/k norms (`use_qk_norm`). The multi-token
 * prediction layers (`num_nextn_predict_layers`) are not part of the main model and are not counted.
 */
function mapGlm4Moe(f: Fields): Mapped {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, {
    qkvBias: f.bool("attention_bias", false),
    qkNorm: f.bool("use_qk_norm", false),
  });
  return deepseekStyleMoe(f, dims, attention, { firstDense: 1, shared: 1, routerBias: true });
}

/**
 * Qwen3-Next (`qwen3_next`): a hybrid of Gated DeltaNet linear-attention layers and gated full-attention layers
 * (every `full_attention_interval`-th, or as `layer_types` lists them), over a Qwen2-MoE-style sparse block
 * (routed experts plus one gated shared expert) on every layer. The full-attention q_proj also yields the
 * output gate, and q/k carry per-head norms. Multi-token-prediction weights are not part of the main model.
 */
function mapQwen3Next(f: Fields): Mapped {
  const dims = readDims(f);
  requireEveryLayerSparse(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true, outputGate: true });
  let layerTypes: Array<"linear" | "full">;
  const written = f.get("layer_types");
  if (written !== undefined) {
    if (!Array.isArray(written) || written.length !== dims.numLayers) {
      f.fail("layer_types", `must list one layer kind per layer (${dims.numLayers}), but it is ${kindOf(written)}`);
    }
    layerTypes = written.map((entry: unknown, i: number) => {
      if (entry === "linear_attention") return "linear";
      if (entry === "full_attention") return "full";
      return f.fail("layer_types", `entry ${i} is ${kindOf(entry)}; only "linear_attention" and "full_attention" are supported`);
    });
  } else {
    const interval = f.int("full_attention_interval", 4);
    layerTypes = Array.from({ length: dims.numLayers }, (_, i) => ((i + 1) % interval === 0 ? "full" : "linear"));
  }
  const linear: LinearAttention = {
    layerTypes,
    numKeyHeads: f.int("linear_num_key_heads"),
    numValueHeads: f.int("linear_num_value_heads"),
    keyHeadDim: f.int("linear_key_head_dim"),
    valueHeadDim: f.int("linear_value_head_dim"),
    convKernelSize: f.int("linear_conv_kernel_dim", 4),
  };
  if (linear.numValueHeads % linear.numKeyHeads !== 0) {
    f.fail("linear_num_value_heads", `is ${linear.numValueHeads}, not a multiple of linear_num_key_heads ${linear.numKeyHeads}`);
  }
  const numExperts = f.int("num_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const moe: MixtureOfExperts = {
    numExperts,
    topK,
    expert: mlp(f.int("moe_intermediate_size"), true),
    shared: { count: 1, mlp: mlp(f.int("shared_expert_intermediate_size"), true), gate: true },
  };
  const arch: Architecture = { ...base(dims, f.bool("tie_word_embeddings", false), attention), moe };
  if (layerTypes.includes("linear")) arch.linearAttention = linear;
  return finish(arch, undefined, dims);
}

/**
 * MosaicML MPT (`mpt`): ALiBi instead of positions, a fused Wqkv of 3 × d_model, an ungated GELU MLP of
 * expansion_ratio × d_model, LayerNorms without bias and no bias anywhere (`no_bias: true`, the only layout
 * transformers' MptModel builds), output head tied to the embedding.
 */
function mapMpt(f: Fields): Mapped {
  const hiddenSize = f.int("d_model");
  const numHeads = f.int("n_heads");
  const dims: Dims = {
    hiddenSize,
    numLayers: f.int("n_layers"),
    // MptConfig defaults: vocab_size 50368, max_seq_len 2048.
    vocabSize: f.int("vocab_size", 50368),
    maxContextTokens: f.int("max_seq_len", 2048),
  };
  if (hiddenSize % numHeads !== 0) f.fail("n_heads", `is ${numHeads}, which does not divide d_model ${hiddenSize} (model_type "mpt")`);
  const attnRaw = f.object("attn_config");
  if (attnRaw !== undefined) {
    const attn = f.nested(attnRaw, "attn_config");
    const type = attn.get("attn_type");
    if (type !== undefined && type !== "multihead_attention") {
      attn.fail("attn_type", `is ${kindOf(type)}; only "multihead_attention" is supported`);
    }
    if (!attn.bool("alibi", true)) attn.fail("alibi", "is false; only ALiBi MPT models (no position embeddings) are supported");
    if (attn.bool("qk_ln", false)) attn.fail("qk_ln", "is true; MPT with query/key LayerNorms is not supported");
  }
  if (!f.bool("no_bias", true)) f.fail("no_bias", "is false; only MPT without biases (no_bias: true) is supported");
  const attention: StandardAttention = { kind: "standard", numHeads, numKvHeads: numHeads, headDim: hiddenSize / numHeads };
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", 2),
    normBias: false,
    mlp: mlp(f.int("expansion_ratio", 4) * hiddenSize, false),
  };
  return finish(arch, undefined, dims);
}

/**
 * BigScience BLOOM (`bloom`): ALiBi, a fused query_key_value with bias, an ungated 4 × hidden GELU MLP with
 * biases, LayerNorms with bias, one more LayerNorm right after the embedding, output head tied. The config has
 * no max_position_embeddings: `seq_length` when written, else the 2,048 tokens BLOOM was trained on.
 */
function mapBloom(f: Fields): Mapped {
  const sizeKey = f.has("hidden_size") || !f.has("n_embed") ? "hidden_size" : "n_embed";
  const hiddenSize = f.int(sizeKey);
  const numHeads = f.int("n_head");
  const dims: Dims = {
    hiddenSize,
    numLayers: f.int("n_layer"),
    vocabSize: f.int("vocab_size"),
    maxContextTokens: f.int("seq_length", 2048),
  };
  if (hiddenSize % numHeads !== 0) f.fail("n_head", `is ${numHeads}, which does not divide ${sizeKey} ${hiddenSize} (model_type "bloom")`);
  const attention: StandardAttention = {
    kind: "standard",
    numHeads,
    numKvHeads: numHeads,
    headDim: hiddenSize / numHeads,
    qkvBias: true,
    outputBias: true,
  };
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", 2),
    embeddingNorm: true,
    // BloomMLP is 4 × hidden whatever n_inner says.
    mlp: mlp(4 * hiddenSize, false, true),
  };
  return finish(arch, undefined, dims);
}

// ---------------------------------------------------------------------------------------------
// More families: the Hub's common decoders
// ---------------------------------------------------------------------------------------------

/** MoE fields every mapper reads the same way: the expert count under `key`, top-k, checked against each other. */
function experts(f: Fields, key: string, topKKey = "num_experts_per_tok"): { numExperts: number; topK: number } {
  const numExperts = f.int(key);
  const topK = f.int(topKKey);
  checkTopK(f, topKKey, topK, numExperts);
  return { numExperts, topK };
}

/** `first_k_dense_replace` checked against the layer count. */
function firstDenseLayers(f: Fields, dims: Dims, fallback: number): number {
  const firstDense = f.count("first_k_dense_replace", fallback);
  if (firstDense > dims.numLayers) {
    f.fail("first_k_dense_replace", `is ${firstDense}, more than num_hidden_layers ${dims.numLayers}`);
  }
  return firstDense;
}

/**
 * Microsoft Phi-1, Phi-1.5 and Phi-2 (`phi`): one LayerNorm per layer feeding attention and MLP in parallel,
 * q/k/v and dense projections with bias, an ungated GELU MLP with biases, optional per-head q/k LayerNorms
 * (`qk_layernorm`). The output head's bias (vocab_size values, 0.002% of Phi-2) is not counted.
 */
function mapPhi(f: Fields): Mapped {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: true, outputBias: true, qkNorm: f.bool("qk_layernorm", false) });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 1),
    mlp: mlp(f.int("intermediate_size"), false, true),
  };
  return finish(arch, undefined, dims);
}

/**
 * Phi-3.5-MoE (`phimoe`): Mixtral's sparse block (routed gated experts, router without bias) under LayerNorms
 * with bias, q/k/v/o biases when `attention_bias`. The output head's bias (`lm_head_bias`) is not counted.
 */
function mapPhimoe(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 2),
    moe: { ...experts(f, "num_local_experts"), expert: mlp(f.int("intermediate_size"), true) },
  };
  return finish(arch, mistralWindow(f, dims), dims);
}

/**
 * IBM Granite MoE (`granitemoe`): routed gated experts of `intermediate_size` on every layer (input_linear
 * holds gate and up), a router without bias, no shared expert. The multipliers Granite scales by have no weights.
 */
function mapGraniteMoe(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const moe: MixtureOfExperts = { ...experts(f, "num_local_experts"), expert: mlp(f.int("intermediate_size"), true) };
  const arch: Architecture = { ...base(dims, f.bool("tie_word_embeddings", false), attention), moe };
  return finish(arch, undefined, dims);
}

/**
 * AllenAI OLMo (`olmo`): a Llama layout whose LayerNorms have neither weight nor bias. They count as no norm
 * per layer; the final norm, weightless too, is still counted as hidden_size values (0.00006% of OLMo-7B).
 */
function mapOlmo(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 0),
    normBias: false,
    mlp: mlp(f.int("intermediate_size"), true),
  };
  return finish(arch, undefined, dims);
}

/**
 * AllenAI OLMo 2 (`olmo2`): RMSNorms after attention and after the MLP (2 per layer, none before), q and k
 * RMSNorms. Those span all heads (heads × head_dim and kv_heads × head_dim) where the Architecture's qkNorm
 * counts one head_dim each: (heads + kv_heads − 2) × head_dim values a layer fewer, 0.003% of OLMo-2-7B.
 */
function mapOlmo2(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  return finish(arch, undefined, dims);
}

/** AllenAI OLMoE (`olmoe`): OLMo 2's q/k norms over pre-norm layers with routed gated experts, no shared one. */
function mapOlmoe(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    moe: { ...experts(f, "num_experts"), expert: mlp(f.int("intermediate_size"), true) },
  };
  return finish(arch, undefined, dims);
}

/**
 * Cohere Command R / R+ (`cohere`) and Command R7B / A (`cohere2`): one LayerNorm without bias per layer,
 * feeding attention and the gated MLP in parallel; output head tied. Command R+'s q/k norms (`use_qk_norm`)
 * span heads × head_dim; counted as one head_dim each (0.001% of R+). cohere2 windows three layers of every
 * four (`sliding_window_pattern`, or `layer_types`).
 */
function mapCohere(f: Fields, v2: boolean): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const qkNorm = v2 ? false : f.bool("use_qk_norm", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", 1),
    normBias: false,
    mlp: mlp(f.int("intermediate_size"), true),
  };
  const window = v2
    ? slidingWindow(f, f.window("sliding_window", 4096), dims, { globalEvery: f.int("sliding_window_pattern", 4) })
    : undefined;
  return finish(arch, window, dims);
}

/**
 * BigCode StarCoder2 (`starcoder2`): grouped-query attention and an ungated GELU MLP, biases everywhere
 * (`use_bias`), LayerNorms with bias, a sliding window on every layer when `sliding_window` is set.
 */
function mapStarcoder2(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("use_bias", true);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", 2),
    mlp: mlp(f.int("intermediate_size"), false, bias),
  };
  return finish(arch, mistralWindow(f, dims), dims);
}

/**
 * InternLM2 / 2.5 (`internlm2`, remote code): one fused wqkv of (heads + 2 × kv_heads) × head_dim rows — the
 * values of separate q, k and v projections — and wo, with bias when `bias`; a gated MLP (w1, w3, w2).
 */
function mapInternlm2(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  return finish(arch, undefined, dims);
}

/** LG EXAONE 3 / 3.5 (`exaone`, remote code): a Llama layout whose config names the layer count `num_layers`. */
function mapExaone(f: Fields): Mapped {
  const layersKey = f.has("num_layers") || !f.has("num_hidden_layers") ? "num_layers" : "num_hidden_layers";
  const dims: Dims = {
    hiddenSize: f.int("hidden_size"),
    numLayers: f.int(layersKey),
    vocabSize: f.int("vocab_size"),
    maxContextTokens: f.int("max_position_embeddings"),
  };
  const attention = standardAttention(f, dims.hiddenSize, {});
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  return finish(arch, undefined, dims);
}

/**
 * EleutherAI GPT-NeoX, Pythia (`gpt_neox`): a fused query_key_value and dense with bias (`attention_bias`),
 * an ungated MLP with biases, two LayerNorms with bias per layer whether or not the residual is parallel
 * (`use_parallel_residual` changes the wiring, not the weights), output head (embed_out) untied.
 */
function mapGptNeox(f: Fields): Mapped {
  const dims = readDims(f);
  const numHeads = f.int("num_attention_heads");
  if (dims.hiddenSize % numHeads !== 0) {
    f.fail("num_attention_heads", `is ${numHeads}, which does not divide hidden_size ${dims.hiddenSize} (model_type "gpt_neox")`);
  }
  const bias = f.bool("attention_bias", true);
  const attention: StandardAttention = { kind: "standard", numHeads, numKvHeads: numHeads, headDim: dims.hiddenSize / numHeads };
  if (bias) {
    attention.qkvBias = true;
    attention.outputBias = true;
  }
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 2),
    mlp: mlp(f.int("intermediate_size"), false, true),
  };
  return finish(arch, undefined, dims);
}

/** GPT-2-style configs name their sizes n_embd, n_layer, n_head, n_positions; transformers maps hidden_size and the rest onto them. */
function gpt2Dims(f: Fields): Dims & { numHeads: number; sizeKey: string } {
  const sizeKey = f.has("n_embd") || !f.has("hidden_size") ? "n_embd" : "hidden_size";
  const layersKey = f.has("n_layer") || !f.has("num_hidden_layers") ? "n_layer" : "num_hidden_layers";
  const headsKey = f.has("n_head") || !f.has("num_attention_heads") ? "n_head" : "num_attention_heads";
  const hiddenSize = f.int(sizeKey);
  const numHeads = f.int(headsKey);
  if (hiddenSize % numHeads !== 0) {
    f.fail(headsKey, `is ${numHeads}, which does not divide ${sizeKey} ${hiddenSize} (model_type ${quote(f.modelType)})`);
  }
  return {
    hiddenSize,
    numHeads,
    sizeKey,
    numLayers: f.int(layersKey),
    vocabSize: f.int("vocab_size"),
    maxContextTokens: f.int("n_positions", 1024),
  };
}

/**
 * OpenAI GPT-2 (`gpt2`) and BigCode StarCoder / SantaCoder (`gpt_bigcode`): learned absolute positions
 * (wpe, n_positions), a fused c_attn and c_proj with bias, an ungated GELU MLP of n_inner (4 × hidden when
 * null) with biases, two LayerNorms with bias per layer, output head tied. gpt_bigcode is multi-query
 * (one K and one V head) unless `multi_query` is false.
 */
function mapGpt2(f: Fields, bigcode: boolean): Mapped {
  const dims = gpt2Dims(f);
  const multiQuery = bigcode ? f.bool("multi_query", true) : false;
  const attention: StandardAttention = {
    kind: "standard",
    numHeads: dims.numHeads,
    numKvHeads: multiQuery ? 1 : dims.numHeads,
    headDim: dims.hiddenSize / dims.numHeads,
    qkvBias: true,
    outputBias: true,
  };
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", 2),
    mlp: mlp(f.optInt("n_inner") ?? 4 * dims.hiddenSize, false, true),
    positionEmbeddings: dims.maxContextTokens,
  };
  return finish(arch, undefined, dims);
}

/**
 * EleutherAI GPT-J (`gptj`): one LayerNorm per layer feeding attention and MLP in parallel, q/k/v/out without
 * bias, an ungated MLP of n_inner (4 × hidden when null) with biases, output head untied. The output head's
 * bias (vocab_size values) is not counted.
 */
function mapGptj(f: Fields): Mapped {
  const dims = gpt2Dims(f);
  const attention: StandardAttention = {
    kind: "standard",
    numHeads: dims.numHeads,
    numKvHeads: dims.numHeads,
    headDim: dims.hiddenSize / dims.numHeads,
  };
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 1),
    mlp: mlp(f.optInt("n_inner") ?? 4 * dims.hiddenSize, false, true),
  };
  return finish(arch, undefined, dims);
}

/**
 * Stability AI StableLM (`stablelm`): LayerNorms with bias, q/k/v bias when `use_qkv_bias`, a gated MLP; one
 * norm per layer when `use_parallel_residual`, else two. Per-head q/k LayerNorms (`qk_layernorm`, StableLM 2
 * 12B) span heads × head_dim; counted as one head_dim each.
 */
function mapStablelm(f: Fields): Mapped {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, {
    qkvBias: f.bool("use_qkv_bias", false),
    qkNorm: f.bool("qk_layernorm", false),
  });
  const parallel = f.bool("use_parallel_residual", false);
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", parallel ? 1 : 2),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  return finish(arch, undefined, dims);
}

/**
 * Qwen2-VL / Qwen2.5-VL (`qwen2_vl`, `qwen2_5_vl`): the language model is a Qwen2 decoder, written at the top
 * level (the published configs) or in `text_config` (configs saved by newer transformers). The vision tower
 * is not counted.
 */
function mapQwen2Vl(f: Fields): Mapped {
  const text = f.object("text_config");
  if (text === undefined) return mapQwen2(f);
  const tie = f.get("tie_word_embeddings");
  const merged = tie !== undefined && !Object.prototype.hasOwnProperty.call(text, "tie_word_embeddings") ? { ...text, tie_word_embeddings: tie } : text;
  return mapQwen2(f.nested(merged, "text_config"));
}

/** Gemma 1 (`gemma`): two RMSNorms per layer, a GeGLU MLP, head_dim 256 unless written, output head tied. */
function mapGemma(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  // GemmaConfig's head_dim defaults to 256, not to hidden_size / heads (Gemma-7B: 3,072 / 16 heads of 256).
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias }, { headDim: 256 });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  return finish(arch, undefined, dims);
}

/** OpenBMB MiniCPM 1 / 2 / 4 (`minicpm`, remote code): a Llama layout with scaling constants that carry no weights; output head tied unless written. */
function mapMinicpm(f: Fields): Mapped {
  const dims = readDims(f);
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), standardAttention(f, dims.hiddenSize, {})),
    mlp: mlp(f.int("intermediate_size"), true),
  };
  return finish(arch, undefined, dims);
}

/**
 * NVIDIA Nemotron / Minitron (`nemotron`): LayerNorm1P (weight and bias) twice per layer, an ungated
 * squared-ReLU MLP (up, down; bias when `mlp_bias`), biases on attention when `attention_bias`.
 */
function mapNemotron(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 2),
    mlp: mlp(f.int("intermediate_size"), false, f.bool("mlp_bias", false)),
  };
  return finish(arch, undefined, dims);
}

/** Tencent Hunyuan dense (`hunyuan_v1_dense`): a Llama layout with per-head query and key RMSNorms. */
function mapHunyuanDense(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true, f.bool("mlp_bias", false)),
  };
  return finish(arch, undefined, dims);
}

/**
 * ByteDance Seed-OSS (`seed_oss`): a Llama layout with q/k/v biases (`attention_bias`) and, separately,
 * an output-projection bias (`attention_out_bias`). The Architecture has one flag for q/k/v and one for o.
 */
function mapSeedOss(f: Fields): Mapped {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, {
    qkvBias: f.bool("attention_bias", true),
    outputBias: f.bool("attention_out_bias", false),
  });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true, f.bool("mlp_bias", false)),
  };
  return finish(arch, undefined, dims);
}

/**
 * Hugging Face SmolLM3 (`smollm3`): a Llama layout whose NoPE layers (`no_rope_layers`) differ only in
 * positions, not weights; output head tied. A window applies only with `use_sliding_window`.
 */
function mapSmollm3(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention),
    mlp: mlp(f.int("intermediate_size"), true, f.bool("mlp_bias", false)),
  };
  const window = f.bool("use_sliding_window", false) ? mistralWindow(f, dims) : undefined;
  return finish(arch, window, dims);
}

/**
 * Baidu ERNIE 4.5 dense (`ernie4_5`): a Llama layout with a bias on every projection when `use_bias`, output
 * head tied unless written. The head's own bias under use_bias (vocab_size values) is not counted.
 */
function mapErnie45(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("use_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention),
    mlp: mlp(f.int("intermediate_size"), true, bias),
  };
  return finish(arch, undefined, dims);
}

/**
 * Baidu ERNIE 4.5 MoE (`ernie4_5_moe`): layer i carries experts when moe_layer_start_index ≤ i ≤
 * moe_layer_end_index and (i + 1) % moe_layer_interval = 0 (Ernie4_5_MoeDecoderLayer); the others use the
 * dense MLP of `intermediate_size`. Each MoE layer has `moe_num_experts` routed experts of
 * `moe_intermediate_size`, top `moe_k`, one shared expert moe_num_shared_experts times as wide, and a router
 * with a correction bias (moe_statics). Only an end index at the last layer is expressible.
 */
function mapErnie45Moe(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("use_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const expertsKey = f.has("moe_num_experts") || !f.has("num_experts") ? "moe_num_experts" : "num_experts";
  const topKKey = f.has("moe_k") || !f.has("num_experts_per_tok") ? "moe_k" : "num_experts_per_tok";
  const { numExperts, topK } = experts(f, expertsKey, topKKey);
  const start = f.count("moe_layer_start_index", 1);
  if (start >= dims.numLayers) f.fail("moe_layer_start_index", `is ${start}, beyond the last layer (num_hidden_layers ${dims.numLayers})`);
  const end = f.get("moe_layer_end_index");
  if (end !== undefined && end !== -1 && end !== dims.numLayers - 1) {
    f.fail("moe_layer_end_index", `is ${kindOf(end)}; only -1 or the last layer (${dims.numLayers - 1}) is supported, dense layers after the MoE layers are not`);
  }
  const interval = f.int("moe_layer_interval", 1);
  if (interval > dims.numLayers) f.fail("moe_layer_interval", `is ${interval}, more than num_hidden_layers ${dims.numLayers}`);
  const expertSize = f.int("moe_intermediate_size");
  const sharedCount = f.count("moe_num_shared_experts", 0);
  const moe: MixtureOfExperts = { numExperts, topK, expert: mlp(expertSize, true, bias), routerBias: true };
  if (sharedCount > 0) moe.shared = { count: 1, mlp: mlp(sharedCount * expertSize, true, bias) };
  if (start > 0) moe.firstDenseLayers = start;
  if (interval > 1) moe.layerInterval = interval;
  const hasDense = start > 0 || interval > 1;
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention),
    ...(hasDense ? { mlp: mlp(f.int("intermediate_size"), true, bias) } : {}),
    moe,
  };
  return finish(arch, undefined, dims);
}

/**
 * rednote dots.llm1 (`dots1`): DeepSeek-V3's MoE (sigmoid router with e_score_correction_bias, shared experts of
 * n_shared_experts × moe_intermediate_size, the first `first_k_dense_replace` layers dense) over Qwen3's
 * attention (per-head q/k RMSNorms).
 */
function mapDots1(f: Fields): Mapped {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const expertSize = f.int("moe_intermediate_size");
  const firstDense = firstDenseLayers(f, dims, 0);
  const sharedCount = f.count("n_shared_experts", 0);
  const moe: MixtureOfExperts = { ...experts(f, "n_routed_experts"), expert: mlp(expertSize, true), routerBias: true };
  if (sharedCount > 0) moe.shared = { count: sharedCount, mlp: mlp(expertSize, true) };
  if (firstDense > 0) moe.firstDenseLayers = firstDense;
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    ...(firstDense > 0 ? { mlp: mlp(f.int("intermediate_size"), true) } : {}),
    moe,
  };
  return finish(arch, qwenWindow(f, dims), dims);
}

/**
 * MiniMax-M2 (`minimax_m2`): full attention with q/k RMSNorms over all heads (counted as one head_dim each),
 * routed gated experts of `intermediate_size` on every layer, a router with a correction bias, no shared
 * expert. MiniMax-Text-01 (`minimax`) is refused: its lightning-attention layers are not expressible.
 */
function mapMinimaxM2(f: Fields): Mapped {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, { qkNorm: f.bool("use_qk_norm", true) });
  const arch: Architecture = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    moe: { ...experts(f, "num_local_experts"), expert: mlp(f.int("intermediate_size"), true), routerBias: true },
  };
  return finish(arch, mistralWindow(f, dims), dims);
}

/** transformers' LlamaConfig and MistralConfig defaults: LLaVA text_configs write only what differs from them. */
const LLAVA_TEXT_DEFAULTS: Record<string, JsonObject> = {
  llama: {
    vocab_size: 32000,
    hidden_size: 4096,
    intermediate_size: 11008,
    num_hidden_layers: 32,
    num_attention_heads: 32,
    max_position_embeddings: 2048,
  },
  mistral: {
    vocab_size: 32000,
    hidden_size: 4096,
    intermediate_size: 14336,
    num_hidden_layers: 32,
    num_attention_heads: 32,
    num_key_value_heads: 8,
    max_position_embeddings: 131072,
    sliding_window: 4096,
  },
};

/**
 * The language model of a LLaVA config (`llava`, `llava_next`): its
 * text_config's own model_type (llama when absent, as LlavaConfig builds it), mapped as that type with
 * transformers' config defaults for the fields a llama or mistral text_config leaves out (llava-1.5-7b-hf
 * writes little more than its vocab_size). The vision tower and projector are not counted.
 */
function mapLlavaText(text: Fields): Mapped {
  const inner = text.get("model_type") ?? "llama";
  if (typeof inner !== "string") return text.fail("model_type", `must be a string such as "llama", but it is ${kindOf(inner)}`);
  const mapper = Object.prototype.hasOwnProperty.call(MAPPERS, inner) ? MAPPERS[inner] : undefined;
  if (!mapper || Object.prototype.hasOwnProperty.call(MULTIMODAL, inner)) {
    return text.fail("model_type", `is ${quote(inner)}; a LLaVA text_config must be a decoder the reader knows (${Object.keys(MAPPERS).join(", ")})`);
  }
  const defaults = Object.prototype.hasOwnProperty.call(LLAVA_TEXT_DEFAULTS, inner) ? LLAVA_TEXT_DEFAULTS[inner] : undefined;
  return mapper(defaults ? text.withDefaults(defaults) : text);
}

// ---------------------------------------------------------------------------------------------
// Known model types the reader refuses, and the generic fallback for the others
// ---------------------------------------------------------------------------------------------

/** Model types whose layers the Architecture cannot express, with why: never read by the generic fallback. */
const REFUSED_MODEL_TYPES: Record<string, string> = {
  minimax: "MiniMax-Text-01 mixes lightning (linear) attention layers with softmax attention, which is not expressible",
  mamba: "a state-space model has no attention layers",
  mamba2: "a state-space model has no attention layers",
  falcon_mamba: "a state-space model has no attention layers",
  rwkv: "a recurrent (RWKV) model has no attention layers",
  rwkv7: "a recurrent (RWKV) model has no attention layers",
  jamba: "Jamba interleaves Mamba layers with attention layers, which is not expressible",
  zamba: "Zamba interleaves Mamba layers with shared attention, which is not expressible",
  zamba2: "Zamba2 interleaves Mamba layers with shared attention, which is not expressible",
  bamba: "Bamba interleaves Mamba layers with attention layers, which is not expressible",
  falcon_h1: "Falcon-H1 runs Mamba heads beside attention heads, which is not expressible",
  granitemoehybrid: "Granite 4.0 interleaves Mamba layers with attention layers, which is not expressible",
  nemotron_h: "Nemotron-H interleaves Mamba layers with attention layers, which is not expressible",
  lfm2: "LFM2 interleaves convolution blocks with attention layers, which is not expressible",
  recurrent_gemma: "RecurrentGemma interleaves recurrent blocks with local attention, which is not expressible",
  xlstm: "an xLSTM model has no attention layers",
  bert: "an encoder model is not served as a text generator",
  roberta: "an encoder model is not served as a text generator",
  "xlm-roberta": "an encoder model is not served as a text generator",
  distilbert: "an encoder model is not served as a text generator",
  deberta: "an encoder model is not served as a text generator",
  "deberta-v2": "an encoder model is not served as a text generator",
  electra: "an encoder model is not served as a text generator",
  modernbert: "an encoder model is not served as a text generator",
  t5: "an encoder-decoder model is not expressible as a decoder",
  mt5: "an encoder-decoder model is not expressible as a decoder",
  umt5: "an encoder-decoder model is not expressible as a decoder",
  bart: "an encoder-decoder model is not expressible as a decoder",
  mbart: "an encoder-decoder model is not expressible as a decoder",
  whisper: "an encoder-decoder speech model is not expressible as a decoder",
};

/** Fields that mark a layout a Llama-style reading would miscount: the fallback refuses rather than guess. */
const NON_LLAMA_FIELDS: Record<string, string> = {
  kv_lora_rank: "multi-head latent attention, which a Llama-style reading would miscount",
  q_lora_rank: "multi-head latent attention, which a Llama-style reading would miscount",
  state_size: "state-space (Mamba) layers, which have no attention",
  ssm_cfg: "state-space (Mamba) layers, which have no attention",
  mamba_d_state: "Mamba layers among the attention layers",
  attn_layer_period: "Mamba layers among the attention layers",
  layers_block_type: "non-attention blocks among the layers",
  hybrid_override_pattern: "non-attention blocks among the layers",
  attn_type_list: "linear-attention layers among the softmax layers",
  linear_num_key_heads: "linear-attention layers among the softmax layers",
  cross_attention_layers: "cross-attention layers",
  is_encoder_decoder: "an encoder-decoder model",
};

function refusedTypeMessage(modelType: string, reason: string): string {
  return `config.json model_type ${quote(modelType)} is not supported: ${reason}; supported model types: ${SUPPORTED_MODEL_TYPES.join(", ")}`;
}

/** The assumption every fallback reading states, for reports. */
export function genericReadingAssumption(modelType: string): string {
  return `model_type ${quote(modelType)} is not known to the reader: read as a Llama-style decoder (gated MLP, RMSNorm); parameters and KV cache are estimates`;
}

/** The expert count of a generic config: the first of the usual names written, the others agreeing with it. */
function genericExpertCount(f: Fields): { key: string; numExperts: number } | undefined {
  let found: { key: string; numExperts: number } | undefined;
  for (const key of ["num_local_experts", "num_experts", "n_routed_experts"]) {
    const value = f.count(key, 0);
    if (value === 0) continue;
    if (found && found.numExperts !== value) {
      f.fail(key, `is ${value}, but ${found.key} is ${found.numExperts}; the expert count is contradictory`);
    }
    found ??= { key, numExperts: value };
  }
  return found;
}

/**
 * A model type the reader does not know, read as a Llama-style decoder from the standard fields: gated MLP,
 * RMSNorm twice per layer, grouped-query attention (with biases when `attention_bias`, per-head q/k norms when
 * `use_qk_norm` or `qk_norm`), and routed experts when an expert count is written (num_local_experts,
 * num_experts or n_routed_experts with num_experts_per_tok; moe_intermediate_size, else intermediate_size;
 * shared experts from n_shared_experts or shared_expert_intermediate_size; first_k_dense_replace dense layers).
 * Every default it takes is stated in the assumptions.
 */
function mapGeneric(f: Fields): Mapped & { assumptions: string[] } {
  for (const key of f.keys()) {
    if (!Object.prototype.hasOwnProperty.call(NON_LLAMA_FIELDS, key)) continue;
    if (key === "is_encoder_decoder" && f.get(key) !== true) continue;
    if (key !== "is_encoder_decoder" && !f.has(key)) continue;
    f.fail(key, `is set: it marks ${NON_LLAMA_FIELDS[key]}, so the config cannot be read as a Llama-style decoder`);
  }
  const assumptions = [genericReadingAssumption(f.modelType)];
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const qkNorm = f.bool("use_qk_norm", false) || f.bool("qk_norm", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm });
  if (!f.written("tie_word_embeddings")) {
    assumptions.push("tie_word_embeddings is not written: the output head is assumed separate from the embedding (the larger count)");
  }
  const tie = f.bool("tie_word_embeddings", false);
  const mlpBias = f.bool("mlp_bias", false);
  const arch: Architecture = { ...base(dims, tie, attention) };
  const expertCount = genericExpertCount(f);
  if (expertCount) {
    requireEveryLayerSparse(f);
    const freq = f.get("moe_layer_freq");
    if (freq !== undefined && freq !== 1) f.fail("moe_layer_freq", `is ${kindOf(freq)}; only 1 (every layer after first_k_dense_replace is MoE) is supported`);
    const topK = f.int("num_experts_per_tok");
    checkTopK(f, "num_experts_per_tok", topK, expertCount.numExperts);
    const expertSize = f.has("moe_intermediate_size") ? f.int("moe_intermediate_size") : f.int("intermediate_size");
    const moe: MixtureOfExperts = { numExperts: expertCount.numExperts, topK, expert: mlp(expertSize, true, mlpBias) };
    const sharedCount = f.count("n_shared_experts", 0);
    // Qwen2-MoE's name for one shared expert's width, or Granite's (granitemoeshared).
    const sharedKey = f.has("shared_expert_intermediate_size") || !f.has("shared_intermediate_size") ? "shared_expert_intermediate_size" : "shared_intermediate_size";
    const sharedSize = f.count(sharedKey, 0);
    if (sharedCount > 0 && sharedSize > 0) {
      f.fail(sharedKey, `and n_shared_experts are both set; the shared experts are contradictory`);
    }
    if (sharedCount > 0) moe.shared = { count: sharedCount, mlp: mlp(expertSize, true, mlpBias) };
    if (sharedSize > 0) moe.shared = { count: 1, mlp: mlp(sharedSize, true, mlpBias) };
    const firstDense = firstDenseLayers(f, dims, 0);
    if (firstDense > 0) {
      moe.firstDenseLayers = firstDense;
      arch.mlp = mlp(f.int("intermediate_size"), true, mlpBias);
    }
    arch.moe = moe;
  } else {
    arch.mlp = mlp(f.int("intermediate_size"), true, mlpBias);
  }
  // Only an explicit layer_types is trusted to window layers; a bare sliding_window may or may not apply.
  const layerTypes = f.layerTypes(dims.numLayers);
  let window: SlidingWindow | undefined;
  if (layerTypes) {
    window = slidingWindow(f, f.optInt("sliding_window"), dims, { every: true });
  } else if (f.has("sliding_window") && f.get("use_sliding_window") !== false) {
    f.optInt("sliding_window");
    assumptions.push("sliding_window is set without layer_types: every layer is assumed to cache the whole context (an upper bound)");
  }
  return { ...finish(arch, window, dims), assumptions };
}

// ---------------------------------------------------------------------------------------------
// Precision
// ---------------------------------------------------------------------------------------------

interface PrecisionInfo {
  weightPrecision?: Precision;
  precisionSource?: string;
}

const DTYPES: Record<string, Precision> = {
  bfloat16: "bf16",
  float16: "fp16",
  half: "fp16",
  float32: "fp32",
  float: "fp32",
  float8_e4m3fn: "fp8",
  float8_e5m2: "fp8",
};

function precisionFromDtype(config: Fields, textConfig?: Fields): PrecisionInfo {
  // transformers ≥ 4.56 writes `dtype`; earlier versions `torch_dtype`. Gemma 3 may set it in text_config only.
  for (const f of textConfig ? [config, textConfig] : [config]) {
    for (const key of ["torch_dtype", "dtype"]) {
      const value = f.get(key);
      if (value === undefined) continue;
      if (typeof value !== "string") return f.fail(key, `must be a string such as "bfloat16", but it is ${kindOf(value)}`);
      if (value === "auto") continue;
      const name = value.replace(/^torch\./, "");
      const precision = Object.prototype.hasOwnProperty.call(DTYPES, name) ? DTYPES[name] : undefined;
      if (!precision) return f.fail(key, `is ${quote(value)}; supported: ${Object.keys(DTYPES).join(", ")}`);
      return { weightPrecision: precision, precisionSource: `${f.path(key)}: ${value}` };
    }
  }
  return {};
}

function bitsPrecision(q: Fields, method: string): Precision {
  const key = q.has("bits") || !q.has("w_bit") ? "bits" : "w_bit";
  const bits = q.get(key);
  if (bits === 4) return "int4";
  if (bits === 8) return "int8";
  if (bits === undefined) q.fail(key, `is missing; ${method} needs the weight bit width (4 or 8)`);
  return q.fail(key, `is ${kindOf(bits)}; only 4-bit and 8-bit ${method} weights are supported`);
}

function compressedTensorsPrecision(q: Fields): Precision | undefined {
  const groups = q.get("config_groups");
  if (groups === undefined) return undefined;
  if (!isObject(groups)) q.fail("config_groups", `must be an object of quantization groups, but it is ${kindOf(groups)}`);
  const found = new Set<Precision>();
  for (const [name, group] of Object.entries(groups)) {
    const groupPath = `config_groups.${name}`;
    if (!isObject(group)) q.fail(groupPath, `must be an object, but it is ${kindOf(group)}`);
    const weights = group["weights"];
    if (weights === undefined || weights === null) continue;
    const weightsPath = `${groupPath}.weights`;
    if (!isObject(weights)) q.fail(weightsPath, `must be an object, but it is ${kindOf(weights)}`);
    const bits = weights["num_bits"];
    const type = weights["type"];
    let precision: Precision | undefined;
    if (type === "float" && bits === 8) precision = "fp8";
    else if (type === "float" && bits === 4) precision = "fp4";
    else if (type === "int" && bits === 8) precision = "int8";
    else if (type === "int" && bits === 4) precision = "int4";
    if (!precision) {
      q.fail(
        `${weightsPath}.num_bits`,
        `with type ${kindOf(type)} is ${kindOf(bits)}; supported weights: float 8 or 4 bits, int 8 or 4 bits`,
      );
    }
    found.add(precision);
  }
  if (found.size > 1) {
    q.fail("config_groups", `quantize weights to different formats (${[...found].join(", ")}); mixed-precision checkpoints are not supported`);
  }
  return [...found][0];
}

function precisionOf(config: Fields, textConfig?: Fields): PrecisionInfo {
  const raw = config.get("quantization_config");
  if (raw === undefined) return precisionFromDtype(config, textConfig);
  if (!isObject(raw)) config.fail("quantization_config", `must be an object, but it is ${kindOf(raw)}`);
  const q: Fields = new Fields(raw, config.modelType, "quantization_config.");
  let method = q.get("quant_method");
  // bitsandbytes configs written before quant_method existed carry only the load_in_* flags.
  if (method === undefined && (q.has("load_in_4bit") || q.has("load_in_8bit"))) method = "bitsandbytes";
  if (typeof method !== "string") {
    q.fail("quant_method", `is ${method === undefined ? "missing" : kindOf(method)}; supported: ${SUPPORTED_QUANT_METHODS.join(", ")}`);
  }
  const source = `quantization_config: ${method}`;
  switch (method.toLowerCase()) {
    case "fp8":
    case "fbgemm_fp8":
      return { weightPrecision: "fp8", precisionSource: source };
    case "mxfp4":
      return { weightPrecision: "fp4", precisionSource: source };
    case "awq":
    case "gptq": {
      const precision = bitsPrecision(q, method);
      return { weightPrecision: precision, precisionSource: `${source}, ${precision === "int4" ? 4 : 8}-bit` };
    }
    case "bitsandbytes":
      if (q.bool("load_in_4bit", false)) return { weightPrecision: "int4", precisionSource: `${source}, load_in_4bit` };
      if (q.bool("load_in_8bit", false)) return { weightPrecision: "int8", precisionSource: `${source}, load_in_8bit` };
      return q.fail("load_in_4bit", "and load_in_8bit are both false or missing; bitsandbytes needs one of them true");
    case "compressed-tensors": {
      const precision = compressedTensorsPrecision(q);
      if (precision) return { weightPrecision: precision, precisionSource: `${source}, weights ${precision}` };
      // Sparsity-only compressed-tensors checkpoints keep dense weights in torch_dtype.
      return precisionFromDtype(config, textConfig);
    }
    default:
      return q.fail(
        "quant_method",
        `is ${quote(method)}, which is not supported; supported: ${SUPPORTED_QUANT_METHODS.join(", ")}`,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

const MAPPERS: Record<string, (f: Fields) => Mapped> = {
  llama: mapLlama,
  mistral: mapMistral,
  mixtral: mapMixtral,
  qwen2: mapQwen2,
  qwen2_moe: mapQwen2Moe,
  qwen3: mapQwen3,
  qwen3_moe: mapQwen3Moe,
  gemma2: mapGemma2,
  gemma3_text: mapGemma3Text,
  phi3: mapPhi3,
  deepseek_v2: (f) => mapDeepseek(f, false),
  deepseek_v3: (f) => mapDeepseek(f, true),
  gpt_oss: mapGptOss,
  falcon: mapFalcon,
  llama4_text: mapLlama4Text,
  glm4_moe: mapGlm4Moe,
  // Kimi-K2 ships the DeepSeek-V3 architecture (architectures: DeepseekV3ForCausalLM) under its own model_type.
  kimi_k2: (f) => mapDeepseek(f, true),
  qwen3_next: mapQwen3Next,
  mpt: mapMpt,
  bloom: mapBloom,
  phi: mapPhi,
  phimoe: mapPhimoe,
  // Granite's multipliers (embedding, attention, residual, logits) scale activations, not weights: a Llama layout.
  granite: mapLlama,
  granitemoe: mapGraniteMoe,
  olmo: mapOlmo,
  olmo2: mapOlmo2,
  olmoe: mapOlmoe,
  cohere: (f) => mapCohere(f, false),
  cohere2: (f) => mapCohere(f, true),
  starcoder2: mapStarcoder2,
  internlm2: mapInternlm2,
  exaone: mapExaone,
  gpt_neox: mapGptNeox,
  gpt_bigcode: (f) => mapGpt2(f, true),
  gpt2: (f) => mapGpt2(f, false),
  gptj: mapGptj,
  stablelm: mapStablelm,
  qwen2_vl: mapQwen2Vl,
  qwen2_5_vl: mapQwen2Vl,
  gemma: mapGemma,
  minicpm: mapMinicpm,
  nemotron: mapNemotron,
  hunyuan_v1_dense: mapHunyuanDense,
  seed_oss: mapSeedOss,
  smollm3: mapSmollm3,
  ernie4_5: mapErnie45,
  ernie4_5_moe: mapErnie45Moe,
  dots1: mapDots1,
  minimax_m2: mapMinimaxM2,
};

/**
 * Multimodal configs keep the language model in `text_config`; the vision tower is not counted. Each entry
 * maps the text fields, given the top-level ones for what lives there (mllama's vision_config).
 */
const MULTIMODAL: Record<string, (text: Fields, top: Fields) => Mapped> = {
  gemma3: (text) => mapGemma3Text(text),
  llama4: (text) => mapLlama4Text(text),
  mllama: (text, top) => {
    const vision = top.object("vision_config");
    return mapMllamaText(text, vision === undefined ? undefined : top.nested(vision, "vision_config"));
  },
  mistral3: (text) => {
    const inner = text.get("model_type");
    if (inner !== undefined && inner !== "mistral") {
      text.fail("model_type", `is ${kindOf(inner)}; a mistral3 text_config must be a "mistral" model`);
    }
    return mapMistral(text);
  },
  llava: (text) => mapLlavaText(text),
  llava_next: (text) => mapLlavaText(text),
};

/** The text_config of a multimodal config; a tie_word_embeddings written only at the top level applies to it. */
function textConfigOf(top: Fields, modelType: string): Fields {
  const text = top.get("text_config");
  if (text === undefined) {
    const alternative = modelType === "gemma3" ? ` (or use model_type "gemma3_text")` : "";
    top.fail("text_config", `is missing; a ${modelType} config keeps its language model there${alternative}`);
  }
  if (!isObject(text)) top.fail("text_config", `must be an object, but it is ${kindOf(text)}`);
  const tie = top.get("tie_word_embeddings");
  const merged = tie !== undefined && !Object.prototype.hasOwnProperty.call(text, "tie_word_embeddings") ? { ...text, tie_word_embeddings: tie } : text;
  return top.nested(merged, "text_config");
}

/** Map a parsed config.json object to the architecture it describes. Pure; throws only HfConfigError. */
export function architectureFromHfConfig(config: unknown): HfModelInfo {
  if (!isObject(config)) {
    throw new HfConfigError(
      `config.json must be a JSON object (a Hugging Face model config), but it is ${kindOf(config)}`,
    );
  }
  const modelType = config["model_type"];
  if (modelType === undefined || modelType === null) {
    throw new HfConfigError(
      `config.json has no "model_type" field, so its architecture is unknown; supported model types: ${SUPPORTED_MODEL_TYPES.join(", ")}`,
      "model_type",
    );
  }
  if (typeof modelType !== "string") {
    throw new HfConfigError(
      `config.json field "model_type" must be a string such as "llama", but it is ${kindOf(modelType)}`,
      "model_type",
    );
  }
  if (Object.prototype.hasOwnProperty.call(REFUSED_MODEL_TYPES, modelType)) {
    throw new HfConfigError(refusedTypeMessage(modelType, REFUSED_MODEL_TYPES[modelType]!), "model_type");
  }

  const top: Fields = new Fields(config, modelType);
  let mapped: Mapped;
  let assumptions: string[] | undefined;
  let textFields: Fields | undefined;
  const multimodal = Object.prototype.hasOwnProperty.call(MULTIMODAL, modelType) ? MULTIMODAL[modelType] : undefined;
  if (multimodal) {
    // The multimodal config: the language model lives in text_config; the vision tower is not counted.
    textFields = textConfigOf(top, modelType);
    mapped = multimodal(textFields, top);
  } else if (SUPPORTED_MODEL_TYPES.includes(modelType)) {
    const mapper = MAPPERS[modelType];
    if (!mapper) throw new HfConfigError(`config.json model_type ${quote(modelType)} has no mapping`, "model_type");
    mapped = mapper(top);
  } else {
    // Not a type the reader knows: read it as a Llama-style decoder, or say which field stops that.
    try {
      const generic = mapGeneric(top);
      mapped = generic;
      assumptions = generic.assumptions;
    } catch (err) {
      if (!(err instanceof HfConfigError)) throw err;
      throw new HfConfigError(
        `config.json model_type ${quote(modelType)} is not supported, and the config cannot be read as a Llama-style decoder: ` +
          `${err.message.replace(/^config\.json /, "")}; supported model types: ${SUPPORTED_MODEL_TYPES.join(", ")}`,
        err.field ?? "model_type",
        { cause: err },
      );
    }
  }

  const info: HfModelInfo = {
    modelType,
    architecture: mapped.architecture,
    maxContextTokens: mapped.maxContextTokens,
  };
  const precision = precisionOf(top, textFields);
  if (precision.weightPrecision) {
    info.weightPrecision = precision.weightPrecision;
    if (precision.precisionSource) info.precisionSource = precision.precisionSource;
  }
  if (assumptions) info.assumptions = assumptions;
  return info;
}

/** The largest config.json read. Real ones are a few kilobytes; a megabyte is not a config. */
export const CONFIG_JSON_MAX_BYTES = 1_000_000;

export interface ReadHfConfigOptions {
  /** The repository root's real path: the file must really lie inside it. null: anywhere (a CLI argument). */
  root: string | null;
  /** How messages name the file; default the path as given. */
  shownAs?: string;
  maxBytes?: number;
}

/** `Unexpected token … in JSON at position 12` → where, without the bytes Node quotes from the file. */
function jsonErrorPlace(error: unknown, text: string): string {
  const position = /position (\d+)/.exec(String((error as Error).message ?? ""));
  if (!position) return "";
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return ` at line ${line}, column ${column}`;
}

/**
 * Read and map a config.json file, through the guarded reader (inside the repository, a regular
 * file, at most a megabyte). Every failure (I/O, JSON syntax, content) is an HfConfigError naming
 * the file; none quotes the file's bytes, so a file that is no config.json is not echoed.
 */
export function readHfConfig(path: string, options: ReadHfConfigOptions = { root: null }): HfModelInfo {
  return hfConfigInfo(readConfigJson(path, options), options.shownAs ?? path);
}

/**
 * A model's config file parsed, through the guarded reader, with readHfConfig's messages: the
 * config.json, or Mistral's params.json (`kind`). Throws HfConfigError naming the file.
 */
export function readConfigJson(path: string, options: ReadHfConfigOptions & { kind?: string } = { root: null }): unknown {
  const shown = options.shownAs ?? path;
  const kind = options.kind ?? "config.json";
  const read = readGuarded(path, { root: options.root, maxBytes: options.maxBytes ?? CONFIG_JSON_MAX_BYTES });
  if (!read.ok) {
    const reason = read.refusal === "too-large" ? `is over the size limit of ${options.maxBytes ?? CONFIG_JSON_MAX_BYTES} bytes, so it is no ${kind}` : read.message;
    throw new HfConfigError(`cannot read ${shown}: it ${reason}`);
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw new HfConfigError(`cannot read ${shown}: it is not valid ${decoded.encoding} text, so it is no ${kind}`);
  const text = decoded.text;
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new HfConfigError(`${shown} is not valid JSON${jsonErrorPlace(err, text)}; point the model at a Hugging Face config.json`, undefined, { cause: err });
  }
}

/** architectureFromHfConfig, its errors prefixed with the file (`shown`) they are about. */
export function hfConfigInfo(parsed: unknown, shown: string): HfModelInfo {
  try {
    return architectureFromHfConfig(parsed);
  } catch (err) {
    if (err instanceof HfConfigError) throw new HfConfigError(`${shown}: ${err.message}`, err.field, { cause: err });
    throw err;
  }
}
