import { groupDigits, quote } from "../base/text.js";
import type { SafetensorsHeader, TensorInfo } from "./types.js";

/**
 * The safetensors header, read from its bytes and validated as strictly as the official readers
 * (Rust `safetensors`, Python `safe_open`): an 8-byte little-endian length N, then N bytes of UTF-8
 * JSON mapping each tensor name to `{dtype, shape, data_offsets}` (plus an optional
 * `__metadata__` of strings), then the tensors' bytes, contiguous, filling the rest of the file.
 * A header comes from anyone's repository, so nothing here trusts it: every number is checked to
 * be a safe integer, every message quotes at most a short name, nothing throws, and tensor names
 * (`__proto__`, `constructor`) only ever land in arrays and Maps.
 * The counting rules: docs/physics.md#checkpoint-bytes-and-parameters.
 */

/** Bytes the JSON header may hold at most: the cap of both official clients (`safetensors` and huggingface.js). */
export const SAFETENSORS_MAX_HEADER_BYTES = 25_000_000;

/** Tensors one header may name at most; DeepSeek-V3's largest shard holds under 10,000. */
export const SAFETENSORS_MAX_TENSORS = 2_000_000;

/** Characters a tensor name may have at most; real names stay under 200. */
export const SAFETENSORS_MAX_NAME_CHARS = 1_024;

/** Dimensions a shape may have at most. */
export const SAFETENSORS_MAX_DIMS = 8;

/** Disagreements between a tensor's offsets and its shape reported one by one; the rest are counted. */
const MAX_LISTED_WARNINGS = 5;

/** Characters a dtype name may have at most. */
const MAX_DTYPE_CHARS = 32;

/** Bits per element of every dtype the safetensors format defines. */
const DTYPE_BITS: ReadonlyMap<string, number> = new Map([
  ["F64", 64],
  ["I64", 64],
  ["U64", 64],
  ["F32", 32],
  ["I32", 32],
  ["U32", 32],
  ["BF16", 16],
  ["F16", 16],
  ["I16", 16],
  ["U16", 16],
  ["F8_E4M3", 8],
  ["F8_E5M2", 8],
  ["F8_E8M0", 8],
  ["I8", 8],
  ["U8", 8],
  ["BOOL", 8],
  ["F6_E2M3", 6],
  ["F6_E3M2", 6],
  ["F4", 4],
]);

/** Bits one element of `dtype` takes, or undefined for a dtype the format does not define. */
export function dtypeBits(dtype: string): number | undefined {
  return DTYPE_BITS.get(dtype);
}

export type HeaderLengthResult = { ok: true; headerJsonBytes: number } | { ok: false; message: string };

/** N, the JSON header's length, from a file's first 8 bytes (u64 little-endian); refused when 0 or over the cap. */
export function headerLength(prefix: Uint8Array): HeaderLengthResult {
  if (!(prefix instanceof Uint8Array) || prefix.length < 8) {
    return { ok: false, message: `a safetensors file starts with an 8-byte header length; only ${prefix instanceof Uint8Array ? prefix.length : 0} bytes were given` };
  }
  const length = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
  if (length === 0n) return { ok: false, message: "the header length is 0: not a safetensors file" };
  if (length > BigInt(SAFETENSORS_MAX_HEADER_BYTES)) {
    return { ok: false, message: `the header length ${length.toString()} exceeds the ${groupDigits(SAFETENSORS_MAX_HEADER_BYTES)}-byte limit of the official readers` };
  }
  return { ok: true, headerJsonBytes: Number(length) };
}

export type ParseHeaderResult = { ok: true; header: SafetensorsHeader; warnings: string[] } | { ok: false; message: string };

/** One entry, checked, with its offsets. */
interface Entry {
  tensor: TensorInfo;
  begin: number;
  end: number;
}

class HeaderError extends Error {}

function fail(message: string): never {
  throw new HeaderError(message);
}

/**
 * The validated header of a safetensors file whose first bytes are `bytes` (at least 8 + N of
 * them) and whose size is `fileSizeBytes`. Offsets are trusted for bytes; where they disagree with
 * ⌈elements × bits ÷ 8⌉, or a dtype is unknown, a warning says so. Never throws.
 */
