import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Located } from "../src/base/deployment.js";
import type { Adaptation } from "../src/adapt/kit.js";
import { adaptKServe } from "../src/adapt/kserve.js";
import { adaptOme, OME_MARKERS } from "../src/adapt/ome.js";
import { ReferenceIndex, referenceKind, type References } from "../src/adapt/references.js";
import { parseYamlFile, type YamlDocument } from "../src/parse/yaml-file.js";
import { FIXTURES_ROOT } from "./helpers/adapt.js";

/**
 * OME InferenceServices read with the ClusterBaseModel and ClusterServingRuntime they name (or
 * the runtime OME would auto-select), each in its own file, as a repository holds them: the
 * runtime's engineConfig under the service's spec.engine, every fact at its line in its file.
 */

const FIXTURES = join(FIXTURES_ROOT, "ome");
const DIR = "__tests__/fixtures/ome";
const MODEL_8B = `${DIR}/llama-3-1-8b-instruct-model.yaml`;
const SRT_8B = `${DIR}/srt-llama-3-1-8b-instruct-rt.yaml`;
const VLLM_8B = `${DIR}/vllm-llama-3-1-8b-instruct-rt.yaml`;
const MODEL_R1 = `${DIR}/deepseek-r1-model.yaml`;
const SRT_R1 = `${DIR}/srt-deepseek-r1-multinode-rt.yaml`;

const parsed = new Map<string, YamlDocument[]>();

function documents(name: string): YamlDocument[] {
  const known = parsed.get(name);
  if (known) return known;
  const file = parseYamlFile(`${DIR}/${name}`, readFileSync(join(FIXTURES, name), "utf8"));
  expect(file.findings).toEqual([]);
  parsed.set(name, file.documents);
  return file.documents;
}

const ALL = readdirSync(FIXTURES).filter((n) => n.endsWith(".yaml"));

/** The reference index of `names` (every fixture by default), each at its path under DIR. */
function index(names: readonly string[] = ALL): ReferenceIndex {
  const references = new ReferenceIndex();
  for (const name of names) references.addFile(documents(name), `${DIR}/${name}`, join(FIXTURES, name));
  return references;
}

function adapt(name: string, references: References = index()): Adaptation {
  const adapted = adaptOme(documents(name)[0]!, `${DIR}/${name}`, join(FIXTURES, name), references);
  expect(adapted).not.toBeNull();
  return adapted!;
}

/** Value, file (undefined: the service's own), line and path of a fact. */
function at<T>(l: Located<T> | undefined): [T, string | undefined, number, string] | undefined {
  return l ? [l.value, l.range.file, l.range.line, l.path] : undefined;
}

const codes = (a: Adaptation) => a.notes.map((n) => [n.code, n.severity, n.range.file, n.range.line]);

/** Inline documents as files of a repository: the first is the one adapted, all are indexed. */
function inline(...texts: string[]): Adaptation | null {
  const references = new ReferenceIndex();
  const docs = texts.map((text, i) => {
    const file = parseYamlFile(`inline-${i}.yaml`, text);
    expect(file.findings).toEqual([]);
    references.addFile(file.documents, `inline-${i}.yaml`, `/repo/inline-${i}.yaml`);
    return file.documents[0]!;
  });
  return adaptOme(docs[0]!, "inline-0.yaml", "/repo/inline-0.yaml", references);
}

const MODEL = (extra = "", size = "8B") => `apiVersion: ome.io/v1beta1
kind: ClusterBaseModel
metadata:
  name: m
spec:
  modelFormat:
    name: safetensors
    version: "1.0.0"
  modelArchitecture: LlamaForCausalLM
  modelParameterSize: ${size}
  storage:
    storageUri: hf://meta-llama/Llama-3.1-8B-Instruct
    path: /models/llama
${extra}`;

