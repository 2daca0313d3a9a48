import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  isCommitSha
} from "./chunk-NDQIACSR.js";
import {
  readGuarded
} from "./chunk-MF5XHCMM.js";

// src/hub/store.ts
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
var LOCK_FILE = ".llm-physics/models.lock.json";
var LOCK_VERSION = 1;
var MAX_STORE_FILE_BYTES = 5e7;
function defaultCacheDir(env) {
  if (env.LLM_PHYSICS_CACHE) return env.LLM_PHYSICS_CACHE;
  const base = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "llm-physics");
}
function lockKey(repo, revision) {
  return `${repo}@${revision}`;
}
function isFacts(value) {
  if (!value || typeof value !== "object") return false;
  const v = value;
  return typeof v.repo === "string" && typeof v.sha === "string" && isCommitSha(v.sha) && typeof v.revision === "string" && typeof v.endpoint === "string" && !!v.weights && typeof v.weights === "object";
}
function readJson(path, root) {
  const read = readGuarded(path, { root, maxBytes: MAX_STORE_FILE_BYTES });
  if (!read.ok) return void 0;
  try {
    return JSON.parse(read.bytes.toString("utf8"));
  } catch {
    return void 0;
  }
}
function writeAtomic(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text, { mode: 420 });
  renameSync(temporary, path);
}
var HubCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  repoDir(endpoint, repo) {
    const host = createHash("sha256").update(endpoint).digest("hex").slice(0, 16);
    return join(this.dir, "hub", host, repo.replace("/", "--"));
  }
  /** The facts of `repo` at `sha`, when cached and well-formed. */
  get(endpoint, repo, sha) {
    if (!isCommitSha(sha)) return null;
    const value = readJson(join(this.repoDir(endpoint, repo), `${sha}.json`), null);
    return isFacts(value) && value.repo === repo && value.sha === sha && value.endpoint === endpoint ? value : null;
  }
  /** The sha a revision named when it was last resolved. */
  sha(endpoint, repo, revision) {
    if (isCommitSha(revision)) return revision;
    const value = readJson(join(this.repoDir(endpoint, repo), "refs", `${encodeURIComponent(revision)}.json`), null);
    const sha = value?.sha;
    return typeof sha === "string" && isCommitSha(sha) ? sha : null;
  }
  /** Keep `facts`; a cache that cannot be written is no failure of the run. */
  put(facts) {
    try {
      const dir = this.repoDir(facts.endpoint, facts.repo);
      writeAtomic(join(dir, `${facts.sha}.json`), JSON.stringify(facts));
      if (!isCommitSha(facts.revision)) writeAtomic(join(dir, "refs", `${encodeURIComponent(facts.revision)}.json`), JSON.stringify({ sha: facts.sha }));
      return true;
    } catch {
      return false;
    }
  }
};
function readLock(repositoryRoot, realRoot) {
  const path = join(repositoryRoot, LOCK_FILE);
  const read = readGuarded(path, { root: realRoot, maxBytes: MAX_STORE_FILE_BYTES });
  if (!read.ok) return read.refusal === "missing" ? { ok: true, lock: null } : { ok: false, message: `${LOCK_FILE} ${read.message}` };
  let value;
  try {
    value = JSON.parse(read.bytes.toString("utf8"));
  } catch {
    return { ok: false, message: `${LOCK_FILE} is not valid JSON: run \`llm-physics lock\` to write it again` };
  }
  const v = value;
  if (!v || typeof v !== "object" || v.version !== LOCK_VERSION || !v.models || typeof v.models !== "object") {
    return { ok: false, message: `${LOCK_FILE} is not a version ${LOCK_VERSION} lock file: run \`llm-physics lock\` to write it again` };
  }
  const models = /* @__PURE__ */ Object.create(null);
  for (const [key, facts] of Object.entries(v.models)) {
    if (isFacts(facts) && key === lockKey(facts.repo, facts.revision)) models[key] = facts;
  }
  return { ok: true, lock: { version: LOCK_VERSION, models } };
}
function writeLock(repositoryRoot, entries) {
  const models = {};
  for (const facts of [...entries].sort((a, b) => lockKey(a.repo, a.revision).localeCompare(lockKey(b.repo, b.revision)))) {
    models[lockKey(facts.repo, facts.revision)] = facts;
  }
  const path = join(repositoryRoot, LOCK_FILE);
  writeAtomic(path, `${JSON.stringify({ version: LOCK_VERSION, models }, null, 2)}
`);
  return path;
}

export {
  LOCK_FILE,
  LOCK_VERSION,
  defaultCacheDir,
  lockKey,
  HubCache,
  readLock,
  writeLock
};
