import type { Deployment, InlineModel } from "../base/deployment.js";
import type { ModelInput } from "../base/model-input.js";
import { quote } from "../base/text.js";
import { resolveManifestModel, type ExternalModels, type Repository, type Resolution } from "../catalog/resolve.js";
import type { GpuSpec } from "../catalog/types.js";
import { effectivePolicy, type RepoConfig } from "../config/config.js";
import { engineSettingsFor, estimate, EstimateError, type EngineSettingsWithoutContext, type Estimate } from "../estimate/estimate.js";
import type { Requirement, RuleContext } from "../evaluate/rule.js";
import { gpuCatalogFor, withDeclaredGpu, type GpuCatalog } from "./gpus.js";
import { architectureProblems } from "../physics/consistency.js";
import type { SpeedEngine } from "../physics/speed-model.js";
import { usableBytes } from "../physics/memory.js";
import { ollamaContext } from "../checkpoint/ollama.js";
import { formatGiB } from "../base/units.js";

/**
 * Resolution: a deployment's model and GPU looked up (catalog, config.json, inline architecture),
 * its policy put together, and the physics run: the RuleContext every rule reads. The rule tests
 * build their contexts with resolveDeployment too.
 */

function inlineModelInput(deployment: Deployment, inline: InlineModel): Resolution<ModelInput> {
  const problems = architectureProblems(inline.architecture);
  if (problems.length > 0) {
    return { ok: false, message: `the inline architecture cannot be computed: ${problems.join("; ")}`, suggestions: [], failure: "inline-architecture-invalid" };
  }
  const value: ModelInput = {
    id: inline.name ?? `${deployment.name} (inline architecture)`,
    name: inline.name ?? "inline architecture",
    architecture: inline.architecture,
    maxContextTokens: inline.maxContextTokens,
    nativePrecision: "bf16",
    resolvedFrom: `inline in ${deployment.file}`,
    source: "inline",
  };
  return { ok: true, value };
}

function resolveGpuName(name: string, catalog: GpuCatalog): Resolution<GpuSpec> {
  const gpu = catalog.lookup.find(name);
  if (gpu) return { ok: true, value: gpu };
  return { ok: false, message: `unknown GPU ${quote(name)}`, suggestions: catalog.lookup.suggest(name) };
}

/**
 * The context a deployment runs at: the manifest's, else the engine's default for the model
 * (Ollama's num_ctx, stated as an assumption), else the model's maximum, as vLLM's max_model_len.
 */
function servingContext(deployment: Deployment, model: ModelInput, gpu: GpuSpec): { contextTokens: number; model: ModelInput } {
  if (deployment.contextLength) return { contextTokens: deployment.contextLength.value, model };
  if (model.servingDefaults?.engine === "ollama") {
    const totalVramBytes = gpu.memoryBytes * deployment.gpuCount.value;
    const context = ollamaContext({ totalVramBytes, modelContextTokens: model.maxContextTokens });
    const tokens = context.contextTokens ?? 4096;
    const why = `context ${tokens} tokens assumed: Ollama's default num_ctx (v0.15.5 and later choose it by total VRAM, here ${formatGiB(totalVramBytes)}); set OLLAMA_CONTEXT_LENGTH or the Modelfile's num_ctx and declare it to check another`;
    return { contextTokens: tokens, model: { ...model, assumptions: [...(model.assumptions ?? []), why] } };
  }
  return { contextTokens: model.maxContextTokens, model };
}

