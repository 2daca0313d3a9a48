/**
 * Which Hugging Face repository a manifest's model reference names, if any:
 * - `org/name` and `org/name@revision` (a branch, tag or commit sha);
 * - `hf://org/name`, `huggingface.co/org/name[/tree/rev/…]`, `hf.co/org/name`;
 * - storage locations whose last segments hold a Hub id: the Hub cache layout
 *   (`…/models--org--name[/snapshots/<sha>]`), `…/org--name`, or `…/org/name` (pvc://, s3://,
 *   gs://, a local path) — these are guesses, so a Hub that does not know them is no error.
 * Hub naming rules (huggingface_hub `validate_repo_id`): letters, digits, `-`, `_`, `.`, at most 96
 * characters per part, no `--` or `..`, not starting or ending with `-` or `.`.
 */

export interface HubReference {
  repo: string;
  /** The revision asked for; `main` when none is written. */
  revision: string;
  /** True when the id was read out of a storage path, so that a 404 is not the user's mistake. */
  guessed: boolean;
  /** A GGUF quantization the reference names (`hf.co/org/repo-GGUF:Q4_K_M`, as Ollama writes it). */
  quantization?: string;
}

const PART = /^(?![-.])[A-Za-z0-9_.-]{1,96}(?<![-.])$/;
const SHA = /^[0-9a-f]{40}$/;

function validPart(part: string): boolean {
  return PART.test(part) && !part.includes("--") && !part.includes("..");
}

function repoOf(org: string, name: string): string | null {
  return validPart(org) && validPart(name) ? `${org}/${name}` : null;
}

/** A revision as a manifest writes it: a branch, a tag, `refs/pr/1`, a sha. */
function validRevision(revision: string): boolean {
  return revision.length > 0 && revision.length <= 256 && /^[A-Za-z0-9_.\/-]+$/.test(revision) && !revision.includes("..");
}

/** A commit sha: the revision that never moves. */
export function isCommitSha(revision: string): boolean {
  return SHA.test(revision);
}

function fromSegments(segments: string[]): HubReference | null {
  // The Hub cache: models--org--name/snapshots/<sha>
  const cacheAt = segments.findIndex((s) => s.startsWith("models--"));
  if (cacheAt >= 0) {
    const parts = segments[cacheAt]!.slice("models--".length).split("--");
    if (parts.length === 2) {
      const repo = repoOf(parts[0]!, parts[1]!);
      const snapshot = segments[cacheAt + 1] === "snapshots" ? segments[cacheAt + 2] : undefined;
      if (repo) return { repo, revision: snapshot && isCommitSha(snapshot) ? snapshot : "main", guessed: true };
    }
    return null;
  }
  const last = segments.at(-1);
  if (last === undefined) return null;
  const dashed = last.split("--");
  if (dashed.length === 2) {
    const repo = repoOf(dashed[0]!, dashed[1]!);
    if (repo) return { repo, revision: "main", guessed: true };
  }
  if (segments.length >= 2) {
    const repo = repoOf(segments.at(-2)!, last);
    if (repo) return { repo, revision: "main", guessed: true };
  }
  return null;
}

/** The Hub repository `reference` names, or null when it names none. */
export function hubReference(reference: string): HubReference | null {
  const text = reference.trim();
  if (text === "" || text.length > 1024) return null;
  const url = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/(.+)$/i.exec(text);
  if (url) {
    const segments = url[1]!.split(/[?#]/)[0]!.split("/").filter((s) => s !== "");
    if (segments[0] === "models") segments.shift();
    if (segments.length < 2) return null;
    // Ollama pulls GGUF repositories as hf.co/org/repo:QUANT.
    const [name, quantization] = segments[1]!.split(":");
    const repo = repoOf(segments[0]!, name!);
    if (!repo) return null;
    if (quantization !== undefined && /^[A-Za-z0-9_]{1,32}$/.test(quantization)) return { repo, revision: "main", guessed: false, quantization };
    const revision = (segments[2] === "tree" || segments[2] === "blob" || segments[2] === "resolve") && segments[3] ? segments[3] : "main";
    return validRevision(revision) ? { repo, revision, guessed: false } : null;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(text);
  if (scheme) {
    const kind = scheme[1]!.toLowerCase();
    const segments = scheme[2]!.split("/").filter((s) => s !== "" && s !== ".");
    if (kind === "hf" || kind === "huggingface") {
      if (segments.length < 2) return null;
      const [name, revision] = segments[1]!.split("@");
      const repo = repoOf(segments[0]!, name!);
      if (!repo) return null;
      const rev = revision ?? "main";
      return validRevision(rev) ? { repo, revision: rev, guessed: false } : null;
    }
    // pvc://, s3://, gs://, file://…: the first segment is a claim or bucket, never an organisation.
    return segments.length >= 2 ? fromSegments(segments.slice(1)) : null;
  }
  if (text.startsWith("/") || text.startsWith("./") || text.startsWith("../") || text.split("/").length > 2) {
    return fromSegments(text.split("/").filter((s) => s !== "" && s !== "." && s !== ".."));
  }
  const at = text.indexOf("@");
  const id = at >= 0 ? text.slice(0, at) : text;
  const revision = at >= 0 ? text.slice(at + 1) : "main";
  const parts = id.split("/");
  if (parts.length !== 2) return null;
  const repo = repoOf(parts[0]!, parts[1]!);
  if (!repo || !validRevision(revision)) return null;
  return { repo, revision, guessed: false };
}
