import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { INVALID_TOKEN, startFakeHub, type FakeFile, type FakeHub, type FakeRepo } from "./helpers/fake-hub.js";
import { gptOssConfig, recipes, safetensorsFile, tensorBytes, totalBytes, type TensorSpec } from "./helpers/safetensors.js";
import { CATALOG_ENTRIES } from "../src/catalog/models.js";
import { checkpointConfigFromJson, countSafetensors } from "../src/checkpoint/count.js";
import { LLAMA_8B_CONFIG, shardTensors } from "./helpers/hub-fixtures.js";
import { ggufFile, llama31_8bQ4KM } from "./helpers/gguf.js";
import { finishWithModels, lookUpModels } from "../src/pipeline/models.js";
import { prepareCheck } from "../src/pipeline/check.js";
import { loadConfig } from "../src/config/config.js";

/**
 * The Hub path end to end, offline: the CLI in-process against a fake Hub and CDN on loopback
 * (helpers/fake-hub.ts), with the request sequence of ../shared/design/hub-resolution.md §2 and
 * the counting of §4. Every test asserts what the servers received.
 */

const SHA = "a".repeat(40);
const SHA2 = "b".repeat(40);
const TOKEN = "hf_fakeTokenOfAnApprovedAccount123";

/** Split tensors into `n` shards with an index, as the Hub serves them. */
function sharded(tensors: TensorSpec[], n: number): Record<string, FakeFile> {
  const { shards, index } = shardTensors(tensors, n);
  const files: Record<string, FakeFile> = { "model.safetensors.index.json": { json: index } };
  for (const [name, file] of Object.entries(shards)) files[name] = { head: file.header, sizeBytes: file.fileSizeBytes };
  return files;
}

/** One `model.safetensors`, as small models ship. */
function single(tensors: TensorSpec[]): Record<string, FakeFile> {
  const file = safetensorsFile(tensors);
  return { "model.safetensors": { head: file.header, sizeBytes: file.fileSizeBytes } };
}

/** A catalog model's config.json (catalog/models/), as the Hub would serve it, with a quantization_config when given. */
function catalogConfig(id: string, quantization?: Record<string, unknown>): Record<string, unknown> {
  const entry = CATALOG_ENTRIES.find((e) => e.id === id);
  if (!entry) throw new Error(`no catalog entry ${id}`);
  return quantization ? { ...entry.config, quantization_config: quantization } : entry.config;
}

/**
 * Every counting format of hub-resolution.md §4, served by the fake Hub: the checkpoint the Hub path
 * reads must be exactly what countSafetensors makes of the same tensors and config (whose worked
 * numbers checkpoint-count.test.ts pins), and the pinned figures are checked here again where there is one.
 */
