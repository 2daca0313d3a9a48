import { adaptNative, isNativeDocument } from "../adapt/native.js";
import { formatsIn, loadAdapters, FORMATS, type FormatAdapter, type FormatEntry } from "../adapt/formats.js";
import type { Adaptation } from "../adapt/kit.js";
import { ReferenceIndex, type ReferenceKind, type References } from "../adapt/references.js";
import type { Deployment } from "../base/deployment.js";
import { FILE_START, severityRank, type Finding, type Severity } from "../base/findings.js";
import { configPathFor, type ExternalModels, type Repository } from "../catalog/resolve.js";
import type { RepoConfig } from "../config/config.js";
import { discover, type Discovery, type DiscoveredFile } from "../discover/discover.js";
import { applySeverity, evaluateDeployment } from "../evaluate/evaluate.js";
import type { RuleContext } from "../evaluate/rule.js";
import { applySuppressions, findSuppressions, type Suppression } from "../evaluate/suppressions.js";
import { parseYamlFile, type YamlDocument, type YamlFile } from "../parse/yaml-file.js";
import { realRoot } from "../read/guarded-file.js";
import { boundReport, capFindings } from "../report/bounds.js";
import { deploymentReport } from "../report/build.js";
import type { CheckReport } from "../report/report.js";
import { applyBaseline, type Baseline } from "../evaluate/baseline.js";
import { loadBaseline } from "./baseline.js";
import { validateDocument } from "../validate/schema-validator.js";
import { filesRead, hasMarker, READ_MARKERS, readRepository, readsChanged, recordingReferences, REFERENCE_PATTERN } from "./read.js";
import { READ_WORKER_CODE, readInBatches } from "./read-source.js";
import type { ReadThread } from "./read-thread.js";
import { resolveDeployment } from "./resolve.js";
import { gpuCatalogFor } from "./gpus.js";

/**
 * The pipeline of `llm-physics check` (check.ts adds the entry points that load every format
 * reader; this module imports none, so that the CLI loads only those a repository calls for): discover → read → parse → validate → adapt → estimate →
 * evaluate → one CheckReport. Each stage hands plain data to the next; nothing here prints.
 * Reading is read.ts, resolution (model, GPU, policy, physics) resolve.ts, each deployment's
 * report src/report/build.ts; this file runs them in order and applies suppressions.
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
  /**
   * Check only these files (relative paths), e.g. the ones a pull request changed, and the files
   * of the deployments that read one of them (an InferenceService whose ServingRuntime changed).
   */
  onlyFiles?: ReadonlySet<string>;
  /** Accepted findings, left out of the report and counted (`llm-physics baseline`); undefined: `.llm-physics/baseline.json` in `cwd` when it exists; null: none. */
  baseline?: Baseline | null;
  /** Given every finding before the baseline and the per-file cap apply: what `llm-physics baseline` records. */
  onFindings?: (findings: readonly Finding[]) => void;
  /**
   * prepareCheckLazily: read the repository on a worker thread when the build has one and the
   * run walks directories (default true); false reads on the main thread (the CLI's
   * LLM_PHYSICS_READ_WORKER=0). The report is the same either way.
   */
  readWorker?: boolean;
  /**
   * prepareCheckLazily: the read worker the CLI started before the configuration was known
   * (src/cli/read-ahead.ts), used when the check walks what it walks and stopped otherwise.
   */
  readAhead?: ReadThread;
}

/**
 * Deployments checked per file. Each costs about 8 kB of JSON report and its share of memory; no
 * real file holds a thousand, and a 2 MB file of tiny ones would otherwise make a report of 40 MB.
 */
export const MAX_DEPLOYMENTS_PER_FILE = 1000;

interface Evaluated {
  /** The deployment, resolved: everything its rules read. */
  context: RuleContext;
  /** Its findings before suppression: the rules', and the notes of its document when it is the only deployment there. */
  findings: Finding[];
  /** The other files it was read from (see `filesRead`). */
  reads: string[];
}

function fileProblem(file: string, message: string): Finding {
  return { ruleId: "yaml-syntax", severity: "error", message, file, ...FILE_START };
}

