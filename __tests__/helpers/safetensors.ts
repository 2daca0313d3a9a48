/**
 * Safetensors fixtures made in memory: headers of real checkpoints generated from their config
 * numbers, with the tensor names, dtypes and shapes the published files have. Only the header
 * exists; the body after it is virtual (zeros), so a 16 GB checkpoint costs a few kilobytes.
 * Nothing binary is committed.
 */

export interface TensorSpec {
  name: string;
  dtype: string;
  shape: number[];
  /** Bytes the offsets give the tensor, when a test wants them to disagree with the shape. */
  bytes?: number;
}

/** Bits per element, as the safetensors format defines them (the fixture's own table, independent of src/). */
const BITS: Record<string, number> = {
  F64: 64, I64: 64, U64: 64, F32: 32, I32: 32, U32: 32, BF16: 16, F16: 16, I16: 16, U16: 16,
  F8_E4M3: 8, F8_E5M2: 8, F8_E8M0: 8, I8: 8, U8: 8, BOOL: 8, F6_E2M3: 6, F6_E3M2: 6, F4: 4,
};

/** ⌈elements × bits ÷ 8⌉ (shape [] is one element). */
export function tensorBytes(spec: Pick<TensorSpec, "dtype" | "shape">): number {
  const bits = BITS[spec.dtype];
  if (bits === undefined) throw new Error(`fixture: no bit width for ${spec.dtype}; give bytes`);
  const elements = spec.shape.reduce((a, b) => a * b, 1);
  return Math.ceil((elements * bits) / 8);
}

/** The 8-byte little-endian length and the JSON, as one header (N may be given wrong on purpose). */
export function withLength(json: string | Uint8Array, length?: bigint): Uint8Array {
  const body = typeof json === "string" ? new TextEncoder().encode(json) : json;
  const out = new Uint8Array(8 + body.length);
  new DataView(out.buffer).setBigUint64(0, length ?? BigInt(body.length), true);
  out.set(body, 8);
  return out;
}

/**
 * A safetensors file: the 8-byte prefix plus the JSON header, with contiguous `data_offsets` in
 * the given order and the header padded with spaces to 8 bytes as the official writer does. The
 * JSON is written by hand so that names such as `__proto__` stay plain keys.
 */
export function safetensorsFile(tensors: TensorSpec[], metadata?: Record<string, string>): { header: Uint8Array; fileSizeBytes: number } {
  const entries: string[] = [];
  if (metadata) entries.push(`"__metadata__":${JSON.stringify(metadata)}`);
  let offset = 0;
  for (const t of tensors) {
    const bytes = t.bytes ?? tensorBytes(t);
    entries.push(`${JSON.stringify(t.name)}:{"dtype":${JSON.stringify(t.dtype)},"shape":${JSON.stringify(t.shape)},"data_offsets":[${offset},${offset + bytes}]}`);
    offset += bytes;
  }
  let json = `{${entries.join(",")}}`;
  json += " ".repeat((8 - (new TextEncoder().encode(json).length % 8)) % 8);
  const header = withLength(json);
  return { header, fileSizeBytes: header.length + offset };
}

/** Σ bytes of a tensor list, as the files hold them. */
export function totalBytes(tensors: readonly TensorSpec[]): number {
  return tensors.reduce((sum, t) => sum + (t.bytes ?? tensorBytes(t)), 0);
}

// ---------------------------------------------------------------------------- dense decoders (Llama, Qwen2)

export interface DenseShape {
  hidden: number;
  layers: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  intermediate: number;
  vocab: number;
  tied: boolean;
  /** Qwen2: q/k/v projections have biases. */
  qkvBias?: boolean;
  dtype?: string;
  /** Prefix of the language model's tensors (`model.`; `language_model.model.` in multimodal files). */
  prefix?: string;
  /** Where the head lives (`lm_head.`; `language_model.lm_head.`). */
  headPrefix?: string;
}

/** One linear layer of a decoder: its module name and [out, in]. */
export interface Linear {
  module: string;
  out: number;
  in: number;
  bias: boolean;
}

