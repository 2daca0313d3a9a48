import { adaptNative, isNativeDocument } from "../adapt/native.js";
import { ADAPTERS, type FormatAdapter } from "../adapt/index.js";
import type { Adaptation } from "../adapt/kit.js";
import type { References } from "../adapt/references.js";
import type { Deployment } from "../base/deployment.js";
import { FILE_START, severityRank, type Finding, type Severity } from "../base/findings.js";
import type { Repository } from "../catalog/resolve.js";
import type { RepoConfig } from "../config/config.js";
import { discover, type Discovery, type DiscoveredFile } from "../discover/discover.js";
import { applySeverity, evaluateDeployment } from "../evaluate/evaluate.js";
import type { RuleContext } from "../evaluate/rule.js";
import { applySuppressions, findSuppressions } from "../evaluate/suppressions.js";
import { parseYamlFile, type YamlDocument, type YamlFile } from "../parse/yaml-file.js";
import { realRoot } from "../read/guarded-file.js";
import { boundReport, capFindings } from "../report/bounds.js";
import { deploymentReport } from "../report/build.js";
import type { CheckReport } from "../report/report.js";
import { validateDocument } from "../validate/schema-validator.js";
import { hasMarker, readRepository } from "./read.js";
import { resolveDeployment } from "./resolve.js";

/**
 * The pipeline of `llm-physics check`: discover → read → parse → validate → adapt → estimate →
 * evaluate → one CheckReport. Each stage hands plain data to the next; nothing here prints.
 * Reading is read.ts, resolution (model, GPU, policy, physics) resolve.ts, each deployment's
 * report src/report/build.ts; this file runs them in order and applies suppressions.
 */

export const VERSION = "0.1.0";

/** The least severity that fails a run (`--fail-on`, the action's `fail-on`); never: report only. */
export const FAIL_ON = ["error", "warning", "notice", "never"] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** True when any finding is at or above `failOn`. */
export function failsAt(report: CheckReport, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return report.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}

export interface CheckOptions {
  cwd: string;
  paths: string[];
  config: RepoConfig;
  /**
   * Skip files that cannot hold a deployment (no marker string) without parsing them. Off only
   * in the test that proves the result is the same either way.
   */
  prefilter?: boolean;
  /** Check only these files (relative paths), e.g. the ones a pull request changed. */
  onlyFiles?: ReadonlySet<string>;
}

/**
 * Deployments checked per file. Each costs about 8 kB of JSON report and its share of memory; no
 * real file holds a thousand, and a 2 MB file of tiny ones would otherwise make a report of 40 MB.
 */
export const MAX_DEPLOYMENTS_PER_FILE = 1000;

interface Evaluated {
  /** The deployment, resolved: everything its rules read. */
  context: RuleContext;
  /** Its findings before suppression: the rules', and the notes of its document when it is the only deployment there. */
  findings: Finding[];
}

function fileProblem(file: string, message: string): Finding {
  return { ruleId: "yaml-syntax", severity: "error", message, file, ...FILE_START };
}

/**
 * The first adapter that takes the document. Adapters are written not to throw; should one fail
 * on a shape nobody foresaw, the document is reported as not checked (never skipped in silence)
 * and the run goes on.
 */
export function adaptDocument(
  document: YamlDocument,
  file: string,
  absolutePath: string,
  references: References,
  findings: Finding[],
  adapters: readonly FormatAdapter[] = ADAPTERS,
): Adaptation | null {
  for (const adapter of adapters) {
    try {
      const adapted = adapter.adapt(document, file, absolutePath, references);
      if (adapted) return adapted;
    } catch (error) {
      findings.push({
        ruleId: "incomplete-deployment",
        severity: "warning",
        message: `this document could not be read as ${adapter.format} (${(error as Error).message}), so it is not checked; please report it with the document to the llm-physics issue tracker`,
        file,
        ...document.range,
      });
      return null;
    }
  }
  return null;
}

/**
 * Everything one file contributes, before suppression: its findings (configured severities
 * applied) and its deployments. A finding may lie in another file: a value read from a
 * ServingRuntime or NIMCache is reported where it is written.
 */
