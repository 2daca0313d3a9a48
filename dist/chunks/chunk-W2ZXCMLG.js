import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/base/units.ts
var GB = 1e9;
var GiB = 2 ** 30;
var integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
function formatInteger(value) {
  return integer.format(value);
}
var FIXED_FORMATS = /* @__PURE__ */ new Map();
function formatFixed(value, digits) {
  let format = FIXED_FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    FIXED_FORMATS.set(digits, format);
  }
  return format.format(value);
}
function formatGB(bytes, digits = 1) {
  return `${formatFixed(bytes / GB, digits)} GB`;
}
function formatGiB(bytes) {
  const gib = bytes / GiB;
  return `${Number.isInteger(gib) ? formatInteger(gib) : formatFixed(gib, 1)} GiB`;
}
function formatBandwidth(bytesPerSec) {
  if (bytesPerSec >= 1e12) return `${formatFixed(bytesPerSec / 1e12, 2)} TB/s`;
  return `${formatFixed(bytesPerSec / 1e9, 0)} GB/s`;
}
function formatParams(count) {
  if (count >= 1e9) return `${formatFixed(count / 1e9, 2)}B`;
  return `${formatFixed(count / 1e6, 1)}M`;
}
function formatPercent(value, digits = 1) {
  return `${formatFixed(value, digits)}%`;
}
function formatTflops(flopsPerSec) {
  return `${formatFixed(flopsPerSec / 1e12, 0)} TFLOPS`;
}
function formatRate(value) {
  if (value >= 100) return formatInteger(value);
  if (value >= 10) return formatFixed(value, 1);
  return formatFixed(value, 2);
}
function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export {
  formatInteger,
  formatFixed,
  formatGB,
  formatGiB,
  formatBandwidth,
  formatParams,
  formatPercent,
  formatTflops,
  formatRate,
  capitalize
};
