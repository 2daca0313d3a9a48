import { ADAPTERS } from "../adapt/index.js";
import type { ExternalModels } from "../catalog/resolve.js";
import type { CheckReport } from "../report/report.js";
import { adaptStage, readStage, type CheckOptions, type PreparedCheck } from "./check-core.js";

/**
 * `llm-physics check`'s pipeline (check-core.ts) with every format reader loaded: what the action
 * and the tests run, synchronously. The CLI runs prepareCheckLazily, which loads only the readers
 * a repository's files call for; both give the same report (__tests__/prefilter.test.ts).
 */
export * from "./check-core.js";

/**
 * Discover, read, parse and adapt every file; resolution and evaluation wait for `finish`, so that
 * the models of every deployment can be looked up (asynchronously, on the Hub) in between. Every
 * format reader is tried on every document (they are all loaded); `prepareCheckLazily` loads only
 * those a file's markers call for.
 */
export function prepareCheck(options: CheckOptions): PreparedCheck {
  return adaptStage(readStage(options), options, () => ADAPTERS);
}

/** The check, offline: the catalog, local config.json files and whatever `options.external` answers. */
export function runCheck(options: CheckOptions & { external?: ExternalModels }): CheckReport {
  return prepareCheck(options).finish(options.external);
}

