import type { SourceRange } from "../base/findings.js";
import { gpuLookup } from "../catalog/lookups.js";
import { parseEmbeddedYaml } from "../parse/embedded-yaml.js";
import { joinPath, pathSegments, type PathRanges, type YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import { readEngineArgs, type ArgItem, type EngineFacts, type EnvSource, type EnvVar } from "./engine-args.js";
import { envFromMap } from "./env.js";
import { DECLARE_IN_CONFIG, GPU_ANNOTATION, GPU_REQUEST_MARKERS, gpuCountOf, gpuFromPodSpec, gpuNote, leastMemoryOf, type GpuDeclaration } from "./gpu-declaration.js";
import type { NoteCode } from "./notes.js";
import { deploymentFromFacts, noteSink, rangeAt, withEngineVersion } from "./kit.js";
import type { AdaptNote, Adaptation, Note } from "./kit.js";
import type { Deployment } from "../base/deployment.js";
import { at, isRecord, scalarText, type Json } from "./values.js";

/**
 * Ray Serve LLM applications, each LLMConfig read as one Deployment (format `ray-serve`):
 *
 * - a Ray Serve config file (what `serve deploy` takes): top-level `applications:`;
 * - a KubeRay RayService (`ray.io/v1`, `ray.io/v1alpha1`), whose `spec.serveConfigV2` is the same
 *   config written as a YAML string; it is parsed on its own and its ranges moved back to the
 *   outer file (parse/embedded-yaml.ts): exact for a literal block (`serveConfigV2: |`), the
 *   whole string's range otherwise.
 *
 * Only LLM applications are read: `import_path` `ray.serve.llm:build_openai_app` (args
 * `llm_configs`, a list) or `ray.serve.llm:build_llm_deployment` (args `llm_config`, one), also
 * under the older module paths (`ray.serve.llm.builders:…`) and the older name
 * `build_vllm_deployment`. An LLMConfig's `engine_kwargs` are vLLM's engine arguments: they are
 * turned into the `vllm serve MODEL --flag value` command line Ray starts (items located on the
 * values) and read with readEngineArgs. Ray places one GPU per engine worker, so a replica has
 * tensor × pipeline parallel size GPUs; the GPU type is `accelerator_type`, else (RayService) the
 * GPU the worker group pods declare. Replicas (`num_replicas`, `autoscaling_config`) are copies,
 * each checked alone, so they are ignored. The engine's version is the one the LLMConfig's
 * `runtime_env.pip` (else its application's) pins (`vllm==0.8.5`), else (RayService) the tag of
 * the worker group's image when it is vLLM's own (`vllm/vllm-openai:v0.8.5`; Ray's images are
 * versioned by Ray).
 *
 * An application with another import_path (`my_app.main:deployment`) serves a model its code names,
 * which is not read: when it runs on GPUs (a deployment's `ray_actor_options.num_gpus` above 0, or,
 * in a RayService, pods that ask for GPUs unless each deployment it lists says `num_gpus: 0`) a
 * notice at its import_path says so and how to have it checked (customApplication); otherwise it is
 * clearly not a GPU workload and nothing is said.
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

/**
 * Every document adaptRay accepts names one of its builders, or (an application it does not read,
 * on GPUs) asks for GPUs: a deployment's `num_gpus`, a worker container's GPU resource. Its raw text
 * contains one of these.
 */
export const RAY_MARKERS: readonly string[] = ["ray.serve.llm", "num_gpus", ...GPU_REQUEST_MARKERS];

const FORMAT = "ray-serve";

/** `ray.serve.llm:build_openai_app`, `ray.serve.llm.builders:build_openai_app`, `…:build_llm_deployment`. */
const LLM_BUILDER = /^ray\.serve\.llm(?:\.[A-Za-z_][\w.]*)?:(build_openai_app|build_llm_deployment|build_vllm_deployment)$/;

/** The module of Ray Serve's LLM builders, and the key by which a deployment asks for GPUs. */
const LLM_MODULE = "ray.serve.llm";
const NUM_GPUS = "num_gpus";

const RAY_API_GROUP = "ray.io/";
const SERVE_CONFIG_PATH = "spec.serveConfigV2";
/** Where an LLMConfig's variables come from, as engine problems name it. */
const RUNTIME_ENV: EnvSource = { where: "runtime_env.env_vars", key: "runtime_env.env_vars", kubernetes: false };
const CLUSTER_PATH = "spec.rayClusterConfig";

/** Engine arguments Ray Serve sets itself from model_loading_config: not read from engine_kwargs. */
const SET_BY_RAY = new Set(["model"]);

/** Ray accelerator types that cover several GPUs of the catalog (which reads them as the smallest). */
const RAY_AMBIGUOUS: Record<string, { covers: string; exact?: string }> = {
  a100: { covers: "A100 40GB and 80GB", exact: "write A100-80G or A100-40G to be exact" },
  v100: { covers: "V100 16GB and 32GB" },
};

/** What the reading of one document shares. */
interface Context {
  file: string;
  absolutePath: string;
  note: Note;
  add: (...notes: AdaptNote[]) => void;
  /**
   * A path of the serve config as facts show it: as written in a config file; inside a
   * RayService, prefixed with `spec.serveConfigV2: `. Notes name the plain path.
   */
  shown: (path: string) => string;
  deployments: Deployment[];
  /** The RayService the serve config is part of, when it is. */
  service?: RayService;
}

interface RayService {
  document: YamlDocument;
  /** The GPU the cluster's pods declare, read once when first needed. */
  cluster?: ClusterGpu;
}

/**
 * The deployments of a Ray Serve config file or a KubeRay RayService; null when the document is
 * neither or holds no LLM application.
 */
export function adaptRay(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value)) return null;
  const apiVersion = scalarText(value.apiVersion);
  if (value.kind === "RayService" && apiVersion?.startsWith(RAY_API_GROUP)) return rayService(document, value, file, absolutePath);
  if (apiVersion === undefined && value.kind === undefined && Array.isArray(value.applications)) {
    const { notes, note, add } = noteSink();
    const ctx: Context = { file, absolutePath, note, add, shown: (path) => path, deployments: [] };
    return readApplications(document, ctx) ? { deployments: ctx.deployments, notes } : null;
  }
  return null;
}

