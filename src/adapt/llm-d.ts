import type { SourceRange } from "../base/findings.js";
import { describeValue } from "../base/text.js";
import type { Deployment, Located, Via } from "../base/deployment.js";
import { gpuLookup } from "../catalog/lookups.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import { argItems } from "./container.js";
import { readEngineArgs, type ArgItem, type EngineFacts, type EnvVar } from "./engine-args.js";
import { envFromList } from "./env.js";
import {
  DECLARE_IN_CONFIG,
  gpuCountOf,
  gpuFromLabelValues,
  gpuFromSelector,
  gpuFromSelectorTerms,
  gpuOfMig,
  nodeLabelsOfSelector,
  nodeLabelsOfTerms,
  PRODUCT_LABEL,
  type GpuChoice,
  type MigRequest,
  type NodeLabels,
} from "./gpu-declaration.js";
import { deploymentFromFacts, imageText, modelFromUri, noteSink, rangeAt, withEngineVersion, type Adaptation, type Note } from "./kit.js";
import type { AdaptNote, NoteCode } from "./notes.js";
import { isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";

/**
 * Helm values files of the llm-d modelservice chart (llm-d-incubation/llm-d-modelservice,
 * charts/llm-d-modelservice), format `llm-d`: `modelArtifacts` and the `decode` / `prefill` roles.
 * Each role that is created is one deployment, read as the chart renders it
 * (templates/_helpers.tpl, decode-deployment.yaml, decode-lws.yaml, prefill-*.yaml):
 *
 * - The role's `parallelism` (`tensor`, `data`, `dataLocal`, `workers`) is completed as the
 *   chart's helpers do (`llm-d-modelservice.tensorParallelism`, `dataParallelism`,
 *   `dataLocalParallelism`, `numWorkers`: a missing one derived from the others, else 1).
 * - The engine's command line, by `containers[].modelCommand` (`llm-d-modelservice.command`;
 *   `custom` when not set): `vllmServe` runs `vllm serve <model>`, `imageDefault` gives the image's
 *   entrypoint `--model <model>`, each followed by `--tensor-parallel-size`,
 *   `--data-parallel-size` and `--data-parallel-size-local` from the parallelism when above 1,
 *   then the container's `args` (each item written for a value stands for it, ArgItem.via);
 *   `custom` runs the container's own `command` and `args` as written, so the parallelism reaches
 *   the engine only through the env variables the chart appends to every container's `env`
 *   (`llm-d-modelservice.parallelismEnv`: `DP_SIZE`, `TP_SIZE`, `DP_SIZE_LOCAL`, each located at
 *   the value it comes from) and, with `multinode: true`, those the LeaderWorkerSet sets
 *   (`LWS_GROUP_SIZE`, `LWS_WORKER_INDEX`, `LWS_LEADER_ADDRESS`). A custom command that does not
 *   use them runs with its own flags: the parallelism then only sizes the pods.
 * - The model: `modelArtifacts.uri` (`hf://org/name`, `pvc+hf://…/org/name`; the chart's default
 *   `hf://{{ .Values.modelArtifacts.name }}` when not set), else `modelArtifacts.name`.
 * - GPUs per pod: the engine container's `resources.limits` (gpuCountOf), else what the chart
 *   writes there (`llm-d-modelservice.resources`): tensor × dataLocal. With `multinode: true` the
 *   role is a LeaderWorkerSet whose groups are `workers` pods (data ÷ dataLocal), checked as one
 *   deployment over all of them.
 * - The engine's version: the engine container's `image` (a string, or `repository` and `tag`)
 *   when it is the engine's own (`vllm/vllm-openai:v0.10.1`; llm-d's `ghcr.io/llm-d/llm-d` images
 *   carry llm-d's version), or an install command in its command line.
 * - The GPU type: `acceleratorTypes` (which the chart writes as required node affinity on
 *   `labelKey`), the role's `nodeSelector`, else `extraConfig.nodeSelector` or
 *   `extraConfig.affinity` (copied into the pod spec).
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptLlmD accepts has this key. */
export const LLM_D_MARKERS: readonly string[] = ["modelArtifacts"];

const FORMAT = "llm-d";
const ROLES = ["decode", "prefill"] as const;
type Role = (typeof ROLES)[number];

/** The resource the chart fills in per `accelerator.type` (values.yaml `accelerator.resources`); `cpu` has none. */
const ACCELERATOR_RESOURCES: Record<string, string> = {
  nvidia: "nvidia.com/gpu",
  "intel-i915": "gpu.intel.com/i915",
  "intel-xe": "gpu.intel.com/xe",
  "intel-gaudi": "habana.ai/gaudi",
  amd: "amd.com/gpu",
  google: "google.com/tpu",
  "rebellions-atom": "rebellions.ai/ATOM",
};

/** The chart's own default container (values.yaml): the llm-d inference simulator, which loads no model. */
const SIMULATOR_IMAGE = "llm-d-inference-sim";

/** The deployments an llm-d modelservice values file configures; null when the document is not one. */
export function adaptLlmD(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value) || !isRecord(value.modelArtifacts)) return null;
  const roles = ROLES.filter((r) => isRecord(value[r]) && (value[r] as Json).create !== false);
  if (roles.length === 0) return null;
  const sink = noteSink();
  const modelArtifacts = value.modelArtifacts;
  // Read where a role needs it (a custom command names its own model): its notes are told then, once.
  const artifacts = () => artifactsModel(document, modelArtifacts, sink.note);
  const baseName = scalarText(modelArtifacts.name)?.trim() || artifactsModel(document, modelArtifacts, () => {})?.model.value || "modelservice";
  const multinode = value.multinode === true || scalarText(value.multinode)?.trim() === "true";
  const deployments: Deployment[] = [];
  for (const role of roles) {
    const d = readRole({ document, file, absolutePath, values: value, role, spec: value[role] as Json, artifacts, name: `${baseName}/${role}`, multinode, ...sink });
    if (d) deployments.push(d);
  }
  return { deployments, notes: sink.notes };
}

