import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local HTTP server that plays the part of the GitHub REST API for the endpoints llm-physics
 * uses, from in-memory state. Tests point the code under test at `fake.url` (in-process through
 * `apiUrl`, or a child process through `GITHUB_API_URL`) and then assert on `fake.requests` and
 * on the state (`fake.comments(...)`).
 *
 * Served:
 * - `GET    /repos/{owner}/{repo}/issues/{n}/comments`      (paginated: per_page ≤ 100, page, Link)
 * - `POST   /repos/{owner}/{repo}/issues/{n}/comments`      (201; 422 past 65,536 characters)
 * - `GET    /repos/{owner}/{repo}/issues/comments/{id}`
 * - `PATCH  /repos/{owner}/{repo}/issues/comments/{id}`     (404 if there is no such comment)
 * - `DELETE /repos/{owner}/{repo}/issues/comments/{id}`     (204)
 * - `GET    /repos/{owner}/{repo}/contents/{path}?ref=REF`  (base64 content from `files[REF]`)
 * - `GET    /repos/{owner}/{repo}/pulls/{n}/files`          (paginated, from `pullFiles`, with their `patch`)
 * - `GET    /repos/{owner}/{repo}/pulls/{n}/comments`       (paginated: the review comments, seeded and posted)
 * - `POST   /repos/{owner}/{repo}/pulls/{n}/reviews`        (200; 422 for a comment on a line outside the
 *                                                            file's diff hunks, or without path, line or body)
 * Anything else answers 404 `{"message":"Not Found"}`, like GitHub. `intercept` can answer any
 * request with any status, JSON body or raw text (an HTML error page, say) instead.
 *
 * Every request is recorded, including those answered with an error or never answered.
 */

export interface SeedComment {
  body: string;
  /** Default `octocat` (a human). */
  login?: string;
  /** Default `Bot` when login ends in `[bot]`, else `User`. */
  type?: "User" | "Bot";
}

export interface FakeComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; id: number; type: "User" | "Bot" };
  html_url: string;
  issue_url: string;
  url: string;
  created_at: string;
  updated_at: string;
}

export interface PullFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  previous_filename?: string;
  /** Unified diff hunks, as GitHub gives them; a review comment must lie on a line of one. */
  patch?: string;
}

/** A review comment, as `GET /pulls/{n}/comments` lists it (the fields the action reads, and a few more). */
export interface FakeReviewComment {
  id: number;
  pull_request_review_id: number | null;
  path: string;
  line: number | null;
  side: "LEFT" | "RIGHT";
  body: string;
  commit_id: string;
  user: { login: string; id: number; type: "User" | "Bot" };
}

/** A review as posted: what the request carried. */
export interface FakeReview {
  id: number;
  event: unknown;
  body: unknown;
  commit_id: unknown;
  comments: FakeReviewComment[];
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, as sent (percent-encoding kept). */
  path: string;
  query: Record<string, string>;
  /** Node's lower-cased headers, e.g. `headers.authorization`. */
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, the raw text if it was not JSON, undefined if there was none. */
  body: unknown;
}

export interface FakeReply {
  status: number;
  /** Sent as JSON (`application/json; charset=utf-8`). */
  body?: unknown;
  /** Sent as it is instead of `body`, with `contentType`: a proxy's HTML page, a truncated answer. */
  raw?: string;
  /** The Content-Type of `raw`. Default `text/plain; charset=utf-8`. */
  contentType?: string;
  headers?: Record<string, string>;
}

export interface FakeGitHubOptions {
  /** Comments to start with, keyed `owner/repo#number`, oldest first. */
  comments?: Record<string, SeedComment[]>;
  /** File contents per git ref (branch name or SHA) and repository path; any repository. */
  files?: Record<string, Record<string, string>>;
  /** The ref that `contents` uses when the request has no `ref`. Default `main`. */
  defaultRef?: string;
  /** Changed files per pull request, keyed `owner/repo#number`. */
  pullFiles?: Record<string, PullFile[]>;
  /** Review comments to start with, keyed `owner/repo#number` (as if posted by earlier runs or people). */
  reviewComments?: Record<string, Array<{ path: string; line: number; body: string; login?: string }>>;
  /** Who authors the comments created through the API. Default `github-actions[bot]` (Bot). */
  actor?: { login: string; type: "User" | "Bot" };
  /** Writes answer 403 "Resource not accessible by integration", as for a fork's read-only token. */
  readOnly?: boolean;
  /** Every request answers this status with `{"message": ...}` (e.g. 500, 502). */
  failWith?: number;
  /** Never answer any request (the connection stays open until the client gives up or close()). */
  hang?: boolean;
  /** When set, requests must carry `Authorization: token <token>` or `Bearer <token>`, else 401. */
  token?: string;
  /**
   * Called first for every request: return a reply to send it instead of the normal handling,
   * "hang" to never answer, or undefined to carry on.
   */
  intercept?: (request: RecordedRequest) => FakeReply | "hang" | undefined;
}

