import { parseArgs, type ParseArgsConfig } from "node:util";
import { HfConfigError } from "../catalog/hf-config.js";
import { GPUS } from "../catalog/gpus.js";
import { MODELS } from "../catalog/models.js";
import { resolveGpu, resolveModel, UnknownNameError } from "../catalog/resolve.js";
import { estimate, EstimateError } from "../estimate/estimate.js";
import { countParams } from "../physics/params.js";
import { formatEstimateText, table } from "../report/estimate-text.js";
import { formatBandwidth, formatGiB, formatInteger, formatParams } from "../base/units.js";
import { FAIL_ON, failsAt, runCheck, VERSION, type FailOn } from "../pipeline/check.js";
import { ConfigError, loadConfig } from "../config/config.js";
import { DiscoveryError } from "../discover/discover.js";
import { RULES } from "../evaluate/rules/index.js";
import { FORMATS, formatReport, type Format } from "../report/index.js";
import type { CheckReport } from "../report/report.js";
import { fraction, positiveInteger, positiveNumber, precision, tokenCount, UsageError } from "./args.js";
import { neutralizeJson, neutralizeWorkflowCommands, quote } from "../base/text.js";

/** Where the CLI writes and from where it resolves relative paths; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}


const USAGE = `llm-physics — what an LLM deployment asks of its GPUs

Usage:
  llm-physics check [paths…] [--config F] [--format text|json|sarif|github|markdown] [--fail-on error|warning|notice|never] [--verbose]
  llm-physics estimate --model <id | alias | path/to/config.json> --gpu <id | alias> [options]
  llm-physics models [--json]      list the model catalog
  llm-physics gpus [--json]        list the GPU catalog

check finds LLM deployments in the paths (default: the current directory): InferenceDeployment
manifests, Kubernetes workloads running vLLM, SGLang, TGI or TensorRT-LLM, KServe, Helm values of the
vLLM production stack and llm-d, Ray Serve, SkyPilot, dstack, NVIDIA NIM and KubeAI. It validates
them and reports findings; --verbose lists under each deployment every fact read and its line.
Exit 0: nothing at or above --fail-on (default error); 1: findings at or above it; 2: a usage or
configuration error.

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
  --json                print one JSON object instead of the table

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

function runEstimate(args: string[], io: CliIo): number {
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
    json: { type: "boolean" },
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
  };
  const model = resolveModel(str("model")!, io.cwd);
  const gpu = resolveGpu(str("gpu")!);
  let result;
  try {
    result = estimate(model, gpu, options);
  } catch (error) {
    if (error instanceof EstimateError) {
      const flag = { tensorParallel: "--tp", gpuCount: "--gpus" }[error.option as string] ?? `--${error.option}`;
      throw new UsageError(`${flag}: ${error.message}`);
    }
    throw error;
  }
  // A model name comes from a config.json: printed by a `run:` step, it must not read as a workflow command.
  io.stdout(v.json ? neutralizeJson(JSON.stringify(result, null, 2)) + "\n" : neutralizeWorkflowCommands(formatEstimateText(result)));
  return 0;
}

function runCheckCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parse(
    args,
    {
      config: { type: "string" },
      format: { type: "string" },
      "fail-on": { type: "string" },
      verbose: { type: "boolean", short: "v" },
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
  let report: CheckReport;
  try {
    report = runCheck({ cwd: io.cwd, paths: positionals, config });
  } catch (error) {
    if (error instanceof DiscoveryError) throw new UsageError(error.message);
    throw error;
  }
  if (verbose && format !== "text") throw new UsageError(`--verbose is for the text format; --format ${format} ${format === "markdown" ? "is the job summary" : "already holds every fact"}`);
  io.stdout(formatReport(format, report, { rules: RULES, version: VERSION, verbose }));
  return failsAt(report, failOn) ? 1 : 0;
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
export function main(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    switch (command) {
      case "estimate":
        return runEstimate(rest, io);
      case "check":
        return runCheckCommand(rest, io);
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
        throw new UsageError(`unknown command ${quote(command)}; the commands are check, estimate, models and gpus`);
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
