import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  HubCache,
  LOCK_FILE,
  LOCK_VERSION,
  defaultCacheDir,
  lockKey,
  readLock,
  writeLock
} from "./chunk-NEXHNDWS.js";
import "./chunk-NDQIACSR.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-NOE7O2GR.js";
export {
  HubCache,
  LOCK_FILE,
  LOCK_VERSION,
  defaultCacheDir,
  lockKey,
  readLock,
  writeLock
};
