import { neutralizeJson } from "../base/text.js";
import { createHash } from "node:crypto";
import type { Rule } from "../evaluate/rule.js";
import type { Finding, Severity } from "../base/findings.js";
import type { CheckReport } from "./report.js";

const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/llm-physics/llm-physics";
export const DEFAULT_HELP_URI_BASE = "https://github.com/llm-physics/llm-physics/blob/main/docs/rules.md";
/** Key of the fingerprint in `partialFingerprints`; bump the version if the hash ever changes. */
const FINGERPRINT_KEY = "llmPhysicsFindingHash/v1";

export interface SarifOptions {
  /** Every rule the tool knows, in the order the driver lists them. */
  rules: readonly Rule[];
  /** The tool's version, semantic (`0.1.0`). */
  version: string;
  /** Documentation page of the rules; each rule's help is `<base>#<rule-id>`. */
  helpUriBase?: string;
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

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

function descriptor(rule: Pick<Rule, "id" | "summary" | "description" | "defaultSeverity">, helpUriBase: string): ReportingDescriptor {
  const helpUri = `${helpUriBase}#${rule.id}`;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description}\n\n${helpUri}`, markdown: `${rule.description}\n\n[Documentation of ${rule.id}](${helpUri})` },
    helpUri,
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, every known
 * rule in the driver, one result per finding. Paths are relative to `%SRCROOT%`, the checkout.
 * The output depends on nothing but its inputs: no timestamps, no absolute paths.
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

  const results = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId)!,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(f.file), uriBaseId: "%SRCROOT%" },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(f) },
  }));

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
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return neutralizeJson(JSON.stringify(log, null, 2)) + "\n";
}
