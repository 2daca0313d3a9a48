import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adaptAibrix, AIBRIX_MARKERS } from "../src/adapt/aibrix.js";
import { ADAPTERS } from "../src/adapt/index.js";
import { ReferenceIndex } from "../src/adapt/references.js";
import type { Adaptation } from "../src/adapt/kit.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";
import { at, fixtureReader } from "./helpers/adapt.js";

const { FIXTURES, documentsOf, adaptFixture, only, adaptText } = fixtureReader(adaptAibrix, "aibrix");

const codes = (a: Adaptation) => a.notes.map((n) => [n.code, n.severity, n.range.line]);
const HEAD = "spec.template.spec.headGroupSpec.template.spec";
const HEAD_ARGS = `${HEAD}.containers[0].args[0]`;

describe("adaptAibrix: RayClusterFleet over two nodes", () => {
  it("one deployment: the head's vLLM flags, 8 head GPUs + 1 worker pod × 8, H100 from the head's nodeSelector", () => {
    const { deployment: d, adaptation } = only("fleet-deepseek-r1-2-nodes.yaml");
    expect(d.name).toBe("deepseek-r1");
    expect(d.format).toBe("aibrix");
    expect(d.baseDir).toBe(FIXTURES);
    expect(d.range.line).toBe(7);
    expect(at(d.model)).toEqual(["deepseek-ai/DeepSeek-R1", 48, `${HEAD_ARGS} (model)`]);
    expect(at(d.tensorParallel)).toEqual([8, 50, `${HEAD_ARGS} (--tensor-parallel-size)`]);
    expect(at(d.pipelineParallel)).toEqual([2, 51, `${HEAD_ARGS} (--pipeline-parallel-size)`]);
    expect(at(d.contextLength)).toEqual([32768, 53, `${HEAD_ARGS} (--max-model-len)`]);
    expect(at(d.memoryFraction)).toEqual([0.92, 55, `${HEAD_ARGS} (--gpu-memory-utilization)`]);
    expect(at(d.gpu)).toEqual(["NVIDIA-H100-80GB-HBM3", 38, `${HEAD}.nodeSelector["nvidia.com/gpu.product"]`]);
    // The count is located at the head's GPU limit, the first GPUs counted; the path says the sum.
    expect(at(d.gpuCount)).toEqual([16, 67, "headGroupSpec 8 GPUs + workerGroupSpecs[0] (h100-workers) replicas 1 × 8 GPUs"]);
    expect(d.hardwareRange?.line).toBe(67);
    expect(d.nodeLabels?.labels).toEqual({ "nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3" });
    // The multi-node notice, at the worker group's replicas; nothing else (the KubeRay env of the script is known).
    expect(codes(adaptation)).toEqual([["multi-node", "notice", 72]]);
    expect(adaptation.notes[0]!.message).toContain("over all 16 GPUs, tensor parallel 8 × pipeline parallel 2");
  });

  it("without a GPU type: checked per GPU, with a notice at the head's pod spec; a sidecar and a folded script are read", () => {
    const { deployment: d, adaptation } = only("fleet-no-gpu-type.yaml");
    expect(d.name).toBe("qwen-7b-instruct");
    expect(d.gpu).toBeUndefined();
    expect(d.model.value).toBe("Qwen/Qwen2.5-7B-Instruct");
    expect(d.tensorParallel?.value).toBe(2);
    expect(d.contextLength?.value).toBe(16384);
    // A folded block (`>`) is read as one string: its facts lie at the whole value.
    expect(d.model.range.line).toBe(31);
    expect(at(d.gpuCount)).toEqual([2, 47, "headGroupSpec 1 GPU + workerGroupSpecs[0] (small-group) replicas 1 × 1 GPU"]);
    expect(codes(adaptation)).toEqual([
      ["multi-node", "notice", 64],
      ["gpu-type-missing", "notice", 25],
    ]);
    expect(adaptation.notes[1]!.message).toMatch(/^no GPU type is declared for qwen-7b-instruct: .*nodeSelector nvidia\.com\/gpu\.product .*llm-physics\.dev\/gpu: H100-SXM under metadata\.annotations of the RayClusterFleet/);
  });
});

