import type { SourceRange } from "../base/findings.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import type { Deployment, Located } from "../base/deployment.js";
import { describeValue } from "../base/text.js";
import type { ArgItem, EngineFacts, EnvVar } from "./engine-args.js";
import { acceleratorChoices, DECLARE_IN_CONFIG, firstAccelerator, memoryOnlyRequest } from "./gpu-declaration.js";
import { deploymentFromFacts, noteSink, rangeAt, withEngineVersion, type Adaptation } from "./kit.js";
import type { NoteSink } from "./notes.js";
import { LAUNCHER_MARKERS, launcherEnv, readScripts, runtimeEnv } from "./launch-script.js";
import { isNimImage, NIM_IMAGE_MARKER, readNimContainer } from "./nim.js";
import { isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";

/**
 * dstack service and task files that start a serving engine, format `dstack`. Each unit that runs
 * an engine is one deployment: the service (or task) itself, or, for a service whose `replicas`
 * is a list of replica groups (each with `count`, as dstack's docs write it) or whose `groups`
 * is (each with `replicas`, the form dstack normalises to), each group: prefill/decode
 * disaggregation, or pools on different GPUs. A group's deployment is named `<service>/<group>`
 * (a group without `name` is named by its position, `0`, `1`…, as dstack names it).
 *
 * - The engine: the first command that starts one is read as `sh -c <command>` with `env`
 *   (launch-script.ts); without `commands`, an NVIDIA NIM `image` (`nvcr.io/nim/<org>/<model>`) is
 *   read as a NIM container (readNimContainer: the model from the image, `NIM_*` from `env`).
 *   A group's `commands` and `image` are its own; `env` is the service's (dstack 0.20 rejects
 *   `env` in a group: read over the service's, with a warning).
 * - The GPU by acceleratorChoices (`H100:8`, `H100:80GB:8`, `{name, count}`; the first of several
 *   is checked) from `resources.gpu`, the group's own for a group (dstack provisions a group with
 *   its own resources only); `DSTACK_GPUS_NUM` and its siblings are set from it.
 * - `model:` stands for the model when the commands name none.
 * - The engine's version: what an install in the commands pins (`pip install vllm==0.6.3`), else
 *   the tag of `image` when it is the engine's own (`lmsysorg/sglang:v0.5.2-cu126`).
 * - Groups whose commands are a prefill or a decode role (`--disaggregation-mode prefill`,
 *   `kv_role: kv_producer`…) are told as roles of one service; a group asking for GPUs that starts
 *   no known engine is told it is not checked; a group on CPUs only (a router) is no deployment.
 *
 * Replicas (`count`, `replicas: 1..4`) are copies, ignored. Never throws: an odd document is
 * skipped (null) or explained in notes.
 */

/** The engine commands, and the NIM image registry: every accepted document contains one. */
export const DSTACK_MARKERS: readonly string[] = [...LAUNCHER_MARKERS, NIM_IMAGE_MARKER];

const FORMAT = "dstack";

/** The part of a file that runs: the service or task itself, or one replica group of a service. */
interface Unit {
  /** The deployment's name: the service's, or `<service>/<group>`. */
  name: string;
  /** What messages call it: `llama31`, `replica group decode`. */
  subject: string;
  /** The path prefix of its keys: `` for the service, `replicas[1].` for a group. */
  prefix: string;
  value: Json;
  /** Where findings about it as a whole point. */
  range: SourceRange;
  /** The image it runs: its own, else the service's. */
  image?: Located<string> | undefined;
  env: EnvVar[];
  /** The env is written as a `{NAME: value}` map. */
  envIsMap: boolean;
  nodes: number;
}

/** The deployments a dstack service or task starts; null when the document is not one or runs no known engine. */
export function adaptDstack(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value) || typeof value.type !== "string") return null;
  if (value.type !== "service" && value.type !== "task") return null;
  const sink = noteSink();
  const service = scalarText(value.name)?.trim() || `dstack-${value.type}`;
  const where = document.ranges.get("name")?.value ?? document.ranges.get("type")?.value ?? document.range;
  const env = launcherEnv(document, value.env, "env");
  const image = imageAt(document, value, "");

  // A service of replica groups: `replicas: [...]` (as dstack documents it) or `groups: [...]`.
  const groupsKey = value.type !== "service" ? undefined : Array.isArray(value.replicas) ? "replicas" : Array.isArray(value.groups) ? "groups" : undefined;
  if (!groupsKey) {
    const unit: Unit = { name: service, subject: service, prefix: "", value, range: where, image, env, envIsMap: isRecord(value.env), nodes: parseWholeNumber(value.nodes) ?? 1 };
    const read = readUnit(document, unit, value, sink, file, absolutePath);
    if (read === null) return null;
    return { deployments: read.deployment ? [read.deployment] : [], notes: sink.notes };
  }
  return replicaGroups(document, value, groupsKey, { service, env, envIsMap: isRecord(value.env), image, file, absolutePath, sink });
}

