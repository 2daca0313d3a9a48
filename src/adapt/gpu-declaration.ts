import { GPUS } from "../catalog/gpus.js";
import { findInstanceType } from "../catalog/instance-types.js";
import { gpuLookup } from "../catalog/lookups.js";
import { joinPath, pathSegments, type YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import { rangeAt } from "./kit.js";
import { describeValue } from "../base/text.js";
import { parseWholeNumber } from "./values.js";

/**
 * Which GPU, and how many, a workload declares: read from a Kubernetes pod spec (annotation,
 * node selector, node affinity, container resources) or from a SkyPilot / dstack accelerator
 * string. Pure functions: nothing here resolves or judges the GPU; callers look the name up in the
 * catalog and report what does not resolve.
 */

export interface GpuDeclaration {
  /** A name gpuLookup can resolve (MIG and -SHARED suffixes stripped, with a note). */
  gpu?: Located<string>;
  count?: Located<number>;
  /** What a reader should know about how the declaration was read, and what is missing. */
  notes: string[];
  /** Where the GPU type came from, for reports: "nodeSelector nvidia.com/gpu.product" … */
  source?: string;
}

/** The annotation by which a manifest states its GPU explicitly; it wins over every label. */
export const GPU_ANNOTATION = "llm-physics.dev/gpu";

const PRODUCT_LABEL = "nvidia.com/gpu.product";
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

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

function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number") return String(value);
  return undefined;
}

// ------------------------------------------------------------------------------------ GPU names

interface Normalised {
  name: string;
  notes: string[];
}

/**
 * Strip what node labels add to a product name: `-SHARED` (time-slicing) and `-MIG-1g.10gb`
 * (MIG with the single strategy), each with a note saying what is checked instead.
 */