const RUNTIME = (name: string, opts: { priority?: number; autoSelect?: boolean; min?: string; max?: string; tp?: number; extra?: string; arch?: string; version?: string } = {}) => `apiVersion: ome.io/v1beta1
kind: ClusterServingRuntime
metadata:
  name: ${name}
spec:
${opts.extra ?? ""}  supportedModelFormats:
    - modelFormat:
        name: safetensors
        version: "${opts.version ?? "1.0.0"}"
      modelArchitecture: ${opts.arch ?? "LlamaForCausalLM"}
      autoSelect: ${opts.autoSelect ?? true}
      priority: ${opts.priority ?? 1}
  modelSizeRange:
    min: ${opts.min ?? "7B"}
    max: ${opts.max ?? "9B"}
  engineConfig:
    runner:
      name: ome-container
      command: [python3, -m, sglang.launch_server, --model-path, $(MODEL_PATH), --tp-size, "${opts.tp ?? 1}"]
      resources:
        limits:
          nvidia.com/gpu: ${opts.tp ?? 1}
`;

const ISVC = (spec: string) => `apiVersion: ome.io/v1beta1
kind: InferenceService
metadata:
  name: svc
  annotations:
    llm-physics.dev/gpu: H100-SXM
spec:
${spec}`;

describe("adaptOme: fixtures", () => {
  it("reads a service with the ClusterBaseModel and the SGLang ClusterServingRuntime it names, each fact in its own file", () => {
    const a = adapt("llama-3-1-8b-instruct-isvc.yaml");
    expect(a.notes).toEqual([]);
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    expect(d.name).toBe("llama-3-1-8b-instruct");
    expect(d.format).toBe("ome");
    expect(d.file).toBe(`${DIR}/llama-3-1-8b-instruct-isvc.yaml`);
    expect(d.range.line).toBe(4);
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", MODEL_8B, 23, "ClusterBaseModel llama-3-1-8b-instruct spec.storage.storageUri"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-H100-80GB-HBM3", SRT_8B, 29, 'ClusterServingRuntime srt-llama-3-1-8b-instruct spec.engineConfig.nodeSelector["nvidia.com/gpu.product"]']);
    expect(at(d.gpuCount)).toEqual([1, SRT_8B, 75, 'ClusterServingRuntime srt-llama-3-1-8b-instruct spec.engineConfig.runner.resources.limits["nvidia.com/gpu"]']);
    expect(at(d.tensorParallel)).toEqual([1, SRT_8B, 57, "ClusterServingRuntime srt-llama-3-1-8b-instruct spec.engineConfig.runner.command[11] (--tp-size)"]);
    expect(at(d.contextLength)).toEqual([65536, SRT_8B, 61, "ClusterServingRuntime srt-llama-3-1-8b-instruct spec.engineConfig.runner.command[15] (--context-length)"]);
    expect(at(d.memoryFraction)).toEqual([0.9, SRT_8B, 59, "ClusterServingRuntime srt-llama-3-1-8b-instruct spec.engineConfig.runner.command[13] (--mem-fraction-static)"]);
    // Findings about memory land on the runtime's GPU count.
    expect(d.hardwareRange).toMatchObject({ file: SRT_8B, line: 75 });
    expect(d.precision).toBeUndefined();
    expect(d.pipelineParallel).toBeUndefined();
  });

  it("without spec.runtime, auto-selects the runtime of highest priority whose size range holds the model, and says so", () => {
    const a = adapt("llama-8b-auto-isvc.yaml");
    expect(codes(a)).toEqual([
      ["runtime-auto-selected", "notice", undefined, 8],
      ["gpu-type-missing", "notice", undefined, 10],
    ]);
    expect(a.notes[0]!.message).toContain("ClusterServingRuntime vllm-llama-3-1-8b-instruct");
    expect(a.notes[0]!.message).toContain("priority 2");
    expect(a.notes[0]!.message).toContain("7B–9B");
    const d = a.deployments[0]!;
    expect(d.gpu).toBeUndefined();
    expect(at(d.model)?.slice(0, 3)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", MODEL_8B, 23]);
    expect(at(d.tensorParallel)).toEqual([1, VLLM_8B, 38, "ClusterServingRuntime vllm-llama-3-1-8b-instruct spec.engineConfig.runner.command[10] (--tensor-parallel-size)"]);
    expect(at(d.contextLength)).toEqual([32768, VLLM_8B, 40, "ClusterServingRuntime vllm-llama-3-1-8b-instruct spec.engineConfig.runner.command[12] (--max-model-len)"]);
    expect(at(d.gpuCount)?.slice(0, 3)).toEqual([1, VLLM_8B, 51]);
  });

  it("with the vLLM runtime not in the files checked, selects the SGLang one (the only one left)", () => {
    const a = adapt("llama-8b-auto-isvc.yaml", index(ALL.filter((n) => !n.startsWith("vllm-"))));
    expect(a.notes.map((n) => n.code)).toEqual(["runtime-auto-selected"]);
    expect(a.notes[0]!.message).toContain("ClusterServingRuntime srt-llama-3-1-8b-instruct is the only runtime");
    const d = a.deployments[0]!;
    expect(at(d.gpu)?.slice(0, 3)).toEqual(["NVIDIA-H100-80GB-HBM3", SRT_8B, 29]);
    expect(at(d.contextLength)?.slice(0, 3)).toEqual([65536, SRT_8B, 61]);
  });

  it("takes the service's runner fields over the runtime's: args, GPUs and node selector; the rest stays the runtime's", () => {
    const a = adapt("llama-8b-override-isvc.yaml");
    expect(a.notes).toEqual([]);
    const d = a.deployments[0]!;
    expect(d.name).toBe("llama-8b-l40s");
    expect(at(d.gpu)).toEqual(["NVIDIA-L40S", undefined, 16, 'spec.engine.nodeSelector["nvidia.com/gpu.product"]']);
    expect(at(d.gpuCount)).toEqual([2, undefined, 27, 'spec.engine.runner.resources.limits["nvidia.com/gpu"]']);
    // The service's args follow the runtime's command: its --tp-size 2 is the last, and wins.
    expect(at(d.tensorParallel)).toEqual([2, undefined, 20, "spec.engine.runner.args[1] (--tp-size)"]);
    expect(at(d.contextLength)).toEqual([16384, undefined, 22, "spec.engine.runner.args[3] (--context-length)"]);
    expect(at(d.memoryFraction)).toEqual([0.9, SRT_8B, 59, "ClusterServingRuntime srt-llama-3-1-8b-instruct spec.engineConfig.runner.command[13] (--mem-fraction-static)"]);
    expect(at(d.model)?.slice(0, 3)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", MODEL_8B, 23]);
  });

  it("runs DeepSeek-R1 over a leader and a worker: 16 GPUs, tensor parallel $(PARALLELISM_SIZE) = 16", () => {
    const a = adapt("deepseek-r1-isvc.yaml");
    expect(codes(a)).toEqual([["multi-node", "notice", SRT_R1, 66]]);
    const d = a.deployments[0]!;
    expect(at(d.model)).toEqual(["deepseek-ai/DeepSeek-R1", MODEL_R1, 22, "ClusterBaseModel deepseek-r1 spec.storage.storageUri"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-H100-80GB-HBM3", SRT_R1, 28, 'ClusterServingRuntime srt-deepseek-r1-multinode spec.engineConfig.leader.nodeSelector["nvidia.com/gpu.product"]']);
    expect(at(d.gpuCount)).toEqual([
      16,
      SRT_R1,
      64,
      'ClusterServingRuntime srt-deepseek-r1-multinode spec.engineConfig.leader.runner.resources.limits["nvidia.com/gpu"] (8 per pod) × 2 pods (1 leader + worker.size 1)',
    ]);
    expect(at(d.tensorParallel)).toEqual([
      16,
      SRT_R1,
      45,
      "ClusterServingRuntime srt-deepseek-r1-multinode spec.engineConfig.leader.runner.command[10] (--tp-size $(PARALLELISM_SIZE) = 16: 8 GPUs × 2 pods, set by OME)",
    ]);
    expect(d.tensorParallel?.via).toEqual({ flag: "--tp-size" });
    expect(at(d.contextLength)?.slice(0, 3)).toEqual([32768, SRT_R1, 54]);
  });

  it("tells when the model is not in the files checked, and checks nothing", () => {
    const a = adapt("qwen3-32b-isvc.yaml");
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["base-model-not-found", "notice", undefined, 9]]);
    expect(a.notes[0]!.message).toContain("qwen3-32b");
  });

  it("tells when the named runtime is not in the files checked; without a runner of its own the service is not checked", () => {
    const a = adapt("llama-8b-grpc-isvc.yaml");
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["runtime-not-found", "notice", undefined, 11]]);
    expect(a.notes[0]!.message).toContain("srt-llama-3-1-8b-instruct-grpc");
  });

  it("the same service without the files it names: the model, then the runtime", () => {
    const none = new ReferenceIndex();
    expect(codes(adapt("llama-3-1-8b-instruct-isvc.yaml", none))).toEqual([
      ["base-model-not-found", "notice", undefined, 8],
      ["runtime-not-found", "notice", undefined, 10],
    ]);
    const modelOnly = adapt("llama-3-1-8b-instruct-isvc.yaml", index(["llama-3-1-8b-instruct-model.yaml"]));
    expect(modelOnly.deployments).toEqual([]);
    expect(codes(modelOnly)).toEqual([["runtime-not-found", "notice", undefined, 10]]);
  });

  it("runtimes and models alone are templates, not deployments", () => {
    for (const name of ALL.filter((n) => !n.endsWith("-isvc.yaml"))) expect(adaptOme(documents(name)[0]!, name, join(FIXTURES, name), index()), name).toBeNull();
  });

  it("every fixture the adapter accepts contains a marker", () => {
    for (const name of ALL) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      if (adaptOme(documents(name)[0]!, name, join(FIXTURES, name), index()) !== null) expect(OME_MARKERS.some((m) => text.includes(m)), name).toBe(true);
    }
  });
});

