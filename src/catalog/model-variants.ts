import { isDeepStrictEqual } from "node:util";
import { PRECISION_BITS, type Precision } from "../physics/precision.js";
import { MODELS } from "./models.js";
import { precisionFromModelName, type NamePrecision } from "./precision-from-name.js";
import { modelLookup } from "./lookups.js";
import type { ModelSpec } from "./types.js";
import { quote } from "../base/text.js";

/**
 * Model ids as deployments write them are often variants of a catalog model: a third party's
 * quantized repository (`hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4`), a storage location
 * (`pvc://models/meta-llama/Llama-3.1-8B-Instruct`, `s3://bucket/llm/Mistral-7B-Instruct-v0.3/`),
 * a local path or an Ollama tag. `resolveModelVariant` reads such an id as a catalog entry and the
 * precision its name announces, and says how, so that a report can show its reasoning.
 *
 * It never guesses: a name is matched to a catalog name only when, once the organisation and the
 * quantization / format / chat-tuning tokens are set aside, it holds every token of that catalog
 * name and nothing the catalog does not say about that model. Fine-tunes with words of their own
 * (`-abliterated`, `-1M`, `-VL`), other versions (`Qwen1.5-7B`, `Mistral-7B-Instruct-v0.2`) and
 * names without the version that tells models apart (`gemma-2b`) stay unresolved.
 */
export interface VariantResolution {
  model: ModelSpec;
  /** Precision the id implies (e.g. -AWQ → int4), or undefined when it implies none. */
  impliedPrecision?: Precision;
  /** For reports: e.g. `"hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4" read as meta-llama/Llama-3.1-70B-Instruct quantized to INT4 (…)`. */
  how: string;
}

// ---------------------------------------------------------------------------------------------
// Locations: from a URI or path to the repository name it holds

interface Located {
  /** Organisation, when the location names one (`meta-llama` in `hf://meta-llama/Llama-3.1-8B`). */
  org?: string;
  /** Repository name without revision or tag. */
  name: string;
  /** An Ollama/OCI tag (`:70b-instruct-q4_K_M`) that names a size, kept as part of the name. */
  sizeTag?: string;
  /** Where the name came from, when it was not written as a plain `org/name`. */
  from?: "path" | "location" | "URL";
}

/** `70b`, `3.8b`, `8x7b`, `1m`: a parameter count (or, for `1m`, a context length), the thing a tag must name to be kept. */
const SIZE = /^(\d+(\.\d+)?[bm]|\d+x\d+(\.\d+)?b)$/;

function segmentsOf(path: string): string[] {
  return path.split("/").filter((s) => s !== "" && s !== "." && s !== "..");
}

/** The Hugging Face cache names a repository `models--org--name`. */
function fromHfCache(segments: string[]): { org?: string; name: string } | undefined {
  const cache = segments.find((s) => /^models--.+/.test(s));
  if (!cache) return undefined;
  const parts = cache.slice("models--".length).split("--").filter((p) => p !== "");
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? { name: parts[0]! } : { org: parts[0]!, name: parts.slice(1).join("--") };
}

/** The last one or two segments as org/name. */
function lastTwo(segments: string[]): { org?: string; name: string } | undefined {
  const name = segments.at(-1);
  if (name === undefined) return undefined;
  const org = segments.length >= 2 ? segments.at(-2) : undefined;
  return org === undefined ? { name } : { org, name };
}

