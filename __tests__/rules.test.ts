import { formatRate } from "../src/base/units.js";
import { describe, expect, it } from "vitest";
import type { Deployment, Located } from "../src/base/deployment.js";
import { gpuLookup, modelLookup } from "../src/catalog/lookups.js";
import { modelInputFromSpec } from "../src/catalog/resolve.js";
import type { ModelInput } from "../src/base/model-input.js";
import { DEFAULT_POLICY, type EffectivePolicy } from "../src/base/policy.js";
import type { Estimate } from "../src/estimate/estimate.js";
import { applySeverity, evaluateDeployment } from "../src/evaluate/evaluate.js";
import type { RuleContext } from "../src/evaluate/rule.js";
import { defaultConfig } from "../src/config/config.js";
import { resolveDeployment } from "../src/pipeline/resolve.js";
import { RULES, ruleById } from "../src/evaluate/rules/index.js";
import type { Finding, SourceRange } from "../src/base/findings.js";
import type { Precision } from "../src/physics/precision.js";

// Deployments are built by hand, each fact on its own line, so that a finding's range says which
// fact it is about. Models and GPUs come from the catalogs; the estimate is the real one, computed
// from the deployment the way the check pipeline does.

const LINES = {
  name: 2,
  model: 5,
  precision: 6,
  kvCachePrecision: 7,
  hardware: 8,
  gpu: 9,
  gpuCount: 10,
  tensorParallel: 12,
  pipelineParallel: 13,
  contextLength: 15,
  concurrency: 16,
  targetTokensPerSecond: 17,
  memoryFraction: 18,
} as const;

function rangeOn(line: number, column = 5, width = 4): SourceRange {
  return { line, column, endLine: line, endColumn: column + width };
}

function at<T>(value: T, line: number, path: string): Located<T> {
  return { value, range: rangeOn(line, 12), path };
}

interface Spec {
  model: string;
  gpu: string;
  count?: number;
  precision?: Precision;
  tp?: number;
  pp?: number;
  context?: number;
  concurrency?: number;
  target?: number;
  memoryFraction?: number;
  policy?: Partial<EffectivePolicy>;
}

function deploymentOf(spec: Spec): Deployment {
  const d: Deployment = {
    name: "chat",
    file: "deploy/chat.yaml",
    baseDir: "/repo/deploy",
    format: "native",
    range: rangeOn(LINES.name, 3, 4),
    model: at(spec.model, LINES.model, "spec.model"),
    gpu: at(spec.gpu, LINES.gpu, "spec.hardware.gpu"),
    gpuCount: at(spec.count ?? 1, LINES.gpuCount, "spec.hardware.count"),
    policy: {},
    hardwareRange: rangeOn(LINES.hardware, 3, 8),
  };
  if (spec.precision) d.precision = at(spec.precision, LINES.precision, "spec.precision");
  if (spec.tp) d.tensorParallel = at(spec.tp, LINES.tensorParallel, "spec.parallelism.tensor");
  if (spec.pp) d.pipelineParallel = at(spec.pp, LINES.pipelineParallel, "spec.parallelism.pipeline");
  if (spec.context) d.contextLength = at(spec.context, LINES.contextLength, "spec.serving.contextLength");
  if (spec.concurrency) d.concurrency = at(spec.concurrency, LINES.concurrency, "spec.serving.concurrency");
  if (spec.target) d.targetTokensPerSecond = at(spec.target, LINES.targetTokensPerSecond, "spec.serving.targetTokensPerSecond");
  if (spec.memoryFraction) d.memoryFraction = at(spec.memoryFraction, LINES.memoryFraction, "spec.serving.memoryFraction");
  return d;
}

/** Deployment → context, by the pipeline's own resolution (model, GPU, policy, physics). */
function contextOf(spec: Spec): RuleContext {
  const config = { ...defaultConfig(), policy: spec.policy ?? {} };
  return resolveDeployment(deploymentOf(spec), { root: "/repo", realRoot: "/repo" }, config);
}

function check(ruleId: string, context: RuleContext) {
  const rule = ruleById(ruleId);
  if (!rule?.check) throw new Error(`no checkable rule ${ruleId}`);
  return rule.check(context);
}

const LLAMA_8B = "meta-llama/Llama-3.1-8B-Instruct";
const LLAMA_70B = "meta-llama/Llama-3.1-70B-Instruct";

