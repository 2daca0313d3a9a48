import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  decodeText
} from "./chunk-FHUT4NP5.js";
import {
  quote
} from "./chunk-LRW7K6N5.js";
import {
  readGuarded
} from "./chunk-MF5XHCMM.js";

// src/catalog/hf-config.ts
var SUPPORTED_MODEL_TYPES = Object.freeze([
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
  "minimax_m2"
]);
var SUPPORTED_QUANT_METHODS = Object.freeze([
  "fp8",
  "fbgemm_fp8",
  "awq",
  "gptq",
  "compressed-tensors",
  "mxfp4",
  "bitsandbytes"
]);
function readByGenericFallback(info) {
  return info.assumptions !== void 0 && info.assumptions.length > 0;
}
var HfConfigError = class extends Error {
  /** The config.json field at fault, dotted for nested ones (`text_config.hidden_size`). */
  field;
  constructor(message, field, options) {
    super(message, options);
    this.name = "HfConfigError";
    if (field !== void 0) this.field = field;
  }
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    return `the string ${quote(value, 40)}`;
  }
  return String(value);
}
function isPositiveInt(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}
var Fields = class _Fields {
  constructor(obj, modelType, prefix = "") {
    this.obj = obj;
    this.modelType = modelType;
    this.prefix = prefix;
  }
  obj;
  modelType;
  prefix;
  path(key) {
    return this.prefix + key;
  }
  /** The value, or undefined when absent or null (config.json writes null for "not set"). */
  get(key) {
    if (!Object.prototype.hasOwnProperty.call(this.obj, key)) return void 0;
    const value = this.obj[key];
    return value === null ? void 0 : value;
  }
  has(key) {
    return this.get(key) !== void 0;
  }
  /** Whether the key is written at all, null included. */
  written(key) {
    return Object.prototype.hasOwnProperty.call(this.obj, key);
  }
  fail(key, problem) {
    throw new HfConfigError(`config.json field ${quote(this.path(key))} ${problem}`, this.path(key));
  }
  /** A required positive integer; `fallback` is transformers' default where the official configs rely on one. */
  int(key, fallback) {
    const value = this.get(key);
    if (value === void 0) {
      if (fallback !== void 0) return fallback;
      this.fail(key, `is missing; it is required for model_type ${quote(this.modelType)}`);
    }
    if (!isPositiveInt(value)) {
      this.fail(key, `must be a positive integer, but it is ${kindOf(value)} (model_type ${quote(this.modelType)})`);
    }
    return value;
  }
  /** A positive integer or nothing (absent or null). */
  optInt(key) {
    const value = this.get(key);
    if (value === void 0) return void 0;
    if (!isPositiveInt(value)) {
      this.fail(key, `must be a positive integer or null, but it is ${kindOf(value)} (model_type ${quote(this.modelType)})`);
    }
    return value;
  }
  /** A non-negative integer (counts that may be 0), `fallback` when absent or null. */
  count(key, fallback) {
    const value = this.get(key);
    if (value === void 0) return fallback;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      this.fail(key, `must be a non-negative integer, but it is ${kindOf(value)} (model_type ${quote(this.modelType)})`);
    }
    return value;
  }
  bool(key, fallback) {
    const value = this.get(key);
    if (value === void 0) return fallback;
    if (typeof value !== "boolean") {
      this.fail(key, `must be true or false, but it is ${kindOf(value)} (model_type ${quote(this.modelType)})`);
    }
    return value;
  }
  /** A window length defaulting to `fallback` when the key is absent; written as null it means no window. */
  window(key, fallback) {
    return this.written(key) ? this.optInt(key) : fallback;
  }
  /** Head width: `head_dim` when set, else hidden_size / num_attention_heads (which must divide). */
  headDim(hiddenSize, numHeads, fallback) {
    const explicit = this.optInt("head_dim");
    if (explicit !== void 0) return explicit;
    if (fallback !== void 0) return fallback;
    if (hiddenSize % numHeads !== 0) {
      this.fail(
        "head_dim",
        `is missing and hidden_size ${hiddenSize} is not divisible by num_attention_heads ${numHeads}; set head_dim (model_type ${quote(this.modelType)})`
      );
    }
    return hiddenSize / numHeads;
  }
  /** A list of non-negative integers, undefined when absent or null. */
  intList(key) {
    const value = this.get(key);
    if (value === void 0) return void 0;
    if (!Array.isArray(value)) this.fail(key, `must be a list of integers, but it is ${kindOf(value)}`);
    return value.map((entry, i) => {
      if (typeof entry !== "number" || !Number.isSafeInteger(entry) || entry < 0) {
        return this.fail(key, `entry ${i} is ${kindOf(entry)}; it must be a non-negative integer`);
      }
      return entry;
    });
  }
  /** A nested object (`text_config`, `attn_config`), undefined when absent or null. */
  object(key) {
    const value = this.get(key);
    if (value === void 0) return void 0;
    if (!isObject(value)) this.fail(key, `must be an object, but it is ${kindOf(value)}`);
    return value;
  }
  /** The Fields of a nested object, its errors named with the dotted path. */
  nested(obj, key) {
    return new _Fields(obj, this.modelType, `${this.prefix}${key}.`);
  }
  /** The same fields with `defaults` for the keys the config does not write (a config class's defaults). */
  withDefaults(defaults) {
    const merged = Object.fromEntries([
      ...Object.entries(defaults).filter(([key]) => !Object.prototype.hasOwnProperty.call(this.obj, key)),
      ...Object.entries(this.obj)
    ]);
    return new _Fields(merged, this.modelType, this.prefix);
  }
  /** The keys the config writes, for checks that look for fields of layouts the reader cannot express. */
  keys() {
    return Object.keys(this.obj);
  }
  /** `layer_types` as the Architecture spells it, checked against the layer count; undefined when absent. */
  layerTypes(numLayers) {
    const value = this.get("layer_types");
    if (value === void 0) return void 0;
    if (!Array.isArray(value)) this.fail("layer_types", `must be a list of layer kinds, but it is ${kindOf(value)}`);
    if (value.length !== numLayers) {
      this.fail("layer_types", `has ${value.length} entries but num_hidden_layers is ${numLayers}`);
    }
    return value.map((entry, i) => {
      if (entry === "sliding_attention") return "sliding";
      if (entry === "full_attention") return "full";
      return this.fail(
        "layer_types",
        `entry ${i} is ${kindOf(entry)}; only "sliding_attention" and "full_attention" are supported`
      );
    });
  }
};
function readDims(f, defaults = {}) {
  return {
    hiddenSize: f.int("hidden_size"),
    numLayers: f.int("num_hidden_layers"),
    vocabSize: f.int("vocab_size", defaults.vocabSize),
    maxContextTokens: f.int("max_position_embeddings", defaults.maxContextTokens)
  };
}
function standardAttention(f, hiddenSize, flags, defaults = {}) {
  const numHeads = f.int("num_attention_heads", defaults.numHeads);
  const numKvHeads = f.optInt("num_key_value_heads") ?? defaults.numKvHeads ?? numHeads;
  if (numKvHeads > numHeads || numHeads % numKvHeads !== 0) {
    f.fail(
      "num_key_value_heads",
      `is ${numKvHeads}, which does not divide num_attention_heads ${numHeads} (model_type ${quote(f.modelType)})`
    );
  }
  const attention = {
    kind: "standard",
    numHeads,
    numKvHeads,
    headDim: f.headDim(hiddenSize, numHeads, defaults.headDim)
  };
  if (flags.qkvBias) attention.qkvBias = true;
  if (flags.outputBias) attention.outputBias = true;
  if (flags.qkNorm) attention.qkNorm = true;
  if (flags.sinks) attention.sinks = true;
  if (flags.outputGate) attention.outputGate = true;
  return attention;
}
function mlp(intermediateSize, gated, bias = false) {
  return bias ? { gated, intermediateSize, bias: true } : { gated, intermediateSize };
}
function checkTopK(f, key, topK, numExperts) {
  if (topK > numExperts) f.fail(key, `is ${topK}, more than the ${numExperts} experts there are`);
}
function requireEveryLayerSparse(f) {
  const step = f.get("decoder_sparse_step");
  if (step !== void 0 && step !== 1) {
    f.fail(
      "decoder_sparse_step",
      `is ${kindOf(step)}; only 1 (experts on every layer) is supported, other MoE layer layouts are not`
    );
  }
  const mlpOnly = f.get("mlp_only_layers");
  if (mlpOnly !== void 0 && !(Array.isArray(mlpOnly) && mlpOnly.length === 0)) {
    f.fail("mlp_only_layers", `is ${kindOf(mlpOnly)}; only an empty list is supported, dense layers among MoE layers are not`);
  }
}
function slidingWindow(f, windowTokens, dims, pattern) {
  const layerTypes = f.layerTypes(dims.numLayers);
  if (windowTokens === void 0) {
    if (layerTypes?.includes("sliding")) {
      f.fail("sliding_window", `is not set, but layer_types names sliding_attention layers (model_type ${quote(f.modelType)})`);
    }
    return void 0;
  }
  if (windowTokens >= dims.maxContextTokens) return void 0;
  const explicit = layerTypes ?? ("layerTypes" in pattern ? pattern.layerTypes : void 0);
  if (explicit) return explicit.includes("sliding") ? { windowTokens, layerTypes: explicit } : void 0;
  if ("globalEvery" in pattern) {
    return pattern.globalEvery === 1 ? void 0 : { windowTokens, globalEvery: pattern.globalEvery };
  }
  return { windowTokens };
}
function mistralWindow(f, dims) {
  return slidingWindow(f, f.optInt("sliding_window"), dims, { every: true });
}
function qwenWindow(f, dims) {
  if (!f.bool("use_sliding_window", false)) return void 0;
  const windowTokens = f.optInt("sliding_window");
  if (windowTokens === void 0) {
    f.fail("sliding_window", `must be set when use_sliding_window is true (model_type ${quote(f.modelType)})`);
  }
  const firstWindowed = f.count("max_window_layers", 28);
  const layerTypes = Array.from(
    { length: dims.numLayers },
    (_, i) => i >= firstWindowed ? "sliding" : "full"
  );
  return slidingWindow(f, windowTokens, dims, { layerTypes });
}
function base(dims, tie, attention, norm = "rmsnorm", normsPerLayer = 2) {
  return {
    hiddenSize: dims.hiddenSize,
    numLayers: dims.numLayers,
    vocabSize: dims.vocabSize,
    tieWordEmbeddings: tie,
    attention,
    norm,
    normsPerLayer
  };
}
function finish(arch, window, dims) {
  if (window) arch.slidingWindow = window;
  return { architecture: arch, maxContextTokens: dims.maxContextTokens };
}
function mapLlama(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true, f.bool("mlp_bias", false))
  };
  return finish(arch, void 0, dims);
}
function mapMistral(f) {
  const dims = readDims(f);
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), standardAttention(f, dims.hiddenSize, {})),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, mistralWindow(f, dims), dims);
}
function mapMixtral(f) {
  const dims = readDims(f);
  const numExperts = f.int("num_local_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), standardAttention(f, dims.hiddenSize, {})),
    moe: { numExperts, topK, expert: mlp(f.int("intermediate_size"), true) }
  };
  return finish(arch, mistralWindow(f, dims), dims);
}
function mapQwen2(f) {
  const dims = readDims(f);
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), standardAttention(f, dims.hiddenSize, { qkvBias: true })),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, qwenWindow(f, dims), dims);
}
function mapQwen2Moe(f) {
  const dims = readDims(f);
  requireEveryLayerSparse(f);
  const numExperts = f.int("num_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const moe = {
    numExperts,
    topK,
    expert: mlp(f.int("moe_intermediate_size"), true),
    shared: { count: 1, mlp: mlp(f.int("shared_expert_intermediate_size"), true), gate: true }
  };
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), standardAttention(f, dims.hiddenSize, { qkvBias: true })),
    moe
  };
  return finish(arch, qwenWindow(f, dims), dims);
}
function mapQwen3(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, qwenWindow(f, dims), dims);
}
function mapQwen3Moe(f) {
  const dims = readDims(f);
  requireEveryLayerSparse(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const numExperts = f.int("num_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    moe: { numExperts, topK, expert: mlp(f.int("moe_intermediate_size"), true) }
  };
  return finish(arch, qwenWindow(f, dims), dims);
}
function mapGemma2(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch = {
    // Gemma norms before and after both attention and MLP.
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "rmsnorm", 4),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  const window = slidingWindow(f, f.window("sliding_window", 4096), dims, { globalEvery: 2 });
  return finish(arch, window, dims);
}
function mapGemma3Text(f) {
  const defaults = { vocabSize: 262208, maxContextTokens: 131072, numHeads: 8, numKvHeads: 4, headDim: 256 };
  const dims = readDims(f, defaults);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true }, defaults);
  const arch = {
    // Gemma norms before and after both attention and MLP.
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "rmsnorm", 4),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  const globalEvery = f.int("sliding_window_pattern", 6);
  const window = slidingWindow(f, f.window("sliding_window", 4096), dims, { globalEvery });
  return finish(arch, window, dims);
}
function mapPhi3(f) {
  const dims = readDims(f);
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), standardAttention(f, dims.hiddenSize, {})),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, slidingWindow(f, f.optInt("sliding_window"), dims, { every: true }), dims);
}
function mapDeepseek(f, v3) {
  const dims = readDims(f);
  if (!f.written("q_lora_rank")) {
    f.fail(
      "q_lora_rank",
      `is missing; it is required for model_type ${quote(f.modelType)} (null when queries are projected directly, as in DeepSeek-V2-Lite)`
    );
  }
  const attention = {
    kind: "mla",
    numHeads: f.int("num_attention_heads"),
    qLoraRank: f.optInt("q_lora_rank") ?? null,
    kvLoraRank: f.int("kv_lora_rank"),
    qkNopeHeadDim: f.int("qk_nope_head_dim"),
    qkRopeHeadDim: f.int("qk_rope_head_dim"),
    vHeadDim: f.int("v_head_dim")
  };
  const freq = f.get("moe_layer_freq");
  if (freq !== void 0 && freq !== 1) {
    f.fail("moe_layer_freq", `is ${kindOf(freq)}; only 1 (every layer after first_k_dense_replace is MoE) is supported`);
  }
  return deepseekStyleMoe(f, dims, attention, { firstDense: v3 ? 3 : 0, shared: 0, routerBias: v3 });
}
function deepseekStyleMoe(f, dims, attention, defaults) {
  const numExperts = f.int("n_routed_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const expertSize = f.int("moe_intermediate_size");
  const firstDense = f.count("first_k_dense_replace", defaults.firstDense);
  if (firstDense > dims.numLayers) {
    f.fail("first_k_dense_replace", `is ${firstDense}, more than num_hidden_layers ${dims.numLayers}`);
  }
  const sharedCount = f.count("n_shared_experts", defaults.shared);
  const moe = { numExperts, topK, expert: mlp(expertSize, true) };
  if (sharedCount > 0) moe.shared = { count: sharedCount, mlp: mlp(expertSize, true) };
  if (firstDense > 0) moe.firstDenseLayers = firstDense;
  if (defaults.routerBias) moe.routerBias = true;
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    // The dense MLP of the first_k_dense_replace layers; absent when every layer is MoE.
    ...firstDense > 0 ? { mlp: mlp(f.int("intermediate_size"), true) } : {},
    moe
  };
  return finish(arch, void 0, dims);
}
function mapGptOss(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", true);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, sinks: true });
  const numExperts = f.int("num_local_experts");
  const topKField = f.has("experts_per_token") ? "experts_per_token" : "num_experts_per_tok";
  const topK = f.int(topKField);
  checkTopK(f, topKField, topK, numExperts);
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    moe: { numExperts, topK, expert: mlp(f.int("intermediate_size"), true, true), routerBias: true }
  };
  const window = slidingWindow(f, f.window("sliding_window", 128), dims, { globalEvery: 2 });
  return finish(arch, window, dims);
}
function mapFalcon(f) {
  const dims = readDims(f, { maxContextTokens: 2048 });
  const numHeads = f.int("num_attention_heads");
  const newArch = f.bool("new_decoder_architecture", false);
  const multiQuery = f.bool("multi_query", true);
  const parallel = f.bool("parallel_attn", true);
  const bias = f.bool("bias", false);
  const numKvHeads = newArch || !multiQuery ? f.optInt("num_kv_heads") ?? numHeads : 1;
  if (numKvHeads > numHeads || numHeads % numKvHeads !== 0) {
    f.fail("num_kv_heads", `is ${numKvHeads}, which does not divide num_attention_heads ${numHeads} (model_type "falcon")`);
  }
  if (dims.hiddenSize % numHeads !== 0) {
    f.fail("num_attention_heads", `is ${numHeads}, which does not divide hidden_size ${dims.hiddenSize} (model_type "falcon")`);
  }
  const attention = {
    kind: "standard",
    numHeads,
    numKvHeads,
    headDim: dims.hiddenSize / numHeads
  };
  if (bias) {
    attention.qkvBias = true;
    attention.outputBias = true;
  }
  const parallelNorms = f.int("num_ln_in_parallel_attn", newArch ? 2 : 1);
  const normsPerLayer = !parallel ? 2 : parallelNorms === 2 ? 2 : 1;
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", normsPerLayer),
    mlp: mlp(f.int("ffn_hidden_size", 4 * dims.hiddenSize), false, bias)
  };
  return finish(arch, void 0, dims);
}
function mapLlama4Text(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const numExperts = f.int("num_local_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const step = f.int("interleave_moe_layer_step", 1);
  if (step > dims.numLayers) f.fail("interleave_moe_layer_step", `is ${step}, more than num_hidden_layers ${dims.numLayers}`);
  const moeLayers = f.intList("moe_layers");
  if (moeLayers !== void 0) {
    const expected = Array.from({ length: dims.numLayers }, (_, i) => i).filter((i) => (i + 1) % step === 0);
    if (moeLayers.length !== expected.length || moeLayers.some((layer, i) => layer !== expected[i])) {
      f.fail("moe_layers", `must list every interleave_moe_layer_step-th layer (${step}); other MoE layer layouts are not supported`);
    }
  }
  const expertSize = f.int("intermediate_size");
  const moe = {
    numExperts,
    topK,
    expert: mlp(expertSize, true),
    shared: { count: 1, mlp: mlp(expertSize, true) }
  };
  if (step > 1) moe.layerInterval = step;
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    // The dense layers between MoE layers; with experts on every layer there are none.
    ...step > 1 ? { mlp: mlp(f.int("intermediate_size_mlp"), true) } : {},
    moe
  };
  return finish(arch, llama4Window(f, dims), dims);
}
function llama4Window(f, dims) {
  let layerTypes;
  const written = f.get("layer_types");
  if (written !== void 0) {
    if (!Array.isArray(written) || written.length !== dims.numLayers) {
      f.fail("layer_types", `must list one layer kind per layer (${dims.numLayers}), but it is ${kindOf(written)}`);
    }
    layerTypes = written.map((entry, i) => {
      if (entry === "chunked_attention") return "sliding";
      if (entry === "full_attention") return "full";
      return f.fail("layer_types", `entry ${i} is ${kindOf(entry)}; only "chunked_attention" and "full_attention" are supported`);
    });
  } else {
    const noRope = f.intList("no_rope_layers") ?? Array.from({ length: dims.numLayers }, (_, i) => (i + 1) % 4 !== 0 ? 1 : 0);
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
  if (chunkTokens === void 0 || chunkTokens >= dims.maxContextTokens || !layerTypes.includes("sliding")) return void 0;
  return { windowTokens: chunkTokens, layerTypes, chunked: true };
}
function mapMllamaText(f, vision) {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, {});
  const layers = f.intList("cross_attention_layers");
  if (layers === void 0) f.fail("cross_attention_layers", `is missing; it is required for model_type ${quote(f.modelType)}`);
  layers.forEach((layer, i) => {
    if (layer >= dims.numLayers) f.fail("cross_attention_layers", `entry ${i} is ${layer}, beyond num_hidden_layers ${dims.numLayers}`);
    if (layers.indexOf(layer) !== i) f.fail("cross_attention_layers", `lists layer ${layer} twice`);
  });
  const imageSize = vision ? vision.int("image_size", 448) : 448;
  const patchSize = vision ? vision.int("patch_size", 14) : 14;
  const tiles = vision ? vision.int("max_num_tiles", 4) : 4;
  const patchesPerSide = Math.floor(imageSize / patchSize);
  if (patchesPerSide < 1) vision.fail("patch_size", `is ${patchSize}, larger than image_size ${imageSize}`);
  const imageTokens = tiles * (patchesPerSide * patchesPerSide + 1);
  if (!Number.isSafeInteger(imageTokens)) vision.fail("image_size", `is ${imageSize}, too large to count its image tokens`);
  const crossAttention = { layers: [...layers].sort((a, b) => a - b), imageTokens };
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  if (layers.length > 0) arch.crossAttention = crossAttention;
  return finish(arch, void 0, dims);
}
function mapGlm4Moe(f) {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, {
    qkvBias: f.bool("attention_bias", false),
    qkNorm: f.bool("use_qk_norm", false)
  });
  return deepseekStyleMoe(f, dims, attention, { firstDense: 1, shared: 1, routerBias: true });
}
function mapQwen3Next(f) {
  const dims = readDims(f);
  requireEveryLayerSparse(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true, outputGate: true });
  let layerTypes;
  const written = f.get("layer_types");
  if (written !== void 0) {
    if (!Array.isArray(written) || written.length !== dims.numLayers) {
      f.fail("layer_types", `must list one layer kind per layer (${dims.numLayers}), but it is ${kindOf(written)}`);
    }
    layerTypes = written.map((entry, i) => {
      if (entry === "linear_attention") return "linear";
      if (entry === "full_attention") return "full";
      return f.fail("layer_types", `entry ${i} is ${kindOf(entry)}; only "linear_attention" and "full_attention" are supported`);
    });
  } else {
    const interval = f.int("full_attention_interval", 4);
    layerTypes = Array.from({ length: dims.numLayers }, (_, i) => (i + 1) % interval === 0 ? "full" : "linear");
  }
  const linear = {
    layerTypes,
    numKeyHeads: f.int("linear_num_key_heads"),
    numValueHeads: f.int("linear_num_value_heads"),
    keyHeadDim: f.int("linear_key_head_dim"),
    valueHeadDim: f.int("linear_value_head_dim"),
    convKernelSize: f.int("linear_conv_kernel_dim", 4)
  };
  if (linear.numValueHeads % linear.numKeyHeads !== 0) {
    f.fail("linear_num_value_heads", `is ${linear.numValueHeads}, not a multiple of linear_num_key_heads ${linear.numKeyHeads}`);
  }
  const numExperts = f.int("num_experts");
  const topK = f.int("num_experts_per_tok");
  checkTopK(f, "num_experts_per_tok", topK, numExperts);
  const moe = {
    numExperts,
    topK,
    expert: mlp(f.int("moe_intermediate_size"), true),
    shared: { count: 1, mlp: mlp(f.int("shared_expert_intermediate_size"), true), gate: true }
  };
  const arch = { ...base(dims, f.bool("tie_word_embeddings", false), attention), moe };
  if (layerTypes.includes("linear")) arch.linearAttention = linear;
  return finish(arch, void 0, dims);
}
function mapMpt(f) {
  const hiddenSize = f.int("d_model");
  const numHeads = f.int("n_heads");
  const dims = {
    hiddenSize,
    numLayers: f.int("n_layers"),
    // MptConfig defaults: vocab_size 50368, max_seq_len 2048.
    vocabSize: f.int("vocab_size", 50368),
    maxContextTokens: f.int("max_seq_len", 2048)
  };
  if (hiddenSize % numHeads !== 0) f.fail("n_heads", `is ${numHeads}, which does not divide d_model ${hiddenSize} (model_type "mpt")`);
  const attnRaw = f.object("attn_config");
  if (attnRaw !== void 0) {
    const attn = f.nested(attnRaw, "attn_config");
    const type = attn.get("attn_type");
    if (type !== void 0 && type !== "multihead_attention") {
      attn.fail("attn_type", `is ${kindOf(type)}; only "multihead_attention" is supported`);
    }
    if (!attn.bool("alibi", true)) attn.fail("alibi", "is false; only ALiBi MPT models (no position embeddings) are supported");
    if (attn.bool("qk_ln", false)) attn.fail("qk_ln", "is true; MPT with query/key LayerNorms is not supported");
  }
  if (!f.bool("no_bias", true)) f.fail("no_bias", "is false; only MPT without biases (no_bias: true) is supported");
  const attention = { kind: "standard", numHeads, numKvHeads: numHeads, headDim: hiddenSize / numHeads };
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", 2),
    normBias: false,
    mlp: mlp(f.int("expansion_ratio", 4) * hiddenSize, false)
  };
  return finish(arch, void 0, dims);
}
function mapBloom(f) {
  const sizeKey = f.has("hidden_size") || !f.has("n_embed") ? "hidden_size" : "n_embed";
  const hiddenSize = f.int(sizeKey);
  const numHeads = f.int("n_head");
  const dims = {
    hiddenSize,
    numLayers: f.int("n_layer"),
    vocabSize: f.int("vocab_size"),
    maxContextTokens: f.int("seq_length", 2048)
  };
  if (hiddenSize % numHeads !== 0) f.fail("n_head", `is ${numHeads}, which does not divide ${sizeKey} ${hiddenSize} (model_type "bloom")`);
  const attention = {
    kind: "standard",
    numHeads,
    numKvHeads: numHeads,
    headDim: hiddenSize / numHeads,
    qkvBias: true,
    outputBias: true
  };
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", 2),
    embeddingNorm: true,
    // BloomMLP is 4 × hidden whatever n_inner says.
    mlp: mlp(4 * hiddenSize, false, true)
  };
  return finish(arch, void 0, dims);
}
function experts(f, key, topKKey = "num_experts_per_tok") {
  const numExperts = f.int(key);
  const topK = f.int(topKKey);
  checkTopK(f, topKKey, topK, numExperts);
  return { numExperts, topK };
}
function firstDenseLayers(f, dims, fallback) {
  const firstDense = f.count("first_k_dense_replace", fallback);
  if (firstDense > dims.numLayers) {
    f.fail("first_k_dense_replace", `is ${firstDense}, more than num_hidden_layers ${dims.numLayers}`);
  }
  return firstDense;
}
function mapPhi(f) {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: true, outputBias: true, qkNorm: f.bool("qk_layernorm", false) });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 1),
    mlp: mlp(f.int("intermediate_size"), false, true)
  };
  return finish(arch, void 0, dims);
}
function mapPhimoe(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 2),
    moe: { ...experts(f, "num_local_experts"), expert: mlp(f.int("intermediate_size"), true) }
  };
  return finish(arch, mistralWindow(f, dims), dims);
}
function mapGraniteMoe(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const moe = { ...experts(f, "num_local_experts"), expert: mlp(f.int("intermediate_size"), true) };
  const arch = { ...base(dims, f.bool("tie_word_embeddings", false), attention), moe };
  return finish(arch, void 0, dims);
}
function mapOlmo(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 0),
    normBias: false,
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, void 0, dims);
}
function mapOlmo2(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, void 0, dims);
}
function mapOlmoe(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    moe: { ...experts(f, "num_experts"), expert: mlp(f.int("intermediate_size"), true) }
  };
  return finish(arch, void 0, dims);
}
function mapCohere(f, v2) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const qkNorm = v2 ? false : f.bool("use_qk_norm", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", 1),
    normBias: false,
    mlp: mlp(f.int("intermediate_size"), true)
  };
  const window = v2 ? slidingWindow(f, f.window("sliding_window", 4096), dims, { globalEvery: f.int("sliding_window_pattern", 4) }) : void 0;
  return finish(arch, window, dims);
}
function mapStarcoder2(f) {
  const dims = readDims(f);
  const bias = f.bool("use_bias", true);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", 2),
    mlp: mlp(f.int("intermediate_size"), false, bias)
  };
  return finish(arch, mistralWindow(f, dims), dims);
}
function mapInternlm2(f) {
  const dims = readDims(f);
  const bias = f.bool("bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, void 0, dims);
}
function mapExaone(f) {
  const layersKey = f.has("num_layers") || !f.has("num_hidden_layers") ? "num_layers" : "num_hidden_layers";
  const dims = {
    hiddenSize: f.int("hidden_size"),
    numLayers: f.int(layersKey),
    vocabSize: f.int("vocab_size"),
    maxContextTokens: f.int("max_position_embeddings")
  };
  const attention = standardAttention(f, dims.hiddenSize, {});
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, void 0, dims);
}
function mapGptNeox(f) {
  const dims = readDims(f);
  const numHeads = f.int("num_attention_heads");
  if (dims.hiddenSize % numHeads !== 0) {
    f.fail("num_attention_heads", `is ${numHeads}, which does not divide hidden_size ${dims.hiddenSize} (model_type "gpt_neox")`);
  }
  const bias = f.bool("attention_bias", true);
  const attention = { kind: "standard", numHeads, numKvHeads: numHeads, headDim: dims.hiddenSize / numHeads };
  if (bias) {
    attention.qkvBias = true;
    attention.outputBias = true;
  }
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 2),
    mlp: mlp(f.int("intermediate_size"), false, true)
  };
  return finish(arch, void 0, dims);
}
function gpt2Dims(f) {
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
    maxContextTokens: f.int("n_positions", 1024)
  };
}
function mapGpt2(f, bigcode) {
  const dims = gpt2Dims(f);
  const multiQuery = bigcode ? f.bool("multi_query", true) : false;
  const attention = {
    kind: "standard",
    numHeads: dims.numHeads,
    numKvHeads: multiQuery ? 1 : dims.numHeads,
    headDim: dims.hiddenSize / dims.numHeads,
    qkvBias: true,
    outputBias: true
  };
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention, "layernorm", 2),
    mlp: mlp(f.optInt("n_inner") ?? 4 * dims.hiddenSize, false, true),
    positionEmbeddings: dims.maxContextTokens
  };
  return finish(arch, void 0, dims);
}
function mapGptj(f) {
  const dims = gpt2Dims(f);
  const attention = {
    kind: "standard",
    numHeads: dims.numHeads,
    numKvHeads: dims.numHeads,
    headDim: dims.hiddenSize / dims.numHeads
  };
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 1),
    mlp: mlp(f.optInt("n_inner") ?? 4 * dims.hiddenSize, false, true)
  };
  return finish(arch, void 0, dims);
}
function mapStablelm(f) {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, {
    qkvBias: f.bool("use_qkv_bias", false),
    qkNorm: f.bool("qk_layernorm", false)
  });
  const parallel = f.bool("use_parallel_residual", false);
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", parallel ? 1 : 2),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, void 0, dims);
}
function mapQwen2Vl(f) {
  const text = f.object("text_config");
  if (text === void 0) return mapQwen2(f);
  const tie = f.get("tie_word_embeddings");
  const merged = tie !== void 0 && !Object.prototype.hasOwnProperty.call(text, "tie_word_embeddings") ? { ...text, tie_word_embeddings: tie } : text;
  return mapQwen2(f.nested(merged, "text_config"));
}
function mapGemma(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias }, { headDim: 256 });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, void 0, dims);
}
function mapMinicpm(f) {
  const dims = readDims(f);
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), standardAttention(f, dims.hiddenSize, {})),
    mlp: mlp(f.int("intermediate_size"), true)
  };
  return finish(arch, void 0, dims);
}
function mapNemotron(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention, "layernorm", 2),
    mlp: mlp(f.int("intermediate_size"), false, f.bool("mlp_bias", false))
  };
  return finish(arch, void 0, dims);
}
function mapHunyuanDense(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true, f.bool("mlp_bias", false))
  };
  return finish(arch, void 0, dims);
}
function mapSeedOss(f) {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, {
    qkvBias: f.bool("attention_bias", true),
    outputBias: f.bool("attention_out_bias", false)
  });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    mlp: mlp(f.int("intermediate_size"), true, f.bool("mlp_bias", false))
  };
  return finish(arch, void 0, dims);
}
function mapSmollm3(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention),
    mlp: mlp(f.int("intermediate_size"), true, f.bool("mlp_bias", false))
  };
  const window = f.bool("use_sliding_window", false) ? mistralWindow(f, dims) : void 0;
  return finish(arch, window, dims);
}
function mapErnie45(f) {
  const dims = readDims(f);
  const bias = f.bool("use_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention),
    mlp: mlp(f.int("intermediate_size"), true, bias)
  };
  return finish(arch, void 0, dims);
}
function mapErnie45Moe(f) {
  const dims = readDims(f);
  const bias = f.bool("use_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias });
  const expertsKey = f.has("moe_num_experts") || !f.has("num_experts") ? "moe_num_experts" : "num_experts";
  const topKKey = f.has("moe_k") || !f.has("num_experts_per_tok") ? "moe_k" : "num_experts_per_tok";
  const { numExperts, topK } = experts(f, expertsKey, topKKey);
  const start = f.count("moe_layer_start_index", 1);
  if (start >= dims.numLayers) f.fail("moe_layer_start_index", `is ${start}, beyond the last layer (num_hidden_layers ${dims.numLayers})`);
  const end = f.get("moe_layer_end_index");
  if (end !== void 0 && end !== -1 && end !== dims.numLayers - 1) {
    f.fail("moe_layer_end_index", `is ${kindOf(end)}; only -1 or the last layer (${dims.numLayers - 1}) is supported, dense layers after the MoE layers are not`);
  }
  const interval = f.int("moe_layer_interval", 1);
  if (interval > dims.numLayers) f.fail("moe_layer_interval", `is ${interval}, more than num_hidden_layers ${dims.numLayers}`);
  const expertSize = f.int("moe_intermediate_size");
  const sharedCount = f.count("moe_num_shared_experts", 0);
  const moe = { numExperts, topK, expert: mlp(expertSize, true, bias), routerBias: true };
  if (sharedCount > 0) moe.shared = { count: 1, mlp: mlp(sharedCount * expertSize, true, bias) };
  if (start > 0) moe.firstDenseLayers = start;
  if (interval > 1) moe.layerInterval = interval;
  const hasDense = start > 0 || interval > 1;
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", true), attention),
    ...hasDense ? { mlp: mlp(f.int("intermediate_size"), true, bias) } : {},
    moe
  };
  return finish(arch, void 0, dims);
}
function mapDots1(f) {
  const dims = readDims(f);
  const bias = f.bool("attention_bias", false);
  const attention = standardAttention(f, dims.hiddenSize, { qkvBias: bias, outputBias: bias, qkNorm: true });
  const expertSize = f.int("moe_intermediate_size");
  const firstDense = firstDenseLayers(f, dims, 0);
  const sharedCount = f.count("n_shared_experts", 0);
  const moe = { ...experts(f, "n_routed_experts"), expert: mlp(expertSize, true), routerBias: true };
  if (sharedCount > 0) moe.shared = { count: sharedCount, mlp: mlp(expertSize, true) };
  if (firstDense > 0) moe.firstDenseLayers = firstDense;
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    ...firstDense > 0 ? { mlp: mlp(f.int("intermediate_size"), true) } : {},
    moe
  };
  return finish(arch, qwenWindow(f, dims), dims);
}
function mapMinimaxM2(f) {
  const dims = readDims(f);
  const attention = standardAttention(f, dims.hiddenSize, { qkNorm: f.bool("use_qk_norm", true) });
  const arch = {
    ...base(dims, f.bool("tie_word_embeddings", false), attention),
    moe: { ...experts(f, "num_local_experts"), expert: mlp(f.int("intermediate_size"), true), routerBias: true }
  };
  return finish(arch, mistralWindow(f, dims), dims);
}
var LLAVA_TEXT_DEFAULTS = {
  llama: {
    vocab_size: 32e3,
    hidden_size: 4096,
    intermediate_size: 11008,
    num_hidden_layers: 32,
    num_attention_heads: 32,
    max_position_embeddings: 2048
  },
  mistral: {
    vocab_size: 32e3,
    hidden_size: 4096,
    intermediate_size: 14336,
    num_hidden_layers: 32,
    num_attention_heads: 32,
    num_key_value_heads: 8,
    max_position_embeddings: 131072,
    sliding_window: 4096
  }
};
function mapLlavaText(text) {
  const inner = text.get("model_type") ?? "llama";
  if (typeof inner !== "string") return text.fail("model_type", `must be a string such as "llama", but it is ${kindOf(inner)}`);
  const mapper = Object.prototype.hasOwnProperty.call(MAPPERS, inner) ? MAPPERS[inner] : void 0;
  if (!mapper || Object.prototype.hasOwnProperty.call(MULTIMODAL, inner)) {
    return text.fail("model_type", `is ${quote(inner)}; a LLaVA text_config must be a decoder the reader knows (${Object.keys(MAPPERS).join(", ")})`);
  }
  const defaults = Object.prototype.hasOwnProperty.call(LLAVA_TEXT_DEFAULTS, inner) ? LLAVA_TEXT_DEFAULTS[inner] : void 0;
  return mapper(defaults ? text.withDefaults(defaults) : text);
}
var REFUSED_MODEL_TYPES = {
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
  whisper: "an encoder-decoder speech model is not expressible as a decoder"
};
var NON_LLAMA_FIELDS = {
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
  is_encoder_decoder: "an encoder-decoder model"
};
function refusedTypeMessage(modelType, reason) {
  return `config.json model_type ${quote(modelType)} is not supported: ${reason}; supported model types: ${SUPPORTED_MODEL_TYPES.join(", ")}`;
}
function genericReadingAssumption(modelType) {
  return `model_type ${quote(modelType)} is not known to the reader: read as a Llama-style decoder (gated MLP, RMSNorm); parameters and KV cache are estimates`;
}
function genericExpertCount(f) {
  let found;
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
function mapGeneric(f) {
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
  const arch = { ...base(dims, tie, attention) };
  const expertCount = genericExpertCount(f);
  if (expertCount) {
    requireEveryLayerSparse(f);
    const freq = f.get("moe_layer_freq");
    if (freq !== void 0 && freq !== 1) f.fail("moe_layer_freq", `is ${kindOf(freq)}; only 1 (every layer after first_k_dense_replace is MoE) is supported`);
    const topK = f.int("num_experts_per_tok");
    checkTopK(f, "num_experts_per_tok", topK, expertCount.numExperts);
    const expertSize = f.has("moe_intermediate_size") ? f.int("moe_intermediate_size") : f.int("intermediate_size");
    const moe = { numExperts: expertCount.numExperts, topK, expert: mlp(expertSize, true, mlpBias) };
    const sharedCount = f.count("n_shared_experts", 0);
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
  const layerTypes = f.layerTypes(dims.numLayers);
  let window;
  if (layerTypes) {
    window = slidingWindow(f, f.optInt("sliding_window"), dims, { every: true });
  } else if (f.has("sliding_window") && f.get("use_sliding_window") !== false) {
    f.optInt("sliding_window");
    assumptions.push("sliding_window is set without layer_types: every layer is assumed to cache the whole context (an upper bound)");
  }
  return { ...finish(arch, window, dims), assumptions };
}
var DTYPES = {
  bfloat16: "bf16",
  float16: "fp16",
  half: "fp16",
  float32: "fp32",
  float: "fp32",
  float8_e4m3fn: "fp8",
  float8_e5m2: "fp8"
};
function precisionFromDtype(config, textConfig) {
  for (const f of textConfig ? [config, textConfig] : [config]) {
    for (const key of ["torch_dtype", "dtype"]) {
      const value = f.get(key);
      if (value === void 0) continue;
      if (typeof value !== "string") return f.fail(key, `must be a string such as "bfloat16", but it is ${kindOf(value)}`);
      if (value === "auto") continue;
      const name = value.replace(/^torch\./, "");
      const precision = Object.prototype.hasOwnProperty.call(DTYPES, name) ? DTYPES[name] : void 0;
      if (!precision) return f.fail(key, `is ${quote(value)}; supported: ${Object.keys(DTYPES).join(", ")}`);
      return { weightPrecision: precision, precisionSource: `${f.path(key)}: ${value}` };
    }
  }
  return {};
}
function bitsPrecision(q, method) {
  const key = q.has("bits") || !q.has("w_bit") ? "bits" : "w_bit";
  const bits = q.get(key);
  if (bits === 4) return "int4";
  if (bits === 8) return "int8";
  if (bits === void 0) q.fail(key, `is missing; ${method} needs the weight bit width (4 or 8)`);
  return q.fail(key, `is ${kindOf(bits)}; only 4-bit and 8-bit ${method} weights are supported`);
}
function compressedTensorsPrecision(q) {
  const groups = q.get("config_groups");
  if (groups === void 0) return void 0;
  if (!isObject(groups)) q.fail("config_groups", `must be an object of quantization groups, but it is ${kindOf(groups)}`);
  const found = /* @__PURE__ */ new Set();
  for (const [name, group] of Object.entries(groups)) {
    const groupPath = `config_groups.${name}`;
    if (!isObject(group)) q.fail(groupPath, `must be an object, but it is ${kindOf(group)}`);
    const weights = group["weights"];
    if (weights === void 0 || weights === null) continue;
    const weightsPath = `${groupPath}.weights`;
    if (!isObject(weights)) q.fail(weightsPath, `must be an object, but it is ${kindOf(weights)}`);
    const bits = weights["num_bits"];
    const type = weights["type"];
    let precision;
    if (type === "float" && bits === 8) precision = "fp8";
    else if (type === "float" && bits === 4) precision = "fp4";
    else if (type === "int" && bits === 8) precision = "int8";
    else if (type === "int" && bits === 4) precision = "int4";
    if (!precision) {
      q.fail(
        `${weightsPath}.num_bits`,
        `with type ${kindOf(type)} is ${kindOf(bits)}; supported weights: float 8 or 4 bits, int 8 or 4 bits`
      );
    }
    found.add(precision);
  }
  if (found.size > 1) {
    q.fail("config_groups", `quantize weights to different formats (${[...found].join(", ")}); mixed-precision checkpoints are not supported`);
  }
  return [...found][0];
}
function precisionOf(config, textConfig) {
  const raw = config.get("quantization_config");
  if (raw === void 0) return precisionFromDtype(config, textConfig);
  if (!isObject(raw)) config.fail("quantization_config", `must be an object, but it is ${kindOf(raw)}`);
  const q = new Fields(raw, config.modelType, "quantization_config.");
  let method = q.get("quant_method");
  if (method === void 0 && (q.has("load_in_4bit") || q.has("load_in_8bit"))) method = "bitsandbytes";
  if (typeof method !== "string") {
    q.fail("quant_method", `is ${method === void 0 ? "missing" : kindOf(method)}; supported: ${SUPPORTED_QUANT_METHODS.join(", ")}`);
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
      return precisionFromDtype(config, textConfig);
    }
    default:
      return q.fail(
        "quant_method",
        `is ${quote(method)}, which is not supported; supported: ${SUPPORTED_QUANT_METHODS.join(", ")}`
      );
  }
}
var MAPPERS = {
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
  minimax_m2: mapMinimaxM2
};
var MULTIMODAL = {
  gemma3: (text) => mapGemma3Text(text),
  llama4: (text) => mapLlama4Text(text),
  mllama: (text, top) => {
    const vision = top.object("vision_config");
    return mapMllamaText(text, vision === void 0 ? void 0 : top.nested(vision, "vision_config"));
  },
  mistral3: (text) => {
    const inner = text.get("model_type");
    if (inner !== void 0 && inner !== "mistral") {
      text.fail("model_type", `is ${kindOf(inner)}; a mistral3 text_config must be a "mistral" model`);
    }
    return mapMistral(text);
  },
  llava: (text) => mapLlavaText(text),
  llava_next: (text) => mapLlavaText(text)
};
function textConfigOf(top, modelType) {
  const text = top.get("text_config");
  if (text === void 0) {
    const alternative = modelType === "gemma3" ? ` (or use model_type "gemma3_text")` : "";
    top.fail("text_config", `is missing; a ${modelType} config keeps its language model there${alternative}`);
  }
  if (!isObject(text)) top.fail("text_config", `must be an object, but it is ${kindOf(text)}`);
  const tie = top.get("tie_word_embeddings");
  const merged = tie !== void 0 && !Object.prototype.hasOwnProperty.call(text, "tie_word_embeddings") ? { ...text, tie_word_embeddings: tie } : text;
  return top.nested(merged, "text_config");
}
function architectureFromHfConfig(config) {
  if (!isObject(config)) {
    throw new HfConfigError(
      `config.json must be a JSON object (a Hugging Face model config), but it is ${kindOf(config)}`
    );
  }
  const modelType = config["model_type"];
  if (modelType === void 0 || modelType === null) {
    throw new HfConfigError(
      `config.json has no "model_type" field, so its architecture is unknown; supported model types: ${SUPPORTED_MODEL_TYPES.join(", ")}`,
      "model_type"
    );
  }
  if (typeof modelType !== "string") {
    throw new HfConfigError(
      `config.json field "model_type" must be a string such as "llama", but it is ${kindOf(modelType)}`,
      "model_type"
    );
  }
  if (Object.prototype.hasOwnProperty.call(REFUSED_MODEL_TYPES, modelType)) {
    throw new HfConfigError(refusedTypeMessage(modelType, REFUSED_MODEL_TYPES[modelType]), "model_type");
  }
  const top = new Fields(config, modelType);
  let mapped;
  let assumptions;
  let textFields;
  const multimodal = Object.prototype.hasOwnProperty.call(MULTIMODAL, modelType) ? MULTIMODAL[modelType] : void 0;
  if (multimodal) {
    textFields = textConfigOf(top, modelType);
    mapped = multimodal(textFields, top);
  } else if (SUPPORTED_MODEL_TYPES.includes(modelType)) {
    const mapper = MAPPERS[modelType];
    if (!mapper) throw new HfConfigError(`config.json model_type ${quote(modelType)} has no mapping`, "model_type");
    mapped = mapper(top);
  } else {
    try {
      const generic = mapGeneric(top);
      mapped = generic;
      assumptions = generic.assumptions;
    } catch (err) {
      if (!(err instanceof HfConfigError)) throw err;
      throw new HfConfigError(
        `config.json model_type ${quote(modelType)} is not supported, and the config cannot be read as a Llama-style decoder: ${err.message.replace(/^config\.json /, "")}; supported model types: ${SUPPORTED_MODEL_TYPES.join(", ")}`,
        err.field ?? "model_type",
        { cause: err }
      );
    }
  }
  const info = {
    modelType,
    architecture: mapped.architecture,
    maxContextTokens: mapped.maxContextTokens
  };
  const precision = precisionOf(top, textFields);
  if (precision.weightPrecision) {
    info.weightPrecision = precision.weightPrecision;
    if (precision.precisionSource) info.precisionSource = precision.precisionSource;
  }
  if (assumptions) info.assumptions = assumptions;
  return info;
}
var CONFIG_JSON_MAX_BYTES = 1e6;
function jsonErrorPlace(error, text) {
  const position = /position (\d+)/.exec(String(error.message ?? ""));
  if (!position) return "";
  const offset = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return ` at line ${line}, column ${column}`;
}
function readHfConfig(path, options = { root: null }) {
  return hfConfigInfo(readConfigJson(path, options), options.shownAs ?? path);
}
function readConfigJson(path, options = { root: null }) {
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
    throw new HfConfigError(`${shown} is not valid JSON${jsonErrorPlace(err, text)}; point the model at a Hugging Face config.json`, void 0, { cause: err });
  }
}
function hfConfigInfo(parsed, shown) {
  try {
    return architectureFromHfConfig(parsed);
  } catch (err) {
    if (err instanceof HfConfigError) throw new HfConfigError(`${shown}: ${err.message}`, err.field, { cause: err });
    throw err;
  }
}

export {
  SUPPORTED_MODEL_TYPES,
  readByGenericFallback,
  HfConfigError,
  genericReadingAssumption,
  architectureFromHfConfig,
  CONFIG_JSON_MAX_BYTES,
  readHfConfig,
  readConfigJson,
  hfConfigInfo
};