function normaliseProduct(raw: string, where: string): Normalised {
  const notes: string[] = [];
  let name = raw.trim();
  const shared = /-SHARED$/i.exec(name);
  if (shared) name = name.slice(0, shared.index);
  const mig = /-MIG-(\d+g\.\d+gb(?:\+me)?)$/i.exec(name);
  if (mig) name = name.slice(0, mig.index);
  const whole = gpuLookup.find(name)?.id ?? name;
  if (mig) {
    notes.push(
      `${where} ${raw} is a MIG slice (${mig[1]}): MIG slices are not modelled, so it is checked as a whole ${whole}, which overstates the memory and throughput the workload gets`,
    );
  }
  if (shared) {
    notes.push(
      `${where} ${raw} is a time-sliced GPU (-SHARED): it is checked as a whole ${whole}, but other pods share its memory and compute`,
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
function normaliseKarpenter(raw: string, where: string, memoryMiB: number | undefined): Normalised {
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
      `${where} ${raw} covers ${covers}: checked as ${checked}, the smaller; select ${KARPENTER_MEMORY_LABEL} as well, or set the annotation ${GPU_ANNOTATION}, to be exact`,
    ],
  };
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
  source: string;
  notes: string[];
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
  notes: string[],
): Candidate | undefined {
  const text = scalarText(node.value);
  if (text === undefined) return undefined;
  const source = `${where} ${label}`;
  if (INSTANCE_TYPE_LABELS.includes(label)) {
    const type = findInstanceType(text);
    if (!type) {
      notes.push(
        `${source} ${text} is not an instance type llm-physics knows: its GPU is not read from it; add a nodeSelector ${PRODUCT_LABEL}, or the annotation ${GPU_ANNOTATION}`,
      );
      return undefined;
    }
    return {
      gpu: located(doc, node, type.gpu),
      source: `${source} ${text}`,
      notes: [],
      perNode: located(doc, node, type.count),
      written: text,
    };
  }
  const normalised =
    label === KARPENTER_NAME_LABEL ? normaliseKarpenter(text, source, karpenterMemoryMiB) : normaliseProduct(text, source);
  return { gpu: located(doc, node, normalised.name), source, notes: normalised.notes, written: text };
}

/**
 * Of several GPUs a selector allows, the one with the least memory: the workload must fit
 * wherever the scheduler puts it. The others are named in a note.
 */
function leastMemory(candidates: Candidate[], why: string): Candidate | undefined {
  const first = candidates[0];
  if (!first) return undefined;
  const distinct = new Map<string, Candidate>();
  for (const c of candidates) if (!distinct.has(gpuId(c.gpu.value))) distinct.set(gpuId(c.gpu.value), c);
  if (distinct.size === 1) return first;
  let best = first;
  for (const c of distinct.values()) {
    const m = memoryOf(c.gpu.value);
    const bm = memoryOf(best.gpu.value);
    if (m !== undefined && (bm === undefined || m < bm)) best = c;
  }
  const others = [...distinct.values()].filter((c) => gpuId(c.gpu.value) !== gpuId(best.gpu.value)).map((c) => c.written);
  return {
    ...best,
    notes: [
      ...best.notes,
      `${why} allows ${[best.written, ...others].join(", ")}: checked as ${best.written}, the one with the least memory; ${others.join(", ")} ${others.length === 1 ? "is" : "are"} not checked`,
    ],
  };
}

function karpenterMemory(selector: Node): number | undefined {
  const text = scalarText(child(selector, KARPENTER_MEMORY_LABEL).value);
  const n = text === undefined ? NaN : Number(text);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** One candidate per label in the nodeSelector, most specific label first. */
function fromNodeSelector(doc: YamlDocument, podSpec: Node, notes: string[]): Candidate[] {
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

/**
 * One candidate per GPU label the affinity terms constrain with `In`, most specific label first;
 * several values (or several terms) for one label leave the one with the least memory.
 */
function fromAffinity(doc: YamlDocument, podSpec: Node, kind: "required" | "preferred", notes: string[]): Candidate[] {
  const expressions = affinityExpressions(podSpec, kind);
  const where = kind === "required" ? "node affinity" : "preferred node affinity";
  const memoryValues = expressions
    .filter((e) => isRecord(e.value) && e.value.key === KARPENTER_MEMORY_LABEL && e.value.operator === "In")
    .flatMap((e) => items(child(e, "values")));
  const memoryText = memoryValues.length === 1 ? scalarText(memoryValues[0]?.value) : undefined;
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

function fromAnnotation(doc: YamlDocument, metadataPaths: string[]): Candidate | undefined {
  for (const path of metadataPaths) {
    const node = child(child(nodeAt(doc, path), "annotations"), GPU_ANNOTATION);
    const text = scalarText(node.value);
    if (text === undefined) continue;
    const normalised = normaliseProduct(text, `annotation ${GPU_ANNOTATION}`);
    return { gpu: located(doc, node, normalised.name), source: `annotation ${GPU_ANNOTATION}`, notes: normalised.notes, written: text };
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

/** Sum of the accelerators the containers ask for: limits, else requests, per container and resource. */
function countFromContainers(doc: YamlDocument, podSpec: Node, notes: string[]): Located<number> | undefined {
  let total = 0;
  const contributions: Node[] = [];
  for (const container of items(child(podSpec, "containers"))) {
    const resources = child(container, "resources");
    const limits = child(resources, "limits");
    const requests = child(resources, "requests");
    for (const resource of GPU_RESOURCES) {
      const fromLimits = child(limits, resource);
      const node = fromLimits.value !== undefined && fromLimits.value !== null ? fromLimits : child(requests, resource);
      if (node.value === undefined || node.value === null) continue;
      const n = parseWholeNumber(node.value);
      if (n === undefined) {
        notes.push(`${node.display} is ${describeValue(node.value)}, not a whole number of GPUs: it is not counted`);
        continue;
      }
      total += n;
      contributions.push(node);
    }
    for (const side of [limits, requests]) {
      if (!isRecord(side.value)) continue;
      for (const key of Object.keys(side.value)) {
        if (/^nvidia\.com\/mig-/.test(key)) {
          notes.push(`${child(side, key).display} asks for MIG slices: MIG slices are not modelled and are not counted as GPUs`);
        }
      }
    }
  }
  const first = contributions[0];
  if (!first) return undefined;
  if (contributions.length > 1) {
    notes.push(`GPU count ${total} is the sum over ${contributions.map((c) => c.display).join(", ")}`);
  }
  return located(doc, first, total);
}

// ------------------------------------------------------------------------------------ pod spec

/**
 * The GPU type and count a pod spec declares. `podSpecPath` is the dotted path of the pod spec
 * (`spec.template.spec`, `spec` for a Pod), `objectMetadataPath` that of the object's metadata
 * (`metadata`). The type comes from, in order: the annotation `llm-physics.dev/gpu` on the object
 * or the pod template; the nodeSelector; required node affinity; preferred node affinity. The count
 * is the sum of `nvidia.com/gpu` / `amd.com/gpu` over the containers.
 */
export function gpuFromPodSpec(doc: YamlDocument, podSpecPath: string, objectMetadataPath: string): GpuDeclaration {
  const notes: string[] = [];
  const podSpec = nodeAt(doc, podSpecPath);
  const metadataPaths = [objectMetadataPath];
  const template = templateMetadataPath(podSpecPath);
  if (template !== undefined && template !== objectMetadataPath) metadataPaths.push(template);

  const labelNotes: string[] = [];
  const required = [...fromNodeSelector(doc, podSpec, labelNotes), ...fromAffinity(doc, podSpec, "required", labelNotes)];
  const annotation = fromAnnotation(doc, metadataPaths);
  let chosen = annotation ?? required[0];
  if (!chosen) {
    const preferred = fromAffinity(doc, podSpec, "preferred", labelNotes);
    if (preferred[0]) {
      chosen = preferred[0];
      notes.push(`${chosen.source} is only a preference: the scheduler may place the workload on other nodes`);
    }
  }
  // Unknown instance types do not matter when the annotation states the GPU.
  if (!annotation) notes.push(...labelNotes);

  const declaration: GpuDeclaration = { notes };
  if (chosen) {
    declaration.gpu = chosen.gpu;
    declaration.source = chosen.source;
    notes.push(...chosen.notes);
    const describe = (c: Candidate): string => (c.source.endsWith(` ${c.written}`) ? c.source : `${c.source} ${c.written}`);
    for (const other of required) {
      if (other === chosen || gpuId(other.gpu.value) === gpuId(chosen.gpu.value)) continue;
      notes.push(
        annotation
          ? `${describe(chosen)} overrides ${describe(other)}`
          : `${describe(other)} names ${gpuLookup.find(other.gpu.value)?.id ?? other.written}, not ${gpuLookup.find(chosen.gpu.value)?.id ?? chosen.written} as ${describe(chosen)} does: checked as ${chosen.written}; make the selectors agree`,
      );
    }
  } else {
    notes.push(MISSING_TYPE);
  }
  if (isRecord(child(podSpec, "nodeSelector").value) && child(child(podSpec, "nodeSelector"), GKE_PARTITION_LABEL).value !== undefined) {
    notes.push(`nodeSelector ${GKE_PARTITION_LABEL} selects a MIG partition: MIG slices are not modelled, so the whole GPU is checked`);
  }

  const count = countFromContainers(doc, podSpec, notes);
  const perNode = chosen?.perNode;
  if (count) {
    declaration.count = count;
    if (perNode && count.value > perNode.value) {
      notes.push(`the containers ask for ${count.value} GPUs but ${chosen?.written} has ${perNode.value}: the pod cannot be scheduled on one node`);
    }
  } else if (perNode) {
    declaration.count = perNode;
    notes.push(
      `no container asks for nvidia.com/gpu: counted as the ${perNode.value} GPUs of one ${chosen?.written} node; add resources.limits nvidia.com/gpu to the container to be exact`,
    );
  } else {
    notes.push(`no GPU count is declared: add resources.limits nvidia.com/gpu (or amd.com/gpu) to the container`);
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
