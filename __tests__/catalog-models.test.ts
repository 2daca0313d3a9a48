import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileCatalog, GENERATED_PATH, MODELS_DIR, folderNameOf, readCatalogFolders } from "../scripts/catalog/compile.mjs";
import { architectureFromHfConfig } from "../src/catalog/hf-config.js";
import { CATALOG_ENTRIES, MODELS } from "../src/catalog/models.js";
import type { ModelSpec } from "../src/catalog/types.js";
import { fixedStateBytesPerSequence, kvBytesPerToken, kvCacheBytes, layerWindows } from "../src/physics/kv-cache.js";
import { countParams } from "../src/physics/params.js";
import { isPrecision } from "../src/physics/precision.js";

/** Relative agreement required between a derived count and the publisher's figure. */
const TOLERANCE = 0.005;

/**
 * MoE entries whose publisher counts "active" parameters differently from `countParams().paramsActive`
 * (every non-expert weight but the input embedding, which a token only looks up, plus top-k experts — the
 * DeepSeek and OpenAI convention), or states them too coarsely for 0.5%. Each row says which convention fits
 * and why the bound is what it is; everything else is held to 0.5%.
 *
 * - `excludeInputEmbedding`: false when the figure counts the input embedding table too (Qwen, Meta), so the
 *   comparison adds it back.
 * - `statedUnit`: the figure is given to this unit (two significant figures, rounded or truncated), so the
 *   derived count must be within one unit of the stated figure instead of within 0.5%.
 */
const ACTIVE_CONVENTIONS: Record<string, { excludeInputEmbedding: boolean; statedUnit?: number; why: string }> = {
  // OpenAI's Table 1 gives the split: 20b MLP 19.12B × 4/32 + attention 0.64B + unembedding 0.58B = 3.61B;
  // the 0.58B input embedding is not in it. Stated to 0.01B, so the 0.5% bound holds.
  "openai/gpt-oss-20b": { excludeInputEmbedding: true, why: "OpenAI counts the unembedding but not the embedding as active" },
  "openai/gpt-oss-120b": { excludeInputEmbedding: true, why: "OpenAI counts the unembedding but not the embedding as active" },
  // DeepSeek gives activated counts to two significant figures. Without the input embedding the shapes give
  // 2.451B (V2-Lite, "2.4B"), 20.85B (V2, "21B"), 36.63B (V3/R1, "37B"); with it they would give 2.661B,
  // 21.38B and 37.55B, which V2-Lite's 2.4B rules out. So: input embedding excluded, within one stated unit.
  "deepseek-ai/DeepSeek-V2-Lite-Chat": { excludeInputEmbedding: true, statedUnit: 0.1e9, why: "\"2.4B\" stated to 0.1B" },
  "deepseek-ai/DeepSeek-V2-Chat": { excludeInputEmbedding: true, statedUnit: 1e9, why: "\"21B\" stated to 1B" },
  "deepseek-ai/DeepSeek-V3": { excludeInputEmbedding: true, statedUnit: 1e9, why: "\"37B\" stated to 1B" },
  "deepseek-ai/DeepSeek-R1": { excludeInputEmbedding: true, statedUnit: 1e9, why: "\"37B\" stated to 1B" },
  // Qwen includes both embedding tables and truncates to two significant figures:
  // 3.353B → "3.3B", 22.19B → "22B", 14.25B → "14B".
  "Qwen/Qwen3-30B-A3B": { excludeInputEmbedding: false, statedUnit: 0.1e9, why: "\"3.3B\" stated to 0.1B" },
  "Qwen/Qwen3-235B-A22B": { excludeInputEmbedding: false, statedUnit: 1e9, why: "\"22B\" stated to 1B" },
  "Qwen/Qwen2-57B-A14B-Instruct": { excludeInputEmbedding: false, statedUnit: 1e9, why: "\"14B\" stated to 1B" },
  // Mistral's 12.9B for Mixtral-8x7B is 12,879,925,248: both embedding tables counted.
  "mistralai/Mixtral-8x7B-Instruct-v0.1": { excludeInputEmbedding: false, why: "Mistral counts the input embedding as active" },
  // Qwen1.5-MoE-A2.7B: "2.7B activated" counts the input embedding too (2.69B with it, 2.37B without).
  "Qwen/Qwen1.5-MoE-A2.7B-Chat": { excludeInputEmbedding: false, why: "Qwen counts the input embedding as active" },
  // Qwen3-Next: 3.87B with both tables ("3B activated", stated to 1B; 3.25B without either table).
  "Qwen/Qwen3-Next-80B-A3B-Instruct": { excludeInputEmbedding: false, statedUnit: 1e9, why: "\"3B\" stated to 1B" },
  // Meta states "17B activated" for both Llama 4 models: the shapes give 17.17B (Scout) and 17.18B (Maverick).
  "meta-llama/Llama-4-Scout-17B-16E-Instruct": { excludeInputEmbedding: false, statedUnit: 1e9, why: "\"17B\" stated to 1B" },
  "meta-llama/Llama-4-Maverick-17B-128E-Instruct": { excludeInputEmbedding: false, statedUnit: 1e9, why: "\"17B\" stated to 1B" },
  // DeepSeek-V3-style MoE, counted as DeepSeek counts: Kimi-K2 31.69B ("32B"), GLM-4.5-Air 12.80B ("12B").
  "moonshotai/Kimi-K2-Instruct": { excludeInputEmbedding: true, statedUnit: 1e9, why: "\"32B\" stated to 1B" },
  "zai-org/GLM-4.5-Air": { excludeInputEmbedding: true, statedUnit: 1e9, why: "\"12B\" stated to 1B" },
};

