import { groupDigits, quote } from "../base/text.js";
import { quantizationFromConfig, quantizationMatcher, type Quantization, type QuantizationMatcher, type QuantizationSideFiles } from "./quantization.js";
import { dtypeBits, elementCount } from "./safetensors.js";
import type { CheckpointCount, QuantMethod, TensorGroup, TensorInfo } from "./types.js";

/**
 * Bytes and parameters of a safetensors checkpoint, from its tensors' names, dtypes, shapes and
 * byte counts (docs/physics.md#checkpoint-bytes-and-parameters). Bytes are exact sums; parameters
 * are unpacked per format (a GPTQ I32 holds 32/bits weights, an MXFP4 or NF4 byte two), and
 * scales, zero points and index tensors are bytes but not parameters. The count also says what
 * the engine loads (a tied head, rotary buffers and multi-token-prediction layers are set apart),
 * what belongs to vision or audio towers, and what one decoded token reads.
 */

/** The few config.json facts the count needs. Missing facts are undefined. */
export interface CheckpointConfig {
  /** `num_hidden_layers` (also `n_layer`, `num_layers`, `n_layers`). */
  numHiddenLayers?: number;
  /** `num_nextn_predict_layers`: DeepSeek's multi-token-prediction layers after the main ones; 0 when absent. */
  numNextnPredictLayers: number;
  /** `tie_word_embeddings` (the language model's own in `text_config` first); false when absent. */
  tieWordEmbeddings: boolean;
  /** Routed experts per MoE layer: `num_local_experts`, `n_routed_experts` or `num_experts`. */
  numExperts?: number;
  /** Routed experts per token: `num_experts_per_tok`, `experts_per_token` or `moe_topk`. */
  expertsPerToken?: number;
  quantization: Quantization;
}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;
}

