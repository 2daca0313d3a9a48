import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  groupDigits,
  quote
} from "./chunk-LRW7K6N5.js";
import {
  countParams
} from "./chunk-N4USQFRU.js";

// src/checkpoint/mistral-params.ts
function configFromMistralParams(params) {
  const p = params && typeof params === "object" && !Array.isArray(params) ? params : {};
  const assumptions = [];
  const moe = p.moe && typeof p.moe === "object" ? p.moe : null;
  const maxSeq = p.max_seq_len ?? p.max_position_embeddings;
  if (maxSeq === void 0) assumptions.push("params.json names no max_seq_len: 128,000 tokens assumed, as vLLM does");
  const config = {
    model_type: moe ? "mixtral" : "mistral",
    hidden_size: p.dim,
    num_hidden_layers: p.n_layers,
    num_attention_heads: p.n_heads,
    num_key_value_heads: p.n_kv_heads ?? p.n_heads,
    head_dim: p.head_dim,
    intermediate_size: p.hidden_dim,
    vocab_size: p.vocab_size,
    tie_word_embeddings: p.tied_embeddings === true,
    max_position_embeddings: maxSeq ?? 128e3,
    torch_dtype: "bfloat16"
  };
  if (moe) {
    config.num_local_experts = moe.num_experts;
    config.num_experts_per_tok = moe.num_experts_per_tok;
  }
  if (p.sliding_window !== void 0) config.sliding_window = p.sliding_window;
  return { config, assumptions };
}

