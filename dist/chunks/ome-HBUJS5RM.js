import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  NO_REFERENCES,
  firstFound
} from "./chunk-KZ27ZWMR.js";
import {
  readContainer
} from "./chunk-QMDV6F3O.js";
import {
  DECLARE_IN_CONFIG,
  GPU_ANNOTATION,
  PRODUCT_LABEL,
  gpuCountOf,
  gpuFromPodSpec,
  gpuOfMig
} from "./chunk-MIJ4L7P2.js";
import {
  deploymentFromFacts,
  modelFromUri,
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
import "./chunk-TQVKSG5V.js";
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

// src/adapt/ome.ts
var OME_MARKERS = ["ome.io/"];
var API_GROUP = "ome.io/";
var FORMAT = "ome";
var DEFAULT_PRIORITY = 1;
var MODEL_FORMAT_WEIGHT = 10;
var MODEL_FRAMEWORK_WEIGHT = 5;
var MODEL_FLAG = { vllm: "--model", sglang: "--model-path", tgi: "--model-id", trtllm: "--model" };
var COUNT_NOTES = /* @__PURE__ */ new Set(["gpu-count-missing", "gpu-count-from-instance-type", "gpu-count-summed", "gpu-count-from-node-label", "gpu-count-exceeds-node"]);
var SHELL = /^(?:.*\/)?(?:ba|z|da)?sh$/;
function adaptOme(document, file, absolutePath, references = NO_REFERENCES) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(API_GROUP)) return null;
  if (kind !== "InferenceService") return null;
  const ctx = objectContext(document, file, absolutePath, "InferenceService");
  return inferenceService(ctx, references);
}
var KIND_NAMES = {
  OmeServingRuntime: "ServingRuntime",
  OmeClusterServingRuntime: "ClusterServingRuntime",
  OmeBaseModel: "BaseModel",
  OmeClusterBaseModel: "ClusterBaseModel"
};
function sourceOf(object) {
  const kind = KIND_NAMES[object.kind] ?? object.kind;
  return { object, label: `${kind} ${object.name}` };
}
function textIn(source, path) {
  const doc = source.object.document;
  const text = scalarText(at(doc.value, path.split(".")))?.trim();
  if (!text) return void 0;
  return { value: text, range: doc.ranges.get(path)?.value ?? doc.range, path: `${source.label} ${path}`, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
}
function keyRangeIn(source, path) {
  const doc = source.object.document;
  const r = doc.ranges.get(path);
  return r?.key ?? r?.value ?? doc.range;
}
function lookUp(ctx, references, kinds, name, namespace) {
  const namespaced = references.find(kinds[0], name.value, namespace);
  const found = namespaced.length > 0 ? namespaced : references.find(kinds[1], name.value);
  const object = firstFound(found, name, ctx.note);
  return object ? sourceOf(object) : void 0;
}
function versioned(raw) {
  if (!isRecord(raw)) return void 0;
  const name = scalarText(raw.name)?.trim();
  if (!name) return void 0;
  const out = { name, weight: parseWholeNumber(raw.weight) ?? 0 };
  const version = scalarText(raw.version)?.trim();
  if (version) out.version = version;
  const operator = scalarText(raw.operator)?.trim();
  if (operator) out.operator = operator;
  return out;
}
function parseModelSize(text) {
  const t = text.trim();
  const unit = t.slice(-1);
  const multiplier = unit === "T" ? 1e12 : unit === "B" ? 1e9 : unit === "M" ? 1e6 : 1;
  const number = multiplier === 1 ? t : t.slice(0, -1);
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(number)) return 0;
  return Number(number) * multiplier;
}
function modelTraits(spec) {
  const traits = {};
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
function traitsLabel(t) {
  const parts = [t.format ? `${t.format.name}${t.format.version ? ` ${t.format.version}` : ""}` : "no modelFormat"];
  if (t.architecture) parts.push(t.architecture);
  if (t.quantization) parts.push(t.quantization);
  if (t.size) parts.push(t.size.text);
  return parts.join(", ");
}
function parseVersion(text) {
  const first = text.indexOf(".");
  const second = first < 0 ? -1 : text.indexOf(".", first + 1);
  const parts = first < 0 ? [text] : second < 0 ? [text.slice(0, first), text.slice(first + 1)] : [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
  const whole = (s) => /^(?:0|[1-9]\d*)$/.test(s) ? Number(s) : void 0;
  const prefix = parts[0].startsWith("v") ? "v" : "";
  const major = whole(parts[0].slice(prefix.length));
  const minor = whole(parts[1] ?? "0");
  const tail = /^(\d+)(.*)$/.exec(parts[2] ?? "0");
  const patch = tail ? whole(tail[1]) : void 0;
  if (major === void 0 || minor === void 0 || patch === void 0) return void 0;
  return { prefix, numbers: [major, minor, patch], extra: tail[2], precision: parts.length };
}
function compareVersions(a, b) {
  for (let i = 0; i < 3; i++) if (a.numbers[i] !== b.numbers[i]) return a.numbers[i] > b.numbers[i] ? 1 : -1;
  return a.extra === b.extra ? 0 : a.extra < b.extra ? -1 : 1;
}
function versionAdmits(supported, model) {
  const base = parseVersion(model.version);
  const offered = parseVersion(supported.version);
  if (!base || !offered) return false;
  const operator = supported.operator ?? "Equal";
  if (base.extra !== "" || offered.extra !== "" || operator === "Equal") return compareVersions(offered, base) === 0;
  if (base.precision !== offered.precision || base.prefix !== offered.prefix) return false;
  const cmp = compareVersions(offered, base);
  if (operator === "GreaterThan") return cmp > 0;
  if (operator === "GreaterThanOrEqual") return cmp >= 0;
  return cmp === 0;
}
function formatEntries(spec) {
  const list = spec.supportedModelFormats;
  if (!Array.isArray(list)) return [];
  const out = [];
  for (const raw of list) {
    if (!isRecord(raw)) continue;
    const entry = { priority: parseWholeNumber(raw.priority) ?? DEFAULT_PRIORITY, diffusion: isRecord(raw.diffusionPipeline) };
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
function formatMismatch(model, f) {
  if (f.diffusion) return "it serves diffusion pipelines";
  if (f.architecture !== model.architecture && model.architecture !== void 0) {
    return f.architecture ? `architecture ${f.architecture}, not ${model.architecture}` : `no modelArchitecture (the model's is ${model.architecture})`;
  }
  if (f.quantization !== model.quantization && model.quantization !== void 0) {
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
  return void 0;
}
function versionMismatch(what, supported, model) {
  if (model.version === void 0) return void 0;
  if (supported.version === void 0) return `${what} ${supported.name} without a version (the model's is ${model.version})`;
  if (versionAdmits(supported, model)) return void 0;
  return `${what} version ${supported.operator && supported.operator !== "Equal" ? `${supported.operator} ` : ""}${supported.version}, not ${model.version}`;
}
function formatScore(model, f) {
  const formatMatches = f.format !== void 0 && (model.format === void 0 || f.format.name === model.format.name && !versionMismatch("", f.format, model.format));
  if (f.format && !formatMatches) return 0;
  const frameworkMatches = f.framework !== void 0 && (model.framework === void 0 || f.framework.name === model.framework.name && !versionMismatch("", f.framework, model.framework));
  if (f.framework && !frameworkMatches) return 0;
  if (!f.framework && model.framework) return 0;
  let score = 0;
  if (formatMatches) score += (f.format.weight || MODEL_FORMAT_WEIGHT) * f.priority;
  if (frameworkMatches) score += (f.framework.weight || MODEL_FRAMEWORK_WEIGHT) * f.priority;
  return score;
}
function sizeRangeOf(spec) {
  if (!isRecord(spec.modelSizeRange)) return void 0;
  const out = {};
  const min = scalarText(spec.modelSizeRange.min)?.trim();
  const max = scalarText(spec.modelSizeRange.max)?.trim();
  if (min) out.min = min;
  if (max) out.max = max;
  return out;
}
function rangeText(r) {
  return `${r.min ?? "any"}\u2013${r.max ?? "any"}`;
}
function incompatibility(spec, model) {
  const entries = formatEntries(spec);
  if (entries.length === 0) return "it lists no supportedModelFormats";
  if (!entries.some((f) => formatMismatch(model, f) === void 0)) return `it supports ${entries.map((f) => formatMismatch(model, f)).join("; ")}`;
  const range = sizeRangeOf(spec);
  if (model.size && range) {
    const min = range.min !== void 0 ? parseModelSize(range.min) : -Infinity;
    const max = range.max !== void 0 ? parseModelSize(range.max) : Infinity;
    if (model.size.value < min || model.size.value > max) return `model size ${model.size.text} is outside its modelSizeRange ${rangeText(range)}`;
  }
  return void 0;
}
function evaluateRuntime(source, model) {
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
  return { candidate: { source, score, priority, sizeDistance, ...range ? { range } : {} } };
}
function selectRuntime(references, namespace, model) {
  const rejected = [];
  let matching = 0;
  let chosen;
  for (const kind of ["OmeServingRuntime", "OmeClusterServingRuntime"]) {
    const candidates = [];
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
function readRunner(ctx, where) {
  const raw = at(where.doc.value, where.path.split("."));
  if (raw === void 0 || raw === null) return void 0;
  if (!isRecord(raw)) {
    ctx.note("not-a-mapping", `${where.label ? `${where.label} ` : ""}${where.path} is ${describeValue(raw)}, not a container: it is not read`, where.doc.ranges.get(where.path)?.value ?? where.doc.range, "warning");
    return void 0;
  }
  const items = readContainer(where.doc, raw, where.path, "runner");
  ctx.add(...gpuCountOf(where.doc, where.path).notes.map((n) => where.label ? { ...n, message: `${where.label}: ${n.message}` } : n));
  if (!where.label) return items;
  const label = where.label;
  const prefix = (item) => ({ ...item, path: `${label} ${item.path}` });
  const out = { ...items, command: items.command.map(prefix), args: items.args.map(prefix), env: items.env.map(prefix) };
  if (items.ownCount) out.ownCount = prefix(items.ownCount);
  if (items.ownMig) out.ownMig = prefix(items.ownMig);
  return out;
}
function mergeRunners(base, own) {
  if (!base || !own) return own ?? base;
  const overridden = new Set(own.env.map((e) => e.name));
  const merged = {
    path: own.path,
    name: own.name !== "runner" ? own.name : base.name,
    nameRange: own.nameRange,
    command: own.command.length > 0 ? own.command : base.command,
    args: own.args.length > 0 ? own.args : base.args,
    env: [...base.env.filter((e) => !overridden.has(e.name)), ...own.env],
    hasEnvFrom: own.hasEnvFrom || base.hasEnvFrom
  };
  const image = own.image ?? base.image;
  if (image) merged.image = image;
  const count = own.ownCount ?? base.ownCount;
  if (count) merged.ownCount = count;
  const mig = own.ownCount ? own.ownMig : base.ownMig;
  if (count && mig) merged.ownMig = mig;
  return merged;
}
function inferenceService(ctx, references) {
  const value = ctx.document.value;
  const name = ctx.name;
  const namespace = scalarText(at(value, ["metadata", "namespace"]))?.trim() || void 0;
  const specKey = ctx.keyRangeOf("spec");
  const done = () => ({ deployments: [], notes: ctx.notes });
  const engineRaw = at(value, ["spec", "engine"]);
  if (!isRecord(engineRaw)) {
    const predictor = isRecord(at(value, ["spec", "predictor"]));
    ctx.note(
      "engine-missing",
      engineRaw === void 0 || engineRaw === null ? `${name} has no spec.engine, so OME deploys no engine for it${predictor ? " (spec.predictor is deprecated and not read)" : ""}: add spec.engine (minReplicas: 1) to serve the model; ${name} is not checked` : `spec.engine of ${name} is ${describeValue(engineRaw)}, not a mapping: OME cannot deploy its engine; ${name} is not checked`,
      engineRaw === void 0 ? specKey : ctx.rangeOf("spec.engine"),
      engineRaw === void 0 || engineRaw === null ? "notice" : "warning"
    );
    return done();
  }
  const engineKey = ctx.keyRangeOf("spec.engine", specKey);
  const modelName = ctx.textAt("spec.model.name");
  let model;
  if (!modelName) {
    ctx.note("model-missing", `no spec.model.name: name the BaseModel or ClusterBaseModel ${name} serves; ${name} is not checked`, ctx.keyRangeOf("spec.model", specKey), "warning");
  } else {
    model = lookUp(ctx, references, ["OmeBaseModel", "OmeClusterBaseModel"], modelName, namespace);
    if (!model) {
      ctx.note(
        "base-model-not-found",
        `${modelName.path} is ${modelName.value}, a BaseModel or ClusterBaseModel not found in the files checked: the model it serves (spec.storage.storageUri) and what selects its runtime are not known; check the model's file together with this one to have ${name} checked`,
        modelName.range,
        "notice"
      );
    }
  }
  const modelSpec = model ? at(model.object.document.value, ["spec"]) : void 0;
  const traits = modelTraits(modelSpec);
  if (model && isRecord(modelSpec) && modelSpec.disabled === true) {
    ctx.note("reference-disabled", `${model.label} is disabled (spec.disabled: true): OME refuses to serve it`, model.object.document.ranges.get("spec.disabled")?.value ?? model.object.document.range, "warning");
  }
  const runtimeName = ctx.textAt("spec.runtime.name");
  let runtime;
  if (runtimeName) {
    runtime = lookUp(ctx, references, ["OmeServingRuntime", "OmeClusterServingRuntime"], runtimeName, namespace);
    if (!runtime) {
      ctx.note(
        "runtime-not-found",
        `${runtimeName.path} is ${runtimeName.value}, a ClusterServingRuntime or ServingRuntime not found in the files checked: its engine's command line, GPUs and node selector are not read${ownsCommand(value) ? ", only spec.engine's" : `, and spec.engine gives no runner command of its own, so ${name} is not checked`}; check the runtime's file together with this one to have them read`,
        runtimeName.range,
        "notice"
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
  const uri = textIn(model, "spec.storage.storageUri");
  const storagePath = textIn(model, "spec.storage.path");
  const engine = mergeEngine(ctx, runtime);
  const runner = engine.runner;
  if (!runner || runner.command.length === 0 && runner.args.length === 0) {
    if (runtime) {
      ctx.note(
        "runtime-no-containers",
        `${runtime.label} has no spec.engineConfig.runner${engine.multi ? " (nor leader.runner)" : ""} with a command, and spec.engine.runner gives none: there is no engine command line to read; ${name} is not checked`,
        keyRangeIn(runtime, "spec.engineConfig"),
        "warning"
      );
    }
    return done();
  }
  const env = [...runner.env];
  if (storagePath && !env.some((e) => e.name === "MODEL_PATH")) env.push({ name: "MODEL_PATH", value: storagePath.value, range: storagePath.range, path: `${storagePath.path} (MODEL_PATH, set by OME)` });
  const size = engine.size?.value ?? 0;
  const leaderGpus = runner.ownCount;
  let command = runner.command;
  let args = runner.args;
  if (leaderGpus && leaderGpus.value > 0) {
    const pods = 1 + size;
    const n = leaderGpus.value * pods;
    const how = `${leaderGpus.value} GPU${leaderGpus.value === 1 ? "" : "s"} \xD7 ${pods} pod${pods === 1 ? "" : "s"}, set by OME`;
    const without = env.filter((e) => e.name !== "PARALLELISM_SIZE");
    env.length = 0;
    env.push(...without, { name: "PARALLELISM_SIZE", value: String(n), range: leaderGpus.range, path: `${leaderGpus.path} (PARALLELISM_SIZE ${n}: ${how})` });
    const all = [...command, ...args].map((item, i, list) => {
      const flag = list[i - 1]?.text.trim();
      if (item.text.trim() !== "$(PARALLELISM_SIZE)" || !flag || !flag.startsWith("-")) return item;
      return { text: String(n), range: item.range, path: `${item.path} (${flag} $(PARALLELISM_SIZE) = ${n}: ${how})`, via: { flag } };
    });
    command = all.slice(0, command.length);
    args = all.slice(command.length);
  }
  if (engine.multi) {
    const group = engine.size?.range ?? engineKey;
    env.push({ name: "LWS_GROUP_SIZE", value: String(1 + size), range: group, path: "LWS_GROUP_SIZE (set by LeaderWorkerSet)" });
    for (const v of ["LWS_LEADER_ADDRESS", "LWS_WORKER_INDEX"]) env.push({ name: v, value: null, range: group, path: `${v} (set by LeaderWorkerSet)` });
  }
  let facts = readEngineArgs(command, args, env);
  if (!facts) {
    ctx.note(
      "runtime-no-engine",
      `${runtime ? `${runtime.label} ` : ""}${runner.path} runs no engine llm-physics reads (vLLM, SGLang, TGI, TensorRT-LLM): write the engine's command (python3 -m sglang.launch_server \u2026) in the runner to have ${name} checked`,
      runner.nameRange,
      "warning"
    );
    return done();
  }
  let modelFact = uri ? modelFromUri(uri) : void 0;
  if (!modelFact && facts.model && !facts.model.value.startsWith("/") && !facts.model.value.includes("$(")) modelFact = facts.model;
  if (!modelFact) {
    ctx.note(
      "model-missing",
      `${model.label} has no spec.storage.storageUri: the model OME downloads is not known; set spec.storage.storageUri (hf://org/name) in it; ${name} is not checked`,
      keyRangeIn(model, isRecord(at(modelSpec, ["storage"])) ? "spec.storage" : "spec"),
      "warning"
    );
    return done();
  }
  const shell = runner.command.length > 0 && SHELL.test(runner.command[0].text.trim());
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
function ownsCommand(value) {
  return ["runner", "leader"].some((key) => {
    const runner = key === "runner" ? at(value, ["spec", "engine", "runner"]) : at(value, ["spec", "engine", "leader", "runner"]);
    return isRecord(runner) && (Array.isArray(runner.command) && runner.command.length > 0 || Array.isArray(runner.args) && runner.args.length > 0);
  });
}
function autoSelected(ctx, references, namespace, model, traits) {
  const where = ctx.keyRangeOf("spec.model", ctx.keyRangeOf("spec"));
  const missing = [!traits.format && "spec.modelFormat.name", !traits.architecture && "spec.modelArchitecture"].filter((m) => typeof m === "string");
  if (missing.length > 0) {
    ctx.note(
      "runtime-not-selected",
      `spec.runtime is not set and ${model.label} does not write ${missing.join(" or ")}, by which OME selects a runtime (its model agent fills them from the checkpoint's config.json): the runtime cannot be known from the files; name it in spec.runtime.name, or write ${missing.join(" and ")} in the model; ${ctx.name} is not checked`,
      where,
      "notice"
    );
    return void 0;
  }
  const selection = selectRuntime(references, namespace, traits);
  const shown = selection.rejected.slice(0, 5).join("; ") + (selection.rejected.length > 5 ? `; and ${selection.rejected.length - 5} more` : "");
  if (!selection.chosen) {
    ctx.note(
      "runtime-not-selected",
      `spec.runtime is not set and no runtime in the files checked would be auto-selected for ${model.label} (${traitsLabel(traits)})${shown ? `: ${shown}` : ": none is in the files checked"}; name the runtime in spec.runtime.name, or check the runtime's file together with this one; ${ctx.name} is not checked`,
      where,
      "notice"
    );
    return void 0;
  }
  const { chosen, matching } = selection;
  const sizeText = traits.size && chosen.range ? `, model size ${traits.size.text} within its modelSizeRange ${rangeText(chosen.range)}` : "";
  const of = matching === 1 ? "the only runtime" : `the highest-ranked of ${matching} runtimes`;
  ctx.note(
    "runtime-auto-selected",
    `spec.runtime is not set: OME auto-selects a runtime for ${model.label} (${traitsLabel(traits)}); of those in the files checked, ${chosen.source.label} is ${of} that support it with autoSelect: true (priority ${chosen.priority}${sizeText}), and its engine is read; name the runtime in spec.runtime.name to be sure which runs`,
    where,
    "notice"
  );
  return chosen.source;
}
function reread(command, args, env, model, previous) {
  const via = model.via ?? { key: model.path };
  const injected = [
    { text: MODEL_FLAG[previous.engine], range: model.range, path: model.path, via },
    { text: model.value, range: model.range, path: model.path, via }
  ];
  const facts = readEngineArgs(command, [...args, ...injected], env);
  if (!facts) return { ...previous, model };
  facts.model = model;
  facts.problems = previous.problems;
  return facts;
}
function mergeEngine(ctx, runtime) {
  const own = ctx.document;
  const base = runtime?.object.document;
  const has = (doc, path) => doc !== void 0 && isRecord(at(doc.value, path.split(".")));
  const leader = has(own, "spec.engine.leader") || has(base, "spec.engineConfig.leader");
  const worker = has(own, "spec.engine.worker") || has(base, "spec.engineConfig.worker");
  const multi = leader || worker;
  const part = (side, sub) => {
    if (side === "own") return { doc: own, path: `spec.engine${sub}.runner` };
    return base && runtime ? { doc: base, path: `spec.engineConfig${sub}.runner`, label: runtime.label } : void 0;
  };
  const read = (where) => where ? readRunner(ctx, where) : void 0;
  const main = leader ? ".leader" : "";
  const engine = {
    multi,
    podSpecs: []
  };
  const runner = mergeRunners(read(part("base", main)), read(part("own", main)));
  if (runner) engine.runner = runner;
  if (multi) {
    const workerRunner = mergeRunners(read(part("base", ".worker")), read(part("own", ".worker")));
    if (workerRunner) engine.worker = workerRunner;
    const size = workerSize(ctx, own, "spec.engine.worker.size") ?? (base && runtime ? workerSize(ctx, base, "spec.engineConfig.worker.size", runtime.label) : void 0);
    if (size) engine.size = size;
  }
  engine.podSpecs.push({ doc: own, path: `spec.engine${main}` });
  if (multi && main) engine.podSpecs.push({ doc: own, path: "spec.engine" });
  if (base && runtime) {
    engine.podSpecs.push({ doc: base, path: `spec.engineConfig${main}`, label: runtime.label });
    engine.podSpecs.push({ doc: base, path: "spec", label: runtime.label });
  }
  return engine;
}
function workerSize(ctx, doc, path, label) {
  const raw = at(doc.value, path.split("."));
  if (raw === void 0 || raw === null) return void 0;
  const range = doc.ranges.get(path)?.value ?? doc.range;
  const shown = label ? `${label} ${path}` : path;
  const n = parseWholeNumber(raw);
  if (n === void 0) {
    ctx.note("not-whole-number", `${shown} is ${describeValue(raw)}, not a whole number of worker pods: not used`, range, "warning");
    return void 0;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${shown} is the string ${describeValue(raw)}: OME expects a number; read as ${n}`, range, "warning");
  return { value: n, range, path: shown, via: { key: "size" } };
}
function engineCount(ctx, engine, name) {
  const leader = engine.runner?.ownCount;
  if (!engine.multi || !engine.size || engine.size.value === 0 || !leader) return leader;
  const size = engine.size;
  let worker = engine.worker?.ownCount;
  if (!worker) {
    ctx.note(
      "gpu-count-assumed",
      `no GPU count is declared for the workers of ${name}: each is checked with the leader's ${leader.value}; add resources.limits nvidia.com/gpu to spec.engine.worker.runner (or the runtime's spec.engineConfig.worker.runner)`,
      size.range,
      "notice"
    );
    worker = leader;
  }
  const total = leader.value + size.value * worker.value;
  const pods = size.value + 1;
  const workers = `worker.size ${size.value}`;
  const path = worker.value === leader.value ? `${leader.path} (${leader.value} per pod) \xD7 ${pods} pods (1 leader + ${workers})` : `${leader.path} (${leader.value}) + ${workers} \xD7 ${worker.path} (${worker.value})`;
  ctx.note(
    "multi-node",
    `${size.path} is ${size.value}: OME runs ${name} as a LeaderWorkerSet of ${pods} pods (1 leader and ${size.value} worker${size.value === 1 ? "" : "s"}), checked as one deployment over all ${total} GPUs`,
    size.range,
    "notice"
  );
  return { value: total, range: leader.range, path };
}
function engineGpu(ctx, engine, anchor, name) {
  let labels;
  for (const spec of engine.podSpecs) {
    if (spec.path !== "spec" && !isRecord(at(spec.doc.value, spec.path.split(".")))) continue;
    const declaration2 = gpuFromPodSpec(spec.doc, spec.path, "metadata", anchor);
    labels ??= declaration2.nodeLabels;
    if (!declaration2.gpu) continue;
    const label = spec.label;
    const out = {
      gpu: label ? { ...declaration2.gpu, path: `${label} ${declaration2.gpu.path}` } : declaration2.gpu,
      notes: declaration2.notes.filter((n) => !COUNT_NOTES.has(n.code) && n.code !== "gpu-type-missing")
    };
    if (declaration2.source) out.source = declaration2.source;
    const nodeLabels = declaration2.nodeLabels ?? labels;
    if (nodeLabels) out.nodeLabels = nodeLabels;
    return out;
  }
  const where = engine.multi ? "spec.engine.leader" : "spec.engine";
  const declaration = {
    notes: [
      {
        code: "gpu-type-missing",
        message: `no GPU type is declared for ${name}: checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL} to ${where} (or to the runtime's spec.engineConfig), the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations, ${DECLARE_IN_CONFIG}`,
        range: anchor,
        severity: "notice"
      }
    ]
  };
  if (labels) declaration.nodeLabels = labels;
  return declaration;
}
function finish(ctx, parts) {
  const { facts, runner, declaration, count, where } = parts;
  for (const problem of facts.problems) {
    if (runner.hasEnvFrom && problem.code === "env-var-unset") {
      ctx.note(problem.code, `${problem.message} (it may come from the runner's envFrom, which is not read)`, problem.range, "notice");
    } else {
      ctx.add(problem);
    }
  }
  let gpu = declaration.gpu;
  const mig = count && runner.ownMig && !(gpu && /-MIG-|^mig-/i.test(gpu.value)) ? runner.ownMig : void 0;
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
    ...count ? { count } : {},
    howToCount: `add resources.limits nvidia.com/gpu to ${runnerPath}`,
    serving: where,
    note: ctx.note
  });
  const scripts = [...runner.command, ...runner.args].map((a) => a.text);
  return deployment && withEngineVersion(deployment, { image: runner.image, scripts, env: runner.env });
}
export {
  OME_MARKERS,
  adaptOme
};