describe("OME and KServe apart", () => {
  it("indexes OME's kinds under their own keys", () => {
    expect(referenceKind({ apiVersion: "ome.io/v1beta1", kind: "ServingRuntime" })).toBe("OmeServingRuntime");
    expect(referenceKind({ apiVersion: "ome.io/v1beta1", kind: "ClusterServingRuntime" })).toBe("OmeClusterServingRuntime");
    expect(referenceKind({ apiVersion: "ome.io/v1beta1", kind: "BaseModel" })).toBe("OmeBaseModel");
    expect(referenceKind({ apiVersion: "ome.io/v1beta1", kind: "ClusterBaseModel" })).toBe("OmeClusterBaseModel");
    expect(referenceKind({ apiVersion: "ome.io/v1beta1", kind: "InferenceService" })).toBeNull();
    expect(referenceKind({ apiVersion: "ome.io/v1beta1", kind: "OmeServingRuntime" })).toBeNull();
    expect(referenceKind({ apiVersion: "ome.io/v1beta1", kind: "constructor" })).toBeNull();
    expect(referenceKind({ apiVersion: "serving.kserve.io/v1alpha1", kind: "ClusterServingRuntime" })).toBe("ClusterServingRuntime");
    expect(referenceKind({ apiVersion: "serving.kserve.io/v1alpha1", kind: "BaseModel" })).toBeNull();
    const references = index();
    expect(references.all("ClusterServingRuntime")).toEqual([]);
    expect(references.find("OmeClusterServingRuntime", "srt-llama-3-1-8b-instruct").map((o) => o.file)).toEqual([SRT_8B]);
    expect(references.find("OmeClusterBaseModel", "deepseek-r1", "some-namespace").map((o) => o.file)).toEqual([MODEL_R1]);
  });

  it("KServe does not read OME's InferenceService, and OME does not read KServe's", () => {
    const doc = documents("llama-3-1-8b-instruct-isvc.yaml")[0]!;
    expect(adaptKServe(doc, "x.yaml", "/r/x.yaml", index())).toBeNull();
    const kserve = join(FIXTURES_ROOT, "kserve", "hf-a10g.yaml");
    const kdoc = parseYamlFile("k.yaml", readFileSync(kserve, "utf8")).documents[0]!;
    expect(adaptOme(kdoc, "k.yaml", kserve, index())).toBeNull();
  });
});