// src/checkpoint/safetensors.ts
var SAFETENSORS_MAX_HEADER_BYTES = 25e6;
var SAFETENSORS_MAX_TENSORS = 2e6;
var SAFETENSORS_MAX_NAME_CHARS = 1024;
var SAFETENSORS_MAX_DIMS = 8;
var MAX_LISTED_WARNINGS = 5;
var MAX_DTYPE_CHARS = 32;
var DTYPE_BITS = /* @__PURE__ */ new Map([
  ["F64", 64],
  ["I64", 64],
  ["U64", 64],
  ["F32", 32],
  ["I32", 32],
  ["U32", 32],
  ["BF16", 16],
  ["F16", 16],
  ["I16", 16],
  ["U16", 16],
  ["F8_E4M3", 8],
  ["F8_E5M2", 8],
  ["F8_E8M0", 8],
  ["I8", 8],
  ["U8", 8],
  ["BOOL", 8],
  ["F6_E2M3", 6],
  ["F6_E3M2", 6],
  ["F4", 4]
]);
function dtypeBits(dtype) {
  return DTYPE_BITS.get(dtype);
}
function headerLength(prefix) {
  if (!(prefix instanceof Uint8Array) || prefix.length < 8) {
    return { ok: false, message: `a safetensors file starts with an 8-byte header length; only ${prefix instanceof Uint8Array ? prefix.length : 0} bytes were given` };
  }
  const length = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
  if (length === 0n) return { ok: false, message: "the header length is 0: not a safetensors file" };
  if (length > BigInt(SAFETENSORS_MAX_HEADER_BYTES)) {
    return { ok: false, message: `the header length ${length.toString()} exceeds the ${groupDigits(SAFETENSORS_MAX_HEADER_BYTES)}-byte limit of the official readers` };
  }
  return { ok: true, headerJsonBytes: Number(length) };
}
var HeaderError = class extends Error {
};
function fail(message) {
  throw new HeaderError(message);
}
function parseSafetensorsHeader(bytes, fileSizeBytes) {
  try {
    return parseOrThrow(bytes, fileSizeBytes);
  } catch (error) {
    if (error instanceof HeaderError) return { ok: false, message: error.message };
    return { ok: false, message: "the safetensors header could not be read" };
  }
}
function parseOrThrow(bytes, fileSizeBytes) {
  const length = headerLength(bytes);
  if (!length.ok) return length;
  const jsonBytes = length.headerJsonBytes;
  const headerBytes = 8 + jsonBytes;
  if (bytes.length < headerBytes) fail(`the header is ${groupDigits(jsonBytes)} bytes long but only ${groupDigits(bytes.length - 8)} of them were given`);
  if (!Number.isSafeInteger(fileSizeBytes) || fileSizeBytes < headerBytes) {
    fail(`the file size ${Number.isFinite(fileSizeBytes) ? groupDigits(fileSizeBytes) : String(fileSizeBytes)} is smaller than its ${groupDigits(headerBytes)}-byte header`);
  }
  const root = parseJson(bytes.subarray(8, headerBytes));
  const metadata = readMetadata(root);
  const keys = Object.keys(root);
  const tensorCount = keys.length - (metadata === null ? 0 : 1);
  if (tensorCount > SAFETENSORS_MAX_TENSORS) fail(`the header names ${groupDigits(tensorCount)} tensors, more than the ${groupDigits(SAFETENSORS_MAX_TENSORS)} allowed`);
  const entries = [];
  for (const name of keys) {
    if (name === "__metadata__") continue;
    entries.push(readEntry(name, root[name]));
  }
  const dataBytes = fileSizeBytes - headerBytes;
  checkOffsets(entries, dataBytes);
  return {
    ok: true,
    header: { tensors: entries.map((e) => e.tensor), metadata, headerBytes, dataBytes },
    warnings: sizeWarnings(entries.map((e) => e.tensor))
  };
}
function parseJson(json) {
  if (json[0] !== 123) fail("the header does not start with a JSON object");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(json);
  } catch {
    fail("the header is not valid UTF-8");
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    fail("the header is not valid JSON");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail("the header is not a JSON object");
  return value;
}
function readMetadata(root) {
  if (!Object.prototype.hasOwnProperty.call(root, "__metadata__")) return null;
  const raw = root["__metadata__"];
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) fail("`__metadata__` is not an object of strings");
  const metadata = /* @__PURE__ */ Object.create(null);
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== "string") fail(`\`__metadata__\` entry ${quote(key, 60)} is not a string`);
    metadata[key] = value;
  }
  return metadata;
}
function readEntry(name, raw) {
  if (name.length > SAFETENSORS_MAX_NAME_CHARS) fail(`a tensor name is ${groupDigits(name.length)} characters long, more than the ${groupDigits(SAFETENSORS_MAX_NAME_CHARS)} allowed`);
  const label = quote(name, 80);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) fail(`tensor ${label} is not an object`);
  const { dtype, shape, data_offsets: offsets } = raw;
  if (typeof dtype !== "string" || dtype.length === 0 || dtype.length > MAX_DTYPE_CHARS) fail(`tensor ${label} has no valid dtype`);
  const dims = readShape(label, shape);
  if (!Array.isArray(offsets) || offsets.length !== 2) fail(`tensor ${label}: data_offsets is not a pair [begin, end]`);
  const [begin, end] = offsets;
  if (!isCount(begin) || !isCount(end)) fail(`tensor ${label}: data_offsets are not non-negative safe integers`);
  if (begin > end) fail(`tensor ${label}: data_offsets begin after they end`);
  return { tensor: { name, dtype, shape: dims, bytes: end - begin }, begin, end };
}
function isCount(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
function readShape(label, shape) {
  if (!Array.isArray(shape)) fail(`tensor ${label}: shape is not a list`);
  if (shape.length > SAFETENSORS_MAX_DIMS) fail(`tensor ${label}: shape has ${groupDigits(shape.length)} dimensions, more than ${SAFETENSORS_MAX_DIMS}`);
  let elements = 1;
  for (const dim of shape) {
    if (!isCount(dim)) fail(`tensor ${label}: shape holds a value that is not a non-negative integer`);
    elements *= dim;
    if (!Number.isSafeInteger(elements)) fail(`tensor ${label}: shape has more than 2^53 elements`);
  }
  return [...shape];
}
function checkOffsets(entries, dataBytes) {
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let position = 0;
  for (const entry of sorted) {
    const label = quote(entry.tensor.name, 80);
    if (entry.end > dataBytes) fail(`tensor ${label} ends at byte ${groupDigits(entry.end)}, past the ${groupDigits(dataBytes)} bytes the file holds after its header`);
    if (entry.begin < position) fail(`tensor ${label} overlaps the tensor before it (begins at ${groupDigits(entry.begin)}, the previous ends at ${groupDigits(position)})`);
    if (entry.begin > position) fail(`tensors leave a gap before ${label} (bytes ${groupDigits(position)} to ${groupDigits(entry.begin)} belong to no tensor)`);
    position = entry.end;
  }
  if (position !== dataBytes) {
    fail(`the tensors hold ${groupDigits(position)} bytes but the file holds ${groupDigits(dataBytes)} after its header`);
  }
}
function elementCount(shape) {
  let elements = 1;
  for (const dim of shape) elements *= dim;
  return elements;
}
function expectedTensorBytes(shape, bits) {
  const totalBits = BigInt(elementCount(shape)) * BigInt(bits);
  return Number((totalBits + 7n) / 8n);
}
function sizeWarnings(tensors) {
  const mismatched = [];
  const unknown = /* @__PURE__ */ new Map();
  for (const tensor of tensors) {
    const bits = dtypeBits(tensor.dtype);
    if (bits === void 0) {
      unknown.set(tensor.dtype, (unknown.get(tensor.dtype) ?? 0) + 1);
      continue;
    }
    const expected = expectedTensorBytes(tensor.shape, bits);
    if (expected !== tensor.bytes) {
      mismatched.push(`tensor ${quote(tensor.name, 80)} holds ${groupDigits(tensor.bytes)} bytes, but ${tensor.dtype} [${tensor.shape.join(", ")}] needs ${groupDigits(expected)}; its offsets are trusted`);
    }
  }
  const warnings = mismatched.slice(0, MAX_LISTED_WARNINGS);
  if (mismatched.length > MAX_LISTED_WARNINGS) warnings.push(`${groupDigits(mismatched.length - MAX_LISTED_WARNINGS)} more tensors hold other byte counts than their shapes need; their offsets are trusted`);
  const unknownList = [...unknown];
  for (const [dtype, count2] of unknownList.slice(0, MAX_LISTED_WARNINGS)) {
    warnings.push(`dtype ${quote(dtype, MAX_DTYPE_CHARS)} (${groupDigits(count2)} tensor${count2 === 1 ? "" : "s"}) is not a safetensors dtype; its bytes are counted as the offsets say`);
  }
  if (unknownList.length > MAX_LISTED_WARNINGS) warnings.push(`${groupDigits(unknownList.length - MAX_LISTED_WARNINGS)} more unknown dtypes; their bytes are counted as the offsets say`);
  return warnings;
}

// src/checkpoint/quantization.ts
var MAX_LIST_ENTRIES = 1e4;
var MAX_ENTRY_CHARS = 1024;
var KNOWN_METHODS = /* @__PURE__ */ new Map([
  ["gptq", "gptq"],
  ["awq", "awq"],
  ["compressed-tensors", "compressed-tensors"],
  ["fp8", "fp8"],
  ["fbgemm_fp8", "fbgemm_fp8"],
  ["mxfp4", "mxfp4"],
  ["bitsandbytes", "bitsandbytes"],
  ["gguf", "gguf"]
]);
function asObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function own(object, key) {
  return object !== void 0 && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : void 0;
}
function positiveInt(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : void 0;
}
function shortString(value) {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_ENTRY_CHARS ? value : void 0;
}
function stringList(value, what, warnings) {
  if (value === void 0 || value === null) return [];
  const items = typeof value === "string" ? [value] : Array.isArray(value) ? value : null;
  if (items === null) {
    warnings.push(`${what} is not a list of names; ignored`);
    return [];
  }
  const kept = items.slice(0, MAX_LIST_ENTRIES).filter((v) => shortString(v) !== void 0);
  if (kept.length < items.length) warnings.push(`${what}: ${groupDigits(items.length - kept.length)} entries are not names of at most ${groupDigits(MAX_ENTRY_CHARS)} characters (or past the first ${groupDigits(MAX_LIST_ENTRIES)}); ignored`);
  return kept;
}
function emptyQuantization() {
  return { method: "none", methodName: null, configGroups: [], ignore: [], modulesToNotConvert: [], source: null, warnings: [] };
}
function declaredConfig(config) {
  for (const [holder, source] of [
    [config, "config.json"],
    [asObject(own(config, "text_config")), "config.json text_config"]
  ]) {
    const raw = asObject(own(holder, "quantization_config")) ?? asObject(own(holder, "compression_config"));
    if (raw) return { raw, source };
  }
  return void 0;
}
function quantizationFromConfig(config, sideFiles = {}) {
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
function fromQuantizationConfig(raw, source) {
  const q = emptyQuantization();
  q.source = source;
  const name = shortString(own(raw, "quant_method"))?.toLowerCase();
  const bnbBits = own(raw, "load_in_4bit") === true || own(raw, "_load_in_4bit") === true ? 4 : own(raw, "load_in_8bit") === true || own(raw, "_load_in_8bit") === true ? 8 : void 0;
  const methodName = name ?? (bnbBits !== void 0 ? "bitsandbytes" : own(raw, "config_groups") !== void 0 ? "compressed-tensors" : void 0);
  if (methodName === void 0) {
    q.warnings.push(`${source} has a quantization_config without a quant_method; read as unquantized`);
    return q;
  }
  if (methodName === "modelopt") return fromModelOpt(raw, source);
  q.methodName = methodName;
  q.method = KNOWN_METHODS.get(methodName) ?? "other";
  q.modulesToNotConvert = [
    ...stringList(own(raw, "modules_to_not_convert"), "modules_to_not_convert", q.warnings),
    ...stringList(own(raw, "llm_int8_skip_modules"), "llm_int8_skip_modules", q.warnings)
  ];
  q.groupSize = positiveInt(own(raw, "group_size")) ?? positiveInt(own(raw, "q_group_size"));
  if (typeof own(raw, "desc_act") === "boolean") q.descAct = own(raw, "desc_act");
  const block = own(raw, "weight_block_size");
  if (Array.isArray(block) && block.length === 2 && block.every((b) => positiveInt(b) !== void 0)) q.weightBlockSize = [...block];
  q.bits = methodBits(q.method, raw, bnbBits);
  if (q.method === "compressed-tensors") readCompressedTensors(q, raw);
  return q;
}
function methodBits(method, raw, bnbBits) {
  switch (method) {
    case "fp8":
    case "fbgemm_fp8":
      return 8;
    case "mxfp4":
      return 4;
    case "bitsandbytes":
      return bnbBits ?? 4;
    case "compressed-tensors":
      return void 0;
    default:
      return positiveInt(own(raw, "bits")) ?? positiveInt(own(raw, "w_bit")) ?? positiveInt(own(raw, "num_bits"));
  }
}
function readCompressedTensors(q, raw) {
  q.format = shortString(own(raw, "format"));
  q.ignore = stringList(own(raw, "ignore"), "ignore", q.warnings);
  const groups = asObject(own(raw, "config_groups"));
  for (const name of Object.keys(groups ?? {}).slice(0, MAX_LIST_ENTRIES)) {
    const group = asObject(own(groups, name));
    if (!group) continue;
    const weights = asObject(own(group, "weights"));
    const type2 = own(weights, "type");
    const entry = { name: name.slice(0, MAX_ENTRY_CHARS), targets: stringList(own(group, "targets"), `config group ${quote(name, 40)} targets`, q.warnings) };
    const numBits = positiveInt(own(weights, "num_bits"));
    if (numBits !== void 0) entry.numBits = numBits;
    if (type2 === "int" || type2 === "float") entry.type = type2;
    const strategy = shortString(own(weights, "strategy"));
    if (strategy !== void 0) entry.strategy = strategy;
    const groupSize = positiveInt(own(weights, "group_size"));
    if (groupSize !== void 0) entry.groupSize = groupSize;
    const format = shortString(own(group, "format")) ?? q.format;
    if (format !== void 0) entry.format = format;
    q.configGroups.push(entry);
  }
  const bits = new Set(q.configGroups.map((g) => g.numBits).filter((b) => b !== void 0));
  if (bits.size === 1) q.bits = [...bits][0];
  const sizes = new Set(q.configGroups.map((g) => g.groupSize).filter((b) => b !== void 0));
  if (sizes.size === 1 && q.groupSize === void 0) q.groupSize = [...sizes][0];
}
function fromQuantizeConfig(raw) {
  const q = emptyQuantization();
  q.source = "quantize_config.json";
  const declared = shortString(own(raw, "quant_method"))?.toLowerCase();
  const version = shortString(own(raw, "version"))?.toUpperCase();
  const awq = own(raw, "w_bit") !== void 0 || version === "GEMM" || version === "GEMV";
  q.methodName = declared ?? (awq ? "awq" : "gptq");
  q.method = KNOWN_METHODS.get(q.methodName) ?? "other";
  q.bits = positiveInt(own(raw, "bits")) ?? positiveInt(own(raw, "w_bit"));
  q.groupSize = positiveInt(own(raw, "group_size")) ?? positiveInt(own(raw, "q_group_size"));
  if (typeof own(raw, "desc_act") === "boolean") q.descAct = own(raw, "desc_act");
  q.modulesToNotConvert = stringList(own(raw, "modules_to_not_convert"), "modules_to_not_convert", q.warnings);
  return q;
}
function fromModelOpt(raw, source) {
  const q = emptyQuantization();
  q.source = source;
  const algorithm = shortString(own(raw, "quant_algo"))?.toUpperCase();
  if (algorithm !== void 0) q.algorithm = algorithm;
  q.methodName = "modelopt";
  q.method = algorithm === "FP8" ? "fp8" : "other";
  if (algorithm === "FP8" || algorithm === "INT8_SQ" || algorithm?.startsWith("W8")) q.bits = 8;
  else if (algorithm === "NVFP4" || algorithm?.includes("INT4") || algorithm?.startsWith("W4")) q.bits = 4;
  q.groupSize = positiveInt(own(raw, "group_size"));
  q.modulesToNotConvert = stringList(own(raw, "exclude_modules"), "exclude_modules", q.warnings);
  return q;
}
function quantizationMatcher(q) {
  const warnings = [];
  const compile = (pattern) => {
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
      for (const kind of ["name", "pattern", "class"]) {
        const found = groups.find((g) => g.targets.some((t) => t.kind === kind && t.match(module)));
        if (found) return found.group;
      }
      return void 0;
    },
    warnings
  };
}
function targetKind(target) {
  if (target.startsWith("re:")) return "pattern";
  return /^[A-Z][A-Za-z0-9_]*$/.test(target) ? "class" : "name";
}
function targetMatcher(target, compile) {
  const kind = targetKind(target);
  if (kind === "class") return () => true;
  if (kind === "name") return (module) => module === target;
  const pattern = compile(target.slice(3));
  return (module) => pattern !== null && matchesFromStart(pattern, module);
}
function skipMatcher(key) {
  const pattern = /[*?[\]()|+{}\\^$]/.test(key) ? compilePattern(key) : null;
  return (module) => module === key || module.startsWith(`${key}.`) || module.endsWith(`.${key}`) || module.includes(`.${key}.`) || pattern !== null && matchesFromStart(pattern, module);
}
var MAX_PATTERN_CHARS = 512;
var MAX_STATES = 2e4;
var MAX_REPEAT = 100;
var MAX_GROUP_DEPTH = 32;
var Unsupported = class extends Error {
};
function refuse() {
  throw new Unsupported();
}
function compilePattern(pattern) {
  if (pattern.length > MAX_PATTERN_CHARS) return null;
  try {
    const parser = new PatternParser(pattern);
    const node = parser.parse();
    const states = [{ t: "match" }];
    const start = emit(node, 0, states);
    return { states, start };
  } catch {
    return null;
  }
}
var PatternParser = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  depth = 0;
  parse() {
    const node = this.alternation();
    if (this.at !== this.text.length) refuse();
    return node;
  }
  peek() {
    return this.text[this.at];
  }
  alternation() {
    const options = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { k: "alt", options };
  }
  sequence() {
    const items = [];
    while (this.at < this.text.length && this.peek() !== "|" && this.peek() !== ")") items.push(this.quantified(this.atom()));
    return { k: "seq", items };
  }
  atom() {
    const c = this.text[this.at++];
    if (c === "(") return this.group();
    if (c === "[") return { k: "char", test: this.charClass() };
    if (c === ".") return { k: "char", test: (x) => x !== "\n" };
    if (c === "^") return { k: "start" };
    if (c === "$") return { k: "end" };
    if (c === "\\") return { k: "char", test: this.escape() };
    if (c === "*" || c === "+" || c === "?" || c === ")") refuse();
    return { k: "char", test: (x) => x === c };
  }
  group() {
    if (this.text.startsWith("?:", this.at)) this.at += 2;
    else if (this.peek() === "?") refuse();
    if (++this.depth > MAX_GROUP_DEPTH) refuse();
    const inner = this.alternation();
    this.depth--;
    if (this.text[this.at++] !== ")") refuse();
    return inner;
  }
  /** The character after a backslash: a class (`\d`) or a literal punctuation mark. */
  escape() {
    const c = this.text[this.at++];
    if (c === void 0) refuse();
    const test = classEscape(c);
    if (test) return test;
    if (c === "n") return (x) => x === "\n";
    if (c === "t") return (x) => x === "	";
    if (/[A-Za-z0-9]/.test(c)) refuse();
    return (x) => x === c;
  }
  charClass() {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    const tests = [];
    let first = true;
    for (; ; ) {
      const c = this.text[this.at++];
      if (c === void 0) refuse();
      if (c === "]" && !first) break;
      first = false;
      if (c === "\\") {
        const e = this.text[this.at++];
        if (e === void 0) refuse();
        const test = classEscape(e);
        if (test) {
          tests.push(test);
          continue;
        }
        if (/[A-Za-z0-9]/.test(e)) refuse();
        tests.push((x) => x === e);
        continue;
      }
      if (this.peek() === "-" && this.text[this.at + 1] !== void 0 && this.text[this.at + 1] !== "]") {
        const high = this.text[this.at + 1];
        if (high === "\\" || high < c) refuse();
        this.at += 2;
        tests.push((x) => x >= c && x <= high);
        continue;
      }
      tests.push((x) => x === c);
    }
    return negated ? (x) => x !== "\n" && !tests.some((t) => t(x)) : (x) => tests.some((t) => t(x));
  }
  quantified(node) {
    const c = this.peek();
    let min;
    let max;
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const braces = /^\{(\d{1,9})(,(\d{0,9}))?\}/.exec(this.text.slice(this.at, this.at + 24));
      if (!braces) return node;
      min = Number(braces[1]);
      max = braces[2] === void 0 ? min : braces[3] === "" ? Infinity : Number(braces[3]);
      if (min > MAX_REPEAT || max !== Infinity && (max > MAX_REPEAT || max < min)) refuse();
      this.at += braces[0].length - 1;
    } else return node;
    if (node.k === "start" || node.k === "end") refuse();
    this.at++;
    if (this.peek() === "?") this.at++;
    else if (this.peek() === "+" || this.peek() === "*" || this.peek() === "{") refuse();
    return { k: "repeat", node, min, max };
  }
};
function classEscape(c) {
  const digit = (x) => x >= "0" && x <= "9";
  const word = (x) => /[\p{L}\p{N}_]/u.test(x);
  const space = (x) => /\s/.test(x);
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
      return void 0;
  }
}
function push(states, state) {
  if (states.length >= MAX_STATES) refuse();
  states.push(state);
  return states.length - 1;
}
function emit(node, next, states) {
  switch (node.k) {
    case "char":
      return push(states, { t: "char", test: node.test, out: next });
    case "start":
    case "end":
      return push(states, { t: node.k, out: next });
    case "seq": {
      let at = next;
      for (let i = node.items.length - 1; i >= 0; i--) at = emit(node.items[i], at, states);
      return at;
    }
    case "alt": {
      let at = emit(node.options[node.options.length - 1], next, states);
      for (let i = node.options.length - 2; i >= 0; i--) at = push(states, { t: "split", a: emit(node.options[i], next, states), b: at });
      return at;
    }
    case "repeat": {
      let at = next;
      if (node.max === Infinity) {
        const loop = push(states, { t: "split", a: -1, b: next });
        states[loop].a = emit(node.node, loop, states);
        at = loop;
      } else {
        for (let i = node.min; i < node.max; i++) at = push(states, { t: "split", a: emit(node.node, at, states), b: next });
      }
      for (let i = 0; i < node.min; i++) at = emit(node.node, at, states);
      return at;
    }
  }
}
function matchesFromStart(pattern, text) {
  const { states } = pattern;
  const seen = new Int32Array(states.length).fill(-1);
  let generation = 0;
  const closure = (from, position) => {
    generation++;
    const set = [];
    const stack = [...from];
    let matched = false;
    while (stack.length > 0) {
      const s = stack.pop();
      if (seen[s] === generation) continue;
      seen[s] = generation;
      const state = states[s];
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
    const c = text[i];
    const next = [];
    for (const s of current.set) {
      const state = states[s];
      if (state.test(c)) next.push(state.out);
    }
    current = closure(next, i + 1);
  }
}

// src/checkpoint/count.ts
function asObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function own2(object, key) {
  return object !== void 0 && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : void 0;
}
function count(value) {
  if (Array.isArray(value)) return count(value[0]);
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : void 0;
}
var NESTED_CONFIGS = ["text_config", "llm_config", "language_config"];
function fact(config, keys) {
  for (const holder of [config, ...NESTED_CONFIGS.map((k) => asObject2(own2(config, k)))]) {
    for (const key of keys) {
      const value = count(own2(holder, key));
      if (value !== void 0) return value;
    }
  }
  return void 0;
}
function tiedEmbeddings(config) {
  for (const holder of [...NESTED_CONFIGS.map((k) => asObject2(own2(config, k))), config]) {
    const value = own2(holder, "tie_word_embeddings");
    if (typeof value === "boolean") return value;
  }
  return false;
}
function checkpointConfigFromJson(config, sideFiles) {
  const c = asObject2(config);
  const result = {
    numNextnPredictLayers: fact(c, ["num_nextn_predict_layers"]) ?? 0,
    tieWordEmbeddings: tiedEmbeddings(c),
    quantization: quantizationFromConfig(config, sideFiles)
  };
  const layers = fact(c, ["num_hidden_layers", "n_layer", "num_layers", "n_layers"]);
  if (layers !== void 0) result.numHiddenLayers = layers;
  const experts = fact(c, ["num_local_experts", "n_routed_experts", "num_experts"]);
  if (experts !== void 0 && experts > 0) result.numExperts = experts;
  const perToken = fact(c, ["num_experts_per_tok", "experts_per_token", "moe_topk"]);
  if (perToken !== void 0 && perToken > 0) result.expertsPerToken = perToken;
  return result;
}
var SET_APART = {
  tiedHead: { reason: "tied output head", loaded: false },
  rotary: { reason: "rotary buffers", loaded: false },
  mtp: { reason: "multi-token prediction layers", loaded: false },
  tower: { reason: "vision and audio towers", loaded: true }
};
var ROTARY_BUFFER = /(?:^|\.)(?:rotary_emb|rotary_pos_emb|rotary)\.(?:inv_freq|_?cos_cached|_?sin_cached)$/;
var TOWER_ROOTS = /* @__PURE__ */ new Set([
  "vision_tower",
  "vision_model",
  "visual",
  "vision",
  "multi_modal_projector",
  "mm_projector",
  "projector",
  "audio_tower",
  "embed_vision",
  "embed_audio",
  "embed_tokens_extend",
  "connector",
  "mlp1",
  "vpm",
  "resampler",
  "image_newline",
  "view_seperator",
  "patch_merger",
  "pre_mm_projector_norm"
]);
function isTowerTensor(name) {
  const parts = name.split(".", 3);
  const root = parts[0] === "model" ? parts[1] : parts[0];
  if (root === void 0) return false;
  return TOWER_ROOTS.has(root) || root.startsWith("vision_") || root.startsWith("audio_");
}
function layerIndex(name) {
  const match = /(?:^|\.)layers\.(\d{1,9})\./.exec(name);
  return match ? Number(match[1]) : void 0;
}
function isMtpTensor(name, config) {
  if (/(?:^|\.)mtp(?:_layers)?\./.test(name)) return true;
  if (config.numNextnPredictLayers <= 0 || config.numHiddenLayers === void 0) return false;
  const layer = layerIndex(name);
  return layer !== void 0 && layer >= config.numHiddenLayers;
}
function isOutputHead(name) {
  return /(?:^|\.)(?:lm_head|embed_out)\.[^.]+$/.test(name) || name === "output.weight";
}
var INPUT_EMBEDDING = /(?:^|\.)(?:embed_tokens|wte|tok_embeddings|word_embeddings|embed_in|embedding|embeddings)\.weight$/;
function isInputEmbedding(name) {
  return INPUT_EMBEDDING.test(name) && layerIndex(name) === void 0;
}
function isRoutedExpert(name) {
  return /(?:^|\.)experts\./.test(name) || /(?:^|\.)block_sparse_moe\.(?:input_linear|output_linear)\./.test(name);
}
function expertsInTensors(tensors) {
  let found = 0;
  for (const t of tensors) {
    const indexed = /(?:^|\.)experts\.(\d{1,6})\./.exec(t.name);
    if (indexed) found = Math.max(found, Number(indexed[1]) + 1);
    else if (isRoutedExpert(t.name) && t.shape.length >= 3) found = Math.max(found, t.shape[0]);
  }
  return found > 0 ? found : void 0;
}
var AUXILIARY_LEAVES = /* @__PURE__ */ new Set([
  "qzeros",
  "g_idx",
  "weight_scale",
  "weight_scale_inv",
  "weight_scale_2",
  "weight_zero_point",
  "weight_shape",
  "weight_g_idx",
  "weight_global_scale",
  "output_scale",
  "k_scale",
  "v_scale",
  "q_scale",
  "kv_scale",
  "prob_scale",
  "qscale_weight",
  "qscale_act",
  "pre_quant_scale",
  "SCB",
  "weight_format"
]);
var BNB_STATE = /\.weight\.(?:absmax|quant_map|nested_absmax|nested_quant_map|quant_state\..+|SCB)$/;
function splitName(name) {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? { module: "", leaf: name } : { module: name.slice(0, dot), leaf: name.slice(dot + 1) };
}
function isAuxiliary(tensor, ctx) {
  if (tensor.dtype === "F8_E8M0") return true;
  const { module, leaf } = splitName(tensor.name);
  if (AUXILIARY_LEAVES.has(leaf) || leaf.startsWith("input_") || BNB_STATE.test(tensor.name)) return true;
  const method = ctx.quantization.method;
  if (leaf === "scales") return ctx.names.has(`${module}.qweight`) || method === "gptq" || method === "awq";
  if (leaf.endsWith("_scales")) return ctx.names.has(`${module}.${leaf.slice(0, -"_scales".length)}_blocks`) || method === "mxfp4";
  return false;
}
function packedBits(module, ctx, useGroups) {
  const q = ctx.quantization;
  const group = useGroups ? ctx.matcher.groupFor(module) ?? (q.configGroups.length === 1 ? q.configGroups[0] : void 0) : void 0;
  const bits = group?.numBits ?? q.bits;
  if (bits !== void 0) return bits;
  ctx.assumedBits.tensors++;
  return 4;
}
function isPacked4BitWeight(tensor, module, ctx) {
  if (tensor.dtype !== "U8" || ctx.matcher.isUnconverted(module)) return false;
  if (ctx.names.has(`${tensor.name}.absmax`) || ["nf4", "fp4"].some((t) => ctx.names.has(`${tensor.name}.quant_state.bitsandbytes__${t}`))) return true;
  const q = ctx.quantization;
  return q.bits === 4 && (q.method === "bitsandbytes" || q.method === "other");
}
function isMxfp4Blocks(name, ctx) {
  return ctx.quantization.method === "mxfp4" || ctx.names.has(`${name.slice(0, -"_blocks".length)}_scales`);
}
function weightsPerElement(tensor, ctx) {
  const { module, leaf } = splitName(tensor.name);
  const containerBits = dtypeBits(tensor.dtype) ?? 32;
  if (leaf === "qweight") return containerBits / packedBits(module, ctx, false);
  if (leaf === "weight_packed") return containerBits / packedBits(module, ctx, true);
  if (leaf.endsWith("_blocks") && tensor.dtype === "U8" && isMxfp4Blocks(tensor.name, ctx)) return containerBits / 4;
  if (leaf === "weight" && isPacked4BitWeight(tensor, module, ctx)) return containerBits / 4;
  return 1;
}
function tensorParams(tensor, ctx) {
  if (isAuxiliary(tensor, ctx)) return 0;
  return elementCount(tensor.shape) * weightsPerElement(tensor, ctx);
}
function methodFromTensors(names) {
  for (const name of names) {
    const { leaf } = splitName(name);
    if (leaf === "qweight") return "gptq";
    if (leaf === "weight_packed") return "compressed-tensors";
    if (leaf.endsWith("_blocks") && names.has(name.replace(/_blocks$/, "_scales"))) return "mxfp4";
    if (/\.weight\.quant_state\.bitsandbytes__/.test(name)) return "bitsandbytes";
  }
  return void 0;
}
function tally() {
  return { tensors: 0, bytes: 0, params: 0 };
}
function add(t, bytes, params) {
  t.tensors++;
  t.bytes += bytes;
  t.params += params;
}
function addBytes(byDtype, dtype, bytes) {
  byDtype.set(dtype, (byDtype.get(dtype) ?? 0) + bytes);
}
function record(byDtype) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [dtype, bytes] of [...byDtype].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) out[dtype] = bytes;
  return out;
}
function placement(name, config) {
  if (ROTARY_BUFFER.test(name)) return "rotary";
  if (isTowerTensor(name)) return "tower";
  if (isMtpTensor(name, config)) return "mtp";
  if (config.tieWordEmbeddings && isOutputHead(name)) return "tiedHead";
  return "lm";
}
function countSafetensors(tensors, config) {
  const warnings = [...config.quantization.warnings];
  const unique = dropDuplicates(tensors, warnings);
  const names = new Set(unique.map((t) => t.name));
  const declared = config.quantization.method;
  const inferred = declared === "none" ? methodFromTensors(names) : void 0;
  if (inferred) warnings.push(`the tensors are packed the way ${inferred} stores them, but the config declares no quantization; counted as ${inferred}`);
  const quantization = inferred ? { ...config.quantization, method: inferred } : config.quantization;
  const matcher = quantizationMatcher(quantization);
  const ctx = { names, quantization, matcher, assumedBits: { tensors: 0 } };
  const fileByDtype = /* @__PURE__ */ new Map();
  const loadedByDtype = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const lm = { all: tally(), routedExperts: tally(), inputEmbedding: tally(), hasOutputHead: false };
  for (const tensor of unique) {
    const params = tensorParams(tensor, ctx);
    addBytes(fileByDtype, tensor.dtype, tensor.bytes);
    const place = placement(tensor.name, config);
    if (place === "lm" || SET_APART[place].loaded) addBytes(loadedByDtype, tensor.dtype, tensor.bytes);
    if (place !== "lm") {
      if (!groups.has(place)) groups.set(place, tally());
      add(groups.get(place), tensor.bytes, params);
      continue;
    }
    add(lm.all, tensor.bytes, params);
    if (isRoutedExpert(tensor.name)) add(lm.routedExperts, tensor.bytes, params);
    else if (isInputEmbedding(tensor.name)) add(lm.inputEmbedding, tensor.bytes, params);
    else if (isOutputHead(tensor.name)) lm.hasOutputHead = true;
  }
  warnings.push(...matcher.warnings);
  if (ctx.assumedBits.tensors > 0) warnings.push(`${groupDigits(ctx.assumedBits.tensors)} packed tensors have no declared bits per weight; 4 assumed`);
  const active = activeShare(lm, unique, config, warnings);
  const tied = config.tieWordEmbeddings || !lm.hasOutputHead;
  const unreadExpertParams = lm.routedExperts.params * (1 - active);
  const unreadExpertBytes = lm.routedExperts.bytes * (1 - active);
  const towers = groups.get("tower");
  return {
    format: "safetensors",
    quantization: quantization.method,
    ...quantizationBits(quantization) !== void 0 ? { quantBits: quantizationBits(quantization) } : {},
    fileBytesByDtype: record(fileByDtype),
    fileBytes: sum(fileByDtype),
    weightsBytes: sum(loadedByDtype),
    bytesByDtype: record(loadedByDtype),
    paramsTotal: Math.round(lm.all.params),
    paramsActive: Math.round(lm.all.params - unreadExpertParams - (tied ? 0 : lm.inputEmbedding.params)),
    bytesReadPerToken: Math.round(lm.all.bytes - unreadExpertBytes - (tied ? 0 : lm.inputEmbedding.bytes)),
    towerParams: Math.round(towers?.params ?? 0),
    setApart: setApartGroups(groups),
    warnings
  };
}
function sum(byDtype) {
  let total = 0;
  for (const bytes of byDtype.values()) total += bytes;
  return total;
}
function dropDuplicates(tensors, warnings) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  let repeated = 0;
  let example = "";
  for (const t of tensors) {
    if (seen.has(t.name)) {
      if (repeated++ === 0) example = t.name;
      continue;
    }
    seen.add(t.name);
    unique.push(t);
  }
  if (repeated > 0) warnings.push(`${groupDigits(repeated)} tensor name(s) appear more than once (e.g. ${quote(example, 80)}); each is counted once`);
  return unique;
}
function activeShare(lm, tensors, config, warnings) {
  if (lm.routedExperts.tensors === 0) return 1;
  const experts = config.numExperts ?? expertsInTensors(tensors);
  const perToken = config.expertsPerToken;
  if (experts === void 0 || perToken === void 0 || perToken > experts) {
    warnings.push("the checkpoint has routed experts but its config does not say how many a token uses; every expert is counted as active");
    return 1;
  }
  return perToken / experts;
}
function quantizationBits(q) {
  if (q.bits !== void 0) return q.bits;
  if (q.method === "mxfp4" || q.method === "bitsandbytes" || q.method === "gptq") return 4;
  if (q.method === "fp8" || q.method === "fbgemm_fp8") return 8;
  return void 0;
}
function setApartGroups(groups) {
  const result = [];
  for (const place of ["tiedHead", "rotary", "mtp", "tower"]) {
    const t = groups.get(place);
    if (!t) continue;
    const group = { reason: SET_APART[place].reason, tensors: t.tensors, bytes: t.bytes, params: Math.round(t.params) };
    if (SET_APART[place].loaded) group.loaded = true;
    result.push(group);
  }
  return result;
}

