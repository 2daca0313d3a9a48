import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  FAIL_ON,
  RULES,
  VERSION,
  failsAt,
  finishWithModels,
  loadBaseline,
  lookUpModels,
  prepareCheckLazily,
  writeBaseline
} from "./chunk-UIPTIJ2A.js";
import {
  locateRepository
} from "./chunk-LW4JSA7W.js";
import {
  DiscoveryError
} from "./chunk-UKLPMNZX.js";
import {
  ConfigError,
  DEFAULT_POLICY,
  loadConfig
} from "./chunk-QXBTFUO2.js";
import "./chunk-6QDY4KUR.js";
import "./chunk-MCN5FH5U.js";
import "./chunk-NDQIACSR.js";
import {
  createBaseline
} from "./chunk-U7OVFLHF.js";
import "./chunk-KZ27ZWMR.js";
import "./chunk-3G5BXTFK.js";
import "./chunk-TQVKSG5V.js";
import {
  severityRank
} from "./chunk-PDOFKQNQ.js";
import "./chunk-7EUSSMYG.js";
import "./chunk-BOTQ7RPM.js";
import "./chunk-U72CDX35.js";
import "./chunk-SMZ6TMJF.js";
import "./chunk-CVDZKI6N.js";
import "./chunk-JQYZLO6H.js";
import "./chunk-D4J7HPE4.js";
import "./chunk-FHUT4NP5.js";
import {
  breakLegacyCommands,
  escapeControl,
  neutralizeJson,
  neutralizeWorkflowCommands,
  quote
} from "./chunk-LRW7K6N5.js";
import "./chunk-MF5XHCMM.js";
import "./chunk-TF4GYYB4.js";
import {
  CONSUMER_LIMIT_BYTES,
  TIER_BATCH,
  TIER_CONTEXT_TOKENS,
  WORKSTATION_LIMIT_BYTES,
  engineDisplayName
} from "./chunk-PFYC7H33.js";
import "./chunk-N4USQFRU.js";
import {
  PRECISIONS,
  SEED_SCENARIOS
} from "./chunk-ZZ4ZPONZ.js";
import {
  capitalize,
  formatFixed,
  formatGB,
  formatInteger,
  formatPercent,
  formatRate
} from "./chunk-ZT3DUOPJ.js";
import "./chunk-NOE7O2GR.js";

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", notice: "notice" };
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function commandProperties(p) {
  return [
    ["title", p.title],
    ["file", p.file],
    ["line", p.startLine],
    ["endLine", p.endLine],
    ["col", p.startColumn],
    ["endColumn", p.endColumn]
  ];
}
function workflowCommand(command, properties, message) {
  const props = commandProperties(properties).filter(([, value]) => Boolean(value)).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function findingAnnotation(f) {
  const properties = {
    title: `llm-physics (${f.ruleId})`,
    file: f.file,
    startLine: f.line,
    endLine: f.endLine
  };
  if (f.line === f.endLine) {
    properties.startColumn = f.column;
    properties.endColumn = f.endColumn;
  }
  return { command: COMMAND[f.severity], message: f.message, properties };
}
var ANNOTATIONS_PER_SEVERITY = 10;
function selectAnnotations(findings, options = {}) {
  const changed = options.changedFiles;
  const rank = (f) => changed && changed.has(f.file) ? 0 : 1;
  const elsewhere = options.elsewhere ?? "the job summary and the JSON report";
  const annotations = [];
  for (const severity of ["error", "warning", "notice"]) {
    const command = COMMAND[severity];
    const group = findings.filter((f) => f.severity === severity).sort((a, b) => rank(a) - rank(b));
    const budget = Math.max(0, ANNOTATIONS_PER_SEVERITY - Math.max(0, Math.floor(options.reserved?.[command] ?? 0)));
    if (group.length <= budget) {
      annotations.push(...group.map(findingAnnotation));
      continue;
    }
    if (budget === 0) continue;
    const shown = group.slice(0, budget - 1);
    annotations.push(...shown.map(findingAnnotation));
    const more = group.length - shown.length;
    annotations.push({
      command,
      message: `and ${more} more ${command}s not shown as annotations (GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} ${command}s per step): see ${elsewhere}`,
      properties: { title: "llm-physics: more findings" }
    });
  }
  return annotations;
}
function formatGithubCommands(report, options = {}) {
  return selectAnnotations(report.findings, options).map((a) => breakLegacyCommands(workflowCommand(a.command, a.properties, a.message)) + "\n").join("");
}

// src/report/json.ts
function formatJson(report) {
  return neutralizeJson(JSON.stringify(report, null, 2)) + "\n";
}
function writeJson(report, write) {
  const entries = Object.entries(report).filter(([, value]) => value !== void 0 && typeof value !== "function" && typeof value !== "symbol");
  if (entries.length === 0) return write("{}\n");
  const piece = (text) => write(neutralizeJson(text));
  const at = (json, pad) => json.replace(/\n/g, `
${pad}`);
  entries.forEach(([key, value], i) => {
    piece(`${i === 0 ? "{" : ","}
  ${JSON.stringify(key)}: `);
    if (!Array.isArray(value) || value.length === 0) return piece(at(JSON.stringify(value, null, 2), "  "));
    value.forEach((item, j) => piece(`${j === 0 ? "[" : ","}
    ${at(JSON.stringify(item, null, 2) ?? "null", "    ")}`));
    piece("\n  ]");
  });
  write("\n}\n");
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/llm-physics/llm-physics";
var DEFAULT_HELP_URI_BASE = "https://github.com/llm-physics/llm-physics/blob/main/docs/rules.md";
var FINGERPRINT_KEY = "llmPhysicsFindingHash/v1";
var SRCROOT = "SRCROOT";
var FULL_DESCRIPTION_MAX = 1024;
var DEFAULT_CATEGORY = "llm-physics";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function sarifLevel(severity) {
  return LEVEL[severity];
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((part) => part.length > 0).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function artifactUri(file) {
  return file.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function findingFingerprint(f) {
  const message = f.message.replace(/\d+(?:[.,]\d+)*/g, "#");
  return createHash("sha256").update([f.ruleId, f.file, f.deployment ?? "", message].join("\0")).digest("hex");
}
var RULE_PROPERTIES = {
  "yaml-syntax": { precision: "very-high", tags: ["correctness", "yaml"] },
  schema: { precision: "very-high", tags: ["correctness", "schema"] },
  "unknown-model": { precision: "very-high", tags: ["correctness", "model"] },
  "unknown-gpu": { precision: "very-high", tags: ["correctness", "gpu"] },
  "incomplete-deployment": { precision: "high", tags: ["completeness", "manifest"] },
  "vram-exceeds-capacity": { precision: "high", tags: ["reliability", "gpu-memory"] },
  "headroom-below-minimum": { precision: "high", tags: ["reliability", "gpu-memory", "policy"] },
  "tier-above-target": { precision: "very-high", tags: ["cost", "policy"] },
  "bandwidth-insufficient": { precision: "medium", tags: ["performance", "memory-bandwidth"] },
  "fp8-not-native": { precision: "high", tags: ["performance", "precision"] },
  "tensor-parallel-invalid": { precision: "very-high", tags: ["correctness", "parallelism"] },
  "context-exceeds-model-max": { precision: "very-high", tags: ["correctness", "context-length"] },
  "concurrency-exceeds-kv-capacity": { precision: "high", tags: ["performance", "kv-cache"] },
  "suppression-without-reason": { precision: "very-high", tags: ["maintainability", "suppression"] },
  "unused-suppression": { precision: "very-high", tags: ["maintainability", "suppression"] }
};
var UNKNOWN_RULE_PROPERTIES = { precision: "medium", tags: [] };
var PROBLEM_SEVERITY = {
  error: "error",
  warning: "warning",
  notice: "recommendation"
};
function limitDescription(text, max = FULL_DESCRIPTION_MAX) {
  if (text.length <= max) return text;
  const sentences = text.split(/(?<=\.) +/);
  const last = sentences.at(-1);
  let kept = "";
  for (const sentence of sentences.slice(0, -1)) {
    const next = kept === "" ? sentence : `${kept} ${sentence}`;
    if (next.length + 1 + last.length > max) break;
    kept = next;
  }
  if (kept !== "") return `${kept} ${last}`;
  const head = text.slice(0, max - 1);
  const word = head.lastIndexOf(" ");
  return `${head.slice(0, word > 0 ? word : max - 1)}\u2026`;
}
function descriptor(rule, helpUriBase) {
  const helpUri = `${helpUriBase}#${rule.id}`;
  const properties = RULE_PROPERTIES[rule.id] ?? UNKNOWN_RULE_PROPERTIES;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: limitDescription(rule.summary) },
    fullDescription: { text: limitDescription(rule.description) },
    help: { text: `${rule.description}

${helpUri}`, markdown: `${rule.description}

[Documentation of ${rule.id}](${helpUri})` },
    helpUri,
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
    properties: {
      precision: properties.precision,
      tags: [...properties.tags],
      "problem.severity": PROBLEM_SEVERITY[rule.defaultSeverity]
    }
  };
}
function physicalLocation(file, region) {
  return { artifactLocation: { uri: artifactUri(file), uriBaseId: SRCROOT }, region };
}
function deploymentElsewhere(f, deployments) {
  if (f.deployment === void 0) return null;
  const named = deployments.filter((d) => d.name === f.deployment);
  if (named.some((d) => d.file === f.file)) return null;
  return named.find((d) => d.reads?.includes(f.file)) ?? null;
}
function formatSarif(report, options) {
  const helpUriBase = options.helpUriBase ?? DEFAULT_HELP_URI_BASE;
  const rules = options.rules.map((rule) => descriptor(rule, helpUriBase));
  const index = /* @__PURE__ */ new Map();
  rules.forEach((rule, i) => {
    if (!index.has(rule.id)) index.set(rule.id, i);
  });
  const unknown = [...new Set(report.findings.map((f) => f.ruleId).filter((id) => !index.has(id)))].sort();
  for (const id of unknown) {
    const severity = report.findings.find((f) => f.ruleId === id).severity;
    index.set(id, rules.length);
    rules.push(descriptor({ id, summary: id, description: id, defaultSeverity: severity }, helpUriBase));
  }
  const results = report.findings.map((f) => {
    const about = deploymentElsewhere(f, report.deployments);
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [
        { physicalLocation: physicalLocation(f.file, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }) }
      ],
      ...about === null ? {} : {
        relatedLocations: [
          {
            id: 1,
            physicalLocation: physicalLocation(about.file, { startLine: about.line }),
            message: { text: `the ${about.format} deployment ${about.name}, which reads this file` }
          }
        ]
      },
      partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(f) }
    };
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "llm-physics",
            informationUri: INFORMATION_URI,
            version: options.version,
            semanticVersion: options.version,
            rules
          }
        },
        automationDetails: { id: `${options.category ?? DEFAULT_CATEGORY}/` },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: "The root of the repository checkout: every artifact URI is relative to it." } }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return neutralizeJson(JSON.stringify(log, null, 2)) + "\n";
}

