import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/physics/precision.ts
var PRECISION_BITS = {
  fp32: 32,
  bf16: 16,
  fp16: 16,
  fp8: 8,
  int8: 8,
  int4: 4,
  fp4: 4
};
var PRECISIONS = Object.keys(PRECISION_BITS);
var SEED_SCENARIOS = ["int8", "fp8", "bf16"];
function isPrecision(value) {
  return Object.prototype.hasOwnProperty.call(PRECISION_BITS, value);
}
function bytesFor(count, precision) {
  return Math.ceil(count * PRECISION_BITS[precision] / 8);
}
function bytesPerValue(precision) {
  return PRECISION_BITS[precision] / 8;
}

export {
  PRECISION_BITS,
  PRECISIONS,
  SEED_SCENARIOS,
  isPrecision,
  bytesFor,
  bytesPerValue
};
