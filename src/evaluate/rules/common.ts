import type { Deployment } from "../../base/deployment.js";
import type { Architecture } from "../../physics/architecture.js";
import type { Estimate } from "../../estimate/estimate.js";
import type { SourceRange } from "../../base/findings.js";
import type { MemoryScenario } from "../../physics/memory.js";
import type { Precision } from "../../physics/precision.js";
import { formatFixed } from "../../base/units.js";
import { quote } from "../../base/text.js";

/** Helpers the rules share: where findings about a block point, and how numbers read in messages. */

/** The scenario of the precision the deployment runs in (its own, else the checkpoint's). */
export function deploymentScenario(estimate: Estimate): MemoryScenario | undefined {
  return estimate.scenarios[estimate.primaryPrecision];
}

/** The hardware block, where capacity and headroom findings point; the deployment's start without one. */
export function hardwareRange(deployment: Deployment): SourceRange {
  return deployment.hardwareRange ?? deployment.range;
}

export function precisionName(precision: Precision): string {
  return precision.toUpperCase();
}

/** A policy figure as written: `10%`, `12.5%`. */
export function policyPercent(value: number): string {
  return `${Number.isInteger(value) ? String(value) : formatFixed(value, Math.min(2, decimals(value)))}%`;
}

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** `"a", "b" or "c"` */
export function quotedList(items: readonly string[], conjunction = "or"): string {
  const quoted = items.map((item) => `${quote(item)}`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1]}`;
}

/** `a, b and c` */
export function plainList(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** `1 × A100-80GB`, with `tensor parallel 2 × pipeline parallel 2` when the deployment shards the model. */
export function hardwarePhrase(estimate: Estimate): string {
  const { tensorParallel: tp, pipelineParallel: pp, dataParallel: dp } = estimate.inputs;
  const gpus = `${estimate.hardware.count} × ${estimate.hardware.gpu}`;
  if (tp === 1 && pp === 1 && dp === 1) return gpus;
  const parts = [`tensor parallel ${tp}`];
  if (pp > 1) parts.push(`pipeline parallel ${pp}`);
  if (dp > 1) parts.push(`data parallel ${dp}${estimate.inputs.expertsSpanDataParallel ? ", experts split over all" : ""}`);
  return `${gpus} (${parts.join(", ")})`;
}

/**
 * Whether vLLM can shard `arch` over `tp` ranks: query heads must divide evenly
 * (`num_attention_heads % tp == 0`), and KV heads must either divide evenly or be replicated
 * evenly (`num_key_value_heads % tp == 0 || tp % num_key_value_heads == 0`). MLA caches one latent
 * per token, replicated on every rank, so only the query heads count.
 */
export function tensorParallelFits(arch: Architecture, tp: number): boolean {
  const a = arch.attention;
  if (a.numHeads % tp !== 0) return false;
  if (a.kind === "standard" && a.numKvHeads % tp !== 0 && tp % a.numKvHeads !== 0) return false;
  return true;
}
