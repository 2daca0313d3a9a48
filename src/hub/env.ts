import { readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * How to reach the Hugging Face Hub, read from the environment the way the official client
 * (`huggingface_hub` constants.py and utils/_auth.py) reads it:
 * - `HF_ENDPOINT`, default https://huggingface.co, trailing slashes stripped;
 * - the token, first found wins: `HF_TOKEN`, `HUGGING_FACE_HUB_TOKEN`, the file `$HF_TOKEN_PATH`,
 *   the file `$HF_HOME/token` (HF_HOME defaults to `$XDG_CACHE_HOME/huggingface`, then
 *   `~/.cache/huggingface`); `HF_HUB_DISABLE_IMPLICIT_TOKEN` turns the file lookups off;
 * - `HF_HUB_OFFLINE=1` (or `TRANSFORMERS_OFFLINE=1`): no request at all;
 * - `HF_HUB_ETAG_TIMEOUT`: seconds per metadata request, default 10.
 */
export interface HubSettings {
  endpoint: string;
  /** The token, or null. Never printed: the action masks it and no message includes it. */
  token: string | null;
  /** Where the token came from, for `--verbose` (never the token itself). */
  tokenSource: string | null;
  offline: boolean;
  timeoutMs: number;
}

export const DEFAULT_ENDPOINT = "https://huggingface.co";
export const DEFAULT_TIMEOUT_SECONDS = 10;

/** huggingface_hub's `_is_true`: "1", "ON", "YES", "TRUE" in any case. */
export function isTrue(value: string | undefined): boolean {
  return value !== undefined && ["1", "on", "yes", "true"].includes(value.trim().toLowerCase());
}

/** A token file's content, trimmed, or null when absent, empty, unreadable or implausibly large. */
function tokenFromFile(path: string): string | null {
  try {
    const stats = statSync(path);
    if (!stats.isFile() || stats.size > 4096) return null;
    const token = readFileSync(path, "utf8").trim();
    return token === "" ? null : token;
  } catch {
    return null;
  }
}

function hfHome(env: NodeJS.ProcessEnv): string {
  if (env.HF_HOME) return env.HF_HOME;
  const xdg = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(xdg, "huggingface");
}

function findToken(env: NodeJS.ProcessEnv): { token: string; source: string } | null {
  for (const name of ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"] as const) {
    const value = env[name]?.trim();
    if (value) return { token: value, source: name };
  }
  if (isTrue(env.HF_HUB_DISABLE_IMPLICIT_TOKEN)) return null;
  if (env.HF_TOKEN_PATH) {
    const token = tokenFromFile(env.HF_TOKEN_PATH);
    if (token) return { token, source: "HF_TOKEN_PATH" };
  }
  const token = tokenFromFile(join(hfHome(env), "token"));
  return token ? { token, source: "$HF_HOME/token" } : null;
}

/** The Hub settings of `env`; `overrides` come from flags and action inputs and win. */
export function hubSettings(env: NodeJS.ProcessEnv, overrides: { offline?: boolean; token?: string | null } = {}): HubSettings {
  const endpoint = (env.HF_ENDPOINT?.trim() || DEFAULT_ENDPOINT).replace(/\/+$/, "");
  const found = overrides.token ? { token: overrides.token, source: "hf-token" } : findToken(env);
  const timeoutSeconds = Number(env.HF_HUB_ETAG_TIMEOUT);
  return {
    endpoint,
    token: found?.token ?? null,
    tokenSource: found?.source ?? null,
    offline: overrides.offline === true || isTrue(env.HF_HUB_OFFLINE) || isTrue(env.TRANSFORMERS_OFFLINE),
    timeoutMs: Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds * 1000 : DEFAULT_TIMEOUT_SECONDS * 1000,
  };
}
