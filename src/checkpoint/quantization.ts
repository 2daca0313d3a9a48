import { groupDigits, quote } from "../base/text.js";
import type { QuantMethod } from "./types.js";

/**
 * What a checkpoint declares about its quantization, read from config.json's
 * `quantization_config` (at the top, or nested in `text_config` for multimodal configs:
 * huggingface.js issue 2003; `compression_config` in early compressed-tensors checkpoints), or from
 * the side files `quantize_config.json` (AutoGPTQ; AutoAWQ's `quant_config.json` has the same role)
 * and `hf_quant_config.json` (NVIDIA ModelOpt). Plain data; never throws on any input.
 * The counting rules: docs/physics.md#checkpoint-bytes-and-parameters.
 */

/** One entry of compressed-tensors `config_groups`: which modules, and how their weights are stored. */
export interface QuantConfigGroup {
  /** The entry's key (`group_0`). */
  name: string;
  /** Module names, `re:` patterns (matched from the start of the name, as Python's `re.match`) or class names (`Linear`). */
  targets: string[];
  /** `weights.num_bits`: bits per quantized weight. */
  numBits?: number;
  /** `weights.type`. */
  type?: "int" | "float";
  /** `weights.strategy`: `tensor`, `channel`, `group`, `block`, `tensor_group`. */
  strategy?: string;
  /** `weights.group_size`. */
  groupSize?: number;
  /** The group's `format`, else the config's: `pack-quantized`, `float-quantized`, `nvfp4-pack-quantized`, `mxfp4-pack-quantized`, `naive-quantized`, `int-quantized`… */
  format?: string;
}

export interface Quantization {
  method: QuantMethod;
  /** `quant_method` as the file writes it (`hqq`, `modelopt`), kept for "other"; null when nothing is declared. */
  methodName: string | null;
  /** Bits per quantized weight (GPTQ/AWQ `bits`, bitsandbytes 4 or 8, FP8 8, MXFP4 4; compressed-tensors when every group agrees). */
  bits?: number;
  /** Weights per scale (GPTQ/AWQ `group_size`, or the groups' common `group_size`). */
  groupSize?: number;
  /** compressed-tensors' top-level `format`. */
  format?: string;
  /** ModelOpt's `quant_algo` (`FP8`, `NVFP4`, `W4A16_AWQ`…). */
  algorithm?: string;
  /** GPTQ `desc_act` (act-order: the checkpoint carries `g_idx`). */
  descAct?: boolean;
  /** Block FP8 (DeepSeek-V3, Qwen3-FP8): `[rows, columns]` per scale. */
  weightBlockSize?: number[];
  configGroups: QuantConfigGroup[];
  /** compressed-tensors `ignore`: modules left unquantized (names or `re:` patterns). */
  ignore: string[];
  /** Modules left unquantized: `modules_to_not_convert`, bitsandbytes' `llm_int8_skip_modules`, ModelOpt's `exclude_modules`. */
  modulesToNotConvert: string[];
  /** Where the declaration was found: `config.json`, `config.json text_config`, `quantize_config.json`, `hf_quant_config.json`; null when nowhere. */
  source: string | null;
  /** What could not be read as written. */
  warnings: string[];
}

/** Side files that may carry the declaration when config.json does not. */
export interface QuantizationSideFiles {
  /** `quantize_config.json` (AutoGPTQ) or `quant_config.json` (AutoAWQ), parsed. */
  quantizeConfig?: unknown;
  /** `hf_quant_config.json` (NVIDIA ModelOpt), parsed. */
  hfQuantConfig?: unknown;
}

/** Entries a list in a config may hold at most, and characters per entry. */
const MAX_LIST_ENTRIES = 10_000;
const MAX_ENTRY_CHARS = 1_024;

const KNOWN_METHODS: ReadonlyMap<string, QuantMethod> = new Map<string, QuantMethod>([
  ["gptq", "gptq"],
  ["awq", "awq"],
  ["compressed-tensors", "compressed-tensors"],
  ["fp8", "fp8"],
  ["fbgemm_fp8", "fbgemm_fp8"],
  ["mxfp4", "mxfp4"],
  ["bitsandbytes", "bitsandbytes"],
  ["gguf", "gguf"],
]);

