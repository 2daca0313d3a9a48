import { lstatSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Ajv2020Import from "ajv/dist/2020.js";
import { runCheck } from "../../src/pipeline/check.js";
import { defaultConfig } from "../../src/config/config.js";
import { formatReport } from "../../src/report/index.js";
import type { CheckReport } from "../../src/report/report.js";
import type { InvariantId } from "./names.js";

/**
 * The invariants every mutant directory must keep, whatever its files hold. Each check returns
 * the problems it sees as `Problem`s: the invariant, a short fixed name of what failed (the same
 * for the same bug, so that a run can count distinct bugs) and the particulars.
 */

export { INVARIANTS, type InvariantId } from "./names.js";

export interface Problem {
  invariant: InvariantId;
  /** What failed, in words that do not depend on the mutant: the key for counting distinct bugs. */
  check: string;
  detail: string;
}

export const OUTPUT_NAMES = ["text", "textVerbose", "json", "sarif", "github"] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];
export type Outputs = Record<OutputName, string>;

export interface RunResult {
  report: CheckReport | null;
  outputs: Partial<Outputs>;
  errors: { stage: string; message: string }[];
  warnings: string[];
  ms: number;
}

// ajv is CommonJS: under NodeNext the default import is the module object, whose `default` is the class.
type Ajv2020Class = typeof Ajv2020Import.default;
const Ajv2020 = ((Ajv2020Import as unknown as { default?: Ajv2020Class }).default ?? Ajv2020Import) as Ajv2020Class;

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const validators = new Map<string, Validate>();

function reportValidator(repoRoot: string): Validate {
  let validate = validators.get(repoRoot);
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(repoRoot, "schemas", "report.schema.json"), "utf8")) as Record<string, unknown>;
    // allowUnionTypes only silences strict mode's note on `type: [string, number]`; validation is the same.
    validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema) as Validate;
    validators.set(repoRoot, validate);
  }
  return validate;
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const frame = (error.stack ?? "").split("\n").find((l) => /^\s+at /.test(l))?.trim() ?? "";
    return `${error.name}: ${error.message.slice(0, 300)}${frame ? ` (${frame})` : ""}`;
  }
  return String(error).slice(0, 300);
}

/** One in-process run of `check .` in `dir`, rendered in every format, with the process warnings it caused. */
export async function runOnce(dir: string): Promise<RunResult> {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on("warning", onWarning);
  const errors: RunResult["errors"] = [];
  const outputs: Partial<Outputs> = {};
  let report: CheckReport | null = null;
  const started = performance.now();
  try {
    try {
      report = runCheck({ cwd: dir, paths: ["."], config: defaultConfig() });
    } catch (error) {
      errors.push({ stage: "runCheck", message: errorText(error) });
    }
    if (report) {
      const render: [OutputName, () => string][] = [
        ["text", () => formatReport("text", report!)],
        ["textVerbose", () => formatReport("text", report!, { verbose: true })],
        ["json", () => formatReport("json", report!)],
        ["sarif", () => formatReport("sarif", report!)],
        ["github", () => formatReport("github", report!)],
      ];
      for (const [name, fn] of render) {
        try {
          outputs[name] = fn();
        } catch (error) {
          errors.push({ stage: `formatReport ${name}`, message: errorText(error) });
        }
      }
    }
    // process.emitWarning delivers on the next tick.
    await new Promise<void>((resolve) => setImmediate(resolve));
  } finally {
    process.off("warning", onWarning);
  }
  return { report, outputs, errors, warnings, ms: performance.now() - started };
}

/** Lines of a file as a YAML reader may count them: LF, CRLF and lone CR each end one. */
function lineCount(data: Buffer): number {
  let breaks = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x0a) breaks++;
    else if (data[i] === 0x0d && data[i + 1] !== 0x0a) breaks++;
  }
  return breaks + 1;
}

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_ALL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

