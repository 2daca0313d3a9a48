import type { Finding } from "../base/findings.js";
import { DEFAULT_MAX_FILE_SIZE_BYTES } from "../config/config.js";
import { repositoryFiles } from "../read/repository-text.js";
import { lineFixes, type LineReader } from "../report/fixes.js";
import { escapeMarkdown } from "../report/summary.js";

export { applyFix, type LineReader } from "../report/fixes.js";
import { createGitHubApi, GitHubApiError, httpAnswer, type GitHubApi, type NewReviewComment } from "./github-api.js";

/**
 * Suggested changes: every finding with one exact fix (Finding.fix) on a line the pull request
 * changed becomes a comment of one pull-request review, with a GitHub suggestion block that one
 * click applies. Lines the pull request did not touch get none; a suggestion already posted (same
 * path, line and body) is not posted again; a refusal (403 for a fork's read-only token, 422 for a
 * line GitHub does not take) is a warning, never a failure.
 */

/** The line numbers of the head (RIGHT) side that a unified diff's hunks add or change. */
export function changedLinesOfPatch(patch: string): Set<number> {
  const lines = new Set<number>();
  let right: number | null = null;
  for (const line of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      right = Number(hunk[1]);
      continue;
    }
    if (right === null) continue;
    if (line.startsWith("+")) lines.add(right++);
    else if (line.startsWith(" ") || line === "") right++;
    // "-" lines are the base side's; "\ No newline at end of file" is neither.
  }
  return lines;
}

/** The longest rule message shown above a suggestion, in characters. */
const MESSAGE_CHARS = 400;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The body of one suggestion: each rule and its message (escaped), then the suggestion block. */
export function suggestionBody(findings: readonly Finding[], line: string): string {
  const reasons = findings.map((f) => `**llm-physics** \`${f.ruleId}\`: ${escapeMarkdown(cut(f.message, MESSAGE_CHARS))}\n\n`).join("");
  return `${reasons}\`\`\`suggestion\n${line}\n\`\`\`\n`;
}

/** Reads files of the workspace through the guarded reader (inside the repository, regular, within the configuration's maxFileSizeBytes: the files the check read). */
export function workspaceLines(workspace: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE_BYTES): LineReader {
  return repositoryFiles(workspace, maxBytes).lines;
}

/**
 * The review comments for the findings' fixes on changed lines: one per path and line, with every
 * fix on that line applied (from the right, so that columns hold; overlapping ones left out), and
 * none whose path, line and body a comment already has.
 */
export function suggestionComments(
  findings: readonly Finding[],
  changedLines: ReadonlyMap<string, ReadonlySet<number>>,
  lines: LineReader,
  existing: ReadonlyArray<{ path: string; line: number | null; body: string }> = [],
): NewReviewComment[] {
  const posted = new Set(existing.map((c) => `${c.path}\n${c.line}\n${c.body.trim()}`));
  const comments: NewReviewComment[] = [];
  for (const { path, line, text, findings: applied } of lineFixes(findings, lines, (path, line) => changedLines.get(path)?.has(line) === true)) {
    // A line holding a code fence would end the suggestion block early.
    if (/`{3,}|~{3,}/.test(text)) continue;
    const body = suggestionBody(applied, text);
    if (posted.has(`${path}\n${line}\n${body.trim()}`)) continue;
    comments.push({ path, line, side: "RIGHT", body });
  }
  return comments;
}

export interface SuggestionTarget {
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
}

export type SuggestionResult =
  | { status: "posted"; count: number; skipped: number }
  | { status: "none"; reason: string }
  | { status: "warning"; message: string };

/**
 * Post the suggestions of `findings` as one review. Never throws for an API or network problem:
 * it comes back as a warning whose message says the request and GitHub's status, never a body.
 */
export async function postSuggestions(target: SuggestionTarget, findings: readonly Finding[], lines: LineReader, options: { timeoutMs?: number } = {}): Promise<SuggestionResult> {
  const fixable = findings.filter((f) => f.fix);
  if (fixable.length === 0) return { status: "none", reason: "no finding has an exact fix" };
  let api: GitHubApi;
  try {
    api = createGitHubApi({ apiUrl: target.apiUrl, token: target.token, timeoutMs: options.timeoutMs });
  } catch (error) {
    return { status: "warning", message: `suggested changes were not posted: ${(error as Error).message}.` };
  }
  const { owner, repo, pullNumber } = target;
  try {
    const changed = new Map<string, Set<number>>();
    for (const file of await api.listPullRequestFiles(owner, repo, pullNumber)) {
      if (file.patch !== undefined) changed.set(file.filename, changedLinesOfPatch(file.patch));
    }
    const candidates = suggestionComments(fixable, changed, lines);
    if (candidates.length === 0) return { status: "none", reason: "no exact fix lies on a line the pull request changed" };
    const comments = suggestionComments(fixable, changed, lines, await api.listReviewComments(owner, repo, pullNumber));
    if (comments.length === 0) return { status: "none", reason: `the ${candidates.length === 1 ? "suggestion was" : `${candidates.length} suggestions were`} already posted` };
    const count = comments.length === 1 ? "1 suggested change" : `${comments.length} suggested changes`;
    await api.createReview(owner, repo, pullNumber, { commitId: target.headSha, body: `llm-physics: ${count} for the findings on lines this pull request changed.`, comments });
    return { status: "posted", count: comments.length, skipped: candidates.length - comments.length };
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    const f = error.failure;
    const request = `${error.method} ${error.path}`;
    if (f.kind !== "http") return { status: "warning", message: `suggested changes were not posted: ${f.message} (${request}).` };
    const hint =
      f.status === 403 || (f.status === 404 && error.method === "POST")
        ? ' The token lacks the "pull-requests: write" permission (pull requests from forks get a read-only token); add it to the job, or set suggestions: false.'
        : f.status === 422
          ? " GitHub did not accept a comment on those lines (the diff may have moved on since this run started)."
          : "";
    return { status: "warning", message: `suggested changes were not posted: ${httpAnswer(f.status, f.message)} to ${request}.${hint}` };
  }
}
