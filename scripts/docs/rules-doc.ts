import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Rule } from "../../src/evaluate/rule.js";
import { SUPPRESSION_RULES } from "../../src/evaluate/suppressions.js";

/**
 * docs/rules.md, the page every SARIF result links to (`…/docs/rules.md#<rule-id>`), rendered
 * from the rules and their test data so that it cannot drift from them. __tests__/rules-doc.test.ts
 * keeps the file equal to renderRulesDoc(RULES, loadRuleExamples(root)); __tests__/rule-testdata.test.ts
 * runs every rule's test data through the real pipeline. Only the docs use this module: it is not
 * part of the product.
 *
 * To change the page, change the rules or this file, then run
 * `UPDATE_DOCS=1 npx vitest run __tests__/rules-doc.test.ts` and review the diff of docs/rules.md.
 */

export const RULES_DOC_PATH = "docs/rules.md";

/** A manifest and the one finding `llm-physics check` reports for it, verbatim. */
export interface RuleExample {
  /** Where the manifest sits, relative to the repository root. */
  file: string;
  /** The whole manifest. */
  manifest: string;
  /** The finding: its severity (the rule's default, or lower for a remark), position and message. */
  severity: string;
  line: number;
  column: number;
  message: string;
}

/** A manifest whose findings are all suppressed inline: `llm-physics check` reports nothing for it. */
export interface SuppressedExample {
  file: string;
  manifest: string;
  /** How many findings its comments hide. */
  suppressed: number;
}

/** An InferenceDeployment manifest; `spec` lines are indented under `spec:` and start on line 6. */
function manifest(name: string, ...spec: string[]): string {
  return (
    ["apiVersion: llm-physics/v1", "kind: InferenceDeployment", "metadata:", `  name: ${name}`, "spec:", ...spec.map((line) => `  ${line}`)].join(
      "\n",
    ) + "\n"
  );
}

/**
 * Each rule's example: the test data beside the rules, `src/evaluate/rules/testdata/<rule-id>/`,
 * one manifest (at the path the page shows) and `expected.out`, the finding `llm-physics check`
 * prints for it, verbatim. __tests__/rule-testdata.test.ts holds the data to the code.
 */
export const RULE_TESTDATA = "src/evaluate/rules/testdata";

function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** `file:line:column: severity message [rule-id]` → its parts. */
export function parseFindingLine(line: string): { file: string; line: number; column: number; severity: string; message: string; ruleId: string } {
  const m = /^(.+?):(\d+):(\d+): (error|warning|notice) (.*) \[([a-z0-9-]+)\]$/.exec(line);
  if (!m) throw new Error(`not a finding line: ${line}`);
  return { file: m[1]!, line: Number(m[2]), column: Number(m[3]), severity: m[4]!, message: m[5]!, ruleId: m[6]! };
}

/** The examples of every rule that has test data, by rule id: the manifest and its first expected finding. */
export function loadRuleExamples(root: string): Record<string, RuleExample> {
  const examples: Record<string, RuleExample> = {};
  const base = join(root, RULE_TESTDATA);
  for (const id of readdirSync(base)) {
    const dir = join(base, id);
    const manifests = filesUnder(dir).filter((f) => f !== "expected.out");
    const expected = readFileSync(join(dir, "expected.out"), "utf8").split("\n").filter((l) => l !== "");
    if (manifests.length !== 1 || expected.length < 1) throw new Error(`${RULE_TESTDATA}/${id} must hold one manifest and expected.out`);
    const first = parseFindingLine(expected[0]!);
    examples[id] = { file: manifests[0]!, manifest: readFileSync(join(dir, manifests[0]!), "utf8"), severity: first.severity, line: first.line, column: first.column, message: first.message };
  }
  return examples;
}

/** The suppressions the introduction shows: a comment on its own line, and one at the end of a line. */
export const SUPPRESSION_EXAMPLES: readonly SuppressedExample[] = [
  {
    file: "deploy/qwen-32b.yaml",
    manifest: manifest(
      "qwen-32b",
      "model: Qwen/Qwen2.5-32B-Instruct",
      "precision: fp8",
      "# llm-physics-ignore headroom-below-minimum -- offline batch job; the pod is restarted on OOM",
      "hardware:",
      "  gpu: H100-SXM",
      "  count: 1",
      "serving:",
      "  contextLength: 32768",
      "  concurrency: 4",
    ),
    suppressed: 1,
  },
  {
    file: "deploy/chat-8b.yaml",
    manifest: manifest(
      "chat-8b",
      "model: llama-3.1-8b",
      "precision: fp8",
      "hardware:",
      "  gpu: L4",
      "  count: 3  # llm-physics-ignore tensor-parallel-invalid -- the third GPU serves the embedding model",
      "parallelism:",
      "  tensor: 2",
      "serving:",
      "  contextLength: 8192",
    ),
    suppressed: 1,
  },
];

