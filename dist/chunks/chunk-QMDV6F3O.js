import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  envFromList,
  gpuCountOf
} from "./chunk-MIJ4L7P2.js";
import {
  rangeAt
} from "./chunk-VUGMCGJM.js";
import {
  scalarText
} from "./chunk-3G5BXTFK.js";
import {
  joinPath
} from "./chunk-TQVKSG5V.js";

// src/adapt/container.ts
function argItems(document, list, path) {
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((item, j) => {
    const text = scalarText(item);
    if (text === void 0) return;
    const itemPath = joinPath(path, j);
    out.push({ text, range: rangeAt(document, itemPath), path: itemPath });
  });
  return out;
}
function readContainer(document, container, path, fallbackName) {
  const containerRange = document.ranges.get(path)?.value ?? document.range;
  const nameText = scalarText(container.name);
  const named = nameText !== void 0 && nameText !== "";
  const items = {
    path,
    name: named ? nameText : fallbackName,
    nameRange: named ? document.ranges.get(joinPath(path, "name"))?.value ?? containerRange : document.ranges.get(path)?.key ?? containerRange,
    command: argItems(document, container.command, joinPath(path, "command")),
    args: argItems(document, container.args, joinPath(path, "args")),
    env: envFromList(document, container.env, joinPath(path, "env")),
    hasEnvFrom: Array.isArray(container.envFrom) && container.envFrom.length > 0
  };
  const image = scalarText(container.image)?.trim();
  if (image) items.image = image;
  const own = gpuCountOf(document, path);
  if (own.count) items.ownCount = own.count;
  if (own.count && own.mig) items.ownMig = own.mig;
  return items;
}

export {
  argItems,
  readContainer
};
