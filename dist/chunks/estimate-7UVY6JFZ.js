import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  EstimateError,
  UNIFIED_MEMORY_FRACTION,
  engineSettingsFor,
  estimate
} from "./chunk-E6H6YJ2R.js";
import "./chunk-4APK3KPY.js";
import "./chunk-N4USQFRU.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";
export {
  EstimateError,
  UNIFIED_MEMORY_FRACTION,
  engineSettingsFor,
  estimate
};
