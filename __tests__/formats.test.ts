import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "./helpers/cli.js";
import { expectGolden } from "./helpers/golden.js";

/**
 * One golden file per manifest format: `llm-physics check <fixtures> --verbose` over the format's
 * fixtures, so that what each reader understood (model, GPU, count, parallelism, context,
 * precision, memory fraction, each with the line and path it came from) and the findings built on
 * it are reviewed together. A change in any reader shows as a diff of its format's file
 * (UPDATE_GOLDEN=1 rewrites them).
 */

const FORMAT_DIRS = ["kubernetes", "kserve", "kserve-runtime", "helm", "launchers", "nim-kubeai", "nim-cache", "ray", "gpus", "kaito", "dynamo", "aibrix", "unread", "ome"];

describe("what each format's reader understood, with the findings", () => {
  for (const dir of FORMAT_DIRS) {
    it(`${dir}: facts and findings are pinned`, async () => {
      const r = (await runCli(["check", `__tests__/fixtures/${dir}`, "--verbose", "--fail-on", "never"]));
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expectGolden(`formats/${dir}.txt`, r.stdout);
    });
  }

  it("every fixture directory of a format has its golden file", async () => {
    const fixtures = readdirSync(join(REPO_ROOT, "__tests__", "fixtures")).filter((d) => !["hf-config", "validate"].includes(d));
    expect(fixtures.sort()).toEqual([...FORMAT_DIRS].sort());
  });

  it("--verbose lists every fact under its deployment, and is refused with a machine format", async () => {
    const r = (await runCli(["check", "examples/kubernetes-vllm.yaml", "--verbose"]));
    const lines = r.stdout.split("\n");
    const head = lines.findIndex((l) => l.startsWith("examples/kubernetes-vllm.yaml:16 qwen-7b"));
    expect(lines.slice(head + 1, head + 4)).toEqual([
      "    read as kubernetes; model from the catalog",
      "    model              Qwen/Qwen2.5-7B-Instruct   line 33 spec.template.spec.containers[0].args[0] (--model)",
      '    GPU                NVIDIA-A10G → A10G         line 28 spec.template.spec.nodeSelector["nvidia.com/gpu.product"]',
    ]);
    const refused = (await runCli(["check", "examples", "--verbose", "--format", "json"]));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--verbose is for the text format");
  });
});
