import type { SourceRange } from "../base/findings.js";
import { joinPath, type YamlDocument } from "../parse/yaml-file.js";
import type { Located, Via } from "../base/deployment.js";
import { readEngineArgs, type ArgItem, type EngineFacts, type EnvVar } from "./engine-args.js";
import { normaliseFlag } from "./engine/flags.js";
import { readContainer, type ContainerItems } from "./container.js";
import { GPU_ANNOTATION, gpuFromPodSpec, gpuOfMig, type GpuDeclaration } from "./gpu-declaration.js";
import { deploymentFromFacts, modelFromUri, objectContext, withEngineVersion, type Adaptation, type ObjectContext } from "./kit.js";
import { isNimImage, readNimContainer } from "./nim.js";
import type { NoteCode } from "./notes.js";
import type { Deployment } from "../base/deployment.js";
import { firstFound, NO_REFERENCES, type ReferencedObject, type References } from "./references.js";
import { at, isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";
import { describeValue } from "../base/text.js";

/**
 * KServe resources that serve an LLM, each read as one Deployment (format `kserve`):
 *
 * - `serving.kserve.io/v1beta1` InferenceService whose predictor uses the Hugging Face runtime
 *   (`model.modelFormat.name: huggingface`, or `vllm`): the KServe HF server takes vLLM's engine
 *   flags in `model.args`, plus its own (`--model_id`, `--model_name`, `--backend`…), which are
 *   taken out before the rest is read as a `vllm serve` command line. The model is `--model_id`,
 *   else `model.storageUri` (`hf://org/name` → `org/name`; other URIs as written), else `--model`.
 * - When the predictor names a ServingRuntime or ClusterServingRuntime (`model.runtime`), or one in
 *   the repository is auto-selected for its `modelFormat`, the two are merged as KServe merges
 *   them: the runtime's `kserve-container` (else its first) is the base, the predictor's fields
 *   override it (env by name, resources by key, command when given), and the args are the
 *   runtime's followed by the predictor's, with `{{.Name}}`-style placeholders filled in. The
 *   GPU type comes from the predictor's pod spec, else the runtime's; the engine's version from
 *   the merged container's image (the predictor's `image`, else the runtime container's:
 *   `vllm/vllm-openai:v0.8.5`; KServe's own huggingfaceserver image says none) or an install
 *   command in its command line. Values read from the runtime keep its file and line.
 * - An InferenceService whose predictor has its own `containers` (a custom container running an
 *   engine): `spec.predictor` is the pod spec, each engine container one deployment.
 * - An NVIDIA NIM image (`nvcr.io/nim/<org>/<model>`) run by its entrypoint, as the runtime's
 *   container (NVIDIA's nim-deploy runtimes, `modelFormat: nvidia-nim-…`) or a custom predictor
 *   container: read as a NIM container (readNimContainer: the model from the image, `NIM_*` from
 *   the merged env); the GPUs are the predictor's, as for any runtime.
 * - `serving.kserve.io/v1alpha1` LLMInferenceService (llm-d, always vLLM): the model from
 *   `spec.model.uri` (else `spec.model.name`), the `main` container (else the first) of
 *   `spec.template`, `spec.parallelism.tensor` / `.pipeline` over the container's flags.
 *
 * The predictor spec / `spec.template` is a pod spec: the GPU type comes from gpuFromPodSpec
 * (annotation llm-physics.dev/gpu, node selectors, affinity). Replicas are copies, ignored.
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptKServe accepts has one of these as its kind. */
export const KSERVE_MARKERS: readonly string[] = ["InferenceService", "LLMInferenceService"];

const API_GROUP = "serving.kserve.io/";

/** modelFormat names whose server reads vLLM engine flags from the args. */
const LLM_MODEL_FORMATS = new Set(["huggingface", "vllm"]);

/** Flags of the KServe Hugging Face server that take a value (normalised: no dashes, `_` → `-`). */
const KSERVE_VALUED_FLAGS = new Set([
  "model-id",
  "model-name",
  "model-dir",
  "model-revision",
  "tokenizer-revision",
  "backend",
  "task",
  "max-length",
  "http-port",
  "grpc-port",
  "workers",
  "predictor-host",
  "predictor-protocol",
]);
/** Flags of the KServe Hugging Face server that take no value. */
const KSERVE_BOOLEAN_FLAGS = new Set(["disable-lower-case", "disable-special-tokens", "return-token-type-ids", "return-probabilities", "enable-docs-url"]);

/** Runtimes KServe installs as ClusterServingRuntimes: their container is the Hugging Face server. */
const BUILT_IN_HF_RUNTIMES = new Set(["kserve-huggingfaceserver", "kserve-huggingfaceserver-multinode"]);

/** The container KServe takes from a runtime: this one, else the first. */
const RUNTIME_CONTAINER = "kserve-container";

/** Where KServe mounts what storageUri downloads: a `--model` pointing there is the storageUri's model. */
const MOUNT_PATH = "/mnt/models";

/**
 * The deployments a KServe InferenceService or LLMInferenceService serves; null when the document
 * is not one, or does not serve an LLM with a known engine.
 */
export function adaptKServe(document: YamlDocument, file: string, absolutePath: string, references: References = NO_REFERENCES): Adaptation | null {
  const value = document.value;
  if (!isRecord(value)) return null;
  const apiVersion = value.apiVersion;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(API_GROUP)) return null;
  const kind = value.kind;
  if (kind !== "InferenceService" && kind !== "LLMInferenceService") return null;

  const ctx = objectContext(document, file, absolutePath, kind);

  if (kind === "InferenceService") {
    const predictor = at(value, ["spec", "predictor"]);
    if (!isRecord(predictor)) return null;
    if (isRecord(predictor.model)) return predictorModel(ctx, predictor.model, references);
    if (Array.isArray(predictor.containers)) return customContainers(ctx);
    return null;
  }
  return llmInferenceService(ctx);
}

