import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  finishWithModels,
  lookUpModels
} from "./chunk-HMJSOHAT.js";
import "./chunk-E6H6YJ2R.js";
import "./chunk-ZT3DUOPJ.js";
import "./chunk-4APK3KPY.js";
import "./chunk-FQDBAPTB.js";
import "./chunk-MCN5FH5U.js";
import "./chunk-NDQIACSR.js";
import "./chunk-U7OVFLHF.js";
import "./chunk-HRL3AZSQ.js";
import "./chunk-3G5BXTFK.js";
import "./chunk-N7TWXMN6.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-HC6CRC43.js";
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
  finishWithModels,
  lookUpModels
};
