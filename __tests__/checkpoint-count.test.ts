import { describe, expect, it } from "vitest";
import { MODELS } from "../src/catalog/models.js";
import { checkpointConfigFromJson, countSafetensors } from "../src/checkpoint/count.js";
import { patternMatchesFromStart, quantizationFromConfig, quantizationMatcher } from "../src/checkpoint/quantization.js";
import { parseSafetensorsHeader } from "../src/checkpoint/safetensors.js";
import type { CheckpointCount, TensorInfo } from "../src/checkpoint/types.js";
import { countParams } from "../src/physics/params.js";
import * as fx from "./helpers/safetensors.js";

// Counting bytes and parameters of safetensors checkpoints (src/checkpoint/count.ts), format by
// format, against the worked figures of docs/physics.md#checkpoint-bytes-and-parameters.
// P = pinned in a public source (named); C = computed by the recipe, with the arithmetic shown.
// Every recipe goes through the real path: a generated header, the parser, then the count.

/** The tensors of a generated file, as the parser reads them (shards: one file per part). */
function parsed(tensors: fx.TensorSpec[], shards = 1): TensorInfo[] {
  const size = Math.ceil(tensors.length / shards);
  const out: TensorInfo[] = [];
  for (let i = 0; i < tensors.length; i += size) {
    const file = fx.safetensorsFile(tensors.slice(i, i + size), { format: "pt" });
    const result = parseSafetensorsHeader(file.header, file.fileSizeBytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.warnings).toEqual([]);
    out.push(...result.header.tensors);
  }
  return out;
}

function count(tensors: fx.TensorSpec[], config: unknown, shards = 1): CheckpointCount {
  return countSafetensors(parsed(tensors, shards), checkpointConfigFromJson(config));
}

/** Tensors given directly (no header), for small synthetic cases. */
function tensor(name: string, dtype: string, shape: number[]): TensorInfo {
  return { name, dtype, shape, bytes: fx.tensorBytes({ dtype, shape }) };
}

/** The physics model's parameter count of a catalog model (its config.json through the shared reader). */
function catalogParams(id: string) {
  const spec = MODELS.find((m) => m.id === id);
  if (!spec) throw new Error(`no catalog model ${id}`);
  return countParams(spec.architecture);
}

const LLAMA_EMBED_PARAMS = 128_256 * 4_096; // 525,336,576
/** Llama-3.1-8B's linear layers: 32 × (2 × 4096² + 2 × 4096 × 1024 + 3 × 4096 × 14336) = 6,979,321,856 weights. */
const LLAMA_LINEAR_PARAMS = 32 * (2 * 4096 * 4096 + 2 * 4096 * 1024 + 3 * 4096 * 14336);
/** Embedding, head and norms of Llama-3.1-8B: 2 × 525,336,576 + 65 × 4096 = 1,050,939,392. */
const LLAMA_OTHER_PARAMS = 2 * LLAMA_EMBED_PARAMS + 65 * 4096;

describe("checkpointConfigFromJson", () => {
  it("reads the counting facts, with defaults", () => {
    expect(checkpointConfigFromJson({ num_hidden_layers: 61, num_nextn_predict_layers: 1, n_routed_experts: 256, num_experts_per_tok: 8, tie_word_embeddings: false })).toMatchObject({
      numHiddenLayers: 61,
      numNextnPredictLayers: 1,
      tieWordEmbeddings: false,
      numExperts: 256,
      expertsPerToken: 8,
      quantization: { method: "none" },
    });
    const bare = checkpointConfigFromJson({});
    expect(bare).toMatchObject({ numNextnPredictLayers: 0, tieWordEmbeddings: false });
    expect(bare.numHiddenLayers).toBeUndefined();
    expect(bare.numExperts).toBeUndefined();
  });

  it("reads every spelling of the expert counts", () => {
    expect(checkpointConfigFromJson({ num_local_experts: 32, experts_per_token: 4 })).toMatchObject({ numExperts: 32, expertsPerToken: 4 });
    expect(checkpointConfigFromJson({ num_experts: 128, num_experts_per_tok: 8 })).toMatchObject({ numExperts: 128, expertsPerToken: 8 });
    expect(checkpointConfigFromJson({ num_experts: 64, moe_topk: [8] })).toMatchObject({ numExperts: 64, expertsPerToken: 8 });
  });

  it("reads a multimodal config's language model from text_config", () => {
    const config = { text_config: { num_hidden_layers: 48, num_local_experts: 16, num_experts_per_tok: 1, tie_word_embeddings: true, quantization_config: { quant_method: "fp8" } } };
    expect(checkpointConfigFromJson(config)).toMatchObject({ numHiddenLayers: 48, numExperts: 16, expertsPerToken: 1, tieWordEmbeddings: true, quantization: { method: "fp8", source: "config.json text_config" } });
    // The language model's own flag wins over the composite's.
    expect(checkpointConfigFromJson({ tie_word_embeddings: true, text_config: { tie_word_embeddings: false } }).tieWordEmbeddings).toBe(false);
    expect(checkpointConfigFromJson({ tie_word_embeddings: true, text_config: {} }).tieWordEmbeddings).toBe(true);
  });

  it("never throws and reads nothing from prototypes", () => {
    for (const config of [null, undefined, 42, "x", [], [1], { num_hidden_layers: "32" }, { num_hidden_layers: -1 }, { num_hidden_layers: 1.5 }, JSON.parse('{"__proto__":{"num_hidden_layers":7}}')]) {
      const facts = checkpointConfigFromJson(config);
      expect(facts.numHiddenLayers).toBeUndefined();
      expect(facts.quantization.method).toBe("none");
    }
    const hostile = new Proxy({}, { get: () => { throw new Error("boom"); }, has: () => { throw new Error("boom"); }, getOwnPropertyDescriptor: () => { throw new Error("boom"); } });
    expect(() => quantizationFromConfig(hostile)).not.toThrow();
  });
});

