import type { ArgItem, EngineProblem, EnvSource, EnvVar } from "./types.js";
import { engineProblem } from "./types.js";
import { sentinel } from "./words.js";

// Kubernetes $(VAR) expansion: what the kubelet does to command, args and env before the container runs.

export type EnvMap = Map<string, string | null>;

/** Env vars as the container sees them: each value expanded with the ones defined before it. */
export function buildEnv(env: EnvVar[]): EnvMap {
  const map: EnvMap = new Map();
  for (const v of env) {
    if (typeof v?.name !== "string") continue;
    const value = typeof v.value === "string" ? expandK8s(v.value, map, () => undefined).text : null;
    map.set(v.name, value);
  }
  return map;
}

/**
 * Kubernetes' expansion (third_party/forked/golang/expansion): `$$` → `$`, `$(NAME)` → its
 * value when defined, otherwise left as written. `onUndefined` decides what an undefined or
 * valueFrom reference becomes (a sentinel, or the literal text when it returns undefined).
 */
export function expandK8s(
  text: string,
  env: EnvMap,
  onUnresolved: (name: string, fromValueFrom: boolean) => string | undefined,
): { text: string; undefinedNames: string[] } {
  let out = "";
  const undefinedNames: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "$" || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[i + 1]!;
    if (next === "$") {
      out += "$";
      i++;
    } else if (next === "(") {
      const close = text.indexOf(")", i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const name = text.slice(i + 2, close);
      const value = env.get(name);
      if (typeof value === "string") {
        out += value;
      } else {
        const fromValueFrom = env.has(name);
        if (!fromValueFrom) undefinedNames.push(name);
        out += onUnresolved(name, fromValueFrom) ?? `$(${name})`;
      }
      i = close;
    } else {
      out += c;
    }
  }
  return { text: out, undefinedNames };
}

/**
 * An item as the container gets it: `$(VAR)` expanded from `env`. An unresolved reference stays in
 * its word as a sentinel (words.ts); one the env does not define is a problem (`env-var-unset`).
 * In a shell script (`inScript`), `$(lowercase)` is the shell's command substitution and is left alone.
 */
export function expandItem(item: ArgItem, env: EnvMap, envSource: EnvSource, inScript: boolean, problems: EngineProblem[]): string {
  return expandK8s(item.text, env, (name, fromValueFrom) => {
    // In a script, $(lowercase) is most likely the shell's command substitution: `$(nproc)`.
    if (inScript && !/^[A-Z_][A-Z0-9_]*$/.test(name)) return undefined;
    if (!fromValueFrom) {
      problems.push(
        engineProblem(
          "env-var-unset",
          envSource.kubernetes
            ? `$(${name}) is not defined in ${envSource.where}, so Kubernetes passes it through as written; define ${name} in ${envSource.key} or escape it as $$(${name})`
            : `$(${name}) is not defined in ${envSource.where}, so it stays as written; define ${name} in ${envSource.key}`,
          item.range,
        ),
      );
    }
    return sentinel(fromValueFrom ? "V" : "U", name);
  }).text;
}
