import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Located } from "../src/base/deployment.js";
import { adaptKServe } from "../src/adapt/kserve.js";
import type { Adaptation } from "../src/adapt/kit.js";
import { adaptNim } from "../src/adapt/nim.js";
import { inFile, ReferenceIndex, referenceKind } from "../src/adapt/references.js";
import { runCheck } from "../src/pipeline/check.js";
import { defaultConfig } from "../src/config/config.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";

/**
 * Deployments read with the objects they name in other documents: a KServe InferenceService with
 * the ServingRuntime it runs on, as KServe merges them (MergeRuntimeContainers: runtime container
 * as the base, predictor fields over it, args concatenated runtime-first; MergePodSpec: runtime
 * nodeSelector as the base); a NIMService with the NIMCache whose profile it serves.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "kserve-runtime");
const DIR = "__tests__/fixtures/kserve-runtime";
const REPO = join(ROOT, "..", "..", "..");

function parse(name: string) {
  const file = parseYamlFile(`${DIR}/${name}`, readFileSync(join(ROOT, name), "utf8"));
  expect(file.findings).toEqual([]);
  return file;
}

function index(...names: string[]): ReferenceIndex {
  const references = new ReferenceIndex();
  for (const name of names) references.addFile(parse(name).documents, `${DIR}/${name}`, join(ROOT, name));
  return references;
}

function adapt(name: string, references: ReferenceIndex): Adaptation {
  const adapted = adaptKServe(parse(name).documents[0]!, `${DIR}/${name}`, join(ROOT, name), references);
  expect(adapted).not.toBeNull();
  return adapted!;
}

/** Value, file (undefined: the deployment's own), line and path of a fact. */
function at<T>(l: Located<T> | undefined): [T, string | undefined, number, string] | undefined {
  return l ? [l.value, l.range.file, l.range.line, l.path] : undefined;
}

const RUNTIME = `${DIR}/vllm-runtime.yaml`;
const CLUSTER_RUNTIME = `${DIR}/h100-cluster-runtime.yaml`;

describe("the reference index", () => {
  it("indexes ServingRuntime, ClusterServingRuntime and NIMCache of their API groups only", () => {
    expect(referenceKind({ apiVersion: "serving.kserve.io/v1alpha1", kind: "ServingRuntime" })).toBe("ServingRuntime");
    expect(referenceKind({ apiVersion: "serving.kserve.io/v1alpha1", kind: "ClusterServingRuntime" })).toBe("ClusterServingRuntime");
    expect(referenceKind({ apiVersion: "apps.nvidia.com/v1alpha1", kind: "NIMCache" })).toBe("NIMCache");
    expect(referenceKind({ apiVersion: "example.com/v1", kind: "ServingRuntime" })).toBeNull();
    expect(referenceKind({ apiVersion: "serving.kserve.io/v1beta1", kind: "InferenceService" })).toBeNull();
    expect(referenceKind("ServingRuntime")).toBeNull();
  });

  it("stamps every range of an indexed document with its file", () => {
    const document = parse("vllm-runtime.yaml").documents[0]!;
    const stamped = inFile(document, "a/b.yaml");
    expect(stamped.range.file).toBe("a/b.yaml");
    expect([...stamped.ranges.values()].every((r) => r.value.file === "a/b.yaml" && r.whole.file === "a/b.yaml" && (!r.key || r.key.file === "a/b.yaml"))).toBe(true);
    // The original is untouched.
    expect(document.range.file).toBeUndefined();
  });

  it("finds by name; a namespace prefers its own objects and those with none written", () => {
    const references = new ReferenceIndex();
    const doc = (ns: string | null) =>
      parseYamlFile("x.yaml", `apiVersion: serving.kserve.io/v1alpha1\nkind: ServingRuntime\nmetadata:\n  name: rt\n${ns ? `  namespace: ${ns}\n` : ""}`).documents;
    references.addFile(doc("team-a"), "a.yaml", "/r/a.yaml");
    references.addFile(doc("team-b"), "b.yaml", "/r/b.yaml");
    references.addFile(doc(null), "c.yaml", "/r/c.yaml");
    expect(references.find("ServingRuntime", "rt", "team-b").map((o) => o.file)).toEqual(["b.yaml", "c.yaml"]);
    expect(references.find("ServingRuntime", "rt").map((o) => o.file)).toEqual(["a.yaml", "b.yaml", "c.yaml"]);
    expect(references.find("ServingRuntime", "other")).toEqual([]);
    expect(references.all("NIMCache")).toEqual([]);
  });
});

