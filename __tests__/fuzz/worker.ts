import { checkDirectory, runFuzz, type FuzzOptions, type IterationOutcome, type Problem } from "./harness.js";
import { minimize, type MinimizeTarget } from "./minimize.js";
import type { Violation } from "./store.js";
import { loadSources } from "./sources.js";

/**
 * The child process the supervisor forks (bundled by esbuild): it runs the fuzz loop, or the
 * minimizer, and reports every step over IPC, so that a mutant that kills or hangs the process
 * is still named, and the rest of the run goes on in a fresh child.
 */

/** The loop's own options that cross the process boundary (callbacks stay in the child). */
export interface FuzzJob extends Pick<FuzzOptions, "repoRoot" | "seed" | "start" | "count" | "deadline" | "workDir" | "keepDir"> {
  type: "fuzz";
  replayEvery: number;
  replayAtEnd: number;
}

export interface MinimizeJob {
  type: "minimize";
  repoRoot: string;
  seed: number;
  targets: MinimizeTarget[];
  workDir: string;
  deadline: number;
}

export interface CheckJob {
  type: "check";
  repoRoot: string;
  dir: string;
}

export type Job = FuzzJob | MinimizeJob | CheckJob;

export interface MinimizedMessage {
  target: MinimizeTarget;
  primaryPath: string | null;
  /** The reduced primary file, base64. */
  primary: string | null;
  others: string[];
  bytesBefore: number;
  bytesAfter: number;
  tests: number;
}

export type WorkerMessage =
  | { type: "start"; iteration: number; family: string; op: string; description: string; dir: string }
  | { type: "outcome"; outcome: IterationOutcome }
  | { type: "replay"; violations: Violation[] }
  | { type: "minimizing"; target: MinimizeTarget }
  | { type: "minimized"; result: MinimizedMessage | null; target: MinimizeTarget }
  | { type: "checked"; problems: Problem[] }
  | { type: "end"; iterations?: number; skipped?: number }
  | { type: "failed"; message: string };

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

async function work(job: Job): Promise<void> {
  if (job.type === "check") {
    await send({ type: "checked", problems: await checkDirectory(job.dir, job.repoRoot) });
    await send({ type: "end" });
    return;
  }
  const sources = loadSources(job.repoRoot);
  if (job.type === "fuzz") {
    const result = await runFuzz(
      {
        repoRoot: job.repoRoot,
        seed: job.seed,
        start: job.start,
        ...(job.count === undefined ? {} : { count: job.count }),
        ...(job.deadline === undefined ? {} : { deadline: job.deadline }),
        workDir: job.workDir,
        keepDir: job.keepDir,
        replayEvery: job.replayEvery,
        replayAtEnd: job.replayAtEnd,
        onStart: (iteration, mutant, dir) => void send({ type: "start", iteration, family: mutant.family, op: mutant.op, description: mutant.description, dir }),
        onOutcome: (outcome) => void send({ type: "outcome", outcome }),
        onReplay: (violations) => void send({ type: "replay", violations }),
      },
      sources,
    );
    await send({ type: "end", iterations: result.iterations, skipped: result.skipped });
    return;
  }
  for (const target of job.targets) {
    if (Date.now() >= job.deadline) break;
    await send({ type: "minimizing", target });
    const result = await minimize(job.repoRoot, sources, job.seed, target, job.workDir, job.deadline);
    await send({
      type: "minimized",
      target,
      result: result && {
        target,
        primaryPath: result.primaryPath,
        primary: result.primary ? result.primary.toString("base64") : null,
        others: result.others,
        bytesBefore: result.bytesBefore,
        bytesAfter: result.bytesAfter,
        tests: result.tests,
      },
    });
  }
  await send({ type: "end" });
}

process.once("message", (job: Job) => {
  work(job)
    .catch(async (error: unknown) => {
      await send({ type: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    })
    .finally(() => process.disconnect());
});
