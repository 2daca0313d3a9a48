import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/base/units.ts
var GB = 1e9;
var GiB = 2 ** 30;
function formatInteger(value) {
  return formatFixed(value, 0);
}
var FIXED_FORMATS = /* @__PURE__ */ new Map();
function intlFixed(value, digits) {
  let format = FIXED_FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    FIXED_FORMATS.set(digits, format);
  }
  return format.format(value);
}
function groupThousands(digits) {
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return out;
}
function formatFixed(value, digits) {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) return intlFixed(value, digits);
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || Object.is(value, -0) || shortest.includes("e")) return intlFixed(value, digits);
  const point = shortest.indexOf(".");
  let whole = point < 0 ? shortest : shortest.slice(0, point);
  let fraction = point < 0 ? "" : shortest.slice(point + 1);
  if (fraction.length > digits) {
    const up = fraction.charCodeAt(digits) >= 53;
    fraction = fraction.slice(0, digits);
    if (up) {
      const kept = (whole + fraction).split("");
      let i = kept.length - 1;
      while (i >= 0 && kept[i] === "9") kept[i--] = "0";
      if (i >= 0) kept[i] = String.fromCharCode(kept[i].charCodeAt(0) + 1);
      else kept.unshift("1");
      const joined = kept.join("");
      whole = joined.slice(0, joined.length - digits);
      fraction = joined.slice(joined.length - digits);
    }
  } else fraction = fraction.padEnd(digits, "0");
  return `${value < 0 ? "-" : ""}${groupThousands(whole)}${digits > 0 ? `.${fraction}` : ""}`;
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
  GB,
  GiB,
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
