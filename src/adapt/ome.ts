import type { SourceRange } from "../base/findings.js";
import type { Deployment, Located } from "../base/deployment.js";
import { describeValue } from "../base/text.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import { readContainer, type ContainerItems } from "./container.js";
import { readEngineArgs, type ArgItem, type Engine, type EngineFacts, type EnvVar } from "./engine-args.js";
import { DECLARE_IN_CONFIG, GPU_ANNOTATION, gpuCountOf, gpuFromPodSpec, gpuOfMig, PRODUCT_LABEL, type GpuDeclaration } from "./gpu-declaration.js";
import { deploymentFromFacts, modelFromUri, objectContext, withEngineVersion, type Adaptation, type ObjectContext } from "./kit.js";
import type { NoteCode } from "./notes.js";
import { firstFound, NO_REFERENCES, type OmeReferenceKind, type ReferencedObject, type References } from "./references.js";
import { at, isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";

/**
 * OME (sgl-project/ome, `ome.io/v1beta1`) InferenceServices, each read as one Deployment (format
 * `ome`), merged the way OME's controller merges them:
 *
 * - The model: `spec.model.name` names a BaseModel in the service's namespace, else a
 *   ClusterBaseModel (OME's GetBaseModel; `spec.model.kind` is not consulted). The model is its
 *   `spec.storage.storageUri` (`hf://org/name` → `org/name`), kept at the BaseModel's line.
 * - The runtime: `spec.runtime.name` names a ServingRuntime in the namespace, else a
 *   ClusterServingRuntime. Without a name, OME's runtime selector picks one: among the runtimes
 *   that are not disabled, support the model (a supportedModelFormats entry whose modelFormat,
 *   modelFramework, modelArchitecture and quantization match the BaseModel's) and whose
 *   modelSizeRange holds its modelParameterSize, with autoSelect: true, the highest score
 *   (format and framework weights × priority), then the closest size range, then the name;
 *   namespace runtimes before cluster ones. The one chosen here is chosen among the runtimes of
 *   the files checked, and said so (`runtime-auto-selected`).
 * - The engine: the runtime's `spec.engineConfig` is the base and the service's `spec.engine`
 *   overrides it field by field (OME's MergeEngineSpec, a strategic merge): the runner's
 *   `command` and `args` are replaced when the service gives them, `env` is merged by name,
 *   `resources` by key. OME then sets `MODEL_PATH` (the BaseModel's `spec.storage.path`) and
 *   `PARALLELISM_SIZE` (the runner's GPUs × the pods of a group), which the templates' command
 *   lines use (`--tp-size $(PARALLELISM_SIZE)`). The command line is read by readEngineArgs
 *   (SGLang, vLLM, TGI, TensorRT-LLM), with the model as the last model argument; the engine's
 *   version from the runner's `image` (the service's, else the runtime's:
 *   `lmsysorg/sglang:v0.5.5.post3-cu129` → `0.5.5`) or an install command in its command line.
 * - Multi-node: with `leader` / `worker` (a LeaderWorkerSet), the leader's runner is the engine's,
 *   and the GPUs are the leader's plus `worker.size` × the worker's, checked as one deployment.
 * - The GPU type: the annotation llm-physics.dev/gpu, else the node selector and affinity of the
 *   service's engine (its leader when multi-node), else the runtime's, else the runtime's
 *   top-level `spec.nodeSelector` (OME's MergeNodeSelector); otherwise `gpu-type-missing`.
 *
 * Values read from a runtime or a model keep their file and line (references.ts) and show the
 * object in their path (`ClusterServingRuntime srt-llama spec.engineConfig.runner.command[12]`).
 * Runtimes and models alone are templates, not deployments: they are indexed, not adapted.
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptOme accepts has this in its apiVersion. */
export const OME_MARKERS: readonly string[] = ["ome.io/"];

const API_GROUP = "ome.io/";
const FORMAT = "ome";

/** OME's runtime selector defaults (runtimeselector.NewConfig). */
const DEFAULT_PRIORITY = 1;
const MODEL_FORMAT_WEIGHT = 10;
const MODEL_FRAMEWORK_WEIGHT = 5;

/** How each engine is told the model, for reading the command line again with the BaseModel's. */
const MODEL_FLAG: Record<Engine, string> = { vllm: "--model", sglang: "--model-path", tgi: "--model-id", trtllm: "--model" };

/** What the pod specs of the engine say of the count, which is the runner's (read from its resources). */
const COUNT_NOTES = new Set<NoteCode>(["gpu-count-missing", "gpu-count-from-instance-type", "gpu-count-summed", "gpu-count-from-node-label", "gpu-count-exceeds-node"]);

const SHELL = /^(?:.*\/)?(?:ba|z|da)?sh$/;

/** The deployment an OME InferenceService serves; null when the document is not one. */
export function adaptOme(document: YamlDocument, file: string, absolutePath: string, references: References = NO_REFERENCES): Adaptation | null {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(API_GROUP)) return null;
  // ServingRuntimes and BaseModels are templates other documents name, not deployments.
  if (kind !== "InferenceService") return null;
  const ctx = objectContext(document, file, absolutePath, "InferenceService");
  return inferenceService(ctx, references);
}

// ---------------------------------------------------------------------------------------------
// Objects of other documents

/** An object read from another document; `label` (`ClusterServingRuntime srt-llama`) prefixes the paths of values read from it. */
interface Source {
  object: ReferencedObject;
  label: string;
}

