import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  HfConfigError,
  SUPPORTED_MODEL_TYPES,
  architectureFromHfConfig,
  genericReadingAssumption,
  readByGenericFallback,
  readHfConfig,
  type HfModelInfo,
} from "../src/catalog/hf-config.js";
import type { Architecture } from "../src/physics/architecture.js";
import { countParams } from "../src/physics/params.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "hf-config");

function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

function load(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(name), "utf8")) as Record<string, unknown>;
}

function read(name: string): HfModelInfo {
  return readHfConfig(fixturePath(name));
}

/** The config of `name` with `changes` applied; a value of `undefined` deletes the key. */
function variant(name: string, changes: Record<string, unknown>): Record<string, unknown> {
  const config = load(name);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete config[key];
    else config[key] = value;
  }
  return config;
}

/** Run `fn`, expect an HfConfigError, and return it for assertions on message and field. */
function configError(fn: () => unknown): HfConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(HfConfigError);
    return err as HfConfigError;
  }
  throw new Error("expected an HfConfigError, but nothing was thrown");
}

/** Within `rel` (0.5% by default) of a published figure. */
function expectNear(actual: number, official: number, rel = 0.005): void {
  const error = Math.abs(actual - official) / official;
  expect(error, `${actual} vs official ${official}: ${(error * 100).toFixed(2)}% off`).toBeLessThanOrEqual(rel);
}

/**
 * For figures published with two significant digits ("3.3B"), 0.5% is finer than the figure itself:
 * the count must be within one unit of the last stated digit (publishers round or truncate).
 */
function expectStatedAs(actual: number, official: number): void {
  const unit = 10 ** (Math.floor(Math.log10(official)) - 1);
  expect(Math.abs(actual - official), `${actual} vs official ${official}`).toBeLessThan(unit);
}

/**
 * Parameters used per token without the input embedding table, which is a lookup rather than a matmul:
 * countParams' own paramsActive. DeepSeek and OpenAI state active counts this way.
 */
function activeWithoutEmbedding(arch: Architecture): number {
  return countParams(arch).paramsActive;
}

/** Active parameters without the embedding table even when it is tied to the head, as IBM and Baidu state them. */
function activeWithoutTable(arch: Architecture): number {
  const p = countParams(arch);
  return p.paramsActive - (arch.tieWordEmbeddings ? p.embeddingParams : 0);
}

/** Active parameters with the input embedding table counted too, as Mistral, Qwen and AllenAI state them. */
function activeWithEmbedding(arch: Architecture): number {
  const p = countParams(arch);
  return p.paramsActive + (arch.tieWordEmbeddings ? 0 : p.embeddingParams);
}

/**
 * Put each junk value in every field of `pristine` (and of the `nested` objects), one at a time: the
 * reader either maps it to something countable or throws HfConfigError, never anything else. Returns the runs.
 */
function junkInEveryField(name: string, pristine: Record<string, unknown>, nested: string[], junk: unknown[]): number {
  const targets: Array<[Record<string, unknown>, string]> = [];
  const collect = (obj: Record<string, unknown>) => {
    for (const key of Object.keys(obj)) targets.push([obj, key]);
  };
  collect(pristine);
  for (const key of nested) {
    const value = pristine[key];
    if (value && typeof value === "object" && !Array.isArray(value)) collect(value as Record<string, unknown>);
  }
  let runs = 0;
  for (const [obj, key] of targets) {
    const original = obj[key];
    for (const value of junk) {
      obj[key] = value;
      runs++;
      try {
        // Whatever maps must still be countable.
        countParams(architectureFromHfConfig(pristine).architecture);
      } catch (err) {
        expect(err, `${name}: ${key} = ${JSON.stringify(value)}`).toBeInstanceOf(HfConfigError);
      }
    }
    obj[key] = original;
  }
  return runs;
}

const B = 1e9;

/** The supported model types as error messages list them. */
const ALL_TYPES = SUPPORTED_MODEL_TYPES.join(", ");

const CATALOG_MODELS = join(dirname(fileURLToPath(import.meta.url)), "..", "catalog", "models");

/** The config.json of a catalog folder, e.g. `meta-llama--Llama-4-Scout-17B-16E-Instruct`. */
function catalogConfig(folder: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(CATALOG_MODELS, folder, "config.json"), "utf8")) as Record<string, unknown>;
}

/** Every catalog config.json. */
function catalogConfigs(): Array<Record<string, unknown>> {
  return readdirSync(CATALOG_MODELS).map(catalogConfig);
}

/** Llama 4 Scout's text_config as a config of its own (model_type llama4_text). */
function scoutText(): Record<string, unknown> {
  const top = catalogConfig("meta-llama--Llama-4-Scout-17B-16E-Instruct");
  return { ...(top["text_config"] as Record<string, unknown>), tie_word_embeddings: false };
}

const alternating = (n: number): Array<"sliding" | "full"> =>
  Array.from({ length: n }, (_, i) => (i % 2 === 0 ? "sliding" : "full"));