describe("adaptOme: runtime selection", () => {
  const AUTO = ISVC("  model:\n    name: m\n  engine:\n    minReplicas: 1\n");

  it("picks the higher priority, then the closer size range, then the name", () => {
    const byPriority = inline(AUTO, MODEL(), RUNTIME("a", { priority: 1, tp: 1 }), RUNTIME("b", { priority: 3, tp: 2 }))!;
    expect(byPriority.deployments[0]!.tensorParallel?.range.file).toBe("inline-3.yaml");
    const bySize = inline(AUTO, MODEL(), RUNTIME("wide", { min: "1B", max: "70B", tp: 2 }), RUNTIME("close", { min: "7B", max: "9B", tp: 4 }))!;
    expect(bySize.deployments[0]!.tensorParallel?.value).toBe(4);
    const byName = inline(AUTO, MODEL(), RUNTIME("zeta", { tp: 2 }), RUNTIME("alpha", { tp: 4 }))!;
    expect(byName.deployments[0]!.tensorParallel?.value).toBe(4);
    expect(byName.notes.map((n) => n.code)).toEqual(["runtime-auto-selected"]);
  });

  it("skips runtimes without autoSelect, of another architecture, outside the size range, or disabled; and says why none is chosen", () => {
    const a = inline(
      AUTO,
      MODEL(),
      RUNTIME("manual", { autoSelect: false }),
      RUNTIME("mistral", { arch: "MistralForCausalLM" }),
      RUNTIME("big", { min: "60B", max: "75B" }),
      RUNTIME("off", { extra: "  disabled: true\n" }),
      RUNTIME("v2", { version: "2.0.0" }),
    )!;
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["runtime-not-selected", "notice", undefined, 8]]);
    const m = a.notes[0]!.message;
    for (const reason of ["manual: no supportedModelFormats entry has autoSelect: true", "architecture MistralForCausalLM, not LlamaForCausalLM", "model size 8B is outside its modelSizeRange 60B–75B", "off: it is disabled", "modelFormat version 2.0.0, not 1.0.0"]) {
      expect(m).toContain(reason);
    }
  });

  it("cannot select without the model's format and architecture, and says so", () => {
    const bare = "apiVersion: ome.io/v1beta1\nkind: ClusterBaseModel\nmetadata:\n  name: m\nspec:\n  storage:\n    storageUri: hf://meta-llama/Llama-3.1-8B-Instruct\n";
    const a = inline(AUTO, bare, RUNTIME("a"))!;
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["runtime-not-selected", "notice", undefined, 8]]);
    expect(a.notes[0]!.message).toContain("spec.modelFormat.name or spec.modelArchitecture");
  });

  it("a named runtime that does not support the model is a warning; it is still read", () => {
    const a = inline(ISVC("  model:\n    name: m\n  runtime:\n    name: big\n  engine: {}\n"), MODEL(), RUNTIME("big", { min: "60B", max: "75B", tp: 4 }))!;
    expect(codes(a)).toEqual([["runtime-incompatible", "warning", undefined, 11]]);
    expect(a.notes[0]!.message).toContain("model size 8B is outside its modelSizeRange 60B–75B");
    expect(a.deployments[0]!.tensorParallel?.value).toBe(4);
  });

  it("a disabled model or runtime is a warning at its spec.disabled", () => {
    const named = ISVC("  model:\n    name: m\n  runtime:\n    name: a\n  engine: {}\n");
    expect(codes(inline(named, MODEL("  disabled: true\n"), RUNTIME("a"))!)).toEqual([["reference-disabled", "warning", "inline-1.yaml", 14]]);
    expect(codes(inline(named, MODEL(), RUNTIME("a", { extra: "  disabled: true\n" }))!)).toEqual([["reference-disabled", "warning", "inline-2.yaml", 6]]);
  });

  it("a namespace ServingRuntime of another namespace is not selected; a BaseModel is found in the service's namespace", () => {
    const service = "apiVersion: ome.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: svc\n  namespace: team-a\nspec:\n  model:\n    name: m\n  engine: {}\n";
    const model = MODEL().replace("kind: ClusterBaseModel", "kind: BaseModel").replace("  name: m\n", "  name: m\n  namespace: team-a\n");
    const runtime = RUNTIME("rt").replace("kind: ClusterServingRuntime", "kind: ServingRuntime").replace("  name: rt\n", "  name: rt\n  namespace: team-b\n");
    const a = inline(service, model, runtime)!;
    expect(a.notes.map((n) => n.code)).toEqual(["runtime-not-selected"]);
    const other = MODEL().replace("kind: ClusterBaseModel", "kind: BaseModel").replace("  name: m\n", "  name: m\n  namespace: team-b\n");
    expect(inline(service, other, RUNTIME("rt"))!.notes.map((n) => n.code)).toEqual(["base-model-not-found"]);
  });
});

