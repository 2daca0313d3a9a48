import { describe, expect, it } from "vitest";
import {
  GGUF_HEADER_MAX_BYTES,
  architectureFromGguf,
  ggufFacts,
  parseGgufHeader,
  type GgufArray,
  type GgufHeader,
} from "../src/checkpoint/gguf.js";
import { fileTypeName, ggmlType, ggmlTypeByName, quantizationOfFileType, tensorBytes, typeBitsPerElement } from "../src/checkpoint/ggml-types.js";
import { countParams } from "../src/physics/params.js";
import {
  arr,
  bool,
  ggufFile,
  llama31_8bQ4KM,
  recipeElements,
  smallMoe,
  str,
  u32,
  u64,
  type GgufRecipe,
  type RecipeTensor,
} from "./helpers/gguf.js";

function parsed(recipe: GgufRecipe): GgufHeader {
  const file = ggufFile(recipe);
  const result = parseGgufHeader(file.bytes, { fileSizeBytes: file.fileSizeBytes });
  if (!result.ok) throw new Error(result.message);
  return result.header;
}

function refusal(bytes: Uint8Array, fileSizeBytes?: number): string {
  const result = parseGgufHeader(bytes, fileSizeBytes === undefined ? {} : { fileSizeBytes });
  expect(result.ok).toBe(false);
  if (result.ok) return "";
  expect("needBytes" in result).toBe(false);
  return result.message;
}

/** A tiny valid recipe to mutate. */
function tiny(extra: Partial<GgufRecipe> = {}): GgufRecipe {
  return {
    metadata: [["general.architecture", str("llama")]],
    tensors: [{ name: "token_embd.weight", dims: [32, 4], type: "F32" }],
    ...extra,
  };
}

describe("ggml types", () => {
  it("knows the block layouts ggml defines", () => {
    expect(ggmlTypeByName("Q4_K")).toMatchObject({ id: 12, blockElements: 256, blockBytes: 144 });
    expect(ggmlTypeByName("Q6_K")).toMatchObject({ id: 14, blockElements: 256, blockBytes: 210 });
    expect(ggmlTypeByName("Q8_0")).toMatchObject({ id: 8, blockElements: 32, blockBytes: 34 });
    expect(ggmlTypeByName("MXFP4")).toMatchObject({ id: 39, blockElements: 32, blockBytes: 17 });
    expect(ggmlType(30)?.name).toBe("BF16");
    expect(typeBitsPerElement(ggmlTypeByName("Q4_0")!)).toBe(4.5);
    expect(typeBitsPerElement(ggmlTypeByName("Q6_K")!)).toBe(6.5625);
  });

  it("counts tensor bytes by whole blocks", () => {
    expect(tensorBytes(12, 4096 * 4096)).toBe((4096 * 4096 / 256) * 144);
    expect(tensorBytes(0, 10)).toBe(40);
    expect(tensorBytes(12, 100)).toBeUndefined();
    expect(tensorBytes(99, 256)).toBeUndefined();
  });

  it("names llama.cpp file types", () => {
    expect(fileTypeName(15)).toBe("MOSTLY_Q4_K_M");
    expect(quantizationOfFileType(15)).toBe("Q4_K_M");
    expect(quantizationOfFileType(0)).toBe("F32");
    expect(quantizationOfFileType(32)).toBe("BF16");
    expect(fileTypeName(5)).toBeUndefined();
  });
});

