import { join } from "node:path";
import { encode } from "./encodings.js";
import { checkMutant } from "./harness.js";
import { removeTree, SkipMutant } from "./store.js";
import type { InvariantId } from "./invariants.js";
import { generateMutant, type Mutant, type MutantEntry } from "./mutators.js";
import type { Sources } from "./sources.js";

/**
 * Shrink a failing mutant to what still fails the same check: drop the other files, then lines
 * of the mutated file (delta debugging), then characters of its long lines. What is left is the
 * reproducer to hand to whoever fixes the bug.
 */

export interface MinimizeTarget {
  iteration: number;
  invariant: InvariantId;
  check: string;
}

export interface Minimized {
  target: MinimizeTarget;
  /** The primary file as it was left (UTF-8 before encoding, for an encoding mutant). */
  primary: Buffer | null;
  primaryPath: string | null;
  /** The other entries still needed. */
  others: string[];
  bytesBefore: number;
  bytesAfter: number;
  tests: number;
  mutant: Mutant;
}

interface State {
  others: MutantEntry[];
  /** The primary's content: the UTF-8 text for an encoding mutant. */
  primary: Buffer | null;
}

function lines(data: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = data.indexOf(0x0a); i >= 0; i = data.indexOf(0x0a, start)) {
    out.push(data.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < data.length) out.push(data.subarray(start));
  return out;
}

async function ddmin<T>(items: T[], test: (items: T[]) => Promise<boolean>, exhausted: () => boolean): Promise<T[]> {
  if (items.length > 0 && (await test([]))) return [];
  let n = 2;
  while (items.length >= 2 && !exhausted()) {
    const chunk = Math.ceil(items.length / n);
    let reduced = false;
    for (let i = 0; i < items.length && !exhausted(); i += chunk) {
      const candidate = [...items.slice(0, i), ...items.slice(i + chunk)];
      if (await test(candidate)) {
        items = candidate;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= items.length) break;
      n = Math.min(items.length, n * 2);
    }
  }
  return items;
}

export async function minimize(
  repoRoot: string,
  sources: Sources,
  seed: number,
  target: MinimizeTarget,
  workDir: string,
  deadline: number,
  maxTests = 400,
): Promise<Minimized | null> {
  const mutant = generateMutant(sources, seed, target.iteration);
  const primaryEntry = mutant.entries.find((e) => e.role === "primary" && e.kind === "file");
  let tests = 0;
  const exhausted = () => tests >= maxTests || Date.now() >= deadline;
  const build = (state: State): Mutant => {
    const entries: MutantEntry[] = [...state.others];
    if (primaryEntry && primaryEntry.kind === "file" && state.primary) {
      const data = mutant.utf8 ? encode(state.primary.toString("utf8"), mutant.utf8.encoding) : state.primary;
      entries.unshift({ ...primaryEntry, data });
    }
    return {
      ...mutant,
      entries,
      ...(mutant.utf8 && state.primary ? { utf8: { ...mutant.utf8, data: state.primary } } : {}),
    };
  };
  const fails = async (state: State): Promise<boolean> => {
    tests++;
    const dir = join(workDir, `minimize-${target.iteration}-${tests}`);
    removeTree(dir);
    try {
      const result = await checkMutant(build(state), dir, repoRoot);
      return result.problems.some((p) => p.invariant === target.invariant && p.check === target.check);
    } catch (error) {
      if (error instanceof SkipMutant) return false;
      throw error;
    } finally {
      removeTree(dir);
    }
  };
  let state: State = {
    others: mutant.entries.filter((e) => e !== primaryEntry),
    primary: primaryEntry && primaryEntry.kind === "file" ? (mutant.utf8 ? mutant.utf8.data : primaryEntry.data) : null,
  };
  const bytesBefore = state.primary?.length ?? 0;
  if (!(await fails(state))) return null;

  state = { ...state, others: await ddmin(state.others, (others) => fails({ ...state, others }), exhausted) };
  if (state.primary) {
    const kept = await ddmin(lines(state.primary), (ls) => fails({ ...state, primary: Buffer.concat(ls) }), exhausted);
    state = { ...state, primary: Buffer.concat(kept) };
    // Long lines (a 200,000-character value, 100,000 brackets): cut characters too.
    const all = lines(Buffer.concat(kept));
    for (let i = 0; i < all.length && !exhausted(); i++) {
      const line = all[i]!;
      if (line.length <= 80) continue;
      const pieces: Buffer[] = [];
      const size = Math.max(1, Math.ceil(line.length / 64));
      for (let at = 0; at < line.length; at += size) pieces.push(line.subarray(at, at + size));
      const shorter = await ddmin(pieces, (ps) => fails({ ...state, primary: Buffer.concat([...all.slice(0, i), ...ps, ...all.slice(i + 1)]) }), exhausted);
      all[i] = Buffer.concat(shorter);
      state = { ...state, primary: Buffer.concat(all) };
    }
  }
  return {
    target,
    primary: state.primary,
    primaryPath: primaryEntry?.path ?? null,
    others: state.others.map((e) => `${e.path} (${e.kind})`),
    bytesBefore,
    bytesAfter: state.primary?.length ?? 0,
    tests,
    mutant: build(state),
  };
}
