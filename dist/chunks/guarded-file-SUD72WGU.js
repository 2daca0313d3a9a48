import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  exists,
  isInside,
  kindOf,
  readGuarded,
  readGuardedHead,
  realRoot
} from "./chunk-MF5XHCMM.js";
import "./chunk-NOE7O2GR.js";
export {
  exists,
  isInside,
  kindOf,
  readGuarded,
  readGuardedHead,
  realRoot
};
