import { resolve as resolvePath } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Repository } from "../catalog/resolve.js";
import type { ModelInput } from "../base/model-input.js";
import type { EngineSettingsWithoutContext, engineSettingsFor as EngineSettingsFor } from "../estimate/estimate.js";
import type { CheckOptions, FailOn } from "../pipeline/check-core.js";
import type { Format } from "../report/index.js";
import { fraction, positiveInteger, positiveNumber, precision, tokenCount, UsageError } from "./args.js";
import { neutralizeJson, neutralizeWorkflowCommands, quote } from "../base/text.js";
import type { Finding } from "../base/findings.js";

/**
 * Each command loads only the modules it runs (dynamic imports, chunks of their own in the
 * bundle): `estimate` never loads the readers, the validators or the reports of `check`, and
 * `check` loads the catalog's readers only as the pipeline needs them. The errors a loaded module
 * throws for bad input are said as usage errors: their classes are registered as they load.
 */
const USER_ERRORS = new Set<abstract new (...args: never[]) => Error>([UsageError]);

/** What `estimate` runs, in three imports (src/catalog/estimate-command.ts for the catalog's part). */
async function catalogModules() {
  const [catalog, estimate, text] = await Promise.all([import("../catalog/estimate-command.js"), import("../estimate/estimate.js"), import("../report/estimate-text.js")]);
  USER_ERRORS.add(catalog.UnknownNameError).add(catalog.HfConfigError);
  return { ...catalog, ...estimate, ...text };
}

/** Where the CLI writes and from where it resolves relative paths; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** The environment (HF_ENDPOINT, HF_TOKEN, HF_HUB_OFFLINE…); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** stdout is a terminal: `--color auto` colours the text report. Default false. */
  isTTY?: boolean;
}


/** The commands, as `llm-physics --help` lists them. */
const COMMANDS = ["check", "estimate", "baseline", "lock", "models", "gpus"];

/**
 * The help texts, which name the lock and baseline files: loaded when asked for (`--help`), so
 * that no other run loads the modules that define those names.
 */
async function helpTexts(): Promise<{ usage: string; commands: Record<string, string> }> {
  const [{ LOCK_FILE }, { BASELINE_FILE }] = await Promise.all([import("../hub/store.js"), import("../evaluate/baseline.js")]);
  return helpWith(LOCK_FILE, BASELINE_FILE);
}

