import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adaptKubeAI, KUBEAI_MARKERS } from "../src/adapt/kubeai.js";
import type { Adaptation } from "../src/adapt/kit.js";
import { adaptKubernetes } from "../src/adapt/kubernetes.js";
import { adaptNim, NIM_MARKERS } from "../src/adapt/nim.js";
import { gpuLookup } from "../src/catalog/lookups.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";
import { fixtureReader, at, type Adapter } from "./helpers/adapt.js";

/** The fixtures hold both formats: each document is read by the one reader that takes it. */
const adaptNimOrKubeAI: Adapter = (document, file, absolutePath) => adaptNim(document, file, absolutePath) ?? adaptKubeAI(document, file, absolutePath);
const { FIXTURES, adaptFixture, only, adaptText } = fixtureReader(adaptNimOrKubeAI, "nim-kubeai");

describe("adaptNim: NIMService", () => {
  it("reads the model from the image, the GPU from spec.nodeSelector, the count and NIM_MAX_MODEL_LEN", () => {
    const { deployment: d, adaptation } = only("nim-llama-l4.yaml");
    expect(d.name).toBe("meta-llama3-8b-instruct");
    expect(d.file).toBe("manifests/nim-llama-l4.yaml");
    expect(d.baseDir).toBe(FIXTURES);
    expect(d.format).toBe("nim");
    expect(d.range.line).toBe(4);
    expect(at(d.model)).toEqual(["llama-3.1-8b-instruct", 7, "spec.image.repository"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-L4", 19, 'spec.nodeSelector["nvidia.com/gpu.product"]']);
    expect(gpuLookup.find(d.gpu!.value)?.id).toBe("L4");
    expect(at(d.gpuCount)).toEqual([1, 22, 'spec.resources.limits["nvidia.com/gpu"]']);
    expect(at(d.contextLength)).toEqual([8192, 25, "spec.env[0].value (NIM_MAX_MODEL_LEN)"]);
    expect(d.tensorParallel).toBeUndefined();
    expect(d.precision).toBeUndefined();
    expect(d.hardwareRange?.line).toBe(22);
    // The NIMCache it names is not among the files read (none are, here): said, not guessed.
    expect(adaptation.notes.map((n) => [n.severity, n.range.line, n.message])).toEqual([
      [
        "notice",
        15,
        "spec.storage.nimCache.name is meta-llama3-8b-instruct, a NIMCache not found in the files checked: the profile it caches (precision, tensor parallelism, GPU) is not read; check the NIMCache's file together with this one",
      ],
    ]);
  });

  it("tells how to declare the GPU type when none is, and gives the deployment without one", () => {
    const adaptation = adaptFixture("nim-no-gpu-type.yaml");
    expect(adaptation?.deployments).toHaveLength(1);
    expect(adaptation!.deployments[0]!.gpu).toBeUndefined();
    expect(adaptation?.notes).toHaveLength(1);
    const [n] = adaptation!.notes;
    expect(n!.severity).toBe("notice");
    expect(n!.range.line).toBe(5);
    expect(n!.message).toMatch(/^no GPU type is declared/);
    expect(n!.message).toContain("llm-physics.dev/gpu");
    expect(n!.message).toContain("NIMService");
  });

  const NIM = (spec: string, annotations = "    llm-physics.dev/gpu: H100-SXM\n") => `apiVersion: apps.nvidia.com/v1alpha1
kind: NIMService
metadata:
  name: nim
  annotations:
${annotations}spec:
${spec}`;

  it("takes the GPU from the annotation, strips tag and digest from the image, reads FP8 from its name", () => {
    const a = adaptText(
      NIM(`  image:
    repository: nvcr.io/nim/meta/llama-3.1-70b-instruct-fp8:1.3@sha256:abc
  resources:
    limits:
      nvidia.com/gpu: "4"
`),
    );
    const d = a!.deployments[0]!;
    expect(at(d.model)).toEqual(["llama-3.1-70b-instruct-fp8", 9, "spec.image.repository"]);
    expect(at(d.gpu)).toEqual(["H100-SXM", 6, 'metadata.annotations["llm-physics.dev/gpu"]']);
    expect(d.gpuCount.value).toBe(4);
    expect(d.precision?.value).toBe("fp8");
    expect(a!.notes).toEqual([]);
  });

  it("assumes 1 GPU with a notice when spec.resources asks for none", () => {
    const a = adaptText(NIM(`  image:\n    repository: nvcr.io/nim/meta/llama-3.1-8b-instruct\n`));
    expect(a!.deployments[0]!.gpuCount).toMatchObject({ value: 1, path: "assumed: 1 GPU" });
    expect(a!.notes).toHaveLength(1);
    expect(a!.notes[0]!.message).toMatch(/^no GPU count is declared for nim: checked as 1 GPU/);
    expect(a!.notes[0]!.severity).toBe("notice");
  });

  it("warns on a NIM_MAX_MODEL_LEN that is not a number, and on a missing image", () => {
    const bad = adaptText(
      NIM(`  image:
    repository: nvcr.io/nim/meta/llama-3.1-8b-instruct
  resources:
    limits:
      nvidia.com/gpu: 1
  env:
    - name: NIM_MAX_MODEL_LEN
      value: lots
`),
    );
    expect(bad!.deployments[0]!.contextLength).toBeUndefined();
    expect(bad!.notes).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("NIM_MAX_MODEL_LEN") })]);
    expect(bad!.notes[0]!.range.line).toBe(15);

    const noImage = adaptText(NIM(`  resources:\n    limits:\n      nvidia.com/gpu: 1\n`));
    expect(noImage!.deployments).toEqual([]);
    expect(noImage!.notes).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringMatching(/^no model found for nim/) })]);
  });
});

