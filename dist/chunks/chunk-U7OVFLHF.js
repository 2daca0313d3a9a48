import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-PDOFKQNQ.js";

// src/evaluate/baseline.ts
import { createHash } from "node:crypto";
var BASELINE_VERSION = 1;
var BASELINE_FILE = ".llm-physics/baseline.json";
function stableMessage(message) {
  return message.replace(/\d+(?:[.,]\d+)*/g, "#").replace(/\s+/g, " ").trim();
}
function messageHash(message) {
  return createHash("sha256").update(stableMessage(message)).digest("hex").slice(0, 16);
}
function keyOf(ruleId, file, deployment, hash) {
  return JSON.stringify([ruleId, file, deployment ?? null, hash]);
}
function findingKey(f) {
  return keyOf(f.ruleId, f.file, f.deployment, messageHash(f.message));
}
function createBaseline(findings) {
  const entries = /* @__PURE__ */ new Map();
  for (const f of [...findings].sort(compareFindings)) {
    const key = findingKey(f);
    const entry = entries.get(key);
    if (entry) entry.count++;
    else entries.set(key, { ruleId: f.ruleId, file: f.file, ...f.deployment !== void 0 ? { deployment: f.deployment } : {}, hash: messageHash(f.message), count: 1, message: f.message });
  }
  const order = (e) => [e.file, e.ruleId, e.deployment ?? "", e.hash];
  const sorted = [...entries.values()].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  });
  return { version: BASELINE_VERSION, findings: sorted };
}
function applyBaseline(findings, baseline) {
  const budget = /* @__PURE__ */ new Map();
  for (const e of baseline.findings) {
    const key = keyOf(e.ruleId, e.file, e.deployment, e.hash);
    budget.set(key, (budget.get(key) ?? 0) + e.count);
  }
  const accepted = /* @__PURE__ */ new Set();
  for (const f of [...findings].sort(compareFindings)) {
    const key = findingKey(f);
    const left = budget.get(key) ?? 0;
    if (left === 0) continue;
    budget.set(key, left - 1);
    accepted.add(f);
  }
  let unmatched = 0;
  for (const left of budget.values()) unmatched += left;
  return { kept: findings.filter((f) => !accepted.has(f)), baselined: findings.filter((f) => accepted.has(f)), unmatched };
}
var BaselineFormatError = class extends Error {
};
function parseBaseline(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BaselineFormatError(`is not valid JSON (${error.message})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new BaselineFormatError("must be a JSON object with version and findings");
  const root = value;
  if (root.version !== BASELINE_VERSION) {
    throw new BaselineFormatError(`has version ${JSON.stringify(root.version) ?? "(none)"}, and this llm-physics reads version ${BASELINE_VERSION}; write it again with \`llm-physics baseline\``);
  }
  if (!Array.isArray(root.findings)) throw new BaselineFormatError("must hold a findings array");
  const findings = root.findings.map((item, i) => {
    const at = `findings[${i}]`;
    if (item === null || typeof item !== "object" || Array.isArray(item)) throw new BaselineFormatError(`${at} must be an object`);
    const e = item;
    for (const key of ["ruleId", "file", "hash"]) {
      if (typeof e[key] !== "string" || e[key] === "") throw new BaselineFormatError(`${at}.${key} must be a non-empty string`);
    }
    if (e.deployment !== void 0 && typeof e.deployment !== "string") throw new BaselineFormatError(`${at}.deployment must be a string when present`);
    const count = e.count ?? 1;
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 1) throw new BaselineFormatError(`${at}.count must be a whole number of at least 1`);
    return {
      ruleId: e.ruleId,
      file: e.file,
      ...typeof e.deployment === "string" ? { deployment: e.deployment } : {},
      hash: e.hash,
      count,
      message: typeof e.message === "string" ? e.message : ""
    };
  });
  return { version: BASELINE_VERSION, findings };
}
function serializeBaseline(baseline) {
  return `${JSON.stringify(baseline, null, 2)}
`;
}

export {
  BASELINE_VERSION,
  BASELINE_FILE,
  stableMessage,
  createBaseline,
  applyBaseline,
  BaselineFormatError,
  parseBaseline,
  serializeBaseline
};
