import { dirname } from "node:path";
import type { SourceRange } from "../base/findings.js";
import { joinPath, pathSegments, type YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import { precisionFromModelName } from "../catalog/precision-from-name.js";
import { applyEngineFacts, readEngineArgs, type ArgItem, type EngineFacts } from "./engine-args.js";
import { containerGpuCount } from "./container.js";
import { GPU_ANNOTATION, gpuFromPodSpec } from "./gpu-declaration.js";
import { objectContext, type Adaptation, type ObjectContext } from "./kit.js";
import type { Deployment } from "../base/deployment.js";
import { firstFound, NO_REFERENCES, type ReferencedObject, type References } from "./references.js";
import { at, isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";
import { gpuLookup } from "../catalog/lookups.js";
import type { Precision } from "../physics/precision.js";
import { describeValue } from "../base/text.js";

/**
 * Two operators' custom resources that serve an LLM, each read as one Deployment:
 *
 * - NVIDIA NIM Operator `apps.nvidia.com/…` NIMService (format `nim`): the model is the last
 *   segment of `spec.image.repository` (`nvcr.io/nim/meta/llama-3.1-8b-instruct` →
 *   `llama-3.1-8b-instruct`, resolved later against the catalog's aliases); the GPU count from
 *   `spec.resources` (limits, else requests); the GPU type from the annotation llm-physics.dev/gpu,
 *   `spec.nodeSelector` or `spec.affinity` (gpuFromPodSpec over `spec`); the context length from
 *   the env `NIM_MAX_MODEL_LEN` in `spec.env`. When the NIMCache named by
 *   `spec.storage.nimCache.name` is in the repository, the profile it caches gives the weight
 *   precision (`spec.source.ngc.model.precision`), the tensor parallelism (`tensorParallelism`)
 *   and, when the NIMService declares none, the GPU type (`gpus.product`).
 * - KubeAI `kubeai.org/…` Model (format `kubeai`): the model from `spec.url` (`hf://org/name` →
 *   `org/name`, `ollama://name` → `name`, other URIs as written), the GPU type and count from
 *   `spec.resourceProfile` (`nvidia-gpu-l4:1`), vLLM's flags from `spec.args` when `spec.engine`
 *   is VLLM. Speech and embedding engines (FasterWhisper, Infinity) are not LLMs: null.
 *
 * Replicas are copies, ignored. Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptNimKubeAI accepts contains one of these (its kind, or its apiVersion). */
export const NIM_KUBEAI_MARKERS: readonly string[] = ["NIMService", "kubeai.org"];

const NIM_API_GROUP = "apps.nvidia.com/";
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



/**
 * The deployment a NIMService or a KubeAI Model serves; null when the document is neither, or
 * does not serve an LLM.
 */
export function adaptNimKubeAI(document: YamlDocument, file: string, absolutePath: string, references: References = NO_REFERENCES): Adaptation | null {
  const value = document.value;
  if (!isRecord(value)) return null;
  const apiVersion = value.apiVersion;
  const kind = value.kind;
  if (typeof apiVersion !== "string" || typeof kind !== "string") return null;
  const isNim = apiVersion.startsWith(NIM_API_GROUP) && kind === "NIMService";
  const isKubeAI = apiVersion.startsWith(KUBEAI_API_GROUP) && kind === "Model";
  if (!isNim && !isKubeAI) return null;
  if (!isRecord(value.spec)) return null;

  const ctx = objectContext(document, file, absolutePath, kind);

  return isNim ? nimService(ctx, value.spec, references) : kubeAIModel(ctx, value.spec);
}

function locatedText(ctx: ObjectContext, path: string): Located<string> | undefined {
  const text = scalarText(at(ctx.document.value, path.split(".")));
  if (text === undefined || text.trim() === "") return undefined;
  return { value: text.trim(), range: ctx.rangeOf(path), path };
}

function base(ctx: ObjectContext, format: string, model: Located<string>, gpu: Located<string>, gpuCount: Located<number>, serving: SourceRange): Deployment {
  return {
    name: ctx.name,
    file: ctx.file,
    baseDir: dirname(ctx.absolutePath),
    format,
    range: ctx.deploymentRange,
    model,
    gpu,
    gpuCount,
    policy: {},
    anchors: { hardware: gpuCount.range, model: model.range, serving },
  };
}

// ---------------------------------------------------------------------------------------------
// NIMService

/** `nvcr.io/nim/meta/llama-3.1-8b-instruct[:tag][@digest]` → `llama-3.1-8b-instruct`. */
function modelFromImage(repository: string): string | undefined {
  let text = repository.trim().replace(/@.*$/, "");
  const slash = text.lastIndexOf("/");
  const colon = text.lastIndexOf(":");
  if (colon > slash) text = text.slice(0, colon);
  const last = text.replace(/\/+$/, "").split("/").pop() ?? "";
  return last === "" ? undefined : last;
}

// ---------------------------------------------------------------------------------------------
// NIMCache: the model profile a NIMService serves

/** NIM profile precisions → the weight precision they store. */
const NIM_PRECISIONS: Record<string, Precision> = {
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
  mxfp4: "fp4",
};

interface CacheProfile {
  label: string;
  precision?: Located<Precision>;
  tensorParallel?: Located<number>;
  gpu?: Located<string>;
}

/** What the NIMCache says of the profile it caches, each value located in the cache's file. */
function cacheProfile(ctx: ObjectContext, cache: ReferencedObject): CacheProfile {
  const label = `NIMCache ${cache.name}`;
  const doc = cache.document;
  const located = (path: string): { text: string; range: SourceRange; path: string } | undefined => {
    const text = scalarText(at(doc.value, pathSegments(path)))?.trim();
    if (!text) return undefined;
    return { text, range: doc.ranges.get(path)?.value ?? doc.range, path: `${label} ${path}` };
  };
  const profile: CacheProfile = { label };
  const model = "spec.source.ngc.model";
  const precision = located(`${model}.precision`);
  if (precision) {
    const value = NIM_PRECISIONS[precision.text.toLowerCase()];
    if (value) profile.precision = { value, range: precision.range, path: precision.path };
    else ctx.note(`${precision.path} is ${precision.text}, not a precision llm-physics knows (${Object.keys(NIM_PRECISIONS).join(", ")}): the model's own precision is checked`, precision.range, "notice");
  }
  const tp = located(`${model}.tensorParallelism`);
  if (tp) {
    const n = parseWholeNumber(tp.text);
    if (n !== undefined && n >= 1) profile.tensorParallel = { value: n, range: tp.range, path: tp.path };
    else ctx.note(`${tp.path} is ${describeValue(tp.text)}, not a whole number`, tp.range, "warning");
  }
  // `gpus` is one {product, ids} or a list of them.
  const gpus = at(doc.value, ["spec", "source", "ngc", "model", "gpus"]);
  const product = Array.isArray(gpus) ? located(`${model}.gpus[0].product`) : isRecord(gpus) ? located(`${model}.gpus.product`) : undefined;
  if (product) {
    // As written (`h100`), unless only its dashed spelling resolves (`h100_nvl` → `h100-nvl`).
    const dashed = product.text.replace(/_/g, "-");
    const value = gpuLookup.find(product.text) || !gpuLookup.find(dashed) ? product.text : dashed;
    profile.gpu = { value, range: product.range, path: product.path };
  }
  return profile;
}

/** The NIMCache `spec.storage.nimCache.name` names, when it is in the files checked. */
function findCache(ctx: ObjectContext, references: References): ReferencedObject | undefined {
  const name = locatedText(ctx, "spec.storage.nimCache.name");
  if (!name) return undefined;
  const namespace = scalarText(at(ctx.document.value, ["metadata", "namespace"]))?.trim() || undefined;
  const found = references.find("NIMCache", name.value, namespace);
  if (found.length === 0) {
    ctx.note(
      `${name.path} is ${name.value}, a NIMCache not found in the files checked: the profile it caches (precision, tensor parallelism, GPU) is not read; check the NIMCache's file together with this one`,
      name.range,
      "notice",
    );
    return undefined;
  }
  return firstFound(found, name, ctx.note);
}

function nimService(ctx: ObjectContext, spec: Json, references: References): Adaptation {
  const specKey = ctx.keyRangeOf("spec");
  const repository = locatedText(ctx, "spec.image.repository");
  const name = repository ? modelFromImage(repository.value) : undefined;
  let model: Located<string> | undefined;
  if (repository && name) model = { value: name, range: repository.range, path: repository.path };
  else ctx.note(`no model found for ${ctx.name}: set spec.image.repository (nvcr.io/nim/<org>/<model>); ${ctx.name} is not checked`, specKey, "warning");

  const cache = findCache(ctx, references);
  const profile = cache ? cacheProfile(ctx, cache) : undefined;
  const declaration = gpuFromPodSpec(ctx.document, "spec", "metadata");
  if (profile?.gpu) {
    const cached = gpuLookup.find(profile.gpu.value)?.id;
    if (!declaration.gpu) {
      declaration.gpu = profile.gpu;
      declaration.notes = declaration.notes.filter((n) => !n.startsWith("no GPU type is declared"));
    } else if (cached !== undefined && gpuLookup.find(declaration.gpu.value)?.id !== cached) {
      ctx.note(
        `${profile.label} caches a profile for ${profile.gpu.value} (${profile.gpu.path}), but ${ctx.name} runs on ${declaration.gpu.value}: NIM picks the profile for the GPU it runs on, which the cache may not hold; checked on ${declaration.gpu.value}`,
        declaration.gpu.range,
        "warning",
      );
    }
  }
  for (const text of declaration.notes) {
    // gpuFromPodSpec counts containers; a NIMService has none, its count is spec.resources.
    if (text.startsWith("no GPU count is declared") || text.startsWith("no container asks for")) continue;
    const message = text.startsWith("no GPU type is declared")
      ? `${text} (for a NIMService: the annotation ${GPU_ANNOTATION} under metadata.annotations, or spec.nodeSelector)`
      : text;
    ctx.note(message, declaration.gpu?.range ?? specKey, "notice");
  }

  let count = containerGpuCount(ctx.document, spec, "spec", (message, range) => ctx.note(message, range, "warning"));
  if (!count) {
    const tp = profile?.tensorParallel;
    const assumed = tp ? `${tp.value} GPU${tp.value === 1 ? "" : "s"}, the cached profile's tensor parallelism` : "1 GPU";
    ctx.note(`no GPU count is declared for ${ctx.name}: checked as ${assumed}; add spec.resources.limits nvidia.com/gpu`, specKey, "notice");
    count = tp ? { value: tp.value, range: tp.range, path: "assumed: the cached profile's tensor parallelism" } : { value: 1, range: declaration.gpu?.range ?? specKey, path: "assumed: 1 GPU" };
  }

  // NIM_MAX_MODEL_LEN: the context length NIM serves with.
  let contextLength: Located<number> | undefined;
  const env = at(spec, ["env"]);
  if (Array.isArray(env)) {
    env.forEach((entry: unknown, i) => {
      if (!isRecord(entry) || entry.name !== "NIM_MAX_MODEL_LEN") return;
      const entryPath = joinPath(joinPath("spec", "env"), i);
      if (entry.valueFrom !== undefined && entry.valueFrom !== null) {
        ctx.note(`${entryPath} NIM_MAX_MODEL_LEN is set with valueFrom, which is not read: the model's full context is checked`, ctx.rangeOf(entryPath), "notice");
        return;
      }
      const valuePath = joinPath(entryPath, "value");
      const n = parseWholeNumber(entry.value);
      if (n === undefined || n < 1) {
        ctx.note(`${valuePath} (NIM_MAX_MODEL_LEN) is ${describeValue(entry.value)}, not a whole number of tokens`, ctx.rangeOf(valuePath, ctx.rangeOf(entryPath)), "warning");
        return;
      }
      contextLength = { value: n, range: ctx.rangeOf(valuePath), path: `${valuePath} (NIM_MAX_MODEL_LEN)` };
    });
  }

  if (!model || !declaration.gpu) return { deployments: [], notes: ctx.notes };
  const deployment = base(ctx, "nim", model, declaration.gpu, count, specKey);
  if (contextLength) deployment.contextLength = contextLength;
  const precision = precisionFromModelName(model.value);
  if (profile?.precision) deployment.precision = profile.precision;
  else if (precision) deployment.precision = { value: precision.precision, range: model.range, path: model.path };
  if (profile?.tensorParallel) {
    deployment.tensorParallel = profile.tensorParallel;
    deployment.anchors.parallelism = profile.tensorParallel.range;
  }
  return { deployments: [deployment], notes: ctx.notes };
}

// ---------------------------------------------------------------------------------------------
// KubeAI Model

/** `hf://org/name[:revision]` → `org/name`; `ollama://name` → `name`; other URIs as written. */
function modelFromUrl(url: Located<string>): Located<string> {
  const text = url.value.trim();
  const hf = /^hf:\/\/([^:]+?)\/*(?::[^/]*)?$/.exec(text);
  if (hf) return { value: hf[1]!, range: url.range, path: url.path };
  const ollama = /^ollama:\/\/(.+)$/.exec(text);
  if (ollama) return { value: ollama[1]!, range: url.range, path: url.path };
  return { value: text, range: url.range, path: url.path };
}

function kubeAIModel(ctx: ObjectContext, spec: Json): Adaptation | null {
  const specKey = ctx.keyRangeOf("spec");
  const engineText = scalarText(spec.engine)?.trim();
  const engine = engineText?.toLowerCase();
  if (engine !== undefined && NON_LLM_ENGINES.has(engine)) return null;

  const url = locatedText(ctx, "spec.url");
  const model = url ? modelFromUrl(url) : undefined;
  if (!model) ctx.note(`no model found for ${ctx.name}: set spec.url (hf://org/name); ${ctx.name} is not checked`, specKey, "warning");

  // The engine's flags: vLLM's are read as a `vllm serve` command line.
  const args: ArgItem[] = [];
  if (Array.isArray(spec.args)) {
    spec.args.forEach((item: unknown, i) => {
      const text = scalarText(item);
      if (text === undefined) return;
      const path = joinPath("spec.args", i);
      args.push({ text, range: ctx.rangeOf(path), path });
    });
  }
  const serving = args.length > 0 ? ctx.keyRangeOf("spec.args", specKey) : specKey;
  let facts: EngineFacts | null = null;
  if (engine === "vllm") {
    const entry: ArgItem[] = [
      { text: "vllm", range: serving, path: "spec.engine (entrypoint)" },
      { text: "serve", range: serving, path: "spec.engine (entrypoint)" },
    ];
    const injected: ArgItem[] = model
      ? [
          { text: "--model", range: model.range, path: model.path },
          { text: model.value, range: model.range, path: model.path },
        ]
      : [];
    facts = readEngineArgs(entry, [...args, ...injected], []);
    for (const problem of facts?.problems ?? []) ctx.note(problem.message, problem.range, "warning");
  } else if (engineText !== undefined && args.length > 0) {
    ctx.note(`spec.engine is ${engineText}: its spec.args are not read, only vLLM's are`, serving, "notice");
  }

  // spec.resourceProfile `<profile>:<count>`.
  const profile = locatedText(ctx, "spec.resourceProfile");
  let gpu: Located<string> | undefined;
  let count: Located<number> | undefined;
  if (!profile) {
    ctx.note(`no spec.resourceProfile: the GPU of ${ctx.name} is not known (set e.g. nvidia-gpu-l4:1); ${ctx.name} is not checked`, specKey, "notice");
  } else {
    const colon = profile.value.lastIndexOf(":");
    const profileName = (colon >= 0 ? profile.value.slice(0, colon) : profile.value).trim();
    const countText = colon >= 0 ? profile.value.slice(colon + 1).trim() : "";
    const mapped = Object.prototype.hasOwnProperty.call(KUBEAI_PROFILES, profileName) ? KUBEAI_PROFILES[profileName] : undefined;
    if (mapped === null) {
      ctx.note(`spec.resourceProfile ${profileName} is not in the GPU catalog: ${ctx.name} is not checked`, profile.range, "notice");
    } else if (mapped === undefined) {
      ctx.note(
        `spec.resourceProfile ${profileName} is not a known KubeAI GPU profile (${Object.keys(KUBEAI_PROFILES).join(", ")}): ${ctx.name} is not checked; state the GPU with a known profile`,
        profile.range,
        "notice",
      );
    } else {
      gpu = { value: mapped, range: profile.range, path: `spec.resourceProfile (${profileName})` };
      if (countText === "") {
        ctx.note(`spec.resourceProfile ${profile.value} gives no GPU count: checked as 1 GPU; write ${profileName}:<count>`, profile.range, "notice");
        count = { value: 1, range: profile.range, path: "assumed: 1 GPU" };
      } else {
        const n = parseWholeNumber(countText);
        if (n === undefined || n < 1) {
          ctx.note(`spec.resourceProfile count ${describeValue(countText)} is not a whole number of GPUs: ${ctx.name} is not checked`, profile.range, "warning");
          gpu = undefined;
        } else {
          count = { value: n, range: profile.range, path: "spec.resourceProfile (count)" };
        }
      }
    }
  }

  if (!model || !gpu || !count) return { deployments: [], notes: ctx.notes };
  const deployment = base(ctx, "kubeai", model, gpu, count, serving);
  if (facts) {
    applyEngineFacts(deployment, facts);
    // The model named by spec.url is passed to the engine as --model: keep its own path.
    if (deployment.precision?.path === `${model.path} (--model)`) deployment.precision.path = model.path;
  } else {
    const precision = precisionFromModelName(model.value);
    if (precision) deployment.precision = { value: precision.precision, range: model.range, path: model.path };
  }
  return { deployments: [deployment], notes: ctx.notes };
}
