import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";

/**
 * The engine's start-up arithmetic as a user reaches it: `estimate --engine`, and check's verdicts on
 * manifests that run an engine (docs/physics.md#engine-memory).
 */
describe("estimate --engine", () => {
  const base = ["estimate", "--model", "meta-llama/Llama-3.1-70B-Instruct", "--gpu", "H100-SXM", "--precision", "fp8", "--context", "8192", "--json"];

  it("Llama-3.1-70B quantized to FP8 on one H100 at vLLM 0.11's defaults does not start (as the published log shows)", async () => {
    const r = await runCli([...base, "--engine", "vllm@0.11.0"]);
    expect(r.stderr).toBe("");
    const m = JSON.parse(r.stdout).engineMemory;
    expect([m.engine, m.version, m.starts, m.failure]).toEqual(["vllm", "0.11.0", false, "no-kv-memory"]);
    // 0.9 × 81,090 MiB (the runtime's total) = 71.27 GiB requested.
    expect(m.requestedBytes / 2 ** 30).toBeCloseTo(71.27, 2);
    expect(m.planning.level).toBe("error");
  });

  it("at --memory-fraction 0.95 it starts, with the engine's own KV capacity", async () => {
    const r = await runCli([...base, "--engine", "vllm@0.11.0", "--memory-fraction", "0.95"]);
    const m = JSON.parse(r.stdout).engineMemory;
    expect(m.starts).toBe(true);
    expect(m.kvCapacityTokens).toBeGreaterThan(8192);
    const text = await runCli([...base.filter((a) => a !== "--json"), "--engine", "vllm@0.11.0", "--memory-fraction", "0.95"]);
    expect(text.stdout).toMatch(/^engine {10}vLLM 0\.11\.0 starts: takes 75\.23 of 79\.19 GiB per GPU/m);
  });

  it("without --engine there is no engine arithmetic; a wrong name is a usage error", async () => {
    expect(JSON.parse((await runCli(base)).stdout).engineMemory).toBeNull();
    const bad = await runCli([...base, "--engine", "llamacpp"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--engine must be vllm, sglang, tgi or trtllm");
  });
});
