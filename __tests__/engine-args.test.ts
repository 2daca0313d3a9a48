import { describe, expect, it } from "vitest";
import { applyEngineFacts, readEngineArgs, type ArgItem, type EngineFacts, type EnvVar } from "../src/adapt/engine-args.js";
import type { Deployment } from "../src/base/deployment.js";
import { precisionFromModelName } from "../src/catalog/precision-from-name.js";
import type { SourceRange } from "../src/base/findings.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";

/**
 * Each case is a Deployment as it is written in a repository; the container's command, args and
 * env are read from it with their real ranges, the way the Kubernetes adapter will call the reader.
 */
function containerOf(yaml: string): { command: ArgItem[]; args: ArgItem[]; env: EnvVar[] } {
  const file = parseYamlFile("deploy.yaml", yaml);
  expect(file.findings).toEqual([]);
  const doc = file.documents[0]!;
  const base = "spec.template.spec.containers[0]";
  const c = (doc.value as { spec: { template: { spec: { containers: Array<Record<string, unknown>> } } } }).spec.template.spec.containers[0]!;
  const rangeOf = (path: string): SourceRange => {
    const r = doc.ranges.get(`${base}.${path}`);
    if (!r) throw new Error(`no range for ${path}`);
    return r.value;
  };
  const items = (key: "command" | "args"): ArgItem[] =>
    ((c[key] as unknown[] | undefined) ?? []).map((text, i) => ({ text: String(text), range: rangeOf(`${key}[${i}]`), path: `${key}[${i}]` }));
  const env = ((c.env as Array<{ name: string; value?: unknown }> | undefined) ?? []).map((e, i) => ({
    name: e.name,
    value: e.value === undefined ? null : String(e.value),
    range: e.value === undefined ? rangeOf(`env[${i}]`) : rangeOf(`env[${i}].value`),
    path: `env[${i}]`,
  }));
  return { command: items("command"), args: items("args"), env };
}

function read(yaml: string): EngineFacts | null {
  const { command, args, env } = containerOf(yaml);
  return readEngineArgs(command, args, env);
}

const r = (line: number, column: number, endLine: number, endColumn: number): SourceRange => ({ line, column, endLine, endColumn });

