import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  FACT_NAMES
} from "./chunk-MCN5FH5U.js";
import {
  adaptKubernetes
} from "./chunk-MPNG4FSS.js";
import {
  parseEmbeddedYaml
} from "./chunk-OC4ZGKBL.js";
import "./chunk-NB2YBJYL.js";
import {
  KAITO_CONFIG_KEY,
  NO_REFERENCES,
  firstFound,
  inFile
} from "./chunk-KZ27ZWMR.js";
import "./chunk-QMDV6F3O.js";
import {
  DECLARE_IN_CONFIG,
  GPU_ANNOTATION,
  findInstanceType,
  gpuOfMig,
  nodeLabelsOfSelector
} from "./chunk-MIJ4L7P2.js";
import {
  applyEngineFacts,
  objectContext,
  objectDeployment,
  rangeAt,
  readEngineArgs
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

// src/adapt/kaito.ts
var KAITO_MARKERS = ["kaito.sh"];
var FORMAT = "kaito";
var KAITO_API_GROUP = "kaito.sh/";
var RUNTIME_ANNOTATION = "kaito.sh/runtime";
var KAITO_PRESETS = {
  "llama-3.1-8b-instruct": "meta-llama/Llama-3.1-8B-Instruct",
  "llama-3.3-70b-instruct": "meta-llama/Llama-3.3-70B-Instruct",
  "deepseek-r1-0528": "deepseek-ai/DeepSeek-R1-0528",
  "deepseek-v3-0324": "deepseek-ai/DeepSeek-V3-0324",
  "deepseek-r1-distill-qwen-14b": "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B",
  "deepseek-r1-distill-llama-8b": "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
  "falcon-7b": "tiiuae/falcon-7b",
  "falcon-7b-instruct": "tiiuae/falcon-7b-instruct",
  "falcon-40b": "tiiuae/falcon-40b",
  "falcon-40b-instruct": "tiiuae/falcon-40b-instruct",
  "mistral-7b": "mistralai/Mistral-7B-v0.3",
  "mistral-7b-instruct": "mistralai/Mistral-7B-Instruct-v0.3",
  "ministral-3-3b-instruct": "mistralai/Ministral-3-3B-Instruct-2512",
  "ministral-3-8b-instruct": "mistralai/Ministral-3-8B-Instruct-2512",
  "ministral-3-14b-instruct": "mistralai/Ministral-3-14B-Instruct-2512",
  "mistral-large-3-675b-instruct": "mistralai/Mistral-Large-3-675B-Instruct-2512",
  "phi-2": "microsoft/phi-2",
  "phi-3-mini-4k-instruct": "microsoft/Phi-3-mini-4k-instruct",
  "phi-3-mini-128k-instruct": "microsoft/Phi-3-mini-128k-instruct",
  "phi-3-medium-4k-instruct": "microsoft/Phi-3-medium-4k-instruct",
  "phi-3-medium-128k-instruct": "microsoft/Phi-3-medium-128k-instruct",
  "phi-3.5-mini-instruct": "microsoft/Phi-3.5-mini-instruct",
  "phi-4-mini-instruct": "microsoft/Phi-4-mini-instruct",
  "phi-4": "microsoft/phi-4",
  "qwen2.5-coder-7b-instruct": "Qwen/Qwen2.5-Coder-7B-Instruct",
  "qwen2.5-coder-32b-instruct": "Qwen/Qwen2.5-Coder-32B-Instruct",
  "gemma-3-4b-instruct": "google/gemma-3-4b-it",
  "gemma-3-27b-instruct": "google/gemma-3-27b-it",
  "gpt-oss-20b": "openai/gpt-oss-20b",
  "gpt-oss-120b": "openai/gpt-oss-120b"
};
function adaptKaito(document, file, absolutePath, references = NO_REFERENCES) {
  const value = document.value;
  if (!isRecord(value)) return null;
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || !apiVersion.startsWith(KAITO_API_GROUP)) return null;
  let base;
  if (kind === "Workspace") base = "";
  else if (kind === "InferenceSet") base = "spec.template";
  else return null;
  const root = base === "" ? value : at(value, ["spec", "template"]);
  if (!isRecord(root) || !isRecord(root.inference)) return null;
  const ctx = objectContext(document, file, absolutePath, kind);
  return readWorkspace({ ctx, value, inference: root.inference, p: (rel) => base === "" ? rel : `${base}.${rel}`, references });
}
function readWorkspace(r) {
  const { ctx, inference, p } = r;
  const inferenceKey = ctx.keyRangeOf(p("inference"));
  const hardware = readHardware(r);
  if (isRecord(inference.template) && !isRecord(inference.preset)) return readTemplate(r, hardware);
  const name = ctx.textAt(p("inference.preset.name"));
  let model;
  if (!name) {
    ctx.note(
      "model-missing",
      `no model found for ${ctx.name}: set ${p("inference.preset.name")} (a KAITO preset such as llama-3.1-8b-instruct, or a Hugging Face id org/name), or a custom ${p("inference.template")}; ${ctx.name} is not checked`,
      inferenceKey,
      "warning"
    );
  } else {
    const mapped = KAITO_PRESETS[name.value.toLowerCase()];
    if (mapped) {
      model = { value: mapped, range: name.range, path: `${name.path} (KAITO preset ${name.value})`, via: { key: "name" } };
    } else {
      model = name;
      if (!name.value.includes("/")) {
        ctx.note(
          "preset-unknown",
          `${name.path} ${name.value} is not a KAITO preset llm-physics maps to a Hugging Face id: the name is looked up as written; write the Hugging Face id (org/name) KAITO serves to be exact`,
          name.range,
          "notice"
        );
      }
    }
  }
  const adapters = inference.adapters;
  if (Array.isArray(adapters) && adapters.length > 0) {
    ctx.note(
      "not-modelled",
      `${p("inference.adapters")} loads ${adapters.length} LoRA adapter${adapters.length === 1 ? "" : "s"} beside the base model: their weights are not counted`,
      ctx.keyRangeOf(p("inference.adapters")),
      "notice"
    );
  }
  const runtime = scalarText(at(r.value, ["metadata", "annotations", RUNTIME_ANNOTATION]))?.trim().toLowerCase();
  const configName = ctx.textAt(p("inference.config"));
  let facts = null;
  if (runtime === "transformers") {
    if (configName) {
      ctx.note(
        "engine-args-not-read",
        `the annotation ${RUNTIME_ANNOTATION} is transformers: the vllm section of the ConfigMap ${configName.value} is not read, only vLLM's arguments are`,
        configName.range,
        "notice"
      );
    }
  } else if (model) {
    const serving = name?.range ?? inferenceKey;
    const entry = [
      { text: "vllm", range: serving, path: `${p("inference.preset")} (KAITO runs vLLM)` },
      { text: "serve", range: serving, path: `${p("inference.preset")} (KAITO runs vLLM)` }
    ];
    const injected = [
      { text: "--model", range: model.range, path: model.path, via: { key: "name" } },
      { text: model.value, range: model.range, path: model.path, via: { key: "name" } }
    ];
    const config = configName ? configArgs(r, configName) : [];
    facts = readEngineArgs(entry, [...injected, ...config], []);
    ctx.add(...facts?.problems ?? []);
    if (!facts?.maxContextLength) {
      ctx.note(
        "context-probed",
        `no max-model-len is set for ${ctx.name}: KAITO lowers the context to what fits in GPU memory at start, so the check uses the model's full context when it fits, else the longest the KV cache holds; set max-model-len in the vllm section of ${configName ? `the ConfigMap ${configName.value}` : `a ConfigMap named by ${p("inference.config")}`} (data inference_config.yaml)`,
        configName?.range ?? serving,
        "notice"
      );
    }
  }
  if (!model) return { deployments: [], notes: ctx.notes };
  let count = hardware.count;
  if (!count) {
    const tp = facts?.tensorParallel?.value ?? 1;
    const pp = facts?.pipelineParallel?.value ?? 1;
    const n = tp * pp;
    const given = facts?.tensorParallel ?? facts?.pipelineParallel;
    ctx.note(
      "gpu-count-assumed",
      `no GPU count is known for ${ctx.name}: checked as ${n} GPU${n === 1 ? "" : "s"}${given ? `, the tensor \xD7 pipeline parallel size (${tp} \xD7 ${pp})` : ""}; set ${p("resource.instanceType")} to a size llm-physics knows, or ${p("resource.partition")} (mode: accelerator, count: <GPUs>)`,
      hardware.gpu?.range ?? ctx.keyRangeOf(p("resource"), inferenceKey),
      "notice"
    );
    count = { value: n, range: given?.range ?? hardware.gpu?.range ?? inferenceKey, path: given ? "assumed: tensor \xD7 pipeline parallel size" : "assumed: 1 GPU", via: { assumed: true } };
  }
  const deployment = objectDeployment(ctx, FORMAT, model, hardware.gpu, count, name?.range ?? inferenceKey, nodeLabelsOf(r));
  if (hardware.nodes && hardware.perNodeFact) {
    deployment.tensorParallel = { ...hardware.perNodeFact, path: `${hardware.perNodeFact.path} (KAITO: tensor parallel within a node)` };
    deployment.pipelineParallel = { ...hardware.nodes, path: `${hardware.nodes.path} (KAITO: pipeline parallel over the nodes)` };
  }
  if (facts) applyEngineFacts(deployment, facts);
  if (!deployment.contextLength) deployment.contextChosenByEngine = true;
  return { deployments: [deployment], notes: ctx.notes };
}
function nodeLabelsOf(r) {
  return nodeLabelsOfSelector(r.ctx.document, r.p("resource.labelSelector.matchLabels"));
}
function wholeCount(ctx, path, what) {
  const raw = at(ctx.document.value, path.split("."));
  if (raw === void 0 || raw === null) return void 0;
  const range = ctx.rangeOf(path);
  const n = parseWholeNumber(raw);
  if (n === void 0 || n < 1) {
    ctx.note("not-whole-number", `${path} is ${describeValue(raw)}, not a whole number of ${what}: not used`, range, "warning");
    return void 0;
  }
  if (typeof raw === "string") ctx.note("number-as-string", `${path} is the string ${describeValue(raw)}: KAITO expects a number; read as ${n}`, range, "warning");
  return { value: n, range, path, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
}
function readHardware(r) {
  const { ctx, p } = r;
  const hardware = {};
  const resourceKey = ctx.keyRangeOf(p("resource"), ctx.keyRangeOf(p("inference")));
  const annotationPath = joinPath("metadata.annotations", GPU_ANNOTATION);
  const annotation = scalarText(at(r.value, ["metadata", "annotations", GPU_ANNOTATION]))?.trim();
  if (annotation) hardware.gpu = { value: annotation, range: ctx.rangeOf(annotationPath), path: `metadata.annotations["${GPU_ANNOTATION}"]` };
  const instanceType = ctx.textAt(p("resource.instanceType"));
  if (instanceType) {
    const type = findInstanceType(instanceType.value);
    if (type) {
      hardware.perNode = type.count;
      hardware.gpu ??= { value: type.gpu, range: instanceType.range, path: `${instanceType.path} (${instanceType.value})` };
    } else if (!annotation) {
      ctx.note(
        "instance-type-unknown",
        `${instanceType.path} ${instanceType.value} is not an instance type llm-physics knows: its GPU and GPU count are not read; state the GPU with the annotation ${GPU_ANNOTATION} under metadata.annotations, ${DECLARE_IN_CONFIG}`,
        instanceType.range,
        "notice"
      );
    }
  } else if (!annotation) {
    ctx.note(
      "gpu-type-missing",
      `no ${p("resource.instanceType")}: the GPU of ${ctx.name} is not known, so it is checked for the memory it needs per GPU, not against a GPU; set ${p("resource.instanceType")} (Standard_NC24ads_A100_v4), the annotation ${GPU_ANNOTATION} under metadata.annotations, ${DECLARE_IN_CONFIG} (resource.labelSelector.matchLabels are read as the node labels)`,
      resourceKey,
      "notice"
    );
  }
  const mode = ctx.textAt(p("resource.partition.mode"));
  if (mode?.value === "accelerator") {
    const gpus = wholeCount(ctx, p("resource.partition.count"), "GPUs");
    if (gpus) hardware.count = gpus;
    return hardware;
  }
  if (mode?.value === "mig") {
    const profile = ctx.textAt(p("resource.partition.profile"));
    if (profile) {
      const sliced = gpuOfMig({ profile: profile.value.toLowerCase(), range: profile.range, path: profile.path }, hardware.gpu);
      hardware.gpu = sliced.gpu;
      ctx.add(...sliced.notes);
    }
    hardware.count = { value: 1, range: profile?.range ?? mode.range, path: `${mode.path} (mig: one slice)` };
    return hardware;
  }
  const nodes = wholeCount(ctx, p("resource.count"), "nodes");
  if (hardware.perNode !== void 0 && instanceType) {
    const perNode = hardware.perNode;
    if (nodes && nodes.value > 1) {
      const total = perNode * nodes.value;
      ctx.note(
        "multi-node",
        `${nodes.path} is ${nodes.value}: KAITO runs the model over ${nodes.value} ${instanceType.value} nodes (pipeline parallel over the nodes, tensor parallel within each), checked as one deployment over all ${total} GPUs`,
        nodes.range,
        "notice"
      );
      hardware.count = { value: total, range: nodes.range, path: `${nodes.path} (${nodes.value} nodes) \xD7 ${instanceType.path} (${perNode} GPU${perNode === 1 ? "" : "s"} each)` };
      hardware.nodes = nodes;
      hardware.perNodeFact = { value: perNode, range: instanceType.range, path: instanceType.path, via: { key: "instanceType" } };
    } else {
      hardware.count = { value: perNode, range: instanceType.range, path: `${instanceType.path} (${perNode} GPU${perNode === 1 ? "" : "s"} per node)` };
    }
  }
  return hardware;
}
function configArgs(r, configName) {
  const { ctx } = r;
  const namespace = scalarText(at(r.value, ["metadata", "namespace"]))?.trim() || void 0;
  const found = r.references.find("ConfigMap", configName.value, namespace);
  if (found.length === 0) {
    ctx.note(
      "config-not-found",
      `${configName.path} is ${configName.value}, a ConfigMap not found in the files checked: its vLLM arguments (max-model-len, gpu-memory-utilization, tensor-parallel-size) are not read; check the ConfigMap's file together with this one`,
      configName.range,
      "notice"
    );
    return [];
  }
  const object = firstFound(found, configName, ctx.note);
  if (!object) return [];
  const label = `ConfigMap ${object.name} ${KAITO_CONFIG_KEY}`;
  const dataPath = joinPath("data", KAITO_CONFIG_KEY);
  const real = object.document.doc;
  const view = Object.create(real);
  view.getIn = ((_path, keepScalar) => real.getIn(["data", KAITO_CONFIG_KEY], keepScalar));
  let embedded;
  try {
    embedded = parseEmbeddedYaml({ ...object.document, doc: view }, dataPath, object.file);
  } catch {
    embedded = void 0;
  }
  if (!embedded) return [];
  const problem = embedded.findings[0];
  if (problem) {
    const { line, column, endLine, endColumn } = problem;
    ctx.note(
      "embedded-yaml-invalid",
      `${label} is not valid YAML: its vLLM arguments are not read; fix the ConfigMap`,
      { file: object.file, line, column, endLine, endColumn },
      "warning"
    );
    return [];
  }
  const inner = embedded.documents[0];
  if (!inner) return [];
  const doc = inFile(inner, object.file);
  const vllm = at(doc.value, ["vllm"]);
  if (!isRecord(vllm)) return [];
  const items = [];
  for (const [key, raw] of Object.entries(vllm)) {
    if (raw === null || raw === false || typeof raw === "object") continue;
    const path = joinPath("vllm", key);
    const ranges = doc.ranges.get(path);
    const range = ranges?.value ?? doc.range;
    const shown = `${label} ${path}`;
    const flag = key.startsWith("-") ? key : `--${key}`;
    items.push({ text: flag, range: ranges?.key ?? range, path: shown, via: { key } });
    if (raw !== true) items.push({ text: String(raw), range, path: shown, via: { key } });
  }
  return items;
}
function readTemplate(r, hardware) {
  const { ctx, p } = r;
  const templatePath = p("inference.template");
  const template = at(ctx.document.value, templatePath.split("."));
  const prefix = `${templatePath}.`;
  const ranges = /* @__PURE__ */ new Map();
  for (const [key, value] of ctx.document.ranges) if (key.startsWith(prefix)) ranges.set(key.slice(prefix.length), value);
  const podName = "kaito-template";
  const pod = {
    index: ctx.document.index,
    doc: ctx.document.doc,
    value: { apiVersion: "v1", kind: "Pod", metadata: { ...isRecord(template.metadata) ? template.metadata : {}, name: podName }, spec: template.spec },
    ranges,
    range: rangeAt(ctx.document, templatePath),
    lineCounter: ctx.document.lineCounter
  };
  const adapted = adaptKubernetes(pod, ctx.file, ctx.absolutePath);
  if (!adapted) {
    ctx.note(
      "model-missing",
      `${templatePath} runs no engine llm-physics reads: start the engine in a container's command or args with the model named (vllm serve <org/model>); ${ctx.name} is not checked`,
      ctx.keyRangeOf(templatePath),
      "warning"
    );
    return { deployments: [], notes: ctx.notes };
  }
  let countFromResource = false;
  for (const d of adapted.deployments) {
    for (const fact of FACT_NAMES) {
      const located = d[fact];
      if (located && !(located.via && "assumed" in located.via)) d[fact] = { ...located, path: `${prefix}${located.path}` };
    }
    d.format = FORMAT;
    d.name = d.name === podName ? ctx.name : d.name.replace(`${podName}/`, `${ctx.name}/`);
    d.range = ctx.deploymentRange;
    if (!d.gpu && hardware.gpu) d.gpu = hardware.gpu;
    if (d.gpuCount.via && "assumed" in d.gpuCount.via && hardware.count) {
      d.gpuCount = hardware.count;
      d.hardwareRange = hardware.count.range;
      countFromResource = true;
    }
  }
  const instanceGpu = hardware.gpu !== void 0;
  for (const n of adapted.notes) {
    if (instanceGpu && n.code === "gpu-type-missing") continue;
    if (countFromResource && n.code === "gpu-count-assumed") continue;
    ctx.add(n);
  }
  return { deployments: adapted.deployments, notes: ctx.notes };
}
export {
  KAITO_MARKERS,
  adaptKaito
};
