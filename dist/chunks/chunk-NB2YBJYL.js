import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  NO_REFERENCES,
  firstFound
} from "./chunk-KZ27ZWMR.js";
import {
  argItems
} from "./chunk-QMDV6F3O.js";
import {
  GPU_ANNOTATION,
  envFromList,
  gpuCountOf,
  gpuFromPodSpec,
  gpuOfMig
} from "./chunk-MIJ4L7P2.js";
import {
  applyEngineFacts,
  modelFromUri,
  objectContext,
  objectDeployment,
  readEngineArgs
} from "./chunk-VUGMCGJM.js";
import {
  at,
  isRecord,
  parseWholeNumber,
  scalarText
} from "./chunk-3G5BXTFK.js";
import {
  pathSegments
} from "./chunk-TQVKSG5V.js";
import {
  precisionFromModelName
} from "./chunk-U72CDX35.js";
import {
  gpuLookup
} from "./chunk-SMZ6TMJF.js";
import {
  describeValue
} from "./chunk-LRW7K6N5.js";

// src/adapt/nim.ts
var NIM_MARKERS = ["NIMService"];
var FORMAT = "nim";
var NIM_API_GROUP = "apps.nvidia.com/";
function adaptNim(document, file, absolutePath, references = NO_REFERENCES) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(NIM_API_GROUP) || kind !== "NIMService") return null;
  if (!isRecord(value.spec)) return null;
  return nimService(objectContext(document, file, absolutePath, kind), value.spec, references);
}
var NIM_IMAGE_MARKER = "nvcr.io/nim/";
function isNimImage(image) {
  return image.includes(NIM_IMAGE_MARKER);
}
function imageName(image) {
  let text = image.trim().replace(/@.*$/, "");
  const slash = text.lastIndexOf("/");
  const colon = text.lastIndexOf(":");
  if (colon > slash) text = text.slice(0, colon);
  const last = text.replace(/\/+$/, "").split("/").pop() ?? "";
  return last === "" ? void 0 : last;
}
function isModelFreeImage(image) {
  return imageName(image)?.toLowerCase() === "llm-nim";
}
function modelFromNimImage(image) {
  return isModelFreeImage(image) ? void 0 : imageName(image);
}
function howToNameModel(envKey) {
  return `run a model-specific NIM image (nvcr.io/nim/<org>/<model>:<tag>), or set NIM_MODEL_NAME (NIM 1.x) or NIM_MODEL_PATH (NIM 2.x) to hf://<org>/<model> in ${envKey}`;
}
var NIM_NUMBER_ENV = [
  ["NIM_MAX_MODEL_LEN", "maxContextLength", "tokens"],
  ["NIM_TENSOR_PARALLEL_SIZE", "tensorParallel", "GPUs"],
  ["NIM_PIPELINE_PARALLEL_SIZE", "pipelineParallel", "pipeline stages"],
  ["NIM_MAX_NUM_SEQS", "maxConcurrentSequences", "sequences"]
];
var NIM_SERVE_COMMANDS = /* @__PURE__ */ new Set(["nim-serve", "start-server", "start_server", "/opt/nim/start_server.sh"]);
function readProfileName(text) {
  const out = {};
  for (const token of text.trim().toLowerCase().split("-")) {
    const precision = NIM_PRECISIONS[token];
    if (precision && out.precision === void 0) out.precision = precision;
    const tp = /^tp(\d{1,4})$/.exec(token);
    if (tp && Number(tp[1]) >= 1) out.tensorParallel = Number(tp[1]);
    const pp = /^pp(\d{1,4})$/.exec(token);
    if (pp && Number(pp[1]) >= 1) out.pipelineParallel = Number(pp[1]);
  }
  return out.precision === void 0 && out.tensorParallel === void 0 && out.pipelineParallel === void 0 ? void 0 : out;
}
function isRemoteModel(text) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^file:\/\//i.test(text);
}
function readNimContainer(c) {
  const problems = [];
  const tell = (code, message, range, severity) => problems.push({ code, message, range, severity });
  const env = /* @__PURE__ */ new Map();
  for (const e of c.env) env.set(e.name, e);
  const said = (e) => c.envIsMap ? e.path : `${e.path} ${e.name}`;
  const pathOf = (e) => c.envIsMap ? e.path : `${e.path} (${e.name})`;
  const fromEnv = (value, e) => ({ value, range: e.range, path: pathOf(e), via: { env: e.name } });
  const outside = (e, what) => tell("env-var-from-secret", `${said(e)} is set outside the manifest (valueFrom, or when the run starts), so ${what} is not read from it`, e.range, "notice");
  const cli = [];
  const passthrough = env.get("NIM_PASSTHROUGH_ARGS");
  if (passthrough?.value === null) outside(passthrough, "the engine flags it passes");
  for (const word of passthrough?.value?.trim().split(/\s+/) ?? []) {
    if (word !== "") cli.push({ text: word, range: passthrough.range, path: said(passthrough) });
  }
  const args = [...c.args ?? []];
  if (args.length > 0 && NIM_SERVE_COMMANDS.has(args[0].text.trim())) args.shift();
  cli.push(...args);
  const entry = [
    { text: "vllm", range: c.image.range, path: `${c.image.path} (NIM's engine)` },
    { text: "serve", range: c.image.range, path: `${c.image.path} (NIM's engine)` }
  ];
  const flags = cli.length > 0 ? readEngineArgs(entry, cli, c.env) : null;
  const facts = { ...flags ?? {}, engine: "vllm", problems };
  delete facts.model;
  delete facts.weightPrecision;
  problems.push(...flags?.problems ?? []);
  const imageModel = modelFromNimImage(c.image.value);
  const fromImage = imageModel ? { ...c.image, value: imageModel } : void 0;
  let model;
  let local;
  if (flags?.model && isRemoteModel(flags.model.value)) model = modelFromUri(flags.model);
  for (const name of ["NIM_MODEL_NAME", "NIM_MODEL_PATH"]) {
    const e = env.get(name);
    if (!e || model) continue;
    if (e.value === null) {
      outside(e, "the model");
      continue;
    }
    const text = e.value.trim();
    if (text === "") continue;
    if (isRemoteModel(text)) {
      model = modelFromUri(fromEnv(text, e));
      if (imageModel) tell("value-overridden", `${said(e)} is ${text}, another model than the image's ${imageModel}: NIM loads ${text}, which is checked`, e.range, "notice");
    } else if (fromImage) {
      model = fromImage;
      tell("model-from-image", `${said(e)} is ${text}, a local path that names no model: the model is read from the image, ${imageModel}; set ${name} to hf://<org>/<model> to check another`, e.range, "notice");
    } else {
      local ??= `${said(e)} is ${text}, a local path that names no model`;
    }
  }
  model ??= fromImage;
  if (!model) {
    const served = env.get("NIM_SERVED_MODEL_NAME");
    const text = served?.value?.trim();
    const why = local ?? `${c.image.value} names no model`;
    if (served && text) {
      model = fromEnv(text, served);
      tell("model-from-served-name", `${why}: the model is read from ${said(served)} (${text}), the name it is served under; set NIM_MODEL_NAME or NIM_MODEL_PATH to hf://<org>/<model> to be exact`, served.range, "notice");
    } else if (c.servedName) {
      model = c.servedName;
      tell("model-from-served-name", `${why}: the model is read from ${c.servedName.path} (${c.servedName.value}), the name it is served under; set NIM_MODEL_NAME or NIM_MODEL_PATH to hf://<org>/<model> to be exact`, c.servedName.range, "notice");
    } else {
      tell("model-missing", `no model found for ${c.image.path}: ${why}; ${howToNameModel(c.envKey)}; it is not checked`, c.image.range, "warning");
    }
  }
  if (model) facts.model = model;
  for (const [name, key, unit] of NIM_NUMBER_ENV) {
    const e = env.get(name);
    if (!e) continue;
    if (e.value === null) {
      outside(e, `the ${unit === "tokens" ? "context length" : name}`);
      continue;
    }
    const n = parseWholeNumber(e.value);
    if (n === void 0 || n < 1) {
      tell("not-whole-number", `${said(e)} is ${describeValue(e.value)}, not a whole number of ${unit}: not used`, e.range, "warning");
      continue;
    }
    const located = { value: n, range: e.range, path: pathOf(e), via: { env: name } };
    const flag = facts[key];
    if (flag && flag.value !== n) {
      tell("value-overridden", `${said(e)} is ${n} but ${flag.path} says ${flag.value}: NIM gives the command line's ${flag.value} to its engine`, e.range, "warning");
      continue;
    }
    if (!flag) facts[key] = located;
  }
  let precision;
  const profile = env.get("NIM_MODEL_PROFILE");
  const profileText = profile?.value?.trim();
  if (profile && profile.value === null) outside(profile, "the profile");
  if (profile && profileText) {
    const read = readProfileName(profileText);
    const at2 = (what) => ({ range: profile.range, path: c.envIsMap ? `${profile.path} (${what})` : `${profile.path} (NIM_MODEL_PROFILE: ${what})`, via: { env: "NIM_MODEL_PROFILE" } });
    if (!read) {
      tell(
        "profile-not-read",
        `${said(profile)} is ${profileText}, ${/^[0-9a-f]{16,}$/i.test(profileText) ? "a profile id" : "a name"} that does not say its precision or parallelism: set NIM_TENSOR_PARALLEL_SIZE in ${c.envKey}, or use the profile's readable name (vllm-bf16-tp2-pp1, from list-model-profiles), to have them checked`,
        profile.range,
        "notice"
      );
    } else {
      if (read.precision) precision = { value: read.precision, ...at2(read.precision), reason: `the NIM profile ${profileText} names ${read.precision}` };
      for (const [key, n, token] of [["tensorParallel", read.tensorParallel, "tp"], ["pipelineParallel", read.pipelineParallel, "pp"]]) {
        if (n === void 0) continue;
        const set = facts[key];
        if (!set) facts[key] = { value: n, ...at2(`${token}${n}`) };
        else if (set.value !== n) tell("value-overridden", `${said(profile)} ${profileText} is ${token}${n}, but ${set.path} says ${set.value}: ${set.value} is checked`, profile.range, "warning");
      }
    }
  }
  if (!precision && flags?.weightPrecision && flags.weightPrecision.path !== flags.model?.path) precision = flags.weightPrecision;
  if (!precision && model) {
    const named = precisionFromModelName(model.value);
    if (named) precision = { value: named.precision, range: model.range, path: model.path, ...model.via ? { via: model.via } : {}, reason: named.reason };
  }
  if (precision) facts.weightPrecision = precision;
  return facts;
}
var NIM_PRECISIONS = {
  fp8: "fp8",
  bf16: "bf16",
  fp16: "fp16",
  int8: "int8",
  int8_wo: "int8",
  int4: "int4",
  int4_awq: "int4",
  awq: "int4",
  nvfp4: "fp4",
  fp4: "fp4",
  mxfp4: "fp4"
};
function cacheProfile(ctx, cache) {
  const label = `NIMCache ${cache.name}`;
  const doc = cache.document;
  const located = (path) => {
    const text = scalarText(at(doc.value, pathSegments(path)))?.trim();
    if (!text) return void 0;
    return { text, range: doc.ranges.get(path)?.value ?? doc.range, path: `${label} ${path}` };
  };
  const profile = { label };
  const model = "spec.source.ngc.model";
  const precision = located(`${model}.precision`);
  if (precision) {
    const value = NIM_PRECISIONS[precision.text.toLowerCase()];
    if (value) profile.precision = { value, range: precision.range, path: precision.path };
    else ctx.note("precision-unknown", `${precision.path} is ${precision.text}, not a precision llm-physics knows (${Object.keys(NIM_PRECISIONS).join(", ")}): the model's own precision is checked`, precision.range, "notice");
  }
  const tp = located(`${model}.tensorParallelism`);
  if (tp) {
    const n = parseWholeNumber(tp.text);
    if (n !== void 0 && n >= 1) profile.tensorParallel = { value: n, range: tp.range, path: tp.path };
    else ctx.note("not-whole-number", `${tp.path} is ${describeValue(tp.text)}, not a whole number`, tp.range, "warning");
  }
  const gpus = at(doc.value, ["spec", "source", "ngc", "model", "gpus"]);
  const product = Array.isArray(gpus) ? located(`${model}.gpus[0].product`) : isRecord(gpus) ? located(`${model}.gpus.product`) : void 0;
  if (product) {
    const dashed = product.text.replace(/_/g, "-");
    const value = gpuLookup.find(product.text) || !gpuLookup.find(dashed) ? product.text : dashed;
    profile.gpu = { value, range: product.range, path: product.path };
  }
  return profile;
}
function findCache(ctx, references) {
  const name = ctx.textAt("spec.storage.nimCache.name");
  if (!name) return void 0;
  const namespace = scalarText(at(ctx.document.value, ["metadata", "namespace"]))?.trim() || void 0;
  const found = references.find("NIMCache", name.value, namespace);
  if (found.length === 0) {
    ctx.note(
      "cache-not-found",
      `${name.path} is ${name.value}, a NIMCache not found in the files checked: the profile it caches (precision, tensor parallelism, GPU) is not read; check the NIMCache's file together with this one`,
      name.range,
      "notice"
    );
    return void 0;
  }
  return firstFound(found, name, ctx.note);
}
function nimService(ctx, spec, references) {
  const specKey = ctx.keyRangeOf("spec");
  const repository = ctx.textAt("spec.image.repository");
  const facts = repository ? readNimContainer({
    image: { value: repository.value, range: repository.range, path: repository.path },
    env: envFromList(ctx.document, spec.env, "spec.env"),
    args: argItems(ctx.document, spec.args, "spec.args"),
    envKey: "spec.env"
  }) : void 0;
  if (facts) ctx.add(...facts.problems);
  const model = facts?.model;
  if (!repository) ctx.note("model-missing", `no model found for ${ctx.name}: set spec.image.repository (nvcr.io/nim/<org>/<model>); ${ctx.name} is not checked`, specKey, "warning");
  const cache = findCache(ctx, references);
  const profile = cache ? cacheProfile(ctx, cache) : void 0;
  const declaration = gpuFromPodSpec(ctx.document, "spec", "metadata", specKey);
  if (profile?.gpu) {
    const cached = gpuLookup.find(profile.gpu.value)?.id;
    if (!declaration.gpu) {
      declaration.gpu = profile.gpu;
      declaration.notes = declaration.notes.filter((n) => n.code !== "gpu-type-missing");
    } else if (cached !== void 0 && gpuLookup.find(declaration.gpu.value)?.id !== cached) {
      ctx.note(
        "cache-gpu-mismatch",
        `${profile.label} caches a profile for ${profile.gpu.value} (${profile.gpu.path}), but ${ctx.name} runs on ${declaration.gpu.value}: NIM picks the profile for the GPU it runs on, which the cache may not hold; checked on ${declaration.gpu.value}`,
        declaration.gpu.range,
        "warning"
      );
    }
  }
  const counted = gpuCountOf(ctx.document, "spec");
  for (const n of declaration.notes) {
    if (n.code === "gpu-count-missing" || n.code === "gpu-count-from-instance-type" || n.code === "gpu-count-from-node-label") continue;
    if (n.code === "gpu-type-missing") {
      if (counted.mig) continue;
      ctx.note(n.code, `${n.message} (for a NIMService: the annotation ${GPU_ANNOTATION} under metadata.annotations, or spec.nodeSelector)`, n.range, n.severity);
    } else {
      ctx.add(n);
    }
  }
  let gpu = declaration.gpu;
  if (counted.mig && !(gpu && /-MIG-|^mig-/i.test(gpu.value))) {
    const sliced = gpuOfMig(counted.mig, gpu);
    gpu = sliced.gpu;
    ctx.add(...sliced.notes);
  }
  const tensorParallel = facts?.tensorParallel ?? profile?.tensorParallel;
  if (facts?.tensorParallel && profile?.tensorParallel && facts.tensorParallel.value !== profile.tensorParallel.value) {
    ctx.note(
      "value-overridden",
      `${facts.tensorParallel.path} is ${facts.tensorParallel.value} but ${profile.tensorParallel.path} caches a profile for ${profile.tensorParallel.value}: ${facts.tensorParallel.value} is checked, and NIM needs a profile for it`,
      facts.tensorParallel.range,
      "warning"
    );
  }
  for (const n of counted.notes) ctx.add(n.code === "not-whole-number" ? { ...n, severity: "warning" } : n);
  let count = counted.count;
  if (!count) {
    const tp = tensorParallel;
    const whose = tp === profile?.tensorParallel ? "the cached profile's tensor parallelism" : "the tensor parallelism";
    const assumed = tp ? `${tp.value} GPU${tp.value === 1 ? "" : "s"}, ${whose}` : "1 GPU";
    ctx.note("gpu-count-assumed", `no GPU count is declared for ${ctx.name}: checked as ${assumed}; add spec.resources.limits nvidia.com/gpu`, specKey, "notice");
    count = tp ? { value: tp.value, range: tp.range, path: `assumed: ${whose}`, via: { assumed: true } } : { value: 1, range: declaration.gpu?.range ?? specKey, path: "assumed: 1 GPU", via: { assumed: true } };
  }
  if (!facts || !model) return { deployments: [], notes: ctx.notes };
  const deployment = objectDeployment(ctx, FORMAT, model, gpu, count, specKey, declaration.nodeLabels);
  applyEngineFacts(deployment, facts);
  const via = facts.weightPrecision?.via;
  const profileNamed = via !== void 0 && "env" in via && via.env === "NIM_MODEL_PROFILE";
  if (profile?.precision && !profileNamed) deployment.precision = profile.precision;
  if (tensorParallel) deployment.tensorParallel = tensorParallel;
  return { deployments: [deployment], notes: ctx.notes };
}

export {
  NIM_MARKERS,
  adaptNim,
  NIM_IMAGE_MARKER,
  isNimImage,
  modelFromNimImage,
  readNimContainer
};
