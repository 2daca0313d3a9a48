import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyEngineFacts, readEngineArgs, type ArgItem, type EngineFacts } from "../src/adapt/engine-args.js";
import type { Deployment } from "../src/base/deployment.js";
import { dataParallelWeightsPerGpu } from "../src/physics/memory.js";
import { withDataParallelPods } from "../src/pipeline/resolve.js";
import { evaluateArithmetic } from "../src/adapt/engine/shell.js";
import { runCli } from "./helpers/cli.js";

/**
 * Data and expert parallelism (docs/physics.md#data-and-expert-parallelism): the engines' flags
 * read into one layout (tensor × pipeline × data parallel GPUs a replica), the weights per GPU
 * when the routed experts span the data-parallel group, and a wide-EP deployment checked end to
 * end over the pods of its group.
 */

const at = { line: 1, column: 1, endLine: 1, endColumn: 2 };
function words(line: string): ArgItem[] {
  return line.split(" ").map((text, i) => ({ text, range: { ...at, column: i + 1, endColumn: i + 2 }, path: `command[${i}]` }));
}
function read(line: string): EngineFacts {
  const facts = readEngineArgs(words(line), [], []);
  if (!facts) throw new Error(`no engine in ${line}`);
  return facts;
}
function applied(line: string): Deployment {
  const d = { name: "d", file: "f.yaml", baseDir: ".", format: "kubernetes", range: at, model: { value: "m", range: at, path: "model" }, gpuCount: { value: 8, range: at, path: "resources" }, policy: {} } as Deployment;
  applyEngineFacts(d, read(line));
  return d;
}

describe("the engines' data- and expert-parallel flags", () => {
  it("vLLM: --data-parallel-size, --data-parallel-size-local and --enable-expert-parallel (EP size = TP × DP, vLLM's TP defaulting to 1)", () => {
    const facts = read("vllm serve deepseek-ai/DeepSeek-R1 --data-parallel-size 16 --data-parallel-size-local 8 --enable-expert-parallel --max-num-seqs 64");
    expect(facts.dataParallel?.value).toBe(16);
    expect(facts.dataParallel?.path).toBe("command[4] (--data-parallel-size)");
    expect(facts.dataParallelLocal?.value).toBe(8);
    expect(facts.expertParallel?.value).toBe(true);
    expect(facts.expertParallel?.range.column).toBe(8);
    expect(facts.maxConcurrentSequences?.value).toBe(64);
    const d = applied("vllm serve deepseek-ai/DeepSeek-R1 --data-parallel-size 16 --data-parallel-size-local 8 --enable-expert-parallel");
    expect(d.dataParallel?.value).toBe(16);
    expect(d.dataParallelLocal?.value).toBe(8);
    expect(d.expertsSpanDataParallel).toBe(true);
    expect(d.expertParallel?.value).toBe(16);
    expect(d.expertParallel?.path).toBe("command[7] (--enable-expert-parallel): tensor × data parallel = 16");
    expect(d.tensorParallel).toBeUndefined();
  });

  it("vLLM: short forms -dp/-dpl, --flag=value, and --no-enable-expert-parallel turns it off (the last one wins)", () => {
    const facts = read("vllm serve m -tp 2 -dp=4 -dpl 2 --enable-expert-parallel --no-enable-expert-parallel");
    expect([facts.tensorParallel?.value, facts.dataParallel?.value, facts.dataParallelLocal?.value, facts.expertParallel?.value]).toEqual([2, 4, 2, false]);
    const d = applied("vllm serve m -tp 2 -dp=4 --enable-expert-parallel --no-enable-expert-parallel");
    expect(d.expertParallel).toBeUndefined();
    expect(d.expertsSpanDataParallel).toBe(true);
    // A local size not below the whole is no multi-pod layout.
    expect(applied("vllm serve m --data-parallel-size 2 --data-parallel-size-local 2").dataParallelLocal).toBeUndefined();
  });

  it("SGLang with --enable-dp-attention: --tp is every GPU, --dp splits it for attention (tp 16 ÷ dp 16 = attention TP 1)", () => {
    const d = applied("python3 -m sglang.launch_server --model-path deepseek-ai/DeepSeek-R1 --tp 16 --dp 16 --enable-dp-attention --ep-size 16");
    expect(d.tensorParallel?.value).toBe(1);
    expect(d.tensorParallel?.path).toBe("command[6] (--tp): attention tensor parallel 16 ÷ 16 (--enable-dp-attention)");
    expect(d.dataParallel?.value).toBe(16);
    expect(d.expertsSpanDataParallel).toBe(true);
    expect(d.expertParallel?.value).toBe(16);
    expect(d.expertParallel?.path).toBe("command[11] (--ep-size)");
  });

  it("SGLang --dp without DP attention runs replicas; a tp that dp does not divide is a warning, and no data parallelism is used", () => {
    const replicas = applied("python -m sglang.launch_server --model-path m --tp 4 --dp 2");
    expect([replicas.tensorParallel?.value, replicas.dataParallel?.value, replicas.expertsSpanDataParallel]).toEqual([4, 2, false]);
    const facts = read("python -m sglang.launch_server --model-path m --tp 8 --dp 3 --enable-dp-attention");
    expect(facts.problems.map((p) => [p.code, p.severity, p.range.column])).toEqual([["flag-value-invalid", "warning", 9]]);
    const bad = applied("python -m sglang.launch_server --model-path m --tp 8 --dp 3 --enable-dp-attention");
    expect([bad.tensorParallel?.value, bad.dataParallel]).toEqual([8, undefined]);
  });

  it("TensorRT-LLM --ep_size and Dynamo's spelled-out flags; --enable-ep-moe in SGLang is EP over the tensor-parallel GPUs", () => {
    expect(applied("trtllm-serve nvidia/DeepSeek-R1-FP4 --tp_size 8 --ep_size 8").expertParallel?.value).toBe(8);
    const dynamo = read("python3 -m dynamo.trtllm --model-path nvidia/DeepSeek-R1-FP4 --tensor-parallel-size 4 --expert-parallel-size 4");
    expect([dynamo.engine, dynamo.model?.value, dynamo.tensorParallel?.value, dynamo.expertParallelSize?.value]).toEqual(["trtllm", "nvidia/DeepSeek-R1-FP4", 4, 4]);
    expect(read("python3 -m dynamo.vllm --model Qwen/Qwen3-0.6B").engine).toBe("vllm");
    expect(read("python3 -m dynamo.sglang --model-path Qwen/Qwen3-0.6B").engine).toBe("sglang");
    const ep = applied("python -m sglang.launch_server --model-path m --tp 8 --enable-ep-moe");
    expect([ep.expertParallel?.value, ep.dataParallel]).toEqual([8, undefined]);
  });
});

