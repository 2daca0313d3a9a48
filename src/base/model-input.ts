import type { Architecture } from "../physics/architecture.js";
import type { Precision } from "../physics/precision.js";

/**
 * A model as the estimate takes it, however it was found: a catalog entry, a config.json, an
 * inline architecture. Base layer: the catalog makes these and the estimate reads them.
 */
export interface ModelInput {
  id: string;
  name: string;
  architecture: Architecture;
  maxContextTokens: number;
  /** Precision of the weights as published; the default when the user names none. */
  nativePrecision: Precision;
  /** How the model was found, for the report: `catalog`, or the config.json path. */
  resolvedFrom: string;
}
