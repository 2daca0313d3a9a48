import { neutralizeJson } from "../base/text.js";
import type { CheckReport } from "./report.js";

/**
 * The machine report of `llm-physics check --format json`: the CheckReport itself, described by
 * schemas/report.schema.json. Key order is the object's, so the output is deterministic. Printed
 * in a GitHub Actions log, no value in it can read as a workflow command.
 */
export function formatJson(report: CheckReport): string {
  return neutralizeJson(JSON.stringify(report, null, 2)) + "\n";
}
