import type { SourceRange } from "../base/findings.js";
import { joinPath, type YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import { readEngineArgs, type ArgItem, type EngineFacts, type EnvVar } from "./engine-args.js";
import { parseAcceleratorString, type AcceleratorChoice } from "./gpu-declaration.js";
import { deploymentFromFacts, noteSink, plainPaths, rangeAt } from "./kit.js";
import type { Adaptation } from "./kit.js";
import { isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";
import { describeValue } from "../base/text.js";

/**
 * Cloud launcher files that start a serving engine from a shell script: SkyPilot tasks
 * (`resources.accelerators` + `run:`) and dstack services/tasks (`resources.gpu` + `commands:`).
 * The script is read by readEngineArgs as `sh -c <script>`, with the file's env; the accelerator
 * string by parseAcceleratorString. Format `skypilot` / `dstack`.
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

/** The engine commands: every accepted document's script contains one (only such scripts are read). */
export const LAUNCHER_MARKERS: readonly string[] = ["vllm", "sglang", "text-generation-launcher", "trtllm-serve"];

function mentionsMarker(text: string): boolean {
  return LAUNCHER_MARKERS.some((m) => text.includes(m));
}

const SHELL = (range: SourceRange): ArgItem[] => [
  { text: "sh", range, path: "(shell) sh" },
  { text: "-c", range, path: "(shell) -c" },
];

/** Facts of the first script that starts an engine. */
function readScripts(scripts: ArgItem[], env: EnvVar[], envKey: string): { facts: EngineFacts; script: ArgItem } | null {
  for (const script of scripts) {
    if (!mentionsMarker(script.text)) continue;
    const facts = readEngineArgs(SHELL(script.range), [script], env, { where: envKey, key: envKey, kubernetes: false });
    if (facts) return { facts, script };
  }
  return null;
}

/** `{NAME: value}` (SkyPilot envs, dstack env map) or `["NAME=value", "NAME"]` (dstack env list). */
function envOf(document: YamlDocument, raw: unknown, path: string): EnvVar[] {
  const env: EnvVar[] = [];
  if (isRecord(raw)) {
    for (const [name, value] of Object.entries(raw)) {
      const p = joinPath(path, name);
      env.push({ name, value: value === null || value === undefined ? null : (scalarText(value) ?? null), range: rangeAt(document, p), path: p });
    }
  } else if (Array.isArray(raw)) {
    raw.forEach((entry: unknown, i) => {
      const text = scalarText(entry);
      if (text === undefined) return;
      const p = joinPath(path, i);
      const eq = text.indexOf("=");
      // `- HF_TOKEN` alone: the value is given when the run starts, not in the file.
      env.push(eq < 0 ? { name: text.trim(), value: null, range: rangeAt(document, p), path: p } : { name: text.slice(0, eq).trim(), value: text.slice(eq + 1), range: rangeAt(document, p), path: p });
    });
  }
  return env;
}

/**
 * Variables the launcher sets when the job runs (SKYPILOT_NUM_GPUS_PER_NODE, DSTACK_GPUS_NUM…),
 * from the accelerator declared: `multiplier` n → GPUs per node × n, 0 → the node count.
 */
function runtimeEnv(choice: Choice | undefined, vars: Record<string, number>, nodes = 1): EnvVar[] {
  if (!choice) return [];
  return Object.entries(vars).map(([name, multiplier]) => ({
    name,
    value: String(multiplier === 0 ? nodes : choice.choice.count * multiplier),
    range: choice.range,
    path: `${choice.path} (${name}, set by the launcher)`,
  }));
}

interface Choice {
  choice: AcceleratorChoice;
  range: SourceRange;
  path: string;
}

/** The accelerators a SkyPilot `accelerators` / dstack `gpu` value allows, in order. */
function choicesOf(document: YamlDocument, raw: unknown, path: string): Choice[] {
  const range = rangeAt(document, path);
  if (typeof raw === "string") return parseAcceleratorString(raw).map((choice) => ({ choice, range, path }));
  if (typeof raw === "number") return [];
  if (Array.isArray(raw)) {
    return raw.flatMap((item: unknown, i) => {
      const text = scalarText(item);
      const p = joinPath(path, i);
      return text === undefined ? [] : parseAcceleratorString(text).map((choice) => ({ choice, range: rangeAt(document, p), path: p }));
    });
  }
  if (isRecord(raw)) {
    // dstack `{name: H100, count: 8, memory: 80GB}`.
    if ("name" in raw || "count" in raw || "memory" in raw) {
      const names = Array.isArray(raw.name) ? raw.name.map((n) => scalarText(n)).filter((n): n is string => !!n) : scalarText(raw.name) ? [scalarText(raw.name)!] : [];
      const count = scalarText(raw.count) ?? "1";
      const memory = scalarText(raw.memory);
      const p = names.length > 0 ? joinPath(path, "name") : path;
      return names.flatMap((n) => parseAcceleratorString(`${n}:${memory ? `${memory}:` : ""}${count}`)).map((choice) => ({ choice, range: rangeAt(document, p), path: p }));
    }
    // SkyPilot `{H100: 8, A100-80GB: 8}`.
    return Object.entries(raw).flatMap(([name, count]) => {
      const p = joinPath(path, name);
      // `{H100:8}` without a space is the key "H100:8" with no value.
      const spec = count === null || count === undefined ? name : `${name}:${scalarText(count) ?? "1"}`;
      return parseAcceleratorString(spec).map((choice) => ({ choice, range: document.ranges.get(p)?.key ?? rangeAt(document, p), path: p }));
    });
  }
  return [];
}

/**
 * The deployment a SkyPilot task or dstack service/task file starts; null when the document is
 * neither or runs no known engine.
 */
export function adaptLaunchers(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value)) return null;
  if (typeof value.type === "string" && Array.isArray(value.commands)) return dstack(document, value, file, absolutePath);
  if (typeof value.run === "string" && value.type === undefined) return skypilot(document, value, file, absolutePath);
  return null;
}