const FORMAT_CASES: Array<{ name: string; config: Record<string, unknown>; tensors: () => TensorSpec[]; shards: number; quantization: string; precision: string; weightsBytes?: number; paramsTotal?: number }> = [
  // Qwen/Qwen2.5-0.5B-Instruct: one file, tied (no lm_head tensor): 494,032,768 parameters.
  { name: "qwen-tied", config: catalogConfig("Qwen/Qwen2.5-0.5B-Instruct"), tensors: recipes.qwen25_05b, shards: 0, quantization: "none", precision: "bf16", paramsTotal: 494_032_768 },
  // Qwen/Qwen2.5-7B-Instruct-AWQ: 7,615,616,512 parameters.
  { name: "qwen-awq", config: catalogConfig("Qwen/Qwen2.5-7B-Instruct", { quant_method: "awq", bits: 4, group_size: 128, version: "gemm", zero_point: true }), tensors: recipes.awqQwen25_7b, shards: 2, quantization: "awq", precision: "int4", paramsTotal: 7_615_616_512 },
  // unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit: 8,030,261,248 parameters.
  { name: "llama-bnb", config: { ...LLAMA_8B_CONFIG, quantization_config: { quant_method: "bitsandbytes", load_in_4bit: true, bnb_4bit_quant_type: "nf4", llm_int8_skip_modules: ["lm_head"] } }, tensors: recipes.bnb4bitLlama31_8b, shards: 2, quantization: "bitsandbytes", precision: "int4", paramsTotal: 8_030_261_248 },
  // Llama-3.1-8B FP8 per tensor (compressed-tensors): embeddings and head stay BF16.
  {
    name: "llama-fp8",
    config: { ...LLAMA_8B_CONFIG, quantization_config: { quant_method: "compressed-tensors", format: "float-quantized", config_groups: { group_0: { targets: ["Linear"], weights: { num_bits: 8, type: "float", strategy: "tensor" } } }, ignore: ["lm_head"] } },
    tensors: recipes.fp8Llama31_8b,
    shards: 2,
    quantization: "compressed-tensors",
    precision: "fp8",
  },
  // mistralai/Mixtral-8x7B-Instruct-v0.1: 46,702,792,704 parameters in BF16.
  { name: "mixtral", config: catalogConfig("mistralai/Mixtral-8x7B-Instruct-v0.1"), tensors: recipes.mixtral8x7b, shards: 4, quantization: "none", precision: "bf16", weightsBytes: 2 * 46_702_792_704, paramsTotal: 46_702_792_704 },
  // deepseek-ai/DeepSeek-V3: block FP8 with its MTP layer set apart: 671,026,419,200 parameters.
  { name: "deepseek-fp8", config: catalogConfig("deepseek-ai/DeepSeek-V3"), tensors: recipes.deepseekV3, shards: 8, quantization: "fp8", precision: "fp8", paramsTotal: 671_026_419_200 },
  // google/gemma-3-12b-it with its SigLIP tower: the tower is loaded, not a language-model parameter.
  { name: "gemma3-tower", config: catalogConfig("google/gemma-3-12b-it"), tensors: recipes.gemma3_12b, shards: 3, quantization: "none", precision: "bf16" },
];

function repo(id: string, files: Record<string, FakeFile>, extra: Partial<FakeRepo> = {}): FakeRepo {
  return { id, refs: { main: SHA }, files: { [SHA]: files }, ...extra };
}

const LLAMA_FILES = (): Record<string, FakeFile> => ({
  "config.json": { json: LLAMA_8B_CONFIG },
  "generation_config.json": { json: { do_sample: true } },
  ...sharded(recipes.llama31_8b(), 4),
  // Beside the shards, as Meta's repositories have them: never summed with them.
  "original/consolidated.00.pth": { sizeBytes: 16_060_617_592 },
  "consolidated.safetensors": { sizeBytes: 16_060_522_496 + 20_000 },
});

let hub: FakeHub;

beforeAll(async () => {
  const gguf = ggufFile(llama31_8bQ4KM());
  hub = await startFakeHub([
    repo("acme/llama-3.1-8b-support", LLAMA_FILES()),
    repo("acme/gated-llama", LLAMA_FILES(), { gated: { approved: [TOKEN] } }),
    repo("acme/old-name", {}, { renamedTo: "acme/llama-3.1-8b-support" }),
    repo("acme/gptq-llama", {
      "config.json": { json: { ...LLAMA_8B_CONFIG, torch_dtype: "float16", quantization_config: { quant_method: "gptq", bits: 4, group_size: 128, desc_act: true, sym: true } } },
      ...sharded(recipes.gptqLlama31_8b(), 2),
    }),
    repo("acme/oss-20b-tune", {
      "config.json": {
        json: {
          ...gptOssConfig({ layers: 24, experts: 32 }),
          architectures: ["GptOssForCausalLM"],
          hidden_size: 2880,
          intermediate_size: 2880,
          num_attention_heads: 64,
          num_key_value_heads: 8,
          head_dim: 64,
          vocab_size: 201088,
          max_position_embeddings: 131072,
          sliding_window: 128,
          layer_types: Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? "sliding_attention" : "full_attention")),
          torch_dtype: "bfloat16",
        },
      },
      ...sharded(recipes.gptOss20b(), 3),
    }),
    ...FORMAT_CASES.map((c) => repo(`acme/${c.name}`, { "config.json": { json: c.config }, ...(c.shards === 0 ? single(c.tensors()) : sharded(c.tensors(), c.shards)) })),
    repo("acme/hostile", {
      "config.json": { json: LLAMA_8B_CONFIG },
      // N = 2^40: far over the 25,000,000-byte cap of both official clients.
      "model.safetensors": { head: (() => { const b = new Uint8Array(16); new DataView(b.buffer).setBigUint64(0, 1n << 40n, true); return b; })(), sizeBytes: 1_000_000 },
    }),
    repo("acme/Llama-3.1-8B-GGUF", {
      "Llama-3.1-8B-Q4_K_M.gguf": { head: gguf.bytes, sizeBytes: gguf.fileSizeBytes },
      "Llama-3.1-8B-Q8_0.gguf": { sizeBytes: 8_540_770_880 },
      "mmproj-Llama-3.1-8B-F16.gguf": { sizeBytes: 600_000_000 },
    }),
  ]);
});

