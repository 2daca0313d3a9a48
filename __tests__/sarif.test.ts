import { describe, expect, it } from "vitest";
import { RULES } from "../src/evaluate/rules/index.js";
import type { Finding } from "../src/base/findings.js";
import type { CheckReport } from "../src/report/report.js";
import { formatReport } from "../src/report/index.js";
import {
  DEFAULT_CATEGORY,
  FULL_DESCRIPTION_MAX,
  formatSarif,
  limitDescription,
  RULE_PROPERTIES,
  sarifCategory,
} from "../src/report/sarif.js";
import { runCli, REPO_ROOT } from "./helpers/cli.js";
import { EMPTY_REPORT, FIXTURE_RULES, MIXED_REPORT } from "./helpers/report-fixtures.js";
import { officialSarifValidator, sarifSchemaMissing, sarifSchemaRequired } from "./helpers/sarif-schema.js";

// What GitHub code scanning reads of a SARIF log beyond the results: the run's category, each
// rule's precision, tags and severity, a description it can show whole, the base of every URI,
// and the deployment a finding in a shared file is about.

interface SarifLog {
  runs: Array<{
    automationDetails: { id: string };
    originalUriBaseIds: Record<string, { description?: { text: string } }>;
    tool: { driver: { rules: Array<{ id: string; fullDescription: { text: string }; help: { text: string }; properties: Record<string, unknown> }> } };
    results: Array<{
      ruleId: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }>;
      relatedLocations?: Array<{ id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }>;
    }>;
  }>;
}

const parse = (text: string): SarifLog => JSON.parse(text) as SarifLog;
const realRules = (report: CheckReport, category?: string): SarifLog =>
  parse(formatSarif(report, { rules: RULES, version: "0.1.0", ...(category === undefined ? {} : { category }) }));

describe("the run's category (automationDetails.id)", () => {
  it("is llm-physics/ by default, and the category given otherwise, ended by the slash that closes a category", () => {
    expect(realRules(EMPTY_REPORT).runs[0]!.automationDetails).toEqual({ id: "llm-physics/" });
    expect(realRules(EMPTY_REPORT, "llm-physics/lint/.llm-physics.yml").runs[0]!.automationDetails).toEqual({ id: "llm-physics/lint/.llm-physics.yml/" });
    expect(parse(formatReport("sarif", EMPTY_REPORT, { category: "llm-physics/x" })).runs[0]!.automationDetails.id).toBe("llm-physics/x/");
  });

  it("is made of the job, the step and the configuration, each part kept plain", () => {
    expect(sarifCategory({})).toBe(DEFAULT_CATEGORY);
    expect(sarifCategory({ job: "lint", config: null })).toBe("llm-physics/lint");
    expect(sarifCategory({ job: "lint", step: "prod", config: "deploy/prod/.llm-physics.yml" })).toBe("llm-physics/lint/prod/deploy-prod-.llm-physics.yml");
    // No part adds a `/` of its own (the last one ends the category), nor a space, a newline or a command.
    expect(sarifCategory({ job: "a/b\\c", config: "::error::x\n y" })).toBe("llm-physics/a-b-c/error_x_y");
    expect(sarifCategory({ job: "", step: "  ", config: "///" })).toBe(DEFAULT_CATEGORY);
    expect(sarifCategory({ job: "j".repeat(300) }).length).toBe(DEFAULT_CATEGORY.length + 1 + 100);
  });
});