function helpWith(LOCK_FILE: string, BASELINE_FILE: string): { usage: string; commands: Record<string, string> } {
/** `llm-physics --help`: the commands, each with one line; `llm-physics <command> --help` for the rest. */
const USAGE = `llm-physics — what an LLM deployment asks of its GPUs

Usage:
  llm-physics check [paths…] [options]      validate the manifests and report what each deployment needs
  llm-physics estimate --model M --gpu G    what one model needs on one GPU
  llm-physics baseline [paths…] [options]   accept today's findings, so that check fails only on new ones
  llm-physics lock [paths…] [--config F]    pin the Hugging Face Hub models the manifests name in ${LOCK_FILE}
  llm-physics models [--json]               list the model catalog
  llm-physics gpus [--json]                 list the GPU catalog

Run \`llm-physics <command> --help\` for a command's options and examples.

check finds LLM deployments in the paths (default: the current directory): InferenceDeployment
manifests, Kubernetes workloads running vLLM, SGLang, TGI or TensorRT-LLM, KServe, Helm values of the
vLLM production stack and llm-d, Ray Serve, SkyPilot, dstack, NVIDIA NIM and KubeAI.

Models the catalog does not know are read from the Hugging Face Hub: config.json and the
safetensors headers, for exact weight bytes. HF_TOKEN (or HUGGING_FACE_HUB_TOKEN, or
$HF_HOME/token) for gated models, HF_ENDPOINT for a mirror, HF_HUB_OFFLINE=1 or --offline for no
requests. Answers are cached in $XDG_CACHE_HOME/llm-physics.

Units: GB = 10^9 bytes, GiB = 2^30 bytes.
`;

/** Said by every command that reads the repository: where it is, and what its file names are relative to. */
const REPOSITORY_HELP = `The repository is the nearest folder, from the working directory up to the git root, that holds
.llm-physics.yml; else the git root; else the working directory. Paths are relative to the
working directory, or absolute anywhere inside the repository; reports name files relative to
the repository root.`;

/** `llm-physics <command> --help`. */
const COMMAND_HELP: Record<string, string> = {
  check: `Usage: llm-physics check [paths…] [options]

Validate the LLM deployment manifests in the paths (files, directories or quoted globs; default:
the current directory) and report, for each deployment, what it asks of its GPUs: memory per GPU
against usable memory, headroom, tier, bandwidth, and the findings of every rule.

Options:
  --format F          text (default), json, sarif, github (workflow commands) or markdown (the job summary);
                      diff: the findings' exact fixes as a unified diff for git apply (files unchanged)
  --fix               write the findings' exact fixes into the files, then report the check of the fixed files
  --fail-on S         exit 1 on findings at or above error (default), warning or notice; never: exit 0
  --config F          the repository config (default: .llm-physics.yml, found by walking up to the git root)
  --baseline F        accept the findings in F (default: ${BASELINE_FILE} when it exists)
  --no-baseline       report every finding, baselined or not
  --color WHEN        auto (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it),
                      always or never; text format only
  -v, --verbose       under each deployment, every fact read and the line it was read from
  --offline           do not ask the Hugging Face Hub (lock and cache only)

${REPOSITORY_HELP}

Exit 0: nothing at or above --fail-on; 1: findings at or above it; 2: a usage or configuration error.
The text format prints one finding a line, \`file:line:col: severity message [rule-id]\`;
.github/llm-physics-matcher.json turns those lines into annotations in a GitHub Actions \`run:\` step.

Examples:
  llm-physics check                                   every manifest under the current directory
  llm-physics check deploy/prod "clusters/**/*.yaml"  some folders and a glob
  llm-physics check --fail-on warning --verbose       stricter, with what was read from where
  llm-physics check --format sarif > llm-physics.sarif
  llm-physics check --no-baseline --fail-on never     every finding, the accepted ones too
  llm-physics check --format diff > fixes.diff        the exact fixes, to review, then git apply fixes.diff
`,
  estimate: `Usage: llm-physics estimate --model <id | alias | org/name[@rev] | path/to/config.json> --gpu <id | alias> [options]

What one model needs on one GPU type: weights, KV cache and workspace against usable memory in
each precision, the hardware tier, bandwidth and decode speed.

Options:
  --model M             catalog id or alias, Hugging Face id (org/name[@rev]), ollama://name:tag,
                        or a path to a config.json (or the folder holding one)
  --gpu G               GPU id or alias (see \`llm-physics gpus\`)
  --gpus N              GPUs in the deployment (default: tensor × pipeline parallel, or 1)
  --precision P         weight precision: ${["int8", "fp8", "bf16", "fp16", "int4", "fp4", "fp32"].join(", ")} (default: the checkpoint's)
  --kv-precision P      KV-cache precision (default bf16)
  --context N           tokens per sequence, e.g. 8192 or 32k (default: 8192, or the model's maximum if lower)
  --batch N             sequences in flight (default 1)
  --target-tps N        decode tokens/s wanted per sequence
  --memory-fraction F   share of each GPU's memory the engine may use (default 0.9; 0.75 on unified memory)
  --tp N                tensor parallel size (default: --gpus)
  --pp N                pipeline parallel size (default 1)
  --dp N                data-parallel ranks, each on tensor × pipeline GPUs (default 1); a
                        mixture of experts has its routed experts split over all of them, as vLLM does
  --dp-replicas         data-parallel ranks are whole copies of the model (SGLang --dp without DP attention)
  --engine E[@V]        check the engine's own start-up memory arithmetic: vllm, sglang, tgi or trtllm,
                        optionally with its version (vllm@0.11.0)
  --json                print one JSON object instead of the table
  --offline             do not ask the Hugging Face Hub (lock and cache only)

Exit 0: the estimate was printed; 2: a usage error (an unknown model or GPU, a bad number).
Units: GB = 10^9 bytes, GiB = 2^30 bytes.

Examples:
  llm-physics estimate --model llama-3.1-8b --gpu L4
  llm-physics estimate --model meta-llama/Llama-3.1-70B-Instruct --gpu A100-80GB --gpus 4 --precision fp8 --context 32k
  llm-physics estimate --model ./models/my-model/config.json --gpu H100-SXM --batch 16 --target-tps 30 --json
  llm-physics estimate --model Qwen/Qwen2.5-7B-Instruct --gpu L40S --engine vllm@0.11.0
`,
  baseline: `Usage: llm-physics baseline [paths…] [options]

Accept the findings there are today: write them to ${BASELINE_FILE}, so that \`check\` (and
the GitHub Action) fail only on new findings and say how many were baselined. Commit the file.
A finding is known by its rule, file, deployment and the words of its message, not by its line
or the numbers in it: an edit above it, or a changed estimate, keeps it baselined. Run it again
to accept the findings of the day, or to drop those that were fixed.

Options:
  --baseline F        write F instead of ${BASELINE_FILE} (inside the repository)
  --config F          the repository config (default: .llm-physics.yml, found by walking up to the git root)
  --offline           do not ask the Hugging Face Hub (lock and cache only)

${REPOSITORY_HELP}

Exit 0: written; 2: a usage or configuration error.

Examples:
  llm-physics baseline                   accept every finding under the current directory
  llm-physics baseline deploy/legacy     accept only those of one folder
  llm-physics check --no-baseline        see them all again
`,
  lock: `Usage: llm-physics lock [paths…] [--config F]

Resolve every Hugging Face Hub model the manifests name and the catalog does not know (config.json
and the safetensors headers, at a commit sha) into ${LOCK_FILE}. Commit it: \`check\` reads it
first, so that pull requests from forks (no token) and offline runs give the same answer.

Options:
  --config F          the repository config (default: .llm-physics.yml, found by walking up to the git root)

${REPOSITORY_HELP}

Exit 0: written (or nothing to lock); 1: a model could not be locked; 2: a usage error, or HF_HUB_OFFLINE is set.

Examples:
  llm-physics lock
  HF_TOKEN=hf_… llm-physics lock deploy     gated models need a token
`,
  models: `Usage: llm-physics models [--json]

List the model catalog: id, parameters, active parameters of a mixture of experts, maximum
context and aliases. --json prints every entry with its architecture.

Examples:
  llm-physics models
  llm-physics models --json
`,
  gpus: `Usage: llm-physics gpus [--json]

List the GPU catalog: id, memory, bandwidth, native FP8 and aliases (the names manifests use:
node labels, GKE accelerators, short forms). --json prints every entry.

Examples:
  llm-physics gpus
  llm-physics gpus --json
`,
};
  return { usage: USAGE, commands: COMMAND_HELP };
}

