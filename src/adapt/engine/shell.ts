import { parse as shellParse } from "shell-quote";
import type { SourceRange } from "../../base/findings.js";
import type { EnvMap } from "./k8s-expansion.js";
import { engineProblem, type ArgItem, type EngineProblem, type EnvSource } from "./types.js";
import { basename, refsOf, sentinel, type Word } from "./words.js";

// Shell scripts (`sh -c "…"`): split into commands and words as a shell does, each word located in the file.

const SHELLS = new Set(["sh", "bash", "dash", "zsh", "ash", "ksh"]);
/** Set by the image or the runtime, not by the manifest: not worth a problem when referenced. */
const AMBIENT_VARS = new Set(["HOME", "PATH", "HOSTNAME", "PWD", "USER", "SHELL", "TMPDIR", "LANG", "TERM", "RANDOM"]);

/**
 * Same-length rewrite of a script so that shell-quote reads it as a shell would: a
 * backslash-newline joins lines, an unquoted newline ends a command (`;`), a comment is blank.
 */
function sanitiseScript(script: string): string {
  const out = script.split("");
  let quote: string | null = null;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === "\\") {
      if (script[i + 1] === "\n") {
        out[i] = out[i + 1] = " ";
        i++;
      } else if (script[i + 1] === "\r" && script[i + 2] === "\n") {
        out[i] = out[i + 1] = out[i + 2] = " ";
        i += 2;
      } else {
        i++;
      }
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "\n") out[i] = ";";
    else if (c === "\r") out[i] = " ";
    else if (c === "#" && (i === 0 || /[\s;&|()]/.test(script[i - 1]!) || out[i - 1] === ";")) {
      while (i < out.length && script[i] !== "\n") out[i++] = " ";
      i--;
    }
  }
  return out.join("");
}

