import { parseArgs, type ParseArgsConfig } from "node:util";
import { HfConfigError } from "../catalog/hf-config.js";
import { GPUS } from "../catalog/gpus.js";
import { MODELS } from "../catalog/models.js";
import { resolveGpu, resolveManifestModel, resolveModel, UnknownNameError, type Repository } from "../catalog/resolve.js";
import { modelLookup } from "../catalog/lookups.js";
import type { ModelInput } from "../base/model-input.js";
import { estimate, EstimateError, type EngineSettingsWithoutContext } from "../estimate/estimate.js";
import { countParams } from "../physics/params.js";
import { formatEstimateText, table } from "../report/estimate-text.js";
import { formatBandwidth, formatGiB, formatInteger, formatParams } from "../base/units.js";
import { FAIL_ON, failsAt, prepareCheck, VERSION, type FailOn, type PreparedCheck } from "../pipeline/check.js";
import { finishWithModels, lookUpModels } from "../pipeline/models.js";
import { hubReference } from "../hub/ids.js";
import { LOCK_FILE, writeLock } from "../hub/store.js";
import { realRoot } from "../read/guarded-file.js";
import { ConfigError, loadConfig, type RepoConfig } from "../config/config.js";
import { DiscoveryError } from "../discover/discover.js";
import { RULES } from "../evaluate/rules/index.js";
import { FORMATS, formatReport, type Format } from "../report/index.js";
import { fraction, positiveInteger, positiveNumber, precision, tokenCount, UsageError } from "./args.js";
import { neutralizeJson, neutralizeWorkflowCommands, quote } from "../base/text.js";

/** Where the CLI writes and from where it resolves relative paths; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** The environment (HF_ENDPOINT, HF_TOKEN, HF_HUB_OFFLINE…); default process.env. */
  env?: NodeJS.ProcessEnv;
}


