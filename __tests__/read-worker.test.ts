import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { discover, DiscoveryError, type DiscoveredFile } from "../src/discover/discover.js";
import { READ_MARKERS } from "../src/pipeline/read.js";
import { walkOf, type ReadFile, type ReadRequest } from "../src/pipeline/read-files.js";
import { readInBatches } from "../src/pipeline/read-source.js";
import { ReadThread } from "../src/pipeline/read-thread.js";
import { prepareCheckLazily, runCheck } from "../src/pipeline/check.js";
import { loadConfig } from "../src/config/config.js";
import { REPO_ROOT } from "./helpers/cli.js";

/**
 * `check` reads the repository on a worker thread (src/pipeline/read-worker.ts) while the main
 * thread parses and adapts what it sends. These tests run the worker for real: its code built
 * here the way scripts/build.mjs builds it, and the built CLI with and without it.
 */

let workerCode: string;

beforeAll(async () => {
  const result = await build({ entryPoints: [join(REPO_ROOT, "src/pipeline/read-worker.ts")], bundle: true, write: false, platform: "node", format: "cjs", target: "node20", logLevel: "silent" });
  workerCode = result.outputFiles[0]!.text;
});

/** A small repository: files with and without markers, nested folders, a file over the limit, links in and out. */
function repository(): string {
  const outside = mkdtempSync(join(tmpdir(), "llm-physics-outside-"));
  writeFileSync(join(outside, "secret.yaml"), "kind: InferenceService\n");
  const dir = mkdtempSync(join(tmpdir(), "llm-physics-read-worker-"));
  const files: Record<string, string> = {
    "apps/a.yaml": "kind: ConfigMap\ndata: {x: y}\n",
    "apps/serve.yaml": "kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - image: vllm/vllm-openai:v0.11.0\n          args: [--model, meta-llama/Llama-3.1-8B-Instruct]\n",
    "apps/nested/deep/isvc.yaml": "apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata: {name: m}\nspec: {predictor: {model: {runtime: rt}}}\n",
    "apps/nested/deep/rt.yaml": "apiVersion: serving.kserve.io/v1alpha1\nkind: ServingRuntime\nmetadata: {name: rt}\n",
    "b.yml": "kind: Service\n",
    "big.yaml": `kind: InferenceService\n${"# padding\n".repeat(300_000)}`,
    "broken.yaml": "kind: InferenceDeployment\nspec: [unclosed\n",
  };
  for (let i = 0; i < 1200; i++) files[`bulk/${i % 7}/f${i}.yaml`] = i % 97 === 0 ? `kind: Deployment\nimage: vllm/vllm-openai\n# ${i}\n` : `kind: ConfigMap\nmetadata: {name: c${i}}\n`;
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  symlinkSync(join(outside, "secret.yaml"), join(dir, "apps", "secret.yaml"));
  symlinkSync(outside, join(dir, "outside-dir"));
  symlinkSync(join(dir, "apps", "serve.yaml"), join(dir, "serve-link.yaml"));
  symlinkSync(join(dir, "missing.yaml"), join(dir, "dangling.yaml"));
  execFileSync("mkfifo", [join(dir, "apps", "pipe.yaml")]);
  return dir;
}

function request(cwd: string, paths: string[] = []): ReadRequest {
  return { cwd, paths, maxFileSizeBytes: 2_000_000, markers: READ_MARKERS };
}

async function readAll(req: ReadRequest, code: string | undefined, ahead?: ReadThread) {
  const batches: ReadFile[][] = [];
  const outcome = await readInBatches(req, (files) => void batches.push(files), code, ahead);
  return { outcome, batches, files: batches.flat() };
}

