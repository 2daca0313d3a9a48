import { parse as shellParse } from "shell-quote";
import type { SourceRange } from "../base/findings.js";
import type { Precision } from "../physics/precision.js";
import type { Deployment, Located } from "../base/deployment.js";
import { quote } from "../base/text.js";
import { precisionFromModelName } from "../catalog/precision-from-name.js";

/**
 * One reader for serving-engine command lines (vLLM, SGLang, TGI, TensorRT-LLM), shared by the
 * format adapters (Kubernetes Deployments, KServe, Helm values…). Pure: it gets a container's
 * command, args and env as positioned items and returns the facts it can read, each with the
 * range and path of the item it came from.
 *
 * What it models, in the order a container runs:
 * 1. Kubernetes expands `$(VAR)` in command, args and env values from the container's env
 *    (`$$` escapes; an undefined reference stays as written).
 * 2. When the command is `sh -c` / `bash -c`, the shell splits the script, expands `$VAR` and
 *    `${VAR}` and runs its commands one by one; the command that starts the engine is read.
 * 3. The engine parses its flags: `--flag value`, `--flag=value`, dash and underscore spellings
 *    alike, short forms (`-tp`), boolean flags that take no value, the last occurrence winning.
 *
 * Never throws: what cannot be read becomes a problem with the range it is about.
 */

export type Engine = "vllm" | "sglang" | "tgi" | "trtllm";

/** One YAML list item: an entry of a container's command or args. */
export interface ArgItem {
  text: string;
  range: SourceRange;
  path: string;
}

/** One entry of a container's env; `value` is null when it is set with `valueFrom`. */
export interface EnvVar {
  name: string;
  value: string | null;
  range: SourceRange;
  path: string;
}

export interface EngineProblem {
  message: string;
  range: SourceRange;
}

export interface EngineFacts {
  engine: Engine;
  model?: Located<string>;
  tensorParallel?: Located<number>;
  pipelineParallel?: Located<number>;
  /** vLLM --max-model-len, SGLang --context-length, TGI --max-total-tokens (MAX_TOTAL_TOKENS), trtllm --max_seq_len. */
  maxContextLength?: Located<number>;
  /** vLLM --max-num-seqs, SGLang --max-running-requests, TGI --max-concurrent-requests, trtllm --max_batch_size. */
  maxConcurrentSequences?: Located<number>;
  /** Raw value: auto, bfloat16, half… */
  dtype?: Located<string>;
  /** Raw value: fp8, awq, gptq, awq_marlin, bitsandbytes, compressed-tensors… */
  quantization?: Located<string>;
  /** Raw value: auto, fp8, fp8_e5m2, fp8_e4m3… */
  kvCacheDtype?: Located<string>;
  /** --gpu-memory-utilization, --mem-fraction-static, TGI --cuda-memory-fraction, trtllm --kv_cache_free_gpu_memory_fraction. */
  memoryFraction?: Located<number>;
  /**
   * Precision of the weights: from the quantization flag, else from the checkpoint name (-FP8,
   * -AWQ, -GPTQ-Int4, -Int8, -W8A8, -W4A16, -bnb-4bit, -MXFP4), else from the dtype flag; located
   * at the flag or model argument that decided it, with how it was decided.
   */
  weightPrecision?: Located<Precision> & { reason: string };
  kvPrecision?: Located<Precision>;
  /** Problems worth telling the user: an undefined `$(VAR)`, a flag value that is not a number… */
  problems: EngineProblem[];
}

// ---------------------------------------------------------------------------------------------
// Engine flag tables

type StringFact = "model" | "dtype" | "quantization" | "kvCacheDtype";
type IntFact = "tensorParallel" | "pipelineParallel" | "maxContextLength" | "maxConcurrentSequences";
type FloatFact = "memoryFraction";
type FactKey = StringFact | IntFact | FloatFact;

const INT_FACTS = new Set<FactKey>(["tensorParallel", "pipelineParallel", "maxContextLength", "maxConcurrentSequences"]);

interface EngineSpec {
  /** Normalised flag name (no leading dashes, lower case, `_` → `-`) → fact. */
  flags: Record<string, FactKey>;
  /** Normalised names of flags that take no value. */
  booleans: Set<string>;
  /** Env variables the engine reads as flags (TGI's clap `env` fallbacks). */
  env?: Record<string, FactKey>;
  /** Accepts `1k`/`1K` style numbers for these facts (vLLM's human-readable ints). */
  humanReadable?: Set<FactKey>;
}

