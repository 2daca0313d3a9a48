import { engineDisplayName } from "../physics/engine-memory.js";
import { boundByPhrase, speedRangeLabel } from "../physics/speed-model.js";
import type { Estimate } from "../estimate/estimate.js";
import type { MemoryScenario } from "../physics/memory.js";
import { CONSUMER_LIMIT_BYTES, TIER_CONTEXT_TOKENS, WORKSTATION_LIMIT_BYTES } from "../physics/tier.js";
import {
  capitalize,
  formatBandwidth,
  formatFixed,
  formatGB,
  formatGiB,
  formatInteger,
  formatParams,
  formatPercent,
  formatRate,
  formatTflops,
} from "../base/units.js";

/** Columns padded to their widest cell; the first column left-aligned, the rest right-aligned. */
export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

function tierRange(tier: Estimate["tier"]): string {
  const consumer = formatFixed(CONSUMER_LIMIT_BYTES / 1e9, 0);
  const workstation = formatFixed(WORKSTATION_LIMIT_BYTES / 1e9, 0);
  if (tier === "consumer") return `below ${consumer} GB`;
  if (tier === "workstation") return `${consumer}–${workstation} GB`;
  return `above ${workstation} GB`;
}

function scenarioRow(name: string, s: MemoryScenario, primary: boolean): string[] {
  return [
    `${name.toUpperCase()}${primary ? " *" : ""}`,
    formatGB(s.weightsBytes),
    formatGB(s.kvCacheBytes, 2),
    formatGB(s.workspaceBytes),
    formatGB(s.totalBytes),
    formatGB(s.perGpuBytes),
    formatGB(s.usableBytesPerGpu),
    s.fits ? "yes" : "NO",
    `${formatGB(s.headroomBytes)} (${formatPercent(s.headroomPercent)})`,
  ];
}

