import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { recipes, safetensorsFile, totalBytes, type TensorSpec } from "./helpers/safetensors.js";
import { LLAMA_8B_CONFIG, shardTensors } from "./helpers/hub-fixtures.js";
import { ggufFile, llama31_8bQ4KM } from "./helpers/gguf.js";

/**
 * A checkpoint committed (or mounted) beside its config.json: the folder's safetensors headers are
 * read from the files' heads, as the Hub's are by range. The files are sparse: the header, then
 * a hole up to the size the header declares, so a 16 GB checkpoint costs a few kilobytes of disk.
 */

function writeShards(dir: string, tensors: TensorSpec[], n: number): void {
  const { shards, index } = shardTensors(tensors, n);
  for (const [name, file] of Object.entries(shards)) {
    writeFileSync(join(dir, name), file.header);
    truncateSync(join(dir, name), file.fileSizeBytes);
  }
  writeFileSync(join(dir, "model.safetensors.index.json"), JSON.stringify(index));
}

function repoWith(model: string, setup: (repo: string) => void): string {
  const repo = mkdtempSync(join(tmpdir(), "llm-physics-local-"));
  setup(repo);
  writeFileSync(
    join(repo, "deploy.yaml"),
    `apiVersion: llm-physics/v1\nkind: InferenceDeployment\nmetadata:\n  name: chat\nspec:\n  model: ${model}\n  hardware:\n    gpu: L4\n    count: 1\n  serving:\n    contextLength: 8192\n`,
  );
  return repo;
}

async function check(repo: string) {
  const r = await runCli(["check", "--format", "json", "--fail-on", "never"], repo);
  return JSON.parse(r.stdout);
}

