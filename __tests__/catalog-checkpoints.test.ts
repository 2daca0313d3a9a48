import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MODELS_DIR, readCatalogFolders } from "../scripts/catalog/compile.mjs";
import { catalogCheckpoint } from "../src/catalog/checkpoint-facts.js";
import { CATALOG_ENTRIES, MODELS } from "../src/catalog/models.js";
import type { ModelSpec } from "../src/catalog/types.js";
import { checkpointConfigFromJson, countSafetensors } from "../src/checkpoint/count.js";
import { checkpointPrecision } from "../src/checkpoint/precision.js";
import { quantizationFromConfig } from "../src/checkpoint/quantization.js";
import { parseSafetensorsHeader } from "../src/checkpoint/safetensors.js";
import type { TensorInfo } from "../src/checkpoint/types.js";
import { bytesFor } from "../src/physics/precision.js";
import * as fx from "./helpers/safetensors.js";

// The catalog's checkpoint facts (card.json `checkpoint`) against the real tensor layouts: every
// card with facts for the estimate that has a recipe in __tests__/helpers/safetensors.ts must be
// exactly what countSafetensors counts over that recipe with the card's own config.json.

/** The recipe of each catalog checkpoint whose tensor list the helpers generate. */
const RECIPES: Record<string, () => fx.TensorSpec[]> = {
  "openai/gpt-oss-20b": fx.recipes.gptOss20b,
  "openai/gpt-oss-120b": fx.recipes.gptOss120b,
  "deepseek-ai/DeepSeek-V3": fx.recipes.deepseekV3,
  // R1 is trained from DeepSeek-V3-Base and published with the same tensors (MTP layer 61 included).
  "deepseek-ai/DeepSeek-R1": fx.recipes.deepseekV3,
  "moonshotai/Kimi-K2-Instruct": fx.recipes.kimiK2,
};

/**
 * Counting facts the published config.json states but the catalog's reconstructed copy leaves out.
 * Used only while the catalog's config is silent; a config that states another value fails.
 */
const OMITTED_FROM_CONFIG: Record<string, Record<string, unknown>> = {
  // None now: DeepSeek-R1's config.json states "num_nextn_predict_layers": 1 as the published file does.
};

/** How far the count's active parameters may be from the publisher's (the catalog test's conventions). */
const ACTIVE_STATED_UNIT: Record<string, number> = {
  "deepseek-ai/DeepSeek-V3": 1e9, // "37B": 36.63B without the input embedding
  "deepseek-ai/DeepSeek-R1": 1e9,
  "moonshotai/Kimi-K2-Instruct": 1e9, // "32B": 31.69B without the input embedding
};

const TOLERANCE = 0.005;

function spec(id: string): ModelSpec {
  const m = MODELS.find((s) => s.id === id);
  if (!m) throw new Error(`no catalog model ${id}`);
  return m;
}

function configOf(id: string): Record<string, unknown> {
  const entry = CATALOG_ENTRIES.find((e) => e.id === id);
  if (!entry) throw new Error(`no catalog entry ${id}`);
  const omitted = OMITTED_FROM_CONFIG[id] ?? {};
  for (const [key, value] of Object.entries(omitted)) {
    if (key in entry.config) expect(entry.config[key], `${id}: config.json states ${key}; drop it from OMITTED_FROM_CONFIG`).toEqual(value);
  }
  return { ...omitted, ...entry.config };
}

const PARSED = new Map<() => fx.TensorSpec[], TensorInfo[]>();

/** A recipe's tensors as the parser reads them from a generated header (parsed once per recipe). */
function parsed(recipe: () => fx.TensorSpec[]): TensorInfo[] {
  const known = PARSED.get(recipe);
  if (known) return known;
  const file = fx.safetensorsFile(recipe(), { format: "pt" });
  const result = parseSafetensorsHeader(file.header, file.fileSizeBytes);
  if (!result.ok) throw new Error(result.message);
  expect(result.warnings).toEqual([]);
  PARSED.set(recipe, result.header.tensors);
  return result.header.tensors;
}

