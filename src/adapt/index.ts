import type { YamlDocument } from "../parse/yaml-file.js";
import { adaptKubernetes, KUBERNETES_MARKERS } from "./kubernetes.js";
import type { Adaptation } from "./kit.js";
import { adaptHelmVllm, HELM_VLLM_MARKERS } from "./helm-vllm.js";
import { adaptKServe, KSERVE_MARKERS } from "./kserve.js";
import { adaptLaunchers, LAUNCHER_MARKERS } from "./launchers.js";
import { adaptNimKubeAI, NIM_KUBEAI_MARKERS } from "./nim-kubeai.js";
import { NATIVE_MARKERS } from "./native.js";
import { adaptRay, RAY_MARKERS } from "./ray.js";
import type { References } from "./references.js";

/**
 * The readers of formats teams already have. Each turns one YAML document into deployments (or
 * returns null when the document is not its format) and names marker strings one of which every
 * document it accepts contains, so that discovery can skip other files without parsing them.
 * The native format is validated against its schema first and adapted separately (native.ts).
 */
export interface FormatAdapter {
  format: string;
  markers: readonly string[];
  /** `references`: the objects of the whole repository a document may name (references.ts). */
  adapt(document: YamlDocument, file: string, absolutePath: string, references: References): Adaptation | null;
}

export const ADAPTERS: readonly FormatAdapter[] = [
  { format: "kserve", markers: KSERVE_MARKERS, adapt: adaptKServe },
  { format: "nim-kubeai", markers: NIM_KUBEAI_MARKERS, adapt: adaptNimKubeAI },
  { format: "kubernetes", markers: KUBERNETES_MARKERS, adapt: adaptKubernetes },
  { format: "helm-vllm", markers: HELM_VLLM_MARKERS, adapt: adaptHelmVllm },
  { format: "ray-serve", markers: RAY_MARKERS, adapt: adaptRay },
  { format: "launchers", markers: LAUNCHER_MARKERS, adapt: adaptLaunchers },
];

/** Every marker of every format, the native one included. */
export const ALL_MARKERS: readonly string[] = [...NATIVE_MARKERS, ...ADAPTERS.flatMap((a) => a.markers)];