/** The seven linear layers of decoder layer `i` of a Llama/Qwen2 model. */
export function denseLinears(s: DenseShape, i: number): Linear[] {
  const p = `${s.prefix ?? "model."}layers.${i}.`;
  const q = s.heads * s.headDim;
  const kv = s.kvHeads * s.headDim;
  const bias = s.qkvBias === true;
  return [
    { module: `${p}self_attn.q_proj`, out: q, in: s.hidden, bias },
    { module: `${p}self_attn.k_proj`, out: kv, in: s.hidden, bias },
    { module: `${p}self_attn.v_proj`, out: kv, in: s.hidden, bias },
    { module: `${p}self_attn.o_proj`, out: s.hidden, in: q, bias: false },
    { module: `${p}mlp.gate_proj`, out: s.intermediate, in: s.hidden, bias: false },
    { module: `${p}mlp.up_proj`, out: s.intermediate, in: s.hidden, bias: false },
    { module: `${p}mlp.down_proj`, out: s.hidden, in: s.intermediate, bias: false },
  ];
}

/**
 * A Llama/Qwen2 checkpoint, each linear layer written by `linear` (plain weights by default, or a
 * quantized layout); embeddings, norms and the head in `dtype`.
 */
export function denseDecoder(s: DenseShape, linear: (l: Linear, dtype: string) => TensorSpec[] = plainLinear): TensorSpec[] {
  const dtype = s.dtype ?? "BF16";
  const prefix = s.prefix ?? "model.";
  const tensors: TensorSpec[] = [{ name: `${prefix}embed_tokens.weight`, dtype, shape: [s.vocab, s.hidden] }];
  for (let i = 0; i < s.layers; i++) {
    tensors.push({ name: `${prefix}layers.${i}.input_layernorm.weight`, dtype, shape: [s.hidden] });
    for (const l of denseLinears(s, i)) tensors.push(...linear(l, dtype));
    tensors.push({ name: `${prefix}layers.${i}.post_attention_layernorm.weight`, dtype, shape: [s.hidden] });
  }
  tensors.push({ name: `${prefix}norm.weight`, dtype, shape: [s.hidden] });
  if (!s.tied) tensors.push({ name: `${s.headPrefix ?? ""}lm_head.weight`, dtype, shape: [s.vocab, s.hidden] });
  return tensors;
}

export function plainLinear(l: Linear, dtype: string): TensorSpec[] {
  const tensors: TensorSpec[] = [{ name: `${l.module}.weight`, dtype, shape: [l.out, l.in] }];
  if (l.bias) tensors.push({ name: `${l.module}.bias`, dtype, shape: [l.out] });
  return tensors;
}

/** meta-llama/Llama-3.1-8B-Instruct config.json. */
export const LLAMA_31_8B: DenseShape = { hidden: 4096, layers: 32, heads: 32, kvHeads: 8, headDim: 128, intermediate: 14336, vocab: 128256, tied: false };

/** Qwen/Qwen2.5-0.5B-Instruct config.json (tied, q/k/v biases; head_dim 896/14 = 64). */
export const QWEN25_05B: DenseShape = { hidden: 896, layers: 24, heads: 14, kvHeads: 2, headDim: 64, intermediate: 4864, vocab: 151936, tied: true, qkvBias: true };

/** Qwen/Qwen2.5-7B-Instruct config.json (untied, q/k/v biases; head_dim 3584/28 = 128). */
export const QWEN25_7B: DenseShape = { hidden: 3584, layers: 28, heads: 28, kvHeads: 4, headDim: 128, intermediate: 18944, vocab: 152064, tied: false, qkvBias: true };

/**
 * GPTQ (AutoGPTQ layout, as RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w4a16 ships it): per
 * linear layer `qweight` I32 [in/8, out], `qzeros` I32 [in/g, out/8], `scales` F16 [in/g, out],
 * `g_idx` I32 [in] (act-order), and a zero `bias` F16 [out] AutoGPTQ writes for every layer.
 */
export function gptqLinear(groupSize: number, bits = 4): (l: Linear) => TensorSpec[] {
  const pack = 32 / bits;
  return (l) => [
    { name: `${l.module}.qweight`, dtype: "I32", shape: [l.in / pack, l.out] },
    { name: `${l.module}.qzeros`, dtype: "I32", shape: [l.in / groupSize, l.out / pack] },
    { name: `${l.module}.scales`, dtype: "F16", shape: [l.in / groupSize, l.out] },
    { name: `${l.module}.g_idx`, dtype: "I32", shape: [l.in] },
    { name: `${l.module}.bias`, dtype: "F16", shape: [l.out] },
  ];
}

