import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  CONSUMER_LIMIT_BYTES,
  TIER_CONTEXT_TOKENS,
  WORKSTATION_LIMIT_BYTES,
  boundByPhrase,
  engineDisplayName,
  speedRangeLabel
} from "./chunk-PFYC7H33.js";
import "./chunk-N4USQFRU.js";
import "./chunk-ZZ4ZPONZ.js";
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
  formatTflops
} from "./chunk-ZT3DUOPJ.js";
import "./chunk-NOE7O2GR.js";

// src/report/estimate-text.ts
function table(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, cell.length));
  return rows.map(
    (row) => row.map((cell, i) => i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])).join("  ").trimEnd()
  );
}
function tierRange(tier) {
  const consumer = formatFixed(CONSUMER_LIMIT_BYTES / 1e9, 0);
  const workstation = formatFixed(WORKSTATION_LIMIT_BYTES / 1e9, 0);
  if (tier === "consumer") return `below ${consumer} GB`;
  if (tier === "workstation") return `${consumer}\u2013${workstation} GB`;
  return `above ${workstation} GB`;
}
function scenarioRow(name, s, primary) {
  return [
    `${name.toUpperCase()}${primary ? " *" : ""}`,
    formatGB(s.weightsBytes),
    formatGB(s.kvCacheBytes, 2),
    formatGB(s.workspaceBytes),
    formatGB(s.totalBytes),
    formatGB(s.perGpuBytes),
    formatGB(s.usableBytesPerGpu),
    s.fits ? "yes" : "NO",
    `${formatGB(s.headroomBytes)} (${formatPercent(s.headroomPercent)})`
  ];
}
function formatEstimateText(e) {
  const m = e.model;
  const h = e.hardware;
  const i = e.inputs;
  const lines = [];
  const kind = m.mixtureOfExperts ? `MoE, ${formatParams(m.paramsActive)} active` : "dense";
  lines.push(`${m.name} (${m.id}) on ${h.count} \xD7 ${h.name} [${h.gpu}]`);
  lines.push(
    `  ${formatParams(m.paramsTotal)} parameters (${kind}) \xB7 KV cache ${formatInteger(m.kvBytesPerToken)} bytes/token in ${m.kvPrecision.toUpperCase()} \xB7 max context ${formatInteger(m.maxContextTokens)} tokens`
  );
  lines.push(
    `  ${formatGiB(h.memoryBytesPerGpu)} and ${formatBandwidth(h.bandwidthBytesPerSecPerGpu)} per GPU${h.unifiedMemory ? " (unified memory)" : ""} \xB7 context ${formatInteger(i.contextTokens)} tokens \xB7 batch ${i.batch} \xB7 tensor parallel ${i.tensorParallel} \xB7 pipeline parallel ${i.pipelineParallel}${i.dataParallel > 1 ? ` \xB7 data parallel ${i.dataParallel}${i.expertsSpanDataParallel ? " (experts split over all ranks)" : ""}` : ""} \xB7 memory fraction ${i.memoryFraction}`
  );
  if (m.resolvedFrom.endsWith(".json")) lines.push(`  architecture read from ${m.resolvedFrom}`);
  else if (m.resolvedFrom !== "catalog") lines.push(`  model resolved: ${m.resolvedFrom}`);
  const ckpt = m.checkpoint;
  if (ckpt) {
    const c2 = ckpt;
    const how = c2.measured && c2.files.length === 0 ? "as the published checkpoint holds it (catalog)" : c2.measured ? `measured from the headers of ${c2.files.length} ${c2.format} file${c2.files.length === 1 ? "" : "s"}` : c2.files.length > 0 ? `the size of ${c2.files.length} ${c2.format} file${c2.files.length === 1 ? "" : "s"}` : "estimated (see assumed)";
    lines.push(`  checkpoint ${formatGB(c2.weightsBytes)} in ${c2.precision.toUpperCase()} (${c2.quantization === "none" ? "unquantized" : c2.quantization}), ${how}${m.weightsMeasured ? "" : `; in ${i.precision.toUpperCase()} the weights are computed as parameters \xD7 ${i.precision.toUpperCase()}`}`);
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
    `tier            ${capitalize(e.tier)}: INT8 footprint ${formatGB(e.tierFootprintBytes)} at batch 1 and ${formatInteger(TIER_CONTEXT_TOKENS)} tokens (${capitalize(e.tier)} is ${tierRange(e.tier)})`
  );
  const b = e.bandwidth;
  if (b.requiredBytesPerSec !== null) {
    lines.push(
      `bandwidth       needs ${formatBandwidth(b.requiredBytesPerSec)} for ${formatRate(i.targetTokensPerSec ?? 0)} tokens/s (active params \xD7 ${e.primaryPrecision.toUpperCase()} bytes \xD7 tokens/s) of ${formatBandwidth(b.availableBytesPerSec)} available on ${h.count} GPU${h.count === 1 ? "" : "s"} (${formatPercent(b.utilizationPercent ?? 0, 0)})`
    );
  } else {
    lines.push(`bandwidth       ${formatBandwidth(b.availableBytesPerSec)} available on ${h.count} GPU${h.count === 1 ? "" : "s"}; pass --target-tps to check a speed target`);
  }
  const d = e.decode;
  const bound = boundByPhrase(d.boundBy);
  lines.push(
    `decode          ~${formatRate(d.tokensPerSecPerSequence)} tokens/s per sequence (typically ${formatRate(d.lowTokensPerSecPerSequence)}\u2013${formatRate(d.highTokensPerSecPerSequence)} for ${speedRangeLabel(d.engineFamily, d.gpuClass)}, median error ${formatPercent(d.rangeMedianErrorPercent, 0)}), ~${formatRate(d.tokensPerSecTotal)} tokens/s total at batch ${d.batch}${d.batchRunning < d.batch ? ` (${formatInteger(d.batchRunning)} at once: the KV cache holds no more)` : ""} and ${formatInteger(d.contextTokens)} tokens of context; ${bound}`
  );
  lines.push(
    `                engine ${d.engine === "unknown" ? "not named (--engine: its fixed costs)" : d.engine}; the bandwidth bound (every byte at ${formatPercent(d.efficiency * 100, 0)} of peak) is ~${formatRate(d.bandwidthBoundTokensPerSecPerSequence)} tokens/s per sequence`
  );
  lines.push(
    `KV capacity     ${formatInteger(e.kvCapacityTokens)} tokens per GPU${i.dataParallel > 1 ? " (each data-parallel rank)" : ""}; max concurrency ${formatFixed(e.maxConcurrency, 2)}\xD7 at ${formatInteger(i.contextTokens)} tokens per request${i.dataParallel > 1 ? ` over ${i.dataParallel} ranks` : ""}`
  );
  const em = e.engineMemory;
  if (em) {
    const gib = (bytes) => formatFixed(bytes / 2 ** 30, 2);
    const name = engineDisplayName(em.engine);
    lines.push(
      `engine          ${name}${em.version ? ` ${em.version}` : ""} ${em.starts ? "starts" : "does not start"}: takes ${gib(em.requestedBytes)} of ${gib(em.totalBytes)} GiB per GPU (the total the runtime reports); weights ${gib(em.weightsBytes)} + activation peak ${gib(em.activationBytes)} + non-torch ${gib(em.nonTorchBytes)}${em.cudaGraphBytes > 0 ? ` + CUDA graphs ${gib(em.cudaGraphBytes)}` : ""} GiB leave ${gib(em.kvBudgetBytes)} GiB of KV cache: ${formatInteger(em.kvCapacityTokens)} tokens, ${formatFixed(em.maxConcurrency, 2)}\xD7 at ${formatInteger(em.maxModelLen)} tokens`
    );
    if (!em.starts) lines.push(`                ${em.reason}`);
    else if (em.planning.level === "warning") lines.push(`                ${em.planning.message}`);
  }
  const c = e.compute;
  const boundAt = d.computeBoundBatch === null ? "memory-bound at any batch (KV-cache reads dominate)" : `memory-bound below batch ${formatInteger(d.computeBoundBatch)}`;
  lines.push(
    `intensity       ridge point ${formatInteger(c.ridgePointFlopsPerByte)} FLOPs/byte (${formatTflops(c.peakFlopsPerSecPerGpu)} ${c.format.toUpperCase()} \xF7 ${formatBandwidth(h.bandwidthBytesPerSecPerGpu)})`
  );
  lines.push(`                decode ${formatFixed(d.arithmeticIntensityFlopsPerByte, 1)} FLOPs/byte at batch ${d.batch}: ${boundAt}`);
  const p = e.prefill;
  const prefillBound = p.arithmeticIntensityFlopsPerByte >= c.ridgePointFlopsPerByte ? "compute-bound" : "memory-bound";
  lines.push(
    `                prefill ${formatInteger(p.arithmeticIntensityFlopsPerByte)} FLOPs/byte for ${formatInteger(p.promptTokens)} tokens: ${prefillBound}, at least ${formatRate(p.secondsAtPeak)} s at dense peak`
  );
  for (const note of e.notes) lines.push(`note            ${note}`);
  lines.push("");
  lines.push("GB = 10^9 bytes, GiB = 2^30 bytes, TB/s = 10^12 bytes/s. Speeds are estimates; memory figures are exact for the stated formula.");
  return lines.join("\n") + "\n";
}
export {
  formatEstimateText,
  table
};
