import { describe, expect, it } from "vitest";
import {
  engineRequirement,
  engineVersionFromImage,
  engineVersionFromInstall,
  engineVersionFromRequirements,
  engineVersionOf,
  imageFromParts,
  imageText,
} from "../src/adapt/kit.js";
import { adaptDynamo } from "../src/adapt/dynamo.js";
import { adaptKServe } from "../src/adapt/kserve.js";
import { adaptKubernetes } from "../src/adapt/kubernetes.js";
import { adaptLlmD } from "../src/adapt/llm-d.js";
import { adaptRay } from "../src/adapt/ray.js";
import { adaptDstack } from "../src/adapt/dstack.js";
import { ReferenceIndex } from "../src/adapt/references.js";
import type { Adapter } from "./helpers/adapt.js";
import { fixtureReader } from "./helpers/adapt.js";
import { runCli } from "./helpers/cli.js";
import { join } from "node:path";

/**
 * The engine's version comes from the manifest: the tag of an image that is the engine's own, an
 * install command that pins it in a launch script, the requirements a runtime installs. Every
 * reader that sees the image or the script sets it (Deployment.engine.version), and it reaches
 * the report (`engineMemory.version` in the JSON report, the `estimate` engine line).
 */

describe("the engine's version from an image", () => {
  it.each([
    ["vllm/vllm-openai:v0.11.0", "vllm", "0.11.0"],
    ["docker.io/vllm/vllm-openai:v0.9.0.1", "vllm", "0.9.0.1"],
    ["docker.io/vllm/vllm-openai:0.6.3.post1", "vllm", "0.6.3"],
    ["docker:vllm/vllm-openai:v0.10.1", "vllm", "0.10.1"],
    ["vllm/vllm-openai-rocm:v0.11.2", "vllm", "0.11.2"],
    ["aibrix/vllm-openai:v0.7.3.self.post1", "vllm", "0.7.3"],
    ["lmsysorg/sglang:v0.4.6.post1-cu124", "sglang", "0.4.6"],
    ["docker.io/lmsysorg/sglang:v0.5.5.post3-cu129-amd64", "sglang", "0.5.5"],
    ["ghcr.io/huggingface/text-generation-inference:3.0.1", "tgi", "3.0.1"],
    ["nvcr.io/nvidia/tensorrt-llm/release:0.21.0", "trtllm", "0.21.0"],
    ["localhost:5000/vllm/vllm-openai:v0.10.1@sha256:abc", "vllm", "0.10.1"],
  ])("%s (%s) → %s", (image, engine, version) => {
    expect(engineVersionFromImage(image, engine)).toBe(version);
  });

  it.each([
    // A tag without a version, a digest only, no tag (the colon is the registry's port).
    ["vllm/vllm-openai:latest", "vllm"],
    ["vllm/vllm-openai@sha256:0123456789abcdef", "vllm"],
    ["localhost:5000/vllm-openai", "vllm"],
    // Images that repackage an engine under a version of their own.
    ["nvcr.io/nvidia/ai-dynamo/vllm-runtime:0.6.1", "vllm"],
    ["nvcr.io/nvidia/ai-dynamo/sglang-runtime:1.0.0", "sglang"],
    ["nvcr.io/nvidia/ai-dynamo/tensorrtllm-runtime:0.4.0", "trtllm"],
    ["lmcache/vllm-openai:v0.3.1", "vllm"],
    ["kserve/vllmserver:v0.11.2", "vllm"],
    ["kserve/huggingfaceserver:v0.15.0", "vllm"],
    ["ghcr.io/llm-d/llm-d:v0.2.0", "vllm"],
    ["rayproject/ray-llm:2.50.1-py311-cu124", "vllm"],
    ["registry.redhat.io/rhaiis/vllm-cuda-rhel9:3.2.1", "vllm"],
    ["quay.io/modh/vllm:rhoai-2.16", "vllm"],
    ["nvcr.io/nvidia/tritonserver:24.08-trtllm-python-py3", "trtllm"],
    // NVIDIA NIM is versioned by NIM, whatever engine it runs.
    ["nvcr.io/nim/meta/llama-3.1-8b-instruct:1.8.4", "vllm"],
    // Another engine's image.
    ["vllm/vllm-openai:v0.11.0", "sglang"],
    ["nvcr.io/nvidia/pytorch:24.05-py3", "vllm"],
  ])("%s (%s) → no version", (image, engine) => {
    expect(engineVersionFromImage(image, engine)).toBeUndefined();
  });
});