const SPECS: Record<Engine, EngineSpec> = {
  vllm: {
    flags: {
      model: "model",
      "tensor-parallel-size": "tensorParallel",
      tp: "tensorParallel",
      "pipeline-parallel-size": "pipelineParallel",
      pp: "pipelineParallel",
      "max-model-len": "maxContextLength",
      "max-num-seqs": "maxConcurrentSequences",
      dtype: "dtype",
      quantization: "quantization",
      q: "quantization",
      "kv-cache-dtype": "kvCacheDtype",
      "gpu-memory-utilization": "memoryFraction",
    },
    booleans: new Set([
      "enforce-eager",
      "trust-remote-code",
      "enable-prefix-caching",
      "no-enable-prefix-caching",
      "enable-chunked-prefill",
      "no-enable-chunked-prefill",
      "disable-log-requests",
      "enable-log-requests",
      "disable-log-stats",
      "enable-auto-tool-choice",
      "disable-custom-all-reduce",
      "enable-lora",
      "enable-expert-parallel",
      "disable-frontend-multiprocessing",
      "disable-sliding-window",
      "skip-tokenizer-init",
      "enable-reasoning",
      "async-scheduling",
      "enable-sleep-mode",
      "use-v2-block-manager",
      "enable-prompt-tokens-details",
      "return-tokens-as-token-ids",
      "disable-fastapi-docs",
      "headless",
      "enable-eplb",
      "enable-request-id-headers",
      "enable-server-load-tracking",
      "disable-uvicorn-access-log",
    ]),
    humanReadable: new Set<FactKey>(["maxContextLength"]),
  },
  sglang: {
    flags: {
      "model-path": "model",
      model: "model",
      "tp-size": "tensorParallel",
      tp: "tensorParallel",
      "tensor-parallel-size": "tensorParallel",
      "pp-size": "pipelineParallel",
      pp: "pipelineParallel",
      "pipeline-parallel-size": "pipelineParallel",
      "context-length": "maxContextLength",
      "max-running-requests": "maxConcurrentSequences",
      dtype: "dtype",
      quantization: "quantization",
      "kv-cache-dtype": "kvCacheDtype",
      "mem-fraction-static": "memoryFraction",
    },
    booleans: new Set([
      "trust-remote-code",
      "enable-torch-compile",
      "disable-radix-cache",
      "enable-dp-attention",
      "disable-cuda-graph",
      "disable-cuda-graph-padding",
      "enable-metrics",
      "log-requests",
      "skip-tokenizer-init",
      "enable-mixed-chunk",
      "disable-overlap-schedule",
      "is-embedding",
      "enable-p2p-check",
      "enable-ep-moe",
      "enable-deepep-moe",
      "disable-custom-all-reduce",
      "enable-cache-report",
      "enable-lora",
      "show-time-cost",
    ]),
  },
  tgi: {
    flags: {
      "model-id": "model",
      "num-shard": "tensorParallel",
      "max-total-tokens": "maxContextLength",
      "max-concurrent-requests": "maxConcurrentSequences",
      dtype: "dtype",
      quantize: "quantization",
      "kv-cache-dtype": "kvCacheDtype",
      "cuda-memory-fraction": "memoryFraction",
    },
    booleans: new Set(["trust-remote-code", "disable-custom-kernels", "json-output", "disable-grammar-support", "enable-prefill-logprobs"]),
    env: {
      MODEL_ID: "model",
      NUM_SHARD: "tensorParallel",
      MAX_TOTAL_TOKENS: "maxContextLength",
      MAX_CONCURRENT_REQUESTS: "maxConcurrentSequences",
      DTYPE: "dtype",
      QUANTIZE: "quantization",
      KV_CACHE_DTYPE: "kvCacheDtype",
      CUDA_MEMORY_FRACTION: "memoryFraction",
    },
  },
  trtllm: {
    flags: {
      model: "model",
      "tp-size": "tensorParallel",
      "pp-size": "pipelineParallel",
      "max-seq-len": "maxContextLength",
      "max-batch-size": "maxConcurrentSequences",
      "kv-cache-free-gpu-memory-fraction": "memoryFraction",
    },
    booleans: new Set(["trust-remote-code", "enable-chunked-prefill", "disable-gc"]),
  },
};