/** A `vllm serve` command standing for the image's entrypoint, placed at `range`. */
function vllmEntrypoint(range: SourceRange, path: string): ArgItem[] {
  return [
    { text: "vllm", range, path: `${path} (entrypoint)` },
    { text: "serve", range, path: `${path} (entrypoint)` },
  ];
}

/**
 * Read the args again with `model` as the last `--model` (the last occurrence wins), so that the
 * precision its name announces is read as for a model on the command line; the model keeps its
 * own place (the injected items stand for it: ArgItem.via).
 */
function rereadWithModel(command: ArgItem[], args: ArgItem[], env: EnvVar[], model: Located<string>, previous: EngineFacts): EngineFacts {
  const via: Via = model.via ?? { key: model.path };
  const injected: ArgItem[] = [
    { text: "--model", range: model.range, path: model.path, via },
    { text: model.value, range: model.range, path: model.path, via },
  ];
  const facts = readEngineArgs(command, [...args, ...injected], env);
  if (!facts) return previous;
  facts.model = model;
  // Problems are the first reading's: the injected items add none worth telling.
  facts.problems = previous.problems;
  return facts;
}

// ---------------------------------------------------------------------------------------------
// InferenceService, Hugging Face runtime

interface KServeFlags {
  rest: ArgItem[];
  modelId?: Located<string>;
  backend?: Located<string>;
}