/** AWQ (AutoAWQ GEMM layout, Qwen/Qwen2.5-7B-Instruct-AWQ): `qweight` I32 [in, out/8], `qzeros` I32 [in/g, out/8], `scales` F16 [in/g, out]; real biases kept. */
export function awqLinear(groupSize: number): (l: Linear) => TensorSpec[] {
  return (l) => {
    const tensors: TensorSpec[] = [
      { name: `${l.module}.qweight`, dtype: "I32", shape: [l.in, l.out / 8] },
      { name: `${l.module}.qzeros`, dtype: "I32", shape: [l.in / groupSize, l.out / 8] },
      { name: `${l.module}.scales`, dtype: "F16", shape: [l.in / groupSize, l.out] },
    ];
    if (l.bias) tensors.push({ name: `${l.module}.bias`, dtype: "F16", shape: [l.out] });
    return tensors;
  };
}

/**
 * bitsandbytes NF4 with nested (double) quantization, as unsloth/…-bnb-4bit saves it: `weight` U8
 * [n/2, 1], `weight.absmax` U8 [n/64], `weight.nested_absmax` F32 [n/64/256],
 * `weight.nested_quant_map` F32 [256], `weight.quant_map` F32 [16],
 * `weight.quant_state.bitsandbytes__nf4` U8 (the packed JSON of the state).
 */
export function bnb4bitLinear(l: Linear): TensorSpec[] {
  const n = l.out * l.in;
  const state = JSON.stringify({ quant_type: "nf4", blocksize: 64, dtype: "bfloat16", shape: [l.out, l.in], nested_blocksize: 256, nested_offset: 0.0, nested_dtype: "float32" });
  return [
    { name: `${l.module}.weight`, dtype: "U8", shape: [n / 2, 1] },
    { name: `${l.module}.weight.absmax`, dtype: "U8", shape: [n / 64] },
    { name: `${l.module}.weight.nested_absmax`, dtype: "F32", shape: [Math.ceil(n / 64 / 256)] },
    { name: `${l.module}.weight.nested_quant_map`, dtype: "F32", shape: [256] },
    { name: `${l.module}.weight.quant_map`, dtype: "F32", shape: [16] },
    { name: `${l.module}.weight.quant_state.bitsandbytes__nf4`, dtype: "U8", shape: [state.length] },
  ];
}

/** FP8 per-tensor (compressed-tensors float-quantized, RedHatAI/Meta-Llama-3.1-8B-Instruct-FP8): `weight` F8_E4M3, `weight_scale` and `input_scale` F32 [1]. */
export function fp8PerTensorLinear(l: Linear): TensorSpec[] {
  return [
    { name: `${l.module}.weight`, dtype: "F8_E4M3", shape: [l.out, l.in] },
    { name: `${l.module}.weight_scale`, dtype: "F32", shape: [1] },
    { name: `${l.module}.input_scale`, dtype: "F32", shape: [1] },
  ];
}

/** Block FP8 (DeepSeek-V3, Qwen3-FP8): `weight` F8_E4M3 [out, in], `weight_scale_inv` F32 [⌈out/128⌉, ⌈in/128⌉]. */
export function blockFp8Linear(module: string, out: number, inDim: number, block = 128): TensorSpec[] {
  return [
    { name: `${module}.weight`, dtype: "F8_E4M3", shape: [out, inDim] },
    { name: `${module}.weight_scale_inv`, dtype: "F32", shape: [Math.ceil(out / block), Math.ceil(inDim / block)] },
  ];
}

// ---------------------------------------------------------------------------- gpt-oss

export interface GptOssShape {
  layers: number;
  experts: number;
}

/**
 * openai/gpt-oss-20b (24 layers, 32 experts) and gpt-oss-120b (36 layers, 128 experts): hidden
 * 2880, 64 query heads and 8 KV heads of 64, expert width 2880, vocabulary 201,088, untied. BF16
 * everywhere but the experts, which are MXFP4: `gate_up_proj_blocks` U8 [E, 5760, 90, 16]
 * (90 blocks of 32 values, 16 bytes each), `_scales` U8 [E, 5760, 90], `_bias` BF16 [E, 5760];
 * `down_proj_*` likewise with 2880 rows. Attention has biases and one sink logit per head.
 */
