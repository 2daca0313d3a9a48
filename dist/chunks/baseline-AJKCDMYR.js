import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  BASELINE_MAX_BYTES,
  BaselineError,
  loadBaseline,
  writeBaseline
} from "./chunk-WCHCQUPK.js";
import "./chunk-WCUCRXAF.js";
import "./chunk-3RKFWVUH.js";
import {
  BASELINE_FILE
} from "./chunk-U7OVFLHF.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-FHUT4NP5.js";
import "./chunk-AI7RBIUB.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-NOE7O2GR.js";
export {
  BASELINE_FILE,
  BASELINE_MAX_BYTES,
  BaselineError,
  loadBaseline,
  writeBaseline
};