describe("architectureFromHfConfig: published configs", () => {
  it("Llama-3.1-8B-Instruct", () => {
    const info = read("llama-3.1-8b-instruct.json");
    expect(info).toStrictEqual({
      modelType: "llama",
      maxContextTokens: 131072,
      weightPrecision: "bf16",
      precisionSource: "torch_dtype: bfloat16",
      architecture: {
        hiddenSize: 4096,
        numLayers: 32,
        vocabSize: 128256,
        tieWordEmbeddings: false,
        attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 },
        mlp: { gated: true, intermediateSize: 14336 },
        norm: "rmsnorm",
        normsPerLayer: 2,
      },
    });
    const p = countParams(info.architecture);
    // Hugging Face model page of meta-llama/Llama-3.1-8B-Instruct: 8.03B params (safetensors metadata).
    expect(p.paramsTotal).toBe(8_030_261_248);
    expectNear(p.paramsTotal, 8.03 * B);
  });

  it("Mistral-7B-v0.1: a 4096-token window on every layer", () => {
    const info = read("mistral-7b-v0.1.json");
    expect(info.modelType).toBe("mistral");
    expect(info.maxContextTokens).toBe(32768);
    expect(info.architecture).toStrictEqual({
      hiddenSize: 4096,
      numLayers: 32,
      vocabSize: 32000,
      tieWordEmbeddings: false,
      attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 },
      mlp: { gated: true, intermediateSize: 14336 },
      norm: "rmsnorm",
      normsPerLayer: 2,
      slidingWindow: { windowTokens: 4096 },
    });
    const p = countParams(info.architecture);
    // Hugging Face model page of mistralai/Mistral-7B-v0.1: 7.24B params (safetensors metadata).
    expect(p.paramsTotal).toBe(7_241_732_096);
    expectNear(p.paramsTotal, 7.24 * B);
  });

  it("Mixtral-8x7B-v0.1: 8 experts, top-2, sliding_window null", () => {
    const info = read("mixtral-8x7b-v0.1.json");
    expect(info.architecture).toStrictEqual({
      hiddenSize: 4096,
      numLayers: 32,
      vocabSize: 32000,
      tieWordEmbeddings: false,
      attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 },
      moe: { numExperts: 8, topK: 2, expert: { gated: true, intermediateSize: 14336 } },
      norm: "rmsnorm",
      normsPerLayer: 2,
    });
    const p = countParams(info.architecture);
    // Mistral AI, "Mixtral of experts" (mistral.ai/news/mixtral-of-experts, Dec 2023):
    // "46.7B total parameters but only uses 12.9B parameters per token" (embedding included).
    expect(p.paramsTotal).toBe(46_702_792_704);
    expectNear(p.paramsTotal, 46.7 * B);
    expectNear(activeWithEmbedding(info.architecture), 12.9 * B);
  });

  it("Qwen2.5-7B: qkv bias, use_sliding_window false ignores sliding_window", () => {
    const info = read("qwen2.5-7b.json");
    expect(info.maxContextTokens).toBe(131072);
    expect(info.architecture).toStrictEqual({
      hiddenSize: 3584,
      numLayers: 28,
      vocabSize: 152064,
      tieWordEmbeddings: false,
      attention: { kind: "standard", numHeads: 28, numKvHeads: 4, headDim: 128, qkvBias: true },
      mlp: { gated: true, intermediateSize: 18944 },
      norm: "rmsnorm",
      normsPerLayer: 2,
    });
    const p = countParams(info.architecture);
    // Qwen/Qwen2.5-7B model card: "Number of Parameters: 7.61B; Number of Parameters (Non-Embedding): 6.53B".
    expect(p.paramsTotal).toBe(7_615_616_512);
    expectNear(p.paramsTotal, 7.61 * B);
    expectNear(p.paramsTotal - p.embeddingParams - p.outputHeadParams, 6.53 * B);
  });

  it("Qwen1.5-MoE-A2.7B: 60 experts plus a gated shared expert", () => {
    const info = read("qwen1.5-moe-a2.7b-chat.json");
    expect(info.modelType).toBe("qwen2_moe");
    expect(info.architecture).toStrictEqual({
      hiddenSize: 2048,
      numLayers: 24,
      vocabSize: 151936,
      tieWordEmbeddings: false,
      attention: { kind: "standard", numHeads: 16, numKvHeads: 16, headDim: 128, qkvBias: true },
      moe: {
        numExperts: 60,
        topK: 4,
        expert: { gated: true, intermediateSize: 1408 },
        shared: { count: 1, mlp: { gated: true, intermediateSize: 5632 }, gate: true },
      },
      norm: "rmsnorm",
      normsPerLayer: 2,
    });
    const p = countParams(info.architecture);
    // Qwen/Qwen1.5-MoE-A2.7B model card: "14.3B parameters in total and 2.7B activated parameters during runtime".
    expectNear(p.paramsTotal, 14.3 * B);
    expectNear(activeWithEmbedding(info.architecture), 2.7 * B);
  });

  it("Qwen3-8B: head_dim from the config, q/k norms", () => {
    const info = read("qwen3-8b.json");
    expect(info.maxContextTokens).toBe(40960);
    expect(info.architecture).toStrictEqual({
      hiddenSize: 4096,
      numLayers: 36,
      vocabSize: 151936,
      tieWordEmbeddings: false,
      attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128, qkNorm: true },
      mlp: { gated: true, intermediateSize: 12288 },
      norm: "rmsnorm",
      normsPerLayer: 2,
    });
    const p = countParams(info.architecture);
    // Qwen/Qwen3-8B model card: "Number of Parameters: 8.2B; Number of Parameters (Non-Embedding): 6.95B".
    expectNear(p.paramsTotal, 8.2 * B);
    expectNear(p.paramsTotal - p.embeddingParams - p.outputHeadParams, 6.95 * B);
  });

  it("Qwen3-30B-A3B: 128 experts, top-8, no shared expert", () => {
    const info = read("qwen3-30b-a3b.json");
    expect(info.modelType).toBe("qwen3_moe");
    expect(info.architecture).toStrictEqual({
      hiddenSize: 2048,
      numLayers: 48,
      vocabSize: 151936,
      tieWordEmbeddings: false,
      attention: { kind: "standard", numHeads: 32, numKvHeads: 4, headDim: 128, qkNorm: true },
      moe: { numExperts: 128, topK: 8, expert: { gated: true, intermediateSize: 768 } },
      norm: "rmsnorm",
      normsPerLayer: 2,
    });
    const p = countParams(info.architecture);
    // Qwen/Qwen3-30B-A3B model card: "Number of Parameters: 30.5B in total and 3.3B activated;
    // Number of Parameters (Non-Embedding): 29.9B". The exact active count is 3.353B, stated as 3.3B.
    expectNear(p.paramsTotal, 30.5 * B);
    expectNear(p.paramsTotal - p.embeddingParams - p.outputHeadParams, 29.9 * B);
    expect(activeWithEmbedding(info.architecture)).toBe(3_353_032_704);
    expectStatedAs(activeWithEmbedding(info.architecture), 3.3 * B);
  });

  it("gemma-2-9b: 4 norms per layer, tied embeddings, every other layer windowed", () => {
    const info = read("gemma-2-9b.json");
    expect(info.weightPrecision).toBe("fp32");
    expect(info.precisionSource).toBe("torch_dtype: float32");
    expect(info.maxContextTokens).toBe(8192);
    expect(info.architecture).toStrictEqual({
      hiddenSize: 3584,
      numLayers: 42,
      vocabSize: 256000,
      tieWordEmbeddings: true,
      attention: { kind: "standard", numHeads: 16, numKvHeads: 8, headDim: 256 },
      mlp: { gated: true, intermediateSize: 14336 },
      norm: "rmsnorm",
      normsPerLayer: 4,
      slidingWindow: { windowTokens: 4096, globalEvery: 2 },
    });
    const p = countParams(info.architecture);
    // Gemma 2 technical report (arXiv:2408.00118), Table 2, 9B: 917,504,000 embedding and
    // 8,324,201,984 non-embedding parameters.
    expect(p.embeddingParams).toBe(917_504_000);
    expect(p.paramsTotal - p.embeddingParams).toBe(8_324_201_984);
  });

  it("gemma-3-27b-it: text_config only, transformers' defaults for the fields Google leaves out", () => {
    const info = read("gemma-3-27b-it.json");
    expect(info.modelType).toBe("gemma3");
    // text_config has no max_position_embeddings or vocab_size: Gemma3TextConfig defaults 131072 and 262208.
    expect(info.maxContextTokens).toBe(131072);
    expect(info.weightPrecision).toBe("bf16");
    expect(info.architecture).toStrictEqual({
      hiddenSize: 5376,
      numLayers: 62,
      vocabSize: 262208,
      tieWordEmbeddings: true,
      attention: { kind: "standard", numHeads: 32, numKvHeads: 16, headDim: 128, qkNorm: true },
      mlp: { gated: true, intermediateSize: 21504 },
      norm: "rmsnorm",
      normsPerLayer: 4,
      slidingWindow: { windowTokens: 1024, globalEvery: 6 },
    });
    const p = countParams(info.architecture);
    // Gemma 3 technical report (arXiv:2503.19786), Table 1, 27B: 1,416M embedding + 25,600M non-embedding
    // parameters in the language model (the 417M vision encoder is not part of it).
    expectNear(p.paramsTotal, (1416 + 25_600) * 1e6);
    expectNear(p.paramsTotal - p.embeddingParams, 25_600 * 1e6);
  });

  it("gemma-3-1b-it: a gemma3_text config, window 512, pattern 6", () => {
    const info = read("gemma-3-1b-it.json");
    expect(info.modelType).toBe("gemma3_text");
    expect(info.maxContextTokens).toBe(32768);
    expect(info.architecture).toStrictEqual({
      hiddenSize: 1152,
      numLayers: 26,
      vocabSize: 262144,
      tieWordEmbeddings: true,
      attention: { kind: "standard", numHeads: 4, numKvHeads: 1, headDim: 256, qkNorm: true },
      mlp: { gated: true, intermediateSize: 6912 },
      norm: "rmsnorm",
      normsPerLayer: 4,
      slidingWindow: { windowTokens: 512, globalEvery: 6 },
    });
    const p = countParams(info.architecture);
    // Gemma 3 technical report (arXiv:2503.19786), Table 1, 1B: 302M embedding + 698M non-embedding.
    expectNear(p.embeddingParams, 302 * 1e6);
    expectNear(p.paramsTotal - p.embeddingParams, 698 * 1e6);
  });

  it("Phi-3-mini-4k-instruct: head_dim 96 from hidden_size / heads, window 2047 on every layer", () => {
    const info = read("phi-3-mini-4k-instruct.json");
    expect(info.maxContextTokens).toBe(4096);
    expect(info.architecture).toStrictEqual({
      hiddenSize: 3072,
      numLayers: 32,
      vocabSize: 32064,
      tieWordEmbeddings: false,
      attention: { kind: "standard", numHeads: 32, numKvHeads: 32, headDim: 96 },
      mlp: { gated: true, intermediateSize: 8192 },
      norm: "rmsnorm",
      normsPerLayer: 2,
      slidingWindow: { windowTokens: 2047 },
    });
    const p = countParams(info.architecture);
    // Phi-3 technical report (arXiv:2404.14219): "phi-3-mini, a 3.8 billion parameter language model".
    // The checkpoint holds 3,821,079,552 values (Hugging Face shows 3.82B).
    expect(p.paramsTotal).toBe(3_821_079_552);
    expectStatedAs(p.paramsTotal, 3.8 * B);
  });

  it("DeepSeek-V2-Lite: MLA without query compression, one dense layer, 2 shared experts", () => {
    const info = read("deepseek-v2-lite.json");
    expect(info.maxContextTokens).toBe(163840);
    expect(info.architecture).toStrictEqual({
      hiddenSize: 2048,
      numLayers: 27,
      vocabSize: 102400,
      tieWordEmbeddings: false,
      attention: {
        kind: "mla",
        numHeads: 16,
        qLoraRank: null,
        kvLoraRank: 512,
        qkNopeHeadDim: 128,
        qkRopeHeadDim: 64,
        vHeadDim: 128,
      },
      mlp: { gated: true, intermediateSize: 10944 },
      moe: {
        numExperts: 64,
        topK: 6,
        expert: { gated: true, intermediateSize: 1408 },
        shared: { count: 2, mlp: { gated: true, intermediateSize: 1408 } },
        firstDenseLayers: 1,
      },
      norm: "rmsnorm",
      normsPerLayer: 2,
    });
    const p = countParams(info.architecture);
    // deepseek-ai/DeepSeek-V2-Lite model card: "15.7B total parameters, of which 2.4B are activated for each
    // token". DeepSeek counts activated parameters without the input embedding (see DeepSeek-V3 below):
    // 2.451B, stated as 2.4B.
    expectNear(p.paramsTotal, 15.7 * B);
    expectStatedAs(activeWithoutEmbedding(info.architecture), 2.4 * B);
  });

  it("DeepSeek-V3: MLA with query compression, 3 dense layers, router bias, fp8 checkpoint", () => {
    const info = read("deepseek-v3.json");
    expect(info.weightPrecision).toBe("fp8");
    expect(info.precisionSource).toBe("quantization_config: fp8");
    expect(info.architecture).toStrictEqual({
      hiddenSize: 7168,
      numLayers: 61,
      vocabSize: 129280,
      tieWordEmbeddings: false,
      attention: {
        kind: "mla",
        numHeads: 128,
        qLoraRank: 1536,
        kvLoraRank: 512,
        qkNopeHeadDim: 128,
        qkRopeHeadDim: 64,
        vHeadDim: 128,
      },
      mlp: { gated: true, intermediateSize: 18432 },
      moe: {
        numExperts: 256,
        topK: 8,
        expert: { gated: true, intermediateSize: 2048 },
        shared: { count: 1, mlp: { gated: true, intermediateSize: 2048 } },
        firstDenseLayers: 3,
        routerBias: true,
      },
      norm: "rmsnorm",
      normsPerLayer: 2,
    });
    const p = countParams(info.architecture);
    // DeepSeek-V3 technical report (arXiv:2412.19437): "671B total parameters with 37B activated for each token".
    // deepseek-ai/DeepSeek-V3 README_WEIGHTS.md, main model: "Total parameters: 671B; Activation parameters: 36.6B
    // (including 0.9B for the output Head)", i.e. without the input embedding and without the MTP module.
    expectNear(p.paramsTotal, 671 * B);
    expectNear(activeWithoutEmbedding(info.architecture), 36.6 * B);
    expectStatedAs(activeWithoutEmbedding(info.architecture), 37 * B);
  });

  it("gpt-oss-20b: biases, sinks, alternating layer_types, mxfp4 experts", () => {
    const info = read("gpt-oss-20b.json");
    expect(info.weightPrecision).toBe("fp4");
    expect(info.precisionSource).toBe("quantization_config: mxfp4");
    expect(info.maxContextTokens).toBe(131072);
    expect(info.architecture).toStrictEqual({
      hiddenSize: 2880,
      numLayers: 24,
      vocabSize: 201088,
      tieWordEmbeddings: false,
      attention: {
        kind: "standard",
        numHeads: 64,
        numKvHeads: 8,
        headDim: 64,
        qkvBias: true,
        outputBias: true,
        sinks: true,
      },
      moe: {
        numExperts: 32,
        topK: 4,
        expert: { gated: true, intermediateSize: 2880, bias: true },
        routerBias: true,
      },
      norm: "rmsnorm",
      normsPerLayer: 2,
      slidingWindow: { windowTokens: 128, layerTypes: alternating(24) },
    });
    const p = countParams(info.architecture);
    // OpenAI, "gpt-oss-120b & gpt-oss-20b Model Card" (Aug 2025), Table 1: gpt-oss-20b has 20.91B total and
    // 3.61B active parameters per token; the active count leaves out the embedding table.
    expectNear(p.paramsTotal, 20.91 * B);
    expectNear(activeWithoutEmbedding(info.architecture), 3.61 * B);
  });

  it("falcon-7b: multi-query, one LayerNorm per parallel block, tied, 4×hidden ungated MLP", () => {
    const info = read("falcon-7b.json");
    // falcon-7b's config.json has no max_position_embeddings; FalconConfig defaults it to 2048.
    expect(info.maxContextTokens).toBe(2048);
    expect(info.architecture).toStrictEqual({
      hiddenSize: 4544,
      numLayers: 32,
      vocabSize: 65024,
      tieWordEmbeddings: true,
      attention: { kind: "standard", numHeads: 71, numKvHeads: 1, headDim: 64 },
      mlp: { gated: false, intermediateSize: 18176 },
      norm: "layernorm",
      normsPerLayer: 1,
    });
    const p = countParams(info.architecture);
    // 6.92B: the value count of the tiiuae/falcon-7b checkpoint as shown on Hugging Face; TII's model card
    // itself only says "7B".
    expect(p.paramsTotal).toBe(6_921_720_704);
    expectNear(p.paramsTotal, 6.92 * B);
  });

  it("every supported model type has a fixture or a catalog config that maps", () => {
    const types = new Set(
      readdirSync(FIXTURES)
        .filter((name) => !name.startsWith("broken-"))
        .map((name) => read(name).modelType),
    );
    for (const config of catalogConfigs()) types.add(architectureFromHfConfig(config).modelType);
    // A text-only Llama 4 config (llama4_text) is Scout's text_config on its own.
    types.add(architectureFromHfConfig(scoutText()).modelType);
    expect([...types].sort()).toEqual([...SUPPORTED_MODEL_TYPES].sort());
  });
});