describe("adaptKubeAI: KubeAI Model", () => {
  it("reads an hf:// url, vLLM flags in --flag=value form, and an L4 resource profile", () => {
    const { deployment: d, adaptation } = only("kubeai-vllm-l4.yaml");
    expect(d.name).toBe("llama-3.1-8b-instruct-fp8-l4");
    expect(d.format).toBe("kubeai");
    expect(d.range.line).toBe(4);
    expect(at(d.model)).toEqual(["neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8", 7, "spec.url"]);
    expect(at(d.gpu)).toEqual(["L4", 14, "spec.resourceProfile (nvidia-gpu-l4)"]);
    expect(gpuLookup.find(d.gpu!.value)?.id).toBe("L4");
    expect(at(d.gpuCount)).toEqual([1, 14, "spec.resourceProfile (count)"]);
    expect(at(d.contextLength)).toEqual([16384, 10, "spec.args[0] (--max-model-len)"]);
    expect(at(d.memoryFraction)).toEqual([0.9, 12, "spec.args[2] (--gpu-memory-utilization)"]);
    expect(at(d.precision)).toEqual(["fp8", 7, "spec.url"]);
    expect(d.concurrency).toBeUndefined();
    expect(adaptation.notes).toEqual([]);
  });

  it("reads eight H100s, --tensor-parallel-size and --max-num-seqs", () => {
    const { deployment: d, adaptation } = only("kubeai-vllm-h100.yaml");
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-70B-Instruct", 7, "spec.url"]);
    expect(at(d.gpu)).toEqual(["H100-SXM", 14, "spec.resourceProfile (nvidia-gpu-h100)"]);
    expect(gpuLookup.find(d.gpu!.value)?.id).toBe("H100-SXM");
    expect(at(d.gpuCount)).toEqual([8, 14, "spec.resourceProfile (count)"]);
    expect(at(d.tensorParallel)).toEqual([8, 12, "spec.args[2] (--tensor-parallel-size)"]);
    expect(at(d.contextLength)).toEqual([32768, 11, "spec.args[1] (--max-model-len)"]);
    expect(at(d.concurrency)).toEqual([256, 13, "spec.args[3] (--max-num-seqs)"]);
    expect(d.concurrencyIsEngineCap).toBe(true);
    expect(d.precision).toBeUndefined();
    expect(adaptation.notes).toEqual([]);
  });

  it("keeps a GH200 profile as the GPU name, with a notice", () => {
    const a = adaptFixture("kubeai-ollama-gh200.yaml");
    expect(a?.deployments).toHaveLength(1);
    expect(a!.deployments[0]!.gpu?.value).toBe("nvidia-gpu-gh200");
    expect(a?.notes).toEqual([expect.objectContaining({ severity: "notice", message: expect.stringContaining("nvidia-gpu-gh200 is not in the GPU catalog") })]);
    expect(a!.notes[0]!.range.line).toBe(9);
  });

  it("returns null for a speech-to-text model (FasterWhisper)", () => {
    expect(adaptFixture("kubeai-whisper.yaml")).toBeNull();
  });

  const MODEL = (spec: string) => `apiVersion: kubeai.org/v1
kind: Model
metadata:
  name: m
spec:
${spec}`;

  it("maps the A100 profiles; reads an ollama:// model without its flags", () => {
    for (const [profile, id] of [["nvidia-gpu-a100-80gb:2", "A100-80GB"], ["nvidia-gpu-a100-40gb:1", "A100-40GB"]] as const) {
      const a = adaptText(MODEL(`  url: hf://Qwen/Qwen2.5-7B-Instruct\n  engine: VLLM\n  resourceProfile: ${profile}\n`));
      expect(a!.deployments[0]!.gpu!.value).toBe(id);
      expect(gpuLookup.find(id)?.id).toBe(id);
    }
    const o = adaptText(MODEL(`  url: ollama://qwen2:0.5b\n  engine: OLlama\n  args: ["--foo"]\n  resourceProfile: nvidia-gpu-l4:1\n`));
    expect(o!.deployments[0]!.model.value).toBe("ollama://qwen2:0.5b");
    expect(o!.notes).toEqual([expect.objectContaining({ severity: "notice", message: expect.stringContaining("OLlama") })]);
  });

  it("notes an unknown profile, a profile without a count, a bad count and a missing url", () => {
    const unknown = adaptText(MODEL(`  url: hf://a/b\n  engine: VLLM\n  resourceProfile: amd-gpu-mi300x:1\n`));
    // Kept as the GPU name, for the unknown-gpu rule to suggest names.
    expect(at(unknown!.deployments[0]!.gpu)).toEqual(["amd-gpu-mi300x", 8, "spec.resourceProfile (amd-gpu-mi300x)"]);
    expect(unknown!.notes).toEqual([expect.objectContaining({ severity: "notice", message: expect.stringContaining("amd-gpu-mi300x is not a known KubeAI GPU profile") })]);
    expect(unknown!.notes[0]!.range.line).toBe(8);

    const noCount = adaptText(MODEL(`  url: hf://a/b\n  engine: VLLM\n  resourceProfile: nvidia-gpu-l4\n`));
    expect(noCount!.deployments[0]!.gpuCount).toMatchObject({ value: 1, path: "assumed: 1 GPU" });
    expect(noCount!.notes[0]!.severity).toBe("notice");

    const badCount = adaptText(MODEL(`  url: hf://a/b\n  engine: VLLM\n  resourceProfile: nvidia-gpu-l4:x\n`));
    expect(badCount!.deployments).toEqual([]);
    expect(badCount!.notes[0]!.severity).toBe("warning");

    const noUrl = adaptText(MODEL(`  engine: VLLM\n  resourceProfile: nvidia-gpu-l4:1\n`));
    expect(noUrl!.deployments).toEqual([]);
    expect(noUrl!.notes[0]!.message).toMatch(/^no model found for m/);
  });
});

