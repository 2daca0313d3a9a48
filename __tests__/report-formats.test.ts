import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020Import from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/evaluate/rules/index.js";
import { SEVERITIES, type Finding } from "../src/base/findings.js";
import { PRECISIONS } from "../src/physics/precision.js";
import { TIERS } from "../src/physics/tier.js";
import { escapeData, escapeProperty, findingAnnotation, formatGithubCommands, workflowCommand } from "../src/report/github.js";
import { FORMATS, formatReport, isFormat } from "../src/report/index.js";
import { formatSummary } from "../src/report/summary.js";
import { formatJson, writeJson } from "../src/report/json.js";
import type { CheckReport } from "../src/report/report.js";
import { artifactUri, findingFingerprint, formatSarif, pascalCase } from "../src/report/sarif.js";
import { formatText } from "../src/report/text.js";
import { expectGolden } from "./helpers/golden.js";
import { officialSarifValidator, sarifSchemaMissing, sarifSchemaRequired } from "./helpers/sarif-schema.js";
import { CLEAN_REPORT, EMPTY_REPORT, FIXTURE_RULES, MIXED_REPORT } from "./helpers/report-fixtures.js";

// ajv is CommonJS: under NodeNext the default import is the module object, whose `default` is the class.
type Ajv2020Class = typeof Ajv2020Import.default;
const Ajv2020 = ((Ajv2020Import as unknown as { default?: Ajv2020Class }).default ?? Ajv2020Import) as Ajv2020Class;

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const reportSchema = JSON.parse(readFileSync(join(repoRoot, "schemas", "report.schema.json"), "utf8")) as Record<string, unknown>;

function validateReport(data: unknown): void {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(reportSchema);
  const valid = validate(data);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
}

const sarif = (report: CheckReport): string => formatSarif(report, { rules: FIXTURE_RULES, version: "0.1.0" });

