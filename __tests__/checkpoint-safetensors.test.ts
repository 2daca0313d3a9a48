import { describe, expect, it } from "vitest";
import {
  headerLength,
  parseSafetensorsHeader,
  SAFETENSORS_MAX_HEADER_BYTES,
  SAFETENSORS_MAX_NAME_CHARS,
  SAFETENSORS_MAX_TENSORS,
} from "../src/checkpoint/safetensors.js";
import { recipes, safetensorsFile, totalBytes, withLength } from "./helpers/safetensors.js";

// The safetensors header parser (src/checkpoint/safetensors.ts) against well-formed files and
// every hostile header we could think of. Fixtures are generated in memory (helpers/safetensors.ts).

/** A header from raw JSON text whose tensors claim `dataBytes` of body. */
function raw(json: string, dataBytes: number): { header: Uint8Array; fileSizeBytes: number } {
  const header = withLength(json);
  return { header, fileSizeBytes: header.length + dataBytes };
}

function parse(file: { header: Uint8Array; fileSizeBytes: number }) {
  return parseSafetensorsHeader(file.header, file.fileSizeBytes);
}

function failure(file: { header: Uint8Array; fileSizeBytes: number }): string {
  const result = parse(file);
  if (result.ok) throw new Error("expected the header to be refused");
  return result.message;
}

describe("headerLength", () => {
  it("reads N as u64 little-endian", () => {
    const prefix = new Uint8Array([0x10, 0x27, 0, 0, 0, 0, 0, 0, 0x7b]);
    expect(headerLength(prefix)).toEqual({ ok: true, headerJsonBytes: 10_000 });
  });

  it("reads N from a view into a larger buffer", () => {
    const buffer = new Uint8Array(16);
    buffer.set([8, 0, 0, 0, 0, 0, 0, 0], 4);
    expect(headerLength(buffer.subarray(4))).toEqual({ ok: true, headerJsonBytes: 8 });
  });

  it("refuses fewer than 8 bytes, N = 0 and N over the cap", () => {
    expect(headerLength(new Uint8Array(7))).toMatchObject({ ok: false });
    expect(headerLength(new Uint8Array(0))).toMatchObject({ ok: false });
    expect(headerLength(new Uint8Array(8))).toMatchObject({ ok: false, message: expect.stringContaining("0") });
    const over = withLength("{}", BigInt(SAFETENSORS_MAX_HEADER_BYTES + 1));
    expect(headerLength(over)).toMatchObject({ ok: false, message: expect.stringContaining("25,000,000") });
    expect(headerLength(withLength("{}", BigInt(SAFETENSORS_MAX_HEADER_BYTES)))).toEqual({ ok: true, headerJsonBytes: SAFETENSORS_MAX_HEADER_BYTES });
  });

  it("refuses N = 2^64 − 1 without losing precision", () => {
    const prefix = new Uint8Array(8).fill(0xff);
    const result = headerLength(prefix);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain("18446744073709551615");
  });
});