// src/report/summary.ts
import { Buffer } from "node:buffer";
var SUMMARY_MARKER = "<!-- llm-physics-summary -->";
var DEFAULT_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
var SEVERITY_EMOJI = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var VERDICT_CELL = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail", incomplete: "\u2754 incomplete" };
var NONE = "\u2014";
var BAR_CELLS = 20;
var REASON_CHARS = 150;
var MARKDOWN_ACTIVE = /[\\`*_[\]<>#|~&$]/g;
var MENTION_BREAK = "@&#8203;";
function escapeMarkdownLine(line) {
  return line.replace(MARKDOWN_ACTIVE, (c) => `\\${c}`).replace(/@/g, MENTION_BREAK).replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}
function escapeMarkdown(text) {
  return text.split(/\r\n|\r|\n/).map(escapeMarkdownLine).join("<br>");
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/\r\n|\r|\n/g, " ").replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]).replace(/@/g, MENTION_BREAK);
}
function code(text) {
  const t = text.replace(/\r\n|\r|\n/g, " ");
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = t.startsWith("`") || t.endsWith("`") || t.startsWith(" ") && t.endsWith(" ") && t.trim() !== "" ? " " : "";
  return `${fence}${pad}${t}${pad}${fence}`;
}
function encodePath(file) {
  return file.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function fileUrl(links, file, line, endLine) {
  const base = `${links.serverUrl.replace(/\/+$/, "")}/${links.repository}/blob/${links.sha}/${encodePath(file)}`;
  if (line === void 0) return base;
  return endLine !== void 0 && endLine > line ? `${base}#L${line}-L${endLine}` : `${base}#L${line}`;
}
function link(text, links, file, line, endLine) {
  return links ? `[${text}](${fileUrl(links, file, line, endLine)})` : text;
}
function plural(count, word) {
  return `${formatInteger(count)} ${word}${count === 1 ? "" : "s"}`;
}
function listing(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
var fixed = formatFixed;
function percent(value) {
  return `${fixed(value, 1)}%`;
}
function gb(bytes2, digits = 1) {
  return fixed(bytes2 / 1e9, digits);
}
function bandwidthCell(d) {
  const b = d.bandwidth ?? d.estimate?.bandwidth ?? null;
  if (b === null) return NONE;
  const { requiredBytesPerSec: required, availableBytesPerSec: available } = b;
  if (Math.max(required ?? 0, available) >= 1e12) {
    const digits = required !== null && required > 0 && required < 5e10 ? 2 : 1;
    return `${required === null ? NONE : fixed(required / 1e12, digits)} / ${fixed(available / 1e12, digits)} TB/s`;
  }
  return `${required === null ? NONE : fixed(required / 1e9, 0)} / ${fixed(available / 1e9, 0)} GB/s`;
}
var BAR = { weights: "\u{1F7E6}", kv: "\u{1F7EA}", workspace: "\u{1F7E8}", free: "\u2B1C", over: "\u{1F7E5}", minimum: "\u254E", usable: "\u2503" };
function apportion(values, total) {
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return values.map(() => 0);
  const exact = values.map((v) => v / sum * total);
  const cells = exact.map(Math.floor);
  let left = total - cells.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) if (left > 0 && values[i] > 0 && cells[i] === 0) cells[i] = 1, left--;
  for (const [, i] of order) if (left > 0) cells[i]++, left--;
  while (cells.reduce((a, b) => a + b, 0) > total) cells[cells.indexOf(Math.max(...cells))]--;
  return cells;
}
function memoryBar(parts, minHeadroomPercent) {
  const used = Math.max(0, parts.weightsBytes) + Math.max(0, parts.kvCacheBytes) + Math.max(0, parts.workspaceBytes);
  const usable = Math.max(0, parts.usableBytes);
  const scale = Math.max(used, usable);
  if (scale <= 0) return BAR.free.repeat(BAR_CELLS);
  const over = used > usable;
  let usedCells = over ? BAR_CELLS : Math.round(used / scale * BAR_CELLS);
  if (used > 0) usedCells = Math.max(usedCells, 1);
  if (!over) usedCells = Math.min(usedCells, used === usable ? BAR_CELLS : BAR_CELLS - 1);
  const usableCells = over ? Math.min(BAR_CELLS - 1, Math.round(usable / scale * BAR_CELLS)) : BAR_CELLS;
  const kinds = apportion([parts.weightsBytes, parts.kvCacheBytes, parts.workspaceBytes].map((b) => Math.max(0, b)), usedCells);
  const cells = [];
  [BAR.weights, BAR.kv, BAR.workspace].forEach((cell, i) => cells.push(...Array(kinds[i]).fill(cell)));
  while (cells.length < BAR_CELLS) cells.push(BAR.free);
  for (let i = usableCells; i < BAR_CELLS; i++) cells[i] = BAR.over;
  const minimum = Math.min(100, Math.max(0, minHeadroomPercent));
  const minimumAt = Math.round(usable * (1 - minimum / 100) / scale * BAR_CELLS);
  const marks = /* @__PURE__ */ new Map();
  if (minimum > 0 && minimumAt > 0 && minimumAt < usableCells) marks.set(minimumAt, BAR.minimum);
  if (over) marks.set(usableCells, BAR.usable);
  return cells.map((cell, i) => (marks.get(i) ?? "") + cell).join("");
}
function precisionOf(d) {
  return d.precision ?? d.estimate?.primaryPrecision ?? null;
}
function ownScenario(d) {
  const precision = precisionOf(d);
  if (precision === null) return null;
  return d.scenarios[precision] ?? d.estimate?.scenarios[precision] ?? null;
}
function tierOf(d) {
  return d.tier ?? d.estimate?.tier ?? null;
}
function headroomOf(d) {
  return d.headroomPercent ?? ownScenario(d)?.headroomPercent ?? null;
}
function compared(before, after) {
  return before === void 0 || before === after ? after : `${before} \u2192 ${after}`;
}
function baseOf(d, options, changed) {
  if (options.changedFiles && !changed) return { kind: "none" };
  const key = `${d.file}#${d.name}`;
  if (!options.base) return options.changedFiles ? { kind: "unknown" } : { kind: "none" };
  if (!options.base.has(key)) return options.changedFiles ? { kind: "unknown" } : { kind: "none" };
  const report = options.base.get(key) ?? null;
  return report === null ? { kind: "new" } : { kind: "base", report };
}
function tierText(d) {
  const tier = tierOf(d);
  return tier === null ? NONE : capitalize(tier);
}
function headroomText(d) {
  const headroom = headroomOf(d);
  return headroom === null ? NONE : percent(headroom);
}
function gpusText(d) {
  return `${d.hardware.count} \xD7 ${escapeMarkdown(d.hardware.gpuId ?? d.hardware.gpu ?? "GPU not declared")}`;
}
function gpusCell(d, before) {
  if (!before) return gpusText(d);
  const same = (before.hardware.gpuId ?? before.hardware.gpu) === (d.hardware.gpuId ?? d.hardware.gpu);
  if (same && before.hardware.count !== d.hardware.count) return `${before.hardware.count} \u2192 ${gpusText(d)}`;
  return compared(gpusText(before), gpusText(d));
}
function memoryText(d) {
  const s = ownScenario(d);
  if (s) return `${gb(s.perGpuBytes)} / ${gb(s.usableBytesPerGpu)} GB`;
  if (d.requirement) return `needs ${gb(d.requirement.perGpuBytes)} GB`;
  return null;
}
function memoryCell(d, base) {
  const after = ownScenario(d);
  const before = base.kind === "base" ? ownScenario(base.report) : void 0;
  if (after && before && gb(before.usableBytesPerGpu) === gb(after.usableBytesPerGpu)) {
    return `${compared(gb(before.perGpuBytes), gb(after.perGpuBytes))} / ${gb(after.usableBytesPerGpu)} GB`;
  }
  const beforeText = base.kind === "base" ? memoryText(base.report) ?? NONE : void 0;
  return compared(beforeText, memoryText(d) ?? NONE);
}
function verdictCell(d, base, reason) {
  const before = base.kind === "base" ? VERDICT_CELL[base.report.verdict] : base.kind === "new" ? "\u{1F195} new" : base.kind === "unknown" ? "unknown" : void 0;
  const verdict = before === void 0 ? VERDICT_CELL[d.verdict] : `${before} \u2192 ${VERDICT_CELL[d.verdict]}`;
  return reason ? `${verdict}<br><sub>${reason}</sub>` : verdict;
}
function cutText(text, max) {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, "")}\u2026`;
}
function findingsOf(report, d) {
  return report.findings.filter((f) => f.deployment === d.name && (f.file === d.file || (d.reads ?? []).includes(f.file)));
}
function withoutAsides(text) {
  let out = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  if (depth !== 0) return text;
  const flat = out.replace(/\s+([,;:.])/g, "$1").replace(/\s+/g, " ").trim();
  return flat.length > 0 ? flat : text;
}
function reasonOf(report, d) {
  if (d.verdict === "pass") return null;
  const findings = findingsOf(report, d);
  if (findings.length === 0) return null;
  const worst = findings.reduce((a, f) => severityRank(f.severity) > severityRank(a.severity) ? f : a);
  return escapeMarkdown(cutText(withoutAsides(worst.message), REASON_CHARS));
}
function deploymentCell(d, options, base, changed) {
  const mark = base.kind === "new" ? " \xB7 \u{1F195} new" : changed ? " \xB7 \u270F\uFE0F changed" : "";
  const name = link(escapeMarkdown(d.name), options.links, d.file, d.line);
  const model = d.model.id ?? d.model.input;
  const short = /^[\w.-]+\/[\w.+-]+$/.test(model) ? model.slice(model.indexOf("/") + 1) : model;
  const precision = precisionOf(d);
  const beforePrecision = base.kind === "base" ? precisionOf(base.report) : null;
  const precisionText = precision === null ? "" : ` ${compared(beforePrecision?.toUpperCase(), precision.toUpperCase())}`;
  return `${name}<br><sub>${escapeMarkdown(d.file)}:${d.line}${mark} \xB7 ${escapeMarkdown(short)}${precisionText}</sub>`;
}
function deploymentRow(report, d, options, changed) {
  const base = baseOf(d, options, changed);
  const before = base.kind === "base" ? base.report : void 0;
  const cells = [
    deploymentCell(d, options, base, changed),
    gpusCell(d, before),
    compared(before && tierText(before), tierText(d)),
    memoryCell(d, base),
    compared(before && headroomText(before), headroomText(d)),
    verdictCell(d, base, reasonOf(report, d))
  ];
  return `| ${cells.join(" | ")} |