describe("weights per GPU when the experts span the data-parallel group", () => {
  // DeepSeek-R1 as one byte a parameter: 671,026,419,200 parameters (DeepSeek's count without the
  // MTP module), of which 58 MoE layers × 256 experts × 3 × 7,168 × 2,048 = 653,908,770,816 are
  // routed experts; the rest, 17,117,648,384, is attention, dense layers, shared experts, embeddings.
  const weights = { weightsBytes: 671_026_419_200, paramsTotal: 671_026_419_200, routedExpertParams: 653_908_770_816, pipelineParallel: 1 };

  it("DP 16 at TP 1: each GPU holds the 17.1 GB outside the experts and 1/16 of the experts", () => {
    // 17,117,648,384 + ⌈653,908,770,816 ÷ 16⌉ = 17,117,648,384 + 40,869,298,176
    expect(dataParallelWeightsPerGpu({ ...weights, tensorParallel: 1, dataParallel: 16, expertsSpanDataParallel: true })).toBe(57_986_946_560);
  });

  it("TP 2 × DP 8: the dense part halves, the experts split over all 16", () => {
    // ⌈17,117,648,384 ÷ 2⌉ + 40,869,298,176 = 8,558,824,192 + 40,869,298,176
    expect(dataParallelWeightsPerGpu({ ...weights, tensorParallel: 2, dataParallel: 8, expertsSpanDataParallel: true })).toBe(49_428_122_368);
  });

  it("replicas (experts not spanning), or no data parallelism: the plain split over tensor × pipeline", () => {
    expect(dataParallelWeightsPerGpu({ ...weights, tensorParallel: 8, dataParallel: 2, expertsSpanDataParallel: false })).toBe(83_878_302_400);
    expect(dataParallelWeightsPerGpu({ ...weights, tensorParallel: 8, dataParallel: 1, expertsSpanDataParallel: true })).toBe(83_878_302_400);
  });
});

