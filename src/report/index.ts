import type { Rule } from "../evaluate/rule.js";
import { RULES } from "../evaluate/rules/index.js";
import { formatGithubCommands } from "./github.js";
import { formatJson } from "./json.js";
import type { CheckReport } from "./report.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";

/** The output formats of `llm-physics check --format`. */
export type Format = "text" | "json" | "sarif" | "github";

export const FORMATS: readonly Format[] = ["text", "json", "sarif", "github"];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export interface FormatOptions {
  /** text: ANSI colours. */
  color?: boolean;
  /** text: every fact of each deployment as it was read, with its place. */
  verbose?: boolean;
  /** sarif: the rules listed in the driver; default every rule of the tool. */
  rules?: readonly Rule[];
  /** sarif: the tool's version; default the report's. */
  version?: string;
  /** sarif: documentation page of the rules (`<base>#<rule-id>`). */
  helpUriBase?: string;
}

/** The report in one format, ready to print: every format ends with a newline (github prints nothing when there are no findings). */
export function formatReport(format: Format, report: CheckReport, options: FormatOptions = {}): string {
  switch (format) {
    case "text":
      return formatText(report, { color: options.color ?? false, verbose: options.verbose ?? false });
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report, {
        rules: options.rules ?? RULES,
        version: options.version ?? report.tool.version,
        ...(options.helpUriBase === undefined ? {} : { helpUriBase: options.helpUriBase }),
      });
    case "github":
      return formatGithubCommands(report);
  }
}
