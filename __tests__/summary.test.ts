import { describe, expect, it } from "vitest";
import type { CheckReport, DeploymentReport } from "../src/report/report.js";
import {
  DEFAULT_SUMMARY_MAX_BYTES,
  escapeHtml,
  escapeMarkdown,
  formatSummary,
  withoutAsides,
  memoryBar,
  SUMMARY_MARKER,
  type SummaryOptions,
} from "../src/report/summary.js";
import { expectGolden } from "./helpers/golden.js";
import { CLEAN_REPORT, EMPTY_REPORT, MIXED_REPORT } from "./helpers/report-fixtures.js";
import {
  BASE_LLAMA_70B,
  CHAT_SMALL,
  generatedReport,
  HOSTILE_REPORT,
  LINKS,
  LLAMA_70B,
  MYSTERY,
  PR_OPTIONS,
} from "./helpers/summary-fixtures.js";

const bytes = (text: string) => Buffer.byteLength(text, "utf8");
const UNLIMITED = Number.MAX_SAFE_INTEGER;

/** Lines of the main table's body (not the scenario tables: those start with a precision). */
const deploymentRows = (md: string) => md.split("\n").filter((l) => l.startsWith("| [") || /^\| [^|]*<br><sub>/.test(l));
const findingItems = (md: string) => md.split("\n").filter((l) => l.startsWith("- ") && !l.startsWith("- **"));
/** The memory bars' list items: `- **name** 🟦…`. */
const barItems = (md: string) => md.split("\n").filter((l) => l.startsWith("- **"));
const detailBlocks = (md: string) => md.split("\n").filter((l) => l.startsWith("<details>"));
/** Cells of a table row, split on the pipes that are not escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());

describe("formatSummary: goldens", () => {
  it("mixed report with links and a note", () => {
    expectGolden("summary-mixed.md", formatSummary(MIXED_REPORT, { links: LINKS, notes: ["annotations: 5 shown of 5"] }));
  });

  it("clean report", () => {
    expectGolden("summary-clean.md", formatSummary(CLEAN_REPORT));
  });

  it("empty report", () => {
    expectGolden("summary-empty.md", formatSummary(EMPTY_REPORT));
  });

  it("pull request against its base branch", () => {
    expectGolden("summary-base.md", formatSummary(MIXED_REPORT, PR_OPTIONS));
  });

  it("truncated mixed report", () => {
    // Room for the table and the first three findings: not for the memory details, the last two findings or the skipped file.
    const maxBytes = 3200;
    const md = formatSummary(MIXED_REPORT, { links: LINKS, maxBytes });
    expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
    expect(findingItems(md)).toEqual(findingItems(formatSummary(MIXED_REPORT, { links: LINKS })).slice(0, 3));
    expectGolden("summary-truncated.md", md);
  });
});

describe("formatSummary: content", () => {
  it("starts with the heading and the verdict, ends with units and the marker", () => {
    const md = formatSummary(MIXED_REPORT);
    expect(md.startsWith("## llm-physics\n\n❌ 3 errors, 1 warning, 1 notice in 3 deployments across 5 files (1 suppressed)\n")).toBe(true);
    expect(md.endsWith(`<sub>llm-physics 0.1.0</sub>\n\n${SUMMARY_MARKER}\n`)).toBe(true);
    expect(md.split(SUMMARY_MARKER)).toHaveLength(2);
  });

  it("says ⚠️ for warnings only and ✅ for notices only", () => {
    const warnings: CheckReport = { ...CLEAN_REPORT, summary: { ...CLEAN_REPORT.summary, warnings: 2, notices: 1 } };
    const notices: CheckReport = { ...CLEAN_REPORT, summary: { ...CLEAN_REPORT.summary, notices: 1 } };
    expect(formatSummary(warnings)).toContain("\n⚠️ 0 errors, 2 warnings, 1 notice in 1 deployment across 1 file\n");
    expect(formatSummary(notices)).toContain("\n✅ 0 errors, 0 warnings, 1 notice in 1 deployment across 1 file\n");
  });

  it("has one table row per deployment with six cells, and a reason under every verdict that is not a pass", () => {
    const rows = deploymentRows(formatSummary(MIXED_REPORT, { links: LINKS }));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(cells(row)).toHaveLength(6);
    const llama = cells(rows[2]!);
    expect(llama[0]).toBe(
      `[llama-70b](${LINKS.serverUrl}/${LINKS.repository}/blob/${LINKS.sha}/deploy/prod/llama-70b.yaml#L3)<br><sub>deploy/prod/llama-70b.yaml:3 · Llama-3.1-70B-Instruct FP8</sub>`,
    );
    expect(llama.slice(1)).toEqual(["4 × H100-SXM", "Infrastructure", "30.5 / 77.3 GB", "60.6%", "✅ pass"]);
    // The most severe finding of the deployment without its asides (the headroom is a column of its own), cut at a word.
    const chat = cells(rows[0]!);
    expect(chat[5]).toBe("❌ fail<br><sub>needs 35.2 GB per GPU in BF16 but one L4 has 23.2 GB usable</sub>");
    const wordy: CheckReport = {
      ...MIXED_REPORT,
      findings: MIXED_REPORT.findings.map((f) => (f.ruleId === "vram-exceeds-capacity" ? { ...f, message: `needs ${"much more memory ".repeat(10)}*than* it has` } : f)),
    };
    expect(cells(deploymentRows(formatSummary(wordy))[0]!)[5]).toBe(
      "❌ fail<br><sub>needs much more memory much more memory much more memory much more memory much more memory much more memory much more memory much more memory much…</sub>",
    );
  });

  it("gives the reason without the breakdown in parentheses, nested ones too", () => {
    expect(
      withoutAsides(
        "needs 92.1 GB per GPU (FP8 weights 72.7 (quantized on load; embeddings stay BF16) + KV 10.7 + workspace 8.7) on 1 × H100-SXM with 77.0 GB usable; it would fit with tensor parallel 2 on 2 × H100-SXM (46.1 GB per GPU)",
      ),
    ).toBe("needs 92.1 GB per GPU on 1 × H100-SXM with 77.0 GB usable; it would fit with tensor parallel 2 on 2 × H100-SXM");
    expect(withoutAsides("(all of it)")).toBe("(all of it)");
    expect(withoutAsides("unbalanced (as written")).toBe("unbalanced (as written");
    expect(withoutAsides("a (b), c")).toBe("a, c");
  });

  it("explains the tiers in one line, and links the workflow run", () => {
    const md = formatSummary(MIXED_REPORT, { runUrl: "https://github.com/acme/inference/actions/runs/42" });
    expect(md).toContain(" (1 suppressed) · [workflow run](https://github.com/acme/inference/actions/runs/42)\n");
    expect(md).toContain("<sub>Tier by the INT8 footprint at batch 1 and an 8K context: Consumer < 24 GB · Workstation 24–80 GB · Infrastructure > 80 GB.");
    // A run URL that is not a plain http(s) URL is left out rather than written.
    expect(formatSummary(MIXED_REPORT, { runUrl: "javascript:alert(1)" })).not.toContain("workflow run");
    expect(formatSummary(MIXED_REPORT, { runUrl: "https://x/(y) z" })).not.toContain("workflow run");
  });

  it("draws a bar of each deployment's memory against usable, with the headroom minimum marked", () => {
    const bars = barItems(formatSummary(MIXED_REPORT));
    expect(bars).toEqual([
      "- **chat-small** 🟦🟦🟦🟦🟦🟦🟦🟦🟦🟪🟪🟪╎🟪┃🟥🟥🟥🟥🟥🟥🟥 151.6% of 23.2 GB usable",
      "- **llama-70b** 🟦🟦🟦🟦🟪🟪🟪🟨⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜╎⬜⬜ 39.4% of 77.3 GB usable",
    ]);
    expect(formatSummary(MIXED_REPORT, { minHeadroomPercent: 25 })).toContain("╎ headroom minimum (25%)");
  });

  it("shows — for a deployment without an estimate", () => {
    const rows = deploymentRows(formatSummary(MIXED_REPORT));
    const mystery = cells(rows.find((r) => r.startsWith("| mystery"))!);
    expect(mystery.slice(1, 5)).toEqual(["2 × A100-80GB", "—", "—", "—"]);
    expect(mystery[5]).toMatch(/^❌ fail<br><sub>model "acme\/mystery-13b" is not in the catalog/);
    expect(detailBlocks(formatSummary(MIXED_REPORT)).some((l) => l.includes("mystery"))).toBe(false);
  });

  it("writes plain file:line without links", () => {
    const md = formatSummary(MIXED_REPORT);
    expect(md).not.toContain("](");
    expect(md).toContain("| chat-small<br><sub>deploy/edge/chat.yaml:1 · Llama-3.1-8B-Instruct BF16</sub> |");
    expect(md).toContain("- ⚠️ lines 9–12 `bandwidth-insufficient` 200 tokens/s");
  });

  it("links findings to their line or range and percent-encodes paths", () => {
    const md = formatSummary(MIXED_REPORT, { links: { ...LINKS, serverUrl: "https://github.example.com/" } });
    const blob = `https://github.example.com/${LINKS.repository}/blob/${LINKS.sha}`;
    expect(md).toContain(`[lines 9–12](${blob}/deploy/edge/chat.yaml#L9-L12)`);
    expect(md).toContain(`[line 4](${blob}/deploy/lab/mystery%20model.yaml#L4)`);
    expect(md).toContain(`### [deploy/lab/mystery model.yaml](${blob}/deploy/lab/mystery%20model.yaml)`);
  });

  it("groups findings by file in order, skipped files included", () => {
    const headings = formatSummary(MIXED_REPORT).split("\n").filter((l) => l.startsWith("### "));
    expect(headings).toEqual([
      "### deploy/broken.yaml",
      "### deploy/edge/chat.yaml",
      "### deploy/edge/values.yaml",
      "### deploy/lab/mystery model.yaml",
      "### deploy/shared.yaml",
    ]);
    expect(formatSummary(MIXED_REPORT)).toContain("- ⏭️ skipped: symlink that leads outside the repository; not followed\n");
  });

  it("lists the deployment's own precision after the seed's three", () => {
    const int4: DeploymentReport = {
      ...LLAMA_70B,
      precision: "int4",
      scenarios: { ...LLAMA_70B.scenarios, int4: { ...LLAMA_70B.scenarios.int8!, precision: "int4" } },
    };
    const md = formatSummary({ ...CLEAN_REPORT, deployments: [int4] });
    expect(md).toContain("<details><summary>llama-70b: memory in INT8, FP8, BF16 and INT4</summary>");
    const precisions = md.split("\n").filter((l) => /^\| (\*\*)?(INT|FP|BF)/.test(l)).map((l) => cells(l)[0]);
    expect(precisions).toEqual(["INT8", "FP8", "BF16", "**INT4** (deployed)"]);
  });

  it("names the file in the details when two deployments share a name", () => {
    const twin = { ...LLAMA_70B, file: "deploy/staging/llama-70b.yaml" };
    const md = formatSummary({ ...CLEAN_REPORT, deployments: [LLAMA_70B, twin] });
    expect(detailBlocks(md)).toEqual([
      "<details><summary>llama-70b (deploy/prod/llama-70b.yaml:3): memory in INT8, FP8 and BF16</summary>",
      "<details><summary>llama-70b (deploy/staging/llama-70b.yaml:3): memory in INT8, FP8 and BF16</summary>",
    ]);
  });

  it("shows notes as block quotes, escaped", () => {
    const md = formatSummary(CLEAN_REPORT, { notes: ["base branch could not be read: <boom>", "  ", "- 3 findings"] });
    expect(md).toContain("\n> base branch could not be read: \\<boom\\>\n>\n> \\- 3 findings\n\n| Deployment |");
  });

  it("is deterministic and leaves its input alone", () => {
    const before = JSON.stringify(MIXED_REPORT);
    const a = formatSummary(MIXED_REPORT, { ...PR_OPTIONS, links: LINKS });
    const b = formatSummary(MIXED_REPORT, { ...PR_OPTIONS, links: LINKS });
    expect(a).toBe(b);
    expect(JSON.stringify(MIXED_REPORT)).toBe(before);
  });
});

describe("formatSummary: base branch", () => {
  const md = formatSummary(MIXED_REPORT, PR_OPTIONS);
  const rows = deploymentRows(md);

  it("opens with the changed deployments, then the unchanged ones collapsed, and marks them", () => {
    expect(md).toContain("**Changed in this pull request:** 2 deployments of 3\n\n| Deployment |");
    expect(rows.map((r) => cells(r)[0])).toEqual([
      "chat-small<br><sub>deploy/edge/chat.yaml:1 · 🆕 new · Llama-3.1-8B-Instruct BF16</sub>",
      "llama-70b<br><sub>deploy/prod/llama-70b.yaml:3 · ✏️ changed · Llama-3.1-70B-Instruct BF16 → FP8</sub>",
      "mystery<br><sub>deploy/lab/mystery model.yaml:2 · mystery-13b INT8</sub>",
    ]);
    expect(md.indexOf("<details><summary>1 unchanged deployment</summary>")).toBeLessThan(md.indexOf("| mystery"));
    expect(barItems(md).map((b) => b.split(" ")[1])).toEqual(["**chat-small**", "**llama-70b**"]);
    const headings = md.split("\n").filter((l) => l.startsWith("### "));
    expect(headings[0]).toBe("### deploy/edge/chat.yaml · ✏️ changed");
    expect(detailBlocks(md).map((l) => l.slice(0, 30))).toEqual(["<details><summary>1 unchanged ", "<details><summary>chat-small: ", "<details><summary>llama-70b: m"]);
  });

  it("shows before → after for a changed deployment, the verdict included", () => {
    const llama = cells(rows[1]!);
    expect(llama.slice(1)).toEqual(["4 × H100-SXM", "Workstation → Infrastructure", "50.2 → 30.5 / 77.3 GB", "35.0% → 60.6%", "✅ pass → ✅ pass"]);
  });

  it("says new for a deployment the base lacks, unknown when the base could not be read, and nothing for an unchanged one", () => {
    expect(cells(rows[0]!)[5]).toMatch(/^🆕 new → ❌ fail<br>/);
    expect(rows[2]).not.toContain("→"); // its base entry is ignored: its file is not in the PR
    const unread = deploymentRows(formatSummary(MIXED_REPORT, { changedFiles: PR_OPTIONS.changedFiles }));
    expect(cells(unread[1]!)[5]).toBe("unknown → ✅ pass");
    expect(cells(unread[2]!)[5]).not.toContain("unknown");
  });

  it("keeps to the changed deployments' details and the changed files' findings in the comment", () => {
    const comment = formatSummary(MIXED_REPORT, { ...PR_OPTIONS, comment: true, runUrl: "https://github.com/acme/inference/actions/runs/42", marker: "<!-- llm-physics-summary check/prod -->" });
    expect(detailBlocks(comment).map((l) => l.slice(0, 30))).toEqual([
      "<details><summary>1 unchanged ",
      "<details><summary>chat-small: ",
      "<details><summary>llama-70b: m",
      "<details><summary>Findings in ",
    ]);
    expect(findingItems(comment).map((l) => l.split(" ").slice(0, 3).join(" "))).toEqual(["- ❌ line", "- ⚠️ lines"]);
    expect(comment).toContain("3 findings in files this pull request did not change: see the [workflow run](https://github.com/acme/inference/actions/runs/42).\n");
    expect(comment.endsWith("<!-- llm-physics-summary check/prod -->\n")).toBe(true);
    expect(comment).not.toContain(SUMMARY_MARKER);
  });

  it("shows both sides when the usable memory changed, and — when one side has no estimate", () => {
    const onA100: DeploymentReport = {
      ...BASE_LLAMA_70B,
      scenarios: { ...BASE_LLAMA_70B.scenarios, bf16: { ...BASE_LLAMA_70B.scenarios.bf16!, usableBytesPerGpu: 40e9 } },
    };
    const noEstimate: DeploymentReport = { ...MYSTERY, name: LLAMA_70B.name, file: LLAMA_70B.file };
    const row = (base: DeploymentReport, report: DeploymentReport = LLAMA_70B) =>
      cells(
        deploymentRows(
          formatSummary({ ...CLEAN_REPORT, deployments: [report] }, { base: new Map([[`${LLAMA_70B.file}#llama-70b`, base]]) }),
        )[0]!,
      );
    expect(row(onA100)[3]).toBe("50.2 / 40.0 GB → 30.5 / 77.3 GB");
    expect(row(noEstimate).slice(2, 5)).toEqual(["— → Infrastructure", "— → 30.5 / 77.3 GB", "— → 60.6%"]);
    expect(row(LLAMA_70B, noEstimate).slice(2, 5)).toEqual(["Infrastructure → —", "30.5 / 77.3 GB → —", "60.6% → —"]);
  });
});

describe("escaping", () => {
  const md = formatSummary(HOSTILE_REPORT, { links: LINKS });

  it("lets no HTML through", () => {
    expect(md).not.toMatch(/(?<!\\)<\/?(script|b)\b/); // no tag that is not escaped
    expect(md).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(md).toContain("&lt;script&gt;alert(1)&lt;/script&gt;"); // in <summary>, an HTML block
  });

  it("keeps every pipe inside its cell", () => {
    const rows = deploymentRows(md);
    expect(rows).toHaveLength(1);
    const row = cells(rows[0]!);
    expect(row).toHaveLength(6);
    expect(row[0]).toContain("evil\\|name");
    expect(row[0]).toContain("model\\|evil\\|name");
    expect(row[1]).toBe("4 × gpu\\|\\<b\\>x\\</b\\>");
  });

  it("escapes emphasis, code, links, strikethrough, math, entities and mentions", () => {
    const escaped =
      "evil\\|name \\<script\\>alert(1)\\</script\\> \\*bold\\* \\_it\\_ \\`tick\\` \\[x\\](https://e.vil) @&#8203;org/team \\~\\~s\\~\\~ \\$x\\$ \\&amp; \\#1 \\\\";
    expect(md).toContain(`[${escaped}](`); // the deployment's link text
    expect(md).toContain(`- ❌ [line 4](`);
    expect(md).toContain(`\`unknown-model\` model "${escaped}" is unknown<br>\\# heading<br>\\- item<br>\\> quote\n`);
    expect(md.match(/@(?!&#8203;)/g)).toBeNull(); // no @-mention anywhere
  });

  it("escapes the file path in headings and percent-encodes it in links", () => {
    expect(md).toContain(`### [deploy/we\\|ird (1).yaml](${LINKS.serverUrl}/${LINKS.repository}/blob/${LINKS.sha}/deploy/we%7Cird%20%281%29.yaml)`);
  });

  it("escapes text for markdown and HTML contexts", () => {
    expect(escapeMarkdown("a|b *c* `d` <e> & @f")).toBe("a\\|b \\*c\\* \\`d\\` \\<e\\> \\& @&#8203;f");
    expect(escapeMarkdown("1. one\n+ two\n===")).toBe("1\\. one<br>\\+ two<br>\\===");
    expect(escapeMarkdown("version 0.1.0")).toBe("version 0.1.0");
    expect(escapeHtml(`<a href="x">'&'</a>\n@b`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; @&#8203;b");
  });

  it("fences a rule id that holds backticks", () => {
    const report: CheckReport = { ...HOSTILE_REPORT, findings: [{ ...HOSTILE_REPORT.findings[0]!, ruleId: "a``b" }] };
    expect(formatSummary(report)).toContain("- ❌ line 4 ```a``b``` model");
  });
});

describe("memoryBar", () => {
  const bar = (weights: number, kv: number, workspace: number, usable = 100, minimum = 10) =>
    memoryBar({ weightsBytes: weights, kvCacheBytes: kv, workspaceBytes: workspace, usableBytes: usable }, minimum);
  const cellsOf = (text: string) => [...text.replace(/[╎┃]/g, "")];

  it("stacks weights, KV cache and workspace in 20 cells of 5% each, free after, the minimum marked", () => {
    expect(bar(0, 0, 0)).toBe("⬜".repeat(18) + "╎⬜⬜");
    expect(bar(50, 20, 10)).toBe("🟦".repeat(10) + "🟪🟪🟪🟪🟨🟨⬜⬜╎⬜⬜");
    expect(bar(1, 0, 0)).toBe("🟦" + "⬜".repeat(17) + "╎⬜⬜");
    // Full only at 100%: 99% keeps a free cell.
    expect(cellsOf(bar(90, 9, 0)).filter((c) => c === "⬜")).toHaveLength(1);
    expect(bar(80, 15, 5)).toBe("🟦".repeat(16) + "🟪🟪╎🟪🟨");
    expect(bar(80, 15, 5, 100, 0)).toBe("🟦".repeat(16) + "🟪🟪🟪🟨");
  });

  it("scales to what is needed past usable memory, so that 101% and 700% look different", () => {
    const a101 = bar(90, 10, 1);
    const a700 = bar(600, 90, 10);
    expect(a101).not.toBe(a700);
    // 101%: one red cell past the end of usable memory; 700%: usable memory is 3 cells of 20.
    expect(cellsOf(a101).filter((c) => c === "🟥")).toHaveLength(1);
    expect(a101.indexOf("┃")).toBeGreaterThan(0);
    expect(cellsOf(a700).filter((c) => c === "🟥")).toHaveLength(17);
    expect(cellsOf(a700)).toHaveLength(20);
    expect(cellsOf(bar(5000, 0, 0, 0))).toEqual(Array(20).fill("🟥"));
  });
});

describe("truncation", () => {
  const big = generatedReport(5000, 100);
  const full = formatSummary(big, { maxBytes: UNLIMITED });
  const fullItems = findingItems(full);
  const fullRows = deploymentRows(full);

  const truncationNote = (md: string) => md.split("\n").find((l) => l.startsWith("> ✂️ Truncated"));

  it("does not truncate what fits", () => {
    expect(bytes(full)).toBeGreaterThan(200_000);
    expect(formatSummary(big, { maxBytes: bytes(full) })).toBe(full);
    expect(truncationNote(full)).toBeUndefined();
    expect(fullItems).toHaveLength(5000);
    expect(fullRows).toHaveLength(100);
  });

  it("drops details first, then findings, whole, and says how many", () => {
    const maxBytes = 64 * 1024;
    const md = formatSummary(big, { maxBytes });
    expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
    expect(detailBlocks(md)).toEqual([]);
    expect(deploymentRows(md)).toEqual(fullRows);
    const items = findingItems(md);
    expect(items.length).toBeGreaterThan(0);
    expect(items).toEqual(fullItems.slice(0, items.length)); // whole items, in order
    expect(truncationNote(md)).toBe(
      `> ✂️ Truncated to fit GitHub's 1 MiB summary limit: ${(5000 - items.length).toLocaleString("en-US")} findings and 0 deployments not shown; memory details of 100 deployments left out; the JSON report has everything.`,
    );
    expect(md.endsWith(`${SUMMARY_MARKER}\n`)).toBe(true);
  });

  it("drops table rows last", () => {
    const maxBytes = 8 * 1024;
    const md = formatSummary(big, { maxBytes });
    expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
    expect(findingItems(md)).toEqual([]);
    const rows = deploymentRows(md);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(fullRows.slice(0, rows.length));
    expect(truncationNote(md)).toContain(`: 5,000 findings and ${100 - rows.length} deployments not shown;`);
    expect(md).not.toContain("### deploy/");
  });

  it("keeps only some memory details when that is enough", () => {
    const report = generatedReport(10, 20);
    const all = formatSummary(report, { maxBytes: UNLIMITED });
    const md = formatSummary(report, { maxBytes: bytes(all) - 1 });
    expect(bytes(md)).toBeLessThanOrEqual(bytes(all) - 1);
    expect(findingItems(md)).toEqual(findingItems(all));
    expect(detailBlocks(md).length).toBeGreaterThan(0);
    expect(detailBlocks(md).length).toBeLessThan(20);
    expect(truncationNote(md)).toContain(": 0 findings and 0 deployments not shown; memory details of ");
  });

  it("is never over the limit, down to the bare minimum", () => {
    const report = generatedReport(40, 6, 4);
    const size = bytes(formatSummary(report, { maxBytes: UNLIMITED }));
    for (let maxBytes = size + 10; maxBytes >= 0; maxBytes -= 97) {
      const md = formatSummary(report, { maxBytes, notes: ["annotations: 10 shown of 40"] });
      expect(bytes(md), `maxBytes ${maxBytes}`).toBeLessThanOrEqual(maxBytes);
      if (maxBytes >= 600) {
        expect(md.startsWith("## llm-physics\n")).toBe(true);
        expect(md.endsWith(`${SUMMARY_MARKER}\n`)).toBe(true);
        // Sizes are counted exactly: given its own size, it keeps everything it kept.
        expect(formatSummary(report, { maxBytes: bytes(md), notes: ["annotations: 10 shown of 40"] })).toBe(md);
      }
    }
  });

  it("stays under GitHub's limit by default", () => {
    const huge = generatedReport(12_000, 500);
    const md = formatSummary(huge);
    expect(bytes(formatSummary(huge, { maxBytes: UNLIMITED }))).toBeGreaterThan(1024 * 1024);
    expect(bytes(md)).toBeLessThanOrEqual(DEFAULT_SUMMARY_MAX_BYTES);
    expect(bytes(md)).toBeGreaterThan(DEFAULT_SUMMARY_MAX_BYTES - 2000); // filled, not emptied
    expect(truncationNote(md)).toMatch(/^> ✂️ Truncated to fit GitHub's 1 MiB summary limit: [\d,]+ findings and 0 deployments not shown;/);
  });

  it("keeps base-branch notes and changed files first when it truncates", () => {
    const options: SummaryOptions = { ...PR_OPTIONS, maxBytes: 2500 };
    const md = formatSummary(MIXED_REPORT, options);
    expect(bytes(md)).toBeLessThanOrEqual(2500);
    expect(md).toContain("> base branch main: 2 deployments compared, 1 new\n>\n> ✂️ Truncated to fit");
    expect(deploymentRows(md)[0]).toContain(CHAT_SMALL.name);
  });
});
