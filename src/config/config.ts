import { isAbsolute, relative, resolve } from "node:path";
import { decodeText } from "../read/decode.js";
import { exists, isInside, readGuarded, realRoot } from "../read/guarded-file.js";
import { CONFIG_FILE_NAMES } from "./config-file.js";
import type { Deployment, Located } from "../base/deployment.js";
import { DEFAULT_POLICY, type EffectivePolicy } from "../base/policy.js";
import { compareFindings, type Finding, type SeveritySetting, type SourceRange } from "../base/findings.js";
import { parseYamlFile } from "../parse/yaml-file.js";
import { validateDocument } from "../validate/schema-validator.js";

/**
 * The repository configuration, `.llm-physics.yml` at the repository root (schemas/config.schema.json):
 *
 *     include: ["deploy/**\/*.yaml"]     # globs of manifests to check
 *     exclude: ["**\/testdata/**"]       # globs never checked
 *     maxFileSizeBytes: 2000000          # larger files are not parsed
 *     rules:                             # per rule id: error | warning | notice | off
 *       tier-above-target: off
 *     policy:                            # defaults for every deployment; a manifest's spec.policy wins
 *       maxTier: workstation
 *       minHeadroomPercent: 15
 *       maxBandwidthUtilizationPercent: 80
 *     gpus:                              # the GPU of deployments whose manifests name none; first match wins
 *       - paths: "clusters/prod-l4/**"
 *         gpu: L4
 *       - nodeSelector: { cloud.google.com/gke-nodepool: gpu-pool-a100 }
 *         gpu: A100-80GB
 *       - gpu: L40S                      # no condition: the default
 *     gpuTypes:                          # GPUs the catalog lacks, as the devices expose them
 *       - { id: MI325X, memoryMiB: 262144, bandwidthGBPerSec: 6000, bf16TFLOPS: 1307, fp8TFLOPS: 2615, source: "…" }
 */
/** A `gpus:` entry: which GPU the deployments it matches run on, when their manifests do not say. */
export interface GpuMapping {
  /** Globs of manifests, repository-relative; null: any manifest. */
  paths: string[] | null;
  /** Node labels the deployment's pods must select, all of them; null: any. */
  nodeSelector: Record<string, string> | null;
  /** The GPU, located in the configuration file (`gpus[0].gpu`), so reports name it as the GPU's source. */
  gpu: Located<string>;
  /** GPUs per replica, when the manifest says none. */
  count?: number;
}

/** A `gpuTypes:` entry: a GPU the catalog lacks, as the device exposes it. */
export interface CustomGpuType {
  id: string;
  name?: string;
  vendor?: "nvidia" | "amd" | "apple" | "intel" | "google";
  memoryMiB: number;
  bandwidthGBPerSec: number;
  bf16TFLOPS: number;
  fp16TFLOPS?: number;
  fp8TFLOPS?: number;
  int8TOPS?: number;
  interconnect?: string;
  aliases: string[];
  source: string;
  /** Where the entry is, for messages. */
  range: SourceRange;
}

export interface RepoConfig {
  include?: string[];
  exclude?: string[];
  maxFileSizeBytes: number;
  rules: Partial<Record<string, SeveritySetting>>;
  policy: Partial<EffectivePolicy>;
  /** `gpus:`, in order: the first that matches a deployment without a GPU type gives it one. */
  gpus: GpuMapping[];
  /** `gpuTypes:`: GPUs the catalog lacks. */
  gpuTypes: CustomGpuType[];
  /** The file read, relative to the working directory with forward slashes; null for the defaults. */
  file: string | null;
}

// Where the configuration file is: its own module, so that the CLI finds the repository without loading the validators.
export { CONFIG_FILE_NAMES, findConfigDirectory } from "./config-file.js";

export const DEFAULT_MAX_FILE_SIZE_BYTES = 2_000_000;

