import { lstatSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkRun, compareRuns, INVARIANTS, runOnce, type Outputs, type Problem } from "./invariants.js";

export type { Problem } from "./invariants.js";
import { FAMILIES, generateMutant, type Family, type Mutant, type MutantEntry } from "./mutators.js";
import { Random } from "./random.js";
import { loadSources, type Sources } from "./sources.js";
import { inputBytes, iterationName, keepMutant, materialize, mutantSize, removeTree, SkipMutant, withPrimary, type Violation } from "./store.js";

export type { Violation } from "./store.js";

/**
 * The fuzz loop, in process: generate the mutant of an iteration, write it to its own directory,
 * check it twice, hold the invariants against the runs, now and then re-run an earlier directory
 * to see that nothing depends on what ran before. Failing directories are kept, with a
 * `<dir>.json` beside each that says how to get it back.
 */

export interface IterationOutcome {
  iteration: number;
  family: Family;
  op: string;
  description: string;
  dir: string;
  violations: Violation[];
  ms: number;
  /** The mutant could not be written here (a file name the file system refuses). */
  skipped?: string;
}

export interface MutantCheck {
  problems: Problem[];
  /** The outputs of the (last) mutant run, for later re-runs; null when a run failed. */
  outputs: Partial<Outputs> | null;
  ms: number;
}

/** Every invariant on one mutant, in `dir` (created here). */
export async function checkMutant(mutant: Mutant, dir: string, repoRoot: string): Promise<MutantCheck> {
  const inputs = { dir, repoRoot, inputBytes: inputBytes(mutant) };
  const problems: Problem[] = [];
  let ms = 0;
  let utf8Json: string | undefined;
  if (mutant.utf8) {
    // Invariant 9: the UTF-8 original first, in the same place, then the re-encoded file over it.
    materialize(withPrimary(mutant, mutant.utf8.data), dir);
    const base = await runOnce(dir);
    ms += base.ms;
    const utf8Inputs = { ...inputs, inputBytes: inputBytes({ ...mutant, entries: withPrimary(mutant, mutant.utf8.data) }) };
    problems.push(...checkRun(base, utf8Inputs).map((p) => ({ ...p, detail: `${p.detail} (in the UTF-8 original)` })));
    utf8Json = base.outputs.json;
    writeFileSync(join(dir, mutant.utf8.path), encodedPrimary(mutant));
  } else {
    materialize(mutant.entries, dir);
  }
  const first = await runOnce(dir);
  const second = await runOnce(dir);
  ms += first.ms + second.ms;
  problems.push(...checkRun(first, inputs));
  problems.push(...compareRuns(first.outputs, second.outputs, 4, "two runs in a row"));
  if (mutant.utf8 && utf8Json !== undefined) {
    problems.push(...compareRuns({ json: utf8Json }, { json: first.outputs.json ?? "" }, 9, `${mutant.utf8.encoding} against UTF-8`, ["json"]));
  }
  const ok = first.errors.length === 0;
  return { problems, outputs: ok ? first.outputs : null, ms };
}

function encodedPrimary(mutant: Mutant): Buffer {
  const primary = mutant.entries.find((e) => e.role === "primary");
  return primary && primary.kind === "file" ? primary.data : Buffer.alloc(0);
}

function yamlBytesUnder(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === ".git" || name === "dist") continue;
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) total += yamlBytesUnder(path);
    else if (stat.isFile() && /\.ya?ml$/.test(name)) total += stat.size;
  }
  return total;
}

/** Invariants 1 to 8 on a directory as it is (`npm run fuzz -- --check DIR`): to try a reproducer against the current engine. */
export async function checkDirectory(dir: string, repoRoot: string): Promise<Problem[]> {
  const inputs = { dir, repoRoot, inputBytes: yamlBytesUnder(dir) };
  const first = await runOnce(dir);
  const second = await runOnce(dir);
  return [...checkRun(first, inputs), ...compareRuns(first.outputs, second.outputs, 4, "two runs in a row")];
}

/** One violation per distinct check of a mutant, with how many times it failed there. */
function toViolations(problems: Problem[], base: Omit<Violation, "invariant" | "invariantName" | "check" | "detail" | "count">): Violation[] {
  const byCheck = new Map<string, Violation>();
  for (const p of problems) {
    const key = `${p.invariant}\u0000${p.check}`;
    const seen = byCheck.get(key);
    if (seen) seen.count++;
    else byCheck.set(key, { ...base, invariant: p.invariant, invariantName: INVARIANTS[p.invariant], check: p.check, detail: p.detail, count: 1 });
  }
  return [...byCheck.values()];
}

export interface FuzzOptions {
  repoRoot: string;
  seed: number;
  /** First iteration. */
  start: number;
  /** Iterations to run; with a deadline, stop at whichever comes first. */
  count?: number;
  /** Date.now() after which no new iteration starts. */
  deadline?: number;
  /** Where mutants are written while checked. */
  workDir: string;
  /** Where failing mutants are kept. */
  keepDir: string;
  /** Every so many iterations, re-run an earlier directory (0: never). */
  replayEvery?: number;
  /** At the end, re-run the earlier directories still held (at most this many, newest first). */
  replayAtEnd?: number;
  /** Earlier directories held for re-runs. */
  history?: number;
  onStart?: (iteration: number, mutant: Mutant, dir: string) => void;
  onOutcome?: (outcome: IterationOutcome) => void;
  /** Violations found by re-running an earlier directory (invariant 4). */
  onReplay?: (violations: Violation[]) => void;
}

