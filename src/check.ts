import { adaptNative, isNativeDocument } from "./adapt/native.js";
import type { Deployment, InlineModel } from "./base/deployment.js";
import { ADAPTERS, ALL_MARKERS, type FormatAdapter } from "./adapt/index.js";
import type { Adaptation } from "./adapt/kit.js";
import { REFERENCE_MARKERS, ReferenceIndex, type References } from "./adapt/references.js";
import { gpuLookup } from "./catalog/lookups.js";
import { resolveManifestModel, type Repository, type Resolution } from "./catalog/resolve.js";
import type { GpuSpec } from "./catalog/types.js";
import { effectivePolicy, type RepoConfig } from "./config/config.js";
import { discover, type Discovery, type DiscoveredFile } from "./discover/discover.js";
import type { ModelInput } from "./base/model-input.js";
import { estimate, EstimateError, type Estimate } from "./estimate/estimate.js";
import { applySeverity, evaluateDeployment } from "./evaluate/evaluate.js";
import type { RuleContext } from "./evaluate/rule.js";
import { applySuppressions, findSuppressions } from "./evaluate/suppressions.js";
import { FILE_START, severityRank, type Finding, type Severity } from "./base/findings.js";
import { parseYamlFile, type YamlDocument, type YamlFile } from "./parse/yaml-file.js";
import { decodeLoosely, decodeText, detectEncoding } from "./read/decode.js";
import { readGuarded, realRoot } from "./read/guarded-file.js";
import { architectureProblems } from "./physics/consistency.js";
import type { Located } from "./base/deployment.js";
import { FACT_NAMES, type CheckReport, type DeploymentReport, type FactName, type FactReport, type Verdict } from "./report/report.js";
import { boundReport, capFindings } from "./report/bounds.js";
import { formatFixed, formatInteger } from "./base/units.js";
import { validateDocument } from "./validate/schema-validator.js";
import { quote } from "./base/text.js";

/**
 * The pipeline of `llm-physics check`: discover → read → parse → validate → adapt → estimate →
 * evaluate → one CheckReport. Each stage hands plain data to the next; nothing here prints.
 */

export const VERSION = "0.1.0";

/** The least severity that fails a run (`--fail-on`, the action's `fail-on`); never: report only. */
export const FAIL_ON = ["error", "warning", "notice", "never"] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** True when any finding is at or above `failOn`. */
export function failsAt(report: CheckReport, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return report.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}

export interface CheckOptions {
  cwd: string;
  paths: string[];
  config: RepoConfig;
  /**
   * Skip files that cannot hold a deployment (no marker string) without parsing them. Off only
   * in the test that proves the result is the same either way.
   */
  prefilter?: boolean;
  /** Check only these files (relative paths), e.g. the ones a pull request changed. */
  onlyFiles?: ReadonlySet<string>;
}