/**
 * Entries whose publisher states the total too coarsely for 0.5%: the derived total must be within one stated
 * unit instead. Everything else is held to 0.5%.
 */
const TOTAL_CONVENTIONS: Record<string, { statedUnit: number; why: string }> = {
  // Zhipu states "106 billion total parameters"; the shapes give 106.85B (the MTP layer not counted).
  "zai-org/GLM-4.5-Air": { statedUnit: 1e9, why: "\"106B\" stated to 1B" },
};

function relativeError(derived: number, official: number): number {
  return Math.abs(derived - official) / official;
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}

/** Every numeric field of an architecture that must be a positive integer. */
function positiveIntegerFields(m: ModelSpec): Array<[string, unknown]> {
  const a = m.architecture;
  const fields: Array<[string, unknown]> = [
    ["hiddenSize", a.hiddenSize],
    ["numLayers", a.numLayers],
    ["vocabSize", a.vocabSize],
    ["normsPerLayer", a.normsPerLayer],
    ["maxContextTokens", m.maxContextTokens],
    ["attention.numHeads", a.attention.numHeads],
  ];
  if (a.attention.kind === "standard") {
    fields.push(["attention.numKvHeads", a.attention.numKvHeads], ["attention.headDim", a.attention.headDim]);
  } else {
    const { qLoraRank, kvLoraRank, qkNopeHeadDim, qkRopeHeadDim, vHeadDim } = a.attention;
    if (qLoraRank !== null) fields.push(["attention.qLoraRank", qLoraRank]);
    fields.push(
      ["attention.kvLoraRank", kvLoraRank],
      ["attention.qkNopeHeadDim", qkNopeHeadDim],
      ["attention.qkRopeHeadDim", qkRopeHeadDim],
      ["attention.vHeadDim", vHeadDim],
    );
  }
  if (a.mlp) fields.push(["mlp.intermediateSize", a.mlp.intermediateSize]);
  if (a.moe) {
    fields.push(["moe.numExperts", a.moe.numExperts], ["moe.topK", a.moe.topK], ["moe.expert.intermediateSize", a.moe.expert.intermediateSize]);
    if (a.moe.shared) fields.push(["moe.shared.count", a.moe.shared.count], ["moe.shared.mlp.intermediateSize", a.moe.shared.mlp.intermediateSize]);
  }
  if (a.slidingWindow) fields.push(["slidingWindow.windowTokens", a.slidingWindow.windowTokens]);
  if (a.positionEmbeddings !== undefined) fields.push(["positionEmbeddings", a.positionEmbeddings]);
  fields.push(["official.paramsTotal", m.official.paramsTotal]);
  return fields;
}