describe("text", () => {
  it("prints findings, deployments and totals", () => {
    expectGolden("report-text-mixed.txt", formatText(MIXED_REPORT));
  });

  it("prints a clean report without a findings block", () => {
    expectGolden("report-text-clean.txt", formatText(CLEAN_REPORT));
  });

  it("prints totals when there is nothing to check", () => {
    expect(formatText(EMPTY_REPORT)).toBe("0 errors, 0 warnings, 0 notices in 0 deployments across 0 files\nGB = 10^9 bytes, TB/s = 10^12 bytes/s\n");
  });

  it("has no escape codes unless colour is asked for", () => {
    expect(formatText(MIXED_REPORT)).not.toMatch(/\u001b/);
    const colored = formatText(MIXED_REPORT, { color: true });
    expect(colored).toMatch(/\u001b\[1m\u001b\[31merror\u001b\[0m/);
    expect(colored.replace(/\u001b\[\d+m/g, "")).toBe(formatText(MIXED_REPORT));
  });

  it("starts every finding line with file:line:col and indents further lines of a message", () => {
    const lines = formatText(MIXED_REPORT).split("\n");
    const findingLines = lines.filter((line) => /^\S.*?:\d+:\d+: (error|warning|notice) /.test(line));
    expect(findingLines).toHaveLength(MIXED_REPORT.findings.length);
    expect(lines).toContain("    remove it, or move it above the line it is about [unused-suppression]");
  });
});

describe("json", () => {
  const inPieces = (report: CheckReport) => {
    const pieces: string[] = [];
    writeJson(report, (text) => void pieces.push(text));
    return pieces;
  };

  it("is written in pieces (the CLI's way) with the same bytes as in one string, values that JSON leaves out or makes null included", () => {
    const odd = {
      ...MIXED_REPORT,
      extra: undefined,
      nested: { list: [1, { a: "x\ny" }], empty: [], none: {} },
      holes: [undefined, () => 1, "##[set-output name=x]"],
      emptyList: [],
    } as unknown as CheckReport;
    for (const report of [MIXED_REPORT, CLEAN_REPORT, EMPTY_REPORT, odd, {} as CheckReport]) {
      const pieces = inPieces(report);
      expect(pieces.join("")).toBe(formatJson(report));
    }
    // One piece per deployment and per finding: no piece holds the whole report.
    expect(inPieces(MIXED_REPORT).length).toBeGreaterThan(MIXED_REPORT.deployments.length + MIXED_REPORT.findings.length);
    expect(inPieces(odd).join("")).toContain("##\\u005bset-output");
  });

  it("prints the report as it is", () => {
    const output = formatJson(MIXED_REPORT);
    expect(JSON.parse(output)).toEqual(MIXED_REPORT);
    expectGolden("report-mixed.json", output);
  });

  it.each([
    ["mixed", MIXED_REPORT],
    ["clean", CLEAN_REPORT],
    ["empty", EMPTY_REPORT],
  ])("validates against schemas/report.schema.json (%s)", (_name, report) => {
    validateReport(JSON.parse(formatJson(report)));
  });

  it("rejects what the schema forbids", () => {
    const ajv = new Ajv2020({ allErrors: true });
    const validate = ajv.compile(reportSchema);
    const bad = JSON.parse(formatJson(MIXED_REPORT)) as { findings: Record<string, unknown>[]; deployments: Record<string, unknown>[] };
    bad.findings[0]!.severity = "info";
    bad.deployments[0]!.verdict = "ok";
    bad.deployments[0]!.extra = true;
    expect(validate(bad)).toBe(false);
  });

  it("lists the same precisions, tiers and severities as the code", () => {
    const defs = reportSchema.$defs as Record<string, { enum: string[] }>;
    expect(defs.precision!.enum).toEqual([...PRECISIONS]);
    expect(defs.tier!.enum).toEqual([...TIERS]);
    expect(defs.severity!.enum).toEqual([...SEVERITIES]);
  });
});

describe("sarif", () => {
  it("prints one run with every rule and one result per finding", () => {
    expectGolden("report-mixed.sarif", sarif(MIXED_REPORT));
  });

  it("is deterministic", () => {
    expect(sarif(MIXED_REPORT)).toBe(sarif(structuredClone(MIXED_REPORT)));
  });

  it("points every result at its rule", () => {
    const log = JSON.parse(sarif(MIXED_REPORT));
    const run = log.runs[0];
    expect(run.results).toHaveLength(MIXED_REPORT.findings.length);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    const notice = run.results.find((r: { ruleId: string }) => r.ruleId === "unused-suppression");
    expect(notice.level).toBe("note");
    expect(run.tool.driver.rules.map((r: { name: string }) => r.name)).toContain("VramExceedsCapacity");
  });

  it("adds a descriptor for a rule it was not told about", () => {
    const finding: Finding = { ruleId: "internal-error", severity: "error", message: "boom", file: "a.yaml", line: 1, column: 1, endLine: 1, endColumn: 1 };
    const log = JSON.parse(sarif({ ...EMPTY_REPORT, findings: [finding] }));
    const rules = log.runs[0].tool.driver.rules;
    expect(rules).toHaveLength(FIXTURE_RULES.length + 1);
    expect(rules[log.runs[0].results[0].ruleIndex].id).toBe("internal-error");
  });

  it("takes a help URI base", () => {
    const log = JSON.parse(formatSarif(EMPTY_REPORT, { rules: FIXTURE_RULES, version: "1.2.3", helpUriBase: "https://example.com/rules" }));
    expect(log.runs[0].tool.driver.rules[0].helpUri).toBe("https://example.com/rules#yaml-syntax");
    expect(log.runs[0].tool.driver.semanticVersion).toBe("1.2.3");
  });

  it("names rules in PascalCase and encodes paths as URIs", () => {
    expect(pascalCase("vram-exceeds-capacity")).toBe("VramExceedsCapacity");
    expect(pascalCase("fp8-not-native")).toBe("Fp8NotNative");
    expect(artifactUri("deploy/lab/mystery model.yaml")).toBe("deploy/lab/mystery%20model.yaml");
    expect(artifactUri("deploy\\win\\a#1.yaml")).toBe("deploy/win/a%231.yaml");
  });

  it("fingerprints a finding by rule, file and message, not by its numbers or position", () => {
    const f = MIXED_REPORT.findings.find((x) => x.ruleId === "vram-exceeds-capacity")!;
    const moved = { ...f, line: f.line + 3, endLine: f.endLine + 3, message: f.message.replace("35.2", "36.0") };
    expect(findingFingerprint(moved)).toBe(findingFingerprint(f));
    expect(findingFingerprint({ ...f, file: "other.yaml" })).not.toBe(findingFingerprint(f));
    expect(findingFingerprint({ ...f, ruleId: "other" })).not.toBe(findingFingerprint(f));
  });

  it.runIf(sarifSchemaRequired)("has the official SARIF schema under CI", () => {
    expect(sarifSchemaMissing).toBeNull();
  });

  describe.skipIf(sarifSchemaMissing !== null)("against the official SARIF 2.1.0 schema", () => {
    it.each([
      ["mixed", MIXED_REPORT],
      ["empty", EMPTY_REPORT],
    ])("validates (%s)", (_name, report) => {
      const validate = officialSarifValidator();
      const valid = validate(JSON.parse(sarif(report)));
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
      expect(valid).toBe(true);
    });

    it("catches what is not SARIF (the validator is not a no-op)", () => {
      const validate = officialSarifValidator();
      const log = JSON.parse(sarif(MIXED_REPORT));
      log.runs[0].results[0].level = "notice";
      expect(validate(log)).toBe(false);
    });

    it("validates with the tool's real rules", () => {
      const validate = officialSarifValidator();
      expect(validate(JSON.parse(formatSarif(MIXED_REPORT, { rules: RULES, version: "0.1.0" })))).toBe(true);
    });
  });
});

describe("github", () => {
  it("prints one workflow command per finding", () => {
    expectGolden("report-mixed.github.txt", formatGithubCommands(MIXED_REPORT));
  });

  it("prints nothing without findings", () => {
    expect(formatGithubCommands(CLEAN_REPORT)).toBe("");
  });

  it("gives columns only to findings on one line", () => {
    const lines = formatGithubCommands(MIXED_REPORT).trimEnd().split("\n");
    const multiLine = lines.find((l) => l.includes("bandwidth-insufficient"))!;
    expect(multiLine).toBe(
      "::warning title=llm-physics (bandwidth-insufficient),file=deploy/edge/chat.yaml,line=9,endLine=12::200 tokens/s needs 3.21 TB/s of memory bandwidth, 1,071%25 of the 300 GB/s one L4 has",
    );
    const oneLine = lines.find((l) => l.includes("vram-exceeds-capacity"))!;
    expect(oneLine).toMatch(/^::error title=llm-physics \(vram-exceeds-capacity\),file=deploy\/edge\/chat.yaml,line=6,endLine=6,col=3,endColumn=14::/);
  });

  it("escapes the message and the properties", () => {
    const line = formatGithubCommands(MIXED_REPORT)
      .split("\n")
      .find((l) => l.startsWith("::notice"))!;
    expect(line).toBe(
      '::notice title=llm-physics (unused-suppression),file=deploy/edge/values.yaml,line=14,endLine=14,col=5,endColumn=66::"llm-physics-ignore: headroom-below-minimum, 10%25 is enough" suppresses nothing%0Aremove it, or move it above the line it is about',
    );
  });

  it("builds the same annotation that @actions/core would be given", () => {
    const f = MIXED_REPORT.findings.find((x) => x.ruleId === "bandwidth-insufficient")!;
    expect(findingAnnotation(f)).toEqual({
      command: "warning",
      message: f.message,
      properties: { title: "llm-physics (bandwidth-insufficient)", file: "deploy/edge/chat.yaml", startLine: 9, endLine: 12 },
    });
  });

  it("leaves out empty properties and orders them as @actions/core does", () => {
    expect(workflowCommand("error", {}, "m")).toBe("::error::m");
    expect(workflowCommand("error", { endColumn: 4, startColumn: 2, endLine: 3, startLine: 3, file: "f", title: "t" }, "m")).toBe(
      "::error title=t,file=f,line=3,endLine=3,col=2,endColumn=4::m",
    );
    expect(workflowCommand("notice", { title: "", file: "f" }, "")).toBe("::notice file=f::");
  });
});

describe("escaping", () => {
  it.each([
    ["%", "%25"],
    ["\r", "%0D"],
    ["\n", "%0A"],
    ["\r\n", "%0D%0A"],
    ["100%\n", "100%25%0A"],
    ["%0A", "%250A"],
    [":", ":"],
    [",", ","],
    ["plain text", "plain text"],
  ])("escapeData(%j) is %j", (input, output) => {
    expect(escapeData(input)).toBe(output);
  });

  it.each([
    ["%", "%25"],
    ["\r", "%0D"],
    ["\n", "%0A"],
    [":", "%3A"],
    [",", "%2C"],
    ["a:b,c%d\ne", "a%3Ab%2Cc%25d%0Ae"],
    ["%3A", "%253A"],
    ["deploy/a b.yaml", "deploy/a b.yaml"],
  ])("escapeProperty(%j) is %j", (input, output) => {
    expect(escapeProperty(input)).toBe(output);
  });
});

describe("formatReport", () => {
  it("knows every format", () => {
    expect(FORMATS).toEqual(["text", "json", "sarif", "github", "markdown"]);
    expect(isFormat("sarif")).toBe(true);
    expect(isFormat("xml")).toBe(false);
  });

  it("dispatches to each format", () => {
    expect(formatReport("text", MIXED_REPORT)).toBe(formatText(MIXED_REPORT));
    expect(formatReport("text", MIXED_REPORT, { color: true })).toBe(formatText(MIXED_REPORT, { color: true }));
    expect(formatReport("json", MIXED_REPORT)).toBe(formatJson(MIXED_REPORT));
    expect(formatReport("sarif", MIXED_REPORT, { rules: FIXTURE_RULES })).toBe(sarif(MIXED_REPORT));
    expect(formatReport("github", MIXED_REPORT)).toBe(formatGithubCommands(MIXED_REPORT));
    expect(formatReport("markdown", MIXED_REPORT)).toBe(formatSummary(MIXED_REPORT));
  });

  it("lists the tool's own rules in SARIF by default", () => {
    const log = JSON.parse(formatReport("sarif", EMPTY_REPORT));
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(log.runs[0].tool.driver.version).toBe(EMPTY_REPORT.tool.version);
  });
});
