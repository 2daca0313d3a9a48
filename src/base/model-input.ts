import type { Architecture } from "../physics/architecture.js";
import type { Precision } from "../physics/precision.js";

/** Where a model's facts came from: the bundled catalog, the Hugging Face Hub, files in the repository, the lock file, or the manifest itself. */
export type ModelSource = "catalog" | "hub" | "local" | "lock" | "inline";

/**
 * What a checkpoint's files say, measured: the bytes the engine loads (summed from the safetensors
 * headers, or a GGUF file's size) and the parameters unpacked per format. See
 * docs/physics.md#checkpoint-bytes-and-parameters.
 */
export interface ModelCheckpoint {
  format: "safetensors" | "gguf" | "pytorch";
  /** `none`, `gptq`, `awq`, `compressed-tensors`, `fp8`, `mxfp4`, `bitsandbytes`, a GGUF file type such as `Q4_K_M`… */
  quantization: string;
  /** The precision the estimate names these bytes by (int4 for GPTQ w4, fp4 for MXFP4, bf16 for a BF16 checkpoint). */
  precision: Precision;
  /** Exact bytes the engine loads: tied heads, multi-token-prediction layers and rotary buffers left out. */
  weightsBytes: number;
  bytesByDtype: Record<string, number>;
  /** The weight files read, repository-relative. */
  files: string[];
  /** Parameters of the language model. */
  paramsTotal: number;
  /** Parameters read per token (MoE: top-k of the routed experts; the input embedding is a row lookup). */
  paramsActive: number;
  /** Bytes read per decoded token at batch 1. */
  bytesReadPerToken: number;
  /** true: summed from the checkpoint's headers; false: a file size (GGUF) or an assumption (an Ollama tag). */
  measured: boolean;
}

/**
 * A model as the estimate takes it, however it was found: a catalog entry, a config.json, the
 * Hub, an inline architecture. Base layer: the catalog and the Hub client make these and the
 * estimate reads them.
 */
export interface ModelInput {
  id: string;
  name: string;
  architecture: Architecture;
  maxContextTokens: number;
  /** Precision of the weights as published; the default when the user names none. */
  nativePrecision: Precision;
  /** How the model was found, for the report: `catalog`, the config.json path, `hub org/name@sha`… */
  resolvedFrom: string;
  /** Where the facts came from; absent means the catalog (older callers). */
  source?: ModelSource;
  /** The commit sha of a Hub model. */
  revision?: string;
  /** The checkpoint's measured facts, when they are known. */
  checkpoint?: ModelCheckpoint;
  /** Facts stated as assumptions (an Ollama tag's default quantization and context), for the report. */
  assumptions?: string[];
  /** The engine the reference implies, whose defaults apply where the manifest sets nothing (Ollama's context window). */
  servingDefaults?: { engine: "ollama" };
}
