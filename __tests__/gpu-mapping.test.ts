import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { expectGolden } from "./helpers/golden.js";
import type { Deployment } from "../src/base/deployment.js";
import { parseConfig } from "../src/config/config.js";
import { RULES } from "../src/evaluate/rules/index.js";
import { evaluateDeployment } from "../src/evaluate/evaluate.js";
import { resolveDeployment } from "../src/pipeline/resolve.js";
import { deploymentReport } from "../src/report/build.js";

/**
 * Deployments whose manifests name no GPU type: the configuration's `gpus:` mappings (by path, by
 * node label, the default), its `gpuTypes:`, memory-only requests, and, when nothing names a GPU,
 * what the deployment needs per GPU and which GPUs would hold it — never a pass.
 */

const REPOSITORY = { root: "/repo", realRoot: "/repo" };
const range = (line: number) => ({ line, column: 3, endLine: line, endColumn: 20 });

/** Llama-3.1-8B in BF16 at 8,192 tokens on one GPU of no declared type. */
function undeclared(file = "clusters/prod-l4/chat.yaml", labels?: Record<string, string>): Deployment {
  return {
    name: "chat",
    file,
    baseDir: "/repo",
    format: "kubernetes",
    range: range(1),
    model: { value: "meta-llama/Llama-3.1-8B-Instruct", range: range(5), path: "args[1]" },
    gpuCount: { value: 1, range: range(9), path: "resources.limits (assumed 1)", via: { assumed: true } },
    contextLength: { value: 8192, range: range(6), path: "args[3] (--max-model-len)" },
    policy: {},
    ...(labels ? { nodeLabels: { labels, range: range(12) } } : {}),
  };
}

const CONFIG = parseConfig(
  [
    "gpus:",
    '  - paths: "clusters/prod-l4/**"',
    "    gpu: L4",
    "  - nodeSelector: { cloud.google.com/gke-nodepool: gpu-pool-a100 }",
    "    gpu: A100-80GB",
    "    count: 2",
    "  - gpu: acme-gpu",
    "gpuTypes:",
    "  - id: acme-gpu",
    "    memoryMiB: 49152",
    "    bandwidthGBPerSec: 1000",
    "    bf16TFLOPS: 200",
    "    aliases: [ACME-G48]",
    "    source: the vendor's data sheet",
    "",
  ].join("\n"),
  ".llm-physics.yml",
);

