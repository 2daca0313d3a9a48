import { neutralizeJson } from "../base/text.js";
import { createHash } from "node:crypto";
import type { Rule } from "../evaluate/rule.js";
import type { Finding, Severity } from "../base/findings.js";
import type { CheckReport, DeploymentReport } from "./report.js";

const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/llm-physics/llm-physics";
export const DEFAULT_HELP_URI_BASE = "https://github.com/llm-physics/llm-physics/blob/main/docs/rules.md";
/** Key of the fingerprint in `partialFingerprints`; bump the version if the hash ever changes. */
const FINGERPRINT_KEY = "llmPhysicsFindingHash/v1";
/** The base every artifact URI is relative to: the repository checkout (GitHub's working directory). */
const SRCROOT = "SRCROOT";
/** GitHub code scanning takes at most this many characters of a rule's short and full description. */
export const FULL_DESCRIPTION_MAX = 1024;
/** The category a run is filed under when no job or configuration names one. */
export const DEFAULT_CATEGORY = "llm-physics";

export interface SarifOptions {
  /** Every rule the tool knows, in the order the driver lists them. */
  rules: readonly Rule[];
  /** The tool's version, semantic (`0.1.0`). */
  version: string;
  /** Documentation page of the rules; each rule's help is `<base>#<rule-id>`. */
  helpUriBase?: string;
  /**
   * Code scanning's category of the run (`runs[].automationDetails.id` is `<category>/`): one per
   * configuration and job, so that two uses of the tool on one commit keep separate alerts and one
   * does not close the other's. Default `llm-physics`; see sarifCategory.
   */
  category?: string;
}

type SarifLevel = "error" | "warning" | "note";

const LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", notice: "note" };

function sarifLevel(severity: Severity): SarifLevel {
  return LEVEL[severity];
}

/** `vram-fit` → `VramFit`: SARIF's `name` is meant to be an identifier-like form of the id. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/**
 * A relative path as a URI reference: forward slashes, each segment percent-encoded (spaces,
 * `#`, `?` and `%` would otherwise change what the URI means).
 */
export function artifactUri(file: string): string {
  return file
    .replace(/\\/g, "/")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/**
 * Identity of a finding across runs, for code scanning to match alerts as files change: rule,
 * file, deployment and message with its numbers blanked out (so that 35.2 GB becoming 35.4 GB is
 * the same alert). Positions are left out so that inserting a line above does not open a new alert.
 */
export function findingFingerprint(f: Finding): string {
  const message = f.message.replace(/\d+(?:[.,]\d+)*/g, "#");
  return createHash("sha256")
    .update([f.ruleId, f.file, f.deployment ?? "", message].join("\u0000"))
    .digest("hex");
}

/** How sure a rule is of its findings, as code scanning reads `properties.precision`. */
export type SarifPrecision = "very-high" | "high" | "medium" | "low";

/**
 * What code scanning shows and filters rules by, per rule id. Exact arithmetic or a parse is
 * `very-high`; a comparison resting on the memory model's planning figures (a 12% workspace,
 * an engine's activation peak) is `high`; the speed estimate, a roofline fitted to published
 * benchmarks, is `medium`. No rule is tagged `security`: that would file its findings as
 * security alerts. A rule missing here fails the test that lists every rule of the tool.
 */
export const RULE_PROPERTIES: Readonly<Record<string, { precision: SarifPrecision; tags: readonly string[] }>> = {
  "yaml-syntax": { precision: "very-high", tags: ["correctness", "yaml"] },
  schema: { precision: "very-high", tags: ["correctness", "schema"] },
  "unknown-model": { precision: "very-high", tags: ["correctness", "model"] },
  "unknown-gpu": { precision: "very-high", tags: ["correctness", "gpu"] },
  "incomplete-deployment": { precision: "high", tags: ["completeness", "manifest"] },
  "vram-exceeds-capacity": { precision: "high", tags: ["reliability", "gpu-memory"] },
  "headroom-below-minimum": { precision: "high", tags: ["reliability", "gpu-memory", "policy"] },
  "tier-above-target": { precision: "very-high", tags: ["cost", "policy"] },
  "bandwidth-insufficient": { precision: "medium", tags: ["performance", "memory-bandwidth"] },
  "fp8-not-native": { precision: "high", tags: ["performance", "precision"] },
  "tensor-parallel-invalid": { precision: "very-high", tags: ["correctness", "parallelism"] },
  "context-exceeds-model-max": { precision: "very-high", tags: ["correctness", "context-length"] },
  "concurrency-exceeds-kv-capacity": { precision: "high", tags: ["performance", "kv-cache"] },
  "suppression-without-reason": { precision: "very-high", tags: ["maintainability", "suppression"] },
  "unused-suppression": { precision: "very-high", tags: ["maintainability", "suppression"] },
};

/** A rule the table does not know (one raised by a newer pipeline stage): no claim beyond medium. */
const UNKNOWN_RULE_PROPERTIES = { precision: "medium", tags: [] } as const;

/** `problem.severity`, the severity code scanning shows for a rule that is not a security rule. */
const PROBLEM_SEVERITY: Record<Severity, "error" | "warning" | "recommendation"> = {
  error: "error",
  warning: "warning",
  notice: "recommendation",
};

/**
 * The category of a run, from what identifies one use of the tool: the job (`GITHUB_JOB`), the
 * step when a job runs it twice, and the configuration file. Empty or missing parts are left out,
 * each part is kept to characters that read plainly in code scanning's tool list, and `/` inside
 * a part (a configuration's path) becomes `-`, since the last `/` of the id ends the category.
 */
export function sarifCategory(parts: { job?: string | null; step?: string | null; config?: string | null }): string {
  const clean = (part: string | null | undefined): string =>
    (part ?? "")
      .replace(/[\\/]+/g, "-")
      .replace(/[^A-Za-z0-9._-]+/g, "_")
      .replace(/^[-_.]+|[-_.]+$/g, "")
      .slice(0, 100);
  return [DEFAULT_CATEGORY, clean(parts.job), clean(parts.step), clean(parts.config)].filter((part) => part.length > 0).join("/");
}

/**
 * At most FULL_DESCRIPTION_MAX characters. A longer description keeps its first sentences and its
 * last (how to fix it), leaving out sentences in between; a text whose first and last sentences do
 * not fit is cut at a word, with an ellipsis. The full text stays in `help`.
 */
export function limitDescription(text: string, max = FULL_DESCRIPTION_MAX): string {
  if (text.length <= max) return text;
  const sentences = text.split(/(?<=\.) +/);
  const last = sentences.at(-1)!;
  let kept = "";
  for (const sentence of sentences.slice(0, -1)) {
    const next = kept === "" ? sentence : `${kept} ${sentence}`;
    if (next.length + 1 + last.length > max) break;
    kept = next;
  }
  if (kept !== "") return `${kept} ${last}`;
  const head = text.slice(0, max - 1);
  const word = head.lastIndexOf(" ");
  return `${head.slice(0, word > 0 ? word : max - 1)}…`;
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { precision: SarifPrecision; tags: string[]; "problem.severity": string };
}

function descriptor(rule: Pick<Rule, "id" | "summary" | "description" | "defaultSeverity">, helpUriBase: string): ReportingDescriptor {
  const helpUri = `${helpUriBase}#${rule.id}`;
  const properties = RULE_PROPERTIES[rule.id] ?? UNKNOWN_RULE_PROPERTIES;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: limitDescription(rule.summary) },
    fullDescription: { text: limitDescription(rule.description) },
    help: { text: `${rule.description}\n\n${helpUri}`, markdown: `${rule.description}\n\n[Documentation of ${rule.id}](${helpUri})` },
    helpUri,
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
    properties: {
      precision: properties.precision,
      tags: [...properties.tags],
      "problem.severity": PROBLEM_SEVERITY[rule.defaultSeverity],
    },
  };
}

