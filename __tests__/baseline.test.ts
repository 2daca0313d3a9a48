import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020Import from "ajv/dist/2020.js";
import { afterEach, describe, expect, it } from "vitest";
import { applyBaseline, createBaseline, parseBaseline, stableMessage, BaselineFormatError } from "../src/evaluate/baseline.js";
import type { Finding } from "../src/base/findings.js";
import { defaultConfig } from "../src/config/config.js";
import { runCheck } from "../src/pipeline/check.js";
import { BASELINE_FILE } from "../src/pipeline/baseline.js";
import { REPO_ROOT, runCli } from "./helpers/cli.js";
import { expectGolden } from "./helpers/golden.js";

/**
 * `llm-physics baseline` and a check against it: accepted findings are left out and counted,
 * whatever moved above them or in their numbers; a new one fails the run.
 */

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: "headroom-below-minimum",
  severity: "warning",
  message: "headroom 8.8% (1.9 GB of 21.7 GB usable per GPU) is below the minimum of 10%",
  file: "deploy/a.yaml",
  deployment: "chat",
  line: 10,
  column: 3,
  endLine: 10,
  endColumn: 9,
  ...over,
});

describe("the baseline, pure", () => {
  it("keeps a finding's words and drops its numbers and spacing", () => {
    expect(stableMessage("needs 160.7 GB  per GPU at 8,192 tokens, line 12")).toBe("needs # GB per GPU at # tokens, line #");
  });

  it("baselines a finding that moved or whose numbers changed, and nothing else", () => {
    const baseline = createBaseline([finding()]);
    const moved = finding({ line: 40, endLine: 40, message: "headroom 7.1% (1.5 GB of 21.7 GB usable per GPU) is below the minimum of 10%" });
    expect(applyBaseline([moved], baseline)).toEqual({ kept: [], baselined: [moved], unmatched: 0 });
    for (const other of [finding({ ruleId: "tier-above-target" }), finding({ file: "deploy/b.yaml" }), finding({ deployment: "other" }), finding({ message: "headroom 8.8% is negative" })]) {
      expect(applyBaseline([other], baseline).kept).toEqual([other]);
    }
  });

  it("counts identical findings: a second one of a kind is new, and fixed ones are unmatched", () => {
    const baseline = createBaseline([finding()]);
    expect(baseline.findings[0]!.count).toBe(1);
    const second = finding({ line: 30, endLine: 30 });
    expect(applyBaseline([second, finding()], baseline)).toEqual({ kept: [second], baselined: [finding()], unmatched: 0 });
    expect(applyBaseline([], createBaseline([finding(), second])).unmatched).toBe(2);
  });

  it("reads back what it writes, and names the first problem of a bad file", () => {
    const baseline = createBaseline([finding(), finding({ deployment: undefined, ruleId: "yaml-syntax" })]);
    expect(parseBaseline(JSON.stringify(baseline))).toEqual(baseline);
    expect(() => parseBaseline("{")).toThrow(BaselineFormatError);
    expect(() => parseBaseline("[]")).toThrow(/must be a JSON object/);
    expect(() => parseBaseline('{"version": 2, "findings": []}')).toThrow(/version 2.*reads version 1/);
    expect(() => parseBaseline('{"version": 1, "findings": [{"ruleId": "x", "file": "a", "hash": "h", "count": 0}]}')).toThrow(/findings\[0\]\.count/);
    expect(() => parseBaseline('{"version": 1, "findings": [{"ruleId": "x", "hash": "h"}]}')).toThrow(/findings\[0\]\.file/);
  });
});

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A repository of two example manifests: one error (70B in BF16 on one A100), some warnings. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), "llm-physics-baseline-"));
  dir = root;
  mkdirSync(join(root, ".git"));
  mkdirSync(join(root, "deploy"));
  for (const name of ["chat-70b-a100-bf16.yaml", "two-deployments.yaml"]) {
    writeFileSync(join(root, "deploy", name), readFileSync(join(REPO_ROOT, "examples", name), "utf8").replace("../schemas/", "../../schemas/"));
  }
  return root;
}

