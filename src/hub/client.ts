import { checkpointConfigFromJson, countSafetensors } from "../checkpoint/count.js";
import { architectureFromGguf, ggufFacts, parseGgufHeader } from "../checkpoint/gguf.js";
import { headerLength, parseSafetensorsHeader, SAFETENSORS_MAX_HEADER_BYTES } from "../checkpoint/safetensors.js";
import type { CheckpointCount, TensorInfo } from "../checkpoint/types.js";
import type { Architecture } from "../physics/architecture.js";
import { quote } from "../base/text.js";
import { HubHttp, HubUnreachable, type HubResponse } from "./http.js";
import { isCommitSha, type HubReference } from "./ids.js";
import { ggufQuantization, pickWeightSet, type TreeFile } from "../checkpoint/weight-set.js";

/**
 * Resolve a Hub repository to the facts the estimate needs, with the request sequence of the
 * official clients (../shared/design/hub-resolution.md §2, docs/models.md):
 * 1. `resolve/{rev}/config.json` — the commit sha comes from `X-Repo-Commit`, and every later file
 *    is fetched at that sha, so config and weights come from one commit (`params.json` when a
 *    Mistral-native repository has no config.json);
 * 2. the root file listing (`api/models/{repo}/tree/{sha}`, paged);
 * 3. one weight set (see weights.ts), its safetensors index when it is small;
 * 4. one ranged request per shard for its header, eight at a time.
 * Nothing here prints, and no message holds the token.
 */

/** Why the Hub gave no facts, as data: rules and the CLI decide on this, never on the message. */
export type HubFailure =
  | "gated"
  | "gated-not-approved"
  | "not-found"
  | "revision-not-found"
  | "invalid-token"
  | "unreachable"
  | "malformed";

/** What is cached and locked for one repository at one commit. JSON-safe; never holds a token. */
export interface HubFacts {
  endpoint: string;
  repo: string;
  /** The revision asked for (`main`, a tag, a sha). */
  revision: string;
  /** The commit that revision named when it was resolved. */
  sha: string;
  configFile: "config.json" | "params.json" | null;
  /** The config as published, parsed; null for GGUF-only repositories. */
  config: unknown;
  weights: { format: "safetensors" | "gguf" | "pytorch" | "none"; files: TreeFile[]; quantization: string | null };
  /** The counts from the safetensors headers. */
  count: CheckpointCount | null;
  /** For GGUF repositories: the architecture read from the first file's header. */
  gguf: { architecture: Architecture; maxContextTokens: number; paramsTotal: number } | null;
  warnings: string[];
}

export type HubResult = { ok: true; facts: HubFacts } | { ok: false; failure: HubFailure; message: string };

class HubError extends Error {
  constructor(
    readonly failure: HubFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Config files, listings and indexes past this size are not what they claim to be. */
const MAX_JSON_BYTES = 10_000_000;
/** An index this large (24–60 MB for some MoE repositories) is not downloaded: the tree names the shards. */
const MAX_INDEX_BYTES = 5_000_000;
const FIRST_HEADER_RANGE_BYTES = 131_072;
const MAX_TREE_PAGES = 20;
const SHARD_CONCURRENCY = 8;
const MAX_GGUF_HEADER_BYTES = 64 * 1024 * 1024;
const FIRST_GGUF_RANGE_BYTES = 1024 * 1024;

function segment(value: string): string {
  return encodeURIComponent(value);
}

function filePath(path: string): string {
  return path.split("/").map(segment).join("/");
}

/** The user's words for a Hub answer that is not a file (huggingface_hub `hf_raise_for_status`). */
function classify(response: HubResponse, reference: HubReference, hasToken: boolean): HubError {
  const code = response.hubHeaders.get("x-error-code") ?? "";
  const errorMessage = response.hubHeaders.get("x-error-message") ?? "";
  const page = `https://huggingface.co/${reference.repo}`;
  const repo = quote(reference.repo);
  if (code === "GatedRepo" && response.status === 403) {
    return new HubError("gated-not-approved", `${repo} is a gated model and the token's account has not been granted access yet: request access at ${page}`);
  }
  if (code === "GatedRepo") {
    return new HubError(
      "gated",
      `${repo} is a gated model: set HF_TOKEN (the action's \`hf-token\` input) to a token of an account that accepted its terms at ${page}, or commit a lock file (\`llm-physics lock\`)`,
    );
  }
  if (response.status === 401 && /invalid (credentials|username or password|token)/i.test(errorMessage)) {
    return new HubError("invalid-token", `the Hugging Face token is invalid (the Hub refused it while reading ${repo}): check HF_TOKEN`);
  }
  if (code === "RevisionNotFound") {
    return new HubError("revision-not-found", `${repo} has no revision ${quote(reference.revision)}: name a branch, tag or commit that exists`);
  }
  if (response.status === 401 || response.status === 403 || response.status === 404) {
    const hint = hasToken ? "check the id" : "check the id, or set HF_TOKEN if it is private";
    return new HubError("not-found", `${repo} is not a model on the Hugging Face Hub (or it is private): ${hint}`);
  }
  return new HubError("malformed", `the Hub answered ${response.status} for ${repo}`);
}

function parseJson(response: HubResponse, what: string): unknown {
  if (response.truncated) throw new HubError("malformed", `${what} is larger than ${MAX_JSON_BYTES} bytes, which no such file is`);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(response.body));
  } catch {
    throw new HubError("malformed", `${what} is not valid JSON`);
  }
}

