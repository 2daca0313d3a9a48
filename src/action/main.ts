import * as core from "@actions/core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { failsAt, prepareCheckLazily, VERSION, type CheckOptions } from "../pipeline/check.js";
import { finishWithModels, type ModelLookupOptions } from "../pipeline/models.js";
import { realRoot } from "../read/guarded-file.js";
import { ConfigError, loadConfig, type RepoConfig } from "../config/config.js";
import { DiscoveryError } from "../discover/discover.js";
import { RULES } from "../evaluate/rules/index.js";
import { tierRank, type Tier } from "../physics/tier.js";
import { formatGithubCommands, type AnnotationCommand } from "../report/github.js";
import { formatReport } from "../report/index.js";
import { sarifCategory } from "../report/sarif.js";
import type { CheckReport, DeploymentReport } from "../report/report.js";
import type { SummaryOptions } from "../report/summary.js";
import { createHash } from "node:crypto";
import { commentMarker, upsertStickyComment, useId } from "./comment.js";
import { postSuggestions, workspaceLines } from "./suggestions.js";
import { InputError, readInputs, registerSecretInputs, type ActionInputs } from "./inputs.js";
import { apiBaseReader, gitBaseReader, materializeBase, pullRequestFromEvent, type BaseReader, type PullRequest } from "./pull-request.js";
import { writeSarifFile } from "./sarif-file.js";

/**
 * The GitHub Action: the same engine as `llm-physics check`, with annotations on the manifest
 * lines, a job summary, outputs, an optional SARIF file and sticky pull-request comment.
 */

/** Bytes of summary in a pull-request comment: under GitHub's 65,536-character body limit with room for the marker. */
const COMMENT_SUMMARY_MAX_BYTES = 60_000;

/** The highest tier among the deployments, or "" when none has one. */
export function maxTier(report: CheckReport): Tier | "" {
  let max: Tier | "" = "";
  for (const d of report.deployments) if (d.tier && (max === "" || tierRank(d.tier) > tierRank(max))) max = d.tier;
  return max;
}

interface BaseComparison {
  changedFiles: Set<string> | null;
  base: Map<string, DeploymentReport | null> | undefined;
  notes: string[];
}

/**
 * The check with its models looked up in the lock, the runner's tool cache and the Hub. A whole
 * repository is read on a worker thread while the main one parses (prepareCheckLazily), as the
 * CLI does; LLM_PHYSICS_READ_WORKER=0 in the step's env reads on the main thread.
 */
async function check(options: CheckOptions, models: ModelLookupOptions): Promise<CheckReport> {
  const readWorker = process.env.LLM_PHYSICS_READ_WORKER !== "0";
  return (await finishWithModels(await prepareCheckLazily({ readWorker, ...options }), models)).report;
}

/**
 * Whether the pull request changed a deployment: its own file, or a file it reads (its KServe
 * ServingRuntime, its NIMCache, its model's config.json).
 */
export function deploymentChanged(d: DeploymentReport, changedFiles: ReadonlySet<string>): boolean {
  return changedFiles.has(d.file) || (d.reads ?? []).some((file) => changedFiles.has(file));
}

/**
 * The files whose deployments the pull request changed: those it changed, and those of the
 * deployments that read one of them. The summary and the annotations mark and order by file.
 */
export function changedDeploymentFiles(report: CheckReport, changedFiles: ReadonlySet<string>): Set<string> {
  const files = new Set(changedFiles);
  for (const d of report.deployments) if (deploymentChanged(d, changedFiles)) files.add(d.file);
  return files;
}

