import picomatch from "picomatch";
import type { Deployment, Located } from "../base/deployment.js";
import { formatGiB, formatGB } from "../base/units.js";
import { quote } from "../base/text.js";
import { GPUS } from "../catalog/gpus.js";
import { createLookup, type Lookup } from "../catalog/lookup.js";
import type { GpuSpec } from "../catalog/types.js";
import { ConfigError, type CustomGpuType, type GpuMapping, type RepoConfig } from "../config/config.js";

/**
 * Which GPU a deployment runs on: the type its manifest names, looked up in the catalog and the
 * repository's own `gpuTypes:`; else the first `gpus:` mapping of `.llm-physics.yml` that matches its
 * path and node labels; else, for a memory-only request (dstack `gpu: 24GB`), the smallest GPU with
 * that much memory. Each way shows in the deployment's facts as the source of the GPU.
 */

/** A `gpuTypes:` entry as a catalog GPU. */
function specOf(custom: CustomGpuType, file: string): GpuSpec {
  const tera = 1e12;
  return {
    id: custom.id,
    name: custom.name ?? custom.id,
    vendor: custom.vendor ?? "nvidia",
    memoryBytes: custom.memoryMiB * 2 ** 20,
    bandwidthBytesPerSec: custom.bandwidthGBPerSec * 1e9,
    peakFlopsPerSec: {
      bf16: custom.bf16TFLOPS * tera,
      fp16: (custom.fp16TFLOPS ?? custom.bf16TFLOPS) * tera,
      fp8: custom.fp8TFLOPS !== undefined ? custom.fp8TFLOPS * tera : null,
      int8: custom.int8TOPS !== undefined ? custom.int8TOPS * tera : null,
    },
    fp8Native: custom.fp8TFLOPS !== undefined,
    ...(custom.interconnect ? { interconnect: custom.interconnect } : {}),
    aliases: custom.aliases,
    source: `${file} gpuTypes: ${custom.source}`,
  };
}

export interface GpuCatalog {
  gpus: readonly GpuSpec[];
  lookup: Lookup<GpuSpec>;
}

const catalogs = new WeakMap<RepoConfig, GpuCatalog>();

/**
 * The catalog with the repository's `gpuTypes:` added, built once per configuration. A custom GPU
 * whose id or alias the catalog already has is a ConfigError at its line.
 */
export function gpuCatalogFor(config: RepoConfig): GpuCatalog {
  const known = catalogs.get(config);
  if (known) return known;
  const file = config.file ?? ".llm-physics.yml";
  const custom = config.gpuTypes.map((g) => specOf(g, file));
  const base = createLookup(GPUS);
  for (const [i, spec] of custom.entries()) {
    for (const name of [spec.id, ...spec.aliases]) {
      const holder = base.find(name);
      if (holder) {
        const range = config.gpuTypes[i]!.range;
        throw new ConfigError(`gpuTypes: ${quote(name)} is already the catalog's ${holder.id}; name that GPU by it, or give the new one another id`, file, range.line, range.column);
      }
    }
  }
  const gpus = [...GPUS, ...custom];
  let lookup: Lookup<GpuSpec>;
  try {
    lookup = createLookup(gpus);
  } catch (error) {
    throw new ConfigError(`gpuTypes: ${(error as Error).message}; give every GPU its own names`, file);
  }
  const catalog = { gpus, lookup };
  catalogs.set(config, catalog);
  return catalog;
}

function matches(mapping: GpuMapping, deployment: Deployment): boolean {
  if (mapping.paths && !mapping.paths.some((glob) => picomatch.isMatch(deployment.file, glob, { dot: true }))) return false;
  if (mapping.nodeSelector) {
    const labels = deployment.nodeLabels?.labels ?? {};
    for (const [key, value] of Object.entries(mapping.nodeSelector)) {
      if (!Object.prototype.hasOwnProperty.call(labels, key) || labels[key] !== value) return false;
    }
  }
  return true;
}

/**
 * Devices keep part of their memory (ECC, the driver): an L4 sold as 24 GB exposes 23,034 MiB. A
 * request for "24GB" means the product, so a GPU matches when it exposes 90% of it.
 */
const MEMORY_REQUEST_SHARE = 0.9;

/** The smallest discrete, whole GPU that exposes (90% of) the requested memory. */
function smallestWithMemory(gpus: readonly GpuSpec[], memoryBytes: number): GpuSpec | undefined {
  return gpus
    .filter((g) => !g.unifiedMemory && !("mig" in g && (g as { mig?: unknown }).mig) && g.memoryBytes >= memoryBytes * MEMORY_REQUEST_SHARE)
    .sort((a, b) => a.memoryBytes - b.memoryBytes || a.id.localeCompare(b.id))[0];
}

/**
 * The deployment with its GPU filled in where the manifest names none: by a `gpus:` mapping (and
 * its count, when the manifest has no count of its own), or by a memory-only request. The GPU fact
 * then points at the mapping or the request.
 */
export function withDeclaredGpu(deployment: Deployment, config: RepoConfig, catalog: GpuCatalog): Deployment {
  if (deployment.gpu) return deployment;
  const mapping = config.gpus.find((m) => matches(m, deployment));
  if (mapping) {
    const assumedCount = deployment.gpuCount.via !== undefined && "assumed" in deployment.gpuCount.via;
    const count: Located<number> | undefined =
      mapping.count !== undefined && assumedCount ? { value: mapping.count, range: mapping.gpu.range, path: mapping.gpu.path.replace(".gpu ", ".count "), via: { key: "gpus" } } : undefined;
    return { ...deployment, gpu: mapping.gpu, ...(count ? { gpuCount: count } : {}) };
  }
  const request = deployment.gpuMemoryBytes;
  if (request) {
    const gpu = smallestWithMemory(catalog.gpus, request.value);
    if (gpu) {
      const exposed = formatGiB(gpu.memoryBytes);
      return {
        ...deployment,
        gpu: { value: gpu.id, range: request.range, path: `${request.path} (${formatGB(request.value)}: the smallest catalog GPU with that memory, ${gpu.id}, ${exposed} exposed)`, via: { assumed: true } },
      };
    }
  }
  return deployment;
}
