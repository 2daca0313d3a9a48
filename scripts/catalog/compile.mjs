// Compiles the model catalog's data (catalog/models/<org>--<name>/{card.json,config.json}) into
// src/catalog/catalog.generated.json, which src/catalog/models.ts reads. Run by scripts/build.mjs;
// `node scripts/catalog/compile.mjs --check` exits 1 when the generated file is out of date.
// The card holds what the publisher states (names, official counts, sources, context overrides, measured
// checkpoint facts); config.json is the checkpoint's own file. Nothing here interprets the config: the
// architecture is read from it at load time by the same reader the Hub path uses.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const MODELS_DIR = join(REPO_ROOT, "catalog", "models");
export const GENERATED_PATH = join(REPO_ROOT, "src", "catalog", "catalog.generated.json");

const CARD_KEYS = new Set(["id", "name", "family", "aliases", "official", "configSource", "maxContextTokens", "checkpoint", "nativePrecision"]);
const PRECISIONS = new Set(["fp32", "fp16", "bf16", "fp8", "int8", "fp4", "int4"]);

class CatalogError extends Error {}

function fail(where, problem) {
  throw new CatalogError(`${where}: ${problem}`);
}

function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function requireString(where, value, field) {
  if (typeof value !== "string" || value.trim() === "") fail(where, `${field} must be a non-empty string`);
}

function requirePositiveInteger(where, value, field) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) fail(where, `${field} must be a positive integer`);
}

function requireCount(where, value, field) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) fail(where, `${field} must be an integer ≥ 0`);
}

/** The checkpoint facts the estimate takes (src/catalog/checkpoint-facts.ts): all of them, or none. */
const ESTIMATE_FACTS = ["precision", "weightsBytes", "bytesByDtype", "paramsTotal", "paramsActive", "bytesReadPerToken"];

const CHECKPOINT_KEYS = new Set(["format", "quantization", "files", "bytesByDtype", "source", ...ESTIMATE_FACTS, "quantBits"]);

function checkCheckpoint(where, checkpoint) {
  if (!isObject(checkpoint)) fail(where, "checkpoint must be an object");
  for (const key of Object.keys(checkpoint)) if (!CHECKPOINT_KEYS.has(key)) fail(where, `unknown checkpoint field "${key}"`);
  requireString(where, checkpoint.format, "checkpoint.format");
  requireString(where, checkpoint.quantization, "checkpoint.quantization");
  requireString(where, checkpoint.source, "checkpoint.source");
  if (checkpoint.files !== undefined) requirePositiveInteger(where, checkpoint.files, "checkpoint.files");
  if (checkpoint.weightsBytes !== undefined) requirePositiveInteger(where, checkpoint.weightsBytes, "checkpoint.weightsBytes");
  if (checkpoint.bytesByDtype !== undefined) {
    if (!isObject(checkpoint.bytesByDtype)) fail(where, "checkpoint.bytesByDtype must be an object of dtype → bytes");
    for (const [dtype, bytes] of Object.entries(checkpoint.bytesByDtype)) requirePositiveInteger(where, bytes, `checkpoint.bytesByDtype.${dtype}`);
  }
  for (const field of ["quantBits", "paramsTotal", "paramsActive", "bytesReadPerToken"]) {
    if (checkpoint[field] !== undefined) requireCount(where, checkpoint[field], `checkpoint.${field}`);
  }
  if (checkpoint.precision !== undefined && !PRECISIONS.has(checkpoint.precision)) {
    fail(where, `checkpoint.precision must be one of ${[...PRECISIONS].join(", ")}`);
  }
  const given = ESTIMATE_FACTS.filter((field) => checkpoint[field] !== undefined);
  const estimateFacts = ["precision", "paramsTotal", "paramsActive", "bytesReadPerToken"].some((field) => checkpoint[field] !== undefined);
  if (!estimateFacts) return;
  if (given.length !== ESTIMATE_FACTS.length) {
    fail(where, `checkpoint facts for the estimate need all of ${ESTIMATE_FACTS.join(", ")}; missing ${ESTIMATE_FACTS.filter((f) => !given.includes(f)).join(", ")}`);
  }
  if (!["safetensors", "gguf", "pytorch"].includes(checkpoint.format)) fail(where, "checkpoint.format must be safetensors, gguf or pytorch");
  const sum = Object.values(checkpoint.bytesByDtype).reduce((a, b) => a + b, 0);
  if (sum !== checkpoint.weightsBytes) fail(where, `checkpoint.bytesByDtype sums to ${sum}, not checkpoint.weightsBytes ${checkpoint.weightsBytes}`);
  if (checkpoint.paramsActive > checkpoint.paramsTotal) fail(where, "checkpoint.paramsActive exceeds checkpoint.paramsTotal");
  if (checkpoint.bytesReadPerToken > checkpoint.weightsBytes) fail(where, "checkpoint.bytesReadPerToken exceeds checkpoint.weightsBytes");
  // Only measured facts feed the estimate: a published figure (its address) or a count over the real tensor layout.
  if (!/https?:\/\/|countSafetensors/.test(checkpoint.source)) {
    fail(where, "checkpoint.source must name the public source of the figures (a URL) or say they were computed by countSafetensors over the real tensor list");
  }
}