function checkFile(
  entry: DiscoveredFile,
  parsed: YamlFile,
  references: References,
  options: CheckOptions,
  repository: Repository,
): { findings: Finding[]; evaluated: Evaluated[] } {
  const { config } = options;
  const settings = { severity: config.rules };
  // Rule findings come with their configured severities; what the pipeline raises gets them here.
  const findings: Finding[] = applySeverity(parsed.findings, settings);
  const evaluated: Evaluated[] = [];
  let unchecked: Deployment | null = null;
  const evaluate = (deployment: Deployment, notes: Finding[]) => {
    if (evaluated.length === MAX_DEPLOYMENTS_PER_FILE) {
      unchecked ??= deployment;
      return;
    }
    const context = resolveDeployment(deployment, repository, config);
    const own = [...notes, ...evaluateDeployment(context, settings)];
    findings.push(...own);
    evaluated.push({ context, findings: own });
  };
  for (const document of parsed.documents) {
    if (!isNativeDocument(document.value)) {
      // Kubernetes workloads, launcher files…; a document no adapter takes is not ours.
      const failures: Finding[] = [];
      const adapted = adaptDocument(document, entry.file, entry.absolutePath, references, failures);
      findings.push(...applySeverity(failures, settings));
      if (!adapted) continue;
      const notes = applySeverity(
        adapted.notes.map((note): Finding => ({ ruleId: "incomplete-deployment", severity: note.severity, message: note.message, file: entry.file, ...note.range })),
        settings,
      );
      // Notes of a document that yields one deployment are about it, and count in its verdict.
      const [only, ...others] = adapted.deployments;
      if (only && others.length === 0) {
        evaluate(only, notes.map((n) => ({ ...n, deployment: only.name })));
      } else {
        findings.push(...notes);
        adapted.deployments.forEach((d) => evaluate(d, []));
      }
      continue;
    }
    const schemaFindings = validateDocument("inference-deployment", document, entry.file);
    if (schemaFindings.length > 0) {
      findings.push(...applySeverity(schemaFindings, settings));
      continue;
    }
    evaluate(adaptNative(document, entry.file, entry.absolutePath), []);
  }
  if (unchecked !== null) {
    const first: Deployment = unchecked;
    findings.push(
      ...applySeverity(
        [{ ...fileProblem(entry.file, `file holds more than ${MAX_DEPLOYMENTS_PER_FILE} deployments; the first ${MAX_DEPLOYMENTS_PER_FILE} are checked and the rest, from ${first.name} on, are not: split the file`), ...first.range }],
        settings,
      ),
    );
  }
  if (entry.explicit && parsed.documents.length === 0 && parsed.findings.length === 0) {
    findings.push(...applySeverity([{ ...fileProblem(entry.file, "file has no YAML documents (it is empty or only comments): nothing to check"), severity: "notice" }], settings));
  }
  return { findings, evaluated };
}

export function runCheck(options: CheckOptions): CheckReport {
  const discovery: Discovery = discover({
    cwd: options.cwd,
    paths: options.paths,
    include: options.config.include,
    exclude: options.config.exclude,
  });
  const prefilter = options.prefilter ?? true;
  // Every file read must really lie under the repository's real root, whatever symlinks say.
  const root = realRoot(options.cwd);
  const repository: Repository = { root: options.cwd, realRoot: root };
  const settings = { severity: options.config.rules };
  const findings: Finding[] = [];
  const evaluated: Evaluated[] = [];
  let files = 0;
  let suppressed = 0;
  /** Suppress `list` with the comments of `parsed`; `stage`: also report unused or unexplained comments. */
  const suppress = (parsed: YamlFile, list: Finding[], stage: boolean) => {
    const applied = applySuppressions(parsed, list, findSuppressions(parsed));
    findings.push(...applied.kept);
    if (stage) findings.push(...applySeverity(applied.findings, settings));
    suppressed += applied.suppressed.length;
  };
  const { candidates, references, referenceFiles } = readRepository(discovery.files, { maxFileSizeBytes: options.config.maxFileSizeBytes, prefilter, root, ...(options.onlyFiles ? { onlyFiles: options.onlyFiles } : {}) });
  // Findings in files other deployments read from (a ServingRuntime's) are suppressed once every
  // file is checked, so that a comment there can silence a finding raised from another file.
  const pending = new Map<string, Finding[]>();
  const checkedReferenceFiles = new Set<string>();
  const later = (file: string, list: Finding[]) => {
    const waiting = pending.get(file);
    if (waiting) waiting.push(...list);
    else pending.set(file, [...list]);
  };
  for (const { entry, read, parsed } of candidates) {
    files++;
    if (read.kind === "problem") {
      findings.push(...applySeverity([fileProblem(entry.file, read.message)], settings));
      continue;
    }
    const yamlFile = parsed ?? parseYamlFile(entry.file, read.text);
    const result = checkFile(entry, yamlFile, references, options, repository);
    // Without the pre-filter, unrelated YAML is parsed too; it contributes nothing unless it holds
    // a deployment, so that the report is the same with the pre-filter or without it.
    if (!prefilter && !entry.explicit && result.evaluated.length === 0 && !hasMarker(read.text)) {
      files--;
      continue;
    }
    evaluated.push(...result.evaluated);
    const own = result.findings.filter((f) => f.file === entry.file);
    for (const f of result.findings) if (f.file !== entry.file) later(f.file, [f]);
    if (referenceFiles.has(entry.file)) {
      checkedReferenceFiles.add(entry.file);
      later(entry.file, own);
    } else {
      suppress(yamlFile, own, true);
    }
  }
  for (const [file, list] of pending) {
    const parsed = referenceFiles.get(file);
    if (parsed) suppress(parsed, list, checkedReferenceFiles.has(file));
    else findings.push(...list);
  }
  const reported = new Set(findings);
  const deployments = evaluated.map((e) => deploymentReport(e.context, e.findings.filter((f) => reported.has(f))));
  const listed = capFindings(findings);
  deployments.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const count = (severity: Severity) => listed.filter((f) => f.severity === severity).length;
  return boundReport({
    tool: { name: "llm-physics", version: VERSION },
    deployments,
    findings: listed,
    skipped: discovery.skipped,
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice"),
      files,
      deployments: deployments.length,
      suppressed,
    },
  });
}
