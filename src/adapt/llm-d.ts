import type { YamlDocument } from "../parse/yaml-file.js";
import type { Deployment } from "../base/deployment.js";
import { argItems } from "./container.js";
import { readEngineArgs, type ArgItem } from "./engine-args.js";
import { envFromList } from "./env.js";
import { DECLARE_IN_CONFIG, gpuCountOf, gpuFromLabelValues, gpuFromSelector, gpuOfMig, nodeLabelsOfSelector, PRODUCT_LABEL, type NodeLabels } from "./gpu-declaration.js";
import { deploymentFromFacts, noteSink, rangeAt, type Adaptation } from "./kit.js";
import { isRecord, scalarText, type Json } from "./values.js";

/**
 * Helm values files of the llm-d modelservice chart (`modelArtifacts` + `decode` / `prefill`),
 * format `llm-d`. The chart runs `vllm serve <model>` in each role's first container; the values
 * are turned into that command line (items standing for the values they come from, ArgItem.via)
 * and read with readEngineArgs. One deployment per role that is created: the model from
 * `modelArtifacts.uri` (`hf://…`, else `modelArtifacts.name`), the tensor parallelism from
 * `<role>.parallelism.tensor`, the GPU count from the container's resources (gpuCountOf), the GPU
 * type from `<role>.acceleratorTypes` (gpuFromLabelValues).
 *
 * Never throws: an odd document is skipped (null) or explained in notes.
 */

/** Every document adaptLlmD accepts has this key. */
export const LLM_D_MARKERS: readonly string[] = ["modelArtifacts"];

const FORMAT = "llm-d";

