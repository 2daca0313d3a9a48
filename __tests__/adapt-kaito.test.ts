import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adaptKaito, KAITO_MARKERS } from "../src/adapt/kaito.js";
import { ReferenceIndex } from "../src/adapt/references.js";
import { findInstanceType } from "../src/catalog/instance-types.js";
import { modelLookup } from "../src/catalog/lookups.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";
import { at, fixtureReader } from "./helpers/adapt.js";

const { FIXTURES, documentsOf, adaptFixture, only, adaptText } = fixtureReader(adaptKaito, "kaito");

const codes = (notes: { code: string; severity: string; range: { line: number } }[]) => notes.map((n) => [n.code, n.severity, n.range.line]);

describe("adaptKaito: Workspace with a preset", () => {
  it("v1beta1: the preset's Hugging Face id, the GPU and count of the instance type", () => {
    const { deployment: d, adaptation } = only("workspace-v1beta1-llama-3.1-8b.yaml");
    expect(d.name).toBe("workspace-llama-3-1-8b-instruct");
    expect(d.format).toBe("kaito");
    expect(d.baseDir).toBe(FIXTURES);
    expect(d.range.line).toBe(5);
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 13, "inference.preset.name (KAITO preset llama-3.1-8b-instruct)"]);
    expect(modelLookup.find(d.model.value as string)).toBeDefined();
    expect(at(d.gpu)).toEqual(["A100-80GB-PCIE", 7, "resource.instanceType (Standard_NC24ads_A100_v4)"]);
    expect(at(d.gpuCount)).toEqual([1, 7, "resource.instanceType (1 GPU per node)"]);
    expect(d.hardwareRange?.line).toBe(7);
    expect(d.nodeLabels?.labels).toEqual({ apps: "llama-3-1-8b-instruct" });
    expect(d.contextLength).toBeUndefined();
    expect(codes(adaptation.notes)).toEqual([["context-probed", "notice", 13]]);
  });

  it("v1alpha1 reads the same way (an Azure NCv3 size)", () => {
    const { deployment: d } = only("workspace-v1alpha1-phi-3.yaml");
    expect(at(d.model)).toEqual(["microsoft/Phi-3-mini-4k-instruct", 13, "inference.preset.name (KAITO preset phi-3-mini-4k-instruct)"]);
    expect(at(d.gpu)?.slice(0, 2)).toEqual(["V100-16GB", 7]);
    expect(d.gpuCount.value).toBe(1);
  });

  it("resource.count nodes × the GPUs of one: tensor parallel within a node, pipeline parallel over the nodes", () => {
    const { deployment: d, adaptation } = only("workspace-count-llama-3.3-70b.yaml");
    expect(at(d.gpuCount)).toEqual([4, 7, "resource.count (2 nodes) × resource.instanceType (2 GPUs each)"]);
    expect(at(d.tensorParallel)?.slice(0, 2)).toEqual([2, 8]);
    expect(at(d.pipelineParallel)?.slice(0, 2)).toEqual([2, 7]);
    expect(codes(adaptation.notes)).toContainEqual(["multi-node", "notice", 7]);
  });

  it("a preset whose checkpoint the catalog lacks keeps its Hugging Face id", () => {
    const { deployment: d, adaptation } = only("workspace-preset-not-in-catalog.yaml");
    expect(d.model.value).toBe("tiiuae/falcon-40b-instruct");
    expect(modelLookup.find("tiiuae/falcon-40b-instruct")).toBeUndefined();
    expect(at(d.gpu)?.slice(0, 2)).toEqual(["A100-40GB", 7]);
    expect(d.gpuCount.value).toBe(8);
    expect(adaptation.notes.map((n) => n.code)).not.toContain("preset-unknown");
  });

  it("bring-your-own nodes: no instance type (a notice, the node labels kept), an accelerator partition's count, an unmapped preset", () => {
    const { deployment: d, adaptation } = only("workspace-byo-nodes.yaml");
    expect(d.gpu).toBeUndefined();
    expect(at(d.gpuCount)).toEqual([2, 12, "resource.partition.count"]);
    expect(d.nodeLabels?.labels).toEqual({ apps: "byo-qwen3" });
    expect(at(d.model)).toEqual(["qwen3-8b", 15, "inference.preset.name"]);
    expect(codes(adaptation.notes)).toEqual([
      ["gpu-type-missing", "notice", 6],
      ["preset-unknown", "notice", 15],
      ["context-probed", "notice", 15],
    ]);
  });

  it("a ConfigMap not in the files checked, and LoRA adapters: notices", () => {
    const { adaptation } = only("workspace-config-missing.yaml");
    expect(codes(adaptation.notes)).toEqual([
      ["not-modelled", "notice", 15],
      ["config-not-found", "notice", 14],
      ["context-probed", "notice", 14],
    ]);
  });
});

