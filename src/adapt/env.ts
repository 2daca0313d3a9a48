import { joinPath, type YamlDocument } from "../parse/yaml-file.js";
import type { EnvVar } from "./engine/types.js";
import { rangeAt } from "./kit.js";
import { isRecord, scalarText } from "./values.js";

/**
 * Reading env variables, the one place every reader does it, in the three shapes manifests write
 * them. Each variable is located on its value (else its entry); one whose value the manifest does
 * not hold (`valueFrom`, a bare dstack name) has the value null, which the engine reader reports
 * when a fact depends on it.
 */

/** One entry of a Kubernetes `env:` list, as written. */
export interface EnvEntry {
  name: string;
  /** `env[2]`. */
  entryPath: string;
  /** `env[2].value`. */
  valuePath: string;
  /** The value as the YAML holds it (a number, a string, null…); undefined when absent. */
  raw: unknown;
  /** Set with `valueFrom` (a Secret, ConfigMap or field): the value is not in the manifest. */
  fromValueFrom: boolean;
}

/** The named entries of a Kubernetes `env:` list (`[{name, value}]`, `[{name, valueFrom}]`) at `path`. */
export function envEntries(list: unknown, path: string): EnvEntry[] {
  if (!Array.isArray(list)) return [];
  const entries: EnvEntry[] = [];
  list.forEach((entry: unknown, j) => {
    if (!isRecord(entry) || typeof entry.name !== "string") return;
    const entryPath = joinPath(path, j);
    const fromValueFrom = entry.valueFrom !== undefined && entry.valueFrom !== null;
    entries.push({ name: entry.name, entryPath, valuePath: joinPath(entryPath, "value"), raw: entry.value, fromValueFrom });
  });
  return entries;
}

/**
 * A Kubernetes `env:` list (a container's, a chart's `env`) as the container sees it: a missing
 * or null value is the empty string, as Kubernetes reads it; a value that is not a scalar is left out.
 */
export function envFromList(document: YamlDocument, list: unknown, path: string): EnvVar[] {
  const env: EnvVar[] = [];
  for (const e of envEntries(list, path)) {
    if (e.fromValueFrom) {
      env.push({ name: e.name, value: null, range: rangeAt(document, e.entryPath), path: e.entryPath });
      continue;
    }
    const text = e.raw === undefined || e.raw === null ? "" : scalarText(e.raw);
    if (text === undefined) continue;
    env.push({ name: e.name, value: text, range: rangeAt(document, e.valuePath), path: e.valuePath });
  }
  return env;
}

/** A `{NAME: value}` mapping (SkyPilot `envs`, dstack `env`, Ray `runtime_env.env_vars`); a null value is not in the file. */
export function envFromMap(document: YamlDocument, raw: unknown, path: string): EnvVar[] {
  if (!isRecord(raw)) return [];
  return Object.entries(raw).map(([name, value]) => {
    const p = joinPath(path, name);
    return { name, value: value === null || value === undefined ? null : (scalarText(value) ?? null), range: rangeAt(document, p), path: p };
  });
}

/** A list of `NAME=value` strings (dstack `env`); a bare `NAME` is given when the run starts, not in the file. */
export function envFromStrings(document: YamlDocument, raw: unknown, path: string): EnvVar[] {
  if (!Array.isArray(raw)) return [];
  const env: EnvVar[] = [];
  raw.forEach((entry: unknown, i) => {
    const text = scalarText(entry);
    if (text === undefined) return;
    const p = joinPath(path, i);
    const range = rangeAt(document, p);
    const eq = text.indexOf("=");
    env.push(eq < 0 ? { name: text.trim(), value: null, range, path: p } : { name: text.slice(0, eq).trim(), value: text.slice(eq + 1), range, path: p });
  });
  return env;
}