/**
 * `--batch -2` would make parseArgs complain that the value looks like an option; a negative
 * number is never an option, so it is joined to its flag and judged by the value checks.
 */
function joinNegativeNumbers(args: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (arg.startsWith("--") && !arg.includes("=") && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

function parse(args: string[], options: ParseArgsConfig["options"], allowPositionals = false) {
  try {
    return parseArgs({ args: joinNegativeNumbers(args), options, allowPositionals, strict: true });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--gpu-count'"; keep its words, drop its code prefix.
    throw new UsageError(String((error as Error).message).replace(/\. To specify a positional argument.*$/s, ""));
  }
}

function envOf(io: CliIo): NodeJS.ProcessEnv {
  return io.env ?? process.env;
}

/**
 * A model for estimate, found as check finds it: the catalog, a config.json, then the lock, the
 * cache or the Hub, then a catalog variant (a quantized re-upload read by its name).
 */
async function estimateModel(value: string, io: CliIo, offline: boolean): Promise<ModelInput> {
  const { resolveManifestModel, resolveModel, UnknownNameError, modelLookup } = await catalogModules();
  if (modelLookup.find(value) || !(await import("../hub/ids.js")).hubReference(value)) return resolveModel(value, io.cwd);
  let repository: Repository;
  try {
    repository = { root: io.cwd, realRoot: (await import("../read/guarded-file.js")).realRoot(io.cwd) };
  } catch {
    repository = { root: io.cwd, realRoot: io.cwd };
  }
  const { lookUpModels } = await import("../pipeline/models.js");
  const lookup = await lookUpModels([value], repository, { env: envOf(io), offline });
  const resolved = resolveManifestModel(value, io.cwd, repository, lookup.run?.models);
  for (const remark of resolved.remarks ?? []) io.stderr(neutralizeWorkflowCommands(`llm-physics: ${remark.severity}: ${remark.message}\n`));
  if (resolved.ok) return resolved.value;
  if (resolved.failure === "hub-not-found" || resolved.failure === "unknown-name") {
    throw new UnknownNameError("model", value, resolved.suggestions, "It is not on the Hugging Face Hub either (a private model needs HF_TOKEN). Run `llm-physics models` for the catalog, or pass a path to the model's config.json.");
  }
  throw new UsageError(`model ${quote(value)} could not be read: ${resolved.message}`);
}

/** `--engine vllm`, `--engine vllm@0.11.0`: the engine whose start-up arithmetic is checked (docs/physics.md#engine-memory). */
function engineOption(value: string | undefined, memoryFraction: number | undefined, settingsFor: typeof EngineSettingsFor): { engine?: EngineSettingsWithoutContext; speedEngine?: { name: "vllm" | "sglang" | "tgi" | "trtllm"; version?: string } } {
  if (value === undefined) return {};
  const parsed = engineSettingsOption(value, memoryFraction, settingsFor);
  const name = parsed.engine.engine === "tensorrt-llm" ? "trtllm" : parsed.engine.engine;
  const version = "version" in parsed.engine && parsed.engine.version ? { version: parsed.engine.version } : {};
  return { ...parsed, speedEngine: { name, ...version } };
}

function engineSettingsOption(value: string, memoryFraction: number | undefined, engineSettingsFor: typeof EngineSettingsFor): { engine: EngineSettingsWithoutContext } {
  const m = /^(vllm|sglang|tgi|trtllm|tensorrt-llm)(?:@v?(\d+(?:\.\d+){1,3}))?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--engine must be vllm, sglang, tgi or trtllm, optionally with @version (vllm@0.11.0), got ${quote(value)}`);
  const name = m[1]!.toLowerCase() === "tensorrt-llm" ? "trtllm" : (m[1]!.toLowerCase() as "vllm" | "sglang" | "tgi" | "trtllm");
  return { engine: engineSettingsFor(name, { ...(m[2] ? { version: m[2] } : {}), ...(memoryFraction !== undefined ? { memoryFraction } : {}) }) };
}

async function runEstimate(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    model: { type: "string" },
    gpu: { type: "string" },
    gpus: { type: "string" },
    precision: { type: "string" },
    "kv-precision": { type: "string" },
    context: { type: "string" },
    batch: { type: "string" },
    "target-tps": { type: "string" },
    "memory-fraction": { type: "string" },
    tp: { type: "string" },
    pp: { type: "string" },
    dp: { type: "string" },
    "dp-replicas": { type: "boolean" },
    engine: { type: "string" },
    json: { type: "boolean" },
    offline: { type: "boolean" },
  });
  const v = values as Record<string, string | boolean | undefined>;
  const str = (name: string) => v[name] as string | undefined;
  if (!str("model")) throw new UsageError("estimate needs --model <catalog id | alias | path/to/config.json>");
  if (!str("gpu")) throw new UsageError("estimate needs --gpu <id | alias> (see `llm-physics gpus`)");
  const { resolveGpu, estimate, EstimateError, engineSettingsFor, formatEstimateText } = await catalogModules();
  const options = {
    gpuCount: positiveInteger("gpus", str("gpus")),
    precision: precision("precision", str("precision")),
    kvPrecision: precision("kv-precision", str("kv-precision")),
    contextTokens: tokenCount("context", str("context")),
    batch: positiveInteger("batch", str("batch")),
    targetTokensPerSec: positiveNumber("target-tps", str("target-tps")),
    memoryFraction: fraction("memory-fraction", str("memory-fraction")),
    tensorParallel: positiveInteger("tp", str("tp")),
    pipelineParallel: positiveInteger("pp", str("pp")),
    dataParallel: positiveInteger("dp", str("dp")),
    // vLLM's data parallelism: the MoE layers span every rank; --dp-replicas for whole copies (SGLang --dp alone).
    expertsSpanDataParallel: v["dp-replicas"] !== true,
    ...engineOption(str("engine"), fraction("memory-fraction", str("memory-fraction")), engineSettingsFor),
  };
  const gpu = resolveGpu(str("gpu")!);
  const model = await estimateModel(str("model")!, io, v.offline === true);
  let result;
  try {
    result = estimate(model, gpu, options);
  } catch (error) {
    if (error instanceof EstimateError) {
      const flag = { tensorParallel: "--tp", gpuCount: "--gpus", dataParallel: "--dp" }[error.option as string] ?? `--${error.option}`;
      throw new UsageError(`${flag}: ${error.message}`);
    }
    throw error;
  }
  // A model name comes from a config.json: printed by a `run:` step, it must not read as a workflow command.
  io.stdout(v.json ? neutralizeJson(JSON.stringify(result, null, 2)) + "\n" : neutralizeWorkflowCommands(formatEstimateText(result)));
  return 0;
}

/** What check, baseline and lock run: the pipeline, the reports and where the repository is (check-modules.ts). */
async function checkModules() {
  const m = await import("./check-modules.js");
  // A path that cannot be walked, a configuration that cannot be read: the user's to fix.
  USER_ERRORS.add(m.DiscoveryError).add(m.ConfigError);
  return m;
}

type CheckModules = Awaited<ReturnType<typeof checkModules>>;

export const COLOR_CHOICES = ["auto", "always", "never"] as const;

/**
 * Whether the text report is coloured. \`always\` and \`never\` decide; \`auto\` colours a terminal,
 * unless NO_COLOR is set to anything but "" (no-color.org); FORCE_COLOR decides before both, as
 * Node's own tty does: "0" or "false" off, any other value on.
 */
export function useColor(choice: string | undefined, io: Pick<CliIo, "env" | "isTTY">): boolean {
  const value = choice ?? "auto";
  if (!(COLOR_CHOICES as readonly string[]).includes(value)) throw new UsageError(`--color must be one of ${COLOR_CHOICES.join(", ")}, got ${quote(choice)}`);
  if (value !== "auto") return value === "always";
  const env = io.env ?? process.env;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false"].includes(force.trim().toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return io.isTTY === true;
}

/**
 * The read worker of a command that reads the whole repository, started before its modules load
 * (src/cli/read-ahead.ts); undefined where it reads on the main thread.
 */
async function readAhead(io: CliIo, positionals: string[], configFlag: string | undefined) {
  const { startReadAhead } = await import("./read-ahead.js");
  return startReadAhead(io.cwd, positionals, configFlag, envOf(io));
}

/** The repository of a command that reads it (see repository.ts), its configuration, and its check prepared. */
async function prepareIn(
  m: CheckModules,
  io: CliIo,
  positionals: string[],
  configFlag: string | undefined,
  ahead: Awaited<ReturnType<typeof readAhead>>,
  extra: (root: string) => Partial<CheckOptions>,
) {
  try {
    const { root, paths, config } = m.locateRepository(io.cwd, positionals, configFlag ?? null);
    const repoConfig = m.loadConfig(config, root);
    // LLM_PHYSICS_READ_WORKER=0: read the repository on the main thread (a runner that allows no threads).
    const readWorker = envOf(io).LLM_PHYSICS_READ_WORKER !== "0";
    const options = { cwd: root, paths, config: repoConfig, readWorker, ...(ahead ? { readAhead: ahead } : {}), ...extra(root) };
    return { root, config: repoConfig, prepared: await m.prepareCheckLazily(options) };
  } finally {
    // Not taken (a configuration error, a baseline that cannot be read): stopped. Taken: done by now.
    ahead?.cancel();
  }
}

async function runCheckCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      config: { type: "string" },
      format: { type: "string" },
      "fail-on": { type: "string" },
      baseline: { type: "string" },
      "no-baseline": { type: "boolean" },
      color: { type: "string" },
      verbose: { type: "boolean", short: "v" },
      offline: { type: "boolean" },
      fix: { type: "boolean" },
    },
    true,
  );
  const v = values as Record<string, string | undefined>;
  let ahead = await readAhead(io, positionals, v.config);
  const m = await checkModules();
  const flags = values as Record<string, unknown>;
  const verbose = flags.verbose === true;
  const fix = flags.fix === true;
  // `diff` is not a report format: it prints the files' changed lines, which the check reads again.
  const diff = v.format === "diff";
  if (fix && diff) throw new UsageError("--fix writes the changes that --format diff prints; pass one");
  const format = (diff ? "text" : (v.format ?? "text")) as Format;
  if (!m.FORMATS.includes(format)) throw new UsageError(`--format must be one of ${m.FORMATS.join(", ")} or diff, got ${quote(v.format)}`);
  const failOn = (v["fail-on"] ?? "error") as FailOn;
  if (!m.FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${m.FAIL_ON.join(", ")}, got ${quote(v["fail-on"])}`);
  const color = useColor(v.color, io);
  if (v.baseline !== undefined && flags["no-baseline"] === true) throw new UsageError("--baseline and --no-baseline contradict each other; pass one");
  if (verbose && (format !== "text" || diff)) throw new UsageError(`--verbose is for the text format; --format ${v.format} ${v.format === "markdown" ? "is the job summary" : diff ? "prints the fixes only" : "already holds every fact"}`);
  const check = async () => {
    // The worker started ahead reads for the first check only (--fix checks again).
    const readAhead = ahead;
    ahead = undefined;
    const { root, config, prepared } = await prepareIn(m, io, positionals, v.config, readAhead, (root) => ({
      baseline: flags["no-baseline"] === true ? null : m.loadBaseline(v.baseline === undefined ? null : resolvePath(io.cwd, v.baseline), root),
    }));
    return { root, maxFileSizeBytes: config.maxFileSizeBytes, ...(await m.finishWithModels(prepared, { env: envOf(io), offline: flags.offline === true })) };
  };
  let { root, maxFileSizeBytes, report } = await check();
  if (diff || fix) {
    const fixes = await import("./fix.js");
    const files = (n: number) => `${n} file(s)`;
    if (diff) {
      const { diff: text, lines, files: count } = fixes.fixesDiff(root, report.findings, maxFileSizeBytes);
      io.stdout(text);
      io.stderr(
        lines === 0
          ? "llm-physics: no finding has an exact fix: nothing to change\n"
          : `llm-physics: ${lines} line(s) in ${files(count)} would change; apply with \`git apply\` or run \`llm-physics check --fix\`\n`,
      );
      return m.failsAt(report, failOn) ? 1 : 0;
    }
    // The files the check read, within the configuration's size limit, are the files fixed.
    const written = fixes.writeFixes(root, report.findings, maxFileSizeBytes);
    for (const refused of written.refused) io.stderr(neutralizeWorkflowCommands(`llm-physics: ${refused.file} ${refused.message}\n`));
    if (written.files.length === 0 && written.refused.length === 0) io.stderr("llm-physics: no finding has an exact fix: nothing to change\n");
    if (written.files.length > 0) {
      io.stderr(neutralizeWorkflowCommands(`llm-physics: fixed ${written.lines} line(s) in ${files(written.files.length)}: ${written.files.join(", ")}\n`));
      // What stands after the fixes: the check of the files as they are now.
      ({ root, maxFileSizeBytes, report } = await check());
    }
  }
  writeInChunks(io, (write) => m.writeReport(format, report, { rules: m.RULES, version: m.VERSION, verbose, color: color && format === "text" }, write));
  return m.failsAt(report, failOn) ? 1 : 0;
}

/** Characters gathered before a write to stdout: few writes, and no copy of a whole large report. */
const STDOUT_CHUNK_CHARS = 256 * 1024;

/** What `produce` writes, to stdout in chunks of about STDOUT_CHUNK_CHARS. */
function writeInChunks(io: CliIo, produce: (write: (text: string) => void) => void): void {
  let pieces: string[] = [];
  let size = 0;
  const flush = () => {
    if (pieces.length > 0) io.stdout(pieces.join(""));
    pieces = [];
    size = 0;
  };
  produce((text) => {
    pieces.push(text);
    size += text.length;
    if (size >= STDOUT_CHUNK_CHARS) flush();
  });
  flush();
}

/** \`llm-physics baseline\`: every finding of the check, written as accepted. */
async function runBaselineCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { config: { type: "string" }, baseline: { type: "string" }, offline: { type: "boolean" } }, true);
  const v = values as Record<string, string | undefined>;
  const ahead = await readAhead(io, positionals, v.config);
  const m = await checkModules();
  let all: readonly Finding[] = [];
  const { root, prepared } = await prepareIn(m, io, positionals, v.config, ahead, () => ({ baseline: null, onFindings: (findings) => (all = [...findings]) }));
  const { report } = await m.finishWithModels(prepared, { env: envOf(io), offline: (values as Record<string, unknown>).offline === true });
  const written = m.writeBaseline(root, v.baseline === undefined ? null : resolvePath(io.cwd, v.baseline), m.createBaseline(all));
  const bySeverity = (severity: Finding["severity"]) => all.filter((f) => f.severity === severity).length;
  const counts = `${bySeverity("error")} error(s), ${bySeverity("warning")} warning(s), ${bySeverity("notice")} notice(s)`;
  io.stdout(
    neutralizeWorkflowCommands(
      `wrote ${written}: ${all.length} finding(s) accepted (${counts}) in ${report.summary.deployments} deployment(s) across ${report.summary.files} file(s)\n` +
        (all.length > 0 ? `check now fails only on new findings; commit ${written}, and run \`llm-physics baseline\` again to accept more or drop fixed ones\n` : ""),
    ),
  );
  return 0;
}

