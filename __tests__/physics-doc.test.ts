import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GPUS } from "../src/catalog/gpus.js";
import { MODELS } from "../src/catalog/models.js";
import { modelInputFromSpec } from "../src/catalog/resolve.js";
import { estimate } from "../src/estimate/estimate.js";
import type { Architecture } from "../src/physics/architecture.js";
import * as kvCache from "../src/physics/kv-cache.js";
import * as memory from "../src/physics/memory.js";
import * as params from "../src/physics/params.js";
import * as performance from "../src/physics/performance.js";
import * as precision from "../src/physics/precision.js";
import { isPrecision, type Precision } from "../src/physics/precision.js";
import * as tier from "../src/physics/tier.js";

// docs/physics.md states the model; this keeps it honest. Every `docs/physics.md#anchor` cited in
// src/ (and README.md) must be a heading of the page, every exported physics function must cite
// the page, and every worked example in a ```check block is recomputed with the real code.

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DOC_PATH = "docs/physics.md";
const DOC = readFileSync(join(REPO_ROOT, DOC_PATH), "utf8");

/** The sections other parts of the project rely on by anchor. */
const REQUIRED_ANCHORS = [
  "units-and-conventions",
  "defaults",
  "bytes-per-value",
  "parameters",
  "weights",
  "kv-cache",
  "standard-attention-mha-gqa-mqa",
  "multi-head-latent-attention-mla",
  "sliding-windows",
  "workspace",
  "footprint",
  "usable-memory",
  "headroom-and-fit",
  "tensor-and-pipeline-parallelism",
  "kv-capacity-and-concurrency",
  "tiers",
  "bandwidth-and-decode-speed",
  "required-bandwidth",
  "decode-speed",
  "mixture-of-experts",
  "prefill-and-arithmetic-intensity",
  "compute-format-and-ridge-point",
  "constants-and-their-sources",
];

