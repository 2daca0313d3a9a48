import { describe, expect, it } from "vitest";
import { applySuppressions, findSuppressions } from "../src/evaluate/suppressions.js";
import type { Finding } from "../src/base/findings.js";
import { parseYamlFile, type YamlFile } from "../src/parse/yaml-file.js";

const FILE = "deploy/chat.yaml";

function parse(text: string): YamlFile {
  const file = parseYamlFile(FILE, text);
  expect(file.findings).toEqual([]);
  return file;
}

/** A finding on the value (or key) of a dotted path of the first document, as the rules place them. */
function findingAt(file: YamlFile, path: string, ruleId: string, part: "value" | "key" = "value", documentIndex = 0): Finding {
  const ranges = file.documents[documentIndex]!.ranges.get(path);
  if (!ranges) throw new Error(`no path ${path}`);
  const range = part === "key" ? ranges.key! : ranges.value;
  return { ruleId, severity: "error", message: `${ruleId} at ${path}`, file: file.file, deployment: "chat", ...range };
}

function run(file: YamlFile, findings: Finding[]) {
  return applySuppressions(file, findings, findSuppressions(file));
}

const MANIFEST = `apiVersion: llm-physics/v1
kind: InferenceDeployment
metadata:
  name: chat
spec:
  model: meta-llama/Llama-3.1-70B-Instruct
  # llm-physics-ignore vram-exceeds-capacity -- offloads to CPU, measured on the lab box
  hardware:
    gpu: A100 # llm-physics-ignore unknown-gpu -- lab GPU not in the catalog yet
    count: 1
  serving:
    contextLength: 8192
`;

describe("findSuppressions", () => {
  it("reads ids, reason, position and the line covered", () => {
    const file = parse(MANIFEST);
    expect(findSuppressions(file)).toEqual([
      {
        file: FILE,
        line: 7,
        ruleIds: ["vram-exceeds-capacity"],
        reason: "offloads to CPU, measured on the lab box",
        range: { line: 7, column: 3, endLine: 7, endColumn: 89 },
        coversLine: 8,
      },
      {
        file: FILE,
        line: 9,
        ruleIds: ["unknown-gpu"],
        reason: "lab GPU not in the catalog yet",
        range: { line: 9, column: 15, endLine: 9, endColumn: 81 },
        coversLine: 9,
      },
    ]);
  });

  it("accepts several comma-separated ids, with or without spaces", () => {
    const file = parse("a: 1 #llm-physics-ignore unknown-gpu,unknown-model , schema -- fixture\n");
    const [s] = findSuppressions(file);
    expect(s!.ruleIds).toEqual(["unknown-gpu", "unknown-model", "schema"]);
    expect(s!.reason).toBe("fixture");
  });

  it("ignores # inside quoted strings, block scalars and plain scalars", () => {
    const file = parse(
      [
        'name: "chat # llm-physics-ignore unknown-gpu -- not a comment"',
        "other: 'x # llm-physics-ignore unknown-gpu -- nor this'",
        "script: |",
        "  # llm-physics-ignore unknown-gpu -- inside a block scalar",
        "plain: a#llm-physics-ignore",
        "",
      ].join("\n"),
    );
    expect(findSuppressions(file)).toEqual([]);
  });

  it("ignores other comments and lookalike directives", () => {
    const file = parse("# a comment\na: 1 # llm-physics-ignored unknown-gpu -- x\nb: 2 # see llm-physics-ignore docs\n");
    expect(findSuppressions(file)).toEqual([]);
  });

  it("survives a document nested thousands of levels deep", () => {
    const file = parseYamlFile(FILE, `spec: ${"[".repeat(5000)}${"]".repeat(5000)} # llm-physics-ignore schema -- deep\n`);
    expect(findSuppressions(file).map((s) => s.ruleIds)).toEqual([["schema"]]);
  });

  it("keeps a reason-less, id-less or misspelt directive so it can be reported", () => {
    const file = parse("a: 1 # llm-physics-ignore\nb: 2 # llm-physics-ignore vram-exceed\nc: 3 # llm-physics-ignore tier-above-target --   \n");
    expect(findSuppressions(file).map((s) => [s.line, s.ruleIds, s.reason])).toEqual([
      [1, [], null],
      [2, ["vram-exceed"], null],
      [3, ["tier-above-target"], null],
    ]);
  });
});

