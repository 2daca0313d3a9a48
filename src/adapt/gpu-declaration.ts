import { GPUS } from "../catalog/gpus.js";
import { findInstanceType } from "../catalog/instance-types.js";
import { gpuLookup } from "../catalog/lookups.js";
import { joinPath, pathSegments, type YamlDocument } from "../parse/yaml-file.js";
import type { Deployment, Located } from "../base/deployment.js";
import type { SourceRange } from "../base/findings.js";
import { rangeAt } from "./kit.js";
import { describeValue } from "../base/text.js";
import { isRecord, parseWholeNumber, scalarText } from "./values.js";
import type { AdaptNote, NoteCode } from "./notes.js";

/**
 * Which GPU, and how many, a workload declares: the one module every reader uses for it. Read
 * from a Kubernetes pod spec (annotation, node selector, node affinity, container resources), from
 * the node-selector terms or label values of a Helm values file, or from a SkyPilot / dstack
 * accelerator string. What is shared, once:
 *
 * - normalising a label's value (normaliseGpuLabel): `-SHARED` and `-MIG-…` suffixes stripped,
 *   a Karpenter family made exact by the GPU memory label, each with a note;
 * - choosing among several GPUs a selector allows (leastMemoryOf): the one with the least
 *   memory; of a launcher's alternatives (firstAccelerator): the first, as the launcher tries them;
 * - counting GPUs (gpuCountOf, and over a pod's containers): see gpuCountOf for the rule.
 *
 * (Env variables, which some declarations come with, are read in env.ts.)
 *
 * Pure functions: nothing here resolves or judges the GPU; callers look the name up in the
 * catalog and report what does not resolve. Every note is a notice placed at the value it is
 * about; a reader passes it on, drops or re-rates it by its code.
 */

export interface GpuDeclaration {
  /** A name gpuLookup can resolve (MIG and -SHARED suffixes stripped, with a note). */
  gpu?: Located<string>;
  count?: Located<number>;
  /**
   * What a reader should know about how the declaration was read, and what is missing: notices,
   * each at the value it is about (a missing type or count at the `anchor` the caller gave).
   */
  notes: AdaptNote[];
  /** Where the GPU type came from, for reports: "nodeSelector nvidia.com/gpu.product" … */
  source?: string;
  /** The labels the pods must run on (nodeSelectorLabels), by which `.llm-physics.yml` `gpus:` finds a node pool's GPU. */
  nodeLabels?: NodeLabels;
}

/** Node labels a workload requires, with the range of the block they are written in. */
export type NodeLabels = NonNullable<Deployment["nodeLabels"]>;

/** The annotation by which a manifest states its GPU explicitly; it wins over every label. */
export const GPU_ANNOTATION = "llm-physics.dev/gpu";

export const PRODUCT_LABEL = "nvidia.com/gpu.product";
const GKE_LABEL = "cloud.google.com/gke-accelerator";
const KARPENTER_NAME_LABEL = "karpenter.k8s.aws/instance-gpu-name";
const KARPENTER_MEMORY_LABEL = "karpenter.k8s.aws/instance-gpu-memory";
const INSTANCE_TYPE_LABELS = ["node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type"];
const GKE_PARTITION_LABEL = "cloud.google.com/gke-gpu-partition-size";
/** The AMD GPU operator's node labeller: `AMD_Instinct_MI300X_OAM` (and its older `beta.` spelling). */
const AMD_PRODUCT_LABELS = ["amd.com/gpu.product-name", "beta.amd.com/gpu.product-name"];
/**
 * CoreWeave CKS node labels (also what SkyPilot and the llm-d benchmarks select GPUs by):
 * `H100_NVLINK_80GB`, `A100_PCIE_40GB`, `RTX_A6000`, `H200`.
 */
const COREWEAVE_LABELS = ["gpu.nvidia.com/model", "gpu.nvidia.com/class"];
/** AKS marks GPU nodes with the vendor only (`nvidia`): it names no model. */
const AKS_LABEL = "kubernetes.azure.com/accelerator";

/** Node labels that name the GPU, most specific first. */
const GPU_LABELS = [PRODUCT_LABEL, ...AMD_PRODUCT_LABELS, GKE_LABEL, ...COREWEAVE_LABELS, KARPENTER_NAME_LABEL, AKS_LABEL, ...INSTANCE_TYPE_LABELS];

/** Node labels that give the GPUs per node, read as the count when no container asks for GPUs. */
const COUNT_LABELS = ["karpenter.k8s.aws/instance-gpu-count", "gpu.nvidia.com/count"];

/**
 * Node Feature Discovery's PCI labels name the vendor only (`feature.node.kubernetes.io/pci-10de.present`,
 * `pci-0302_10de.present` with the class): NVIDIA 10de, AMD 1002. A device id would need a table of
 * PCI ids, which NFD's default labels do not carry.
 */
const NFD_VENDOR_LABEL = /^feature\.node\.kubernetes\.io\/pci-(?:[0-9a-f]{4}_)?(10de|1002)\.present$/i;

/** A MIG device resource of the mixed strategy: `nvidia.com/mig-1g.10gb` (`.me` / `+me` with the media engines). */
const MIG_RESOURCE = /^nvidia\.com\/mig-(\d+g\.\d+gb)(?:[.+]me)?$/i;

/** Extended resources that count whole accelerators. */
export const GPU_RESOURCES = ["nvidia.com/gpu", "amd.com/gpu", "habana.ai/gaudi"];

/** What the raw text of a document that asks for accelerators contains: the resource names, and MIG devices' prefix. */
export const GPU_REQUEST_MARKERS: readonly string[] = [...GPU_RESOURCES, "nvidia.com/mig-"];

/** How to declare a GPU type outside the manifest, added to every reader's gpu-type-missing note. */
export const DECLARE_IN_CONFIG = "or map it in .llm-physics.yml gpus: by path or by node label";

const MISSING_TYPE = `no GPU type is declared: checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL}, or the annotation ${GPU_ANNOTATION}: H100-SXM on the object, ${DECLARE_IN_CONFIG}`;

// ------------------------------------------------------------------------------------ paths

type Segment = string | number;

/** `spec.template.spec` or `spec.replicatedJobs[0].template.spec` → segments. */


/** A place in the document: its plain value, the key of `doc.ranges`, and the path shown to readers. */
interface Node {
  value: unknown;
  rangePath: string;
  display: string;
}

function child(node: Node, segment: Segment): Node {
  let value: unknown;
  if (typeof segment === "number") value = Array.isArray(node.value) ? node.value[segment] : undefined;
  else value = isRecord(node.value) ? node.value[segment] : undefined;
  const display =
    typeof segment === "number" || /^[A-Za-z_$][\w$-]*$/.test(segment)
      ? joinPath(node.display, segment)
      : `${node.display}[${JSON.stringify(segment)}]`;
  return { value, rangePath: joinPath(node.rangePath, segment), display };
}

