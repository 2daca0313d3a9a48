import type { SourceRange } from "../base/findings.js";
import type { Located } from "../base/deployment.js";
import { describeValue } from "../base/text.js";
import { joinPath, pathSegments, type YamlDocument } from "../parse/yaml-file.js";
import { readContainer } from "./container.js";
import { readEngineArgs, type EngineFacts, type EnvVar } from "./engine-args.js";
import { DECLARE_IN_CONFIG, GPU_ANNOTATION, PRODUCT_LABEL, gpuNote, leastMemoryOf } from "./gpu-declaration.js";
import { deploymentFromFacts, objectContext, withEngineVersion, type Adaptation, type EngineVersionSources, type ObjectContext } from "./kit.js";
import type { AdaptNote, NoteCode } from "./notes.js";
import { rayClusterGroups, type RayGroup } from "./ray.js";
import { at, isRecord, parseWholeNumber } from "./values.js";

/**
 * AIBrix multi-node serving (vllm-project/aibrix, `orchestration.aibrix.ai/v1alpha1`): a
 * `RayClusterFleet` (and the `RayClusterReplicaSet` it manages) whose `spec.template.spec` is a
 * KubeRay RayCluster spec, `headGroupSpec` and `workerGroupSpecs` pod templates. The head
 * container starts one vLLM engine over the whole Ray cluster (`vllm serve MODEL
 * --tensor-parallel-size N --pipeline-parallel-size M --distributed-executor-backend ray`, in its
 * command, args or a `bash -c` script), so each fleet is one deployment (format `aibrix`):
 *
 * - the engine facts from the head's first container that runs an engine (readEngineArgs), the
 *   engine's version from its image's tag (`vllm/vllm-openai:v0.9.1`) or an install command in
 *   its script (`pip install vllm==0.9.1`);
 * - the GPUs: the head pod's, plus for each worker group its pods (`replicas`, raised to
 *   `minReplicas` and capped at `maxReplicas` as KubeRay does, none when `suspend`, times
 *   `numOfHosts`) times the GPUs of one of its pods; a count over several pods gets a
 *   `multi-node` notice, a GPU group that starts no pods a `workers-not-counted` one;
 * - the GPU type from the groups' annotation, nodeSelector or affinity (gpuFromPodSpec, through
 *   ray.ts's rayClusterGroups); groups with different GPUs are checked on the one with the least
 *   memory, as the engine's shards run on all of them.
 *
 * The fleet's `spec.replicas` are copies of the whole Ray cluster, each checked alone, so they
 * are not multiplied in (a value that is not a whole number is a warning). The
 * `model.aibrix.ai/name` label names the model as AIBrix's gateway routes to it (the served name),
 * not the checkpoint, so facts are not read from it. AIBrix's plain Deployments (with that label)
 * are Kubernetes Deployments and read by kubernetes.ts.
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptAibrix accepts has this apiVersion group. */
export const AIBRIX_MARKERS: readonly string[] = ["orchestration.aibrix.ai"];

/**
 * A plain KubeRay `RayCluster` (`ray.io/v1`) whose head starts the engine over the cluster is the
 * same shape at `spec` (format `kuberay`): every document adaptRayCluster accepts has this group.
 */
export const KUBERAY_MARKERS: readonly string[] = ["ray.io/"];

interface Shape {
  format: string;
  group: string;
  kinds: readonly string[];
  /** The KubeRay RayCluster spec: a fleet's (or replica set's) template, or the RayCluster's own spec. */
  cluster: string;
}

const FLEET: Shape = { format: "aibrix", group: "orchestration.aibrix.ai/", kinds: ["RayClusterFleet", "RayClusterReplicaSet"], cluster: "spec.template.spec" };
const RAY_CLUSTER: Shape = { format: "kuberay", group: "ray.io/", kinds: ["RayCluster"], cluster: "spec" };
const headPodOf = (shape: Shape) => `${shape.cluster}.headGroupSpec.template.spec`;

/** Env variables KubeRay adds to every Ray container (a script may name them). */
const KUBERAY_ENV = ["KUBERAY_GEN_RAY_START_CMD", "RAY_IP", "RAY_PORT", "RAY_ADDRESS", "RAY_CLUSTER_NAME"];

/** gpuFromPodSpec notes told here in a form of their own (the type and count are the cluster's). */
const TOLD_HERE = new Set<NoteCode>(["gpu-type-missing", "gpu-count-missing"]);

const HOW_TO_COUNT = "add resources.limits nvidia.com/gpu to the ray-head and ray-worker containers (headGroupSpec and workerGroupSpecs pod templates)";