describe("InferenceService + ServingRuntime", () => {
  it("merges the named runtime: its command, its args then the predictor's, the predictor's resources", () => {
    const a = adapt("llama-8b-isvc.yaml", index("vllm-runtime.yaml"));
    expect(a.notes).toEqual([]);
    const d = a.deployments[0]!;
    expect(d.name).toBe("llama-8b");
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", undefined, 16, "spec.predictor.model.storageUri"]);
    // The predictor's --max-model-len comes after the runtime's 32768, and wins.
    expect(at(d.contextLength)).toEqual([16384, undefined, 18, "spec.predictor.model.args[0] (--max-model-len)"]);
    // Only the runtime sets the memory fraction: read in its file, at its line.
    expect(at(d.memoryFraction)).toEqual([0.95, RUNTIME, 31, "ServingRuntime vllm-runtime spec.containers[0].args[4] (--gpu-memory-utilization)"]);
    expect(at(d.gpuCount)).toEqual([1, undefined, 21, 'spec.predictor.model.resources.limits["nvidia.com/gpu"]']);
    expect(at(d.gpu)).toEqual(["NVIDIA-L4", undefined, 11, 'spec.predictor.nodeSelector["nvidia.com/gpu.product"]']);
  });

  it("auto-selects a ClusterServingRuntime by model format and takes its node selector, GPU count and flags", () => {
    const a = adapt("llama-70b-auto.yaml", index("vllm-runtime.yaml", "h100-cluster-runtime.yaml"));
    expect(a.notes).toEqual([]);
    const d = a.deployments[0]!;
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-70B-Instruct", undefined, 10, "spec.predictor.model.storageUri"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-H100-80GB-HBM3", CLUSTER_RUNTIME, 13, 'ClusterServingRuntime vllm-h100 spec.nodeSelector["nvidia.com/gpu.product"]']);
    expect(at(d.gpuCount)).toEqual([2, CLUSTER_RUNTIME, 23, 'ClusterServingRuntime vllm-h100 spec.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(at(d.tensorParallel)).toEqual([2, CLUSTER_RUNTIME, 20, "ClusterServingRuntime vllm-h100 spec.containers[0].args[2] (--tensor-parallel-size)"]);
    expect(at(d.contextLength)).toEqual([8192, undefined, 12, "spec.predictor.model.args[0] (--max-model-len)"]);
  });

  it("prefers a namespace runtime to a cluster one, and a higher priority among equals", () => {
    const runtime = (kind: string, name: string, priority: number, tp: number) =>
      `apiVersion: serving.kserve.io/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n  supportedModelFormats:\n    - name: vLLM\n      autoSelect: true\n      priority: ${priority}\n  containers:\n    - name: kserve-container\n      image: vllm/vllm-openai\n      args: [--tensor-parallel-size=${tp}]\n`;
    const references = new ReferenceIndex();
    references.addFile(parseYamlFile("c.yaml", runtime("ClusterServingRuntime", "cluster", 9, 8)).documents, "c.yaml", "/r/c.yaml");
    references.addFile(parseYamlFile("low.yaml", runtime("ServingRuntime", "low", 1, 2)).documents, "low.yaml", "/r/low.yaml");
    references.addFile(parseYamlFile("high.yaml", runtime("ServingRuntime", "high", 5, 4)).documents, "high.yaml", "/r/high.yaml");
    const isvc = parseYamlFile(
      "i.yaml",
      "apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: q\n  annotations:\n    llm-physics.dev/gpu: H100-SXM\nspec:\n  predictor:\n    model:\n      modelFormat: {name: vllm}\n      storageUri: hf://Qwen/Qwen2.5-7B-Instruct\n      resources: {limits: {nvidia.com/gpu: 4}}\n",
    );
    const d = adaptKServe(isvc.documents[0]!, "i.yaml", "/r/i.yaml", references)!.deployments[0]!;
    expect(d.tensorParallel?.value).toBe(4);
    expect(d.tensorParallel?.range.file).toBe("high.yaml");
  });

  it("fills {{.Name}} placeholders from the InferenceService's metadata", () => {
    const references = new ReferenceIndex();
    references.addFile(
      parseYamlFile(
        "rt.yaml",
        'apiVersion: serving.kserve.io/v1alpha1\nkind: ServingRuntime\nmetadata:\n  name: rt\nspec:\n  containers:\n    - name: kserve-container\n      image: vllm/vllm-openai\n      args: ["--served-model-name={{.Name}}", "--max-model-len={{.Annotations.ctx}}", "--max-num-seqs={{ index .Labels \\"seqs\\" }}"]\n',
      ).documents,
      "rt.yaml",
      "/r/rt.yaml",
    );
    const isvc = parseYamlFile(
      "i.yaml",
      "apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: q\n  labels: {seqs: '32'}\n  annotations:\n    ctx: '4096'\n    llm-physics.dev/gpu: L4\nspec:\n  predictor:\n    model:\n      modelFormat: {name: vLLM}\n      runtime: rt\n      storageUri: hf://Qwen/Qwen2.5-7B-Instruct\n      resources: {limits: {nvidia.com/gpu: 1}}\n",
    );
    const a = adaptKServe(isvc.documents[0]!, "i.yaml", "/r/i.yaml", references)!;
    expect(a.notes).toEqual([]);
    expect(a.deployments[0]!.contextLength?.value).toBe(4096);
    expect(a.deployments[0]!.concurrency?.value).toBe(32);
  });

  it("a runtime defined in two files: the first is read, with a notice naming both", () => {
    const runtime = (tp: number) =>
      `apiVersion: serving.kserve.io/v1alpha1\nkind: ServingRuntime\nmetadata:\n  name: rt\nspec:\n  containers:\n    - name: kserve-container\n      image: vllm/vllm-openai\n      args: [--tensor-parallel-size=${tp}]\n`;
    const references = new ReferenceIndex();
    references.addFile(parseYamlFile("a.yaml", runtime(2)).documents, "a.yaml", "/r/a.yaml");
    references.addFile(parseYamlFile("b.yaml", runtime(4)).documents, "b.yaml", "/r/b.yaml");
    const isvc = parseYamlFile(
      "i.yaml",
      "apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: q\n  annotations: {llm-physics.dev/gpu: H100-SXM}\nspec:\n  predictor:\n    model:\n      modelFormat: {name: vLLM}\n      runtime: rt\n      storageUri: hf://Qwen/Qwen2.5-7B-Instruct\n      resources: {limits: {nvidia.com/gpu: 2}}\n",
    );
    const a = adaptKServe(isvc.documents[0]!, "i.yaml", "/r/i.yaml", references)!;
    expect(a.notes.map((n) => [n.severity, n.range.line, n.message])).toEqual([["notice", 10, "rt is defined 2 times (a.yaml:1, b.yaml:1): the first is read"]]);
    expect(a.deployments[0]!.tensorParallel?.value).toBe(2);
  });

  it("a runtime not in the files checked: a notice, and the predictor read alone", () => {
    const a = adapt("missing-runtime.yaml", index("vllm-runtime.yaml"));
    expect(a.notes.map((n) => [n.severity, n.range.line, n.message])).toEqual([
      [
        "notice",
        12,
        "spec.predictor.model.runtime is vllm-runtime-cuda12, a runtime not found in the files checked: its container's command and args are not read, only the predictor's; check the ServingRuntime's file together with this one to have them read",
      ],
    ]);
    expect(a.deployments[0]!.model.value).toBe("Qwen/Qwen2.5-7B-Instruct");
    expect(a.deployments[0]!.memoryFraction).toBeUndefined();
  });

  it("a runtime that runs no known engine: a warning when the format is an LLM's, nothing otherwise", () => {
    const references = new ReferenceIndex();
    references.addFile(
      parseYamlFile("rt.yaml", "apiVersion: serving.kserve.io/v1alpha1\nkind: ServingRuntime\nmetadata:\n  name: triton\nspec:\n  containers:\n    - name: kserve-container\n      image: nvcr.io/nvidia/tritonserver:24.01\n").documents,
      "rt.yaml",
      "/r/rt.yaml",
    );
    const isvc = (format: string) =>
      parseYamlFile("i.yaml", `apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: m\nspec:\n  predictor:\n    model:\n      modelFormat: {name: ${format}}\n      runtime: triton\n      storageUri: s3://bucket/model\n`).documents[0]!;
    const llm = adaptKServe(isvc("huggingface"), "i.yaml", "/r/i.yaml", references)!;
    expect(llm.deployments).toEqual([]);
    expect(llm.notes.map((n) => [n.severity, n.range.file, n.message])).toEqual([
      ["warning", "rt.yaml", "ServingRuntime triton runs the entrypoint of nvcr.io/nvidia/tritonserver:24.01, which is not a known engine: write the engine's command (vllm serve …) in its container to have m checked"],
    ]);
    expect(adaptKServe(isvc("onnx"), "i.yaml", "/r/i.yaml", references)).toBeNull();
  });
});

