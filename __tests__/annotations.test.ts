import { describe, expect, it } from "vitest";
import type { Finding, Severity } from "../src/base/findings.js";
import { selectAnnotations } from "../src/report/github.js";

function finding(severity: Severity, file: string, line: number): Finding {
  return { ruleId: "schema", severity, message: `${severity} at ${file}:${line}`, file, line, column: 1, endLine: line, endColumn: 2 };
}

describe("annotation selection (GitHub shows 10 per severity per step)", () => {
  it("keeps every finding when under the cap, errors first", () => {
    const a = selectAnnotations([finding("notice", "a.yaml", 1), finding("error", "b.yaml", 2), finding("warning", "a.yaml", 3)]);
    expect(a.map((x) => x.command)).toEqual(["error", "warning", "notice"]);
  });

  it("puts the pull request's files first within a severity", () => {
    const a = selectAnnotations([finding("error", "a.yaml", 1), finding("error", "z.yaml", 1)], { changedFiles: new Set(["z.yaml"]) });
    expect(a.map((x) => x.properties.file)).toEqual(["z.yaml", "a.yaml"]);
  });

  it("says in the last annotation of each type how many more there are and where, within that type's 10", () => {
    const many = [
      ...Array.from({ length: 13 }, (_, i) => finding("error", "e.yaml", i + 1)),
      ...Array.from({ length: 10 }, (_, i) => finding("notice", "n.yaml", i + 1)),
    ];
    const a = selectAnnotations(many);
    const errors = a.filter((x) => x.command === "error");
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).map((x) => x.properties.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(errors.at(-1)).toEqual({
      command: "error",
      message: "and 4 more errors not shown as annotations (GitHub shows at most 10 errors per step): see the job summary and the JSON report",
      properties: { title: "llm-physics: more findings" },
    });
    // Ten notices fit exactly: all shown, no count.
    const notices = a.filter((x) => x.command === "notice");
    expect(notices.map((x) => x.properties.file)).toEqual(Array(10).fill("n.yaml"));
    expect(a.map((x) => x.command)).toEqual([...Array(10).fill("error"), ...Array(10).fill("notice")]);
  });

  it("keeps room for the caller's own annotations: 10 of each type in all", () => {
    const many = [
      ...Array.from({ length: 10 }, (_, i) => finding("error", "e.yaml", i + 1)),
      ...Array.from({ length: 9 }, (_, i) => finding("warning", "w.yaml", i + 1)),
      finding("notice", "n.yaml", 1),
    ];
    // The action: its failure is an error, a refused SARIF path and a comment it could not write are warnings.
    const a = selectAnnotations(many, { reserved: { error: 1, warning: 2 }, elsewhere: "the job summary" });
    const of = (command: string) => a.filter((x) => x.command === command);
    expect(of("error")).toHaveLength(9);
    expect(of("error").at(-1)!.message).toBe("and 2 more errors not shown as annotations (GitHub shows at most 10 errors per step): see the job summary");
    expect(of("warning")).toHaveLength(8);
    expect(of("warning").at(-1)!.message).toBe("and 2 more warnings not shown as annotations (GitHub shows at most 10 warnings per step): see the job summary");
    expect(of("notice")).toHaveLength(1);
    expect(of("notice")[0]!.properties.title).toBe("llm-physics (schema)");
    // No reserved room, as for the CLI in a run: step: the same findings fit.
    const cli = selectAnnotations(many);
    expect(cli.filter((x) => x.properties.title === "llm-physics: more findings")).toEqual([]);
    expect(cli).toHaveLength(20);
  });

  it("counts the findings cut with the one it replaces, and shows none of a type whose room is all reserved", () => {
    const eleven = Array.from({ length: 11 }, (_, i) => finding("warning", "w.yaml", i + 1));
    const a = selectAnnotations(eleven, { reserved: { warning: 8 } });
    expect(a.map((x) => x.message)).toEqual([
      "warning at w.yaml:1",
      "and 10 more warnings not shown as annotations (GitHub shows at most 10 warnings per step): see the job summary and the JSON report",
    ]);
    expect(selectAnnotations(eleven).at(-1)!.message).toBe(
      "and 2 more warnings not shown as annotations (GitHub shows at most 10 warnings per step): see the job summary and the JSON report",
    );
    expect(selectAnnotations(eleven.slice(0, 2), { reserved: { warning: 9 } }).map((x) => x.message)).toEqual([
      "and 2 more warnings not shown as annotations (GitHub shows at most 10 warnings per step): see the job summary and the JSON report",
    ]);
    expect(selectAnnotations(eleven.slice(0, 10), { reserved: { warning: 9 } }).at(-1)!.message).toMatch(/^and 10 more warnings/);
    expect(selectAnnotations(eleven, { reserved: { warning: 10 } })).toEqual([]);
    expect(selectAnnotations([finding("error", "e.yaml", 1), finding("error", "e.yaml", 2)], { reserved: { error: 9 } }).map((x) => x.message)).toEqual([
      "and 2 more errors not shown as annotations (GitHub shows at most 10 errors per step): see the job summary and the JSON report",
    ]);
  });

  it("prefers the changed files' errors when cutting", () => {
    const many = [...Array.from({ length: 12 }, (_, i) => finding("error", "old.yaml", i + 1)), finding("error", "new.yaml", 1)];
    const a = selectAnnotations(many, { changedFiles: new Set(["new.yaml"]) });
    expect(a[0]!.properties.file).toBe("new.yaml");
  });
});
