import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
// @ts-expect-error: a plain ES module of the build, without types
import { packageDir } from "../scripts/notices.mjs";
// @ts-expect-error: a plain ES module of the release workflow, without types
import { releaseNotes } from "../scripts/release-notes.mjs";

// What publishing rests on: the release workflow and its checks, the changelog, the licence
// notices the build writes, the Marketplace's limits on action.yml, the pre-commit hook and the
// schema URLs given to editors and SchemaStore.

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path: string): string => readFileSync(join(REPO_ROOT, path), "utf8");
const pkg = JSON.parse(read("package.json")) as { version: string; name: string };

type Notes = { version: string; major: string; notes: string } | Error;
const notes = releaseNotes as (tag: string, version: string, changelog: string) => Notes;

const CHANGELOG = `# Changelog

## [Unreleased]

- next

## [1.2.0] - 2027-01-05

### Fixed

- a thing

## [1.1.0]

- older

[1.2.0]: https://example.com/compare/v1.1.0...v1.2.0
`;

describe("release notes (scripts/release-notes.mjs)", () => {
  it("prints the section of the tag's version, without the link definitions", () => {
    expect(notes("v1.2.0", "1.2.0", CHANGELOG)).toEqual({ version: "1.2.0", major: "v1", notes: "### Fixed\n\n- a thing\n" });
    expect(notes("v1.1.0", "1.1.0", CHANGELOG)).toEqual({ version: "1.1.0", major: "v1", notes: "- older\n" });
  });

  it.each([
    ["1.2.0", "1.2.0", "is not vMAJOR.MINOR.PATCH"],
    ["v1.2", "1.2.0", "is not vMAJOR.MINOR.PATCH"],
    ["v1.2.0-rc.1", "1.2.0-rc.1", "is not vMAJOR.MINOR.PATCH"],
    ["v1.2.0\n::error::x", "1.2.0", "is not vMAJOR.MINOR.PATCH"],
    ["v1.3.0", "1.2.0", 'is not the version in package.json (1.2.0): set "version": "1.3.0"'],
    ["v1.0.0", "1.0.0", 'has no section "## [1.0.0]"'],
  ])("refuses %j (package %s): %s", (tag, version, why) => {
    const result = notes(tag, version, CHANGELOG);
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toContain(why);
  });

  it("refuses an empty section, and one that only a longer version's heading would match", () => {
    expect((notes("v2.0.0", "2.0.0", "## [2.0.0]\n\n## [1.0.0]\n- x\n") as Error).message).toContain("is empty");
    expect(notes("v1.0.0", "1.0.0", "## [1.0.0.1]\n- x\n")).toBeInstanceOf(Error);
    expect(notes("v1.0.0", "1.0.0", "## [1x0x0]\n- x\n")).toBeInstanceOf(Error);
  });

  it("accepts the repository's own tag for its version", () => {
    const result = notes(`v${pkg.version}`, pkg.version, read("CHANGELOG.md"));
    expect(result).not.toBeInstanceOf(Error);
    expect((result as { notes: string }).notes.length).toBeGreaterThan(20);
  });
});

describe(".github/workflows/release.yml", () => {
  const workflow = parse(read(".github/workflows/release.yml")) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { permissions: Record<string, string>; env: Record<string, string>; steps: Array<{ name?: string; run?: string; uses?: string }> }>;
  };
  const job = workflow.jobs.release!;
  const runs = job.steps.map((s) => s.run ?? "").join("\n");

  it("runs on vX.Y.Z tags only, reading with the workflow's token and writing only in its job", () => {
    expect(workflow.on).toEqual({ push: { tags: ["v[0-9]+.[0-9]+.[0-9]+"] } });
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(job.permissions).toEqual({ contents: "write" });
  });

  it("never expands an expression inside a script: the tag reaches the shell as $TAG", () => {
    for (const step of job.steps) expect(step.run ?? "", step.name).not.toContain("${{");
    expect(job.env.TAG).toBe("${{ github.ref_name }}");
  });

  it("checks the tag, the tests, a fresh dist/ and the packed CLI before it releases and moves the major tag", () => {
    const order = [
      'node scripts/release-notes.mjs "$TAG"',
      "npm ci",
      "npm test",
      "git diff --exit-code --stat -- dist/",
      'test -z "$(git status --porcelain -- dist/)"',
      "npm pack",
      "npx --offline llm-physics --version",
      'gh release create "$TAG" --verify-tag',
      'git tag --force "$major" "$GITHUB_SHA"',
      'git push --force origin "refs/tags/$major"',
    ];
    const at = order.map((text) => runs.indexOf(text));
    for (const [i, text] of order.entries()) expect(at[i], text).toBeGreaterThanOrEqual(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // An older release of a major (a backport) does not pull the major tag back.
    expect(runs).toContain('git tag --list "$major.*.*" --sort=-v:refname');
  });
});

describe("action.yml for the Marketplace", () => {
  const action = parse(read("action.yml")) as { name: string; description: string; branding: { icon: string; color: string } };

  it("has a description under 125 characters, a name and branding", () => {
    expect(action.description.length).toBeLessThan(125);
    expect(action.description).not.toMatch(/\n/);
    expect(action.name).toBe("llm-physics");
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });
});