function nodeAt(doc: YamlDocument, path: string): Node {
  let node: Node = { value: doc.value, rangePath: "", display: "" };
  for (const segment of pathSegments(path)) node = child(node, segment);
  return node;
}

function items(node: Node): Node[] {
  return Array.isArray(node.value) ? node.value.map((_, i) => child(node, i)) : [];
}


function located<T>(doc: YamlDocument, node: Node, value: T): Located<T> {
  return { value, range: rangeAt(doc, node.rangePath), path: node.display };
}

/** A GPU-declaration note: always a notice (what is missing is the caller's to rate). */
export function gpuNote(code: NoteCode, message: string, range: SourceRange): AdaptNote {
  return { code, message, range, severity: "notice" };
}

/** A label's value as written, trimmed; undefined for an empty string, a boolean, a mapping or a list. */
function labelText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number") return String(value);
  return undefined;
}

// ------------------------------------------------------------------------------------ GPU names

export interface Normalised {
  name: string;
  notes: AdaptNote[];
}

/**
 * A product label as the catalog names it: a MIG profile of the single strategy
 * (`NVIDIA-A100-SXM4-80GB-MIG-3g.40gb`) and a time-sliced GPU (`NVIDIA-A100-SXM4-80GB-SHARED`) are
 * kept as written, both catalog names; `-SHARED` after a MIG profile is dropped (the catalog names
 * MIG profiles without it). A time-sliced GPU is noted at `range`: its memory is shared, so the
 * check is an upper bound.
 */
function normaliseProduct(raw: string, where: string, range: SourceRange): Normalised {
  const notes: AdaptNote[] = [];
  let name = raw.trim();
  const shared = /-SHARED$/i.exec(name);
  if (shared && /-MIG-\d+g\.\d+gb(?:\+me)?-SHARED$/i.test(name)) name = name.slice(0, shared.index);
  if (shared) {
    notes.push(
      gpuNote(
        "gpu-time-sliced",
        `${where} ${raw} is a time-sliced GPU (-SHARED): its memory is shared with the other pods on it, so the check is an upper bound: the workload may get less than the whole GPU`,
        range,
      ),
    );
  }
  return { name, notes };
}

/** Bare Karpenter GPU names that cover more than one catalog entry on AWS. */
const KARPENTER_AMBIGUOUS: Record<string, string> = {
  a100: "A100 40GB (p4d) and 80GB (p4de)",
  v100: "V100 16GB (p3) and 32GB (p3dn)",
};

/**
 * A Karpenter GPU name (`a100`, `h100`, `l4`), made exact by the GPU memory label (MiB) when the
 * workload also selects that.
 */
function normaliseKarpenter(raw: string, where: string, memoryMiB: number | undefined, range: SourceRange): Normalised {
  const family = raw.trim().toLowerCase();
  if (memoryMiB !== undefined) {
    const exact = wholeGpus().find((g) => g.id.toLowerCase().startsWith(`${family}-`) && nearMemory(g.memoryBytes, memoryMiB * 2 ** 20));
    if (exact) return { name: exact.id, notes: [] };
  }
  const covers = KARPENTER_AMBIGUOUS[family];
  if (!covers) return { name: raw.trim(), notes: [] };
  const checked = gpuLookup.find(family)?.id ?? raw.trim();
  return {
    name: raw.trim(),
    notes: [
      gpuNote(
        "gpu-name-ambiguous",
        `${where} ${raw} covers ${covers}: checked as ${checked}, the smaller; select ${KARPENTER_MEMORY_LABEL} as well, or set the annotation ${GPU_ANNOTATION}, to be exact`,
        range,
      ),
    ],
  };
}

/**
 * Whether a catalog GPU's memory is the size a label states (CoreWeave `80GB`, Karpenter `81920`
 * MiB): within 10%, as the catalog may hold the exposed memory (81,559 MiB) and labels the marketed.
 */
function nearMemory(catalogBytes: number, statedBytes: number): boolean {
  return Math.abs(catalogBytes - statedBytes) <= 0.1 * statedBytes;
}

/** Catalog entries that are whole devices (not MIG profiles). */
function wholeGpus() {
  return GPUS.filter((g) => !/-MIG-/i.test(g.id));
}

/**
 * A CoreWeave GPU class (`H100_NVLINK_80GB`, `A100_PCIE_40GB`, `Tesla_V100_NVLINK`) as the catalog
 * names it: the family, NVLINK (SXM) or PCIE, and the memory; a family without the memory is the
 * smaller of its sizes, with a note. Names the catalog knows as written (`H200`, `RTX_A6000`) stay.
 */
function normaliseCoreWeave(raw: string, where: string, range: SourceRange): Normalised {
  const text = raw.trim();
  if (gpuLookup.find(text)) return { name: text, notes: [] };
  const match = /^(?:Tesla[-_]|NVIDIA[-_])?([A-Za-z]+\d+[A-Za-z]*)(?:[-_](NVLINK|SXM\d?|PCIE))?(?:[-_](\d+)G[B]?)?$/i.exec(text);
  if (!match) return { name: text, notes: [] };
  const family = match[1]!.toLowerCase();
  const form = match[2]?.toUpperCase();
  const gb = match[3] !== undefined ? Number(match[3]) : undefined;
  const fits = wholeGpus()
    .filter((g) => g.id.toLowerCase() === family || g.id.toLowerCase().startsWith(`${family}-`))
    .filter((g) => (form === "PCIE" ? /pcie/i.test(g.id) : form === undefined || !/pcie|nvl/i.test(g.id)))
    .filter((g) => gb === undefined || nearMemory(g.memoryBytes, gb * 2 ** 30))
    .sort((a, b) => a.memoryBytes - b.memoryBytes);
  const first = fits[0];
  if (!first) return { name: text, notes: [] };
  const sizes = new Set(fits.map((g) => g.memoryBytes));
  if (sizes.size === 1) return { name: first.id, notes: [] };
  return {
    name: first.id,
    notes: [
      gpuNote(
        "gpu-name-ambiguous",
        `${where} ${raw} covers ${fits.map((g) => g.id).join(", ")}: checked as ${first.id}, the smallest; set the annotation ${GPU_ANNOTATION} to be exact`,
        range,
      ),
    ],
  };
}

/** Label values that name only a vendor. */
const VENDOR_ONLY = new Set(["nvidia", "amd", "intel", "habana"]);

/**
 * The GPU a node label's value names, as gpuLookup can resolve it: a Karpenter family
 * (`karpenter.k8s.aws/instance-gpu-name: a100`) made exact by the GPU memory (MiB) the workload
 * also selects, else a product name with its `-SHARED` and `-MIG-…` suffixes stripped. `where`
 * names the selector in notes (`nodeSelector nvidia.com/gpu.product`); `range` is the value's.
 */