describe("NIM images wherever they run: a NIMService's env, a Kubernetes container", () => {
  const codes = (a: Adaptation) => a.notes.map((n) => [n.code, n.severity, n.range.line]);
  const k8s = fixtureReader(adaptKubernetes, "nim-kubeai");

  it("reads a NIM image in a plain Deployment: the model from the image, NIM_* env, GPUs from the pod spec", () => {
    const { deployment: d, adaptation } = k8s.only("nim-deployment-h100.yaml");
    expect(d.name).toBe("nim-llama-70b");
    expect(d.format).toBe("kubernetes");
    expect(at(d.model)).toEqual(["llama-3.1-70b-instruct", 24, "spec.template.spec.containers[0].image"]);
    expect(at(d.gpu)).toEqual(["NVIDIA-H100-80GB-HBM3", 19, 'spec.template.spec.nodeSelector["nvidia.com/gpu.product"]']);
    expect(at(d.gpuCount)).toEqual([4, 41, 'spec.template.spec.containers[0].resources.limits["nvidia.com/gpu"]']);
    expect(at(d.tensorParallel)).toEqual([4, 34, "spec.template.spec.containers[0].env[1].value (NIM_TENSOR_PARALLEL_SIZE)"]);
    expect(d.tensorParallel?.via).toEqual({ env: "NIM_TENSOR_PARALLEL_SIZE" });
    expect(at(d.contextLength)).toEqual([65536, 36, "spec.template.spec.containers[0].env[2].value (NIM_MAX_MODEL_LEN)"]);
    expect(at(d.concurrency)).toEqual([64, 38, "spec.template.spec.containers[0].env[3].value (NIM_MAX_NUM_SEQS)"]);
    expect(d.concurrencyIsEngineCap).toBe(true);
    expect(d.precision).toBeUndefined();
    // NGC_API_KEY from a Secret sets no fact: nothing to tell; the container is no "GPU container without an engine".
    expect(adaptation.notes).toEqual([]);
  });

  const POD = (container: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nim
spec:
  template:
    spec:
      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-L40S
      containers:
        - name: nim
${container}          resources:
            limits:
              nvidia.com/gpu: 2
`;
  const env = (pairs: Array<[string, string]>) => `          env:\n${pairs.map(([n, v]) => `            - name: ${n}\n              value: "${v}"\n`).join("")}`;

  it("reads the model-free llm-nim from NIM_MODEL_NAME / NIM_MODEL_PATH, else from NIM_SERVED_MODEL_NAME, else tells how", () => {
    const hf = k8s.adaptText(POD(`          image: nvcr.io/nim/nvidia/llm-nim:1.12\n${env([["NIM_MODEL_NAME", "hf://Qwen/Qwen2.5-7B-Instruct"]])}`))!;
    expect(at(hf.deployments[0]!.model)).toEqual(["Qwen/Qwen2.5-7B-Instruct", 15, "spec.template.spec.containers[0].env[0].value (NIM_MODEL_NAME)"]);
    expect(hf.notes).toEqual([]);

    const served = k8s.adaptText(POD(`          image: nvcr.io/nim/nvidia/llm-nim:2.0.1\n${env([["NIM_MODEL_PATH", "/models/custom"], ["NIM_SERVED_MODEL_NAME", "Qwen/Qwen2.5-7B-Instruct"]])}`))!;
    expect(at(served.deployments[0]!.model)?.slice(0, 2)).toEqual(["Qwen/Qwen2.5-7B-Instruct", 17]);
    expect(codes(served)).toEqual([["model-from-served-name", "notice", 17]]);
    expect(served.notes[0]!.message).toContain("NIM_MODEL_PATH is /models/custom, a local path that names no model");

    const none = k8s.adaptText(POD(`          image: nvcr.io/nim/nvidia/llm-nim:1.12\n`))!;
    expect(none.deployments).toEqual([]);
    expect(codes(none)).toEqual([["model-missing", "warning", 12]]);
    expect(none.notes[0]!.message).toContain("NIM_MODEL_PATH");

    // A model-specific image with a local NIM_MODEL_NAME: the image's model, said.
    const localCopy = k8s.adaptText(POD(`          image: nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3.3\n${env([["NIM_MODEL_NAME", "/model-repo/llama-3.1-8b/"]])}`))!;
    expect(at(localCopy.deployments[0]!.model)).toEqual(["llama-3.1-8b-instruct", 12, "spec.template.spec.containers[0].image"]);
    expect(codes(localCopy)).toEqual([["model-from-image", "notice", 15]]);
  });

  it("ranks NIM's sources: args after nim-serve over NIM_PASSTHROUGH_ARGS over NIM_* env over the profile", () => {
    const a = k8s.adaptText(
      POD(`          image: nvcr.io/nim/meta/llama-3.1-70b-instruct:2.0.1
          args: [nim-serve, --tensor-parallel-size, "2"]
${env([
  ["NIM_TENSOR_PARALLEL_SIZE", "4"],
  ["NIM_PASSTHROUGH_ARGS", "--max-model-len 8192 --gpu-memory-utilization 0.85"],
  ["NIM_MAX_MODEL_LEN", "16384"],
  ["NIM_MODEL_PROFILE", "vllm-fp8-tp4-pp1"],
])}`),
    )!;
    const d = a.deployments[0]!;
    expect(at(d.tensorParallel)).toEqual([2, 13, "spec.template.spec.containers[0].args[2] (--tensor-parallel-size)"]);
    expect(at(d.contextLength)?.slice(0, 2)).toEqual([8192, 18]);
    expect(at(d.memoryFraction)?.slice(0, 2)).toEqual([0.85, 18]);
    // The profile still gives the precision no flag gives.
    expect(at(d.precision)).toEqual(["fp8", 22, "spec.template.spec.containers[0].env[3].value (NIM_MODEL_PROFILE: fp8)"]);
    expect(codes(a)).toEqual([
      ["value-overridden", "warning", 20],
      ["value-overridden", "warning", 16],
      ["value-overridden", "warning", 22],
    ]);
  });

  it("warns on NIM_* values that are not numbers, tells profile ids and values from Secrets", () => {
    const a = k8s.adaptText(
      POD(`          image: nvcr.io/nim/meta/llama-3.1-8b-instruct:1.3.3
${env([
  ["NIM_MAX_MODEL_LEN", "lots"],
  ["NIM_MODEL_PROFILE", "07cd4f2bddd7a14ca84bab0a32602889fd0ae0eb76dc2eb0fc32594d065011a4"],
])}            - name: NIM_TENSOR_PARALLEL_SIZE
              valueFrom:
                configMapKeyRef: {name: nim, key: tp}
`),
    )!;
    const d = a.deployments[0]!;
    expect(d.contextLength).toBeUndefined();
    expect(d.tensorParallel).toBeUndefined();
    expect(codes(a)).toEqual([
      ["not-whole-number", "warning", 15],
      ["env-var-from-secret", "notice", 18],
      ["profile-not-read", "notice", 17],
    ]);
  });

  it("reads NIM_TENSOR_PARALLEL_SIZE and a readable NIM_MODEL_PROFILE in a NIMService's spec.env", () => {
    const a = adaptText(`apiVersion: apps.nvidia.com/v1alpha1
kind: NIMService
metadata:
  name: nim
spec:
  image:
    repository: nvcr.io/nim/meta/llama-3.1-70b-instruct
  nodeSelector:
    nvidia.com/gpu.product: NVIDIA-H100-80GB-HBM3
  env:
    - name: NIM_MODEL_PROFILE
      value: tensorrt_llm-h100-fp8-tp2-pp1-latency
    - name: NIM_MAX_MODEL_LEN
      value: "32768"
`)!;
    const d = a.deployments[0]!;
    expect(at(d.tensorParallel)).toEqual([2, 12, "spec.env[0].value (NIM_MODEL_PROFILE: tp2)"]);
    expect(at(d.precision)).toEqual(["fp8", 12, "spec.env[0].value (NIM_MODEL_PROFILE: fp8)"]);
    expect(at(d.contextLength)).toEqual([32768, 14, "spec.env[1].value (NIM_MAX_MODEL_LEN)"]);
    // No count: the profile's tensor parallelism, said.
    expect(at(d.gpuCount)).toEqual([2, 12, "assumed: the tensor parallelism"]);
    expect(codes(a)).toEqual([["gpu-count-assumed", "notice", 5]]);
  });
});

describe("adaptKubeAI: OLlama", () => {
  const codes = (a: Adaptation) => a.notes.map((n) => [n.code, n.severity, n.range.line]);
  const MODEL = (spec: string) => `apiVersion: kubeai.org/v1
kind: Model
metadata:
  name: m
spec:
  features: [TextGeneration]
  engine: OLlama
  resourceProfile: nvidia-gpu-l4:1
${spec}`;

  it("reads the Ollama server's env: OLLAMA_CONTEXT_LENGTH, OLLAMA_NUM_PARALLEL, OLLAMA_KV_CACHE_TYPE with flash attention", () => {
    const { deployment: d, adaptation } = only("kubeai-ollama-env.yaml");
    expect(at(d.model)).toEqual(["ollama://qwen2.5:7b", 9, "spec.url"]);
    expect(at(d.gpu)).toEqual(["L4", 16, "spec.resourceProfile (nvidia-gpu-l4)"]);
    expect(at(d.contextLength)).toEqual([16384, 12, "spec.env.OLLAMA_CONTEXT_LENGTH"]);
    expect(d.contextLength?.via).toEqual({ env: "OLLAMA_CONTEXT_LENGTH" });
    // Ollama allocates the context for each parallel request: a demand, not a cap.
    expect(at(d.concurrency)).toEqual([2, 13, "spec.env.OLLAMA_NUM_PARALLEL"]);
    expect(d.concurrencyIsEngineCap).toBeUndefined();
    expect(at(d.kvCachePrecision)).toEqual(["int8", 15, "spec.env.OLLAMA_KV_CACHE_TYPE"]);
    // The weights are the tag's GGUF, read by the catalog's Ollama rules, not guessed from the name.
    expect(d.precision).toBeUndefined();
    expect(adaptation.notes).toEqual([]);
  });

  it("reads an Ollama model kept on a volume (pvc://…?model=) and drops KubeAI's ?pull= option", () => {
    const { deployment: d, adaptation } = only("kubeai-ollama-pvc.yaml");
    expect(at(d.model)).toEqual(["ollama://qwen2.5:0.5b", 8, "spec.url"]);
    expect(d.contextLength).toBeUndefined();
    expect(adaptation.notes).toEqual([]);
    const noPull = adaptText(MODEL("  url: ollama://gemma3:27b?pull=false\n"))!;
    expect(at(noPull.deployments[0]!.model)).toEqual(["ollama://gemma3:27b", 9, "spec.url"]);
  });

  it("warns on junk, tells a quantized KV cache without flash attention, refuses a list env, and skips embedding models", () => {
    const junk = adaptText(MODEL(`  url: ollama://qwen2.5:7b\n  env:\n    OLLAMA_CONTEXT_LENGTH: "0"\n    OLLAMA_NUM_PARALLEL: many\n    OLLAMA_KV_CACHE_TYPE: q8_0\n`))!;
    const d = junk.deployments[0]!;
    expect(d.contextLength).toBeUndefined();
    expect(d.concurrency).toBeUndefined();
    expect(d.kvCachePrecision).toBeUndefined();
    expect(codes(junk)).toEqual([
      ["not-whole-number", "warning", 11],
      ["not-whole-number", "warning", 12],
      ["setting-ignored", "notice", 13],
    ]);
    const unknownType = adaptText(MODEL(`  url: ollama://qwen2.5:7b\n  env:\n    OLLAMA_FLASH_ATTENTION: "true"\n    OLLAMA_KV_CACHE_TYPE: q2\n`))!;
    expect(codes(unknownType)).toEqual([["precision-unknown", "warning", 12]]);
    const list = adaptText(MODEL(`  url: ollama://qwen2.5:7b\n  env:\n    - name: OLLAMA_CONTEXT_LENGTH\n      value: "8192"\n`))!;
    expect(list.deployments[0]!.contextLength).toBeUndefined();
    expect(codes(list)).toEqual([["key-not-accepted", "warning", 10]]);
    const embedding = adaptText(MODEL("  url: ollama://nomic-embed-text\n").replace("[TextGeneration]", "[TextEmbedding]"));
    expect(embedding).toBeNull();
  });
});

