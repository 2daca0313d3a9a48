import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../src/pipeline/check.js";
import { defaultConfig } from "../src/config/config.js";
import type { CheckReport } from "../src/report/report.js";
import { formatReport } from "../src/report/index.js";
import { REPO_ROOT } from "./helpers/cli.js";

/**
 * The abuse cases of a pull request from a stranger, each as an attacker would try it, run
 * through the built CLI (`dist/cli.js`) in a child process, as a `run:` step runs it: nothing
 * outside the repository is read, listed or echoed; no value becomes a workflow command; every
 * encoding and shape gives the same answer every time; the cost stays bounded.
 */

const NATIVE = (name: string, model = "llama-3.1-8b", gpu = "L4") => `apiVersion: llm-physics/v1
kind: InferenceDeployment
metadata:
  name: ${name}
spec:
  model: ${model}
  precision: fp8
  hardware:
    gpu: ${gpu}
    count: 1
  serving:
    contextLength: 8192
`;

const KUBERNETES = (model: string, gpuLabel = "NVIDIA-A10G") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: qwen-7b
spec:
  template:
    spec:
      nodeSelector:
        nvidia.com/gpu.product: ${gpuLabel}
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.6.3
          args:
            - ${JSON.stringify(`--model=${model}`)}
            - --max-model-len=16384
          resources:
            limits:
              nvidia.com/gpu: "1"
`;

/** A secret in the environment of the child, as a runner's would be, and in a file outside the repository. */
const SECRET = "ghp_HARDENINGtestSECRET0123456789abcdefXY";

function repo(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "llm-physics-hardening-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** The built CLI in a child process, killed after `timeoutMs` (a hang is a failure, not a stuck suite). */
function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 30_000, nodeArgs: string[] = []): Run {
  const result = spawnSync(process.execPath, [...nodeArgs, join(REPO_ROOT, "dist", "cli.js"), ...args], {
    cwd,
    // Offline: no test reaches the real Hugging Face Hub.
    env: { PATH: process.env.PATH, LEAKED_SECRET: SECRET, HF_HUB_OFFLINE: "1", ...env },
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "", timedOut: result.error !== undefined };
}

function allFormats(dir: string, paths: string[] = ["."]): Record<string, Run> {
  const runs: Record<string, Run> = {};
  for (const format of ["text", "json", "sarif", "github"]) runs[format] = cli(["check", ...paths, "--format", format, "--fail-on", "never"], dir, { GITHUB_ACTIONS: "true" });
  return runs;
}

/** No line that the runner would take as a workflow command: `::…` after white space, or `##[` anywhere. */
function commandLines(output: string): string[] {
  return output.split("\n").filter((line) => /^\s*::/.test(line) || line.includes("##["));
}