/** Run `task` over `items`, at most `limit` at a time, results in order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

interface TreeEntry {
  type?: unknown;
  path?: unknown;
  size?: unknown;
  lfs?: { size?: unknown } | null;
}

/** The file size of a tree entry: the LFS object's size for LFS files. */
function entrySize(entry: TreeEntry): number | null {
  const size = entry.lfs && typeof entry.lfs === "object" && typeof entry.lfs.size === "number" ? entry.lfs.size : entry.size;
  return typeof size === "number" && Number.isSafeInteger(size) && size >= 0 ? size : null;
}

/** `Link: <url>; rel="next"` → url. */
function nextLink(headers: Headers): string | null {
  const link = headers.get("link");
  if (!link) return null;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (match) return match[1]!;
  }
  return null;
}

export class HubClient {
  constructor(
    private readonly http: HubHttp,
    private readonly endpoint: string,
    private readonly hasToken: boolean,
  ) {}

  private resolveUrl(repo: string, revision: string, path: string): string {
    return `${this.endpoint}/${repo}/resolve/${segment(revision)}/${filePath(path)}`;
  }

  private async json(url: string, what: string, reference: HubReference): Promise<{ value: unknown; response: HubResponse }> {
    const response = await this.http.get(url, { maxBodyBytes: MAX_JSON_BYTES + 1 });
    if (response.status !== 200) throw classify(response, reference, this.hasToken);
    return { value: parseJson(response, what), response };
  }

  /** The commit a revision names, from the model API when no file answered with `X-Repo-Commit`. */
  private async commitOf(reference: HubReference): Promise<string> {
    if (isCommitSha(reference.revision)) return reference.revision;
    const { value } = await this.json(`${this.endpoint}/api/models/${reference.repo}/revision/${segment(reference.revision)}`, `the model information of ${quote(reference.repo)}`, reference);
    const sha = (value as { sha?: unknown } | null)?.sha;
    if (typeof sha !== "string" || !isCommitSha(sha)) throw new HubError("malformed", `the Hub gave no commit for ${quote(reference.repo)}@${reference.revision}`);
    return sha;
  }

  /** config.json (or params.json) and the commit sha. */
  private async config(reference: HubReference): Promise<{ sha: string; file: HubFacts["configFile"]; config: unknown }> {
    const response = await this.http.get(this.resolveUrl(reference.repo, reference.revision, "config.json"), { maxBodyBytes: MAX_JSON_BYTES + 1 });
    const commit = response.hubHeaders.get("x-repo-commit");
    if (response.status === 200) {
      const sha = commit && isCommitSha(commit) ? commit : await this.commitOf(reference);
      return { sha, file: "config.json", config: parseJson(response, `config.json of ${quote(reference.repo)}`) };
    }
    if (response.status !== 404 || response.hubHeaders.get("x-error-code") !== "EntryNotFound") throw classify(response, reference, this.hasToken);
    const sha = commit && isCommitSha(commit) ? commit : await this.commitOf(reference);
    const params = await this.http.get(this.resolveUrl(reference.repo, sha, "params.json"), { maxBodyBytes: MAX_JSON_BYTES + 1 });
    if (params.status === 200) return { sha, file: "params.json", config: parseJson(params, `params.json of ${quote(reference.repo)}`) };
    return { sha, file: null, config: null };
  }

  private async tree(reference: HubReference, sha: string): Promise<TreeFile[]> {
    const files: TreeFile[] = [];
    let url: string | null = `${this.endpoint}/api/models/${reference.repo}/tree/${sha}`;
    for (let page = 0; url !== null; page++) {
      if (page === MAX_TREE_PAGES) throw new HubError("malformed", `the file listing of ${quote(reference.repo)} has more than ${MAX_TREE_PAGES} pages`);
      const { value, response } = await this.json(url, `the file listing of ${quote(reference.repo)}`, reference);
      if (!Array.isArray(value)) throw new HubError("malformed", `the file listing of ${quote(reference.repo)} is not a list`);
      for (const entry of value as TreeEntry[]) {
        if (!entry || typeof entry !== "object" || entry.type !== "file" || typeof entry.path !== "string") continue;
        const size = entrySize(entry);
        if (size !== null) files.push({ path: entry.path, sizeBytes: size });
      }
      const next = nextLink(response.headers);
      // Pages stay on the Hub: a listing cannot send the token elsewhere.
      url = next && new URL(next, this.endpoint).origin === new URL(this.endpoint).origin ? new URL(next, this.endpoint).href : null;
    }
    return files;
  }