export interface FakeGitHub {
  /** Base URL of the API, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Live options: change `readOnly`, `failWith`, `hang`, `intercept`… between steps of a test. */
  options: FakeGitHubOptions;
  /** The comments of an issue or pull request, oldest first (the live objects). */
  comments(owner: string, repo: string, issueNumber: number): FakeComment[];
  /** The reviews posted to a pull request, oldest first. */
  reviews(owner: string, repo: string, pullNumber: number): FakeReview[];
  /** The review comments of a pull request (seeded and posted), oldest first. */
  reviewComments(owner: string, repo: string, pullNumber: number): FakeReviewComment[];
  /** Append comments to an issue or pull request, as if people had posted them. */
  addComments(owner: string, repo: string, issueNumber: number, seeds: SeedComment[]): FakeComment[];
  close(): Promise<void>;
}

export const FAKE_BODY_LIMIT = 65_536;
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;
/** Above 2^31, as real comment ids are, so nothing may squeeze them into 32 bits. */
const FIRST_COMMENT_ID = 2_300_000_001;
const DOCS = "https://docs.github.com/rest";

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const issues = new Map<string, FakeComment[]>();
  const reviews = new Map<string, FakeReview[]>();
  const reviewComments = new Map<string, FakeReviewComment[]>();
  const listOf = <T>(map: Map<string, T[]>, k: string): T[] => {
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    return list;
  };
  let nextId = FIRST_COMMENT_ID;
  let clock = Date.UTC(2025, 0, 1);
  let url = "";

  const now = () => new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, "Z");
  const key = (owner: string, repo: string, n: number) => `${owner}/${repo}#${n}`;
  const thread = (owner: string, repo: string, n: number): FakeComment[] => {
    const k = key(owner, repo, n);
    let list = issues.get(k);
    if (!list) issues.set(k, (list = []));
    return list;
  };
  const makeComment = (owner: string, repo: string, n: number, body: string, login: string, type: "User" | "Bot"): FakeComment => {
    const id = nextId++;
    const at = now();
    return {
      id,
      node_id: `IC_fake${id}`,
      body,
      user: { login, id: type === "Bot" ? 41898282 : 583231, type },
      html_url: `https://github.com/${owner}/${repo}/pull/${n}#issuecomment-${id}`,
      issue_url: `${url}/repos/${owner}/${repo}/issues/${n}`,
      url: `${url}/repos/${owner}/${repo}/issues/comments/${id}`,
      created_at: at,
      updated_at: at,
    };
  };
  const addComments = (owner: string, repo: string, n: number, seeds: SeedComment[]): FakeComment[] => {
    const created = seeds.map((seed) => {
      const login = seed.login ?? "octocat";
      return makeComment(owner, repo, n, seed.body, login, seed.type ?? (login.endsWith("[bot]") ? "Bot" : "User"));
    });
    thread(owner, repo, n).push(...created);
    return created;
  };
  const findComment = (owner: string, repo: string, id: number): { list: FakeComment[]; index: number } | undefined => {
    const prefix = `${owner}/${repo}#`;
    for (const [k, list] of issues) {
      if (!k.startsWith(prefix)) continue;
      const index = list.findIndex((c) => c.id === id);
      if (index >= 0) return { list, index };
    }
    return undefined;
  };

  const handle = (req: RecordedRequest): FakeReply | "hang" => {
    const o = fake.options;
    const intercepted = o.intercept?.(req);
    if (intercepted) return intercepted;
    if (o.hang) return "hang";
    if (o.failWith !== undefined) {
      return { status: o.failWith, body: { message: o.failWith >= 500 ? "Server Error" : "Error" } };
    }
    if (o.token !== undefined) {
      const auth = req.headers.authorization ?? "";
      const match = /^(?:token|bearer)\s+(.+)$/i.exec(auth);
      if (!match || match[1] !== o.token) {
        return { status: 401, body: { message: "Bad credentials", documentation_url: DOCS, status: "401" } };
      }
    }
    const write = req.method !== "GET" && req.method !== "HEAD";
    if (write && o.readOnly) {
      return {
        status: 403,
        body: { message: "Resource not accessible by integration", documentation_url: `${DOCS}/issues/comments`, status: "403" },
        headers: { "x-accepted-github-permissions": "issues=write; pull_requests=write" },
      };
    }
    return route(req);
  };

  const route = (req: RecordedRequest): FakeReply => {
    const segments = req.path.split("/").slice(1).map(decodeURIComponent);
    const [root, owner, repo, kind, a, b] = segments;
    if (root !== "repos" || !owner || !repo) return notFound();
    const n = a !== undefined && /^\d+$/.test(a) ? Number(a) : undefined;

    // /repos/{owner}/{repo}/issues/{n}/comments
    if (kind === "issues" && n !== undefined && b === "comments" && segments.length === 6) {
      if (req.method === "GET") return page(req, thread(owner, repo, n));
      if (req.method === "POST") {
        const body = commentBody(req.body);
        if (typeof body !== "string") return body;
        const actor = fake.options.actor ?? { login: "github-actions[bot]", type: "Bot" as const };
        const comment = makeComment(owner, repo, n, body, actor.login, actor.type);
        thread(owner, repo, n).push(comment);
        return { status: 201, body: comment, headers: { location: comment.url } };
      }
      return notFound();
    }
    // /repos/{owner}/{repo}/issues/comments/{id}
    if (kind === "issues" && a === "comments" && b !== undefined && /^\d+$/.test(b) && segments.length === 6) {
      const found = findComment(owner, repo, Number(b));
      if (!found) return notFound();
      const comment = found.list[found.index]!;
      if (req.method === "GET") return { status: 200, body: comment };
      if (req.method === "PATCH") {
        const body = commentBody(req.body);
        if (typeof body !== "string") return body;
        comment.body = body;
        comment.updated_at = now();
        return { status: 200, body: comment };
      }
      if (req.method === "DELETE") {
        found.list.splice(found.index, 1);
        return { status: 204 };
      }
      return notFound();
    }
    // /repos/{owner}/{repo}/contents/{path...}
    if (kind === "contents" && req.method === "GET" && segments.length > 4) {
      const path = segments.slice(4).join("/");
      const ref = req.query.ref ?? fake.options.defaultRef ?? "main";
      const text = fake.options.files?.[ref]?.[path];
      if (text === undefined) return notFound();
      const bytes = Buffer.from(text, "utf8");
      // GitHub wraps the base64 text at 60 characters with "\n".
      const content = (bytes.toString("base64").match(/.{1,60}/g) ?? []).join("\n") + "\n";
      return {
        status: 200,
        body: {
          type: "file",
          encoding: "base64",
          size: bytes.length,
          name: path.split("/").pop(),
          path,
          sha: `fake-blob-${ref}-${path}`,
          content,
        },
      };
    }
    // /repos/{owner}/{repo}/pulls/{n}/files
    if (kind === "pulls" && n !== undefined && b === "files" && segments.length === 6 && req.method === "GET") {
      const files = fake.options.pullFiles?.[key(owner, repo, n)];
      if (!files) return notFound();
      return page(req, files);
    }
    // /repos/{owner}/{repo}/pulls/{n}/comments
    if (kind === "pulls" && n !== undefined && b === "comments" && segments.length === 6 && req.method === "GET") {
      return page(req, listOf(reviewComments, key(owner, repo, n)));
    }
    // /repos/{owner}/{repo}/pulls/{n}/reviews
    if (kind === "pulls" && n !== undefined && b === "reviews" && segments.length === 6 && req.method === "POST") {
      const payload = (typeof req.body === "object" && req.body !== null ? req.body : {}) as { event?: unknown; body?: unknown; commit_id?: unknown; comments?: unknown };
      const files = fake.options.pullFiles?.[key(owner, repo, n)] ?? [];
      const raw = Array.isArray(payload.comments) ? payload.comments : [];
      const actor = fake.options.actor ?? { login: "github-actions[bot]", type: "Bot" as const };
      const review: FakeReview = { id: nextId++, event: payload.event, body: payload.body, commit_id: payload.commit_id, comments: [] };
      for (const c of raw as Array<{ path?: unknown; line?: unknown; side?: unknown; body?: unknown }>) {
        const file = files.find((f) => f.filename === c.path);
        if (typeof c.path !== "string" || typeof c.line !== "number" || typeof c.body !== "string" || c.body === "") {
          return { status: 422, body: { message: "Unprocessable Entity", errors: ["path, line and body are required"], documentation_url: DOCS, status: "422" } };
        }
        if (!file?.patch || !diffLines(file.patch).has(c.line)) {
          return { status: 422, body: { message: "Unprocessable Entity", errors: ["Line could not be resolved"], documentation_url: DOCS, status: "422" } };
        }
        review.comments.push({
          id: nextId++,
          pull_request_review_id: review.id,
          path: c.path,
          line: c.line,
          side: c.side === "LEFT" ? "LEFT" : "RIGHT",
          body: c.body,
          commit_id: String(payload.commit_id ?? ""),
          user: { login: actor.login, id: 41898282, type: actor.type },
        });
      }
      listOf(reviews, key(owner, repo, n)).push(review);
      listOf(reviewComments, key(owner, repo, n)).push(...review.comments);
      return { status: 200, body: { id: review.id, state: "COMMENTED", body: review.body, commit_id: review.commit_id } };
    }
    return notFound();
  };

  const page = (req: RecordedRequest, items: readonly unknown[]): FakeReply => {
    const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(req.query.per_page ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE));
    const pageNumber = Math.max(1, Number(req.query.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
    const headers: Record<string, string> = {};
    if (last > 1) {
      const link = (p: number, rel: string) => {
        const query = new URLSearchParams({ ...req.query, per_page: String(perPage), page: String(p) });
        return `<${url}${req.path}?${query.toString()}>; rel="${rel}"`;
      };
      const rels: string[] = [];
      if (pageNumber > 1) rels.push(link(pageNumber - 1, "prev"));
      if (pageNumber < last) rels.push(link(pageNumber + 1, "next"), link(last, "last"));
      if (pageNumber > 1) rels.push(link(1, "first"));
      headers.link = rels.join(", ");
    }
    return { status: 200, body: slice, headers };
  };

  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const target = new URL(incoming.url ?? "/", "http://fake");
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = undefined;
      if (text !== "") {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const recorded: RecordedRequest = {
        method: incoming.method ?? "GET",
        path: target.pathname,
        query: Object.fromEntries(target.searchParams),
        headers: incoming.headers,
        body,
      };
      requests.push(recorded);
      let reply: FakeReply | "hang";
      try {
        reply = handle(recorded);
      } catch (error) {
        reply = { status: 500, body: { message: `fake GitHub crashed: ${String(error)}` } };
      }
      if (reply === "hang") return;
      const headers: Record<string, string> = { "x-github-request-id": `FAKE:${requests.length}`, ...reply.headers };
      if (reply.raw !== undefined) {
        headers["content-type"] = reply.contentType ?? "text/plain; charset=utf-8";
        response.writeHead(reply.status, headers).end(reply.raw);
      } else if (reply.body === undefined) {
        response.writeHead(reply.status, headers).end();
      } else {
        headers["content-type"] = "application/json; charset=utf-8";
        response.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeGitHub = {
    url,
    requests,
    options,
    comments: (owner, repo, n) => thread(owner, repo, n),
    reviews: (owner, repo, n) => listOf(reviews, key(owner, repo, n)),
    reviewComments: (owner, repo, n) => listOf(reviewComments, key(owner, repo, n)),
    addComments,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Also drops connections held by "hang" and idle keep-alive ones, so close() never waits.
        server.closeAllConnections();
      }),
  };
  for (const [k, seeds] of Object.entries(options.reviewComments ?? {})) {
    const list = listOf(reviewComments, k);
    for (const seed of seeds) {
      const login = seed.login ?? "octocat";
      list.push({ id: nextId++, pull_request_review_id: null, path: seed.path, line: seed.line, side: "RIGHT", body: seed.body, commit_id: "", user: { login, id: 583231, type: login.endsWith("[bot]") ? "Bot" : "User" } });
    }
  }
  for (const [k, seeds] of Object.entries(options.comments ?? {})) {
    const match = /^([^/]+)\/([^#]+)#(\d+)$/.exec(k);
    if (!match) throw new Error(`fake GitHub: comment key "${k}" is not owner/repo#number`);
    addComments(match[1]!, match[2]!, Number(match[3]), seeds);
  }
  return fake;
}

/** The head-side lines a review comment may be on: every added and context line of the hunks. */
function diffLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let right: number | null = null;
  for (const line of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) right = Number(hunk[1]);
    else if (right !== null && (line.startsWith("+") || line.startsWith(" "))) lines.add(right++);
  }
  return lines;
}

function notFound(): FakeReply {
  return { status: 404, body: { message: "Not Found", documentation_url: DOCS, status: "404" } };
}

/** The `body` field of a create/update request, or the 422 GitHub answers. */
function commentBody(payload: unknown): string | FakeReply {
  const body = typeof payload === "object" && payload !== null ? (payload as { body?: unknown }).body : undefined;
  if (typeof body !== "string" || body === "") {
    return { status: 422, body: { message: "Invalid request.\n\n\"body\" wasn't supplied.", documentation_url: DOCS, status: "422" } };
  }
  if (body.length > FAKE_BODY_LIMIT) {
    return {
      status: 422,
      body: {
        message: "Validation Failed",
        errors: [{ resource: "IssueComment", code: "custom", field: "body", message: `body is too long (maximum is ${FAKE_BODY_LIMIT} characters)` }],
        documentation_url: DOCS,
        status: "422",
      },
    };
  }
  return body;
}
