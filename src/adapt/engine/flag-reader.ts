import type { Located, Via } from "../../base/deployment.js";
import { quote } from "../../base/text.js";
import { INT_FACTS, normaliseFlag, type EngineSpec, type FactKey, type SwitchKey } from "./flags.js";
import type { EnvMap } from "./k8s-expansion.js";
import { engineProblem, type Engine, type EngineProblem, type EnvVar } from "./types.js";
import { display, refsOf, type Word } from "./words.js";

// The flag reader: an engine's arguments (and, for TGI, its env) as the engine parses them, into located facts.

export type Facts = Partial<Record<FactKey, Located<string | number>>>;
export type Switches = Partial<Record<SwitchKey, Located<boolean>>>;

export interface Reader {
  spec: EngineSpec;
  engine: Engine;
  facts: Facts;
  /** Flags that take no value and set a fact: on as written, off as `--no-<flag>` (the last one wins). */
  switches: Switches;
  problems: EngineProblem[];
}

/** A switch flag as written (`--enable-expert-parallel`, `--no-enable-expert-parallel`, `--enable-dp-attention=false`): its fact and value. */
function switchOf(spec: EngineSpec, name: string, value: string | null): [SwitchKey, boolean] | null {
  const direct = spec.switches?.[name];
  const negated = name.startsWith("no-") ? spec.switches?.[name.slice(3)] : undefined;
  const key = direct ?? negated;
  if (!key) return null;
  const on = value === null ? true : !/^(false|0|no|off)$/i.test(value.trim());
  return [key, direct ? on : !on];
}

function parseNumber(text: string, key: FactKey, spec: EngineSpec): number | undefined {
  const t = text.trim();
  if (INT_FACTS.has(key)) {
    // Within what a double holds exactly: four hundred nines are no context length.
    // No engine fact is 0 (a context of 0 tokens, 0 GPUs of tensor parallelism): vLLM refuses each.
    if (/^\d+$/.test(t)) return Number.isSafeInteger(Number(t)) && Number(t) >= 1 ? Number(t) : undefined;
    const m = spec.humanReadable?.has(key) ? /^(\d+(?:\.\d+)?)([kmgKMG])$/.exec(t) : null;
    if (m) {
      const unit = m[2]!;
      const lower = unit === unit.toLowerCase();
      const power = "kmg".indexOf(unit.toLowerCase()) + 1;
      const n = Number(m[1]) * (lower ? 1000 : 1024) ** power;
      if (Number.isSafeInteger(n) && n >= 1 && (lower || /^\d+$/.test(m[1]!))) return n;
    }
    return undefined;
  }
  return /^(\d+\.?\d*|\.\d+)$/.test(t) && Number.isFinite(Number(t)) && Number(t) > 0 ? Number(t) : undefined;
}

/**
 * Set a fact from `value`, read from `word` as `label` (the flag as written, `model` for the
 * positional model, the env variable's name). `via` is where it came from, as data: the flag, the
 * env variable, or (for an item an adapter wrote for a YAML value) the item's own.
 */
function setFact(reader: Reader, key: FactKey, value: string, word: Word, label: string, via: Via | undefined): void {
  const origin = word.via ?? via;
  // An env variable's word is shown as `env NAME`; an adapter's item at its YAML value.
  const path = word.via || (via && "env" in via) ? word.path : `${word.path} (${label})`;
  const located = <T>(v: T): Located<T> => (origin ? { value: v, range: word.range, path, via: origin } : { value: v, range: word.range, path });
  const refs = refsOf(value);
  if (refs.length > 0) {
    for (const ref of refs) {
      if (ref.kind === "V" || ref.kind === "W") {
        const written = ref.kind === "V" ? `$(${ref.name})` : `$${ref.name}`;
        reader.problems.push(
          engineProblem("env-var-from-secret", `${label} is ${written}, and ${ref.name} is set with valueFrom (a Secret, ConfigMap or field): its value is not in the manifest, so ${label} is not checked`, word.range),
        );
      }
    }
    return;
  }
  if (key === "model" || key === "dtype" || key === "quantization" || key === "kvCacheDtype" || key === "speculative") {
    if (value === "") {
      reader.problems.push(engineProblem("flag-value-empty", `${label} is empty`, word.range));
      return;
    }
    reader.facts[key] = located(value);
    return;
  }
  const n = parseNumber(value, key, reader.spec);
  if (n === undefined) {
    const expected = INT_FACTS.has(key) ? "a whole number of at least 1" : "a number above 0";
    reader.problems.push(engineProblem("flag-value-invalid", `${label} expects ${expected}, got ${quote(value)}`, word.range));
    return;
  }
  reader.facts[key] = located(n);
}

export function readFlags(reader: Reader, args: Word[]): void {
  const { spec } = reader;
  let positionalSeen = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = word.text;
    const isFlag = text.startsWith("-") && text.length > 1 && !/^-\d/.test(text) && text !== "--";
    if (!isFlag) {
      // The first positional argument is the model (vllm serve MODEL, trtllm-serve MODEL).
      if (!positionalSeen && (reader.engine === "vllm" || reader.engine === "trtllm") && text !== "" && text !== "--") {
        setFact(reader, "model", text, word, "model", undefined);
      }
      positionalSeen = true;
      continue;
    }
    const eq = text.indexOf("=");
    const flag = eq >= 0 ? text.slice(0, eq) : text;
    if (!word.inScript && /\s/.test(flag.trim())) {
      reader.problems.push(
        engineProblem(
          "arg-not-split",
          `${quote(display(text))} is a single argument: without a shell, Kubernetes does not split it on spaces, so the engine sees one unknown flag; write the flag and its value as separate list items, or --flag=value`,
          word.range,
        ),
      );
      continue;
    }
    const name = normaliseFlag(flag);
    const key = spec.flags[name];
    const toggled = switchOf(spec, name, eq >= 0 ? text.slice(eq + 1) : null);
    if (toggled) {
      reader.switches[toggled[0]] = { value: toggled[1], range: word.range, path: word.via ? word.path : `${word.path} (${flag})`, via: word.via ?? { flag } };
      continue;
    }
    if (eq >= 0) {
      if (key) setFact(reader, key, text.slice(eq + 1), word, flag, { flag });
      continue;
    }
    if (spec.booleans.has(name)) continue;
    const next = args[i + 1];
    const nextIsFlag = next !== undefined && next.text.startsWith("-") && next.text.length > 1 && !/^-\d/.test(next.text);
    if (next === undefined || nextIsFlag) {
      if (key) reader.problems.push(engineProblem("flag-without-value", `${flag} has no value`, word.range));
      continue;
    }
    i++;
    if (key) setFact(reader, key, next.text, next, flag, { flag });
  }
}

export function readEnv(reader: Reader, env: EnvVar[], envMap: EnvMap): void {
  const table = reader.spec.env;
  if (!table) return;
  for (const v of env) {
    const key = table[v.name];
    if (!key) continue;
    const word: Word = { text: "", range: v.range, path: `env ${v.name}`, inScript: false };
    const value = envMap.get(v.name);
    if (typeof value !== "string") {
      reader.problems.push(
        engineProblem("env-var-from-secret", `${v.name} is set with valueFrom (a Secret, ConfigMap or field): its value is not in the manifest, so it is not checked`, v.range),
      );
      continue;
    }
    setFact(reader, key, value, word, v.name, { env: v.name });
  }
}

