import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Adaptation } from "../src/adapt/kit.js";
import { adaptRay, RAY_MARKERS } from "../src/adapt/ray.js";
import { gpuLookup } from "../src/catalog/lookups.js";
import { at } from "./helpers/adapt.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

function text(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

function adaptSource(source: string, name = "inline.yaml", absolutePath = "/repo/inline.yaml"): Adaptation | null {
  const file = parseYamlFile(name, source);
  expect(file.findings).toEqual([]);
  return adaptRay(file.documents[0]!, name, absolutePath);
}

function adaptFile(name: string): Adaptation | null {
  return adaptSource(text(name), name, join(FIXTURES, name));
}


/** [line, column] of a range. */
function pos(l: { range: { line: number; column: number } } | undefined): [number, number] | undefined {
  return l ? [l.range.line, l.range.column] : undefined;
}

/** Paths in a RayService name the serveConfigV2 string they are inside. */
const QWEN = "spec.serveConfigV2: applications[0].args.llm_configs[0]";
const LLAMA = "spec.serveConfigV2: applications[0].args.llm_configs[1]";

describe("adaptRay: speculative decoding", () => {
  it("reads a speculative_config dict in engine_kwargs as vLLM's --speculative-config, at its key", () => {
    const source = [
      "applications:",
      "- name: llama",
      "  import_path: ray.serve.llm:build_llm_deployment",
      "  args:",
      "    llm_config:",
      "      model_loading_config:",
      "        model_source: meta-llama/Llama-3.1-8B-Instruct",
      "      accelerator_type: L4",
      "      engine_kwargs:",
      "        speculative_config:",
      "          method: ngram",
      "          num_speculative_tokens: 4",
      "",
    ].join("\n");
    const [d] = adaptSource(source)!.deployments;
    // At its value, as every fact read from engine_kwargs is.
    expect(d!.engine?.speculative?.line).toBe(11);
    const plain = adaptSource(source.replace(/ {8}speculative_config:\n.*\n.*\n/, "        max_model_len: 8192\n"))!.deployments[0]!;
    expect(plain.engine?.speculative).toBeUndefined();
  });
});

describe("adaptRay: RayService with a literal-block serveConfigV2", () => {
  it("reads one deployment per LLMConfig, each fact on its line in the block", () => {
    const a = adaptFile("ray/rayservice-llm.yaml")!;
    expect(a.deployments.map((d) => d.name)).toEqual(["llms/qwen2.5-7b-instruct", "llms/llama-3.1-70b-instruct"]);
    const [qwen, llama] = a.deployments;

    expect(qwen!.format).toBe("ray-serve");
    expect(qwen!.file).toBe("ray/rayservice-llm.yaml");
    expect(qwen!.baseDir).toBe(join(FIXTURES, "ray"));
    expect(qwen!.range.line).toBe(16);
    expect(at(qwen!.model)).toEqual(["Qwen/Qwen2.5-7B-Instruct", 17, `${QWEN}.model_loading_config.model_source`]);
    expect(pos(qwen!.model)).toEqual([17, 27]);
    expect(at(qwen!.gpu)).toEqual(["L4", 18, `${QWEN}.accelerator_type`]);
    expect(pos(qwen!.gpu)).toEqual([18, 29]);
    expect(gpuLookup.find(qwen!.gpu!.value)?.id).toBe("L4");
    // No parallelism: one GPU per replica, located on the LLMConfig (lines 15-30).
    expect(at(qwen!.gpuCount)).toEqual([1, 15, `${QWEN} (1 GPU: no tensor or pipeline parallelism)`]);
    expect(qwen!.gpuCount.range.endLine).toBe(31);
    expect(qwen!.hardwareRange?.line).toBe(18);
    expect(qwen!.tensorParallel).toBeUndefined();
    expect(qwen!.pipelineParallel).toBeUndefined();
    expect(at(qwen!.precision)).toEqual(["bf16", 20, `${QWEN}.engine_kwargs.dtype`]);
    expect(at(qwen!.contextLength)).toEqual([8192, 21, `${QWEN}.engine_kwargs.max_model_len`]);
    expect(pos(qwen!.contextLength)).toEqual([21, 28]);
    expect(qwen!.contextLength!.range.endColumn).toBe(32);
    expect(at(qwen!.concurrency)).toEqual([8, 22, `${QWEN}.engine_kwargs.max_num_seqs`]);
    expect(qwen!.concurrencyIsEngineCap).toBe(true);
    expect(at(qwen!.memoryFraction)).toEqual([0.9, 23, `${QWEN}.engine_kwargs.gpu_memory_utilization`]);

    expect(llama!.range.line).toBe(32);
    expect(at(llama!.model)).toEqual(["meta-llama/Llama-3.1-70B-Instruct", 33, `${LLAMA}.model_loading_config.model_source`]);
    // No accelerator_type: the worker group's nodeSelector.
    expect(at(llama!.gpu)).toEqual(["NVIDIA-L4", 67, 'spec.rayClusterConfig.workerGroupSpecs[0].template.spec.nodeSelector["nvidia.com/gpu.product"]']);
    expect(gpuLookup.find(llama!.gpu!.value)?.id).toBe("L4");
    expect(at(llama!.gpuCount)).toEqual([2, 35, `${LLAMA}.engine_kwargs.tensor_parallel_size`]);
    expect(pos(llama!.gpuCount)).toEqual([35, 35]);
    expect(at(llama!.tensorParallel)).toEqual([2, 35, `${LLAMA}.engine_kwargs.tensor_parallel_size`]);
    expect(llama!.hardwareRange?.line).toBe(35);
    expect(at(llama!.contextLength)).toEqual([16384, 36, `${LLAMA}.engine_kwargs.max_model_len`]);
    expect(llama!.precision).toBeUndefined();
    expect(llama!.memoryFraction).toBeUndefined();
    expect(llama!.concurrency).toBeUndefined();

    // Two GPUs per replica, one per worker pod: the replica spans pods.
    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]).toMatchObject({ severity: "notice", range: { line: 35, column: 35 } });
    expect(a.notes[0]!.message).toMatch(
      /^llms\/llama-3\.1-70b-instruct needs 2 GPUs per replica .* a worker pod of workerGroupSpecs\[0\] \(l4-group\) has 1 .*: Ray spreads the replica over several worker pods/,
    );
  });

  it("locates the same in a file with CRLF line ends", () => {
    const source = text("ray/rayservice-llm.yaml").replace(/\n/g, "\r\n");
    const [qwen, llama] = adaptSource(source)!.deployments;
    expect(pos(qwen!.contextLength)).toEqual([21, 28]);
    expect(qwen!.contextLength!.range.endColumn).toBe(32);
    expect(pos(llama!.tensorParallel)).toEqual([35, 35]);
  });
});

