import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  NIM_IMAGE_MARKER,
  isNimImage,
  readNimContainer
} from "./chunk-NB2YBJYL.js";
import {
  readContainer
} from "./chunk-QMDV6F3O.js";
import {
  GPU_REQUEST_MARKERS,
  gpuFromPodSpec,
  gpuOfMig
} from "./chunk-MIJ4L7P2.js";
import {
  ENTRYPOINT_MARKERS,
  deploymentFromFacts,
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
import {
  joinPath,
  pathSegments
} from "./chunk-TQVKSG5V.js";
import {
  describeValue
} from "./chunk-LRW7K6N5.js";

// src/adapt/kubernetes.ts
var KUBERNETES_KINDS = ["Deployment", "StatefulSet", "Pod", "Job", "LeaderWorkerSet", "DaemonSet", "ReplicaSet", "CronJob"];
var ENTRYPOINT_FLAGS = ENTRYPOINT_MARKERS.flatMap(([, flags]) => flags);
function flagSpellings(flag) {
  let spellings = [""];
  flag.split("-").forEach((part, i) => {
    spellings = spellings.flatMap((s) => i === 0 ? [part] : [`${s}-${part}`, `${s}_${part}`]);
  });
  return spellings.map((s) => s.length <= 2 ? `-${s}` : `--${s}`);
}
function withoutSubsumed(markers) {
  const unique = [...new Set(markers)];
  return unique.filter((m) => !unique.some((other) => other !== m && m.includes(other)));
}
var KUBERNETES_MARKERS = withoutSubsumed([
  // A container that asks for GPUs is read too, to say when it runs no engine the readers know.
  ...GPU_REQUEST_MARKERS,
  "vllm",
  "sglang",
  "text-generation-launcher",
  "trtllm-serve",
  "MODEL_ID",
  NIM_IMAGE_MARKER,
  ...ENTRYPOINT_FLAGS.flatMap(flagSpellings)
]);
var LWS_ENV = ["LWS_LEADER_ADDRESS", "LWS_GROUP_SIZE", "LWS_WORKER_INDEX"];
function podSpecPaths(kind, value) {
  switch (kind) {
    case "Pod":
      return ["spec"];
    case "CronJob":
      return ["spec.jobTemplate.spec.template.spec"];
    case "LeaderWorkerSet": {
      const paths = [];
      if (isRecord(at(value, ["spec", "leaderWorkerTemplate", "leaderTemplate"]))) paths.push("spec.leaderWorkerTemplate.leaderTemplate.spec");
      paths.push("spec.leaderWorkerTemplate.workerTemplate.spec");
      return paths;
    }
    default:
      return ["spec.template.spec"];
  }
}
var HOW_TO_NAME_MODEL = {
  vllm: "pass --model (vLLM) or the model after `vllm serve`",
  sglang: "pass --model-path (SGLang)",
  tgi: "pass --model-id or set the env MODEL_ID (TGI)",
  trtllm: "pass the model after `trtllm-serve` (TensorRT-LLM)"
};
function adaptKubernetes(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const kind = value.kind;
  if (typeof kind !== "string" || !KUBERNETES_KINDS.includes(kind)) return null;
  const k = kind;
  let podSpecPath;
  let engines = [];
  for (const path of podSpecPaths(k, value)) {
    const found = engineContainers(document, path, k === "LeaderWorkerSet");
    if (found.length > 0) {
      podSpecPath = path;
      engines = found;
      break;
    }
  }
  if (podSpecPath === void 0) {
    for (const path of podSpecPaths(k, value)) {
      const idle = gpuContainersWithoutEngine(document, path, /* @__PURE__ */ new Set());
      if (idle.length === 0) continue;
      const ctx2 = objectContext(document, file, absolutePath, k);
      for (const n of idle) ctx2.add(n);
      return { deployments: [], notes: ctx2.notes };
    }
    return null;
  }
  const ctx = objectContext(document, file, absolutePath, k);
  const { note } = ctx;
  let groupSize;
  if (k === "LeaderWorkerSet") {
    const raw = at(value, ["spec", "leaderWorkerTemplate", "size"]);
    const sizePath = "spec.leaderWorkerTemplate.size";
    if (raw !== void 0 && raw !== null) {
      const n = parseWholeNumber(raw);
      if (n === void 0 || n < 1) {
        note("not-whole-number", `${sizePath} is ${describeValue(raw)}, not a whole number of pods: the group is counted as 1 pod`, ctx.rangeOf(sizePath), "warning");
      } else {
        groupSize = { value: n, range: ctx.rangeOf(sizePath), path: sizePath };
        if (typeof raw === "string") note("number-as-string", `${sizePath} is the string ${describeValue(raw)}: Kubernetes expects a number; read as ${n}`, ctx.rangeOf(sizePath), "warning");
      }
    }
  }
  const declaration = gpuFromPodSpec(document, podSpecPath, "metadata", engines[0].nameRange);
  let workerDeclaration;
  if (k === "LeaderWorkerSet" && !declaration.count && podSpecPath !== "spec.leaderWorkerTemplate.workerTemplate.spec") {
    workerDeclaration = gpuFromPodSpec(document, "spec.leaderWorkerTemplate.workerTemplate.spec", "metadata");
  }
  const several = engines.length > 1;
  const deployments = [];
  for (const container of engines) {
    const facts = container.facts;
    const where = container.nameRange;
    let unresolved = false;
    for (const problem of facts.problems) {
      const unset = problem.code === "env-var-unset";
      unresolved ||= unset;
      if (container.hasEnvFrom && unset) {
        note(problem.code, `${problem.message} (it may come from the container's envFrom, which is not read)`, problem.range, "notice");
      } else {
        ctx.add(problem);
      }
    }
    const checked = facts.model !== void 0;
    const usesOwnCount = container.ownCount !== void 0 && container.ownCount.value !== declaration.count?.value;
    for (const n of declaration.notes) {
      if (checked && !declaration.count && n.code === "gpu-count-missing") continue;
      if (usesOwnCount && n.code === "gpu-count-summed") continue;
      ctx.add(n);
    }
    const label = several ? `${ctx.name}/${container.name}` : ctx.name;
    if (!facts.model) {
      if (unresolved) {
        note(
          "model-unresolved",
          `no model found in the engine arguments of container ${container.name}: a variable in them is not resolved${container.hasEnvFrom ? " (envFrom is not read)" : ""}; ${HOW_TO_NAME_MODEL[facts.engine]} with a value written in the manifest to have ${label} checked`,
          where,
          container.hasEnvFrom ? "notice" : "warning"
        );
      } else if (container.nimImage) {
      } else {
        note("model-missing", `no model found in the engine arguments of container ${container.name}: ${HOW_TO_NAME_MODEL[facts.engine]}; ${label} is not checked`, where, "warning");
      }
      continue;
    }
    const perPod = container.ownCount ?? declaration.count ?? workerDeclaration?.count;
    let gpu = declaration.gpu;
    if (container.ownMig && !(gpu && /-MIG-|^mig-/i.test(gpu.value))) {
      const sliced = gpuOfMig(container.ownMig, gpu);
      gpu = sliced.gpu;
      ctx.add(...sliced.notes);
    }
    const d = deploymentFromFacts({
      name: label,
      subject: `container ${container.name}`,
      file,
      absolutePath,
      format: "kubernetes",
      range: ctx.deploymentRange,
      facts,
      // Without a GPU type (the declaration's note says how to declare one) it is checked for what it needs per GPU.
      gpu,
      nodeLabels: declaration.nodeLabels,
      ...perPod ? { count: perPod } : {},
      ...groupSize ? { group: groupSize } : {},
      howToCount: "add resources.limits nvidia.com/gpu (or amd.com/gpu) to the container",
      serving: where,
      note
    });
    if (d) deployments.push(withEngineVersion(d, { image: container.image, scripts: container.scripts, env: container.env }));
  }
  for (const n of gpuContainersWithoutEngine(document, podSpecPath, new Set(engines.map((e) => e.index)))) ctx.add(n);
  return { deployments, notes: ctx.notes };
}
function gpuContainersWithoutEngine(document, podSpecPath, engines) {
  const containers = at(document.value, [...pathSegments(podSpecPath), "containers"]);
  if (!Array.isArray(containers)) return [];
  const notes = [];
  containers.forEach((container, index) => {
    if (!isRecord(container) || engines.has(index)) return;
    const path = joinPath(joinPath(podSpecPath, "containers"), index);
    const items = readContainer(document, container, path, `containers[${index}]`);
    if (!items.ownCount) return;
    notes.push({
      code: "gpu-container-no-engine",
      message: `container ${items.name} asks for GPUs (${items.ownCount.path}) but runs no engine llm-physics reads, so it is not checked: start the engine in its command or args with the model named (vllm serve <org/model>, python -m sglang.launch_server --model-path <org/model>, text-generation-launcher --model-id <org/model> or the env MODEL_ID, trtllm-serve <org/model>), or, for an image whose entrypoint starts vLLM, pass --model <org/model> in its args`,
      range: items.nameRange,
      severity: "notice"
    });
  });
  return notes;
}
function mentionsMarker(texts) {
  return texts.some((t) => KUBERNETES_MARKERS.some((m) => t.includes(m)));
}
function engineContainers(document, podSpecPath, inLeaderWorkerSet) {
  const containers = at(document.value, [...pathSegments(podSpecPath), "containers"]);
  if (!Array.isArray(containers)) return [];
  const found = [];
  containers.forEach((container, index) => {
    if (!isRecord(container)) return;
    const path = joinPath(joinPath(podSpecPath, "containers"), index);
    const items = readContainer(document, container, path, `containers[${index}]`);
    const { command, args } = items;
    const injected = inLeaderWorkerSet ? LWS_ENV : [];
    const containerRange = document.ranges.get(path)?.value ?? document.range;
    const env = [...injected.map((name) => ({ name, value: null, range: containerRange, path: `${path} (set by LeaderWorkerSet)` })), ...items.env];
    const texts = [...command, ...args].map((a) => a.text);
    for (const e of env.slice(injected.length)) texts.push(e.name, e.value ?? "");
    const image = scalarText(container.image)?.trim();
    if (image && isNimImage(image)) texts.push(image);
    if (!mentionsMarker(texts)) return;
    let nimImage;
    let facts;
    if (image && command.length === 0 && isNimImage(image)) {
      const imagePath = joinPath(path, "image");
      nimImage = { value: image, range: document.ranges.get(imagePath)?.value ?? containerRange, path: imagePath };
      facts = readNimContainer({ image: nimImage, env, args, envKey: joinPath(path, "env") });
    } else {
      facts = readEngineArgs(command, args, env);
    }
    if (!facts) return;
    found.push({
      index,
      path,
      name: items.name,
      nameRange: items.nameRange,
      facts,
      hasEnvFrom: items.hasEnvFrom,
      ...items.ownCount ? { ownCount: items.ownCount } : {},
      ...items.ownMig ? { ownMig: items.ownMig } : {},
      ...nimImage ? { nimImage } : {},
      ...image ? { image } : {},
      scripts: [...command, ...args].map((a) => a.text),
      env
    });
  });
  return found;
}

export {
  KUBERNETES_KINDS,
  KUBERNETES_MARKERS,
  adaptKubernetes
};
