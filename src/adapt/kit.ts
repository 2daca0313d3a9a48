import { dirname } from "node:path";
import type { SourceRange } from "../base/findings.js";
import { at, scalarText } from "./values.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import type { Deployment, Located } from "../base/deployment.js";
import { applyEngineFacts, type EngineFacts } from "./engine-args.js";
import { noteSink, type AdaptNote, type Note } from "./notes.js";

export type { AdaptNote, Note, NoteCode, NoteSeverity } from "./notes.js";
export { noteSink } from "./notes.js";

/**
 * What every format's reader shares: the result of adapting a document, its notes (notes.ts: what is
 * missing and how to declare it), ranges looked up by path, the per-object context of the
 * Kubernetes-style readers, and a deployment built from an engine's command-line facts.
 */

/** What a reader makes of one document: its deployments, and its notes. */
export interface Adaptation {
  deployments: Deployment[];
  notes: AdaptNote[];
}

/** The value range of a path, else the nearest enclosing one's, else the document's. */
export function rangeAt(document: YamlDocument, path: string): SourceRange {
  let p = path;
  for (;;) {
    const found = document.ranges.get(p);
    if (found) return found.value;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) return document.range;
    p = p.slice(0, cut);
  }
}

export interface FactsTarget {
  name: string;
  /** What the assumed-count notice names (`container vllm`); the name by default. */
  subject?: string;
  file: string;
  absolutePath: string;
  format: string;
  range: SourceRange;
  facts: EngineFacts;
  /** Absent when no GPU type is declared: the deployment is still checked for what it needs per GPU. */
  gpu?: Located<string> | undefined;
  /** A memory-only request (dstack `gpu: 24GB`). */
  gpuMemoryBytes?: Located<number> | undefined;
  /** The labels the pods must run on. */
  nodeLabels?: Deployment["nodeLabels"] | undefined;
  /** GPUs per engine; undefined → assumed from the parallelism, with a notice saying how to declare it. */
  count?: Located<number>;
  /** Pods that run the engine together (a LeaderWorkerSet's size), each with `count` GPUs. */
  group?: Located<number>;
  howToCount: string;
  serving: SourceRange;
  note: Note;
}

/**
 * A deployment from engine facts and a GPU declaration (the model must be known). Without a
 * count, the engine is checked on tensor × pipeline (× this pod's data-parallel ranks) GPUs (one without parallelism),
 * with a notice (`gpu-count-assumed`) that says so and how to declare the count.
 */
export function deploymentFromFacts(t: FactsTarget): Deployment | null {
  const { facts } = t;
  if (!facts.model) return null;
  let count = t.count;
  const assumed = !count;
  if (!count) {
    const tp = facts.tensorParallel?.value ?? 1;
    const pp = facts.pipelineParallel?.value ?? 1;
    // Data-parallel ranks on this pod, each on tensor × pipeline GPUs (SGLang's DP attention splits its --tp GPUs instead).
    const dpFact = facts.engine === "sglang" && facts.dpAttention?.value ? undefined : (facts.dataParallelLocal ?? facts.dataParallel);
    const dp = dpFact?.value ?? 1;
    const given = facts.tensorParallel || facts.pipelineParallel || dpFact;
    const n = tp * pp * dp;
    const layout = dpFact ? `the tensor × pipeline × data parallel size (${tp} × ${pp} × ${dp})` : `the tensor × pipeline parallel size (${tp} × ${pp})`;
    t.note(
      "gpu-count-assumed",
      `no GPU count is declared for ${t.subject ?? t.name}: checked as ${n} GPU${n === 1 ? "" : "s"}, ${given ? layout : "no GPU count and no parallelism are declared"}; ${t.howToCount}`,
      t.serving,
      "notice",
    );
    count = {
      value: n,
      range: facts.tensorParallel?.range ?? facts.pipelineParallel?.range ?? dpFact?.range ?? t.serving,
      path: given ? (dpFact ? "assumed: tensor × pipeline × data parallel size" : "assumed: tensor × pipeline parallel size") : "assumed: 1 GPU",
      via: { assumed: true },
    };
  }
  const hardware = assumed ? (t.gpu?.range ?? t.serving) : count.range;
  const group = t.group;
  const gpuCount: Located<number> =
    group && group.value !== 1 ? { value: count.value * group.value, range: count.range, path: `${count.path} × ${group.path} (${group.value})` } : count;
  const deployment: Deployment = {
    name: t.name,
    file: t.file,
    baseDir: dirname(t.absolutePath),
    format: t.format,
    range: t.range,
    model: facts.model,
    gpuCount,
    policy: {},
    hardwareRange: hardware,
  };
  if (t.gpu) deployment.gpu = t.gpu;
  if (t.gpuMemoryBytes) deployment.gpuMemoryBytes = t.gpuMemoryBytes;
  if (t.nodeLabels) deployment.nodeLabels = t.nodeLabels;
  applyEngineFacts(deployment, facts);
  return deployment;
}


