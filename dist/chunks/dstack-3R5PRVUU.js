import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  LAUNCHER_MARKERS,
  launcherEnv,
  readScripts,
  runtimeEnv
} from "./chunk-525YAJCR.js";
import {
  NIM_IMAGE_MARKER,
  isNimImage,
  readNimContainer
} from "./chunk-NB2YBJYL.js";
import "./chunk-KZ27ZWMR.js";
import "./chunk-QMDV6F3O.js";
import {
  DECLARE_IN_CONFIG,
  acceleratorChoices,
  firstAccelerator,
  memoryOnlyRequest
} from "./chunk-MIJ4L7P2.js";
import {
  deploymentFromFacts,
  noteSink,
  rangeAt,
  withEngineVersion
} from "./chunk-VUGMCGJM.js";
import {
  isRecord,
  parseWholeNumber,
  scalarText
} from "./chunk-3G5BXTFK.js";
import "./chunk-TQVKSG5V.js";
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

// src/adapt/dstack.ts
var DSTACK_MARKERS = [...LAUNCHER_MARKERS, NIM_IMAGE_MARKER];
var FORMAT = "dstack";
function adaptDstack(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value) || typeof value.type !== "string") return null;
  if (value.type !== "service" && value.type !== "task") return null;
  const sink = noteSink();
  const service = scalarText(value.name)?.trim() || `dstack-${value.type}`;
  const where = document.ranges.get("name")?.value ?? document.ranges.get("type")?.value ?? document.range;
  const env = launcherEnv(document, value.env, "env");
  const image = imageAt(document, value, "");
  const groupsKey = value.type !== "service" ? void 0 : Array.isArray(value.replicas) ? "replicas" : Array.isArray(value.groups) ? "groups" : void 0;
  if (!groupsKey) {
    const unit = { name: service, subject: service, prefix: "", value, range: where, image, env, envIsMap: isRecord(value.env), nodes: parseWholeNumber(value.nodes) ?? 1 };
    const read = readUnit(document, unit, value, sink, file, absolutePath);
    if (read === null) return null;
    return { deployments: read.deployment ? [read.deployment] : [], notes: sink.notes };
  }
  return replicaGroups(document, value, groupsKey, { service, env, envIsMap: isRecord(value.env), image, file, absolutePath, sink });
}
function imageAt(document, raw, prefix) {
  const text = scalarText(raw.image)?.trim();
  if (!text) return void 0;
  const path = `${prefix}image`;
  return { value: text, range: rangeAt(document, path), path, via: { key: "image" } };
}
function publishedModel(document, service) {
  const path = isRecord(service.model) ? "model.name" : "model";
  const text = scalarText(isRecord(service.model) ? service.model.name : service.model)?.trim();
  return text ? { value: text, range: rangeAt(document, path), path } : void 0;
}
function roleOf(texts, name) {
  for (const text of texts) {
    const mode = /--disaggregation[-_]mode(?:=|\s+)["']?(prefill|decode)\b/i.exec(text);
    if (mode) return mode[1].toLowerCase();
    const kvRole = /["']?kv_role["']?\s*:\s*["']?(kv_producer|kv_consumer)\b/i.exec(text);
    if (kvRole) return kvRole[1].toLowerCase() === "kv_producer" ? "prefill" : "decode";
    if (/--is[-_]prefill[-_]worker\b/i.test(text)) return "prefill";
  }
  const named = /(?:^|[-_])(prefill|decode)(?:$|[-_])/i.exec(name);
  return named ? named[1].toLowerCase() : void 0;
}
function replicaGroups(document, value, key, parts) {
  const { service, sink } = parts;
  const { note } = sink;
  const groups = value[key];
  if (Array.isArray(value.commands) && value.commands.length > 0) {
    note(
      "key-not-accepted",
      `commands at the service level is not allowed when ${key} lists replica groups (dstack rejects the file): they are not read; move them into each group's commands`,
      document.ranges.get("commands")?.key ?? rangeAt(document, "commands"),
      "warning"
    );
  }
  const serviceGpu = isRecord(value.resources) ? value.resources.gpu : void 0;
  if (serviceGpu !== void 0 && serviceGpu !== null) {
    note(
      "value-overridden",
      `resources.gpu at the service level is not used when ${key} lists replica groups: dstack provisions each group with its own resources (a group without them gets no GPU); write resources.gpu in each group`,
      rangeAt(document, "resources.gpu"),
      "warning"
    );
  }
  const read = [];
  const idle = [];
  let anyEngine = false;
  groups.forEach((raw, i) => {
    if (!isRecord(raw)) return;
    const prefix = `${key}[${i}].`;
    const group = scalarText(raw.name)?.trim() || String(i);
    const anchor = raw.name !== void 0 ? rangeAt(document, `${prefix}name`) : document.ranges.get(`${key}[${i}]`)?.value ?? rangeAt(document, key);
    let env = parts.env;
    if (raw.env !== void 0 && raw.env !== null) {
      const own = launcherEnv(document, raw.env, `${prefix}env`);
      const names = new Set(own.map((e) => e.name));
      env = [...parts.env.filter((e) => !names.has(e.name)), ...own];
      note(
        "key-not-accepted",
        `${prefix}env: dstack does not accept env in a replica group (it rejects the file; env is the service's): read over the service's env as meant; move these variables to the service's env`,
        document.ranges.get(`${prefix}env`)?.key ?? rangeAt(document, `${prefix}env`),
        "warning"
      );
    }
    const unit = {
      name: `${service}/${group}`,
      subject: `replica group ${group}`,
      prefix,
      value: raw,
      range: anchor,
      image: imageAt(document, raw, prefix) ?? parts.image,
      env,
      envIsMap: parts.envIsMap && (raw.env === void 0 || raw.env === null || isRecord(raw.env)),
      nodes: 1
    };
    const result = readUnit(document, unit, value, sink, parts.file, parts.absolutePath);
    if (result === null) {
      const gpu = isRecord(raw.resources) ? raw.resources.gpu : void 0;
      if (gpu !== void 0 && gpu !== null && gpu !== 0 && gpu !== "0") {
        idle.push(
          () => note(
            "gpu-container-no-engine",
            `replica group ${group} asks for GPUs (${prefix}resources.gpu ${describeValue(gpu)}) but its commands start no engine llm-physics reads, so it is not checked: start vLLM (vllm serve <org/model>), SGLang (python -m sglang.launch_server --model-path <org/model>), TGI or TensorRT-LLM in ${prefix}commands, or run a NIM image (nvcr.io/nim/<org>/<model>) in ${prefix}image`,
            anchor,
            "notice"
          )
        );
      }
      return;
    }
    anyEngine = true;
    if (result.deployment) read.push({ group, anchor, texts: result.texts, deployment: result.deployment });
  });
  if (!anyEngine) return null;
  for (const tell of idle) tell();
  const roles = read.map((r) => ({ ...r, role: roleOf(r.texts, r.group) }));
  for (const r of roles) {
    if (!r.role) continue;
    const others = roles.filter((o) => o !== r && o.role).map((o) => `replica group ${o.group}${o.group.toLowerCase().includes(o.role) ? "" : ` (${o.role})`}`);
    const counterpart = r.role === "prefill" ? "decode" : "prefill";
    const together = roles.some((o) => o.role === counterpart) ? `served together with ${others.join(", ")}` : `but no ${counterpart} group is declared in ${service}`;
    const gpus = r.deployment.gpuCount.value;
    note(
      "disaggregated-role",
      `replica group ${r.group} is the ${r.role} role of the disaggregated service ${service}, ${together}: each group runs its own engine on its own GPUs, so ${r.deployment.name} is checked alone on its ${gpus} GPU${gpus === 1 ? "" : "s"}; the KV cache transfer between the roles is not modelled`,
      r.anchor,
      "notice"
    );
  }
  return { deployments: read.map((r) => r.deployment), notes: sink.notes };
}
function readUnit(document, unit, service, sink, file, absolutePath) {
  const { prefix, value } = unit;
  const { note, add } = sink;
  const scripts = [];
  if (Array.isArray(value.commands)) {
    value.commands.forEach((c, i) => {
      const text = scalarText(c);
      const path = `${prefix}commands[${i}]`;
      if (text !== void 0) scripts.push({ text, range: rangeAt(document, path), path });
    });
  }
  const gpuPath = `${prefix}resources.gpu`;
  const raw = isRecord(value.resources) ? value.resources.gpu : void 0;
  const choices = acceleratorChoices(document, raw, gpuPath);
  const request = choices.length === 0 ? memoryOnlyRequest(document, raw, gpuPath) : void 0;
  const nodes = unit.nodes;
  const launcher = runtimeEnv(choices[0], { DSTACK_GPUS_PER_NODE: 1, DSTACK_GPUS_NUM: nodes, DSTACK_NODES_NUM: 0 }, nodes);
  const env = [...launcher, ...unit.env];
  let facts;
  let serving;
  let servingPath;
  const read = readScripts(scripts, env, "env");
  if (read) {
    ({ facts } = read);
    serving = read.script.range;
    servingPath = read.script.path;
    add(...facts.problems);
  } else if (scripts.length === 0 && unit.image && isNimImage(unit.image.value)) {
    facts = readNimContainer({ image: unit.image, env, envKey: "env", envIsMap: unit.envIsMap, servedName: publishedModel(document, service) });
    serving = unit.image.range;
    servingPath = unit.image.path;
    add(...facts.problems);
  } else {
    return null;
  }
  const texts = scripts.map((s) => s.text);
  const { name } = unit;
  const version = { image: unit.image?.value, scripts: texts, env };
  if (!facts.model) {
    const published = read ? publishedModel(document, service) : void 0;
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
    const range = raw === void 0 ? unit.range : rangeAt(document, gpuPath);
    if (request?.memory) {
      note(
        "gpu-memory-only",
        `${gpuPath} ${request.written} asks for GPU memory, not a GPU model: checked on the smallest catalog GPU with ${request.memoryWritten} per GPU${request.memoryWritten?.includes("..") ? " (the range's lower bound)" : ""}; write a name (e.g. H100:8) to check the GPU it runs on`,
        request.memory.range,
        "notice"
      );
    } else {
      const said = raw === void 0 ? "no GPU is declared" : `${gpuPath} ${describeValue(raw)} names no GPU model`;
      const group = prefix === "" ? "" : " (a replica group does not take the service's resources)";
      note(
        "gpu-type-missing",
        `${said}${group}: ${name} is checked for the memory it needs per GPU, not against a GPU; write ${gpuPath} as name:count, e.g. H100:8 or {name: H100, count: 8}, ${DECLARE_IN_CONFIG}`,
        range,
        "notice"
      );
    }
    const d2 = deploymentFromFacts({
      name,
      subject: unit.subject,
      file,
      absolutePath,
      format: FORMAT,
      range: unit.range,
      facts,
      gpuMemoryBytes: request?.memory,
      ...request ? { count: request.count } : {},
      howToCount: `write the count in ${gpuPath} (e.g. 24GB:2)`,
      serving,
      note
    });
    return d2 ? { deployment: withEngineVersion(d2, version), texts } : { texts };
  }
  const gpu = { value: choice.choice.gpu, range: choice.range, path: choice.path };
  const count = { value: choice.choice.count, range: choice.range, path: choice.path };
  const d = deploymentFromFacts({ name, subject: unit.subject, file, absolutePath, format: FORMAT, range: unit.range, facts, gpu, count, howToCount: "", serving, note });
  return d ? { deployment: withEngineVersion(d, version), texts } : { texts };
}
export {
  DSTACK_MARKERS,
  adaptDstack
};
