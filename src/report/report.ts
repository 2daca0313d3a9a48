import type { Requirement } from "../evaluate/rule.js";
import type { ModelCheckpoint, ModelSource } from "../base/model-input.js";
import type { FactName } from "../base/deployment.js";
import type { MemoryScenario } from "../physics/memory.js";
import type { Precision } from "../physics/precision.js";
import type { Tier } from "../physics/tier.js";
import type { Estimate } from "../estimate/estimate.js";
import type { Finding } from "../base/findings.js";

/**
 * The result of `llm-physics check`, the single input of every output format (text, JSON,
 * SARIF, GitHub workflow commands, job summary). Field names are a contract: the JSON format
 * prints this object, and schemas/report.schema.json describes it.
 */
export interface CheckReport {
  tool: { name: "llm-physics"; version: string };
  deployments: DeploymentReport[];
  /** Every finding not suppressed, in deterministic order (file, line, column, rule). */
  findings: Finding[];
  /** Files passed over on purpose, each with why: never skipped in silence. */
  skipped: Array<{ file: string; reason: string }>;
  summary: {
    errors: number;
    warnings: number;
    notices: number;
    /** Files read (after discovery and the pre-filter). */
    files: number;
    deployments: number;
    /** Findings silenced by an inline `llm-physics-ignore` comment. */
    suppressed: number;
    /** Findings the baseline (`.llm-physics/baseline.json`) accepts, left out of `findings`; absent when no baseline was used. */
    baselined?: number;
  };
}

/** fail: an error finding; incomplete: no error, but no verdict could be given (no GPU, no model); warn: a warning or notice; pass: none. */
export type Verdict = "pass" | "warn" | "fail" | "incomplete";

export { FACT_NAMES, type FactName } from "../base/deployment.js";

/** One fact as it was read: its value and where, so that a reader can check what was understood. */
export interface FactReport {
  value: string | number;
  /** The file it was read from: the deployment's own, or another (a KServe ServingRuntime's). */
  file: string;
  line: number;
  column: number;
  /** Where in the document: `spec.predictor.model.args[2] (--max-model-len)`, or `assumed: …`. */
  path: string;
  /** The reader assumed the value (no manifest declares it); the path says what was assumed. */
  assumed?: true;
}

export interface DeploymentReport {
  name: string;
  file: string;
  line: number;
  format: string;
  model: {
    /** As written in the manifest. */
    input: string;
    /** Catalog id, or null when it could not be resolved. */
    id: string | null;
    name: string | null;
    resolvedFrom: string | null;
    /** Where the facts came from; null when the model did not resolve. */
    source: ModelSource | null;
    /** The commit sha of a Hub or lock model. */
    revision: string | null;
    /** The checkpoint's counts when read, else derived; null without an estimate. */
    paramsTotal: number | null;
    paramsActive: number | null;
    /** Weight bytes in the deployment's precision, exact from the checkpoint when it is in that precision; null without an estimate. */
    weightsBytes: number | null;
    checkpoint: ModelCheckpoint | null;
  };
  /** `gpu`: as the manifest (or the configuration's gpus:) names it; null when nothing names a GPU type. */
  hardware: { gpu: string | null; gpuId: string | null; count: number };
  /** Without a GPU: what the deployment needs per GPU and which catalog GPUs would hold it; null otherwise. */
  requirement: Requirement | null;
  precision: Precision | null;
  tier: Tier | null;
  /** The seed's three scenarios and the deployment's own precision; empty when no estimate was possible. */
  scenarios: Partial<Record<Precision, MemoryScenario>>;
  /** Headroom of the busiest GPU in the deployment's precision, percent of usable memory. */
  headroomPercent: number | null;
  bandwidth: { requiredBytesPerSec: number | null; availableBytesPerSec: number; utilizationPercent: number | null } | null;
  /**
   * What was read, fact by fact, with its place; a fact not declared is absent (the estimate's
   * `inputs` hold the value used instead).
   */
  facts: Partial<Record<FactName, FactReport>>;
  /** The concurrency is an engine's cap (vLLM --max-num-seqs), compared with the KV cache, not a demand. */
  concurrencyIsEngineCap: boolean;
  /** fail: an error finding on this deployment; warn: a warning or notice; pass: none. */
  verdict: Verdict;
  /** The full estimate, as `llm-physics estimate --json` prints it; null when none was possible. */
  estimate: Estimate | null;
  /**
   * The other files of the repository it was read from, sorted: a KServe ServingRuntime's, a
   * NIMCache's, its model's config.json. Absent when it was read from its own file alone. A pull
   * request that changes one of these changes the deployment.
   */
  reads?: string[];
}