afterAll(async () => {
  await hub.close();
});

afterEach(() => {
  hub.requests.length = 0;
  hub.failures.length = 0;
  hub.options.treePageSize = 1000;
  hub.options.relativeRedirects = false;
  hub.options.cdnMode = "range";
});

/** A clean environment pointed at the fake: its own cache and HF home, no token unless given. */
function envFor(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), "llm-physics-hub-"));
  return { HF_ENDPOINT: hub.url, HF_HOME: join(home, "hf"), XDG_CACHE_HOME: join(home, "cache"), HF_HUB_ETAG_TIMEOUT: "5", ...extra };
}

async function estimateJson(model: string, env: NodeJS.ProcessEnv, gpu = "H100-SXM") {
  const r = await runCli(["estimate", "--model", model, "--gpu", gpu, "--json"], tmpdir(), env);
  return { ...r, json: r.code === 0 ? JSON.parse(r.stdout) : null };
}

/** A repository with one manifest naming `model`. */
function manifestRepo(model: string, gpu = "H100-SXM", count = 1): string {
  const dir = mkdtempSync(join(tmpdir(), "llm-physics-hub-repo-"));
  writeFileSync(
    join(dir, "deploy.yaml"),
    `apiVersion: llm-physics/v1\nkind: InferenceDeployment\nmetadata:\n  name: chat\nspec:\n  model: ${model}\n  hardware:\n    gpu: ${gpu}\n    count: ${count}\n  serving:\n    contextLength: 8192\n`,
  );
  return dir;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

describe("a model the catalog does not know, read from the Hub", () => {
  it("gives exact weight bytes from the safetensors headers, with the request sequence of the official clients", async () => {
    const r = await estimateJson("acme/llama-3.1-8b-support", envFor());
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // meta-llama/Llama-3.1-8B-Instruct's index: total_size 16,060,522,496; 8,030,261,248 parameters (hub-resolution.md §4, P).
    expect(r.json.model.source).toBe("hub");
    expect(r.json.model.revision).toBe(SHA);
    expect(r.json.model.checkpoint.weightsBytes).toBe(16_060_522_496);
    expect(r.json.model.checkpoint.bytesByDtype).toEqual({ BF16: 16_060_522_496 });
    expect(r.json.model.paramsTotal).toBe(8_030_261_248);
    expect(r.json.model.checkpoint.files).toEqual([1, 2, 3, 4].map((i) => `model-0000${i}-of-00004.safetensors`));
    expect(r.json.scenarios.bf16.weightsBytes).toBe(16_060_522_496);
    expect(r.json.model.weightsMeasured).toBe(true);
    // The input embedding (128,256 × 4,096) is a row lookup: 8,030,261,248 − 525,336,576 read per token.
    expect(r.json.model.paramsActive).toBe(8_030_261_248 - 525_336_576);

    const hubPaths = hub.requests.filter((q) => q.origin === "hub").map((q) => q.path);
    expect(hubPaths[0]).toBe("/acme/llama-3.1-8b-support/resolve/main/config.json");
    expect(hubPaths[1]).toBe(`/api/models/acme/llama-3.1-8b-support/tree/${SHA}`);
    expect(hubPaths[2]).toBe(`/acme/llama-3.1-8b-support/resolve/${SHA}/model.safetensors.index.json`);
    // One ranged request per shard, at the commit sha, each redirected to the CDN.
    const shardRequests = hub.requests.filter((q) => q.origin === "hub" && q.path.endsWith(".safetensors"));
    expect(shardRequests.map((q) => q.path).sort()).toEqual([1, 2, 3, 4].map((i) => `/acme/llama-3.1-8b-support/resolve/${SHA}/model-0000${i}-of-00004.safetensors`));
    expect(shardRequests.every((q) => q.headers.range === "bytes=0-131071")).toBe(true);
    const cdn = hub.requests.filter((q) => q.origin === "cdn");
    expect(cdn).toHaveLength(4);
    expect(cdn.every((q) => q.headers.range === "bytes=0-131071")).toBe(true);
    // Neither original/ nor consolidated.safetensors is read.
    expect(hub.requests.some((q) => /original|consolidated/.test(q.path))).toBe(false);
    expect(hub.requests).toHaveLength(3 + 4 + 4);
  });

  it("answers a second run from the cache with one request, and an offline run with none", async () => {
    const env = envFor();
    const first = await estimateJson("acme/llama-3.1-8b-support", env);
    hub.requests.length = 0;
    const second = await estimateJson("acme/llama-3.1-8b-support", env);
    expect(hub.requests.map((q) => q.path)).toEqual(["/acme/llama-3.1-8b-support/resolve/main/config.json"]);
    const sameModel = (model: { resolvedFrom: string }) => ({ ...model, resolvedFrom: first.json.model.resolvedFrom });
    expect(sameModel(second.json.model)).toEqual(first.json.model);
    expect(second.json.model.resolvedFrom).toBe(`Hugging Face Hub (acme/llama-3.1-8b-support@${SHA.slice(0, 12)}), from the cache`);
    hub.requests.length = 0;
    const offline = await estimateJson("acme/llama-3.1-8b-support", { ...env, HF_HUB_OFFLINE: "1" });
    expect(hub.requests).toEqual([]);
    expect(sameModel(offline.json.model)).toEqual(first.json.model);
    // A pinned commit the cache holds costs nothing, online too.
    const pinned = await estimateJson(`acme/llama-3.1-8b-support@${SHA}`, env);
    expect(hub.requests).toEqual([]);
    expect(pinned.json.model.checkpoint.weightsBytes).toBe(16_060_522_496);
  });

  it("makes no request with --offline, for check and for estimate, and says how to get the answer", async () => {
    const dir = manifestRepo("acme/llama-3.1-8b-support");
    const report = JSON.parse((await runCli(["check", "--format", "json", "--offline"], dir, envFor())).stdout);
    const estimate = await runCli(["estimate", "--model", "acme/llama-3.1-8b-support", "--gpu", "L4", "--offline"], tmpdir(), envFor());
    expect(hub.requests).toEqual([]);
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === "unknown-model").message).toMatch(/offline \(HF_HUB_OFFLINE or --offline\).*run `llm-physics lock` with network access/);
    expect(estimate.code).toBe(2);
  });

  it("follows a renamed repository and relative redirects on the Hub's origin, and pages the file listing", async () => {
    hub.options.relativeRedirects = true;
    hub.options.treePageSize = 2;
    const r = await estimateJson("acme/old-name", envFor());
    expect(r.code).toBe(0);
    expect(r.json.model.checkpoint.weightsBytes).toBe(16_060_522_496);
    expect(hub.requests.some((q) => q.path.startsWith("/api/resolve-cache/models/acme/llama-3.1-8b-support/"))).toBe(true);
    expect(hub.requests.filter((q) => q.path.includes("/tree/")).length).toBeGreaterThan(2);
  });

  it("reads a header from a CDN that ignores Range, cancelling the rest of the file", async () => {
    hub.options.cdnMode = "ignore-range";
    const r = await estimateJson("acme/llama-3.1-8b-support", envFor());
    expect(r.code).toBe(0);
    expect(r.json.model.checkpoint.weightsBytes).toBe(16_060_522_496);
  });

  it("counts a GPTQ checkpoint's real bytes, not parameters × 4 bits", async () => {
    const r = await estimateJson("acme/gptq-llama", envFor(), "L4");
    expect(r.code).toBe(0);
    expect(r.json.model.checkpoint.quantization).toBe("gptq");
    expect(r.json.model.checkpoint.precision).toBe("int4");
    expect(r.json.model.checkpoint.weightsBytes).toBe(totalBytes(recipes.gptqLlama31_8b()));
    expect(r.json.inputs.precision).toBe("int4");
    expect(r.json.scenarios.int4.weightsBytes).toBe(totalBytes(recipes.gptqLlama31_8b()));
    // Parameters × 4 bits would say 4.02 GB; the files hold ≈ 5.7 GB.
    expect(r.json.scenarios.int4.weightsBytes).toBeGreaterThan(5.7e9);
  });

  it("gives gpt-oss-20b its 13,761,264,768 bytes (MXFP4 experts, BF16 elsewhere)", async () => {
    const r = await estimateJson("acme/oss-20b-tune", envFor());
    expect(r.code).toBe(0);
    expect(r.json.model.checkpoint.weightsBytes).toBe(13_761_264_768);
    expect(r.json.model.paramsTotal).toBe(20_914_757_184);
    expect(r.json.inputs.precision).toBe("fp4");
  });

  it("reads a GGUF repository: the Q4_K_M file's size, never the mmproj projector", async () => {
    const r = await estimateJson("acme/Llama-3.1-8B-GGUF", envFor(), "L4");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const gguf = ggufFile(llama31_8bQ4KM());
    expect(r.json.model.checkpoint.format).toBe("gguf");
    expect(r.json.model.checkpoint.quantization).toBe("Q4_K_M");
    expect(r.json.model.checkpoint.weightsBytes).toBe(gguf.fileSizeBytes);
    expect(r.json.model.checkpoint.files).toEqual(["Llama-3.1-8B-Q4_K_M.gguf"]);
    expect(hub.requests.some((q) => q.path.includes("mmproj"))).toBe(false);
  });
});

