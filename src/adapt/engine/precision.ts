import type { Located } from "../../base/deployment.js";
import { quote } from "../../base/text.js";
import { precisionFromModelName } from "../../catalog/precision-from-name.js";
import type { Precision } from "../../physics/precision.js";
import type { Facts } from "./flag-reader.js";
import type { Engine, EngineFacts } from "./types.js";

// The weight and KV-cache precision an engine's flags (and, failing them, the checkpoint's name) say.

interface Decided {
  precision: Precision;
  reason: string;
}

function quantizationPrecision(raw: string, engine: Engine, modelName: string | undefined): Decided | "from-name" {
  const q = raw.toLowerCase().replace(/-/g, "_");
  const fromName = modelName ? precisionFromModelName(modelName) : null;
  const said = `quantization ${quote(raw)}`;
  if (q === "none") return "from-name";
  if (/^(fp8|fbgemm_fp8|ptpc_fp8|modelopt|modelopt_fp8|w8a8_fp8|fp8_.*)$/.test(q)) return { precision: "fp8", reason: `${said} (FP8 weights)` };
  if (/^(mxfp4|modelopt_fp4|nvfp4|bitsandbytes_fp4)$/.test(q)) return { precision: "fp4", reason: `${said} (4-bit floating-point weights)` };
  if (/^(eetq|experts_int8|w8a8_int8)$/.test(q)) return { precision: "int8", reason: `${said} (8-bit integer weights)` };
  if (q === "bitsandbytes") {
    return engine === "tgi"
      ? { precision: "int8", reason: `${said} (TGI's bitsandbytes is 8-bit; bitsandbytes-nf4 is 4-bit)` }
      : { precision: "int4", reason: `${said} (4-bit weights: load_in_4bit is the default)` };
  }
  if (q === "bitsandbytes_nf4") return { precision: "int4", reason: `${said} (4-bit NF4 weights)` };
  if (/^(awq|awq_marlin|gptq|gptq_marlin|gptq_marlin_24|marlin|moe_wna16)$/.test(q)) {
    if (fromName?.explicit && (fromName.precision === "int8" || fromName.precision === "int4")) {
      return { precision: fromName.precision, reason: `${said} with ${fromName.reason}` };
    }
    return { precision: "int4", reason: `${said} (4-bit weights by default)` };
  }
  // compressed-tensors, gguf, exl2…: the checkpoint decides, and its name may say how.
  return "from-name";
}

const DTYPES: Record<string, Precision> = {
  bfloat16: "bf16",
  bf16: "bf16",
  float16: "fp16",
  half: "fp16",
  fp16: "fp16",
  float32: "fp32",
  float: "fp32",
  fp32: "fp32",
};

export function weightPrecision(facts: Facts, engine: Engine): EngineFacts["weightPrecision"] {
  const model = facts.model as Located<string> | undefined;
  const quant = facts.quantization as Located<string> | undefined;
  if (quant) {
    const decided = quantizationPrecision(quant.value, engine, model?.value);
    if (decided !== "from-name") return { ...quant, value: decided.precision, reason: decided.reason };
  }
  const fromName = model ? precisionFromModelName(model.value) : null;
  if (model && fromName) return { ...model, value: fromName.precision, reason: fromName.reason };
  // A quantized checkpoint of unknown width: its dtype is the activations', not the weights'.
  if (quant && quant.value.toLowerCase() !== "none") return undefined;
  const dtype = facts.dtype as Located<string> | undefined;
  const precision = dtype ? DTYPES[dtype.value.toLowerCase()] : undefined;
  if (dtype && precision) return { ...dtype, value: precision, reason: `dtype ${quote(dtype.value)}` };
  return undefined;
}

export function kvPrecision(facts: Facts): Located<Precision> | undefined {
  const kv = facts.kvCacheDtype as Located<string> | undefined;
  if (!kv) return undefined;
  const v = kv.value.toLowerCase();
  const precision: Precision | undefined = v.startsWith("fp8") ? "fp8" : DTYPES[v];
  return precision ? { ...kv, value: precision } : undefined;
}