describe("vLLM", () => {
  it("reads vllm serve with a positional model and a mix of --flag=value and --flag value", () => {
    const facts = read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: llama-8b
spec:
  template:
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.8.5
          command: ["vllm", "serve"]
          args:
            - meta-llama/Llama-3.1-8B-Instruct
            - --max-model-len=16384
            - --tensor_parallel_size
            - "2"
            - --enforce-eager
            - --gpu-memory-utilization
            - "0.92"
            - --trust-remote-code
            - --max-num-seqs=128
            - --dtype
            - bfloat16
            - --kv-cache-dtype=fp8_e4m3
            - --port
            - "8000"
`);
    expect(facts).toEqual({
      engine: "vllm",
      model: { value: "meta-llama/Llama-3.1-8B-Instruct", range: r(13, 15, 13, 47), path: "args[0] (model)" },
      maxContextLength: { value: 16384, range: r(14, 15, 14, 36), path: "args[1] (--max-model-len)", via: { flag: "--max-model-len" } },
      tensorParallel: { value: 2, range: r(16, 15, 16, 18), path: "args[3] (--tensor_parallel_size)", via: { flag: "--tensor_parallel_size" } },
      memoryFraction: { value: 0.92, range: r(19, 15, 19, 21), path: "args[6] (--gpu-memory-utilization)", via: { flag: "--gpu-memory-utilization" } },
      maxConcurrentSequences: { value: 128, range: r(21, 15, 21, 33), path: "args[8] (--max-num-seqs)", via: { flag: "--max-num-seqs" } },
      dtype: { value: "bfloat16", range: r(23, 15, 23, 23), path: "args[10] (--dtype)", via: { flag: "--dtype" } },
      // A switch: CUDA graphs off (the speed model's fixed costs read it).
      eager: { value: true, range: r(17, 15, 17, 30), path: "args[4] (--enforce-eager)", via: { flag: "--enforce-eager" } },
      kvCacheDtype: { value: "fp8_e4m3", range: r(24, 15, 24, 40), path: "args[11] (--kv-cache-dtype)", via: { flag: "--kv-cache-dtype" } },
      weightPrecision: { value: "bf16", range: r(23, 15, 23, 23), path: "args[10] (--dtype)", via: { flag: "--dtype" }, reason: 'dtype "bfloat16"' },
      kvPrecision: { value: "fp8", range: r(24, 15, 24, 40), path: "args[11] (--kv-cache-dtype)", via: { flag: "--kv-cache-dtype" } },
      problems: [],
    });
  });

  it("reads python -m vllm.entrypoints.openai.api_server with -tp 4 and a quantization flag", () => {
    const facts = read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: qwen-72b-awq
spec:
  template:
    spec:
      containers:
        - name: server
          image: vllm/vllm-openai:v0.6.3
          command:
            - python3
            - -m
            - vllm.entrypoints.openai.api_server
          args: ["--model", "Qwen/Qwen2.5-72B-Instruct-AWQ", "-tp", "4", "--quantization", "awq_marlin", "--dtype", "half"]
`);
    expect(facts?.engine).toBe("vllm");
    expect(facts?.model).toEqual({ value: "Qwen/Qwen2.5-72B-Instruct-AWQ", range: r(15, 29, 15, 60), path: "args[1] (--model)", via: { flag: "--model" } });
    expect(facts?.tensorParallel).toEqual({ value: 4, range: r(15, 69, 15, 72), path: "args[3] (-tp)", via: { flag: "-tp" } });
    expect(facts?.quantization).toEqual({ value: "awq_marlin", range: r(15, 92, 15, 104), path: "args[5] (--quantization)", via: { flag: "--quantization" } });
    // --dtype half is the activations' type; the AWQ weights are 4-bit.
    expect(facts?.dtype?.value).toBe("half");
    expect(facts?.weightPrecision).toEqual({
      value: "int4",
      range: r(15, 92, 15, 104),
      path: "args[5] (--quantization)", via: { flag: "--quantization" },
      reason: 'quantization "awq_marlin" (4-bit weights by default)',
    });
    expect(facts?.problems).toEqual([]);
  });

  it("treats args alone as the vllm/vllm-openai image entrypoint's", () => {
    const facts = read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: mistral
spec:
  template:
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:latest
          args:
            - --model
            - mistralai/Mistral-7B-Instruct-v0.3
            - --max-model-len
            - "32768"
            - --pipeline-parallel-size=2
`);
    expect(facts).toEqual({
      engine: "vllm",
      model: { value: "mistralai/Mistral-7B-Instruct-v0.3", range: r(13, 15, 13, 49), path: "args[1] (--model)", via: { flag: "--model" } },
      maxContextLength: { value: 32768, range: r(15, 15, 15, 22), path: "args[3] (--max-model-len)", via: { flag: "--max-model-len" } },
      pipelineParallel: { value: 2, range: r(16, 15, 16, 41), path: "args[4] (--pipeline-parallel-size)", via: { flag: "--pipeline-parallel-size" } },
      problems: [],
    });
  });

  it("reads a multi-line sh -c script with continuations, $(MODEL) from Kubernetes and $MAX_LEN from the shell", () => {
    const facts = read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: llama-70b-fp8
spec:
  template:
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.9.0
          command: ["/bin/sh", "-c"]
          args:
            - |
              # download first, then serve
              huggingface-cli download $(MODEL) --local-dir /models/llama
              exec vllm serve $(MODEL) \\
                --tensor-parallel-size 4 \\
                --max-model-len $MAX_LEN \\
                --max-num-seqs \${MAX_SEQS:-64} \\
                --enable-prefix-caching
          env:
            - name: MODEL
              value: neuralmagic/Meta-Llama-3.1-70B-Instruct-FP8
            - name: MAX_LEN
              value: "65536"
`);
    expect(facts).toEqual({
      engine: "vllm",
      model: { value: "neuralmagic/Meta-Llama-3.1-70B-Instruct-FP8", range: r(16, 31, 16, 39), path: "args[0] (model)" },
      tensorParallel: { value: 4, range: r(17, 40, 17, 41), path: "args[0] (--tensor-parallel-size)", via: { flag: "--tensor-parallel-size" } },
      maxContextLength: { value: 65536, range: r(18, 33, 18, 41), path: "args[0] (--max-model-len)", via: { flag: "--max-model-len" } },
      maxConcurrentSequences: { value: 64, range: r(19, 32, 19, 47), path: "args[0] (--max-num-seqs)", via: { flag: "--max-num-seqs" } },
      weightPrecision: {
        value: "fp8",
        range: r(16, 31, 16, 39),
        path: "args[0] (model)",
        reason: 'model name token "FP8" (FP8 weights)',
      },
      problems: [],
    });
  });

  it("reports a flag value that is not a number, and a lone flag at the end, without throwing", () => {
    const facts = read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: broken
spec:
  template:
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:latest
          command: ["vllm", "serve", "Qwen/Qwen2.5-7B-Instruct"]
          args: ["--max-model-len", "abc", "--gpu-memory-utilization", "high", "--tensor-parallel-size"]
`);
    expect(facts?.model?.value).toBe("Qwen/Qwen2.5-7B-Instruct");
    expect(facts?.maxContextLength).toBeUndefined();
    expect(facts?.memoryFraction).toBeUndefined();
    expect(facts?.tensorParallel).toBeUndefined();
    expect(facts?.problems).toEqual([
      { code: "flag-value-invalid", message: '--max-model-len expects a whole number of at least 1, got "abc"', range: r(12, 37, 12, 42), severity: "warning" },
      { code: "flag-value-invalid", message: '--gpu-memory-utilization expects a number above 0, got "high"', range: r(12, 72, 12, 78), severity: "warning" },
      { code: "flag-without-value", message: "--tensor-parallel-size has no value", range: r(12, 80, 12, 104), severity: "warning" },
    ]);
  });

  it("reports an undefined $(VAR) where it is written and does not take it as the value", () => {
    const facts = read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: typo
spec:
  template:
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:latest
          args:
            - --model
            - $(MODEL_NAME)
            - --max-model-len
            - $(MAX_LEN)
            - --served-model-name=$$(NOT_EXPANDED)
          env:
            - name: MODEL
              value: meta-llama/Llama-3.1-8B-Instruct
            - name: MAX_LEN
              value: "8192"
`);
    expect(facts?.engine).toBe("vllm");
    expect(facts?.model).toBeUndefined();
    expect(facts?.maxContextLength).toEqual({ value: 8192, range: r(15, 15, 15, 25), path: "args[3] (--max-model-len)", via: { flag: "--max-model-len" } });
    expect(facts?.problems).toEqual([
      {
        code: "env-var-unset",
        severity: "warning",
        message: "$(MODEL_NAME) is not defined in the container's env, so Kubernetes passes it through as written; define MODEL_NAME in env or escape it as $$(MODEL_NAME)",
        range: r(13, 15, 13, 28),
      },
    ]);
  });

  it("reports a $(VAR) set with valueFrom when a fact depends on it", () => {
    const { command, args } = containerOf(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: secret-model
spec:
  template:
    spec:
      containers:
        - name: vllm
          image: vllm/vllm-openai:latest
          command: ["vllm", "serve", "$(MODEL)"]
`);
    const facts = readEngineArgs(command, args, [{ name: "MODEL", value: null, range: r(20, 15, 22, 1), path: "env[0]" }]);
    expect(facts?.model).toBeUndefined();
    expect(facts?.problems).toEqual([
      {
        code: "env-var-from-secret",
        severity: "warning",
        message: "model is $(MODEL), and MODEL is set with valueFrom (a Secret, ConfigMap or field): its value is not in the manifest, so model is not checked",
        range: r(11, 38, 11, 48),
      },
    ]);
  });

  it("reports a shell variable missing from env inside the engine's command", () => {
    const facts = readEngineArgs(
      [
        { text: "bash", range: r(1, 1, 1, 5), path: "command[0]" },
        { text: "-c", range: r(2, 1, 2, 3), path: "command[1]" },
        { text: "exec vllm serve $MODEL --max-model-len 4096", range: r(3, 1, 3, 44), path: "command[2]" },
      ],
      [],
      [],
    );
    expect(facts?.model).toBeUndefined();
    // A plain one-line scalar: offsets in the script are columns.
    expect(facts?.maxContextLength).toEqual({ value: 4096, range: r(3, 40, 3, 44), path: "command[2] (--max-model-len)", via: { flag: "--max-model-len" } });
    expect(facts?.problems).toEqual([
      {
        code: "env-var-unset",
        severity: "warning",
        message: "$MODEL is not set in the container's env, so the shell expands it to an empty string; define MODEL in env",
        range: r(3, 17, 3, 23),
      },
    ]);
  });
});

describe("SGLang", () => {
  it("finds the engine after `pip install x &&` in a bash -c string", () => {
    const facts = read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: sglang
spec:
  template:
    spec:
      containers:
        - name: sglang
          image: lmsysorg/sglang:v0.4.6
          command:
            - bash
            - -c
            - "pip install x && exec python -m sglang.launch_server --model-path $MODEL --tp 2 --dp 2 --mem-fraction-static 0.85 --context-length 32768 --kv-cache-dtype fp8_e5m2"
          env:
            - name: MODEL
              value: Qwen/Qwen2.5-32B-Instruct-GPTQ-Int8
`);
    // A one-line double-quoted scalar: each fact points at its word inside the string.
    const model = r(14, 82, 14, 88);
    const kv = r(14, 170, 14, 178);
    expect(facts).toEqual({
      engine: "sglang",
      model: { value: "Qwen/Qwen2.5-32B-Instruct-GPTQ-Int8", range: model, path: "command[2] (--model-path)", via: { flag: "--model-path" } },
      tensorParallel: { value: 2, range: r(14, 94, 14, 95), path: "command[2] (--tp)", via: { flag: "--tp" } },
      // SGLang --dp without --enable-dp-attention: two replicas of tensor parallel 2.
      dataParallel: { value: 2, range: r(14, 101, 14, 102), path: "command[2] (--dp)", via: { flag: "--dp" } },
      memoryFraction: { value: 0.85, range: r(14, 125, 14, 129), path: "command[2] (--mem-fraction-static)", via: { flag: "--mem-fraction-static" } },
      maxContextLength: { value: 32768, range: r(14, 147, 14, 152), path: "command[2] (--context-length)", via: { flag: "--context-length" } },
      kvCacheDtype: { value: "fp8_e5m2", range: kv, path: "command[2] (--kv-cache-dtype)", via: { flag: "--kv-cache-dtype" } },
      weightPrecision: { value: "int8", range: model, path: "command[2] (--model-path)", via: { flag: "--model-path" }, reason: 'model name token "Int8" (8-bit integer weights)' },
      kvPrecision: { value: "fp8", range: kv, path: "command[2] (--kv-cache-dtype)", via: { flag: "--kv-cache-dtype" } },
      problems: [],
    });
  });
});

