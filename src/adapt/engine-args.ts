import type { Deployment, Located } from "../base/deployment.js";
import { noteSink } from "./notes.js";
import { readEnv, readFlags, type Reader } from "./engine/flag-reader.js";
import { SPECS, type FactKey } from "./engine/flags.js";
import { entrypointInvocation, findInvocation, invocationAt, type Invocation } from "./engine/invocation.js";
import { buildEnv, expandItem } from "./engine/k8s-expansion.js";
import { kvPrecision, weightPrecision } from "./engine/precision.js";
import { shellScriptIndex, splitScript, unsetShellVariables } from "./engine/shell.js";
import { CONTAINER_ENV, type ArgItem, type EngineFacts, type EngineProblem, type EnvSource, type EnvVar } from "./engine/types.js";
import type { Word } from "./engine/words.js";

export type { ArgItem, Engine, EngineFacts, EngineProblem, EnvSource, EnvVar } from "./engine/types.js";
export { CONTAINER_ENV } from "./engine/types.js";
export { ENTRYPOINT_MARKERS } from "./engine/flags.js";

/**
 * One reader for serving-engine command lines (vLLM, SGLang, TGI, TensorRT-LLM), shared by the
 * format adapters (Kubernetes Deployments, KServe, Helm values…). Pure: it gets a container's
 * command, args and env as positioned items and returns the facts it can read, each with the
 * range and path of the item it came from.
 *
 * What it models, in the order a container runs, each step in its own module under engine/:
 * 1. Kubernetes expands `$(VAR)` in command, args and env values from the container's env
 *    (`$$` escapes; an undefined reference stays as written): k8s-expansion.ts.
 * 2. When the command is `sh -c` / `bash -c`, the shell splits the script, expands `$VAR` and
 *    `${VAR}` and runs its commands one by one (shell.ts); the command that starts the engine is
 *    read (invocation.ts).
 * 3. The engine parses its flags (flag-reader.ts, with the per-engine tables of flags.ts):
 *    `--flag value`, `--flag=value`, dash and underscore spellings alike, short forms (`-tp`),
 *    boolean flags that take no value, the last occurrence winning; precision.ts reads the
 *    weight and KV-cache precision the flags (or the checkpoint's name) say.
 *
 * Never throws: what cannot be read becomes a problem with the range it is about.
 */

/**
 * Read a container's command line: which engine it runs and the facts its flags (and, for TGI,
 * its env) set. Null when no known engine is recognised.
 */
export function readEngineArgs(command: ArgItem[], args: ArgItem[], env: EnvVar[], envSource: EnvSource = CONTAINER_ENV): EngineFacts | null {
  return read(Array.isArray(command) ? command : [], Array.isArray(args) ? args : [], Array.isArray(env) ? env : [], envSource);
}

function read(command: ArgItem[], args: ArgItem[], env: EnvVar[], envSource: EnvSource): EngineFacts | null {
  const envMap = buildEnv(env);
  const items = [...command, ...args].filter((item) => item && typeof item.text === "string");
  const problems: EngineProblem[] = [];

  // 1. Kubernetes expansion. Undefined references become sentinels so the words keep them.
  const itemProblems: EngineProblem[][] = items.map(() => []);
  // Variables an adapter wrote for YAML values (the last definition wins, as in the env map).
  const standsFor = new Map<string, EnvVar>();
  for (const v of env) if (v && typeof v.name === "string") v.via ? standsFor.set(v.name, v) : standsFor.delete(v.name);
  const words: Word[] = items.map((item, i) => {
    const text = expandItem(item, envMap, envSource, false, itemProblems[i]!);
    // An item that is only `$(VAR)` of such a variable stands for its value.
    const only = /^\$\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(item.text);
    const variable = only ? standsFor.get(only[1]!) : undefined;
    if (variable?.via && !text.includes("\u0001")) return { text, range: variable.range, path: variable.path, inScript: false, via: variable.via };
    return { text, range: item.range, path: item.path, inScript: false, ...(item.via ? { via: item.via } : {}) };
  });

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
    const expanded = expandItem(item, envMap, envSource, true, itemProblems[scriptIndex]!);
    const scriptProblems: EngineProblem[] = [];
    for (const cmd of splitScript(item, expanded, envMap, scriptProblems, standsFor)) {
      invocation = findInvocation(cmd.words);
      if (invocation) {
        scriptProblems.push(...unsetShellVariables(invocation.args, envSource));
        break;
      }
    }
    problems.push(...scriptProblems);
  }
  for (const list of itemProblems) problems.push(...list);

  // 3. No command: the image's entrypoint reads the args (vllm/vllm-openai, TGI) or the env (TGI).
  if (!invocation && command.length === 0 && scriptIndex < 0) invocation = entrypointInvocation(words, envMap);
  if (!invocation) return null;

  const reader: Reader = { spec: SPECS[invocation.engine], engine: invocation.engine, facts: {}, switches: {}, problems };
  readEnv(reader, env, envMap);
  readFlags(reader, invocation.args);

  const facts = reader.facts;
  const result: EngineFacts = { engine: invocation.engine, problems: dedupe(problems) };
  for (const key of Object.keys(facts) as FactKey[]) {
    (result as unknown as Record<string, unknown>)[key] = facts[key];
  }
  if (reader.switches.expertParallel) result.expertParallel = reader.switches.expertParallel;
  if (reader.switches.dpAttention) result.dpAttention = reader.switches.dpAttention;
  if (reader.switches.eager) result.eager = reader.switches.eager;
  result.problems.push(...layoutProblems(result));
  const wp = weightPrecision(facts, invocation.engine);
  if (wp) result.weightPrecision = wp;
  const kv = kvPrecision(facts);
  if (kv) result.kvPrecision = kv;
  return result;
}