describe("the engine's version from a requirement", () => {
  it.each([
    ["vllm==0.8.5", "vllm", "0.8.5"],
    ["vllm===0.8.5", "vllm", "0.8.5"],
    ['"sglang[all]==0.4.6.post1"', "sglang", "0.4.6"],
    ["vLLM == 0.6.3", "vllm", "0.6.3"],
    ["tensorrt_llm==0.21.0", "trtllm", "0.21.0"],
    ["tensorrt-llm==1.0.0rc4", "trtllm", "1.0.0"],
    ["vllm==0.6.3; platform_system == 'Linux'", "vllm", "0.6.3"],
    ["https://github.com/vllm-project/vllm/releases/download/v0.6.3/vllm-0.6.3+cu118-cp38-abi3-manylinux1_x86_64.whl", "vllm", "0.6.3"],
    // The engine's package without one version: the newest, or any.
    ["vllm", "vllm", null],
    ["vllm>=0.6", "vllm", null],
    ["vllm~=0.6.3", "vllm", null],
    ["vllm==0.6.*", "vllm", null],
    ["vllm>=0.6,<0.7", "vllm", null],
    ["vllm @ git+https://github.com/vllm-project/vllm", "vllm", null],
    // Another package.
    ["vllm-flash-attn==2.6.1", "vllm", undefined],
    ["hf_transfer==0.1.8", "vllm", undefined],
    ["vllm==0.8.5", "sglang", undefined],
    ["text-generation==0.7.0", "tgi", undefined],
  ])("%s (%s) → %s", (requirement, engine, version) => {
    expect(engineRequirement(requirement, engine)).toBe(version);
  });

  it("the last requirement that names the engine decides", () => {
    expect(engineVersionFromRequirements(["hf_transfer", "vllm==0.8.5"], "vllm")).toBe("0.8.5");
    expect(engineVersionFromRequirements(["vllm==0.8.5", "vllm>=0.9"], "vllm")).toBeUndefined();
    expect(engineVersionFromRequirements(["sglang==0.4.6"], "vllm")).toBeUndefined();
  });
});

describe("the engine's version from an install command", () => {
  it.each([
    ["pip install vllm==0.6.3", "vllm", "0.6.3"],
    ["pip3 install --no-cache-dir vllm==0.7.2 hf_transfer", "vllm", "0.7.2"],
    ["python3 -m pip install -U vllm==0.8.5", "vllm", "0.8.5"],
    ["uv pip install --system vllm==0.9.2 && vllm serve Qwen/Qwen2.5-7B-Instruct", "vllm", "0.9.2"],
    ['pip install "sglang[all]==0.4.6.post1"', "sglang", "0.4.6"],
    ["pip install sglang[all]==0.4.6.post1", "sglang", "0.4.6"],
    ["pip install 'tensorrt_llm==0.21.0' --extra-index-url https://pypi.nvidia.com", "trtllm", "0.21.0"],
    ["pip install \\\n  vllm==0.5.4", "vllm", "0.5.4"],
    ["set -e\necho starting\npip install vllm==0.6.3\nvllm serve m", "vllm", "0.6.3"],
    // A script inside the script.
    ["echo hi; bash -c 'pip install vllm==0.8.5 && vllm serve m'", "vllm", "0.8.5"],
    // The last install of the engine's package decides; an unpinned one without --upgrade changes nothing.
    ["pip install vllm==0.6.3\npip install vllm", "vllm", "0.6.3"],
    ["pip install vllm==0.6.3\npip install vllm==0.7.0", "vllm", "0.7.0"],
  ])("%j (%s) → %s", (script, engine, version) => {
    expect(engineVersionFromInstall(script, engine)).toBe(version);
  });

  it.each([
    ["pip install vllm", "vllm"],
    ["pip install -U vllm", "vllm"],
    ['pip install "vllm>=0.6"', "vllm"],
    ["pip install vllm>=0.6", "vllm"],
    ["pip install vllm==0.6.3\npip install --upgrade vllm", "vllm"],
    ["pip install -r requirements.txt", "vllm"],
    ["# pip install vllm==0.1.0\nvllm serve m", "vllm"],
    ["echo vllm==0.6.3", "vllm"],
    ["pip install vllm==0.6.3", "sglang"],
    ["pip install vllm==$VLLM_VERSION", "vllm"],
  ])("%j (%s) → no version", (script, engine) => {
    expect(engineVersionFromInstall(script, engine)).toBeUndefined();
  });

  it("a variable of the launcher's env is filled in", () => {
    expect(engineVersionFromInstall("pip install vllm==$VLLM_VERSION", "vllm", [{ name: "VLLM_VERSION", value: "0.9.1" }])).toBe("0.9.1");
    expect(engineVersionFromInstall('pip install "vllm==${V}"', "vllm", [{ name: "V", value: null }])).toBeUndefined();
  });
});

