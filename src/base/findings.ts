/**
 * What every stage of the pipeline reports: a finding is one problem at one place in one file.
 * Positions are 1-based; `endColumn` is the column just past the last character, as editors and
 * GitHub annotations count it.
 */
export type Severity = "error" | "warning" | "notice";

/** A rule's setting in `.llm-physics.yml`: a severity, or off. */
export type SeveritySetting = Severity | "off";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "notice"];

/** Higher is more severe: error 3, warning 2, notice 1. */
export function severityRank(severity: Severity): number {
  return 3 - SEVERITIES.indexOf(severity);
}

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /**
   * The file, when it is not the one of the deployment the range belongs to: a value read from a
   * KServe ServingRuntime or a NIMCache in another file. Absent: the deployment's own file.
   */
  file?: string;
}

export interface Finding extends SourceRange {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** The deployment the finding is about, when it is about one. */
  deployment?: string;
  /** The one exact change that resolves the finding, when there is one (a pull-request suggestion). */
  fix?: Fix;
}

/**
 * The value `replaces`, written at `range` on one line (alone, quoted, or as a flag's `=value`),
 * becomes `replacement`. It applies only where the text at `range` holds `replaces` exactly once as
 * a whole number or word, so a value computed from another (a GPU count × a group size) is never
 * rewritten. `range.file` absent: the finding's file.
 */
export interface Fix {
  range: SourceRange;
  replaces: string;
  replacement: string;
}

/** The whole first line of a file: where findings about a file as a whole point. */
export const FILE_START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Deterministic order: by file, position, then rule id and message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

export function sameRange(a: SourceRange, b: SourceRange): boolean {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn && a.file === b.file;
}
