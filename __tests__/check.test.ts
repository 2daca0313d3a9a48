import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import Ajv2020Import from "ajv/dist/2020.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FormatAdapter } from "../src/adapt/index.js";
import { NO_REFERENCES } from "../src/adapt/references.js";
import { adaptDocument, runCheck, VERSION } from "../src/pipeline/check.js";
import type { Finding } from "../src/base/findings.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";
import { loadConfig } from "../src/config/config.js";
import { runBuiltCli, runCli, REPO_ROOT } from "./helpers/cli.js";
import { expectGolden } from "./helpers/golden.js";
import { formatReport } from "../src/report/index.js";

const GOOD = `apiVersion: llm-physics/v1
kind: InferenceDeployment
metadata:
  name: good
spec:
  model: llama-3.1-8b
  precision: fp8
  hardware:
    gpu: L4
    count: 1
  serving:
    contextLength: 8192
`;

function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "llm-physics-check-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe("llm-physics check on the bundled examples", () => {
  for (const format of ["text", "json", "sarif", "github"] as const) {
    it(`${format} output is pinned`, async () => {
      const r = (await runCli(["check", "examples", "--format", format]));
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1);
      expectGolden(`check-examples.${format === "text" ? "txt" : format === "github" ? "github.txt" : format}`, r.stdout);
    });
  }

  it("JSON report names the contract's fields", async () => {
    const report = JSON.parse((await runCli(["check", "examples", "--format", "json"])).stdout);
    expect(report.summary).toMatchObject({ files: expect.any(Number), deployments: 21 });
    const tp4 = report.deployments.find((d: { name: string }) => d.name === "chat-70b-h100-tp4");
    expect(tp4).toMatchObject({ file: "examples/chat-70b-h100-tp4.yaml", line: 6, tier: "infrastructure", verdict: "pass" });
    expect(tp4.scenarios.fp8.fits).toBe(true);
    const f = report.findings[0];
    expect(Object.keys(f)).toEqual(expect.arrayContaining(["ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn"]));
  });

  it("JSON report validates against schemas/report.schema.json", async () => {
    type Ajv2020Class = typeof Ajv2020Import.default;
    const Ajv2020 = ((Ajv2020Import as unknown as { default?: Ajv2020Class }).default ?? Ajv2020Import) as Ajv2020Class;
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, "schemas", "report.schema.json"), "utf8"));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const report = JSON.parse((await runCli(["check", "examples", "--format", "json"])).stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it("reports the version package.json declares", async () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).version);
    expect((await runCli(["--version"])).stdout).toBe(`${VERSION}\n`);
  });

  it("the pre-filter changes nothing but speed", async () => {
    const config = loadConfig(null, REPO_ROOT);
    const withFilter = runCheck({ cwd: REPO_ROOT, paths: ["examples", "__tests__/fixtures"], config, prefilter: true });
    const without = runCheck({ cwd: REPO_ROOT, paths: ["examples", "__tests__/fixtures"], config, prefilter: false });
    expect(without).toEqual(withFilter);
  });
});

describe("--format markdown", () => {
  it("prints the job summary the action writes, and refuses --verbose", async () => {
    const r = (await runCli(["check", "examples", "--format", "markdown", "--fail-on", "never"]));
    expect(r.code).toBe(0);
    const report = runCheck({ cwd: REPO_ROOT, paths: ["examples"], config: loadConfig(null, REPO_ROOT) });
    expect(r.stdout).toBe(formatReport("markdown", report));
    expect(r.stdout.startsWith("## llm-physics\n")).toBe(true);
    const verbose = (await runCli(["check", "examples", "--format", "markdown", "--verbose"]));
    expect([verbose.code, verbose.stderr]).toEqual([2, "llm-physics: --verbose is for the text format; --format markdown is the job summary\n"]);
  });
});

