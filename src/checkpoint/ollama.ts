/**
 * Ollama model references as manifests write them, the quantization a tag means, the bits per weight
 * such files really take, and the context window Ollama gives a model by default. Pure: the caller
 * passes what it knows (the Ollama version, `OLLAMA_CONTEXT_LENGTH`, a Modelfile's `num_ctx`).
 *
 * Sources, read for the facts stated (not copied):
 * - Names: Ollama's model names are `[host/][namespace/]model[:tag]`, host `registry.ollama.ai`, namespace
 *   `library`, tag `latest` by default; `hf.co/{user}/{repo}:{quant}` pulls a GGUF from the Hugging Face Hub,
 *   and without a tag takes the repository's Q4_K_M file when there is one (Hugging Face docs, "Use Ollama
 *   with any GGUF Model on Hugging Face Hub").
 * - Default quantization: library models were published as q4_0 under their short tags until late 2024
 *   (ollama/ollama#643, #2495, #5425); "The default is now q4_k_m" (jmorganca, ollama/ollama#1543,
 *   2024-12-29). gpt-oss is published in MXFP4 (its experts) without further quantization. Gemma 3 `-qat`
 *   tags are Google's quantization-aware-trained Q4_0 GGUFs (hf.co/google/gemma-3-*-it-qat-q4_0-gguf,
 *   ollama/ollama#10360, #10121).
 * - Bits per weight: llama.cpp tools/quantize/README.md, table for meta-llama/Llama-3.1-8B (bits/weight
 *   column), and the sizes in tools/quantize/quantize.cpp QUANT_OPTIONS ("4.34G … @ Llama-3-8B", GiB).
 * - Context window: 2048 tokens until v0.6.7, then 4096 (ollama/ollama#10364 → reverted #10451 → shipped
 *   in v0.6.7; docs/faq updated in #11189); from v0.15.5 (2026-02-03) by total VRAM: 4096 below 24 GiB,
 *   32768 from 24 to 48 GiB, 262144 at 48 GiB and more (ollama/ollama#13946, thresholds 23 and 47 GiB in
 *   code; docs/context-length.mdx). `OLLAMA_CONTEXT_LENGTH` replaces the default (docs/faq, #9545); a
 *   Modelfile `PARAMETER num_ctx` replaces that for its model, and a request's `options.num_ctx` replaces
 *   both. Ollama clamps the result to the model's trained context (llm/server.go: "requested context size
 *   too large for model").
 */
import { groupDigits, quote } from "../base/text.js";

export const OLLAMA_DEFAULT_REGISTRY = "registry.ollama.ai";
export const OLLAMA_DEFAULT_NAMESPACE = "library";
export const OLLAMA_DEFAULT_TAG = "latest";
/** What a tag without a quantization means on ollama.com since late 2024, and on hf.co when the repo has it. */
export const OLLAMA_DEFAULT_QUANTIZATION = "Q4_K_M";

/** A parsed Ollama model reference. */
export interface OllamaReference {
  /** The reference as written. */
  input: string;
  /** `registry.ollama.ai`, `hf.co`, or another registry host. */
  registry: string;
  /** `library` for official models, a user or organisation otherwise. */
  namespace: string;
  model: string;
  /** `latest` when none is written. */
  tag: string;
  /** Where the weights come from. */
  source: "ollama-library" | "hugging-face" | "registry";
  /** The size part of the tag (`27b`, `8x7b`, `e4b`, `0.6b`), lower-cased. */
  sizeTag?: string;
  /** The quantization (`Q4_K_M`, `Q8_0`, `F16`, `MXFP4`), as llama.cpp spells it. */
  quantization: string;
  /** True when the tag names none and the default was taken. */
  quantizationAssumed: boolean;
  /** A Gemma 3 quantization-aware-trained tag (`27b-it-qat`): Q4_0 weights trained for it. */
  qat: boolean;
  /** `registry/namespace/model:tag`, the full name Ollama stores. */
  canonical: string;
}

export type OllamaReferenceResult = { ok: true; reference: OllamaReference } | { ok: false; message: string };

/** llama.cpp quantization names, in the spelling this module reports. */
const QUANT_NAMES: readonly string[] = [
  "F32", "F16", "BF16", "Q8_0", "Q6_K", "Q5_K_M", "Q5_K_S", "Q5_1", "Q5_0", "Q4_K_M", "Q4_K_S", "Q4_1", "Q4_0",
  "Q3_K_L", "Q3_K_M", "Q3_K_S", "Q2_K", "Q2_K_S", "IQ4_NL", "IQ4_XS", "IQ3_M", "IQ3_S", "IQ3_XS", "IQ3_XXS",
  "IQ2_M", "IQ2_S", "IQ2_XS", "IQ2_XXS", "IQ1_M", "IQ1_S", "TQ1_0", "TQ2_0", "MXFP4",
];
const QUANT_BY_UPPER: ReadonlyMap<string, string> = new Map([
  ...QUANT_NAMES.map((q): [string, string] => [q, q]),
  ["FP16", "F16"],
  ["FP32", "F32"],
  ["Q4_K", "Q4_K_M"], // llama-quantize aliases
  ["Q5_K", "Q5_K_M"],
  ["Q3_K", "Q3_K_M"],
]);