/** \`llm-physics lock\`: resolve every Hub model the manifests name, write the lock file. */
async function runLock(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { config: { type: "string" } }, true);
  const configFlag = (values as Record<string, string | undefined>).config;
  const ahead = await readAhead(io, positionals, configFlag);
  const m = await checkModules();
  const { root, prepared } = await prepareIn(m, io, positionals, configFlag, ahead, () => ({ baseline: null }));
  const lookup = await m.lookUpModels(prepared.modelReferences, prepared.repository, { env: envOf(io), useLock: false });
  if (lookup.settings.offline) throw new UsageError("lock asks the Hugging Face Hub, but HF_HUB_OFFLINE is set: unset it to write the lock");
  const run = lookup.run;
  if (!run || run.facts.size === 0 && [...prepared.modelReferences].every((r) => !run.models.get(r))) {
    io.stdout("no manifest names a Hugging Face Hub model the catalog does not know: nothing to lock\n");
    return 0;
  }
  let failed = 0;
  for (const reference of [...prepared.modelReferences].sort()) {
    const answer = run.models.get(reference);
    if (answer && !answer.ok && !answer.guessed) {
      failed++;
      io.stderr(neutralizeWorkflowCommands(`llm-physics: ${quote(reference)} not locked: ${answer.message}\n`));
    }
  }
  const unique = new Map([...run.facts.values()].map((f) => [`${f.repo}@${f.revision}`, f]));
  const { LOCK_FILE, writeLock } = await import("../hub/store.js");
  writeLock(root, [...unique.values()]);
  const lines = [...unique.values()].map((f) => `  ${f.repo}@${f.revision} → ${f.sha}`);
  io.stdout(neutralizeWorkflowCommands(`locked ${unique.size} model(s) in ${LOCK_FILE}${lines.length > 0 ? `:\n${lines.join("\n")}` : ""}\n`));
  return failed > 0 ? 1 : 0;
}