function markerPattern(markers: readonly string[]): RegExp {
  return new RegExp(markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}

/**
 * One pattern for all markers: a single pass over a file instead of one search per marker. The
 * objects deployments refer to (a KServe ServingRuntime, a NIMCache) are read too.
 */
const MARKER_PATTERN = markerPattern([...ALL_MARKERS, ...REFERENCE_MARKERS]);
const REFERENCE_PATTERN = markerPattern(REFERENCE_MARKERS);

/**
 * Whether the content holds one of the strings every supported deployment document contains.
 * Markers are ASCII, so reading the raw bytes as Latin-1 finds them without decoding UTF-8.
 */
function hasMarker(content: string | Buffer): boolean {
  return MARKER_PATTERN.test(typeof content === "string" ? content : content.toString("latin1"));
}

/** `2.4 MB (10^6 bytes)` from a megabyte up, whole bytes below. */
function sizeText(bytes: number): string {
  return bytes >= 1e6 ? `${formatFixed(bytes / 1e6, 1)} MB (10^6 bytes)` : `${formatInteger(bytes)} bytes`;
}

/**
 * Deployments checked per file. Each costs about 8 kB of JSON report and its share of memory; no
 * real file holds a thousand, and a 2 MB file of tiny ones would otherwise make a report of 40 MB.
 */
export const MAX_DEPLOYMENTS_PER_FILE = 1000;

/** Bytes read from an oversized file to decide whether it is one of ours. */
const SNIFF_BYTES = 64 * 1024;

type ReadResult = { kind: "text"; text: string } | { kind: "skip" } | { kind: "problem"; message: string };

/** Marker test on bytes: raw (Latin-1) for UTF-8, whose markers are ASCII; decoded for UTF-16 and UTF-32. */
function bytesHaveMarker(bytes: Buffer): boolean {
  const detected = detectEncoding(bytes);
  return detected.encoding === "UTF-8" ? hasMarker(bytes) : hasMarker(decodeLoosely(bytes, detected));
}

/**
 * Read one discovered file through the guarded reader: inside the repository, a regular file,
 * within the size limit. Files named on the command line are always the user's business; found
 * ones only when they could hold a deployment, so most of a GitOps repository stops here, unparsed.
 */
function readCandidate(entry: DiscoveredFile, maxFileSizeBytes: number, prefilter: boolean, root: string): ReadResult {
  const read = readGuarded(entry.absolutePath, { root, maxBytes: maxFileSizeBytes, ...(entry.explicit ? {} : { headBytesWhenTooLarge: SNIFF_BYTES }) });
  if (!read.ok) {
    if (read.refusal === "too-large") {
      if (!entry.explicit && read.head && !bytesHaveMarker(read.head)) return { kind: "skip" };
      return {
        kind: "problem",
        message: `file is ${sizeText(read.sizeBytes ?? maxFileSizeBytes + 1)}, over the limit of ${sizeText(maxFileSizeBytes)}; split it, or raise maxFileSizeBytes in .llm-physics.yml`,
      };
    }
    return { kind: "problem", message: `file ${read.message}` };
  }
  const buffer = read.bytes;
  const detected = detectEncoding(buffer);
  const utf8 = detected.encoding === "UTF-8";
  const candidate = entry.explicit || bytesHaveMarker(buffer);
  if (prefilter && !candidate) return { kind: "skip" };
  if (utf8) {
    const nul = buffer.indexOf(0);
    if (nul >= 0) {
      if (!candidate) return { kind: "skip" };
      return { kind: "problem", message: `file is binary (a NUL byte at offset ${nul}), not YAML; exclude it or pass only YAML files` };
    }
  }
  const decoded = decodeText(buffer, detected);
  if (!decoded.ok) return candidate ? { kind: "problem", message: decoded.message } : { kind: "skip" };
  const nul = utf8 ? -1 : decoded.text.indexOf("\0");
  if (nul >= 0) {
    if (!candidate) return { kind: "skip" };
    return { kind: "problem", message: `file is binary (a NUL character at character ${nul} of its ${detected.encoding} text), not YAML; exclude it or pass only YAML files` };
  }
  return { kind: "text", text: decoded.text };
}

function inlineModelInput(deployment: Deployment, inline: InlineModel): Resolution<ModelInput> {
  const problems = architectureProblems(inline.architecture);
  if (problems.length > 0) {
    return { ok: false, message: `the inline architecture cannot be computed: ${problems.join("; ")}`, suggestions: [] };
  }
  const value: ModelInput = {
    id: inline.name ?? `${deployment.name} (inline architecture)`,
    name: inline.name ?? "inline architecture",
    architecture: inline.architecture,
    maxContextTokens: inline.maxContextTokens,
    nativePrecision: "bf16",
    resolvedFrom: `inline in ${deployment.file}`,
  };
  return { ok: true, value };
}

function resolveGpuName(name: string): Resolution<GpuSpec> {
  const gpu = gpuLookup.find(name);
  if (gpu) return { ok: true, value: gpu };
  return { ok: false, message: `unknown GPU ${quote(name)}`, suggestions: gpuLookup.suggest(name) };
}

function estimateDeployment(deployment: Deployment, model: ModelInput, gpu: GpuSpec): Estimate | null {
  try {
    return estimate(model, gpu, {
      gpuCount: deployment.gpuCount.value,
      precision: deployment.precision?.value,
      kvPrecision: deployment.kvCachePrecision?.value,
      // vLLM's default max_model_len is the model's own maximum; so is ours.
      contextTokens: deployment.contextLength?.value ?? model.maxContextTokens,
      batch: deployment.concurrencyIsEngineCap ? 1 : (deployment.concurrency?.value ?? 1),
      targetTokensPerSec: deployment.targetTokensPerSecond?.value,
      memoryFraction: deployment.memoryFraction?.value,
      tensorParallel: deployment.tensorParallel?.value,
      pipelineParallel: deployment.pipelineParallel?.value,
    });
  } catch (error) {
    // Parallelism that does not fit the GPUs: tensor-parallel-invalid says so at its line.
    if (error instanceof EstimateError) return null;
    throw error;
  }
}

interface Evaluated {
  deployment: Deployment;
  context: RuleContext;
  /** Its findings before suppression: the rules', and the notes of its document when it is the only deployment there. */
  findings: Finding[];
}

function verdictOf(findings: Finding[]): Verdict {
  if (findings.some((f) => f.severity === "error")) return "fail";
  return findings.length > 0 ? "warn" : "pass";
}

/** Each fact the reader took, with its value and place. */
function factsOf(deployment: Deployment): Partial<Record<FactName, FactReport>> {
  const facts: Partial<Record<FactName, FactReport>> = {};
  for (const name of FACT_NAMES) {
    const fact = deployment[name] as Located<unknown> | undefined;
    if (!fact) continue;
    const value = typeof fact.value === "string" || typeof fact.value === "number" ? fact.value : ((fact.value as InlineModel).name ?? "inline architecture");
    facts[name] = { value, file: fact.range.file ?? deployment.file, line: fact.range.line, column: fact.range.column, path: fact.path };
  }
  return facts;
}

function deploymentReport(evaluated: Evaluated, findings: Finding[]): DeploymentReport {
  const { deployment, context } = evaluated;
  const e = context.estimate;
  const model = context.model.ok ? context.model.value : null;
  const modelValue = deployment.model.value;
  const scenario = e ? e.scenarios[e.primaryPrecision] : undefined;
  return {
    name: deployment.name,
    file: deployment.file,
    line: deployment.range.line,
    format: deployment.format,
    model: {
      input: typeof modelValue === "string" ? modelValue : (modelValue.name ?? "inline architecture"),
      id: model?.id ?? null,
      name: model?.name ?? null,
      resolvedFrom: model?.resolvedFrom ?? null,
    },
    hardware: { gpu: deployment.gpu.value, gpuId: context.gpu.ok ? context.gpu.value.id : null, count: deployment.gpuCount.value },
    precision: e?.primaryPrecision ?? deployment.precision?.value ?? null,
    tier: e?.tier ?? null,
    scenarios: e?.scenarios ?? {},
    headroomPercent: scenario?.headroomPercent ?? null,
    bandwidth: e ? e.bandwidth : null,
    facts: factsOf(deployment),
    concurrencyIsEngineCap: deployment.concurrencyIsEngineCap === true,
    verdict: verdictOf(findings),
    estimate: e,
  };
}

/** Resolve model and GPU, run the physics: everything the rules look at for one deployment. */
function resolveDeployment(deployment: Deployment, repository: Repository, config: RepoConfig): RuleContext {
  const modelValue = deployment.model.value;
  const model: Resolution<ModelInput> =
    typeof modelValue === "string" ? resolveManifestModel(modelValue, deployment.baseDir, repository) : inlineModelInput(deployment, modelValue);
  const gpu = resolveGpuName(deployment.gpu.value);
  return {
    deployment,
    model: model.ok ? model : { ok: false, message: model.message, suggestions: model.suggestions },
    gpu: gpu.ok ? gpu : { ok: false, suggestions: gpu.suggestions },
    estimate: model.ok && gpu.ok ? estimateDeployment(deployment, model.value, gpu.value) : null,
    policy: effectivePolicy(config.policy, deployment.policy),
  };
}

function fileProblem(file: string, message: string): Finding {
  return { ruleId: "yaml-syntax", severity: "error", message, file, ...FILE_START };
}

/**
 * The first adapter that takes the document. Adapters are written not to throw; should one fail
 * on a shape nobody foresaw, the document is reported as not checked (never skipped in silence)
 * and the run goes on.
 */
export function adaptDocument(
  document: YamlDocument,
  file: string,
  absolutePath: string,
  references: References,
  findings: Finding[],
  adapters: readonly FormatAdapter[] = ADAPTERS,
): Adaptation | null {
  for (const adapter of adapters) {
    try {
      const adapted = adapter.adapt(document, file, absolutePath, references);
      if (adapted) return adapted;
    } catch (error) {
      findings.push({
        ruleId: "incomplete-deployment",
        severity: "warning",
        message: `this document could not be read as ${adapter.format} (${(error as Error).message}), so it is not checked; please report it with the document to the llm-physics issue tracker`,
        file,
        ...document.range,
      });
      return null;
    }
  }
  return null;
}

/**
 * Everything one file contributes, before suppression: its findings (configured severities
 * applied) and its deployments. A finding may lie in another file: a value read from a
 * ServingRuntime or NIMCache is reported where it is written.
 */
function checkFile(
  entry: DiscoveredFile,
  parsed: YamlFile,
  references: References,
  options: CheckOptions,
  repository: Repository,
): { findings: Finding[]; evaluated: Evaluated[] } {
  const { config } = options;
  const settings = { severity: config.rules };
  // Rule findings come with their configured severities; what the pipeline raises gets them here.
  const findings: Finding[] = applySeverity(parsed.findings, settings);
  const evaluated: Evaluated[] = [];
  let unchecked: Deployment | null = null;
  const evaluate = (deployment: Deployment, notes: Finding[]) => {
    if (evaluated.length === MAX_DEPLOYMENTS_PER_FILE) {
      unchecked ??= deployment;
      return;
    }
    const context = resolveDeployment(deployment, repository, config);
    const own = [...notes, ...evaluateDeployment(context, settings)];
    findings.push(...own);
    evaluated.push({ deployment, context, findings: own });
  };
  for (const document of parsed.documents) {
    if (!isNativeDocument(document.value)) {
      // Kubernetes workloads, launcher files…; a document no adapter takes is not ours.
      const failures: Finding[] = [];
      const adapted = adaptDocument(document, entry.file, entry.absolutePath, references, failures);
      findings.push(...applySeverity(failures, settings));
      if (!adapted) continue;
      const notes = applySeverity(
        adapted.notes.map((note): Finding => ({ ruleId: "incomplete-deployment", severity: note.severity, message: note.message, file: entry.file, ...note.range })),
        settings,
      );
      // Notes of a document that yields one deployment are about it, and count in its verdict.
      const [only, ...others] = adapted.deployments;
      if (only && others.length === 0) {
        evaluate(only, notes.map((n) => ({ ...n, deployment: only.name })));
      } else {
        findings.push(...notes);
        adapted.deployments.forEach((d) => evaluate(d, []));
      }
      continue;
    }
    const schemaFindings = validateDocument("inference-deployment", document, entry.file);
    if (schemaFindings.length > 0) {
      findings.push(...applySeverity(schemaFindings, settings));
      continue;
    }
    evaluate(adaptNative(document, entry.file, entry.absolutePath), []);
  }
  if (unchecked !== null) {
    const first: Deployment = unchecked;
    findings.push(
      ...applySeverity(
        [{ ...fileProblem(entry.file, `file holds more than ${MAX_DEPLOYMENTS_PER_FILE} deployments; the first ${MAX_DEPLOYMENTS_PER_FILE} are checked and the rest, from ${first.name} on, are not: split the file`), ...first.range }],
        settings,
      ),
    );
  }
  if (entry.explicit && parsed.documents.length === 0 && parsed.findings.length === 0) {
    findings.push(...applySeverity([{ ...fileProblem(entry.file, "file has no YAML documents (it is empty or only comments): nothing to check"), severity: "notice" }], settings));
  }
  return { findings, evaluated };
}

/** A file read in the first pass: its text, and its parse when the reference index needed it. */
interface Candidate {
  entry: DiscoveredFile;
  read: Exclude<ReadResult, { kind: "skip" }>;
  parsed?: YamlFile;
}

/**
 * First pass: read every discovered file once; index the objects deployments refer to (from every
 * file, also those `onlyFiles` leaves out: a changed InferenceService is read with its unchanged
 * runtime); keep the files to check.
 */
function readRepository(
  files: readonly DiscoveredFile[],
  options: CheckOptions,
  prefilter: boolean,
  root: string,
): { candidates: Candidate[]; references: ReferenceIndex; referenceFiles: Map<string, YamlFile> } {
  const references = new ReferenceIndex();
  const referenceFiles = new Map<string, YamlFile>();
  const candidates: Candidate[] = [];
  for (const entry of files) {
    const checked = !options.onlyFiles || options.onlyFiles.has(entry.file);
    const read = readCandidate(entry, options.config.maxFileSizeBytes, prefilter, root);
    if (read.kind === "skip") continue;
    const candidate: Candidate = { entry, read };
    if (read.kind === "text" && REFERENCE_PATTERN.test(read.text)) {
      candidate.parsed = parseYamlFile(entry.file, read.text);
      references.addFile(candidate.parsed.documents, entry.file, entry.absolutePath);
      referenceFiles.set(entry.file, candidate.parsed);
    }
    if (checked) candidates.push(candidate);
  }
  return { candidates, references, referenceFiles };
}

export function runCheck(options: CheckOptions): CheckReport {
  const discovery: Discovery = discover({
    cwd: options.cwd,
    paths: options.paths,
    include: options.config.include,
    exclude: options.config.exclude,
  });
  const prefilter = options.prefilter ?? true;
  // Every file read must really lie under the repository's real root, whatever symlinks say.
  const root = realRoot(options.cwd);
  const repository: Repository = { root: options.cwd, realRoot: root };
  const settings = { severity: options.config.rules };
  const findings: Finding[] = [];
  const evaluated: Evaluated[] = [];
  let files = 0;
  let suppressed = 0;
  /** Suppress `list` with the comments of `parsed`; `stage`: also report unused or unexplained comments. */
  const suppress = (parsed: YamlFile, list: Finding[], stage: boolean) => {
    const applied = applySuppressions(parsed, list, findSuppressions(parsed));
    findings.push(...applied.kept);
    if (stage) findings.push(...applySeverity(applied.findings, settings));
    suppressed += applied.suppressed.length;
  };
  const { candidates, references, referenceFiles } = readRepository(discovery.files, options, prefilter, root);
  // Findings in files other deployments read from (a ServingRuntime's) are suppressed once every
  // file is checked, so that a comment there can silence a finding raised from another file.
  const pending = new Map<string, Finding[]>();
  const checkedReferenceFiles = new Set<string>();
  const later = (file: string, list: Finding[]) => {
    const waiting = pending.get(file);
    if (waiting) waiting.push(...list);
    else pending.set(file, [...list]);
  };
  for (const { entry, read, parsed } of candidates) {
    files++;
    if (read.kind === "problem") {
      findings.push(...applySeverity([fileProblem(entry.file, read.message)], settings));
      continue;
    }
    const yamlFile = parsed ?? parseYamlFile(entry.file, read.text);
    const result = checkFile(entry, yamlFile, references, options, repository);
    // Without the pre-filter, unrelated YAML is parsed too; it contributes nothing unless it holds
    // a deployment, so that the report is the same with the pre-filter or without it.
    if (!prefilter && !entry.explicit && result.evaluated.length === 0 && !hasMarker(read.text)) {
      files--;
      continue;
    }
    evaluated.push(...result.evaluated);
    const own = result.findings.filter((f) => f.file === entry.file);
    for (const f of result.findings) if (f.file !== entry.file) later(f.file, [f]);
    if (referenceFiles.has(entry.file)) {
      checkedReferenceFiles.add(entry.file);
      later(entry.file, own);
    } else {
      suppress(yamlFile, own, true);
    }
  }
  for (const [file, list] of pending) {
    const parsed = referenceFiles.get(file);
    if (parsed) suppress(parsed, list, checkedReferenceFiles.has(file));
    else findings.push(...list);
  }
  const reported = new Set(findings);
  const deployments = evaluated.map((e) => deploymentReport(e, e.findings.filter((f) => reported.has(f))));
  const listed = capFindings(findings);
  deployments.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const count = (severity: Severity) => listed.filter((f) => f.severity === severity).length;
  return boundReport({
    tool: { name: "llm-physics", version: VERSION },
    deployments,
    findings: listed,
    skipped: discovery.skipped,
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice"),
      files,
      deployments: deployments.length,
      suppressed,
    },
  });
}
