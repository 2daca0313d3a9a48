import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DiscoveryError,
  OUTSIDE_LINK_REASON,
  discover
} from "./chunk-CQWWVEQV.js";
import "./chunk-YCY6XVDY.js";
import "./chunk-AI7RBIUB.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-NOE7O2GR.js";
export {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DiscoveryError,
  OUTSIDE_LINK_REASON,
  discover
};
