import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  argItems
} from "./chunk-QMDV6F3O.js";
import {
  DECLARE_IN_CONFIG,
  envFromMap
} from "./chunk-MIJ4L7P2.js";
import {
  applyEngineFacts,
  modelFromUri,
  objectContext,
  objectDeployment,
  readEngineArgs,
  withEngineVersion
} from "./chunk-VUGMCGJM.js";
import {
  isRecord,
  parseWholeNumber,
  scalarText
} from "./chunk-3G5BXTFK.js";
import "./chunk-TQVKSG5V.js";
import "./chunk-PDOFKQNQ.js";
import {
  precisionFromModelName
} from "./chunk-U72CDX35.js";
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

// src/adapt/kubeai.ts
var KUBEAI_MARKERS = ["kubeai.org"];
var FORMAT = "kubeai";
var KUBEAI_API_GROUP = "kubeai.org/";
var KUBEAI_PROFILES = {
  "nvidia-gpu-l4": "L4",
  "nvidia-gpu-h100": "H100-SXM",
  "nvidia-gpu-a100-80gb": "A100-80GB",
  "nvidia-gpu-a100-40gb": "A100-40GB",
  "nvidia-gpu-gh200": null
};
var NON_LLM_ENGINES = /* @__PURE__ */ new Set(["fasterwhisper", "infinity"]);
function adaptKubeAI(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(KUBEAI_API_GROUP) || kind !== "Model") return null;
  if (!isRecord(value.spec)) return null;
  return kubeAIModel(objectContext(document, file, absolutePath, kind), value.spec);
}
function modelFromUrl(url, ollama) {
  const text = url.value.trim();
  const [base = text, query = ""] = text.split("?", 2);
  if (/^ollama:\/\//i.test(base)) return { ...url, value: base };
  const named = ollama && /^pvc:\/\//i.test(base) ? new URLSearchParams(query).get("model")?.trim() : void 0;
  if (named) return { ...url, value: `ollama://${named}` };
  return modelFromUri(url);
}
var OLLAMA_KV_TYPES = { f16: "fp16", q8_0: "int8", q4_0: "int4" };
function kubeAIModel(ctx, spec) {
  const specKey = ctx.keyRangeOf("spec");
  const engineText = scalarText(spec.engine)?.trim();
  const engine = engineText?.toLowerCase();
  if (engine !== void 0 && NON_LLM_ENGINES.has(engine)) return null;
  if (Array.isArray(spec.features) && spec.features.length > 0 && !spec.features.some((f) => scalarText(f)?.trim() === "TextGeneration")) return null;
  const url = ctx.textAt("spec.url");
  const model = url ? modelFromUrl(url, engine === "ollama") : void 0;
  if (!model) ctx.note("model-missing", `no model found for ${ctx.name}: set spec.url (hf://org/name); ${ctx.name} is not checked`, specKey, "warning");
  const args = argItems(ctx.document, spec.args, "spec.args");
  const serving = args.length > 0 ? ctx.keyRangeOf("spec.args", specKey) : specKey;
  let facts = null;
  if (engine === "vllm") {
    const entry = [
      { text: "vllm", range: serving, path: "spec.engine (entrypoint)" },
      { text: "serve", range: serving, path: "spec.engine (entrypoint)" }
    ];
    const injected = model ? [
      { text: "--model", range: model.range, path: model.path, via: { key: "url" } },
      { text: model.value, range: model.range, path: model.path, via: { key: "url" } }
    ] : [];
    facts = readEngineArgs(entry, [...args, ...injected], []);
    ctx.add(...facts?.problems ?? []);
  } else if (engineText !== void 0 && args.length > 0) {
    ctx.note("engine-args-not-read", `spec.engine is ${engineText}: its spec.args are not read, only vLLM's are`, serving, "notice");
  }
  const profile = ctx.textAt("spec.resourceProfile");
  let gpu;
  let count;
  if (!profile) {
    ctx.note(
      "gpu-type-missing",
      `no spec.resourceProfile: the GPU of ${ctx.name} is not known, so it is checked for the memory it needs per GPU, not against a GPU; set e.g. nvidia-gpu-l4:1, ${DECLARE_IN_CONFIG}`,
      specKey,
      "notice"
    );
    count = { value: 1, range: specKey, path: "assumed: 1 GPU", via: { assumed: true } };
  } else {
    const colon = profile.value.lastIndexOf(":");
    const profileName = (colon >= 0 ? profile.value.slice(0, colon) : profile.value).trim();
    const countText = colon >= 0 ? profile.value.slice(colon + 1).trim() : "";
    const mapped = Object.prototype.hasOwnProperty.call(KUBEAI_PROFILES, profileName) ? KUBEAI_PROFILES[profileName] : void 0;
    if (mapped === null) {
      ctx.note("gpu-profile-unknown", `spec.resourceProfile ${profileName} is not in the GPU catalog: it is kept as the GPU name, which the catalog does not resolve`, profile.range, "notice");
    } else if (mapped === void 0) {
      ctx.note(
        "gpu-profile-unknown",
        `spec.resourceProfile ${profileName} is not a known KubeAI GPU profile (${Object.keys(KUBEAI_PROFILES).join(", ")}): it is kept as the GPU name; state the GPU with a known profile`,
        profile.range,
        "notice"
      );
    }
    gpu = { value: mapped ?? profileName, range: profile.range, path: `spec.resourceProfile (${profileName})` };
    if (countText === "") {
      ctx.note("gpu-count-assumed", `spec.resourceProfile ${profile.value} gives no GPU count: checked as 1 GPU; write ${profileName}:<count>`, profile.range, "notice");
      count = { value: 1, range: profile.range, path: "assumed: 1 GPU", via: { assumed: true } };
    } else {
      const n = parseWholeNumber(countText);
      if (n === void 0 || n < 1) {
        ctx.note("not-whole-number", `spec.resourceProfile count ${describeValue(countText)} is not a whole number of GPUs: ${ctx.name} is not checked`, profile.range, "warning");
      } else {
        count = { value: n, range: profile.range, path: "spec.resourceProfile (count)" };
      }
    }
  }
  const ollama = engine === "ollama" ? ollamaServer(ctx, spec) : void 0;
  if (!model || !count) return { deployments: [], notes: ctx.notes };
  const deployment = objectDeployment(ctx, FORMAT, model, gpu, count, serving);
  if (facts) {
    applyEngineFacts(deployment, facts);
    withEngineVersion(deployment, ctx.textAt("spec.image")?.value);
  } else if (ollama) {
    if (ollama.contextLength) deployment.contextLength = ollama.contextLength;
    if (ollama.parallel) deployment.concurrency = ollama.parallel;
    if (ollama.kvCache) deployment.kvCachePrecision = ollama.kvCache;
  } else {
    const precision = precisionFromModelName(model.value);
    if (precision) deployment.precision = { value: precision.precision, range: model.range, path: model.path };
  }
  return { deployments: [deployment], notes: ctx.notes };
}
function ollamaServer(ctx, spec) {
  const out = {};
  if (Array.isArray(spec.env)) {
    ctx.note("key-not-accepted", `spec.env is a list: a KubeAI Model takes its env as a map (OLLAMA_CONTEXT_LENGTH: "8192"), so it is not read`, ctx.keyRangeOf("spec.env"), "warning");
  }
  const env = new Map(envFromMap(ctx.document, spec.env, "spec.env").map((e) => [e.name, e]));
  const number = (name, unit) => {
    const e = env.get(name);
    if (!e) return void 0;
    const text = (e.value ?? "").trim().replace(/^["']|["']$/g, "").trim();
    const n = /^\d{1,10}$/.test(text) ? Number(text) : void 0;
    if (n === void 0 || n < 1) {
      ctx.note("not-whole-number", `${e.path} is ${describeValue(e.value)}, not a positive whole number of ${unit}: Ollama ignores it and its default applies`, e.range, "warning");
      return void 0;
    }
    return { value: n, range: e.range, path: e.path, via: { env: name } };
  };
  const contextLength = number("OLLAMA_CONTEXT_LENGTH", "tokens");
  if (contextLength) out.contextLength = contextLength;
  const parallel = number("OLLAMA_NUM_PARALLEL", "requests");
  if (parallel) out.parallel = parallel;
  const kv = env.get("OLLAMA_KV_CACHE_TYPE");
  if (kv) {
    const text = (kv.value ?? "").trim().toLowerCase();
    const precision = OLLAMA_KV_TYPES[text];
    const flash = /^(1|true)$/i.test(env.get("OLLAMA_FLASH_ATTENTION")?.value?.trim() ?? "");
    if (!precision) {
      ctx.note("precision-unknown", `${kv.path} is ${describeValue(kv.value)}, not a cache type Ollama knows (${Object.keys(OLLAMA_KV_TYPES).join(", ")}): an FP16 cache is checked`, kv.range, "warning");
    } else if (!flash && precision !== "fp16") {
      ctx.note(
        "setting-ignored",
        `${kv.path} is ${text}, which Ollama applies only with flash attention, and spec.env does not set OLLAMA_FLASH_ATTENTION: an FP16 cache is checked; set OLLAMA_FLASH_ATTENTION: "1" to have ${text} checked`,
        kv.range,
        "notice"
      );
    } else {
      out.kvCache = { value: precision, range: kv.range, path: kv.path, via: { env: "OLLAMA_KV_CACHE_TYPE" } };
    }
  }
  return out;
}
export {
  KUBEAI_MARKERS,
  adaptKubeAI
};
