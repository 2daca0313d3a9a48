import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "./helpers/cli.js";
import { startFakeGitHub, type FakeGitHub, type FakeReply, type RecordedRequest } from "./helpers/fake-github.js";
import { startFakeHub, type FakeFile } from "./helpers/fake-hub.js";
import { LLAMA_8B_CONFIG, shardTensors } from "./helpers/hub-fixtures.js";
import { recipes } from "./helpers/safetensors.js";

// Scenario tests: the built action (dist/index.js) run as the GitHub runner runs it, in a
// temporary git repository cloned one commit deep as actions/checkout does.

const MANIFEST = (name: string, model: string, gpu: string, count: number, extra = "") => `apiVersion: llm-physics/v1
kind: InferenceDeployment
metadata:
  name: ${name}
spec:
  model: ${model}
  precision: fp8
  hardware:
    gpu: ${gpu}
    count: ${count}
  serving:
    contextLength: 8192
    concurrency: 4
${extra}`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" } }).trim();
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

interface Scenario {
  workspace: string;
  baseSha: string;
  headSha: string;
  eventPath: string;
}

/** An origin with a base commit and a pull-request commit on top; the workspace is a depth-1 clone of the head. */
function pullRequestRepo(base: Record<string, string>, head: Record<string, string>): Scenario {
  const root = mkdtempSync(join(tmpdir(), "llm-physics-action-"));
  const origin = join(root, "origin");
  mkdirSync(origin);
  git(origin, "init", "-q", "-b", "main");
  writeFiles(origin, base);
  git(origin, "add", "-A");
  git(origin, "commit", "-qm", "base");
  const baseSha = git(origin, "rev-parse", "HEAD");
  writeFiles(origin, head);
  git(origin, "add", "-A");
  git(origin, "commit", "-q", "--allow-empty", "-m", "pull request");
  const headSha = git(origin, "rev-parse", "HEAD");
  const workspace = join(root, "workspace");
  execFileSync("git", ["clone", "-q", "--depth=1", `file://${origin}`, workspace]);
  const eventPath = join(root, "event.json");
  writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7, base: { sha: baseSha }, head: { sha: headSha } } }));
  return { workspace, baseSha, headSha, eventPath };
}

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** The GITHUB_OUTPUT file as written. */
  outputFile: string;
  /** RUNNER_TEMP, where the JSON report goes. */
  runnerTemp: string;
}

/** Parse the GITHUB_OUTPUT file: `name<<delimiter` … `delimiter` blocks, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join("\n");
  }
  return outputs;
}

interface RunnerFiles {
  env: NodeJS.ProcessEnv;
  summaryPath: string;
  outputPath: string;
  runnerTemp: string;
}

/** The environment the runner gives a node24 action step: inputs, workspace, summary and output files. */
function runnerEnvironment(workspace: string, inputs: Record<string, string>, env: Record<string, string>): RunnerFiles {
  const runnerTemp = mkdtempSync(join(tmpdir(), "llm-physics-runner-"));
  const summaryPath = join(runnerTemp, "summary.md");
  const outputPath = join(runnerTemp, "output.txt");
  writeFileSync(summaryPath, "");
  writeFileSync(outputPath, "");
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return {
    summaryPath,
    outputPath,
    runnerTemp,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_REPOSITORY: "acme/platform",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_SHA: "0000000000000000000000000000000000000000",
      RUNNER_TEMP: runnerTemp,
      GITHUB_API_URL: "http://127.0.0.1:9", // nothing listens: the API must not be needed unless a test serves it
      HF_HUB_OFFLINE: "1", // no test reaches the real Hugging Face Hub
      "INPUT_GITHUB-TOKEN": "test-token",
      ...inputEnv,
      ...env,
    },
  };
}

function runAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
  const files = runnerEnvironment(workspace, inputs, env);
  const result = spawnSync(process.execPath, [join(REPO_ROOT, "dist", "index.js")], { cwd: workspace, encoding: "utf8", env: files.env });
  return collect(files, result.status ?? -1, result.stdout, result.stderr);
}

function collect(files: RunnerFiles, code: number, stdout: string, stderr: string): ActionRun {
  const outputFile = readFileSync(files.outputPath, "utf8");
  return { code, stdout, stderr, summary: readFileSync(files.summaryPath, "utf8"), outputs: parseOutputs(outputFile), outputFile, runnerTemp: files.runnerTemp };
}

const BASE_FILES = {
  "deploy/chat.yaml": MANIFEST("chat", "meta-llama/Llama-3.1-70B-Instruct", "H100-SXM", 4),
  "deploy/small.yaml": MANIFEST("small", "llama-3.1-8b", "L4", 1),
  "deploy/service.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n",
};
// The pull request squeezes the 70B model onto one GPU and leaves the small one alone.
const HEAD_FILES = { "deploy/chat.yaml": MANIFEST("chat", "meta-llama/Llama-3.1-70B-Instruct", "H100-SXM", 1) };

describe("the action on a pull request, from a shallow clone", () => {
  const s = pullRequestRepo(BASE_FILES, HEAD_FILES);
  const run = runAction(s.workspace, {}, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: s.eventPath });

  it("fails the step on the error and says why", async () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::llm-physics: 1 error\(s\)/m);
  });

  it("annotates the manifest line with escaped workflow commands", async () => {
    expect(run.stdout).toContain(
      "::error title=llm-physics (vram-exceeds-capacity),file=deploy/chat.yaml,line=8,endLine=8,col=3,endColumn=11::needs ",
    );
  });

  it("shows what the pull request changed: base against head", async () => {
    expect(run.summary).toMatch(/Infrastructure/);
    expect(run.summary).toMatch(/→/);
    expect(run.summary).toContain("chat");
  });

  it("sets the outputs", async () => {
    expect(run.outputs).toMatchObject({ errors: "1", passed: "false", deployments: "2", "max-tier": "infrastructure" });
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.summary.deployments).toBe(2);
  });

  it("only-changed checks the changed manifests alone", async () => {
    const only = runAction(s.workspace, { "only-changed": "on" }, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: s.eventPath });
    expect(only.outputs.deployments).toBe("1");
  });
});

