import { Buffer } from "node:buffer";
import type { Finding, Severity } from "../base/findings.js";
import type { MemoryScenario } from "../physics/memory.js";
import { PRECISIONS, SEED_SCENARIOS, type Precision } from "../physics/precision.js";
import type { Tier } from "../physics/tier.js";
import type { CheckReport, DeploymentReport, Verdict } from "./report.js";
import { capitalize, formatFixed, formatInteger } from "../base/units.js";

/**
 * The GitHub job summary (GitHub-flavoured markdown) that the action writes to
 * `$GITHUB_STEP_SUMMARY` and reuses as its pull-request comment: a verdict, one table of every
 * deployment, the memory scenarios of each, the findings by file, and a hidden marker.
 *
 * Everything that comes from a manifest (names, model ids, GPU names, paths, messages) is
 * escaped, so that a manifest cannot inject markdown, HTML or @-mentions. The output is never
 * larger than `maxBytes` (UTF-8): details go first, then findings, then table rows, each whole.
 */

export interface SummaryOptions {
  /** Link target for files: `${serverUrl}/${repository}/blob/${sha}/${file}#L${line}`; when absent, plain `file:line` text. */
  links?: { serverUrl: string; repository: string; sha: string };
  /** Base-branch reports of the deployments a PR changes, keyed by `${file}#${name}`, for "before → after". */
  base?: Map<string, DeploymentReport | null>; // null = deployment is new in the PR
  /** Files the PR changed (relative paths), shown first and marked. */
  changedFiles?: ReadonlySet<string>;
  /** A note shown at the top, e.g. "base branch could not be read: …" or "annotations: 12 shown of 31". */
  notes?: string[];
  /** Upper bound in bytes (UTF-8) of the whole markdown; default 1 MiB − 16 KiB safety margin (GitHub's limit is 1 MiB per step summary). */
  maxBytes?: number;
}

/** Hidden HTML comment at the end of the summary: the PR comment that reuses it finds itself by it. */
export const SUMMARY_MARKER = "<!-- llm-physics-summary -->";

/** GitHub's limit of 1 MiB per step summary, less 16 KiB of margin. */
export const DEFAULT_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

const SEVERITY_EMOJI: Record<Severity, string> = { error: "❌", warning: "⚠️", notice: "ℹ️" };
const VERDICT_CELL: Record<Verdict, string> = { pass: "✅ pass", warn: "⚠️ warn", fail: "❌ fail", incomplete: "❔ incomplete" };
const NONE = "—";
const BAR_CELLS = 10;

// ---------------------------------------------------------------------------------------------
// Escaping

/**
 * Characters that can open inline markup, HTML, an entity, a table cell or GitHub math, and the
 * backslash itself. Others (`(`, `!`, `.`) only matter after one of these, or at a line start.
 */
const MARKDOWN_ACTIVE = /[\\`*_[\]<>#|~&$]/g;

/** `@name` would notify a user or team from the PR comment: a zero-width space breaks the mention. */
const MENTION_BREAK = "@&#8203;";

function escapeMarkdownLine(line: string): string {
  return line
    .replace(MARKDOWN_ACTIVE, (c) => `\\${c}`)
    .replace(/@/g, MENTION_BREAK)
    .replace(/^(\s*)([-+=])/, "$1\\$2") // list item, thematic break, setext underline
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, "$1\\$2"); // ordered list item
}

/**
 * Text for a markdown context (paragraph, table cell, list item, heading): shown as written,
 * never interpreted. Line breaks become `<br>`, so that the text stays in its cell or item.
 */
export function escapeMarkdown(text: string): string {
  return text.split(/\r\n|\r|\n/).map(escapeMarkdownLine).join("<br>");
}

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text inside an HTML block (such as `<summary>`), where markdown is not parsed; on one line. */
export function escapeHtml(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, " ")
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!)
    .replace(/@/g, MENTION_BREAK);
}

/** A code span that holds any text: the fence is longer than any run of backticks inside. */
function code(text: string): string {
  const t = text.replace(/\r\n|\r|\n/g, " ");
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = t.startsWith("`") || t.endsWith("`") || (t.startsWith(" ") && t.endsWith(" ") && t.trim() !== "") ? " " : "";
  return `${fence}${pad}${t}${pad}${fence}`;
}

// ---------------------------------------------------------------------------------------------
// Links

/** Percent-encode each path segment, parentheses included, so the URL is one link destination. */
function encodePath(file: string): string {
  return file
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
}

type Links = NonNullable<SummaryOptions["links"]>;

function fileUrl(links: Links, file: string, line?: number, endLine?: number): string {
  const base = `${links.serverUrl.replace(/\/+$/, "")}/${links.repository}/blob/${links.sha}/${encodePath(file)}`;
  if (line === undefined) return base;
  return endLine !== undefined && endLine > line ? `${base}#L${line}-L${endLine}` : `${base}#L${line}`;
}