describe("rule catalog", () => {
  it("lists every rule once, in a fixed order, documented", () => {
    expect(RULES.map((r) => r.id)).toEqual([
      "yaml-syntax",
      "schema",
      "unknown-model",
      "unknown-gpu",
      "incomplete-deployment",
      "vram-exceeds-capacity",
      "headroom-below-minimum",
      "tier-above-target",
      "bandwidth-insufficient",
      "fp8-not-native",
      "tensor-parallel-invalid",
      "context-exceeds-model-max",
      "concurrency-exceeds-kv-capacity",
      "suppression-without-reason",
      "unused-suppression",
    ]);
    for (const rule of RULES) {
      expect(rule.summary.length, rule.id).toBeGreaterThan(10);
      expect(rule.summary, rule.id).not.toContain("\n");
      expect(rule.description.length, rule.id).toBeGreaterThan(rule.summary.length);
      expect(ruleById(rule.id)).toBe(rule);
    }
    expect(ruleById("no-such-rule")).toBeUndefined();
  });

  it("leaves the stage-raised rules without a check and gives every other one a check", () => {
    const stage = ["yaml-syntax", "schema", "incomplete-deployment", "suppression-without-reason", "unused-suppression"];
    for (const rule of RULES) expect(rule.check === undefined, rule.id).toBe(stage.includes(rule.id));
    expect(ruleById("vram-exceeds-capacity")!.defaultSeverity).toBe("error");
    expect(ruleById("headroom-below-minimum")!.defaultSeverity).toBe("warning");
  });

  it("returns nothing, and never throws, when model, GPU and estimate are missing", () => {
    const context: RuleContext = {
      ...contextOf({ model: LLAMA_8B, gpu: "H100", precision: "fp8", tp: 3, count: 2, context: 999_999, concurrency: 64, target: 1000 }),
      model: { ok: false, message: "", suggestions: [] },
      gpu: { ok: false, suggestions: [] },
      estimate: null,
      policy: { ...DEFAULT_POLICY, maxTier: "consumer" },
    };
    for (const rule of RULES) {
      if (!rule.check) continue;
      const results = rule.check(context);
      if (rule.id === "unknown-model" || rule.id === "unknown-gpu") expect(results).toHaveLength(1);
      // tp × pp against the GPU count needs no model.
      else if (rule.id === "tensor-parallel-invalid") expect(results.map((r) => r.message)).toEqual([
        "tensor parallel 3 needs 3 GPUs but the deployment has 2; raise the GPU count to 3 or lower the parallel sizes",
      ]);
      else expect(results, rule.id).toEqual([]);
    }
  });
});

describe("unknown-model", () => {
  it("fires at the model with the catalog's suggestions and the ways to declare a model", () => {
    const context = contextOf({ model: "meta-llama/Llama-3.1-8B-Instrct", gpu: "H100" });
    if (context.model.ok) throw new Error("resolved");
    const suggestions = context.model.suggestions;
    expect(suggestions[0]).toBe("meta-llama/Llama-3.1-8B-Instruct");
    const quoted = suggestions.map((s) => `"${s}"`);
    const didYouMean = quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : quoted[0];
    expect(check("unknown-model", context)).toEqual([
      {
        message:
          `unknown model "meta-llama/Llama-3.1-8B-Instrct"; did you mean ${didYouMean}? Declare the model by` +
          " a catalog id or alias (`llm-physics models` lists them), a path to the model's Hugging Face config.json, or an inline" +
          " mapping with name, architecture and maxContextTokens",
        range: rangeOn(LINES.model, 12),
      },
    ]);
  });

  it("gives the resolver's reason when a config.json cannot be read", () => {
    const context = contextOf({ model: "../../outside/config.json", gpu: "H100" });
    const [result] = check("unknown-model", context);
    expect(result!.message).toBe(
      'model "../../outside/config.json" could not be resolved: config.json path "../../outside/config.json" leads outside the' +
        " repository; keep the model's config.json inside the repository; fix it, or declare the model" +
        " by a catalog id or alias (`llm-physics models` lists them) or an inline mapping with name, architecture and maxContextTokens instead",
    );
    expect(result!.range).toEqual(rangeOn(LINES.model, 12));
  });

  it("does not fire for a catalog model", () => {
    expect(check("unknown-model", contextOf({ model: "llama-3.1-8b", gpu: "H100" }))).toEqual([]);
  });
});

describe("unknown-gpu", () => {
  it("fires at the GPU with suggestions and the gpus command", () => {
    const context = contextOf({ model: LLAMA_8B, gpu: "H10O-SXM" });
    expect(check("unknown-gpu", context)).toEqual([
      {
        message: `unknown GPU "H10O-SXM"; did you mean ${(context.gpu as { suggestions: string[] }).suggestions
          .map((s) => `"${s}"`)
          .join(", ")
          .replace(/, ([^,]*)$/, " or $1")}? Run \`llm-physics gpus\` to list the GPU ids and aliases the catalog knows, or declare it in .llm-physics.yml gpuTypes:;` +
          ` needs 35.2 GB per GPU (BF16 weights 16.1 + KV 17.2 for 131,072 tokens + workspace 1.9) on 1 GPU: it fits ${(context.requirement as { fittingGpus: string[] }).fittingGpus[0]} and every GPU with more memory (` +
          `${(context.requirement as { fittingGpus: string[] }).fittingGpus.slice(1, 4).join(", ")}, …)`,
        range: rangeOn(LINES.gpu, 12),
      },
    ]);
    expect((context.gpu as { suggestions: string[] }).suggestions).toContain("H100-SXM");
  });

  it("says no suggestion when nothing is close", () => {
    const [result] = check("unknown-gpu", { ...contextOf({ model: LLAMA_8B, gpu: "zzzz" }), gpu: { ok: false, suggestions: [] } });
    expect(result!.message).toMatch(/^unknown GPU "zzzz"; run `llm-physics gpus` to list the GPU ids and aliases the catalog knows, or declare it in \.llm-physics\.yml gpuTypes:; needs /);
  });

  it("does not fire for a catalog GPU or alias", () => {
    expect(check("unknown-gpu", contextOf({ model: LLAMA_8B, gpu: "NVIDIA-A100-SXM4-80GB" }))).toEqual([]);
  });
});