function rayService(document: YamlDocument, value: Json, file: string, absolutePath: string): Adaptation | null {
  const raw = at(value, ["spec", "serveConfigV2"]);
  const { notes, note, add } = noteSink();
  const shown = (path: string) => `${SERVE_CONFIG_PATH}: ${path}`;
  const ctx: Context = { file, absolutePath, note, add, shown, deployments: [], service: { document } };
  if (typeof raw === "string") {
    // A config that names an LLM builder is ours, also when it cannot be read; so is one that
    // asks for GPUs (num_gpus), or runs on a cluster whose pods do, to say what is not read.
    const gpuCluster = clusterOf(ctx.service!).groups.some((g) => g.requestsGpus);
    if (!raw.includes(LLM_MODULE) && !raw.includes(NUM_GPUS) && !gpuCluster) return null;
    const embedded = parseEmbeddedYaml(document, SERVE_CONFIG_PATH, file);
    if (!embedded) return null;
    const problem = embedded.findings[0];
    if (problem) {
      const detail = problem.message.replace(/^not valid YAML: /, "");
      const { line, column, endLine, endColumn } = problem;
      note("embedded-yaml-invalid", `${SERVE_CONFIG_PATH} is a string that is not valid YAML (${detail}): nothing in it is checked; fix the serve config it holds`, { line, column, endLine, endColumn }, "warning");
      return { deployments: [], notes };
    }
    const inner = embedded.documents[0];
    if (!inner || !readApplications(inner, ctx)) return null;
    return { deployments: ctx.deployments, notes };
  }
  if (isRecord(raw)) {
    // KubeRay types serveConfigV2 as a string and rejects a mapping; the intent is still readable.
    const inner = subDocument(document, SERVE_CONFIG_PATH, raw);
    if (!readApplications(inner, ctx)) return null;
    const message = `${SERVE_CONFIG_PATH} is a mapping, but KubeRay takes it as a string and rejects the RayService: write it as a literal block (serveConfigV2: |) holding the same YAML`;
    const notMapping: AdaptNote = { code: "serve-config-not-string", message, range: rangeAt(document, SERVE_CONFIG_PATH), severity: "warning" };
    return { deployments: ctx.deployments, notes: [notMapping, ...notes] };
  }
  return null;
}

