import { describe, expect, it } from "vitest";
import {
  OLLAMA_VRAM_TIERS,
  estimateOllamaWeights,
  modelfileNumCtx,
  ollamaContext,
  parseOllamaReference,
  quantizationBits,
  type OllamaReference,
} from "../src/checkpoint/ollama.js";

function ref(text: string): OllamaReference {
  const result = parseOllamaReference(text);
  if (!result.ok) throw new Error(result.message);
  return result.reference;
}

const GIB = 2 ** 30;

describe("parseOllamaReference", () => {
  it("reads ollama://gemma3:27b: the library, a size, Q4_K_M assumed", () => {
    expect(ref("ollama://gemma3:27b")).toMatchObject({
      registry: "registry.ollama.ai",
      namespace: "library",
      model: "gemma3",
      tag: "27b",
      source: "ollama-library",
      sizeTag: "27b",
      quantization: "Q4_K_M",
      quantizationAssumed: true,
      qat: false,
      canonical: "registry.ollama.ai/library/gemma3:27b",
    });
  });

  it("reads a bare model as tag latest", () => {
    const r = ref("gemma3");
    expect(r).toMatchObject({ model: "gemma3", tag: "latest", quantization: "Q4_K_M", quantizationAssumed: true });
    expect(r.sizeTag).toBeUndefined();
    expect(ref("gemma3:27b").canonical).toBe("registry.ollama.ai/library/gemma3:27b");
  });

  it("reads a namespace and a quantization in the tag", () => {
    expect(ref("library/llama3.1:8b-instruct-q8_0")).toMatchObject({
      namespace: "library",
      model: "llama3.1",
      sizeTag: "8b",
      quantization: "Q8_0",
      quantizationAssumed: false,
    });
    expect(ref("someone/mymodel:7b-q5_K_M")).toMatchObject({ namespace: "someone", quantization: "Q5_K_M", source: "ollama-library" });
  });

  it("reads the registry host", () => {
    expect(ref("registry.ollama.ai/library/qwen2.5:7b")).toMatchObject({ registry: "registry.ollama.ai", model: "qwen2.5", sizeTag: "7b", source: "ollama-library" });
    expect(ref("localhost:5000/team/model:1b")).toMatchObject({ registry: "localhost:5000", namespace: "team", source: "registry" });
  });

  it("reads hf.co references: the tag is the quantization", () => {
    expect(ref("hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M")).toMatchObject({
      registry: "hf.co",
      namespace: "bartowski",
      model: "Llama-3.2-3B-Instruct-GGUF",
      tag: "Q4_K_M",
      source: "hugging-face",
      quantization: "Q4_K_M",
      quantizationAssumed: false,
    });
    expect(ref("hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF")).toMatchObject({ tag: "latest", quantization: "Q4_K_M", quantizationAssumed: true });
    expect(ref("huggingface.co/unsloth/Qwen3-8B-GGUF:iq3_m").quantization).toBe("IQ3_M");
    expect(ref("hf.co/unsloth/Qwen3-8B-GGUF:UD-Q4_K_XL")).toMatchObject({ quantization: "UD-Q4_K_XL", quantizationAssumed: false });
  });

  it("reads each quantization a tag may name", () => {
    const cases: Array<[string, string]> = [
      ["llama3.1:8b-instruct-q4_0", "Q4_0"],
      ["llama3.1:8b-instruct-q4_1", "Q4_1"],
      ["llama3.1:8b-instruct-q5_0", "Q5_0"],
      ["llama3.1:8b-instruct-q5_1", "Q5_1"],
      ["llama3.1:8b-instruct-q5_K_S", "Q5_K_S"],
      ["llama3.1:8b-instruct-q5_K_M", "Q5_K_M"],
      ["llama3.1:8b-instruct-q6_K", "Q6_K"],
      ["llama3.1:8b-instruct-q3_K_M", "Q3_K_M"],
      ["llama3.1:70b-instruct-q2_K", "Q2_K"],
      ["llama3.1:8b-instruct-fp16", "F16"],
      ["gemma3:27b-it-bf16", "BF16"],
      ["qwen2.5:7b-instruct-iq4_xs", "IQ4_XS"],
    ];
    for (const [text, quantization] of cases) expect(ref(text).quantization, text).toBe(quantization);
  });

  it("reads Gemma 3 qat tags as Q4_0, and gpt-oss as MXFP4", () => {
    expect(ref("gemma3:27b-it-qat")).toMatchObject({ quantization: "Q4_0", qat: true, quantizationAssumed: false, sizeTag: "27b" });
    expect(ref("gpt-oss:20b")).toMatchObject({ quantization: "MXFP4", quantizationAssumed: true });
    expect(ref("mixtral:8x7b").sizeTag).toBe("8x7b");
    expect(ref("gemma3n:e4b").sizeTag).toBe("e4b");
    expect(ref("qwen3:0.6b").sizeTag).toBe("0.6b");
  });

  it("refuses what is no model name, quoting it safely", () => {
    for (const bad of ["", "a/b/c/d", "model:bad tag", "hf.co/onlyrepo", "model@sha256:abc", "/model", "mod el", "x".repeat(500)]) {
      const result = parseOllamaReference(bad);
      expect(result.ok, bad).toBe(false);
    }
    const hostile = parseOllamaReference("model:\u001b[31mred");
    expect(hostile.ok).toBe(false);
    if (!hostile.ok) expect(hostile.message).not.toContain("\u001b");
  });
});

