import { formatFixed, formatGB, formatGiB, formatInteger } from "../../base/units.js";
import { engineDisplayName } from "../../physics/engine-memory.js";
import type { Rule, RuleResult } from "../rule.js";
import { deploymentScenario, precisionName } from "./common.js";

export const concurrencyExceedsKvCapacity: Rule = {
  id: "concurrency-exceeds-kv-capacity",
  defaultSeverity: "warning",
  summary: "The KV cache cannot hold an engine's cap of full-context sequences at once.",
  description:
    "With an engine's concurrency cap (vLLM --max-num-seqs, SGLang --max-running-requests, TGI's max concurrent requests), checks " +
    "that the KV-cache budget on each GPU (usable memory minus weights and workspace) holds that many sequences of the full context " +
    "length at once, as vLLM's \"Maximum concurrency for N tokens per request\" at start-up. Beyond it the engine queues or preempts " +
    "requests, so latency climbs under load although the deployment starts. A cap is a limit the engine fills as memory allows, so " +
    "this is a warning; a workload a manifest declares (a native concurrency) that does not fit is vram-exceeds-capacity's error. " +
    "Fix it with a lower cap or context length, an FP8 KV cache, a lower weight precision, or more GPUs.",
  check({ deployment, estimate }): RuleResult[] {
    const concurrency = deployment.concurrency;
    // A declared workload is held to fit, by vram-exceeds-capacity; only an engine's cap is compared here.
    if (!concurrency || !estimate || !deployment.concurrencyIsEngineCap) return [];
    const s = deploymentScenario(estimate);
    // Below one sequence the engine cannot start at all: vram-exceeds-capacity says so, once.
    // With data parallelism the cap is each rank's (vLLM runs a scheduler per rank), held to what one rank's cache holds.
    const dp = estimate.inputs.dataParallel;
    if (!s) return [];
    // A known engine's own numbers when it starts (vLLM's "Maximum concurrency for N tokens per request"), else the planning budget's.
    const engine = estimate.engineMemory?.starts ? estimate.engineMemory : null;
    const perRank = engine ? engine.maxConcurrency : Math.floor((s.maxConcurrency / dp) * 100) / 100;
    const budgetBytes = engine ? engine.kvBudgetBytes : s.kvBudgetBytesPerGpu;
    const capacityTokens = engine ? engine.kvCapacityTokens : s.kvCapacityTokens;
    if (perRank < 1 || concurrency.value <= perRank) return [];
    const context = estimate.inputs.contextTokens;
    // An engine's cap (vLLM --max-num-seqs) is a limit it fills as memory allows, not a demand.
    const via = concurrency.via;
    const flag = via && "flag" in via ? via.flag : "the engine's cap";
    const subject = deployment.concurrencyIsEngineCap
      ? `${flag} ${formatInteger(concurrency.value)} × ${formatInteger(estimate.inputs.contextTokens)} tokens`
      : `concurrency ${formatInteger(concurrency.value)}`;
    const advice = deployment.concurrencyIsEngineCap
      ? "beyond that the engine queues or preempts requests; lower the cap or the context length, or free memory for the KV cache"
      : "lower the concurrency or the context length, or free memory for the KV cache";
    return [
      {
        message:
          `${subject} exceeds the KV cache: its ${engine ? `${formatGiB(budgetBytes)} budget per GPU as ${engineDisplayName(engine.engine)} computes it` : `${formatGB(budgetBytes)} budget per GPU`}` +
          ` (${precisionName(s.precision)} weights, ${precisionName(s.kvPrecision)} cache) holds ${formatInteger(capacityTokens)} tokens,` +
          ` at most ${formatFixed(perRank, 2)} sequences of ${formatInteger(context)} tokens at once${dp > 1 ? ` on each of the ${dp} data-parallel ranks` : ""}; ${advice}`,
        range: concurrency.range,
        // The cap the KV cache holds, written where the cap is.
        ...(via && "assumed" in via ? {} : { fix: { range: concurrency.range, replaces: String(concurrency.value), replacement: String(Math.floor(perRank)) } }),
      },
    ];
  },
};
