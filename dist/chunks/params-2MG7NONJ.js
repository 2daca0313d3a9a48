import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  countParams,
  moeLayerFlags
} from "./chunk-N4USQFRU.js";
import "./chunk-NOE7O2GR.js";
export {
  countParams,
  moeLayerFlags
};