describe("architectureFromHfConfig: conventions", () => {
  it("num_key_value_heads defaults to num_attention_heads and head_dim to hidden_size / heads", () => {
    const arch = architectureFromHfConfig(
      variant("llama-3.1-8b-instruct.json", { num_key_value_heads: undefined }),
    ).architecture;
    expect(arch.attention).toStrictEqual({ kind: "standard", numHeads: 32, numKvHeads: 32, headDim: 128 });
  });

  it("head_dim null counts as absent", () => {
    const arch = architectureFromHfConfig(variant("mistral-7b-v0.1.json", { head_dim: null })).architecture;
    expect(arch.attention).toMatchObject({ headDim: 128 });
  });

  it("an explicit head_dim wins (Mistral-Nemo: 5120 hidden, 32 heads of 128)", () => {
    const arch = architectureFromHfConfig(
      variant("mistral-7b-v0.1.json", { hidden_size: 5120, head_dim: 128, sliding_window: null }),
    ).architecture;
    expect(arch.attention).toMatchObject({ numHeads: 32, headDim: 128 });
  });

  it("tie_word_embeddings defaults per model type and follows the config when set", () => {
    const untied = (name: string) => architectureFromHfConfig(variant(name, { tie_word_embeddings: undefined }));
    expect(untied("llama-3.1-8b-instruct.json").architecture.tieWordEmbeddings).toBe(false);
    expect(untied("qwen2.5-7b.json").architecture.tieWordEmbeddings).toBe(false);
    expect(untied("qwen3-8b.json").architecture.tieWordEmbeddings).toBe(false);
    expect(untied("gemma-2-9b.json").architecture.tieWordEmbeddings).toBe(true);
    expect(untied("gemma-3-1b-it.json").architecture.tieWordEmbeddings).toBe(true);
    expect(untied("falcon-7b.json").architecture.tieWordEmbeddings).toBe(true);
    // Qwen3-0.6B ties its embeddings.
    const tied = architectureFromHfConfig(variant("qwen3-8b.json", { tie_word_embeddings: true }));
    expect(tied.architecture.tieWordEmbeddings).toBe(true);
  });

  it("llama attention_bias and mlp_bias turn on the biases", () => {
    const arch = architectureFromHfConfig(
      variant("llama-3.1-8b-instruct.json", { attention_bias: true, mlp_bias: true }),
    ).architecture;
    expect(arch.attention).toMatchObject({ qkvBias: true, outputBias: true });
    expect(arch.mlp).toStrictEqual({ gated: true, intermediateSize: 14336, bias: true });
  });

  it("mistral: sliding_window absent or null means no window", () => {
    expect(architectureFromHfConfig(variant("mistral-7b-v0.1.json", { sliding_window: null })).architecture.slidingWindow).toBeUndefined();
    expect(architectureFromHfConfig(variant("mistral-7b-v0.1.json", { sliding_window: undefined })).architecture.slidingWindow).toBeUndefined();
  });

  it("mixtral with a number in sliding_window windows every layer", () => {
    const arch = architectureFromHfConfig(variant("mixtral-8x7b-v0.1.json", { sliding_window: 4096 })).architecture;
    expect(arch.slidingWindow).toStrictEqual({ windowTokens: 4096 });
  });

  it("layer_types wins over the model's default layout", () => {
    const layerTypes = Array.from({ length: 32 }, (_, i) => (i < 16 ? "sliding_attention" : "full_attention"));
    const arch = architectureFromHfConfig(variant("mistral-7b-v0.1.json", { layer_types: layerTypes })).architecture;
    expect(arch.slidingWindow).toStrictEqual({
      windowTokens: 4096,
      layerTypes: layerTypes.map((t) => (t === "sliding_attention" ? "sliding" : "full")),
    });
  });

  it("layer_types of only full_attention layers means no window", () => {
    const arch = architectureFromHfConfig(
      variant("gemma-2-9b.json", { layer_types: Array(42).fill("full_attention") }),
    ).architecture;
    expect(arch.slidingWindow).toBeUndefined();
  });

  it("gemma2 / gpt_oss: sliding_window absent takes transformers' default, null means none", () => {
    const absent = architectureFromHfConfig(variant("gemma-2-9b.json", { sliding_window: undefined })).architecture;
    expect(absent.slidingWindow).toStrictEqual({ windowTokens: 4096, globalEvery: 2 });
    const gptOss = architectureFromHfConfig(
      variant("gpt-oss-20b.json", { sliding_window: undefined, layer_types: undefined }),
    ).architecture;
    expect(gptOss.slidingWindow).toStrictEqual({ windowTokens: 128, globalEvery: 2 });
    const none = architectureFromHfConfig(variant("gemma-2-9b.json", { sliding_window: null })).architecture;
    expect(none.slidingWindow).toBeUndefined();
  });

  it("gpt_oss without layer_types alternates with globalEvery 2", () => {
    const arch = architectureFromHfConfig(variant("gpt-oss-20b.json", { layer_types: undefined })).architecture;
    expect(arch.slidingWindow).toStrictEqual({ windowTokens: 128, globalEvery: 2 });
  });

  it("gpt_oss reads num_experts_per_tok when experts_per_token is absent", () => {
    const arch = architectureFromHfConfig(
      variant("gpt-oss-20b.json", { experts_per_token: undefined, num_experts_per_tok: 2 }),
    ).architecture;
    expect(arch.moe?.topK).toBe(2);
  });

  it("gemma3 sliding_window_pattern sets globalEvery; layer_types in text_config wins", () => {
    const config = load("gemma-3-27b-it.json");
    const text = config["text_config"] as Record<string, unknown>;
    text["sliding_window_pattern"] = 4;
    expect(architectureFromHfConfig(config).architecture.slidingWindow).toStrictEqual({
      windowTokens: 1024,
      globalEvery: 4,
    });
    const layerTypes = Array.from({ length: 62 }, (_, i) => ((i + 1) % 6 === 0 ? "full_attention" : "sliding_attention"));
    text["layer_types"] = layerTypes;
    const window = architectureFromHfConfig(config).architecture.slidingWindow;
    expect(window?.layerTypes?.filter((t) => t === "full")).toHaveLength(10);
    expect(window?.globalEvery).toBeUndefined();
  });

  it("gemma3_text falls back to Gemma3TextConfig defaults like gemma-3-4b's text_config does", () => {
    // google/gemma-3-4b-it's text_config sets only these; heads (8), KV heads (4) and head_dim (256) are defaults.
    const info = architectureFromHfConfig({
      model_type: "gemma3",
      text_config: {
        hidden_size: 2560,
        intermediate_size: 10240,
        model_type: "gemma3_text",
        num_hidden_layers: 34,
        rope_scaling: { factor: 8.0, rope_type: "linear" },
        sliding_window: 1024,
      },
      torch_dtype: "bfloat16",
    });
    expect(info.architecture.attention).toStrictEqual({
      kind: "standard",
      numHeads: 8,
      numKvHeads: 4,
      headDim: 256,
      qkNorm: true,
    });
    expect(info.architecture.vocabSize).toBe(262208);
    expect(info.maxContextTokens).toBe(131072);
    // Gemma 3 technical report, Table 1, 4B: 675M embedding + 3,209M non-embedding.
    const p = countParams(info.architecture);
    expectNear(p.paramsTotal - p.embeddingParams, 3209 * 1e6);
  });

  it("qwen2 with use_sliding_window true windows the layers from max_window_layers on", () => {
    const arch = architectureFromHfConfig(
      variant("qwen2.5-7b.json", { use_sliding_window: true, sliding_window: 4096, max_window_layers: 20 }),
    ).architecture;
    expect(arch.slidingWindow).toStrictEqual({
      windowTokens: 4096,
      layerTypes: Array.from({ length: 28 }, (_, i) => (i >= 20 ? "sliding" : "full")),
    });
  });

  it("qwen2 with use_sliding_window true but max_window_layers past the last layer has no window", () => {
    const arch = architectureFromHfConfig(
      variant("qwen2.5-7b.json", { use_sliding_window: true, sliding_window: 4096, max_window_layers: 28 }),
    ).architecture;
    expect(arch.slidingWindow).toBeUndefined();
  });

  it("phi3: a window at least max_position_embeddings long is no window (Phi-3-mini-128k: 262145)", () => {
    const arch = architectureFromHfConfig(
      variant("phi-3-mini-4k-instruct.json", { max_position_embeddings: 131072, sliding_window: 262145 }),
    ).architecture;
    expect(arch.slidingWindow).toBeUndefined();
  });

  it("deepseek_v2 with n_shared_experts null and first_k_dense_replace 0 has no shared experts and no dense mlp", () => {
    const arch = architectureFromHfConfig(
      variant("deepseek-v2-lite.json", { n_shared_experts: null, first_k_dense_replace: 0 }),
    ).architecture;
    expect(arch.mlp).toBeUndefined();
    expect(arch.moe).toStrictEqual({ numExperts: 64, topK: 6, expert: { gated: true, intermediateSize: 1408 } });
  });

  it("falcon new_decoder_architecture (Falcon-40B): num_kv_heads and two LayerNorms per layer", () => {
    const arch = architectureFromHfConfig({
      alibi: false,
      architectures: ["FalconForCausalLM"],
      bias: false,
      hidden_size: 8192,
      model_type: "falcon",
      multi_query: true,
      new_decoder_architecture: true,
      num_attention_heads: 128,
      num_hidden_layers: 60,
      num_kv_heads: 8,
      parallel_attn: true,
      torch_dtype: "bfloat16",
      vocab_size: 65024,
    }).architecture;
    expect(arch.attention).toStrictEqual({ kind: "standard", numHeads: 128, numKvHeads: 8, headDim: 64 });
    expect(arch.normsPerLayer).toBe(2);
    expect(arch.norm).toBe("layernorm");
    expect(arch.mlp).toStrictEqual({ gated: false, intermediateSize: 32768 });
  });

  it("falcon with bias, ffn_hidden_size and a sequential block (not parallel_attn)", () => {
    const arch = architectureFromHfConfig(
      variant("falcon-7b.json", { bias: true, ffn_hidden_size: 10000, parallel_attn: false, multi_query: false }),
    ).architecture;
    expect(arch.attention).toStrictEqual({
      kind: "standard",
      numHeads: 71,
      numKvHeads: 71,
      headDim: 64,
      qkvBias: true,
      outputBias: true,
    });
    expect(arch.mlp).toStrictEqual({ gated: false, intermediateSize: 10000, bias: true });
    expect(arch.normsPerLayer).toBe(2);
  });
});

describe("architectureFromHfConfig: weight precision", () => {
  const withQuant = (quantizationConfig: unknown, extra: Record<string, unknown> = {}) =>
    architectureFromHfConfig(
      variant("llama-3.1-8b-instruct.json", { quantization_config: quantizationConfig, ...extra }),
    );

  it("AWQ 4-bit → int4", () => {
    const info = read("qwen2.5-7b-instruct-awq.json");
    expect(info.weightPrecision).toBe("int4");
    expect(info.precisionSource).toBe("quantization_config: awq, 4-bit");
  });

  it("GPTQ 4-bit → int4, 8-bit → int8", () => {
    const info = read("llama-3.1-8b-instruct-gptq-int4.json");
    expect(info.weightPrecision).toBe("int4");
    expect(info.precisionSource).toBe("quantization_config: gptq, 4-bit");
    expect(withQuant({ quant_method: "gptq", bits: 8, group_size: 128 }).weightPrecision).toBe("int8");
    expect(withQuant({ quant_method: "awq", bits: 8 }).weightPrecision).toBe("int8");
  });

  it("compressed-tensors float 8-bit weights → fp8", () => {
    const info = read("llama-3.1-8b-instruct-fp8-compressed-tensors.json");
    expect(info.weightPrecision).toBe("fp8");
    expect(info.precisionSource).toBe("quantization_config: compressed-tensors, weights fp8");
  });

  it("compressed-tensors int 8 → int8, int 4 → int4, float 4 → fp4", () => {
    const ct = (type: string, bits: number) =>
      withQuant({
        quant_method: "compressed-tensors",
        config_groups: { group_0: { targets: ["Linear"], weights: { num_bits: bits, type }, input_activations: null } },
      }).weightPrecision;
    expect(ct("int", 8)).toBe("int8");
    expect(ct("int", 4)).toBe("int4");
    expect(ct("float", 4)).toBe("fp4");
  });

  it("compressed-tensors without quantized weights (sparsity only) falls back to torch_dtype", () => {
    const info = withQuant({ quant_method: "compressed-tensors", sparsity_config: { format: "sparse-24-bitmask" } });
    expect(info.weightPrecision).toBe("bf16");
    expect(info.precisionSource).toBe("torch_dtype: bfloat16");
  });

  it("bitsandbytes load_in_4bit → int4, load_in_8bit → int8", () => {
    expect(withQuant({ quant_method: "bitsandbytes", load_in_4bit: true, bnb_4bit_quant_type: "nf4" }).weightPrecision).toBe("int4");
    expect(withQuant({ quant_method: "bitsandbytes", load_in_8bit: true }).weightPrecision).toBe("int8");
    // Written before quant_method existed.
    expect(withQuant({ load_in_4bit: true }).weightPrecision).toBe("int4");
  });

  it("fp8 and fbgemm_fp8 → fp8; mxfp4 → fp4", () => {
    expect(withQuant({ quant_method: "fp8", activation_scheme: "static" }).weightPrecision).toBe("fp8");
    // meta-llama/Llama-3.1-405B-Instruct-FP8.
    expect(withQuant({ quant_method: "fbgemm_fp8", activation_scale_ub: 1200.0 }).weightPrecision).toBe("fp8");
    expect(withQuant({ quant_method: "mxfp4" }).weightPrecision).toBe("fp4");
  });

  it("torch_dtype without quantization: bfloat16, float16, float32; `dtype` as newer transformers write it", () => {
    expect(withQuant(undefined, { torch_dtype: "float16" })).toMatchObject({
      weightPrecision: "fp16",
      precisionSource: "torch_dtype: float16",
    });
    expect(withQuant(undefined, { torch_dtype: "float32" }).weightPrecision).toBe("fp32");
    expect(withQuant(undefined, { torch_dtype: undefined, dtype: "bfloat16" })).toMatchObject({
      weightPrecision: "bf16",
      precisionSource: "dtype: bfloat16",
    });
  });

  it("neither quantization_config nor torch_dtype: precision undefined", () => {
    const info = withQuant(undefined, { torch_dtype: undefined });
    expect(info.weightPrecision).toBeUndefined();
    expect(info.precisionSource).toBeUndefined();
    expect("weightPrecision" in info).toBe(false);
  });

  it("gemma3 reads torch_dtype from text_config when the top level has none", () => {
    const config = variant("gemma-3-27b-it.json", { torch_dtype: undefined });
    (config["text_config"] as Record<string, unknown>)["torch_dtype"] = "float16";
    expect(architectureFromHfConfig(config)).toMatchObject({
      weightPrecision: "fp16",
      precisionSource: "text_config.torch_dtype: float16",
    });
  });
});