export function parseSafetensorsHeader(bytes: Uint8Array, fileSizeBytes: number): ParseHeaderResult {
  try {
    return parseOrThrow(bytes, fileSizeBytes);
  } catch (error) {
    if (error instanceof HeaderError) return { ok: false, message: error.message };
    // A RangeError from a pathological input (out of memory, a stack too deep): still an answer, not a crash.
    return { ok: false, message: "the safetensors header could not be read" };
  }
}

function parseOrThrow(bytes: Uint8Array, fileSizeBytes: number): ParseHeaderResult {
  const length = headerLength(bytes);
  if (!length.ok) return length;
  const jsonBytes = length.headerJsonBytes;
  const headerBytes = 8 + jsonBytes;
  if (bytes.length < headerBytes) fail(`the header is ${groupDigits(jsonBytes)} bytes long but only ${groupDigits(bytes.length - 8)} of them were given`);
  if (!Number.isSafeInteger(fileSizeBytes) || fileSizeBytes < headerBytes) {
    fail(`the file size ${Number.isFinite(fileSizeBytes) ? groupDigits(fileSizeBytes) : String(fileSizeBytes)} is smaller than its ${groupDigits(headerBytes)}-byte header`);
  }
  const root = parseJson(bytes.subarray(8, headerBytes));
  const metadata = readMetadata(root);
  const keys = Object.keys(root);
  const tensorCount = keys.length - (metadata === null ? 0 : 1);
  if (tensorCount > SAFETENSORS_MAX_TENSORS) fail(`the header names ${groupDigits(tensorCount)} tensors, more than the ${groupDigits(SAFETENSORS_MAX_TENSORS)} allowed`);
  const entries: Entry[] = [];
  for (const name of keys) {
    if (name === "__metadata__") continue;
    entries.push(readEntry(name, (root as Record<string, unknown>)[name]));
  }
  const dataBytes = fileSizeBytes - headerBytes;
  checkOffsets(entries, dataBytes);
  return {
    ok: true,
    header: { tensors: entries.map((e) => e.tensor), metadata, headerBytes, dataBytes },
    warnings: sizeWarnings(entries.map((e) => e.tensor)),
  };
}

/** The header's JSON: valid UTF-8 holding one object. */
function parseJson(json: Uint8Array): object {
  // As the Rust reader: the JSON starts at once with `{` (no byte order mark, no white space).
  if (json[0] !== 0x7b) fail("the header does not start with a JSON object");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(json);
  } catch {
    fail("the header is not valid UTF-8");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    fail("the header is not valid JSON");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail("the header is not a JSON object");
  return value;
}

/** `__metadata__`: absent, or an object of strings (copied to an object without a prototype). */
function readMetadata(root: object): Record<string, string> | null {
  if (!Object.prototype.hasOwnProperty.call(root, "__metadata__")) return null;
  const raw = (root as Record<string, unknown>)["__metadata__"];
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) fail("`__metadata__` is not an object of strings");
  const metadata = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== "string") fail(`\`__metadata__\` entry ${quote(key, 60)} is not a string`);
    metadata[key] = value;
  }
  return metadata;
}

/** One tensor entry, checked: dtype, shape, offsets. */
function readEntry(name: string, raw: unknown): Entry {
  if (name.length > SAFETENSORS_MAX_NAME_CHARS) fail(`a tensor name is ${groupDigits(name.length)} characters long, more than the ${groupDigits(SAFETENSORS_MAX_NAME_CHARS)} allowed`);
  const label = quote(name, 80);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) fail(`tensor ${label} is not an object`);
  const { dtype, shape, data_offsets: offsets } = raw as Record<string, unknown>;
  if (typeof dtype !== "string" || dtype.length === 0 || dtype.length > MAX_DTYPE_CHARS) fail(`tensor ${label} has no valid dtype`);
  const dims = readShape(label, shape);
  if (!Array.isArray(offsets) || offsets.length !== 2) fail(`tensor ${label}: data_offsets is not a pair [begin, end]`);
  const [begin, end] = offsets as unknown[];
  if (!isCount(begin) || !isCount(end)) fail(`tensor ${label}: data_offsets are not non-negative safe integers`);
  if (begin > end) fail(`tensor ${label}: data_offsets begin after they end`);
  return { tensor: { name, dtype, shape: dims, bytes: end - begin }, begin, end };
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** A shape: at most 8 non-negative safe integers whose product is a safe integer. */
function readShape(label: string, shape: unknown): number[] {
  if (!Array.isArray(shape)) fail(`tensor ${label}: shape is not a list`);
  if (shape.length > SAFETENSORS_MAX_DIMS) fail(`tensor ${label}: shape has ${groupDigits(shape.length)} dimensions, more than ${SAFETENSORS_MAX_DIMS}`);
  let elements = 1;
  for (const dim of shape as unknown[]) {
    if (!isCount(dim)) fail(`tensor ${label}: shape holds a value that is not a non-negative integer`);
    elements *= dim;
    if (!Number.isSafeInteger(elements)) fail(`tensor ${label}: shape has more than 2^53 elements`);
  }
  return [...(shape as number[])];
}