  /** Bytes [start, end] of a file, and the file's size as the server states it. */
  private async range(reference: HubReference, sha: string, file: TreeFile, start: number, end: number): Promise<{ bytes: Uint8Array; fileSizeBytes: number }> {
    const response = await this.http.get(this.resolveUrl(reference.repo, sha, file.path), { range: { start, end }, maxBodyBytes: end - start + 1 });
    if (response.status === 206) {
      const total = /\/(\d+)\s*$/.exec(response.headers.get("content-range") ?? "");
      return { bytes: response.body, fileSizeBytes: total ? Number(total[1]) : file.sizeBytes };
    }
    if (response.status === 200) {
      // A server that ignores Range sends the whole file from byte 0: what is needed was kept, the rest cancelled.
      if (start !== 0) return { bytes: response.body.subarray(start, end + 1), fileSizeBytes: file.sizeBytes };
      return { bytes: response.body, fileSizeBytes: file.sizeBytes };
    }
    if (response.status === 416) throw new HubError("malformed", `${file.path} of ${quote(reference.repo)} is shorter than its header says (the server answered 416 for bytes ${start}-${end})`);
    throw classify(response, reference, this.hasToken);
  }

  /** One shard's tensors: the header by range, a second range when it is longer than the first. */
  private async shardTensors(reference: HubReference, sha: string, file: TreeFile): Promise<{ tensors: TensorInfo[]; warnings: string[] }> {
    const first = await this.range(reference, sha, file, 0, Math.min(FIRST_HEADER_RANGE_BYTES, Math.max(8, file.sizeBytes)) - 1);
    const length = headerLength(first.bytes);
    if (!length.ok) throw new HubError("malformed", `${file.path} of ${quote(reference.repo)}: ${length.message}`);
    const needed = 8 + length.headerJsonBytes;
    if (length.headerJsonBytes > SAFETENSORS_MAX_HEADER_BYTES) throw new HubError("malformed", `${file.path} of ${quote(reference.repo)}: header too large`);
    let bytes = first.bytes;
    if (needed > bytes.length) {
      const rest = await this.range(reference, sha, file, bytes.length, needed - 1);
      const joined = new Uint8Array(bytes.length + rest.bytes.length);
      joined.set(bytes, 0);
      joined.set(rest.bytes, bytes.length);
      bytes = joined;
    }
    if (bytes.length < needed) throw new HubError("malformed", `${file.path} of ${quote(reference.repo)} ends inside its header (${bytes.length} of ${needed} bytes)`);
    const parsed = parseSafetensorsHeader(bytes.subarray(0, needed), first.fileSizeBytes);
    if (!parsed.ok) throw new HubError("malformed", `${file.path} of ${quote(reference.repo)}: ${parsed.message}`);
    return { tensors: parsed.header.tensors, warnings: parsed.warnings.map((w) => `${file.path}: ${w}`) };
  }

  private async safetensors(reference: HubReference, sha: string, config: unknown, index: TreeFile | null, treeShards: TreeFile[], sizes: Map<string, number>): Promise<{ shards: TreeFile[]; count: CheckpointCount; warnings: string[] }> {
    let shards = treeShards;
    if (index && index.sizeBytes <= MAX_INDEX_BYTES) {
      const { value } = await this.json(this.resolveUrl(reference.repo, sha, index.path), `${index.path} of ${quote(reference.repo)}`, reference);
      const weightMap = (value as { weight_map?: unknown } | null)?.weight_map;
      if (!weightMap || typeof weightMap !== "object" || Array.isArray(weightMap)) throw new HubError("malformed", `${index.path} of ${quote(reference.repo)} has no weight_map`);
      const names = [...new Set(Object.values(weightMap as Record<string, unknown>).filter((v): v is string => typeof v === "string"))].sort();
      const missing = names.filter((n) => !sizes.has(n));
      if (missing.length > 0) throw new HubError("malformed", `${index.path} of ${quote(reference.repo)} names ${missing.length} file(s) the repository does not hold, e.g. ${quote(missing[0]!)}`);
      shards = names.map((path) => ({ path, sizeBytes: sizes.get(path)! }));
    }
    if (shards.length === 0) throw new HubError("malformed", `${quote(reference.repo)} has a safetensors index but no shard files`);
    const parts = await mapLimited(shards, SHARD_CONCURRENCY, (shard) => this.shardTensors(reference, sha, shard));
    const tensors = parts.flatMap((p) => p.tensors);
    const count = countSafetensors(tensors, checkpointConfigFromJson(config));
    return { shards, count, warnings: parts.flatMap((p) => p.warnings) };
  }