describe("TGI", () => {
  it("reads a launcher configured through env only", () => {
    const facts = read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: tgi
spec:
  template:
    spec:
      containers:
        - name: tgi
          image: ghcr.io/huggingface/text-generation-inference:3.0.1
          env:
            - name: MODEL_ID
              value: TheBloke/Llama-2-70B-Chat-GPTQ
            - name: NUM_SHARD
              value: "2"
            - name: MAX_INPUT_LENGTH
              value: "3072"
            - name: MAX_TOTAL_TOKENS
              value: "4096"
            - name: QUANTIZE
              value: gptq
            - name: CUDA_MEMORY_FRACTION
              value: "0.9"
            - name: MAX_CONCURRENT_REQUESTS
              value: "64"
`);
    expect(facts).toEqual({
      engine: "tgi",
      model: { value: "TheBloke/Llama-2-70B-Chat-GPTQ", range: r(13, 22, 13, 52), path: "env MODEL_ID", via: { env: "MODEL_ID" } },
      tensorParallel: { value: 2, range: r(15, 22, 15, 25), path: "env NUM_SHARD", via: { env: "NUM_SHARD" } },
      maxContextLength: { value: 4096, range: r(19, 22, 19, 28), path: "env MAX_TOTAL_TOKENS", via: { env: "MAX_TOTAL_TOKENS" } },
      quantization: { value: "gptq", range: r(21, 22, 21, 26), path: "env QUANTIZE", via: { env: "QUANTIZE" } },
      memoryFraction: { value: 0.9, range: r(23, 22, 23, 27), path: "env CUDA_MEMORY_FRACTION", via: { env: "CUDA_MEMORY_FRACTION" } },
      maxConcurrentSequences: { value: 64, range: r(25, 22, 25, 26), path: "env MAX_CONCURRENT_REQUESTS", via: { env: "MAX_CONCURRENT_REQUESTS" } },
      weightPrecision: { value: "int4", range: r(21, 22, 21, 26), path: "env QUANTIZE", via: { env: "QUANTIZE" }, reason: 'quantization "gptq" (4-bit weights by default)' },
      problems: [],
    });
  });

  it("lets a launcher flag override the env, as clap does", () => {
    const facts = read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: tgi
spec:
  template:
    spec:
      containers:
        - name: tgi
          image: ghcr.io/huggingface/text-generation-inference:3.0.1
          command: ["text-generation-launcher"]
          args: ["--model-id", "mistralai/Mistral-7B-Instruct-v0.3", "--max-total-tokens", "8192", "--quantize", "bitsandbytes"]
          env:
            - name: MAX_TOTAL_TOKENS
              value: "4096"
`);
    expect(facts?.maxContextLength).toEqual({ value: 8192, range: r(12, 92, 12, 98), path: "args[3] (--max-total-tokens)", via: { flag: "--max-total-tokens" } });
    expect(facts?.weightPrecision?.value).toBe("int8");
    expect(facts?.weightPrecision?.reason).toBe(`quantization "bitsandbytes" (TGI's bitsandbytes is 8-bit; bitsandbytes-nf4 is 4-bit)`);
  });
});

