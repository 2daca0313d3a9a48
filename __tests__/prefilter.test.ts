import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADAPTERS, ALL_MARKERS, FORMATS, formatsIn } from "../src/adapt/index.js";
import { REFERENCE_MARKERS } from "../src/adapt/references.js";
import { loadConfig } from "../src/config/config.js";
import { prepareCheckLazily, runCheck } from "../src/pipeline/check.js";
import { hasMarker } from "../src/pipeline/read.js";
import { markerScanner } from "../src/read/marker-scan.js";
import type { CheckReport } from "../src/report/report.js";
import { REPO_ROOT } from "./helpers/cli.js";

/**
 * The pre-filter (a marker scan over each file's raw bytes) may only save time: these tests
 * compare it with the plain `includes` it replaces, and every file's findings and deployments
 * with and without it. "With" is what the CLI runs: prepareCheckLazily, which also loads only
 * the format readers whose markers a file holds and offers its documents to those alone;
 * "without" tries every reader on every document of every file.
 */

/** Deterministic randomness (mulberry32), so that a failure is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKERS = [...ALL_MARKERS, ...REFERENCE_MARKERS];
const naive = (text: string, markers: readonly string[]) => markers.some((m) => text.includes(m));
const bytes = (text: string) => Buffer.from(text, "latin1");

describe("the marker scanner", () => {
  const scanner = markerScanner(MARKERS);

  it("agrees with includes() on texts made of marker fragments, YAML and noise", () => {
    const next = random(0x5eed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const words = ["apiVersion: ", "kind: ", "name: ", "\n  - ", "image: ", "args: [", "--", "-", ".", "/", " ", "\n", "v1", "é", "ü"];
    let positives = 0;
    for (let n = 0; n < 3000; n++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(next() * 12);
      for (let i = 0; i < count; i++) {
        const r = next();
        const marker = pick(MARKERS);
        if (r < 0.05) parts.push(marker);
        else if (r < 0.45) {
          // A marker cut short or with one byte changed: must not count.
          const cut = Math.max(1, Math.floor(next() * marker.length));
          parts.push(next() < 0.5 ? marker.slice(0, cut) : marker.slice(0, cut - 1) + "#" + marker.slice(cut));
        } else parts.push(pick(words));
      }
      const text = parts.join("");
      const expected = naive(text, MARKERS);
      if (expected) positives++;
      expect(scanner.test(bytes(text)), JSON.stringify(text)).toBe(expected);
    }
    expect(positives).toBeGreaterThan(100);
  });

  it("finds each marker alone, at the start, at the end and inside other text", () => {
    for (const marker of MARKERS) {
      for (const text of [marker, `${marker}\n`, `x: ${marker}`, `a\n  b: "${marker}"\nc: d\n`]) {
        expect(scanner.test(bytes(text)), `${marker} in ${JSON.stringify(text)}`).toBe(true);
      }
      expect(scanner.test(bytes(marker.slice(0, -1))), `${marker} cut short`).toBe(naive(marker.slice(0, -1), MARKERS));
    }
  });

  it("handles short, repeated and overlapping markers, and empty input", () => {
    const s = markerScanner(["ab", "b", "abc", "xyzzy", "zz", "xyzzy"]);
    expect(s.test(bytes(""))).toBe(false);
    expect(s.test(bytes("a"))).toBe(false);
    expect(s.test(bytes("xb"))).toBe(true);
    expect(s.test(bytes("xyz"))).toBe(false);
    expect(s.test(bytes("zz"))).toBe(true);
    const t = markerScanner(["aaab", "-tp"]);
    expect(t.test(bytes("aaaab"))).toBe(true);
    expect(t.test(bytes("aaaa"))).toBe(false);
    expect(t.test(bytes("x -tp 2"))).toBe(true);
    expect(t.test(bytes("-t p"))).toBe(false);
  });

  it("finds long markers wherever the window lands: random texts over a small alphabet, markers of different lengths sharing pairs, a Uint8Array, a marker longer than 255", () => {
    const long = ["abcabd", "bcabdaa", "dabcab", "aaaaaab", "cdcdcdcdc", "abcd".repeat(80)];
    const sets: Array<[string[], string]> = [
      [long, "abcd"],
      [[...long, "ab", "dd-"], "abcd-"],
      [["xyzzyx"], "xyz"],
    ];
    const next = random(0x51de);
    for (const [markers, alphabet] of sets) {
      const s = markerScanner(markers);
      let positives = 0;
      for (let n = 0; n < 4000; n++) {
        const length = Math.floor(next() * (n % 10 === 0 ? 400 : 40));
        let text = "";
        for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
        const expected = naive(text, markers);
        if (expected) positives++;
        expect(s.test(bytes(text)), `${JSON.stringify(text)} for ${JSON.stringify(markers)}`).toBe(expected);
        expect(s.test(Uint8Array.from(bytes(text)))).toBe(expected);
      }
      expect(positives).toBeGreaterThan(50);
    }
  });

  it("refuses a marker that is not printable ASCII: the bytes of UTF-8 are searched undecoded", () => {
    expect(() => markerScanner(["modèle"])).toThrow(/not printable ASCII/);
  });

  it("hasMarker reads a text as bytes, never missing an ASCII marker among other characters", () => {
    expect(hasMarker("名前: x\nkind: InferenceDeployment\n")).toBe(true);
    expect(hasMarker("名前: x\nkind: Deployment\n")).toBe(false);
  });
});

/** Every file's findings and deployments, by file: a difference names the file. */
function byFile(report: CheckReport): Map<string, { findings: unknown[]; deployments: unknown[] }> {
  const files = new Map<string, { findings: unknown[]; deployments: unknown[] }>();
  const of = (file: string) => {
    let entry = files.get(file);
    if (!entry) files.set(file, (entry = { findings: [], deployments: [] }));
    return entry;
  };
  for (const finding of report.findings) of(finding.file).findings.push(finding);
  for (const deployment of report.deployments) of(deployment.file).deployments.push(deployment);
  return files;
}