function pick(choices: Choice[], key: string, note: ReturnType<typeof noteSink>["note"]): Choice | undefined {
  const first = choices[0];
  if (!first) return undefined;
  const others = choices.slice(1).filter((c) => c.choice.gpu !== first.choice.gpu || c.choice.count !== first.choice.count);
  if (others.length > 0) {
    note(
      `${key} allows alternatives: checked on the first, ${first.choice.gpu}:${first.choice.count}; the others (${others.map((c) => `${c.choice.gpu}:${c.choice.count}`).join(", ")}) are not checked`,
      first.range,
      "notice",
    );
  }
  return first;
}

function skypilot(document: YamlDocument, value: Json, file: string, absolutePath: string): Adaptation | null {
  const runRange = rangeAt(document, "run");
  const script: ArgItem = { text: value.run as string, range: runRange, path: "run" };
  const { notes, note } = noteSink();
  // `resources`, or the first of `resources.ordered` / `resources.any_of`.
  let resourcesPath = "resources";
  let resources = isRecord(value.resources) ? value.resources : undefined;
  for (const key of ["ordered", "any_of"]) {
    const list = resources?.[key];
    if (resources && resources.accelerators === undefined && Array.isArray(list) && isRecord(list[0])) {
      if (list.length > 1) note(`resources.${key} lists ${list.length} alternatives: checked on the first`, rangeAt(document, `resources.${key}`), "notice");
      resources = list[0];
      resourcesPath = `resources.${key}[0]`;
    }
  }
  const accPath = `${resourcesPath}.accelerators`;
  const choices = choicesOf(document, resources?.accelerators, accPath);
  const nodes = parseWholeNumber(value.num_nodes);
  const env = [...runtimeEnv(choices[0], { SKYPILOT_NUM_GPUS_PER_NODE: 1, SKYPILOT_NUM_NODES: 0 }, nodes ?? 1), ...envOf(document, value.envs, "envs")];
  const read = readScripts([script], env, "envs");
  if (!read) return null;
  const { facts } = read;
  plainPaths(facts, new Set());
  for (const problem of facts.problems) note(problem.message, problem.range, "warning");
  const name = scalarText(value.name) ?? "skypilot-task";
  const where = document.ranges.get("name")?.value ?? document.ranges.get("run")?.key ?? document.range;

  const choice = pick(choices, accPath, note);
  if (!facts.model) {
    note(`no model found in the run script: pass the model after \`vllm serve\` (or --model-path for SGLang) with a value written in the file; ${name} is not checked`, runRange, "warning");
    return { deployments: [], notes };
  }
  if (!choice) {
    note(`no accelerator is declared: add resources.accelerators, e.g. H100:8, to have ${name} checked`, where, "notice");
    return { deployments: [], notes };
  }
  let count: Located<number> = { value: choice.choice.count, range: choice.range, path: choice.path };
  if (nodes !== undefined && nodes > 1) {
    count = { ...count, value: count.value * nodes, path: `${choice.path} × num_nodes (${nodes})` };
    note(`num_nodes is ${nodes}: the engine is checked as one deployment over ${count.value} GPUs`, rangeAt(document, "num_nodes"), "notice");
  }
  const gpu: Located<string> = { value: choice.choice.gpu, range: choice.range, path: choice.path };
  const d = deploymentFromFacts({ name, file, absolutePath, format: "skypilot", range: where, facts, gpu, count, howToCount: "", serving: runRange, note });
  return { deployments: d ? [d] : [], notes };
}

