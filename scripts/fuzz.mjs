// `npm run fuzz`: mutate every fixture and example (text mutations, YAML-level substitutions,
// injection payloads, encodings, splicing, file-system shapes) and check the invariants of
// __tests__/fuzz/invariants.ts on each mutant directory. Seeded and time-bounded; not in CI (a
// short fixed-seed run is, as __tests__/fuzz.test.ts).
//
//   npm run fuzz -- --seconds 120 --seed 42
//
// Options:
//   --seconds N           stop starting new iterations after N seconds (default 60)
//   --seed N              the seed (default: from the date, printed so that the run can be replayed)
//   --iteration N         run only iteration N of the seed (replay one mutant); --count M for M from N
//   --start N, --count N  a range of iterations instead of a time bound
//   --out DIR             where failing mutants are kept (default: a new folder under the temp dir)
//   --minimize-seconds N  then shrink the smallest mutant of each distinct violation (default 60; 0: off)
//   --timeout-seconds N   a mutant that keeps the checker busy this long is killed and reported (default 60)
//   --verbose             one line per iteration
//   --check DIR           no fuzzing: hold DIR as it is to invariants 1-8 (try a reproducer against the current src/)
//
// The TypeScript harness is bundled on the fly with esbuild into node_modules/.cache/llm-physics-fuzz/
// and run in a child process, so that a mutant that crashes or hangs the checker is reported as
// such and the run goes on. Exit 0: no violation; 1: violations (listed, each with the seed, the
// mutator, the invariant and the saved mutant); 2: the harness itself could not run.

import { build } from "esbuild";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = join(ROOT, "node_modules", ".cache", "llm-physics-fuzz");

function fail(message) {
  process.stderr.write(`fuzz: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    args: process.argv.slice(2),
    options: {
      seconds: { type: "string" },
      seed: { type: "string" },
      iteration: { type: "string" },
      start: { type: "string" },
      count: { type: "string" },
      out: { type: "string" },
      "minimize-seconds": { type: "string" },
      "timeout-seconds": { type: "string" },
      verbose: { type: "boolean", default: false },
      check: { type: "string" },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(error.message);
}

function whole(name, value, fallback, min = 0) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) fail(`--${name} must be a whole number${min > 0 ? ` ≥ ${min}` : ""}, got "${value}"`);
  return Number(value);
}

const now = new Date();
const seedFromDate = Math.floor(now.getTime() / 1000) >>> 0;
const seed = args.seed === undefined ? seedFromDate : whole("seed", args.seed, 0) >>> 0;
const single = args.iteration === undefined ? undefined : whole("iteration", args.iteration, 0);
const start = single ?? whole("start", args.start, 0);
const count = single !== undefined ? whole("count", args.count, 1, 1) : args.count === undefined ? undefined : whole("count", args.count, 1, 1);
const seconds = count === undefined ? whole("seconds", args.seconds, 60, 1) : args.seconds === undefined ? undefined : whole("seconds", args.seconds, 60, 1);
const minimizeSeconds = whole("minimize-seconds", args["minimize-seconds"], 60);
const timeoutMs = whole("timeout-seconds", args["timeout-seconds"], 60, 1) * 1000;
const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
const outDir = resolve(args.out ?? join(tmpdir(), "llm-physics-fuzz", `${seed}-${stamp}`));

const supervisorFile = join(CACHE, "supervisor.mjs");
try {
  await build({
    entryPoints: [join(ROOT, "__tests__", "fuzz", "supervisor.ts")],
    outfile: supervisorFile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["esbuild"],
    logLevel: "warning",
    banner: { js: "import { createRequire as __fuzzCreateRequire } from 'node:module';\nconst require = __fuzzCreateRequire(import.meta.url);" },
  });
} catch (error) {
  fail(`could not bundle the harness: ${error.message}`);
}
const { superviseFuzz, superviseMinimize, superviseCheck, distinctViolations, formatViolation } = await import(pathToFileURL(supervisorFile).href);

if (args.check !== undefined) {
  const dir = resolve(args.check);
  const problems = await superviseCheck(ROOT, dir, timeoutMs);
  const byCheck = new Map();
  for (const p of problems) {
    const key = `${p.invariant}\u0000${p.check}`;
    if (byCheck.has(key)) byCheck.get(key).count++;
    else byCheck.set(key, { ...p, count: 1 });
  }
  for (const p of byCheck.values()) {
    process.stdout.write(`invariant ${p.invariant}: ${p.check}${p.count > 1 ? ` ×${p.count}` : ""}\n  ${p.detail.split("\n").slice(0, 4).join("\n  ")}\n`);
  }
  process.stdout.write(`fuzz --check: ${dir}: ${problems.length} violations\n`);
  process.exit(problems.length > 0 ? 1 : 0);
}

const bound = count !== undefined ? `iterations ${start}..${start + count - 1}` : `${seconds} s`;
process.stdout.write(
  `fuzz: seed ${seed}${args.seed === undefined ? ` (from the date ${now.toISOString()}; replay with --seed ${seed})` : ""}, ${bound}, failing mutants go to ${outDir}\n`,
);

const started = Date.now();
let iterations = 0;
let violationCount = 0;
const seen = new Set();
let lastProgress = Date.now();
const progress = () => {
  const elapsed = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`fuzz: ${elapsed} s, ${iterations} iterations, ${violationCount} violations (${seen.size} distinct)\n`);
  lastProgress = Date.now();
};
const announce = (violations) => {
  for (const v of violations) {
    violationCount++;
    const key = `${v.invariant}\u0000${v.check}`;
    if (seen.has(key)) continue;
    seen.add(key);
    process.stdout.write(`NEW  invariant ${v.invariant}: ${v.check}\n     ${v.family}/${v.op}, iteration ${v.iteration}: ${v.path}\n`);
  }
};

let summary;
try {
  summary = await superviseFuzz({
    repoRoot: ROOT,
    seed,
    start,
    ...(count === undefined ? {} : { count }),
    ...(seconds === undefined ? {} : { seconds }),
    outDir,
    iterationTimeoutMs: timeoutMs,
    replayEvery: 10,
    replayAtEnd: 50,
    onEvent: (event) => {
      if (event.type === "outcome") {
        iterations++;
        const o = event.outcome;
        if (args.verbose) {
          const status = o.skipped ? `skipped (${o.skipped})` : o.violations.length > 0 ? `${o.violations.length} violations` : "ok";
          process.stdout.write(`  #${o.iteration} ${o.family}/${o.op} ${Math.round(o.ms)} ms: ${status} — ${o.description.slice(0, 160)}\n`);
        }
        announce(o.violations);
      } else if (event.type === "replay") {
        announce(event.violations);
      } else if (event.type === "crash") {
        iterations++;
        announce([event.violation]);
      }
      if (Date.now() - lastProgress >= 5000) progress();
    },
  });
} catch (error) {
  fail(error.stack ?? error.message);
}