const KIND_NAMES: Record<OmeReferenceKind, string> = {
  OmeServingRuntime: "ServingRuntime",
  OmeClusterServingRuntime: "ClusterServingRuntime",
  OmeBaseModel: "BaseModel",
  OmeClusterBaseModel: "ClusterBaseModel",
};

function sourceOf(object: ReferencedObject): Source {
  const kind = KIND_NAMES[object.kind as OmeReferenceKind] ?? object.kind;
  return { object, label: `${kind} ${object.name}` };
}

/** The trimmed text at a dotted path of `source`'s document, at its line there, its path prefixed by the object. */
function textIn(source: Source, path: string): Located<string> | undefined {
  const doc = source.object.document;
  const text = scalarText(at(doc.value, path.split(".")))?.trim();
  if (!text) return undefined;
  return { value: text, range: doc.ranges.get(path)?.value ?? doc.range, path: `${source.label} ${path}`, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
}

function keyRangeIn(source: Source, path: string): SourceRange {
  const doc = source.object.document;
  const r = doc.ranges.get(path);
  return r?.key ?? r?.value ?? doc.range;
}

/** The object `name` names: of the namespaced kind in `namespace` first, else of the cluster kind (OME's GetBaseModel, GetRuntime). */
function lookUp(ctx: ObjectContext, references: References, kinds: [OmeReferenceKind, OmeReferenceKind], name: Located<string>, namespace: string | undefined): Source | undefined {
  const namespaced = references.find(kinds[0], name.value, namespace);
  const found = namespaced.length > 0 ? namespaced : references.find(kinds[1], name.value);
  const object = firstFound(found, name, ctx.note);
  return object ? sourceOf(object) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The model (BaseModel / ClusterBaseModel) and what runtime selection matches

interface Versioned {
  name: string;
  version?: string;
  operator?: string;
  weight: number;
}

/** What OME matches a runtime's supportedModelFormats entry against, as a BaseModel writes it. */
interface ModelTraits {
  format?: Versioned;
  framework?: Versioned;
  architecture?: string;
  quantization?: string;
  /** modelParameterSize as written (`8B`) and as a number. */
  size?: { text: string; value: number };
}

function versioned(raw: unknown): Versioned | undefined {
  if (!isRecord(raw)) return undefined;
  const name = scalarText(raw.name)?.trim();
  if (!name) return undefined;
  const out: Versioned = { name, weight: parseWholeNumber(raw.weight) ?? 0 };
  const version = scalarText(raw.version)?.trim();
  if (version) out.version = version;
  const operator = scalarText(raw.operator)?.trim();
  if (operator) out.operator = operator;
  return out;
}

/** OME's parseModelSize: `7B`, `1.5T`, `350M`; 0 when it is not a number. */
function parseModelSize(text: string): number {
  const t = text.trim();
  const unit = t.slice(-1);
  const multiplier = unit === "T" ? 1e12 : unit === "B" ? 1e9 : unit === "M" ? 1e6 : 1;
  const number = multiplier === 1 ? t : t.slice(0, -1);
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(number)) return 0;
  return Number(number) * multiplier;
}

function modelTraits(spec: unknown): ModelTraits {
  const traits: ModelTraits = {};
  if (!isRecord(spec)) return traits;
  const format = versioned(spec.modelFormat);
  if (format) traits.format = format;
  const framework = versioned(spec.modelFramework);
  if (framework) traits.framework = framework;
  const architecture = scalarText(spec.modelArchitecture)?.trim();
  if (architecture) traits.architecture = architecture;
  const quantization = scalarText(spec.quantization)?.trim();
  if (quantization) traits.quantization = quantization;
  const size = scalarText(spec.modelParameterSize)?.trim();
  if (size) traits.size = { text: size, value: parseModelSize(size) };
  return traits;
}

/** `safetensors 1.0.0, LlamaForCausalLM, 8B`: the model as runtime selection sees it. */
function traitsLabel(t: ModelTraits): string {
  const parts = [t.format ? `${t.format.name}${t.format.version ? ` ${t.format.version}` : ""}` : "no modelFormat"];
  if (t.architecture) parts.push(t.architecture);
  if (t.quantization) parts.push(t.quantization);
  if (t.size) parts.push(t.size.text);
  return parts.join(", ");
}

// ---------------------------------------------------------------------------------------------
// Runtime selection (pkg/runtimeselector: matcher.go, scorer.go, modelver)

interface Version {
  prefix: string;
  numbers: [number, number, number];
  /** Pre-release, build and dev parts: an unofficial version, compared for equality only. */
  extra: string;
  precision: number;
}

/** OME's modelver.Parse: `major[.minor[.patch[-pre][+build]]]`, an optional `v` before the major. */
function parseVersion(text: string): Version | undefined {
  const first = text.indexOf(".");
  const second = first < 0 ? -1 : text.indexOf(".", first + 1);
  const parts = first < 0 ? [text] : second < 0 ? [text.slice(0, first), text.slice(first + 1)] : [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
  const whole = (s: string) => (/^(?:0|[1-9]\d*)$/.test(s) ? Number(s) : undefined);
  const prefix = parts[0]!.startsWith("v") ? "v" : "";
  const major = whole(parts[0]!.slice(prefix.length));
  const minor = whole(parts[1] ?? "0");
  const tail = /^(\d+)(.*)$/.exec(parts[2] ?? "0");
  const patch = tail ? whole(tail[1]!) : undefined;
  if (major === undefined || minor === undefined || patch === undefined) return undefined;
  return { prefix, numbers: [major, minor, patch], extra: tail![2]!, precision: parts.length };
}

function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a.numbers[i] !== b.numbers[i]) return a.numbers[i]! > b.numbers[i]! ? 1 : -1;
  return a.extra === b.extra ? 0 : a.extra < b.extra ? -1 : 1;
}

