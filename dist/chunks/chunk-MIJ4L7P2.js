import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  rangeAt
} from "./chunk-VUGMCGJM.js";
import {
  isRecord,
  parseWholeNumber,
  scalarText
} from "./chunk-3G5BXTFK.js";
import {
  joinPath,
  pathSegments
} from "./chunk-TQVKSG5V.js";
import {
  gpuLookup
} from "./chunk-SMZ6TMJF.js";
import {
  GPUS
} from "./chunk-JQYZLO6H.js";
import {
  describeValue
} from "./chunk-LRW7K6N5.js";

// src/adapt/env.ts
function envEntries(list, path) {
  if (!Array.isArray(list)) return [];
  const entries = [];
  list.forEach((entry, j) => {
    if (!isRecord(entry) || typeof entry.name !== "string") return;
    const entryPath = joinPath(path, j);
    const fromValueFrom = entry.valueFrom !== void 0 && entry.valueFrom !== null;
    entries.push({ name: entry.name, entryPath, valuePath: joinPath(entryPath, "value"), raw: entry.value, fromValueFrom });
  });
  return entries;
}
function envFromList(document, list, path) {
  const env = [];
  for (const e of envEntries(list, path)) {
    if (e.fromValueFrom) {
      env.push({ name: e.name, value: null, range: rangeAt(document, e.entryPath), path: e.entryPath });
      continue;
    }
    const text = e.raw === void 0 || e.raw === null ? "" : scalarText(e.raw);
    if (text === void 0) continue;
    env.push({ name: e.name, value: text, range: rangeAt(document, e.valuePath), path: e.valuePath });
  }
  return env;
}
function envFromMap(document, raw, path) {
  if (!isRecord(raw)) return [];
  return Object.entries(raw).map(([name, value]) => {
    const p = joinPath(path, name);
    return { name, value: value === null || value === void 0 ? null : scalarText(value) ?? null, range: rangeAt(document, p), path: p };
  });
}
function envFromStrings(document, raw, path) {
  if (!Array.isArray(raw)) return [];
  const env = [];
  raw.forEach((entry, i) => {
    const text = scalarText(entry);
    if (text === void 0) return;
    const p = joinPath(path, i);
    const range = rangeAt(document, p);
    const eq = text.indexOf("=");
    env.push(eq < 0 ? { name: text.trim(), value: null, range, path: p } : { name: text.slice(0, eq).trim(), value: text.slice(eq + 1), range, path: p });
  });
  return env;
}

