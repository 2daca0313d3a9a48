import { dirname } from "node:path";
import type { SourceRange } from "../base/findings.js";
import type { Architecture } from "../physics/architecture.js";
import type { Precision } from "../physics/precision.js";
import type { Tier } from "../physics/tier.js";
import type { YamlDocument } from "../parse/yaml-file.js";
import type { Deployment, InlineModel, Located } from "../base/deployment.js";
import { at } from "./values.js";

/**
 * The native format: `apiVersion: llm-physics/v1`, `kind: InferenceDeployment`
 * (schemas/inference-deployment.schema.json). Adapting it is a direct mapping; the document
 * has been validated against the schema before it gets here.
 */

export const NATIVE_KIND = "InferenceDeployment";

/** Strings whose absence proves a file holds no native deployment (the discovery pre-filter). */
export const NATIVE_MARKERS = [NATIVE_KIND];

export function isNativeDocument(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>).kind === NATIVE_KIND;
}

function get(value: unknown, path: string): unknown {
  return at(value, path.split("."));
}

export function adaptNative(document: YamlDocument, file: string, absolutePath: string): Deployment {
  const value = document.value;
  const rangeOf = (path: string): SourceRange => document.ranges.get(path)?.value ?? document.range;
  const keyOf = (path: string): SourceRange | undefined => document.ranges.get(path)?.key;
  function located<T>(path: string): Located<T> | undefined {
    const v = get(value, path);
    return v === undefined ? undefined : { value: v as T, range: rangeOf(path), path };
  }

  const modelValue = get(value, "spec.model");
  const model: Located<string | InlineModel> =
    typeof modelValue === "string"
      ? { value: modelValue, range: rangeOf("spec.model"), path: "spec.model" }
      : {
          value: {
            name: get(modelValue, "name") as string | undefined,
            architecture: get(modelValue, "architecture") as Architecture,
            maxContextTokens: get(modelValue, "maxContextTokens") as number,
          },
          range: keyOf("spec.model") ?? rangeOf("spec.model"),
          path: "spec.model",
        };

  return {
    name: String(get(value, "metadata.name")),
    file,
    baseDir: dirname(absolutePath),
    format: "native",
    range: keyOf("metadata.name") ?? document.range,
    model,
    precision: located<Precision>("spec.precision"),
    kvCachePrecision: located<Precision>("spec.kvCachePrecision"),
    // Optional: a deployment without a GPU type is checked for what it needs per GPU.
    gpu: located<string>("spec.hardware.gpu"),
    gpuCount: located<number>("spec.hardware.count")!,
    tensorParallel: located<number>("spec.parallelism.tensor"),
    pipelineParallel: located<number>("spec.parallelism.pipeline"),
    contextLength: located<number>("spec.serving.contextLength"),
    concurrency: located<number>("spec.serving.concurrency"),
    targetTokensPerSecond: located<number>("spec.serving.targetTokensPerSecond"),
    memoryFraction: located<number>("spec.serving.memoryFraction"),
    policy: {
      maxTier: located<Tier>("spec.policy.maxTier"),
      minHeadroomPercent: located<number>("spec.policy.minHeadroomPercent"),
      maxBandwidthUtilizationPercent: located<number>("spec.policy.maxBandwidthUtilizationPercent"),
    },
    hardwareRange: keyOf("spec.hardware"),
  };
}
