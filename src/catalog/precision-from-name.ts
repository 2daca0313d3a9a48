import { quote } from "../base/text.js";
import type { Precision } from "../physics/precision.js";

/**
 * The weight precision a checkpoint's name announces: `Llama-3.1-8B-Instruct-FP8`,
 * `Qwen2.5-7B-Instruct-AWQ`, `…-GPTQ-Int4`, `…-W8A8`. Model-id knowledge, so it lives in the
 * catalog: the variant resolver and the engine-argument reader both ask it.
 */

/** What a name says, as data: the precision, the token that says it and what that token means. */
export interface NamePrecision {
  precision: Precision;
  /** The token as written in the name: `FP8`, `AWQ`. */
  token: string;
  /** What the token means: `FP8 weights`, `4-bit weights unless the name says otherwise`. */
  note: string;
  /** The token states a width (FP8, Int8, W4A16); false for a method name (AWQ, GPTQ), 4-bit by default. */
  explicit: boolean;
  /** `model name token "FP8" (FP8 weights)`, for messages. */
  reason: string;
}

/** Name tokens, in priority order; `explicit` rules state a width, the others name a method. */
const NAME_RULES: Array<{ pattern: RegExp; precision: Precision; note: string; explicit: boolean }> = [
  { pattern: /^fp8$/, precision: "fp8", note: "FP8 weights", explicit: true },
  { pattern: /^(mxfp4|nvfp4|fp4)$/, precision: "fp4", note: "4-bit floating-point weights", explicit: true },
  { pattern: /^(int8|w8a8|w8a16|8bit)$/, precision: "int8", note: "8-bit integer weights", explicit: true },
  { pattern: /^(int4|w4a16|4bit)$/, precision: "int4", note: "4-bit integer weights", explicit: true },
  { pattern: /^(awq|gptq)$/, precision: "int4", note: "4-bit weights unless the name says otherwise", explicit: false },
  // Conversions back to 16 bits of a checkpoint published in FP8 (DeepSeek-R1-BF16) weigh twice as much.
  { pattern: /^bf16$/, precision: "bf16", note: "BF16 weights", explicit: true },
  { pattern: /^(fp16|f16)$/, precision: "fp16", note: "FP16 weights", explicit: true },
];

/**
 * The precision a checkpoint's name announces, read from the `-`/`_`/`.` separated tokens of
 * its last path segment, case-insensitively. Explicit widths (FP8, Int8, W4A16, 4bit…) win over
 * method names (AWQ, GPTQ), which are 4-bit by default.
 */
export function precisionFromModelName(name: string): NamePrecision | null {
  if (typeof name !== "string") return null;
  const segment = name.replace(/\/+$/, "").split("/").pop() ?? "";
  const tokens = segment.split(/[-_.]/).filter((t) => t !== "");
  for (const rule of NAME_RULES) {
    const token = tokens.find((t) => rule.pattern.test(t.toLowerCase()));
    if (token) return { precision: rule.precision, token, note: rule.note, explicit: rule.explicit, reason: `model name token ${quote(token)} (${rule.note})` };
  }
  return null;
}
