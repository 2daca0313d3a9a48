import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adaptKubernetes, KUBERNETES_KINDS, KUBERNETES_MARKERS } from "../src/adapt/kubernetes.js";
import { gpuLookup } from "../src/catalog/lookups.js";
import { fixtureReader, at } from "./helpers/adapt.js";
import { parseYamlFile} from "../src/parse/yaml-file.js";

const { FIXTURES, documentsOf, adaptFixture, only, adaptText } = fixtureReader(adaptKubernetes, "kubernetes");

describe("adaptKubernetes: fixtures", () => {
  it("reads a vLLM Deployment on an L4 (image entrypoint, args only)", () => {
    const { deployment: d, adaptation } = only("vllm-l4.yaml");
    expect(d.name).toBe("llama-3-1-8b");
    expect(d.file).toBe("manifests/vllm-l4.yaml");
    expect(d.baseDir).toBe(FIXTURES);
    expect(d.format).toBe("kubernetes");
    expect(d.range).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 21 });
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 25, "spec.template.spec.containers[0].args[1] (--model)"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-L4", 19, 'spec.template.spec.nodeSelector["nvidia.com/gpu.product"]']);
    expect(gpuLookup.find(d.gpu!.value)?.id).toBeDefined();
    expect(at(d.gpuCount)).toEqual([1, 43, 'spec.template.spec.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(at(d.contextLength)).toEqual([32768, 27, "spec.template.spec.containers[0].args[3] (--max-model-len)"]);
    expect(at(d.memoryFraction)).toEqual([0.9, 29, "spec.template.spec.containers[0].args[5] (--gpu-memory-utilization)"]);
    expect(d.tensorParallel).toBeUndefined();
    expect(d.pipelineParallel).toBeUndefined();
    expect(d.concurrency).toBeUndefined();
    expect(d.concurrencyIsEngineCap).toBeUndefined();
    expect(d.policy).toEqual({});
    expect(d.hardwareRange?.line).toBe(43);
    // replicas: 2 are copies, each checked alone: nothing of them in the deployment.
    expect(d.gpuCount.value).toBe(1);
    expect(adaptation.notes).toEqual([]);
  });

  it("skips the Service of a multi-document file and reads the SGLang Deployment after it", () => {
    expect(adaptFixture("service-then-sglang.yaml", 0)).toBeNull();
    const { deployment: d, adaptation } = only("service-then-sglang.yaml", 1);
    expect(d.name).toBe("qwen-sglang");
    expect(d.range.line).toBe(16);
    expect(at(d.model)).toEqual(["Qwen/Qwen2.5-7B-Instruct", 38, "spec.template.spec.containers[0].args[1] (--model-path)"]);
    expect(at(d.gpu)?.slice(0, 2)).toEqual(["NVIDIA-A100-SXM4-80GB", 28]);
    expect(at(d.gpuCount)?.slice(0, 2)).toEqual([1, 51]);
    expect(at(d.memoryFraction)?.slice(0, 2)).toEqual([0.85, 44]);
    expect(at(d.contextLength)?.slice(0, 2)).toEqual([16384, 48]);
    expect(at(d.concurrency)).toEqual([128, 46, "spec.template.spec.containers[0].args[9] (--max-running-requests)"]);
    expect(d.concurrencyIsEngineCap).toBe(true);
    expect(adaptation.notes).toEqual([]);
  });

  it("reads a StatefulSet whose sh -c script expands $(MODEL_ID) from env", () => {
    const { deployment: d, adaptation } = only("statefulset-script.yaml");
    expect(d.name).toBe("mistral-vllm");
    expect(d.model.value).toBe("mistralai/Mistral-7B-Instruct-v0.3");
    // Located at the $(MODEL_ID) reference inside the script's second line.
    expect(d.model.range).toEqual({ line: 25, column: 31, endLine: 25, endColumn: 42 });
    expect(d.model.path).toBe("spec.template.spec.containers[0].args[0] (model)");
    expect(at(d.contextLength)).toEqual([8192, 26, "spec.template.spec.containers[0].args[0] (--max-model-len)"]);
    expect(at(d.concurrency)?.slice(0, 2)).toEqual([64, 27]);
    expect(d.concurrencyIsEngineCap).toBe(true);
    expect(at(d.kvCachePrecision)?.slice(0, 2)).toEqual(["fp8", 28]);
    expect(at(d.gpu)?.slice(0, 2)).toEqual(["NVIDIA-A10G", 17]);
    expect(at(d.gpuCount)?.slice(0, 2)).toEqual([1, 37]);
    expect(adaptation.notes).toEqual([]);
  });

  it("reads a TGI Deployment configured by env only, on a GKE L4 node pool with 2 GPUs", () => {
    const { deployment: d, adaptation } = only("tgi-env-gke.yaml");
    expect(d.name).toBe("tgi-gemma");
    expect(at(d.model)?.slice(0, 2)).toEqual(["google/gemma-2-9b-it", 39]);
    expect(at(d.tensorParallel)?.slice(0, 2)).toEqual([2, 37]);
    expect(at(d.contextLength)?.slice(0, 2)).toEqual([8192, 41]);
    expect(at(d.gpu)).toEqual(["nvidia-l4", 55, 'spec.template.spec.nodeSelector["cloud.google.com/gke-accelerator"]']);
    expect(gpuLookup.find("nvidia-l4")?.id).toBe(gpuLookup.find("NVIDIA-L4")?.id);
    expect(at(d.gpuCount)).toEqual([2, 32, 'spec.template.spec.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(adaptation.notes).toEqual([]);
  });

  it("reports tensor parallel 4 with 2 GPUs as written (the mismatch is a rule's job)", () => {
    const { deployment: d, adaptation } = only("tp4-two-gpus.yaml");
    expect(at(d.tensorParallel)).toEqual([4, 23, "spec.template.spec.containers[0].args[1] (--tensor-parallel-size)"]);
    expect(at(d.gpuCount)?.slice(0, 2)).toEqual([2, 28]);
    expect(at(d.model)?.slice(0, 2)).toEqual(["hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4", 22]);
    // The precision is read from the checkpoint name, at the model argument; the reason is dropped.
    expect(d.precision).toEqual({ value: "int4", range: d.model.range, path: "spec.template.spec.containers[0].args[0] (model)" });
    expect(at(d.contextLength)?.slice(0, 2)).toEqual([16384, 24]);
    expect(at(d.concurrency)?.slice(0, 2)).toEqual([32, 25]);
    expect(d.concurrencyIsEngineCap).toBe(true);
    expect(at(d.gpu)?.slice(0, 2)).toEqual(["NVIDIA-L40S", 16]);
    expect(adaptation.notes).toEqual([]);
  });

  it("reads a LeaderWorkerSet as one deployment over the group: size 2 × 8 GPUs on H100 by node affinity", () => {
    const { deployment: d, adaptation } = only("lws-h100.yaml");
    expect(d.name).toBe("vllm-405b");
    expect(at(d.model)?.slice(0, 2)).toEqual(["meta-llama/Meta-Llama-3.1-405B-Instruct", 33]);
    expect(d.model.path).toBe("spec.leaderWorkerTemplate.leaderTemplate.spec.containers[0].command[2] (--model)");
    expect(at(d.tensorParallel)?.slice(0, 2)).toEqual([8, 33]);
    expect(at(d.pipelineParallel)?.slice(0, 2)).toEqual([2, 33]);
    expect(d.gpu!.value).toBe("NVIDIA-H100-80GB-HBM3");
    expect(d.gpu!.range.line).toBe(23);
    expect(d.gpu!.path).toContain("leaderTemplate.spec.affinity.nodeAffinity");
    expect(gpuLookup.find(d.gpu!.value)?.id).toBe("H100-SXM");
    expect(d.gpuCount.value).toBe(16);
    expect(d.gpuCount.range.line).toBe(37);
    expect(d.gpuCount.path).toBe(
      'spec.leaderWorkerTemplate.leaderTemplate.spec.containers[0].resources.limits["nvidia.com/gpu"] × spec.leaderWorkerTemplate.size (2)',
    );
    // $(LWS_GROUP_SIZE) is set by the LeaderWorkerSet controller: no "not defined" problem.
    expect(adaptation.notes).toEqual([]);
  });

  it("without a GPU type, still gives the deployment (no gpu), with a notice at the container", () => {
    const adaptation = adaptFixture("no-gpu-type.yaml");
    expect(adaptation?.deployments).toHaveLength(1);
    const d = adaptation!.deployments[0]!;
    expect(d.gpu).toBeUndefined();
    expect(d.gpuCount.value).toBeGreaterThanOrEqual(1);
    expect(adaptation?.notes).toEqual([
      {
        code: "gpu-type-missing",
        severity: "notice",
        range: { line: 20, column: 17, endLine: 20, endColumn: 21 },
        message:
          "no GPU type is declared: checked for the memory it needs per GPU, not against a GPU; add a nodeSelector nvidia.com/gpu.product, or the annotation llm-physics.dev/gpu: H100-SXM on the object, or map it in .llm-physics.yml gpus: by path or by node label",
      },
    ]);
  });

  it("gives no deployment but a warning when the engine is given no model", () => {
    const adaptation = adaptFixture("no-model.yaml");
    expect(adaptation?.deployments).toEqual([]);
    expect(adaptation?.notes).toHaveLength(1);
    expect(adaptation?.notes[0]?.severity).toBe("warning");
    expect(adaptation?.notes[0]?.range.line).toBe(9);
    expect(adaptation?.notes[0]?.message).toMatch(/^no model found in the engine arguments of container sglang: pass --model-path \(SGLang\)/);
  });

  it("assumes the tensor × pipeline parallel size when no GPU count is declared, with a notice", () => {
    const { deployment: d, adaptation } = only("no-gpu-count.yaml");
    expect(d.name).toBe("trtllm-bench");
    expect(at(d.model)?.slice(0, 2)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 17]);
    expect(at(d.tensorParallel)?.slice(0, 2)).toEqual([2, 19]);
    expect(at(d.contextLength)?.slice(0, 2)).toEqual([8192, 21]);
    expect(at(d.memoryFraction)?.slice(0, 2)).toEqual([0.9, 23]);
    expect(at(d.gpuCount)).toEqual([2, 19, "assumed: tensor × pipeline parallel size"]);
    expect(d.hardwareRange?.line).toBe(11);
    expect(adaptation.notes).toHaveLength(1);
    expect(adaptation.notes[0]).toMatchObject({ severity: "notice", range: { line: 13 } });
    expect(adaptation.notes[0]?.message).toMatch(/^no GPU count is declared for container trtllm: checked as 2 GPUs, the tensor × pipeline parallel size \(2 × 1\)/);
  });

  it("returns null for a workload that runs no engine", () => {
    expect(adaptFixture("nginx.yaml")).toBeNull();
  });
});

describe("KUBERNETES_MARKERS", () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".yaml"));

  it("covers every document the adapter accepts, in every fixture", () => {
    let accepted = 0;
    for (const name of files) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      for (const doc of documentsOf(name)) {
        if (adaptKubernetes(doc, name, join(FIXTURES, name)) === null) continue;
        accepted++;
        expect(KUBERNETES_MARKERS.some((m) => text.includes(m)), name).toBe(true);
      }
    }
    expect(accepted).toBe(10);
  });

  it("leaves out the files with no engine", () => {
    const text = readFileSync(join(FIXTURES, "nginx.yaml"), "utf8");
    expect(KUBERNETES_MARKERS.some((m) => text.includes(m))).toBe(false);
  });

  it("holds for args-only containers in every dash and underscore spelling", () => {
    for (const flag of ["--max_model_len", "--tensor_parallel-size", "-tp", "--served_model_name", "--gpu_memory_utilization"]) {
      const text = `apiVersion: v1
kind: Pod
metadata: {name: p, annotations: {llm-physics.dev/gpu: L4}}
spec:
  containers:
    - name: c
      image: registry.example.com/serving:1
      args: ["${flag}", "4", "/models/x"]
`;
      const result = adaptText(text);
      expect(result, flag).not.toBeNull();
      expect(KUBERNETES_MARKERS.some((m) => text.includes(m)), flag).toBe(true);
    }
  });

  it("is a compact list with no marker inside another", () => {
    for (const m of KUBERNETES_MARKERS) {
      expect(KUBERNETES_MARKERS.filter((o) => o !== m && m.includes(o))).toEqual([]);
    }
    expect(KUBERNETES_MARKERS).toContain("vllm");
    expect(KUBERNETES_MARKERS).toContain("MODEL_ID");
  });
});