async function compare(cwd: string, paths: string[]) {
  const config = loadConfig(null, cwd);
  const withFilter = (await prepareCheckLazily({ cwd, paths, config, prefilter: true })).finish();
  expect(runCheck({ cwd, paths, config, prefilter: true })).toEqual(withFilter);
  const without = runCheck({ cwd, paths, config, prefilter: false });
  const a = byFile(withFilter);
  const b = byFile(without);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [file, entry] of b) expect(a.get(file), file).toEqual(entry);
  expect(withFilter).toEqual(without);
  return a;
}

describe("every file's findings, with the pre-filter and without it", () => {
  it("are the same on the examples and every fixture folder", async () => {
    const files = await compare(REPO_ROOT, ["examples", "__tests__/fixtures"]);
    expect(files.size).toBeGreaterThan(100);
  });

  it("are the same on files that only produce findings: broken YAML, binary, odd encodings, over the size limit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-physics-prefilter-"));
    const files: Record<string, string | Buffer> = {
      "broken-native.yaml": "apiVersion: llm-physics/v1\nkind: InferenceDeployment\nspec: [unclosed\n",
      "broken-plain.yaml": "kind: ConfigMap\ndata: [unclosed\n",
      "binary-marker.yaml": Buffer.concat([Buffer.from("kind: InferenceService\n"), Buffer.from([0, 1, 2])]),
      "binary-plain.yaml": Buffer.from([0x6b, 0, 0x69, 0x6e, 0x64]),
      "utf16.yaml": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("apiVersion: llm-physics/v1\nkind: InferenceDeployment\nmetadata: {name: x}\n", "utf16le")]),
      "bad-utf8.yaml": Buffer.concat([Buffer.from("kind: InferenceDeployment\nmetadata: {name: "), Buffer.from([0xc3, 0x28]), Buffer.from("}\n")]),
      "comment-only-marker.yaml": "# vllm serve is started elsewhere\nkind: ConfigMap\n",
      "duplicate-keys.yaml": "kind: Deployment\nkind: Deployment\nimage: vllm/vllm-openai\n",
      "big.yaml": `kind: InferenceService\n${"# padding\n".repeat(300_000)}`,
      "nested/deep.yaml": `${"[".repeat(200)}vllm${"]".repeat(200)}\n`,
      "empty.yaml": "",
      // A reader's marker behind a YAML escape: the file names another format's marker (vllm) in the raw, KServe's only escaped.
      "escaped-kind.yaml": readFileSync(join(REPO_ROOT, "__tests__/fixtures/kserve/custom-vllm.yaml"), "utf8").replace("kind: InferenceService", 'kind: "\\x49nferenceService"'),
    };
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const found = await compare(dir, []);
    // The files that hold a marker are reported; the others pass unread, with the filter or without.
    for (const name of ["broken-native.yaml", "binary-marker.yaml", "bad-utf8.yaml", "big.yaml", "nested/deep.yaml", "escaped-kind.yaml"]) expect(found.has(name), name).toBe(true);
    expect(found.get("escaped-kind.yaml")!.deployments).toHaveLength(1);
  });
});

describe("the registry of format readers (src/adapt/formats.ts)", () => {
  it("has ADAPTERS' rows, in their order, each with its reader's own markers", async () => {
    expect(FORMATS.map((f) => f.format)).toEqual(ADAPTERS.map((a) => a.format));
    for (const [i, adapter] of ADAPTERS.entries()) {
      const entry = FORMATS[i]!;
      // Written out in formats.ts so that check does not import the readers: kept equal here.
      expect([...new Set(entry.markers)].sort(), `${entry.format}: the markers in src/adapt/formats.ts must be the reader's`).toEqual([...new Set(adapter.markers)].sort());
      expect(await entry.load(), entry.format).toBe(adapter.adapt);
    }
  });

  it("names the formats whose markers a text holds, and every format for a text with an escape", () => {
    expect(formatsIn("kind: ConfigMap\n").map((f) => f.format)).toEqual([]);
    expect(formatsIn("kind: InferenceService\nimage: vllm/vllm-openai\n").map((f) => f.format)).toEqual(["kserve", "kubernetes", "skypilot", "dstack"]);
    expect(formatsIn('kind: "\\x49nferenceService"\n')).toHaveLength(FORMATS.length);
  });
});