describe("adaptKaito: inference.config", () => {
  it("reads the vllm section of the ConfigMap it names, each value at its line in the ConfigMap's file", () => {
    const references = new ReferenceIndex();
    const configFile = "manifests/inference-params-configmap.yaml";
    references.addFile(documentsOf("inference-params-configmap.yaml"), configFile, join(FIXTURES, "inference-params-configmap.yaml"));
    const doc = documentsOf("workspace-config-deepseek.yaml")[0]!;
    const adaptation = adaptKaito(doc, "manifests/workspace-config-deepseek.yaml", join(FIXTURES, "workspace-config-deepseek.yaml"), references)!;
    expect(adaptation.deployments).toHaveLength(1);
    const d = adaptation.deployments[0]!;
    expect(at(d.model)?.[0]).toBe("deepseek-ai/DeepSeek-R1-Distill-Qwen-14B");
    expect(d.contextLength?.value).toBe(32768);
    expect(d.contextLength?.range).toMatchObject({ file: configFile, line: 15 });
    expect(d.contextLength?.path).toBe("ConfigMap ds-inference-params inference_config.yaml vllm.max-model-len");
    expect(d.tensorParallel?.value).toBe(2);
    expect(d.tensorParallel?.range).toMatchObject({ file: configFile, line: 16 });
    expect(d.memoryFraction?.value).toBe(0.95);
    expect(d.memoryFraction?.range.line).toBe(13);
    expect(at(d.gpuCount)?.slice(0, 2)).toEqual([2, 7]);
    expect(adaptation.notes).toEqual([]);
  });

  it("without the ConfigMap in the files checked, says so", () => {
    const { adaptation } = only("workspace-config-deepseek.yaml");
    expect(adaptation.notes.map((n) => n.code)).toEqual(["config-not-found", "context-probed"]);
  });

  it("the transformers runtime: the ConfigMap's vllm section is not read", () => {
    const a = adaptText(
      "apiVersion: kaito.sh/v1beta1\nkind: Workspace\nmetadata:\n  name: w\n  annotations:\n    kaito.sh/runtime: transformers\nresource:\n  instanceType: Standard_NC24ads_A100_v4\ninference:\n  preset:\n    name: phi-4\n  config: params\n",
    )!;
    expect(a.deployments[0]?.model.value).toBe("microsoft/phi-4");
    expect(a.notes.map((n) => n.code)).toEqual(["engine-args-not-read"]);
  });
});

describe("adaptKaito: InferenceSet and custom templates", () => {
  it("an InferenceSet reads its spec.template; replicas are ignored", () => {
    const { deployment: d } = only("inferenceset-llama-3.1-8b.yaml");
    expect(d.name).toBe("llama-3-1-8b");
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 17, "spec.template.inference.preset.name (KAITO preset llama-3.1-8b-instruct)"]);
    expect(at(d.gpu)).toEqual(["L4", 14, "spec.template.resource.instanceType (g6.xlarge)"]);
    expect(d.gpuCount.value).toBe(1);
  });

  it("a custom inference.template is read as a pod, its GPU type from the instance type", () => {
    const { deployment: d, adaptation } = only("workspace-template.yaml");
    expect(d.name).toBe("workspace-custom-qwen");
    expect(d.format).toBe("kaito");
    expect(at(d.model)).toEqual(["Qwen/Qwen2.5-7B-Instruct", 19, "inference.template.spec.containers[0].args[0] (model)"]);
    expect(at(d.gpu)?.slice(0, 2)).toEqual(["A100-80GB-PCIE", 7]);
    expect(at(d.gpuCount)).toEqual([1, 24, 'inference.template.spec.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(at(d.contextLength)?.slice(0, 2)).toEqual([16384, 21]);
    expect(adaptation.notes.map((n) => n.code)).not.toContain("gpu-type-missing");
  });

  it("a template that runs no engine is told, not checked", () => {
    const a = adaptText(
      "apiVersion: kaito.sh/v1beta1\nkind: Workspace\nmetadata:\n  name: w\nresource:\n  instanceType: g5.xlarge\ninference:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: myapp\n",
    )!;
    expect(a.deployments).toEqual([]);
    expect(codes(a.notes)).toEqual([["model-missing", "warning", 8]]);
  });
});

