import type { SourceRange } from "../base/findings.js";
import { pathSegments } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import { precisionFromModelName } from "../catalog/precision-from-name.js";
import { gpuLookup } from "../catalog/lookups.js";
import type { Precision } from "../physics/precision.js";
import { describeValue } from "../base/text.js";
import { envEntries } from "./env.js";
import { GPU_ANNOTATION, gpuCountOf, gpuFromPodSpec, gpuOfMig } from "./gpu-declaration.js";
import { objectContext, objectDeployment, type Adaptation, type ObjectContext } from "./kit.js";
import { firstFound, NO_REFERENCES, type ReferencedObject, type References } from "./references.js";
import { at, isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";

/**
 * NVIDIA NIM Operator `apps.nvidia.com/…` NIMService, read as one Deployment (format `nim`): the
 * model is the last segment of `spec.image.repository` (`nvcr.io/nim/meta/llama-3.1-8b-instruct` →
 * `llama-3.1-8b-instruct`, resolved later against the catalog's aliases); the GPU count from
 * `spec.resources` (gpuCountOf); the GPU type from the annotation llm-physics.dev/gpu,
 * `spec.nodeSelector` or `spec.affinity` (gpuFromPodSpec over `spec`); the context length from
 * the env `NIM_MAX_MODEL_LEN` in `spec.env`. When the NIMCache named by
 * `spec.storage.nimCache.name` is in the repository, the profile it caches gives the weight
 * precision (`spec.source.ngc.model.precision`), the tensor parallelism (`tensorParallelism`)
 * and, when the NIMService declares none, the GPU type (`gpus.product`).
 *
 * Replicas are copies, ignored. Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptNim accepts has this kind. */
export const NIM_MARKERS: readonly string[] = ["NIMService"];

const FORMAT = "nim";
const NIM_API_GROUP = "apps.nvidia.com/";

/** The deployment a NIMService serves; null when the document is not one. */
export function adaptNim(document: YamlDocument, file: string, absolutePath: string, references: References = NO_REFERENCES): Adaptation | null {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(NIM_API_GROUP) || kind !== "NIMService") return null;
  if (!isRecord(value.spec)) return null;
  return nimService(objectContext(document, file, absolutePath, kind), value.spec, references);
}

