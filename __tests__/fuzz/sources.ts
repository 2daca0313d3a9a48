import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * What the fuzzer mutates: every *.yaml / *.yml under __tests__/fixtures and examples, and the
 * JSON model configs (examples/models, __tests__/fixtures/hf-config) a manifest may name as its
 * model. Each keeps the path it gets inside a mutant directory: `examples/…` as in the repository,
 * `fixtures/…` for `__tests__/fixtures/…`, so that relative references (a config.json next to a
 * manifest, a ServingRuntime in the same folder) still resolve.
 */

export interface SourceFile {
  /** Where it lives in a mutant directory, forward slashes. */
  path: string;
  /** Where it lives in the repository, forward slashes. */
  origin: string;
  data: Buffer;
  text: string;
}

export interface Sources {
  manifests: SourceFile[];
  configs: SourceFile[];
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

function source(repoRoot: string, absolute: string): SourceFile {
  const origin = relative(repoRoot, absolute).split(sep).join("/");
  const path = origin.replace(/^__tests__\/fixtures\//, "fixtures/");
  const data = readFileSync(absolute);
  return { path, origin, data, text: data.toString("utf8") };
}

export function loadSources(repoRoot: string): Sources {
  const roots = [join(repoRoot, "__tests__", "fixtures"), join(repoRoot, "examples")];
  const files = roots.flatMap(walk);
  const manifests = files.filter((f) => /\.ya?ml$/.test(f)).map((f) => source(repoRoot, f));
  const configs = files
    .filter((f) => f.endsWith(".json"))
    .map((f) => source(repoRoot, f))
    .filter((s) => s.origin.startsWith("examples/models/") || s.origin.startsWith("__tests__/fixtures/hf-config/"));
  if (manifests.length === 0) throw new Error(`no manifests found under ${roots.join(" and ")}`);
  return { manifests, configs };
}

/** The folder of a mutant-directory path, "" at the top. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