const distinct = distinctViolations(summary.violations);
if (distinct.length > 0) {
  process.stdout.write(`\nDistinct violations (${distinct.length}), each with its smallest mutant:\n\n`);
  for (const d of distinct) process.stdout.write(`${formatViolation(d.smallest)}\n  seen ${d.count} times, in: ${d.families.join(", ")}\n\n`);
}

if (minimizeSeconds > 0 && distinct.length > 0) {
  // Crashes and hangs are not shrunk here: each try could take the timeout.
  const targets = distinct
    .filter((d) => d.smallest.iteration >= 0 && !/^the process died|^an iteration ran longer/.test(d.check))
    .map((d) => ({ iteration: d.smallest.iteration, invariant: d.smallest.invariant, check: d.check }));
  if (targets.length > 0) {
    process.stdout.write(`Minimizing ${targets.length} reproducers (at most ${minimizeSeconds} s)…\n\n`);
    const minimized = await superviseMinimize({ repoRoot: ROOT, seed, targets, outDir, seconds: minimizeSeconds });
    for (const m of minimized) {
      const text = m.primary === null ? "" : Buffer.from(m.primary, "base64").toString("utf8");
      const shown = text.length <= 600 ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, 300))}… (${text.length} characters)`;
      process.stdout.write(
        `invariant ${m.target.invariant}: ${m.target.check}\n  ${m.primaryPath ?? "(no file)"} (${m.bytesBefore} → ${m.bytesAfter} bytes, ${m.tests} tries): ${shown}\n` +
          (m.others.length > 0 ? `  with: ${m.others.join(", ")}\n` : "") +
          `  saved: ${m.dir}\n\n`,
      );
    }
  }
}

const total = summary.violations.length;
process.stdout.write(
  `fuzz: seed ${seed}, ${summary.iterations} iterations in ${Math.round(summary.ms / 1000)} s, ${summary.skipped} skipped, ` +
    `${total} violations (${distinct.length} distinct)${total > 0 ? `, failing mutants in ${outDir}` : ""}\n`,
);
process.exit(total > 0 ? 1 : 0);