describe("errors", () => {
  it("non-object input", () => {
    for (const input of [null, undefined, 42, "config", true, [], [{ model_type: "llama" }]]) {
      const err = configError(() => architectureFromHfConfig(input));
      expect(err.message).toMatch(/^config\.json must be a JSON object/);
    }
    expect(configError(() => architectureFromHfConfig([])).message).toContain("but it is an array");
  });

  it("missing model_type says so and lists the supported types", () => {
    const err = configError(() => architectureFromHfConfig(load("broken-missing-model-type.json")));
    expect(err.field).toBe("model_type");
    expect(err.message).toBe(
      'config.json has no "model_type" field, so its architecture is unknown; supported model types: ' +
        ALL_TYPES,
    );
  });

  it("the supported types, in the order messages list them", () => {
    expect(ALL_TYPES).toBe(
      "llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma2, gemma3, gemma3_text, phi3, " +
        "deepseek_v2, deepseek_v3, gpt_oss, falcon, llama4, llama4_text, mllama, mistral3, glm4_moe, kimi_k2, " +
        "qwen3_next, mpt, bloom, phi, phimoe, granite, granitemoe, olmo, olmo2, olmoe, cohere, cohere2, starcoder2, " +
        "internlm2, exaone, gpt_neox, gpt_bigcode, gpt2, gptj, stablelm, qwen2_vl, qwen2_5_vl, llava, llava_next, " +
        "gemma, minicpm, nemotron, hunyuan_v1_dense, seed_oss, smollm3, ernie4_5, ernie4_5_moe, dots1, minimax_m2",
    );
  });

  it("model_type that is not a string", () => {
    const err = configError(() => architectureFromHfConfig({ model_type: 7 }));
    expect(err.field).toBe("model_type");
    expect(err.message).toBe('config.json field "model_type" must be a string such as "llama", but it is 7');
  });

  it("a model type the reader refuses by name (a state-space model) lists the supported types", () => {
    const err = configError(() => architectureFromHfConfig(load("broken-unknown-model-type.json")));
    expect(err.field).toBe("model_type");
    expect(err.message).toBe(
      'config.json model_type "mamba" is not supported: a state-space model has no attention layers; supported model types: ' +
        ALL_TYPES,
    );
  });

  it("a prototype property name is not a model type", () => {
    const err = configError(() => architectureFromHfConfig({ model_type: "constructor" }));
    expect(err.message).toContain('model_type "constructor" is not supported');
  });

  it("missing required field names it and the model type", () => {
    const err = configError(() => architectureFromHfConfig(load("broken-missing-layers.json")));
    expect(err.field).toBe("num_hidden_layers");
    expect(err.message).toBe(
      'config.json field "num_hidden_layers" is missing; it is required for model_type "llama"',
    );
  });

  it("each required field of each model type is reported when missing", () => {
    const cases: Array<[string, string, string]> = [
      ["mistral-7b-v0.1.json", "intermediate_size", "mistral"],
      ["mixtral-8x7b-v0.1.json", "num_local_experts", "mixtral"],
      ["qwen2.5-7b.json", "vocab_size", "qwen2"],
      ["qwen1.5-moe-a2.7b-chat.json", "shared_expert_intermediate_size", "qwen2_moe"],
      ["qwen3-8b.json", "max_position_embeddings", "qwen3"],
      ["qwen3-30b-a3b.json", "moe_intermediate_size", "qwen3_moe"],
      ["gemma-2-9b.json", "num_attention_heads", "gemma2"],
      ["gemma-3-1b-it.json", "hidden_size", "gemma3_text"],
      ["phi-3-mini-4k-instruct.json", "num_hidden_layers", "phi3"],
      ["deepseek-v2-lite.json", "kv_lora_rank", "deepseek_v2"],
      ["deepseek-v3.json", "n_routed_experts", "deepseek_v3"],
      ["gpt-oss-20b.json", "num_local_experts", "gpt_oss"],
      ["falcon-7b.json", "vocab_size", "falcon"],
    ];
    for (const [fixture, field, modelType] of cases) {
      const err = configError(() => architectureFromHfConfig(variant(fixture, { [field]: undefined })));
      expect(err.field).toBe(field);
      expect(err.message).toBe(`config.json field "${field}" is missing; it is required for model_type "${modelType}"`);
    }
  });

  it("gpt_oss without either top-k field names num_experts_per_tok", () => {
    const err = configError(() =>
      architectureFromHfConfig(variant("gpt-oss-20b.json", { experts_per_token: undefined, num_experts_per_tok: undefined })),
    );
    expect(err.field).toBe("num_experts_per_tok");
  });

  it("gemma3 text_config fields are named with their path", () => {
    const config = load("gemma-3-27b-it.json");
    delete (config["text_config"] as Record<string, unknown>)["num_hidden_layers"];
    const err = configError(() => architectureFromHfConfig(config));
    expect(err.field).toBe("text_config.num_hidden_layers");
    expect(err.message).toBe(
      'config.json field "text_config.num_hidden_layers" is missing; it is required for model_type "gemma3"',
    );
  });

  it("gemma3 without text_config", () => {
    const err = configError(() => architectureFromHfConfig(variant("gemma-3-27b-it.json", { text_config: undefined })));
    expect(err.field).toBe("text_config");
    expect(err.message).toContain('config.json field "text_config" is missing');
    expect(configError(() => architectureFromHfConfig(variant("gemma-3-27b-it.json", { text_config: [1] }))).message).toBe(
      'config.json field "text_config" must be an object, but it is an array',
    );
  });

  it("non-positive-integer fields", () => {
    const cases: Array<[unknown, string]> = [
      ["32", 'the string "32"'],
      [0, "0"],
      [-4, "-4"],
      [32.5, "32.5"],
      [true, "true"],
      [[32], "an array"],
      [{}, "an object"],
    ];
    for (const [value, shown] of cases) {
      const err = configError(() =>
        architectureFromHfConfig(variant("llama-3.1-8b-instruct.json", { num_hidden_layers: value })),
      );
      expect(err.field).toBe("num_hidden_layers");
      expect(err.message).toBe(
        `config.json field "num_hidden_layers" must be a positive integer, but it is ${shown} (model_type "llama")`,
      );
    }
  });

  it("an optional integer of the wrong type", () => {
    const err = configError(() => readHfConfig(fixturePath("broken-string-kv-heads.json")));
    expect(err.field).toBe("num_key_value_heads");
    expect(err.message).toContain(
      'config.json field "num_key_value_heads" must be a positive integer or null, but it is the string "8" (model_type "llama")',
    );
  });

  it("a boolean of the wrong type", () => {
    const err = configError(() => architectureFromHfConfig(variant("qwen2.5-7b.json", { use_sliding_window: "no" })));
    expect(err.field).toBe("use_sliding_window");
    expect(err.message).toBe(
      'config.json field "use_sliding_window" must be true or false, but it is the string "no" (model_type "qwen2")',
    );
  });

  it("KV heads that do not divide the query heads", () => {
    const err = configError(() => architectureFromHfConfig(variant("llama-3.1-8b-instruct.json", { num_key_value_heads: 5 })));
    expect(err.field).toBe("num_key_value_heads");
    expect(err.message).toBe(
      'config.json field "num_key_value_heads" is 5, which does not divide num_attention_heads 32 (model_type "llama")',
    );
  });

  it("hidden_size not divisible by the heads and no head_dim", () => {
    const err = configError(() =>
      architectureFromHfConfig(variant("llama-3.1-8b-instruct.json", { hidden_size: 4000, num_attention_heads: 48, num_key_value_heads: 8 })),
    );
    expect(err.field).toBe("head_dim");
    expect(err.message).toBe(
      'config.json field "head_dim" is missing and hidden_size 4000 is not divisible by num_attention_heads 48; set head_dim (model_type "llama")',
    );
  });

  it("top-k larger than the expert count", () => {
    const err = configError(() => architectureFromHfConfig(variant("mixtral-8x7b-v0.1.json", { num_experts_per_tok: 9 })));
    expect(err.field).toBe("num_experts_per_tok");
    expect(err.message).toBe('config.json field "num_experts_per_tok" is 9, more than the 8 experts there are');
  });

  it("qwen2_moe decoder_sparse_step other than 1 is unsupported, not guessed", () => {
    const err = configError(() => architectureFromHfConfig(variant("qwen1.5-moe-a2.7b-chat.json", { decoder_sparse_step: 2 })));
    expect(err.field).toBe("decoder_sparse_step");
    expect(err.message).toBe(
      'config.json field "decoder_sparse_step" is 2; only 1 (experts on every layer) is supported, other MoE layer layouts are not',
    );
  });

  it("qwen2_moe / qwen3_moe mlp_only_layers that is not empty is unsupported", () => {
    const err = configError(() => architectureFromHfConfig(variant("qwen3-30b-a3b.json", { mlp_only_layers: [0, 47] })));
    expect(err.field).toBe("mlp_only_layers");
    expect(err.message).toBe(
      'config.json field "mlp_only_layers" is an array; only an empty list is supported, dense layers among MoE layers are not',
    );
    const err2 = configError(() => architectureFromHfConfig(variant("qwen1.5-moe-a2.7b-chat.json", { mlp_only_layers: [3] })));
    expect(err2.field).toBe("mlp_only_layers");
  });

  it("deepseek moe_layer_freq other than 1 is unsupported", () => {
    const err = configError(() => architectureFromHfConfig(variant("deepseek-v3.json", { moe_layer_freq: 2 })));
    expect(err.field).toBe("moe_layer_freq");
    expect(err.message).toBe(
      'config.json field "moe_layer_freq" is 2; only 1 (every layer after first_k_dense_replace is MoE) is supported',
    );
  });

  it("deepseek without q_lora_rank", () => {
    const err = configError(() => architectureFromHfConfig(variant("deepseek-v2-lite.json", { q_lora_rank: undefined })));
    expect(err.field).toBe("q_lora_rank");
    expect(err.message).toBe(
      'config.json field "q_lora_rank" is missing; it is required for model_type "deepseek_v2" ' +
        "(null when queries are projected directly, as in DeepSeek-V2-Lite)",
    );
  });

  it("deepseek first_k_dense_replace beyond the layer count", () => {
    const err = configError(() => architectureFromHfConfig(variant("deepseek-v2-lite.json", { first_k_dense_replace: 28 })));
    expect(err.field).toBe("first_k_dense_replace");
    expect(err.message).toBe('config.json field "first_k_dense_replace" is 28, more than num_hidden_layers 27');
  });

  it("layer_types of the wrong length or with an unknown kind", () => {
    const short = configError(() =>
      architectureFromHfConfig(variant("gpt-oss-20b.json", { layer_types: ["sliding_attention", "full_attention"] })),
    );
    expect(short.field).toBe("layer_types");
    expect(short.message).toBe('config.json field "layer_types" has 2 entries but num_hidden_layers is 24');
    const chunked = configError(() =>
      architectureFromHfConfig(
        variant("gpt-oss-20b.json", { layer_types: [...Array(23).fill("full_attention"), "chunked_attention"] }),
      ),
    );
    expect(chunked.message).toBe(
      'config.json field "layer_types" entry 23 is the string "chunked_attention"; only "sliding_attention" and "full_attention" are supported',
    );
    const notList = configError(() => architectureFromHfConfig(variant("gpt-oss-20b.json", { layer_types: "alternate" })));
    expect(notList.message).toBe(
      'config.json field "layer_types" must be a list of layer kinds, but it is the string "alternate"',
    );
  });

  it("layer_types with sliding layers but no sliding_window", () => {
    const err = configError(() =>
      architectureFromHfConfig(
        variant("mistral-7b-v0.1.json", { sliding_window: null, layer_types: Array(32).fill("sliding_attention") }),
      ),
    );
    expect(err.field).toBe("sliding_window");
    expect(err.message).toBe(
      'config.json field "sliding_window" is not set, but layer_types names sliding_attention layers (model_type "mistral")',
    );
  });

  it("qwen use_sliding_window true without sliding_window", () => {
    const err = configError(() =>
      architectureFromHfConfig(variant("qwen2.5-7b.json", { use_sliding_window: true, sliding_window: null })),
    );
    expect(err.message).toBe(
      'config.json field "sliding_window" must be set when use_sliding_window is true (model_type "qwen2")',
    );
  });

  it("unknown quant_method names the field and the supported methods", () => {
    const err = configError(() => readHfConfig(fixturePath("broken-unknown-quant-method.json")));
    expect(err.field).toBe("quantization_config.quant_method");
    expect(err.message).toContain(
      'config.json field "quantization_config.quant_method" is "hqq", which is not supported; ' +
        "supported: fp8, fbgemm_fp8, awq, gptq, compressed-tensors, mxfp4, bitsandbytes",
    );
  });

  it("quantization_config without quant_method, or not an object", () => {
    const missing = configError(() =>
      architectureFromHfConfig(variant("llama-3.1-8b-instruct.json", { quantization_config: { bits: 4 } })),
    );
    expect(missing.field).toBe("quantization_config.quant_method");
    expect(missing.message).toBe(
      'config.json field "quantization_config.quant_method" is missing; supported: fp8, fbgemm_fp8, awq, gptq, compressed-tensors, mxfp4, bitsandbytes',
    );
    const notObject = configError(() =>
      architectureFromHfConfig(variant("llama-3.1-8b-instruct.json", { quantization_config: "fp8" })),
    );
    expect(notObject.field).toBe("quantization_config");
    expect(notObject.message).toBe('config.json field "quantization_config" must be an object, but it is the string "fp8"');
  });

  it("awq / gptq with bits other than 4 or 8, or without bits", () => {
    const three = configError(() =>
      architectureFromHfConfig(variant("llama-3.1-8b-instruct.json", { quantization_config: { quant_method: "gptq", bits: 3 } })),
    );
    expect(three.field).toBe("quantization_config.bits");
    expect(three.message).toBe('config.json field "quantization_config.bits" is 3; only 4-bit and 8-bit gptq weights are supported');
    const none = configError(() =>
      architectureFromHfConfig(variant("llama-3.1-8b-instruct.json", { quantization_config: { quant_method: "awq" } })),
    );
    expect(none.message).toBe(
      'config.json field "quantization_config.bits" is missing; awq needs the weight bit width (4 or 8)',
    );
  });

  it("bitsandbytes with neither load_in flag", () => {
    const err = configError(() =>
      architectureFromHfConfig(
        variant("llama-3.1-8b-instruct.json", { quantization_config: { quant_method: "bitsandbytes", load_in_4bit: false } }),
      ),
    );
    expect(err.field).toBe("quantization_config.load_in_4bit");
    expect(err.message).toBe(
      'config.json field "quantization_config.load_in_4bit" and load_in_8bit are both false or missing; bitsandbytes needs one of them true',
    );
  });

  it("compressed-tensors with unsupported or mixed weight formats", () => {
    const odd = configError(() =>
      architectureFromHfConfig(
        variant("llama-3.1-8b-instruct.json", {
          quantization_config: {
            quant_method: "compressed-tensors",
            config_groups: { group_0: { weights: { num_bits: 2, type: "int" } } },
          },
        }),
      ),
    );
    expect(odd.field).toBe("quantization_config.config_groups.group_0.weights.num_bits");
    expect(odd.message).toBe(
      'config.json field "quantization_config.config_groups.group_0.weights.num_bits" with type the string "int" is 2; ' +
        "supported weights: float 8 or 4 bits, int 8 or 4 bits",
    );
    const mixed = configError(() =>
      architectureFromHfConfig(
        variant("llama-3.1-8b-instruct.json", {
          quantization_config: {
            quant_method: "compressed-tensors",
            config_groups: {
              group_0: { weights: { num_bits: 4, type: "int" } },
              group_1: { weights: { num_bits: 8, type: "float" } },
            },
          },
        }),
      ),
    );
    expect(mixed.field).toBe("quantization_config.config_groups");
    expect(mixed.message).toBe(
      'config.json field "quantization_config.config_groups" quantize weights to different formats (int4, fp8); mixed-precision checkpoints are not supported',
    );
  });

  it("unknown torch_dtype", () => {
    const err = configError(() => architectureFromHfConfig(variant("llama-3.1-8b-instruct.json", { torch_dtype: "int3" })));
    expect(err.field).toBe("torch_dtype");
    expect(err.message).toBe(
      'config.json field "torch_dtype" is "int3"; supported: bfloat16, float16, half, float32, float, float8_e4m3fn, float8_e5m2',
    );
    expect(configError(() => architectureFromHfConfig(variant("llama-3.1-8b-instruct.json", { torch_dtype: "constructor" }))).field).toBe(
      "torch_dtype",
    );
  });

  it("never anything but HfConfigError, whatever a field holds", () => {
    const junk: unknown[] = [null, 0, -1, 1.5, 1e300, "x", "", true, false, [], [1, "a"], {}, { a: 1 }];
    const fixtures = readdirSync(FIXTURES).filter(
      (name) => !name.startsWith("broken-") && name.endsWith(".json"),
    );
    let runs = 0;
    for (const name of fixtures) runs += junkInEveryField(name, load(name), ["text_config", "quantization_config"], junk);
    expect(runs).toBeGreaterThan(1000);
  });
});

