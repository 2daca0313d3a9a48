import { Composer, Document, isMap, isPair, isScalar, isSeq, LineCounter, Pair, Parser, visit, YAMLMap, type CST, type Node } from "yaml";
import { groupDigits } from "../base/text.js";
import { FILE_START, type Finding, type SourceRange } from "../base/findings.js";

/**
 * Parse stage: YAML text → documents that keep the source range of every node.
 * Nothing here knows what a deployment is; it only turns text into positioned trees and
 * reports what is not valid YAML as `yaml-syntax` findings.
 */

export interface ParseLimits {
  /** Alias expansions allowed per document before it is treated as a YAML bomb. */
  maxAliasCount: number;
  /** Nesting depth beyond which a document is refused rather than walked. */
  maxDepth: number;
  /**
   * Documents read per file; the rest of the file is not read, and a finding says so. Memory
   * grows with the documents held (about 10 kB each), and no real stream of manifests has
   * thousands: this keeps a 2 MB file of tiny documents within bounds.
   */
  maxDocuments: number;

  /**
   * Lines, commas and opening brackets a file may hold: a bound on its YAML values, counted on the text
   * before parsing. The YAML library holds a syntax tree of about 1 kB per value, so 2 MB of
   * one-character values would take over 400 MB and seconds; real manifests, even CRD bundles with
   * long descriptions, have a few tens of thousands.
   */
  maxLinesAndCommas: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 100, maxDepth: 64, maxDocuments: 5000, maxLinesAndCommas: 50_000 };

export interface YamlDocument {
  /** 0-based position of the document in its file. */
  index: number;
  doc: Document.Parsed;
  /** The document as plain data; undefined when it could not be built (syntax error, bomb, depth). */
  value: unknown;
  /** The dotted path of every node with its range: keys' ranges for mappings, values' for scalars. */
  ranges: Map<string, PathRanges>;
  /** Where the document starts: its first node, or the file start when it is empty. */
  range: SourceRange;
  /** Line starts of the whole file (shared by its documents): offsets of the doc's nodes → lines. */
  lineCounter: LineCounter;
}

/** A path's key (where there is one) and its value. */
export interface PathRanges {
  key?: SourceRange;
  value: SourceRange;
  /** From the key's start to the value's end: what a suppression above the key covers. */
  whole: SourceRange;
}

/** A `# …` comment as the syntax tree holds it: where it starts and its text, `#` included. */
export interface YamlComment {
  offset: number;
  source: string;
}

export interface YamlFile {
  file: string;
  text: string;
  lineCounter: LineCounter;
  documents: YamlDocument[];
  findings: Finding[];
  /** Every comment of the file in order, gathered during the one parse (suppressions read them). */
  comments: YamlComment[];
}

export function toRange(lineCounter: LineCounter, start: number, end: number): SourceRange {
  const s = lineCounter.linePos(start);
  // An empty node (a key with no value) has start == end; keep the range one column wide.
  const e = lineCounter.linePos(Math.max(end, start + 1));
  return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
}

function nodeRange(lineCounter: LineCounter, node: Node | null | undefined, fallback: SourceRange): SourceRange {
  if (!node || !node.range) return fallback;
  return toRange(lineCounter, node.range[0], node.range[1]);
}

/** Join path segments the way messages show them: `spec.hardware.count`, `args[2]`. */
export function joinPath(parent: string, segment: string | number): string {
  if (typeof segment === "number") return `${parent}[${segment}]`;
  return parent === "" ? segment : `${parent}.${segment}`;
}

/**
 * The segments of a path as joinPath writes it: `a.b[0].c` → ["a", "b", 0, "c"]. Keys that hold
 * dots or brackets cannot be told apart here; callers with such keys walk segments themselves.
 */
