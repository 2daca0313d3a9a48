import { breakLegacyCommands } from "../base/text.js";
import type { Finding, Severity } from "../base/findings.js";
import type { CheckReport } from "./report.js";

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns
 * into annotations on the pull request's diff. The command text is byte for byte what
 * `@actions/core` prints for `core.error(message, properties)`, so that the CLI in a `run:` step
 * and the action give the same annotations.
 */

/** `@actions/core` `AnnotationProperties`, same names and meaning. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export type AnnotationCommand = "error" | "warning" | "notice";

export interface Annotation {
  command: AnnotationCommand;
  message: string;
  properties: AnnotationProperties;
}

const COMMAND: Record<Severity, AnnotationCommand> = { error: "error", warning: "warning", notice: "notice" };

/** Escape a command's message (after `::`): `%`, CR and LF, as `@actions/core` does. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escape a property value: as `escapeData`, plus `:` and `,`, which delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * `@actions/core`'s `toCommandProperties`: the runner's property names, in its order
 * (title, file, line, endLine, col, endColumn).
 */
function commandProperties(p: AnnotationProperties): [string, string | number | undefined][] {
  return [
    ["title", p.title],
    ["file", p.file],
    ["line", p.startLine],
    ["endLine", p.endLine],
    ["col", p.startColumn],
    ["endColumn", p.endColumn],
  ];
}

/**
 * One workflow command, as `@actions/core`'s `Command.toString()` builds it: properties whose
 * value is empty (undefined, "" or 0) are left out.
 */
export function workflowCommand(command: string, properties: AnnotationProperties, message: string): string {
  const props = commandProperties(properties)
    .filter(([, value]) => Boolean(value))
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

/**
 * The annotation for a finding, ready for `core[command](message, properties)`. Columns are
 * given only when the finding is on one line: GitHub ignores or misplaces them otherwise.
 */
export function findingAnnotation(f: Finding): Annotation {
  const properties: AnnotationProperties = {
    title: `llm-physics (${f.ruleId})`,
    file: f.file,
    startLine: f.line,
    endLine: f.endLine,
  };
  if (f.line === f.endLine) {
    properties.startColumn = f.column;
    properties.endColumn = f.endColumn;
  }
  return { command: COMMAND[f.severity], message: f.message, properties };
}

/** GitHub shows at most this many annotations of each type (error, warning, notice) per step and drops the rest. */
export const ANNOTATIONS_PER_SEVERITY = 10;

export interface AnnotationOptions {
  /** Files the pull request changed: their findings are shown first. */
  changedFiles?: ReadonlySet<string>;
  /** Where the findings that do not fit are listed, for the annotation that says some were cut. */
  elsewhere?: string;
  /**
   * Annotations of each type the caller writes in the same step besides these (the action's
   * failure message is an error, its comment and SARIF problems warnings): room kept for them
   * within GitHub's 10, so that none of them is dropped. Default none, as for the CLI.
   */
  reserved?: Partial<Record<AnnotationCommand, number>>;
}

/**
 * The annotations GitHub will show, in the order a reviewer wants them: errors, then warnings,
 * then notices; within each, files the pull request changed first. Each type gets GitHub's 10
 * less the room `reserved` for the caller's own; when its findings do not fit, the last annotation
 * of that type says how many more there are and where they are, so that none vanishes silently.
 */
export function selectAnnotations(findings: readonly Finding[], options: AnnotationOptions = {}): Annotation[] {
  const changed = options.changedFiles;
  const rank = (f: Finding) => (changed && changed.has(f.file) ? 0 : 1);
  const elsewhere = options.elsewhere ?? "the job summary and the JSON report";
  const annotations: Annotation[] = [];
  for (const severity of ["error", "warning", "notice"] as const) {
    const command = COMMAND[severity];
    const group = findings.filter((f) => f.severity === severity).sort((a, b) => rank(a) - rank(b));
    const budget = Math.max(0, ANNOTATIONS_PER_SEVERITY - Math.max(0, Math.floor(options.reserved?.[command] ?? 0)));
    if (group.length <= budget) {
      annotations.push(...group.map(findingAnnotation));
      continue;
    }
    // One place goes to the annotation that counts the rest (always two or more); with no place at
    // all, nothing of this type shows.
    if (budget === 0) continue;
    const shown = group.slice(0, budget - 1);
    annotations.push(...shown.map(findingAnnotation));
    const more = group.length - shown.length;
    annotations.push({
      command,
      message: `and ${more} more ${command}s not shown as annotations (GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} ${command}s per step): see ${elsewhere}`,
      properties: { title: "llm-physics: more findings" },
    });
  }
  return annotations;
}

/** The workflow commands the action prints: the selected annotations, one per line. */
export function formatGithubCommands(report: CheckReport, options: AnnotationOptions = {}): string {
  // `##[` inside a command line is broken too: the runner reads it as a legacy command wherever it stands.
  return selectAnnotations(report.findings, options)
    .map((a) => breakLegacyCommands(workflowCommand(a.command, a.properties, a.message)) + "\n")
    .join("");
}