`;
}
var TABLE_HEADER = "| Deployment | GPUs | Tier | Memory per GPU | Headroom | Verdict |\n| --- | --- | --- | --- | ---: | --- |\n";
var TIER_LEGEND = `<sub>Tier by the INT8 footprint at batch ${TIER_BATCH} and an ${TIER_CONTEXT_TOKENS / 1024}K context: Consumer < ${CONSUMER_LIMIT_BYTES / 1e9} GB \xB7 Workstation ${CONSUMER_LIMIT_BYTES / 1e9}\u2013${WORKSTATION_LIMIT_BYTES / 1e9} GB \xB7 Infrastructure > ${WORKSTATION_LIMIT_BYTES / 1e9} GB. Memory per GPU is the busiest GPU's need / usable memory; GB = 10^9 bytes.</sub>

`;
function barLegend(minimum) {
  return `${BAR.weights} weights \xB7 ${BAR.kv} KV cache \xB7 ${BAR.workspace} workspace \xB7 ${BAR.free} free \xB7 ${BAR.over} over usable memory (${BAR.usable} its end) \xB7 ${BAR.minimum} headroom minimum (${formatFixed(minimum, Number.isInteger(minimum) ? 0 : 1)}%); one cell is 5% of the larger of usable and needed.

`;
}
function barItem(d, minimum, qualify) {
  const s = ownScenario(d);
  if (!s) return null;
  const bar = memoryBar(
    { weightsBytes: s.perGpuWeightsBytes, kvCacheBytes: s.perGpuKvCacheBytes, workspaceBytes: s.perGpuWorkspaceBytes, usableBytes: s.usableBytesPerGpu },
    minimum
  );
  const used = s.usableBytesPerGpu > 0 ? percent(s.perGpuBytes / s.usableBytesPerGpu * 100) : "\u221E";
  const where = qualify ? ` (${escapeMarkdown(d.file)})` : "";
  return `- **${escapeMarkdown(d.name)}**${where} ${bar} ${used} of ${gb(s.usableBytesPerGpu)} GB usable
