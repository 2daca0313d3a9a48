import type { YamlDocument } from "../parse/yaml-file.js";
import { objectContext, type Adaptation } from "./kit.js";
import { isRecord } from "./values.js";

/**
 * Kinds of known LLM-serving projects that llm-physics does not read yet (format `unread`, tried
 * last). A document of one of them, by its kind and apiVersion group, is not skipped in silence:
 * it gets one notice at its `kind` line saying that the deployment it declares is not checked, and
 * how to declare it instead. The list is data: each kind with its API groups, its project and
 * where the kind is defined (the CRD in the project's repository).
 *
 * Left out on purpose: kinds another reader takes (KServe's InferenceService and
 * LLMInferenceService, NIMService, KubeAI's Model, KAITO's Workspace and InferenceSet, AIBrix's
 * RayClusterFleet, KubeRay's RayService), KServe's InferenceGraph (it routes requests between
 * InferenceServices, which are read themselves, and declares no model or GPU of its own), kinds
 * that are not a deployment (routers, caches, LoRA adapters, model catalogs), training kinds, and
 * projects with no kind of their own (Triton Inference Server and OpenLLM run as plain
 * Deployments or through BentoDeployment).
 */

export interface UnreadKind {
  kind: string;
  /** The API groups the kind is served under (the apiVersion before its `/`). */
  groups: readonly string[];
  project: string;
  /** Where the kind is defined: repository and CRD file. */
  source: string;
  /** What llm-physics reads that declares the same deployment, when there is such a format. */
  instead?: string;
  /** The pre-filter marker, when the kind is too common a word to be one (Seldon's `Model`): its API group. */
  marker?: string;
}

export const UNREAD_KINDS: readonly UnreadKind[] = [
  {
    kind: "DynamoComponentDeployment",
    groups: ["nvidia.com"],
    project: "NVIDIA Dynamo",
    source: "ai-dynamo/dynamo deploy/cloud/operator/config/crd/bases/nvidia.com_dynamocomponentdeployments.yaml (created by the operator from a DynamoGraphDeployment)",
    instead: "the DynamoGraphDeployment it belongs to, which is read",
  },
  {
    kind: "SeldonDeployment",
    groups: ["machinelearning.seldon.io"],
    project: "Seldon Core",
    source: "SeldonIO/seldon-core operator/config/crd/bases/machinelearning.seldon.io_seldondeployments.yaml",
  },
  {
    kind: "Model",
    groups: ["mlops.seldon.io"],
    project: "Seldon Core 2",
    source: "SeldonIO/seldon-core k8s/yaml/crds.yaml (models.mlops.seldon.io)",
    marker: "mlops.seldon.io",
  },
  {
    kind: "BentoDeployment",
    groups: ["serving.yatai.ai"],
    project: "BentoML Yatai",
    source: "bentoml/yatai-deployment config/crd/bases/serving.yatai.ai_bentodeployments.yaml",
  },
  {
    kind: "VLLMRuntime",
    // serving.vllm.ai is the group of the operator's first samples.
    groups: ["production-stack.vllm.ai", "serving.vllm.ai"],
    project: "the vLLM production-stack operator",
    source: "vllm-project/production-stack operator/config/crd/bases/production-stack.vllm.ai_vllmruntimes.yaml",
    instead: "the production-stack Helm values (servingEngineSpec.modelSpec), which are read",
  },
  {
    kind: "StormService",
    groups: ["orchestration.aibrix.ai"],
    project: "AIBrix",
    source: "vllm-project/aibrix config/crd/orchestration/orchestration.aibrix.ai_stormservices.yaml",
    instead: "a Kubernetes Deployment per role (prefill, decode) running vllm serve, which is read",
  },
  {
    kind: "ArksApplication",
    // arks.scitix.ai is the group of Arks' earlier samples.
    groups: ["arks.ai", "arks.scitix.ai"],
    project: "Arks",
    source: "scitix/arks config/crd/bases/arks.ai_arksapplications.yaml",
  },
  {
    kind: "ArksDisaggregatedApplication",
    groups: ["arks.ai", "arks.scitix.ai"],
    project: "Arks",
    source: "scitix/arks config/crd/bases/arks.ai_arksdisaggregatedapplications.yaml",
  },
  {
    kind: "Playground",
    groups: ["inference.llmaz.io"],
    project: "llmaz",
    source: "InftyAI/llmaz config/crd/bases/inference.llmaz.io_playgrounds.yaml",
    marker: "inference.llmaz.io",
  },
  {
    kind: "ModelServing",
    groups: ["workload.serving.volcano.sh"],
    project: "Kthena",
    source: "volcano-sh/kthena charts/kthena/charts/workload/crds/workload.serving.volcano.sh_modelservings.yaml",
  },
  {
    kind: "ModelBooster",
    groups: ["workload.serving.volcano.sh"],
    project: "Kthena",
    source: "volcano-sh/kthena charts/kthena/charts/workload/crds/workload.serving.volcano.sh_modelboosters.yaml",
  },
  {
    kind: "NIMPipeline",
    groups: ["apps.nvidia.com"],
    project: "the NVIDIA NIM Operator",
    source: "NVIDIA/k8s-nim-operator config/crd/bases/apps.nvidia.com_nimpipelines.yaml",
    instead: "a NIMService per model, which is read",
  },
  {
    kind: "ModelService",
    groups: ["llm-d.ai"],
    project: "llm-d's model service",
    source: "llm-d/llm-d-model-service config/crd/bases/llm-d.ai_modelservices.yaml",
    instead: "the llm-d modelservice Helm values (modelArtifacts), which are read",
  },
];

/** The kinds' names (else their API group): the raw text of every document adaptUnread accepts contains one. */
export const UNREAD_MARKERS: readonly string[] = [...new Set(UNREAD_KINDS.map((k) => k.marker ?? k.kind))];

/** The kind a document declares, by its kind and apiVersion group; undefined for any other. */
export function unreadKindOf(value: unknown): UnreadKind | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, apiVersion } = value;
  if (typeof kind !== "string" || typeof apiVersion !== "string") return undefined;
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  return UNREAD_KINDS.find((k) => k.kind === kind && k.groups.includes(group));
}

/** One notice for a document of a kind llm-physics does not read yet; null for any other document. */
export function adaptUnread(document: YamlDocument, file: string, absolutePath: string): Adaptation | null {
  const known = unreadKindOf(document.value);
  if (!known) return null;
  const ctx = objectContext(document, file, absolutePath, known.kind);
  const apiVersion = String((document.value as { apiVersion: string }).apiVersion);
  const named = ctx.name === known.kind ? "" : ` ${ctx.name}`;
  ctx.note(
    "format-not-read",
    `${known.kind}${named} (${apiVersion}, ${known.project}) is not read yet by llm-physics: the deployment it declares is not checked; ` +
      "to have it checked, describe it in a native llm-physics manifest beside it (apiVersion: llm-physics/v1, kind: InferenceDeployment, with spec.model and spec.hardware gpu and count)" +
      (known.instead ? `, or declare it as ${known.instead}` : ""),
    ctx.rangeOf("kind", ctx.deploymentRange),
    "notice",
  );
  return { deployments: [], notes: ctx.notes };
}
