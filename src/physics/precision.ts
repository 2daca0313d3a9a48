/**
 * Numeric formats of weights and KV cache, by storage width in bits.
 * Bits rather than bytes keep INT4 (half a byte) exact: bytes = ceil(count × bits / 8).
 * Quantization scales and zero points (a few bytes per group of 32–128 values) are not counted.
 * See docs/physics.md#bytes-per-value.
 */
export const PRECISION_BITS = {
  fp32: 32,
  bf16: 16,
  fp16: 16,
  fp8: 8,
  int8: 8,
  int4: 4,
  fp4: 4,
} as const;

export type Precision = keyof typeof PRECISION_BITS;

export const PRECISIONS = Object.keys(PRECISION_BITS) as Precision[];

/** The three scenarios always computed, in the founding specification's order. See docs/physics.md#defaults. */
export const SEED_SCENARIOS: readonly Precision[] = ["int8", "fp8", "bf16"];

/** Whether `value` names a precision of PRECISION_BITS. See docs/physics.md#bytes-per-value. */
export function isPrecision(value: string): value is Precision {
  return Object.prototype.hasOwnProperty.call(PRECISION_BITS, value);
}

/** Exact byte size of `count` values stored in `precision`, rounded up to a whole byte. See docs/physics.md#bytes-per-value. */
export function bytesFor(count: number, precision: Precision): number {
  return Math.ceil((count * PRECISION_BITS[precision]) / 8);
}

/** Bytes of one value; 0.5 for 4-bit formats. See docs/physics.md#bytes-per-value. */
export function bytesPerValue(precision: Precision): number {
  return PRECISION_BITS[precision] / 8;
}