`;
}
function scenarioList(d) {
  const all = { ...d.estimate?.scenarios, ...d.scenarios };
  const order = [...SEED_SCENARIOS, ...PRECISIONS.filter((p) => !SEED_SCENARIOS.includes(p))];
  return order.map((p) => all[p]).filter((s) => s !== void 0);
}
function scenarioRow(s, own) {
  const cells = [
    own ? `**${s.precision.toUpperCase()}** (deployed)` : s.precision.toUpperCase(),
    gb(s.weightsBytes),
    gb(s.kvCacheBytes, 2),
    gb(s.workspaceBytes),
    gb(s.totalBytes),
    gb(s.perGpuBytes),
    gb(s.usableBytesPerGpu),
    s.fits ? "\u2705 yes" : "\u274C no",
    `${gb(s.headroomBytes)} (${percent(s.headroomPercent)})`
  ];
  return `| ${cells.join(" | ")} |
`;
}
function scenarioCaption(d, scenarios) {
  const parts = ["In decimal GB (10^9 bytes)."];
  const e = d.estimate;
  if (e !== null) {
    const i = e.inputs;
    const parallel = [i.tensorParallel > 1 ? `tensor parallel ${i.tensorParallel}` : "", i.pipelineParallel > 1 ? `pipeline parallel ${i.pipelineParallel}` : ""].filter(Boolean).join(", ");
    const kv = (scenarios[0]?.kvPrecision ?? i.kvPrecision).toUpperCase();
    parts.push(
      `Per GPU is the busiest of ${gpusText(d)}${parallel ? ` at ${parallel}` : ""}; KV cache in ${kv} for ${formatInteger(i.batch)} \xD7 ${formatInteger(i.contextTokens)} tokens; usable is memory \xD7 ${i.memoryFraction}; workspace is 12% of the weights.`
    );
  }
  const bandwidth = bandwidthCell(d);
  if (bandwidth !== NONE) parts.push(`Bandwidth need / have: ${bandwidth}.`);
  return parts.join(" ");
}
function detailsBlock(d, qualify) {
  const scenarios = scenarioList(d);
  if (scenarios.length === 0) return null;
  const own = precisionOf(d);
  const where = qualify ? ` (${escapeHtml(d.file)}:${d.line})` : "";
  const names = listing(scenarios.map((s) => s.precision.toUpperCase()));
  return `<details><summary>${escapeHtml(d.name)}${where}: memory in ${names}</summary>

