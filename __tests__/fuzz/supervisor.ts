import { fork } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encode } from "./encodings.js";
import { INVARIANTS, type InvariantId } from "./names.js";
import type { MinimizeTarget } from "./minimize.js";
import { generateMutant } from "./mutators.js";
import { loadSources } from "./sources.js";
import { iterationName, keepMutant, materialize, mutantSize, removeTree, type Violation } from "./store.js";
import type { Problem } from "./invariants.js";
import type { CheckJob, FuzzJob, Job, MinimizedMessage, MinimizeJob, WorkerMessage } from "./worker.js";

/**
 * Runs the fuzz loop in a child process and keeps going when a mutant kills it (a V8 fatal
 * error, a stack overflow in native code) or hangs it (a read that never ends): that mutant
 * becomes a violation with its saved directory, and a fresh child takes the next iteration.
 * Used by `npm run fuzz` (scripts/fuzz.mjs) and by __tests__/fuzz.test.ts.
 */

export interface SuperviseOptions {
  repoRoot: string;
  seed: number;
  /** First iteration (default 0). */
  start?: number;
  /** Iterations to run. */
  count?: number;
  /** Or: stop starting new iterations after this many seconds. */
  seconds?: number;
  /** Where failing mutants are kept. */
  outDir: string;
  /** A child silent for this long is killed and its iteration reported (default 60 s). */
  iterationTimeoutMs?: number;
  replayEvery?: number;
  replayAtEnd?: number;
  onEvent?: (event: WorkerMessage | { type: "crash"; violation: Violation }) => void;
}

export interface FuzzSummary {
  seed: number;
  iterations: number;
  skipped: number;
  violations: Violation[];
  ms: number;
  outDir: string;
}

/** Bundle the worker (and the engine it checks) into node_modules/.cache, as the script does. */
export async function bundleWorker(repoRoot: string): Promise<string> {
  const { build } = await import("esbuild");
  const outfile = join(repoRoot, "node_modules", ".cache", "llm-physics-fuzz", "worker.mjs");
  await build({
    entryPoints: [join(repoRoot, "__tests__", "fuzz", "worker.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "inline",
    logLevel: "warning",
    banner: { js: "import { createRequire as __fuzzCreateRequire } from 'node:module';\nconst require = __fuzzCreateRequire(import.meta.url);" },
  });
  return outfile;
}

interface ChildResult {
  ended: boolean;
  /** The iteration the child was on when it died or was killed. */
  inFlight: { iteration: number; dir: string } | null;
  code: number | null;
  signal: NodeJS.Signals | null;
  killed: boolean;
  stderr: string;
  failed: string | null;
}

function runChild(worker: string, job: Job, timeoutMs: number, onMessage: (m: WorkerMessage) => void): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = fork(worker, [], { execArgv: ["--max-old-space-size=4096", "--enable-source-maps"], stdio: ["ignore", "pipe", "pipe", "ipc"] });
    let stderr = "";
    let ended = false;
    let killed = false;
    let failed: string | null = null;
    let inFlight: ChildResult["inFlight"] = null;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        killed = true;
        child.kill("SIGKILL");
      }, timeoutMs);
    };
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-8000);
    });
    child.stdout?.on("data", () => undefined);
    child.on("message", (message: WorkerMessage) => {
      arm();
      if (message.type === "start") inFlight = { iteration: message.iteration, dir: message.dir };
      else if (message.type === "outcome") inFlight = null;
      else if (message.type === "end") ended = true;
      else if (message.type === "failed") failed = message.message;
      onMessage(message);
    });
    child.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ ended, inFlight, code, signal, killed, stderr, failed });
    });
    arm();
    child.send(job);
  });
}

/** The line of a dead child's stderr that says why: V8's FATAL ERROR, or the first error. */
function causeOf(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim());
  return (
    lines.find((l) => /FATAL ERROR/.test(l)) ??
    lines.find((l) => /^(RangeError|TypeError|Error|.*Error:)/.test(l)) ??
    lines.filter((l) => l !== "").slice(-1)[0] ??
    "no output"
  ).slice(0, 160);
}