describe("architectureFromHfConfig: the families of the data catalog", () => {
  it("llama4: text_config, a shared expert beside top-1 routing, chunked attention on the RoPE layers", () => {
    const info = architectureFromHfConfig(catalogConfig("meta-llama--Llama-4-Scout-17B-16E-Instruct"));
    expect(info.modelType).toBe("llama4");
    expect(info.maxContextTokens).toBe(10_485_760);
    expect(info.weightPrecision).toBe("bf16");
    const a = info.architecture;
    expect(a.attention).toStrictEqual({ kind: "standard", numHeads: 40, numKvHeads: 8, headDim: 128 });
    expect(a.moe).toStrictEqual({
      numExperts: 16,
      topK: 1,
      expert: { gated: true, intermediateSize: 8192 },
      shared: { count: 1, mlp: { gated: true, intermediateSize: 8192 } },
    });
    expect(a.mlp).toBeUndefined();
    expect(a.slidingWindow).toStrictEqual({
      windowTokens: 8192,
      layerTypes: Array.from({ length: 48 }, (_, i) => ((i + 1) % 4 === 0 ? "full" : "sliding")),
      chunked: true,
    });
    // By hand: embedding and head 2 × 202,048 × 5,120; per layer attention 2 × 5,120² + 2 × 5,120 × 1,024,
    // 16 routed + 1 shared experts of 3 × 5,120 × 8,192, router 5,120 × 16, two norms; final norm.
    const perLayer = 2 * 5120 * 5120 + 2 * 5120 * 1024 + 17 * 3 * 5120 * 8192 + 5120 * 16 + 2 * 5120;
    expect(countParams(a).paramsTotal).toBe(2 * 202_048 * 5120 + 48 * perLayer + 5120);
    // The same text_config on its own is a llama4_text config.
    expect(architectureFromHfConfig(scoutText()).architecture).toStrictEqual(a);
  });

  it("llama4: Maverick's experts on every other layer, dense layers of intermediate_size_mlp between", () => {
    const a = architectureFromHfConfig(catalogConfig("meta-llama--Llama-4-Maverick-17B-128E-Instruct")).architecture;
    expect(a.moe?.layerInterval).toBe(2);
    expect(a.mlp).toStrictEqual({ gated: true, intermediateSize: 16384 });
    const p = countParams(a);
    expect(p.moeLayers).toBe(24);
    expect(p.routedExpertParams).toBe(24 * 128 * 3 * 5120 * 8192);
  });

  it("llama4: a moe_layers list that is not the interleaved layout, bad no_rope_layers", () => {
    const config = scoutText();
    expect(configError(() => architectureFromHfConfig({ ...config, moe_layers: [0, 2] })).field).toBe("moe_layers");
    expect(configError(() => architectureFromHfConfig({ ...config, no_rope_layers: [1, 0] })).field).toBe("no_rope_layers");
    expect(configError(() => architectureFromHfConfig({ ...config, no_rope_layers: Array(48).fill(2) })).field).toBe("no_rope_layers");
    // attention_chunk_size null: no chunking, every layer global.
    expect(architectureFromHfConfig({ ...config, attention_chunk_size: null }).architecture.slidingWindow).toBeUndefined();
  });

  it("mllama: a Llama 3.1 decoder with gated cross-attention layers whose cache is the image's tokens", () => {
    const info = architectureFromHfConfig(catalogConfig("meta-llama--Llama-3.2-11B-Vision-Instruct"));
    expect(info.modelType).toBe("mllama");
    const a = info.architecture;
    // 4 tiles × ((560 / 14)² + 1) = 6,404 vision tokens.
    expect(a.crossAttention).toStrictEqual({ layers: [3, 8, 13, 18, 23, 28, 33, 38], imageTokens: 6404 });
    // Llama-3.1-8B's 8,030,261,248 (docs/physics.md#parameters) plus 8 cross-attention layers, each q/k/v/o of the
    // self-attention's shapes, q and k norms of 128, two scalar gates, an MLP of 14,336 and two norms.
    const crossLayer = 2 * 4096 * 4096 + 2 * 4096 * 1024 + 2 * 128 + 2 + 3 * 4096 * 14336 + 2 * 4096;
    expect(countParams(a).paramsTotal).toBe(8_030_261_248 + 8 * crossLayer);
    expect(configError(() => architectureFromHfConfig(variantOf(catalogConfig("meta-llama--Llama-3.2-11B-Vision-Instruct"), "text_config", { cross_attention_layers: [3, 40] }))).field).toBe("text_config.cross_attention_layers");
  });

  it("mistral3: Mistral Small 3.1's text_config is a mistral decoder", () => {
    const info = architectureFromHfConfig(catalogConfig("mistralai--Mistral-Small-3.1-24B-Instruct-2503"));
    expect(info.modelType).toBe("mistral3");
    expect(info.architecture.attention).toStrictEqual({ kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 });
    expect(info.architecture.slidingWindow).toBeUndefined();
    // The same decoder as Mistral Small 3 (2501): 23,572,403,200 parameters.
    expect(countParams(info.architecture).paramsTotal).toBe(23_572_403_200);
    const err = configError(() => architectureFromHfConfig(variantOf(catalogConfig("mistralai--Mistral-Small-3.1-24B-Instruct-2503"), "text_config", { model_type: "llama" })));
    expect(err.field).toBe("text_config.model_type");
  });

  it("glm4_moe: q/k/v biases without an output bias, sigmoid-router bias, one dense layer, the MTP layer left out", () => {
    const a = architectureFromHfConfig(catalogConfig("zai-org--GLM-4.5-Air")).architecture;
    expect(a.attention).toStrictEqual({ kind: "standard", numHeads: 96, numKvHeads: 8, headDim: 128, qkvBias: true });
    expect(a.moe).toStrictEqual({
      numExperts: 128,
      topK: 8,
      expert: { gated: true, intermediateSize: 1408 },
      routerBias: true,
      shared: { count: 1, mlp: { gated: true, intermediateSize: 1408 } },
      firstDenseLayers: 1,
    });
    expect(a.mlp).toStrictEqual({ gated: true, intermediateSize: 10944 });
  });

  it("kimi_k2: the DeepSeek-V3 architecture under Moonshot's model_type", () => {
    const config = catalogConfig("moonshotai--Kimi-K2-Instruct");
    const kimi = architectureFromHfConfig(config);
    expect(kimi.architecture).toStrictEqual(architectureFromHfConfig({ ...config, model_type: "deepseek_v3" }).architecture);
    expect(kimi.weightPrecision).toBe("fp8");
  });

  it("qwen3_next: Gated DeltaNet layers with a fixed state, gated full attention every fourth layer", () => {
    const a = architectureFromHfConfig(catalogConfig("Qwen--Qwen3-Next-80B-A3B-Instruct")).architecture;
    expect(a.linearAttention).toStrictEqual({
      layerTypes: Array.from({ length: 48 }, (_, i) => ((i + 1) % 4 === 0 ? "full" : "linear")),
      numKeyHeads: 16,
      numValueHeads: 32,
      keyHeadDim: 128,
      valueHeadDim: 128,
      convKernelSize: 4,
    });
    // By hand (transformers' Qwen3NextGatedDeltaNet and Qwen3NextAttention):
    // linear: in_proj_qkvz 2048 × (2 × 2048 + 2 × 4096), in_proj_ba 2048 × 64, conv1d 8192 × 4, dt_bias and A_log 32 each,
    // norm 128, out_proj 4096 × 2048; full: q_proj 2048 × 2 × 4096 (query and gate), k/v 2048 × 512 each,
    // o_proj 4096 × 2048, q/k norms 256 each.
    const linear = 2048 * 12288 + 2048 * 64 + 8192 * 4 + 64 + 128 + 4096 * 2048;
    const full = 2048 * 8192 + 2 * 2048 * 512 + 4096 * 2048 + 512;
    expect(countParams(a).attentionParams).toBe(36 * linear + 12 * full);
    const err = configError(() => architectureFromHfConfig({ ...catalogConfig("Qwen--Qwen3-Next-80B-A3B-Instruct"), linear_num_value_heads: 20 }));
    expect(err.field).toBe("linear_num_value_heads");
  });

  it("mpt: ALiBi, no biases, weight-only LayerNorms, tied head; other layouts are refused by name", () => {
    const config = catalogConfig("mosaicml--mpt-30b");
    const a = architectureFromHfConfig(config).architecture;
    // 50,432 × 7,168 embedding; per layer 12 × 7,168² and two weight-only norms; final norm: the card's 29.95B.
    expect(countParams(a).paramsTotal).toBe(50_432 * 7168 + 48 * (12 * 7168 * 7168 + 2 * 7168) + 7168);
    const attn = config["attn_config"] as Record<string, unknown>;
    expect(configError(() => architectureFromHfConfig({ ...config, attn_config: { ...attn, alibi: false } })).field).toBe("attn_config.alibi");
    expect(configError(() => architectureFromHfConfig({ ...config, no_bias: false })).field).toBe("no_bias");
  });

  it("bloom: the card's 176,247,271,424 parameters to the last one, 2,048 tokens without max_position_embeddings", () => {
    const info = architectureFromHfConfig(catalogConfig("bigscience--bloom"));
    expect(countParams(info.architecture).paramsTotal).toBe(176_247_271_424);
    expect(info.maxContextTokens).toBe(2048);
    expect(info.architecture.attention).toStrictEqual({ kind: "standard", numHeads: 112, numKvHeads: 112, headDim: 128, qkvBias: true, outputBias: true });
  });

  it("falcon with new_decoder_architecture (falcon-40b): 8 KV groups, ln_attn and ln_mlp", () => {
    // tiiuae/falcon-40b's config.json shape fields.
    const config = {
      architectures: ["FalconForCausalLM"],
      model_type: "falcon",
      hidden_size: 8192,
      num_attention_heads: 128,
      num_hidden_layers: 60,
      num_kv_heads: 8,
      new_decoder_architecture: true,
      parallel_attn: true,
      bias: false,
      vocab_size: 65024,
      torch_dtype: "bfloat16",
    };
    const a = architectureFromHfConfig(config).architecture;
    expect(a.attention).toStrictEqual({ kind: "standard", numHeads: 128, numKvHeads: 8, headDim: 64 });
    expect(a.normsPerLayer).toBe(2);
    // By hand: fused query_key_value 8,192 × (128 + 2 × 8) × 64, dense 8,192², MLP 2 × 8,192 × 32,768,
    // two LayerNorms of weight and bias; tied embedding 65,024 × 8,192; final LayerNorm.
    const perLayer = 8192 * 144 * 64 + 8192 * 8192 + 2 * 8192 * 32768 + 4 * 8192;
    expect(countParams(a).paramsTotal).toBe(65_024 * 8192 + 60 * perLayer + 2 * 8192);
  });

  it("junk in any field of the new families' configs is an HfConfigError or still countable", () => {
    const junk: unknown[] = [null, 0, -1, 1.5, "x", true, [], [1, "a"], {}];
    let runs = 0;
    for (const folder of ["meta-llama--Llama-4-Maverick-17B-128E-Instruct", "meta-llama--Llama-3.2-11B-Vision-Instruct", "mistralai--Mistral-Small-3.1-24B-Instruct-2503", "zai-org--GLM-4.5-Air", "Qwen--Qwen3-Next-80B-A3B-Instruct", "mosaicml--mpt-30b", "bigscience--bloom"]) runs += junkInEveryField(folder, catalogConfig(folder), ["text_config", "vision_config", "attn_config"], junk);
    expect(runs).toBeGreaterThan(500);
  });
});