describe("parseSafetensorsHeader: well-formed files", () => {
  it("reads every tensor of Llama-3.1-8B-Instruct with exact bytes and metadata", () => {
    const tensors = recipes.llama31_8b();
    const file = safetensorsFile(tensors, { format: "pt" });
    const result = parse(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.header.tensors).toHaveLength(291);
    expect(result.header.metadata).toEqual({ format: "pt" });
    // 16,060,522,496 B: the index's metadata.total_size.
    expect(result.header.dataBytes).toBe(16_060_522_496);
    expect(result.header.headerBytes + result.header.dataBytes).toBe(file.fileSizeBytes);
    expect(result.header.headerBytes % 8).toBe(0);
    const embed = result.header.tensors.find((t) => t.name === "model.embed_tokens.weight");
    expect(embed).toEqual({ name: "model.embed_tokens.weight", dtype: "BF16", shape: [128256, 4096], bytes: 1_050_673_152 });
  });

  it("accepts a header without __metadata__, tensors in any offset order, and empty tensors", () => {
    const json = JSON.stringify({
      b: { dtype: "F32", shape: [2], data_offsets: [4, 12] },
      empty: { dtype: "F32", shape: [0, 3], data_offsets: [4, 4] },
      a: { dtype: "U8", shape: [4], data_offsets: [0, 4] },
    });
    const result = parse(raw(json, 12));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.header.metadata).toBeNull();
    expect(result.header.tensors.map((t) => [t.name, t.bytes])).toEqual([["b", 8], ["empty", 0], ["a", 4]]);
    expect(result.warnings).toEqual([]);
  });

  it("counts a shape [] as one element", () => {
    const result = parse(raw(JSON.stringify({ scale: { dtype: "F32", shape: [], data_offsets: [0, 4] } }), 4));
    expect(result).toMatchObject({ ok: true, warnings: [] });
    const wrong = parse(raw(JSON.stringify({ scale: { dtype: "F32", shape: [], data_offsets: [0, 8] } }), 8));
    expect(wrong.ok && wrong.warnings).toEqual([expect.stringContaining("needs 4")]);
  });

  it("sizes sub-byte dtypes by bits: F4 is half a byte, F6 three quarters", () => {
    const json = JSON.stringify({
      f4: { dtype: "F4", shape: [3], data_offsets: [0, 2] },
      f6: { dtype: "F6_E2M3", shape: [4], data_offsets: [2, 5] },
      e8: { dtype: "F8_E8M0", shape: [2], data_offsets: [5, 7] },
    });
    expect(parse(raw(json, 7))).toMatchObject({ ok: true, warnings: [] });
  });

  it("trusts the offsets when they disagree with the shape, and warns (a few, then a count)", () => {
    const tensors = Array.from({ length: 9 }, (_, i) => ({ name: `t${i}`, dtype: "BF16", shape: [4], bytes: 10 }));
    const result = parse(safetensorsFile(tensors));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.header.tensors.every((t) => t.bytes === 10)).toBe(true);
    expect(result.warnings).toHaveLength(6);
    expect(result.warnings[0]).toContain('"t0" holds 10 bytes, but BF16 [4] needs 8');
    expect(result.warnings[5]).toMatch(/^4 more tensors/);
  });

  it("counts the bytes of an unknown dtype and warns once per dtype", () => {
    const result = parse(safetensorsFile([
      { name: "a", dtype: "Q4_K", shape: [256], bytes: 144 },
      { name: "b", dtype: "Q4_K", shape: [256], bytes: 144 },
    ]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.header.dataBytes).toBe(288);
    expect(result.warnings).toEqual([expect.stringContaining('dtype "Q4_K" (2 tensors) is not a safetensors dtype')]);
  });

  it("keeps names like __proto__ and constructor as plain tensors, polluting nothing", () => {
    const tensors = ["__proto__", "constructor", "toString", "hasOwnProperty"].map((name) => ({ name, dtype: "U8", shape: [1] }));
    const file = safetensorsFile(tensors, { __proto__: "x", constructor: "y" } as unknown as Record<string, string>);
    // The helper writes the metadata through JSON.stringify, which drops an inherited __proto__: write it by hand.
    const json = new TextDecoder().decode(file.header.subarray(8)).replace('"__metadata__":{', '"__metadata__":{"__proto__":"x",');
    const result = parse({ header: withLength(json), fileSizeBytes: 8 + new TextEncoder().encode(json).length + 4 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.header.tensors.map((t) => t.name)).toEqual(["__proto__", "constructor", "toString", "hasOwnProperty"]);
    expect(Object.getPrototypeOf(result.header.metadata)).toBeNull();
    expect(Object.keys(result.header.metadata!)).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("dtype");
  });
});