export function adaptAibrix(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  return adaptCluster(document, file, absolutePath, FLEET);
}

/**
 * A KubeRay RayCluster whose head container starts vLLM over the cluster (the multi-node recipe of
 * vLLM's and KubeRay's docs): read as a fleet's template is. A RayCluster whose head runs no engine
 * but asks for GPUs gets the same notice; one without GPUs is not an LLM deployment (null).
 */
export function adaptRayCluster(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  return adaptCluster(document, file, absolutePath, RAY_CLUSTER);
}

function adaptCluster(document: YamlDocument, file: string, absolutePath: string, shape: Shape): Adaptation | null {
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
    // A Ray cluster on GPUs whose head starts no engine: say it is not checked, and how to have it read.
    const gpuGroups = groups.filter((g) => g.requestsGpus);
    if (gpuGroups.length === 0) return null;
    ctx.note(
      "gpu-container-no-engine",
      `${kind} ${ctx.name} asks for GPUs (${gpuGroups.map((g) => g.label).join(", ")}) but its head runs no engine llm-physics reads, so it is not checked: ` +
        "start the engine in the ray-head container's command or args with the model named, after ray start (vllm serve <org/model> --tensor-parallel-size N --pipeline-parallel-size M --distributed-executor-backend ray)",
      ctx.keyRangeOf(HEAD_POD, ctx.deploymentRange),
      "notice",
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
    ...(count ? { count } : {}),
    howToCount: HOW_TO_COUNT,
    serving: nameRange,
    note: ctx.note,
  });
  return { deployments: d ? [withEngineVersion(d, engine.version)] : [], notes: ctx.notes };
}

// ------------------------------------------------------------------------------------ the engine

interface HeadEngine {
  facts: EngineFacts;
  name: string;
  nameRange: SourceRange;
  /** What says the engine's version: the head container's image, its command line (install commands) and env. */
  version: EngineVersionSources;
}

/** The first container of the head pod whose command line starts an engine. */
function headEngine(document: YamlDocument, HEAD_POD: string): HeadEngine | undefined {
  const containers = at(document.value, [...pathSegments(HEAD_POD), "containers"]);
  if (!Array.isArray(containers)) return undefined;
  for (let i = 0; i < containers.length; i++) {
    const container: unknown = containers[i];
    if (!isRecord(container)) continue;
    const path = joinPath(`${HEAD_POD}.containers`, i);
    const items = readContainer(document, container, path, `containers[${i}]`);
    const containerRange = document.ranges.get(path)?.value ?? document.range;
    const injected: EnvVar[] = KUBERAY_ENV.map((name) => ({ name, value: null, range: containerRange, path: `${path} (set by KubeRay)` }));
    const facts = readEngineArgs(items.command, items.args, [...injected, ...items.env]);
    if (facts) return { facts, name: items.name, nameRange: items.nameRange, version: { image: items.image, scripts: [...items.command, ...items.args].map((a) => a.text), env: items.env } };
  }
  return undefined;
}

/**
 * A whole number at `path`; undefined when absent or not one (told: `not-whole-number`). A number
 * written as a string is read, with a warning (`number-as-string`): the API takes an integer.
 */
