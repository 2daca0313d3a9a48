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
 * Parameters used per token without the input embedding table, which is a lookup rather than a matmul.
 * DeepSeek and OpenAI state active counts this way; Mistral and Qwen include the embedding.
 */
function activeWithoutEmbedding(arch: Architecture): number {
  const p = countParams(arch);
  return p.paramsActive - p.embeddingParams;
}

const B = 1e9;

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
    expectNear(p.paramsActive, 12.9 * B);
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
    expectNear(p.paramsActive, 2.7 * B);
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
    expect(p.paramsActive).toBe(3_353_032_704);
    expectStatedAs(p.paramsActive, 3.3 * B);
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
        "llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma2, gemma3, gemma3_text, phi3, " +
        "deepseek_v2, deepseek_v3, gpt_oss, falcon, llama4, llama4_text, mllama, mistral3, glm4_moe, kimi_k2, " +
        "qwen3_next, mpt, bloom",
    );
  });

  it("model_type that is not a string", () => {
    const err = configError(() => architectureFromHfConfig({ model_type: 7 }));
    expect(err.field).toBe("model_type");
    expect(err.message).toBe('config.json field "model_type" must be a string such as "llama", but it is 7');
  });

  it("unknown model_type lists the supported types", () => {
    const err = configError(() => architectureFromHfConfig(load("broken-unknown-model-type.json")));
    expect(err.field).toBe("model_type");
    expect(err.message).toBe(
      'config.json model_type "mamba" is not supported; supported model types: ' +
        "llama, mistral, mixtral, qwen2, qwen2_moe, qwen3, qwen3_moe, gemma2, gemma3, gemma3_text, phi3, " +
        "deepseek_v2, deepseek_v3, gpt_oss, falcon, llama4, llama4_text, mllama, mistral3, glm4_moe, kimi_k2, " +
        "qwen3_next, mpt, bloom",
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
    for (const name of fixtures) {
      const pristine = load(name);
      const targets: Array<[Record<string, unknown>, string]> = [];
      const collect = (obj: Record<string, unknown>) => {
        for (const key of Object.keys(obj)) targets.push([obj, key]);
      };
      collect(pristine);
      for (const nested of ["text_config", "quantization_config"]) {
        const value = pristine[nested];
        if (value && typeof value === "object" && !Array.isArray(value)) collect(value as Record<string, unknown>);
      }
      for (const [obj, key] of targets) {
        const original = obj[key];
        for (const value of junk) {
          obj[key] = value;
          runs++;
          try {
            const info = architectureFromHfConfig(pristine);
            // Whatever maps must still be countable.
            countParams(info.architecture);
          } catch (err) {
            expect(err, `${name}: ${key} = ${JSON.stringify(value)}`).toBeInstanceOf(HfConfigError);
          }
        }
        obj[key] = original;
      }
    }
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
    for (const folder of ["meta-llama--Llama-4-Maverick-17B-128E-Instruct", "meta-llama--Llama-3.2-11B-Vision-Instruct", "mistralai--Mistral-Small-3.1-24B-Instruct-2503", "zai-org--GLM-4.5-Air", "Qwen--Qwen3-Next-80B-A3B-Instruct", "mosaicml--mpt-30b", "bigscience--bloom"]) {
      const pristine = catalogConfig(folder);
      const targets: Array<[Record<string, unknown>, string]> = [];
      const collect = (obj: Record<string, unknown>) => {
        for (const key of Object.keys(obj)) targets.push([obj, key]);
      };
      collect(pristine);
      for (const nested of ["text_config", "vision_config", "attn_config"]) {
        const value = pristine[nested];
        if (value && typeof value === "object" && !Array.isArray(value)) collect(value as Record<string, unknown>);
      }
      for (const [obj, key] of targets) {
        const original = obj[key];
        for (const value of junk) {
          obj[key] = value;
          runs++;
          try {
            countParams(architectureFromHfConfig(pristine).architecture);
          } catch (err) {
            expect(err, `${folder}: ${key} = ${JSON.stringify(value)}`).toBeInstanceOf(HfConfigError);
          }
        }
        obj[key] = original;
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
