import type { SourceRange } from "../base/findings.js";
import { joinPath, pathSegments, type YamlDocument } from "../parse/yaml-file.js";
import type { Deployment, Located } from "../base/deployment.js";
import { readContainer } from "./container.js";
import { deploymentFromFacts, objectContext, withEngineVersion, type Adaptation } from "./kit.js";
import { ENTRYPOINT_MARKERS, readEngineArgs, type Engine, type EngineFacts, type EnvVar } from "./engine-args.js";
import { GPU_REQUEST_MARKERS, gpuFromPodSpec, gpuOfMig, type GpuDeclaration, type MigRequest } from "./gpu-declaration.js";
import type { AdaptNote } from "./notes.js";
import { isNimImage, NIM_IMAGE_MARKER, readNimContainer } from "./nim.js";
import { at, isRecord, parseWholeNumber, scalarText } from "./values.js";
import { describeValue } from "../base/text.js";

/**
 * Kubernetes workloads (Deployment, StatefulSet, Pod, Job, CronJob, LeaderWorkerSet, DaemonSet,
 * ReplicaSet) whose containers run a serving engine (vLLM, SGLang, TGI, TensorRT-LLM): each engine
 * container becomes one Deployment. The engine's command line says what it serves and how
 * (readEngineArgs), or, for an NVIDIA NIM image (`nvcr.io/nim/<org>/<model>`) run without a
 * command, the image's name and its NIM_* env (readNimContainer); the pod spec says on which GPUs
 * (gpuFromPodSpec). Replicas are copies, each checked alone, so they are ignored; a
 * LeaderWorkerSet group is one deployment over `size` pods.
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

export const KUBERNETES_KINDS = ["Deployment", "StatefulSet", "Pod", "Job", "LeaderWorkerSet", "DaemonSet", "ReplicaSet", "CronJob"] as const;
export type KubernetesKind = (typeof KUBERNETES_KINDS)[number];

/** Flags by which readEngineArgs recognises, in an args list without a command, the image entrypoint that reads them. */
const ENTRYPOINT_FLAGS = ENTRYPOINT_MARKERS.flatMap(([, flags]) => flags);

/** `--max-model-len`, `--max_model_len`, `--max-model_len`…: every spelling the engines accept. */
function flagSpellings(flag: string): string[] {
  let spellings = [""];
  flag.split("-").forEach((part, i) => {
    spellings = spellings.flatMap((s) => (i === 0 ? [part] : [`${s}-${part}`, `${s}_${part}`]));
  });
  // Long flags are written with two dashes; the short forms (`-tp`, `-pp`) with one, and `--tp` contains `-tp`.
  return spellings.map((s) => (s.length <= 2 ? `-${s}` : `--${s}`));
}

function withoutSubsumed(markers: string[]): string[] {
  const unique = [...new Set(markers)];
  return unique.filter((m) => !unique.some((other) => other !== m && m.includes(other)));
}

/**
 * Marker strings: a document this adapter understands always contains at least one (the discovery
 * pre-filter relies on it). The engine commands (`vllm serve`, `python -m vllm…`/`sglang…`,
 * `text-generation-launcher`, `trtllm-serve`), TGI's `MODEL_ID` env, and the flags by which an
 * args-only container is recognised, in each dash/underscore spelling. adaptKubernetes only reads
 * containers whose command, args or env contain one, so the property holds by construction (a
 * YAML escape like `"\x76llm"` in the file is the one way around it, and is then not read).
 */
export const KUBERNETES_MARKERS: readonly string[] = withoutSubsumed([
  // A container that asks for GPUs is read too, to say when it runs no engine the readers know.
  ...GPU_REQUEST_MARKERS,
  "vllm",
  "sglang",
  "text-generation-launcher",
  "trtllm-serve",
  "MODEL_ID",
  NIM_IMAGE_MARKER,
  ...ENTRYPOINT_FLAGS.flatMap(flagSpellings),
]);