export async function superviseFuzz(options: SuperviseOptions): Promise<FuzzSummary> {
  const started = Date.now();
  const worker = await bundleWorker(options.repoRoot);
  const sources = loadSources(options.repoRoot);
  const timeoutMs = options.iterationTimeoutMs ?? 60_000;
  const deadline = options.seconds === undefined ? undefined : started + options.seconds * 1000;
  mkdirSync(options.outDir, { recursive: true });
  const violations: Violation[] = [];
  let iterations = 0;
  let skipped = 0;
  let next = options.start ?? 0;
  for (;;) {
    const remaining = options.count === undefined ? undefined : options.count - iterations;
    if (remaining !== undefined && remaining <= 0) break;
    if (deadline !== undefined && Date.now() >= deadline) break;
    const workDir = join(options.outDir, `.work-${next}`);
    const job: FuzzJob = {
      type: "fuzz",
      repoRoot: options.repoRoot,
      seed: options.seed,
      start: next,
      ...(remaining === undefined ? {} : { count: remaining }),
      ...(deadline === undefined ? {} : { deadline }),
      workDir,
      keepDir: options.outDir,
      replayEvery: options.replayEvery ?? 10,
      replayAtEnd: options.replayAtEnd ?? 50,
    };
    let done = 0;
    const result = await runChild(worker, job, timeoutMs, (message) => {
      if (message.type === "outcome") {
        done++;
        violations.push(...message.outcome.violations);
        if (message.outcome.skipped) skipped++;
      } else if (message.type === "replay") {
        violations.push(...message.violations);
      } else if (message.type === "end") {
        // counted from the outcomes
      }
      options.onEvent?.(message);
    });
    iterations += done;
    if (result.failed) throw new Error(`the fuzz worker failed (a bug in the harness, not a finding):\n${result.failed}`);
    if (result.ended) {
      removeTree(workDir);
      break;
    }
    if (!result.inFlight) {
      removeTree(workDir);
      if (result.killed || result.signal || result.code !== 0) {
        // Died outside an iteration (the baseline or the re-runs at the end): report it on the baseline.
        const violation = crashViolation(options.seed, -1, "text", "none", "the baseline or the re-runs at the end of the session", options.outDir, 0, result, timeoutMs);
        violations.push(violation);
        options.onEvent?.({ type: "crash", violation });
        break;
      }
      throw new Error(`the fuzz worker exited without a result (code ${result.code}):\n${result.stderr}`);
    }
    const { iteration, dir } = result.inFlight;
    iterations++;
    const mutant = generateMutant(sources, options.seed, iteration);
    const violation = crashViolation(options.seed, iteration, mutant.family, mutant.op, mutant.description, dir, mutantSize(mutant), result, timeoutMs);
    if (!existsSync(dir)) {
      try {
        materialize(mutant.entries, dir);
      } catch {
        // keepMutant writes the record even so
      }
    }
    keepMutant(mutant, dir, options.outDir, iteration, options.seed, [violation]);
    violations.push(violation);
    options.onEvent?.({ type: "crash", violation });
    removeTree(workDir);
    next = iteration + 1;
  }
  return { seed: options.seed, iterations, skipped, violations, ms: Date.now() - started, outDir: options.outDir };
}

function crashViolation(seed: number, iteration: number, family: Violation["family"], op: string, mutator: string, path: string, size: number, result: ChildResult, timeoutMs: number): Violation {
  const invariant: InvariantId = result.killed ? 7 : 1;
  const check = result.killed
    ? `an iteration ran longer than ${Math.round(timeoutMs / 1000)} s (the process was killed)`
    : `the process died (${result.signal ?? `exit code ${result.code}`}): ${causeOf(result.stderr)}`;
  return {
    seed,
    iteration,
    family,
    op,
    mutator,
    invariant,
    invariantName: INVARIANTS[invariant],
    check,
    detail: result.stderr.slice(-600),
    count: 1,
    path,
    size,
  };
}

/** Violations grouped by invariant and check: one line per distinct bug, with its smallest mutant. */
export interface DistinctViolation {
  invariant: InvariantId;
  check: string;
  count: number;
  families: string[];
  smallest: Violation;
}