// ------------------------------------------------------------------------------------ the model

interface ArtifactsModel {
  /** The model id, at the value it is read from. */
  model: Located<string>;
  /** The YAML key the engine's model argument stands for (ArgItem.via). */
  key: string;
}

/** The chart renders `modelArtifacts.uri` as a template: its default is `hf://{{ .Values.modelArtifacts.name }}`. */
const NAME_TEMPLATE = /\{\{-?\s*\.Values\.modelArtifacts\.name\s*-?\}\}/;

/**
 * The model the chart passes to the engine (`llm-d-modelservice.argsByProtocol`): the path of an
 * `hf://` URI, the `<org>/<name>` end of a `pvc+hf://` one; a `pvc://` or `oci://` model is a
 * path in the pod, so `modelArtifacts.name` stands for it.
 */
function artifactsModel(document: YamlDocument, artifacts: Json, note: Note): ArtifactsModel | undefined {
  const namePath = "modelArtifacts.name";
  const nameText = scalarText(artifacts.name)?.trim();
  const named: Located<string> | undefined = nameText ? { value: nameText, range: rangeAt(document, namePath), path: namePath, via: { key: "name" } } : undefined;
  const uriPath = "modelArtifacts.uri";
  const uriRange = rangeAt(document, uriPath);
  const written = scalarText(artifacts.uri)?.trim();
  if (!written) {
    // values.yaml: uri "hf://{{ .Values.modelArtifacts.name }}".
    if (named) return { model: named, key: "name" };
    note("model-missing", `modelArtifacts has neither uri nor name: write uri: hf://<org>/<model> (or name: <org>/<model>) to have the model checked`, rangeAt(document, "modelArtifacts"), "warning");
    return undefined;
  }
  const templated = NAME_TEMPLATE.test(written);
  if (templated && !named) {
    note("model-missing", `${uriPath} ${written} names modelArtifacts.name, which is not set: set name: <org>/<model>`, uriRange, "warning");
    return undefined;
  }
  const uri = templated ? written.replace(new RegExp(NAME_TEMPLATE.source, "g"), nameText!) : written;
  if (uri.includes("{{")) {
    if (named) {
      note("model-unresolved", `${uriPath} ${written} is a template llm-physics does not render: the model is read from modelArtifacts.name (${nameText})`, uriRange, "notice");
      return { model: named, key: "name" };
    }
    note("model-missing", `${uriPath} ${written} is a template llm-physics does not render, and modelArtifacts.name is not set: write the model as hf://<org>/<model>`, uriRange, "warning");
    return undefined;
  }
  const at = templated ? named! : { value: uri, range: uriRange, path: uriPath, via: { key: "uri" } as Via };
  const key = templated ? "name" : "uri";
  if (uri.startsWith("hf://")) return { model: modelFromUri({ ...at, value: uri }), key };
  const hfCache = /^pvc\+hf:\/\/(?:[^/]+\/)+([^/]+)\/([^/]+?)\/*$/.exec(uri);
  if (hfCache) return { model: { ...at, value: `${hfCache[1]}/${hfCache[2]}` }, key };
  if (named) {
    note("model-from-served-name", `${uriPath} ${uri} is not a Hugging Face model (hf://, pvc+hf://): the model is read from modelArtifacts.name (${nameText})`, uriRange, "notice");
    return { model: named, key: "name" };
  }
  note("model-missing", `${uriPath} ${uri} is not a Hugging Face model (hf://, pvc+hf://) and modelArtifacts.name is not set: set name: <org>/<model> to have the model checked`, uriRange, "warning");
  return undefined;
}

// ------------------------------------------------------------------------------------ parallelism

const PARALLELISM_KEYS = ["tensor", "data", "dataLocal", "workers"] as const;
type ParallelismKey = (typeof PARALLELISM_KEYS)[number];

/** One of a role's parallelism sizes as the chart completes it. */
interface Size {
  value: number;
  /** Written in the values (not derived, not the chart's 1). */
  written: boolean;
  /** How it was completed when not written: `dataLocal × workers`, `not set`. */
  how?: string;
  range: SourceRange;
  /** `decode.parallelism.tensor`, or `decode.parallelism` when it is derived. */
  path: string;
  via: Via;
}

type Parallelism = Record<ParallelismKey, Size>;

/**
 * The role's parallelism as the chart's helpers complete it (templates/_helpers.tpl): tensor,
 * else 1; data, else dataLocal × workers, else dataLocal, else 1; dataLocal, else data ÷ workers,
 * else data, else 1; workers, else data ÷ dataLocal, else 1. A division the chart refuses (data
 * not a multiple) makes helm fail: null, with a warning.
 */
function readParallelism(document: YamlDocument, spec: Json, role: Role, note: Note): Parallelism | null {
  const base = `${role}.parallelism`;
  const raw = spec.parallelism;
  const anchor = document.ranges.get(base)?.key ?? document.ranges.get(role)?.key ?? rangeAt(document, role);
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    note("chart-values-invalid", `${base} is not a mapping of tensor, data, dataLocal and workers: it is not read, and each size is 1`, rangeAt(document, base), "warning");
  }
  const given: Partial<Record<ParallelismKey, Size>> = {};
  for (const key of PARALLELISM_KEYS) {
    const v = isRecord(raw) ? raw[key] : undefined;
    if (v === undefined || v === null) continue;
    const path = `${base}.${key}`;
    const n = parseWholeNumber(v);
    if (n === undefined) {
      note("not-whole-number", `${path} is ${describeValue(v)}, not a whole number: it is not used`, rangeAt(document, path), "warning");
      continue;
    }
    // The helpers test `.tensor` for truth: 0 is as good as not set.
    if (n === 0) {
      note("chart-default", `${path} is 0, which the chart takes as not set`, rangeAt(document, path), "notice");
      continue;
    }
    given[key] = { value: n, written: true, range: rangeAt(document, path), path, via: { key } };
  }
  const derived = (value: number, how: string): Size => ({ value, written: false, how, range: anchor, path: base, via: { key: "parallelism" } });
  const { tensor, data, dataLocal, workers } = given;
  const divide = (num: Size, numKey: ParallelismKey, den: Size, denKey: ParallelismKey): Size | null => {
    if (num.value % den.value === 0) return derived(num.value / den.value, `${numKey} ÷ ${denKey}`);
    note(
      "chart-values-invalid",
      `${num.path} (${num.value}) is not a multiple of ${den.path} (${den.value}): the chart fails ("parallelism.${numKey} must be a multiple of parallelism.${denKey}") and ${role} is not checked`,
      num.range,
      "warning",
    );
    return null;
  };
  const t = tensor ?? derived(1, "not set");
  const d = data ?? (dataLocal && workers ? derived(dataLocal.value * workers.value, "dataLocal × workers") : dataLocal ? derived(dataLocal.value, "dataLocal") : derived(1, "not set"));
  const dl = dataLocal ?? (data && workers ? divide(data, "data", workers, "workers") : data ? derived(data.value, "data") : derived(1, "not set"));
  const w = workers ?? (data && dataLocal ? divide(data, "data", dataLocal, "dataLocal") : derived(1, "not set"));
  if (!dl || !w) return null;
  const p: Parallelism = { tensor: t, data: d, dataLocal: dl, workers: w };

  // Since chart v0.3.14 values.yaml sets every size to 1, and Helm merges it under the file's
  // parallelism: a size the file leaves out is then 1, not what the others imply.
  for (const key of ["data", "dataLocal", "workers"] as const) {
    const s = p[key];
    if (s.written || s.value === 1) continue;
    note(
      "chart-default",
      `${base}.${key} is not set: the chart derives it as ${s.how} = ${s.value}, but its values.yaml sets ${key}: 1 since v0.3.14, so a chart of that version runs ${role} with ${key} 1; checked with ${s.value}: write ${key}: ${s.value} to be sure`,
      anchor,
      "notice",
    );
  }
  // With data parallelism the ranks are dataLocal per pod over workers pods (workers alone may carry pipeline parallelism).
  if ((p.data.value > 1 || p.dataLocal.value > 1) && p.data.value !== p.dataLocal.value * p.workers.value) {
    note(
      "chart-values-invalid",
      `${base} data ${p.data.value} is not dataLocal ${p.dataLocal.value} × workers ${p.workers.value}: vLLM waits for data-parallel ranks no pod runs; make data = dataLocal × workers`,
      p.data.written ? p.data.range : anchor,
      "warning",
    );
  }
  return p;
}

