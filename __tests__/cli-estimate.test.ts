import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LLAMA_8B_CONFIG } from "./helpers/hub-fixtures.js";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runBuiltCli, runCli } from "./helpers/cli.js";
import { expectGolden } from "./helpers/golden.js";

describe("llm-physics estimate: human output", () => {
  it("70B in BF16 on one A100 80GB", async () => {
    const r = (await runCli(["estimate", "--model", "meta-llama/Llama-3.1-70B-Instruct", "--gpu", "A100-80GB", "--precision", "bf16", "--target-tps", "30"]));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectGolden("estimate-llama-70b-a100.txt", r.stdout);
  });

  it("DeepSeek-V3 in FP8 on 8 × H200 with batch 32 at 32k", async () => {
    const r = (await runCli(["estimate", "--model", "deepseek-ai/DeepSeek-V3", "--gpu", "H200", "--gpus", "8", "--context", "32k", "--batch", "32"]));
    expect(r.code).toBe(0);
    expectGolden("estimate-deepseek-v3-8xh200.txt", r.stdout);
  });

  it("FP8 on an A100 says it is weight-only", async () => {
    const r = (await runCli(["estimate", "--model", "llama-3.1-8b", "--gpu", "A100-80GB", "--precision", "fp8"]));
    expect(r.stdout).toMatch(/no FP8 tensor cores/);
  });
});

describe("llm-physics estimate --json", async () => {
  const r = await runCli(["estimate", "--model", "llama-3.1-70b", "--gpu", "H100-SXM", "--gpus", "4", "--context", "32768", "--batch", "16", "--target-tps", "30", "--json"]);
  const json = JSON.parse(r.stdout);

  it("keeps the contract's names", async () => {
    expect(r.code).toBe(0);
    expect(Object.keys(json.model)).toEqual(expect.arrayContaining(["id", "paramsTotal", "paramsActive", "kvBytesPerToken"]));
    expect(["consumer", "workstation", "infrastructure"]).toContain(json.tier);
    for (const name of ["int8", "fp8", "bf16"]) {
      expect(Object.keys(json.scenarios[name])).toEqual(
        expect.arrayContaining(["weightsBytes", "kvCacheBytes", "workspaceBytes", "totalBytes", "perGpuBytes", "usableBytesPerGpu", "headroomBytes", "fits"]),
      );
    }
    expect(Object.keys(json.bandwidth)).toEqual(expect.arrayContaining(["requiredBytesPerSec", "availableBytesPerSec"]));
    expect(Object.keys(json.decode)).toEqual(expect.arrayContaining(["tokensPerSecPerSequence", "tokensPerSecTotal"]));
    expect(typeof json.maxConcurrency).toBe("number");
  });

  it("holds exact byte counts", async () => {
    expect(json.model.kvBytesPerToken).toBe(327_680);
    expect(json.scenarios.bf16.kvCacheBytes).toBe(327_680 * 32768 * 16);
    expect(json.bandwidth.availableBytesPerSec).toBe(4 * json.hardware.bandwidthBytesPerSecPerGpu);
    expect(json.tier).toBe("infrastructure");
  });
});