describe("parseSafetensorsHeader: hostile headers", () => {
  const ok = (offsets: [number, number]) => ({ dtype: "U8", shape: [offsets[1] - offsets[0]], data_offsets: offsets });

  it("refuses N over the cap and N = 0", () => {
    expect(failure({ header: withLength("{}", BigInt(SAFETENSORS_MAX_HEADER_BYTES) + 1n), fileSizeBytes: 100 })).toContain("limit");
    expect(failure({ header: withLength("", 0n), fileSizeBytes: 8 })).toContain("0");
  });

  it("refuses a header longer than the bytes given, or than the file", () => {
    const header = withLength('{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}');
    expect(failure({ header: header.subarray(0, header.length - 1), fileSizeBytes: header.length + 1 })).toContain("were given");
    expect(failure({ header, fileSizeBytes: header.length - 1 })).toContain("smaller than");
    expect(failure({ header, fileSizeBytes: Number.NaN })).toContain("NaN");
    expect(failure({ header, fileSizeBytes: 2 ** 60 })).toContain("smaller than");
  });

  it("refuses JSON that is not an object, invalid UTF-8, and invalid JSON", () => {
    for (const json of ["[]", "null", "42", '"x"', " {}"]) expect(failure(raw(json, 0))).toMatch(/not (a JSON object|start with a JSON object)/);
    expect(failure(raw("{", 0))).toContain("not valid JSON");
    const invalidUtf8 = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
    expect(failure({ header: withLength(invalidUtf8), fileSizeBytes: 16 })).toContain("UTF-8");
    const overlong = new Uint8Array([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]);
    expect(failure({ header: withLength(overlong), fileSizeBytes: 16 })).toContain("UTF-8");
  });

  it("refuses a bad __metadata__", () => {
    expect(failure(raw('{"__metadata__":[]}', 0))).toContain("__metadata__");
    expect(failure(raw('{"__metadata__":{"format":1}}', 0))).toContain('"format"');
  });

  it("refuses entries that are not tensors", () => {
    expect(failure(raw('{"a":1}', 0))).toContain('tensor "a" is not an object');
    expect(failure(raw('{"a":[]}', 0))).toContain("not an object");
    expect(failure(raw('{"a":{"shape":[1],"data_offsets":[0,1]}}', 1))).toContain("dtype");
    expect(failure(raw('{"a":{"dtype":"U8","data_offsets":[0,1]}}', 1))).toContain("shape is not a list");
    expect(failure(raw('{"a":{"dtype":"U8","shape":[1]}}', 1))).toContain("data_offsets");
    expect(failure(raw('{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1,2]}}', 1))).toContain("pair");
  });

  it("refuses offsets past the file", () => {
    expect(failure(raw(JSON.stringify({ a: ok([0, 10]) }), 5))).toContain("past the 5 bytes");
  });

  it("refuses overlapping and non-contiguous offsets", () => {
    expect(failure(raw(JSON.stringify({ a: ok([0, 6]), b: ok([4, 10]) }), 10))).toContain("overlaps");
    expect(failure(raw(JSON.stringify({ a: ok([0, 4]), b: ok([0, 4]) }), 4))).toContain("overlaps");
    expect(failure(raw(JSON.stringify({ a: ok([0, 4]), b: ok([6, 10]) }), 10))).toContain("gap");
    expect(failure(raw(JSON.stringify({ a: ok([2, 10]) }), 10))).toContain("gap");
  });

  it("refuses tensors whose bytes do not add up to the file size", () => {
    expect(failure(raw(JSON.stringify({ a: ok([0, 4]) }), 8))).toContain("hold 4 bytes but the file holds 8");
    expect(failure(raw("{}", 1))).toContain("hold 0 bytes");
  });

  it("refuses offsets that end before they begin", () => {
    expect(failure(raw('{"a":{"dtype":"U8","shape":[1],"data_offsets":[4,2]}}', 4))).toContain("begin after they end");
  });

  it("refuses negative, fractional, huge and non-numeric numbers", () => {
    for (const shape of ["[-1]", "[1.5]", '["4"]', "[null]", "[1e400]", "[9007199254740993]", "[true]"]) {
      expect(failure(raw(`{"a":{"dtype":"U8","shape":${shape},"data_offsets":[0,0]}}`, 0)), shape).toContain("not a non-negative integer");
    }
    for (const offsets of ["[-1,0]", "[0,1.5]", '["0",1]', "[0,9007199254740993]", "[0,1e300]"]) {
      expect(failure(raw(`{"a":{"dtype":"U8","shape":[1],"data_offsets":${offsets}}}`, 1)), offsets).toContain("safe integers");
    }
  });

  it("refuses shapes whose product exceeds 2^53 and shapes of more than 8 dimensions", () => {
    const absurd = `{"a":{"dtype":"U8","shape":[4294967296,4294967296],"data_offsets":[0,1]}}`;
    expect(failure(raw(absurd, 1))).toContain("2^53");
    const sneaky = `{"a":{"dtype":"U8","shape":[1,0,9007199254740991,9007199254740991],"data_offsets":[0,0]}}`;
    // A zero dimension makes the product 0, but a later pair still overflows on the way: refused as well.
    expect(parse(raw(sneaky, 0)).ok).toBe(true);
    expect(failure(raw(`{"a":{"dtype":"U8","shape":[9007199254740991,2,0],"data_offsets":[0,0]}}`, 0))).toContain("2^53");
    expect(failure(raw(`{"a":{"dtype":"U8","shape":[1,1,1,1,1,1,1,1,1],"data_offsets":[0,1]}}`, 1))).toContain("9 dimensions");
    expect(parse(raw(`{"a":{"dtype":"U8","shape":[1,1,1,1,1,1,1,1],"data_offsets":[0,1]}}`, 1)).ok).toBe(true);
  });

  it("sizes a safe but enormous shape without overflow (BigInt bits)", () => {
    // 2^50 elements of F64 is 2^53 bytes: past any file, but the expected size must still be computed exactly.
    const result = parse(raw(`{"a":{"dtype":"F64","shape":[1125899906842624],"data_offsets":[0,8]}}`, 8));
    expect(result.ok && result.warnings[0]).toContain("needs 9,007,199,254,740,992");
  });

  it("refuses an over-long tensor name, quoting none of it", () => {
    const name = "x".repeat(SAFETENSORS_MAX_NAME_CHARS + 1);
    const message = failure(raw(JSON.stringify({ [name]: ok([0, 1]) }), 1));
    expect(message).toContain("1,025 characters");
    expect(message).not.toContain("xxxx");
    expect(parse(raw(JSON.stringify({ ["y".repeat(SAFETENSORS_MAX_NAME_CHARS)]: ok([0, 1]) }), 1)).ok).toBe(true);
  });

  it("quotes hostile names short and escaped", () => {
    const name = `\u001b[31m${"z".repeat(500)}\n`;
    const message = failure(raw(JSON.stringify({ [name]: { dtype: "U8", shape: [1], data_offsets: [0, 9] } }), 1));
    expect(message).toContain("\\u001b");
    expect(message).not.toContain("\u001b");
    expect(message.length).toBeLessThan(300);
  });

  it("refuses a dtype that is not a short string", () => {
    expect(failure(raw(`{"a":{"dtype":"${"Q".repeat(40)}","shape":[1],"data_offsets":[0,1]}}`, 1))).toContain("dtype");
    expect(failure(raw(`{"a":{"dtype":7,"shape":[1],"data_offsets":[0,1]}}`, 1))).toContain("dtype");
  });

  it("refuses a huge tensor count before validating the entries", () => {
    const count = SAFETENSORS_MAX_TENSORS + 1;
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(`"${i.toString(36)}":0`);
    const json = `{${parts.join(",")}}`;
    expect(json.length).toBeLessThan(SAFETENSORS_MAX_HEADER_BYTES);
    expect(failure(raw(json, 0))).toContain("more than the 2,000,000 allowed");
  });

  it("never throws, whatever the bytes", () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const base = safetensorsFile(recipes.qwen25_05b().slice(0, 20)).header;
    for (let i = 0; i < 500; i++) {
      const bytes = base.slice();
      for (let j = 0; j < 4; j++) bytes[8 + Math.floor(random() * (bytes.length - 8))] = Math.floor(random() * 256);
      expect(() => parseSafetensorsHeader(bytes, Math.floor(random() * 2 ** 40))).not.toThrow();
    }
    expect(() => parseSafetensorsHeader(undefined as unknown as Uint8Array, 0)).not.toThrow();
    expect(() => parseSafetensorsHeader(new Uint8Array(3), 3)).not.toThrow();
  });

  it("reads deeply nested JSON without throwing", () => {
    const json = `{"a":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expect(parse(raw(json, 0)).ok).toBe(false);
  });

  it("sums the recipe sizes as the helper does", () => {
    const tensors = recipes.gptOss20b();
    const result = parse(safetensorsFile(tensors));
    // 13,761,264,768 B: openai/gpt-oss-20b model.safetensors.index.json metadata.total_size.
    expect(result.ok && result.header.dataBytes).toBe(13_761_264_768);
    expect(totalBytes(tensors)).toBe(13_761_264_768);
  });
});