/** The display path of a size: its key, or the block with how it was completed. */
function sizePath(s: Size, key: ParallelismKey): string {
  return s.written ? s.path : `${s.path} (${key} = ${s.how})`;
}

// ------------------------------------------------------------------------------------ a role

interface RoleInput {
  document: YamlDocument;
  file: string;
  absolutePath: string;
  values: Json;
  role: Role;
  spec: Json;
  /** The model the chart downloads and, with vllmServe and imageDefault, passes to the engine. */
  artifacts: () => ArtifactsModel | undefined;
  name: string;
  multinode: boolean;
  note: Note;
  add: (...notes: AdaptNote[]) => void;
}

type ModelCommand = "vllmServe" | "imageDefault" | "custom";

/**
 * An env variable the chart or the LeaderWorkerSet sets, at the value it comes from (`from`, its
 * values path). `via` names that value; the engine reader does not carry it onto the facts a
 * `$VAR` gives yet, so those are located at the word of the command that uses the variable.
 */
type InjectedEnv = EnvVar & { via: Via; from: string };

function readRole(input: RoleInput): Deployment | null {
  const { document, role, spec, note, add } = input;
  const where = document.ranges.get(role)?.key ?? rangeAt(document, role);
  const p = readParallelism(document, spec, role, note);
  if (!p) return null;

  // `replicas` and `containers` left out take values.yaml's: prefill has 0 replicas, and both roles run the simulator.
  if (role === "prefill" && spec.replicas === undefined) {
    note("chart-default", `prefill.replicas is not set: the chart's default is 0, so no prefill pod runs; ${input.name} is checked as one would run: set prefill.replicas`, where, "notice");
  }
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  if (!containers.some((c: unknown) => isRecord(c))) {
    note(
      "chart-default",
      `${role}.containers is not set: the chart's default container runs the llm-d inference simulator, which loads no model, so ${role} is not checked; add a container with modelCommand: vllmServe`,
      where,
      "notice",
    );
    return null;
  }
  const acceleratorType = scalarText(isRecord(spec.accelerator) ? spec.accelerator.type : undefined)?.trim() ?? scalarText(isRecord(input.values.accelerator) ? input.values.accelerator.type : undefined)?.trim() ?? "nvidia";
  if (acceleratorType === "cpu") {
    note("not-modelled", `accelerator.type is cpu: ${role} runs on CPUs, which llm-physics does not check`, where, "notice");
    return null;
  }
  const configured = isRecord(input.values.accelerator) && isRecord(input.values.accelerator.resources) ? scalarText(input.values.accelerator.resources[acceleratorType]) : undefined;
  const resource = configured ?? ACCELERATOR_RESOURCES[acceleratorType] ?? "nvidia.com/gpu";

  const env = injectedEnv(input, p);
  // The engine container: the first the engine reader recognises (the chart renders every container alike).
  let engine: { facts: EngineFacts; cpath: string; index: number; mode: ModelCommand } | undefined;
  let first: { cpath: string; name: string } | undefined;
  let refused = false;
  for (let index = 0; index < containers.length && !engine; index++) {
    const container = containers[index];
    if (!isRecord(container)) continue;
    const cpath = `${role}.containers[${index}]`;
    const cname = scalarText(container.name)?.trim() || "vllm";
    first ??= { cpath, name: cname };
    if (scalarText(container.image)?.includes(SIMULATOR_IMAGE)) {
      note("engine-args-not-read", `container ${cname} of ${role} runs the llm-d inference simulator (${scalarText(container.image)}), which loads no model: it is not checked`, rangeAt(document, `${cpath}.image`), "notice");
      refused = true;
      continue;
    }
    const read = readContainer(input, container, cpath, p, env);
    if (read === REFUSED) refused = true;
    else if (read) engine = { ...read, cpath, index };
  }
  if (!engine) {
    // A container the chart refuses, or one without a model, is told where it is read.
    if (first && !refused) {
      note(
        "gpu-container-no-engine",
        `container ${first.name} of ${role} gets GPUs from the chart but runs no engine llm-physics reads, so ${role} is not checked: set modelCommand: vllmServe, or start the engine in its command (vllm serve <org/model>)`,
        rangeAt(document, first.cpath),
        "notice",
      );
    }
    return null;
  }
  const { facts, cpath, mode } = engine;
  add(...facts.problems);
  const downloaded = facts.model ? undefined : input.artifacts();
  if (!facts.model && downloaded) {
    facts.model = downloaded.model;
    note("model-unresolved", `the command of ${cpath} names no model llm-physics can read: ${downloaded.model.path} (${downloaded.model.value}) is checked, the model the chart downloads`, rangeAt(document, cpath), "notice");
  }
  if (!facts.model) return null;
  compareWithParallelism(input, facts, p, cpath, mode);

  // GPUs per pod: the container's own limit, else the chart's tensor × dataLocal.
  const counted = gpuCountOf(document, cpath);
  add(...counted.notes);
  const perPod = p.tensor.value * p.dataLocal.value;
  let count = counted.count;
  if (count && count.value !== perPod) {
    note(
      "value-overridden",
      `${count.path} is ${count.value}, but ${role}.parallelism gives tensor × dataLocal = ${p.tensor.value} × ${p.dataLocal.value} = ${perPod} GPUs: the chart keeps ${count.value} (and annotates llm-d.ai/accelerator-warning); drop the limit or make the parallelism match`,
      count.range,
      "warning",
    );
  }
  if (!count) {
    const anchor = document.ranges.get(`${role}.parallelism`)?.key ?? where;
    count = { value: perPod, range: anchor, path: `${role}.parallelism (tensor × dataLocal = ${p.tensor.value} × ${p.dataLocal.value}, the chart's ${resource} limit)`, via: { key: "parallelism" } };
  }

  // A LeaderWorkerSet of `workers` pods (decode-lws.yaml: size numWorkers), else a Deployment of single pods.
  let group: Located<number> | undefined;
  const workers = p.workers;
  if (workers.value > 1 && input.multinode) {
    group = { value: workers.value, range: workers.range, path: sizePath(workers, "workers"), via: workers.via };
    note(
      "multi-node",
      `multinode is true: ${role} runs as a LeaderWorkerSet whose groups are ${workers.value} pods of ${count.value} GPU${count.value === 1 ? "" : "s"} (${sizePath(workers, "workers")}), checked as one deployment over ${workers.value * count.value} GPUs`,
      workers.range,
      "notice",
    );
  } else if (workers.value > 1) {
    note(
      "chart-values-invalid",
      `${sizePath(workers, "workers")} is ${workers.value} pods per group, but multinode is not true: the chart makes a Deployment of single pods${p.data.value > p.dataLocal.value ? `, each running DP_SIZE ${p.data.value} with DP_SIZE_LOCAL ${p.dataLocal.value} and waiting for ranks no pod runs` : ""}; ${role} is checked as one pod: set multinode: true`,
      workers.range,
      "warning",
    );
  }

  const gpu = roleGpu(input, counted.mig);
  const nodeLabels = roleNodeLabels(document, spec, role);
  const d = deploymentFromFacts({
    name: input.name,
    subject: `${role} (${cpath})`,
    file: input.file,
    absolutePath: input.absolutePath,
    format: FORMAT,
    range: where,
    facts,
    gpu,
    nodeLabels,
    count,
    ...(group ? { group } : {}),
    howToCount: `set ${role}.parallelism, or add resources.limits ${resource} to ${cpath}`,
    serving: rangeAt(document, cpath),
    note,
  });
  // The engine's version: the container's image when it is the engine's own (llm-d's images,
  // ghcr.io/llm-d/llm-d, are versioned by llm-d), and install commands in its command line.
  const container = containers[engine.index] as Json;
  const words = (list: unknown) => (Array.isArray(list) ? list.flatMap((w: unknown) => scalarText(w) ?? []) : []);
  return d && withEngineVersion(d, { image: imageText(container.image), scripts: [...(mode === "custom" ? words(container.command) : []), ...words(container.args)] });
}

