import { createGitHubApi, GitHubApiError, httpAnswer, safeUrl, seconds, type GitHubApi, type IssueComment } from "./github-api.js";

/**
 * The sticky pull-request comment: one comment per pull request, found again on every run by a
 * hidden marker and edited in place, so a busy pull request never collects a pile of reports.
 * API errors never throw: they come back as `forbidden` (the token may not write — the usual
 * case for pull requests from forks) or `failed`, each with a message for the log. Messages hold
 * what github-api.ts keeps of a failure (status, GitHub's one-line `message` with the token
 * replaced), never a response body, and the API URL without userinfo or query.
 */

/** Hidden marker that identifies our comment, when the run names no job or step. */
export const COMMENT_MARKER = "<!-- llm-physics-summary -->";

/**
 * The marker of one use of the action: by its job and step (GITHUB_JOB, GITHUB_ACTION), so that
 * several uses in one workflow keep a comment each. Only `[A-Za-z0-9_.-]` and `/` are kept, so
 * nothing in it can end the HTML comment. Without either, COMMENT_MARKER.
 */
export function commentMarker(job: string | undefined, step: string | undefined): string {
  const id = useId(job, step);
  return id === "" ? COMMENT_MARKER : `<!-- llm-physics-summary ${id} -->`;
}

/** `job/step`, each cut to 100 characters of `[A-Za-z0-9_.-]` (others become `-`); "" when neither is set. */
export function useId(job: string | undefined, step: string | undefined): string {
  return [job, step]
    .map((part) => (part ?? "").trim().slice(0, 100).replace(/[^A-Za-z0-9_.-]/g, "-"))
    .filter((part) => part !== "")
    .join("/");
}

/** A hidden line carrying a digest of what a comment says, to tell an unchanged comment without comparing links. */
export function fingerprintLine(fingerprint: string): string {
  return `<!-- llm-physics-content ${fingerprint.replace(/[^A-Za-z0-9]/g, "").slice(0, 64)} -->`;
}
/** GitHub rejects a comment body longer than this (in characters). */
export const COMMENT_BODY_LIMIT = 65_536;
export const TRUNCATION_NOTE = "✂️ Truncated: the full summary is in the job summary of this run.";

