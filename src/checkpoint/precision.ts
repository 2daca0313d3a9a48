import type { Precision } from "../physics/precision.js";
import type { CheckpointCount } from "./types.js";

/** The precision the estimate names a checkpoint by. See docs/physics.md#checkpoint-bytes-and-parameters. */
export function checkpointPrecision(count: Pick<CheckpointCount, "quantization" | "quantBits" | "bytesByDtype">): Precision {
  const bits = count.quantBits;
  switch (count.quantization) {
    case "fp8":
    case "fbgemm_fp8":
      return "fp8";
    case "mxfp4":
      return "fp4";
    case "gptq":
    case "awq":
    case "bitsandbytes":
      return bits === 8 ? "int8" : "int4";
    case "compressed-tensors":
      if (bits === 8) return count.bytesByDtype["F8_E4M3"] ? "fp8" : "int8";
      if (bits === 4) return count.bytesByDtype["I32"] ? "int4" : "fp4";
      break;
    default:
      break;
  }
  // Unquantized: the dtype most of the bytes are stored in.
  let best: [string, number] = ["BF16", 0];
  for (const [dtype, bytes] of Object.entries(count.bytesByDtype)) if (bytes > best[1]) best = [dtype, bytes];
  const byDtype: Record<string, Precision> = { BF16: "bf16", F16: "fp16", F32: "fp32", F8_E4M3: "fp8", F8_E5M2: "fp8", I8: "int8" };
  return byDtype[best[0]] ?? "bf16";
}