/** Whether the runtime's version (with its operator) admits the model's, as OME's compareModelFormatVersions decides. */
function versionAdmits(supported: Versioned, model: Versioned): boolean {
  const base = parseVersion(model.version!);
  const offered = parseVersion(supported.version!);
  if (!base || !offered) return false;
  const operator = supported.operator ?? "Equal";
  if (base.extra !== "" || offered.extra !== "" || operator === "Equal") return compareVersions(offered, base) === 0;
  if (base.precision !== offered.precision || base.prefix !== offered.prefix) return false;
  const cmp = compareVersions(offered, base);
  if (operator === "GreaterThan") return cmp > 0;
  if (operator === "GreaterThanOrEqual") return cmp >= 0;
  return cmp === 0;
}

interface FormatEntry {
  format?: Versioned;
  framework?: Versioned;
  architecture?: string;
  quantization?: string;
  autoSelect?: boolean;
  priority: number;
  /** A diffusion pipeline class this entry requires (diffusion models; no LLM has one). */
  diffusion: boolean;
}

function formatEntries(spec: Json): FormatEntry[] {
  const list = spec.supportedModelFormats;
  if (!Array.isArray(list)) return [];
  const out: FormatEntry[] = [];
  for (const raw of list as unknown[]) {
    if (!isRecord(raw)) continue;
    const entry: FormatEntry = { priority: parseWholeNumber(raw.priority) ?? DEFAULT_PRIORITY, diffusion: isRecord(raw.diffusionPipeline) };
    const format = versioned(raw.modelFormat);
    if (format) entry.format = format;
    const framework = versioned(raw.modelFramework);
    if (framework) entry.framework = framework;
    const architecture = scalarText(raw.modelArchitecture)?.trim();
    if (architecture) entry.architecture = architecture;
    const quantization = scalarText(raw.quantization)?.trim();
    if (quantization) entry.quantization = quantization;
    if (typeof raw.autoSelect === "boolean") entry.autoSelect = raw.autoSelect;
    out.push(entry);
  }
  return out;
}

/**
 * Why the entry does not support the model, or undefined when it does (OME's
 * compareSupportedModelFormats). A trait the BaseModel does not write is taken to match: OME's
 * model agent fills it from the checkpoint's config.json before the runtime is chosen.
 */
function formatMismatch(model: ModelTraits, f: FormatEntry): string | undefined {
  if (f.diffusion) return "it serves diffusion pipelines";
  if (f.architecture !== model.architecture && model.architecture !== undefined) {
    return f.architecture ? `architecture ${f.architecture}, not ${model.architecture}` : `no modelArchitecture (the model's is ${model.architecture})`;
  }
  if (f.quantization !== model.quantization && model.quantization !== undefined) {
    return f.quantization ? `quantization ${f.quantization}, not ${model.quantization}` : `no quantization (the model's is ${model.quantization})`;
  }
  if (!f.format) return "no modelFormat";
  if (model.format) {
    if (f.format.name !== model.format.name) return `modelFormat ${f.format.name}, not ${model.format.name}`;
    const reason = versionMismatch("modelFormat", f.format, model.format);
    if (reason) return reason;
  }
  if (model.framework) {
    if (!f.framework) return `no modelFramework (the model's is ${model.framework.name})`;
    if (f.framework.name !== model.framework.name) return `modelFramework ${f.framework.name}, not ${model.framework.name}`;
    const reason = versionMismatch("modelFramework", f.framework, model.framework);
    if (reason) return reason;
  }
  return undefined;
}

function versionMismatch(what: string, supported: Versioned, model: Versioned): string | undefined {
  if (model.version === undefined) return undefined;
  if (supported.version === undefined) return `${what} ${supported.name} without a version (the model's is ${model.version})`;
  if (versionAdmits(supported, model)) return undefined;
  return `${what} version ${supported.operator && supported.operator !== "Equal" ? `${supported.operator} ` : ""}${supported.version}, not ${model.version}`;
}

/** OME's CalculateFormatScore: format and framework weights × priority; 0 when the entry does not match. */
function formatScore(model: ModelTraits, f: FormatEntry): number {
  const formatMatches = f.format !== undefined && (model.format === undefined || (f.format.name === model.format.name && !versionMismatch("", f.format, model.format)));
  if (f.format && !formatMatches) return 0;
  const frameworkMatches = f.framework !== undefined && (model.framework === undefined || (f.framework.name === model.framework.name && !versionMismatch("", f.framework, model.framework)));
  if (f.framework && !frameworkMatches) return 0;
  if (!f.framework && model.framework) return 0;
  let score = 0;
  if (formatMatches) score += (f.format!.weight || MODEL_FORMAT_WEIGHT) * f.priority;
  if (frameworkMatches) score += (f.framework!.weight || MODEL_FRAMEWORK_WEIGHT) * f.priority;
  return score;
}

interface SizeRange {
  min?: string;
  max?: string;
}

function sizeRangeOf(spec: Json): SizeRange | undefined {
  if (!isRecord(spec.modelSizeRange)) return undefined;
  const out: SizeRange = {};
  const min = scalarText(spec.modelSizeRange.min)?.trim();
  const max = scalarText(spec.modelSizeRange.max)?.trim();
  if (min) out.min = min;
  if (max) out.max = max;
  return out;
}

function rangeText(r: SizeRange): string {
  return `${r.min ?? "any"}–${r.max ?? "any"}`;
}