/** Flags that, in an args list with no command, say which image entrypoint will read them. */
export const ENTRYPOINT_MARKERS: ReadonlyArray<[Engine, string[]]> = [
  ["tgi", ["model-id", "num-shard", "max-total-tokens"]],
  ["sglang", ["model-path", "mem-fraction-static", "max-running-requests"]],
  ["vllm", ["model", "max-model-len", "tensor-parallel-size", "tp", "pipeline-parallel-size", "gpu-memory-utilization", "max-num-seqs", "served-model-name", "kv-cache-dtype"]],
];

function normaliseFlag(flag: string): string {
  return flag.replace(/^-+/, "").toLowerCase().replace(/_/g, "-");
}

// ---------------------------------------------------------------------------------------------
// Words: one argument as the engine sees it, with where it was written

/**
 * Unresolved references are carried inside the text as sentinels, so that splitting and flag
 * parsing keep them in the word they belong to: kind U = `$(VAR)` not in env, V = `$(VAR)` from
 * valueFrom, S = shell `$VAR` not in env, W = shell `$VAR` from valueFrom.
 */
const SENTINEL = /\u0001([UVSW]):([^\u0002]*)\u0002/g;
const sentinel = (kind: "U" | "V" | "S" | "W", name: string) => `\u0001${kind}:${name}\u0002`;

function display(text: string): string {
  return text.replace(SENTINEL, (_m, kind: string, name: string) => (kind === "U" || kind === "V" ? `$(${name})` : `$${name}`));
}

interface Word {
  text: string;
  range: SourceRange;
  /** Path of the list item (or `env NAME`) it came from. */
  path: string;
  /** Written inside a single list item holding a shell script. */
  inScript: boolean;
}

interface Ref {
  kind: string;
  name: string;
}

function refsOf(text: string): Ref[] {
  return [...text.matchAll(SENTINEL)].map((m) => ({ kind: m[1]!, name: m[2]! }));
}

// ---------------------------------------------------------------------------------------------
// Kubernetes $(VAR) expansion

type EnvMap = Map<string, string | null>;

/** Env vars as the container sees them: each value expanded with the ones defined before it. */
function buildEnv(env: EnvVar[]): EnvMap {
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
function expandK8s(
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

// ---------------------------------------------------------------------------------------------
// Shell scripts (`sh -c "…"`)

const SHELLS = new Set(["sh", "bash", "dash", "zsh", "ash", "ksh"]);
/** Set by the image or the runtime, not by the manifest: not worth a problem when referenced. */
const AMBIENT_VARS = new Set(["HOME", "PATH", "HOSTNAME", "PWD", "USER", "SHELL", "TMPDIR", "LANG", "TERM", "RANDOM"]);

function basename(text: string): string {
  const i = text.lastIndexOf("/");
  return i >= 0 ? text.slice(i + 1) : text;
}

/**
 * Same-length rewrite of a script so that shell-quote reads it as a shell would: a
 * backslash-newline joins lines, an unquoted newline ends a command (`;`), a comment is blank.
 */
function sanitiseScript(script: string): string {
  const out = script.split("");
  let quote: string | null = null;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === "\\") {
      if (script[i + 1] === "\n") {
        out[i] = out[i + 1] = " ";
        i++;
      } else if (script[i + 1] === "\r" && script[i + 2] === "\n") {
        out[i] = out[i + 1] = out[i + 2] = " ";
        i += 2;
      } else {
        i++;
      }
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "\n") out[i] = ";";
    else if (c === "\r") out[i] = " ";
    else if (c === "#" && (i === 0 || /[\s;&|()]/.test(script[i - 1]!) || out[i - 1] === ";")) {
      while (i < out.length && script[i] !== "\n") out[i++] = " ";
      i--;
    }
  }
  return out.join("");
}