describe("TensorRT-LLM", () => {
  it("reads trtllm-serve", () => {
    const facts = read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: trtllm
spec:
  template:
    spec:
      containers:
        - name: trtllm
          image: nvcr.io/nvidia/tensorrt-llm/release:0.20.0
          command: ["trtllm-serve"]
          args:
            - nvidia/Llama-3.1-8B-Instruct-FP8
            - --tp_size
            - "2"
            - --pp_size
            - "1"
            - --max_seq_len
            - "8192"
            - --max_batch_size
            - "256"
            - --kv_cache_free_gpu_memory_fraction
            - "0.9"
`);
    expect(facts).toEqual({
      engine: "trtllm",
      model: { value: "nvidia/Llama-3.1-8B-Instruct-FP8", range: r(13, 15, 13, 47), path: "args[0] (model)" },
      tensorParallel: { value: 2, range: r(15, 15, 15, 18), path: "args[2] (--tp_size)", via: { flag: "--tp_size" } },
      pipelineParallel: { value: 1, range: r(17, 15, 17, 18), path: "args[4] (--pp_size)", via: { flag: "--pp_size" } },
      maxContextLength: { value: 8192, range: r(19, 15, 19, 21), path: "args[6] (--max_seq_len)", via: { flag: "--max_seq_len" } },
      maxConcurrentSequences: { value: 256, range: r(21, 15, 21, 20), path: "args[8] (--max_batch_size)", via: { flag: "--max_batch_size" } },
      memoryFraction: { value: 0.9, range: r(23, 15, 23, 20), path: "args[10] (--kv_cache_free_gpu_memory_fraction)", via: { flag: "--kv_cache_free_gpu_memory_fraction" } },
      weightPrecision: { value: "fp8", range: r(13, 15, 13, 47), path: "args[0] (model)", reason: 'model name token "FP8" (FP8 weights)' },
      problems: [],
    });
  });
});

describe("not an engine", () => {
  it("returns null for nginx, and for empty input", () => {
    expect(
      read(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: proxy
spec:
  template:
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          command: ["nginx", "-g", "daemon off;"]
`),
    ).toBeNull();
    expect(readEngineArgs([], [], [])).toBeNull();
  });
});

