import type { YamlDocument } from "../parse/yaml-file.js";
import type { Adaptation } from "./kit.js";
import { NATIVE_MARKERS } from "./native.js";
import type { References } from "./references.js";

/**
 * The readers of formats teams already have, one file each. Each turns one YAML document into
 * deployments (or returns null when the document is not its format) and names marker strings one
 * of which every document it accepts contains, so that discovery can skip other files without
 * parsing them. The native format is validated against its schema first and adapted separately
 * (native.ts).
 */
export interface FormatAdapter {
  /** The format's name, as users see it: the deployments' `format` (`check --verbose`: "read as …", the JSON report). */
  format: string;
  markers: readonly string[];
  /** `references`: the objects of the whole repository a document may name (references.ts). */
  adapt(document: YamlDocument, file: string, absolutePath: string, references: References): Adaptation | null;
}

/**
 * The format readers (ADAPTERS in index.ts), each loaded only when a run needs it: the registry
 * `check` uses, so that a run over native manifests (or a repository with one format) never loads, parses or compiles
 * the others. Each row names the format, its markers and the dynamic import of its reader; the
 * bundle (scripts/build.mjs) writes each reader to a chunk of its own. In ADAPTERS' order.
 * This module imports no reader (index.ts does, for ADAPTERS): a module that `check` reaches by a
 * static import lands in its chunk graph, and is loaded with it, whatever of it is used.
 */
export interface FormatEntry {
  format: string;
  markers: readonly string[];
  load(): Promise<FormatAdapter["adapt"]>;
}

/** The requests of GPU resources, the engines' launchers, NIM's images: markers several formats share. */
const GPU_REQUESTS = ["nvidia.com/gpu", "amd.com/gpu", "habana.ai/gaudi", "nvidia.com/mig-"];
const LAUNCHERS = ["vllm", "sglang", "text-generation-launcher", "trtllm-serve"];
const NIM_IMAGE = "nvcr.io/nim/";
/** `--max-model-len` as engines accept it: each separator after `--` a dash or an underscore. */
function spellings(flag: string): string[] {
  const words = flag.slice(2).split("-");
  let out = [`--${words[0]}`];
  for (const word of words.slice(1)) out = out.flatMap((head) => [`${head}-${word}`, `${head}_${word}`]);
  return out;
}
const ENGINE_FLAGS = [
  "--num-shard", "--max-total-tokens", "--mem-fraction-static", "--max-running-requests", "--model", "--max-model-len",
  "--tensor-parallel-size", "-tp", "--pipeline-parallel-size", "--gpu-memory-utilization", "--max-num-seqs",
  "--served-model-name", "--kv-cache-dtype",
].flatMap((flag) => (flag.startsWith("--") ? spellings(flag) : [flag]));

/**
 * The markers are written here, not imported from the readers: importing anything of a reader
 * puts the whole reader in the chunk of `check` (esbuild splits by module). __tests__/prefilter.test.ts
 * holds each row equal to its reader's own markers (KSERVE_MARKERS…) and ADAPTERS.
 */
export const FORMATS: readonly FormatEntry[] = [
  { format: "kserve", markers: ["InferenceService", "LLMInferenceService"], load: async () => (await import("./kserve.js")).adaptKServe },
  { format: "ome", markers: ["ome.io/"], load: async () => (await import("./ome.js")).adaptOme },
  { format: "nim", markers: ["NIMService"], load: async () => (await import("./nim.js")).adaptNim },
  { format: "kubeai", markers: ["kubeai.org"], load: async () => (await import("./kubeai.js")).adaptKubeAI },
  { format: "kaito", markers: ["kaito.sh"], load: async () => (await import("./kaito.js")).adaptKaito },
  { format: "dynamo", markers: ["DynamoGraphDeployment"], load: async () => (await import("./dynamo.js")).adaptDynamo },
  { format: "aibrix", markers: ["orchestration.aibrix.ai"], load: async () => (await import("./aibrix.js")).adaptAibrix },
  { format: "kubernetes", markers: [...GPU_REQUESTS, ...LAUNCHERS, "MODEL_ID", NIM_IMAGE, ...ENGINE_FLAGS], load: async () => (await import("./kubernetes.js")).adaptKubernetes },
  { format: "production-stack", markers: ["servingEngineSpec"], load: async () => (await import("./production-stack.js")).adaptProductionStack },
  { format: "llm-d", markers: ["modelArtifacts"], load: async () => (await import("./llm-d.js")).adaptLlmD },
  { format: "ray-serve", markers: ["ray.serve.llm", "num_gpus", ...GPU_REQUESTS], load: async () => (await import("./ray.js")).adaptRay },
  { format: "kuberay", markers: ["ray.io/"], load: async () => (await import("./aibrix.js")).adaptRayCluster },
  { format: "skypilot", markers: LAUNCHERS, load: async () => (await import("./skypilot.js")).adaptSkyPilot },
  { format: "dstack", markers: [...LAUNCHERS, NIM_IMAGE], load: async () => (await import("./dstack.js")).adaptDstack },
  {
    format: "unread",
    markers: ["DynamoComponentDeployment", "SeldonDeployment", "mlops.seldon.io", "BentoDeployment", "VLLMRuntime", "StormService", "ArksApplication", "ArksDisaggregatedApplication", "inference.llmaz.io", "ModelServing", "ModelBooster", "NIMPipeline", "ModelService"],
    load: async () => (await import("./unread.js")).adaptUnread,
  },
];

/**
 * The formats whose markers the text holds: the only readers that can take one of its
 * documents (each takes only documents that hold one of its markers). A marker can hide
 * behind a YAML escape in a double-quoted string (`"\x76llm"` is `vllm`), so a text with a
 * backslash gets every format: never a reader missing, at worst one loaded for nothing.
 */
export function formatsIn(text: string): FormatEntry[] {
  if (text.includes("\\")) return [...FORMATS];
  return FORMATS.filter((entry) => entry.markers.some((marker) => text.includes(marker)));
}

const loaded = new Map<string, Promise<FormatAdapter>>();

/** The readers of `entries`, loaded once each, in ADAPTERS' order. */
export async function loadAdapters(entries: Iterable<FormatEntry>): Promise<FormatAdapter[]> {
  const wanted = new Set(entries);
  const loads = FORMATS.filter((entry) => wanted.has(entry)).map((entry) => {
    let adapter = loaded.get(entry.format);
    if (!adapter) {
      adapter = entry.load().then((adapt) => ({ format: entry.format, markers: entry.markers, adapt }));
      loaded.set(entry.format, adapter);
    }
    return adapter;
  });
  return Promise.all(loads);
}

/** Every marker of every format, the native one included. */
export const ALL_MARKERS: readonly string[] = [...NATIVE_MARKERS, ...FORMATS.flatMap((a) => a.markers)];