describe("architectureFromHfConfig: the Hub's common decoders", () => {
  // Each fixture is written from the published config.json at the Hub URL named in its test, with the fields
  // that decide the shapes; the figure it is checked against is the publisher's own.

  it("phi (huggingface.co/microsoft/phi-2): one LayerNorm per parallel block, biases, ungated MLP", () => {
    const info = read("phi-2.json");
    expect(info.architecture).toStrictEqual({
      hiddenSize: 2560,
      numLayers: 32,
      vocabSize: 51200,
      tieWordEmbeddings: false,
      attention: { kind: "standard", numHeads: 32, numKvHeads: 32, headDim: 80, qkvBias: true, outputBias: true },
      mlp: { gated: false, intermediateSize: 10240, bias: true },
      norm: "layernorm",
      normsPerLayer: 1,
    });
    // Microsoft's model card: "Phi-2 is a Transformer with 2.7 billion parameters" (the checkpoint holds 2.78B;
    // its lm_head bias, 51,200 values, is not counted).
    expectStatedAs(countParams(info.architecture).paramsTotal, 2.7 * B);
    expect(countParams(info.architecture).paramsTotal).toBe(2_779_632_640);
  });

  it("phimoe (huggingface.co/microsoft/Phi-3.5-MoE-instruct): 16 experts top-2 under LayerNorms, attention biases", () => {
    const info = read("phi-3.5-moe-instruct.json");
    const a = info.architecture;
    expect(a.norm).toBe("layernorm");
    expect(a.moe).toStrictEqual({ numExperts: 16, topK: 2, expert: { gated: true, intermediateSize: 6400 } });
    expect(a.attention).toMatchObject({ numKvHeads: 8, qkvBias: true, outputBias: true });
    // A window of 131,072 tokens on a 131,072-token model never binds.
    expect(a.slidingWindow).toBeUndefined();
    const p = countParams(a);
    // Model card: "16x3.8B parameters with 6.6B active parameters"; Microsoft's total: 42B (41.9B in the checkpoint).
    expectNear(p.paramsTotal, 41.9 * B);
    expectStatedAs(activeWithEmbedding(a), 6.6 * B);
  });

  it("granite (huggingface.co/ibm-granite/granite-3.1-8b-instruct): a Llama layout, tied, the multipliers weightless", () => {
    const info = read("granite-3.1-8b-instruct.json");
    expect(info.architecture.tieWordEmbeddings).toBe(true);
    expect(info.architecture.mlp).toStrictEqual({ gated: true, intermediateSize: 12800 });
    // The checkpoint's count on its model page: 8.17B.
    expectNear(countParams(info.architecture).paramsTotal, 8.17 * B);
  });

  it("granitemoe (huggingface.co/ibm-granite/granite-3.0-3b-a800m-base): 40 experts top-8", () => {
    const a = read("granite-3.0-3b-a800m-base.json").architecture;
    expect(a.moe).toStrictEqual({ numExperts: 40, topK: 8, expert: { gated: true, intermediateSize: 512 } });
    expect(a.mlp).toBeUndefined();
    const p = countParams(a);
    // IBM's model card: "3.3B parameters", "800M active".
    expectStatedAs(p.paramsTotal, 3.3 * B);
    // Tied embeddings, left out of the 800M although the head reads the table.
    expectStatedAs(activeWithoutTable(a), 0.8 * B);
  });

  it("olmo (huggingface.co/allenai/OLMo-7B-hf): weightless LayerNorms", () => {
    const a = read("olmo-7b-hf.json").architecture;
    expect(a).toMatchObject({ norm: "layernorm", normBias: false, normsPerLayer: 0, tieWordEmbeddings: false });
    // The checkpoint's count on its model page: 6.89B.
    expectNear(countParams(a).paramsTotal, 6.89 * B);
  });

  it("olmo2 (huggingface.co/allenai/OLMo-2-1124-7B): post-norms and q/k norms", () => {
    const a = read("olmo-2-1124-7b.json").architecture;
    expect(a).toMatchObject({ norm: "rmsnorm", normsPerLayer: 2, attention: { qkNorm: true, numKvHeads: 32 } });
    // AllenAI's OLMo 2 7B: 7.3B parameters (the model page).
    expectNear(countParams(a).paramsTotal, 7.3 * B);
  });

  it("olmoe (huggingface.co/allenai/OLMoE-1B-7B-0924): 64 experts top-8, q/k norms", () => {
    const a = read("olmoe-1b-7b-0924.json").architecture;
    expect(a.moe).toStrictEqual({ numExperts: 64, topK: 8, expert: { gated: true, intermediateSize: 1024 } });
    const p = countParams(a);
    // OLMoE paper (arXiv:2409.02060): "1B active and 7B total parameters", Table 1: 6.9B total, 1.3B active.
    expectStatedAs(p.paramsTotal, 6.9 * B);
    expectStatedAs(activeWithEmbedding(a), 1.3 * B);
  });

  it("cohere (huggingface.co/CohereForAI/c4ai-command-r-v01): one bias-free LayerNorm per parallel block, tied", () => {
    const a = read("c4ai-command-r-v01.json").architecture;
    expect(a).toMatchObject({ norm: "layernorm", normBias: false, normsPerLayer: 1, tieWordEmbeddings: true });
    expect(a.attention).toStrictEqual({ kind: "standard", numHeads: 64, numKvHeads: 64, headDim: 128 });
    // Cohere's model card: "a 35 billion parameter" model.
    expectNear(countParams(a).paramsTotal, 35 * B);
    expect(architectureFromHfConfig(variant("c4ai-command-r-v01.json", { use_qk_norm: true })).architecture.attention).toMatchObject({ qkNorm: true });
  });

  it("cohere2 (huggingface.co/CohereForAI/c4ai-command-r7b-12-2024): three windowed layers in four; Command A's 111B", () => {
    const info = read("c4ai-command-r7b-12-2024.json");
    expect(info.maxContextTokens).toBe(132096);
    expect(info.architecture.slidingWindow).toStrictEqual({ windowTokens: 4096, globalEvery: 4 });
    expect(info.architecture.normsPerLayer).toBe(1);
    // By hand: tied 256,000 × 4,096 embedding; per layer q/o 2 × 4,096², k/v 2 × 4,096 × 1,024, MLP 3 × 4,096 × 14,336,
    // one weight-only LayerNorm; the final norm.
    expect(countParams(info.architecture).paramsTotal).toBe(256_000 * 4096 + 32 * (2 * 4096 ** 2 + 2 * 4096 * 1024 + 3 * 4096 * 14336 + 4096) + 4096);
    // Command A (huggingface.co/CohereLabs/c4ai-command-a-03-2025) is the same family at 12,288 wide, 64 layers,
    // 96 query heads of 128 over 8 KV heads, MLP 36,864; its card: "111 billion parameters".
    const commandA = architectureFromHfConfig(
      variant("c4ai-command-r7b-12-2024.json", { hidden_size: 12288, intermediate_size: 36864, num_hidden_layers: 64, num_attention_heads: 96, head_dim: 128 }),
    );
    expectNear(countParams(commandA.architecture).paramsTotal, 111 * B);
  });

  it("starcoder2 (huggingface.co/bigcode/starcoder2-3b): biases, LayerNorms, a 4,096-token window on every layer", () => {
    const a = read("starcoder2-3b.json").architecture;
    expect(a).toMatchObject({ norm: "layernorm", tieWordEmbeddings: true, slidingWindow: { windowTokens: 4096 } });
    expect(a.mlp).toStrictEqual({ gated: false, intermediateSize: 12288, bias: true });
    // The checkpoint's count on its model page: 3.03B.
    expectNear(countParams(a).paramsTotal, 3.03 * B);
  });

  it("internlm2 (huggingface.co/internlm/internlm2_5-7b-chat): the fused wqkv counts as q, k and v", () => {
    const a = read("internlm2_5-7b-chat.json").architecture;
    expect(a.attention).toStrictEqual({ kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 });
    // The checkpoint's count on its model page: 7.74B.
    expectNear(countParams(a).paramsTotal, 7.74 * B);
    expect(architectureFromHfConfig(variant("internlm2_5-7b-chat.json", { bias: true })).architecture.attention).toMatchObject({ qkvBias: true, outputBias: true });
  });

  it("exaone (huggingface.co/LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct): layers under num_layers", () => {
    const a = read("exaone-3.5-7.8b-instruct.json").architecture;
    expect(a.numLayers).toBe(32);
    const p = countParams(a);
    // LG's model card: "Number of Parameters (without embeddings): 6.98B"; 7.8B in all.
    expectNear(p.paramsTotal - p.embeddingParams - p.outputHeadParams, 6.98 * B);
    expectStatedAs(p.paramsTotal, 7.8 * B);
    const err = configError(() => architectureFromHfConfig(variant("exaone-3.5-7.8b-instruct.json", { num_layers: undefined })));
    expect(err.field).toBe("num_layers");
  });

  it("gpt_neox (huggingface.co/EleutherAI/pythia-6.9b): Pythia's table to the last parameter; GPT-NeoX-20B's too", () => {
    const a = read("pythia-6.9b.json").architecture;
    expect(a).toMatchObject({ norm: "layernorm", normsPerLayer: 2, tieWordEmbeddings: false });
    const p = countParams(a);
    // EleutherAI's Pythia README: 6.9B has 6,857,302,016 parameters, 6,444,163,072 without embeddings.
    expect(p.paramsTotal).toBe(6_857_302_016);
    expect(p.paramsTotal - p.embeddingParams - p.outputHeadParams).toBe(6_444_163_072);
    // GPT-NeoX-20B (huggingface.co/EleutherAI/gpt-neox-20b): 6,144 wide, 44 layers, 64 heads; the paper's 20,554,567,680.
    const neox = architectureFromHfConfig(variant("pythia-6.9b.json", { hidden_size: 6144, intermediate_size: 24576, num_hidden_layers: 44, num_attention_heads: 64 }));
    expect(countParams(neox.architecture).paramsTotal).toBe(20_554_567_680);
  });

  it("gpt_bigcode (huggingface.co/bigcode/starcoder): multi-query, learned positions, tied", () => {
    const info = read("starcoder.json");
    expect(info.maxContextTokens).toBe(8192);
    expect(info.architecture).toMatchObject({ positionEmbeddings: 8192, tieWordEmbeddings: true, attention: { numHeads: 48, numKvHeads: 1, headDim: 128 } });
    // BigCode's model card: "The StarCoder models are 15.5B parameter models".
    expectNear(countParams(info.architecture).paramsTotal, 15.5 * B);
    expect(architectureFromHfConfig(variant("starcoder.json", { multi_query: false })).architecture.attention).toMatchObject({ numKvHeads: 48 });
  });

  it("gpt2 (huggingface.co/openai-community/gpt2): 124,439,808 values", () => {
    const a = read("gpt2.json").architecture;
    // OpenAI's GPT-2 small: 124M parameters; the checkpoint holds 124,439,808.
    expect(countParams(a).paramsTotal).toBe(124_439_808);
    expectStatedAs(countParams(a).paramsTotal, 124e6);
  });

  it("gptj (huggingface.co/EleutherAI/gpt-j-6b): one LayerNorm per parallel block, untied head", () => {
    const a = read("gpt-j-6b.json").architecture;
    expect(a).toMatchObject({ normsPerLayer: 1, tieWordEmbeddings: false, mlp: { gated: false, intermediateSize: 16384, bias: true } });
    // EleutherAI's model card: n_parameters 6,053,381,344.
    expectNear(countParams(a).paramsTotal, 6_053_381_344);
  });

  it("stablelm (huggingface.co/stabilityai/stablelm-3b-4e1t): the card's 2,795,443,200 exactly", () => {
    const a = read("stablelm-3b-4e1t.json").architecture;
    expect(a).toMatchObject({ norm: "layernorm", normsPerLayer: 2 });
    expect(countParams(a).paramsTotal).toBe(2_795_443_200);
    const parallel = architectureFromHfConfig(variant("stablelm-3b-4e1t.json", { use_parallel_residual: true, use_qkv_bias: true, qk_layernorm: true }));
    expect(parallel.architecture).toMatchObject({ normsPerLayer: 1, attention: { qkvBias: true, qkNorm: true } });
  });

  it("qwen2_vl / qwen2_5_vl (huggingface.co/Qwen/Qwen2-VL-7B-Instruct, Qwen2.5-VL-7B-Instruct): the Qwen2 language model only", () => {
    const v2 = read("qwen2-vl-7b-instruct.json");
    const v25 = read("qwen2.5-vl-7b-instruct.json");
    expect(v2.architecture).toStrictEqual(read("qwen2.5-7b.json").architecture);
    expect(v25.architecture).toStrictEqual(v2.architecture);
    expect(v25.maxContextTokens).toBe(128000);
    // Qwen2-VL paper (arXiv:2409.12191) Table 1: the 7B's LLM has 7.6B parameters (its vision encoder 675M, not counted).
    expectStatedAs(countParams(v2.architecture).paramsTotal, 7.6 * B);
    // Configs saved by newer transformers keep the same fields in text_config.
    const top = load("qwen2.5-vl-7b-instruct.json");
    const text = Object.fromEntries(Object.entries(top).filter(([key]) => !["model_type", "vision_config", "architectures", "tie_word_embeddings"].includes(key)));
    const nested = architectureFromHfConfig({ model_type: "qwen2_5_vl", tie_word_embeddings: false, text_config: text, vision_config: top["vision_config"] });
    expect(nested.architecture).toStrictEqual(v25.architecture);
    expect(nested.maxContextTokens).toBe(128000);
  });

  it("llava / llava_next (huggingface.co/llava-hf/llava-1.5-7b-hf, llava-v1.6-mistral-7b-hf): text_config on the text model's defaults", () => {
    const llava = read("llava-1.5-7b-hf.json");
    // LlamaConfig's defaults fill what the text_config leaves out: 4,096 wide, 32 layers, MLP 11,008.
    expect(llava.architecture).toStrictEqual({
      hiddenSize: 4096,
      numLayers: 32,
      vocabSize: 32064,
      tieWordEmbeddings: false,
      attention: { kind: "standard", numHeads: 32, numKvHeads: 32, headDim: 128 },
      mlp: { gated: true, intermediateSize: 11008 },
      norm: "rmsnorm",
      normsPerLayer: 2,
    });
    expect(llava.maxContextTokens).toBe(4096);
    expect(llava.weightPrecision).toBe("fp16");
    // Its language model is Vicuna-7B v1.5, a Llama 2 7B: 6.74B on meta-llama/Llama-2-7b-hf (64 more vocabulary rows here).
    expectNear(countParams(llava.architecture).paramsTotal, 6.74 * B);
    const next = read("llava-v1.6-mistral-7b-hf.json");
    expect(next.architecture.slidingWindow).toBeUndefined();
    expect(next.architecture.attention).toStrictEqual({ kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 });
    // Mistral-7B's 7.24B (mistralai/Mistral-7B-v0.1).
    expectNear(countParams(next.architecture).paramsTotal, 7.24 * B);
    const err = configError(() => architectureFromHfConfig({ ...load("llava-1.5-7b-hf.json"), text_config: { model_type: "mamba" } }));
    expect(err.field).toBe("text_config.model_type");
  });

  it("gemma (huggingface.co/google/gemma-7b): the Gemma report's non-embedding count exactly, head_dim 256", () => {
    const a = read("gemma-7b.json").architecture;
    expect(a).toMatchObject({ tieWordEmbeddings: true, normsPerLayer: 2, attention: { headDim: 256 } });
    const p = countParams(a);
    // Gemma technical report (arXiv:2403.08295) Table 2: 7B non-embedding parameters 7,751,248,896.
    expect(p.paramsTotal - p.embeddingParams).toBe(7_751_248_896);
    // GemmaConfig's head_dim is 256 when absent, not hidden / heads (which would be 192 here).
    expect(architectureFromHfConfig(variant("gemma-7b.json", { head_dim: undefined })).architecture.attention).toMatchObject({ headDim: 256 });
    // Gemma 2B: 2,048 wide, 18 layers, multi-query, MLP 16,384: 1,981,884,416 non-embedding in the same table.
    const g2 = architectureFromHfConfig(variant("gemma-7b.json", { hidden_size: 2048, intermediate_size: 16384, num_hidden_layers: 18, num_attention_heads: 8, num_key_value_heads: 1 }));
    const p2 = countParams(g2.architecture);
    expect(p2.paramsTotal - p2.embeddingParams).toBe(1_981_884_416);
  });

  it("minicpm (huggingface.co/openbmb/MiniCPM-2B-sft-bf16): tied, 2.4B without embeddings", () => {
    const a = read("minicpm-2b-sft-bf16.json").architecture;
    expect(a.tieWordEmbeddings).toBe(true);
    const p = countParams(a);
    // OpenBMB's model card: "2.4B parameters excluding embeddings (2.7B in total)".
    expectStatedAs(p.paramsTotal - p.embeddingParams, 2.4 * B);
    expectStatedAs(p.paramsTotal, 2.7 * B);
  });

  it("nemotron (huggingface.co/nvidia/Minitron-4B-Base): LayerNorm1P, an ungated squared-ReLU MLP", () => {
    const a = read("minitron-4b-base.json").architecture;
    expect(a).toMatchObject({ norm: "layernorm", normsPerLayer: 2, mlp: { gated: false, intermediateSize: 9216 } });
    const p = countParams(a);
    // Minitron paper (arXiv:2407.14679) Table: Minitron 4B, 4.2B parameters, 2.6B non-embedding.
    expectStatedAs(p.paramsTotal, 4.2 * B);
    expectStatedAs(p.paramsTotal - p.embeddingParams - p.outputHeadParams, 2.6 * B);
  });

  it("hunyuan_v1_dense (huggingface.co/tencent/Hunyuan-7B-Instruct): a Llama layout with per-head q/k norms", () => {
    const a = read("hunyuan-7b-instruct.json").architecture;
    expect(a.attention).toStrictEqual({ kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128, qkNorm: true });
    // By hand: the tied embedding, per layer attention 2 × 4,096² + 2 × 4,096 × 1,024 + the two 128-wide norms,
    // MLP 3 × 4,096 × 14,336, two RMSNorms; the final norm.
    const perLayer = 2 * 4096 ** 2 + 2 * 4096 * 1024 + 256 + 3 * 4096 * 14336 + 2 * 4096;
    expect(countParams(a).paramsTotal).toBe(128_167 * 4096 + 32 * perLayer + 4096);
  });

  it("seed_oss (huggingface.co/ByteDance-Seed/Seed-OSS-36B-Instruct): q/k/v biases without an output bias", () => {
    const a = read("seed-oss-36b-instruct.json").architecture;
    expect(a.attention).toStrictEqual({ kind: "standard", numHeads: 80, numKvHeads: 8, headDim: 128, qkvBias: true });
    // ByteDance's model card: 36B parameters.
    expectStatedAs(countParams(a).paramsTotal, 36 * B);
  });

  it("smollm3 (huggingface.co/HuggingFaceTB/SmolLM3-3B): NoPE layers weigh the same, tied", () => {
    const a = read("smollm3-3b.json").architecture;
    expect(a).toMatchObject({ tieWordEmbeddings: true, attention: { numKvHeads: 4 } });
    expect(a.slidingWindow).toBeUndefined();
    // Hugging Face's model card: "SmolLM3 is a 3B parameter language model".
    expectStatedAs(countParams(a).paramsTotal, 3 * B);
  });

  it("ernie4_5 (huggingface.co/baidu/ERNIE-4.5-0.3B-PT): 0.36B", () => {
    const a = read("ernie-4.5-0.3b-pt.json").architecture;
    expect(a.attention).toStrictEqual({ kind: "standard", numHeads: 16, numKvHeads: 2, headDim: 128 });
    // Baidu's model card: 0.36B parameters.
    expectStatedAs(countParams(a).paramsTotal, 0.36 * B);
    expect(architectureFromHfConfig(variant("ernie-4.5-0.3b-pt.json", { use_bias: true })).architecture.mlp).toStrictEqual({ gated: true, intermediateSize: 3072, bias: true });
  });

  it("ernie4_5_moe (huggingface.co/baidu/ERNIE-4.5-21B-A3B-PT): one dense layer, 64 experts top-6, 2 shared", () => {
    const a = read("ernie-4.5-21b-a3b-pt.json").architecture;
    expect(a.moe).toStrictEqual({
      numExperts: 64,
      topK: 6,
      expert: { gated: true, intermediateSize: 1536 },
      routerBias: true,
      shared: { count: 1, mlp: { gated: true, intermediateSize: 3072 } },
      firstDenseLayers: 1,
    });
    expect(a.mlp).toStrictEqual({ gated: true, intermediateSize: 12288 });
    // Baidu's model card: "21B total parameters and 3B activated parameters".
    expectStatedAs(countParams(a).paramsTotal, 21 * B);
    // Tied embeddings, left out of the 3B although the head reads the table.
    expectStatedAs(activeWithoutTable(a), 3 * B);
    // An interval of 2 puts experts on layers 1, 3, 5, …; an end index before the last layer is refused.
    const every2 = architectureFromHfConfig(variant("ernie-4.5-21b-a3b-pt.json", { moe_layer_interval: 2 })).architecture;
    expect(every2.moe).toMatchObject({ layerInterval: 2, firstDenseLayers: 1 });
    expect(countParams(every2).moeLayers).toBe(14);
    expect(configError(() => architectureFromHfConfig(variant("ernie-4.5-21b-a3b-pt.json", { moe_layer_end_index: 20 }))).field).toBe("moe_layer_end_index");
    expect(architectureFromHfConfig(variant("ernie-4.5-21b-a3b-pt.json", { moe_layer_end_index: -1 })).architecture).toStrictEqual(a);
  });

  it("dots1 (huggingface.co/rednote-hilab/dots.llm1.inst): DeepSeek-V3's MoE over Qwen3's attention", () => {
    const a = read("dots.llm1.inst.json").architecture;
    expect(a.attention).toMatchObject({ qkNorm: true, numKvHeads: 32 });
    expect(a.moe).toMatchObject({ numExperts: 128, topK: 6, firstDenseLayers: 1, routerBias: true, shared: { count: 2 } });
    const p = countParams(a);
    // rednote's model card: "142B total parameters", "14B activated".
    expectStatedAs(p.paramsTotal, 142 * B);
    expectStatedAs(activeWithEmbedding(a), 14 * B);
  });

  it("minimax_m2 (huggingface.co/MiniMaxAI/MiniMax-M2): 256 experts top-8; minimax (Text-01) is refused by name", () => {
    const a = read("minimax-m2.json").architecture;
    expect(a.moe).toMatchObject({ numExperts: 256, topK: 8, routerBias: true });
    const p = countParams(a);
    // MiniMax's model card: "230 billion total parameters with 10 billion active parameters".
    expectStatedAs(p.paramsTotal, 230 * B);
    expectStatedAs(activeWithoutEmbedding(a), 10 * B);
    const err = configError(() => architectureFromHfConfig({ ...load("minimax-m2.json"), model_type: "minimax", attn_type_list: [0, 1] }));
    expect(err.field).toBe("model_type");
    expect(err.message).toContain("lightning (linear) attention");
  });

  it("junk in any field of the Hub families' fixtures is an HfConfigError or still countable", () => {
    const junk: unknown[] = [null, 0, -1, 1.5, 2 ** 60, -1e308, "x", "4096", true, [], [1, "a"], {}, { hidden_size: 1 }];
    let runs = 0;
    for (const name of ["llava-1.5-7b-hf.json", "llava-v1.6-mistral-7b-hf.json", "qwen2-vl-7b-instruct.json", "ernie-4.5-21b-a3b-pt.json"]) {
      const pristine = load(name);
      for (const nested of ["text_config", "vision_config"]) {
        const obj = pristine[nested];
        if (!obj || typeof obj !== "object") continue;
        for (const key of Object.keys(obj)) {
          const original = (obj as Record<string, unknown>)[key];
          for (const value of junk) {
            (obj as Record<string, unknown>)[key] = value;
            runs++;
            try {
              countParams(architectureFromHfConfig(pristine).architecture);
            } catch (err) {
              expect(err, `${name}: ${nested}.${key} = ${JSON.stringify(value)}`).toBeInstanceOf(HfConfigError);
            }
          }
          (obj as Record<string, unknown>)[key] = original;
        }
      }
    }
    expect(runs).toBeGreaterThan(100);
  });
});