function estimateDeployment(deployment: Deployment, resolved: ModelInput, gpu: GpuSpec): Estimate | null {
  const { contextTokens, model } = servingContext(deployment, resolved, gpu);
  const options = {
    gpuCount: deployment.gpuCount.value,
    precision: deployment.precision?.value,
    kvPrecision: deployment.kvCachePrecision?.value,
    contextTokens,
    batch: deployment.concurrencyIsEngineCap ? 1 : (deployment.concurrency?.value ?? 1),
    targetTokensPerSec: deployment.targetTokensPerSecond?.value,
    memoryFraction: deployment.memoryFraction?.value,
    tensorParallel: deployment.tensorParallel?.value,
    pipelineParallel: deployment.pipelineParallel?.value,
    dataParallel: deployment.dataParallel?.value,
    expertsSpanDataParallel: deployment.expertsSpanDataParallel,
    ...(deployment.engine ? { engine: engineSettingsOf(deployment) } : {}),
    ...speedEngineOf(deployment, model),
  };
  try {
    const first = estimate(model, gpu, options);
    return deployment.contextChosenByEngine ? engineChosenContext(first, model, gpu, options) : first;
  } catch (error) {
    if (!(error instanceof EstimateError)) throw error;
  }
  // Parallelism that asks for more GPUs than the deployment has: tensor-parallel-invalid says so at
  // its line; the capacity verdict still stands, at the parallelism the GPUs allow.
  const count = options.gpuCount;
  // No GPU at all: nothing to estimate on (tensor-parallel-invalid says so).
  if (count < 1) return null;
  const asked = `tensor parallel ${options.tensorParallel ?? 1} × pipeline parallel ${options.pipelineParallel ?? 1}${options.dataParallel ? ` × data parallel ${options.dataParallel}` : ""}`;
  // Data parallelism first gives way (each rank is a whole copy of the attention weights), then tensor parallelism.
  const pp = Math.min(options.pipelineParallel ?? 1, count);
  const dp = Math.max(1, Math.min(options.dataParallel ?? 1, Math.floor(count / (pp * (options.tensorParallel ?? 1)))));
  const tp = Math.max(1, Math.min(options.tensorParallel ?? count, Math.floor(count / (pp * dp))));
  try {
    const fallback = estimate(model, gpu, { ...options, tensorParallel: tp, pipelineParallel: pp, dataParallel: dp });
    fallback.notes.push(
      `${asked} needs more than the ${count} GPU${count === 1 ? "" : "s"} the deployment has: estimated at tensor parallel ${tp} × pipeline parallel ${pp}${dp > 1 || options.dataParallel ? ` × data parallel ${dp}` : ""}, the most they allow`,
    );
    return fallback;
  } catch (error) {
    if (error instanceof EstimateError) return null;
    throw error;
  }
}

/** The engine the speed model prices (docs/physics.md#decode-speed-engine-aware): the command line's, Ollama's for an Ollama model, else unknown. */
function speedEngineOf(deployment: Deployment, model: ModelInput): { speedEngine?: { name: SpeedEngine; version?: string; eager?: boolean } } {
  const e = deployment.engine;
  if (e) return { speedEngine: { name: e.name, ...(e.version ? { version: e.version } : {}), ...(e.eager ? { eager: true } : {}) } };
  if (model.servingDefaults?.engine === "ollama") return { speedEngine: { name: "ollama" } };
  return {};
}

/**
 * The engine's settings as the manifest gives them (docs/physics.md#engine-memory): its version
 * from the image tag, its memory fraction, vLLM's --max-num-seqs and --enforce-eager; the rest
 * take the engine's defaults for that version.
 */
function engineSettingsOf(deployment: Deployment): EngineSettingsWithoutContext {
  const engine = deployment.engine!;
  return engineSettingsFor(engine.name, {
    ...(engine.version !== undefined ? { version: engine.version } : {}),
    ...(deployment.memoryFraction ? { memoryFraction: deployment.memoryFraction.value } : {}),
    ...(deployment.concurrencyIsEngineCap && deployment.concurrency ? { maxNumSeqs: deployment.concurrency.value } : {}),
    ...(engine.eager ? { eager: true } : {}),
  });
}

/**
 * An engine that picks the longest context that fits at start (KAITO's probe of vLLM's
 * max-model-len): the model's maximum when it fits, else the longest the KV cache holds for one
 * sequence, said as an assumption; when not even the weights fit, the full context's estimate stands.
 */
function engineChosenContext(full: Estimate, model: ModelInput, gpu: GpuSpec, options: Parameters<typeof estimate>[2] & object): Estimate {
  const scenario = full.scenarios[full.primaryPrecision];
  if (!scenario || scenario.fits || full.kvCapacityTokens < 16) return full;
  const tokens = Math.min(full.kvCapacityTokens, model.maxContextTokens);
  const why = `context ${tokens} tokens assumed: no max-model-len is set, and the engine lowers it to what fits at start (the model's ${model.maxContextTokens} do not)`;
  const chosen = estimate({ ...model, assumptions: [...(model.assumptions ?? []), why] }, gpu, { ...options, contextTokens: tokens });
  return chosen.scenarios[chosen.primaryPrecision]?.fits ? chosen : full;
}

/** The discrete GPUs of each catalog's (readonly) list, smallest first: sorted once per list rather than per deployment. */
const discreteGpuLists = new WeakMap<readonly GpuSpec[], readonly GpuSpec[]>();

function discreteGpus(catalog: GpuCatalog): readonly GpuSpec[] {
  let list = discreteGpuLists.get(catalog.gpus);
  if (!list) {
    list = catalog.gpus
      .filter((g) => !g.unifiedMemory && !(g as { mig?: unknown }).mig)
      .sort((a, b) => a.memoryBytes - b.memoryBytes || a.id.localeCompare(b.id));
    discreteGpuLists.set(catalog.gpus, list);
  }
  return list;
}