describe("adaptRay: Ray Serve config file", () => {
  it("reads build_llm_deployment and build_openai_app under the older module path; notes a config given as a path", () => {
    const a = adaptFile("ray/serve-config.yaml")!;
    expect(a.deployments.map((d) => d.name)).toEqual(["llama-70b/llama-3.1-70b", "small-models/my_llama"]);
    const [llama, small] = a.deployments;
    const L = "applications[0].args.llm_config";
    expect(llama!.range.line).toBe(15);
    expect(at(llama!.model)).toEqual(["meta-llama/Llama-3.1-70B-Instruct", 16, `${L}.model_loading_config.model_source`]);
    expect(at(llama!.gpu)).toEqual(["A100-80G", 17, `${L}.accelerator_type`]);
    expect(gpuLookup.find(llama!.gpu!.value)?.id).toBe("A100-80GB");
    // tensor × pipeline parallel size, located on tensor_parallel_size.
    expect(at(llama!.gpuCount)).toEqual([4, 19, `${L}.engine_kwargs.tensor_parallel_size × pipeline_parallel_size (2)`]);
    expect(at(llama!.tensorParallel)).toEqual([2, 19, `${L}.engine_kwargs.tensor_parallel_size`]);
    expect(at(llama!.pipelineParallel)).toEqual([2, 20, `${L}.engine_kwargs.pipeline_parallel_size`]);
    expect(at(llama!.precision)).toEqual(["bf16", 21, `${L}.engine_kwargs.dtype`]);
    expect(at(llama!.contextLength)).toEqual([32768, 22, `${L}.engine_kwargs.max_model_len`]);
    expect(at(llama!.concurrency)).toEqual([128, 23, `${L}.engine_kwargs.max_num_seqs`]);
    expect(at(llama!.memoryFraction)).toEqual([0.92, 24, `${L}.engine_kwargs.gpu_memory_utilization`]);

    const S = "applications[1].args.llm_configs[0]";
    expect(small!.range.line).toBe(38);
    expect(at(small!.model)).toEqual([
      "s3://anonymous@air-example-data/rayllm-ossci/meta-Llama-3.2-1B-Instruct",
      40,
      `${S}.model_loading_config.model_source.bucket_uri`,
    ]);
    expect(at(small!.gpu)).toEqual(["A10G", 41, `${S}.accelerator_type`]);
    expect(at(small!.gpuCount)).toEqual([1, 37, `${S} (1 GPU: no tensor or pipeline parallelism)`]);
    expect(at(small!.contextLength)).toEqual([8192, 43, `${S}.engine_kwargs.max_model_len`]);
    expect(small!.precision).toBeUndefined();

    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]).toMatchObject({ severity: "notice", range: { line: 44, column: 7 } });
    expect(a.notes[0]!.message).toMatch(/^applications\[1\]\.args\.llm_configs\[1\] is a path to another file \(models\/qwen-0\.5b\.yaml\), which is not read: write the LLMConfig inline/);
  });

  it("returns null for a serve config without an LLM application", () => {
    expect(adaptFile("ray/serve-not-llm.yaml")).toBeNull();
  });
});