describe("the action outside a pull request", () => {
  const s = pullRequestRepo(BASE_FILES, HEAD_FILES);

  it("prints the same workflow commands as `llm-physics check --format github`", async () => {
    const run = runAction(s.workspace, {}, { GITHUB_EVENT_NAME: "push" });
    const commands = run.stdout.split("\n").filter((l) => /^::(error|warning|notice) title=llm-physics \(/.test(l));
    const cli = (await runCli(["check", "--format", "github"], s.workspace));
    expect(commands.join("\n") + "\n").toBe(cli.stdout);
  });

  it("writes SARIF when asked and passes with fail-on never", async () => {
    const run = runAction(s.workspace, { "sarif-file": "out/llm-physics.sarif", "fail-on": "never" }, { GITHUB_EVENT_NAME: "push" });
    expect(run.code).toBe(0);
    const sarif = JSON.parse(readFileSync(join(s.workspace, "out", "llm-physics.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it("escapes %, :, and , in workflow commands, and CR/LF in messages", async () => {
    // A file name with a comma and a colon, and a headroom message with a percent sign.
    const odd = pullRequestRepo(
      { "deploy/team,a:b.yaml": MANIFEST("tight", "Qwen/Qwen2.5-32B-Instruct", "A100-80GB", 1).replace("contextLength: 8192", "contextLength: 32768") },
      {},
    );
    const run = runAction(odd.workspace, { "fail-on": "never", "sarif-file": "x.sarif" }, { GITHUB_EVENT_NAME: "push" });
    const line = run.stdout.split("\n").find((l) => l.includes("headroom-below-minimum"))!;
    expect(line).toMatch(/^::warning title=llm-physics \(headroom-below-minimum\),file=deploy\/team%2Ca%3Ab\.yaml,line=8,endLine=8,col=3,endColumn=11::headroom \d+\.\d%25 /);
    expect(line).not.toMatch(/[\r]/);
    // The action's SARIF is the CLI's.
    const cli = (await runCli(["check", "--format", "sarif"], odd.workspace));
    expect(readFileSync(join(odd.workspace, "x.sarif"), "utf8")).toBe(cli.stdout);
  });

  it("rejects a bad input with a readable failure", async () => {
    const run = runAction(s.workspace, { annotations: "maybe" }, { GITHUB_EVENT_NAME: "push" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::llm-physics: input "annotations" must be on or off (true/false), got "maybe"');
  });
});

/** As runAction, without blocking this process, so that a fake GitHub server in it can answer. */
async function runActionAsync(workspace: string, inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> {
  const files = runnerEnvironment(workspace, inputs, env);
  const child = spawn(process.execPath, [join(REPO_ROOT, "dist", "index.js")], { cwd: workspace, env: files.env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number>((done) => child.on("close", (c) => done(c ?? -1)));
  return collect(files, code, stdout, stderr);
}

describe("the sticky pull-request comment, against a server that plays the GitHub API", () => {
  it("creates one comment, leaves it alone when nothing changed (another run, another commit), and updates it when it differs", async () => {
    const s = pullRequestRepo(BASE_FILES, HEAD_FILES);
    const fake = await startFakeGitHub({});
    try {
      const env = { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: s.eventPath, GITHUB_API_URL: fake.url, GITHUB_RUN_ID: "101" };
      const first = await runActionAsync(s.workspace, { comment: "on", suggestions: "off" }, env);
      expect(first.stdout).toMatch(/Pull-request comment created/);
      // A new run links another run (and could link another commit): what it says is the same, so nothing is sent.
      const second = await runActionAsync(s.workspace, { comment: "on", suggestions: "off" }, { ...env, GITHUB_RUN_ID: "102", GITHUB_SHA: "1".repeat(40) });
      expect(second.stdout).toMatch(/Pull-request comment unchanged/);
      const comments = fake.comments("acme", "platform", 7);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain("<!-- llm-physics-summary -->");
      expect(comments[0]!.body).toContain("chat");
      expect(comments[0]!.body).toContain("[workflow run](https://github.com/acme/platform/actions/runs/101)");
      // Someone edited it: the next run puts it right.
      comments[0]!.body = "<!-- llm-physics-summary -->\nedited by hand";
      const third = await runActionAsync(s.workspace, { comment: "on", suggestions: "off" }, { ...env, GITHUB_RUN_ID: "103" });
      expect(third.stdout).toMatch(/Pull-request comment updated/);
      expect(comments[0]!.body).toContain("actions/runs/103");
      const writes = fake.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);
      expect(writes).toEqual(["POST /repos/acme/platform/issues/7/comments", `PATCH /repos/acme/platform/issues/comments/${comments[0]!.id}`]);
      expect(fake.requests[0]!.headers.authorization).toBe("token test-token");
    } finally {
      await fake.close();
    }
  });

  it("warns which permission to grant when the token is read-only, and goes on", async () => {
    const s = pullRequestRepo(BASE_FILES, HEAD_FILES);
    const fake = await startFakeGitHub({ readOnly: true });
    try {
      const run = await runActionAsync(
        s.workspace,
        { comment: "on", "fail-on": "never" },
        { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: s.eventPath, GITHUB_API_URL: fake.url },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^::warning title=llm-physics%3A pull-request comment::.*pull-requests: write/m);
      expect(run.outputs.passed).toBe("true");
    } finally {
      await fake.close();
    }
  });
});

describe("the base branch when git cannot reach it", () => {
  it("reads the base through the API", async () => {
    const s = pullRequestRepo(BASE_FILES, HEAD_FILES);
    execFileSync("git", ["remote", "remove", "origin"], { cwd: s.workspace });
    const fake = await startFakeGitHub({
      files: { [s.baseSha]: { "deploy/chat.yaml": BASE_FILES["deploy/chat.yaml"] } },
      pullFiles: { "acme/platform#7": [{ filename: "deploy/chat.yaml", status: "modified" }] },
    });
    try {
      const run = await runActionAsync(s.workspace, { "only-changed": "on" }, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: s.eventPath, GITHUB_API_URL: fake.url });
      expect(run.outputs.deployments).toBe("1");
      expect(run.summary).toMatch(/→/);
      expect(fake.requests.map((r) => r.path)).toContain("/repos/acme/platform/contents/deploy/chat.yaml");
    } finally {
      await fake.close();
    }
  });

  it("says plainly when neither git nor the API can read it", async () => {
    const s = pullRequestRepo(BASE_FILES, HEAD_FILES);
    execFileSync("git", ["remote", "remove", "origin"], { cwd: s.workspace });
    const run = runAction(s.workspace, {}, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: s.eventPath });
    expect(run.summary).toMatch(/base branch could not be read/);
    expect(run.outputs.deployments).toBe("2");
  });
});

// Secrets. The action runs on pull requests from strangers, and the API it talks to may be a proxy
// or a hostile server that echoes the Authorization header back. The token may reach the log only
// in the `::add-mask::` command that tells the runner to hide it; nowhere else, ever.

/** Looks like a classic personal access token: `ghp_` and 36 letters and digits. */
const GITHUB_TOKEN = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d";
/** The value of a later `hf-token` input: every input whose name ends in `token` is a secret. */
const HF_TOKEN = "hf_KLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNn";
/** In the proxy's page only: seeing it anywhere means a body was repeated. */
const PROXY_PAGE_MARKER = "corp-proxy-4417-page";
const PROXY_PAGE = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><h1>${PROXY_PAGE_MARKER}</h1>
<pre>GET /repos/acme/platform/pulls/7/files HTTP/1.1
Authorization: token ${GITHUB_TOKEN}
</pre></body></html>
`;
const COMMENTS = "/repos/acme/platform/issues/7/comments";
const PULL_FILES = "/repos/acme/platform/pulls/7/files";
const BASE_CHAT = "/repos/acme/platform/contents/deploy/chat.yaml";

interface HostileApi {
  name: string;
  /** Remove the clone's remote, so that git cannot fetch the base and the API is asked instead. */
  withoutGit: boolean;
  pullFiles?: boolean;
  answer: (request: RecordedRequest) => FakeReply | undefined;
  apiUrl?: (fake: FakeGitHub) => string;
  /** The requests the action must have made, `METHOD path`, in order: the hostile answers were met. */
  requests: string[];
  /** What the log (stdout) must say instead of the body. */
  log: (fake: FakeGitHub) => string[];
  summary: string[];
  /** What stderr must say. */
  stderr?: string[];
}

const HOSTILE: HostileApi[] = [
  {
    name: "a proxy's HTML page (500) on the files of the pull request, then a 403 whose message and headers echo the token",
    withoutGit: true,
    answer: (r) => {
      if (r.path === PULL_FILES) return { status: 500, raw: PROXY_PAGE, contentType: "text/html; charset=utf-8" };
      if (r.path === COMMENTS) {
        return {
          status: 403,
          body: { message: `Resource not accessible by integration (Authorization: token ${GITHUB_TOKEN})`, documentation_url: `https://docs.github.com/rest?echo=${GITHUB_TOKEN}` },
          headers: {
            "x-accepted-github-permissions": `issues=write; token=${GITHUB_TOKEN}`,
            "x-echo": `token ${GITHUB_TOKEN}`,
            // Octokit logs a deprecation warning with this link.
            deprecation: "true",
            link: `<https://docs.github.com/${GITHUB_TOKEN}/deprecated?token=${GITHUB_TOKEN}>; rel="deprecation"`,
          },
        };
      }
      return undefined;
    },
    requests: [`GET ${PULL_FILES}`, `GET ${COMMENTS}`],
    log: () => [
      `::warning title=llm-physics%3A pull-request comment::cannot read the pull-request comments: the token lacks the "pull-requests: write" permission`,
      `GitHub answered 403 "Resource not accessible by integration (Authorization: token ***)" to GET ${COMMENTS}.\n`,
    ],
    summary: [`the GitHub API could not list the pull request's files (GET ${PULL_FILES}: GitHub answered 500, with no GitHub error message (the body is not shown))`],
    stderr: [`is deprecated. It is scheduled to be removed on undefined. See https://docs.github.com/***/deprecated\n`],
  },
  {
    name: "a 422 on writing the comment whose message is several lines, with the token in errors and documentation_url",
    withoutGit: false,
    answer: (r) =>
      r.method === "POST" && r.path === COMMENTS
        ? {
            status: 422,
            body: {
              message: `Validation Failed\nAuthorization: token ${GITHUB_TOKEN}`,
              errors: [{ resource: "IssueComment", code: "custom", field: "body", message: `echo ${GITHUB_TOKEN}` }],
              documentation_url: `https://docs.github.com/${GITHUB_TOKEN}`,
            },
          }
        : undefined,
    requests: [`GET ${COMMENTS}`, `POST ${COMMENTS}`],
    log: () => [
      `::warning title=llm-physics%3A pull-request comment::cannot write the pull-request comment: GitHub answered 422, with no GitHub error message (the body is not shown) to POST ${COMMENTS}.\n`,
    ],
    summary: [],
  },
  {
    name: "a 500 on a base file whose message is longer than 200 characters, then the comment is written",
    withoutGit: true,
    pullFiles: true,
    answer: (r) => (r.path === BASE_CHAT ? { status: 500, body: { message: `upstream said: Authorization: token ${GITHUB_TOKEN} ${"x".repeat(200)}` } } : undefined),
    requests: [`GET ${PULL_FILES}`, `GET ${BASE_CHAT}`, `GET ${COMMENTS}`, `POST ${COMMENTS}`],
    log: () => ["Pull-request comment created: "],
    summary: [`could not be read through GitHub API: GET ${BASE_CHAT}: GitHub answered 500, with no GitHub error message (the body is not shown).`],
  },
  {
    name: "an API URL that carries the token as its password",
    withoutGit: false,
    answer: () => undefined,
    apiUrl: (fake) => fake.url.replace("http://", `http://x-access-token:${GITHUB_TOKEN}@`),
    requests: [],
    log: (fake) => [
      `::warning title=llm-physics%3A pull-request comment::cannot write the pull-request comment: the GitHub API URL "${fake.url}" must not hold a user name or password; the token is sent in a header.\n`,
    ],
    summary: [],
  },
];

describe("inputs named *token are secrets", () => {
  it("registers every non-empty input whose name ends in token, first, and no other input", async () => {
    const s = pullRequestRepo(BASE_FILES, {});
    const run = runAction(
      s.workspace,
      { "fail-on": "never" },
      {
        GITHUB_EVENT_NAME: "push",
        "INPUT_GITHUB-TOKEN": GITHUB_TOKEN,
        "INPUT_HF-TOKEN": "",
        "INPUT_REGISTRY-TOKEN": "   ",
        "INPUT_MULTI-LINE-TOKEN": "first-line-secret\nsecond-line-secret\n",
        "INPUT_TOKEN-FILE": "not-a-secret.txt",
      },
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    const masks = lines.filter((line) => line.startsWith("::add-mask::"));
    expect(masks.sort()).toEqual(
      [
        `::add-mask::${GITHUB_TOKEN}`,
        // As given (newlines escaped as the command requires), trimmed, and each line, since the runner masks line by line.
        "::add-mask::first-line-secret%0Asecond-line-secret%0A",
        "::add-mask::first-line-secret%0Asecond-line-secret",
        "::add-mask::first-line-secret",
        "::add-mask::second-line-secret",
      ].sort(),
    );
    expect(lines.slice(0, masks.length).every((line) => line.startsWith("::add-mask::"))).toBe(true);
  });
});

describe("secrets, against a server that answers errors echoing the token", () => {
  for (const hostile of HOSTILE) {
    it(`says what failed without the body or the token: ${hostile.name}`, async () => {
      const s = pullRequestRepo(BASE_FILES, HEAD_FILES);
      if (hostile.withoutGit) execFileSync("git", ["remote", "remove", "origin"], { cwd: s.workspace });
      const fake = await startFakeGitHub({
        intercept: hostile.answer,
        ...(hostile.pullFiles ? { pullFiles: { "acme/platform#7": [{ filename: "deploy/chat.yaml", status: "modified" as const }] } } : {}),
      });
      try {
        const run = await runActionAsync(
          s.workspace,
          // The comment's requests alone: suggested changes have their own tests.
          { comment: "on", "fail-on": "never", "sarif-file": "llm-physics.sarif", suggestions: "off" },
          {
            GITHUB_EVENT_NAME: "pull_request",
            GITHUB_EVENT_PATH: s.eventPath,
            GITHUB_API_URL: hostile.apiUrl?.(fake) ?? fake.url,
            "INPUT_GITHUB-TOKEN": GITHUB_TOKEN,
            "INPUT_HF-TOKEN": HF_TOKEN,
          },
        );
        // The run met the hostile answers and went on to the end.
        expect(run.code).toBe(0);
        expect(run.outputs.passed).toBe("true");
        expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(hostile.requests);
        for (const text of hostile.log(fake)) expect(run.stdout).toContain(text);
        for (const text of hostile.summary) expect(run.summary).toContain(text);
        for (const text of hostile.stderr ?? []) expect(run.stderr).toContain(text);

        // Both secrets registered, before any other line of the log.
        const lines = run.stdout.split("\n").filter((line) => line !== "");
        const masks = lines.filter((line) => line.startsWith("::add-mask::"));
        expect(masks.sort()).toEqual([`::add-mask::${GITHUB_TOKEN}`, `::add-mask::${HF_TOKEN}`].sort());
        expect(lines.slice(0, masks.length).every((line) => line.startsWith("::add-mask::"))).toBe(true);
        for (const secret of [GITHUB_TOKEN, HF_TOKEN]) expect(run.stdout.split(secret)).toHaveLength(2);

        const channels: Record<string, string> = {
          "stdout without the add-mask lines": lines.filter((line) => !line.startsWith("::add-mask::")).join("\n"),
          stderr: run.stderr,
          GITHUB_OUTPUT: run.outputFile,
          GITHUB_STEP_SUMMARY: run.summary,
          "the JSON report": readFileSync(join(run.runnerTemp, "llm-physics-report.json"), "utf8"),
          "the SARIF file": readFileSync(join(s.workspace, "llm-physics.sarif"), "utf8"),
        };
        fake.requests.forEach((r, i) => {
          channels[`request ${i + 1}, ${r.method} ${r.path}`] = `${r.path}?${new URLSearchParams(r.query).toString()}\n${JSON.stringify(r.body ?? null)}`;
        });
        for (const [channel, text] of Object.entries(channels)) {
          // The summary and the comment escape markdown (`ghp\_…`): look through the backslashes too.
          const unescaped = text.replace(/\\/g, "");
          for (const [name, secret] of [["github-token", GITHUB_TOKEN], ["hf-token", HF_TOKEN], ["the proxy's page", PROXY_PAGE_MARKER]] as const) {
            expect(text.includes(secret) || unescaped.includes(secret), `${name} in ${channel}`).toBe(false);
          }
        }
        if (hostile.requests.includes(`POST ${COMMENTS}`) && hostile.summary.length > 0) {
          // The note reached the comment, as it reached the summary: the request-body check above saw it.
          const post = fake.requests.find((r) => r.method === "POST")!;
          expect((post.body as { body: string }).body).toContain(hostile.summary[0]);
        }
      } finally {
        await fake.close();
      }
    });
  }
});

// The SARIF file. A pull request can commit symbolic links; `sarif-file` must never write, or
// create directories, outside the workspace through them.

/** Every entry under `dir`, with its kind, size, content and modification time: to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    const stats = lstatSync(path);
    entries[name] = stats.isFile() ? `file ${stats.size} bytes, mtime ${stats.mtimeMs} ms: ${readFileSync(path, "utf8")}` : stats.isDirectory() ? "directory" : "other";
  }
  return entries;
}

interface Hostile {
  workspace: string;
  /** A directory outside the workspace, holding victim.txt. */
  outside: string;
  victim: string;
}

function hostileCheckout(): Hostile {
  const s = pullRequestRepo(BASE_FILES, {});
  const outside = mkdtempSync(join(tmpdir(), "llm-physics-outside-"));
  const victim = join(outside, "victim.txt");
  writeFileSync(victim, "export PATH=/usr/bin # the runner's own file\n");
  return { workspace: s.workspace, outside, victim };
}

const SARIF_WARNING = "::warning title=llm-physics%3A sarif-file::";

function sarifRun(workspace: string, sarifFile: string): ActionRun {
  return runAction(workspace, { "sarif-file": sarifFile, "fail-on": "never" }, { GITHUB_EVENT_NAME: "push" });
}

/** The SARIF path was refused with this warning, and the run went on to the end. */
function expectRefused(run: ActionRun, warning: string): void {
  expect(run.stdout).toContain(`${SARIF_WARNING}${warning}\n`);
  expect(run.stdout).not.toContain("SARIF written");
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ passed: "true", deployments: "2" });
  expect(run.summary).toContain("## llm-physics");
}