const USAGE = `llm-physics — what an LLM deployment asks of its GPUs

Usage:
  llm-physics check [paths…] [--config F] [--format text|json|sarif|github|markdown] [--fail-on error|warning|notice|never] [--verbose] [--offline]
  llm-physics estimate --model <id | alias | org/name[@rev] | path/to/config.json> --gpu <id | alias> [options]
  llm-physics lock [paths…] [--config F]   resolve the Hub models the manifests name into ${LOCK_FILE}
  llm-physics models [--json]      list the model catalog
  llm-physics gpus [--json]        list the GPU catalog

check finds LLM deployments in the paths (default: the current directory): InferenceDeployment
manifests, Kubernetes workloads running vLLM, SGLang, TGI or TensorRT-LLM, KServe, Helm values of the
vLLM production stack and llm-d, Ray Serve, SkyPilot, dstack, NVIDIA NIM and KubeAI. It validates
them and reports findings; --verbose lists under each deployment every fact read and its line.
Exit 0: nothing at or above --fail-on (default error); 1: findings at or above it; 2: a usage or
configuration error.

Models the catalog does not know are read from the Hugging Face Hub: config.json and the
safetensors headers, for exact weight bytes. HF_TOKEN (or HUGGING_FACE_HUB_TOKEN, or
$HF_HOME/token) for gated models, HF_ENDPOINT for a mirror, HF_HUB_OFFLINE=1 or --offline for no
requests. Answers are cached in $XDG_CACHE_HOME/llm-physics; \`lock\` writes them to ${LOCK_FILE},
which check reads first (pull requests from forks have no token).

Options of estimate:
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

Units: GB = 10^9 bytes, GiB = 2^30 bytes.
`;

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
  if (modelLookup.find(value) || !hubReference(value)) return resolveModel(value, io.cwd);
  let repository: Repository;
  try {
    repository = { root: io.cwd, realRoot: realRoot(io.cwd) };
  } catch {
    repository = { root: io.cwd, realRoot: io.cwd };
  }
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
function engineOption(value: string | undefined, memoryFraction: number | undefined): { engine?: EngineSettingsWithoutContext } {
  if (value === undefined) return {};
  const m = /^(vllm|sglang|tgi|trtllm|tensorrt-llm)(?:@v?(\d+(?:\.\d+){1,3}))?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--engine must be vllm, sglang, tgi or trtllm, optionally with @version (vllm@0.11.0), got ${quote(value)}`);
  const name = m[1]!.toLowerCase();
  const version = m[2] ? { version: m[2] } : {};
  if (name === "vllm") return { engine: { engine: "vllm", ...version, ...(memoryFraction !== undefined ? { gpuMemoryUtilization: memoryFraction } : {}) } };
  if (name === "sglang") return { engine: { engine: "sglang", ...version, ...(memoryFraction !== undefined ? { memFractionStatic: memoryFraction } : {}) } };
  if (name === "tgi") return { engine: { engine: "tgi", ...(memoryFraction !== undefined ? { cudaMemoryFraction: memoryFraction } : {}) } };
  return { engine: { engine: "tensorrt-llm", ...(memoryFraction !== undefined ? { kvCacheFreeGpuMemoryFraction: memoryFraction } : {}) } };
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
    ...engineOption(str("engine"), fraction("memory-fraction", str("memory-fraction"))),
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

/** Discover, read and adapt the paths; a path that cannot be walked is a usage error. */
function prepareOrSay(io: CliIo, paths: string[], config: RepoConfig): PreparedCheck {
  try {
    return prepareCheck({ cwd: io.cwd, paths, config });
  } catch (error) {
    if (error instanceof DiscoveryError) throw new UsageError(error.message);
    throw error;
  }
}

async function runCheckCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      config: { type: "string" },
      format: { type: "string" },
      "fail-on": { type: "string" },
      verbose: { type: "boolean", short: "v" },
      offline: { type: "boolean" },
    },
    true,
  );
  const v = values as Record<string, string | undefined>;
  const verbose = (values as Record<string, unknown>).verbose === true;
  const format = (v.format ?? "text") as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got ${quote(v.format)}`);
  const failOn = (v["fail-on"] ?? "error") as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got ${quote(v["fail-on"])}`);
  const config = loadConfig(v.config ?? null, io.cwd);
  if (verbose && format !== "text") throw new UsageError(`--verbose is for the text format; --format ${format} ${format === "markdown" ? "is the job summary" : "already holds every fact"}`);
  const prepared = prepareOrSay(io, positionals, config);
  const { report } = await finishWithModels(prepared, { env: envOf(io), offline: (values as Record<string, unknown>).offline === true });
  io.stdout(formatReport(format, report, { rules: RULES, version: VERSION, verbose }));
  return failsAt(report, failOn) ? 1 : 0;
}

/** `llm-physics lock`: resolve every Hub model the manifests name, write the lock file. */
async function runLock(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { config: { type: "string" } }, true);
  const config = loadConfig((values as Record<string, string | undefined>).config ?? null, io.cwd);
  const prepared = prepareOrSay(io, positionals, config);
  const lookup = await lookUpModels(prepared.modelReferences, prepared.repository, { env: envOf(io), useLock: false });
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
  const path = writeLock(io.cwd, [...unique.values()]);
  const lines = [...unique.values()].map((f) => `  ${f.repo}@${f.revision} → ${f.sha}`);
  io.stdout(neutralizeWorkflowCommands(`locked ${unique.size} model(s) in ${LOCK_FILE}${lines.length > 0 ? `:\n${lines.join("\n")}` : ""}\n`));
  void path;
  return failed > 0 ? 1 : 0;
}

function runModels(args: string[], io: CliIo): number {
  const { values } = parse(args, { json: { type: "boolean" } });
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

function runGpus(args: string[], io: CliIo): number {
  const { values } = parse(args, { json: { type: "boolean" } });
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
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    switch (command) {
      case "estimate":
        return await runEstimate(rest, io);
      case "check":
        return await runCheckCommand(rest, io);
      case "lock":
        return await runLock(rest, io);
      case "models":
        return runModels(rest, io);
      case "gpus":
        return runGpus(rest, io);
      case "--version":
      case "-v":
        io.stdout(`${VERSION}\n`);
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return 0;
      default:
        throw new UsageError(`unknown command ${quote(command)}; the commands are check, estimate, lock, models and gpus`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnknownNameError || error instanceof HfConfigError || error instanceof ConfigError) {
      io.stderr(neutralizeWorkflowCommands(`llm-physics: ${error.message}\n`));
      return 2;
    }
    // A bug of ours, not the user's input: say so plainly; the stack only when asked for.
    const detail = process.env.LLM_PHYSICS_DEBUG ? `\n${(error as Error).stack}` : "";
    io.stderr(neutralizeWorkflowCommands(`llm-physics: internal error: ${(error as Error).message}${detail}\nPlease report this with the command you ran (LLM_PHYSICS_DEBUG=1 shows the stack).\n`));
    return 3;
  }
}
