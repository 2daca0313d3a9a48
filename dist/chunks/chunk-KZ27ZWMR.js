import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  at,
  isRecord,
  scalarText
} from "./chunk-3G5BXTFK.js";

// src/adapt/references.ts
var OME_KINDS = {
  ServingRuntime: "OmeServingRuntime",
  ClusterServingRuntime: "OmeClusterServingRuntime",
  BaseModel: "OmeBaseModel",
  ClusterBaseModel: "OmeClusterBaseModel"
};
var CLUSTER_SCOPED = /* @__PURE__ */ new Set(["ClusterServingRuntime", "OmeClusterServingRuntime", "OmeClusterBaseModel"]);
var REFERENCE_MARKERS = ["ServingRuntime", "NIMCache", "inference_config.yaml", "BaseModel"];
var KAITO_CONFIG_KEY = "inference_config.yaml";
var API_GROUPS = {
  ServingRuntime: "serving.kserve.io/",
  ClusterServingRuntime: "serving.kserve.io/",
  NIMCache: "apps.nvidia.com/",
  // The core group: apiVersion is exactly `v1` (see referenceKind).
  ConfigMap: "v1"
};
var NO_REFERENCES = { find: () => [], all: () => [] };
function stamp(range, file) {
  return { ...range, file };
}
function stampRanges(ranges, file) {
  const out = { value: stamp(ranges.value, file), whole: stamp(ranges.whole, file) };
  if (ranges.key) out.key = stamp(ranges.key, file);
  return out;
}
function inFile(document, file) {
  const ranges = /* @__PURE__ */ new Map();
  for (const [path, r] of document.ranges) ranges.set(path, stampRanges(r, file));
  return { ...document, ranges, range: stamp(document.range, file) };
}
function referenceKind(value) {
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || typeof kind !== "string") return null;
  if (apiVersion.startsWith("ome.io/")) return Object.prototype.hasOwnProperty.call(OME_KINDS, kind) ? OME_KINDS[kind] : null;
  if (!Object.prototype.hasOwnProperty.call(API_GROUPS, kind)) return null;
  if (kind === "ConfigMap") return apiVersion === "v1" && typeof at(value, ["data", KAITO_CONFIG_KEY]) === "string" ? "ConfigMap" : null;
  const known = kind;
  return apiVersion.startsWith(API_GROUPS[known]) ? known : null;
}
var ReferenceIndex = class _ReferenceIndex {
  byKind = /* @__PURE__ */ new Map();
  /** Index the documents of one file that other documents may refer to. */
  addFile(documents, file, absolutePath) {
    for (const document of documents) {
      const kind = referenceKind(document.value);
      if (!kind) continue;
      const name = scalarText(at(document.value, ["metadata", "name"]))?.trim();
      if (!name) continue;
      const namespace = scalarText(at(document.value, ["metadata", "namespace"]))?.trim();
      const object = { kind, name, document: inFile(document, file), file, absolutePath };
      if (namespace) object.namespace = namespace;
      const list = this.byKind.get(kind) ?? [];
      list.push(object);
      this.byKind.set(kind, list);
    }
  }
  find(kind, name, namespace) {
    const named = (this.byKind.get(kind) ?? []).filter((o) => o.name === name);
    if (CLUSTER_SCOPED.has(kind) || namespace === void 0) return named;
    const same = named.filter((o) => o.namespace === namespace);
    const unspecified = named.filter((o) => o.namespace === void 0);
    return [...same, ...unspecified];
  }
  all(kind) {
    return this.byKind.get(kind) ?? [];
  }
  /**
   * The same objects as if their files had been added in `before`'s order (each file's objects
   * keep their document order): what `check` builds once every file is read, from the index it
   * filled in the order the files came (src/pipeline/check-core.ts).
   */
  inFileOrder(before) {
    const sorted = new _ReferenceIndex();
    for (const [kind, list] of this.byKind) sorted.byKind.set(kind, [...list].sort((a, b) => before(a.file, b.file)));
    return sorted;
  }
};
function firstFound(found, named, note) {
  if (found.length > 1) {
    const places = found.map((o) => `${o.file}:${o.document.range.line}`).join(", ");
    note("reference-ambiguous", `${named.value} is defined ${found.length} times (${places}): the first is read`, named.range, "notice");
  }
  return found[0];
}

export {
  REFERENCE_MARKERS,
  KAITO_CONFIG_KEY,
  NO_REFERENCES,
  inFile,
  ReferenceIndex,
  firstFound
};
