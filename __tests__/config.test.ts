import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Deployment } from "../src/base/deployment.js";
import { ConfigError, DEFAULT_MAX_FILE_SIZE_BYTES, effectivePolicy, loadConfig, parseConfig } from "../src/config/config.js";
import { DEFAULT_POLICY } from "../src/base/policy.js";

const RANGE = { line: 1, column: 1, endLine: 1, endColumn: 2 };

function thrown(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "llm-physics-config-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("loadConfig", () => {
  it("uses the defaults when there is no configuration file", () => {
    expect(loadConfig(null, dir)).toEqual({ maxFileSizeBytes: 2_000_000, rules: {}, policy: {}, gpus: [], gpuTypes: [], file: null });
    expect(DEFAULT_MAX_FILE_SIZE_BYTES).toBe(2_000_000);
  });

  it("reads .llm-physics.yml from the working directory", () => {
    writeFileSync(join(dir, ".llm-physics.yml"), "rules:\n  tier-above-target: off\n");
    expect(loadConfig(null, dir)).toEqual({
      maxFileSizeBytes: 2_000_000,
      rules: { "tier-above-target": "off" },
      policy: {},
      gpus: [],
      gpuTypes: [],
      file: ".llm-physics.yml",
    });
  });

  it("reads .llm-physics.yaml too, and refuses both at once", () => {
    writeFileSync(join(dir, ".llm-physics.yaml"), "maxFileSizeBytes: 10\n");
    expect(loadConfig(null, dir).maxFileSizeBytes).toBe(10);
    writeFileSync(join(dir, ".llm-physics.yml"), "maxFileSizeBytes: 20\n");
    const error = thrown(() => loadConfig(null, dir));
    expect(error.message).toBe(
      ".llm-physics.yml: both .llm-physics.yml and .llm-physics.yaml exist and only one would be read; merge them into one and delete the other",
    );
  });

  it("reads an explicit path relative to the working directory", () => {
    mkdirSync(join(dir, "ci"));
    writeFileSync(join(dir, "ci", "lint.yml"), "policy:\n  maxTier: consumer\n");
    writeFileSync(join(dir, ".llm-physics.yml"), "policy:\n  maxTier: infrastructure\n");
    const config = loadConfig("ci/lint.yml", dir);
    expect(config.policy).toEqual({ maxTier: "consumer" });
    expect(config.file).toBe("ci/lint.yml");
  });

  it("fails when an explicit path does not exist or is a directory", () => {
    const missing = thrown(() => loadConfig("nope.yml", dir));
    expect(missing.file).toBe("nope.yml");
    expect(missing.line).toBeNull();
    expect(missing.message).toBe(`nope.yml: configuration file not found; check the --config path (relative to ${dir})`);
    mkdirSync(join(dir, "conf"));
    expect(thrown(() => loadConfig("conf", dir)).message).toMatch(/^conf: is a directory; pass the configuration file itself/);
  });

  it("reports a syntax error in the file found with its position", () => {
    writeFileSync(join(dir, ".llm-physics.yml"), "rules:\n  schema: [error\n");
    const error = thrown(() => loadConfig(null, dir));
    expect(error.file).toBe(".llm-physics.yml");
    expect(error.line).toBeGreaterThanOrEqual(2);
  });
});

