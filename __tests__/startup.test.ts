import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/cli.js";

/**
 * What the built CLI loads for each command: a command loads only the chunks it runs (dynamic
 * imports in src/cli/main.ts, chunks of their own in dist/chunks/), so that `estimate` and
 * `--help` never pay for the format readers, the schema validators or the YAML parser. The
 * modules of a chunk are read from the comments esbuild writes before each (`// src/adapt/kserve.ts`).
 * Node's module hooks record every file the command loads.
 */

const DIST = join(REPO_ROOT, "dist");
const work = mkdtempSync(join(tmpdir(), "llm-physics-startup-"));
const hooks = join(work, "hooks.mjs");
writeFileSync(hooks, `import { appendFileSync } from "node:fs";\nexport async function load(url, context, next) {\n  if (url.startsWith("file:")) appendFileSync(process.env.LLM_PHYSICS_LOADED, url + "\\n");\n  return next(url, context);\n}\n`);
const register = join(work, "register.mjs");
writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

/** The source modules in the files the built CLI loads for `args`. */
function loadedModules(args: string[], cwd = REPO_ROOT): { modules: Set<string>; code: number | null; stdout: string } {
  const log = join(work, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(log, "");
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, join(DIST, "cli.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HF_HUB_OFFLINE: "1", LLM_PHYSICS_LOADED: log },
  });
  const modules = new Set<string>();
  for (const url of readFileSync(log, "utf8").split("\n").filter(Boolean)) {
    const path = fileURLToPath(url);
    if (!path.startsWith(DIST)) continue;
    for (const m of readFileSync(path, "utf8").matchAll(/^\/\/ ((?:src|node_modules|schemas)\/\S+)$/gm)) modules.add(m[1]!);
  }
  return { modules, code: r.status, stdout: r.stdout };
}

const matching = (modules: Set<string>, prefix: string) => [...modules].filter((m) => m.startsWith(prefix));

describe("the built CLI loads only what a command runs", () => {
  it("estimate: no format reader, validator, YAML parser, report of check or Hub client", () => {
    const { modules, code, stdout } = loadedModules(["estimate", "--model", "meta-llama/Llama-3.1-8B-Instruct", "--gpu", "L4"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Llama");
    expect(modules.has("src/estimate/estimate.ts")).toBe(true);
    for (const prefix of ["src/adapt/", "src/validate/", "node_modules/yaml/", "node_modules/ajv/", "src/parse/", "src/report/sarif.ts", "src/report/summary.ts", "src/hub/client.ts", "src/pipeline/check.ts"]) {
      expect(matching(modules, prefix), prefix).toEqual([]);
    }
  });

  it("--help: nothing of the catalog either", () => {
    const { modules, code } = loadedModules(["--help"]);
    expect(code).toBe(0);
    for (const prefix of ["src/catalog/", "src/adapt/", "src/validate/", "node_modules/yaml/", "src/estimate/"]) expect(matching(modules, prefix), prefix).toEqual([]);
  });

  it("check on a manifest loads the validators it runs, and never AJV's compiler", () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-startup-check-"));
    mkdirSync(join(dir, "deploy"));
    writeFileSync(join(dir, "deploy", "chat.yaml"), readFileSync(join(REPO_ROOT, "examples", "chat-8b-l4.yaml")));
    const { modules, code } = loadedModules(["check", "deploy", "--fail-on", "never"], dir);
    expect(code).toBe(0);
    expect(modules.has("src/validate/validators.generated.ts")).toBe(true);
    expect(matching(modules, "node_modules/ajv/").filter((m) => !m.startsWith("node_modules/ajv/dist/runtime/"))).toEqual([]);
    // Native manifests only: no format reader (src/adapt/formats.ts loads one when a file holds its
    // markers), no Hub client (no model the catalog does not know), no ICU number format.
    const readers = ["kserve", "ome", "nim", "kubeai", "kaito", "dynamo", "aibrix", "kubernetes", "production-stack", "llm-d", "ray", "skypilot", "dstack", "unread"];
    for (const reader of readers) expect(modules.has(`src/adapt/${reader}.ts`), reader).toBe(false);
    for (const module of ["src/hub/client.ts", "src/hub/resolver.ts", "src/hub/http.ts"]) expect(modules.has(module), module).toBe(false);
  });

  it("check on a KServe manifest loads the KServe reader and not the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-startup-kserve-"));
    mkdirSync(join(dir, "deploy"));
    writeFileSync(join(dir, "deploy", "isvc.yaml"), readFileSync(join(REPO_ROOT, "__tests__", "fixtures", "kserve", "hf-a10g.yaml")));
    const { modules, code } = loadedModules(["check", "deploy", "--fail-on", "never", "--format", "json"], dir);
    expect(code).toBe(0);
    expect(modules.has("src/adapt/kserve.ts")).toBe(true);
    for (const reader of ["ome", "kaito", "dynamo", "llm-d", "production-stack", "unread"]) expect(modules.has(`src/adapt/${reader}.ts`), reader).toBe(false);
  });

  it("no bundle holds AJV's schema compiler: the schemas are compiled at build time", () => {
    const files = [join(DIST, "cli.js"), join(DIST, "index.js"), ...readdirSync(join(DIST, "chunks")).map((f) => join(DIST, "chunks", f))];
    for (const file of files) expect(readFileSync(file, "utf8"), file).not.toMatch(/^\/\/ node_modules\/ajv\/dist\/(core|compile|2020)\b/m);
  });
});

describe("numbers written without ICU (src/base/units.ts)", () => {
  it("formatFixed writes what Intl.NumberFormat en-US writes", async () => {
    const { formatFixed, formatInteger } = await import("../src/base/units.js");
    const formats = [0, 1, 2, 3, 4].map((digits) => new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
    const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
    const intl = (value: number, digits: number) => formats[digits]!.format(value);
    const values = [0, -0, 0.5, 1.5, 2.5, -0.5, -2.5, 1.005, 1.015, 0.045, 9.995, 99.95, 999.5, 9999.5, 123456789.125, 1e20, 1e21, 1.2e-7, Infinity, -Infinity, NaN, 0.1 + 0.2, 1 / 3, -0.04, 4.35, 999999.9999, 2 ** 53 + 2];
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 20000; i++) {
      let v = next() * 10 ** (Math.floor(next() * 24) - 6) * (next() < 0.2 ? -1 : 1);
      if (next() < 0.3) v = Math.round(v * 1000) / 1000 + (next() < 0.5 ? 0.0005 : 0);
      values.push(v);
    }
    for (const value of values) {
      for (let digits = 0; digits <= 4; digits++) expect(formatFixed(value, digits), `${value} with ${digits}`).toBe(intl(value, digits));
      expect(formatInteger(value)).toBe(whole.format(value));
    }
  });
});

describe("the generated validators", () => {
  it("are a fresh compile of schemas/ (src/validate/compile.mjs --check)", () => {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, "src", "validate", "compile.mjs"), "--check"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
