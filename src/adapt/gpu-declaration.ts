import { GPUS } from "../catalog/gpus.js";
import { findInstanceType } from "../catalog/instance-types.js";
import { gpuLookup } from "../catalog/lookups.js";
import { joinPath, pathSegments, type YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
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
}

/** The annotation by which a manifest states its GPU explicitly; it wins over every label. */
export const GPU_ANNOTATION = "llm-physics.dev/gpu";

export const PRODUCT_LABEL = "nvidia.com/gpu.product";
const GKE_LABEL = "cloud.google.com/gke-accelerator";
const KARPENTER_NAME_LABEL = "karpenter.k8s.aws/instance-gpu-name";
const KARPENTER_MEMORY_LABEL = "karpenter.k8s.aws/instance-gpu-memory";
const INSTANCE_TYPE_LABELS = ["node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type"];
const GKE_PARTITION_LABEL = "cloud.google.com/gke-gpu-partition-size";

/** Node labels that name the GPU, most specific first. */
const GPU_LABELS = [PRODUCT_LABEL, GKE_LABEL, KARPENTER_NAME_LABEL, ...INSTANCE_TYPE_LABELS];

/** Extended resources that count whole accelerators. */
export const GPU_RESOURCES = ["nvidia.com/gpu", "amd.com/gpu", "habana.ai/gaudi"];

const MISSING_TYPE = `no GPU type is declared: add a nodeSelector ${PRODUCT_LABEL}, or the annotation ${GPU_ANNOTATION}: H100-SXM on the object`;

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
 * Strip what node labels add to a product name: `-SHARED` (time-slicing) and `-MIG-1g.10gb`
 * (MIG with the single strategy), each with a note at `range` saying what is checked instead.
 */
