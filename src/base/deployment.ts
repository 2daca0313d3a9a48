import type { SourceRange } from "./findings.js";
import type { Architecture } from "../physics/architecture.js";
import type { Precision } from "../physics/precision.js";
import type { Tier } from "../physics/tier.js";

/**
 * The one deployment model every manifest format is adapted into. Each fact keeps where it was
 * read from, so a finding about it lands on that line: a YAML value, a key, or an item of an
 * args list.
 */
export interface Located<T> {
  value: T;
  range: SourceRange;
  /** Where it came from, as a reader would find it: `spec.hardware.count`, `args[3] (--max-model-len)`. */
  path: string;
  /** Where it came from, as data (the path is for display): the engine flag, env variable or YAML key. */
  via?: Via;
}

/**
 * What a fact was read from, beside its display path: an engine flag as written (`--max-num-seqs`),
 * an env variable the engine reads (`MAX_CONCURRENT_REQUESTS`), or the YAML key of a value an adapter
 * turned into an engine argument (`maxNumSeqs` of a chart's vllmConfig, `max_num_seqs` of engine_kwargs);
 * or nothing at all: a value the reader assumed (1 GPU when none is declared), said so in its path.
 */
export type Via = { flag: string } | { env: string } | { key: string } | { assumed: true };

/** An architecture written inline in a manifest instead of a catalog name. */
export interface InlineModel {
  name?: string;
  architecture: Architecture;
  maxContextTokens: number;
}

export interface Policy {
  maxTier?: Located<Tier>;
  minHeadroomPercent?: Located<number>;
  maxBandwidthUtilizationPercent?: Located<number>;
}

/** A serving engine the readers recognise by its command line. */
export type EngineName = "vllm" | "sglang" | "tgi" | "trtllm";

/**
 * The engine a deployment runs, as its command line shows it: which one, its version where the
 * manifest states it (the tag of the engine's own image, `vllm/vllm-openai:v0.11.0` → `0.11.0`, or a
 * pinned install at start, `pip install vllm==0.6.3`, which wins: src/adapt/kit.ts engineVersionOf), and whether
 * CUDA graphs are off (vLLM --enforce-eager, SGLang --disable-cuda-graph). The speed and engine
 * memory models read it (docs/physics.md).
 */
export interface EngineInfo {
  name: EngineName;
  version?: string;
  /** CUDA graphs are off: every decode step pays its kernel launches. */
  eager?: boolean;
  /**
   * Where speculative decoding is turned on (vLLM --speculative-config, SGLang
   * --speculative-algorithm, TGI --speculate): the speed model predicts one token per step and
   * does not model the tokens a step accepts, so a missed target is told, not failed.
   */
  speculative?: SourceRange;
  range: SourceRange;
}

export interface Deployment {
  name: string;
  /** Path relative to the working directory. */
  file: string;
  /** Directory of the manifest on disk, against which a config.json path is resolved. */
  baseDir: string;
  /** Which reader understood it: `native`, `kubernetes`, `kserve`, `production-stack`… (src/adapt/index.ts). */
  format: string;
  /** The document's start, where findings about the deployment as a whole point. */
  range: SourceRange;
  model: Located<string | InlineModel>;
  precision?: Located<Precision>;
  kvCachePrecision?: Located<Precision>;
  /**
   * The GPU type as the manifest names it (a catalog id, alias, node label value, MIG profile).
   * Absent when no GPU type is declared: the estimate then says what the deployment needs per GPU
   * and which GPUs would hold it, and the verdict is incomplete (`.llm-physics.yml` `gpus:` can
   * declare it by path or label).
   */
  gpu?: Located<string>;
  /** A memory-only request (dstack `gpu: 24GB`, `80GB:8`): the smallest catalog GPU with this much memory is checked. */
  gpuMemoryBytes?: Located<number>;
  /**
   * The labels the pods must run on (nodeSelector, and the single values of required node
   * affinity terms), by which `.llm-physics.yml` `gpus:` mappings find the GPU of a node pool.
   */
  nodeLabels?: { labels: Record<string, string>; range: SourceRange };
  gpuCount: Located<number>;
  tensorParallel?: Located<number>;
  pipelineParallel?: Located<number>;
  /**
   * Data-parallel ranks of one replica (vLLM --data-parallel-size, SGLang --dp): each rank holds the
   * attention (and dense) weights at its tensor-parallel size and a KV cache of its own; the GPUs of
   * one replica are tensor × pipeline × data parallel. See docs/physics.md#data-and-expert-parallelism.
   */
  dataParallel?: Located<number>;
  /** Data-parallel ranks on one pod (vLLM --data-parallel-size-local): fewer than dataParallel, the replica spans pods. */
  dataParallelLocal?: Located<number>;
  /**
   * The routed experts of a mixture-of-experts model are split over every GPU of the data-parallel
   * group (tensor × data parallel), not held by each rank: vLLM with data parallelism (its MoE layers
   * always span the group), SGLang with --enable-dp-attention. Without it, data-parallel ranks are
   * whole replicas (SGLang --dp alone).
   */
  expertsSpanDataParallel?: boolean;
  /**
   * Expert parallelism: experts placed whole on GPUs rather than tensor-split (vLLM
   * --enable-expert-parallel, SGLang --ep-size, TensorRT-LLM --ep_size); the value is the
   * expert-parallel size. Memory per GPU is the same either way; the layout is reported.
   */
  expertParallel?: Located<number>;
  contextLength?: Located<number>;
  concurrency?: Located<number>;
  /**
   * The concurrency is an engine's cap (vLLM --max-num-seqs), which the engine fills as memory
   * allows, not a demand: the footprint is then one sequence, and the cap is only compared with
   * what the KV cache holds.
   */
  concurrencyIsEngineCap?: boolean;
  /**
   * Without a context length, the engine picks the longest that fits in memory at start (KAITO
   * probes vLLM's max-model-len): the check then uses the model's maximum when it fits, else the
   * longest context the KV cache holds, stated as an assumption.
   */
  contextChosenByEngine?: boolean;
  targetTokensPerSecond?: Located<number>;
  memoryFraction?: Located<number>;
  /** The serving engine, when a command line names one (absent for the native format unless it says). */
  engine?: EngineInfo;
  policy: Policy;
  /**
   * The block a reviewer acts on for findings about memory (capacity, headroom): the manifest's
   * `hardware` key, the GPU count. Absent: the deployment's own range.
   */
  hardwareRange?: SourceRange;
}

/** The located facts of a Deployment, in the order reports list them. */
export const FACT_NAMES = [
  "model",
  "gpu",
  "gpuCount",
  "tensorParallel",
  "pipelineParallel",
  "dataParallel",
  "dataParallelLocal",
  "expertParallel",
  "contextLength",
  "concurrency",
  "precision",
  "kvCachePrecision",
  "memoryFraction",
  "targetTokensPerSecond",
] as const;
export type FactName = (typeof FACT_NAMES)[number];