async function runModels(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { json: { type: "boolean" } });
  const [{ MODELS }, { countParams }, { table }, { formatInteger, formatParams }] = await Promise.all([
    import("../catalog/models.js"),
    import("../physics/params.js"),
    import("../report/estimate-text.js"),
    import("../base/units.js"),
  ]);
  if ((values as { json?: boolean }).json) {
    io.stdout(JSON.stringify(MODELS.map((m) => ({ ...m, derived: countParams(m.architecture) })), null, 2) + "\n");
    return 0;
  }
  const rows = [["id", "params", "active", "max context", "aliases"]];
  for (const m of MODELS) {
    const p = countParams(m.architecture);
    rows.push([m.id, formatParams(p.paramsTotal), m.architecture.moe ? formatParams(p.paramsActive) : "", formatInteger(m.maxContextTokens), m.aliases.slice(0, 3).join(", ")]);
  }
  io.stdout(table(rows).join("\n") + "\n");
  return 0;
}

async function runGpus(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { json: { type: "boolean" } });
  const [{ GPUS }, { table }, { formatBandwidth, formatGiB }] = await Promise.all([import("../catalog/gpus.js"), import("../report/estimate-text.js"), import("../base/units.js")]);
  if ((values as { json?: boolean }).json) {
    io.stdout(JSON.stringify(GPUS, null, 2) + "\n");
    return 0;
  }
  const rows = [["id", "memory", "bandwidth", "FP8", "aliases"]];
  for (const g of GPUS) {
    rows.push([g.id, formatGiB(g.memoryBytes), formatBandwidth(g.bandwidthBytesPerSec), g.fp8Native ? "native" : "no", g.aliases.slice(0, 3).join(", ")]);
  }
  io.stdout(table(rows).join("\n") + "\n");
  return 0;
}

