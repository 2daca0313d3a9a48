/**
 * Read a GGUF header (llama.cpp, Ollama) from the first bytes of the file: metadata key/values and tensor
 * infos, without the tensor data. The caller reads the file by range; when the prefix it passed is too
 * short the result says how long a prefix to read next. Pure: no I/O, no globals; never throws.
 *
 * Layout (ggml-org/ggml docs/gguf.md; the reference reader is ggml/src/gguf.cpp `gguf_init_from_reader`):
 * magic `GGUF`, u32 version, u64 tensor count, u64 key/value count, the key/values (u64-length strings,
 * u32 value types, arrays of u32 item type + u64 length), the tensor infos (name, u32 n_dims, u64 dims
 * innermost first, u32 ggml type, u64 offset into the data section), padding to `general.alignment`
 * (default 32), then the data. Every count and length is checked against what remains before anything is
 * allocated or looped over, so a hostile header costs at most one pass over the bytes it really has.
 *
 * Then `ggufFacts` reads what the header says about the model (dimensions from `{arch}.*` keys, tensors
 * summed by ggml type) and `architectureFromGguf` maps those facts to the `Architecture` the estimate
 * takes, following src/catalog/hf-config.ts for the same families.
 */
import { groupDigits, quote } from "../base/text.js";
import { fileTypeName, ggmlType, quantizationOfFileType, tensorBytes } from "./ggml-types.js";
import type { TensorGroup } from "./types.js";
import type {
  Architecture,
  LatentAttention,
  MixtureOfExperts,
  Mlp,
  SlidingWindow,
  StandardAttention,
} from "../physics/architecture.js";
import { countParams } from "../physics/params.js";

/** The largest header read: gpt-oss-20b MXFP4 needs 16 MiB (docs/design hub-resolution §6); beyond 64 MiB a header is refused. */
export const GGUF_HEADER_MAX_BYTES = 64 * 1024 * 1024;
/** ggml's GGML_MAX_DIMS: a tensor info with more dimensions is refused, as ggml refuses it. */
export const GGUF_MAX_DIMS = 4;
/** Arrays nested deeper than this (an array of arrays of arrays…) are refused. Real files nest none. */
export const GGUF_MAX_ARRAY_DEPTH = 4;
/** Arrays longer than this are not materialised: only their length and item type are kept (tokenizer.ggml.tokens). */
export const GGUF_ARRAY_KEEP_MAX_ITEMS = 4096;
/** Items materialised over all arrays of one header, at most. */
const ARRAY_KEEP_BUDGET_ITEMS = 65_536;
/** Strings longer than this (in bytes) are kept as their length only (tokenizer.huggingface.json can be megabytes). */
export const GGUF_STRING_KEEP_MAX_BYTES = 65_536;
/** The spec's cap on a key's length. */
const KEY_MAX_BYTES = 65_535;
/** ggml caps tensor names at 63 bytes (GGML_MAX_NAME 64); this reader allows up to 255 and refuses longer. */
const TENSOR_NAME_MAX_BYTES = 255;
const DEFAULT_ALIGNMENT_BYTES = 32;

/** The 13 metadata value types of GGUF, by their u32 code. */
export const GGUF_VALUE_TYPES = [
  "uint8",
  "int8",
  "uint16",
  "int16",
  "uint32",
  "int32",
  "float32",
  "bool",
  "string",
  "array",
  "uint64",
  "int64",
  "float64",
] as const;
export type GgufValueType = (typeof GGUF_VALUE_TYPES)[number];

/** Fixed sizes in bytes of the scalar value types; strings and arrays have none. */
const FIXED_BYTES: Partial<Record<GgufValueType, number>> = {
  uint8: 1,
  int8: 1,
  uint16: 2,
  int16: 2,
  uint32: 4,
  int32: 4,
  float32: 4,
  bool: 1,
  uint64: 8,
  int64: 8,
  float64: 8,
};

/** A string too long to keep: its length in bytes only. */
export interface GgufSkippedString {
  kind: "skipped-string";
  bytes: number;
}

/** An array value. `items` is null when the array was too long to materialise (its bytes were skipped). */
export interface GgufArray {
  kind: "array";
  itemType: GgufValueType;
  length: number;
  items: GgufValue[] | null;
}

/**
 * A metadata value. Integers are numbers; a 64-bit integer beyond 2^53 is a bigint. Floats are numbers,
 * booleans booleans, strings strings (or a GgufSkippedString when long).
 */
export type GgufValue = number | bigint | boolean | string | GgufSkippedString | GgufArray;

/** One tensor info. */
export interface GgufTensorInfo {
  name: string;
  /** Dimensions as the file writes them, innermost (row length) first: token_embd is [hidden, vocab]. */
  dims: number[];
  /** The ggml type number. */
  typeId: number;
  /** ggml's name for it (`Q4_K`), or `type 99` when this reader does not know the type. */
  typeName: string;
  /** Offset of the data from the start of the data section. */
  offsetBytes: number;
  /** Product of the dimensions (1 for a tensor of no dimensions, as ggml counts it). */
  elements: number;
  /** Bytes of the data, from the type's block layout; null for an unknown type. */
  bytes: number | null;
}

/** A validated GGUF header. */
export interface GgufHeader {
  version: 2 | 3;
  /** Key/values in file order. A Map, so keys such as `__proto__` are plain keys. */
  metadata: Map<string, GgufValue>;
  tensors: GgufTensorInfo[];
  alignmentBytes: number;
  /** Where the data section starts: the header, the tensor infos and the padding. */
  headerBytes: number;
  /** Σ tensor bytes of known types, without padding. */
  tensorDataBytes: number;
  /** The file size the caller gave, if any. */
  fileSizeBytes?: number;
  /** What the reader noticed but read past (unknown tensor types, tensors out of order). */
  warnings: string[];
}

export type GgufParseResult =
  | { ok: true; header: GgufHeader }
  | { ok: false; needBytes: number; message: string }
  | { ok: false; message: string };

export interface GgufParseOptions {
  /** The whole file's size. Lets the reader tell a short prefix (read more) from a truncated file (refuse). */
  fileSizeBytes?: number;
}

// ---------------------------------------------------------------------------------------------
// Reading with bounds: two internal signals, caught at the entry point
// ---------------------------------------------------------------------------------------------

/** The parse reached past the prefix: the bytes up to `endBytes` are needed. */
class NeedMore {
  constructor(readonly endBytes: number) {}
}

/** The header is invalid or refused. */
class Refusal {
  constructor(readonly message: string) {}
}

