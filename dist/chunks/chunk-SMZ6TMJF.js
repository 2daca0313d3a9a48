import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  require_mod
} from "./chunk-CVDZKI6N.js";
import {
  GPUS
} from "./chunk-JQYZLO6H.js";
import {
  MODELS
} from "./chunk-D4J7HPE4.js";
import {
  __toESM
} from "./chunk-NOE7O2GR.js";

// src/catalog/lookup.ts
var import_fastest_levenshtein = __toESM(require_mod());
function normalizeName(name) {
  return name.trim().toLowerCase().replace(/[\s_]+/g, "-");
}
function createLookup(entries) {
  const byName = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    for (const name of [entry.id, ...entry.aliases]) {
      const key = normalizeName(name);
      const holder = byName.get(key);
      if (holder && holder !== entry) throw new Error(`catalog name "${name}" belongs to both ${holder.id} and ${entry.id}`);
      byName.set(key, entry);
    }
  }
  const longestNameChars = Math.max(0, ...[...byName.keys()].map((k) => k.length));
  return {
    find: (name) => byName.get(normalizeName(name)),
    suggest(name, limit = 3) {
      if (name.length > 2 * longestNameChars + 8) return [];
      const wanted = normalizeName(name);
      const best = /* @__PURE__ */ new Map();
      for (const [candidate, entry] of byName) {
        const contains = wanted.length >= 3 && candidate.includes(wanted) || candidate.length >= 3 && wanted.includes(candidate);
        const edits = (0, import_fastest_levenshtein.distance)(wanted, candidate) / Math.max(wanted.length, candidate.length);
        const score = contains ? Math.min(0.1, edits) : edits;
        const previous = best.get(entry.id);
        if (previous === void 0 || score < previous) best.set(entry.id, score);
      }
      return [...best.entries()].filter(([, score]) => score <= 0.5).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([id]) => id);
    }
  };
}

// src/catalog/lookups.ts
var modelLookup = createLookup(MODELS);
var gpuLookup = createLookup(GPUS);

export {
  createLookup,
  modelLookup,
  gpuLookup
};
