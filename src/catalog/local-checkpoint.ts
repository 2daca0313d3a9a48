import { lstatSync, readdirSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import type { ModelCheckpoint } from "../base/model-input.js";
import { quote } from "../base/text.js";
import { checkpointConfigFromJson, countSafetensors } from "../checkpoint/count.js";
import { architectureFromGguf, ggufFacts, parseGgufHeader } from "../checkpoint/gguf.js";
import { quantizationOfFileType } from "../checkpoint/ggml-types.js";
import { checkpointFromFileSizes, modelCheckpointFromCount } from "../checkpoint/model-checkpoint.js";
import { headerLength, parseSafetensorsHeader, SAFETENSORS_MAX_HEADER_BYTES } from "../checkpoint/safetensors.js";
import type { TensorInfo } from "../checkpoint/types.js";
import { ggufQuantization, pickWeightSet, type TreeFile } from "../checkpoint/weight-set.js";
import type { Architecture } from "../physics/architecture.js";
import type { Precision } from "../physics/precision.js";
import { readGuarded, readGuardedHead } from "../read/guarded-file.js";

/**
 * The weights of a checkpoint that lies in the repository, beside its config.json: the same one
 * weight set the Hub path picks (checkpoint/weight-set.ts), each safetensors header read from the
 * file's head only (the files are gigabytes), through the guarded reader — inside the repository,
 * regular files, no link followed out. A Git LFS pointer (a checkout without the LFS objects)
 * gives its size, not its header. See docs/models.md#local-checkpoints.
 */

export type LocalCheckpoint = { ok: true; checkpoint: ModelCheckpoint | null; notes: string[] } | { ok: false; message: string };

const MAX_INDEX_BYTES = 10_000_000;
const MAX_FILES_LISTED = 10_000;
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\s+oid sha256:[0-9a-f]{64}\s+size (\d+)\s*$/;

/** The regular files of a folder, with their sizes (symlinks are checked when opened). */
function listFolder(dir: string): TreeFile[] {
  const files: TreeFile[] = [];
  for (const name of readdirSync(dir).slice(0, MAX_FILES_LISTED)) {
    try {
      const stats = lstatSync(join(dir, name));
      if (stats.isFile() || stats.isSymbolicLink()) files.push({ path: name, sizeBytes: stats.size });
    } catch {
      // Gone since the listing: not a weight file.
    }
  }
  return files;
}

/** A Git LFS pointer's stated size, when the file is one. */
function lfsPointerSize(head: Buffer): number | null {
  if (head.length > 200) return null;
  const match = LFS_POINTER.exec(head.toString("utf8"));
  return match ? Number(match[1]) : null;
}

type ShardRead = { kind: "tensors"; tensors: TensorInfo[]; warnings: string[] } | { kind: "pointer"; sizeBytes: number } | { kind: "problem"; message: string };

function readShard(dir: string, name: string, root: string | null): ShardRead {
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

/** The shard names an index's weight_map holds, or why it cannot be read. */
function indexShards(dir: string, name: string, root: string | null): { ok: true; shards: string[] } | { ok: false; message: string } {
  const read = readGuarded(join(dir, name), { root, maxBytes: MAX_INDEX_BYTES });
  if (!read.ok) return { ok: false, message: `${name} ${read.message}` };
  if (lfsPointerSize(read.bytes) !== null) return { ok: false, message: `${name} is a Git LFS pointer` };
  let value: unknown;
  try {
    value = JSON.parse(read.bytes.toString("utf8"));
  } catch {
    return { ok: false, message: `${name} is not valid JSON` };
  }
  const map = (value as { weight_map?: unknown } | null)?.weight_map;
  if (!map || typeof map !== "object" || Array.isArray(map)) return { ok: false, message: `${name} has no weight_map` };
  return { ok: true, shards: [...new Set(Object.values(map as Record<string, unknown>).filter((v): v is string => typeof v === "string"))].sort() };
}

/**
 * The checkpoint in `dir`, read against `config` (the folder's config.json, parsed). No weight
 * files is no error: the config alone gives the architecture (`checkpoint: null`).
 */
export function readLocalCheckpoint(
  dir: string,
  config: unknown,
  context: { root: string | null; shownDir: string; architecture: Architecture; nativePrecision?: Precision | undefined },
): LocalCheckpoint {
  let files: TreeFile[];
  try {
    files = listFolder(dir);
  } catch {
    return { ok: true, checkpoint: null, notes: [] };
  }
  const set = pickWeightSet(files);
  const shown = (name: string) => `${context.shownDir}/${name}`;
  if (set.format === "none") return { ok: true, checkpoint: null, notes: [] };
  if (set.format === "gguf" || set.format === "pytorch") {
    const chosen = set.files;
    if (chosen.length === 0) return { ok: true, checkpoint: null, notes: [`${context.shownDir} holds several GGUF files and none is Q4_K_M: their sizes are not counted`] };
    let paramsTotal: number | undefined;
    if (set.format === "gguf") {
      const head = readGuardedHead(join(dir, chosen[0]!.path), { root: context.root, headBytes: 16 * 1024 * 1024 });
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
      ...(paramsTotal ? { paramsTotal } : {}),
    });
    return { ok: true, checkpoint, notes: [] };
  }
  let shards = set.shards.map((f) => f.path);
  if (set.index) {
    const index = indexShards(dir, set.index.path, context.root);
    if (!index.ok) return { ok: false, message: `${shown(set.index.path)}: ${index.message.replace(`${set.index.path} `, "")}` };
    const present = new Set(files.map((f) => f.path));
    const missing = index.shards.filter((s) => !present.has(s));
    if (missing.length > 0) return { ok: false, message: `${shown(set.index.path)} names ${missing.length} shard(s) the folder does not hold, e.g. ${quote(missing[0]!)}` };
    shards = index.shards;
  }
  const tensors: TensorInfo[] = [];
  const notes: string[] = set.warning ? [set.warning] : [];
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
    // Sizes without headers: the bytes are the files' (headers included), parameters from the config.
    if (pointers < shards.length) return { ok: false, message: `${context.shownDir}: ${pointers} of ${shards.length} shards are Git LFS pointers; fetch the LFS objects or none` };
    const checkpoint = checkpointFromFileSizes({ format: "pytorch", quantization: null, files: shards.map((s) => ({ path: shown(s), sizeBytes: 0 })), architecture: context.architecture, nativePrecision: context.nativePrecision });
    return {
      ok: true,
      checkpoint: { ...checkpoint, format: "safetensors", weightsBytes: pointerBytes, bytesByDtype: { file: pointerBytes }, precision: context.nativePrecision ?? checkpoint.precision, bytesReadPerToken: Math.round(pointerBytes * (checkpoint.paramsActive / Math.max(1, checkpoint.paramsTotal))) },
      notes: [`${context.shownDir} holds Git LFS pointers, not the weights (the checkout has no LFS objects): their stated sizes are counted, the headers are not read`],
    };
  }
  const count = countSafetensors(tensors, checkpointConfigFromJson(config));
  notes.push(...count.warnings.slice(0, 3));
  return { ok: true, checkpoint: modelCheckpointFromCount(count, shards.map(shown)), notes };
}

