import { GPUS } from "./gpus.js";
import { createLookup } from "./lookup.js";
import { MODELS } from "./models.js";
import type { GpuSpec, ModelSpec } from "./types.js";

/** The catalogs' name indexes, built once: every reader and resolver asks these. */
export const modelLookup = createLookup<ModelSpec>(MODELS);
export const gpuLookup = createLookup<GpuSpec>(GPUS);
