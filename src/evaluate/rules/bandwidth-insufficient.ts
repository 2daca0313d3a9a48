import { bytesPerValue } from "../../physics/precision.js";
import { formatBandwidth, formatGB, formatInteger, formatParams, formatPercent, formatRate } from "../../base/units.js";
import type { Rule, RuleResult } from "../rule.js";
import { policyPercent, precisionName } from "./common.js";

/** A target as written: `50`, `12.5`. */
function rate(value: number): string {
  return Number.isInteger(value) ? formatInteger(value) : formatRate(value);
}

export const bandwidthInsufficient: Rule = {
  id: "bandwidth-insufficient",
  defaultSeverity: "warning",
  summary: "The GPUs' memory bandwidth cannot deliver the target tokens per second.",
  description:
    "With a target speed set, checks two things. First the founding formula: decoding reads every active parameter once per token, " +
    "so the target needs active parameters × bytes per parameter × tokens/s of memory bandwidth, which must stay within the policy's " +
    "maxBandwidthUtilizationPercent (80% by default) of the GPUs' combined peak bandwidth. Second the decode estimate at the " +
    "deployment's concurrency and context, which also counts KV-cache reads and tensor-parallel sharding: its tokens/s per sequence " +
    "must reach the target. Decode is memory-bound, so no amount of compute makes up for missing bandwidth. Fix it with a lower " +
    "weight precision, more GPUs with tensor parallelism, GPUs with more bandwidth, lower concurrency, or a lower target.",
  check({ deployment, estimate, policy }): RuleResult[] {
    const target = deployment.targetTokensPerSecond;
    if (!estimate || !target) return [];
    const problems: string[] = [];
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
      problems.push(
        `${rate(target.value)} tokens/s needs ${formatBandwidth(b.requiredBytesPerSec)} of memory bandwidth` +
          ` (${perToken} × ${rate(target.value)} tokens/s),` +
          ` ${formatPercent(b.utilizationPercent, 0)} of the ${formatBandwidth(b.availableBytesPerSec)} available on ${gpus} × ${estimate.hardware.gpu},` +
          ` above the limit of ${policyPercent(policy.maxBandwidthUtilizationPercent)}`,
      );
    }
    const d = estimate.decode;
    if (d.tokensPerSecPerSequence < target.value) {
      const load = d.batch === 1 ? "1 sequence" : `concurrency ${formatInteger(d.batch)}`;
      problems.push(
        `the predicted decode speed is ~${formatRate(d.tokensPerSecPerSequence)} tokens/s per sequence at ${load} and` +
          ` ${formatInteger(d.contextTokens)} tokens of context (${formatPercent(d.efficiency * 100, 0)} of peak bandwidth),` +
          ` below the target of ${rate(target.value)} tokens/s`,
      );
    }
    if (problems.length === 0) return [];
    return [
      {
        message: `${problems.join("; and ")}; use a lower weight precision, more GPUs with tensor parallelism, or a lower target`,
        range: target.range,
      },
    ];
  },
};
