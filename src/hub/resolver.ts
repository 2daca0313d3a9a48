import type { ExternalAnswer, ExternalModels, Remark, ResolutionFailure } from "../catalog/resolve.js";
import { modelLookup } from "../catalog/lookups.js";
import { quote } from "../base/text.js";
import { HubClient, mapLimited, type HubFacts, type HubFailure } from "./client.js";
import type { HubSettings } from "./env.js";
import { HubHttp, type HttpSettings } from "./http.js";
import { hubReference, isCommitSha, type HubReference } from "./ids.js";
import { modelFromFacts } from "./model.js";
import { lockKey, type HubCache, type LockFile } from "./store.js";

/**
 * Models the catalog does not know, answered before the checks run, in this order:
 * the repository's lock file, then the cache (for the commit the revision names), then the Hub.
 * Offline (`HF_HUB_OFFLINE=1`, `--offline`), only the lock and the cache answer. A Hub that is
 * down or rate-limiting falls back to the last cached commit with a warning, and the run goes on.
 * See docs/models.md.
 */

export interface ExternalOptions {
  settings: HubSettings;
  cache: HubCache | null;
  lock: LockFile | null;
  /** Test settings for back-off and tries; the defaults are the official client's. */
  http?: Partial<Pick<HttpSettings, "backoffBaseMs" | "maxTries" | "maxRetryAfterMs">>;
  userAgent?: string;
}

/** What a run resolved, for `--verbose`, the lock command and the tests. */
export interface ExternalRun {
  models: ExternalModels;
  /** Facts of every reference that resolved, by reference: what `llm-physics lock` writes. */
  facts: Map<string, HubFacts>;
}

const MODEL_CONCURRENCY = 4;

const FAILURE: Record<HubFailure, ResolutionFailure> = {
  gated: "hub-gated",
  "gated-not-approved": "hub-gated",
  "not-found": "hub-not-found",
  "revision-not-found": "hub-revision-not-found",
  "invalid-token": "hub-invalid-token",
  unreachable: "hub-unavailable",
  malformed: "checkpoint-unreadable",
};

/** References worth asking the Hub about: not in the catalog, and naming a Hub repository. */
export function hubCandidates(values: Iterable<string>): Map<string, HubReference> {
  const wanted = new Map<string, HubReference>();
  for (const value of values) {
    if (wanted.has(value) || modelLookup.find(value)) continue;
    const reference = hubReference(value);
    if (reference) wanted.set(value, reference);
  }
  return wanted;
}

function answerFrom(facts: HubFacts, source: "hub" | "lock" | "cache", value: string, remarks: Remark[]): ExternalAnswer {
  const made = modelFromFacts(facts, source, value);
  if (!made.ok) return { ok: false, failure: "checkpoint-unreadable", message: made.message, remarks, guessed: false };
  return { ok: true, model: made.model, remarks: [...remarks, ...facts.warnings.slice(0, 5).map((message): Remark => ({ severity: "notice", message: `${facts.repo}: ${message}` }))] };
}

/** Resolve the candidates hubCandidates chose (reference as written → Hub repository and revision). */
export async function resolveExternal(candidates: ReadonlyMap<string, HubReference>, options: ExternalOptions): Promise<ExternalRun> {
  const { settings, cache, lock } = options;
  const http = new HubHttp({ endpoint: settings.endpoint, token: settings.token, timeoutMs: settings.timeoutMs, userAgent: options.userAgent ?? "llm-physics", ...options.http });
  const client = new HubClient(http, settings.endpoint, settings.token !== null);
  const answers = new Map<string, ExternalAnswer>();
  const facts = new Map<string, HubFacts>();
  /** One resolution per repository and revision, however many manifests name it. */
  const byKey = new Map<string, Promise<{ answer: ExternalAnswer; facts?: HubFacts }>>();

  const resolveOne = async (value: string, reference: HubReference): Promise<{ answer: ExternalAnswer; facts?: HubFacts }> => {
    const key = lockKey(reference.repo, reference.revision);
    const locked = lock?.models[key];
    if (locked) {
      const remarks: Remark[] = [];
      if (!settings.offline && !isCommitSha(reference.revision)) {
        const now = await client.currentSha(reference);
        if (now.ok && now.sha !== locked.sha) {
          remarks.push({ severity: "notice", message: `the lock holds ${key} at ${locked.sha.slice(0, 12)}, but ${quote(reference.revision)} is now at ${now.sha.slice(0, 12)}: run \`llm-physics lock\` to update it` });
        }
      }
      return { answer: answerFrom(locked, "lock", value, remarks), facts: locked };
    }
    let usedCache = false;
    const cachedAt = (sha: string) => {
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
          offline: true,
        },
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
        const remark: Remark = { severity: "warning", message: `${result.message}; the cached facts of commit ${known.sha.slice(0, 12)} are used` };
        return { answer: answerFrom(known, "cache", value, [remark]), facts: known };
      }
    }
    return { answer: { ok: false, failure: FAILURE[result.failure], message: result.message, remarks: [], guessed: reference.guessed } };
  };

  // A few models at a time, each with its own bounded shard requests.
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
      // The answer names the value the manifest wrote.
      const own: ExternalAnswer = answer.ok ? { ...answer, model: { ...answer.model, id: value } } : { ...answer, guessed: reference.guessed };
      answers.set(value, own);
      if (found) facts.set(value, found);
    },
  );
  return { models: { get: (value) => answers.get(value) }, facts };
}
