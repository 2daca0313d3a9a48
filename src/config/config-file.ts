import { dirname, join, resolve } from "node:path";
import { exists, isInside } from "../read/guarded-file.js";

/**
 * The configuration file's names and where it is found: apart from config.ts (which parses and
 * validates the file) so that the CLI can locate the repository before it loads the validators.
 */

export const CONFIG_FILE_NAMES = [".llm-physics.yml", ".llm-physics.yaml"] as const;

/**
 * The nearest folder from `start` up to `top` (both absolute, `top` at or above `start`) that
 * holds `.llm-physics.yml` or `.llm-physics.yaml`; null when none does. Never looks above `top`,
 * the repository root, so that no file outside the repository is ever taken for its config.
 */
export function findConfigDirectory(start: string, top: string): string | null {
  let dir = resolve(start);
  const stop = resolve(top);
  if (!isInside(stop, dir)) return null;
  for (;;) {
    if (CONFIG_FILE_NAMES.some((name) => exists(join(dir, name)))) return dir;
    if (dir === stop) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