/**
 * The env the chart gives every container of the role, after the container's own `env`
 * (`llm-d-modelservice.container`: env, then parallelismEnv, then hfEnv), and, in a
 * LeaderWorkerSet, what the LWS controller sets: each variable located at the value it comes from.
 * In Kubernetes the later of two same-named variables wins.
 */
function injectedEnv(input: RoleInput, p: Parallelism): { lws: InjectedEnv[]; chart: InjectedEnv[] } {
  const { document, role } = input;
  const sizeVar = (name: string, s: Size): InjectedEnv => ({
    name,
    value: String(s.value),
    range: s.range,
    path: `${s.path} (${name}${s.written ? "" : ` = ${s.how}`}, set by the chart)`,
    via: s.via,
    from: s.path,
  });
  const chart: InjectedEnv[] = [sizeVar("DP_SIZE", p.data), sizeVar("TP_SIZE", p.tensor), sizeVar("DP_SIZE_LOCAL", p.dataLocal)];
  const secret = isRecord(input.values.modelArtifacts) ? scalarText(input.values.modelArtifacts.authSecretName)?.trim() : undefined;
  if (secret) {
    chart.push({ name: "HF_TOKEN", value: null, range: rangeAt(document, "modelArtifacts.authSecretName"), path: "modelArtifacts.authSecretName (HF_TOKEN, from the Secret)", via: { key: "authSecretName" }, from: "modelArtifacts.authSecretName" });
  }
  const lws: InjectedEnv[] = [];
  if (input.multinode) {
    const at = rangeAt(document, "multinode");
    lws.push(
      { ...sizeVar("LWS_GROUP_SIZE", p.workers), path: `${p.workers.path} (LWS_GROUP_SIZE, set by the LeaderWorkerSet)` },
      // The leader's values: its engine is the one checked.
      { name: "LWS_WORKER_INDEX", value: "0", range: at, path: "multinode (LWS_WORKER_INDEX, the leader's, set by the LeaderWorkerSet)", via: { key: "multinode" }, from: "multinode" },
      { name: "LWS_LEADER_ADDRESS", value: `${role}-leader-0`, range: at, path: "multinode (LWS_LEADER_ADDRESS, set by the LeaderWorkerSet)", via: { key: "multinode" }, from: "multinode" },
    );
  }
  return { lws, chart };
}