describe("every counting format, read through the Hub", () => {
  for (const c of FORMAT_CASES) {
    it(`${c.name}: the headers' count, ${c.quantization} in ${c.precision}`, async () => {
      const r = await estimateJson(`acme/${c.name}`, envFor());
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const tensors = c.tensors().map((t) => ({ name: t.name, dtype: t.dtype, shape: t.shape, bytes: t.bytes ?? tensorBytes(t) }));
      const direct = countSafetensors(tensors, checkpointConfigFromJson(c.config));
      expect(r.json.model.checkpoint).toMatchObject({
        format: "safetensors",
        quantization: c.quantization,
        precision: c.precision,
        weightsBytes: direct.weightsBytes,
        bytesByDtype: direct.bytesByDtype,
        paramsTotal: direct.paramsTotal,
        paramsActive: direct.paramsActive,
        bytesReadPerToken: direct.bytesReadPerToken,
        measured: true,
      });
      if (c.weightsBytes !== undefined) expect(direct.weightsBytes).toBe(c.weightsBytes);
      if (c.paramsTotal !== undefined) expect(direct.paramsTotal).toBe(c.paramsTotal);
      // The estimate holds the deployment in the checkpoint's own precision, at the checkpoint's bytes.
      expect(r.json.inputs.precision).toBe(c.precision);
      expect(r.json.scenarios[c.precision].weightsBytes).toBe(direct.weightsBytes);
    });
  }
});

