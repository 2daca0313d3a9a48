import type { Finding, Severity } from "../base/findings.js";
import type { CheckReport, DeploymentReport, FactName, FactReport, Verdict } from "./report.js";
import { capitalize, formatFixed, formatGB, formatInteger, formatPercent, formatRate } from "../base/units.js";
import { escapeControl, neutralizeWorkflowCommands, quote } from "../base/text.js";
import { engineDisplayName } from "../physics/engine-memory.js";

export interface TextOptions {
  /** ANSI colours for a terminal; off unless asked. */
  color?: boolean;
  /** Under each deployment, every fact as it was read and where (`check --verbose`). */
  verbose?: boolean;
}

const ANSI = {
  reset: "\u001b[0m",
  bold: "\u001b[1m",
  dim: "\u001b[2m",
  red: "\u001b[31m",
  green: "\u001b[32m",
  yellow: "\u001b[33m",
  cyan: "\u001b[36m",
} as const;

type Paint = (text: string, ...styles: (keyof typeof ANSI)[]) => string;

function painter(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, ...styles) => `${styles.map((s) => ANSI[s]).join("")}${text}${ANSI.reset}`;
}

const SEVERITY_STYLE: Record<Severity, (keyof typeof ANSI)[]> = {
  error: ["bold", "red"],
  warning: ["bold", "yellow"],
  notice: ["bold", "cyan"],
};

