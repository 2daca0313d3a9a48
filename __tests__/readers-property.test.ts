import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../src/adapt/index.js";
import { adaptNative, isNativeDocument } from "../src/adapt/native.js";
import { ReferenceIndex } from "../src/adapt/references.js";
import { parseYamlFile, type YamlDocument } from "../src/parse/yaml-file.js";
import { validateDocument } from "../src/validate/schema-validator.js";
import { mulberry32 } from "./fuzz/random.js";
import { REPO_ROOT } from "./helpers/cli.js";

/**
 * A property of every reader: whatever value the YAML library hands it, it returns (an
 * adaptation, null, notes) and never throws nor runs forever. The parse stage already refuses
 * cycles and depth; the readers must not rely on it. Each fixture's documents get, at a seeded
 * random place of their plain value, one of: a value that contains itself (as `&a [*a]` makes
 * it), one nested 1,000 levels deep, a megabyte string, a list of 100,000 items, numbers no
 * manifest holds (NaN, ±Infinity, -0, 1e308), an object with a `__proto__` key or no prototype,
 * and odd types in place of maps and lists. Every reader, the reference index and the schema
 * validator then read it directly, without the pipeline's safety net.
 */

function cyclicMap(): unknown {
  const m: Record<string, unknown> = { name: "x" };
  m.self = m;
  m.spec = { inner: m };
  return m;
}

function cyclicList(): unknown {
  const l: unknown[] = ["--model", "x"];
  l.push(l);
  return l;
}

function deep(levels: number): unknown {
  let v: unknown = "bottom";
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { k: v };
  return v;
}

function protoKey(): unknown {
  const o: Record<string, unknown> = {};
  Object.defineProperty(o, "__proto__", { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(o, "constructor", { value: "x", enumerable: true, writable: true, configurable: true });
  return o;
}

const ODD: Array<[string, () => unknown]> = [
  ["cyclic map", cyclicMap],
  ["cyclic list", cyclicList],
  ["1,000 deep", () => deep(1000)],
  ["1 MB string", () => "m".repeat(1_000_000)],
  ["100,000 items", () => Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? "--max-model-len" : String(i)))],
  ["NaN", () => NaN],
  ["Infinity", () => Infinity],
  ["-Infinity", () => -Infinity],
  ["-0", () => -0],
  ["1e308", () => 1e308],
  ["__proto__ key", protoKey],
  ["no prototype", () => Object.assign(Object.create(null), { a: 1 })],
  ["null", () => null],
  ["true", () => true],
  ["empty list", () => []],
  ["empty map", () => ({})],
  ["string for a map", () => "nvidia.com/gpu"],
];

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Every container (map or list) of a value, with how to replace one of its entries. */
function slots(value: unknown): Array<(v: unknown) => void> {
  const found: Array<(v: unknown) => void> = [];
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      const holder = node as Record<string, unknown>;
      found.push((v) => (holder[key] = v));
      stack.push(holder[key]);
    }
  }
  return found;
}

describe("no reader throws on any value the YAML library can return", () => {
  const sources = [...yamlFiles(join(REPO_ROOT, "__tests__", "fixtures")), ...yamlFiles(join(REPO_ROOT, "examples"))].filter((f) => !f.includes(join("fixtures", "validate")));

  /** Read one mutated document with every reader; a throw fails with the case named. */
  function readAll(document: YamlDocument, file: string, source: string, label: string): void {
    const references = new ReferenceIndex();
    expect(() => references.addFile([document], file, source), label).not.toThrow();
    for (const adapter of ADAPTERS) {
      expect(() => adapter.adapt(document, file, source, references), `${label} read as ${adapter.format}`).not.toThrow();
    }
    if (isNativeDocument(document.value)) {
      let findings: unknown[] = [];
      expect(() => (findings = validateDocument("inference-deployment", document, file)), `${label} validated`).not.toThrow();
      if (findings.length === 0) expect(() => adaptNative(document, file, source), `${label} read as native`).not.toThrow();
    }
  }

  const CHEAP = ODD.filter(([name]) => !["1,000 deep", "1 MB string", "100,000 items"].includes(name));
  const COSTLY = ODD.filter(([name]) => !CHEAP.some(([cheap]) => cheap === name));

  it("every reader, the reference index and the schema validator, with an odd value in every place of every fixture", () => {
    let cases = 0;
    for (const source of sources) {
      const file = relative(REPO_ROOT, source);
      const text = readFileSync(source, "utf8");
      const count = parseYamlFile(file, text).documents.map((d) => slots(d.value).length);
      count.forEach((places, index) => {
        for (let place = 0; place < places; place++) {
          // A fresh parse per case: the mutation happens in place. Odd values take turns by place.
          const [oddName, odd] = CHEAP[(place + index) % CHEAP.length]!;
          const document = parseYamlFile(file, text).documents[index]!;
          slots(document.value)[place]!(odd());
          readAll(document, file, source, `${file} document ${index} place ${place} with ${oddName}`);
          cases++;
        }
      });
    }
    expect(cases).toBeGreaterThan(1000);
  });

  it("and with the costly values (deep, a megabyte, 100,000 items) at seeded random places", () => {
    const random = mulberry32(0x5eed_cafe);
    let cases = 0;
    for (const source of sources) {
      const file = relative(REPO_ROOT, source);
      const text = readFileSync(source, "utf8");
      for (const [oddName, odd] of COSTLY) {
        const documents = parseYamlFile(file, text).documents.filter((d) => typeof d.value === "object" && d.value !== null);
        if (documents.length === 0) continue;
        const document = documents[Math.floor(random() * documents.length)]!;
        const places = slots(document.value);
        if (places.length === 0) continue;
        places[Math.floor(random() * places.length)]!(odd());
        readAll(document, file, source, `${file} with ${oddName}`);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(COSTLY.length * 50);
  });
});