describe("precisionFromModelName", () => {
  it.each([
    ["TheBloke/Llama-2-70B-Chat-GPTQ", "int4", 'model name token "GPTQ" (4-bit weights unless the name says otherwise)'],
    ["hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4", "int4", 'model name token "INT4" (4-bit integer weights)'],
    ["neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8", "fp8", 'model name token "FP8" (FP8 weights)'],
    ["RedHatAI/Meta-Llama-3.1-8B-Instruct-FP8-dynamic", "fp8", 'model name token "FP8" (FP8 weights)'],
    ["RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w8a8", "int8", 'model name token "w8a8" (8-bit integer weights)'],
    ["RedHatAI/Meta-Llama-3.1-8B-Instruct-quantized.w4a16", "int4", 'model name token "w4a16" (4-bit integer weights)'],
    ["Qwen/Qwen2.5-7B-Instruct-GPTQ-Int8", "int8", 'model name token "Int8" (8-bit integer weights)'],
    ["unsloth/llama-3-8b-bnb-4bit", "int4", 'model name token "4bit" (4-bit integer weights)'],
    ["openai/gpt-oss-120b-MXFP4", "fp4", 'model name token "MXFP4" (4-bit floating-point weights)'],
    ["/models/llama-70b_awq/", "int4", 'model name token "awq" (4-bit weights unless the name says otherwise)'],
    ["unsloth/DeepSeek-R1-BF16", "bf16", 'model name token "BF16" (BF16 weights)'],
    ["meta-llama/Llama-3.1-8B-Instruct-FP16", "fp16", 'model name token "FP16" (FP16 weights)'],
  ])("%s → %s", (name, precision, reason) => {
    expect(precisionFromModelName(name)).toMatchObject({ precision, reason });
  });

  it("finds nothing in an unquantized name or in an organisation named like a format", () => {
    expect(precisionFromModelName("meta-llama/Llama-3.1-8B-Instruct")).toBeNull();
    expect(precisionFromModelName("fp8-org/Llama-3.1-8B")).toBeNull();
  });
});