/** A Kubernetes-style object (metadata.name, spec) being read: its notes and where things are. */
export interface ObjectContext {
  document: YamlDocument;
  file: string;
  absolutePath: string;
  notes: AdaptNote[];
  note: Note;
  /** Pass on notes made elsewhere (engine problems, GPU-declaration notes). */
  add: (...notes: AdaptNote[]) => void;
  /** The value range at `path`, else `fallback` (the document's start). */
  rangeOf: (path: string, fallback?: SourceRange) => SourceRange;
  /** The key range at `path` (where a reviewer adds what is missing), else its value's, else `fallback`. */
  keyRangeOf: (path: string, fallback?: SourceRange) => SourceRange;
  /** The trimmed text at a dotted path, read from its key (`via: { key }`); undefined when empty or not a scalar. */
  textAt: (path: string) => Located<string> | undefined;
  /** `metadata.name`, else `metadata.generateName` without its trailing dash, else the kind. */
  name: string;
  /** Where findings about the object as a whole point: its name. */
  deploymentRange: SourceRange;
}

export function objectContext(document: YamlDocument, file: string, absolutePath: string, kind: string): ObjectContext {
  const { notes, note, add } = noteSink();
  const value = document.value;
  const rangeOf = (path: string, fallback = document.range) => document.ranges.get(path)?.value ?? fallback;
  const name = scalarText(at(value, ["metadata", "name"]))?.trim() || scalarText(at(value, ["metadata", "generateName"]))?.trim().replace(/-$/, "") || kind;
  return {
    document,
    file,
    absolutePath,
    notes,
    note,
    add,
    rangeOf,
    keyRangeOf: (path, fallback = document.range) => {
      const r = document.ranges.get(path);
      return r?.key ?? r?.value ?? fallback;
    },
    textAt: (path) => {
      const text = scalarText(at(value, path.split(".")))?.trim();
      if (!text) return undefined;
      return { value: text, range: rangeOf(path), path, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
    },
    name,
    deploymentRange: document.ranges.get("metadata.name")?.value ?? document.range,
  };
}

/**
 * A deployment of the object `ctx` reads, from facts the reader found itself (not an engine's
 * command line): the hardware anchor is the count's place.
 */
export function objectDeployment(
  ctx: ObjectContext,
  format: string,
  model: Located<string>,
  gpu: Located<string> | undefined,
  gpuCount: Located<number>,
  serving: SourceRange,
  nodeLabels?: Deployment["nodeLabels"],
): Deployment {
  const deployment: Deployment = {
    name: ctx.name,
    file: ctx.file,
    baseDir: dirname(ctx.absolutePath),
    format,
    range: ctx.deploymentRange,
    model,
    gpuCount,
    policy: {},
    hardwareRange: gpuCount.range,
  };
  if (gpu) deployment.gpu = gpu;
  if (nodeLabels) deployment.nodeLabels = nodeLabels;
  return deployment;
}

/** A storage URI as the model it names: `hf://org/name[:revision]` → `org/name`; other URIs as written (the catalog reads `pvc://…/Llama-3.1-8B`). */
export function modelFromUri(uri: Located<string>): Located<string> {
  const text = uri.value.trim();
  const hf = /^hf:\/\/([^:]+?)\/*(?::[^/]*)?$/.exec(text);
  return { ...uri, value: hf ? hf[1]! : text };
}

/** The image repositories of each engine, as their projects publish them. */
const ENGINE_IMAGES: Record<string, RegExp> = {
  vllm: /vllm/i,
  sglang: /sglang/i,
  tgi: /text-generation-inference/i,
  trtllm: /tensorrt|trtllm/i,
};

/**
 * The engine's version from a container image whose repository is the engine's own
 * (`vllm/vllm-openai:v0.11.0` → `0.11.0`, `lmsysorg/sglang:v0.4.6.post1-cu124` → `0.4.6`,
 * `ghcr.io/huggingface/text-generation-inference:3.0.1` → `3.0.1`); undefined for another image,
 * a tag without a version (`latest`) or a digest only.
 */
export function engineVersionFromImage(image: string, engine: string): string | undefined {
  const pattern = ENGINE_IMAGES[engine];
  const at = image.indexOf("@");
  const ref = at >= 0 ? image.slice(0, at) : image;
  const colon = ref.lastIndexOf(":");
  if (!pattern || colon < 0 || ref.lastIndexOf("/") > colon) return undefined;
  const repository = ref.slice(0, colon);
  if (!pattern.test(repository)) return undefined;
  return /^v?(\d+\.\d+(?:\.\d+)?)/.exec(ref.slice(colon + 1))?.[1];
}

/** Set the engine's version on a deployment from the image its engine container runs (engineVersionFromImage). */
export function withEngineVersion(deployment: Deployment, image: string | undefined): Deployment {
  if (!image || !deployment.engine) return deployment;
  const version = engineVersionFromImage(image, deployment.engine.name);
  if (version) deployment.engine = { ...deployment.engine, version };
  return deployment;
}