// src/checkpoint/ggml-types.ts
var QK_K = 256;
function type(id, name, blockElements, blockBytes, removed) {
  return removed ? { id, name, blockElements, blockBytes, removed } : { id, name, blockElements, blockBytes };
}
var TYPES = [
  type(0, "F32", 1, 4),
  type(1, "F16", 1, 2),
  type(2, "Q4_0", 32, 2 + 16),
  // block_q4_0: d, 16 bytes of nibbles
  type(3, "Q4_1", 32, 2 + 2 + 16),
  // block_q4_1: d, m, nibbles
  // 4 (Q4_2) and 5 (Q4_3) were removed before GGUF existed.
  type(6, "Q5_0", 32, 2 + 4 + 16),
  // block_q5_0: d, qh[4], qs[16]
  type(7, "Q5_1", 32, 2 + 2 + 4 + 16),
  // block_q5_1: d, m, qh, qs
  type(8, "Q8_0", 32, 2 + 32),
  // block_q8_0: d, 32 int8
  type(9, "Q8_1", 32, 4 + 4 + 32),
  // block_q8_1: float d, float s, 32 int8
  type(10, "Q2_K", 256, 2 + 2 + QK_K / 16 + QK_K / 4),
  type(11, "Q3_K", 256, 2 + QK_K / 4 + QK_K / 8 + 12),
  type(12, "Q4_K", 256, 2 + 2 + QK_K / 2 + 12),
  type(13, "Q5_K", 256, 2 + 2 + QK_K / 2 + QK_K / 8 + 12),
  type(14, "Q6_K", 256, 2 + QK_K / 2 + QK_K / 4 + QK_K / 16),
  type(15, "Q8_K", 256, 4 + QK_K + QK_K / 8),
  type(16, "IQ2_XXS", 256, 2 + QK_K / 4),
  type(17, "IQ2_XS", 256, 2 + QK_K / 4 + QK_K / 32),
  type(18, "IQ3_XXS", 256, 2 + QK_K / 4 + QK_K / 8),
  type(19, "IQ1_S", 256, 2 + QK_K / 8 + QK_K / 16),
  type(20, "IQ4_NL", 32, 2 + 16),
  type(21, "IQ3_S", 256, 2 + QK_K / 4 + QK_K / 8 + QK_K / 32 + 4),
  type(22, "IQ2_S", 256, 2 + QK_K / 4 + QK_K / 16),
  type(23, "IQ4_XS", 256, 2 + 2 + QK_K / 2 + QK_K / 64),
  type(24, "I8", 1, 1),
  type(25, "I16", 1, 2),
  type(26, "I32", 1, 4),
  type(27, "I64", 1, 8),
  type(28, "F64", 1, 8),
  type(29, "IQ1_M", 256, QK_K / 8 + QK_K / 16 + QK_K / 32),
  type(30, "BF16", 1, 2),
  // 31–33: Q4_0 interleaved for ARM; same bytes as Q4_0 (ggml.c type_traits before their removal).
  type(31, "Q4_0_4_4", 32, 2 + 16, true),
  type(32, "Q4_0_4_8", 32, 2 + 16, true),
  type(33, "Q4_0_8_8", 32, 2 + 16, true),
  type(34, "TQ1_0", 256, 2 + 4 * 13),
  type(35, "TQ2_0", 256, 2 + 64),
  // 36–38: IQ4_NL interleaved; same bytes as IQ4_NL.
  type(36, "IQ4_NL_4_4", 32, 2 + 16, true),
  type(37, "IQ4_NL_4_8", 32, 2 + 16, true),
  type(38, "IQ4_NL_8_8", 32, 2 + 16, true),
  type(39, "MXFP4", 32, 1 + 16),
  // one E8M0 scale, 16 bytes of FP4 pairs
  type(40, "NVFP4", 64, 4 + 32),
  // gguf-py GGML_QUANT_SIZES (newer than ggml docs/gguf.md)
  type(41, "Q1_0", 128, 2 + 16)
  // likewise
];
var BY_ID = new Map(TYPES.map((t) => [t.id, t]));
var BY_NAME = new Map(TYPES.map((t) => [t.name, t]));
function ggmlType(id) {
  return BY_ID.get(id);
}
function tensorBytes(t, elements) {
  const info = typeof t === "number" ? BY_ID.get(t) : t;
  if (!info || !Number.isSafeInteger(elements) || elements < 0) return void 0;
  if (elements % info.blockElements !== 0) return void 0;
  const bytes = elements / info.blockElements * info.blockBytes;
  return Number.isSafeInteger(bytes) ? bytes : void 0;
}
var FILE_TYPES = /* @__PURE__ */ new Map([
  [0, "ALL_F32"],
  [1, "MOSTLY_F16"],
  [2, "MOSTLY_Q4_0"],
  [3, "MOSTLY_Q4_1"],
  [4, "MOSTLY_Q4_1_SOME_F16"],
  // no longer written (docs/gguf.md lists it)
  [7, "MOSTLY_Q8_0"],
  [8, "MOSTLY_Q5_0"],
  [9, "MOSTLY_Q5_1"],
  [10, "MOSTLY_Q2_K"],
  [11, "MOSTLY_Q3_K_S"],
  [12, "MOSTLY_Q3_K_M"],
  [13, "MOSTLY_Q3_K_L"],
  [14, "MOSTLY_Q4_K_S"],
  [15, "MOSTLY_Q4_K_M"],
  [16, "MOSTLY_Q5_K_S"],
  [17, "MOSTLY_Q5_K_M"],
  [18, "MOSTLY_Q6_K"],
  [19, "MOSTLY_IQ2_XXS"],
  [20, "MOSTLY_IQ2_XS"],
  [21, "MOSTLY_Q2_K_S"],
  [22, "MOSTLY_IQ3_XS"],
  [23, "MOSTLY_IQ3_XXS"],
  [24, "MOSTLY_IQ1_S"],
  [25, "MOSTLY_IQ4_NL"],
  [26, "MOSTLY_IQ3_S"],
  [27, "MOSTLY_IQ3_M"],
  [28, "MOSTLY_IQ2_S"],
  [29, "MOSTLY_IQ2_M"],
  [30, "MOSTLY_IQ4_XS"],
  [31, "MOSTLY_IQ1_M"],
  [32, "MOSTLY_BF16"],
  [33, "MOSTLY_Q4_0_4_4"],
  // 33–35 removed from GGUF files (runtime repacking instead)
  [34, "MOSTLY_Q4_0_4_8"],
  [35, "MOSTLY_Q4_0_8_8"],
  [36, "MOSTLY_TQ1_0"],
  [37, "MOSTLY_TQ2_0"],
  [38, "MOSTLY_MXFP4_MOE"],
  [39, "MOSTLY_NVFP4"],
  [40, "MOSTLY_Q1_0"],
  [1024, "GUESSED"]
]);
function fileTypeName(fileType) {
  return FILE_TYPES.get(fileType);
}
function quantizationOfFileType(fileType) {
  const name = FILE_TYPES.get(fileType);
  if (!name || name === "GUESSED") return void 0;
  return name.replace(/^(MOSTLY|ALL)_/, "").replace(/_SOME_F16$/, "");
}

