import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  EstimateError,
  UNIFIED_MEMORY_FRACTION,
  engineSettingsFor,
  estimate
} from "./chunk-OJDPCE45.js";
import "./chunk-X6BC2FSU.js";
import "./chunk-N4USQFRU.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";
export {
  EstimateError,
  UNIFIED_MEMORY_FRACTION,
  engineSettingsFor,
  estimate
};