  private async gguf(reference: HubReference, sha: string, file: TreeFile): Promise<HubFacts["gguf"]> {
    let want = Math.min(FIRST_GGUF_RANGE_BYTES, file.sizeBytes);
    for (;;) {
      const { bytes } = await this.range(reference, sha, file, 0, want - 1);
      const parsed = parseGgufHeader(bytes, { fileSizeBytes: file.sizeBytes });
      if (parsed.ok) {
        const facts = ggufFacts(parsed.header);
        const mapped = architectureFromGguf(facts);
        if (!mapped.ok) throw new HubError("malformed", `${file.path} of ${quote(reference.repo)}: ${mapped.message}`);
        return { architecture: mapped.architecture, maxContextTokens: mapped.maxContextTokens, paramsTotal: facts.paramsTotal };
      }
      if (!("needBytes" in parsed) || parsed.needBytes <= want || parsed.needBytes > MAX_GGUF_HEADER_BYTES || parsed.needBytes > file.sizeBytes) {
        throw new HubError("malformed", `${file.path} of ${quote(reference.repo)}: ${parsed.message}`);
      }
      want = parsed.needBytes;
    }
  }

  /**
   * Everything the Hub says about `reference`, or why it says nothing. Never throws. `cached`
   * answers for a commit already known, so that a second run costs the one config.json request
   * that tells which commit the revision names now (none for a pinned sha the cache holds).
   */
  async resolve(reference: HubReference, cached: (sha: string) => HubFacts | null = () => null): Promise<HubResult> {
    try {
      if (isCommitSha(reference.revision)) {
        const known = cached(reference.revision);
        if (known) return { ok: true, facts: known };
      }
      return { ok: true, facts: await this.facts(reference, cached) };
    } catch (error) {
      if (error instanceof HubError) return { ok: false, failure: error.failure, message: error.message };
      if (error instanceof HubUnreachable) {
        return { ok: false, failure: "unreachable", message: `the Hugging Face Hub (${new URL(this.endpoint).host}) could not answer for ${quote(reference.repo)}: ${error.message}` };
      }
      throw error;
    }
  }

  /** The commit `reference` names now: one request. */
  async currentSha(reference: HubReference): Promise<{ ok: true; sha: string } | { ok: false; message: string }> {
    try {
      return { ok: true, sha: (await this.config(reference)).sha };
    } catch (error) {
      if (error instanceof HubError || error instanceof HubUnreachable) return { ok: false, message: error.message };
      throw error;
    }
  }

  private async facts(reference: HubReference, cached: (sha: string) => HubFacts | null): Promise<HubFacts> {
    const { sha, file, config } = await this.config(reference);
    const known = cached(sha);
    // The same commit under another revision name: the facts are the commit's.
    if (known) return { ...known, revision: reference.revision };
    const files = await this.tree(reference, sha);
    const sizes = new Map(files.map((f) => [f.path, f.sizeBytes]));
    const set = pickWeightSet(files, reference.quantization ?? null);
    const warnings: string[] = [];
    const facts: HubFacts = {
      endpoint: this.endpoint,
      repo: reference.repo,
      revision: reference.revision,
      sha,
      configFile: file,
      config,
      weights: { format: set.format, files: [], quantization: null },
      count: null,
      gguf: null,
      warnings,
    };
    if (set.format === "safetensors") {
      if (set.warning) warnings.push(set.warning);
      if (config === null) throw new HubError("malformed", `${quote(reference.repo)} has safetensors weights but no config.json or params.json`);
      const counted = await this.safetensors(reference, sha, config, set.index, set.shards, sizes);
      facts.weights.files = counted.shards;
      facts.count = counted.count;
      warnings.push(...counted.warnings, ...counted.count.warnings);
    } else if (set.format === "gguf") {
      if (set.files.length === 0) {
        throw new HubError("malformed", `${quote(reference.repo)} holds several GGUF quantizations (${set.others.join(", ")}) and none is named: write the one deployed, e.g. ${reference.repo}:${set.others[0]}`);
      }
      facts.weights.files = set.files;
      facts.weights.quantization = set.quantization ?? ggufQuantization(set.files[0]!.path);
      facts.gguf = await this.gguf(reference, sha, set.files[0]!);
    } else if (set.format === "pytorch") {
      facts.weights.files = set.files;
      warnings.push("the weights are PyTorch files, whose headers cannot be read by range: their sizes are counted as the weight bytes");
    } else if (config === null) {
      throw new HubError("not-found", `${quote(reference.repo)} holds no config.json, params.json or weight files: it is not a model repository`);
    }
    return facts;
  }
}