describe("applySuppressions", () => {
  it("suppresses a finding on the comment's own line", () => {
    const file = parse(MANIFEST);
    const gpu = findingAt(file, "spec.hardware.gpu", "unknown-gpu");
    const result = run(file, [gpu, findingAt(file, "spec.hardware", "vram-exceeds-capacity", "key")]);
    expect(result.suppressed).toContain(gpu);
    expect(result.kept).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it("suppresses from the line above, on the node and everything inside it", () => {
    const file = parse(MANIFEST);
    const onKey = findingAt(file, "spec.hardware", "vram-exceeds-capacity", "key");
    const onChild = findingAt(file, "spec.hardware.count", "vram-exceeds-capacity");
    const result = run(file, [onKey, onChild, findingAt(file, "spec.hardware.gpu", "unknown-gpu")]);
    expect(result.suppressed).toEqual([onKey, onChild, expect.objectContaining({ ruleId: "unknown-gpu" })]);
    expect(result.kept).toEqual([]);
  });

  it("does not cover siblings, the parent, or other rules", () => {
    const file = parse(MANIFEST);
    const sibling = findingAt(file, "spec.serving.contextLength", "vram-exceeds-capacity");
    const parent = findingAt(file, "spec", "vram-exceeds-capacity", "key");
    const model = findingAt(file, "spec.model", "vram-exceeds-capacity");
    const otherRule = findingAt(file, "spec.hardware.count", "headroom-below-minimum");
    const gpu = findingAt(file, "spec.hardware.gpu", "unknown-gpu");
    const result = run(file, [sibling, parent, model, otherRule, gpu]);
    expect(result.kept).toEqual([sibling, parent, model, otherRule]);
    expect(result.suppressed).toEqual([gpu]);
    // The vram suppression hid nothing here.
    expect(result.findings).toEqual([
      {
        ruleId: "unused-suppression",
        severity: "warning",
        message:
          "llm-physics-ignore vram-exceeds-capacity suppressed nothing: no vram-exceeds-capacity finding starts on line 8 or inside" +
          " the node that starts there; remove it, or move the comment to the finding's line or the line above it",
        file: FILE,
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 89,
      },
    ]);
  });

  it("a same-line comment covers the node starting on that line, not the next line", () => {
    const file = parse("spec:\n  gpu: A100 # llm-physics-ignore unknown-gpu, schema -- reason\n  count: 1\n");
    const count = findingAt(file, "spec.count", "schema");
    const result = run(file, [count, findingAt(file, "spec.gpu", "unknown-gpu")]);
    expect(result.kept).toEqual([count]);
    expect(result.findings.map((f) => f.message)).toEqual([
      "llm-physics-ignore schema suppressed nothing: no schema finding starts on this line or inside the node that starts there;" +
        " remove it, or move the comment to the finding's line or the line above it",
    ]);
  });

  it("covers a list item from the line above it", () => {
    const file = parse("args:\n  - --model\n  # llm-physics-ignore schema -- vendor flag\n  - --weird-flag\n  - --other\n");
    const weird = findingAt(file, "args[1]", "schema");
    const other = findingAt(file, "args[2]", "schema");
    const result = run(file, [weird, other]);
    expect(result.suppressed).toEqual([weird]);
    expect(result.kept).toEqual([other]);
  });

  it("lets stacked comment lines all cover the node below; a blank line ends that", () => {
    const file = parse(
      [
        "spec:",
        "  # llm-physics-ignore unknown-gpu -- first",
        "  # a plain comment in between",
        "  # llm-physics-ignore schema -- second",
        "  gpu: A100",
        "  # llm-physics-ignore tier-above-target -- detached",
        "",
        "  model: x",
        "",
      ].join("\n"),
    );
    const suppressions = findSuppressions(file);
    expect(suppressions.map((s) => s.coversLine)).toEqual([5, 5, 7]);
    const result = applySuppressions(file, [findingAt(file, "spec.gpu", "unknown-gpu"), findingAt(file, "spec.gpu", "schema"), findingAt(file, "spec.model", "tier-above-target")], suppressions);
    expect(result.suppressed.map((f) => f.ruleId)).toEqual(["unknown-gpu", "schema"]);
    expect(result.kept.map((f) => f.ruleId)).toEqual(["tier-above-target"]);
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([["unused-suppression", 6]]);
  });

  it("suppresses without a reason but reports the missing reason at the comment", () => {
    const file = parse("spec:\n  gpu: A100 # llm-physics-ignore unknown-gpu\n");
    const gpu = findingAt(file, "spec.gpu", "unknown-gpu");
    const result = run(file, [gpu]);
    expect(result.suppressed).toEqual([gpu]);
    expect(result.findings).toEqual([
      {
        ruleId: "suppression-without-reason",
        severity: "warning",
        message: "llm-physics-ignore unknown-gpu gives no reason; say why after a double dash: `# llm-physics-ignore unknown-gpu -- <reason>`",
        file: FILE,
        line: 2,
        column: 13,
        endLine: 2,
        endColumn: 45,
      },
    ]);
  });

  it("reports an unknown rule id with a did-you-mean", () => {
    const file = parse("spec:\n  hardware: # llm-physics-ignore vram-exceed -- typo\n    count: 1\n");
    const result = run(file, [findingAt(file, "spec.hardware", "vram-exceeds-capacity", "key")]);
    expect(result.kept).toHaveLength(1);
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([
      [
        "unused-suppression",
        '"vram-exceed" is not a rule id, so this llm-physics-ignore suppresses nothing for it; did you mean "vram-exceeds-capacity"?',
      ],
    ]);
  });

  it("lists the valid ids when no rule id is close", () => {
    const file = parse("a: 1 # llm-physics-ignore zzzzzzzz -- ?\n");
    const [finding] = run(file, []).findings;
    expect(finding!.message).toBe(
      '"zzzzzzzz" is not a rule id, so this llm-physics-ignore suppresses nothing for it; the rule ids are yaml-syntax, schema,' +
        " unknown-model, unknown-gpu, incomplete-deployment, vram-exceeds-capacity, headroom-below-minimum, tier-above-target, bandwidth-insufficient," +
        " fp8-not-native, tensor-parallel-invalid, context-exceeds-model-max, concurrency-exceeds-kv-capacity",
    );
  });

  it("reports a directive naming no rule", () => {
    const file = parse("a: 1 # llm-physics-ignore -- why\n");
    expect(run(file, []).findings.map((f) => [f.ruleId, f.message])).toEqual([
      ["unused-suppression", "llm-physics-ignore names no rule id, so it suppresses nothing; write `# llm-physics-ignore <rule-id> -- <reason>`"],
    ]);
  });

  it("never suppresses the suppression stage's own findings", () => {
    const file = parse("a: 1 # llm-physics-ignore unused-suppression, suppression-without-reason -- trying\n");
    const own: Finding = { ruleId: "unused-suppression", severity: "warning", message: "x", file: FILE, line: 1, column: 1, endLine: 1, endColumn: 2 };
    const result = run(file, [own]);
    expect(result.kept).toEqual([own]);
    expect(result.findings.map((f) => f.message)).toEqual([
      'unused-suppression findings cannot be suppressed; remove "unused-suppression" from this llm-physics-ignore comment',
      'suppression-without-reason findings cannot be suppressed; remove "suppression-without-reason" from this llm-physics-ignore comment',
    ]);
  });

  it("leaves findings of other files alone", () => {
    const file = parse("spec:\n  gpu: A100 # llm-physics-ignore unknown-gpu -- r\n");
    const elsewhere = { ...findingAt(file, "spec.gpu", "unknown-gpu"), file: "deploy/other.yaml" };
    const result = run(file, [elsewhere]);
    expect(result.kept).toEqual([elsewhere]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(["unused-suppression"]);
  });

  it("works per document in a multi-document file", () => {
    const file = parse("a:\n  gpu: x\n---\n# llm-physics-ignore unknown-gpu -- second only\nb:\n  gpu: y\n");
    const first = findingAt(file, "a.gpu", "unknown-gpu", "value", 0);
    const second = findingAt(file, "b.gpu", "unknown-gpu", "value", 1);
    const result = run(file, [first, second]);
    expect(result.kept).toEqual([first]);
    expect(result.suppressed).toEqual([second]);
  });

  it("covers findings about the whole deployment from above metadata", () => {
    const file = parse("apiVersion: llm-physics/v1\n# llm-physics-ignore vram-exceeds-capacity -- known, tracked in #42\nmetadata:\n  name: chat\nspec:\n  model: x\n");
    const whole = findingAt(file, "metadata.name", "vram-exceeds-capacity", "key");
    const inSpec = findingAt(file, "spec.model", "vram-exceeds-capacity");
    const result = run(file, [whole, inSpec]);
    expect(result.suppressed).toEqual([whole]);
    expect(result.kept).toEqual([inSpec]);
    expect(findSuppressions(file)[0]!.reason).toBe("known, tracked in #42");
  });

  it("reads CRLF files", () => {
    const file = parse("spec:\r\n  gpu: A100 # llm-physics-ignore unknown-gpu -- windows\r\n");
    const [s] = findSuppressions(file);
    expect(s!.reason).toBe("windows");
    expect(run(file, [findingAt(file, "spec.gpu", "unknown-gpu")]).suppressed).toHaveLength(1);
  });
});