describe("model catalog", () => {
  it("has at least 30 entries", () => {
    expect(MODELS.length).toBeGreaterThanOrEqual(30);
  });

  it("has unique ids and aliases, none of them shared between entries (case-insensitive)", () => {
    const owner = new Map<string, string>();
    for (const m of MODELS) {
      for (const name of [m.id, ...m.aliases]) {
        const key = name.trim().toLowerCase();
        expect(name, `${m.id}: blank name`).toBe(name.trim());
        expect(key.length, `${m.id}: empty name`).toBeGreaterThan(0);
        const previous = owner.get(key);
        expect(previous, `"${name}" of ${m.id} is already ${previous === m.id ? "listed in the same entry" : `used by ${previous}`}`).toBeUndefined();
        owner.set(key, m.id);
      }
    }
  });

  it("names every required model by id or alias", () => {
    const names = new Set(MODELS.flatMap((m) => [m.id, ...m.aliases].map((n) => n.toLowerCase())));
    const required = [
      "meta-llama/Llama-3.2-1B-Instruct",
      "meta-llama/Llama-3.2-3B-Instruct",
      "meta-llama/Llama-3.1-8B-Instruct",
      "meta-llama/Meta-Llama-3.1-8B-Instruct",
      "llama-3.1-8b",
      "llama3.1:8b",
      "meta-llama/Llama-3.1-70B-Instruct",
      "meta-llama/Llama-3.1-405B-Instruct",
      "meta-llama/Llama-3.3-70B-Instruct",
      "mistralai/Mistral-7B-v0.1",
      "mistralai/Mistral-7B-Instruct-v0.3",
      "mistralai/Mistral-Small-24B-Instruct-2501",
      "mistralai/Mistral-Nemo-Instruct-2407",
      "mistralai/Mixtral-8x7B-Instruct-v0.1",
      "mistralai/Mixtral-8x22B-Instruct-v0.1",
      "Qwen/Qwen2.5-0.5B-Instruct",
      "Qwen/Qwen2.5-7B-Instruct",
      "Qwen/Qwen2.5-14B-Instruct",
      "Qwen/Qwen2.5-32B-Instruct",
      "Qwen/Qwen2.5-72B-Instruct",
      "Qwen/Qwen3-8B",
      "Qwen/Qwen3-32B",
      "Qwen/Qwen3-30B-A3B",
      "Qwen/Qwen3-235B-A22B",
      "Qwen/Qwen1.5-MoE-A2.7B",
      "Qwen/Qwen2-57B-A14B",
      "google/gemma-2-9b-it",
      "google/gemma-2-27b-it",
      "google/gemma-3-12b-it",
      "google/gemma-3-27b-it",
      "microsoft/Phi-3-mini-4k-instruct",
      "microsoft/Phi-3-medium-4k-instruct",
      "microsoft/phi-4",
      "deepseek-ai/DeepSeek-V2-Lite",
      "deepseek-ai/DeepSeek-V2",
      "deepseek-ai/DeepSeek-V3",
      "deepseek-ai/DeepSeek-R1",
      "openai/gpt-oss-20b",
      "openai/gpt-oss-120b",
      "tiiuae/falcon-7b",
      "tiiuae/Falcon3-7B-Instruct",
    ];
    for (const name of required) expect(names.has(name.toLowerCase()), name).toBe(true);
  });

  it("keeps DeepSeek-R1 and DeepSeek-V3 as separate entries with the same architecture", () => {
    const v3 = MODELS.find((m) => m.id === "deepseek-ai/DeepSeek-V3");
    const r1 = MODELS.find((m) => m.id === "deepseek-ai/DeepSeek-R1");
    expect(v3).toBeDefined();
    expect(r1).toBeDefined();
    expect(r1!.architecture).toEqual(v3!.architecture);
  });

  describe.each(MODELS.map((m) => [m.id, m] as const))("%s", (_id, m) => {
    const a = m.architecture;
    const derived = countParams(a);

    it("derives the publisher's total parameter count within 0.5%", () => {
      // A publisher's total of a multimodal checkpoint includes its vision encoder, which the card counts apart.
      const total = derived.paramsTotal + (m.official.visionParams ?? 0);
      const message = `derived ${total.toLocaleString("en-US")} vs official ${m.official.paramsTotal.toLocaleString("en-US")}`;
      const convention = TOTAL_CONVENTIONS[m.id];
      if (convention) expect(Math.abs(total - m.official.paramsTotal), `${message} (${convention.why})`).toBeLessThan(convention.statedUnit);
      else expect(relativeError(total, m.official.paramsTotal), message).toBeLessThanOrEqual(TOLERANCE);
    });

    it("states active parameters exactly when it is a mixture of experts, and derives them", () => {
      // A token looks up one row of the input embedding (unless it is also the output head): never read whole.
      const lookup = a.tieWordEmbeddings ? (a.positionEmbeddings ?? 0) * a.hiddenSize : derived.embeddingParams;
      if (!a.moe) {
        expect(m.official.paramsActive).toBeUndefined();
        expect(derived.paramsActive).toBe(derived.paramsTotal - lookup);
        return;
      }
      const official = m.official.paramsActive;
      expect(official, "an MoE entry needs official.paramsActive").toBeDefined();
      expect(isPositiveInteger(official)).toBe(true);
      const convention = ACTIVE_CONVENTIONS[m.id];
      const active = convention?.excludeInputEmbedding === false ? derived.paramsActive + lookup : derived.paramsActive;
      const message = `derived ${active.toLocaleString("en-US")} vs official ${official!.toLocaleString("en-US")}${convention ? ` (${convention.why})` : ""}`;
      if (convention?.statedUnit !== undefined) {
        expect(Math.abs(active - official!), message).toBeLessThan(convention.statedUnit);
      } else {
        expect(relativeError(active, official!), message).toBeLessThanOrEqual(TOLERANCE);
      }
      expect(derived.paramsActive).toBeLessThan(derived.paramsTotal);
    });

    it("holds positive integers where counts are expected", () => {
      for (const [field, value] of positiveIntegerFields(m)) expect(isPositiveInteger(value), `${field} = ${String(value)}`).toBe(true);
      for (const [field, value] of Object.entries(derived)) expect(Number.isSafeInteger(value), `derived ${field}`).toBe(true);
    });

    it("has a consistent attention layout", () => {
      if (a.attention.kind === "standard") {
        const { numHeads, numKvHeads } = a.attention;
        expect(numKvHeads).toBeLessThanOrEqual(numHeads);
        expect(numHeads % numKvHeads, "numKvHeads must divide numHeads").toBe(0);
      } else {
        const { qLoraRank, kvLoraRank, qkNopeHeadDim, qkRopeHeadDim, vHeadDim } = a.attention;
        // The latents compress: ranks below the hidden size, the latent narrower than all heads' keys.
        if (qLoraRank !== null) expect(qLoraRank).toBeLessThan(a.hiddenSize);
        expect(kvLoraRank).toBeLessThan(a.hiddenSize);
        expect(kvLoraRank + qkRopeHeadDim).toBeLessThan(a.attention.numHeads * (qkNopeHeadDim + qkRopeHeadDim));
        expect(qkRopeHeadDim % 2, "rotary dims come in pairs").toBe(0);
        expect(vHeadDim).toBeGreaterThan(0);
      }
    });

    it("has a consistent feed-forward layout", () => {
      if (!a.moe) {
        expect(a.mlp, "a dense model needs an mlp").toBeDefined();
        return;
      }
      expect(a.moe.topK).toBeLessThanOrEqual(a.moe.numExperts);
      const dense = a.moe.firstDenseLayers ?? 0;
      expect(Number.isInteger(dense) && dense >= 0 && dense < a.numLayers).toBe(true);
      if (dense > 0) expect(a.mlp, "dense first layers need the dense mlp").toBeDefined();
      const interval = a.moe.layerInterval ?? 1;
      const expected = Array.from({ length: a.numLayers }, (_, i) => i).filter((i) => i >= dense && (i + 1) % interval === 0).length;
      expect(derived.moeLayers).toBe(expected);
      if (expected < a.numLayers) expect(a.mlp, "dense layers between MoE layers need the dense mlp").toBeDefined();
    });

    it("has a sane context, norms, precision and source", () => {
      expect(m.maxContextTokens).toBeGreaterThanOrEqual(2048);
      expect([1, 2, 4]).toContain(a.normsPerLayer);
      expect(isPrecision(m.nativePrecision)).toBe(true);
      expect(m.name.length).toBeGreaterThan(0);
      expect(m.family.length).toBeGreaterThan(0);
      expect(m.official.source, "the source names where the figure is stated").toMatch(/https:\/\/|arXiv:\d{4}\.\d{4,5}/);
    });

    it("has a coherent sliding window when it has one", () => {
      const sw = a.slidingWindow;
      if (!sw) return;
      expect(sw.windowTokens).toBeLessThan(m.maxContextTokens);
      if (sw.layerTypes) expect(sw.layerTypes.length).toBe(a.numLayers);
      if (sw.globalEvery !== undefined) {
        expect(Number.isInteger(sw.globalEvery) && sw.globalEvery >= 2 && sw.globalEvery <= a.numLayers).toBe(true);
      }
    });
  });
});

