import { createHash } from "node:crypto";
import { compareFindings, type Finding } from "../base/findings.js";

/**
 * The baseline: findings a repository has accepted (`llm-physics baseline` writes them to
 * `.llm-physics/baseline.json`), so that `check` fails only on new ones. Pure: findings and a
 * baseline in, findings split into new and baselined out; reading and writing the file is the
 * pipeline's (src/pipeline/baseline.ts).
 *
 * A finding is known by its rule, its file, its deployment and a hash of the stable part of its
 * message, never by its line: an edit above a finding, or one that moves the numbers in it (a
 * new estimate, a changed context length) keeps it baselined; a finding of another rule, in
 * another file or deployment, or saying something else in words, is new. Identical findings
 * are counted, so that a second one of the same kind in the same deployment is new.
 */

export const BASELINE_VERSION = 1;

/** Where `llm-physics baseline` writes and `check` looks, relative to the repository root. */
export const BASELINE_FILE = ".llm-physics/baseline.json";

/** One kind of accepted finding and how many of it were accepted. */
export interface BaselineEntry {
  ruleId: string;
  /** Repository-relative, with forward slashes, as reports name files. */
  file: string;
  /** The deployment the finding is about; absent when it is about a file. */
  deployment?: string;
  /** The first 16 hex digits of the SHA-256 of the message's stable part (see `stableMessage`). */
  hash: string;
  /** How many findings of this kind are accepted (at least 1). */
  count: number;
  /** One such message as it was when accepted: for the person reviewing the baseline, never compared. */
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

/**
 * The part of a message that stays when the manifest or the tool's estimates move: every number
 * (`30.5`, `8,192`, `10%`, a line number) is `#`, runs of white space are one space.
 */
export function stableMessage(message: string): string {
  return message.replace(/\d+(?:[.,]\d+)*/g, "#").replace(/\s+/g, " ").trim();
}

function messageHash(message: string): string {
  return createHash("sha256").update(stableMessage(message)).digest("hex").slice(0, 16);
}

/** What identifies a finding in a baseline. */
function keyOf(ruleId: string, file: string, deployment: string | undefined, hash: string): string {
  return JSON.stringify([ruleId, file, deployment ?? null, hash]);
}

function findingKey(f: Finding): string {
  return keyOf(f.ruleId, f.file, f.deployment, messageHash(f.message));
}

/** The baseline that accepts exactly `findings`, in a deterministic order (file, rule, deployment, hash). */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const f of [...findings].sort(compareFindings)) {
    const key = findingKey(f);
    const entry = entries.get(key);
    if (entry) entry.count++;
    else entries.set(key, { ruleId: f.ruleId, file: f.file, ...(f.deployment !== undefined ? { deployment: f.deployment } : {}), hash: messageHash(f.message), count: 1, message: f.message });
  }
  const order = (e: BaselineEntry) => [e.file, e.ruleId, e.deployment ?? "", e.hash];
  const sorted = [...entries.values()].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
  return { version: BASELINE_VERSION, findings: sorted };
}

export interface BaselineResult {
  /** Findings the baseline does not hold: new, in their original order. */
  kept: Finding[];
  /** Findings the baseline accepts. */
  baselined: Finding[];
  /** Accepted findings no longer found (fixed, or changed): the baseline can be rewritten smaller. */
  unmatched: number;
}

/**
 * Split `findings` into new and baselined. Where the baseline accepts fewer findings of a kind
 * than there are, the first ones in report order (file, line, column) are baselined.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineResult {
  const budget = new Map<string, number>();
  for (const e of baseline.findings) {
    const key = keyOf(e.ruleId, e.file, e.deployment, e.hash);
    budget.set(key, (budget.get(key) ?? 0) + e.count);
  }
  const accepted = new Set<Finding>();
  for (const f of [...findings].sort(compareFindings)) {
    const key = findingKey(f);
    const left = budget.get(key) ?? 0;
    if (left === 0) continue;
    budget.set(key, left - 1);
    accepted.add(f);
  }
  let unmatched = 0;
  for (const left of budget.values()) unmatched += left;
  return { kept: findings.filter((f) => !accepted.has(f)), baselined: findings.filter((f) => accepted.has(f)), unmatched };
}

/** A baseline file that cannot be used: the message says where in it and what to do. */
export class BaselineFormatError extends Error {}

type Json = Record<string, unknown>;

/** A baseline from its JSON text; throws BaselineFormatError naming the first problem. */
export function parseBaseline(text: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BaselineFormatError(`is not valid JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new BaselineFormatError("must be a JSON object with version and findings");
  const root = value as Json;
  if (root.version !== BASELINE_VERSION) {
    throw new BaselineFormatError(`has version ${JSON.stringify(root.version) ?? "(none)"}, and this llm-physics reads version ${BASELINE_VERSION}; write it again with \`llm-physics baseline\``);
  }
  if (!Array.isArray(root.findings)) throw new BaselineFormatError("must hold a findings array");
  const findings = root.findings.map((item: unknown, i): BaselineEntry => {
    const at = `findings[${i}]`;
    if (item === null || typeof item !== "object" || Array.isArray(item)) throw new BaselineFormatError(`${at} must be an object`);
    const e = item as Json;
    for (const key of ["ruleId", "file", "hash"] as const) {
      if (typeof e[key] !== "string" || e[key] === "") throw new BaselineFormatError(`${at}.${key} must be a non-empty string`);
    }
    if (e.deployment !== undefined && typeof e.deployment !== "string") throw new BaselineFormatError(`${at}.deployment must be a string when present`);
    const count = e.count ?? 1;
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 1) throw new BaselineFormatError(`${at}.count must be a whole number of at least 1`);
    return {
      ruleId: e.ruleId as string,
      file: e.file as string,
      ...(typeof e.deployment === "string" ? { deployment: e.deployment } : {}),
      hash: e.hash as string,
      count,
      message: typeof e.message === "string" ? e.message : "",
    };
  });
  return { version: BASELINE_VERSION, findings };
}

/** The file's text: one entry a line would be shorter, but indented JSON reviews better in a diff. */
export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