function refuse(message: string): never {
  throw new Refusal(message);
}

/** A cursor over the prefix, bounded by the file size (when known) and the header cap. */
class Cursor {
  offset = 0;
  /** What is being read, for messages: `key 3 ("llama.block_count")`. */
  context = "the header";
  private readonly view: DataView;
  private readonly decoder = new TextDecoder("utf-8", { fatal: false });

  constructor(
    private readonly bytes: Uint8Array,
    /** The file size, when known; otherwise unbounded below the cap. */
    private readonly fileSizeBytes: number | undefined,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** How messages name the bound that `remainingLimit` stops at. */
  limitName(): string {
    return this.fileSizeBytes !== undefined && this.fileSizeBytes < GGUF_HEADER_MAX_BYTES
      ? `the file (${groupDigits(this.fileSizeBytes)} bytes)`
      : `a header of at most ${groupDigits(GGUF_HEADER_MAX_BYTES)} bytes`;
  }

  /** Bytes the parse may still consume: to the end of the file or the header cap, whichever is first. */
  remainingLimit(): number {
    const limit = Math.min(this.fileSizeBytes ?? Number.MAX_SAFE_INTEGER, GGUF_HEADER_MAX_BYTES);
    return Math.max(0, limit - this.offset);
  }

  /** Make sure `n` more bytes can be read: from the prefix, or else say how many are needed, or refuse. */
  ensure(n: number): void {
    const end = this.offset + n;
    if (end <= this.bytes.length) return;
    if (this.fileSizeBytes !== undefined && end > this.fileSizeBytes) {
      refuse(
        `${this.context} needs bytes up to ${groupDigits(end)}, past the end of the file ` +
          `(${groupDigits(this.fileSizeBytes)} bytes): the file is truncated or its header is corrupt`,
      );
    }
    if (end > GGUF_HEADER_MAX_BYTES) {
      refuse(`${this.context} reaches past ${groupDigits(GGUF_HEADER_MAX_BYTES)} bytes; a GGUF header that large is refused`);
    }
    throw new NeedMore(end);
  }

  skip(n: number): void {
    this.ensure(n);
    this.offset += n;
  }

  u8(): number {
    this.ensure(1);
    return this.view.getUint8(this.offset++);
  }

  u32(): number {
    this.ensure(4);
    const value = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }

  u64(): bigint {
    this.ensure(8);
    const value = this.view.getBigUint64(this.offset, true);
    this.offset += 8;
    return value;
  }

  /** A u64 that must be a safe integer (a count, a length, an offset). */
  safeU64(what: string): number {
    const value = this.u64();
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) refuse(`${this.context}: ${what} is ${value}, beyond any real file`);
    return Number(value);
  }

  /** One scalar of a fixed-size type. */
  scalar(type: GgufValueType): number | bigint | boolean {
    const size = FIXED_BYTES[type] ?? 0;
    this.ensure(size);
    const at = this.offset;
    this.offset += size;
    const v = this.view;
    switch (type) {
      case "uint8":
        return v.getUint8(at);
      case "int8":
        return v.getInt8(at);
      case "uint16":
        return v.getUint16(at, true);
      case "int16":
        return v.getInt16(at, true);
      case "uint32":
        return v.getUint32(at, true);
      case "int32":
        return v.getInt32(at, true);
      case "float32":
        return v.getFloat32(at, true);
      case "bool":
        // The spec allows 0 and 1; ggml reads any non-zero byte as true, and so does this.
        return v.getUint8(at) !== 0;
      case "uint64":
        return narrow(v.getBigUint64(at, true));
      case "int64":
        return narrow(v.getBigInt64(at, true));
      default:
        return v.getFloat64(at, true);
    }
  }

  /** A GGUF string (u64 length, bytes). Longer than `keepMaxBytes`: skipped, its length kept. */
  string(what: string, keepMaxBytes: number, refuseOverBytes?: number): string | GgufSkippedString {
    const length = this.safeU64(`the length of ${what}`);
    if (refuseOverBytes !== undefined && length > refuseOverBytes) {
      refuse(`${this.context}: ${what} is ${groupDigits(length)} bytes long; at most ${groupDigits(refuseOverBytes)} are allowed`);
    }
    if (length > this.remainingLimit()) this.ensure(length); // refuses, or asks for more
    if (length > keepMaxBytes) {
      this.skip(length);
      return { kind: "skipped-string", bytes: length };
    }
    this.ensure(length);
    const text = this.decoder.decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return text;
  }
}