export interface CommentTarget {
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface UpsertOptions {
  /** Time limit for each API request, in milliseconds. Default 15,000. */
  timeoutMs?: number;
  /** The marker that finds the comment again (commentMarker); default COMMENT_MARKER. */
  marker?: string;
  /**
   * A digest of what the comment says without its links (which name the commit and the run):
   * a comment that carries the same is left as it is, neither re-sent nor edited.
   */
  fingerprint?: string;
}

export type CommentResult =
  | { status: "created"; id: number; url: string }
  | { status: "updated"; id: number; url: string }
  | { status: "unchanged"; id: number; url: string }
  | { status: "forbidden"; message: string }
  | { status: "failed"; message: string };

const PERMISSION_HINT =
  'the token lacks the "pull-requests: write" permission (pull requests from forks get a read-only token). ' +
  'Add "permissions: pull-requests: write" to the job, or set comment: false.';

/**
 * Create the marked comment on the pull request, or update the one already there. Throws only for
 * a malformed target (a programming error); every API or network problem is a result.
 */
export async function upsertStickyComment(target: CommentTarget, body: string, options: UpsertOptions = {}): Promise<CommentResult> {
  if (!Number.isSafeInteger(target.issueNumber) || target.issueNumber <= 0) {
    throw new TypeError(`upsertStickyComment: issueNumber must be a positive integer, got ${target.issueNumber}`);
  }
  if (target.owner === "" || target.repo === "") {
    throw new TypeError("upsertStickyComment: owner and repo must not be empty");
  }
  let api: GitHubApi;
  try {
    api = createGitHubApi({ apiUrl: target.apiUrl, token: target.token, timeoutMs: options.timeoutMs });
  } catch (error) {
    return { status: "failed", message: `cannot write the pull-request comment: ${(error as Error).message}.` };
  }
  const marker = options.marker ?? COMMENT_MARKER;
  const stamp = options.fingerprint ? `${fingerprintLine(options.fingerprint)}\n` : "";
  const text = prepareCommentBody(body, COMMENT_BODY_LIMIT - stamp.length, marker) + stamp;
  const { owner, repo, issueNumber } = target;
  try {
    const existing = pickStickyComment(await api.listIssueComments(owner, repo, issueNumber), marker);
    if (existing && (existing.body === text || (stamp !== "" && existing.body.includes(stamp.trim())))) {
      return { status: "unchanged", id: existing.id, url: existing.html_url };
    }
    if (existing) {
      try {
        const updated = await api.updateIssueComment(owner, repo, existing.id, text);
        return { status: "updated", id: updated.id, url: updated.html_url };
      } catch (error) {
        // Deleted between the listing and the edit: post a new one instead.
        if (!(isHttpError(error, 404) && error.method === "PATCH")) throw error;
      }
    }
    const created = await api.createIssueComment(owner, repo, issueNumber, text);
    return { status: "created", id: created.id, url: created.html_url };
  } catch (error) {
    if (error instanceof GitHubApiError) return describeFailure(error, target, api);
    throw error;
  }
}

/**
 * The comment to update among those of the pull request: the oldest that carries the marker,
 * preferring one written by a bot (github-actions[bot], an app) over one a person wrote or quoted.
 */
export function pickStickyComment(comments: readonly IssueComment[], marker = COMMENT_MARKER): IssueComment | undefined {
  const marked = comments.filter((c) => c.body.includes(marker)).sort((a, b) => a.id - b.id);
  return marked.find((c) => c.user?.type === "Bot") ?? marked[0];
}

/**
 * The body as posted: with the marker (appended if absent), and within GitHub's limit — cut at a
 * line boundary, with open code fences and <details> closed, then the truncation note.
 */
export function prepareCommentBody(body: string, limit = COMMENT_BODY_LIMIT, marker = COMMENT_MARKER): string {
  const marked = body.includes(marker) ? body : `${body.replace(/\s+$/, "")}\n\n${marker}\n`;
  if (marked.length <= limit) return marked;
  if (limit < 1000) throw new RangeError(`prepareCommentBody: limit ${limit} leaves no room for the truncation note`);

  let budget = limit;
  for (;;) {
    let head = cutAtLine(marked, budget);
    // A cut inside an HTML comment would hide everything after it, the note included.
    const open = head.lastIndexOf("<!--");
    if (open > head.lastIndexOf("-->")) head = head.slice(0, open);
    head = head.replace(/\s+$/, "");
    head += closers(head);
    const suffix = `\n\n${TRUNCATION_NOTE}\n` + (head.includes(marker) ? "" : `\n${marker}\n`);
    const result = head + suffix;
    if (result.length <= limit) return result;
    budget -= result.length - limit;
  }
}

/** The longest prefix of `text` no longer than `max` that ends at a line end (mid-line if need be). */
function cutAtLine(text: string, max: number): string {
  if (max <= 0) return "";
  const prefix = text.slice(0, max);
  if (text.length > max && text[max] === "\n") return prefix;
  const newline = prefix.lastIndexOf("\n");
  if (newline > 0) return prefix.slice(0, newline);
  // One line longer than the limit: cut it, but not between the halves of a surrogate pair.
  const last = prefix.charCodeAt(prefix.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? prefix.slice(0, -1) : prefix;
}

/** What closes the code fence and the <details> blocks a cut left open. */
function closers(head: string): string {
  let out = "";
  let fence: string | undefined;
  let details = 0;
  for (const line of head.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    details += (line.match(/<details[\s>]/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
  }
  if (fence !== undefined) out += `\n${fence}`;
  for (let i = 0; i < details; i++) out += "\n\n</details>";
  return out;
}

/** `x-accepted-github-permissions` as GitHub writes it: `name=level` pairs joined by `;`, `,` or `&`, short. */
const ACCEPTED_PERMISSIONS = /^(?=.{1,200}$)[a-z_]+=[a-z]+(?:\s*[;,&]\s*[a-z_]+=[a-z]+)*$/;

function isHttpError(error: unknown, status: number): error is GitHubApiError {
  return error instanceof GitHubApiError && error.failure.kind === "http" && error.failure.status === status;
}

function describeFailure(error: GitHubApiError, target: CommentTarget, api: GitHubApi): CommentResult {
  const write = error.method !== "GET";
  const what = write ? "cannot write the pull-request comment" : "cannot read the pull-request comments";
  const request = `${error.method} ${error.path}`;
  const failure = error.failure;
  const apiUrl = safeUrl(api.apiUrl);
  switch (failure.kind) {
    case "timeout":
      return { status: "failed", message: `${what}: the GitHub API at ${apiUrl} gave no answer within ${seconds(api.timeoutMs)} (${request}).` };
    case "network":
      return { status: "failed", message: `${what}: cannot reach the GitHub API at ${apiUrl}: ${failure.message} (${request}).` };
    case "invalid":
      return { status: "failed", message: `${what}: unexpected answer from the GitHub API: ${failure.message} (${request}).` };
    case "http":
      break;
  }
  const answer = `${httpAnswer(failure.status, failure.message)} to ${request}`;
  const headers = failure.headers;
  if ((failure.status === 403 || failure.status === 429) && (headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(failure.message))) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : "";
    return { status: "failed", message: `${what}: the GitHub API rate limit is exhausted${when}. ${answer}.` };
  }
  // Repeated only in GitHub's own shape (`issues=write; pull_requests=write`): a header is the server's text.
  const accepted = headers["x-accepted-github-permissions"];
  const acceptedNote = accepted && ACCEPTED_PERMISSIONS.test(accepted) ? ` GitHub accepts: ${accepted}.` : "";
  if (failure.status === 403 || /not accessible by/i.test(failure.message)) {
    return { status: "forbidden", message: `${what}: ${PERMISSION_HINT} ${answer}.${acceptedNote}` };
  }
  if (failure.status === 404 && write) {
    // The listing of the same pull request worked: a 404 on writing is GitHub hiding a missing permission.
    return { status: "forbidden", message: `${what}: ${PERMISSION_HINT} ${answer}.${acceptedNote}` };
  }
  if (failure.status === 401) {
    return { status: "failed", message: `${what}: the GitHub token was rejected (expired or invalid). ${answer}.` };
  }
  if (failure.status === 404) {
    return {
      status: "failed",
      message: `${what}: pull request #${target.issueNumber} not found in ${target.owner}/${target.repo}, or the token cannot see the repository. ${answer}.`,
    };
  }
  return { status: "failed", message: `${what}: ${answer}.` };
}

