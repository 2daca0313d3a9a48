import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  lockKey
} from "./chunk-NEXHNDWS.js";
import {
  hubReference,
  isCommitSha
} from "./chunk-NDQIACSR.js";
import {
  SAFETENSORS_MAX_HEADER_BYTES,
  architectureFromGguf,
  checkpointConfigFromJson,
  checkpointFromFileSizes,
  configFromMistralParams,
  countSafetensors,
  ggufFacts,
  ggufQuantization,
  headerLength,
  modelCheckpointFromCount,
  parseGgufHeader,
  parseSafetensorsHeader,
  pickWeightSet
} from "./chunk-BOTQ7RPM.js";
import {
  modelLookup
} from "./chunk-SMZ6TMJF.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-JQYZLO6H.js";
import {
  HfConfigError,
  architectureFromHfConfig
} from "./chunk-D4J7HPE4.js";
import "./chunk-FHUT4NP5.js";
import {
  quote
} from "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-N4USQFRU.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";

// src/hub/http.ts
var HubUnreachable = class extends Error {
  constructor(message, reason, code) {
    super(message);
    this.reason = reason;
    this.code = code;
    this.name = "HubUnreachable";
  }
  reason;
  code;
};
var MAX_REDIRECTS = 5;
var NO_SUCH_HOST = /* @__PURE__ */ new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ENETUNREACH", "EHOSTUNREACH"]);
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function retryAfterMs(headers, nowMs = Date.now()) {
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1e3;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - nowMs);
  }
  const rateLimit = headers.get("ratelimit");
  const t = rateLimit ? /(?:^|[;,\s])t=(\d+)/.exec(rateLimit) : null;
  return t ? Number(t[1]) * 1e3 : null;
}
async function readCapped(response, maxBytes) {
  if (!response.body) return { body: new Uint8Array(0), truncated: false };
  const reader = response.body.getReader();
  const chunks = [];
  let length = 0;
  let truncated = false;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - length;
    if (value.length > room) {
      chunks.push(value.subarray(0, room));
      length += room;
      truncated = true;
      await reader.cancel().catch(() => void 0);
      break;
    }
    chunks.push(value);
    length += value.length;
  }
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return { body, truncated };
}
var HubHttp = class {
  constructor(settings) {
    this.settings = settings;
    this.origin = new URL(settings.endpoint).origin;
  }
  settings;
  origin;
  unreachable = null;
  /** The token goes to the Hub's own origin only: never to a CDN or any host a redirect names. */
  headersFor(url, options) {
    const headers = { "user-agent": this.settings.userAgent ?? "llm-physics" };
    if (options.range) headers.range = `bytes=${options.range.start}-${options.range.end}`;
    if (this.settings.token && url.origin === this.origin) headers.authorization = `Bearer ${this.settings.token}`;
    return headers;
  }
  /** One request and its redirects, no retries. */
  async once(url, options) {
    let current = new URL(url);
    let first = null;
    const signal = AbortSignal.timeout(this.settings.timeoutMs);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      let response;
      try {
        response = await fetch(current, { headers: this.headersFor(current, options), redirect: "manual", signal });
      } catch (error) {
        throw this.failure(error, current);
      }
      first ??= response.headers;
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => void 0);
        current = new URL(location, current);
        continue;
      }
      try {
        const { body, truncated } = await readCapped(response, options.maxBodyBytes);
        return { status: response.status, hubHeaders: first, headers: response.headers, url: current.href, body, truncated };
      } catch (error) {
        throw this.failure(error, current);
      }
    }
    throw new HubUnreachable(`more than ${MAX_REDIRECTS} redirects from ${new URL(url).pathname}`, "redirects");
  }
  failure(error, url) {
    const name = error?.name;
    if (name === "TimeoutError" || name === "AbortError") {
      return new HubUnreachable(`${url.host} did not answer within ${this.settings.timeoutMs / 1e3} s (HF_HUB_ETAG_TIMEOUT)`, "timeout");
    }
    const cause = error?.cause?.code;
    return new HubUnreachable(`${url.host} could not be reached${cause ? ` (${cause})` : ""}`, "network", cause);
  }
  /**
   * GET with the retries of the official client. Returns every HTTP answer that is not a
   * transient failure (so 401, 403, 404 come back to the caller); throws HubUnreachable when the
   * Hub gave no usable answer after the retries.
   */
  async get(url, options) {
    if (this.unreachable) throw this.unreachable;
    const maxTries = this.settings.maxTries ?? 5;
    const base = this.settings.backoffBaseMs ?? 1e3;
    const maxWait = this.settings.maxRetryAfterMs ?? 6e4;
    let last = null;
    let asked = null;
    for (let attempt = 0; attempt < maxTries; attempt++) {
      if (attempt > 0) await sleep(asked ?? base * 2 ** (attempt - 1));
      asked = null;
      let response;
      try {
        response = await this.once(url, options);
      } catch (error) {
        if (!(error instanceof HubUnreachable)) throw error;
        last = error;
        if (error.reason === "redirects") throw error;
        if (error.code && NO_SUCH_HOST.has(error.code) && attempt >= 1) break;
        continue;
      }
      if (response.status === 429) {
        const wait = retryAfterMs(response.hubHeaders) ?? base * 2 ** attempt;
        last = new HubUnreachable(`the Hub is rate-limiting requests (429)${this.settings.token ? "" : "; a token (HF_TOKEN) raises the limit"}`, "rate-limited");
        if (wait > maxWait) break;
        asked = wait;
        continue;
      }
      if (response.status === 408 || response.status >= 500) {
        last = new HubUnreachable(`the Hub answered ${response.status}`, "network");
        continue;
      }
      return response;
    }
    const failure = last ?? new HubUnreachable("the Hub gave no answer", "network");
    if (failure.reason === "network" || failure.reason === "timeout") this.unreachable = failure;
    throw failure;
  }
};