/** Why the runtime cannot serve the model, or undefined when it can (OME's IsCompatible, without accelerator classes). */
function incompatibility(spec: Json, model: ModelTraits): string | undefined {
  const entries = formatEntries(spec);
  if (entries.length === 0) return "it lists no supportedModelFormats";
  if (!entries.some((f) => formatMismatch(model, f) === undefined)) return `it supports ${entries.map((f) => formatMismatch(model, f)).join("; ")}`;
  const range = sizeRangeOf(spec);
  if (model.size && range) {
    const min = range.min !== undefined ? parseModelSize(range.min) : -Infinity;
    const max = range.max !== undefined ? parseModelSize(range.max) : Infinity;
    if (model.size.value < min || model.size.value > max) return `model size ${model.size.text} is outside its modelSizeRange ${rangeText(range)}`;
  }
  return undefined;
}

interface Candidate {
  source: Source;
  score: number;
  priority: number;
  sizeDistance: number;
  range?: SizeRange;
}

/** The runtime as a candidate for auto-selection, or why it is not one. */
function evaluateRuntime(source: Source, model: ModelTraits): { candidate?: Candidate; reason?: string } {
  const spec = at(source.object.document.value, ["spec"]);
  if (!isRecord(spec)) return { reason: "it has no spec" };
  if (spec.disabled === true) return { reason: "it is disabled" };
  const reason = incompatibility(spec, model);
  if (reason) return { reason };
  const entries = formatEntries(spec);
  if (!entries.some((f) => f.autoSelect === true)) return { reason: "no supportedModelFormats entry has autoSelect: true" };
  let score = 0;
  let priority = DEFAULT_PRIORITY;
  for (const f of entries) {
    if (f.autoSelect === false) continue;
    const s = formatScore(model, f);
    if (s > score) {
      score = s;
      priority = f.priority;
    }
  }
  if (score <= 0) return { reason: "its autoSelect entries do not match the model's format and framework" };
  const range = sizeRangeOf(spec);
  let sizeDistance = 0;
  if (model.size && range) {
    const size = model.size.value;
    sizeDistance = Math.abs(parseModelSize(range.min ?? "0") - size) + Math.abs(parseModelSize(range.max ?? "0") - size);
  }
  return { candidate: { source, score, priority, sizeDistance, ...(range ? { range } : {}) } };
}

interface Selection {
  chosen?: Candidate;
  /** How many runtimes would do. */
  matching: number;
  /** Each runtime read that would not, with why. */
  rejected: string[];
}

/** The runtime OME's selector would choose among those in the files checked: namespace runtimes first, each list by score, size range, then name. */
function selectRuntime(references: References, namespace: string | undefined, model: ModelTraits): Selection {
  const rejected: string[] = [];
  let matching = 0;
  let chosen: Candidate | undefined;
  for (const kind of ["OmeServingRuntime", "OmeClusterServingRuntime"] as const) {
    const candidates: Candidate[] = [];
    for (const object of references.all(kind)) {
      if (kind === "OmeServingRuntime" && namespace && object.namespace && object.namespace !== namespace) continue;
      const source = sourceOf(object);
      const { candidate, reason } = evaluateRuntime(source, model);
      if (candidate) candidates.push(candidate);
      else rejected.push(`${source.label}: ${reason}`);
    }
    candidates.sort((a, b) => b.score - a.score || a.sizeDistance - b.sizeDistance || (a.source.object.name < b.source.object.name ? -1 : a.source.object.name > b.source.object.name ? 1 : 0));
    matching += candidates.length;
    chosen ??= candidates[0];
  }
  return chosen ? { chosen, matching, rejected } : { matching, rejected };
}

// ---------------------------------------------------------------------------------------------
// The runner container: the runtime's, with the service's fields over it

interface RunnerAt {
  doc: YamlDocument;
  path: string;
  /** Prefixed to the paths of values read from another document's runner. */
  label?: string;
}

function readRunner(ctx: ObjectContext, where: RunnerAt): ContainerItems | undefined {
  const raw = at(where.doc.value, where.path.split("."));
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    ctx.note("not-a-mapping", `${where.label ? `${where.label} ` : ""}${where.path} is ${describeValue(raw)}, not a container: it is not read`, where.doc.ranges.get(where.path)?.value ?? where.doc.range, "warning");
    return undefined;
  }
  const items = readContainer(where.doc, raw, where.path, "runner");
  // What is wrong with the runner's GPU count (a count that is not a number) is told here: the runner is no pod spec's container.
  ctx.add(...gpuCountOf(where.doc, where.path).notes.map((n) => (where.label ? { ...n, message: `${where.label}: ${n.message}` } : n)));
  if (!where.label) return items;
  const label = where.label;
  const prefix = <T extends { path: string }>(item: T): T => ({ ...item, path: `${label} ${item.path}` });
  const out: ContainerItems = { ...items, command: items.command.map(prefix), args: items.args.map(prefix), env: items.env.map(prefix) };
  if (items.ownCount) out.ownCount = prefix(items.ownCount);
  if (items.ownMig) out.ownMig = prefix(items.ownMig);
  return out;
}

/**
 * The runtime's runner with the service's over it, as OME's strategic merge does: command and args
 * replaced when the service gives them, env merged by name, the GPU resources the service's when
 * it asks for any.
 */