/** Models whose untagged and size-only tags are not Q4_K_M. */
const MODEL_DEFAULT_QUANTIZATION: ReadonlyMap<string, string> = new Map([["gpt-oss", "MXFP4"]]);

const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i;
const NAME_PART = /^[a-z0-9][a-z0-9._-]{0,79}$/i;
const TAG = /^[a-z0-9_][a-z0-9._-]{0,127}$/i;
const SIZE = /^(?:\d+x)?\d+(?:\.\d+)?[bmkt]$|^e\d+(?:\.\d+)?b$|^a\d+(?:\.\d+)?b$/i;
const HF_HOSTS: ReadonlySet<string> = new Set(["hf.co", "huggingface.co"]);

function fail(input: string, problem: string): { ok: false; message: string } {
  return { ok: false, message: `Ollama model ${quote(input)} ${problem}` };
}

/** The canonical quantization a tag token names, or undefined. */
export function quantizationFromToken(token: string): string | undefined {
  return QUANT_BY_UPPER.get(token.toUpperCase());
}

/** Size, quantization and QAT as the tag's `-`-separated words say them. */
function readTag(tag: string): { sizeTag?: string; quantization?: string; qat: boolean } {
  const words = tag.toLowerCase().split("-");
  const out: { sizeTag?: string; quantization?: string; qat: boolean } = { qat: false };
  for (const word of words) {
    if (out.sizeTag === undefined && SIZE.test(word)) out.sizeTag = word;
    const q = quantizationFromToken(word);
    if (q) out.quantization = q;
    if (word === "qat") out.qat = true;
  }
  return out;
}

/**
 * Parse a model reference as a manifest writes it: `ollama://gemma3:27b`, `gemma3:27b`, `gemma3`,
 * `library/llama3.1:8b-instruct-q8_0`, `registry.ollama.ai/library/qwen2.5:7b`,
 * `hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M`. Pure; never throws.
 */
