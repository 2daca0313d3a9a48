import Ajv2020Import from "ajv/dist/2020.js";
import type { AnySchemaObject, ErrorObject, Options, ValidateFunction } from "ajv/dist/2020.js";
import { distance } from "fastest-levenshtein";
import { isMap, isScalar, isSeq, type Node } from "yaml";
import configSchemaJson from "../../schemas/config.schema.json" with { type: "json" };
import deploymentSchemaJson from "../../schemas/inference-deployment.schema.json" with { type: "json" };
import ajvOptions from "./ajv-options.json" with { type: "json" };
import * as validators from "./validators.generated.js";
import { compareFindings, type Finding, type SourceRange } from "../base/findings.js";
import { joinPath, type YamlDocument } from "../parse/yaml-file.js";
import { quote } from "../base/text.js";

/**
 * Validation stage: one parsed YAML document against one JSON Schema, with AJV's errors turned
 * into findings a person can act on. Each finding lands on the node at fault (the unknown key, the
 * wrong value, the mapping that lacks a property), says what was expected in words derived from
 * the schema node (type, bounds, allowed values) and quotes what was written.
 *
 * Schema convention this relies on: a node holding `oneOf`/`anyOf` holds nothing else that
 * validates (only annotations), so every error at or below it comes from its branches.
 */

export type SchemaName = "inference-deployment" | "config";

/** The schemas as loaded (bundled into the CLI as JSON imports, never read from disk). */
export const SCHEMAS: Record<SchemaName, AnySchemaObject> = {
  "inference-deployment": deploymentSchemaJson as unknown as AnySchemaObject,
  config: configSchemaJson as unknown as AnySchemaObject,
};

/**
 * AJV's options: strict, every error, with the schema node and data of each. `inlineRefs: false`
 * compiles each `$defs` entry once instead of inlining it at every use. They live in
 * ajv-options.json, which the build step (compile.mjs) reads too.
 */
const AJV_OPTIONS: Options = ajvOptions;

type Ajv2020Class = typeof Ajv2020Import.default;
type Ajv2020Instance = InstanceType<Ajv2020Class>;
/**
 * A new AJV instance with the validator's options (plus `extra`), for the schema tests. Runs
 * never compile: they use the standalone validators the build generated (validators.generated.ts).
 */
export function createAjv(extra: Options = {}): Ajv2020Instance {
  // ajv is CommonJS: under NodeNext the default import is module.exports, which is the class itself
  // at run time but typed as the module; `.default` is the class in both worlds. Read here, not at
  // load, so that a bundle that never calls this leaves AJV out.
  const Ajv2020 = ((Ajv2020Import as unknown as { default?: Ajv2020Class }).default ?? Ajv2020Import) as Ajv2020Class;
  return new Ajv2020({ ...AJV_OPTIONS, ...extra });
}

/** A schema node as this module reads it. */
interface SchemaNode {
  $ref?: string;
  title?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  propertyNames?: SchemaNode;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  examples?: unknown[];
}

/** A validator of the generated module: AJV's ValidateFunction, errors in `.errors`. */
type Validator = (data: unknown) => boolean;

interface Compiled {
  root: SchemaNode;
  id: string;
  validate: ValidateFunction;
  /**
   * The JSON pointer of every oneOf/anyOf branch, by the branch's JSON text: the errors' schema
   * nodes are the generated module's copies of the schema, equal to the branches but not the same objects.
   */
  branches: Map<string, string> | undefined;
}

const compiled = new Map<SchemaName, Compiled>();
const generated = validators as unknown as Record<string, Validator> & { INDEX: Record<string, string> };

/** The generated validator for a schema id, or `id#pointer`; undefined when the build made none. */
function generatedValidator(ref: string): ValidateFunction | undefined {
  const name = generated.INDEX[ref];
  const validate = name !== undefined ? generated[name] : undefined;
  return typeof validate === "function" ? (validate as unknown as ValidateFunction) : undefined;
}

function compiledSchema(name: SchemaName): Compiled {
  let entry = compiled.get(name);
  if (!entry) {
    const root = SCHEMAS[name];
    const id = String(root.$id);
    const validate = generatedValidator(id);
    if (!validate) throw new Error(`no generated validator for the ${name} schema: run npm run build`);
    entry = { root: root as SchemaNode, id, validate, branches: undefined };
    compiled.set(name, entry);
  }
  return entry;
}

