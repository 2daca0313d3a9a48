/**
 * What a checkpoint's files say about a model, as plain data: the tensors of a safetensors header,
 * the key/values of a GGUF header, and the counts made from them. Pure: nothing here reads a file
 * or the network; the Hub client (src/hub/) and the local reader hand bytes in.
 * The counting rules: docs/physics.md#checkpoint-bytes-and-parameters.
 */

/** One tensor of a safetensors header. */
export interface TensorInfo {
  name: string;
  /** The storage dtype as the header writes it: `BF16`, `F8_E4M3`, `I32`, `U8`, `F8_E8M0`… */
  dtype: string;
  shape: number[];
  /** `data_offsets[1] − data_offsets[0]`: what the tensor occupies in the file, exact. */
  bytes: number;
}

/** A safetensors file's header, validated. */
export interface SafetensorsHeader {
  tensors: TensorInfo[];
  /** The header's `__metadata__` (string to string), when present. */
  metadata: Record<string, string> | null;
  /** 8 + N: the length prefix and the JSON header. */
  headerBytes: number;
  /** Σ tensor bytes = file size − headerBytes. */
  dataBytes: number;
}

/** The quantization a checkpoint declares (config.json `quantization_config`, or its side files). */
export type QuantMethod =
  | "none"
  | "gptq"
  | "awq"
  | "compressed-tensors"
  | "fp8"
  | "fbgemm_fp8"
  | "mxfp4"
  | "bitsandbytes"
  | "gguf"
  | "other";

/** How many tensors of a kind, and what they hold, for reports. */
export interface TensorGroup {
  /** Why these tensors are set apart: `tied output head`, `multi-token prediction layers`, `vision tower`… */
  reason: string;
  tensors: number;
  bytes: number;
  params: number;
  /**
   * True when the engine still loads these tensors (vision and audio towers: in `weightsBytes`, not
   * in `paramsTotal`); absent when it does not (a tied head, rotary buffers, MTP layers).
   */
  loaded?: boolean;
}

/**
 * The counts of one checkpoint. Bytes are exact sums of tensor bytes; parameters are unpacked per
 * format (a GPTQ I32 element holds 32/bits weights), scales and zero points are bytes, not parameters.
 */
export interface CheckpointCount {
  format: "safetensors" | "gguf" | "pytorch";
  quantization: QuantMethod;
  /** Bits per quantized weight where the format has one (4 for GPTQ/AWQ w4, 8 for FP8, 4 for MXFP4). */
  quantBits?: number;
  /** Bytes the files hold, per storage dtype. */
  fileBytesByDtype: Record<string, number>;
  fileBytes: number;
  /** What the engine loads: the files minus duplicated or unused tensors (see `setApart`). */
  weightsBytes: number;
  /** Loaded bytes per storage dtype. */
  bytesByDtype: Record<string, number>;
  /** Parameters of the language model the engine runs (towers and MTP layers not included). */
  paramsTotal: number;
  /** Parameters read per token (MoE: top-k of the routed experts; the input embedding is a row lookup and not counted). */
  paramsActive: number;
  /** Bytes read per decoded token at batch 1: the loaded bytes minus unread experts and the input embedding table. */
  bytesReadPerToken: number;
  /** Parameters of vision or audio towers and projectors, loaded but not part of the language model. */
  towerParams: number;
  /** Tensors in the files that the engine does not load or does not count as the language model's. */
  setApart: TensorGroup[];
  /** What the count noticed and worked around (offsets disagreeing with shapes, unknown dtypes). */
  warnings: string[];
}
