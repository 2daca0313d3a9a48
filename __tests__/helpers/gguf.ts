/**
 * Synthetic GGUF headers for tests: `ggufFile(recipe)` writes the magic, version, counts, key/values and
 * tensor infos as a real writer would (little-endian, offsets aligned and contiguous) and says how large
 * the whole file would be with its tensor data. No data bytes are produced; nothing binary is committed.
 */
import { ggmlTypeByName, tensorBytes } from "../../src/checkpoint/ggml-types.js";

export type ScalarType = "uint8" | "int8" | "uint16" | "int16" | "uint32" | "int32" | "float32" | "uint64" | "int64" | "float64";

/** A metadata value to write. `code` overrides the value type code written (for hostile files). */
export type RecipeValue =
  | { type: ScalarType; value: number | bigint }
  | { type: "bool"; value: boolean }
  | { type: "string"; value: string }
  | { type: "array"; itemType: ScalarType | "bool" | "string" | "array"; items: RecipeValue[] }
  /** An array of `count` strings made by `make`, written without building a list (tokenizer.ggml.tokens). */
  | { type: "string-array"; count: number; make: (i: number) => string }
  /** Raw bytes after the key: a value type code and whatever follows, as given. */
  | { type: "raw"; bytes: number[] };

export const u32 = (value: number): RecipeValue => ({ type: "uint32", value });
export const u64 = (value: number | bigint): RecipeValue => ({ type: "uint64", value });
export const f32 = (value: number): RecipeValue => ({ type: "float32", value });
export const str = (value: string): RecipeValue => ({ type: "string", value });
export const bool = (value: boolean): RecipeValue => ({ type: "bool", value });
export const arr = (itemType: ScalarType | "bool" | "string" | "array", items: RecipeValue[]): RecipeValue => ({ type: "array", itemType, items });

export interface RecipeTensor {
  name: string;
  /** Innermost first, as GGUF writes them. */
  dims: number[];
  /** A ggml type name (`Q4_K`), or a raw type id. */
  type: string | number;
  /** Data offset; by default the previous tensor's aligned end. */
  offset?: number | bigint;
}

export interface GgufRecipe {
  magic?: string;
  version?: number;
  bigEndian?: boolean;
  metadata: Array<[string, RecipeValue]>;
  tensors: RecipeTensor[];
  /** Written instead of the real counts (hostile files). */
  tensorCount?: bigint;
  kvCount?: bigint;
  alignment?: number;
}

export interface GgufFile {
  /** The header: everything before the data section, padding included. */
  bytes: Uint8Array;
  headerBytes: number;
  /** Header plus tensor data: the size the file would have. */
  fileSizeBytes: number;
}

const TYPE_CODES: Record<string, number> = {
  uint8: 0, int8: 1, uint16: 2, int16: 3, uint32: 4, int32: 5, float32: 6, bool: 7, string: 8, array: 9, uint64: 10, int64: 11, float64: 12,
};

/** A growable little- (or big-) endian byte writer. */
class Writer {
  private buf = new Uint8Array(1 << 16);
  private view = new DataView(this.buf.buffer);
  length = 0;
  private readonly encoder = new TextEncoder();

  constructor(private readonly little: boolean) {}

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  bytes(values: ArrayLike<number>): void {
    this.room(values.length);
    this.buf.set(values, this.length);
    this.length += values.length;
  }

  u8(v: number): void {
    this.room(1);
    this.view.setUint8(this.length, v);
    this.length += 1;
  }

  u32(v: number): void {
    this.room(4);
    this.view.setUint32(this.length, v, this.little);
    this.length += 4;
  }

  u64(v: number | bigint): void {
    this.room(8);
    this.view.setBigUint64(this.length, BigInt(v), this.little);
    this.length += 8;
  }

  string(s: string): void {
    const encoded = this.encoder.encode(s);
    this.u64(encoded.length);
    this.bytes(encoded);
  }

  scalar(type: ScalarType | "bool", value: number | bigint | boolean): void {
    const v = this.view;
    const sizes: Record<string, number> = { uint8: 1, int8: 1, uint16: 2, int16: 2, uint32: 4, int32: 4, float32: 4, bool: 1, uint64: 8, int64: 8, float64: 8 };
    const size = sizes[type] ?? 0;
    this.room(size);
    const at = this.length;
    this.length += size;
    const n = typeof value === "boolean" ? (value ? 1 : 0) : value;
    switch (type) {
      case "uint8": case "bool": v.setUint8(at, Number(n)); break;
      case "int8": v.setInt8(at, Number(n)); break;
      case "uint16": v.setUint16(at, Number(n), this.little); break;
      case "int16": v.setInt16(at, Number(n), this.little); break;
      case "uint32": v.setUint32(at, Number(n), this.little); break;
      case "int32": v.setInt32(at, Number(n), this.little); break;
      case "float32": v.setFloat32(at, Number(n), this.little); break;
      case "uint64": v.setBigUint64(at, BigInt(n), this.little); break;
      case "int64": v.setBigInt64(at, BigInt(n), this.little); break;
      case "float64": v.setFloat64(at, Number(n), this.little); break;
    }
  }