describe("adaptKubernetes: kinds and odd documents", () => {
  const pod = (podSpec: string) => `      nodeSelector: {nvidia.com/gpu.product: NVIDIA-L4}
      containers:
${podSpec}`;
  const vllm = `        - name: vllm
          image: vllm/vllm-openai
          args: [--model, Qwen/Qwen2.5-1.5B-Instruct]
          resources: {limits: {nvidia.com/gpu: 1}}`;

  it("lists the kinds it reads", () => {
    expect(KUBERNETES_KINDS).toEqual(["Deployment", "StatefulSet", "Pod", "Job", "LeaderWorkerSet", "DaemonSet", "ReplicaSet", "CronJob"]);
  });

  for (const kind of ["DaemonSet", "ReplicaSet", "Job"]) {
    it(`reads a ${kind} from spec.template.spec`, () => {
      const result = adaptText(`apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: w\nspec:\n  template:\n    spec:\n${pod(vllm)}`);
      expect(result?.deployments[0]?.model.value).toBe("Qwen/Qwen2.5-1.5B-Instruct");
      expect(result?.deployments[0]?.model.path).toBe("spec.template.spec.containers[0].args[1] (--model)");
    });
  }

  it("reads a CronJob from spec.jobTemplate.spec.template.spec", () => {
    const result = adaptText(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          nodeSelector: {nvidia.com/gpu.product: NVIDIA-L4}
          containers:
            - name: vllm
              image: vllm/vllm-openai
              args: [--model, Qwen/Qwen2.5-1.5B-Instruct]
              resources: {limits: {nvidia.com/gpu: 1}}
`);
    expect(result?.deployments[0]?.model.path).toBe("spec.jobTemplate.spec.template.spec.containers[0].args[1] (--model)");
    expect(result?.deployments[0]?.gpuCount.value).toBe(1);
  });

  it("names each deployment by container when a pod runs several engines, each with its own GPUs", () => {
    const result = adaptText(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: pair
spec:
  template:
    spec:
${pod(`        - name: small
          image: vllm/vllm-openai
          args: [--model, Qwen/Qwen2.5-1.5B-Instruct]
          resources: {limits: {nvidia.com/gpu: 1}}
        - name: large
          image: vllm/vllm-openai
          args: [--model, Qwen/Qwen2.5-7B-Instruct, --tensor-parallel-size, "2"]
          resources: {limits: {nvidia.com/gpu: 2}}
        - name: proxy
          image: envoyproxy/envoy:v1.30`)}`);
    expect(result?.deployments.map((d) => [d.name, d.gpuCount.value, d.gpuCount.range.line])).toEqual([
      ["pair/small", 1, 13],
      ["pair/large", 2, 17],
    ]);
    expect(result?.notes).toEqual([]);
  });

  it("reads the LeaderWorkerSet worker template when there is no leader template", () => {
    const result = adaptText(`apiVersion: leaderworkerset.x-k8s.io/v1
kind: LeaderWorkerSet
metadata:
  name: sglang-multi
spec:
  leaderWorkerTemplate:
    size: "4"
    workerTemplate:
      metadata:
        annotations: {llm-physics.dev/gpu: H100-SXM}
      spec:
        containers:
          - name: sglang
            image: lmsysorg/sglang
            command: [sh, -c]
            args:
              - python3 -m sglang.launch_server --model-path deepseek-ai/DeepSeek-V3 --tp 32 --dist-init-addr $(LWS_LEADER_ADDRESS):20000 --nnodes $(LWS_GROUP_SIZE) --node-rank $(LWS_WORKER_INDEX)
            resources: {limits: {nvidia.com/gpu: "8"}}
`);
    const d = result?.deployments[0];
    expect(d?.gpuCount.value).toBe(32);
    expect(d?.tensorParallel?.value).toBe(32);
    expect(d?.gpu!.value).toBe("H100-SXM");
    expect(result?.notes.map((n) => [n.severity, n.range.line, n.message])).toEqual([
      ["warning", 7, 'spec.leaderWorkerTemplate.size is the string "4": Kubernetes expects a number; read as 4'],
    ]);
  });

  it("turns engine problems into warnings, softened to notices when the container has envFrom", () => {
    const text = (envFrom: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations: {llm-physics.dev/gpu: L4}
spec:
  containers:
    - name: vllm
      image: vllm/vllm-openai
      command: [vllm, serve, "$(MODEL)"]${envFrom}
      resources: {limits: {nvidia.com/gpu: 1}}
`;
    const plain = adaptText(text(""));
    // The model is the unresolved $(MODEL): no deployment, a warning on the reference and one at the container.
    expect(plain?.deployments).toEqual([]);
    expect(plain?.notes.map((n) => [n.severity, n.range.line])).toEqual([
      ["warning", 10],
      ["warning", 8],
    ]);
    expect(plain?.notes[0]?.message).toMatch(/^\$\(MODEL\) is not defined in the container's env/);
    expect(plain?.notes[1]?.message).toMatch(/^no model found in the engine arguments of container vllm: a variable in them is not resolved; pass --model/);
    const withEnvFrom = adaptText(text("\n      envFrom: [{configMapRef: {name: model}}]"));
    expect(withEnvFrom?.notes.map((n) => [n.severity, n.range.line])).toEqual([
      ["notice", 10],
      ["notice", 8],
    ]);
    expect(withEnvFrom?.notes[0]?.message).toMatch(/may come from the container's envFrom/);
    expect(withEnvFrom?.notes[1]?.message).toMatch(/\(envFrom is not read\)/);
  });

  it("assumes one GPU, with a notice, when neither a count nor parallelism is declared", () => {
    const result = adaptText(`apiVersion: v1
kind: Pod
metadata: {name: p, annotations: {llm-physics.dev/gpu: L4}}
spec:
  containers:
    - name: vllm
      image: vllm/vllm-openai
      args: [--model, Qwen/Qwen2.5-1.5B-Instruct]
`);
    expect(result?.deployments[0]?.gpuCount).toMatchObject({ value: 1, path: "assumed: 1 GPU" });
    expect(result?.notes.map((n) => n.severity)).toEqual(["notice"]);
    expect(result?.notes[0]?.message).toMatch(/checked as 1 GPU, no GPU count and no parallelism are declared/);
  });

  it("returns null, never throws, on odd documents", () => {
    const odd = [
      "",
      "just a string",
      "- a\n- list",
      "kind: Deployment",
      "kind: Deployment\nspec: 3",
      "kind: Deployment\nspec:\n  template:\n    spec:\n      containers: {vllm: {args: [--model, x]}}",
      "kind: Deployment\nspec:\n  template:\n    spec:\n      containers: [3, null, [--model]]",
      "kind: Pod\nspec:\n  containers:\n    - args: {a: 1}\n      command: vllm serve x",
      "kind: InferenceDeployment\nmetadata: {name: x}\nspec: {model: vllm}",
      "kind: [Deployment]\nspec: {}",
    ];
    for (const text of odd) {
      const file = parseYamlFile("odd.yaml", text);
      for (const doc of file.documents) expect(adaptKubernetes(doc, "odd.yaml", "/odd.yaml"), text).toBeNull();
    }
  });

  it("reads numbers written as numbers, and container names that are not strings", () => {
    const result = adaptText(`apiVersion: v1
kind: Pod
metadata: {name: 42}
spec:
  nodeSelector: {nvidia.com/gpu.product: NVIDIA-L4}
  containers:
    - name: 7
      image: vllm/vllm-openai
      args: [--model, Qwen/Qwen2.5-1.5B-Instruct, --max-model-len, 4096, --tp, 1]
      resources: {limits: {nvidia.com/gpu: 1}}
`);
    const d = result?.deployments[0];
    expect(d?.name).toBe("42");
    expect(d?.contextLength?.value).toBe(4096);
    expect(d?.tensorParallel?.value).toBe(1);
  });

  it("does not read initContainers", () => {
    const result = adaptText(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers:
    - name: warm
      image: vllm/vllm-openai
      command: [vllm, serve, Qwen/Qwen2.5-1.5B-Instruct]
  containers:
    - name: app
      image: busybox
`);
    expect(result).toBeNull();
  });
});