describe("llm-physics estimate with a config.json", () => {
  it("reads the architecture from a path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-"));
    writeFileSync(join(dir, "config.json"), JSON.stringify(LLAMA_8B_CONFIG));
    const r = (await runCli(["estimate", "--model", "config.json", "--gpu", "L4", "--json"], dir));
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(json.model.paramsTotal).toBe(8_030_261_248);
    expect(json.model.kvBytesPerToken).toBe(131_072);
    const folder = (await runCli(["estimate", "--model", ".", "--gpu", "L4", "--json"], dir));
    expect(JSON.parse(folder.stdout).model.paramsTotal).toBe(8_030_261_248);
  });

  it("names the missing field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-"));
    writeFileSync(join(dir, "config.json"), JSON.stringify({ model_type: "llama", hidden_size: 4096 }));
    const r = (await runCli(["estimate", "--model", "config.json", "--gpu", "L4"], dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/num_hidden_layers|intermediate_size|num_attention_heads|vocab_size/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("bad input", () => {
  const cases: Array<[string, string[], RegExp]> = [
    ["unknown model", ["estimate", "--model", "llama-3.1-7b", "--gpu", "H100"], /unknown model "llama-3.1-7b"; did you mean .*llama/i],
    ["unknown GPU", ["estimate", "--model", "llama-3.1-8b", "--gpu", "H10O"], /unknown GPU "H10O"; did you mean .*H100/],
    ["zero GPUs", ["estimate", "--model", "llama-3.1-8b", "--gpu", "H100", "--gpus", "0"], /--gpus must be a positive whole number, got "0"/],
    ["negative batch", ["estimate", "--model", "llama-3.1-8b", "--gpu", "H100", "--batch", "-2"], /--batch must be a positive whole number, got "-2"/],
    ["words for numbers", ["estimate", "--model", "llama-3.1-8b", "--gpu", "H100", "--context", "long"], /--context must be a positive whole number of tokens/],
    ["fraction over 1", ["estimate", "--model", "llama-3.1-8b", "--gpu", "H100", "--memory-fraction", "90"], /--memory-fraction must be a fraction/],
    ["target of zero", ["estimate", "--model", "llama-3.1-8b", "--gpu", "H100", "--target-tps", "0"], /--target-tps must be a number above 0/],
    ["unknown precision", ["estimate", "--model", "llama-3.1-8b", "--gpu", "H100", "--precision", "fp6"], /--precision must be one of/],
    ["tp beyond GPUs", ["estimate", "--model", "llama-3.1-8b", "--gpu", "H100", "--gpus", "2", "--tp", "4"], /--tp: tensor parallel 4 × pipeline parallel 1 needs 4 GPUs but the deployment has 2/],
    ["unknown flag", ["estimate", "--model", "llama-3.1-8b", "--gpu", "H100", "--gpu-count", "2"], /--gpu-count/],
    ["missing model", ["estimate", "--gpu", "H100"], /needs --model/],
    ["unknown command", ["estimat"], /unknown command "estimat"/],
    ["missing config.json", ["estimate", "--model", "nowhere/config.json", "--gpu", "H100"], /nowhere\/config\.json/],
  ];
  for (const [name, args, message] of cases) {
    it(`${name}: exit 2 with a clear message and no stack trace`, async () => {
      const r = (await runCli(args));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe("catalog listings", () => {
  it("lists models and GPUs", async () => {
    const models = (await runCli(["models"]));
    expect(models.stdout).toMatch(/meta-llama\/Llama-3.1-70B-Instruct/);
    const gpus = (await runCli(["gpus", "--json"]));
    expect(JSON.parse(gpus.stdout).length).toBeGreaterThanOrEqual(20);
  });
});

describe("the built CLI (dist/cli.js)", () => {
  it("runs as a user's shell runs it", async () => {
    const r = runBuiltCli(["estimate", "--model", "llama-3.1-8b", "--gpu", "RTX-4090", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tier).toBe("consumer");
  });

  it("exits 2 on bad input", async () => {
    const r = runBuiltCli(["estimate", "--model", "nope", "--gpu", "H100"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown model "nope"/);
  });
});

describe("the CLI bundle", () => {
  it("carries no GitHub-only code, so that it starts fast", async () => {
    const cli = readFileSync(join(REPO_ROOT, "dist", "cli.js"), "utf8");
    const action = readFileSync(join(REPO_ROOT, "dist", "index.js"), "utf8");
    // @actions/core writes outputs with a `ghadelimiter_` heredoc; Octokit names itself in its user agent.
    expect(action).toContain("ghadelimiter_");
    expect(cli).not.toContain("ghadelimiter_");
    expect(cli).not.toMatch(/octokit/i);
  });
});

describe("model ids that are variants of catalog models", () => {
  it("reads a third-party AWQ upload as the base model in INT4, and says how", async () => {
    const r = (await runCli(["estimate", "--model", "hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4", "--gpu", "L40S", "--gpus", "2", "--json"]));
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(json.model.paramsTotal).toBe(70_553_706_496);
    expect(json.inputs.precision).toBe("int4");
    expect(json.model.resolvedFrom).toMatch(/read as meta-llama\/Llama-3\.1-70B-Instruct quantized to INT4/);
  });
});