describe("nothing outside the repository is read, listed or echoed", () => {
  const outside = repo({ "secret.yaml": NATIVE("outside"), "passwd": `root:x:0:0:${SECRET}:/root:/bin/bash\n` });

  it("a config.json symlinked to /proc/self/environ or /dev/zero is refused unopened", () => {
    const dir = repo({
      "environ.yaml": NATIVE("environ", "models/environ"),
      "zero.yaml": NATIVE("zero", "models/zero"),
      "outside.yaml": NATIVE("outside-file", "models/outside"),
    });
    for (const [name, target] of [["environ", "/proc/self/environ"], ["zero", "/dev/zero"], ["outside", join(outside, "passwd")]] as const) {
      mkdirSync(join(dir, "models", name), { recursive: true });
      symlinkSync(target, join(dir, "models", name, "config.json"));
    }
    const runs = allFormats(dir);
    for (const [format, run] of Object.entries(runs)) {
      expect(run.timedOut, format).toBe(false);
      expect(run.stdout + run.stderr, format).not.toContain(SECRET);
      expect(run.stdout, format).not.toContain("/proc/");
      expect(run.stdout, format).not.toContain(outside);
    }
    const report = JSON.parse(runs.json!.stdout);
    const messages = report.findings.filter((f: { ruleId: string }) => f.ruleId === "unknown-model").map((f: { file: string; message: string }) => [f.file, f.message]);
    expect(messages).toHaveLength(3);
    for (const [, message] of messages) expect(message).toContain("is a symlink that leads outside the repository, so it is not read");
  });

  it("--config outside the repository, or a .llm-physics.yml linked out of it, is refused without echoing the file", () => {
    const dir = repo({ "ok.yaml": NATIVE("ok") });
    const passwd = cli(["check", "--config", join(outside, "passwd")], dir);
    expect(passwd.code).toBe(2);
    expect(passwd.stderr).toMatch(/the configuration file must be inside the repository/);
    expect(passwd.stderr + passwd.stdout).not.toContain(SECRET);
    const etc = cli(["check", "--config", "/etc/passwd"], dir);
    expect(etc.code).toBe(2);
    expect(etc.stderr).not.toContain("root:");

    const linked = repo({ "ok.yaml": NATIVE("ok") });
    symlinkSync(join(outside, "passwd"), join(linked, ".llm-physics.yml"));
    const r = cli(["check"], linked);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "llm-physics: .llm-physics.yml: the configuration file is a symlink that leads outside the repository, so it is not read; keep the file itself inside the repository\n",
    );
    symlinkSync(join(outside, "passwd"), join(linked, "conf.yml"));
    expect(cli(["check", "--config", "conf.yml"], linked).stderr).not.toContain(SECRET);
  });

  it("a directory symlink to / is not walked; only the link is listed, by its own name", () => {
    const dir = repo({ "deploy/ok.yaml": NATIVE("ok") });
    symlinkSync("/", join(dir, "root-link"));
    symlinkSync(outside, join(dir, "deploy", "outside-dir"));
    symlinkSync(join(outside, "secret.yaml"), join(dir, "deploy", "secret.yaml"));
    // A loop inside the repository ends too.
    symlinkSync(join(dir, "deploy"), join(dir, "deploy", "loop"));
    const run = cli(["check", "--format", "json"], dir);
    const report = JSON.parse(run.stdout);
    expect(report.skipped).toEqual([
      { file: "deploy/outside-dir", reason: "symlink that leads outside the repository; not followed" },
      { file: "deploy/secret.yaml", reason: "symlink that leads outside the repository; not followed" },
      { file: "root-link", reason: "symlink that leads outside the repository; not followed" },
    ]);
    expect(report.deployments.map((d: { file: string }) => d.file)).toEqual(["deploy/ok.yaml"]);
    expect(run.stdout).not.toContain(outside);
    const text = cli(["check"], dir).stdout;
    expect(text).toContain("root-link: skipped: symlink that leads outside the repository; not followed");
    expect(text).not.toMatch(/\/etc|\/proc|\/usr/);
  });

  it("named pipes as manifest, configuration and model config.json never hang the run", () => {
    const dir = repo({ "ok.yaml": NATIVE("ok"), "fifo-model.yaml": NATIVE("fifo-model", "models/fifo") });
    mkdirSync(join(dir, "models", "fifo"), { recursive: true });
    execFileSync("mkfifo", [join(dir, "pipe.yaml"), join(dir, "models", "fifo", "config.json")]);
    const run = cli(["check", ".", "pipe.yaml", "--format", "json", "--fail-on", "never"], dir, {}, 20_000);
    expect(run.timedOut).toBe(false);
    const report = JSON.parse(run.stdout);
    const about = (file: string) => report.findings.filter((f: { file: string }) => f.file === file).map((f: { line: number; message: string }) => [f.line, f.message]);
    expect(about("pipe.yaml")).toEqual([[1, "file is a named pipe (FIFO), not a regular file, so it is not read"]]);
    expect(about("fifo-model.yaml")[0][1]).toContain("cannot read models/fifo/config.json: it is a named pipe (FIFO), not a regular file, so it is not read");
    expect(report.deployments.map((d: { name: string }) => d.name)).toEqual(["fifo-model", "ok"]);

    const configFifo = repo({ "ok.yaml": NATIVE("ok") });
    execFileSync("mkfifo", [join(configFifo, ".llm-physics.yml")]);
    const r = cli(["check"], configFifo, {}, 20_000);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("llm-physics: .llm-physics.yml: the configuration file is a named pipe (FIFO), not a regular file, so it is not read\n");
  });
});

