import { bytesPerValue } from "../../physics/precision.js";
import { boundByPhrase, speedRangeLabel } from "../../physics/speed-model.js";
import { formatBandwidth, formatGB, formatInteger, formatParams, formatPercent, formatRate } from "../../base/units.js";
import type { Rule, RuleResult } from "../rule.js";
import { policyPercent, precisionName } from "./common.js";

/** A target as written: `50`, `12.5`. */
function rate(value: number): string {
  return Number.isInteger(value) ? formatInteger(value) : formatRate(value);
}

export const bandwidthInsufficient: Rule = {
  id: "bandwidth-insufficient",
  defaultSeverity: "error",
  summary: "The deployment cannot reach its target tokens per second, or its GPUs' bandwidth is beyond the policy.",
  description:
    "With a target speed set, checks two things. First the engine-aware decode prediction at the deployment's concurrency and " +
    "context (docs/physics.md#decode-speed-engine-aware: bytes read by kind at the bandwidth the GPU's memory achieves, routed " +
    "experts, the KV cache, a compute ceiling, fixed costs per layer for the engine and its version, tensor-parallel all-reduces), " +
    "stated as a range from the model's measured error for that engine family and GPU class: when even the optimistic end of the " +
    "range misses the target it is an error; when the prediction misses but the range reaches the target, a warning. With speculative " +
    "decoding on (vLLM --speculative-config, SGLang --speculative-algorithm, TGI --speculate) a miss is a warning: the prediction is " +
    "for one token per step, and the tokens a speculative step accepts are not modelled. Second the " +
    "founding formula: decoding reads every active parameter once per token, so the target needs active parameters × bytes per " +
    "parameter × tokens/s of memory bandwidth, which should stay within the policy's maxBandwidthUtilizationPercent (80% by default) " +
    "of the GPUs' combined peak bandwidth (a warning). Fix it with a lower weight precision, more GPUs with tensor parallelism, GPUs " +
    "with more bandwidth, lower concurrency, or a lower target.",
  check({ deployment, estimate, policy }): RuleResult[] {
    const target = deployment.targetTokensPerSecond;
    if (!estimate || !target) return [];
    const d = estimate.decode;
    const results: RuleResult[] = [];
    if (d.tokensPerSecPerSequence < target.value) {
      const load = d.batch === 1 ? "1 sequence" : `concurrency ${formatInteger(d.batch)}${d.batchRunning < d.batch ? ` (${formatInteger(d.batchRunning)} at once: the KV cache holds no more)` : ""}`;
      const missed = d.highTokensPerSecPerSequence < target.value;
      const bound = boundByPhrase(d.boundBy);
      // The model predicts one token per step; the tokens a speculative step accepts depend on the draft and the text, which it does not model.
      const speculative = deployment.engine?.speculative;
      results.push({
        message:
          `the predicted decode speed is ~${formatRate(d.tokensPerSecPerSequence)} tokens/s per sequence, typically ` +
          `${formatRate(d.lowTokensPerSecPerSequence)}–${formatRate(d.highTokensPerSecPerSequence)} for ${speedRangeLabel(d.engineFamily, d.gpuClass)}` +
          ` (median error ${formatPercent(d.rangeMedianErrorPercent, 0)}), at ${load} and ${formatInteger(d.contextTokens)} tokens of context, ${bound}: ` +
          (missed
            ? `even the optimistic end is below the target of ${rate(target.value)} tokens/s`
            : `below the target of ${rate(target.value)} tokens/s, which only the optimistic end of the range reaches`) +
          (speculative
            ? `; speculative decoding is on (${speculative.file ? `${speculative.file}:` : "line "}${speculative.line}), which the prediction leaves out: each step can yield more than one token, so this is a warning, not an error; measure the deployment, or lower the target`
            : "; use a lower weight precision, more GPUs with tensor parallelism, lower concurrency, or a lower target"),
        range: target.range,
        ...(missed && !speculative ? {} : { severity: "warning" as const }),
      });
    }
    const b = estimate.bandwidth;
    if (b.requiredBytesPerSec !== null && b.utilizationPercent !== null && b.utilizationPercent > policy.maxBandwidthUtilizationPercent) {
      const bytes = bytesPerValue(estimate.primaryPrecision);
      const gpus = estimate.hardware.count;
      const checkpoint = estimate.model.checkpoint;
      // A checkpoint read in its own precision: the bytes it reads per token, scales and BF16 layers included.
      const perToken =
        checkpoint && estimate.model.weightsMeasured
          ? `${formatGB(checkpoint.bytesReadPerToken)} of the checkpoint read per token`
          : `${formatParams(estimate.model.paramsActive)} active params × ${bytes} byte${bytes === 1 ? "" : "s"} in ${precisionName(estimate.primaryPrecision)}`;
      results.push({
        message:
          `${rate(target.value)} tokens/s needs ${formatBandwidth(b.requiredBytesPerSec)} of memory bandwidth` +
          ` (${perToken} × ${rate(target.value)} tokens/s),` +
          ` ${formatPercent(b.utilizationPercent, 0)} of the ${formatBandwidth(b.availableBytesPerSec)} available on ${gpus} × ${estimate.hardware.gpu},` +
          ` above the policy's limit of ${policyPercent(policy.maxBandwidthUtilizationPercent)}; use a lower weight precision, GPUs with more bandwidth, or a lower target`,
        range: target.range,
        severity: "warning",
      });
    }
    return results;
  },
};