export function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const part of path.split(".")) {
    if (part === "") continue;
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      segments.push(part);
      continue;
    }
    if (match[1]) segments.push(match[1]);
    for (const index of (match[2] ?? "").matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

class TooDeepError extends Error {}

/**
 * Every path's ranges, and the keys that repeat one before them in the same mapping. Duplicate
 * keys are found here, with one set per mapping, rather than by the YAML library, whose check
 * compares each key with every earlier one: quadratic, minutes on a mapping of 75,000 keys.
 */
/**
 * The name the plain data gives a mapping key: a scalar's value as a string; a list or mapping
 * used as a key (`? [a, b]`) the YAML library writes in flow style (`[ a, b ]`), which is worked
 * out here the library's own way, on a one-pair document, so that the key keeps its real position
 * instead of falling back to the file's start. `probe` is made once per document and refilled for
 * each such key: its cost is the key's size, never the document's.
 */
function keyName(probe: () => Document, key: unknown): string {
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return "";
  const doc = probe();
  const map = new YAMLMap(doc.schema);
  map.items.push(new Pair(key as Node, null));
  doc.contents = map;
  try {
    const value = doc.toJS({ maxAliasCount: -1 }) as Record<string, unknown> | null;
    return value && typeof value === "object" ? (Object.keys(value)[0] ?? String(key)) : String(key);
  } catch {
    // An alias inside the key names an anchor of the document, not of the probe.
    return String(key);
  }
}

function collectRanges(lineCounter: LineCounter, root: Node | null, limits: ParseLimits): { ranges: Map<string, PathRanges>; duplicates: SourceRange[] } {
  let probeDocument: Document | undefined;
  const probe = () => (probeDocument ??= new Document(null, { logLevel: "error" }));
  const ranges = new Map<string, PathRanges>();
  const duplicates: SourceRange[] = [];
  const fallback = FILE_START;
  const visit = (node: unknown, path: string, depth: number, keyNode?: Node) => {
    if (depth > limits.maxDepth) throw new TooDeepError();
    const key = keyNode ? nodeRange(lineCounter, keyNode, fallback) : undefined;
    const value = nodeRange(lineCounter, node as Node | null, key ?? fallback);
    const whole = key ? { line: key.line, column: key.column, endLine: value.endLine, endColumn: value.endColumn } : value;
    if (path !== "") ranges.set(path, key ? { key, value, whole } : { value, whole });
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items as Pair[]) {
        if (!isPair(pair)) continue;
        const k = pair.key;
        const name = keyName(probe, k);
        // As YAML compares keys: by value and type (1 and "1" differ); `<<` merge keys may repeat.
        const identity = isScalar(k) ? `${typeof k.value}:${name}` : `node:${name}`;
        if (name !== "<<" && seen.has(identity)) duplicates.push(nodeRange(lineCounter, k as Node, value));
        seen.add(identity);
        visit(pair.value, joinPath(path, name), depth + 1, k as Node);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, joinPath(path, i), depth + 1));
    }
  };
  visit(root, "", 0);
  return { ranges, duplicates };
}

function syntaxFinding(file: string, range: SourceRange, message: string): Finding {
  return { ruleId: "yaml-syntax", severity: "error", message, file, ...range };
}

/** Messages of the yaml library, made to say what to do. */
function explain(code: string, message: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate key: a mapping may hold each key once, and YAML readers disagree on which copy wins; remove or rename one";
    case "TAB_AS_INDENT":
      return "tab used for indentation: YAML indents with spaces only; replace the tab with spaces";
    default:
      if (/call stack/i.test(message)) return "nested too deeply to read: no deployment needs more than a few dozen levels; flatten the document";
      return `not valid YAML: ${message.replace(/ at line \d+, column \d+.*$/s, "")}`;
  }
}

/**
 * The offset of the first collection nested deeper than `maxDepth` in a CST token, or null.
 * Iterative (an explicit stack): the depth of what a file holds never reaches the call stack, so
 * the answer does not depend on how much stack the engine has left.
 */
function tooDeepAt(root: CST.Token, maxDepth: number): number | null {
  const stack: Array<[CST.Token, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    switch (token.type) {
      case "document":
        if (token.value) stack.push([token.value, depth]);
        break;
      case "block-map":
      case "block-seq":
      case "flow-collection": {
        const inner = depth + 1;
        if (inner > maxDepth) return token.offset;
        for (const item of token.items as CST.CollectionItem[]) {
          if (item.key) stack.push([item.key, inner]);
          if (item.value) stack.push([item.value, inner]);
        }
        break;
      }
      default:
        break;
    }
  }
  return null;
}

/** What is wrong with a composed value as plain data: a cycle, or more depth than allowed once aliases are expanded. */
type ValueProblem = { kind: "cycle" } | { kind: "deep" } | null;

