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

/**
 * formatJson's text in pieces, one per deployment and finding (and one per other top-level
 * value), to `write`: the same bytes, without a string of the whole report, its copy with the
 * newline and its encoded copy alive at once (about 40 MB at the end of a 10 MB report). Each
 * piece is JSON.stringify's own text of the value, indented as it stands in the whole; a `##[`
 * lies inside one string of one piece, so each piece is made inert on its own.
 */
export function writeJson(report: CheckReport, write: (text: string) => void): void {
  // What JSON.stringify leaves out of an object.
  const entries = Object.entries(report).filter(([, value]) => value !== undefined && typeof value !== "function" && typeof value !== "symbol");
  if (entries.length === 0) return write("{}\n");
  const piece = (text: string) => write(neutralizeJson(text));
  const at = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);
  entries.forEach(([key, value], i) => {
    piece(`${i === 0 ? "{" : ","}\n  ${JSON.stringify(key)}: `);
    if (!Array.isArray(value) || value.length === 0) return piece(at(JSON.stringify(value, null, 2), "  "));
    value.forEach((item: unknown, j) => piece(`${j === 0 ? "[" : ","}\n    ${at(JSON.stringify(item, null, 2) ?? "null", "    ")}`));
    piece("\n  ]");
  });
  write("\n}\n");
}
