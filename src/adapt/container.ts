import type { SourceRange } from "../base/findings.js";
import { joinPath, type YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import type { ArgItem, EnvVar } from "./engine/types.js";
import { envFromList } from "./env.js";
import { gpuCountOf, type MigRequest } from "./gpu-declaration.js";
import { rangeAt } from "./kit.js";
import { scalarText, type Json } from "./values.js";

/**
 * A Kubernetes container (or a KServe predictor `model`, which has a container's fields) read as
 * positioned items: what readEngineArgs takes, each item located on its YAML value.
 */
export interface ContainerItems {
  /** `spec.template.spec.containers[0]`. */
  path: string;
  name: string;
  nameRange: SourceRange;
  command: ArgItem[];
  args: ArgItem[];
  /** `valueFrom` entries have a null value; a missing value is the empty string, as Kubernetes reads it. */
  env: EnvVar[];
  hasEnvFrom: boolean;
  /** The container's image as written (its engine's version: engineVersionOf), when it names one. */
  image?: string;
  /**
   * GPUs the container itself asks for (gpuCountOf), when it does. What is wrong with its count
   * is told by the pod's GPU declaration (gpuFromPodSpec), which counts the same values.
   */
  ownCount?: Located<number>;
  /** The MIG profile of the devices counted in `ownCount`, when they are MIG devices (gpuOfMig makes it the GPU type). */
  ownMig?: MigRequest;
}

/**
 * A YAML list of words (a container's command or args, a chart's extraArgs, KubeAI's spec.args)
 * as positioned items, each on its value; items that are not scalars are left out.
 */
export function argItems(document: YamlDocument, list: unknown, path: string): ArgItem[] {
  if (!Array.isArray(list)) return [];
  const out: ArgItem[] = [];
  list.forEach((item: unknown, j) => {
    const text = scalarText(item);
    if (text === undefined) return;
    const itemPath = joinPath(path, j);
    out.push({ text, range: rangeAt(document, itemPath), path: itemPath });
  });
  return out;
}

/** Read `container` at `path` of `document`; `fallbackName` when it has no name. */
export function readContainer(document: YamlDocument, container: Json, path: string, fallbackName: string): ContainerItems {
  const containerRange = document.ranges.get(path)?.value ?? document.range;
  const nameText = scalarText(container.name);
  const named = nameText !== undefined && nameText !== "";
  const items: ContainerItems = {
    path,
    name: named ? nameText : fallbackName,
    nameRange: named ? (document.ranges.get(joinPath(path, "name"))?.value ?? containerRange) : (document.ranges.get(path)?.key ?? containerRange),
    command: argItems(document, container.command, joinPath(path, "command")),
    args: argItems(document, container.args, joinPath(path, "args")),
    env: envFromList(document, container.env, joinPath(path, "env")),
    hasEnvFrom: Array.isArray(container.envFrom) && container.envFrom.length > 0,
  };
  const image = scalarText(container.image)?.trim();
  if (image) items.image = image;
  const own = gpuCountOf(document, path);
  if (own.count) items.ownCount = own.count;
  if (own.count && own.mig) items.ownMig = own.mig;
  return items;
}