describe("model catalog: architecture details from config.json", () => {
  const byId = (id: string): ModelSpec => {
    const m = MODELS.find((entry) => entry.id === id);
    if (!m) throw new Error(`no catalog entry ${id}`);
    return m;
  };

  it("windows every layer of Mistral-7B-v0.1 at 4096 tokens, and none of v0.3", () => {
    expect(byId("mistralai/Mistral-7B-Instruct-v0.1").architecture.slidingWindow).toEqual({ windowTokens: 4096 });
    expect(byId("mistralai/Mistral-7B-Instruct-v0.3").architecture.slidingWindow).toBeUndefined();
  });

  it("alternates local 4096 / global layers in Gemma 2, with head_dim not equal to hidden/heads in 9B", () => {
    for (const id of ["google/gemma-2-2b-it", "google/gemma-2-9b-it", "google/gemma-2-27b-it"]) {
      const a = byId(id).architecture;
      expect(a.slidingWindow).toEqual({ windowTokens: 4096, globalEvery: 2 });
      expect(a.tieWordEmbeddings).toBe(true);
      expect(a.normsPerLayer).toBe(4);
    }
    const nine = byId("google/gemma-2-9b-it").architecture;
    expect(nine.attention.kind === "standard" && nine.attention.headDim).toBe(256);
    expect(nine.hiddenSize / nine.attention.numHeads).toBe(224);
  });

  it("gives Gemma 3 five local layers (window 1024) per global one, and q/k norms", () => {
    for (const id of ["google/gemma-3-12b-it", "google/gemma-3-27b-it"]) {
      const a = byId(id).architecture;
      expect(a.slidingWindow).toEqual({ windowTokens: 1024, globalEvery: 6 });
      expect(a.attention.kind === "standard" && a.attention.qkNorm).toBe(true);
      expect(a.normsPerLayer).toBe(4);
    }
  });

  it("describes DeepSeek-V3 as in its config: MLA, 256 experts top-8, 1 shared, 3 dense layers, fp8", () => {
    const m = byId("deepseek-ai/DeepSeek-V3");
    expect(m.architecture.attention).toEqual({
      kind: "mla",
      numHeads: 128,
      qLoraRank: 1536,
      kvLoraRank: 512,
      qkNopeHeadDim: 128,
      qkRopeHeadDim: 64,
      vHeadDim: 128,
    });
    expect(m.architecture.moe).toMatchObject({ numExperts: 256, topK: 8, shared: { count: 1 }, firstDenseLayers: 3, routerBias: true });
    expect(m.nativePrecision).toBe("fp8");
    const lite = byId("deepseek-ai/DeepSeek-V2-Lite-Chat").architecture.attention;
    expect(lite.kind === "mla" && lite.qLoraRank).toBeNull();
  });

  it("describes gpt-oss with biases, sinks, 128-token windows on every other layer and fp4 experts", () => {
    for (const id of ["openai/gpt-oss-20b", "openai/gpt-oss-120b"]) {
      const m = byId(id);
      expect(m.architecture.attention).toMatchObject({ qkvBias: true, outputBias: true, sinks: true });
      expect(m.architecture.moe).toMatchObject({ topK: 4, expert: { bias: true }, routerBias: true });
      // The published config lists layer_types: sliding, full, sliding, … (what globalEvery 2 would say).
      expect(m.architecture.slidingWindow?.windowTokens).toBe(128);
      expect(layerWindows(m.architecture)).toEqual(Array.from({ length: m.architecture.numLayers }, (_, i) => (i % 2 === 0 ? 128 : null)));
      expect(m.nativePrecision).toBe("fp4");
    }
  });

  it("describes Falcon-7B as multi-query with one LayerNorm per parallel block and a 4× ungated MLP", () => {
    const a = byId("tiiuae/falcon-7b-instruct").architecture;
    expect(a.attention).toEqual({ kind: "standard", numHeads: 71, numKvHeads: 1, headDim: 64 });
    expect(a.mlp).toEqual({ gated: false, intermediateSize: 4 * a.hiddenSize });
    expect(a.norm).toBe("layernorm");
    expect(a.normsPerLayer).toBe(1);
    expect(a.tieWordEmbeddings).toBe(true);
  });

  it("gives Qwen2-MoE models a gated shared expert", () => {
    for (const id of ["Qwen/Qwen1.5-MoE-A2.7B-Chat", "Qwen/Qwen2-57B-A14B-Instruct"]) {
      expect(byId(id).architecture.moe?.shared?.gate).toBe(true);
    }
  });
});