describe("the sarif-file input on a checkout holding hostile symbolic links", () => {
  it("does not write through a sarif-file that is a link to a file outside, existing or not", async () => {
    const h = hostileCheckout();
    symlinkSync(h.victim, join(h.workspace, "out.sarif"));
    const planted = join(h.outside, "planted.txt");
    symlinkSync(planted, join(h.workspace, "dangling.sarif"));
    const before = snapshot(h.outside);

    const run = sarifRun(h.workspace, "out.sarif");
    expectRefused(
      run,
      `sarif-file "out.sarif" is a symbolic link (to ${h.victim}); no SARIF file was written, so that what it points to is not overwritten. Remove the link from the repository or give another path.`,
    );
    // A link to a file not there yet: following it would create the file outside.
    const dangling = sarifRun(h.workspace, "dangling.sarif");
    expectRefused(dangling, `sarif-file "dangling.sarif" is a symbolic link (to ${planted}); no SARIF file was written, so that what it points to is not overwritten. Remove the link from the repository or give another path.`);

    expect(snapshot(h.outside)).toEqual(before);
    expect(existsSync(planted)).toBe(false);
    expect(lstatSync(join(h.workspace, "out.sarif")).isSymbolicLink()).toBe(true);
  });

  it("does not write or create directories under a directory link that leads outside", async () => {
    const h = hostileCheckout();
    symlinkSync(h.outside, join(h.workspace, "reports"));
    const before = snapshot(h.outside);
    const realOutside = realpathSync(h.outside);
    const realWorkspace = realpathSync(h.workspace);

    for (const sarifFile of ["reports/llm-physics.sarif", "reports/nested/deeper/llm-physics.sarif"]) {
      const run = sarifRun(h.workspace, sarifFile);
      expectRefused(
        run,
        `sarif-file "${sarifFile}": reports leads through a symbolic link to ${realOutside}, outside the workspace ${realWorkspace}; no SARIF file was written. ` +
          "Give a path whose directories are real directories of the repository, or remove the link.",
      );
    }
    expect(snapshot(h.outside)).toEqual(before);
    expect(existsSync(join(h.outside, "nested"))).toBe(false);
  });

  it("refuses a path that leaves the workspace, relative or absolute", async () => {
    const h = hostileCheckout();
    const root = dirname(h.workspace);
    const before = snapshot(h.outside);

    const up = sarifRun(h.workspace, "../outside.sarif");
    expectRefused(
      up,
      `sarif-file "../outside.sarif" resolves to ${join(root, "outside.sarif")}, outside the workspace ${h.workspace}; no SARIF file was written. Give a path inside the repository, such as llm-physics.sarif.`,
    );
    expect(existsSync(join(root, "outside.sarif"))).toBe(false);

    const absolute = join(h.outside, "absolute.sarif");
    expectRefused(
      sarifRun(h.workspace, absolute),
      `sarif-file "${absolute}" resolves to ${absolute}, outside the workspace ${h.workspace}; no SARIF file was written. Give a path inside the repository, such as llm-physics.sarif.`,
    );
    expect(snapshot(h.outside)).toEqual(before);
  });

  it("refuses a sarif-file that is a directory, or under a link that leads nowhere", async () => {
    const h = hostileCheckout();
    expectRefused(sarifRun(h.workspace, "deploy"), `sarif-file "deploy" exists and is a directory; no SARIF file was written. Give the path of a file, or remove what is there.`);
    symlinkSync(join(h.outside, "missing-dir"), join(h.workspace, "gone"));
    expectRefused(
      sarifRun(h.workspace, "gone/llm-physics.sarif"),
      `sarif-file "gone/llm-physics.sarif": gone is a symbolic link that leads nowhere; no SARIF file was written. Remove the link or give a path under a real directory of the repository.`,
    );
    expect(existsSync(join(h.outside, "missing-dir"))).toBe(false);
  });

  it("writes reports/llm-physics.sarif in a plain checkout, creating the directory and replacing an older file whole", async () => {
    const h = hostileCheckout();
    const run = sarifRun(h.workspace, "reports/llm-physics.sarif");
    expect(run.stdout).toContain("SARIF written to reports/llm-physics.sarif\n");
    expect(run.stdout).not.toContain(SARIF_WARNING);
    const path = join(h.workspace, "reports", "llm-physics.sarif");
    expect(lstatSync(path).isFile()).toBe(true);
    const cli = (await runCli(["check", "--format", "sarif"], h.workspace));
    expect(readFileSync(path, "utf8")).toBe(cli.stdout);
    expect(JSON.parse(readFileSync(path, "utf8")).version).toBe("2.1.0");

    // An older, longer file is truncated, not overwritten in part.
    writeFileSync(path, "x".repeat(statSync(path).size * 2));
    const again = sarifRun(h.workspace, "reports/llm-physics.sarif");
    expect(again.stdout).toContain("SARIF written to reports/llm-physics.sarif\n");
    expect(readFileSync(path, "utf8")).toBe(cli.stdout);
  });
});