export function distinctViolations(violations: readonly Violation[]): DistinctViolation[] {
  const groups = new Map<string, DistinctViolation>();
  for (const v of violations) {
    const key = `${v.invariant}\u0000${v.check}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { invariant: v.invariant, check: v.check, count: 1, families: [v.family], smallest: v });
      continue;
    }
    g.count++;
    if (!g.families.includes(v.family)) g.families.push(v.family);
    if (v.size < g.smallest.size) g.smallest = v;
  }
  return [...groups.values()].sort((a, b) => a.invariant - b.invariant || (a.check < b.check ? -1 : 1));
}

export function formatViolation(v: Violation): string {
  return [
    `invariant ${v.invariant} (${v.invariantName}): ${v.check}${v.count > 1 ? ` ×${v.count}` : ""}`,
    `  seed ${v.seed}, iteration ${v.iteration}, mutator ${v.family}/${v.op}: ${v.mutator}`,
    `  ${v.detail.split("\n").slice(0, 6).join("\n  ")}`,
    `  mutant: ${v.path}  (replay: npm run fuzz -- --seed ${v.seed} --iteration ${v.iteration})`,
  ].join("\n");
}

export interface MinimizeOptions {
  repoRoot: string;
  seed: number;
  targets: MinimizeTarget[];
  outDir: string;
  seconds: number;
  onEvent?: (message: WorkerMessage) => void;
}

/** Shrink each target's mutant (in a child, as a crash would otherwise end the run), and save what is left under `<outDir>/minimal/`. */
export async function superviseMinimize(options: MinimizeOptions): Promise<(MinimizedMessage & { dir: string })[]> {
  const worker = await bundleWorker(options.repoRoot);
  const sources = loadSources(options.repoRoot);
  const deadline = Date.now() + options.seconds * 1000;
  const results: (MinimizedMessage & { dir: string })[] = [];
  let targets = [...options.targets];
  while (targets.length > 0 && Date.now() < deadline) {
    const workDir = join(options.outDir, ".work-minimize");
    const job: MinimizeJob = { type: "minimize", repoRoot: options.repoRoot, seed: options.seed, targets, workDir, deadline };
    let current: MinimizeTarget | null = null;
    const outcome = await runChild(worker, job, Math.max(60_000, options.seconds * 1000), (message) => {
      if (message.type === "minimizing") current = message.target;
      if (message.type === "minimized") {
        current = null;
        targets = targets.filter((t) => t !== targets.find((x) => x.iteration === message.target.iteration && x.check === message.target.check));
        if (message.result) {
          const mutant = generateMutant(sources, options.seed, message.target.iteration);
          const dir = join(options.outDir, "minimal", `${String(results.length + 1).padStart(2, "0")}-inv${message.target.invariant}-${iterationName(message.target.iteration, mutant.family, mutant.op)}`);
          removeTree(dir);
          mkdirSync(dir, { recursive: true });
          if (message.result.primary !== null && message.result.primaryPath) {
            const file = join(dir, message.result.primaryPath);
            mkdirSync(join(file, ".."), { recursive: true });
            const text = Buffer.from(message.result.primary, "base64");
            try {
              writeFileSync(file, mutant.utf8 ? encode(text.toString("utf8"), mutant.utf8.encoding) : text);
            } catch {
              // a file name the file system refuses was refused before
            }
          }
          writeFileSync(`${dir}.json`, JSON.stringify({ ...message.result, encoding: mutant.utf8?.encoding ?? "utf8", primary: message.result.primary === null ? null : Buffer.from(message.result.primary, "base64").toString("utf8") }, null, 2) + "\n");
          results.push({ ...message.result, dir });
        }
      }
      options.onEvent?.(message);
    });
    removeTree(join(options.outDir, ".work-minimize"));
    if (outcome.ended || outcome.failed) break;
    // The child died on a target: drop it and go on with the others.
    const dead: MinimizeTarget | null = current;
    if (dead === null) break;
    targets = targets.filter((t) => t !== dead);
  }
  return results;
}

/** Invariants 1 to 8 on an existing directory, in a child process: a reproducer tried against the current engine. */
export async function superviseCheck(repoRoot: string, dir: string, timeoutMs = 60_000): Promise<Problem[]> {
  const worker = await bundleWorker(repoRoot);
  const job: CheckJob = { type: "check", repoRoot, dir };
  let problems: Problem[] = [];
  const result = await runChild(worker, job, timeoutMs, (message) => {
    if (message.type === "checked") problems = message.problems;
  });
  if (result.failed) throw new Error(result.failed);
  if (result.killed) return [{ invariant: 7, check: `the check ran longer than ${Math.round(timeoutMs / 1000)} s (the process was killed)`, detail: "" }];
  if (!result.ended) return [{ invariant: 1, check: `the process died (${result.signal ?? `exit code ${result.code}`}): ${causeOf(result.stderr)}`, detail: result.stderr.slice(-600) }];
  return problems;
}
