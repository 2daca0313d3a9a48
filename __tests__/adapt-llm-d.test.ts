import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Adaptation } from "../src/adapt/kit.js";
import { adaptLlmD, LLM_D_MARKERS } from "../src/adapt/llm-d.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";
import { at, fixtureReader } from "./helpers/adapt.js";

const { FIXTURES, adaptFixture, adaptText } = fixtureReader(adaptLlmD, "helm");
const text = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const codes = (a: Adaptation | null) => a!.notes.map((n) => [n.code, n.severity, n.range.line]);

/** A values file with one decode role; `role` and `top` are YAML lines, indented as written. */
function values(role: string[], top: string[] = []): string {
  return [...top, "modelArtifacts:", "  uri: hf://Qwen/Qwen3-32B", "decode:", ...role.map((l) => `  ${l}`), ""].join("\n");
}

const VLLM_SERVE = ["containers:", "  - name: vllm", "    image: ghcr.io/llm-d/llm-d-cuda:v0.3.0", "    modelCommand: vllmServe"];

describe("adaptLlmD: wide expert parallelism over a LeaderWorkerSet", () => {
  it("passes the role's parallelism to a custom command as TP_SIZE, DP_SIZE and DP_SIZE_LOCAL, and counts the group's pods", () => {
    const a = adaptFixture("llm-d-wide-ep.yaml")!;
    // Every $VAR of the script is defined: the chart's and the LeaderWorkerSet's.
    expect(codes(a)).toEqual([["multi-node", "notice", 27]]);
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    expect(d.name).toBe("deepseek-ai/DeepSeek-R1-0528/decode");
    expect(d.format).toBe("llm-d");
    expect(d.range.line).toBe(16);
    expect(at(d.model)).toEqual(["deepseek-ai/DeepSeek-R1-0528", 35, "decode.containers[0].args[0] (model)"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-H200", 22, "decode.acceleratorTypes.labelValues[0]"]);
    // 8 GPUs a pod (the limit, = tensor 1 × dataLocal 8), 2 pods a group.
    expect(at(d.gpuCount)).toEqual([16, 58, 'decode.containers[0].resources.limits["nvidia.com/gpu"] × decode.parallelism.workers (2)']);
    expect(d.hardwareRange?.line).toBe(58);
    // Read from $TP_SIZE, $DP_SIZE, $DP_SIZE_LOCAL in the script: each fact stands at the parallelism value the chart injects it from.
    expect(at(d.tensorParallel)).toEqual([1, 24, "decode.parallelism.tensor (TP_SIZE, set by the chart)"]);
    expect(at(d.dataParallel)).toEqual([16, 25, "decode.parallelism.data (DP_SIZE, set by the chart)"]);
    expect(at(d.dataParallelLocal)).toEqual([8, 26, "decode.parallelism.dataLocal (DP_SIZE_LOCAL, set by the chart)"]);
    expect(d.expertParallel?.value).toBe(16);
    expect(d.expertParallel?.range.line).toBe(38);
    expect(at(d.contextLength)).toEqual([32768, 45, "decode.containers[0].args[0] (--max-model-len)"]);
    expect(d.memoryFraction?.value).toBe(0.92);
    expect(d.nodeLabels?.labels).toEqual({ "nvidia.com/gpu.product": "NVIDIA-H200" });
  });

  it("takes the values of the parallelism, not literals: other sizes reach the engine through the same variables", () => {
    const source = text("llm-d-wide-ep.yaml").replace("tensor: 1", "tensor: 2").replace("data: 16", "data: 8").replace("dataLocal: 8", "dataLocal: 4");
    const a = adaptText(source)!;
    const d = a.deployments[0]!;
    expect(d.tensorParallel?.value).toBe(2);
    expect(d.dataParallel?.value).toBe(8);
    expect(d.dataParallelLocal?.value).toBe(4);
    // The limit of 8 is tensor 2 × dataLocal 4: no mismatch.
    expect(at(d.gpuCount)?.[0]).toBe(16);
    expect(codes(a)).toEqual([["multi-node", "notice", 27]]);
  });

  it("without multinode: a Deployment of single pods, and the LeaderWorkerSet's variables are not set", () => {
    const a = adaptText(text("llm-d-wide-ep.yaml").replace("multinode: true", "multinode: false"))!;
    const d = a.deployments[0]!;
    expect(at(d.gpuCount)).toEqual([8, 58, 'decode.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(codes(a)).toEqual([
      ["env-var-unset", "warning", 42],
      ["chart-values-invalid", "warning", 27],
    ]);
  });

  it("without workers: derived as data ÷ dataLocal, with a notice that the chart's values.yaml sets workers: 1 since v0.3.14", () => {
    const a = adaptText(text("llm-d-wide-ep.yaml").replace("    workers: 2\n", ""))!;
    const d = a.deployments[0]!;
    expect(at(d.gpuCount)).toEqual([16, 57, 'decode.containers[0].resources.limits["nvidia.com/gpu"] × decode.parallelism (workers = data ÷ dataLocal) (2)']);
    expect(codes(a)).toEqual([
      ["chart-default", "notice", 23],
      ["multi-node", "notice", 23],
    ]);
  });

  it("without parallelism: the chart injects 1s, and a GPU limit above tensor × dataLocal is kept with a warning", () => {
    const source = text("llm-d-wide-ep.yaml").replace(/ {2}parallelism:\n( {4}\w+: \d+\n)+/, "");
    const a = adaptText(source)!;
    const d = a.deployments[0]!;
    expect(d.tensorParallel?.value).toBe(1);
    expect(d.dataParallel).toBeUndefined();
    expect(at(d.gpuCount)).toEqual([8, 53, 'decode.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(codes(a)).toEqual([["value-overridden", "warning", 53]]);
  });

  it("a variable the container's env also sets is the chart's: it is appended after, and the later one wins", () => {
    const source = text("llm-d-wide-ep.yaml").replace("      env:\n", '      env:\n        - name: DP_SIZE_LOCAL\n          value: "4"\n');
    const a = adaptText(source)!;
    expect(a.deployments[0]!.dataParallelLocal?.value).toBe(8);
    expect(codes(a)).toContainEqual(["value-overridden", "warning", 50]);
  });

  it("a custom command that does not pass the parallelism runs with its own flags, with a warning at the size it leaves out", () => {
    const source = text("llm-d-wide-ep.yaml")
      .replace("--tensor-parallel-size $TP_SIZE", "--tensor-parallel-size 2")
      .replace("            --data-parallel-size-local $DP_SIZE_LOCAL \\\n", "");
    const a = adaptText(source)!;
    const d = a.deployments[0]!;
    expect(at(d.tensorParallel)).toEqual([2, 39, "decode.containers[0].args[0] (--tensor-parallel-size)"]);
    expect(d.dataParallelLocal).toBeUndefined();
    expect(codes(a)).toEqual([
      ["value-overridden", "warning", 39],
      ["chart-values-invalid", "warning", 26],
      ["multi-node", "notice", 27],
    ]);
  });
});

describe("adaptLlmD: prefill/decode disaggregation with modelCommand vllmServe", () => {
  it("reads each role with its own tensor parallelism, the count from the parallelism or the limit", () => {
    const a = adaptFixture("llm-d-pd.yaml")!;
    expect(a.notes).toEqual([]);
    expect(a.deployments.map((d) => d.name)).toEqual(["meta-llama/Llama-3.1-70B-Instruct/decode", "meta-llama/Llama-3.1-70B-Instruct/prefill"]);
    const [decode, prefill] = a.deployments;
    expect(at(decode!.model)).toEqual(["meta-llama/Llama-3.1-70B-Instruct", 6, "modelArtifacts.uri"]);
    expect(at(decode!.gpu)).toEqual(["H200", 29, "decode.acceleratorTypes.labelValues[0]"]);
    // No GPU limit: the chart writes tensor × dataLocal into the container's resources.
    expect(at(decode!.gpuCount)).toEqual([4, 24, "decode.parallelism (tensor × dataLocal = 4 × 1, the chart's nvidia.com/gpu limit)"]);
    expect(decode!.hardwareRange?.line).toBe(24);
    // The chart's --tensor-parallel-size stands for the value it is written from.
    expect(at(decode!.tensorParallel)).toEqual([4, 25, "decode.parallelism.tensor"]);
    expect(decode!.tensorParallel?.via).toEqual({ key: "tensor" });
    expect(at(decode!.contextLength)).toEqual([32768, 40, "decode.containers[0].args[5] (--max-model-len)"]);
    expect(decode!.nodeLabels?.labels).toEqual({ "gpu.nvidia.com/model": "H200" });

    expect(at(prefill!.gpu)).toEqual(["H200", 68, "prefill.acceleratorTypes.labelValues[0]"]);
    expect(at(prefill!.gpuCount)).toEqual([2, 89, 'prefill.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(at(prefill!.tensorParallel)).toEqual([2, 64, "prefill.parallelism.tensor"]);
    expect(at(prefill!.memoryFraction)).toEqual([0.95, 81, "prefill.containers[0].args[7] (--gpu-memory-utilization)"]);
  });

  it("writes --data-parallel-size and --data-parallel-size-local from the parallelism, as the chart does above 1", () => {
    const a = adaptText(values(["parallelism:", "  tensor: 2", "  data: 8", "  dataLocal: 4", "  workers: 2", ...VLLM_SERVE], ["multinode: true"]))!;
    const d = a.deployments[0]!;
    expect(at(d.dataParallel)).toEqual([8, 7, "decode.parallelism.data"]);
    expect(at(d.dataParallelLocal)).toEqual([4, 8, "decode.parallelism.dataLocal"]);
    expect(at(d.tensorParallel)).toEqual([2, 6, "decode.parallelism.tensor"]);
    expect(at(d.gpuCount)).toEqual([16, 5, "decode.parallelism (tensor × dataLocal = 2 × 4, the chart's nvidia.com/gpu limit) × decode.parallelism.workers (2)"]);
    expect(codes(a)).toEqual([
      ["multi-node", "notice", 9],
      ["gpu-type-missing", "notice", 4],
    ]);
  });

  it("the container's args come after the chart's flags: a different --tensor-parallel-size wins, with a warning", () => {
    const a = adaptText(values(["parallelism:", "  tensor: 2", ...VLLM_SERVE, '    args: ["--tensor-parallel-size", "4"]']))!;
    const d = a.deployments[0]!;
    expect(at(d.tensorParallel)).toEqual([4, 10, "decode.containers[0].args[1] (--tensor-parallel-size)"]);
    expect(at(d.gpuCount)?.[0]).toBe(2);
    expect(codes(a)).toContainEqual(["value-overridden", "warning", 10]);
  });

  it("reads a role's nodeSelector and an imageDefault container, the model from the chart's uri template", () => {
    const a = adaptFixture("llm-d-node-selector.yaml")!;
    expect(a.notes).toEqual([]);
    const d = a.deployments[0]!;
    expect(d.name).toBe("meta-llama/Llama-3.1-8B-Instruct/decode");
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 5, "modelArtifacts.name"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-L4", 20, 'decode.nodeSelector["nvidia.com/gpu.product"]']);
    expect(at(d.gpuCount)).toEqual([1, 33, 'decode.containers[0].resources.limits["nvidia.com/gpu"]']);
    // Tensor 1: the chart writes no --tensor-parallel-size.
    expect(d.tensorParallel).toBeUndefined();
    expect(at(d.contextLength)).toEqual([8192, 28, "decode.containers[0].args[1] (--max-model-len)"]);
    expect(at(d.concurrency)).toEqual([32, 30, "decode.containers[0].args[3] (--max-num-seqs)"]);
    expect(d.nodeLabels?.labels).toEqual({ "nvidia.com/gpu.product": "NVIDIA-L4", "cloud.google.com/gke-nodepool": "l4-pool" });
  });
});

describe("adaptLlmD: what the chart does with values left out or refused", () => {
  it("a container without modelCommand is custom, which needs a command: the chart fails", () => {
    const a = adaptText(values(["containers:", "  - name: vllm", "    image: x", '    args: ["--max-model-len", "4096"]']))!;
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["chart-values-invalid", "warning", 5]]);
    const bogus = adaptText(values(["containers:", "  - name: vllm", "    modelCommand: serve", '    command: ["vllm", "serve", "Qwen/Qwen3-32B"]']))!;
    expect(bogus.deployments).toHaveLength(1);
    expect(codes(bogus)[0]).toEqual(["chart-values-invalid", "warning", 6]);
  });

  it("a prefill role without replicas has the chart's 0; a role without containers runs the simulator", () => {
    const source = [
      "modelArtifacts:",
      "  uri: hf://Qwen/Qwen3-32B",
      "decode:",
      "  replicas: 1",
      "prefill:",
      "  parallelism: {tensor: 2}",
      ...VLLM_SERVE.map((l) => `  ${l}`),
      "",
    ].join("\n");
    const a = adaptText(source)!;
    expect(a.deployments.map((d) => d.name)).toEqual(["Qwen/Qwen3-32B/prefill"]);
    expect(codes(a)).toEqual([
      ["chart-default", "notice", 3],
      ["chart-default", "notice", 5],
      ["gpu-type-missing", "notice", 5],
    ]);
    const sim = adaptText(values(["containers:", "  - name: vllm", "    image: ghcr.io/llm-d/llm-d-inference-sim:v0.4.0", "    modelCommand: imageDefault"]))!;
    expect(sim.deployments).toEqual([]);
    expect(codes(sim)).toEqual([["engine-args-not-read", "notice", 6]]);
  });

  it("data not a multiple of dataLocal makes the chart fail; a size that is not a number is not used", () => {
    const a = adaptText(values(["parallelism: {data: 6, dataLocal: 4}", ...VLLM_SERVE], ["multinode: true"]))!;
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["chart-values-invalid", "warning", 5]]);
    const odd = adaptText(values(["parallelism: {tensor: two}", ...VLLM_SERVE]))!;
    expect(odd.deployments[0]!.tensorParallel).toBeUndefined();
    expect(codes(odd)).toContainEqual(["not-whole-number", "warning", 4]);
  });

  it("acceleratorTypes without labelKey selects nothing; selectors that disagree, and extraConfig affinity", () => {
    const noKey = adaptText(values(["acceleratorTypes:", "  labelValues: [NVIDIA-H100-80GB-HBM3]", ...VLLM_SERVE]))!;
    expect(noKey.deployments[0]!.gpu).toBeUndefined();
    expect(codes(noKey)).toEqual([
      ["chart-values-invalid", "warning", 5],
      ["gpu-type-missing", "notice", 3],
    ]);
    const both = adaptText(
      values(["acceleratorTypes:", "  labelKey: nvidia.com/gpu.product", "  labelValues: [NVIDIA-H100-80GB-HBM3]", "nodeSelector:", "  nvidia.com/gpu.product: NVIDIA-L4", ...VLLM_SERVE]),
    )!;
    expect(at(both.deployments[0]!.gpu)).toEqual(["NVIDIA-H100-80GB-HBM3", 6, "decode.acceleratorTypes.labelValues[0]"]);
    expect(codes(both)).toEqual([["gpu-selectors-disagree", "notice", 6]]);
    const affinity = adaptText(
      values([
        "extraConfig:",
        "  affinity:",
        "    nodeAffinity:",
        "      requiredDuringSchedulingIgnoredDuringExecution:",
        "        nodeSelectorTerms:",
        "          - matchExpressions:",
        "              - {key: nvidia.com/gpu.product, operator: In, values: [NVIDIA-A100-SXM4-80GB]}",
        ...VLLM_SERVE,
      ]),
    )!;
    expect(affinity.deployments[0]!.gpu?.value).toBe("NVIDIA-A100-SXM4-80GB");
    expect(affinity.deployments[0]!.gpu?.range.line).toBe(10);
    expect(affinity.notes).toEqual([]);
  });

  it("reads the model from hf://, pvc+hf:// and the uri template; a pvc:// model from the name", () => {
    const model = (artifacts: string[]) => {
      const a = adaptText(["modelArtifacts:", ...artifacts.map((l) => `  ${l}`), "decode:", ...VLLM_SERVE.map((l) => `  ${l}`), ""].join("\n"))!;
      return { model: a.deployments[0]?.model.value, codes: codes(a).map((c) => c[0]) };
    };
    expect(model(["uri: pvc+hf://model-cache/hub/Qwen/Qwen3-8B"])).toEqual({ model: "Qwen/Qwen3-8B", codes: ["gpu-type-missing"] });
    expect(model(["name: Qwen/Qwen3-8B"])).toEqual({ model: "Qwen/Qwen3-8B", codes: ["gpu-type-missing"] });
    expect(model(["uri: pvc://models/qwen3", "name: Qwen/Qwen3-8B"])).toEqual({ model: "Qwen/Qwen3-8B", codes: ["model-from-served-name", "gpu-type-missing"] });
    expect(model(['uri: "hf://{{ .Values.modelArtifacts.name }}"'])).toEqual({ model: undefined, codes: ["model-missing"] });
  });

  it("a custom command names its own model; without one, the model the chart downloads is checked, with a notice", () => {
    const own = adaptText(["modelArtifacts: {}", "decode:", "  containers:", "    - name: vllm", '      command: ["vllm", "serve", "Qwen/Qwen3-8B"]', ""].join("\n"))!;
    expect(at(own.deployments[0]!.model)).toEqual(["Qwen/Qwen3-8B", 5, "decode.containers[0].command[2] (model)"]);
    expect(codes(own)).toEqual([["gpu-type-missing", "notice", 2]]);
    const none = adaptText(values(["containers:", "  - name: vllm", '    command: ["/bin/sh", "-c", "vllm serve $MODEL --port 8000"]']))!;
    expect(at(none.deployments[0]!.model)).toEqual(["Qwen/Qwen3-32B", 2, "modelArtifacts.uri"]);
    expect(codes(none)).toEqual([
      ["env-var-unset", "warning", 6],
      ["model-unresolved", "notice", 5],
      ["gpu-type-missing", "notice", 3],
    ]);
  });

  it("a CPU role is not checked; a container that runs no engine is said so", () => {
    const cpu = adaptText(values([...VLLM_SERVE], ["accelerator:", "  type: cpu"]))!;
    expect(cpu.deployments).toEqual([]);
    expect(codes(cpu)).toEqual([["not-modelled", "notice", 5]]);
    const none = adaptText(values(["containers:", "  - name: app", '    command: ["python", "app.py"]']))!;
    expect(none.deployments).toEqual([]);
    expect(codes(none)).toEqual([["gpu-container-no-engine", "notice", 5]]);
  });
});

describe("adaptLlmD: null cases and markers", () => {
  it("returns null for documents that are not llm-d values, and for values with no role created", () => {
    for (const source of ["servingEngineSpec:\n  modelSpec: []\n", "modelArtifacts: hf://x/y\ndecode: {}\n", "modelArtifacts: {uri: hf://x/y}\n", "modelArtifacts: {uri: hf://x/y}\ndecode: {create: false}\n", "- a\n"]) {
      expect(adaptText(source), source).toBeNull();
    }
  });

  it("every fixture it accepts contains a marker", () => {
    for (const name of ["llm-d-modelservice.yaml", "llm-d-wide-ep.yaml", "llm-d-pd.yaml", "llm-d-node-selector.yaml"]) {
      expect(adaptFixture(name)).not.toBeNull();
      expect(LLM_D_MARKERS.some((m) => text(name).includes(m))).toBe(true);
    }
    expect(adaptFixture("production-stack.yaml")).toBeNull();
  });

  it("never throws on odd values", () => {
    const odd = [
      "modelArtifacts: {uri: [1]}\ndecode: {containers: [1, null, {}], parallelism: x}\n",
      "modelArtifacts: {name: 3}\nmultinode: {}\ndecode: {parallelism: {tensor: -1, data: 1.5, workers: [2]}, acceleratorTypes: 3, nodeSelector: [1], containers: [{modelCommand: [1], command: 3, env: 4, args: {a: 1}}]}\n",
      "modelArtifacts: {uri: 'hf://{{ .Values.other }}'}\naccelerator: {type: [1], resources: 2}\nprefill: {extraConfig: {affinity: 1}, containers: [{modelCommand: vllmServe, resources: {limits: {nvidia.com/gpu: x}}}]}\n",
    ];
    for (const source of odd) {
      const doc = parseYamlFile("x.yaml", source).documents[0]!;
      expect(() => adaptLlmD(doc, "x", "/x"), source).not.toThrow();
    }
  });
});
