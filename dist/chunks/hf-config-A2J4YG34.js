import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  CONFIG_JSON_MAX_BYTES,
  HfConfigError,
  SUPPORTED_MODEL_TYPES,
  architectureFromHfConfig,
  genericReadingAssumption,
  hfConfigInfo,
  readByGenericFallback,
  readConfigJson,
  readHfConfig
} from "./chunk-JZO47CW7.js";
import "./chunk-FHUT4NP5.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-NOE7O2GR.js";
export {
  CONFIG_JSON_MAX_BYTES,
  HfConfigError,
  SUPPORTED_MODEL_TYPES,
  architectureFromHfConfig,
  genericReadingAssumption,
  hfConfigInfo,
  readByGenericFallback,
  readConfigJson,
  readHfConfig
};
