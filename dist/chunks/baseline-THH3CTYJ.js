import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  BASELINE_FILE,
  BASELINE_VERSION,
  BaselineFormatError,
  applyBaseline,
  createBaseline,
  parseBaseline,
  serializeBaseline,
  stableMessage
} from "./chunk-U7OVFLHF.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-NOE7O2GR.js";
export {
  BASELINE_FILE,
  BASELINE_VERSION,
  BaselineFormatError,
  applyBaseline,
  createBaseline,
  parseBaseline,
  serializeBaseline,
  stableMessage
};
