import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  CheckpointError,
  UnknownNameError,
  configPathFor,
  modelInputFromSpec,
  resolveGpu,
  resolveManifestModel,
  resolveModel
} from "./chunk-HC6CRC43.js";
import "./chunk-EDWJM52X.js";
import "./chunk-U72CDX35.js";
import "./chunk-N4USQFRU.js";
import "./chunk-S4DTXFJA.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-JQYZLO6H.js";
import "./chunk-N4EPNUQY.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-JZO47CW7.js";
import "./chunk-FHUT4NP5.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-NOE7O2GR.js";
export {
  CheckpointError,
  UnknownNameError,
  configPathFor,
  modelInputFromSpec,
  resolveGpu,
  resolveManifestModel,
  resolveModel
};
