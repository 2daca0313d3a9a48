import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adaptDynamo, DYNAMO_MARKERS } from "../src/adapt/dynamo.js";
import { ADAPTERS } from "../src/adapt/index.js";
import { modelLookup } from "../src/catalog/lookups.js";
import type { Deployment } from "../src/base/deployment.js";
import { at, fixtureReader } from "./helpers/adapt.js";

const { FIXTURES, documentsOf, adaptFixture, adaptText } = fixtureReader(adaptDynamo, "dynamo");

const codes = (notes: { code: string; severity: string; range: { line: number } }[]) => notes.map((n) => [n.code, n.severity, n.range.line]);
const named = (deployments: Deployment[], name: string): Deployment => {
  const d = deployments.find((x) => x.name === name);
  expect(d, name).toBeDefined();
  return d!;
};

/** A v1alpha1 graph with one worker service, its YAML indented under `spec.services.W`. */
const alpha = (worker: string): string =>
  `apiVersion: nvidia.com/v1alpha1\nkind: DynamoGraphDeployment\nmetadata:\n  name: g\nspec:\n  services:\n    W:\n${worker
    .split("\n")
    .map((l) => (l ? `      ${l}` : l))
    .join("\n")}\n`;

describe("adaptDynamo: nvidia.com/v1alpha1 spec.services", () => {
  it("an aggregated vLLM worker: model, GPU, count and flags, each at its line; the Frontend is no deployment", () => {
    const a = adaptFixture("agg-vllm-llama-3.1-8b.yaml")!;
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    expect(d.name).toBe("llama-agg/VllmWorker");
    expect(d.format).toBe("dynamo");
    expect(d.baseDir).toBe(FIXTURES);
    expect(d.range.line).toBe(19);
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 38, "spec.services.VllmWorker.extraPodSpec.mainContainer.args[1] (--model)"]);
    expect(modelLookup.find(d.model.value as string)).toBeDefined();
    expect(at(d.gpu)).toEqual(["NVIDIA-L40S", 28, 'spec.services.VllmWorker.extraPodSpec.nodeSelector["nvidia.com/gpu.product"]']);
    // "1" is a string because the CRD types resources.limits.gpu as one: read without a warning.
    expect(at(d.gpuCount)).toEqual([1, 25, "spec.services.VllmWorker.resources.limits.gpu"]);
    expect(d.hardwareRange?.line).toBe(25);
    expect(d.tensorParallel).toBeUndefined();
    expect(at(d.contextLength)?.slice(0, 2)).toEqual([32768, 40]);
    expect(at(d.memoryFraction)?.slice(0, 2)).toEqual([0.9, 42]);
    expect(d.nodeLabels?.labels).toEqual({ "nvidia.com/gpu.product": "NVIDIA-L40S" });
    // replicas: 2 are copies, each checked alone: the count is one pod's.
    expect(a.notes).toEqual([]);
  });

  it("disaggregated prefill and decode: one deployment each, on its own GPUs, each told it is one role of the service; the Planner tells nothing", () => {
    const a = adaptFixture("disagg-vllm-qwen3-32b.yaml")!;
    expect(a.deployments.map((d) => d.name)).toEqual(["qwen-disagg/VllmDecodeWorker", "qwen-disagg/VllmPrefillWorker"]);
    const decode = named(a.deployments, "qwen-disagg/VllmDecodeWorker");
    expect(at(decode.model)?.slice(0, 2)).toEqual(["Qwen/Qwen3-32B", 44]);
    expect(at(decode.gpu)?.slice(0, 2)).toEqual(["NVIDIA-H100-80GB-HBM3", 38]);
    expect(at(decode.gpuCount)).toEqual([2, 29, "spec.services.VllmDecodeWorker.resources.limits.gpu"]);
    expect(at(decode.tensorParallel)?.slice(0, 2)).toEqual([2, 46]);
    const prefill = named(a.deployments, "qwen-disagg/VllmPrefillWorker");
    expect(at(prefill.gpu)?.slice(0, 2)).toEqual(["NVIDIA-H100-80GB-HBM3", 60]);
    expect(at(prefill.gpuCount)).toEqual([1, 57, "spec.services.VllmPrefillWorker.resources.limits.gpu"]);
    expect(prefill.tensorParallel).toBeUndefined();
    expect(codes(a.notes)).toEqual([
      ["disaggregated-role", "notice", 22],
      ["disaggregated-role", "notice", 50],
    ]);
    expect(a.notes[0]!.message).toContain("VllmPrefillWorker");
    expect(a.notes[1]!.message).toContain("VllmDecodeWorker");
  });

  it("a multinode worker: the GPUs of one pod × multinode.nodeCount as one group", () => {
    const a = adaptFixture("multinode-vllm-llama-3.1-405b.yaml")!;
    const d = named(a.deployments, "llama-405b/VllmWorker");
    expect(at(d.gpuCount)).toEqual([16, 22, "spec.services.VllmWorker.resources.limits.gpu × spec.services.VllmWorker.multinode.nodeCount (2)"]);
    expect(at(d.tensorParallel)?.slice(0, 2)).toEqual([8, 35]);
    expect(at(d.pipelineParallel)?.slice(0, 2)).toEqual([2, 37]);
    expect(d.gpu?.value).toBe("NVIDIA-H100-80GB-HBM3");
    expect(codes(a.notes)).toEqual([["multi-node", "notice", 19]]);
  });

  it("wide expert parallelism: DeepSeek-R1 decode and prefill, data parallel 16 over two nodes of 8 H200", () => {
    const a = adaptFixture("wide-ep-deepseek-r1.yaml")!;
    expect(a.deployments.map((d) => d.name)).toEqual(["dsr1-wide-ep/decode", "dsr1-wide-ep/prefill"]);
    const decode = named(a.deployments, "dsr1-wide-ep/decode");
    // Read from a bash -c script: each flag at its own line of the literal block.
    expect(at(decode.model)).toEqual(["deepseek-ai/DeepSeek-R1", 49, "spec.services.decode.extraPodSpec.mainContainer.args[0] (--model)"]);
    expect(at(decode.gpu)?.slice(0, 2)).toEqual(["NVIDIA-H200", 39]);
    expect(at(decode.gpuCount)?.slice(0, 2)).toEqual([16, 27]);
    expect(at(decode.tensorParallel)?.slice(0, 2)).toEqual([1, 50]);
    expect(at(decode.contextLength)?.slice(0, 2)).toEqual([16384, 54]);
    expect(decode.concurrency?.value).toBe(512);
    // The model of the prefill worker is a local path: read as its --served-model-name.
    const prefill = named(a.deployments, "dsr1-wide-ep/prefill");
    expect(at(prefill.model)).toEqual(["deepseek-ai/DeepSeek-R1", 79, "spec.services.prefill.extraPodSpec.mainContainer.args[3] (--served-model-name)"]);
    expect(at(prefill.gpuCount)?.slice(0, 2)).toEqual([16, 65]);
    expect(codes(a.notes)).toEqual([
      ["multi-node", "notice", 24],
      ["model-from-served-name", "notice", 77],
      ["multi-node", "notice", 62],
      ["disaggregated-role", "notice", 19],
      ["disaggregated-role", "notice", 57],
    ]);
  });

  it("the data- and expert-parallel flags reach the deployment through the shared engine reader", () => {
    const a = adaptFixture("wide-ep-deepseek-r1.yaml")!;
    const decode = named(a.deployments, "dsr1-wide-ep/decode");
    expect(at(decode.dataParallel)?.slice(0, 2)).toEqual([16, 51]);
    expect(at(decode.dataParallelLocal)?.slice(0, 2)).toEqual([8, 52]);
    expect(decode.expertParallel?.value).toBe(16);
    const prefill = named(a.deployments, "dsr1-wide-ep/prefill");
    expect(at(prefill.dataParallel)?.slice(0, 2)).toEqual([16, 83]);
    expect(at(prefill.dataParallelLocal)?.slice(0, 2)).toEqual([8, 85]);
  });

  it("no GPU type: the deployment is still returned, with a notice in Dynamo's keys; GPUs from resources.requests.gpu", () => {
    const a = adaptFixture("no-gpu-type-qwen3-8b.yaml")!;
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    expect(d.name).toBe("qwen3-8b/VllmWorker");
    expect(d.gpu).toBeUndefined();
    expect(at(d.gpuCount)).toEqual([1, 21, "spec.services.VllmWorker.resources.requests.gpu"]);
    expect(at(d.model)?.slice(0, 2)).toEqual(["Qwen/Qwen3-8B", 30]);
    // The Processor asks for no GPUs and runs no engine: no deployment, no note.
    expect(codes(a.notes)).toEqual([["gpu-type-missing", "notice", 16]]);
    expect(a.notes[0]!.message).toContain("spec.services.VllmWorker.extraPodSpec");
  });

  it("workers whose engine cannot be read are told, never passed over: a launch script, args without a command", () => {
    const a = adaptFixture("custom-command.yaml")!;
    expect(a.deployments).toEqual([]);
    expect(codes(a.notes)).toEqual([
      ["gpu-container-no-engine", "notice", 15],
      ["gpu-container-no-engine", "notice", 29],
    ]);
    // The GPUs of the first are the main container's own (older releases wrote them there).
    expect(a.notes[0]!.message).toContain('mainContainer.resources.limits["nvidia.com/gpu"]');
    expect(a.notes[1]!.message).toContain("spec.services.FlagsWorker.resources.limits.gpu");
  });

  it("a TensorRT-LLM worker: --model-path and --tensor-parallel-size in a sh -c script; its --extra-engine-args file is said not to be read", () => {
    const docs = documentsOf("trtllm-agg-extra-engine-args.yaml");
    expect(docs).toHaveLength(2);
    expect(adaptFixture("trtllm-agg-extra-engine-args.yaml", 0)).toBeNull();
    const a = adaptFixture("trtllm-agg-extra-engine-args.yaml", 1)!;
    const d = named(a.deployments, "llama-trtllm/TRTLLMWorker");
    expect(at(d.model)?.slice(0, 2)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 49]);
    expect(at(d.tensorParallel)?.slice(0, 2)).toEqual([2, 49]);
    expect(at(d.gpuCount)?.slice(0, 2)).toEqual([2, 34]);
    expect(d.gpu?.value).toBe("NVIDIA-H100-80GB-HBM3");
    expect(codes(a.notes)).toEqual([["engine-config-not-read", "notice", 49]]);
    expect(a.notes[0]!.message).toContain("/config/agg.yaml");
  });
});

