import type { Architecture } from "./architecture.js";

/**
 * What makes an architecture impossible to compute with, in words a manifest author can act on.
 * The schema checks each number alone; these are the relations between them. Empty when sound.
 * See docs/physics.md#parameters.
 */
export function architectureProblems(arch: Architecture): string[] {
  const problems: string[] = [];
  const a = arch.attention;
  if (!arch.mlp && !arch.moe) problems.push("it has neither mlp nor moe: give the feed-forward block as mlp (dense) or moe (experts)");
  if (a.kind === "standard" && a.numHeads % a.numKvHeads !== 0) {
    problems.push(`attention.numHeads ${a.numHeads} is not a multiple of attention.numKvHeads ${a.numKvHeads}: each KV head serves a whole group of query heads`);
  }
  const moe = arch.moe;
  if (moe) {
    if (moe.topK > moe.numExperts) problems.push(`moe.topK ${moe.topK} is more than moe.numExperts ${moe.numExperts}`);
    const dense = moe.firstDenseLayers ?? 0;
    if (dense > 0 && !arch.mlp) problems.push(`moe.firstDenseLayers is ${dense} but there is no mlp for those dense layers`);
    if (dense > arch.numLayers) problems.push(`moe.firstDenseLayers ${dense} is more than numLayers ${arch.numLayers}`);
  }
  const types = arch.slidingWindow?.layerTypes;
  if (types && types.length !== arch.numLayers) {
    problems.push(`slidingWindow.layerTypes lists ${types.length} layers but numLayers is ${arch.numLayers}`);
  }
  return problems;
}