/** Run the CLI with `argv` (without node and script); returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (rest.includes("--help") || rest.includes("-h") || (command === "help" && rest.length > 0)) {
    const topic = command === "help" ? rest[0]! : command!;
    if (COMMANDS.includes(topic)) {
      io.stdout((await helpTexts()).commands[topic]!);
      return 0;
    }
    if (command !== "help") {
      io.stdout((await helpTexts()).usage);
      return 0;
    }
  }
  try {
    switch (command) {
      case "estimate":
        return await runEstimate(rest, io);
      case "check":
        return await runCheckCommand(rest, io);
      case "lock":
        return await runLock(rest, io);
      case "baseline":
        return await runBaselineCommand(rest, io);
      case "models":
        return await runModels(rest, io);
      case "gpus":
        return await runGpus(rest, io);
      case "--version":
      case "-v":
        io.stdout(`${(await import("./check-modules.js")).VERSION}\n`);
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout((await helpTexts()).usage);
        return 0;
      default:
        throw new UsageError(`unknown command ${quote(command)}; the commands are ${COMMANDS.join(", ")} (\`llm-physics --help\` says what each does)`);
    }
  } catch (error) {
    if ([...USER_ERRORS].some((kind) => error instanceof kind)) {
      io.stderr(neutralizeWorkflowCommands(`llm-physics: ${(error as Error).message}\n`));
      return 2;
    }
    // A bug of ours, not the user's input: say so plainly; the stack only when asked for.
    const detail = process.env.LLM_PHYSICS_DEBUG ? `\n${(error as Error).stack}` : "";
    io.stderr(neutralizeWorkflowCommands(`llm-physics: internal error: ${(error as Error).message}${detail}\nPlease report this with the command you ran (LLM_PHYSICS_DEBUG=1 shows the stack).\n`));
    return 3;
  }
}
