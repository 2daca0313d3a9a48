import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  NO_REFERENCES
} from "./chunk-KZ27ZWMR.js";
import {
  readContainer
} from "./chunk-QMDV6F3O.js";
import {
  DECLARE_IN_CONFIG,
  GPU_ANNOTATION,
  GPU_RESOURCES,
  PRODUCT_LABEL,
  envFromList,
  gpuCountOf,
  gpuFromPodSpec,
  gpuOfMig,
  migProfileOf
} from "./chunk-MIJ4L7P2.js";
import {
  deploymentFromFacts,
  objectContext,
  readEngineArgs,
  shellScriptIndex,
  splitScript,
  withEngineVersion
} from "./chunk-VUGMCGJM.js";
import {
  at,
  isRecord,
  parseWholeNumber,
  scalarText
} from "./chunk-3G5BXTFK.js";
import {
  joinPath
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

// src/adapt/dynamo.ts
var DYNAMO_MARKERS = ["DynamoGraphDeployment"];
var FORMAT = "dynamo";
var KIND = "DynamoGraphDeployment";
var API_GROUP = "nvidia.com/";
var MAIN_CONTAINER = "main";
function adaptDynamo(document, file, absolutePath, _references = NO_REFERENCES) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (kind !== KIND || typeof apiVersion !== "string" || !apiVersion.startsWith(API_GROUP)) return null;
  const ctx = objectContext(document, file, absolutePath, KIND);
  const spec = value.spec;
  const services = isRecord(spec) ? spec.services : void 0;
  const list = isRecord(spec) ? spec.components : void 0;
  let components;
  let graphEnv;
  if (isRecord(services)) {
    components = alphaComponents(ctx, services);
    graphEnv = envFromList(document, isRecord(spec) ? spec.envs : void 0, "spec.envs");
  } else if (Array.isArray(list)) {
    components = betaComponents(ctx, list);
    graphEnv = envFromList(document, isRecord(spec) ? spec.env : void 0, "spec.env");
  } else {
    ctx.note(
      "model-missing",
      `${ctx.name} has neither spec.services (nvidia.com/v1alpha1) nor a spec.components list (nvidia.com/v1beta1): it deploys no worker, so nothing is checked`,
      ctx.keyRangeOf("spec", ctx.deploymentRange),
      "warning"
    );
    return { deployments: [], notes: ctx.notes };
  }
  const workers = [];
  for (const component of components) {
    const worker = readWorker(ctx, component, graphEnv);
    if (worker) workers.push(worker);
  }
  tellDisaggregatedRoles(ctx, workers);
  return { deployments: workers.map((w) => w.deployment), notes: ctx.notes };
}
function textAt(ctx, value, path) {
  const text = scalarText(value)?.trim();
  if (!text) return void 0;
  return { value: text, range: ctx.rangeOf(path), path, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
}
function alphaComponents(ctx, services) {
  const out = [];
  for (const [name, raw] of Object.entries(services)) {
    if (!isRecord(raw)) continue;
    const path = joinPath("spec.services", name);
    const podSpecPath = joinPath(path, "extraPodSpec");
    const extra = raw.extraPodSpec;
    const main = isRecord(extra) && isRecord(extra.mainContainer) ? extra.mainContainer : void 0;
    const declaredType = textAt(ctx, raw.subComponentType, joinPath(path, "subComponentType")) ?? textAt(ctx, raw.componentType, joinPath(path, "componentType"));
    out.push({
      name,
      path,
      label: path,
      value: raw,
      beta: false,
      anchor: ctx.keyRangeOf(path),
      podSpecPath,
      ...main ? { containerPath: joinPath(podSpecPath, "mainContainer"), container: main } : {},
      ...declaredType ? { declaredType } : {}
    });
  }
  return out;
}
function betaComponents(ctx, list) {
  const out = [];
  list.forEach((raw, index) => {
    if (!isRecord(raw)) return;
    const path = joinPath("spec.components", index);
    const given = scalarText(raw.name)?.trim();
    const name = given || `components[${index}]`;
    const podSpecPath = joinPath(joinPath(path, "podTemplate"), "spec");
    const containers = at(raw, ["podTemplate", "spec", "containers"]);
    let containerIndex = -1;
    if (Array.isArray(containers)) {
      containerIndex = containers.findIndex((c) => isRecord(c) && c.name === MAIN_CONTAINER);
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
      ...containerIndex >= 0 && Array.isArray(containers) ? { containerPath: joinPath(joinPath(podSpecPath, "containers"), containerIndex), container: containers[containerIndex] } : {},
      ...declaredType ? { declaredType } : {}
    });
  });
  return out;
}
function readWorker(ctx, c, graphEnv) {
  const { document } = ctx;
  const container = c.container && c.containerPath ? readContainer(document, c.container, c.containerPath, MAIN_CONTAINER) : void 0;
  const ownEnv = c.beta ? [] : envFromList(document, c.value.envs, joinPath(c.path, "envs"));
  const env = [...graphEnv, ...ownEnv, ...container?.env ?? []];
  const envFromSecret = !c.beta && typeof c.value.envFromSecret === "string" && c.value.envFromSecret.trim() !== "";
  const hasEnvFrom = (container?.hasEnvFrom ?? false) || envFromSecret;
  const command = container?.command ?? [];
  const args = container?.args ?? [];
  const ask = gpuAsk(ctx, c, container);
  const facts = command.length > 0 ? readEngineArgs(command, args, env) : args.length > 0 ? readEngineArgs(args, [], env) : null;
  if (!facts) {
    if (!ask.asked) return null;
    const what = !container ? `it has no ${c.beta ? `container named ${MAIN_CONTAINER} in ${c.podSpecPath}.containers` : `${c.podSpecPath}.mainContainer`}` : command.length === 0 && args.length === 0 ? `${c.containerPath} has no command or args` : command.length === 0 ? `${c.containerPath} has no command, and its args ${describeCommand(args)} start no engine` : `${c.containerPath} runs ${describeCommand([...command, ...args])}`;
    ctx.note(
      "gpu-container-no-engine",
      `${c.label} asks for GPUs${ask.count ? ` (${ask.count.path})` : ""} but runs no engine llm-physics reads (${what}), so it is not checked: start the worker in ${c.containerPath ?? `the ${MAIN_CONTAINER} container`} with command [python3, -m, dynamo.vllm] and args [--model, <org/model>] (or dynamo.sglang --model-path, dynamo.trtllm --model-path), directly or in a sh -c script`,
      c.anchor,
      "notice"
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
      "notice"
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
        "notice"
      );
      model = served;
    }
  }
  if (!model) {
    ctx.note(
      "model-missing",
      `no model found in the engine arguments of ${c.label}: pass --model <org/model> (dynamo.vllm) or --model-path <org/model> (dynamo.sglang, dynamo.trtllm) in ${c.containerPath ?? "its main container"}; ${name} is not checked`,
      c.anchor,
      "warning"
    );
    return null;
  }
  const declaration = gpuFromPodSpec(document, c.podSpecPath, annotationPath(ctx, c), c.anchor);
  const fromNodes = declaration.notes.some((n) => n.code === "gpu-count-from-instance-type" || n.code === "gpu-count-from-node-label");
  const podCount = c.beta || fromNodes ? declaration.count : void 0;
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
  if (nodes && perPod !== void 0) {
    ctx.note(
      "multi-node",
      `${nodes.path} is ${nodes.value}: ${c.label} runs one engine over ${nodes.value} pods of ${perPod} GPU${perPod === 1 ? "" : "s"} each (one per node), checked as one deployment over all ${perPod * nodes.value} GPUs`,
      nodes.range,
      "notice"
    );
  } else if (nodes) {
    ctx.note(
      "multi-node",
      `${nodes.path} is ${nodes.value}: ${c.label} runs one engine over ${nodes.value} pods, but no GPU count per pod is declared, so the engine's parallelism gives the GPUs of the whole group`,
      nodes.range,
      "notice"
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
    ...count ? { count } : {},
    ...count && nodes ? { group: nodes } : {},
    howToCount: c.beta ? `add resources.limits nvidia.com/gpu to ${c.containerPath ?? `the ${MAIN_CONTAINER} container of ${c.podSpecPath}`} (GPUs per pod)` : `set ${c.path}.resources.limits.gpu: "<GPUs per pod>"`,
    serving: c.anchor,
    note: ctx.note
  });
  if (!deployment) return null;
  withEngineVersion(deployment, { image: container?.image, scripts: items.map((i) => i.text), env });
  const role = roleOf(c, items);
  return role ? { component: c, deployment, role } : { component: c, deployment };
}
function describeCommand(items) {
  const text = items.map((i) => i.text).join(" ").trim();
  return describeValue(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
function flagValue(items, flag) {
  const spelled = flag.replace(/-/g, "[-_]");
  const mentioned = new RegExp(`(?:^|\\s)--${spelled}(?:=|\\s|$)`);
  if (!items.some((i) => mentioned.test(i.text))) return void 0;
  const whole = new RegExp(`^--${spelled}(?:=(.*))?$`, "s");
  const shown = `--${flag}`;
  const words = wordsOf(items);
  for (let i = 0; i < words.length; i++) {
    const m = whole.exec(words[i].text.trim());
    if (!m) continue;
    const word = m[1] !== void 0 ? words[i] : words[i + 1];
    const v = (m[1] ?? words[i + 1]?.text ?? "").trim();
    if (word && v && (m[1] !== void 0 || !v.startsWith("-"))) return { value: v, range: word.range, path: `${word.path} (${shown})`, via: { flag: shown } };
  }
  return void 0;
}
function wordsOf(items) {
  const words = items.map((i) => ({ text: i.text, range: i.range, path: i.path, inScript: false }));
  for (let i = 0; i < words.length; i++) {
    const script = shellScriptIndex(words, i);
    if (script < 0) continue;
    const split = splitScript(items[script], items[script].text, /* @__PURE__ */ new Map(), []).flatMap((c) => c.words);
    return [...words.slice(0, script), ...split, ...words.slice(script + 1)];
  }
  return words;
}
function roleOf(c, items) {
  const declared = c.declaredType?.value.toLowerCase();
  if (declared === "prefill" || declared === "decode") return declared;
  const text = items.map((i) => i.text).join(" ");
  if (/(?:^|\s)--is[-_]prefill[-_]worker\b/.test(text)) return "prefill";
  if (/(?:^|\s)--is[-_]decode[-_]worker\b/.test(text)) return "decode";
  const mode = /(?:^|\s)--disaggregation[-_]mode(?:=|\s+)["']?(prefill|decode)\b/i.exec(text);
  return mode ? mode[1].toLowerCase() : void 0;
}
function annotationPath(ctx, c) {
  const candidates = c.beta ? ["spec", "metadata"] : [joinPath(c.path, "extraPodMetadata"), c.path, "spec", "metadata"];
  for (const path of candidates) {
    const written = scalarText(at(ctx.document.value, [...path.split("."), "annotations", GPU_ANNOTATION]))?.trim();
    if (written) return path;
  }
  return "metadata";
}
function gpuAsk(ctx, c, container) {
  const own = container?.ownCount;
  const ownMig = own ? container?.ownMig : void 0;
  const containerAsk = { asked: own !== void 0, ...own ? { count: own } : {}, ...ownMig ? { mig: ownMig } : {} };
  if (c.beta) {
    if (!own) {
      const containers = at(c.value, ["podTemplate", "spec", "containers"]);
      containerAsk.asked = Array.isArray(containers) && containers.some((x) => isRecord(x) && hasGpuValue(x.resources));
    }
    return containerAsk;
  }
  if (container && c.containerPath) ctx.add(...gpuCountOf(ctx.document, c.containerPath).notes);
  const service = serviceGpus(ctx, c);
  if (own && service.count && own.value !== service.count.value) {
    ctx.note(
      "value-overridden",
      `${own.path} asks for ${own.value} GPU${own.value === 1 ? "" : "s"} but ${service.count.path} says ${service.count.value}: the main container's resources are merged over the service's, so ${own.value} is used`,
      own.range,
      "warning"
    );
  }
  if (own) return { ...containerAsk, asked: true };
  return { ...service, asked: service.asked || container !== void 0 && hasGpuValue(at(c.container, ["resources"])) };
}
function hasGpuValue(resources) {
  if (!isRecord(resources)) return false;
  return ["limits", "requests"].some((side) => {
    const list = resources[side];
    return isRecord(list) && Object.keys(list).some((k) => GPU_RESOURCES.includes(k) || migProfileOf(k) !== void 0);
  });
}
function serviceGpus(ctx, c) {
  const resources = c.value.resources;
  if (!isRecord(resources)) return { asked: false };
  let asked = false;
  for (const side of ["limits", "requests"]) {
    const item = resources[side];
    if (!isRecord(item)) continue;
    const sidePath = joinPath(joinPath(c.path, "resources"), side);
    if (item.gpu !== void 0 && item.gpu !== null && item.gpu !== "") {
      asked = true;
      const gpuPath = joinPath(sidePath, "gpu");
      const range = ctx.rangeOf(gpuPath);
      const n = parseWholeNumber(item.gpu);
      if (n === void 0 || n < 1) {
        ctx.note("not-whole-number", `${gpuPath} is ${describeValue(item.gpu)}, not a whole number of GPUs of at least 1: it is not counted; write the GPUs of one pod as a quoted number ("8")`, range, "warning");
        return { asked };
      }
      const type = scalarText(item.gpuType)?.trim();
      const typePath = joinPath(sidePath, "gpuType");
      const count = { value: n, range, path: gpuPath, via: { key: "gpu" } };
      if (!type || GPU_RESOURCES.includes(type)) return { asked, count };
      const profile = migProfileOf(type);
      if (profile) return { asked, count, mig: { profile, range: ctx.rangeOf(typePath), path: typePath } };
      ctx.note(
        "gpu-resource-unknown",
        `${typePath} is ${type}, not an accelerator resource llm-physics counts (${GPU_RESOURCES.join(", ")}): the ${n} device${n === 1 ? "" : "s"} of ${gpuPath} are not counted as GPUs`,
        ctx.rangeOf(typePath),
        "notice"
      );
      return { asked };
    }
    const custom = item.custom;
    if (!isRecord(custom)) continue;
    for (const resource of GPU_RESOURCES) {
      const raw = custom[resource];
      if (raw === void 0 || raw === null) continue;
      asked = true;
      const customPath = joinPath(sidePath, "custom");
      const range = ctx.rangeOf(joinPath(customPath, resource));
      const shown = `${customPath}["${resource}"]`;
      const n = parseWholeNumber(raw);
      if (n === void 0 || n < 1) {
        ctx.note("not-whole-number", `${shown} is ${describeValue(raw)}, not a whole number of GPUs of at least 1: it is not counted`, range, "warning");
        return { asked };
      }
      return { asked, count: { value: n, range, path: shown } };
    }
  }
  return { asked };
}
function nodeCount(ctx, c) {
  const multinode = c.value.multinode;
  if (!isRecord(multinode)) return void 0;
  const raw = multinode.nodeCount;
  if (raw === void 0 || raw === null) return void 0;
  const path = joinPath(joinPath(c.path, "multinode"), "nodeCount");
  const range = ctx.rangeOf(path);
  const n = parseWholeNumber(raw);
  if (n === void 0 || n < 1) {
    ctx.note("not-whole-number", `${path} is ${describeValue(raw)}, not a whole number of nodes: ${c.label} is checked as one pod`, range, "warning");
    return void 0;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${path} is the string ${describeValue(raw)}: Dynamo expects a number (int32); read as ${n}`, range, "warning");
  return n > 1 ? { value: n, range, path, via: { key: "nodeCount" } } : void 0;
}
var COUNT_NOTES = /* @__PURE__ */ new Set(["gpu-count-missing", "gpu-count-summed", "gpu-count-from-instance-type", "gpu-count-from-node-label"]);
function tellDeclarationNotes(ctx, c, declaration, name, ask) {
  for (const n of declaration.notes) {
    if (n.code === "gpu-count-missing") continue;
    if (COUNT_NOTES.has(n.code) && (ask.count || !c.beta && n.code === "gpu-count-summed")) continue;
    if (n.code === "gpu-type-missing") {
      if (ask.mig) continue;
      ctx.note(
        n.code,
        `no GPU type is declared for ${c.label}: ${name} is checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL} (NVIDIA-H100-80GB-HBM3) under ${c.podSpecPath}, or the annotation ${GPU_ANNOTATION}: H100-SXM under metadata.annotations, ${DECLARE_IN_CONFIG}`,
        n.range,
        n.severity
      );
      continue;
    }
    ctx.add(n);
  }
}
function tellDisaggregatedRoles(ctx, workers) {
  const roles = workers.filter((w) => w.role !== void 0);
  for (const w of roles) {
    const others = roles.filter((o) => o !== w).map((o) => `its ${o.role} role ${o.component.label}`);
    const gpus = w.deployment.gpuCount.value;
    const counterpart = w.role === "prefill" ? "decode" : "prefill";
    const together = others.length > 0 ? `served together with ${others.join(", ")}` : `but no ${counterpart} worker is declared in ${ctx.name}`;
    ctx.note(
      "disaggregated-role",
      `${w.component.label} is the ${w.role} role of the disaggregated service ${ctx.name}, ${together}: each role runs its own engine on its own GPUs, so ${w.deployment.name} is checked alone on its ${gpus} GPU${gpus === 1 ? "" : "s"}`,
      w.component.anchor,
      "notice"
    );
  }
}
export {
  DYNAMO_MARKERS,
  adaptDynamo
};