describe("bits per weight and the weights estimate", () => {
  it("uses llama.cpp's published figures", () => {
    expect(quantizationBits("Q4_K_M")?.bitsPerWeight).toBe(4.8944);
    expect(quantizationBits("q8_0")?.bitsPerWeight).toBe(8.5008);
    expect(quantizationBits("F16")?.bitsPerWeight).toBe(16.0005);
    // 4.34 GiB for Llama-3-8B's 8,030,261,248 parameters.
    expect(quantizationBits("Q4_0")?.bitsPerWeight).toBeCloseTo(4.643, 2);
    expect(quantizationBits("Q3_K_M")?.bitsPerWeight).toBeCloseTo(4.001, 2);
    expect(quantizationBits("UD-Q4_K_XL")).toBeUndefined();
  });

  it("estimates weight bytes as params × bits / 8 and states the assumption", () => {
    const result = estimateOllamaWeights(ref("llama3.1:8b"), { params: 8_030_261_248 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.estimate.weightsBytes).toBe(Math.round((8_030_261_248 * 4.8944) / 8));
    // llama.cpp's README: 4.58 GiB.
    expect(result.estimate.weightsBytes / GIB).toBeCloseTo(4.58, 1);
    expect(result.estimate.assumption).toMatch(/names no quantization, so Q4_K_M .* is assumed/);
    expect(result.estimate.assumption).toMatch(/quantize\/README/);

    const named = estimateOllamaWeights(ref("llama3.1:8b-instruct-q8_0"), { params: 8_030_261_248 });
    expect(named.ok && named.estimate.assumption).toMatch(/means Q8_0/);
  });

  it("refuses an unknown quantization or a bad parameter count", () => {
    expect(estimateOllamaWeights(ref("hf.co/unsloth/Qwen3-8B-GGUF:UD-Q4_K_XL"), { params: 8e9 })).toMatchObject({ ok: false });
    expect(estimateOllamaWeights(ref("gemma3"), { params: -1 })).toMatchObject({ ok: false });
    expect(estimateOllamaWeights(ref("gemma3"), { params: Number.NaN })).toMatchObject({ ok: false });
  });
});

describe("ollamaContext", () => {
  it("is 2048 before v0.6.7 and 4096 from it", () => {
    expect(ollamaContext({ version: "0.5.7" })).toMatchObject({ contextTokens: 2048, source: "default" });
    expect(ollamaContext({ version: "0.6.6" }).contextTokens).toBe(2048);
    expect(ollamaContext({ version: "v0.6.7" }).contextTokens).toBe(4096);
    expect(ollamaContext({ version: "0.15.4" }).contextTokens).toBe(4096);
  });

  it("depends on total VRAM from v0.15.5 (tiers at 23 and 47 GiB as in code)", () => {
    const unknown = ollamaContext({ version: "0.15.5" });
    expect(unknown.contextTokens).toBeNull();
    expect(unknown.tiers).toBe(OLLAMA_VRAM_TIERS);
    expect(ollamaContext({ version: "0.15.5", totalVramBytes: 16 * GIB }).contextTokens).toBe(4096);
    expect(ollamaContext({ version: "0.15.5-rc3", totalVramBytes: 24 * GIB }).contextTokens).toBe(32768);
    expect(ollamaContext({ version: "0.17.7", totalVramBytes: 80 * GIB }).contextTokens).toBe(262144);
    const assumed = ollamaContext({ totalVramBytes: 141 * GIB });
    expect(assumed.contextTokens).toBe(262144);
    expect(assumed.notes.join()).toMatch(/version unknown/);
  });

  it("takes OLLAMA_CONTEXT_LENGTH, then a Modelfile num_ctx, then the request's", () => {
    expect(ollamaContext({ version: "0.15.5", contextLengthEnv: "8192" })).toMatchObject({ contextTokens: 8192, source: "environment" });
    expect(ollamaContext({ contextLengthEnv: '"16384" ' }).contextTokens).toBe(16384);
    expect(ollamaContext({ contextLengthEnv: "8192", modelfileNumCtx: 32768 })).toMatchObject({ contextTokens: 32768, source: "modelfile" });
    expect(ollamaContext({ contextLengthEnv: "8192", modelfileNumCtx: 32768, requestNumCtx: 2048 })).toMatchObject({ contextTokens: 2048, source: "request" });
  });

  it("ignores a junk or zero OLLAMA_CONTEXT_LENGTH, saying so", () => {
    const junk = ollamaContext({ version: "0.6.7", contextLengthEnv: "lots" });
    expect(junk).toMatchObject({ contextTokens: 4096, source: "default" });
    expect(junk.notes.join()).toMatch(/not a positive integer/);
    expect(ollamaContext({ version: "0.6.7", contextLengthEnv: "0" }).source).toBe("default");
  });

  it("clamps to the model's trained context", () => {
    const r = ollamaContext({ version: "0.17.0", totalVramBytes: 96 * GIB, modelContextTokens: 40960 });
    expect(r).toMatchObject({ contextTokens: 40960, clamped: true });
    expect(ollamaContext({ version: "0.6.7", modelContextTokens: 131072 })).toMatchObject({ contextTokens: 4096, clamped: false });
  });

  it("reads num_ctx from a Modelfile, the last one winning", () => {
    expect(modelfileNumCtx("FROM llama3.1\nPARAMETER num_ctx 8192\nPARAMETER temperature 0.2\nparameter num_ctx 16384\n")).toBe(16384);
    expect(modelfileNumCtx("FROM llama3.1\n")).toBeUndefined();
  });
});