describe("adaptRay: serveConfigV2 that cannot be mapped line for line", () => {
  it("locates every fact in a double-quoted serveConfigV2 on the string; the GPU from the annotation", () => {
    const a = adaptFile("ray/rayservice-quoted.yaml")!;
    expect(a.notes).toEqual([]);
    expect(a.deployments).toHaveLength(1);
    const d = a.deployments[0]!;
    const C = "spec.serveConfigV2: applications[0].args.llm_configs[0]";
    expect(d.name).toBe("chat/qwen");
    const whole = { line: 10, column: 18, endLine: 10, endColumn: 313 };
    expect(d.range).toEqual(whole);
    expect(at(d.model)).toEqual(["Qwen/Qwen2.5-7B-Instruct", 10, `${C}.model_loading_config.model_source`]);
    expect(d.model.range).toEqual(whole);
    expect(at(d.contextLength)).toEqual([4096, 10, `${C}.engine_kwargs.max_model_len`]);
    expect(d.contextLength!.range).toEqual(whole);
    expect(at(d.memoryFraction)).toEqual([0.85, 10, `${C}.engine_kwargs.gpu_memory_utilization`]);
    expect(d.memoryFraction!.range).toEqual(whole);
    expect(at(d.gpuCount)).toEqual([1, 10, `${C} (1 GPU: no tensor or pipeline parallelism)`]);
    expect(at(d.gpu)).toEqual(["L40S", 8, 'metadata.annotations["llm-physics.dev/gpu"]']);
  });

  it("falls back the same for a folded serveConfigV2", () => {
    const a = adaptSource(
      [
        "apiVersion: ray.io/v1",
        "kind: RayService",
        "metadata:",
        "  name: s",
        "spec:",
        "  serveConfigV2: >",
        "    applications:",
        "      - name: app",
        "        import_path: ray.serve.llm:build_openai_app",
        "        args:",
        "          llm_configs:",
        "            - model_loading_config: {model_id: qwen, model_source: Qwen/Qwen2.5-7B-Instruct}",
        "              accelerator_type: L4",
        "              engine_kwargs: {max_model_len: 4096}",
        "",
      ].join("\n"),
    )!;
    expect(a.notes).toEqual([]);
    const d = a.deployments[0]!;
    const whole = { line: 6, column: 18, endLine: 15, endColumn: 1 };
    expect(at(d.contextLength)).toEqual([4096, 6, `${QWEN}.engine_kwargs.max_model_len`]);
    expect(d.contextLength!.range).toEqual(whole);
    expect(d.gpu!.range).toEqual(whole);
    expect(d.model.range).toEqual(whole);
  });

  it("says that a serveConfigV2 that is not valid YAML is not checked, where the error is", () => {
    const a = adaptFile("ray/rayservice-bad-inner-yaml.yaml")!;
    expect(a.deployments).toEqual([]);
    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]!.severity).toBe("warning");
    // Inner line 7, column 7 (the key after the unclosed `{`): outer line 8 + 7, column 4 + 7.
    expect(a.notes[0]!.range).toEqual({ line: 15, column: 11, endLine: 15, endColumn: 12 });
    expect(a.notes[0]!.message).toMatch(/^spec\.serveConfigV2 is a string that is not valid YAML \(.+\): nothing in it is checked/);
  });
});