type Json = Record<string, unknown>;

function asObject(value: unknown): Json | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;
}

/** An own property only: a config's `__proto__` or `constructor` key is data, never the prototype's. */
function own(object: Json | undefined, key: string): unknown {
  return object !== undefined && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function shortString(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_ENTRY_CHARS ? value : undefined;
}

/** The strings of a list (a lone string is a list of one), capped; what was dropped is said. */
function stringList(value: unknown, what: string, warnings: string[]): string[] {
  if (value === undefined || value === null) return [];
  const items = typeof value === "string" ? [value] : Array.isArray(value) ? value : null;
  if (items === null) {
    warnings.push(`${what} is not a list of names; ignored`);
    return [];
  }
  const kept = items.slice(0, MAX_LIST_ENTRIES).filter((v): v is string => shortString(v) !== undefined);
  if (kept.length < items.length) warnings.push(`${what}: ${groupDigits(items.length - kept.length)} entries are not names of at most ${groupDigits(MAX_ENTRY_CHARS)} characters (or past the first ${groupDigits(MAX_LIST_ENTRIES)}); ignored`);
  return kept;
}

function emptyQuantization(): Quantization {
  return { method: "none", methodName: null, configGroups: [], ignore: [], modulesToNotConvert: [], source: null, warnings: [] };
}

/** The declaration in config.json, else in its `text_config`, with where it was found. */
function declaredConfig(config: Json | undefined): { raw: Json; source: string } | undefined {
  for (const [holder, source] of [
    [config, "config.json"],
    [asObject(own(config, "text_config")), "config.json text_config"],
  ] as const) {
    const raw = asObject(own(holder, "quantization_config")) ?? asObject(own(holder, "compression_config"));
    if (raw) return { raw, source };
  }
  return undefined;
}

/**
 * The quantization a checkpoint declares: config.json first (top level, then `text_config`), then
 * `quantize_config.json`, then `hf_quant_config.json`. Unknown methods are "other" with their name
 * kept. Never throws.
 */
export function quantizationFromConfig(config: unknown, sideFiles: QuantizationSideFiles = {}): Quantization {
  try {
    const declared = declaredConfig(asObject(config));
    if (declared) return fromQuantizationConfig(declared.raw, declared.source);
    const quantize = asObject(sideFiles.quantizeConfig);
    if (quantize) return fromQuantizeConfig(quantize);
    const modelopt = asObject(own(asObject(sideFiles.hfQuantConfig), "quantization"));
    if (modelopt) return fromModelOpt(modelopt, "hf_quant_config.json");
    return emptyQuantization();
  } catch {
    const q = emptyQuantization();
    q.warnings.push("the quantization declaration could not be read");
    return q;
  }
}

/** config.json's `quantization_config` (or `compression_config`). */
function fromQuantizationConfig(raw: Json, source: string): Quantization {
  const q = emptyQuantization();
  q.source = source;
  const name = shortString(own(raw, "quant_method"))?.toLowerCase();
  const bnbBits = own(raw, "load_in_4bit") === true || own(raw, "_load_in_4bit") === true ? 4 : own(raw, "load_in_8bit") === true || own(raw, "_load_in_8bit") === true ? 8 : undefined;
  const methodName = name ?? (bnbBits !== undefined ? "bitsandbytes" : own(raw, "config_groups") !== undefined ? "compressed-tensors" : undefined);
  if (methodName === undefined) {
    q.warnings.push(`${source} has a quantization_config without a quant_method; read as unquantized`);
    return q;
  }
  if (methodName === "modelopt") return fromModelOpt(raw, source);
  q.methodName = methodName;
  q.method = KNOWN_METHODS.get(methodName) ?? "other";
  q.modulesToNotConvert = [
    ...stringList(own(raw, "modules_to_not_convert"), "modules_to_not_convert", q.warnings),
    ...stringList(own(raw, "llm_int8_skip_modules"), "llm_int8_skip_modules", q.warnings),
  ];
  q.groupSize = positiveInt(own(raw, "group_size")) ?? positiveInt(own(raw, "q_group_size"));
  if (typeof own(raw, "desc_act") === "boolean") q.descAct = own(raw, "desc_act") as boolean;
  const block = own(raw, "weight_block_size");
  if (Array.isArray(block) && block.length === 2 && block.every((b) => positiveInt(b) !== undefined)) q.weightBlockSize = [...(block as number[])];
  q.bits = methodBits(q.method, raw, bnbBits);
  if (q.method === "compressed-tensors") readCompressedTensors(q, raw);
  return q;
}

/** Bits per weight the method implies or declares. */
function methodBits(method: QuantMethod, raw: Json, bnbBits: number | undefined): number | undefined {
  switch (method) {
    case "fp8":
    case "fbgemm_fp8":
      return 8;
    case "mxfp4":
      return 4;
    case "bitsandbytes":
      return bnbBits ?? 4;
    case "compressed-tensors":
      return undefined;
    default:
      return positiveInt(own(raw, "bits")) ?? positiveInt(own(raw, "w_bit")) ?? positiveInt(own(raw, "num_bits"));
  }
}

/** compressed-tensors: `format`, `config_groups`, `ignore`; bits and group size when the groups agree. */
function readCompressedTensors(q: Quantization, raw: Json): void {
  q.format = shortString(own(raw, "format"));
  q.ignore = stringList(own(raw, "ignore"), "ignore", q.warnings);
  const groups = asObject(own(raw, "config_groups"));
  for (const name of Object.keys(groups ?? {}).slice(0, MAX_LIST_ENTRIES)) {
    const group = asObject(own(groups, name));
    if (!group) continue;
    const weights = asObject(own(group, "weights"));
    const type = own(weights, "type");
    const entry: QuantConfigGroup = { name: name.slice(0, MAX_ENTRY_CHARS), targets: stringList(own(group, "targets"), `config group ${quote(name, 40)} targets`, q.warnings) };
    const numBits = positiveInt(own(weights, "num_bits"));
    if (numBits !== undefined) entry.numBits = numBits;
    if (type === "int" || type === "float") entry.type = type;
    const strategy = shortString(own(weights, "strategy"));
    if (strategy !== undefined) entry.strategy = strategy;
    const groupSize = positiveInt(own(weights, "group_size"));
    if (groupSize !== undefined) entry.groupSize = groupSize;
    const format = shortString(own(group, "format")) ?? q.format;
    if (format !== undefined) entry.format = format;
    q.configGroups.push(entry);
  }
  const bits = new Set(q.configGroups.map((g) => g.numBits).filter((b) => b !== undefined));
  if (bits.size === 1) q.bits = [...bits][0];
  const sizes = new Set(q.configGroups.map((g) => g.groupSize).filter((b) => b !== undefined));
  if (sizes.size === 1 && q.groupSize === undefined) q.groupSize = [...sizes][0];
}

/** AutoGPTQ's `quantize_config.json` or AutoAWQ's `quant_config.json`. */
function fromQuantizeConfig(raw: Json): Quantization {
  const q = emptyQuantization();
  q.source = "quantize_config.json";
  const declared = shortString(own(raw, "quant_method"))?.toLowerCase();
  const version = shortString(own(raw, "version"))?.toUpperCase();
  const awq = own(raw, "w_bit") !== undefined || version === "GEMM" || version === "GEMV";
  q.methodName = declared ?? (awq ? "awq" : "gptq");
  q.method = KNOWN_METHODS.get(q.methodName) ?? "other";
  q.bits = positiveInt(own(raw, "bits")) ?? positiveInt(own(raw, "w_bit"));
  q.groupSize = positiveInt(own(raw, "group_size")) ?? positiveInt(own(raw, "q_group_size"));
  if (typeof own(raw, "desc_act") === "boolean") q.descAct = own(raw, "desc_act") as boolean;
  q.modulesToNotConvert = stringList(own(raw, "modules_to_not_convert"), "modules_to_not_convert", q.warnings);
  return q;
}

/** NVIDIA ModelOpt: `quant_algo` FP8 is FP8; NVFP4 and the AWQ variants are 4-bit, kept as "other". */
function fromModelOpt(raw: Json, source: string): Quantization {
  const q = emptyQuantization();
  q.source = source;
  const algorithm = shortString(own(raw, "quant_algo"))?.toUpperCase();
  if (algorithm !== undefined) q.algorithm = algorithm;
  q.methodName = "modelopt";
  q.method = algorithm === "FP8" ? "fp8" : "other";
  if (algorithm === "FP8" || algorithm === "INT8_SQ" || algorithm?.startsWith("W8")) q.bits = 8;
  else if (algorithm === "NVFP4" || algorithm?.includes("INT4") || algorithm?.startsWith("W4")) q.bits = 4;
  q.groupSize = positiveInt(own(raw, "group_size"));
  q.modulesToNotConvert = stringList(own(raw, "exclude_modules"), "exclude_modules", q.warnings);
  return q;
}

// ---------------------------------------------------------------------------- module matching

/** Which modules a declaration leaves unquantized, and which config group quantizes the others. */
export interface QuantizationMatcher {
  /** Whether `module` (a tensor name without its last part: `model.layers.0.mlp.down_proj`) stays unquantized. */
  isUnconverted(module: string): boolean;
  /** The compressed-tensors group whose targets take `module`: an exact name first, then a `re:` pattern, then a class name. */
  groupFor(module: string): QuantConfigGroup | undefined;
  /** Patterns that could not be read (unsupported syntax) and were taken to match nothing. */
  warnings: string[];
}

/**
 * Matching for one declaration, its patterns compiled once. `re:` patterns are Python regular
 * expressions matched from the start of the name (compressed-tensors `match_name`);
 * `modules_to_not_convert` entries match a module equal to them, under them (`lm_head` takes
 * `lm_head.weight`), ending with them, or as a pattern from the start (`model.layers.*.self_attn`,
 * as transformers reads them). Patterns from a repository are run by a linear-time matcher, not
 * by a backtracking engine, so a crafted pattern cannot stall the count.
 */
export function quantizationMatcher(q: Quantization): QuantizationMatcher {
  const warnings: string[] = [];
  const compile = (pattern: string): Pattern | null => {
    const compiled = compilePattern(pattern);
    if (compiled === null && warnings.length < 5) warnings.push(`pattern ${quote(pattern, 80)} uses syntax the count does not read; taken to match nothing`);
    return compiled;
  };
  const ignore = q.ignore.map((target) => targetMatcher(target, compile));
  const skip = q.modulesToNotConvert.map((key) => skipMatcher(key));
  const groups = q.configGroups.map((group) => ({ group, targets: group.targets.map((t) => ({ kind: targetKind(t), match: targetMatcher(t, compile) })) }));
  return {
    isUnconverted: (module) => ignore.some((m) => m(module)) || skip.some((m) => m(module)),
    groupFor: (module) => {
      for (const kind of ["name", "pattern", "class"] as const) {
        const found = groups.find((g) => g.targets.some((t) => t.kind === kind && t.match(module)));
        if (found) return found.group;
      }
      return undefined;
    },
    warnings,
  };
}

type TargetKind = "name" | "pattern" | "class";

/** `re:…` is a pattern, `Linear` (no dot, a capital first) a class name, anything else a module name. */
function targetKind(target: string): TargetKind {
  if (target.startsWith("re:")) return "pattern";
  return /^[A-Z][A-Za-z0-9_]*$/.test(target) ? "class" : "name";
}

/** A compressed-tensors target or ignore entry as a test on module names. Class names match every module (the header holds no classes). */
function targetMatcher(target: string, compile: (p: string) => Pattern | null): (module: string) => boolean {
  const kind = targetKind(target);
  if (kind === "class") return () => true;
  if (kind === "name") return (module) => module === target;
  const pattern = compile(target.slice(3));
  return (module) => pattern !== null && matchesFromStart(pattern, module);
}

/** A `modules_to_not_convert` entry as a test on module names. */
function skipMatcher(key: string): (module: string) => boolean {
  const pattern = /[*?[\]()|+{}\\^$]/.test(key) ? compilePattern(key) : null;
  return (module) =>
    module === key ||
    module.startsWith(`${key}.`) ||
    module.endsWith(`.${key}`) ||
    module.includes(`.${key}.`) ||
    (pattern !== null && matchesFromStart(pattern, module));
}

// ---------------------------------------------------------------------------- a linear-time pattern matcher

/**
 * A subset of Python's regular expressions, run as a Thompson NFA (time linear in the name for a
 * given pattern): literals, `.`, classes `[a-z_]` and `[^…]`, `\d \w \s \D \W \S`, escaped
 * punctuation, groups `(…)` and `(?:…)`, `|`, `* + ?`, `{m}`, `{m,}`, `{m,n}` (lazy forms
 * accepted), `^` and `$`. Anything else (back-references, look-arounds) is refused.
 */
type CharTest = (c: string) => boolean;
type Node =
  | { k: "char"; test: CharTest }
  | { k: "seq"; items: Node[] }
  | { k: "alt"; options: Node[] }
  | { k: "repeat"; node: Node; min: number; max: number }
  | { k: "start" }
  | { k: "end" };

type State = { t: "char"; test: CharTest; out: number } | { t: "split"; a: number; b: number } | { t: "start" | "end"; out: number } | { t: "match" };

interface Pattern {
  states: State[];
  start: number;
}

const MAX_PATTERN_CHARS = 512;
const MAX_STATES = 20_000;
const MAX_REPEAT = 100;
const MAX_GROUP_DEPTH = 32;

class Unsupported extends Error {}

function refuse(): never {
  throw new Unsupported();
}

/** The pattern compiled, or null when it is too long or uses syntax outside the subset. */
function compilePattern(pattern: string): Pattern | null {
  if (pattern.length > MAX_PATTERN_CHARS) return null;
  try {
    const parser = new PatternParser(pattern);
    const node = parser.parse();
    const states: State[] = [{ t: "match" }];
    const start = emit(node, 0, states);
    return { states, start };
  } catch {
    return null;
  }
}

class PatternParser {
  private at = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at !== this.text.length) refuse();
    return node;
  }

  private peek(): string | undefined {
    return this.text[this.at];
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { k: "alt", options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.text.length && this.peek() !== "|" && this.peek() !== ")") items.push(this.quantified(this.atom()));
    return { k: "seq", items };
  }

  private atom(): Node {
    const c = this.text[this.at++]!;
    if (c === "(") return this.group();
    if (c === "[") return { k: "char", test: this.charClass() };
    if (c === ".") return { k: "char", test: (x) => x !== "\n" };
    if (c === "^") return { k: "start" };
    if (c === "$") return { k: "end" };
    if (c === "\\") return { k: "char", test: this.escape() };
    if (c === "*" || c === "+" || c === "?" || c === ")") refuse();
    return { k: "char", test: (x) => x === c };
  }

  private group(): Node {
    if (this.text.startsWith("?:", this.at)) this.at += 2;
    else if (this.peek() === "?") refuse();
    if (++this.depth > MAX_GROUP_DEPTH) refuse();
    const inner = this.alternation();
    this.depth--;
    if (this.text[this.at++] !== ")") refuse();
    return inner;
  }

  /** The character after a backslash: a class (`\d`) or a literal punctuation mark. */
  private escape(): CharTest {
    const c = this.text[this.at++];
    if (c === undefined) refuse();
    const test = classEscape(c);
    if (test) return test;
    if (c === "n") return (x) => x === "\n";
    if (c === "t") return (x) => x === "\t";
    if (/[A-Za-z0-9]/.test(c)) refuse();
    return (x) => x === c;
  }

  private charClass(): CharTest {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    const tests: CharTest[] = [];
    let first = true;
    for (;;) {
      const c = this.text[this.at++];
      if (c === undefined) refuse();
      if (c === "]" && !first) break;
      first = false;
      if (c === "\\") {
        const e = this.text[this.at++];
        if (e === undefined) refuse();
        const test = classEscape(e);
        if (test) {
          tests.push(test);
          continue;
        }
        if (/[A-Za-z0-9]/.test(e)) refuse();
        tests.push((x) => x === e);
        continue;
      }
      if (this.peek() === "-" && this.text[this.at + 1] !== undefined && this.text[this.at + 1] !== "]") {
        const high = this.text[this.at + 1]!;
        if (high === "\\" || high < c) refuse();
        this.at += 2;
        tests.push((x) => x >= c && x <= high);
        continue;
      }
      tests.push((x) => x === c);
    }
    return negated ? (x) => x !== "\n" && !tests.some((t) => t(x)) : (x) => tests.some((t) => t(x));
  }

  private quantified(node: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const braces = /^\{(\d{1,9})(,(\d{0,9}))?\}/.exec(this.text.slice(this.at, this.at + 24));
      if (!braces) return node; // Python reads a `{` that opens no count as itself.
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === "" ? Infinity : Number(braces[3]);
      if (min > MAX_REPEAT || (max !== Infinity && (max > MAX_REPEAT || max < min))) refuse();
      this.at += braces[0].length - 1;
    } else return node;
    if (node.k === "start" || node.k === "end") refuse();
    this.at++;
    if (this.peek() === "?") this.at++; // lazy: the same set of matches
    else if (this.peek() === "+" || this.peek() === "*" || this.peek() === "{") refuse();
    return { k: "repeat", node, min, max };
  }
}

