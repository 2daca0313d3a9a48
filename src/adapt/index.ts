import type { FormatAdapter } from "./formats.js";
import { adaptAibrix, adaptRayCluster, AIBRIX_MARKERS, KUBERAY_MARKERS } from "./aibrix.js";
import { adaptDstack, DSTACK_MARKERS } from "./dstack.js";
import { adaptDynamo, DYNAMO_MARKERS } from "./dynamo.js";
import { adaptKaito, KAITO_MARKERS } from "./kaito.js";
import { adaptKServe, KSERVE_MARKERS } from "./kserve.js";
import { adaptKubeAI, KUBEAI_MARKERS } from "./kubeai.js";
import { adaptKubernetes, KUBERNETES_MARKERS } from "./kubernetes.js";
import { adaptLlmD, LLM_D_MARKERS } from "./llm-d.js";
import { adaptNim, NIM_MARKERS } from "./nim.js";
import { adaptOme, OME_MARKERS } from "./ome.js";
import { adaptProductionStack, PRODUCTION_STACK_MARKERS } from "./production-stack.js";
import { adaptRay, RAY_MARKERS } from "./ray.js";
import { adaptSkyPilot, SKYPILOT_MARKERS } from "./skypilot.js";
import { adaptUnread, UNREAD_MARKERS } from "./unread.js";

export { ALL_MARKERS, FORMATS, formatsIn, loadAdapters, type FormatAdapter, type FormatEntry } from "./formats.js";

/**
 * Every reader, loaded, in the order they are tried: the first that takes a document reads it.
 * What the pipeline's prepareCheck and runCheck try (the action, the tests). `check` in the CLI
 * takes them from the registry in formats.ts instead (FORMATS: the same rows, each reader
 * imported dynamically), each when a file's markers call for it.
 */
export const ADAPTERS: readonly FormatAdapter[] = [
  { format: "kserve", markers: KSERVE_MARKERS, adapt: adaptKServe },
  { format: "ome", markers: OME_MARKERS, adapt: adaptOme },
  { format: "nim", markers: NIM_MARKERS, adapt: adaptNim },
  { format: "kubeai", markers: KUBEAI_MARKERS, adapt: adaptKubeAI },
  { format: "kaito", markers: KAITO_MARKERS, adapt: adaptKaito },
  { format: "dynamo", markers: DYNAMO_MARKERS, adapt: adaptDynamo },
  { format: "aibrix", markers: AIBRIX_MARKERS, adapt: adaptAibrix },
  { format: "kubernetes", markers: KUBERNETES_MARKERS, adapt: adaptKubernetes },
  { format: "production-stack", markers: PRODUCTION_STACK_MARKERS, adapt: adaptProductionStack },
  { format: "llm-d", markers: LLM_D_MARKERS, adapt: adaptLlmD },
  { format: "ray-serve", markers: RAY_MARKERS, adapt: adaptRay },
  { format: "kuberay", markers: KUBERAY_MARKERS, adapt: adaptRayCluster },
  { format: "skypilot", markers: SKYPILOT_MARKERS, adapt: adaptSkyPilot },
  { format: "dstack", markers: DSTACK_MARKERS, adapt: adaptDstack },
  // Last: kinds of LLM-serving projects not read yet, each announced rather than skipped.
  { format: "unread", markers: UNREAD_MARKERS, adapt: adaptUnread },
];