describe("exit codes and --fail-on", () => {
  // FP8 on an A100 is a warning (fp8-not-native); nothing else is wrong.
  const dir = repo({ "ok.yaml": GOOD, "warn.yaml": GOOD.replace("name: good", "name: warn").replace("gpu: L4", "gpu: A100-80GB") });

  it("0 when nothing is at or above --fail-on (default error)", async () => {
    expect((await runCli(["check"], dir)).code).toBe(0);
  });

  it("1 when a finding is at or above it", async () => {
    const r = (await runCli(["check", "--fail-on", "warning"], dir));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^warn\.yaml:7:14: warning .* \[fp8-not-native\]$/m);
  });

  it("never fails with --fail-on never", async () => {
    expect((await runCli(["check", "examples", "--fail-on", "never"])).code).toBe(0);
  });

  it("2 for usage and configuration errors", async () => {
    expect((await runCli(["check", "--fail-on", "sometimes"], dir)).stderr).toMatch(/--fail-on must be one of error, warning, notice, never/);
    expect((await runCli(["check", "--format", "xml"], dir)).code).toBe(2);
    expect((await runCli(["check", "missing-dir"], dir)).stderr).toMatch(/path "missing-dir" does not exist/);
    expect((await runCli(["check", tmpdir()], dir)).stderr).toMatch(/is outside the repository/);
    expect((await runCli(["check", "--config", "nope.yml"], dir)).code).toBe(2);
    const badConfig = repo({ ".llm-physics.yml": "rules:\n  vram-exceeds-capacity: loud\n", "ok.yaml": GOOD });
    const r = (await runCli(["check"], badConfig));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.llm-physics\.yml:2/);
  });
});

