import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Finding } from "../src/base/findings.js";
import { applyLineFixes, lineFixes, unifiedDiff, type LineReader } from "../src/report/fixes.js";

// The fixes as `check --format diff` prints them and `check --fix` writes them: the diff is checked
// by git itself (git apply), not by comparing with a string alone.

function finding(file: string, line: number, column: number, replaces: string, replacement: string, ruleId = "rule"): Finding {
  return {
    ruleId,
    severity: "error",
    message: `${ruleId} message`,
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    fix: { range: { line, column, endLine: line, endColumn: column + replaces.length }, replaces, replacement },
  };
}

const FILES: Record<string, string> = {
  "deploy/a.yaml": ["spec:", "  hardware:", "    gpu: H100-SXM", "    count: 1", "  serving:", "    contextLength: 262144", "    concurrency: 4", ""].join("\n"),
  "deploy/b.yaml": Array.from({ length: 20 }, (_, i) => (i === 1 ? "  - --tensor-parallel-size=3" : i === 17 ? "  - --max-num-seqs=4096" : `  # line ${i + 1}`)).join("\r\n") + "\r\n",
  "deploy/c.yaml": "count: 2", // no final newline
};
const reader: LineReader = (file) => (file in FILES ? FILES[file]!.split(/\r?\n/) : null);

const FINDINGS: Finding[] = [
  finding("deploy/a.yaml", 4, 12, "1", "2", "vram-exceeds-capacity"),
  finding("deploy/a.yaml", 6, 20, "262144", "131072", "context-exceeds-model-max"),
  finding("deploy/b.yaml", 2, 28, "3", "4", "invalid-tensor-parallel"),
  finding("deploy/b.yaml", 18, 20, "4096", "7", "concurrency-exceeds-kv"),
  finding("deploy/c.yaml", 1, 8, "2", "4"),
  // Not exact: the text at the range does not hold the value; a file that cannot be read.
  finding("deploy/a.yaml", 7, 18, "9", "1"),
  finding("deploy/missing.yaml", 1, 1, "1", "2"),
];

describe("lineFixes", () => {
  it("gives one changed line per fix that applies exactly, sorted by path and line", () => {
    const fixes = lineFixes(FINDINGS, reader);
    expect(fixes.map((f) => [f.path, f.line, f.text])).toEqual([
      ["deploy/a.yaml", 4, "    count: 2"],
      ["deploy/a.yaml", 6, "    contextLength: 131072"],
      ["deploy/b.yaml", 2, "  - --tensor-parallel-size=4"],
      ["deploy/b.yaml", 18, "  - --max-num-seqs=7"],
      ["deploy/c.yaml", 1, "count: 4"],
    ]);
    expect(fixes[0]!.findings.map((f) => f.ruleId)).toEqual(["vram-exceeds-capacity"]);
  });

  it("applies two fixes on one line from the right, and leaves out one that overlaps", () => {
    const line = "  args: ['--tensor-parallel-size', '3', '--max-num-seqs', '512']";
    const read: LineReader = () => [line];
    const tp = finding("x.yaml", 1, 37, "3", "4");
    const seqs = finding("x.yaml", 1, 60, "512", "64");
    const overlapping = finding("x.yaml", 1, 59, "'512", "'8");
    const [fix] = lineFixes([tp, seqs, overlapping], read);
    expect(fix!.text).toBe("  args: ['--tensor-parallel-size', '4', '--max-num-seqs', '64']");
    expect(fix!.findings).toEqual([tp, seqs]);
  });

  it("takes only the lines `accept` takes", () => {
    expect(lineFixes(FINDINGS, reader, (path) => path === "deploy/c.yaml").map((f) => f.path)).toEqual(["deploy/c.yaml"]);
  });
});

describe("unifiedDiff", () => {
  const diff = unifiedDiff(lineFixes(FINDINGS, reader), reader);

  it("is a unified diff with three lines of context, nearby changes in one hunk", () => {
    expect(diff.split("\n").slice(0, 14)).toEqual([
      "--- a/deploy/a.yaml",
      "+++ b/deploy/a.yaml",
      "@@ -1,7 +1,7 @@",
      " spec:",
      "   hardware:",
      "     gpu: H100-SXM",
      "-    count: 1",
      "+    count: 2",
      "   serving:",
      "-    contextLength: 262144",
      "+    contextLength: 131072",
      "     concurrency: 4",
      "--- a/deploy/b.yaml",
      "+++ b/deploy/b.yaml",
    ]);
    // Lines 2 and 18 are 16 apart: two hunks.
    expect(diff).toContain("@@ -1,5 +1,5 @@\n");
    expect(diff).toContain("@@ -15,6 +15,6 @@\n");
    expect(diff).toContain("--- a/deploy/c.yaml\n+++ b/deploy/c.yaml\n@@ -1 +1 @@\n-count: 2\n+count: 4\n");
    expect(unifiedDiff([], reader)).toBe("");
  });

  const dir = mkdtempSync(join(tmpdir(), "llm-physics-fixes-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is taken by git apply, and gives what applyLineFixes writes (line ends and a missing final newline kept)", () => {
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", stdio: ["pipe", "pipe", "pipe"] });
    git("init", "-q");
    execFileSync("mkdir", ["-p", join(dir, "deploy")]);
    for (const [path, text] of Object.entries(FILES)) writeFileSync(join(dir, path), text);
    writeFileSync(join(dir, "fix.diff"), diff);
    // CRLF files: git apply compares whole lines, so the diff carries no CR and --ignore-whitespace takes it, as `git apply` users do.
    git("apply", "--check", "--ignore-whitespace", "fix.diff");
    const fixes = lineFixes(FINDINGS, reader);
    for (const [path, text] of Object.entries(FILES)) {
      const written = applyLineFixes(text, fixes.filter((f) => f.path === path));
      writeFileSync(join(dir, path), written);
    }
    expect(readFileSync(join(dir, "deploy/b.yaml"), "utf8")).toBe(FILES["deploy/b.yaml"]!.replace("size=3", "size=4").replace("seqs=4096", "seqs=7"));
    expect(readFileSync(join(dir, "deploy/c.yaml"), "utf8")).toBe("count: 4");
    // The files the fixes wrote, reversed by the diff, are the originals again.
    git("apply", "--check", "-R", "--ignore-whitespace", "fix.diff");
  });

  it("leaves a line alone when the file changed under the fix", () => {
    const [fix] = lineFixes([finding("deploy/c.yaml", 1, 8, "2", "4")], reader);
    expect(applyLineFixes("count: 3", [fix!])).toBe("count: 3");
  });
});