/** `[text](url)` when there are links, the text alone otherwise; `text` is already markdown. */
function link(text: string, links: Links | undefined, file: string, line?: number, endLine?: number): string {
  return links ? `[${text}](${fileUrl(links, file, line, endLine)})` : text;
}

// ---------------------------------------------------------------------------------------------
// Quantities

function plural(count: number, word: string): string {
  return `${formatInteger(count)} ${word}${count === 1 ? "" : "s"}`;
}

/** `A, B and C` */
function listing(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const fixed = formatFixed;

function percent(value: number): string {
  return `${fixed(value, 1)}%`;
}

/** Decimal gigabytes without the unit, for cells under a header or caption that names it. */
function gb(bytes: number, digits = 1): string {
  return fixed(bytes / 1e9, digits);
}

/** Required and available bandwidth in one unit, as the text format chooses it: `2.8 / 13.4 TB/s`, `45 / 960 GB/s`. */
function bandwidthCell(d: DeploymentReport): string {
  const b = d.bandwidth ?? d.estimate?.bandwidth ?? null;
  if (b === null) return NONE;
  const { requiredBytesPerSec: required, availableBytesPerSec: available } = b;
  if (Math.max(required ?? 0, available) >= 1e12) {
    const digits = required !== null && required > 0 && required < 0.05e12 ? 2 : 1;
    return `${required === null ? NONE : fixed(required / 1e12, digits)} / ${fixed(available / 1e12, digits)} TB/s`;
  }
  return `${required === null ? NONE : fixed(required / 1e9, 0)} / ${fixed(available / 1e9, 0)} GB/s`;
}

/**
 * Memory used of usable on the busiest GPU, in ten cells. A bar is full only at 100% or more,
 * and shows at least one cell when anything is used; above 100% a ▲ follows the full bar.
 */
export function footprintBar(usedBytes: number, usableBytes: number): string {
  const ratio = usableBytes > 0 ? usedBytes / usableBytes : usedBytes > 0 ? Infinity : 0;
  if (ratio > 1) return `${"█".repeat(BAR_CELLS)}▲`;
  let filled = Math.round(ratio * BAR_CELLS);
  if (ratio > 0) filled = Math.max(filled, 1);
  if (ratio < 1) filled = Math.min(filled, BAR_CELLS - 1);
  return "█".repeat(filled) + "░".repeat(BAR_CELLS - filled);
}

// ---------------------------------------------------------------------------------------------
// Deployments

function precisionOf(d: DeploymentReport): Precision | null {
  return d.precision ?? d.estimate?.primaryPrecision ?? null;
}

/** The scenario of the deployment's own precision, or null without an estimate. */
function ownScenario(d: DeploymentReport): MemoryScenario | null {
  const precision = precisionOf(d);
  if (precision === null) return null;
  return d.scenarios[precision] ?? d.estimate?.scenarios[precision] ?? null;
}

function tierOf(d: DeploymentReport): Tier | null {
  return d.tier ?? d.estimate?.tier ?? null;
}

function headroomOf(d: DeploymentReport): number | null {
  return d.headroomPercent ?? ownScenario(d)?.headroomPercent ?? null;
}

/** `after`, or `before → after` when a base is given and the two differ as printed. */
function compared(before: string | undefined, after: string): string {
  return before === undefined || before === after ? after : `${before} → ${after}`;
}

/**
 * What the base branch says about a deployment: not compared, new in the PR, or its base report.
 * With `changedFiles`, only deployments in changed files are compared; without, every deployment
 * that has an entry in `base`.
 */
type Base = { kind: "none" } | { kind: "new" } | { kind: "base"; report: DeploymentReport };

function baseOf(d: DeploymentReport, options: SummaryOptions, changed: boolean): Base {
  if (!options.base || (options.changedFiles && !changed)) return { kind: "none" };
  const key = `${d.file}#${d.name}`;
  if (!options.base.has(key)) return { kind: "none" };
  const report = options.base.get(key) ?? null;
  return report === null ? { kind: "new" } : { kind: "base", report };
}

function tierText(d: DeploymentReport): string {
  const tier = tierOf(d);
  return tier === null ? NONE : capitalize(tier);
}

function headroomText(d: DeploymentReport): string {
  const headroom = headroomOf(d);
  return headroom === null ? NONE : percent(headroom);
}

function footprintCell(d: DeploymentReport, base: Base): string {
  const after = ownScenario(d);
  const before = base.kind === "base" ? ownScenario(base.report) : undefined;
  const pair = (s: MemoryScenario) => `${gb(s.perGpuBytes)} / ${gb(s.usableBytesPerGpu)} GB`;
  if (after === null) return base.kind === "base" && before ? `${pair(before)} → ${NONE}` : NONE;
  const bar = `${code(footprintBar(after.perGpuBytes, after.usableBytesPerGpu))} `;
  if (before === undefined) return bar + pair(after);
  if (before === null) return `${bar}${NONE} → ${pair(after)}`;
  if (gb(before.usableBytesPerGpu) === gb(after.usableBytesPerGpu)) {
    return bar + compared(gb(before.perGpuBytes), gb(after.perGpuBytes)) + ` / ${gb(after.usableBytesPerGpu)} GB`;
  }
  return bar + compared(pair(before), pair(after));
}

function deploymentRow(d: DeploymentReport, options: SummaryOptions, changed: boolean): string {
  const base = baseOf(d, options, changed);
  const before = base.kind === "base" ? base.report : undefined;

  const mark = base.kind === "new" ? " · 🆕 new" : changed ? " · ✏️ changed" : "";
  const name = link(escapeMarkdown(d.name), options.links, d.file, d.line);
  const deployment = `${name}<br><sub>${escapeMarkdown(d.file)}:${d.line}${mark}</sub>`;

  const precision = precisionOf(d);
  const beforePrecision = before ? precisionOf(before) : null;
  const precisionNote =
    precision === null ? "" : `<br><sub>${compared(beforePrecision?.toUpperCase(), precision.toUpperCase())}</sub>`;
  const model = escapeMarkdown(d.model.id ?? d.model.input) + precisionNote;

  const cells = [
    deployment,
    model,
    `${d.hardware.count} × ${escapeMarkdown(d.hardware.gpuId ?? d.hardware.gpu ?? "GPU not declared")}`,
    compared(before && tierText(before), tierText(d)),
    footprintCell(d, base),
    compared(before && headroomText(before), headroomText(d)),
    bandwidthCell(d),
    VERDICT_CELL[d.verdict],
  ];
  return `| ${cells.join(" | ")} |\n`;
}

const TABLE_HEADER =
  "| Deployment | Model | GPUs | Tier | Footprint per GPU | Headroom | Bandwidth need / have | Verdict |\n" +
  "| --- | --- | --- | --- | --- | ---: | ---: | --- |\n";

/** The scenarios to show: the seed's three in its order, then the deployment's own precision. */
function scenarioList(d: DeploymentReport): MemoryScenario[] {
  const all = { ...d.estimate?.scenarios, ...d.scenarios };
  const order: Precision[] = [...SEED_SCENARIOS, ...PRECISIONS.filter((p) => !SEED_SCENARIOS.includes(p))];
  return order.map((p) => all[p]).filter((s): s is MemoryScenario => s !== undefined);
}

function scenarioRow(s: MemoryScenario, own: boolean): string {
  const cells = [
    own ? `**${s.precision.toUpperCase()}** (deployed)` : s.precision.toUpperCase(),
    gb(s.weightsBytes),
    gb(s.kvCacheBytes, 2),
    gb(s.workspaceBytes),
    gb(s.totalBytes),
    gb(s.perGpuBytes),
    gb(s.usableBytesPerGpu),
    s.fits ? "✅ yes" : "❌ no",
    `${gb(s.headroomBytes)} (${percent(s.headroomPercent)})`,
  ];
  return `| ${cells.join(" | ")} |\n`;
}

/** One sentence of what the figures mean for this deployment, GB said once. */
function scenarioCaption(d: DeploymentReport, scenarios: MemoryScenario[]): string {
  const parts = ["In decimal GB (10^9 bytes)."];
  const e = d.estimate;
  if (e !== null) {
    const i = e.inputs;
    const parallel = [i.tensorParallel > 1 ? `tensor parallel ${i.tensorParallel}` : "", i.pipelineParallel > 1 ? `pipeline parallel ${i.pipelineParallel}` : ""]
      .filter(Boolean)
      .join(", ");
    const gpus = `${d.hardware.count} × ${escapeMarkdown(d.hardware.gpuId ?? d.hardware.gpu ?? "GPU not declared")}`;
    const kv = (scenarios[0]?.kvPrecision ?? i.kvPrecision).toUpperCase();
    parts.push(
      `Per GPU is the busiest of ${gpus}${parallel ? ` at ${parallel}` : ""}; KV cache in ${kv} for ${formatInteger(i.batch)} × ${formatInteger(i.contextTokens)} tokens; usable is memory × ${i.memoryFraction}; workspace is 12% of the weights.`,
    );
  }
  return parts.join(" ");
}

function detailsBlock(d: DeploymentReport, qualify: boolean): string | null {
  const scenarios = scenarioList(d);
  if (scenarios.length === 0) return null;
  const own = precisionOf(d);
  const where = qualify ? ` (${escapeHtml(d.file)}:${d.line})` : "";
  const names = listing(scenarios.map((s) => s.precision.toUpperCase()));
  return (
    `<details><summary>${escapeHtml(d.name)}${where}: memory in ${names}</summary>\n\n` +
    `${scenarioCaption(d, scenarios)}\n\n` +
    "| Precision | Weights | KV cache | Workspace | Total | Per GPU | Usable per GPU | Fits | Headroom per GPU |\n" +
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |\n" +
    scenarios.map((s) => scenarioRow(s, s.precision === own)).join("") +
    "\n</details>\n\n"
  );
}

// ---------------------------------------------------------------------------------------------
// Findings

function findingItem(f: Finding, links: Links | undefined): string {
  const where = f.endLine > f.line ? `lines ${f.line}–${f.endLine}` : `line ${f.line}`;
  return `- ${SEVERITY_EMOJI[f.severity]} ${link(where, links, f.file, f.line, f.endLine)} ${code(f.ruleId)} ${escapeMarkdown(f.message)}\n`;
}

function skippedItem(reason: string): string {
  return `- ⏭️ skipped: ${escapeMarkdown(reason)}\n`;
}

interface Group {
  /** `### file\n\n`; the list after it ends with one more blank line. */
  heading: string;
  items: Array<{ text: string; skipped: boolean }>;
}

function byFile(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Changed files first, each part in its own order; stable. */
function changedFirst<T>(items: readonly T[], changed: (item: T) => boolean): T[] {
  return [...items.filter(changed), ...items.filter((item) => !changed(item))];
}

function findingGroups(report: CheckReport, options: SummaryOptions, isChanged: (file: string) => boolean): Group[] {
  const files = new Map<string, Group["items"]>();
  const itemsOf = (file: string) => {
    let items = files.get(file);
    if (!items) files.set(file, (items = []));
    return items;
  };
  // Skipped files first: a file passed over has nothing else to say, but keep both if it does.
  for (const s of report.skipped) itemsOf(s.file).push({ text: skippedItem(s.reason), skipped: true });
  for (const f of report.findings) itemsOf(f.file).push({ text: findingItem(f, options.links), skipped: false });
  const names = changedFirst([...files.keys()].sort(byFile), isChanged);
  return names.map((file) => ({
    heading: `### ${link(escapeMarkdown(file), options.links, file)}${isChanged(file) ? " · ✏️ changed" : ""}\n\n`,
    items: files.get(file)!,
  }));
}

// ---------------------------------------------------------------------------------------------
// Assembly

function bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** The longest prefix of `text`, in whole characters, of at most `maxBytes` UTF-8 bytes. */
function truncateUtf8(text: string, maxBytes: number): string {
  let used = 0;
  let out = "";
  for (const ch of text) {
    const size = bytes(ch);
    if (used + size > maxBytes) break;
    used += size;
    out += ch;
  }
  return out;
}

/** One line of the notes' block quote; lines are parted by `>` lines, so that each is a paragraph. */
function quoteLine(text: string): string {
  return `> ${text}\n`;
}

const QUOTE_SEPARATOR = ">\n";

/** The notes as one block quote, then a blank line; nothing without notes. */
function quoteBlock(lines: string[]): string {
  return lines.length === 0 ? "" : `${lines.join(QUOTE_SEPARATOR)}\n`;
}

interface Dropped {
  details: number;
  findings: number;
  skipped: number;
  deployments: number;
}

function truncationNote(d: Dropped): string {
  const parts = [`${plural(d.findings, "finding")} and ${plural(d.deployments, "deployment")} not shown`];
  if (d.skipped > 0) parts.push(`${plural(d.skipped, "skipped file")} not listed`);
  if (d.details > 0) parts.push(`memory details of ${plural(d.details, "deployment")} left out`);
  return quoteLine(`✂️ Truncated to fit GitHub's 1 MiB summary limit: ${parts.join("; ")}; the JSON report has everything.`);
}

/** The job summary of a check: see the module comment. Deterministic for a given report and options. */
export function formatSummary(report: CheckReport, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const changedFiles = options.changedFiles;
  const isChanged = (file: string) => changedFiles?.has(file) ?? false;

  // Pieces, each ending in its own newlines, so that the size of any selection is a sum.
  const s = report.summary;
  const emoji = s.errors > 0 ? "❌" : s.warnings > 0 ? "⚠️" : "✅";
  const suppressed = s.suppressed > 0 ? ` (${formatInteger(s.suppressed)} suppressed)` : "";
  const head =
    "## llm-physics\n\n" +
    `${emoji} ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")} in ` +
    `${plural(s.deployments, "deployment")} across ${plural(s.files, "file")}${suppressed}\n\n`;
  const notes = (options.notes ?? []).map((n) => n.trim()).filter((n) => n !== "").map((n) => quoteLine(escapeMarkdown(n)));

  const deployments = changedFirst(report.deployments, (d) => isChanged(d.file));
  const rows = deployments.map((d) => deploymentRow(d, options, isChanged(d.file)));
  const nameCount = new Map<string, number>();
  for (const d of deployments) nameCount.set(d.name, (nameCount.get(d.name) ?? 0) + 1);
  const details = deployments
    .map((d) => detailsBlock(d, (nameCount.get(d.name) ?? 0) > 1))
    .filter((block): block is string => block !== null);

  const groups = findingGroups(report, options, isChanged);
  const items = groups.flatMap((g, group) => g.items.map((item, index) => ({ ...item, group, first: index === 0 })));

  const footer =
    `<sub>GB = 10^9 bytes, TB/s = 10^12 bytes/s · llm-physics ${escapeMarkdown(report.tool.version)}</sub>\n\n` + `${SUMMARY_MARKER}\n`;

  // Cumulative sizes of every prefix of rows, details and items.
  const cumulative = (sizes: number[]) => sizes.reduce<number[]>((acc, size) => (acc.push(acc[acc.length - 1]! + size), acc), [0]);
  const rowsCum = cumulative(rows.map(bytes));
  const detailsCum = cumulative(details.map(bytes));
  const itemsCum = cumulative(items.map((item) => bytes(item.text) + (item.first ? bytes(groups[item.group]!.heading) + 1 : 0)));
  const skippedCum = cumulative(items.map((item) => (item.skipped ? 1 : 0)));
  const notesCum = cumulative(notes.map(bytes));
  const fixed = bytes(head) + bytes(footer);

  let keptRows = rows.length;
  let keptDetails = details.length;
  let keptItems = items.length;
  let keptNotes = notes.length;
  const dropped = (): Dropped | null => {
    const d: Dropped = {
      details: details.length - keptDetails,
      findings: items.length - keptItems - (skippedCum[items.length]! - skippedCum[keptItems]!),
      skipped: skippedCum[items.length]! - skippedCum[keptItems]!,
      deployments: rows.length - keptRows,
    };
    return d.details + d.findings + d.skipped + d.deployments > 0 ? d : null;
  };
  const quoteBytes = (d: Dropped | null): number => {
    const lines = keptNotes + (d ? 1 : 0);
    if (lines === 0) return 0;
    return notesCum[keptNotes]! + (d ? bytes(truncationNote(d)) : 0) + (lines - 1) * bytes(QUOTE_SEPARATOR) + 1;
  };
  const size = (): number => {
    const d = dropped();
    return (
      fixed +
      quoteBytes(d) +
      (keptRows > 0 ? bytes(TABLE_HEADER) + rowsCum[keptRows]! + 1 : 0) +
      detailsCum[keptDetails]! +
      itemsCum[keptItems]!
    );
  };

  // Least important first: memory details, then findings, then table rows, each from the end.
  while (size() > maxBytes) {
    if (keptDetails > 0) keptDetails--;
    else if (keptItems > 0) keptItems--;
    else if (keptRows > 0) keptRows--;
    else if (keptNotes > 0) keptNotes--;
    else break;
  }

  const d = dropped();
  let out = head + quoteBlock(d ? [...notes.slice(0, keptNotes), truncationNote(d)] : notes.slice(0, keptNotes));
  if (keptRows > 0) out += TABLE_HEADER + rows.slice(0, keptRows).join("") + "\n";
  out += details.slice(0, keptDetails).join("");
  for (const [index, item] of items.slice(0, keptItems).entries()) {
    if (item.first) out += (index > 0 ? "\n" : "") + groups[item.group]!.heading;
    out += item.text;
  }
  if (keptItems > 0) out += "\n";
  out += footer;

  if (bytes(out) <= maxBytes) return out;
  // Only when the heading, notes and footer alone are too large: cut, keeping the marker if it fits.
  const body = out.slice(0, out.length - footer.length);
  return bytes(footer) <= maxBytes ? truncateUtf8(body, maxBytes - bytes(footer)) + footer : truncateUtf8(out, maxBytes);
}
