import { createLookup } from "../catalog/lookup.js";
import type { Finding, SourceRange } from "../base/findings.js";
import { toRange, type YamlComment, type YamlFile } from "../parse/yaml-file.js";
import { RULES, ruleById } from "./rules/index.js";
import { quote } from "../base/text.js";

/**
 * Inline suppressions: a YAML comment
 *
 *     # llm-physics-ignore <rule-id>[, <rule-id>…] -- <reason>
 *
 * hides findings of the named rules on one node and everything inside it.
 *
 * - A comment at the end of a line covers the nodes that start on that line.
 * - A comment alone on its line covers the nodes that start on the next line; several such
 *   comment lines stacked directly above a node all cover it. A blank line in between ends the
 *   association (the comment then covers nothing and is reported unused).
 * - A node covers from its key to the end of its value (PathRanges.whole): a comment above
 *   `hardware:` covers `hardware.gpu` and `hardware.count`, not the siblings of `hardware`.
 *   A finding is covered when it starts inside a covered node, or starts on the covered line.
 * - There is no file- or document-wide form. Findings about a deployment as a whole point at the
 *   deployment's start (`metadata.name` in the native format), so a comment above `metadata:` or
 *   `name:` covers those.
 *
 * Only real comments count: the yaml library's CST tells them apart from `#` inside quoted
 * strings, block scalars and plain scalars such as `a#b`.
 */
export interface Suppression {
  file: string;
  /** Line of the comment. */
  line: number;
  /** The ids as written, unknown ones included (they are reported as unused). */
  ruleIds: string[];
  /** What follows ` -- `, trimmed; null when there is none. */
  reason: string | null;
  /** The comment, from `#` to its end. */
  range: SourceRange;
  /** The line whose nodes the comment covers: its own for a trailing comment, the next content line for a comment on its own line. */
  coversLine: number;
}

export const SUPPRESSION_RULES: readonly string[] = ["suppression-without-reason", "unused-suppression"];

const DIRECTIVE = /^#\s*llm-physics-ignore(?=\s|$)(.*)$/s;

function parseDirective(body: string): { ruleIds: string[]; reason: string | null } {
  const dash = body.indexOf("--");
  const ids = dash < 0 ? body : body.slice(0, dash);
  const reason = dash < 0 ? "" : body.slice(dash + 2).trim();
  return {
    ruleIds: ids.split(/[\s,]+/).filter((id) => id !== ""),
    reason: reason === "" ? null : reason,
  };
}

export function findSuppressions(file: YamlFile): Suppression[] {
  const text = file.text;
  const all = file.comments;
  const lineOf = (offset: number) => file.lineCounter.linePos(offset).line;
  const lineCount = text.length === 0 ? 1 : lineOf(text.length);
  /** Whether the comment is the only thing on its line. */
  const ownLine = (c: YamlComment) => {
    const start = text.lastIndexOf("\n", c.offset - 1) + 1;
    return text.slice(start, c.offset).trim() === "";
  };
  const commentOnlyLines = new Set(all.filter(ownLine).map((c) => lineOf(c.offset)));

  const result: Suppression[] = [];
  for (const comment of all) {
    const match = DIRECTIVE.exec(comment.source.replace(/\r$/, ""));
    if (!match) continue;
    const line = lineOf(comment.offset);
    let coversLine = line;
    if (ownLine(comment)) {
      coversLine = line + 1;
      while (commentOnlyLines.has(coversLine) && coversLine <= lineCount) coversLine++;
    }
    result.push({
      file: file.file,
      line,
      ...parseDirective(match[1] ?? ""),
      range: toRange(file.lineCounter, comment.offset, comment.offset + comment.source.replace(/\r$/, "").length),
      coversLine,
    });
  }
  return result;
}

/** Start of `a` is at or after `b`'s start and before its end (ends are exclusive). */
function startsInside(finding: Finding, range: SourceRange): boolean {
  const afterStart = finding.line > range.line || (finding.line === range.line && finding.column >= range.column);
  const beforeEnd = finding.line < range.endLine || (finding.line === range.endLine && finding.column < range.endColumn);
  return afterStart && beforeEnd;
}

