import { getOctokit } from "@actions/github";

/**
 * A thin layer over the Octokit of `@actions/github` for the few REST calls the action makes.
 * It adds what Octokit leaves out: a time limit on every request, pagination that only follows
 * links to the same API, checks on the shape of answers, and one error type (GitHubApiError)
 * that says plainly what went wrong — HTTP status, network failure or timeout — and on which
 * request.
 *
 * Behaviour of `@actions/github` 9 worth knowing (read from its source):
 * - `getOctokit(token, options)` is Octokit core + REST endpoint methods + paginate, and nothing
 *   else: no retry plugin and no throttling plugin, so a failed request fails once; and no
 *   timeout either, so without a signal a silent server keeps a request waiting for minutes.
 * - Its defaults are computed when the module is first imported: `baseUrl` from
 *   `GITHUB_API_URL` (else https://api.github.com), and a `request.fetch` that goes through the
 *   proxy (`https_proxy`/`no_proxy`, loopback always bypassed) chosen for *that* URL. Options are
 *   merged shallowly, so `baseUrl` overrides the URL but passing `request` in the options would
 *   drop the proxy-aware fetch; per-request `request` options are merged deeply, which is how
 *   the signal is passed here.
 * - The token is sent as `Authorization: token <token>` (`bearer` for a three-part JWT).
 * - A network failure surfaces as a RequestError with status 500 and no `response`; only the
 *   absence of a response tells it apart from a real HTTP 500. Its message is the fetch error's
 *   cause (`connect ECONNREFUSED 127.0.0.1:443`), or for a URL with a user name or password the
 *   whole URL, userinfo and query included.
 * - For an HTTP error its message is built from the response body: the whole text of a non-JSON
 *   body (a proxy's HTML page), or the JSON `message`, `errors` and `documentation_url` — so a
 *   hostile server that echoes the Authorization header back would put the token in it. The
 *   message is never used here: an HTTP failure says its status, and GitHub's own JSON `message`
 *   only when that is one short line, with the token replaced by `***`.
 * - It logs deprecation warnings to `request.log` (the console by default) with a link read
 *   from the `Link` header; the logger passed with each request here redacts the token and
 *   URLs' userinfo and query first.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
/** 100 pages of 100: a thread longer than that is read no further. */
const MAX_PAGES = 100;

