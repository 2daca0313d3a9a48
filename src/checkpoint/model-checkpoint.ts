import type { ModelCheckpoint } from "../base/model-input.js";
import type { Architecture } from "../physics/architecture.js";
import { countParams } from "../physics/params.js";
import type { Precision } from "../physics/precision.js";
import type { TreeFile } from "./weight-set.js";
import { checkpointPrecision } from "./precision.js";
import type { CheckpointCount } from "./types.js";

/** A safetensors count as the estimate takes it: the loaded bytes, the parameters, what is read per token. */
export function modelCheckpointFromCount(count: CheckpointCount, files: string[]): ModelCheckpoint {
  return {
    format: "safetensors",
    quantization: count.quantization,
    precision: checkpointPrecision(count),
    weightsBytes: count.weightsBytes,
    bytesByDtype: count.bytesByDtype,
    files,
    paramsTotal: count.paramsTotal,
    paramsActive: count.paramsActive,
    bytesReadPerToken: count.bytesReadPerToken,
    measured: true,
  };
}

/**
 * Weights known only by their files' sizes (GGUF, PyTorch .bin): the bytes are the files', exact
 * to within their headers; parameters come from the architecture (or the GGUF tensor count), and
 * the bytes read per token scale as the parameters read per token. `measured: false`.
 */
export function checkpointFromFileSizes(input: {
  format: "gguf" | "pytorch";
  quantization: string | null;
  files: readonly TreeFile[];
  architecture: Architecture;
  nativePrecision?: Precision | undefined;
  paramsTotal?: number;
}): ModelCheckpoint {
  const weightsBytes = input.files.reduce((sum, f) => sum + f.sizeBytes, 0);
  const params = countParams(input.architecture);
  const total = input.paramsTotal ?? params.paramsTotal;
  const readPerToken = params.paramsActive - (input.architecture.tieWordEmbeddings ? 0 : params.embeddingParams);
  const activeShare = params.paramsTotal > 0 ? readPerToken / params.paramsTotal : 1;
  const quantization = input.quantization ?? "none";
  return {
    format: input.format,
    quantization,
    precision: ggufPrecision(quantization, input.nativePrecision),
    weightsBytes,
    bytesByDtype: { [input.format === "gguf" ? quantization : "file"]: weightsBytes },
    files: input.files.map((f) => f.path),
    paramsTotal: total,
    paramsActive: Math.round(total * activeShare),
    bytesReadPerToken: Math.round(weightsBytes * activeShare),
    measured: false,
  };
}

/** A GGUF file type as the nearest precision the estimate knows (its bytes are the file's, exact). */
export function ggufPrecision(quantization: string, fallback: Precision | undefined): Precision {
  const q = quantization.toUpperCase();
  if (q === "F16") return "fp16";
  if (q === "BF16") return "bf16";
  if (q === "F32") return "fp32";
  if (q.startsWith("MXFP4")) return "fp4";
  // Q8_0 and Q6_K (6.56 bits) are nearest 8 bits; Q5 and below nearest 4.
  if (q.startsWith("Q8") || q.startsWith("Q6")) return "int8";
  if (/^(I?Q[1-5]|TQ)/.test(q)) return "int4";
  return fallback ?? "bf16";
}