${scenarioCaption(d, scenarios)}

| Precision | Weights | KV cache | Workspace | Total | Per GPU | Usable per GPU | Fits | Headroom per GPU |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |
` + scenarios.map((s) => scenarioRow(s, s.precision === own)).join("") + "\n</details>\n\n";
}
function findingItem(f, links) {
  const where = f.endLine > f.line ? `lines ${f.line}\u2013${f.endLine}` : `line ${f.line}`;
  return `- ${SEVERITY_EMOJI[f.severity]} ${link(where, links, f.file, f.line, f.endLine)} ${code(f.ruleId)} ${escapeMarkdown(f.message)}
`;
}
function skippedItem(reason) {
  return `- \u23ED\uFE0F skipped: ${escapeMarkdown(reason)}
`;
}
function byFile(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function changedFirst(items, changed) {
  return [...items.filter(changed), ...items.filter((item) => !changed(item))];
}
function findingItems(report, options, isChanged, only) {
  const files = /* @__PURE__ */ new Map();
  const itemsOf = (file) => {
    let items = files.get(file);
    if (!items) files.set(file, items = []);
    return items;
  };
  for (const s of report.skipped) if (!only || only(s.file)) itemsOf(s.file).push({ text: skippedItem(s.reason), skipped: true });
  for (const f of report.findings) if (!only || only(f.file)) itemsOf(f.file).push({ text: findingItem(f, options.links), skipped: false });
  const names = changedFirst([...files.keys()].sort(byFile), isChanged);
  return names.flatMap(
    (file, group) => files.get(file).map((item, index) => {
      const heading = `### ${link(escapeMarkdown(file), options.links, file)}${isChanged(file) ? " \xB7 \u270F\uFE0F changed" : ""}

`;
      return index === 0 ? { ...item, text: `${group > 0 ? "\n" : ""}${heading}${item.text}` } : item;
    })
  );
}
function bytes(text) {
  return Buffer.byteLength(text, "utf8");
}
function truncateUtf8(text, maxBytes) {
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
function quoteLine(text) {
  return `> ${text}
`;
}
var QUOTE_SEPARATOR = ">\n";
function quoteBlock(lines) {
  return lines.length === 0 ? "" : `${lines.join(QUOTE_SEPARATOR)}
`;
}
function cumulative(values) {
  const out = [0];
  for (const v of values) out.push(out[out.length - 1] + v);
  return out;
}
var DROP_ORDER = ["details", "findings", "unchanged", "bars", "changed"];
function truncationNote(sections, kept, comment, runUrl) {
  let deployments = 0;
  let details = 0;
  let findings = 0;
  let skipped = 0;
  for (const section of sections) {
    const gone = section.items.length - kept.get(section);
    if (gone === 0) continue;
    if (section.name === "changed" || section.name === "unchanged") deployments += gone;
    if (section.name === "details") details += gone;
    if (section.name === "findings") {
      const skippedCum = section.skippedCum;
      const droppedSkipped = skippedCum[section.items.length] - skippedCum[kept.get(section)];
      skipped += droppedSkipped;
      findings += gone - droppedSkipped;
    }
  }
  if (deployments + details + findings + skipped === 0) return null;
  const parts = [`${plural(findings, "finding")} and ${plural(deployments, "deployment")} not shown`];
  if (skipped > 0) parts.push(`${plural(skipped, "skipped file")} not listed`);
  if (details > 0) parts.push(`memory details of ${plural(details, "deployment")} left out`);
  const limit = comment ? "the comment's size" : "GitHub's 1 MiB summary limit";
  const rest = comment ? runUrl ? `the [workflow run](${runUrl}) has everything` : "the job summary has everything" : "the JSON report has everything";
  return quoteLine(`\u2702\uFE0F Truncated to fit ${limit}: ${parts.join("; ")}; ${rest}.`);
}
function formatSummary(report, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES;
  const changedFiles = options.changedFiles;
  const isChanged = (file) => changedFiles?.has(file) ?? false;
  const comment = options.comment ?? false;
  const minimum = options.minHeadroomPercent ?? DEFAULT_POLICY.minHeadroomPercent;
  const runUrl = options.runUrl && /^https?:\/\/[^\s()<>]+$/.test(options.runUrl) ? options.runUrl : void 0;
  const s = report.summary;
  const emoji = s.errors > 0 ? "\u274C" : s.warnings > 0 ? "\u26A0\uFE0F" : "\u2705";
  const quiet = [s.suppressed > 0 ? `${formatInteger(s.suppressed)} suppressed` : "", s.baselined !== void 0 ? `${formatInteger(s.baselined)} baselined` : ""].filter(Boolean);
  const suppressed = quiet.length > 0 ? ` (${quiet.join(", ")})` : "";
  const head = `## llm-physics

