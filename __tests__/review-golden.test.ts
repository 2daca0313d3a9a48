import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../src/config/config.js";
import { runCheck } from "../src/pipeline/check.js";
import type { DeploymentReport } from "../src/report/report.js";
import { formatSummary, type SummaryOptions } from "../src/report/summary.js";
import { expectGolden } from "./helpers/golden.js";

// What a reviewer reads on a pull request that changes one of six deployments: the comment and the
// job summary, from real checks of the base and the head, as the action builds them.

const manifest = (name: string, model: string, gpu: string, count: number, precision: string, context: number, concurrency: number) => `apiVersion: llm-physics/v1
kind: InferenceDeployment
metadata:
  name: ${name}
spec:
  model: ${model}
  precision: ${precision}
  hardware:
    gpu: ${gpu}
    count: ${count}
  serving:
    contextLength: ${context}
    concurrency: ${concurrency}
`;

const SIX: Record<string, string> = {
  "deploy/chat-70b.yaml": manifest("chat-70b", "meta-llama/Llama-3.1-70B-Instruct", "H100-SXM", 4, "fp8", 8192, 4),
  "deploy/assistant-8b.yaml": manifest("assistant-8b", "llama-3.1-8b", "L4", 1, "fp8", 8192, 2),
  "deploy/search-qwen.yaml": manifest("search-qwen", "Qwen/Qwen2.5-32B-Instruct", "A100-80GB", 2, "bf16", 16384, 4),
  "deploy/code-7b.yaml": manifest("code-7b", "Qwen/Qwen2.5-7B-Instruct", "L40S", 1, "bf16", 32768, 2),
  "deploy/mistral.yaml": manifest("mistral", "mistralai/Mistral-7B-Instruct-v0.3", "A10G", 1, "bf16", 16384, 1),
  "deploy/batch-70b.yaml": manifest("batch-70b", "meta-llama/Llama-3.1-70B-Instruct", "H200", 2, "bf16", 32768, 8),
};
// The pull request moves chat-70b to one GPU: it no longer fits.
const HEAD: Record<string, string> = { ...SIX, "deploy/chat-70b.yaml": SIX["deploy/chat-70b.yaml"]!.replace("count: 4", "count: 1") };

function checkTree(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "llm-physics-review-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return runCheck({ cwd: dir, paths: ["deploy"], config: defaultConfig(), baseline: null });
}

describe("the comment and the summary of a pull request that changes one of six deployments", () => {
  const head = checkTree(HEAD);
  const base = checkTree({ "deploy/chat-70b.yaml": SIX["deploy/chat-70b.yaml"]! });
  const changed = new Set(["deploy/chat-70b.yaml"]);
  const options: SummaryOptions = {
    links: { serverUrl: "https://github.com", repository: "acme/platform", sha: "4f6c2a9e0b1d3c5e7f9a8b6c4d2e0f1a3b5c7d9e" },
    runUrl: "https://github.com/acme/platform/actions/runs/9876543210",
    changedFiles: changed,
    base: new Map<string, DeploymentReport | null>([["deploy/chat-70b.yaml#chat-70b", base.deployments[0]!]]),
  };
  const comment = formatSummary(head, { ...options, comment: true, marker: "<!-- llm-physics-summary llm-physics/llm-physics -->", maxBytes: 60_000 });
  const summary = formatSummary(head, options);

  it("opens with the change, before → after and why, and stays a few KB", () => {
    expect(head.deployments).toHaveLength(6);
    const row = comment.split("\n").find((l) => l.startsWith("| [chat-70b]"))!;
    expect(row).toContain("4 → 1 × H100-SXM");
    expect(row).toContain("✅ pass → ❌ fail<br><sub>needs ");
    // Above the fold: the change comes before anything collapsed.
    expect(comment.indexOf("| [chat-70b]")).toBeLessThan(comment.indexOf("<details>"));
    expect(Buffer.byteLength(comment, "utf8")).toBeLessThan(8_000);
    expectGolden("comment-pr-one-of-six.md", comment);
  });

  it("keeps every deployment's details and every finding in the job summary", () => {
    expect(summary.split("\n").filter((l) => l.startsWith("<details><summary>") && l.includes(": memory in"))).toHaveLength(6);
    expectGolden("summary-pr-one-of-six.md", summary);
  });
});
