import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  EstimateError,
  UNIFIED_MEMORY_FRACTION,
  estimate
} from "./chunk-YWU66UXD.js";
import "./chunk-3FMRNC3R.js";
import "./chunk-N4USQFRU.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";
export {
  EstimateError,
  UNIFIED_MEMORY_FRACTION,
  estimate
};