// src/catalog/instance-types.ts
var AWS = "AWS EC2 accelerated computing instance types (https://aws.amazon.com/ec2/instance-types/#Accelerated_Computing)";
var GCP = "Google Cloud GPU machine types (https://cloud.google.com/compute/docs/gpus)";
var AZURE = "Azure GPU-optimized VM sizes (https://learn.microsoft.com/azure/virtual-machines/sizes/overview#gpu-accelerated)";
function awsG(family, gpu, source) {
  const sizes = [
    ["xlarge", 1],
    ["2xlarge", 1],
    ["4xlarge", 1],
    ["8xlarge", 1],
    ["16xlarge", 1],
    ["12xlarge", 4],
    ["24xlarge", 4],
    ["48xlarge", 8]
  ];
  return Object.fromEntries(sizes.map(([size, count]) => [`${family}.${size}`, { gpu, count, source }]));
}
function series(names, gpu, source) {
  return Object.fromEntries(names.map(([name, count]) => [name, { gpu, count, source }]));
}
var INSTANCE_TYPES = {
  // ------------------------------------------------------------------------------------ AWS
  "p4d.24xlarge": { gpu: "A100-40GB", count: 8, source: `${AWS}: P4d, 8 \xD7 A100 40GB SXM4` },
  "p4de.24xlarge": { gpu: "A100-80GB", count: 8, source: `${AWS}: P4de, 8 \xD7 A100 80GB SXM4` },
  "p5.48xlarge": { gpu: "H100-SXM", count: 8, source: `${AWS}: P5, 8 \xD7 H100 80GB SXM5` },
  "p5e.48xlarge": { gpu: "H200", count: 8, source: `${AWS}: P5e, 8 \xD7 H200 141GB` },
  "p5en.48xlarge": { gpu: "H200", count: 8, source: `${AWS}: P5en, 8 \xD7 H200 141GB` },
  ...awsG("g5", "A10G", `${AWS}: G5, A10G 24GB`),
  ...awsG("g6", "L4", `${AWS}: G6, L4 24GB`),
  ...awsG("g6e", "L40S", `${AWS}: G6e, L40S 48GB`),
  ...series(
    [
      ["gr6.4xlarge", 1],
      ["gr6.8xlarge", 1]
    ],
    "L4",
    `${AWS}: Gr6, L4 24GB`
  ),
  ...series(
    [
      ["g4dn.xlarge", 1],
      ["g4dn.2xlarge", 1],
      ["g4dn.4xlarge", 1],
      ["g4dn.8xlarge", 1],
      ["g4dn.16xlarge", 1],
      ["g4dn.12xlarge", 4],
      ["g4dn.metal", 8]
    ],
    "T4",
    `${AWS}: G4dn, T4 16GB`
  ),
  ...series(
    [
      ["p3.2xlarge", 1],
      ["p3.8xlarge", 4],
      ["p3.16xlarge", 8]
    ],
    "V100-16GB",
    `${AWS}: P3, V100 SXM2 16GB`
  ),
  "p3dn.24xlarge": { gpu: "V100-32GB", count: 8, source: `${AWS}: P3dn, 8 \xD7 V100 SXM2 32GB` },
  // ------------------------------------------------------------------------------------ GCP
  ...series(
    [
      ["a2-highgpu-1g", 1],
      ["a2-highgpu-2g", 2],
      ["a2-highgpu-4g", 4],
      ["a2-highgpu-8g", 8],
      ["a2-megagpu-16g", 16]
    ],
    "A100-40GB",
    `${GCP}: A2 Standard, A100 40GB`
  ),
  ...series(
    [
      ["a2-ultragpu-1g", 1],
      ["a2-ultragpu-2g", 2],
      ["a2-ultragpu-4g", 4],
      ["a2-ultragpu-8g", 8]
    ],
    "A100-80GB",
    `${GCP}: A2 Ultra, A100 80GB`
  ),
  "a3-highgpu-8g": { gpu: "H100-SXM", count: 8, source: `${GCP}: A3 High, 8 \xD7 H100 80GB` },
  "a3-megagpu-8g": { gpu: "H100-SXM", count: 8, source: `${GCP}: A3 Mega, 8 \xD7 H100 Mega 80GB` },
  "a3-ultragpu-8g": { gpu: "H200", count: 8, source: `${GCP}: A3 Ultra, 8 \xD7 H200 141GB` },
  ...series(
    [
      ["g2-standard-4", 1],
      ["g2-standard-8", 1],
      ["g2-standard-12", 1],
      ["g2-standard-16", 1],
      ["g2-standard-32", 1],
      ["g2-standard-24", 2],
      ["g2-standard-48", 4],
      ["g2-standard-96", 8]
    ],
    "L4",
    `${GCP}: G2, L4 24GB`
  ),
  // ------------------------------------------------------------------------------------ Azure
  ...series(
    [
      ["Standard_NC24ads_A100_v4", 1],
      ["Standard_NC48ads_A100_v4", 2],
      ["Standard_NC96ads_A100_v4", 4]
    ],
    "A100-80GB-PCIE",
    `${AZURE}: NC A100 v4, A100 80GB PCIe`
  ),
  Standard_ND96asr_v4: { gpu: "A100-40GB", count: 8, source: `${AZURE}: ND A100 v4, 8 \xD7 A100 40GB SXM4` },
  Standard_ND96amsr_A100_v4: { gpu: "A100-80GB", count: 8, source: `${AZURE}: NDm A100 v4, 8 \xD7 A100 80GB SXM4` },
  Standard_ND96isr_H100_v5: { gpu: "H100-SXM", count: 8, source: `${AZURE}: ND H100 v5, 8 \xD7 H100 80GB SXM5` },
  ...series(
    [
      ["Standard_NC40ads_H100_v5", 1],
      ["Standard_NC80adis_H100_v5", 2]
    ],
    "H100-NVL",
    `${AZURE}: NCads H100 v5, H100 NVL 94GB`
  ),
  // KAITO's spelling of the ND A100 v4 size, as its SKU table (pkg/sku/azure_sku_handler.go) and Workspaces write it.
  Standard_ND96asr_A100_v4: { gpu: "A100-40GB", count: 8, source: `${AZURE}: ND A100 v4 (Standard_ND96asr_v4), 8 \xD7 A100 40GB SXM4; KAITO SKU table` },
  Standard_NCC40ads_H100_v5: { gpu: "H100-NVL", count: 1, source: `${AZURE}: NCCads H100 v5 (confidential), 1 \xD7 H100 NVL 94GB` },
  Standard_ND96isr_H200_v5: { gpu: "H200", count: 8, source: `${AZURE}: ND H200 v5, 8 \xD7 H200 141GB` },
  // Whole A10s only: the smaller NVadsA10 v5 sizes are GPU partitions.
  ...series(
    [
      ["Standard_NV36ads_A10_v5", 1],
      ["Standard_NV72ads_A10_v5", 2]
    ],
    "A10",
    `${AZURE}: NVadsA10 v5, whole A10 24GB GPUs`
  ),
  ...series(
    [
      ["Standard_NC6s_v3", 1],
      ["Standard_NC12s_v3", 2],
      ["Standard_NC24s_v3", 4],
      ["Standard_NC24rs_v3", 4]
    ],
    "V100-16GB",
    `${AZURE}: NCv3, V100 16GB`
  ),
  Standard_ND40rs_v2: { gpu: "V100-32GB", count: 8, source: `${AZURE}: NDv2, 8 \xD7 V100 32GB SXM2` },
  ...series(
    [
      ["Standard_NC4as_T4_v3", 1],
      ["Standard_NC8as_T4_v3", 1],
      ["Standard_NC16as_T4_v3", 1],
      ["Standard_NC64as_T4_v3", 4]
    ],
    "T4",
    `${AZURE}: NCasT4_v3, T4 16GB`
  )
};
var BY_LOWER_NAME = new Map(Object.entries(INSTANCE_TYPES).map(([name, type]) => [name.toLowerCase(), type]));
function findInstanceType(name) {
  return BY_LOWER_NAME.get(name.trim().toLowerCase());
}