// src/checkpoint/gguf.ts
var GGUF_HEADER_MAX_BYTES = 64 * 1024 * 1024;
var GGUF_MAX_DIMS = 4;
var GGUF_MAX_ARRAY_DEPTH = 4;
var GGUF_ARRAY_KEEP_MAX_ITEMS = 4096;
var ARRAY_KEEP_BUDGET_ITEMS = 65536;
var GGUF_STRING_KEEP_MAX_BYTES = 65536;
var KEY_MAX_BYTES = 65535;
var TENSOR_NAME_MAX_BYTES = 255;
var DEFAULT_ALIGNMENT_BYTES = 32;
var GGUF_VALUE_TYPES = [
  "uint8",
  "int8",
  "uint16",
  "int16",
  "uint32",
  "int32",
  "float32",
  "bool",
  "string",
  "array",
  "uint64",
  "int64",
  "float64"
];
var FIXED_BYTES = {
  uint8: 1,
  int8: 1,
  uint16: 2,
  int16: 2,
  uint32: 4,
  int32: 4,
  float32: 4,
  bool: 1,
  uint64: 8,
  int64: 8,
  float64: 8
};
var NeedMore = class {
  constructor(endBytes) {
    this.endBytes = endBytes;
  }
  endBytes;
};
var Refusal = class {
  constructor(message) {
    this.message = message;
  }
  message;
};
function refuse2(message) {
  throw new Refusal(message);
}
var Cursor = class {
  constructor(bytes, fileSizeBytes) {
    this.bytes = bytes;
    this.fileSizeBytes = fileSizeBytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  bytes;
  fileSizeBytes;
  offset = 0;
  /** What is being read, for messages: `key 3 ("llama.block_count")`. */
  context = "the header";
  view;
  decoder = new TextDecoder("utf-8", { fatal: false });
  /** How messages name the bound that `remainingLimit` stops at. */
  limitName() {
    return this.fileSizeBytes !== void 0 && this.fileSizeBytes < GGUF_HEADER_MAX_BYTES ? `the file (${groupDigits(this.fileSizeBytes)} bytes)` : `a header of at most ${groupDigits(GGUF_HEADER_MAX_BYTES)} bytes`;
  }
  /** Bytes the parse may still consume: to the end of the file or the header cap, whichever is first. */
  remainingLimit() {
    const limit = Math.min(this.fileSizeBytes ?? Number.MAX_SAFE_INTEGER, GGUF_HEADER_MAX_BYTES);
    return Math.max(0, limit - this.offset);
  }
  /** Make sure `n` more bytes can be read: from the prefix, or else say how many are needed, or refuse. */
  ensure(n) {
    const end = this.offset + n;
    if (end <= this.bytes.length) return;
    if (this.fileSizeBytes !== void 0 && end > this.fileSizeBytes) {
      refuse2(
        `${this.context} needs bytes up to ${groupDigits(end)}, past the end of the file (${groupDigits(this.fileSizeBytes)} bytes): the file is truncated or its header is corrupt`
      );
    }
    if (end > GGUF_HEADER_MAX_BYTES) {
      refuse2(`${this.context} reaches past ${groupDigits(GGUF_HEADER_MAX_BYTES)} bytes; a GGUF header that large is refused`);
    }
    throw new NeedMore(end);
  }
  skip(n) {
    this.ensure(n);
    this.offset += n;
  }
  u8() {
    this.ensure(1);
    return this.view.getUint8(this.offset++);
  }
  u32() {
    this.ensure(4);
    const value = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }
  u64() {
    this.ensure(8);
    const value = this.view.getBigUint64(this.offset, true);
    this.offset += 8;
    return value;
  }
  /** A u64 that must be a safe integer (a count, a length, an offset). */
  safeU64(what) {
    const value = this.u64();
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) refuse2(`${this.context}: ${what} is ${value}, beyond any real file`);
    return Number(value);
  }
  /** One scalar of a fixed-size type. */
  scalar(type2) {
    const size = FIXED_BYTES[type2] ?? 0;
    this.ensure(size);
    const at = this.offset;
    this.offset += size;
    const v = this.view;
    switch (type2) {
      case "uint8":
        return v.getUint8(at);
      case "int8":
        return v.getInt8(at);
      case "uint16":
        return v.getUint16(at, true);
      case "int16":
        return v.getInt16(at, true);
      case "uint32":
        return v.getUint32(at, true);
      case "int32":
        return v.getInt32(at, true);
      case "float32":
        return v.getFloat32(at, true);
      case "bool":
        return v.getUint8(at) !== 0;
      case "uint64":
        return narrow(v.getBigUint64(at, true));
      case "int64":
        return narrow(v.getBigInt64(at, true));
      default:
        return v.getFloat64(at, true);
    }
  }
  /** A GGUF string (u64 length, bytes). Longer than `keepMaxBytes`: skipped, its length kept. */
  string(what, keepMaxBytes, refuseOverBytes) {
    const length = this.safeU64(`the length of ${what}`);
    if (refuseOverBytes !== void 0 && length > refuseOverBytes) {
      refuse2(`${this.context}: ${what} is ${groupDigits(length)} bytes long; at most ${groupDigits(refuseOverBytes)} are allowed`);
    }
    if (length > this.remainingLimit()) this.ensure(length);
    if (length > keepMaxBytes) {
      this.skip(length);
      return { kind: "skipped-string", bytes: length };
    }
    this.ensure(length);
    const text = this.decoder.decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return text;
  }
};
function narrow(value) {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}
function valueType(code, cursor) {
  const type2 = GGUF_VALUE_TYPES[code];
  if (type2 === void 0) refuse2(`${cursor.context} has value type ${code}, which GGUF does not define (0\u201312)`);
  return type2;
}
function minItemBytes(type2) {
  return FIXED_BYTES[type2] ?? (type2 === "string" ? 8 : 12);
}
function readValue(cursor, type2, depth, keep, budget) {
  if (type2 === "string") return cursor.string("a string value", keep ? GGUF_STRING_KEEP_MAX_BYTES : 0);
  if (type2 === "array") return readArray(cursor, depth + 1, keep, budget);
  return cursor.scalar(type2);
}
function readArray(cursor, depth, keep, budget) {
  if (depth > GGUF_MAX_ARRAY_DEPTH) refuse2(`${cursor.context} nests arrays more than ${GGUF_MAX_ARRAY_DEPTH} deep`);
  const itemType = valueType(cursor.u32(), cursor);
  const length = cursor.safeU64("an array length");
  const leastBytes = length * minItemBytes(itemType);
  if (!Number.isSafeInteger(leastBytes) || leastBytes > cursor.remainingLimit()) {
    cursor.ensure(Number.isSafeInteger(leastBytes) ? leastBytes : Number.MAX_SAFE_INTEGER);
  }
  const materialise = keep && length <= GGUF_ARRAY_KEEP_MAX_ITEMS && length <= budget.items;
  const fixed = FIXED_BYTES[itemType];
  if (!materialise && fixed !== void 0) {
    cursor.skip(leastBytes);
    return { kind: "array", itemType, length, items: null };
  }
  if (materialise) budget.items -= length;
  const items = materialise ? [] : null;
  for (let i = 0; i < length; i++) {
    const item = readValue(cursor, itemType, depth, materialise, budget);
    if (items) items.push(item);
  }
  return { kind: "array", itemType, length, items };
}
function readPreamble(cursor) {
  cursor.context = "the magic";
  cursor.ensure(4);
  const magic = [cursor.u8(), cursor.u8(), cursor.u8(), cursor.u8()];
  if (String.fromCharCode(...magic) !== "GGUF") {
    const hex = magic.map((b) => b.toString(16).padStart(2, "0")).join(" ");
    refuse2(`not a GGUF file: it starts with bytes ${hex}, not "GGUF" (47 47 55 46)`);
  }
  cursor.context = "the version";
  const version = cursor.u32();
  if (version === 2 || version === 3) return version;
  if (version === 1) refuse2("GGUF version 1 is not supported (llama.cpp no longer reads it either); convert the model again");
  const swapped = (version & 255) << 24 | (version & 65280) << 8 | version >>> 8 & 65280 | version >>> 24;
  if ((version & 65535) === 0 && (swapped === 2 || swapped === 3)) {
    refuse2(`this GGUF file is big-endian (version ${swapped} written big-endian); only little-endian GGUF files are supported`);
  }
  refuse2(`GGUF version ${version} is not supported; versions 2 and 3 are`);
}
function readCounts(cursor) {
  cursor.context = "the tensor count";
  const tensorCount = cursor.safeU64("the tensor count");
  cursor.context = "the key/value count";
  const kvCount = cursor.safeU64("the key/value count");
  const leastBytes = kvCount * 14 + tensorCount * 25;
  if (!Number.isSafeInteger(leastBytes) || leastBytes > cursor.remainingLimit()) {
    refuse2(
      `the header declares ${groupDigits(kvCount)} key/values and ${groupDigits(tensorCount)} tensors, which cannot fit in ${cursor.limitName()}`
    );
  }
  return { tensorCount, kvCount };
}
function readMetadata2(cursor, kvCount) {
  const metadata = /* @__PURE__ */ new Map();
  const budget = { items: ARRAY_KEEP_BUDGET_ITEMS };
  for (let i = 0; i < kvCount; i++) {
    cursor.context = `key/value ${i}`;
    const key = cursor.string("the key", KEY_MAX_BYTES, KEY_MAX_BYTES);
    if (typeof key !== "string") refuse2(`${cursor.context}: the key could not be read`);
    if (key.length === 0) refuse2(`${cursor.context} has an empty key`);
    cursor.context = `key/value ${i} (${quote(key, 60)})`;
    if (metadata.has(key)) refuse2(`${cursor.context} repeats a key written before`);
    const type2 = valueType(cursor.u32(), cursor);
    metadata.set(key, readValue(cursor, type2, 0, true, budget));
  }
  return metadata;
}
function alignmentOf(metadata) {
  if (!metadata.has("general.alignment")) return DEFAULT_ALIGNMENT_BYTES;
  const value = metadata.get("general.alignment");
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0 || value > 4294967295 || (value & value - 1) !== 0) {
    refuse2(`general.alignment must be a power of two, but it is ${describe(value)}`);
  }
  return value;
}
function describe(value) {
  if (value === void 0) return "missing";
  if (typeof value === "string") return quote(value, 40);
  if (typeof value === "object") return value.kind === "array" ? `an array of ${groupDigits(value.length)} items` : "a long string";
  return String(value);
}
function elementCount2(dims, cursor) {
  let product = 1n;
  for (const d of dims) product *= BigInt(d);
  if (product > BigInt(Number.MAX_SAFE_INTEGER)) {
    refuse2(`${cursor.context} has dimensions [${dims.join(", ")}], whose product is beyond any real tensor`);
  }
  return Number(product);
}
function readTensorInfo(cursor, alignmentBytes, warnings) {
  const name = cursor.string("the tensor name", TENSOR_NAME_MAX_BYTES, TENSOR_NAME_MAX_BYTES);
  if (typeof name !== "string" || name.length === 0) refuse2(`${cursor.context} has an empty name`);
  cursor.context = `${cursor.context} (${quote(name, 60)})`;
  const nDims = cursor.u32();
  if (nDims > GGUF_MAX_DIMS) refuse2(`${cursor.context} has ${nDims} dimensions; ggml allows at most ${GGUF_MAX_DIMS}`);
  const dims = [];
  for (let d = 0; d < nDims; d++) dims.push(cursor.safeU64(`dimension ${d}`));
  const elements = elementCount2(dims, cursor);
  const typeId = cursor.u32();
  const offsetBytes = cursor.safeU64("the data offset");
  if (offsetBytes % alignmentBytes !== 0) {
    refuse2(`${cursor.context} starts at data offset ${groupDigits(offsetBytes)}, not a multiple of the alignment ${alignmentBytes}`);
  }
  const known = ggmlType(typeId);
  if (!known) {
    warnings.push(`${cursor.context} has ggml type ${typeId}, which this reader does not know; its bytes are not counted`);
    return { name, dims, typeId, typeName: `type ${typeId}`, offsetBytes, elements, bytes: null };
  }
  const rowElements = dims[0] ?? 1;
  if (rowElements % known.blockElements !== 0) {
    refuse2(`${cursor.context} is ${known.name} with rows of ${rowElements} elements, not a multiple of its block of ${known.blockElements}`);
  }
  const bytes = tensorBytes(known, elements);
  if (bytes === void 0) refuse2(`${cursor.context} would occupy more bytes than any real tensor`);
  if (known.removed) warnings.push(`${cursor.context} is ${known.name}, a type current llama.cpp no longer loads`);
  return { name, dims, typeId, typeName: known.name, offsetBytes, elements, bytes };
}
function readTensorInfos(cursor, tensorCount, alignmentBytes, warnings) {
  const tensors = [];
  const names = /* @__PURE__ */ new Set();
  for (let i = 0; i < tensorCount; i++) {
    cursor.context = `tensor info ${i}`;
    const info = readTensorInfo(cursor, alignmentBytes, warnings);
    if (names.has(info.name)) refuse2(`${cursor.context} repeats a tensor name written before`);
    names.add(info.name);
    tensors.push(info);
  }
  return tensors;
}
function alignUp(offset, alignment) {
  return Math.ceil(offset / alignment) * alignment;
}
function checkDataLayout(tensors, headerBytes, alignmentBytes, fileSizeBytes, warnings) {
  let total = 0;
  let expected = 0;
  let contiguous = true;
  const ordered = [...tensors].sort((a, b) => a.offsetBytes - b.offsetBytes);
  let previousEnd = 0;
  let previousName = "";
  for (const t of ordered) {
    if (t.bytes === null) continue;
    if (t.offsetBytes < previousEnd) {
      refuse2(`tensor ${quote(t.name, 60)} overlaps tensor ${quote(previousName, 60)} in the data section`);
    }
    const end = t.offsetBytes + t.bytes;
    if (fileSizeBytes !== void 0 && headerBytes + end > fileSizeBytes) {
      refuse2(
        `tensor ${quote(t.name, 60)} ends at byte ${groupDigits(headerBytes + end)}, past the end of the file (${groupDigits(fileSizeBytes)} bytes): the file is truncated or its header is corrupt`
      );
    }
    if (t.offsetBytes !== expected) contiguous = false;
    expected = alignUp(end, alignmentBytes);
    previousEnd = end;
    previousName = t.name;
    total += t.bytes;
  }
  const inOrder = tensors.every((t, i) => i === 0 || t.offsetBytes >= (tensors[i - 1]?.offsetBytes ?? 0));
  if (!contiguous || !inOrder) warnings.push("the tensor data is not laid out one tensor after another as ggml writes it");
  return total;
}
function parseGgufHeader(bytes, options = {}) {
  const fileSizeBytes = validFileSize(options.fileSizeBytes);
  const prefix = fileSizeBytes !== void 0 && bytes.length > fileSizeBytes ? bytes.subarray(0, fileSizeBytes) : bytes;
  const cursor = new Cursor(prefix, fileSizeBytes);
  try {
    return { ok: true, header: readHeader(cursor, fileSizeBytes) };
  } catch (signal) {
    if (signal instanceof NeedMore) {
      const ceiling = Math.min(fileSizeBytes ?? GGUF_HEADER_MAX_BYTES, GGUF_HEADER_MAX_BYTES);
      const needBytes = Math.min(ceiling, Math.max(signal.endBytes, prefix.length * 2));
      return {
        ok: false,
        needBytes,
        message: `the GGUF header continues past the ${groupDigits(prefix.length)} bytes read (${cursor.context}); read ${groupDigits(needBytes)} bytes`
      };
    }
    if (signal instanceof Refusal) return { ok: false, message: `GGUF header: ${signal.message}` };
    return { ok: false, message: `GGUF header could not be read (${signal instanceof Error ? signal.name : "unexpected error"})` };
  }
}
function validFileSize(size) {
  return size !== void 0 && Number.isSafeInteger(size) && size >= 0 ? size : void 0;
}
function readHeader(cursor, fileSizeBytes) {
  const version = readPreamble(cursor);
  const { tensorCount, kvCount } = readCounts(cursor);
  const metadata = readMetadata2(cursor, kvCount);
  const alignmentBytes = alignmentOf(metadata);
  const warnings = [];
  const tensors = readTensorInfos(cursor, tensorCount, alignmentBytes, warnings);
  const headerBytes = tensorCount > 0 ? alignUp(cursor.offset, alignmentBytes) : cursor.offset;
  if (fileSizeBytes !== void 0 && headerBytes > fileSizeBytes) {
    refuse2(`the header's padding ends at byte ${groupDigits(headerBytes)}, past the end of the file (${groupDigits(fileSizeBytes)} bytes)`);
  }
  const tensorDataBytes = checkDataLayout(tensors, headerBytes, alignmentBytes, fileSizeBytes, warnings);
  const header = { version, metadata, tensors, alignmentBytes, headerBytes, tensorDataBytes, warnings };
  if (fileSizeBytes !== void 0) header.fileSizeBytes = fileSizeBytes;
  return header;
}
function intValue(value) {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  return void 0;
}
function perLayerValue(value) {
  const scalar = intValue(value);
  if (scalar !== void 0) return scalar;
  if (typeof value !== "object" || value === null || value.kind !== "array" || !value.items) return void 0;
  const items = value.items.map(intValue);
  return items.every((i) => i !== void 0) ? items : void 0;
}
function stringValue(value) {
  return typeof value === "string" ? value : null;
}
function patternValue(value) {
  const period = intValue(value);
  if (period !== void 0) return period;
  if (typeof value === "object" && value !== null && value.kind === "array" && value.items) {
    const flags = value.items;
    if (flags.every((f) => typeof f === "boolean")) return flags;
  }
  return null;
}
function setApartReason(name, firstMtpLayer, tensorDims) {
  if (/^(v|mm|a)\./.test(name)) return "vision or audio tower";
  if (/^(rope_freqs|rope_factors_long|rope_factors_short)\.weight$/.test(name) || /\.attn_rot_embd\b/.test(name)) {
    return "rotary tables";
  }
  const layer = /^blk\.(\d+)\./.exec(name);
  if (layer && firstMtpLayer !== null && Number(layer[1]) >= firstMtpLayer) return "multi-token prediction layers";
  const split = /^blk\.(\d+)\.attn_[kv]_b\.weight$/.exec(name);
  if (split && tensorDims.has(`blk.${split[1]}.attn_kv_b.weight`)) return "attn_kv_b split again into attn_k_b and attn_v_b";
  return null;
}
function add2(record2, key, amount) {
  record2[key] = (record2[key] ?? 0) + amount;
}
function sumTensors(header, firstMtpLayer, facts) {
  const groups = /* @__PURE__ */ new Map();
  for (const t of header.tensors) {
    const bytes = t.bytes ?? 0;
    facts.tensorElements += t.elements;
    facts.fileBytes += bytes;
    add2(facts.fileBytesByType, t.typeName, bytes);
    const reason = setApartReason(t.name, firstMtpLayer, facts.tensorDims);
    if (reason) {
      const group = groups.get(reason) ?? { reason, tensors: 0, bytes: 0, params: 0 };
      group.tensors += 1;
      group.bytes += bytes;
      group.params += t.elements;
      groups.set(reason, group);
      if (reason === "vision or audio tower") facts.towerParams += t.elements;
      continue;
    }
    facts.paramsTotal += t.elements;
    facts.weightsBytes += bytes;
    add2(facts.paramsByType, t.typeName, t.elements);
    add2(facts.bytesByType, t.typeName, bytes);
  }
  facts.setApart = [...groups.values()];
}
function vocabOf(header, arch, facts) {
  const embedding = header.tensors.find((t) => t.name === "token_embd.weight");
  const tokens = header.metadata.get("tokenizer.ggml.tokens");
  const tokenCount = typeof tokens === "object" && tokens !== null && tokens.kind === "array" ? tokens.length : void 0;
  const declared = intValue(header.metadata.get(`${arch}.vocab_size`));
  if (embedding && embedding.dims.length === 2) {
    facts.vocabSize = embedding.dims[1] ?? null;
    facts.vocabSource = "token_embd.weight";
    if (tokenCount !== void 0 && tokenCount !== facts.vocabSize) {
      facts.warnings.push(`token_embd.weight has ${groupDigits(facts.vocabSize ?? 0)} rows but the tokenizer lists ${groupDigits(tokenCount)} tokens; the rows are counted`);
    }
  } else if (tokenCount !== void 0) {
    facts.vocabSize = tokenCount;
    facts.vocabSource = "tokenizer.ggml.tokens";
  } else if (declared !== void 0) {
    facts.vocabSize = declared;
    facts.vocabSource = "vocab_size";
  }
}
function ggufFacts(header) {
  const meta = header.metadata;
  const architecture = stringValue(meta.get("general.architecture"));
  const arch = architecture ?? "";
  const key = (k) => architecture === null ? void 0 : meta.get(`${arch}.${k}`);
  const int = (k) => intValue(key(k)) ?? null;
  const fileType = intValue(meta.get("general.file_type")) ?? null;
  const facts = {
    architecture,
    name: stringValue(meta.get("general.name")),
    fileType,
    fileTypeName: fileType === null ? null : fileTypeName(fileType) ?? null,
    quantization: fileType === null ? null : quantizationOfFileType(fileType) ?? null,
    quantizationVersion: intValue(meta.get("general.quantization_version")) ?? null,
    blockCount: int("block_count"),
    embeddingLength: int("embedding_length"),
    feedForwardLength: perLayerValue(key("feed_forward_length")) ?? null,
    headCount: perLayerValue(key("attention.head_count")) ?? null,
    headCountKv: perLayerValue(key("attention.head_count_kv")) ?? null,
    keyLength: int("attention.key_length"),
    valueLength: int("attention.value_length"),
    keyLengthMla: int("attention.key_length_mla"),
    valueLengthMla: int("attention.value_length_mla"),
    qLoraRank: int("attention.q_lora_rank"),
    kvLoraRank: int("attention.kv_lora_rank"),
    ropeDimensionCount: int("rope.dimension_count"),
    slidingWindowTokens: int("attention.sliding_window"),
    slidingWindowPattern: patternValue(key("attention.sliding_window_pattern")),
    contextLengthTokens: int("context_length"),
    expertCount: int("expert_count"),
    expertUsedCount: int("expert_used_count"),
    expertFeedForwardLength: int("expert_feed_forward_length"),
    expertSharedCount: int("expert_shared_count"),
    expertSharedFeedForwardLength: int("expert_shared_feed_forward_length"),
    leadingDenseBlockCount: int("leading_dense_block_count"),
    nextnPredictLayers: int("nextn_predict_layers"),
    vocabSize: null,
    vocabSource: null,
    tensorCount: header.tensors.length,
    tensorElements: 0,
    fileBytes: 0,
    fileBytesByType: {},
    paramsTotal: 0,
    paramsByType: {},
    weightsBytes: 0,
    bytesByType: {},
    towerParams: 0,
    setApart: [],
    tensorDims: new Map(header.tensors.map((t) => [t.name, t.dims])),
    warnings: [...header.warnings]
  };
  vocabOf(header, arch, facts);
  const nextn = facts.nextnPredictLayers ?? 0;
  const firstMtpLayer = nextn > 0 && facts.blockCount !== null && facts.blockCount > nextn ? facts.blockCount - nextn : null;
  sumTensors(header, firstMtpLayer, facts);
  return facts;
}
var GGUF_SUPPORTED_ARCHITECTURES = Object.freeze([
  "llama",
  // Llama, and Mistral / Mixtral, which llama.cpp converts as llama
  "mistral3",
  "qwen2",
  "qwen2moe",
  "qwen3",
  "qwen3moe",
  "gemma2",
  "gemma3",
  "phi3",
  "deepseek2",
  "gpt-oss",
  "command-r"
]);
var MappingFailure = class {
  constructor(message) {
    this.message = message;
  }
  message;
};
var FactReader = class {
  constructor(facts, arch) {
    this.facts = facts;
    this.arch = arch;
  }
  facts;
  arch;
  fail(key, problem) {
    throw new MappingFailure(`GGUF key ${quote(`${this.arch}.${key}`)} ${problem} (architecture ${quote(this.arch)})`);
  }
  /** A required positive integer. */
  int(value, key) {
    if (value === null) this.fail(key, "is missing");
    if (value <= 0) this.fail(key, `must be positive, but it is ${value}`);
    return value;
  }
  /** A count written once or once per layer, which must then be the same on every layer. */
  uniform(value, key) {
    if (value === null || typeof value === "number") return value;
    const first = value[0];
    if (first === void 0 || value.some((v) => v !== first)) {
      this.fail(key, `differs between layers (${value.slice(0, 8).join(", ")}${value.length > 8 ? ", \u2026" : ""}); layers of different shapes are not supported`);
    }
    return first;
  }
  has(tensor) {
    return this.facts.tensorDims.has(tensor);
  }
  elementsOf(tensor) {
    const dims = this.facts.tensorDims.get(tensor);
    return dims?.reduce((a, b) => a * b, 1);
  }
};
function readDims(r) {
  const f = r.facts;
  const blockCount = r.int(f.blockCount, "block_count");
  const nextn = f.nextnPredictLayers ?? 0;
  if (f.vocabSize === null) {
    throw new MappingFailure(`the GGUF header has no token_embd.weight, tokenizer.ggml.tokens or ${f.architecture}.vocab_size, so the vocabulary size is unknown`);
  }
  return {
    hiddenSize: r.int(f.embeddingLength, "embedding_length"),
    // Multi-token-prediction layers are counted in block_count but set apart (ggufFacts).
    numLayers: nextn > 0 && nextn < blockCount ? blockCount - nextn : blockCount,
    vocabSize: f.vocabSize,
    maxContextTokens: r.int(f.contextLengthTokens, "context_length")
  };
}
function standardAttention(r, hiddenSize) {
  const f = r.facts;
  const numHeads = r.int(r.uniform(f.headCount, "attention.head_count"), "attention.head_count");
  const numKvHeads = r.uniform(f.headCountKv, "attention.head_count_kv") ?? numHeads;
  if (numKvHeads <= 0 || numKvHeads > numHeads || numHeads % numKvHeads !== 0) {
    r.fail("attention.head_count_kv", `is ${numKvHeads}, which does not divide attention.head_count ${numHeads}`);
  }
  let headDim = f.keyLength;
  if (headDim === null) {
    if (hiddenSize % numHeads !== 0) r.fail("attention.key_length", `is missing and embedding_length ${hiddenSize} is not divisible by head_count ${numHeads}`);
    headDim = hiddenSize / numHeads;
  }
  if (f.valueLength !== null && f.valueLength !== headDim) {
    r.fail("attention.value_length", `is ${f.valueLength} but key_length is ${headDim}; keys and values of different widths are not supported`);
  }
  const attention = { kind: "standard", numHeads, numKvHeads, headDim };
  if (r.has("blk.0.attn_q.bias") || r.has("blk.0.attn_qkv.bias")) attention.qkvBias = true;
  if (r.has("blk.0.attn_output.bias")) attention.outputBias = true;
  if (r.has("blk.0.attn_q_norm.weight")) {
    const width = r.elementsOf("blk.0.attn_q_norm.weight");
    if (width !== headDim) {
      throw new MappingFailure(`blk.0.attn_q_norm.weight has ${width} weights, not one head's ${headDim}: per-head query/key norms (Command R+) are not supported`);
    }
    attention.qkNorm = true;
  }
  if (r.has("blk.0.attn_sinks.weight")) attention.sinks = true;
  return attention;
}
function mlp(intermediateSize, bias = false) {
  return bias ? { gated: true, intermediateSize, bias: true } : { gated: true, intermediateSize };
}
function denseMlp(r) {
  const size = r.int(r.uniform(r.facts.feedForwardLength, "feed_forward_length"), "feed_forward_length");
  return mlp(size, r.has("blk.0.ffn_up.bias"));
}
function routedExperts(r, numLayers, firstDense) {
  const f = r.facts;
  const numExperts = r.int(f.expertCount, "expert_count");
  const topK = r.int(f.expertUsedCount, "expert_used_count");
  if (topK > numExperts) r.fail("expert_used_count", `is ${topK}, more than the ${numExperts} experts there are`);
  for (let i = 0; i < numLayers; i++) {
    const routed = r.has(`blk.${i}.ffn_gate_inp.weight`);
    if (routed !== i >= firstDense) {
      throw new MappingFailure(
        `layer ${i} ${routed ? "has" : "has no"} expert router (blk.${i}.ffn_gate_inp.weight); only models whose layers from ${firstDense} on are all MoE are supported`
      );
    }
  }
  return { numExperts, topK };
}
function expertSize(r) {
  const f = r.facts;
  return f.expertFeedForwardLength ?? r.int(r.uniform(f.feedForwardLength, "feed_forward_length"), "expert_feed_forward_length");
}
function base(r, d, attention, normsPerLayer = 2) {
  return {
    hiddenSize: d.hiddenSize,
    numLayers: d.numLayers,
    vocabSize: d.vocabSize,
    tieWordEmbeddings: !r.has("output.weight"),
    attention,
    norm: "rmsnorm",
    normsPerLayer
  };
}
function slidingWindow(r, d, layout) {
  const windowTokens = r.facts.slidingWindowTokens;
  if (windowTokens === null || windowTokens <= 0 || windowTokens >= d.maxContextTokens) return void 0;
  if (layout === "every-layer") return { windowTokens };
  if (layout !== "gemma3") return { windowTokens, globalEvery: layout.globalEvery };
  const pattern = r.facts.slidingWindowPattern;
  if (Array.isArray(pattern)) {
    if (pattern.length !== d.numLayers) r.fail("attention.sliding_window_pattern", `has ${pattern.length} entries for ${d.numLayers} layers`);
    return { windowTokens, layerTypes: pattern.map((windowed) => windowed ? "sliding" : "full") };
  }
  const globalEvery = pattern ?? 6;
  return globalEvery <= 1 ? void 0 : { windowTokens, globalEvery };
}
function finish(arch, window) {
  if (window) arch.slidingWindow = window;
  return arch;
}
function mapStandard(r, options = {}) {
  const d = readDims(r);
  const arch = base(r, d, standardAttention(r, d.hiddenSize));
  if ((r.facts.expertCount ?? 0) > 0) {
    const moe = { ...routedExperts(r, d.numLayers, 0), expert: mlp(expertSize(r), r.has("blk.0.ffn_up_exps.bias")) };
    if (options.sharedExpert) {
      const size = r.int(r.facts.expertSharedFeedForwardLength, "expert_shared_feed_forward_length");
      moe.shared = { count: 1, mlp: mlp(size) };
      if (r.has("blk.0.ffn_gate_inp_shexp.weight")) moe.shared.gate = true;
    }
    if (r.has("blk.0.ffn_gate_inp.bias") || r.has("blk.0.exp_probs_b.bias")) moe.routerBias = true;
    arch.moe = moe;
  } else {
    arch.mlp = denseMlp(r);
  }
  return finish(arch, options.layout ? slidingWindow(r, d, options.layout) : void 0);
}
function mapGemma(r, layout) {
  const d = readDims(r);
  const arch = base(r, d, standardAttention(r, d.hiddenSize), 4);
  arch.mlp = denseMlp(r);
  return finish(arch, slidingWindow(r, d, layout));
}
function mapGptOss(r) {
  const d = readDims(r);
  const arch = base(r, d, standardAttention(r, d.hiddenSize));
  const moe = { ...routedExperts(r, d.numLayers, 0), expert: mlp(expertSize(r), r.has("blk.0.ffn_up_exps.bias")) };
  if (r.has("blk.0.ffn_gate_inp.bias")) moe.routerBias = true;
  arch.moe = moe;
  return finish(arch, slidingWindow(r, d, { globalEvery: 2 }));
}
function mapCommandR(r) {
  const d = readDims(r);
  const arch = base(r, d, standardAttention(r, d.hiddenSize), 1);
  arch.mlp = denseMlp(r);
  return arch;
}
function mapDeepseek2(r) {
  const f = r.facts;
  const d = readDims(r);
  const ropeDim = r.int(f.ropeDimensionCount, "rope.dimension_count");
  const qkHeadDim = f.keyLengthMla ?? r.int(f.keyLength, "attention.key_length");
  const vHeadDim = f.valueLengthMla ?? r.int(f.valueLength, "attention.value_length");
  if (qkHeadDim <= ropeDim) r.fail("attention.key_length", `is ${qkHeadDim}, not more than rope.dimension_count ${ropeDim}`);
  const attention = {
    kind: "mla",
    numHeads: r.int(r.uniform(f.headCount, "attention.head_count"), "attention.head_count"),
    // DeepSeek-V2-Lite projects queries directly: attn_q instead of attn_q_a / attn_q_b.
    qLoraRank: r.has("blk.0.attn_q_a.weight") ? r.int(f.qLoraRank, "attention.q_lora_rank") : null,
    kvLoraRank: r.int(f.kvLoraRank, "attention.kv_lora_rank"),
    qkNopeHeadDim: qkHeadDim - ropeDim,
    qkRopeHeadDim: ropeDim,
    vHeadDim
  };
  const firstDense = f.leadingDenseBlockCount ?? 0;
  if (firstDense > d.numLayers) r.fail("leading_dense_block_count", `is ${firstDense}, more than the ${d.numLayers} layers`);
  const size = r.int(f.expertFeedForwardLength, "expert_feed_forward_length");
  const moe = { ...routedExperts(r, d.numLayers, firstDense), expert: mlp(size) };
  const shared = f.expertSharedCount ?? 0;
  if (shared > 0) moe.shared = { count: shared, mlp: mlp(size) };
  if (firstDense > 0) moe.firstDenseLayers = firstDense;
  if (r.has(`blk.${firstDense}.exp_probs_b.bias`)) moe.routerBias = true;
  const arch = base(r, d, attention);
  if (firstDense > 0) arch.mlp = denseMlp(r);
  arch.moe = moe;
  return arch;
}
var GGUF_MAPPERS = /* @__PURE__ */ new Map([
  // llama.cpp's llama arch carries no sliding window; a file that writes one (Mistral-7B-v0.1) windows every layer.
  ["llama", (r) => mapStandard(r, { layout: "every-layer" })],
  ["mistral3", (r) => mapStandard(r, { layout: "every-layer" })],
  ["qwen2", (r) => mapStandard(r)],
  ["qwen2moe", (r) => mapStandard(r, { sharedExpert: true })],
  ["qwen3", (r) => mapStandard(r)],
  ["qwen3moe", (r) => mapStandard(r)],
  // Phi-3 4k models window every layer (2047); the 128k ones write a window that never binds.
  ["phi3", (r) => mapStandard(r, { layout: "every-layer" })],
  ["gemma2", (r) => mapGemma(r, { globalEvery: 2 })],
  ["gemma3", (r) => mapGemma(r, "gemma3")],
  ["gpt-oss", mapGptOss],
  ["command-r", mapCommandR],
  ["deepseek2", mapDeepseek2]
]);
function architectureFromGguf(facts) {
  const arch = facts.architecture;
  if (arch === null) return { ok: false, message: "the GGUF header has no general.architecture, so the model's architecture is unknown" };
  const mapper = GGUF_MAPPERS.get(arch);
  if (!mapper) {
    return { ok: false, message: `GGUF architecture ${quote(arch)} is not supported; supported: ${GGUF_SUPPORTED_ARCHITECTURES.join(", ")}` };
  }
  try {
    const r = new FactReader(facts, arch);
    const architecture = mapper(r);
    const maxContextTokens = readDims(r).maxContextTokens;
    return { ok: true, architecture, maxContextTokens, warnings: paramsCheck(architecture, facts) };
  } catch (err) {
    if (err instanceof MappingFailure) return { ok: false, message: err.message };
    return { ok: false, message: `GGUF architecture ${quote(arch)} could not be mapped (${err instanceof Error ? err.message : "unexpected error"})` };
  }
}
function paramsCheck(architecture, facts) {
  const counted = countParams(architecture).paramsTotal;
  if (counted === facts.paramsTotal) return [];
  return [
    `the mapped architecture counts ${groupDigits(counted)} parameters but the tensors hold ${groupDigits(facts.paramsTotal)}; the tensors' count is the exact one`
  ];
}

