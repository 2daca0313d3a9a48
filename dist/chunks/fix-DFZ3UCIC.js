import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_FILE_SIZE_BYTES
} from "./chunk-QXBTFUO2.js";
import "./chunk-6QDY4KUR.js";
import "./chunk-TQVKSG5V.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-CVDZKI6N.js";
import {
  decodeLoosely
} from "./chunk-FHUT4NP5.js";
import "./chunk-LRW7K6N5.js";
import {
  readGuarded,
  realRoot
} from "./chunk-MF5XHCMM.js";
import "./chunk-NOE7O2GR.js";

// src/cli/fix.ts
import { closeSync, constants, fstatSync, openSync, writeSync } from "node:fs";

// src/read/repository-text.ts
import { join } from "node:path";
function repositoryFiles(root, maxBytes) {
  const real = realRoot(root);
  const cache = /* @__PURE__ */ new Map();
  const text = (file) => {
    if (!cache.has(file)) {
      const read = readGuarded(join(root, file), { root: real, maxBytes });
      if (!read.ok) cache.set(file, null);
      else {
        const decoded = decodeLoosely(read.bytes);
        cache.set(file, { text: decoded, realPath: read.realPath, exact: Buffer.from(decoded, "utf8").equals(read.bytes) });
      }
    }
    return cache.get(file);
  };
  return { text, lines: (file) => text(file)?.text.split(/\r?\n/) ?? null };
}

// src/report/fixes.ts
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function applyFix(lineText, fix) {
  const { range } = fix;
  if (range.endLine !== range.line || range.column < 1 || range.endColumn <= range.column) return null;
  const start = range.column - 1;
  const end = Math.min(range.endColumn - 1, lineText.length);
  if (start >= end) return null;
  const text = lineText.slice(start, end);
  const token = new RegExp(`(?<![\\w.$])${escapeRegExp(fix.replaces)}(?![\\w.])`, "g");
  const matches = [...text.matchAll(token)];
  if (matches.length !== 1) return null;
  const at = start + matches[0].index;
  const changed = lineText.slice(0, at) + fix.replacement + lineText.slice(at + fix.replaces.length);
  return changed === lineText ? null : changed;
}
function lineFixes(findings, lines, accept = () => true) {
  const byLine = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix) continue;
    const path = fix.range.file ?? finding.file;
    const line = fix.range.line;
    if (!accept(path, line)) continue;
    const key = `${path}
${line}`;
    const entry = byLine.get(key) ?? { path, line, findings: [] };
    entry.findings.push(finding);
    byLine.set(key, entry);
  }
  const fixes = [];
  for (const { path, line, findings: onLine } of byLine.values()) {
    const original = lines(path)?.[line - 1];
    if (original === void 0) continue;
    let text = original;
    let leftmost = Infinity;
    const applied = /* @__PURE__ */ new Set();
    for (const finding of [...onLine].sort((a, b) => b.fix.range.column - a.fix.range.column)) {
      const fix = finding.fix;
      if (fix.range.endColumn > leftmost) continue;
      const next = applyFix(text, fix);
      if (next === null) continue;
      text = next;
      leftmost = fix.range.column;
      applied.add(finding);
    }
    if (applied.size > 0) fixes.push({ path, line, original, text, findings: onLine.filter((f) => applied.has(f)) });
  }
  return fixes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
}
var CONTEXT_LINES = 3;
function hunkRange(start, count) {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}
function unifiedDiff(fixes, lines) {
  const byPath = /* @__PURE__ */ new Map();
  for (const fix of fixes) byPath.set(fix.path, [...byPath.get(fix.path) ?? [], fix]);
  let out = "";
  for (const [path, onPath] of [...byPath].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const file = lines(path);
    if (file === null) continue;
    const count = file.length > 0 && file[file.length - 1] === "" ? file.length - 1 : file.length;
    const changed = new Map(onPath.map((f) => [f.line, f.text]));
    const sorted = [...changed.keys()].sort((a, b) => a - b);
    out += `--- a/${path}
+++ b/${path}
`;
    let i = 0;
    while (i < sorted.length) {
      let last = sorted[i];
      let j = i + 1;
      while (j < sorted.length && sorted[j] - last <= 2 * CONTEXT_LINES) last = sorted[j++];
      const from = Math.max(1, sorted[i] - CONTEXT_LINES);
      const to = Math.min(count, last + CONTEXT_LINES);
      let body = "";
      for (let n = from; n <= to; n++) {
        const text = file[n - 1];
        const fixed = changed.get(n);
        body += fixed === void 0 ? ` ${text}
` : `-${text}
+${fixed}
`;
      }
      const size = to - from + 1;
      out += `@@ -${hunkRange(from, size)} +${hunkRange(from, size)} @@
${body}`;
      i = j;
    }
  }
  return out;
}
function applyLineFixes(text, fixes) {
  const parts = text.split(/(\r?\n)/);
  for (const fix of fixes) {
    const index = (fix.line - 1) * 2;
    if (index < parts.length && parts[index] === fix.original) parts[index] = fix.text;
  }
  return parts.join("");
}

// src/cli/fix.ts
function fixesDiff(root, findings, maxBytes = DEFAULT_MAX_FILE_SIZE_BYTES) {
  const { lines } = repositoryFiles(root, maxBytes);
  const fixes = lineFixes(findings, lines);
  return { diff: unifiedDiff(fixes, lines), lines: fixes.length, files: new Set(fixes.map((f) => f.path)).size };
}
var WRITE_FLAGS = constants.O_WRONLY | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
function writeBack(realPath, text) {
  let fd;
  try {
    fd = openSync(realPath, WRITE_FLAGS);
  } catch (error) {
    return `could not be written (${error.code ?? "an error"}); check its permissions`;
  }
  try {
    if (!fstatSync(fd).isFile()) return "is no longer a regular file, so it was not written";
    const bytes = Buffer.from(text, "utf8");
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at, at);
    return null;
  } finally {
    closeSync(fd);
  }
}
function writeFixes(root, findings, maxBytes = DEFAULT_MAX_FILE_SIZE_BYTES) {
  const { lines, text } = repositoryFiles(root, maxBytes);
  const byFile = /* @__PURE__ */ new Map();
  for (const fix of lineFixes(findings, lines)) byFile.set(fix.path, [...byFile.get(fix.path) ?? [], fix]);
  const written = { files: [], lines: 0, refused: [] };
  for (const [file, fixes] of byFile) {
    const source = text(file);
    const problem = source.exact ? writeBack(source.realPath, applyLineFixes(source.text, fixes)) : "is not plain UTF-8 text (a byte-order mark or another encoding), so it was not rewritten; apply `check --format diff` to it by hand";
    if (problem) written.refused.push({ file, message: problem });
    else {
      written.files.push(file);
      written.lines += fixes.length;
    }
  }
  return written;
}
export {
  fixesDiff,
  writeFixes
};