/** Take the KServe server's own flags out of the args; keep `--model_id` and `--backend`. */
function splitKServeFlags(args: ArgItem[]): KServeFlags {
  const out: KServeFlags = { rest: [] };
  for (let i = 0; i < args.length; i++) {
    const item = args[i]!;
    const text = item.text.trim();
    if (!text.startsWith("-")) {
      out.rest.push(item);
      continue;
    }
    const eq = text.indexOf("=");
    const flag = eq >= 0 ? text.slice(0, eq) : text;
    const name = normaliseFlag(flag);
    if (KSERVE_BOOLEAN_FLAGS.has(name)) continue;
    if (!KSERVE_VALUED_FLAGS.has(name)) {
      out.rest.push(item);
      continue;
    }
    let value: Located<string> | undefined;
    if (eq >= 0) {
      value = { value: text.slice(eq + 1).trim(), range: item.range, path: `${item.path} (${flag})`, via: { flag } };
    } else {
      const next = args[i + 1];
      if (next !== undefined && !next.text.trim().startsWith("-")) {
        value = { value: next.text.trim(), range: next.range, path: `${next.path} (${flag})`, via: { flag } };
        i++;
      }
    }
    if (value && value.value !== "") {
      if (name === "model-id") out.modelId = value;
      if (name === "backend") out.backend = value;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// ServingRuntime: selection and merge

interface RuntimeChoice {
  object: ReferencedObject;
  /** `ServingRuntime vllm-runtime`: prefixed to the paths of values read from it. */
  label: string;
}

/** The priority with which `runtime` auto-selects `format`, or undefined when it does not. */
function autoSelectPriority(runtime: ReferencedObject, format: string): number | undefined {
  const spec = at(runtime.document.value, ["spec"]);
  if (!isRecord(spec) || spec.disabled === true || !Array.isArray(spec.supportedModelFormats)) return undefined;
  let best: number | undefined;
  for (const entry of spec.supportedModelFormats as unknown[]) {
    if (!isRecord(entry) || entry.autoSelect !== true) continue;
    if (scalarText(entry.name)?.trim().toLowerCase() !== format.toLowerCase()) continue;
    const priority = parseWholeNumber(entry.priority) ?? 0;
    if (best === undefined || priority > best) best = priority;
  }
  return best;
}

/**
 * The runtime KServe would give the predictor, when it is in the repository: the one
 * `model.runtime` names (a ServingRuntime in the namespace before a ClusterServingRuntime), else
 * the one of highest priority that auto-selects the model format (namespace runtimes first).
 */
function selectRuntime(ctx: ObjectContext, references: References, format: string | undefined, named: Located<string> | undefined, llmFormat: boolean): RuntimeChoice | undefined {
  const namespace = scalarText(at(ctx.document.value, ["metadata", "namespace"]))?.trim() || undefined;
  const choice = (object: ReferencedObject): RuntimeChoice => ({ object, label: `${object.kind} ${object.name}` });
  if (named) {
    const found = [...references.find("ServingRuntime", named.value, namespace), ...references.find("ClusterServingRuntime", named.value)];
    if (found.length === 0) {
      if (llmFormat && !BUILT_IN_HF_RUNTIMES.has(named.value)) {
        ctx.note(
          "runtime-not-found",
          `${named.path} is ${named.value}, a runtime not found in the files checked: its container's command and args are not read, only the predictor's; check the ServingRuntime's file together with this one to have them read`,
          named.range,
          "notice",
        );
      }
      return undefined;
    }
    return choice(firstFound(found, named, ctx.note)!);
  }
  if (format === undefined) return undefined;
  for (const kind of ["ServingRuntime", "ClusterServingRuntime"] as const) {
    let best: { object: ReferencedObject; priority: number } | undefined;
    for (const object of references.all(kind)) {
      if (kind === "ServingRuntime" && namespace && object.namespace && object.namespace !== namespace) continue;
      const priority = autoSelectPriority(object, format);
      if (priority !== undefined && (!best || priority > best.priority)) best = { object, priority };
    }
    if (best) return choice(best.object);
  }
  return undefined;
}

/** `{{.Name}}`, `{{.Namespace}}`, `{{.Labels.key}}`, `{{index .Annotations "key"}}`: filled from the InferenceService's metadata as KServe does. */
function fillPlaceholders(text: string, metadata: unknown): string {
  if (!text.includes("{{")) return text;
  return text.replace(/\{\{\s*(?:\.(Name|Namespace)|\.(Labels|Annotations)\.([\w./-]+)|index\s+\.(Labels|Annotations)\s+"([^"]+)")\s*\}\}/g, (whole, field, mapA, keyA, mapB, keyB) => {
    const value = field
      ? scalarText(at(metadata, [String(field).toLowerCase()]))
      : scalarText(at(metadata, [String(mapA ?? mapB).toLowerCase(), String(keyA ?? keyB)]));
    return value ?? whole;
  });
}

/** The runtime's container merged with the predictor's `model`, as KServe's MergeRuntimeContainers does. */
function mergeRuntime(ctx: ObjectContext, runtime: RuntimeChoice, own: ContainerItems): { container: ContainerItems; image?: string; imageAt?: Located<string> } | null {
  const containers = at(runtime.object.document.value, ["spec", "containers"]);
  if (!Array.isArray(containers)) return null;
  let index = containers.findIndex((c: unknown) => isRecord(c) && c.name === RUNTIME_CONTAINER);
  if (index < 0) index = containers.findIndex((c: unknown) => isRecord(c));
  if (index < 0) return null;
  const raw = containers[index] as Json;
  const base = readContainer(runtime.object.document, raw, `spec.containers[${index}]`, RUNTIME_CONTAINER);
  const metadata = at(ctx.document.value, ["metadata"]);
  const fromRuntime = <T extends { path: string }>(item: T): T => ({ ...item, path: `${runtime.label} ${item.path}` });
  const item = (a: ArgItem): ArgItem => fromRuntime({ ...a, text: fillPlaceholders(a.text, metadata) });
  const overridden = new Set(own.env.map((e) => e.name));
  const container: ContainerItems = {
    path: own.path,
    name: own.name,
    nameRange: own.nameRange,
    command: own.command.length > 0 ? own.command : base.command.map(item),
    // Strategic merge would replace the args; KServe concatenates them instead.
    args: [...base.args.map(item), ...own.args],
    env: [...base.env.filter((e) => !overridden.has(e.name)).map(fromRuntime), ...own.env],
    hasEnvFrom: own.hasEnvFrom || base.hasEnvFrom,
  };
  // The predictor's image, when it names one, replaces the runtime's.
  const engineImage = own.image ?? base.image;
  if (engineImage) container.image = engineImage;
  const count = own.ownCount ?? (base.ownCount ? fromRuntime(base.ownCount) : undefined);
  if (count) container.ownCount = count;
  const mig = own.ownCount ? own.ownMig : base.ownMig ? fromRuntime(base.ownMig) : undefined;
  if (count && mig) container.ownMig = mig;
  const image = scalarText(raw.image)?.trim();
  if (!image) return { container };
  const imagePath = `spec.containers[${index}].image`;
  const imageAt: Located<string> = { value: image, range: runtime.object.document.ranges.get(imagePath)?.value ?? runtime.object.document.range, path: `${runtime.label} ${imagePath}` };
  return { container, image, imageAt };
}

/** What the runtime's pod spec says of the count, which is the predictor's (or its runtime container's). */
const RUNTIME_COUNT_NOTES = new Set<NoteCode>(["gpu-count-missing", "gpu-count-from-instance-type", "gpu-count-summed"]);

/** The predictor's GPU type, else its runtime's (the runtime's nodeSelector and affinity are the base KServe merges onto). */
function predictorGpu(ctx: ObjectContext, runtime: RuntimeChoice | undefined, anchor: SourceRange): GpuDeclaration {
  const own = gpuFromPodSpec(ctx.document, "spec.predictor", "metadata", anchor);
  if (own.gpu || !runtime) return own;
  const fromRuntime = gpuFromPodSpec(runtime.object.document, "spec", "metadata");
  if (!fromRuntime.gpu) return own;
  const declaration: GpuDeclaration = {
    gpu: { ...fromRuntime.gpu, path: `${runtime.label} ${fromRuntime.gpu.path}` },
    // The count is the predictor's (or its runtime container's), told by finish.
    notes: fromRuntime.notes.filter((n) => !RUNTIME_COUNT_NOTES.has(n.code)),
  };
  if (own.count) declaration.count = own.count;
  if (fromRuntime.source) declaration.source = fromRuntime.source;
  const labels = own.nodeLabels ?? fromRuntime.nodeLabels;
  if (labels) declaration.nodeLabels = labels;
  return declaration;
}

// ---------------------------------------------------------------------------------------------
// InferenceService predictor `model`: the Hugging Face runtime, or a ServingRuntime's container

function predictorModel(ctx: ObjectContext, model: Json, references: References): Adaptation | null {
  const formatName = scalarText(at(model, ["modelFormat", "name"]))?.trim();
  const llmFormat = formatName !== undefined && LLM_MODEL_FORMATS.has(formatName.toLowerCase());
  const path = "spec.predictor.model";
  const named = ctx.textAt(`${path}.runtime`);
  const runtime = selectRuntime(ctx, references, formatName, named, llmFormat);
  if (!runtime && !llmFormat) {
    // NVIDIA's NIM runtimes serve the formats `nvidia-nim-<model>`: the image, and so the model, is the runtime's.
    if (formatName !== undefined && /^nvidia-nim/i.test(formatName)) {
      const said = named ? `${named.path} is ${named.value}, a runtime` : `no runtime is named, and none that auto-selects ${formatName} is`;
      ctx.note(
        "runtime-not-found",
        `${path}.modelFormat.name is ${formatName}, an NVIDIA NIM format; ${said} not found in the files checked: the NIM image it runs, and so the model, is not known; check the ServingRuntime's file together with this one to have ${ctx.name} checked`,
        named?.range ?? ctx.rangeOf(`${path}.modelFormat.name`, ctx.keyRangeOf(path)),
        "notice",
      );
      return { deployments: [], notes: ctx.notes };
    }
    return null;
  }

  const where = ctx.keyRangeOf(path);
  let container = readContainer(ctx.document, model, path, "model");
  container.nameRange = where;
  let image: string | undefined;
  if (runtime) {
    const merged = mergeRuntime(ctx, runtime, container);
    if (!merged) {
      if (!llmFormat) return null;
      ctx.note("runtime-no-containers", `${runtime.label} has no containers: ${ctx.name} is not checked`, runtime.object.document.range, "warning");
      return { deployments: [], notes: ctx.notes };
    }
    ({ container, image } = merged);
    // A NIM image run by its entrypoint: NIM's env, not a command line, says what it serves.
    if (merged.imageAt && container.command.length === 0 && isNimImage(merged.imageAt.value)) {
      return nimContainer(ctx, { container, image: merged.imageAt, declaration: predictorGpu(ctx, runtime, where), where, podSpec: "spec.predictor" });
    }
  }
  const kserve = splitKServeFlags(container.args);

  // Without a command the image's entrypoint runs: KServe's Hugging Face server (the built-in
  // runtime), or vLLM's OpenAI server in a vllm image; another image's entrypoint is unknown.
  const entrypoint = container.command.length === 0;
  const hfServer = !runtime || (image !== undefined && image.includes("huggingfaceserver"));
  const vllmImage = image !== undefined && /vllm/i.test(image);
  let facts: EngineFacts | null = null;
  if (!entrypoint) facts = readEngineArgs(container.command, container.args, container.env);
  else if (hfServer || vllmImage) facts = readEngineArgs(vllmEntrypoint(where, path), kserve.rest, container.env);
  if (!facts) {
    if (runtime && llmFormat) {
      const said = entrypoint ? `runs the entrypoint of ${image ?? "its image"}, which is not a known engine` : "runs no known engine";
      ctx.note("runtime-no-engine", `${runtime.label} ${said}: write the engine's command (vllm serve …) in its container to have ${ctx.name} checked`, runtime.object.document.range, "warning");
      return { deployments: [], notes: ctx.notes };
    }
    return null;
  }

  if (kserve.backend && kserve.backend.value.toLowerCase() === "huggingface") {
    ctx.note(
      "backend-not-vllm",
      `${kserve.backend.path} is huggingface: the transformers backend does not read vLLM's flags, but ${ctx.name} is checked with them as if served by vLLM`,
      kserve.backend.range,
      "notice",
    );
  }

  const uri = ctx.textAt(`${path}.storageUri`);
  let modelName: Located<string> | undefined = kserve.modelId;
  if (modelName && modelName.value.includes("$(")) {
    ctx.note("model-unresolved", `${modelName.path} is ${modelName.value}: a variable is not resolved, so the model is read from elsewhere`, modelName.range, "warning");
    modelName = undefined;
  }
  if (!modelName && uri) modelName = modelFromUri(uri);
  if (!modelName && facts.model && !facts.model.value.startsWith(MOUNT_PATH)) modelName = facts.model;
  if (!modelName) {
    ctx.note("model-missing", `no model found for ${ctx.name}: set ${path}.storageUri (hf://org/name) or pass --model_id=org/name in ${path}.args; ${ctx.name} is not checked`, where, "warning");
  }

  // The model the engine loads, read again as the last --model so that its name's precision counts;
  // not through a shell script, whose arguments are the script's own.
  const shell = !entrypoint && /^(?:.*\/)?(?:ba|z|da)?sh$/.test(container.command[0]!.text.trim());
  if (modelName && modelName !== facts.model && facts.engine === "vllm" && !shell) {
    facts = entrypoint
      ? rereadWithModel(vllmEntrypoint(where, path), kserve.rest, container.env, modelName, facts)
      : rereadWithModel(container.command, container.args, container.env, modelName, facts);
  }

  const declaration = predictorGpu(ctx, runtime, where);
  const deployment = finish(ctx, { facts, container, declaration, model: modelName, label: ctx.name, where, podSpec: "spec.predictor" });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}

/** A predictor whose runtime container runs an NVIDIA NIM image: the model and facts from the image and its NIM_* env. */
function nimContainer(ctx: ObjectContext, parts: { container: ContainerItems; image: Located<string>; declaration: GpuDeclaration; where: SourceRange; podSpec: string }): Adaptation {
  const { container, image, where } = parts;
  // Without a model, the NIM reading says how to name one (model-missing).
  const facts = readNimContainer({ image, env: container.env, args: container.args, envKey: `${container.path}.env` });
  const deployment = finish(ctx, { facts, container, declaration: parts.declaration, model: facts.model, label: ctx.name, where, podSpec: parts.podSpec });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}

// ---------------------------------------------------------------------------------------------
// InferenceService, custom containers

function customContainers(ctx: ObjectContext): Adaptation | null {
  const podSpecPath = "spec.predictor";
  const containers = at(ctx.document.value, ["spec", "predictor", "containers"]);
  if (!Array.isArray(containers)) return null;
  const engines: Array<{ container: ContainerItems; facts: EngineFacts; nim?: Located<string> }> = [];
  containers.forEach((raw: unknown, index) => {
    if (!isRecord(raw)) return;
    const containerPath = joinPath(joinPath(podSpecPath, "containers"), index);
    const container = readContainer(ctx.document, raw, containerPath, `containers[${index}]`);
    // A NIM image run by its entrypoint (no command): read as a NIM container, its args as vLLM's flags after nim-serve.
    const image = scalarText(raw.image)?.trim();
    if (image && container.command.length === 0 && isNimImage(image)) {
      const imagePath = joinPath(containerPath, "image");
      const nim: Located<string> = { value: image, range: ctx.rangeOf(imagePath), path: imagePath };
      engines.push({ container, facts: readNimContainer({ image: nim, env: container.env, args: container.args, envKey: joinPath(containerPath, "env") }), nim });
      return;
    }
    const facts = readEngineArgs(container.command, container.args, container.env);
    if (facts) engines.push({ container, facts });
  });
  if (engines.length === 0) return null;
  const declaration = gpuFromPodSpec(ctx.document, podSpecPath, "metadata", engines[0]!.container.nameRange);
  const several = engines.length > 1;
  const deployments: Deployment[] = [];
  for (const { container, facts, nim } of engines) {
    const label = several ? `${ctx.name}/${container.name}` : ctx.name;
    // A NIM container without a model is told by its reading (model-missing).
    if (!facts.model && !nim) {
      ctx.note("model-missing", `no model found in the engine arguments of container ${container.name}: name the model on its command line; ${label} is not checked`, container.nameRange, "warning");
    }
    const d = finish(ctx, { facts, container, declaration, model: facts.model, label, where: container.nameRange, podSpec: podSpecPath });
    if (d) deployments.push(d);
  }
  return { deployments, notes: ctx.notes };
}

// ---------------------------------------------------------------------------------------------
// LLMInferenceService

function llmInferenceService(ctx: ObjectContext): Adaptation | null {
  const spec = at(ctx.document.value, ["spec"]);
  if (!isRecord(spec)) return null;
  const podSpecPath = "spec.template";
  const containers = at(spec, ["template", "containers"]);
  let container: ContainerItems | undefined;
  if (Array.isArray(containers)) {
    let index = containers.findIndex((c: unknown) => isRecord(c) && c.name === "main");
    if (index < 0) index = containers.findIndex((c: unknown) => isRecord(c));
    if (index >= 0) container = readContainer(ctx.document, containers[index] as Json, joinPath(joinPath(podSpecPath, "containers"), index), `containers[${index}]`);
  }
  const where = container?.nameRange ?? ctx.keyRangeOf("spec");
  const items = container ?? { path: podSpecPath, name: "main", nameRange: where, command: [], args: [], env: [], hasEnvFrom: false };

  // llm-d runs vLLM; without a command, the args go to its entrypoint.
  let facts =
    items.command.length > 0
      ? readEngineArgs(items.command, items.args, items.env)
      : readEngineArgs(vllmEntrypoint(where, items.path), items.args, items.env);
  if (!facts) return null;

  const uri = ctx.textAt("spec.model.uri");
  const servedName = ctx.textAt("spec.model.name");
  let model: Located<string> | undefined = uri ? modelFromUri(uri) : undefined;
  if (!model && facts.model && !facts.model.value.startsWith(MOUNT_PATH)) model = facts.model;
  if (!model && servedName) {
    model = servedName;
    ctx.note("model-from-served-name", `no spec.model.uri: the model is read from spec.model.name (${servedName.value}), the name it is served under`, servedName.range, "notice");
  }
  if (!model) {
    ctx.note("model-missing", `no model found: set spec.model.uri (hf://org/name); ${ctx.name} is not checked`, ctx.keyRangeOf("spec"), "warning");
  }

  if (model && model !== facts.model && items.command.length === 0) {
    facts = rereadWithModel(vllmEntrypoint(where, items.path), items.args, items.env, model, facts);
  }

  // spec.parallelism wins over the container's flags: KServe passes it to vLLM.
  for (const [key, fact] of [["tensor", "tensorParallel"], ["pipeline", "pipelineParallel"]] as const) {
    const p = `spec.parallelism.${key}`;
    const raw = at(spec, ["parallelism", key]);
    if (raw === undefined || raw === null) continue;
    const n = parseWholeNumber(raw);
    if (n === undefined || n < 1) {
      ctx.note("not-whole-number", `${p} is ${describeValue(raw)}, not a whole number`, ctx.rangeOf(p), "warning");
      continue;
    }
    const previous = facts[fact];
    if (previous && previous.value !== n) {
      ctx.note("value-overridden", `${p} is ${n} but ${previous.path} says ${previous.value}: ${p} is used`, ctx.rangeOf(p), "warning");
    }
    facts[fact] = { value: n, range: ctx.rangeOf(p), path: p };
  }
  for (const key of ["data", "dataLocal", "expert"]) {
    const raw = at(spec, ["parallelism", key]);
    const n = parseWholeNumber(raw);
    if ((n !== undefined && n > 1) || (key === "expert" && raw === true)) {
      const p = `spec.parallelism.${key}`;
      ctx.note("not-modelled", `${p} is not modelled: each engine is checked with the tensor × pipeline parallel GPUs alone`, ctx.rangeOf(p), "notice");
    }
  }
  if (at(spec, ["worker"]) !== undefined && at(spec, ["worker"]) !== null) {
    ctx.note("not-modelled", `spec.worker (multi-node serving) is not modelled: ${ctx.name} is checked as one pod`, ctx.keyRangeOf("spec.worker"), "notice");
  }
  if (isRecord(at(spec, ["prefill"]))) {
    ctx.note("not-modelled", `spec.prefill (disaggregated prefill) is not checked: only the decode pods of ${ctx.name} are`, ctx.keyRangeOf("spec.prefill"), "notice");
  }

  const declaration = gpuFromPodSpec(ctx.document, podSpecPath, "metadata", where);
  const deployment = finish(ctx, { facts, container: items, declaration, model, label: ctx.name, where, podSpec: podSpecPath });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}

// ---------------------------------------------------------------------------------------------
// One deployment, as kubernetes.ts builds it

interface Parts {
  facts: EngineFacts;
  container: ContainerItems;
  declaration: GpuDeclaration;
  model: Located<string> | undefined;
  label: string;
  where: SourceRange;
  /** The pod spec the GPU is declared in: `spec.predictor`, `spec.template`. */
  podSpec: string;
}

function finish(ctx: ObjectContext, parts: Parts): Deployment | null {
  const { facts, container, declaration, model, label, where } = parts;

  for (const problem of facts.problems) {
    if (container.hasEnvFrom && problem.code === "env-var-unset") {
      ctx.note(problem.code, `${problem.message} (it may come from the container's envFrom, which is not read)`, problem.range, "notice");
    } else {
      ctx.add(problem);
    }
  }

  const own = container.ownCount;
  const checked = model !== undefined;
  // MIG devices the predictor's container asks for (not among the pod spec's containers) make the GPU their profile.
  let gpu = declaration.gpu;
  const mig = own && container.ownMig && !(gpu && /-MIG-|^mig-/i.test(gpu.value)) ? container.ownMig : undefined;
  if (mig) {
    const sliced = gpuOfMig(mig, gpu);
    gpu = sliced.gpu;
    ctx.add(...sliced.notes);
  }
  for (const n of declaration.notes) {
    // The predictor's `model` is not among the pod spec's containers: its own count is told instead.
    if ((checked || own) && !declaration.count && n.code === "gpu-count-missing") continue;
    if (own && n.code === "gpu-count-from-instance-type") continue;
    if (own && own.value !== declaration.count?.value && n.code === "gpu-count-summed") continue;
    if (n.code === "gpu-type-missing") {
      if (mig) continue;
      ctx.note(n.code, `${n.message} (for KServe: the annotation ${GPU_ANNOTATION} under metadata.annotations, or the nodeSelector under ${parts.podSpec})`, n.range, n.severity);
    } else {
      ctx.add(n);
    }
  }
  if (!model) return null;

  const deployment = deploymentFromFacts({
    name: label,
    file: ctx.file,
    absolutePath: ctx.absolutePath,
    format: "kserve",
    range: ctx.deploymentRange,
    facts: { ...facts, model },
    gpu,
    nodeLabels: declaration.nodeLabels,
    count: own ?? declaration.count,
    howToCount: `add resources.limits nvidia.com/gpu to ${container.path}`,
    serving: where,
    note: ctx.note,
  });
  // The engine's version: the merged container's image (the predictor's over its runtime's), and install commands in its command line.
  const scripts = [...container.command, ...container.args].map((a) => a.text);
  return deployment && withEngineVersion(deployment, { image: container.image, scripts, env: container.env });
}