describe("vram-exceeds-capacity", () => {
  it("fires at the hardware block with the per-GPU breakdown against usable memory, and what would fit", () => {
    const context = contextOf({ model: LLAMA_70B, gpu: "A100-80GB", precision: "bf16", context: 8192 });
    expect(check("vram-exceeds-capacity", context)).toEqual([
      {
        message:
          "needs 160.7 GB per GPU (BF16 weights 141.1 + KV 2.7 for 8,192 tokens + workspace 16.9) on 1 × A100-80GB with 77.3 GB usable" +
          " at memory fraction 0.9; it would fit with tensor parallel 4 on 4 × A100-80GB (40.2 GB per GPU)",
        range: rangeOn(LINES.hardware, 3, 8),
        // Tensor parallel follows the count: the one line to change is the count.
        fix: { range: rangeOn(LINES.gpuCount, 12), replaces: "1", replacement: "4" },
      },
    ]);
  });

  it("names the tensor-parallel layout and the precisions that would fit", () => {
    const context = contextOf({ model: LLAMA_70B, gpu: "A100-80GB", count: 2, tp: 2, precision: "bf16", context: 8192 });
    expect(check("vram-exceeds-capacity", context).map((r) => r.message)).toEqual([
      "needs 80.4 GB per GPU (BF16 weights 70.6 + KV 1.3 for 8,192 tokens + workspace 8.5) on 2 × A100-80GB (tensor parallel 2)" +
        " with 77.3 GB usable per GPU at memory fraction 0.9; it would fit with tensor parallel 4 on 4 × A100-80GB (40.2 GB per GPU)" +
        " or with INT8 or FP8 (weight-only on A100-80GB) weights (40.9 GB per GPU)",
    ]);
  });

  it("says when the engine quantizes a BF16 checkpoint on load, which keeps the embedding, head and norms in BF16", () => {
    // Llama-3.1-70B in FP8 on one L40S: 72,656,371,712 bytes of weights (2.1 GB above parameters × 1 byte,
    // docs/physics.md#quantized-on-load) do not fit 46.4 GB.
    const context = contextOf({ model: LLAMA_70B, gpu: "L40S", precision: "fp8", context: 8192 });
    expect(context.estimate!.scenarios.fp8).toMatchObject({ weightsBytes: 72_656_371_712, quantizedOnLoadFrom: "bf16" });
    expect(context.estimate!.notes).toContain(
      "the engine quantizes the BF16 checkpoint to FP8 as it loads it: the linear layers in FP8, the embedding, output head and norms stay BF16 (as vLLM's --quantization fp8 does)",
    );
    const [result] = check("vram-exceeds-capacity", context);
    expect(result!.message).toMatch(/^needs [\d.]+ GB per GPU \(FP8 weights 72\.7 \(quantized on load; embeddings, head and norms stay BF16\) \+ KV/);
  });

  it("says when neither precision nor tensor parallelism is enough", () => {
    const context = contextOf({ model: "meta-llama/Llama-3.1-405B-Instruct", gpu: "L4", precision: "bf16", context: 8192 });
    const [result] = check("vram-exceeds-capacity", context);
    expect(result!.message).toMatch(
      /; neither INT8\/FP8 weights nor up to 8-way tensor parallelism make it fit \(even INT8 needs [\d.,]+ GB per GPU\): use more GPUs with pipeline parallelism or GPUs with more memory$/,
    );
  });

  it("falls back to the deployment's start without a hardware block", () => {
    const context = contextOf({ model: LLAMA_70B, gpu: "A100-80GB", context: 8192 });
    delete context.deployment.hardwareRange;
    expect(check("vram-exceeds-capacity", context)[0]!.range).toEqual(rangeOn(LINES.name, 3, 4));
  });

  it("does not fire when it fits", () => {
    expect(check("vram-exceeds-capacity", contextOf({ model: LLAMA_70B, gpu: "H100", count: 4, tp: 4, context: 8192 }))).toEqual([]);
  });

  it("holds a declared workload to fit: an error at the concurrency line that says how many sequences fit", () => {
    // 8 × 8,192 tokens of Llama-3.1-8B on one L4 (21.7 GB usable): 16.1 + 8.6 + 1.9 GB. One sequence fits, 3.49 at once.
    const context = contextOf({ model: LLAMA_8B, gpu: "L4", context: 8192, concurrency: 8 });
    expect(context.estimate!.scenarios.bf16!.fits).toBe(false);
    expect(check("vram-exceeds-capacity", context)).toEqual([
      {
        message:
          "needs 26.6 GB per GPU (BF16 weights 16.1 + KV 8.6 for 8 × 8,192 tokens + workspace 1.9) on 1 × L4 with 21.7 GB usable at memory fraction 0.9;" +
          " it would fit with tensor parallel 2 on 2 × L4 (13.3 GB per GPU) or with INT8 or FP8 weights (17.6 GB per GPU); one sequence of 8,192 tokens fits," +
          " and at most 3.49 at once: lower the concurrency to 3 or less",
        range: rangeOn(LINES.concurrency, 12),
        fix: { range: rangeOn(LINES.concurrency, 12), replaces: "8", replacement: "3" },
      },
    ]);
    // The declared workload is vram-exceeds-capacity's error, not also a warning.
    expect(check("concurrency-exceeds-kv-capacity", context)).toEqual([]);
  });

  it("leaves an engine's cap that the KV cache cannot hold to concurrency-exceeds-kv-capacity, as a warning", () => {
    const context = contextOf({ model: LLAMA_8B, gpu: "L4", context: 8192, concurrency: 8 });
    context.deployment.concurrencyIsEngineCap = true;
    const capped = resolveDeployment(context.deployment, { root: "/repo", realRoot: "/repo" }, { ...defaultConfig(), policy: {} });
    expect(capped.estimate!.scenarios.bf16!.fits).toBe(true);
    expect(check("vram-exceeds-capacity", capped)).toEqual([]);
    expect(check("concurrency-exceeds-kv-capacity", capped)).toHaveLength(1);
  });

  it("still fires when not even one sequence fits, whatever the concurrency", () => {
    const context = contextOf({ model: LLAMA_70B, gpu: "A100-80GB", context: 8192, concurrency: 4 });
    expect(check("vram-exceeds-capacity", context)[0]!.message).toMatch(/^needs [\d.,]+ GB per GPU \(BF16 weights 141\.1 \+ KV 10\.7 for 4 × 8,192 tokens/);
  });
});

describe("headroom-below-minimum", () => {
  it("fires at the hardware block when it fits with less than the minimum", () => {
    const context = contextOf({ model: LLAMA_8B, gpu: "L4", context: 24576 });
    const s = context.estimate!.scenarios.bf16!;
    expect(s.fits).toBe(true);
    expect(check("headroom-below-minimum", context)).toEqual([
      {
        // 21,737,609,625 usable − (16,060,522,496 + 3,221,225,472 KV + 1,927,262,700) = 528,598,957 B, 2.4%.
        message: "headroom 2.4% (0.5 GB of 21.7 GB usable per GPU) is below the minimum of 10%",
        range: rangeOn(LINES.hardware, 3, 8),
      },
    ]);
  });

  it("follows the policy's minimum", () => {
    const context = contextOf({ model: LLAMA_8B, gpu: "L4", context: 8192, policy: { minHeadroomPercent: 22.5 } });
    expect(check("headroom-below-minimum", context).map((r) => r.message)).toEqual([
      "headroom 12.3% (2.7 GB of 21.7 GB usable per GPU) is below the minimum of 22.5%",
    ]);
  });

  it("does not fire with enough headroom, nor when it does not fit at all", () => {
    expect(check("headroom-below-minimum", contextOf({ model: LLAMA_8B, gpu: "L4", context: 8192 }))).toEqual([]);
    expect(check("headroom-below-minimum", contextOf({ model: LLAMA_70B, gpu: "A100-80GB", context: 8192 }))).toEqual([]);
  });
});

describe("tier-above-target", () => {
  it("fires at the model with the INT8 footprint and the tier bounds", () => {
    const context = contextOf({ model: LLAMA_70B, gpu: "H100", count: 4, tp: 4, policy: { maxTier: "workstation" } });
    expect(check("tier-above-target", context)).toEqual([
      {
        message:
          "tier infrastructure (above 80 GB) is above the maximum tier workstation (24 GB to 80 GB): the INT8 footprint at batch 1" +
          " and 8,192 tokens is 81.7 GB",
        range: rangeOn(LINES.model, 12),
      },
    ]);
  });

  it("compares by rank: workstation above consumer", () => {
    const context = contextOf({ model: "Qwen/Qwen3-32B", gpu: "H100", policy: { maxTier: "consumer" } });
    expect(check("tier-above-target", context)[0]!.message).toMatch(
      /^tier workstation \(24 GB to 80 GB\) is above the maximum tier consumer \(below 24 GB\): the INT8 footprint at batch 1 and 8,192 tokens is [\d.]+ GB$/,
    );
  });

  it("does not fire within the target, nor without one", () => {
    expect(check("tier-above-target", contextOf({ model: LLAMA_8B, gpu: "H100", policy: { maxTier: "workstation" } }))).toEqual([]);
    expect(check("tier-above-target", contextOf({ model: LLAMA_70B, gpu: "H100", count: 4, tp: 4, policy: { maxTier: "infrastructure" } }))).toEqual([]);
    expect(check("tier-above-target", contextOf({ model: LLAMA_70B, gpu: "H100", count: 4, tp: 4 }))).toEqual([]);
  });
});

describe("bandwidth-insufficient", () => {
  const rate = (n: number) => formatRate(n);

  it("an error at the target when even the optimistic end of the predicted range misses it; the founding formula beyond the policy a warning", () => {
    const context = contextOf({ model: LLAMA_70B, gpu: "A100-80GB", count: 4, tp: 4, context: 8192, target: 50 });
    const e = context.estimate!;
    const d = e.decode;
    expect(e.bandwidth.utilizationPercent!).toBeGreaterThan(80);
    expect(d.highTokensPerSecPerSequence).toBeLessThan(50);
    expect(check("bandwidth-insufficient", context)).toEqual([
      {
        message:
          `the predicted decode speed is ~${rate(d.tokensPerSecPerSequence)} tokens/s per sequence, typically ${rate(d.lowTokensPerSecPerSequence)}–${rate(d.highTokensPerSecPerSequence)}` +
          ` for other engines on NVIDIA HBM GPUs (median error ${Math.round(d.rangeMedianErrorPercent)}%), at 1 sequence and 8,192 tokens of context, memory-bound:` +
          " even the optimistic end is below the target of 50 tokens/s; use a lower weight precision, more GPUs with tensor parallelism, lower concurrency, or a lower target",
        range: rangeOn(LINES.targetTokensPerSecond, 12),
      },
      {
        message:
          "50 tokens/s needs 6.95 TB/s of memory bandwidth (69.50B active params × 2 bytes in BF16 × 50 tokens/s), 85% of the" +
          " 8.16 TB/s available on 4 × A100-80GB, above the policy's limit of 80%; use a lower weight precision, GPUs with more bandwidth, or a lower target",
        range: rangeOn(LINES.targetTokensPerSecond, 12),
        severity: "warning",
      },
    ]);
  });

  it("a warning when the prediction misses the target but the range reaches it", () => {
    const probe = contextOf({ model: LLAMA_70B, gpu: "A100-80GB", count: 4, tp: 4, context: 8192, target: 1 }).estimate!.decode;
    // A target between the prediction and the optimistic end of its range, within the policy's bandwidth limit.
    const target = Math.round((probe.tokensPerSecPerSequence + probe.highTokensPerSecPerSequence) / 2);
    expect(target).toBeGreaterThan(probe.tokensPerSecPerSequence);
    expect(target).toBeLessThan(probe.highTokensPerSecPerSequence);
    const results = check("bandwidth-insufficient", contextOf({ model: LLAMA_70B, gpu: "A100-80GB", count: 4, tp: 4, context: 8192, target, policy: { maxBandwidthUtilizationPercent: 95 } }));
    expect(results.map((r) => r.severity)).toEqual(["warning"]);
    expect(results[0]!.message).toContain(`below the target of ${target} tokens/s, which only the optimistic end of the range reaches`);
  });

  it("a warning, not an error, when speculative decoding is on: the prediction is for one token per step", () => {
    const context = contextOf({ model: LLAMA_70B, gpu: "A100-80GB", count: 4, tp: 4, context: 8192, target: 50 });
    expect(context.estimate!.decode.highTokensPerSecPerSequence).toBeLessThan(50);
    context.deployment.engine = { name: "vllm", range: rangeOn(3, 12), speculative: rangeOn(9, 12) };
    const [speed] = check("bandwidth-insufficient", context);
    expect(speed!.severity).toBe("warning");
    expect(speed!.message).toContain(
      "even the optimistic end is below the target of 50 tokens/s; speculative decoding is on (line 9), which the prediction leaves out: each step can yield more than one token, so this is a warning, not an error; measure the deployment, or lower the target",
    );
    // Read from another file (a ServingRuntime's args): the file is named.
    context.deployment.engine = { name: "vllm", range: rangeOn(3, 12), speculative: { ...rangeOn(9, 12), file: "runtimes/vllm.yaml" } };
    expect(check("bandwidth-insufficient", context)[0]!.message).toContain("speculative decoding is on (runtimes/vllm.yaml:9)");
  });

  it("counts the deployment's concurrency in the decode estimate", () => {
    const context = contextOf({ model: LLAMA_8B, gpu: "H100", context: 8192, concurrency: 32, target: 60 });
    const [result] = check("bandwidth-insufficient", context);
    expect(result!.message).toMatch(/^the predicted decode speed is ~[\d.]+ tokens\/s per sequence, typically [\d.]+–[\d.]+ for other engines on NVIDIA HBM GPUs \(median error \d+%\), at concurrency 32 and 8,192 tokens of context/);
  });

  it("does not fire without a target, nor when the GPUs deliver it", () => {
    expect(check("bandwidth-insufficient", contextOf({ model: LLAMA_70B, gpu: "A100-80GB", count: 4, tp: 4, context: 8192 }))).toEqual([]);
    expect(check("bandwidth-insufficient", contextOf({ model: LLAMA_8B, gpu: "H100", context: 8192, target: 20 }))).toEqual([]);
  });
});

describe("fp8-not-native", () => {
  it("fires at the precision on a GPU without FP8 tensor cores", () => {
    const context = contextOf({ model: LLAMA_8B, gpu: "A100-80GB", precision: "fp8" });
    expect(check("fp8-not-native", context)).toEqual([
      {
        message:
          "precision fp8 on A100-80GB, which has no FP8 tensor cores: the weights run weight-only, upcast to BF16 for every matrix" +
          " multiply (e.g. vLLM's Marlin kernels), so memory is saved but compute is not; use int8 (W8A8) for native INT8 compute," +
          " or an FP8-capable GPU such as H100-SXM, L40S, RTX-4090 or MI300X",
        range: rangeOn(LINES.precision, 12),
      },
    ]);
  });

  it("fires at the model for a checkpoint published in FP8", () => {
    const context = contextOf({ model: "deepseek-ai/DeepSeek-V3", gpu: "A100-80GB", count: 8 });
    const [result] = check("fp8-not-native", context);
    expect(result!.message).toMatch(/^the checkpoint's native precision fp8 \(deepseek-ai\/DeepSeek-V3\) on A100-80GB, which has no FP8 tensor cores/);
    expect(result!.range).toEqual(rangeOn(LINES.model, 12));
  });

  it("does not fire on an FP8 GPU or for another precision", () => {
    expect(check("fp8-not-native", contextOf({ model: LLAMA_8B, gpu: "H100", precision: "fp8" }))).toEqual([]);
    expect(check("fp8-not-native", contextOf({ model: LLAMA_8B, gpu: "A100-80GB", precision: "int8" }))).toEqual([]);
  });
});

describe("tensor-parallel-invalid", () => {
  it("fires at the tensor-parallel size when it does not divide the attention heads", () => {
    const context = contextOf({ model: LLAMA_8B, gpu: "H100", count: 3, tp: 3 });
    expect(check("tensor-parallel-invalid", context)).toEqual([
      {
        message:
          "tensor parallel 3 does not divide the model's 32 attention heads (vLLM requires num_attention_heads %" +
          " tensor_parallel_size == 0); use one of 1, 2, 4 or 8",
        range: rangeOn(LINES.tensorParallel, 12),
        // 2 and 4 are as near 3; 4 leaves a GPU idle as 3 does, but 4 GPUs are not there: 2.
        fix: { range: rangeOn(LINES.tensorParallel, 12), replaces: "3", replacement: "2" },
      },
    ]);
  });

  it("checks the KV heads: they must divide by the size or divide it", () => {
    // Qwen2.5-7B: 28 query heads, 4 KV heads. 7 divides 28 but neither divides nor is divided by 4.
    const context = contextOf({ model: "Qwen/Qwen2.5-7B-Instruct", gpu: "H100", count: 7, tp: 7 });
    expect(check("tensor-parallel-invalid", context).map((r) => r.message)).toEqual([
      "tensor parallel 7 neither divides the model's 4 KV heads nor is a multiple of them (vLLM requires num_key_value_heads %" +
        " tensor_parallel_size == 0 or tensor_parallel_size % num_key_value_heads == 0); use one of 1, 2 or 4",
    ]);
    // 8 KV-replicates fine: 4 divides 8? No: 28 % 8 != 0 fails on the query heads. 2 and 4 are valid.
    expect(check("tensor-parallel-invalid", contextOf({ model: "Qwen/Qwen2.5-7B-Instruct", gpu: "H100", count: 4, tp: 4 }))).toEqual([]);
  });

  it("fires when tensor × pipeline parallel needs more GPUs than the deployment has", () => {
    const context = contextOf({ model: LLAMA_70B, gpu: "H100", count: 4, tp: 4, pp: 2 });
    expect(check("tensor-parallel-invalid", context)).toEqual([
      {
        message:
          "tensor parallel 4 × pipeline parallel 2 needs 8 GPUs but the deployment has 4; raise the GPU count to 8 or lower the parallel sizes",
        range: rangeOn(LINES.tensorParallel, 12),
      },
    ]);
  });

  it("points at the GPU count when the size is implied by it", () => {
    const context = contextOf({ model: LLAMA_8B, gpu: "H100", count: 3 });
    expect(check("tensor-parallel-invalid", context)).toEqual([
      {
        message:
          "3 GPUs with no tensor-parallel size imply tensor parallel 3, and 3 does not divide the model's 32 attention heads (vLLM" +
          " requires num_attention_heads % tensor_parallel_size == 0); use one of 1, 2, 4 or 8",
        range: rangeOn(LINES.gpuCount, 12),
      },
    ]);
  });

  it("adds a notice when GPUs would sit idle", () => {
    const context = contextOf({ model: LLAMA_8B, gpu: "H100", count: 3, tp: 2 });
    expect(check("tensor-parallel-invalid", context)).toEqual([
      {
        message: "3 GPUs are not a multiple of tensor parallel 2: one replica uses 2 and 1 GPU sits idle; request 2 or 4 GPUs",
        range: rangeOn(LINES.gpuCount, 12),
        severity: "notice",
      },
    ]);
  });

  it("does not fire for a valid layout", () => {
    expect(check("tensor-parallel-invalid", contextOf({ model: LLAMA_70B, gpu: "H100", count: 8, tp: 4, pp: 2 }))).toEqual([]);
    expect(check("tensor-parallel-invalid", contextOf({ model: LLAMA_8B, gpu: "H100", count: 4, tp: 2 }))).toEqual([]);
    // MLA caches a latent shared by all heads: only the query heads count.
    expect(check("tensor-parallel-invalid", contextOf({ model: "deepseek-ai/DeepSeek-V3", gpu: "H200", count: 8, tp: 8 }))).toEqual([]);
  });
});

describe("context-exceeds-model-max", () => {
  it("fires at the context length", () => {
    const context = contextOf({ model: LLAMA_8B, gpu: "H100", context: 200_000 });
    expect(check("context-exceeds-model-max", context)).toEqual([
      {
        message: "context length 200,000 tokens exceeds the maximum of 131,072 tokens of meta-llama/Llama-3.1-8B-Instruct; set it to 131,072 or less",
        range: rangeOn(LINES.contextLength, 12),
        fix: { range: rangeOn(LINES.contextLength, 12), replaces: "200000", replacement: "131072" },
      },
    ]);
  });

  it("does not fire at the maximum or without a context length", () => {
    expect(check("context-exceeds-model-max", contextOf({ model: LLAMA_8B, gpu: "H100", context: 131_072 }))).toEqual([]);
    expect(check("context-exceeds-model-max", contextOf({ model: LLAMA_8B, gpu: "H100" }))).toEqual([]);
  });
});

describe("concurrency-exceeds-kv-capacity", () => {
  it("fires at the concurrency with the KV capacity in tokens and the max concurrency", () => {
    const declared = contextOf({ model: LLAMA_8B, gpu: "L4", context: 8192, concurrency: 8 });
    const context = resolveDeployment({ ...declared.deployment, concurrencyIsEngineCap: true }, { root: "/repo", realRoot: "/repo" }, { ...defaultConfig(), policy: {} });
    expect(check("concurrency-exceeds-kv-capacity", context)).toEqual([
      {
        message:
          // An L4 exposes 23,034 MiB: 0.9 of it is 21,737,609,625 B, less 16,060,522,496 of weights and 1,927,262,700 of
          // workspace leaves 3,749,824,429 B, 28,608 tokens of 131,072 B in whole 16-token blocks, 3.49 sequences of 8,192.
          "the engine's cap 8 × 8,192 tokens exceeds the KV cache: its 3.7 GB budget per GPU (BF16 weights, BF16 cache) holds 28,608 tokens," +
          " at most 3.49 sequences of 8,192 tokens at once; beyond that the engine queues or preempts requests; lower the cap or the" +
          " context length, or free memory for the KV cache",
        range: rangeOn(LINES.concurrency, 12),
        fix: { range: rangeOn(LINES.concurrency, 12), replaces: "8", replacement: "3" },
      },
    ]);
    expect(context.estimate!.maxConcurrency).toBe(3.49);
  });

  it("does not fire within the capacity, nor without a concurrency", () => {
    expect(check("concurrency-exceeds-kv-capacity", contextOf({ model: LLAMA_8B, gpu: "L4", context: 8192, concurrency: 3 }))).toEqual([]);
    expect(check("concurrency-exceeds-kv-capacity", contextOf({ model: LLAMA_8B, gpu: "L4", context: 8192 }))).toEqual([]);
  });
});

describe("evaluateDeployment", () => {
  const bad = () => contextOf({ model: LLAMA_70B, gpu: "A100-80GB", precision: "fp8", context: 200_000, policy: { maxTier: "workstation" } });

  it("runs every rule and fills rule id, severity, file, deployment and range", () => {
    const findings = evaluateDeployment(bad(), { severity: {} });
    expect(findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ["vram-exceeds-capacity", "error", LINES.hardware],
      ["tier-above-target", "warning", LINES.model],
      ["fp8-not-native", "warning", LINES.precision],
      ["context-exceeds-model-max", "error", LINES.contextLength],
    ]);
    const first = findings[0]!;
    expect(first).toMatchObject({ file: "deploy/chat.yaml", deployment: "chat", line: 8, column: 3, endLine: 8, endColumn: 11 });
  });

  it("applies configured severities and skips rules that are off", () => {
    const findings = evaluateDeployment(bad(), { severity: { "tier-above-target": "off", "context-exceeds-model-max": "warning", "fp8-not-native": "error" } });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["vram-exceeds-capacity", "error"],
      ["fp8-not-native", "error"],
      ["context-exceeds-model-max", "warning"],
    ]);
  });

  it("keeps a result's lower severity, never above the rule's", () => {
    const idle = contextOf({ model: LLAMA_8B, gpu: "H100", count: 3, tp: 2 });
    expect(evaluateDeployment(idle, { severity: {} }).map((f) => [f.ruleId, f.severity])).toEqual([["tensor-parallel-invalid", "notice"]]);
    expect(evaluateDeployment(idle, { severity: { "tensor-parallel-invalid": "warning" } })[0]!.severity).toBe("notice");
    const tooFew = contextOf({ model: LLAMA_8B, gpu: "H100", count: 2, tp: 4 });
    expect(evaluateDeployment(tooFew, { severity: { "tensor-parallel-invalid": "warning" } })[0]!.severity).toBe("warning");
  });

  it("reports a throwing rule as a finding with its id on the deployment, and runs the other rules", () => {
    const context = bad();
    context.estimate = { ...context.estimate!, scenarios: null as unknown as Estimate["scenarios"] };
    const findings = evaluateDeployment(context, { severity: {} });
    const broken = findings.find((f) => f.ruleId === "vram-exceeds-capacity")!;
    expect(broken.severity).toBe("error");
    expect(broken.deployment).toBe("chat");
    expect(broken.file).toBe("deploy/chat.yaml");
    expect(broken.line).toBe(context.deployment.range.line);
    expect(broken.message).toMatch(/^this rule could not be evaluated on chat \(.+\); this is a bug in llm-physics: please report it with the manifest$/);
    expect(findings.length).toBeGreaterThan(1);
  });
});