/** The deployments an llm-d modelservice values file configures; null when the document is not one. */
export function adaptLlmD(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const value = document.value;
  if (!isRecord(value) || !isRecord(value.modelArtifacts)) return null;
  const { notes, note, add } = noteSink();
  const artifacts = value.modelArtifacts;
  const uri = scalarText(artifacts.uri)?.trim();
  const uriPath = "modelArtifacts.uri";
  const uriRange = rangeAt(document, uriPath);
  const roles = ["decode", "prefill"].filter((r) => isRecord(value[r]) && (value[r] as Json).create !== false);
  if (roles.length === 0) return null;
  const deployments: Deployment[] = [];

  let model: string | undefined;
  if (uri?.startsWith("hf://")) model = uri.slice("hf://".length);
  else if (uri) {
    const named = scalarText(artifacts.name);
    if (named) {
      model = named;
      note("model-from-served-name", `${uriPath} ${uri} is not a hf:// model: the model is read from modelArtifacts.name (${named})`, uriRange, "notice");
    } else note("model-missing", `${uriPath} ${uri} is not a hf:// model and modelArtifacts.name is not set: the model is not known`, uriRange, "warning");
  } else note("model-missing", `modelArtifacts.uri is not set: write hf://<org>/<model> to have the model checked`, rangeAt(document, "modelArtifacts"), "warning");

  const baseName = scalarText(artifacts.name) ?? model ?? "modelservice";
  const fromUri = uri?.startsWith("hf://") === true;
  for (const role of roles) {
    const spec = value[role] as Json;
    const containers = Array.isArray(spec.containers) ? spec.containers : [];
    const index = containers.findIndex((c: unknown) => isRecord(c));
    if (index < 0) continue;
    const container = containers[index] as Json;
    const cpath = `${role}.containers[${index}]`;
    const crange = rangeAt(document, cpath);
    const modelRange = model && fromUri ? uriRange : rangeAt(document, "modelArtifacts.name");
    const modelPath = fromUri ? uriPath : "modelArtifacts.name";
    const ownCommand = argItems(document, container.command, `${cpath}.command`);
    let command: ArgItem[] = ownCommand;
    const pre: ArgItem[] = [];
    if (ownCommand.length === 0 && model) {
      command = [
        { text: "vllm", range: crange, path: "(chart) vllm" },
        { text: "serve", range: crange, path: "(chart) serve" },
        { text: model, range: modelRange, path: modelPath, via: { key: fromUri ? "uri" : "name" } },
      ];
    }
    const tensor = isRecord(spec.parallelism) ? scalarText(spec.parallelism.tensor) : undefined;
    if (tensor !== undefined && ownCommand.length === 0) {
      const path = `${role}.parallelism.tensor`;
      const at = { range: rangeAt(document, path), path, via: { key: "tensor" } };
      pre.push({ text: "--tensor-parallel-size", ...at }, { text: tensor, ...at });
    }
    const args = [...pre, ...argItems(document, container.args, `${cpath}.args`)];
    const facts = readEngineArgs(command, args, envFromList(document, container.env, `${cpath}.env`));
    if (!facts) continue;
    add(...facts.problems);
    if (!facts.model) continue;

    const counted = gpuCountOf(document, cpath);
    add(...counted.notes);
    const accelerators = spec.acceleratorTypes;
    const label = isRecord(accelerators) ? (scalarText(accelerators.labelKey) ?? PRODUCT_LABEL) : PRODUCT_LABEL;
    const typed = isRecord(accelerators) ? gpuFromLabelValues(document, label, `${role}.acceleratorTypes.labelValues`, `${role}.acceleratorTypes`) : { notes: [] };
    // The role's own nodeSelector, which the chart copies into the pod spec, when acceleratorTypes names no GPU.
    const selected = typed.gpu ? { notes: [] } : gpuFromSelector(document, `${role}.nodeSelector`, `${role}.nodeSelector`);
    let gpu = typed.gpu ?? selected.gpu;
    if (counted.mig && !(gpu && /-MIG-|^mig-/i.test(gpu.value))) {
      const sliced = gpuOfMig(counted.mig, gpu);
      gpu = sliced.gpu;
      add(...sliced.notes);
    }
    const name = `${baseName}/${role}`;
    const where = document.ranges.get(role)?.key ?? crange;
    add(...typed.notes, ...selected.notes);
    if (!gpu) {
      note(
        "gpu-type-missing",
        `no GPU type is declared for ${role}: ${name} is checked for the memory it needs per GPU, not against a GPU; add ${role}.acceleratorTypes with labelKey ${PRODUCT_LABEL} and labelValues [NVIDIA-H100-80GB-HBM3], ${DECLARE_IN_CONFIG}`,
        where,
        "notice",
      );
    }
    const nodeLabels = roleNodeLabels(document, spec, role, label);
    const d = deploymentFromFacts({
      name,
      file,
      absolutePath,
      format: FORMAT,
      range: where,
      facts,
      gpu,
      nodeLabels,
      ...(counted.count ? { count: counted.count } : {}),
      howToCount: `add resources.limits nvidia.com/gpu to ${cpath}`,
      serving: crange,
      note,
    });
    if (d) deployments.push(d);
  }
  return { deployments, notes };
}

/**
 * The node labels a role's pods must run on: its `nodeSelector`, and the one value of
 * `acceleratorTypes` (which the chart writes as a required node affinity), at the nodeSelector
 * block (else acceleratorTypes).
 */
function roleNodeLabels(document: YamlDocument, spec: Json, role: string, labelKey: string): NodeLabels | undefined {
  const own = nodeLabelsOfSelector(document, `${role}.nodeSelector`);
  const accelerators = spec.acceleratorTypes;
  const values = isRecord(accelerators) && Array.isArray(accelerators.labelValues) ? accelerators.labelValues : [];
  const one = values.length === 1 ? scalarText(values[0])?.trim() : undefined;
  if (!one) return own;
  const labels = { [labelKey]: one, ...(own?.labels ?? {}) };
  return { labels, range: own?.range ?? rangeAt(document, `${role}.acceleratorTypes`) };
}
