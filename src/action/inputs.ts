import * as core from "@actions/core";
import { FAIL_ON, type FailOn } from "../pipeline/check.js";

/** The action's inputs, as action.yml declares them. */
export interface ActionInputs {
  paths: string[];
  config: string | null;
  failOn: FailOn;
  annotations: boolean;
  summary: boolean;
  sarifFile: string | null;
  comment: boolean;
  onlyChanged: boolean;
  /** Post each exact fix on a line the pull request changed as a suggested change (a review comment). */
  suggestions: boolean;
  githubToken: string;
  /** `hf-token`: for gated and private models on the Hugging Face Hub; null when not given. */
  hfToken: string | null;
}

/** A wrong input value: the step fails with this message and does nothing else. */
export class InputError extends Error {}

const TRUE = new Set(["true", "on", "yes", "1"]);
const FALSE = new Set(["false", "off", "no", "0"]);

function flag(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === "") return fallback;
  if (TRUE.has(raw)) return true;
  if (FALSE.has(raw)) return false;
  throw new InputError(`input "${name}" must be on or off (true/false), got "${core.getInput(name)}"`);
}

/** `paths` may be newline- or comma-separated; blank entries are dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * Register with the runner, as secrets to mask in the log, the values of the `github-token`
 * input and of every input whose name ends in `token` (a later `hf-token`, say). Inputs arrive
 * as `INPUT_<NAME>` environment variables, upper-cased with spaces as underscores. Empty values
 * are not registered (an empty mask would mean nothing); a value is registered as given and
 * trimmed, and each line of a multi-line value on its own, since the runner masks line by line.
 */
export function registerSecretInputs(env: NodeJS.ProcessEnv = process.env): void {
  for (const [name, value] of Object.entries(env)) {
    if (!/^INPUT_.*TOKEN$/i.test(name) || value === undefined || value.trim() === "") continue;
    const masks = new Set([value, value.trim(), ...value.split(/\r?\n/).map((line) => line.trim())]);
    for (const mask of masks) if (mask !== "") core.setSecret(mask);
  }
}

export function readInputs(): ActionInputs {
  const failOn = (core.getInput("fail-on").trim() || "error") as ActionInputs["failOn"];
  if (!FAIL_ON.includes(failOn)) {
    throw new InputError(`input "fail-on" must be one of ${FAIL_ON.join(", ")}, got "${failOn}"`);
  }
  return {
    paths: splitList(core.getInput("paths")),
    config: core.getInput("config").trim() || null,
    failOn,
    annotations: flag("annotations", true),
    summary: flag("summary", true),
    sarifFile: core.getInput("sarif-file").trim() || null,
    comment: flag("comment", false),
    onlyChanged: flag("only-changed", false),
    suggestions: flag("suggestions", true),
    githubToken: core.getInput("github-token"),
    hfToken: core.getInput("hf-token").trim() || null,
  };
}