/** `nvcr.io/nim/meta/llama-3.1-8b-instruct[:tag][@digest]` → `llama-3.1-8b-instruct`. */
function modelFromImage(repository: string): string | undefined {
  let text = repository.trim().replace(/@.*$/, "");
  const slash = text.lastIndexOf("/");
  const colon = text.lastIndexOf(":");
  if (colon > slash) text = text.slice(0, colon);
  const last = text.replace(/\/+$/, "").split("/").pop() ?? "";
  return last === "" ? undefined : last;
}

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
    else ctx.note("precision-unknown", `${precision.path} is ${precision.text}, not a precision llm-physics knows (${Object.keys(NIM_PRECISIONS).join(", ")}): the model's own precision is checked`, precision.range, "notice");
  }
  const tp = located(`${model}.tensorParallelism`);
  if (tp) {
    const n = parseWholeNumber(tp.text);
    if (n !== undefined && n >= 1) profile.tensorParallel = { value: n, range: tp.range, path: tp.path };
    else ctx.note("not-whole-number", `${tp.path} is ${describeValue(tp.text)}, not a whole number`, tp.range, "warning");
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
  const name = ctx.textAt("spec.storage.nimCache.name");
  if (!name) return undefined;
  const namespace = scalarText(at(ctx.document.value, ["metadata", "namespace"]))?.trim() || undefined;
  const found = references.find("NIMCache", name.value, namespace);
  if (found.length === 0) {
    ctx.note(
      "cache-not-found",
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
  const repository = ctx.textAt("spec.image.repository");
  const name = repository ? modelFromImage(repository.value) : undefined;
  let model: Located<string> | undefined;
  if (repository && name) model = { value: name, range: repository.range, path: repository.path };
  else ctx.note("model-missing", `no model found for ${ctx.name}: set spec.image.repository (nvcr.io/nim/<org>/<model>); ${ctx.name} is not checked`, specKey, "warning");

  const cache = findCache(ctx, references);
  const profile = cache ? cacheProfile(ctx, cache) : undefined;
  const declaration = gpuFromPodSpec(ctx.document, "spec", "metadata", specKey);
  if (profile?.gpu) {
    const cached = gpuLookup.find(profile.gpu.value)?.id;
    if (!declaration.gpu) {
      declaration.gpu = profile.gpu;
      declaration.notes = declaration.notes.filter((n) => n.code !== "gpu-type-missing");
    } else if (cached !== undefined && gpuLookup.find(declaration.gpu.value)?.id !== cached) {
      ctx.note(
        "cache-gpu-mismatch",
        `${profile.label} caches a profile for ${profile.gpu.value} (${profile.gpu.path}), but ${ctx.name} runs on ${declaration.gpu.value}: NIM picks the profile for the GPU it runs on, which the cache may not hold; checked on ${declaration.gpu.value}`,
        declaration.gpu.range,
        "warning",
      );
    }
  }
  const counted = gpuCountOf(ctx.document, "spec");
  for (const n of declaration.notes) {
    // gpuFromPodSpec counts containers; a NIMService has none, its count is spec.resources.
    if (n.code === "gpu-count-missing" || n.code === "gpu-count-from-instance-type" || n.code === "gpu-count-from-node-label") continue;
    if (n.code === "gpu-type-missing") {
      if (counted.mig) continue;
      ctx.note(n.code, `${n.message} (for a NIMService: the annotation ${GPU_ANNOTATION} under metadata.annotations, or spec.nodeSelector)`, n.range, n.severity);
    } else {
      ctx.add(n);
    }
  }
  // MIG devices in spec.resources make the GPU their profile.
  let gpu = declaration.gpu;
  if (counted.mig && !(gpu && /-MIG-|^mig-/i.test(gpu.value))) {
    const sliced = gpuOfMig(counted.mig, gpu);
    gpu = sliced.gpu;
    ctx.add(...sliced.notes);
  }

  // spec.resources, counted as a container's; a count that cannot be read is a warning here.
  for (const n of counted.notes) ctx.add(n.code === "not-whole-number" ? { ...n, severity: "warning" } : n);
  let count = counted.count;
  if (!count) {
    const tp = profile?.tensorParallel;
    const assumed = tp ? `${tp.value} GPU${tp.value === 1 ? "" : "s"}, the cached profile's tensor parallelism` : "1 GPU";
    ctx.note("gpu-count-assumed", `no GPU count is declared for ${ctx.name}: checked as ${assumed}; add spec.resources.limits nvidia.com/gpu`, specKey, "notice");
    count = tp
      ? { value: tp.value, range: tp.range, path: "assumed: the cached profile's tensor parallelism", via: { assumed: true } }
      : { value: 1, range: declaration.gpu?.range ?? specKey, path: "assumed: 1 GPU", via: { assumed: true } };
  }

  // NIM_MAX_MODEL_LEN: the context length NIM serves with.
  let contextLength: Located<number> | undefined;
  for (const { name, entryPath, valuePath, raw, fromValueFrom } of envEntries(spec.env, "spec.env")) {
    if (name !== "NIM_MAX_MODEL_LEN") continue;
    if (fromValueFrom) {
      ctx.note("env-var-from-secret", `${entryPath} NIM_MAX_MODEL_LEN is set with valueFrom, which is not read: the model's full context is checked`, ctx.rangeOf(entryPath), "notice");
      continue;
    }
    const n = parseWholeNumber(raw);
    if (n === undefined || n < 1) {
      ctx.note("not-whole-number", `${valuePath} (NIM_MAX_MODEL_LEN) is ${describeValue(raw)}, not a whole number of tokens`, ctx.rangeOf(valuePath, ctx.rangeOf(entryPath)), "warning");
      continue;
    }
    contextLength = { value: n, range: ctx.rangeOf(valuePath), path: `${valuePath} (NIM_MAX_MODEL_LEN)`, via: { env: name } };
  }

  if (!model) return { deployments: [], notes: ctx.notes };
  const deployment = objectDeployment(ctx, FORMAT, model, gpu, count, specKey, declaration.nodeLabels);
  if (contextLength) deployment.contextLength = contextLength;
  const precision = precisionFromModelName(model.value);
  if (profile?.precision) deployment.precision = profile.precision;
  else if (precision) deployment.precision = { value: precision.precision, range: model.range, path: model.path };
  if (profile?.tensorParallel) {
    deployment.tensorParallel = profile.tensorParallel;
  }
  return { deployments: [deployment], notes: ctx.notes };
}
