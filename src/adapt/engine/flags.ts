import type { Engine } from "./types.js";

/**
 * What each engine's command line means, as data: the flags that set a fact (every spelling the
 * engine accepts, normalised), the flags that take no value, the env variables an engine reads as
 * flags (TGI), and the flags by which an args list without a command shows which image entrypoint
 * reads it. Adding a flag an engine accepts is adding a row here.
 */

type StringFact = "model" | "dtype" | "quantization" | "kvCacheDtype" | "speculative";
type IntFact = "tensorParallel" | "pipelineParallel" | "dataParallel" | "dataParallelLocal" | "expertParallelSize" | "maxContextLength" | "maxConcurrentSequences";
type FloatFact = "memoryFraction";
export type FactKey = StringFact | IntFact | FloatFact;
/** Facts set by a flag that takes no value (`--enable-expert-parallel`); `--no-<flag>` clears them. */
export type SwitchKey = "expertParallel" | "dpAttention" | "eager";

export const INT_FACTS = new Set<FactKey>([
  "tensorParallel",
  "pipelineParallel",
  "dataParallel",
  "dataParallelLocal",
  "expertParallelSize",
  "maxContextLength",
  "maxConcurrentSequences",
]);

export interface EngineSpec {
  /** Normalised flag name (no leading dashes, lower case, `_` → `-`) → fact. */
  flags: Record<string, FactKey>;
  /** Normalised names of flags that take no value. */
  booleans: Set<string>;
  /** Flags that take no value and set a fact (each also in `booleans`). */
  switches?: Record<string, SwitchKey>;
  /** Env variables the engine reads as flags (TGI's clap `env` fallbacks). */
  env?: Record<string, FactKey>;
  /** Accepts `1k`/`1K` style numbers for these facts (vLLM's human-readable ints). */
  humanReadable?: Set<FactKey>;
}

