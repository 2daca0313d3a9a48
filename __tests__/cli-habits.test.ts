import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020Import from "ajv/dist/2020.js";
import { afterEach, describe, expect, it } from "vitest";
import { useColor } from "../src/cli/main.js";
import { locateRepository } from "../src/cli/repository.js";
import { createAjv } from "../src/validate/schema-validator.js";
import { REPO_ROOT, runCli } from "./helpers/cli.js";
import { expectGolden } from "./helpers/golden.js";

/** Per-command help, colour, the repository found from any folder of it, the problem matcher, AJV without warnings. */

const COMMANDS = ["check", "estimate", "baseline", "lock", "models", "gpus"];
const ANSI = /\u001b\[/;

describe("--help", () => {
  it.each(COMMANDS)("llm-physics %s --help says its options and examples", async (command) => {
    const r = await runCli([command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: llm-physics ${command}`));
    expect(r.stdout).toContain("Examples:\n");
    expect((await runCli(["help", command])).stdout).toBe(r.stdout);
    expect((await runCli([command, "-h", "--format", "json"])).stdout).toBe(r.stdout);
    expectGolden(`cli/help-${command}.txt`, r.stdout);
  });

  it("llm-physics --help lists every command", async () => {
    const r = await runCli(["--help"]);
    for (const command of COMMANDS) expect(r.stdout).toContain(`llm-physics ${command} `);
    expectGolden("cli/help.txt", r.stdout);
    const unknown = await runCli(["chekc"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("the commands are check, estimate, baseline, lock, models, gpus");
  });
});

describe("--color", () => {
  it("auto colours a terminal; NO_COLOR turns it off, FORCE_COLOR decides before both; always and never win", () => {
    expect(useColor(undefined, { isTTY: true, env: {} })).toBe(true);
    expect(useColor("auto", { isTTY: false, env: {} })).toBe(false);
    expect(useColor("auto", { isTTY: true, env: { NO_COLOR: "1" } })).toBe(false);
    expect(useColor("auto", { isTTY: true, env: { NO_COLOR: "" } })).toBe(true);
    expect(useColor("auto", { isTTY: false, env: { FORCE_COLOR: "1" } })).toBe(true);
    expect(useColor("auto", { isTTY: false, env: { FORCE_COLOR: "", NO_COLOR: "1" } })).toBe(true);
    expect(useColor("auto", { isTTY: true, env: { FORCE_COLOR: "0" } })).toBe(false);
    expect(useColor("always", { isTTY: false, env: { NO_COLOR: "1" } })).toBe(true);
    expect(useColor("never", { isTTY: true, env: { FORCE_COLOR: "3" } })).toBe(false);
  });

  it("paints the text report only, and refuses a value it does not know", async () => {
    const args = ["check", "examples/two-deployments.yaml", "--fail-on", "never"];
    const painted = await runCli([...args, "--color", "always"]);
    expect(painted.stdout).toMatch(ANSI);
    expect(painted.stdout.replace(/\u001b\[\d+m/g, "")).toBe((await runCli(args)).stdout);
    expect((await runCli(args, REPO_ROOT, { HF_HUB_OFFLINE: "1", FORCE_COLOR: "1" })).stdout).toMatch(ANSI);
    expect((await runCli([...args, "--format", "json", "--color", "always"])).stdout).not.toMatch(ANSI);
    const bad = await runCli([...args, "--color", "sometimes"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('llm-physics: --color must be one of auto, always, never, got "sometimes"\n');
  });
});

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

/** A git repository: `.git`, a config turning the tier rule off, one manifest two folders down. */
function repo(config: string | null = "rules:\n  tier-above-target: off\n"): string {
  // Inside a folder of its own, so that what a test writes above the repository stays the test's.
  const root = join(temp("llm-physics-outer-"), "repo");
  mkdirSync(join(root, ".git"), { recursive: true });
  mkdirSync(join(root, "deploy", "team"), { recursive: true });
  if (config !== null) writeFileSync(join(root, ".llm-physics.yml"), config);
  writeFileSync(join(root, "deploy", "team", "two.yaml"), readFileSync(join(REPO_ROOT, "examples", "two-deployments.yaml"), "utf8"));
  return root;
}

describe("the repository, from any folder of it", () => {
  it("finds .llm-physics.yml by walking up, and names files from the repository root", async () => {
    const root = repo();
    const r = await runCli(["check", "--format", "json"], join(root, "deploy", "team"));
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["headroom-below-minimum"]);
    expect(report.deployments.map((d: { file: string }) => d.file)).toEqual(["deploy/team/two.yaml", "deploy/team/two.yaml"]);
    // Relative paths are the working directory's.
    expect(JSON.parse((await runCli(["check", "two.yaml", "--format", "json"], join(root, "deploy", "team"))).stdout).findings).toEqual(report.findings);
    expect(JSON.parse((await runCli(["check", "../team", "--format", "json"], join(root, "deploy", "team"))).stdout).findings).toEqual(report.findings);
  });

  it("takes the nearest config, and never one above the git root", async () => {
    const root = repo(null);
    writeFileSync(join(root, "..", ".llm-physics.yml"), "rules: { headroom-below-minimum: off }\n"); // above the git root: never read
    writeFileSync(join(root, "deploy", ".llm-physics.yml"), "rules:\n  headroom-below-minimum: off\n");
    expect(locateRepository(join(root, "deploy", "team"), [], null)).toEqual({ root: join(root, "deploy"), paths: ["team"], config: null });
    expect(locateRepository(root, [], null)).toEqual({ root, paths: [], config: null });
    const ids = (stdout: string) => JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids((await runCli(["check", "--format", "json"], join(root, "deploy", "team"))).stdout)).toEqual(["tier-above-target"]);
    expect(ids((await runCli(["check", "--format", "json"], root)).stdout)).toEqual(["headroom-below-minimum", "tier-above-target"]);
  });

  it("accepts absolute paths inside the repository from any working directory", async () => {
    const root = repo();
    const manifest = join(root, "deploy", "team", "two.yaml");
    mkdirSync(join(root, "docs"));
    const fromDocs = await runCli(["check", manifest, "--fail-on", "never"], join(root, "docs"));
    const elsewhere = await runCli(["check", manifest, "--fail-on", "never"], temp("llm-physics-elsewhere-"));
    expect(fromDocs.code).toBe(0);
    expect(fromDocs.stdout).toMatch(/^deploy\/team\/two\.yaml:10:3: warning headroom/);
    expect(elsewhere.stdout).toBe(fromDocs.stdout);
    // A folder of no repository is still the working directory's to contain.
    const loose = temp("llm-physics-loose-");
    writeFileSync(join(loose, "a.yaml"), "x: 1\n");
    const refused = await runCli(["check", join(loose, "a.yaml")], temp("llm-physics-elsewhere-"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is outside the repository/);
  });

  it("keeps --config inside the repository", async () => {
    const root = repo();
    const outside = temp("llm-physics-outside-");
    writeFileSync(join(outside, "c.yml"), "rules: {}\n");
    const r = await runCli(["check", "--config", join(outside, "c.yml")], join(root, "deploy"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/must be inside the repository/);
    const inside = await runCli(["check", "--config", "../.llm-physics.yml", "--format", "json"], join(root, "deploy"));
    expect(JSON.parse(inside.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["headroom-below-minimum"]);
  });
});

describe("the problem matcher", () => {
  const matcher = JSON.parse(readFileSync(join(REPO_ROOT, ".github", "llm-physics-matcher.json"), "utf8"));
  const pattern = matcher.problemMatcher[0].pattern[0];
  const regexp = new RegExp(pattern.regexp);

  it("reads every finding line of the text report, and nothing else", async () => {
    const args = ["check", "examples", "--fail-on", "never", "--color", "never"];
    const text = (await runCli(args)).stdout;
    const json = JSON.parse((await runCli([...args.slice(0, -2), "--format", "json"])).stdout);
    const matched = text.split("\n").flatMap((line) => {
      const m = regexp.exec(line);
      return m ? [{ file: m[pattern.file], line: Number(m[pattern.line]), column: Number(m[pattern.column]), severity: m[pattern.severity], ruleId: m[pattern.code] }] : [];
    });
    expect(matched).toEqual(json.findings.map((f: Record<string, unknown>) => ({ file: f.file, line: f.line, column: f.column, severity: f.severity, ruleId: f.ruleId })));
    expect(matcher.problemMatcher[0].owner).toBe("llm-physics");
  });

  it("takes the first line of a multi-line message", () => {
    const m = regexp.exec("deploy/a.yaml:3:5: error the first line of it")!;
    expect([m[pattern.file], m[pattern.message], m[pattern.code]]).toEqual(["deploy/a.yaml", "the first line of it", undefined]);
  });
});

describe("AJV strict mode", () => {
  it("compiles every schema without a warning", () => {
    const said: unknown[] = [];
    const logger = { log: () => {}, warn: (...w: unknown[]) => said.push(w), error: (...e: unknown[]) => said.push(e) };
    const Ajv2020 = ((Ajv2020Import as unknown as { default?: typeof Ajv2020Import.default }).default ?? Ajv2020Import) as typeof Ajv2020Import.default;
    // The report schema as the tests and users compile it: AJV's defaults, strict included.
    new Ajv2020({ allErrors: true, logger }).compile(JSON.parse(readFileSync(join(REPO_ROOT, "schemas", "report.schema.json"), "utf8")));
    for (const name of ["config", "inference-deployment"]) {
      createAjv({ logger }).compile(JSON.parse(readFileSync(join(REPO_ROOT, "schemas", `${name}.schema.json`), "utf8")));
    }
    expect(said).toEqual([]);
  });
});
