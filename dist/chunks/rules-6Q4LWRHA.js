import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  RULES,
  ruleById
} from "./chunk-TXV3QVXW.js";
import "./chunk-K7HOJ2R2.js";
import "./chunk-W2ZXCMLG.js";
import "./chunk-N4USQFRU.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-NOE7O2GR.js";
export {
  RULES,
  ruleById
};