function mergeRunners(base: ContainerItems | undefined, own: ContainerItems | undefined): ContainerItems | undefined {
  if (!base || !own) return own ?? base;
  const overridden = new Set(own.env.map((e) => e.name));
  const merged: ContainerItems = {
    path: own.path,
    name: own.name !== "runner" ? own.name : base.name,
    nameRange: own.nameRange,
    command: own.command.length > 0 ? own.command : base.command,
    args: own.args.length > 0 ? own.args : base.args,
    env: [...base.env.filter((e) => !overridden.has(e.name)), ...own.env],
    hasEnvFrom: own.hasEnvFrom || base.hasEnvFrom,
  };
  const image = own.image ?? base.image;
  if (image) merged.image = image;
  const count = own.ownCount ?? base.ownCount;
  if (count) merged.ownCount = count;
  const mig = own.ownCount ? own.ownMig : base.ownMig;
  if (count && mig) merged.ownMig = mig;
  return merged;
}

// ---------------------------------------------------------------------------------------------
// InferenceService

interface MergedEngine {
  /** Multi-node: a leader and `size` workers (a LeaderWorkerSet). */
  multi: boolean;
  runner?: ContainerItems;
  worker?: ContainerItems;
  size?: Located<number>;
  /** The pod specs the GPU type is looked for in, in order. */
  podSpecs: Array<{ doc: YamlDocument; path: string; label?: string }>;
}

