import { describe, expect, it } from "vitest";
import type { Finding, Fix } from "../src/base/findings.js";
import { applyFix, changedLinesOfPatch, suggestionBody, suggestionComments } from "../src/action/suggestions.js";

const fixAt = (line: number, column: number, endColumn: number, replaces: string, replacement: string, file?: string): Fix => ({
  range: { line, column, endLine: line, endColumn, ...(file ? { file } : {}) },
  replaces,
  replacement,
});

const finding = (ruleId: string, fix: Fix, file = "deploy/a.yaml"): Finding => ({
  ruleId,
  severity: "error",
  message: `${ruleId} message`,
  file,
  line: fix.range.line,
  column: 1,
  endLine: fix.range.line,
  endColumn: 2,
  fix,
});

describe("changedLinesOfPatch", () => {
  it("gives the head side's added lines of every hunk, not context or removed lines", () => {
    const patch = ["@@ -1,4 +1,5 @@", " a", "-b", "+B", "+B2", " c", "@@ -20,3 +21,3 @@ spec:", " x", "-y", "+Y", "\\ No newline at end of file"].join("\n");
    expect([...changedLinesOfPatch(patch)]).toEqual([2, 3, 22]);
    expect([...changedLinesOfPatch("@@ -0,0 +1,2 @@\n+one\n+two")]).toEqual([1, 2]);
    expect(changedLinesOfPatch("").size).toBe(0);
  });
});

describe("applyFix", () => {
  it("replaces the value and keeps the indentation, the quotes and a flag's name", () => {
    expect(applyFix("    count: 1", fixAt(1, 12, 13, "1", "4"))).toBe("    count: 4");
    expect(applyFix('    contextLength: "262144"  # long', fixAt(1, 20, 28, "262144", "131072"))).toBe('    contextLength: "131072"  # long');
    expect(applyFix("  - --max-num-seqs=4096", fixAt(1, 5, 24, "4096", "7"))).toBe("  - --max-num-seqs=7");
    expect(applyFix("  args: ['--tensor-parallel-size', '3']", fixAt(1, 37, 40, "3", "4"))).toBe("  args: ['--tensor-parallel-size', '4']");
  });

  it("gives none when it cannot be exact", () => {
    // Across lines, a value that is not written there (a count × a group size), a reference, a unit, or written twice.
    expect(applyFix("    count: 2", { range: { line: 1, column: 12, endLine: 2, endColumn: 3 }, replaces: "2", replacement: "4" })).toBeNull();
    expect(applyFix("    nvidia.com/gpu: 2", fixAt(1, 21, 22, "4", "8"))).toBeNull();
    expect(applyFix("  - --max-model-len=$(LEN)", fixAt(1, 5, 28, "32768", "8192"))).toBeNull();
    expect(applyFix("  - --max-model-len=32k", fixAt(1, 5, 24, "32", "8"))).toBeNull();
    expect(applyFix("  - --tp=2 --pp=2", fixAt(1, 5, 18, "2", "4"))).toBeNull();
    // 12 is not 1; 1.5 is not 1.
    expect(applyFix("    count: 12", fixAt(1, 12, 14, "1", "4"))).toBeNull();
    expect(applyFix("    memoryFraction: 1.5", fixAt(1, 21, 24, "1", "4"))).toBeNull();
  });
});

describe("suggestionComments", () => {
  const file = ["spec:", "  hardware:", "    count: 1", '  args: ["--tensor-parallel-size", "3", "--max-num-seqs=4096"]', "    contextLength: 262144"];
  const lines = (path: string) => (path === "deploy/a.yaml" ? file : null);
  const changed = new Map([["deploy/a.yaml", new Set([3, 4])]]);

  it("makes one comment per changed line, with every fix on it applied, and none for lines the pull request did not touch", () => {
    const findings = [
      finding("vram-exceeds-capacity", fixAt(3, 12, 13, "1", "2")),
      finding("tensor-parallel-invalid", fixAt(4, 36, 39, "3", "4")),
      finding("concurrency-exceeds-kv-capacity", fixAt(4, 41, 62, "4096", "7")),
      finding("context-exceeds-model-max", fixAt(5, 20, 26, "262144", "131072")),
    ];
    const comments = suggestionComments(findings, changed, lines);
    expect(comments.map((c) => [c.path, c.line, c.side])).toEqual([
      ["deploy/a.yaml", 3, "RIGHT"],
      ["deploy/a.yaml", 4, "RIGHT"],
    ]);
    expect(comments[0]!.body).toBe("**llm-physics** `vram-exceeds-capacity`: vram-exceeds-capacity message\n\n```suggestion\n    count: 2\n```\n");
    expect(comments[1]!.body).toContain('```suggestion\n  args: ["--tensor-parallel-size", "4", "--max-num-seqs=7"]\n```\n');
    expect(comments[1]!.body.indexOf("tensor-parallel-invalid")).toBeLessThan(comments[1]!.body.indexOf("concurrency-exceeds-kv-capacity"));
  });

  it("skips a suggestion already posted on the same path and line with the same body", () => {
    const findings = [finding("vram-exceeds-capacity", fixAt(3, 12, 13, "1", "2"))];
    const [comment] = suggestionComments(findings, changed, lines);
    expect(suggestionComments(findings, changed, lines, [{ path: "deploy/a.yaml", line: 3, body: comment!.body }])).toEqual([]);
    // Another body on the line (the fix changed since) is posted.
    expect(suggestionComments(findings, changed, lines, [{ path: "deploy/a.yaml", line: 3, body: "older" }])).toHaveLength(1);
  });

  it("puts a fix in another file (a ServingRuntime's flag) on that file, and escapes the message", () => {
    const runtime = ["  args:", "    - --max-model-len=262144"];
    const f = { ...finding("context-exceeds-model-max", fixAt(2, 7, 31, "262144", "131072", "kserve/runtime.yaml"), "kserve/runtime.yaml"), message: "a *b* @team <x>" };
    const comments = suggestionComments([f], new Map([["kserve/runtime.yaml", new Set([2])]]), (p) => (p === "kserve/runtime.yaml" ? runtime : null));
    expect(comments).toEqual([
      { path: "kserve/runtime.yaml", line: 2, side: "RIGHT", body: suggestionBody([f], "    - --max-model-len=131072") },
    ]);
    expect(comments[0]!.body).toContain("a \\*b\\* @&#8203;team \\<x\\>");
  });

  it("gives none for a line holding a code fence, or a file it cannot read", () => {
    const fenced = ["    count: 1 # ```"];
    expect(suggestionComments([finding("vram-exceeds-capacity", fixAt(1, 12, 13, "1", "2"))], new Map([["deploy/a.yaml", new Set([1])]]), () => fenced)).toEqual([]);
    expect(suggestionComments([finding("vram-exceeds-capacity", fixAt(3, 12, 13, "1", "2"))], changed, () => null)).toEqual([]);
  });
});