describe("adaptRay: GPU type", () => {
  it("says how to declare a missing GPU type, and gives the deployment without one", () => {
    const a = adaptFile("ray/rayservice-no-gpu-type.yaml")!;
    expect(a.deployments).toHaveLength(1);
    expect(a.deployments[0]!.gpu).toBeUndefined();
    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]).toMatchObject({ severity: "notice", range: { line: 15, column: 23 } });
    expect(a.notes[0]!.message).toMatch(/^no GPU type is declared for mistral\/mistral-7b: it is checked for the memory it needs per GPU, not against a GPU; set accelerator_type in the llm_config .*, or the annotation llm-physics\.dev\/gpu: H100-SXM under metadata\.annotations/);
    expect(a.notes[0]!.message).toMatch(/\.llm-physics\.yml gpus: by path or by node label$/);
  });

  it("with accelerator_type, counts on worker pods that ask for GPUs without naming them", () => {
    const source = text("ray/rayservice-no-gpu-type.yaml").replace(
      "          engine_kwargs:\n            max_model_len: 8192\n",
      "          accelerator_type: L40S\n          engine_kwargs:\n            max_model_len: 8192\n            tensor_parallel_size: 2\n",
    );
    const a = adaptSource(source)!;
    expect(at(a.deployments[0]!.gpu)).toEqual(["L40S", 17, "spec.serveConfigV2: applications[0].args.llm_configs[0].accelerator_type"]);
    expect(at(a.deployments[0]!.gpuCount)).toEqual([2, 20, "spec.serveConfigV2: applications[0].args.llm_configs[0].engine_kwargs.tensor_parallel_size"]);
    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]).toMatchObject({ severity: "notice", range: { line: 20 } });
    expect(a.notes[0]!.message).toMatch(/needs 2 GPUs per replica .* a worker pod of workerGroupSpecs\[0\] \(gpu-group\) has 1/);
  });

  const serve = (kwargs: string[]) =>
    [
      "applications:",
      "- name: app",
      "  import_path: ray.serve.llm:build_openai_app",
      "  args:",
      "    llm_configs:",
      "    - model_loading_config:",
      "        model_id: qwen",
      "        model_source: Qwen/Qwen2.5-7B-Instruct",
      ...kwargs.map((l) => `      ${l}`),
      "",
    ].join("\n");

  it("reads Ray's accelerator names: exact, older spellings, ambiguous and unknown ones", () => {
    const gpuOf = (type: string) => adaptSource(serve([`accelerator_type: ${type}`]))!;
    expect(gpuLookup.find(gpuOf("A100-40G").deployments[0]!.gpu!.value)?.id).toBe("A100-40GB");
    expect(gpuLookup.find(gpuOf("A100_80G").deployments[0]!.gpu!.value)?.id).toBe("A100-80GB");
    expect(gpuLookup.find(gpuOf("H200").deployments[0]!.gpu!.value)?.id).toBe("H200");
    expect(gpuLookup.find(gpuOf("AMD-Instinct-MI300X-OAM").deployments[0]!.gpu!.value)?.id).toBe("MI300X");
    // `-NNG` spelled `-NNGB` when only that is in the catalog.
    expect(gpuOf("H100-80G").deployments[0]!.gpu!.value).toBe("H100-80GB");
    const a100 = gpuOf("A100");
    expect(at(a100.deployments[0]!.gpu)).toEqual(["A100", 9, "applications[0].args.llm_configs[0].accelerator_type"]);
    expect(a100.notes[0]).toMatchObject({ severity: "notice", range: { line: 9 } });
    expect(a100.notes[0]!.message).toMatch(/accelerator_type A100 covers A100 40GB and 80GB: checked as A100-40GB, the smaller; write A100-80G or A100-40G/);
    // Unknown to the catalog: passed through for the unknown-gpu rule to report with suggestions.
    const tpu = gpuOf("TPU-V5P");
    expect(tpu.deployments[0]!.gpu!.value).toBe("TPU-V5P");
    expect(tpu.notes).toEqual([]);
  });

  it("notes a serve config file without accelerator_type", () => {
    const a = adaptSource(serve(["engine_kwargs:", "  max_model_len: 4096"]))!;
    expect(a.deployments).toHaveLength(1);
    expect(a.deployments[0]!.gpu).toBeUndefined();
    expect(a.notes[0]).toMatchObject({ code: "gpu-type-missing", severity: "notice", range: { line: 7 } });
    expect(a.notes[0]!.message).toBe(
      "no GPU type is declared for app/qwen: it is checked for the memory it needs per GPU, not against a GPU; set accelerator_type in the llm_config (Ray's name: L4, A100-80G, H100…), or map it in .llm-physics.yml gpus: by path or by node label",
    );
  });

  const service = (accelerator: string | null, groups: string[]) =>
    [
      "apiVersion: ray.io/v1",
      "kind: RayService",
      "metadata:",
      "  name: s",
      "spec:",
      "  serveConfigV2: |",
      "    applications:",
      "    - name: app",
      "      import_path: ray.serve.llm:build_openai_app",
      "      args:",
      "        llm_configs:",
      "        - model_loading_config:",
      "            model_id: qwen",
      "            model_source: Qwen/Qwen2.5-7B-Instruct",
      ...(accelerator ? [`          accelerator_type: ${accelerator}`] : []),
      "          engine_kwargs:",
      "            tensor_parallel_size: 4",
      "  rayClusterConfig:",
      "    workerGroupSpecs:",
      ...groups.flatMap((product, i) => [
        `    - groupName: g${i}`,
        "      template:",
        "        spec:",
        "          nodeSelector:",
        `            nvidia.com/gpu.product: ${product}`,
        "          containers:",
        "          - name: ray-worker",
        "            resources:",
        "              limits:",
        '                nvidia.com/gpu: "4"',
      ]),
      "",
    ].join("\n");

  it("warns when accelerator_type is the GPU of no worker group", () => {
    const a = adaptSource(service("L4", ["NVIDIA-H100-80GB-HBM3"]))!;
    expect(at(a.deployments[0]!.gpu)).toEqual(["L4", 15, "spec.serveConfigV2: applications[0].args.llm_configs[0].accelerator_type"]);
    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]).toMatchObject({ severity: "warning", range: { line: 15 } });
    expect(a.notes[0]!.message).toMatch(/accelerator_type L4 is not the GPU of any worker group \(workerGroupSpecs\[0\] \(g0\) runs on NVIDIA-H100-80GB-HBM3\)/);
    // Agreeing: nothing to say, and 4 GPUs fit one worker pod.
    expect(adaptSource(service("H100", ["NVIDIA-H100-80GB-HBM3"]))!.notes).toEqual([]);
  });

  it("without accelerator_type, checks worker groups with different GPUs on the one with the least memory", () => {
    const a = adaptSource(service(null, ["NVIDIA-H100-80GB-HBM3", "NVIDIA-L40S"]))!;
    const d = a.deployments[0]!;
    expect(at(d.gpu)).toEqual(["NVIDIA-L40S", 33, 'spec.rayClusterConfig.workerGroupSpecs[1].template.spec.nodeSelector["nvidia.com/gpu.product"]']);
    expect(at(d.gpuCount)).toEqual([4, 16, "spec.serveConfigV2: applications[0].args.llm_configs[0].engine_kwargs.tensor_parallel_size"]);
    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]).toMatchObject({ severity: "notice", range: { line: 33 } });
    expect(a.notes[0]!.message).toMatch(/different GPUs \(workerGroupSpecs\[0\] \(g0\): NVIDIA-H100-80GB-HBM3, workerGroupSpecs\[1\] \(g1\): NVIDIA-L40S\).*checked on NVIDIA-L40S, the one with the least memory/);
  });
});