const VERDICT_TEXT: Record<Verdict, string> = { pass: "pass", warn: "warn", fail: "FAIL", incomplete: "incomplete" };
const VERDICT_STYLE: Record<Verdict, (keyof typeof ANSI)[]> = {
  pass: ["green"],
  warn: ["yellow"],
  fail: ["bold", "red"],
  incomplete: ["yellow"],
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** A file name as a line starts with it: control characters escaped; one that starts with white space or `:` behind `./`. */
function shownFile(file: string): string {
  const escaped = escapeControl(file);
  return /^[\s:#]/.test(escaped) ? `./${escaped}` : escaped;
}

/**
 * `deploy/a.yaml:12:7: error message [rule-id]`, as compilers and actionlint print it, so that
 * editors and terminals make it a link. Further lines of a multi-line message are indented, so
 * that every line that starts with a path is a finding.
 */
function findingLine(f: Finding, paint: Paint): string {
  const message = f.message.replace(/\r?\n/g, "\n    ");
  return `${shownFile(f.file)}:${f.line}:${f.column}: ${paint(f.severity, ...SEVERITY_STYLE[f.severity])} ${message} ${paint(`[${f.ruleId}]`, "dim")}`;
}

/** Required and available bandwidth in one unit: `1.3 of 13.4 TB/s`, `3.2 of 0.3 TB/s`, `45 of 960 GB/s`. */
function bandwidthPair(required: number, available: number): string {
  if (Math.max(required, available) >= 1e12) {
    // One decimal, unless the need is so small it would print as 0.0.
    const digits = required > 0 && required < 0.05e12 ? 2 : 1;
    return `${formatFixed(required / 1e12, digits)} of ${formatFixed(available / 1e12, digits)} TB/s`;
  }
  return `${formatFixed(required / 1e9, 0)} of ${formatFixed(available / 1e9, 0)} GB/s`;
}

function bandwidthAvailable(available: number): string {
  return available >= 1e12 ? `${formatFixed(available / 1e12, 1)} TB/s` : `${formatFixed(available / 1e9, 0)} GB/s`;
}

/** What kept a deployment from having an estimate, as far as the report tells. */
function missing(d: DeploymentReport): string {
  const reasons: string[] = [];
  if (d.model.id === null) reasons.push(`unknown model ${quote(d.model.input)}`);
  if (d.hardware.gpuId === null) reasons.push(d.hardware.gpu === null ? "no GPU type declared" : `unknown GPU ${quote(d.hardware.gpu)}`);
  const needs = d.requirement ? `; needs ${formatGB(d.requirement.perGpuBytes)} per GPU (${d.requirement.precision.toUpperCase()}, ${d.hardware.count} GPU${d.hardware.count === 1 ? "" : "s"})${d.requirement.fittingGpus[0] ? `, fits ${d.requirement.fittingGpus[0]} and larger` : ", fits no catalog GPU"}` : "";
  return reasons.length > 0 ? `no estimate: ${reasons.join(", ")}${needs}` : "no estimate (see the findings above)";
}

/**
 * `deploy/a.yaml:3 llama-70b — Infrastructure, needs 30.5 GB of 77.3 GB usable per GPU (FP8,
 * 4 × H100-SXM), headroom 60.6%, bandwidth 2.8 of 13.4 TB/s — pass`
 */
function deploymentLine(d: DeploymentReport, paint: Paint): string {
  const head = `${shownFile(d.file)}:${d.line} ${d.name}`;
  const verdict = paint(VERDICT_TEXT[d.verdict], ...VERDICT_STYLE[d.verdict]);
  const e = d.estimate;
  if (e === null) return `${head} — ${missing(d)} — ${verdict}`;

  const precision = d.precision ?? e.primaryPrecision;
  const scenario = d.scenarios[precision] ?? e.scenarios[precision];
  const tier = capitalize(d.tier ?? e.tier);
  const gpus = `${precision.toUpperCase()}, ${d.hardware.count} × ${d.hardware.gpuId ?? d.hardware.gpu}`;
  const parts = [tier];
  if (scenario) {
    parts.push(`needs ${formatGB(scenario.perGpuBytes)} of ${formatGB(scenario.usableBytesPerGpu)} usable per GPU (${gpus})`);
  } else {
    parts.push(`(${gpus})`);
  }
  const headroom = d.headroomPercent ?? scenario?.headroomPercent ?? null;
  if (headroom !== null) parts.push(`headroom ${formatPercent(headroom)}`);
  const b = d.bandwidth ?? e.bandwidth;
  parts.push(
    b.requiredBytesPerSec === null
      ? `bandwidth ${bandwidthAvailable(b.availableBytesPerSec)} available (no speed target)`
      : `bandwidth ${bandwidthPair(b.requiredBytesPerSec, b.availableBytesPerSec)}`,
  );
  return `${head} — ${parts.join(", ")} — ${verdict}`;
}

const FACT_LABELS: Record<FactName, string> = {
  model: "model",
  gpu: "GPU",
  gpuCount: "GPUs",
  tensorParallel: "tensor parallel",
  pipelineParallel: "pipeline parallel",
  dataParallel: "data parallel",
  dataParallelLocal: "DP ranks per pod",
  expertParallel: "expert parallel",
  contextLength: "context",
  concurrency: "concurrency",
  precision: "weights",
  kvCachePrecision: "KV cache",
  memoryFraction: "memory fraction",
  targetTokensPerSecond: "target speed",
};
const LABEL_WIDTH = Math.max(...Object.values(FACT_LABELS).map((l) => l.length)) + 2;

/** A fact's value as a person reads it: `16,384 tokens`, `BF16`, `64 sequences (engine cap)`. */
function factValue(name: FactName, value: string | number, d: DeploymentReport): string {
  switch (name) {
    case "contextLength":
      return `${formatInteger(Number(value))} tokens`;
    case "concurrency":
      return `${formatInteger(Number(value))} sequence${value === 1 ? "" : "s"}${d.concurrencyIsEngineCap ? " (engine cap)" : ""}`;
    case "precision":
    case "kvCachePrecision":
      return String(value).toUpperCase();
    case "targetTokensPerSecond":
      return `${formatRate(Number(value))} tokens/s per sequence`;
    case "model":
      return d.model.id === null ? `${value} (not resolved)` : d.model.id === value ? String(value) : `${value} → ${d.model.id}`;
    case "gpu":
      return d.hardware.gpuId === null || d.hardware.gpuId === value ? String(value) : `${value} → ${d.hardware.gpuId}`;
    default:
      // Counts and fractions as written: 2, 0.9.
      return String(value);
  }
}

/** The value used for a fact the manifest does not declare, from the estimate's inputs. */
function defaultValue(name: FactName, d: DeploymentReport): string | null {
  const inputs = d.estimate?.inputs;
  if (!inputs) return null;
  switch (name) {
    case "tensorParallel":
      return String(inputs.tensorParallel);
    case "pipelineParallel":
      return String(inputs.pipelineParallel);
    case "contextLength":
      return inputs.contextTokens === d.estimate?.model.maxContextTokens
        ? `${formatInteger(inputs.contextTokens)} tokens (the model's maximum)`
        : `${formatInteger(inputs.contextTokens)} tokens (the engine's default, assumed)`;
    case "concurrency":
      return "1 sequence";
    case "precision":
      return `${inputs.precision.toUpperCase()} (the checkpoint's)`;
    case "kvCachePrecision":
      return inputs.kvPrecision.toUpperCase();
    case "memoryFraction":
      return String(inputs.memoryFraction);
    case "targetTokensPerSecond":
      return "none";
    default:
      return null;
  }
}

/** Where a fact was read: `line 33 args[3] (--max-model-len)`, or `other.yaml:31 …` in another file. */
function factSource(fact: FactReport, d: DeploymentReport): string {
  const place = fact.file === d.file ? `line ${fact.line}` : `${shownFile(fact.file)}:${fact.line}`;
  return fact.assumed ? `${fact.path} (${place})` : `${place} ${fact.path}`;
}

/**
 * `check --verbose`: what the reader understood, one fact a line, each with where it was read, so
 * that a wrong reading shows before a finding built on it is trusted.
 */
function factLines(d: DeploymentReport, paint: Paint): string[] {
  const rows: Array<[string, string, string]> = [];
  for (const name of Object.keys(FACT_LABELS) as FactName[]) {
    const fact = d.facts[name];
    if (fact) {
      rows.push([FACT_LABELS[name], factValue(name, fact.value, d), factSource(fact, d)]);
      continue;
    }
    const used = defaultValue(name, d);
    if (used !== null) rows.push([FACT_LABELS[name], used, "not declared"]);
  }
  const width = Math.max(...rows.map(([, value]) => value.length));
  const resolved = d.model.resolvedFrom === null ? "" : d.model.resolvedFrom === "catalog" ? "; model from the catalog" : `; model: ${d.model.resolvedFrom}`;
  const lines = [`    read as ${d.format}${resolved}`];
  for (const [label, value, source] of rows) {
    lines.push(`    ${label.padEnd(LABEL_WIDTH)}${value.padEnd(width)}  ${paint(source, "dim")}`);
  }
  const engine = d.estimate?.engineMemory;
  if (engine) {
    // The version sets the engine's memory arithmetic and fixed costs; without one the newest modelled behaviour is used.
    const version = engine.version === null ? paint("version not stated: the newest behaviour modelled is assumed", "dim") : engine.version;
    lines.push(`    ${"engine".padEnd(LABEL_WIDTH)}${engineDisplayName(engine.engine)} ${version}`);
  }
  lines.push(...provenanceLines(d, paint));
  return lines;
}

/** Where the weight bytes came from, and what was assumed rather than read. */
function provenanceLines(d: DeploymentReport, paint: Paint): string[] {
  const e = d.estimate;
  if (!e) return [];
  const lines: string[] = [];
  const c = e.model.checkpoint;
  const precision = e.inputs.precision.toUpperCase();
  let how: string;
  if (e.model.weightsMeasured && c?.measured && c.files.length === 0) {
    how = `as the published checkpoint holds them (${c.quantization === "none" ? "unquantized" : c.quantization}; catalog)`;
  } else if (e.model.weightsMeasured && c?.measured) {
    how = `measured from the checkpoint's headers (${c.files.length} file${c.files.length === 1 ? "" : "s"}, ${c.quantization === "none" ? "unquantized" : c.quantization})`;
  } else if (e.model.weightsMeasured && c) {
    how = c.files.length > 0 ? `the size of the checkpoint's ${c.format} file${c.files.length === 1 ? "" : "s"}` : `estimated for ${c.quantization} (see assumed)`;
  } else {
    how = `computed as parameters × ${precision}`;
  }
  lines.push(`    ${"weight bytes".padEnd(LABEL_WIDTH)}${formatGB(e.model.weightsBytes)} in ${precision}, ${how}`);
  for (const assumption of e.model.assumptions) lines.push(`    ${"assumed".padEnd(LABEL_WIDTH)}${paint(assumption, "dim")}`);
  return lines;
}

/** `3 errors, 1 warning, 1 notice in 3 deployments across 5 files (1 suppressed, 4 baselined)`; baselined only when a baseline was used. */
function summaryLine(report: CheckReport, paint: Paint): string {
  const s = report.summary;
  const errors = plural(s.errors, "error");
  const warnings = plural(s.warnings, "warning");
  const notices = plural(s.notices, "notice");
  const counts = [
    s.errors > 0 ? paint(errors, ...SEVERITY_STYLE.error) : errors,
    s.warnings > 0 ? paint(warnings, ...SEVERITY_STYLE.warning) : warnings,
    s.notices > 0 ? paint(notices, ...SEVERITY_STYLE.notice) : notices,
  ].join(", ");
  const quiet = [s.suppressed > 0 ? `${s.suppressed} suppressed` : "", s.baselined !== undefined ? `${s.baselined} baselined` : ""].filter((q) => q !== "");
  const suppressed = quiet.length > 0 ? ` (${quiet.join(", ")})` : "";
  return `${counts} in ${plural(s.deployments, "deployment")} across ${plural(s.files, "file")}${suppressed}`;
}

/** The human report of `llm-physics check`: findings, then one line per deployment, then totals. */
export function formatText(report: CheckReport, options: TextOptions = {}): string {
  const paint = painter(options.color ?? false);
  const blocks: string[][] = [];
  if (report.findings.length > 0) blocks.push(report.findings.map((f) => findingLine(f, paint)));
  if (report.deployments.length > 0) {
    blocks.push(report.deployments.flatMap((d) => (options.verbose ? [deploymentLine(d, paint), ...factLines(d, paint)] : [deploymentLine(d, paint)])));
  }
  if (report.skipped.length > 0) blocks.push(report.skipped.map((s) => `${shownFile(s.file)}: skipped: ${s.reason}`));
  blocks.push([summaryLine(report, paint), paint("GB = 10^9 bytes, TB/s = 10^12 bytes/s", "dim")]);
  // Printed by a `run:` step, no line may read as a workflow command, whatever a file was named.
  return neutralizeWorkflowCommands(blocks.map((lines) => lines.join("\n")).join("\n\n") + "\n");
}