// src/checkpoint/precision.ts
function checkpointPrecision(count2) {
  const bits = count2.quantBits;
  switch (count2.quantization) {
    case "fp8":
    case "fbgemm_fp8":
      return "fp8";
    case "mxfp4":
      return "fp4";
    case "gptq":
    case "awq":
    case "bitsandbytes":
      return bits === 8 ? "int8" : "int4";
    case "compressed-tensors":
      if (bits === 8) return count2.bytesByDtype["F8_E4M3"] ? "fp8" : "int8";
      if (bits === 4) return count2.bytesByDtype["I32"] ? "int4" : "fp4";
      break;
    default:
      break;
  }
  let best = ["BF16", 0];
  for (const [dtype, bytes] of Object.entries(count2.bytesByDtype)) if (bytes > best[1]) best = [dtype, bytes];
  const byDtype = { BF16: "bf16", F16: "fp16", F32: "fp32", F8_E4M3: "fp8", F8_E5M2: "fp8", I8: "int8" };
  return byDtype[best[0]] ?? "bf16";
}

// src/checkpoint/model-checkpoint.ts
function modelCheckpointFromCount(count2, files) {
  return {
    format: "safetensors",
    quantization: count2.quantization,
    precision: checkpointPrecision(count2),
    weightsBytes: count2.weightsBytes,
    bytesByDtype: count2.bytesByDtype,
    files,
    paramsTotal: count2.paramsTotal,
    paramsActive: count2.paramsActive,
    bytesReadPerToken: count2.bytesReadPerToken,
    measured: true
  };
}
function checkpointFromFileSizes(input) {
  const weightsBytes = input.files.reduce((sum2, f) => sum2 + f.sizeBytes, 0);
  const params = countParams(input.architecture);
  const total = input.paramsTotal ?? params.paramsTotal;
  const readPerToken = params.paramsActive - (input.architecture.tieWordEmbeddings ? 0 : params.embeddingParams);
  const activeShare2 = params.paramsTotal > 0 ? readPerToken / params.paramsTotal : 1;
  const quantization = input.quantization ?? "none";
  return {
    format: input.format,
    quantization,
    precision: ggufPrecision(quantization, input.nativePrecision),
    weightsBytes,
    bytesByDtype: { [input.format === "gguf" ? quantization : "file"]: weightsBytes },
    files: input.files.map((f) => f.path),
    paramsTotal: total,
    paramsActive: Math.round(total * activeShare2),
    bytesReadPerToken: Math.round(weightsBytes * activeShare2),
    measured: false
  };
}
function ggufPrecision(quantization, fallback) {
  const q = quantization.toUpperCase();
  if (q === "F16") return "fp16";
  if (q === "BF16") return "bf16";
  if (q === "F32") return "fp32";
  if (q.startsWith("MXFP4")) return "fp4";
  if (q.startsWith("Q8") || q.startsWith("Q6")) return "int8";
  if (/^(I?Q[1-5]|TQ)/.test(q)) return "int4";
  return fallback ?? "bf16";
}