/** Env variables the LeaderWorkerSet controller adds to every container of a group. */
const LWS_ENV = ["LWS_LEADER_ADDRESS", "LWS_GROUP_SIZE", "LWS_WORKER_INDEX"];


/** Where each kind keeps its pod specs: the one(s) the engine may run in, in order of preference. */
function podSpecPaths(kind: KubernetesKind, value: unknown): string[] {
  switch (kind) {
    case "Pod":
      return ["spec"];
    case "CronJob":
      return ["spec.jobTemplate.spec.template.spec"];
    case "LeaderWorkerSet": {
      // Without a leaderTemplate, the leader is created from the workerTemplate.
      const paths: string[] = [];
      if (isRecord(at(value, ["spec", "leaderWorkerTemplate", "leaderTemplate"]))) paths.push("spec.leaderWorkerTemplate.leaderTemplate.spec");
      paths.push("spec.leaderWorkerTemplate.workerTemplate.spec");
      return paths;
    }
    default:
      return ["spec.template.spec"];
  }
}




const HOW_TO_NAME_MODEL: Record<Engine, string> = {
  vllm: "pass --model (vLLM) or the model after `vllm serve`",
  sglang: "pass --model-path (SGLang)",
  tgi: "pass --model-id or set the env MODEL_ID (TGI)",
  trtllm: "pass the model after `trtllm-serve` (TensorRT-LLM)",
};

interface EngineContainer {
  index: number;
  /** Path of the container: `spec.template.spec.containers[0]`. */
  path: string;
  name: string;
  nameRange: SourceRange;
  facts: EngineFacts;
  hasEnvFrom: boolean;
  /** GPUs the container itself asks for, when it does. */
  ownCount?: Located<number>;
  /** The MIG profile of the devices it asks for, when they are MIG devices. */
  ownMig?: MigRequest;
  /** The container's image (the engine's version is read from its tag). */
  image?: string;
  /** Its command and args, whose install commands (`pip install vllm==0.8.5 && vllm serve …`) pin the engine's version over the image's. */
  scripts: string[];
  env: EnvVar[];
  /** The NIM image it runs, when its facts are NIM's (readNimContainer). */
  nimImage?: Located<string>;
}

/**
 * The deployments a Kubernetes workload runs, one per engine container; null when the document
 * is not a workload of a known kind running a known engine.
 */