describe("gated, missing and hostile models", () => {
  it("says a gated model needs HF_TOKEN, on the model's line, and exits 2 in estimate", async () => {
    const r = await estimateJson("acme/gated-llama", envFor());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gated model: set HF_TOKEN .*hf-token/);
    const dir = manifestRepo("acme/gated-llama");
    const check = await runCli(["check", "--format", "json"], dir, envFor());
    const report = JSON.parse(check.stdout);
    const finding = report.findings.find((f: { ruleId: string }) => f.ruleId === "unknown-model");
    expect(finding).toMatchObject({ severity: "error", line: 6, file: "deploy.yaml" });
    expect(finding.message).toMatch(/gated/);
  });

  it("says a token without access must request it, and never sends the token to the CDN", async () => {
    const refused = await estimateJson("acme/gated-llama", envFor({ HF_TOKEN: "hf_someOtherAccount" }));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not been granted access yet: request access/);
    hub.requests.length = 0;
    const env = envFor({ HF_TOKEN: TOKEN });
    const r = await estimateJson("acme/gated-llama", env);
    expect(r.code).toBe(0);
    expect(r.json.model.checkpoint.weightsBytes).toBe(16_060_522_496);
    expect(hub.requests.filter((q) => q.origin === "hub").every((q) => q.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(hub.requests.filter((q) => q.origin === "cdn").every((q) => q.headers.authorization === undefined)).toBe(true);
    // The token is in no output and no cache file.
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
    for (const file of allFiles(env.XDG_CACHE_HOME!)) expect(readFileSync(file, "utf8")).not.toContain(TOKEN);
  });

  it("reads the token from $HF_HOME/token when no variable holds one", async () => {
    const env = envFor();
    mkdirSync(env.HF_HOME!, { recursive: true });
    writeFileSync(join(env.HF_HOME!, "token"), `${TOKEN}\n`);
    const r = await estimateJson("acme/gated-llama", env);
    expect(r.code).toBe(0);
  });

  it("says an invalid token is invalid", async () => {
    const r = await estimateJson("acme/gated-llama", envFor({ HF_TOKEN: INVALID_TOKEN }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/token is invalid/);
    expect(r.stderr).not.toContain(INVALID_TOKEN);
  });

  it("reports a model neither the catalog nor the Hub knows as unknown, with suggestions", async () => {
    const dir = manifestRepo("acme/no-such-model");
    const report = JSON.parse((await runCli(["check", "--format", "json"], dir, envFor())).stdout);
    const finding = report.findings.find((f: { ruleId: string }) => f.ruleId === "unknown-model");
    expect(finding.message).toMatch(/neither the catalog nor the Hugging Face Hub knows it/);
    const revision = JSON.parse((await runCli(["check", "--format", "json"], manifestRepo("acme/llama-3.1-8b-support@no-such-branch"), envFor())).stdout);
    expect(revision.findings.find((f: { ruleId: string }) => f.ruleId === "unknown-model").message).toMatch(/has no revision "no-such-branch"/);
  });

  it("names the file of a hostile header instead of crashing or hanging", async () => {
    const r = await estimateJson("acme/hostile", envFor());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/model\.safetensors of "acme\/hostile".*25,?000,?000|model\.safetensors of "acme\/hostile"/);
  });
});

