/**
 * Formatting of quantities for people. Decimal units throughout (GB = 10^9 bytes, TB/s = 10^12
 * bytes per second) unless a name says GiB (2^30 bytes); every report says which it uses.
 */
export const GB = 1e9;
export const GiB = 2 ** 30;

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** Number formats by fraction digits, built once: building an Intl.NumberFormat is the costly part. */
const FIXED_FORMATS = new Map<number, Intl.NumberFormat>();

export function formatFixed(value: number, digits: number): string {
  let format = FIXED_FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    FIXED_FORMATS.set(digits, format);
  }
  return format.format(value);
}

/** `160.7 GB` — decimal gigabytes with one decimal. */
export function formatGB(bytes: number, digits = 1): string {
  return `${formatFixed(bytes / GB, digits)} GB`;
}

/** `80 GiB` — binary gibibytes, whole when exact. */
export function formatGiB(bytes: number): string {
  const gib = bytes / GiB;
  return `${Number.isInteger(gib) ? formatInteger(gib) : formatFixed(gib, 1)} GiB`;
}

/** `3.35 TB/s` or `960 GB/s`. */
export function formatBandwidth(bytesPerSec: number): string {
  if (bytesPerSec >= 1e12) return `${formatFixed(bytesPerSec / 1e12, 2)} TB/s`;
  return `${formatFixed(bytesPerSec / 1e9, 0)} GB/s`;
}

/** `70.55B` parameters. */
export function formatParams(count: number): string {
  if (count >= 1e9) return `${formatFixed(count / 1e9, 2)}B`;
  return `${formatFixed(count / 1e6, 1)}M`;
}

export function formatPercent(value: number, digits = 1): string {
  return `${formatFixed(value, digits)}%`;
}

/** Floating operations per second as TFLOPS. */
export function formatTflops(flopsPerSec: number): string {
  return `${formatFixed(flopsPerSec / 1e12, 0)} TFLOPS`;
}

/** Short number for speeds: 3 significant figures below 100, whole above. */
export function formatRate(value: number): string {
  if (value >= 100) return formatInteger(value);
  if (value >= 10) return formatFixed(value, 1);
  return formatFixed(value, 2);
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