describe("parseConfig", () => {
  it("reads every setting", () => {
    const text = [
      "include:",
      '  - "deploy/**/*.yaml"',
      "exclude: ['**/testdata/**']",
      "maxFileSizeBytes: 500000",
      "rules:",
      "  headroom-below-minimum: error",
      "  fp8-not-native: off",
      "  unused-suppression: notice",
      "policy:",
      "  maxTier: workstation",
      "  minHeadroomPercent: 15",
      "  maxBandwidthUtilizationPercent: 90",
      "",
    ].join("\n");
    expect(parseConfig(text, ".llm-physics.yml")).toEqual({
      include: ["deploy/**/*.yaml"],
      exclude: ["**/testdata/**"],
      maxFileSizeBytes: 500_000,
      rules: { "headroom-below-minimum": "error", "fp8-not-native": "off", "unused-suppression": "notice" },
      policy: { maxTier: "workstation", minHeadroomPercent: 15, maxBandwidthUtilizationPercent: 90 },
      gpus: [],
      gpuTypes: [],
      file: ".llm-physics.yml",
    });
  });

  it("reads gpus: mappings with their places, and gpuTypes:", () => {
    const text = [
      "gpus:",
      '  - paths: "clusters/prod-l4/**"',
      "    gpu: L4",
      "  - nodeSelector: { cloud.google.com/gke-nodepool: gpu-pool-a100 }",
      "    gpu: A100-80GB",
      "    count: 8",
      "  - gpu: L40S",
      "gpuTypes:",
      "  - { id: MI325X, memoryMiB: 262144, bandwidthGBPerSec: 6000, bf16TFLOPS: 1307, fp8TFLOPS: 2615, source: AMD data sheet }",
      "",
    ].join("\n");
    const config = parseConfig(text, ".llm-physics.yml");
    expect(config.gpus).toEqual([
      {
        paths: ["clusters/prod-l4/**"],
        nodeSelector: null,
        gpu: { value: "L4", range: { line: 3, column: 10, endLine: 3, endColumn: 12, file: ".llm-physics.yml" }, path: "gpus[0].gpu (paths clusters/prod-l4/**)", via: { key: "gpus" } },
      },
      {
        paths: null,
        nodeSelector: { "cloud.google.com/gke-nodepool": "gpu-pool-a100" },
        gpu: { value: "A100-80GB", range: { line: 5, column: 10, endLine: 5, endColumn: 19, file: ".llm-physics.yml" }, path: "gpus[1].gpu (nodeSelector cloud.google.com/gke-nodepool=gpu-pool-a100)", via: { key: "gpus" } },
        count: 8,
      },
      { paths: null, nodeSelector: null, gpu: { value: "L40S", range: { line: 7, column: 10, endLine: 7, endColumn: 14, file: ".llm-physics.yml" }, path: "gpus[2].gpu (the default)", via: { key: "gpus" } } },
    ]);
    expect(config.gpuTypes).toEqual([
      { id: "MI325X", memoryMiB: 262144, bandwidthGBPerSec: 6000, bf16TFLOPS: 1307, fp8TFLOPS: 2615, source: "AMD data sheet", aliases: [], range: expect.objectContaining({ line: 9, file: ".llm-physics.yml" }) },
    ]);
    // A gpus: entry without its gpu is refused at its line.
    expect(() => parseConfig("gpus:\n  - paths: a/**\n", "c.yml")).toThrow(/c\.yml:2:5: .*gpu/);
  });

  it("gives the defaults for an empty or comment-only file", () => {
    expect(parseConfig("", "c.yml")).toEqual({ maxFileSizeBytes: 2_000_000, rules: {}, policy: {}, gpus: [], gpuTypes: [], file: "c.yml" });
    expect(parseConfig("# nothing yet\n", "c.yml").rules).toEqual({});
  });

  it("turns bad YAML into a ConfigError at the line", () => {
    const error = thrown(() => parseConfig("rules:\n  schema: error\n\tfp8-not-native: off\n", ".llm-physics.yml"));
    expect(error.line).toBe(3);
    expect(error.column).toBe(1);
    expect(error.message).toMatch(/^\.llm-physics\.yml:3:1: invalid configuration: tab used for indentation/);
    expect(error.message).toMatch(/Fix \.llm-physics\.yml and run again\.$/);
  });

  it("refuses a duplicate key", () => {
    const error = thrown(() => parseConfig("rules:\n  schema: error\n  schema: off\n", "c.yml"));
    expect(error.line).toBe(3);
    expect(error.message).toContain("duplicate key");
  });

  it("refuses a bad severity at its value", () => {
    const error = thrown(() => parseConfig("rules:\n  headroom-below-minimum: loud\n", ".llm-physics.yml"));
    expect(error.line).toBe(2);
    expect(error.column).toBe(27);
    expect(error.message).toMatch(/^\.llm-physics\.yml:2:27: invalid configuration: /);
    expect(error.message).toContain("loud");
  });

  it("refuses an unknown rule id at its key", () => {
    const error = thrown(() => parseConfig("rules:\n  vram-exceeds: off\n", "c.yml"));
    expect([error.line, error.column]).toEqual([2, 3]);
    expect(error.message).toContain("vram-exceeds-capacity");
  });

  it("refuses out-of-range policy values and unknown keys, listing every problem", () => {
    const error = thrown(() => parseConfig("policy:\n  minHeadroomPercent: 150\n  maxTier: huge\nincludes: []\n", "c.yml"));
    expect(error.line).toBe(2);
    expect(error.message.split("\n").filter((line) => line.startsWith("  c.yml:"))).toHaveLength(2);
  });

  it("refuses several documents", () => {
    const error = thrown(() => parseConfig("rules: {}\n---\npolicy: {}\n", "c.yml"));
    expect(error.line).toBe(3);
    expect(error.message).toBe('c.yml:3:1: the configuration holds 2 YAML documents; it must be one mapping, so remove the "---" and merge them');
  });

  it("refuses a document that is not a mapping", () => {
    const error = thrown(() => parseConfig("- rules\n", "c.yml"));
    expect(error.line).toBe(1);
  });
});

describe("effectivePolicy", () => {
  const manifest = (policy: Deployment["policy"]) => policy;

  it("is the defaults without repository or manifest policy", () => {
    expect(effectivePolicy({}, {})).toEqual(DEFAULT_POLICY);
  });

  it("takes the repository's targets over the defaults and the manifest's over both, one by one", () => {
    const repo = { maxTier: "workstation" as const, minHeadroomPercent: 20 };
    expect(effectivePolicy(repo, {})).toEqual({ maxTier: "workstation", minHeadroomPercent: 20, maxBandwidthUtilizationPercent: 80 });
    const own = manifest({
      maxTier: { value: "infrastructure", range: RANGE, path: "spec.policy.maxTier" },
      maxBandwidthUtilizationPercent: { value: 95, range: RANGE, path: "spec.policy.maxBandwidthUtilizationPercent" },
    });
    expect(effectivePolicy(repo, own)).toEqual({ maxTier: "infrastructure", minHeadroomPercent: 20, maxBandwidthUtilizationPercent: 95 });
  });

  it("keeps a manifest value of zero", () => {
    const own = manifest({ minHeadroomPercent: { value: 0, range: RANGE, path: "spec.policy.minHeadroomPercent" } });
    expect(effectivePolicy({ minHeadroomPercent: 25 }, own).minHeadroomPercent).toBe(0);
  });
});
