import type { Requirement, Rule, RuleResult } from "../rule.js";
import { precisionName, quotedList } from "./common.js";
import { quote } from "../../base/text.js";
import { formatBandwidth, formatGB, formatGiB, formatInteger } from "../../base/units.js";

/** `needs 19.1 GB per GPU (BF16 weights 16.1 + KV 1.1 for 8,192 tokens + workspace 1.9) on 1 GPU: it fits L4 and every GPU with more memory` */
export function requirementPhrase(r: Requirement): string {
  const gb = (bytes: number) => formatGB(bytes).replace(/ GB$/, "");
  const layout =
    r.tensorParallel * r.pipelineParallel * r.dataParallel > 1
      ? ` (tensor parallel ${r.tensorParallel}${r.pipelineParallel > 1 ? ` × pipeline parallel ${r.pipelineParallel}` : ""}${r.dataParallel > 1 ? ` × data parallel ${r.dataParallel}` : ""})`
      : "";
  const needs =
    `needs ${formatGB(r.perGpuBytes)} per GPU (${precisionName(r.precision)} weights ${gb(r.perGpuWeightsBytes)} + KV ${gb(r.perGpuKvCacheBytes)} for ${formatInteger(r.contextTokens)} tokens` +
    ` + workspace ${gb(r.perGpuWorkspaceBytes)}) on ${r.gpuCount} GPU${r.gpuCount === 1 ? "" : "s"}${layout}`;
  const bandwidth = r.requiredBandwidthBytesPerSec !== null ? ` and ${formatBandwidth(r.requiredBandwidthBytesPerSec)} of memory bandwidth for its target` : "";
  const fits =
    r.fittingGpus.length === 0
      ? "no GPU of the catalog holds it at this count"
      : `it fits ${r.fittingGpus[0]}${r.fittingGpus.length > 1 ? ` and every GPU with more memory (${r.fittingGpus.slice(1, 4).join(", ")}${r.fittingGpus.length > 4 ? ", …" : ""})` : ""}`;
  return `${needs}${bandwidth}: ${fits}`;
}

export const unknownGpu: Rule = {
  id: "unknown-gpu",
  defaultSeverity: "error",
  summary: "The GPU is not in the catalog, or not declared.",
  description:
    "Checks that the deployment's GPU names an accelerator of the catalog or of the configuration's `gpuTypes:`, by id or by one of " +
    "the aliases manifests use (node labels such as `NVIDIA-A100-SXM4-80GB`, cloud accelerator names, MIG profiles, short forms). " +
    "Without the GPU's memory and bandwidth no fit, headroom or speed verdict can be given; the finding then says what the deployment " +
    "needs per GPU and which GPUs of the catalog would hold it. A deployment that declares no GPU type gets that as a notice, and its " +
    "verdict is incomplete. Fix a typo using the suggestions, run `llm-physics gpus` to list the ids and aliases, declare a GPU the " +
    "catalog lacks in `.llm-physics.yml` `gpuTypes:`, or map paths and node labels to GPUs with `gpus:`.",
  check({ deployment, gpu, requirement }): RuleResult[] {
    if (gpu.ok) {
      // A memory-only request (dstack `gpu: 24GB`): say which GPU it was checked on.
      const request = deployment.gpuMemoryBytes;
      const via = deployment.gpu?.via;
      if (request && via && "assumed" in via) {
        return [
          {
            message: `${request.path} asks for ${formatGB(request.value)} of GPU memory: checked on ${gpu.value.id} (${formatGiB(gpu.value.memoryBytes)} exposed), the smallest catalog GPU with that much; name the GPU to check the one it runs on`,
            range: request.range,
            severity: "notice",
          },
        ];
      }
      return [];
    }
    const needs = requirement ? `; ${requirementPhrase(requirement)}` : "";
    if (!deployment.gpu) {
      return [
        {
          message: `no GPU type is declared${needs}; declare the GPU in the manifest, or in .llm-physics.yml (gpus: by path or node label), to get a verdict`,
          range: deployment.hardwareRange ?? deployment.range,
          severity: "notice",
        },
      ];
    }
    const didYouMean = gpu.suggestions.length > 0 ? `; did you mean ${quotedList(gpu.suggestions)}?` : "";
    return [
      {
        message:
          `unknown GPU ${quote(deployment.gpu.value)}${didYouMean ? `${didYouMean} Run` : "; run"} \`llm-physics gpus\` to list the GPU ids and aliases the catalog knows,` +
          ` or declare it in .llm-physics.yml gpuTypes:${needs}`,
        range: deployment.gpu.range,
      },
    ];
  },
};