describe("reading on a worker thread", () => {
  it("gives the main thread the files, problems and skipped links that reading on the main thread gives, in the same order", async () => {
    const dir = repository();
    const onWorker = await readAll(request(dir), workerCode);
    const onMain = await readAll(request(dir), undefined);
    expect(onWorker.outcome.thread).toBe("worker");
    expect(onMain.outcome.thread).toBe("main");
    expect(onWorker.files).toEqual(onMain.files);
    expect(onWorker.outcome.skipped).toEqual(onMain.outcome.skipped);
    expect(onWorker.outcome.found).toBe(onMain.outcome.found);
    // Several batches: the main thread gets work before the walk ends.
    expect(onWorker.batches.length).toBeGreaterThan(2);
    const byFile = new Map(onWorker.files.map((f) => [f.entry.file, f.read]));
    // Only files with a marker, or that could not be read, come back.
    expect(byFile.has("apps/a.yaml")).toBe(false);
    expect(byFile.get("apps/nested/deep/isvc.yaml")).toMatchObject({ kind: "text" });
    expect(byFile.get("big.yaml")).toMatchObject({ kind: "problem", message: expect.stringContaining("over the limit") });
    expect(byFile.get("apps/pipe.yaml")).toMatchObject({ kind: "problem", message: expect.stringContaining("named pipe (FIFO)") });
    expect(byFile.get("dangling.yaml")).toMatchObject({ kind: "problem", message: expect.stringContaining("target does not exist") });
    // A link inside the repository to a file found by its own name is read once, under the name found first.
    expect([byFile.has("serve-link.yaml"), byFile.has("apps/serve.yaml")].filter(Boolean)).toHaveLength(1);
    // The links that lead out are listed by their own names, never read.
    expect(onWorker.outcome.skipped.map((s) => s.file)).toEqual(["apps/secret.yaml", "outside-dir"]);
    expect(JSON.stringify(onWorker.files)).not.toContain("llm-physics-outside-");
  });

  it("sends discovery's errors as DiscoveryError, after the batches of the paths before", async () => {
    const dir = repository();
    const seen: string[] = [];
    const failed = readInBatches(request(dir, [".", "nomatch/**/*.yaml"]), (files) => void seen.push(...files.map((f) => f.entry.file)), workerCode);
    await expect(failed).rejects.toBeInstanceOf(DiscoveryError);
    await expect(failed).rejects.toThrow('glob "nomatch/**/*.yaml" matches no file');
    await expect(readInBatches(request(dir, ["nowhere"]), () => {}, workerCode)).rejects.toThrow('path "nowhere" does not exist');
  });

  it("stops when the main thread fails on a batch, with that error", async () => {
    const dir = repository();
    await expect(
      readInBatches(
        request(dir),
        () => {
          throw new Error("the consumer failed");
        },
        workerCode,
      ),
    ).rejects.toThrow("the consumer failed");
  });

  it("says what to do when the thread fails or stops before it is done", async () => {
    const dir = repository();
    const what = "run again, or set LLM_PHYSICS_READ_WORKER=0 to read on the main thread";
    await expect(readInBatches(request(dir), () => {}, "throw new Error('out of luck')")).rejects.toThrow(`reading the repository on its own thread failed (out of luck); ${what}`);
    await expect(readInBatches(request(dir), () => {}, "process.exit(3)")).rejects.toThrow(`(it stopped with exit code 3 before it was done); ${what}`);
    const half = `require("node:worker_threads").parentPort.postMessage({ type: "files", files: [] }); process.exit(0);`;
    await expect(readInBatches(request(dir), () => {}, half)).rejects.toThrow("exit code 0 before it was done");
  });

  it("is not started for files named one by one", async () => {
    const dir = repository();
    const { outcome, files } = await readAll(request(dir, ["apps/serve.yaml", "b.yml"]), workerCode);
    expect(outcome.thread).toBe("main");
    // Named files are read whatever they hold.
    expect(files.map((f) => f.entry.file)).toEqual(["apps/serve.yaml", "b.yml"]);
  });
});

