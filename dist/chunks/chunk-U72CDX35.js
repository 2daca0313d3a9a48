import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  quote
} from "./chunk-LRW7K6N5.js";

// src/catalog/precision-from-name.ts
var NAME_RULES = [
  { pattern: /^fp8$/, precision: "fp8", note: "FP8 weights", explicit: true },
  { pattern: /^(mxfp4|nvfp4|fp4)$/, precision: "fp4", note: "4-bit floating-point weights", explicit: true },
  { pattern: /^(int8|w8a8|w8a16|8bit)$/, precision: "int8", note: "8-bit integer weights", explicit: true },
  { pattern: /^(int4|w4a16|4bit)$/, precision: "int4", note: "4-bit integer weights", explicit: true },
  { pattern: /^(awq|gptq)$/, precision: "int4", note: "4-bit weights unless the name says otherwise", explicit: false },
  // Conversions back to 16 bits of a checkpoint published in FP8 (DeepSeek-R1-BF16) weigh twice as much.
  { pattern: /^bf16$/, precision: "bf16", note: "BF16 weights", explicit: true },
  { pattern: /^(fp16|f16)$/, precision: "fp16", note: "FP16 weights", explicit: true }
];
function precisionFromModelName(name) {
  if (typeof name !== "string") return null;
  const segment = name.replace(/\/+$/, "").split("/").pop() ?? "";
  const tokens = segment.split(/[-_.]/).filter((t) => t !== "");
  for (const rule of NAME_RULES) {
    const token = tokens.find((t) => rule.pattern.test(t.toLowerCase()));
    if (token) return { precision: rule.precision, token, note: rule.note, explicit: rule.explicit, reason: `model name token ${quote(token)} (${rule.note})` };
  }
  return null;
}

export {
  precisionFromModelName
};
