import type { SourceRange } from "../base/findings.js";
import type { PathRanges, YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import type { Note } from "./notes.js";
import { at, isRecord, scalarText } from "./values.js";

/**
 * Objects a deployment refers to by name from another document, often another file: a KServe
 * InferenceService runs on a ServingRuntime (or ClusterServingRuntime) that holds the engine's
 * command line; a NIMService reads its model profile (precision, tensor parallelism, GPU) from a
 * NIMCache. The check reads the whole repository for these before adapting anything, so that a
 * pull request that changes only the InferenceService is still read with its runtime.
 *
 * A referenced document keeps its own file: every range in it carries `file`, so a finding about a
 * value read from the runtime lands on the runtime's line, in the runtime's file.
 */

export type ReferenceKind = "ServingRuntime" | "ClusterServingRuntime" | "NIMCache" | "ConfigMap" | OmeReferenceKind;

/**
 * OME's objects (`ome.io`), keyed apart from KServe's: an OME ServingRuntime has the same document
 * kind as KServe's, and is indexed as `OmeServingRuntime`.
 */
export type OmeReferenceKind = "OmeServingRuntime" | "OmeClusterServingRuntime" | "OmeBaseModel" | "OmeClusterBaseModel";

const OME_KINDS: Record<string, OmeReferenceKind> = {
  ServingRuntime: "OmeServingRuntime",
  ClusterServingRuntime: "OmeClusterServingRuntime",
  BaseModel: "OmeBaseModel",
  ClusterBaseModel: "OmeClusterBaseModel",
};

/** Kinds without a namespace: found by name alone. */
const CLUSTER_SCOPED = new Set<ReferenceKind>(["ClusterServingRuntime", "OmeClusterServingRuntime", "OmeClusterBaseModel"]);

/**
 * Every document indexed here has one of these in its text; files without one are not parsed for
 * it. ConfigMaps are indexed only when they hold a KAITO `inference_config.yaml` (the vLLM
 * arguments a Workspace's `inference.config` names), so that the key is their marker and the other
 * ConfigMaps of a repository are not parsed for it.
 */
export const REFERENCE_MARKERS: readonly string[] = ["ServingRuntime", "NIMCache", "inference_config.yaml", "BaseModel"];

/** The data key of a KAITO inference ConfigMap. */
export const KAITO_CONFIG_KEY = "inference_config.yaml";

const API_GROUPS: Record<Exclude<ReferenceKind, OmeReferenceKind>, string> = {
  ServingRuntime: "serving.kserve.io/",
  ClusterServingRuntime: "serving.kserve.io/",
  NIMCache: "apps.nvidia.com/",
  // The core group: apiVersion is exactly `v1` (see referenceKind).
  ConfigMap: "v1",
};

export interface ReferencedObject {
  kind: ReferenceKind;
  name: string;
  /** `metadata.namespace` when written; most GitOps repositories leave it to kustomize or Argo CD. */
  namespace?: string;
  /** The document with every range stamped with `file`. */
  document: YamlDocument;
  /** Path relative to the working directory. */
  file: string;
  absolutePath: string;
}

/** The referenced objects of a repository, by kind and name. */
export interface References {
  /** Objects of `kind` named `name`, those in `namespace` (or with none written) first. */
  find(kind: ReferenceKind, name: string, namespace?: string): ReferencedObject[];
  /** Every object of `kind`, in the order the files were read. */
  all(kind: ReferenceKind): readonly ReferencedObject[];
}

/** No referenced objects: what adapters see when a check has none, and in unit tests. */
export const NO_REFERENCES: References = { find: () => [], all: () => [] };

function stamp(range: SourceRange, file: string): SourceRange {
  return { ...range, file };
}

function stampRanges(ranges: PathRanges, file: string): PathRanges {
  const out: PathRanges = { value: stamp(ranges.value, file), whole: stamp(ranges.whole, file) };
  if (ranges.key) out.key = stamp(ranges.key, file);
  return out;
}

/** The document as seen from another file: the same data, every range naming its file. */
export function inFile(document: YamlDocument, file: string): YamlDocument {
  const ranges = new Map<string, PathRanges>();
  for (const [path, r] of document.ranges) ranges.set(path, stampRanges(r, file));
  return { ...document, ranges, range: stamp(document.range, file) };
}

/** The kind of a document this module indexes, or null. */
export function referenceKind(value: unknown): ReferenceKind | null {
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || typeof kind !== "string") return null;
  if (apiVersion.startsWith("ome.io/")) return Object.prototype.hasOwnProperty.call(OME_KINDS, kind) ? OME_KINDS[kind]! : null;
  if (!Object.prototype.hasOwnProperty.call(API_GROUPS, kind)) return null;
  if (kind === "ConfigMap") return apiVersion === "v1" && typeof at(value, ["data", KAITO_CONFIG_KEY]) === "string" ? "ConfigMap" : null;
  const known = kind as Exclude<ReferenceKind, OmeReferenceKind>;
  return apiVersion.startsWith(API_GROUPS[known]) ? known : null;
}

/** Collects referenced objects file by file; `references()` is what adapters read. */
export class ReferenceIndex implements References {
  private readonly byKind = new Map<ReferenceKind, ReferencedObject[]>();

  /** Index the documents of one file that other documents may refer to. */
  addFile(documents: readonly YamlDocument[], file: string, absolutePath: string): void {
    for (const document of documents) {
      const kind = referenceKind(document.value);
      if (!kind) continue;
      const name = scalarText(at(document.value, ["metadata", "name"]))?.trim();
      if (!name) continue;
      const namespace = scalarText(at(document.value, ["metadata", "namespace"]))?.trim();
      const object: ReferencedObject = { kind, name, document: inFile(document, file), file, absolutePath };
      if (namespace) object.namespace = namespace;
      const list = this.byKind.get(kind) ?? [];
      list.push(object);
      this.byKind.set(kind, list);
    }
  }

  find(kind: ReferenceKind, name: string, namespace?: string): ReferencedObject[] {
    const named = (this.byKind.get(kind) ?? []).filter((o) => o.name === name);
    // Cluster-scoped, or either side without a namespace written: they may well be the same.
    if (CLUSTER_SCOPED.has(kind) || namespace === undefined) return named;
    const same = named.filter((o) => o.namespace === namespace);
    const unspecified = named.filter((o) => o.namespace === undefined);
    return [...same, ...unspecified];
  }

  all(kind: ReferenceKind): readonly ReferencedObject[] {
    return this.byKind.get(kind) ?? [];
  }

  /**
   * The same objects as if their files had been added in `before`'s order (each file's objects
   * keep their document order): what `check` builds once every file is read, from the index it
   * filled in the order the files came (src/pipeline/check-core.ts).
   */
  inFileOrder(before: (a: string, b: string) => number): ReferenceIndex {
    const sorted = new ReferenceIndex();
    // Array.prototype.sort is stable: objects of one file stay in document order.
    for (const [kind, list] of this.byKind) sorted.byKind.set(kind, [...list].sort((a, b) => before(a.file, b.file)));
    return sorted;
  }
}

/**
 * The object a deployment reads when `named` finds several (the same name in several files, no
 * namespace to tell them apart): the first, with a notice that lists them all.
 */
export function firstFound(found: readonly ReferencedObject[], named: Located<string>, note: Note): ReferencedObject | undefined {
  if (found.length > 1) {
    const places = found.map((o) => `${o.file}:${o.document.range.line}`).join(", ");
    note("reference-ambiguous", `${named.value} is defined ${found.length} times (${places}): the first is read`, named.range, "notice");
  }
  return found[0];
}
