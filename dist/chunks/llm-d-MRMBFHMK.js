import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  argItems
} from "./chunk-QMDV6F3O.js";
import {
  DECLARE_IN_CONFIG,
  PRODUCT_LABEL,
  envFromList,
  gpuCountOf,
  gpuFromLabelValues,
  gpuFromSelector,
  gpuFromSelectorTerms,
  gpuOfMig,
  nodeLabelsOfSelector,
  nodeLabelsOfTerms
} from "./chunk-MIJ4L7P2.js";
import {
  deploymentFromFacts,
  imageText,
  modelFromUri,
  noteSink,
  rangeAt,
  readEngineArgs,
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
import {
  gpuLookup
} from "./chunk-SMZ6TMJF.js";
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

// src/adapt/llm-d.ts
var LLM_D_MARKERS = ["modelArtifacts"];
var FORMAT = "llm-d";
var ROLES = ["decode", "prefill"];
var ACCELERATOR_RESOURCES = {
  nvidia: "nvidia.com/gpu",
  "intel-i915": "gpu.intel.com/i915",
  "intel-xe": "gpu.intel.com/xe",
  "intel-gaudi": "habana.ai/gaudi",
  amd: "amd.com/gpu",
  google: "google.com/tpu",
  "rebellions-atom": "rebellions.ai/ATOM"
};
var SIMULATOR_IMAGE = "llm-d-inference-sim";
function adaptLlmD(document, file, absolutePath) {
  const value = document.value;
  if (!isRecord(value) || !isRecord(value.modelArtifacts)) return null;
  const roles = ROLES.filter((r) => isRecord(value[r]) && value[r].create !== false);
  if (roles.length === 0) return null;
  const sink = noteSink();
  const modelArtifacts = value.modelArtifacts;
  const artifacts = () => artifactsModel(document, modelArtifacts, sink.note);
  const baseName = scalarText(modelArtifacts.name)?.trim() || artifactsModel(document, modelArtifacts, () => {
  })?.model.value || "modelservice";
  const multinode = value.multinode === true || scalarText(value.multinode)?.trim() === "true";
  const deployments = [];
  for (const role of roles) {
    const d = readRole({ document, file, absolutePath, values: value, role, spec: value[role], artifacts, name: `${baseName}/${role}`, multinode, ...sink });
    if (d) deployments.push(d);
  }
  return { deployments, notes: sink.notes };
}
var NAME_TEMPLATE = /\{\{-?\s*\.Values\.modelArtifacts\.name\s*-?\}\}/;
function artifactsModel(document, artifacts, note) {
  const namePath = "modelArtifacts.name";
  const nameText = scalarText(artifacts.name)?.trim();
  const named = nameText ? { value: nameText, range: rangeAt(document, namePath), path: namePath, via: { key: "name" } } : void 0;
  const uriPath = "modelArtifacts.uri";
  const uriRange = rangeAt(document, uriPath);
  const written = scalarText(artifacts.uri)?.trim();
  if (!written) {
    if (named) return { model: named, key: "name" };
    note("model-missing", `modelArtifacts has neither uri nor name: write uri: hf://<org>/<model> (or name: <org>/<model>) to have the model checked`, rangeAt(document, "modelArtifacts"), "warning");
    return void 0;
  }
  const templated = NAME_TEMPLATE.test(written);
  if (templated && !named) {
    note("model-missing", `${uriPath} ${written} names modelArtifacts.name, which is not set: set name: <org>/<model>`, uriRange, "warning");
    return void 0;
  }
  const uri = templated ? written.replace(new RegExp(NAME_TEMPLATE.source, "g"), nameText) : written;
  if (uri.includes("{{")) {
    if (named) {
      note("model-unresolved", `${uriPath} ${written} is a template llm-physics does not render: the model is read from modelArtifacts.name (${nameText})`, uriRange, "notice");
      return { model: named, key: "name" };
    }
    note("model-missing", `${uriPath} ${written} is a template llm-physics does not render, and modelArtifacts.name is not set: write the model as hf://<org>/<model>`, uriRange, "warning");
    return void 0;
  }
  const at = templated ? named : { value: uri, range: uriRange, path: uriPath, via: { key: "uri" } };
  const key = templated ? "name" : "uri";
  if (uri.startsWith("hf://")) return { model: modelFromUri({ ...at, value: uri }), key };
  const hfCache = /^pvc\+hf:\/\/(?:[^/]+\/)+([^/]+)\/([^/]+?)\/*$/.exec(uri);
  if (hfCache) return { model: { ...at, value: `${hfCache[1]}/${hfCache[2]}` }, key };
  if (named) {
    note("model-from-served-name", `${uriPath} ${uri} is not a Hugging Face model (hf://, pvc+hf://): the model is read from modelArtifacts.name (${nameText})`, uriRange, "notice");
    return { model: named, key: "name" };
  }
  note("model-missing", `${uriPath} ${uri} is not a Hugging Face model (hf://, pvc+hf://) and modelArtifacts.name is not set: set name: <org>/<model> to have the model checked`, uriRange, "warning");
  return void 0;
}
var PARALLELISM_KEYS = ["tensor", "data", "dataLocal", "workers"];
function readParallelism(document, spec, role, note) {
  const base = `${role}.parallelism`;
  const raw = spec.parallelism;
  const anchor = document.ranges.get(base)?.key ?? document.ranges.get(role)?.key ?? rangeAt(document, role);
  if (raw !== void 0 && raw !== null && !isRecord(raw)) {
    note("chart-values-invalid", `${base} is not a mapping of tensor, data, dataLocal and workers: it is not read, and each size is 1`, rangeAt(document, base), "warning");
  }
  const given = {};
  for (const key of PARALLELISM_KEYS) {
    const v = isRecord(raw) ? raw[key] : void 0;
    if (v === void 0 || v === null) continue;
    const path = `${base}.${key}`;
    const n = parseWholeNumber(v);
    if (n === void 0) {
      note("not-whole-number", `${path} is ${describeValue(v)}, not a whole number: it is not used`, rangeAt(document, path), "warning");
      continue;
    }
    if (n === 0) {
      note("chart-default", `${path} is 0, which the chart takes as not set`, rangeAt(document, path), "notice");
      continue;
    }
    given[key] = { value: n, written: true, range: rangeAt(document, path), path, via: { key } };
  }
  const derived = (value, how) => ({ value, written: false, how, range: anchor, path: base, via: { key: "parallelism" } });
  const { tensor, data, dataLocal, workers } = given;
  const divide = (num, numKey, den, denKey) => {
    if (num.value % den.value === 0) return derived(num.value / den.value, `${numKey} \xF7 ${denKey}`);
    note(
      "chart-values-invalid",
      `${num.path} (${num.value}) is not a multiple of ${den.path} (${den.value}): the chart fails ("parallelism.${numKey} must be a multiple of parallelism.${denKey}") and ${role} is not checked`,
      num.range,
      "warning"
    );
    return null;
  };
  const t = tensor ?? derived(1, "not set");
  const d = data ?? (dataLocal && workers ? derived(dataLocal.value * workers.value, "dataLocal \xD7 workers") : dataLocal ? derived(dataLocal.value, "dataLocal") : derived(1, "not set"));
  const dl = dataLocal ?? (data && workers ? divide(data, "data", workers, "workers") : data ? derived(data.value, "data") : derived(1, "not set"));
  const w = workers ?? (data && dataLocal ? divide(data, "data", dataLocal, "dataLocal") : derived(1, "not set"));
  if (!dl || !w) return null;
  const p = { tensor: t, data: d, dataLocal: dl, workers: w };
  for (const key of ["data", "dataLocal", "workers"]) {
    const s = p[key];
    if (s.written || s.value === 1) continue;
    note(
      "chart-default",
      `${base}.${key} is not set: the chart derives it as ${s.how} = ${s.value}, but its values.yaml sets ${key}: 1 since v0.3.14, so a chart of that version runs ${role} with ${key} 1; checked with ${s.value}: write ${key}: ${s.value} to be sure`,
      anchor,
      "notice"
    );
  }
  if ((p.data.value > 1 || p.dataLocal.value > 1) && p.data.value !== p.dataLocal.value * p.workers.value) {
    note(
      "chart-values-invalid",
      `${base} data ${p.data.value} is not dataLocal ${p.dataLocal.value} \xD7 workers ${p.workers.value}: vLLM waits for data-parallel ranks no pod runs; make data = dataLocal \xD7 workers`,
      p.data.written ? p.data.range : anchor,
      "warning"
    );
  }
  return p;
}
function sizePath(s, key) {
  return s.written ? s.path : `${s.path} (${key} = ${s.how})`;
}
function readRole(input) {
  const { document, role, spec, note, add } = input;
  const where = document.ranges.get(role)?.key ?? rangeAt(document, role);
  const p = readParallelism(document, spec, role, note);
  if (!p) return null;
  if (role === "prefill" && spec.replicas === void 0) {
    note("chart-default", `prefill.replicas is not set: the chart's default is 0, so no prefill pod runs; ${input.name} is checked as one would run: set prefill.replicas`, where, "notice");
  }
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  if (!containers.some((c) => isRecord(c))) {
    note(
      "chart-default",
      `${role}.containers is not set: the chart's default container runs the llm-d inference simulator, which loads no model, so ${role} is not checked; add a container with modelCommand: vllmServe`,
      where,
      "notice"
    );
    return null;
  }
  const acceleratorType = scalarText(isRecord(spec.accelerator) ? spec.accelerator.type : void 0)?.trim() ?? scalarText(isRecord(input.values.accelerator) ? input.values.accelerator.type : void 0)?.trim() ?? "nvidia";
  if (acceleratorType === "cpu") {
    note("not-modelled", `accelerator.type is cpu: ${role} runs on CPUs, which llm-physics does not check`, where, "notice");
    return null;
  }
  const configured = isRecord(input.values.accelerator) && isRecord(input.values.accelerator.resources) ? scalarText(input.values.accelerator.resources[acceleratorType]) : void 0;
  const resource = configured ?? ACCELERATOR_RESOURCES[acceleratorType] ?? "nvidia.com/gpu";
  const env = injectedEnv(input, p);
  let engine;
  let first;
  let refused = false;
  for (let index = 0; index < containers.length && !engine; index++) {
    const container2 = containers[index];
    if (!isRecord(container2)) continue;
    const cpath2 = `${role}.containers[${index}]`;
    const cname = scalarText(container2.name)?.trim() || "vllm";
    first ??= { cpath: cpath2, name: cname };
    if (scalarText(container2.image)?.includes(SIMULATOR_IMAGE)) {
      note("engine-args-not-read", `container ${cname} of ${role} runs the llm-d inference simulator (${scalarText(container2.image)}), which loads no model: it is not checked`, rangeAt(document, `${cpath2}.image`), "notice");
      refused = true;
      continue;
    }
    const read = readContainer(input, container2, cpath2, p, env);
    if (read === REFUSED) refused = true;
    else if (read) engine = { ...read, cpath: cpath2, index };
  }
  if (!engine) {
    if (first && !refused) {
      note(
        "gpu-container-no-engine",
        `container ${first.name} of ${role} gets GPUs from the chart but runs no engine llm-physics reads, so ${role} is not checked: set modelCommand: vllmServe, or start the engine in its command (vllm serve <org/model>)`,
        rangeAt(document, first.cpath),
        "notice"
      );
    }
    return null;
  }
  const { facts, cpath, mode } = engine;
  add(...facts.problems);
  const downloaded = facts.model ? void 0 : input.artifacts();
  if (!facts.model && downloaded) {
    facts.model = downloaded.model;
    note("model-unresolved", `the command of ${cpath} names no model llm-physics can read: ${downloaded.model.path} (${downloaded.model.value}) is checked, the model the chart downloads`, rangeAt(document, cpath), "notice");
  }
  if (!facts.model) return null;
  compareWithParallelism(input, facts, p, cpath, mode);
  const counted = gpuCountOf(document, cpath);
  add(...counted.notes);
  const perPod = p.tensor.value * p.dataLocal.value;
  let count = counted.count;
  if (count && count.value !== perPod) {
    note(
      "value-overridden",
      `${count.path} is ${count.value}, but ${role}.parallelism gives tensor \xD7 dataLocal = ${p.tensor.value} \xD7 ${p.dataLocal.value} = ${perPod} GPUs: the chart keeps ${count.value} (and annotates llm-d.ai/accelerator-warning); drop the limit or make the parallelism match`,
      count.range,
      "warning"
    );
  }
  if (!count) {
    const anchor = document.ranges.get(`${role}.parallelism`)?.key ?? where;
    count = { value: perPod, range: anchor, path: `${role}.parallelism (tensor \xD7 dataLocal = ${p.tensor.value} \xD7 ${p.dataLocal.value}, the chart's ${resource} limit)`, via: { key: "parallelism" } };
  }
  let group;
  const workers = p.workers;
  if (workers.value > 1 && input.multinode) {
    group = { value: workers.value, range: workers.range, path: sizePath(workers, "workers"), via: workers.via };
    note(
      "multi-node",
      `multinode is true: ${role} runs as a LeaderWorkerSet whose groups are ${workers.value} pods of ${count.value} GPU${count.value === 1 ? "" : "s"} (${sizePath(workers, "workers")}), checked as one deployment over ${workers.value * count.value} GPUs`,
      workers.range,
      "notice"
    );
  } else if (workers.value > 1) {
    note(
      "chart-values-invalid",
      `${sizePath(workers, "workers")} is ${workers.value} pods per group, but multinode is not true: the chart makes a Deployment of single pods${p.data.value > p.dataLocal.value ? `, each running DP_SIZE ${p.data.value} with DP_SIZE_LOCAL ${p.dataLocal.value} and waiting for ranks no pod runs` : ""}; ${role} is checked as one pod: set multinode: true`,
      workers.range,
      "warning"
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
    ...group ? { group } : {},
    howToCount: `set ${role}.parallelism, or add resources.limits ${resource} to ${cpath}`,
    serving: rangeAt(document, cpath),
    note
  });
  const container = containers[engine.index];
  const words = (list) => Array.isArray(list) ? list.flatMap((w) => scalarText(w) ?? []) : [];
  return d && withEngineVersion(d, { image: imageText(container.image), scripts: [...mode === "custom" ? words(container.command) : [], ...words(container.args)] });
}
function injectedEnv(input, p) {
  const { document, role } = input;
  const sizeVar = (name, s) => ({
    name,
    value: String(s.value),
    range: s.range,
    path: `${s.path} (${name}${s.written ? "" : ` = ${s.how}`}, set by the chart)`,
    via: s.via,
    from: s.path
  });
  const chart = [sizeVar("DP_SIZE", p.data), sizeVar("TP_SIZE", p.tensor), sizeVar("DP_SIZE_LOCAL", p.dataLocal)];
  const secret = isRecord(input.values.modelArtifacts) ? scalarText(input.values.modelArtifacts.authSecretName)?.trim() : void 0;
  if (secret) {
    chart.push({ name: "HF_TOKEN", value: null, range: rangeAt(document, "modelArtifacts.authSecretName"), path: "modelArtifacts.authSecretName (HF_TOKEN, from the Secret)", via: { key: "authSecretName" }, from: "modelArtifacts.authSecretName" });
  }
  const lws = [];
  if (input.multinode) {
    const at = rangeAt(document, "multinode");
    lws.push(
      { ...sizeVar("LWS_GROUP_SIZE", p.workers), path: `${p.workers.path} (LWS_GROUP_SIZE, set by the LeaderWorkerSet)` },
      // The leader's values: its engine is the one checked.
      { name: "LWS_WORKER_INDEX", value: "0", range: at, path: "multinode (LWS_WORKER_INDEX, the leader's, set by the LeaderWorkerSet)", via: { key: "multinode" }, from: "multinode" },
      { name: "LWS_LEADER_ADDRESS", value: `${role}-leader-0`, range: at, path: "multinode (LWS_LEADER_ADDRESS, set by the LeaderWorkerSet)", via: { key: "multinode" }, from: "multinode" }
    );
  }
  return { lws, chart };
}
var REFUSED = "refused";
function readContainer(input, container, cpath, p, injected) {
  const { document, note } = input;
  const written = scalarText(container.modelCommand)?.trim();
  const modeRange = rangeAt(document, `${cpath}.modelCommand`);
  let mode = "custom";
  if (written === "vllmServe" || written === "imageDefault" || written === "custom") mode = written;
  else if (written !== void 0) {
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
        "warning"
      );
    }
  }
  const env = [...injected.lws.filter((l) => !userEnv.some((v) => v.name === l.name)), ...userEnv, ...injected.chart];
  if (mode === "custom") {
    if (ownCommand.length === 0) {
      note(
        "chart-values-invalid",
        `${cpath} has ${written ? "modelCommand custom" : "no modelCommand (custom by default)"} and no command: the chart fails ("a command is required"); set modelCommand: vllmServe, or write the command`,
        written ? modeRange : rangeAt(document, cpath),
        "warning"
      );
      return REFUSED;
    }
    const facts2 = readEngineArgs(ownCommand, ownArgs, env);
    return facts2 ? { facts: facts2, mode } : null;
  }
  if (ownCommand.length > 0) {
    note("value-overridden", `${cpath}.command is not used: with modelCommand ${mode} the chart writes the command itself`, rangeAt(document, `${cpath}.command`), "notice");
  }
  const artifacts = input.artifacts();
  if (!artifacts) return REFUSED;
  const model = { text: artifacts.model.value, range: artifacts.model.range, path: artifacts.model.path, via: { key: artifacts.key } };
  const chartItem = (text) => ({ text, range: modeRange, path: `${cpath}.modelCommand (${mode}: ${text})` });
  const command = mode === "vllmServe" ? [chartItem("vllm"), chartItem("serve")] : [];
  const args = mode === "vllmServe" ? [model] : [chartItem("--model"), model];
  const flags = [
    ["--tensor-parallel-size", "tensor"],
    ["--data-parallel-size", "data"],
    ["--data-parallel-size-local", "dataLocal"]
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
var UNREAD_FLAG_CODES = /* @__PURE__ */ new Set(["script-unreadable", "flag-value-invalid", "flag-without-value", "flag-value-empty", "env-var-from-secret", "arg-not-split"]);
function compareWithParallelism(input, facts, p, cpath, mode) {
  const { note, role } = input;
  const unread = facts.problems.some((n) => UNREAD_FLAG_CODES.has(n.code));
  const pairs = [
    [facts.tensorParallel, "tensor", "--tensor-parallel-size", "TP_SIZE"],
    [facts.dataParallel, "data", "--data-parallel-size", "DP_SIZE"],
    [facts.dataParallelLocal, "dataLocal", "--data-parallel-size-local", "DP_SIZE_LOCAL"]
  ];
  for (const [fact, key, flag, variable] of pairs) {
    const s = p[key];
    if (!s.written) continue;
    if (fact && fact.value !== s.value) {
      note(
        "value-overridden",
        `${fact.path} is ${fact.value}, but ${s.path} is ${s.value}: the engine runs with ${fact.value}, while the chart sizes ${role}'s pods from the parallelism; ${mode === "custom" ? `pass $${variable}` : `drop ${flag} from the args`}, or set ${s.path}: ${fact.value}`,
        fact.range,
        "warning"
      );
    } else if (!fact && s.value > 1 && mode === "custom" && !unread) {
      note(
        "chart-values-invalid",
        `${s.path} is ${s.value}, but the command of ${cpath} passes no ${flag} (the chart gives it as $${variable}): the engine runs with its default, while the chart sizes ${role}'s pods for ${s.value}; add ${flag} $${variable}`,
        s.range,
        "warning"
      );
    }
  }
}
function roleGpu(input, mig) {
  const { document, spec, role, note, add } = input;
  const choices = [];
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
        "warning"
      );
    }
  }
  choices.push(gpuFromSelector(document, `${role}.nodeSelector`, `${role}.nodeSelector`));
  choices.push(gpuFromSelector(document, `${role}.extraConfig.nodeSelector`, `${role}.extraConfig.nodeSelector`));
  choices.push(gpuFromSelectorTerms(document, `${role}.extraConfig.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`, `${role}.extraConfig.affinity`));
  for (const c of choices) add(...c.notes);
  const found = choices.flatMap((c) => c.gpu ? [c.gpu] : []);
  let gpu = found[0];
  const id = (g) => gpuLookup.find(g.value)?.id ?? g.value;
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
      "notice"
    );
  }
  return gpu;
}
function roleNodeLabels(document, spec, role) {
  const own = nodeLabelsOfSelector(document, `${role}.nodeSelector`) ?? nodeLabelsOfSelector(document, `${role}.extraConfig.nodeSelector`);
  const terms = nodeLabelsOfTerms(document, `${role}.extraConfig.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`);
  const accelerators = spec.acceleratorTypes;
  const labelKey = isRecord(accelerators) ? scalarText(accelerators.labelKey)?.trim() : void 0;
  const values = isRecord(accelerators) && Array.isArray(accelerators.labelValues) ? accelerators.labelValues : [];
  const one = labelKey && values.length === 1 ? scalarText(values[0])?.trim() : void 0;
  const labels = { ...one ? { [labelKey]: one } : {}, ...terms?.labels ?? {}, ...own?.labels ?? {} };
  if (Object.keys(labels).length === 0) return void 0;
  return { labels, range: own?.range ?? terms?.range ?? rangeAt(document, `${role}.acceleratorTypes`) };
}
export {
  LLM_D_MARKERS,
  adaptLlmD
};