export function normaliseGpuLabel(label: string, raw: string, where: string, range: SourceRange, karpenterMemoryMiB?: number): Normalised {
  if (label === KARPENTER_NAME_LABEL) return normaliseKarpenter(raw, where, karpenterMemoryMiB, range);
  if (COREWEAVE_LABELS.includes(label)) return normaliseCoreWeave(raw, where, range);
  return normaliseProduct(raw, where, range);
}

function memoryOf(name: string): number | undefined {
  return gpuLookup.find(name)?.memoryBytes;
}

function gpuId(name: string): string {
  return gpuLookup.find(name)?.id ?? name.toLowerCase();
}

// ------------------------------------------------------------------------------------ candidates

/** One GPU a selector names. */
interface Candidate {
  gpu: Located<string>;
  /** Where the GPU type came from, for reports: `nodeSelector nvidia.com/gpu.product`. */
  source: string;
  /** The selector and its value, as notes name it: `nodeSelector nvidia.com/gpu.product NVIDIA-L4`. */
  shown: string;
  notes: AdaptNote[];
  /** GPUs per node, when an instance type tells. */
  perNode?: Located<number>;
  /** The value as written, for notes. */
  written: string;
}

/** Candidates named by one label's value; an unknown instance type yields a note instead. */
function fromLabel(
  doc: YamlDocument,
  label: string,
  node: Node,
  where: string,
  karpenterMemoryMiB: number | undefined,
  notes: AdaptNote[],
): Candidate | undefined {
  const text = labelText(node.value);
  if (text === undefined) return undefined;
  const source = `${where} ${label}`;
  const range = rangeAt(doc, node.rangePath);
  if (INSTANCE_TYPE_LABELS.includes(label)) {
    const type = findInstanceType(text);
    if (!type) {
      notes.push(
        gpuNote(
          "instance-type-unknown",
          `${source} ${text} is not an instance type llm-physics knows: its GPU is not read from it; add a nodeSelector ${PRODUCT_LABEL}, or the annotation ${GPU_ANNOTATION}`,
          range,
        ),
      );
      return undefined;
    }
    return {
      gpu: located(doc, node, type.gpu),
      source: `${source} ${text}`,
      shown: `${source} ${text}`,
      notes: [],
      perNode: located(doc, node, type.count),
      written: text,
    };
  }
  if (label === AKS_LABEL && !gpuLookup.find(text) && VENDOR_ONLY.has(text.toLowerCase())) {
    notes.push(vendorOnlyNote(`${source} ${text}`, range));
    return undefined;
  }
  const normalised = normaliseGpuLabel(label, text, source, range, karpenterMemoryMiB);
  return { gpu: located(doc, node, normalised.name), source, shown: `${source} ${text}`, notes: normalised.notes, written: text };
}

function vendorOnlyNote(shown: string, range: SourceRange): AdaptNote {
  return gpuNote(
    "gpu-label-vendor-only",
    `${shown} names the GPU vendor, not the model: the GPU type is not read from it; select ${PRODUCT_LABEL} as well, set the annotation ${GPU_ANNOTATION}, ${DECLARE_IN_CONFIG}`,
    range,
  );
}

/**
 * Of several GPUs, the one with the least memory: the workload must fit wherever the scheduler
 * puts it. Items naming the same catalog GPU count once (the first); a GPU the catalog knows
 * comes before one it does not; of equals, the first. `distinct` lists one item per GPU, in order.
 */
export function leastMemoryOf<T>(items: readonly T[], name: (item: T) => string): { chosen: T; distinct: T[] } | undefined {
  if (items.length === 0) return undefined;
  const first = items[0] as T;
  const distinct = new Map<string, T>();
  for (const item of items) if (!distinct.has(gpuId(name(item)))) distinct.set(gpuId(name(item)), item);
  let chosen = first;
  for (const item of distinct.values()) {
    const m = memoryOf(name(item));
    const cm = memoryOf(name(chosen));
    if (m !== undefined && (cm === undefined || m < cm)) chosen = item;
  }
  return { chosen, distinct: [...distinct.values()] };
}

/**
 * Of several GPUs a selector allows, the one with the least memory (leastMemoryOf), the others
 * named in a note (`gpu-least-memory`) at the chosen value.
 */
function leastMemory(candidates: Candidate[], why: string): Candidate | undefined {
  const pick = leastMemoryOf(candidates, (c) => c.gpu.value);
  if (!pick) return undefined;
  if (pick.distinct.length === 1) return candidates[0];
  const best = pick.chosen;
  const others = pick.distinct.filter((c) => c !== best).map((c) => c.written);
  return {
    ...best,
    notes: [
      ...best.notes,
      gpuNote(
        "gpu-least-memory",
        `${why} allows ${[best.written, ...others].join(", ")}: checked as ${best.written}, the one with the least memory; ${others.join(", ")} ${others.length === 1 ? "is" : "are"} not checked`,
        best.gpu.range,
      ),
    ],
  };
}