describe("quantizationFromConfig", () => {
  it("reads GPTQ, AWQ, FP8, MXFP4 and bitsandbytes declarations", () => {
    expect(quantizationFromConfig({ quantization_config: { quant_method: "gptq", bits: 4, group_size: 128, desc_act: true } })).toMatchObject({ method: "gptq", bits: 4, groupSize: 128, descAct: true, source: "config.json" });
    expect(quantizationFromConfig({ quantization_config: { quant_method: "awq", bits: 4, group_size: 128, modules_to_not_convert: null } })).toMatchObject({ method: "awq", bits: 4, modulesToNotConvert: [] });
    expect(quantizationFromConfig({ quantization_config: { quant_method: "fp8", weight_block_size: [128, 128], activation_scheme: "dynamic" } })).toMatchObject({ method: "fp8", bits: 8, weightBlockSize: [128, 128] });
    expect(quantizationFromConfig({ quantization_config: { quant_method: "fbgemm_fp8" } })).toMatchObject({ method: "fbgemm_fp8", bits: 8 });
    expect(quantizationFromConfig({ quantization_config: { quant_method: "mxfp4", modules_to_not_convert: ["lm_head"] } })).toMatchObject({ method: "mxfp4", bits: 4, modulesToNotConvert: ["lm_head"] });
    expect(quantizationFromConfig({ quantization_config: { quant_method: "bitsandbytes", load_in_4bit: true, llm_int8_skip_modules: ["lm_head"] } })).toMatchObject({ method: "bitsandbytes", bits: 4, modulesToNotConvert: ["lm_head"] });
    expect(quantizationFromConfig({ quantization_config: { load_in_8bit: true } })).toMatchObject({ method: "bitsandbytes", bits: 8 });
  });

  it("keeps an unknown method as other, with its name", () => {
    expect(quantizationFromConfig({ quantization_config: { quant_method: "HQQ", nbits: 4 } })).toMatchObject({ method: "other", methodName: "hqq" });
    expect(quantizationFromConfig({ quantization_config: { quant_method: "auto-round", bits: 4 } })).toMatchObject({ method: "other", methodName: "auto-round", bits: 4 });
    expect(quantizationFromConfig({ quantization_config: {} })).toMatchObject({ method: "none", warnings: [expect.stringContaining("without a quant_method")] });
  });

  it("finds the declaration nested in text_config (huggingface.js issue 2003) and in compression_config", () => {
    expect(quantizationFromConfig({ text_config: { quantization_config: { quant_method: "gptq", bits: 8 } } })).toMatchObject({ method: "gptq", bits: 8, source: "config.json text_config" });
    expect(quantizationFromConfig({ compression_config: { quant_method: "compressed-tensors", config_groups: {} } })).toMatchObject({ method: "compressed-tensors" });
  });

  it("reads compressed-tensors config groups, formats and ignore lists", () => {
    const q = quantizationFromConfig({
      quantization_config: {
        quant_method: "compressed-tensors",
        format: "pack-quantized",
        config_groups: {
          group_0: { targets: ["Linear"], weights: { num_bits: 4, type: "int", strategy: "group", group_size: 128 } },
          group_1: { targets: ["re:.*mlp.experts.*"], weights: { num_bits: 4, type: "float", strategy: "tensor_group", group_size: 16 }, format: "nvfp4-pack-quantized" },
        },
        ignore: ["lm_head", "re:.*mlp.gate$"],
      },
    });
    expect(q).toMatchObject({ method: "compressed-tensors", format: "pack-quantized", bits: 4, ignore: ["lm_head", "re:.*mlp.gate$"] });
    expect(q.groupSize).toBeUndefined();
    expect(q.configGroups).toEqual([
      { name: "group_0", targets: ["Linear"], numBits: 4, type: "int", strategy: "group", groupSize: 128, format: "pack-quantized" },
      { name: "group_1", targets: ["re:.*mlp.experts.*"], numBits: 4, type: "float", strategy: "tensor_group", groupSize: 16, format: "nvfp4-pack-quantized" },
    ]);
  });

  it("reads the side files when config.json declares nothing", () => {
    expect(quantizationFromConfig({}, { quantizeConfig: { bits: 4, group_size: 128, desc_act: false, sym: true } })).toMatchObject({ method: "gptq", bits: 4, groupSize: 128, source: "quantize_config.json" });
    expect(quantizationFromConfig({}, { quantizeConfig: { zero_point: true, q_group_size: 128, w_bit: 4, version: "GEMM" } })).toMatchObject({ method: "awq", bits: 4, groupSize: 128 });
    expect(quantizationFromConfig({}, { hfQuantConfig: { producer: { name: "modelopt" }, quantization: { quant_algo: "FP8", exclude_modules: ["lm_head"] } } })).toMatchObject({ method: "fp8", bits: 8, algorithm: "FP8", modulesToNotConvert: ["lm_head"], source: "hf_quant_config.json" });
    expect(quantizationFromConfig({}, { hfQuantConfig: { quantization: { quant_algo: "NVFP4", group_size: 16 } } })).toMatchObject({ method: "other", methodName: "modelopt", bits: 4, groupSize: 16 });
    // config.json's own declaration wins.
    expect(quantizationFromConfig({ quantization_config: { quant_method: "awq", bits: 4 } }, { quantizeConfig: { bits: 8 } })).toMatchObject({ method: "awq", bits: 4 });
  });

  it("caps lists and drops entries that are not names", () => {
    const q = quantizationFromConfig({ quantization_config: { quant_method: "gptq", modules_to_not_convert: ["lm_head", 7, "x".repeat(2000)] } });
    expect(q.modulesToNotConvert).toEqual(["lm_head"]);
    expect(q.warnings).toEqual([expect.stringContaining("2 entries")]);
  });
});