${emoji} ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")} in ${plural(s.deployments, "deployment")} across ${plural(s.files, "file")}${suppressed}${runUrl ? ` \xB7 [workflow run](${runUrl})` : ""}

`;
  const notes = (options.notes ?? []).map((n) => n.trim()).filter((n) => n !== "").map((n) => quoteLine(escapeMarkdown(n)));
  const nameCount = /* @__PURE__ */ new Map();
  for (const d of report.deployments) nameCount.set(d.name, (nameCount.get(d.name) ?? 0) + 1);
  const qualify = (d) => (nameCount.get(d.name) ?? 0) > 1;
  const row = (d) => deploymentRow(report, d, options, isChanged(d.file));
  const changed = changedFiles ? report.deployments.filter((d) => isChanged(d.file)) : report.deployments;
  const unchanged = changedFiles ? report.deployments.filter((d) => !isChanged(d.file)) : [];
  const sections = [];
  if (changed.length > 0) {
    const title = changedFiles ? `**Changed in this pull request:** ${plural(changed.length, "deployment")} of ${formatInteger(report.deployments.length)}

` : "";
    sections.push({ name: "changed", prefix: title + TABLE_HEADER, items: changed.map(row), suffix: "\n" + TIER_LEGEND });
    const bars = changed.map((d) => barItem(d, minimum, qualify(d))).filter((b) => b !== null);
    sections.push({ name: "bars", prefix: barLegend(minimum), items: bars, suffix: "\n" });
  } else if (changedFiles && report.deployments.length > 0) {
    sections.push({ name: "bars", prefix: "**Changed in this pull request:** no deployment\n\n", items: [""], suffix: "" });
  }
  if (unchanged.length > 0) {
    const summary = `<details><summary>${plural(unchanged.length, "unchanged deployment")}</summary>

`;
    sections.push({ name: "unchanged", prefix: summary + TABLE_HEADER, items: unchanged.map(row), suffix: "\n</details>\n\n" });
  }
  const detailed = comment ? changed : [...changed, ...unchanged];
  sections.push({ name: "details", prefix: "", items: detailed.map((d) => detailsBlock(d, qualify(d))).filter((b) => b !== null), suffix: "" });
  const only = comment && changedFiles ? (file) => isChanged(file) : void 0;
  const items = findingItems(report, options, isChanged, only);
  const others = only ? report.findings.filter((f) => !isChanged(f.file)).length : 0;
  const findingsOpen = comment ? `<details><summary>Findings in the changed files (${formatInteger(items.filter((i) => !i.skipped).length)})</summary>

` : "";
  const findingsClose = comment ? "\n</details>\n\n" : "\n";
  sections.push({ name: "findings", prefix: findingsOpen, items: items.map((i) => i.text), suffix: findingsClose, skipped: items.map((i) => i.skipped) });
  const elsewhere = others > 0 ? `${plural(others, "finding")} in files this pull request did not change: ${runUrl ? `see the [workflow run](${runUrl})` : "see the job summary"}.

` : "";
  const footer = elsewhere + `<sub>llm-physics ${escapeMarkdown(report.tool.version)}</sub>