/** The human report of `llm-physics estimate`. */
export function formatEstimateText(e: Estimate): string {
  const m = e.model;
  const h = e.hardware;
  const i = e.inputs;
  const lines: string[] = [];
  const kind = m.mixtureOfExperts ? `MoE, ${formatParams(m.paramsActive)} active` : "dense";
  lines.push(`${m.name} (${m.id}) on ${h.count} × ${h.name} [${h.gpu}]`);
  lines.push(
    `  ${formatParams(m.paramsTotal)} parameters (${kind}) · KV cache ${formatInteger(m.kvBytesPerToken)} bytes/token in ${m.kvPrecision.toUpperCase()} · max context ${formatInteger(m.maxContextTokens)} tokens`,
  );
  lines.push(
    `  ${formatGiB(h.memoryBytesPerGpu)} and ${formatBandwidth(h.bandwidthBytesPerSecPerGpu)} per GPU${h.unifiedMemory ? " (unified memory)" : ""} · context ${formatInteger(i.contextTokens)} tokens · batch ${i.batch} · tensor parallel ${i.tensorParallel} · pipeline parallel ${i.pipelineParallel}${i.dataParallel > 1 ? ` · data parallel ${i.dataParallel}${i.expertsSpanDataParallel ? " (experts split over all ranks)" : ""}` : ""} · memory fraction ${i.memoryFraction}`,
  );
  if (m.resolvedFrom.endsWith(".json")) lines.push(`  architecture read from ${m.resolvedFrom}`);
  else if (m.resolvedFrom !== "catalog") lines.push(`  model resolved: ${m.resolvedFrom}`);
  const ckpt = m.checkpoint;
  if (ckpt) {
    const c = ckpt;
    const how = c.measured && c.files.length === 0 ? "as the published checkpoint holds it (catalog)" : c.measured ? `measured from the headers of ${c.files.length} ${c.format} file${c.files.length === 1 ? "" : "s"}` : c.files.length > 0 ? `the size of ${c.files.length} ${c.format} file${c.files.length === 1 ? "" : "s"}` : "estimated (see assumed)";
    lines.push(`  checkpoint ${formatGB(c.weightsBytes)} in ${c.precision.toUpperCase()} (${c.quantization === "none" ? "unquantized" : c.quantization}), ${how}${m.weightsMeasured ? "" : `; in ${i.precision.toUpperCase()} the weights are computed as parameters × ${i.precision.toUpperCase()}`}`);
  }
  for (const assumption of m.assumptions) lines.push(`  assumed: ${assumption}`);
  lines.push("");

  const header = ["precision", "weights", "KV cache", "workspace", "total", "per GPU", "usable/GPU", "fits", "headroom/GPU"];
  const rows = [header];
  for (const [name, scenario] of Object.entries(e.scenarios)) {
    if (scenario) rows.push(scenarioRow(name, scenario, name === e.primaryPrecision));
  }
  lines.push(...table(rows));
  const onLoad = e.scenarios[e.primaryPrecision]?.quantizedOnLoadFrom;
  const own = e.primaryPrecision === m.nativePrecision ? " (the checkpoint's own)" : onLoad ? ` (quantized on load: embeddings, head and norms stay ${onLoad.toUpperCase()})` : "";
  lines.push(`  * the precision used below${own}; workspace is 12% of weights`);
  lines.push("");

  lines.push(
    `tier            ${capitalize(e.tier)}: INT8 footprint ${formatGB(e.tierFootprintBytes)} at batch 1 and ${formatInteger(TIER_CONTEXT_TOKENS)} tokens (${capitalize(e.tier)} is ${tierRange(e.tier)})`,
  );
  const b = e.bandwidth;
  if (b.requiredBytesPerSec !== null) {
    lines.push(
      `bandwidth       needs ${formatBandwidth(b.requiredBytesPerSec)} for ${formatRate(i.targetTokensPerSec ?? 0)} tokens/s (active params × ${e.primaryPrecision.toUpperCase()} bytes × tokens/s) of ${formatBandwidth(b.availableBytesPerSec)} available on ${h.count} GPU${h.count === 1 ? "" : "s"} (${formatPercent(b.utilizationPercent ?? 0, 0)})`,
    );
  } else {
    lines.push(`bandwidth       ${formatBandwidth(b.availableBytesPerSec)} available on ${h.count} GPU${h.count === 1 ? "" : "s"}; pass --target-tps to check a speed target`);
  }
  const d = e.decode;
  const bound = boundByPhrase(d.boundBy);
  lines.push(
    `decode          ~${formatRate(d.tokensPerSecPerSequence)} tokens/s per sequence (typically ${formatRate(d.lowTokensPerSecPerSequence)}–${formatRate(d.highTokensPerSecPerSequence)} for ${speedRangeLabel(d.engineFamily, d.gpuClass)}, median error ${formatPercent(d.rangeMedianErrorPercent, 0)}), ~${formatRate(d.tokensPerSecTotal)} tokens/s total at batch ${d.batch}${d.batchRunning < d.batch ? ` (${formatInteger(d.batchRunning)} at once: the KV cache holds no more)` : ""} and ${formatInteger(d.contextTokens)} tokens of context; ${bound}`,
  );
  lines.push(
    `                engine ${d.engine === "unknown" ? "not named (--engine: its fixed costs)" : d.engine}; the bandwidth bound (every byte at ${formatPercent(d.efficiency * 100, 0)} of peak) is ~${formatRate(d.bandwidthBoundTokensPerSecPerSequence)} tokens/s per sequence`,
  );
  lines.push(
    `KV capacity     ${formatInteger(e.kvCapacityTokens)} tokens per GPU${i.dataParallel > 1 ? " (each data-parallel rank)" : ""}; max concurrency ${formatFixed(e.maxConcurrency, 2)}× at ${formatInteger(i.contextTokens)} tokens per request${i.dataParallel > 1 ? ` over ${i.dataParallel} ranks` : ""}`,
  );
  const em = e.engineMemory;
  if (em) {
    const gib = (bytes: number) => formatFixed(bytes / 2 ** 30, 2);
    const name = engineDisplayName(em.engine);
    lines.push(
      `engine          ${name}${em.version ? ` ${em.version}` : ""} ${em.starts ? "starts" : "does not start"}: takes ${gib(em.requestedBytes)} of ${gib(em.totalBytes)} GiB per GPU (the total the runtime reports); ` +
        `weights ${gib(em.weightsBytes)} + activation peak ${gib(em.activationBytes)} + non-torch ${gib(em.nonTorchBytes)}${em.cudaGraphBytes > 0 ? ` + CUDA graphs ${gib(em.cudaGraphBytes)}` : ""} GiB` +
        ` leave ${gib(em.kvBudgetBytes)} GiB of KV cache: ${formatInteger(em.kvCapacityTokens)} tokens, ${formatFixed(em.maxConcurrency, 2)}× at ${formatInteger(em.maxModelLen)} tokens`,
    );
    if (!em.starts) lines.push(`                ${em.reason}`);
    else if (em.planning.level === "warning") lines.push(`                ${em.planning.message}`);
  }
  const c = e.compute;
  const boundAt = d.computeBoundBatch === null ? "memory-bound at any batch (KV-cache reads dominate)" : `memory-bound below batch ${formatInteger(d.computeBoundBatch)}`;
  lines.push(
    `intensity       ridge point ${formatInteger(c.ridgePointFlopsPerByte)} FLOPs/byte (${formatTflops(c.peakFlopsPerSecPerGpu)} ${c.format.toUpperCase()} ÷ ${formatBandwidth(h.bandwidthBytesPerSecPerGpu)})`,
  );
  lines.push(`                decode ${formatFixed(d.arithmeticIntensityFlopsPerByte, 1)} FLOPs/byte at batch ${d.batch}: ${boundAt}`);
  const p = e.prefill;
  const prefillBound = p.arithmeticIntensityFlopsPerByte >= c.ridgePointFlopsPerByte ? "compute-bound" : "memory-bound";
  lines.push(
    `                prefill ${formatInteger(p.arithmeticIntensityFlopsPerByte)} FLOPs/byte for ${formatInteger(p.promptTokens)} tokens: ${prefillBound}, at least ${formatRate(p.secondsAtPeak)} s at dense peak`,
  );
  for (const note of e.notes) lines.push(`note            ${note}`);
  lines.push("");
  lines.push("GB = 10^9 bytes, GiB = 2^30 bytes, TB/s = 10^12 bytes/s. Speeds are estimates; memory figures are exact for the stated formula.");
  return lines.join("\n") + "\n";
}
