import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  SAFETENSORS_MAX_HEADER_BYTES,
  architectureFromGguf,
  checkpointConfigFromJson,
  checkpointFromFileSizes,
  configFromMistralParams,
  countSafetensors,
  ggufFacts,
  ggufPrecision,
  ggufQuantization,
  headerLength,
  modelCheckpointFromCount,
  parseGgufHeader,
  parseSafetensorsHeader,
  pickWeightSet,
  quantizationOfFileType
} from "./chunk-BOTQ7RPM.js";
import {
  precisionFromModelName
} from "./chunk-U72CDX35.js";
import {
  gpuLookup,
  modelLookup
} from "./chunk-SMZ6TMJF.js";
import {
  HfConfigError,
  MODELS,
  hfConfigInfo,
  readConfigJson
} from "./chunk-D4J7HPE4.js";
import {
  groupDigits,
  quote
} from "./chunk-LRW7K6N5.js";
import {
  isInside,
  readGuarded,
  readGuardedHead
} from "./chunk-MF5XHCMM.js";
import {
  countParams
} from "./chunk-N4USQFRU.js";
import {
  PRECISION_BITS,
  isPrecision
} from "./chunk-ZZ4ZPONZ.js";

// src/catalog/resolve.ts
import { existsSync, readdirSync as readdirSync2, statSync } from "node:fs";
import { basename as basename2, dirname as dirname2, join as join2, relative, resolve as resolvePath, sep as sep2 } from "node:path";