export function adaptKubernetes(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value)) return null;
  const kind = value.kind;
  if (typeof kind !== "string" || !(KUBERNETES_KINDS as readonly string[]).includes(kind)) return null;
  const k = kind as KubernetesKind;

  // Find the pod spec running engine containers (the leader's, for a LeaderWorkerSet).
  let podSpecPath: string | undefined;
  let engines: EngineContainer[] = [];
  for (const path of podSpecPaths(k, value)) {
    const found = engineContainers(document, path, k === "LeaderWorkerSet");
    if (found.length > 0) {
      podSpecPath = path;
      engines = found;
      break;
    }
  }
  if (podSpecPath === undefined) {
    // No engine: a container that asks for GPUs is told it is not checked, and how to have it checked.
    for (const path of podSpecPaths(k, value)) {
      const idle = gpuContainersWithoutEngine(document, path, new Set());
      if (idle.length === 0) continue;
      const ctx = objectContext(document, file, absolutePath, k);
      for (const n of idle) ctx.add(n);
      return { deployments: [], notes: ctx.notes };
    }
    return null;
  }

  const ctx = objectContext(document, file, absolutePath, k);
  const { note } = ctx;

  // A LeaderWorkerSet group is `size` pods (leader included) each with the pod's GPUs.
  let groupSize: Located<number> | undefined;
  if (k === "LeaderWorkerSet") {
    const raw = at(value, ["spec", "leaderWorkerTemplate", "size"]);
    const sizePath = "spec.leaderWorkerTemplate.size";
    if (raw !== undefined && raw !== null) {
      const n = parseWholeNumber(raw);
      if (n === undefined || n < 1) {
        note("not-whole-number", `${sizePath} is ${describeValue(raw)}, not a whole number of pods: the group is counted as 1 pod`, ctx.rangeOf(sizePath), "warning");
      } else {
        groupSize = { value: n, range: ctx.rangeOf(sizePath), path: sizePath };
        if (typeof raw === "string") note("number-as-string", `${sizePath} is the string ${describeValue(raw)}: Kubernetes expects a number; read as ${n}`, ctx.rangeOf(sizePath), "warning");
      }
    }
  }

  // Notes about what the pod spec lacks are told at the (first) engine container.
  const declaration = gpuFromPodSpec(document, podSpecPath, "metadata", engines[0]!.nameRange);
  // A LeaderWorkerSet's workers usually ask for the GPUs the leader does; read them when the leader does not say.
  let workerDeclaration: GpuDeclaration | undefined;
  if (k === "LeaderWorkerSet" && !declaration.count && podSpecPath !== "spec.leaderWorkerTemplate.workerTemplate.spec") {
    workerDeclaration = gpuFromPodSpec(document, "spec.leaderWorkerTemplate.workerTemplate.spec", "metadata");
  }

  const several = engines.length > 1;
  const deployments: Deployment[] = [];
  for (const container of engines) {
    const facts = container.facts;
    const where = container.nameRange;

    let unresolved = false;
    for (const problem of facts.problems) {
      const unset = problem.code === "env-var-unset";
      unresolved ||= unset;
      // An undefined $(VAR) may be set by envFrom, which is not read.
      if (container.hasEnvFrom && unset) {
        note(problem.code, `${problem.message} (it may come from the container's envFrom, which is not read)`, problem.range, "notice");
      } else {
        ctx.add(problem);
      }
    }

    // When this deployment is checked, its GPU count is told below (from the container, the
    // workers or the parallelism), so the pod-level notes that would contradict it are left out.
    const checked = facts.model !== undefined;
    const usesOwnCount = container.ownCount !== undefined && container.ownCount.value !== declaration.count?.value;
    for (const n of declaration.notes) {
      if (checked && !declaration.count && n.code === "gpu-count-missing") continue;
      if (usesOwnCount && n.code === "gpu-count-summed") continue;
      ctx.add(n);
    }

    const label = several ? `${ctx.name}/${container.name}` : ctx.name;
    if (!facts.model) {
      if (unresolved) {
        // The model is most likely the unresolved variable; from envFrom, the manifest is not wrong.
        note(
          "model-unresolved",
          `no model found in the engine arguments of container ${container.name}: a variable in them is not resolved${container.hasEnvFrom ? " (envFrom is not read)" : ""}; ${HOW_TO_NAME_MODEL[facts.engine]} with a value written in the manifest to have ${label} checked`,
          where,
          container.hasEnvFrom ? "notice" : "warning",
        );
      } else if (container.nimImage) {
        // Told by the NIM reading (model-missing), with how to name the model.
      } else {
        note("model-missing", `no model found in the engine arguments of container ${container.name}: ${HOW_TO_NAME_MODEL[facts.engine]}; ${label} is not checked`, where, "warning");
      }
      continue;
    }

    // GPUs per pod: the container's own, else the pod's, else the workers', else assumed from the parallelism.
    const perPod = container.ownCount ?? declaration.count ?? workerDeclaration?.count;
    // The container's own MIG devices make the GPU their profile, when the pod's declaration did not.
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
      ...(perPod ? { count: perPod } : {}),
      ...(groupSize ? { group: groupSize } : {}),
      howToCount: "add resources.limits nvidia.com/gpu (or amd.com/gpu) to the container",
      serving: where,
      note,
    });
    if (d) deployments.push(withEngineVersion(d, { image: container.image, scripts: container.scripts, env: container.env }));
  }
  for (const n of gpuContainersWithoutEngine(document, podSpecPath, new Set(engines.map((e) => e.index)))) ctx.add(n);
  return { deployments, notes: ctx.notes };
}

