import type { SourceRange } from "../../base/findings.js";
import type { Via } from "../../base/deployment.js";

// Words: one argument as the engine sees it, with where it was written.

/**
 * Unresolved references are carried inside the text as sentinels, so that splitting and flag
 * parsing keep them in the word they belong to: kind U = `$(VAR)` not in env, V = `$(VAR)` from
 * valueFrom, S = shell `$VAR` not in env, W = shell `$VAR` from valueFrom.
 */
export const SENTINEL = /\u0001([UVSW]):([^\u0002]*)\u0002/g;
export const sentinel = (kind: "U" | "V" | "S" | "W", name: string) => `\u0001${kind}:${name}\u0002`;

export function display(text: string): string {
  return text.replace(SENTINEL, (_m, kind: string, name: string) => (kind === "U" || kind === "V" ? `$(${name})` : `$${name}`));
}

export interface Word {
  text: string;
  range: SourceRange;
  /** Path of the list item (or `env NAME`) it came from. */
  path: string;
  /** Written inside a single list item holding a shell script. */
  inScript: boolean;
  /** The item stands for a YAML value (ArgItem.via): facts read from it keep `path`. */
  via?: Via;
}

export interface Ref {
  kind: string;
  name: string;
}

export function refsOf(text: string): Ref[] {
  return [...text.matchAll(SENTINEL)].map((m) => ({ kind: m[1]!, name: m[2]! }));
}

/** The last segment of a command's path: `/usr/bin/python3` → `python3`. */
export function basename(text: string): string {
  const i = text.lastIndexOf("/");
  return i >= 0 ? text.slice(i + 1) : text;
}