/** A file that could not be read, checked: its one finding, with the configured severity. */
function unreadable(file: string, message: string, options: CheckOptions): Checked {
  return { file, problem: applySeverity([fileProblem(file, message)], { severity: options.config.rules })[0]! };
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
  adapters: readonly FormatAdapter[],
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

/** One step of a file's check, in document order: findings as they are, or a deployment still to resolve. */
type Step =
  | { findings: Finding[] }
  | {
      deployment: Deployment;
      notes: Finding[];
      reads: string[];
      /** The reader's "no GPU type is declared" notes: dropped when the configuration's gpus: gives the GPU. */
      unlessGpuMapped?: Finding[];
    };

/** A file read, parsed and adapted: what is left is resolving and evaluating its deployments. */
interface AdaptedFile {
  steps: Step[];
}

/**
 * Everything one file contributes, before resolution: its findings (configured severities
 * applied) and its deployments, in document order. A finding may lie in another file: a value
 * read from a ServingRuntime or NIMCache is reported where it is written.
 */
function adaptFile(entry: DiscoveredFile, parsed: YamlFile, references: References, options: CheckOptions, adapters: readonly FormatAdapter[]): AdaptedFile {
  const { config } = options;
  const settings = { severity: config.rules };
  // Rule findings come with their configured severities; what the pipeline raises gets them here.
  const steps: Step[] = [{ findings: applySeverity(parsed.findings, settings) }];
  let deployments = 0;
  let unchecked: Deployment | null = null;
  /** Files the current document's adapter looked up objects in (a ServingRuntime by name). */
  let looked: ReadonlySet<string> = new Set();
  const evaluate = (deployment: Deployment, notes: Finding[], unlessGpuMapped: Finding[] = []) => {
    if (deployments === MAX_DEPLOYMENTS_PER_FILE) {
      unchecked ??= deployment;
      return;
    }
    deployments++;
    steps.push({ deployment, notes, reads: filesRead(deployment, [...notes, ...unlessGpuMapped], looked, options.cwd), ...(unlessGpuMapped.length > 0 ? { unlessGpuMapped } : {}) });
  };
  for (const document of parsed.documents) {
    if (!isNativeDocument(document.value)) {
      // Kubernetes workloads, launcher files…; a document no adapter takes is not ours.
      const failures: Finding[] = [];
      const recording = recordingReferences(references);
      looked = recording.files;
      const adapted = adaptDocument(document, entry.file, entry.absolutePath, recording.references, failures, adapters);
      steps.push({ findings: applySeverity(failures, settings) });
      if (!adapted) continue;
      const toFinding = (note: (typeof adapted.notes)[number]): Finding => ({ ruleId: "incomplete-deployment", severity: note.severity, message: note.message, file: entry.file, ...note.range });
      const notes = applySeverity(adapted.notes.filter((n) => n.code !== "gpu-type-missing").map(toFinding), settings);
      const gpuMissing = applySeverity(adapted.notes.filter((n) => n.code === "gpu-type-missing").map(toFinding), settings);
      // Notes of a document that yields one deployment are about it, and count in its verdict.
      const [only, ...others] = adapted.deployments;
      if (only && others.length === 0) {
        evaluate(only, notes.map((n) => ({ ...n, deployment: only.name })), gpuMissing.map((n) => ({ ...n, deployment: only.name })));
      } else {
        steps.push({ findings: [...notes, ...gpuMissing] });
        adapted.deployments.forEach((d) => evaluate(d, []));
      }
      continue;
    }
    const schemaFindings = validateDocument("inference-deployment", document, entry.file);
    if (schemaFindings.length > 0) {
      steps.push({ findings: applySeverity(schemaFindings, settings) });
      continue;
    }
    looked = new Set();
    evaluate(adaptNative(document, entry.file, entry.absolutePath), []);
  }
  if (unchecked !== null) {
    const first: Deployment = unchecked;
    steps.push({
      findings: applySeverity(
        [{ ...fileProblem(entry.file, `file holds more than ${MAX_DEPLOYMENTS_PER_FILE} deployments; the first ${MAX_DEPLOYMENTS_PER_FILE} are checked and the rest, from ${first.name} on, are not: split the file`), ...first.range }],
        settings,
      ),
    });
  }
  if (entry.explicit && parsed.documents.length === 0 && parsed.findings.length === 0) {
    steps.push({ findings: applySeverity([{ ...fileProblem(entry.file, "file has no YAML documents (it is empty or only comments): nothing to check"), severity: "notice" }], settings) });
  }
  return { steps };
}

/** Resolve and evaluate an adapted file's deployments: its findings and evaluated deployments, in document order. */
function evaluateFile(adapted: AdaptedFile, options: CheckOptions, repository: Repository, external: ExternalModels | undefined): { findings: Finding[]; evaluated: Evaluated[] } {
  const settings = { severity: options.config.rules };
  const findings: Finding[] = [];
  const evaluated: Evaluated[] = [];
  for (const step of adapted.steps) {
    if ("findings" in step) {
      findings.push(...step.findings);
      continue;
    }
    const context = resolveDeployment(step.deployment, repository, options.config, external);
    // A GPU the configuration's gpus: gives answers the reader's "no GPU type is declared".
    const mapped = !step.deployment.gpu && context.deployment.gpu !== undefined;
    const own = [...step.notes, ...(mapped ? [] : (step.unlessGpuMapped ?? [])), ...evaluateDeployment(context, settings)];
    findings.push(...own);
    evaluated.push({ context, findings: own, reads: step.reads });
  }
  return { findings, evaluated };
}

/** The model references (strings) of the deployments `steps` hold: what the lock, cache and Hub are asked about. */
function modelReferences(files: readonly AdaptedFile[]): Set<string> {
  const references = new Set<string>();
  for (const file of files) {
    for (const step of file.steps) {
      if (!("deployment" in step)) continue;
      const value = step.deployment.model.value;
      // A path to a config.json in the repository is read there, never asked of the Hub.
      if (typeof value === "string" && !configPathFor(value, step.deployment.baseDir)) references.add(value);
    }
  }
  return references;
}

/** A check read and adapted, waiting for its models: `finish` resolves and evaluates. */
export interface PreparedCheck {
  /** Model references that neither the catalog nor a local config.json may answer: ask the lock, cache and Hub. */
  modelReferences: Set<string>;
  /** The repository root and its real path. */
  repository: Repository;
  /** Resolve and evaluate; `extra` findings (a lock file that cannot be read) join the report. */
  finish(external?: ExternalModels, extra?: Finding[]): CheckReport;
}

/** What the first pass leaves: every file read, the reference index built, nothing adapted yet. */
export interface ReadStage {
  discovery: Discovery;
  prefilter: boolean;
  repository: Repository;
  baseline: Baseline | null;
  read: ReturnType<typeof readRepository>;
}

/** The repository checked (its root and real root) and the baseline its findings are compared with. */
function repositoryOf(options: CheckOptions, root: string): { repository: Repository; baseline: Baseline | null } {
  return { repository: { root: options.cwd, realRoot: root }, baseline: options.baseline === undefined ? loadBaseline(null, options.cwd) : options.baseline };
}

export function readStage(options: CheckOptions): ReadStage {
  // The configuration's gpuTypes: must not take catalog names: a ConfigError before anything is read.
  gpuCatalogFor(options.config);
  const discovery: Discovery = discover({
    cwd: options.cwd,
    paths: options.paths,
    include: options.config.include,
    exclude: options.config.exclude,
  });
  const prefilter = options.prefilter ?? true;
  // Every file read must really lie under the repository's real root, whatever symlinks say.
  const root = realRoot(options.cwd);
  const { repository, baseline } = repositoryOf(options, root);
  const read = readRepository(discovery.files, { maxFileSizeBytes: options.config.maxFileSizeBytes, prefilter, root, ...(options.onlyFiles ? { onlyFiles: options.onlyFiles } : {}) });
  return { discovery, prefilter, repository, baseline, read };
}

/**
 * prepareCheck, loading only the format readers that the files read call for (a reader takes only
 * documents that hold one of its markers, see `formatsIn`): `check` on native manifests, or on a
 * repository of one format, never loads the others. Each document is offered to the readers its
 * file's markers name, in ADAPTERS' order; the others would return null. Without the pre-filter
 * every reader is loaded and tried, as prepareCheck does (the equivalence test compares the two).
 */
export async function prepareCheckLazily(options: CheckOptions): Promise<PreparedCheck> {
  if ((options.prefilter ?? true) && !options.onlyFiles) return prepareCheckStreaming(options);
  options.readAhead?.cancel();
  const stage = readStage(options);
  if (!stage.prefilter) {
    const all = await loadAdapters(FORMATS);
    return adaptStage(stage, options, () => all);
  }
  const perText = new Map<string, FormatEntry[]>();
  const wanted = new Set<FormatEntry>();
  for (const { read } of [...stage.read.candidates, ...(options.onlyFiles ? stage.read.unchanged : [])]) {
    if (read.kind !== "text") continue;
    const entries = formatsIn(read.text);
    perText.set(read.text, entries);
    for (const entry of entries) wanted.add(entry);
  }
  const byFormat = new Map((await loadAdapters(wanted)).map((adapter) => [adapter.format, adapter]));
  return adaptStage(stage, options, (text) => (perText.get(text) ?? formatsIn(text)).map((entry) => byFormat.get(entry.format)!));
}

/** A lookup an adaptation made while the repository was still being read, and what it found then. */
interface Lookup {
  kind: ReferenceKind;
  /** Undefined: `all(kind)`. */
  name?: string;
  namespace?: string;
  /** The objects found, each as its file, document and kind. */
  found: string;
}

/** The objects of a lookup's answer as one string: equal answers of two indexes give equal strings. */
function foundKey(objects: readonly { file: string; kind: string; document: { index: number } }[]): string {
  return objects.map((o) => `${o.file}\u0000${o.document.index}\u0000${o.kind}`).join("\u0001");
}

/** A file as the streaming check holds it until every file is read (see prepareCheckStreaming). */
interface Arrival {
  entry: DiscoveredFile;
  /** The file's check, made while reading (or the problem that it could not be read). */
  checked: Checked;
  /** The lookups its adaptation made: it holds when the whole repository answers each the same. */
  lookups: Lookup[];
  /** Its text, to adapt it again when a lookup is answered otherwise. */
  text?: string;
  /** Its parse, kept when it holds objects deployments refer to (REFERENCE_PATTERN). */
  yamlFile?: YamlFile;
  adapters?: readonly FormatAdapter[];
}

/**
 * prepareCheckLazily when the pre-filter is on and every file is checked: the files are parsed and
 * adapted as they are read (on a worker thread, src/pipeline/read-source.ts, when the run walks
 * directories), so that the work on the files with a marker overlaps the reading of the rest.
 * An adaptation depends on the other files only through the objects it looks up by name (a
 * ServingRuntime, a NIMCache, a ConfigMap, an OME BaseModel): while reading, those lookups are
 * answered from the files read so far and recorded; once every file is read, each is asked again
 * of the whole repository's index, and a file whose answers differ is adapted again. The rest is
 * adaptStage's: the same files in the same (report) order, the reference index built in that
 * order, so the same report (__tests__/prefilter.test.ts, __tests__/read-worker.test.ts).
 */
async function prepareCheckStreaming(options: CheckOptions): Promise<PreparedCheck> {
  gpuCatalogFor(options.config);
  const arrivals: Arrival[] = [];
  /** The objects of the files read so far, in the order read. */
  const soFar = new ReferenceIndex();
  let log: Lookup[] = [];
  const recording: References = {
    find: (kind, name, namespace) => {
      const found = soFar.find(kind, name, namespace);
      log.push({ kind, name, ...(namespace !== undefined ? { namespace } : {}), found: foundKey(found) });
      return found;
    },
    all: (kind) => {
      const found = soFar.all(kind);
      log.push({ kind, found: foundKey(found) });
      return found;
    },
  };
  const { config } = options;
  const request = {
    cwd: options.cwd,
    paths: options.paths,
    ...(config.include ? { include: config.include } : {}),
    ...(config.exclude ? { exclude: config.exclude } : {}),
    maxFileSizeBytes: config.maxFileSizeBytes,
    markers: READ_MARKERS,
  };
  const outcome = await readInBatches(
    request,
    async (files) => {
      for (const { entry, read } of files) {
        if (read.kind === "problem") {
          arrivals.push({ entry, lookups: [], checked: unreadable(entry.file, read.message, options) });
          continue;
        }
        const { text } = read;
        const yamlFile = parseYamlFile(entry.file, text);
        const reference = REFERENCE_PATTERN.test(text);
        if (reference) soFar.addFile(yamlFile.documents, entry.file, entry.absolutePath);
        const adapters = await loadAdapters(formatsIn(text));
        log = [];
        const checked = checkedFile(entry.file, yamlFile, adaptFile(entry, yamlFile, recording, options, adapters));
        const lookups = log;
        arrivals.push({ entry, checked, lookups, ...(reference ? { yamlFile } : {}), ...(lookups.length > 0 ? { text, adapters } : {}) });
      }
    },
    options.readWorker === false ? undefined : READ_WORKER_CODE,
    options.readAhead,
  );
  // Report order, as discovery sorts its files; the reference index is put in that order too.
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  arrivals.sort((a, b) => byName(a.entry.file, b.entry.file));
  const references = soFar.inFileOrder(byName);
  const referenceFiles = new Map<string, YamlFile>();
  for (const { entry, yamlFile } of arrivals) if (yamlFile) referenceFiles.set(entry.file, yamlFile);
  const answered = (l: Lookup) => foundKey(l.name === undefined ? references.all(l.kind) : references.find(l.kind, l.name, l.namespace)) === l.found;
  const checked: Checked[] = [];
  for (const arrival of arrivals.splice(0)) {
    const { entry, lookups, text, adapters } = arrival;
    if (lookups.every(answered)) {
      checked.push(arrival.checked);
      continue;
    }
    const yamlFile = arrival.yamlFile ?? parseYamlFile(entry.file, text!);
    checked.push(checkedFile(entry.file, yamlFile, adaptFile(entry, yamlFile, references, options, adapters!)));
  }
  const { repository, baseline } = repositoryOf(options, realRoot(options.cwd));
  return preparedCheck(checked, { skipped: outcome.skipped, repository, baseline, referenceFiles }, options);
}

/**
 * A file checked, kept until the report: its adaptation, and what suppressing its findings needs
 * (its parse only when it has suppression comments; most files have none, and dropping their
 * syntax trees keeps memory to the deployments).
 */
type Checked = { file: string; problem: Finding } | { file: string; adapted: AdaptedFile; suppressions: Suppression[]; yamlFile?: YamlFile };

function checkedFile(file: string, yamlFile: YamlFile, adapted: AdaptedFile): Checked {
  const suppressions = findSuppressions(yamlFile);
  return { file, adapted, suppressions, ...(suppressions.length > 0 ? { yamlFile } : {}) };
}

export function adaptStage(stage: ReadStage, options: CheckOptions, adaptersFor: (text: string) => readonly FormatAdapter[]): PreparedCheck {
  const { discovery, prefilter, repository, baseline } = stage;
  const { candidates, unchanged, references, referenceFiles } = stage.read;
  /** Each checked file: its problem, or its parse and adaptation. */
  const checked: Checked[] = [];
  for (const { entry, read, parsed } of candidates) {
    if (read.kind === "problem") {
      checked.push(unreadable(entry.file, read.message, options));
      continue;
    }
    const yamlFile = parsed ?? parseYamlFile(entry.file, read.text);
    const adapted = adaptFile(entry, yamlFile, references, options, adaptersFor(read.text));
    // Without the pre-filter, unrelated YAML is parsed too; it contributes nothing unless it holds
    // a deployment, so that the report is the same with the pre-filter or without it.
    if (!prefilter && !entry.explicit && !adapted.steps.some((step) => "deployment" in step) && !hasMarker(read.text)) continue;
    checked.push(checkedFile(entry.file, yamlFile, adapted));
  }
  // Only some files: an unchanged one is checked too, whole, when a deployment in it reads a
  // changed file (its ServingRuntime, its NIMCache, its model's config.json): its result changed.
  if (options.onlyFiles) {
    const changed = options.onlyFiles;
    for (const { entry, read, parsed } of unchanged) {
      if (read.kind !== "text") continue;
      const yamlFile = parsed ?? parseYamlFile(entry.file, read.text);
      const adapted = adaptFile(entry, yamlFile, references, options, adaptersFor(read.text));
      if (adapted.steps.some((step) => "deployment" in step && readsChanged(step.reads, changed))) checked.push(checkedFile(entry.file, yamlFile, adapted));
    }
  }
  return preparedCheck(checked, { skipped: discovery.skipped, repository, baseline, referenceFiles }, options);
}

/** What resolving and reporting the files checked needs besides them. */
interface CheckedContext {
  /** Files discovery passed over, with the reason. */
  skipped: Discovery["skipped"];
  repository: Repository;
  baseline: Baseline | null;
  /** The parses of the files that hold objects deployments refer to (their comments suppress findings raised from other files). */
  referenceFiles: Map<string, YamlFile>;
}

/** The files checked, in report order, waiting for their models: `finish` resolves, evaluates and reports. */
function preparedCheck(checked: readonly Checked[], context: CheckedContext, options: CheckOptions): PreparedCheck {
  const { skipped, repository, baseline, referenceFiles } = context;
  const settings = { severity: options.config.rules };
  const finish = (external?: ExternalModels, extra: Finding[] = []): CheckReport => {
    const findings: Finding[] = applySeverity(extra, settings);
    const evaluated: Evaluated[] = [];
    let suppressed = 0;
    /** Suppress `list` with the comments of `parsed`; `stage`: also report unused or unexplained comments. */
    const suppress = (parsed: YamlFile, list: Finding[], stage: boolean, suppressions: Suppression[] = findSuppressions(parsed)) => {
      const applied = applySuppressions(parsed, list, suppressions);
      findings.push(...applied.kept);
      if (stage) findings.push(...applySeverity(applied.findings, settings));
      suppressed += applied.suppressed.length;
    };
    // Findings in files other deployments read from (a ServingRuntime's) are suppressed once every
    // file is checked, so that a comment there can silence a finding raised from another file.
    const pending = new Map<string, Finding[]>();
    const checkedReferenceFiles = new Set<string>();
    const later = (file: string, list: Finding[]) => {
      const waiting = pending.get(file);
      if (waiting) waiting.push(...list);
      else pending.set(file, [...list]);
    };
    for (const item of checked) {
      if ("problem" in item) {
        findings.push(item.problem);
        continue;
      }
      const result = evaluateFile(item.adapted, options, repository, external);
      evaluated.push(...result.evaluated);
      const own = result.findings.filter((f) => f.file === item.file);
      for (const f of result.findings) if (f.file !== item.file) later(f.file, [f]);
      if (referenceFiles.has(item.file)) {
        checkedReferenceFiles.add(item.file);
        later(item.file, own);
      } else if (item.yamlFile) {
        suppress(item.yamlFile, own, true, item.suppressions);
      } else {
        // No suppression comment in the file: every finding is kept, and the stage has none of its own.
        findings.push(...own);
      }
    }
    for (const [file, list] of pending) {
      const parsed = referenceFiles.get(file);
      if (parsed) suppress(parsed, list, checkedReferenceFiles.has(file));
      else findings.push(...list);
    }
    options.onFindings?.(findings);
    // Verdicts count baselined findings too (an accepted failure is still one); the list and the exit code do not.
    const reported = new Set(findings);
    const deployments = evaluated.map((e) => deploymentReport(e.context, e.findings.filter((f) => reported.has(f)), e.reads));
    const accepted = baseline ? applyBaseline(findings, baseline) : null;
    const listed = capFindings(accepted ? accepted.kept : findings);
    deployments.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    const count = (severity: Severity) => listed.filter((f) => f.severity === severity).length;
    return boundReport({
      tool: { name: "llm-physics", version: VERSION },
      deployments,
      findings: listed,
      skipped,
      summary: {
        errors: count("error"),
        warnings: count("warning"),
        notices: count("notice"),
        files: checked.length,
        deployments: deployments.length,
        suppressed,
        ...(accepted ? { baselined: accepted.baselined.length } : {}),
      },
    });
  };
  return { modelReferences: modelReferences(checked.flatMap((c) => ("adapted" in c ? [c.adapted] : []))), repository, finish };
}