/** A container the chart does not render (or renders without a model), with a note that says so. */
const REFUSED = "refused";

/**
 * The engine facts of one container, read as the chart renders its command, args and env; null
 * when it runs no engine, REFUSED when a note already says why it is not read.
 */
function readContainer(
  input: RoleInput,
  container: Json,
  cpath: string,
  p: Parallelism,
  injected: { lws: InjectedEnv[]; chart: InjectedEnv[] },
): { facts: EngineFacts; mode: ModelCommand } | typeof REFUSED | null {
  const { document, note } = input;
  const written = scalarText(container.modelCommand)?.trim();
  const modeRange = rangeAt(document, `${cpath}.modelCommand`);
  let mode: ModelCommand = "custom";
  if (written === "vllmServe" || written === "imageDefault" || written === "custom") mode = written;
  else if (written !== undefined) {
    note("chart-values-invalid", `${cpath}.modelCommand is ${written}: the chart fails ("Valid values are vllmServe, imageDefault and custom"); read as custom`, modeRange, "warning");
  }
  const ownCommand = argItems(document, container.command, `${cpath}.command`);
  const ownArgs = argItems(document, container.args, `${cpath}.args`);
  const userEnv = envFromList(document, container.env, `${cpath}.env`);
  for (const v of userEnv) {
    const chartVar = injected.chart.find((c) => c.name === v.name && c.name !== "HF_TOKEN");
    if (chartVar && chartVar.value !== v.value) {
      note(
        "value-overridden",
        `${v.path} sets ${v.name} to ${v.value ?? "a valueFrom"}, but the chart appends ${v.name}=${chartVar.value} from ${chartVar.from} after the container's env, and the later one wins: set ${input.role}.parallelism instead`,
        v.range,
        "warning",
      );
    }
  }
  const env: EnvVar[] = [...injected.lws.filter((l) => !userEnv.some((v) => v.name === l.name)), ...userEnv, ...injected.chart];

  if (mode === "custom") {
    // llm-d-modelservice.customModelCommand: the command and args as written; the parallelism reaches the engine only through the env.
    if (ownCommand.length === 0) {
      note(
        "chart-values-invalid",
        `${cpath} has ${written ? "modelCommand custom" : "no modelCommand (custom by default)"} and no command: the chart fails ("a command is required"); set modelCommand: vllmServe, or write the command`,
        written ? modeRange : rangeAt(document, cpath),
        "warning",
      );
      return REFUSED;
    }
    const facts = readEngineArgs(ownCommand, ownArgs, env);
    return facts ? { facts, mode } : null;
  }

  // vllmServe / imageDefault: the chart writes the command line, and the container's command is not used.
  if (ownCommand.length > 0) {
    note("value-overridden", `${cpath}.command is not used: with modelCommand ${mode} the chart writes the command itself`, rangeAt(document, `${cpath}.command`), "notice");
  }
  // The missing model is told at modelArtifacts.
  const artifacts = input.artifacts();
  if (!artifacts) return REFUSED;
  const model: ArgItem = { text: artifacts.model.value, range: artifacts.model.range, path: artifacts.model.path, via: { key: artifacts.key } };
  const chartItem = (text: string): ArgItem => ({ text, range: modeRange, path: `${cpath}.modelCommand (${mode}: ${text})` });
  const command = mode === "vllmServe" ? [chartItem("vllm"), chartItem("serve")] : [];
  const args: ArgItem[] = mode === "vllmServe" ? [model] : [chartItem("--model"), model];
  const flags: Array<[string, ParallelismKey]> = [
    ["--tensor-parallel-size", "tensor"],
    ["--data-parallel-size", "data"],
    ["--data-parallel-size-local", "dataLocal"],
  ];
  for (const [flag, key] of flags) {
    const s = p[key];
    if (s.value <= 1) continue;
    const at = { range: s.range, path: sizePath(s, key), via: s.via };
    args.push({ text: flag, ...at }, { text: String(s.value), ...at });
  }
  const facts = readEngineArgs(command, [...args, ...ownArgs], env);
  return facts ? { facts, mode } : null;
}

