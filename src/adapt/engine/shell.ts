import { parse as shellParse } from "shell-quote";
import type { SourceRange } from "../../base/findings.js";
import type { EnvMap } from "./k8s-expansion.js";
import { engineProblem, type ArgItem, type EngineProblem, type EnvSource, type EnvVar } from "./types.js";
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
      } else if (c === "$" && script[i + 1] === "(" && script[i + 2] === "(") {
        // An arithmetic expansion $(( … )) stays inside its word, its parentheses nested.
        i = arithmeticEnd(script, i);
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

/** The offset after the `))` that closes the arithmetic expansion starting at `start` (`$((`), or the script's end. */
function arithmeticEnd(script: string, start: number): number {
  let depth = 0;
  for (let j = start + 1; j < script.length; j++) {
    if (script[j] === "(") depth++;
    else if (script[j] === ")" && --depth === 0) return j + 1;
  }
  return script.length;
}

/**
 * Integer arithmetic as the shell evaluates `$(( … ))`: + - * / % and parentheses over whole
 * numbers and variables (`LWS_GROUP_SIZE * DP_SIZE_LOCAL`, `${LWS_WORKER_INDEX:-0} * 8`). Null
 * when the expression uses anything else or a variable whose value is not a whole number.
 */
export function evaluateArithmetic(expression: string, valueOf: (name: string) => string | undefined): number | null {
  const tokens: string[] = [];
  const re = /\s*(?:(\d+)|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-(\d+))?\}|\$?([A-Za-z_][A-Za-z0-9_]*)|([-+*/%()]))/y;
  let at = 0;
  const rest = expression.trimEnd();
  while (at < rest.length) {
    re.lastIndex = at;
    const m = re.exec(rest);
    if (!m) return null;
    at = re.lastIndex;
    if (m[1] !== undefined) tokens.push(m[1]);
    else if (m[5] !== undefined) tokens.push(m[5]);
    else {
      const name = m[2] ?? m[4]!;
      const value = valueOf(name)?.trim();
      const chosen = value === undefined || value === "" ? m[3] : value;
      if (chosen === undefined || !/^-?\d+$/.test(chosen)) return null;
      tokens.push(chosen.startsWith("-") ? `(0${chosen})` : chosen);
    }
  }
  // Tokens of a parenthesised negative value come back as one string: split them again.
  const flat = tokens.flatMap((t) => (t.startsWith("(0") ? ["(", "0", "-", t.slice(3, -1), ")"] : [t]));
  let i = 0;
  const peek = () => flat[i];
  const primary = (): number | null => {
    const t = flat[i++];
    if (t === undefined) return null;
    if (t === "(") {
      const v = sum();
      return flat[i++] === ")" ? v : null;
    }
    if (t === "-" || t === "+") {
      const v = primary();
      return v === null ? null : t === "-" ? -v : v;
    }
    return /^\d+$/.test(t) ? Number(t) : null;
  };
  const product = (): number | null => {
    let v = primary();
    while (v !== null && (peek() === "*" || peek() === "/" || peek() === "%")) {
      const op = flat[i++];
      const r = primary();
      if (r === null || ((op === "/" || op === "%") && r === 0)) return null;
      v = op === "*" ? v * r : op === "/" ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number | null => {
    let v = product();
    while (v !== null && (peek() === "+" || peek() === "-")) {
      const op = flat[i++];
      const r = product();
      if (r === null) return null;
      v = op === "+" ? v + r : v - r;
    }
    return v;
  };
  const value = sum();
  return value !== null && i === flat.length && Number.isSafeInteger(value) ? value : null;
}

/**
 * Replace each `$(( … ))` the shell would evaluate with its value, where every variable in it is
 * known (`valueOf`); one that is not is left as a reference to its first unknown variable, so that
 * the variable is reported as not set.
 */
function expandArithmetic(script: string, valueOf: (name: string) => string | undefined): string {
  let out = "";
  let i = 0;
  while (i < script.length) {
    const start = script.indexOf("$((", i);
    if (start < 0) break;
    const end = arithmeticEnd(script, start);
    out += script.slice(i, start);
    const expression = script.slice(start + 3, Math.max(start + 3, end - 2));
    const value = end <= script.length && script.slice(end - 2, end) === "))" ? evaluateArithmetic(expression, valueOf) : null;
    if (value !== null) out += String(value);
    else {
      const unknown = /\$?\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(expression)?.[1];
      out += unknown ? `\${${unknown}}` : "";
    }
    i = end;
  }
  return out + script.slice(i);
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
export function splitScript(item: ArgItem, expanded: string, env: EnvMap, problems: EngineProblem[], standsFor: ReadonlyMap<string, EnvVar> = new Map()): ScriptCommand[] {
  const sanitisedRaw = sanitiseScript(item.text);
  const known = (vars: Map<string, string>) => (name: string) => {
    const v = vars.has(name) ? vars.get(name) : env.get(name);
    return typeof v === "string" ? v : undefined;
  };
  // $(( … )) first, with the variables the script assigns before it ($((LWS_GROUP_SIZE * DP_SIZE_LOCAL))).
  const plain = sanitiseScript(expanded);
  const sanitised = plain.includes("$((") ? expandArithmetic(plain, known(scriptAssignments(plain))) : plain;
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
    // A word that is only a variable an adapter wrote for a YAML value stands for that value.
    const only = r ? /^"?\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|\(([A-Za-z_][A-Za-z0-9_]*)\)|([A-Za-z_][A-Za-z0-9_]*))"?$/.exec(sanitisedRaw.slice(r.start, r.end)) : null;
    const variable = only ? standsFor.get(only[1] ?? only[2] ?? only[3]!) : undefined;
    commands[commands.length - 1]!.words.push(
      variable?.via
        ? { text, range: variable.range, path: variable.path, inScript: true, via: variable.via }
        : { text, range: r ? rangeOf(r.start, r.end) : item.range, path: item.path, inScript: true },
    );
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