describe("adaptKaito: what it does not take", () => {
  it("other kinds and groups, tuning workspaces, and odd values: null, never a throw", () => {
    expect(adaptText("apiVersion: kaito.sh/v1beta1\nkind: RAGEngine\nmetadata:\n  name: r\n")).toBeNull();
    expect(adaptText("apiVersion: example.com/v1\nkind: Workspace\ninference:\n  preset:\n    name: phi-4\n")).toBeNull();
    expect(adaptText("apiVersion: kaito.sh/v1beta1\nkind: Workspace\nmetadata:\n  name: t\ntuning:\n  method: lora\n")).toBeNull();
    const odd = [
      "apiVersion: kaito.sh/v1beta1\nkind: Workspace\nresource: 3\ninference:\n  preset: [1]\n",
      "apiVersion: kaito.sh/v1beta1\nkind: Workspace\nresource:\n  count: -1\n  instanceType: {a: 1}\n  partition: {mode: accelerator, count: x}\ninference:\n  preset:\n    name: {x: 1}\n  config: [1]\n  adapters: 5\n",
      "apiVersion: kaito.sh/v1beta1\nkind: InferenceSet\nspec:\n  template:\n    inference:\n      template: {spec: 7}\n",
      "apiVersion: kaito.sh/v1beta1\nkind: Workspace\nresource:\n  count: '2'\n  instanceType: Standard_Unknown_v9\ninference:\n  preset:\n    name: llama-3.1-8b-instruct\n",
    ];
    for (const text of odd) expect(() => adaptText(text)).not.toThrow();
    const counted = adaptText(odd[3]!)!;
    expect(counted.notes.map((n) => n.code)).toEqual(["instance-type-unknown", "number-as-string", "context-probed", "gpu-count-assumed"]);
    const bad = adaptText(odd[1]!)!;
    expect(bad.deployments).toEqual([]);
    expect(bad.notes.map((n) => n.code)).toContain("not-whole-number");
  });

  it("every fixture document it takes contains a marker, and the instance types KAITO uses are known", () => {
    for (const name of readdirSync(FIXTURES)) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      parseYamlFile(name, text).documents.forEach((_, i) => {
        if (adaptFixture(name, i)) expect(KAITO_MARKERS.some((m) => text.includes(m))).toBe(true);
      });
    }
    for (const [name, gpu, count] of [
      ["Standard_ND96asr_A100_v4", "A100-40GB", 8],
      ["Standard_ND96isr_H200_v5", "H200", 8],
      ["Standard_NCC40ads_H100_v5", "H100-NVL", 1],
      ["Standard_NV72ads_A10_v5", "A10", 2],
      ["Standard_NC24s_v3", "V100-16GB", 4],
    ] as const) {
      expect(findInstanceType(name)).toMatchObject({ gpu, count });
    }
  });
});

describe("a context KAITO chooses at start", () => {
  it("is the longest the KV cache holds when the model's maximum does not fit, stated as an assumption, with no headroom warning", async () => {
    const { runCheck } = await import("../src/pipeline/check.js");
    const { defaultConfig } = await import("../src/config/config.js");
    const { REPO_ROOT } = await import("./helpers/cli.js");
    const report = runCheck({ cwd: REPO_ROOT, paths: ["__tests__/fixtures/kaito/inferenceset-llama-3.1-8b.yaml"], config: defaultConfig() });
    const d = report.deployments[0]!;
    // Llama-3.1-8B on one L4 (g6.xlarge): 131,072 tokens need 35.2 GB of 21.7; the budget of
    // 21,737,609,625 − 16,060,522,496 − 1,927,262,700 = 3,749,824,429 B holds 28,608 tokens of 131,072 B.
    expect(d.estimate!.inputs.contextTokens).toBe(28_608);
    expect(d.estimate!.model.assumptions.join(" ")).toMatch(/context 28608 tokens assumed: no max-model-len is set, and the engine lowers it to what fits at start/);
    expect(d.verdict).not.toBe("fail");
    expect(report.findings.map((f) => f.ruleId)).not.toContain("headroom-below-minimum");
    expect(report.findings.map((f) => f.ruleId)).not.toContain("vram-exceeds-capacity");
  });
});
