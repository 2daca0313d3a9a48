import { READ_WORKER_CODE, ReadThread, walksDirectories } from "../pipeline/read-thread.js";
import { locateRepository } from "./repository.js";

/**
 * `check` and `baseline` start the read worker before they load their modules and the
 * configuration (about a tenth of a second on a small machine), so that the walk of the
 * repository overlaps them: with the command line's paths and the default include and exclude,
 * and how to read (the size limit, the markers) sent once known. When the configuration sets
 * `include` or `exclude`, the check stops this worker and starts one with them (read-source.ts).
 * A module of its own (a chunk of the bundle) that loads neither the pipeline nor the validators.
 */
export function startReadAhead(cwd: string, positionals: readonly string[], configFlag: string | undefined, env: NodeJS.ProcessEnv): ReadThread | undefined {
  if (READ_WORKER_CODE === undefined || env.LLM_PHYSICS_READ_WORKER === "0") return undefined;
  let walk;
  try {
    const { root, paths } = locateRepository(cwd, positionals, configFlag ?? null);
    walk = { cwd: root, paths };
  } catch {
    // The check finds the same problem and says it.
    return undefined;
  }
  return walksDirectories(walk) ? ReadThread.start(READ_WORKER_CODE, walk) : undefined;
}