function locate(id: string): Located | undefined {
  const text = id.trim().replace(/\\/g, "/");
  if (text === "") return undefined;
  let repo: { org?: string; name: string } | undefined;
  let from: Located["from"];
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(text);
  const hfHost = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/(.*)$/i.exec(text);
  if (hfHost) {
    // huggingface.co/org/name[/tree/main/…]
    const segments = segmentsOf(hfHost[1]!);
    repo = segments.length >= 2 ? { org: segments[0]!, name: segments[1]! } : lastTwo(segments);
    from = "URL";
  } else if (scheme) {
    const kind = scheme[1]!.toLowerCase();
    const segments = segmentsOf(scheme[2]!);
    if (kind === "hf" || kind === "huggingface") {
      repo = segments.length >= 2 ? { org: segments[0]!, name: segments[1]! } : lastTwo(segments);
    } else {
      // pvc://claim/…, s3://bucket/…, gs://bucket/…, oci://registry/…, https://host/…: the first
      // segment is the claim, bucket or host; the repository is at the end of the path.
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
  if (!repo) return undefined;

  let name = repo.name;
  // `org/name@revision`
  const at = name.indexOf("@");
  if (at > 0) name = name.slice(0, at);
  // `name:tag`: an Ollama tag that names a size (`llama3.1:70b-instruct-q4_K_M`) is part of the
  // name; any other tag (`:latest`, `:v1.2`, `:Q4_K_M`) only says which build.
  let sizeTag: string | undefined;
  const colon = name.indexOf(":");
  if (colon > 0) {
    const tag = name.slice(colon + 1);
    name = name.slice(0, colon);
    if (tag.toLowerCase().split(/[-_]/).some((t) => SIZE.test(t))) sizeTag = tag;
  }
  if (name === "") return undefined;
  const located: Located = { name };
  if (repo.org !== undefined && repo.org !== "") located.org = repo.org;
  if (sizeTag !== undefined) located.sizeTag = sizeTag;
  if (from !== undefined) located.from = from;
  return located;
}

// ---------------------------------------------------------------------------------------------
// Names: tokens that tell models apart

/** Quantization and file-format tokens: they say how weights are stored, not which model they are. */
const FORMAT_TOKENS = new Set([
  "fp8", "fp4", "fp16", "bf16", "fp32", "f16", "f32", "int8", "int4", "int3", "int2", "nf4",
  "awq", "gptq", "gguf", "ggml", "exl2", "exl3", "mlx", "bnb", "marlin", "hqq", "aqlm", "eetq", "fbgemm",
  "quantized", "quant", "quants", "dynamic", "static", "kv", "compressed", "tensors", "modelopt", "ptpc",
  "nvfp4", "mxfp4", "w8a8", "w4a16", "w8a16", "w4a4", "w4a8", "actorder", "imatrix", "i1",
  "ov", "openvino", "onnx", "unsloth", "qat", "unquantized",
]);
const FORMAT_PATTERNS = [/^\d+bit$/, /^\d+(\.\d+)?bpw$/, /^h\d+$/, /^g\d+$/, /^\d+g$/];
/** Chat/instruction tuning and base/pretrained markers: same tensor layout. */
const TUNING_TOKENS = new Set(["instruct", "chat", "it", "hf", "base", "pt"]);
/** GGUF quant types (`Q4_K_M`, `IQ2_XXS`, `Q8_0`), which hold underscores of their own. */
const GGUF_QUANT = /(^|[-_.])i?q\d+(?:_(?:k|m|s|l|xs|xxs|xl|nl|0|1))*(?=$|[-_.])/gi;
const VERSION = /^v?\d+(\.\d+)*$/;

function isNoise(token: string): boolean {
  return FORMAT_TOKENS.has(token) || TUNING_TOKENS.has(token) || FORMAT_PATTERNS.some((p) => p.test(token));
}

interface Tokens {
  /** Tokens that identify the model, lowercase, in order. */
  kept: string[];
  /** What was set aside, as written. */
  dropped: string[];
}

/** Tokens of a repository name (no organisation), with quantization, format and tuning tokens set aside. */
function tokenize(name: string): Tokens {
  const dropped: string[] = [];
  const text = name.replace(GGUF_QUANT, (match: string, separator: string) => {
    dropped.push(match.slice(separator.length));
    return separator;
  });
  const kept: string[] = [];
  for (const raw of text.split(/[-_\s:]+/)) {
    if (raw === "") continue;
    let token = raw.toLowerCase();
    if (isNoise(token)) {
      dropped.push(raw);
      continue;
    }
    // Dots separate versions (`3.1`, `v0.3`) but also formats (`quantized.w8a8`, `chat.Q4_K_M.gguf`).
    if (token.includes(".") && !VERSION.test(token) && !SIZE.test(token)) {
      const parts = raw.split(".").filter((p) => p !== "");
      const rest = parts.filter((p) => !isNoise(p.toLowerCase()));
      dropped.push(...parts.filter((p) => isNoise(p.toLowerCase())));
      if (rest.length === 0) continue;
      token = rest.join(".").toLowerCase();
    }
    // `llama3.1` reads as `llama 3.1`, `gemma2` as `gemma 2`, so both spellings compare alike.
    const joined = /^([a-z]{2,})(\d+(?:\.\d+)*[bm]?)$/.exec(token);
    if (joined) kept.push(joined[1]!, joined[2]!);
    else kept.push(token);
  }
  // `Meta-Llama-3.1-8B` is `Llama-3.1-8B`.
  const llama = kept.indexOf("meta");
  if (llama >= 0 && kept[llama + 1] === "llama") kept.splice(llama, 1);
  return { kept, dropped };
}

function versionsOf(tokens: readonly string[]): string {
  return tokens.filter((t) => VERSION.test(t)).join(" ");
}

// ---------------------------------------------------------------------------------------------
// The catalog's names, tokenized once

interface IndexedName {
  model: ModelSpec;
  /** The catalog id or alias, as written. */
  name: string;
  tokens: string[];
}

interface Index {
  names: IndexedName[];
  /** Every token any indexed name of a model holds. */
  vocabulary: Map<ModelSpec, Set<string>>;
}

let index: Index | undefined;

function repositoryName(name: string): string {
  return name.slice(name.lastIndexOf("/") + 1);
}

function catalogIndex(): Index {
  if (index) return index;
  const names: IndexedName[] = [];
  const vocabulary = new Map<ModelSpec, Set<string>>();
  for (const model of MODELS) {
    const words = new Set<string>();
    for (const name of [model.id, ...model.aliases]) {
      // Ollama names (`llama3`, `qwen2.5`, `mistral:7b`, `deepseek-r1:7b`) stand for whatever
      // Ollama's default is: an exact lookup honours them, but a repository called `acme/llama3` is
      // not read as Llama 3 8B, nor `TheBloke/Mistral-7B-Instruct-GPTQ` as v0.3.
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

/** Does `outer` hold every token of `inner` (with multiplicity)? */
function holds(outer: readonly string[], inner: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const t of outer) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of inner) {
    const n = counts.get(t) ?? 0;
    if (n === 0) return false;
    counts.set(t, n - 1);
  }
  return true;
}

interface Match {
  entry: IndexedName;
  /** Same tokens, not just a superset of them. */
  exact: boolean;
}

function matchesOf(tokens: readonly string[]): Match[] {
  const { names, vocabulary } = catalogIndex();
  const found: Match[] = [];
  for (const entry of names) {
    if (!holds(tokens, entry.tokens)) continue;
    // Every other token must be one the catalog uses for this model (`Mistral-Nemo-12B-Instruct-2407`
    // holds `mistral-nemo-12b`, and 2407 is in `Mistral-Nemo-Instruct-2407`); an unknown word makes
    // it another model or a fine-tune.
    const words = vocabulary.get(entry.model)!;
    if (!tokens.every((t) => words.has(t))) continue;
    found.push({ entry, exact: tokens.length === entry.tokens.length });
  }
  return found;
}

/** One match per model, the exact one (then the longest) first. */
function byModel(matches: readonly Match[]): Match[] {
  const best = new Map<ModelSpec, Match>();
  for (const m of matches) {
    const held = best.get(m.entry.model);
    if (!held || (m.exact && !held.exact) || (m.exact === held.exact && m.entry.tokens.length > held.entry.tokens.length)) {
      best.set(m.entry.model, m);
    }
  }
  return MODELS.filter((model) => best.has(model)).map((model) => best.get(model)!);
}

function physicallyAlike(a: ModelSpec, b: ModelSpec): boolean {
  return (
    isDeepStrictEqual(a.architecture, b.architecture) &&
    a.maxContextTokens === b.maxContextTokens &&
    a.nativePrecision === b.nativePrecision
  );
}

/**
 * The model the matches point to: exact matches before partial ones, then names with the
 * candidate's version; several models remain only when they are physically the same (same
 * architecture, context length and native precision), and then the first is taken.
 */
function decide(tokens: readonly string[], matches: readonly Match[]): { match: Match; alike: ModelSpec[] } | null {
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

// ---------------------------------------------------------------------------------------------
// Resolution

function quoteList(items: readonly string[]): string {
  return items.map((i) => `${quote(i)}`).join(", ");
}

function precisionClause(model: ModelSpec, implied: NamePrecision | null): string {
  if (!implied) return "";
  const why = `${quote(implied.token)} in the name: ${implied.note}`;
  const width = implied.precision.toUpperCase();
  return PRECISION_BITS[implied.precision] < PRECISION_BITS[model.nativePrecision]
    ? ` quantized to ${width} (${why})`
    : ` with ${width} weights (${why})`;
}

function resolution(id: string, model: ModelSpec, implied: NamePrecision | null, basis: string): VariantResolution {
  const result: VariantResolution = { model, how: `${quote(id)} read as ${model.id}${precisionClause(model, implied)}: ${basis}` };
  if (implied) result.impliedPrecision = implied.precision;
  return result;
}

function exactBasis(model: ModelSpec, name: string): string {
  return model.id.toLowerCase() === name.trim().toLowerCase() ? "catalog id" : `catalog alias ${name.trim()}`;
}

function resolve(id: string): VariantResolution | null {
  // 1. The id as written.
  const direct = modelLookup.find(id);
  if (direct) return resolution(id, direct, precisionFromModelName(id), exactBasis(direct, id));

  const located = locate(id);
  if (!located) return null;
  const nameWithTag = located.sizeTag ? `${located.name}:${located.sizeTag}` : located.name;
  const repo = located.org ? `${located.org}/${nameWithTag}` : nameWithTag;
  // The tag is split like the rest of the name, so `…:8b-instruct-fp8` says FP8.
  const implied = precisionFromModelName(repo.replace(/:/g, "-"));
  const where = located.from ? ` (repository ${quote(repo)} taken from the ${located.from})` : "";

  // 2. The repository a location holds, when it is itself a catalog id or alias.
  if (located.org || located.sizeTag) {
    const found = modelLookup.find(repo);
    if (found) return resolution(id, found, implied, `${exactBasis(found, repo)}${where}`);
  }

  // 3. The repository name, without organisation, formats and tuning, against every catalog name.
  const { kept, dropped } = tokenize(nameWithTag);
  if (kept.length === 0) return null;
  const decided = decide(kept, matchesOf(kept));
  if (!decided) return null;
  const { match, alike } = decided;
  const setAside = [
    ...(located.org ? [`${located.from === "path" || located.from === "location" ? "folder" : "organisation"} ${quote(located.org)}`] : []),
    ...(dropped.length > 0 ? [`${dropped.length === 1 ? "token" : "tokens"} ${quoteList(dropped)}`] : []),
  ];
  const extra = [...kept];
  for (const t of match.entry.tokens) extra.splice(extra.indexOf(t), 1);
  let basis =
    (located.from ? `repository ${quote(repo)} taken from the ${located.from}; ` : "") +
    `name ${quote(nameWithTag)} ${match.exact ? "matches" : "holds"} catalog name ${match.entry.name}` +
    (setAside.length > 0 ? ` with ${setAside.join(" and ")} set aside` : "");
  if (extra.length > 0) basis += `; its other ${extra.length === 1 ? "token" : "tokens"} ${quoteList(extra)} also ${extra.length === 1 ? "names" : "name"} ${match.entry.model.id} in the catalog`;
  if (alike.length > 0) basis += `; ${alike.map((m) => m.id).join(", ")} ${alike.length === 1 ? "has" : "have"} the same architecture, context length and precision`;
  return resolution(id, match.entry.model, implied, basis);
}

/**
 * Read a model id as written in a deployment (Hugging Face repository, storage URI, local path,
 * Ollama tag) as a catalog model and the precision its name implies. Null when no catalog model
 * matches with confidence: unknown names, fine-tunes, other versions, and names that fit models of
 * different shapes. Never throws.
 */
export function resolveModelVariant(id: string): VariantResolution | null {
  if (typeof id !== "string") return null;
  try {
    return resolve(id);
  } catch {
    return null;
  }
}