describe("gpus: mappings in .llm-physics.yml", () => {
  it("gives a deployment under a mapped path its GPU, and names the mapping as the GPU's source", () => {
    const context = resolveDeployment(undeclared(), REPOSITORY, CONFIG);
    expect(context.gpu).toMatchObject({ ok: true, value: { id: "L4" } });
    const report = deploymentReport(context, []);
    expect(report.facts.gpu).toEqual({ value: "L4", file: ".llm-physics.yml", line: 3, column: 10, path: "gpus[0].gpu (paths clusters/prod-l4/**)" });
    expect(report.estimate?.hardware.gpu).toBe("L4");
  });

  it("matches node labels, and takes the mapping's count where the manifest assumed one", () => {
    const context = resolveDeployment(undeclared("deploy/chat.yaml", { "cloud.google.com/gke-nodepool": "gpu-pool-a100", team: "search" }), REPOSITORY, CONFIG);
    expect(context.gpu).toMatchObject({ ok: true, value: { id: "A100-80GB" } });
    expect(context.deployment.gpuCount).toMatchObject({ value: 2, path: "gpus[1].count (nodeSelector cloud.google.com/gke-nodepool=gpu-pool-a100)" });
    // A label with another value does not match: the default applies.
    const other = resolveDeployment(undeclared("deploy/chat.yaml", { "cloud.google.com/gke-nodepool": "gpu-pool-l4" }), REPOSITORY, CONFIG);
    expect(other.gpu).toMatchObject({ ok: true, value: { id: "acme-gpu" } });
  });

  it("checks a GPU of gpuTypes: like a catalog GPU: 48 GiB, 1 TB/s", () => {
    const context = resolveDeployment(undeclared("deploy/chat.yaml"), REPOSITORY, CONFIG);
    expect(context.estimate?.hardware).toMatchObject({ gpu: "acme-gpu", memoryBytesPerGpu: 48 * 2 ** 30, bandwidthBytesPerSecPerGpu: 1e12, fp8Native: false });
    // 16,060,522,496 + KV 1,073,741,824 + workspace 1,927,262,700 = 19,061,527,020 of 0.9 × 48 GiB.
    expect(context.estimate?.scenarios.bf16?.perGpuBytes).toBe(19_061_527_020);
    const byAlias = resolveDeployment({ ...undeclared(), gpu: { value: "ACME-G48", range: range(10), path: "nodeSelector" } }, REPOSITORY, CONFIG);
    expect(byAlias.gpu).toMatchObject({ ok: true, value: { id: "acme-gpu" } });
  });

  it("refuses a gpuTypes: entry that takes a catalog name, at its line", () => {
    const clash = parseConfig("gpuTypes:\n  - { id: L4, memoryMiB: 1, bandwidthGBPerSec: 1, bf16TFLOPS: 1, source: x }\n", ".llm-physics.yml");
    expect(() => resolveDeployment(undeclared(), REPOSITORY, clash)).toThrow(/\.llm-physics\.yml:2:\d+: gpuTypes: "L4" is already the catalog's L4/);
  });
});

describe("a deployment with no GPU type", () => {
  const NO_CONFIG = parseConfig("", ".llm-physics.yml");

  it("still gets what it needs per GPU and the GPUs that would hold it; its verdict is incomplete, never a pass", () => {
    const context = resolveDeployment(undeclared(), REPOSITORY, NO_CONFIG);
    expect(context.gpu).toEqual({ ok: false, suggestions: [], undeclared: true });
    expect(context.estimate).toBeNull();
    expect(context.requirement).toMatchObject({ precision: "bf16", perGpuBytes: 19_061_527_020, gpuCount: 1, contextTokens: 8192 });
    // 19.06 GB at memory fraction 0.9 needs at least 21.2 GB of device memory: an L4 (22.5 GiB exposed) holds it, a T4 does not.
    expect(context.requirement!.fittingGpus).toContain("L4");
    expect(context.requirement!.fittingGpus).not.toContain("T4");
    const findings = evaluateDeployment(context, { severity: {} }).filter((f) => f.ruleId === "unknown-gpu");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "notice", line: 1 });
    expect(findings[0]!.message).toMatch(/^no GPU type is declared; needs 19\.1 GB per GPU \(BF16 weights 16\.1 \+ KV 1\.1 for 8,192 tokens \+ workspace 1\.9\) on 1 GPU: it fits \S+ and every GPU with more memory/);
    const report = deploymentReport(context, findings);
    expect(report.verdict).toBe("incomplete");
    expect(report.hardware.gpu).toBeNull();
    expect(report.requirement?.perGpuBytes).toBe(19_061_527_020);
    expect(RULES.some((r) => r.id === "unknown-gpu")).toBe(true);
  });

  it("checks a memory-only request against the smallest GPU with that much memory, and names it", () => {
    const context = resolveDeployment({ ...undeclared("deploy/dstack.yml"), gpuMemoryBytes: { value: 24e9, range: range(8), path: "resources.gpu (24GB)" } }, REPOSITORY, NO_CONFIG);
    expect(context.gpu.ok).toBe(true);
    const gpu = context.deployment.gpu!;
    expect(gpu.path).toMatch(/^resources\.gpu \(24GB\) \(24\.0 GB: the smallest catalog GPU with that memory, \S+, [\d.]+ GiB exposed\)$/);
    expect(context.estimate).not.toBeNull();
  });
});

describe("gpus: and gpuTypes: end to end, as a user runs check", () => {
  it("text, JSON and summary name the mapping as each GPU's source", async () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-gpus-"));
    const pod = (name: string, nodeSelector: string) =>
      [
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        `  name: ${name}`,
        "spec:",
        "  template:",
        "    spec:",
        ...(nodeSelector ? ["      nodeSelector:", `        ${nodeSelector}`] : []),
        "      containers:",
        "        - name: vllm",
        "          image: vllm/vllm-openai:v0.8.5",
        "          args: [--model=meta-llama/Llama-3.1-8B-Instruct, --max-model-len=8192]",
        "          resources: {limits: {nvidia.com/gpu: 1}}",
        "",
      ].join("\n");
    mkdirSync(join(dir, "clusters/prod-l4"), { recursive: true });
    mkdirSync(join(dir, "apps"), { recursive: true });
    writeFileSync(join(dir, "clusters/prod-l4/chat.yaml"), pod("chat-l4", ""));
    writeFileSync(join(dir, "apps/search.yaml"), pod("search-a100", "cloud.google.com/gke-nodepool: gpu-pool-a100"));
    writeFileSync(join(dir, "apps/lab.yaml"), pod("lab-acme", "acme.example/accelerator: ACME-G48"));
    writeFileSync(join(dir, "apps/unmapped.yaml"), pod("unmapped", "team: research"));
    writeFileSync(
      join(dir, ".llm-physics.yml"),
      [
        "gpus:",
        '  - paths: "clusters/prod-l4/**"',
        "    gpu: L4",
        "  - nodeSelector: { cloud.google.com/gke-nodepool: gpu-pool-a100 }",
        "    gpu: A100-80GB",
        "  - nodeSelector: { acme.example/accelerator: ACME-G48 }",
        "    gpu: acme-gpu",
        "gpuTypes:",
        "  - { id: acme-gpu, memoryMiB: 49152, bandwidthGBPerSec: 1000, bf16TFLOPS: 200, aliases: [ACME-G48], source: the vendor's data sheet }",
        "",
      ].join("\n"),
    );
    const text = await runCli(["check", "--verbose", "--fail-on", "never"], dir);
    expect(text.stderr).toBe("");
    expectGolden("gpu-mapping.txt", text.stdout);
    const json = JSON.parse((await runCli(["check", "--format", "json", "--fail-on", "never"], dir)).stdout);
    const byName = Object.fromEntries(json.deployments.map((d: { name: string }) => [d.name, d]));
    expect(byName["chat-l4"].facts.gpu).toMatchObject({ value: "L4", file: ".llm-physics.yml", line: 3 });
    expect(byName["search-a100"].hardware.gpuId).toBe("A100-80GB");
    expect(byName["lab-acme"].hardware.gpuId).toBe("acme-gpu");
    expect(byName["unmapped"]).toMatchObject({ verdict: "incomplete", hardware: { gpu: null, gpuId: null }, estimate: null });
    expect(byName["unmapped"].requirement.perGpuBytes).toBe(19_061_527_020);
    expectGolden("gpu-mapping.json", JSON.stringify(json, null, 2) + "\n");
    const summary = await runCli(["check", "--format", "markdown", "--fail-on", "never"], dir);
    expectGolden("gpu-mapping.md", summary.stdout);
  });
});