/** The `.llm-physics.yml` the introduction shows. */
export const CONFIG_EXAMPLE = [
  "rules:",
  "  tier-above-target: error        # fail the check on it",
  "  headroom-below-minimum: notice  # report it, never fail on it by default",
  "  fp8-not-native: off             # do not report it",
  "policy:",
  "  maxTier: workstation",
  "  minHeadroomPercent: 15",
].join("\n") + "\n";

/** `file:line:column: severity message [rule-id]`, as `llm-physics check` prints it. */
export function exampleFinding(rule: Pick<Rule, "id">, example: RuleExample): string {
  return `${example.file}:${example.line}:${example.column}: ${example.severity} ${example.message} [${rule.id}]`;
}

function fence(language: string, text: string): string {
  return "```" + language + "\n" + text.replace(/\n$/, "") + "\n```";
}

function tableCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Lines `from` to `to` (1-based, inclusive) of `text`. */
function excerpt(text: string, from: number, to: number): string {
  return text.split("\n").slice(from - 1, to).join("\n");
}

function exampleOf(rule: Rule, examples: Readonly<Record<string, RuleExample>>): RuleExample {
  const example = examples[rule.id];
  if (!example) throw new Error(`rule ${rule.id} has no example: add ${RULE_TESTDATA}/${rule.id}/ with a manifest and expected.out`);
  return example;
}