export function gptOss(s: GptOssShape): TensorSpec[] {
  const hidden = 2880;
  const q = 64 * 64;
  const kv = 8 * 64;
  const width = 2880;
  const blocks = hidden / 32;
  const t: TensorSpec[] = [{ name: "model.embed_tokens.weight", dtype: "BF16", shape: [201088, hidden] }];
  for (let i = 0; i < s.layers; i++) {
    const p = `model.layers.${i}.`;
    t.push(
      { name: `${p}input_layernorm.weight`, dtype: "BF16", shape: [hidden] },
      { name: `${p}self_attn.q_proj.weight`, dtype: "BF16", shape: [q, hidden] },
      { name: `${p}self_attn.q_proj.bias`, dtype: "BF16", shape: [q] },
      { name: `${p}self_attn.k_proj.weight`, dtype: "BF16", shape: [kv, hidden] },
      { name: `${p}self_attn.k_proj.bias`, dtype: "BF16", shape: [kv] },
      { name: `${p}self_attn.v_proj.weight`, dtype: "BF16", shape: [kv, hidden] },
      { name: `${p}self_attn.v_proj.bias`, dtype: "BF16", shape: [kv] },
      { name: `${p}self_attn.o_proj.weight`, dtype: "BF16", shape: [hidden, q] },
      { name: `${p}self_attn.o_proj.bias`, dtype: "BF16", shape: [hidden] },
      { name: `${p}self_attn.sinks`, dtype: "BF16", shape: [64] },
      { name: `${p}post_attention_layernorm.weight`, dtype: "BF16", shape: [hidden] },
      { name: `${p}mlp.router.weight`, dtype: "BF16", shape: [s.experts, hidden] },
      { name: `${p}mlp.router.bias`, dtype: "BF16", shape: [s.experts] },
      { name: `${p}mlp.experts.gate_up_proj_blocks`, dtype: "U8", shape: [s.experts, 2 * width, blocks, 16] },
      { name: `${p}mlp.experts.gate_up_proj_scales`, dtype: "U8", shape: [s.experts, 2 * width, blocks] },
      { name: `${p}mlp.experts.gate_up_proj_bias`, dtype: "BF16", shape: [s.experts, 2 * width] },
      { name: `${p}mlp.experts.down_proj_blocks`, dtype: "U8", shape: [s.experts, hidden, width / 32, 16] },
      { name: `${p}mlp.experts.down_proj_scales`, dtype: "U8", shape: [s.experts, hidden, width / 32] },
      { name: `${p}mlp.experts.down_proj_bias`, dtype: "BF16", shape: [s.experts, hidden] },
    );
  }
  t.push({ name: "model.norm.weight", dtype: "BF16", shape: [hidden] }, { name: "lm_head.weight", dtype: "BF16", shape: [201088, hidden] });
  return t;
}

/** gpt-oss's config.json facts the count reads (openai/gpt-oss-20b, -120b). */
export function gptOssConfig(s: GptOssShape): Record<string, unknown> {
  return {
    model_type: "gpt_oss",
    num_hidden_layers: s.layers,
    num_local_experts: s.experts,
    num_experts_per_tok: 4,
    experts_per_token: 4,
    tie_word_embeddings: false,
    quantization_config: { quant_method: "mxfp4", modules_to_not_convert: ["model.layers.*.self_attn", "model.layers.*.mlp.router", "model.embed_tokens", "lm_head"] },
  };
}

// ---------------------------------------------------------------------------- Mixtral

export interface MixtralShape {
  hidden: number;
  layers: number;
  heads: number;
  kvHeads: number;
  intermediate: number;
  vocab: number;
  experts: number;
}

/** mistralai/Mixtral-8x7B-Instruct-v0.1 config.json. */
export const MIXTRAL_8X7B: MixtralShape = { hidden: 4096, layers: 32, heads: 32, kvHeads: 8, intermediate: 14336, vocab: 32000, experts: 8 };