describe("no value can become a workflow command", () => {
  const payload = "Qwen/Qwen2.5-7B-Instruct\n::add-mask::x\n::error title=pwned::owned\n##[warning]legacy";
  const dir = repo({
    "inject.yaml": KUBERNETES(payload, "'##[error]gpu'"),
    "::error file=x::named.yaml": NATIVE(" ::warning::name"),
    "##[warning]legacy.yaml": NATIVE("legacy"),
    "  ::notice::spaced.yaml": NATIVE("spaced", "\"\\u2028::error::sep\""),
  });
  const runs = allFormats(dir);

  it("reads the hostile files", () => {
    const report = JSON.parse(runs.json!.stdout);
    expect(report.summary.files).toBe(4);
    expect(report.deployments.map((d: { file: string }) => d.file).sort()).toEqual(["  ::notice::spaced.yaml", "##[warning]legacy.yaml", "inject.yaml"]);
    // The name " ::warning::name" is no DNS label: a finding in the file named like a command.
    expect(report.findings.find((f: { file: string }) => f.file === "::error file=x::named.yaml").message).toContain('got "::warning::name"');
    // The model's value is kept (escaped), not lost; JSON.parse turns ##\u005b back into ##[.
    const inject = report.deployments.find((d: { file: string }) => d.file === "inject.yaml");
    expect(inject.model.input).toBe("Qwen/Qwen2.5-7B-Instruct\\n::add-mask::x\\n::error title=pwned::owned\\n##[warning]legacy");
  });

  for (const format of ["text", "json", "sarif"]) {
    it(`${format}: no line reads as a workflow command`, () => {
      expect(runs[format]!.stdout.length).toBeGreaterThan(100);
      expect(commandLines(runs[format]!.stdout)).toEqual([]);
      expect(commandLines(runs[format]!.stderr)).toEqual([]);
    });
  }

  it("json and sarif keep their values: the escape of ##[ is JSON's own", () => {
    const sarif = JSON.parse(runs.sarif!.stdout);
    const uris = sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.map((u: string) => decodeURIComponent(u))).toContain("::error file=x::named.yaml");
    expect(runs.json!.stdout).toContain('"file": "##\\u005bwarning]legacy.yaml"');
  });

  it("github: every line is one of our commands and none holds a raw line break or ##[", () => {
    const lines = runs.github!.stdout.split("\n").filter((l) => l !== "");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning|notice)[ :]/);
      expect(line).not.toContain("##[");
      expect(line).not.toContain("\r");
    }
  });

  it("text: control characters in values are written as escapes", () => {
    const text = runs.text!.stdout;
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/);
    expect(text).toContain('unknown model "\\u2028::error::sep"');
    expect(text).toContain('unknown GPU "##\\[error]gpu"');
    const verbose = cli(["check", "inject.yaml", "--verbose", "--fail-on", "never"], dir).stdout;
    expect(verbose).toContain("Qwen/Qwen2.5-7B-Instruct\\n::add-mask::x\\n::error title=pwned::owned\\n##\\[warning]legacy");
    expect(commandLines(verbose)).toEqual([]);
  });
});

