import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  hubReference,
  isCommitSha
} from "./chunk-NDQIACSR.js";
import "./chunk-NOE7O2GR.js";
export {
  hubReference,
  isCommitSha
};
