import { boundMessage, cutAt, escapeControl, groupDigits } from "../base/text.js";
import { compareFindings, severityRank, type Finding, type Severity } from "../base/findings.js";
import type { CheckReport, DeploymentReport, FactReport } from "./report.js";

/**
 * What a report may cost is bounded by the product, not by whoever wrote the files: a file of
 * 66,000 broken documents or a 2 MB model id must not make a report of tens of megabytes. These
 * bounds are applied once, where the report is built, so that every output format gets them.
 */

/** Findings of one rule listed per file; the rest are counted in one finding after them. */
export const FINDINGS_PER_RULE_PER_FILE = 100;

/** Characters kept of a value a report names (a deployment, a model, a GPU); the rest is cut, saying how long it was. */
export const REPORT_VALUE_MAX_CHARS = 200;

/**
 * At most FINDINGS_PER_RULE_PER_FILE findings of each rule in each file, the first by position;
 * when some are cut, one more finding at the first cut one says how many, with the highest
 * severity among them, so that the verdict and `--fail-on` see what was cut.
 */
export function capFindings(findings: readonly Finding[], perRulePerFile: number = FINDINGS_PER_RULE_PER_FILE): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const counts = new Map<string, number>();
  const cut = new Map<string, { first: Finding; count: number; severity: Severity }>();
  const kept: Finding[] = [];
  for (const f of sorted) {
    const key = `${f.file}\u0000${f.ruleId}`;
    const seen = counts.get(key) ?? 0;
    counts.set(key, seen + 1);
    if (seen < perRulePerFile) {
      kept.push(f);
      continue;
    }
    const entry = cut.get(key);
    if (!entry) cut.set(key, { first: f, count: 1, severity: f.severity });
    else {
      entry.count++;
      if (severityRank(f.severity) > severityRank(entry.severity)) entry.severity = f.severity;
    }
  }
  for (const { first, count, severity } of cut.values()) {
    const total = perRulePerFile + count;
    kept.push({
      ruleId: first.ruleId,
      severity,
      message: `${groupDigits(count)} more ${first.ruleId} finding${count === 1 ? "" : "s"} in this file from here on are not listed (${groupDigits(total)} in all; at most ${perRulePerFile} of a rule are listed per file); fix the ones above and run again`,
      file: first.file,
      line: first.line,
      column: first.column,
      endLine: first.endLine,
      endColumn: first.endColumn,
    });
  }
  return kept.sort(compareFindings);
}

/** A value a report names: control characters escaped, cut past REPORT_VALUE_MAX_CHARS with its length said. */
export function boundValue(value: string, maxChars: number = REPORT_VALUE_MAX_CHARS): string {
  const escaped = escapeControl(value);
  if (escaped.length <= maxChars) return escaped;
  return `${cutAt(escaped, maxChars)}… (${groupDigits(value.length)} characters)`;
}

function boundFact(fact: FactReport): FactReport {
  return { ...fact, value: typeof fact.value === "string" ? boundValue(fact.value) : fact.value, path: boundValue(fact.path, 400) };
}

function boundDeployment(d: DeploymentReport): DeploymentReport {
  const facts: DeploymentReport["facts"] = {};
  for (const [name, fact] of Object.entries(d.facts) as Array<[keyof DeploymentReport["facts"], FactReport]>) facts[name] = boundFact(fact);
  return {
    ...d,
    name: boundValue(d.name),
    model: {
      ...d.model,
      input: boundValue(d.model.input),
      id: d.model.id === null ? null : boundValue(d.model.id),
      name: d.model.name === null ? null : boundValue(d.model.name),
      resolvedFrom: d.model.resolvedFrom === null ? null : boundMessage(d.model.resolvedFrom, 600) },
    hardware: { ...d.hardware, gpu: d.hardware.gpu === null ? null : boundValue(d.hardware.gpu) },
    facts,
    estimate:
      d.estimate === null
        ? null
        : {
            ...d.estimate,
            model: { ...d.estimate.model, id: boundValue(d.estimate.model.id), name: boundValue(d.estimate.model.name), resolvedFrom: boundMessage(d.estimate.model.resolvedFrom, 600) },
          },
  };
}

/** The report with every finding message and every value from the files bounded and escaped. */
export function boundReport(report: CheckReport): CheckReport {
  return {
    ...report,
    deployments: report.deployments.map(boundDeployment),
    findings: report.findings.map((f) => ({ ...f, message: boundMessage(f.message), ...(f.deployment !== undefined ? { deployment: boundValue(f.deployment) } : {}) })),
    skipped: report.skipped.map((s) => ({ file: s.file, reason: boundMessage(s.reason) })),
  };
}
