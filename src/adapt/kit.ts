import { dirname } from "node:path";
import { sameRange, type SourceRange } from "../base/findings.js";
import { at, isRecord, scalarText } from "./values.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import type { Deployment, Located } from "../base/deployment.js";
import { applyEngineFacts, type EngineFacts } from "./engine-args.js";

/**
 * What every format's reader shares: the result of adapting a document, its notes (what is
 * missing and how to declare it), ranges looked up by path, the per-object context of the
 * Kubernetes-style readers, and a deployment built from an engine's command-line facts.
 */

/** Something a reader tells the user about a document: a missing fact, a value it could not use. */
export interface AdaptNote {
  message: string;
  range: SourceRange;
  severity: "notice" | "warning";
}

/** What a reader makes of one document: its deployments, and its notes. */
export interface Adaptation {
  deployments: Deployment[];
  notes: AdaptNote[];
}

export type Note = (message: string, range: SourceRange, severity: AdaptNote["severity"]) => void;

/** Notes without duplicates. */
export function noteSink(): { notes: AdaptNote[]; note: Note } {
  const notes: AdaptNote[] = [];
  return {
    notes,
    note: (message, range, severity) => {
      if (!notes.some((n) => n.message === message && sameRange(n.range, range))) notes.push({ message, range, severity });
    },
  };
}

/** The value range of a path, else the nearest enclosing one's, else the document's. */
export function rangeAt(document: YamlDocument, path: string): SourceRange {
  let p = path;
  for (;;) {
    const found = document.ranges.get(p);
    if (found) return found.value;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) return document.range;
    p = p.slice(0, cut);
  }
}

/** The facts' paths for synthetic items: `a.b.maxModelLen (--max-model-len)` → `a.b.maxModelLen`. */
export function plainPaths(facts: EngineFacts, synthetic: Set<string>): void {
  for (const value of Object.values(facts)) {
    if (!isRecord(value) || typeof value.path !== "string") continue;
    const m = /^(.*) \([^()]*\)$/.exec(value.path);
    if (m && synthetic.has(m[1]!)) value.path = m[1]!;
  }
}

export interface FactsTarget {
  name: string;
  file: string;
  absolutePath: string;
  format: string;
  range: SourceRange;
  facts: EngineFacts;
  gpu: Located<string>;
  /** GPUs per engine; undefined → assumed from the parallelism, with a notice saying how to declare it. */
  count?: Located<number>;
  howToCount: string;
  serving: SourceRange;
  note: Note;
}

/** A deployment from engine facts and a GPU declaration (the model must be known). */
export function deploymentFromFacts(t: FactsTarget): Deployment | null {
  const { facts } = t;
  if (!facts.model) return null;
  let count = t.count;
  const assumed = !count;
  if (!count) {
    const tp = facts.tensorParallel?.value ?? 1;
    const pp = facts.pipelineParallel?.value ?? 1;
    const given = facts.tensorParallel || facts.pipelineParallel;
    const n = tp * pp;
    t.note(
      `no GPU count is declared for ${t.name}: checked as ${n} GPU${n === 1 ? "" : "s"}, ${given ? `the tensor × pipeline parallel size (${tp} × ${pp})` : "no GPU count and no parallelism are declared"}; ${t.howToCount}`,
      t.serving,
      "notice",
    );
    count = {
      value: n,
      range: facts.tensorParallel?.range ?? facts.pipelineParallel?.range ?? t.serving,
      path: given ? "assumed: tensor × pipeline parallel size" : "assumed: 1 GPU",
    };
  }
  const deployment: Deployment = {
    name: t.name,
    file: t.file,
    baseDir: dirname(t.absolutePath),
    format: t.format,
    range: t.range,
    model: facts.model,
    gpu: t.gpu,
    gpuCount: count,
    policy: {},
    anchors: { hardware: assumed ? t.gpu.range : count.range, model: facts.model.range, serving: t.serving },
  };
  applyEngineFacts(deployment, facts);
  return deployment;
}


/** A Kubernetes-style object (metadata.name, spec) being read: its notes and where things are. */
export interface ObjectContext {
  document: YamlDocument;
  file: string;
  absolutePath: string;
  notes: AdaptNote[];
  note: Note;
  /** The value range at `path`, else `fallback` (the document's start). */
  rangeOf: (path: string, fallback?: SourceRange) => SourceRange;
  /** The key range at `path` (where a reviewer adds what is missing), else its value's, else `fallback`. */
  keyRangeOf: (path: string, fallback?: SourceRange) => SourceRange;
  /** `metadata.name`, else `metadata.generateName` without its trailing dash, else the kind. */
  name: string;
  /** Where findings about the object as a whole point: its name. */
  deploymentRange: SourceRange;
}

export function objectContext(document: YamlDocument, file: string, absolutePath: string, kind: string): ObjectContext {
  const { notes, note } = noteSink();
  const value = document.value;
  const name = scalarText(at(value, ["metadata", "name"]))?.trim() || scalarText(at(value, ["metadata", "generateName"]))?.trim().replace(/-$/, "") || kind;
  return {
    document,
    file,
    absolutePath,
    notes,
    note,
    rangeOf: (path, fallback = document.range) => document.ranges.get(path)?.value ?? fallback,
    keyRangeOf: (path, fallback = document.range) => {
      const r = document.ranges.get(path);
      return r?.key ?? r?.value ?? fallback;
    },
    name,
    deploymentRange: document.ranges.get("metadata.name")?.value ?? document.range,
  };
}
