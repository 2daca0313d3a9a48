import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCheck } from "../src/pipeline/check.js";
import { loadConfig, parseConfig } from "../src/config/config.js";
import { RULES } from "../src/evaluate/rules/index.js";
import type { CheckReport } from "../src/report/report.js";
import {
  CONFIG_EXAMPLE,
  loadRuleExamples,
  RULES_DOC_PATH,
  SUPPRESSION_EXAMPLES,
  renderRulesDoc,
} from "../scripts/docs/rules-doc.js";
import { CONFIG_SCHEMA_PATH, renderConfigSchema } from "../scripts/docs/config-schema.js";

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DOC = join(REPO_ROOT, RULES_DOC_PATH);
const UPDATE = "UPDATE_DOCS=1 npx vitest run __tests__/rules-doc.test.ts";
const RULE_EXAMPLES = loadRuleExamples(REPO_ROOT);

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** `llm-physics check <file>` on a fresh repository holding only that manifest, with the default configuration. */
function checkManifest(file: string, manifest: string): CheckReport {
  const dir = mkdtempSync(join(tmpdir(), "llm-physics-rules-doc-"));
  tempDirs.push(dir);
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), manifest);
  return runCheck({ cwd: dir, paths: [file], config: loadConfig(null, dir) });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, `-1`, `-2`… on repeats. */
function githubAnchors(markdown: string): string[] {
  const seen = new Map<string, number>();
  const anchors: string[] = [];
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6} (.*)$/.exec(line);
    if (!heading) continue;
    const base = heading[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.push(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

describe("schemas/config.schema.json", () => {
  it("accepts exactly the rule ids of the registry, in its order", () => {
    const path = join(REPO_ROOT, CONFIG_SCHEMA_PATH);
    const current = readFileSync(path, "utf8");
    const rendered = renderConfigSchema(current, RULES);
    if (process.env.UPDATE_DOCS === "1") {
      writeFileSync(path, rendered);
      return;
    }
    expect(current, `${CONFIG_SCHEMA_PATH} lists other rule ids than the registry: run ${UPDATE}, then review the diff`).toBe(rendered);
  });
});

describe("docs/rules.md", () => {
  it("is renderRulesDoc(RULES, RULE_EXAMPLES)", () => {
    const rendered = renderRulesDoc(RULES, RULE_EXAMPLES);
    if (process.env.UPDATE_DOCS === "1") {
      mkdirSync(dirname(DOC), { recursive: true });
      writeFileSync(DOC, rendered);
      return;
    }
    expect(existsSync(DOC), `${RULES_DOC_PATH} is missing: run ${UPDATE}, then review and commit it`).toBe(true);
    expect(readFileSync(DOC, "utf8"), `${RULES_DOC_PATH} is out of date with the rules: run ${UPDATE}, then review the diff`).toBe(
      rendered,
    );
  });

  it("has a section headed `## <id>` for every rule, whose anchor is the rule id", () => {
    const doc = renderRulesDoc(RULES, RULE_EXAMPLES);
    const lines = doc.split("\n");
    const anchors = githubAnchors(doc);
    for (const rule of RULES) {
      expect(lines.filter((line) => line === `## ${rule.id}`), rule.id).toHaveLength(1);
      // SARIF links to `rules.md#<id>`: no other heading may take that anchor first.
      expect(anchors.filter((anchor) => anchor === rule.id), rule.id).toHaveLength(1);
    }
  });

  it("has an example for every rule and for no other id", () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });
});

describe("the examples of docs/rules.md are what llm-physics check reports", () => {
  // Each rule's own example is its test data, held to the code by __tests__/rule-testdata.test.ts.
  it("the suppression examples hide their findings and report nothing", () => {
    for (const example of SUPPRESSION_EXAMPLES) {
      const report = checkManifest(example.file, example.manifest);
      expect(report.findings, example.file).toEqual([]);
      expect(report.summary.suppressed, example.file).toBe(example.suppressed);
    }
  });

  it("the configuration example is a valid .llm-physics.yml", () => {
    const config = parseConfig(CONFIG_EXAMPLE, ".llm-physics.yml");
    expect(config.rules).toEqual({ "tier-above-target": "error", "headroom-below-minimum": "notice", "fp8-not-native": "off" });
    expect(config.policy).toEqual({ maxTier: "workstation", minHeadroomPercent: 15 });
  });
});
