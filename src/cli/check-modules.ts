/**
 * What `check`, `baseline` and `lock` run, in one module that the CLI imports dynamically (a chunk
 * of its own in the bundle). Only these names are exported: the bundle keeps what they need and
 * no more (scripts/build.mjs). In particular the pipeline's prepareCheck, which loads every format
 * reader, stays out of the CLI: prepareCheckLazily loads the readers a repository's files call for.
 */
export { FAIL_ON, failsAt, prepareCheckLazily, VERSION } from "../pipeline/check-core.js";
export { finishWithModels, lookUpModels } from "../pipeline/models.js";
export { FORMATS, writeReport } from "../report/index.js";
export { RULES } from "../evaluate/rules/index.js";
export { DiscoveryError } from "../discover/discover.js";
export { ConfigError, loadConfig } from "../config/config.js";
export { loadBaseline, writeBaseline } from "../pipeline/baseline.js";
export { createBaseline } from "../evaluate/baseline.js";
export { locateRepository } from "./repository.js";