/** The `image` at `prefix` (the service's or a group's), located. */
function imageAt(document: YamlDocument, raw: Json, prefix: string): Located<string> | undefined {
  const text = scalarText(raw.image)?.trim();
  if (!text) return undefined;
  const path = `${prefix}image`;
  return { value: text, range: rangeAt(document, path), path, via: { key: "image" } };
}

interface ServiceParts {
  service: string;
  env: EnvVar[];
  envIsMap: boolean;
  image: Located<string> | undefined;
  file: string;
  absolutePath: string;
  sink: NoteSink;
}

/** dstack's `model:` (or `model.name`), the name its gateway publishes, located. */
function publishedModel(document: YamlDocument, service: Json): Located<string> | undefined {
  const path = isRecord(service.model) ? "model.name" : "model";
  const text = scalarText(isRecord(service.model) ? service.model.name : service.model)?.trim();
  return text ? { value: text, range: rangeAt(document, path), path } : undefined;
}

/** What a replica group's commands say of its role in a disaggregated service. */
type Role = "prefill" | "decode";

function roleOf(texts: string[], name: string): Role | undefined {
  for (const text of texts) {
    const mode = /--disaggregation[-_]mode(?:=|\s+)["']?(prefill|decode)\b/i.exec(text);
    if (mode) return mode[1]!.toLowerCase() as Role;
    const kvRole = /["']?kv_role["']?\s*:\s*["']?(kv_producer|kv_consumer)\b/i.exec(text);
    if (kvRole) return kvRole[1]!.toLowerCase() === "kv_producer" ? "prefill" : "decode";
    if (/--is[-_]prefill[-_]worker\b/i.test(text)) return "prefill";
  }
  const named = /(?:^|[-_])(prefill|decode)(?:$|[-_])/i.exec(name);
  return named ? (named[1]!.toLowerCase() as Role) : undefined;
}

function replicaGroups(document: YamlDocument, value: Json, key: "replicas" | "groups", parts: ServiceParts): Adaptation | null {
  const { service, sink } = parts;
  const { note } = sink;
  const groups = value[key] as unknown[];

  // What dstack does not take from the service when it runs groups.
  if (Array.isArray(value.commands) && value.commands.length > 0) {
    note(
      "key-not-accepted",
      `commands at the service level is not allowed when ${key} lists replica groups (dstack rejects the file): they are not read; move them into each group's commands`,
      document.ranges.get("commands")?.key ?? rangeAt(document, "commands"),
      "warning",
    );
  }
  const serviceGpu = isRecord(value.resources) ? value.resources.gpu : undefined;
  if (serviceGpu !== undefined && serviceGpu !== null) {
    note(
      "value-overridden",
      `resources.gpu at the service level is not used when ${key} lists replica groups: dstack provisions each group with its own resources (a group without them gets no GPU); write resources.gpu in each group`,
      rangeAt(document, "resources.gpu"),
      "warning",
    );
  }

  const read: Array<{ group: string; anchor: SourceRange; texts: string[]; deployment: Deployment }> = [];
  const idle: Array<() => void> = [];
  let anyEngine = false;
  groups.forEach((raw: unknown, i) => {
    if (!isRecord(raw)) return;
    const prefix = `${key}[${i}].`;
    const group = scalarText(raw.name)?.trim() || String(i);
    const anchor = raw.name !== undefined ? rangeAt(document, `${prefix}name`) : (document.ranges.get(`${key}[${i}]`)?.value ?? rangeAt(document, key));
    // dstack 0.20 takes env from the service only; a group's own is read over it, as meant.
    let env = parts.env;
    if (raw.env !== undefined && raw.env !== null) {
      const own = launcherEnv(document, raw.env, `${prefix}env`);
      const names = new Set(own.map((e) => e.name));
      env = [...parts.env.filter((e) => !names.has(e.name)), ...own];
      note(
        "key-not-accepted",
        `${prefix}env: dstack does not accept env in a replica group (it rejects the file; env is the service's): read over the service's env as meant; move these variables to the service's env`,
        document.ranges.get(`${prefix}env`)?.key ?? rangeAt(document, `${prefix}env`),
        "warning",
      );
    }
    const unit: Unit = {
      name: `${service}/${group}`,
      subject: `replica group ${group}`,
      prefix,
      value: raw,
      range: anchor,
      image: imageAt(document, raw, prefix) ?? parts.image,
      env,
      envIsMap: parts.envIsMap && (raw.env === undefined || raw.env === null || isRecord(raw.env)),
      nodes: 1,
    };
    const result = readUnit(document, unit, value, sink, parts.file, parts.absolutePath);
    if (result === null) {
      // No engine: a group on GPUs is told it is not checked; a group on CPUs only (a router) is none.
      const gpu = isRecord(raw.resources) ? raw.resources.gpu : undefined;
      if (gpu !== undefined && gpu !== null && gpu !== 0 && gpu !== "0") {
        idle.push(() =>
          note(
            "gpu-container-no-engine",
            `replica group ${group} asks for GPUs (${prefix}resources.gpu ${describeValue(gpu)}) but its commands start no engine llm-physics reads, so it is not checked: start vLLM (vllm serve <org/model>), SGLang (python -m sglang.launch_server --model-path <org/model>), TGI or TensorRT-LLM in ${prefix}commands, or run a NIM image (nvcr.io/nim/<org>/<model>) in ${prefix}image`,
            anchor,
            "notice",
          ),
        );
      }
      return;
    }
    anyEngine = true;
    if (result.deployment) read.push({ group, anchor, texts: result.texts, deployment: result.deployment });
  });
  if (!anyEngine) return null;
  for (const tell of idle) tell();

  // Prefill and decode groups are the roles of one disaggregated service, each checked on its own GPUs.
  const roles = read.map((r) => ({ ...r, role: roleOf(r.texts, r.group) }));
  for (const r of roles) {
    if (!r.role) continue;
    const others = roles.filter((o) => o !== r && o.role).map((o) => `replica group ${o.group}${o.group.toLowerCase().includes(o.role!) ? "" : ` (${o.role})`}`);
    const counterpart: Role = r.role === "prefill" ? "decode" : "prefill";
    const together = roles.some((o) => o.role === counterpart) ? `served together with ${others.join(", ")}` : `but no ${counterpart} group is declared in ${service}`;
    const gpus = r.deployment.gpuCount.value;
    note(
      "disaggregated-role",
      `replica group ${r.group} is the ${r.role} role of the disaggregated service ${service}, ${together}: each group runs its own engine on its own GPUs, so ${r.deployment.name} is checked alone on its ${gpus} GPU${gpus === 1 ? "" : "s"}; the KV cache transfer between the roles is not modelled`,
      r.anchor,
      "notice",
    );
  }
  return { deployments: read.map((r) => r.deployment), notes: sink.notes };
}

/**
 * One unit's deployment: null when it runs no engine the reader knows (no engine command, no NIM
 * image); without a model or a GPU it is told in notes (`deployment` absent when not checked).
 */
function readUnit(document: YamlDocument, unit: Unit, service: Json, sink: NoteSink, file: string, absolutePath: string): { deployment?: Deployment; texts: string[] } | null {
  const { prefix, value } = unit;
  const { note, add } = sink;
  const scripts: ArgItem[] = [];
  if (Array.isArray(value.commands)) {
    (value.commands as unknown[]).forEach((c: unknown, i) => {
      const text = scalarText(c);
      const path = `${prefix}commands[${i}]`;
      if (text !== undefined) scripts.push({ text, range: rangeAt(document, path), path });
    });
  }
  const gpuPath = `${prefix}resources.gpu`;
  const raw = isRecord(value.resources) ? value.resources.gpu : undefined;
  const choices = acceleratorChoices(document, raw, gpuPath);
  const request = choices.length === 0 ? memoryOnlyRequest(document, raw, gpuPath) : undefined;
  const nodes = unit.nodes;
  // What dstack sets when the job runs, from the GPU asked for (a memory-only request leaves them unknown).
  const launcher = runtimeEnv(choices[0], { DSTACK_GPUS_PER_NODE: 1, DSTACK_GPUS_NUM: nodes, DSTACK_NODES_NUM: 0 }, nodes);
  const env = [...launcher, ...unit.env];

  let facts: EngineFacts;
  let serving: SourceRange;
  let servingPath: string;
  const read = readScripts(scripts, env, "env");
  if (read) {
    ({ facts } = read);
    serving = read.script.range;
    servingPath = read.script.path;
    add(...facts.problems);
  } else if (scripts.length === 0 && unit.image && isNimImage(unit.image.value)) {
    // No commands: the image's entrypoint runs, NIM's; `model:` is the name dstack publishes.
    facts = readNimContainer({ image: unit.image, env, envKey: "env", envIsMap: unit.envIsMap, servedName: publishedModel(document, service) });
    serving = unit.image.range;
    servingPath = unit.image.path;
    add(...facts.problems);
  } else {
    return null;
  }
  const texts = scripts.map((s) => s.text);
  const { name } = unit;
  // The engine's version: install commands in the commands, else the image's tag (a NIM image's is NIM's).
  const version = { image: unit.image?.value, scripts: texts, env };

  // dstack's `model:` is the name the gateway publishes: the model when the unit names none (a NIM reading has told it).
  if (!facts.model) {
    const published = read ? publishedModel(document, service) : undefined;
    if (published) {
      facts.model = published;
      note("model-from-served-name", `no model found in ${servingPath}: the model is read from ${published.path} (${published.value}), the name dstack publishes; pass it to the engine as well to be exact`, published.range, "notice");
    } else {
      if (read) note("model-missing", `no model found in the commands: pass the model after \`vllm serve\` (or --model-path for SGLang); ${name} is not checked`, serving, "warning");
      return { texts };
    }
  }

  const picked = firstAccelerator(choices, gpuPath);
  add(...picked.notes);
  const choice = picked.choice;
  if (!choice) {
    // No GPU named: a memory-only or count-only request (`24GB`, `80GB:8`, `8`), or nothing; checked for what it needs per GPU.
    const range = raw === undefined ? unit.range : rangeAt(document, gpuPath);
    if (request?.memory) {
      note(
        "gpu-memory-only",
        `${gpuPath} ${request.written} asks for GPU memory, not a GPU model: checked on the smallest catalog GPU with ${request.memoryWritten} per GPU${request.memoryWritten?.includes("..") ? " (the range's lower bound)" : ""}; write a name (e.g. H100:8) to check the GPU it runs on`,
        request.memory.range,
        "notice",
      );
    } else {
      const said = raw === undefined ? "no GPU is declared" : `${gpuPath} ${describeValue(raw)} names no GPU model`;
      const group = prefix === "" ? "" : " (a replica group does not take the service's resources)";
      note(
        "gpu-type-missing",
        `${said}${group}: ${name} is checked for the memory it needs per GPU, not against a GPU; write ${gpuPath} as name:count, e.g. H100:8 or {name: H100, count: 8}, ${DECLARE_IN_CONFIG}`,
        range,
        "notice",
      );
    }
    const d = deploymentFromFacts({
      name,
      subject: unit.subject,
      file,
      absolutePath,
      format: FORMAT,
      range: unit.range,
      facts,
      gpuMemoryBytes: request?.memory,
      ...(request ? { count: request.count } : {}),
      howToCount: `write the count in ${gpuPath} (e.g. 24GB:2)`,
      serving,
      note,
    });
    return d ? { deployment: withEngineVersion(d, version), texts } : { texts };
  }
  const gpu: Located<string> = { value: choice.choice.gpu, range: choice.range, path: choice.path };
  const count: Located<number> = { value: choice.choice.count, range: choice.range, path: choice.path };
  const d = deploymentFromFacts({ name, subject: unit.subject, file, absolutePath, format: FORMAT, range: unit.range, facts, gpu, count, howToCount: "", serving, note });
  return d ? { deployment: withEngineVersion(d, version), texts } : { texts };
}