function normaliseProduct(raw: string, where: string, range: SourceRange): Normalised {
  const notes: AdaptNote[] = [];
  let name = raw.trim();
  const shared = /-SHARED$/i.exec(name);
  if (shared) name = name.slice(0, shared.index);
  const mig = /-MIG-(\d+g\.\d+gb(?:\+me)?)$/i.exec(name);
  if (mig) name = name.slice(0, mig.index);
  const whole = gpuLookup.find(name)?.id ?? name;
  if (mig) {
    notes.push(
      gpuNote(
        "gpu-mig-slice",
        `${where} ${raw} is a MIG slice (${mig[1]}): MIG slices are not modelled, so it is checked as a whole ${whole}, which overstates the memory and throughput the workload gets`,
        range,
      ),
    );
  }
  if (shared) {
    notes.push(
      gpuNote("gpu-time-sliced", `${where} ${raw} is a time-sliced GPU (-SHARED): it is checked as a whole ${whole}, but other pods share its memory and compute`, range),
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
    const exact = GPUS.find((g) => g.id.toLowerCase().startsWith(`${family}-`) && g.memoryBytes === memoryMiB * 2 ** 20);
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
 * The GPU a node label's value names, as gpuLookup can resolve it: a Karpenter family
 * (`karpenter.k8s.aws/instance-gpu-name: a100`) made exact by the GPU memory (MiB) the workload
 * also selects, else a product name with its `-SHARED` and `-MIG-…` suffixes stripped. `where`
 * names the selector in notes (`nodeSelector nvidia.com/gpu.product`); `range` is the value's.
 */
export function normaliseGpuLabel(label: string, raw: string, where: string, range: SourceRange, karpenterMemoryMiB?: number): Normalised {
  return label === KARPENTER_NAME_LABEL ? normaliseKarpenter(raw, where, karpenterMemoryMiB, range) : normaliseProduct(raw, where, range);
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
  const normalised = normaliseGpuLabel(label, text, source, range, karpenterMemoryMiB);
  return { gpu: located(doc, node, normalised.name), source, shown: `${source} ${text}`, notes: normalised.notes, written: text };
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
 *   MIG resources (`nvidia.com/mig-1g.10gb`) are not GPUs and are not counted, with a note
 *   (`gpu-mig-slice`).
 *
 * `parts` are the values counted, for the note that tells a sum.
 */
export function gpuCountOf(doc: YamlDocument, objectPath: string): { count?: Located<number>; parts: string[]; notes: AdaptNote[] } {
  const { total, parts, notes } = countResources(doc, nodeAt(doc, objectPath));
  const first = parts[0];
  return first ? { count: located(doc, first, total), parts: parts.map((p) => p.display), notes } : { parts: [], notes };
}

function countResources(doc: YamlDocument, object: Node): { total: number; parts: Node[]; notes: AdaptNote[] } {
  let total = 0;
  const parts: Node[] = [];
  const notes: AdaptNote[] = [];
  const resources = child(object, "resources");
  const limits = child(resources, "limits");
  const requests = child(resources, "requests");
  for (const resource of GPU_RESOURCES) {
    const fromLimits = child(limits, resource);
    const node = fromLimits.value !== undefined && fromLimits.value !== null ? fromLimits : child(requests, resource);
    if (node.value === undefined || node.value === null) continue;
    const n = parseWholeNumber(node.value);
    if (n === undefined) {
      notes.push(gpuNote("not-whole-number", `${node.display} is ${describeValue(node.value)}, not a whole number of GPUs: it is not counted`, rangeAt(doc, node.rangePath)));
      continue;
    }
    total += n;
    parts.push(node);
  }
  for (const side of [limits, requests]) {
    if (!isRecord(side.value)) continue;
    for (const key of Object.keys(side.value)) {
      if (/^nvidia\.com\/mig-/.test(key)) {
        const mig = child(side, key);
        notes.push(gpuNote("gpu-mig-slice", `${mig.display} asks for MIG slices: MIG slices are not modelled and are not counted as GPUs`, rangeAt(doc, mig.rangePath)));
      }
    }
  }
  return { total, parts, notes };
}

/** The GPUs a pod's containers ask for (gpuCountOf's rule, summed over the containers), with a note when it is a sum. */
function countFromContainers(doc: YamlDocument, podSpec: Node, notes: AdaptNote[]): Located<number> | undefined {
  let total = 0;
  const parts: Node[] = [];
  for (const container of items(child(podSpec, "containers"))) {
    const own = countResources(doc, container);
    total += own.total;
    parts.push(...own.parts);
    notes.push(...own.notes);
  }
  const first = parts[0];
  if (!first) return undefined;
  const count = located(doc, first, total);
  if (parts.length > 1) {
    notes.push(gpuNote("gpu-count-summed", `GPU count ${total} is the sum over ${parts.map((c) => c.display).join(", ")}`, count.range));
  }
  return count;
}

// ------------------------------------------------------------------------------------ pod spec

/**
 * The GPU type and count a pod spec declares. `podSpecPath` is the dotted path of the pod spec
 * (`spec.template.spec`, `spec` for a Pod), `objectMetadataPath` that of the object's metadata
 * (`metadata`). The type comes from, in order: the annotation `llm-physics.dev/gpu` on the object
 * or the pod template; the nodeSelector; required node affinity; preferred node affinity. The count
 * is the sum of `nvidia.com/gpu` / `amd.com/gpu` over the containers. Notes about what is missing
 * (no GPU type, no count) are placed at `anchor`, where the caller reads the workload (its
 * container's name); by default the pod spec's key.
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
  } else {
    notes.push(gpuNote("gpu-type-missing", MISSING_TYPE, missing));
  }
  const partition = child(child(podSpec, "nodeSelector"), GKE_PARTITION_LABEL);
  if (isRecord(child(podSpec, "nodeSelector").value) && partition.value !== undefined) {
    notes.push(
      gpuNote("gpu-mig-slice", `nodeSelector ${GKE_PARTITION_LABEL} selects a MIG partition: MIG slices are not modelled, so the whole GPU is checked`, rangeAt(doc, partition.rangePath)),
    );
  }

  const count = countFromContainers(doc, podSpec, notes);
  const perNode = chosen?.perNode;
  if (count) {
    declaration.count = count;
    if (perNode && count.value > perNode.value) {
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
    notes.push(gpuNote("gpu-count-missing", `no GPU count is declared: add resources.limits nvidia.com/gpu (or amd.com/gpu) to the container`, missing));
  }
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