const CONTROL_AT = /\|\||&&|&>>?|;;&?|[;|]&|<\(|<<<|<<-|<<|>>|>[&|(]|<[&>]|[&;()|<>]/y;

/** Offsets of the words and operators of a sanitised script, in shell-quote's order. */
function scanWords(script: string): Array<{ start: number; end: number; op: boolean }> {
  const words: Array<{ start: number; end: number; op: boolean }> = [];
  let i = 0;
  while (i < script.length) {
    if (/\s/.test(script[i]!)) {
      i++;
      continue;
    }
    CONTROL_AT.lastIndex = i;
    const op = CONTROL_AT.exec(script);
    if (op) {
      words.push({ start: i, end: i + op[0].length, op: true });
      i += op[0].length;
      continue;
    }
    const start = i;
    while (i < script.length) {
      const c = script[i]!;
      if (c === "'") {
        const close = script.indexOf("'", i + 1);
        i = close < 0 ? script.length : close + 1;
      } else if (c === '"') {
        let j = i + 1;
        while (j < script.length && script[j] !== '"') j += script[j] === "\\" ? 2 : 1;
        i = Math.min(j + 1, script.length);
      } else if (c === "\\") {
        i += 2;
      } else if (c === "$" && script[i + 1] === "(") {
        // A Kubernetes $(VAR) (replaced before the shell splits) stays inside its word.
        const close = script.indexOf(")", i + 2);
        i = close < 0 ? script.length : close + 1;
      } else if (/\s/.test(c) || "|&;()<>".includes(c)) {
        break;
      } else {
        i++;
      }
    }
    words.push({ start, end: Math.min(i, script.length), op: false });
  }
  return words;
}

/**
 * Where an offset of a script item is in the file. In a literal block scalar (`- |`) the n-th
 * line is the file's line item.line + 1 + n, its content taken to start at the indicator's
 * column, as `- |` items are written; in a one-line scalar without escapes the offset is a
 * column. Otherwise (folded, escaped, multi-line quoted) the item's own range.
 */
function scriptRangeMapper(item: ArgItem): (start: number, end: number) => SourceRange {
  const body = item.text.replace(/\n+$/, "");
  const lines = body.split("\n").length;
  const span = item.range.endLine - item.range.line;
  const literalBlock = item.text.endsWith("\n") && (span === lines || span === lines + 1);
  if (!literalBlock) {
    // A one-line scalar written without escapes: plain, or quoted (one column for the quote).
    const width = item.range.endColumn - item.range.column;
    const oneLine = item.range.line === item.range.endLine && !item.text.includes("\n");
    const shift = !oneLine ? -1 : width === item.text.length ? 0 : width === item.text.length + 2 ? 1 : -1;
    if (shift < 0) return () => item.range;
    return (start, end) => ({
      line: item.range.line,
      column: item.range.column + shift + start,
      endLine: item.range.line,
      endColumn: item.range.column + shift + Math.max(end, start + 1),
    });
  }
  const pos = (offset: number) => {
    const before = item.text.slice(0, offset);
    const line = before.split("\n").length - 1;
    const column = offset - (before.lastIndexOf("\n") + 1);
    return { line: item.range.line + 1 + line, column: item.range.column + column };
  };
  return (start, end) => {
    const s = pos(start);
    const e = pos(Math.max(end, start + 1));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
}

/** Variables a script assigns itself (`export MAX_LEN=8192; …`), read before it is split. */
function scriptAssignments(script: string): Map<string, string> {
  const vars = new Map<string, string>();
  const re = /(?:^|[\s;&|(])(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=("[^"$`]*"|'[^']*'|[^\s;&|()"'$`]*)(?=[\s;&|)]|$)/g;
  for (const m of script.matchAll(re)) vars.set(m[1]!, m[2]!.replace(/^(["'])(.*)\1$/s, "$2"));
  return vars;
}

interface ScriptCommand {
  words: Word[];
}

/** Split a shell script into its simple commands, each word with its range. */
function splitScript(item: ArgItem, expanded: string, env: EnvMap, problems: EngineProblem[]): ScriptCommand[] {
  const sanitisedRaw = sanitiseScript(item.text);
  const sanitised = sanitiseScript(expanded);
  const own = scriptAssignments(sanitised);
  const lookup = (key: string): string => {
    // ${NAME:-default}, ${NAME-default}, ${NAME:=default}
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-=])(.*)$/s.exec(key);
    const name = m ? m[1]! : key;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return key === "" ? "$" : "";
    const value = own.has(name) ? own.get(name) : env.get(name);
    if (value === null) return sentinel("W", name);
    if (typeof value === "string" && (value !== "" || !m || !m[2]!.startsWith(":"))) return value;
    if (m) return m[3]!;
    if (AMBIENT_VARS.has(name)) return `$${name}`;
    return sentinel("S", name);
  };
  let entries: ReturnType<typeof shellParse>;
  try {
    entries = shellParse(sanitised, lookup);
  } catch (error) {
    problems.push({ message: `the shell script could not be split into words (${(error as Error).message}); its engine flags are not read`, range: item.range });
    return [];
  }
  const raw = scanWords(sanitisedRaw);
  const aligned = raw.length === entries.length && raw.every((r, i) => r.op === isOperator(entries[i]));
  const rangeOf = scriptRangeMapper(item);
  const commands: ScriptCommand[] = [{ words: [] }];
  entries.forEach((entry, i) => {
    if (isOperator(entry)) {
      commands.push({ words: [] });
      return;
    }
    const text = typeof entry === "string" ? entry : "pattern" in entry ? entry.pattern : "";
    if (typeof entry === "object" && "comment" in entry) return;
    const r = aligned ? raw[i] : undefined;
    commands[commands.length - 1]!.words.push({ text, range: r ? rangeOf(r.start, r.end) : item.range, path: item.path, inScript: true });
  });
  return commands.filter((c) => c.words.length > 0);
}

function isOperator(entry: unknown): boolean {
  return typeof entry === "object" && entry !== null && "op" in entry && (entry as { op: string }).op !== "glob";
}

/** Index of the script in `words` when `words[at]` is a shell run with `-c`, else -1. */
function shellScriptIndex(words: Word[], at: number): number {
  if (!SHELLS.has(basename(words[at]!.text))) return -1;
  let sawC = false;
  for (let j = at + 1; j < words.length; j++) {
    const t = words[j]!.text;
    if (t === "-o" || t === "+o") {
      j++;
      continue;
    }
    if (/^-[a-zA-Z]+$/.test(t)) {
      if (t.includes("c")) sawC = true;
      continue;
    }
    return sawC ? j : -1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Finding the engine in a command

interface Invocation {
  engine: Engine;
  /** The engine's own arguments (after `vllm serve`, `-m module`, the launcher). */
  args: Word[];
}

const PYTHON_MODULES: Record<string, Engine> = {
  "vllm.entrypoints.openai.api_server": "vllm",
  "vllm.entrypoints.api_server": "vllm",
  "sglang.launch_server": "sglang",
};

/** The engine started by the command beginning at `words[i]`, if one is. */
function invocationAt(words: Word[], i: number): Invocation | null {
  const base = basename(words[i]!.text);
  if (base === "vllm" && words[i + 1]?.text === "serve") return { engine: "vllm", args: words.slice(i + 2) };
  if (base === "text-generation-launcher") return { engine: "tgi", args: words.slice(i + 1) };
  if (base === "trtllm-serve") return { engine: "trtllm", args: words.slice(words[i + 1]?.text === "serve" ? i + 2 : i + 1) };
  if (/^python[0-9.]*$/.test(base)) {
    for (let j = i + 1; j < words.length && words[j]!.text.startsWith("-"); j++) {
      if (words[j]!.text !== "-m") continue;
      const engine = PYTHON_MODULES[words[j + 1]?.text ?? ""];
      return engine ? { engine, args: words.slice(j + 2) } : null;
    }
  }
  return null;
}

/** The first engine started in a command, after any wrapper (`exec`, `env A=b`, `uv run`…). */
function findInvocation(words: Word[]): Invocation | null {
  for (let i = 0; i < words.length; i++) {
    const found = invocationAt(words, i);
    if (found) return found;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Reading flags

type Facts = Partial<Record<FactKey, Located<string | number>>>;

interface Reader {
  spec: EngineSpec;
  engine: Engine;
  facts: Facts;
  problems: EngineProblem[];
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

function setFact(reader: Reader, key: FactKey, value: string, word: Word, label: string): void {
  const path = word.path.startsWith("env ") ? word.path : `${word.path} (${label})`;
  const refs = refsOf(value);
  if (refs.length > 0) {
    for (const ref of refs) {
      if (ref.kind === "V" || ref.kind === "W") {
        const written = ref.kind === "V" ? `$(${ref.name})` : `$${ref.name}`;
        reader.problems.push({ message: `${label} is ${written}, and ${ref.name} is set with valueFrom (a Secret, ConfigMap or field): its value is not in the manifest, so ${label} is not checked`, range: word.range });
      }
    }
    return;
  }
  if (key === "model" || key === "dtype" || key === "quantization" || key === "kvCacheDtype") {
    if (value === "") {
      reader.problems.push({ message: `${label} is empty`, range: word.range });
      return;
    }
    reader.facts[key] = { value, range: word.range, path };
    return;
  }
  const n = parseNumber(value, key, reader.spec);
  if (n === undefined) {
    const expected = INT_FACTS.has(key) ? "a whole number of at least 1" : "a number above 0";
    reader.problems.push({ message: `${label} expects ${expected}, got ${quote(value)}`, range: word.range });
    return;
  }
  reader.facts[key] = { value: n, range: word.range, path };
}

function readFlags(reader: Reader, args: Word[]): void {
  const { spec } = reader;
  let positionalSeen = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = word.text;
    const isFlag = text.startsWith("-") && text.length > 1 && !/^-\d/.test(text) && text !== "--";
    if (!isFlag) {
      // The first positional argument is the model (vllm serve MODEL, trtllm-serve MODEL).
      if (!positionalSeen && (reader.engine === "vllm" || reader.engine === "trtllm") && text !== "" && text !== "--") {
        setFact(reader, "model", text, word, "model");
      }
      positionalSeen = true;
      continue;
    }
    const eq = text.indexOf("=");
    const flag = eq >= 0 ? text.slice(0, eq) : text;
    if (!word.inScript && /\s/.test(flag.trim())) {
      reader.problems.push({
        message: `${quote(display(text))} is a single argument: without a shell, Kubernetes does not split it on spaces, so the engine sees one unknown flag; write the flag and its value as separate list items, or --flag=value`,
        range: word.range,
      });
      continue;
    }
    const name = normaliseFlag(flag);
    const key = spec.flags[name];
    if (eq >= 0) {
      if (key) setFact(reader, key, text.slice(eq + 1), word, flag);
      continue;
    }
    if (spec.booleans.has(name)) continue;
    const next = args[i + 1];
    const nextIsFlag = next !== undefined && next.text.startsWith("-") && next.text.length > 1 && !/^-\d/.test(next.text);
    if (next === undefined || nextIsFlag) {
      if (key) reader.problems.push({ message: `${flag} has no value`, range: word.range });
      continue;
    }
    i++;
    if (key) setFact(reader, key, next.text, next, flag);
  }
}

function readEnv(reader: Reader, env: EnvVar[], envMap: EnvMap): void {
  const table = reader.spec.env;
  if (!table) return;
  for (const v of env) {
    const key = table[v.name];
    if (!key) continue;
    const word: Word = { text: "", range: v.range, path: `env ${v.name}`, inScript: false };
    const value = envMap.get(v.name);
    if (typeof value !== "string") {
      reader.problems.push({ message: `${v.name} is set with valueFrom (a Secret, ConfigMap or field): its value is not in the manifest, so it is not checked`, range: v.range });
      continue;
    }
    setFact(reader, key, value, word, v.name);
  }
}

// ---------------------------------------------------------------------------------------------
// Precision

interface Decided {
  precision: Precision;
  reason: string;
}

function quantizationPrecision(raw: string, engine: Engine, modelName: string | undefined): Decided | "from-name" {
  const q = raw.toLowerCase().replace(/-/g, "_");
  const fromName = modelName ? precisionFromModelName(modelName) : null;
  const said = `quantization ${quote(raw)}`;
  if (q === "none") return "from-name";
  if (/^(fp8|fbgemm_fp8|ptpc_fp8|modelopt|modelopt_fp8|w8a8_fp8|fp8_.*)$/.test(q)) return { precision: "fp8", reason: `${said} (FP8 weights)` };
  if (/^(mxfp4|modelopt_fp4|nvfp4|bitsandbytes_fp4)$/.test(q)) return { precision: "fp4", reason: `${said} (4-bit floating-point weights)` };
  if (/^(eetq|experts_int8|w8a8_int8)$/.test(q)) return { precision: "int8", reason: `${said} (8-bit integer weights)` };
  if (q === "bitsandbytes") {
    return engine === "tgi"
      ? { precision: "int8", reason: `${said} (TGI's bitsandbytes is 8-bit; bitsandbytes-nf4 is 4-bit)` }
      : { precision: "int4", reason: `${said} (4-bit weights: load_in_4bit is the default)` };
  }
  if (q === "bitsandbytes_nf4") return { precision: "int4", reason: `${said} (4-bit NF4 weights)` };
  if (/^(awq|awq_marlin|gptq|gptq_marlin|gptq_marlin_24|marlin|moe_wna16)$/.test(q)) {
    if (fromName?.explicit && (fromName.precision === "int8" || fromName.precision === "int4")) {
      return { precision: fromName.precision, reason: `${said} with ${fromName.reason}` };
    }
    return { precision: "int4", reason: `${said} (4-bit weights by default)` };
  }
  // compressed-tensors, gguf, exl2…: the checkpoint decides, and its name may say how.
  return "from-name";
}

const DTYPES: Record<string, Precision> = {
  bfloat16: "bf16",
  bf16: "bf16",
  float16: "fp16",
  half: "fp16",
  fp16: "fp16",
  float32: "fp32",
  float: "fp32",
  fp32: "fp32",
};

function weightPrecision(facts: Facts, engine: Engine): EngineFacts["weightPrecision"] {
  const model = facts.model as Located<string> | undefined;
  const quant = facts.quantization as Located<string> | undefined;
  if (quant) {
    const decided = quantizationPrecision(quant.value, engine, model?.value);
    if (decided !== "from-name") return { value: decided.precision, range: quant.range, path: quant.path, reason: decided.reason };
  }
  const fromName = model ? precisionFromModelName(model.value) : null;
  if (model && fromName) return { value: fromName.precision, range: model.range, path: model.path, reason: fromName.reason };
  // A quantized checkpoint of unknown width: its dtype is the activations', not the weights'.
  if (quant && quant.value.toLowerCase() !== "none") return undefined;
  const dtype = facts.dtype as Located<string> | undefined;
  const precision = dtype ? DTYPES[dtype.value.toLowerCase()] : undefined;
  if (dtype && precision) return { value: precision, range: dtype.range, path: dtype.path, reason: `dtype ${quote(dtype.value)}` };
  return undefined;
}

function kvPrecision(facts: Facts): Located<Precision> | undefined {
  const kv = facts.kvCacheDtype as Located<string> | undefined;
  if (!kv) return undefined;
  const v = kv.value.toLowerCase();
  const precision: Precision | undefined = v.startsWith("fp8") ? "fp8" : DTYPES[v];
  return precision ? { value: precision, range: kv.range, path: kv.path } : undefined;
}

// ---------------------------------------------------------------------------------------------
// The reader

/**
 * Read a container's command line: which engine it runs and the facts its flags (and, for TGI,
 * its env) set. Null when no known engine is recognised.
 */
export function readEngineArgs(command: ArgItem[], args: ArgItem[], env: EnvVar[], envSource: EnvSource = CONTAINER_ENV): EngineFacts | null {
  return read(Array.isArray(command) ? command : [], Array.isArray(args) ? args : [], Array.isArray(env) ? env : [], envSource);
}

/** Where a command line's variables are defined, as problems about them name it. */
export interface EnvSource {
  /** `the container's env`, `envs` (SkyPilot), `runtime_env.env_vars` (Ray). */
  where: string;
  /** The key a user defines a variable under. */
  key: string;
  /** Kubernetes expands `$(VAR)` itself and passes an undefined one through as written. */
  kubernetes: boolean;
}

export const CONTAINER_ENV: EnvSource = { where: "the container's env", key: "env", kubernetes: true };

function read(command: ArgItem[], args: ArgItem[], env: EnvVar[], envSource: EnvSource): EngineFacts | null {
  const envMap = buildEnv(env);
  const items = [...command, ...args].filter((item) => item && typeof item.text === "string");
  const problems: EngineProblem[] = [];

  // 1. Kubernetes expansion. Undefined references become sentinels so the words keep them.
  const expandItem = (item: ArgItem, script: boolean, sink: EngineProblem[]) =>
    expandK8s(item.text, envMap, (name, fromValueFrom) => {
      // In a script, $(lowercase) is most likely the shell's command substitution: `$(nproc)`.
      if (script && !/^[A-Z_][A-Z0-9_]*$/.test(name)) return undefined;
      if (!fromValueFrom) {
        sink.push({
          message: envSource.kubernetes
            ? `$(${name}) is not defined in ${envSource.where}, so Kubernetes passes it through as written; define ${name} in ${envSource.key} or escape it as $$(${name})`
            : `$(${name}) is not defined in ${envSource.where}, so it stays as written; define ${name} in ${envSource.key}`,
          range: item.range,
        });
      }
      return sentinel(fromValueFrom ? "V" : "U", name);
    }).text;
  const itemProblems: EngineProblem[][] = items.map(() => []);
  const words: Word[] = items.map((item, i) => ({ text: expandItem(item, false, itemProblems[i]!), range: item.range, path: item.path, inScript: false }));

  // 2. Find the engine, directly or inside a `sh -c` script.
  let invocation: Invocation | null = null;
  let scriptIndex = -1;
  for (let i = 0; i < words.length; i++) {
    scriptIndex = shellScriptIndex(words, i);
    if (scriptIndex >= 0) break;
    invocation = invocationAt(words, i);
    if (invocation) break;
  }

  if (scriptIndex >= 0) {
    const item = items[scriptIndex]!;
    itemProblems[scriptIndex] = [];
    const expanded = expandItem(item, true, itemProblems[scriptIndex]!);
    const scriptProblems: EngineProblem[] = [];
    for (const cmd of splitScript(item, expanded, envMap, scriptProblems)) {
      invocation = findInvocation(cmd.words);
      if (invocation) {
        for (const w of invocation.args) {
          for (const ref of refsOf(w.text)) {
            if (ref.kind === "S") {
              scriptProblems.push({ message: `$${ref.name} is not set in ${envSource.where}, so the shell expands it to an empty string; define ${ref.name} in ${envSource.key}`, range: w.range });
            }
          }
        }
        break;
      }
    }
    problems.push(...scriptProblems);
  }
  for (const list of itemProblems) problems.push(...list);

  // 3. No command: the image's entrypoint reads the args (vllm/vllm-openai, TGI) or the env (TGI).
  if (!invocation && command.length === 0 && scriptIndex < 0) {
    const names = new Set(words.filter((w) => w.text.startsWith("-")).map((w) => normaliseFlag(w.text.split(/[=\s]/)[0]!)));
    const marked = ENTRYPOINT_MARKERS.find(([, markers]) => markers.some((m) => names.has(m)));
    if (marked) invocation = { engine: marked[0], args: words };
    else if (words.length === 0 && envMap.has("MODEL_ID")) invocation = { engine: "tgi", args: [] };
  }
  if (!invocation) return null;

  const reader: Reader = { spec: SPECS[invocation.engine], engine: invocation.engine, facts: {}, problems };
  readEnv(reader, env, envMap);
  readFlags(reader, invocation.args);

  const facts = reader.facts;
  const result: EngineFacts = { engine: invocation.engine, problems: dedupe(problems) };
  for (const key of Object.keys(facts) as FactKey[]) {
    (result as unknown as Record<string, unknown>)[key] = facts[key];
  }
  const wp = weightPrecision(facts, invocation.engine);
  if (wp) result.weightPrecision = wp;
  const kv = kvPrecision(facts);
  if (kv) result.kvPrecision = kv;
  return result;
}

function dedupe(problems: EngineProblem[]): EngineProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.message}@${p.range.line}:${p.range.column}:${p.range.endLine}:${p.range.endColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Copy what an engine's arguments say onto a deployment, each fact with the range it was read
 * from. An engine's cap on sequences (`--max-num-seqs`) is marked as a cap, not a demand.
 */
export function applyEngineFacts(deployment: Deployment, facts: EngineFacts): void {
  if (facts.tensorParallel) {
    deployment.tensorParallel = facts.tensorParallel;
    deployment.anchors.parallelism = facts.tensorParallel.range;
  }
  if (facts.pipelineParallel) {
    deployment.pipelineParallel = facts.pipelineParallel;
    deployment.anchors.parallelism ??= facts.pipelineParallel.range;
  }
  if (facts.maxContextLength) deployment.contextLength = facts.maxContextLength;
  if (facts.memoryFraction) deployment.memoryFraction = facts.memoryFraction;
  if (facts.weightPrecision) {
    const { value, range, path } = facts.weightPrecision;
    deployment.precision = { value, range, path };
  }
  if (facts.kvPrecision) deployment.kvCachePrecision = facts.kvPrecision;
  if (facts.maxConcurrentSequences) {
    deployment.concurrency = facts.maxConcurrentSequences;
    deployment.concurrencyIsEngineCap = true;
  }
}
