import { neutralizeWorkflowCommands } from "../base/text.js";
import type { Rule } from "../evaluate/rule.js";
import { RULES } from "../evaluate/rules/index.js";
import { formatGithubCommands, type AnnotationOptions } from "./github.js";
import { formatJson, writeJson } from "./json.js";
import type { CheckReport } from "./report.js";
import { formatSarif } from "./sarif.js";
import { formatSummary, type SummaryOptions } from "./summary.js";
import { formatText } from "./text.js";

/**
 * Every output of a CheckReport has one shape, `(report, options) => string`, and one registry:
 * `llm-physics check --format` and the action both take their formatter from FORMATTERS, so a
 * new format is one file and one row here.
 */

/** The options any formatter reads; each takes the ones it knows and ignores the rest. */
export interface FormatOptions extends SummaryOptions, Pick<AnnotationOptions, "elsewhere"> {
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
  /** sarif: code scanning's category of the run (sarifCategory); default `llm-physics`. */
  category?: string;
}

export type Formatter = (report: CheckReport, options: FormatOptions) => string;

/** The output formats of `llm-physics check --format`, in the order the help lists them. */
export const FORMATTERS = {
  text: (report, options) => formatText(report, { color: options.color ?? false, verbose: options.verbose ?? false }),
  json: (report) => formatJson(report),
  sarif: (report, options) =>
    formatSarif(report, {
      rules: options.rules ?? RULES,
      version: options.version ?? report.tool.version,
      ...(options.helpUriBase === undefined ? {} : { helpUriBase: options.helpUriBase }),
      ...(options.category === undefined ? {} : { category: options.category }),
    }),
  github: (report, options) =>
    formatGithubCommands(report, {
      ...(options.changedFiles ? { changedFiles: options.changedFiles } : {}),
      ...(options.elsewhere ? { elsewhere: options.elsewhere } : {}),
    }),
  // The job summary the action writes, and its pull-request comment (with maxBytes). Markdown
  // renders `\:` and `\[` as the characters themselves, so making it inert in a log shows nothing.
  markdown: (report, options) => neutralizeWorkflowCommands(formatSummary(report, options)),
} satisfies Record<string, Formatter>;

export type Format = keyof typeof FORMATTERS;

export const FORMATS = Object.keys(FORMATTERS) as Format[];

export function isFormat(value: string): value is Format {
  return Object.hasOwn(FORMATTERS, value);
}

/** The report in one format, ready to print: every format ends with a newline (github prints nothing when there are no findings). */
export function formatReport(format: Format, report: CheckReport, options: FormatOptions = {}): string {
  return FORMATTERS[format](report, options);
}

/**
 * formatReport's text, to `write`: in pieces for the JSON report (writeJson: the largest, and the
 * same bytes without the whole text in memory at once), in one for the others.
 */
export function writeReport(format: Format, report: CheckReport, options: FormatOptions, write: (text: string) => void): void {
  if (format === "json") writeJson(report, write);
  else write(formatReport(format, report, options));
}