/** A Mixtral checkpoint (HF names): `block_sparse_moe.gate` (router) and `block_sparse_moe.experts.{j}.w1/w2/w3`. */
export function mixtral(s: MixtralShape): TensorSpec[] {
  const d = s.hidden / s.heads;
  const t: TensorSpec[] = [{ name: "model.embed_tokens.weight", dtype: "BF16", shape: [s.vocab, s.hidden] }];
  for (let i = 0; i < s.layers; i++) {
    const p = `model.layers.${i}.`;
    t.push(
      { name: `${p}input_layernorm.weight`, dtype: "BF16", shape: [s.hidden] },
      { name: `${p}self_attn.q_proj.weight`, dtype: "BF16", shape: [s.heads * d, s.hidden] },
      { name: `${p}self_attn.k_proj.weight`, dtype: "BF16", shape: [s.kvHeads * d, s.hidden] },
      { name: `${p}self_attn.v_proj.weight`, dtype: "BF16", shape: [s.kvHeads * d, s.hidden] },
      { name: `${p}self_attn.o_proj.weight`, dtype: "BF16", shape: [s.hidden, s.heads * d] },
      { name: `${p}post_attention_layernorm.weight`, dtype: "BF16", shape: [s.hidden] },
      { name: `${p}block_sparse_moe.gate.weight`, dtype: "BF16", shape: [s.experts, s.hidden] },
    );
    for (let j = 0; j < s.experts; j++) {
      const e = `${p}block_sparse_moe.experts.${j}.`;
      t.push(
        { name: `${e}w1.weight`, dtype: "BF16", shape: [s.intermediate, s.hidden] },
        { name: `${e}w2.weight`, dtype: "BF16", shape: [s.hidden, s.intermediate] },
        { name: `${e}w3.weight`, dtype: "BF16", shape: [s.intermediate, s.hidden] },
      );
    }
  }
  t.push({ name: "model.norm.weight", dtype: "BF16", shape: [s.hidden] }, { name: "lm_head.weight", dtype: "BF16", shape: [s.vocab, s.hidden] });
  return t;
}

// ---------------------------------------------------------------------------- DeepSeek (MLA + MoE, block FP8, MTP)

export interface DeepseekShape {
  hidden: number;
  /** `num_hidden_layers`: the main layers; MTP layers follow them. */
  layers: number;
  /** `num_nextn_predict_layers`. */
  mtpLayers: number;
  heads: number;
  /** `q_lora_rank`; null when queries are projected directly (V2-Lite). */
  qLoraRank: number | null;
  kvLoraRank: number;
  qkNope: number;
  qkRope: number;
  vHead: number;
  /** Dense MLP width of the first `firstDense` layers. */
  intermediate: number;
  firstDense: number;
  moeIntermediate: number;
  routedExperts: number;
  sharedExperts: number;
  vocab: number;
  /** Block FP8 linear layers (V3/R1), else BF16. */
  fp8: boolean;
  /** V3's router bias `e_score_correction_bias` (absent in V2). */
  routerBias: boolean;
}

/** deepseek-ai/DeepSeek-V3 config.json (671B + one MTP layer, index 61). */
export const DEEPSEEK_V3: DeepseekShape = {
  hidden: 7168, layers: 61, mtpLayers: 1, heads: 128, qLoraRank: 1536, kvLoraRank: 512, qkNope: 128, qkRope: 64, vHead: 128,
  intermediate: 18432, firstDense: 3, moeIntermediate: 2048, routedExperts: 256, sharedExperts: 1, vocab: 129280, fp8: true, routerBias: true,
};

/** deepseek-ai/DeepSeek-V2-Lite config.json (BF16, no q_lora, no MTP). */
export const DEEPSEEK_V2_LITE: DeepseekShape = {
  hidden: 2048, layers: 27, mtpLayers: 0, heads: 16, qLoraRank: null, kvLoraRank: 512, qkNope: 128, qkRope: 64, vHead: 128,
  intermediate: 10944, firstDense: 1, moeIntermediate: 1408, routedExperts: 64, sharedExperts: 2, vocab: 102400, fp8: false, routerBias: false,
};