interface Held {
  iteration: number;
  mutant: Mutant;
  dir: string;
  outputs: Partial<Outputs>;
}

export interface FuzzResult {
  iterations: number;
  violations: Violation[];
  skipped: number;
}

/** The fuzz loop. */
export async function runFuzz(options: FuzzOptions, sources: Sources = loadSources(options.repoRoot)): Promise<FuzzResult> {
  const { repoRoot, seed } = options;
  const replayEvery = options.replayEvery ?? 10;
  const historySize = options.history ?? 200;
  const replayRandom = new Random((seed ^ 0x5eed_f022) >>> 0);
  const held: Held[] = [];
  const violations: Violation[] = [];
  let iterations = 0;
  let skipped = 0;
  mkdirSync(options.workDir, { recursive: true });

  // A fixed directory, every source unmutated: checked first and last, it must not change.
  const baselineDir = join(options.workDir, `baseline-${seed}-${options.start}`);
  removeTree(baselineDir);
  const baselineMutant: Mutant = {
    family: "text",
    op: "none",
    source: "every fixture and example",
    description: "every source, unmutated (the baseline)",
    entries: [
      ...sources.manifests.map((m): MutantEntry => ({ kind: "file", path: m.path, data: m.data, role: "sibling" })),
      ...sources.configs.map((c): MutantEntry => ({ kind: "file", path: c.path, data: c.data, role: "config" })),
    ],
    heavy: false,
  };
  materialize(baselineMutant.entries, baselineDir);
  const baseline = await runOnce(baselineDir);

  const replay = async (entry: Held, when: string): Promise<void> => {
    const again = await runOnce(entry.dir);
    const problems = compareRuns(entry.outputs, again.outputs, 4, `re-run ${when}`);
    if (problems.length === 0) return;
    const base = { seed, iteration: entry.iteration, family: entry.mutant.family, op: entry.mutant.op, mutator: entry.mutant.description, path: entry.dir, size: mutantSize(entry.mutant) };
    const found = toViolations(problems, base);
    keepMutant(entry.mutant, entry.dir, options.keepDir, entry.iteration, seed, found);
    held.splice(held.indexOf(entry), 1);
    violations.push(...found);
    options.onReplay?.(found);
  };

  for (let iteration = options.start; ; iteration++) {
    if (options.count !== undefined && iterations >= options.count) break;
    if (options.deadline !== undefined && Date.now() >= options.deadline) break;
    iterations++;
    const mutant = generateMutant(sources, seed, iteration);
    const name = iterationName(iteration, mutant.family, mutant.op);
    const dir = join(options.workDir, name);
    removeTree(dir);
    options.onStart?.(iteration, mutant, dir);
    let outcome: IterationOutcome;
    try {
      const result = await checkMutant(mutant, dir, repoRoot);
      const found = toViolations(result.problems, { seed, iteration, family: mutant.family, op: mutant.op, mutator: mutant.description, path: dir, size: mutantSize(mutant) });
      if (found.length > 0) {
        keepMutant(mutant, dir, options.keepDir, iteration, seed, found);
        violations.push(...found);
      } else if (!mutant.heavy && result.outputs) {
        held.push({ iteration, mutant, dir, outputs: result.outputs });
        if (held.length > historySize) removeTree(held.shift()!.dir);
      } else {
        removeTree(dir);
      }
      outcome = { iteration, family: mutant.family, op: mutant.op, description: mutant.description, dir: found[0]?.path ?? dir, violations: found, ms: result.ms };
    } catch (error) {
      if (!(error instanceof SkipMutant)) throw error;
      skipped++;
      removeTree(dir);
      outcome = { iteration, family: mutant.family, op: mutant.op, description: mutant.description, dir, violations: [], ms: 0, skipped: error.message };
    }
    options.onOutcome?.(outcome);
    if (replayEvery > 0 && iterations % replayEvery === 0 && held.length > 1) {
      // Not the newest: something else must have run in between.
      await replay(held[replayRandom.int(held.length - 1)]!, "after other mutants");
    }
  }

  for (const entry of [...held].reverse().slice(0, options.replayAtEnd ?? 0)) await replay(entry, "at the end of the session");
  const last = await runOnce(baselineDir);
  // The baseline is every source at once, not a mutant: it is there for invariant 4 (the same
  // result first and last in a session), and is held to every other invariant as well.
  const baselineProblems = [
    ...compareRuns(baseline.outputs, last.outputs, 4, "unmutated sources, first and last run of the session"),
    ...checkRun(baseline, { dir: baselineDir, repoRoot, inputBytes: inputBytes(baselineMutant) }),
  ];
  if (baselineProblems.length > 0) {
    const found = toViolations(baselineProblems, { seed, iteration: -1, family: "text", op: "none", mutator: baselineMutant.description, path: baselineDir, size: mutantSize(baselineMutant) });
    keepMutant(baselineMutant, baselineDir, options.keepDir, -1, seed, found);
    violations.push(...found);
    options.onReplay?.(found);
  } else {
    removeTree(baselineDir);
  }
  for (const entry of held) removeTree(entry.dir);
  return { iterations, violations, skipped };
}

/** Iterations that cover every family once: the first FAMILIES.length of any seed. */
export const ALL_FAMILIES_ONCE = FAMILIES.length;
