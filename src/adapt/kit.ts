import { dirname } from "node:path";
import type { SourceRange } from "../base/findings.js";
import { at, isRecord, scalarText } from "./values.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import type { Deployment, EngineName, Located } from "../base/deployment.js";
import { applyEngineFacts, type EngineFacts } from "./engine-args.js";
import type { EnvMap } from "./engine/k8s-expansion.js";
import { splitScript } from "./engine/shell.js";
import { noteSink, type AdaptNote, type Note } from "./notes.js";

export type { AdaptNote, Note, NoteCode, NoteSeverity } from "./notes.js";
export { noteSink } from "./notes.js";

/**
 * What every format's reader shares: the result of adapting a document, its notes (notes.ts: what is
 * missing and how to declare it), ranges looked up by path, the per-object context of the
 * Kubernetes-style readers, and a deployment built from an engine's command-line facts.
 */

/** What a reader makes of one document: its deployments, and its notes. */
export interface Adaptation {
  deployments: Deployment[];
  notes: AdaptNote[];
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

export interface FactsTarget {
  name: string;
  /** What the assumed-count notice names (`container vllm`); the name by default. */
  subject?: string;
  file: string;
  absolutePath: string;
  format: string;
  range: SourceRange;
  facts: EngineFacts;
  /** Absent when no GPU type is declared: the deployment is still checked for what it needs per GPU. */
  gpu?: Located<string> | undefined;
  /** A memory-only request (dstack `gpu: 24GB`). */
  gpuMemoryBytes?: Located<number> | undefined;
  /** The labels the pods must run on. */
  nodeLabels?: Deployment["nodeLabels"] | undefined;
  /** GPUs per engine; undefined → assumed from the parallelism, with a notice saying how to declare it. */
  count?: Located<number>;
  /** Pods that run the engine together (a LeaderWorkerSet's size), each with `count` GPUs. */
  group?: Located<number>;
  howToCount: string;
  serving: SourceRange;
  note: Note;
}

/**
 * A deployment from engine facts and a GPU declaration (the model must be known). Without a
 * count, the engine is checked on tensor × pipeline (× this pod's data-parallel ranks) GPUs (one without parallelism),
 * with a notice (`gpu-count-assumed`) that says so and how to declare the count.
 */
export function deploymentFromFacts(t: FactsTarget): Deployment | null {
  const { facts } = t;
  if (!facts.model) return null;
  let count = t.count;
  const assumed = !count;
  if (!count) {
    const tp = facts.tensorParallel?.value ?? 1;
    const pp = facts.pipelineParallel?.value ?? 1;
    // Data-parallel ranks on this pod, each on tensor × pipeline GPUs (SGLang's DP attention splits its --tp GPUs instead).
    const dpFact = facts.engine === "sglang" && facts.dpAttention?.value ? undefined : (facts.dataParallelLocal ?? facts.dataParallel);
    const dp = dpFact?.value ?? 1;
    const given = facts.tensorParallel || facts.pipelineParallel || dpFact;
    const n = tp * pp * dp;
    const layout = dpFact ? `the tensor × pipeline × data parallel size (${tp} × ${pp} × ${dp})` : `the tensor × pipeline parallel size (${tp} × ${pp})`;
    t.note(
      "gpu-count-assumed",
      `no GPU count is declared for ${t.subject ?? t.name}: checked as ${n} GPU${n === 1 ? "" : "s"}, ${given ? layout : "no GPU count and no parallelism are declared"}; ${t.howToCount}`,
      t.serving,
      "notice",
    );
    count = {
      value: n,
      range: facts.tensorParallel?.range ?? facts.pipelineParallel?.range ?? dpFact?.range ?? t.serving,
      path: given ? (dpFact ? "assumed: tensor × pipeline × data parallel size" : "assumed: tensor × pipeline parallel size") : "assumed: 1 GPU",
      via: { assumed: true },
    };
  }
  const hardware = assumed ? (t.gpu?.range ?? t.serving) : count.range;
  const group = t.group;
  const gpuCount: Located<number> =
    group && group.value !== 1 ? { value: count.value * group.value, range: count.range, path: `${count.path} × ${group.path} (${group.value})` } : count;
  const deployment: Deployment = {
    name: t.name,
    file: t.file,
    baseDir: dirname(t.absolutePath),
    format: t.format,
    range: t.range,
    model: facts.model,
    gpuCount,
    policy: {},
    hardwareRange: hardware,
  };
  if (t.gpu) deployment.gpu = t.gpu;
  if (t.gpuMemoryBytes) deployment.gpuMemoryBytes = t.gpuMemoryBytes;
  if (t.nodeLabels) deployment.nodeLabels = t.nodeLabels;
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
  /** Pass on notes made elsewhere (engine problems, GPU-declaration notes). */
  add: (...notes: AdaptNote[]) => void;
  /** The value range at `path`, else `fallback` (the document's start). */
  rangeOf: (path: string, fallback?: SourceRange) => SourceRange;
  /** The key range at `path` (where a reviewer adds what is missing), else its value's, else `fallback`. */
  keyRangeOf: (path: string, fallback?: SourceRange) => SourceRange;
  /** The trimmed text at a dotted path, read from its key (`via: { key }`); undefined when empty or not a scalar. */
  textAt: (path: string) => Located<string> | undefined;
  /** `metadata.name`, else `metadata.generateName` without its trailing dash, else the kind. */
  name: string;
  /** Where findings about the object as a whole point: its name. */
  deploymentRange: SourceRange;
}

export function objectContext(document: YamlDocument, file: string, absolutePath: string, kind: string): ObjectContext {
  const { notes, note, add } = noteSink();
  const value = document.value;
  const rangeOf = (path: string, fallback = document.range) => document.ranges.get(path)?.value ?? fallback;
  const name = scalarText(at(value, ["metadata", "name"]))?.trim() || scalarText(at(value, ["metadata", "generateName"]))?.trim().replace(/-$/, "") || kind;
  return {
    document,
    file,
    absolutePath,
    notes,
    note,
    add,
    rangeOf,
    keyRangeOf: (path, fallback = document.range) => {
      const r = document.ranges.get(path);
      return r?.key ?? r?.value ?? fallback;
    },
    textAt: (path) => {
      const text = scalarText(at(value, path.split(".")))?.trim();
      if (!text) return undefined;
      return { value: text, range: rangeOf(path), path, via: { key: path.slice(path.lastIndexOf(".") + 1) } };
    },
    name,
    deploymentRange: document.ranges.get("metadata.name")?.value ?? document.range,
  };
}

/**
 * A deployment of the object `ctx` reads, from facts the reader found itself (not an engine's
 * command line): the hardware anchor is the count's place.
 */
export function objectDeployment(
  ctx: ObjectContext,
  format: string,
  model: Located<string>,
  gpu: Located<string> | undefined,
  gpuCount: Located<number>,
  serving: SourceRange,
  nodeLabels?: Deployment["nodeLabels"],
): Deployment {
  const deployment: Deployment = {
    name: ctx.name,
    file: ctx.file,
    baseDir: dirname(ctx.absolutePath),
    format,
    range: ctx.deploymentRange,
    model,
    gpuCount,
    policy: {},
    hardwareRange: gpuCount.range,
  };
  if (gpu) deployment.gpu = gpu;
  if (nodeLabels) deployment.nodeLabels = nodeLabels;
  return deployment;
}

/** A storage URI as the model it names: `hf://org/name[:revision]` → `org/name`; other URIs as written (the catalog reads `pvc://…/Llama-3.1-8B`). */
export function modelFromUri(uri: Located<string>): Located<string> {
  const text = uri.value.trim();
  const hf = /^hf:\/\/([^:]+?)\/*(?::[^/]*)?$/.exec(text);
  return { ...uri, value: hf ? hf[1]! : text };
}

// ------------------------------------------------------------------------------------ the engine's version

/**
 * The image repositories each engine's project publishes, by the repository's last segment (`name`)
 * and the one before it (`owner`): `vllm/vllm-openai`, `rocm/vllm`, `lmsysorg/sglang`,
 * `huggingface/text-generation-inference`, `nvidia/tensorrt-llm/release`. Images that repackage
 * an engine under a version of their own are not the engine's: NVIDIA Dynamo's
 * `ai-dynamo/vllm-runtime`, KServe's `kserve/vllmserver`, LMCache's `lmcache/vllm-openai`, OPEA's
 * and Red Hat's builds, and NVIDIA NIM (`nvcr.io/nim/…`), versioned by NIM.
 */
const ENGINE_IMAGES: Record<EngineName, (name: string, owner: string) => boolean> = {
  vllm: (name, owner) => /^vllm(?:-openai(?:-[a-z0-9]+)*|-tpu|-cpu)?$/.test(name) && !["lmcache", "opea", "modh", "rhaiis", "kserve"].includes(owner),
  sglang: (name) => name === "sglang",
  tgi: (name) => name === "text-generation-inference",
  trtllm: (name, owner) => /^tensorrt[-_]llm$/.test(name) || /^tensorrt[-_]llm$/.test(owner),
};

/** The Python packages of each engine (PEP 503 names); TGI is not installed with pip. */
const ENGINE_PACKAGES: Record<EngineName, readonly string[]> = {
  vllm: ["vllm"],
  sglang: ["sglang"],
  tgi: [],
  trtllm: ["tensorrt-llm"],
};

function isEngineName(engine: string): engine is EngineName {
  return Object.hasOwn(ENGINE_PACKAGES, engine);
}

/** `0.6.3.post1` → `0.6.3`, `v0.10.1.1` → `0.10.1.1`, `0.11.0-cu128` → `0.11.0`: the release's numbers (two to four); undefined for `latest`, `nightly-…`. */
function releaseOf(text: string): string | undefined {
  return /^v?(\d+\.\d+(?:\.\d+){0,2})(?![\d])/.exec(text.trim())?.[1];
}

/** A package name as PEP 503 compares them: lower case, runs of `-`, `_`, `.` as one `-`. */
function packageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/**
 * The engine's version from a container image whose repository is the engine's own
 * (`vllm/vllm-openai:v0.11.0` → `0.11.0`, `lmsysorg/sglang:v0.4.6.post1-cu124` → `0.4.6`,
 * `ghcr.io/huggingface/text-generation-inference:3.0.1` → `3.0.1`,
 * `nvcr.io/nvidia/tensorrt-llm/release:0.21.0` → `0.21.0`); undefined for another image (one that
 * repackages the engine under its own version: Dynamo's, NIM's, LMCache's), a tag without a
 * version (`latest`) or a digest only.
 */
export function engineVersionFromImage(image: string, engine: string): string | undefined {
  if (!isEngineName(engine)) return undefined;
  const text = image.trim().replace(/^docker:/, "");
  if (text.toLowerCase().startsWith("nvcr.io/nim/")) return undefined;
  const at = text.indexOf("@");
  const ref = at >= 0 ? text.slice(0, at) : text;
  const colon = ref.lastIndexOf(":");
  if (colon < 0 || ref.lastIndexOf("/") > colon) return undefined;
  const segments = ref.slice(0, colon).toLowerCase().split("/");
  const name = segments[segments.length - 1] ?? "";
  const owner = segments[segments.length - 2] ?? "";
  if (!ENGINE_IMAGES[engine](name, owner)) return undefined;
  return releaseOf(ref.slice(colon + 1));
}

/**
 * What one requirement says of the engine's version: `vllm==0.8.5`, `sglang[all]==0.4.6.post1`
 * (→ `0.4.6`), a wheel of the engine (`…/vllm-0.6.3+cu118-cp38-abi3-manylinux1_x86_64.whl`) give
 * it; `null` when the requirement names the engine's package without one version (`vllm`,
 * `vllm>=0.6`, `vllm==0.6.*`: the newest, or any); undefined when it is about another package.
 */
export function engineRequirement(requirement: string, engine: string): string | null | undefined {
  if (!isEngineName(engine)) return undefined;
  const packages = ENGINE_PACKAGES[engine];
  const text = requirement.trim().replace(/^["']|["']$/g, "").trim();
  const wheel = /(?:^|\/)([A-Za-z0-9_.]+)-(\d[^-/]*)-[^/]*\.whl(?:[#?].*)?$/.exec(text);
  if (wheel) return packages.includes(packageName(wheel[1]!)) ? (releaseOf(wheel[2]!) ?? null) : undefined;
  const spec = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(text.replace(/;.*$/, "").trim());
  if (!spec || !packages.includes(packageName(spec[1]!))) return undefined;
  const rest = spec[2]!.trim();
  if (rest.startsWith("@")) return null;
  const exact = /^===?\s*v?([0-9][0-9A-Za-z.+!-]*)$/.exec(rest);
  if (!exact || exact[1]!.includes("*")) return null;
  return releaseOf(exact[1]!) ?? null;
}

/** The engine's version in a list of requirements (Ray's `runtime_env.pip`): the last one that names the engine's package decides. */
export function engineVersionFromRequirements(requirements: readonly string[], engine: string): string | undefined {
  let version: string | null | undefined;
  for (const r of requirements) {
    const said = engineRequirement(r, engine);
    if (said !== undefined) version = said;
  }
  return version ?? undefined;
}

/**
 * The words of each command of a shell script, split as the engine readers split a launch script
 * (splitScript: quotes, comments, backslash-newlines, `${NAME:-default}` and the script's own
 * assignments); a script that cannot be split gives none.
 */
function scriptCommands(script: string, env: EnvMap): string[][] {
  const item = { text: script, range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, path: "" };
  return splitScript(item, script, env, []).map((command) => command.words.map((word) => word.text));
}

/**
 * The engine's version an install command in a launch script pins, as the last install of the
 * engine's package leaves it: `pip install vllm==0.6.3`, `pip3 install "sglang[all]==0.4.6.post1"`,
 * `python -m pip install -U vllm==0.8.5`, `uv pip install vllm==0.9.2`, a wheel of the engine;
 * undefined when no install pins one (`pip install -U vllm`, `vllm>=0.6`: the newest, or any; an
 * unpinned install without --upgrade leaves an engine already installed as it is). A script run
 * by a shell inside the script (`bash -c "pip install … && vllm serve …"`) is read too.
 */
export function engineVersionFromInstall(script: string, engine: string, env: readonly ScriptVariable[] = []): string | undefined {
  return installed(script, engine, variableValues(env), 0) ?? undefined;
}

/** A variable a script may use (`pip install vllm==$VLLM_VERSION`): the launcher's env; a null value is not known. */
export interface ScriptVariable {
  name: string;
  value: string | null;
}

/** The variables as the script splitter takes them (a value not known: null). */
function variableValues(env: readonly ScriptVariable[]): EnvMap {
  return new Map(env.map((v) => [v.name, v.value]));
}

function installed(script: string, engine: string, env: EnvMap, depth: number): string | null | undefined {
  let version: string | null | undefined;
  for (const words of scriptCommands(script, env)) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (/^(?:.*\/)?pip(?:3(?:\.\d+)?)?$/.test(word) && words[i + 1] === "install") {
        const rest = words.slice(i + 2);
        // Without --upgrade, an unpinned requirement the image already satisfies changes nothing.
        const upgrade = rest.some((w) => /^(?:-U|--upgrade|--force-reinstall|-[A-Za-z]*U[A-Za-z]*)$/.test(w));
        for (const requirement of rest) {
          if (requirement.startsWith("-")) continue;
          const said = engineRequirement(requirement, engine);
          if (said !== undefined && (said !== null || upgrade)) version = said;
        }
        break;
      }
      // A script inside the script (`bash -c "…"`, `su -c '…'`).
      if (depth < 2 && /\s/.test(word)) {
        const inner = installed(word, engine, env, depth + 1);
        if (inner !== undefined) version = inner;
      }
    }
  }
  return version;
}

/** Where a manifest says which version of the engine runs. */
export interface EngineVersionSources {
  /** The image the engine runs in (`vllm/vllm-openai:v0.8.5`, SkyPilot's `docker:…`). */
  image?: string | undefined;
  /** Shell scripts and command words run before the engine (or that start it), whose install commands replace the image's engine. */
  scripts?: ReadonlyArray<string | undefined>;
  /** Requirements installed over the image (Ray's `runtime_env.pip`). */
  requirements?: readonly string[];
  /** The variables the scripts see (a launcher's env). */
  env?: readonly ScriptVariable[];
}

/**
 * The engine's version as the manifest gives it: what the scripts' last install of the engine's
 * package pins, else the requirements installed over the image, else the image's tag. An upgrade
 * that pins no version (`pip install -U vllm`) replaces the image's engine with an unknown one:
 * no version.
 */
export function engineVersionOf(engine: string, sources: EngineVersionSources): string | undefined {
  const env = variableValues(sources.env ?? []);
  // The scripts run in order: the last install of the engine's package decides.
  let pinned: string | null | undefined;
  for (const script of sources.scripts ?? []) {
    if (script === undefined) continue;
    const v = installed(script, engine, env, 0);
    if (v !== undefined) pinned = v;
  }
  if (pinned !== undefined) return pinned ?? undefined;
  if (sources.requirements) {
    const v = engineVersionFromRequirements(sources.requirements, engine);
    if (v) return v;
  }
  return sources.image ? engineVersionFromImage(sources.image, engine) : undefined;
}

/**
 * Set the engine's version on a deployment from what its manifest says (engineVersionOf): the
 * image its engine container runs, given as text, or the image, scripts and requirements.
 */
export function withEngineVersion(deployment: Deployment, from: string | EngineVersionSources | undefined): Deployment {
  if (!from || !deployment.engine) return deployment;
  const version = engineVersionOf(deployment.engine.name, typeof from === "string" ? { image: from } : from);
  if (version) deployment.engine = { ...deployment.engine, version };
  return deployment;
}

/**
 * A container image as a values file writes it: a string (`vllm/vllm-openai:v0.8.5`), or a
 * mapping of `repository` (or `name`) and `tag`, with an optional `registry` (Helm charts'
 * `image:` blocks); undefined otherwise.
 */
export function imageText(raw: unknown): string | undefined {
  const text = scalarText(raw)?.trim();
  if (text) return text;
  if (!isRecord(raw)) return undefined;
  return imageFromParts(raw.repository ?? raw.name, raw.tag, raw.registry);
}

/** `repository` and `tag` (and a `registry` before them) as one image: `vllm/vllm-openai` + `v0.8.5` → `vllm/vllm-openai:v0.8.5`. */
export function imageFromParts(repository: unknown, tag: unknown, registry?: unknown): string | undefined {
  const repo = scalarText(repository)?.trim();
  if (!repo) return undefined;
  const reg = scalarText(registry)?.trim();
  const full = reg && !repo.startsWith(`${reg}/`) ? `${reg.replace(/\/+$/, "")}/${repo}` : repo;
  const t = scalarText(tag)?.trim();
  return t ? `${full}${t.startsWith("@") ? "" : ":"}${t}` : full;
}
