import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  gpuLookup,
  modelLookup
} from "./chunk-DARNFOKN.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-JQYZLO6H.js";
import "./chunk-TEGMRT2W.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NZA4EOZF.js";
import "./chunk-FHUT4NP5.js";
import "./chunk-AI7RBIUB.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-NOE7O2GR.js";
export {
  gpuLookup,
  modelLookup
};