function inferenceService(ctx: ObjectContext, references: References): Adaptation {
  const value = ctx.document.value;
  const name = ctx.name;
  const namespace = scalarText(at(value, ["metadata", "namespace"]))?.trim() || undefined;
  const specKey = ctx.keyRangeOf("spec");
  const done = (): Adaptation => ({ deployments: [], notes: ctx.notes });

  const engineRaw = at(value, ["spec", "engine"]);
  if (!isRecord(engineRaw)) {
    const predictor = isRecord(at(value, ["spec", "predictor"]));
    ctx.note(
      "engine-missing",
      engineRaw === undefined || engineRaw === null
        ? `${name} has no spec.engine, so OME deploys no engine for it${predictor ? " (spec.predictor is deprecated and not read)" : ""}: add spec.engine (minReplicas: 1) to serve the model; ${name} is not checked`
        : `spec.engine of ${name} is ${describeValue(engineRaw)}, not a mapping: OME cannot deploy its engine; ${name} is not checked`,
      engineRaw === undefined ? specKey : ctx.rangeOf("spec.engine"),
      engineRaw === undefined || engineRaw === null ? "notice" : "warning",
    );
    return done();
  }
  const engineKey = ctx.keyRangeOf("spec.engine", specKey);

  // The model.
  const modelName = ctx.textAt("spec.model.name");
  let model: Source | undefined;
  if (!modelName) {
    ctx.note("model-missing", `no spec.model.name: name the BaseModel or ClusterBaseModel ${name} serves; ${name} is not checked`, ctx.keyRangeOf("spec.model", specKey), "warning");
  } else {
    model = lookUp(ctx, references, ["OmeBaseModel", "OmeClusterBaseModel"], modelName, namespace);
    if (!model) {
      ctx.note(
        "base-model-not-found",
        `${modelName.path} is ${modelName.value}, a BaseModel or ClusterBaseModel not found in the files checked: the model it serves (spec.storage.storageUri) and what selects its runtime are not known; check the model's file together with this one to have ${name} checked`,
        modelName.range,
        "notice",
      );
    }
  }
  const modelSpec = model ? at(model.object.document.value, ["spec"]) : undefined;
  const traits = modelTraits(modelSpec);
  if (model && isRecord(modelSpec) && modelSpec.disabled === true) {
    ctx.note("reference-disabled", `${model.label} is disabled (spec.disabled: true): OME refuses to serve it`, model.object.document.ranges.get("spec.disabled")?.value ?? model.object.document.range, "warning");
  }

  // The runtime.
  const runtimeName = ctx.textAt("spec.runtime.name");
  let runtime: Source | undefined;
  if (runtimeName) {
    runtime = lookUp(ctx, references, ["OmeServingRuntime", "OmeClusterServingRuntime"], runtimeName, namespace);
    if (!runtime) {
      ctx.note(
        "runtime-not-found",
        `${runtimeName.path} is ${runtimeName.value}, a ClusterServingRuntime or ServingRuntime not found in the files checked: its engine's command line, GPUs and node selector are not read${ownsCommand(value) ? ", only spec.engine's" : `, and spec.engine gives no runner command of its own, so ${name} is not checked`}; check the runtime's file together with this one to have them read`,
        runtimeName.range,
        "notice",
      );
    } else if (model) {
      const spec = at(runtime.object.document.value, ["spec"]);
      if (isRecord(spec) && spec.disabled === true) {
        ctx.note("reference-disabled", `${runtime.label} is disabled (spec.disabled: true): OME refuses to run ${name} on it`, runtime.object.document.ranges.get("spec.disabled")?.value ?? runtimeName.range, "warning");
      } else if (isRecord(spec)) {
        const reason = incompatibility(spec, traits);
        if (reason) {
          ctx.note("runtime-incompatible", `${runtime.label} does not support ${model.label} (${traitsLabel(traits)}): ${reason}, so OME refuses it; name a runtime that supports the model, or fix the runtime's supportedModelFormats and modelSizeRange`, runtimeName.range, "warning");
        }
      }
    }
  } else if (model) {
    runtime = autoSelected(ctx, references, namespace, model, traits);
  }
  if (!model) return done();

  // The model the engine loads.
  const uri = textIn(model, "spec.storage.storageUri");
  const storagePath = textIn(model, "spec.storage.path");

  // The engine: the runtime's engineConfig under the service's engine.
  const engine = mergeEngine(ctx, runtime);
  const runner = engine.runner;
  if (!runner || (runner.command.length === 0 && runner.args.length === 0)) {
    if (runtime) {
      ctx.note(
        "runtime-no-containers",
        `${runtime.label} has no spec.engineConfig.runner${engine.multi ? " (nor leader.runner)" : ""} with a command, and spec.engine.runner gives none: there is no engine command line to read; ${name} is not checked`,
        keyRangeIn(runtime, "spec.engineConfig"),
        "warning",
      );
    }
    return done();
  }

  // What OME sets in the runner's env: the model's path, the GPUs of the whole group.
  const env: EnvVar[] = [...runner.env];
  if (storagePath && !env.some((e) => e.name === "MODEL_PATH")) env.push({ name: "MODEL_PATH", value: storagePath.value, range: storagePath.range, path: `${storagePath.path} (MODEL_PATH, set by OME)` });
  const size = engine.size?.value ?? 0;
  const leaderGpus = runner.ownCount;
  let command = runner.command;
  let args = runner.args;
  if (leaderGpus && leaderGpus.value > 0) {
    const pods = 1 + size;
    const n = leaderGpus.value * pods;
    const how = `${leaderGpus.value} GPU${leaderGpus.value === 1 ? "" : "s"} × ${pods} pod${pods === 1 ? "" : "s"}, set by OME`;
    const without = env.filter((e) => e.name !== "PARALLELISM_SIZE");
    env.length = 0;
    env.push(...without, { name: "PARALLELISM_SIZE", value: String(n), range: leaderGpus.range, path: `${leaderGpus.path} (PARALLELISM_SIZE ${n}: ${how})` });
    // A flag whose value is $(PARALLELISM_SIZE) (--tp-size) is shown with how OME computes it.
    const all = [...command, ...args].map((item, i, list): ArgItem => {
      const flag = list[i - 1]?.text.trim();
      if (item.text.trim() !== "$(PARALLELISM_SIZE)" || !flag || !flag.startsWith("-")) return item;
      return { text: String(n), range: item.range, path: `${item.path} (${flag} $(PARALLELISM_SIZE) = ${n}: ${how})`, via: { flag } };
    });
    command = all.slice(0, command.length);
    args = all.slice(command.length);
  }
  if (engine.multi) {
    // A LeaderWorkerSet sets these; the leader is worker 0.
    const group = engine.size?.range ?? engineKey;
    env.push({ name: "LWS_GROUP_SIZE", value: String(1 + size), range: group, path: "LWS_GROUP_SIZE (set by LeaderWorkerSet)" });
    for (const v of ["LWS_LEADER_ADDRESS", "LWS_WORKER_INDEX"]) env.push({ name: v, value: null, range: group, path: `${v} (set by LeaderWorkerSet)` });
  }

  let facts = readEngineArgs(command, args, env);
  if (!facts) {
    ctx.note(
      "runtime-no-engine",
      `${runtime ? `${runtime.label} ` : ""}${runner.path} runs no engine llm-physics reads (vLLM, SGLang, TGI, TensorRT-LLM): write the engine's command (python3 -m sglang.launch_server …) in the runner to have ${name} checked`,
      runner.nameRange,
      "warning",
    );
    return done();
  }

  let modelFact: Located<string> | undefined = uri ? modelFromUri(uri) : undefined;
  if (!modelFact && facts.model && !facts.model.value.startsWith("/") && !facts.model.value.includes("$(")) modelFact = facts.model;
  if (!modelFact) {
    ctx.note(
      "model-missing",
      `${model.label} has no spec.storage.storageUri: the model OME downloads is not known; set spec.storage.storageUri (hf://org/name) in it; ${name} is not checked`,
      keyRangeIn(model, isRecord(at(modelSpec, ["storage"])) ? "spec.storage" : "spec"),
      "warning",
    );
    return done();
  }
  // Read again with the model as the last model argument, so that the precision its name announces counts.
  const shell = runner.command.length > 0 && SHELL.test(runner.command[0]!.text.trim());
  if (!shell && modelFact !== facts.model) facts = reread(command, args, env, modelFact, facts);

  if (isRecord(at(value, ["spec", "decoder"]))) {
    ctx.note("not-modelled", `spec.decoder (prefill-decode disaggregation) is not checked: only the engine's pods of ${name} are`, ctx.keyRangeOf("spec.decoder"), "notice");
  }
  const acceleratorClass = ctx.textAt("spec.acceleratorSelector.acceleratorClass") ?? ctx.textAt("spec.engine.acceleratorOverride.acceleratorClass");
  if (acceleratorClass) {
    ctx.note("not-modelled", `${acceleratorClass.path} ${acceleratorClass.value}: AcceleratorClass objects are not read, so the node selector and resources it adds are not checked`, acceleratorClass.range, "notice");
  }

  const count = engineCount(ctx, engine, name);
  const declaration = engineGpu(ctx, engine, engineKey, name);
  const deployment = finish(ctx, { facts, model: modelFact, runner, declaration, count, where: engineKey, runtime });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}

/** Whether the service's engine runs a command line of its own (spec.engine.runner, or its leader's). */
function ownsCommand(value: unknown): boolean {
  return ["runner", "leader"].some((key) => {
    const runner = key === "runner" ? at(value, ["spec", "engine", "runner"]) : at(value, ["spec", "engine", "leader", "runner"]);
    return isRecord(runner) && ((Array.isArray(runner.command) && runner.command.length > 0) || (Array.isArray(runner.args) && runner.args.length > 0));
  });
}