/** Offsets sorted: contiguous from 0, no overlap, ending exactly at the end of the file. */
function checkOffsets(entries: Entry[], dataBytes: number): void {
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let position = 0;
  for (const entry of sorted) {
    const label = quote(entry.tensor.name, 80);
    if (entry.end > dataBytes) fail(`tensor ${label} ends at byte ${groupDigits(entry.end)}, past the ${groupDigits(dataBytes)} bytes the file holds after its header`);
    if (entry.begin < position) fail(`tensor ${label} overlaps the tensor before it (begins at ${groupDigits(entry.begin)}, the previous ends at ${groupDigits(position)})`);
    if (entry.begin > position) fail(`tensors leave a gap before ${label} (bytes ${groupDigits(position)} to ${groupDigits(entry.begin)} belong to no tensor)`);
    position = entry.end;
  }
  if (position !== dataBytes) {
    fail(`the tensors hold ${groupDigits(position)} bytes but the file holds ${groupDigits(dataBytes)} after its header`);
  }
}

/** Elements of a shape (`[]` is one element). */
export function elementCount(shape: readonly number[]): number {
  let elements = 1;
  for (const dim of shape) elements *= dim;
  return elements;
}

/** ⌈elements × bits ÷ 8⌉, exact for any safe element count (BigInt: 2^53 × 64 is not a safe number). */
export function expectedTensorBytes(shape: readonly number[], bits: number): number {
  const totalBits = BigInt(elementCount(shape)) * BigInt(bits);
  return Number((totalBits + 7n) / 8n);
}

/** Warnings for offsets that disagree with the shape, and for dtypes the format does not define. */
function sizeWarnings(tensors: readonly TensorInfo[]): string[] {
  const mismatched: string[] = [];
  const unknown = new Map<string, number>();
  for (const tensor of tensors) {
    const bits = dtypeBits(tensor.dtype);
    if (bits === undefined) {
      unknown.set(tensor.dtype, (unknown.get(tensor.dtype) ?? 0) + 1);
      continue;
    }
    const expected = expectedTensorBytes(tensor.shape, bits);
    if (expected !== tensor.bytes) {
      mismatched.push(`tensor ${quote(tensor.name, 80)} holds ${groupDigits(tensor.bytes)} bytes, but ${tensor.dtype} [${tensor.shape.join(", ")}] needs ${groupDigits(expected)}; its offsets are trusted`);
    }
  }
  const warnings = mismatched.slice(0, MAX_LISTED_WARNINGS);
  if (mismatched.length > MAX_LISTED_WARNINGS) warnings.push(`${groupDigits(mismatched.length - MAX_LISTED_WARNINGS)} more tensors hold other byte counts than their shapes need; their offsets are trusted`);
  const unknownList = [...unknown];
  for (const [dtype, count] of unknownList.slice(0, MAX_LISTED_WARNINGS)) {
    warnings.push(`dtype ${quote(dtype, MAX_DTYPE_CHARS)} (${groupDigits(count)} tensor${count === 1 ? "" : "s"}) is not a safetensors dtype; its bytes are counted as the offsets say`);
  }
  if (unknownList.length > MAX_LISTED_WARNINGS) warnings.push(`${groupDigits(unknownList.length - MAX_LISTED_WARNINGS)} more unknown dtypes; their bytes are counted as the offsets say`);
  return warnings;
}
