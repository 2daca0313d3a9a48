import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { defaultConfig } from "../src/config/config.js";
import { runCheck } from "../src/pipeline/check.js";
import { resolveModelVariant, type VariantResolution } from "../src/catalog/model-variants.js";
import { MODELS } from "../src/catalog/models.js";
import type { ModelSpec } from "../src/catalog/types.js";

function resolved(id: string): VariantResolution {
  const r = resolveModelVariant(id);
  if (!r) throw new Error(`"${id}" did not resolve`);
  // Every explanation names what was asked and what it was read as.
  expect(r.how).toContain(`"${id}"`);
  expect(r.how).toContain(r.model.id);
  return r;
}

describe("resolveModelVariant: third-party quantized repositories", () => {
  it.each([
    ["TheBloke/Llama-2-70B-Chat-GPTQ", "meta-llama/Llama-2-70b-chat-hf", "int4"],
    ["hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4", "meta-llama/Llama-3.1-70B-Instruct", "int4"],
    ["neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8", "meta-llama/Llama-3.1-8B-Instruct", "fp8"],
    ["RedHatAI/Meta-Llama-3.1-8B-Instruct-FP8-dynamic", "meta-llama/Llama-3.1-8B-Instruct", "fp8"],
    ["Qwen/Qwen2.5-7B-Instruct-AWQ", "Qwen/Qwen2.5-7B-Instruct", "int4"],
    ["Qwen/Qwen2.5-72B-Instruct-GPTQ-Int8", "Qwen/Qwen2.5-72B-Instruct", "int8"],
    ["RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w8a8", "meta-llama/Llama-3.1-8B-Instruct", "int8"],
    ["RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w4a16", "meta-llama/Llama-3.1-8B-Instruct", "int4"],
    ["unsloth/Llama-3.3-70B-Instruct-bnb-4bit", "meta-llama/Llama-3.3-70B-Instruct", "int4"],
    ["mlx-community/Meta-Llama-3.1-8B-Instruct-4bit", "meta-llama/Llama-3.1-8B-Instruct", "int4"],
    ["casperhansen/deepseek-r1-distill-llama-70b-awq", "deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "int4"],
    ["neuralmagic/Meta-Llama-3-70B-Instruct-FP8", "meta-llama/Meta-Llama-3-70B-Instruct", "fp8"],
    ["Qwen/Qwen3-30B-A3B-FP8", "Qwen/Qwen3-30B-A3B", "fp8"],
    ["RedHatAI/gpt-oss-120b-MXFP4", "openai/gpt-oss-120b", "fp4"],
    // Conversions to 16 bits of checkpoints published in FP8 or BF16: the name's width wins over the catalog's.
    ["unsloth/DeepSeek-R1-BF16", "deepseek-ai/DeepSeek-R1", "bf16"],
    ["meta-llama/Llama-3.1-8B-Instruct-FP16", "meta-llama/Llama-3.1-8B-Instruct", "fp16"],
  ])("%s → %s, %s", (id, model, precision) => {
    const r = resolved(id);
    expect(r.model.id).toBe(model);
    expect(r.impliedPrecision).toBe(precision);
  });

  it("explains the match: what was set aside and why the precision", () => {
    expect(resolved("hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4").how).toBe(
      '"hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4" read as meta-llama/Llama-3.1-70B-Instruct quantized to INT4 ' +
        '("INT4" in the name: 4-bit integer weights): name "Meta-Llama-3.1-70B-Instruct-AWQ-INT4" matches catalog name ' +
        'meta-llama/Llama-3.1-70B-Instruct with organisation "hugging-quants" and tokens "Instruct", "AWQ", "INT4" set aside',
    );
  });

  it("says 'with' rather than 'quantized to' when the name's precision is the checkpoint's own", () => {
    const r = resolved("deepseek-ai/DeepSeek-V3-FP8");
    expect(r.model.id).toBe("deepseek-ai/DeepSeek-V3");
    expect(r.impliedPrecision).toBe("fp8");
    expect(r.how).toContain("with FP8 weights");
  });

  it("reads GGUF, EXL2 and MLX repositories, whose quant types imply no precision it can state", () => {
    for (const [id, model] of [
      ["bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "meta-llama/Llama-3.1-8B-Instruct"],
      ["lmstudio-community/Qwen2.5-7B-Instruct-GGUF", "Qwen/Qwen2.5-7B-Instruct"],
      ["unsloth/DeepSeek-V3-0324-GGUF", "deepseek-ai/DeepSeek-V3"],
      ["/models/llama-2-7b-chat.Q4_K_M.gguf", "meta-llama/Llama-2-7b-chat-hf"],
      ["turboderp/Llama-3.1-8B-Instruct-exl2:8.0bpw", "meta-llama/Llama-3.1-8B-Instruct"],
      ["hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M", "meta-llama/Llama-3.2-3B-Instruct"],
    ] as const) {
      const r = resolved(id);
      expect(r.model.id, id).toBe(model);
      expect(r.impliedPrecision, id).toBeUndefined();
    }
  });

  it("accepts tokens the catalog uses for the same model elsewhere", () => {
    const r = resolved("Mistral-Nemo-12B-Instruct-2407-FP8");
    expect(r.model.id).toBe("mistralai/Mistral-Nemo-Instruct-2407");
    expect(r.impliedPrecision).toBe("fp8");
    expect(r.how).toContain('its other token "12b" also names mistralai/Mistral-Nemo-Instruct-2407');
  });
});

describe("resolveModelVariant: catalog ids and aliases", () => {
  it("an exact catalog id is itself, said to be so", () => {
    const r = resolved("mistralai/Mixtral-8x7B-Instruct-v0.1");
    expect(r.model.id).toBe("mistralai/Mixtral-8x7B-Instruct-v0.1");
    expect(r.impliedPrecision).toBeUndefined();
    expect(r.how).toBe('"mistralai/Mixtral-8x7B-Instruct-v0.1" read as mistralai/Mixtral-8x7B-Instruct-v0.1: catalog id');
  });

  it("an alias names its model, Ollama tags included", () => {
    const r = resolved("llama3.1:8b");
    expect(r.model.id).toBe("meta-llama/Llama-3.1-8B-Instruct");
    expect(r.how).toContain("catalog alias llama3.1:8b");
    expect(resolved("deepseek-r1:70b").model.id).toBe("deepseek-ai/DeepSeek-R1-Distill-Llama-70B");
  });

  it("distills are catalog entries of their base architecture", () => {
    expect(resolved("deepseek-ai/DeepSeek-R1-Distill-Llama-70B").model.family).toBe("llama");
    const qwen = resolved("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B").model;
    expect(qwen.family).toBe("qwen2.5");
    expect(qwen.architecture).toEqual(MODELS.find((m) => m.id === "Qwen/Qwen2.5-32B-Instruct")!.architecture);
  });

  it("every catalog id and alias resolves to its own model", () => {
    for (const model of MODELS) {
      for (const name of [model.id, ...model.aliases]) expect(resolveModelVariant(name)?.model.id, name).toBe(model.id);
    }
  });

  it("every catalog name, re-published by a third party with a format suffix, resolves to its own model", () => {
    for (const model of MODELS) {
      for (const name of [model.id, ...model.aliases]) {
        // Ollama names stand for Ollama's defaults; only their exact spelling is read.
        if (name.includes(":") || !/[/_-]/.test(name)) continue;
        const id = `someone/${name.slice(name.lastIndexOf("/") + 1)}-GPTQ-Int8`;
        const r = resolveModelVariant(id);
        expect(r?.model.id, id).toBe(model.id);
        expect(r?.impliedPrecision, id).toBe("int8");
      }
    }
  });
});

describe("resolveModelVariant: locations", () => {
  it.each([
    ["hf://meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct"],
    ["pvc://models/meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct"],
    ["pvc://model-cache/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct"],
    ["s3://bucket/llm/Mistral-7B-Instruct-v0.3/", "mistralai/Mistral-7B-Instruct-v0.3"],
    ["gs://weights/models/Qwen/Qwen2.5-7B-Instruct-AWQ", "Qwen/Qwen2.5-7B-Instruct"],
    ["oci://ghcr.io/acme/models/llama-3.1-8b-instruct:v1.2", "meta-llama/Llama-3.1-8B-Instruct"],
    ["/mnt/models/Qwen2.5-14B-Instruct", "Qwen/Qwen2.5-14B-Instruct"],
    ["/models/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B-Instruct"],
    ["./weights/gemma-2-9b-it/", "google/gemma-2-9b-it"],
    ["C:\\models\\Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-7B-Instruct"],
    ["/root/.cache/huggingface/hub/models--meta-llama--Llama-3.1-8B-Instruct/snapshots/0e9e39f", "meta-llama/Llama-3.1-8B-Instruct"],
    ["huggingface.co/Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-7B-Instruct"],
    ["https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ/tree/main", "Qwen/Qwen2.5-7B-Instruct"],
    ["meta-llama/Llama-3.1-8B-Instruct@main", "meta-llama/Llama-3.1-8B-Instruct"],
    ["meta-llama/Llama-3.1-8B-Instruct/", "meta-llama/Llama-3.1-8B-Instruct"],
    ["llama3.1:70b-instruct-q4_K_M", "meta-llama/Llama-3.1-70B-Instruct"],
  ])("%s → %s", (id, model) => {
    expect(resolved(id).model.id).toBe(model);
  });

  it("says where the repository was taken from", () => {
    expect(resolved("pvc://models/meta-llama/Llama-3.1-8B-Instruct").how).toBe(
      '"pvc://models/meta-llama/Llama-3.1-8B-Instruct" read as meta-llama/Llama-3.1-8B-Instruct: catalog id ' +
        '(repository "meta-llama/Llama-3.1-8B-Instruct" taken from the location)',
    );
    const s3 = resolved("s3://bucket/llm/Mistral-7B-Instruct-v0.3/").how;
    expect(s3).toContain('repository "llm/Mistral-7B-Instruct-v0.3" taken from the location');
    expect(s3).toContain('folder "llm"');
  });

  it("reads the precision from the repository name, not from the location or a revision", () => {
    expect(resolved("hf://Qwen/Qwen2.5-7B-Instruct-AWQ@main").impliedPrecision).toBe("int4");
    expect(resolved("s3://fp8-bucket/Llama-3.1-8B-Instruct").impliedPrecision).toBeUndefined();
  });
});

describe("resolveModelVariant: no guesses", () => {
  it.each([
    ["acme/secret-model", "unknown"],
    ["", "empty"],
    ["   ", "blank"],
    ["s3://", "no path"],
    ["acme/AWQ-INT4", "only format tokens"],
    ["acme/llama3", "an Ollama default name under an organisation"],
    // Fine-tunes and variants with words of their own: different context, vision tower…
    ["Qwen/Qwen2.5-7B-Instruct-1M", "1M context"],
    ["Qwen/Qwen2.5-VL-7B-Instruct", "vision-language"],
    ["mlabonne/Meta-Llama-3.1-8B-Instruct-abliterated", "fine-tune"],
    // Other versions of catalog families.
    ["Qwen/Qwen1.5-7B-Chat", "Qwen 1.5 is not Qwen 2.5"],
    ["mistralai/Mistral-7B-Instruct-v0.2", "v0.2 is neither v0.1 nor v0.3"],
    ["google/gemma-2b-it", "Gemma 1 2B is not Gemma 2 2B"],
    // Ambiguous: fits catalog models of different shapes.
    ["TheBloke/Mistral-7B-Instruct-GPTQ", "Mistral 7B v0.1 or v0.3"],
    ["acme/Llama-70B-Instruct-AWQ", "Llama 2, 3, 3.1 or 3.3 70B"],
  ])("%s → null (%s)", (id) => {
    expect(resolveModelVariant(id)).toBeNull();
  });

  it("never throws", () => {
    expect(resolveModelVariant(undefined as unknown as string)).toBeNull();
    expect(resolveModelVariant(42 as unknown as string)).toBeNull();
    expect(resolveModelVariant("////@@::")).toBeNull();
  });
});

describe("resolveModelVariant: several catalog models fit", () => {
  // A made-up catalog where names collide, to exercise the tie rules.
  const base = MODELS.find((m) => m.id === "meta-llama/Llama-3.1-70B-Instruct")!;
  const other = MODELS.find((m) => m.id === "meta-llama/Llama-2-70b-chat-hf")!;
  const spec = (id: string, aliases: string[], like: ModelSpec): ModelSpec => ({ ...like, id, name: id, aliases });
  const catalog: ModelSpec[] = [
    // Same shapes: either is right, the first is taken and the other named.
    spec("acme/Twin-7B", ["acme/Twin-7B-FP8"], base),
    spec("other/Twin-7B-Chat", [], base),
    // Different shapes: no answer.
    spec("acme/Split-7B", [], base),
    spec("other/Split-7B-Instruct", [], other),
    // Partial matches: the one whose name carries the candidate's version wins.
    spec("acme/Ver-7B", ["acme/Ver-3-Max"], base),
    spec("other/Ver-7B-Max", ["other/Ver-3"], other),
  ];
  const load = () => import("../src/catalog/model-variants.js");
  beforeAll(() => {
    vi.resetModules();
    vi.doMock("../src/catalog/models.js", () => ({ MODELS: catalog }));
  });
  afterAll(() => {
    vi.doUnmock("../src/catalog/models.js");
    vi.resetModules();
  });

  it("takes the first of physically identical models and says which others fit", async () => {
    const { resolveModelVariant: resolve } = await load();
    const r = resolve("someone/Twin-7B-Instruct-AWQ");
    expect(r?.model.id).toBe("acme/Twin-7B");
    expect(r?.how).toContain("other/Twin-7B-Chat has the same architecture, context length and precision");
  });

  it("returns null when the models that fit differ in architecture", async () => {
    const { resolveModelVariant: resolve } = await load();
    expect(resolve("someone/Split-7B-AWQ")).toBeNull();
  });

  it("prefers the model whose matching name has the candidate's version", async () => {
    const { resolveModelVariant: resolve } = await load();
    expect(resolve("someone/Ver-3-7B-Max")?.model.id).toBe("acme/Ver-7B");
  });

  it("reports the precision an exact alias implies", async () => {
    const { resolveModelVariant: resolve } = await load();
    const r = resolve("acme/Twin-7B-FP8");
    expect(r?.model.id).toBe("acme/Twin-7B");
    expect(r?.impliedPrecision).toBe("fp8");
    expect(r?.how).toContain("catalog alias acme/Twin-7B-FP8");
  });
});

describe("a -BF16 conversion of an FP8 checkpoint is checked in BF16", () => {
  it("DeepSeek-R1-BF16 on 16 × H100 does not fit: 671B × 2 bytes is 1,342 GB, 84 GB per GPU against 77.3 GB usable", () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-bf16-"));
    const manifest = [
      "apiVersion: llm-physics/v1",
      "kind: InferenceDeployment",
      "metadata:",
      "  name: r1-bf16",
      "spec:",
      "  model: unsloth/DeepSeek-R1-BF16",
      "  hardware:",
      "    gpu: H100-SXM",
      "    count: 16",
      "  serving:",
      "    contextLength: 8192",
      "",
    ].join("\n");
    writeFileSync(join(dir, "r1.yaml"), manifest);
    const report = runCheck({ cwd: dir, paths: ["."], config: defaultConfig() });
    const [d] = report.deployments;
    expect(d!.precision).toBe("bf16");
    expect(d!.verdict).toBe("fail");
    expect(report.findings.map((f) => f.ruleId)).toContain("vram-exceeds-capacity");
  });
});
