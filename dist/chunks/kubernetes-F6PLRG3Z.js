import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  KUBERNETES_KINDS,
  KUBERNETES_MARKERS,
  adaptKubernetes
} from "./chunk-MPNG4FSS.js";
import "./chunk-NB2YBJYL.js";
import "./chunk-KZ27ZWMR.js";
import "./chunk-QMDV6F3O.js";
import "./chunk-MIJ4L7P2.js";
import "./chunk-VUGMCGJM.js";
import "./chunk-3G5BXTFK.js";
import "./chunk-TQVKSG5V.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-U72CDX35.js";
import "./chunk-SMZ6TMJF.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-JQYZLO6H.js";
import "./chunk-D4J7HPE4.js";
import "./chunk-FHUT4NP5.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";
export {
  KUBERNETES_KINDS,
  KUBERNETES_MARKERS,
  adaptKubernetes
};