/** GGUF headers past this are not read (gpt-oss-20b's needs 16 MiB; tokenizer arrays make them long). */
const MAX_GGUF_HEADER_BYTES = 64 * 1024 * 1024;
const SPLIT_GGUF = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/i;

export type LocalGguf =
  | { ok: true; architecture: Architecture; maxContextTokens: number; checkpoint: ModelCheckpoint; notes: string[] }
  | { ok: false; message: string };

/**
 * A GGUF file in the repository (`models/Llama-3.1-8B-Q4_K_M.gguf`): its weight bytes are its size
 * (the other parts of a split file added), its architecture and parameters come from its header,
 * read by growing ranges up to 64 MiB. A Git LFS pointer has no header to read.
 */
export function readLocalGguf(path: string, context: { root: string | null; shown: string }): LocalGguf {
  let want = 1024 * 1024;
  for (;;) {
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
        quantization: ggufQuantization(name) ?? (facts.fileType !== null ? (quantizationOfFileType(facts.fileType) ?? null) : null),
        files: files.map((f) => ({ path: join(dirname(context.shown), f.path).split(sep).join("/"), sizeBytes: f.sizeBytes })),
        architecture: mapped.architecture,
        paramsTotal: facts.paramsTotal,
      });
      return { ok: true, architecture: mapped.architecture, maxContextTokens: mapped.maxContextTokens, checkpoint, notes: mapped.warnings.slice(0, 3) };
    }
    if (!("needBytes" in parsed) || parsed.needBytes <= want || parsed.needBytes > MAX_GGUF_HEADER_BYTES || parsed.needBytes > head.sizeBytes) {
      return { ok: false, message: `${context.shown}: ${parsed.message}` };
    }
    want = parsed.needBytes;
  }
}

/** The parts of a split GGUF file (`-00001-of-00003.gguf`), with their sizes; the file alone otherwise. */
function splitParts(path: string, sizeBytes: number): TreeFile[] {
  const name = basename(path);
  const split = SPLIT_GGUF.exec(name);
  if (!split) return [{ path: name, sizeBytes }];
  const total = Number(split[3]);
  const parts: TreeFile[] = [];
  for (let i = 1; i <= total; i++) {
    const part = `${split[1]}-${String(i).padStart(5, "0")}-of-${split[3]}.gguf`;
    try {
      const stats = lstatSync(join(dirname(path), part));
      if (stats.isFile()) parts.push({ path: part, sizeBytes: stats.size });
    } catch {
      // A missing part: counted as the parts that are there.
    }
  }
  return parts;
}