describe("model catalog: the data folders", () => {
  /** Every id and alias the catalog had when it was typed in TypeScript: manifests and tests name them. */
  const TYPED_ERA_IDS = [
    "meta-llama/Llama-3.2-1B-Instruct", "meta-llama/Llama-3.2-3B-Instruct", "meta-llama/Llama-3.1-8B-Instruct",
    "meta-llama/Llama-3.1-70B-Instruct", "meta-llama/Llama-3.1-405B-Instruct", "meta-llama/Llama-3.3-70B-Instruct",
    "meta-llama/Meta-Llama-3-8B-Instruct", "meta-llama/Meta-Llama-3-70B-Instruct", "meta-llama/Llama-2-7b-chat-hf",
    "meta-llama/Llama-2-13b-chat-hf", "meta-llama/Llama-2-70b-chat-hf", "mistralai/Mistral-7B-Instruct-v0.1",
    "mistralai/Mistral-7B-Instruct-v0.3", "mistralai/Mistral-Small-24B-Instruct-2501", "mistralai/Mistral-Nemo-Instruct-2407",
    "mistralai/Mistral-Large-Instruct-2407", "mistralai/Mixtral-8x7B-Instruct-v0.1", "mistralai/Mixtral-8x22B-Instruct-v0.1",
    "Qwen/Qwen2.5-0.5B-Instruct", "Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-14B-Instruct", "Qwen/Qwen2.5-32B-Instruct",
    "Qwen/Qwen2.5-72B-Instruct", "Qwen/Qwen2.5-Coder-32B-Instruct", "Qwen/QwQ-32B", "Qwen/Qwen3-8B", "Qwen/Qwen3-14B",
    "Qwen/Qwen3-32B", "Qwen/Qwen3-30B-A3B", "Qwen/Qwen3-235B-A22B", "Qwen/Qwen1.5-MoE-A2.7B-Chat", "Qwen/Qwen2-57B-A14B-Instruct",
    "google/gemma-2-2b-it", "google/gemma-2-9b-it", "google/gemma-2-27b-it", "google/gemma-3-1b-it", "google/gemma-3-12b-it",
    "google/gemma-3-27b-it", "microsoft/Phi-3-mini-4k-instruct", "microsoft/Phi-3.5-mini-instruct", "microsoft/Phi-3-medium-4k-instruct",
    "microsoft/phi-4", "deepseek-ai/DeepSeek-V2-Lite-Chat", "deepseek-ai/DeepSeek-V2-Chat", "deepseek-ai/DeepSeek-V3",
    "deepseek-ai/DeepSeek-R1", "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
    "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B", "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "deepseek-ai/DeepSeek-R1-Distill-Llama-70B",
    "openai/gpt-oss-20b", "openai/gpt-oss-120b", "tiiuae/falcon-7b-instruct", "tiiuae/Falcon3-7B-Instruct",
  ];

  it("src/catalog/catalog.generated.json is a fresh compile of catalog/models (run npm run build after editing a folder)", () => {
    expect(readFileSync(GENERATED_PATH, "utf8")).toBe(compileCatalog());
  });

  it("keeps every entry of the typed catalog", () => {
    const ids = new Set(MODELS.map((m) => m.id));
    for (const id of TYPED_ERA_IDS) expect(ids.has(id), id).toBe(true);
    expect(MODELS.length).toBeGreaterThanOrEqual(TYPED_ERA_IDS.length + 10);
  });

  it("holds one folder per model, named after its id, with the entries sorted by id", () => {
    const entries = readCatalogFolders();
    expect(entries.map((e) => e.id)).toEqual(MODELS.map((m) => m.id));
    expect([...entries.map((e) => e.id)].sort()).toEqual(entries.map((e) => e.id));
    for (const entry of entries) expect(readFileSync(join(MODELS_DIR, folderNameOf(entry.id), "config.json"), "utf8").length).toBeGreaterThan(0);
  });

  describe.each(CATALOG_ENTRIES.map((e) => [e.id, e] as const))("%s", (_id, entry) => {
    it("maps its config.json through the reader the Hub path uses, to the architecture the catalog serves", () => {
      const info = architectureFromHfConfig(entry.config);
      const m = MODELS.find((model) => model.id === entry.id)!;
      expect(m.architecture).toEqual(info.architecture);
      expect(m.maxContextTokens).toBe(entry.maxContextTokens?.tokens ?? info.maxContextTokens);
      // nativePrecision comes from the config (torch_dtype, quantization_config) unless the card must override it.
      if (entry.nativePrecision === undefined) expect(m.nativePrecision).toBe(info.weightPrecision);
    });

    it("says where its config.json comes from, and overrides the context only with a reason", () => {
      expect(entry.configSource.url).toBe(`https://huggingface.co/${entry.id}/blob/main/config.json`);
      expect(typeof entry.configSource.verbatim).toBe("boolean");
      if (!entry.configSource.verbatim) expect(entry.configSource.note, "a reconstructed config says how it was written").toMatch(/reconstructed|not marked verbatim/i);
      const override = entry.maxContextTokens;
      if (override) {
        expect(override.tokens, "an override must differ from the config").not.toBe(architectureFromHfConfig(entry.config).maxContextTokens);
        expect(override.reason.length).toBeGreaterThan(20);
      }
    });
  });
});

