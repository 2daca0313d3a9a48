import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adaptKServe, KSERVE_MARKERS } from "../src/adapt/kserve.js";
import { gpuLookup } from "../src/catalog/lookups.js";
import { fixtureReader, at } from "./helpers/adapt.js";
import type { Adaptation } from "../src/adapt/kit.js";
import { ReferenceIndex } from "../src/adapt/references.js";

const { FIXTURES, adaptFixture, only, adaptText } = fixtureReader(adaptKServe, "kserve");

describe("adaptKServe: fixtures", () => {
  it("reads a Hugging Face runtime InferenceService on an A10G (--model_id, vLLM flags)", () => {
    const { deployment: d, adaptation } = only("hf-a10g.yaml");
    expect(d.name).toBe("huggingface-llama3");
    expect(d.file).toBe("manifests/hf-a10g.yaml");
    expect(d.baseDir).toBe(FIXTURES);
    expect(d.format).toBe("kserve");
    expect(d.range).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 27 });
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 14, "spec.predictor.model.args[1] (--model_id)"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-A10G", 8, 'spec.predictor.nodeSelector["nvidia.com/gpu.product"]']);
    expect(gpuLookup.find(d.gpu!.value)).toBeDefined();
    expect(at(d.gpuCount)).toEqual([1, 22, 'spec.predictor.model.resources.limits["nvidia.com/gpu"]']);
    expect(at(d.contextLength)).toEqual([8192, 15, "spec.predictor.model.args[2] (--max-model-len)"]);
    expect(at(d.memoryFraction)).toEqual([0.9, 16, "spec.predictor.model.args[3] (--gpu-memory-utilization)"]);
    expect(at(d.concurrency)).toEqual([64, 17, "spec.predictor.model.args[4] (--max-num-seqs)"]);
    expect(d.concurrencyIsEngineCap).toBe(true);
    expect(d.tensorParallel).toBeUndefined();
    expect(d.precision).toBeUndefined();
    expect(d.policy).toEqual({});
    expect(d.hardwareRange?.line).toBe(22);
    expect(adaptation.notes).toEqual([]);
  });

  it("reads the model from an hf:// storageUri, two L4s on GKE and --tensor-parallel-size", () => {
    const { deployment: d, adaptation } = only("hf-storage-l4.yaml");
    expect(d.name).toBe("qwen-l4");
    expect(at(d.model)).toEqual(["Qwen/Qwen2.5-14B-Instruct-AWQ", 15, "spec.predictor.model.storageUri"]);
    expect(at(d.gpu)).toEqual(["nvidia-l4", 11, 'spec.predictor.nodeSelector["cloud.google.com/gke-accelerator"]']);
    expect(gpuLookup.find(d.gpu!.value)?.id).toBeDefined();
    expect(at(d.gpuCount)).toEqual([2, 23, 'spec.predictor.model.resources.limits["nvidia.com/gpu"]']);
    expect(at(d.tensorParallel)).toEqual([2, 19, "spec.predictor.model.args[2] (--tensor-parallel-size)"]);
    // The AWQ checkpoint named by storageUri decides the precision, not --dtype.
    expect(at(d.precision)).toEqual(["int4", 15, "spec.predictor.model.storageUri"]);
    expect(d.concurrency).toBeUndefined();
    expect(d.concurrencyIsEngineCap).toBeUndefined();
    expect(adaptation.notes).toEqual([]);
  });

  it("reads a custom predictor container running vllm serve", () => {
    const { deployment: d, adaptation } = only("custom-vllm.yaml");
    expect(d.name).toBe("mistral-custom");
    expect(d.format).toBe("kserve");
    expect(at(d.model)).toEqual(["mistralai/Mistral-7B-Instruct-v0.3", 15, "spec.predictor.containers[0].command[2] (model)"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-H100-80GB-HBM3", 8, 'spec.predictor.nodeSelector["nvidia.com/gpu.product"]']);
    expect(at(d.gpuCount)).toEqual([1, 22, 'spec.predictor.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(at(d.contextLength)).toEqual([32768, 18, "spec.predictor.containers[0].args[1] (--max-model-len)"]);
    expect(at(d.concurrency)).toEqual([256, 19, "spec.predictor.containers[0].args[2] (--max-num-seqs)"]);
    expect(d.concurrencyIsEngineCap).toBe(true);
    expect(adaptation.notes).toEqual([]);
  });

  it("reads an LLMInferenceService: spec.model.uri, spec.parallelism.tensor, the main container", () => {
    const { deployment: d, adaptation } = only("llmisvc.yaml");
    expect(d.name).toBe("llama-llmisvc");
    expect(d.range.line).toBe(4);
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-70B-Instruct", 9, "spec.model.uri"]);
    expect(at(d.gpu)).toEqual(["H100-SXM", 6, 'metadata.annotations["llm-physics.dev/gpu"]']);
    expect(at(d.gpuCount)).toEqual([4, 22, 'spec.template.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(at(d.tensorParallel)).toEqual([4, 13, "spec.parallelism.tensor"]);
    expect(at(d.contextLength)).toEqual([16384, 18, "spec.template.containers[0].args[0] (--max-model-len)"]);
    expect(at(d.kvCachePrecision)).toEqual(["fp8", 19, "spec.template.containers[0].args[1] (--kv-cache-dtype)"]);
    // replicas: 2 are copies, each checked alone.
    expect(d.gpuCount.value).toBe(4);
    expect(adaptation.notes).toEqual([]);
  });

  it("returns null for a non-LLM InferenceService (sklearn)", () => {
    expect(adaptFixture("sklearn.yaml")).toBeNull();
  });

  it("tells how to declare the GPU type when none is, and gives the deployment without one", () => {
    const adaptation = adaptFixture("hf-no-gpu-type.yaml");
    expect(adaptation?.deployments).toHaveLength(1);
    expect(adaptation!.deployments[0]!.gpu).toBeUndefined();
    expect(adaptation?.notes).toHaveLength(1);
    const [n] = adaptation!.notes;
    expect(n!.severity).toBe("notice");
    expect(n!.range.line).toBe(7);
    expect(n!.message).toMatch(/^no GPU type is declared/);
    expect(n!.message).toContain("llm-physics.dev/gpu");
  });

  it("every fixture the adapter accepts contains a marker", () => {
    for (const name of readdirSync(FIXTURES)) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      if (adaptFixture(name) !== null) expect(KSERVE_MARKERS.some((m) => text.includes(m)), name).toBe(true);
    }
  });
});

describe("adaptKServe: documents", () => {
  const HF = (args: string, extra = "") => `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: svc
  annotations:
    llm-physics.dev/gpu: L40S
spec:
  predictor:
    model:
      modelFormat:
        name: huggingface
${extra}      args:
${args}`;

  it("returns null for other documents", () => {
    expect(adaptText("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n")).toBeNull();
    expect(adaptText("apiVersion: example.com/v1\nkind: InferenceService\nmetadata:\n  name: x\n")).toBeNull();
    expect(adaptText("apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: x\nspec: 3\n")).toBeNull();
    expect(adaptText("apiVersion: serving.kserve.io/v1beta1\nkind: ServingRuntime\nmetadata:\n  name: x\n")).toBeNull();
    expect(adaptText("- a\n- b\n")).toBeNull();
    expect(adaptText("~\n")).toBeNull();
  });

  it("never throws on odd shapes", () => {
    const odd = [
      "apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nspec:\n  predictor:\n    model: []\n",
      "apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nspec:\n  predictor:\n    containers: [1, null, {args: 3}]\n",
      "apiVersion: serving.kserve.io/v1alpha1\nkind: LLMInferenceService\nspec:\n  model: {uri: 7}\n  template: {containers: {}}\n  parallelism: {tensor: many}\n",
      "apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nspec:\n  predictor:\n    model:\n      modelFormat: {name: huggingface}\n      args: {a: 1}\n      resources: {limits: {nvidia.com/gpu: lots}}\n",
    ];
    for (const text of odd) expect(() => adaptText(text)).not.toThrow();
  });

  it("separate-item KServe flags are taken out; --model_id as two items", () => {
    const d = adaptText(HF("        - --model_id\n        - Qwen/Qwen2.5-7B-Instruct\n        - --task\n        - text_generation\n        - --max_model_len\n        - '4096'\n"))!.deployments[0]!;
    expect(at(d.model)).toEqual(["Qwen/Qwen2.5-7B-Instruct", 14, "spec.predictor.model.args[1] (--model_id)"]);
    expect(at(d.contextLength)).toEqual([4096, 18, "spec.predictor.model.args[5] (--max_model_len)"]);
    expect(at(d.gpu)?.slice(0, 2)).toEqual(["L40S", 6]);
  });

  it("--model_id wins over storageUri; a pvc:// URI is kept as written", () => {
    const both = adaptText(HF("        - --model_id=meta-llama/Llama-3.1-8B-Instruct\n", "      storageUri: hf://Qwen/Qwen2.5-7B-Instruct\n"))!.deployments[0]!;
    expect(both.model.value).toBe("meta-llama/Llama-3.1-8B-Instruct");
    const pvc = adaptText(HF("        - --model_name=x\n", "      storageUri: pvc://models/meta-llama/Llama-3.1-8B-Instruct\n"))!.deployments[0]!;
    expect(at(pvc.model)).toEqual(["pvc://models/meta-llama/Llama-3.1-8B-Instruct", 12, "spec.predictor.model.storageUri"]);
  });

  it("hf:// with a revision drops the revision", () => {
    const d = adaptText(HF("        - --model_name=x\n", "      storageUri: hf://meta-llama/Llama-3.1-8B-Instruct:0e9e39f\n"))!.deployments[0]!;
    expect(d.model.value).toBe("meta-llama/Llama-3.1-8B-Instruct");
  });

  it("no model: a warning and nothing checked", () => {
    const a = adaptText(HF("        - --model_name=x\n"))!;
    expect(a.deployments).toEqual([]);
    // The missing count is told where it is added (the predictor's model), not at the GPU type's line.
    expect(a.notes.map((n) => [n.code, n.severity, n.range.line])).toEqual([
      ["model-missing", "warning", 9],
      ["gpu-count-missing", "notice", 9],
    ]);
    expect(a.notes[0]!.message).toMatch(/no model found for svc: set spec\.predictor\.model\.storageUri/);
    expect(a.notes[1]!.message).toMatch(/^no GPU count is declared/);
  });

  it("no GPU count: assumed from the tensor parallel size, with a notice", () => {
    const a = adaptText(HF("        - --model_id=meta-llama/Llama-3.1-8B-Instruct\n        - --tensor-parallel-size=2\n"))!;
    const d = a.deployments[0]!;
    expect(at(d.gpuCount)).toEqual([2, 14, "assumed: tensor × pipeline parallel size"]);
    expect(d.hardwareRange?.line).toBe(6);
    expect(a.notes.map((n) => n.message)).toEqual([
      "no GPU count is declared for svc: checked as 2 GPUs, the tensor × pipeline parallel size (2 × 1); add resources.limits nvidia.com/gpu to spec.predictor.model",
    ]);
  });

  it("--backend=huggingface is noted", () => {
    const a = adaptText(HF("        - --model_id=meta-llama/Llama-3.1-8B-Instruct\n        - --backend=huggingface\n"))!;
    expect(a.deployments).toHaveLength(1);
    // The backend, then the GPU count assumed (no resources here).
    expect(a.notes.map((n) => [n.severity, n.range.line])).toEqual([["notice", 14], ["notice", 9]]);
    expect(a.notes[0]!.message).toMatch(/--backend\) is huggingface/);
  });

  it("modelFormat vLLM is read like huggingface; other formats are not", () => {
    const text = HF("        - --model=meta-llama/Llama-3.1-8B-Instruct\n");
    expect(adaptText(text.replace("name: huggingface", "name: vLLM"))!.deployments[0]!.model.value).toBe("meta-llama/Llama-3.1-8B-Instruct");
    expect(adaptText(text.replace("name: huggingface", "name: pytorch"))).toBeNull();
  });

  it("LLMInferenceService: parallelism that contradicts the flags, data parallelism and workers are noted", () => {
    const a = adaptText(`apiVersion: serving.kserve.io/v1alpha1
kind: LLMInferenceService
metadata:
  name: big
spec:
  model:
    name: deepseek-ai/DeepSeek-V3
  parallelism:
    tensor: 8
    data: 2
  template:
    nodeSelector:
      nvidia.com/gpu.product: NVIDIA-H200
    containers:
      - name: main
        args: ["--tensor-parallel-size=4"]
        resources:
          limits:
            nvidia.com/gpu: 8
  worker:
    containers:
      - name: main
`)!;
    const d = a.deployments[0]!;
    expect(at(d.model)).toEqual(["deepseek-ai/DeepSeek-V3", 7, "spec.model.name"]);
    expect(at(d.tensorParallel)).toEqual([8, 9, "spec.parallelism.tensor"]);
    expect(at(d.gpuCount)?.slice(0, 2)).toEqual([8, 19]);
    expect(a.notes.map((n) => [n.severity, n.range.line])).toEqual([
      ["notice", 7],
      ["warning", 9],
      ["notice", 10],
      ["notice", 20],
    ]);
  });
});

describe("adaptKServe: NVIDIA NIM images", () => {
  const RUNTIME_DIR = "__tests__/fixtures/kserve-runtime";
  const runtimes = fixtureReader(adaptKServe, "kserve-runtime");
  const codes = (a: Adaptation) => a.notes.map((n) => [n.code, n.severity, n.range.line]);
  const withRuntime = () => {
    const references = new ReferenceIndex();
    const name = "nim-llama-70b-runtime.yaml";
    references.addFile(runtimes.documentsOf(name), `${RUNTIME_DIR}/${name}`, join(runtimes.FIXTURES, name));
    return references;
  };
  const adaptRuntimeFixture = (name: string, references: ReferenceIndex) =>
    adaptKServe(runtimes.documentsOf(name)[0]!, `${RUNTIME_DIR}/${name}`, join(runtimes.FIXTURES, name), references);

  it("reads a NIM ClusterServingRuntime with its InferenceService: the model from the runtime's image, NIM_* from the merged env", () => {
    const a = adaptRuntimeFixture("nim-llama-70b-isvc.yaml", withRuntime())!;
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    expect(d.name).toBe("llama-3-1-70b-instruct-2xh100");
    expect(d.format).toBe("kserve");
    const runtimeFile = `${RUNTIME_DIR}/nim-llama-70b-runtime.yaml`;
    expect([d.model.value, d.model.range.file, d.model.range.line, d.model.path]).toEqual([
      "llama-3.1-70b-instruct",
      runtimeFile,
      14,
      "ClusterServingRuntime nvidia-nim-llama-3.1-70b-instruct-1.3.3 spec.containers[0].image",
    ]);
    // The runtime's NIM_MAX_MODEL_LEN, the predictor's NIM_MODEL_PROFILE, the predictor's GPUs.
    expect([d.contextLength?.value, d.contextLength?.range.file, d.contextLength?.range.line]).toEqual([32768, runtimeFile, 24]);
    expect(at(d.tensorParallel)).toEqual([2, 20, "spec.predictor.model.env[0].value (NIM_MODEL_PROFILE: tp2)"]);
    expect(at(d.precision)).toEqual(["fp8", 20, "spec.predictor.model.env[0].value (NIM_MODEL_PROFILE: fp8)"]);
    expect(at(d.gpuCount)).toEqual([2, 23, 'spec.predictor.model.resources.limits["nvidia.com/gpu"]']);
    expect(at(d.gpu)).toEqual(["NVIDIA-H100-80GB-HBM3", 12, 'spec.predictor.nodeSelector["nvidia.com/gpu.product"]']);
    // pvc:// storageUri is NIM's cache, not the model; the NGC key from a Secret sets no fact.
    expect(a.notes).toEqual([]);
  });

  it("without its runtime, a NIM format is told (runtime-not-found), not skipped", () => {
    const a = adaptRuntimeFixture("nim-missing-runtime.yaml", withRuntime())!;
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["runtime-not-found", "notice", 12]]);
    // The NIM isvc of the fixtures needs its runtime too.
    const alone = adaptRuntimeFixture("nim-llama-70b-isvc.yaml", new ReferenceIndex())!;
    expect(codes(alone)).toEqual([["runtime-not-found", "notice", 16]]);
    // A format that is not NIM's, without a runtime, is still not KServe's LLM: null.
    expect(adaptText("apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: x\nspec:\n  predictor:\n    model:\n      modelFormat: {name: sklearn}\n      runtime: elsewhere\n")).toBeNull();
  });

  it("reads a predictor container running a NIM image, and tells one whose image names no model", () => {
    const ISVC = (image: string, env = "") => `apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: nim-custom
spec:
  predictor:
    nodeSelector:
      nvidia.com/gpu.product: NVIDIA-L40S
    containers:
      - name: nim
        image: ${image}
${env}        resources:
          limits:
            nvidia.com/gpu: 1
`;
    const a = adaptText(ISVC("nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3.3", '        env:\n          - name: NIM_MAX_MODEL_LEN\n            value: "8192"\n'))!;
    const d = a.deployments[0]!;
    expect(at(d.model)).toEqual(["llama-3.1-8b-instruct", 11, "spec.predictor.containers[0].image"]);
    expect(at(d.contextLength)).toEqual([8192, 14, "spec.predictor.containers[0].env[0].value (NIM_MAX_MODEL_LEN)"]);
    expect(at(d.gpuCount)).toEqual([1, 17, 'spec.predictor.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(a.notes).toEqual([]);
    const free = adaptText(ISVC("nvcr.io/nim/nvidia/llm-nim:1.12"))!;
    expect(free.deployments).toEqual([]);
    expect(codes(free)).toEqual([["model-missing", "warning", 11]]);
  });
});
