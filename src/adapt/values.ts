/** Reading plain YAML values defensively: manifests are user input, any node may be any type. */

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Value at a path of plain segments; undefined where the path leaves the document. */
export function at(value: unknown, segments: Array<string | number>): unknown {
  let current = value;
  for (const segment of segments) {
    if (typeof segment === "number") current = Array.isArray(current) ? current[segment] : undefined;
    else current = isRecord(current) && Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
  }
  return current;
}

/** A scalar as the text it stands for (`8192`, `true`), or undefined for mappings and lists. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return undefined;
}

/**
 * A whole number ≥ 0 written as a number or a string (`"2"`, as Kubernetes quantities often are),
 * within the range a double holds exactly: `1e308` or four hundred nines are no count.
 */
export function parseWholeNumber(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}
