import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  rayClusterGroups
} from "./chunk-SNYEXAWA.js";
import "./chunk-OC4ZGKBL.js";
import {
  readContainer
} from "./chunk-QMDV6F3O.js";
import {
  DECLARE_IN_CONFIG,
  GPU_ANNOTATION,
  PRODUCT_LABEL,
  gpuNote,
  leastMemoryOf
} from "./chunk-MIJ4L7P2.js";
import {
  deploymentFromFacts,
  objectContext,
  readEngineArgs,
  withEngineVersion
} from "./chunk-VUGMCGJM.js";
import {
  at,
  isRecord,
  parseWholeNumber
} from "./chunk-3G5BXTFK.js";
import {
  joinPath,
  pathSegments
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

// src/adapt/aibrix.ts
var AIBRIX_MARKERS = ["orchestration.aibrix.ai"];
var KUBERAY_MARKERS = ["ray.io/"];
var FLEET = { format: "aibrix", group: "orchestration.aibrix.ai/", kinds: ["RayClusterFleet", "RayClusterReplicaSet"], cluster: "spec.template.spec" };
var RAY_CLUSTER = { format: "kuberay", group: "ray.io/", kinds: ["RayCluster"], cluster: "spec" };
var headPodOf = (shape) => `${shape.cluster}.headGroupSpec.template.spec`;
var KUBERAY_ENV = ["KUBERAY_GEN_RAY_START_CMD", "RAY_IP", "RAY_PORT", "RAY_ADDRESS", "RAY_CLUSTER_NAME"];
var TOLD_HERE = /* @__PURE__ */ new Set(["gpu-type-missing", "gpu-count-missing"]);
var HOW_TO_COUNT = "add resources.limits nvidia.com/gpu to the ray-head and ray-worker containers (headGroupSpec and workerGroupSpecs pod templates)";
function adaptAibrix(document, file, absolutePath) {
  return adaptCluster(document, file, absolutePath, FLEET);
}
function adaptRayCluster(document, file, absolutePath) {
  return adaptCluster(document, file, absolutePath, RAY_CLUSTER);
}
function adaptCluster(document, file, absolutePath, shape) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const apiVersion = value.apiVersion;
  const kind = value.kind;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(shape.group) || typeof kind !== "string" || !shape.kinds.includes(kind)) return null;
  const CLUSTER = shape.cluster;
  const HEAD_POD = headPodOf(shape);
  if (!isRecord(at(value, pathSegments(CLUSTER)))) return null;
  const ctx = objectContext(document, file, absolutePath, kind);
  const groups = rayClusterGroups(document, CLUSTER);
  const withGpus = groups.filter((g) => g.gpus > 0);
  const engine = headEngine(document, HEAD_POD);
  if (!engine) {
    const gpuGroups = groups.filter((g) => g.requestsGpus);
    if (gpuGroups.length === 0) return null;
    ctx.note(
      "gpu-container-no-engine",
      `${kind} ${ctx.name} asks for GPUs (${gpuGroups.map((g) => g.label).join(", ")}) but its head runs no engine llm-physics reads, so it is not checked: start the engine in the ray-head container's command or args with the model named, after ray start (vllm serve <org/model> --tensor-parallel-size N --pipeline-parallel-size M --distributed-executor-backend ray)`,
      ctx.keyRangeOf(HEAD_POD, ctx.deploymentRange),
      "notice"
    );
    return { deployments: [], notes: ctx.notes };
  }
  const { facts, name: containerName, nameRange } = engine;
  ctx.add(...facts.problems);
  if (shape === FLEET) fleetReplicas(ctx);
  if (!facts.model) {
    ctx.note("model-missing", `no model found in the engine arguments of the head container ${containerName}: pass the model after \`vllm serve\` (or --model); ${ctx.name} is not checked`, nameRange, "warning");
    return { deployments: [], notes: ctx.notes };
  }
  const count = clusterCount(ctx, groups, facts);
  const { gpu, nodeLabels } = clusterGpu(ctx, groups, withGpus, nameRange);
  const d = deploymentFromFacts({
    name: ctx.name,
    subject: `the Ray cluster of ${ctx.name}`,
    file,
    absolutePath,
    format: shape.format,
    range: ctx.deploymentRange,
    facts,
    gpu,
    nodeLabels,
    ...count ? { count } : {},
    howToCount: HOW_TO_COUNT,
    serving: nameRange,
    note: ctx.note
  });
  return { deployments: d ? [withEngineVersion(d, engine.version)] : [], notes: ctx.notes };
}
function headEngine(document, HEAD_POD) {
  const containers = at(document.value, [...pathSegments(HEAD_POD), "containers"]);
  if (!Array.isArray(containers)) return void 0;
  for (let i = 0; i < containers.length; i++) {
    const container = containers[i];
    if (!isRecord(container)) continue;
    const path = joinPath(`${HEAD_POD}.containers`, i);
    const items = readContainer(document, container, path, `containers[${i}]`);
    const containerRange = document.ranges.get(path)?.value ?? document.range;
    const injected = KUBERAY_ENV.map((name) => ({ name, value: null, range: containerRange, path: `${path} (set by KubeRay)` }));
    const facts = readEngineArgs(items.command, items.args, [...injected, ...items.env]);
    if (facts) return { facts, name: items.name, nameRange: items.nameRange, version: { image: items.image, scripts: [...items.command, ...items.args].map((a) => a.text), env: items.env } };
  }
  return void 0;
}
function wholeAt(ctx, path, ifNot) {
  const raw = at(ctx.document.value, pathSegments(path));
  if (raw === void 0 || raw === null) return void 0;
  const n = parseWholeNumber(raw);
  if (n === void 0) {
    ctx.note("not-whole-number", `${path} is ${describeValue(raw)}, not a whole number: ${ifNot}`, ctx.rangeOf(path), "warning");
    return void 0;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${path} is the string ${describeValue(raw)}: the API expects a number; read as ${n}`, ctx.rangeOf(path), "warning");
  return n;
}
function fleetReplicas(ctx) {
  wholeAt(ctx, "spec.replicas", "each Ray cluster is checked alone either way");
}
function workerPods(ctx, group) {
  if (at(ctx.document.value, [...pathSegments(group.path), "suspend"]) === true) return { pods: 0, how: "suspend: true" };
  const whole = (key) => wholeAt(ctx, `${group.path}.${key}`, `${group.label} is counted as if it were not set`);
  const replicas = whole("replicas");
  const min = whole("minReplicas") ?? 0;
  const max = whole("maxReplicas");
  const hosts = whole("numOfHosts") ?? 1;
  let n;
  let how;
  if (replicas === void 0 || replicas < min) {
    n = min;
    how = replicas === void 0 ? `minReplicas ${min} (no replicas)` : `minReplicas ${min} (replicas ${replicas} is below it)`;
  } else if (max !== void 0 && replicas > max) {
    n = max;
    how = `maxReplicas ${max} (replicas ${replicas} is above it)`;
  } else {
    n = replicas;
    how = `replicas ${replicas}`;
  }
  if (hosts !== 1) how = `${how} \xD7 numOfHosts ${hosts}`;
  return { pods: n * hosts, how };
}
function clusterCount(ctx, groups, facts) {
  const parts = [];
  for (const group of groups) {
    if (!group.perPod || group.perPod.value <= 0) continue;
    const perPod = group.perPod;
    if (group.role === "head") {
      parts.unshift({ group, pods: 1, perPod, shown: `headGroupSpec ${plural(perPod.value, "GPU")}` });
      continue;
    }
    const { pods: pods2, how } = workerPods(ctx, group);
    if (pods2 === 0) {
      ctx.note(
        "workers-not-counted",
        `${group.label} asks for ${plural(perPod.value, "GPU")} per pod but starts no pods (${how}): its GPUs are not counted; set replicas to the worker pods the engine runs on`,
        ctx.keyRangeOf(`${group.path}.replicas`, ctx.keyRangeOf(group.path)),
        "notice"
      );
      continue;
    }
    parts.push({ group, pods: pods2, perPod, shown: `${group.label} ${how} \xD7 ${plural(perPod.value, "GPU")}` });
  }
  const first = parts[0];
  if (!first) return void 0;
  const total = parts.reduce((sum, p) => sum + p.pods * p.perPod.value, 0);
  const pods = parts.reduce((sum, p) => sum + p.pods, 0);
  if (pods === 1) return first.perPod;
  const shown = parts.map((p) => p.shown).join(" + ");
  const tp = facts.tensorParallel?.value ?? 1;
  const pp = facts.pipelineParallel?.value ?? 1;
  const worker = parts.find((p) => p.group.role === "worker") ?? first;
  ctx.note(
    "multi-node",
    `${ctx.name} runs one engine over the Ray cluster's ${pods} GPU pods (${shown}): checked as one deployment over all ${total} GPUs, tensor parallel ${tp} \xD7 pipeline parallel ${pp}`,
    ctx.keyRangeOf(`${worker.group.path}.replicas`, worker.perPod.range),
    "notice"
  );
  return { value: total, range: first.perPod.range, path: shown };
}
function plural(n, unit) {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
function clusterGpu(ctx, groups, withGpus, anchor) {
  const headFirst = (list) => [...list.filter((g) => g.role === "head"), ...list.filter((g) => g.role !== "head")];
  const candidates = headFirst(withGpus.length > 0 ? withGpus.filter((g) => g.gpu) : groups.filter((g) => g.gpu));
  let chosen = candidates[0];
  const notes = [];
  const pick = leastMemoryOf(candidates, (g) => g.gpu.value);
  if (pick && pick.distinct.length > 1) {
    chosen = pick.chosen;
    notes.push(
      gpuNote(
        "gpu-least-memory",
        `the Ray cluster's groups have different GPUs (${pick.distinct.map((g) => `${g.label}: ${g.gpu.value}`).join(", ")}): the engine's shards run on all of them; checked on ${chosen.gpu.value}, the one with the least memory`,
        chosen.gpu.range
      )
    );
  }
  for (const g of withGpus.length > 0 ? withGpus : chosen ? [chosen] : []) ctx.add(...g.declaration.notes.filter((n) => !TOLD_HERE.has(n.code)));
  ctx.add(...notes);
  const labels = (chosen ?? headFirst(withGpus)[0] ?? groups.find((g) => g.role === "head"))?.declaration.nodeLabels;
  if (chosen?.gpu) return labels ? { gpu: chosen.gpu, nodeLabels: labels } : { gpu: chosen.gpu };
  const firstGpuGroup = headFirst(withGpus)[0];
  const where = firstGpuGroup ? ctx.keyRangeOf(`${firstGpuGroup.path}.template.spec`, anchor) : anchor;
  ctx.note(
    "gpu-type-missing",
    `no GPU type is declared for ${ctx.name}: it is checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL} to the pod templates of the GPU groups (headGroupSpec, workerGroupSpecs), or the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations of the ${String(at(ctx.document.value, ["kind"]))}, ${DECLARE_IN_CONFIG}`,
    where,
    "notice"
  );
  return labels ? { nodeLabels: labels } : {};
}
export {
  AIBRIX_MARKERS,
  KUBERAY_MARKERS,
  adaptAibrix,
  adaptRayCluster
};