/** A 64-bit integer as a number when it is safe, else the bigint. */
function narrow(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

function valueType(code: number, cursor: Cursor): GgufValueType {
  const type = GGUF_VALUE_TYPES[code];
  if (type === undefined) refuse(`${cursor.context} has value type ${code}, which GGUF does not define (0–12)`);
  return type;
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/** How many array items may still be materialised in this header. */
interface Budget {
  items: number;
}

/** The least bytes one item of `type` occupies: an empty string is 8, an empty array 12. */
function minItemBytes(type: GgufValueType): number {
  return FIXED_BYTES[type] ?? (type === "string" ? 8 : 12);
}

function readValue(cursor: Cursor, type: GgufValueType, depth: number, keep: boolean, budget: Budget): GgufValue {
  if (type === "string") return cursor.string("a string value", keep ? GGUF_STRING_KEEP_MAX_BYTES : 0);
  if (type === "array") return readArray(cursor, depth + 1, keep, budget);
  return cursor.scalar(type);
}

function readArray(cursor: Cursor, depth: number, keep: boolean, budget: Budget): GgufArray {
  if (depth > GGUF_MAX_ARRAY_DEPTH) refuse(`${cursor.context} nests arrays more than ${GGUF_MAX_ARRAY_DEPTH} deep`);
  const itemType = valueType(cursor.u32(), cursor);
  const length = cursor.safeU64("an array length");
  const leastBytes = length * minItemBytes(itemType);
  if (!Number.isSafeInteger(leastBytes) || leastBytes > cursor.remainingLimit()) {
    // Cannot fit in the file (or under the cap) whatever the items hold: refuse, or read more when the
    // prefix is merely short and the file size unknown.
    cursor.ensure(Number.isSafeInteger(leastBytes) ? leastBytes : Number.MAX_SAFE_INTEGER);
  }
  const materialise = keep && length <= GGUF_ARRAY_KEEP_MAX_ITEMS && length <= budget.items;
  const fixed = FIXED_BYTES[itemType];
  if (!materialise && fixed !== undefined) {
    cursor.skip(leastBytes);
    return { kind: "array", itemType, length, items: null };
  }
  if (materialise) budget.items -= length;
  const items: GgufValue[] | null = materialise ? [] : null;
  for (let i = 0; i < length; i++) {
    const item = readValue(cursor, itemType, depth, materialise, budget);
    if (items) items.push(item);
  }
  return { kind: "array", itemType, length, items };
}

// ---------------------------------------------------------------------------------------------
// Header sections
// ---------------------------------------------------------------------------------------------

/** Magic and version; a clear refusal for other formats, GGUF v1 and big-endian files. */
function readPreamble(cursor: Cursor): 2 | 3 {
  cursor.context = "the magic";
  cursor.ensure(4);
  const magic = [cursor.u8(), cursor.u8(), cursor.u8(), cursor.u8()];
  if (String.fromCharCode(...magic) !== "GGUF") {
    const hex = magic.map((b) => b.toString(16).padStart(2, "0")).join(" ");
    refuse(`not a GGUF file: it starts with bytes ${hex}, not "GGUF" (47 47 55 46)`);
  }
  cursor.context = "the version";
  const version = cursor.u32();
  if (version === 2 || version === 3) return version;
  if (version === 1) refuse("GGUF version 1 is not supported (llama.cpp no longer reads it either); convert the model again");
  // A big-endian file (GGUF v3 allows them) reads as 0x03000000 on a little-endian reader, as ggml detects it.
  const swapped = ((version & 0xff) << 24) | ((version & 0xff00) << 8) | ((version >>> 8) & 0xff00) | (version >>> 24);
  if ((version & 0xffff) === 0 && (swapped === 2 || swapped === 3)) {
    refuse(`this GGUF file is big-endian (version ${swapped} written big-endian); only little-endian GGUF files are supported`);
  }
  refuse(`GGUF version ${version} is not supported; versions 2 and 3 are`);
}

/** The two counts, checked against the least bytes they need before anything loops over them. */
function readCounts(cursor: Cursor): { tensorCount: number; kvCount: number } {
  cursor.context = "the tensor count";
  const tensorCount = cursor.safeU64("the tensor count");
  cursor.context = "the key/value count";
  const kvCount = cursor.safeU64("the key/value count");
  // A key/value is at least 8 + 1 + 4 + 1 bytes; a tensor info at least 8 + 1 + 4 + 4 + 8.
  const leastBytes = kvCount * 14 + tensorCount * 25;
  if (!Number.isSafeInteger(leastBytes) || leastBytes > cursor.remainingLimit()) {
    refuse(
      `the header declares ${groupDigits(kvCount)} key/values and ${groupDigits(tensorCount)} tensors, ` +
        `which cannot fit in ${cursor.limitName()}`,
    );
  }
  return { tensorCount, kvCount };
}

function readMetadata(cursor: Cursor, kvCount: number): Map<string, GgufValue> {
  const metadata = new Map<string, GgufValue>();
  const budget: Budget = { items: ARRAY_KEEP_BUDGET_ITEMS };
  for (let i = 0; i < kvCount; i++) {
    cursor.context = `key/value ${i}`;
    const key = cursor.string("the key", KEY_MAX_BYTES, KEY_MAX_BYTES);
    if (typeof key !== "string") refuse(`${cursor.context}: the key could not be read`);
    if (key.length === 0) refuse(`${cursor.context} has an empty key`);
    cursor.context = `key/value ${i} (${quote(key, 60)})`;
    if (metadata.has(key)) refuse(`${cursor.context} repeats a key written before`);
    const type = valueType(cursor.u32(), cursor);
    metadata.set(key, readValue(cursor, type, 0, true, budget));
  }
  return metadata;
}

/** `general.alignment`: a u32 power of two (ggml's rule), 32 when absent. */
function alignmentOf(metadata: Map<string, GgufValue>): number {
  if (!metadata.has("general.alignment")) return DEFAULT_ALIGNMENT_BYTES;
  const value = metadata.get("general.alignment");
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0 || value > 0xffffffff || (value & (value - 1)) !== 0) {
    refuse(`general.alignment must be a power of two, but it is ${describe(value)}`);
  }
  return value;
}

function describe(value: GgufValue | undefined): string {
  if (value === undefined) return "missing";
  if (typeof value === "string") return quote(value, 40);
  if (typeof value === "object") return value.kind === "array" ? `an array of ${groupDigits(value.length)} items` : "a long string";
  return String(value);
}

/** Product of the dimensions, refused when it is not a safe integer (a crafted header claiming absurd shapes). */
function elementCount(dims: readonly number[], cursor: Cursor): number {
  let product = 1n;
  for (const d of dims) product *= BigInt(d);
  if (product > BigInt(Number.MAX_SAFE_INTEGER)) {
    refuse(`${cursor.context} has dimensions [${dims.join(", ")}], whose product is beyond any real tensor`);
  }
  return Number(product);
}

function readTensorInfo(cursor: Cursor, alignmentBytes: number, warnings: string[]): GgufTensorInfo {
  const name = cursor.string("the tensor name", TENSOR_NAME_MAX_BYTES, TENSOR_NAME_MAX_BYTES);
  if (typeof name !== "string" || name.length === 0) refuse(`${cursor.context} has an empty name`);
  cursor.context = `${cursor.context} (${quote(name, 60)})`;
  const nDims = cursor.u32();
  if (nDims > GGUF_MAX_DIMS) refuse(`${cursor.context} has ${nDims} dimensions; ggml allows at most ${GGUF_MAX_DIMS}`);
  const dims: number[] = [];
  for (let d = 0; d < nDims; d++) dims.push(cursor.safeU64(`dimension ${d}`));
  const elements = elementCount(dims, cursor);
  const typeId = cursor.u32();
  const offsetBytes = cursor.safeU64("the data offset");
  if (offsetBytes % alignmentBytes !== 0) {
    refuse(`${cursor.context} starts at data offset ${groupDigits(offsetBytes)}, not a multiple of the alignment ${alignmentBytes}`);
  }
  const known = ggmlType(typeId);
  if (!known) {
    warnings.push(`${cursor.context} has ggml type ${typeId}, which this reader does not know; its bytes are not counted`);
    return { name, dims, typeId, typeName: `type ${typeId}`, offsetBytes, elements, bytes: null };
  }
  const rowElements = dims[0] ?? 1;
  if (rowElements % known.blockElements !== 0) {
    refuse(`${cursor.context} is ${known.name} with rows of ${rowElements} elements, not a multiple of its block of ${known.blockElements}`);
  }
  const bytes = tensorBytes(known, elements);
  if (bytes === undefined) refuse(`${cursor.context} would occupy more bytes than any real tensor`);
  if (known.removed) warnings.push(`${cursor.context} is ${known.name}, a type current llama.cpp no longer loads`);
  return { name, dims, typeId, typeName: known.name, offsetBytes, elements, bytes };
}

function readTensorInfos(cursor: Cursor, tensorCount: number, alignmentBytes: number, warnings: string[]): GgufTensorInfo[] {
  const tensors: GgufTensorInfo[] = [];
  const names = new Set<string>();
  for (let i = 0; i < tensorCount; i++) {
    cursor.context = `tensor info ${i}`;
    const info = readTensorInfo(cursor, alignmentBytes, warnings);
    if (names.has(info.name)) refuse(`${cursor.context} repeats a tensor name written before`);
    names.add(info.name);
    tensors.push(info);
  }
  return tensors;
}

function alignUp(offset: number, alignment: number): number {
  return Math.ceil(offset / alignment) * alignment;
}

/**
 * The tensors must not overlap and must lie inside the file (when its size is known). ggml also requires
 * them in file order, each at the previous one's padded end; a file that is not is read with a warning.
 */
function checkDataLayout(tensors: GgufTensorInfo[], headerBytes: number, alignmentBytes: number, fileSizeBytes: number | undefined, warnings: string[]): number {
  let total = 0;
  let expected = 0;
  let contiguous = true;
  const ordered = [...tensors].sort((a, b) => a.offsetBytes - b.offsetBytes);
  let previousEnd = 0;
  let previousName = "";
  for (const t of ordered) {
    if (t.bytes === null) continue;
    if (t.offsetBytes < previousEnd) {
      refuse(`tensor ${quote(t.name, 60)} overlaps tensor ${quote(previousName, 60)} in the data section`);
    }
    const end = t.offsetBytes + t.bytes;
    if (fileSizeBytes !== undefined && headerBytes + end > fileSizeBytes) {
      refuse(
        `tensor ${quote(t.name, 60)} ends at byte ${groupDigits(headerBytes + end)}, past the end of the file ` +
          `(${groupDigits(fileSizeBytes)} bytes): the file is truncated or its header is corrupt`,
      );
    }
    if (t.offsetBytes !== expected) contiguous = false;
    expected = alignUp(end, alignmentBytes);
    previousEnd = end;
    previousName = t.name;
    total += t.bytes;
  }
  const inOrder = tensors.every((t, i) => i === 0 || t.offsetBytes >= (tensors[i - 1]?.offsetBytes ?? 0));
  if (!contiguous || !inOrder) warnings.push("the tensor data is not laid out one tensor after another as ggml writes it");
  return total;
}

/**
 * Parse a GGUF header from a prefix of the file. Returns the header; or, when the prefix ends before the
 * header does, `needBytes`: a prefix length to read next (at least what the parse reached, at least twice
 * the current prefix, never past the file size or GGUF_HEADER_MAX_BYTES); or a refusal. Never throws.
 */
export function parseGgufHeader(bytes: Uint8Array, options: GgufParseOptions = {}): GgufParseResult {
  const fileSizeBytes = validFileSize(options.fileSizeBytes);
  const prefix = fileSizeBytes !== undefined && bytes.length > fileSizeBytes ? bytes.subarray(0, fileSizeBytes) : bytes;
  const cursor = new Cursor(prefix, fileSizeBytes);
  try {
    return { ok: true, header: readHeader(cursor, fileSizeBytes) };
  } catch (signal) {
    if (signal instanceof NeedMore) {
      const ceiling = Math.min(fileSizeBytes ?? GGUF_HEADER_MAX_BYTES, GGUF_HEADER_MAX_BYTES);
      const needBytes = Math.min(ceiling, Math.max(signal.endBytes, prefix.length * 2));
      return {
        ok: false,
        needBytes,
        message: `the GGUF header continues past the ${groupDigits(prefix.length)} bytes read (${cursor.context}); read ${groupDigits(needBytes)} bytes`,
      };
    }
    if (signal instanceof Refusal) return { ok: false, message: `GGUF header: ${signal.message}` };
    return { ok: false, message: `GGUF header could not be read (${signal instanceof Error ? signal.name : "unexpected error"})` };
  }
}

function validFileSize(size: number | undefined): number | undefined {
  return size !== undefined && Number.isSafeInteger(size) && size >= 0 ? size : undefined;
}

function readHeader(cursor: Cursor, fileSizeBytes: number | undefined): GgufHeader {
  const version = readPreamble(cursor);
  const { tensorCount, kvCount } = readCounts(cursor);
  const metadata = readMetadata(cursor, kvCount);
  const alignmentBytes = alignmentOf(metadata);
  const warnings: string[] = [];
  const tensors = readTensorInfos(cursor, tensorCount, alignmentBytes, warnings);
  const headerBytes = tensorCount > 0 ? alignUp(cursor.offset, alignmentBytes) : cursor.offset;
  if (fileSizeBytes !== undefined && headerBytes > fileSizeBytes) {
    refuse(`the header's padding ends at byte ${groupDigits(headerBytes)}, past the end of the file (${groupDigits(fileSizeBytes)} bytes)`);
  }
  const tensorDataBytes = checkDataLayout(tensors, headerBytes, alignmentBytes, fileSizeBytes, warnings);
  const header: GgufHeader = { version, metadata, tensors, alignmentBytes, headerBytes, tensorDataBytes, warnings };
  if (fileSizeBytes !== undefined) header.fileSizeBytes = fileSizeBytes;
  return header;
}

// =============================================================================================
// Facts: what the header says about the model
// =============================================================================================

/** A count the header writes once, or once per layer (`head_count_kv` of models with varying layers). */
export type PerLayer = number | number[];

/**
 * What a GGUF header says about its model, as plain data. Dimension keys are read under
 * `{architecture}.`; tensors are summed by ggml type. Tensors that are no parameters of the language model
 * (rotary tables, a bundled vision tower, multi-token-prediction layers) are set apart, as
 * docs/physics.md#checkpoint-bytes-and-parameters counts them for safetensors.
 */
export interface GgufFacts {
  /** `general.architecture`: `llama`, `qwen3moe`, `gpt-oss`…; null when absent. */
  architecture: string | null;
  /** `general.name`. */
  name: string | null;
  /** `general.file_type` and its llama.cpp name (`MOSTLY_Q4_K_M`) and quantization (`Q4_K_M`). */
  fileType: number | null;
  fileTypeName: string | null;
  quantization: string | null;
  /** `general.quantization_version`. */
  quantizationVersion: number | null;

  blockCount: number | null;
  embeddingLength: number | null;
  feedForwardLength: PerLayer | null;
  headCount: PerLayer | null;
  headCountKv: PerLayer | null;
  keyLength: number | null;
  valueLength: number | null;
  /** DeepSeek's per-head query/key and value widths, written since llama.cpp stores MLA in absorbed form. */
  keyLengthMla: number | null;
  valueLengthMla: number | null;
  qLoraRank: number | null;
  kvLoraRank: number | null;
  ropeDimensionCount: number | null;
  slidingWindowTokens: number | null;
  /** `{arch}.attention.sliding_window_pattern`: a period (every Nth layer global) or one flag per layer (true = windowed). */
  slidingWindowPattern: number | boolean[] | null;
  contextLengthTokens: number | null;
  expertCount: number | null;
  expertUsedCount: number | null;
  expertFeedForwardLength: number | null;
  expertSharedCount: number | null;
  expertSharedFeedForwardLength: number | null;
  leadingDenseBlockCount: number | null;
  nextnPredictLayers: number | null;

  /** Rows of the token embedding as stored; else the tokenizer's token count; else `{arch}.vocab_size`. */
  vocabSize: number | null;
  vocabSource: "token_embd.weight" | "tokenizer.ggml.tokens" | "vocab_size" | null;

  /** Every tensor of the file. */
  tensorCount: number;
  tensorElements: number;
  fileBytes: number;
  fileBytesByType: Record<string, number>;
  /** The language model's tensors: the file's minus `setApart`. Elements are parameters (GGUF stores no packing). */
  paramsTotal: number;
  paramsByType: Record<string, number>;
  weightsBytes: number;
  bytesByType: Record<string, number>;
  /** Parameters of a vision or audio tower bundled in the file (Ollama's gemma3 files carry `v.*` and `mm.*`). */
  towerParams: number;
  setApart: TensorGroup[];
  /** Every tensor's dimensions by name, for the mapping to see what the model has (biases, norms, an output head). */
  tensorDims: Map<string, number[]>;
  warnings: string[];
}

/** An integer scalar, or undefined. */
function intValue(value: GgufValue | undefined): number | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  return undefined;
}

