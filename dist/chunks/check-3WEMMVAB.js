import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  FAIL_ON,
  MAX_DEPLOYMENTS_PER_FILE,
  VERSION,
  adaptDocument,
  failsAt,
  prepareCheck,
  runCheck
} from "./chunk-CY4WB3U5.js";
import "./chunk-SKCOJNKT.js";
import "./chunk-CQWWVEQV.js";
import "./chunk-YCY6XVDY.js";
import "./chunk-TXV3QVXW.js";
import "./chunk-WCHCQUPK.js";
import "./chunk-WCUCRXAF.js";
import "./chunk-3RKFWVUH.js";
import "./chunk-MOGG4K3I.js";
import "./chunk-K7HOJ2R2.js";
import "./chunk-W2ZXCMLG.js";
import "./chunk-U7OVFLHF.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-N4USQFRU.js";
import "./chunk-DARNFOKN.js";
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
  FAIL_ON,
  MAX_DEPLOYMENTS_PER_FILE,
  VERSION,
  adaptDocument,
  failsAt,
  prepareCheck,
  runCheck
};