describe("llm-physics baseline, then check", () => {
  it("accepts today's findings: check passes and says how many are baselined", async () => {
    const repo = repository();
    expect((await runCli(["check"], repo)).code).toBe(1);
    const written = await runCli(["baseline"], repo);
    expect(written.code).toBe(0);
    expectGolden("cli/baseline-written.txt", written.stdout);
    expectGolden("cli/baseline.json", readFileSync(join(repo, BASELINE_FILE), "utf8"));
    const after = await runCli(["check"], repo);
    expect(after.code).toBe(0);
    expectGolden("cli/check-baselined.txt", after.stdout);
  });

  it("keeps them baselined when lines are added above them, and fails on a new one alone", async () => {
    const repo = repository();
    await runCli(["baseline"], repo);
    const file = join(repo, "deploy", "chat-70b-a100-bf16.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, `# a comment\n# and another\n${original}`);
    expect((await runCli(["check"], repo)).code).toBe(0);
    // The same mistake made again, in a deployment of its own: new.
    writeFileSync(join(repo, "deploy", "again.yaml"), original.replace("chat-70b-single-a100", "chat-70b-again"));
    const json = JSON.parse((await runCli(["check", "--format", "json"], repo)).stdout);
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.findings.every((f: Finding) => f.file === "deploy/again.yaml")).toBe(true);
    expect((await runCli(["check"], repo)).code).toBe(1);
    expect(json.summary.baselined).toBeGreaterThan(0);
  });

  it("puts the count in the JSON report, which validates against schemas/report.schema.json", async () => {
    const repo = repository();
    await runCli(["baseline"], repo);
    const report = JSON.parse((await runCli(["check", "--format", "json"], repo)).stdout);
    const Ajv2020 = ((Ajv2020Import as unknown as { default?: typeof Ajv2020Import.default }).default ?? Ajv2020Import) as typeof Ajv2020Import.default;
    const warnings: unknown[] = [];
    const validate = new Ajv2020({ allErrors: true, strict: true, logger: { log: () => {}, warn: (...w: unknown[]) => warnings.push(w), error: (...e: unknown[]) => warnings.push(e) } }).compile(JSON.parse(readFileSync(join(REPO_ROOT, "schemas", "report.schema.json"), "utf8")));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(warnings).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.summary.baselined).toBe(JSON.parse(readFileSync(join(repo, BASELINE_FILE), "utf8")).findings.reduce((n: number, e: { count: number }) => n + e.count, 0));
  });

  it("has no baselined count without a baseline, and --no-baseline and --baseline F choose", async () => {
    const repo = repository();
    const plain = JSON.parse((await runCli(["check", "--format", "json"], repo)).stdout);
    expect(plain.summary.baselined).toBeUndefined();
    await runCli(["baseline", "--baseline", "other/accepted.json"], repo);
    expect((await runCli(["check"], repo)).code).toBe(1);
    expect((await runCli(["check", "--baseline", "other/accepted.json"], repo)).code).toBe(0);
    await runCli(["baseline"], repo);
    const all = JSON.parse((await runCli(["check", "--no-baseline", "--format", "json"], repo)).stdout);
    expect(all.findings).toEqual(plain.findings);
    expect((await runCli(["check", "--no-baseline", "--baseline", "x.json"], repo)).code).toBe(2);
  });

  it("is read by the pipeline itself, so the action honours it too", async () => {
    const repo = repository();
    await runCli(["baseline"], repo);
    const report = runCheck({ cwd: repo, paths: [], config: defaultConfig() });
    expect(report.findings).toEqual([]);
    expect(report.summary.baselined).toBeGreaterThan(0);
    expect(runCheck({ cwd: repo, paths: [], config: defaultConfig(), baseline: null }).summary.baselined).toBeUndefined();
  });

  it("says what is wrong with a baseline it cannot use, as a configuration error", async () => {
    const repo = repository();
    mkdirSync(join(repo, ".llm-physics"));
    writeFileSync(join(repo, BASELINE_FILE), '{"version": 1, "findings": [{"ruleId": "x"}]}');
    const bad = await runCli(["check"], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("llm-physics: .llm-physics/baseline.json: the baseline file findings[0].file must be a non-empty string\n");
    expect((await runCli(["check", "--baseline", "missing.json"], repo)).stderr).toMatch(/^llm-physics: missing\.json: baseline file not found/);
    const outside = mkdtempSync(join(tmpdir(), "llm-physics-outside-"));
    try {
      expect((await runCli(["baseline", "--baseline", join(outside, "b.json")], repo)).stderr).toMatch(/must be inside the repository/);
      rmSync(join(repo, ".llm-physics"), { recursive: true });
      symlinkSync(outside, join(repo, ".llm-physics"));
      const refused = await runCli(["baseline"], repo);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/leads outside the repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
