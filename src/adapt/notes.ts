import { sameRange, type SourceRange } from "../base/findings.js";

/**
 * What a reader tells the user about a document: a missing fact and how to declare it, a value it
 * could not use, an assumption it made. Every note, engine problem and GPU-declaration note has a
 * code from the one table below: code decides (a reader drops, rewords or re-rates a note by its
 * code), the message is for people and may be reworded freely.
 */

/** Every note code, with what it means. Add a code here before using it. */
export const NOTE_CODES = {
  // The model
  "model-missing": "no model is named where the format names it; the deployment is not checked",
  "model-unresolved": "the model is a variable that is not resolved, so it is read from elsewhere",
  "model-from-served-name": "the model is read from the name it is served under, not from what the engine loads",
  "preset-unknown": "a KAITO preset name llm-physics does not map to a Hugging Face id: the name is looked up as written",
  "model-from-image": "NIM loads a local path (NIM_MODEL_NAME, NIM_MODEL_PATH) that names no model: the model is read from the NIM image's name",
  "profile-not-read": "a NIM model profile given by its id (a hash), or a name that says no precision or parallelism: the profile NIM runs is not read",

  // The GPU type
  "gpu-type-missing":
    "no GPU type is declared: the deployment is checked for what it needs per GPU, not against a GPU (the message says how to declare one: in the manifest, or in .llm-physics.yml gpus: by path or node label)",
  "gpu-label-vendor-only": "a node label that names only the GPU vendor (AKS kubernetes.azure.com/accelerator: nvidia, NFD pci-10de.present): no GPU type is read from it",
  "gpu-type-misplaced": "a GPU model is written where a resource name belongs (Helm requestGPUType: H100)",
  "gpu-resource-unknown": "a resource name that is not an accelerator resource llm-physics counts",
  "gpu-mig-slice": "MIG devices that are not counted (beside whole GPUs, a second profile) or a partition label that names no MIG profile",
  "gpu-mig-parent-assumed": "MIG devices (nvidia.com/mig-1g.10gb) without a label naming their GPU: checked as the profile's catalog entry, whose parent GPU is assumed",
  "gpu-time-sliced": "a time-sliced GPU (-SHARED): its memory is shared with other pods, so the check is an upper bound",
  "gpu-memory-only": "the GPU is asked for by its memory only (dstack 24GB): the smallest catalog GPU with that memory is checked",
  "gpu-name-ambiguous": "a GPU name that covers several catalog entries: checked as the smaller",
  "gpu-least-memory": "several GPUs are allowed: checked on the one with the least memory",
  "gpu-preference-only": "the GPU type comes from a scheduling preference, not a requirement",
  "gpu-selectors-disagree": "two selectors name different GPUs",
  "gpu-annotation-overrides": "the llm-physics.dev/gpu annotation overrides a selector",
  "gpu-not-in-cluster": "the GPU asked for is not the GPU of any worker group (Ray accelerator_type)",
  "gpu-profile-unknown": "a GPU profile (KubeAI resourceProfile) that is not known or not in the catalog",
  "instance-type-unknown": "an instance-type label llm-physics does not know: its GPU is not read from it",
  "alternatives-first-checked": "the format lists alternatives (SkyPilot, dstack): the first is checked",

  // The GPU count
  "gpu-count-missing": "no GPU count is declared (GPU declaration of a pod spec)",
  "gpu-count-assumed": "no GPU count is declared: checked with the count the message gives (parallelism, one GPU, a cached profile)",
  "gpu-count-summed": "the GPU count is the sum over several containers or resources",
  "gpu-count-from-instance-type": "no container asks for GPUs: counted as the GPUs of one node of the instance type",
  "gpu-count-from-node-label": "no container asks for GPUs: counted from a node label that gives the GPUs per node (karpenter.k8s.aws/instance-gpu-count)",
  "gpu-count-exceeds-node": "the containers ask for more GPUs than one node of the instance type has",
  "replica-spans-pods": "a Ray replica needs more GPUs than one worker pod has",
  "multi-node": "several nodes are checked as one deployment over all their GPUs",
  "workers-not-counted": "a Ray worker group asks for GPUs but starts no pods (replicas 0, suspended): its GPUs are not counted",
  "disaggregated-role": "a prefill or decode role of a disaggregated service, checked on its own GPUs",

  // Values
  "not-whole-number": "a count, size or length that is not a whole number: not used",
  "number-as-string": "a number written as a string where Kubernetes expects a number: read as the number",
  "not-a-mapping": "a key that holds a container or a spec (an OME runner) is not a mapping: it is not read",
  "key-not-accepted": "a key the format's own tool rejects where it is written (dstack env in a replica group): read as meant, the message says where the format accepts it",
  "setting-ignored": "a setting the engine ignores without another one (Ollama's OLLAMA_KV_CACHE_TYPE without OLLAMA_FLASH_ATTENTION): not used, the message says what to add",
  "value-overridden": "two places set the same fact: the message says which one is used",
  "not-modelled": "a setting llm-physics does not model (data parallelism, multi-node, disaggregated prefill)",
  "precision-unknown": "a precision name llm-physics does not know: the model's own precision is checked",
  "context-probed": "no context length is declared and the runtime picks the longest that fits at start (KAITO without max-model-len): the model's full context is checked",
  "chart-default": "a key the values leave out takes the chart's own default (its values.yaml), which changes what runs (llm-d prefill.replicas 0, parallelism sizes 1, the simulator container): the message says what, and which key to set",
  "chart-values-invalid": "values the chart refuses or that contradict each other or the engine's command (llm-d: a custom modelCommand without command, parallelism.data not a multiple of dataLocal, workers without multinode, a parallelism the command does not pass)",

  // The engine's command line (engine problems)
  "env-var-unset": "a $(VAR) or $VAR the env does not define",
  "env-var-from-secret": "a value set with valueFrom (a Secret, ConfigMap or field): not in the manifest, not checked",
  "flag-value-empty": "an engine flag whose value is empty",
  "flag-value-invalid": "an engine flag whose value is not the number it takes",
  "flag-without-value": "an engine flag that takes a value and has none",
  "arg-not-split": "a flag and its value written as one list item without a shell",
  "script-unreadable": "a shell script that could not be split into words",
  "engine-args-not-read": "the engine's arguments are not read (not vLLM's)",
  "gpu-container-no-engine": "a container asks for GPUs but runs no engine llm-physics reads: it is not checked (the message says how to declare its engine and model)",
  "backend-not-vllm": "a backend that does not read vLLM's flags, checked as if it did",
  "engine-config-not-read": "an engine configuration file the command line names (TensorRT-LLM --extra-engine-args) is not read: the values it sets are not checked",

  // Objects named in other documents
  "runtime-not-found": "the ServingRuntime a predictor names is not in the files checked",
  "runtime-no-containers": "the ServingRuntime has no containers",
  "runtime-no-engine": "the ServingRuntime runs no known engine",
  "cache-not-found": "the NIMCache a NIMService names is not in the files checked",
  "config-not-found": "the ConfigMap a KAITO Workspace or InferenceSet names in inference.config is not in the files checked",
  "cache-gpu-mismatch": "the NIMCache holds a profile for another GPU than the service runs on",
  "reference-ambiguous": "the name of a referenced object is defined several times: the first is read",
  "base-model-not-found": "the BaseModel or ClusterBaseModel an OME InferenceService names in spec.model.name is not in the files checked",
  "reference-disabled": "the model or runtime an OME InferenceService uses is disabled (spec.disabled: true), which OME refuses to serve",
  "runtime-incompatible": "the runtime an OME InferenceService names does not support its model (format, architecture, quantization or size), which OME refuses",
  "runtime-auto-selected": "no runtime is named: the one OME would auto-select among those in the files checked is read (the message says which and why)",
  "runtime-not-selected": "no runtime is named and none in the files checked would be auto-selected for the model (or the model does not say what selection needs)",
  "engine-missing": "an OME InferenceService without spec.engine, for which OME deploys no engine: nothing is checked",

  // Documents inside documents
  "embedded-yaml-invalid": "a YAML string (Ray serveConfigV2) that is not valid YAML",
  "serve-config-not-string": "a RayService serveConfigV2 written as a mapping, which KubeRay rejects",
  "llm-config-invalid": "a Ray application whose LLMConfig is not one",
  "llm-config-in-other-file": "an LLMConfig given as the path of another file, which is not read",
  "serve-app-not-llm": "a Ray Serve application with a custom import_path (not a ray.serve.llm builder) on GPUs: the model it serves is in its code and not checked (the message says how to declare it)",

  // Formats
  "format-not-read": "a known LLM-serving kind (its API group and kind) that llm-physics does not read yet: the deployment it declares is not checked (the message says how to declare it instead)",
} as const satisfies Record<string, string>;

/** The one union of note codes. */
export type NoteCode = keyof typeof NOTE_CODES;

export type NoteSeverity = "notice" | "warning";

/** A note, an engine problem or a GPU-declaration note: all are the same shape. */
export interface AdaptNote {
  code: NoteCode;
  message: string;
  /** What the note is about: the value, key or item it concerns, else the workload's anchor. */
  range: SourceRange;
  severity: NoteSeverity;
}

/** Tell a note. */
export type Note = (code: NoteCode, message: string, range: SourceRange, severity: NoteSeverity) => void;

/** Where a reader collects the notes of one document: each told once (same message, same range). */
export interface NoteSink {
  notes: AdaptNote[];
  note: Note;
  /** Pass on notes made elsewhere (engine problems, GPU-declaration notes) as they are. */
  add: (...notes: AdaptNote[]) => void;
}

export function noteSink(): NoteSink {
  const notes: AdaptNote[] = [];
  const add = (...more: AdaptNote[]) => {
    for (const n of more) {
      if (!notes.some((m) => m.message === n.message && sameRange(m.range, n.range))) notes.push(n);
    }
  };
  return { notes, note: (code, message, range, severity) => add({ code, message, range, severity }), add };
}