describe("check: runtimes across files", () => {
  const config = defaultConfig();

  it("reads the runtime from another file; a finding on its value lands there and names the InferenceService", () => {
    const report = runCheck({ cwd: REPO, paths: [DIR], config });
    const error = report.findings.find((f) => f.ruleId === "vram-exceeds-capacity")!;
    expect(error.file).toBe(CLUSTER_RUNTIME);
    expect(error.line).toBe(23);
    expect(error.deployment).toBe("llama-70b");
    // vLLM 0.8.5 (the runtime's image) starts it (2 × H100, tensor parallel 2, 8,192 tokens), below the planning footprint: a warning naming both.
    expect(error.message.startsWith(`llama-70b (${DIR}/llama-70b-auto.yaml:4): vLLM starts with 3.49 GiB of KV cache per GPU (22,880 tokens), but the planning footprint`)).toBe(true);
    expect(error.message).toContain("the planning estimate needs 80.4 GB per GPU");
    expect(error.severity).toBe("warning");
    const d = report.deployments.find((x) => x.name === "llama-70b")!;
    expect(d.verdict).toBe("warn");
    expect(d.hardware).toEqual({ gpu: "NVIDIA-H100-80GB-HBM3", gpuId: "H100-SXM", count: 2 });
  });

  it("checks a changed InferenceService with its unchanged runtime (only-changed)", () => {
    const report = runCheck({ cwd: REPO, paths: [DIR], config, onlyFiles: new Set([`${DIR}/llama-8b-isvc.yaml`]) });
    expect(report.deployments.map((d) => d.name)).toEqual(["llama-8b"]);
    expect(report.summary.files).toBe(1);
    const d = report.deployments[0]!;
    // 0.95 from the runtime: 24 GiB × 0.95 = 24.5 GB usable.
    expect(d.estimate?.inputs.memoryFraction).toBe(0.95);
  });
});

