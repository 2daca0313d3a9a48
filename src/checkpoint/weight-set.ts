/**
 * Which files of a repository are its weights: ONE weight set, chosen the way vLLM's default
 * loader chooses (model_loader/default_loader.py, weight_utils.py): the safetensors index, then a
 * single model.safetensors, then Mistral's consolidated files, then any other root safetensors,
 * then GGUF files (never `mmproj-*`, the multimodal projector), then PyTorch `.bin`/`.pt` files.
 * Folders (`original/`, `metal/`) are never summed with the root files: `original/consolidated.00.pth`
 * beside the shards would double Llama-3.1-8B.
 */

export interface TreeFile {
  path: string;
  sizeBytes: number;
}

export type WeightSet =
  | { format: "safetensors"; index: TreeFile | null; shards: TreeFile[]; warning?: string }
  | { format: "gguf"; files: TreeFile[]; quantization: string | null; others: string[] }
  | { format: "pytorch"; files: TreeFile[] }
  | { format: "none" };

const SHARD = /^(.+)-(\d{5,6})-of-(\d{5,6})\.safetensors$/;

/** The shards of `prefix` listed in the tree, `prefix-00001-of-00004.safetensors`… */
function shardsOf(files: TreeFile[], prefix: string): TreeFile[] {
  return files.filter((f) => SHARD.exec(f.path)?.[1] === prefix).sort((a, b) => a.path.localeCompare(b.path));
}

/** `Llama-3.2-3B-Instruct-Q4_K_M.gguf` → `Q4_K_M`; split files `…-Q8_0-00001-of-00002.gguf` too. */
export function ggufQuantization(path: string): string | null {
  const base = path.replace(/-\d{5}-of-\d{5}\.gguf$/i, "").replace(/\.gguf$/i, "");
  const match = /(?:^|[-_.])((?:I?Q\d(?:_[A-Z0-9]+)*)|F16|BF16|F32|MXFP4(?:_MOE)?)$/i.exec(base);
  return match ? match[1]!.toUpperCase() : null;
}

/** Root files only: the tree listing is not recursive, and folders are other weight sets. */
export function pickWeightSet(files: readonly TreeFile[], wantedQuantization?: string | null): WeightSet {
  const root = files.filter((f) => !f.path.includes("/"));
  const byName = new Map(root.map((f) => [f.path, f]));
  const index = byName.get("model.safetensors.index.json");
  if (index) {
    return { format: "safetensors", index, shards: shardsOf(root, "model") };
  }
  const single = byName.get("model.safetensors");
  if (single) return { format: "safetensors", index: null, shards: [single] };
  const consolidatedIndex = byName.get("consolidated.safetensors.index.json");
  const consolidated = root.filter((f) => /^consolidated.*\.safetensors$/.test(f.path));
  if (consolidated.length > 0) return { format: "safetensors", index: consolidatedIndex ?? null, shards: consolidated };
  const other = root.filter((f) => f.path.endsWith(".safetensors"));
  if (other.length > 0) {
    return {
      format: "safetensors",
      index: null,
      shards: other,
      warning: `the weights are ${other.length} safetensors file(s) with no index (${other.slice(0, 3).map((f) => f.path).join(", ")}${other.length > 3 ? ", …" : ""}); all of them are counted`,
    };
  }
  const gguf = root.filter((f) => f.path.toLowerCase().endsWith(".gguf") && !/^mmproj/i.test(f.path));
  if (gguf.length > 0) {
    const groups = new Map<string, TreeFile[]>();
    for (const file of gguf) {
      const key = ggufQuantization(file.path) ?? file.path;
      groups.set(key, [...(groups.get(key) ?? []), file]);
    }
    // The quantization asked for, else Ollama's and LM Studio's usual default, else the only one.
    const wanted = wantedQuantization?.toUpperCase();
    const chosenKey = (wanted && groups.has(wanted) ? wanted : undefined) ?? (groups.has("Q4_K_M") ? "Q4_K_M" : groups.size === 1 ? [...groups.keys()][0]! : undefined);
    if (chosenKey === undefined) {
      return { format: "gguf", files: [], quantization: null, others: [...groups.keys()].sort() };
    }
    return {
      format: "gguf",
      files: groups.get(chosenKey)!.sort((a, b) => a.path.localeCompare(b.path)),
      quantization: ggufQuantization(groups.get(chosenKey)![0]!.path),
      others: [...groups.keys()].filter((k) => k !== chosenKey).sort(),
    };
  }
  const pytorch = root.filter((f) => /\.(bin|pt|pth)$/.test(f.path) && !/^(training_args|optimizer|scheduler|rng_state)/.test(f.path));
  if (pytorch.length > 0) return { format: "pytorch", files: pytorch };
  return { format: "none" };
}
