import { FACT_NAMES, type Deployment, type FactName, type InlineModel, type Located } from "../base/deployment.js";
import type { Finding } from "../base/findings.js";
import type { RuleContext } from "../evaluate/rule.js";
import type { DeploymentReport, FactReport, Verdict } from "./report.js";

/** One deployment as the report holds it: what was read, what was resolved, the estimate and the verdict. */

/** fail on an error; incomplete when no estimate was possible (never a pass); warn on a warning or notice; pass otherwise. */
function verdictOf(findings: readonly Finding[], estimated: boolean): Verdict {
  if (findings.some((f) => f.severity === "error")) return "fail";
  if (!estimated) return "incomplete";
  return findings.length > 0 ? "warn" : "pass";
}

/** Each fact the reader took, with its value and place. */
function factsOf(deployment: Deployment): Partial<Record<FactName, FactReport>> {
  const facts: Partial<Record<FactName, FactReport>> = {};
  for (const name of FACT_NAMES) {
    const fact = deployment[name] as Located<unknown> | undefined;
    if (!fact) continue;
    const value = typeof fact.value === "string" || typeof fact.value === "number" ? fact.value : ((fact.value as InlineModel).name ?? "inline architecture");
    facts[name] = {
      value,
      file: fact.range.file ?? deployment.file,
      line: fact.range.line,
      column: fact.range.column,
      path: fact.path,
      ...(fact.via && "assumed" in fact.via ? { assumed: true as const } : {}),
    };
  }
  return facts;
}

/** `reads`: the other files of the repository it was read from (a ServingRuntime's); listed when there are any. */
export function deploymentReport(context: RuleContext, findings: readonly Finding[], reads: readonly string[] = []): DeploymentReport {
  const { deployment } = context;
  const e = context.estimate;
  const model = context.model.ok ? context.model.value : null;
  const modelValue = deployment.model.value;
  const scenario = e ? e.scenarios[e.primaryPrecision] : undefined;
  return {
    name: deployment.name,
    file: deployment.file,
    line: deployment.range.line,
    format: deployment.format,
    model: {
      input: typeof modelValue === "string" ? modelValue : (modelValue.name ?? "inline architecture"),
      id: model?.id ?? null,
      name: model?.name ?? null,
      resolvedFrom: model?.resolvedFrom ?? null,
      source: model ? (model.source ?? "catalog") : null,
      revision: model?.revision ?? null,
      paramsTotal: e?.model.paramsTotal ?? null,
      paramsActive: e?.model.paramsActive ?? null,
      weightsBytes: e?.model.weightsBytes ?? null,
      checkpoint: model?.checkpoint ?? null,
    },
    hardware: { gpu: deployment.gpu?.value ?? null, gpuId: context.gpu.ok ? context.gpu.value.id : null, count: deployment.gpuCount.value },
    requirement: context.requirement,
    precision: e?.primaryPrecision ?? deployment.precision?.value ?? null,
    tier: e?.tier ?? null,
    scenarios: e?.scenarios ?? {},
    headroomPercent: scenario?.headroomPercent ?? null,
    bandwidth: e ? e.bandwidth : null,
    facts: factsOf(deployment),
    concurrencyIsEngineCap: deployment.concurrencyIsEngineCap === true,
    verdict: verdictOf(findings, e !== null),
    estimate: e,
    ...(reads.length > 0 ? { reads: [...reads] } : {}),
  };
}

