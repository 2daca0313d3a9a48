import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config.js";
import { RULES } from "../src/evaluate/rules/index.js";
import { runCheck } from "../src/pipeline/check.js";
import { formatReport } from "../src/report/index.js";
import { RULE_TESTDATA } from "../scripts/docs/rules-doc.js";
import { REPO_ROOT } from "./helpers/cli.js";

/**
 * Per-rule test data, as actionlint keeps it: beside the rules, `src/evaluate/rules/testdata/<rule-id>/`
 * holds a manifest that provokes the rule and `expected.out`, the exact findings `llm-physics check`
 * prints for it, one per line. Adding a case is adding a folder; docs/rules.md shows the same data.
 * To take the current output after a deliberate change: UPDATE_GOLDEN=1 npx vitest run __tests__/rule-testdata.test.ts
 */

function findingLines(dir: string): string {
  const report = runCheck({ cwd: dir, paths: ["."], config: loadConfig(null, dir) });
  const text = formatReport("text", report);
  return text.split("\n").filter((line) => /^\S.*:\d+:\d+: (error|warning|notice) /.test(line)).join("\n") + "\n";
}

describe("every rule's test data gives exactly its expected findings", () => {
  for (const rule of RULES) {
    it(rule.id, () => {
      const dir = join(REPO_ROOT, RULE_TESTDATA, rule.id);
      const expectedPath = join(dir, "expected.out");
      const actual = findingLines(dir);
      if (process.env.UPDATE_GOLDEN === "1") {
        writeFileSync(expectedPath, actual);
        return;
      }
      const expected = readFileSync(expectedPath, "utf8");
      expect(actual, `${RULE_TESTDATA}/${rule.id}/expected.out`).toBe(expected);
      // The data provokes the rule it stands beside, never above its default severity.
      const allowed = ["error", "warning", "notice"].slice(["error", "warning", "notice"].indexOf(rule.defaultSeverity));
      expect(expected.split("\n")[0]).toMatch(new RegExp(`: (${allowed.join("|")}) .* \\[${rule.id}\\]$`));
    });
  }
});
