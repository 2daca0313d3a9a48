import { Buffer } from "node:buffer";
import type { Finding, Severity } from "../base/findings.js";
import type { MemoryScenario } from "../physics/memory.js";
import { PRECISIONS, SEED_SCENARIOS, type Precision } from "../physics/precision.js";
import { CONSUMER_LIMIT_BYTES, TIER_BATCH, TIER_CONTEXT_TOKENS, WORKSTATION_LIMIT_BYTES, type Tier } from "../physics/tier.js";
import type { CheckReport, DeploymentReport, Verdict } from "./report.js";
import { DEFAULT_POLICY } from "../base/policy.js";
import { severityRank } from "../base/findings.js";
import { capitalize, formatFixed, formatInteger } from "../base/units.js";

/**
 * The GitHub job summary (GitHub-flavoured markdown) that the action writes to
 * `$GITHUB_STEP_SUMMARY`, and its pull-request comment. Changes first: the deployments a pull
 * request changed in a table of six columns (before → after, a one-line reason on every row that
 * does not pass), the tier legend, a stacked bar of each one's memory per GPU; then, collapsed, the
 * unchanged deployments and the memory of each precision; then the findings by file. The comment
 * keeps the details of the changed deployments and the findings of the changed files only, and
 * sends the reader to the workflow run for the rest.
 *
 * Everything that comes from a manifest (names, model ids, GPU names, paths, messages) is
 * escaped, so that a manifest cannot inject markdown, HTML or @-mentions. The output is never
 * larger than `maxBytes` (UTF-8): details go first, then findings, then unchanged rows, then bars,
 * then changed rows, each whole.
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
  /** The workflow run (`${server}/${repository}/actions/runs/${id}`), linked in the heading. */
  runUrl?: string;
  /** The pull-request comment: details of the changed deployments and findings of the changed files only. */
  comment?: boolean;
  /** The hidden marker at the end; default SUMMARY_MARKER. The action's comment gives one per job and step. */
  marker?: string;
  /** The headroom minimum marked on the bars, percent of usable memory; default the policy's default. */
  minHeadroomPercent?: number;
}

/** Hidden HTML comment at the end of the summary: the PR comment that reuses it finds itself by it. */
export const SUMMARY_MARKER = "<!-- llm-physics-summary -->";

/** GitHub's limit of 1 MiB per step summary, less 16 KiB of margin. */
export const DEFAULT_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;

const SEVERITY_EMOJI: Record<Severity, string> = { error: "❌", warning: "⚠️", notice: "ℹ️" };
const VERDICT_CELL: Record<Verdict, string> = { pass: "✅ pass", warn: "⚠️ warn", fail: "❌ fail", incomplete: "❔ incomplete" };
const NONE = "—";
/** Cells of a memory bar: each 5% of the larger of usable memory and what is needed. */
const BAR_CELLS = 20;
/** The longest reason under a verdict, in characters. */
const REASON_CHARS = 150;

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

/** One cell of a memory bar per kind of memory, and the two marks. */
const BAR = { weights: "🟦", kv: "🟪", workspace: "🟨", free: "⬜", over: "🟥", minimum: "╎", usable: "┃" } as const;

/** What a bar draws: the busiest GPU's weights, KV cache and workspace against its usable memory. */
export interface BarParts {
  weightsBytes: number;
  kvCacheBytes: number;
  workspaceBytes: number;
  usableBytes: number;
}

/** `counts` rounded to whole cells that sum to `total`, largest remainders first; a part above zero gets at least one while cells last. */
function apportion(values: number[], total: number): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v / sum) * total);
  const cells = exact.map(Math.floor);
  let left = total - cells.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) if (left > 0 && values[i]! > 0 && cells[i] === 0) (cells[i] = 1), left--;
  for (const [, i] of order) if (left > 0) (cells[i]!++, left--);
  // A part that took a cell from nothing may push the sum over: take back from the largest.
  while (cells.reduce((a, b) => a + b, 0) > total) cells[cells.indexOf(Math.max(...cells))]!--;
  return cells;
}

/**
 * A stacked bar of the busiest GPU's memory in 20 cells, on the scale of the larger of usable
 * memory and what is needed, so that 101% and 700% look different: 🟦 weights, 🟪 KV cache,
 * 🟨 workspace, ⬜ free; past usable memory the cells are 🟥 and ┃ marks where it ends. ╎ marks
 * the headroom minimum (at usable × (1 − minimum)). Full only at 100% or more; anything used shows.
 */
