import type { SourceRange } from "../base/findings.js";
import type { Deployment, Located } from "../base/deployment.js";
import { describeValue } from "../base/text.js";
import { joinPath, type YamlDocument } from "../parse/yaml-file.js";
import { readContainer, type ContainerItems } from "./container.js";
import { readEngineArgs, type ArgItem, type EnvVar } from "./engine-args.js";
import { envFromList } from "./env.js";
import { shellScriptIndex, splitScript } from "./engine/shell.js";
import type { Word } from "./engine/words.js";
import {
  DECLARE_IN_CONFIG,
  GPU_ANNOTATION,
  GPU_RESOURCES,
  PRODUCT_LABEL,
  gpuCountOf,
  gpuFromPodSpec,
  gpuOfMig,
  migProfileOf,
  type GpuDeclaration,
  type MigRequest,
} from "./gpu-declaration.js";
import { deploymentFromFacts, objectContext, withEngineVersion, type Adaptation, type ObjectContext } from "./kit.js";
import type { NoteCode } from "./notes.js";
import { NO_REFERENCES, type References } from "./references.js";
import { at, isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";

/**
 * NVIDIA Dynamo `DynamoGraphDeployment` (format `dynamo`), in both API versions the operator
 * serves (ai-dynamo/dynamo deploy/operator/api):
 *
 * - `nvidia.com/v1alpha1`: `spec.services.<Name>`, each with `componentType` (frontend, worker,
 *   planner…) and `subComponentType` (prefill, decode), `resources.limits.gpu` (a quantity string,
 *   `"8"`; the resource `resources.limits.gpuType`, nvidia.com/gpu by default; else
 *   `resources.requests.gpu`, or a GPU resource in `resources.*.custom`), `replicas`,
 *   `multinode.nodeCount`, `envs` (over the graph's `spec.envs`), `envFromSecret`, and
 *   `extraPodSpec`: a pod spec (nodeSelector, affinity, tolerations) whose `mainContainer` holds
 *   the worker's command, args, env and (in older manifests) its own GPU resources, which the
 *   operator merges over the service's.
 * - `nvidia.com/v1beta1`: `spec.components[]`, each with `name`, `type` (worker, prefill, decode,
 *   frontend, planner, epp), `podTemplate` (a pod template whose container `main` runs the
 *   worker, GPUs in its `resources`), `replicas`, `multinode.nodeCount`, over the graph's `spec.env`.
 *
 * Each GPU worker (one whose main container runs an engine readEngineArgs knows: `python3 -m
 * dynamo.vllm`, `dynamo.sglang`, `dynamo.trtllm`, directly or in a `sh -c` script) is one
 * deployment named `<graph>/<component>`, checked on its own GPUs: the GPUs of one pod × the
 * nodes of `multinode.nodeCount`, as one group. The prefill and decode roles of a disaggregated
 * graph (the declared sub-type, else `--is-prefill-worker` / `--disaggregation-mode prefill`) are
 * separate deployments, each with a notice naming the service they serve together. Replicas are
 * copies, each checked alone, so they are ignored. The GPU type comes from the pod spec's
 * nodeSelector or affinity, or the annotation llm-physics.dev/gpu (gpuFromPodSpec).
 *
 * The engine's version comes from the main container's image only when it is the engine's own
 * (`vllm/vllm-openai:v0.10.1`): the Dynamo runtime images (`ai-dynamo/vllm-runtime:0.6.1`) carry
 * Dynamo's version, not the engine's; an install command in the command line pins it too.
 *
 * Without a command, the Dynamo runtime images' entrypoint (nvidia_entrypoint.sh) runs the args
 * as the command, so the args must start the engine; flags alone start none.
 *
 * A component that asks for no GPUs and runs no known engine (Frontend, Planner, a mocker) is
 * no deployment and tells nothing; one that asks for GPUs but runs no known engine is told it is
 * not checked. A TensorRT-LLM `--extra-engine-args` file is not read (a notice says so): the
 * engine configuration files and ConfigMaps a worker mounts are not among the objects the
 * reference index holds.
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptDynamo accepts has this as its kind. */
export const DYNAMO_MARKERS: readonly string[] = ["DynamoGraphDeployment"];

const FORMAT = "dynamo";
const KIND = "DynamoGraphDeployment";
const API_GROUP = "nvidia.com/";
/** v1beta1: the container of the pod template that runs the worker. */
const MAIN_CONTAINER = "main";

type Role = "prefill" | "decode";

/** One service (v1alpha1) or component (v1beta1) of the graph, where its parts are. */
interface Component {
  name: string;
  /** `spec.services.VllmWorker`, `spec.components[1]`. */
  path: string;
  /** How notes name it: `spec.services.VllmWorker`, `spec.components[1] (decode)`. */
  label: string;
  value: Json;
  beta: boolean;
  /** Where findings about the component point: its key (v1alpha1) or its name (v1beta1). */
  anchor: SourceRange;
  /** The pod spec its GPU type is declared in. */
  podSpecPath: string;
  /** The main container, when there is one. */
  containerPath?: string;
  container?: Json;
  /** The declared role: subComponentType (v1alpha1), else componentType / type. */
  declaredType?: Located<string>;
}

interface Worker {
  component: Component;
  deployment: Deployment;
  role?: Role;
}

/** The deployments a DynamoGraphDeployment runs, one per GPU worker; null when the document is not one. */
export function adaptDynamo(document: YamlDocument, file: string, absolutePath: string, _references: References = NO_REFERENCES): Adaptation | null {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (kind !== KIND || typeof apiVersion !== "string" || !apiVersion.startsWith(API_GROUP)) return null;
  const ctx = objectContext(document, file, absolutePath, KIND);
  const spec = value.spec;
  const services = isRecord(spec) ? spec.services : undefined;
  const list = isRecord(spec) ? spec.components : undefined;

  let components: Component[];
  let graphEnv: EnvVar[];
  if (isRecord(services)) {
    components = alphaComponents(ctx, services);
    graphEnv = envFromList(document, isRecord(spec) ? spec.envs : undefined, "spec.envs");
  } else if (Array.isArray(list)) {
    components = betaComponents(ctx, list);
    graphEnv = envFromList(document, isRecord(spec) ? spec.env : undefined, "spec.env");
  } else {
    ctx.note(
      "model-missing",
      `${ctx.name} has neither spec.services (nvidia.com/v1alpha1) nor a spec.components list (nvidia.com/v1beta1): it deploys no worker, so nothing is checked`,
      ctx.keyRangeOf("spec", ctx.deploymentRange),
      "warning",
    );
    return { deployments: [], notes: ctx.notes };
  }

  const workers: Worker[] = [];
  for (const component of components) {
    const worker = readWorker(ctx, component, graphEnv);
    if (worker) workers.push(worker);
  }
  tellDisaggregatedRoles(ctx, workers);
  return { deployments: workers.map((w) => w.deployment), notes: ctx.notes };
}

// ---------------------------------------------------------------------------------------------
// The components of each API version

function textAt(ctx: ObjectContext, value: unknown, path: string): Located<string> | undefined {
  const text = scalarText(value)?.trim();
  if (!text) return undefined;
  return { value: text, range: ctx.rangeOf(path), path, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
}

function alphaComponents(ctx: ObjectContext, services: Json): Component[] {
  const out: Component[] = [];
  for (const [name, raw] of Object.entries(services)) {
    if (!isRecord(raw)) continue;
    const path = joinPath("spec.services", name);
    const podSpecPath = joinPath(path, "extraPodSpec");
    const extra = raw.extraPodSpec;
    const main = isRecord(extra) && isRecord(extra.mainContainer) ? extra.mainContainer : undefined;
    const declaredType = textAt(ctx, raw.subComponentType, joinPath(path, "subComponentType")) ?? textAt(ctx, raw.componentType, joinPath(path, "componentType"));
    out.push({
      name,
      path,
      label: path,
      value: raw,
      beta: false,
      anchor: ctx.keyRangeOf(path),
      podSpecPath,
      ...(main ? { containerPath: joinPath(podSpecPath, "mainContainer"), container: main } : {}),
      ...(declaredType ? { declaredType } : {}),
    });
  }
  return out;
}

function betaComponents(ctx: ObjectContext, list: unknown[]): Component[] {
  const out: Component[] = [];
  list.forEach((raw: unknown, index) => {
    if (!isRecord(raw)) return;
    const path = joinPath("spec.components", index);
    const given = scalarText(raw.name)?.trim();
    const name = given || `components[${index}]`;
    const podSpecPath = joinPath(joinPath(path, "podTemplate"), "spec");
    const containers = at(raw, ["podTemplate", "spec", "containers"]);
    let containerIndex = -1;
    if (Array.isArray(containers)) {
      containerIndex = containers.findIndex((c: unknown) => isRecord(c) && c.name === MAIN_CONTAINER);
      // The operator requires a container named main; a single unnamed one is read as it.
      if (containerIndex < 0 && containers.length === 1 && isRecord(containers[0])) containerIndex = 0;
    }
    const declaredType = textAt(ctx, raw.type, joinPath(path, "type"));
    out.push({
      name,
      path,
      label: given ? `${path} (${given})` : path,
      value: raw,
      beta: true,
      anchor: given ? ctx.rangeOf(joinPath(path, "name")) : ctx.rangeOf(path),
      podSpecPath,
      ...(containerIndex >= 0 && Array.isArray(containers)
        ? { containerPath: joinPath(joinPath(podSpecPath, "containers"), containerIndex), container: containers[containerIndex] as Json }
        : {}),
      ...(declaredType ? { declaredType } : {}),
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// One worker

/** The GPUs a component asks for, as Dynamo reads them. */
interface GpuAsk {
  count?: Located<number>;
  mig?: MigRequest;
  /** A GPU value is written (even one that cannot be used): the component is a GPU workload. */
  asked: boolean;
}

function readWorker(ctx: ObjectContext, c: Component, graphEnv: EnvVar[]): Worker | null {
  const { document } = ctx;
  const container: ContainerItems | undefined = c.container && c.containerPath ? readContainer(document, c.container, c.containerPath, MAIN_CONTAINER) : undefined;
  const ownEnv = c.beta ? [] : envFromList(document, c.value.envs, joinPath(c.path, "envs"));
  const env = [...graphEnv, ...ownEnv, ...(container?.env ?? [])];
  const envFromSecret = !c.beta && typeof c.value.envFromSecret === "string" && c.value.envFromSecret.trim() !== "";
  const hasEnvFrom = (container?.hasEnvFrom ?? false) || envFromSecret;
  const command = container?.command ?? [];
  const args = container?.args ?? [];

  const ask = gpuAsk(ctx, c, container);
  // Without a command, the Dynamo runtime images run the args as the command (their entrypoint starts no
  // engine of its own): the args must start the engine themselves, and flags alone are no engine.
  const facts = command.length > 0 ? readEngineArgs(command, args, env) : args.length > 0 ? readEngineArgs(args, [], env) : null;

  if (!facts) {
    // No GPUs and no engine: a Frontend, Planner, router or mocker, which is not a GPU workload.
    if (!ask.asked) return null;
    const what =
      !container
        ? `it has no ${c.beta ? `container named ${MAIN_CONTAINER} in ${c.podSpecPath}.containers` : `${c.podSpecPath}.mainContainer`}`
        : command.length === 0 && args.length === 0
          ? `${c.containerPath} has no command or args`
          : command.length === 0
            ? `${c.containerPath} has no command, and its args ${describeCommand(args)} start no engine`
            : `${c.containerPath} runs ${describeCommand([...command, ...args])}`;
    ctx.note(
      "gpu-container-no-engine",
      `${c.label} asks for GPUs${ask.count ? ` (${ask.count.path})` : ""} but runs no engine llm-physics reads (${what}), so it is not checked: start the worker in ${c.containerPath ?? `the ${MAIN_CONTAINER} container`} with command [python3, -m, dynamo.vllm] and args [--model, <org/model>] (or dynamo.sglang --model-path, dynamo.trtllm --model-path), directly or in a sh -c script`,
      c.anchor,
      "notice",
    );
    return null;
  }

  const name = `${ctx.name}/${c.name}`;
  for (const problem of facts.problems) {
    if (hasEnvFrom && problem.code === "env-var-unset") {
      ctx.note(problem.code, `${problem.message} (it may come from ${envFromSecret ? `${c.path}.envFromSecret` : "the container's envFrom"}, which is not read)`, problem.range, "notice");
    } else {
      ctx.add(problem);
    }
  }
  const items = [...command, ...args];
  const extra = flagValue(items, "extra-engine-args");
  if (extra) {
    ctx.note(
      "engine-config-not-read",
      `${extra.path} names the engine configuration file ${extra.value}, which is not read: what it sets (tensor_parallel_size, max_seq_len, max_batch_size, kv_cache_config.free_gpu_memory_fraction) overrides the command line and is not checked; to have ${name} checked with those values, pass them as flags as well (--tensor-parallel-size, --max-seq-len)`,
      extra.range,
      "notice",
    );
  }

  let model = facts.model;
  if (model && model.value.startsWith("/")) {
    const served = flagValue(items, "served-model-name");
    if (served && !served.value.startsWith("/")) {
      ctx.note(
        "model-from-served-name",
        `the model is the local path ${model.value} (${model.path}): it is read as ${served.value}, the name it is served under (${served.path}); name the checkpoint's Hugging Face id on the command line to be exact`,
        model.range,
        "notice",
      );
      model = served;
    }
  }
  if (!model) {
    ctx.note(
      "model-missing",
      `no model found in the engine arguments of ${c.label}: pass --model <org/model> (dynamo.vllm) or --model-path <org/model> (dynamo.sglang, dynamo.trtllm) in ${c.containerPath ?? "its main container"}; ${name} is not checked`,
      c.anchor,
      "warning",
    );
    return null;
  }

  const declaration = gpuFromPodSpec(document, c.podSpecPath, annotationPath(ctx, c), c.anchor);
  const fromNodes = declaration.notes.some((n) => n.code === "gpu-count-from-instance-type" || n.code === "gpu-count-from-node-label");
  // v1alpha1: extraPodSpec.containers are sidecars, so only a count the node labels give is the worker's.
  const podCount = c.beta || fromNodes ? declaration.count : undefined;
  const count = ask.count ?? podCount;
  tellDeclarationNotes(ctx, c, declaration, name, ask);

  let gpu = declaration.gpu;
  if (ask.mig && !(gpu && /-MIG-|^mig-/i.test(gpu.value))) {
    const sliced = gpuOfMig(ask.mig, gpu);
    gpu = sliced.gpu;
    ctx.add(...sliced.notes);
  }

  const nodes = nodeCount(ctx, c);
  const perPod = count?.value;
  if (nodes && perPod !== undefined) {
    ctx.note(
      "multi-node",
      `${nodes.path} is ${nodes.value}: ${c.label} runs one engine over ${nodes.value} pods of ${perPod} GPU${perPod === 1 ? "" : "s"} each (one per node), checked as one deployment over all ${perPod * nodes.value} GPUs`,
      nodes.range,
      "notice",
    );
  } else if (nodes) {
    ctx.note(
      "multi-node",
      `${nodes.path} is ${nodes.value}: ${c.label} runs one engine over ${nodes.value} pods, but no GPU count per pod is declared, so the engine's parallelism gives the GPUs of the whole group`,
      nodes.range,
      "notice",
    );
  }

  const deployment = deploymentFromFacts({
    name,
    subject: c.label,
    file: ctx.file,
    absolutePath: ctx.absolutePath,
    format: FORMAT,
    range: c.anchor,
    facts: { ...facts, model },
    gpu,
    nodeLabels: declaration.nodeLabels,
    ...(count ? { count } : {}),
    ...(count && nodes ? { group: nodes } : {}),
    howToCount: c.beta
      ? `add resources.limits nvidia.com/gpu to ${c.containerPath ?? `the ${MAIN_CONTAINER} container of ${c.podSpecPath}`} (GPUs per pod)`
      : `set ${c.path}.resources.limits.gpu: "<GPUs per pod>"`,
    serving: c.anchor,
    note: ctx.note,
  });
  if (!deployment) return null;
  // The engine's version: the main container's image when it is the engine's own (a Dynamo runtime
  // image, nvcr.io/nvidia/ai-dynamo/vllm-runtime, is versioned by Dynamo), and install commands in its command line.
  withEngineVersion(deployment, { image: container?.image, scripts: items.map((i) => i.text), env });
  const role = roleOf(c, items);
  return role ? { component: c, deployment, role } : { component: c, deployment };
}

/** A command line as a short quoted text, for notes. */
function describeCommand(items: ArgItem[]): string {
  const text = items
    .map((i) => i.text)
    .join(" ")
    .trim();
  return describeValue(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

/**
 * The value of `--<flag>` (dash or underscore spellings, `--flag value` or `--flag=value`) on a
 * command line, the first one, at its word: a list item, or a word of a `sh -c` script (split
 * only when the flag is written in it, as the engine reader splits it).
 */
function flagValue(items: ArgItem[], flag: string): Located<string> | undefined {
  const spelled = flag.replace(/-/g, "[-_]");
  const mentioned = new RegExp(`(?:^|\\s)--${spelled}(?:=|\\s|$)`);
  if (!items.some((i) => mentioned.test(i.text))) return undefined;
  const whole = new RegExp(`^--${spelled}(?:=(.*))?$`, "s");
  const shown = `--${flag}`;
  const words = wordsOf(items);
  for (let i = 0; i < words.length; i++) {
    const m = whole.exec(words[i]!.text.trim());
    if (!m) continue;
    const word = m[1] !== undefined ? words[i]! : words[i + 1];
    const v = (m[1] ?? words[i + 1]?.text ?? "").trim();
    if (word && v && (m[1] !== undefined || !v.startsWith("-"))) return { value: v, range: word.range, path: `${word.path} (${shown})`, via: { flag: shown } };
  }
  return undefined;
}

/** A command line's items as words, the script of a `sh -c` split into its own (each at its line). */
function wordsOf(items: ArgItem[]): Word[] {
  const words: Word[] = items.map((i) => ({ text: i.text, range: i.range, path: i.path, inScript: false }));
  for (let i = 0; i < words.length; i++) {
    const script = shellScriptIndex(words, i);
    if (script < 0) continue;
    const split = splitScript(items[script]!, items[script]!.text, new Map(), []).flatMap((c) => c.words);
    return [...words.slice(0, script), ...split, ...words.slice(script + 1)];
  }
  return words;
}

/** The role of a worker of a disaggregated graph: its declared sub-type, else the engine's flags. */
function roleOf(c: Component, items: ArgItem[]): Role | undefined {
  const declared = c.declaredType?.value.toLowerCase();
  if (declared === "prefill" || declared === "decode") return declared;
  const text = items.map((i) => i.text).join(" ");
  if (/(?:^|\s)--is[-_]prefill[-_]worker\b/.test(text)) return "prefill";
  if (/(?:^|\s)--is[-_]decode[-_]worker\b/.test(text)) return "decode";
  const mode = /(?:^|\s)--disaggregation[-_]mode(?:=|\s+)["']?(prefill|decode)\b/i.exec(text);
  return mode ? (mode[1]!.toLowerCase() as Role) : undefined;
}

/**
 * Where the annotation llm-physics.dev/gpu is read: the service's extraPodMetadata or its own
 * annotations (v1alpha1), the graph's spec.annotations (propagated to every pod), else the
 * object's metadata (the pod template's metadata is read too, for v1beta1).
 */
function annotationPath(ctx: ObjectContext, c: Component): string {
  const candidates = c.beta ? ["spec", "metadata"] : [joinPath(c.path, "extraPodMetadata"), c.path, "spec", "metadata"];
  for (const path of candidates) {
    const written = scalarText(at(ctx.document.value, [...path.split("."), "annotations", GPU_ANNOTATION]))?.trim();
    if (written) return path;
  }
  return "metadata";
}

/**
 * The GPUs of one pod of a component. v1alpha1: `resources.limits.gpu` (else `requests.gpu`),
 * counted as the resource `gpuType` names (nvidia.com/gpu by default), else a GPU resource in
 * `resources.*.custom`; the main container's own GPU resources are merged over them. v1beta1: the
 * main container's resources (gpuCountOf, through readContainer).
 */
function gpuAsk(ctx: ObjectContext, c: Component, container: ContainerItems | undefined): GpuAsk {
  const own = container?.ownCount;
  const ownMig = own ? container?.ownMig : undefined;
  const containerAsk: GpuAsk = { asked: own !== undefined, ...(own ? { count: own } : {}), ...(ownMig ? { mig: ownMig } : {}) };
  if (c.beta) {
    // Any container of the pod template that asks for GPUs (even with a value gpuCountOf cannot count, which the
    // pod's declaration tells) makes this a GPU workload.
    if (!own) {
      const containers = at(c.value, ["podTemplate", "spec", "containers"]);
      containerAsk.asked = Array.isArray(containers) && containers.some((x: unknown) => isRecord(x) && hasGpuValue(x.resources));
    }
    return containerAsk;
  }
  // v1alpha1's main container is not among the pod spec's containers: what gpuCountOf could not count is told here.
  if (container && c.containerPath) ctx.add(...gpuCountOf(ctx.document, c.containerPath).notes);
  const service = serviceGpus(ctx, c);
  if (own && service.count && own.value !== service.count.value) {
    ctx.note(
      "value-overridden",
      `${own.path} asks for ${own.value} GPU${own.value === 1 ? "" : "s"} but ${service.count.path} says ${service.count.value}: the main container's resources are merged over the service's, so ${own.value} is used`,
      own.range,
      "warning",
    );
  }
  if (own) return { ...containerAsk, asked: true };
  return { ...service, asked: service.asked || (container !== undefined && hasGpuValue(at(c.container, ["resources"]))) };
}

/** A GPU resource is written in a Kubernetes resources block (limits or requests), whatever its value. */
function hasGpuValue(resources: unknown): boolean {
  if (!isRecord(resources)) return false;
  return ["limits", "requests"].some((side) => {
    const list = resources[side];
    return isRecord(list) && Object.keys(list).some((k) => GPU_RESOURCES.includes(k) || migProfileOf(k) !== undefined);
  });
}

/** v1alpha1 `resources.limits.gpu` / `requests.gpu` (with `gpuType`), else a GPU resource of `custom`. */
function serviceGpus(ctx: ObjectContext, c: Component): GpuAsk {
  const resources = c.value.resources;
  if (!isRecord(resources)) return { asked: false };
  let asked = false;
  for (const side of ["limits", "requests"] as const) {
    const item = resources[side];
    if (!isRecord(item)) continue;
    const sidePath = joinPath(joinPath(c.path, "resources"), side);
    if (item.gpu !== undefined && item.gpu !== null && item.gpu !== "") {
      asked = true;
      const gpuPath = joinPath(sidePath, "gpu");
      const range = ctx.rangeOf(gpuPath);
      const n = parseWholeNumber(item.gpu);
      if (n === undefined || n < 1) {
        ctx.note("not-whole-number", `${gpuPath} is ${describeValue(item.gpu)}, not a whole number of GPUs of at least 1: it is not counted; write the GPUs of one pod as a quoted number ("8")`, range, "warning");
        return { asked };
      }
      const type = scalarText(item.gpuType)?.trim();
      const typePath = joinPath(sidePath, "gpuType");
      const count: Located<number> = { value: n, range, path: gpuPath, via: { key: "gpu" } };
      if (!type || GPU_RESOURCES.includes(type)) return { asked, count };
      const profile = migProfileOf(type);
      if (profile) return { asked, count, mig: { profile, range: ctx.rangeOf(typePath), path: typePath } };
      ctx.note(
        "gpu-resource-unknown",
        `${typePath} is ${type}, not an accelerator resource llm-physics counts (${GPU_RESOURCES.join(", ")}): the ${n} device${n === 1 ? "" : "s"} of ${gpuPath} are not counted as GPUs`,
        ctx.rangeOf(typePath),
        "notice",
      );
      return { asked };
    }
    const custom = item.custom;
    if (!isRecord(custom)) continue;
    for (const resource of GPU_RESOURCES) {
      const raw = custom[resource];
      if (raw === undefined || raw === null) continue;
      asked = true;
      const customPath = joinPath(sidePath, "custom");
      const range = ctx.rangeOf(joinPath(customPath, resource));
      const shown = `${customPath}["${resource}"]`;
      const n = parseWholeNumber(raw);
      if (n === undefined || n < 1) {
        ctx.note("not-whole-number", `${shown} is ${describeValue(raw)}, not a whole number of GPUs of at least 1: it is not counted`, range, "warning");
        return { asked };
      }
      return { asked, count: { value: n, range, path: shown } };
    }
  }
  return { asked };
}

/** `multinode.nodeCount` when it is more than one node; a value that is not a whole number is told. */
function nodeCount(ctx: ObjectContext, c: Component): Located<number> | undefined {
  const multinode = c.value.multinode;
  if (!isRecord(multinode)) return undefined;
  const raw = multinode.nodeCount;
  if (raw === undefined || raw === null) return undefined;
  const path = joinPath(joinPath(c.path, "multinode"), "nodeCount");
  const range = ctx.rangeOf(path);
  const n = parseWholeNumber(raw);
  if (n === undefined || n < 1) {
    ctx.note("not-whole-number", `${path} is ${describeValue(raw)}, not a whole number of nodes: ${c.label} is checked as one pod`, range, "warning");
    return undefined;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${path} is the string ${describeValue(raw)}: Dynamo expects a number (int32); read as ${n}`, range, "warning");
  return n > 1 ? { value: n, range, path, via: { key: "nodeCount" } } : undefined;
}

/** Codes of pod-spec notes about the count, which the component's own GPUs (or the assumed count) say instead. */
const COUNT_NOTES = new Set<NoteCode>(["gpu-count-missing", "gpu-count-summed", "gpu-count-from-instance-type", "gpu-count-from-node-label"]);

/** The pod spec's GPU-declaration notes, in Dynamo's keys. */
function tellDeclarationNotes(ctx: ObjectContext, c: Component, declaration: GpuDeclaration, name: string, ask: GpuAsk): void {
  for (const n of declaration.notes) {
    if (n.code === "gpu-count-missing") continue;
    // v1alpha1's extraPodSpec.containers are sidecars, and a count of the component's own wins over the pod's.
    if (COUNT_NOTES.has(n.code) && (ask.count || (!c.beta && n.code === "gpu-count-summed"))) continue;
    if (n.code === "gpu-type-missing") {
      if (ask.mig) continue;
      ctx.note(
        n.code,
        `no GPU type is declared for ${c.label}: ${name} is checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL} (NVIDIA-H100-80GB-HBM3) under ${c.podSpecPath}, or the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations, ${DECLARE_IN_CONFIG}`,
        n.range,
        n.severity,
      );
      continue;
    }
    ctx.add(n);
  }
}

// ---------------------------------------------------------------------------------------------
// Disaggregated serving

/**
 * The prefill and decode workers of a graph serve one model together: each is checked on its own
 * GPUs, and each is told which workers it serves with.
 */
function tellDisaggregatedRoles(ctx: ObjectContext, workers: Worker[]): void {
  const roles = workers.filter((w) => w.role !== undefined);
  for (const w of roles) {
    const others = roles.filter((o) => o !== w).map((o) => `its ${o.role} role ${o.component.label}`);
    const gpus = w.deployment.gpuCount.value;
    const counterpart: Role = w.role === "prefill" ? "decode" : "prefill";
    const together = others.length > 0 ? `served together with ${others.join(", ")}` : `but no ${counterpart} worker is declared in ${ctx.name}`;
    ctx.note(
      "disaggregated-role",
      `${w.component.label} is the ${w.role} role of the disaggregated service ${ctx.name}, ${together}: each role runs its own engine on its own GPUs, so ${w.deployment.name} is checked alone on its ${gpus} GPU${gpus === 1 ? "" : "s"}`,
      w.component.anchor,
      "notice",
    );
  }
}
