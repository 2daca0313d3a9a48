import type { SourceRange } from "../../base/findings.js";
import type { Located, Via } from "../../base/deployment.js";
import type { Precision } from "../../physics/precision.js";
import type { AdaptNote, NoteCode } from "../notes.js";

/** What the engine reader takes (positioned items) and gives (located facts, problems). */

import type { EngineName } from "../../base/deployment.js";

export type Engine = EngineName;

/** One YAML list item: an entry of a container's command or args. */
export interface ArgItem {
  text: string;
  range: SourceRange;
  path: string;
  /**
   * Set on the items an adapter writes for a YAML value (a chart's `vllmConfig.maxModelLen` as
   * `--max-model-len 8192`): a fact read from the item is shown at `path` alone, with this `via`.
   */
  via?: Via;
}

/** One entry of a container's env; `value` is null when it is set with `valueFrom`. */
export interface EnvVar {
  name: string;
  value: string | null;
  range: SourceRange;
  path: string;
  /**
   * Set on a variable an adapter writes for a YAML value (the TP_SIZE llm-d's chart injects from
   * `decode.parallelism.tensor`): a fact read from an argument that is just this variable
   * (`$TP_SIZE`, `${TP_SIZE}`, `$(TP_SIZE)`) is shown at the value, with this `via`.
   */
  via?: Via;
}

/** What the reader could not use, as a note (code `env-var-unset`, `flag-value-invalid`…; severity warning). */
export type EngineProblem = AdaptNote;

export function engineProblem(code: NoteCode, message: string, range: SourceRange): EngineProblem {
  return { code, message, range, severity: "warning" };
}

export interface EngineFacts {
  engine: Engine;
  model?: Located<string>;
  tensorParallel?: Located<number>;
  pipelineParallel?: Located<number>;
  /** vLLM --data-parallel-size, SGLang --dp-size (--dp). */
  dataParallel?: Located<number>;
  /** vLLM --data-parallel-size-local: the data-parallel ranks this pod runs. */
  dataParallelLocal?: Located<number>;
  /** SGLang --ep-size, TensorRT-LLM --ep_size (--moe_expert_parallel_size). */
  expertParallelSize?: Located<number>;
  /** vLLM --enable-expert-parallel, SGLang --enable-ep-moe / --enable-deepep-moe (false when turned off with --no-…). */
  expertParallel?: Located<boolean>;
  /** SGLang --enable-dp-attention: attention data-parallel over the tensor-parallel GPUs. */
  dpAttention?: Located<boolean>;
  /** vLLM --enforce-eager, SGLang --disable-cuda-graph: no CUDA graphs. */
  eager?: Located<boolean>;
  /** vLLM --max-model-len, SGLang --context-length, TGI --max-total-tokens (MAX_TOTAL_TOKENS), trtllm --max_seq_len. */
  maxContextLength?: Located<number>;
  /** vLLM --max-num-seqs, SGLang --max-running-requests, TGI --max-concurrent-requests, trtllm --max_batch_size. */
  maxConcurrentSequences?: Located<number>;
  /** Raw value: auto, bfloat16, half… */
  dtype?: Located<string>;
  /** Raw value: fp8, awq, gptq, awq_marlin, bitsandbytes, compressed-tensors… */
  quantization?: Located<string>;
  /** Raw value: auto, fp8, fp8_e5m2, fp8_e4m3… */
  kvCacheDtype?: Located<string>;
  /** Speculative decoding is on: vLLM --speculative-config / --speculative-model, SGLang --speculative-algorithm / --speculative-draft-model-path, TGI --speculate (SPECULATE). Raw value. */
  speculative?: Located<string>;
  /** --gpu-memory-utilization, --mem-fraction-static, TGI --cuda-memory-fraction, trtllm --kv_cache_free_gpu_memory_fraction. */
  memoryFraction?: Located<number>;
  /**
   * Precision of the weights: from the quantization flag, else from the checkpoint name (-FP8,
   * -AWQ, -GPTQ-Int4, -Int8, -W8A8, -W4A16, -bnb-4bit, -MXFP4), else from the dtype flag; located
   * at the flag or model argument that decided it, with how it was decided.
   */
  weightPrecision?: Located<Precision> & { reason: string };
  kvPrecision?: Located<Precision>;
  /** Problems worth telling the user: an undefined `$(VAR)`, a flag value that is not a number… */
  problems: EngineProblem[];
}

/** Where a command line's variables are defined, as problems about them name it. */
export interface EnvSource {
  /** `the container's env`, `envs` (SkyPilot), `runtime_env.env_vars` (Ray). */
  where: string;
  /** The key a user defines a variable under. */
  key: string;
  /** Kubernetes expands `$(VAR)` itself and passes an undefined one through as written. */
  kubernetes: boolean;
}

export const CONTAINER_ENV: EnvSource = { where: "the container's env", key: "env", kubernetes: true };