function dstack(document: YamlDocument, value: Json, file: string, absolutePath: string): Adaptation | null {
  if (value.type !== "service" && value.type !== "task") return null;
  const scripts: ArgItem[] = [];
  (value.commands as unknown[]).forEach((c: unknown, i) => {
    const text = scalarText(c);
    if (text !== undefined) scripts.push({ text, range: rangeAt(document, `commands[${i}]`), path: `commands[${i}]` });
  });
  const resources = isRecord(value.resources) ? value.resources : undefined;
  const raw = resources?.gpu;
  const choices = choicesOf(document, raw, "resources.gpu");
  const nodes = parseWholeNumber(value.nodes) ?? 1;
  const env = [...runtimeEnv(choices[0], { DSTACK_GPUS_PER_NODE: 1, DSTACK_GPUS_NUM: nodes, DSTACK_NODES_NUM: 0 }, nodes), ...envOf(document, value.env, "env")];
  const read = readScripts(scripts, env, "env");
  if (!read) return null;
  const { notes, note } = noteSink();
  const { facts, script } = read;
  for (const problem of facts.problems) note(problem.message, problem.range, "warning");
  const name = scalarText(value.name) ?? `dstack-${value.type}`;
  const where = document.ranges.get("name")?.value ?? document.ranges.get("type")?.value ?? document.range;

  // dstack's `model:` is the name the gateway publishes: the model when the command names none.
  if (!facts.model) {
    const raw = isRecord(value.model) ? value.model.name : value.model;
    const path = isRecord(value.model) ? "model.name" : "model";
    const text = scalarText(raw);
    if (text) {
      facts.model = { value: text, range: rangeAt(document, path), path };
      note(`no model found in ${script.path}: the model is read from ${path} (${text}), the name dstack publishes; pass it to the engine as well to be exact`, rangeAt(document, path), "notice");
    } else {
      note(`no model found in the commands: pass the model after \`vllm serve\` (or --model-path for SGLang); ${name} is not checked`, script.range, "warning");
      return { deployments: [], notes };
    }
  }

  const choice = pick(choices, "resources.gpu", note);
  if (!choice) {
    const range = raw === undefined ? where : rangeAt(document, "resources.gpu");
    const said = raw === undefined ? "no GPU is declared" : `resources.gpu ${describeValue(raw)} names no GPU model (only a count or memory)`;
    note(`${said}: write resources.gpu as name:count, e.g. H100:8 or {name: H100, count: 8}, to have ${name} checked`, range, "notice");
    return { deployments: [], notes };
  }
  const gpu: Located<string> = { value: choice.choice.gpu, range: choice.range, path: choice.path };
  const count: Located<number> = { value: choice.choice.count, range: choice.range, path: choice.path };
  const d = deploymentFromFacts({ name, file, absolutePath, format: "dstack", range: where, facts, gpu, count, howToCount: "", serving: script.range, note });
  return { deployments: d ? [d] : [], notes };
}