describe("every encoding, every shape, every time the same answer", () => {
  const utf8 = NATIVE("enc", "llama-3.1-70b", "A100-80GB");
  const encodings: Record<string, Buffer> = {
    "utf16le-bom.yaml": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, "utf16le")]),
    "utf16le.yaml": Buffer.from(utf8, "utf16le"),
    "utf16be-bom.yaml": Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf8, "utf16le").swap16()]),
    "utf16be.yaml": Buffer.from(utf8, "utf16le").swap16(),
    "utf32le-bom.yaml": utf32(`\ufeff${utf8}`, false),
    "utf32be-bom.yaml": utf32(`\ufeff${utf8}`, true),
    "utf32le.yaml": utf32(utf8, false),
  };

  function utf32(text: string, bigEndian: boolean): Buffer {
    const codes = [...text].map((c) => c.codePointAt(0)!);
    const buffer = Buffer.alloc(codes.length * 4);
    codes.forEach((code, i) => (bigEndian ? buffer.writeUInt32BE(code, i * 4) : buffer.writeUInt32LE(code, i * 4)));
    return buffer;
  }

  /** The report with the file's name taken out, wherever it appears (findings, deployments, facts). */
  const strip = (report: CheckReport, file: string) => JSON.stringify({ findings: report.findings, deployments: report.deployments }).split(`"${file}"`).join('"x"');

  it("UTF-16 and UTF-32, with or without a byte order mark, read as their UTF-8 original, in a directory or named", () => {
    const original = runCheck({ cwd: repo({ "a.yaml": utf8 }), paths: ["."], config: defaultConfig() });
    expect(original.deployments).toHaveLength(1);
    expect(original.findings.length).toBeGreaterThan(0);
    const expected = strip(original, "a.yaml");
    const dir = repo(encodings);
    for (const name of Object.keys(encodings)) {
      const found = runCheck({ cwd: dir, paths: ["."], config: defaultConfig(), onlyFiles: new Set([name]) });
      expect(strip(found, name), name).toEqual(expected);
      expect(strip(runCheck({ cwd: dir, paths: [name], config: defaultConfig() }), name), name).toEqual(expected);
    }
  });

  it("invalid UTF-16 is a located finding, not a silent skip", () => {
    const bad = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("kind: InferenceDeployment\n", "utf16le"), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    const report = runCheck({ cwd: repo({ "bad.yaml": bad }), paths: ["."], config: defaultConfig() });
    expect(report.findings.map((f) => [f.file, f.line, f.message])).toEqual([["bad.yaml", 1, "file is not valid UTF-16LE text; save it as UTF-8"]]);
  });

  const deep = (levels: number) => `apiVersion: llm-physics/v1\nkind: InferenceDeployment\nmetadata:\n  name: deep\nspec: ${"[".repeat(levels)}${"]".repeat(levels)}\n`;

  it("a value nested 1,000 or 100,000 deep gives the same one finding alone and beside 200 other files", () => {
    const expected: Record<number, Array<[string, number, number, string]>> = {
      1000: [["yaml-syntax", 5, 70, "document is nested more than 64 levels deep; no deployment needs that, so it is not read"]],
      // 100,000 brackets are past what a file may hold before it is parsed at all.
      100_000: [["yaml-syntax", 1, 1, "file has more than 50,000 lines, commas and brackets (values, roughly), more than any manifest; it is not read: split it, or exclude it in .llm-physics.yml"]],
    };
    for (const levels of [1000, 100_000]) {
      const alone = runCheck({ cwd: repo({ "deep.yaml": deep(levels) }), paths: ["."], config: defaultConfig() });
      const others: Record<string, string> = { "deep.yaml": deep(levels) };
      for (let i = 0; i < 200; i++) others[`f${String(i).padStart(3, "0")}.yaml`] = NATIVE(`d${i}`);
      const crowd = runCheck({ cwd: repo(others), paths: ["."], config: defaultConfig() });
      const inDeep = crowd.findings.filter((f) => f.file === "deep.yaml");
      expect(alone.findings).toEqual(inDeep);
      expect(inDeep.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual(expected[levels]);
      expect(crowd.deployments).toHaveLength(200);
    }
  });

  it("a circular alias is a located finding in every reader's format, and the others are still checked", () => {
    const kubernetes = readFileSync(join(REPO_ROOT, "examples", "kubernetes-vllm.yaml"), "utf8").replace("      containers:\n", "      loop: &loop [*loop]\n      containers:\n");
    const helm = readFileSync(join(REPO_ROOT, "__tests__", "fixtures", "helm", "production-stack.yaml"), "utf8").replace("servingEngineSpec:\n", "servingEngineSpec:\n  self: &m {k: *m}\n");
    const nim = readFileSync(join(REPO_ROOT, "__tests__", "fixtures", "nim-kubeai", "nim-llama-l4.yaml"), "utf8").replace("spec:\n", "spec:\n  loop: &e\n    - *e\n");
    const files = { "k8s.yaml": kubernetes, "helm.yaml": helm, "nim.yaml": nim };
    const report = runCheck({ cwd: repo({ ...files, "ok.yaml": NATIVE("ok") }), paths: ["."], config: defaultConfig() });
    const cycles = report.findings.filter((f) => f.message.startsWith("alias refers to a node that contains it")).map((f) => [f.file, f.line]);
    // The line of the alias itself (`*…`) in each file.
    const aliasLine = (text: string) => text.split("\n").findIndex((l) => /\*(loop|m|e)\b/.test(l)) + 1;
    expect(cycles).toEqual(Object.entries(files).map(([file, text]) => [file, aliasLine(text)]).sort());
    expect(report.findings.filter((f) => f.message.includes("could not be read as"))).toEqual([]);
    expect(report.deployments.map((d) => d.name)).toEqual(["ok"]);
  });

  it("complex keys, unknown tags and duplicate keys print nothing on stderr", () => {
    const dir = repo({
      "a.yaml": `${NATIVE("a")}extra:\n  ? [a, b]\n  : 1\n  {}: x\n  tagged: !foo bar\n`,
      "b.yaml": NATIVE("b").replace("  precision: fp8\n", "  precision: fp8\n  precision: bf16\n"),
    });
    const run = cli(["check", "--fail-on", "never"], dir);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("b.yaml:8:3: error duplicate key");
  });

  it("a list used as a mapping key is read as a key at its own position", () => {
    const manifest = NATIVE("k").replace("  precision: fp8\n", "  precision: fp8\n  ? [a, b]\n  : 1\n");
    const report = runCheck({ cwd: repo({ "k.yaml": manifest }), paths: ["."], config: defaultConfig() });
    expect(report.findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
      ["schema", 8, 5, "spec.[ a, b ] is not a known property; expected one of model, precision, kvCachePrecision, hardware, parallelism, serving, policy"],
    ]);
  });

  it("two runs over the same hostile files print the same bytes", () => {
    const dir = repo({ "deep.yaml": deep(5000), "cycle.yaml": `${NATIVE("c")}x: &a [*a]\n`, "u16.yaml": encodings["utf16le.yaml"]!, "ok.yaml": NATIVE("ok") });
    for (const format of ["text", "json", "sarif", "github"] as const) {
      const first = formatReport(format, runCheck({ cwd: dir, paths: ["."], config: defaultConfig() }));
      const second = formatReport(format, runCheck({ cwd: dir, paths: ["."], config: defaultConfig() }));
      expect(second).toBe(first);
    }
  });
});

