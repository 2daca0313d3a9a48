import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  parseEmbeddedYaml
} from "./chunk-OC4ZGKBL.js";
import {
  DECLARE_IN_CONFIG,
  GPU_ANNOTATION,
  GPU_REQUEST_MARKERS,
  envFromMap,
  gpuCountOf,
  gpuFromPodSpec,
  gpuNote,
  leastMemoryOf
} from "./chunk-MIJ4L7P2.js";
import {
  deploymentFromFacts,
  noteSink,
  rangeAt,
  readEngineArgs,
  withEngineVersion
} from "./chunk-VUGMCGJM.js";
import {
  at,
  isRecord,
  scalarText
} from "./chunk-3G5BXTFK.js";
import {
  joinPath,
  pathSegments
} from "./chunk-TQVKSG5V.js";
import {
  gpuLookup
} from "./chunk-SMZ6TMJF.js";

// src/adapt/ray.ts
var RAY_MARKERS = ["ray.serve.llm", "num_gpus", ...GPU_REQUEST_MARKERS];
var FORMAT = "ray-serve";
var LLM_BUILDER = /^ray\.serve\.llm(?:\.[A-Za-z_][\w.]*)?:(build_openai_app|build_llm_deployment|build_vllm_deployment)$/;
var LLM_MODULE = "ray.serve.llm";
var NUM_GPUS = "num_gpus";
var RAY_API_GROUP = "ray.io/";
var SERVE_CONFIG_PATH = "spec.serveConfigV2";
var RUNTIME_ENV = { where: "runtime_env.env_vars", key: "runtime_env.env_vars", kubernetes: false };
var CLUSTER_PATH = "spec.rayClusterConfig";
var SET_BY_RAY = /* @__PURE__ */ new Set(["model"]);
var RAY_AMBIGUOUS = {
  a100: { covers: "A100 40GB and 80GB", exact: "write A100-80G or A100-40G to be exact" },
  v100: { covers: "V100 16GB and 32GB" }
};
function adaptRay(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const apiVersion = scalarText(value.apiVersion);
  if (value.kind === "RayService" && apiVersion?.startsWith(RAY_API_GROUP)) return rayService(document, value, file, absolutePath);
  if (apiVersion === void 0 && value.kind === void 0 && Array.isArray(value.applications)) {
    const { notes, note, add } = noteSink();
    const ctx = { file, absolutePath, note, add, shown: (path) => path, deployments: [] };
    return readApplications(document, ctx) ? { deployments: ctx.deployments, notes } : null;
  }
  return null;
}
function rayService(document, value, file, absolutePath) {
  const raw = at(value, ["spec", "serveConfigV2"]);
  const { notes, note, add } = noteSink();
  const shown = (path) => `${SERVE_CONFIG_PATH}: ${path}`;
  const ctx = { file, absolutePath, note, add, shown, deployments: [], service: { document } };
  if (typeof raw === "string") {
    const gpuCluster = clusterOf(ctx.service).groups.some((g) => g.requestsGpus);
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
    const inner = subDocument(document, SERVE_CONFIG_PATH, raw);
    if (!readApplications(inner, ctx)) return null;
    const message = `${SERVE_CONFIG_PATH} is a mapping, but KubeRay takes it as a string and rejects the RayService: write it as a literal block (serveConfigV2: |) holding the same YAML`;
    const notMapping = { code: "serve-config-not-string", message, range: rangeAt(document, SERVE_CONFIG_PATH), severity: "warning" };
    return { deployments: ctx.deployments, notes: [notMapping, ...notes] };
  }
  return null;
}
function subDocument(document, path, value) {
  const ranges = /* @__PURE__ */ new Map();
  const prefix = `${path}.`;
  for (const [key, r] of document.ranges) if (key.startsWith(prefix)) ranges.set(key.slice(prefix.length), r);
  return { index: document.index, doc: document.doc, value, ranges, range: rangeAt(document, path), lineCounter: document.lineCounter };
}
function readApplications(serve, ctx) {
  const value = serve.value;
  const applications = isRecord(value) ? value.applications : void 0;
  if (!Array.isArray(applications)) return false;
  let found = false;
  applications.forEach((app, i) => {
    if (!isRecord(app)) return;
    const builder = LLM_BUILDER.exec(scalarText(app.import_path)?.trim() ?? "")?.[1];
    if (!builder) {
      found = customApplication(serve, app, `applications[${i}]`, ctx) || found;
      return;
    }
    found = true;
    const base = `applications[${i}]`;
    const appName = scalarText(app.name)?.trim() || "default";
    const args = isRecord(app.args) ? app.args : void 0;
    const appEnv = envFromMap(serve, at(app, ["runtime_env", "env_vars"]), `${base}.runtime_env.env_vars`);
    const appRequirements = requirementsOf(at(app, ["runtime_env"]));
    for (const { config, path } of llmConfigs(serve, builder, args, base, ctx)) {
      readLlmConfig(serve, config, path, appName, { env: appEnv, requirements: appRequirements }, ctx);
    }
  });
  return found;
}
function gpusAsked(raw) {
  const n = typeof raw === "number" ? raw : typeof raw === "string" && /^\s*\d+(?:\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}
function customApplication(serve, app, base, ctx) {
  const importPath = scalarText(app.import_path)?.trim();
  const appName = scalarText(app.name)?.trim() || "default";
  const deployments = Array.isArray(app.deployments) ? app.deployments : [];
  let asking;
  let saysNone = deployments.length > 0;
  for (let j = 0; j < deployments.length; j++) {
    const d = deployments[j];
    const gpus = gpusAsked(at(d, ["ray_actor_options", NUM_GPUS]));
    if (gpus === void 0 || gpus > 0) saysNone = false;
    if (gpus !== void 0 && gpus > 0 && !asking) asking = { name: scalarText(at(d, ["name"]))?.trim() || `deployments[${j}]`, gpus };
  }
  const gpuGroups = ctx.service ? clusterOf(ctx.service).groups.filter((g) => g.requestsGpus) : [];
  if (!asking && (gpuGroups.length === 0 || saysNone)) return false;
  const why = asking ? `its deployment ${asking.name} asks for ${asking.gpus} GPU${asking.gpus === 1 ? "" : "s"} (ray_actor_options.num_gpus)` : `the cluster's pods ask for GPUs (${gpuGroups.map((g) => g.label).join(", ")})`;
  const none = asking ? "" : "; if it uses no GPU, set ray_actor_options.num_gpus: 0 on each of its deployments to say so";
  ctx.note(
    "serve-app-not-llm",
    `application ${appName} (import_path ${importPath ?? "not set"}) is not an LLM application llm-physics reads (ray.serve.llm:build_openai_app or build_llm_deployment), and ${why}: the model it serves is in its code, so it is not checked; to have it checked, serve the model with ray.serve.llm:build_openai_app and an LLMConfig (model_loading_config.model_source, accelerator_type, engine_kwargs), or describe the deployment in a native llm-physics manifest (apiVersion: llm-physics/v1, kind: InferenceDeployment, with spec.model and spec.hardware gpu and count) beside this file${none}`,
    rangeAt(serve, importPath ? `${base}.import_path` : base),
    "notice"
  );
  return true;
}
function llmConfigs(serve, builder, args, base, ctx) {
  const argsPath = `${base}.args`;
  if (builder === "build_openai_app") {
    const list = args?.llm_configs;
    const listPath = `${argsPath}.llm_configs`;
    if (!Array.isArray(list)) {
      ctx.note("llm-config-invalid", `${base} builds an OpenAI app but ${listPath} is not a list of LLMConfigs: nothing in it is checked`, rangeAt(serve, list === void 0 ? base : listPath), "warning");
      return [];
    }
    const configs = [];
    list.forEach((item, j) => {
      const path = joinPath(listPath, j);
      if (isRecord(item)) configs.push({ config: item, path });
      else if (typeof item === "string") {
        ctx.note(
          "llm-config-in-other-file",
          `${path} is a path to another file (${item}), which is not read: write the LLMConfig inline (model_loading_config, accelerator_type, engine_kwargs) in place of the path to have it checked`,
          rangeAt(serve, path),
          "notice"
        );
      }
    });
    return configs;
  }
  if (isRecord(args?.llm_config)) return [{ config: args.llm_config, path: `${argsPath}.llm_config` }];
  if (args && isRecord(args.model_loading_config)) return [{ config: args, path: argsPath }];
  ctx.note("llm-config-invalid", `${base} builds one LLM deployment but ${argsPath}.llm_config is not an LLMConfig: nothing in it is checked`, rangeAt(serve, args ? argsPath : base), "warning");
  return [];
}
function modelOf(serve, config, path, shown) {
  const loading = isRecord(config.model_loading_config) ? config.model_loading_config : void 0;
  const loadingPath = `${path}.model_loading_config`;
  const source = loading?.model_source;
  const candidates = [
    [source, `${loadingPath}.model_source`, "model_source"],
    [isRecord(source) ? source.bucket_uri : void 0, `${loadingPath}.model_source.bucket_uri`, "bucket_uri"],
    [loading?.model_id, `${loadingPath}.model_id`, "model_id"]
  ];
  for (const [raw, p, key] of candidates) {
    const text = typeof raw === "string" ? raw.trim() : void 0;
    if (text) return { value: text, range: rangeAt(serve, p), path: shown(p), via: { key } };
  }
  return void 0;
}
function engineItems(serve, kwargs, path, shown) {
  const items = [];
  if (!isRecord(kwargs)) return items;
  for (const [key, value] of Object.entries(kwargs)) {
    if (SET_BY_RAY.has(key)) continue;
    const p = joinPath(path, key);
    const at2 = { range: rangeAt(serve, p), path: shown(p), via: { key } };
    const flag = `--${key.replace(/_/g, "-")}`;
    if (value === true) {
      items.push({ text: flag, ...at2 });
      continue;
    }
    const text = value === false ? void 0 : key === "speculative_config" && isRecord(value) ? JSON.stringify(value) : scalarText(value);
    if (text === void 0) continue;
    items.push({ text: flag, ...at2 }, { text, ...at2 });
  }
  return items;
}
function requirementsOf(runtimeEnv) {
  if (!isRecord(runtimeEnv)) return void 0;
  const list = (raw) => {
    const items = isRecord(raw) ? raw.packages : raw;
    return Array.isArray(items) ? items.flatMap((r) => scalarText(r) ?? []) : void 0;
  };
  const conda = at(runtimeEnv, ["conda", "dependencies"]);
  const fromConda = Array.isArray(conda) ? conda.flatMap((d) => isRecord(d) ? list(d.pip) ?? [] : []) : [];
  const all = [...list(runtimeEnv.pip) ?? [], ...list(runtimeEnv.uv) ?? [], ...fromConda];
  return all.length > 0 ? all : void 0;
}
function groupImage(document, group) {
  if (!group) return void 0;
  const containers = at(document.value, [...pathSegments(group.path), "template", "spec", "containers"]);
  if (!Array.isArray(containers)) return void 0;
  for (const c of containers) {
    const image = isRecord(c) ? scalarText(c.image)?.trim() : void 0;
    if (image) return image;
  }
  return void 0;
}
function readLlmConfig(serve, config, path, appName, app, ctx) {
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
  const where = (modelId ? serve.ranges.get(`${path}.model_loading_config.model_id`)?.value : void 0) ?? model.range;
  const kwargsPath = `${path}.engine_kwargs`;
  const command = [
    { text: "vllm", range: model.range, path: "(ray serve) vllm" },
    { text: "serve", range: model.range, path: "(ray serve) serve" },
    { text: model.value, range: model.range, path: model.path, ...model.via ? { via: model.via } : {} }
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
  if (!facts.tensorParallel && !facts.pipelineParallel && gpu) d.hardwareRange = gpu.range;
  const requirements = requirementsOf(config.runtime_env) ?? app.requirements;
  ctx.deployments.push(withEngineVersion(d, { image: ctx.service ? groupImage(ctx.service.document, group) : void 0, ...requirements ? { requirements } : {} }));
}
function gpusPerReplica(facts, path, configRange) {
  const tp = facts.tensorParallel;
  const pp = facts.pipelineParallel;
  if (tp && pp) return { value: tp.value * pp.value, range: tp.range, path: `${tp.path} \xD7 pipeline_parallel_size (${pp.value})` };
  if (tp) return { value: tp.value, range: tp.range, path: tp.path };
  if (pp) return { value: pp.value, range: pp.range, path: pp.path };
  return { value: 1, range: configRange, path: `${path} (1 GPU: no tensor or pipeline parallelism)` };
}
function catalogName(raw) {
  if (gpuLookup.find(raw)) return raw;
  const withMemory = /^(.*?)[-_](\d+)G$/i.exec(raw);
  const spelled = withMemory ? `${withMemory[1]}-${withMemory[2]}GB` : void 0;
  return spelled && gpuLookup.find(spelled) ? spelled : raw;
}
function sameGpu(a, b) {
  const x = gpuLookup.find(a);
  const y = gpuLookup.find(b);
  return x !== void 0 && x === y;
}
function gpuOf(serve, config, path, name, where, count, ctx) {
  const accPath = `${path}.accelerator_type`;
  const written = scalarText(config.accelerator_type)?.trim();
  const cluster = ctx.service ? clusterOf(ctx.service) : void 0;
  let gpu;
  let group;
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
      group = typed.find((g) => sameGpu(g.gpu.value, gpu.value));
      const other = typed[0];
      if (!other) {
        group = cluster.groups.find((g) => g.gpus > 0);
      } else if (!group && gpuLookup.find(gpu.value) && gpuLookup.find(other.gpu.value)) {
        ctx.note(
          "gpu-not-in-cluster",
          `accelerator_type ${written} is not the GPU of any worker group (${other.label} runs on ${other.gpu.value}): Ray places the replica only on a node whose GPU is ${written}, so it cannot start on this cluster; checked as ${written}`,
          range,
          "warning"
        );
      }
    }
  } else if (cluster?.chosen?.gpu) {
    group = cluster.chosen;
    gpu = group.gpu;
    ctx.add(...cluster.notes);
  }
  if (!gpu) {
    const how = ctx.service ? `set accelerator_type in the llm_config (Ray's name: L4, A100-80G, H100\u2026), or the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations of the RayService, or a nodeSelector nvidia.com/gpu.product on the GPU worker group` : "set accelerator_type in the llm_config (Ray's name: L4, A100-80G, H100\u2026)";
    ctx.note("gpu-type-missing", `no GPU type is declared for ${name}: it is checked for the memory it needs per GPU, not against a GPU; ${how}, ${DECLARE_IN_CONFIG}`, where, "notice");
    const fallback = cluster ? cluster.chosen ?? cluster.groups.find((g) => g.gpus > 0) : void 0;
    return fallback ? { group: fallback } : {};
  }
  if (group?.perPod && count.value > group.perPod.value && group.perPod.value > 0) {
    ctx.note(
      "replica-spans-pods",
      `${name} needs ${count.value} GPUs per replica (one per engine worker) but a worker pod of ${group.label} has ${group.perPod.value} (${group.perPod.path}): Ray spreads the replica over several worker pods; each GPU's memory is checked as usual`,
      count.range,
      "notice"
    );
  }
  return group ? { gpu, group } : { gpu };
}
function clusterOf(service) {
  service.cluster ??= readCluster(service.document);
  return service.cluster;
}
var NOT_FOR_RAY = /* @__PURE__ */ new Set(["gpu-type-missing", "gpu-count-missing", "gpu-count-from-instance-type"]);
function rayClusterGroups(document, clusterPath, metadataPath = "metadata") {
  const groups = [];
  const workers = at(document.value, [...pathSegments(clusterPath), "workerGroupSpecs"]);
  const add = (path, label, role) => {
    const podSpecPath = `${path}.template.spec`;
    const declaration = gpuFromPodSpec(document, podSpecPath, metadataPath);
    const perPod = declaration.count;
    const group = { label, role, path, gpus: perPod?.value ?? 0, requestsGpus: containersRequestGpus(document, podSpecPath), declaration };
    if (declaration.gpu) group.gpu = declaration.gpu;
    if (perPod) group.perPod = perPod;
    groups.push(group);
  };
  if (Array.isArray(workers)) {
    workers.forEach((w, i) => {
      const groupName = isRecord(w) ? scalarText(w.groupName) : void 0;
      add(`${clusterPath}.workerGroupSpecs[${i}]`, `workerGroupSpecs[${i}]${groupName ? ` (${groupName})` : ""}`, "worker");
    });
  }
  add(`${clusterPath}.headGroupSpec`, "headGroupSpec", "head");
  return groups;
}
function containersRequestGpus(document, podSpecPath) {
  const containers = at(document.value, [...pathSegments(podSpecPath), "containers"]);
  if (!Array.isArray(containers)) return false;
  return containers.some((_, i) => (gpuCountOf(document, `${podSpecPath}.containers[${i}]`).count?.value ?? 0) > 0);
}
function readCluster(document) {
  const groups = rayClusterGroups(document, CLUSTER_PATH);
  const notes = [];
  const withGpus = groups.filter((g) => g.gpus > 0);
  const typed = withGpus.filter((g) => g.gpu);
  let chosen = typed[0] ?? withGpus[0] ?? groups.find((g) => g.gpu) ?? groups[0];
  const pick = leastMemoryOf(typed, (g) => g.gpu.value);
  if (pick && pick.distinct.length > 1) {
    const distinct = pick.distinct;
    chosen = pick.chosen;
    notes.push(
      gpuNote(
        "gpu-least-memory",
        `the worker groups have different GPUs (${distinct.map((g) => `${g.label}: ${g.gpu.value}`).join(", ")}): without accelerator_type Ray may place a replica on any of them; checked on ${chosen.gpu.value}, the one with the least memory; set accelerator_type to choose`,
        chosen.gpu.range
      )
    );
  }
  if (chosen?.gpu) notes.unshift(...chosen.declaration.notes.filter((n) => !NOT_FOR_RAY.has(n.code)));
  return chosen ? { groups, chosen, notes } : { groups, notes };
}

export {
  RAY_MARKERS,
  adaptRay,
  rayClusterGroups
};