const WITH_FACTS = MODELS.filter((m) => m.checkpoint?.precision !== undefined);

describe("catalog checkpoint facts", () => {
  it("every catalog checkpoint published quantized carries facts for the estimate", () => {
    const quantized = CATALOG_ENTRIES.filter((e) => quantizationFromConfig(e.config).method !== "none").map((e) => e.id);
    expect(quantized.length).toBeGreaterThanOrEqual(5);
    for (const id of quantized) expect(spec(id).checkpoint?.precision, `${id} is published quantized: add checkpoint facts to its card`).toBeDefined();
    for (const id of ["openai/gpt-oss-20b", "openai/gpt-oss-120b", "deepseek-ai/DeepSeek-V3", "deepseek-ai/DeepSeek-R1", "moonshotai/Kimi-K2-Instruct"]) expect(quantized).toContain(id);
  });

  it("every card with facts for the estimate has a recipe", () => {
    for (const m of WITH_FACTS) expect(RECIPES[m.id], `${m.id}: add its tensor list to __tests__/helpers/safetensors.ts`).toBeDefined();
  });

  for (const m of WITH_FACTS.filter((s) => RECIPES[s.id] !== undefined)) {
    it(`${m.id}: the card's facts are countSafetensors over its tensor list with its config.json`, () => {
      const facts = m.checkpoint!;
      const count = countSafetensors(parsed(RECIPES[m.id]!), checkpointConfigFromJson(configOf(m.id)));
      expect(count.warnings).toEqual([]);
      expect({ ...count.bytesByDtype }).toEqual(facts.bytesByDtype);
      expect(count.weightsBytes).toBe(facts.weightsBytes);
      expect(count.paramsTotal).toBe(facts.paramsTotal);
      expect(count.paramsActive).toBe(facts.paramsActive);
      expect(count.bytesReadPerToken).toBe(facts.bytesReadPerToken);
      expect(count.quantization).toBe(facts.quantization);
      expect(count.quantBits).toBe(facts.quantBits);
      expect(checkpointPrecision(count)).toBe(facts.precision);
      expect(count.format).toBe(facts.format);
    });
  }

  for (const m of WITH_FACTS) {
    it(`${m.id}: the card's parameters agree with the publisher's and with the config's precision`, () => {
      const facts = m.checkpoint!;
      expect(Math.abs(facts.paramsTotal! - m.official.paramsTotal) / m.official.paramsTotal).toBeLessThanOrEqual(TOLERANCE);
      if (m.official.paramsActive !== undefined) {
        const unit = ACTIVE_STATED_UNIT[m.id];
        if (unit !== undefined) expect(Math.abs(facts.paramsActive! - m.official.paramsActive)).toBeLessThanOrEqual(unit);
        else expect(Math.abs(facts.paramsActive! - m.official.paramsActive) / m.official.paramsActive).toBeLessThanOrEqual(TOLERANCE);
      }
      // The default scenario (the native precision) is the one that takes the measured bytes.
      expect(facts.precision).toBe(m.nativePrecision);
      expect(facts.files).toBeGreaterThan(0);
    });
  }

  it("mixed-precision checkpoints weigh more than parameters × their precision says", () => {
    // gpt-oss-20b: 13,761,264,768 B, where 20,914,757,184 params × 4 bits say 10,457,378,592 (24% low).
    const gptOss = spec("openai/gpt-oss-20b").checkpoint!;
    expect(gptOss.weightsBytes).toBe(13_761_264_768);
    expect(bytesFor(gptOss.paramsTotal!, "fp4")).toBe(10_457_378_592);
    // DeepSeek-V3: BF16 embeddings, head, norms and gates, F32 block scales: 673,150,611,808 B loaded,
    // 2,124,192,608 more than FP8 × 671,026,419,200.
    const v3 = spec("deepseek-ai/DeepSeek-V3").checkpoint!;
    expect(v3.weightsBytes! - bytesFor(v3.paramsTotal!, "fp8")).toBe(2_124_192_608);
    expect(v3.bytesByDtype).toEqual({ F8_E4M3: 669_065_609_216, BF16: 3_921_590_272, F32: 163_412_320 });
    for (const m of WITH_FACTS) expect(m.checkpoint!.weightsBytes!, m.id).toBeGreaterThan(bytesFor(m.checkpoint!.paramsTotal!, m.checkpoint!.precision!));
  });

  it("the Kimi-K2 recipe is the published layout: 139,644 tensors, 1,026,470,731,056 elements (the Hub's 1.03T params)", () => {
    const tensors = fx.recipes.kimiK2();
    expect(tensors.length).toBe(139_644);
    expect(tensors.reduce((sum, t) => sum + t.shape.reduce((a, b) => a * b, 1), 0)).toBe(1_026_470_731_056);
    // 958.49 GiB of tensors in the 61 shards; the engine loads all but the 61 rotary buffers.
    expect(fx.totalBytes(tensors)).toBe(1_029_173_256_720);
    expect(fx.totalBytes(tensors) - spec("moonshotai/Kimi-K2-Instruct").checkpoint!.weightsBytes!).toBe(61 * 56 * 2);
    const c = countSafetensors(parsed(fx.recipes.kimiK2), checkpointConfigFromJson(configOf("moonshotai/Kimi-K2-Instruct")));
    expect(c.setApart).toEqual([{ reason: "rotary buffers", tensors: 61, bytes: 6_832, params: 3_416 }]);
  });

  it("DeepSeek-V3 and R1: the MTP layer is in the files but not loaded", () => {
    for (const id of ["deepseek-ai/DeepSeek-V3", "deepseek-ai/DeepSeek-R1"]) {
      const c = countSafetensors(parsed(fx.recipes.deepseekV3), checkpointConfigFromJson(configOf(id)));
      expect(c.fileBytes - c.weightsBytes).toBe(15_424_227_552);
      expect(c.setApart).toEqual([{ reason: "multi-token prediction layers", tensors: 1_564, bytes: 15_424_227_552, params: 13_463_426_304 }]);
    }
  });
});