/** The part of a document under `path`, as a document of its own (paths relative to it). */
function subDocument(document: YamlDocument, path: string, value: unknown): YamlDocument {
  const ranges = new Map<string, PathRanges>();
  const prefix = `${path}.`;
  for (const [key, r] of document.ranges) if (key.startsWith(prefix)) ranges.set(key.slice(prefix.length), r);
  return { index: document.index, doc: document.doc, value, ranges, range: rangeAt(document, path), lineCounter: document.lineCounter };
}

// ------------------------------------------------------------------------------------ applications

/**
 * Read every LLM application of a serve config, and tell each other application that runs on GPUs
 * that it is not read (customApplication); false when there is nothing to read or tell.
 */
function readApplications(serve: YamlDocument, ctx: Context): boolean {
  const value = serve.value;
  const applications = isRecord(value) ? value.applications : undefined;
  if (!Array.isArray(applications)) return false;
  let found = false;
  applications.forEach((app: unknown, i) => {
    if (!isRecord(app)) return;
    const builder = LLM_BUILDER.exec(scalarText(app.import_path)?.trim() ?? "")?.[1];
    if (!builder) {
      found = customApplication(serve, app, `applications[${i}]`, ctx) || found;
      return;
    }
    found = true;
    const base = `applications[${i}]`;
    const appName = scalarText(app.name)?.trim() || "default";
    const args = isRecord(app.args) ? app.args : undefined;
    const appEnv = envFromMap(serve, at(app, ["runtime_env", "env_vars"]), `${base}.runtime_env.env_vars`);
    const appRequirements = requirementsOf(at(app, ["runtime_env"]));
    for (const { config, path } of llmConfigs(serve, builder, args, base, ctx)) {
      readLlmConfig(serve, config, path, appName, { env: appEnv, requirements: appRequirements }, ctx);
    }
  });
  return found;
}

