import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  isNimImage,
  readNimContainer
} from "./chunk-NB2YBJYL.js";
import {
  NO_REFERENCES,
  firstFound
} from "./chunk-KZ27ZWMR.js";
import {
  readContainer
} from "./chunk-QMDV6F3O.js";
import {
  GPU_ANNOTATION,
  gpuFromPodSpec,
  gpuOfMig
} from "./chunk-MIJ4L7P2.js";
import {
  deploymentFromFacts,
  modelFromUri,
  normaliseFlag,
  objectContext,
  readEngineArgs,
  withEngineVersion
} from "./chunk-VUGMCGJM.js";
import {
  at,
  isRecord,
  parseWholeNumber,
  scalarText
} from "./chunk-3G5BXTFK.js";
import {
  joinPath
} from "./chunk-TQVKSG5V.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-U72CDX35.js";
import "./chunk-SMZ6TMJF.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-JQYZLO6H.js";
import "./chunk-D4J7HPE4.js";
import "./chunk-FHUT4NP5.js";
import {
  describeValue
} from "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-ZZ4ZPONZ.js";
import "./chunk-NOE7O2GR.js";

// src/adapt/kserve.ts
var KSERVE_MARKERS = ["InferenceService", "LLMInferenceService"];
var API_GROUP = "serving.kserve.io/";
var LLM_MODEL_FORMATS = /* @__PURE__ */ new Set(["huggingface", "vllm"]);
var KSERVE_VALUED_FLAGS = /* @__PURE__ */ new Set([
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
  "predictor-protocol"
]);
var KSERVE_BOOLEAN_FLAGS = /* @__PURE__ */ new Set(["disable-lower-case", "disable-special-tokens", "return-token-type-ids", "return-probabilities", "enable-docs-url"]);
var BUILT_IN_HF_RUNTIMES = /* @__PURE__ */ new Set(["kserve-huggingfaceserver", "kserve-huggingfaceserver-multinode"]);
var RUNTIME_CONTAINER = "kserve-container";
var MOUNT_PATH = "/mnt/models";
function adaptKServe(document, file, absolutePath, references = NO_REFERENCES) {
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
function vllmEntrypoint(range, path) {
  return [
    { text: "vllm", range, path: `${path} (entrypoint)` },
    { text: "serve", range, path: `${path} (entrypoint)` }
  ];
}
function rereadWithModel(command, args, env, model, previous) {
  const via = model.via ?? { key: model.path };
  const injected = [
    { text: "--model", range: model.range, path: model.path, via },
    { text: model.value, range: model.range, path: model.path, via }
  ];
  const facts = readEngineArgs(command, [...args, ...injected], env);
  if (!facts) return previous;
  facts.model = model;
  facts.problems = previous.problems;
  return facts;
}
function splitKServeFlags(args) {
  const out = { rest: [] };
  for (let i = 0; i < args.length; i++) {
    const item = args[i];
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
    let value;
    if (eq >= 0) {
      value = { value: text.slice(eq + 1).trim(), range: item.range, path: `${item.path} (${flag})`, via: { flag } };
    } else {
      const next = args[i + 1];
      if (next !== void 0 && !next.text.trim().startsWith("-")) {
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
function autoSelectPriority(runtime, format) {
  const spec = at(runtime.document.value, ["spec"]);
  if (!isRecord(spec) || spec.disabled === true || !Array.isArray(spec.supportedModelFormats)) return void 0;
  let best;
  for (const entry of spec.supportedModelFormats) {
    if (!isRecord(entry) || entry.autoSelect !== true) continue;
    if (scalarText(entry.name)?.trim().toLowerCase() !== format.toLowerCase()) continue;
    const priority = parseWholeNumber(entry.priority) ?? 0;
    if (best === void 0 || priority > best) best = priority;
  }
  return best;
}
function selectRuntime(ctx, references, format, named, llmFormat) {
  const namespace = scalarText(at(ctx.document.value, ["metadata", "namespace"]))?.trim() || void 0;
  const choice = (object) => ({ object, label: `${object.kind} ${object.name}` });
  if (named) {
    const found = [...references.find("ServingRuntime", named.value, namespace), ...references.find("ClusterServingRuntime", named.value)];
    if (found.length === 0) {
      if (llmFormat && !BUILT_IN_HF_RUNTIMES.has(named.value)) {
        ctx.note(
          "runtime-not-found",
          `${named.path} is ${named.value}, a runtime not found in the files checked: its container's command and args are not read, only the predictor's; check the ServingRuntime's file together with this one to have them read`,
          named.range,
          "notice"
        );
      }
      return void 0;
    }
    return choice(firstFound(found, named, ctx.note));
  }
  if (format === void 0) return void 0;
  for (const kind of ["ServingRuntime", "ClusterServingRuntime"]) {
    let best;
    for (const object of references.all(kind)) {
      if (kind === "ServingRuntime" && namespace && object.namespace && object.namespace !== namespace) continue;
      const priority = autoSelectPriority(object, format);
      if (priority !== void 0 && (!best || priority > best.priority)) best = { object, priority };
    }
    if (best) return choice(best.object);
  }
  return void 0;
}
function fillPlaceholders(text, metadata) {
  if (!text.includes("{{")) return text;
  return text.replace(/\{\{\s*(?:\.(Name|Namespace)|\.(Labels|Annotations)\.([\w./-]+)|index\s+\.(Labels|Annotations)\s+"([^"]+)")\s*\}\}/g, (whole, field, mapA, keyA, mapB, keyB) => {
    const value = field ? scalarText(at(metadata, [String(field).toLowerCase()])) : scalarText(at(metadata, [String(mapA ?? mapB).toLowerCase(), String(keyA ?? keyB)]));
    return value ?? whole;
  });
}
function mergeRuntime(ctx, runtime, own) {
  const containers = at(runtime.object.document.value, ["spec", "containers"]);
  if (!Array.isArray(containers)) return null;
  let index = containers.findIndex((c) => isRecord(c) && c.name === RUNTIME_CONTAINER);
  if (index < 0) index = containers.findIndex((c) => isRecord(c));
  if (index < 0) return null;
  const raw = containers[index];
  const base = readContainer(runtime.object.document, raw, `spec.containers[${index}]`, RUNTIME_CONTAINER);
  const metadata = at(ctx.document.value, ["metadata"]);
  const fromRuntime = (item2) => ({ ...item2, path: `${runtime.label} ${item2.path}` });
  const item = (a) => fromRuntime({ ...a, text: fillPlaceholders(a.text, metadata) });
  const overridden = new Set(own.env.map((e) => e.name));
  const container = {
    path: own.path,
    name: own.name,
    nameRange: own.nameRange,
    command: own.command.length > 0 ? own.command : base.command.map(item),
    // Strategic merge would replace the args; KServe concatenates them instead.
    args: [...base.args.map(item), ...own.args],
    env: [...base.env.filter((e) => !overridden.has(e.name)).map(fromRuntime), ...own.env],
    hasEnvFrom: own.hasEnvFrom || base.hasEnvFrom
  };
  const engineImage = own.image ?? base.image;
  if (engineImage) container.image = engineImage;
  const count = own.ownCount ?? (base.ownCount ? fromRuntime(base.ownCount) : void 0);
  if (count) container.ownCount = count;
  const mig = own.ownCount ? own.ownMig : base.ownMig ? fromRuntime(base.ownMig) : void 0;
  if (count && mig) container.ownMig = mig;
  const image = scalarText(raw.image)?.trim();
  if (!image) return { container };
  const imagePath = `spec.containers[${index}].image`;
  const imageAt = { value: image, range: runtime.object.document.ranges.get(imagePath)?.value ?? runtime.object.document.range, path: `${runtime.label} ${imagePath}` };
  return { container, image, imageAt };
}
var RUNTIME_COUNT_NOTES = /* @__PURE__ */ new Set(["gpu-count-missing", "gpu-count-from-instance-type", "gpu-count-summed"]);
function predictorGpu(ctx, runtime, anchor) {
  const own = gpuFromPodSpec(ctx.document, "spec.predictor", "metadata", anchor);
  if (own.gpu || !runtime) return own;
  const fromRuntime = gpuFromPodSpec(runtime.object.document, "spec", "metadata");
  if (!fromRuntime.gpu) return own;
  const declaration = {
    gpu: { ...fromRuntime.gpu, path: `${runtime.label} ${fromRuntime.gpu.path}` },
    // The count is the predictor's (or its runtime container's), told by finish.
    notes: fromRuntime.notes.filter((n) => !RUNTIME_COUNT_NOTES.has(n.code))
  };
  if (own.count) declaration.count = own.count;
  if (fromRuntime.source) declaration.source = fromRuntime.source;
  const labels = own.nodeLabels ?? fromRuntime.nodeLabels;
  if (labels) declaration.nodeLabels = labels;
  return declaration;
}
function predictorModel(ctx, model, references) {
  const formatName = scalarText(at(model, ["modelFormat", "name"]))?.trim();
  const llmFormat = formatName !== void 0 && LLM_MODEL_FORMATS.has(formatName.toLowerCase());
  const path = "spec.predictor.model";
  const named = ctx.textAt(`${path}.runtime`);
  const runtime = selectRuntime(ctx, references, formatName, named, llmFormat);
  if (!runtime && !llmFormat) {
    if (formatName !== void 0 && /^nvidia-nim/i.test(formatName)) {
      const said = named ? `${named.path} is ${named.value}, a runtime` : `no runtime is named, and none that auto-selects ${formatName} is`;
      ctx.note(
        "runtime-not-found",
        `${path}.modelFormat.name is ${formatName}, an NVIDIA NIM format; ${said} not found in the files checked: the NIM image it runs, and so the model, is not known; check the ServingRuntime's file together with this one to have ${ctx.name} checked`,
        named?.range ?? ctx.rangeOf(`${path}.modelFormat.name`, ctx.keyRangeOf(path)),
        "notice"
      );
      return { deployments: [], notes: ctx.notes };
    }
    return null;
  }
  const where = ctx.keyRangeOf(path);
  let container = readContainer(ctx.document, model, path, "model");
  container.nameRange = where;
  let image;
  if (runtime) {
    const merged = mergeRuntime(ctx, runtime, container);
    if (!merged) {
      if (!llmFormat) return null;
      ctx.note("runtime-no-containers", `${runtime.label} has no containers: ${ctx.name} is not checked`, runtime.object.document.range, "warning");
      return { deployments: [], notes: ctx.notes };
    }
    ({ container, image } = merged);
    if (merged.imageAt && container.command.length === 0 && isNimImage(merged.imageAt.value)) {
      return nimContainer(ctx, { container, image: merged.imageAt, declaration: predictorGpu(ctx, runtime, where), where, podSpec: "spec.predictor" });
    }
  }
  const kserve = splitKServeFlags(container.args);
  const entrypoint = container.command.length === 0;
  const hfServer = !runtime || image !== void 0 && image.includes("huggingfaceserver");
  const vllmImage = image !== void 0 && /vllm/i.test(image);
  let facts = null;
  if (!entrypoint) facts = readEngineArgs(container.command, container.args, container.env);
  else if (hfServer || vllmImage) facts = readEngineArgs(vllmEntrypoint(where, path), kserve.rest, container.env);
  if (!facts) {
    if (runtime && llmFormat) {
      const said = entrypoint ? `runs the entrypoint of ${image ?? "its image"}, which is not a known engine` : "runs no known engine";
      ctx.note("runtime-no-engine", `${runtime.label} ${said}: write the engine's command (vllm serve \u2026) in its container to have ${ctx.name} checked`, runtime.object.document.range, "warning");
      return { deployments: [], notes: ctx.notes };
    }
    return null;
  }
  if (kserve.backend && kserve.backend.value.toLowerCase() === "huggingface") {
    ctx.note(
      "backend-not-vllm",
      `${kserve.backend.path} is huggingface: the transformers backend does not read vLLM's flags, but ${ctx.name} is checked with them as if served by vLLM`,
      kserve.backend.range,
      "notice"
    );
  }
  const uri = ctx.textAt(`${path}.storageUri`);
  let modelName = kserve.modelId;
  if (modelName && modelName.value.includes("$(")) {
    ctx.note("model-unresolved", `${modelName.path} is ${modelName.value}: a variable is not resolved, so the model is read from elsewhere`, modelName.range, "warning");
    modelName = void 0;
  }
  if (!modelName && uri) modelName = modelFromUri(uri);
  if (!modelName && facts.model && !facts.model.value.startsWith(MOUNT_PATH)) modelName = facts.model;
  if (!modelName) {
    ctx.note("model-missing", `no model found for ${ctx.name}: set ${path}.storageUri (hf://org/name) or pass --model_id=org/name in ${path}.args; ${ctx.name} is not checked`, where, "warning");
  }
  const shell = !entrypoint && /^(?:.*\/)?(?:ba|z|da)?sh$/.test(container.command[0].text.trim());
  if (modelName && modelName !== facts.model && facts.engine === "vllm" && !shell) {
    facts = entrypoint ? rereadWithModel(vllmEntrypoint(where, path), kserve.rest, container.env, modelName, facts) : rereadWithModel(container.command, container.args, container.env, modelName, facts);
  }
  const declaration = predictorGpu(ctx, runtime, where);
  const deployment = finish(ctx, { facts, container, declaration, model: modelName, label: ctx.name, where, podSpec: "spec.predictor" });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}
function nimContainer(ctx, parts) {
  const { container, image, where } = parts;
  const facts = readNimContainer({ image, env: container.env, args: container.args, envKey: `${container.path}.env` });
  const deployment = finish(ctx, { facts, container, declaration: parts.declaration, model: facts.model, label: ctx.name, where, podSpec: parts.podSpec });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}
function customContainers(ctx) {
  const podSpecPath = "spec.predictor";
  const containers = at(ctx.document.value, ["spec", "predictor", "containers"]);
  if (!Array.isArray(containers)) return null;
  const engines = [];
  containers.forEach((raw, index) => {
    if (!isRecord(raw)) return;
    const containerPath = joinPath(joinPath(podSpecPath, "containers"), index);
    const container = readContainer(ctx.document, raw, containerPath, `containers[${index}]`);
    const image = scalarText(raw.image)?.trim();
    if (image && container.command.length === 0 && isNimImage(image)) {
      const imagePath = joinPath(containerPath, "image");
      const nim = { value: image, range: ctx.rangeOf(imagePath), path: imagePath };
      engines.push({ container, facts: readNimContainer({ image: nim, env: container.env, args: container.args, envKey: joinPath(containerPath, "env") }), nim });
      return;
    }
    const facts = readEngineArgs(container.command, container.args, container.env);
    if (facts) engines.push({ container, facts });
  });
  if (engines.length === 0) return null;
  const declaration = gpuFromPodSpec(ctx.document, podSpecPath, "metadata", engines[0].container.nameRange);
  const several = engines.length > 1;
  const deployments = [];
  for (const { container, facts, nim } of engines) {
    const label = several ? `${ctx.name}/${container.name}` : ctx.name;
    if (!facts.model && !nim) {
      ctx.note("model-missing", `no model found in the engine arguments of container ${container.name}: name the model on its command line; ${label} is not checked`, container.nameRange, "warning");
    }
    const d = finish(ctx, { facts, container, declaration, model: facts.model, label, where: container.nameRange, podSpec: podSpecPath });
    if (d) deployments.push(d);
  }
  return { deployments, notes: ctx.notes };
}
function llmInferenceService(ctx) {
  const spec = at(ctx.document.value, ["spec"]);
  if (!isRecord(spec)) return null;
  const podSpecPath = "spec.template";
  const containers = at(spec, ["template", "containers"]);
  let container;
  if (Array.isArray(containers)) {
    let index = containers.findIndex((c) => isRecord(c) && c.name === "main");
    if (index < 0) index = containers.findIndex((c) => isRecord(c));
    if (index >= 0) container = readContainer(ctx.document, containers[index], joinPath(joinPath(podSpecPath, "containers"), index), `containers[${index}]`);
  }
  const where = container?.nameRange ?? ctx.keyRangeOf("spec");
  const items = container ?? { path: podSpecPath, name: "main", nameRange: where, command: [], args: [], env: [], hasEnvFrom: false };
  let facts = items.command.length > 0 ? readEngineArgs(items.command, items.args, items.env) : readEngineArgs(vllmEntrypoint(where, items.path), items.args, items.env);
  if (!facts) return null;
  const uri = ctx.textAt("spec.model.uri");
  const servedName = ctx.textAt("spec.model.name");
  let model = uri ? modelFromUri(uri) : void 0;
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
  for (const [key, fact] of [["tensor", "tensorParallel"], ["pipeline", "pipelineParallel"]]) {
    const p = `spec.parallelism.${key}`;
    const raw = at(spec, ["parallelism", key]);
    if (raw === void 0 || raw === null) continue;
    const n = parseWholeNumber(raw);
    if (n === void 0 || n < 1) {
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
    if (n !== void 0 && n > 1 || key === "expert" && raw === true) {
      const p = `spec.parallelism.${key}`;
      ctx.note("not-modelled", `${p} is not modelled: each engine is checked with the tensor \xD7 pipeline parallel GPUs alone`, ctx.rangeOf(p), "notice");
    }
  }
  if (at(spec, ["worker"]) !== void 0 && at(spec, ["worker"]) !== null) {
    ctx.note("not-modelled", `spec.worker (multi-node serving) is not modelled: ${ctx.name} is checked as one pod`, ctx.keyRangeOf("spec.worker"), "notice");
  }
  if (isRecord(at(spec, ["prefill"]))) {
    ctx.note("not-modelled", `spec.prefill (disaggregated prefill) is not checked: only the decode pods of ${ctx.name} are`, ctx.keyRangeOf("spec.prefill"), "notice");
  }
  const declaration = gpuFromPodSpec(ctx.document, podSpecPath, "metadata", where);
  const deployment = finish(ctx, { facts, container: items, declaration, model, label: ctx.name, where, podSpec: podSpecPath });
  return { deployments: deployment ? [deployment] : [], notes: ctx.notes };
}
function finish(ctx, parts) {
  const { facts, container, declaration, model, label, where } = parts;
  for (const problem of facts.problems) {
    if (container.hasEnvFrom && problem.code === "env-var-unset") {
      ctx.note(problem.code, `${problem.message} (it may come from the container's envFrom, which is not read)`, problem.range, "notice");
    } else {
      ctx.add(problem);
    }
  }
  const own = container.ownCount;
  const checked = model !== void 0;
  let gpu = declaration.gpu;
  const mig = own && container.ownMig && !(gpu && /-MIG-|^mig-/i.test(gpu.value)) ? container.ownMig : void 0;
  if (mig) {
    const sliced = gpuOfMig(mig, gpu);
    gpu = sliced.gpu;
    ctx.add(...sliced.notes);
  }
  for (const n of declaration.notes) {
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
    note: ctx.note
  });
  const scripts = [...container.command, ...container.args].map((a) => a.text);
  return deployment && withEngineVersion(deployment, { image: container.image, scripts, env: container.env });
}
export {
  KSERVE_MARKERS,
  adaptKServe
};