function own(object: Json | undefined, key: string): unknown {
  return object !== undefined && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function count(value: unknown): number | undefined {
  if (Array.isArray(value)) return count(value[0]); // Hunyuan writes moe_topk as a list per layer
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** Where a multimodal config keeps its language model's numbers. */
const NESTED_CONFIGS = ["text_config", "llm_config", "language_config"] as const;

/** The first of `keys` found as a count at the top level, else in a nested language-model config. */
function fact(config: Json | undefined, keys: readonly string[]): number | undefined {
  for (const holder of [config, ...NESTED_CONFIGS.map((k) => asObject(own(config, k)))]) {
    for (const key of keys) {
      const value = count(own(holder, key));
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** `tie_word_embeddings` of the language model: `text_config`'s when it says, else the top level's; false when neither does. */
function tiedEmbeddings(config: Json | undefined): boolean {
  for (const holder of [...NESTED_CONFIGS.map((k) => asObject(own(config, k))), config]) {
    const value = own(holder, "tie_word_embeddings");
    if (typeof value === "boolean") return value;
  }
  return false;
}

/** The counting facts of a parsed config.json (and, when given, its quantization side files). Never throws. */
export function checkpointConfigFromJson(config: unknown, sideFiles?: QuantizationSideFiles): CheckpointConfig {
  const c = asObject(config);
  const result: CheckpointConfig = {
    numNextnPredictLayers: fact(c, ["num_nextn_predict_layers"]) ?? 0,
    tieWordEmbeddings: tiedEmbeddings(c),
    quantization: quantizationFromConfig(config, sideFiles),
  };
  const layers = fact(c, ["num_hidden_layers", "n_layer", "num_layers", "n_layers"]);
  if (layers !== undefined) result.numHiddenLayers = layers;
  const experts = fact(c, ["num_local_experts", "n_routed_experts", "num_experts"]);
  if (experts !== undefined && experts > 0) result.numExperts = experts;
  const perToken = fact(c, ["num_experts_per_tok", "experts_per_token", "moe_topk"]);
  if (perToken !== undefined && perToken > 0) result.expertsPerToken = perToken;
  return result;
}

// ---------------------------------------------------------------------------- what a tensor is

/** Where a tensor goes: the language model, a tower, or one of the groups the engine does not load. */
type Placement = "lm" | "tower" | "rotary" | "mtp" | "tiedHead";

const SET_APART: Record<Exclude<Placement, "lm">, { reason: string; loaded: boolean }> = {
  tiedHead: { reason: "tied output head", loaded: false },
  rotary: { reason: "rotary buffers", loaded: false },
  mtp: { reason: "multi-token prediction layers", loaded: false },
  tower: { reason: "vision and audio towers", loaded: true },
};

/** `rotary_emb.inv_freq` and its cached cos/sin: buffers some exports save, never loaded as weights. */
const ROTARY_BUFFER = /(?:^|\.)(?:rotary_emb|rotary_pos_emb|rotary)\.(?:inv_freq|_?cos_cached|_?sin_cached)$/;

/**
 * First name parts (after an optional `model.`) of vision and audio encoders and their projectors:
 * LLaVA, Mistral-3, Pixtral, Gemma-3 (`vision_tower`, `multi_modal_projector`), Llama-4 and Mllama
 * (`vision_model`), Qwen2/2.5-VL (`visual`), Qwen2-Audio (`audio_tower`), Gemma-3n (`embed_vision`,
 * `embed_audio`), Phi-3-vision (`vision_embed_tokens`), Phi-4-multimodal (`embed_tokens_extend`),
 * Idefics3/SmolVLM (`connector`), InternVL (`mlp1`), MiniCPM-V (`vpm`, `resampler`), DeepSeek-VL2
 * (`vision`, `projector`, `image_newline`, `view_seperator`), Mistral's native format
 * (`vision_encoder`, `vision_language_adapter`, `patch_merger`, `pre_mm_projector_norm`). Any
 * first part starting with `vision_` or `audio_` counts as well.
 */
const TOWER_ROOTS: ReadonlySet<string> = new Set([
  "vision_tower",
  "vision_model",
  "visual",
  "vision",
  "multi_modal_projector",
  "mm_projector",
  "projector",
  "audio_tower",
  "embed_vision",
  "embed_audio",
  "embed_tokens_extend",
  "connector",
  "mlp1",
  "vpm",
  "resampler",
  "image_newline",
  "view_seperator",
  "patch_merger",
  "pre_mm_projector_norm",
]);

function isTowerTensor(name: string): boolean {
  const parts = name.split(".", 3);
  const root = parts[0] === "model" ? parts[1] : parts[0];
  if (root === undefined) return false;
  return TOWER_ROOTS.has(root) || root.startsWith("vision_") || root.startsWith("audio_");
}

/** The decoder layer a tensor belongs to (`…layers.12.…`, any prefix: `language_model.model.layers.12.`). */
function layerIndex(name: string): number | undefined {
  const match = /(?:^|\.)layers\.(\d{1,9})\./.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Multi-token-prediction tensors: layers past `num_hidden_layers` (DeepSeek-V3, GLM-4.5), or `mtp.…` / `mtp_layers.…` modules (Qwen3-Next, MiMo). */
function isMtpTensor(name: string, config: CheckpointConfig): boolean {
  if (/(?:^|\.)mtp(?:_layers)?\./.test(name)) return true;
  if (config.numNextnPredictLayers <= 0 || config.numHiddenLayers === undefined) return false;
  const layer = layerIndex(name);
  return layer !== undefined && layer >= config.numHiddenLayers;
}

/** Tensors of the output head: `lm_head.*` under any prefix, Mistral's `output.weight`, GPT-NeoX's `embed_out.weight`. */
function isOutputHead(name: string): boolean {
  return /(?:^|\.)(?:lm_head|embed_out)\.[^.]+$/.test(name) || name === "output.weight";
}

/** Last two name parts of input embedding tables (a row lookup per token). */
const INPUT_EMBEDDING = /(?:^|\.)(?:embed_tokens|wte|tok_embeddings|word_embeddings|embed_in|embedding|embeddings)\.weight$/;

function isInputEmbedding(name: string): boolean {
  return INPUT_EMBEDDING.test(name) && layerIndex(name) === undefined;
}

/**
 * Routed experts: a name part exactly `experts` (`mlp.experts.3.`, `block_sparse_moe.experts.3.`,
 * fused `mlp.experts.gate_up_proj`, gpt-oss `mlp.experts.down_proj_blocks`, DBRX `ffn.experts.mlp.w1`);
 * GraniteMoE's fused `block_sparse_moe.input_linear` / `output_linear`. Shared experts
 * (`shared_expert.`, `shared_experts.`) and routers (`gate`, `router`) are always active.
 */
function isRoutedExpert(name: string): boolean {
  return /(?:^|\.)experts\./.test(name) || /(?:^|\.)block_sparse_moe\.(?:input_linear|output_linear)\./.test(name);
}

/** The expert count the tensors show: the highest `experts.{j}` + 1, or the first dimension of fused 3-D expert tensors. */
function expertsInTensors(tensors: readonly TensorInfo[]): number | undefined {
  let found = 0;
  for (const t of tensors) {
    const indexed = /(?:^|\.)experts\.(\d{1,6})\./.exec(t.name);
    if (indexed) found = Math.max(found, Number(indexed[1]) + 1);
    else if (isRoutedExpert(t.name) && t.shape.length >= 3) found = Math.max(found, t.shape[0]!);
  }
  return found > 0 ? found : undefined;
}

// ---------------------------------------------------------------------------- parameters of one tensor

/** Name parts of tensors that hold scales, zero points, indices or shapes: bytes, never parameters. */
const AUXILIARY_LEAVES: ReadonlySet<string> = new Set([
  "qzeros",
  "g_idx",
  "weight_scale",
  "weight_scale_inv",
  "weight_scale_2",
  "weight_zero_point",
  "weight_shape",
  "weight_g_idx",
  "weight_global_scale",
  "output_scale",
  "k_scale",
  "v_scale",
  "q_scale",
  "kv_scale",
  "prob_scale",
  "qscale_weight",
  "qscale_act",
  "pre_quant_scale",
  "SCB",
  "weight_format",
]);

/** bitsandbytes 4-bit state saved next to a weight: `….weight.absmax`, `.quant_map`, `.nested_*`, `.quant_state.bitsandbytes__nf4`. */
const BNB_STATE = /\.weight\.(?:absmax|quant_map|nested_absmax|nested_quant_map|quant_state\..+|SCB)$/;

/** What the count needs to know about the checkpoint while it looks at one tensor. */
interface Context {
  names: ReadonlySet<string>;
  quantization: Quantization;
  matcher: QuantizationMatcher;
  /** Tensors whose bits per weight were assumed (4), for one warning. */
  assumedBits: { tensors: number };
}

function splitName(name: string): { module: string; leaf: string } {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? { module: "", leaf: name } : { module: name.slice(0, dot), leaf: name.slice(dot + 1) };
}

/** Whether a tensor holds scales, zero points, indices or a quantization state rather than weights. */
function isAuxiliary(tensor: TensorInfo, ctx: Context): boolean {
  if (tensor.dtype === "F8_E8M0") return true; // MX block scales are powers of two, never weights
  const { module, leaf } = splitName(tensor.name);
  if (AUXILIARY_LEAVES.has(leaf) || leaf.startsWith("input_") || BNB_STATE.test(tensor.name)) return true;
  const method = ctx.quantization.method;
  if (leaf === "scales") return ctx.names.has(`${module}.qweight`) || method === "gptq" || method === "awq";
  if (leaf.endsWith("_scales")) return ctx.names.has(`${module}.${leaf.slice(0, -"_scales".length)}_blocks`) || method === "mxfp4";
  return false;
}

/** Bits per quantized weight for a packed tensor: the matching config group's, else the declaration's, else 4 (with a warning). */
function packedBits(module: string, ctx: Context, useGroups: boolean): number {
  const q = ctx.quantization;
  const group = useGroups ? (ctx.matcher.groupFor(module) ?? (q.configGroups.length === 1 ? q.configGroups[0] : undefined)) : undefined;
  const bits = group?.numBits ?? q.bits;
  if (bits !== undefined) return bits;
  ctx.assumedBits.tensors++;
  return 4;
}

/** Whether a `….weight` stored as bytes packs two 4-bit values per byte (bitsandbytes NF4/FP4, ModelOpt NVFP4). */
function isPacked4BitWeight(tensor: TensorInfo, module: string, ctx: Context): boolean {
  if (tensor.dtype !== "U8" || ctx.matcher.isUnconverted(module)) return false;
  if (ctx.names.has(`${tensor.name}.absmax`) || ["nf4", "fp4"].some((t) => ctx.names.has(`${tensor.name}.quant_state.bitsandbytes__${t}`))) return true;
  const q = ctx.quantization;
  return q.bits === 4 && (q.method === "bitsandbytes" || q.method === "other");
}

/** MXFP4 blocks: `X_blocks` beside its `X_scales`, or any `_blocks` tensor of a checkpoint declared MXFP4. */
function isMxfp4Blocks(name: string, ctx: Context): boolean {
  return ctx.quantization.method === "mxfp4" || ctx.names.has(`${name.slice(0, -"_blocks".length)}_scales`);
}

/** Weights one stored element holds: container bits ÷ bits for packed tensors, else 1. */
function weightsPerElement(tensor: TensorInfo, ctx: Context): number {
  const { module, leaf } = splitName(tensor.name);
  const containerBits = dtypeBits(tensor.dtype) ?? 32;
  if (leaf === "qweight") return containerBits / packedBits(module, ctx, false);
  if (leaf === "weight_packed") return containerBits / packedBits(module, ctx, true);
  if (leaf.endsWith("_blocks") && tensor.dtype === "U8" && isMxfp4Blocks(tensor.name, ctx)) return containerBits / 4; // E2M1, two per byte
  if (leaf === "weight" && isPacked4BitWeight(tensor, module, ctx)) return containerBits / 4;
  return 1;
}

/** The parameters a tensor holds: 0 for scales and states, unpacked for packed weights, else its elements. */
function tensorParams(tensor: TensorInfo, ctx: Context): number {
  if (isAuxiliary(tensor, ctx)) return 0;
  return elementCount(tensor.shape) * weightsPerElement(tensor, ctx);
}

/** The method the tensors show when the config declares none (a packed layout without its config). */
function methodFromTensors(names: ReadonlySet<string>): QuantMethod | undefined {
  for (const name of names) {
    const { leaf } = splitName(name);
    if (leaf === "qweight") return "gptq";
    if (leaf === "weight_packed") return "compressed-tensors";
    if (leaf.endsWith("_blocks") && names.has(name.replace(/_blocks$/, "_scales"))) return "mxfp4";
    if (/\.weight\.quant_state\.bitsandbytes__/.test(name)) return "bitsandbytes";
  }
  return undefined;
}

// ---------------------------------------------------------------------------- the count

interface Tally {
  tensors: number;
  bytes: number;
  params: number;
}

function tally(): Tally {
  return { tensors: 0, bytes: 0, params: 0 };
}

function add(t: Tally, bytes: number, params: number): void {
  t.tensors++;
  t.bytes += bytes;
  t.params += params;
}

function addBytes(byDtype: Map<string, number>, dtype: string, bytes: number): void {
  byDtype.set(dtype, (byDtype.get(dtype) ?? 0) + bytes);
}

/** A Map as a plain record with no prototype (a dtype named `__proto__` stays a key). */
function record(byDtype: Map<string, number>): Record<string, number> {
  const out = Object.create(null) as Record<string, number>;
  for (const [dtype, bytes] of [...byDtype].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) out[dtype] = bytes;
  return out;
}

function placement(name: string, config: CheckpointConfig): Placement {
  if (ROTARY_BUFFER.test(name)) return "rotary";
  if (isTowerTensor(name)) return "tower";
  if (isMtpTensor(name, config)) return "mtp";
  if (config.tieWordEmbeddings && isOutputHead(name)) return "tiedHead";
  return "lm";
}

/** Language-model totals the active count is made from. */
interface LanguageModel {
  all: Tally;
  routedExperts: Tally;
  inputEmbedding: Tally;
  hasOutputHead: boolean;
}

/**
 * The counts of one checkpoint from all its tensors (every shard of the weight set chosen). See
 * docs/physics.md#checkpoint-bytes-and-parameters for the rules and worked examples.
 */
export function countSafetensors(tensors: readonly TensorInfo[], config: CheckpointConfig): CheckpointCount {
  const warnings: string[] = [...config.quantization.warnings];
  const unique = dropDuplicates(tensors, warnings);
  const names = new Set(unique.map((t) => t.name));
  const declared = config.quantization.method;
  const inferred = declared === "none" ? methodFromTensors(names) : undefined;
  if (inferred) warnings.push(`the tensors are packed the way ${inferred} stores them, but the config declares no quantization; counted as ${inferred}`);
  const quantization: Quantization = inferred ? { ...config.quantization, method: inferred } : config.quantization;
  const matcher = quantizationMatcher(quantization);
  const ctx: Context = { names, quantization, matcher, assumedBits: { tensors: 0 } };

  const fileByDtype = new Map<string, number>();
  const loadedByDtype = new Map<string, number>();
  const groups = new Map<Exclude<Placement, "lm">, Tally>();
  const lm: LanguageModel = { all: tally(), routedExperts: tally(), inputEmbedding: tally(), hasOutputHead: false };
  for (const tensor of unique) {
    const params = tensorParams(tensor, ctx);
    addBytes(fileByDtype, tensor.dtype, tensor.bytes);
    const place = placement(tensor.name, config);
    if (place === "lm" || SET_APART[place].loaded) addBytes(loadedByDtype, tensor.dtype, tensor.bytes);
    if (place !== "lm") {
      if (!groups.has(place)) groups.set(place, tally());
      add(groups.get(place)!, tensor.bytes, params);
      continue;
    }
    add(lm.all, tensor.bytes, params);
    if (isRoutedExpert(tensor.name)) add(lm.routedExperts, tensor.bytes, params);
    else if (isInputEmbedding(tensor.name)) add(lm.inputEmbedding, tensor.bytes, params);
    else if (isOutputHead(tensor.name)) lm.hasOutputHead = true;
  }
  warnings.push(...matcher.warnings);
  if (ctx.assumedBits.tensors > 0) warnings.push(`${groupDigits(ctx.assumedBits.tensors)} packed tensors have no declared bits per weight; 4 assumed`);

  const active = activeShare(lm, unique, config, warnings);
  // Tied: the one matrix is read as the output head on every token. Untied, or no head at all
  // beside an embedding (a head tied by default): the embedding is a row lookup, not read whole.
  const tied = config.tieWordEmbeddings || !lm.hasOutputHead;
  const unreadExpertParams = lm.routedExperts.params * (1 - active);
  const unreadExpertBytes = lm.routedExperts.bytes * (1 - active);
  const towers = groups.get("tower");
  return {
    format: "safetensors",
    quantization: quantization.method,
    ...(quantizationBits(quantization) !== undefined ? { quantBits: quantizationBits(quantization)! } : {}),
    fileBytesByDtype: record(fileByDtype),
    fileBytes: sum(fileByDtype),
    weightsBytes: sum(loadedByDtype),
    bytesByDtype: record(loadedByDtype),
    paramsTotal: Math.round(lm.all.params),
    paramsActive: Math.round(lm.all.params - unreadExpertParams - (tied ? 0 : lm.inputEmbedding.params)),
    bytesReadPerToken: Math.round(lm.all.bytes - unreadExpertBytes - (tied ? 0 : lm.inputEmbedding.bytes)),
    towerParams: Math.round(towers?.params ?? 0),
    setApart: setApartGroups(groups),
    warnings,
  };
}

function sum(byDtype: Map<string, number>): number {
  let total = 0;
  for (const bytes of byDtype.values()) total += bytes;
  return total;
}

/** The tensors with each name once; a repeated name (two shards claiming it) is counted once, with a warning. */
function dropDuplicates(tensors: readonly TensorInfo[], warnings: string[]): TensorInfo[] {
  const seen = new Set<string>();
  const unique: TensorInfo[] = [];
  let repeated = 0;
  let example = "";
  for (const t of tensors) {
    if (seen.has(t.name)) {
      if (repeated++ === 0) example = t.name;
      continue;
    }
    seen.add(t.name);
    unique.push(t);
  }
  if (repeated > 0) warnings.push(`${groupDigits(repeated)} tensor name(s) appear more than once (e.g. ${quote(example, 80)}); each is counted once`);
  return unique;
}

/** The share of routed-expert weights one token reads: top-k ÷ experts; 1 (all) when the config does not say. */
function activeShare(lm: LanguageModel, tensors: readonly TensorInfo[], config: CheckpointConfig, warnings: string[]): number {
  if (lm.routedExperts.tensors === 0) return 1;
  const experts = config.numExperts ?? expertsInTensors(tensors);
  const perToken = config.expertsPerToken;
  if (experts === undefined || perToken === undefined || perToken > experts) {
    warnings.push("the checkpoint has routed experts but its config does not say how many a token uses; every expert is counted as active");
    return 1;
  }
  return perToken / experts;
}

/** Bits per quantized weight: the declaration's, else the one the compressed-tensors groups share. */
function quantizationBits(q: Quantization): number | undefined {
  if (q.bits !== undefined) return q.bits;
  if (q.method === "mxfp4" || q.method === "bitsandbytes" || q.method === "gptq") return 4;
  if (q.method === "fp8" || q.method === "fbgemm_fp8") return 8;
  return undefined;
}

function setApartGroups(groups: Map<Exclude<Placement, "lm">, Tally>): TensorGroup[] {
  const result: TensorGroup[] = [];
  for (const place of ["tiedHead", "rotary", "mtp", "tower"] as const) {
    const t = groups.get(place);
    if (!t) continue;
    const group: TensorGroup = { reason: SET_APART[place].reason, tensors: t.tensors, bytes: t.bytes, params: Math.round(t.params) };
    if (SET_APART[place].loaded) group.loaded = true;
    result.push(group);
  }
  return result;
}