describe("cost bounded by the product, not by the attacker", () => {
  it("a 1.9 MB model value is quoted cut, with its length, and skips the suggestion search", () => {
    const huge = "x".repeat(1_900_000);
    const dir = repo({ "huge.yaml": KUBERNETES(huge) });
    const run = cli(["check", "--format", "json", "--fail-on", "never"], dir);
    expect(run.stdout.length).toBeLessThan(60_000);
    const report = JSON.parse(run.stdout);
    const unknown = report.findings.find((f: { ruleId: string }) => f.ruleId === "unknown-model");
    expect(unknown.message).toContain('"' + "x".repeat(120) + '…" (1,900,000 characters)');
    expect(unknown.message).not.toContain("did you mean");
    expect(report.deployments[0].model.input).toBe(`${"x".repeat(200)}… (1,900,000 characters)`);
  });

  it("thousands of invalid documents give at most 100 findings of a rule per file, and one that counts the rest", () => {
    const doc = "---\napiVersion: llm-physics/v1\nkind: InferenceDeployment\nmetadata: {name: n}\n";
    const report = runCheck({ cwd: repo({ "many.yaml": doc.repeat(3000) }), paths: ["."], config: defaultConfig() });
    const schema = report.findings.filter((f) => f.ruleId === "schema");
    expect(schema).toHaveLength(101);
    expect(schema[100]!.message).toBe("2,900 more schema findings in this file from here on are not listed (3,000 in all; at most 100 of a rule are listed per file); fix the ones above and run again");
    expect(schema[100]!.severity).toBe("error");
    expect(report.summary.errors).toBe(101);
  });

  it("more documents than a file may hold, or more values, are refused with a finding at the first not read", () => {
    const doc = "---\na: 1\n";
    const many = runCheck({ cwd: repo({ "many.yaml": `# kind: InferenceDeployment\n${doc.repeat(6000)}` }), paths: ["."], config: defaultConfig() });
    expect(many.findings.map((f) => [f.line, f.message])).toEqual([
      [10002, "file holds more than 5000 YAML documents; the first 5000 are checked and the rest, from here on, are not read: split the file"],
    ]);
    const values = runCheck({ cwd: repo({ "values.yaml": `kind: InferenceDeployment\nx:\n${"  - 1\n".repeat(60_000)}` }), paths: ["."], config: defaultConfig() });
    expect(values.findings.map((f) => [f.line, f.message])).toEqual([
      [1, "file has more than 50,000 lines, commas and brackets (values, roughly), more than any manifest; it is not read: split it, or exclude it in .llm-physics.yml"],
    ]);
  });

  it("the largest inputs within the limits are checked within 300 MB of memory", () => {
    // A heap cap makes the child fail if the run ever needed more: a bound, not a timing.
    const dir = repo({
      "list.yaml": `apiVersion: llm-physics/v1\nkind: InferenceDeployment\nspec:\n  x:\n${"  - 1\n".repeat(49_990)}`,
      "flow.yaml": `apiVersion: llm-physics/v1\nkind: InferenceDeployment\nspec:\n  x: {${Array.from({ length: 49_990 }, (_, i) => `k${i}: 1`).join(", ")}}\n`,
      "docs.yaml": "---\napiVersion: llm-physics/v1\nkind: InferenceDeployment\nx: 1\n".repeat(5_000),
      // 12,000 lists used as keys: each is named on a one-pair document, not on a copy of the whole.
      "keys.yaml": `apiVersion: llm-physics/v1\nkind: InferenceDeployment\nspec:\n${Array.from({ length: 12_000 }, (_, i) => `  ? [k${i}]\n  : 1\n`).join("")}`,
      // The case as found: 66,000 invalid documents in one file of under 2 MB.
      "66k.yaml": `# kind: InferenceDeployment\n${"---\nkind: InferenceDeployment\na: 1\n".repeat(66_000)}`.slice(0, 1_990_000),
    });
    const run = cli(["check", "--format", "json", "--fail-on", "never"], dir, {}, 120_000, ["--max-old-space-size=250"]);
    expect(run.timedOut).toBe(false);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout);
    expect(report.summary.files).toBe(5);
    expect(run.stdout.length).toBeLessThan(250_000);
    expect(report.findings.filter((f: { file: string }) => f.file === "66k.yaml")).toHaveLength(1);
  });

  it("more deployments than a file may hold are cut at 1,000 with a finding at the first not checked", () => {
    const doc = (i: number) => `---\napiVersion: llm-physics/v1\nkind: InferenceDeployment\nmetadata:\n  name: d${i}\nspec:\n  model: llama-3.1-8b\n  precision: fp8\n  hardware:\n    gpu: L4\n    count: 1\n  serving:\n    contextLength: 8192\n`;
    const report = runCheck({ cwd: repo({ "many.yaml": Array.from({ length: 1003 }, (_, i) => doc(i)).join("") }), paths: ["."], config: defaultConfig() });
    expect(report.deployments).toHaveLength(1000);
    expect(report.findings.map((f) => [f.line, f.message])).toEqual([
      [13005, "file holds more than 1000 deployments; the first 1000 are checked and the rest, from d1000 on, are not: split the file"],
    ]);
  });
});

