import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  objectContext
} from "./chunk-VUGMCGJM.js";
import {
  isRecord
} from "./chunk-3G5BXTFK.js";
import "./chunk-PDOFKQNQ.js";
import "./chunk-U72CDX35.js";
import "./chunk-LRW7K6N5.js";
import "./chunk-NOE7O2GR.js";

// src/adapt/unread.ts
var UNREAD_KINDS = [
  {
    kind: "DynamoComponentDeployment",
    groups: ["nvidia.com"],
    project: "NVIDIA Dynamo",
    source: "ai-dynamo/dynamo deploy/cloud/operator/config/crd/bases/nvidia.com_dynamocomponentdeployments.yaml (created by the operator from a DynamoGraphDeployment)",
    instead: "the DynamoGraphDeployment it belongs to, which is read"
  },
  {
    kind: "SeldonDeployment",
    groups: ["machinelearning.seldon.io"],
    project: "Seldon Core",
    source: "SeldonIO/seldon-core operator/config/crd/bases/machinelearning.seldon.io_seldondeployments.yaml"
  },
  {
    kind: "Model",
    groups: ["mlops.seldon.io"],
    project: "Seldon Core 2",
    source: "SeldonIO/seldon-core k8s/yaml/crds.yaml (models.mlops.seldon.io)",
    marker: "mlops.seldon.io"
  },
  {
    kind: "BentoDeployment",
    groups: ["serving.yatai.ai"],
    project: "BentoML Yatai",
    source: "bentoml/yatai-deployment config/crd/bases/serving.yatai.ai_bentodeployments.yaml"
  },
  {
    kind: "VLLMRuntime",
    // serving.vllm.ai is the group of the operator's first samples.
    groups: ["production-stack.vllm.ai", "serving.vllm.ai"],
    project: "the vLLM production-stack operator",
    source: "vllm-project/production-stack operator/config/crd/bases/production-stack.vllm.ai_vllmruntimes.yaml",
    instead: "the production-stack Helm values (servingEngineSpec.modelSpec), which are read"
  },
  {
    kind: "StormService",
    groups: ["orchestration.aibrix.ai"],
    project: "AIBrix",
    source: "vllm-project/aibrix config/crd/orchestration/orchestration.aibrix.ai_stormservices.yaml",
    instead: "a Kubernetes Deployment per role (prefill, decode) running vllm serve, which is read"
  },
  {
    kind: "ArksApplication",
    // arks.scitix.ai is the group of Arks' earlier samples.
    groups: ["arks.ai", "arks.scitix.ai"],
    project: "Arks",
    source: "scitix/arks config/crd/bases/arks.ai_arksapplications.yaml"
  },
  {
    kind: "ArksDisaggregatedApplication",
    groups: ["arks.ai", "arks.scitix.ai"],
    project: "Arks",
    source: "scitix/arks config/crd/bases/arks.ai_arksdisaggregatedapplications.yaml"
  },
  {
    kind: "Playground",
    groups: ["inference.llmaz.io"],
    project: "llmaz",
    source: "InftyAI/llmaz config/crd/bases/inference.llmaz.io_playgrounds.yaml",
    marker: "inference.llmaz.io"
  },
  {
    kind: "ModelServing",
    groups: ["workload.serving.volcano.sh"],
    project: "Kthena",
    source: "volcano-sh/kthena charts/kthena/charts/workload/crds/workload.serving.volcano.sh_modelservings.yaml"
  },
  {
    kind: "ModelBooster",
    groups: ["workload.serving.volcano.sh"],
    project: "Kthena",
    source: "volcano-sh/kthena charts/kthena/charts/workload/crds/workload.serving.volcano.sh_modelboosters.yaml"
  },
  {
    kind: "NIMPipeline",
    groups: ["apps.nvidia.com"],
    project: "the NVIDIA NIM Operator",
    source: "NVIDIA/k8s-nim-operator config/crd/bases/apps.nvidia.com_nimpipelines.yaml",
    instead: "a NIMService per model, which is read"
  },
  {
    kind: "ModelService",
    groups: ["llm-d.ai"],
    project: "llm-d's model service",
    source: "llm-d/llm-d-model-service config/crd/bases/llm-d.ai_modelservices.yaml",
    instead: "the llm-d modelservice Helm values (modelArtifacts), which are read"
  }
];
var UNREAD_MARKERS = [...new Set(UNREAD_KINDS.map((k) => k.marker ?? k.kind))];
function unreadKindOf(value) {
  if (!isRecord(value)) return void 0;
  const { kind, apiVersion } = value;
  if (typeof kind !== "string" || typeof apiVersion !== "string") return void 0;
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  return UNREAD_KINDS.find((k) => k.kind === kind && k.groups.includes(group));
}
function adaptUnread(document, file, absolutePath) {
  const known = unreadKindOf(document.value);
  if (!known) return null;
  const ctx = objectContext(document, file, absolutePath, known.kind);
  const apiVersion = String(document.value.apiVersion);
  const named = ctx.name === known.kind ? "" : ` ${ctx.name}`;
  ctx.note(
    "format-not-read",
    `${known.kind}${named} (${apiVersion}, ${known.project}) is not read yet by llm-physics: the deployment it declares is not checked; to have it checked, describe it in a native llm-physics manifest beside it (apiVersion: llm-physics/v1, kind: InferenceDeployment, with spec.model and spec.hardware gpu and count)` + (known.instead ? `, or declare it as ${known.instead}` : ""),
    ctx.rangeOf("kind", ctx.deploymentRange),
    "notice"
  );
  return { deployments: [], notes: ctx.notes };
}
export {
  UNREAD_KINDS,
  UNREAD_MARKERS,
  adaptUnread,
  unreadKindOf
};
