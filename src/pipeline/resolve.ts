import type { Deployment, InlineModel } from "../base/deployment.js";
import type { ModelInput } from "../base/model-input.js";
import { quote } from "../base/text.js";
import { gpuLookup } from "../catalog/lookups.js";
import { resolveManifestModel, type ExternalModels, type Repository, type Resolution } from "../catalog/resolve.js";
import type { GpuSpec } from "../catalog/types.js";
import { effectivePolicy, type RepoConfig } from "../config/config.js";
import { estimate, EstimateError, type Estimate } from "../estimate/estimate.js";
import type { RuleContext } from "../evaluate/rule.js";
import { architectureProblems } from "../physics/consistency.js";
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

function resolveGpuName(name: string): Resolution<GpuSpec> {
  const gpu = gpuLookup.find(name);
  if (gpu) return { ok: true, value: gpu };
  return { ok: false, message: `unknown GPU ${quote(name)}`, suggestions: gpuLookup.suggest(name) };
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
  try {
    return estimate(model, gpu, {
      gpuCount: deployment.gpuCount.value,
      precision: deployment.precision?.value,
      kvPrecision: deployment.kvCachePrecision?.value,
      contextTokens,
      batch: deployment.concurrencyIsEngineCap ? 1 : (deployment.concurrency?.value ?? 1),
      targetTokensPerSec: deployment.targetTokensPerSecond?.value,
      memoryFraction: deployment.memoryFraction?.value,
      tensorParallel: deployment.tensorParallel?.value,
      pipelineParallel: deployment.pipelineParallel?.value,
    });
  } catch (error) {
    // Parallelism that does not fit the GPUs: tensor-parallel-invalid says so at its line.
    if (error instanceof EstimateError) return null;
    throw error;
  }
}

/** Resolve model and GPU, run the physics: everything the rules look at for one deployment. */
export function resolveDeployment(deployment: Deployment, repository: Repository, config: RepoConfig, external?: ExternalModels): RuleContext {
  const modelValue = deployment.model.value;
  const model: Resolution<ModelInput> =
    typeof modelValue === "string" ? resolveManifestModel(modelValue, deployment.baseDir, repository, external) : inlineModelInput(deployment, modelValue);
  const gpu = resolveGpuName(deployment.gpu.value);
  return {
    deployment,
    model,
    gpu: gpu.ok ? gpu : { ok: false, suggestions: gpu.suggestions },
    estimate: model.ok && gpu.ok ? estimateDeployment(deployment, model.value, gpu.value) : null,
    policy: effectivePolicy(config.policy, deployment.policy),
  };
}

