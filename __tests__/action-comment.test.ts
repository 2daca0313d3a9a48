import { afterEach, describe, expect, it } from "vitest";
import {
  COMMENT_BODY_LIMIT,
  COMMENT_MARKER,
  commentMarker,
  fingerprintLine,
  pickStickyComment,
  prepareCommentBody,
  TRUNCATION_NOTE,
  upsertStickyComment,
  type CommentTarget,
} from "../src/action/comment.js";
import { createGitHubApi } from "../src/action/github-api.js";
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type SeedComment } from "./helpers/fake-github.js";

const OWNER = "acme";
const REPO = "serving";
const PR = 7;
const TOKEN = "ghs_fakeTokenForTests";
const THREAD = `${OWNER}/${REPO}#${PR}`;
const COMMENTS_PATH = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`;

let fake: FakeGitHub | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub({ token: TOKEN, ...options });
  return fake;
}

function target(server: FakeGitHub, overrides: Partial<CommentTarget> = {}): CommentTarget {
  return { apiUrl: server.url, token: TOKEN, owner: OWNER, repo: REPO, issueNumber: PR, ...overrides };
}

const summary = (text: string) => `${COMMENT_MARKER}\n## llm-physics\n\n${text}\n`;

describe("upsertStickyComment against a fake GitHub", () => {
  it("creates the comment when none carries the marker", async () => {
    const server = await start({ comments: { [THREAD]: [{ body: "LGTM" }, { body: "a bot without our marker", login: "other[bot]" }] } });

    const result = await upsertStickyComment(target(server), summary("2 errors"));

    expect(result).toMatchObject({ status: "created" });
    if (result.status !== "created") return;
    const thread = server.comments(OWNER, REPO, PR);
    expect(thread).toHaveLength(3);
    const mine = thread[2]!;
    expect(mine.id).toBe(result.id);
    expect(mine.id).toBeGreaterThan(2 ** 31);
    expect(result.url).toBe(mine.html_url);
    expect(mine.body).toBe(summary("2 errors"));
    expect(mine.user.login).toBe("github-actions[bot]");

    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${COMMENTS_PATH}`, `POST ${COMMENTS_PATH}`]);
    expect(server.requests[0]!.query).toMatchObject({ per_page: "100" });
    expect(server.requests[1]!.body).toEqual({ body: summary("2 errors") });
    for (const request of server.requests) expect(request.headers.authorization).toMatch(new RegExp(`^(token|bearer) ${TOKEN}$`, "i"));
  });

  it("updates the marked comment on the second call, with PATCH on its id", async () => {
    const server = await start();
    const first = await upsertStickyComment(target(server), summary("first run"));
    expect(first.status).toBe("created");
    if (first.status !== "created") return;
    server.addComments(OWNER, REPO, PR, [{ body: "a reviewer talks" }]);

    const second = await upsertStickyComment(target(server), summary("second run"));

    expect(second).toEqual({ status: "updated", id: first.id, url: first.url });
    const thread = server.comments(OWNER, REPO, PR);
    expect(thread).toHaveLength(2);
    expect(thread[0]!.body).toBe(summary("second run"));
    const patch = server.requests.at(-1)!;
    expect(patch.method).toBe("PATCH");
    expect(patch.path).toBe(`/repos/${OWNER}/${REPO}/issues/comments/${first.id}`);
    expect(patch.body).toEqual({ body: summary("second run") });
    expect(patch.headers.authorization).toMatch(new RegExp(`^(token|bearer) ${TOKEN}$`, "i"));
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("appends the marker when the body lacks it, so the next run finds the comment", async () => {
    const server = await start();
    const first = await upsertStickyComment(target(server), "## llm-physics\n\nno marker here");
    expect(first.status).toBe("created");
    expect(server.comments(OWNER, REPO, PR)[0]!.body).toBe(`## llm-physics\n\nno marker here\n\n${COMMENT_MARKER}\n`);

    const second = await upsertStickyComment(target(server), "## llm-physics\n\nstill no marker");
    expect(second.status).toBe("updated");
    expect(server.comments(OWNER, REPO, PR)).toHaveLength(1);
  });

  it("finds the marked comment on the second page of comments", async () => {
    const seeds: SeedComment[] = Array.from({ length: 150 }, (_, i) => ({ body: `comment ${i}` }));
    seeds[120] = { body: summary("old"), login: "github-actions[bot]" };
    const server = await start({ comments: { [THREAD]: seeds } });
    const marked = server.comments(OWNER, REPO, PR)[120]!;

    const result = await upsertStickyComment(target(server), summary("new"));

    expect(result).toEqual({ status: "updated", id: marked.id, url: marked.html_url });
    expect(marked.body).toBe(summary("new"));
    const gets = server.requests.filter((r) => r.method === "GET");
    expect(gets.map((r) => r.query)).toEqual([{ per_page: "100" }, { per_page: "100", page: "2" }]);
    expect(gets[1]!.headers.authorization).toMatch(/^(token|bearer) /i);
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(0);
  });

  it("updates the oldest marked comment written by a bot, not a person quoting the marker", async () => {
    const server = await start({
      comments: {
        [THREAD]: [
          { body: `why does it say ${COMMENT_MARKER}?`, login: "alice" },
          { body: summary("older bot comment"), login: "github-actions[bot]" },
          { body: summary("a duplicate"), login: "github-actions[bot]" },
        ],
      },
    });
    const [human, oldestBot, duplicate] = server.comments(OWNER, REPO, PR);

    const result = await upsertStickyComment(target(server), summary("fresh"));

    expect(result).toMatchObject({ status: "updated", id: oldestBot!.id });
    expect(human!.body).toContain("why does it say");
    expect(duplicate!.body).toBe(summary("a duplicate"));
  });

  it("is forbidden on 403 for a read-only token, naming the permission, and creates nothing", async () => {
    const server = await start({ readOnly: true });

    const result = await upsertStickyComment(target(server), summary("x"));

    expect(result.status).toBe("forbidden");
    if (result.status !== "forbidden") return;
    expect(result.message).toContain('"pull-requests: write"');
    expect(result.message).toContain("forks");
    expect(result.message).toContain("comment: false");
    expect(result.message).toContain("403");
    expect(result.message).toContain("Resource not accessible by integration");
    expect(result.message).toContain("issues=write; pull_requests=write");
    expect(server.comments(OWNER, REPO, PR)).toHaveLength(0);
  });

  it("is forbidden when updating an existing comment with a read-only token", async () => {
    const server = await start({ readOnly: true, comments: { [THREAD]: [{ body: summary("old"), login: "github-actions[bot]" }] } });

    const result = await upsertStickyComment(target(server), summary("new"));

    expect(result.status).toBe("forbidden");
    expect(server.requests.map((r) => r.method)).toEqual(["GET", "PATCH"]);
    expect(server.comments(OWNER, REPO, PR)[0]!.body).toBe(summary("old"));
  });

  it("is forbidden on a 404 when writing (GitHub hiding a missing permission)", async () => {
    const server = await start({
      intercept: (r) => (r.method === "POST" ? { status: 404, body: { message: "Not Found" } } : undefined),
    });

    const result = await upsertStickyComment(target(server), summary("x"));

    expect(result.status).toBe("forbidden");
    if (result.status === "forbidden") expect(result.message).toContain('"pull-requests: write"');
  });

  it("posts a new comment when the marked one was deleted between listing and editing", async () => {
    const server = await start({ comments: { [THREAD]: [{ body: summary("old"), login: "github-actions[bot]" }] } });
    server.options.intercept = (r) => {
      if (r.method === "PATCH") server.comments(OWNER, REPO, PR).splice(0); // someone deleted it meanwhile
      return undefined;
    };

    const result = await upsertStickyComment(target(server), summary("new"));

    expect(result.status).toBe("created");
    expect(server.requests.map((r) => r.method)).toEqual(["GET", "PATCH", "POST"]);
    expect(server.comments(OWNER, REPO, PR).map((c) => c.body)).toEqual([summary("new")]);
  });

  it("fails on a 500 with a clear message, and does not retry", async () => {
    const server = await start({ failWith: 500 });

    const result = await upsertStickyComment(target(server), summary("x"));

    expect(result.status).toBe("failed");
    if (result.status !== "failed") return;
    expect(result.message).toBe(
      `cannot read the pull-request comments: GitHub answered 500 "Server Error" to GET ${COMMENTS_PATH}.`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it("fails on a 500 when writing", async () => {
    const server = await start({ intercept: (r) => (r.method === "POST" ? { status: 502, body: { message: "Bad Gateway" } } : undefined) });

    const result = await upsertStickyComment(target(server), summary("x"));

    expect(result).toEqual({
      status: "failed",
      message: `cannot write the pull-request comment: GitHub answered 502 "Bad Gateway" to POST ${COMMENTS_PATH}.`,
    });
  });

  it("fails, not forbidden, when the rate limit is exhausted", async () => {
    const server = await start({
      intercept: () => ({
        status: 403,
        body: { message: "API rate limit exceeded for installation ID 1." },
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1767225600" },
      }),
    });

    const result = await upsertStickyComment(target(server), summary("x"));

    expect(result.status).toBe("failed");
    if (result.status === "failed") expect(result.message).toContain("rate limit is exhausted until 2026-01-01T00:00:00.000Z");
  });

  it("fails when the token is rejected (401)", async () => {
    const server = await start();

    const result = await upsertStickyComment(target(server, { token: "ghs_wrong" }), summary("x"));

    expect(result.status).toBe("failed");
    if (result.status === "failed") {
      expect(result.message).toContain('token was rejected (expired or invalid). GitHub answered 401 "Bad credentials');
      expect(result.message).toContain(`to GET ${COMMENTS_PATH}.`);
    }
  });

  it("fails when the pull request cannot be read (404 on the listing)", async () => {
    const server = await start({ intercept: (r) => (r.method === "GET" ? { status: 404, body: { message: "Not Found" } } : undefined) });

    const result = await upsertStickyComment(target(server), summary("x"));

    expect(result.status).toBe("failed");
    if (result.status === "failed") expect(result.message).toContain(`pull request #${PR} not found in ${OWNER}/${REPO}`);
  });

  it("fails when nothing listens at the API URL", async () => {
    const server = await start();
    const url = server.url;
    await server.close();
    fake = undefined;

    const result = await upsertStickyComment({ ...target(server), apiUrl: url }, summary("x"));

    expect(result.status).toBe("failed");
    if (result.status === "failed") {
      expect(result.message).toContain(`cannot reach the GitHub API at ${url}`);
      expect(result.message).toContain("ECONNREFUSED");
    }
  });

  it("fails without a token or with a malformed API URL, instead of throwing", async () => {
    const server = await start();
    expect(await upsertStickyComment(target(server, { token: "" }), "x")).toEqual({
      status: "failed",
      message: "cannot write the pull-request comment: no GitHub token was given.",
    });
    expect(await upsertStickyComment(target(server, { apiUrl: "not a url" }), "x")).toMatchObject({ status: "failed" });
    expect(server.requests).toHaveLength(0);
  });

  it("throws for a malformed target: a programming error", async () => {
    const server = await start();
    await expect(upsertStickyComment(target(server, { issueNumber: 0 }), "x")).rejects.toThrow(TypeError);
    await expect(upsertStickyComment(target(server, { repo: "" }), "x")).rejects.toThrow(TypeError);
  });

  it("accepts an API URL with a trailing slash", async () => {
    const server = await start();
    const result = await upsertStickyComment(target(server, { apiUrl: `${server.url}/` }), summary("x"));
    expect(result.status).toBe("created");
    expect(server.requests[0]!.path).toBe(COMMENTS_PATH);
  });

  it("truncates an oversized body under GitHub's limit, keeping the marker and adding the note", async () => {
    const server = await start();
    const lines = Array.from({ length: 3000 }, (_, i) => `| deploy-${i} | error | KV cache does not fit |`);
    const body = summary(lines.join("\n"));
    expect(body.length).toBeGreaterThan(COMMENT_BODY_LIMIT);

    const result = await upsertStickyComment(target(server), body);

    expect(result.status).toBe("created"); // the fake answers 422 past the limit, like GitHub
    const posted = server.comments(OWNER, REPO, PR)[0]!.body;
    expect(posted.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(posted.startsWith(COMMENT_MARKER)).toBe(true);
    expect(posted).toContain(TRUNCATION_NOTE);
    const kept = posted.slice(0, posted.indexOf(`\n\n${TRUNCATION_NOTE}`));
    expect(body.startsWith(`${kept}\n`)).toBe(true); // cut at a line boundary

    // The same body again: the comment already says it, so nothing is sent.
    const again = await upsertStickyComment(target(server), body);
    expect(again.status).toBe("unchanged");
    expect(server.requests.filter((r) => r.method === "PATCH")).toEqual([]);
  });

  it("leaves a comment alone when its fingerprint matches, even if its links differ, and updates it when not", async () => {
    const server = await start();
    const marker = commentMarker("check", "prod");
    const first = await upsertStickyComment(target(server), "## llm-physics\n\n[run](https://x/runs/1)\n", { marker, fingerprint: "abc123" });
    expect(first.status).toBe("created");
    const posted = server.comments(OWNER, REPO, PR)[0]!.body;
    expect(posted).toContain(marker);
    expect(posted).toContain(fingerprintLine("abc123"));
    const same = await upsertStickyComment(target(server), "## llm-physics\n\n[run](https://x/runs/2)\n", { marker, fingerprint: "abc123" });
    expect(same.status).toBe("unchanged");
    const other = await upsertStickyComment(target(server), "## llm-physics\n\nnew\n", { marker, fingerprint: "def456" });
    expect(other.status).toBe("updated");
    expect(server.requests.filter((r) => r.method !== "GET").map((r) => r.method)).toEqual(["POST", "PATCH"]);
    // Another job's or step's marker is another comment.
    const elsewhere = await upsertStickyComment(target(server), "## llm-physics\n", { marker: commentMarker("check", "staging"), fingerprint: "def456" });
    expect(elsewhere.status).toBe("created");
    expect(server.comments(OWNER, REPO, PR)).toHaveLength(2);
  });

  it("does not hang on a server that never answers", async () => {
    const server = await start({ hang: true });
    const started = Date.now();

    const result = await upsertStickyComment(target(server), summary("x"), { timeoutMs: 300 });

    expect(Date.now() - started).toBeLessThan(5000);
    expect(result).toEqual({
      status: "failed",
      message: `cannot read the pull-request comments: the GitHub API at ${server.url} gave no answer within 0.3 s (GET ${COMMENTS_PATH}).`,
    });
    expect(server.requests).toHaveLength(1);
  });

  it("does not hang when only the write never answers", async () => {
    const server = await start({ intercept: (r) => (r.method === "POST" ? "hang" : undefined) });

    // Long enough that the read (GET) answers in time on a busy machine; only the write hangs.
    const result = await upsertStickyComment(target(server), summary("x"), { timeoutMs: 1500 });

    expect(result.status).toBe("failed");
    if (result.status === "failed") expect(result.message).toContain(`cannot write the pull-request comment: the GitHub API at ${server.url} gave no answer within 1.5 s (POST`);
  });
});

describe("failures are summarised: the status, GitHub's own one-line message, never the body", () => {
  const PAGE = `<html><body><h1>Squid proxy error</h1><pre>Authorization: token ${TOKEN}</pre></body></html>`;

  it("says only the status for an HTML page", async () => {
    const server = await start({ intercept: () => ({ status: 502, raw: PAGE, contentType: "text/html" }) });

    const result = await upsertStickyComment(target(server), summary("x"));

    expect(result).toEqual({
      status: "failed",
      message: `cannot read the pull-request comments: GitHub answered 502, with no GitHub error message (the body is not shown) to GET ${COMMENTS_PATH}.`,
    });
  });

  it("keeps a JSON message of up to 200 characters on one line, with the token replaced, and nothing else of the body", async () => {
    const message = `Server Error for token ${TOKEN}: `.padEnd(200, "z");
    const server = await start({
      intercept: () => ({ status: 500, body: { message, errors: [{ message: "in errors" }], documentation_url: "https://docs.github.com/in-the-url" } }),
    });

    const result = await upsertStickyComment(target(server), summary("x"));

    expect(message).toHaveLength(200);
    expect(result).toEqual({
      status: "failed",
      message: `cannot read the pull-request comments: GitHub answered 500 "${message.replace(TOKEN, "***")}" to GET ${COMMENTS_PATH}.`,
    });
  });

  it("leaves out a message over 200 characters, on several lines, or that is not a string", async () => {
    for (const body of [{ message: "z".repeat(201) }, { message: "Validation Failed\n::error::injected" }, { message: { nested: "Server Error" } }, ["Server Error"]]) {
      const server = await start({ intercept: () => ({ status: 500, body }) });

      const result = await upsertStickyComment(target(server), summary("x"));

      expect(result, JSON.stringify(body)).toEqual({
        status: "failed",
        message: `cannot read the pull-request comments: GitHub answered 500, with no GitHub error message (the body is not shown) to GET ${COMMENTS_PATH}.`,
      });
      await server.close();
      fake = undefined;
    }
  });

  it("repeats x-accepted-github-permissions only in GitHub's shape", async () => {
    /** The message of a 403 on writing that carries this header. */
    const forbiddenWith = async (accepted: string): Promise<string> => {
      const server = await start({
        intercept: (r) =>
          r.method === "POST" ? { status: 403, body: { message: "Resource not accessible by integration" }, headers: { "x-accepted-github-permissions": accepted } } : undefined,
      });
      const result = await upsertStickyComment(target(server), summary("x"));
      await server.close();
      fake = undefined;
      return result.status === "forbidden" ? result.message : `not forbidden: ${result.status}`;
    };
    expect(await forbiddenWith("issues=write; pull_requests=write")).toContain("GitHub accepts: issues=write; pull_requests=write.");
    const echoed = await forbiddenWith(`issues=write; token=${TOKEN}`);
    expect(echoed).toContain('GitHub answered 403 "Resource not accessible by integration" to POST');
    expect(echoed).not.toContain("GitHub accepts");
    expect(echoed).not.toContain(TOKEN);
  });

  it("does not repeat the text of a success answer that is not JSON", async () => {
    const server = await start({ intercept: () => ({ status: 200, raw: `echo: ${TOKEN}`, contentType: "text/plain" }) });

    const result = await upsertStickyComment(target(server), summary("x"));

    expect(result).toEqual({
      status: "failed",
      message: `cannot read the pull-request comments: unexpected answer from the GitHub API: expected a JSON array, got text that is not JSON (${6 + TOKEN.length} characters, not shown) (GET ${COMMENTS_PATH}).`,
    });
  });

  it("refuses an API URL with a user name or password, naming it without them", async () => {
    const server = await start();
    const result = await upsertStickyComment(target(server, { apiUrl: server.url.replace("http://", `http://x-access-token:${TOKEN}@`) }), summary("x"));

    expect(result).toEqual({
      status: "failed",
      message: `cannot write the pull-request comment: the GitHub API URL "${server.url}" must not hold a user name or password; the token is sent in a header.`,
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe("prepareCommentBody", () => {
  it("keeps a body that has the marker and fits", () => {
    expect(prepareCommentBody(summary("ok"))).toBe(summary("ok"));
  });

  it("appends the marker when absent", () => {
    expect(prepareCommentBody("hello\n\n")).toBe(`hello\n\n${COMMENT_MARKER}\n`);
  });

  it("appends the marker after the note when the cut removed it", () => {
    const body = `${"line\n".repeat(400)}${COMMENT_MARKER}\n`;
    const out = prepareCommentBody(body, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.endsWith(`${TRUNCATION_NOTE}\n\n${COMMENT_MARKER}\n`)).toBe(true);
    expect(out.split(COMMENT_MARKER)).toHaveLength(2);
  });

  it("cuts a single line longer than the limit without splitting a surrogate pair", () => {
    const out = prepareCommentBody(`${COMMENT_MARKER}\n${"🚀".repeat(2000)}`, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out).toContain(TRUNCATION_NOTE);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("closes a code fence and <details> blocks left open by the cut", () => {
    const body = `${COMMENT_MARKER}\n<details><summary>All findings</summary>\n\n\`\`\`text\n${"finding\n".repeat(500)}\`\`\`\n</details>\n`;
    const out = prepareCommentBody(body, 1500);
    expect(out.length).toBeLessThanOrEqual(1500);
    expect(out).toMatch(/finding\n```\n\n<\/details>\n\n✂️ Truncated/);
  });

  it("does not cut inside an HTML comment, which would hide the note", () => {
    const body = `${COMMENT_MARKER}\n${"x".repeat(900)}\n<!-- a long hidden note\n${"y\n".repeat(200)}-->\n`;
    const out = prepareCommentBody(body, 1000);
    expect(out).not.toContain("a long hidden note");
    expect(out).toContain(TRUNCATION_NOTE);
  });
});

describe("pickStickyComment", () => {
  const comment = (id: number, body: string, type = "User") => ({ id, body, user: { login: `u${id}`, type }, html_url: `h${id}` });

  it("takes the oldest marked comment, a bot's first", () => {
    expect(pickStickyComment([comment(5, COMMENT_MARKER), comment(3, COMMENT_MARKER), comment(4, "no")])?.id).toBe(3);
    expect(pickStickyComment([comment(3, COMMENT_MARKER), comment(9, COMMENT_MARKER, "Bot"), comment(8, COMMENT_MARKER, "Bot")])?.id).toBe(8);
    expect(pickStickyComment([comment(1, "none")])).toBeUndefined();
  });
});

describe("the fake GitHub's other endpoints, through the API layer", () => {
  it("reads files at a ref (undefined when missing) and lists a pull request's files across pages", async () => {
    const pullFiles = Array.from({ length: 130 }, (_, i) => ({ filename: `deploy/${i}.yaml`, status: "modified" as const }));
    const server = await start({
      files: { abc123: { "deploy/vllm values.yaml": "model: llama-3-8b\ngpu: L4 — ✓\n" } },
      pullFiles: { [THREAD]: pullFiles },
    });
    const api = createGitHubApi({ apiUrl: server.url, token: TOKEN });

    expect(await api.readFileAtRef(OWNER, REPO, "deploy/vllm values.yaml", "abc123")).toBe("model: llama-3-8b\ngpu: L4 — ✓\n");
    expect(await api.readFileAtRef(OWNER, REPO, "deploy/vllm values.yaml", "other")).toBeUndefined();
    expect(server.requests[0]!.path).toBe(`/repos/${OWNER}/${REPO}/contents/deploy/vllm%20values.yaml`);
    expect(server.requests[0]!.query).toEqual({ ref: "abc123" });

    expect(await api.listPullRequestFiles(OWNER, REPO, PR)).toEqual(pullFiles);
    expect(server.requests.filter((r) => r.path.endsWith("/files")).map((r) => r.query.page ?? "1")).toEqual(["1", "2"]);
  });

  it("does not follow a pagination link to another host", async () => {
    const server = await start({
      intercept: (r) =>
        r.method === "GET" ? { status: 200, body: [], headers: { link: '<https://evil.example/steal?page=2>; rel="next"' } } : undefined,
    });

    const result = await upsertStickyComment(target(server), summary("x"));

    expect(result.status).toBe("failed");
    if (result.status === "failed") {
      expect(result.message).toContain("pagination link leaves the API for https://evil.example, not followed");
      expect(result.message).not.toContain("/steal");
    }
    expect(server.requests).toHaveLength(1);
  });
});

describe("commentMarker", () => {
  it("names the job and step, keeps only safe characters, and falls back to the plain marker", () => {
    expect(commentMarker("check", "llm-physics")).toBe("<!-- llm-physics-summary check/llm-physics -->");
    expect(commentMarker("build", "__llm-physics_llm-physics_2")).toBe("<!-- llm-physics-summary build/__llm-physics_llm-physics_2 -->");
    // Nothing in it can close the HTML comment or open another.
    expect(commentMarker("a --> <b>", "x\ny")).toBe("<!-- llm-physics-summary a------b-/x-y -->");
    expect(commentMarker(undefined, "")).toBe(COMMENT_MARKER);
    expect(commentMarker("job", undefined)).toBe("<!-- llm-physics-summary job -->");
  });
});