/** An integer scalar, or an array of integers (one per layer), or undefined. */
function perLayerValue(value: GgufValue | undefined): PerLayer | undefined {
  const scalar = intValue(value);
  if (scalar !== undefined) return scalar;
  if (typeof value !== "object" || value === null || value.kind !== "array" || !value.items) return undefined;
  const items = value.items.map(intValue);
  return items.every((i): i is number => i !== undefined) ? items : undefined;
}

function stringValue(value: GgufValue | undefined): string | null {
  return typeof value === "string" ? value : null;
}

/** A period, or one boolean per layer. */
function patternValue(value: GgufValue | undefined): number | boolean[] | null {
  const period = intValue(value);
  if (period !== undefined) return period;
  if (typeof value === "object" && value !== null && value.kind === "array" && value.items) {
    const flags = value.items;
    if (flags.every((f): f is boolean => typeof f === "boolean")) return flags;
  }
  return null;
}

/** Tensors that hold no parameter of the language model, and why. */
function setApartReason(name: string, firstMtpLayer: number | null, tensorDims: Map<string, number[]>): string | null {
  if (/^(v|mm|a)\./.test(name)) return "vision or audio tower";
  if (/^(rope_freqs|rope_factors_long|rope_factors_short)\.weight$/.test(name) || /\.attn_rot_embd\b/.test(name)) {
    return "rotary tables";
  }
  const layer = /^blk\.(\d+)\./.exec(name);
  if (layer && firstMtpLayer !== null && Number(layer[1]) >= firstMtpLayer) return "multi-token prediction layers";
  // llama.cpp's DeepSeek conversion may write attn_kv_b and also its split halves attn_k_b / attn_v_b.
  const split = /^blk\.(\d+)\.attn_[kv]_b\.weight$/.exec(name);
  if (split && tensorDims.has(`blk.${split[1]}.attn_kv_b.weight`)) return "attn_kv_b split again into attn_k_b and attn_v_b";
  return null;
}

