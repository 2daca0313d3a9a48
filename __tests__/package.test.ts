import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The npm package as a user gets it: `npm pack` holds the bundle, its licence notices, the
// schemas and the documents, nothing else; the tarball installed offline into an empty project
// runs, with no dependency to fetch and no engine warning. The bundle is dist/cli.js as the build
// wrote it (`npm test` builds before it runs the tests).

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as Record<string, unknown> & { version: string };

/** npm with a private cache and none of the npm_* settings of an `npm test` that runs this. */
function npm(args: string[], cwd: string, cache: string): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return spawnSync("npm", [...args, "--cache", cache, "--no-audit", "--no-fund", "--no-update-notifier"], {
    cwd,
    env: { ...env, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 120_000,
  });
}

/**
 * A bundle and every chunk it imports, statically or dynamically, by relative specifier
 * (esbuild's code splitting writes `./chunks/x.js` and, between chunks, `./y.js`).
 */
function moduleClosure(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(REPO_ROOT, file), "utf8");
    for (const m of text.matchAll(/\b(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) walk(posix.join(posix.dirname(file), m[1]!));
  };
  walk(entry);
  return [...seen];
}

const work = mkdtempSync(join(tmpdir(), "llm-physics-pack-"));
const cache = join(work, "npm-cache");
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("package.json", () => {
  it("has no runtime dependency: the bundle holds every one", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    // What the bundles hold is still pinned, as development dependencies.
    for (const name of ["yaml", "ajv", "picomatch", "shell-quote", "fastest-levenshtein", "@actions/core", "@actions/github"]) {
      expect(Object.keys(pkg.devDependencies as object), name).toContain(name);
    }
  });

  it("names its repository, home page, issues, command and the Node versions it runs on", () => {
    expect(pkg.repository).toEqual({ type: "git", url: "git+https://github.com/llm-physics/llm-physics.git" });
    expect(pkg.homepage).toBe("https://github.com/llm-physics/llm-physics#readme");
    expect(pkg.bugs).toEqual({ url: "https://github.com/llm-physics/llm-physics/issues" });
    expect(pkg.bin).toEqual({ "llm-physics": "dist/cli.js" });
    expect(pkg.engines).toEqual({ node: ">=20" });
  });

  it("has a changelog section for its version, which the release workflow requires", () => {
    const changelog = readFileSync(join(REPO_ROOT, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain(`\n## [${pkg.version}]\n`);
  });
});

describe("npm pack", () => {
  it("holds the CLI bundle, its licence notices, the schemas and the documents, nothing else", () => {
    const r = npm(["pack", "--dry-run", "--json"], REPO_ROOT, cache);
    expect(r.status, r.stderr).toBe(0);
    const [packed] = JSON.parse(r.stdout) as Array<{ name: string; version: string; files: Array<{ path: string; mode: number }>; unpackedSize: number }>;
    const files = packed!.files.map((f) => f.path).sort();
    expect(files.filter((f) => !f.startsWith("dist/"))).toEqual([
      "CHANGELOG.md",
      "LICENSE",
      "README.md",
      "package.json",
      "schemas/config.schema.json",
      "schemas/inference-deployment.schema.json",
      "schemas/report.schema.json",
    ]);
    // Of dist/: the CLI bundle with exactly the chunks it loads, and the notices.
    expect(files.filter((f) => f.startsWith("dist/"))).toEqual([...moduleClosure("dist/cli.js"), "dist/licenses.txt"].sort());
    expect(packed!.name).toBe("llm-physics");
    expect(packed!.version).toBe(pkg.version);
    // The action's bundle (dist/index.js) is for the action only and stays out of it.
    expect(packed!.unpackedSize).toBeLessThan(4_000_000);
    expect(r.stderr).not.toMatch(/npm warn/i);
  }, 60_000);
});

describe("the packed tarball installed offline into an empty project", () => {
  const app = join(work, "app");
  let tarball = "";
  let install: SpawnSyncReturns<string>;

  beforeAll(() => {
    const packed = npm(["pack", "--pack-destination", work, "--json"], REPO_ROOT, cache);
    if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    tarball = join(work, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
    mkdirSync(join(app, "deploy"), { recursive: true });
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true }));
    copyFileSync(join(REPO_ROOT, "examples", "chat-70b-a100-bf16.yaml"), join(app, "deploy", "chat.yaml"));
    copyFileSync(join(REPO_ROOT, "examples", "chat-8b-l4.yaml"), join(app, "deploy", "small.yaml"));
    // --offline with an empty cache: nothing can be fetched, so the tarball must need nothing.
    install = npm(["install", "--offline", tarball], app, cache);
  }, 180_000);

  it("installs one package and no other, without an engine warning", () => {
    expect(install.status, install.stdout + install.stderr).toBe(0);
    expect(install.stdout + install.stderr).not.toMatch(/EBADENGINE|npm warn/i);
    expect(install.stdout).toMatch(/added 1 package/);
    const lock = JSON.parse(readFileSync(join(app, "package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).sort()).toEqual(["", "node_modules/llm-physics"]);
  });

  it("runs as npx llm-physics: --version, and check with its exit status", () => {
    const run = (args: string[]) =>
      spawnSync("npx", ["--offline", ...args], {
        cwd: app,
        env: { PATH: process.env.PATH, HOME: work, npm_config_cache: cache, npm_config_update_notifier: "false", HF_HUB_OFFLINE: "1", NO_COLOR: "1" },
        encoding: "utf8",
        timeout: 60_000,
      });
    const version = run(["llm-physics", "--version"]);
    expect(version.stderr).toBe("");
    expect(version.stdout.trim()).toBe(pkg.version);
    expect(version.status).toBe(0);

    const check = run(["llm-physics", "check", "deploy", "--format", "json"]);
    expect(check.stderr).toBe("");
    expect(check.status).toBe(1); // 70B in BF16 on one A100 does not fit
    const report = JSON.parse(check.stdout) as { deployments: Array<{ file: string; verdict: string }>; findings: Array<{ ruleId: string }> };
    expect(report.deployments.map((d) => [d.file, d.verdict]).sort()).toEqual([
      ["deploy/chat.yaml", "fail"],
      ["deploy/small.yaml", expect.stringMatching(/^(pass|warn)$/)],
    ]);
    expect(report.findings.map((f) => f.ruleId)).toContain("vram-exceeds-capacity");
  }, 60_000);
});