/** The folder name for a Hugging Face id: `org/name` → `org--name`. */
export function folderNameOf(id) {
  return id.replace("/", "--");
}

function checkCard(where, card, folder) {
  if (!isObject(card)) fail(where, "card.json must be a JSON object");
  for (const key of Object.keys(card)) if (!CARD_KEYS.has(key)) fail(where, `unknown card field "${key}"`);
  requireString(where, card.id, "id");
  if (folderNameOf(card.id) !== folder) fail(where, `the folder must be named "${folderNameOf(card.id)}" for id "${card.id}"`);
  requireString(where, card.name, "name");
  requireString(where, card.family, "family");
  if (!Array.isArray(card.aliases) || card.aliases.some((alias) => typeof alias !== "string" || alias.trim() === "")) {
    fail(where, "aliases must be a list of non-empty strings");
  }
  const official = card.official;
  if (!isObject(official)) fail(where, "official must be an object { paramsTotal, paramsActive?, source }");
  requirePositiveInteger(where, official.paramsTotal, "official.paramsTotal");
  if (official.paramsActive !== undefined) requirePositiveInteger(where, official.paramsActive, "official.paramsActive");
  if (official.visionParams !== undefined) requirePositiveInteger(where, official.visionParams, "official.visionParams");
  requireString(where, official.source, "official.source");
  const source = card.configSource;
  if (!isObject(source)) fail(where, "configSource must be an object { url, verbatim, note? }");
  requireString(where, source.url, "configSource.url");
  if (typeof source.verbatim !== "boolean") fail(where, "configSource.verbatim must be true or false");
  if (!source.verbatim) requireString(where, source.note, "configSource.note (say how config.json was written)");
  if (card.maxContextTokens !== undefined) {
    if (!isObject(card.maxContextTokens)) fail(where, "maxContextTokens must be an object { tokens, reason }");
    requirePositiveInteger(where, card.maxContextTokens.tokens, "maxContextTokens.tokens");
    requireString(where, card.maxContextTokens.reason, "maxContextTokens.reason");
  }
  if (card.nativePrecision !== undefined && !PRECISIONS.has(card.nativePrecision)) {
    fail(where, `nativePrecision must be one of ${[...PRECISIONS].join(", ")}`);
  }
  if (card.checkpoint !== undefined) checkCheckpoint(where, card.checkpoint);
}

function readJson(path, where) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    fail(where, `cannot read ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(where, `${path} is not valid JSON (${error.message})`);
  }
}

/** Every model folder's card and config, sorted by id (code-unit order, independent of locale). */
export function readCatalogFolders(modelsDir = MODELS_DIR) {
  const folders = readdirSync(modelsDir).filter((name) => statSync(join(modelsDir, name)).isDirectory());
  const entries = folders.map((folder) => {
    const where = `catalog/models/${folder}`;
    const card = readJson(join(modelsDir, folder, "card.json"), where);
    checkCard(where, card, folder);
    const config = readJson(join(modelsDir, folder, "config.json"), where);
    if (!isObject(config)) fail(where, "config.json must be a JSON object");
    return { ...card, config };
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const owner = new Map();
  for (const entry of entries) {
    for (const name of [entry.id, ...entry.aliases]) {
      const key = name.toLowerCase();
      if (owner.has(key)) fail(`catalog/models/${folderNameOf(entry.id)}`, `"${name}" is already a name of ${owner.get(key)}`);
      owner.set(key, entry.id);
    }
  }
  return entries;
}

/** The generated file's text: stable (sorted entries, two-space JSON, trailing newline). */
export function compileCatalog(modelsDir = MODELS_DIR) {
  const document = {
    $comment: "Generated by scripts/catalog/compile.mjs from catalog/models/*/{card,config}.json. Do not edit; run npm run build.",
    models: readCatalogFolders(modelsDir),
  };
  return JSON.stringify(document, null, 2) + "\n";
}

function main(argv) {
  const text = compileCatalog();
  let current = null;
  try {
    current = readFileSync(GENERATED_PATH, "utf8");
  } catch {
    current = null;
  }
  if (argv.includes("--check")) {
    if (current !== text) {
      process.stderr.write(`${GENERATED_PATH} is out of date: run node scripts/catalog/compile.mjs\n`);
      process.exit(1);
    }
    return;
  }
  if (current !== text) writeFileSync(GENERATED_PATH, text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    process.stderr.write(`catalog: ${error.message}\n`);
    process.exit(1);
  }
}
