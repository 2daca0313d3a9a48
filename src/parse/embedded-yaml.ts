import { isScalar, LineCounter, Scalar, visit } from "yaml";
import type { Finding, SourceRange } from "../base/findings.js";
import { parseYamlFile, pathSegments, type PathRanges, type YamlDocument } from "./yaml-file.js";

/**
 * YAML written inside a YAML string (a KubeRay RayService's `spec.serveConfigV2`): the string is
 * parsed as its own file, and every range of it is moved to where that text sits in the outer
 * file, so that findings about the embedded values land on their lines.
 *
 * Exact for a literal block scalar (`|`, `|-`, `|+`, with or without an indentation indicator):
 * the string's line n is the outer line after the header + n − 1, its columns shifted by the
 * block's indentation. The indentation is read from the outer file's line lengths (its
 * LineCounter): on every non-empty line, outer length − inner length must be the same, or the
 * mapping is not trusted. Any other string (quoted, folded, plain) is not line for line the text
 * it holds: every range falls back to the range of the string itself.
 */

export interface EmbeddedMapping {
  /** True when each position maps to its own place; false when every range is the string's. */
  exact: boolean;
  /** An inner range (1-based, as parseYamlFile gives it) at its place in the outer file. */
  map(range: SourceRange): SourceRange;
}

export interface EmbeddedYaml extends EmbeddedMapping {
  /** The string's text. */
  text: string;
  /** Its documents, every range (`ranges`, `range`) already moved to the outer file. */
  documents: YamlDocument[];
  /** What is not valid YAML in it (`yaml-syntax` findings), at their place in the outer file. */
  findings: Finding[];
}



/** The LineCounter the outer document was parsed with. */
export function lineCounterOf(document: YamlDocument): LineCounter {
  return document.lineCounter;
}

/**
 * Width of the file's line break, 1 (`\n`) or 2 (`\r\n`), from the scalar values that end their
 * line: what lies between a value and the next line's start. A file without such a value is taken
 * to end lines with `\n`.
 */
function lineBreakWidth(document: YamlDocument, lineCounter: LineCounter): number {
  let crlf = false;
  let lf = false;
  visit(document.doc, {
    Scalar(key, node) {
      if (key === "key" || !node.range) return;
      if (node.type !== Scalar.PLAIN && node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE) return;
      const [, valueEnd, nodeEnd] = node.range;
      const next = lineCounter.lineStarts[lineCounter.linePos(valueEnd).line];
      // Only a value followed by nothing but its line break (no comment, no flow punctuation).
      if (next === undefined || nodeEnd !== next) return;
      if (next - valueEnd === 1) {
        lf = true;
        return visit.BREAK;
      }
      if (next - valueEnd === 2) crlf = true;
      return undefined;
    },
  });
  return !lf && crlf ? 2 : 1;
}

/** First outer line of a literal block's content and its indentation, when the line lengths agree. */
function literalBlockPlacement(document: YamlDocument, node: Scalar, lineCounter: LineCounter): { firstLine: number; indent: number } | undefined {
  if (typeof node.value !== "string" || !node.range) return undefined;
  const [start, end] = node.range;
  const header = lineCounter.linePos(start).line;
  if (header < 1) return undefined;
  const lines = node.value.split("\n");
  if (node.value.endsWith("\n")) lines.pop();
  const lineBreak = lineBreakWidth(document, lineCounter);
  let indent: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    // lineStarts[k] is where 1-based line k + 1 starts.
    const lineStart = lineCounter.lineStarts[header + i];
    if (lineStart === undefined || lineStart >= end) return undefined;
    const content = lines[i]!;
    // A blank line may hold any whitespace: it says nothing about the indentation.
    if (content === "") continue;
    const next = lineCounter.lineStarts[header + i + 1];
    const lineEnd = next === undefined || next > end ? end : next - lineBreak;
    const shift = lineEnd - lineStart - content.length;
    if (shift < 0 || (indent !== undefined && shift !== indent)) return undefined;
    indent = shift;
  }
  return { firstLine: header + 1, indent: indent ?? 0 };
}

/**
 * How the ranges of the string at `path` (a dotted path of `document.ranges`) map to the outer
 * file; undefined when there is no string there. `lineCounter` defaults to the one the document
 * was parsed with.
 */
export function embeddedMapping(document: YamlDocument, path: string, lineCounter: LineCounter | undefined = lineCounterOf(document)): EmbeddedMapping | undefined {
  let node: unknown;
  try {
    node = document.doc.getIn(pathSegments(path), true);
  } catch {
    return undefined;
  }
  if (!isScalar(node) || typeof node.value !== "string") return undefined;
  const whole = document.ranges.get(path)?.value ?? document.range;
  const fallback: EmbeddedMapping = { exact: false, map: () => ({ ...whole }) };
  if (node.type !== Scalar.BLOCK_LITERAL || !lineCounter) return fallback;
  const placement = literalBlockPlacement(document, node, lineCounter);
  if (!placement) return fallback;
  const { firstLine, indent } = placement;
  return {
    exact: true,
    map: (r) => ({ line: firstLine + r.line - 1, column: r.column + indent, endLine: firstLine + r.endLine - 1, endColumn: r.endColumn + indent }),
  };
}

function mapRanges(ranges: PathRanges, map: (r: SourceRange) => SourceRange): PathRanges {
  const mapped: PathRanges = { value: map(ranges.value), whole: map(ranges.whole) };
  if (ranges.key) mapped.key = map(ranges.key);
  return mapped;
}

/**
 * Parse the YAML string at `path` of `document` (a file named `file`); undefined when there is no
 * string there. Never throws: what is not valid YAML comes back as findings.
 */
export function parseEmbeddedYaml(document: YamlDocument, path: string, file: string, lineCounter?: LineCounter): EmbeddedYaml | undefined {
  const mapping = embeddedMapping(document, path, lineCounter ?? lineCounterOf(document));
  if (!mapping) return undefined;
  const text = (document.doc.getIn(pathSegments(path), true) as Scalar<string>).value;
  const parsed = parseYamlFile(file, text);
  const { map } = mapping;
  const documents = parsed.documents.map((inner): YamlDocument => {
    const ranges = new Map<string, PathRanges>();
    for (const [key, value] of inner.ranges) ranges.set(key, mapRanges(value, map));
    return { index: inner.index, doc: inner.doc, value: inner.value, ranges, range: map(inner.range), lineCounter: inner.lineCounter };
  });
  const findings = parsed.findings.map((f): Finding => {
    const { line, column, endLine, endColumn } = map(f);
    return { ...f, file, line, column, endLine, endColumn };
  });
  return { exact: mapping.exact, map, text, documents, findings };
}