/** Engine problems after which a flag may be in the command without being read. */
const UNREAD_FLAG_CODES = new Set<NoteCode>(["script-unreadable", "flag-value-invalid", "flag-without-value", "flag-value-empty", "env-var-from-secret", "arg-not-split"]);

/**
 * Where the engine's flags and the parallelism disagree: the chart sizes the pods (tensor ×
 * dataLocal GPUs, groups of workers pods) from the parallelism, while the engine runs with its
 * flags (the container's args come after the chart's; a custom command uses the parallelism only
 * through $TP_SIZE, $DP_SIZE and $DP_SIZE_LOCAL).
 */
function compareWithParallelism(input: RoleInput, facts: EngineFacts, p: Parallelism, cpath: string, mode: ModelCommand): void {
  const { note, role } = input;
  // A flag the engine reader could not read (its problem says which) is not a flag left out.
  const unread = facts.problems.some((n) => UNREAD_FLAG_CODES.has(n.code));
  const pairs: Array<[Located<number> | undefined, ParallelismKey, string, string]> = [
    [facts.tensorParallel, "tensor", "--tensor-parallel-size", "TP_SIZE"],
    [facts.dataParallel, "data", "--data-parallel-size", "DP_SIZE"],
    [facts.dataParallelLocal, "dataLocal", "--data-parallel-size-local", "DP_SIZE_LOCAL"],
  ];
  for (const [fact, key, flag, variable] of pairs) {
    const s = p[key];
    if (!s.written) continue;
    if (fact && fact.value !== s.value) {
      note(
        "value-overridden",
        `${fact.path} is ${fact.value}, but ${s.path} is ${s.value}: the engine runs with ${fact.value}, while the chart sizes ${role}'s pods from the parallelism; ${mode === "custom" ? `pass $${variable}` : `drop ${flag} from the args`}, or set ${s.path}: ${fact.value}`,
        fact.range,
        "warning",
      );
    } else if (!fact && s.value > 1 && mode === "custom" && !unread) {
      note(
        "chart-values-invalid",
        `${s.path} is ${s.value}, but the command of ${cpath} passes no ${flag} (the chart gives it as $${variable}): the engine runs with its default, while the chart sizes ${role}'s pods for ${s.value}; add ${flag} $${variable}`,
        s.range,
        "warning",
      );
    }
  }
}