/** The runtime OME would auto-select, with a notice saying which and why, or a notice that none would be. */
function autoSelected(ctx: ObjectContext, references: References, namespace: string | undefined, model: Source, traits: ModelTraits): Source | undefined {
  const where = ctx.keyRangeOf("spec.model", ctx.keyRangeOf("spec"));
  const missing = [!traits.format && "spec.modelFormat.name", !traits.architecture && "spec.modelArchitecture"].filter((m): m is string => typeof m === "string");
  if (missing.length > 0) {
    ctx.note(
      "runtime-not-selected",
      `spec.runtime is not set and ${model.label} does not write ${missing.join(" or ")}, by which OME selects a runtime (its model agent fills them from the checkpoint's config.json): the runtime cannot be known from the files; name it in spec.runtime.name, or write ${missing.join(" and ")} in the model; ${ctx.name} is not checked`,
      where,
      "notice",
    );
    return undefined;
  }
  const selection = selectRuntime(references, namespace, traits);
  const shown = selection.rejected.slice(0, 5).join("; ") + (selection.rejected.length > 5 ? `; and ${selection.rejected.length - 5} more` : "");
  if (!selection.chosen) {
    ctx.note(
      "runtime-not-selected",
      `spec.runtime is not set and no runtime in the files checked would be auto-selected for ${model.label} (${traitsLabel(traits)})${shown ? `: ${shown}` : ": none is in the files checked"}; name the runtime in spec.runtime.name, or check the runtime's file together with this one; ${ctx.name} is not checked`,
      where,
      "notice",
    );
    return undefined;
  }
  const { chosen, matching } = selection;
  const sizeText = traits.size && chosen.range ? `, model size ${traits.size.text} within its modelSizeRange ${rangeText(chosen.range)}` : "";
  const of = matching === 1 ? "the only runtime" : `the highest-ranked of ${matching} runtimes`;
  ctx.note(
    "runtime-auto-selected",
    `spec.runtime is not set: OME auto-selects a runtime for ${model.label} (${traitsLabel(traits)}); of those in the files checked, ${chosen.source.label} is ${of} that support it with autoSelect: true (priority ${chosen.priority}${sizeText}), and its engine is read; name the runtime in spec.runtime.name to be sure which runs`,
    where,
    "notice",
  );
  return chosen.source;
}

/** Read the runner's command line again with `model` as the last model argument; problems are the first reading's. */
function reread(command: ArgItem[], args: ArgItem[], env: EnvVar[], model: Located<string>, previous: EngineFacts): EngineFacts {
  const via = model.via ?? { key: model.path };
  const injected: ArgItem[] = [
    { text: MODEL_FLAG[previous.engine], range: model.range, path: model.path, via },
    { text: model.value, range: model.range, path: model.path, via },
  ];
  const facts = readEngineArgs(command, [...args, ...injected], env);
  if (!facts) return { ...previous, model };
  facts.model = model;
  facts.problems = previous.problems;
  return facts;
}

/** The engine spec OME merges: the runtime's engineConfig as the base, the service's spec.engine over it. */
function mergeEngine(ctx: ObjectContext, runtime: Source | undefined): MergedEngine {
  const own = ctx.document;
  const base = runtime?.object.document;
  const has = (doc: YamlDocument | undefined, path: string) => doc !== undefined && isRecord(at(doc.value, path.split(".")));
  const leader = has(own, "spec.engine.leader") || has(base, "spec.engineConfig.leader");
  const worker = has(own, "spec.engine.worker") || has(base, "spec.engineConfig.worker");
  const multi = leader || worker;
  const part = (side: "own" | "base", sub: string): RunnerAt | undefined => {
    if (side === "own") return { doc: own, path: `spec.engine${sub}.runner` };
    return base && runtime ? { doc: base, path: `spec.engineConfig${sub}.runner`, label: runtime.label } : undefined;
  };
  const read = (where: RunnerAt | undefined) => (where ? readRunner(ctx, where) : undefined);
  const main = leader ? ".leader" : "";
  const engine: MergedEngine = {
    multi,
    podSpecs: [],
  };
  const runner = mergeRunners(read(part("base", main)), read(part("own", main)));
  if (runner) engine.runner = runner;
  if (multi) {
    const workerRunner = mergeRunners(read(part("base", ".worker")), read(part("own", ".worker")));
    if (workerRunner) engine.worker = workerRunner;
    const size = workerSize(ctx, own, "spec.engine.worker.size") ?? (base && runtime ? workerSize(ctx, base, "spec.engineConfig.worker.size", runtime.label) : undefined);
    if (size) engine.size = size;
  }
  // Where the GPU type is declared: the service's pod spec (its leader's), then (multi-node) its
  // engine's node selector, then the runtime's, then the runtime's top-level spec.nodeSelector.
  engine.podSpecs.push({ doc: own, path: `spec.engine${main}` });
  if (multi && main) engine.podSpecs.push({ doc: own, path: "spec.engine" });
  if (base && runtime) {
    engine.podSpecs.push({ doc: base, path: `spec.engineConfig${main}`, label: runtime.label });
    engine.podSpecs.push({ doc: base, path: "spec", label: runtime.label });
  }
  return engine;
}

