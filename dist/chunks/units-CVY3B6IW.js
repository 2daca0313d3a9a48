import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  GB,
  GiB,
  capitalize,
  formatBandwidth,
  formatFixed,
  formatGB,
  formatGiB,
  formatInteger,
  formatParams,
  formatPercent,
  formatRate,
  formatTflops
} from "./chunk-ZT3DUOPJ.js";
import "./chunk-NOE7O2GR.js";
export {
  GB,
  GiB,
  capitalize,
  formatBandwidth,
  formatFixed,
  formatGB,
  formatGiB,
  formatInteger,
  formatParams,
  formatPercent,
  formatRate,
  formatTflops
};