/** A fleet whose head runs `vllm serve`, with the given head resources and worker groups (indented as workerGroupSpecs items). */
function fleet(opts: { kind?: string; head?: string[]; workers?: string[]; engine?: string; replicas?: string; annotations?: string[] }): string {
  return [
    "apiVersion: orchestration.aibrix.ai/v1alpha1",
    `kind: ${opts.kind ?? "RayClusterFleet"}`,
    "metadata:",
    "  name: f",
    ...(opts.annotations ? ["  annotations:", ...opts.annotations.map((a) => `    ${a}`)] : []),
    "spec:",
    `  replicas: ${opts.replicas ?? "1"}`,
    "  template:",
    "    spec:",
    "      headGroupSpec:",
    "        template:",
    "          spec:",
    "            containers:",
    "            - name: ray-head",
    "              command: [bash, -c]",
    `              args: ["${opts.engine ?? "vllm serve Qwen/Qwen2.5-7B-Instruct --tensor-parallel-size 4"}"]`,
    ...(opts.head ?? []).map((l) => `              ${l}`),
    ...(opts.workers ? ["      workerGroupSpecs:", ...opts.workers.map((l) => `      ${l}`)] : []),
    "",
  ].join("\n");
}

const workerGroup = (name: string, fields: string[], gpus: number, product?: string) => [
  `- groupName: ${name}`,
  ...fields.map((f) => `  ${f}`),
  "  template:",
  "    spec:",
  ...(product ? ["      nodeSelector:", `        nvidia.com/gpu.product: ${product}`] : []),
  "      containers:",
  "      - name: ray-worker",
  `        resources: {limits: {nvidia.com/gpu: ${gpus}}}`,
];

describe("adaptAibrix: counting the Ray cluster's GPUs", () => {
  it("worker pods as KubeRay starts them: replicas raised to minReplicas, capped at maxReplicas, times numOfHosts; suspended groups none", () => {
    const count = (fields: string[]) => {
      const a = adaptText(fleet({ workers: workerGroup("w", fields, 2, "NVIDIA-L40S") }))!;
      return { count: a.deployments[0]!.gpuCount, codes: codes(a) };
    };
    expect(count(["replicas: 2"]).count.value).toBe(4);
    expect(count(["replicas: 1", "minReplicas: 3"]).count.path).toBe("workerGroupSpecs[0] (w) minReplicas 3 (replicas 1 is below it) × 2 GPUs");
    expect(count(["replicas: 9", "maxReplicas: 2"]).count.value).toBe(4);
    expect(count(["replicas: 2", "numOfHosts: 2"]).count.value).toBe(8);
    // No replicas: KubeRay's default is minReplicas (0): the group starts no pods.
    const none = adaptText(fleet({ workers: workerGroup("w", [], 2, "NVIDIA-L40S") }))!;
    expect(at(none.deployments[0]!.gpuCount)).toEqual([4, 15, "assumed: tensor × pipeline parallel size"]);
    expect(codes(none)).toEqual([
      ["workers-not-counted", "notice", 17],
      ["gpu-count-assumed", "notice", 13],
    ]);
    expect(codes(adaptText(fleet({ workers: workerGroup("w", ["replicas: 2", "suspend: true"], 2) }))!)).toContainEqual(["workers-not-counted", "notice", 18]);
  });

  it("one GPU pod is not multi-node: its count is the pod's own value", () => {
    const a = adaptText(fleet({ head: ["resources: {limits: {nvidia.com/gpu: 4}}"], annotations: ["llm-physics.dev/gpu: A100-80GB"] }))!;
    const d = a.deployments[0]!;
    expect(at(d.gpuCount)).toEqual([4, 18, 'spec.template.spec.headGroupSpec.template.spec.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(at(d.gpu)?.slice(0, 2)).toEqual(["A100-80GB", 6]);
    expect(a.notes).toEqual([]);
  });

  it("groups with different GPUs: checked on the one with the least memory, with a notice", () => {
    const a = adaptText(
      fleet({ workers: [...workerGroup("big", ["replicas: 1"], 2, "NVIDIA-H100-80GB-HBM3"), ...workerGroup("small", ["replicas: 1"], 2, "NVIDIA-L40S")] }),
    )!;
    const d = a.deployments[0]!;
    expect(d.gpu?.value).toBe("NVIDIA-L40S");
    expect(d.gpuCount.value).toBe(4);
    expect(codes(a).map((c) => c[0])).toEqual(["multi-node", "gpu-least-memory"]);
  });

  it("values that are not whole numbers are warnings, numbers as strings are read with one", () => {
    const a = adaptText(fleet({ replicas: "two", workers: workerGroup("w", ['replicas: "2"'], 2, "NVIDIA-L40S") }))!;
    expect(a.deployments[0]!.gpuCount.value).toBe(4);
    expect(codes(a)).toEqual([
      ["not-whole-number", "warning", 6],
      ["number-as-string", "warning", 18],
      ["multi-node", "notice", 18],
    ]);
  });

  it("a RayClusterReplicaSet is read the same way", () => {
    const a = adaptText(fleet({ kind: "RayClusterReplicaSet", head: ["resources: {limits: {nvidia.com/gpu: 4}}"] }))!;
    expect(a.deployments[0]!.gpuCount.value).toBe(4);
  });
});

describe("adaptAibrix: what is not checked", () => {
  it("a GPU cluster whose head starts no engine: a notice, no deployment", () => {
    const a = adaptText(fleet({ engine: "ray start --head --block", workers: workerGroup("w", ["replicas: 1"], 1) }))!;
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["gpu-container-no-engine", "notice", 11]]);
    expect(a.notes[0]!.message).toMatch(/^RayClusterFleet f asks for GPUs \(workerGroupSpecs\[0\] \(w\)\) but its head runs no engine/);
    // Without GPUs either: not a deployment to check (AIBrix's CPU samples), not ours.
    expect(adaptText(fleet({ engine: "ray start --head --block" }))).toBeNull();
  });

  it("an engine without a model: a warning at the head container", () => {
    const a = adaptText(fleet({ engine: "vllm serve --tensor-parallel-size 2" }))!;
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["model-missing", "warning", 13]]);
  });
});

