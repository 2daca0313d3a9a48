import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  GPUS
} from "./chunk-JQYZLO6H.js";
import "./chunk-NOE7O2GR.js";
export {
  GPUS
};
