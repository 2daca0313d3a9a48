import type { ExternalModels } from "../catalog/resolve.js";
import { modelLookup } from "../catalog/lookups.js";
import { hubSettings, type HubSettings } from "../hub/env.js";
import { hubReference } from "../hub/ids.js";
import type { ExternalOptions, ExternalRun } from "../hub/resolver.js";
import type { LockFile } from "../hub/store.js";
import { FILE_START, type Finding } from "../base/findings.js";
import { VERSION, type PreparedCheck } from "./check-core.js";

/**
 * The models of a check that neither the catalog nor a local config.json answers: looked up in
 * the repository's lock file, the cache and the Hub before the rules run. See docs/models.md.
 * The Hub client, the lock and the cache are loaded only when a model asks for them: most runs
 * name catalog models only, and never load them.
 */

export interface ModelLookupOptions {
  env: NodeJS.ProcessEnv;
  /** `--offline`: no request, lock and cache only. */
  offline?: boolean;
  /** The action's `hf-token` input; HF_TOKEN and its fallbacks otherwise. */
  token?: string | null;
  /** The cache folder; default $XDG_CACHE_HOME/llm-physics. null: no cache. */
  cacheDir?: string | null;
  /** false: ignore the lock file (`llm-physics lock` refreshes it). */
  useLock?: boolean;
  /** Where the lock file is read: default the checked repository (the action's base check reads the workspace's). */
  lockRepository?: { root: string; realRoot: string };
  /** Back-off and tries for tests. */
  http?: ExternalOptions["http"];
}

export interface ModelLookup {
  run: ExternalRun | null;
  settings: HubSettings;
  /** The lock could not be read: a warning for the run, which goes on without it. */
  lockProblem: string | null;
}

/** Ask the lock, the cache and the Hub about `references`; nothing is asked when none names a Hub repository. */
export async function lookUpModels(references: Iterable<string>, repository: { root: string; realRoot: string }, options: ModelLookupOptions): Promise<ModelLookup> {
  const settings = hubSettings(options.env, { offline: options.offline, token: options.token ?? null });
  const values = [...references];
  // hubCandidates' own test, without loading the Hub client: a reference the catalog does not know that names a Hub repository.
  if (!values.some((value) => !modelLookup.find(value) && hubReference(value))) return { run: null, settings, lockProblem: null };
  const [{ hubCandidates, resolveExternal }, { defaultCacheDir, HubCache, readLock }] = await Promise.all([import("../hub/resolver.js"), import("../hub/store.js")]);
  const candidates = hubCandidates(values);
  if (candidates.size === 0) return { run: null, settings, lockProblem: null };
  let lock: LockFile | null = null;
  let lockProblem: string | null = null;
  if (options.useLock !== false) {
    const at = options.lockRepository ?? repository;
    const read = readLock(at.root, at.realRoot);
    if (read.ok) lock = read.lock;
    else lockProblem = read.message;
  }
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir(options.env) : options.cacheDir;
  const run = await resolveExternal(candidates, {
    settings,
    cache: cacheDir ? new HubCache(cacheDir) : null,
    lock,
    userAgent: `llm-physics/${VERSION}`,
    ...(options.http ? { http: options.http } : {}),
  });
  return { run, settings, lockProblem };
}

/** Finish a prepared check with the models the lock, cache and Hub answer. */
export async function finishWithModels(prepared: PreparedCheck, options: ModelLookupOptions): Promise<{ report: ReturnType<PreparedCheck["finish"]>; lookup: ModelLookup }> {
  const lookup = await lookUpModels(prepared.modelReferences, prepared.repository, options);
  const models: ExternalModels | undefined = lookup.run?.models;
  const extra: Finding[] = lookup.lockProblem
    ? [{ ruleId: "unknown-model", severity: "warning", message: `${lookup.lockProblem}; models are looked up without it`, file: (await import("../hub/store.js")).LOCK_FILE, ...FILE_START }]
    : [];
  return { report: prepared.finish(models, extra), lookup };
}