describe("adaptRay: shapes of the serve config", () => {
  it("reads build_llm_deployment args given as the LLMConfig itself, model_id alone, booleans and dicts in engine_kwargs", () => {
    const a = adaptSource(
      [
        "applications:",
        "- import_path: ray.serve.llm:build_llm_deployment",
        "  args:",
        "    model_loading_config:",
        "      model_id: meta-llama/Llama-3.1-8B-Instruct",
        "    accelerator_type: L4",
        "    engine_kwargs:",
        "      enforce_eager: true",
        "      enable_chunked_prefill: false",
        "      speculative_config: {method: ngram, num_speculative_tokens: 3}",
        "      quantization: fp8",
        "      kv_cache_dtype: fp8_e4m3",
        "      max_model_len: 4096",
        "",
      ].join("\n"),
    )!;
    expect(a.notes).toEqual([]);
    const d = a.deployments[0]!;
    expect(d.name).toBe("default/meta-llama/Llama-3.1-8B-Instruct");
    expect(at(d.model)).toEqual(["meta-llama/Llama-3.1-8B-Instruct", 5, "applications[0].args.model_loading_config.model_id"]);
    expect(at(d.precision)).toEqual(["fp8", 11, "applications[0].args.engine_kwargs.quantization"]);
    expect(at(d.kvCachePrecision)).toEqual(["fp8", 12, "applications[0].args.engine_kwargs.kv_cache_dtype"]);
    expect(at(d.contextLength)).toEqual([4096, 13, "applications[0].args.engine_kwargs.max_model_len"]);
  });

  it("warns on engine_kwargs the engine cannot read, an LLMConfig without a model, an app without llm_configs", () => {
    const a = adaptSource(
      [
        "applications:",
        "- name: a",
        "  import_path: ray.serve.llm:build_openai_app",
        "  args:",
        "    llm_configs:",
        "    - model_loading_config: {model_id: qwen, model_source: Qwen/Qwen2.5-7B-Instruct}",
        "      accelerator_type: L4",
        "      engine_kwargs: {max_model_len: lots}",
        "    - accelerator_type: L4",
        "- name: b",
        "  import_path: ray.serve.llm:build_openai_app",
        "  args: {}",
        "",
      ].join("\n"),
    )!;
    expect(a.deployments).toHaveLength(1);
    expect(a.deployments[0]!.contextLength).toBeUndefined();
    expect(a.notes.map((n) => [n.severity, n.range.line])).toEqual([
      ["warning", 8],
      ["warning", 9],
      ["warning", 10],
    ]);
    expect(a.notes[0]!.message).toMatch(/--max-model-len expects a whole number of at least 1, got "lots"/);
    expect(a.notes[1]!.message).toMatch(/^applications\[0\]\.args\.llm_configs\[1\] names no model/);
    expect(a.notes[2]!.message).toMatch(/^applications\[1\] builds an OpenAI app but applications\[1\]\.args\.llm_configs is not a list/);
  });

  it("reads a serveConfigV2 written as a mapping, with a warning that KubeRay rejects it", () => {
    const a = adaptSource(
      [
        "apiVersion: ray.io/v1",
        "kind: RayService",
        "metadata:",
        "  name: s",
        "spec:",
        "  serveConfigV2:",
        "    applications:",
        "    - name: app",
        "      import_path: ray.serve.llm:build_openai_app",
        "      args:",
        "        llm_configs:",
        "        - model_loading_config: {model_id: qwen, model_source: Qwen/Qwen2.5-7B-Instruct}",
        "          accelerator_type: L4",
        "",
      ].join("\n"),
    )!;
    expect(at(a.deployments[0]!.gpu)).toEqual(["L4", 13, "spec.serveConfigV2: applications[0].args.llm_configs[0].accelerator_type"]);
    expect(a.notes[0]).toMatchObject({ severity: "warning", range: { line: 7 } });
    expect(a.notes[0]!.message).toMatch(/spec\.serveConfigV2 is a mapping, but KubeRay takes it as a string/);
  });
});