describe("a read worker started ahead of the configuration", () => {
  it("walks, waits for how to read, then gives what a worker started with it gives, whether the settings come early or after the walk", async () => {
    const dir = repository();
    const onMain = await readAll(request(dir), undefined);
    for (const delayMs of [0, 300]) {
      const ahead = ReadThread.start(workerCode, walkOf(request(dir)))!;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const batches: ReadFile[][] = [];
      const outcome = await readInBatches(request(dir), (files) => void batches.push(files), workerCode, ahead);
      expect(outcome.thread).toBe("worker");
      expect(batches.flat()).toEqual(onMain.files);
      expect(outcome.skipped).toEqual(onMain.outcome.skipped);
      expect(outcome.found).toBe(onMain.outcome.found);
    }
  });

  it("is stopped, and a worker with the configuration's walk reads instead, when the configuration sets include or exclude", async () => {
    const dir = repository();
    const configured: ReadRequest = { ...request(dir), exclude: ["bulk/**"], maxFileSizeBytes: 1000 };
    const ahead = ReadThread.start(workerCode, walkOf(request(dir)))!;
    const viaAhead = await readAll(configured, workerCode, ahead);
    const onMain = await readAll(configured, undefined);
    expect(viaAhead.outcome.thread).toBe("worker");
    expect(viaAhead.files).toEqual(onMain.files);
    expect(viaAhead.files.some((f) => f.entry.file.startsWith("bulk/"))).toBe(false);
    expect(viaAhead.outcome.found).toBe(onMain.outcome.found);
    // Stopped: nothing can take it any more.
    await expect(ahead.consume(() => {})).rejects.toThrow("a read thread is used once");
  });

  it("keeps discovery's errors for when it is consumed", async () => {
    const dir = repository();
    const ahead = ReadThread.start(workerCode, walkOf(request(dir, ["nowhere"])))!;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(readInBatches(request(dir, ["nowhere"]), () => {}, workerCode, ahead)).rejects.toThrow('path "nowhere" does not exist');
  });

  it("does not keep the built CLI waiting when the run stops before reading: a usage error, a configuration error", () => {
    const dir = repository();
    const usage = runBuiltCli(["check", "--format", "bogus"], dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--format must be one of");
    writeFileSync(join(dir, ".llm-physics.yml"), "maxFileSizeBytes: lots\n");
    const config = runBuiltCli(["check"], dir);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain(".llm-physics.yml");
  });
});

describe("adapting while reading", () => {
  it("gives the report of adapting after reading, whether a deployment's runtime, cache or config map is read before it or after", async () => {
    const runtimes = join(REPO_ROOT, "__tests__/fixtures/kserve-runtime");
    for (const runtimesFirst of [false, true]) {
      const dir = mkdtempSync(join(tmpdir(), "llm-physics-lookups-"));
      // The walk reads a folder's files before its subfolders: the objects looked up are read after
      // the deployments that name them (or before, when they lie at the top).
      mkdirSync(join(dir, "sub"));
      for (const name of readdirSync(runtimes)) {
        const isRuntime = name.includes("runtime");
        const top = isRuntime === runtimesFirst;
        writeFileSync(join(dir, top ? "" : "sub", name), readFileSync(join(runtimes, name)));
      }
      for (const folder of ["nim-cache", "kaito", "ome"]) {
        const from = join(REPO_ROOT, "__tests__/fixtures", folder);
        mkdirSync(join(dir, "sub", folder), { recursive: true });
        for (const name of readdirSync(from)) writeFileSync(join(dir, runtimesFirst ? "sub" : "", `${folder}-${name}`), readFileSync(join(from, name)));
      }
      const config = loadConfig(null, dir);
      const streamed = (await prepareCheckLazily({ cwd: dir, paths: [], config })).finish();
      const after = runCheck({ cwd: dir, paths: [], config });
      expect(streamed).toEqual(after);
      // The runtimes were found: no deployment says its runtime is missing but the fixture that has none.
      expect(streamed.deployments.length).toBeGreaterThan(10);
    }
  });
});

describe("discover's onFile", () => {
  it("passes every file once, during the walk, when every path is a directory or a glob", () => {
    const dir = repository();
    const passed: DiscoveredFile[] = [];
    const discovery = discover({ cwd: dir, paths: ["apps", "bulk/**/*.yaml"], onFile: (f) => passed.push(f) });
    expect([...passed].sort((a, b) => (a.file < b.file ? -1 : 1))).toEqual(discovery.files);
    expect(new Set(passed.map((f) => f.file)).size).toBe(passed.length);
  });

  it("passes them after the walk, in report order, when a path names a file: a file found and named is read as named", () => {
    const dir = repository();
    const passed: DiscoveredFile[] = [];
    const discovery = discover({ cwd: dir, paths: ["apps", "apps/a.yaml"], onFile: (f) => passed.push(f) });
    expect(passed).toEqual(discovery.files);
    expect(passed.find((f) => f.file === "apps/a.yaml")?.explicit).toBe(true);
  });
});

/** dist/cli.js as a shell runs it, offline; the JSON reports here are larger than spawnSync's default buffer. */
function runBuiltCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, "dist", "cli.js"), ...args], { cwd, env: { PATH: process.env.PATH, HF_HUB_OFFLINE: "1", ...env }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe("discover's excludes", () => {
  it("leave out node_modules, .git and dist below every folder walked, and files named like them; a folder named on the command line is the user's", () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-excludes-"));
    const names = ["a.yaml", "dist", "sub/node_modules", "x/dist/b.yaml", "x/node_modules/c.yaml", "x/.git/d.yaml", "node_modules/pkg/e.yaml", "node_modules/pkg/deep/f.yml", "node_modules/pkg/node_modules/z.yaml", "gen/g.yaml", "gen/keep/h.yaml", "x/distant.yaml", "secret.yaml"];
    for (const name of names) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), "kind: Service\n");
    }
    const files = (paths: string[], include?: string[], exclude?: string[]) =>
      discover({ cwd: dir, paths, ...(include ? { include } : {}), ...(exclude ? { exclude } : {}) }).files.map((f) => f.file);
    expect(files([])).toEqual(["a.yaml", "gen/g.yaml", "gen/keep/h.yaml", "secret.yaml", "x/distant.yaml"]);
    // Every file, and the user's own patterns: a file named as an excluded folder is excluded too.
    expect(files([], ["**/*"], ["gen/**", "secret.yaml"])).toEqual(["a.yaml", "x/distant.yaml"]);
    // A folder named on the command line is walked with the patterns relative to it: the user
    // asked for it; a node_modules below it is still left out.
    expect(files(["node_modules/pkg"])).toEqual(["node_modules/pkg/deep/f.yml", "node_modules/pkg/e.yaml"]);
    expect(files(["node_modules"], ["**/*.yml"])).toEqual(["node_modules/pkg/deep/f.yml"]);
    expect(files(["x"])).toEqual(["x/distant.yaml"]);
    // A glob is matched relative to the repository: one under node_modules finds nothing there.
    expect(() => files(["node_modules/**/*.yaml"])).toThrow('glob "node_modules/**/*.yaml" matches no file (relative to');
    expect(files(["x/**/*.yaml"])).toEqual(["x/distant.yaml"]);
    expect(() => files(["**/dist/*.yaml"])).toThrow('glob "**/dist/*.yaml" matches no file');
  });
});

