import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/cli.js";

/**
 * The layout is the pipeline, and data flows forward only. These rules are read from the imports
 * of every module in src/, so that they stay true as formats, rules and outputs are added:
 *
 * - physics imports only physics; base (the types and wording every stage shares) only base and
 *   physics types;
 * - checkpoint (safetensors and GGUF headers, byte and parameter counting) is pure: base and physics only;
 * - catalog imports none of adapt, estimate, evaluate, report, check, config; the Hub client
 *   (hub/) sits on catalog and checkpoint and is imported only by the pipeline and the entry points;
 * - adapt none of evaluate, report, check; estimate none of adapt, evaluate, report;
 *   evaluate none of report; report none of adapt; config none of evaluate or adapt;
 * - only the CLI and the action import the pipeline (src/pipeline/), and nothing imports them but
 *   their entry points (src/cli.ts, src/index.ts);
 * - no import cycles, between files of one layer either.
 */

const SRC = join(REPO_ROOT, "src");

/** What each layer may import, besides itself. A layer missing here is a new folder: add it. */
const ALLOWED: Record<string, readonly string[]> = {
  physics: [],
  base: ["physics"],
  read: ["base"],
  parse: ["base"],
  discover: ["base", "read"],
  validate: ["base", "parse"],
  checkpoint: ["base", "physics"],
  catalog: ["base", "physics", "read", "checkpoint"],
  hub: ["base", "physics", "read", "checkpoint", "catalog"],
  adapt: ["base", "physics", "parse", "catalog"],
  estimate: ["base", "physics", "catalog"],
  evaluate: ["base", "physics", "parse", "catalog", "estimate"],
  config: ["base", "parse", "read", "validate"],
  report: ["base", "physics", "estimate", "evaluate"],
  pipeline: ["base", "physics", "read", "discover", "parse", "validate", "checkpoint", "catalog", "hub", "adapt", "estimate", "evaluate", "config", "report"],
  cli: ["base", "physics", "read", "discover", "parse", "validate", "checkpoint", "catalog", "hub", "adapt", "estimate", "evaluate", "config", "report", "pipeline"],
  action: ["base", "physics", "read", "discover", "parse", "validate", "checkpoint", "catalog", "hub", "adapt", "estimate", "evaluate", "config", "report", "pipeline"],
  "entry:cli": ["cli"],
  "entry:action": ["action"],
};

interface Edge {
  from: string;
  to: string;
}

/** The layer of a module: its folder under src/, or for the top-level files what they are. */
function layerOf(file: string): string {
  const rel = relative(SRC, file).split("\\").join("/");
  if (rel === "cli.ts") return "entry:cli";
  if (rel === "index.ts") return "entry:action";
  return rel.includes("/") ? rel.slice(0, rel.indexOf("/")) : rel.replace(/\.ts$/, "");
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Every relative import of every module (static, type-only and dynamic), resolved to a .ts file under src/. */
function importEdges(): Edge[] {
  const edges: Edge[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(pattern)) {
      const target = normalize(join(dirname(file), match[1]!)).replace(/\.js$/, ".ts");
      if (!target.startsWith(SRC) || !target.endsWith(".ts")) continue; // schemas/*.json
      edges.push({ from: file, to: target });
    }
  }
  return edges;
}

/** The imports that break a layer rule, as `from → to (layer → layer)`. */
function layerViolations(edges: readonly Edge[]): string[] {
  const problems: string[] = [];
  for (const { from, to } of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (a === b) continue;
    const allowed = ALLOWED[a];
    if (!allowed) problems.push(`${relative(SRC, from)}: layer "${a}" has no rule in ALLOWED`);
    else if (!allowed.includes(b)) problems.push(`${relative(SRC, from)} → ${relative(SRC, to)} (${a} may not import ${b})`);
  }
  return problems;
}

/** The import cycles among files, each as a list of files (Tarjan's strongly connected components). */
function cycles(edges: readonly Edge[]): string[][] {
  const graph = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!graph.has(from)) graph.set(from, []);
    if (!graph.has(to)) graph.set(to, []);
    graph.get(from)!.push(to);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)!) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(relative(SRC, w));
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return found;
}

describe("the layers of src/", () => {
  const edges = importEdges();

  it("reads the imports of every module", () => {
    expect(edges.length).toBeGreaterThan(200);
    // Every layer has a rule, and every rule a layer.
    expect(new Set(sourceFiles(SRC).map(layerOf))).toEqual(new Set(Object.keys(ALLOWED)));
  });

  it("no module imports a layer it may not", () => {
    expect(layerViolations(edges)).toEqual([]);
  });

  it("no import cycles", () => {
    expect(cycles(edges)).toEqual([]);
  });

  it("would catch each edge the structure once had", () => {
    const at = (path: string) => join(SRC, path);
    const old: Array<[string, string]> = [
      ["evaluate/rules/vram-exceeds-capacity.ts", "report/units.ts"],
      ["catalog/model-variants.ts", "adapt/engine-args.ts"],
      ["catalog/resolve.ts", "estimate/estimate.ts"],
      ["report/report.ts", "adapt/deployment.ts"],
      ["config/config.ts", "evaluate/rule.ts"],
      ["physics/memory.ts", "base/units.ts"],
      ["adapt/kserve.ts", "evaluate/rule.ts"],
      ["estimate/estimate.ts", "adapt/deployment.ts"],
      ["catalog/resolve.ts", "pipeline/check.ts"],
      ["report/text.ts", "cli/main.ts"],
    ];
    for (const [from, to] of old) expect(layerViolations([{ from: at(from), to: at(to) }]), `${from} → ${to}`).toHaveLength(1);
    // The cycle model-variants ↔ resolve that worked only because one binding was read lazily.
    const cycle = [
      { from: at("catalog/model-variants.ts"), to: at("catalog/resolve.ts") },
      { from: at("catalog/resolve.ts"), to: at("catalog/model-variants.ts") },
    ];
    expect(cycles(cycle)).toEqual([["catalog/model-variants.ts", "catalog/resolve.ts"]]);
  });
});
