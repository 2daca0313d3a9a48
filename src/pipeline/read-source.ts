import { readFiles, walkOf, type ReadDone, type ReadFile, type ReadRequest, type WalkRequest } from "./read-files.js";
import { ReadThread, walksDirectories } from "./read-thread.js";

/**
 * Where `check` reads the repository: on a worker thread when the bundle carries the read worker
 * (scripts/build.mjs puts its code in __LLM_PHYSICS_READ_WORKER__, read-thread.ts) and the run
 * walks directories, else on the main thread. Either way the files come in batches, in the order
 * found, to one consumer (check-core.ts), and discovery's errors arrive as DiscoveryError.
 */

export { READ_WORKER_CODE } from "./read-thread.js";

export interface ReadOutcome extends ReadDone {
  /** Where the files were read. */
  thread: "worker" | "main";
}

/** Whether a thread started ahead on `ahead` walks what `request` asks for: the same root, paths, include and exclude. */
function sameWalk(ahead: WalkRequest, request: WalkRequest): boolean {
  const key = (w: WalkRequest) => JSON.stringify([w.cwd, w.paths, w.include ?? [], w.exclude ?? []]);
  return key(ahead) === key(request);
}

/**
 * Read the repository, handing each batch to `onBatch` (awaited, one batch at a time, in order).
 * With `workerCode` (READ_WORKER_CODE in a build) and a run that walks directories, discovery and
 * reads run on a thread of their own while `onBatch` works on the main thread; a worker that
 * cannot start falls back to the main thread. `ahead`: a read worker the CLI started before the
 * configuration was known (ReadThread.start without settings); it is used when it walks what the
 * request asks for, and stopped otherwise.
 */
export async function readInBatches(
  request: ReadRequest,
  onBatch: (files: ReadFile[]) => void | Promise<void>,
  workerCode: string | undefined,
  ahead?: ReadThread,
): Promise<ReadOutcome> {
  const settings = { maxFileSizeBytes: request.maxFileSizeBytes, markers: request.markers };
  if (ahead) {
    if (workerCode !== undefined && sameWalk(ahead.walk, request)) {
      ahead.go(settings);
      return { ...(await ahead.consume(onBatch)), thread: "worker" };
    }
    ahead.cancel();
  }
  if (workerCode !== undefined && walksDirectories(request)) {
    const thread = ReadThread.start(workerCode, walkOf(request), settings);
    if (thread) return { ...(await thread.consume(onBatch)), thread: "worker" };
  }
  const batches: ReadFile[][] = [];
  const done = readFiles(request, (files) => batches.push(files));
  for (const files of batches) await onBatch(files);
  return { ...done, thread: "main" };
}