describe("the built CLI", () => {
  it("checks twice with --fix, reading on a worker both times: the second check sees the fixed files", () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-fix-worker-"));
    execFileSync("git", ["init", "-q", dir]);
    mkdirSync(join(dir, "deploy"));
    writeFileSync(join(dir, "deploy", "mistakes.yaml"), readFileSync(join(REPO_ROOT, "examples", "context-and-parallelism-mistakes.yaml"), "utf8"));
    const fixed = runBuiltCli(["check", "--fix", "--format", "json", "--fail-on", "never"], dir);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain("llm-physics: fixed ");
    expect(readFileSync(join(dir, "deploy", "mistakes.yaml"), "utf8")).toContain("tensor: 2");
    const after = runBuiltCli(["check", "--format", "json", "--fail-on", "never"], dir);
    expect(fixed.stdout).toBe(after.stdout);
  });

  it("carries the read worker in the chunk that starts it", () => {
    const chunks = readdirSync(join(REPO_ROOT, "dist", "chunks")).map((name) => readFileSync(join(REPO_ROOT, "dist", "chunks", name), "utf8"));
    const starting = chunks.filter((text) => text.includes("new Worker("));
    expect(starting).toHaveLength(1);
    expect(starting[0]).toContain("parentPort");
    expect(starting[0]).not.toContain("__LLM_PHYSICS_READ_WORKER__");
  });

  it("reports the same with the worker and with LLM_PHYSICS_READ_WORKER=0, on a repository and on the examples and fixtures", () => {
    const dir = repository();
    for (const [cwd, paths] of [
      [dir, []],
      [REPO_ROOT, ["examples", "__tests__/fixtures"]],
    ] as const) {
      const args = ["check", ...paths, "--format", "json", "--fail-on", "never"];
      const withWorker = runBuiltCli(args, cwd);
      const without = runBuiltCli(args, cwd, { LLM_PHYSICS_READ_WORKER: "0" });
      expect(withWorker.stderr).toBe(without.stderr);
      expect(withWorker.code).toBe(0);
      expect(JSON.parse(withWorker.stdout).summary.deployments).toBeGreaterThan(0);
      expect(withWorker.stdout).toBe(without.stdout);
    }
    // A configuration that sets exclude and the size limit: the worker started ahead is not the one that reads.
    writeFileSync(join(dir, ".llm-physics.yml"), "exclude: [bulk/**]\nmaxFileSizeBytes: 1000\n");
    const configured = ["check", "--format", "json", "--fail-on", "never"];
    expect(runBuiltCli(configured, dir).stdout).toBe(runBuiltCli(configured, dir, { LLM_PHYSICS_READ_WORKER: "0" }).stdout);
    expect(runBuiltCli(configured, dir).stdout).not.toContain("bulk/");
    rmSync(join(dir, ".llm-physics.yml"));
    const bad = runBuiltCli(["check", ".", "nomatch/**/*.yaml"], dir);
    expect(bad).toEqual(runBuiltCli(["check", ".", "nomatch/**/*.yaml"], dir, { LLM_PHYSICS_READ_WORKER: "0" }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('glob "nomatch/**/*.yaml" matches no file');
  });
});