function add(record: Record<string, number>, key: string, amount: number): void {
  record[key] = (record[key] ?? 0) + amount;
}

/** Sum the tensors: the file's, the language model's, and the groups set apart. */
function sumTensors(header: GgufHeader, firstMtpLayer: number | null, facts: GgufFacts): void {
  const groups = new Map<string, TensorGroup>();
  for (const t of header.tensors) {
    const bytes = t.bytes ?? 0;
    facts.tensorElements += t.elements;
    facts.fileBytes += bytes;
    add(facts.fileBytesByType, t.typeName, bytes);
    const reason = setApartReason(t.name, firstMtpLayer, facts.tensorDims);
    if (reason) {
      const group = groups.get(reason) ?? { reason, tensors: 0, bytes: 0, params: 0 };
      group.tensors += 1;
      group.bytes += bytes;
      group.params += t.elements;
      groups.set(reason, group);
      if (reason === "vision or audio tower") facts.towerParams += t.elements;
      continue;
    }
    facts.paramsTotal += t.elements;
    facts.weightsBytes += bytes;
    add(facts.paramsByType, t.typeName, t.elements);
    add(facts.bytesByType, t.typeName, bytes);
  }
  facts.setApart = [...groups.values()];
}

/** The vocabulary: the embedding rows as stored win; the tokenizer's count and `vocab_size` are fallbacks. */
function vocabOf(header: GgufHeader, arch: string, facts: GgufFacts): void {
  const embedding = header.tensors.find((t) => t.name === "token_embd.weight");
  const tokens = header.metadata.get("tokenizer.ggml.tokens");
  const tokenCount = typeof tokens === "object" && tokens !== null && tokens.kind === "array" ? tokens.length : undefined;
  const declared = intValue(header.metadata.get(`${arch}.vocab_size`));
  if (embedding && embedding.dims.length === 2) {
    facts.vocabSize = embedding.dims[1] ?? null;
    facts.vocabSource = "token_embd.weight";
    if (tokenCount !== undefined && tokenCount !== facts.vocabSize) {
      facts.warnings.push(`token_embd.weight has ${groupDigits(facts.vocabSize ?? 0)} rows but the tokenizer lists ${groupDigits(tokenCount)} tokens; the rows are counted`);
    }
  } else if (tokenCount !== undefined) {
    facts.vocabSize = tokenCount;
    facts.vocabSource = "tokenizer.ggml.tokens";
  } else if (declared !== undefined) {
    facts.vocabSize = declared;
    facts.vocabSource = "vocab_size";
  }
}

