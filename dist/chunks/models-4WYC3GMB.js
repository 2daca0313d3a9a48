import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  finishWithModels,
  lookUpModels
} from "./chunk-UIPTIJ2A.js";
import "./chunk-UKLPMNZX.js";
import "./chunk-QXBTFUO2.js";
import "./chunk-6QDY4KUR.js";
import "./chunk-MCN5FH5U.js";
import "./chunk-NDQIACSR.js";
import "./chunk-U7OVFLHF.js";
import "./chunk-KZ27ZWMR.js";
import "./chunk-3G5BXTFK.js";
import "./chunk-TQVKSG5V.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-7EUSSMYG.js";
import "./chunk-BOTQ7RPM.js";
import "./chunk-U72CDX35.js";
import "./chunk-SMZ6TMJF.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-JQYZLO6H.js";
import "./chunk-D4J7HPE4.js";
import "./chunk-FHUT4NP5.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-TF4GYYB4.js";
import "./chunk-PFYC7H33.js";
import "./chunk-N4USQFRU.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-ZT3DUOPJ.js";
import "./chunk-NOE7O2GR.js";
export {
  finishWithModels,
  lookUpModels
};
