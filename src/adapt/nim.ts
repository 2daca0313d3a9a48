import type { SourceRange } from "../base/findings.js";
import { pathSegments } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import { precisionFromModelName } from "../catalog/precision-from-name.js";
import { gpuLookup } from "../catalog/lookups.js";
import type { Precision } from "../physics/precision.js";
import { describeValue } from "../base/text.js";
import { argItems } from "./container.js";
import { applyEngineFacts, readEngineArgs, type ArgItem, type EngineFacts, type EngineProblem, type EnvVar } from "./engine-args.js";
import { envFromList } from "./env.js";
import { GPU_ANNOTATION, gpuCountOf, gpuFromPodSpec, gpuOfMig } from "./gpu-declaration.js";
import { modelFromUri, objectContext, objectDeployment, type Adaptation, type ObjectContext } from "./kit.js";
import type { NoteCode } from "./notes.js";
import { firstFound, NO_REFERENCES, type ReferencedObject, type References } from "./references.js";
import { at, isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";

/**
 * NVIDIA NIM Operator `apps.nvidia.com/…` NIMService, read as one Deployment (format `nim`): the
 * model is the last segment of `spec.image.repository` (`nvcr.io/nim/meta/llama-3.1-8b-instruct` →
 * `llama-3.1-8b-instruct`, resolved later against the catalog's aliases); the GPU count from
 * `spec.resources` (gpuCountOf); the GPU type from the annotation llm-physics.dev/gpu,
 * `spec.nodeSelector` or `spec.affinity` (gpuFromPodSpec over `spec`); the context length,
 * tensor and pipeline parallelism, engine cap on sequences and a readable profile's precision from
 * `spec.env` and `spec.args` as any NIM container's (readNimContainer, below: NIM_MAX_MODEL_LEN,
 * NIM_TENSOR_PARALLEL_SIZE, NIM_MODEL_PROFILE…). When the NIMCache named by
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

// ---------------------------------------------------------------------------------------------
// NIM images wherever they run: a NIMService, a Kubernetes container, a KServe runtime, dstack

/**
 * The registry path of NVIDIA's NIM images (`nvcr.io/nim/<org>/<model>:<tag>`): a document read
 * for a NIM image contains it, so the other formats' readers take it as a marker.
 */
export const NIM_IMAGE_MARKER = "nvcr.io/nim/";

/** Whether an image is one of NVIDIA's NIM images (`nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3.3`). */
export function isNimImage(image: string): boolean {
  return image.includes(NIM_IMAGE_MARKER);
}

/** The last segment of an image name without tag or digest: `nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3@sha256:…` → `llama-3.1-8b-instruct`. */
function imageName(image: string): string | undefined {
  let text = image.trim().replace(/@.*$/, "");
  const slash = text.lastIndexOf("/");
  const colon = text.lastIndexOf(":");
  if (colon > slash) text = text.slice(0, colon);
  const last = text.replace(/\/+$/, "").split("/").pop() ?? "";
  return last === "" ? undefined : last;
}

/**
 * The multi-LLM (model-free) NIM, `nvcr.io/nim/nvidia/llm-nim`: its image names no model, the
 * model comes from NIM_MODEL_NAME (NIM 1.x) or NIM_MODEL_PATH (NIM 2.x), or the command line.
 */
function isModelFreeImage(image: string): boolean {
  return imageName(image)?.toLowerCase() === "llm-nim";
}

/**
 * The model a model-specific NIM image serves, as the catalog's aliases name it:
 * `nvcr.io/nim/meta/llama-3.1-8b-instruct[:tag][@digest]` → `llama-3.1-8b-instruct`; undefined
 * for the model-free `llm-nim` image, whose name is no model.
 */
export function modelFromNimImage(image: string): string | undefined {
  return isModelFreeImage(image) ? undefined : imageName(image);
}

/** How to name the model of a NIM container whose env is declared at `envKey`. */
function howToNameModel(envKey: string): string {
  return `run a model-specific NIM image (nvcr.io/nim/<org>/<model>:<tag>), or set NIM_MODEL_NAME (NIM 1.x) or NIM_MODEL_PATH (NIM 2.x) to hf://<org>/<model> in ${envKey}`;
}

/** The NIM env variables that set a number NIM passes to its engine, with the fact each sets. */
const NIM_NUMBER_ENV = [
  ["NIM_MAX_MODEL_LEN", "maxContextLength", "tokens"],
  ["NIM_TENSOR_PARALLEL_SIZE", "tensorParallel", "GPUs"],
  ["NIM_PIPELINE_PARALLEL_SIZE", "pipelineParallel", "pipeline stages"],
  ["NIM_MAX_NUM_SEQS", "maxConcurrentSequences", "sequences"],
] as const;

type NimNumberFact = (typeof NIM_NUMBER_ENV)[number][1];

/** The command NIM runs its engine with: args that begin with it are the engine's flags after it. */
const NIM_SERVE_COMMANDS = new Set(["nim-serve", "start-server", "start_server", "/opt/nim/start_server.sh"]);

/** A NIM container as a format declares it: its image, env and args, each located. */
export interface NimContainer {
  /** The image as written. */
  image: Located<string>;
  /** The container's env: a null value is set outside the manifest (valueFrom, or given when the run starts). */
  env: EnvVar[];
  /** The container's args: NIM 2.x passes them to vLLM (`nim-serve --tensor-parallel-size 4`, or the model positionally). */
  args?: ArgItem[];
  /** Where the format declares env variables, for messages: `env`, `spec.env`. */
  envKey: string;
  /** The env is a `{NAME: value}` map (dstack, SkyPilot), whose paths already name each variable (`env.NIM_MAX_MODEL_LEN`). */
  envIsMap?: boolean;
  /** The name the host format serves the model under (dstack's `model:`): the model when nothing else names one. */
  servedName?: Located<string> | undefined;
}

/** What a NIM model profile's readable name says: `vllm-fp8-tp2-pp1`, `tensorrt_llm-h100-bf16-tp4-throughput`. */
interface ProfileName {
  precision?: Precision;
  tensorParallel?: number;
  pipelineParallel?: number;
}

function readProfileName(text: string): ProfileName | undefined {
  const out: ProfileName = {};
  for (const token of text.trim().toLowerCase().split("-")) {
    const precision = NIM_PRECISIONS[token];
    if (precision && out.precision === undefined) out.precision = precision;
    const tp = /^tp(\d{1,4})$/.exec(token);
    if (tp && Number(tp[1]) >= 1) out.tensorParallel = Number(tp[1]);
    const pp = /^pp(\d{1,4})$/.exec(token);
    if (pp && Number(pp[1]) >= 1) out.pipelineParallel = Number(pp[1]);
  }
  return out.precision === undefined && out.tensorParallel === undefined && out.pipelineParallel === undefined ? undefined : out;
}

/** A value NIM reads as a model source: `hf://org/name`, `ngc://…`, `s3://…`; not a local path. */
function isRemoteModel(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^file:\/\//i.test(text);
}

/**
 * What a NIM container serves, as engine facts: the model from the image's name (or, for the
 * model-free `llm-nim`, NIM_MODEL_NAME / NIM_MODEL_PATH, else NIM_SERVED_MODEL_NAME); the numbers
 * NIM passes to its engine from NIM_MAX_MODEL_LEN, NIM_TENSOR_PARALLEL_SIZE,
 * NIM_PIPELINE_PARALLEL_SIZE and NIM_MAX_NUM_SEQS; the precision, tensor and pipeline parallel
 * size a readable NIM_MODEL_PROFILE names (`vllm-fp8-tp2-pp1`). As NIM ranks them, vLLM flags in
 * the args (after `nim-serve`) or in NIM_PASSTHROUGH_ARGS win over the env variables, which win
 * over the profile; a value overridden by another is told. Without a model, a `model-missing`
 * problem says how to name one. The GPUs are the host format's to say.
 * Never throws: what cannot be read is a problem, at the value it is about.
 */
export function readNimContainer(c: NimContainer): EngineFacts {
  const problems: EngineProblem[] = [];
  const tell = (code: NoteCode, message: string, range: SourceRange, severity: "notice" | "warning") => problems.push({ code, message, range, severity });
  const env = new Map<string, EnvVar>();
  for (const e of c.env) env.set(e.name, e); // the last entry of a name wins, as Kubernetes reads them
  // `env[1] NIM_MAX_MODEL_LEN` in messages, `env[1] (NIM_MAX_MODEL_LEN)` as a path; a `{NAME: value}` map's path names it already.
  const said = (e: EnvVar) => (c.envIsMap ? e.path : `${e.path} ${e.name}`);
  const pathOf = (e: EnvVar) => (c.envIsMap ? e.path : `${e.path} (${e.name})`);
  const fromEnv = (value: string, e: EnvVar) => ({ value, range: e.range, path: pathOf(e), via: { env: e.name } }) as Located<string>;
  const outside = (e: EnvVar, what: string) =>
    tell("env-var-from-secret", `${said(e)} is set outside the manifest (valueFrom, or when the run starts), so ${what} is not read from it`, e.range, "notice");

  // The engine's own flags: the container's args after `nim-serve`, and NIM_PASSTHROUGH_ARGS before them (the args win).
  const cli: ArgItem[] = [];
  const passthrough = env.get("NIM_PASSTHROUGH_ARGS");
  if (passthrough?.value === null) outside(passthrough, "the engine flags it passes");
  for (const word of passthrough?.value?.trim().split(/\s+/) ?? []) {
    if (word !== "") cli.push({ text: word, range: passthrough!.range, path: said(passthrough!) });
  }
  const args = [...(c.args ?? [])];
  if (args.length > 0 && NIM_SERVE_COMMANDS.has(args[0]!.text.trim())) args.shift();
  cli.push(...args);
  const entry: ArgItem[] = [
    { text: "vllm", range: c.image.range, path: `${c.image.path} (NIM's engine)` },
    { text: "serve", range: c.image.range, path: `${c.image.path} (NIM's engine)` },
  ];
  const flags = cli.length > 0 ? readEngineArgs(entry, cli, c.env) : null;
  const facts: EngineFacts = { ...(flags ?? {}), engine: "vllm", problems };
  delete facts.model;
  delete facts.weightPrecision;
  problems.push(...(flags?.problems ?? []));

  // The model: the command line's, else NIM_MODEL_PATH / NIM_MODEL_NAME when they name a model source, else the image's.
  const imageModel = modelFromNimImage(c.image.value);
  const fromImage: Located<string> | undefined = imageModel ? { ...c.image, value: imageModel } : undefined;
  let model: Located<string> | undefined;
  let local: string | undefined;
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
    // The model-free image loads something the manifest does not name: the name it is served under stands for it.
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

  // The numbers NIM passes to its engine; a flag on the command line wins.
  for (const [name, key, unit] of NIM_NUMBER_ENV) {
    const e = env.get(name);
    if (!e) continue;
    if (e.value === null) {
      outside(e, `the ${unit === "tokens" ? "context length" : name}`);
      continue;
    }
    const n = parseWholeNumber(e.value);
    if (n === undefined || n < 1) {
      tell("not-whole-number", `${said(e)} is ${describeValue(e.value)}, not a whole number of ${unit}: not used`, e.range, "warning");
      continue;
    }
    const located: Located<number> = { value: n, range: e.range, path: pathOf(e), via: { env: name } };
    const flag = facts[key as NimNumberFact];
    if (flag && flag.value !== n) {
      tell("value-overridden", `${said(e)} is ${n} but ${flag.path} says ${flag.value}: NIM gives the command line's ${flag.value} to its engine`, e.range, "warning");
      continue;
    }
    if (!flag) facts[key as NimNumberFact] = located;
  }

  // NIM_MODEL_PROFILE: a readable name says the precision and parallelism of the profile NIM runs.
  let precision: (Located<Precision> & { reason: string }) | undefined;
  const profile = env.get("NIM_MODEL_PROFILE");
  const profileText = profile?.value?.trim();
  if (profile && profile.value === null) outside(profile, "the profile");
  if (profile && profileText) {
    const read = readProfileName(profileText);
    const at = (what: string) => ({ range: profile.range, path: c.envIsMap ? `${profile.path} (${what})` : `${profile.path} (NIM_MODEL_PROFILE: ${what})`, via: { env: "NIM_MODEL_PROFILE" } as const });
    if (!read) {
      tell(
        "profile-not-read",
        `${said(profile)} is ${profileText}, ${/^[0-9a-f]{16,}$/i.test(profileText) ? "a profile id" : "a name"} that does not say its precision or parallelism: set NIM_TENSOR_PARALLEL_SIZE in ${c.envKey}, or use the profile's readable name (vllm-bf16-tp2-pp1, from list-model-profiles), to have them checked`,
        profile.range,
        "notice",
      );
    } else {
      if (read.precision) precision = { value: read.precision, ...at(read.precision), reason: `the NIM profile ${profileText} names ${read.precision}` };
      for (const [key, n, token] of [["tensorParallel", read.tensorParallel, "tp"], ["pipelineParallel", read.pipelineParallel, "pp"]] as const) {
        if (n === undefined) continue;
        const set = facts[key];
        if (!set) facts[key] = { value: n, ...at(`${token}${n}`) };
        else if (set.value !== n) tell("value-overridden", `${said(profile)} ${profileText} is ${token}${n}, but ${set.path} says ${set.value}: ${set.value} is checked`, profile.range, "warning");
      }
    }
  }

  // The weight precision: the profile's, else the flags', else what the model's name says (`…-fp8`).
  if (!precision && flags?.weightPrecision && flags.weightPrecision.path !== flags.model?.path) precision = flags.weightPrecision;
  if (!precision && model) {
    const named = precisionFromModelName(model.value);
    if (named) precision = { value: named.precision, range: model.range, path: model.path, ...(model.via ? { via: model.via } : {}), reason: named.reason };
  }
  if (precision) facts.weightPrecision = precision;
  return facts;
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
  // The image, its env and args, read as any NIM container's (readNimContainer).
  const facts = repository
    ? readNimContainer({
        image: { value: repository.value, range: repository.range, path: repository.path },
        env: envFromList(ctx.document, spec.env, "spec.env"),
        args: argItems(ctx.document, spec.args, "spec.args"),
        envKey: "spec.env",
      })
    : undefined;
  if (facts) ctx.add(...facts.problems);
  const model = facts?.model;
  // Without a model the image's reading says so (model-missing).
  if (!repository) ctx.note("model-missing", `no model found for ${ctx.name}: set spec.image.repository (nvcr.io/nim/<org>/<model>); ${ctx.name} is not checked`, specKey, "warning");

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

  // The env's tensor parallelism (NIM_TENSOR_PARALLEL_SIZE, a readable NIM_MODEL_PROFILE) wins over the cached profile's.
  const tensorParallel = facts?.tensorParallel ?? profile?.tensorParallel;
  if (facts?.tensorParallel && profile?.tensorParallel && facts.tensorParallel.value !== profile.tensorParallel.value) {
    ctx.note(
      "value-overridden",
      `${facts.tensorParallel.path} is ${facts.tensorParallel.value} but ${profile.tensorParallel.path} caches a profile for ${profile.tensorParallel.value}: ${facts.tensorParallel.value} is checked, and NIM needs a profile for it`,
      facts.tensorParallel.range,
      "warning",
    );
  }

  // spec.resources, counted as a container's; a count that cannot be read is a warning here.
  for (const n of counted.notes) ctx.add(n.code === "not-whole-number" ? { ...n, severity: "warning" } : n);
  let count = counted.count;
  if (!count) {
    const tp = tensorParallel;
    const whose = tp === profile?.tensorParallel ? "the cached profile's tensor parallelism" : "the tensor parallelism";
    const assumed = tp ? `${tp.value} GPU${tp.value === 1 ? "" : "s"}, ${whose}` : "1 GPU";
    ctx.note("gpu-count-assumed", `no GPU count is declared for ${ctx.name}: checked as ${assumed}; add spec.resources.limits nvidia.com/gpu`, specKey, "notice");
    count = tp
      ? { value: tp.value, range: tp.range, path: `assumed: ${whose}`, via: { assumed: true } }
      : { value: 1, range: declaration.gpu?.range ?? specKey, path: "assumed: 1 GPU", via: { assumed: true } };
  }

  if (!facts || !model) return { deployments: [], notes: ctx.notes };
  const deployment = objectDeployment(ctx, FORMAT, model, gpu, count, specKey, declaration.nodeLabels);
  applyEngineFacts(deployment, facts);
  // The cached profile's precision stands unless the env names one (a readable NIM_MODEL_PROFILE).
  const via = facts.weightPrecision?.via;
  const profileNamed = via !== undefined && "env" in via && via.env === "NIM_MODEL_PROFILE";
  if (profile?.precision && !profileNamed) deployment.precision = profile.precision;
  if (tensorParallel) deployment.tensorParallel = tensorParallel;
  return { deployments: [deployment], notes: ctx.notes };
}