describe("architectureFromHfConfig: an unknown model_type read as a Llama-style decoder", () => {
  /** Llama-3.1-8B-Instruct's fields under a model_type the reader does not know. */
  const unknownLlama = (changes: Record<string, unknown> = {}) => variant("llama-3.1-8b-instruct.json", { model_type: "acme_lm", ...changes });

  it("reads the standard fields as Llama does, and says so", () => {
    const known = read("llama-3.1-8b-instruct.json");
    const info = architectureFromHfConfig(unknownLlama());
    expect(info.modelType).toBe("acme_lm");
    expect(info.architecture).toStrictEqual(known.architecture);
    expect(info.maxContextTokens).toBe(131072);
    expect(info.weightPrecision).toBe("bf16");
    expect(info.assumptions).toStrictEqual([
      'model_type "acme_lm" is not known to the reader: read as a Llama-style decoder (gated MLP, RMSNorm); parameters and KV cache are estimates',
    ]);
    expect(readByGenericFallback(info)).toBe(true);
    expect(genericReadingAssumption("acme_lm")).toBe(info.assumptions![0]);
  });

  it("never reads a known model type by the fallback", () => {
    const fixtures = readdirSync(FIXTURES).filter((name) => !name.startsWith("broken-") && name.endsWith(".json"));
    for (const name of fixtures) {
      const info = read(name);
      expect(info.assumptions, name).toBeUndefined();
      expect(readByGenericFallback(info), name).toBe(false);
      expect(SUPPORTED_MODEL_TYPES).toContain(info.modelType);
    }
    for (const config of catalogConfigs()) expect(architectureFromHfConfig(config).assumptions).toBeUndefined();
    // A known type with a missing field fails as that type, not by falling back.
    const err = configError(() => architectureFromHfConfig(variant("gemma-7b.json", { intermediate_size: undefined })));
    expect(err.message).toBe('config.json field "intermediate_size" is missing; it is required for model_type "gemma"');
  });

  it("states the defaults it takes: an untied head, no window without layer_types", () => {
    const info = architectureFromHfConfig(unknownLlama({ tie_word_embeddings: undefined, sliding_window: 4096 }));
    expect(info.architecture.tieWordEmbeddings).toBe(false);
    expect(info.architecture.slidingWindow).toBeUndefined();
    expect(info.assumptions).toHaveLength(3);
    expect(info.assumptions![1]).toContain("tie_word_embeddings is not written");
    expect(info.assumptions![2]).toContain("sliding_window is set without layer_types");
    const layered = architectureFromHfConfig(unknownLlama({ sliding_window: 4096, layer_types: alternating(32).map((t) => `${t}_attention`) }));
    expect(layered.architecture.slidingWindow).toStrictEqual({ windowTokens: 4096, layerTypes: alternating(32) });
    expect(architectureFromHfConfig(unknownLlama({ attention_bias: true, use_qk_norm: true })).architecture.attention).toMatchObject({ qkvBias: true, outputBias: true, qkNorm: true });
  });

  it("reads experts under any of the usual names, with shared experts and dense first layers", () => {
    const mixtralLike = architectureFromHfConfig({ ...load("mixtral-8x7b-v0.1.json"), model_type: "acme_moe" });
    expect(mixtralLike.architecture).toStrictEqual(read("mixtral-8x7b-v0.1.json").architecture);
    expect(mixtralLike.assumptions).toHaveLength(1);
    const qwenLike = architectureFromHfConfig({ ...load("qwen3-30b-a3b.json"), model_type: "acme_moe" });
    expect(qwenLike.architecture.moe).toStrictEqual({ numExperts: 128, topK: 8, expert: { gated: true, intermediateSize: 768 } });
    const deepseekLike = architectureFromHfConfig(
      unknownLlama({ n_routed_experts: 64, num_experts_per_tok: 6, moe_intermediate_size: 1408, n_shared_experts: 2, first_k_dense_replace: 1 }),
    );
    expect(deepseekLike.architecture.moe).toStrictEqual({
      numExperts: 64,
      topK: 6,
      expert: { gated: true, intermediateSize: 1408 },
      shared: { count: 2, mlp: { gated: true, intermediateSize: 1408 } },
      firstDenseLayers: 1,
    });
    expect(deepseekLike.architecture.mlp).toStrictEqual({ gated: true, intermediateSize: 14336 });
    const graniteShared = architectureFromHfConfig(unknownLlama({ num_local_experts: 32, num_experts_per_tok: 8, shared_intermediate_size: 1024 }));
    expect(graniteShared.architecture.moe?.shared).toStrictEqual({ count: 1, mlp: { gated: true, intermediateSize: 1024 } });
  });

  it("missing or contradictory fields: an HfConfigError naming the field, saying the type is not supported", () => {
    const missing = configError(() => architectureFromHfConfig(unknownLlama({ num_attention_heads: undefined })));
    expect(missing.field).toBe("num_attention_heads");
    expect(missing.message).toBe(
      'config.json model_type "acme_lm" is not supported, and the config cannot be read as a Llama-style decoder: ' +
        'field "num_attention_heads" is missing; it is required for model_type "acme_lm"; supported model types: ' +
        ALL_TYPES,
    );
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ hidden_size: undefined }, "hidden_size"],
      [{ intermediate_size: undefined }, "intermediate_size"],
      [{ vocab_size: "32000" }, "vocab_size"],
      [{ num_key_value_heads: 5 }, "num_key_value_heads"],
      [{ num_local_experts: 8, num_experts: 16, num_experts_per_tok: 2 }, "num_experts"],
      [{ num_experts: 8 }, "num_experts_per_tok"],
      [{ num_experts: 8, num_experts_per_tok: 9 }, "num_experts_per_tok"],
      [{ num_experts: 8, num_experts_per_tok: 2, n_shared_experts: 1, shared_expert_intermediate_size: 512 }, "shared_expert_intermediate_size"],
      [{ num_experts: 8, num_experts_per_tok: 2, decoder_sparse_step: 2 }, "decoder_sparse_step"],
      [{ num_experts: 8, num_experts_per_tok: 2, first_k_dense_replace: 33 }, "first_k_dense_replace"],
      [{ kv_lora_rank: 512 }, "kv_lora_rank"],
      [{ state_size: 16 }, "state_size"],
      [{ is_encoder_decoder: true }, "is_encoder_decoder"],
      [{ layer_types: ["linear_attention"] }, "layer_types"],
    ];
    for (const [changes, field] of cases) {
      const err = configError(() => architectureFromHfConfig(unknownLlama(changes)));
      expect(err.field, JSON.stringify(changes)).toBe(field);
      expect(err.message).toContain('model_type "acme_lm" is not supported');
    }
    // is_encoder_decoder false is no obstacle.
    expect(architectureFromHfConfig(unknownLlama({ is_encoder_decoder: false })).assumptions).toHaveLength(1);
  });

  it("encoders, state-space and hybrid models are refused by name, not read as decoders", () => {
    for (const modelType of ["bert", "t5", "whisper", "mamba", "jamba", "falcon_h1", "minimax"]) {
      const err = configError(() => architectureFromHfConfig(unknownLlama({ model_type: modelType })));
      expect(err.field).toBe("model_type");
      expect(err.message).toMatch(new RegExp(`^config\\.json model_type "${modelType}" is not supported: `));
    }
  });

  it("hostile values give an HfConfigError, never another throw", () => {
    const junk: unknown[] = [null, 0, -1, -0, 1.5, 2 ** 53, 1e300, -1e308, NaN, Infinity, "x", "4096", "", true, false, [], [4096], [1, "a"], {}, { a: 1 }, { hidden_size: 4096 }];
    const pristine = unknownLlama({ num_experts: 8, num_experts_per_tok: 2, moe_intermediate_size: 1024, n_shared_experts: 1, first_k_dense_replace: 1, layer_types: Array(32).fill("full_attention"), sliding_window: 4096 });
    let runs = 0;
    for (const key of [...Object.keys(pristine), "num_local_experts", "n_routed_experts", "shared_expert_intermediate_size", "shared_intermediate_size", "use_qk_norm", "qk_norm", "kv_lora_rank", "is_encoder_decoder", "__proto__", "constructor"]) {
      for (const value of junk) {
        const config = Object.fromEntries([...Object.entries(pristine), [key, value]]);
        runs++;
        try {
          const info = architectureFromHfConfig(config);
          countParams(info.architecture);
        } catch (err) {
          expect(err, `${key} = ${String(value)}`).toBeInstanceOf(HfConfigError);
        }
      }
    }
    for (const value of junk) {
      runs++;
      try {
        architectureFromHfConfig({ model_type: "acme_lm", hidden_size: value, num_hidden_layers: value, num_attention_heads: value, intermediate_size: value, vocab_size: value, max_position_embeddings: value });
      } catch (err) {
        expect(err).toBeInstanceOf(HfConfigError);
      }
    }
    expect(runs).toBeGreaterThan(500);
  });
});