describe("catalogCheckpoint", () => {
  it("gives the card's facts as the checkpoint the estimate takes", () => {
    const checkpoint = catalogCheckpoint(spec("openai/gpt-oss-20b"));
    expect(checkpoint).toEqual({
      format: "safetensors",
      quantization: "mxfp4",
      precision: "fp4",
      weightsBytes: 13_761_264_768,
      bytesByDtype: { U8: 10_152_345_600, BF16: 3_608_919_168 },
      files: [],
      paramsTotal: 20_914_757_184,
      paramsActive: 3_608_307_264,
      bytesReadPerToken: 3_708_083_328,
      measured: true,
    });
    expect(catalogCheckpoint(spec("deepseek-ai/DeepSeek-R1"))).toMatchObject({ quantization: "fp8", precision: "fp8", weightsBytes: 673_150_611_808, bytesReadPerToken: 37_668_475_232, measured: true });
  });

  it("gives one for every card with facts for the estimate, and none for the others", () => {
    for (const m of MODELS) {
      const checkpoint = catalogCheckpoint(m);
      if (m.checkpoint?.precision === undefined) {
        expect(checkpoint, m.id).toBeUndefined();
        continue;
      }
      expect(checkpoint, m.id).toMatchObject({ precision: m.checkpoint.precision, weightsBytes: m.checkpoint.weightsBytes, paramsTotal: m.checkpoint.paramsTotal, measured: true });
      expect({ ...checkpoint!.bytesByDtype }).toEqual(m.checkpoint.bytesByDtype);
    }
    expect(catalogCheckpoint(spec("meta-llama/Llama-3.1-8B-Instruct"))).toBeUndefined();
  });

  it("needs every fact the estimate takes, a known precision and a known format", () => {
    const base = spec("openai/gpt-oss-20b");
    const without = (field: string): ModelSpec => {
      const checkpoint: Record<string, unknown> = { ...base.checkpoint };
      delete checkpoint[field];
      return { ...base, checkpoint: checkpoint as unknown as ModelSpec["checkpoint"] };
    };
    for (const field of ["precision", "weightsBytes", "bytesByDtype", "paramsTotal", "paramsActive", "bytesReadPerToken"]) expect(catalogCheckpoint(without(field)), field).toBeUndefined();
    expect(catalogCheckpoint({ ...base, checkpoint: { ...base.checkpoint!, precision: "fp5" as never } })).toBeUndefined();
    expect(catalogCheckpoint({ ...base, checkpoint: { ...base.checkpoint!, format: "onnx" } })).toBeUndefined();
    // The result is a copy: changing it leaves the catalog alone.
    const copy = catalogCheckpoint(base)!;
    copy.bytesByDtype["U8"] = 0;
    expect(base.checkpoint!.bytesByDtype!["U8"]).toBe(10_152_345_600);
  });
});

