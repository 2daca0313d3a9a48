import type { SourceRange } from "../base/findings.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import { readEngineArgs, type ArgItem, type EngineFacts, type EnvVar } from "./engine-args.js";
import { envFromMap, envFromStrings } from "./env.js";
import type { LocatedChoice } from "./gpu-declaration.js";

/**
 * What the cloud launchers' readers share (SkyPilot: skypilot.ts, dstack: dstack.ts): the engine
 * is started from a shell script, read by readEngineArgs as `sh -c <script>` with the file's env
 * and the variables the launcher sets itself.
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

/** Facts of the first script that starts an engine; `envKey` is where the file defines variables. */
export function readScripts(scripts: ArgItem[], env: EnvVar[], envKey: string): { facts: EngineFacts; script: ArgItem } | null {
  for (const script of scripts) {
    if (!mentionsMarker(script.text)) continue;
    const facts = readEngineArgs(SHELL(script.range), [script], env, { where: envKey, key: envKey, kubernetes: false });
    if (facts) return { facts, script };
  }
  return null;
}

/** `{NAME: value}` (SkyPilot envs, dstack env map) or `["NAME=value", "NAME"]` (dstack env list). */
export function launcherEnv(document: YamlDocument, raw: unknown, path: string): EnvVar[] {
  return Array.isArray(raw) ? envFromStrings(document, raw, path) : envFromMap(document, raw, path);
}

/**
 * Variables the launcher sets when the job runs (SKYPILOT_NUM_GPUS_PER_NODE, DSTACK_GPUS_NUM…),
 * from the accelerator declared: `multiplier` n → GPUs per node × n, 0 → the node count.
 */
export function runtimeEnv(choice: LocatedChoice | undefined, vars: Record<string, number>, nodes = 1): EnvVar[] {
  if (!choice) return [];
  return Object.entries(vars).map(([name, multiplier]) => ({
    name,
    value: String(multiplier === 0 ? nodes : choice.choice.count * multiplier),
    range: choice.range,
    path: `${choice.path} (${name}, set by the launcher)`,
  }));
}
