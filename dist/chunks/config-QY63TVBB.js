import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  CONFIG_MAX_BYTES,
  ConfigError,
  DEFAULT_MAX_FILE_SIZE_BYTES,
  defaultConfig,
  effectivePolicy,
  findConfigDirectory,
  loadConfig,
  parseConfig
} from "./chunk-WCUCRXAF.js";
import "./chunk-3RKFWVUH.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-FHUT4NP5.js";
import "./chunk-AI7RBIUB.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-NOE7O2GR.js";
export {
  CONFIG_FILE_NAMES,
  CONFIG_MAX_BYTES,
  ConfigError,
  DEFAULT_MAX_FILE_SIZE_BYTES,
  defaultConfig,
  effectivePolicy,
  findConfigDirectory,
  loadConfig,
  parseConfig
};