describe("module matching", () => {
  it("matches re: patterns from the start of the name, as Python's re.match", () => {
    expect(patternMatchesFromStart(".*mlp.gate$", "model.layers.3.mlp.gate")).toBe(true);
    expect(patternMatchesFromStart(".*mlp.gate$", "model.layers.3.mlp.gate_proj")).toBe(false);
    expect(patternMatchesFromStart("lm_head", "lm_head.x")).toBe(true);
    expect(patternMatchesFromStart("head", "lm_head")).toBe(false);
    expect(patternMatchesFromStart("model\\.layers\\.\\d+\\.(self_attn|mlp)\\.", "model.layers.12.mlp.down_proj")).toBe(true);
    expect(patternMatchesFromStart("model\\.layers\\.[0-9]{1,2}\\.self_attn", "model.layers.123.self_attn")).toBe(false);
    expect(patternMatchesFromStart("(?:a|b)+c?$", "abab")).toBe(true);
    expect(patternMatchesFromStart("[^.]+\\.weight$", "lm_head.weight")).toBe(true);
    expect(patternMatchesFromStart("[^.]+\\.weight$", "a.b.weight")).toBe(false);
  });

  it("refuses syntax it does not read", () => {
    for (const pattern of ["(a)\\1", "(?=a)", "(?P<x>a)", "\\bword", "a**", "[z-a]", "(", "a{1000}"]) expect(patternMatchesFromStart(pattern, "a"), pattern).toBeNull();
  });

  it("runs catastrophic patterns in linear time", () => {
    const start = performance.now();
    expect(patternMatchesFromStart("(a+)+$", `${"a".repeat(5000)}!`)).toBe(false);
    expect(patternMatchesFromStart(".*.*.*.*.*.*.*.*x$", "y".repeat(1000))).toBe(false);
    expect(patternMatchesFromStart("(a|a)*b", "a".repeat(5000))).toBe(false);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("picks a config group by exact name, then pattern, then class", () => {
    const q = quantizationFromConfig({
      quantization_config: {
        quant_method: "compressed-tensors",
        config_groups: {
          linear: { targets: ["Linear"], weights: { num_bits: 4 } },
          attention: { targets: ["re:.*self_attn.*"], weights: { num_bits: 8 } },
          one: { targets: ["model.layers.0.self_attn.q_proj"], weights: { num_bits: 2 } },
        },
        ignore: ["lm_head", "re:.*mlp\\.gate$"],
      },
    });
    const m = quantizationMatcher(q);
    expect(m.groupFor("model.layers.0.self_attn.q_proj")?.name).toBe("one");
    expect(m.groupFor("model.layers.0.self_attn.k_proj")?.name).toBe("attention");
    expect(m.groupFor("model.layers.0.mlp.down_proj")?.name).toBe("linear");
    expect(m.isUnconverted("lm_head")).toBe(true);
    expect(m.isUnconverted("model.layers.1.mlp.gate")).toBe(true);
    expect(m.isUnconverted("model.layers.1.mlp.gate_proj")).toBe(false);
  });

  it("reads modules_to_not_convert as transformers does: names, prefixes, suffixes and wildcards", () => {
    const m = quantizationMatcher(quantizationFromConfig(fx.gptOssConfig({ layers: 24, experts: 32 })));
    expect(m.isUnconverted("model.layers.3.self_attn.q_proj")).toBe(true);
    expect(m.isUnconverted("model.layers.3.mlp.router")).toBe(true);
    expect(m.isUnconverted("model.embed_tokens")).toBe(true);
    expect(m.isUnconverted("lm_head")).toBe(true);
    expect(m.isUnconverted("model.layers.3.mlp.experts")).toBe(false);
  });

  it("says which patterns it could not read", () => {
    const m = quantizationMatcher(quantizationFromConfig({ quantization_config: { quant_method: "compressed-tensors", ignore: ["re:(?=x)"], config_groups: {} } }));
    expect(m.isUnconverted("x")).toBe(false);
    expect(m.warnings).toEqual([expect.stringContaining('"(?=x)"')]);
  });
});

describe("countSafetensors: unquantized checkpoints", () => {
  it("Llama-3.1-8B-Instruct BF16: 8,030,261,248 params, 16,060,522,496 B (P: the index's total_size), over 4 shards", () => {
    const c = count(fx.recipes.llama31_8b(), fx.denseConfig(fx.LLAMA_31_8B), 4);
    expect(c).toMatchObject({ format: "safetensors", quantization: "none", paramsTotal: 8_030_261_248, fileBytes: 16_060_522_496, weightsBytes: 16_060_522_496, towerParams: 0, setApart: [], warnings: [] });
    expect(c.quantBits).toBeUndefined();
    expect({ ...c.bytesByDtype }).toEqual({ BF16: 16_060_522_496 });
    // The physics model of the same config agrees.
    expect(c.paramsTotal).toBe(catalogParams("meta-llama/Llama-3.1-8B-Instruct").paramsTotal);
  });

  it("dense active parameters: the total minus the input embedding (a row lookup), untied", () => {
    const c = count(fx.recipes.llama31_8b(), fx.denseConfig(fx.LLAMA_31_8B));
    // 8,030,261,248 − 525,336,576 = 7,504,924,672; bytes read 16,060,522,496 − 1,050,673,152 = 15,009,849,344.
    expect(c.paramsActive).toBe(7_504_924_672);
    expect(c.bytesReadPerToken).toBe(15_009_849_344);
  });

  it("Qwen2.5-0.5B-Instruct, tied, no lm_head tensor: 494,032,768 params (C), all active", () => {
    // 151,936 × 896 = 136,134,656 (embedding, also the head) + 24 × (q 896² + 896, k and v 2 × (896 × 128 + 128),
    // o 896², MLP 3 × 896 × 4,864, norms 2 × 896) = 24 × 14,829,504 + final norm 896 = 494,032,768.
    const c = count(fx.recipes.qwen25_05b(), fx.denseConfig(fx.QWEN25_05B));
    expect(c.paramsTotal).toBe(494_032_768);
    expect(c.paramsActive).toBe(494_032_768);
    expect(c.weightsBytes).toBe(2 * 494_032_768);
    expect(c.bytesReadPerToken).toBe(2 * 494_032_768);
    expect(c.setApart).toEqual([]);
    expect(c.paramsTotal).toBe(catalogParams("Qwen/Qwen2.5-0.5B-Instruct").paramsTotal);
  });

  it("a tied checkpoint that still stores lm_head: the copy is set apart, not loaded", () => {
    const tensors = [...fx.recipes.qwen25_05b(), { name: "lm_head.weight", dtype: "BF16", shape: [151936, 896] }];
    const c = count(tensors, fx.denseConfig(fx.QWEN25_05B));
    expect(c.paramsTotal).toBe(494_032_768);
    expect(c.fileBytes).toBe(2 * (494_032_768 + 136_134_656));
    expect(c.weightsBytes).toBe(2 * 494_032_768);
    expect({ ...c.bytesByDtype }).toEqual({ BF16: 2 * 494_032_768 });
    expect(c.setApart).toEqual([{ reason: "tied output head", tensors: 1, bytes: 272_269_312, params: 136_134_656 }]);
  });

  it("drops rotary buffers", () => {
    const tensors = [...fx.recipes.qwen25_05b(), ...[0, 1].map((i) => ({ name: `model.layers.${i}.self_attn.rotary_emb.inv_freq`, dtype: "F32", shape: [32] }))];
    const c = count(tensors, fx.denseConfig(fx.QWEN25_05B));
    expect(c.paramsTotal).toBe(494_032_768);
    expect(c.fileBytes - c.weightsBytes).toBe(256);
    expect(c.setApart).toEqual([{ reason: "rotary buffers", tensors: 2, bytes: 256, params: 64 }]);
  });

  it("counts a tensor repeated in two shards once, with a warning", () => {
    const tensors = parsed(fx.recipes.qwen25_05b());
    const c = countSafetensors([...tensors, tensors[5]!], checkpointConfigFromJson(fx.denseConfig(fx.QWEN25_05B)));
    expect(c.paramsTotal).toBe(494_032_768);
    expect(c.warnings).toEqual([expect.stringContaining("1 tensor name(s) appear more than once")]);
  });

  it("keeps hostile names and dtypes as data", () => {
    const c = countSafetensors([tensor("__proto__", "U8", [4]), { name: "constructor", dtype: "__proto__", shape: [2], bytes: 3 }], checkpointConfigFromJson({}));
    expect(c.fileBytes).toBe(7);
    expect(Object.getPrototypeOf(c.bytesByDtype)).toBeNull();
    expect(Object.keys(c.fileBytesByDtype)).toEqual(["U8", "__proto__"]);
    expect(c.fileBytesByDtype["__proto__"]).toBe(3);
  });
});

describe("countSafetensors: quantized checkpoints", () => {
  it("GPTQ w4a16 g128 act-order Llama-3.1-8B: 8,031,637,504 params incl. 1,376,256 zero biases (P), 5,735,587,840 B (C)", () => {
    // P: huggingface.js's spec for RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w4a16.
    // C, bytes: qweight 6,979,321,856 ÷ 2 = 3,489,660,928; scales 6,979,321,856 ÷ 128 × 2 = 109,051,904;
    // qzeros 6,979,321,856 ÷ 128 ÷ 2 = 27,262,976; g_idx 32 × (6 × 4,096 + 14,336) × 4 = 4,980,736;
    // zero biases 1,376,256 × 2 = 2,752,512; F16 embedding, head and norms 1,050,939,392 × 2 = 2,101,878,784.
    const config = fx.denseConfig({ ...fx.LLAMA_31_8B }, { quant_method: "gptq", bits: 4, group_size: 128, desc_act: true });
    const c = count(fx.recipes.gptqLlama31_8b(), config);
    expect(c).toMatchObject({ quantization: "gptq", quantBits: 4, paramsTotal: 8_031_637_504, fileBytes: 5_735_587_840, weightsBytes: 5_735_587_840 });
    expect(c.paramsTotal).toBe(LLAMA_LINEAR_PARAMS + LLAMA_OTHER_PARAMS + 32 * (2 * 4096 + 2 * 1024 + 2 * 14336 + 4096));
    // params × 4 bits would say 4.02e9 bytes: 30% low.
    expect(Math.round(c.paramsTotal / 2)).toBeLessThan(0.71 * c.fileBytes);
  });

  it("AWQ Qwen2.5-7B-Instruct: 7,615,616,512 params, 5,570,747,392 B (C)", () => {
    // Linear weights 28 × (2 × 3,584² + 2 × 3,584 × 512 + 3 × 3,584 × 18,944) = 6,525,288,448:
    // qweight ÷ 2 = 3,262,644,224 B, scales ÷ 128 × 2 = 101,957,632, qzeros ÷ 256 = 25,489,408;
    // F16 biases 28 × 4,608 × 2 = 258,048, norms 57 × 3,584 × 2 = 408,576, embedding and head
    // 2 × 152,064 × 3,584 × 2 = 2,179,989,504. Params: the Qwen2.5-7B total (physics model agrees).
    const c = count(fx.recipes.awqQwen25_7b(), fx.denseConfig(fx.QWEN25_7B, { quant_method: "awq", bits: 4, group_size: 128, version: "gemm", zero_point: true }));
    expect(c).toMatchObject({ quantization: "awq", quantBits: 4, paramsTotal: 7_615_616_512, fileBytes: 5_570_747_392 });
    expect(c.paramsTotal).toBe(catalogParams("Qwen/Qwen2.5-7B-Instruct").paramsTotal);
    // Active: the total minus the 544,997,376-parameter embedding.
    expect(c.paramsActive).toBe(7_615_616_512 - 152_064 * 3_584);
  });

  it("compressed-tensors pack-quantized W4A16 Llama-3.1-8B: weight_packed I32 holds 8 weights, scales and shapes are bytes", () => {
    const linear = (l: fx.Linear): fx.TensorSpec[] => [
      { name: `${l.module}.weight_packed`, dtype: "I32", shape: [l.out, l.in / 8] },
      { name: `${l.module}.weight_scale`, dtype: "BF16", shape: [l.out, l.in / 128] },
      { name: `${l.module}.weight_shape`, dtype: "I64", shape: [2] },
    ];
    const config = fx.denseConfig(fx.LLAMA_31_8B, {
      quant_method: "compressed-tensors",
      format: "pack-quantized",
      config_groups: { group_0: { targets: ["Linear"], weights: { num_bits: 4, type: "int", strategy: "group", group_size: 128 } } },
      ignore: ["lm_head"],
    });
    const c = count(fx.denseDecoder(fx.LLAMA_31_8B, linear), config);
    expect(c).toMatchObject({ quantization: "compressed-tensors", quantBits: 4, paramsTotal: 8_030_261_248 });
    // 3,489,660,928 (packed) + 109,051,904 (scales) + 224 × 16 (shapes) + 2,101,878,784 (BF16).
    expect(c.fileBytes).toBe(3_489_660_928 + 109_051_904 + 224 * 16 + 2_101_878_784);
  });

  it("compressed-tensors with mixed config groups (huggingface.js issue 2215): each module unpacked by its own group", () => {
    // Attention 8-bit (4 weights per I32), MLP 4-bit (8 per I32), and an NVFP4 group (2 per byte, FP8 scales, global scales).
    const config = {
      num_hidden_layers: 1,
      quantization_config: {
        quant_method: "compressed-tensors",
        format: "mixed-precision",
        config_groups: {
          attention: { targets: ["re:.*self_attn\\..*"], weights: { num_bits: 8, type: "int" }, format: "pack-quantized" },
          mlp: { targets: ["re:.*mlp\\.(gate|up)_proj$"], weights: { num_bits: 4, type: "int" }, format: "pack-quantized" },
          fp4: { targets: ["re:.*mlp\\.down_proj$"], weights: { num_bits: 4, type: "float", group_size: 16 }, format: "nvfp4-pack-quantized" },
        },
        ignore: ["lm_head"],
      },
    };
    const tensors = [
      tensor("model.layers.0.self_attn.q_proj.weight_packed", "I32", [64, 16]),
      tensor("model.layers.0.self_attn.q_proj.weight_scale", "F16", [64, 1]),
      tensor("model.layers.0.mlp.gate_proj.weight_packed", "I32", [128, 8]),
      tensor("model.layers.0.mlp.up_proj.weight_packed", "I32", [128, 8]),
      tensor("model.layers.0.mlp.up_proj.weight_zero_point", "I32", [16, 1]),
      tensor("model.layers.0.mlp.down_proj.weight_packed", "U8", [64, 64]),
      tensor("model.layers.0.mlp.down_proj.weight_scale", "F8_E4M3", [64, 8]),
      tensor("model.layers.0.mlp.down_proj.weight_global_scale", "F32", [1]),
      tensor("model.layers.0.mlp.down_proj.input_global_scale", "F32", [1]),
      tensor("lm_head.weight", "BF16", [100, 64]),
    ];
    const c = countSafetensors(tensors, checkpointConfigFromJson(config));
    // q 64 × 16 × 4 = 4,096 (64 × 64); gate and up 2 × 128 × 8 × 8 = 16,384; down 64 × 64 × 2 = 8,192; head 6,400.
    expect(c.paramsTotal).toBe(4_096 + 16_384 + 8_192 + 6_400);
    expect(c.quantBits).toBeUndefined();
    expect(c.warnings).toEqual([]);
  });

  it("gpt-oss-20b: 20,914,757,184 params (P), 13,761,264,768 B (P: index total_size); 3.61B active as OpenAI counts", () => {
    // BF16 1,804,459,584 params (3,608,919,168 B); MXFP4 blocks 24 × 32 × (5,760 + 2,880) × 90 × 16 = 9,555,148,800 B
    // at 2 weights per byte = 19,110,297,600; scales 597,196,800 B. One precision for all would say 10.46e9 B (24% low).
    const c = count(fx.recipes.gptOss20b(), fx.gptOssConfig({ layers: 24, experts: 32 }));
    expect(c).toMatchObject({ quantization: "mxfp4", quantBits: 4, paramsTotal: 20_914_757_184, fileBytes: 13_761_264_768, weightsBytes: 13_761_264_768, warnings: [] });
    expect({ ...c.bytesByDtype }).toEqual({ U8: 9_555_148_800 + 597_196_800, BF16: 3_608_919_168 });
    // Active: routed experts 24 × (796,262,400 + 276,480 biases) = 19,116,933,120, of which 4/32 are read:
    // 20,914,757,184 − 19,116,933,120 × 28/32 − 579,133,440 (embedding) = 3,608,307,264. OpenAI's model card
    // (Table 1) says 3.61B active and counts the unembedding but not the embedding: the same convention.
    expect(c.paramsActive).toBe(3_608_307_264);
    // Bytes read: 13,761,264,768 − (9,555,148,800 + 597,196,800 + 552,960) × 28/32 − 1,158,266,880 = 3,708,083,328.
    expect(c.bytesReadPerToken).toBe(3_708_083_328);
  });

  it("gpt-oss-120b: BF16 2,167,371,072 params + U8 blocks 57,330,892,800 B + scales 3,583,180,800 B (C); 5.13B active", () => {
    const c = count(fx.recipes.gptOss120b(), fx.gptOssConfig({ layers: 36, experts: 128 }));
    expect(c.bytesByDtype["BF16"]).toBe(2 * 2_167_371_072);
    expect(c.bytesByDtype["U8"]).toBe(57_330_892_800 + 3_583_180_800);
    expect(c.paramsTotal).toBe(2_167_371_072 + 2 * 57_330_892_800); // 116,829,156,672: OpenAI's 116.83B
    expect(c.paramsActive).toBe(5_132_849_472); // OpenAI's model card: 5.13B active
  });

  it("bitsandbytes NF4 Llama-3.1-8B: U8 weights 3,489,660,928 B × 2 + BF16 1,050,939,392 = 8,030,261,248 params (P)", () => {
    // P: unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit. absmax, quant_map, nested_* and quant_state are bytes only.
    const tensors = fx.recipes.bnb4bitLlama31_8b();
    const c = count(tensors, fx.denseConfig(fx.LLAMA_31_8B, { quant_method: "bitsandbytes", load_in_4bit: true, bnb_4bit_quant_type: "nf4", bnb_4bit_use_double_quant: true }));
    expect(c).toMatchObject({ quantization: "bitsandbytes", quantBits: 4, paramsTotal: 8_030_261_248 });
    const weightBytes = fx.totalBytes(tensors.filter((t) => t.dtype === "U8" && t.name.endsWith(".weight")));
    expect(weightBytes).toBe(3_489_660_928);
    expect(c.bytesByDtype["BF16"]).toBe(2 * 1_050_939_392);
    // The state is counted as bytes: absmax n/64 U8, nested absmax and maps F32, the packed JSON.
    expect(c.fileBytes).toBe(fx.totalBytes(tensors));
    expect(c.fileBytes - 3_489_660_928 - 2 * 1_050_939_392).toBe(c.bytesByDtype["F32"]! + c.bytesByDtype["U8"]! - 3_489_660_928);
  });

  it("bitsandbytes without a config still unpacks weights that carry their quant state", () => {
    const tensors = fx.bnb4bitLinear({ module: "model.layers.0.mlp.down_proj", out: 64, in: 128, bias: false });
    const c = countSafetensors(tensors.map((t) => tensor(t.name, t.dtype, t.shape)), checkpointConfigFromJson({}));
    expect(c.paramsTotal).toBe(64 * 128);
    expect(c.quantization).toBe("bitsandbytes");
    expect(c.warnings).toEqual([expect.stringContaining("declares no quantization")]);
  });

  it("FP8 per-tensor compressed-tensors Llama-3.1-8B: 9,081,202,432 B (C), 8,030,261,248 params", () => {
    // 6,979,321,856 F8_E4M3 + 224 × (weight_scale + input_scale) × 4 B = 1,792 + BF16 2,101,878,784 = 9,081,202,432.
    const config = fx.denseConfig(fx.LLAMA_31_8B, {
      quant_method: "compressed-tensors",
      format: "float-quantized",
      config_groups: { group_0: { targets: ["Linear"], weights: { num_bits: 8, type: "float", strategy: "tensor" }, input_activations: { num_bits: 8, type: "float", strategy: "tensor" } } },
      ignore: ["lm_head"],
    });
    const c = count(fx.recipes.fp8Llama31_8b(), config);
    expect(c).toMatchObject({ quantization: "compressed-tensors", quantBits: 8, paramsTotal: 8_030_261_248, fileBytes: 9_081_202_432 });
    expect({ ...c.bytesByDtype }).toEqual({ F8_E4M3: 6_979_321_856, BF16: 2_101_878_784, F32: 1_792 });
  });

  it("packed tensors without any declaration: counted as GPTQ, 4 bits assumed, with warnings", () => {
    const tensors = fx.gptqLinear(128)({ module: "model.layers.0.mlp.up_proj", out: 256, in: 128, bias: false });
    const c = countSafetensors(tensors.map((t) => tensor(t.name, t.dtype, t.shape)), checkpointConfigFromJson({}));
    expect(c.quantization).toBe("gptq");
    expect(c.paramsTotal).toBe(256 * 128 + 256);
    expect(c.warnings).toEqual([expect.stringContaining("declares no quantization"), expect.stringContaining("4 assumed")]);
  });

  it("F8_E8M0 tensors are never parameters", () => {
    const c = countSafetensors([tensor("model.layers.0.mlp.experts.down_proj_blocks", "U8", [4, 8, 2, 16]), tensor("model.layers.0.mlp.experts.down_proj_scales", "F8_E8M0", [4, 8, 2]), tensor("x.weight_scale_e8", "F8_E8M0", [16])], checkpointConfigFromJson({}));
    expect(c.paramsTotal).toBe(4 * 8 * 2 * 16 * 2);
  });

  it("honours modules_to_not_convert and ignore: those modules stay unquantized", () => {
    // A ModelOpt NVFP4 checkpoint: U8 weights hold two values, except in the excluded modules.
    const tensors = [tensor("model.layers.0.mlp.down_proj.weight", "U8", [64, 32]), tensor("model.layers.0.mlp.down_proj.weight_scale", "F8_E4M3", [64, 4]), tensor("model.layers.0.mlp.down_proj.weight_scale_2", "F32", []), tensor("model.layers.0.mlp.gate.weight", "U8", [8, 64])];
    const nvfp4 = (exclude: string[]) => countSafetensors(tensors, checkpointConfigFromJson({}, { hfQuantConfig: { quantization: { quant_algo: "NVFP4", exclude_modules: exclude } } }));
    expect(nvfp4([]).paramsTotal).toBe(64 * 64 + 8 * 128);
    expect(nvfp4(["model.layers.*.mlp.gate"]).paramsTotal).toBe(64 * 64 + 8 * 64);
    // compressed-tensors ignore, by a pattern.
    const bnb = (config: Record<string, unknown>) => countSafetensors([tensor("lm_head.weight", "U8", [10, 10]), tensor("model.layers.0.mlp.up_proj.weight", "U8", [50, 1])], checkpointConfigFromJson({ quantization_config: config }));
    expect(bnb({ quant_method: "bitsandbytes", load_in_4bit: true }).paramsTotal).toBe(200 + 100);
    expect(bnb({ quant_method: "bitsandbytes", load_in_4bit: true, llm_int8_skip_modules: ["lm_head"] }).paramsTotal).toBe(100 + 100);
    expect(bnb({ quant_method: "other-4bit", bits: 4, ignore: [] }).paramsTotal).toBe(300);
  });

  it("reads a quantization nested in text_config when counting", () => {
    const tensors = fx.gptqLinear(128, 8)({ module: "language_model.model.layers.0.mlp.up_proj", out: 256, in: 128, bias: false });
    const c = countSafetensors(tensors.map((t) => tensor(t.name, t.dtype, t.shape)), checkpointConfigFromJson({ text_config: { quantization_config: { quant_method: "gptq", bits: 8, group_size: 128 } } }));
    expect(c).toMatchObject({ quantization: "gptq", quantBits: 8, paramsTotal: 256 * 128 + 256, warnings: [] });
  });
});

describe("countSafetensors: mixtures of experts", () => {
  it("Mixtral-8x7B: 46,702,792,704 params; 12,748,853,248 active without the input embedding", () => {
    const c = count(fx.recipes.mixtral8x7b(), { num_hidden_layers: 32, num_local_experts: 8, num_experts_per_tok: 2, tie_word_embeddings: false });
    expect(c.paramsTotal).toBe(46_702_792_704);
    expect(c.paramsTotal).toBe(catalogParams("mistralai/Mixtral-8x7B-Instruct-v0.1").paramsTotal);
    // 46,702,792,704 − 32 × 6 × 176,160,768 − 131,072,000 (embedding) = 12,748,853,248. Mistral's "12.9B
    // parameters per token" is 12,879,925,248: it counts the input embedding (12.75B would round to 12.7B).
    expect(c.paramsActive).toBe(12_748_853_248);
    expect(c.paramsActive).toBe(catalogParams("mistralai/Mixtral-8x7B-Instruct-v0.1").paramsActive);
    expect(c.bytesReadPerToken).toBe(2 * 12_748_853_248);
  });

  it("DeepSeek-V2-Lite: 15.7B params, 2.4B active as DeepSeek counts (without the embedding)", () => {
    const c = count(fx.recipes.deepseekV2Lite(), fx.deepseekConfig(fx.DEEPSEEK_V2_LITE, 6));
    // 26 MoE layers × 64 experts × 3 × 2,048 × 1,408 = 14,394,851,328 routed; 6/64 of them read.
    expect(c.paramsTotal).toBe(15_706_484_224);
    expect(c.paramsActive).toBe(2_451_435_008); // with the 209,715,200-parameter embedding it would be 2.66B, not "2.4B"
    expect(c.paramsTotal).toBe(catalogParams("deepseek-ai/DeepSeek-V2-Lite-Chat").paramsTotal);
  });

  it("DeepSeek-V3 (block FP8): 671,026,419,200 params; MTP layer 61 set apart (Hub's 685B = 671B + 13.5B)", () => {
    const tensors = fx.recipes.deepseekV3();
    const c = count(tensors, fx.deepseekConfig(fx.DEEPSEEK_V3, 8));
    expect(c).toMatchObject({ quantization: "fp8", quantBits: 8, paramsTotal: 671_026_419_200, warnings: [] });
    expect(c.paramsTotal).toBe(catalogParams("deepseek-ai/DeepSeek-V3").paramsTotal);
    const mtp = c.setApart.find((g) => g.reason === "multi-token prediction layers")!;
    // One MoE decoder layer 11,507,286,272 (MLA 187,107,328, norms 14,336, router 1,835,264, 256 experts
    // 11,274,289,152, shared expert 44,040,192) + embed_tokens and shared_head.head 2 × 926,679,040
    // + eh_proj 7,168 × 14,336 = 102,760,448 + enorm, hnorm, shared_head.norm 3 × 7,168.
    expect(mtp.params).toBe(13_463_426_304);
    expect(c.paramsTotal + mtp.params).toBe(684_489_845_504);
    expect(c.fileBytes - c.weightsBytes).toBe(mtp.bytes);
    // Block scales: F32 [⌈out/128⌉, ⌈in/128⌉], e.g. kv_a_proj_with_mqa 576 × 7,168 → [5, 56]; bytes, not parameters.
    const scale = tensors.find((t) => t.name === "model.layers.0.self_attn.kv_a_proj_with_mqa.weight_scale_inv")!;
    expect(scale.shape).toEqual([5, 56]);
    // Active without the embedding: the physics model's 37,552,297,472 (which counts the whole table) − 926,679,040.
    expect(c.paramsActive).toBe(catalogParams("deepseek-ai/DeepSeek-V3").paramsActive);
  });

  it("without num_nextn_predict_layers the extra layer is counted as a layer", () => {
    const small: fx.DeepseekShape = { ...fx.DEEPSEEK_V2_LITE, hidden: 200, layers: 2, mtpLayers: 1, heads: 2, kvLoraRank: 64, qLoraRank: 96, qkNope: 16, qkRope: 8, vHead: 16, intermediate: 300, moeIntermediate: 72, routedExperts: 4, sharedExperts: 1, vocab: 1000, fp8: true, routerBias: true };
    const tensors = fx.deepseek(small);
    const withMtp = count(tensors, fx.deepseekConfig(small, 2));
    const without = count(tensors, { ...fx.deepseekConfig(small, 2), num_nextn_predict_layers: 0 });
    expect(withMtp.setApart.map((g) => g.reason)).toEqual(["multi-token prediction layers"]);
    expect(without.setApart).toEqual([]);
    expect(without.paramsTotal).toBe(withMtp.paramsTotal + withMtp.setApart[0]!.params);
    // A 200-wide projection has ⌈200/128⌉ = 2 scale columns.
    expect(tensors.find((t) => t.name === "model.layers.0.self_attn.q_a_proj.weight_scale_inv")!.shape).toEqual([1, 2]);
  });

  it("an MoE whose config names no top-k: every expert counted active, with a warning", () => {
    const c = count(fx.mixtral({ ...fx.MIXTRAL_8X7B, layers: 1, hidden: 64, heads: 4, kvHeads: 2, intermediate: 128, vocab: 100 }), { num_hidden_layers: 1 });
    expect(c.paramsActive).toBe(c.paramsTotal - 100 * 64);
    expect(c.warnings).toEqual([expect.stringContaining("every expert is counted as active")]);
  });

  it("shared experts and routers are always active; fused 3-D experts are routed", () => {
    const tensors = [
      tensor("model.layers.0.feed_forward.router.weight", "BF16", [16, 64]),
      tensor("model.layers.0.feed_forward.shared_expert.gate_proj.weight", "BF16", [128, 64]),
      tensor("model.layers.0.feed_forward.experts.gate_up_proj", "BF16", [16, 64, 256]),
      tensor("model.layers.0.feed_forward.experts.down_proj", "BF16", [16, 128, 64]),
      tensor("lm_head.weight", "BF16", [10, 64]),
    ];
    const c = countSafetensors(tensors, checkpointConfigFromJson({ text_config: { num_hidden_layers: 1, num_local_experts: 16, num_experts_per_tok: 1 } }));
    const routed = 16 * 64 * 256 + 16 * 128 * 64;
    expect(c.paramsTotal).toBe(16 * 64 + 128 * 64 + routed + 640);
    expect(c.paramsActive).toBe(16 * 64 + 128 * 64 + routed / 16 + 640);
  });
});

describe("countSafetensors: vision and audio towers", () => {
  it("Gemma-3-12B: the SigLIP tower and projector are loaded but counted apart", () => {
    const c = count(fx.recipes.gemma3_12b(), { text_config: { num_hidden_layers: 48, tie_word_embeddings: true } });
    // The language model: the physics model of the same text_config (tied, no lm_head in the files).
    expect(c.paramsTotal).toBe(catalogParams("google/gemma-3-12b-it").paramsTotal);
    expect(c.paramsTotal).toBe(11_766_034_176);
    // SigLIP: patch 1,152 × 588 + 1,152, positions 4,096 × 1,152, 27 × 15,239,504 per layer, post norm 2,304
    // = 416,866,032; projector 1,152 × 3,840 + 1,152 = 4,424,832. Total 421,290,864 (12.19B with the LM).
    expect(c.towerParams).toBe(421_290_864);
    expect(c.setApart).toEqual([{ reason: "vision and audio towers", tensors: 439, bytes: 842_581_728, params: 421_290_864, loaded: true }]);
    expect(c.weightsBytes).toBe(c.fileBytes);
    expect(c.paramsActive).toBe(c.paramsTotal); // tied: the embedding is read as the head
    expect(c.bytesReadPerToken).toBe(2 * 11_766_034_176); // towers are not read per decoded token
  });

  it("recognises the towers of Llama-4, Mllama, Qwen-VL, Mistral-3, LLaVA, Gemma-3n, Phi and others", () => {
    const towers = [
      "vision_model.patch_embedding.linear.weight",
      "multi_modal_projector.linear_1.weight",
      "vision_model.transformer.layers.0.mlp.fc1.weight",
      "visual.blocks.0.attn.qkv.weight",
      "visual.merger.mlp.0.weight",
      "model.visual.blocks.0.attn.qkv.weight",
      "vision_tower.transformer.layers.0.attention.q_proj.weight",
      "model.vision_tower.vision_model.encoder.layers.0.self_attn.q_proj.weight",
      "model.multi_modal_projector.linear_1.weight",
      "model.mm_projector.0.weight",
      "model.embed_vision.embedding_projection.weight",
      "model.audio_tower.conformer.0.attention.attn.q_proj.weight",
      "audio_tower.layers.0.self_attn.k_proj.weight",
      "model.vision_embed_tokens.img_projection.0.weight",
      "model.embed_tokens_extend.image_embed.img_projection.0.weight",
      "vision_encoder.transformer.layers.0.attention.wq.weight",
      "vision_language_adapter.w_in.weight",
      "model.connector.modality_projection.proj.weight",
      "image_newline",
    ].map((name) => tensor(name, "BF16", [8, 8]));
    const lm = [
      "language_model.model.embed_tokens.weight",
      "language_model.model.layers.0.self_attn.q_proj.weight",
      "model.language_model.layers.0.mlp.down_proj.weight",
      "language_model.lm_head.weight",
      "model.text_model.layers.0.mlp.up_proj.weight",
    ].map((name) => tensor(name, "BF16", [8, 8]));
    const c = countSafetensors([...towers, ...lm], checkpointConfigFromJson({ text_config: { num_hidden_layers: 1 } }));
    expect(c.towerParams).toBe(towers.length * 64);
    expect(c.paramsTotal).toBe(lm.length * 64);
    // Untied, with a head under the language model's prefix: the prefixed embedding is the lookup left out.
    expect(c.paramsActive).toBe((lm.length - 1) * 64);
  });

  it("a tied multimodal head under a prefix is set apart", () => {
    const c = countSafetensors([tensor("language_model.model.embed_tokens.weight", "BF16", [10, 4]), tensor("language_model.lm_head.weight", "BF16", [10, 4])], checkpointConfigFromJson({ text_config: { tie_word_embeddings: true } }));
    expect(c.paramsTotal).toBe(40);
    expect(c.setApart).toEqual([{ reason: "tied output head", tensors: 1, bytes: 80, params: 40 }]);
  });
});