export interface GitHubApiOptions {
  /** e.g. https://api.github.com or https://ghe.example.com/api/v3 */
  apiUrl: string;
  token: string;
  /** Time limit for each request. Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** The longest GitHub error `message` repeated in our messages, in characters; a longer one is left out. */
export const MAX_GITHUB_MESSAGE_CHARS = 200;

export type ApiFailure =
  /**
   * `message` is GitHub's JSON `message` (one line of at most MAX_GITHUB_MESSAGE_CHARS, the token
   * replaced by `***`), or "" when the body had none such: the body itself is never kept.
   * `headers` are the response's, lower-cased, with the token replaced by `***`.
   */
  | { kind: "http"; status: number; message: string; headers: Record<string, string | undefined> }
  | { kind: "network"; message: string }
  | { kind: "timeout"; message: string }
  | { kind: "invalid"; message: string };

/** A request that did not succeed. `method` and `path` name it for messages. */
export class GitHubApiError extends Error {
  constructor(
    readonly failure: ApiFailure,
    readonly method: string,
    readonly path: string,
  ) {
    super(`${method} ${path}: ${failure.kind === "http" ? httpAnswer(failure.status, failure.message) : failure.message}`);
    this.name = "GitHubApiError";
  }
}

export interface IssueComment {
  id: number;
  body: string;
  user: { login: string; type: string } | null;
  html_url: string;
}

export interface PullRequestFile {
  filename: string;
  status: string;
  previous_filename?: string;
  /** The file's unified diff hunks; absent for a binary file or a diff too large for GitHub to show. */
  patch?: string;
}

/** A review comment on a pull request's diff, as the suggestions compare them. */
export interface ReviewComment {
  id: number;
  path: string;
  /** The line on the RIGHT (or LEFT) side; null for a comment on an outdated diff. */
  line: number | null;
  body: string;
}

/** A comment of a review as it is posted: on one line of the head side of the diff. */
export interface NewReviewComment {
  path: string;
  line: number;
  side: "RIGHT";
  body: string;
}

export interface GitHubApi {
  /** The API URL as given, without a trailing slash. In messages, use safeUrl(apiUrl). */
  readonly apiUrl: string;
  readonly timeoutMs: number;
  listIssueComments(owner: string, repo: string, issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(owner: string, repo: string, issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(owner: string, repo: string, commentId: number, body: string): Promise<IssueComment>;
  /** The text of a file at a ref, or undefined if the file does not exist there (404). */
  readFileAtRef(owner: string, repo: string, path: string, ref: string): Promise<string | undefined>;
  listPullRequestFiles(owner: string, repo: string, pullNumber: number): Promise<PullRequestFile[]>;
  listReviewComments(owner: string, repo: string, pullNumber: number): Promise<ReviewComment[]>;
  /** `POST /pulls/{n}/reviews` with event COMMENT; the review's id. */
  createReview(owner: string, repo: string, pullNumber: number, review: { commitId: string; body: string; comments: NewReviewComment[] }): Promise<number>;
}

interface RawResponse {
  status: number;
  data: unknown;
  headers: Record<string, string | number | undefined>;
}

/** Throws (a plain Error) only for an empty token or an API URL that is not an http(s) URL. */
export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const apiUrl = options.apiUrl.replace(/\/+$/, "");
  let origin: string;
  try {
    const parsed = new URL(apiUrl);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error("not http(s)");
    origin = parsed.origin;
  } catch {
    throw new Error(`the GitHub API URL "${redact(safeUrl(options.apiUrl), options.token)}" is not an http(s) URL`);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(apiUrl)) {
    // fetch refuses such a URL, and its error would repeat the password.
    throw new Error(`the GitHub API URL "${safeUrl(apiUrl)}" must not hold a user name or password; the token is sent in a header`);
  }
  if (options.token.trim() === "") throw new Error("no GitHub token was given");
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const secrets = [options.token, options.token.trim()];
  const scrub = (text: unknown) => redact(redactUrls(String(text)), ...secrets);
  // @octokit/request logs through `request.log` (the console by default), not the Octokit's `log`.
  const log = {
    debug: () => {},
    info: () => {},
    warn: (message: unknown) => console.warn(scrub(message)),
    error: (message: unknown) => console.error(scrub(message)),
  };
  const octokit = getOctokit(options.token.trim(), {
    baseUrl: apiUrl,
    // Loopback (a local fake, a tunnel): plain fetch, never a proxy — @actions/github would pick
    // its proxy for the URL in GITHUB_API_URL at import time, not for this one.
    ...(isLoopback(apiUrl) ? { request: { fetch: globalThis.fetch } } : {}),
  });

  /** `path` is already percent-encoded; an absolute URL (a Link) is used as it is. */
  async function send(method: string, path: string, params: Record<string, unknown> = {}): Promise<RawResponse> {
    const signal = AbortSignal.timeout(timeoutMs);
    // A Link URL comes from the server: its query could hold anything.
    const shown = redact(path.startsWith("http") ? path.slice(origin.length) : path, ...secrets);
    try {
      const response = await octokit.request({ method, url: path, ...params, request: { signal, log } });
      // Octokit swallows a failure while reading the body (it returns ""): a body cut off by the
      // time limit must still count as a timeout.
      if (signal.aborted) throw new Error("aborted");
      return { status: response.status, data: response.data, headers: response.headers };
    } catch (error) {
      if (signal.aborted) {
        throw new GitHubApiError({ kind: "timeout", message: `no answer within ${seconds(timeoutMs)}` }, method, shown);
      }
      throw toApiError(error, method, shown, secrets);
    }
  }

  /** Every item of a list endpoint, following `Link: rel="next"` within the same API. */
  async function getAllPages(path: string, query: Record<string, unknown>): Promise<unknown[]> {
    const items: unknown[] = [];
    const seen = new Set<string>();
    let next: string | undefined = path;
    let params: Record<string, unknown> = query;
    for (let pageCount = 0; next !== undefined && pageCount < MAX_PAGES; pageCount++) {
      const response = await send("GET", next, params);
      if (!Array.isArray(response.data)) {
        throw new GitHubApiError({ kind: "invalid", message: `expected a JSON array, got ${describe(response.data)}` }, "GET", path);
      }
      items.push(...response.data);
      seen.add(next);
      next = nextLink(response.headers.link);
      params = {}; // the next link carries the whole query
      if (next !== undefined) {
        if (!next.startsWith(`${origin}/`)) {
          // The token goes with every request: never to another host.
          throw new GitHubApiError(
            { kind: "invalid", message: `pagination link leaves the API for ${redact(originOf(next), ...secrets)}, not followed: the token goes with every request` },
            "GET",
            path,
          );
        }
        if (seen.has(next)) break;
      }
    }
    return items;
  }

  const repoPath = (owner: string, repo: string) => `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;

  return {
    apiUrl,
    timeoutMs,
    async listIssueComments(owner, repo, issueNumber) {
      const path = `${repoPath(owner, repo)}/issues/${issueNumber}/comments`;
      const items = await getAllPages(path, { per_page: 100 });
      return items.filter(isIssueComment).map(normalizeComment);
    },
    async createIssueComment(owner, repo, issueNumber, body) {
      const path = `${repoPath(owner, repo)}/issues/${issueNumber}/comments`;
      const response = await send("POST", path, { data: { body } });
      return expectComment(response, "POST", path);
    },
    async updateIssueComment(owner, repo, commentId, body) {
      const path = `${repoPath(owner, repo)}/issues/comments/${commentId}`;
      const response = await send("PATCH", path, { data: { body } });
      return expectComment(response, "PATCH", path);
    },
    async readFileAtRef(owner, repo, filePath, ref) {
      const encoded = filePath.split("/").filter((s) => s !== "").map(encodeURIComponent).join("/");
      const path = `${repoPath(owner, repo)}/contents/${encoded}`;
      let response: RawResponse;
      try {
        response = await send("GET", path, { ref });
      } catch (error) {
        if (error instanceof GitHubApiError && error.failure.kind === "http" && error.failure.status === 404) return undefined;
        throw error;
      }
      const data = response.data as { type?: unknown; encoding?: unknown; content?: unknown } | null;
      if (typeof data !== "object" || data === null || Array.isArray(data) || (data.type !== undefined && data.type !== "file")) {
        throw new GitHubApiError({ kind: "invalid", message: `"${filePath}" at ${ref} is not a file` }, "GET", path);
      }
      if (data.encoding !== "base64" || typeof data.content !== "string") {
        // The contents API leaves out the content of files over 1 MB (encoding "none").
        throw new GitHubApiError(
          { kind: "invalid", message: `no base64 content for "${filePath}" at ${ref} (encoding ${String(data.encoding)}; files over 1 MB are not inlined)` },
          "GET",
          path,
        );
      }
      return Buffer.from(data.content, "base64").toString("utf8");
    },
    async listPullRequestFiles(owner, repo, pullNumber) {
      const path = `${repoPath(owner, repo)}/pulls/${pullNumber}/files`;
      const items = await getAllPages(path, { per_page: 100 });
      return items.filter(isPullRequestFile);
    },
    async listReviewComments(owner, repo, pullNumber) {
      const path = `${repoPath(owner, repo)}/pulls/${pullNumber}/comments`;
      const items = await getAllPages(path, { per_page: 100 });
      return items.filter(isReviewComment).map((c) => ({ id: c.id, path: c.path, line: typeof c.line === "number" ? c.line : null, body: c.body ?? "" }));
    },
    async createReview(owner, repo, pullNumber, review) {
      const path = `${repoPath(owner, repo)}/pulls/${pullNumber}/reviews`;
      const response = await send("POST", path, { data: { commit_id: review.commitId, event: "COMMENT", body: review.body, comments: review.comments } });
      const id = (response.data as { id?: unknown } | null)?.id;
      if (typeof id !== "number") throw new GitHubApiError({ kind: "invalid", message: `expected a review, got ${describe(response.data)}` }, "POST", path);
      return id;
    },
  };
}

function toApiError(error: unknown, method: string, path: string, secrets: readonly string[]): GitHubApiError {
  const e = error as { status?: unknown; response?: { headers?: Record<string, unknown>; data?: unknown } } | null;
  if (e && typeof e.status === "number" && e.response) {
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(e.response.headers ?? {})) {
      headers[name.toLowerCase()] = value === undefined ? undefined : redact(String(value), ...secrets);
    }
    return new GitHubApiError({ kind: "http", status: e.status, message: githubMessage(e.response.data, secrets), headers }, method, path);
  }
  // Octokit reports a failed fetch as a RequestError with status 500 and no response.
  return new GitHubApiError({ kind: "network", message: networkMessage(error, secrets) }, method, path);
}

/**
 * GitHub's own error message from a response body: the `message` of a JSON object when it is
 * one line of at most MAX_GITHUB_MESSAGE_CHARS, with the token replaced; else "". Anything
 * else in the body (an HTML page, `errors`, `documentation_url`) is never repeated.
 */
function githubMessage(data: unknown, secrets: readonly string[]): string {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "";
  const message = (data as { message?: unknown }).message;
  if (typeof message !== "string" || message.length > MAX_GITHUB_MESSAGE_CHARS) return "";
  // One line, no control characters: nothing that could end a workflow command or start another.
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(message)) return "";
  return redact(message.trim(), ...secrets);
}

/**
 * A network failure in one line: the fetch error's message with URLs stripped of userinfo and
 * query, the token replaced, and its system error code (ECONNREFUSED, ENOTFOUND…) when the
 * message does not already say it.
 */
function networkMessage(error: unknown, secrets: readonly string[]): string {
  const raw = error instanceof Error ? error.message : String(error);
  let message = oneLine(redact(redactUrls(raw), ...secrets));
  let code: string | undefined;
  let cause: unknown = error;
  for (let depth = 0; depth < 5 && cause !== null && typeof cause === "object" && code === undefined; depth++) {
    const c = (cause as { code?: unknown }).code;
    if (typeof c === "string" && /^[A-Z][A-Z0-9_]{1,40}$/.test(c)) code = c;
    cause = (cause as { cause?: unknown }).cause;
  }
  if (message === "") message = "the request failed";
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

/** What GitHub answered, for messages: `GitHub answered 500 "Server Error"`. */
export function httpAnswer(status: number, message: string): string {
  return message ? `GitHub answered ${status} "${message}"` : `GitHub answered ${status}, with no GitHub error message (the body is not shown)`;
}

/** `text` with every occurrence of each non-empty secret replaced by `***`. */
export function redact(text: string, ...secrets: readonly string[]): string {
  let out = text;
  // Longest first, so that a secret containing another is replaced whole.
  for (const secret of [...new Set(secrets)].filter((s) => s !== "").sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join("***");
  }
  return out;
}

/** A URL without its userinfo, query and fragment: `https://user:pw@host/p?q=1` → `https://host/p`. */
export function safeUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, "$1").replace(/[?#].*$/s, "");
}

/** `text` with every URL in it made safeUrl. */
export function redactUrls(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi, (url) => safeUrl(url));
}

/** The origin of a URL for messages, or a word saying it has none. */
function originOf(url: string): string {
  try {
    const origin = new URL(url).origin;
    return origin === "null" ? "a URL without an origin" : origin;
  } catch {
    return "a malformed URL";
  }
}

function expectComment(response: RawResponse, method: string, path: string): IssueComment {
  if (!isIssueComment(response.data)) {
    throw new GitHubApiError({ kind: "invalid", message: `expected a comment, got ${describe(response.data)}` }, method, path);
  }
  return normalizeComment(response.data);
}

interface RawComment {
  id: number;
  body?: string | null;
  user?: { login?: unknown; type?: unknown } | null;
  html_url: string;
}

function normalizeComment(raw: RawComment): IssueComment {
  const user = raw.user && typeof raw.user.login === "string" ? { login: raw.user.login, type: String(raw.user.type ?? "") } : null;
  return { id: raw.id, body: raw.body ?? "", user, html_url: raw.html_url };
}

function isIssueComment(value: unknown): value is RawComment {
  const v = value as Partial<RawComment> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.id === "number" &&
    typeof v.html_url === "string" &&
    (typeof v.body === "string" || v.body === undefined || v.body === null)
  );
}

function isPullRequestFile(value: unknown): value is PullRequestFile {
  const v = value as Partial<PullRequestFile> | null;
  return typeof v === "object" && v !== null && typeof v.filename === "string" && typeof v.status === "string";
}

function isReviewComment(value: unknown): value is { id: number; path: string; line?: unknown; body?: string | null } {
  const v = value as { id?: unknown; path?: unknown; body?: unknown } | null;
  return typeof v === "object" && v !== null && typeof v.id === "number" && typeof v.path === "string" && (typeof v.body === "string" || v.body == null);
}

function nextLink(header: string | number | undefined): string | undefined {
  if (typeof header !== "string") return undefined;
  return /<([^<>]+)>;\s*rel="next"/.exec(header)?.[1];
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return host === "localhost" || host.startsWith("127.") || host === "[::1]";
}

function describe(data: unknown): string {
  if (data === "" || data === undefined) return "an empty answer";
  if (Array.isArray(data)) return "an array";
  // The text itself is not repeated: it could be anything the server chose, the token included.
  return typeof data === "string" ? `text that is not JSON (${data.length} characters, not shown)` : typeof data;
}

/** A message in one line, and not too long. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}

/** A timeout as messages say it: `0.3 s`, `10 s`. */
export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