// src/catalog/local-checkpoint.ts
import { lstatSync, readdirSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
var MAX_INDEX_BYTES = 1e7;
var MAX_FILES_LISTED = 1e4;
var LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\s+oid sha256:[0-9a-f]{64}\s+size (\d+)\s*$/;
function listFolder(dir) {
  const files = [];
  for (const name of readdirSync(dir).slice(0, MAX_FILES_LISTED)) {
    try {
      const stats = lstatSync(join(dir, name));
      if (stats.isFile() || stats.isSymbolicLink()) files.push({ path: name, sizeBytes: stats.size });
    } catch {
    }
  }
  return files;
}
function lfsPointerSize(head) {
  if (head.length > 200) return null;
  const match = LFS_POINTER.exec(head.toString("utf8"));
  return match ? Number(match[1]) : null;
}
function readShard(dir, name, root) {
  const path = join(dir, name);
  const first = readGuardedHead(path, { root, headBytes: 256 });
  if (!first.ok) return { kind: "problem", message: `${name} ${first.message}` };
  const pointer = lfsPointerSize(first.head);
  if (pointer !== null) return { kind: "pointer", sizeBytes: pointer };
  const length = headerLength(first.head);
  if (!length.ok) return { kind: "problem", message: `${name}: ${length.message}` };
  if (length.headerJsonBytes > SAFETENSORS_MAX_HEADER_BYTES) return { kind: "problem", message: `${name}: the header is over ${SAFETENSORS_MAX_HEADER_BYTES} bytes` };
  const whole = readGuardedHead(path, { root, headBytes: 8 + length.headerJsonBytes, realPath: first.realPath });
  if (!whole.ok) return { kind: "problem", message: `${name} ${whole.message}` };
  const parsed = parseSafetensorsHeader(whole.head, whole.sizeBytes);
  if (!parsed.ok) return { kind: "problem", message: `${name}: ${parsed.message}` };
  return { kind: "tensors", tensors: parsed.header.tensors, warnings: parsed.warnings.map((w) => `${name}: ${w}`) };
}
function indexShards(dir, name, root) {
  const read = readGuarded(join(dir, name), { root, maxBytes: MAX_INDEX_BYTES });
  if (!read.ok) return { ok: false, message: `${name} ${read.message}` };
  if (lfsPointerSize(read.bytes) !== null) return { ok: false, message: `${name} is a Git LFS pointer` };
  let value;
  try {
    value = JSON.parse(read.bytes.toString("utf8"));
  } catch {
    return { ok: false, message: `${name} is not valid JSON` };
  }
  const map = value?.weight_map;
  if (!map || typeof map !== "object" || Array.isArray(map)) return { ok: false, message: `${name} has no weight_map` };
  return { ok: true, shards: [...new Set(Object.values(map).filter((v) => typeof v === "string"))].sort() };
}
function readLocalCheckpoint(dir, config, context) {
  let files;
  try {
    files = listFolder(dir);
  } catch {
    return { ok: true, checkpoint: null, notes: [] };
  }
  const set = pickWeightSet(files);
  const shown = (name) => `${context.shownDir}/${name}`;
  if (set.format === "none") return { ok: true, checkpoint: null, notes: [] };
  if (set.format === "gguf" || set.format === "pytorch") {
    const chosen = set.files;
    if (chosen.length === 0) return { ok: true, checkpoint: null, notes: [`${context.shownDir} holds several GGUF files and none is Q4_K_M: their sizes are not counted`] };
    let paramsTotal;
    if (set.format === "gguf") {
      const head = readGuardedHead(join(dir, chosen[0].path), { root: context.root, headBytes: 16 * 1024 * 1024 });
      if (head.ok) {
        const parsed = parseGgufHeader(head.head, { fileSizeBytes: head.sizeBytes });
        if (parsed.ok) paramsTotal = ggufFacts(parsed.header).paramsTotal;
      }
    }
    const checkpoint = checkpointFromFileSizes({
      format: set.format,
      quantization: set.format === "gguf" ? set.quantization : null,
      files: chosen.map((f) => ({ path: shown(f.path), sizeBytes: f.sizeBytes })),
      architecture: context.architecture,
      nativePrecision: context.nativePrecision,
      ...paramsTotal ? { paramsTotal } : {}
    });
    return { ok: true, checkpoint, notes: [] };
  }
  let shards = set.shards.map((f) => f.path);
  if (set.index) {
    const index2 = indexShards(dir, set.index.path, context.root);
    if (!index2.ok) return { ok: false, message: `${shown(set.index.path)}: ${index2.message.replace(`${set.index.path} `, "")}` };
    const present = new Set(files.map((f) => f.path));
    const missing = index2.shards.filter((s) => !present.has(s));
    if (missing.length > 0) return { ok: false, message: `${shown(set.index.path)} names ${missing.length} shard(s) the folder does not hold, e.g. ${quote(missing[0])}` };
    shards = index2.shards;
  }
  const tensors = [];
  const notes = set.warning ? [set.warning] : [];
  let pointerBytes = 0;
  let pointers = 0;
  for (const shard of shards) {
    const read = readShard(dir, shard, context.root);
    if (read.kind === "problem") return { ok: false, message: `${context.shownDir}/${read.message}` };
    if (read.kind === "pointer") {
      pointers++;
      pointerBytes += read.sizeBytes;
      continue;
    }
    tensors.push(...read.tensors);
    notes.push(...read.warnings.slice(0, 3));
  }
  if (pointers > 0) {
    if (pointers < shards.length) return { ok: false, message: `${context.shownDir}: ${pointers} of ${shards.length} shards are Git LFS pointers; fetch the LFS objects or none` };
    const checkpoint = checkpointFromFileSizes({ format: "pytorch", quantization: null, files: shards.map((s) => ({ path: shown(s), sizeBytes: 0 })), architecture: context.architecture, nativePrecision: context.nativePrecision });
    return {
      ok: true,
      checkpoint: { ...checkpoint, format: "safetensors", weightsBytes: pointerBytes, bytesByDtype: { file: pointerBytes }, precision: context.nativePrecision ?? checkpoint.precision, bytesReadPerToken: Math.round(pointerBytes * (checkpoint.paramsActive / Math.max(1, checkpoint.paramsTotal))) },
      notes: [`${context.shownDir} holds Git LFS pointers, not the weights (the checkout has no LFS objects): their stated sizes are counted, the headers are not read`]
    };
  }
  const count = countSafetensors(tensors, checkpointConfigFromJson(config));
  notes.push(...count.warnings.slice(0, 3));
  return { ok: true, checkpoint: modelCheckpointFromCount(count, shards.map(shown)), notes };
}
var MAX_GGUF_HEADER_BYTES = 64 * 1024 * 1024;
var SPLIT_GGUF = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/i;
function readLocalGguf(path, context) {
  let want = 1024 * 1024;
  for (; ; ) {
    const head = readGuardedHead(path, { root: context.root, headBytes: want });
    if (!head.ok) return { ok: false, message: `${context.shown} ${head.message}` };
    if (lfsPointerSize(head.head) !== null) return { ok: false, message: `${context.shown} is a Git LFS pointer (the checkout has no LFS objects): its header cannot be read` };
    const parsed = parseGgufHeader(head.head, { fileSizeBytes: head.sizeBytes });
    if (parsed.ok) {
      const facts = ggufFacts(parsed.header);
      const mapped = architectureFromGguf(facts);
      if (!mapped.ok) return { ok: false, message: `${context.shown}: ${mapped.message}` };
      const files = splitParts(path, head.sizeBytes);
      const name = basename(path);
      const checkpoint = checkpointFromFileSizes({
        format: "gguf",
        quantization: ggufQuantization(name) ?? (facts.fileType !== null ? quantizationOfFileType(facts.fileType) ?? null : null),
        files: files.map((f) => ({ path: join(dirname(context.shown), f.path).split(sep).join("/"), sizeBytes: f.sizeBytes })),
        architecture: mapped.architecture,
        paramsTotal: facts.paramsTotal
      });
      return { ok: true, architecture: mapped.architecture, maxContextTokens: mapped.maxContextTokens, checkpoint, notes: mapped.warnings.slice(0, 3) };
    }
    if (!("needBytes" in parsed) || parsed.needBytes <= want || parsed.needBytes > MAX_GGUF_HEADER_BYTES || parsed.needBytes > head.sizeBytes) {
      return { ok: false, message: `${context.shown}: ${parsed.message}` };
    }
    want = parsed.needBytes;
  }
}
function splitParts(path, sizeBytes) {
  const name = basename(path);
  const split = SPLIT_GGUF.exec(name);
  if (!split) return [{ path: name, sizeBytes }];
  const total = Number(split[3]);
  const parts = [];
  for (let i = 1; i <= total; i++) {
    const part = `${split[1]}-${String(i).padStart(5, "0")}-of-${split[3]}.gguf`;
    try {
      const stats = lstatSync(join(dirname(path), part));
      if (stats.isFile()) parts.push({ path: part, sizeBytes: stats.size });
    } catch {
    }
  }
  return parts;
}

// src/checkpoint/ollama.ts
var OLLAMA_DEFAULT_REGISTRY = "registry.ollama.ai";
var OLLAMA_DEFAULT_NAMESPACE = "library";
var OLLAMA_DEFAULT_TAG = "latest";
var OLLAMA_DEFAULT_QUANTIZATION = "Q4_K_M";
var QUANT_NAMES = [
  "F32",
  "F16",
  "BF16",
  "Q8_0",
  "Q6_K",
  "Q5_K_M",
  "Q5_K_S",
  "Q5_1",
  "Q5_0",
  "Q4_K_M",
  "Q4_K_S",
  "Q4_1",
  "Q4_0",
  "Q3_K_L",
  "Q3_K_M",
  "Q3_K_S",
  "Q2_K",
  "Q2_K_S",
  "IQ4_NL",
  "IQ4_XS",
  "IQ3_M",
  "IQ3_S",
  "IQ3_XS",
  "IQ3_XXS",
  "IQ2_M",
  "IQ2_S",
  "IQ2_XS",
  "IQ2_XXS",
  "IQ1_M",
  "IQ1_S",
  "TQ1_0",
  "TQ2_0",
  "MXFP4"
];
var QUANT_BY_UPPER = new Map([
  ...QUANT_NAMES.map((q) => [q, q]),
  ["FP16", "F16"],
  ["FP32", "F32"],
  ["Q4_K", "Q4_K_M"],
  // llama-quantize aliases
  ["Q5_K", "Q5_K_M"],
  ["Q3_K", "Q3_K_M"]
]);
var MODEL_DEFAULT_QUANTIZATION = /* @__PURE__ */ new Map([["gpt-oss", "MXFP4"]]);
var HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i;
var NAME_PART = /^[a-z0-9][a-z0-9._-]{0,79}$/i;
var TAG = /^[a-z0-9_][a-z0-9._-]{0,127}$/i;
var SIZE = /^(?:\d+x)?\d+(?:\.\d+)?[bmkt]$|^e\d+(?:\.\d+)?b$|^a\d+(?:\.\d+)?b$/i;
var HF_HOSTS = /* @__PURE__ */ new Set(["hf.co", "huggingface.co"]);
function fail(input, problem) {
  return { ok: false, message: `Ollama model ${quote(input)} ${problem}` };
}
function quantizationFromToken(token) {
  return QUANT_BY_UPPER.get(token.toUpperCase());
}
function readTag(tag) {
  const words = tag.toLowerCase().split("-");
  const out = { qat: false };
  for (const word of words) {
    if (out.sizeTag === void 0 && SIZE.test(word)) out.sizeTag = word;
    const q = quantizationFromToken(word);
    if (q) out.quantization = q;
    if (word === "qat") out.qat = true;
  }
  return out;
}
function parseOllamaReference(text) {
  const input = text;
  let rest = text.trim();
  if (rest.length === 0 || rest.length > 400) return fail(input, "is empty or too long to be a model name");
  rest = rest.replace(/^ollama:\/\//i, "").replace(/^https?:\/\//i, "");
  if (rest.includes("@")) return fail(input, "names a digest; write the model and tag instead (model:tag)");
  const colon = rest.lastIndexOf(":");
  const slash = rest.lastIndexOf("/");
  let tag = OLLAMA_DEFAULT_TAG;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return fail(input, `has tag ${quote(tag)}, which is not an Ollama tag (letters, digits, ".", "_", "-")`);
  }
  const parts = rest.split("/");
  if (parts.some((p) => p.length === 0)) return fail(input, "has an empty part between slashes");
  let registry = OLLAMA_DEFAULT_REGISTRY;
  if (parts.length >= 2 && /[.:]/.test(parts[0] ?? "")) {
    registry = (parts.shift() ?? "").toLowerCase();
    if (!HOST.test(registry)) return fail(input, `names registry ${quote(registry)}, which is not a host name`);
  }
  if (parts.length > 2) return fail(input, "has too many parts; write [registry/][namespace/]model[:tag]");
  const explicitNamespace = parts.length === 2;
  const model = parts.pop() ?? "";
  const namespace = parts.pop() ?? OLLAMA_DEFAULT_NAMESPACE;
  if (!NAME_PART.test(model)) return fail(input, `has model name ${quote(model)}, which is not an Ollama model name`);
  if (!NAME_PART.test(namespace)) return fail(input, `has namespace ${quote(namespace)}, which is not an Ollama namespace`);
  const source = HF_HOSTS.has(registry) ? "hugging-face" : registry === OLLAMA_DEFAULT_REGISTRY ? "ollama-library" : "registry";
  if (source === "hugging-face" && !explicitNamespace) {
    return fail(input, "names a Hugging Face repository without its owner; write hf.co/{owner}/{repo}[:quant]");
  }
  return { ok: true, reference: buildReference(input, registry, namespace, model, tag, source) };
}
function buildReference(input, registry, namespace, model, tag, source) {
  const read = readTag(tag);
  let quantization = read.quantization;
  const assumed = quantization === void 0;
  if (quantization === void 0 && read.qat) quantization = "Q4_0";
  if (quantization === void 0 && source === "hugging-face" && tag !== OLLAMA_DEFAULT_TAG) {
    quantization = tag.toUpperCase();
  }
  quantization ??= MODEL_DEFAULT_QUANTIZATION.get(model.toLowerCase()) ?? OLLAMA_DEFAULT_QUANTIZATION;
  const reference = {
    input,
    registry,
    namespace,
    model,
    tag,
    source,
    quantization,
    quantizationAssumed: assumed && !read.qat && !(source === "hugging-face" && tag !== OLLAMA_DEFAULT_TAG),
    qat: read.qat,
    canonical: `${registry}/${namespace}/${model}:${tag}`
  };
  if (read.sizeTag !== void 0) reference.sizeTag = read.sizeTag;
  return reference;
}
var README = "llama.cpp tools/quantize/README.md, Llama-3.1-8B bits/weight";
var QUANT_OPTIONS = "llama.cpp tools/quantize/quantize.cpp QUANT_OPTIONS size for Llama-3-8B";
var LLAMA3_8B_PARAMS = 8030261248;
function fromGib(gib) {
  return Math.round(gib * 2 ** 30 * 8 / LLAMA3_8B_PARAMS * 1e4) / 1e4;
}
var BITS = /* @__PURE__ */ new Map([
  ["IQ1_S", { bitsPerWeight: 2.0042, source: README }],
  ["IQ1_M", { bitsPerWeight: 2.146, source: README }],
  ["IQ2_XXS", { bitsPerWeight: 2.3824, source: README }],
  ["IQ2_XS", { bitsPerWeight: 2.5882, source: README }],
  ["IQ2_S", { bitsPerWeight: 2.7403, source: README }],
  ["IQ2_M", { bitsPerWeight: 2.9294, source: README }],
  ["IQ3_XXS", { bitsPerWeight: 3.2548, source: README }],
  ["IQ3_XS", { bitsPerWeight: 3.4977, source: README }],
  ["IQ3_S", { bitsPerWeight: 3.6606, source: README }],
  ["IQ3_M", { bitsPerWeight: 3.7628, source: README }],
  ["IQ4_XS", { bitsPerWeight: 4.4597, source: README }],
  ["IQ4_NL", { bitsPerWeight: 4.6818, source: README }],
  ["Q2_K_S", { bitsPerWeight: 2.9697, source: README }],
  ["Q2_K", { bitsPerWeight: 3.1593, source: README }],
  ["Q3_K_S", { bitsPerWeight: 3.6429, source: README }],
  ["Q3_K_M", { bitsPerWeight: fromGib(3.74), source: QUANT_OPTIONS }],
  ["Q3_K_L", { bitsPerWeight: 4.2979, source: README }],
  ["Q4_0", { bitsPerWeight: fromGib(4.34), source: QUANT_OPTIONS }],
  ["Q4_1", { bitsPerWeight: fromGib(4.78), source: QUANT_OPTIONS }],
  ["Q4_K_S", { bitsPerWeight: 4.6672, source: README }],
  ["Q4_K_M", { bitsPerWeight: 4.8944, source: README }],
  ["Q5_0", { bitsPerWeight: fromGib(5.21), source: QUANT_OPTIONS }],
  ["Q5_1", { bitsPerWeight: fromGib(5.65), source: QUANT_OPTIONS }],
  ["Q5_K_S", { bitsPerWeight: 5.5704, source: README }],
  ["Q5_K_M", { bitsPerWeight: 5.7036, source: README }],
  ["Q6_K", { bitsPerWeight: 6.5633, source: README }],
  ["Q8_0", { bitsPerWeight: 8.5008, source: README }],
  ["F16", { bitsPerWeight: 16.0005, source: README }],
  // BF16 files keep the same F32 norms as F16 ones: the same 16.0005.
  ["BF16", { bitsPerWeight: 16.0005, source: `${README} (F16 row; BF16 has the same layout)` }],
  ["F32", { bitsPerWeight: 32, source: "F32 stores every weight in 32 bits" }],
  // gpt-oss-20b: 13,761,264,768 bytes for 20,914,757,184 parameters (MXFP4 experts, BF16 elsewhere; design notes §4).
  ["MXFP4", { bitsPerWeight: 5.2637, source: "gpt-oss-20b checkpoint: 13,761,264,768 bytes / 20,914,757,184 parameters" }]
]);
function quantizationBits(quantization) {
  const canonical = quantizationFromToken(quantization) ?? quantization;
  const known = BITS.get(canonical);
  return known ? { quantization: canonical, ...known } : void 0;
}
function estimateOllamaWeights(reference, facts) {
  if (!Number.isSafeInteger(facts.params) || facts.params <= 0) {
    return { ok: false, message: `the parameter count of ${quote(reference.input)} must be a positive integer` };
  }
  const bits = quantizationBits(reference.quantization);
  if (!bits) {
    return {
      ok: false,
      message: `quantization ${quote(reference.quantization)} of ${quote(reference.input)} has no published bits-per-weight figure; give the weight bytes instead`
    };
  }
  const weightsBytes = Math.round(facts.params * bits.bitsPerWeight / 8);
  const why = reference.quantizationAssumed ? `the tag ${quote(reference.tag)} names no quantization, so ${bits.quantization} (Ollama's default since late 2024; older library models used Q4_0) is assumed` : `the tag ${quote(reference.tag)} means ${bits.quantization}${reference.qat ? " (quantization-aware trained)" : ""}`;
  const assumption = `weights of ${reference.canonical} estimated as ${groupDigits(facts.params)} parameters \xD7 ${bits.bitsPerWeight} bits / 8 = ${groupDigits(weightsBytes)} bytes: ${why}; bits per weight from ${bits.source}`;
  return { ok: true, estimate: { weightsBytes, params: facts.params, bitsPerWeight: bits.bitsPerWeight, quantization: bits.quantization, assumption } };
}
var GIB = 2 ** 30;
var OLLAMA_VRAM_TIERS = Object.freeze([
  { belowVramBytes: 23 * GIB, contextTokens: 4096 },
  { belowVramBytes: 47 * GIB, contextTokens: 32768 },
  { belowVramBytes: null, contextTokens: 262144 }
]);
function parseVersion(version) {
  const match = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?(?:[-+.][0-9a-z.+-]*)?$/i.exec(version.trim());
  if (!match) return void 0;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}
function atLeast(v, min) {
  for (let i = 0; i < 3; i++) {
    if ((v[i] ?? 0) !== (min[i] ?? 0)) return (v[i] ?? 0) > (min[i] ?? 0);
  }
  return true;
}
function versionDefault(input, notes) {
  const version = input.version === void 0 ? void 0 : parseVersion(input.version);
  if (input.version !== void 0 && !version) notes.push(`Ollama version ${quote(input.version)} is not a version number; the current default is assumed`);
  if (version && !atLeast(version, [0, 6, 7])) return { contextTokens: 2048 };
  if (version && !atLeast(version, [0, 15, 5])) return { contextTokens: 4096 };
  if (!version) notes.push("Ollama version unknown: the default of v0.15.5 and later (by total VRAM) is assumed");
  const vram = input.totalVramBytes;
  if (vram === void 0 || !Number.isFinite(vram) || vram < 0) return { contextTokens: null, tiers: OLLAMA_VRAM_TIERS };
  const tier = OLLAMA_VRAM_TIERS.find((t) => t.belowVramBytes === null || vram < t.belowVramBytes);
  return { contextTokens: tier?.contextTokens ?? 4096, tiers: OLLAMA_VRAM_TIERS };
}
function positiveInt(value) {
  return value !== void 0 && Number.isSafeInteger(value) && value > 0 ? value : void 0;
}
function envContext(raw, notes) {
  if (raw === void 0) return void 0;
  const cleaned = raw.trim().replace(/^["']|["']$/g, "").trim();
  if (cleaned === "") return void 0;
  if (!/^\d{1,10}$/.test(cleaned) || Number(cleaned) === 0) {
    notes.push(`OLLAMA_CONTEXT_LENGTH=${quote(raw, 40)} is not a positive integer; Ollama's default applies`);
    return void 0;
  }
  return Number(cleaned);
}
function ollamaContext(input = {}) {
  const notes = [];
  const request = positiveInt(input.requestNumCtx);
  const modelfile = positiveInt(input.modelfileNumCtx);
  const env = envContext(input.contextLengthEnv, notes);
  let chosen;
  let source;
  let tiers;
  if (request !== void 0) [chosen, source] = [request, "request"];
  else if (modelfile !== void 0) [chosen, source] = [modelfile, "modelfile"];
  else if (env !== void 0) [chosen, source] = [env, "environment"];
  else {
    const d = versionDefault(input, notes);
    [chosen, source, tiers] = [d.contextTokens, "default", d.tiers];
    if (chosen === null) notes.push("Ollama picks the default context by total VRAM: 4,096 tokens below 24 GiB, 32,768 to 48 GiB, 262,144 above");
  }
  let clamped = false;
  const trained = positiveInt(input.modelContextTokens);
  if (chosen !== null && trained !== void 0 && chosen > trained) {
    notes.push(`Ollama clamps num_ctx ${groupDigits(chosen)} to the model's trained context of ${groupDigits(trained)} tokens`);
    chosen = trained;
    clamped = true;
  }
  const result = { contextTokens: chosen, source, clamped, notes };
  if (tiers) result.tiers = tiers;
  return result;
}

// src/catalog/model-variants.ts
import { isDeepStrictEqual } from "node:util";
var SIZE2 = /^(\d+(\.\d+)?[bm]|\d+x\d+(\.\d+)?b)$/;
function segmentsOf(path) {
  return path.split("/").filter((s) => s !== "" && s !== "." && s !== "..");
}
function fromHfCache(segments) {
  const cache = segments.find((s) => /^models--.+/.test(s));
  if (!cache) return void 0;
  const parts = cache.slice("models--".length).split("--").filter((p) => p !== "");
  if (parts.length === 0) return void 0;
  return parts.length === 1 ? { name: parts[0] } : { org: parts[0], name: parts.slice(1).join("--") };
}
function lastTwo(segments) {
  const name = segments.at(-1);
  if (name === void 0) return void 0;
  const org = segments.length >= 2 ? segments.at(-2) : void 0;
  return org === void 0 ? { name } : { org, name };
}
function locate(id) {
  const text = id.trim().replace(/\\/g, "/");
  if (text === "") return void 0;
  let repo;
  let from;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(text);
  const hfHost = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/(.*)$/i.exec(text);
  if (hfHost) {
    const segments = segmentsOf(hfHost[1]);
    repo = segments.length >= 2 ? { org: segments[0], name: segments[1] } : lastTwo(segments);
    from = "URL";
  } else if (scheme) {
    const kind = scheme[1].toLowerCase();
    const segments = segmentsOf(scheme[2]);
    if (kind === "hf" || kind === "huggingface") {
      repo = segments.length >= 2 ? { org: segments[0], name: segments[1] } : lastTwo(segments);
    } else {
      const inside = kind === "file" ? segments : segments.length > 1 ? segments.slice(1) : segments;
      repo = fromHfCache(inside) ?? lastTwo(inside);
    }
    from = "location";
  } else {
    const segments = segmentsOf(text);
    const isPath = /^(\/|\.{1,2}\/|~|[a-z]:\/)/i.test(text) || segments.length > 2;
    repo = fromHfCache(segments) ?? lastTwo(segments);
    if (isPath) from = "path";
  }
  if (!repo) return void 0;
  let name = repo.name;
  const at = name.indexOf("@");
  if (at > 0) name = name.slice(0, at);
  let sizeTag;
  const colon = name.indexOf(":");
  if (colon > 0) {
    const tag = name.slice(colon + 1);
    name = name.slice(0, colon);
    if (tag.toLowerCase().split(/[-_]/).some((t) => SIZE2.test(t))) sizeTag = tag;
  }
  if (name === "") return void 0;
  const located = { name };
  if (repo.org !== void 0 && repo.org !== "") located.org = repo.org;
  if (sizeTag !== void 0) located.sizeTag = sizeTag;
  if (from !== void 0) located.from = from;
  return located;
}
var FORMAT_TOKENS = /* @__PURE__ */ new Set([
  "fp8",
  "fp4",
  "fp16",
  "bf16",
  "fp32",
  "f16",
  "f32",
  "int8",
  "int4",
  "int3",
  "int2",
  "nf4",
  "awq",
  "gptq",
  "gguf",
  "ggml",
  "exl2",
  "exl3",
  "mlx",
  "bnb",
  "marlin",
  "hqq",
  "aqlm",
  "eetq",
  "fbgemm",
  "quantized",
  "quant",
  "quants",
  "dynamic",
  "static",
  "kv",
  "compressed",
  "tensors",
  "modelopt",
  "ptpc",
  "nvfp4",
  "mxfp4",
  "w8a8",
  "w4a16",
  "w8a16",
  "w4a4",
  "w4a8",
  "actorder",
  "imatrix",
  "i1",
  "ov",
  "openvino",
  "onnx",
  "unsloth",
  "qat",
  "unquantized"
]);
var FORMAT_PATTERNS = [/^\d+bit$/, /^\d+(\.\d+)?bpw$/, /^h\d+$/, /^g\d+$/, /^\d+g$/];
var TUNING_TOKENS = /* @__PURE__ */ new Set(["instruct", "chat", "it", "hf", "base", "pt"]);
var GGUF_QUANT = /(^|[-_.])i?q\d+(?:_(?:k|m|s|l|xs|xxs|xl|nl|0|1))*(?=$|[-_.])/gi;
var VERSION = /^v?\d+(\.\d+)*$/;
function isNoise(token) {
  return FORMAT_TOKENS.has(token) || TUNING_TOKENS.has(token) || FORMAT_PATTERNS.some((p) => p.test(token));
}
function tokenize(name) {
  const dropped = [];
  const text = name.replace(GGUF_QUANT, (match, separator) => {
    dropped.push(match.slice(separator.length));
    return separator;
  });
  const kept = [];
  for (const raw of text.split(/[-_\s:]+/)) {
    if (raw === "") continue;
    let token = raw.toLowerCase();
    if (isNoise(token)) {
      dropped.push(raw);
      continue;
    }
    if (token.includes(".") && !VERSION.test(token) && !SIZE2.test(token)) {
      const parts = raw.split(".").filter((p) => p !== "");
      const rest = parts.filter((p) => !isNoise(p.toLowerCase()));
      dropped.push(...parts.filter((p) => isNoise(p.toLowerCase())));
      if (rest.length === 0) continue;
      token = rest.join(".").toLowerCase();
    }
    const joined = /^([a-z]{2,})(\d+(?:\.\d+)*[bm]?)$/.exec(token);
    if (joined) kept.push(joined[1], joined[2]);
    else kept.push(token);
  }
  const llama = kept.indexOf("meta");
  if (llama >= 0 && kept[llama + 1] === "llama") kept.splice(llama, 1);
  return { kept, dropped };
}
function versionsOf(tokens) {
  return tokens.filter((t) => VERSION.test(t)).join(" ");
}
var index;
function repositoryName(name) {
  return name.slice(name.lastIndexOf("/") + 1);
}
function catalogIndex() {
  if (index) return index;
  const names = [];
  const vocabulary = /* @__PURE__ */ new Map();
  for (const model of MODELS) {
    const words = /* @__PURE__ */ new Set();
    for (const name of [model.id, ...model.aliases]) {
      if (name.includes(":") || !/[/_-]/.test(name)) continue;
      const tokens = tokenize(repositoryName(name)).kept;
      if (tokens.length === 0) continue;
      names.push({ model, name, tokens });
      for (const t of tokens) words.add(t);
    }
    vocabulary.set(model, words);
  }
  index = { names, vocabulary };
  return index;
}
function holds(outer, inner) {
  const counts = /* @__PURE__ */ new Map();
  for (const t of outer) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of inner) {
    const n = counts.get(t) ?? 0;
    if (n === 0) return false;
    counts.set(t, n - 1);
  }
  return true;
}
function matchesOf(tokens) {
  const { names, vocabulary } = catalogIndex();
  const found = [];
  for (const entry of names) {
    if (!holds(tokens, entry.tokens)) continue;
    const words = vocabulary.get(entry.model);
    if (!tokens.every((t) => words.has(t))) continue;
    found.push({ entry, exact: tokens.length === entry.tokens.length });
  }
  return found;
}
function byModel(matches) {
  const best = /* @__PURE__ */ new Map();
  for (const m of matches) {
    const held = best.get(m.entry.model);
    if (!held || m.exact && !held.exact || m.exact === held.exact && m.entry.tokens.length > held.entry.tokens.length) {
      best.set(m.entry.model, m);
    }
  }
  return MODELS.filter((model) => best.has(model)).map((model) => best.get(model));
}
function physicallyAlike(a, b) {
  return isDeepStrictEqual(a.architecture, b.architecture) && a.maxContextTokens === b.maxContextTokens && a.nativePrecision === b.nativePrecision;
}
function decide(tokens, matches) {
  const exact = matches.filter((m) => m.exact);
  let pool = byModel(exact.length > 0 ? exact : matches);
  if (pool.length > 1) {
    const wanted = versionsOf(tokens);
    const sameVersion = pool.filter((m) => versionsOf(m.entry.tokens) === wanted);
    if (sameVersion.length > 0) pool = sameVersion;
  }
  const [first, ...others] = pool;
  if (!first) return null;
  if (!others.every((m) => physicallyAlike(m.entry.model, first.entry.model))) return null;
  return { match: first, alike: others.map((m) => m.entry.model) };
}
function quoteList(items) {
  return items.map((i) => `${quote(i)}`).join(", ");
}
function precisionClause(model, implied) {
  if (!implied) return "";
  const why = `${quote(implied.token)} in the name: ${implied.note}`;
  const width = implied.precision.toUpperCase();
  return PRECISION_BITS[implied.precision] < PRECISION_BITS[model.nativePrecision] ? ` quantized to ${width} (${why})` : ` with ${width} weights (${why})`;
}
function resolution(id, model, implied, basis) {
  const result = { model, how: `${quote(id)} read as ${model.id}${precisionClause(model, implied)}: ${basis}` };
  if (implied) result.impliedPrecision = implied.precision;
  return result;
}
function exactBasis(model, name) {
  return model.id.toLowerCase() === name.trim().toLowerCase() ? "catalog id" : `catalog alias ${name.trim()}`;
}
function resolve(id) {
  const direct = modelLookup.find(id);
  if (direct) return resolution(id, direct, precisionFromModelName(id), exactBasis(direct, id));
  const located = locate(id);
  if (!located) return null;
  const nameWithTag = located.sizeTag ? `${located.name}:${located.sizeTag}` : located.name;
  const repo = located.org ? `${located.org}/${nameWithTag}` : nameWithTag;
  const implied = precisionFromModelName(repo.replace(/:/g, "-"));
  const where = located.from ? ` (repository ${quote(repo)} taken from the ${located.from})` : "";
  if (located.org || located.sizeTag) {
    const found = modelLookup.find(repo);
    if (found) return resolution(id, found, implied, `${exactBasis(found, repo)}${where}`);
  }
  const { kept, dropped } = tokenize(nameWithTag);
  if (kept.length === 0) return null;
  const decided = decide(kept, matchesOf(kept));
  if (!decided) return null;
  const { match, alike } = decided;
  const setAside = [
    ...located.org ? [`${located.from === "path" || located.from === "location" ? "folder" : "organisation"} ${quote(located.org)}`] : [],
    ...dropped.length > 0 ? [`${dropped.length === 1 ? "token" : "tokens"} ${quoteList(dropped)}`] : []
  ];
  const extra = [...kept];
  for (const t of match.entry.tokens) extra.splice(extra.indexOf(t), 1);
  let basis = (located.from ? `repository ${quote(repo)} taken from the ${located.from}; ` : "") + `name ${quote(nameWithTag)} ${match.exact ? "matches" : "holds"} catalog name ${match.entry.name}` + (setAside.length > 0 ? ` with ${setAside.join(" and ")} set aside` : "");
  if (extra.length > 0) basis += `; its other ${extra.length === 1 ? "token" : "tokens"} ${quoteList(extra)} also ${extra.length === 1 ? "names" : "name"} ${match.entry.model.id} in the catalog`;
  if (alike.length > 0) basis += `; ${alike.map((m) => m.id).join(", ")} ${alike.length === 1 ? "has" : "have"} the same architecture, context length and precision`;
  return resolution(id, match.entry.model, implied, basis);
}
function resolveModelVariant(id) {
  if (typeof id !== "string") return null;
  try {
    return resolve(id);
  } catch {
    return null;
  }
}

// src/catalog/ollama-model.ts
function catalogEntry(reference) {
  const names = [`${reference.model}:${reference.tag}`, reference.sizeTag ? `${reference.model}:${reference.sizeTag}` : null, reference.tag === "latest" ? reference.model : null];
  for (const name of names) {
    if (!name) continue;
    const found = modelLookup.find(name) ?? resolveModelVariant(name)?.model;
    if (found) return found;
  }
  return void 0;
}
function isOllamaReference(value) {
  return /^ollama:\/\//i.test(value.trim());
}
function resolveOllamaModel(value) {
  const parsed = parseOllamaReference(value.trim().replace(/^ollama:\/\//i, ""));
  if (!parsed.ok) return { ok: false, message: `Ollama reference ${quote(value)} ${parsed.message}`, suggestions: [] };
  const reference = parsed.reference;
  const spec = catalogEntry(reference);
  if (!spec) {
    const wanted = `${reference.model}:${reference.sizeTag ?? reference.tag}`;
    return {
      ok: false,
      message: `unknown Ollama model ${quote(value)}: the catalog has no model for ${quote(wanted)}; declare the model by a catalog id, or the Hugging Face repository its GGUF comes from (hf.co/org/repo:${reference.quantization})`,
      suggestions: modelLookup.suggest(wanted)
    };
  }
  const params = countParams(spec.architecture);
  const estimate = estimateOllamaWeights(reference, { params: params.paramsTotal });
  if (!estimate.ok) return { ok: false, message: estimate.message, suggestions: [] };
  const e = estimate.estimate;
  const readShare = (params.paramsActive - (spec.architecture.tieWordEmbeddings ? 0 : params.embeddingParams)) / params.paramsTotal;
  const checkpoint = {
    format: "gguf",
    quantization: e.quantization,
    precision: ggufPrecision(e.quantization, "int4"),
    weightsBytes: e.weightsBytes,
    bytesByDtype: { [e.quantization]: e.weightsBytes },
    files: [],
    paramsTotal: params.paramsTotal,
    paramsActive: params.paramsActive,
    bytesReadPerToken: Math.round(e.weightsBytes * readShare),
    measured: false
  };
  return {
    ok: true,
    model: {
      id: value,
      name: `${spec.name} (Ollama ${reference.canonical})`,
      architecture: spec.architecture,
      maxContextTokens: spec.maxContextTokens,
      nativePrecision: checkpoint.precision,
      resolvedFrom: `Ollama ${reference.canonical} read as ${spec.id} in ${e.quantization}`,
      source: "catalog",
      checkpoint,
      assumptions: [e.assumption],
      servingDefaults: { engine: "ollama" }
    }
  };
}

// src/catalog/checkpoint-facts.ts
var FORMATS = /* @__PURE__ */ new Set(["safetensors", "gguf", "pytorch"]);
function catalogCheckpoint(spec) {
  const facts = spec.checkpoint;
  if (!facts) return void 0;
  const { precision, weightsBytes, bytesByDtype, paramsTotal, paramsActive, bytesReadPerToken } = facts;
  if (precision === void 0 || !isPrecision(precision) || !FORMATS.has(facts.format)) return void 0;
  if (weightsBytes === void 0 || bytesByDtype === void 0 || paramsTotal === void 0 || paramsActive === void 0 || bytesReadPerToken === void 0) return void 0;
  const byDtype = /* @__PURE__ */ Object.create(null);
  for (const [dtype, bytes] of Object.entries(bytesByDtype)) byDtype[dtype] = bytes;
  return {
    format: facts.format,
    quantization: facts.quantization,
    precision,
    weightsBytes,
    bytesByDtype: byDtype,
    files: [],
    paramsTotal,
    paramsActive,
    bytesReadPerToken,
    measured: true
  };
}

// src/catalog/resolve.ts
var UnknownNameError = class extends Error {
  constructor(kind, wanted, suggestions, hint) {
    const didYouMean = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `${quote(s)}`).join(", ")}?` : "";
    super(`unknown ${kind} ${quote(wanted)}${didYouMean} ${hint}`);
    this.kind = kind;
    this.wanted = wanted;
    this.suggestions = suggestions;
    this.name = "UnknownNameError";
  }
  kind;
  wanted;
  suggestions;
};
function modelInputFromSpec(spec) {
  const checkpoint = catalogCheckpoint(spec);
  return {
    ...checkpoint ? { checkpoint } : {},
    id: spec.id,
    name: spec.name,
    architecture: spec.architecture,
    maxContextTokens: spec.maxContextTokens,
    nativePrecision: spec.nativePrecision,
    resolvedFrom: "catalog",
    source: "catalog"
  };
}
function variantInput(value, variant) {
  const base = modelInputFromSpec(variant.model);
  const precision = variant.impliedPrecision ?? variant.model.nativePrecision;
  const { checkpoint, ...rest } = base;
  return { ...rest, ...checkpoint && checkpoint.precision === precision ? { checkpoint } : {}, id: value, nativePrecision: precision, resolvedFrom: variant.how };
}
function configPathFor(value, baseDir) {
  const path = resolvePath(baseDir, value);
  if (value.endsWith(".json") || /\.gguf$/i.test(value) && existsSync(path)) return path;
  if (!existsSync(path) || !statSync(path).isDirectory()) return void 0;
  for (const name of ["config.json", "params.json"]) if (existsSync(join2(path, name))) return join2(path, name);
  return void 0;
}
var CheckpointError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CheckpointError";
  }
};
function resolveLocal(configPath, value, baseDir, repository) {
  const root = repository?.realRoot ?? null;
  const shown = relative(repository?.root ?? baseDir, configPath).split(sep2).join("/");
  if (/\.gguf$/i.test(configPath)) {
    const gguf = readLocalGguf(configPath, { root, shown });
    if (!gguf.ok) throw new CheckpointError(`the GGUF file cannot be read: ${gguf.message}`);
    return {
      model: {
        id: value,
        name: `GGUF ${basename2(configPath)}`,
        architecture: gguf.architecture,
        maxContextTokens: gguf.maxContextTokens,
        nativePrecision: gguf.checkpoint.precision,
        resolvedFrom: relative(baseDir, configPath).split(sep2).join("/"),
        source: "local",
        checkpoint: gguf.checkpoint
      },
      notes: gguf.notes
    };
  }
  const assumptions = [];
  let raw;
  let info;
  if (basename2(configPath) === "params.json") {
    const converted = configFromMistralParams(readConfigJson(configPath, { root, shownAs: shown, kind: "params.json" }));
    assumptions.push(...converted.assumptions);
    raw = converted.config;
    info = hfConfigInfo(raw, `${shown} (Mistral params.json)`);
  } else {
    raw = readConfigJson(configPath, { root, shownAs: shown });
    info = hfConfigInfo(raw, shown);
  }
  assumptions.push(...info.assumptions ?? []);
  const model = {
    id: value,
    name: `${info.modelType} from ${value}`,
    architecture: info.architecture,
    maxContextTokens: info.maxContextTokens,
    nativePrecision: info.weightPrecision ?? "bf16",
    resolvedFrom: relative(baseDir, configPath).split(sep2).join("/"),
    source: "local",
    ...assumptions.length > 0 ? { assumptions } : {}
  };
  const dir = dirname2(configPath);
  if (!hasWeightFiles(dir)) return { model, notes: [] };
  const local = readLocalCheckpoint(dir, raw, { root, shownDir: dirname2(shown) === "." ? "." : dirname2(shown), architecture: info.architecture, nativePrecision: info.weightPrecision });
  if (!local.ok) throw new CheckpointError(`the checkpoint beside ${shown} cannot be read: ${local.message}`);
  if (local.checkpoint) {
    model.checkpoint = local.checkpoint;
    model.nativePrecision = local.checkpoint.precision;
  }
  return { model, notes: local.notes };
}
function hasWeightFiles(dir) {
  try {
    return readdirSync2(dir).some((name) => /\.(safetensors|gguf|bin|pt|pth)$/i.test(name));
  } catch {
    return false;
  }
}
function resolveModel(value, baseDir, repository) {
  const spec = modelLookup.find(value);
  if (spec) return modelInputFromSpec(spec);
  if (isOllamaReference(value)) {
    const ollama = resolveOllamaModel(value);
    if (ollama.ok) return ollama.model;
    throw new UnknownNameError("model", value, ollama.suggestions, ollama.message);
  }
  const configPath = configPathFor(value, baseDir);
  if (configPath) return resolveLocal(configPath, value, baseDir, repository).model;
  const variant = resolveModelVariant(value);
  if (variant) {
    return variantInput(value, variant);
  }
  throw new UnknownNameError(
    "model",
    value,
    modelLookup.suggest(value),
    "Run `llm-physics models` for the catalog, or pass a path to the model's config.json."
  );
}
function resolveManifestModel(value, baseDir, repository, external) {
  const spec = modelLookup.find(value);
  if (spec) return { ok: true, value: modelInputFromSpec(spec) };
  if (isOllamaReference(value)) {
    const ollama = resolveOllamaModel(value);
    return ollama.ok ? { ok: true, value: ollama.model } : { ok: false, message: ollama.message, suggestions: ollama.suggestions };
  }
  const configPath = configPathFor(value, baseDir);
  const answer = configPath ? void 0 : external?.get(value);
  if (answer) return fromExternal(value, answer);
  if (configPath && !isInside(repository.root, configPath)) {
    return {
      ok: false,
      message: `config.json path ${quote(value)} leads outside the repository; keep the model's config.json inside the repository`,
      suggestions: [],
      failure: "config-outside-repository"
    };
  }
  try {
    if (configPath) {
      const { model, notes } = resolveLocal(configPath, value, baseDir, repository);
      model.resolvedFrom = relative(repository.root, configPath).split(sep2).join("/");
      return { ok: true, value: model, remarks: notes.map((message) => ({ severity: "notice", message })) };
    }
    return { ok: true, value: resolveModel(value, baseDir, repository) };
  } catch (error) {
    if (error instanceof UnknownNameError) return { ok: false, message: error.message, suggestions: error.suggestions, failure: "unknown-name" };
    if (error instanceof HfConfigError) return { ok: false, message: error.message, suggestions: [], failure: "config-unreadable" };
    if (error instanceof CheckpointError) return { ok: false, message: error.message, suggestions: [], failure: "checkpoint-unreadable" };
    throw error;
  }
}
function fromExternal(value, answer) {
  if (answer.ok) return { ok: true, value: answer.model, remarks: answer.remarks };
  const variant = resolveModelVariant(value);
  if (variant) {
    const remarks = [...answer.remarks];
    const offline = answer.failure === "hub-unavailable" && answer.offline === true;
    if (!(answer.guessed && answer.failure === "hub-not-found") && !offline) {
      remarks.push({ severity: "warning", message: `${answer.message}; the estimate uses the catalog's ${variant.model.id} instead (parameters \xD7 precision, not the checkpoint's bytes)` });
    }
    return {
      ok: true,
      value: variantInput(value, variant),
      remarks
    };
  }
  const suggestions = answer.failure === "hub-not-found" ? modelLookup.suggest(value) : [];
  return { ok: false, message: answer.message, suggestions, failure: answer.failure, remarks: answer.remarks };
}
function resolveGpu(value) {
  const gpu = gpuLookup.find(value);
  if (gpu) return gpu;
  throw new UnknownNameError("GPU", value, gpuLookup.suggest(value), "Run `llm-physics gpus` for the catalog.");
}

export {
  ollamaContext,
  UnknownNameError,
  configPathFor,
  resolveModel,
  resolveManifestModel,
  resolveGpu
};
