import type { YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import { describeValue } from "../base/text.js";
import type { ArgItem } from "./engine-args.js";
import { acceleratorChoices, DECLARE_IN_CONFIG, firstAccelerator, memoryOnlyRequest } from "./gpu-declaration.js";
import { deploymentFromFacts, noteSink, rangeAt, type Adaptation } from "./kit.js";
import { launcherEnv, readScripts, runtimeEnv } from "./launch-script.js";
import { isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";

/**
 * dstack service and task files that start a serving engine (`resources.gpu` + `commands:`),
 * format `dstack`: the first command that starts an engine is read as `sh -c <command>` with `env`
 * (launch-script.ts), the GPU by acceleratorChoices (`H100:8`, `H100:80GB:8`, `{name, count}`;
 * the first of several is checked); `model:` stands for the model when the commands name none.
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

export { LAUNCHER_MARKERS as DSTACK_MARKERS } from "./launch-script.js";

const FORMAT = "dstack";

/** The deployment a dstack service or task starts; null when the document is not one or runs no known engine. */
export function adaptDstack(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value) || typeof value.type !== "string" || !Array.isArray(value.commands)) return null;
  return dstack(document, value, file, absolutePath);
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
  const choices = acceleratorChoices(document, raw, "resources.gpu");
  const nodes = parseWholeNumber(value.nodes) ?? 1;
  const env = [...runtimeEnv(choices[0], { DSTACK_GPUS_PER_NODE: 1, DSTACK_GPUS_NUM: nodes, DSTACK_NODES_NUM: 0 }, nodes), ...launcherEnv(document, value.env, "env")];
  const read = readScripts(scripts, env, "env");
  if (!read) return null;
  const { notes, note, add } = noteSink();
  const { facts, script } = read;
  add(...facts.problems);
  const name = scalarText(value.name) ?? `dstack-${value.type}`;
  const where = document.ranges.get("name")?.value ?? document.ranges.get("type")?.value ?? document.range;

  // dstack's `model:` is the name the gateway publishes: the model when the command names none.
  if (!facts.model) {
    const raw = isRecord(value.model) ? value.model.name : value.model;
    const path = isRecord(value.model) ? "model.name" : "model";
    const text = scalarText(raw);
    if (text) {
      facts.model = { value: text, range: rangeAt(document, path), path };
      note("model-from-served-name", `no model found in ${script.path}: the model is read from ${path} (${text}), the name dstack publishes; pass it to the engine as well to be exact`, rangeAt(document, path), "notice");
    } else {
      note("model-missing", `no model found in the commands: pass the model after \`vllm serve\` (or --model-path for SGLang); ${name} is not checked`, script.range, "warning");
      return { deployments: [], notes };
    }
  }

  const picked = firstAccelerator(choices, "resources.gpu");
  add(...picked.notes);
  const choice = picked.choice;
  if (!choice) {
    // No GPU named: a memory-only or count-only request (`24GB`, `80GB:8`, `8`), or nothing; checked for what it needs per GPU.
    const request = memoryOnlyRequest(document, raw, "resources.gpu");
    const range = raw === undefined ? where : rangeAt(document, "resources.gpu");
    if (request?.memory) {
      note(
        "gpu-memory-only",
        `resources.gpu ${request.written} asks for GPU memory, not a GPU model: checked on the smallest catalog GPU with ${request.memoryWritten} per GPU${request.memoryWritten?.includes("..") ? " (the range's lower bound)" : ""}; write a name (e.g. H100:8) to check the GPU it runs on`,
        request.memory.range,
        "notice",
      );
    } else {
      const said = raw === undefined ? "no GPU is declared" : `resources.gpu ${describeValue(raw)} names no GPU model`;
      note(
        "gpu-type-missing",
        `${said}: ${name} is checked for the memory it needs per GPU, not against a GPU; write resources.gpu as name:count, e.g. H100:8 or {name: H100, count: 8}, ${DECLARE_IN_CONFIG}`,
        range,
        "notice",
      );
    }
    const d = deploymentFromFacts({
      name,
      file,
      absolutePath,
      format: FORMAT,
      range: where,
      facts,
      gpuMemoryBytes: request?.memory,
      ...(request ? { count: request.count } : {}),
      howToCount: "write the count in resources.gpu (e.g. 24GB:2)",
      serving: script.range,
      note,
    });
    return { deployments: d ? [d] : [], notes };
  }
  const gpu: Located<string> = { value: choice.choice.gpu, range: choice.range, path: choice.path };
  const count: Located<number> = { value: choice.choice.count, range: choice.range, path: choice.path };
  const d = deploymentFromFacts({ name, file, absolutePath, format: FORMAT, range: where, facts, gpu, count, howToCount: "", serving: script.range, note });
  return { deployments: d ? [d] : [], notes };
}