function classEscape(c: string): CharTest | undefined {
  const digit: CharTest = (x) => x >= "0" && x <= "9";
  const word: CharTest = (x) => /[\p{L}\p{N}_]/u.test(x);
  const space: CharTest = (x) => /\s/.test(x);
  switch (c) {
    case "d":
      return digit;
    case "D":
      return (x) => !digit(x);
    case "w":
      return word;
    case "W":
      return (x) => !word(x);
    case "s":
      return space;
    case "S":
      return (x) => !space(x);
    default:
      return undefined;
  }
}

function push(states: State[], state: State): number {
  if (states.length >= MAX_STATES) refuse();
  states.push(state);
  return states.length - 1;
}

/** The states of `node`, continuing at `next`; returns the first state (built back to front). */
function emit(node: Node, next: number, states: State[]): number {
  switch (node.k) {
    case "char":
      return push(states, { t: "char", test: node.test, out: next });
    case "start":
    case "end":
      return push(states, { t: node.k, out: next });
    case "seq": {
      let at = next;
      for (let i = node.items.length - 1; i >= 0; i--) at = emit(node.items[i]!, at, states);
      return at;
    }
    case "alt": {
      let at = emit(node.options[node.options.length - 1]!, next, states);
      for (let i = node.options.length - 2; i >= 0; i--) at = push(states, { t: "split", a: emit(node.options[i]!, next, states), b: at });
      return at;
    }
    case "repeat": {
      let at = next;
      if (node.max === Infinity) {
        const loop = push(states, { t: "split", a: -1, b: next });
        (states[loop] as { a: number }).a = emit(node.node, loop, states);
        at = loop;
      } else {
        for (let i = node.min; i < node.max; i++) at = push(states, { t: "split", a: emit(node.node, at, states), b: next });
      }
      for (let i = 0; i < node.min; i++) at = emit(node.node, at, states);
      return at;
    }
  }
}