describe("the config input and a committed .llm-physics.yml that lead outside the workspace", () => {
  it("refuses config: /etc/passwd and a .llm-physics.yml linked to a file outside, without echoing either", async () => {
    const h = hostileCheckout();
    writeFileSync(h.victim, "root:x:0:0:ghp_NOTPRINTEDsecret0123456789abcdefghijkl:/root:/bin/bash\n");
    const etc = runAction(h.workspace, { config: "/etc/passwd" }, { GITHUB_EVENT_NAME: "push" });
    expect(etc.code).toBe(1);
    expect(etc.stdout).toMatch(/^::error::llm-physics: \/etc\/passwd: the configuration file must be inside the repository/m);
    expect(etc.stdout + etc.stderr).not.toContain("root:x:0:0");

    symlinkSync(h.victim, join(h.workspace, ".llm-physics.yml"));
    const linked = runAction(h.workspace, {}, { GITHUB_EVENT_NAME: "push" });
    expect(linked.code).toBe(1);
    expect(linked.stdout).toContain(
      "::error::llm-physics: .llm-physics.yml: the configuration file is a symlink that leads outside the repository, so it is not read; keep the file itself inside the repository\n",
    );
    expect(linked.stdout + linked.stderr + linked.summary + linked.outputFile).not.toContain("NOTPRINTED");
    expect(linked.stdout + linked.stderr).not.toContain(h.outside);
  });
});