describe("adaptDynamo: nvidia.com/v1beta1 spec.components", () => {
  it("disaggregated SGLang components: the main container's command, args and GPUs; the pod template's nodeSelector", () => {
    const a = adaptFixture("v1beta1-sglang-disagg-qwen3-30b-a3b.yaml")!;
    expect(a.deployments.map((d) => d.name)).toEqual(["sglang-disagg/decode", "sglang-disagg/prefill"]);
    const decode = named(a.deployments, "sglang-disagg/decode");
    expect(decode.range.line).toBe(20);
    expect(at(decode.model)).toEqual(["Qwen/Qwen3-30B-A3B", 33, "spec.components[1].podTemplate.spec.containers[0].args[1] (--model-path)"]);
    expect(at(decode.gpu)).toEqual(["NVIDIA-H100-80GB-HBM3", 26, 'spec.components[1].podTemplate.spec.nodeSelector["nvidia.com/gpu.product"]']);
    expect(at(decode.gpuCount)).toEqual([2, 49, 'spec.components[1].podTemplate.spec.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(at(decode.tensorParallel)?.slice(0, 2)).toEqual([2, 35]);
    expect(at(decode.contextLength)?.slice(0, 2)).toEqual([32768, 37]);
    expect(at(decode.memoryFraction)?.slice(0, 2)).toEqual([0.85, 39]);
    const prefill = named(a.deployments, "sglang-disagg/prefill");
    expect(at(prefill.gpuCount)?.slice(0, 2)).toEqual([1, 74]);
    expect(at(prefill.tensorParallel)?.slice(0, 2)).toEqual([1, 65]);
    expect(codes(a.notes)).toEqual([
      ["disaggregated-role", "notice", 20],
      ["disaggregated-role", "notice", 50],
    ]);
  });

  it("the role comes from the engine's flags when the component is typed worker; multinode over the container's GPUs", () => {
    const a = adaptText(`apiVersion: nvidia.com/v1beta1
kind: DynamoGraphDeployment
metadata:
  name: b
spec:
  components:
    - name: pw
      type: worker
      multinode:
        nodeCount: 2
      podTemplate:
        spec:
          containers:
            - name: sidecar
              image: busybox
            - name: main
              command: [python3, -m, dynamo.sglang]
              args: [--model-path, Qwen/Qwen3-8B, --tp-size, "8", --disaggregation-mode, prefill]
              resources:
                limits:
                  nvidia.com/gpu: 4
`)!;
    const d = named(a.deployments, "b/pw");
    expect(at(d.gpuCount)).toEqual([8, 21, 'spec.components[0].podTemplate.spec.containers[1].resources.limits["nvidia.com/gpu"] × spec.components[0].multinode.nodeCount (2)']);
    expect(codes(a.notes)).toEqual([
      ["gpu-type-missing", "notice", 7],
      ["multi-node", "notice", 10],
      ["disaggregated-role", "notice", 7],
    ]);
    expect(a.notes[2]!.message).toContain("no decode worker is declared");
  });

  it("no GPU count: assumed from the parallelism, with a notice that says where Dynamo declares it", () => {
    const a = adaptText(`apiVersion: nvidia.com/v1beta1
kind: DynamoGraphDeployment
metadata:
  name: b
spec:
  components:
    - name: worker
      type: worker
      podTemplate:
        spec:
          nodeSelector:
            nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB
          containers:
            - name: main
              command: [python3, -m, dynamo.vllm, --model, Qwen/Qwen3-8B, --tensor-parallel-size, "2"]
`)!;
    const d = named(a.deployments, "b/worker");
    expect(at(d.gpuCount)).toEqual([2, 15, "assumed: tensor × pipeline parallel size"]);
    expect(codes(a.notes)).toEqual([["gpu-count-assumed", "notice", 7]]);
    expect(a.notes[0]!.message).toContain("spec.components[0].podTemplate.spec.containers[0]");
  });
});

describe("adaptDynamo: odd values, each told", () => {
  it("a GPU count that is not a whole number, and a nodeCount written as a string", () => {
    const a = adaptText(
      alpha(`componentType: worker
multinode:
  nodeCount: "2"
resources:
  limits:
    gpu: "eight"
extraPodSpec:
  mainContainer:
    command: [python3, -m, dynamo.vllm, --model, Qwen/Qwen3-8B]`),
    )!;
    const d = named(a.deployments, "g/W");
    expect(at(d.gpuCount)?.[2]).toBe("assumed: 1 GPU");
    expect(codes(a.notes)).toEqual([
      ["not-whole-number", "warning", 13],
      ["gpu-type-missing", "notice", 7],
      ["number-as-string", "warning", 10],
      ["multi-node", "notice", 10],
      ["gpu-count-assumed", "notice", 7],
    ]);
  });

  it("the main container's own GPUs are merged over the service's, with a warning when they differ", () => {
    const a = adaptText(
      alpha(`resources:
  limits:
    gpu: "1"
extraPodSpec:
  mainContainer:
    command: [python3, -m, dynamo.vllm, --model, Qwen/Qwen3-8B]
    resources:
      limits:
        nvidia.com/gpu: "2"`),
    )!;
    const d = named(a.deployments, "g/W");
    expect(at(d.gpuCount)).toEqual([2, 16, 'spec.services.W.extraPodSpec.mainContainer.resources.limits["nvidia.com/gpu"]']);
    expect(codes(a.notes)).toContainEqual(["value-overridden", "warning", 16]);
  });

  it("a gpuType that is no GPU resource is not counted; a MIG gpuType makes the GPU its profile", () => {
    const intel = adaptText(
      alpha(`resources:
  limits:
    gpu: "1"
    gpuType: gpu.intel.com/xe
extraPodSpec:
  mainContainer:
    command: [python3, -m, dynamo.vllm, --model, Qwen/Qwen3-8B]`),
    )!;
    expect(codes(intel.notes)).toContainEqual(["gpu-resource-unknown", "notice", 11]);
    expect(at(named(intel.deployments, "g/W").gpuCount)?.[2]).toBe("assumed: 1 GPU");
    const mig = adaptText(
      alpha(`resources:
  limits:
    gpu: "1"
    gpuType: nvidia.com/mig-3g.40gb
extraPodSpec:
  nodeSelector:
    nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB
  mainContainer:
    command: [python3, -m, dynamo.vllm, --model, Qwen/Qwen3-8B]`),
    )!;
    const d = named(mig.deployments, "g/W");
    expect(d.gpu?.value).toBe("NVIDIA-A100-SXM4-80GB-MIG-3g.40gb");
    expect(at(d.gpuCount)?.slice(0, 2)).toEqual([1, 10]);
  });

  it("without a command the args run as one (the runtime images' entrypoint execs them): an engine started in the args is read", () => {
    const a = adaptText(
      alpha(`resources:
  limits:
    gpu: "1"
extraPodSpec:
  mainContainer:
    args: [python3, -m, dynamo.vllm, --model, Qwen/Qwen3-8B, --max-model-len, "8192"]`),
    )!;
    const d = named(a.deployments, "g/W");
    expect(at(d.model)).toEqual(["Qwen/Qwen3-8B", 13, "spec.services.W.extraPodSpec.mainContainer.args[4] (--model)"]);
    expect(d.contextLength?.value).toBe(8192);
  });

  it("the declared subComponentType is the role, without any flag saying it", () => {
    const a = adaptText(
      alpha(`componentType: worker
subComponentType: decode
resources:
  limits:
    gpu: "1"
extraPodSpec:
  mainContainer:
    command: [python3, -m, dynamo.vllm, --model, Qwen/Qwen3-8B]`),
    )!;
    expect(named(a.deployments, "g/W").gpuCount.value).toBe(1);
    const role = a.notes.filter((n) => n.code === "disaggregated-role");
    expect(codes(role)).toEqual([["disaggregated-role", "notice", 7]]);
    expect(role[0]!.message).toContain("decode role");
    expect(role[0]!.message).toContain("no prefill worker is declared");
  });

  it("a worker whose engine names no model: a warning, not checked", () => {
    const a = adaptText(
      alpha(`resources:
  limits:
    gpu: "1"
extraPodSpec:
  mainContainer:
    command: [python3, -m, dynamo.sglang, --tp, "1"]`),
    )!;
    expect(a.deployments).toEqual([]);
    expect(codes(a.notes)).toEqual([["model-missing", "warning", 7]]);
  });

  it("in a literal sh -c script, the served name of a local model and the --extra-engine-args file are found at their lines", () => {
    const a = adaptText(
      alpha(`resources:
  limits:
    gpu: "4"
extraPodSpec:
  mainContainer:
    command: [/bin/sh, -c]
    args:
      - |
        python3 -m dynamo.trtllm \\
          --model-path /models/llama \\
          --served-model-name meta-llama/Llama-3.1-8B-Instruct \\
          --tensor-parallel-size 4 \\
          --extra-engine-args=/config/engine.yaml`),
    )!;
    const d = named(a.deployments, "g/W");
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 18, "spec.services.W.extraPodSpec.mainContainer.args[0] (--served-model-name)"]);
    expect(at(d.tensorParallel)?.slice(0, 2)).toEqual([4, 19]);
    expect(codes(a.notes)).toEqual([
      ["engine-config-not-read", "notice", 20],
      ["model-from-served-name", "notice", 17],
      ["gpu-type-missing", "notice", 7],
    ]);
  });

  it("an env variable from envFromSecret is a notice; the graph's spec.envs resolve $(VAR)", () => {
    const a = adaptText(`apiVersion: nvidia.com/v1alpha1
kind: DynamoGraphDeployment
metadata:
  name: g
spec:
  envs:
    - name: MODEL
      value: Qwen/Qwen3-8B
  services:
    W:
      envFromSecret: hf-token-secret
      resources:
        limits:
          gpu: "1"
      extraPodSpec:
        mainContainer:
          command: [python3, -m, dynamo.vllm, --model, $(MODEL), --max-model-len, $(MAX_LEN)]
`)!;
    const d = named(a.deployments, "g/W");
    expect(d.model.value).toBe("Qwen/Qwen3-8B");
    expect(a.notes.filter((n) => n.code === "env-var-unset").map((n) => n.severity)).toEqual(["notice"]);
  });

  it("a graph with neither services nor components is told; another kind or group is not read", () => {
    const empty = adaptText("apiVersion: nvidia.com/v1alpha1\nkind: DynamoGraphDeployment\nmetadata:\n  name: g\nspec:\n  backendFramework: vllm\n")!;
    expect(empty.deployments).toEqual([]);
    expect(codes(empty.notes)).toEqual([["model-missing", "warning", 5]]);
    expect(adaptText("apiVersion: nvidia.com/v1alpha1\nkind: DynamoGraphDeploymentRequest\nmetadata:\n  name: g\nspec: {}\n")).toBeNull();
    expect(adaptText("apiVersion: example.com/v1\nkind: DynamoGraphDeployment\nmetadata:\n  name: g\nspec:\n  services: {}\n")).toBeNull();
    expect(adaptText("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n")).toBeNull();
  });

  it("never throws on odd values where maps, lists and strings belong", () => {
    const odd: unknown[] = [null, 7, "x", [], {}, [1, [2]], { gpu: { a: 1 } }, true];
    for (const v of odd) {
      const spec = { services: { W: { resources: { limits: { gpu: v, gpuType: v, custom: v } }, multinode: { nodeCount: v }, extraPodSpec: { mainContainer: { command: v, args: v, env: v, resources: v }, nodeSelector: v } } } };
      const beta = { components: [v, { name: v, type: v, multinode: v, podTemplate: { spec: { containers: [v, { name: "main", command: v, args: v }] } } }] };
      for (const s of [spec, beta, { services: v }, { components: v }, v]) {
        const doc = { ...documentsOf("agg-vllm-llama-3.1-8b.yaml")[0]!, value: { apiVersion: "nvidia.com/v1alpha1", kind: "DynamoGraphDeployment", metadata: { name: v }, spec: s } };
        expect(() => adaptDynamo(doc, "x.yaml", "/repo/x.yaml")).not.toThrow();
      }
    }
  });
});

describe("adaptDynamo: registry and markers", () => {
  it("is registered as dynamo, before the plain Kubernetes reader", () => {
    const formats = ADAPTERS.map((a) => a.format);
    expect(formats).toContain("dynamo");
    expect(formats.indexOf("dynamo")).toBeLessThan(formats.indexOf("kubernetes"));
    expect(ADAPTERS.find((a) => a.format === "dynamo")?.adapt).toBe(adaptDynamo);
  });

  it("every fixture document it accepts contains a marker", () => {
    let accepted = 0;
    for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith(".yaml"))) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      documentsOf(name).forEach((_, i) => {
        if (adaptFixture(name, i)) {
          accepted++;
          expect(DYNAMO_MARKERS.some((m) => text.includes(m)), name).toBe(true);
        }
      });
    }
    expect(accepted).toBe(9);
  });
});
