import { severityRank, type Finding, type Severity, type SeveritySetting } from "../base/findings.js";
import type { Rule, RuleContext } from "./rule.js";
import { RULES, ruleById } from "./rules/index.js";

/** Rule severities from `.llm-physics.yml`: a rule id to a severity, or `off` to disable it. */
export interface RuleSettings {
  severity: Partial<Record<string, SeveritySetting>>;
}


/** The severity a rule's findings get: the configured one, else the rule's default; null when off. */
function ruleSeverity(rule: Rule, settings: RuleSettings): Severity | null {
  const setting = settings.severity[rule.id];
  if (setting === "off") return null;
  return setting ?? rule.defaultSeverity;
}

function lessSevere(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}

function runRule(rule: Rule, context: RuleContext): ReturnType<NonNullable<Rule["check"]>> {
  try {
    return rule.check ? rule.check(context) : [];
  } catch (error) {
    // Rules return nothing when their inputs are missing; a throw is a bug. It is reported on the
    // deployment with the rule's id, neither swallowed nor allowed to stop the other rules and files.
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        message: `this rule could not be evaluated on ${context.deployment.name} (${reason}); this is a bug in llm-physics: please report it with the manifest`,
        range: context.deployment.range,
      },
    ];
  }
}

/**
 * Run every rule that has a check on one deployment. Rules set to `off` are not run; the others'
 * results become findings with the rule id, the configured (else default) severity, the
 * deployment's file and name, in rule order.
 */
export function evaluateDeployment(context: RuleContext, settings: RuleSettings): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.check) continue;
    const severity = ruleSeverity(rule, settings);
    if (severity === null) continue;
    for (const result of runRule(rule, context)) {
      const { deployment } = context;
      // A finding on a value read from another file (a ServingRuntime's) names its deployment.
      const elsewhere = result.range.file !== undefined && result.range.file !== deployment.file;
      findings.push({
        ruleId: rule.id,
        severity: result.severity ? lessSevere(result.severity, severity) : severity,
        message: elsewhere ? `${deployment.name} (${deployment.file}:${deployment.range.line}): ${result.message}` : result.message,
        file: result.range.file ?? deployment.file,
        deployment: context.deployment.name,
        line: result.range.line,
        column: result.range.column,
        endLine: result.range.endLine,
        endColumn: result.range.endColumn,
        // A fix without a file lies in the deployment's, which is the finding's unless it is elsewhere.
        ...(result.fix ? { fix: elsewhere && !result.fix.range.file ? { ...result.fix, range: { ...result.fix.range, file: deployment.file } } : result.fix } : {}),
      });
    }
  }
  return findings;
}

/**
 * Apply the configured severities to findings raised outside the rules (yaml-syntax, schema,
 * incomplete-deployment, the suppression stage's), as evaluateDeployment does to the rules'
 * results: a finding at its rule's default severity takes the configured one; a finding raised
 * lower than that (a notice of a rule that warns) is a remark, which a configured severity may
 * lower but never raise; `off` drops it. So no finding is ever more severe than its rule's
 * documented or configured severity.
 */
export function applySeverity(findings: Finding[], settings: RuleSettings): Finding[] {
  const result: Finding[] = [];
  for (const finding of findings) {
    const setting = settings.severity[finding.ruleId];
    if (setting === "off") continue;
    if (setting === undefined || setting === finding.severity) {
      result.push(finding);
      continue;
    }
    const rule = ruleById(finding.ruleId);
    const atDefault = rule === undefined || severityRank(finding.severity) >= severityRank(rule.defaultSeverity);
    const severity = atDefault ? setting : lessSevere(finding.severity, setting);
    result.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return result;
}