describe("applySeverity", () => {
  it("raises a finding at its rule's default severity to the configured one, never a remark below it", () => {
    const note = (severity: "warning" | "notice"): Finding => ({ ruleId: "incomplete-deployment", severity, message: "m", file: "a.yaml", line: 1, column: 1, endLine: 1, endColumn: 2 });
    const raised = applySeverity([note("warning"), note("notice")], { severity: { "incomplete-deployment": "error" } });
    expect(raised.map((f) => f.severity)).toEqual(["error", "notice"]);
    const lowered = applySeverity([note("warning"), note("notice")], { severity: { "incomplete-deployment": "notice" } });
    expect(lowered.map((f) => f.severity)).toEqual(["notice", "notice"]);
  });

  const finding = (ruleId: string): Finding => ({ ruleId, severity: "error", message: "m", file: "a.yaml", line: 1, column: 1, endLine: 1, endColumn: 2 });

  it("overrides or drops stage findings and leaves the others alone", () => {
    const input = [finding("yaml-syntax"), finding("schema"), finding("unknown-gpu")];
    const result = applySeverity(input, { severity: { "yaml-syntax": "warning", schema: "off" } });
    expect(result.map((f) => [f.ruleId, f.severity])).toEqual([
      ["yaml-syntax", "warning"],
      ["unknown-gpu", "error"],
    ]);
    expect(result[1]).toBe(input[2]);
    expect(input[0]!.severity).toBe("error");
  });
});

// Keep the fixture helpers honest: the catalog entries the tests rely on exist.
describe("fixtures", () => {
  it("uses catalog models and GPUs", () => {
    for (const id of [LLAMA_8B, LLAMA_70B, "Qwen/Qwen2.5-7B-Instruct", "deepseek-ai/DeepSeek-V3", "Qwen/Qwen3-32B"]) {
      const spec = modelLookup.find(id);
      expect(spec, id).toBeDefined();
      expect(modelInputFromSpec(spec!).id).toBe(id);
    }
    for (const id of ["A100-80GB", "H100", "L4", "H200"]) expect(gpuLookup.find(id), id).toBeDefined();
    const input: ModelInput = modelInputFromSpec(modelLookup.find(LLAMA_8B)!);
    expect(input.maxContextTokens).toBe(131_072);
  });
});