describe("parallelism that contradicts the GPU count keeps its capacity verdict", () => {
  it("a NIMService with a cached TP-4 BF16 profile on 2 × L40S: tensor-parallel-invalid, and the 141 GB of weights still fail", async () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-nim-tp-"));
    writeFileSync(
      join(dir, "nimcache.yaml"),
      [
        "apiVersion: apps.nvidia.com/v1alpha1",
        "kind: NIMCache",
        "metadata:",
        "  name: llama-70b",
        "spec:",
        "  source:",
        "    ngc:",
        "      modelPuller: nvcr.io/nim/meta/llama-3.1-70b-instruct:1.3.3",
        "      model:",
        "        precision: bf16",
        '        tensorParallelism: "4"',
        "        gpus:",
        "          - product: l40s",
        "",
      ].join("\n"),
    );
    writeFileSync(
      join(dir, "nimservice.yaml"),
      [
        "apiVersion: apps.nvidia.com/v1alpha1",
        "kind: NIMService",
        "metadata:",
        "  name: llama-70b",
        "spec:",
        "  image:",
        "    repository: nvcr.io/nim/meta/llama-3.1-70b-instruct",
        '    tag: "1.3.3"',
        "  storage:",
        "    nimCache:",
        "      name: llama-70b",
        "  resources:",
        "    limits:",
        "      nvidia.com/gpu: 2",
        "  env:",
        "    - name: NIM_MAX_MODEL_LEN",
        '      value: "8192"',
        "",
      ].join("\n"),
    );
    const report = JSON.parse((await runCli(["check", "--format", "json", "--fail-on", "never"], dir)).stdout);
    const rules = report.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(rules).toContain("tensor-parallel-invalid");
    expect(rules).toContain("vram-exceeds-capacity");
    const d = report.deployments[0];
    expect(d.verdict).toBe("fail");
    // Estimated at tensor parallel 2 on the 2 GPUs: 141,107,412,992 B of BF16 weights, 70.6 GB per GPU of 43.5 usable.
    expect(d.estimate.inputs.tensorParallel).toBe(2);
    expect(d.estimate.scenarios.bf16.weightsBytes).toBe(141_107_412_992);
    expect(d.estimate.notes.join(" ")).toMatch(/tensor parallel 4 × pipeline parallel 1 needs more than the 2 GPUs the deployment has: estimated at tensor parallel 2/);
  });
});

describe("the GPU declaration fixtures, in every format a person reads", () => {
  it("JSON and summary are pinned beside the text (formats/gpus.txt)", async () => {
    const json = await runCli(["check", "__tests__/fixtures/gpus", "--format", "json", "--fail-on", "never"]);
    expect(json.stderr).toBe("");
    expectGolden("formats/gpus.json", json.stdout);
    const summary = await runCli(["check", "__tests__/fixtures/gpus", "--format", "markdown", "--fail-on", "never"]);
    expectGolden("formats/gpus.md", summary.stdout);
    // A MIG slice is never checked as the whole GPU.
    const report = JSON.parse(json.stdout);
    const mig = report.deployments.find((d: { name: string }) => d.name === "mig-mixed");
    expect(mig.hardware.gpuId).toBe("A100-80GB-MIG-1g.10gb");
    expect(mig.estimate.hardware.memoryBytesPerGpu).toBeLessThan(11 * 2 ** 30);
    // No output shows negative headroom beside a pass.
    for (const d of report.deployments) if (d.headroomPercent !== null && d.headroomPercent < 0) expect(d.verdict).toBe("fail");
  });
});