/** Read the facts of a parsed header. Pure; never throws. */
export function ggufFacts(header: GgufHeader): GgufFacts {
  const meta = header.metadata;
  const architecture = stringValue(meta.get("general.architecture"));
  const arch = architecture ?? "";
  const key = (k: string): GgufValue | undefined => (architecture === null ? undefined : meta.get(`${arch}.${k}`));
  const int = (k: string): number | null => intValue(key(k)) ?? null;
  const fileType = intValue(meta.get("general.file_type")) ?? null;
  const facts: GgufFacts = {
    architecture,
    name: stringValue(meta.get("general.name")),
    fileType,
    fileTypeName: fileType === null ? null : (fileTypeName(fileType) ?? null),
    quantization: fileType === null ? null : (quantizationOfFileType(fileType) ?? null),
    quantizationVersion: intValue(meta.get("general.quantization_version")) ?? null,
    blockCount: int("block_count"),
    embeddingLength: int("embedding_length"),
    feedForwardLength: perLayerValue(key("feed_forward_length")) ?? null,
    headCount: perLayerValue(key("attention.head_count")) ?? null,
    headCountKv: perLayerValue(key("attention.head_count_kv")) ?? null,
    keyLength: int("attention.key_length"),
    valueLength: int("attention.value_length"),
    keyLengthMla: int("attention.key_length_mla"),
    valueLengthMla: int("attention.value_length_mla"),
    qLoraRank: int("attention.q_lora_rank"),
    kvLoraRank: int("attention.kv_lora_rank"),
    ropeDimensionCount: int("rope.dimension_count"),
    slidingWindowTokens: int("attention.sliding_window"),
    slidingWindowPattern: patternValue(key("attention.sliding_window_pattern")),
    contextLengthTokens: int("context_length"),
    expertCount: int("expert_count"),
    expertUsedCount: int("expert_used_count"),
    expertFeedForwardLength: int("expert_feed_forward_length"),
    expertSharedCount: int("expert_shared_count"),
    expertSharedFeedForwardLength: int("expert_shared_feed_forward_length"),
    leadingDenseBlockCount: int("leading_dense_block_count"),
    nextnPredictLayers: int("nextn_predict_layers"),
    vocabSize: null,
    vocabSource: null,
    tensorCount: header.tensors.length,
    tensorElements: 0,
    fileBytes: 0,
    fileBytesByType: {},
    paramsTotal: 0,
    paramsByType: {},
    weightsBytes: 0,
    bytesByType: {},
    towerParams: 0,
    setApart: [],
    tensorDims: new Map(header.tensors.map((t) => [t.name, t.dims])),
    warnings: [...header.warnings],
  };
  vocabOf(header, arch, facts);
  const nextn = facts.nextnPredictLayers ?? 0;
  const firstMtpLayer = nextn > 0 && facts.blockCount !== null && facts.blockCount > nextn ? facts.blockCount - nextn : null;
  sumTensors(header, firstMtpLayer, facts);
  return facts;
}

// =============================================================================================
// Architecture: the facts as the estimate's `Architecture`
// =============================================================================================

/** `general.architecture` values this mapping understands (llama.cpp's names, gguf-py MODEL_ARCH_NAMES). */
export const GGUF_SUPPORTED_ARCHITECTURES: readonly string[] = Object.freeze([
  "llama", // Llama, and Mistral / Mixtral, which llama.cpp converts as llama
  "mistral3",
  "qwen2",
  "qwen2moe",
  "qwen3",
  "qwen3moe",
  "gemma2",
  "gemma3",
  "phi3",
  "deepseek2",
  "gpt-oss",
  "command-r",
]);

export type GgufArchitectureResult =
  | { ok: true; architecture: Architecture; maxContextTokens: number; warnings: string[] }
  | { ok: false; message: string };

/** Why the facts cannot be mapped; caught at the entry point. */
class MappingFailure {
  constructor(readonly message: string) {}
}

/** Typed access to the facts, with failures that name the GGUF key. */
class FactReader {
  constructor(readonly facts: GgufFacts, readonly arch: string) {}

  fail(key: string, problem: string): never {
    throw new MappingFailure(`GGUF key ${quote(`${this.arch}.${key}`)} ${problem} (architecture ${quote(this.arch)})`);
  }

  /** A required positive integer. */
  int(value: number | null, key: string): number {
    if (value === null) this.fail(key, "is missing");
    if (value <= 0) this.fail(key, `must be positive, but it is ${value}`);
    return value;
  }

  /** A count written once or once per layer, which must then be the same on every layer. */
  uniform(value: PerLayer | null, key: string): number | null {
    if (value === null || typeof value === "number") return value;
    const first = value[0];
    if (first === undefined || value.some((v) => v !== first)) {
      this.fail(key, `differs between layers (${value.slice(0, 8).join(", ")}${value.length > 8 ? ", …" : ""}); layers of different shapes are not supported`);
    }
    return first;
  }

  has(tensor: string): boolean {
    return this.facts.tensorDims.has(tensor);
  }

  elementsOf(tensor: string): number | undefined {
    const dims = this.facts.tensorDims.get(tensor);
    return dims?.reduce((a, b) => a * b, 1);
  }
}

interface Dims {
  hiddenSize: number;
  numLayers: number;
  vocabSize: number;
  maxContextTokens: number;
}

function readDims(r: FactReader): Dims {
  const f = r.facts;
  const blockCount = r.int(f.blockCount, "block_count");
  const nextn = f.nextnPredictLayers ?? 0;
  if (f.vocabSize === null) {
    throw new MappingFailure(`the GGUF header has no token_embd.weight, tokenizer.ggml.tokens or ${f.architecture}.vocab_size, so the vocabulary size is unknown`);
  }
  return {
    hiddenSize: r.int(f.embeddingLength, "embedding_length"),
    // Multi-token-prediction layers are counted in block_count but set apart (ggufFacts).
    numLayers: nextn > 0 && nextn < blockCount ? blockCount - nextn : blockCount,
    vocabSize: f.vocabSize,
    maxContextTokens: r.int(f.contextLengthTokens, "context_length"),
  };
}