export function memoryBar(parts: BarParts, minHeadroomPercent: number): string {
  const used = Math.max(0, parts.weightsBytes) + Math.max(0, parts.kvCacheBytes) + Math.max(0, parts.workspaceBytes);
  const usable = Math.max(0, parts.usableBytes);
  const scale = Math.max(used, usable);
  if (scale <= 0) return BAR.free.repeat(BAR_CELLS);
  const over = used > usable;
  let usedCells = over ? BAR_CELLS : Math.round((used / scale) * BAR_CELLS);
  if (used > 0) usedCells = Math.max(usedCells, 1);
  if (!over) usedCells = Math.min(usedCells, used === usable ? BAR_CELLS : BAR_CELLS - 1);
  // Past usable memory at least one cell is red, however little it is over.
  const usableCells = over ? Math.min(BAR_CELLS - 1, Math.round((usable / scale) * BAR_CELLS)) : BAR_CELLS;
  const kinds = apportion([parts.weightsBytes, parts.kvCacheBytes, parts.workspaceBytes].map((b) => Math.max(0, b)), usedCells);
  const cells: string[] = [];
  [BAR.weights, BAR.kv, BAR.workspace].forEach((cell, i) => cells.push(...Array<string>(kinds[i]!).fill(cell)));
  while (cells.length < BAR_CELLS) cells.push(BAR.free);
  for (let i = usableCells; i < BAR_CELLS; i++) cells[i] = BAR.over;
  const minimum = Math.min(100, Math.max(0, minHeadroomPercent));
  const minimumAt = Math.round(((usable * (1 - minimum / 100)) / scale) * BAR_CELLS);
  const marks = new Map<number, string>();
  if (minimum > 0 && minimumAt > 0 && minimumAt < usableCells) marks.set(minimumAt, BAR.minimum);
  if (over) marks.set(usableCells, BAR.usable);
  return cells.map((cell, i) => (marks.get(i) ?? "") + cell).join("");
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
 * What the base branch says about a deployment: not compared (not changed, or no pull request),
 * new in the PR, unknown (changed, but the base could not be read), or its base report.
 */
type Base = { kind: "none" } | { kind: "new" } | { kind: "unknown" } | { kind: "base"; report: DeploymentReport };

function baseOf(d: DeploymentReport, options: SummaryOptions, changed: boolean): Base {
  if (options.changedFiles && !changed) return { kind: "none" };
  const key = `${d.file}#${d.name}`;
  if (!options.base) return options.changedFiles ? { kind: "unknown" } : { kind: "none" };
  if (!options.base.has(key)) return options.changedFiles ? { kind: "unknown" } : { kind: "none" };
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

function gpusText(d: DeploymentReport): string {
  return `${d.hardware.count} × ${escapeMarkdown(d.hardware.gpuId ?? d.hardware.gpu ?? "GPU not declared")}`;
}

/** The GPUs, with the count's before → after when only the count changed. */
function gpusCell(d: DeploymentReport, before: DeploymentReport | undefined): string {
  if (!before) return gpusText(d);
  const same = (before.hardware.gpuId ?? before.hardware.gpu) === (d.hardware.gpuId ?? d.hardware.gpu);
  if (same && before.hardware.count !== d.hardware.count) return `${before.hardware.count} → ${gpusText(d)}`;
  return compared(gpusText(before), gpusText(d));
}

/** Memory per GPU against usable: `35.9 → 89.2 / 77.3 GB`; what is needed per GPU without a GPU type. */
function memoryText(d: DeploymentReport): string | null {
  const s = ownScenario(d);
  if (s) return `${gb(s.perGpuBytes)} / ${gb(s.usableBytesPerGpu)} GB`;
  if (d.requirement) return `needs ${gb(d.requirement.perGpuBytes)} GB`;
  return null;
}

function memoryCell(d: DeploymentReport, base: Base): string {
  const after = ownScenario(d);
  const before = base.kind === "base" ? ownScenario(base.report) : undefined;
  if (after && before && gb(before.usableBytesPerGpu) === gb(after.usableBytesPerGpu)) {
    return `${compared(gb(before.perGpuBytes), gb(after.perGpuBytes))} / ${gb(after.usableBytesPerGpu)} GB`;
  }
  const beforeText = base.kind === "base" ? (memoryText(base.report) ?? NONE) : undefined;
  return compared(beforeText, memoryText(d) ?? NONE);
}

function verdictCell(d: DeploymentReport, base: Base, reason: string | null): string {
  const before = base.kind === "base" ? VERDICT_CELL[base.report.verdict] : base.kind === "new" ? "🆕 new" : base.kind === "unknown" ? "unknown" : undefined;
  const verdict = before === undefined ? VERDICT_CELL[d.verdict] : `${before} → ${VERDICT_CELL[d.verdict]}`;
  return reason ? `${verdict}<br><sub>${reason}</sub>` : verdict;
}

/** A message cut to `max` characters at a word, with an ellipsis. */
function cutText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, "")}…`;
}

/** The findings of a deployment: those that name it, in its own file or one it reads. */
function findingsOf(report: CheckReport, d: DeploymentReport): Finding[] {
  return report.findings.filter((f) => f.deployment === d.name && (f.file === d.file || (d.reads ?? []).includes(f.file)));
}

/**
 * A message without its asides: every parenthesised group (nested ones included) and the space
 * before it, so that the one line under a verdict says what is wrong and what would fix it, not
 * the breakdown (which the findings below give whole). The text itself when nothing would remain.
 */
export function withoutAsides(text: string): string {
  let out = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  if (depth !== 0) return text; // unbalanced: leave it as written
  const flat = out.replace(/\s+([,;:.])/g, "$1").replace(/\s+/g, " ").trim();
  return flat.length > 0 ? flat : text;
}

/** Why a deployment does not pass: its most severe finding's message (the first of those), without asides, cut short and escaped. */
function reasonOf(report: CheckReport, d: DeploymentReport): string | null {
  if (d.verdict === "pass") return null;
  const findings = findingsOf(report, d);
  if (findings.length === 0) return null;
  const worst = findings.reduce((a, f) => (severityRank(f.severity) > severityRank(a.severity) ? f : a));
  return escapeMarkdown(cutText(withoutAsides(worst.message), REASON_CHARS));
}

/** The deployment's cell: its name (linked), where it is, and what runs there. */
function deploymentCell(d: DeploymentReport, options: SummaryOptions, base: Base, changed: boolean): string {
  const mark = base.kind === "new" ? " · 🆕 new" : changed ? " · ✏️ changed" : "";
  const name = link(escapeMarkdown(d.name), options.links, d.file, d.line);
  const model = d.model.id ?? d.model.input;
  // The model's own name, without its organisation: a full id wraps over lines in a narrow column.
  const short = /^[\w.-]+\/[\w.+-]+$/.test(model) ? model.slice(model.indexOf("/") + 1) : model;
  const precision = precisionOf(d);
  const beforePrecision = base.kind === "base" ? precisionOf(base.report) : null;
  const precisionText = precision === null ? "" : ` ${compared(beforePrecision?.toUpperCase(), precision.toUpperCase())}`;
  return `${name}<br><sub>${escapeMarkdown(d.file)}:${d.line}${mark} · ${escapeMarkdown(short)}${precisionText}</sub>`;
}

function deploymentRow(report: CheckReport, d: DeploymentReport, options: SummaryOptions, changed: boolean): string {
  const base = baseOf(d, options, changed);
  const before = base.kind === "base" ? base.report : undefined;
  const cells = [
    deploymentCell(d, options, base, changed),
    gpusCell(d, before),
    compared(before && tierText(before), tierText(d)),
    memoryCell(d, base),
    compared(before && headroomText(before), headroomText(d)),
    verdictCell(d, base, reasonOf(report, d)),
  ];
  return `| ${cells.join(" | ")} |\n`;
}

const TABLE_HEADER = "| Deployment | GPUs | Tier | Memory per GPU | Headroom | Verdict |\n| --- | --- | --- | --- | ---: | --- |\n";

const TIER_LEGEND =
  `<sub>Tier by the INT8 footprint at batch ${TIER_BATCH} and an ${TIER_CONTEXT_TOKENS / 1024}K context: ` +
  `Consumer < ${CONSUMER_LIMIT_BYTES / 1e9} GB · Workstation ${CONSUMER_LIMIT_BYTES / 1e9}–${WORKSTATION_LIMIT_BYTES / 1e9} GB · ` +
  `Infrastructure > ${WORKSTATION_LIMIT_BYTES / 1e9} GB. Memory per GPU is the busiest GPU's need / usable memory; GB = 10^9 bytes.</sub>\n\n`;

