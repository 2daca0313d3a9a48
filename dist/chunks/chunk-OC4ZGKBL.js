import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  parseYamlFile,
  pathSegments,
  require_dist
} from "./chunk-TQVKSG5V.js";
import {
  __toESM
} from "./chunk-NOE7O2GR.js";

// src/parse/embedded-yaml.ts
var import_yaml = __toESM(require_dist());
function lineCounterOf(document) {
  return document.lineCounter;
}
function lineBreakWidth(document, lineCounter) {
  let crlf = false;
  let lf = false;
  (0, import_yaml.visit)(document.doc, {
    Scalar(key, node) {
      if (key === "key" || !node.range) return;
      if (node.type !== import_yaml.Scalar.PLAIN && node.type !== import_yaml.Scalar.QUOTE_DOUBLE && node.type !== import_yaml.Scalar.QUOTE_SINGLE) return;
      const [, valueEnd, nodeEnd] = node.range;
      const next = lineCounter.lineStarts[lineCounter.linePos(valueEnd).line];
      if (next === void 0 || nodeEnd !== next) return;
      if (next - valueEnd === 1) {
        lf = true;
        return import_yaml.visit.BREAK;
      }
      if (next - valueEnd === 2) crlf = true;
      return void 0;
    }
  });
  return !lf && crlf ? 2 : 1;
}
function literalBlockPlacement(document, node, lineCounter) {
  if (typeof node.value !== "string" || !node.range) return void 0;
  const [start, end] = node.range;
  const header = lineCounter.linePos(start).line;
  if (header < 1) return void 0;
  const lines = node.value.split("\n");
  if (node.value.endsWith("\n")) lines.pop();
  const lineBreak = lineBreakWidth(document, lineCounter);
  let indent;
  for (let i = 0; i < lines.length; i++) {
    const lineStart = lineCounter.lineStarts[header + i];
    if (lineStart === void 0 || lineStart >= end) return void 0;
    const content = lines[i];
    if (content === "") continue;
    const next = lineCounter.lineStarts[header + i + 1];
    const lineEnd = next === void 0 || next > end ? end : next - lineBreak;
    const shift = lineEnd - lineStart - content.length;
    if (shift < 0 || indent !== void 0 && shift !== indent) return void 0;
    indent = shift;
  }
  return { firstLine: header + 1, indent: indent ?? 0 };
}
function embeddedMapping(document, path, lineCounter = lineCounterOf(document)) {
  let node;
  try {
    node = document.doc.getIn(pathSegments(path), true);
  } catch {
    return void 0;
  }
  if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") return void 0;
  const whole = document.ranges.get(path)?.value ?? document.range;
  const fallback = { exact: false, map: () => ({ ...whole }) };
  if (node.type !== import_yaml.Scalar.BLOCK_LITERAL || !lineCounter) return fallback;
  const placement = literalBlockPlacement(document, node, lineCounter);
  if (!placement) return fallback;
  const { firstLine, indent } = placement;
  return {
    exact: true,
    map: (r) => ({ line: firstLine + r.line - 1, column: r.column + indent, endLine: firstLine + r.endLine - 1, endColumn: r.endColumn + indent })
  };
}
function mapRanges(ranges, map) {
  const mapped = { value: map(ranges.value), whole: map(ranges.whole) };
  if (ranges.key) mapped.key = map(ranges.key);
  return mapped;
}
function parseEmbeddedYaml(document, path, file, lineCounter) {
  const mapping = embeddedMapping(document, path, lineCounter ?? lineCounterOf(document));
  if (!mapping) return void 0;
  const text = document.doc.getIn(pathSegments(path), true).value;
  const parsed = parseYamlFile(file, text);
  const { map } = mapping;
  const documents = parsed.documents.map((inner) => {
    const ranges = /* @__PURE__ */ new Map();
    for (const [key, value] of inner.ranges) ranges.set(key, mapRanges(value, map));
    return { index: inner.index, doc: inner.doc, value: inner.value, ranges, range: map(inner.range), lineCounter: inner.lineCounter };
  });
  const findings = parsed.findings.map((f) => {
    const { line, column, endLine, endColumn } = map(f);
    return { ...f, file, line, column, endLine, endColumn };
  });
  return { exact: mapping.exact, map, text, documents, findings };
}

export {
  parseEmbeddedYaml
};
