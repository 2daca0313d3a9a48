import { isPrecision, PRECISIONS, type Precision } from "../physics/precision.js";
import { quote } from "../base/text.js";

/** A mistake in how the command was called: exit code 2, message on stderr, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** `--gpus 4`: a whole number ≥ 1. */
export function positiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1 || !Number.isSafeInteger(Number(trimmed))) {
    throw new UsageError(`--${flag} must be a positive whole number, got ${quote(value)}`);
  }
  return Number(trimmed);
}

/**
 * `--context 32768` or `--context 32k`: token counts, where k means 1024 as engines and model
 * cards use it (32k = 32,768, 128k = 131,072).
 */
export function tokenCount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\s*([kK])?$/.exec(value.trim());
  const tokens = match ? Number(match[1]) * (match[2] ? 1024 : 1) : NaN;
  if (!match || tokens < 1 || !Number.isSafeInteger(tokens)) {
    throw new UsageError(`--${flag} must be a positive whole number of tokens (e.g. 8192 or 32k), got ${quote(value)}`);
  }
  return tokens;
}

/** `--target-tps 30`: a finite number > 0. */
export function positiveNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.trim());
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0) {
    throw new UsageError(`--${flag} must be a number above 0, got ${quote(value)}`);
  }
  return number;
}

/** `--memory-fraction 0.9`: above 0, at most 1. */
export function fraction(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.trim());
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0 || number > 1) {
    throw new UsageError(`--${flag} must be a fraction above 0 and at most 1 (e.g. 0.9), got ${quote(value)}`);
  }
  return number;
}

export function precision(flag: string, value: string | undefined): Precision | undefined {
  if (value === undefined) return undefined;
  const normalized = value.trim().toLowerCase();
  if (!isPrecision(normalized)) {
    throw new UsageError(`--${flag} must be one of ${PRECISIONS.join(", ")}, got ${quote(value)}`);
  }
  return normalized;
}