describe("a wide-EP deployment checked over the pods of its data-parallel group", () => {
  const dir = mkdtempSync(join(tmpdir(), "llm-physics-dp-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const manifest = (kind: string, extra: string) => `apiVersion: ${kind === "LeaderWorkerSet" ? "leaderworkerset.x-k8s.io/v1" : "apps/v1"}
kind: ${kind}
metadata:
  name: r1-decode
spec:
  replicas: 2
${extra}`;
  const pod = (indent: string) =>
    `spec:
  nodeSelector:
    nvidia.com/gpu.product: NVIDIA-H200
  containers:
    - name: vllm
      image: vllm/vllm-openai:v0.11.0
      args: ["deepseek-ai/DeepSeek-R1", "--data-parallel-size", "16", "--data-parallel-size-local", "8", "--enable-expert-parallel", "--max-model-len", "8192"]
      resources:
        limits:
          nvidia.com/gpu: 8`
      .split("\n")
      .map((l) => indent + l)
      .join("\n");

  it("a Deployment of 8-GPU pods running 8 of 16 ranks each: one replica of 2 pods, 16 GPUs, experts over all, no parallelism error", async () => {
    writeFileSync(join(dir, "deployment.yaml"), manifest("Deployment", `  template:\n${pod("    ")}\n`));
    const r = await runCli(["check", "deployment.yaml", "--format", "json", "--fail-on", "never"], dir);
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout);
    const d = report.deployments[0];
    expect(d.facts.dataParallel).toMatchObject({ value: 16, line: 14 });
    expect(d.facts.dataParallelLocal).toMatchObject({ value: 8 });
    expect(d.facts.expertParallel).toMatchObject({ value: 16 });
    expect(d.facts.gpuCount.path).toContain("× 2 pods (data parallel 16 ÷ 8 ranks per pod)");
    expect(d.hardware.count).toBe(16);
    expect(d.estimate.inputs).toMatchObject({ tensorParallel: 1, pipelineParallel: 1, dataParallel: 16, expertsSpanDataParallel: true });
    const s = d.estimate.scenarios.fp8;
    // DeepSeek-R1's checkpoint bytes (673,150,611,808 with its scales and BF16 tensors), experts by their share of the parameters.
    expect(s.perGpuWeightsBytes).toBe(58_170_509_293);
    expect(s.fits).toBe(true);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain("tensor-parallel-invalid");
  });

  it("a LeaderWorkerSet of 2 pods already counts the 16 GPUs: the count is kept", async () => {
    writeFileSync(
      join(dir, "lws.yaml"),
      manifest("LeaderWorkerSet", `  leaderWorkerTemplate:\n    size: 2\n    workerTemplate:\n${pod("      ")}\n`),
    );
    const r = await runCli(["check", "lws.yaml", "--format", "json", "--fail-on", "never"], dir);
    const d = JSON.parse(r.stdout).deployments[0];
    expect(d.hardware.count).toBe(16);
    expect(d.facts.gpuCount.path).not.toContain("pods (data parallel");
    expect(d.estimate.inputs.dataParallel).toBe(16);
  });

  it("withDataParallelPods leaves a count that is not the pod's share alone", () => {
    const base = applied("vllm serve m --data-parallel-size 4 --data-parallel-size-local 2");
    expect(withDataParallelPods({ ...base, gpuCount: { ...base.gpuCount, value: 2 } }).gpuCount.value).toBe(4);
    expect(withDataParallelPods({ ...base, gpuCount: { ...base.gpuCount, value: 1 } }).gpuCount.value).toBe(1);
    expect(withDataParallelPods({ ...base, gpuCount: { ...base.gpuCount, value: 4 } }).gpuCount.value).toBe(4);
  });

  it("more ranks than GPUs: tensor-parallel-invalid at the data-parallel flag, and the estimate falls back to the ranks the GPUs allow", async () => {
    writeFileSync(
      join(dir, "too-few.yaml"),
      manifest("Deployment", `  template:\n${pod("    ")}\n`).replace(', "--data-parallel-size-local", "8"', "").replace('"--enable-expert-parallel", ', ""),
    );
    const r = await runCli(["check", "too-few.yaml", "--format", "json", "--fail-on", "never"], dir);
    const report = JSON.parse(r.stdout);
    const d = report.deployments[0];
    const f = report.findings.find((x: { ruleId: string }) => x.ruleId === "tensor-parallel-invalid");
    expect(f.message).toBe("tensor parallel 1 × data parallel 16 needs 16 GPUs but the deployment has 8; raise the GPU count to 16 or lower the parallel sizes");
    expect(f.line).toBe(14);
    expect(d.estimate.inputs).toMatchObject({ tensorParallel: 1, dataParallel: 8 });
  });
});

describe("shell arithmetic, as llm-d's wide-EP guides compute the data-parallel size", () => {
  const env = (vars: Record<string, string | null>) => Object.entries(vars).map(([name, value]) => ({ name, value, range: at, path: `env ${name}` }));
  const script = (text: string): ArgItem[] => [
    { text: "/bin/sh", range: at, path: "command[0]" },
    { text: "-c", range: at, path: "command[1]" },
    { text, range: { line: 10, column: 5, endLine: 10, endColumn: 5 + text.length }, path: "command[2]" },
  ];

  it("$((LWS_GROUP_SIZE * DP_SIZE_LOCAL)) over the pod's env, and an assignment from arithmetic with a default", () => {
    const text =
      "START_RANK=$(( ${LWS_WORKER_INDEX:-0} * DP_SIZE_LOCAL )); exec vllm serve deepseek-ai/DeepSeek-R1-0528 --data-parallel-size $((LWS_GROUP_SIZE * DP_SIZE_LOCAL)) --data-parallel-size-local $DP_SIZE_LOCAL --data-parallel-start-rank $START_RANK --enable-expert-parallel";
    const facts = readEngineArgs(script(text), [], env({ LWS_GROUP_SIZE: "2", DP_SIZE_LOCAL: "8" }))!;
    expect(facts.problems).toEqual([]);
    expect(facts.dataParallel?.value).toBe(16);
    expect(facts.dataParallelLocal?.value).toBe(8);
    // The word still points at its place in the script: the 17-character $((…)) at offset 119.
    expect(facts.dataParallel?.range).toEqual({ line: 10, column: 5 + text.indexOf("$((LWS"), endLine: 10, endColumn: 5 + text.indexOf("$((LWS") + "$((LWS_GROUP_SIZE * DP_SIZE_LOCAL))".length });
    expect(facts.expertParallel?.value).toBe(true);
  });

  it("a variable the env does not set is reported, and the size is not guessed", () => {
    const facts = readEngineArgs(script("vllm serve m --data-parallel-size $((LWS_GROUP_SIZE * 8))"), [], [])!;
    expect(facts.dataParallel).toBeUndefined();
    expect(facts.problems.map((p) => p.code)).toEqual(["env-var-unset"]);
  });
});

describe("evaluateArithmetic", () => {
  const vars: Record<string, string> = { A: "2", B: "8", E: "", S: "x" };
  const of = (name: string) => vars[name];
  it.each([
    ["A * B", 16],
    ["$A*$B + 1", 17],
    ["${C:-3} * (A + 1)", 9],
    ["${E:-4} - 10", -6],
    ["17 / 4 % 3", 1],
    ["-A + 5", 3],
  ])("%s = %d", (expression, value) => expect(evaluateArithmetic(expression, of)).toBe(value));
  it.each(["S * 2", "C * 2", "A / 0", "A ** 2", "A +", "(A", "A ? 1 : 2"])("%s is not evaluated", (expression) => expect(evaluateArithmetic(expression, of)).toBeNull());
});

describe("the engine and its version, from the command line and the image tag", () => {
  it.each([
    ["vllm/vllm-openai:v0.11.0", "vllm", "0.11.0"],
    ["docker.io/vllm/vllm-openai:0.6.3.post1", "vllm", "0.6.3"],
    ["lmsysorg/sglang:v0.4.6.post1-cu124", "sglang", "0.4.6"],
    ["ghcr.io/huggingface/text-generation-inference:3.0.1", "tgi", "3.0.1"],
    ["localhost:5000/vllm/vllm-openai:v0.10.1@sha256:abc", "vllm", "0.10.1"],
    ["vllm/vllm-openai:latest", "vllm", undefined],
    ["vllm/vllm-openai", "vllm", undefined],
    ["localhost:5000/vllm-openai", "vllm", undefined],
    ["nvcr.io/nvidia/pytorch:24.05-py3", "vllm", undefined],
  ])("%s (%s) → %s", async (image, engine, version) => {
    const { engineVersionFromImage } = await import("../src/adapt/kit.js");
    expect(engineVersionFromImage(image, engine)).toBe(version);
  });

  it("a Kubernetes container: engine vllm, version from its image, eager from --enforce-eager", async () => {
    const { parseYamlFile } = await import("../src/parse/yaml-file.js");
    const { adaptKubernetes } = await import("../src/adapt/kubernetes.js");
    const doc = parseYamlFile(
      "d.yaml",
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template:\n    spec:\n      containers:\n        - name: vllm\n          image: vllm/vllm-openai:v0.8.5\n          args: [--model, Qwen/Qwen2.5-7B-Instruct, --enforce-eager]\n          resources:\n            limits:\n              nvidia.com/gpu: 1\n",
    ).documents[0]!;
    const d = adaptKubernetes(doc, "d.yaml", "/repo/d.yaml")!.deployments[0]!;
    expect(d.engine).toEqual({ name: "vllm", version: "0.8.5", eager: true, range: { line: 11, column: 27, endLine: 11, endColumn: 51 } });
  });
});