function barLegend(minimum: number): string {
  return (
    `${BAR.weights} weights · ${BAR.kv} KV cache · ${BAR.workspace} workspace · ${BAR.free} free · ${BAR.over} over usable memory ` +
    `(${BAR.usable} its end) · ${BAR.minimum} headroom minimum (${formatFixed(minimum, Number.isInteger(minimum) ? 0 : 1)}%); one cell is 5% of the larger of usable and needed.\n\n`
  );
}

/** One deployment's bar, as a list item; null without an estimate. */
function barItem(d: DeploymentReport, minimum: number, qualify: boolean): string | null {
  const s = ownScenario(d);
  if (!s) return null;
  const bar = memoryBar(
    { weightsBytes: s.perGpuWeightsBytes, kvCacheBytes: s.perGpuKvCacheBytes, workspaceBytes: s.perGpuWorkspaceBytes, usableBytes: s.usableBytesPerGpu },
    minimum,
  );
  const used = s.usableBytesPerGpu > 0 ? percent((s.perGpuBytes / s.usableBytesPerGpu) * 100) : "∞";
  const where = qualify ? ` (${escapeMarkdown(d.file)})` : "";
  return `- **${escapeMarkdown(d.name)}**${where} ${bar} ${used} of ${gb(s.usableBytesPerGpu)} GB usable\n`;
}

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