describe("weight precision", () => {
  const vllm = (...args: string[]) =>
    readEngineArgs(
      [],
      ["--model", ...args].map((text, i) => ({ text, range: r(i + 1, 1, i + 1, text.length + 1), path: `args[${i}]` })),
      [],
    );

  it("reads bitsandbytes in vLLM as 4-bit", () => {
    expect(vllm("meta-llama/Llama-3.1-8B-Instruct", "--quantization", "bitsandbytes")?.weightPrecision).toEqual({
      value: "int4",
      range: r(4, 1, 4, 13),
      path: "args[3] (--quantization)", via: { flag: "--quantization" },
      reason: 'quantization "bitsandbytes" (4-bit weights: load_in_4bit is the default)',
    });
  });

  it("takes compressed-tensors' width from the name, and has none when the name does not say", () => {
    expect(vllm("RedHatAI/Llama-3.1-8B-Instruct-quantized.w8a8", "--quantization", "compressed-tensors", "--dtype", "bfloat16")?.weightPrecision).toEqual({
      value: "int8",
      range: r(2, 1, 2, 46),
      path: "args[1] (--model)", via: { flag: "--model" },
      reason: 'model name token "w8a8" (8-bit integer weights)',
    });
    expect(vllm("acme/llama-custom", "--quantization", "compressed-tensors", "--dtype", "bfloat16")?.weightPrecision).toBeUndefined();
  });

  it("uses the name's 8 bits for a GPTQ-Int8 checkpoint served with --quantization gptq_marlin", () => {
    expect(vllm("Qwen/Qwen2.5-7B-Instruct-GPTQ-Int8", "-q", "gptq_marlin")?.weightPrecision).toEqual({
      value: "int8",
      range: r(4, 1, 4, 12),
      path: "args[3] (-q)", via: { flag: "-q" },
      reason: 'quantization "gptq_marlin" with model name token "Int8" (8-bit integer weights)',
    });
  });

  it("leaves auto to the checkpoint, and reads mxfp4 and kv auto", () => {
    const auto = vllm("meta-llama/Llama-3.1-8B-Instruct", "--dtype", "auto", "--kv-cache-dtype", "auto");
    expect(auto?.weightPrecision).toBeUndefined();
    expect(auto?.kvPrecision).toBeUndefined();
    expect(auto?.kvCacheDtype?.value).toBe("auto");
    expect(vllm("openai/gpt-oss-120b", "--quantization", "mxfp4")?.weightPrecision?.value).toBe("fp4");
    expect(vllm("meta-llama/Llama-3.1-8B-Instruct", "--dtype", "float16")?.weightPrecision?.value).toBe("fp16");
  });
});

