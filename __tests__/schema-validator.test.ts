import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/base/findings.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";
import { PRECISIONS } from "../src/physics/precision.js";
import { TIERS } from "../src/physics/tier.js";
import { createAjv, SCHEMAS, validateDocument, type SchemaName } from "../src/validate/schema-validator.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/validate/", import.meta.url));

/** Every document of `text` validated on its own, as the pipeline calls it. */
function validate(schema: SchemaName, text: string, file = "deploy/chat.yaml"): Finding[] {
  const parsed = parseYamlFile(file, text);
  expect(parsed.findings).toEqual([]);
  return parsed.documents.flatMap((document) => validateDocument(schema, document, file));
}

/** Message and exact position: what a reviewer sees. */
function brief(findings: Finding[]) {
  return findings.map(({ message, line, column, endLine, endColumn }) => ({ message, line, column, endLine, endColumn }));
}

function at(message: string, line: number, column: number, endLine: number, endColumn: number) {
  return { message, line, column, endLine, endColumn };
}

const lines = (...rows: string[]) => rows.join("\n") + "\n";

const HEADER = ["apiVersion: llm-physics/v1", "kind: InferenceDeployment", "metadata:", "  name: chat-70b", "spec:"];

describe("valid documents", () => {
  it("accepts the full example manifest", () => {
    expect(validate("inference-deployment", readFileSync(`${FIXTURES}valid-deployment.yaml`, "utf8"))).toEqual([]);
  });

  it("accepts inline architectures, standard and MLA, in a multi-document file", () => {
    expect(validate("inference-deployment", readFileSync(`${FIXTURES}valid-inline-models.yaml`, "utf8"))).toEqual([]);
  });

  it("accepts a full repository config", () => {
    expect(validate("config", readFileSync(`${FIXTURES}valid-config.yml`, "utf8"), ".llm-physics.yml")).toEqual([]);
  });

  it("skips documents that are empty or could not be read", () => {
    expect(validate("inference-deployment", "# only a comment\n")).toEqual([]);
    const broken = parseYamlFile("x.yaml", "spec: [unclosed\n");
    expect(broken.findings.length).toBeGreaterThan(0);
    expect(broken.documents.flatMap((d) => validateDocument("inference-deployment", d, "x.yaml"))).toEqual([]);
  });
});

describe("finding shape", () => {
  it("carries rule id schema, severity error, the file and the deployment name", () => {
    const findings = validate("inference-deployment", lines(...HEADER, "  model: m", "  hardware: { gpu: H100-SXM, count: 0 }"), "deploy/a.yaml");
    expect(findings).toEqual([
      {
        ruleId: "schema",
        severity: "error",
        message: "spec.hardware.count must be an integer from 1 to 4096, got 0",
        file: "deploy/a.yaml",
        deployment: "chat-70b",
        line: 7,
        column: 37,
        endLine: 7,
        endColumn: 38,
      },
    ]);
  });
});

