/**
 * What `llm-physics estimate` takes from the catalog, in one module that the CLI imports
 * dynamically (src/cli/main.ts) beside the estimate and its report: fewer dynamic imports give
 * the command fewer chunks to load, and each module Node loads costs a resolve, a read and a link
 * (docs/benchmark.md). Only these names are exported: the bundle keeps what they need and no more.
 */
export { resolveGpu, resolveManifestModel, resolveModel, UnknownNameError } from "./resolve.js";
export { HfConfigError } from "./hf-config.js";
export { modelLookup } from "./lookups.js";