// src/hub/client.ts
var HubError = class extends Error {
  constructor(failure, message) {
    super(message);
    this.failure = failure;
  }
  failure;
};
var MAX_JSON_BYTES = 1e7;
var MAX_INDEX_BYTES = 5e6;
var FIRST_HEADER_RANGE_BYTES = 131072;
var MAX_TREE_PAGES = 20;
var SHARD_CONCURRENCY = 8;
var MAX_GGUF_HEADER_BYTES = 64 * 1024 * 1024;
var FIRST_GGUF_RANGE_BYTES = 1024 * 1024;
function segment(value) {
  return encodeURIComponent(value);
}
function filePath(path) {
  return path.split("/").map(segment).join("/");
}
function classify(response, reference, hasToken) {
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
      `${repo} is a gated model: set HF_TOKEN (the action's \`hf-token\` input) to a token of an account that accepted its terms at ${page}, or commit a lock file (\`llm-physics lock\`)`
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
function parseJson(response, what) {
  if (response.truncated) throw new HubError("malformed", `${what} is larger than ${MAX_JSON_BYTES} bytes, which no such file is`);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(response.body));
  } catch {
    throw new HubError("malformed", `${what} is not valid JSON`);
  }
}
async function mapLimited(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
function entrySize(entry) {
  const size = entry.lfs && typeof entry.lfs === "object" && typeof entry.lfs.size === "number" ? entry.lfs.size : entry.size;
  return typeof size === "number" && Number.isSafeInteger(size) && size >= 0 ? size : null;
}
function nextLink(headers) {
  const link = headers.get("link");
  if (!link) return null;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (match) return match[1];
  }
  return null;
}
var HubClient = class {
  constructor(http, endpoint, hasToken) {
    this.http = http;
    this.endpoint = endpoint;
    this.hasToken = hasToken;
  }
  http;
  endpoint;
  hasToken;
  resolveUrl(repo, revision, path) {
    return `${this.endpoint}/${repo}/resolve/${segment(revision)}/${filePath(path)}`;
  }
  async json(url, what, reference) {
    const response = await this.http.get(url, { maxBodyBytes: MAX_JSON_BYTES + 1 });
    if (response.status !== 200) throw classify(response, reference, this.hasToken);
    return { value: parseJson(response, what), response };
  }
  /** The commit a revision names, from the model API when no file answered with `X-Repo-Commit`. */
  async commitOf(reference) {
    if (isCommitSha(reference.revision)) return reference.revision;
    const { value } = await this.json(`${this.endpoint}/api/models/${reference.repo}/revision/${segment(reference.revision)}`, `the model information of ${quote(reference.repo)}`, reference);
    const sha = value?.sha;
    if (typeof sha !== "string" || !isCommitSha(sha)) throw new HubError("malformed", `the Hub gave no commit for ${quote(reference.repo)}@${reference.revision}`);
    return sha;
  }
  /** config.json (or params.json) and the commit sha. */
  async config(reference) {
    const response = await this.http.get(this.resolveUrl(reference.repo, reference.revision, "config.json"), { maxBodyBytes: MAX_JSON_BYTES + 1 });
    const commit = response.hubHeaders.get("x-repo-commit");
    if (response.status === 200) {
      const sha2 = commit && isCommitSha(commit) ? commit : await this.commitOf(reference);
      return { sha: sha2, file: "config.json", config: parseJson(response, `config.json of ${quote(reference.repo)}`) };
    }
    if (response.status !== 404 || response.hubHeaders.get("x-error-code") !== "EntryNotFound") throw classify(response, reference, this.hasToken);
    const sha = commit && isCommitSha(commit) ? commit : await this.commitOf(reference);
    const params = await this.http.get(this.resolveUrl(reference.repo, sha, "params.json"), { maxBodyBytes: MAX_JSON_BYTES + 1 });
    if (params.status === 200) return { sha, file: "params.json", config: parseJson(params, `params.json of ${quote(reference.repo)}`) };
    return { sha, file: null, config: null };
  }
  async tree(reference, sha) {
    const files = [];
    let url = `${this.endpoint}/api/models/${reference.repo}/tree/${sha}`;
    for (let page = 0; url !== null; page++) {
      if (page === MAX_TREE_PAGES) throw new HubError("malformed", `the file listing of ${quote(reference.repo)} has more than ${MAX_TREE_PAGES} pages`);
      const { value, response } = await this.json(url, `the file listing of ${quote(reference.repo)}`, reference);
      if (!Array.isArray(value)) throw new HubError("malformed", `the file listing of ${quote(reference.repo)} is not a list`);
      for (const entry of value) {
        if (!entry || typeof entry !== "object" || entry.type !== "file" || typeof entry.path !== "string") continue;
        const size = entrySize(entry);
        if (size !== null) files.push({ path: entry.path, sizeBytes: size });
      }
      const next = nextLink(response.headers);
      url = next && new URL(next, this.endpoint).origin === new URL(this.endpoint).origin ? new URL(next, this.endpoint).href : null;
    }
    return files;
  }
  /** Bytes [start, end] of a file, and the file's size as the server states it. */
  async range(reference, sha, file, start, end) {
    const response = await this.http.get(this.resolveUrl(reference.repo, sha, file.path), { range: { start, end }, maxBodyBytes: end - start + 1 });
    if (response.status === 206) {
      const total = /\/(\d+)\s*$/.exec(response.headers.get("content-range") ?? "");
      return { bytes: response.body, fileSizeBytes: total ? Number(total[1]) : file.sizeBytes };
    }
    if (response.status === 200) {
      if (start !== 0) return { bytes: response.body.subarray(start, end + 1), fileSizeBytes: file.sizeBytes };
      return { bytes: response.body, fileSizeBytes: file.sizeBytes };
    }
    if (response.status === 416) throw new HubError("malformed", `${file.path} of ${quote(reference.repo)} is shorter than its header says (the server answered 416 for bytes ${start}-${end})`);
    throw classify(response, reference, this.hasToken);
  }
  /** One shard's tensors: the header by range, a second range when it is longer than the first. */
  async shardTensors(reference, sha, file) {
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
  async safetensors(reference, sha, config, index, treeShards, sizes) {
    let shards = treeShards;
    if (index && index.sizeBytes <= MAX_INDEX_BYTES) {
      const { value } = await this.json(this.resolveUrl(reference.repo, sha, index.path), `${index.path} of ${quote(reference.repo)}`, reference);
      const weightMap = value?.weight_map;
      if (!weightMap || typeof weightMap !== "object" || Array.isArray(weightMap)) throw new HubError("malformed", `${index.path} of ${quote(reference.repo)} has no weight_map`);
      const names = [...new Set(Object.values(weightMap).filter((v) => typeof v === "string"))].sort();
      const missing = names.filter((n) => !sizes.has(n));
      if (missing.length > 0) throw new HubError("malformed", `${index.path} of ${quote(reference.repo)} names ${missing.length} file(s) the repository does not hold, e.g. ${quote(missing[0])}`);
      shards = names.map((path) => ({ path, sizeBytes: sizes.get(path) }));
    }
    if (shards.length === 0) throw new HubError("malformed", `${quote(reference.repo)} has a safetensors index but no shard files`);
    const parts = await mapLimited(shards, SHARD_CONCURRENCY, (shard) => this.shardTensors(reference, sha, shard));
    const tensors = parts.flatMap((p) => p.tensors);
    const count = countSafetensors(tensors, checkpointConfigFromJson(config));
    return { shards, count, warnings: parts.flatMap((p) => p.warnings) };
  }
  async gguf(reference, sha, file) {
    let want = Math.min(FIRST_GGUF_RANGE_BYTES, file.sizeBytes);
    for (; ; ) {
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
  async resolve(reference, cached = () => null) {
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
  async currentSha(reference) {
    try {
      return { ok: true, sha: (await this.config(reference)).sha };
    } catch (error) {
      if (error instanceof HubError || error instanceof HubUnreachable) return { ok: false, message: error.message };
      throw error;
    }
  }
  async facts(reference, cached) {
    const { sha, file, config } = await this.config(reference);
    const known = cached(sha);
    if (known) return { ...known, revision: reference.revision };
    const files = await this.tree(reference, sha);
    const sizes = new Map(files.map((f) => [f.path, f.sizeBytes]));
    const set = pickWeightSet(files, reference.quantization ?? null);
    const warnings = [];
    const facts = {
      endpoint: this.endpoint,
      repo: reference.repo,
      revision: reference.revision,
      sha,
      configFile: file,
      config,
      weights: { format: set.format, files: [], quantization: null },
      count: null,
      gguf: null,
      warnings
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
      facts.weights.quantization = set.quantization ?? ggufQuantization(set.files[0].path);
      facts.gguf = await this.gguf(reference, sha, set.files[0]);
    } else if (set.format === "pytorch") {
      facts.weights.files = set.files;
      warnings.push("the weights are PyTorch files, whose headers cannot be read by range: their sizes are counted as the weight bytes");
    } else if (config === null) {
      throw new HubError("not-found", `${quote(reference.repo)} holds no config.json, params.json or weight files: it is not a model repository`);
    }
    return facts;
  }
};

// src/hub/model.ts
function modelFromFacts(facts, from, id) {
  const where = `${facts.repo}@${facts.sha.slice(0, 12)}`;
  const label = from === "lock" ? `lock file (${where})` : from === "cache" ? `Hugging Face Hub (${where}), from the cache` : `Hugging Face Hub (${where})`;
  const source = from === "lock" ? "lock" : "hub";
  const assumptions = [];
  let architecture;
  let maxContextTokens;
  let nativePrecision;
  let modelType;
  if (facts.config !== null) {
    let config = facts.config;
    if (facts.configFile === "params.json") {
      const converted = configFromMistralParams(config);
      config = converted.config;
      assumptions.push(...converted.assumptions);
    }
    try {
      const info = architectureFromHfConfig(config);
      architecture = info.architecture;
      maxContextTokens = info.maxContextTokens;
      nativePrecision = info.weightPrecision;
      modelType = info.modelType;
      assumptions.push(...info.assumptions ?? []);
    } catch (error) {
      if (error instanceof HfConfigError) return { ok: false, message: `${facts.configFile ?? "config.json"} of ${facts.repo}: ${error.message}` };
      throw error;
    }
  } else if (facts.gguf) {
    architecture = facts.gguf.architecture;
    maxContextTokens = facts.gguf.maxContextTokens;
    modelType = "GGUF";
  } else {
    return { ok: false, message: `${facts.repo} has neither a config.json nor a GGUF header to read the architecture from` };
  }
  let checkpoint;
  const files = facts.weights.files.map((f) => f.path);
  if (facts.count) {
    checkpoint = modelCheckpointFromCount(facts.count, files);
  } else if (facts.weights.format === "gguf" || facts.weights.format === "pytorch") {
    checkpoint = checkpointFromFileSizes({
      format: facts.weights.format,
      quantization: facts.weights.quantization,
      files: facts.weights.files,
      architecture,
      nativePrecision,
      ...facts.gguf ? { paramsTotal: facts.gguf.paramsTotal } : {}
    });
  }
  const precision = checkpoint?.precision ?? nativePrecision ?? "bf16";
  return {
    ok: true,
    model: {
      id,
      name: `${facts.repo} (${modelType})`,
      architecture,
      maxContextTokens,
      nativePrecision: precision,
      resolvedFrom: label,
      source,
      revision: facts.sha,
      ...checkpoint ? { checkpoint } : {},
      ...assumptions.length > 0 ? { assumptions } : {}
    }
  };
}

// src/hub/resolver.ts
var MODEL_CONCURRENCY = 4;
var FAILURE = {
  gated: "hub-gated",
  "gated-not-approved": "hub-gated",
  "not-found": "hub-not-found",
  "revision-not-found": "hub-revision-not-found",
  "invalid-token": "hub-invalid-token",
  unreachable: "hub-unavailable",
  malformed: "checkpoint-unreadable"
};
function hubCandidates(values) {
  const wanted = /* @__PURE__ */ new Map();
  for (const value of values) {
    if (wanted.has(value) || modelLookup.find(value)) continue;
    const reference = hubReference(value);
    if (reference) wanted.set(value, reference);
  }
  return wanted;
}
function answerFrom(facts, source, value, remarks) {
  const made = modelFromFacts(facts, source, value);
  if (!made.ok) return { ok: false, failure: "checkpoint-unreadable", message: made.message, remarks, guessed: false };
  return { ok: true, model: made.model, remarks: [...remarks, ...facts.warnings.slice(0, 5).map((message) => ({ severity: "notice", message: `${facts.repo}: ${message}` }))] };
}
async function resolveExternal(candidates, options) {
  const { settings, cache, lock } = options;
  const http = new HubHttp({ endpoint: settings.endpoint, token: settings.token, timeoutMs: settings.timeoutMs, userAgent: options.userAgent ?? "llm-physics", ...options.http });
  const client = new HubClient(http, settings.endpoint, settings.token !== null);
  const answers = /* @__PURE__ */ new Map();
  const facts = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  const resolveOne = async (value, reference) => {
    const key = lockKey(reference.repo, reference.revision);
    const locked = lock?.models[key];
    if (locked) {
      const remarks = [];
      if (!settings.offline && !isCommitSha(reference.revision)) {
        const now = await client.currentSha(reference);
        if (now.ok && now.sha !== locked.sha) {
          remarks.push({ severity: "notice", message: `the lock holds ${key} at ${locked.sha.slice(0, 12)}, but ${quote(reference.revision)} is now at ${now.sha.slice(0, 12)}: run \`llm-physics lock\` to update it` });
        }
      }
      return { answer: answerFrom(locked, "lock", value, remarks), facts: locked };
    }
    let usedCache = false;
    const cachedAt = (sha) => {
      const found = cache?.get(settings.endpoint, reference.repo, sha) ?? null;
      if (found) usedCache = true;
      return found;
    };
    const lastKnown = () => {
      const sha = cache?.sha(settings.endpoint, reference.repo, reference.revision);
      return sha ? cachedAt(sha) : null;
    };
    if (settings.offline) {
      const known = lastKnown();
      if (known) return { answer: answerFrom(known, "cache", value, []), facts: known };
      return {
        answer: {
          ok: false,
          failure: "hub-unavailable",
          message: `offline (HF_HUB_OFFLINE or --offline), and neither ${".llm-physics/models.lock.json"} nor the cache holds ${quote(key)}: run \`llm-physics lock\` with network access and commit the lock file`,
          remarks: [],
          guessed: reference.guessed,
          offline: true
        }
      };
    }
    const result = await client.resolve(reference, cachedAt);
    if (result.ok) {
      if (!usedCache) cache?.put(result.facts);
      return { answer: answerFrom(result.facts, usedCache ? "cache" : "hub", value, []), facts: result.facts };
    }
    if (result.failure === "unreachable") {
      const known = lastKnown();
      if (known) {
        const remark = { severity: "warning", message: `${result.message}; the cached facts of commit ${known.sha.slice(0, 12)} are used` };
        return { answer: answerFrom(known, "cache", value, [remark]), facts: known };
      }
    }
    return { answer: { ok: false, failure: FAILURE[result.failure], message: result.message, remarks: [], guessed: reference.guessed } };
  };
  await mapLimited(
    [...candidates],
    MODEL_CONCURRENCY,
    async ([value, reference]) => {
      const key = `${lockKey(reference.repo, reference.revision)}:${reference.quantization ?? ""}`;
      let pending = byKey.get(key);
      if (!pending) {
        pending = resolveOne(value, reference);
        byKey.set(key, pending);
      }
      const { answer, facts: found } = await pending;
      const own = answer.ok ? { ...answer, model: { ...answer.model, id: value } } : { ...answer, guessed: reference.guessed };
      answers.set(value, own);
      if (found) facts.set(value, found);
    }
  );
  return { models: { get: (value) => answers.get(value) }, facts };
}
export {
  hubCandidates,
  resolveExternal
};
