import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/adapt/values.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function at(value, segments) {
  let current = value;
  for (const segment of segments) {
    if (typeof segment === "number") current = Array.isArray(current) ? current[segment] : void 0;
    else current = isRecord(current) && Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : void 0;
  }
  return current;
}
function scalarText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return void 0;
}
function parseWholeNumber(value) {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : void 0;
}

export {
  isRecord,
  at,
  scalarText,
  parseWholeNumber
};