function wholeAt(ctx: ObjectContext, path: string, ifNot: string): number | undefined {
  const raw = at(ctx.document.value, pathSegments(path));
  if (raw === undefined || raw === null) return undefined;
  const n = parseWholeNumber(raw);
  if (n === undefined) {
    ctx.note("not-whole-number", `${path} is ${describeValue(raw)}, not a whole number: ${ifNot}`, ctx.rangeOf(path), "warning");
    return undefined;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${path} is the string ${describeValue(raw)}: the API expects a number; read as ${n}`, ctx.rangeOf(path), "warning");
  return n;
}

/** `spec.replicas`: copies of the whole Ray cluster, each checked alone, so only checked to be a number. */
function fleetReplicas(ctx: ObjectContext): void {
  wholeAt(ctx, "spec.replicas", "each Ray cluster is checked alone either way");
}

// ------------------------------------------------------------------------------------ the GPU count

/** The pods a worker group starts, as KubeRay computes them, with how they were counted. */
function workerPods(ctx: ObjectContext, group: RayGroup): { pods: number; how: string } {
  if (at(ctx.document.value, [...pathSegments(group.path), "suspend"]) === true) return { pods: 0, how: "suspend: true" };
  const whole = (key: string) => wholeAt(ctx, `${group.path}.${key}`, `${group.label} is counted as if it were not set`);
  const replicas = whole("replicas");
  const min = whole("minReplicas") ?? 0;
  const max = whole("maxReplicas");
  const hosts = whole("numOfHosts") ?? 1;

  let n: number;
  let how: string;
  if (replicas === undefined || replicas < min) {
    n = min;
    how = replicas === undefined ? `minReplicas ${min} (no replicas)` : `minReplicas ${min} (replicas ${replicas} is below it)`;
  } else if (max !== undefined && replicas > max) {
    n = max;
    how = `maxReplicas ${max} (replicas ${replicas} is above it)`;
  } else {
    n = replicas;
    how = `replicas ${replicas}`;
  }
  if (hosts !== 1) how = `${how} × numOfHosts ${hosts}`;
  return { pods: n * hosts, how };
}

/**
 * The GPUs of the Ray cluster: the head pod's, plus each worker group's pods × GPUs per pod. None
 * when no group declares GPUs (the engine's parallelism is then assumed, with its notice).
 */
function clusterCount(ctx: ObjectContext, groups: RayGroup[], facts: EngineFacts): Located<number> | undefined {
  const parts: Array<{ group: RayGroup; pods: number; perPod: Located<number>; shown: string }> = [];
  for (const group of groups) {
    if (!group.perPod || group.perPod.value <= 0) continue;
    const perPod = group.perPod;
    if (group.role === "head") {
      parts.unshift({ group, pods: 1, perPod, shown: `headGroupSpec ${plural(perPod.value, "GPU")}` });
      continue;
    }
    const { pods, how } = workerPods(ctx, group);
    if (pods === 0) {
      ctx.note(
        "workers-not-counted",
        `${group.label} asks for ${plural(perPod.value, "GPU")} per pod but starts no pods (${how}): its GPUs are not counted; set replicas to the worker pods the engine runs on`,
        ctx.keyRangeOf(`${group.path}.replicas`, ctx.keyRangeOf(group.path)),
        "notice",
      );
      continue;
    }
    parts.push({ group, pods, perPod, shown: `${group.label} ${how} × ${plural(perPod.value, "GPU")}` });
  }
  const first = parts[0];
  if (!first) return undefined;
  const total = parts.reduce((sum, p) => sum + p.pods * p.perPod.value, 0);
  const pods = parts.reduce((sum, p) => sum + p.pods, 0);
  if (pods === 1) return first.perPod;
  const shown = parts.map((p) => p.shown).join(" + ");
  const tp = facts.tensorParallel?.value ?? 1;
  const pp = facts.pipelineParallel?.value ?? 1;
  const worker = parts.find((p) => p.group.role === "worker") ?? first;
  ctx.note(
    "multi-node",
    `${ctx.name} runs one engine over the Ray cluster's ${pods} GPU pods (${shown}): checked as one deployment over all ${total} GPUs, tensor parallel ${tp} × pipeline parallel ${pp}`,
    ctx.keyRangeOf(`${worker.group.path}.replicas`, worker.perPod.range),
    "notice",
  );
  return { value: total, range: first.perPod.range, path: shown };
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

// ------------------------------------------------------------------------------------ the GPU type

/**
 * The GPU the engine runs on: the type of the groups that have GPUs (the least memory when they
 * differ), else of any group that names one; else a notice saying how to declare it.
 */
function clusterGpu(ctx: ObjectContext, groups: RayGroup[], withGpus: RayGroup[], anchor: SourceRange): { gpu?: Located<string>; nodeLabels?: RayGroup["declaration"]["nodeLabels"] } {
  // The head first: its GPU is the one a reviewer reads first, and the engine starts there.
  const headFirst = (list: RayGroup[]) => [...list.filter((g) => g.role === "head"), ...list.filter((g) => g.role !== "head")];
  const candidates = headFirst(withGpus.length > 0 ? withGpus.filter((g) => g.gpu) : groups.filter((g) => g.gpu));
  let chosen = candidates[0];
  const notes: AdaptNote[] = [];
  const pick = leastMemoryOf(candidates, (g) => g.gpu!.value);
  if (pick && pick.distinct.length > 1) {
    chosen = pick.chosen;
    notes.push(
      gpuNote(
        "gpu-least-memory",
        `the Ray cluster's groups have different GPUs (${pick.distinct.map((g) => `${g.label}: ${g.gpu!.value}`).join(", ")}): the engine's shards run on all of them; checked on ${chosen.gpu!.value}, the one with the least memory`,
        chosen.gpu!.range,
      ),
    );
  }
  // What each GPU group's declaration says (a time-sliced GPU, a count from an instance type…), told once.
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
    "notice",
  );
  return labels ? { nodeLabels: labels } : {};
}