/** What the figures mean for this deployment, GB said once, and its bandwidth. */
function scenarioCaption(d: DeploymentReport, scenarios: MemoryScenario[]): string {
  const parts = ["In decimal GB (10^9 bytes)."];
  const e = d.estimate;
  if (e !== null) {
    const i = e.inputs;
    const parallel = [i.tensorParallel > 1 ? `tensor parallel ${i.tensorParallel}` : "", i.pipelineParallel > 1 ? `pipeline parallel ${i.pipelineParallel}` : ""]
      .filter(Boolean)
      .join(", ");
    const kv = (scenarios[0]?.kvPrecision ?? i.kvPrecision).toUpperCase();
    parts.push(
      `Per GPU is the busiest of ${gpusText(d)}${parallel ? ` at ${parallel}` : ""}; KV cache in ${kv} for ${formatInteger(i.batch)} × ${formatInteger(i.contextTokens)} tokens; usable is memory × ${i.memoryFraction}; workspace is 12% of the weights.`,
    );
  }
  const bandwidth = bandwidthCell(d);
  if (bandwidth !== NONE) parts.push(`Bandwidth need / have: ${bandwidth}.`);
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

function byFile(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Changed files first, each part in its own order; stable. */
function changedFirst<T>(items: readonly T[], changed: (item: T) => boolean): T[] {
  return [...items.filter(changed), ...items.filter((item) => !changed(item))];
}

/** The findings and skipped files as list items, each file's heading carried by its first item. */
function findingItems(report: CheckReport, options: SummaryOptions, isChanged: (file: string) => boolean, only?: (file: string) => boolean): Array<{ text: string; skipped: boolean }> {
  const files = new Map<string, Array<{ text: string; skipped: boolean }>>();
  const itemsOf = (file: string) => {
    let items = files.get(file);
    if (!items) files.set(file, (items = []));
    return items;
  };
  // Skipped files first: a file passed over has nothing else to say, but keep both if it does.
  for (const s of report.skipped) if (!only || only(s.file)) itemsOf(s.file).push({ text: skippedItem(s.reason), skipped: true });
  for (const f of report.findings) if (!only || only(f.file)) itemsOf(f.file).push({ text: findingItem(f, options.links), skipped: false });
  const names = changedFirst([...files.keys()].sort(byFile), isChanged);
  return names.flatMap((file, group) =>
    files.get(file)!.map((item, index) => {
      const heading = `### ${link(escapeMarkdown(file), options.links, file)}${isChanged(file) ? " · ✏️ changed" : ""}\n\n`;
      return index === 0 ? { ...item, text: `${group > 0 ? "\n" : ""}${heading}${item.text}` } : item;
    }),
  );
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

/** A part of the summary: a prefix and a suffix shown when any of its items is, and the items, dropped from the end. */
interface Section {
  name: "changed" | "bars" | "unchanged" | "details" | "findings";
  prefix: string;
  items: string[];
  suffix: string;
  /** Of each item, whether it is a skipped file (counted apart in the truncation note). */
  skipped?: boolean[];
  /** Bytes of the first n items, and skipped files among them, for n = 0…items.length. */
  bytesCum?: number[];
  skippedCum?: number[];
}

/** Every prefix sum of `values`, from 0. */
function cumulative(values: number[]): number[] {
  const out = [0];
  for (const v of values) out.push(out[out.length - 1]! + v);
  return out;
}

/** Dropped first: details, findings, unchanged rows, bars, changed rows. */
const DROP_ORDER: Section["name"][] = ["details", "findings", "unchanged", "bars", "changed"];

function truncationNote(sections: Section[], kept: Map<Section, number>, comment: boolean, runUrl: string | undefined): string | null {
  let deployments = 0;
  let details = 0;
  let findings = 0;
  let skipped = 0;
  for (const section of sections) {
    const gone = section.items.length - kept.get(section)!;
    if (gone === 0) continue;
    if (section.name === "changed" || section.name === "unchanged") deployments += gone;
    if (section.name === "details") details += gone;
    if (section.name === "findings") {
      const skippedCum = section.skippedCum!;
      const droppedSkipped = skippedCum[section.items.length]! - skippedCum[kept.get(section)!]!;
      skipped += droppedSkipped;
      findings += gone - droppedSkipped;
    }
  }
  if (deployments + details + findings + skipped === 0) return null;
  const parts = [`${plural(findings, "finding")} and ${plural(deployments, "deployment")} not shown`];
  if (skipped > 0) parts.push(`${plural(skipped, "skipped file")} not listed`);
  if (details > 0) parts.push(`memory details of ${plural(details, "deployment")} left out`);
  const limit = comment ? "the comment's size" : "GitHub's 1 MiB summary limit";
  const rest = comment ? (runUrl ? `the [workflow run](${runUrl}) has everything` : "the job summary has everything") : "the JSON report has everything";
  return quoteLine(`✂️ Truncated to fit ${limit}: ${parts.join("; ")}; ${rest}.`);
}

/** The job summary of a check: see the module comment. Deterministic for a given report and options. */
export function formatSummary(report: CheckReport, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const changedFiles = options.changedFiles;
  const isChanged = (file: string) => changedFiles?.has(file) ?? false;
  const comment = options.comment ?? false;
  const minimum = options.minHeadroomPercent ?? DEFAULT_POLICY.minHeadroomPercent;
  const runUrl = options.runUrl && /^https?:\/\/[^\s()<>]+$/.test(options.runUrl) ? options.runUrl : undefined;

  const s = report.summary;
  const emoji = s.errors > 0 ? "❌" : s.warnings > 0 ? "⚠️" : "✅";
  const quiet = [s.suppressed > 0 ? `${formatInteger(s.suppressed)} suppressed` : "", s.baselined !== undefined ? `${formatInteger(s.baselined)} baselined` : ""].filter(Boolean);
  const suppressed = quiet.length > 0 ? ` (${quiet.join(", ")})` : "";
  const head =
    "## llm-physics\n\n" +
    `${emoji} ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")} in ` +
    `${plural(s.deployments, "deployment")} across ${plural(s.files, "file")}${suppressed}${runUrl ? ` · [workflow run](${runUrl})` : ""}\n\n`;
  const notes = (options.notes ?? []).map((n) => n.trim()).filter((n) => n !== "").map((n) => quoteLine(escapeMarkdown(n)));

  const nameCount = new Map<string, number>();
  for (const d of report.deployments) nameCount.set(d.name, (nameCount.get(d.name) ?? 0) + 1);
  const qualify = (d: DeploymentReport) => (nameCount.get(d.name) ?? 0) > 1;
  const row = (d: DeploymentReport) => deploymentRow(report, d, options, isChanged(d.file));
  const changed = changedFiles ? report.deployments.filter((d) => isChanged(d.file)) : report.deployments;
  const unchanged = changedFiles ? report.deployments.filter((d) => !isChanged(d.file)) : [];

  const sections: Section[] = [];
  if (changed.length > 0) {
    const title = changedFiles ? `**Changed in this pull request:** ${plural(changed.length, "deployment")} of ${formatInteger(report.deployments.length)}\n\n` : "";
    sections.push({ name: "changed", prefix: title + TABLE_HEADER, items: changed.map(row), suffix: "\n" + TIER_LEGEND });
    const bars = changed.map((d) => barItem(d, minimum, qualify(d))).filter((b): b is string => b !== null);
    sections.push({ name: "bars", prefix: barLegend(minimum), items: bars, suffix: "\n" });
  } else if (changedFiles && report.deployments.length > 0) {
    // Said once, and never counted as a deployment left out.
    sections.push({ name: "bars", prefix: "**Changed in this pull request:** no deployment\n\n", items: [""], suffix: "" });
  }
  if (unchanged.length > 0) {
    const summary = `<details><summary>${plural(unchanged.length, "unchanged deployment")}</summary>\n\n`;
    sections.push({ name: "unchanged", prefix: summary + TABLE_HEADER, items: unchanged.map(row), suffix: "\n</details>\n\n" });
  }
  const detailed = comment ? changed : [...changed, ...unchanged];
  sections.push({ name: "details", prefix: "", items: detailed.map((d) => detailsBlock(d, qualify(d))).filter((b): b is string => b !== null), suffix: "" });
  const only = comment && changedFiles ? (file: string) => isChanged(file) : undefined;
  const items = findingItems(report, options, isChanged, only);
  const others = only ? report.findings.filter((f) => !isChanged(f.file)).length : 0;
  const findingsOpen = comment ? `<details><summary>Findings in the changed files (${formatInteger(items.filter((i) => !i.skipped).length)})</summary>\n\n` : "";
  const findingsClose = comment ? "\n</details>\n\n" : "\n";
  sections.push({ name: "findings", prefix: findingsOpen, items: items.map((i) => i.text), suffix: findingsClose, skipped: items.map((i) => i.skipped) });

  const elsewhere =
    others > 0 ? `${plural(others, "finding")} in files this pull request did not change: ${runUrl ? `see the [workflow run](${runUrl})` : "see the job summary"}.\n\n` : "";
  const footer =
    elsewhere + `<sub>llm-physics ${escapeMarkdown(report.tool.version)}</sub>\n\n` + `${options.marker ?? SUMMARY_MARKER}\n`;

  for (const section of sections) {
    section.bytesCum = cumulative(section.items.map(bytes));
    section.skippedCum = cumulative(section.items.map((_, i) => (section.skipped?.[i] ? 1 : 0)));
  }
  const kept = new Map(sections.map((section) => [section, section.items.length]));
  let keptNotes = notes.length;
  const notesCum = cumulative(notes.map(bytes));
  const fixedBytes = bytes(head) + bytes(footer);
  const sectionBytes = (section: Section): number => {
    const n = kept.get(section)!;
    if (n === 0) return 0;
    return bytes(section.prefix) + bytes(section.suffix) + section.bytesCum![n]!;
  };
  const quoteBytes = (): number => {
    const note = truncationNote(sections, kept, comment, runUrl);
    const lines = keptNotes + (note ? 1 : 0);
    if (lines === 0) return 0;
    return notesCum[keptNotes]! + (note ? bytes(note) : 0) + (lines - 1) * bytes(QUOTE_SEPARATOR) + 1;
  };
  const size = () => fixedBytes + quoteBytes() + sections.reduce((sum, section) => sum + sectionBytes(section), 0);

  // Least important first, each from its end; the notes last of all.
  while (size() > maxBytes) {
    const section = DROP_ORDER.map((name) => sections.find((x) => x.name === name && kept.get(x)! > 0)).find((x) => x !== undefined);
    if (section) kept.set(section, kept.get(section)! - 1);
    else if (keptNotes > 0) keptNotes--;
    else break;
  }

  const note = truncationNote(sections, kept, comment, runUrl);
  let out = head + quoteBlock(note ? [...notes.slice(0, keptNotes), note] : notes.slice(0, keptNotes));
  for (const section of sections) {
    const n = kept.get(section)!;
    if (n > 0) out += section.prefix + section.items.slice(0, n).join("") + section.suffix;
  }
  out += footer;

  if (bytes(out) <= maxBytes) return out;
  // Only when the heading, notes and footer alone are too large: cut, keeping the marker if it fits.
  const body = out.slice(0, out.length - footer.length);
  return bytes(footer) <= maxBytes ? truncateUtf8(body, maxBytes - bytes(footer)) + footer : truncateUtf8(out, maxBytes);
}
