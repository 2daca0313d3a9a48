import type { Located } from "../base/deployment.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import { precisionFromModelName } from "../catalog/precision-from-name.js";
import { describeValue } from "../base/text.js";
import { argItems } from "./container.js";
import { applyEngineFacts, readEngineArgs, type ArgItem, type EngineFacts } from "./engine-args.js";
import { modelFromUri, objectContext, objectDeployment, withEngineVersion, type Adaptation, type ObjectContext } from "./kit.js";
import { isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";
import { envFromMap } from "./env.js";
import { DECLARE_IN_CONFIG } from "./gpu-declaration.js";
import type { Precision } from "../physics/precision.js";

/**
 * KubeAI `kubeai.org/…` Model, read as one Deployment (format `kubeai`): the model from `spec.url`
 * (`hf://org/name` → `org/name`; `ollama://name:tag` as written, without KubeAI's `?pull=`/
 * `?insecure=` options, for the catalog's Ollama rules: the tag's GGUF quantization, Ollama's
 * context; `pvc://claim?model=name:tag` under OLlama → `ollama://name:tag`; other URIs as
 * written), the GPU type and count from `spec.resourceProfile` (`nvidia-gpu-l4:1`), vLLM's flags
 * from `spec.args` when `spec.engine` is VLLM (its version from `spec.image`, when the Model
 * names the image rather than leaving it to the resource profile); for OLlama, the server's env in `spec.env`
 * (`OLLAMA_CONTEXT_LENGTH`, `OLLAMA_NUM_PARALLEL`, `OLLAMA_KV_CACHE_TYPE`). Speech and embedding
 * engines (FasterWhisper, Infinity) and models whose `features` do not include TextGeneration are
 * not LLMs: null.
 *
 * Replicas are copies, ignored. Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptKubeAI accepts has this in its apiVersion. */
export const KUBEAI_MARKERS: readonly string[] = ["kubeai.org"];

const FORMAT = "kubeai";
const KUBEAI_API_GROUP = "kubeai.org/";

/** KubeAI resource profile names → catalog GPU ids; null for profiles known not to be checked. */
const KUBEAI_PROFILES: Record<string, string | null> = {
  "nvidia-gpu-l4": "L4",
  "nvidia-gpu-h100": "H100-SXM",
  "nvidia-gpu-a100-80gb": "A100-80GB",
  "nvidia-gpu-a100-40gb": "A100-40GB",
  "nvidia-gpu-gh200": null,
};

/** KubeAI engines that do not serve a text-generation LLM. */
const NON_LLM_ENGINES = new Set(["fasterwhisper", "infinity"]);

/** The deployment a KubeAI Model serves; null when the document is not one, or does not serve an LLM. */
export function adaptKubeAI(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(KUBEAI_API_GROUP) || kind !== "Model") return null;
  if (!isRecord(value.spec)) return null;
  return kubeAIModel(objectContext(document, file, absolutePath, kind), value.spec);
}

/**
 * `hf://org/name[:revision]` → `org/name`; `ollama://name:tag` stays as written, so that the
 * model is read as Ollama serves it (the tag's GGUF quantization, Ollama's context); other URIs
 * as written.
 */