describe("parseGgufHeader", () => {
  it("reads a Llama-3.1-8B Q4_K_M header: key/values in a Map, tokens as a length, tensor infos", () => {
    const recipe = llama31_8bQ4KM();
    const file = ggufFile(recipe);
    const result = parseGgufHeader(file.bytes, { fileSizeBytes: file.fileSizeBytes });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const h = result.header;
    expect(h.version).toBe(3);
    expect(h.alignmentBytes).toBe(32);
    expect(h.headerBytes).toBe(file.headerBytes);
    expect(h.metadata).toBeInstanceOf(Map);
    expect(h.metadata.get("llama.block_count")).toBe(32);
    expect(h.metadata.get("general.name")).toBe("Meta Llama 3.1 8B Instruct");
    expect(h.metadata.get("llama.rope.freq_base")).toBe(500000);
    const tokens = h.metadata.get("tokenizer.ggml.tokens") as GgufArray;
    expect(tokens).toMatchObject({ kind: "array", itemType: "string", length: 128256, items: null });
    expect(h.tensors).toHaveLength(recipe.tensors.length);
    expect(h.tensors[1]).toMatchObject({ name: "token_embd.weight", dims: [4096, 128256], typeName: "Q4_K" });
    expect(h.headerBytes + h.tensorDataBytes).toBeLessThanOrEqual(file.fileSizeBytes);
    expect(h.warnings).toEqual([]);
  });

  it("keeps short arrays, nested arrays and every value type", () => {
    const h = parsed(
      tiny({
        metadata: [
          ["general.architecture", str("llama")],
          ["a.u8", { type: "uint8", value: 255 }],
          ["a.i8", { type: "int8", value: -1 }],
          ["a.u16", { type: "uint16", value: 65535 }],
          ["a.i16", { type: "int16", value: -2 }],
          ["a.i32", { type: "int32", value: -3 }],
          ["a.f64", { type: "float64", value: 0.25 }],
          ["a.i64", { type: "int64", value: -5n }],
          ["a.big", u64(2n ** 60n)],
          ["a.bool", bool(true)],
          ["a.layers", arr("int32", [8, 8, 4].map((value) => ({ type: "int32" as const, value })))],
          ["a.nested", arr("array", [arr("string", [str("x"), str("y")]), arr("string", [])])],
        ],
      }),
    );
    expect(h.metadata.get("a.u8")).toBe(255);
    expect(h.metadata.get("a.i8")).toBe(-1);
    expect(h.metadata.get("a.u16")).toBe(65535);
    expect(h.metadata.get("a.i16")).toBe(-2);
    expect(h.metadata.get("a.i32")).toBe(-3);
    expect(h.metadata.get("a.f64")).toBe(0.25);
    expect(h.metadata.get("a.i64")).toBe(-5);
    expect(h.metadata.get("a.big")).toBe(2n ** 60n);
    expect(h.metadata.get("a.bool")).toBe(true);
    expect((h.metadata.get("a.layers") as GgufArray).items).toEqual([8, 8, 4]);
    const nested = h.metadata.get("a.nested") as GgufArray;
    expect(nested.length).toBe(2);
    expect((nested.items?.[0] as GgufArray).items).toEqual(["x", "y"]);
  });

  it("stores __proto__ and constructor as plain keys", () => {
    const h = parsed(tiny({ metadata: [["general.architecture", str("llama")], ["__proto__", str("x")], ["constructor", u32(1)]] }));
    expect(h.metadata.get("__proto__")).toBe("x");
    expect(h.metadata.get("constructor")).toBe(1);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("reads GGUF v2 and a custom alignment", () => {
    const h = parsed(tiny({ version: 2, alignment: 64, metadata: [["general.architecture", str("llama")], ["general.alignment", u32(64)]] }));
    expect(h.version).toBe(2);
    expect(h.alignmentBytes).toBe(64);
    expect(h.headerBytes % 64).toBe(0);
  });

  it("asks for more bytes when the prefix ends inside the header, and succeeds with them", () => {
    const file = ggufFile(llama31_8bQ4KM());
    let want = 4096;
    let reads = 0;
    for (;;) {
      reads++;
      const result = parseGgufHeader(file.bytes.subarray(0, want), { fileSizeBytes: file.fileSizeBytes });
      if (result.ok) break;
      expect("needBytes" in result).toBe(true);
      if (!("needBytes" in result)) return;
      expect(result.needBytes).toBeGreaterThan(want);
      expect(result.needBytes).toBeLessThanOrEqual(GGUF_HEADER_MAX_BYTES);
      want = Math.min(result.needBytes, file.bytes.length);
    }
    expect(reads).toBeLessThan(12);
  });

  it("asks for the first bytes of an empty prefix", () => {
    const result = parseGgufHeader(new Uint8Array(0));
    expect(result).toMatchObject({ ok: false, needBytes: 4 });
  });
});

describe("parseGgufHeader refuses hostile input without throwing", () => {
  it("refuses another magic", () => {
    expect(refusal(ggufFile(tiny({ magic: "GGML" })).bytes)).toMatch(/not a GGUF file.*47 47 4d 4c/);
  });

  it("refuses version 1 and unknown versions", () => {
    expect(refusal(ggufFile(tiny({ version: 1 })).bytes)).toMatch(/version 1 is not supported/);
    expect(refusal(ggufFile(tiny({ version: 4 })).bytes)).toMatch(/version 4 is not supported/);
    expect(refusal(ggufFile(tiny({ version: 0 })).bytes)).toMatch(/version 0/);
  });

  it("refuses big-endian files with a clear message", () => {
    expect(refusal(ggufFile(tiny({ bigEndian: true })).bytes)).toMatch(/big-endian/);
  });

  it("refuses a truncated file (prefix = whole file) instead of asking for more", () => {
    const file = ggufFile(llama31_8bQ4KM());
    const cut = file.bytes.subarray(0, 100_000);
    expect(refusal(cut, cut.length)).toMatch(/past the end of the file/);
  });

  it("refuses counts that cannot fit, before looping", () => {
    const huge = ggufFile(tiny({ kvCount: 2n ** 40n }));
    expect(refusal(huge.bytes)).toMatch(/cannot fit/);
    const many = ggufFile(tiny({ tensorCount: 10_000_000n }));
    expect(refusal(many.bytes, many.bytes.length)).toMatch(/cannot fit in the file/);
    const beyondSafe = ggufFile(tiny({ kvCount: 2n ** 64n - 1n }));
    expect(refusal(beyondSafe.bytes)).toMatch(/beyond any real file/);
  });

  it("refuses a string length beyond the buffer", () => {
    const raw = { type: "raw" as const, bytes: [8, 0, 0, 0, ...le64(1_000_000)] };
    const file = ggufFile(tiny({ metadata: [["general.name", raw]] }));
    expect(refusal(file.bytes, file.bytes.length)).toMatch(/past the end of the file/);
    // Without a file size it is a short prefix, unless the length passes the header cap.
    const capped = ggufFile(tiny({ metadata: [["general.name", { type: "raw", bytes: [8, 0, 0, 0, ...le64(2 ** 40)] }]] }));
    expect(refusal(capped.bytes)).toMatch(/header that large is refused/);
  });

  it("refuses an array longer than the file, and arrays nested past the depth cap", () => {
    const long = ggufFile(tiny({ metadata: [["x", { type: "raw", bytes: [9, 0, 0, 0, 4, 0, 0, 0, ...le64(2 ** 40)] }]] }));
    expect(refusal(long.bytes, long.bytes.length)).toMatch(/past the end of the file/);
    let nested = arr("uint8", []);
    for (let i = 0; i < 6; i++) nested = arr("array", [nested]);
    expect(refusal(ggufFile(tiny({ metadata: [["deep", nested]] })).bytes)).toMatch(/nests arrays more than 4 deep/);
  });

  it("refuses unknown value types, duplicate and empty keys, bad alignment", () => {
    expect(refusal(ggufFile(tiny({ metadata: [["x", { type: "raw", bytes: [13, 0, 0, 0] }]] })).bytes)).toMatch(/value type 13/);
    expect(refusal(ggufFile(tiny({ metadata: [["k", u32(1)], ["k", u32(2)]] })).bytes)).toMatch(/repeats a key/);
    expect(refusal(ggufFile(tiny({ metadata: [["", u32(1)]] })).bytes)).toMatch(/empty key/);
    expect(refusal(ggufFile(tiny({ metadata: [["general.alignment", u32(48)]] })).bytes)).toMatch(/power of two/);
    expect(refusal(ggufFile(tiny({ metadata: [["general.alignment", str("32")]] })).bytes)).toMatch(/power of two/);
  });

  it("reads a tensor of no dimensions as one element, and refuses more than 4", () => {
    const h = parsed(tiny({ tensors: [{ name: "scalar", dims: [], type: "F32" }] }));
    expect(h.tensors[0]).toMatchObject({ elements: 1, bytes: 4 });
    expect(refusal(ggufFile(tiny({ tensors: [{ name: "t", dims: [1, 1, 1, 1, 1], type: "F32" }] })).bytes)).toMatch(/5 dimensions/);
  });

  it("refuses dimensions whose product overflows, rows not whole blocks, overlaps and misalignment", () => {
    const overflow: RecipeTensor = { name: "t", dims: [2 ** 32, 2 ** 32], type: "F32" };
    expect(refusal(ggufFile(tiny({ tensors: [overflow] })).bytes)).toMatch(/product is beyond any real tensor/);
    expect(refusal(ggufFile(tiny({ tensors: [{ name: "t", dims: [2 ** 53 + 2], type: "F32" }] })).bytes)).toMatch(/beyond any real file/);
    expect(refusal(ggufFile(tiny({ tensors: [{ name: "q", dims: [100, 2], type: "Q4_K" }] })).bytes)).toMatch(/not a multiple of its block/);
    const overlap = tiny({ tensors: [{ name: "a", dims: [64], type: "F32" }, { name: "b", dims: [64], type: "F32", offset: 32 }] });
    expect(refusal(ggufFile(overlap).bytes)).toMatch(/overlaps/);
    const odd = tiny({ tensors: [{ name: "a", dims: [64], type: "F32", offset: 8 }] });
    expect(refusal(ggufFile(odd).bytes)).toMatch(/not a multiple of the alignment/);
    const twice = tiny({ tensors: [{ name: "a", dims: [8], type: "F32" }, { name: "a", dims: [8], type: "F32" }] });
    expect(refusal(ggufFile(twice).bytes)).toMatch(/repeats a tensor name/);
  });

  it("refuses tensor data past the end of the file", () => {
    const file = ggufFile(tiny());
    expect(refusal(file.bytes, file.fileSizeBytes - 1)).toMatch(/past the end of the file/);
  });

  it("reads an unknown tensor type with a warning", () => {
    const h = parsed(tiny({ tensors: [{ name: "future", dims: [64], type: 250 }] }));
    expect(h.tensors[0]).toMatchObject({ typeName: "type 250", bytes: null });
    expect(h.warnings.join()).toMatch(/ggml type 250/);
  });

  it("never throws on any prefix or any single corrupted byte", () => {
    const file = ggufFile(smallMoe());
    const bytes = file.bytes;
    for (let end = 0; end < Math.min(bytes.length, 3000); end += 7) {
      expect(() => parseGgufHeader(bytes.subarray(0, end))).not.toThrow();
      expect(() => parseGgufHeader(bytes.subarray(0, end), { fileSizeBytes: end })).not.toThrow();
    }
    for (let i = 0; i < bytes.length; i += Math.max(1, Math.floor(bytes.length / 4000))) {
      const copy = bytes.slice();
      copy[i] = (copy[i] ?? 0) ^ 0xff;
      const result = parseGgufHeader(copy, { fileSizeBytes: file.fileSizeBytes });
      expect(typeof result.ok).toBe("boolean");
    }
  });
});

function le64(n: number): number[] {
  const out: number[] = [];
  let v = BigInt(n);
  for (let i = 0; i < 8; i++) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  }
  return out;
}

describe("ggufFacts", () => {
  it("reads the dimensions and sums the tensors of Llama-3.1-8B Q4_K_M", () => {
    const facts = ggufFacts(parsed(llama31_8bQ4KM()));
    expect(facts).toMatchObject({
      architecture: "llama",
      name: "Meta Llama 3.1 8B Instruct",
      fileType: 15,
      fileTypeName: "MOSTLY_Q4_K_M",
      quantization: "Q4_K_M",
      quantizationVersion: 2,
      blockCount: 32,
      embeddingLength: 4096,
      feedForwardLength: 14336,
      headCount: 32,
      headCountKv: 8,
      contextLengthTokens: 131072,
      vocabSize: 128256,
      vocabSource: "token_embd.weight",
      towerParams: 0,
    });
    expect(facts.paramsTotal).toBe(8_030_261_248);
    expect(facts.tensorElements).toBe(8_030_261_248 + 64);
    expect(facts.setApart).toEqual([{ reason: "rotary tables", tensors: 1, bytes: 256, params: 64 }]);
    expect(facts.paramsByType["F32"]).toBe(65 * 4096);
    // llama.cpp's quantize README: Llama-3.1-8B Q4_K_M is 4.8944 bits per weight, 4.58 GiB.
    const bitsPerWeight = (facts.weightsBytes * 8) / facts.paramsTotal;
    expect(bitsPerWeight).toBeCloseTo(4.8944, 3);
    expect(facts.fileBytes / 2 ** 30).toBeCloseTo(4.58, 2);
    expect(facts.fileBytes).toBe(Object.values(facts.fileBytesByType).reduce((a, b) => a + b, 0));
  });

  it("sets a bundled vision tower apart and reads per-layer head counts", () => {
    const recipe = gemma3Small(true);
    const facts = ggufFacts(parsed(recipe));
    expect(facts.towerParams).toBe(recipeElements(recipe, (n) => !/^(v|mm)\./.test(n)));
    expect(facts.paramsTotal + facts.towerParams).toBe(facts.tensorElements);
    expect(facts.headCountKv).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it("tolerates a header without architecture", () => {
    const facts = ggufFacts(parsed({ metadata: [], tensors: [] }));
    expect(facts.architecture).toBeNull();
    expect(architectureFromGguf(facts)).toMatchObject({ ok: false, message: expect.stringMatching(/no general.architecture/) });
  });
});

// ---------------------------------------------------------------------------------------------
// Architecture mapping: the mapped Architecture counts exactly the tensors' parameters
// ---------------------------------------------------------------------------------------------

function expectExactCount(recipe: GgufRecipe) {
  const facts = ggufFacts(parsed(recipe));
  const mapped = architectureFromGguf(facts);
  if (!mapped.ok) throw new Error(mapped.message);
  expect(mapped.warnings).toEqual([]);
  expect(countParams(mapped.architecture).paramsTotal).toBe(facts.paramsTotal);
  return { facts, mapped };
}

function layerTensors(layers: number, per: (i: number) => RecipeTensor[]): RecipeTensor[] {
  return Array.from({ length: layers }, (_, i) => per(i)).flat();
}

function gemma3Small(withVision: boolean): GgufRecipe {
  const h = 128;
  const tensors: RecipeTensor[] = [
    { name: "token_embd.weight", dims: [h, 512], type: "Q8_0" },
    ...layerTensors(6, (i) => [
      { name: `blk.${i}.attn_norm.weight`, dims: [h], type: "F32" },
      { name: `blk.${i}.attn_q.weight`, dims: [h, 4 * 32], type: "Q8_0" },
      { name: `blk.${i}.attn_k.weight`, dims: [h, 2 * 32], type: "Q8_0" },
      { name: `blk.${i}.attn_v.weight`, dims: [h, 2 * 32], type: "Q8_0" },
      { name: `blk.${i}.attn_q_norm.weight`, dims: [32], type: "F32" },
      { name: `blk.${i}.attn_k_norm.weight`, dims: [32], type: "F32" },
      { name: `blk.${i}.attn_output.weight`, dims: [4 * 32, h], type: "Q8_0" },
      { name: `blk.${i}.post_attention_norm.weight`, dims: [h], type: "F32" },
      { name: `blk.${i}.ffn_norm.weight`, dims: [h], type: "F32" },
      { name: `blk.${i}.ffn_gate.weight`, dims: [h, 256], type: "Q8_0" },
      { name: `blk.${i}.ffn_up.weight`, dims: [h, 256], type: "Q8_0" },
      { name: `blk.${i}.ffn_down.weight`, dims: [256, h], type: "Q8_0" },
      { name: `blk.${i}.post_ffw_norm.weight`, dims: [h], type: "F32" },
    ]),
    { name: "output_norm.weight", dims: [h], type: "F32" },
  ];
  if (withVision) {
    tensors.push(
      { name: "v.patch_embd.weight", dims: [14, 14, 3, 64], type: "F16" },
      { name: "v.blk.0.attn_q.weight", dims: [64, 64], type: "F16" },
      { name: "mm.input_projection.weight", dims: [64, h], type: "F16" },
    );
  }
  return {
    metadata: [
      ["general.architecture", str("gemma3")],
      ["gemma3.block_count", u32(6)],
      ["gemma3.context_length", u32(131072)],
      ["gemma3.embedding_length", u32(h)],
      ["gemma3.feed_forward_length", u32(256)],
      ["gemma3.attention.head_count", u32(4)],
      ["gemma3.attention.head_count_kv", arr("uint32", Array.from({ length: 6 }, () => u32(2)))],
      ["gemma3.attention.key_length", u32(32)],
      ["gemma3.attention.value_length", u32(32)],
      ["gemma3.attention.sliding_window", u32(1024)],
    ],
    tensors,
  };
}

function gptOssSmall(): GgufRecipe {
  const h = 64;
  const E = 4;
  const ff = 64;
  return {
    metadata: [
      ["general.architecture", str("gpt-oss")],
      ["gpt-oss.block_count", u32(2)],
      ["gpt-oss.context_length", u32(131072)],
      ["gpt-oss.embedding_length", u32(h)],
      ["gpt-oss.feed_forward_length", u32(ff)],
      ["gpt-oss.expert_feed_forward_length", u32(ff)],
      ["gpt-oss.attention.head_count", u32(4)],
      ["gpt-oss.attention.head_count_kv", u32(2)],
      ["gpt-oss.attention.key_length", u32(32)],
      ["gpt-oss.attention.value_length", u32(32)],
      ["gpt-oss.attention.sliding_window", u32(128)],
      ["gpt-oss.expert_count", u32(E)],
      ["gpt-oss.expert_used_count", u32(2)],
      ["general.file_type", u32(38)],
    ],
    tensors: [
      { name: "token_embd.weight", dims: [h, 200], type: "Q8_0" },
      ...layerTensors(2, (i) => [
        { name: `blk.${i}.attn_norm.weight`, dims: [h], type: "F32" },
        { name: `blk.${i}.attn_q.weight`, dims: [h, 128], type: "Q8_0" },
        { name: `blk.${i}.attn_q.bias`, dims: [128], type: "F32" },
        { name: `blk.${i}.attn_k.weight`, dims: [h, 64], type: "Q8_0" },
        { name: `blk.${i}.attn_k.bias`, dims: [64], type: "F32" },
        { name: `blk.${i}.attn_v.weight`, dims: [h, 64], type: "Q8_0" },
        { name: `blk.${i}.attn_v.bias`, dims: [64], type: "F32" },
        { name: `blk.${i}.attn_output.weight`, dims: [128, h], type: "Q8_0" },
        { name: `blk.${i}.attn_output.bias`, dims: [h], type: "F32" },
        { name: `blk.${i}.attn_sinks.weight`, dims: [4], type: "F32" },
        { name: `blk.${i}.post_attention_norm.weight`, dims: [h], type: "F32" },
        { name: `blk.${i}.ffn_gate_inp.weight`, dims: [h, E], type: "F32" },
        { name: `blk.${i}.ffn_gate_inp.bias`, dims: [E], type: "F32" },
        { name: `blk.${i}.ffn_gate_exps.weight`, dims: [h, ff, E], type: "MXFP4" },
        { name: `blk.${i}.ffn_gate_exps.bias`, dims: [ff, E], type: "F32" },
        { name: `blk.${i}.ffn_up_exps.weight`, dims: [h, ff, E], type: "MXFP4" },
        { name: `blk.${i}.ffn_up_exps.bias`, dims: [ff, E], type: "F32" },
        { name: `blk.${i}.ffn_down_exps.weight`, dims: [ff, h, E], type: "MXFP4" },
        { name: `blk.${i}.ffn_down_exps.bias`, dims: [h, E], type: "F32" },
      ]),
      { name: "output_norm.weight", dims: [h], type: "F32" },
      { name: "output.weight", dims: [h, 200], type: "Q8_0" },
    ],
  };
}

function deepseekSmall(): GgufRecipe {
  const h = 64;
  const heads = 2;
  const qLora = 32;
  const kvLora = 32;
  const nope = 32;
  const rope = 32;
  const v = 32;
  const E = 4;
  const eff = 32;
  const attention = (i: number): RecipeTensor[] => [
    { name: `blk.${i}.attn_norm.weight`, dims: [h], type: "F32" },
    { name: `blk.${i}.attn_q_a.weight`, dims: [h, qLora], type: "F16" },
    { name: `blk.${i}.attn_q_a_norm.weight`, dims: [qLora], type: "F32" },
    { name: `blk.${i}.attn_q_b.weight`, dims: [qLora, heads * (nope + rope)], type: "F16" },
    { name: `blk.${i}.attn_kv_a_mqa.weight`, dims: [h, kvLora + rope], type: "F16" },
    { name: `blk.${i}.attn_kv_a_norm.weight`, dims: [kvLora], type: "F32" },
    { name: `blk.${i}.attn_kv_b.weight`, dims: [kvLora, heads * (nope + v)], type: "F16" },
    { name: `blk.${i}.attn_k_b.weight`, dims: [nope, kvLora, heads], type: "F16" },
    { name: `blk.${i}.attn_v_b.weight`, dims: [kvLora, v, heads], type: "F16" },
    { name: `blk.${i}.attn_output.weight`, dims: [heads * v, h], type: "F16" },
    { name: `blk.${i}.ffn_norm.weight`, dims: [h], type: "F32" },
  ];
  return {
    metadata: [
      ["general.architecture", str("deepseek2")],
      ["deepseek2.block_count", u32(4)],
      ["deepseek2.context_length", u32(163840)],
      ["deepseek2.embedding_length", u32(h)],
      ["deepseek2.feed_forward_length", u32(96)],
      ["deepseek2.attention.head_count", u32(heads)],
      ["deepseek2.attention.head_count_kv", u32(1)],
      ["deepseek2.attention.q_lora_rank", u32(qLora)],
      ["deepseek2.attention.kv_lora_rank", u32(kvLora)],
      ["deepseek2.attention.key_length", u32(kvLora + rope)],
      ["deepseek2.attention.value_length", u32(kvLora)],
      ["deepseek2.attention.key_length_mla", u32(nope + rope)],
      ["deepseek2.attention.value_length_mla", u32(v)],
      ["deepseek2.rope.dimension_count", u32(rope)],
      ["deepseek2.leading_dense_block_count", u32(1)],
      ["deepseek2.expert_count", u32(E)],
      ["deepseek2.expert_used_count", u32(2)],
      ["deepseek2.expert_shared_count", u32(1)],
      ["deepseek2.expert_feed_forward_length", u32(eff)],
      ["deepseek2.nextn_predict_layers", u32(1)],
    ],
    tensors: [
      { name: "token_embd.weight", dims: [h, 100], type: "F16" },
      ...attention(0),
      { name: "blk.0.ffn_gate.weight", dims: [h, 96], type: "F16" },
      { name: "blk.0.ffn_up.weight", dims: [h, 96], type: "F16" },
      { name: "blk.0.ffn_down.weight", dims: [96, h], type: "F16" },
      ...layerTensors(3, (j) => {
        const i = j + 1;
        return [
          ...attention(i),
          { name: `blk.${i}.ffn_gate_inp.weight`, dims: [h, E], type: "F32" },
          { name: `blk.${i}.exp_probs_b.bias`, dims: [E], type: "F32" },
          { name: `blk.${i}.ffn_gate_exps.weight`, dims: [h, eff, E], type: "F16" },
          { name: `blk.${i}.ffn_up_exps.weight`, dims: [h, eff, E], type: "F16" },
          { name: `blk.${i}.ffn_down_exps.weight`, dims: [eff, h, E], type: "F16" },
          { name: `blk.${i}.ffn_gate_shexp.weight`, dims: [h, eff], type: "F16" },
          { name: `blk.${i}.ffn_up_shexp.weight`, dims: [h, eff], type: "F16" },
          { name: `blk.${i}.ffn_down_shexp.weight`, dims: [eff, h], type: "F16" },
        ];
      }),
      { name: "output_norm.weight", dims: [h], type: "F32" },
      { name: "output.weight", dims: [h, 100], type: "F16" },
    ],
  };
}

function commandRSmall(): GgufRecipe {
  const h = 64;
  return {
    metadata: [
      ["general.architecture", str("command-r")],
      ["command-r.block_count", u32(2)],
      ["command-r.context_length", u32(131072)],
      ["command-r.embedding_length", u32(h)],
      ["command-r.feed_forward_length", u32(128)],
      ["command-r.attention.head_count", u32(4)],
      ["command-r.attention.head_count_kv", u32(4)],
    ],
    tensors: [
      { name: "token_embd.weight", dims: [h, 300], type: "F16" },
      ...layerTensors(2, (i) => [
        { name: `blk.${i}.attn_norm.weight`, dims: [h], type: "F32" },
        { name: `blk.${i}.attn_q.weight`, dims: [h, h], type: "F16" },
        { name: `blk.${i}.attn_k.weight`, dims: [h, h], type: "F16" },
        { name: `blk.${i}.attn_v.weight`, dims: [h, h], type: "F16" },
        { name: `blk.${i}.attn_output.weight`, dims: [h, h], type: "F16" },
        { name: `blk.${i}.ffn_gate.weight`, dims: [h, 128], type: "F16" },
        { name: `blk.${i}.ffn_up.weight`, dims: [h, 128], type: "F16" },
        { name: `blk.${i}.ffn_down.weight`, dims: [128, h], type: "F16" },
      ]),
      { name: "output_norm.weight", dims: [h], type: "F32" },
    ],
  };
}

describe("architectureFromGguf", () => {
  it("maps Llama-3.1-8B: GQA, untied head, the context it was trained for", () => {
    const { mapped } = expectExactCount(llama31_8bQ4KM());
    if (!mapped.ok) return;
    expect(mapped.maxContextTokens).toBe(131072);
    expect(mapped.architecture).toEqual({
      hiddenSize: 4096,
      numLayers: 32,
      vocabSize: 128256,
      tieWordEmbeddings: false,
      attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 },
      norm: "rmsnorm",
      normsPerLayer: 2,
      mlp: { gated: true, intermediateSize: 14336 },
    });
  });

  it("maps a Qwen3 MoE: tied head, q/k norms, experts on every layer", () => {
    const { mapped } = expectExactCount(smallMoe());
    if (!mapped.ok) return;
    expect(mapped.architecture.tieWordEmbeddings).toBe(true);
    expect(mapped.architecture.attention).toMatchObject({ numHeads: 4, numKvHeads: 2, headDim: 64, qkNorm: true });
    expect(mapped.architecture.moe).toEqual({ numExperts: 8, topK: 2, expert: { gated: true, intermediateSize: 128 } });
    expect(mapped.architecture.mlp).toBeUndefined();
  });

  it("maps Gemma 3: four norms a layer, a period-6 window, the tower not counted", () => {
    const { mapped } = expectExactCount(gemma3Small(true));
    if (!mapped.ok) return;
    expect(mapped.architecture.normsPerLayer).toBe(4);
    expect(mapped.architecture.slidingWindow).toEqual({ windowTokens: 1024, globalEvery: 6 });
  });

  it("maps gpt-oss: sinks, biases, biased experts and router, alternating windows", () => {
    const { mapped } = expectExactCount(gptOssSmall());
    if (!mapped.ok) return;
    expect(mapped.architecture.attention).toMatchObject({ qkvBias: true, outputBias: true, sinks: true });
    expect(mapped.architecture.moe).toMatchObject({ numExperts: 4, topK: 2, routerBias: true, expert: { bias: true } });
    expect(mapped.architecture.slidingWindow).toEqual({ windowTokens: 128, globalEvery: 2 });
  });

  it("maps DeepSeek (MLA absorbed keys, dense first layer, shared experts, MTP layer set apart)", () => {
    const recipe = deepseekSmall();
    const { facts, mapped } = expectExactCount(recipe);
    if (!mapped.ok) return;
    expect(mapped.architecture.numLayers).toBe(3);
    expect(mapped.architecture.attention).toEqual({
      kind: "mla",
      numHeads: 2,
      qLoraRank: 32,
      kvLoraRank: 32,
      qkNopeHeadDim: 32,
      qkRopeHeadDim: 32,
      vHeadDim: 32,
    });
    expect(mapped.architecture.moe).toMatchObject({ firstDenseLayers: 1, routerBias: true, shared: { count: 1 } });
    expect(facts.setApart.map((g) => g.reason).sort()).toEqual(["attn_kv_b split again into attn_k_b and attn_v_b", "multi-token prediction layers"]);
  });

  it("maps Command R: one norm a layer, a tied head", () => {
    const { mapped } = expectExactCount(commandRSmall());
    if (!mapped.ok) return;
    expect(mapped.architecture).toMatchObject({ normsPerLayer: 1, tieWordEmbeddings: true });
  });

  it("names an unknown architecture and what is supported", () => {
    const facts = ggufFacts(parsed(tiny({ metadata: [["general.architecture", str("rwkv7")]] })));
    const mapped = architectureFromGguf(facts);
    expect(mapped).toMatchObject({ ok: false, message: expect.stringMatching(/"rwkv7" is not supported; supported: llama/) });
  });

  it("names a missing key, layers that differ, and expert layouts it cannot express", () => {
    const recipe = llama31_8bQ4KM();
    recipe.metadata = recipe.metadata.filter(([k]) => k !== "llama.embedding_length");
    expect(architectureFromGguf(ggufFacts(parsed(recipe)))).toMatchObject({ ok: false, message: expect.stringMatching(/"llama.embedding_length" is missing/) });

    const varying = gemma3Small(false);
    varying.metadata = varying.metadata.map(([k, v]) => [k, k.endsWith("head_count_kv") ? arr("uint32", [u32(2), u32(4), u32(2), u32(2), u32(2), u32(2)]) : v]);
    expect(architectureFromGguf(ggufFacts(parsed(varying)))).toMatchObject({ ok: false, message: expect.stringMatching(/differs between layers/) });

    const sparse = smallMoe();
    sparse.tensors = sparse.tensors.filter((t) => t.name !== "blk.2.ffn_gate_inp.weight");
    expect(architectureFromGguf(ggufFacts(parsed(sparse)))).toMatchObject({ ok: false, message: expect.stringMatching(/layer 2 has no expert router/) });
  });

  it("warns when the mapped count and the tensors disagree", () => {
    const recipe = commandRSmall();
    recipe.tensors.push({ name: "blk.0.extra.weight", dims: [64], type: "F32" });
    const mapped = architectureFromGguf(ggufFacts(parsed(recipe)));
    expect(mapped.ok && mapped.warnings.join()).toMatch(/tensors hold/);
  });
});
