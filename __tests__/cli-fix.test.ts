import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "./helpers/cli.js";

// `check --format diff` and `check --fix`, run as a user runs them in a repository of their own:
// the same exact fixes a pull request gets as suggested changes, printed as a patch git takes, or
// written to the files, after which the check no longer finds what they fixed.

let repo: string;
const MISTAKES = "deploy/mistakes.yaml";
const SINGLE = "deploy/single-a100.yaml";

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "llm-physics-fix-"));
  execFileSync("git", ["init", "-q", repo]);
  mkdirSync(join(repo, "deploy"));
  copyFileSync(join(REPO_ROOT, "examples", "context-and-parallelism-mistakes.yaml"), join(repo, MISTAKES));
  // CRLF line ends, as a file edited on Windows has them: kept by --fix.
  writeFileSync(join(repo, SINGLE), readFileSync(join(REPO_ROOT, "examples", "chat-70b-a100-bf16.yaml"), "utf8").replace(/\n/g, "\r\n"));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

// Errors and warnings only: tensor parallel 2 on 3 GPUs is valid, and a notice says one GPU idles.
const rules = (stdout: string) =>
  (JSON.parse(stdout) as { findings: Array<{ ruleId: string; file: string; severity: string }> }).findings
    .filter((f) => f.severity !== "notice")
    .map((f) => `${f.file} ${f.ruleId}`)
    .sort();

describe("check --format diff", () => {
  it("prints the exact fixes as a unified diff that git apply takes, and changes no file", async () => {
    const before = readFileSync(join(repo, MISTAKES), "utf8");
    const r = await runCli(["check", "--format", "diff"], repo);
    expect(r.code).toBe(1); // the findings stand until the diff is applied
    expect(r.stdout).toContain(`--- a/${MISTAKES}\n+++ b/${MISTAKES}\n`);
    expect(r.stdout).toContain("-    contextLength: 32768\n+    contextLength: 8192\n");
    expect(r.stdout).toContain("-    tensor: 3\n+    tensor: 2\n");
    expect(r.stdout).toContain(`--- a/${SINGLE}\n`);
    expect(r.stderr).toMatch(/^llm-physics: 3 line\(s\) in 2 file\(s\) would change; apply with `git apply` or run `llm-physics check --fix`\n/);
    expect(readFileSync(join(repo, MISTAKES), "utf8")).toBe(before);
    writeFileSync(join(repo, "fix.diff"), r.stdout);
    execFileSync("git", ["-C", repo, "apply", "--ignore-whitespace", "fix.diff"]);
    const after = await runCli(["check", "--format", "json"], repo);
    expect(rules(after.stdout)).not.toContain(`${MISTAKES} context-exceeds-model-max`);
    expect(rules(after.stdout)).not.toContain(`${MISTAKES} tensor-parallel-invalid`);
  });

  it("prints nothing and says so when no finding has an exact fix", async () => {
    rmSync(join(repo, SINGLE));
    writeFileSync(join(repo, MISTAKES), readFileSync(join(REPO_ROOT, "examples", "chat-8b-l4.yaml")));
    const r = await runCli(["check", "--format", "diff"], repo);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("llm-physics: no finding has an exact fix: nothing to change\n");
  });
});

describe("check --fix", () => {
  it("writes the fixes, keeps CRLF line ends, and reports what the check finds afterwards", async () => {
    const r = await runCli(["check", "--fix", "--format", "json"], repo);
    expect(r.stderr).toBe("llm-physics: fixed 3 line(s) in 2 file(s): deploy/mistakes.yaml, deploy/single-a100.yaml\n");
    const mistakes = readFileSync(join(repo, MISTAKES), "utf8");
    expect(mistakes).toContain("    contextLength: 8192\n");
    expect(mistakes).toContain("    tensor: 2\n");
    const single = readFileSync(join(repo, SINGLE), "utf8");
    expect(single).toContain("    count: 4\r\n");
    expect(single.replace(/\r\n/g, "")).not.toContain("\n");
    // The report is the check of the fixed files.
    expect(rules(r.stdout)).not.toContain(`${MISTAKES} context-exceeds-model-max`);
    expect(rules(r.stdout)).not.toContain(`${SINGLE} vram-exceeds-capacity`);
    // Nothing left to fix: a second run changes nothing.
    const again = await runCli(["check", "--fix"], repo);
    expect(again.stderr).toContain("no finding has an exact fix: nothing to change");
  });

  it("writes through a link only to the file inside the repository it leads to", async () => {
    mkdirSync(join(repo, "real"));
    copyFileSync(join(repo, MISTAKES), join(repo, "real", "mistakes.yaml"));
    rmSync(join(repo, MISTAKES));
    symlinkSync("../real/mistakes.yaml", join(repo, MISTAKES));
    await runCli(["check", "--fix"], repo);
    expect(readFileSync(join(repo, "real", "mistakes.yaml"), "utf8")).toContain("    contextLength: 8192\n");
  });

  it("leaves a file that is not plain UTF-8 as it is, and names it with what to do", async () => {
    // A byte-order mark: writing the decoded text back would change bytes the fix is not about.
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(join(repo, MISTAKES))]);
    writeFileSync(join(repo, MISTAKES), bom);
    const r = await runCli(["check", "--fix"], repo);
    expect(r.stderr).toContain(
      "llm-physics: deploy/mistakes.yaml is not plain UTF-8 text (a byte-order mark or another encoding), so it was not rewritten; apply `check --format diff` to it by hand\n",
    );
    expect(readFileSync(join(repo, MISTAKES)).equals(bom)).toBe(true);
    expect(r.stderr).toContain("fixed 1 line(s) in 1 file(s): deploy/single-a100.yaml");
  });

  it("fixes a file over the default 2 MB limit when the configuration's maxFileSizeBytes lets the check read it", async () => {
    // A manifest padded past 2,000,000 bytes with comments (few lines: the parse's bound is on lines): checked because .llm-physics.yml allows 3 MB.
    writeFileSync(join(repo, MISTAKES), `${readFileSync(join(repo, MISTAKES), "utf8")}${`# ${"padding ".repeat(1_000)}\n`.repeat(260)}`);
    writeFileSync(join(repo, ".llm-physics.yml"), "maxFileSizeBytes: 3000000\n");
    const diff = await runCli(["check", "--format", "diff"], repo);
    expect(diff.stdout).toContain("-    contextLength: 32768\n+    contextLength: 8192\n");
    const r = await runCli(["check", "--fix", "--format", "json"], repo);
    expect(r.stderr).toContain(MISTAKES);
    expect(readFileSync(join(repo, MISTAKES), "utf8")).toContain("    contextLength: 8192\n");
  });

  it("is not taken together with --format diff", async () => {
    const r = await runCli(["check", "--fix", "--format", "diff"], repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--fix writes the changes that --format diff prints; pass one");
  });
});