function introduction(rules: readonly Rule[], examples: Readonly<Record<string, RuleExample>>): string[] {
  const first = rules.find((rule) => rule.id === "vram-exceeds-capacity") ?? rules[0];
  const sample = first ? [fence("text", exampleFinding(first, exampleOf(first, examples)))] : [];
  const [ownLine, trailing] = SUPPRESSION_EXAMPLES;
  return [
    "<!--",
    "  Generated from the rules (src/evaluate/rules) and their test data (src/evaluate/rules/testdata)",
    "  by renderRulesDoc in scripts/docs/rules-doc.ts. Do not edit by hand: change the rules, their",
    "  test data or rules-doc.ts, then run",
    "  UPDATE_DOCS=1 npx vitest run __tests__/rules-doc.test.ts",
    "-->",
    "",
    "# llm-physics rules",
    "",
    "`llm-physics check` reads the InferenceDeployment manifests of a repository and reports what would go wrong when each " +
      "deployment meets its GPUs. Every finding names the rule that raised it. This page explains each rule: what it checks, " +
      "why it matters and how to fix it, with a manifest that triggers it and the finding it gets. Code-scanning (SARIF) results " +
      "link to the rule's section here.",
    "",
    "## Reading a finding",
    "",
    "`llm-physics check` prints one line per finding:",
    "",
    fence("text", "<file>:<line>:<column>: <severity> <message> [<rule-id>]"),
    "",
    "For example:",
    "",
    ...sample,
    "",
    "- **file:line:column** is where the problem is: the value at fault (a precision, a context length, a GPU name), or the " +
      "`hardware` block for a finding about memory. Lines and columns count from 1, so editors and terminals open the file there.",
    "- **severity** is `error`, `warning` or `notice`. `llm-physics check` exits with 1 when a finding is an error and with 0 when " +
      "there are only warnings and notices; `--fail-on warning`, `--fail-on notice` or `--fail-on never` moves that threshold.",
    "- **message** says what was computed and how to fix it. Sizes are decimal: GB = 10^9 bytes, TB/s = 10^12 bytes/s.",
    "- **rule id** is the rule's section on this page, the key that changes its severity, and the name a suppression uses.",
    "",
    "`--format json`, `--format sarif` (code scanning) and `--format github` (annotations on the pull request) report the same " +
      "findings with the same rule ids, positions, severities and messages.",
    "",
    "## Changing a rule's severity",
    "",
    "Each rule has a default severity, listed below. To change it for a repository, set it in `.llm-physics.yml` at the " +
      "repository root (or `.llm-physics.yaml`, or the file passed with `--config`): per rule id, `error`, `warning`, `notice`, " +
      "or `off` to not report the rule at all.",
    "",
    fence("yaml", CONFIG_EXAMPLE),
    "",
    "The configured severity replaces the default for every finding of the rule, with one exception: tensor-parallel-invalid " +
      "reports GPUs left idle as a notice, and a configured severity never raises that notice.",
    "",
    "Three rules measure against policy targets: headroom-below-minimum (`minHeadroomPercent`, 10% by default), " +
      "bandwidth-insufficient (`maxBandwidthUtilizationPercent`, 80% by default) and tier-above-target (`maxTier`, no limit by " +
      "default). Set them for the whole repository under `policy:` in `.llm-physics.yml`, as above, or for one deployment under " +
      "`spec.policy` in its manifest; a manifest's targets win over the repository's, one by one.",
    "",
    "## Suppressing a finding inline",
    "",
    "When a finding is known and accepted for one deployment, hide it where it is, with a YAML comment that names the rule and " +
      "says why:",
    "",
    fence("text", "# llm-physics-ignore <rule-id>[, <rule-id>…] -- <reason>"),
    "",
    ...(ownLine ? [`In \`${ownLine.file}\`:`, "", fence("yaml", ownLine.manifest), ""] : []),
    "What a comment covers:",
    "",
    "- A comment alone on its line covers the nodes that start on the next line; several comment lines stacked directly above a " +
      "node all cover it. A blank line in between ends the association: the comment then covers nothing, and is reported as unused.",
    ...(trailing
      ? [
          "- A comment at the end of a line covers the nodes that start on that line:",
          "",
          fence("yaml", excerpt(trailing.manifest, 8, 12)).replace(/^/gm, "  "),
          "",
        ]
      : []),
    "- A node covers from its key to the end of its value: a comment above `hardware:` covers `hardware.gpu` and " +
      "`hardware.count`, not the siblings of `hardware`. A finding is hidden when it starts inside a covered node, or starts on " +
      "the covered line.",
    "- There is no file- or document-wide form. Findings about a deployment as a whole point at the deployment's start " +
      "(`metadata.name`), so a comment above `metadata:` or `name:` covers those.",
    "- Only real YAML comments count: a `#` inside a quoted string, a block scalar or a plain scalar such as `a#b` is not a " +
      "suppression.",
    "",
    "Suppressions are checked too:",
    "",
    "- A comment without `-- <reason>` still hides its findings, and is reported as " +
      "[suppression-without-reason](#suppression-without-reason).",
    "- Each rule id that hid nothing, or is not a rule id, is reported as [unused-suppression](#unused-suppression), so that a " +
      "stale or misspelt suppression does not linger.",
    `- Findings of ${SUPPRESSION_RULES.map((id) => `[${id}](#${id})`).join(" and ")} cannot be suppressed inline; change their ` +
      "severity in `.llm-physics.yml` instead.",
    "",
    "Suppressed findings are not reported; the summary line counts them, e.g. `(1 suppressed)`.",
  ];
}

function ruleTable(rules: readonly Rule[]): string[] {
  return [
    "## All rules",
    "",
    "| Rule | Default severity | Summary |",
    "| --- | --- | --- |",
    ...rules.map((rule) => `| [${rule.id}](#${rule.id}) | ${rule.defaultSeverity} | ${tableCell(rule.summary)} |`),
  ];
}

function ruleSection(rule: Rule, example: RuleExample): string[] {
  const inline = SUPPRESSION_RULES.includes(rule.id) ? " Its findings cannot be suppressed inline." : "";
  return [
    `## ${rule.id}`,
    "",
    `**${rule.summary}**`,
    "",
    `Default severity: ${rule.defaultSeverity}.${inline}`,
    "",
    rule.description,
    "",
    `Example: \`${example.file}\``,
    "",
    fence("yaml", example.manifest),
    "",
    `\`llm-physics check ${example.file}\` reports:`,
    "",
    fence("text", exampleFinding(rule, example)),
  ];
}

/** docs/rules.md: introduction, a table of the rules, and a section per rule whose anchor is its id. */
export function renderRulesDoc(rules: readonly Rule[], examples: Readonly<Record<string, RuleExample>>): string {
  const parts: string[][] = [introduction(rules, examples), ruleTable(rules)];
  for (const rule of rules) parts.push(ruleSection(rule, exampleOf(rule, examples)));
  return parts.map((lines) => lines.join("\n")).join("\n\n") + "\n";
}