describe("adaptRay: custom Ray Serve applications", () => {
  const codes = (a: Adaptation) => a.notes.map((n) => [n.code, n.severity, n.range.line]);

  it("a RayService on GPU workers: each custom app that may use the GPUs is told at its import_path, one saying num_gpus: 0 is not", () => {
    const a = adaptFile("ray/rayservice-custom-app.yaml")!;
    expect(a.deployments).toEqual([]);
    // summarizer (asks for num_gpus: 1) at line 13, chat (no num_gpus, GPU cluster) at line 23; gateway (num_gpus: 0) silent.
    expect(codes(a)).toEqual([
      ["serve-app-not-llm", "notice", 13],
      ["serve-app-not-llm", "notice", 23],
    ]);
    expect(a.notes[0]!.range).toMatchObject({ line: 13, column: 20 });
    expect(a.notes[0]!.message).toMatch(/^application summarizer \(import_path text_summarizer\.app:deployment\) is not an LLM application llm-physics reads/);
    expect(a.notes[0]!.message).toContain("its deployment Summarizer asks for 1 GPU (ray_actor_options.num_gpus)");
    expect(a.notes[0]!.message).toContain("apiVersion: llm-physics/v1, kind: InferenceDeployment");
    expect(a.notes[0]!.message).not.toContain("num_gpus: 0");
    expect(a.notes[1]!.message).toMatch(/^application chat \(import_path chat_service\.main:app\)/);
    expect(a.notes[1]!.message).toContain("the cluster's pods ask for GPUs (workerGroupSpecs[0] (gpu-group))");
    expect(a.notes[1]!.message).toContain("set ray_actor_options.num_gpus: 0 on each of its deployments");
    expect(a.notes.some((n) => n.message.includes("gateway"))).toBe(false);
  });

  it("beside an LLM application: the LLMConfig is read and the custom app told", () => {
    const source = text("ray/rayservice-llm.yaml").replace(
      "    applications:\n",
      "    applications:\n    - name: embedder\n      import_path: embed.main:app\n      deployments:\n      - name: Embedder\n        ray_actor_options: {num_gpus: 0.5}\n",
    );
    const a = adaptSource(source)!;
    expect(a.deployments.map((d) => d.name)).toEqual(["llms/qwen2.5-7b-instruct", "llms/llama-3.1-70b-instruct"]);
    const told = a.notes.filter((n) => n.code === "serve-app-not-llm");
    expect(told).toHaveLength(1);
    expect(told[0]!.message).toContain("its deployment Embedder asks for 0.5 GPUs");
  });

  const serveFile = (gpus: string | null) =>
    [
      "applications:",
      "- name: sd",
      "  import_path: stable_diffusion.app:entrypoint",
      "  deployments:",
      "  - name: StableDiffusion",
      ...(gpus === null ? ["    num_replicas: 1"] : ["    ray_actor_options:", `      num_gpus: ${gpus}`]),
      "",
    ].join("\n");

  it("a serve config file: told when a deployment asks for GPUs, else not ours (a CPU app)", () => {
    const a = adaptSource(serveFile("1"))!;
    expect(a.deployments).toEqual([]);
    expect(codes(a)).toEqual([["serve-app-not-llm", "notice", 3]]);
    expect(a.notes[0]!.message).toContain("application sd (import_path stable_diffusion.app:entrypoint)");
    expect(adaptSource(serveFile(null))).toBeNull();
    expect(adaptSource(serveFile("0"))).toBeNull();
    // Not a number Ray takes: no GPU asked for.
    expect(adaptSource(serveFile("lots"))).toBeNull();
  });

  it("a RayService without GPU pods and without num_gpus stays silent; with GPU pods, a config that is not valid YAML is told", () => {
    expect(adaptFile("ray/serve-not-llm.yaml")).toBeNull();
    const broken = [
      "apiVersion: ray.io/v1",
      "kind: RayService",
      "metadata:",
      "  name: s",
      "spec:",
      "  serveConfigV2: |",
      "    applications: [",
      "  rayClusterConfig:",
      "    workerGroupSpecs:",
      "    - groupName: g",
      "      template:",
      "        spec:",
      "          containers:",
      "          - name: w",
      "            resources: {limits: {nvidia.com/gpu: 1}}",
      "",
    ].join("\n");
    const a = adaptSource(broken)!;
    expect(codes(a)).toEqual([["embedded-yaml-invalid", "warning", 8]]);
  });

  it("every custom-app document accepted contains a marker", () => {
    for (const source of [text("ray/rayservice-custom-app.yaml"), serveFile("1")]) {
      expect(adaptSource(source)).not.toBeNull();
      expect(RAY_MARKERS.some((m) => source.includes(m))).toBe(true);
    }
  });
});

