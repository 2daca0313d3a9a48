import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI in-process, as `llm-physics <args>` from `cwd`. Offline unless `env` says otherwise:
 * tests never reach the real Hugging Face Hub (the Hub tests point HF_ENDPOINT at a loopback fake).
 */
export async function runCli(args: string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = { HF_HUB_OFFLINE: "1" }): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env });
  return { code, stdout, stderr };
}

/** Run the built bundle `dist/cli.js` in a child process, as a user's shell does. */
export function runBuiltCli(args: string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, "dist", "cli.js"), ...args], {
    cwd,
    // Offline unless the test says otherwise: no test reaches the real Hub.
    env: { PATH: process.env.PATH, HF_HUB_OFFLINE: "1", ...env },
    encoding: "utf8",
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
