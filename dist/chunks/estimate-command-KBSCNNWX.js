import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  UnknownNameError,
  resolveGpu,
  resolveManifestModel,
  resolveModel
} from "./chunk-7EUSSMYG.js";
import "./chunk-BOTQ7RPM.js";
import "./chunk-U72CDX35.js";
import {
  modelLookup
} from "./chunk-SMZ6TMJF.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-JQYZLO6H.js";
import {
  HfConfigError
} from "./chunk-D4J7HPE4.js";
import "./chunk-FHUT4NP5.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-N4USQFRU.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";
export {
  HfConfigError,
  UnknownNameError,
  modelLookup,
  resolveGpu,
  resolveManifestModel,
  resolveModel
};