describe("a model the catalog lacks, read from a fake Hugging Face Hub with the hf-token input", () => {
  it("resolves a gated model with hf-token, caches it in the runner's tool cache, and shows the token nowhere but its mask", async () => {
    const sha = "c".repeat(40);
    const { shards, index } = shardTensors(recipes.llama31_8b(), 2);
    const files: Record<string, FakeFile> = { "config.json": { json: LLAMA_8B_CONFIG }, "model.safetensors.index.json": { json: index } };
    for (const [name, file] of Object.entries(shards)) files[name] = { head: file.header, sizeBytes: file.fileSizeBytes };
    const hub = await startFakeHub([{ id: "acme/gated-8b", refs: { main: sha }, files: { [sha]: files }, gated: { approved: [HF_TOKEN] } }]);
    try {
      const workspace = mkdtempSync(join(tmpdir(), "llm-physics-action-hub-"));
      writeFiles(workspace, { "deploy/chat.yaml": MANIFEST("chat", "acme/gated-8b", "L4", 1) });
      const toolCache = mkdtempSync(join(tmpdir(), "llm-physics-tool-cache-"));
      const env = { GITHUB_EVENT_NAME: "push", HF_ENDPOINT: hub.url, HF_HUB_OFFLINE: "", RUNNER_TOOL_CACHE: toolCache, "INPUT_HF-TOKEN": HF_TOKEN };
      const run = await runActionAsync(workspace, { "fail-on": "never" }, env);
      expect(run.code).toBe(0);
      const report = JSON.parse(readFileSync(join(run.runnerTemp, "llm-physics-report.json"), "utf8"));
      expect(report.deployments[0].model).toMatchObject({ source: "hub", revision: sha, checkpoint: { weightsBytes: 16_060_522_496, measured: true } });
      // The token went to the Hub's origin only, and appears in the log only in its mask.
      expect(hub.requests.filter((r) => r.origin === "hub").every((r) => r.headers.authorization === `Bearer ${HF_TOKEN}`)).toBe(true);
      expect(hub.requests.filter((r) => r.origin === "cdn").every((r) => r.headers.authorization === undefined)).toBe(true);
      expect(run.stdout.split("\n").filter((line) => line.includes(HF_TOKEN))).toEqual([`::add-mask::${HF_TOKEN}`]);
      for (const text of [run.stderr, run.summary, run.outputFile, JSON.stringify(report)]) expect(text).not.toContain(HF_TOKEN);
      const cached = readdirSync(join(toolCache, "llm-physics"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      expect(cached.length).toBeGreaterThan(0);
      for (const entry of cached) expect(readFileSync(join(entry.parentPath, entry.name), "utf8")).not.toContain(HF_TOKEN);

      // Without the token (a fork's pull request), the same gated model is a finding on its line saying how to pass one.
      hub.requests.length = 0;
      const fork = await runActionAsync(workspace, { "fail-on": "never" }, { ...env, "INPUT_HF-TOKEN": "", RUNNER_TOOL_CACHE: mkdtempSync(join(tmpdir(), "llm-physics-tool-cache-")) });
      expect(fork.stdout).toMatch(/^::error title=llm-physics \(unknown-model\),file=deploy\/chat\.yaml,line=6,.*is a gated model: set HF_TOKEN \(the action's `hf-token` input\)/m);
    } finally {
      await hub.close();
    }
  });
});

describe("never a green run of 0 deployments in silence", () => {
  it("fails the step naming a paths glob that matches no file", async () => {
    const s = pullRequestRepo(BASE_FILES, HEAD_FILES);
    const run = runAction(s.workspace, { paths: "deploy/chat.yaml\nmanifests/**/*.yaml" }, { GITHUB_EVENT_NAME: "push" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::llm-physics: glob "manifests/**/*.yaml" matches no file (relative to ${s.workspace}); fix the pattern, or remove it from the paths\n`);
    expect(run.outputs.deployments).toBeUndefined();
  });

  it("only-changed re-checks the InferenceService whose ServingRuntime alone changed, base against head, and marks it changed", async () => {
    const fixtures = join(REPO_ROOT, "__tests__", "fixtures", "kserve-runtime");
    const runtime = readFileSync(join(fixtures, "vllm-runtime.yaml"), "utf8");
    const base = {
      "kserve/runtime.yaml": runtime,
      "kserve/llama-8b.yaml": readFileSync(join(fixtures, "llama-8b-isvc.yaml"), "utf8"),
      "deploy/small.yaml": BASE_FILES["deploy/small.yaml"],
    };
    // The pull request lowers the runtime's memory fraction: the InferenceService's headroom changes.
    const s = pullRequestRepo(base, { "kserve/runtime.yaml": runtime.replace("--gpu-memory-utilization=0.95", "--gpu-memory-utilization=0.7") });
    const run = runAction(s.workspace, { "only-changed": "on", "fail-on": "never" }, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: s.eventPath });
    expect(run.code).toBe(0);
    expect(run.outputs.deployments).toBe("1");
    const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(report.deployments.map((d: { name: string; file: string; reads?: string[] }) => [d.name, d.file, d.reads])).toEqual([["llama-8b", "kserve/llama-8b.yaml", ["kserve/runtime.yaml"]]]);
    expect(report.deployments[0].estimate.inputs.memoryFraction).toBe(0.7);
    const row = run.summary.split("\n").find((line) => line.startsWith("| ") && line.includes("llama-8b"))!;
    expect(row).toContain("kserve/llama-8b.yaml:4 · ✏️ changed");
    // Headroom before → after: the base was checked with the base version of the runtime.
    expect(row).toMatch(/\d+\.\d% → -?\d+\.\d%/);
  });

  it("keeps the action's own failure and warnings within GitHub's 10 annotations of each type, theirs first", async () => {
    const base: Record<string, string> = {};
    // 12 errors (a 70B model on one GPU) and 12 warnings (FP8 on an A100).
    for (let i = 1; i <= 12; i++) base[`deploy/big-${String(i).padStart(2, "0")}.yaml`] = MANIFEST(`big-${i}`, "meta-llama/Llama-3.1-70B-Instruct", "H100-SXM", 1);
    for (let i = 1; i <= 12; i++) base[`deploy/fp8-${String(i).padStart(2, "0")}.yaml`] = MANIFEST(`fp8-${i}`, "llama-3.1-8b", "A100-80GB", 1);
    const s = pullRequestRepo(base, {});
    const fake = await startFakeGitHub({ readOnly: true });
    try {
      // A refused SARIF path and a comment the token may not write: two warnings of the action's own.
      const run = await runActionAsync(
        s.workspace,
        { comment: "on", "sarif-file": "../outside.sarif", suggestions: "off" },
        { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: s.eventPath, GITHUB_API_URL: fake.url },
      );
      expect(run.code).toBe(1);
      const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
      const errorCount = report.summary.errors as number;
      const warnings = report.summary.warnings as number;
      expect(errorCount).toBeGreaterThanOrEqual(12);
      expect(warnings).toBeGreaterThanOrEqual(12);
      const lines = run.stdout.split("\n");
      const of = (type: string) => lines.filter((line) => line.startsWith(`::${type} `) || line.startsWith(`::${type}::`));
      const errors = of("error");
      expect(errors).toHaveLength(10);
      expect(errors.slice(0, 8).every((line) => line.startsWith("::error title=llm-physics ("))).toBe(true);
      expect(errors[8]).toBe(
        `::error title=llm-physics%3A more findings::and ${errorCount - 8} more errors not shown as annotations (GitHub shows at most 10 errors per step): see the job summary and the JSON report`,
      );
      expect(errors[9]).toMatch(new RegExp(`^::error::llm-physics: ${errorCount} error\\(s\\), `));
      const warned = of("warning");
      expect(warned).toHaveLength(10);
      expect(warned[0]).toMatch(/^::warning title=llm-physics%3A sarif-file::sarif-file "..\/outside.sarif" resolves to /);
      expect(warned[1]).toMatch(/^::warning title=llm-physics%3A pull-request comment::.*pull-requests: write/);
      expect(warned.slice(2, 9).every((line) => line.startsWith("::warning title=llm-physics ("))).toBe(true);
      expect(warned[9]).toBe(
        `::warning title=llm-physics%3A more findings::and ${warnings - 7} more warnings not shown as annotations (GitHub shows at most 10 warnings per step): see the job summary and the JSON report`,
      );
      // The CLI in a run: step keeps no room: 9 errors and the count.
      const cli = await runCli(["check", "--format", "github"], s.workspace);
      const cliErrors = cli.stdout.split("\n").filter((line) => line.startsWith("::error "));
      expect(cliErrors).toHaveLength(10);
      expect(cliErrors[9]).toContain(`and ${errorCount - 9} more errors not shown as annotations`);
    } finally {
      await fake.close();
    }
  });
});

/** The file's diff between two commits of the origin, from its first hunk on: the `patch` GitHub's files API gives. */
function patchOf(s: Scenario, file: string): string {
  const origin = join(dirname(s.workspace), "origin");
  const diff = execFileSync("git", ["diff", s.baseSha, s.headSha, "--", file], { cwd: origin, encoding: "utf8" });
  return diff.slice(diff.indexOf("@@")).replace(/\n$/, "");
}

const K8S_VLLM = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: vllm-8b
spec:
  template:
    spec:
      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-H100-80GB-HBM3
      containers:
        - name: vllm
          image: vllm/vllm-openai:v0.11.0
          args: ["--model", "meta-llama/Llama-3.1-8B-Instruct", "--tensor-parallel-size", "%TP%", "--max-num-seqs=%SEQS%"]
          resources:
            limits:
              nvidia.com/gpu: 4
`;

describe("suggested changes, posted as a pull-request review to a server that plays the GitHub API", () => {
  // The pull request squeezes chat onto one GPU, asks the vLLM Deployment for tensor parallel 3 and
  // 4,096 sequences, and adds a deployment with a context above the model's maximum. small.yaml,
  // untouched, has a fixable finding of its own: it gets no suggestion.
  const base = {
    ...BASE_FILES,
    "deploy/small.yaml": MANIFEST("small", "llama-3.1-8b", "H100-SXM", 1).replace("contextLength: 8192", "contextLength: 262144"),
    "deploy/vllm.yaml": K8S_VLLM.replace("%TP%", "4").replace("%SEQS%", "64"),
  };
  const head = {
    ...HEAD_FILES,
    "deploy/vllm.yaml": K8S_VLLM.replace("%TP%", "3").replace("%SEQS%", "4096"),
    "deploy/long.yaml": MANIFEST("long", "llama-3.1-8b", "H100-SXM", 1).replace("contextLength: 8192", "contextLength: 262144"),
  };
  const setup = async (options: { readOnly?: boolean } = {}) => {
    const s = pullRequestRepo(base, head);
    const files = ["deploy/chat.yaml", "deploy/long.yaml", "deploy/vllm.yaml"];
    const fake = await startFakeGitHub({
      ...options,
      pullFiles: { "acme/platform#7": files.map((filename) => ({ filename, status: filename === "deploy/long.yaml" ? ("added" as const) : ("modified" as const), patch: patchOf(s, filename) })) },
    });
    const env = { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: s.eventPath, GITHUB_API_URL: fake.url, "INPUT_GITHUB-TOKEN": GITHUB_TOKEN };
    return { s, fake, env };
  };
  const REVIEWS = "/repos/acme/platform/pulls/7/reviews";

  it("posts one review of COMMENT with a suggestion on each changed line that has an exact fix, and never repeats it", async () => {
    const { s, fake, env } = await setup();
    try {
      const run = await runActionAsync(s.workspace, { "fail-on": "never" }, env);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Suggested changes: 4 posted in a pull-request review.\n");
      const posts = fake.requests.filter((r) => r.method === "POST");
      expect(posts.map((r) => r.path)).toEqual([REVIEWS]);
      const review = posts[0]!.body as { commit_id: string; event: string; body: string; comments: Array<{ path: string; line: number; side: string; body: string }> };
      expect(review).toMatchObject({ commit_id: s.headSha, event: "COMMENT", body: "llm-physics: 4 suggested changes for the findings on lines this pull request changed." });
      const suggestion = (body: string) => /```suggestion\n(.*)\n```\n$/s.exec(body)?.[1];
      expect(review.comments.map((c) => [c.path, c.line, c.side, suggestion(c.body)])).toEqual([
        // The GPU count at which tensor parallel fits, on the count's line, indentation kept.
        ["deploy/chat.yaml", 10, "RIGHT", "    count: 2"],
        // The model's maximum.
        ["deploy/long.yaml", 12, "RIGHT", "    contextLength: 131072"],
        // The sequences of that context that fit at once.
        ["deploy/long.yaml", 13, "RIGHT", "    concurrency: 1"],
        // Two fixes on one line, each in its quotes: the valid tensor-parallel size nearest 3 and the sequences the KV cache holds.
        ["deploy/vllm.yaml", 13, "RIGHT", expect.stringMatching(/^ {10}args: \["--model", "meta-llama\/Llama-3\.1-8B-Instruct", "--tensor-parallel-size", "4", "--max-num-seqs=\d+"\]$/)],
      ]);
      expect(review.comments[0]!.body).toMatch(/^\*\*llm-physics\*\* `vram-exceeds-capacity`: needs /);
      expect(review.comments[3]!.body).toContain("`tensor-parallel-invalid`");
      expect(review.comments[3]!.body).toContain("`concurrency-exceeds-kv-capacity`");
      // Untouched lines (small.yaml's context) get none; the token is in no body.
      expect(review.comments.some((c) => c.path === "deploy/small.yaml")).toBe(false);
      for (const r of fake.requests) expect(JSON.stringify(r.body ?? "")).not.toContain(GITHUB_TOKEN);
      expect(fake.requests.every((r) => r.headers.authorization === `token ${GITHUB_TOKEN}`)).toBe(true);

      // A re-run finds its suggestions among the review comments and posts nothing.
      const again = await runActionAsync(s.workspace, { "fail-on": "never" }, env);
      expect(again.stdout).toContain("Suggested changes: none posted (the 4 suggestions were already posted).\n");
      expect(fake.requests.filter((r) => r.method === "POST")).toHaveLength(1);
      expect(fake.reviewComments("acme", "platform", 7)).toHaveLength(4);
    } finally {
      await fake.close();
    }
  });

  it("warns, and does not fail, when the token may not write a review (403), and posts nothing with suggestions: false", async () => {
    const { s, fake, env } = await setup({ readOnly: true });
    try {
      const run = await runActionAsync(s.workspace, { "fail-on": "never" }, env);
      expect(run.code).toBe(0);
      expect(run.outputs.passed).toBe("true");
      expect(run.stdout).toContain(
        `::warning title=llm-physics%3A suggested changes::suggested changes were not posted: GitHub answered 403 "Resource not accessible by integration" to POST ${REVIEWS}. The token lacks the "pull-requests: write" permission`,
      );
      fake.requests.length = 0;
      const off = await runActionAsync(s.workspace, { "fail-on": "never", suggestions: "false" }, env);
      expect(off.code).toBe(0);
      expect(fake.requests.filter((r) => r.path.startsWith("/repos/acme/platform/pulls/7/"))).toEqual([]);
    } finally {
      await fake.close();
    }
  });

  it("keeps one comment per job and step, each found again by its own marker", async () => {
    const { s, fake, env } = await setup();
    try {
      const inputs = { comment: "on", "fail-on": "never", suggestions: "off" };
      const first = await runActionAsync(s.workspace, inputs, { ...env, GITHUB_JOB: "check", GITHUB_ACTION: "prod" });
      const second = await runActionAsync(s.workspace, inputs, { ...env, GITHUB_JOB: "check", GITHUB_ACTION: "staging" });
      const again = await runActionAsync(s.workspace, inputs, { ...env, GITHUB_JOB: "check", GITHUB_ACTION: "prod" });
      expect([first, second, again].map((r) => /Pull-request comment (\w+)/.exec(r.stdout)?.[1])).toEqual(["created", "created", "unchanged"]);
      const comments = fake.comments("acme", "platform", 7);
      expect(comments.map((c) => /<!-- llm-physics-summary [^>]* -->/.exec(c.body)?.[0])).toEqual([
        "<!-- llm-physics-summary check/prod -->",
        "<!-- llm-physics-summary check/staging -->",
      ]);
      expect(first.outputs.report).toBe(join(first.runnerTemp, "llm-physics-report-check--prod.json"));
      expect(existsSync(first.outputs.report!)).toBe(true);
    } finally {
      await fake.close();
    }
  });
});