export function defaultConfig(): RepoConfig {
  return { maxFileSizeBytes: DEFAULT_MAX_FILE_SIZE_BYTES, rules: {}, policy: {}, gpus: [], gpuTypes: [], file: null };
}

/**
 * A configuration that cannot be used. The message starts with `file:line:column` when the problem
 * is at a place in the file (line and column are then set, 1-based) and says what to do.
 */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number | null = null,
    readonly column: number | null = null,
  ) {
    super(line === null ? `${file}: ${message}` : `${file}:${line}:${column ?? 1}: ${message}`);
    this.name = "ConfigError";
  }
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return shown.split("\\").join("/");
}

/** The first problem as the error, the others listed after it, each with its position. */
function errorFrom(findings: Finding[], file: string, what: string): ConfigError {
  const sorted = [...findings].sort(compareFindings);
  const first = sorted[0]!;
  const others = sorted.slice(1).map((f) => `\n  ${file}:${f.line}:${f.column}: ${f.message}`);
  const more = others.length > 0 ? `${others.join("")}` : "";
  return new ConfigError(`${what}: ${first.message}${more}\nFix ${file} and run again.`, file, first.line, first.column);
}

type Json = Record<string, unknown>;

/** Parse and validate the text of a configuration file; throws ConfigError at the line at fault. */
export function parseConfig(text: string, file: string): RepoConfig {
  const parsed = parseYamlFile(file, text);
  if (parsed.findings.length > 0) throw errorFrom(parsed.findings, file, "invalid configuration");
  const documents = parsed.documents.filter((d) => d.value !== null && d.value !== undefined);
  const config: RepoConfig = { ...defaultConfig(), file };
  if (documents.length === 0) return config;
  if (documents.length > 1) {
    const second = documents[1]!.range;
    throw new ConfigError(
      `the configuration holds ${documents.length} YAML documents; it must be one mapping, so remove the "---" and merge them`,
      file,
      second.line,
      second.column,
    );
  }
  const document = documents[0]!;
  const schemaFindings = validateDocument("config", document, file);
  if (schemaFindings.length > 0) throw errorFrom(schemaFindings, file, "invalid configuration");

  // The schema has checked every shape below.
  const value = document.value as Json;
  if (Array.isArray(value.include)) config.include = [...(value.include as string[])];
  if (Array.isArray(value.exclude)) config.exclude = [...(value.exclude as string[])];
  if (typeof value.maxFileSizeBytes === "number") config.maxFileSizeBytes = value.maxFileSizeBytes;
  if (value.rules && typeof value.rules === "object") config.rules = { ...(value.rules as Record<string, SeveritySetting>) };
  const policy = value.policy as Json | undefined;
  if (policy && typeof policy === "object") {
    if (policy.maxTier !== undefined) config.policy.maxTier = policy.maxTier as EffectivePolicy["maxTier"];
    if (typeof policy.minHeadroomPercent === "number") config.policy.minHeadroomPercent = policy.minHeadroomPercent;
    if (typeof policy.maxBandwidthUtilizationPercent === "number") {
      config.policy.maxBandwidthUtilizationPercent = policy.maxBandwidthUtilizationPercent;
    }
  }
  const at = (path: string): SourceRange => ({ ...(document.ranges.get(path)?.value ?? document.range), file });
  if (Array.isArray(value.gpus)) {
    config.gpus = (value.gpus as Json[]).map((entry, i): GpuMapping => {
      const paths = entry.paths === undefined ? null : typeof entry.paths === "string" ? [entry.paths] : [...(entry.paths as string[])];
      const nodeSelector = entry.nodeSelector === undefined ? null : { ...(entry.nodeSelector as Record<string, string>) };
      const when = [paths ? `paths ${paths.join(", ")}` : "", nodeSelector ? `nodeSelector ${Object.entries(nodeSelector).map(([k, v]) => `${k}=${v}`).join(", ")}` : ""].filter((w) => w !== "").join(" and ");
      return {
        paths,
        nodeSelector,
        gpu: { value: entry.gpu as string, range: at(`gpus[${i}].gpu`), path: `gpus[${i}].gpu (${when || "the default"})`, via: { key: "gpus" } },
        ...(typeof entry.count === "number" ? { count: entry.count } : {}),
      };
    });
  }
  if (Array.isArray(value.gpuTypes)) {
    config.gpuTypes = (value.gpuTypes as Json[]).map((entry, i): CustomGpuType => ({
      ...(entry as unknown as Omit<CustomGpuType, "aliases" | "range">),
      aliases: Array.isArray(entry.aliases) ? [...(entry.aliases as string[])] : [],
      range: at(`gpuTypes[${i}].id`),
    }));
  }
  return config;
}

