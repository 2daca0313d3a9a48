import type { EnvMap } from "./k8s-expansion.js";
import { ENTRYPOINT_MARKERS, normaliseFlag } from "./flags.js";
import type { Engine } from "./types.js";
import { basename, type Word } from "./words.js";

// Which engine a command runs: `vllm serve`, `python -m sglang.launch_server`, a launcher after `exec` or `uv run`…

export interface Invocation {
  engine: Engine;
  /** The engine's own arguments (after `vllm serve`, `-m module`, the launcher). */
  args: Word[];
}

const PYTHON_MODULES: Record<string, Engine> = {
  "vllm.entrypoints.openai.api_server": "vllm",
  "vllm.entrypoints.api_server": "vllm",
  "sglang.launch_server": "sglang",
  // NVIDIA Dynamo's workers take the engine's own flags (ai-dynamo/dynamo components/backends/*).
  "dynamo.vllm": "vllm",
  "dynamo.sglang": "sglang",
  "dynamo.trtllm": "trtllm",
};

/** The engine started by the command beginning at `words[i]`, if one is. */
export function invocationAt(words: Word[], i: number): Invocation | null {
  const base = basename(words[i]!.text);
  if (base === "vllm" && words[i + 1]?.text === "serve") return { engine: "vllm", args: words.slice(i + 2) };
  if (base === "text-generation-launcher") return { engine: "tgi", args: words.slice(i + 1) };
  if (base === "trtllm-serve") return { engine: "trtllm", args: words.slice(words[i + 1]?.text === "serve" ? i + 2 : i + 1) };
  if (/^python[0-9.]*$/.test(base)) {
    for (let j = i + 1; j < words.length && words[j]!.text.startsWith("-"); j++) {
      if (words[j]!.text !== "-m") continue;
      const engine = PYTHON_MODULES[words[j + 1]?.text ?? ""];
      return engine ? { engine, args: words.slice(j + 2) } : null;
    }
  }
  return null;
}

/** The first engine started in a command, after any wrapper (`exec`, `env A=b`, `uv run`…). */
export function findInvocation(words: Word[]): Invocation | null {
  for (let i = 0; i < words.length; i++) {
    const found = invocationAt(words, i);
    if (found) return found;
  }
  return null;
}

/**
 * With no command, the image's entrypoint runs: the args' flags tell which engine's
 * (vllm/vllm-openai, TGI, SGLang images), or TGI's env (`MODEL_ID`) when there are no args.
 */
export function entrypointInvocation(words: Word[], env: EnvMap): Invocation | null {
  const names = new Set(words.filter((w) => w.text.startsWith("-")).map((w) => normaliseFlag(w.text.split(/[=\s]/)[0]!)));
  const marked = ENTRYPOINT_MARKERS.find(([, markers]) => markers.some((m) => names.has(m)));
  if (marked) return { engine: marked[0], args: words };
  if (words.length === 0 && env.has("MODEL_ID")) return { engine: "tgi", args: [] };
  return null;
}
