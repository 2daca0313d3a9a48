import type { YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import type { ArgItem } from "./engine-args.js";
import { acceleratorChoices, DECLARE_IN_CONFIG, firstAccelerator } from "./gpu-declaration.js";
import { deploymentFromFacts, noteSink, rangeAt, withEngineVersion, type Adaptation } from "./kit.js";
import { launcherEnv, readScripts, runtimeEnv } from "./launch-script.js";
import { isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";

/**
 * SkyPilot task files that start a serving engine (`resources.accelerators` + `run:`), format
 * `skypilot`: the `run` script is read as `sh -c <script>` with `envs` (launch-script.ts), the
 * accelerators by acceleratorChoices (the first of several is checked; `resources.ordered` /
 * `any_of` likewise), `num_nodes` multiplies the GPUs. The engine's version is what an install
 * command in `setup` or `run` pins (`pip install vllm==0.6.3`), else the tag of a
 * `resources.image_id: docker:vllm/vllm-openai:v0.6.3`.
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

export { LAUNCHER_MARKERS as SKYPILOT_MARKERS } from "./launch-script.js";

const FORMAT = "skypilot";

/** The deployment a SkyPilot task starts; null when the document is not one or runs no known engine. */
export function adaptSkyPilot(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value) || typeof value.run !== "string" || value.type !== undefined) return null;
  return skypilot(document, value, file, absolutePath);
}

function skypilot(document: YamlDocument, value: Json, file: string, absolutePath: string): Adaptation | null {
  const runRange = rangeAt(document, "run");
  const script: ArgItem = { text: value.run as string, range: runRange, path: "run" };
  const { notes, note, add } = noteSink();
  // `resources`, or the first of `resources.ordered` / `resources.any_of`.
  let resourcesPath = "resources";
  let resources = isRecord(value.resources) ? value.resources : undefined;
  for (const key of ["ordered", "any_of"]) {
    const list = resources?.[key];
    if (resources && resources.accelerators === undefined && Array.isArray(list) && isRecord(list[0])) {
      if (list.length > 1) note("alternatives-first-checked", `resources.${key} lists ${list.length} alternatives: checked on the first`, rangeAt(document, `resources.${key}`), "notice");
      resources = list[0];
      resourcesPath = `resources.${key}[0]`;
    }
  }
  const accPath = `${resourcesPath}.accelerators`;
  const choices = acceleratorChoices(document, resources?.accelerators, accPath);
  const nodes = parseWholeNumber(value.num_nodes);
  const env = [...runtimeEnv(choices[0], { SKYPILOT_NUM_GPUS_PER_NODE: 1, SKYPILOT_NUM_NODES: 0 }, nodes ?? 1), ...launcherEnv(document, value.envs, "envs")];
  const read = readScripts([script], env, "envs");
  if (!read) return null;
  const { facts } = read;
  add(...facts.problems);
  const name = scalarText(value.name) ?? "skypilot-task";
  // The engine's version: install commands in setup and run (in that order), else the docker image_id.
  const imageId = scalarText(resources?.image_id)?.trim();
  const version = { image: imageId?.startsWith("docker:") ? imageId : undefined, scripts: [scalarText(value.setup), value.run as string], env };
  const where = document.ranges.get("name")?.value ?? document.ranges.get("run")?.key ?? document.range;

  const picked = firstAccelerator(choices, accPath);
  add(...picked.notes);
  const choice = picked.choice;
  if (!facts.model) {
    note("model-missing", `no model found in the run script: pass the model after \`vllm serve\` (or --model-path for SGLang) with a value written in the file; ${name} is not checked`, runRange, "warning");
    return { deployments: [], notes };
  }
  if (!choice) {
    // SkyPilot has no memory-only accelerator form: without a name, checked for what it needs per GPU.
    note(
      "gpu-type-missing",
      `no accelerator is declared: ${name} is checked for the memory it needs per GPU, not against a GPU; add resources.accelerators, e.g. H100:8, ${DECLARE_IN_CONFIG}`,
      where,
      "notice",
    );
    const d = deploymentFromFacts({ name, file, absolutePath, format: FORMAT, range: where, facts, howToCount: "add resources.accelerators, e.g. H100:8", serving: runRange, note });
    return { deployments: d ? [withEngineVersion(d, version)] : [], notes };
  }
  let count: Located<number> = { value: choice.choice.count, range: choice.range, path: choice.path };
  if (nodes !== undefined && nodes > 1) {
    count = { ...count, value: count.value * nodes, path: `${choice.path} × num_nodes (${nodes})` };
    note("multi-node", `num_nodes is ${nodes}: the engine is checked as one deployment over ${count.value} GPUs`, rangeAt(document, "num_nodes"), "notice");
  }
  const gpu: Located<string> = { value: choice.choice.gpu, range: choice.range, path: choice.path };
  const d = deploymentFromFacts({ name, file, absolutePath, format: FORMAT, range: where, facts, gpu, count, howToCount: "", serving: runRange, note });
  return { deployments: d ? [withEngineVersion(d, version)] : [], notes };
}