export function parseOllamaReference(text: string): OllamaReferenceResult {
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
  // A first part with a dot or a port is a host, as for container images.
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

function buildReference(
  input: string,
  registry: string,
  namespace: string,
  model: string,
  tag: string,
  source: OllamaReference["source"],
): OllamaReference {
  const read = readTag(tag);
  let quantization = read.quantization;
  const assumed = quantization === undefined;
  if (quantization === undefined && read.qat) quantization = "Q4_0";
  if (quantization === undefined && source === "hugging-face" && tag !== OLLAMA_DEFAULT_TAG) {
    // hf.co tags are the quantization itself, in whatever spelling the repository uses (UD-Q4_K_XL).
    quantization = tag.toUpperCase();
  }
  quantization ??= MODEL_DEFAULT_QUANTIZATION.get(model.toLowerCase()) ?? OLLAMA_DEFAULT_QUANTIZATION;
  const reference: OllamaReference = {
    input,
    registry,
    namespace,
    model,
    tag,
    source,
    quantization,
    quantizationAssumed: assumed && !read.qat && !(source === "hugging-face" && tag !== OLLAMA_DEFAULT_TAG),
    qat: read.qat,
    canonical: `${registry}/${namespace}/${model}:${tag}`,
  };
  if (read.sizeTag !== undefined) reference.sizeTag = read.sizeTag;
  return reference;
}

// ---------------------------------------------------------------------------------------------
// Bits per weight
// ---------------------------------------------------------------------------------------------

/** Effective bits per weight of a quantization, over all of a model's weights, and where the figure comes from. */
export interface QuantizationBits {
  quantization: string;
  bitsPerWeight: number;
  source: string;
}

const README = "llama.cpp tools/quantize/README.md, Llama-3.1-8B bits/weight";
const QUANT_OPTIONS = "llama.cpp tools/quantize/quantize.cpp QUANT_OPTIONS size for Llama-3-8B";
/** Llama-3-8B and 3.1-8B parameters (meta-llama model.safetensors.index.json: 16,060,522,496 BF16 bytes / 2). */
const LLAMA3_8B_PARAMS = 8_030_261_248;

/** A QUANT_OPTIONS size in GiB as bits per weight of Llama-3-8B (sizes are rounded to 0.01 GiB: ±0.005 bits). */
function fromGib(gib: number): number {
  return Math.round(((gib * 2 ** 30 * 8) / LLAMA3_8B_PARAMS) * 10_000) / 10_000;
}

const BITS: ReadonlyMap<string, { bitsPerWeight: number; source: string }> = new Map([
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
  ["MXFP4", { bitsPerWeight: 5.2637, source: "gpt-oss-20b checkpoint: 13,761,264,768 bytes / 20,914,757,184 parameters" }],
]);

/** Bits per weight of a quantization as real files show them, or undefined for one without a published figure. */
export function quantizationBits(quantization: string): QuantizationBits | undefined {
  const canonical = quantizationFromToken(quantization) ?? quantization;
  const known = BITS.get(canonical);
  return known ? { quantization: canonical, ...known } : undefined;
}

/** The weights of a reference, estimated: parameters × bits per weight / 8, with the assumption stated. */
export interface OllamaWeightsEstimate {
  weightsBytes: number;
  params: number;
  bitsPerWeight: number;
  quantization: string;
  /** One sentence for the report: what was assumed and where the figure comes from. */
  assumption: string;
}

/**
 * Estimate the weight bytes of an Ollama model from its parameter count (from the catalog or a GGUF header)
 * and the quantization its tag means. The figure is a model of the file, not the file: the caller attaches
 * `assumption` to the report. A Gemma 3 QAT file keeps its embeddings wider than Q4_0 and is larger than this says.
 */
export function estimateOllamaWeights(
  reference: OllamaReference,
  facts: { params: number },
): { ok: true; estimate: OllamaWeightsEstimate } | { ok: false; message: string } {
  if (!Number.isSafeInteger(facts.params) || facts.params <= 0) {
    return { ok: false, message: `the parameter count of ${quote(reference.input)} must be a positive integer` };
  }
  const bits = quantizationBits(reference.quantization);
  if (!bits) {
    return {
      ok: false,
      message: `quantization ${quote(reference.quantization)} of ${quote(reference.input)} has no published bits-per-weight figure; give the weight bytes instead`,
    };
  }
  const weightsBytes = Math.round((facts.params * bits.bitsPerWeight) / 8);
  const why = reference.quantizationAssumed
    ? `the tag ${quote(reference.tag)} names no quantization, so ${bits.quantization} (Ollama's default since late 2024; older library models used Q4_0) is assumed`
    : `the tag ${quote(reference.tag)} means ${bits.quantization}${reference.qat ? " (quantization-aware trained)" : ""}`;
  const assumption =
    `weights of ${reference.canonical} estimated as ${groupDigits(facts.params)} parameters × ${bits.bitsPerWeight} bits / 8 = ` +
    `${groupDigits(weightsBytes)} bytes: ${why}; bits per weight from ${bits.source}`;
  return { ok: true, estimate: { weightsBytes, params: facts.params, bitsPerWeight: bits.bitsPerWeight, quantization: bits.quantization, assumption } };
}

// ---------------------------------------------------------------------------------------------
// Context window
// ---------------------------------------------------------------------------------------------

const GIB = 2 ** 30;

/** One VRAM tier of the v0.15.5 default: below `belowVramBytes` of total VRAM, `contextTokens`. */
export interface VramTier {
  /** Exclusive upper bound; null for the last tier. As in code: 23 and 47 GiB (the docs say 24 and 48). */
  belowVramBytes: number | null;
  contextTokens: number;
}

export const OLLAMA_VRAM_TIERS: readonly VramTier[] = Object.freeze([
  { belowVramBytes: 23 * GIB, contextTokens: 4096 },
  { belowVramBytes: 47 * GIB, contextTokens: 32768 },
  { belowVramBytes: null, contextTokens: 262144 },
]);

export interface OllamaContextInput {
  /** The Ollama version (`0.6.7`, `v0.15.5`, `0.15.5-rc3`); unknown means the current behaviour. */
  version?: string;
  /** The server's `OLLAMA_CONTEXT_LENGTH`, as written. */
  contextLengthEnv?: string;
  /** A Modelfile's `PARAMETER num_ctx`. */
  modelfileNumCtx?: number;
  /** A request's `options.num_ctx`. */
  requestNumCtx?: number;
  /** Total VRAM of the GPUs Ollama sees, for the v0.15.5 tiers. */
  totalVramBytes?: number;
  /** The model's trained context (`{arch}.context_length`): Ollama clamps to it. */
  modelContextTokens?: number;
}

export interface OllamaContext {
  /** The context window the model gets, or null when it depends on VRAM that was not given (see `tiers`). */
  contextTokens: number | null;
  /** Where it comes from: `request options.num_ctx`, `Modelfile num_ctx`, `OLLAMA_CONTEXT_LENGTH`, `default`. */
  source: "request" | "modelfile" | "environment" | "default";
  /** The v0.15.5 tiers, when the default depends on VRAM. */
  tiers?: readonly VramTier[];
  /** Whether the context was clamped to the model's trained context. */
  clamped: boolean;
  /** Sentences for the report. */
  notes: string[];
}

/** `0.15.5-rc3` → [0, 15, 5]; a pre-release counts as its release (0.15.5's release candidates had the tiers). */
function parseVersion(version: string): [number, number, number] | undefined {
  const match = /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?(?:[-+.][0-9a-z.+-]*)?$/i.exec(version.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

function atLeast(v: [number, number, number], min: [number, number, number]): boolean {
  for (let i = 0; i < 3; i++) {
    if ((v[i] ?? 0) !== (min[i] ?? 0)) return (v[i] ?? 0) > (min[i] ?? 0);
  }
  return true;
}

/** The default context of an Ollama version, with the VRAM tiers when it has them. */
function versionDefault(input: OllamaContextInput, notes: string[]): { contextTokens: number | null; tiers?: readonly VramTier[] } {
  const version = input.version === undefined ? undefined : parseVersion(input.version);
  if (input.version !== undefined && !version) notes.push(`Ollama version ${quote(input.version)} is not a version number; the current default is assumed`);
  if (version && !atLeast(version, [0, 6, 7])) return { contextTokens: 2048 };
  if (version && !atLeast(version, [0, 15, 5])) return { contextTokens: 4096 };
  if (!version) notes.push("Ollama version unknown: the default of v0.15.5 and later (by total VRAM) is assumed");
  const vram = input.totalVramBytes;
  if (vram === undefined || !Number.isFinite(vram) || vram < 0) return { contextTokens: null, tiers: OLLAMA_VRAM_TIERS };
  const tier = OLLAMA_VRAM_TIERS.find((t) => t.belowVramBytes === null || vram < t.belowVramBytes);
  return { contextTokens: tier?.contextTokens ?? 4096, tiers: OLLAMA_VRAM_TIERS };
}

function positiveInt(value: number | undefined): number | undefined {
  return value !== undefined && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** `OLLAMA_CONTEXT_LENGTH` as Ollama reads it: an unsigned integer, quotes and spaces trimmed; 0 or junk means unset. */
function envContext(raw: string | undefined, notes: string[]): number | undefined {
  if (raw === undefined) return undefined;
  const cleaned = raw.trim().replace(/^["']|["']$/g, "").trim();
  if (cleaned === "") return undefined;
  if (!/^\d{1,10}$/.test(cleaned) || Number(cleaned) === 0) {
    notes.push(`OLLAMA_CONTEXT_LENGTH=${quote(raw, 40)} is not a positive integer; Ollama's default applies`);
    return undefined;
  }
  return Number(cleaned);
}

/**
 * The context window Ollama gives a model: the request's `num_ctx`, else the Modelfile's, else
 * `OLLAMA_CONTEXT_LENGTH`, else the version's default (2048 before v0.6.7, 4096 from it, by VRAM from
 * v0.15.5); clamped to the model's trained context when that is given. Pure; never throws.
 */
export function ollamaContext(input: OllamaContextInput = {}): OllamaContext {
  const notes: string[] = [];
  const request = positiveInt(input.requestNumCtx);
  const modelfile = positiveInt(input.modelfileNumCtx);
  const env = envContext(input.contextLengthEnv, notes);
  let chosen: number | null;
  let source: OllamaContext["source"];
  let tiers: readonly VramTier[] | undefined;
  if (request !== undefined) [chosen, source] = [request, "request"];
  else if (modelfile !== undefined) [chosen, source] = [modelfile, "modelfile"];
  else if (env !== undefined) [chosen, source] = [env, "environment"];
  else {
    const d = versionDefault(input, notes);
    [chosen, source, tiers] = [d.contextTokens, "default", d.tiers];
    if (chosen === null) notes.push("Ollama picks the default context by total VRAM: 4,096 tokens below 24 GiB, 32,768 to 48 GiB, 262,144 above");
  }
  let clamped = false;
  const trained = positiveInt(input.modelContextTokens);
  if (chosen !== null && trained !== undefined && chosen > trained) {
    notes.push(`Ollama clamps num_ctx ${groupDigits(chosen)} to the model's trained context of ${groupDigits(trained)} tokens`);
    chosen = trained;
    clamped = true;
  }
  const result: OllamaContext = { contextTokens: chosen, source, clamped, notes };
  if (tiers) result.tiers = tiers;
  return result;
}

/** Parse `PARAMETER num_ctx N` from a Modelfile's text; the last one wins, as Ollama applies them in order. */
export function modelfileNumCtx(modelfile: string): number | undefined {
  let found: number | undefined;
  for (const line of modelfile.slice(0, 1_000_000).split(/\r?\n/)) {
    const match = /^\s*PARAMETER\s+num_ctx\s+(\d{1,10})\s*$/i.exec(line);
    if (match) found = Number(match[1]);
  }
  return found !== undefined && found > 0 ? found : undefined;
}