// src/checkpoint/weight-set.ts
var SHARD = /^(.+)-(\d{5,6})-of-(\d{5,6})\.safetensors$/;
function shardsOf(files, prefix) {
  return files.filter((f) => SHARD.exec(f.path)?.[1] === prefix).sort((a, b) => a.path.localeCompare(b.path));
}
function ggufQuantization(path) {
  const base2 = path.replace(/-\d{5}-of-\d{5}\.gguf$/i, "").replace(/\.gguf$/i, "");
  const match = /(?:^|[-_.])((?:I?Q\d(?:_[A-Z0-9]+)*)|F16|BF16|F32|MXFP4(?:_MOE)?)$/i.exec(base2);
  return match ? match[1].toUpperCase() : null;
}
function pickWeightSet(files, wantedQuantization) {
  const root = files.filter((f) => !f.path.includes("/"));
  const byName = new Map(root.map((f) => [f.path, f]));
  const index = byName.get("model.safetensors.index.json");
  if (index) {
    return { format: "safetensors", index, shards: shardsOf(root, "model") };
  }
  const single = byName.get("model.safetensors");
  if (single) return { format: "safetensors", index: null, shards: [single] };
  const consolidatedIndex = byName.get("consolidated.safetensors.index.json");
  const consolidated = root.filter((f) => /^consolidated.*\.safetensors$/.test(f.path));
  if (consolidated.length > 0) return { format: "safetensors", index: consolidatedIndex ?? null, shards: consolidated };
  const other = root.filter((f) => f.path.endsWith(".safetensors"));
  if (other.length > 0) {
    return {
      format: "safetensors",
      index: null,
      shards: other,
      warning: `the weights are ${other.length} safetensors file(s) with no index (${other.slice(0, 3).map((f) => f.path).join(", ")}${other.length > 3 ? ", \u2026" : ""}); all of them are counted`
    };
  }
  const gguf = root.filter((f) => f.path.toLowerCase().endsWith(".gguf") && !/^mmproj/i.test(f.path));
  if (gguf.length > 0) {
    const groups = /* @__PURE__ */ new Map();
    for (const file of gguf) {
      const key = ggufQuantization(file.path) ?? file.path;
      groups.set(key, [...groups.get(key) ?? [], file]);
    }
    const wanted = wantedQuantization?.toUpperCase();
    const chosenKey = (wanted && groups.has(wanted) ? wanted : void 0) ?? (groups.has("Q4_K_M") ? "Q4_K_M" : groups.size === 1 ? [...groups.keys()][0] : void 0);
    if (chosenKey === void 0) {
      return { format: "gguf", files: [], quantization: null, others: [...groups.keys()].sort() };
    }
    return {
      format: "gguf",
      files: groups.get(chosenKey).sort((a, b) => a.path.localeCompare(b.path)),
      quantization: ggufQuantization(groups.get(chosenKey)[0].path),
      others: [...groups.keys()].filter((k) => k !== chosenKey).sort()
    };
  }
  const pytorch = root.filter((f) => /\.(bin|pt|pth)$/.test(f.path) && !/^(training_args|optimizer|scheduler|rng_state)/.test(f.path));
  if (pytorch.length > 0) return { format: "pytorch", files: pytorch };
  return { format: "none" };
}

export {
  configFromMistralParams,
  SAFETENSORS_MAX_HEADER_BYTES,
  headerLength,
  parseSafetensorsHeader,
  checkpointConfigFromJson,
  countSafetensors,
  quantizationOfFileType,
  parseGgufHeader,
  ggufFacts,
  architectureFromGguf,
  modelCheckpointFromCount,
  checkpointFromFileSizes,
  ggufPrecision,
  ggufQuantization,
  pickWeightSet
};
