import type { Architecture } from "../../physics/architecture.js";
import type { Rule, RuleResult } from "../rule.js";
import { plainList, tensorParallelFits } from "./common.js";

/** Tensor-parallel sizes up to `limit` that vLLM accepts for `arch`. */
function validSizes(arch: Architecture, limit: number): number[] {
  const sizes: number[] = [];
  for (let tp = 1; tp <= limit; tp++) if (tensorParallelFits(arch, tp)) sizes.push(tp);
  return sizes;
}

function headsProblem(arch: Architecture, tp: number): string | null {
  const a = arch.attention;
  if (a.numHeads % tp !== 0) {
    return `${tp} does not divide the model's ${a.numHeads} attention heads (vLLM requires num_attention_heads % tensor_parallel_size == 0)`;
  }
  if (a.kind === "standard" && a.numKvHeads % tp !== 0 && tp % a.numKvHeads !== 0) {
    return (
      `${tp} neither divides the model's ${a.numKvHeads} KV heads nor is a multiple of them` +
      ` (vLLM requires num_key_value_heads % tensor_parallel_size == 0 or tensor_parallel_size % num_key_value_heads == 0)`
    );
  }
  return null;
}

export const tensorParallelInvalid: Rule = {
  id: "tensor-parallel-invalid",
  defaultSeverity: "error",
  summary: "The tensor-parallel size cannot shard the model's attention heads, or the GPUs are too few for it.",
  description:
    "Checks the parallel layout the way vLLM does at start-up: the tensor-parallel size must divide the number of attention heads, " +
    "and the number of KV heads must either divide by it or divide it (smaller KV head counts are replicated), and tensor parallel × " +
    "pipeline parallel must not exceed the GPUs the deployment has. Without a tensor-parallel size the GPU count divided by the " +
    "pipeline-parallel size is assumed. vLLM refuses to start with an invalid layout. A GPU count that is not a multiple of tensor × " +
    "pipeline parallel is reported as a notice: the GPUs left over hold no shard and sit idle. Fix it with a tensor-parallel size " +
    "from the list in the message (a power of two usually works) and a GPU count of tensor × pipeline parallel.",
  check({ deployment, model }): RuleResult[] {
    const count = deployment.gpuCount.value;
    const pp = deployment.pipelineParallel?.value ?? 1;
    const dp = deployment.dataParallel?.value ?? 1;
    const explicit = deployment.tensorParallel;
    const tp = explicit?.value ?? Math.max(1, Math.floor(count / (pp * dp)));
    // tensor × pipeline (× data) parallel: the GPUs one replica needs, as the message names them.
    const group = tp * pp * dp;
    const layoutOf = (withEquals: boolean) => {
      const factors = [`tensor parallel ${tp}`, ...(pp > 1 ? [`pipeline parallel ${pp}`] : []), ...(dp > 1 ? [`data parallel ${dp}`] : [])];
      return factors.join(" × ") + (withEquals && factors.length > 1 ? ` = ${group}` : "");
    };
    if (count === 0 && Number.isInteger(tp) && Number.isInteger(pp) && tp >= 1 && pp >= 1) {
      // `nvidia.com/gpu: 0`: the engine gets no GPU at all, so nothing can be estimated.
      return [{ message: `the deployment requests 0 GPUs, and ${explicit || pp > 1 || dp > 1 ? `${layoutOf(false)} needs ${group}` : "an engine needs at least 1"}; request the GPUs it runs on`, range: deployment.gpuCount.range }];
    }
    if (!Number.isInteger(count) || !Number.isInteger(tp) || !Number.isInteger(pp) || count < 1 || tp < 1 || pp < 1) return [];
    const range = explicit?.range ?? deployment.gpuCount.range;
    const subject = explicit ? "tensor parallel" : `${count} GPUs with no tensor-parallel size imply tensor parallel ${tp}, and`;
    const results: RuleResult[] = [];

    if (model.ok) {
      const arch = model.value.architecture;
      const problem = headsProblem(arch, tp);
      if (problem) {
        const sizes = validSizes(arch, Math.max(8, Math.min(count, 64)));
        // The valid size nearest the request that the GPUs hold (fewest idle GPUs, then the larger), on the tensor-parallel line.
        const nearest = sizes
          .filter((size) => size * pp * dp <= count)
          .sort((a, b) => Math.abs(a - tp) - Math.abs(b - tp) || (count % (a * pp * dp)) - (count % (b * pp * dp)) || b - a)[0];
        results.push({
          message: `${subject} ${problem}; use one of ${plainList(sizes.map(String), "or")}`,
          range,
          ...(explicit && nearest !== undefined ? { fix: { range: explicit.range, replaces: String(explicit.value), replacement: String(nearest) } } : {}),
        });
      }
    }
    if (group > count) {
      results.push({
        message: `${layoutOf(false)} needs ${group} GPUs but the deployment has ${count}; raise the GPU count to ${group} or lower the parallel sizes`,
        range: dp > 1 && tp * pp <= count && deployment.dataParallel ? deployment.dataParallel.range : range,
      });
    } else if (count % group !== 0) {
      const replicas = Math.floor(count / group);
      const idle = count - replicas * group;
      results.push({
        message:
          `${count} GPUs are not a multiple of ${layoutOf(true)}: ${replicas === 1 ? "one replica uses" : `${replicas} replicas use`}` +
          ` ${replicas * group} and ${idle} GPU${idle === 1 ? " sits" : "s sit"} idle; request ${replicas * group} or ${(replicas + 1) * group} GPUs`,
        range: deployment.gpuCount.range,
        severity: "notice",
      });
    }
    return results;
  },
};