/**
 * Without a GPU: the deployment's footprint per GPU (the same on any discrete GPU) and the
 * catalog GPUs that would hold it at its count and parallelism, smallest first.
 */
function requirementOf(deployment: Deployment, model: ModelInput, catalog: GpuCatalog): Requirement | null {
  const candidates = discreteGpus(catalog);
  // The footprint per GPU is the same on every discrete GPU, unless an engine default depends on
  // the GPU (Ollama's context by VRAM, a context the engine lowers to fit): then each GPU is estimated.
  const perGpu = model.servingDefaults !== undefined || deployment.contextChosenByEngine === true;
  let first: Estimate | null = null;
  const fitting: string[] = [];
  for (const gpu of candidates) {
    if (first && !perGpu) {
      const s = first.scenarios[first.primaryPrecision]!;
      if (s.perGpuBytes <= usableBytes(gpu.memoryBytes, first.inputs.memoryFraction)) fitting.push(gpu.id);
      continue;
    }
    const e = estimateDeployment(deployment, model, gpu);
    if (!e) continue;
    first ??= e;
    if (e.scenarios[e.primaryPrecision]?.fits) fitting.push(gpu.id);
  }
  if (!first) return null;
  const s = first.scenarios[first.primaryPrecision]!;
  return {
    precision: first.primaryPrecision,
    perGpuBytes: s.perGpuBytes,
    perGpuWeightsBytes: s.perGpuWeightsBytes,
    perGpuKvCacheBytes: s.perGpuKvCacheBytes,
    perGpuWorkspaceBytes: s.perGpuWorkspaceBytes,
    gpuCount: first.hardware.count,
    tensorParallel: first.inputs.tensorParallel,
    pipelineParallel: first.inputs.pipelineParallel,
    dataParallel: first.inputs.dataParallel,
    contextTokens: first.inputs.contextTokens,
    requiredBandwidthBytesPerSec: first.bandwidth.requiredBytesPerSec,
    fittingGpus: fitting,
  };
}

/**
 * A data-parallel group over several pods (vLLM --data-parallel-size 16 with
 * --data-parallel-size-local 8 on pods of 8 GPUs): the replica is data ÷ local pods of the pod's
 * GPUs, checked as one over all of them. A count that already covers the group (a LeaderWorkerSet
 * of two pods) is kept. See docs/physics.md#data-and-expert-parallelism.
 */
export function withDataParallelPods(deployment: Deployment): Deployment {
  const dp = deployment.dataParallel?.value ?? 1;
  const local = deployment.dataParallelLocal;
  if (!local || local.value >= dp) return deployment;
  const perRank = (deployment.tensorParallel?.value ?? 1) * (deployment.pipelineParallel?.value ?? 1);
  const count = deployment.gpuCount;
  if (count.value >= perRank * dp || count.value < perRank * local.value) return deployment;
  const pods = Math.ceil(dp / local.value);
  return {
    ...deployment,
    gpuCount: { ...count, value: count.value * pods, path: `${count.path} × ${pods} pods (data parallel ${dp} ÷ ${local.value} ranks per pod)` },
  };
}

/** Resolve model and GPU, run the physics: everything the rules look at for one deployment. */
export function resolveDeployment(declared: Deployment, repository: Repository, config: RepoConfig, external?: ExternalModels): RuleContext {
  const catalog = gpuCatalogFor(config);
  // A GPU the manifest does not name may come from the configuration's gpus: or a memory-only request.
  const deployment = withDataParallelPods(withDeclaredGpu(declared, config, catalog));
  const modelValue = deployment.model.value;
  const model: Resolution<ModelInput> =
    typeof modelValue === "string" ? resolveManifestModel(modelValue, deployment.baseDir, repository, external) : inlineModelInput(deployment, modelValue);
  const gpu: RuleContext["gpu"] = deployment.gpu
    ? (() => {
        const found = resolveGpuName(deployment.gpu.value, catalog);
        return found.ok ? found : { ok: false as const, suggestions: found.suggestions };
      })()
    : { ok: false, suggestions: [], undeclared: true };
  const estimate = model.ok && gpu.ok ? estimateDeployment(deployment, model.value, gpu.value) : null;
  return {
    deployment,
    model,
    gpu,
    estimate,
    requirement: model.ok && !gpu.ok ? requirementOf(deployment, model.value, catalog) : null,
    policy: effectivePolicy(config.policy, deployment.policy),
  };
}

