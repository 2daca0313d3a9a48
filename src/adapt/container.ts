import type { SourceRange } from "../base/findings.js";
import { joinPath, type YamlDocument } from "../parse/yaml-file.js";
import type { Located } from "../base/deployment.js";
import type { ArgItem, EnvVar } from "./engine-args.js";
import { GPU_RESOURCES } from "./gpu-declaration.js";
import { at, isRecord, parseWholeNumber, scalarText, type Json } from "./values.js";
import { describeValue } from "../base/text.js";

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
  /** GPUs the container itself asks for (limits, else requests), when it does. */
  ownCount?: Located<number>;
}

/** Read `container` at `path` of `document`; `fallbackName` when it has no name. */
export function readContainer(document: YamlDocument, container: Json, path: string, fallbackName: string): ContainerItems {
  const containerRange = document.ranges.get(path)?.value ?? document.range;
  const rangeAt = (p: string): SourceRange => document.ranges.get(p)?.value ?? containerRange;
  const list = (key: "command" | "args"): ArgItem[] => {
    const items = container[key];
    if (!Array.isArray(items)) return [];
    const out: ArgItem[] = [];
    items.forEach((item: unknown, j) => {
      const text = scalarText(item);
      if (text === undefined) return;
      const itemPath = joinPath(joinPath(path, key), j);
      out.push({ text, range: rangeAt(itemPath), path: itemPath });
    });
    return out;
  };
  const env: EnvVar[] = [];
  if (Array.isArray(container.env)) {
    container.env.forEach((entry: unknown, j) => {
      if (!isRecord(entry) || typeof entry.name !== "string") return;
      const entryPath = joinPath(joinPath(path, "env"), j);
      if (entry.valueFrom !== undefined && entry.valueFrom !== null) {
        env.push({ name: entry.name, value: null, range: rangeAt(entryPath), path: entryPath });
        return;
      }
      const text = entry.value === undefined || entry.value === null ? "" : scalarText(entry.value);
      if (text === undefined) return;
      const valuePath = joinPath(entryPath, "value");
      env.push({ name: entry.name, value: text, range: document.ranges.get(valuePath)?.value ?? rangeAt(entryPath), path: valuePath });
    });
  }
  const nameText = scalarText(container.name);
  const named = nameText !== undefined && nameText !== "";
  const items: ContainerItems = {
    path,
    name: named ? nameText : fallbackName,
    nameRange: named ? (document.ranges.get(joinPath(path, "name"))?.value ?? containerRange) : (document.ranges.get(path)?.key ?? containerRange),
    command: list("command"),
    args: list("args"),
    env,
    hasEnvFrom: Array.isArray(container.envFrom) && container.envFrom.length > 0,
  };
  const own = containerGpuCount(document, container, path);
  if (own) items.ownCount = own;
  return items;
}

/**
 * The GPUs one container (or any object with a container's `resources`) asks for: limits, else
 * requests, summed over the accelerator resources. A value that is not a whole number is passed to
 * `notWhole` when given; a pod's containers leave it to gpuFromPodSpec, which tells it.
 */
export function containerGpuCount(
  document: YamlDocument,
  container: Json,
  path: string,
  notWhole?: (message: string, range: SourceRange) => void,
): Located<number> | undefined {
  let total = 0;
  let first: Located<number> | undefined;
  for (const resource of GPU_RESOURCES) {
    for (const side of ["limits", "requests"]) {
      const raw = at(container, ["resources", side, resource]);
      if (raw === undefined || raw === null) continue;
      const range = document.ranges.get(joinPath(joinPath(joinPath(path, "resources"), side), resource))?.value ?? document.range;
      const shown = `${path}.resources.${side}[${JSON.stringify(resource)}]`;
      const n = parseWholeNumber(raw);
      if (n === undefined) {
        notWhole?.(`${shown} is ${describeValue(raw)}, not a whole number of GPUs`, range);
        break;
      }
      total += n;
      first ??= { value: n, range, path: shown };
      break;
    }
  }
  return first ? { ...first, value: total } : undefined;
}