/** The problems, each told once (the same message at the same range). */
function dedupe(problems: EngineProblem[]): EngineProblem[] {
  const sink = noteSink();
  sink.add(...problems);
  return sink.notes;
}

/**
 * Copy what an engine's arguments say onto a deployment, each fact with the range it was read
 * from. An engine's cap on sequences (`--max-num-seqs`) is marked as a cap, not a demand.
 */
export function applyEngineFacts(deployment: Deployment, facts: EngineFacts): void {
  if (facts.tensorParallel) {
    deployment.tensorParallel = facts.tensorParallel;
  }
  if (facts.pipelineParallel) {
    deployment.pipelineParallel = facts.pipelineParallel;
  }
  applyDataParallel(deployment, facts);
  deployment.engine = {
    name: facts.engine,
    ...(deployment.engine?.version ? { version: deployment.engine.version } : {}),
    ...(facts.eager?.value ? { eager: true } : {}),
    ...(facts.speculative ? { speculative: facts.speculative.range } : {}),
    range: facts.model?.range ?? deployment.range,
  };
  if (facts.maxContextLength) deployment.contextLength = facts.maxContextLength;
  if (facts.memoryFraction) deployment.memoryFraction = facts.memoryFraction;
  if (facts.weightPrecision) {
    const { reason: _reason, ...precision } = facts.weightPrecision;
    deployment.precision = precision;
  }
  if (facts.kvPrecision) deployment.kvCachePrecision = facts.kvPrecision;
  if (facts.maxConcurrentSequences) {
    deployment.concurrency = facts.maxConcurrentSequences;
    deployment.concurrencyIsEngineCap = true;
  }
}

/**
 * Where the engines' data-parallel layouts disagree with themselves: SGLang's attention data
 * parallelism splits the tensor-parallel GPUs, so --tp-size must be a multiple of --dp-size.
 */
function layoutProblems(facts: EngineFacts): EngineProblem[] {
  if (facts.engine !== "sglang" || !facts.dpAttention?.value || !facts.dataParallel) return [];
  const tp = facts.tensorParallel?.value ?? 1;
  const dp = facts.dataParallel.value;
  if (tp % dp === 0) return [];
  return [
    {
      code: "flag-value-invalid",
      message: `with --enable-dp-attention SGLang splits the ${tp} tensor-parallel GPUs into ${dp} data-parallel attention groups, so the tensor-parallel size must be a multiple of ${dp}; the data parallelism is not used`,
      range: facts.dataParallel.range,
      severity: "warning",
    },
  ];
}

/**
 * The engines' data- and expert-parallel flags in the one layout of the Deployment (tensor ×
 * pipeline × data parallel GPUs a replica; see docs/physics.md#data-and-expert-parallelism):
 * - vLLM: --data-parallel-size ranks, each of --tensor-parallel-size GPUs; its MoE layers always
 *   span the tensor × data parallel group, with --enable-expert-parallel as whole experts (EP size
 *   TP × DP, vLLM's default TP being 1).
 * - SGLang: with --enable-dp-attention, --tp-size is every GPU and --dp-size splits them for
 *   attention (attention tensor parallel tp ÷ dp), the MoE layers spanning all; without it, --dp
 *   runs that many replicas of --tp-size GPUs. --ep-size (or --enable-ep-moe) places experts whole.
 * - TensorRT-LLM: --ep_size places experts whole over the tensor-parallel GPUs.
 */
function applyDataParallel(deployment: Deployment, facts: EngineFacts): void {
  const dp = facts.dataParallel;
  if (facts.engine === "sglang" && facts.dpAttention?.value && dp && dp.value > 1) {
    const tp = facts.tensorParallel?.value ?? 1;
    if (tp % dp.value !== 0) return;
    deployment.dataParallel = dp;
    deployment.expertsSpanDataParallel = true;
    const at = facts.tensorParallel ?? dp;
    deployment.tensorParallel = {
      ...at,
      value: tp / dp.value,
      path: `${at.path}: attention tensor parallel ${tp} ÷ ${dp.value} (--enable-dp-attention)`,
    };
  } else if (dp && dp.value > 1) {
    deployment.dataParallel = dp;
    deployment.expertsSpanDataParallel = facts.engine === "vllm";
  }
  if (facts.dataParallelLocal && dp && facts.dataParallelLocal.value < dp.value) deployment.dataParallelLocal = facts.dataParallelLocal;
  const ep = facts.expertParallelSize ?? (facts.expertParallel?.value ? facts.expertParallel : undefined);
  if (!ep) return;
  if (typeof ep.value === "number") {
    deployment.expertParallel = ep as Located<number>;
    return;
  }
  // A switch: the expert-parallel size is the GPUs the MoE layers span.
  const tp = facts.tensorParallel?.value ?? 1;
  const span = facts.engine === "vllm" ? tp * (dp?.value ?? 1) : tp;
  deployment.expertParallel = { value: span, range: ep.range, path: `${ep.path}: ${facts.engine === "vllm" && dp ? `tensor × data parallel = ${span}` : `tensor parallel ${span}`}`, ...(ep.via ? { via: ep.via } : {}) };
}