/**
 * The notices for the containers of a pod spec that ask for GPUs (nvidia.com/gpu, amd.com/gpu, MIG
 * devices) but run no engine the readers know (not in `engines`, by index): each is not checked,
 * and the notice says how to have it read. Only documents that contain a GPU resource name, one
 * of the markers, are read this way.
 */
function gpuContainersWithoutEngine(document: YamlDocument, podSpecPath: string, engines: Set<number>): AdaptNote[] {
  const containers = at(document.value, [...pathSegments(podSpecPath), "containers"]);
  if (!Array.isArray(containers)) return [];
  const notes: AdaptNote[] = [];
  containers.forEach((container: unknown, index) => {
    if (!isRecord(container) || engines.has(index)) return;
    const path = joinPath(joinPath(podSpecPath, "containers"), index);
    const items = readContainer(document, container, path, `containers[${index}]`);
    if (!items.ownCount) return;
    notes.push({
      code: "gpu-container-no-engine",
      message:
        `container ${items.name} asks for GPUs (${items.ownCount.path}) but runs no engine llm-physics reads, so it is not checked: ` +
        "start the engine in its command or args with the model named (vllm serve <org/model>, python -m sglang.launch_server --model-path <org/model>, " +
        "text-generation-launcher --model-id <org/model> or the env MODEL_ID, trtllm-serve <org/model>), or, for an image whose entrypoint starts vLLM, pass --model <org/model> in its args",
      range: items.nameRange,
      severity: "notice",
    });
  });
  return notes;
}


function mentionsMarker(texts: string[]): boolean {
  return texts.some((t) => KUBERNETES_MARKERS.some((m) => t.includes(m)));
}

/** The containers of a pod spec whose command line starts a serving engine. */
function engineContainers(document: YamlDocument, podSpecPath: string, inLeaderWorkerSet: boolean): EngineContainer[] {
  const containers = at(document.value, [...pathSegments(podSpecPath), "containers"]);
  if (!Array.isArray(containers)) return [];
  const found: EngineContainer[] = [];
  containers.forEach((container: unknown, index) => {
    if (!isRecord(container)) return;
    const path = joinPath(joinPath(podSpecPath, "containers"), index);
    const items = readContainer(document, container, path, `containers[${index}]`);
    const { command, args } = items;
    const injected = inLeaderWorkerSet ? LWS_ENV : [];
    const containerRange = document.ranges.get(path)?.value ?? document.range;
    const env: EnvVar[] = [...injected.map((name) => ({ name, value: null, range: containerRange, path: `${path} (set by LeaderWorkerSet)` })), ...items.env];

    // Only what the discovery pre-filter would let through is read, so both agree.
    const texts = [...command, ...args].map((a) => a.text);
    for (const e of env.slice(injected.length)) texts.push(e.name, e.value ?? "");
    // A NIM image is read by its name (the NIM marker); other images leave the pre-filter as it was.
    const image = scalarText(container.image)?.trim();
    if (image && isNimImage(image)) texts.push(image);
    if (!mentionsMarker(texts)) return;

    // An NVIDIA NIM image run by its entrypoint: its name and NIM_* env say what it serves (its args are vLLM's flags after nim-serve).
    let nimImage: Located<string> | undefined;
    let facts: EngineFacts | null;
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
      ...(items.ownCount ? { ownCount: items.ownCount } : {}),
      ...(items.ownMig ? { ownMig: items.ownMig } : {}),
      ...(nimImage ? { nimImage } : {}),
      ...(image ? { image } : {}),
      scripts: [...command, ...args].map((a) => a.text),
      env,
    });
  });
  return found;
}