function workerSize(ctx: ObjectContext, doc: YamlDocument, path: string, label?: string): Located<number> | undefined {
  const raw = at(doc.value, path.split("."));
  if (raw === undefined || raw === null) return undefined;
  const range = doc.ranges.get(path)?.value ?? doc.range;
  const shown = label ? `${label} ${path}` : path;
  const n = parseWholeNumber(raw);
  if (n === undefined) {
    ctx.note("not-whole-number", `${shown} is ${describeValue(raw)}, not a whole number of worker pods: not used`, range, "warning");
    return undefined;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${shown} is the string ${describeValue(raw)}: OME expects a number; read as ${n}`, range, "warning");
  return { value: n, range, path: shown, via: { key: "size" } };
}

/** The GPUs of the engine: the runner's, and over several nodes the leader's plus worker.size × the worker's. */
function engineCount(ctx: ObjectContext, engine: MergedEngine, name: string): Located<number> | undefined {
  const leader = engine.runner?.ownCount;
  if (!engine.multi || !engine.size || engine.size.value === 0 || !leader) return leader;
  const size = engine.size;
  let worker = engine.worker?.ownCount;
  if (!worker) {
    ctx.note(
      "gpu-count-assumed",
      `no GPU count is declared for the workers of ${name}: each is checked with the leader's ${leader.value}; add resources.limits nvidia.com/gpu to spec.engine.worker.runner (or the runtime's spec.engineConfig.worker.runner)`,
      size.range,
      "notice",
    );
    worker = leader;
  }
  const total = leader.value + size.value * worker.value;
  const pods = size.value + 1;
  const workers = `worker.size ${size.value}`;
  const path =
    worker.value === leader.value
      ? `${leader.path} (${leader.value} per pod) × ${pods} pods (1 leader + ${workers})`
      : `${leader.path} (${leader.value}) + ${workers} × ${worker.path} (${worker.value})`;
  ctx.note(
    "multi-node",
    `${size.path} is ${size.value}: OME runs ${name} as a LeaderWorkerSet of ${pods} pods (1 leader and ${size.value} worker${size.value === 1 ? "" : "s"}), checked as one deployment over all ${total} GPUs`,
    size.range,
    "notice",
  );
  return { value: total, range: leader.range, path };
}

/** The GPU type: the first pod spec of the merged engine that declares one (the annotation, a node selector, affinity). */
function engineGpu(ctx: ObjectContext, engine: MergedEngine, anchor: SourceRange, name: string): GpuDeclaration {
  let labels: GpuDeclaration["nodeLabels"];
  for (const spec of engine.podSpecs) {
    if (spec.path !== "spec" && !isRecord(at(spec.doc.value, spec.path.split(".")))) continue;
    const declaration = gpuFromPodSpec(spec.doc, spec.path, "metadata", anchor);
    labels ??= declaration.nodeLabels;
    if (!declaration.gpu) continue;
    const label = spec.label;
    const out: GpuDeclaration = {
      gpu: label ? { ...declaration.gpu, path: `${label} ${declaration.gpu.path}` } : declaration.gpu,
      notes: declaration.notes.filter((n) => !COUNT_NOTES.has(n.code) && n.code !== "gpu-type-missing"),
    };
    if (declaration.source) out.source = declaration.source;
    const nodeLabels = declaration.nodeLabels ?? labels;
    if (nodeLabels) out.nodeLabels = nodeLabels;
    return out;
  }
  const where = engine.multi ? "spec.engine.leader" : "spec.engine";
  const declaration: GpuDeclaration = {
    notes: [
      {
        code: "gpu-type-missing",
        message: `no GPU type is declared for ${name}: checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL} to ${where} (or to the runtime's spec.engineConfig), the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations, ${DECLARE_IN_CONFIG}`,
        range: anchor,
        severity: "notice",
      },
    ],
  };
  if (labels) declaration.nodeLabels = labels;
  return declaration;
}

interface Parts {
  facts: EngineFacts;
  model: Located<string>;
  runner: ContainerItems;
  declaration: GpuDeclaration;
  count: Located<number> | undefined;
  where: SourceRange;
  runtime: Source | undefined;
}

function finish(ctx: ObjectContext, parts: Parts): Deployment | null {
  const { facts, runner, declaration, count, where } = parts;
  for (const problem of facts.problems) {
    if (runner.hasEnvFrom && problem.code === "env-var-unset") {
      ctx.note(problem.code, `${problem.message} (it may come from the runner's envFrom, which is not read)`, problem.range, "notice");
    } else {
      ctx.add(problem);
    }
  }
  let gpu = declaration.gpu;
  const mig = count && runner.ownMig && !(gpu && /-MIG-|^mig-/i.test(gpu.value)) ? runner.ownMig : undefined;
  if (mig) {
    const sliced = gpuOfMig(mig, gpu);
    gpu = sliced.gpu;
    ctx.add(...sliced.notes);
  }
  for (const n of declaration.notes) {
    if (mig && n.code === "gpu-type-missing") continue;
    ctx.add(n);
  }
  const runnerPath = parts.runtime ? "spec.engine.runner (or the runtime's spec.engineConfig.runner)" : "spec.engine.runner";
  const deployment = deploymentFromFacts({
    name: ctx.name,
    file: ctx.file,
    absolutePath: ctx.absolutePath,
    format: FORMAT,
    range: ctx.deploymentRange,
    facts: { ...facts, model: parts.model },
    gpu,
    nodeLabels: declaration.nodeLabels,
    ...(count ? { count } : {}),
    howToCount: `add resources.limits nvidia.com/gpu to ${runnerPath}`,
    serving: where,
    note: ctx.note,
  });
  // The engine's version: the runner's image (the service's over its runtime's), and install commands in its command line.
  const scripts = [...runner.command, ...runner.args].map((a) => a.text);
  return deployment && withEngineVersion(deployment, { image: runner.image, scripts, env: runner.env });
}