describe("numbers no manifest holds are refused where they are read (found by npm run fuzz)", () => {
  const big = "1" + "0".repeat(400);
  const json = (files: Record<string, string>) => JSON.parse(formatReport("json", runCheck({ cwd: repo(files), paths: ["."], config: defaultConfig() })));

  it("400-digit counts and flag values never become Infinity (JSON null)", () => {
    const report = json({
      "count.yaml": KUBERNETES("Qwen/Qwen2.5-7B-Instruct").replace('nvidia.com/gpu: "1"', `nvidia.com/gpu: "${big}"`),
      "context.yaml": KUBERNETES("Qwen/Qwen2.5-7B-Instruct").replace("--max-model-len=16384", `--max-model-len=${big}`),
    });
    for (const d of report.deployments) {
      expect(Number.isSafeInteger(d.hardware.count), d.file).toBe(true);
      for (const fact of Object.values(d.facts) as Array<{ value: unknown }>) expect(fact.value, d.file).not.toBeNull();
    }
    // The count nobody could read is assumed, and the report says so as data.
    const counted = report.deployments.find((d: { file: string }) => d.file === "count.yaml");
    expect(counted.facts.gpuCount).toMatchObject({ value: 1, path: "assumed: 1 GPU", assumed: true });
    const messages = report.findings.map((f: { file: string; message: string }) => `${f.file}: ${f.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^context\.yaml: --max-model-len expects a whole number of at least 1, got "10{119}…" \(401 characters\)/));
  });

  it("a context of 0 tokens is an engine problem, and 0 GPUs is tensor-parallel-invalid, never a silent pass", () => {
    const report = json({
      "zero-context.yaml": KUBERNETES("Qwen/Qwen2.5-7B-Instruct").replace("--max-model-len=16384", "--max-model-len=0"),
      "zero-gpus.yaml": KUBERNETES("Qwen/Qwen2.5-7B-Instruct").replace('nvidia.com/gpu: "1"', "nvidia.com/gpu: 0"),
    });
    const about = (file: string) => report.findings.filter((f: { file: string }) => f.file === file).map((f: { ruleId: string; severity: string; message: string }) => [f.ruleId, f.severity, f.message]);
    expect(about("zero-context.yaml")).toContainEqual(["incomplete-deployment", "warning", '--max-model-len expects a whole number of at least 1, got "0"']);
    expect(about("zero-gpus.yaml")).toEqual([["tensor-parallel-invalid", "error", "the deployment requests 0 GPUs, and an engine needs at least 1; request the GPUs it runs on"]]);
    const zero = report.deployments.find((d: { file: string }) => d.file === "zero-gpus.yaml");
    expect([zero.hardware.count, zero.verdict]).toEqual([0, "fail"]);
  });
});
