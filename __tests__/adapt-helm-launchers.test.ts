import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { adaptDstack, DSTACK_MARKERS } from "../src/adapt/dstack.js";
import type { Adaptation } from "../src/adapt/kit.js";
import type { Deployment } from "../src/base/deployment.js";
import { adaptLlmD, LLM_D_MARKERS } from "../src/adapt/llm-d.js";
import { adaptProductionStack, PRODUCTION_STACK_MARKERS } from "../src/adapt/production-stack.js";
import { adaptSkyPilot, SKYPILOT_MARKERS } from "../src/adapt/skypilot.js";
import { gpuLookup } from "../src/catalog/lookups.js";
import { at } from "./helpers/adapt.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
type Adapter = typeof adaptProductionStack;

/** The readers of this file, with their markers. */
const READERS: Array<[string, Adapter, readonly string[]]> = [
  ["production-stack", adaptProductionStack, PRODUCTION_STACK_MARKERS],
  ["llm-d", adaptLlmD, LLM_D_MARKERS],
  ["skypilot", adaptSkyPilot, SKYPILOT_MARKERS],
  ["dstack", adaptDstack, DSTACK_MARKERS],
];

function text(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

function adaptFile(adapter: Adapter, name: string): Adaptation | null {
  const file = parseYamlFile(name, text(name));
  expect(file.findings).toEqual([]);
  return adapter(file.documents[0]!, name, join(FIXTURES, name));
}

function adaptText(adapter: Adapter, source: string): Adaptation | null {
  const file = parseYamlFile("inline.yaml", source);
  expect(file.findings).toEqual([]);
  return adapter(file.documents[0]!, "inline.yaml", "/repo/inline.yaml");
}


describe("adaptProductionStack: vLLM production stack", () => {
  it("reads one deployment per modelSpec entry, located on the values", () => {
    const a = adaptFile(adaptProductionStack, "helm/production-stack.yaml")!;
    expect(a.notes).toEqual([]);
    expect(a.deployments.map((d) => d.name)).toEqual(["llama3-8b", "llama3-70b"]);
    const [small, big] = a.deployments;
    expect(small!.format).toBe("production-stack");
    expect(small!.baseDir).toBe(join(FIXTURES, "helm"));
    expect(small!.range.line).toBe(5);
    expect(at(small!.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 8, "servingEngineSpec.modelSpec[0].modelURL"]);
    expect(at(small!.gpu)).toEqual(["NVIDIA-L4", 24, "servingEngineSpec.modelSpec[0].nodeSelectorTerms[0].matchExpressions[0].values[0]"]);
    expect(gpuLookup.find(small!.gpu!.value)?.id).toBeDefined();
    expect(at(small!.gpuCount)).toEqual([1, 12, "servingEngineSpec.modelSpec[0].requestGPU"]);
    expect(at(small!.contextLength)).toEqual([8192, 16, "servingEngineSpec.modelSpec[0].vllmConfig.maxModelLen"]);
    expect(at(small!.memoryFraction)).toEqual([0.9, 18, "servingEngineSpec.modelSpec[0].vllmConfig.extraArgs[2] (--gpu-memory-utilization)"]);
    expect(at(small!.precision)).toEqual(["bf16", 17, "servingEngineSpec.modelSpec[0].vllmConfig.dtype"]);
    expect(small!.concurrency).toBeUndefined();

    expect(at(big!.model)).toEqual(["meta-llama/Llama-3.1-70B-Instruct", 28, "servingEngineSpec.modelSpec[1].modelURL"]);
    expect(at(big!.gpuCount)).toEqual([1, 30, "servingEngineSpec.modelSpec[1].requestGPU"]);
    expect(at(big!.contextLength)).toEqual([32768, 32, "servingEngineSpec.modelSpec[1].vllmConfig.maxModelLen"]);
    expect(at(big!.concurrency)).toEqual([64, 34, "servingEngineSpec.modelSpec[1].vllmConfig.maxNumSeqs"]);
    expect(big!.concurrencyIsEngineCap).toBe(true);
    expect(at(big!.tensorParallel)).toEqual([1, 37, "servingEngineSpec.modelSpec[1].vllmConfig.extraArgs[1] (--tensor-parallel-size)"]);
  });

  it("says how to declare a missing GPU type, and notes a MIG resource", () => {
    // requestGPUType nvidia.com/mig-4g.71gb: requestGPU MIG devices of that profile; no label names their GPU.
    const a = adaptFile(adaptProductionStack, "helm/no-gpu-type.yaml")!;
    expect(a.deployments).toHaveLength(1);
    expect(at(a.deployments[0]!.gpu)).toEqual(["mig-4g.71gb", 9, "servingEngineSpec.modelSpec[0].requestGPUType (MIG 4g.71gb)"]);
    expect(a.deployments[0]!.gpuCount.value).toBe(1);
    expect(a.notes.map((n) => [n.code, n.severity, n.range.line])).toEqual([["gpu-mig-parent-assumed", "notice", 9]]);
    const typeless = adaptText(adaptProductionStack, "servingEngineSpec:\n  modelSpec:\n  - name: opt125m\n    modelURL: facebook/opt-125m\n    requestGPU: 1\n")!;
    expect(typeless.deployments).toHaveLength(1);
    expect(typeless.deployments[0]!.gpu).toBeUndefined();
    expect(typeless.notes[0]!.message).toMatch(/no GPU type is declared for modelSpec opt125m: it is checked for the memory it needs per GPU.*add nodeSelectorTerms .*nvidia\.com\/gpu\.product.*\.llm-physics\.yml gpus:/);
  });

  it("picks the smallest of several selected GPUs, assumes the count from the parallelism, warns on a model name in requestGPUType", () => {
    const a = adaptText(
      adaptProductionStack,
      [
        "servingEngineSpec:",
        "  modelSpec:",
        "  - name: a",
        "    modelURL: Qwen/Qwen2.5-7B-Instruct",
        "    vllmConfig:",
        "      tensorParallelSize: 2",
        "    nodeSelectorTerms:",
        "    - matchExpressions:",
        "      - key: nvidia.com/gpu.product",
        "        operator: In",
        "        values: [NVIDIA-H100-80GB-HBM3, NVIDIA-L4]",
        "  - name: b",
        "    modelURL: Qwen/Qwen2.5-7B-Instruct",
        "    requestGPU: 1",
        "    requestGPUType: H100",
        "",
      ].join("\n"),
    )!;
    const [x, y] = a.deployments;
    expect(at(x!.gpu)?.[0]).toBe("NVIDIA-L4");
    expect(at(x!.gpuCount)).toEqual([2, 6, "assumed: tensor × pipeline parallel size"]);
    expect(at(y!.gpu)).toEqual(["H100", 15, "servingEngineSpec.modelSpec[1].requestGPUType"]);
    const messages = a.notes.map((n) => n.message);
    // The one least-memory wording of gpu-declaration.ts, the chosen GPU first.
    expect(messages).toContain(
      "servingEngineSpec.modelSpec[0].nodeSelectorTerms nvidia.com/gpu.product allows NVIDIA-L4, NVIDIA-H100-80GB-HBM3: checked as NVIDIA-L4, the one with the least memory; NVIDIA-H100-80GB-HBM3 is not checked",
    );
    expect(messages.some((m) => /no GPU count is declared for a: checked as 2 GPUs.*set requestGPU/.test(m))).toBe(true);
    expect(a.notes.find((n) => n.message.includes("not a GPU model"))?.severity).toBe("warning");
  });

  it("warns about an entry without modelURL", () => {
    const a = adaptText(adaptProductionStack, "servingEngineSpec:\n  modelSpec:\n  - name: x\n    requestGPU: 1\n")!;
    expect(a.deployments).toEqual([]);
    expect(a.notes[0]).toMatchObject({ severity: "warning", range: { line: 3 } });
    expect(a.notes[0]!.message).toMatch(/has no modelURL/);
  });
});

describe("adaptLlmD: llm-d modelservice", () => {
  it("reads the decode role from modelArtifacts.uri, parallelism, container args and acceleratorTypes", () => {
    const a = adaptFile(adaptLlmD, "helm/llm-d-modelservice.yaml")!;
    expect(a.notes).toEqual([]);
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    expect(d.name).toBe("Qwen/Qwen3-32B/decode");
    expect(at(d.model)).toEqual(["Qwen/Qwen3-32B", 3, "modelArtifacts.uri"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-H100-80GB-HBM3", 16, "decode.acceleratorTypes.labelValues[0]"]);
    expect(at(d.gpuCount)).toEqual([2, 28, 'decode.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(at(d.tensorParallel)).toEqual([2, 12, "decode.parallelism.tensor"]);
    expect(at(d.contextLength)).toEqual([16384, 23, "decode.containers[0].args[1] (--max-model-len)"]);
  });
});

describe("adaptSkyPilot: SkyPilot", () => {
  it("reads the run script with envs, the first accelerator alternative and SKYPILOT_NUM_GPUS_PER_NODE", () => {
    const a = adaptFile(adaptSkyPilot, "launchers/skypilot-vllm.yaml")!;
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    expect(d.format).toBe("skypilot");
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-70B-Instruct", 16, "run (model)"]);
    expect(at(d.gpu)).toEqual(["H100", 7, "resources.accelerators.H100:8"]);
    expect(d.gpuCount.value).toBe(8);
    expect(at(d.tensorParallel)?.slice(0, 2)).toEqual([8, 17]);
    expect(at(d.contextLength)).toEqual([16384, 18, "run (--max-model-len)"]);
    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]).toMatchObject({ severity: "notice", range: { line: 7 } });
    expect(a.notes[0]!.message).toMatch(/checked on the first, H100:8; the others \(A100-80GB:8\)/);
  });

  it("reads an SGLang run line", () => {
    const d = adaptFile(adaptSkyPilot, "launchers/skypilot-sglang.yaml")!.deployments[0]!;
    expect(d.name).toBe("sglang-llama");
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 6, "run (--model-path)"]);
    expect(at(d.gpu)).toEqual(["L4", 3, "resources.accelerators"]);
    expect(d.gpuCount.value).toBe(1);
    expect(d.contextLength?.value).toBe(8192);
  });

  it("says how to declare a missing accelerator; multiplies by num_nodes", () => {
    const none = adaptText(adaptSkyPilot, "run: vllm serve Qwen/Qwen2.5-7B-Instruct\n")!;
    expect(none.deployments).toHaveLength(1);
    expect(none.deployments[0]!.gpu).toBeUndefined();
    expect(none.deployments[0]!.gpuCount).toMatchObject({ value: 1, via: { assumed: true } });
    expect(none.notes[0]).toMatchObject({ code: "gpu-type-missing", severity: "notice" });
    expect(none.notes[0]!.message).toMatch(/add resources.accelerators/);
    const two = adaptText(adaptSkyPilot, "num_nodes: 2\nresources:\n  accelerators: H100:8\nrun: vllm serve m/x -tp 8 -pp 2\n")!;
    expect(at(two.deployments[0]!.gpuCount)).toEqual([16, 3, "resources.accelerators × num_nodes (2)"]);
  });
});

describe("adaptDstack: dstack", () => {
  it("notes a gpu given by memory only (DSTACK_GPUS_NUM is then unknown)", () => {
    const a = adaptFile(adaptDstack, "launchers/dstack-service.yaml")!;
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    expect(d.gpu).toBeUndefined();
    expect(at(d.gpuMemoryBytes)).toEqual([24 * 2 ** 30, 16, "resources.gpu (24GB)"]);
    expect(a.notes.map((n) => [n.code, n.severity, n.range.line])).toEqual([
      ["env-var-unset", "warning", 11],
      ["gpu-memory-only", "notice", 16],
    ]);
    expect(a.notes[0]!.message).toMatch(/\$DSTACK_GPUS_NUM is not set in env/);
    expect(a.notes[1]!.message).toMatch(/resources.gpu 24GB asks for GPU memory, not a GPU model/);
  });

  it("reads env list, commands and resources.gpu name:count", () => {
    const source = text("launchers/dstack-service.yaml").replace("gpu: 24GB", "gpu: A100:80GB:2");
    const a = adaptText(adaptDstack, source)!;
    const d = a.deployments[0]!;
    expect(d.format).toBe("dstack");
    expect(d.name).toBe("llama31");
    expect(at(d.model)?.slice(0, 2)).toEqual(["meta-llama/Meta-Llama-3.1-8B-Instruct", 11]);
    expect(at(d.gpu)).toEqual(["A100-80GB", 16, "resources.gpu"]);
    expect(d.gpuCount.value).toBe(2);
    expect(d.tensorParallel?.value).toBe(2);
    expect(d.contextLength?.value).toBe(4096);
    expect(a.notes).toEqual([]);
  });

  it("reads TGI with an env map and gpu {name, memory, count}", () => {
    const d = adaptFile(adaptDstack, "launchers/dstack-tgi.yaml")!.deployments[0]!;
    expect(at(d.model)).toEqual(["mistralai/Mixtral-8x7B-Instruct-v0.1", 4, "env MODEL_ID"]);
    expect(at(d.gpu)?.slice(0, 2)).toEqual(["A100-80GB", 14]);
    expect(d.gpuCount.value).toBe(2);
    expect(d.tensorParallel?.value).toBe(2);
  });

  it("falls back to the model: field with a notice", () => {
    const a = adaptText(adaptDstack, "type: service\ncommands:\n  - vllm serve --port 8000\nmodel: Qwen/Qwen2.5-7B-Instruct\nresources:\n  gpu: L4:1\n")!;
    expect(at(a.deployments[0]!.model)).toEqual(["Qwen/Qwen2.5-7B-Instruct", 4, "model"]);
    expect(a.notes[0]).toMatchObject({ severity: "notice", range: { line: 4 } });
  });
});

describe("adaptDstack: replica groups and NIM images", () => {
  const codes = (a: Adaptation) => a.notes.map((n) => [n.code, n.severity, n.range.line]);

  it("reads each replica group of a prefill/decode service as its own deployment, the router group as none", () => {
    const a = adaptFile(adaptDstack, "launchers/dstack-pd-h100.yaml")!;
    expect(a.deployments.map((d) => d.name)).toEqual(["llama-pd/prefill", "llama-pd/decode"]);
    const [prefill, decode] = a.deployments as [Deployment, Deployment];
    expect(prefill.format).toBe("dstack");
    expect(prefill.range.line).toBe(26);
    expect(at(prefill.model)?.slice(0, 2)).toEqual(["meta-llama/Llama-3.1-70B-Instruct", 34]);
    expect(at(prefill.gpu)).toEqual(["H100-SXM", 42, "replicas[1].resources.gpu"]);
    expect(gpuLookup.find(prefill.gpu!.value)?.id).toBe("H100-SXM");
    expect(at(prefill.gpuCount)).toEqual([4, 42, "replicas[1].resources.gpu"]);
    // $DSTACK_GPUS_NUM is the group's own GPUs.
    expect(at(prefill.tensorParallel)).toEqual([4, 38, "replicas[1].commands[0] (--tp)"]);
    expect(at(prefill.contextLength)).toEqual([32768, 39, "replicas[1].commands[0] (--context-length)"]);
    expect(decode.range.line).toBe(44);
    expect(at(decode.gpuCount)).toEqual([8, 60, "replicas[2].resources.gpu"]);
    expect(at(decode.tensorParallel)).toEqual([8, 55, "replicas[2].commands[0] (--tp)"]);
    expect(at(decode.concurrency)).toEqual([128, 57, "replicas[2].commands[0] (--max-running-requests)"]);
    // One notice per role, naming the other; the router on CPUs is no deployment and no notice.
    expect(codes(a)).toEqual([
      ["disaggregated-role", "notice", 26],
      ["disaggregated-role", "notice", 44],
    ]);
    expect(a.notes[0]!.message).toContain("llama-pd, served together with replica group decode");
  });

  it("reads the groups: form, names unnamed groups by position, and a group's memory-only GPU", () => {
    const a = adaptFile(adaptDstack, "launchers/dstack-groups-pools.yaml")!;
    expect(a.deployments.map((d) => d.name)).toEqual(["r1-distill-pools/0", "r1-distill-pools/1"]);
    const [first, second] = a.deployments as [Deployment, Deployment];
    expect(first.range.line).toBe(10);
    expect(at(first.model)).toEqual(["deepseek-ai/DeepSeek-R1-Distill-Llama-8B", 17, "groups[0].commands[0] (--model-path)"]);
    expect(at(first.gpu)).toEqual(["L40S", 21, "groups[0].resources.gpu"]);
    expect(first.gpuCount.value).toBe(1);
    expect(at(first.contextLength)).toEqual([16384, 18, "groups[0].commands[0] (--context-length)"]);
    expect(second.gpu).toBeUndefined();
    expect(at(second.gpuMemoryBytes)).toEqual([24 * 2 ** 30, 34, "groups[1].resources.gpu (24GB)"]);
    // Pools of one model are no roles: no disaggregated-role notice.
    expect(codes(a)).toEqual([["gpu-memory-only", "notice", 34]]);
  });

  it("reads a NIM image without commands: the model from the image, NIM_* from env, the GPU from resources", () => {
    const a = adaptFile(adaptDstack, "launchers/dstack-nim.yaml")!;
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    expect(d.name).toBe("llama31-nim");
    expect(at(d.model)).toEqual(["llama-3.1-8b-instruct", 6, "image"]);
    expect(at(d.gpu)).toEqual(["L40S", 23, "resources.gpu"]);
    expect(at(d.gpuCount)).toEqual([1, 23, "resources.gpu"]);
    expect(at(d.contextLength)).toEqual([16384, 9, "env[1] (NIM_MAX_MODEL_LEN)"]);
    expect(d.contextLength?.via).toEqual({ env: "NIM_MAX_MODEL_LEN" });
    expect(at(d.tensorParallel)).toEqual([1, 10, "env[2] (NIM_MODEL_PROFILE: tp1)"]);
    expect(at(d.precision)).toEqual(["bf16", 10, "env[2] (NIM_MODEL_PROFILE: bf16)"]);
    // NGC_API_KEY, given when the run starts, is no fact: nothing to tell.
    expect(a.notes).toEqual([]);
  });

  it("reads the model-free llm-nim image from NIM_MODEL_NAME, else from model:; a NIM image with commands runs them instead", () => {
    const nim = (env: string, extra = "") => `type: service\nname: any\nimage: nvcr.io/nim/nvidia/llm-nim:1.12\nenv:\n${env}${extra}resources:\n  gpu: H100:2\n`;
    const hf = adaptText(adaptDstack, nim("  - NIM_MODEL_NAME=hf://Qwen/Qwen2.5-7B-Instruct\n  - NIM_TENSOR_PARALLEL_SIZE=2\n"))!;
    expect(at(hf.deployments[0]!.model)).toEqual(["Qwen/Qwen2.5-7B-Instruct", 5, "env[0] (NIM_MODEL_NAME)"]);
    expect(at(hf.deployments[0]!.tensorParallel)).toEqual([2, 6, "env[1] (NIM_TENSOR_PARALLEL_SIZE)"]);
    expect(hf.notes).toEqual([]);

    const published = adaptText(adaptDstack, nim("  - NGC_API_KEY\n", "model: Qwen/Qwen2.5-7B-Instruct\n"))!;
    expect(at(published.deployments[0]!.model)).toEqual(["Qwen/Qwen2.5-7B-Instruct", 6, "model"]);
    expect(codes(published)).toEqual([["model-from-served-name", "notice", 6]]);

    const none = adaptText(adaptDstack, nim("  - NGC_API_KEY\n"))!;
    expect(none.deployments).toEqual([]);
    expect(codes(none)).toEqual([["model-missing", "warning", 3]]);
    expect(none.notes[0]!.message).toContain("NIM_MODEL_NAME");

    expect(adaptText(adaptDstack, "type: service\nimage: nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3\ncommands:\n  - nvidia-smi\nresources:\n  gpu: L4\n")).toBeNull();
  });

  it("reads NIM_* from an env map, located at each variable", () => {
    const a = adaptText(adaptDstack, "type: service\nimage: nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3\nenv:\n  NIM_MAX_MODEL_LEN: 8192\n  NIM_MODEL_PROFILE: vllm-fp8-tp2-pp1\nresources:\n  gpu: L4:2\n")!;
    const d = a.deployments[0]!;
    expect(at(d.contextLength)).toEqual([8192, 4, "env.NIM_MAX_MODEL_LEN"]);
    expect(at(d.tensorParallel)).toEqual([2, 5, "env.NIM_MODEL_PROFILE (tp2)"]);
    expect(at(d.precision)).toEqual(["fp8", 5, "env.NIM_MODEL_PROFILE (fp8)"]);
    expect(a.notes).toEqual([]);
  });

  it("warns on what dstack does not take with groups, and tells a GPU group without an engine and a role without its counterpart", () => {
    const a = adaptText(
      adaptDstack,
      `type: service
name: svc
env:
  - MODEL_ID=Qwen/Qwen2.5-7B-Instruct
commands:
  - echo top
resources:
  gpu: A100
replicas:
  - name: prefill
    env:
      - MODEL_ID=Qwen/Qwen2.5-14B-Instruct
    commands:
      - vllm serve $MODEL_ID --kv-transfer-config '{"kv_connector":"P2pNcclConnector","kv_role":"kv_producer"}'
    resources:
      gpu: L4:1
  - name: tools
    commands:
      - python tools.py
    resources:
      gpu: L4
  - commands:
      - vllm serve $MODEL_ID
`,
    )!;
    expect(a.deployments.map((d) => d.name)).toEqual(["svc/prefill", "svc/2"]);
    // The group's env is read over the service's, as meant.
    expect(at(a.deployments[0]!.model)?.[0]).toBe("Qwen/Qwen2.5-14B-Instruct");
    expect(at(a.deployments[1]!.model)?.[0]).toBe("Qwen/Qwen2.5-7B-Instruct");
    // A group without resources gets no GPU from the service's.
    expect(a.deployments[1]!.gpu).toBeUndefined();
    expect(codes(a)).toEqual([
      ["key-not-accepted", "warning", 5],
      ["value-overridden", "warning", 8],
      ["key-not-accepted", "warning", 11],
      ["gpu-type-missing", "notice", 22],
      ["gpu-count-assumed", "notice", 23],
      ["gpu-container-no-engine", "notice", 17],
      ["disaggregated-role", "notice", 10],
    ]);
    expect(a.notes.find((n) => n.code === "disaggregated-role")!.message).toContain("but no decode group is declared in svc");
    expect(a.notes.find((n) => n.code === "gpu-type-missing")!.message).toContain("does not take the service's resources");
  });

  it("returns null for a service whose groups run no known engine, and never throws on odd groups", () => {
    expect(adaptText(adaptDstack, "type: service\nreplicas:\n  - commands: [smg launch]\n    resources: {gpu: H100}\n")).toBeNull();
    for (const source of [
      "type: service\nreplicas: [null, 3, {commands: 5, resources: {gpu: [1]}}, {name: [1], env: 7, commands: [vllm serve m/x]}]\n",
      "type: service\ngroups: [{replicas: {a: 1}, image: [1], commands: []}]\n",
      "type: service\nimage: {a: 1}\nenv: {NIM_MAX_MODEL_LEN: [1]}\n",
      "type: service\nimage: nvcr.io/nim/meta/x\nenv: [NIM_MAX_MODEL_LEN=lots, NIM_MODEL_PROFILE=0123456789abcdef0123456789abcdef, NIM_PASSTHROUGH_ARGS]\n",
    ]) {
      const doc = parseYamlFile("x.yaml", source).documents[0]!;
      expect(() => adaptDstack(doc, "x", "/x")).not.toThrow();
    }
    const odd = adaptText(adaptDstack, "type: service\nimage: nvcr.io/nim/meta/llama-3.1-8b-instruct\nenv: [NIM_MAX_MODEL_LEN=lots, NIM_MODEL_PROFILE=0123456789abcdef0123456789abcdef]\nresources: {gpu: L4}\n")!;
    expect(odd.deployments[0]!.contextLength).toBeUndefined();
    expect(codes(odd)).toEqual([
      ["not-whole-number", "warning", 3],
      ["profile-not-read", "notice", 3],
    ]);
  });

  it("every replica-group and NIM fixture contains a marker", () => {
    for (const name of ["launchers/dstack-pd-h100.yaml", "launchers/dstack-groups-pools.yaml", "launchers/dstack-nim.yaml"]) {
      expect(adaptFile(adaptDstack, name)).not.toBeNull();
      expect(DSTACK_MARKERS.some((m) => text(name).includes(m)), name).toBe(true);
    }
    expect(DSTACK_MARKERS).toContain("nvcr.io/nim/");
  });
});

describe("null cases and markers", () => {
  const others = [
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n",
    "servingEngineSpec:\n  enableEngine: true\n",
    "run: echo hello\nresources:\n  accelerators: H100:1\n",
    "type: service\ncommands:\n  - python app.py\nresources:\n  gpu: H100\n",
    "type: dev-environment\ncommands:\n  - vllm serve x\n",
    "- a\n- b\n",
    "",
  ];
  it("returns null for documents that are not theirs", () => {
    for (const source of others) {
      const doc = parseYamlFile("x.yaml", source).documents[0];
      if (!doc) continue;
      for (const [format, adapter] of READERS) expect(adapter(doc, "x.yaml", "/x.yaml"), format).toBeNull();
    }
  });

  it("every document accepted contains a marker", () => {
    const cases: Array<[Adapter, readonly string[], string]> = [
      [adaptProductionStack, PRODUCTION_STACK_MARKERS, "helm/production-stack.yaml"],
      [adaptProductionStack, PRODUCTION_STACK_MARKERS, "helm/no-gpu-type.yaml"],
      [adaptLlmD, LLM_D_MARKERS, "helm/llm-d-modelservice.yaml"],
      [adaptSkyPilot, SKYPILOT_MARKERS, "launchers/skypilot-vllm.yaml"],
      [adaptSkyPilot, SKYPILOT_MARKERS, "launchers/skypilot-sglang.yaml"],
      [adaptDstack, DSTACK_MARKERS, "launchers/dstack-service.yaml"],
      [adaptDstack, DSTACK_MARKERS, "launchers/dstack-tgi.yaml"],
    ];
    for (const [adapter, markers, name] of cases) {
      expect(adaptFile(adapter, name)).not.toBeNull();
      expect(markers.some((m) => text(name).includes(m))).toBe(true);
    }
    for (const source of others) {
      const doc = parseYamlFile("x.yaml", source).documents[0];
      if (!doc) continue;
      for (const [format, adapter, markers] of READERS) {
        if (!markers.some((m) => source.includes(m))) expect(adapter(doc, "x", "/x"), format).toBeNull();
      }
    }
  });

  it("never throws on odd values", () => {
    for (const source of ["servingEngineSpec:\n  modelSpec: [1, null, {vllmConfig: 3}]\n", "modelArtifacts: {}\ndecode: {containers: [null]}\n", "run: 3\n", "type: service\ncommands: [null, {a: 1}]\nresources: {gpu: {name: [1]}}\n"]) {
      const doc = parseYamlFile("x.yaml", source).documents[0]!;
      for (const [, adapter] of READERS) expect(() => adapter(doc, "x", "/x")).not.toThrow();
    }
  });
});