function karpenterMemory(selector: Node): number | undefined {
  const text = labelText(child(selector, KARPENTER_MEMORY_LABEL).value);
  const n = text === undefined ? NaN : Number(text);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** One candidate per label in the nodeSelector, most specific label first. */
function fromNodeSelector(doc: YamlDocument, podSpec: Node, notes: AdaptNote[]): Candidate[] {
  const selector = child(podSpec, "nodeSelector");
  if (!isRecord(selector.value)) return [];
  const memory = karpenterMemory(selector);
  const found: Candidate[] = [];
  for (const label of GPU_LABELS) {
    const c = fromLabel(doc, label, child(selector, label), "nodeSelector", memory, notes);
    if (c) found.push(c);
  }
  return found;
}

/** Match expressions of node affinity terms, required (`nodeSelectorTerms`) or preferred. */
function affinityExpressions(podSpec: Node, kind: "required" | "preferred"): Node[] {
  const nodeAffinity = child(child(podSpec, "affinity"), "nodeAffinity");
  const terms =
    kind === "required"
      ? items(child(child(nodeAffinity, "requiredDuringSchedulingIgnoredDuringExecution"), "nodeSelectorTerms"))
      : items(child(nodeAffinity, "preferredDuringSchedulingIgnoredDuringExecution")).map((t) => child(t, "preference"));
  return terms.flatMap((term) => items(child(term, "matchExpressions")));
}

function fromAffinity(doc: YamlDocument, podSpec: Node, kind: "required" | "preferred", notes: AdaptNote[]): Candidate[] {
  return fromExpressions(doc, affinityExpressions(podSpec, kind), kind === "required" ? "node affinity" : "preferred node affinity", notes);
}

/**
 * One candidate per GPU label the match expressions constrain with `In`, most specific label
 * first; several values (or several terms) for one label leave the one with the least memory.
 */
function fromExpressions(doc: YamlDocument, expressions: Node[], where: string, notes: AdaptNote[]): Candidate[] {
  const memoryValues = expressions
    .filter((e) => isRecord(e.value) && e.value.key === KARPENTER_MEMORY_LABEL && e.value.operator === "In")
    .flatMap((e) => items(child(e, "values")));
  const memoryText = memoryValues.length === 1 ? labelText(memoryValues[0]?.value) : undefined;
  const memory = memoryText !== undefined && Number(memoryText) > 0 ? Number(memoryText) : undefined;
  const found: Candidate[] = [];
  for (const label of GPU_LABELS) {
    const candidates: Candidate[] = [];
    for (const expression of expressions) {
      if (!isRecord(expression.value) || expression.value.key !== label || expression.value.operator !== "In") continue;
      for (const value of items(child(expression, "values"))) {
        const c = fromLabel(doc, label, value, where, memory, notes);
        if (c) candidates.push(c);
      }
    }
    const pick = leastMemory(candidates, `${where} ${label}`);
    if (pick) found.push(pick);
  }
  return found;
}

/** A GPU type read from a values file, with what a reader should know about how. */
export interface GpuChoice {
  gpu?: Located<string>;
  notes: AdaptNote[];
}

function chosen(candidate: Candidate | undefined, notes: AdaptNote[]): GpuChoice {
  return candidate ? { gpu: candidate.gpu, notes: [...notes, ...candidate.notes] } : { notes };
}

/**
 * The GPU node-selector terms written outside a pod spec select (`nodeSelectorTerms` of a vLLM
 * production-stack modelSpec, which the chart puts in the pod's required node affinity): read as
 * required node affinity is. `where` names the terms in notes.
 */
export function gpuFromSelectorTerms(doc: YamlDocument, termsPath: string, where: string): GpuChoice {
  const notes: AdaptNote[] = [];
  const expressions = items(nodeAt(doc, termsPath)).flatMap((term) => items(child(term, "matchExpressions")));
  return chosen(fromExpressions(doc, expressions, where, notes)[0], notes);
}

/**
 * The GPU a list of values of one node label selects (llm-d `acceleratorTypes: {labelKey,
 * labelValues}`): of several, the one with the least memory. No GPU when `label` is not a GPU label.
 */
export function gpuFromLabelValues(doc: YamlDocument, label: string, valuesPath: string, where: string): GpuChoice {
  const notes: AdaptNote[] = [];
  if (!GPU_LABELS.includes(label)) return { notes };
  const candidates = items(nodeAt(doc, valuesPath)).flatMap((value) => fromLabel(doc, label, value, where, undefined, notes) ?? []);
  return chosen(leastMemory(candidates, `${where} ${label}`), notes);
}

function fromAnnotation(doc: YamlDocument, metadataPaths: string[]): Candidate | undefined {
  for (const path of metadataPaths) {
    const node = child(child(nodeAt(doc, path), "annotations"), GPU_ANNOTATION);
    const text = labelText(node.value);
    if (text === undefined) continue;
    const source = `annotation ${GPU_ANNOTATION}`;
    const normalised = normaliseProduct(text, source, rangeAt(doc, node.rangePath));
    return { gpu: located(doc, node, normalised.name), source, shown: `${source} ${text}`, notes: normalised.notes, written: text };
  }
  return undefined;
}

/** `spec.template.spec` → `spec.template.metadata`; `spec` → `metadata`. */
function templateMetadataPath(podSpecPath: string): string | undefined {
  const match = /^(.*?)(?:^|\.)spec$/.exec(podSpecPath);
  if (!match) return undefined;
  return match[1] ? `${match[1]}.metadata` : "metadata";
}

// ------------------------------------------------------------------------------------ count

/** MIG devices a workload asks for (mixed strategy, `nvidia.com/mig-1g.10gb: N`): the profile, at the first value counted. */
export interface MigRequest {
  /** `1g.10gb`. */
  profile: string;
  /** The value's range and display path: `…resources.limits["nvidia.com/mig-1g.10gb"]`. */
  range: SourceRange;
  path: string;
}

/**
 * The GPUs one object asks for in its `resources`: a container, a KServe predictor's `model`, a
 * NIMService's `spec`. The one counting rule, which every reader uses:
 *
 * - per accelerator resource (`nvidia.com/gpu`, `amd.com/gpu`, `habana.ai/gaudi`), `limits`, else
 *   `requests` (Kubernetes takes an extended resource's request from its limit, and they must be
 *   equal);
 * - summed over the resources, and, for a pod, over its containers (gpuFromPodSpec), the sum
 *   located at the first value counted;
 * - a value that is not a whole number is not counted, with a note (`not-whole-number`) at it;
 * - MIG devices of the mixed strategy (`nvidia.com/mig-1g.10gb: 2`) are counted as devices of
 *   their profile (`mig`, which gpuOfMig turns into the GPU type) when no whole GPU is asked for;
 *   beside whole GPUs, or of a second profile, they are not counted, with a note (`gpu-mig-slice`).
 *
 * `parts` are the values counted, for the note that tells a sum.
 */
export function gpuCountOf(doc: YamlDocument, objectPath: string): { count?: Located<number>; parts: string[]; notes: AdaptNote[]; mig?: MigRequest } {
  const { total, parts, notes, mig } = countObjects(doc, [nodeAt(doc, objectPath)]);
  const first = parts[0];
  if (!first) return { parts: [], notes };
  return { count: located(doc, first, total), parts: parts.map((p) => p.display), notes, ...(mig ? { mig } : {}) };
}

interface Counted {
  total: number;
  parts: Node[];
  notes: AdaptNote[];
  mig?: MigRequest;
}

/** The MIG profile a resource name asks for (`nvidia.com/mig-1g.10gb` → `1g.10gb`); undefined for another resource. */
export function migProfileOf(resource: string): string | undefined {
  return MIG_RESOURCE.exec(resource.trim())?.[1]?.toLowerCase();
}

/** One resource's value, limits before requests; undefined when neither is set. */
function resourceValue(limits: Node, requests: Node, resource: string): Node | undefined {
  const fromLimits = child(limits, resource);
  const node = fromLimits.value !== undefined && fromLimits.value !== null ? fromLimits : child(requests, resource);
  return node.value === undefined || node.value === null ? undefined : node;
}

/** gpuCountOf's rule over several objects (a pod's containers). */
function countObjects(doc: YamlDocument, objects: Node[]): Counted {
  let total = 0;
  const parts: Node[] = [];
  const notes: AdaptNote[] = [];
  const migs: Array<{ profile: string; node: Node; n: number }> = [];
  for (const object of objects) {
    const resources = child(object, "resources");
    const limits = child(resources, "limits");
    const requests = child(resources, "requests");
    for (const resource of GPU_RESOURCES) {
      const node = resourceValue(limits, requests, resource);
      if (!node) continue;
      const n = parseWholeNumber(node.value);
      if (n === undefined) {
        notes.push(gpuNote("not-whole-number", `${node.display} is ${describeValue(node.value)}, not a whole number of GPUs: it is not counted`, rangeAt(doc, node.rangePath)));
        continue;
      }
      total += n;
      parts.push(node);
    }
    const keys = new Set<string>();
    for (const side of [limits, requests]) if (isRecord(side.value)) for (const key of Object.keys(side.value)) if (MIG_RESOURCE.test(key)) keys.add(key);
    for (const key of keys) {
      // A key whose value is null on both sides (`nvidia.com/mig-3g.40gb: null`) asks for nothing.
      const node = resourceValue(limits, requests, key);
      if (!node) continue;
      const n = parseWholeNumber(node.value);
      if (n === undefined) {
        notes.push(gpuNote("not-whole-number", `${node.display} is ${describeValue(node.value)}, not a whole number of MIG devices: it is not counted`, rangeAt(doc, node.rangePath)));
        continue;
      }
      migs.push({ profile: MIG_RESOURCE.exec(key)![1]!.toLowerCase(), node, n });
    }
  }
  if (migs.length === 0) return { total, parts, notes };
  if (parts.length > 0) {
    for (const m of migs) {
      notes.push(gpuNote("gpu-mig-slice", `${m.node.display} asks for MIG devices beside whole GPUs: only the whole GPUs are counted`, rangeAt(doc, m.node.rangePath)));
    }
    return { total, parts, notes };
  }
  const first = migs[0]!;
  for (const m of migs) {
    if (m.profile === first.profile) {
      total += m.n;
      parts.push(m.node);
    } else {
      notes.push(
        gpuNote("gpu-mig-slice", `${m.node.display} asks for MIG ${m.profile} devices beside ${first.profile}: only the ${first.profile} devices are checked`, rangeAt(doc, m.node.rangePath)),
      );
    }
  }
  return { total, parts, notes, mig: { profile: first.profile, range: rangeAt(doc, first.node.rangePath), path: first.node.display } };
}

/** The GPUs a pod's containers ask for (gpuCountOf's rule, summed over the containers), with a note when it is a sum. */
function countFromContainers(doc: YamlDocument, podSpec: Node, notes: AdaptNote[]): { count?: Located<number>; mig?: MigRequest } {
  const counted = countObjects(doc, items(child(podSpec, "containers")));
  notes.push(...counted.notes);
  const first = counted.parts[0];
  if (!first) return {};
  const count = located(doc, first, counted.total);
  if (counted.parts.length > 1) {
    notes.push(gpuNote("gpu-count-summed", `GPU count ${counted.total} is the sum over ${counted.parts.map((c) => c.display).join(", ")}`, count.range));
  }
  return counted.mig ? { count, mig: counted.mig } : { count };
}

/**
 * The GPU type of MIG devices (mixed strategy): `<parent>-MIG-<profile>` when a label or the
 * annotation names the GPU they are cut from (as written when the catalog knows that name, else
 * by the parent's catalog id: `A100-80GB-MIG-1g.10gb`); a parent that already names a MIG profile
 * is kept. Without a parent, `mig-<profile>`, the catalog's entry for the profile, with a notice
 * (`gpu-mig-parent-assumed`) that its parent GPU is assumed.
 */
export function gpuOfMig(mig: MigRequest, parent: Located<string> | undefined): { gpu: Located<string>; notes: AdaptNote[] } {
  if (parent && (/-MIG-/i.test(parent.value) || /^mig-/i.test(parent.value))) return { gpu: parent, notes: [] };
  if (parent) {
    const written = `${parent.value}-MIG-${mig.profile}`;
    const id = gpuLookup.find(parent.value)?.id;
    const value = gpuLookup.find(written) || id === undefined ? written : `${id}-MIG-${mig.profile}`;
    return { gpu: { value, range: parent.range, path: `${parent.path} (MIG ${mig.profile}: ${mig.path})` }, notes: [] };
  }
  return {
    gpu: { value: `mig-${mig.profile}`, range: mig.range, path: `${mig.path} (MIG ${mig.profile})` },
    notes: [
      gpuNote(
        "gpu-mig-parent-assumed",
        `${mig.path} asks for MIG ${mig.profile} devices but nothing names the GPU they are cut from: checked as the catalog's mig-${mig.profile}, whose parent GPU is assumed; add a nodeSelector ${PRODUCT_LABEL} (e.g. NVIDIA-A100-SXM4-80GB) or the annotation ${GPU_ANNOTATION} to be exact`,
        mig.range,
      ),
    ],
  };
}

// ------------------------------------------------------------------------------------ node labels

/** A label value as Kubernetes compares it: a string (numbers and booleans as YAML would have quoted them). */
function labelValue(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * The labels `In` expressions over node selector terms require: a key with one value in every
 * term (terms are alternatives, so a label only some of them require is not required).
 */
function labelsOfTerms(terms: Node[]): Record<string, string> {
  const perTerm = terms.map((term) => {
    const out: Record<string, string> = {};
    for (const expression of items(child(term, "matchExpressions"))) {
      const e = expression.value;
      if (!isRecord(e) || typeof e.key !== "string" || e.operator !== "In" || !Array.isArray(e.values) || e.values.length !== 1) continue;
      const v = labelValue(e.values[0]);
      if (v !== undefined) out[e.key] = v;
    }
    return out;
  });
  const first = perTerm[0];
  if (!first) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(first)) if (perTerm.every((t) => t[key] === value)) out[key] = value;
  return out;
}

function labelsOfMap(node: Node): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(node.value)) return out;
  for (const [key, raw] of Object.entries(node.value)) {
    const v = labelValue(raw);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function nodeLabels(labels: Record<string, string>, range: SourceRange): NodeLabels | undefined {
  return Object.keys(labels).length > 0 ? { labels, range } : undefined;
}

/**
 * The node labels a pod spec requires: its nodeSelector, and the single values of `In`
 * expressions of required node affinity; the range of the nodeSelector block (else the affinity's).
 */
export function nodeLabelsOfPodSpec(doc: YamlDocument, podSpecPath: string): NodeLabels | undefined {
  const podSpec = nodeAt(doc, podSpecPath);
  const selector = child(podSpec, "nodeSelector");
  const terms = child(child(child(child(podSpec, "affinity"), "nodeAffinity"), "requiredDuringSchedulingIgnoredDuringExecution"), "nodeSelectorTerms");
  const fromAffinity = labelsOfTerms(items(terms));
  const fromSelector = labelsOfMap(selector);
  const range = isRecord(selector.value) && Object.keys(fromSelector).length > 0 ? rangeAt(doc, selector.rangePath) : rangeAt(doc, terms.rangePath);
  return nodeLabels({ ...fromAffinity, ...fromSelector }, range);
}

/** The node labels a list of node selector terms outside a pod spec requires (production-stack `nodeSelectorTerms`). */
export function nodeLabelsOfTerms(doc: YamlDocument, termsPath: string): NodeLabels | undefined {
  const terms = nodeAt(doc, termsPath);
  return nodeLabels(labelsOfTerms(items(terms)), rangeAt(doc, terms.rangePath));
}

/** The node labels a `{key: value}` node selector outside a pod spec requires (an llm-d role's `nodeSelector`). */
export function nodeLabelsOfSelector(doc: YamlDocument, selectorPath: string): NodeLabels | undefined {
  const selector = nodeAt(doc, selectorPath);
  return nodeLabels(labelsOfMap(selector), rangeAt(doc, selector.rangePath));
}

/**
 * The GPU a `{key: value}` node selector outside a pod spec names (an llm-d role's
 * `nodeSelector`), read as a pod's nodeSelector is.
 */
export function gpuFromSelector(doc: YamlDocument, selectorPath: string, where: string): GpuChoice {
  const notes: AdaptNote[] = [];
  const selector = nodeAt(doc, selectorPath);
  if (!isRecord(selector.value)) return { notes };
  const memory = karpenterMemory(selector);
  const found: Candidate[] = [];
  for (const label of GPU_LABELS) {
    const c = fromLabel(doc, label, child(selector, label), where, memory, notes);
    if (c) found.push(c);
  }
  return chosen(found[0], notes);
}

/** A count label (`karpenter.k8s.aws/instance-gpu-count`) of the nodeSelector or a single-value required affinity expression. */
function countFromLabels(doc: YamlDocument, podSpec: Node): { count: Located<number>; shown: string } | undefined {
  const selector = child(podSpec, "nodeSelector");
  for (const label of COUNT_LABELS) {
    const node = child(selector, label);
    const n = parseWholeNumber(node.value);
    if (n !== undefined && n > 0) return { count: located(doc, node, n), shown: `nodeSelector ${label} ${n}` };
  }
  for (const expression of affinityExpressions(podSpec, "required")) {
    const e = expression.value;
    if (!isRecord(e) || typeof e.key !== "string" || !COUNT_LABELS.includes(e.key) || e.operator !== "In" || !Array.isArray(e.values) || e.values.length !== 1) continue;
    const node = child(child(expression, "values"), 0);
    const n = parseWholeNumber(node.value);
    if (n !== undefined && n > 0) return { count: located(doc, node, n), shown: `node affinity ${e.key} ${n}` };
  }
  return undefined;
}

/** NFD vendor labels the workload selects (nodeSelector, required affinity), for the note when nothing names the model. */
function vendorOnlyLabels(doc: YamlDocument, podSpec: Node): AdaptNote[] {
  const notes: AdaptNote[] = [];
  const selector = child(podSpec, "nodeSelector");
  if (isRecord(selector.value)) {
    for (const key of Object.keys(selector.value)) if (NFD_VENDOR_LABEL.test(key)) notes.push(vendorOnlyNote(`nodeSelector ${key}`, doc.ranges.get(child(selector, key).rangePath)?.key ?? rangeAt(doc, selector.rangePath)));
  }
  for (const expression of affinityExpressions(podSpec, "required")) {
    const e = expression.value;
    if (isRecord(e) && typeof e.key === "string" && NFD_VENDOR_LABEL.test(e.key)) notes.push(vendorOnlyNote(`node affinity ${e.key}`, rangeAt(doc, expression.rangePath)));
  }
  return notes;
}

// ------------------------------------------------------------------------------------ pod spec

/**
 * The GPU type and count a pod spec declares. `podSpecPath` is the dotted path of the pod spec
 * (`spec.template.spec`, `spec` for a Pod), `objectMetadataPath` that of the object's metadata
 * (`metadata`). The type comes from, in order: the annotation `llm-physics.dev/gpu` on the object
 * or the pod template; the nodeSelector; required node affinity; preferred node affinity; MIG
 * devices asked for make it the MIG profile of that GPU (gpuOfMig). The count is the sum of
 * `nvidia.com/gpu` / `amd.com/gpu` (else MIG devices) over the containers, else the GPUs of the
 * instance type or a count label. `nodeLabels` are the labels the pods must run on. Notes about
 * what is missing (no GPU type, no count) are placed at `anchor`, where the caller reads the
 * workload (its container's name); by default the pod spec's key.
 */
export function gpuFromPodSpec(doc: YamlDocument, podSpecPath: string, objectMetadataPath: string, anchor?: SourceRange): GpuDeclaration {
  const notes: AdaptNote[] = [];
  const missing = anchor ?? doc.ranges.get(podSpecPath)?.key ?? rangeAt(doc, podSpecPath);
  const podSpec = nodeAt(doc, podSpecPath);
  const metadataPaths = [objectMetadataPath];
  const template = templateMetadataPath(podSpecPath);
  if (template !== undefined && template !== objectMetadataPath) metadataPaths.push(template);

  const labelNotes: AdaptNote[] = [];
  const required = [...fromNodeSelector(doc, podSpec, labelNotes), ...fromAffinity(doc, podSpec, "required", labelNotes)];
  const annotation = fromAnnotation(doc, metadataPaths);
  let chosen = annotation ?? required[0];
  if (!chosen) {
    const preferred = fromAffinity(doc, podSpec, "preferred", labelNotes);
    if (preferred[0]) {
      chosen = preferred[0];
      notes.push(gpuNote("gpu-preference-only", `${chosen.source} is only a preference: the scheduler may place the workload on other nodes`, chosen.gpu.range));
    }
  }
  // Unknown instance types do not matter when the annotation states the GPU.
  if (!annotation) notes.push(...labelNotes);

  const countNotes: AdaptNote[] = [];
  const { count, mig } = countFromContainers(doc, podSpec, countNotes);

  const declaration: GpuDeclaration = { notes };
  if (chosen) {
    declaration.gpu = chosen.gpu;
    declaration.source = chosen.source;
    notes.push(...chosen.notes);
    for (const other of required) {
      if (other === chosen || gpuId(other.gpu.value) === gpuId(chosen.gpu.value)) continue;
      notes.push(
        annotation
          ? gpuNote("gpu-annotation-overrides", `${chosen.shown} overrides ${other.shown}`, chosen.gpu.range)
          : gpuNote(
              "gpu-selectors-disagree",
              `${other.shown} names ${gpuLookup.find(other.gpu.value)?.id ?? other.written}, not ${gpuLookup.find(chosen.gpu.value)?.id ?? chosen.written} as ${chosen.shown} does: checked as ${chosen.written}; make the selectors agree`,
              chosen.gpu.range,
            ),
      );
    }
  }
  if (mig) {
    const sliced = gpuOfMig(mig, declaration.gpu);
    declaration.gpu = sliced.gpu;
    declaration.source ??= `resource nvidia.com/mig-${mig.profile}`;
    notes.push(...sliced.notes);
  } else if (!chosen) {
    if (!annotation) notes.push(...vendorOnlyLabels(doc, podSpec));
    notes.push(gpuNote("gpu-type-missing", MISSING_TYPE, missing));
  }
  const partition = child(child(podSpec, "nodeSelector"), GKE_PARTITION_LABEL);
  const partitionSize = labelText(partition.value);
  if (isRecord(child(podSpec, "nodeSelector").value) && partition.value !== undefined && !mig) {
    const profile = partitionSize !== undefined && /^\d+g\.\d+gb$/i.test(partitionSize) ? partitionSize.toLowerCase() : undefined;
    if (profile && declaration.gpu && !/-MIG-/i.test(declaration.gpu.value)) {
      const sliced = gpuOfMig({ profile, range: rangeAt(doc, partition.rangePath), path: partition.display }, declaration.gpu);
      declaration.gpu = sliced.gpu;
    } else if (!profile) {
      notes.push(
        gpuNote("gpu-mig-slice", `nodeSelector ${GKE_PARTITION_LABEL} ${describeValue(partition.value)} is not a MIG profile (1g.10gb): the whole GPU is checked`, rangeAt(doc, partition.rangePath)),
      );
    }
  }

  notes.push(...countNotes);
  const perNode = chosen?.perNode;
  if (count) {
    declaration.count = count;
    if (perNode && count.value > perNode.value && !mig) {
      notes.push(
        gpuNote("gpu-count-exceeds-node", `the containers ask for ${count.value} GPUs but ${chosen?.written} has ${perNode.value}: the pod cannot be scheduled on one node`, count.range),
      );
    }
  } else if (perNode) {
    declaration.count = perNode;
    notes.push(
      gpuNote(
        "gpu-count-from-instance-type",
        `no container asks for nvidia.com/gpu: counted as the ${perNode.value} GPUs of one ${chosen?.written} node; add resources.limits nvidia.com/gpu to the container to be exact`,
        perNode.range,
      ),
    );
  } else {
    const labelled = countFromLabels(doc, podSpec);
    if (labelled) {
      declaration.count = labelled.count;
      notes.push(
        gpuNote(
          "gpu-count-from-node-label",
          `no container asks for nvidia.com/gpu: counted as the ${labelled.count.value} GPUs ${labelled.shown} gives a node; add resources.limits nvidia.com/gpu to the container to be exact`,
          labelled.count.range,
        ),
      );
    } else {
      notes.push(gpuNote("gpu-count-missing", `no GPU count is declared: add resources.limits nvidia.com/gpu (or amd.com/gpu) to the container`, missing));
    }
  }
  const labels = nodeLabelsOfPodSpec(doc, podSpecPath);
  if (labels) declaration.nodeLabels = labels;
  return declaration;
}

// ------------------------------------------------------------------------------------ accelerator strings

export interface AcceleratorChoice {
  gpu: string;
  count: number;
  memory?: string;
}

const VENDORS = new Set(["nvidia", "amd", "intel", "google", "tenstorrent"]);
const MEMORY = /^(\d+(?:\.\d+)?\s*(?:[KMGT]i?B?)?)?\s*\.\.\s*(\d+(?:\.\d+)?\s*(?:[KMGT]i?B?)?)?$|^\d+(?:\.\d+)?\s*[KMGT]i?B$/i;
const COUNT = /^(\d+(?:\.\d+)?)?\s*(\.\.)?\s*(\d+(?:\.\d+)?)?$/;

function unquote(text: string): string {
  return text.trim().replace(/^(['"])(.*)\1$/s, "$2").trim();
}

/** Split on commas outside brackets. */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "{" || ch === "[" || ch === "(") depth++;
    if (ch === "}" || ch === "]" || ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** `2`, `2..8`, `2..` → the lower bound (the fewest GPUs the workload may get); `..8` → 1. */
function countOf(token: string): number | undefined {
  const match = COUNT.exec(token);
  if (!match || (match[1] === undefined && match[3] === undefined)) return undefined;
  if (match[2] === undefined) return parseWholeNumber(match[1] ?? match[3]);
  return match[1] !== undefined ? parseWholeNumber(match[1]) : 1;
}

/** A name, with the memory it was given, made specific when the catalog has `name-memory` (A100 + 80GB). */
function choice(name: string, count: number, memory: string | undefined): AcceleratorChoice {
  let gpu = name;
  if (memory !== undefined && !memory.includes("..")) {
    const gb = /^(\d+(?:\.\d+)?)\s*G/i.exec(memory);
    const specific = gb ? gpuLookup.find(`${name}-${gb[1]}GB`) : undefined;
    if (specific) gpu = specific.id;
  }
  return memory === undefined ? { gpu, count } : { gpu, count, memory };
}

/** One `name:count`, `name:memory:count`, `vendor:name:count`, `A100,H100:2` spec (dstack / SkyPilot). */
function parseOne(text: string): AcceleratorChoice[] {
  const tokens = unquote(text)
    .split(":")
    .map((t) => unquote(t))
    .filter((t) => t !== "");
  const names: string[] = [];
  let count: number | undefined;
  let memory: string | undefined;
  for (const token of tokens) {
    const compact = token.replace(/\s+/g, "");
    if (VENDORS.has(compact.toLowerCase()) && names.length === 0 && count === undefined) continue;
    if (MEMORY.test(compact) && /[KMGT]/i.test(compact)) {
      memory = compact;
      continue;
    }
    const n = countOf(compact);
    if (n !== undefined) {
      count = n;
      continue;
    }
    names.push(...token.split(",").map((n) => unquote(n)).filter((n) => n !== ""));
  }
  if (names.length === 0) return [];
  return names.map((name) => choice(name, count ?? 1, memory));
}

/**
 * Parse a SkyPilot `accelerators` or dstack `gpu` value into the GPUs it allows:
 * `H100:8`, `A100-80GB:4`, `L4` (one), `{H100:8, A100-80GB:8}` and `['H100:8', 'A100:8']`
 * (alternatives: all returned), `H100:80GB:8` and `A100:40GB` (dstack name:memory:count),
 * `nvidia:H100:8`, `A100,H100:2`. A spec with memory only (`24GB..:1`) names no GPU: [].
 * A count range counts its lower bound.
 */
export function parseAcceleratorString(text: string): AcceleratorChoice[] {
  const trimmed = text.trim();
  const wrapped = /^\{(.*)\}$/s.exec(trimmed) ?? /^\[(.*)\]$/s.exec(trimmed);
  if (wrapped) return splitTop(wrapped[1] ?? "").flatMap((item) => parseOne(item));
  return parseOne(trimmed);
}

/** One accelerator a launcher file allows, located on the value that names it. */
export interface LocatedChoice {
  choice: AcceleratorChoice;
  range: SourceRange;
  path: string;
}

/**
 * The accelerators a SkyPilot `accelerators` / dstack `gpu` value allows, in order: a string
 * (parseAcceleratorString), a list of them, dstack's `{name, count, memory}`, SkyPilot's
 * `{H100: 8, A100-80GB: 8}`.
 */
export function acceleratorChoices(document: YamlDocument, raw: unknown, path: string): LocatedChoice[] {
  const range = rangeAt(document, path);
  if (typeof raw === "string") return parseAcceleratorString(raw).map((choice) => ({ choice, range, path }));
  if (typeof raw === "number") return [];
  if (Array.isArray(raw)) {
    return raw.flatMap((item: unknown, i) => {
      const text = scalarText(item);
      const p = joinPath(path, i);
      return text === undefined ? [] : parseAcceleratorString(text).map((choice) => ({ choice, range: rangeAt(document, p), path: p }));
    });
  }
  if (isRecord(raw)) {
    // dstack `{name: H100, count: 8, memory: 80GB}`.
    if ("name" in raw || "count" in raw || "memory" in raw) {
      const names = Array.isArray(raw.name) ? raw.name.map((n) => scalarText(n)).filter((n): n is string => !!n) : scalarText(raw.name) ? [scalarText(raw.name)!] : [];
      const count = scalarText(raw.count) ?? "1";
      const memory = scalarText(raw.memory);
      const p = names.length > 0 ? joinPath(path, "name") : path;
      return names.flatMap((n) => parseAcceleratorString(`${n}:${memory ? `${memory}:` : ""}${count}`)).map((choice) => ({ choice, range: rangeAt(document, p), path: p }));
    }
    // SkyPilot `{H100: 8, A100-80GB: 8}`.
    return Object.entries(raw).flatMap(([name, count]) => {
      const p = joinPath(path, name);
      // `{H100:8}` without a space is the key "H100:8" with no value.
      const spec = count === null || count === undefined ? name : `${name}:${scalarText(count) ?? "1"}`;
      return parseAcceleratorString(spec).map((choice) => ({ choice, range: document.ranges.get(p)?.key ?? rangeAt(document, p), path: p }));
    });
  }
  return [];
}

/**
 * The accelerator a launcher is checked on: the first it allows, as SkyPilot and dstack try them
 * in order; the others, when they differ, are named in a note (`alternatives-first-checked`).
 */
export function firstAccelerator(choices: LocatedChoice[], key: string): { choice?: LocatedChoice; notes: AdaptNote[] } {
  const first = choices[0];
  if (!first) return { notes: [] };
  const others = choices.slice(1).filter((c) => c.choice.gpu !== first.choice.gpu || c.choice.count !== first.choice.count);
  if (others.length === 0) return { choice: first, notes: [] };
  return {
    choice: first,
    notes: [
      gpuNote(
        "alternatives-first-checked",
        `${key} allows alternatives: checked on the first, ${first.choice.gpu}:${first.choice.count}; the others (${others.map((c) => `${c.choice.gpu}:${c.choice.count}`).join(", ")}) are not checked`,
        first.range,
      ),
    ],
  };
}

// ------------------------------------------------------------------------------------ memory-only requests

/** A launcher's GPU request that names no GPU: the memory per GPU (its lower bound) and the count. */
export interface MemoryRequest {
  /** Bytes per GPU, absent when only a count is given. */
  memory?: Located<number>;
  count: Located<number>;
  /** What was read, for the note: `24GB`, `40GB..80GB:2`; and the memory alone: `40GB..80GB`. */
  written: string;
  memoryWritten?: string;
}

/**
 * dstack memory sizes (`src/dstack/_internal/core/models/resources.py`, `Memory.parse`): a number
 * of GB, where `MB` is divided by 1024 and `TB` multiplied by 1024. dstack compares it with the
 * GPUs' marketed memory (an L4 is 24 GB), which the catalog reads as GiB (gpus.ts), so `24GB` is
 * 24 × 2^30 bytes here. A range's lower bound is the least the workload may get; without one
 * (`..80GB`) there is none.
 */
function memoryBytesOf(token: string): number | undefined {
  const low = token.includes("..") ? token.slice(0, token.indexOf("..")) : token;
  const match = /^(\d+(?:\.\d+)?)\s*(MB|GB|TB)?$/i.exec(low.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  const unit = (match[2] ?? "GB").toUpperCase();
  const gb = unit === "MB" ? n / 1024 : unit === "TB" ? n * 1024 : n;
  return gb > 0 ? Math.round(gb * 2 ** 30) : undefined;
}

/**
 * A dstack `resources.gpu` that asks for GPU memory or a count without naming a GPU: `24GB`,
 * `80GB:8`, `40GB..80GB`, `nvidia:24GB..:2`, `8`, `{memory: 24GB, count: 2}`. Undefined when it
 * names a GPU (acceleratorChoices reads it), or asks for nothing readable.
 */
export function memoryOnlyRequest(document: YamlDocument, raw: unknown, path: string): MemoryRequest | undefined {
  const range = rangeAt(document, path);
  let memoryText: string | undefined;
  let countText: string | undefined;
  let written: string;
  if (typeof raw === "number") {
    countText = String(raw);
    written = countText;
  } else if (typeof raw === "string") {
    written = raw.trim();
    for (const token of unquote(raw).split(":").map((t) => t.replace(/\s+/g, "")).filter((t) => t !== "")) {
      if (VENDORS.has(token.toLowerCase())) continue;
      if (/^[A-Za-z]/.test(token)) return undefined; // a GPU name
      if (/[A-Za-z]/.test(token)) memoryText = token;
      else countText = token;
    }
  } else if (isRecord(raw) && raw.name === undefined && (raw.memory !== undefined || raw.count !== undefined)) {
    memoryText = scalarText(raw.memory)?.replace(/\s+/g, "");
    countText = scalarText(raw.count)?.replace(/\s+/g, "");
    written = [memoryText, countText].filter((t) => t !== undefined).join(":");
  } else {
    return undefined;
  }
  const memoryBytes = memoryText !== undefined ? memoryBytesOf(memoryText) : undefined;
  const n = countText !== undefined ? countOf(countText) : 1;
  if ((memoryBytes === undefined && countText === undefined) || n === undefined || n < 1) return undefined;
  const memoryPath = isRecord(raw) ? joinPath(path, "memory") : path;
  const countPath = isRecord(raw) && countText !== undefined ? joinPath(path, "count") : path;
  const request: MemoryRequest = {
    count: countText !== undefined ? { value: n, range: rangeAt(document, countPath), path: countPath } : { value: 1, range, path: `${path} (1 GPU: dstack's default count)`, via: { assumed: true } },
    written,
  };
  if (memoryBytes !== undefined && memoryText !== undefined) {
    request.memory = { value: memoryBytes, range: rangeAt(document, memoryPath), path: `${memoryPath} (${memoryText})` };
    request.memoryWritten = memoryText;
  }
  return request;
}
