import { createHash } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { readGuarded } from "../read/guarded-file.js";
import type { HubFacts } from "./client.js";
import { isCommitSha } from "./ids.js";

/**
 * Where resolved Hub facts are kept between runs:
 * - the cache, per machine: `$XDG_CACHE_HOME/llm-physics` (default `~/.cache/llm-physics`), or the
 *   runner's tool cache in the action; entries are keyed by endpoint, repository and commit sha,
 *   and a revision's last known sha is kept beside them for offline runs;
 * - the lock, per repository: `.llm-physics/models.lock.json`, written by `llm-physics lock` and
 *   committed, so that pull requests from forks (no secrets) and offline runs answer alike.
 * Neither ever holds a token: HubFacts has no field for one.
 */

export const LOCK_FILE = ".llm-physics/models.lock.json";
export const LOCK_VERSION = 1;
const MAX_STORE_FILE_BYTES = 50_000_000;

/** The cache folder for `env`: the action passes the runner's tool cache. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.LLM_PHYSICS_CACHE) return env.LLM_PHYSICS_CACHE;
  const base = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "llm-physics");
}

/** The key of a reference in the lock: `org/name@revision`. */
export function lockKey(repo: string, revision: string): string {
  return `${repo}@${revision}`;
}

function isFacts(value: unknown): value is HubFacts {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.repo === "string" && typeof v.sha === "string" && isCommitSha(v.sha) && typeof v.revision === "string" && typeof v.endpoint === "string" && !!v.weights && typeof v.weights === "object";
}

function readJson(path: string, root: string | null): unknown {
  const read = readGuarded(path, { root, maxBytes: MAX_STORE_FILE_BYTES });
  if (!read.ok) return undefined;
  try {
    return JSON.parse(read.bytes.toString("utf8"));
  } catch {
    return undefined;
  }
}

/** Write by rename, so that a reader never sees half a file and two runs never interleave. */
function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text, { mode: 0o644 });
  renameSync(temporary, path);
}

export class HubCache {
  constructor(private readonly dir: string) {}

  private repoDir(endpoint: string, repo: string): string {
    const host = createHash("sha256").update(endpoint).digest("hex").slice(0, 16);
    return join(this.dir, "hub", host, repo.replace("/", "--"));
  }

  /** The facts of `repo` at `sha`, when cached and well-formed. */
  get(endpoint: string, repo: string, sha: string): HubFacts | null {
    if (!isCommitSha(sha)) return null;
    const value = readJson(join(this.repoDir(endpoint, repo), `${sha}.json`), null);
    return isFacts(value) && value.repo === repo && value.sha === sha && value.endpoint === endpoint ? value : null;
  }

  /** The sha a revision named when it was last resolved. */
  sha(endpoint: string, repo: string, revision: string): string | null {
    if (isCommitSha(revision)) return revision;
    const value = readJson(join(this.repoDir(endpoint, repo), "refs", `${encodeURIComponent(revision)}.json`), null);
    const sha = (value as { sha?: unknown } | undefined)?.sha;
    return typeof sha === "string" && isCommitSha(sha) ? sha : null;
  }

  /** Keep `facts`; a cache that cannot be written is no failure of the run. */
  put(facts: HubFacts): boolean {
    try {
      const dir = this.repoDir(facts.endpoint, facts.repo);
      writeAtomic(join(dir, `${facts.sha}.json`), JSON.stringify(facts));
      if (!isCommitSha(facts.revision)) writeAtomic(join(dir, "refs", `${encodeURIComponent(facts.revision)}.json`), JSON.stringify({ sha: facts.sha }));
      return true;
    } catch {
      return false;
    }
  }
}

export interface LockFile {
  version: number;
  models: Record<string, HubFacts>;
}

export type LockRead = { ok: true; lock: LockFile | null } | { ok: false; message: string };

/** The repository's lock file, when there is one; inside the repository, through the guarded reader. */
export function readLock(repositoryRoot: string, realRoot: string): LockRead {
  const path = join(repositoryRoot, LOCK_FILE);
  const read = readGuarded(path, { root: realRoot, maxBytes: MAX_STORE_FILE_BYTES });
  if (!read.ok) return read.refusal === "missing" ? { ok: true, lock: null } : { ok: false, message: `${LOCK_FILE} ${read.message}` };
  let value: unknown;
  try {
    value = JSON.parse(read.bytes.toString("utf8"));
  } catch {
    return { ok: false, message: `${LOCK_FILE} is not valid JSON: run \`llm-physics lock\` to write it again` };
  }
  const v = value as Partial<LockFile> | null;
  if (!v || typeof v !== "object" || v.version !== LOCK_VERSION || !v.models || typeof v.models !== "object") {
    return { ok: false, message: `${LOCK_FILE} is not a version ${LOCK_VERSION} lock file: run \`llm-physics lock\` to write it again` };
  }
  const models: Record<string, HubFacts> = Object.create(null);
  for (const [key, facts] of Object.entries(v.models)) {
    if (isFacts(facts) && key === lockKey(facts.repo, facts.revision)) models[key] = facts;
  }
  return { ok: true, lock: { version: LOCK_VERSION, models } };
}

/** Write the lock, entries sorted so that it diffs well. */
export function writeLock(repositoryRoot: string, entries: readonly HubFacts[]): string {
  const models: Record<string, HubFacts> = {};
  for (const facts of [...entries].sort((a, b) => lockKey(a.repo, a.revision).localeCompare(lockKey(b.repo, b.revision)))) {
    models[lockKey(facts.repo, facts.revision)] = facts;
  }
  const path = join(repositoryRoot, LOCK_FILE);
  writeAtomic(path, `${JSON.stringify({ version: LOCK_VERSION, models }, null, 2)}\n`);
  return path;
}