describe("a checkpoint in the repository", () => {
  it("is counted from its safetensors headers, exactly", async () => {
    const repo = repoWith("./models/llama", (r) => {
      mkdirSync(join(r, "models/llama"), { recursive: true });
      writeFileSync(join(r, "models/llama/config.json"), JSON.stringify(LLAMA_8B_CONFIG));
      writeShards(join(r, "models/llama"), recipes.llama31_8b(), 3);
    });
    const report = await check(repo);
    const d = report.deployments[0];
    expect(d.model.source).toBe("local");
    // meta-llama/Llama-3.1-8B-Instruct: 16,060,522,496 bytes in BF16 (hub-resolution.md §4, P).
    expect(d.model.checkpoint.weightsBytes).toBe(16_060_522_496);
    expect(d.model.checkpoint.files).toEqual([1, 2, 3].map((i) => `models/llama/model-0000${i}-of-00003.safetensors`));
    expect(d.model.weightsBytes).toBe(16_060_522_496);
  });

  it("gives a GPTQ checkpoint its real bytes", async () => {
    const repo = repoWith("models/gptq", (r) => {
      mkdirSync(join(r, "models/gptq"), { recursive: true });
      writeFileSync(join(r, "models/gptq/config.json"), JSON.stringify({ ...LLAMA_8B_CONFIG, torch_dtype: "float16", quantization_config: { quant_method: "gptq", bits: 4, group_size: 128, desc_act: true } }));
      writeShards(join(r, "models/gptq"), recipes.gptqLlama31_8b(), 2);
    });
    const d = (await check(repo)).deployments[0];
    expect(d.model.checkpoint).toMatchObject({ quantization: "gptq", precision: "int4", weightsBytes: totalBytes(recipes.gptqLlama31_8b()) });
    expect(d.precision).toBe("int4");
  });

  it("counts the stated sizes of Git LFS pointers, and says the headers were not read", async () => {
    const repo = repoWith("models/lfs", (r) => {
      mkdirSync(join(r, "models/lfs"), { recursive: true });
      writeFileSync(join(r, "models/lfs/config.json"), JSON.stringify(LLAMA_8B_CONFIG));
      writeFileSync(join(r, "models/lfs/model.safetensors"), `version https://git-lfs.github.com/spec/v1\noid sha256:${"c".repeat(64)}\nsize 16060556376\n`);
    });
    const report = await check(repo);
    expect(report.deployments[0].model.checkpoint).toMatchObject({ weightsBytes: 16_060_556_376, measured: false });
    const notice = report.findings.find((f: { ruleId: string }) => f.ruleId === "unknown-model");
    expect(notice).toMatchObject({ severity: "notice", line: 6 });
    expect(notice.message).toMatch(/Git LFS pointers, not the weights/);
  });

  it("names the file of a hostile header, and refuses a shard linked out of the repository", async () => {
    const hostile = repoWith("models/bad", (r) => {
      mkdirSync(join(r, "models/bad"), { recursive: true });
      writeFileSync(join(r, "models/bad/config.json"), JSON.stringify(LLAMA_8B_CONFIG));
      const head = Buffer.alloc(16);
      head.writeBigUInt64LE(1n << 40n, 0);
      writeFileSync(join(r, "models/bad/model.safetensors"), head);
    });
    const report = await check(hostile);
    const finding = report.findings.find((f: { ruleId: string }) => f.ruleId === "unknown-model");
    expect(finding).toMatchObject({ severity: "error", line: 6 });
    expect(finding.message).toMatch(/the checkpoint beside models\/bad\/config.json cannot be read: models\/bad\/model.safetensors/);

    const outside = mkdtempSync(join(tmpdir(), "llm-physics-outside-"));
    const file = safetensorsFile(recipes.qwen25_05b());
    writeFileSync(join(outside, "model.safetensors"), file.header);
    const linked = repoWith("models/linked", (r) => {
      mkdirSync(join(r, "models/linked"), { recursive: true });
      writeFileSync(join(r, "models/linked/config.json"), JSON.stringify(LLAMA_8B_CONFIG));
      symlinkSync(join(outside, "model.safetensors"), join(r, "models/linked/model.safetensors"));
    });
    const refused = (await check(linked)).findings.find((f: { ruleId: string }) => f.ruleId === "unknown-model");
    expect(refused.message).toMatch(/symlink that leads outside the repository/);
    expect(refused.message).not.toContain(outside);
  });

  it("reads a GGUF file named by the manifest: its size, and the architecture from its header", async () => {
    const gguf = ggufFile(llama31_8bQ4KM());
    const repo = repoWith("models/Llama-3.1-8B-Instruct-Q4_K_M.gguf", (r) => {
      mkdirSync(join(r, "models"), { recursive: true });
      writeFileSync(join(r, "models/Llama-3.1-8B-Instruct-Q4_K_M.gguf"), gguf.bytes);
      truncateSync(join(r, "models/Llama-3.1-8B-Instruct-Q4_K_M.gguf"), gguf.fileSizeBytes);
    });
    const d = (await check(repo)).deployments[0];
    expect(d.model).toMatchObject({ source: "local", paramsTotal: 8_030_261_248 });
    expect(d.model.checkpoint).toMatchObject({ format: "gguf", quantization: "Q4_K_M", weightsBytes: gguf.fileSizeBytes, files: ["models/Llama-3.1-8B-Instruct-Q4_K_M.gguf"], measured: false });
  });

  it("reads Mistral's native params.json", async () => {
    const repo = repoWith("models/mistral", (r) => {
      mkdirSync(join(r, "models/mistral"), { recursive: true });
      // mistralai/Mistral-7B-Instruct-v0.3's params.json.
      writeFileSync(join(r, "models/mistral/params.json"), JSON.stringify({ dim: 4096, n_layers: 32, head_dim: 128, hidden_dim: 14336, n_heads: 32, n_kv_heads: 8, norm_eps: 1e-5, vocab_size: 32768, rope_theta: 1000000.0 }));
    });
    const report = await check(repo);
    const d = report.deployments[0];
    // Mistral-7B-Instruct-v0.3: 7,248,023,552 parameters (Hub "Model size: 7.25B").
    expect(d.model.paramsTotal).toBe(7_248_023_552);
    expect(d.estimate.model.assumptions).toEqual(["params.json names no max_seq_len: 128,000 tokens assumed, as vLLM does"]);
  });
});