describe("adaptKubernetes: GPU containers without a known engine, MIG, node labels", () => {
  const { adaptText } = fixtureReader(adaptKubernetes, "kubernetes");
  const workload = (containers: string, podExtra = "") => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: w
spec:
  template:
    spec:
${podExtra}      containers:
${containers}`;

  it("a container that asks for GPUs but runs no known engine: a notice on it, no deployment", () => {
    const a = adaptText(workload(`        - name: triton
          image: nvcr.io/nvidia/tritonserver:24.05-py3
          resources:
            limits:
              nvidia.com/gpu: 1
`));
    expect(a).not.toBeNull();
    expect(a!.deployments).toEqual([]);
    expect(a!.notes.map((n) => [n.code, n.severity, n.range.line])).toEqual([["gpu-container-no-engine", "notice", 9]]);
    expect(a!.notes[0]!.message).toMatch(/container triton asks for GPUs .* but runs no engine llm-physics reads, so it is not checked: start the engine/);
    // Without GPUs and without an engine, the workload is not ours.
    expect(adaptText(workload(`        - name: web\n          image: nginx\n`))).toBeNull();
  });

  it("an engine pod's GPU sidecar is noted beside the deployment; MIG and node labels are read", () => {
    const a = adaptText(
      workload(
        `        - name: vllm
          image: vllm/vllm-openai
          args: [--model, Qwen/Qwen2.5-7B-Instruct]
          resources:
            limits:
              nvidia.com/mig-3g.40gb: 1
        - name: probe
          image: my/probe
          resources:
            limits:
              amd.com/gpu: 1
`,
        `      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB
        pool: inference
`,
      ),
    )!;
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    expect(["NVIDIA-A100-SXM4-80GB-MIG-3g.40gb", "A100-80GB-MIG-3g.40gb"]).toContain(d.gpu?.value);
    expect(d.gpuCount.value).toBe(1);
    expect(d.nodeLabels).toEqual({ labels: { "nvidia.com/gpu.product": "NVIDIA-A100-SXM4-80GB", pool: "inference" }, range: expect.objectContaining({ line: 9 }) });
    expect(a.notes.map((n) => n.code)).toContain("gpu-container-no-engine");
  });

  it("the GPU resource names are markers, so the pre-filter lets such files through", () => {
    for (const m of ["nvidia.com/gpu", "amd.com/gpu", "nvidia.com/mig-"]) expect(KUBERNETES_MARKERS).toContain(m);
  });
});