describe("adaptRay: null cases, markers, robustness", () => {
  const others = [
    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n",
    "apiVersion: ray.io/v1\nkind: RayCluster\nmetadata:\n  name: x\n",
    // A RayService serving no LLM.
    "apiVersion: ray.io/v1\nkind: RayService\nspec:\n  serveConfigV2: |\n    applications:\n    - name: fruit\n      import_path: fruit.deployment_graph\n",
    // Not valid YAML inside, and no LLM builder named: not ours.
    "apiVersion: ray.io/v1\nkind: RayService\nspec:\n  serveConfigV2: |\n    applications: [\n",
    // The old single-application serveConfig.
    "apiVersion: ray.io/v1alpha1\nkind: RayService\nspec:\n  serveConfig:\n    importPath: fruit.deployment_graph\n",
    "applications: []\n",
    "applications:\n- name: x\n  import_path: other.module:build_openai_app\n",
    "kind: Thing\napplications:\n- import_path: ray.serve.llm:build_openai_app\n",
    "- a\n- b\n",
  ];

  it("returns null for documents that are not Ray Serve LLM applications", () => {
    for (const source of others) {
      const doc = parseYamlFile("x.yaml", source).documents[0];
      if (!doc) continue;
      expect(adaptRay(doc, "x.yaml", "/x.yaml")).toBeNull();
    }
  });

  it("every document accepted contains a marker", () => {
    for (const name of ["rayservice-llm.yaml", "serve-config.yaml", "rayservice-quoted.yaml", "rayservice-no-gpu-type.yaml", "rayservice-bad-inner-yaml.yaml"]) {
      expect(adaptFile(`ray/${name}`)).not.toBeNull();
      expect(RAY_MARKERS.some((m) => text(`ray/${name}`).includes(m))).toBe(true);
    }
    expect(RAY_MARKERS.some((m) => text("ray/serve-not-llm.yaml").includes(m))).toBe(false);
    for (const source of others) {
      const doc = parseYamlFile("x.yaml", source).documents[0];
      if (doc && !RAY_MARKERS.some((m) => source.includes(m))) expect(adaptRay(doc, "x", "/x")).toBeNull();
    }
  });

  it("never throws on odd values", () => {
    const odd = [
      "applications: [null, 3, {import_path: ray.serve.llm:build_openai_app, args: {llm_configs: [null, 4, {model_loading_config: [1]}]}}]\n",
      "applications:\n- import_path: ray.serve.llm:build_llm_deployment\n  args: [1]\n",
      "applications:\n- import_path: ray.serve.llm:build_openai_app\n  args: {llm_configs: [{model_loading_config: {model_source: {bucket_uri: 3}}, accelerator_type: [L4], engine_kwargs: [1, 2], runtime_env: {env_vars: [1]}}]}\n",
      "apiVersion: ray.io/v1\nkind: RayService\nspec:\n  serveConfigV2: 'ray.serve.llm'\n  rayClusterConfig: {workerGroupSpecs: [null, 3, {template: 1}]}\n",
      "apiVersion: ray.io/v1\nkind: RayService\nspec:\n  serveConfigV2: |\n    applications: [{import_path: 'ray.serve.llm:build_openai_app', args: {llm_configs: [{model_loading_config: {model_id: q}}]}}]\n  rayClusterConfig: {workerGroupSpecs: [null, 3, {template: {spec: {containers: 7}}}], headGroupSpec: 2}\n",
    ];
    for (const source of odd) {
      const doc = parseYamlFile("x.yaml", source).documents[0]!;
      expect(() => adaptRay(doc, "x", "/x")).not.toThrow();
    }
  });
});

