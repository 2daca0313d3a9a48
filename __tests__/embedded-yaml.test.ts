import { LineCounter } from "yaml";
import { describe, expect, it } from "vitest";
import { embeddedMapping, lineCounterOf, parseEmbeddedYaml } from "../src/parse/embedded-yaml.js";
import { parseYamlFile, type YamlDocument } from "../src/parse/yaml-file.js";

function outer(lines: string[], eol = "\n"): { text: string; document: YamlDocument } {
  const text = lines.join(eol);
  const file = parseYamlFile("outer.yaml", text);
  expect(file.findings).toEqual([]);
  return { text, document: file.documents[0]! };
}

/** 1-based line and column of the `occurrence`-th `needle` in `text`, counted independently of the yaml library. */
function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found`);
  }
  const before = text.slice(0, at);
  const lines = before.split(/\r?\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

const SERVE = [
  "applications:",
  "- name: llms",
  "  import_path: ray.serve.llm:build_openai_app",
  "  args:",
  "    llm_configs:",
  "    - model_loading_config:",
  "        model_id: qwen",
  "      engine_kwargs:",
  "        max_model_len: 8192",
];

/** `spec.serveConfig: <header>` followed by SERVE indented by `indent` spaces. */
function withBlock(header: string, indent: number, body: string[] = SERVE): string[] {
  return ["kind: RayService", "spec:", `  serveConfig: ${header}`, ...body.map((l) => (l === "" ? "" : " ".repeat(indent) + l)), "  other: 1", ""];
}

/** Every scalar of the embedded serve config lands where the outer text has it. */
function expectExact(text: string, document: YamlDocument): void {
  const embedded = parseEmbeddedYaml(document, "spec.serveConfig", "outer.yaml")!;
  expect(embedded.exact).toBe(true);
  expect(embedded.findings).toEqual([]);
  const inner = embedded.documents[0]!;
  const cases: Array<[string, string]> = [
    ["applications[0].name", "llms"],
    ["applications[0].import_path", "ray.serve.llm:build_openai_app"],
    ["applications[0].args.llm_configs[0].model_loading_config.model_id", "qwen"],
    ["applications[0].args.llm_configs[0].engine_kwargs.max_model_len", "8192"],
  ];
  for (const [path, written] of cases) {
    const want = positionOf(text, written);
    const got = inner.ranges.get(path)!.value;
    expect({ path, line: got.line, column: got.column }).toEqual({ path, ...want });
    expect(got.endLine).toBe(want.line);
    expect(got.endColumn).toBe(want.column + written.length);
  }
  const key = inner.ranges.get("applications[0].args.llm_configs[0].engine_kwargs.max_model_len")!.key!;
  expect([key.line, key.column]).toEqual([positionOf(text, "max_model_len").line, positionOf(text, "max_model_len").column]);
}

describe("embedded YAML in a literal block scalar", () => {
  it("maps inner line n to the first content line + n - 1, columns shifted by the indentation", () => {
    const { text, document } = outer(withBlock("|", 4));
    expectExact(text, document);
    const mapping = embeddedMapping(document, "spec.serveConfig")!;
    // The header is on line 3: the block's first line is line 4, indented by 4.
    expect(mapping.map({ line: 1, column: 1, endLine: 2, endColumn: 3 })).toEqual({ line: 4, column: 5, endLine: 5, endColumn: 7 });
  });

  it("reads any indentation, and the |-, |+ and comment headers", () => {
    for (const [header, indent] of [["|-", 6], ["|+", 3], ["| # the serve config", 4], ["|-  # stripped", 8]] as const) {
      const { text, document } = outer(withBlock(header, indent));
      expectExact(text, document);
    }
  });

  it("keeps blank lines, leading ones included, and an indentation indicator with a more-indented first line", () => {
    const body = ["", "applications:", "", "- name: llms", "  import_path: ray.serve.llm:build_openai_app", "  args:", "    llm_configs:", "    - model_loading_config:", "        model_id: qwen", "      engine_kwargs:", "        max_model_len: 8192"];
    const { text, document } = outer(withBlock("|", 4, body));
    expectExact(text, document);
    // `|2`: content indented by 2 more than the key's 2; the first line indented 2 further still.
    const lines = ["kind: RayService", "spec:", "  serveConfig: |2", "      # a comment line indented deeper than the block", ...SERVE.map((l) => `    ${l}`), "  other: 1", ""];
    const indicated = outer(lines);
    const embedded = parseEmbeddedYaml(indicated.document, "spec.serveConfig", "outer.yaml")!;
    expect(embedded.exact).toBe(true);
    const got = embedded.documents[0]!.ranges.get("applications[0].args.llm_configs[0].model_loading_config.model_id")!.value;
    expect([got.line, got.column]).toEqual([positionOf(indicated.text, "qwen").line, positionOf(indicated.text, "qwen").column]);
  });

  it("is exact in a file with CRLF line ends, and with blank lines holding spaces", () => {
    const { text, document } = outer(withBlock("|", 4), "\r\n");
    expectExact(text, document);
    const spaced = withBlock("|", 4, ["applications:", "", ...SERVE.slice(1)]).map((l) => (l === "" ? "      " : l));
    const second = outer(spaced.slice(0, -1).concat([""]));
    expectExact(second.text, second.document);
  });

  it("maps what is not valid YAML inside to where it is written", () => {
    const body = ["applications:", "- name: llms", "  args: {llm_configs: [", "  other: 2"];
    const { text, document } = outer(withBlock("|", 4, body));
    const embedded = parseEmbeddedYaml(document, "spec.serveConfig", "outer.yaml")!;
    expect(embedded.exact).toBe(true);
    expect(embedded.documents[0]!.value).toBeUndefined();
    expect(embedded.findings.length).toBeGreaterThan(0);
    const first = embedded.findings[0]!;
    expect(first.ruleId).toBe("yaml-syntax");
    expect(first.file).toBe("outer.yaml");
    // Inside the block (lines 4-7), not on the outer file's own lines.
    expect(first.line).toBeGreaterThanOrEqual(positionOf(text, "applications").line);
    expect(first.line).toBeLessThanOrEqual(positionOf(text, "other: 2").line);
  });

  it("falls back to the string's range when the line lengths do not fit the text", () => {
    const { document } = outer(withBlock("|", 4));
    const other = new LineCounter();
    // A LineCounter of another text: line lengths that cannot hold the block.
    for (let offset = 1; offset < 400; offset += 3) other.addNewLine(offset);
    const mapping = embeddedMapping(document, "spec.serveConfig", other)!;
    expect(mapping.exact).toBe(false);
    // The document's own line starts, with line 6 one character longer than its text: its lines no
    // longer agree on one indentation.
    const real = lineCounterOf(document)!;
    expect(real).toBeInstanceOf(LineCounter);
    const stretched = new LineCounter();
    real.lineStarts.forEach((start, k) => stretched.addNewLine(k >= 6 ? start + 1 : start));
    expect(embeddedMapping(document, "spec.serveConfig", stretched)!.exact).toBe(false);
    expect(embeddedMapping(document, "spec.serveConfig", real)!.exact).toBe(true);
  });
});

describe("embedded YAML that is not line for line in the file", () => {
  const serve = SERVE.join("\n");
  const variants: Array<[string, string[]]> = [
    ["double-quoted", ["kind: RayService", "spec:", `  serveConfig: ${JSON.stringify(serve)}`, "  other: 1", ""]],
    ["single-quoted, over several lines", ["kind: RayService", "spec:", "  serveConfig: 'applications:", "", "    - name: llms'", "  other: 1", ""]],
    ["folded", ["kind: RayService", "spec:", "  serveConfig: >", ...SERVE.map((l) => `    ${l}`), "  other: 1", ""]],
  ];
  for (const [label, lines] of variants) {
    it(`maps every range of a ${label} string to the string's own range`, () => {
      const { document } = outer(lines);
      const whole = document.ranges.get("spec.serveConfig")!.value;
      const embedded = parseEmbeddedYaml(document, "spec.serveConfig", "outer.yaml")!;
      expect(embedded.exact).toBe(false);
      expect(embedded.documents).toHaveLength(1);
      for (const r of embedded.documents[0]!.ranges.values()) expect(r.value).toEqual(whole);
      expect(embedded.documents[0]!.range).toEqual(whole);
    });
  }

  it("reads a quoted string's value all the same", () => {
    const { document } = outer(variants[0]![1]);
    const embedded = parseEmbeddedYaml(document, "spec.serveConfig", "outer.yaml")!;
    expect(embedded.text).toBe(serve);
    expect((embedded.documents[0]!.value as { applications: Array<{ name: string }> }).applications[0]!.name).toBe("llms");
  });

  it("is undefined where there is no string", () => {
    const { document } = outer(["spec:", "  serveConfig:", "    applications: []", "  count: 3", ""]);
    expect(parseEmbeddedYaml(document, "spec.serveConfig", "outer.yaml")).toBeUndefined();
    expect(parseEmbeddedYaml(document, "spec.count", "outer.yaml")).toBeUndefined();
    expect(parseEmbeddedYaml(document, "spec.missing", "outer.yaml")).toBeUndefined();
    expect(embeddedMapping(document, "nowhere[3].x")).toBeUndefined();
  });
});
