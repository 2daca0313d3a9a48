import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  CATALOG_ENTRIES,
  MODELS,
  modelFromEntry
} from "./chunk-D4J7HPE4.js";
import "./chunk-FHUT4NP5.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";
export {
  CATALOG_ENTRIES,
  MODELS,
  modelFromEntry
};