/** A DeepSeek-V2/V3 checkpoint with its MTP layers (`model.layers.{L + k}`: a full decoder layer plus `embed_tokens`, `enorm`, `hnorm`, `eh_proj`, `shared_head`). */
export function deepseek(s: DeepseekShape): TensorSpec[] {
  const t: TensorSpec[] = [{ name: "model.embed_tokens.weight", dtype: "BF16", shape: [s.vocab, s.hidden] }];
  const linear = (module: string, out: number, inDim: number): TensorSpec[] =>
    s.fp8 ? blockFp8Linear(module, out, inDim) : [{ name: `${module}.weight`, dtype: "BF16", shape: [out, inDim] }];
  const norm = (name: string, width: number): TensorSpec => ({ name, dtype: "BF16", shape: [width] });
  const qHead = s.qkNope + s.qkRope;
  for (let i = 0; i < s.layers + s.mtpLayers; i++) {
    const p = `model.layers.${i}.`;
    if (i >= s.layers) {
      t.push(
        { name: `${p}embed_tokens.weight`, dtype: "BF16", shape: [s.vocab, s.hidden] },
        norm(`${p}enorm.weight`, s.hidden),
        norm(`${p}hnorm.weight`, s.hidden),
        { name: `${p}eh_proj.weight`, dtype: "BF16", shape: [s.hidden, 2 * s.hidden] },
        norm(`${p}shared_head.norm.weight`, s.hidden),
        { name: `${p}shared_head.head.weight`, dtype: "BF16", shape: [s.vocab, s.hidden] },
      );
    }
    t.push(norm(`${p}input_layernorm.weight`, s.hidden));
    if (s.qLoraRank === null) t.push(...linear(`${p}self_attn.q_proj`, s.heads * qHead, s.hidden));
    else {
      t.push(...linear(`${p}self_attn.q_a_proj`, s.qLoraRank, s.hidden), norm(`${p}self_attn.q_a_layernorm.weight`, s.qLoraRank));
      t.push(...linear(`${p}self_attn.q_b_proj`, s.heads * qHead, s.qLoraRank));
    }
    t.push(...linear(`${p}self_attn.kv_a_proj_with_mqa`, s.kvLoraRank + s.qkRope, s.hidden), norm(`${p}self_attn.kv_a_layernorm.weight`, s.kvLoraRank));
    t.push(...linear(`${p}self_attn.kv_b_proj`, s.heads * (s.qkNope + s.vHead), s.kvLoraRank));
    t.push(...linear(`${p}self_attn.o_proj`, s.hidden, s.heads * s.vHead));
    t.push(norm(`${p}post_attention_layernorm.weight`, s.hidden));
    if (i < s.firstDense) {
      t.push(...linear(`${p}mlp.gate_proj`, s.intermediate, s.hidden), ...linear(`${p}mlp.up_proj`, s.intermediate, s.hidden), ...linear(`${p}mlp.down_proj`, s.hidden, s.intermediate));
      continue;
    }
    t.push({ name: `${p}mlp.gate.weight`, dtype: "BF16", shape: [s.routedExperts, s.hidden] });
    if (s.routerBias) t.push({ name: `${p}mlp.gate.e_score_correction_bias`, dtype: "F32", shape: [s.routedExperts] });
    for (let j = 0; j < s.routedExperts; j++) {
      const e = `${p}mlp.experts.${j}.`;
      t.push(...linear(`${e}gate_proj`, s.moeIntermediate, s.hidden), ...linear(`${e}up_proj`, s.moeIntermediate, s.hidden), ...linear(`${e}down_proj`, s.hidden, s.moeIntermediate));
    }
    const shared = s.sharedExperts * s.moeIntermediate;
    t.push(...linear(`${p}mlp.shared_experts.gate_proj`, shared, s.hidden), ...linear(`${p}mlp.shared_experts.up_proj`, shared, s.hidden), ...linear(`${p}mlp.shared_experts.down_proj`, s.hidden, shared));
  }
  t.push(norm("model.norm.weight", s.hidden), { name: "lm_head.weight", dtype: "BF16", shape: [s.vocab, s.hidden] });
  return t;
}

/** DeepSeek's config.json facts the count reads. */
export function deepseekConfig(s: DeepseekShape, topK: number): Record<string, unknown> {
  const config: Record<string, unknown> = {
    model_type: s.fp8 ? "deepseek_v3" : "deepseek_v2",
    num_hidden_layers: s.layers,
    num_nextn_predict_layers: s.mtpLayers,
    n_routed_experts: s.routedExperts,
    num_experts_per_tok: topK,
    tie_word_embeddings: false,
  };
  if (s.fp8) config.quantization_config = { activation_scheme: "dynamic", fmt: "e4m3", quant_method: "fp8", weight_block_size: [128, 128] };
  return config;
}

/**
 * moonshotai/Kimi-K2-Instruct config.json: the DeepSeek-V3 layout (MLA, block FP8, F32 router bias)
 * with 64 heads, one dense layer, 384 routed experts, a 163,840 vocabulary and no MTP layer
 * (`num_nextn_predict_layers: 0`).
 */
export const KIMI_K2: DeepseekShape = { ...DEEPSEEK_V3, mtpLayers: 0, heads: 64, firstDense: 1, routedExperts: 384, vocab: 163840 };

