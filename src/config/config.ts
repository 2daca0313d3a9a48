import { isAbsolute, relative, resolve } from "node:path";
import { decodeText } from "../read/decode.js";
import { exists, isInside, readGuarded, realRoot } from "../read/guarded-file.js";
import type { Deployment } from "../base/deployment.js";
import { DEFAULT_POLICY, type EffectivePolicy } from "../base/policy.js";
import { compareFindings, type Finding, type SeveritySetting } from "../base/findings.js";
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
 */
export interface RepoConfig {
  include?: string[];
  exclude?: string[];
  maxFileSizeBytes: number;
  rules: Partial<Record<string, SeveritySetting>>;
  policy: Partial<EffectivePolicy>;
  /** The file read, relative to the working directory with forward slashes; null for the defaults. */
  file: string | null;
}

const CONFIG_FILE_NAMES = [".llm-physics.yml", ".llm-physics.yaml"] as const;

export const DEFAULT_MAX_FILE_SIZE_BYTES = 2_000_000;

export function defaultConfig(): RepoConfig {
  return { maxFileSizeBytes: DEFAULT_MAX_FILE_SIZE_BYTES, rules: {}, policy: {}, file: null };
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