describe("model catalog: the new families", () => {
  const byId = (id: string): ModelSpec => {
    const m = MODELS.find((entry) => entry.id === id);
    if (!m) throw new Error(`no catalog entry ${id}`);
    return m;
  };

  it("Llama 4: chunked attention of 8192 on three layers of four, a shared expert, Maverick's experts on every other layer", () => {
    const scout = byId("meta-llama/Llama-4-Scout-17B-16E-Instruct").architecture;
    const windows = layerWindows(scout);
    expect(windows.filter((w) => w === null)).toHaveLength(12);
    expect(windows.slice(0, 4)).toEqual([8192, 8192, 8192, null]);
    expect(scout.slidingWindow?.chunked).toBe(true);
    expect(scout.moe).toMatchObject({ numExperts: 16, topK: 1, shared: { count: 1 } });
    expect(countParams(scout).moeLayers).toBe(48);
    const maverick = byId("meta-llama/Llama-4-Maverick-17B-128E-Instruct").architecture;
    expect(maverick.moe?.layerInterval).toBe(2);
    expect(countParams(maverick).moeLayers).toBe(24);
    expect(maverick.mlp).toEqual({ gated: true, intermediateSize: 16384 });
    // 36 chunked layers hold at most 8192 tokens, 12 global ones the whole context: at 1M tokens the cache is
    // (36 × 8192 + 12 × 1,048,576) × 2 × 8 × 128 × 2 bytes.
    const kv = kvCacheBytes({ arch: maverick, kvPrecision: "bf16", contextTokens: 1_048_576, batch: 1 });
    expect(kv).toBe((36 * 8192 + 12 * 1_048_576) * 4096);
  });

  it("Llama 3.2 Vision: 8 cross-attention layers in 40 whose cache is the image's 6,404 tokens, not the text's", () => {
    const a = byId("meta-llama/Llama-3.2-11B-Vision-Instruct").architecture;
    expect(a.crossAttention).toEqual({ layers: [3, 8, 13, 18, 23, 28, 33, 38], imageTokens: 6404 });
    expect(kvBytesPerToken(a, "bf16")).toBe(32 * 2 * 8 * 128 * 2);
    // 4 tiles × (40² patches + 1 class token) = 6,404 image tokens in each of the 8 cross-attention layers.
    expect(fixedStateBytesPerSequence(a, "bf16")).toBe(8 * 6404 * 4096);
    expect(kvCacheBytes({ arch: a, kvPrecision: "bf16", contextTokens: 1000, batch: 2 })).toBe(2 * (32 * 1000 * 4096 + 8 * 6404 * 4096));
  });

  it("Qwen3-Next: 12 gated full-attention layers cache tokens, 36 Gated DeltaNet layers keep a fixed state", () => {
    const a = byId("Qwen/Qwen3-Next-80B-A3B-Instruct").architecture;
    expect(a.linearAttention?.layerTypes.filter((t) => t === "full")).toHaveLength(12);
    expect(a.attention).toMatchObject({ numHeads: 16, numKvHeads: 2, headDim: 256, qkNorm: true, outputGate: true });
    expect(kvBytesPerToken(a, "bf16")).toBe(12 * 2 * 2 * 256 * 2);
    // Per linear layer: 32 value heads × 128 × 128 recurrent state + (2 × 16 × 128 + 32 × 128) × 3 convolution inputs.
    expect(fixedStateBytesPerSequence(a, "bf16")).toBe(36 * (32 * 128 * 128 + 8192 * 3) * 2);
  });

  it("BLOOM and MPT: ALiBi models without position embeddings; BLOOM's count is the card's to the parameter", () => {
    const bloom = byId("bigscience/bloom");
    expect(countParams(bloom.architecture).paramsTotal).toBe(176_247_271_424);
    expect(bloom.architecture.embeddingNorm).toBe(true);
    expect(bloom.architecture.positionEmbeddings).toBeUndefined();
    const mpt = byId("mosaicml/mpt-30b").architecture;
    expect(mpt).toMatchObject({ norm: "layernorm", normBias: false, tieWordEmbeddings: true, mlp: { gated: false, intermediateSize: 4 * 7168 } });
    expect(byId("mosaicml/mpt-30b").maxContextTokens).toBe(8192);
  });

  it("Kimi-K2 is read as DeepSeek-V3: MLA, 384 experts top-8, one dense layer, FP8 weights", () => {
    const m = byId("moonshotai/Kimi-K2-Instruct");
    expect(m.architecture.attention.kind).toBe("mla");
    expect(m.architecture.moe).toMatchObject({ numExperts: 384, topK: 8, firstDenseLayers: 1, routerBias: true });
    expect(m.nativePrecision).toBe("fp8");
  });
});