describe("adaptNim, adaptKubeAI: other documents", () => {
  it("each reads its own kind only", () => {
    const nim = parseYamlFile("x.yaml", "apiVersion: apps.nvidia.com/v1alpha1\nkind: NIMService\nspec: {}\n").documents[0]!;
    const kubeai = parseYamlFile("x.yaml", "apiVersion: kubeai.org/v1\nkind: Model\nspec: {url: hf://a/b}\n").documents[0]!;
    expect(adaptNim(nim, "x.yaml", "/x.yaml")).not.toBeNull();
    expect(adaptKubeAI(nim, "x.yaml", "/x.yaml")).toBeNull();
    expect(adaptKubeAI(kubeai, "x.yaml", "/x.yaml")).not.toBeNull();
    expect(adaptNim(kubeai, "x.yaml", "/x.yaml")).toBeNull();
  });

  it("returns null for documents that are neither", () => {
    expect(adaptText("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec: {}\n")).toBeNull();
    expect(adaptText("apiVersion: kubeai.org/v1\nkind: NotAModel\nspec: {}\n")).toBeNull();
    expect(adaptText("apiVersion: apps.nvidia.com/v1alpha1\nkind: NIMCache\nspec: {}\n")).toBeNull();
    expect(adaptText("apiVersion: other.io/v1\nkind: NIMService\nspec: {}\n")).toBeNull();
    expect(adaptText("apiVersion: kubeai.org/v1\nkind: Model\nspec: 3\n")).toBeNull();
    expect(adaptText("- a\n- b\n")).toBeNull();
    expect(adaptText("just text\n")).toBeNull();
  });

  it("every fixture the adapter accepts contains a marker", () => {
    for (const name of readdirSync(FIXTURES)) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      if (adaptFixture(name) !== null) expect([...NIM_MARKERS, ...KUBEAI_MARKERS].some((m) => text.includes(m)), name).toBe(true);
    }
  });
});

describe("NIM image names from NVIDIA's nim-deploy examples resolve to catalog models", () => {
  it.each([
    ["nvcr.io/nim/meta/llama3-8b-instruct:1.0.0", "meta-llama/Meta-Llama-3-8B-Instruct"],
    ["nvcr.io/nim/meta/llama3-70b-instruct:1.0.3", "meta-llama/Meta-Llama-3-70B-Instruct"],
    ["nvcr.io/nim/mistralai/mistral-7b-instruct-v03:1.1.2", "mistralai/Mistral-7B-Instruct-v0.3"],
    ["nvcr.io/nim/mistralai/mixtral-8x7b-instruct-v01:1.2.1", "mistralai/Mixtral-8x7B-Instruct-v0.1"],
  ])("%s → %s", async (image, id) => {
    const { modelFromNimImage } = await import("../src/adapt/nim.js");
    const { resolveModel } = await import("../src/catalog/resolve.js");
    expect(resolveModel(modelFromNimImage(image)!, ".").id).toBe(id);
  });
});