describe("which source wins", () => {
  it("an install at start over the requirements, the requirements over the image", () => {
    const image = "vllm/vllm-openai:v0.8.5";
    expect(engineVersionOf("vllm", { image })).toBe("0.8.5");
    expect(engineVersionOf("vllm", { image, scripts: ["pip install vllm==0.10.1 && vllm serve m"] })).toBe("0.10.1");
    expect(engineVersionOf("vllm", { image, scripts: [undefined, "vllm serve m"] })).toBe("0.8.5");
    // An upgrade to the newest replaces the image's engine with one of no known version.
    expect(engineVersionOf("vllm", { image, scripts: ["pip install -U vllm"] })).toBeUndefined();
    expect(engineVersionOf("vllm", { image, requirements: ["vllm==0.9.2"] })).toBe("0.9.2");
    expect(engineVersionOf("vllm", { image, requirements: ["vllm>=0.9"] })).toBe("0.8.5");
    // SkyPilot's setup runs before run: the last install decides.
    expect(engineVersionOf("vllm", { scripts: ["pip install vllm==0.6.3", "pip install vllm==0.7.3\nvllm serve m"] })).toBe("0.7.3");
  });

  it("an image as a values file writes it", () => {
    expect(imageText("vllm/vllm-openai:v0.8.5")).toBe("vllm/vllm-openai:v0.8.5");
    expect(imageText({ repository: "vllm/vllm-openai", tag: "v0.8.5" })).toBe("vllm/vllm-openai:v0.8.5");
    expect(imageText({ registry: "docker.io", repository: "vllm/vllm-openai", tag: "v0.8.5" })).toBe("docker.io/vllm/vllm-openai:v0.8.5");
    expect(imageText({ repository: "vllm/vllm-openai", tag: "@sha256:abc" })).toBe("vllm/vllm-openai@sha256:abc");
    expect(imageText({ tag: "v0.8.5" })).toBeUndefined();
    expect(imageFromParts("vllm/vllm-openai", undefined)).toBe("vllm/vllm-openai");
  });
});

// ------------------------------------------------------------------------------------ the readers

/** Each fixture directory's JSON report, once: deployment name → the version engineMemory was computed for. */
const reports = new Map<string, Promise<Map<string, string | null>>>();
function versionsIn(dir: string): Promise<Map<string, string | null>> {
  let report = reports.get(dir);
  if (!report) {
    report = runCli(["check", `__tests__/fixtures/${dir}`, "--format", "json", "--fail-on", "never"]).then((r) => {
      expect(r.stderr).toBe("");
      const json = JSON.parse(r.stdout) as { deployments: Array<{ name: string; estimate?: { engineMemory?: { version: string | null } } }> };
      return new Map(json.deployments.map((d) => [d.name, d.estimate?.engineMemory?.version ?? null]));
    });
    reports.set(dir, report);
  }
  return report;
}