describe("AIBrix's plain Deployments are read by the kubernetes reader", () => {
  it("the quickstart shape (model.aibrix.ai/name labels, vllm serve in command): read as kubernetes with its model, GPU and context", () => {
    const [document] = documentsOf("deployment-quickstart.yaml");
    expect(adaptAibrix(document!, "x", "/x")).toBeNull();
    const references = new ReferenceIndex();
    const reader = ADAPTERS.find((a) => a.adapt(document!, "manifests/deployment-quickstart.yaml", join(FIXTURES, "deployment-quickstart.yaml"), references) !== null)!;
    expect(reader.format).toBe("kubernetes");
    const adapted = reader.adapt(document!, "manifests/deployment-quickstart.yaml", join(FIXTURES, "deployment-quickstart.yaml"), references)!;
    expect(adapted.notes).toEqual([]);
    const d = adapted.deployments[0]!;
    expect(d.name).toBe("deepseek-r1-distill-llama-8b");
    expect(at(d.model)).toEqual(["deepseek-ai/DeepSeek-R1-Distill-Llama-8B", 35, "spec.template.spec.containers[0].command[7] (--model)"]);
    expect(at(d.gpu)?.slice(0, 2)).toEqual(["NVIDIA-A10G", 23]);
    expect(at(d.gpuCount)?.slice(0, 2)).toEqual([1, 44]);
    expect(at(d.contextLength)?.slice(0, 2)).toEqual([12288, 39]);
  });
});

describe("adaptAibrix: null cases, markers, robustness", () => {
  const others = [
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n",
    "apiVersion: ray.io/v1\nkind: RayCluster\nspec:\n  headGroupSpec: {}\n",
    "apiVersion: orchestration.aibrix.ai/v1alpha1\nkind: StormService\nspec:\n  template: {spec: {}}\n",
    "apiVersion: orchestration.aibrix.ai/v1alpha1\nkind: RayClusterFleet\nspec: {}\n",
    "kind: RayClusterFleet\nspec:\n  template: {spec: {headGroupSpec: {}}}\n",
  ];

  it("returns null for documents that are not AIBrix Ray cluster fleets", () => {
    for (const source of others) {
      const doc = parseYamlFile("x.yaml", source).documents[0]!;
      expect(adaptAibrix(doc, "x.yaml", "/x.yaml")).toBeNull();
    }
  });

  it("every fleet accepted contains a marker", () => {
    for (const name of readdirSync(FIXTURES)) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      const accepted = documentsOf(name).some((_, i) => adaptFixture(name, i) !== null);
      expect(accepted, name).toBe(AIBRIX_MARKERS.some((m) => text.includes(m)));
    }
  });

  it("never throws on odd values", () => {
    const odd = [
      "apiVersion: orchestration.aibrix.ai/v1alpha1\nkind: RayClusterFleet\nspec:\n  template:\n    spec:\n      headGroupSpec: [1]\n      workerGroupSpecs: [null, 3, {template: 1}, {replicas: [1], template: {spec: {containers: 7}}}]\n",
      "apiVersion: orchestration.aibrix.ai/v1alpha1\nkind: RayClusterFleet\nspec:\n  replicas: {a: 1}\n  template:\n    spec:\n      headGroupSpec: {template: {spec: {containers: [null, {name: [1], args: {a: 1}, resources: {limits: {nvidia.com/gpu: x}}}]}}}\n      workerGroupSpecs: {a: 1}\n",
    ];
    for (const source of odd) {
      const doc = parseYamlFile("x.yaml", source).documents[0]!;
      expect(() => adaptAibrix(doc, "x", "/x")).not.toThrow();
    }
  });
});
