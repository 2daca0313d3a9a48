import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createGitHubApi, redactUrls } from "./github-api.js";

/**
 * What the action knows of the pull request it runs for, and how it reads the base branch:
 * with git (fetching the base commit itself, since actions/checkout clones one commit deep),
 * else through the GitHub API, else not at all, said plainly.
 */
export interface PullRequest {
  number: number;
  baseSha: string;
  headSha: string;
  owner: string;
  repo: string;
}

/** The pull request of a `pull_request` or `pull_request_target` event, or null for any other event. */
export function pullRequestFromEvent(eventName: string | undefined, eventPath: string | undefined, repository: string | undefined): PullRequest | null {
  if (!eventName || !["pull_request", "pull_request_target"].includes(eventName) || !eventPath) return null;
  let payload: { pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } } };
  try {
    payload = JSON.parse(readFileSync(eventPath, "utf8"));
  } catch {
    return null;
  }
  const pr = payload.pull_request;
  const [owner, repo] = (repository ?? "").split("/");
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha || !owner || !repo) return null;
  return { number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, owner, repo };
}

/** Reads the base side of a pull request. */
export interface BaseReader {
  /** Files the pull request changed, relative to the repository root. */
  changedFiles(): Promise<Set<string>>;
  /** A file's text on the base commit, or null when it did not exist there. */
  read(file: string): Promise<string | null>;
  /** How the base is read, for the summary: `git`, `GitHub API`. */
  via: string;
}

function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
}

/** A reader over git, fetching the base commit one deep when the checkout lacks it; null when git cannot. */
export function gitBaseReader(workspace: string, pr: PullRequest): { reader: BaseReader | null; problem: string | null } {
  try {
    try {
      git(workspace, ["cat-file", "-e", `${pr.baseSha}^{commit}`]);
    } catch {
      git(workspace, ["fetch", "--no-tags", "--quiet", "--depth=1", "origin", pr.baseSha]);
    }
    const changed = new Set(git(workspace, ["diff", "--name-only", "--no-renames", pr.baseSha, "HEAD"]).split("\n").filter(Boolean));
    return {
      problem: null,
      reader: {
        via: "git",
        changedFiles: async () => changed,
        read: async (file) => {
          try {
            return git(workspace, ["show", `${pr.baseSha}:${file}`]);
          } catch {
            return null;
          }
        },
      },
    };
  } catch (error) {
    // A remote URL in git's message may carry credentials (https://x-access-token:…@github.com/…).
    const stderr = redactUrls(String((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split("\n")[0] ?? "");
    return { reader: null, problem: `git could not read the base commit ${pr.baseSha.slice(0, 12)} (${stderr})` };
  }
}

/** Write the base versions of `files` under `dir`, at the same relative paths; returns those that existed. */
export async function materializeBase(reader: BaseReader, files: Iterable<string>, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const text = await reader.read(file);
    if (text === null) continue;
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(file);
  }
  return written;
}

/** A reader over the GitHub REST API, for when git cannot reach the base commit. */
export function apiBaseReader(pr: PullRequest, token: string, apiUrl: string): BaseReader {
  const api = createGitHubApi({ apiUrl, token });
  return {
    via: "GitHub API",
    changedFiles: async () => new Set((await api.listPullRequestFiles(pr.owner, pr.repo, pr.number)).map((f) => f.filename)),
    read: async (file) => (await api.readFileAtRef(pr.owner, pr.repo, file, pr.baseSha)) ?? null,
  };
}