describe("odd input", () => {
  const items = (...texts: string[]): ArgItem[] => texts.map((text, i) => ({ text, range: r(i + 1, 1, i + 1, text.length + 1), path: `args[${i}]` }));

  it("never throws", () => {
    const cases: string[][] = [
      [],
      ["--"],
      ["-"],
      ["--model"],
      ["--max-model-len="],
      ["sh", "-c"],
      ["sh", "-c", "'unterminated"],
      ["bash", "-c", "exec vllm serve ${} --max-model-len $("],
      ["bash", "-c", "vllm serve m --tensor-parallel-size $(nproc) # comment"],
      ["python", "-m"],
      ["vllm"],
      ["trtllm-serve", "serve"],
      ["$(", "$$", "$(A", ")"],
    ];
    for (const c of cases) {
      expect(() => readEngineArgs(items(...c), [], [])).not.toThrow();
      expect(() => readEngineArgs([], items(...c), [{ name: "A", value: null, range: r(9, 1, 9, 2), path: "env[0]" }])).not.toThrow();
    }
  });

  it("reads speculative decoding as it is turned on in each engine, and applies it to the deployment's engine", () => {
    const vllm = readEngineArgs(items("vllm", "serve"), items("meta-llama/Llama-3.1-8B", "--speculative-config", '{"method": "ngram", "num_speculative_tokens": 4}'), []);
    expect(vllm?.speculative?.value).toBe('{"method": "ngram", "num_speculative_tokens": 4}');
    expect(vllm?.speculative?.range).toEqual(r(3, 1, 3, 49));
    const older = readEngineArgs(items("vllm", "serve"), items("meta-llama/Llama-3.1-70B", "--speculative-model=meta-llama/Llama-3.2-1B"), []);
    expect(older?.speculative?.value).toBe("meta-llama/Llama-3.2-1B");
    const sglang = readEngineArgs(items("python3", "-m", "sglang.launch_server"), items("--model-path", "m", "--speculative-algorithm", "EAGLE"), []);
    expect(sglang?.speculative?.value).toBe("EAGLE");
    const tgi = readEngineArgs([], [], [{ name: "MODEL_ID", value: "m", range: r(1, 1, 1, 2), path: "env[0]" }, { name: "SPECULATE", value: "2", range: r(2, 1, 2, 2), path: "env[1]" }]);
    expect(tgi?.speculative?.value).toBe("2");
    const plain = readEngineArgs(items("vllm", "serve"), items("meta-llama/Llama-3.1-8B"), []);
    expect(plain?.speculative).toBeUndefined();
    const deployment = { name: "d", range: r(1, 1, 1, 2) } as unknown as Deployment;
    applyEngineFacts(deployment, vllm!);
    expect(deployment.engine?.speculative).toEqual(r(3, 1, 3, 49));
  });

  it("does not let a boolean flag swallow the next token", () => {
    const facts = readEngineArgs(items("vllm", "serve"), items("--trust-remote-code", "meta-llama/Llama-3.1-8B", "--enforce-eager", "--max-num-seqs", "8"), []);
    expect(facts?.model?.value).toBe("meta-llama/Llama-3.1-8B");
    expect(facts?.maxConcurrentSequences?.value).toBe(8);
  });

  it("says when flag and value were written as one list item without a shell", () => {
    const facts = readEngineArgs([], items("--model meta-llama/Llama-3.1-8B"), []);
    expect(facts?.model).toBeUndefined();
    expect(facts?.problems).toEqual([
      {
        code: "arg-not-split",
        severity: "warning",
        message:
          '"--model meta-llama/Llama-3.1-8B" is a single argument: without a shell, Kubernetes does not split it on spaces, so the engine sees one unknown flag; write the flag and its value as separate list items, or --flag=value',
        range: r(1, 1, 1, 32),
      },
    ]);
  });

  it("reports a TGI setting read from valueFrom, and keeps the last of a repeated flag", () => {
    const facts = readEngineArgs(items("text-generation-launcher", "--num-shard", "2", "--num_shard=4"), [], [
      { name: "MODEL_ID", value: null, range: r(7, 1, 9, 1), path: "env[0]" },
    ]);
    expect(facts?.model).toBeUndefined();
    expect(facts?.tensorParallel).toEqual({ value: 4, range: r(4, 1, 4, 14), path: "args[3] (--num_shard)", via: { flag: "--num_shard" } });
    expect(facts?.problems).toEqual([
      { code: "env-var-from-secret", message: "MODEL_ID is set with valueFrom (a Secret, ConfigMap or field): its value is not in the manifest, so it is not checked", range: r(7, 1, 9, 1), severity: "warning" },
    ]);
  });
});