describe("unknown properties land on the key", () => {
  it("reports __proto__ and a typo, suggesting the near name, without also reporting the property missing", () => {
    const text = lines(
      ...HEADER,
      "  model: meta-llama/Llama-3.1-70B-Instruct",
      "  __proto__: { polluted: true }",
      "  hardwre:",
      "    gpu: H100-SXM",
      "    count: 4",
    );
    expect(brief(validate("inference-deployment", text))).toEqual([
      at("spec.__proto__ is not a known property; expected one of model, precision, kvCachePrecision, hardware, parallelism, serving, policy", 7, 3, 7, 12),
      at('spec.hardwre is not a known property; did you mean "hardware"?', 8, 3, 8, 10),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("suggests camelCase for snake_case and ignores names already written", () => {
    const text = lines(...HEADER, "  model: m", "  hardware: { gpu: H100-SXM, count: 1 }", "  serving:", "    context_length: 8192", "    concurrency: 4", "    concurrence: 4");
    expect(brief(validate("inference-deployment", text))).toEqual([
      at('spec.serving.context_length is not a known property; did you mean "contextLength"?', 9, 5, 9, 19),
      at("spec.serving.concurrence is not a known property; expected one of contextLength, concurrency, targetTokensPerSecond, memoryFraction", 11, 5, 11, 16),
    ]);
  });

  it("reports an unknown key at the root", () => {
    const text = lines(...HEADER, "  model: m", "  hardware: { gpu: H100-SXM, count: 1 }", "status: ready");
    expect(brief(validate("inference-deployment", text))).toEqual([
      at("status is not a known property; expected one of apiVersion, kind, metadata, spec", 8, 1, 8, 7),
    ]);
  });
});

describe("wrong values land on the value", () => {
  const text = lines(
    ...HEADER,
    "  model: meta-llama/Llama-3.1-70B-Instruct",
    "  precision: fp6",
    "  hardware:",
    "    gpu: H100-SXM",
    "    count: four",
    "  serving:",
    "    contextLength: 1e30",
    "    memoryFraction: 1.5",
    "    targetTokensPerSecond: 0",
    "  policy:",
    "    minHeadroomPercent: 120",
  );
  const findings = brief(validate("inference-deployment", text));

  it("a string for a number", () => {
    expect(findings).toContainEqual(at('spec.hardware.count must be a positive integer, got "four"', 10, 12, 10, 16));
  });

  it("a value outside an enum", () => {
    expect(findings).toContainEqual(at('spec.precision must be one of int8, fp8, bf16, fp16, int4, fp4, fp32, got "fp6"', 7, 14, 7, 17));
  });

  it("a huge number, quoted as written", () => {
    expect(findings).toContainEqual(at("spec.serving.contextLength must be an integer from 1 to 10,000,000, got 1e30", 12, 20, 12, 24));
  });

  it("numbers out of range, with exclusive and inclusive bounds", () => {
    expect(findings).toContainEqual(at("spec.serving.memoryFraction must be a number above 0 and at most 1, got 1.5", 13, 21, 13, 24));
    expect(findings).toContainEqual(
      at("spec.serving.targetTokensPerSecond must be a number above 0 and at most 1,000,000, got 0", 14, 28, 14, 29),
    );
    expect(findings).toContainEqual(at("spec.policy.minHeadroomPercent must be a number from 0 to 100, got 120", 16, 25, 16, 28));
  });

  it("reports nothing else, in line order", () => {
    expect(findings.map((f) => f.line)).toEqual([7, 10, 12, 13, 14, 16]);
  });

  it("a const, once per node even when type and const both fail", () => {
    const findings = brief(validate("inference-deployment", lines("apiVersion: 1", "kind: Inference", "metadata: { name: a }", "spec: { model: m, hardware: { gpu: g, count: 1 } }")));
    expect(findings).toEqual([
      at('apiVersion must be "llm-physics/v1", got 1', 1, 13, 1, 14),
      at('kind must be "InferenceDeployment", got "Inference"', 2, 7, 2, 16),
    ]);
  });

  it("a pattern, and a long string shortened with its length", () => {
    const long = "a".repeat(70);
    const findings = brief(validate("inference-deployment", lines("apiVersion: llm-physics/v1", "kind: InferenceDeployment", "metadata:", "  name: Chat_70B", "spec: { model: m, hardware: { gpu: g, count: 1 } }", "---", "apiVersion: llm-physics/v1", "kind: InferenceDeployment", "metadata:", `  name: ${long}`, "spec: { model: m, hardware: { gpu: g, count: 1 } }")));
    expect(findings).toEqual([
      at(`metadata.name must be a DNS label (lowercase letters, digits and '-', starting and ending with a letter or digit), got "Chat_70B"`, 4, 9, 4, 17),
      at(`metadata.name must be a non-empty string of at most 63 characters, got "${"a".repeat(59)}…" (70 characters)`, 10, 9, 10, 79),
    ]);
  });

  it("an empty value, a number where text is wanted, a list where a mapping is wanted", () => {
    const text = lines(
      ...HEADER,
      "  model: m",
      "  hardware:",
      "    gpu: 4090",
      "    count:",
      "  serving: [1, 2]",
    );
    const findings = brief(validate("inference-deployment", text));
    expect(findings).toEqual([
      at('spec.hardware.gpu must be a non-empty string, got 4090 (write it in quotes, "4090", to make it text)', 8, 10, 8, 14),
      at("spec.hardware.count must be a positive integer, got an empty value", 9, 11, 10, 1),
      at("spec.serving must be a mapping, got a list", 10, 12, 10, 18),
    ]);
  });
});

describe("missing required properties land on the parent", () => {
  it("at the root, on the document, and nested, on the parent's key, naming every missing property once", () => {
    const text = lines("apiVersion: llm-physics/v1", "spec:", "  model: meta-llama/Llama-3.1-70B-Instruct", "  hardware:", "    count: 4");
    expect(brief(validate("inference-deployment", text))).toEqual([
      at('the document is missing "kind" (the kind, e.g. InferenceDeployment) and "metadata" (the deployment metadata)', 1, 1, 6, 1),
      at('spec.hardware is missing "gpu" (the GPU type, e.g. H100-SXM)', 4, 3, 4, 11),
    ]);
  });

  it("a mapping that lacks every property", () => {
    const text = lines(...HEADER, "  model: m", "  hardware: {}");
    expect(brief(validate("inference-deployment", text))).toEqual([
      at('spec.hardware is missing "gpu" (the GPU type, e.g. H100-SXM) and "count" (the GPU count, e.g. 1)', 7, 3, 7, 11),
    ]);
  });

  it("a root that is not a mapping", () => {
    expect(brief(validate("inference-deployment", "just text\n"))).toEqual([at('the document must be a mapping, got "just text"', 1, 1, 1, 10)]);
  });
});

describe("oneOf collapsed to the branch meant", () => {
  const noCombinatorNoise = (findings: Finding[]) => {
    for (const f of findings) expect(f.message).not.toMatch(/oneOf|anyOf|exactly one|schema in/);
  };
  const architecture = [
    "    maxContextTokens: 4096",
    "    architecture:",
    "      hiddenSize: 2048",
    "      numLayers: 16",
    "      vocabSize: 32000",
    "      tieWordEmbeddings: false",
    "      norm: rmsnorm",
    "      normsPerLayer: 2",
    "      mlp: { gated: true, intermediateSize: 8192 }",
  ];
  const withAttention = (...attention: string[]) =>
    lines(...HEADER, "  model:", ...architecture, ...attention, "  hardware: { gpu: H100-SXM, count: 1 }");

  it("a model string gets only string-branch errors", () => {
    const findings = validate("inference-deployment", lines(...HEADER, '  model: ""', "  hardware: { gpu: H100-SXM, count: 1 }"));
    noCombinatorNoise(findings);
    expect(brief(findings)).toEqual([at('spec.model must be a non-empty string, got ""', 6, 10, 6, 12)]);
  });

  it("a model object gets only object-branch errors", () => {
    const findings = validate("inference-deployment", lines(...HEADER, "  model:", "    name: my-model", "    maxContextTokens: 4k", "  hardware: { gpu: H100-SXM, count: 1 }"));
    noCombinatorNoise(findings);
    expect(brief(findings)).toEqual([
      at('spec.model is missing "architecture" (the architecture)', 6, 3, 6, 8),
      at('spec.model.maxContextTokens must be a positive integer, got "4k"', 8, 23, 8, 25),
    ]);
  });

  it("a model that is neither names both forms", () => {
    const findings = validate("inference-deployment", lines(...HEADER, "  model: 70", "  hardware: { gpu: H100-SXM, count: 1 }"));
    expect(brief(findings)).toEqual([at("spec.model must be a non-empty string or a mapping, got 70", 6, 10, 6, 12)]);
  });

  it("attention errors come from the branch its kind names", () => {
    const findings = validate(
      "inference-deployment",
      withAttention(
        "      attention:",
        "        kind: mla",
        "        numHeads: 16",
        "        qLoraRank: 0",
        "        kvLoraRank: 512",
        "        qkNopeHeadDim: 128",
        "        qkRopeHeadDim: 64",
        "        numKvHeads: 8",
      ),
    );
    noCombinatorNoise(findings);
    expect(brief(findings)).toEqual([
      at('spec.model.architecture.attention is missing "vHeadDim" (the value head dimension, e.g. 128)', 16, 7, 16, 16),
      at("spec.model.architecture.attention.qLoraRank must be an integer from 1 to 2^40 or null, got 0", 19, 20, 19, 21),
      at(
        "spec.model.architecture.attention.numKvHeads is not a known property; expected one of kind, numHeads, qLoraRank, kvLoraRank, qkNopeHeadDim, qkRopeHeadDim, vHeadDim",
        23,
        9,
        23,
        19,
      ),
    ]);
  });

  it("attention without a kind, or with an unknown kind, is told the kinds", () => {
    expect(brief(validate("inference-deployment", withAttention("      attention: { numHeads: 16 }")))).toEqual([
      at('spec.model.architecture.attention is missing "kind" (the attention kind: one of standard, mla)', 16, 7, 16, 16),
    ]);
    expect(brief(validate("inference-deployment", withAttention("      attention: { kind: gqa, numHeads: 16 }")))).toEqual([
      at('spec.model.architecture.attention.kind must be one of standard, mla, got "gqa"', 16, 26, 16, 29),
    ]);
  });

  it("standard attention reports its own missing fields", () => {
    expect(brief(validate("inference-deployment", withAttention("      attention: { kind: standard, numHeads: 16, headDim: 128 }")))).toEqual([
      at('spec.model.architecture.attention is missing "numKvHeads" (the key/value heads, e.g. 8)', 16, 7, 16, 16),
    ]);
  });
});

describe("multi-document files", () => {
  it("validates each document on its own lines, naming its deployment", () => {
    const text = lines(
      "apiVersion: llm-physics/v1",
      "kind: InferenceDeployment",
      "metadata: { name: first }",
      "spec:",
      "  model: m",
      "  hardware: { gpu: H100-SXM, count: 0 }",
      "---",
      "apiVersion: llm-physics/v1",
      "kind: InferenceDeployment",
      "metadata: { name: second }",
      "spec:",
      "  model: m",
      "  hardware: { gpu: H100-SXM, count: 2 }",
      "  serving: { concurrency: -1 }",
      "---",
    );
    const findings = validate("inference-deployment", text);
    expect(findings.map((f) => [f.deployment, f.line, f.column, f.endColumn, f.message])).toEqual([
      ["first", 6, 37, 38, "spec.hardware.count must be an integer from 1 to 4096, got 0"],
      ["second", 14, 27, 29, "spec.serving.concurrency must be an integer from 1 to 1,000,000, got -1"],
    ]);
  });
});

describe("config schema", () => {
  it("reports a bad severity, an unknown rule id with a suggestion, and a misspelt key", () => {
    const text = lines('include: ["deploy/**/*.yaml"]', "rules:", "  bandwith-insufficient: warning", "  unknown-gpu: fatal", "polciy:", "  maxTier: workstation");
    const findings = validate("config", text, ".llm-physics.yml");
    expect(findings.every((f) => f.deployment === undefined && f.file === ".llm-physics.yml")).toBe(true);
    expect(brief(findings)).toEqual([
      at('rules.bandwith-insufficient is not a known rule id; did you mean "bandwidth-insufficient"?', 3, 3, 3, 24),
      at('rules.unknown-gpu must be one of off, notice, warning, error, got "fatal"', 4, 16, 4, 21),
      at('polciy is not a known property; did you mean "policy"?', 5, 1, 5, 7),
    ]);
  });

  it("lists the rule ids when nothing is close", () => {
    const findings = validate("config", lines("rules:", "  vram: off"), ".llm-physics.yml");
    expect(brief(findings)).toEqual([
      at(
        "rules.vram is not a known rule id; expected one of yaml-syntax, schema, unknown-model, unknown-gpu, incomplete-deployment, vram-exceeds-capacity, headroom-below-minimum, tier-above-target, bandwidth-insufficient, fp8-not-native, tensor-parallel-invalid, context-exceeds-model-max, concurrency-exceeds-kv-capacity, suppression-without-reason, unused-suppression",
        2,
        3,
        2,
        7,
      ),
    ]);
  });

  it("reports wrong types in lists and numbers", () => {
    const text = lines("include: deploy/**", "exclude: [testdata, 3]", "maxFileSizeBytes: 2MB", "policy: { maxBandwidthUtilizationPercent: 0 }");
    expect(brief(validate("config", text, ".llm-physics.yml"))).toEqual([
      at('include must be a list, got "deploy/**"', 1, 10, 1, 19),
      at('exclude[1] must be a non-empty string, got 3 (write it in quotes, "3", to make it text)', 2, 21, 2, 22),
      at('maxFileSizeBytes must be a positive integer, got "2MB"', 3, 19, 3, 22),
      at("policy.maxBandwidthUtilizationPercent must be a number above 0 and at most 100, got 0", 4, 43, 4, 44),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The schemas themselves

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === "object" && !Array.isArray(value);

/** Every schema object in `root` with its JSON pointer. */
function schemaNodes(root: JsonObject): Array<{ pointer: string; node: JsonObject }> {
  const out: Array<{ pointer: string; node: JsonObject }> = [];
  const walk = (value: Json, pointer: string, isSchema: boolean) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${pointer}/${i}`, isSchema));
      return;
    }
    if (!isObject(value)) return;
    if (isSchema) out.push({ pointer, node: value });
    for (const [key, child] of Object.entries(value)) {
      // Values, not schemas.
      if (key === "examples" || key === "const" || key === "enum" || key === "default") continue;
      if (key === "properties" || key === "$defs") {
        // A map of name → schema.
        for (const [name, schema] of Object.entries(child as JsonObject)) walk(schema, `${pointer}/${key}/${name}`, true);
      } else {
        // items, additionalProperties, propertyNames, oneOf…: the value (or each item) is a schema.
        walk(child, `${pointer}/${key}`, true);
      }
    }
  };
  walk(root as Json, "", true);
  return out;
}

function deref(root: JsonObject, node: JsonObject): JsonObject {
  let current = node;
  while (typeof current.$ref === "string") {
    const target = current.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<Json>((n, key) => (isObject(n) ? (n[key] as Json) : null), root as Json);
    if (!isObject(target)) throw new Error(`unresolved ${current.$ref}`);
    current = target;
  }
  return current;
}

describe.each(Object.keys(SCHEMAS) as SchemaName[])("the %s schema", (name) => {
  const root = SCHEMAS[name] as unknown as JsonObject;

  it("has the published $id and draft 2020-12", () => {
    expect(root.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(root.$id).toBe(`https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/${name}.schema.json`);
  });

  it("compiles in AJV strict mode without a warning", () => {
    const warnings: unknown[] = [];
    const ajv = createAjv({ logger: { log: () => {}, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) } });
    expect(() => ajv.compile(root)).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it("gives every property a title, a description and examples", () => {
    const missing: string[] = [];
    for (const { pointer, node } of schemaNodes(root)) {
      const properties = node.properties;
      if (!isObject(properties)) continue;
      for (const [key, raw] of Object.entries(properties)) {
        const property = deref(root, raw as JsonObject);
        for (const field of ["title", "description", "examples"]) {
          if (property[field] === undefined) missing.push(`${pointer}/properties/${key}: ${field}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("closes every mapping with properties: additionalProperties false", () => {
    const open = schemaNodes(root)
      .filter(({ node }) => isObject(node.properties) && node.additionalProperties !== false)
      .map(({ pointer }) => pointer);
    expect(open).toEqual([]);
  });

  it("bounds every number", () => {
    const unbounded = schemaNodes(root)
      .filter(({ node }) => {
        const types = Array.isArray(node.type) ? node.type : [node.type];
        return types.includes("integer") || types.includes("number");
      })
      .filter(({ node }) => node.maximum === undefined && node.exclusiveMaximum === undefined)
      .map(({ pointer }) => pointer);
    expect(unbounded).toEqual([]);
  });

  it("has examples that validate against their own schema", () => {
    const ajv = createAjv();
    ajv.addSchema(root);
    let checked = 0;
    for (const { pointer, node } of schemaNodes(root)) {
      if (!Array.isArray(node.examples)) continue;
      const validate = ajv.getSchema(`${String(root.$id)}#${pointer}`);
      expect(validate, pointer).toBeDefined();
      for (const example of node.examples) {
        const ok = validate!(example);
        expect({ pointer, example, ok, errors: validate!.errors ?? null }).toEqual({ pointer, example, ok: true, errors: null });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(name === "config" ? 8 : 60);
  });
});

describe("schemas agree with the code and with each other", () => {
  const deployment = SCHEMAS["inference-deployment"] as unknown as JsonObject;
  const config = SCHEMAS.config as unknown as JsonObject;
  const spec = (deployment.properties as JsonObject).spec as JsonObject;
  const specProperties = spec.properties as JsonObject;

  it("precision names are the physics layer's", () => {
    expect([...((specProperties.precision as JsonObject).enum as string[])].sort()).toEqual([...PRECISIONS].sort());
    for (const p of (specProperties.kvCachePrecision as JsonObject).enum as string[]) expect(PRECISIONS).toContain(p);
  });

  it("tiers are the physics layer's", () => {
    const maxTier = ((deployment.$defs as JsonObject).policy as JsonObject).properties as JsonObject;
    expect((maxTier.maxTier as JsonObject).enum).toEqual([...TIERS]);
  });

  it("the config's default policy has the manifest policy's shape", () => {
    const strip = (policy: JsonObject) => ({ ...policy, description: undefined });
    expect(strip((config.$defs as JsonObject).policy as JsonObject)).toEqual(strip((deployment.$defs as JsonObject).policy as JsonObject));
  });
});