function physicalLocation(file: string, region: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number }) {
  return { artifactLocation: { uri: artifactUri(file), uriBaseId: SRCROOT }, region };
}

/**
 * The deployment a finding raised in another file is about (a value read from a KServe
 * ServingRuntime for its InferenceService): the one of that name whose own file is not the
 * finding's and which read the finding's file. Null for a finding in its deployment's own file.
 */
function deploymentElsewhere(f: Finding, deployments: readonly DeploymentReport[]): DeploymentReport | null {
  if (f.deployment === undefined) return null;
  const named = deployments.filter((d) => d.name === f.deployment);
  if (named.some((d) => d.file === f.file)) return null;
  return named.find((d) => d.reads?.includes(f.file)) ?? null;
}

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run filed under
 * its category, every known rule in the driver, one result per finding. Paths are relative to
 * `SRCROOT`, the checkout; a finding raised in another file than its deployment's (a
 * ServingRuntime's argument) points at the deployment as a related location. The output depends
 * on nothing but its inputs: no timestamps, no absolute paths.
 */
export function formatSarif(report: CheckReport, options: SarifOptions): string {
  const helpUriBase = options.helpUriBase ?? DEFAULT_HELP_URI_BASE;
  const rules = options.rules.map((rule) => descriptor(rule, helpUriBase));
  const index = new Map<string, number>();
  rules.forEach((rule, i) => {
    if (!index.has(rule.id)) index.set(rule.id, i);
  });
  // A finding from a rule the list does not know still gets a descriptor, so that every
  // ruleIndex points at its rule.
  const unknown = [...new Set(report.findings.map((f) => f.ruleId).filter((id) => !index.has(id)))].sort();
  for (const id of unknown) {
    const severity = report.findings.find((f) => f.ruleId === id)!.severity;
    index.set(id, rules.length);
    rules.push(descriptor({ id, summary: id, description: id, defaultSeverity: severity }, helpUriBase));
  }

  const results = report.findings.map((f) => {
    const about = deploymentElsewhere(f, report.deployments);
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [
        { physicalLocation: physicalLocation(f.file, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }) },
      ],
      ...(about === null
        ? {}
        : {
            relatedLocations: [
              {
                id: 1,
                physicalLocation: physicalLocation(about.file, { startLine: about.line }),
                message: { text: `the ${about.format} deployment ${about.name}, which reads this file` },
              },
            ],
          }),
      partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(f) },
    };
  });

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "llm-physics",
            informationUri: INFORMATION_URI,
            version: options.version,
            semanticVersion: options.version,
            rules,
          },
        },
        automationDetails: { id: `${options.category ?? DEFAULT_CATEGORY}/` },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: "The root of the repository checkout: every artifact URI is relative to it." } },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return neutralizeJson(JSON.stringify(log, null, 2)) + "\n";
}
