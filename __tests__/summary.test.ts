import { describe, expect, it } from "vitest";
import type { CheckReport, DeploymentReport } from "../src/report/report.js";
import {
  DEFAULT_SUMMARY_MAX_BYTES,
  escapeHtml,
  escapeMarkdown,
  footprintBar,
  formatSummary,
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
const findingItems = (md: string) => md.split("\n").filter((l) => l.startsWith("- "));
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
    const maxBytes = 2400;
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
    expect(md.endsWith(`GB = 10^9 bytes, TB/s = 10^12 bytes/s · llm-physics 0.1.0</sub>\n\n${SUMMARY_MARKER}\n`)).toBe(true);
    expect(md.split(SUMMARY_MARKER)).toHaveLength(2);
  });

  it("says ⚠️ for warnings only and ✅ for notices only", () => {
    const warnings: CheckReport = { ...CLEAN_REPORT, summary: { ...CLEAN_REPORT.summary, warnings: 2, notices: 1 } };
    const notices: CheckReport = { ...CLEAN_REPORT, summary: { ...CLEAN_REPORT.summary, notices: 1 } };
    expect(formatSummary(warnings)).toContain("\n⚠️ 0 errors, 2 warnings, 1 notice in 1 deployment across 1 file\n");
    expect(formatSummary(notices)).toContain("\n✅ 0 errors, 0 warnings, 1 notice in 1 deployment across 1 file\n");
  });

  it("has one table row per deployment with eight cells", () => {
    const rows = deploymentRows(formatSummary(MIXED_REPORT, { links: LINKS }));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(cells(row)).toHaveLength(8);
    const llama = cells(rows[2]!);
    expect(llama[0]).toBe(`[llama-70b](${LINKS.serverUrl}/${LINKS.repository}/blob/${LINKS.sha}/deploy/prod/llama-70b.yaml#L3)<br><sub>deploy/prod/llama-70b.yaml:3</sub>`);
    expect(llama.slice(2)).toEqual(["4 × H100-SXM", "Infrastructure", "`████░░░░░░` 30.5 / 77.3 GB", "60.6%", "2.8 / 13.4 TB/s", "✅ pass"]);
  });

  it("shows — for a deployment without an estimate", () => {
    const rows = deploymentRows(formatSummary(MIXED_REPORT));
    const mystery = cells(rows.find((r) => r.startsWith("| mystery"))!);
    expect(mystery.slice(3)).toEqual(["—", "—", "—", "—", "❌ fail"]);
    expect(detailBlocks(formatSummary(MIXED_REPORT)).some((l) => l.includes("mystery"))).toBe(false);
  });

  it("writes plain file:line without links", () => {
    const md = formatSummary(MIXED_REPORT);
    expect(md).not.toContain("](");
    expect(md).toContain("| chat-small<br><sub>deploy/edge/chat.yaml:1</sub> |");
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
    expect(md).toContain("\n> base branch could not be read: \\<boom\\>\n>\n> \\- 3 findings\n\n|");
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

  it("puts changed files first and marks them", () => {
    expect(rows.map((r) => cells(r)[0])).toEqual([
      "chat-small<br><sub>deploy/edge/chat.yaml:1 · 🆕 new</sub>",
      "llama-70b<br><sub>deploy/prod/llama-70b.yaml:3 · ✏️ changed</sub>",
      "mystery<br><sub>deploy/lab/mystery model.yaml:2</sub>",
    ]);
    const headings = md.split("\n").filter((l) => l.startsWith("### "));
    expect(headings[0]).toBe("### deploy/edge/chat.yaml · ✏️ changed");
    expect(detailBlocks(md).map((l) => l.slice(0, 30))).toEqual(["<details><summary>chat-small: ", "<details><summary>llama-70b: m"]);
  });

  it("shows before → after for a changed deployment", () => {
    const llama = cells(rows[1]!);
    expect(llama[1]).toBe("meta-llama/Llama-3.1-70B-Instruct<br><sub>BF16 → FP8</sub>");
    expect(llama[3]).toBe("Workstation → Infrastructure");
    expect(llama[4]).toBe("`████░░░░░░` 50.2 → 30.5 / 77.3 GB");
    expect(llama[5]).toBe("35.0% → 60.6%");
  });

  it("shows a new deployment and an unchanged file without arrows", () => {
    expect(rows[0]).not.toContain("→");
    expect(rows[2]).not.toContain("→"); // its base entry is ignored: its file is not in the PR
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
    expect(row(onA100)[4]).toBe("`████░░░░░░` 50.2 / 40.0 GB → 30.5 / 77.3 GB");
    expect(row(noEstimate).slice(3, 6)).toEqual(["— → Infrastructure", "`████░░░░░░` — → 30.5 / 77.3 GB", "— → 60.6%"]);
    expect(row(LLAMA_70B, noEstimate).slice(3, 6)).toEqual(["Infrastructure → —", "30.5 / 77.3 GB → —", "60.6% → —"]);
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
    expect(row).toHaveLength(8);
    expect(row[0]).toContain("evil\\|name");
    expect(row[1]).toContain("model\\|evil\\|name");
    expect(row[2]).toBe("4 × gpu\\|\\<b\\>x\\</b\\>");
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

describe("footprintBar", () => {
  it("fills ten cells, full only at 100% and more, with ▲ above", () => {
    expect(footprintBar(0, 100)).toBe("░░░░░░░░░░");
    expect(footprintBar(1, 100)).toBe("█░░░░░░░░░");
    expect(footprintBar(81, 100)).toBe("████████░░");
    expect(footprintBar(99, 100)).toBe("█████████░");
    expect(footprintBar(100, 100)).toBe("██████████");
    expect(footprintBar(101, 100)).toBe("██████████▲");
    expect(footprintBar(5000, 100)).toBe("██████████▲");
    expect(footprintBar(1, 0)).toBe("██████████▲");
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
