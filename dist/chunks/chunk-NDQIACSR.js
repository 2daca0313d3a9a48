import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/hub/ids.ts
var PART = /^(?![-.])[A-Za-z0-9_.-]{1,96}(?<![-.])$/;
var SHA = /^[0-9a-f]{40}$/;
function validPart(part) {
  return PART.test(part) && !part.includes("--") && !part.includes("..");
}
function repoOf(org, name) {
  return validPart(org) && validPart(name) ? `${org}/${name}` : null;
}
function validRevision(revision) {
  return revision.length > 0 && revision.length <= 256 && /^[A-Za-z0-9_.\/-]+$/.test(revision) && !revision.includes("..");
}
function isCommitSha(revision) {
  return SHA.test(revision);
}
function fromSegments(segments) {
  const cacheAt = segments.findIndex((s) => s.startsWith("models--"));
  if (cacheAt >= 0) {
    const parts = segments[cacheAt].slice("models--".length).split("--");
    if (parts.length === 2) {
      const repo = repoOf(parts[0], parts[1]);
      const snapshot = segments[cacheAt + 1] === "snapshots" ? segments[cacheAt + 2] : void 0;
      if (repo) return { repo, revision: snapshot && isCommitSha(snapshot) ? snapshot : "main", guessed: true };
    }
    return null;
  }
  const last = segments.at(-1);
  if (last === void 0) return null;
  const dashed = last.split("--");
  if (dashed.length === 2) {
    const repo = repoOf(dashed[0], dashed[1]);
    if (repo) return { repo, revision: "main", guessed: true };
  }
  if (segments.length >= 2) {
    const repo = repoOf(segments.at(-2), last);
    if (repo) return { repo, revision: "main", guessed: true };
  }
  return null;
}
function hubReference(reference) {
  const text = reference.trim();
  if (text === "" || text.length > 1024) return null;
  const url = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/(.+)$/i.exec(text);
  if (url) {
    const segments = url[1].split(/[?#]/)[0].split("/").filter((s) => s !== "");
    if (segments[0] === "models") segments.shift();
    if (segments.length < 2) return null;
    const [name, quantization] = segments[1].split(":");
    const repo2 = repoOf(segments[0], name);
    if (!repo2) return null;
    if (quantization !== void 0 && /^[A-Za-z0-9_]{1,32}$/.test(quantization)) return { repo: repo2, revision: "main", guessed: false, quantization };
    const revision2 = (segments[2] === "tree" || segments[2] === "blob" || segments[2] === "resolve") && segments[3] ? segments[3] : "main";
    return validRevision(revision2) ? { repo: repo2, revision: revision2, guessed: false } : null;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(text);
  if (scheme) {
    const kind = scheme[1].toLowerCase();
    const segments = scheme[2].split("/").filter((s) => s !== "" && s !== ".");
    if (kind === "hf" || kind === "huggingface") {
      if (segments.length < 2) return null;
      const [name, revision2] = segments[1].split("@");
      const repo2 = repoOf(segments[0], name);
      if (!repo2) return null;
      const rev = revision2 ?? "main";
      return validRevision(rev) ? { repo: repo2, revision: rev, guessed: false } : null;
    }
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
  const repo = repoOf(parts[0], parts[1]);
  if (!repo || !validRevision(revision)) return null;
  return { repo, revision, guessed: false };
}

export {
  isCommitSha,
  hubReference
};