describe("NIMService + NIMCache", () => {
  const NIM = join(ROOT, "..", "nim-cache");
  const NIM_DIR = "__tests__/fixtures/nim-cache";
  const nim = (name: string) => {
    const file = parseYamlFile(`${NIM_DIR}/${name}`, readFileSync(join(NIM, name), "utf8"));
    expect(file.findings).toEqual([]);
    return file;
  };

  it("reads the cached profile's precision, tensor parallelism and GPU from the NIMCache's file", () => {
    const references = new ReferenceIndex();
    references.addFile(nim("nimcache-llama-70b.yaml").documents, `${NIM_DIR}/nimcache-llama-70b.yaml`, join(NIM, "nimcache-llama-70b.yaml"));
    const service = nim("nimservice-llama-70b.yaml").documents[0]!;
    const a = adaptNim(service, `${NIM_DIR}/nimservice-llama-70b.yaml`, join(NIM, "nimservice-llama-70b.yaml"), references)!;
    expect(a.notes).toEqual([]);
    const d = a.deployments[0]!;
    const cacheFile = `${NIM_DIR}/nimcache-llama-70b.yaml`;
    expect(at(d.model)).toEqual(["llama-3.1-70b-instruct", undefined, 7, "spec.image.repository"]);
    expect(at(d.precision)).toEqual(["fp8", cacheFile, 15, "NIMCache llama-3-1-70b-instruct spec.source.ngc.model.precision"]);
    expect(at(d.tensorParallel)).toEqual([2, cacheFile, 16, "NIMCache llama-3-1-70b-instruct spec.source.ngc.model.tensorParallelism"]);
    expect(at(d.gpu)).toEqual(["h100", cacheFile, 19, "NIMCache llama-3-1-70b-instruct spec.source.ngc.model.gpus[0].product"]);
    expect(at(d.gpuCount)).toEqual([2, undefined, 19, 'spec.resources.limits["nvidia.com/gpu"]']);
    expect(at(d.contextLength)).toEqual([32768, undefined, 22, "spec.env[0].value (NIM_MAX_MODEL_LEN)"]);
  });

  it("without the NIMCache: a notice, and the GPU type is missing, but the deployment is still checked for what it needs", () => {
    const service = nim("nimservice-llama-70b.yaml").documents[0]!;
    const a = adaptNim(service, `${NIM_DIR}/nimservice-llama-70b.yaml`, join(NIM, "nimservice-llama-70b.yaml"), new ReferenceIndex())!;
    expect(a.deployments).toHaveLength(1);
    expect(a.deployments[0]!.gpu).toBeUndefined();
    expect(a.notes.map((n) => [n.severity, n.range.line, n.message.split(":")[0]])).toEqual([
      ["notice", 14, "spec.storage.nimCache.name is llama-3-1-70b-instruct, a NIMCache not found in the files checked"],
      ["notice", 5, "no GPU type is declared"],
    ]);
  });

  it("a cache for another GPU than the service's: a warning, checked on the service's GPU", () => {
    const report = runCheck({ cwd: REPO, paths: [`${NIM_DIR}/nim-cache-mismatch.yaml`], config: defaultConfig() });
    expect(report.findings.map((f) => [f.severity, f.line, f.ruleId, f.message])).toEqual([
      [
        "warning",
        32,
        "incomplete-deployment",
        "NIMCache llama-3-1-8b-instruct caches a profile for l40s (NIMCache llama-3-1-8b-instruct spec.source.ngc.model.gpus.product), but llama-3-1-8b-instruct runs on NVIDIA-L4: NIM picks the profile for the GPU it runs on, which the cache may not hold; checked on NVIDIA-L4",
      ],
    ]);
    expect(report.deployments[0]!.hardware.gpuId).toBe("L4");
    expect(report.deployments[0]!.precision).toBe("bf16");
  });

  it("an unknown profile precision is told, and the model's own is used", () => {
    const references = new ReferenceIndex();
    references.addFile(
      parseYamlFile("c.yaml", "apiVersion: apps.nvidia.com/v1alpha1\nkind: NIMCache\nmetadata:\n  name: c\nspec:\n  source:\n    ngc:\n      model:\n        precision: int3\n        tensorParallelism: two\n").documents,
      "c.yaml",
      "/r/c.yaml",
    );
    const service = parseYamlFile(
      "s.yaml",
      "apiVersion: apps.nvidia.com/v1alpha1\nkind: NIMService\nmetadata:\n  name: s\n  annotations:\n    llm-physics.dev/gpu: H100-SXM\nspec:\n  image:\n    repository: nvcr.io/nim/meta/llama-3.1-8b-instruct\n  storage:\n    nimCache:\n      name: c\n  resources:\n    limits:\n      nvidia.com/gpu: 1\n",
    ).documents[0]!;
    const a = adaptNim(service, "s.yaml", "/r/s.yaml", references)!;
    expect(a.notes.map((n) => [n.severity, n.range.file, n.range.line])).toEqual([
      ["notice", "c.yaml", 9],
      ["warning", "c.yaml", 10],
    ]);
    expect(a.notes[0]!.message).toContain("spec.source.ngc.model.precision is int3, not a precision llm-physics knows");
    expect(a.deployments[0]!.precision).toBeUndefined();
    expect(a.deployments[0]!.tensorParallel).toBeUndefined();
  });
});