describe("bad input never crashes and is never skipped in silence", async () => {
  const marker = "# kind: InferenceDeployment\n";
  const files: Record<string, string | Buffer> = {
    "good.yaml": GOOD,
    "not-yaml.yaml": `${marker}kind: InferenceDeployment\nspec: [unclosed\n`,
    "tabs.yaml": `${marker}kind: InferenceDeployment\nspec:\n\tmodel: x\n`,
    "duplicate.yaml": GOOD.replace("  precision: fp8\n", "  precision: fp8\n  precision: bf16\n"),
    "bomb.yaml": `${marker}a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    "deep.yaml": `${marker}kind: InferenceDeployment\nspec: ${"[".repeat(5000)}${"]".repeat(5000)}\n`,
    "huge-number.yaml": GOOD.replace("count: 1", "count: 100000000000000000000000000000"),
    "string-number.yaml": GOOD.replace("count: 1", "count: four"),
    "proto.yaml": GOOD.replace("metadata:\n", "metadata:\n  __proto__:\n    polluted: true\n"),
    "escape.yaml": GOOD.replace("model: llama-3.1-8b", "model: ../../../etc/config.json"),
    "crlf.yaml": GOOD.replace(/\n/g, "\r\n").replace("name: good", "name: crlf"),
    "bom.yaml": "\uFEFF" + GOOD.replace("name: good", "name: bom"),
    "inline-bad.yaml": GOOD.replace(
      "  model: llama-3.1-8b\n",
      "  model:\n    name: tiny\n    maxContextTokens: 4096\n    architecture:\n      hiddenSize: 64\n      numLayers: 2\n      vocabSize: 100\n      tieWordEmbeddings: true\n      attention: {kind: standard, numHeads: 4, numKvHeads: 3, headDim: 16}\n      norm: rmsnorm\n      normsPerLayer: 2\n",
    ),
    "empty.yaml": "",
    "comments.yaml": "# nothing here\n# at all\n",
    "binary.yaml": Buffer.concat([Buffer.from("kind: InferenceDeployment\n"), Buffer.from([0, 1, 2, 3])]),
  };
  const dir = repo(files);
  symlinkSync(join(dir, "gone.yaml"), join(dir, "dangling.yaml"));
  const r = (await runCli(["check", ".", "empty.yaml", "comments.yaml", "binary.yaml", "dangling.yaml", "--format", "json"], dir));
  const report = JSON.parse(r.stdout);
  const at = (file: string) => report.findings.filter((f: { file: string }) => f.file === file);

  it("exits 1 without a crash and still checks the good files", async () => {
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const names = report.deployments.map((d: { name: string }) => d.name);
    expect(names).toEqual(expect.arrayContaining(["good", "crlf", "bom"]));
  });

  const expectations: Array<[string, string, number, RegExp]> = [
    ["not-yaml.yaml", "yaml-syntax", 4, /not valid YAML/],
    ["tabs.yaml", "yaml-syntax", 4, /tab used for indentation/],
    ["duplicate.yaml", "yaml-syntax", 8, /duplicate key/],
    ["bomb.yaml", "yaml-syntax", 2, /YAML bomb/],
    ["deep.yaml", "yaml-syntax", 3, /nested (more than|too deeply)/],
    ["huge-number.yaml", "schema", 10, /spec\.hardware\.count/],
    ["string-number.yaml", "schema", 10, /spec\.hardware\.count must be a positive integer, got "four"/],
    ["proto.yaml", "schema", 4, /__proto__/],
    ["escape.yaml", "unknown-model", 6, /leads outside the repository/],
    ["inline-bad.yaml", "unknown-model", 6, /inline architecture cannot be computed: it has neither mlp nor moe.*numKvHeads 3/],
    ["empty.yaml", "yaml-syntax", 1, /empty or only comments/],
    ["comments.yaml", "yaml-syntax", 1, /empty or only comments/],
    ["binary.yaml", "yaml-syntax", 1, /binary/],
    ["dangling.yaml", "yaml-syntax", 1, /is a symlink whose target does not exist/],
  ];
  for (const [file, ruleId, line, message] of expectations) {
    it(`${file}: ${ruleId} at line ${line}`, async () => {
      const found = at(file);
      expect(found.length, JSON.stringify(report.findings, null, 1)).toBeGreaterThan(0);
      expect(found[0]).toMatchObject({ ruleId, line });
      expect(found[0].message).toMatch(message);
    });
  }

  it("keeps CRLF and BOM files' lines right", async () => {
    const crlf = report.deployments.find((d: { name: string }) => d.name === "crlf");
    expect(crlf.line).toBe(4);
  });
});

describe("discovery", () => {
  it("skips unrelated YAML, node_modules and symlinks that leave the repository", async () => {
    const outside = repo({ "secret.yaml": GOOD.replace("name: good", "name: outside") });
    const dir = repo({
      "deploy/a.yaml": GOOD,
      "deploy/service.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n",
      "deploy/broken-unrelated.yaml": "this: [is: not\n",
      "node_modules/pkg/x.yaml": GOOD.replace("name: good", "name: vendored"),
      "dist/x.yml": GOOD.replace("name: good", "name: built"),
    });
    symlinkSync(join(outside, "secret.yaml"), join(dir, "deploy", "link.yaml"));
    const report = JSON.parse((await runCli(["check", "--format", "json"], dir)).stdout);
    expect(report.deployments.map((d: { name: string }) => d.name)).toEqual(["good"]);
    expect(report.summary.files).toBe(1);
    expect(report.findings).toEqual([]);
    expect(report.skipped).toEqual([{ file: "deploy/link.yaml", reason: "symlink that leads outside the repository; not followed" }]);
  });

  it("honours include and exclude from .llm-physics.yml", async () => {
    const dir = repo({
      ".llm-physics.yml": "include: ['prod/**/*.yaml']\nexclude: ['**/skip/**']\n",
      "prod/a.yaml": GOOD,
      "prod/skip/b.yaml": GOOD.replace("name: good", "name: skipped"),
      "dev/c.yaml": GOOD.replace("name: good", "name: dev"),
    });
    const report = JSON.parse((await runCli(["check", "--format", "json"], dir)).stdout);
    expect(report.deployments.map((d: { name: string }) => d.name)).toEqual(["good"]);
  });

  it("refuses files over the size limit with a finding, and checks the rest", async () => {
    const dir = repo({
      ".llm-physics.yml": "maxFileSizeBytes: 1000\n",
      "big.yaml": GOOD + "#" + "x".repeat(2000) + "\n",
      "small.yaml": GOOD.replace("name: good", "name: small"),
    });
    const report = JSON.parse((await runCli(["check", "--format", "json"], dir)).stdout);
    expect(report.deployments.map((d: { name: string }) => d.name)).toEqual(["small"]);
    expect(report.findings).toEqual([
      expect.objectContaining({ file: "big.yaml", line: 1, ruleId: "yaml-syntax", message: "file is 2,195 bytes, over the limit of 1,000 bytes; split it, or raise maxFileSizeBytes in .llm-physics.yml" }),
    ]);
  });

  it("accepts globs on the command line", async () => {
    const dir = repo({ "a/x.yaml": GOOD, "b/y.yaml": GOOD.replace("name: good", "name: other") });
    const report = JSON.parse((await runCli(["check", "b/*.yaml", "--format", "json"], dir)).stdout);
    expect(report.deployments.map((d: { name: string }) => d.name)).toEqual(["other"]);
  });
});

describe("the built CLI runs check", () => {
  it("as a user's shell does", async () => {
    const r = runBuiltCli(["check", "examples", "--format", "text"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\[vram-exceeds-capacity\]/);
  });
});

describe("an adapter that fails", () => {
  it("is reported on the document as not checked, and the next documents are still read", async () => {
    const file = parseYamlFile("deploy/odd.yaml", "kind: Odd\nspec: {}\n");
    const findings: Finding[] = [];
    const failing: FormatAdapter = {
      format: "odd-format",
      markers: ["Odd"],
      adapt: () => {
        throw new TypeError("cannot read properties of undefined");
      },
    };
    const never: FormatAdapter = { format: "other", markers: [], adapt: () => null };
    expect(adaptDocument(file.documents[0]!, "deploy/odd.yaml", "/r/deploy/odd.yaml", NO_REFERENCES, findings, [failing, never])).toBeNull();
    expect(findings).toEqual([
      {
        ruleId: "incomplete-deployment",
        severity: "warning",
        message:
          "this document could not be read as odd-format (cannot read properties of undefined), so it is not checked; please report it with the document to the llm-physics issue tracker",
        file: "deploy/odd.yaml",
        line: 1,
        column: 1,
        endLine: 3,
        endColumn: 1,
      },
    ]);
    expect(adaptDocument(file.documents[0]!, "deploy/odd.yaml", "/r/deploy/odd.yaml", NO_REFERENCES, [], [never])).toBeNull();
  });
});

describe("paths that match nothing are never a green run of 0 deployments", () => {
  it("a glob that matches no file exits 2 naming it; one whose files are all excluded says so", async () => {
    const dir = repo({ "deploy/chat.yaml": GOOD, ".llm-physics.yml": "exclude: ['legacy/**']\n", "legacy/old.yaml": GOOD });
    const none = await runCli(["check", "deploy", "prod/**/*.yaml"], dir);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain(`glob "prod/**/*.yaml" matches no file (relative to ${dir}); fix the pattern, or remove it from the paths`);
    const excluded = await runCli(["check", "legacy/*.yaml"], dir);
    expect(excluded.code).toBe(2);
    expect(excluded.stderr).toContain(`glob "legacy/*.yaml" matches no file (relative to ${dir}): the file it matches is excluded (`);
    expect(excluded.stderr).toContain(`"legacy/**"`);
  });

  it("a directory with no YAML file in it is not an error: the report counts 0 files", async () => {
    const dir = repo({ "docs/README.md": "# nothing to check\n" });
    const r = await runCli(["check", "docs", "--format", "json"], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 0, deployments: 0 });
  });
});

describe("only some files (only-changed): a deployment whose runtime changed is checked too", () => {
  const DIR = "__tests__/fixtures/kserve-runtime";
  const config = loadConfig(null, REPO_ROOT);

  it("lists the other files a deployment reads", () => {
    const report = runCheck({ cwd: REPO_ROOT, paths: [DIR], config });
    const reads = Object.fromEntries(report.deployments.map((d) => [d.name, d.reads]));
    expect(reads).toEqual({
      "llama-70b": [`${DIR}/h100-cluster-runtime.yaml`],
      "llama-8b": [`${DIR}/vllm-runtime.yaml`],
      "llama-3-1-70b-instruct-2xh100": [`${DIR}/nim-llama-70b-runtime.yaml`],
      "qwen-elsewhere": undefined,
    });
  });

  it("checks the InferenceService, unchanged, when only its ServingRuntime changed", () => {
    const report = runCheck({ cwd: REPO_ROOT, paths: [DIR], config, onlyFiles: new Set([`${DIR}/vllm-runtime.yaml`]) });
    expect(report.deployments.map((d) => [d.name, d.reads])).toEqual([["llama-8b", [`${DIR}/vllm-runtime.yaml`]]]);
    // The runtime's file and the InferenceService's.
    expect(report.summary.files).toBe(2);
    const full = runCheck({ cwd: REPO_ROOT, paths: [DIR], config });
    expect(report.deployments[0]).toEqual(full.deployments.find((d) => d.name === "llama-8b"));
  });

  it("checks the manifest whose model's config.json alone changed", () => {
    const report = runCheck({ cwd: REPO_ROOT, paths: ["examples"], config, onlyFiles: new Set(["examples/models/acme-chat-8b/config.json"]) });
    expect(report.deployments.map((d) => [d.name, d.file, d.reads])).toEqual([["acme-chat-8b", "examples/custom-finetune.yaml", ["examples/models/acme-chat-8b/config.json"]]]);
  });

  it("checks no other file when the changed files are read by no deployment", () => {
    const report = runCheck({ cwd: REPO_ROOT, paths: [DIR], config, onlyFiles: new Set(["README.md"]) });
    expect(report.deployments).toEqual([]);
    expect(report.summary.files).toBe(0);
  });
});