/** Sections whose formulas must keep at least one machine-checked worked example. */
const SECTIONS_WITH_CHECKS = [
  "bytes-per-value",
  "parameters",
  "weights",
  "standard-attention-mha-gqa-mqa",
  "multi-head-latent-attention-mla",
  "sliding-windows",
  "workspace",
  "footprint",
  "usable-memory",
  "headroom-and-fit",
  "tensor-and-pipeline-parallelism",
  "kv-capacity-and-concurrency",
  "tiers",
  "required-bandwidth",
  "decode-speed",
  "mixture-of-experts",
  "prefill-and-arithmetic-intensity",
  "compute-format-and-ridge-point",
];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, `-1`, `-2`… on repeats. */
function githubAnchor(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

interface Heading {
  anchor: string;
  line: number;
  level: number;
}

function headings(markdown: string): Heading[] {
  const seen = new Map<string, number>();
  const result: Heading[] = [];
  let inFence = false;
  markdown.split("\n").forEach((text, index) => {
    if (/^\s*```/.test(text)) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,6}) (.*)$/.exec(text);
    if (!heading) return;
    const base = githubAnchor(heading[2]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.push({ anchor: count === 0 ? base : `${base}-${count}`, line: index + 1, level: heading[1]!.length });
  });
  return result;
}

const DOC_HEADINGS = headings(DOC);
const DOC_ANCHORS = new Set(DOC_HEADINGS.map((h) => h.anchor));

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts")) files.push(path);
  }
  return files.sort();
}

interface Citation {
  where: string;
  anchor: string;
}

/** Every `docs/physics.md#anchor` in a file, with its place. */
function citations(path: string): Citation[] {
  const found: Citation[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((text, index) => {
      for (const match of text.matchAll(/docs\/physics\.md#([\p{L}\p{N}_-]+)/gu)) {
        found.push({ where: `${relative(REPO_ROOT, path)}:${index + 1}`, anchor: match[1]! });
      }
    });
  return found;
}

// ---------------------------------------------------------------------------- check blocks

type ModelInput = Parameters<typeof estimate>[0];
type EstimateOptions = NonNullable<Parameters<typeof estimate>[2]>;

interface CheckBlock {
  /** 1-based line of the opening fence. */
  line: number;
  /** Anchor of the nearest heading above it. */
  section: string;
  /** That heading's anchor and those of the headings it is nested in. */
  sections: string[];
  lines: Array<{ text: string; line: number }>;
}

function checkBlocks(markdown: string): CheckBlock[] {
  const blocks: CheckBlock[] = [];
  const lines = markdown.split("\n");
  let current: CheckBlock | null = null;
  let inOtherFence = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (current) {
      if (/^```\s*$/.test(text)) {
        blocks.push(current);
        current = null;
      } else current.lines.push({ text, line: i + 1 });
      continue;
    }
    if (inOtherFence) {
      if (/^\s*```/.test(text)) inOtherFence = false;
      continue;
    }
    if (/^```check\s*$/.test(text)) {
      const above = DOC_HEADINGS.filter((h) => h.line < i + 1);
      const sections: string[] = [];
      let level = Infinity;
      for (const h of above.reverse()) {
        if (h.level < level) {
          sections.push(h.anchor);
          level = h.level;
        }
      }
      current = { line: i + 1, section: sections[0] ?? "", sections, lines: [] };
    } else if (/^\s*```/.test(text)) inOtherFence = true;
  }
  if (current) throw new Error(`${DOC_PATH}:${current.line}: a check block is not closed`);
  return blocks;
}

const INPUT_KEYS = ["model", "gpu", "gpus", "precision", "kv-precision", "context", "batch", "target-tps", "memory-fraction", "tp", "pp", "dp", "dp-replicas"] as const;
type InputKey = (typeof INPUT_KEYS)[number];

/** Every function the physics modules export, callable by name from a check block. */
const FUNCTIONS: Record<string, (...args: never[]) => unknown> = {};
for (const module of [precision, kvCache, memory, params, performance, tier]) {
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === "function") FUNCTIONS[name] = value as (...args: never[]) => unknown;
  }
}

type Expected = { kind: "number"; value: number; decimals: number } | { kind: "other"; value: string | boolean | null };

/** `141,107,412,992`, `-107.9`, `0.5`, `null`, `true`, `consumer`. */
function parseExpected(text: string): Expected {
  if (text === "null") return { kind: "other", value: null };
  if (text === "true" || text === "false") return { kind: "other", value: text === "true" };
  const number = /^(-?)(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?$/.exec(text);
  if (number) {
    const decimals = number[3]?.length ?? 0;
    return { kind: "number", value: Number(`${number[1]}${number[2]!.replace(/,/g, "")}${decimals ? `.${number[3]}` : ""}`), decimals };
  }
  return { kind: "other", value: text };
}

/** A field of an object by dotted path; throws when a step is missing (null is a value). */
function field(value: unknown, path: string, what: string): unknown {
  let current: unknown = value;
  for (const step of path.split(".").filter((s) => s !== "")) {
    if (current === null || typeof current !== "object" || !(step in current)) {
      throw new Error(`${what} has no field ${path}`);
    }
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

function modelInput(id: string): ModelInput {
  const spec = MODELS.find((m) => m.id === id);
  if (!spec) throw new Error(`unknown catalog model ${id}`);
  return modelInputFromSpec(spec);
}

function precisionInput(key: string, text: string): Precision {
  if (!isPrecision(text)) throw new Error(`${key}: ${text} is not a precision`);
  return text;
}

function numberInput(key: string, text: string): number {
  const value = Number(text.replace(/[_,]/g, ""));
  if (!Number.isFinite(value)) throw new Error(`${key}: ${text} is not a number`);
  return value;
}

function estimateOptions(inputs: Partial<Record<InputKey, string>>): EstimateOptions {
  const options: EstimateOptions = {};
  for (const [key, text] of Object.entries(inputs) as Array<[InputKey, string]>) {
    if (key === "precision") options.precision = precisionInput(key, text);
    else if (key === "kv-precision") options.kvPrecision = precisionInput(key, text);
    else if (key === "gpus") options.gpuCount = numberInput(key, text);
    else if (key === "context") options.contextTokens = numberInput(key, text);
    else if (key === "batch") options.batch = numberInput(key, text);
    else if (key === "target-tps") options.targetTokensPerSec = numberInput(key, text);
    else if (key === "memory-fraction") options.memoryFraction = numberInput(key, text);
    else if (key === "tp") options.tensorParallel = numberInput(key, text);
    else if (key === "pp") options.pipelineParallel = numberInput(key, text);
    else if (key === "dp") {
      options.dataParallel = numberInput(key, text);
      options.expertsSpanDataParallel ??= true;
    } else if (key === "dp-replicas") options.expertsSpanDataParallel = text !== "true";
  }
  return options;
}

interface Scope {
  arch?: Architecture;
  params?: params.ParamBreakdown;
}

/** `kvHeadsPerRank(8, 16)`, `countParams(arch).paramsTotal`: a call with literal arguments, then a field path. */
function evaluateCall(text: string, scope: Scope): unknown {
  const call = /^([A-Za-z_]\w*)\(([^()]*)\)((?:\.\w+)*)$/.exec(text);
  if (!call) throw new Error(`cannot read ${JSON.stringify(text)} as a call`);
  const [, name, argText, path] = call as unknown as [string, string, string, string];
  const fn = FUNCTIONS[name];
  if (!fn) throw new Error(`${name} is not a function exported by src/physics`);
  const args = argText
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "")
    .map((arg): unknown => {
      if (arg === "arch" || arg === "params") {
        const value = scope[arg];
        if (value === undefined) throw new Error(`${arg} needs a model: line in the block`);
        return value;
      }
      if (/^-?[\d_]+(\.\d+)?$/.test(arg)) return Number(arg.replace(/_/g, ""));
      if (/^[a-z]\w*$/i.test(arg)) return arg;
      throw new Error(`cannot read argument ${JSON.stringify(arg)}`);
    });
  const result = (fn as (...a: unknown[]) => unknown)(...args);
  return field(result, path.replace(/^\./, ""), `${name}(…)`);
}

function matches(actual: unknown, expected: Expected): boolean {
  if (expected.kind === "other") return actual === expected.value;
  if (typeof actual !== "number" || !Number.isFinite(actual)) return false;
  const tolerance = 0.5 * 10 ** -expected.decimals + Math.abs(expected.value) * 1e-12;
  return Math.abs(actual - expected.value) <= tolerance;
}

interface Outcome {
  where: string;
  claim: string;
  actual: unknown;
  ok: boolean;
}

function runBlock(block: CheckBlock): Outcome[] {
  const inputs: Partial<Record<InputKey, string>> = {};
  const assertions: Array<{ left: string; right: string; line: number }> = [];
  for (const { text, line } of block.lines) {
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const assertion = /^(.+?)\s+=\s+(\S+)$/.exec(trimmed);
    const input = /^([a-z-]+):\s+(\S+)$/.exec(trimmed);
    if (assertion) assertions.push({ left: assertion[1]!, right: assertion[2]!, line });
    else if (input) {
      const key = input[1]!;
      if (!(INPUT_KEYS as readonly string[]).includes(key)) throw new Error(`${DOC_PATH}:${line}: unknown input ${key}`);
      inputs[key as InputKey] = input[2]!;
    } else throw new Error(`${DOC_PATH}:${line}: neither an input (name: value) nor an assertion (left = value): ${trimmed}`);
  }
  if (assertions.length === 0) throw new Error(`${DOC_PATH}:${block.line}: a check block without assertions`);

  const scope: Scope = {};
  if (inputs.model) {
    const arch = modelInput(inputs.model).architecture;
    scope.arch = arch;
    scope.params = params.countParams(arch);
  }
  let result: unknown;
  const estimated = (): unknown => {
    if (result !== undefined) return result;
    if (!inputs.model || !inputs.gpu) throw new Error(`${DOC_PATH}:${block.line}: an estimate field needs model: and gpu: lines`);
    const gpu = GPUS.find((g) => g.id === inputs.gpu);
    if (!gpu) throw new Error(`${DOC_PATH}:${block.line}: unknown catalog GPU ${inputs.gpu}`);
    result = estimate(modelInput(inputs.model), gpu, estimateOptions(inputs));
    return result;
  };

  return assertions.map(({ left, right, line }) => {
    const actual = left.includes("(") ? evaluateCall(left, scope) : field(estimated(), left, "the estimate");
    return { where: `${DOC_PATH}:${line}`, claim: `${left} = ${right}`, actual, ok: matches(actual, parseExpected(right)) };
  });
}

// ---------------------------------------------------------------------------- tests

describe("docs/physics.md anchors", () => {
  it("has every section the project cites, each anchor once", () => {
    for (const anchor of REQUIRED_ANCHORS) {
      expect(DOC_HEADINGS.filter((h) => h.anchor === anchor), anchor).toHaveLength(1);
    }
  });

  it("has a heading for every docs/physics.md#anchor cited in src/ and README.md", () => {
    const cited = [...sourceFiles(join(REPO_ROOT, "src")), join(REPO_ROOT, "README.md")].flatMap(citations);
    expect(cited.length).toBeGreaterThan(0);
    const missing = cited.filter((c) => !DOC_ANCHORS.has(c.anchor)).map((c) => `${c.where}: #${c.anchor}`);
    expect(missing, `anchors cited but not headings of ${DOC_PATH}`).toEqual([]);
  });

  it("has a heading for every link to one of its own sections", () => {
    const links = [...DOC.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((anchor) => !DOC_ANCHORS.has(anchor))).toEqual([]);
  });

  it("is cited by the doc comment of every exported physics function and of estimate()", () => {
    const files = [...sourceFiles(join(REPO_ROOT, "src/physics")), join(REPO_ROOT, "src/estimate/estimate.ts")];
    const uncited: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/^export function (\w+)/gm)) {
        if (file.endsWith("estimate.ts") && match[1] !== "estimate") continue;
        // The comment block right above the declaration.
        const before = text.slice(0, match.index);
        const comment = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/.exec(before)?.[1] ?? "";
        if (!/docs\/physics\.md#[\p{L}\p{N}_-]+/u.test(comment)) uncited.push(`${relative(REPO_ROOT, file)}: ${match[1]}`);
      }
    }
    expect(uncited, `functions whose doc comment does not cite ${DOC_PATH}#<anchor>`).toEqual([]);
  });
});

describe("docs/physics.md worked examples", () => {
  const blocks = checkBlocks(DOC);

  it("keeps a checked example in every section with a formula", () => {
    const sections = new Set(blocks.flatMap((b) => b.sections));
    expect(SECTIONS_WITH_CHECKS.filter((s) => !sections.has(s))).toEqual([]);
  });

  it.each(blocks.map((block) => [`${block.section} (line ${block.line})`, block] as const))("%s matches the code", (_name, block) => {
    const drifted = runBlock(block)
      .filter((o) => !o.ok)
      .map((o) => `${o.where}: ${o.claim}, the code gives ${JSON.stringify(o.actual)}`);
    expect(drifted).toEqual([]);
  });

  it("reads numbers the way the page writes them", () => {
    expect(parseExpected("141,107,412,992")).toEqual({ kind: "number", value: 141_107_412_992, decimals: 0 });
    expect(parseExpected("-107.9")).toEqual({ kind: "number", value: -107.9, decimals: 1 });
    expect(parseExpected("consumer")).toEqual({ kind: "other", value: "consumer" });
    expect(matches(166.629, parseExpected("166.63"))).toBe(true);
    expect(matches(166.62, parseExpected("166.63"))).toBe(false);
    expect(matches(131_073, parseExpected("131,072"))).toBe(false);
    expect(matches(null, parseExpected("null"))).toBe(true);
    expect(matches(0, parseExpected("null"))).toBe(false);
  });
});