function describeControls(text: string): string {
  const codes = new Set<string>();
  for (const m of text.matchAll(CONTROL_ALL)) codes.add(`U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  const first = text.search(CONTROL);
  return `${[...codes].slice(0, 8).join(" ")} in ${JSON.stringify(text.slice(Math.max(0, first - 40), first + 40))}`;
}

function clip(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export interface CheckInputs {
  dir: string;
  repoRoot: string;
  /** Bytes of the YAML files in the directory: the input the report size is bounded by. */
  inputBytes: number;
}

function positionProblems(report: CheckReport, dir: string): Problem[] {
  const problems: Problem[] = [];
  const counts = new Map<string, number>();
  const linesOf = (file: string): number | null => {
    if (!counts.has(file)) {
      // Only a regular file is read (a FIFO would block the harness). One that is there but not
      // a readable regular file (a FIFO, a dangling link, a link loop) has no lines: a finding
      // may only point at its line 1.
      const path = join(dir, file);
      let lines = -1;
      try {
        lstatSync(path);
        lines = 0;
        if (statSync(path).isFile()) lines = lineCount(readFileSync(path));
      } catch {
        // not there (-1), or there and unreadable (0)
      }
      counts.set(file, lines);
    }
    const n = counts.get(file)!;
    return n < 0 ? null : n;
  };
  const checkFile = (what: string, file: string) => {
    if (file === "" || file.startsWith("/") || /^[A-Za-z]:/.test(file)) problems.push({ invariant: 3, check: `${what} file is not relative`, detail: JSON.stringify(file) });
    if (file.includes("\\")) problems.push({ invariant: 3, check: `${what} file has a backslash`, detail: JSON.stringify(file) });
    if (file.split("/").includes("..")) problems.push({ invariant: 3, check: `${what} file has '..'`, detail: JSON.stringify(file) });
  };
  const checkLine = (what: string, file: string, line: number, label = "line") => {
    const n = linesOf(file);
    if (!Number.isInteger(line) || line < 1) problems.push({ invariant: 3, check: `${what} ${label} < 1`, detail: `${JSON.stringify(file)} ${label} ${line}` });
    else if (n === null) problems.push({ invariant: 3, check: `${what} file is not in the directory`, detail: JSON.stringify(file) });
    else if (line > n + 1) problems.push({ invariant: 3, check: `${what} ${label} past the end of the file`, detail: `${JSON.stringify(file)} ${label} ${line}, the file has ${n} lines` });
  };
  for (const f of report.findings) {
    checkFile("finding", f.file);
    checkLine(`finding (${f.ruleId})`, f.file, f.line);
    if (f.endLine < f.line) problems.push({ invariant: 3, check: `finding (${f.ruleId}) endLine < line`, detail: `${JSON.stringify(f.file)} ${f.line}-${f.endLine}` });
    else checkLine(`finding (${f.ruleId})`, f.file, f.endLine, "endLine");
    if (!Number.isInteger(f.column) || f.column < 1) problems.push({ invariant: 3, check: `finding (${f.ruleId}) column < 1`, detail: `${JSON.stringify(f.file)}:${f.line}:${f.column}` });
  }
  for (const d of report.deployments) {
    checkFile("deployment", d.file);
    checkLine("deployment", d.file, d.line);
    for (const [name, fact] of Object.entries(d.facts)) {
      if (!fact) continue;
      checkFile(`fact ${name}`, fact.file);
      checkLine(`fact ${name}`, fact.file, fact.line);
      if (!Number.isInteger(fact.column) || fact.column < 1) problems.push({ invariant: 3, check: `fact ${name} column < 1`, detail: `${JSON.stringify(fact.file)}:${fact.line}:${fact.column}` });
    }
  }
  return problems;
}

function workflowProblems(outputs: Partial<Outputs>): Problem[] {
  const problems: Problem[] = [];
  for (const name of ["text", "textVerbose", "json", "sarif"] as const) {
    const out = outputs[name];
    if (out === undefined) continue;
    for (const line of out.split("\n")) {
      if (/^\s*::/.test(line)) problems.push({ invariant: 5, check: `${name} output: a line starts with '::'`, detail: JSON.stringify(clip(line)) });
      if (line.includes("##[")) problems.push({ invariant: 5, check: `${name} output: a line holds '##['`, detail: JSON.stringify(clip(line)) });
    }
  }
  const github = outputs.github;
  if (github !== undefined) {
    const lines = github.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    for (const line of lines) {
      if (!/^::(error|warning|notice)( |::)/.test(line)) problems.push({ invariant: 5, check: "github output: a line is not an ::error/::warning/::notice command", detail: JSON.stringify(clip(line)) });
      if (line.includes("\r")) problems.push({ invariant: 5, check: "github output: a raw CR", detail: JSON.stringify(clip(line)) });
    }
  }
  return problems;
}

function controlProblems(report: CheckReport, outputs: Partial<Outputs>): Problem[] {
  const problems: Problem[] = [];
  for (const name of ["text", "textVerbose"] as const) {
    const out = outputs[name];
    if (out !== undefined && CONTROL.test(out)) problems.push({ invariant: 6, check: `${name} output holds raw control characters`, detail: describeControls(out) });
  }
  for (const f of report.findings) {
    if (CONTROL.test(f.message)) problems.push({ invariant: 6, check: `finding message (${f.ruleId}) holds raw control characters`, detail: describeControls(f.message) });
  }
  return problems;
}

function costProblems(report: CheckReport, outputs: Partial<Outputs>, inputBytes: number): Problem[] {
  const problems: Problem[] = [];
  if (outputs.json !== undefined) {
    const size = Buffer.byteLength(outputs.json);
    // Each deployment's report (three precision scenarios and the estimate) is bounded by the product,
    // values cut at 200 characters and at most 1,000 deployments a file: allow 16 kB each on top.
    const limit = 4 * inputBytes + 200_000 + 16_000 * report.deployments.length;
    if (size > limit) {
      problems.push({ invariant: 7, check: "json report larger than 4 × input + 200 kB + 16 kB per deployment", detail: `${size} bytes for ${inputBytes} bytes of input and ${report.deployments.length} deployments (limit ${limit})` });
    }
  }
  const per = new Map<string, number>();
  for (const f of report.findings) {
    const key = `${f.ruleId}\u0000${f.file}`;
    per.set(key, (per.get(key) ?? 0) + 1);
  }
  for (const [key, n] of per) {
    if (n > 101) {
      const [ruleId, file] = key.split("\u0000") as [string, string];
      problems.push({ invariant: 7, check: `more than 101 findings of one rule (${ruleId}) in one file`, detail: `${n} in ${JSON.stringify(file)}` });
    }
  }
  return problems;
}

/** Invariants 1, 2, 3, 5, 6, 7 and 8 on one run. */
export function checkRun(run: RunResult, inputs: CheckInputs): Problem[] {
  const problems: Problem[] = [];
  for (const e of run.errors) problems.push({ invariant: 1, check: `${e.stage} threw`, detail: e.message });
  for (const w of run.warnings) problems.push({ invariant: 8, check: `process warning: ${(w.split(/["\n]/)[0] ?? "").slice(0, 100)}`, detail: clip(w, 300) });
  const report = run.report;
  if (!report) return problems;
  const { json, sarif } = run.outputs;
  if (json !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      problems.push({ invariant: 2, check: "json output does not parse", detail: errorText(error) });
    }
    if (parsed !== undefined) {
      const validate = reportValidator(inputs.repoRoot);
      if (!validate(parsed)) {
        const errors = (validate.errors ?? []) as { instancePath?: string; message?: string }[];
        for (const e of errors.slice(0, 5)) {
          problems.push({ invariant: 2, check: `json output: ${(e.instancePath ?? "").replace(/\/\d+/g, "/*").replace(/\/scenarios\/[^/]+/g, "/scenarios/*")} ${e.message ?? "invalid"}`, detail: JSON.stringify(e) });
        }
      }
    }
  }
  if (sarif !== undefined) {
    try {
      JSON.parse(sarif);
    } catch (error) {
      problems.push({ invariant: 2, check: "sarif output does not parse", detail: errorText(error) });
    }
  }
  problems.push(...positionProblems(report, inputs.dir));
  problems.push(...workflowProblems(run.outputs));
  problems.push(...controlProblems(report, run.outputs));
  problems.push(...costProblems(report, run.outputs, inputs.inputBytes));
  return problems;
}

function firstDifference(a: string, b: string): string {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: ${JSON.stringify(clip(la[i] ?? "<none>", 120))} vs ${JSON.stringify(clip(lb[i] ?? "<none>", 120))}`;
  }
  return "same lines, different bytes";
}

/** Invariant 4 (and 9): `after` gives what `before` gave, output by output. */
export function compareRuns(before: Partial<Outputs>, after: Partial<Outputs>, invariant: 4 | 9, what: string, names: readonly OutputName[] = OUTPUT_NAMES): Problem[] {
  const problems: Problem[] = [];
  for (const name of names) {
    const a = before[name];
    const b = after[name];
    if (a === undefined && b === undefined) continue;
    if (a !== b) problems.push({ invariant, check: `${what}: ${name} output differs`, detail: a === undefined || b === undefined ? "missing in one run" : firstDifference(a, b) });
  }
  return problems;
}