/** Grouped-query attention from the head keys, with biases, norms and sinks as the tensors show them. */
function standardAttention(r: FactReader, hiddenSize: number): StandardAttention {
  const f = r.facts;
  const numHeads = r.int(r.uniform(f.headCount, "attention.head_count"), "attention.head_count");
  const numKvHeads = r.uniform(f.headCountKv, "attention.head_count_kv") ?? numHeads;
  if (numKvHeads <= 0 || numKvHeads > numHeads || numHeads % numKvHeads !== 0) {
    r.fail("attention.head_count_kv", `is ${numKvHeads}, which does not divide attention.head_count ${numHeads}`);
  }
  let headDim = f.keyLength;
  if (headDim === null) {
    if (hiddenSize % numHeads !== 0) r.fail("attention.key_length", `is missing and embedding_length ${hiddenSize} is not divisible by head_count ${numHeads}`);
    headDim = hiddenSize / numHeads;
  }
  if (f.valueLength !== null && f.valueLength !== headDim) {
    r.fail("attention.value_length", `is ${f.valueLength} but key_length is ${headDim}; keys and values of different widths are not supported`);
  }
  const attention: StandardAttention = { kind: "standard", numHeads, numKvHeads, headDim };
  if (r.has("blk.0.attn_q.bias") || r.has("blk.0.attn_qkv.bias")) attention.qkvBias = true;
  if (r.has("blk.0.attn_output.bias")) attention.outputBias = true;
  if (r.has("blk.0.attn_q_norm.weight")) {
    const width = r.elementsOf("blk.0.attn_q_norm.weight");
    if (width !== headDim) {
      throw new MappingFailure(`blk.0.attn_q_norm.weight has ${width} weights, not one head's ${headDim}: per-head query/key norms (Command R+) are not supported`);
    }
    attention.qkNorm = true;
  }
  if (r.has("blk.0.attn_sinks.weight")) attention.sinks = true;
  return attention;
}

function mlp(intermediateSize: number, bias = false): Mlp {
  return bias ? { gated: true, intermediateSize, bias: true } : { gated: true, intermediateSize };
}

/** The dense MLP of every layer: `feed_forward_length`, with a bias when the tensors carry one. */
function denseMlp(r: FactReader): Mlp {
  const size = r.int(r.uniform(r.facts.feedForwardLength, "feed_forward_length"), "feed_forward_length");
  return mlp(size, r.has("blk.0.ffn_up.bias"));
}

/** The routed experts every layer from `firstDense` on carries; the layout must be exactly that. */
function routedExperts(r: FactReader, numLayers: number, firstDense: number): Pick<MixtureOfExperts, "numExperts" | "topK"> {
  const f = r.facts;
  const numExperts = r.int(f.expertCount, "expert_count");
  const topK = r.int(f.expertUsedCount, "expert_used_count");
  if (topK > numExperts) r.fail("expert_used_count", `is ${topK}, more than the ${numExperts} experts there are`);
  for (let i = 0; i < numLayers; i++) {
    const routed = r.has(`blk.${i}.ffn_gate_inp.weight`);
    if (routed !== i >= firstDense) {
      throw new MappingFailure(
        `layer ${i} ${routed ? "has" : "has no"} expert router (blk.${i}.ffn_gate_inp.weight); only models whose layers from ${firstDense} on are all MoE are supported`,
      );
    }
  }
  return { numExperts, topK };
}

function expertSize(r: FactReader): number {
  const f = r.facts;
  return f.expertFeedForwardLength ?? r.int(r.uniform(f.feedForwardLength, "feed_forward_length"), "expert_feed_forward_length");
}

/** What every mapped architecture has. The output head is tied when the file has no `output.weight`. */
function base(r: FactReader, d: Dims, attention: Architecture["attention"], normsPerLayer = 2): Architecture {
  return {
    hiddenSize: d.hiddenSize,
    numLayers: d.numLayers,
    vocabSize: d.vocabSize,
    tieWordEmbeddings: !r.has("output.weight"),
    attention,
    norm: "rmsnorm",
    normsPerLayer,
  };
}

type WindowLayout = "every-layer" | { globalEvery: number } | "gemma3";

/** The sliding window, or undefined when there is none or it is no shorter than the context. */
function slidingWindow(r: FactReader, d: Dims, layout: WindowLayout): SlidingWindow | undefined {
  const windowTokens = r.facts.slidingWindowTokens;
  if (windowTokens === null || windowTokens <= 0 || windowTokens >= d.maxContextTokens) return undefined;
  if (layout === "every-layer") return { windowTokens };
  if (layout !== "gemma3") return { windowTokens, globalEvery: layout.globalEvery };
  // Gemma 3: llama.cpp uses a period of 6 (five windowed layers, then a global one) unless the file says otherwise.
  const pattern = r.facts.slidingWindowPattern;
  if (Array.isArray(pattern)) {
    if (pattern.length !== d.numLayers) r.fail("attention.sliding_window_pattern", `has ${pattern.length} entries for ${d.numLayers} layers`);
    return { windowTokens, layerTypes: pattern.map((windowed) => (windowed ? "sliding" : "full")) };
  }
  const globalEvery = pattern ?? 6;
  return globalEvery <= 1 ? undefined : { windowTokens, globalEvery };
}

function finish(arch: Architecture, window: SlidingWindow | undefined): Architecture {
  if (window) arch.slidingWindow = window;
  return arch;
}

/** Llama (Mistral too), Qwen 2/3, Phi-3: dense, or with experts on every layer (Mixtral, Qwen-MoE). */
function mapStandard(r: FactReader, options: { layout?: WindowLayout; sharedExpert?: boolean } = {}): Architecture {
  const d = readDims(r);
  const arch = base(r, d, standardAttention(r, d.hiddenSize));
  if ((r.facts.expertCount ?? 0) > 0) {
    const moe: MixtureOfExperts = { ...routedExperts(r, d.numLayers, 0), expert: mlp(expertSize(r), r.has("blk.0.ffn_up_exps.bias")) };
    if (options.sharedExpert) {
      const size = r.int(r.facts.expertSharedFeedForwardLength, "expert_shared_feed_forward_length");
      moe.shared = { count: 1, mlp: mlp(size) };
      if (r.has("blk.0.ffn_gate_inp_shexp.weight")) moe.shared.gate = true;
    }
    if (r.has("blk.0.ffn_gate_inp.bias") || r.has("blk.0.exp_probs_b.bias")) moe.routerBias = true;
    arch.moe = moe;
  } else {
    arch.mlp = denseMlp(r);
  }
  return finish(arch, options.layout ? slidingWindow(r, d, options.layout) : undefined);
}