  /** A value's payload, after its type code. */
  payload(value: RecipeValue): void {
    switch (value.type) {
      case "string": this.string(value.value); return;
      case "array":
        this.u32(TYPE_CODES[value.itemType] ?? 0);
        this.u64(value.items.length);
        for (const item of value.items) this.payload(item);
        return;
      case "string-array":
        this.u32(TYPE_CODES.string ?? 8);
        this.u64(value.count);
        for (let i = 0; i < value.count; i++) this.string(value.make(i));
        return;
      case "raw": return;
      default: this.scalar(value.type, value.value);
    }
  }

  value(value: RecipeValue): void {
    if (value.type === "raw") {
      this.bytes(value.bytes);
      return;
    }
    this.u32(TYPE_CODES[value.type === "string-array" ? "array" : value.type] ?? 0);
    this.payload(value);
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

function alignUp(n: number, alignment: number): number {
  return Math.ceil(n / alignment) * alignment;
}

function bytesOf(t: RecipeTensor): number {
  const type = typeof t.type === "number" ? t.type : ggmlTypeByName(t.type)?.id;
  const elements = t.dims.reduce((a, b) => a * b, 1);
  return (type === undefined ? undefined : tensorBytes(type, elements)) ?? 0;
}

/** Write a recipe as a GGUF header, with the file size its tensors imply. */
export function ggufFile(recipe: GgufRecipe): GgufFile {
  const little = !recipe.bigEndian;
  const w = new Writer(little);
  w.bytes(new TextEncoder().encode(recipe.magic ?? "GGUF"));
  w.u32(recipe.version ?? 3);
  w.u64(recipe.tensorCount ?? BigInt(recipe.tensors.length));
  w.u64(recipe.kvCount ?? BigInt(recipe.metadata.length));
  for (const [key, value] of recipe.metadata) {
    w.string(key);
    w.value(value);
  }
  const alignment = recipe.alignment ?? 32;
  let next = 0;
  let dataEnd = 0;
  for (const t of recipe.tensors) {
    w.string(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    const typeId = typeof t.type === "number" ? t.type : (ggmlTypeByName(t.type)?.id ?? 0);
    w.u32(typeId);
    const offset = t.offset ?? next;
    w.u64(offset);
    const end = Number(offset) + bytesOf(t);
    dataEnd = Math.max(dataEnd, end);
    next = alignUp(end, alignment);
  }
  const headerBytes = recipe.tensors.length > 0 ? alignUp(w.length, alignment) : w.length;
  w.bytes(new Uint8Array(headerBytes - w.length));
  return { bytes: w.result(), headerBytes, fileSizeBytes: headerBytes + dataEnd };
}

// ---------------------------------------------------------------------------------------------
// Recipes
// ---------------------------------------------------------------------------------------------

/** llama.cpp's Q4_K_M rule for attn_v and ffn_down: more bits for the first and last eighth and every third layer between. */
function useMoreBits(layer: number, layers: number): boolean {
  return layer < layers / 8 || layer >= (7 * layers) / 8 || (layer - Math.floor(layers / 8)) % 3 === 2;
}

/** Tensor element total of a recipe, for comparing with a mapped architecture's count. */
export function recipeElements(recipe: GgufRecipe, exclude: (name: string) => boolean = () => false): number {
  return recipe.tensors.filter((t) => !exclude(t.name)).reduce((sum, t) => sum + t.dims.reduce((a, b) => a * b, 1), 0);
}

/**
 * A Llama-3.1-8B-Instruct Q4_K_M–like file: the real shapes (8,030,261,248 parameters plus the 64-value
 * rope_freqs table llama.cpp writes for Llama 3.1's rope scaling), a 128,256-token vocabulary, and the
 * Q4_K_M type mix (Q6_K output head, Q6_K attn_v/ffn_down on the use-more-bits layers).
 */
export function llama31_8bQ4KM(): GgufRecipe {
  const hidden = 4096;
  const layers = 32;
  const ff = 14336;
  const vocab = 128256;
  const kvWidth = 8 * 128;
  const tensors: RecipeTensor[] = [
    { name: "rope_freqs.weight", dims: [64], type: "F32" },
    { name: "token_embd.weight", dims: [hidden, vocab], type: "Q4_K" },
  ];
  for (let i = 0; i < layers; i++) {
    const wide = useMoreBits(i, layers) ? "Q6_K" : "Q4_K";
    tensors.push(
      { name: `blk.${i}.attn_norm.weight`, dims: [hidden], type: "F32" },
      { name: `blk.${i}.attn_q.weight`, dims: [hidden, hidden], type: "Q4_K" },
      { name: `blk.${i}.attn_k.weight`, dims: [hidden, kvWidth], type: "Q4_K" },
      { name: `blk.${i}.attn_v.weight`, dims: [hidden, kvWidth], type: wide },
      { name: `blk.${i}.attn_output.weight`, dims: [hidden, hidden], type: "Q4_K" },
      { name: `blk.${i}.ffn_norm.weight`, dims: [hidden], type: "F32" },
      { name: `blk.${i}.ffn_gate.weight`, dims: [hidden, ff], type: "Q4_K" },
      { name: `blk.${i}.ffn_up.weight`, dims: [hidden, ff], type: "Q4_K" },
      { name: `blk.${i}.ffn_down.weight`, dims: [ff, hidden], type: wide },
    );
  }
  tensors.push({ name: "output_norm.weight", dims: [hidden], type: "F32" }, { name: "output.weight", dims: [hidden, vocab], type: "Q6_K" });
  return {
    metadata: [
      ["general.architecture", str("llama")],
      ["general.type", str("model")],
      ["general.name", str("Meta Llama 3.1 8B Instruct")],
      ["llama.block_count", u32(layers)],
      ["llama.context_length", u32(131072)],
      ["llama.embedding_length", u32(hidden)],
      ["llama.feed_forward_length", u32(ff)],
      ["llama.attention.head_count", u32(32)],
      ["llama.attention.head_count_kv", u32(8)],
      ["llama.rope.freq_base", f32(500000)],
      ["llama.attention.layer_norm_rms_epsilon", f32(1e-5)],
      ["llama.rope.dimension_count", u32(128)],
      ["llama.vocab_size", u32(vocab)],
      ["general.file_type", u32(15)],
      ["tokenizer.ggml.model", str("gpt2")],
      ["tokenizer.ggml.tokens", { type: "string-array", count: vocab, make: (i) => `tok${i}` }],
      ["tokenizer.ggml.token_type", arr("int32", [])],
      ["tokenizer.ggml.bos_token_id", u32(128000)],
      ["tokenizer.chat_template", str("{% for message in messages %}{{ message.content }}{% endfor %}")],
      ["general.quantization_version", u32(2)],
    ],
    tensors,
  };
}

/**
 * A small Qwen3-MoE–like file: 4 layers, 8 experts (top 2), fused 3-D expert tensors, per-head q/k norms,
 * a tied head (no output.weight), in F16 and Q8_0.
 */
export function smallMoe(): GgufRecipe {
  const hidden = 256;
  const layers = 4;
  const heads = 4;
  const kvHeads = 2;
  const headDim = 64;
  const experts = 8;
  const expertFf = 128;
  const vocab = 1000;
  const tensors: RecipeTensor[] = [{ name: "token_embd.weight", dims: [hidden, vocab], type: "Q8_0" }];
  for (let i = 0; i < layers; i++) {
    tensors.push(
      { name: `blk.${i}.attn_norm.weight`, dims: [hidden], type: "F32" },
      { name: `blk.${i}.attn_q.weight`, dims: [hidden, heads * headDim], type: "Q8_0" },
      { name: `blk.${i}.attn_k.weight`, dims: [hidden, kvHeads * headDim], type: "Q8_0" },
      { name: `blk.${i}.attn_v.weight`, dims: [hidden, kvHeads * headDim], type: "Q8_0" },
      { name: `blk.${i}.attn_output.weight`, dims: [heads * headDim, hidden], type: "Q8_0" },
      { name: `blk.${i}.attn_q_norm.weight`, dims: [headDim], type: "F32" },
      { name: `blk.${i}.attn_k_norm.weight`, dims: [headDim], type: "F32" },
      { name: `blk.${i}.ffn_norm.weight`, dims: [hidden], type: "F32" },
      { name: `blk.${i}.ffn_gate_inp.weight`, dims: [hidden, experts], type: "F32" },
      { name: `blk.${i}.ffn_gate_exps.weight`, dims: [hidden, expertFf, experts], type: "F16" },
      { name: `blk.${i}.ffn_up_exps.weight`, dims: [hidden, expertFf, experts], type: "F16" },
      { name: `blk.${i}.ffn_down_exps.weight`, dims: [expertFf, hidden, experts], type: "F16" },
    );
  }
  tensors.push({ name: "output_norm.weight", dims: [hidden], type: "F32" });
  return {
    metadata: [
      ["general.architecture", str("qwen3moe")],
      ["general.name", str("Tiny Qwen3 MoE")],
      ["general.file_type", u32(7)],
      ["qwen3moe.block_count", u32(layers)],
      ["qwen3moe.context_length", u32(32768)],
      ["qwen3moe.embedding_length", u32(hidden)],
      ["qwen3moe.feed_forward_length", u32(512)],
      ["qwen3moe.attention.head_count", u32(heads)],
      ["qwen3moe.attention.head_count_kv", u32(kvHeads)],
      ["qwen3moe.attention.key_length", u32(headDim)],
      ["qwen3moe.attention.value_length", u32(headDim)],
      ["qwen3moe.expert_count", u32(experts)],
      ["qwen3moe.expert_used_count", u32(2)],
      ["qwen3moe.expert_feed_forward_length", u32(expertFf)],
      ["tokenizer.ggml.tokens", { type: "string-array", count: vocab, make: (i) => `t${i}` }],
      ["general.quantization_version", u32(2)],
    ],
    tensors,
  };
}
