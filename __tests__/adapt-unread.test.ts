import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../src/adapt/index.js";
import { adaptUnread, UNREAD_KINDS, UNREAD_MARKERS, unreadKindOf } from "../src/adapt/unread.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";
import { runCli } from "./helpers/cli.js";
import { fixtureReader } from "./helpers/adapt.js";

const { FIXTURES, documentsOf, adaptFixture, adaptText } = fixtureReader(adaptUnread, "unread");

const codes = (a: { notes: { code: string; severity: string; range: { line: number } }[] }) => a.notes.map((n) => [n.code, n.severity, n.range.line]);

describe("adaptUnread: kinds not read yet are announced", () => {
  it("a SeldonDeployment and a Seldon Core 2 Model: no deployment, one notice each at its kind line", () => {
    const deployment = adaptFixture("seldon.yaml", 0)!;
    expect(deployment.deployments).toEqual([]);
    expect(codes(deployment)).toEqual([["format-not-read", "notice", 4]]);
    expect(deployment.notes[0]!.range).toMatchObject({ line: 4, column: 7 });
    expect(deployment.notes[0]!.message).toMatch(/^SeldonDeployment gpt2-chat \(machinelearning\.seldon\.io\/v1, Seldon Core\) is not read yet by llm-physics: the deployment it declares is not checked/);
    expect(deployment.notes[0]!.message).toContain("apiVersion: llm-physics/v1, kind: InferenceDeployment");
    const model = adaptFixture("seldon.yaml", 1)!;
    expect(codes(model)).toEqual([["format-not-read", "notice", 30]]);
    expect(model.notes[0]!.message).toMatch(/^Model phi-3-mini \(mlops\.seldon\.io\/v1alpha1, Seldon Core 2\)/);
  });

  it("a VLLMRuntime and an AIBrix StormService: the notice names what is read instead", () => {
    const runtime = adaptFixture("vllm-runtime.yaml")!;
    expect(codes(runtime)).toEqual([["format-not-read", "notice", 3]]);
    expect(runtime.notes[0]!.message).toContain("the production-stack Helm values (servingEngineSpec.modelSpec), which are read");
    const storm = adaptFixture("stormservice.yaml")!;
    expect(codes(storm)).toEqual([["format-not-read", "notice", 3]]);
    expect(storm.notes[0]!.message).toMatch(/^StormService llama-8b-1p1d \(orchestration\.aibrix\.ai\/v1alpha1, AIBrix\)/);
  });

  it("every kind of the list, under each of its groups, is announced; under another group it is not", () => {
    for (const k of UNREAD_KINDS) {
      for (const group of k.groups) {
        const source = `apiVersion: ${group}/v1alpha1\nkind: ${k.kind}\nmetadata:\n  name: x\n`;
        const a = adaptText(source)!;
        expect(codes(a), `${k.kind} ${group}`).toEqual([["format-not-read", "notice", 2]]);
        expect(unreadKindOf(parseYamlFile("x.yaml", source).documents[0]!.value)).toBe(k);
        // The pre-filter rule: every document accepted contains a marker.
        expect(UNREAD_MARKERS.some((m) => source.includes(m)), k.kind).toBe(true);
      }
      expect(adaptText(`apiVersion: example.com/v1\nkind: ${k.kind}\n`)).toBeNull();
      expect(k.source).toMatch(/^[\w.-]+\/[\w.-]+ \S+\.ya?ml/);
    }
  });

  it("lists no kind another reader takes or another engineer adds, and no marker inside another", () => {
    const kinds = UNREAD_KINDS.map((k) => k.kind);
    for (const read of ["InferenceService", "LLMInferenceService", "NIMService", "Workspace", "InferenceSet", "RayService", "RayClusterFleet", "DynamoGraphDeployment", "InferenceGraph"]) {
      expect(kinds).not.toContain(read);
    }
    expect(UNREAD_KINDS.some((k) => k.groups.some((g) => g === "ome.io" || g === "kubeai.org" || g === "kaito.sh"))).toBe(false);
    // Of Dynamo's kinds only the per-component one the operator derives is announced; the graph is read.
    expect(UNREAD_KINDS.filter((k) => k.groups.includes("nvidia.com")).map((k) => k.kind)).toEqual(["DynamoComponentDeployment"]);
    expect(adaptText("apiVersion: nvidia.com/v1alpha1\nkind: DynamoComponentDeployment\nmetadata:\n  name: w\n")?.notes.map((n) => n.code)).toEqual(["format-not-read"]);
    for (const m of UNREAD_MARKERS) expect(UNREAD_MARKERS.filter((o) => o !== m && o.includes(m)), m).toEqual([]);
    // KubeAI's Model (kubeai.org) is read as kubeai, and not announced.
    expect(adaptText("apiVersion: kubeai.org/v1\nkind: Model\nmetadata:\n  name: m\n")).toBeNull();
  });

  it("is the last adapter tried, so a format that is read always wins", () => {
    expect(ADAPTERS[ADAPTERS.length - 1]!.format).toBe("unread");
    expect(ADAPTERS[ADAPTERS.length - 1]!.markers).toBe(UNREAD_MARKERS);
  });

  it("the notices reach the report as findings on the file and line", async () => {
    const r = await runCli(["check", "__tests__/fixtures/unread", "--fail-on", "never"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    for (const at of ["seldon.yaml:4:7", "seldon.yaml:30:7", "stormservice.yaml:3:7", "vllm-runtime.yaml:3:7"]) {
      const line = lines.find((l) => l.startsWith(`__tests__/fixtures/unread/${at}: notice `));
      expect(line, at).toBeDefined();
      expect(line).toMatch(/is not read yet by llm-physics.*\[incomplete-deployment\]$/);
    }
  });
});

describe("adaptUnread: null cases, markers, robustness", () => {
  it("returns null for other documents", () => {
    for (const source of [
      "apiVersion: apps/v1\nkind: Deployment\n",
      "kind: SeldonDeployment\n",
      "apiVersion: machinelearning.seldon.io\nkind: SeldonDeployment\n",
      "apiVersion: [1]\nkind: SeldonDeployment\n",
      "- a\n",
    ]) {
      const doc = parseYamlFile("x.yaml", source).documents[0]!;
      expect(adaptUnread(doc, "x", "/x"), source).toBeNull();
    }
  });

  it("every fixture document accepted contains a marker", () => {
    for (const name of readdirSync(FIXTURES)) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      documentsOf(name).forEach((_, i) => {
        expect(adaptFixture(name, i), `${name} ${i}`).not.toBeNull();
      });
      expect(UNREAD_MARKERS.some((m) => text.includes(m)), name).toBe(true);
    }
  });

  it("never throws on odd values", () => {
    for (const source of ["apiVersion: mlops.seldon.io/v1alpha1\nkind: Model\nmetadata: [1]\n", "apiVersion: arks.ai/v1\nkind: ArksApplication\nmetadata: {name: {a: 1}}\n"]) {
      const doc = parseYamlFile("x.yaml", source).documents[0]!;
      expect(() => adaptUnread(doc, "x", "/x")).not.toThrow();
      expect(adaptUnread(doc, "x", "/x")!.notes).toHaveLength(1);
    }
  });
});