// src/adapt/gpu-declaration.ts
var GPU_ANNOTATION = "llm-physics.dev/gpu";
var PRODUCT_LABEL = "nvidia.com/gpu.product";
var GKE_LABEL = "cloud.google.com/gke-accelerator";
var KARPENTER_NAME_LABEL = "karpenter.k8s.aws/instance-gpu-name";
var KARPENTER_MEMORY_LABEL = "karpenter.k8s.aws/instance-gpu-memory";
var INSTANCE_TYPE_LABELS = ["node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type"];
var GKE_PARTITION_LABEL = "cloud.google.com/gke-gpu-partition-size";
var AMD_PRODUCT_LABELS = ["amd.com/gpu.product-name", "beta.amd.com/gpu.product-name"];
var COREWEAVE_LABELS = ["gpu.nvidia.com/model", "gpu.nvidia.com/class"];
var AKS_LABEL = "kubernetes.azure.com/accelerator";
var GPU_LABELS = [PRODUCT_LABEL, ...AMD_PRODUCT_LABELS, GKE_LABEL, ...COREWEAVE_LABELS, KARPENTER_NAME_LABEL, AKS_LABEL, ...INSTANCE_TYPE_LABELS];
var COUNT_LABELS = ["karpenter.k8s.aws/instance-gpu-count", "gpu.nvidia.com/count"];
var NFD_VENDOR_LABEL = /^feature\.node\.kubernetes\.io\/pci-(?:[0-9a-f]{4}_)?(10de|1002)\.present$/i;
var MIG_RESOURCE = /^nvidia\.com\/mig-(\d+g\.\d+gb)(?:[.+]me)?$/i;
var GPU_RESOURCES = ["nvidia.com/gpu", "amd.com/gpu", "habana.ai/gaudi"];
var GPU_REQUEST_MARKERS = [...GPU_RESOURCES, "nvidia.com/mig-"];
var DECLARE_IN_CONFIG = "or map it in .llm-physics.yml gpus: by path or by node label";
var MISSING_TYPE = `no GPU type is declared: checked for the memory it needs per GPU, not against a GPU; add a nodeSelector ${PRODUCT_LABEL}, or the annotation ${GPU_ANNOTATION}: H100-SXM on the object, ${DECLARE_IN_CONFIG}`;
function child(node, segment) {
  let value;
  if (typeof segment === "number") value = Array.isArray(node.value) ? node.value[segment] : void 0;
  else value = isRecord(node.value) ? node.value[segment] : void 0;
  const display = typeof segment === "number" || /^[A-Za-z_$][\w$-]*$/.test(segment) ? joinPath(node.display, segment) : `${node.display}[${JSON.stringify(segment)}]`;
  return { value, rangePath: joinPath(node.rangePath, segment), display };
}
function nodeAt(doc, path) {
  let node = { value: doc.value, rangePath: "", display: "" };
  for (const segment of pathSegments(path)) node = child(node, segment);
  return node;
}
function items(node) {
  return Array.isArray(node.value) ? node.value.map((_, i) => child(node, i)) : [];
}
function located(doc, node, value) {
  return { value, range: rangeAt(doc, node.rangePath), path: node.display };
}
function gpuNote(code, message, range) {
  return { code, message, range, severity: "notice" };
}
function labelText(value) {
  if (typeof value === "string") return value.trim() === "" ? void 0 : value.trim();
  if (typeof value === "number") return String(value);
  return void 0;
}
function normaliseProduct(raw, where, range) {
  const notes = [];
  let name = raw.trim();
  const shared = /-SHARED$/i.exec(name);
  if (shared && /-MIG-\d+g\.\d+gb(?:\+me)?-SHARED$/i.test(name)) name = name.slice(0, shared.index);
  if (shared) {
    notes.push(
      gpuNote(
        "gpu-time-sliced",
        `${where} ${raw} is a time-sliced GPU (-SHARED): its memory is shared with the other pods on it, so the check is an upper bound: the workload may get less than the whole GPU`,
        range
      )
    );
  }
  return { name, notes };
}
var KARPENTER_AMBIGUOUS = {
  a100: "A100 40GB (p4d) and 80GB (p4de)",
  v100: "V100 16GB (p3) and 32GB (p3dn)"
};
function normaliseKarpenter(raw, where, memoryMiB, range) {
  const family = raw.trim().toLowerCase();
  if (memoryMiB !== void 0) {
    const exact = wholeGpus().find((g) => g.id.toLowerCase().startsWith(`${family}-`) && nearMemory(g.memoryBytes, memoryMiB * 2 ** 20));
    if (exact) return { name: exact.id, notes: [] };
  }
  const covers = KARPENTER_AMBIGUOUS[family];
  if (!covers) return { name: raw.trim(), notes: [] };
  const checked = gpuLookup.find(family)?.id ?? raw.trim();
  return {
    name: raw.trim(),
    notes: [
      gpuNote(
        "gpu-name-ambiguous",
        `${where} ${raw} covers ${covers}: checked as ${checked}, the smaller; select ${KARPENTER_MEMORY_LABEL} as well, or set the annotation ${GPU_ANNOTATION}, to be exact`,
        range
      )
    ]
  };
}
function nearMemory(catalogBytes, statedBytes) {
  return Math.abs(catalogBytes - statedBytes) <= 0.1 * statedBytes;
}
function wholeGpus() {
  return GPUS.filter((g) => !/-MIG-/i.test(g.id));
}
function normaliseCoreWeave(raw, where, range) {
  const text = raw.trim();
  if (gpuLookup.find(text)) return { name: text, notes: [] };
  const match = /^(?:Tesla[-_]|NVIDIA[-_])?([A-Za-z]+\d+[A-Za-z]*)(?:[-_](NVLINK|SXM\d?|PCIE))?(?:[-_](\d+)G[B]?)?$/i.exec(text);
  if (!match) return { name: text, notes: [] };
  const family = match[1].toLowerCase();
  const form = match[2]?.toUpperCase();
  const gb = match[3] !== void 0 ? Number(match[3]) : void 0;
  const fits = wholeGpus().filter((g) => g.id.toLowerCase() === family || g.id.toLowerCase().startsWith(`${family}-`)).filter((g) => form === "PCIE" ? /pcie/i.test(g.id) : form === void 0 || !/pcie|nvl/i.test(g.id)).filter((g) => gb === void 0 || nearMemory(g.memoryBytes, gb * 2 ** 30)).sort((a, b) => a.memoryBytes - b.memoryBytes);
  const first = fits[0];
  if (!first) return { name: text, notes: [] };
  const sizes = new Set(fits.map((g) => g.memoryBytes));
  if (sizes.size === 1) return { name: first.id, notes: [] };
  return {
    name: first.id,
    notes: [
      gpuNote(
        "gpu-name-ambiguous",
        `${where} ${raw} covers ${fits.map((g) => g.id).join(", ")}: checked as ${first.id}, the smallest; set the annotation ${GPU_ANNOTATION} to be exact`,
        range
      )
    ]
  };
}
var VENDOR_ONLY = /* @__PURE__ */ new Set(["nvidia", "amd", "intel", "habana"]);
function normaliseGpuLabel(label, raw, where, range, karpenterMemoryMiB) {
  if (label === KARPENTER_NAME_LABEL) return normaliseKarpenter(raw, where, karpenterMemoryMiB, range);
  if (COREWEAVE_LABELS.includes(label)) return normaliseCoreWeave(raw, where, range);
  return normaliseProduct(raw, where, range);
}
function memoryOf(name) {
  return gpuLookup.find(name)?.memoryBytes;
}
function gpuId(name) {
  return gpuLookup.find(name)?.id ?? name.toLowerCase();
}
function fromLabel(doc, label, node, where, karpenterMemoryMiB, notes) {
  const text = labelText(node.value);
  if (text === void 0) return void 0;
  const source = `${where} ${label}`;
  const range = rangeAt(doc, node.rangePath);
  if (INSTANCE_TYPE_LABELS.includes(label)) {
    const type = findInstanceType(text);
    if (!type) {
      notes.push(
        gpuNote(
          "instance-type-unknown",
          `${source} ${text} is not an instance type llm-physics knows: its GPU is not read from it; add a nodeSelector ${PRODUCT_LABEL}, or the annotation ${GPU_ANNOTATION}`,
          range
        )
      );
      return void 0;
    }
    return {
      gpu: located(doc, node, type.gpu),
      source: `${source} ${text}`,
      shown: `${source} ${text}`,
      notes: [],
      perNode: located(doc, node, type.count),
      written: text
    };
  }
  if (label === AKS_LABEL && !gpuLookup.find(text) && VENDOR_ONLY.has(text.toLowerCase())) {
    notes.push(vendorOnlyNote(`${source} ${text}`, range));
    return void 0;
  }
  const normalised = normaliseGpuLabel(label, text, source, range, karpenterMemoryMiB);
  return { gpu: located(doc, node, normalised.name), source, shown: `${source} ${text}`, notes: normalised.notes, written: text };
}
function vendorOnlyNote(shown, range) {
  return gpuNote(
    "gpu-label-vendor-only",
    `${shown} names the GPU vendor, not the model: the GPU type is not read from it; select ${PRODUCT_LABEL} as well, set the annotation ${GPU_ANNOTATION}, ${DECLARE_IN_CONFIG}`,
    range
  );
}
function leastMemoryOf(items2, name) {
  if (items2.length === 0) return void 0;
  const first = items2[0];
  const distinct = /* @__PURE__ */ new Map();
  for (const item of items2) if (!distinct.has(gpuId(name(item)))) distinct.set(gpuId(name(item)), item);
  let chosen2 = first;
  for (const item of distinct.values()) {
    const m = memoryOf(name(item));
    const cm = memoryOf(name(chosen2));
    if (m !== void 0 && (cm === void 0 || m < cm)) chosen2 = item;
  }
  return { chosen: chosen2, distinct: [...distinct.values()] };
}
function leastMemory(candidates, why) {
  const pick = leastMemoryOf(candidates, (c) => c.gpu.value);
  if (!pick) return void 0;
  if (pick.distinct.length === 1) return candidates[0];
  const best = pick.chosen;
  const others = pick.distinct.filter((c) => c !== best).map((c) => c.written);
  return {
    ...best,
    notes: [
      ...best.notes,
      gpuNote(
        "gpu-least-memory",
        `${why} allows ${[best.written, ...others].join(", ")}: checked as ${best.written}, the one with the least memory; ${others.join(", ")} ${others.length === 1 ? "is" : "are"} not checked`,
        best.gpu.range
      )
    ]
  };
}
function karpenterMemory(selector) {
  const text = labelText(child(selector, KARPENTER_MEMORY_LABEL).value);
  const n = text === void 0 ? NaN : Number(text);
  return Number.isFinite(n) && n > 0 ? n : void 0;
}
function fromNodeSelector(doc, podSpec, notes) {
  const selector = child(podSpec, "nodeSelector");
  if (!isRecord(selector.value)) return [];
  const memory = karpenterMemory(selector);
  const found = [];
  for (const label of GPU_LABELS) {
    const c = fromLabel(doc, label, child(selector, label), "nodeSelector", memory, notes);
    if (c) found.push(c);
  }
  return found;
}
function affinityExpressions(podSpec, kind) {
  const nodeAffinity = child(child(podSpec, "affinity"), "nodeAffinity");
  const terms = kind === "required" ? items(child(child(nodeAffinity, "requiredDuringSchedulingIgnoredDuringExecution"), "nodeSelectorTerms")) : items(child(nodeAffinity, "preferredDuringSchedulingIgnoredDuringExecution")).map((t) => child(t, "preference"));
  return terms.flatMap((term) => items(child(term, "matchExpressions")));
}
function fromAffinity(doc, podSpec, kind, notes) {
  return fromExpressions(doc, affinityExpressions(podSpec, kind), kind === "required" ? "node affinity" : "preferred node affinity", notes);
}
function fromExpressions(doc, expressions, where, notes) {
  const memoryValues = expressions.filter((e) => isRecord(e.value) && e.value.key === KARPENTER_MEMORY_LABEL && e.value.operator === "In").flatMap((e) => items(child(e, "values")));
  const memoryText = memoryValues.length === 1 ? labelText(memoryValues[0]?.value) : void 0;
  const memory = memoryText !== void 0 && Number(memoryText) > 0 ? Number(memoryText) : void 0;
  const found = [];
  for (const label of GPU_LABELS) {
    const candidates = [];
    for (const expression of expressions) {
      if (!isRecord(expression.value) || expression.value.key !== label || expression.value.operator !== "In") continue;
      for (const value of items(child(expression, "values"))) {
        const c = fromLabel(doc, label, value, where, memory, notes);
        if (c) candidates.push(c);
      }
    }
    const pick = leastMemory(candidates, `${where} ${label}`);
    if (pick) found.push(pick);
  }
  return found;
}
function chosen(candidate, notes) {
  return candidate ? { gpu: candidate.gpu, notes: [...notes, ...candidate.notes] } : { notes };
}
function gpuFromSelectorTerms(doc, termsPath, where) {
  const notes = [];
  const expressions = items(nodeAt(doc, termsPath)).flatMap((term) => items(child(term, "matchExpressions")));
  return chosen(fromExpressions(doc, expressions, where, notes)[0], notes);
}
function gpuFromLabelValues(doc, label, valuesPath, where) {
  const notes = [];
  if (!GPU_LABELS.includes(label)) return { notes };
  const candidates = items(nodeAt(doc, valuesPath)).flatMap((value) => fromLabel(doc, label, value, where, void 0, notes) ?? []);
  return chosen(leastMemory(candidates, `${where} ${label}`), notes);
}
function fromAnnotation(doc, metadataPaths) {
  for (const path of metadataPaths) {
    const node = child(child(nodeAt(doc, path), "annotations"), GPU_ANNOTATION);
    const text = labelText(node.value);
    if (text === void 0) continue;
    const source = `annotation ${GPU_ANNOTATION}`;
    const normalised = normaliseProduct(text, source, rangeAt(doc, node.rangePath));
    return { gpu: located(doc, node, normalised.name), source, shown: `${source} ${text}`, notes: normalised.notes, written: text };
  }
  return void 0;
}
function templateMetadataPath(podSpecPath) {
  const match = /^(.*?)(?:^|\.)spec$/.exec(podSpecPath);
  if (!match) return void 0;
  return match[1] ? `${match[1]}.metadata` : "metadata";
}
function gpuCountOf(doc, objectPath) {
  const { total, parts, notes, mig } = countObjects(doc, [nodeAt(doc, objectPath)]);
  const first = parts[0];
  if (!first) return { parts: [], notes };
  return { count: located(doc, first, total), parts: parts.map((p) => p.display), notes, ...mig ? { mig } : {} };
}
function migProfileOf(resource) {
  return MIG_RESOURCE.exec(resource.trim())?.[1]?.toLowerCase();
}
function resourceValue(limits, requests, resource) {
  const fromLimits = child(limits, resource);
  const node = fromLimits.value !== void 0 && fromLimits.value !== null ? fromLimits : child(requests, resource);
  return node.value === void 0 || node.value === null ? void 0 : node;
}
function countObjects(doc, objects) {
  let total = 0;
  const parts = [];
  const notes = [];
  const migs = [];
  for (const object of objects) {
    const resources = child(object, "resources");
    const limits = child(resources, "limits");
    const requests = child(resources, "requests");
    for (const resource of GPU_RESOURCES) {
      const node = resourceValue(limits, requests, resource);
      if (!node) continue;
      const n = parseWholeNumber(node.value);
      if (n === void 0) {
        notes.push(gpuNote("not-whole-number", `${node.display} is ${describeValue(node.value)}, not a whole number of GPUs: it is not counted`, rangeAt(doc, node.rangePath)));
        continue;
      }
      total += n;
      parts.push(node);
    }
    const keys = /* @__PURE__ */ new Set();
    for (const side of [limits, requests]) if (isRecord(side.value)) {
      for (const key of Object.keys(side.value)) if (MIG_RESOURCE.test(key)) keys.add(key);
    }
    for (const key of keys) {
      const node = resourceValue(limits, requests, key);
      if (!node) continue;
      const n = parseWholeNumber(node.value);
      if (n === void 0) {
        notes.push(gpuNote("not-whole-number", `${node.display} is ${describeValue(node.value)}, not a whole number of MIG devices: it is not counted`, rangeAt(doc, node.rangePath)));
        continue;
      }
      migs.push({ profile: MIG_RESOURCE.exec(key)[1].toLowerCase(), node, n });
    }
  }
  if (migs.length === 0) return { total, parts, notes };
  if (parts.length > 0) {
    for (const m of migs) {
      notes.push(gpuNote("gpu-mig-slice", `${m.node.display} asks for MIG devices beside whole GPUs: only the whole GPUs are counted`, rangeAt(doc, m.node.rangePath)));
    }
    return { total, parts, notes };
  }
  const first = migs[0];
  for (const m of migs) {
    if (m.profile === first.profile) {
      total += m.n;
      parts.push(m.node);
    } else {
      notes.push(
        gpuNote("gpu-mig-slice", `${m.node.display} asks for MIG ${m.profile} devices beside ${first.profile}: only the ${first.profile} devices are checked`, rangeAt(doc, m.node.rangePath))
      );
    }
  }
  return { total, parts, notes, mig: { profile: first.profile, range: rangeAt(doc, first.node.rangePath), path: first.node.display } };
}
function countFromContainers(doc, podSpec, notes) {
  const counted = countObjects(doc, items(child(podSpec, "containers")));
  notes.push(...counted.notes);
  const first = counted.parts[0];
  if (!first) return {};
  const count = located(doc, first, counted.total);
  if (counted.parts.length > 1) {
    notes.push(gpuNote("gpu-count-summed", `GPU count ${counted.total} is the sum over ${counted.parts.map((c) => c.display).join(", ")}`, count.range));
  }
  return counted.mig ? { count, mig: counted.mig } : { count };
}
function gpuOfMig(mig, parent) {
  if (parent && (/-MIG-/i.test(parent.value) || /^mig-/i.test(parent.value))) return { gpu: parent, notes: [] };
  if (parent) {
    const written = `${parent.value}-MIG-${mig.profile}`;
    const id = gpuLookup.find(parent.value)?.id;
    const value = gpuLookup.find(written) || id === void 0 ? written : `${id}-MIG-${mig.profile}`;
    return { gpu: { value, range: parent.range, path: `${parent.path} (MIG ${mig.profile}: ${mig.path})` }, notes: [] };
  }
  return {
    gpu: { value: `mig-${mig.profile}`, range: mig.range, path: `${mig.path} (MIG ${mig.profile})` },
    notes: [
      gpuNote(
        "gpu-mig-parent-assumed",
        `${mig.path} asks for MIG ${mig.profile} devices but nothing names the GPU they are cut from: checked as the catalog's mig-${mig.profile}, whose parent GPU is assumed; add a nodeSelector ${PRODUCT_LABEL} (e.g. NVIDIA-A100-SXM4-80GB) or the annotation ${GPU_ANNOTATION} to be exact`,
        mig.range
      )
    ]
  };
}
function labelValue(value) {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function labelsOfTerms(terms) {
  const perTerm = terms.map((term) => {
    const out2 = {};
    for (const expression of items(child(term, "matchExpressions"))) {
      const e = expression.value;
      if (!isRecord(e) || typeof e.key !== "string" || e.operator !== "In" || !Array.isArray(e.values) || e.values.length !== 1) continue;
      const v = labelValue(e.values[0]);
      if (v !== void 0) out2[e.key] = v;
    }
    return out2;
  });
  const first = perTerm[0];
  if (!first) return {};
  const out = {};
  for (const [key, value] of Object.entries(first)) if (perTerm.every((t) => t[key] === value)) out[key] = value;
  return out;
}
function labelsOfMap(node) {
  const out = {};
  if (!isRecord(node.value)) return out;
  for (const [key, raw] of Object.entries(node.value)) {
    const v = labelValue(raw);
    if (v !== void 0) out[key] = v;
  }
  return out;
}
function nodeLabels(labels, range) {
  return Object.keys(labels).length > 0 ? { labels, range } : void 0;
}
function nodeLabelsOfPodSpec(doc, podSpecPath) {
  const podSpec = nodeAt(doc, podSpecPath);
  const selector = child(podSpec, "nodeSelector");
  const terms = child(child(child(child(podSpec, "affinity"), "nodeAffinity"), "requiredDuringSchedulingIgnoredDuringExecution"), "nodeSelectorTerms");
  const fromAffinity2 = labelsOfTerms(items(terms));
  const fromSelector = labelsOfMap(selector);
  const range = isRecord(selector.value) && Object.keys(fromSelector).length > 0 ? rangeAt(doc, selector.rangePath) : rangeAt(doc, terms.rangePath);
  return nodeLabels({ ...fromAffinity2, ...fromSelector }, range);
}
function nodeLabelsOfTerms(doc, termsPath) {
  const terms = nodeAt(doc, termsPath);
  return nodeLabels(labelsOfTerms(items(terms)), rangeAt(doc, terms.rangePath));
}
function nodeLabelsOfSelector(doc, selectorPath) {
  const selector = nodeAt(doc, selectorPath);
  return nodeLabels(labelsOfMap(selector), rangeAt(doc, selector.rangePath));
}
function gpuFromSelector(doc, selectorPath, where) {
  const notes = [];
  const selector = nodeAt(doc, selectorPath);
  if (!isRecord(selector.value)) return { notes };
  const memory = karpenterMemory(selector);
  const found = [];
  for (const label of GPU_LABELS) {
    const c = fromLabel(doc, label, child(selector, label), where, memory, notes);
    if (c) found.push(c);
  }
  return chosen(found[0], notes);
}
function countFromLabels(doc, podSpec) {
  const selector = child(podSpec, "nodeSelector");
  for (const label of COUNT_LABELS) {
    const node = child(selector, label);
    const n = parseWholeNumber(node.value);
    if (n !== void 0 && n > 0) return { count: located(doc, node, n), shown: `nodeSelector ${label} ${n}` };
  }
  for (const expression of affinityExpressions(podSpec, "required")) {
    const e = expression.value;
    if (!isRecord(e) || typeof e.key !== "string" || !COUNT_LABELS.includes(e.key) || e.operator !== "In" || !Array.isArray(e.values) || e.values.length !== 1) continue;
    const node = child(child(expression, "values"), 0);
    const n = parseWholeNumber(node.value);
    if (n !== void 0 && n > 0) return { count: located(doc, node, n), shown: `node affinity ${e.key} ${n}` };
  }
  return void 0;
}
function vendorOnlyLabels(doc, podSpec) {
  const notes = [];
  const selector = child(podSpec, "nodeSelector");
  if (isRecord(selector.value)) {
    for (const key of Object.keys(selector.value)) if (NFD_VENDOR_LABEL.test(key)) notes.push(vendorOnlyNote(`nodeSelector ${key}`, doc.ranges.get(child(selector, key).rangePath)?.key ?? rangeAt(doc, selector.rangePath)));
  }
  for (const expression of affinityExpressions(podSpec, "required")) {
    const e = expression.value;
    if (isRecord(e) && typeof e.key === "string" && NFD_VENDOR_LABEL.test(e.key)) notes.push(vendorOnlyNote(`node affinity ${e.key}`, rangeAt(doc, expression.rangePath)));
  }
  return notes;
}
function gpuFromPodSpec(doc, podSpecPath, objectMetadataPath, anchor) {
  const notes = [];
  const missing = anchor ?? doc.ranges.get(podSpecPath)?.key ?? rangeAt(doc, podSpecPath);
  const podSpec = nodeAt(doc, podSpecPath);
  const metadataPaths = [objectMetadataPath];
  const template = templateMetadataPath(podSpecPath);
  if (template !== void 0 && template !== objectMetadataPath) metadataPaths.push(template);
  const labelNotes = [];
  const required = [...fromNodeSelector(doc, podSpec, labelNotes), ...fromAffinity(doc, podSpec, "required", labelNotes)];
  const annotation = fromAnnotation(doc, metadataPaths);
  let chosen2 = annotation ?? required[0];
  if (!chosen2) {
    const preferred = fromAffinity(doc, podSpec, "preferred", labelNotes);
    if (preferred[0]) {
      chosen2 = preferred[0];
      notes.push(gpuNote("gpu-preference-only", `${chosen2.source} is only a preference: the scheduler may place the workload on other nodes`, chosen2.gpu.range));
    }
  }
  if (!annotation) notes.push(...labelNotes);
  const countNotes = [];
  const { count, mig } = countFromContainers(doc, podSpec, countNotes);
  const declaration = { notes };
  if (chosen2) {
    declaration.gpu = chosen2.gpu;
    declaration.source = chosen2.source;
    notes.push(...chosen2.notes);
    for (const other of required) {
      if (other === chosen2 || gpuId(other.gpu.value) === gpuId(chosen2.gpu.value)) continue;
      notes.push(
        annotation ? gpuNote("gpu-annotation-overrides", `${chosen2.shown} overrides ${other.shown}`, chosen2.gpu.range) : gpuNote(
          "gpu-selectors-disagree",
          `${other.shown} names ${gpuLookup.find(other.gpu.value)?.id ?? other.written}, not ${gpuLookup.find(chosen2.gpu.value)?.id ?? chosen2.written} as ${chosen2.shown} does: checked as ${chosen2.written}; make the selectors agree`,
          chosen2.gpu.range
        )
      );
    }
  }
  if (mig) {
    const sliced = gpuOfMig(mig, declaration.gpu);
    declaration.gpu = sliced.gpu;
    declaration.source ??= `resource nvidia.com/mig-${mig.profile}`;
    notes.push(...sliced.notes);
  } else if (!chosen2) {
    if (!annotation) notes.push(...vendorOnlyLabels(doc, podSpec));
    notes.push(gpuNote("gpu-type-missing", MISSING_TYPE, missing));
  }
  const partition = child(child(podSpec, "nodeSelector"), GKE_PARTITION_LABEL);
  const partitionSize = labelText(partition.value);
  if (isRecord(child(podSpec, "nodeSelector").value) && partition.value !== void 0 && !mig) {
    const profile = partitionSize !== void 0 && /^\d+g\.\d+gb$/i.test(partitionSize) ? partitionSize.toLowerCase() : void 0;
    if (profile && declaration.gpu && !/-MIG-/i.test(declaration.gpu.value)) {
      const sliced = gpuOfMig({ profile, range: rangeAt(doc, partition.rangePath), path: partition.display }, declaration.gpu);
      declaration.gpu = sliced.gpu;
    } else if (!profile) {
      notes.push(
        gpuNote("gpu-mig-slice", `nodeSelector ${GKE_PARTITION_LABEL} ${describeValue(partition.value)} is not a MIG profile (1g.10gb): the whole GPU is checked`, rangeAt(doc, partition.rangePath))
      );
    }
  }
  notes.push(...countNotes);
  const perNode = chosen2?.perNode;
  if (count) {
    declaration.count = count;
    if (perNode && count.value > perNode.value && !mig) {
      notes.push(
        gpuNote("gpu-count-exceeds-node", `the containers ask for ${count.value} GPUs but ${chosen2?.written} has ${perNode.value}: the pod cannot be scheduled on one node`, count.range)
      );
    }
  } else if (perNode) {
    declaration.count = perNode;
    notes.push(
      gpuNote(
        "gpu-count-from-instance-type",
        `no container asks for nvidia.com/gpu: counted as the ${perNode.value} GPUs of one ${chosen2?.written} node; add resources.limits nvidia.com/gpu to the container to be exact`,
        perNode.range
      )
    );
  } else {
    const labelled = countFromLabels(doc, podSpec);
    if (labelled) {
      declaration.count = labelled.count;
      notes.push(
        gpuNote(
          "gpu-count-from-node-label",
          `no container asks for nvidia.com/gpu: counted as the ${labelled.count.value} GPUs ${labelled.shown} gives a node; add resources.limits nvidia.com/gpu to the container to be exact`,
          labelled.count.range
        )
      );
    } else {
      notes.push(gpuNote("gpu-count-missing", `no GPU count is declared: add resources.limits nvidia.com/gpu (or amd.com/gpu) to the container`, missing));
    }
  }
  const labels = nodeLabelsOfPodSpec(doc, podSpecPath);
  if (labels) declaration.nodeLabels = labels;
  return declaration;
}
var VENDORS = /* @__PURE__ */ new Set(["nvidia", "amd", "intel", "google", "tenstorrent"]);
var MEMORY = /^(\d+(?:\.\d+)?\s*(?:[KMGT]i?B?)?)?\s*\.\.\s*(\d+(?:\.\d+)?\s*(?:[KMGT]i?B?)?)?$|^\d+(?:\.\d+)?\s*[KMGT]i?B$/i;
var COUNT = /^(\d+(?:\.\d+)?)?\s*(\.\.)?\s*(\d+(?:\.\d+)?)?$/;
function unquote(text) {
  return text.trim().replace(/^(['"])(.*)\1$/s, "$2").trim();
}
function splitTop(text) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "{" || ch === "[" || ch === "(") depth++;
    if (ch === "}" || ch === "]" || ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
function countOf(token) {
  const match = COUNT.exec(token);
  if (!match || match[1] === void 0 && match[3] === void 0) return void 0;
  if (match[2] === void 0) return parseWholeNumber(match[1] ?? match[3]);
  return match[1] !== void 0 ? parseWholeNumber(match[1]) : 1;
}
function choice(name, count, memory) {
  let gpu = name;
  if (memory !== void 0 && !memory.includes("..")) {
    const gb = /^(\d+(?:\.\d+)?)\s*G/i.exec(memory);
    const specific = gb ? gpuLookup.find(`${name}-${gb[1]}GB`) : void 0;
    if (specific) gpu = specific.id;
  }
  return memory === void 0 ? { gpu, count } : { gpu, count, memory };
}
function parseOne(text) {
  const tokens = unquote(text).split(":").map((t) => unquote(t)).filter((t) => t !== "");
  const names = [];
  let count;
  let memory;
  for (const token of tokens) {
    const compact = token.replace(/\s+/g, "");
    if (VENDORS.has(compact.toLowerCase()) && names.length === 0 && count === void 0) continue;
    if (MEMORY.test(compact) && /[KMGT]/i.test(compact)) {
      memory = compact;
      continue;
    }
    const n = countOf(compact);
    if (n !== void 0) {
      count = n;
      continue;
    }
    names.push(...token.split(",").map((n2) => unquote(n2)).filter((n2) => n2 !== ""));
  }
  if (names.length === 0) return [];
  return names.map((name) => choice(name, count ?? 1, memory));
}
function parseAcceleratorString(text) {
  const trimmed = text.trim();
  const wrapped = /^\{(.*)\}$/s.exec(trimmed) ?? /^\[(.*)\]$/s.exec(trimmed);
  if (wrapped) return splitTop(wrapped[1] ?? "").flatMap((item) => parseOne(item));
  return parseOne(trimmed);
}
function acceleratorChoices(document, raw, path) {
  const range = rangeAt(document, path);
  if (typeof raw === "string") return parseAcceleratorString(raw).map((choice2) => ({ choice: choice2, range, path }));
  if (typeof raw === "number") return [];
  if (Array.isArray(raw)) {
    return raw.flatMap((item, i) => {
      const text = scalarText(item);
      const p = joinPath(path, i);
      return text === void 0 ? [] : parseAcceleratorString(text).map((choice2) => ({ choice: choice2, range: rangeAt(document, p), path: p }));
    });
  }
  if (isRecord(raw)) {
    if ("name" in raw || "count" in raw || "memory" in raw) {
      const names = Array.isArray(raw.name) ? raw.name.map((n) => scalarText(n)).filter((n) => !!n) : scalarText(raw.name) ? [scalarText(raw.name)] : [];
      const count = scalarText(raw.count) ?? "1";
      const memory = scalarText(raw.memory);
      const p = names.length > 0 ? joinPath(path, "name") : path;
      return names.flatMap((n) => parseAcceleratorString(`${n}:${memory ? `${memory}:` : ""}${count}`)).map((choice2) => ({ choice: choice2, range: rangeAt(document, p), path: p }));
    }
    return Object.entries(raw).flatMap(([name, count]) => {
      const p = joinPath(path, name);
      const spec = count === null || count === void 0 ? name : `${name}:${scalarText(count) ?? "1"}`;
      return parseAcceleratorString(spec).map((choice2) => ({ choice: choice2, range: document.ranges.get(p)?.key ?? rangeAt(document, p), path: p }));
    });
  }
  return [];
}
function firstAccelerator(choices, key) {
  const first = choices[0];
  if (!first) return { notes: [] };
  const others = choices.slice(1).filter((c) => c.choice.gpu !== first.choice.gpu || c.choice.count !== first.choice.count);
  if (others.length === 0) return { choice: first, notes: [] };
  return {
    choice: first,
    notes: [
      gpuNote(
        "alternatives-first-checked",
        `${key} allows alternatives: checked on the first, ${first.choice.gpu}:${first.choice.count}; the others (${others.map((c) => `${c.choice.gpu}:${c.choice.count}`).join(", ")}) are not checked`,
        first.range
      )
    ]
  };
}
function memoryBytesOf(token) {
  const low = token.includes("..") ? token.slice(0, token.indexOf("..")) : token;
  const match = /^(\d+(?:\.\d+)?)\s*(MB|GB|TB)?$/i.exec(low.trim());
  if (!match) return void 0;
  const n = Number(match[1]);
  const unit = (match[2] ?? "GB").toUpperCase();
  const gb = unit === "MB" ? n / 1024 : unit === "TB" ? n * 1024 : n;
  return gb > 0 ? Math.round(gb * 2 ** 30) : void 0;
}
function memoryOnlyRequest(document, raw, path) {
  const range = rangeAt(document, path);
  let memoryText;
  let countText;
  let written;
  if (typeof raw === "number") {
    countText = String(raw);
    written = countText;
  } else if (typeof raw === "string") {
    written = raw.trim();
    for (const token of unquote(raw).split(":").map((t) => t.replace(/\s+/g, "")).filter((t) => t !== "")) {
      if (VENDORS.has(token.toLowerCase())) continue;
      if (/^[A-Za-z]/.test(token)) return void 0;
      if (/[A-Za-z]/.test(token)) memoryText = token;
      else countText = token;
    }
  } else if (isRecord(raw) && raw.name === void 0 && (raw.memory !== void 0 || raw.count !== void 0)) {
    memoryText = scalarText(raw.memory)?.replace(/\s+/g, "");
    countText = scalarText(raw.count)?.replace(/\s+/g, "");
    written = [memoryText, countText].filter((t) => t !== void 0).join(":");
  } else {
    return void 0;
  }
  const memoryBytes = memoryText !== void 0 ? memoryBytesOf(memoryText) : void 0;
  const n = countText !== void 0 ? countOf(countText) : 1;
  if (memoryBytes === void 0 && countText === void 0 || n === void 0 || n < 1) return void 0;
  const memoryPath = isRecord(raw) ? joinPath(path, "memory") : path;
  const countPath = isRecord(raw) && countText !== void 0 ? joinPath(path, "count") : path;
  const request = {
    count: countText !== void 0 ? { value: n, range: rangeAt(document, countPath), path: countPath } : { value: 1, range, path: `${path} (1 GPU: dstack's default count)`, via: { assumed: true } },
    written
  };
  if (memoryBytes !== void 0 && memoryText !== void 0) {
    request.memory = { value: memoryBytes, range: rangeAt(document, memoryPath), path: `${memoryPath} (${memoryText})` };
    request.memoryWritten = memoryText;
  }
  return request;
}

export {
  envFromList,
  envFromMap,
  envFromStrings,
  findInstanceType,
  GPU_ANNOTATION,
  PRODUCT_LABEL,
  GPU_RESOURCES,
  GPU_REQUEST_MARKERS,
  DECLARE_IN_CONFIG,
  gpuNote,
  leastMemoryOf,
  gpuFromSelectorTerms,
  gpuFromLabelValues,
  gpuCountOf,
  migProfileOf,
  gpuOfMig,
  nodeLabelsOfTerms,
  nodeLabelsOfSelector,
  gpuFromSelector,
  gpuFromPodSpec,
  acceleratorChoices,
  firstAccelerator,
  memoryOnlyRequest
};