describe("the licence notices (dist/licenses.txt)", () => {
  it("finds the package of a bundled file, scoped and nested ones included", () => {
    const dir = packageDir as (input: string) => string | null;
    expect(dir("node_modules/yaml/dist/index.js")).toBe("node_modules/yaml");
    expect(dir("node_modules/@octokit/core/dist-src/index.js")).toBe("node_modules/@octokit/core");
    expect(dir("node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js")).toBe(
      "node_modules/@actions/github/node_modules/@actions/http-client",
    );
    expect(dir("node_modules/a/node_modules/b/x.js")).toBe("node_modules/a/node_modules/b");
    expect(dir("src/cli.ts")).toBeNull();
    expect(dir("node_modules/@scope")).toBeNull();
  });

  it.skipIf(!existsSync(join(REPO_ROOT, "dist", "licenses.txt")))("lists the packages in each bundle with their licence texts", () => {
    const text = read("dist/licenses.txt");
    const index = [...text.matchAll(/^- (\S+) (\S+) \(([^)]+)\): (.+)$/gm)].map((m) => ({ name: m[1]!, version: m[2]!, license: m[3]!, bundles: m[4]! }));
    const byName = new Map(index.map((e) => [e.name, e]));
    for (const name of ["yaml", "ajv", "picomatch", "shell-quote", "fastest-levenshtein"]) expect(byName.get(name)?.bundles, name).toContain("dist/cli.js");
    for (const name of ["@actions/core", "@octokit/core", "undici"]) {
      expect(byName.get(name)?.bundles, name).toBe("dist/index.js"); // GitHub-only code stays out of the CLI
    }
    for (const entry of index) {
      // Each has its section, with the version that is in node_modules and a licence text.
      const section = text.split(/^={78}$/m).find((s) => s.startsWith(`\n${entry.name} ${entry.version} (`));
      expect(section, entry.name).toBeDefined();
      expect(section!, entry.name).toMatch(/\n--- \S+\n\n\S/);
      expect(entry.license, entry.name).not.toBe("UNKNOWN");
    }
    expect(byName.get("yaml")!.version).toBe((JSON.parse(read("node_modules/yaml/package.json")) as { version: string }).version);
  });
});

describe(".pre-commit-hooks.yaml", () => {
  it("runs the package's command on YAML files", () => {
    const hooks = parse(read(".pre-commit-hooks.yaml")) as Array<Record<string, unknown>>;
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: "llm-physics", entry: "llm-physics check", language: "node" });
    const files = new RegExp(hooks[0]!.files as string);
    for (const name of ["deploy/a.yaml", "values.yml", ".llm-physics.yml"]) expect(files.test(name), name).toBe(true);
    for (const name of ["README.md", "a.yaml.bak", "x.json"]) expect(files.test(name), name).toBe(false);
  });
});

describe("the schemas' published URLs", () => {
  const catalog = JSON.parse(read("docs/schemastore.json")) as { schemas: Array<{ name: string; description: string; url: string; fileMatch?: string[]; versions?: Record<string, string> }> };
  const RAW = /^https:\/\/raw\.githubusercontent\.com\/llm-physics\/llm-physics\/(v\d+(?:\.\d+\.\d+)?)\/(schemas\/[a-z-]+\.schema\.json)$/;

  it("names, for each schema, the raw file of schemas/ at the major tag and at each release", () => {
    expect(catalog.schemas.map((s) => RAW.exec(s.url)?.[2])).toEqual(["schemas/config.schema.json", "schemas/inference-deployment.schema.json"]);
    const major = `v${pkg.version.split(".")[0]}`;
    for (const entry of catalog.schemas) {
      const [, tag, path] = RAW.exec(entry.url)!;
      expect(tag, entry.name).toBe(major);
      expect(existsSync(join(REPO_ROOT, path!)), path).toBe(true);
      expect(entry.versions?.[pkg.version], entry.name).toBe(entry.url.replace(`/${major}/`, `/v${pkg.version}/`));
      expect(entry.description.length, entry.name).toBeGreaterThan(20);
    }
    expect(catalog.schemas[0]!.fileMatch).toEqual([".llm-physics.yml", ".llm-physics.yaml"]);
  });

  it("is what the README's $schema lines and the action's uses: line give", () => {
    const readme = read("README.md");
    const major = `v${pkg.version.split(".")[0]}`;
    const lines = [...readme.matchAll(/\$schema=(\S+)/g)].map((m) => m[1]);
    expect(lines.sort()).toEqual(catalog.schemas.map((s) => s.url).sort());
    expect(readme).toContain(`uses: llm-physics/llm-physics@${major}`);
    expect(readme).not.toMatch(/uses: llm-physics\/llm-physics@(?!v0\b)/);
  });

  it("is each schema's own $id, and the $schema line its description tells editors to add", () => {
    for (const name of ["config", "inference-deployment", "report"]) {
      const schema = JSON.parse(read(`schemas/${name}.schema.json`)) as { $id: string; description: string };
      const url = `https://raw.githubusercontent.com/llm-physics/llm-physics/v${pkg.version.split(".")[0]}/schemas/${name}.schema.json`;
      expect(schema.$id, name).toBe(url);
      const published = catalog.schemas.find((s) => s.url.endsWith(`/schemas/${name}.schema.json`));
      if (published) expect(published.url).toBe(schema.$id);
      for (const m of schema.description.matchAll(/\$schema=(\S+?)`/g)) expect(m[1], name).toBe(url);
    }
  });
});