describe("every reader's engine version reaches the report (engineMemory.version)", () => {
  it.each([
    // Kubernetes: the container's image; an install in its script wins over it.
    ["kubernetes", "llama-3-1-8b", "0.8.5"],
    ["kubernetes", "qwen-pinned", "0.10.1"],
    ["kubernetes", "qwen-sglang", "0.4.6"],
    ["kubernetes", "mistral-vllm", null],
    // A NIM image in a Deployment: NIM's version is not vLLM's.
    ["nim-kubeai", "nim-llama-70b", null],
    // KServe: custom containers, an LLMInferenceService's main container, a runtime's container, the predictor's own image over its runtime's.
    ["kserve", "mistral-custom", "0.6.3"],
    ["kserve", "qwen-llmisvc", "0.10.2"],
    ["kserve", "huggingface-llama3", null],
    ["kserve-runtime", "llama-70b", "0.8.5"],
    ["kserve-runtime", "llama-8b", null],
    // Helm values: production-stack's repository + tag (LMCache's image is LMCache's version); llm-d's container image.
    ["helm", "llama3-8b", "0.8.5"],
    ["helm", "qwen-lmcache", null],
    ["helm", "meta-llama/Llama-3.1-8B-Instruct/decode", "0.10.1"],
    ["helm", "meta-llama/Llama-3.1-70B-Instruct/decode", null],
    // Ray Serve: runtime_env pip (the LLMConfig's over its application's); KubeRay / AIBrix: the head container's image.
    ["ray", "pinned/qwen-7b", "0.8.5"],
    ["ray", "pinned/qwen-7b-newer", "0.9.2"],
    ["ray", "llms/qwen2.5-7b-instruct", null],
    ["ray", "llama-405b", "0.10.1"],
    ["aibrix", "deepseek-r1", "0.9.1"],
    // KAITO: a custom pod template's image (read as a pod); a preset says none.
    ["kaito", "workspace-custom-qwen", "0.10.1"],
    ["kaito", "workspace-phi-3-mini", null],
    // Dynamo: the runtime image is Dynamo's version; an install in the worker's script pins vLLM's.
    ["dynamo", "qwen-pinned/VllmWorker", "0.10.1"],
    ["dynamo", "llama-agg/VllmWorker", null],
    // OME: the runner's image, from the runtime.
    ["ome", "llama-3-1-8b-instruct", "0.5.5"],
    ["ome", "deepseek-r1", "0.5.5"],
    // dstack: image, or an install in the commands; SkyPilot: setup's install, or a docker image_id.
    ["launchers", "llama-pd/decode", "0.5.2"],
    ["launchers", "sglang-pinned", "0.4.6"],
    ["launchers", "llama31", null],
    ["launchers", "llama31-nim", null],
    ["launchers", "skypilot-task", "0.6.3"],
    ["launchers", "qwen-docker", "0.10.1"],
    // KubeAI: spec.image when the Model names one.
    ["nim-kubeai", "qwen-7b-l4-pinned", "0.8.5"],
    ["nim-kubeai", "llama-3.1-8b-instruct-fp8-l4", null],
  ])("%s: %s → %s", async (dir, name, version) => {
    const versions = await versionsIn(dir);
    expect(versions.has(name)).toBe(true);
    expect(versions.get(name)).toBe(version);
  });
});

