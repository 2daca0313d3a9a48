/**
 * How values from files are written into what a person reads. A manifest on a pull request comes
 * from anyone, so a value quoted in a message is escaped (no control character, line break or
 * bidirectional override reaches a terminal, a log or an annotation as itself) and cut to a
 * length a message can hold, saying how long it was. Base layer: imports nothing of the product.
 */

/** Characters longer than this in a quoted value are cut. No catalog id or manifest value a person writes is longer. */
export const QUOTE_MAX_CHARS = 120;

/**
 * Characters that would change what a reader sees instead of showing as themselves: C0 and C1
 * controls (line breaks, escape sequences), DEL, the Unicode line and paragraph separators,
 * bidirectional marks and overrides (a "Trojan source" reordering) and the byte order mark.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const SHORT_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(c: string): string {
  return SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** `text` with every invisible or line-breaking character written as an escape (`\n`, `\u001b`). */
export function escapeControl(text: string): string {
  return text.replace(INVISIBLE, escapeOne);
}

/** `1,900,000`: thousands separated, as every message writes counts. */
export function groupDigits(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The first `maxChars` UTF-16 units of `text`, never ending inside a surrogate pair. */
export function cutAt(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const end = /[\ud800-\udbff]/.test(text[maxChars - 1] ?? "") ? maxChars - 1 : maxChars;
  return text.slice(0, end);
}

/**
 * A value as a message quotes it: `"H100-SXM"`, with control characters written as escapes; past `maxChars` it is cut and its length said: `"aaaa…" (1,900,000 characters)`.
 */
export function quote(value: unknown, maxChars: number = QUOTE_MAX_CHARS): string {
  const text = typeof value === "string" ? value : String(value);
  const shown = cutAt(text, maxChars);
  // Quotes and backslashes stay as written (a Windows path reads as itself); what could change the display is escaped.
  const body = escapeControl(shown);
  return shown.length < text.length ? `"${body}…" (${groupDigits(text.length)} characters)` : `"${body}"`;
}

/**
 * Any value a YAML or JSON reader returns, as a message shows it: strings quoted, numbers and
 * booleans as written, lists and mappings by their size. Never throws, whatever the value
 * (a cycle, a value nested thousands deep), and never longer than a quoted string.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return quote(value);
  if (value === null || value === undefined) return "null";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${groupDigits(value.length)} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") {
    const keys = Object.keys(value as object).length;
    return keys === 0 ? "an empty mapping" : `a mapping of ${groupDigits(keys)} key${keys === 1 ? "" : "s"}`;
  }
  return typeof value;
}

/** Characters a finding's message may hold at most; the rest is cut, saying how much there was. */
export const MESSAGE_MAX_CHARS = 2000;

/** A message made safe for any output: control characters escaped, cut at MESSAGE_MAX_CHARS. */
export function boundMessage(message: string, maxChars: number = MESSAGE_MAX_CHARS): string {
  const escaped = escapeControl(message);
  if (escaped.length <= maxChars) return escaped;
  return `${cutAt(escaped, maxChars)}… (message cut: ${groupDigits(escaped.length)} characters)`;
}

/**
 * Plain text made inert in a GitHub Actions log. The runner takes a line as a workflow command
 * when, after leading white space, it starts with `::` (`::error::`, `::add-mask::`,
 * `::stop-commands::`), and anywhere it holds `##[` (the legacy form). Such a line gets a
 * backslash before its `::`, and `##[` becomes `##\[`; text without either is returned as it is.
 */
export function neutralizeWorkflowCommands(text: string): string {
  if (!text.includes("::") && !text.includes("##[")) return text;
  // \s as the runner trims: every Unicode space, not only ASCII ones.
  return breakLegacyCommands(text.replace(/^(\s*)::/gm, "$1\\::"));
}

/** `##[` written `##\[`: the runner reads the legacy command form wherever it stands in a line, even inside one of our own commands. */
export function breakLegacyCommands(text: string): string {
  return text.includes("##[") ? text.replace(/##\[/g, "##\\[") : text;
}

/**
 * JSON made inert in a GitHub Actions log, with the same value: `##[` can only stand inside a
 * JSON string, where `[` may be written `\u005b`. Pretty-printed JSON never starts a line with `::`.
 */
export function neutralizeJson(json: string): string {
  return json.includes("##[") ? json.replace(/##\[/g, "##\\u005b") : json;
}
