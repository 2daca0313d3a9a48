import { compareFindings, type Finding, type Severity } from "../../src/base/findings.js";
import type { CheckReport, DeploymentReport } from "../../src/report/report.js";
import type { SummaryOptions } from "../../src/report/summary.js";
import { MIXED_REPORT } from "./report-fixtures.js";

/**
 * Inputs of the job summary's tests, built from the report fixtures: a base branch for a pull
 * request, a hostile manifest, and generated reports large enough to be truncated.
 */

function deployment(name: string): DeploymentReport {
  const d = MIXED_REPORT.deployments.find((x) => x.name === name);
  if (!d) throw new Error(`no deployment ${name} in MIXED_REPORT`);
  return d;
}

export const LLAMA_70B = deployment("llama-70b");
export const CHAT_SMALL = deployment("chat-small");
export const MYSTERY = deployment("mystery");

export const LINKS: NonNullable<SummaryOptions["links"]> = {
  serverUrl: "https://github.com",
  repository: "acme/inference",
  sha: "4f6c2a9e0b1d3c5e7f9a8b6c4d2e0f1a3b5c7d9e",
};

/**
 * A pull request that moves llama-70b from BF16 (Workstation, as the base branch wrongly had it)
 * to FP8, adds chat-small, and leaves the mystery file alone: its base entry must not show.
 */
export const BASE_LLAMA_70B: DeploymentReport = {
  ...LLAMA_70B,
  precision: "bf16",
  tier: "workstation",
  headroomPercent: LLAMA_70B.scenarios.bf16!.headroomPercent,
};

export const PR_OPTIONS: SummaryOptions = {
  base: new Map<string, DeploymentReport | null>([
    [`${LLAMA_70B.file}#${LLAMA_70B.name}`, BASE_LLAMA_70B],
    [`${CHAT_SMALL.file}#${CHAT_SMALL.name}`, null],
    [`${MYSTERY.file}#${MYSTERY.name}`, { ...MYSTERY, tier: "consumer" }],
  ]),
  changedFiles: new Set([LLAMA_70B.file, CHAT_SMALL.file]),
  notes: ["base branch main: 2 deployments compared, 1 new"],
};

/** Every character a manifest could use to inject markdown or HTML, in every user-provided field. */
export const HOSTILE = "evil|name <script>alert(1)</script> *bold* _it_ `tick` [x](https://e.vil) @org/team ~~s~~ $x$ &amp; #1 \\";

export const HOSTILE_REPORT: CheckReport = {
  tool: { name: "llm-physics", version: "0.1.0" },
  deployments: [
    {
      ...LLAMA_70B,
      name: HOSTILE,
      file: "deploy/we|ird (1).yaml",
      model: { ...LLAMA_70B.model, id: null, input: `model|${HOSTILE}` },
      hardware: { gpu: "gpu|<b>x</b>", gpuId: null, count: 4 },
    },
  ],
  findings: [
    {
      ruleId: "unknown-model",
      severity: "error",
      message: `model "${HOSTILE}" is unknown\n# heading\n- item\n> quote`,
      file: "deploy/we|ird (1).yaml",
      line: 4,
      column: 3,
      endLine: 4,
      endColumn: 9,
      deployment: HOSTILE,
    },
  ],
  skipped: [],
  summary: { errors: 1, warnings: 0, notices: 0, files: 1, deployments: 1, suppressed: 0 },
};

const SEVERITY_CYCLE: Severity[] = ["error", "warning", "notice"];

/**
 * `findings` findings over `files` files and `deployments` copies of llama-70b, with messages of
 * varying length and some non-ASCII text, so that byte and character counts differ.
 */
export function generatedReport(findings: number, deployments: number, files = 50): CheckReport {
  const file = (i: number) => `deploy/team-${String(i % files).padStart(3, "0")}/model.yaml`;
  const list: Finding[] = [];
  for (let i = 0; i < findings; i++) {
    const severity = SEVERITY_CYCLE[i % 3]!;
    const line = 1 + Math.floor(i / files);
    list.push({
      ruleId: severity === "error" ? "vram-exceeds-capacity" : severity === "warning" ? "headroom-below-minimum" : "unused-suppression",
      severity,
      message: `finding ${i}: needs ${(30 + (i % 97)).toFixed(1)} GB per GPU — ${"ü".repeat(i % 40)}`,
      file: file(i),
      line,
      column: 1,
      endLine: line + (i % 5 === 0 ? 2 : 0),
      endColumn: 10,
    });
  }
  list.sort(compareFindings);
  const ds: DeploymentReport[] = [];
  for (let i = 0; i < deployments; i++) ds.push({ ...LLAMA_70B, name: `llama-70b-${i}`, file: file(i), line: 1 + Math.floor(i / files) });
  const count = (s: Severity) => list.filter((f) => f.severity === s).length;
  return {
    tool: { name: "llm-physics", version: "0.1.0" },
    deployments: ds,
    findings: list,
    skipped: [],
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      notices: count("notice"),
      files: Math.min(files, Math.max(findings, deployments)),
      deployments,
      suppressed: 0,
    },
  };
}