/** A `num_gpus` as Ray reads it: a number (0.5 for a fraction of a GPU) or a numeric string; undefined otherwise. */
function gpusAsked(raw: unknown): number | undefined {
  const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\s*\d+(?:\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * An application whose import_path is not an LLM builder (`my_app.main:deployment`): the model it
 * serves is in its code, which is not read. It is told, at its import_path, when it is a GPU
 * workload: one of its deployments asks for GPUs (`ray_actor_options.num_gpus` above 0), or, in a
 * RayService, the cluster's pods ask for GPUs and the application does not say that it uses none
 * (every deployment it lists with `num_gpus: 0`), as its code may ask for them
 * (`@serve.deployment(ray_actor_options={"num_gpus": 1})`). An application on a cluster without GPU
 * pods, or in a serve config file, that asks for no GPUs is not an LLM on GPUs: nothing is said.
 * True when told.
 */
function customApplication(serve: YamlDocument, app: Json, base: string, ctx: Context): boolean {
  const importPath = scalarText(app.import_path)?.trim();
  const appName = scalarText(app.name)?.trim() || "default";
  const deployments = Array.isArray(app.deployments) ? app.deployments : [];
  let asking: { name: string; gpus: number } | undefined;
  let saysNone = deployments.length > 0;
  for (let j = 0; j < deployments.length; j++) {
    const d: unknown = deployments[j];
    const gpus = gpusAsked(at(d, ["ray_actor_options", NUM_GPUS]));
    if (gpus === undefined || gpus > 0) saysNone = false;
    if (gpus !== undefined && gpus > 0 && !asking) asking = { name: scalarText(at(d, ["name"]))?.trim() || `deployments[${j}]`, gpus };
  }
  const gpuGroups = ctx.service ? clusterOf(ctx.service).groups.filter((g) => g.requestsGpus) : [];
  if (!asking && (gpuGroups.length === 0 || saysNone)) return false;
  const why = asking
    ? `its deployment ${asking.name} asks for ${asking.gpus} GPU${asking.gpus === 1 ? "" : "s"} (ray_actor_options.num_gpus)`
    : `the cluster's pods ask for GPUs (${gpuGroups.map((g) => g.label).join(", ")})`;
  const none = asking ? "" : "; if it uses no GPU, set ray_actor_options.num_gpus: 0 on each of its deployments to say so";
  ctx.note(
    "serve-app-not-llm",
    `application ${appName} (import_path ${importPath ?? "not set"}) is not an LLM application llm-physics reads (ray.serve.llm:build_openai_app or build_llm_deployment), and ${why}: the model it serves is in its code, so it is not checked; ` +
      "to have it checked, serve the model with ray.serve.llm:build_openai_app and an LLMConfig (model_loading_config.model_source, accelerator_type, engine_kwargs), " +
      `or describe the deployment in a native llm-physics manifest (apiVersion: llm-physics/v1, kind: InferenceDeployment, with spec.model and spec.hardware gpu and count) beside this file${none}`,
    rangeAt(serve, importPath ? `${base}.import_path` : base),
    "notice",
  );
  return true;
}

/** The LLMConfigs an application's args hold, with their paths; strings and gaps explained in notes. */
function llmConfigs(serve: YamlDocument, builder: string, args: Json | undefined, base: string, ctx: Context): Array<{ config: Json; path: string }> {
  const argsPath = `${base}.args`;
  if (builder === "build_openai_app") {
    const list = args?.llm_configs;
    const listPath = `${argsPath}.llm_configs`;
    if (!Array.isArray(list)) {
      ctx.note("llm-config-invalid", `${base} builds an OpenAI app but ${listPath} is not a list of LLMConfigs: nothing in it is checked`, rangeAt(serve, list === undefined ? base : listPath), "warning");
      return [];
    }
    const configs: Array<{ config: Json; path: string }> = [];
    list.forEach((item: unknown, j) => {
      const path = joinPath(listPath, j);
      if (isRecord(item)) configs.push({ config: item, path });
      else if (typeof item === "string") {
        ctx.note(
          "llm-config-in-other-file",
          `${path} is a path to another file (${item}), which is not read: write the LLMConfig inline (model_loading_config, accelerator_type, engine_kwargs) in place of the path to have it checked`,
          rangeAt(serve, path),
          "notice",
        );
      }
    });
    return configs;
  }
  // build_llm_deployment takes one LLMConfig: under args.llm_config, or (as Serve passes the whole
  // args to a one-parameter builder) args itself.
  if (isRecord(args?.llm_config)) return [{ config: args.llm_config, path: `${argsPath}.llm_config` }];
  if (args && isRecord(args.model_loading_config)) return [{ config: args, path: argsPath }];
  ctx.note("llm-config-invalid", `${base} builds one LLM deployment but ${argsPath}.llm_config is not an LLMConfig: nothing in it is checked`, rangeAt(serve, args ? argsPath : base), "warning");
  return [];
}

/** The model an LLMConfig loads: model_source (a name, a path, or `{bucket_uri}`), else model_id. */
function modelOf(serve: YamlDocument, config: Json, path: string, shown: (path: string) => string): Located<string> | undefined {
  const loading = isRecord(config.model_loading_config) ? config.model_loading_config : undefined;
  const loadingPath = `${path}.model_loading_config`;
  const source = loading?.model_source;
  const candidates: Array<[unknown, string, string]> = [
    [source, `${loadingPath}.model_source`, "model_source"],
    [isRecord(source) ? source.bucket_uri : undefined, `${loadingPath}.model_source.bucket_uri`, "bucket_uri"],
    [loading?.model_id, `${loadingPath}.model_id`, "model_id"],
  ];
  for (const [raw, p, key] of candidates) {
    const text = typeof raw === "string" ? raw.trim() : undefined;
    if (text) return { value: text, range: rangeAt(serve, p), path: shown(p), via: { key } };
  }
  return undefined;
}

/**
 * The `vllm serve` arguments Ray's engine is started with: one `--flag value` per engine_kwargs
 * entry, each standing for its key (a fact read from it is shown at the key, `via: { key }`).
 */
function engineItems(serve: YamlDocument, kwargs: unknown, path: string, shown: (path: string) => string): ArgItem[] {
  const items: ArgItem[] = [];
  if (!isRecord(kwargs)) return items;
  for (const [key, value] of Object.entries(kwargs)) {
    if (SET_BY_RAY.has(key)) continue;
    const p = joinPath(path, key);
    const at = { range: rangeAt(serve, p), path: shown(p), via: { key } };
    const flag = `--${key.replace(/_/g, "-")}`;
    // A Python keyword is `True` / `False`; vLLM's command line has the bare flag for true.
    if (value === true) {
      items.push({ text: flag, ...at });
      continue;
    }
    // A dict speculative_config turns speculative decoding on, as vLLM's --speculative-config JSON does.
    const text = value === false ? undefined : key === "speculative_config" && isRecord(value) ? JSON.stringify(value) : scalarText(value);
    // Other dicts and lists (hf_overrides…) carry no fact read here.
    if (text === undefined) continue;
    items.push({ text: flag, ...at }, { text, ...at });
  }
  return items;
}

/** What an application gives each of its LLMConfigs: its runtime_env's variables and the packages it installs. */
interface AppRuntime {
  env: EnvVar[];
  requirements: string[] | undefined;
}

/**
 * The packages a runtime_env installs over the image: `pip` (a list of requirements, or
 * `{packages: [...]}`), `uv` (the same), the pip dependencies of `conda`; undefined when it names
 * none (a requirements file's path is not read).
 */
function requirementsOf(runtimeEnv: unknown): string[] | undefined {
  if (!isRecord(runtimeEnv)) return undefined;
  const list = (raw: unknown): string[] | undefined => {
    const items = isRecord(raw) ? raw.packages : raw;
    return Array.isArray(items) ? items.flatMap((r: unknown) => scalarText(r) ?? []) : undefined;
  };
  const conda = at(runtimeEnv, ["conda", "dependencies"]);
  const fromConda = Array.isArray(conda) ? conda.flatMap((d: unknown) => (isRecord(d) ? (list(d.pip) ?? []) : [])) : [];
  const all = [...(list(runtimeEnv.pip) ?? []), ...(list(runtimeEnv.uv) ?? []), ...fromConda];
  return all.length > 0 ? all : undefined;
}

/** The image of the first container of a KubeRay group's pod template (the Ray container, where the engine's workers run). */
function groupImage(document: YamlDocument, group: RayGroup | undefined): string | undefined {
  if (!group) return undefined;
  const containers = at(document.value, [...pathSegments(group.path), "template", "spec", "containers"]);
  if (!Array.isArray(containers)) return undefined;
  for (const c of containers as unknown[]) {
    const image = isRecord(c) ? scalarText(c.image)?.trim() : undefined;
    if (image) return image;
  }
  return undefined;
}

function readLlmConfig(serve: YamlDocument, config: Json, path: string, appName: string, app: AppRuntime, ctx: Context): void {
  const appEnv = app.env;
  const configRange = rangeAt(serve, path);
  const model = modelOf(serve, config, path, ctx.shown);
  if (!model) {
    ctx.note("model-missing", `${path} names no model: set model_loading_config.model_id and model_source (a Hugging Face id) to have it checked`, configRange, "warning");
    return;
  }
  const loading = isRecord(config.model_loading_config) ? config.model_loading_config : {};
  const modelId = scalarText(loading.model_id)?.trim();
  const name = `${appName}/${modelId || model.value}`;
  const where = (modelId ? serve.ranges.get(`${path}.model_loading_config.model_id`)?.value : undefined) ?? model.range;

  const kwargsPath = `${path}.engine_kwargs`;
  const command: ArgItem[] = [
    { text: "vllm", range: model.range, path: "(ray serve) vllm" },
    { text: "serve", range: model.range, path: "(ray serve) serve" },
    { text: model.value, range: model.range, path: model.path, ...(model.via ? { via: model.via } : {}) },
  ];
  const args = engineItems(serve, config.engine_kwargs, kwargsPath, ctx.shown);
  const env = [...appEnv, ...envFromMap(serve, at(config, ["runtime_env", "env_vars"]), `${path}.runtime_env.env_vars`)];
  const facts = readEngineArgs(command, args, env, RUNTIME_ENV);
  if (!facts) return;
  ctx.add(...facts.problems);

  const count = gpusPerReplica(facts, ctx.shown(path), configRange);
  const { gpu, group } = gpuOf(serve, config, path, name, where, count, ctx);
  const serving = serve.ranges.get(kwargsPath)?.key ?? where;
  const nodeLabels = group?.declaration.nodeLabels;
  const d = deploymentFromFacts({ name, file: ctx.file, absolutePath: ctx.absolutePath, format: FORMAT, range: where, facts, gpu, nodeLabels, count, howToCount: "", serving, note: ctx.note });
  if (!d) return;
  // One GPU because nothing asks for more: capacity findings are about the GPU type, not the whole LLMConfig.
  if (!facts.tensorParallel && !facts.pipelineParallel && gpu) d.hardwareRange = gpu.range;
  // The engine's version: the packages the LLMConfig's runtime_env installs (else its application's),
  // else the image of the worker group it runs on (Ray's own images, rayproject/ray-llm, are versioned by Ray).
  const requirements = requirementsOf(config.runtime_env) ?? app.requirements;
  ctx.deployments.push(withEngineVersion(d, { image: ctx.service ? groupImage(ctx.service.document, group) : undefined, ...(requirements ? { requirements } : {}) }));
}

/** Ray starts one engine worker per GPU: tensor × pipeline parallel size GPUs per replica. */
function gpusPerReplica(facts: EngineFacts, path: string, configRange: SourceRange): Located<number> {
  const tp = facts.tensorParallel;
  const pp = facts.pipelineParallel;
  if (tp && pp) return { value: tp.value * pp.value, range: tp.range, path: `${tp.path} × pipeline_parallel_size (${pp.value})` };
  if (tp) return { value: tp.value, range: tp.range, path: tp.path };
  if (pp) return { value: pp.value, range: pp.range, path: pp.path };
  return { value: 1, range: configRange, path: `${path} (1 GPU: no tensor or pipeline parallelism)` };
}

// ------------------------------------------------------------------------------------ GPU type

/** A Ray accelerator type as the catalog knows it: `A100-80G` → `A100-80GB`; unknown names unchanged. */
function catalogName(raw: string): string {
  if (gpuLookup.find(raw)) return raw;
  const withMemory = /^(.*?)[-_](\d+)G$/i.exec(raw);
  const spelled = withMemory ? `${withMemory[1]}-${withMemory[2]}GB` : undefined;
  return spelled && gpuLookup.find(spelled) ? spelled : raw;
}

function sameGpu(a: string, b: string): boolean {
  const x = gpuLookup.find(a);
  const y = gpuLookup.find(b);
  return x !== undefined && x === y;
}

/** The GPU an LLMConfig runs on: accelerator_type, else (RayService) the cluster's; else a notice. */
function gpuOf(serve: YamlDocument, config: Json, path: string, name: string, where: SourceRange, count: Located<number>, ctx: Context): { gpu?: Located<string>; group?: GpuGroup } {
  const accPath = `${path}.accelerator_type`;
  const written = scalarText(config.accelerator_type)?.trim();
  const cluster = ctx.service ? clusterOf(ctx.service) : undefined;
  let gpu: Located<string> | undefined;
  let group: GpuGroup | undefined;
  if (written) {
    const range = rangeAt(serve, accPath);
    gpu = { value: catalogName(written), range, path: ctx.shown(accPath), via: { key: "accelerator_type" } };
    const ambiguous = RAY_AMBIGUOUS[written.toLowerCase()];
    if (ambiguous) {
      const checked = gpuLookup.find(written)?.id ?? written;
      ctx.note("gpu-name-ambiguous", `accelerator_type ${written} covers ${ambiguous.covers}: checked as ${checked}, the smaller${ambiguous.exact ? `; ${ambiguous.exact}` : ""}`, range, "notice");
    }
    if (cluster) {
      const typed = cluster.groups.filter((g) => g.gpu && g.gpus > 0);
      group = typed.find((g) => sameGpu(g.gpu!.value, gpu!.value));
      const other = typed[0];
      if (!other) {
        // GPU pods that do not say which GPU: Ray reads accelerator_type from the node itself.
        group = cluster.groups.find((g) => g.gpus > 0);
      } else if (!group && gpuLookup.find(gpu.value) && gpuLookup.find(other.gpu!.value)) {
        ctx.note(
          "gpu-not-in-cluster",
          `accelerator_type ${written} is not the GPU of any worker group (${other.label} runs on ${other.gpu!.value}): Ray places the replica only on a node whose GPU is ${written}, so it cannot start on this cluster; checked as ${written}`,
          range,
          "warning",
        );
      }
    }
  } else if (cluster?.chosen?.gpu) {
    group = cluster.chosen;
    gpu = group.gpu;
    ctx.add(...cluster.notes);
  }

  if (!gpu) {
    const how = ctx.service
      ? `set accelerator_type in the llm_config (Ray's name: L4, A100-80G, H100…), or the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations of the RayService, or a nodeSelector nvidia.com/gpu.product on the GPU worker group`
      : "set accelerator_type in the llm_config (Ray's name: L4, A100-80G, H100…)";
    ctx.note("gpu-type-missing", `no GPU type is declared for ${name}: it is checked for the memory it needs per GPU, not against a GPU; ${how}, ${DECLARE_IN_CONFIG}`, where, "notice");
    // The worker group that would run it (the one with GPUs), whose labels a gpus: mapping may name.
    const fallback = cluster ? (cluster.chosen ?? cluster.groups.find((g) => g.gpus > 0)) : undefined;
    return fallback ? { group: fallback } : {};
  }
  if (group?.perPod && count.value > group.perPod.value && group.perPod.value > 0) {
    ctx.note(
      "replica-spans-pods",
      `${name} needs ${count.value} GPUs per replica (one per engine worker) but a worker pod of ${group.label} has ${group.perPod.value} (${group.perPod.path}): Ray spreads the replica over several worker pods; each GPU's memory is checked as usual`,
      count.range,
      "notice",
    );
  }
  return group ? { gpu, group } : { gpu };
}

// ------------------------------------------------------------------------------------ RayService cluster

/** One group of pods of a KubeRay cluster spec (a RayService's rayClusterConfig, an AIBrix fleet's template): its GPUs. */
export interface RayGroup {
  /** `workerGroupSpecs[0] (gpu-group)`, `headGroupSpec`. */
  label: string;
  role: "head" | "worker";
  /** The group's path: `spec.rayClusterConfig.workerGroupSpecs[0]`, `….headGroupSpec`. */
  path: string;
  gpu?: Located<string>;
  /** GPUs one pod of the group has (gpuFromPodSpec's count); 0 when it declares none. */
  gpus: number;
  perPod?: Located<number>;
  /** Whether a container of the group asks for accelerators in its resources (so the document holds a GPU resource name). */
  requestsGpus: boolean;
  declaration: GpuDeclaration;
}

type GpuGroup = RayGroup;

interface ClusterGpu {
  groups: GpuGroup[];
  /** The group whose GPU an LLMConfig without accelerator_type is checked on. */
  chosen?: GpuGroup;
  /** What a reader should know about how the chosen group's GPU was read. */
  notes: AdaptNote[];
}

function clusterOf(service: RayService): ClusterGpu {
  service.cluster ??= readCluster(service.document);
  return service.cluster;
}

/** What gpuFromPodSpec says that does not apply: the count is the parallelism, the missing type has its own notice. */
const NOT_FOR_RAY = new Set<NoteCode>(["gpu-type-missing", "gpu-count-missing", "gpu-count-from-instance-type"]);

/**
 * The groups of the KubeRay cluster spec at `clusterPath` (`spec.rayClusterConfig`): each worker
 * group, then the head, with the GPU each pod declares (gpuFromPodSpec, the object's annotation
 * under `metadataPath` included). Never throws on odd values.
 */
export function rayClusterGroups(document: YamlDocument, clusterPath: string, metadataPath = "metadata"): RayGroup[] {
  const groups: RayGroup[] = [];
  const workers = at(document.value, [...pathSegments(clusterPath), "workerGroupSpecs"]);
  const add = (path: string, label: string, role: RayGroup["role"]) => {
    const podSpecPath = `${path}.template.spec`;
    const declaration = gpuFromPodSpec(document, podSpecPath, metadataPath);
    const perPod = declaration.count;
    const group: RayGroup = { label, role, path, gpus: perPod?.value ?? 0, requestsGpus: containersRequestGpus(document, podSpecPath), declaration };
    if (declaration.gpu) group.gpu = declaration.gpu;
    if (perPod) group.perPod = perPod;
    groups.push(group);
  };
  if (Array.isArray(workers)) {
    workers.forEach((w: unknown, i) => {
      const groupName = isRecord(w) ? scalarText(w.groupName) : undefined;
      add(`${clusterPath}.workerGroupSpecs[${i}]`, `workerGroupSpecs[${i}]${groupName ? ` (${groupName})` : ""}`, "worker");
    });
  }
  // A cluster without GPU workers may run the replica on its head.
  add(`${clusterPath}.headGroupSpec`, "headGroupSpec", "head");
  return groups;
}

/** Whether a container of the pod spec asks for GPUs in its resources (gpuCountOf: nvidia.com/gpu, amd.com/gpu, MIG devices). */
function containersRequestGpus(document: YamlDocument, podSpecPath: string): boolean {
  const containers = at(document.value, [...pathSegments(podSpecPath), "containers"]);
  if (!Array.isArray(containers)) return false;
  return containers.some((_: unknown, i) => (gpuCountOf(document, `${podSpecPath}.containers[${i}]`).count?.value ?? 0) > 0);
}

function readCluster(document: YamlDocument): ClusterGpu {
  const groups = rayClusterGroups(document, CLUSTER_PATH);

  const notes: AdaptNote[] = [];
  const withGpus = groups.filter((g) => g.gpus > 0);
  const typed = withGpus.filter((g) => g.gpu);
  let chosen = typed[0] ?? withGpus[0] ?? groups.find((g) => g.gpu) ?? groups[0];
  const pick = leastMemoryOf(typed, (g) => g.gpu!.value);
  if (pick && pick.distinct.length > 1) {
    const distinct = pick.distinct;
    chosen = pick.chosen;
    notes.push(
      gpuNote(
        "gpu-least-memory",
        `the worker groups have different GPUs (${distinct.map((g) => `${g.label}: ${g.gpu!.value}`).join(", ")}): without accelerator_type Ray may place a replica on any of them; checked on ${chosen.gpu!.value}, the one with the least memory; set accelerator_type to choose`,
        chosen.gpu!.range,
      ),
    );
  }
  if (chosen?.gpu) notes.unshift(...chosen.declaration.notes.filter((n) => !NOT_FOR_RAY.has(n.code)));
  return chosen ? { groups, chosen, notes } : { groups, notes };
}
