import type { Finding, Fix } from "../base/findings.js";

/**
 * The findings' exact fixes (Finding.fix) as changed lines: what a pull-request suggestion shows,
 * what `check --format diff` prints and what `check --fix` writes. Pure: the caller reads the files
 * (through the guarded reader) and writes them.
 */

/** The lines of a repository file, without their line ends, or null when it cannot be read. */
export type LineReader = (file: string) => string[] | null;

/** One line of one file with every fix on it applied. */
export interface LineFix {
  /** Path relative to the working directory, with forward slashes. */
  path: string;
  /** 1-based line number. */
  line: number;
  original: string;
  text: string;
  /** The findings whose fixes were applied to the line, in the order of the report. */
  findings: Finding[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The line with the fix applied, or null when it cannot be exact: the range spans lines, or the
 * text at the range does not hold `replaces` exactly once as a whole token (a value computed from
 * others, a `$(VAR)` reference, a `32k`). Quotes, the flag's name and the indentation stay.
 */
export function applyFix(lineText: string, fix: Fix): string | null {
  const { range } = fix;
  if (range.endLine !== range.line || range.column < 1 || range.endColumn <= range.column) return null;
  const start = range.column - 1;
  const end = Math.min(range.endColumn - 1, lineText.length);
  if (start >= end) return null;
  const text = lineText.slice(start, end);
  const token = new RegExp(`(?<![\\w.$])${escapeRegExp(fix.replaces)}(?![\\w.])`, "g");
  const matches = [...text.matchAll(token)];
  if (matches.length !== 1) return null;
  const at = start + matches[0]!.index!;
  const changed = lineText.slice(0, at) + fix.replacement + lineText.slice(at + fix.replaces.length);
  return changed === lineText ? null : changed;
}

/**
 * The lines the findings' fixes change: one entry per path and line, with every fix on that line
 * applied from the right (so that columns hold; a fix overlapping one already applied is left out),
 * for the lines `accept` takes (all by default), sorted by path and line. A line a file no longer
 * has, or where no fix applies exactly, gives none.
 */
export function lineFixes(findings: readonly Finding[], lines: LineReader, accept: (path: string, line: number) => boolean = () => true): LineFix[] {
  const byLine = new Map<string, { path: string; line: number; findings: Finding[] }>();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix) continue;
    const path = fix.range.file ?? finding.file;
    const line = fix.range.line;
    if (!accept(path, line)) continue;
    const key = `${path}\n${line}`;
    const entry = byLine.get(key) ?? { path, line, findings: [] };
    entry.findings.push(finding);
    byLine.set(key, entry);
  }
  const fixes: LineFix[] = [];
  for (const { path, line, findings: onLine } of byLine.values()) {
    const original = lines(path)?.[line - 1];
    if (original === undefined) continue;
    let text = original;
    let leftmost = Infinity;
    const applied = new Set<Finding>();
    for (const finding of [...onLine].sort((a, b) => b.fix!.range.column - a.fix!.range.column)) {
      const fix = finding.fix!;
      if (fix.range.endColumn > leftmost) continue;
      const next = applyFix(text, fix);
      if (next === null) continue;
      text = next;
      leftmost = fix.range.column;
      applied.add(finding);
    }
    if (applied.size > 0) fixes.push({ path, line, original, text, findings: onLine.filter((f) => applied.has(f)) });
  }
  return fixes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}

/** Lines of unchanged context around each change in a unified diff, as git and diff -u print. */
const CONTEXT_LINES = 3;

function hunkRange(start: number, count: number): string {
  // Unified diff: a range of one line is written as its start alone; an empty one starts a line before.
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}

/**
 * The fixes as a unified diff that `git apply` and `patch -p1` take: per file `--- a/path` and
 * `+++ b/path`, hunks with three lines of context, nearby changes in one hunk. Empty when there is
 * no fix. Lines are compared without their line ends; a file's CRLF ends are written back as they were.
 */
export function unifiedDiff(fixes: readonly LineFix[], lines: LineReader): string {
  const byPath = new Map<string, LineFix[]>();
  for (const fix of fixes) byPath.set(fix.path, [...(byPath.get(fix.path) ?? []), fix]);
  let out = "";
  for (const [path, onPath] of [...byPath].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = lines(path);
    if (file === null) continue;
    // A final empty element is the end of the last line, not a line.
    const count = file.length > 0 && file[file.length - 1] === "" ? file.length - 1 : file.length;
    const changed = new Map(onPath.map((f) => [f.line, f.text]));
    const sorted = [...changed.keys()].sort((a, b) => a - b);
    out += `--- a/${path}\n+++ b/${path}\n`;
    let i = 0;
    while (i < sorted.length) {
      let last = sorted[i]!;
      let j = i + 1;
      while (j < sorted.length && sorted[j]! - last <= 2 * CONTEXT_LINES) last = sorted[j++]!;
      const from = Math.max(1, sorted[i]! - CONTEXT_LINES);
      const to = Math.min(count, last + CONTEXT_LINES);
      let body = "";
      for (let n = from; n <= to; n++) {
        const text = file[n - 1]!;
        const fixed = changed.get(n);
        body += fixed === undefined ? ` ${text}\n` : `-${text}\n+${fixed}\n`;
      }
      const size = to - from + 1;
      out += `@@ -${hunkRange(from, size)} +${hunkRange(from, size)} @@\n${body}`;
      i = j;
    }
  }
  return out;
}

/**
 * A file's text with the fixes on it applied, every line end (LF or CRLF) and a missing final
 * newline kept as they were. Fixes for lines the text does not have are ignored.
 */
export function applyLineFixes(text: string, fixes: readonly LineFix[]): string {
  const parts = text.split(/(\r?\n)/);
  for (const fix of fixes) {
    const index = (fix.line - 1) * 2;
    if (index < parts.length && parts[index] === fix.original) parts[index] = fix.text;
  }
  return parts.join("");
}
