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

  it("says how many were cut and where they are, within the notice cap", () => {
    const many = [
      ...Array.from({ length: 13 }, (_, i) => finding("error", "e.yaml", i + 1)),
      ...Array.from({ length: 10 }, (_, i) => finding("notice", "n.yaml", i + 1)),
    ];
    const a = selectAnnotations(many);
    expect(a.filter((x) => x.command === "error")).toHaveLength(10);
    const notices = a.filter((x) => x.command === "notice");
    expect(notices).toHaveLength(10);
    expect(notices.at(-1)!.message).toBe(
      "3 errors, 1 notice not shown as annotations: GitHub shows at most 10 errors, 10 warnings and 10 notices per step. All 23 findings are in the job summary and the JSON report.",
    );
  });

  it("prefers the changed files' errors when cutting", () => {
    const many = [...Array.from({ length: 12 }, (_, i) => finding("error", "old.yaml", i + 1)), finding("error", "new.yaml", 1)];
    const a = selectAnnotations(many, { changedFiles: new Set(["new.yaml"]) });
    expect(a[0]!.properties.file).toBe("new.yaml");
  });
});