/** One problem, normalized: where (instance path segments), which keyword, and the schema node that failed. */
interface Issue {
  keyword: string;
  segments: string[];
  params: Record<string, unknown>;
  node: SchemaNode | undefined;
  data: unknown;
  message?: string;
}

function pointerSegments(instancePath: string): string[] {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function isUnder(segments: string[], prefix: string[]): boolean {
  return prefix.length <= segments.length && prefix.every((s, i) => segments[i] === s);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** Follow local `$ref`s (`#/$defs/x`) to the node they name. */
function deref(c: Compiled, node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  for (let hops = 0; current?.$ref !== undefined && hops < 16; hops++) {
    const ref: string = current.$ref;
    const fragment = ref.startsWith(c.id) ? ref.slice(c.id.length) : ref;
    if (!fragment.startsWith("#")) return current;
    let target: unknown = c.root;
    for (const raw of fragment.slice(1).split("/").filter((s) => s !== "")) {
      const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      target = isPlainObject(target) && hasOwn(target, key) ? target[key] : undefined;
    }
    current = target as SchemaNode | undefined;
  }
  return current;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeAccepts(node: SchemaNode | undefined, value: unknown): boolean {
  if (!node || node.type === undefined) return true;
  const actual = jsonType(value);
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types.some((t) => t === actual || (t === "number" && actual === "integer"));
}

/** Run a validator on `data` (found at `base` in the document) and return its issues, oneOf/anyOf collapsed. */
function collect(c: Compiled, validate: ValidateFunction, data: unknown, base: string[]): Issue[] {
  validate(data);
  const errors: ErrorObject[] = [...(validate.errors ?? [])];
  const issues: Issue[] = [];
  for (const error of errors) {
    // propertyNames reports the failing name's own error with `propertyName` set, then its own; keep the latter.
    if (error.propertyName !== undefined) continue;
    const issue: Issue = {
      keyword: error.keyword,
      segments: [...base, ...pointerSegments(error.instancePath)],
      params: error.params as Record<string, unknown>,
      node: error.parentSchema as SchemaNode | undefined,
      data: error.data,
    };
    if (error.message !== undefined) issue.message = error.message;
    issues.push(issue);
  }
  const combos = issues
    .filter((i) => i.keyword === "oneOf" || i.keyword === "anyOf")
    .sort((a, b) => a.segments.length - b.segments.length);
  let result = issues.filter((i) => i.keyword !== "oneOf" && i.keyword !== "anyOf");
  const done: string[][] = [];
  for (const combo of combos) {
    if (done.some((outer) => isUnder(combo.segments, outer))) continue;
    done.push(combo.segments);
    result = result.filter((i) => !isUnder(i.segments, combo.segments));
    result.push(...resolveCombo(c, combo));
  }
  return result;
}

/** The branch of a oneOf/anyOf the writer meant, and only its issues. */
function resolveCombo(c: Compiled, combo: Issue): Issue[] {
  const node = combo.node;
  const branches = (combo.keyword === "oneOf" ? node?.oneOf : node?.anyOf) ?? [];
  const value = combo.data;
  const resolved = branches.map((b) => deref(c, b));
  let candidates = branches.map((_, i) => i).filter((i) => typeAccepts(resolved[i], value));
  if (candidates.length === 0) {
    return [{ keyword: "type", segments: combo.segments, params: {}, node, data: value }];
  }
  if (candidates.length > 1 && isPlainObject(value)) {
    const tag = discriminator(candidates.map((i) => resolved[i]));
    if (tag) {
      const written = hasOwn(value, tag.property) ? value[tag.property] : undefined;
      if (written === undefined) {
        const property: SchemaNode = { enum: tag.values };
        if (tag.title !== undefined) property.title = tag.title;
        return [
          { keyword: "required", segments: combo.segments, params: { missingProperty: tag.property }, node: { properties: { [tag.property]: property } }, data: value },
        ];
      }
      const matching = candidates.filter((i) => resolved[i]?.properties?.[tag.property]?.const === written);
      if (matching.length === 0) {
        return [{ keyword: "enum", segments: [...combo.segments, tag.property], params: {}, node: { enum: tag.values }, data: written }];
      }
      candidates = matching;
    }
  }
  let best: Issue[] | undefined;
  for (const i of candidates) {
    const validate = branchValidator(c, branches[i]);
    if (!validate) continue;
    const issues = collect(c, validate, value, combo.segments);
    if (!best || issues.length < best.length) best = issues;
    if (issues.length === 0) break;
  }
  return best ?? [{ keyword: "type", segments: combo.segments, params: {}, node, data: value }];
}

/** A property every branch fixes to a different constant (`kind: standard` / `kind: mla`). */
function discriminator(branches: Array<SchemaNode | undefined>): { property: string; values: unknown[]; title?: string } | undefined {
  const first = branches[0]?.properties;
  if (!first) return undefined;
  for (const [property, schema] of Object.entries(first)) {
    if (schema.const === undefined) continue;
    const values = branches.map((b) => b?.properties?.[property]?.const);
    if (values.every((v) => v !== undefined) && new Set(values).size === values.length) {
      return schema.title !== undefined ? { property, values, title: schema.title } : { property, values };
    }
  }
  return undefined;
}

function branchValidator(c: Compiled, branch: SchemaNode | undefined): ValidateFunction | undefined {
  if (!branch) return undefined;
  if (!c.branches) {
    const branches = new Map<string, string>();
    const walk = (node: unknown, pointer: string) => {
      if (node === null || typeof node !== "object") return;
      for (const [key, child] of Object.entries(node)) {
        const here = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        if ((key === "oneOf" || key === "anyOf") && Array.isArray(child)) {
          child.forEach((item, i) => {
            const text = JSON.stringify(item);
            if (!branches.has(text)) branches.set(text, `${here}/${i}`);
          });
        }
        walk(child, here);
      }
    };
    walk(c.root, "");
    c.branches = branches;
  }
  const pointer = c.branches.get(JSON.stringify(branch));
  return pointer === undefined ? undefined : generatedValidator(`${c.id}#${pointer}`);
}

// ---------------------------------------------------------------------------------------------
// Wording

const TWO_POW_40 = 2 ** 40;

function formatBound(n: number): string {
  if (n === TWO_POW_40) return "2^40";
  if (Number.isInteger(n) && Math.abs(n) >= 10000) return n.toLocaleString("en-US");
  return String(n);
}

/** Patterns in words; a pattern not listed here is shown as written. */
const PATTERN_PHRASES: Record<string, string> = {
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$": "a DNS label (lowercase letters, digits and '-', starting and ending with a letter or digit)",
};

function integerPhrase(lo: number | undefined, hi: number | undefined, withUpper: boolean): string {
  if (withUpper && lo !== undefined && hi !== undefined) return `an integer from ${formatBound(lo)} to ${formatBound(hi)}`;
  if (lo === 1) return "a positive integer";
  if (lo === 0) return "a non-negative integer";
  if (lo !== undefined) return `an integer of at least ${formatBound(lo)}`;
  if (withUpper && hi !== undefined) return `an integer of at most ${formatBound(hi)}`;
  return "an integer";
}

function numberPhrase(node: SchemaNode, withUpper: boolean): string {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = node;
  if (!withUpper) {
    if (exclusiveMinimum === 0 || (minimum !== undefined && minimum > 0)) return "a positive number";
    if (minimum === 0) return "a non-negative number";
    if (minimum !== undefined) return `a number of at least ${formatBound(minimum)}`;
    if (exclusiveMinimum !== undefined) return `a number above ${formatBound(exclusiveMinimum)}`;
    return "a number";
  }
  if (minimum !== undefined && maximum !== undefined) return `a number from ${formatBound(minimum)} to ${formatBound(maximum)}`;
  const lower =
    minimum !== undefined ? `at least ${formatBound(minimum)}` : exclusiveMinimum !== undefined ? `above ${formatBound(exclusiveMinimum)}` : undefined;
  const upper =
    maximum !== undefined ? `at most ${formatBound(maximum)}` : exclusiveMaximum !== undefined ? `below ${formatBound(exclusiveMaximum)}` : undefined;
  return ["a number", [lower, upper].filter((p) => p !== undefined).join(" and ")].filter((p) => p !== "").join(" ");
}

/**
 * What a schema node accepts, in words. `kind` names the kind of value and its sign (for type,
 * enum and const errors: "a positive integer"); `bounds` adds upper bounds and lengths (for range
 * errors: "an integer from 1 to 4096"); `pattern` says what a pattern asks for.
 */
type Wording = "kind" | "bounds" | "pattern";

function describe(c: Compiled, raw: SchemaNode | undefined, wording: Wording): string {
  const node = deref(c, raw);
  if (!node) return "a valid value";
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return `one of ${node.enum.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ")}`;
  const branches = node.oneOf ?? node.anyOf;
  if (branches) return joinAlternatives(branches.map((b) => describe(c, b, wording)));
  if (Array.isArray(node.type)) return joinAlternatives(node.type.map((t) => describe(c, { ...node, type: t }, wording)));
  const bounds = wording === "bounds";
  switch (node.type) {
    case "integer": {
      const lo = node.minimum ?? (node.exclusiveMinimum !== undefined ? Math.floor(node.exclusiveMinimum) + 1 : undefined);
      const hi = node.maximum ?? (node.exclusiveMaximum !== undefined ? Math.ceil(node.exclusiveMaximum) - 1 : undefined);
      return integerPhrase(lo, hi, bounds);
    }
    case "number":
      return numberPhrase(node, bounds);
    case "string": {
      if (wording === "pattern" && node.pattern !== undefined) return PATTERN_PHRASES[node.pattern] ?? `a string matching ${node.pattern}`;
      const min = node.minLength ?? 0;
      const base = min > 1 ? `a string of at least ${formatBound(min)} characters` : min === 1 ? "a non-empty string" : "a string";
      if (!bounds || node.maxLength === undefined) return base;
      return min > 1 ? `${base} and at most ${formatBound(node.maxLength)}` : `${base} of at most ${formatBound(node.maxLength)} characters`;
    }
    case "boolean":
      return "true or false";
    case "object":
      return "a mapping";
    case "array": {
      if (!bounds) return "a list";
      const min = node.minItems ?? 0;
      const max = node.maxItems;
      if (min > 0 && max !== undefined) return `a list of ${formatBound(min)} to ${formatBound(max)} items`;
      if (min > 0) return `a list of at least ${formatBound(min)} item${min === 1 ? "" : "s"}`;
      return max !== undefined ? `a list of at most ${formatBound(max)} items` : "a list";
    }
    case "null":
      return "null";
    default:
      return "a valid value";
  }
}

function joinAlternatives(phrases: string[]): string {
  const unique = [...new Set(phrases)];
  if (unique.length <= 2) return unique.join(" or ");
  return `${unique.slice(0, -1).join(", ")} or ${unique[unique.length - 1]}`;
}

function joinAnd(items: string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const MAX_SHOWN = 60;

/** A value as the message quotes it: strings in JSON quotes (shortened), numbers as written. */
function formatValue(value: unknown, source: string | undefined): string {
  if (typeof value === "string") {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number") return source !== undefined && source.trim() !== "" ? source.trim() : String(value);
  if (value === null || value === undefined) return source === "" ? "an empty value" : "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

/** Lowercase a title's first letter unless its first word is an acronym ("GPU type", "API version"). */
function lowerTitle(title: string): string {
  const firstWord = title.split(/\s/)[0] ?? "";
  if (firstWord.length > 1 && /^[^a-z]+$/.test(firstWord)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** `(the GPU type, e.g. H100-SXM)`: what a missing property is, from its title and examples. */
function propertyHint(c: Compiled, raw: SchemaNode | undefined): string {
  const node = deref(c, raw);
  if (!node) return "";
  const parts: string[] = [];
  if (node.title !== undefined) parts.push(`the ${lowerTitle(node.title)}`);
  if (node.enum) {
    const list = `one of ${node.enum.map(String).join(", ")}`;
    return ` (${parts.length ? `${parts[0]}: ${list}` : list})`;
  }
  if (node.type === "boolean") return ` (${parts.length ? `${parts[0]}: ` : ""}true or false)`;
  const examples = node.examples ?? node.oneOf?.flatMap((b) => deref(c, b)?.examples ?? []) ?? [];
  const example = examples.find((e) => typeof e === "string" || typeof e === "number" || typeof e === "boolean");
  if (example !== undefined) parts.push(`e.g. ${String(example)}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/** The closest name within a small edit distance, ignoring case, `_` and `-`. */
function suggest(name: string, candidates: string[]): string | undefined {
  // A name far longer than every candidate is no typo of one; measuring it would cost its length times theirs.
  if (candidates.every((c) => name.length > 2 * c.length + 8)) return undefined;
  const normalize = (s: string) => s.toLowerCase().replace(/[-_]/g, "");
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: { name: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = normalize(candidate) === normalize(name) ? 0 : distance(name.toLowerCase(), candidate.toLowerCase());
    if (score <= limit && (!best || score < best.score)) best = { name: candidate, score };
  }
  return best?.name;
}

// ---------------------------------------------------------------------------------------------
// Issues → findings

const KEYWORD_RANK: Record<string, number> = {
  additionalProperties: 0,
  propertyNames: 0,
  type: 1,
  const: 2,
  enum: 3,
  required: 4,
  minimum: 5,
  maximum: 5,
  exclusiveMinimum: 5,
  exclusiveMaximum: 5,
  minLength: 6,
  maxLength: 6,
  pattern: 7,
};

interface Candidate {
  subject: string;
  rank: number;
  range: SourceRange;
  message: string;
}

class DocumentView {
  constructor(private readonly document: YamlDocument) {}

  /** `spec.hardware.count`, `include[0]`: instance path segments as messages and `ranges` name them. */
  dotted(segments: string[]): string {
    let current: unknown = this.document.value;
    let path = "";
    for (const segment of segments) {
      if (Array.isArray(current) && /^\d+$/.test(segment)) {
        path = joinPath(path, Number(segment));
        current = current[Number(segment)];
      } else {
        path = joinPath(path, segment);
        current = isPlainObject(current) && hasOwn(current, segment) ? current[segment] : undefined;
      }
    }
    return path;
  }

  /** The key's or the value's range at a dotted path; the nearest ancestor's when the path has none. */
  range(dotted: string, part: "key" | "value"): SourceRange {
    let path = dotted;
    while (path !== "") {
      const ranges = this.document.ranges.get(path);
      if (ranges) return part === "key" ? (ranges.key ?? ranges.value) : ranges.value;
      path = parentPath(path);
    }
    return this.document.range;
  }

  /** The source text of the scalar at `segments`, when it is one. */
  source(segments: string[]): string | undefined {
    let node: unknown = this.document.doc.contents;
    for (const segment of segments) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
        node = pair?.value;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)];
      } else {
        return undefined;
      }
    }
    return isScalar(node as Node) && node !== null && typeof (node as { source?: unknown }).source === "string"
      ? (node as { source: string }).source
      : undefined;
  }
}

function parentPath(dotted: string): string {
  const match = /^(.*?)(?:\.[^.[\]]*|\[\d+\])$/.exec(dotted);
  return match ? (match[1] ?? "") : "";
}

function display(dotted: string): string {
  return dotted === "" ? "the document" : dotted;
}

/** Validate one parsed YAML document against a schema; findings carry ruleId "schema", severity "error", file, and the exact range. */
export function validateDocument(schema: SchemaName, document: YamlDocument, file: string): Finding[] {
  // Nothing to check in a document that could not be read (the parse stage reported it) or that is
  // empty, as a trailing `---` or a comment-only file is.
  if (document.value === undefined || document.value === null) return [];
  const c = compiledSchema(schema);
  const issues = collect(c, c.validate, document.value, []);
  const view = new DocumentView(document);
  const candidates: Candidate[] = [];

  // Missing properties are gathered per mapping, to be reported once with every name.
  const missing = new Map<string, { segments: string[]; node: SchemaNode | undefined; names: string[] }>();
  // Properties a typo suggestion already points to are not reported missing as well.
  const suggested = new Map<string, Set<string>>();

  for (const issue of issues) {
    const path = view.dotted(issue.segments);
    const rank = KEYWORD_RANK[issue.keyword] ?? 8;
    switch (issue.keyword) {
      case "required": {
        const name = String(issue.params.missingProperty);
        const entry = missing.get(path) ?? { segments: issue.segments, node: issue.node, names: [] };
        if (!entry.names.includes(name)) entry.names.push(name);
        missing.set(path, entry);
        break;
      }
      case "additionalProperties": {
        const name = String(issue.params.additionalProperty);
        const child = joinPath(path, name);
        const known = Object.keys(deref(c, issue.node)?.properties ?? {});
        const present = isPlainObject(issue.data) ? issue.data : {};
        // A property already written is not what the writer meant to write.
        const suggestion = suggest(name, known.filter((k) => !hasOwn(present, k)));
        let message = `${child} is not a known property`;
        if (suggestion !== undefined) {
          message += `; did you mean ${quote(suggestion)}?`;
          const set = suggested.get(path) ?? new Set<string>();
          set.add(suggestion);
          suggested.set(path, set);
        } else if (known.length > 0) {
          message += `; expected one of ${known.join(", ")}`;
        }
        candidates.push({ subject: child, rank, range: view.range(child, "key"), message });
        break;
      }
      case "propertyNames": {
        const name = String(issue.params.propertyName);
        const child = joinPath(path, name);
        const names = deref(c, deref(c, issue.node)?.propertyNames);
        const noun = names?.title !== undefined ? lowerTitle(names.title) : "key";
        const allowed = (names?.enum ?? []).filter((v): v is string => typeof v === "string");
        let message: string;
        if (allowed.length > 0) {
          const suggestion = suggest(name, allowed);
          message =
            `${child} is not a known ${noun}` +
            (suggestion !== undefined ? `; did you mean ${quote(suggestion)}?` : allowed.length <= 20 ? `; expected one of ${allowed.join(", ")}` : "");
        } else {
          message = `${child} is not a valid ${noun}: it must be ${describe(c, names, "bounds")}`;
        }
        candidates.push({ subject: child, rank, range: view.range(child, "key"), message });
        break;
      }
      default: {
        const got = formatValue(issue.data, view.source(issue.segments));
        let expected: string;
        let extra = "";
        switch (issue.keyword) {
          case "type":
          case "const":
          case "enum":
          case "minLength":
            expected = describe(c, issue.node, "kind");
            if (issue.keyword === "type" && (typeof issue.data === "number" || typeof issue.data === "boolean")) {
              const node = deref(c, issue.node);
              if (node?.type === "string" && node.const === undefined && node.enum === undefined) extra = ` (write it in quotes, ${quote(got)}, to make it text)`;
            }
            break;
          case "minimum":
          case "maximum":
          case "exclusiveMinimum":
          case "exclusiveMaximum":
          case "maxLength":
          case "minItems":
          case "maxItems":
            expected = describe(c, issue.node, "bounds");
            if (issue.keyword === "maxLength" && typeof issue.data === "string") extra = ` (${issue.data.length} characters)`;
            if ((issue.keyword === "maxItems" || issue.keyword === "minItems") && Array.isArray(issue.data)) {
              extra = ` of ${issue.data.length} items`;
            }
            break;
          case "pattern":
            expected = describe(c, issue.node, "pattern");
            break;
          default:
            candidates.push({ subject: path, rank, range: view.range(path, "value"), message: `${display(path)} ${issue.message ?? "is not valid"}` });
            continue;
        }
        candidates.push({ subject: path, rank, range: view.range(path, "value"), message: `${display(path)} must be ${expected}, got ${got}${extra}` });
      }
    }
  }

  for (const [path, entry] of missing) {
    const names = entry.names.filter((n) => !suggested.get(path)?.has(n));
    if (names.length === 0) continue;
    const properties = deref(c, entry.node)?.properties ?? {};
    const listed = names.map((n) => `${quote(n)}${propertyHint(c, properties[n])}`);
    candidates.push({
      subject: path,
      rank: KEYWORD_RANK.required ?? 4,
      range: path === "" ? document.range : view.range(path, "key"),
      message: `${display(path)} is missing ${joinAnd(listed)}`,
    });
  }

  // One finding per node: the most specific (lowest rank), the first of equals.
  const chosen = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const current = chosen.get(candidate.subject);
    if (!current || candidate.rank < current.rank) chosen.set(candidate.subject, candidate);
  }

  const deployment = deploymentName(schema, document.value);
  const findings = [...chosen.values()].map((candidate): Finding => {
    const finding: Finding = { ruleId: "schema", severity: "error", message: candidate.message, file, ...candidate.range };
    if (deployment !== undefined) finding.deployment = deployment;
    return finding;
  });
  return findings.sort(compareFindings);
}

function deploymentName(schema: SchemaName, value: unknown): string | undefined {
  if (schema !== "inference-deployment" || !isPlainObject(value)) return undefined;
  const metadata = hasOwn(value, "metadata") ? value.metadata : undefined;
  const name = isPlainObject(metadata) && hasOwn(metadata, "name") ? metadata.name : undefined;
  return typeof name === "string" && name !== "" ? name : undefined;
}