function modelFromUrl(url: Located<string>, ollama: boolean): Located<string> {
  const text = url.value.trim();
  // KubeAI's options (`?pull=false`, `?insecure=true`, `?model=`) are KubeAI's, not the model's.
  const [base = text, query = ""] = text.split("?", 2);
  if (/^ollama:\/\//i.test(base)) return { ...url, value: base };
  // An Ollama model kept on a volume: `pvc://claim?model=qwen2:0.5b` serves `qwen2:0.5b`.
  const named = ollama && /^pvc:\/\//i.test(base) ? new URLSearchParams(query).get("model")?.trim() : undefined;
  if (named) return { ...url, value: `ollama://${named}` };
  return modelFromUri(url);
}

/** Ollama's KV cache types (`OLLAMA_KV_CACHE_TYPE`) and the precision each stores. */
const OLLAMA_KV_TYPES: Record<string, Precision> = { f16: "fp16", q8_0: "int8", q4_0: "int4" };

function kubeAIModel(ctx: ObjectContext, spec: Json): Adaptation | null {
  const specKey = ctx.keyRangeOf("spec");
  const engineText = scalarText(spec.engine)?.trim();
  const engine = engineText?.toLowerCase();
  if (engine !== undefined && NON_LLM_ENGINES.has(engine)) return null;
  // An embedding or speech model (features without TextGeneration) is not an LLM deployment.
  if (Array.isArray(spec.features) && spec.features.length > 0 && !spec.features.some((f: unknown) => scalarText(f)?.trim() === "TextGeneration")) return null;

  const url = ctx.textAt("spec.url");
  const model = url ? modelFromUrl(url, engine === "ollama") : undefined;
  if (!model) ctx.note("model-missing", `no model found for ${ctx.name}: set spec.url (hf://org/name); ${ctx.name} is not checked`, specKey, "warning");

  // The engine's flags: vLLM's are read as a `vllm serve` command line.
  const args = argItems(ctx.document, spec.args, "spec.args");
  const serving = args.length > 0 ? ctx.keyRangeOf("spec.args", specKey) : specKey;
  let facts: EngineFacts | null = null;
  if (engine === "vllm") {
    const entry: ArgItem[] = [
      { text: "vllm", range: serving, path: "spec.engine (entrypoint)" },
      { text: "serve", range: serving, path: "spec.engine (entrypoint)" },
    ];
    // The model spec.url names, passed to the engine as --model, keeps its own place.
    const injected: ArgItem[] = model
      ? [
          { text: "--model", range: model.range, path: model.path, via: { key: "url" } },
          { text: model.value, range: model.range, path: model.path, via: { key: "url" } },
        ]
      : [];
    facts = readEngineArgs(entry, [...args, ...injected], []);
    ctx.add(...(facts?.problems ?? []));
  } else if (engineText !== undefined && args.length > 0) {
    ctx.note("engine-args-not-read", `spec.engine is ${engineText}: its spec.args are not read, only vLLM's are`, serving, "notice");
  }

  // spec.resourceProfile `<profile>:<count>`. A profile the catalog does not map is kept as the GPU
  // name, for the unknown-gpu rule to report with suggestions; without one, no GPU type.
  const profile = ctx.textAt("spec.resourceProfile");
  let gpu: Located<string> | undefined;
  let count: Located<number> | undefined;
  if (!profile) {
    ctx.note(
      "gpu-type-missing",
      `no spec.resourceProfile: the GPU of ${ctx.name} is not known, so it is checked for the memory it needs per GPU, not against a GPU; set e.g. nvidia-gpu-l4:1, ${DECLARE_IN_CONFIG}`,
      specKey,
      "notice",
    );
    count = { value: 1, range: specKey, path: "assumed: 1 GPU", via: { assumed: true } };
  } else {
    const colon = profile.value.lastIndexOf(":");
    const profileName = (colon >= 0 ? profile.value.slice(0, colon) : profile.value).trim();
    const countText = colon >= 0 ? profile.value.slice(colon + 1).trim() : "";
    const mapped = Object.prototype.hasOwnProperty.call(KUBEAI_PROFILES, profileName) ? KUBEAI_PROFILES[profileName] : undefined;
    if (mapped === null) {
      ctx.note("gpu-profile-unknown", `spec.resourceProfile ${profileName} is not in the GPU catalog: it is kept as the GPU name, which the catalog does not resolve`, profile.range, "notice");
    } else if (mapped === undefined) {
      ctx.note(
        "gpu-profile-unknown",
        `spec.resourceProfile ${profileName} is not a known KubeAI GPU profile (${Object.keys(KUBEAI_PROFILES).join(", ")}): it is kept as the GPU name; state the GPU with a known profile`,
        profile.range,
        "notice",
      );
    }
    gpu = { value: mapped ?? profileName, range: profile.range, path: `spec.resourceProfile (${profileName})` };
    if (countText === "") {
      ctx.note("gpu-count-assumed", `spec.resourceProfile ${profile.value} gives no GPU count: checked as 1 GPU; write ${profileName}:<count>`, profile.range, "notice");
      count = { value: 1, range: profile.range, path: "assumed: 1 GPU", via: { assumed: true } };
    } else {
      const n = parseWholeNumber(countText);
      if (n === undefined || n < 1) {
        ctx.note("not-whole-number", `spec.resourceProfile count ${describeValue(countText)} is not a whole number of GPUs: ${ctx.name} is not checked`, profile.range, "warning");
      } else {
        count = { value: n, range: profile.range, path: "spec.resourceProfile (count)" };
      }
    }
  }

  const ollama = engine === "ollama" ? ollamaServer(ctx, spec) : undefined;
  if (!model || !count) return { deployments: [], notes: ctx.notes };
  const deployment = objectDeployment(ctx, FORMAT, model, gpu, count, serving);
  if (facts) {
    applyEngineFacts(deployment, facts);
    // The engine's version: spec.image when the Model names one (else KubeAI's resource profile picks the image, which is not in the manifest).
    withEngineVersion(deployment, ctx.textAt("spec.image")?.value);
  } else if (ollama) {
    // The Ollama tag says the weights' quantization; the catalog's Ollama rules read it.
    if (ollama.contextLength) deployment.contextLength = ollama.contextLength;
    if (ollama.parallel) deployment.concurrency = ollama.parallel;
    if (ollama.kvCache) deployment.kvCachePrecision = ollama.kvCache;
  } else {
    const precision = precisionFromModelName(model.value);
    if (precision) deployment.precision = { value: precision.precision, range: model.range, path: model.path };
  }
  return { deployments: [deployment], notes: ctx.notes };
}

interface OllamaServer {
  contextLength?: Located<number>;
  parallel?: Located<number>;
  kvCache?: Located<Precision>;
}

/**
 * What the Ollama server's env in `spec.env` says (KubeAI passes it to the server): the context
 * every request gets (`OLLAMA_CONTEXT_LENGTH`, an unsigned integer; 0 or junk leaves Ollama's
 * default), the requests served at once, each with that context allocated
 * (`OLLAMA_NUM_PARALLEL`), and the KV cache's type (`OLLAMA_KV_CACHE_TYPE`, which Ollama applies
 * with flash attention only).
 */
function ollamaServer(ctx: ObjectContext, spec: Json): OllamaServer {
  const out: OllamaServer = {};
  if (Array.isArray(spec.env)) {
    ctx.note("key-not-accepted", `spec.env is a list: a KubeAI Model takes its env as a map (OLLAMA_CONTEXT_LENGTH: "8192"), so it is not read`, ctx.keyRangeOf("spec.env"), "warning");
  }
  const env = new Map(envFromMap(ctx.document, spec.env, "spec.env").map((e) => [e.name, e]));
  const number = (name: string, unit: string): Located<number> | undefined => {
    const e = env.get(name);
    if (!e) return undefined;
    const text = (e.value ?? "").trim().replace(/^["']|["']$/g, "").trim();
    const n = /^\d{1,10}$/.test(text) ? Number(text) : undefined;
    if (n === undefined || n < 1) {
      ctx.note("not-whole-number", `${e.path} is ${describeValue(e.value)}, not a positive whole number of ${unit}: Ollama ignores it and its default applies`, e.range, "warning");
      return undefined;
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
        "notice",
      );
    } else {
      out.kvCache = { value: precision, range: kv.range, path: kv.path, via: { env: "OLLAMA_KV_CACHE_TYPE" } };
    }
  }
  return out;
}