/** Read the pull request's base side: changed files and each changed deployment as it was. */
async function compareWithBase(pr: PullRequest, workspace: string, config: RepoConfig, inputs: ActionInputs, head: () => Promise<CheckReport>, models: ModelLookupOptions): Promise<BaseComparison> {
  const notes: string[] = [];
  let { reader, problem } = gitBaseReader(workspace, pr);
  let changedFiles: Set<string> | null = null;
  const readers: BaseReader[] = [];
  if (reader) readers.push(reader);
  if (inputs.githubToken) {
    try {
      readers.push(apiBaseReader(pr, inputs.githubToken, process.env.GITHUB_API_URL ?? "https://api.github.com"));
    } catch (error) {
      // A malformed GITHUB_API_URL; the message names it without userinfo or query.
      problem = `${problem ? `${problem}; ` : ""}the GitHub API cannot be used: ${(error as Error).message}`;
    }
  }
  for (const candidate of readers) {
    try {
      changedFiles = await candidate.changedFiles();
      reader = candidate;
      break;
    } catch (error) {
      problem = `${problem ? `${problem}; ` : ""}the GitHub API could not list the pull request's files (${(error as Error).message})`;
      reader = null;
    }
  }
  if (!reader || !changedFiles) {
    notes.push(`The base branch could not be read, so there is no before → after comparison${inputs.onlyChanged ? " and every manifest was checked" : ""}: ${problem ?? "no way to reach it"}.`);
    return { changedFiles: null, base: undefined, notes };
  }
  const report = await head();
  // Each changed deployment is checked on the base with the base versions of the files it reads.
  const changed = report.deployments.filter((d) => deploymentChanged(d, changedFiles!));
  const files = [...new Set(changed.flatMap((d) => [d.file, ...(d.reads ?? [])]))];
  const dir = mkdtempSync(join(tmpdir(), "llm-physics-base-"));
  try {
    const existing = await materializeBase(reader, files, dir);
    const baseReport =
      existing.length > 0
        ? await check({ cwd: dir, paths: existing, config: { ...config, include: undefined, exclude: undefined } }, { ...models, lockRepository: { root: workspace, realRoot: realRoot(workspace) } })
        : null;
    const base = new Map<string, DeploymentReport | null>();
    for (const d of changed) {
      const before = baseReport?.deployments.find((b) => b.file === d.file && b.name === d.name) ?? null;
      base.set(`${d.file}#${d.name}`, before);
    }
    return { changedFiles, base, notes };
  } catch (error) {
    notes.push(`The base versions of the changed manifests could not be read through ${reader.via}: ${(error as Error).message}.`);
    return { changedFiles, base: undefined, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function writeOutputs(report: CheckReport, reportPath: string, passed: boolean): void {
  core.setOutput("report", reportPath);
  core.setOutput("max-tier", maxTier(report));
  core.setOutput("errors", report.summary.errors);
  core.setOutput("warnings", report.summary.warnings);
  core.setOutput("passed", passed ? "true" : "false");
  core.setOutput("deployments", report.summary.deployments);
}

/**
 * The SARIF file, inside the workspace only (see sarif-file.ts). A refused path or a failed write
 * is a warning and the run goes on: the findings are in the annotations and the summary anyway.
 */
function writeSarif(report: CheckReport, workspace: string, sarifFile: string, warn: Warn, config: string | null): void {
  const title = "llm-physics: sarif-file";
  try {
    const result = writeSarifFile(workspace, sarifFile, formatReport("sarif", report, {
        rules: RULES,
        version: VERSION,
        // Code scanning keeps one analysis per category: each job, step and configuration its own.
        category: sarifCategory({ job: process.env.GITHUB_JOB ?? null, step: process.env.GITHUB_ACTION ?? null, config }),
      }));
    if (result.written) core.info(`SARIF written to ${sarifFile}`);
    else warn(result.reason, title);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === "ELOOP" ? "it became a symbolic link while being written" : (e.message ?? String(error));
    warn(`sarif-file "${sarifFile}" could not be written: ${why}; no SARIF file was written. Check that the path is writable.`, title);
  }
}

/** `core.warning`, counted: the action's own warnings take their place in GitHub's 10 before any finding. */
type Warn = (message: string, title: string) => void;

export async function run(): Promise<void> {
  try {
    // First, before anything can print: the runner masks these values in the log from now on.
    registerSecretInputs();
    const inputs = readInputs();
    const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const config = loadConfig(inputs.config, workspace);
    const pr = pullRequestFromEvent(process.env.GITHUB_EVENT_NAME, process.env.GITHUB_EVENT_PATH, process.env.GITHUB_REPOSITORY);

    // Models outside the catalog: the lock, then the runner's tool cache, then the Hub (hf-token for gated ones).
    const models: ModelLookupOptions = {
      env: process.env,
      token: inputs.hfToken,
      ...(process.env.RUNNER_TOOL_CACHE ? { cacheDir: join(process.env.RUNNER_TOOL_CACHE, "llm-physics") } : {}),
    };
    let fullReport: Promise<CheckReport> | null = null;
    const checkAll = () => (fullReport ??= check({ cwd: workspace, paths: inputs.paths, config }, models));
    const comparison: BaseComparison = pr
      ? await compareWithBase(pr, workspace, config, inputs, checkAll, models)
      : { changedFiles: null, base: undefined, notes: inputs.onlyChanged ? ["only-changed applies to pull requests; this run checked every manifest."] : [] };
    const report =
      inputs.onlyChanged && comparison.changedFiles
        ? await check({ cwd: workspace, paths: inputs.paths, config, onlyFiles: comparison.changedFiles }, models)
        : await checkAll();

    const passed = !failsAt(report, inputs.failOn);
    // One report and one comment per use of the action: several uses in a workflow keep theirs apart.
    const use = useId(process.env.GITHUB_JOB, process.env.GITHUB_ACTION);
    const reportPath = join(process.env.RUNNER_TEMP ?? tmpdir(), use === "" ? "llm-physics-report.json" : `llm-physics-report-${use.replace(/\//g, "--")}.json`);
    writeFileSync(reportPath, formatReport("json", report));
    // A deployment is changed when its file or a file it reads (its ServingRuntime) is.
    const changedFiles = comparison.changedFiles ? changedDeploymentFiles(report, comparison.changedFiles) : undefined;

    // GitHub shows 10 annotations of each type per step. The action's own come first (its
    // warnings, written as they happen) or have their place kept (the failure, written last);
    // the findings' annotations, written after, take what is left.
    const own: Record<AnnotationCommand, number> = { error: 0, warning: 0, notice: 0 };
    const warn: Warn = (message, title) => {
      own.warning++;
      core.warning(message, { title });
    };
    if (inputs.sarifFile) writeSarif(report, workspace, inputs.sarifFile, warn, inputs.config ?? null);
    const server = process.env.GITHUB_SERVER_URL ?? "https://github.com";
    const repository = process.env.GITHUB_REPOSITORY;
    const sha = pr?.headSha ?? process.env.GITHUB_SHA;
    const runId = process.env.GITHUB_RUN_ID;
    const summaryOptions: SummaryOptions = {
      links: repository && sha ? { serverUrl: server, repository, sha } : undefined,
      base: comparison.base,
      changedFiles,
      notes: comparison.notes,
      ...(repository && runId && /^\d+$/.test(runId) ? { runUrl: `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${runId}` } : {}),
      ...(config.policy.minHeadroomPercent !== undefined ? { minHeadroomPercent: config.policy.minHeadroomPercent } : {}),
    };
    const markdown = formatReport("markdown", report, summaryOptions);
    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(markdown).write();
    }
    if (inputs.comment) {
      if (!pr) core.info("comment: not a pull request, so no comment was written.");
      else {
        // A comment holds at most 65,536 characters; the summary is cut to fit rather than refused.
        const marker = commentMarker(process.env.GITHUB_JOB, process.env.GITHUB_ACTION);
        const commentOptions: SummaryOptions = { ...summaryOptions, comment: true, marker, maxBytes: COMMENT_SUMMARY_MAX_BYTES };
        const body = formatReport("markdown", report, commentOptions);
        // What the comment says, without the links that name this commit and run: a push that changes nothing sends nothing.
        const fingerprint = createHash("sha256").update(formatReport("markdown", report, { ...commentOptions, links: undefined, runUrl: undefined })).digest("hex");
        const result = await upsertStickyComment(
          { apiUrl: process.env.GITHUB_API_URL ?? "https://api.github.com", token: inputs.githubToken, owner: pr.owner, repo: pr.repo, issueNumber: pr.number },
          body,
          { marker, fingerprint },
        );
        if (result.status === "created" || result.status === "updated" || result.status === "unchanged") core.info(`Pull-request comment ${result.status}: ${result.url}`);
        else warn(result.message, "llm-physics: pull-request comment");
      }
    }
    if (inputs.suggestions && pr && inputs.githubToken.trim() !== "" && report.findings.some((f) => f.fix)) {
      const result = await postSuggestions(
        { apiUrl: process.env.GITHUB_API_URL ?? "https://api.github.com", token: inputs.githubToken, owner: pr.owner, repo: pr.repo, pullNumber: pr.number, headSha: pr.headSha },
        report.findings,
        workspaceLines(workspace, config.maxFileSizeBytes),
      );
      if (result.status === "posted") core.info(`Suggested changes: ${result.count} posted in a pull-request review${result.skipped > 0 ? `, ${result.skipped} already there` : ""}.`);
      else if (result.status === "none") core.info(`Suggested changes: none posted (${result.reason}).`);
      else warn(result.message, "llm-physics: suggested changes");
    }
    if (inputs.annotations) {
      if (!passed) own.error++; // core.setFailed below
      process.stdout.write(formatGithubCommands(report, { ...(changedFiles ? { changedFiles } : {}), reserved: own }));
    }
    writeOutputs(report, reportPath, passed);
    const s = report.summary;
    const counts = `${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s) in ${s.deployments} deployment(s)`;
    if (!passed) core.setFailed(`llm-physics: ${counts}; failing at ${inputs.failOn} and above`);
    else core.info(`llm-physics: ${counts}`);
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof DiscoveryError) core.setFailed(`llm-physics: ${error.message}`);
    else core.setFailed(`llm-physics: internal error: ${(error as Error).message}. Please report it; set ACTIONS_STEP_DEBUG for details.`);
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}