describe("adaptOme: documents", () => {
  it("returns null for other documents", () => {
    expect(inline("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n")).toBeNull();
    expect(inline("apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: x\n")).toBeNull();
    expect(inline(MODEL())).toBeNull();
    expect(inline("- a\n- b\n")).toBeNull();
    expect(inline("~\n")).toBeNull();
  });

  it("a service without spec.engine deploys no engine; one without spec.model.name names no model", () => {
    const noEngine = inline(ISVC("  model:\n    name: m\n"), MODEL(), RUNTIME("a"))!;
    expect(noEngine.deployments).toEqual([]);
    expect(codes(noEngine)).toEqual([["engine-missing", "notice", undefined, 7]]);
    const oddEngine = inline(ISVC("  model:\n    name: m\n  engine: 3\n"), MODEL(), RUNTIME("a"))!;
    expect(codes(oddEngine)).toEqual([["engine-missing", "warning", undefined, 10]]);
    const noModel = inline(ISVC("  engine:\n    minReplicas: 1\n"))!;
    expect(noModel.deployments).toEqual([]);
    expect(codes(noModel)).toEqual([["model-missing", "warning", undefined, 7]]);
  });

  it("a model without storageUri is a warning in the model's file", () => {
    const model = MODEL().replace("    storageUri: hf://meta-llama/Llama-3.1-8B-Instruct\n", "");
    const a = inline(ISVC("  model:\n    name: m\n  runtime:\n    name: a\n  engine: {}\n"), model, RUNTIME("a"))!;
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["model-missing", "warning", "inline-1.yaml", 11]]);
  });

  it("OME sets MODEL_PATH from the model's storage.path; a runner of the service's own is read without a runtime", () => {
    const own = ISVC(
      "  model:\n    name: m\n  runtime:\n    name: elsewhere\n  engine:\n    runner:\n      image: lmsysorg/sglang\n      command: [python3, -m, sglang.launch_server, --model-path, $(MODEL_PATH), --tp-size, '2', --context-length, '8192']\n      resources:\n        limits:\n          nvidia.com/gpu: 2\n",
    );
    const a = inline(own, MODEL())!;
    expect(codes(a)).toEqual([["runtime-not-found", "notice", undefined, 11]]);
    expect(a.notes[0]!.message).toContain("only spec.engine's");
    const d = a.deployments[0]!;
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", "inline-1.yaml", 12, "ClusterBaseModel m spec.storage.storageUri"]);
    expect(at(d.tensorParallel)?.slice(0, 3)).toEqual([2, undefined, 15]);
    expect(at(d.gpuCount)?.slice(0, 3)).toEqual([2, undefined, 18]);
    expect(at(d.gpu)?.slice(0, 3)).toEqual(["H100-SXM", undefined, 6]);
  });

  it("a runtime without a runner, a runner that runs no engine, a runner that is not a mapping", () => {
    const named = ISVC("  model:\n    name: m\n  runtime:\n    name: a\n  engine: {}\n");
    const noRunner = RUNTIME("a").replace(/ {2}engineConfig:[\s\S]*$/, "  engineConfig:\n    minReplicas: 1\n");
    expect(codes(inline(named, MODEL(), noRunner)!)).toEqual([["runtime-no-containers", "warning", "inline-2.yaml", 16]]);
    const noEngine = RUNTIME("a").replace("command: [python3, -m, sglang.launch_server, --model-path, $(MODEL_PATH), --tp-size, \"1\"]", "command: [python3, serve.py]");
    expect(codes(inline(named, MODEL(), noEngine)!)).toEqual([["runtime-no-engine", "warning", "inline-2.yaml", 18]]);
    const odd = ISVC("  model:\n    name: m\n  runtime:\n    name: a\n  engine:\n    runner: [1, 2]\n");
    const a = inline(odd, MODEL(), RUNTIME("a"))!;
    expect(codes(a)).toEqual([["not-a-mapping", "warning", undefined, 13]]);
    expect(a.deployments[0]!.tensorParallel?.range.file).toBe("inline-2.yaml");
  });

  it("a worker size written as a string is read, with a warning; a decoder is not checked", () => {
    const leader = RUNTIME("a").replace(
      /  engineConfig:[\s\S]*$/,
      "  engineConfig:\n    leader:\n      runner:\n        command: [python3, -m, sglang.launch_server, --model-path, $(MODEL_PATH), --tp-size, $(PARALLELISM_SIZE)]\n        resources:\n          limits:\n            nvidia.com/gpu: 8\n",
    );
    const a = inline(ISVC("  model:\n    name: m\n  runtime:\n    name: a\n  engine:\n    worker:\n      size: '2'\n  decoder:\n    minReplicas: 1\n"), MODEL(), leader)!;
    expect(a.notes.map((n) => [n.code, n.severity])).toEqual([
      ["number-as-string", "warning"],
      ["not-modelled", "notice"],
      ["gpu-count-assumed", "notice"],
      ["multi-node", "notice"],
    ]);
    const d = a.deployments[0]!;
    // No worker GPUs declared: each worker is checked with the leader's 8.
    expect(d.gpuCount.value).toBe(24);
    expect(d.gpuCount.range).toMatchObject({ file: "inline-2.yaml", line: 22 });
    expect(d.tensorParallel?.value).toBe(24);
    expect(a.notes[0]!.range.line).toBe(14);
  });

  it("never throws on odd shapes", () => {
    const odd = [
      "apiVersion: ome.io/v1beta1\nkind: InferenceService\nspec: 3\n",
      "apiVersion: ome.io/v1beta1\nkind: InferenceService\nspec:\n  model: [1]\n  engine: {runner: {command: {a: 1}, resources: {limits: {nvidia.com/gpu: lots}}}}\n",
      "apiVersion: ome.io/v1beta1\nkind: InferenceService\nspec:\n  model: {name: m}\n  engine: {worker: {size: -1}, leader: 7}\n",
    ];
    for (const text of odd) {
      expect(() => inline(text)).not.toThrow();
      expect(() => inline(text, MODEL(), RUNTIME("a"))).not.toThrow();
    }
    const weird = ["apiVersion: ome.io/v1beta1\nkind: ClusterServingRuntime\nmetadata: {name: a}\nspec:\n  supportedModelFormats: [1, {modelFormat: 3}, {modelFormat: {name: safetensors, version: v1.x}, autoSelect: true}]\n  modelSizeRange: {min: lots, max: []}\n"];
    expect(() => inline(ISVC("  model:\n    name: m\n  engine: {}\n"), MODEL(), ...weird)).not.toThrow();
  });

  it("never throws with an odd value anywhere in a fixture, the others indexed as they are", () => {
    const cyclic: Record<string, unknown> = { name: "x" };
    cyclic.self = cyclic;
    const odd: unknown[] = [null, 7, "x", [], {}, [1, [2]], { a: { b: 1 } }, NaN, -1, "m".repeat(100_000), cyclic, [cyclic], Array.from({ length: 10_000 }, (_, i) => String(i))];
    const references = index();
    for (const name of ALL.filter((n) => n.endsWith("-isvc.yaml"))) {
      const document = documents(name)[0]!;
      const places: Array<Array<string | number>> = [];
      const walk = (v: unknown, path: Array<string | number>) => {
        places.push(path);
        if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
        else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      };
      walk(document.value, []);
      for (const place of places.slice(1)) {
        for (const value of odd) {
          const copy = structuredClone(document.value) as Record<string, unknown>;
          let parent: any = copy;
          for (const seg of place.slice(0, -1)) parent = parent[seg];
          parent[place[place.length - 1]!] = value;
          expect(() => adaptOme({ ...document, value: copy }, name, join(FIXTURES, name), references), `${name} ${place.join(".")}`).not.toThrow();
        }
      }
    }
  });

  it("never throws with an odd value anywhere in a runtime or a model it reads", { timeout: 120_000 }, () => {
    const cyclic: Record<string, unknown> = { name: "x" };
    cyclic.self = cyclic;
    const odd: unknown[] = [null, 7, [], "m".repeat(100_000), cyclic];
    const users: Record<string, string[]> = {
      "srt-llama-3-1-8b-instruct-rt.yaml": ["llama-3-1-8b-instruct-isvc.yaml", "llama-8b-override-isvc.yaml", "llama-8b-auto-isvc.yaml"],
      "llama-3-1-8b-instruct-model.yaml": ["llama-3-1-8b-instruct-isvc.yaml", "llama-8b-auto-isvc.yaml"],
      "srt-deepseek-r1-multinode-rt.yaml": ["deepseek-r1-isvc.yaml"],
    };
    for (const [referenced, services] of Object.entries(users)) {
      const document = documents(referenced)[0]!;
      const others = index(ALL.filter((n) => n !== referenced));
      const places: Array<Array<string | number>> = [];
      const walk = (v: unknown, path: Array<string | number>) => {
        places.push(path);
        if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
        else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      };
      walk(document.value, []);
      for (const place of places.slice(1)) {
        for (const value of odd) {
          const copy = structuredClone(document.value) as Record<string, unknown>;
          let parent: any = copy;
          for (const seg of place.slice(0, -1)) parent = parent[seg];
          parent[place[place.length - 1]!] = value;
          const mutated = new ReferenceIndex();
          mutated.addFile([{ ...document, value: copy }], `${DIR}/${referenced}`, join(FIXTURES, referenced));
          const references: References = {
            find: (kind, name, namespace) => [...others.find(kind, name, namespace), ...mutated.find(kind, name, namespace)],
            all: (kind) => [...others.all(kind), ...mutated.all(kind)],
          };
          for (const service of services) expect(() => adapt(service, references), `${referenced} ${place.join(".")}`).not.toThrow();
        }
      }
    }
  });
});