describe("check: suppressions in a runtime's file", () => {
  const RUNTIME_TEXT = [
    "apiVersion: serving.kserve.io/v1alpha1",
    "kind: ServingRuntime",
    "metadata:",
    "  name: vllm-runtime",
    "spec:",
    "  containers:",
    "    - name: kserve-container",
    "      image: vllm/vllm-openai:v0.8.5",
    "      args:",
    "        # llm-physics-ignore concurrency-exceeds-kv-capacity -- short chats: most sequences are far below the context length",
    "        - --max-num-seqs=256",
    "",
  ].join("\n");
  const ISVC_TEXT = [
    "apiVersion: serving.kserve.io/v1beta1",
    "kind: InferenceService",
    "metadata:",
    "  name: mistral-7b",
    "spec:",
    "  predictor:",
    "    nodeSelector:",
    "      nvidia.com/gpu.product: NVIDIA-A10G",
    "    model:",
    "      modelFormat: {name: vLLM}",
    "      runtime: vllm-runtime",
    "      storageUri: hf://mistralai/Mistral-7B-Instruct-v0.3",
    "      args: [--max-model-len=16384]",
    "      resources: {limits: {nvidia.com/gpu: 1}}",
    "",
  ].join("\n");

  function repo(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-refs-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  it("a comment above the runtime's flag silences the finding an InferenceService raises there", () => {
    const cwd = repo({ "runtime.yaml": RUNTIME_TEXT, "isvc.yaml": ISVC_TEXT });
    const report = runCheck({ cwd, paths: ["."], config: defaultConfig() });
    expect(report.findings).toEqual([]);
    expect(report.summary.suppressed).toBe(1);
    expect(report.deployments[0]!.verdict).toBe("pass");
  });

  it("also when only the InferenceService is checked; the runtime's comments are then not judged", () => {
    const cwd = repo({ "runtime.yaml": RUNTIME_TEXT, "isvc.yaml": ISVC_TEXT });
    const report = runCheck({ cwd, paths: ["."], config: defaultConfig(), onlyFiles: new Set(["isvc.yaml"]) });
    expect(report.findings).toEqual([]);
    expect(report.summary.suppressed).toBe(1);
    // A change to the runtime alone re-checks the InferenceService that reads it, so the comment is used.
    const alone = runCheck({ cwd, paths: ["."], config: defaultConfig(), onlyFiles: new Set(["runtime.yaml"]) });
    expect(alone.findings.map((f) => f.ruleId)).toEqual([]);
    expect(alone.deployments.map((d) => d.name)).toEqual(["mistral-7b"]);
  });

  it("without the comment, the warning stands in the runtime's file and counts in the InferenceService's verdict", () => {
    const cwd = repo({ "runtime.yaml": RUNTIME_TEXT.replace(/^ *# llm-physics-ignore.*\n/m, ""), "isvc.yaml": ISVC_TEXT });
    const report = runCheck({ cwd, paths: ["."], config: defaultConfig() });
    expect(report.findings.map((f) => [f.file, f.line, f.ruleId, f.deployment])).toEqual([["runtime.yaml", 10, "concurrency-exceeds-kv-capacity", "mistral-7b"]]);
    expect(report.deployments[0]!.verdict).toBe("warn");
  });
});

describe("ReferenceIndex.inFileOrder", () => {
  it("holds what adding the same files in that order holds: the same objects for every lookup, in the same order", () => {
    const runtime = (name: string, namespace?: string) =>
      `apiVersion: serving.kserve.io/v1alpha1\nkind: ServingRuntime\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ""}spec: {}\n`;
    const files: Record<string, string> = {
      "c.yaml": `${runtime("rt")}---\n${runtime("other")}`,
      "a.yaml": runtime("rt", "team"),
      "b/z.yaml": `${runtime("rt")}---\n${runtime("rt", "team")}`,
      "b.yaml": runtime("solo"),
    };
    const arrived = new ReferenceIndex();
    for (const name of ["c.yaml", "b/z.yaml", "a.yaml", "b.yaml"]) arrived.addFile(parseYamlFile(name, files[name]!).documents, name, `/repo/${name}`);
    const sorted = new ReferenceIndex();
    for (const name of Object.keys(files).sort()) sorted.addFile(parseYamlFile(name, files[name]!).documents, name, `/repo/${name}`);
    const reordered = arrived.inFileOrder((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const where = (list: readonly { file: string; document: { index: number } }[]) => list.map((o) => `${o.file}#${o.document.index}`);
    expect(where(reordered.all("ServingRuntime"))).toEqual(where(sorted.all("ServingRuntime")));
    expect(where(reordered.all("ServingRuntime"))).toEqual(["a.yaml#0", "b.yaml#0", "b/z.yaml#0", "b/z.yaml#1", "c.yaml#0", "c.yaml#1"]);
    for (const [name, namespace] of [["rt", undefined], ["rt", "team"], ["rt", "elsewhere"], ["solo", undefined], ["none", undefined]] as const) {
      expect(where(reordered.find("ServingRuntime", name, namespace))).toEqual(where(sorted.find("ServingRuntime", name, namespace)));
    }
    // The index it came from is left as it was.
    expect(where(arrived.all("ServingRuntime"))[0]).toBe("c.yaml#0");
  });
});