describe("a bad network", () => {
  it("waits out a 429 with Retry-After and then reads the model", async () => {
    hub.failures.push({ path: /config\.json$/, status: 429, headers: { "retry-after": "0" }, times: 2 });
    const r = await estimateJson("acme/llama-3.1-8b-support", envFor());
    expect(r.code).toBe(0);
    expect(hub.requests.filter((q) => q.path.endsWith("config.json"))).toHaveLength(3);
  });

  it("backs off on 5xx, and past the timeout gives a warning while the run goes on with the catalog", async () => {
    hub.failures.push({ path: /config\.json$/, status: 503, times: 1 });
    const ok = await lookUpModels(["acme/llama-3.1-8b-support"], { root: tmpdir(), realRoot: tmpdir() }, { env: envFor(), http: { backoffBaseMs: 5 } });
    expect(ok.run?.models.get("acme/llama-3.1-8b-support")?.ok).toBe(true);

    // A server slower than the timeout: every try times out, and the Hub is given up for the run.
    hub.failures.push({ path: /resolve/, delayMs: 1500, times: 10 });
    const env = envFor({ HF_HUB_ETAG_TIMEOUT: "0.2" });
    const started = Date.now();
    const slow = await lookUpModels(
      ["acme/llama-3.1-8b-support", "hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4"],
      { root: tmpdir(), realRoot: tmpdir() },
      { env, http: { backoffBaseMs: 5, maxTries: 2 } },
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const answer = slow.run!.models.get("acme/llama-3.1-8b-support")!;
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.message).toMatch(/did not answer within 0.2 s/);
    // A catalog variant still answers, with a warning that says why the checkpoint was not read.
    const dir = manifestRepo("hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4", "L4");
    hub.failures.push({ path: /resolve/, delayMs: 1500, times: 10 });
    const { report } = await finishWithModels(prepareCheck({ cwd: dir, paths: [], config: loadConfig(null, dir) }), { env, http: { backoffBaseMs: 5, maxTries: 2 } });
    expect(report.deployments[0]!.estimate).not.toBeNull();
    const warning = report.findings.find((f) => f.ruleId === "unknown-model");
    expect(warning?.severity).toBe("warning");
    expect(warning?.message).toMatch(/could not answer .*the estimate uses the catalog's meta-llama\/Llama-3.1-8B-Instruct instead/);
  });
});

describe("the lock file", () => {
  it("is written by `lock`, read first by check, and carries a run with no token and no network", async () => {
    const dir = manifestRepo("acme/gated-llama");
    const lock = await runCli(["lock"], dir, envFor({ HF_TOKEN: TOKEN }));
    expect(lock.stderr).toBe("");
    expect(lock.code).toBe(0);
    expect(lock.stdout).toContain(`acme/gated-llama@main → ${SHA}`);
    const text = readFileSync(join(dir, ".llm-physics/models.lock.json"), "utf8");
    expect(text).not.toContain(TOKEN);
    expect(statSync(join(dir, ".llm-physics/models.lock.json")).isFile()).toBe(true);

    // A fork's pull request: no token, and here not even a network.
    hub.requests.length = 0;
    const report = JSON.parse((await runCli(["check", "--format", "json"], dir, envFor({ HF_HUB_OFFLINE: "1" }))).stdout);
    expect(hub.requests).toEqual([]);
    expect(report.deployments[0].model).toMatchObject({ source: "lock", revision: SHA, weightsBytes: 16_060_522_496 });
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === "unknown-model")).toEqual([]);
  });

  it("says when a locked branch has moved", async () => {
    const dir = manifestRepo("acme/llama-3.1-8b-support");
    expect((await runCli(["lock"], dir, envFor())).code).toBe(0);
    const moved = hub.repos.get("acme/llama-3.1-8b-support")!;
    moved.files[SHA2] = moved.files[SHA]!;
    moved.refs.main = SHA2;
    try {
      const report = JSON.parse((await runCli(["check", "--format", "json"], dir, envFor())).stdout);
      const notice = report.findings.find((f: { ruleId: string }) => f.ruleId === "unknown-model");
      expect(notice).toMatchObject({ severity: "notice", line: 6 });
      expect(notice.message).toMatch(/the lock holds acme\/llama-3.1-8b-support@main at aaaaaaaaaaaa, but "main" is now at bbbbbbbbbbbb: run `llm-physics lock`/);
      expect(report.deployments[0].model.source).toBe("lock");
    } finally {
      moved.refs.main = SHA;
    }
  });
});