/** Gemma 2 and 3: norms before and after attention and MLP, tied head, alternating windows. */
function mapGemma(r: FactReader, layout: WindowLayout): Architecture {
  const d = readDims(r);
  const arch = base(r, d, standardAttention(r, d.hiddenSize), 4);
  arch.mlp = denseMlp(r);
  return finish(arch, slidingWindow(r, d, layout));
}

/** gpt-oss: experts with biases, a biased router, attention sinks, every other layer windowed. */
function mapGptOss(r: FactReader): Architecture {
  const d = readDims(r);
  const arch = base(r, d, standardAttention(r, d.hiddenSize));
  const moe: MixtureOfExperts = { ...routedExperts(r, d.numLayers, 0), expert: mlp(expertSize(r), r.has("blk.0.ffn_up_exps.bias")) };
  if (r.has("blk.0.ffn_gate_inp.bias")) moe.routerBias = true;
  arch.moe = moe;
  return finish(arch, slidingWindow(r, d, { globalEvery: 2 }));
}

/**
 * Command R: one norm per layer before the parallel attention and MLP, a tied head. Its LayerNorm carries
 * no bias, so each norm holds one weight vector, as `rmsnorm` counts it.
 */
function mapCommandR(r: FactReader): Architecture {
  const d = readDims(r);
  const arch = base(r, d, standardAttention(r, d.hiddenSize), 1);
  arch.mlp = denseMlp(r);
  return arch;
}

/** DeepSeek-V2/V3: latent attention, dense first layers, shared and routed experts. */
function mapDeepseek2(r: FactReader): Architecture {
  const f = r.facts;
  const d = readDims(r);
  const ropeDim = r.int(f.ropeDimensionCount, "rope.dimension_count");
  // Since llama.cpp stores MLA absorbed, key_length is kv_lora_rank + rope and the per-head widths are *_mla.
  const qkHeadDim = f.keyLengthMla ?? r.int(f.keyLength, "attention.key_length");
  const vHeadDim = f.valueLengthMla ?? r.int(f.valueLength, "attention.value_length");
  if (qkHeadDim <= ropeDim) r.fail("attention.key_length", `is ${qkHeadDim}, not more than rope.dimension_count ${ropeDim}`);
  const attention: LatentAttention = {
    kind: "mla",
    numHeads: r.int(r.uniform(f.headCount, "attention.head_count"), "attention.head_count"),
    // DeepSeek-V2-Lite projects queries directly: attn_q instead of attn_q_a / attn_q_b.
    qLoraRank: r.has("blk.0.attn_q_a.weight") ? r.int(f.qLoraRank, "attention.q_lora_rank") : null,
    kvLoraRank: r.int(f.kvLoraRank, "attention.kv_lora_rank"),
    qkNopeHeadDim: qkHeadDim - ropeDim,
    qkRopeHeadDim: ropeDim,
    vHeadDim,
  };
  const firstDense = f.leadingDenseBlockCount ?? 0;
  if (firstDense > d.numLayers) r.fail("leading_dense_block_count", `is ${firstDense}, more than the ${d.numLayers} layers`);
  const size = r.int(f.expertFeedForwardLength, "expert_feed_forward_length");
  const moe: MixtureOfExperts = { ...routedExperts(r, d.numLayers, firstDense), expert: mlp(size) };
  const shared = f.expertSharedCount ?? 0;
  if (shared > 0) moe.shared = { count: shared, mlp: mlp(size) };
  if (firstDense > 0) moe.firstDenseLayers = firstDense;
  if (r.has(`blk.${firstDense}.exp_probs_b.bias`)) moe.routerBias = true;
  const arch = base(r, d, attention);
  if (firstDense > 0) arch.mlp = denseMlp(r);
  arch.moe = moe;
  return arch;
}

const GGUF_MAPPERS: ReadonlyMap<string, (r: FactReader) => Architecture> = new Map<string, (r: FactReader) => Architecture>([
  // llama.cpp's llama arch carries no sliding window; a file that writes one (Mistral-7B-v0.1) windows every layer.
  ["llama", (r) => mapStandard(r, { layout: "every-layer" })],
  ["mistral3", (r) => mapStandard(r, { layout: "every-layer" })],
  ["qwen2", (r) => mapStandard(r)],
  ["qwen2moe", (r) => mapStandard(r, { sharedExpert: true })],
  ["qwen3", (r) => mapStandard(r)],
  ["qwen3moe", (r) => mapStandard(r)],
  // Phi-3 4k models window every layer (2047); the 128k ones write a window that never binds.
  ["phi3", (r) => mapStandard(r, { layout: "every-layer" })],
  ["gemma2", (r) => mapGemma(r, { globalEvery: 2 })],
  ["gemma3", (r) => mapGemma(r, "gemma3")],
  ["gpt-oss", mapGptOss],
  ["command-r", mapCommandR],
  ["deepseek2", mapDeepseek2],
]);

/**
 * Map GGUF facts to the `Architecture` the estimate takes, and the context the model was trained for
 * (`{arch}.context_length`). Pure; never throws. The mapped architecture's parameter count is checked
 * against the tensors' (a warning when they disagree: the tensors are exact, the mapping a model of them).
 */
export function architectureFromGguf(facts: GgufFacts): GgufArchitectureResult {
  const arch = facts.architecture;
  if (arch === null) return { ok: false, message: "the GGUF header has no general.architecture, so the model's architecture is unknown" };
  const mapper = GGUF_MAPPERS.get(arch);
  if (!mapper) {
    return { ok: false, message: `GGUF architecture ${quote(arch)} is not supported; supported: ${GGUF_SUPPORTED_ARCHITECTURES.join(", ")}` };
  }
  try {
    const r = new FactReader(facts, arch);
    const architecture = mapper(r);
    const maxContextTokens = readDims(r).maxContextTokens;
    return { ok: true, architecture, maxContextTokens, warnings: paramsCheck(architecture, facts) };
  } catch (err) {
    if (err instanceof MappingFailure) return { ok: false, message: err.message };
    return { ok: false, message: `GGUF architecture ${quote(arch)} could not be mapped (${err instanceof Error ? err.message : "unexpected error"})` };
  }
}

function paramsCheck(architecture: Architecture, facts: GgufFacts): string[] {
  const counted = countParams(architecture).paramsTotal;
  if (counted === facts.paramsTotal) return [];
  return [
    `the mapped architecture counts ${groupDigits(counted)} parameters but the tensors hold ${groupDigits(facts.paramsTotal)}; ` +
      "the tensors' count is the exact one",
  ];
}
