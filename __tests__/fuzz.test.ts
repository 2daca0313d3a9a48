import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/base/findings.js";
import type { CheckReport } from "../src/report/report.js";
import { checkRun, compareRuns, type RunResult } from "./fuzz/invariants.js";
import { FAMILIES, generateMutant, OPS } from "./fuzz/mutators.js";
import { loadSources } from "./fuzz/sources.js";
import { distinctViolations, formatViolation, superviseFuzz } from "./fuzz/supervisor.js";
import { REPO_ROOT } from "./helpers/cli.js";

/**
 * The short, fixed-seed run of the fuzzer (`npm run fuzz` is the long, time-bounded one). A fixed
 * number of iterations, not a time budget, so that every run checks the same mutants: three rounds
 * of the families, so every family at least three times. The run goes through the same supervisor as
 * the script, in a child process: a mutant that crashes or hangs the checker fails this test with
 * its name instead of taking the test runner down.
 */

const SEED = 0x0f022;
const ITERATIONS = 3 * FAMILIES.length;

function report(findings: Partial<Finding>[]): CheckReport {
  return {
    tool: { name: "llm-physics", version: "0.1.0" },
    deployments: [],
    findings: findings.map((f) => ({ ruleId: "yaml-syntax", severity: "error", message: "m", file: "x.yaml", line: 1, column: 1, endLine: 1, endColumn: 1, ...f })),
    skipped: [],
    summary: { errors: findings.length, warnings: 0, notices: 0, files: 1, deployments: 0, suppressed: 0 },
  };
}

function run(r: CheckReport, outputs: RunResult["outputs"] = {}, extra: Partial<RunResult> = {}): RunResult {
  return { report: r, outputs: { json: JSON.stringify(r, null, 2) + "\n", sarif: "{}\n", text: "", textVerbose: "", github: "", ...outputs }, errors: [], warnings: [], ms: 0, ...extra };
}

describe("fuzz harness", () => {
  const sources = loadSources(REPO_ROOT);

  it("reads every fixture and example, and the model configs", () => {
    expect(sources.manifests.length).toBeGreaterThan(60);
    expect(sources.configs.some((c) => c.origin === "examples/models/acme-chat-8b/config.json")).toBe(true);
  });

  it("makes the same mutant from the same seed and iteration, and covers every family in the fixed run", () => {
    for (let i = 0; i < ITERATIONS; i++) {
      const a = generateMutant(sources, SEED, i);
      const b = generateMutant(sources, SEED, i);
      expect(a.description).toBe(b.description);
      expect(a.entries.map((e) => [e.path, e.kind === "file" ? e.data.toString("base64") : e.kind])).toEqual(b.entries.map((e) => [e.path, e.kind === "file" ? e.data.toString("base64") : e.kind]));
    }
    const families = new Set(Array.from({ length: ITERATIONS }, (_, i) => generateMutant(sources, SEED, i).family));
    expect([...families].sort()).toEqual([...FAMILIES].sort());
    for (const family of FAMILIES) expect(OPS[family].length).toBeGreaterThan(0);
  });

  it("holds the invariants to what they are for (each catches a planted violation)", () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-fuzz-self-"));
    try {
      writeFileSync(join(dir, "x.yaml"), "a: 1\n");
      const inputs = { dir, repoRoot: REPO_ROOT, inputBytes: 5 };
      const invariants = (r: RunResult) => [...new Set(checkRun(r, inputs).map((p) => p.invariant))];
      expect(checkRun(run(report([])), inputs)).toEqual([]);
      expect(invariants(run(report([]), {}, { errors: [{ stage: "runCheck", message: "boom" }] }))).toEqual([1]);
      expect(invariants(run(report([]), { json: "{", sarif: "{" }))).toEqual([2]);
      expect(invariants(run(report([{ file: "../x.yaml" }, { line: 4 }, { column: 0 }])))).toContain(3);
      expect(invariants(run(report([]), { text: "x\n  ::error::pwned\n" }))).toEqual([5]);
      expect(invariants(run(report([]), { json: "{}\n", sarif: '{"a": "##[warning]x"}\n' }))).toContain(5);
      expect(invariants(run(report([]), { github: "::error::a\nplain\n" }))).toEqual([5]);
      expect(invariants(run(report([]), { text: "a\u001b[31m b\u2028" }))).toEqual([6]);
      expect(invariants(run(report([{ message: "a\rb" }])))).toEqual([6]);
      expect(invariants(run(report(Array.from({ length: 102 }, () => ({})))))).toEqual([7]);
      expect(invariants(run(report([]), { json: JSON.stringify({ pad: "x".repeat(200_100) }) }))).toContain(7);
      expect(invariants(run(report([]), {}, { warnings: ["Warning: leaked"] }))).toEqual([8]);
      expect(compareRuns({ json: "a" }, { json: "b" }, 4, "two runs").map((p) => p.invariant)).toEqual([4]);
      expect(compareRuns({ json: "a" }, { json: "b" }, 9, "utf16le", ["json"]).map((p) => p.invariant)).toEqual([9]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(
    `keeps every invariant on ${ITERATIONS} fixed-seed mutants (seed ${SEED})`,
    async () => {
      const outDir = mkdtempSync(join(tmpdir(), "llm-physics-fuzz-test-"));
      const summary = await superviseFuzz({
        repoRoot: REPO_ROOT,
        seed: SEED,
        start: 0,
        count: ITERATIONS,
        outDir,
        iterationTimeoutMs: 8_000,
        replayEvery: 3,
        replayAtEnd: ITERATIONS,
      });
      const distinct = distinctViolations(summary.violations);
      const message =
        `${summary.violations.length} violations (${distinct.length} distinct), mutants kept in ${outDir}:\n\n` +
        distinct.map((d) => `${formatViolation(d.smallest)}\n  seen ${d.count} times, in: ${d.families.join(", ")}`).join("\n\n");
      if (summary.violations.length > 0) console.error(message);
      expect(summary.iterations).toBe(ITERATIONS);
      expect(summary.violations.map((v) => `invariant ${v.invariant}: ${v.check} [${v.family}/${v.op}, iteration ${v.iteration}] ${v.path}`), message).toEqual([]);
      rmSync(outDir, { recursive: true, force: true });
    },
    90_000,
  );
});