// ------------------------------------------------------------------------------------ GPU type

/**
 * The GPU type a role's pods run on: `acceleratorTypes` (the chart writes `labelKey In
 * labelValues` as required node affinity, only with a labelKey), the role's `nodeSelector`,
 * `extraConfig.nodeSelector`, `extraConfig.affinity` (both copied into the pod spec). MIG devices
 * asked for make it their profile of that GPU.
 */
function roleGpu(input: RoleInput, mig: MigRequest | undefined): Located<string> | undefined {
  const { document, spec, role, note, add } = input;
  const choices: GpuChoice[] = [];
  const accelerators = spec.acceleratorTypes;
  if (isRecord(accelerators)) {
    const labelKey = scalarText(accelerators.labelKey)?.trim();
    const values = Array.isArray(accelerators.labelValues) ? accelerators.labelValues : [];
    if (labelKey) choices.push(gpuFromLabelValues(document, labelKey, `${role}.acceleratorTypes.labelValues`, `${role}.acceleratorTypes`));
    else if (values.length > 0) {
      note(
        "chart-values-invalid",
        `${role}.acceleratorTypes has labelValues but no labelKey: the chart writes no node affinity without one, so the values select nothing; add labelKey: ${PRODUCT_LABEL}`,
        rangeAt(document, `${role}.acceleratorTypes`),
        "warning",
      );
    }
  }
  choices.push(gpuFromSelector(document, `${role}.nodeSelector`, `${role}.nodeSelector`));
  choices.push(gpuFromSelector(document, `${role}.extraConfig.nodeSelector`, `${role}.extraConfig.nodeSelector`));
  choices.push(gpuFromSelectorTerms(document, `${role}.extraConfig.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`, `${role}.extraConfig.affinity`));
  for (const c of choices) add(...c.notes);
  const found = choices.flatMap((c) => (c.gpu ? [c.gpu] : []));
  let gpu = found[0];
  const id = (g: Located<string>) => gpuLookup.find(g.value)?.id ?? g.value;
  for (const other of found.slice(1)) {
    if (gpu && id(other) !== id(gpu)) {
      note("gpu-selectors-disagree", `${other.path} names ${id(other)}, not ${id(gpu)} as ${gpu.path} does: checked as ${gpu.value}; make the selectors agree`, gpu.range, "notice");
    }
  }
  if (mig && !(gpu && /-MIG-|^mig-/i.test(gpu.value))) {
    const sliced = gpuOfMig(mig, gpu);
    gpu = sliced.gpu;
    add(...sliced.notes);
  }
  if (!gpu) {
    note(
      "gpu-type-missing",
      `no GPU type is declared for ${role}: ${input.name} is checked for the memory it needs per GPU, not against a GPU; add ${role}.acceleratorTypes with labelKey ${PRODUCT_LABEL} and labelValues [NVIDIA-H100-80GB-HBM3], or a ${role}.nodeSelector ${PRODUCT_LABEL}, ${DECLARE_IN_CONFIG}`,
      document.ranges.get(role)?.key ?? rangeAt(document, role),
      "notice",
    );
  }
  return gpu;
}

