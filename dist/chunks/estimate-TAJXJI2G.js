import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  EstimateError,
  UNIFIED_MEMORY_FRACTION,
  engineSettingsFor,
  estimate
} from "./chunk-TF4GYYB4.js";
import "./chunk-PFYC7H33.js";
import "./chunk-N4USQFRU.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";
export {
  EstimateError,
  UNIFIED_MEMORY_FRACTION,
  engineSettingsFor,
  estimate
};