describe("the readers, one by one", () => {
  const inline = (adapter: Adapter, text: string) => {
    const adaptation = fixtureReader(adapter, "kubernetes").adaptText(text);
    expect(adaptation?.deployments).toHaveLength(1);
    return adaptation!.deployments[0]!.engine;
  };

  it("Kubernetes: TensorRT-LLM's release image; a NIM image's tag is NIM's", () => {
    const { only } = fixtureReader(adaptKubernetes, "kubernetes");
    expect(only("no-gpu-count.yaml").deployment.engine?.version).toBe("0.21.0");
    const nim = fixtureReader(adaptKubernetes, "nim-kubeai").only("nim-deployment-h100.yaml").deployment;
    expect(nim.engine?.name).toBe("vllm");
    expect(nim.engine?.version).toBeUndefined();
  });

  it("KServe: the predictor's own image over its ServingRuntime's", () => {
    const runtimes = fixtureReader(adaptKServe, "kserve-runtime");
    const references = new ReferenceIndex();
    const runtime = "vllm-runtime.yaml";
    references.addFile(runtimes.documentsOf(runtime), `__tests__/fixtures/kserve-runtime/${runtime}`, join(runtimes.FIXTURES, runtime));
    const isvc = (image: string) =>
      [
        "apiVersion: serving.kserve.io/v1beta1",
        "kind: InferenceService",
        "metadata: {name: own-image}",
        "spec:",
        "  predictor:",
        "    nodeSelector: {nvidia.com/gpu.product: NVIDIA-L4}",
        "    model:",
        "      modelFormat: {name: vLLM}",
        "      runtime: vllm-runtime",
        ...(image ? [`      image: ${image}`] : []),
        "      storageUri: hf://Qwen/Qwen2.5-7B-Instruct",
        "      args: [--max-model-len=8192]",
        "      resources: {limits: {nvidia.com/gpu: 1}}",
      ].join("\n");
    const adapt = (image: string) => {
      const adaptation = fixtureReader((d, f, a) => adaptKServe(d, f, a, references), "kserve").adaptText(isvc(image));
      expect(adaptation?.deployments).toHaveLength(1);
      return adaptation!.deployments[0]!;
    };
    // The runtime's image (quay.io/modh/vllm:rhoai-2.16) says no vLLM version; the predictor's does, and KServe runs it.
    expect(adapt("").engine?.version).toBeUndefined();
    const own = adapt("vllm/vllm-openai:v0.11.0");
    expect(own.engine?.version).toBe("0.11.0");
    // The runtime's values keep their file.
    expect(own.memoryFraction?.path).toBe("ServingRuntime vllm-runtime spec.containers[0].args[4] (--gpu-memory-utilization)");
  });

  it("KServe: the Hugging Face server's image (KServe's version) says none", () => {
    const engine = inline(
      adaptKServe,
      [
        "apiVersion: serving.kserve.io/v1beta1",
        "kind: InferenceService",
        "metadata: {name: hf}",
        "spec:",
        "  predictor:",
        "    model:",
        "      modelFormat: {name: huggingface}",
        "      image: kserve/huggingfaceserver:v0.15.0",
        "      args: [--model_id=Qwen/Qwen2.5-7B-Instruct]",
        "      resources: {limits: {nvidia.com/gpu: 1}}",
      ].join("\n"),
    );
    expect(engine?.name).toBe("vllm");
    expect(engine?.version).toBeUndefined();
  });

  it("llm-d: an image written as repository and tag; a custom command's install", () => {
    const values = (container: string) =>
      ["modelArtifacts:", "  uri: hf://Qwen/Qwen2.5-7B-Instruct", "decode:", "  replicas: 1", "  containers:", container].join("\n");
    const mapping = inline(adaptLlmD, values("    - name: vllm\n      image: {repository: vllm/vllm-openai, tag: v0.10.1}\n      modelCommand: vllmServe"));
    expect(mapping?.version).toBe("0.10.1");
    const custom = inline(
      adaptLlmD,
      values('    - name: vllm\n      image: ghcr.io/llm-d/llm-d:v0.2.0\n      command: [sh, -c]\n      args: ["pip install vllm==0.9.2 && vllm serve Qwen/Qwen2.5-7B-Instruct"]'),
    );
    expect(custom?.version).toBe("0.9.2");
  });

  it("RayService: the image of the worker group the replica runs on, when it is vLLM's", () => {
    const service = (image: string) =>
      [
        "apiVersion: ray.io/v1",
        "kind: RayService",
        "metadata: {name: rs}",
        "spec:",
        "  serveConfigV2: |",
        "    applications:",
        "    - name: app",
        "      import_path: ray.serve.llm:build_openai_app",
        "      args:",
        "        llm_configs:",
        "        - model_loading_config: {model_id: q, model_source: Qwen/Qwen2.5-7B-Instruct}",
        "          accelerator_type: L4",
        "  rayClusterConfig:",
        "    headGroupSpec:",
        "      template:",
        "        spec:",
        "          containers: [{name: ray-head, image: rayproject/ray-llm:2.50.1-py311-cu124}]",
        "    workerGroupSpecs:",
        "    - groupName: gpu",
        "      replicas: 1",
        "      template:",
        "        spec:",
        "          nodeSelector: {nvidia.com/gpu.product: NVIDIA-L4}",
        "          containers:",
        `          - {name: ray-worker, image: "${image}", resources: {limits: {nvidia.com/gpu: 1}}}`,
      ].join("\n");
    expect(inline(adaptRay, service("vllm/vllm-openai:v0.9.1"))?.version).toBe("0.9.1");
    expect(inline(adaptRay, service("rayproject/ray-llm:2.50.1-py311-cu124"))?.version).toBeUndefined();
  });

  it("Dynamo v1beta1: the main container's image when it is the engine's own", () => {
    const engine = inline(
      adaptDynamo,
      [
        "apiVersion: nvidia.com/v1beta1",
        "kind: DynamoGraphDeployment",
        "metadata: {name: g}",
        "spec:",
        "  components:",
        "  - name: worker",
        "    type: worker",
        "    podTemplate:",
        "      spec:",
        "        containers:",
        "        - name: main",
        "          image: lmsysorg/sglang:v0.5.2-cu126",
        "          command: [python3, -m, dynamo.sglang]",
        "          args: [--model-path, Qwen/Qwen2.5-7B-Instruct]",
        "          resources: {limits: {nvidia.com/gpu: 1}}",
      ].join("\n"),
    );
    expect(engine).toMatchObject({ name: "sglang", version: "0.5.2" });
  });

  it("dstack: a variable of env in the install command is filled in", () => {
    const engine = inline(
      adaptDstack,
      [
        "type: service",
        "name: s",
        "env: [VLLM_VERSION=0.9.1]",
        "commands:",
        "  - pip install vllm==$VLLM_VERSION",
        "  - vllm serve Qwen/Qwen2.5-7B-Instruct",
        "port: 8000",
        "resources: {gpu: L4:1}",
      ].join("\n"),
    );
    expect(engine?.version).toBe("0.9.1");
  });
});
