import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/base/text.ts
var QUOTE_MAX_CHARS = 120;
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
var SHORT_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeOne(c) {
  return SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeControl(text) {
  return text.replace(INVISIBLE, escapeOne);
}
function groupDigits(n) {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function cutAt(text, maxChars) {
  if (text.length <= maxChars) return text;
  const end = /[\ud800-\udbff]/.test(text[maxChars - 1] ?? "") ? maxChars - 1 : maxChars;
  return text.slice(0, end);
}
function quote(value, maxChars = QUOTE_MAX_CHARS) {
  const text = typeof value === "string" ? value : String(value);
  const shown = cutAt(text, maxChars);
  const body = escapeControl(shown);
  return shown.length < text.length ? `"${body}\u2026" (${groupDigits(text.length)} characters)` : `"${body}"`;
}
function describeValue(value) {
  if (typeof value === "string") return quote(value);
  if (value === null || value === void 0) return "null";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${groupDigits(value.length)} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") {
    const keys = Object.keys(value).length;
    return keys === 0 ? "an empty mapping" : `a mapping of ${groupDigits(keys)} key${keys === 1 ? "" : "s"}`;
  }
  return typeof value;
}
var MESSAGE_MAX_CHARS = 2e3;
function boundMessage(message, maxChars = MESSAGE_MAX_CHARS) {
  const escaped = escapeControl(message);
  if (escaped.length <= maxChars) return escaped;
  return `${cutAt(escaped, maxChars)}\u2026 (message cut: ${groupDigits(escaped.length)} characters)`;
}
function neutralizeWorkflowCommands(text) {
  if (!text.includes("::") && !text.includes("##[")) return text;
  return breakLegacyCommands(text.replace(/^(\s*)::/gm, "$1\\::"));
}
function breakLegacyCommands(text) {
  return text.includes("##[") ? text.replace(/##\[/g, "##\\[") : text;
}
function neutralizeJson(json) {
  return json.includes("##[") ? json.replace(/##\[/g, "##\\u005b") : json;
}

export {
  escapeControl,
  groupDigits,
  cutAt,
  quote,
  describeValue,
  boundMessage,
  neutralizeWorkflowCommands,
  breakLegacyCommands,
  neutralizeJson
};