describe("rule properties", () => {
  it("gives every rule of the tool a precision and tags, and no rule the tool does not have", () => {
    expect(Object.keys(RULE_PROPERTIES).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const [id, p] of Object.entries(RULE_PROPERTIES)) {
      expect(["very-high", "high", "medium", "low"], id).toContain(p.precision);
      expect(p.tags.length, id).toBeGreaterThan(0);
      // A `security` tag would file a finding as a security alert; none of these is one.
      expect(p.tags, id).not.toContain("security");
      for (const tag of p.tags) expect(tag, id).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it("writes precision, tags and problem.severity in each descriptor", () => {
    const rules = realRules(EMPTY_REPORT).runs[0]!.tool.driver.rules;
    const bySeverity = { error: "error", warning: "warning", notice: "recommendation" };
    for (const rule of RULES) {
      const written = rules.find((r) => r.id === rule.id)!;
      expect(written.properties).toEqual({
        precision: RULE_PROPERTIES[rule.id]!.precision,
        tags: [...RULE_PROPERTIES[rule.id]!.tags],
        "problem.severity": bySeverity[rule.defaultSeverity],
      });
    }
    expect(rules.find((r) => r.id === "bandwidth-insufficient")!.properties.precision).toBe("medium");
  });

  it("gives a rule it does not know a medium precision and no tags", () => {
    const finding: Finding = { ruleId: "internal-error", severity: "notice", message: "boom", file: "a.yaml", line: 1, column: 1, endLine: 1, endColumn: 1 };
    const rules = realRules({ ...EMPTY_REPORT, findings: [finding] }).runs[0]!.tool.driver.rules;
    expect(rules.at(-1)).toMatchObject({ id: "internal-error", properties: { precision: "medium", tags: [], "problem.severity": "recommendation" } });
  });
});

describe("fullDescription", () => {
  it("is at most 1,024 characters for every rule, whole sentences, with the whole text in help", () => {
    const rules = realRules(EMPTY_REPORT).runs[0]!.tool.driver.rules;
    const long = RULES.filter((r) => r.description.length > FULL_DESCRIPTION_MAX);
    expect(long.length).toBeGreaterThan(0); // the cut is exercised by the real rules
    for (const rule of RULES) {
      const written = rules.find((r) => r.id === rule.id)!;
      expect(written.fullDescription.text.length, rule.id).toBeLessThanOrEqual(FULL_DESCRIPTION_MAX);
      // Its first sentence and its last, how to fix it, are kept whole.
      const sentences = rule.description.split(/(?<=\.) +/);
      expect(written.fullDescription.text.startsWith(sentences[0]!), rule.id).toBe(true);
      expect(written.fullDescription.text.endsWith(sentences.at(-1)!), rule.id).toBe(true);
      expect(written.help.text.startsWith(rule.description), rule.id).toBe(true);
    }
  });

  it("leaves out middle sentences, or cuts at a word with an ellipsis when first and last do not fit", () => {
    expect(limitDescription("short.")).toBe("short.");
    expect(limitDescription("One. Two three. Four five. Fix.", 19)).toBe("One. Fix.");
    expect(limitDescription("One. Two. Three. Fix it.", 18)).toBe("One. Two. Fix it.");
    expect(limitDescription("alpha beta gamma delta", 12)).toBe("alpha beta…");
    expect(limitDescription("x".repeat(30), 12)).toBe(`${"x".repeat(11)}…`);
    expect(limitDescription("x".repeat(30), 12).length).toBe(12);
  });
});

describe("URIs and related locations", () => {
  it("declares SRCROOT, the base of every artifact URI, without an absolute path", () => {
    const log = realRules(MIXED_REPORT);
    const run = log.runs[0]!;
    expect(Object.keys(run.originalUriBaseIds)).toEqual(["SRCROOT"]);
    expect(JSON.stringify(run.originalUriBaseIds)).not.toContain(REPO_ROOT);
    for (const result of run.results) for (const l of result.locations) expect(l.physicalLocation.artifactLocation.uriBaseId).toBe("SRCROOT");
    // The fixture's findings are all in their deployment's own file: none has a related location.
    expect(run.results.filter((r) => r.relatedLocations !== undefined)).toEqual([]);
  });

  it("points a finding raised on a ServingRuntime's line at the InferenceService that reads it", async () => {
    const r = await runCli(["check", "examples/kserve", "--format", "sarif"]);
    const run = parse(r.stdout).runs[0]!;
    const onRuntime = run.results.filter((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === "examples/kserve/vllm-runtime.yaml");
    expect(onRuntime.length).toBeGreaterThan(0);
    for (const result of onRuntime) {
      expect(result.relatedLocations).toEqual([
        {
          id: 1,
          physicalLocation: { artifactLocation: { uri: "examples/kserve/mistral-7b.yaml", uriBaseId: "SRCROOT" }, region: { startLine: 7 } },
          message: { text: "the kserve deployment mistral-7b, which reads this file" },
        },
      ]);
    }
    const onService = run.results.filter((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === "examples/kserve/mistral-7b.yaml");
    for (const result of onService) expect(result.relatedLocations).toBeUndefined();
  });

  it("adds no related location when the deployment is not in the report, or its file read nothing", () => {
    const finding: Finding = {
      ruleId: "vram-exceeds-capacity",
      severity: "error",
      message: "x",
      file: "runtime.yaml",
      deployment: "ghost",
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 2,
    };
    const log = parse(formatSarif({ ...EMPTY_REPORT, findings: [finding] }, { rules: FIXTURE_RULES, version: "0.1.0" }));
    expect(log.runs[0]!.results[0]!.relatedLocations).toBeUndefined();
  });
});

it.runIf(sarifSchemaRequired)("has the official SARIF schema under CI", () => {
  expect(sarifSchemaMissing).toBeNull();
});

describe.skipIf(sarifSchemaMissing !== null)("against the official SARIF 2.1.0 schema", () => {
  const validator = officialSarifValidator;

  it.each([["examples/kserve"], ["examples"]])("validates the check of %s, related locations and categories included", async (path) => {
    const validate = validator();
    const r = await runCli(["check", path, "--format", "sarif"]);
    const log = JSON.parse(r.stdout) as Record<string, unknown>;
    const valid = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
    expect(validate(JSON.parse(formatSarif(MIXED_REPORT, { rules: RULES, version: "0.1.0", category: sarifCategory({ job: "lint", config: "a/b.yml" }) })))).toBe(true);
  });

  it("rejects an automationDetails id that is not a string (the validator is not a no-op)", () => {
    const validate = validator();
    const log = JSON.parse(formatSarif(MIXED_REPORT, { rules: RULES, version: "0.1.0" })) as { runs: Array<{ automationDetails: unknown }> };
    log.runs[0]!.automationDetails = { id: 42 };
    expect(validate(log)).toBe(false);
  });
});