${options.marker ?? SUMMARY_MARKER}
`;
  for (const section of sections) {
    section.bytesCum = cumulative(section.items.map(bytes));
    section.skippedCum = cumulative(section.items.map((_, i) => section.skipped?.[i] ? 1 : 0));
  }
  const kept = new Map(sections.map((section) => [section, section.items.length]));
  let keptNotes = notes.length;
  const notesCum = cumulative(notes.map(bytes));
  const fixedBytes = bytes(head) + bytes(footer);
  const sectionBytes = (section) => {
    const n = kept.get(section);
    if (n === 0) return 0;
    return bytes(section.prefix) + bytes(section.suffix) + section.bytesCum[n];
  };
  const quoteBytes = () => {
    const note2 = truncationNote(sections, kept, comment, runUrl);
    const lines = keptNotes + (note2 ? 1 : 0);
    if (lines === 0) return 0;
    return notesCum[keptNotes] + (note2 ? bytes(note2) : 0) + (lines - 1) * bytes(QUOTE_SEPARATOR) + 1;
  };
  const size = () => fixedBytes + quoteBytes() + sections.reduce((sum, section) => sum + sectionBytes(section), 0);
  while (size() > maxBytes) {
    const section = DROP_ORDER.map((name) => sections.find((x) => x.name === name && kept.get(x) > 0)).find((x) => x !== void 0);
    if (section) kept.set(section, kept.get(section) - 1);
    else if (keptNotes > 0) keptNotes--;
    else break;
  }
  const note = truncationNote(sections, kept, comment, runUrl);
  let out = head + quoteBlock(note ? [...notes.slice(0, keptNotes), note] : notes.slice(0, keptNotes));
  for (const section of sections) {
    const n = kept.get(section);
    if (n > 0) out += section.prefix + section.items.slice(0, n).join("") + section.suffix;
  }
  out += footer;
  if (bytes(out) <= maxBytes) return out;
  const body = out.slice(0, out.length - footer.length);
  return bytes(footer) <= maxBytes ? truncateUtf8(body, maxBytes - bytes(footer)) + footer : truncateUtf8(out, maxBytes);
}

// src/report/text.ts
var ANSI = {
  reset: "\x1B[0m",
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  red: "\x1B[31m",
  green: "\x1B[32m",
  yellow: "\x1B[33m",
  cyan: "\x1B[36m"
};
function painter(color) {
  if (!color) return (text) => text;
  return (text, ...styles) => `${styles.map((s) => ANSI[s]).join("")}${text}${ANSI.reset}`;
}
var SEVERITY_STYLE = {
  error: ["bold", "red"],
  warning: ["bold", "yellow"],
  notice: ["bold", "cyan"]
};
var VERDICT_TEXT = { pass: "pass", warn: "warn", fail: "FAIL", incomplete: "incomplete" };
var VERDICT_STYLE = {
  pass: ["green"],
  warn: ["yellow"],
  fail: ["bold", "red"],
  incomplete: ["yellow"]
};
function plural2(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function shownFile(file) {
  const escaped = escapeControl(file);
  return /^[\s:#]/.test(escaped) ? `./${escaped}` : escaped;
}
function findingLine(f, paint) {
  const message = f.message.replace(/\r?\n/g, "\n    ");
  return `${shownFile(f.file)}:${f.line}:${f.column}: ${paint(f.severity, ...SEVERITY_STYLE[f.severity])} ${message} ${paint(`[${f.ruleId}]`, "dim")}`;
}
function bandwidthPair(required, available) {
  if (Math.max(required, available) >= 1e12) {
    const digits = required > 0 && required < 5e10 ? 2 : 1;
    return `${formatFixed(required / 1e12, digits)} of ${formatFixed(available / 1e12, digits)} TB/s`;
  }
  return `${formatFixed(required / 1e9, 0)} of ${formatFixed(available / 1e9, 0)} GB/s`;
}
function bandwidthAvailable(available) {
  return available >= 1e12 ? `${formatFixed(available / 1e12, 1)} TB/s` : `${formatFixed(available / 1e9, 0)} GB/s`;
}
function missing(d) {
  const reasons = [];
  if (d.model.id === null) reasons.push(`unknown model ${quote(d.model.input)}`);
  if (d.hardware.gpuId === null) reasons.push(d.hardware.gpu === null ? "no GPU type declared" : `unknown GPU ${quote(d.hardware.gpu)}`);
  const needs = d.requirement ? `; needs ${formatGB(d.requirement.perGpuBytes)} per GPU (${d.requirement.precision.toUpperCase()}, ${d.hardware.count} GPU${d.hardware.count === 1 ? "" : "s"})${d.requirement.fittingGpus[0] ? `, fits ${d.requirement.fittingGpus[0]} and larger` : ", fits no catalog GPU"}` : "";
  return reasons.length > 0 ? `no estimate: ${reasons.join(", ")}${needs}` : "no estimate (see the findings above)";
}
function deploymentLine(d, paint) {
  const head = `${shownFile(d.file)}:${d.line} ${d.name}`;
  const verdict = paint(VERDICT_TEXT[d.verdict], ...VERDICT_STYLE[d.verdict]);
  const e = d.estimate;
  if (e === null) return `${head} \u2014 ${missing(d)} \u2014 ${verdict}`;
  const precision = d.precision ?? e.primaryPrecision;
  const scenario = d.scenarios[precision] ?? e.scenarios[precision];
  const tier = capitalize(d.tier ?? e.tier);
  const gpus = `${precision.toUpperCase()}, ${d.hardware.count} \xD7 ${d.hardware.gpuId ?? d.hardware.gpu}`;
  const parts = [tier];
  if (scenario) {
    parts.push(`needs ${formatGB(scenario.perGpuBytes)} of ${formatGB(scenario.usableBytesPerGpu)} usable per GPU (${gpus})`);
  } else {
    parts.push(`(${gpus})`);
  }
  const headroom = d.headroomPercent ?? scenario?.headroomPercent ?? null;
  if (headroom !== null) parts.push(`headroom ${formatPercent(headroom)}`);
  const b = d.bandwidth ?? e.bandwidth;
  parts.push(
    b.requiredBytesPerSec === null ? `bandwidth ${bandwidthAvailable(b.availableBytesPerSec)} available (no speed target)` : `bandwidth ${bandwidthPair(b.requiredBytesPerSec, b.availableBytesPerSec)}`
  );
  return `${head} \u2014 ${parts.join(", ")} \u2014 ${verdict}`;
}
var FACT_LABELS = {
  model: "model",
  gpu: "GPU",
  gpuCount: "GPUs",
  tensorParallel: "tensor parallel",
  pipelineParallel: "pipeline parallel",
  dataParallel: "data parallel",
  dataParallelLocal: "DP ranks per pod",
  expertParallel: "expert parallel",
  contextLength: "context",
  concurrency: "concurrency",
  precision: "weights",
  kvCachePrecision: "KV cache",
  memoryFraction: "memory fraction",
  targetTokensPerSecond: "target speed"
};
var LABEL_WIDTH = Math.max(...Object.values(FACT_LABELS).map((l) => l.length)) + 2;
function factValue(name, value, d) {
  switch (name) {
    case "contextLength":
      return `${formatInteger(Number(value))} tokens`;
    case "concurrency":
      return `${formatInteger(Number(value))} sequence${value === 1 ? "" : "s"}${d.concurrencyIsEngineCap ? " (engine cap)" : ""}`;
    case "precision":
    case "kvCachePrecision":
      return String(value).toUpperCase();
    case "targetTokensPerSecond":
      return `${formatRate(Number(value))} tokens/s per sequence`;
    case "model":
      return d.model.id === null ? `${value} (not resolved)` : d.model.id === value ? String(value) : `${value} \u2192 ${d.model.id}`;
    case "gpu":
      return d.hardware.gpuId === null || d.hardware.gpuId === value ? String(value) : `${value} \u2192 ${d.hardware.gpuId}`;
    default:
      return String(value);
  }
}
function defaultValue(name, d) {
  const inputs = d.estimate?.inputs;
  if (!inputs) return null;
  switch (name) {
    case "tensorParallel":
      return String(inputs.tensorParallel);
    case "pipelineParallel":
      return String(inputs.pipelineParallel);
    case "contextLength":
      return inputs.contextTokens === d.estimate?.model.maxContextTokens ? `${formatInteger(inputs.contextTokens)} tokens (the model's maximum)` : `${formatInteger(inputs.contextTokens)} tokens (the engine's default, assumed)`;
    case "concurrency":
      return "1 sequence";
    case "precision":
      return `${inputs.precision.toUpperCase()} (the checkpoint's)`;
    case "kvCachePrecision":
      return inputs.kvPrecision.toUpperCase();
    case "memoryFraction":
      return String(inputs.memoryFraction);
    case "targetTokensPerSecond":
      return "none";
    default:
      return null;
  }
}
function factSource(fact, d) {
  const place = fact.file === d.file ? `line ${fact.line}` : `${shownFile(fact.file)}:${fact.line}`;
  return fact.assumed ? `${fact.path} (${place})` : `${place} ${fact.path}`;
}
function factLines(d, paint) {
  const rows = [];
  for (const name of Object.keys(FACT_LABELS)) {
    const fact = d.facts[name];
    if (fact) {
      rows.push([FACT_LABELS[name], factValue(name, fact.value, d), factSource(fact, d)]);
      continue;
    }
    const used = defaultValue(name, d);
    if (used !== null) rows.push([FACT_LABELS[name], used, "not declared"]);
  }
  const width = Math.max(...rows.map(([, value]) => value.length));
  const resolved = d.model.resolvedFrom === null ? "" : d.model.resolvedFrom === "catalog" ? "; model from the catalog" : `; model: ${d.model.resolvedFrom}`;
  const lines = [`    read as ${d.format}${resolved}`];
  for (const [label, value, source] of rows) {
    lines.push(`    ${label.padEnd(LABEL_WIDTH)}${value.padEnd(width)}  ${paint(source, "dim")}`);
  }
  const engine = d.estimate?.engineMemory;
  if (engine) {
    const version = engine.version === null ? paint("version not stated: the newest behaviour modelled is assumed", "dim") : engine.version;
    lines.push(`    ${"engine".padEnd(LABEL_WIDTH)}${engineDisplayName(engine.engine)} ${version}`);
  }
  lines.push(...provenanceLines(d, paint));
  return lines;
}
function provenanceLines(d, paint) {
  const e = d.estimate;
  if (!e) return [];
  const lines = [];
  const c = e.model.checkpoint;
  const precision = e.inputs.precision.toUpperCase();
  let how;
  if (e.model.weightsMeasured && c?.measured && c.files.length === 0) {
    how = `as the published checkpoint holds them (${c.quantization === "none" ? "unquantized" : c.quantization}; catalog)`;
  } else if (e.model.weightsMeasured && c?.measured) {
    how = `measured from the checkpoint's headers (${c.files.length} file${c.files.length === 1 ? "" : "s"}, ${c.quantization === "none" ? "unquantized" : c.quantization})`;
  } else if (e.model.weightsMeasured && c) {
    how = c.files.length > 0 ? `the size of the checkpoint's ${c.format} file${c.files.length === 1 ? "" : "s"}` : `estimated for ${c.quantization} (see assumed)`;
  } else {
    how = `computed as parameters \xD7 ${precision}`;
  }
  lines.push(`    ${"weight bytes".padEnd(LABEL_WIDTH)}${formatGB(e.model.weightsBytes)} in ${precision}, ${how}`);
  for (const assumption of e.model.assumptions) lines.push(`    ${"assumed".padEnd(LABEL_WIDTH)}${paint(assumption, "dim")}`);
  return lines;
}
function summaryLine(report, paint) {
  const s = report.summary;
  const errors = plural2(s.errors, "error");
  const warnings = plural2(s.warnings, "warning");
  const notices = plural2(s.notices, "notice");
  const counts = [
    s.errors > 0 ? paint(errors, ...SEVERITY_STYLE.error) : errors,
    s.warnings > 0 ? paint(warnings, ...SEVERITY_STYLE.warning) : warnings,
    s.notices > 0 ? paint(notices, ...SEVERITY_STYLE.notice) : notices
  ].join(", ");
  const quiet = [s.suppressed > 0 ? `${s.suppressed} suppressed` : "", s.baselined !== void 0 ? `${s.baselined} baselined` : ""].filter((q) => q !== "");
  const suppressed = quiet.length > 0 ? ` (${quiet.join(", ")})` : "";
  return `${counts} in ${plural2(s.deployments, "deployment")} across ${plural2(s.files, "file")}${suppressed}`;
}
function formatText(report, options = {}) {
  const paint = painter(options.color ?? false);
  const blocks = [];
  if (report.findings.length > 0) blocks.push(report.findings.map((f) => findingLine(f, paint)));
  if (report.deployments.length > 0) {
    blocks.push(report.deployments.flatMap((d) => options.verbose ? [deploymentLine(d, paint), ...factLines(d, paint)] : [deploymentLine(d, paint)]));
  }
  if (report.skipped.length > 0) blocks.push(report.skipped.map((s) => `${shownFile(s.file)}: skipped: ${s.reason}`));
  blocks.push([summaryLine(report, paint), paint("GB = 10^9 bytes, TB/s = 10^12 bytes/s", "dim")]);
  return neutralizeWorkflowCommands(blocks.map((lines) => lines.join("\n")).join("\n\n") + "\n");
}

