import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  KUBERNETES_KINDS,
  KUBERNETES_MARKERS,
  adaptKubernetes
} from "./chunk-YQQ7KDO2.js";
import "./chunk-VY67ICIL.js";
import "./chunk-HRL3AZSQ.js";
import "./chunk-SXHIUR4W.js";
import "./chunk-RGHKNOHO.js";
import "./chunk-2NAV2Q4F.js";
import "./chunk-3G5BXTFK.js";
import "./chunk-N7TWXMN6.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-U72CDX35.js";
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
  KUBERNETES_KINDS,
  KUBERNETES_MARKERS,
  adaptKubernetes
};
