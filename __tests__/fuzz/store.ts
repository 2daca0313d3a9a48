import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { InvariantId } from "./names.js";
import type { Family, Mutant, MutantEntry } from "./mutators.js";
import { folderOf } from "./sources.js";

/**
 * Mutants on disk: writing a mutant's directory, and keeping a failing one with a record of how
 * it was made. Nothing here runs the checker, so that the supervisor can use it without loading
 * the engine.
 */

export interface Violation {
  seed: number;
  iteration: number;
  family: Family;
  op: string;
  /** What the mutator did, in words. */
  mutator: string;
  invariant: InvariantId;
  invariantName: string;
  check: string;
  detail: string;
  /** How many times the same check failed on this mutant. */
  count: number;
  /** The saved mutant directory: `cd` there and run `llm-physics check .`. */
  path: string;
  /** Bytes of its files: the smallest is the best reproducer. */
  size: number;
}

export class SkipMutant extends Error {}

const isYaml = (path: string) => /\.ya?ml$/.test(path);

/** Write the mutant's files under `dir` (which must not exist). Throws SkipMutant when the file system refuses one. */
export function materialize(entries: readonly MutantEntry[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of entries) {
    const path = join(dir, entry.path);
    try {
      const folder = folderOf(entry.path);
      if (folder) mkdirSync(join(dir, folder), { recursive: true });
      switch (entry.kind) {
        case "file":
          writeFileSync(path, entry.data);
          break;
        case "unreadable":
          writeFileSync(path, entry.data);
          chmodSync(path, 0o000);
          break;
        case "symlink":
          symlinkSync(entry.target, path);
          break;
        case "dir":
          mkdirSync(path, { recursive: true });
          break;
        case "fifo":
          execFileSync("mkfifo", [path], { stdio: "ignore" });
          break;
      }
    } catch (error) {
      throw new SkipMutant(`cannot create ${JSON.stringify(entry.path)} (${entry.kind}): ${(error as Error).message.split("\n")[0]}`);
    }
  }
}

/** Bytes of the YAML files a run reads: what the report size is measured against. */
export function inputBytes(mutant: Mutant): number {
  return mutant.entries.reduce((n, e) => n + ((e.kind === "file" || e.kind === "unreadable") && e.role !== "config" && isYaml(e.path) ? e.data.length : 0), 0);
}

export function mutantSize(mutant: Mutant): number {
  return mutant.entries.reduce((n, e) => n + ((e.kind === "file" || e.kind === "unreadable") && e.role !== "config" ? e.data.length : 0), 0);
}

export function withPrimary(mutant: Mutant, data: Buffer): MutantEntry[] {
  return mutant.entries.map((e) => (e.role === "primary" && e.kind === "file" ? { ...e, data } : e));
}

export function iterationName(iteration: number, family: Family, op: string): string {
  if (iteration < 0) return "baseline";
  return `${String(iteration).padStart(6, "0")}-${family}-${op.replace(/[^A-Za-z0-9.-]+/g, "_")}`;
}

export function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // A mutant we cannot remove is left in the temp folder; nothing depends on it.
  }
}

function keep(dir: string, keepDir: string, name: string, record: unknown): string {
  const target = join(keepDir, name);
  mkdirSync(keepDir, { recursive: true });
  if (dir !== target && existsSync(dir)) {
    removeTree(target);
    renameSync(dir, target);
  }
  writeFileSync(`${target}.json`, JSON.stringify(record, null, 2) + "\n");
  return target;
}

/** Save a failing mutant in `keepDir`: its directory, the UTF-8 original beside an encoding mutant, and a `.json` record. */
export function keepMutant(mutant: Mutant, dir: string, keepDir: string, iteration: number, seed: number, violations: Violation[]): string {
  const name = iterationName(iteration, mutant.family, mutant.op);
  const target = join(keepDir, name);
  for (const v of violations) v.path = target;
  if (mutant.utf8) {
    const original = `${target}.utf8`;
    removeTree(original);
    try {
      materialize(withPrimary(mutant, mutant.utf8.data), original);
    } catch {
      // the encoded one is what matters
    }
  }
  keep(dir, keepDir, name, {
    seed,
    iteration,
    family: mutant.family,
    op: mutant.op,
    source: mutant.source,
    mutator: mutant.description,
    replay: `npm run fuzz -- --seed ${seed} --iteration ${iteration}`,
    check: `cd ${JSON.stringify(target)} && node <repo>/dist/cli.js check . --format json`,
    violations: violations.map(({ invariant, invariantName, check, detail, count }) => ({ invariant, invariantName, check, detail, count })),
  });
  return target;
}