/**
 * The node labels a role's pods must run on: its `nodeSelector` (else `extraConfig.nodeSelector`),
 * the single values of `extraConfig.affinity`'s required terms, and the one value of
 * `acceleratorTypes` (required node affinity), at the nodeSelector block (else the others).
 */
function roleNodeLabels(document: YamlDocument, spec: Json, role: Role): NodeLabels | undefined {
  const own = nodeLabelsOfSelector(document, `${role}.nodeSelector`) ?? nodeLabelsOfSelector(document, `${role}.extraConfig.nodeSelector`);
  const terms = nodeLabelsOfTerms(document, `${role}.extraConfig.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`);
  const accelerators = spec.acceleratorTypes;
  const labelKey = isRecord(accelerators) ? scalarText(accelerators.labelKey)?.trim() : undefined;
  const values = isRecord(accelerators) && Array.isArray(accelerators.labelValues) ? accelerators.labelValues : [];
  const one = labelKey && values.length === 1 ? scalarText(values[0])?.trim() : undefined;
  const labels = { ...(one ? { [labelKey!]: one } : {}), ...(terms?.labels ?? {}), ...(own?.labels ?? {}) };
  if (Object.keys(labels).length === 0) return undefined;
  return { labels, range: own?.range ?? terms?.range ?? rangeAt(document, `${role}.acceleratorTypes`) };
}
