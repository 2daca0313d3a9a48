/**
 * Formatting of quantities for people. Decimal units throughout (GB = 10^9 bytes, TB/s = 10^12
 * bytes per second) unless a name says GiB (2^30 bytes); every report says which it uses.
 */
export const GB = 1e9;
export const GiB = 2 ** 30;

export function formatInteger(value: number): string {
  return formatFixed(value, 0);
}

/**
 * Intl.NumberFormat("en-US") by fraction digits, built on first use and only for what the
 * arithmetic below does not write (infinities, -0, exponents): building the first one loads ICU,
 * about 10 ms of a start-up that otherwise costs little more than Node's own.
 */
const FIXED_FORMATS = new Map<number, Intl.NumberFormat>();

function intlFixed(value: number, digits: number): string {
  let format = FIXED_FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    FIXED_FORMATS.set(digits, format);
  }
  return format.format(value);
}

/** `1234567` → `1,234,567`. */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return out;
}

/**
 * `value` with exactly `digits` fraction digits and grouped thousands, as
 * `new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })`
 * writes it: ICU rounds the shortest decimal that reads back as the number (what `String(value)`
 * gives), half away from zero, so 1.005 is "1.01" where `toFixed` says "1.00".
 * __tests__/startup.test.ts compares the two on many values.
 */
export function formatFixed(value: number, digits: number): string {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) return intlFixed(value, digits);
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || Object.is(value, -0) || shortest.includes("e")) return intlFixed(value, digits);
  const point = shortest.indexOf(".");
  let whole = point < 0 ? shortest : shortest.slice(0, point);
  let fraction = point < 0 ? "" : shortest.slice(point + 1);
  if (fraction.length > digits) {
    const up = fraction.charCodeAt(digits) >= 53; // "5"–"9": half away from zero
    fraction = fraction.slice(0, digits);
    if (up) {
      // Add one unit in the last kept place, carrying through the fraction into the whole part.
      const kept = (whole + fraction).split("");
      let i = kept.length - 1;
      while (i >= 0 && kept[i] === "9") kept[i--] = "0";
      if (i >= 0) kept[i] = String.fromCharCode(kept[i]!.charCodeAt(0) + 1);
      else kept.unshift("1");
      const joined = kept.join("");
      whole = joined.slice(0, joined.length - digits);
      fraction = joined.slice(joined.length - digits);
    }
  } else fraction = fraction.padEnd(digits, "0");
  return `${value < 0 ? "-" : ""}${groupThousands(whole)}${digits > 0 ? `.${fraction}` : ""}`;
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