/**
 * moonshotai/Kimi-K2-Instruct as published (61 shards `model-1-of-61.safetensors` …): the DeepSeek
 * tensors of KIMI_K2 plus a saved `self_attn.rotary_emb.inv_freq` BF16 [56] buffer in every layer,
 * 139,644 tensors in all. Their elements sum to 1,026,470,731,056, the Hub's "1.03T params"; without
 * the F32 `weight_scale_inv` scales, 1,026,408,235,864.
 */
export function kimiK2(): TensorSpec[] {
  const t = deepseek(KIMI_K2);
  for (let i = 0; i < KIMI_K2.layers; i++) t.push({ name: `model.layers.${i}.self_attn.rotary_emb.inv_freq`, dtype: "BF16", shape: [56] });
  return t;
}

// ---------------------------------------------------------------------------- Gemma-3 (a vision model)

export interface Gemma3Shape {
  hidden: number;
  layers: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  intermediate: number;
  vocab: number;
}

/** google/gemma-3-12b-it text_config (tied: no lm_head tensor in the files). */
export const GEMMA3_12B: Gemma3Shape = { hidden: 3840, layers: 48, heads: 16, kvHeads: 8, headDim: 256, intermediate: 15360, vocab: 262208 };

/**
 * A Gemma-3 multimodal checkpoint as published: the language model under `language_model.model.`,
 * the SigLIP tower (hidden 1152, 27 layers, MLP 4304, 14-pixel patches of a 896-pixel image: 4,096
 * positions) under `vision_tower.vision_model.`, and the projector `multi_modal_projector.*`.
 */
export function gemma3(s: Gemma3Shape): TensorSpec[] {
  const lm = "language_model.model.";
  const t: TensorSpec[] = [{ name: `${lm}embed_tokens.weight`, dtype: "BF16", shape: [s.vocab, s.hidden] }];
  const q = s.heads * s.headDim;
  const kv = s.kvHeads * s.headDim;
  for (let i = 0; i < s.layers; i++) {
    const p = `${lm}layers.${i}.`;
    for (const n of ["input_layernorm", "post_attention_layernorm", "pre_feedforward_layernorm", "post_feedforward_layernorm"]) t.push({ name: `${p}${n}.weight`, dtype: "BF16", shape: [s.hidden] });
    t.push(
      { name: `${p}self_attn.q_proj.weight`, dtype: "BF16", shape: [q, s.hidden] },
      { name: `${p}self_attn.k_proj.weight`, dtype: "BF16", shape: [kv, s.hidden] },
      { name: `${p}self_attn.v_proj.weight`, dtype: "BF16", shape: [kv, s.hidden] },
      { name: `${p}self_attn.o_proj.weight`, dtype: "BF16", shape: [s.hidden, q] },
      { name: `${p}self_attn.q_norm.weight`, dtype: "BF16", shape: [s.headDim] },
      { name: `${p}self_attn.k_norm.weight`, dtype: "BF16", shape: [s.headDim] },
      { name: `${p}mlp.gate_proj.weight`, dtype: "BF16", shape: [s.intermediate, s.hidden] },
      { name: `${p}mlp.up_proj.weight`, dtype: "BF16", shape: [s.intermediate, s.hidden] },
      { name: `${p}mlp.down_proj.weight`, dtype: "BF16", shape: [s.hidden, s.intermediate] },
    );
  }
  t.push({ name: `${lm}norm.weight`, dtype: "BF16", shape: [s.hidden] });
  t.push(...siglipTower("vision_tower.vision_model."));
  t.push(
    { name: "multi_modal_projector.mm_input_projection_weight", dtype: "BF16", shape: [1152, s.hidden] },
    { name: "multi_modal_projector.mm_soft_emb_norm.weight", dtype: "BF16", shape: [1152] },
  );
  return t;
}