// src/report/index.ts
var FORMATTERS = {
  text: (report, options) => formatText(report, { color: options.color ?? false, verbose: options.verbose ?? false }),
  json: (report) => formatJson(report),
  sarif: (report, options) => formatSarif(report, {
    rules: options.rules ?? RULES,
    version: options.version ?? report.tool.version,
    ...options.helpUriBase === void 0 ? {} : { helpUriBase: options.helpUriBase },
    ...options.category === void 0 ? {} : { category: options.category }
  }),
  github: (report, options) => formatGithubCommands(report, {
    ...options.changedFiles ? { changedFiles: options.changedFiles } : {},
    ...options.elsewhere ? { elsewhere: options.elsewhere } : {}
  }),
  // The job summary the action writes, and its pull-request comment (with maxBytes). Markdown
  // renders `\:` and `\[` as the characters themselves, so making it inert in a log shows nothing.
  markdown: (report, options) => neutralizeWorkflowCommands(formatSummary(report, options))
};
var FORMATS = Object.keys(FORMATTERS);
function formatReport(format, report, options = {}) {
  return FORMATTERS[format](report, options);
}
function writeReport(format, report, options, write) {
  if (format === "json") writeJson(report, write);
  else write(formatReport(format, report, options));
}
export {
  ConfigError,
  DiscoveryError,
  FAIL_ON,
  FORMATS,
  RULES,
  VERSION,
  createBaseline,
  failsAt,
  finishWithModels,
  loadBaseline,
  loadConfig,
  locateRepository,
  lookUpModels,
  prepareCheckLazily,
  writeBaseline,
  writeReport
};