/**
 * Check plain data from the YAML library without recursion: an alias inside the node it names
 * (`&a [*a]`) makes a value that contains itself, which every reader walking it would follow
 * forever; aliases of aliases can nest deeper than the text shows. Shared (aliased) values are
 * measured once.
 */
function valueProblem(value: unknown, maxDepth: number): ValueProblem {
  if (typeof value !== "object" || value === null) return null;
  const height = new Map<object, number>();
  const open = new Set<object>();
  const stack: Array<{ node: object; children: object[]; next: number }> = [];
  const enter = (node: object) => {
    open.add(node);
    const children = Object.values(node).filter((v): v is object => typeof v === "object" && v !== null);
    stack.push({ node, children, next: 0 });
  };
  enter(value);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++]!;
      if (open.has(child)) return { kind: "cycle" };
      if (!height.has(child)) {
        if (stack.length >= maxDepth) return { kind: "deep" };
        enter(child);
      }
      continue;
    }
    let h = 1;
    for (const child of frame.children) h = Math.max(h, (height.get(child) ?? 0) + 1);
    if (h > maxDepth) return { kind: "deep" };
    height.set(frame.node, h);
    open.delete(frame.node);
    stack.pop();
  }
  return null;
}

/** The range of the first alias that names a node containing it, for the finding on a cycle. */
function cycleRange(doc: Document.Parsed, lineCounter: LineCounter, fallback: SourceRange): SourceRange {
  let found: SourceRange | null = null;
  visit(doc, {
    Alias(_key, node, path) {
      const target = node.resolve(doc);
      if (target && path.includes(target as never)) {
        found = nodeRange(lineCounter, node as Node, fallback);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found ?? fallback;
}

/**
 * The comment tokens of one CST token, wherever they sit (document start, between items, inside
 * flow collections), walked with an explicit stack.
 */
function collectComments(root: CST.Token, into: YamlComment[]): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const token = stack.pop();
    if (typeof token !== "object" || token === null) continue;
    if (Array.isArray(token)) {
      for (const item of token) stack.push(item);
      continue;
    }
    const t = token as { type?: unknown; offset?: unknown; source?: unknown };
    if (t.type === "comment" && typeof t.offset === "number" && typeof t.source === "string") {
      into.push({ offset: t.offset, source: t.source });
      continue;
    }
    for (const value of Object.values(token)) if (typeof value === "object" && value !== null) stack.push(value);
  }
}

/** Options for the YAML library: our own error texts, unique keys, and no warnings printed to stderr. */
const COMPOSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, logLevel: "error" } as const;

/** Line breaks, commas and opening brackets in `text` (each may start a value); counting stops just past `limit`. */
function linesAndCommas(text: string, limit: number): number {
  let count = 0;
  for (const c of ["\n", ",", "[", "{"]) {
    for (let i = text.indexOf(c); i >= 0 && count <= limit; i = text.indexOf(c, i + 1)) count++;
  }
  return count;
}

/**
 * Parse `text` (the contents of `file`) into positioned documents. Never throws: what cannot be
 * read becomes a finding, and the documents that could be read are kept.
 *
 * The text is first parsed to a concrete syntax tree (iteratively, by the YAML library's Parser);
 * a document nested deeper than `limits.maxDepth` is refused there, before the recursive composer
 * could overflow the stack on it. The same file always gives the same findings.
 */
export function parseYamlFile(file: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): YamlFile {
  const lineCounter = new LineCounter();
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const findings: Finding[] = [];
  const size = linesAndCommas(source, limits.maxLinesAndCommas);
  if (size > limits.maxLinesAndCommas) {
    const message = `file has more than ${groupDigits(limits.maxLinesAndCommas)} lines, commas and brackets (values, roughly), more than any manifest; it is not read: split it, or exclude it in .llm-physics.yml`;
    return { file, text: source, lineCounter, documents: [], findings: [syntaxFinding(file, FILE_START, message)], comments: [] };
  }
  const comments: YamlComment[] = [];
  const hasHash = source.includes("#");
  const hasStar = source.includes("*");
  /** Per document (in order), the offset where it nests too deeply. */
  const tooDeep = new Map<number, number>();
  /** Where the first document past maxDocuments starts, when there is one. */
  let unreadFrom: number | null = null;
  function* guard(tokens: Generator<CST.Token>): Generator<CST.Token> {
    let index = 0;
    for (const token of tokens) {
      if (token.type === "document" && index === limits.maxDocuments) {
        unreadFrom = token.offset;
        return;
      }
      // No `#` in the file, no comment token to look for.
      if (hasHash) collectComments(token, comments);
      if (token.type === "document") {
        const at = tooDeepAt(token, limits.maxDepth);
        if (at !== null) {
          tooDeep.set(index, at);
          // Composed as an empty document: the finding says why.
          delete token.value;
        }
        index++;
      }
      yield token;
    }
  }
  let docs: Document.Parsed[];
  try {
    const parser = new Parser(lineCounter.addNewLine);
    docs = Array.from(new Composer(COMPOSE_OPTIONS).compose(guard(parser.parse(source))));
  } catch (error) {
    // Not expected after the depth guard; should the library still fail, the file is refused with a finding.
    if (!(error instanceof RangeError)) throw error;
    const message = `file could not be read (${error.message}); no deployment needs more than ${limits.maxDepth} levels`;
    return { file, text: source, lineCounter, documents: [], findings: [syntaxFinding(file, FILE_START, message)], comments: [] };
  }
  comments.sort((a, b) => a.offset - b.offset);
  const documents: YamlDocument[] = [];
  docs.forEach((doc, index) => {
    const range = nodeRange(lineCounter, doc.contents as Node | null, toRange(lineCounter, doc.range[0], doc.range[1]));
    const deepAt = tooDeep.get(index);
    if (deepAt !== undefined) {
      const at = toRange(lineCounter, deepAt, deepAt + 1);
      findings.push(syntaxFinding(file, at, `document is nested more than ${limits.maxDepth} levels deep; no deployment needs that, so it is not read`));
      documents.push({ index, doc, value: undefined, ranges: new Map(), range: at, lineCounter });
      return;
    }
    for (const error of doc.errors) {
      findings.push(syntaxFinding(file, toRange(lineCounter, error.pos[0], error.pos[1]), explain(error.code, error.message)));
    }
    let value: unknown;
    let ranges = new Map<string, PathRanges>();
    if (doc.errors.length === 0) {
      try {
        const collected = collectRanges(lineCounter, doc.contents as Node | null, limits);
        ranges = collected.ranges;
        for (const at of collected.duplicates) findings.push(syntaxFinding(file, at, explain("DUPLICATE_KEY", "")));
        value = collected.duplicates.length > 0 ? undefined : doc.toJS({ maxAliasCount: limits.maxAliasCount });
        // Without an alias (`*name`, so without a `*` in the file) the value is a tree as deep as
        // the text, which tooDeepAt measured: no cycle, no expansion to look for.
        const problem = value === undefined || !hasStar ? null : valueProblem(value, limits.maxDepth);
        if (problem?.kind === "cycle") {
          findings.push(
            syntaxFinding(file, cycleRange(doc, lineCounter, range), "alias refers to a node that contains it, so the value would contain itself; no deployment needs that, so the document is not read: write the value out"),
          );
          value = undefined;
        } else if (problem?.kind === "deep") {
          findings.push(syntaxFinding(file, range, `document nests more than ${limits.maxDepth} levels deep once its aliases are expanded; no deployment needs that, so it is not read`));
          value = undefined;
        }
      } catch (error) {
        if (error instanceof TooDeepError) {
          findings.push(syntaxFinding(file, range, `document is nested more than ${limits.maxDepth} levels deep; no deployment needs that, so it is not read`));
        } else if (error instanceof ReferenceError && /alias/i.test(error.message)) {
          findings.push(syntaxFinding(file, range, `document expands more than ${limits.maxAliasCount} aliases (a "YAML bomb"); write the values out or use fewer aliases`));
        } else {
          findings.push(syntaxFinding(file, range, `document could not be read: ${(error as Error).message}`));
        }
        value = undefined;
      }
      if (value === undefined) ranges = new Map();
    }
    documents.push({ index, doc, value, ranges, range, lineCounter });
  });
  if (unreadFrom !== null) {
    const at = toRange(lineCounter, unreadFrom, unreadFrom + 1);
    findings.push(
      syntaxFinding(file, at, `file holds more than ${limits.maxDocuments} YAML documents; the first ${limits.maxDocuments} are checked and the rest, from here on, are not read: split the file`),
    );
  }
  return { file, text: source, lineCounter, documents, findings, comments };
}