export const SPECS: Record<Engine, EngineSpec> = {
  vllm: {
    flags: {
      model: "model",
      "tensor-parallel-size": "tensorParallel",
      tp: "tensorParallel",
      "pipeline-parallel-size": "pipelineParallel",
      pp: "pipelineParallel",
      "data-parallel-size": "dataParallel",
      dp: "dataParallel",
      "data-parallel-size-local": "dataParallelLocal",
      dpl: "dataParallelLocal",
      "max-model-len": "maxContextLength",
      "max-num-seqs": "maxConcurrentSequences",
      dtype: "dtype",
      quantization: "quantization",
      q: "quantization",
      "kv-cache-dtype": "kvCacheDtype",
      "gpu-memory-utilization": "memoryFraction",
      // Speculative decoding: a JSON config (0.7+) or, before it, a draft model.
      "speculative-config": "speculative",
      "speculative-model": "speculative",
    },
    booleans: new Set([
      "enforce-eager",
      "trust-remote-code",
      "enable-prefix-caching",
      "no-enable-prefix-caching",
      "enable-chunked-prefill",
      "no-enable-chunked-prefill",
      "disable-log-requests",
      "enable-log-requests",
      "disable-log-stats",
      "enable-auto-tool-choice",
      "disable-custom-all-reduce",
      "enable-lora",
      "enable-expert-parallel",
      "no-enable-expert-parallel",
      "disable-frontend-multiprocessing",
      "disable-sliding-window",
      "skip-tokenizer-init",
      "enable-reasoning",
      "async-scheduling",
      "enable-sleep-mode",
      "use-v2-block-manager",
      "enable-prompt-tokens-details",
      "return-tokens-as-token-ids",
      "disable-fastapi-docs",
      "headless",
      "enable-eplb",
      "enable-request-id-headers",
      "enable-server-load-tracking",
      "disable-uvicorn-access-log",
    ]),
    switches: { "enable-expert-parallel": "expertParallel", "enforce-eager": "eager" },
    humanReadable: new Set<FactKey>(["maxContextLength"]),
  },
  sglang: {
    flags: {
      "model-path": "model",
      model: "model",
      "tp-size": "tensorParallel",
      tp: "tensorParallel",
      "tensor-parallel-size": "tensorParallel",
      "pp-size": "pipelineParallel",
      pp: "pipelineParallel",
      "pipeline-parallel-size": "pipelineParallel",
      "dp-size": "dataParallel",
      dp: "dataParallel",
      "data-parallel-size": "dataParallel",
      "ep-size": "expertParallelSize",
      ep: "expertParallelSize",
      "expert-parallel-size": "expertParallelSize",
      "context-length": "maxContextLength",
      "max-running-requests": "maxConcurrentSequences",
      dtype: "dtype",
      quantization: "quantization",
      "kv-cache-dtype": "kvCacheDtype",
      "mem-fraction-static": "memoryFraction",
      // argparse takes an unambiguous prefix: OME's SGLang runtimes write --mem-frac.
      "mem-frac": "memoryFraction",
      "speculative-algorithm": "speculative",
      "speculative-draft-model-path": "speculative",
    },
    booleans: new Set([
      "trust-remote-code",
      "enable-torch-compile",
      "disable-radix-cache",
      "enable-dp-attention",
      "disable-cuda-graph",
      "disable-cuda-graph-padding",
      "enable-metrics",
      "log-requests",
      "skip-tokenizer-init",
      "enable-mixed-chunk",
      "disable-overlap-schedule",
      "is-embedding",
      "enable-p2p-check",
      "enable-ep-moe",
      "enable-deepep-moe",
      "disable-custom-all-reduce",
      "enable-cache-report",
      "enable-lora",
      "show-time-cost",
    ]),
    switches: { "enable-dp-attention": "dpAttention", "enable-ep-moe": "expertParallel", "enable-deepep-moe": "expertParallel", "disable-cuda-graph": "eager" },
  },
  tgi: {
    flags: {
      "model-id": "model",
      "num-shard": "tensorParallel",
      "max-total-tokens": "maxContextLength",
      "max-concurrent-requests": "maxConcurrentSequences",
      dtype: "dtype",
      quantize: "quantization",
      "kv-cache-dtype": "kvCacheDtype",
      "cuda-memory-fraction": "memoryFraction",
      // Medusa heads or n-gram speculation: the tokens speculated per step.
      speculate: "speculative",
    },
    booleans: new Set(["trust-remote-code", "disable-custom-kernels", "json-output", "disable-grammar-support", "enable-prefill-logprobs"]),
    env: {
      MODEL_ID: "model",
      NUM_SHARD: "tensorParallel",
      MAX_TOTAL_TOKENS: "maxContextLength",
      MAX_CONCURRENT_REQUESTS: "maxConcurrentSequences",
      DTYPE: "dtype",
      QUANTIZE: "quantization",
      KV_CACHE_DTYPE: "kvCacheDtype",
      CUDA_MEMORY_FRACTION: "memoryFraction",
      SPECULATE: "speculative",
    },
  },
  trtllm: {
    flags: {
      model: "model",
      // Dynamo's TensorRT-LLM worker (python -m dynamo.trtllm) spells them out.
      "model-path": "model",
      "tp-size": "tensorParallel",
      "tensor-parallel-size": "tensorParallel",
      "pp-size": "pipelineParallel",
      "pipeline-parallel-size": "pipelineParallel",
      "ep-size": "expertParallelSize",
      "expert-parallel-size": "expertParallelSize",
      "moe-expert-parallel-size": "expertParallelSize",
      "max-seq-len": "maxContextLength",
      "max-batch-size": "maxConcurrentSequences",
      "kv-cache-free-gpu-memory-fraction": "memoryFraction",
    },
    booleans: new Set(["trust-remote-code", "enable-chunked-prefill", "disable-gc"]),
  },
};

/** Flags that, in an args list with no command, say which image entrypoint will read them. */
export const ENTRYPOINT_MARKERS: ReadonlyArray<[Engine, string[]]> = [
  ["tgi", ["model-id", "num-shard", "max-total-tokens"]],
  ["sglang", ["model-path", "mem-fraction-static", "max-running-requests"]],
  ["vllm", ["model", "max-model-len", "tensor-parallel-size", "tp", "pipeline-parallel-size", "gpu-memory-utilization", "max-num-seqs", "served-model-name", "kv-cache-dtype"]],
];

export function normaliseFlag(flag: string): string {
  return flag.replace(/^-+/, "").toLowerCase().replace(/_/g, "-");
}