/** `config` with `changes` applied inside its nested object `key`. */
function variantOf(config: Record<string, unknown>, key: string, changes: Record<string, unknown>): Record<string, unknown> {
  return { ...config, [key]: { ...(config[key] as Record<string, unknown>), ...changes } };
}

describe("readHfConfig", () => {
  const scratch = mkdtempSync(join(tmpdir(), "hf-config-test-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("reads and maps a file", () => {
    expect(readHfConfig(fixturePath("llama-3.1-8b-instruct.json")).architecture.numLayers).toBe(32);
  });

  it("wraps a JSON syntax error with the path", () => {
    const path = fixturePath("broken-syntax.json");
    const err = configError(() => readHfConfig(path));
    expect(err.message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not valid JSON( at line \\d+, column \\d+)?; point the model at a Hugging Face config\\.json$`));
    expect(err.field).toBeUndefined();
    expect(err.cause).toBeInstanceOf(SyntaxError);
  });

  it("wraps a missing file with the path", () => {
    const path = join(scratch, "nope", "config.json");
    const err = configError(() => readHfConfig(path));
    expect(err.message.startsWith(`cannot read ${path}: `)).toBe(true);
    expect(err.message).toBe(`cannot read ${path}: it does not exist`);
  });

  it("wraps reading a directory with the path", () => {
    const err = configError(() => readHfConfig(scratch));
    expect(err.message).toBe(`cannot read ${scratch}: it is a directory, not a regular file, so it is not read`);
  });

  it("never echoes the bytes of a file that is not JSON", () => {
    const path = join(scratch, "secret.json");
    writeFileSync(path, "GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\0HOME=/root\n");
    const err = configError(() => readHfConfig(path, { root: scratch, shownAs: "secret.json" }));
    expect(err.message).toMatch(/^secret\.json is not valid JSON( at line 1, column 1)?; point the model at a Hugging Face config\.json$/);
    expect(err.message).not.toContain("ghp_");
  });

  it("refuses a symlink out of the repository, a FIFO, a device and an oversized file, unopened", () => {
    const repoDir = mkdtempSync(join(scratch, "repo-"));
    const outside = join(scratch, "outside-config.json");
    writeFileSync(outside, readFileSync(fixturePath("llama-3.1-8b-instruct.json")));
    symlinkSync(outside, join(repoDir, "link.json"));
    symlinkSync("/dev/zero", join(repoDir, "zero.json"));
    execFileSync("mkfifo", [join(repoDir, "fifo.json")]);
    writeFileSync(join(repoDir, "big.json"), Buffer.alloc(2_000_000, 0x20));
    const read = (name: string) => configError(() => readHfConfig(join(repoDir, name), { root: realpathSync(repoDir), shownAs: name })).message;
    expect(read("link.json")).toBe("cannot read link.json: it is a symlink that leads outside the repository, so it is not read; keep the file itself inside the repository");
    expect(read("zero.json")).toBe("cannot read zero.json: it is a symlink that leads outside the repository, so it is not read; keep the file itself inside the repository");
    expect(read("fifo.json")).toBe("cannot read fifo.json: it is a named pipe (FIFO), not a regular file, so it is not read");
    expect(read("big.json")).toBe("cannot read big.json: it is over the size limit of 1000000 bytes, so it is no config.json");
    // Without containment (a path given to estimate), the device is still refused unopened.
    expect(configError(() => readHfConfig(join(repoDir, "zero.json"), { root: null, shownAs: "zero.json" })).message).toBe(
      "cannot read zero.json: it is a character device, not a regular file, so it is not read",
    );
  });

  it("reads a config.json saved as UTF-16", () => {
    const path = join(scratch, "utf16.json");
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(fixturePath("llama-3.1-8b-instruct.json"), "utf8"), "utf16le")]));
    expect(readHfConfig(path).architecture.numLayers).toBe(32);
  });

  it("prefixes mapping errors with the path and keeps the field", () => {
    const path = fixturePath("broken-missing-layers.json");
    const err = configError(() => readHfConfig(path));
    expect(err.field).toBe("num_hidden_layers");
    expect(err.message).toBe(
      `${path}: config.json field "num_hidden_layers" is missing; it is required for model_type "llama"`,
    );
  });

  it("a file holding a JSON array is not a config", () => {
    const path = fixturePath("broken-not-object.json");
    const err = configError(() => readHfConfig(path));
    expect(err.message).toBe(`${path}: config.json must be a JSON object (a Hugging Face model config), but it is an array`);
  });
});