/** The `whole` ranges of the nodes that start on `line`, across the file's documents. */
function nodesStartingOn(file: YamlFile, line: number): SourceRange[] {
  const ranges: SourceRange[] = [];
  for (const document of file.documents) {
    for (const path of document.ranges.values()) if (path.whole.line === line) ranges.push(path.whole);
  }
  return ranges;
}

const ruleLookup = createLookup(RULES.map((rule) => ({ id: rule.id, aliases: [] as string[] })));

function suppressible(ruleId: string): boolean {
  return !SUPPRESSION_RULES.includes(ruleId);
}

function stageFinding(ruleId: string, suppression: Suppression, message: string): Finding {
  return {
    ruleId,
    severity: ruleById(ruleId)?.defaultSeverity ?? "warning",
    message,
    file: suppression.file,
    line: suppression.range.line,
    column: suppression.range.column,
    endLine: suppression.range.endLine,
    endColumn: suppression.range.endColumn,
  };
}

function unusedMessage(id: string, suppression: Suppression): string {
  if (!ruleById(id)) {
    const suggestions = ruleLookup.suggest(id);
    const valid = RULES.map((rule) => rule.id).filter(suppressible);
    const hint =
      suggestions.length > 0
        ? `did you mean ${suggestions.map((s) => `${quote(s)}`).join(" or ")}?`
        : `the rule ids are ${valid.join(", ")}`;
    return `${quote(id)} is not a rule id, so this llm-physics-ignore suppresses nothing for it; ${hint}`;
  }
  if (!suppressible(id)) return `${id} findings cannot be suppressed; remove ${quote(id)} from this llm-physics-ignore comment`;
  const where = suppression.coversLine === suppression.line ? "this line" : `line ${suppression.coversLine}`;
  return (
    `llm-physics-ignore ${id} suppressed nothing: no ${id} finding starts on ${where} or inside the node that starts there;` +
    ` remove it, or move the comment to the finding's line or the line above it`
  );
}

/**
 * Hide the findings that suppressions cover. Returns the findings kept, those suppressed, and the
 * suppression stage's own findings (with their rules' default severities; apply the configured
 * ones with applySeverity): `suppression-without-reason` for each comment without `-- <reason>`
 * (it still suppresses), `unused-suppression` for each id that hid nothing or is not a rule id.
 * Findings of those two rules are never suppressed. Only findings of `file` are considered.
 */
export function applySuppressions(
  file: YamlFile,
  findings: Finding[],
  suppressions: Suppression[],
): { kept: Finding[]; suppressed: Finding[]; findings: Finding[] } {
  const mine = suppressions.filter((s) => s.file === file.file);
  const coverage = mine.map((s) => nodesStartingOn(file, s.coversLine));
  const used = mine.map(() => new Set<string>());
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];

  for (const finding of findings) {
    let hidden = false;
    if (finding.file === file.file && suppressible(finding.ruleId)) {
      mine.forEach((s, i) => {
        if (!s.ruleIds.includes(finding.ruleId)) return;
        if (finding.line === s.coversLine || coverage[i]!.some((range) => startsInside(finding, range))) {
          used[i]!.add(finding.ruleId);
          hidden = true;
        }
      });
    }
    (hidden ? suppressed : kept).push(finding);
  }

  const own: Finding[] = [];
  mine.forEach((s, i) => {
    const ids = s.ruleIds.join(", ");
    if (s.ruleIds.length === 0) {
      own.push(
        stageFinding(
          "unused-suppression",
          s,
          "llm-physics-ignore names no rule id, so it suppresses nothing; write `# llm-physics-ignore <rule-id> -- <reason>`",
        ),
      );
    } else if (s.reason === null) {
      own.push(
        stageFinding(
          "suppression-without-reason",
          s,
          `llm-physics-ignore ${ids} gives no reason; say why after a double dash: \`# llm-physics-ignore ${ids} -- <reason>\``,
        ),
      );
    }
    for (const id of new Set(s.ruleIds)) if (!used[i]!.has(id)) own.push(stageFinding("unused-suppression", s, unusedMessage(id, s)));
  });
  return { kept, suppressed, findings: own };
}