/** The SigLIP-So400m encoder Gemma-3 carries (patch 14, image 896). */
export function siglipTower(prefix: string): TensorSpec[] {
  const h = 1152;
  const mlp = 4304;
  const t: TensorSpec[] = [
    { name: `${prefix}embeddings.patch_embedding.weight`, dtype: "BF16", shape: [h, 3, 14, 14] },
    { name: `${prefix}embeddings.patch_embedding.bias`, dtype: "BF16", shape: [h] },
    { name: `${prefix}embeddings.position_embedding.weight`, dtype: "BF16", shape: [4096, h] },
  ];
  for (let i = 0; i < 27; i++) {
    const p = `${prefix}encoder.layers.${i}.`;
    for (const n of ["q_proj", "k_proj", "v_proj", "out_proj"]) t.push({ name: `${p}self_attn.${n}.weight`, dtype: "BF16", shape: [h, h] }, { name: `${p}self_attn.${n}.bias`, dtype: "BF16", shape: [h] });
    for (const n of ["layer_norm1", "layer_norm2"]) t.push({ name: `${p}${n}.weight`, dtype: "BF16", shape: [h] }, { name: `${p}${n}.bias`, dtype: "BF16", shape: [h] });
    t.push(
      { name: `${p}mlp.fc1.weight`, dtype: "BF16", shape: [mlp, h] },
      { name: `${p}mlp.fc1.bias`, dtype: "BF16", shape: [mlp] },
      { name: `${p}mlp.fc2.weight`, dtype: "BF16", shape: [h, mlp] },
      { name: `${p}mlp.fc2.bias`, dtype: "BF16", shape: [h] },
    );
  }
  t.push({ name: `${prefix}post_layernorm.weight`, dtype: "BF16", shape: [h] }, { name: `${prefix}post_layernorm.bias`, dtype: "BF16", shape: [h] });
  return t;
}

// ---------------------------------------------------------------------------- the recipes

/** Real checkpoints' tensor lists, from their config numbers. */
export const recipes = {
  /** meta-llama/Llama-3.1-8B-Instruct, BF16. */
  llama31_8b: (): TensorSpec[] => denseDecoder(LLAMA_31_8B),
  /** Qwen/Qwen2.5-0.5B-Instruct, BF16, tied: no lm_head tensor. */
  qwen25_05b: (): TensorSpec[] => denseDecoder(QWEN25_05B),
  /** RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w4a16: GPTQ 4-bit, group 128, act-order; embeddings, norms and head F16. */
  gptqLlama31_8b: (): TensorSpec[] => denseDecoder({ ...LLAMA_31_8B, dtype: "F16" }, gptqLinear(128)),
  /** Qwen/Qwen2.5-7B-Instruct-AWQ: AWQ 4-bit GEMM, group 128; F16 elsewhere. */
  awqQwen25_7b: (): TensorSpec[] => denseDecoder({ ...QWEN25_7B, dtype: "F16" }, awqLinear(128)),
  /** openai/gpt-oss-20b. */
  gptOss20b: (): TensorSpec[] => gptOss({ layers: 24, experts: 32 }),
  /** openai/gpt-oss-120b. */
  gptOss120b: (): TensorSpec[] => gptOss({ layers: 36, experts: 128 }),
  /** unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit: NF4 linear layers, BF16 embeddings, norms and head. */
  bnb4bitLlama31_8b: (): TensorSpec[] => denseDecoder(LLAMA_31_8B, (l) => bnb4bitLinear(l)),
  /** RedHatAI/Meta-Llama-3.1-8B-Instruct-FP8: per-tensor FP8 linear layers, BF16 embeddings, norms and head. */
  fp8Llama31_8b: (): TensorSpec[] => denseDecoder(LLAMA_31_8B, (l) => fp8PerTensorLinear(l)),
  /** mistralai/Mixtral-8x7B-Instruct-v0.1. */
  mixtral8x7b: (): TensorSpec[] => mixtral(MIXTRAL_8X7B),
  /** deepseek-ai/DeepSeek-V3 (block FP8, MTP layer 61). */
  deepseekV3: (): TensorSpec[] => deepseek(DEEPSEEK_V3),
  /** deepseek-ai/DeepSeek-V2-Lite (BF16). */
  deepseekV2Lite: (): TensorSpec[] => deepseek(DEEPSEEK_V2_LITE),
  /** google/gemma-3-12b-it with its SigLIP tower. */
  gemma3_12b: (): TensorSpec[] => gemma3(GEMMA3_12B),
  /** moonshotai/Kimi-K2-Instruct (block FP8, no MTP layer, rotary buffers saved). */
  kimiK2: (): TensorSpec[] => kimiK2(),
};

/** The config.json facts of a dense recipe (what the count reads). */
export function denseConfig(s: DenseShape, quantization?: Record<string, unknown>): Record<string, unknown> {
  const config: Record<string, unknown> = { num_hidden_layers: s.layers, tie_word_embeddings: s.tied };
  if (quantization) config.quantization_config = quantization;
  return config;
}