describe("a KubeRay RayCluster whose head starts vLLM over the cluster (format kuberay)", () => {
  it("is one deployment over the head's and the workers' GPUs, with the engine's parallelism", async () => {
    const { runCli } = await import("./helpers/cli.js");
    const r = await runCli(["check", "__tests__/fixtures/ray/raycluster-vllm-multinode.yaml", "--format", "json", "--fail-on", "never"]);
    const d = JSON.parse(r.stdout).deployments[0];
    expect([d.name, d.format, d.hardware.count, d.hardware.gpuId]).toEqual(["llama-405b", "kuberay", 16, "H100-SXM"]);
    expect([d.facts.tensorParallel.value, d.facts.pipelineParallel.value, d.facts.tensorParallel.line]).toEqual([8, 2, 24]);
  });

  it("a RayCluster without GPUs and without an engine is not an LLM deployment", async () => {
    const { adaptRayCluster } = await import("../src/adapt/aibrix.js");
    const { parseYamlFile } = await import("../src/parse/yaml-file.js");
    const doc = parseYamlFile("c.yaml", "apiVersion: ray.io/v1\nkind: RayCluster\nmetadata:\n  name: etl\nspec:\n  headGroupSpec:\n    template:\n      spec:\n        containers:\n          - name: head\n            image: rayproject/ray:2.9.0\n").documents[0]!;
    expect(adaptRayCluster(doc, "c.yaml", "/repo/c.yaml")).toBeNull();
  });
});