/** The largest configuration file read: a real one is a few hundred bytes. */
export const CONFIG_MAX_BYTES = 1_000_000;

/** Read a configuration file through the guarded reader: inside the repository, a regular file, within the limit. */
function readConfig(absolute: string, shown: string, cwd: string): RepoConfig {
  const read = readGuarded(absolute, { root: realRoot(cwd), maxBytes: CONFIG_MAX_BYTES });
  if (!read.ok && read.directory) {
    throw new ConfigError(`is a directory; pass the configuration file itself, e.g. ${shown}/.llm-physics.yml`, shown);
  }
  if (!read.ok) {
    const reason = read.refusal === "too-large" ? `is over ${CONFIG_MAX_BYTES} bytes, far more than any configuration; check the path` : read.message;
    throw new ConfigError(`the configuration file ${reason}`, shown);
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw new ConfigError(`the configuration file is not valid ${decoded.encoding} text; save it as UTF-8`, shown);
  if (decoded.text.includes("\0")) throw new ConfigError("the configuration file is binary, not YAML; check the path", shown);
  return parseConfig(decoded.text, shown);
}

/**
 * The configuration in force: the file given (`--config`), which must exist inside the repository
 * (`cwd`); else `.llm-physics.yml` or `.llm-physics.yaml` in `cwd`; else the defaults. Symlinks
 * are followed only where they stay inside the repository.
 */
export function loadConfig(path: string | null, cwd: string): RepoConfig {
  if (path !== null) {
    const absolute = resolve(cwd, path);
    const shown = displayPath(absolute, cwd);
    if (!isInside(resolve(cwd), absolute)) {
      throw new ConfigError(`the configuration file must be inside the repository (${cwd}); keep it there and pass its path relative to the repository`, shown);
    }
    if (!exists(absolute)) {
      throw new ConfigError(`configuration file not found; check the --config path (relative to ${cwd})`, shown);
    }
    return readConfig(absolute, shown, cwd);
  }
  const found = CONFIG_FILE_NAMES.filter((name) => exists(resolve(cwd, name)));
  if (found.length > 1) {
    throw new ConfigError(`both ${found.join(" and ")} exist and only one would be read; merge them into one and delete the other`, found[0]!);
  }
  if (found.length === 1) return readConfig(resolve(cwd, found[0]!), found[0]!, cwd);
  return defaultConfig();
}

/** The policy of one deployment: each target from the manifest, else the repository's, else DEFAULT_POLICY. */
export function effectivePolicy(repo: Partial<EffectivePolicy>, deployment: Deployment["policy"]): EffectivePolicy {
  return {
    maxTier: deployment.maxTier?.value ?? (repo.maxTier !== undefined ? repo.maxTier : DEFAULT_POLICY.maxTier),
    minHeadroomPercent: deployment.minHeadroomPercent?.value ?? repo.minHeadroomPercent ?? DEFAULT_POLICY.minHeadroomPercent,
    maxBandwidthUtilizationPercent:
      deployment.maxBandwidthUtilizationPercent?.value ?? repo.maxBandwidthUtilizationPercent ?? DEFAULT_POLICY.maxBandwidthUtilizationPercent,
  };
}