describe("the catalog compiler's checkpoint validation", () => {
  const root = mkdtempSync(join(tmpdir(), "catalog-checkpoints-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = "openai--gpt-oss-20b";
  const card = JSON.parse(readFileSync(join(MODELS_DIR, folder, "card.json"), "utf8")) as { checkpoint: Record<string, unknown> };
  const config = readFileSync(join(MODELS_DIR, folder, "config.json"), "utf8");
  let n = 0;
  /** Compile one folder holding gpt-oss-20b's card with `change` applied to its checkpoint. */
  function compileWith(change: (checkpoint: Record<string, unknown>) => void): () => unknown {
    const dir = join(root, String(n++));
    mkdirSync(join(dir, folder), { recursive: true });
    const checkpoint = structuredClone(card.checkpoint);
    change(checkpoint);
    writeFileSync(join(dir, folder, "card.json"), JSON.stringify({ ...card, checkpoint }));
    writeFileSync(join(dir, folder, "config.json"), config);
    return () => readCatalogFolders(dir);
  }

  it("accepts the card as it is", () => {
    expect(compileWith(() => {})()).toHaveLength(1);
  });

  it("refuses counts that are not integers ≥ 0, unknown precisions and unknown fields", () => {
    expect(compileWith((c) => (c.paramsTotal = -1))).toThrow(/checkpoint\.paramsTotal must be an integer ≥ 0/);
    expect(compileWith((c) => (c.paramsActive = 1.5))).toThrow(/checkpoint\.paramsActive must be an integer ≥ 0/);
    expect(compileWith((c) => (c.bytesReadPerToken = "3708083328"))).toThrow(/checkpoint\.bytesReadPerToken must be an integer ≥ 0/);
    expect(compileWith((c) => (c.quantBits = 4.5))).toThrow(/checkpoint\.quantBits/);
    expect(compileWith((c) => (c.precision = "mxfp4"))).toThrow(/checkpoint\.precision must be one of/);
    expect(compileWith((c) => (c.paramTotal = 1))).toThrow(/unknown checkpoint field "paramTotal"/);
  });

  it("refuses facts for the estimate that are partial or inconsistent", () => {
    expect(compileWith((c) => delete c.bytesReadPerToken)).toThrow(/missing bytesReadPerToken/);
    expect(compileWith((c) => (c.weightsBytes = 13_761_264_769))).toThrow(/bytesByDtype sums to 13761264768/);
    expect(compileWith((c) => (c.paramsActive = 30_000_000_000))).toThrow(/paramsActive exceeds/);
    expect(compileWith((c) => (c.bytesReadPerToken = 20_000_000_000))).toThrow(/bytesReadPerToken exceeds/);
    expect(compileWith((c) => (c.format = "onnx"))).toThrow(/safetensors, gguf or pytorch/);
    expect(compileWith((c) => (c.source = "about 13.8 GB"))).toThrow(/checkpoint\.source must name/);
  });

  it("still takes checkpoint facts without the estimate's fields", () => {
    expect(compileWith((c) => {
      for (const field of ["precision", "paramsTotal", "paramsActive", "bytesReadPerToken", "quantBits"]) delete c[field];
    })()).toHaveLength(1);
  });
});