/**
 * Whether the Python-style `pattern` matches a prefix of `text` (`re.match`), in time linear in
 * `text`; null when the pattern is outside the subset the matcher reads.
 */
export function patternMatchesFromStart(pattern: string, text: string): boolean | null {
  const compiled = compilePattern(pattern);
  return compiled === null ? null : matchesFromStart(compiled, text);
}

/** Whether `pattern` matches a prefix of `text` (Python `re.match`). */
function matchesFromStart(pattern: Pattern, text: string): boolean {
  const { states } = pattern;
  const seen = new Int32Array(states.length).fill(-1);
  let generation = 0;
  const closure = (from: number[], position: number): { set: number[]; matched: boolean } => {
    generation++;
    const set: number[] = [];
    const stack = [...from];
    let matched = false;
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen[s] === generation) continue;
      seen[s] = generation;
      const state = states[s]!;
      if (state.t === "match") matched = true;
      else if (state.t === "char") set.push(s);
      else if (state.t === "split") stack.push(state.b, state.a);
      else if (state.t === "start" ? position === 0 : position === text.length) stack.push(state.out);
    }
    return { set, matched };
  };
  let current = closure([pattern.start], 0);
  for (let i = 0; ; i++) {
    if (current.matched) return true;
    if (i === text.length || current.set.length === 0) return false;
    const c = text[i]!;
    const next: number[] = [];
    for (const s of current.set) {
      const state = states[s] as { t: "char"; test: CharTest; out: number };
      if (state.test(c)) next.push(state.out);
    }
    current = closure(next, i + 1);
  }
}
