import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, visit, type Scalar } from "yaml";
import { runCheck } from "../src/pipeline/check.js";
import { defaultConfig } from "../src/config/config.js";
import { mulberry32 } from "./fuzz/random.js";
import { REPO_ROOT } from "./helpers/cli.js";

/**
 * Bad input never crashes a run. Every fixture and example is mutated (deterministically: a seeded
 * generator) by putting an odd value in place of one of its scalars: null, an empty list or map, a
 * negative, zero, a huge number, an empty string, an undefined variable, a very long digit string.
 * Each mutant is checked alone, then together with the files it may name (a ServingRuntime); the
 * run must finish with a report, whatever it finds.
 */

const ODD_VALUES: unknown[] = [null, [], {}, -1, 0, 1e308, "", "x", true, "$(UNDEFINED_VAR)", "9".repeat(400), { a: [1, { b: null }] }, "ray.serve.llm"];
const MUTANTS_PER_FILE = 3;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** `text` with its `index`-th scalar (in document order) replaced by `value`. */
function mutate(text: string, pick: (count: number) => number, value: unknown): string {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return text;
  const scalars: Scalar[] = [];
  for (const doc of docs) visit(doc, { Scalar: (_key, node) => void scalars.push(node) });
  if (scalars.length === 0) return text;
  const target = scalars[pick(scalars.length)]!;
  for (const doc of docs) {
    visit(doc, {
      Scalar: (_key, node) => (node === target ? doc.createNode(value) : undefined),
    });
  }
  return docs.map((d) => d.toString()).join("---\n");
}

describe("mutated manifests never crash check", () => {
  const sources = [...yamlFiles(join(REPO_ROOT, "__tests__", "fixtures")), ...yamlFiles(join(REPO_ROOT, "examples"))].filter(
    (f) => !f.includes(`${join("fixtures", "validate")}`),
  );

  it("has fixtures of every format to mutate", () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it(`${MUTANTS_PER_FILE} mutants of each file are checked to the end`, () => {
    const random = mulberry32(0x0dd_5eed);
    const pick = (count: number) => Math.floor(random() * count);
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-mutants-"));
    const config = defaultConfig();
    let checked = 0;
    for (const source of sources) {
      const text = readFileSync(source, "utf8");
      for (let i = 0; i < MUTANTS_PER_FILE; i++) {
        const name = `${relative(REPO_ROOT, source).replace(/[\\/]/g, "__")}.${i}.yaml`;
        writeFileSync(join(dir, name), mutate(text, pick, ODD_VALUES[pick(ODD_VALUES.length)]));
        const report = runCheck({ cwd: dir, paths: [name], config });
        expect(report.summary.files, name).toBe(1);
        checked++;
      }
    }
    // All mutants at once, so that mutated runtimes and caches meet the deployments naming them
    // (a mutant that lost every marker is not read in a directory, as any file without one).
    const all = runCheck({ cwd: dir, paths: ["."], config });
    // No reader failed on a mutant: each says what it cannot use instead of giving up.
    expect(all.findings.filter((f) => f.message.includes("could not be read as"))).toEqual([]);
    expect(all.summary.files).toBeGreaterThan(checked / 2);
    expect(all.summary.files).toBeLessThanOrEqual(checked);
  });
});