const CONTROL_AT = /\|\||&&|&>>?|;;&?|[;|]&|<\(|<<<|<<-|<<|>>|>[&|(]|<[&>]|[&;()|<>]/y;

/** Offsets of the words and operators of a sanitised script, in shell-quote's order. */
function scanWords(script: string): Array<{ start: number; end: number; op: boolean }> {
  const words: Array<{ start: number; end: number; op: boolean }> = [];
  let i = 0;
  while (i < script.length) {
    if (/\s/.test(script[i]!)) {
      i++;
      continue;
    }
    CONTROL_AT.lastIndex = i;
    const op = CONTROL_AT.exec(script);
    if (op) {
      words.push({ start: i, end: i + op[0].length, op: true });
      i += op[0].length;
      continue;
    }
    const start = i;
    while (i < script.length) {
      const c = script[i]!;
      if (c === "'") {
        const close = script.indexOf("'", i + 1);
        i = close < 0 ? script.length : close + 1;
      } else if (c === '"') {
        let j = i + 1;
        while (j < script.length && script[j] !== '"') j += script[j] === "\\" ? 2 : 1;
        i = Math.min(j + 1, script.length);
      } else if (c === "\\") {
        i += 2;
      } else if (c === "$" && script[i + 1] === "(") {
        // A Kubernetes $(VAR) (replaced before the shell splits) stays inside its word.
        const close = script.indexOf(")", i + 2);
        i = close < 0 ? script.length : close + 1;
      } else if (/\s/.test(c) || "|&;()<>".includes(c)) {
        break;
      } else {
        i++;
      }
    }
    words.push({ start, end: Math.min(i, script.length), op: false });
  }
  return words;
}

/**
 * Where an offset of a script item is in the file. In a literal block scalar (`- |`) the n-th
 * line is the file's line item.line + 1 + n, its content taken to start at the indicator's
 * column, as `- |` items are written; in a one-line scalar without escapes the offset is a
 * column. Otherwise (folded, escaped, multi-line quoted) the item's own range.
 */
function scriptRangeMapper(item: ArgItem): (start: number, end: number) => SourceRange {
  const body = item.text.replace(/\n+$/, "");
  const lines = body.split("\n").length;
  const span = item.range.endLine - item.range.line;
  const literalBlock = item.text.endsWith("\n") && (span === lines || span === lines + 1);
  if (!literalBlock) {
    // A one-line scalar written without escapes: plain, or quoted (one column for the quote).
    const width = item.range.endColumn - item.range.column;
    const oneLine = item.range.line === item.range.endLine && !item.text.includes("\n");
    const shift = !oneLine ? -1 : width === item.text.length ? 0 : width === item.text.length + 2 ? 1 : -1;
    if (shift < 0) return () => item.range;
    return (start, end) => ({
      line: item.range.line,
      column: item.range.column + shift + start,
      endLine: item.range.line,
      endColumn: item.range.column + shift + Math.max(end, start + 1),
    });
  }
  const pos = (offset: number) => {
    const before = item.text.slice(0, offset);
    const line = before.split("\n").length - 1;
    const column = offset - (before.lastIndexOf("\n") + 1);
    return { line: item.range.line + 1 + line, column: item.range.column + column };
  };
  return (start, end) => {
    const s = pos(start);
    const e = pos(Math.max(end, start + 1));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
}

/** Variables a script assigns itself (`export MAX_LEN=8192; …`), read before it is split. */
function scriptAssignments(script: string): Map<string, string> {
  const vars = new Map<string, string>();
  const re = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=("[^"$`]*"|'[^']*'|[^\s;&|()"'$`]*)(?=[\s;&|)]|$)/g;
  for (const m of script.matchAll(re)) vars.set(m[1]!, m[2]!.replace(/^(["'])(.*)\1$/s, "$2"));
  return vars;
}

export interface ScriptCommand {
  words: Word[];
}

/** Split a shell script into its simple commands, each word with its range. */
export function splitScript(item: ArgItem, expanded: string, env: EnvMap, problems: EngineProblem[]): ScriptCommand[] {
  const sanitisedRaw = sanitiseScript(item.text);
  const sanitised = sanitiseScript(expanded);
  const own = scriptAssignments(sanitised);
  const lookup = (key: string): string => {
    // ${NAME:-default}, ${NAME-default}, ${NAME:=default}
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-=])(.*)$/s.exec(key);
    const name = m ? m[1]! : key;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return key === "" ? "$" : "";
    const value = own.has(name) ? own.get(name) : env.get(name);
    if (value === null) return sentinel("W", name);
    if (typeof value === "string" && (value !== "" || !m || !m[2]!.startsWith(":"))) return value;
    if (m) return m[3]!;
    if (AMBIENT_VARS.has(name)) return `$${name}`;
    return sentinel("S", name);
  };
  let entries: ReturnType<typeof shellParse>;
  try {
    entries = shellParse(sanitised, lookup);
  } catch (error) {
    problems.push(engineProblem("script-unreadable", `the shell script could not be split into words (${(error as Error).message}); its engine flags are not read`, item.range));
    return [];
  }
  const raw = scanWords(sanitisedRaw);
  const aligned = raw.length === entries.length && raw.every((r, i) => r.op === isOperator(entries[i]));
  const rangeOf = scriptRangeMapper(item);
  const commands: ScriptCommand[] = [{ words: [] }];
  entries.forEach((entry, i) => {
    if (isOperator(entry)) {
      commands.push({ words: [] });
      return;
    }
    const text = typeof entry === "string" ? entry : "pattern" in entry ? entry.pattern : "";
    if (typeof entry === "object" && "comment" in entry) return;
    const r = aligned ? raw[i] : undefined;
    commands[commands.length - 1]!.words.push({ text, range: r ? rangeOf(r.start, r.end) : item.range, path: item.path, inScript: true });
  });
  return commands.filter((c) => c.words.length > 0);
}

function isOperator(entry: unknown): boolean {
  return typeof entry === "object" && entry !== null && "op" in entry && (entry as { op: string }).op !== "glob";
}

/** Index of the script in `words` when `words[at]` is a shell run with `-c`, else -1. */
export function shellScriptIndex(words: Word[], at: number): number {
  if (!SHELLS.has(basename(words[at]!.text))) return -1;
  let sawC = false;
  for (let j = at + 1; j < words.length; j++) {
    const t = words[j]!.text;
    if (t === "-o" || t === "+o") {
      j++;
      continue;
    }
    if (/^-[a-zA-Z]+$/.test(t)) {
      if (t.includes("c")) sawC = true;
      continue;
    }
    return sawC ? j : -1;
  }
  return -1;
}

/** Problems about the `$VAR`s an engine's arguments use that the script's env does not set. */
export function unsetShellVariables(args: Word[], envSource: EnvSource): EngineProblem[] {
  const problems: EngineProblem[] = [];
  for (const w of args) {
    for (const ref of refsOf(w.text)) {
      if (ref.kind === "S") {
        problems.push(
          engineProblem("env-var-unset", `$${ref.name} is not set in ${envSource.where}, so the shell expands it to an empty string; define ${ref.name} in ${envSource.key}`, w.range),
        );
      }
    }
  }
  return problems;
}
