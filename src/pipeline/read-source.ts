import { statSync } from "node:fs";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { DiscoveryError } from "../discover/discover.js";
import { readFiles, type ReadDone, type ReadFile, type ReadRequest } from "./read-files.js";

/**
 * Where `check` reads the repository: on a worker thread when the bundle carries the read worker
 * (scripts/build.mjs puts its code in __LLM_PHYSICS_READ_WORKER__) and the run walks directories,
 * else on the main thread. Either way the files come in batches, in the order found, to one
 * consumer (check-core.ts), and discovery's errors arrive as DiscoveryError.
 */

declare const __LLM_PHYSICS_READ_WORKER__: string | undefined;
/** The read worker's bundled code; undefined when running from source (the tests), which read on the main thread unless they pass code of their own. */
export const READ_WORKER_CODE = typeof __LLM_PHYSICS_READ_WORKER__ === "string" ? __LLM_PHYSICS_READ_WORKER__ : undefined;

/** What the read worker sends (read-worker.ts). */
export type WorkerMessage = { type: "files"; files: ReadFile[] } | ({ type: "done" } & ReadDone) | { type: "error"; discovery: boolean; message: string };

export interface ReadOutcome extends ReadDone {
  /** Where the files were read. */
  thread: "worker" | "main";
}

/**
 * Read the repository, handing each batch to `onBatch` (awaited, one batch at a time, in order).
 * With `workerCode` (READ_WORKER_CODE in a build) and a run that walks directories, discovery and
 * reads run on a thread of their own while `onBatch` works on the main thread; a worker that
 * cannot start falls back to the main thread.
 */
export async function readInBatches(request: ReadRequest, onBatch: (files: ReadFile[]) => void | Promise<void>, workerCode: string | undefined): Promise<ReadOutcome> {
  if (workerCode !== undefined && walksDirectories(request)) {
    let thread: Worker | undefined;
    try {
      thread = new Worker(workerCode, { eval: true, workerData: request });
    } catch {
      // No thread to be had (a runtime limit): read here, the same files in the same order.
    }
    if (thread) return { ...(await fromWorker(thread, onBatch)), thread: "worker" };
  }
  const batches: ReadFile[][] = [];
  const done = readFiles(request, (files) => batches.push(files));
  for (const files of batches) await onBatch(files);
  return { ...done, thread: "main" };
}

/** Whether the run walks a directory or a glob: files named one by one are few, and a thread would cost more than it saves. */
function walksDirectories(request: ReadRequest): boolean {
  return (
    request.paths.length === 0 ||
    request.paths.some((path) => {
      try {
        return !statSync(resolve(request.cwd, path)).isFile();
      } catch {
        return true;
      }
    })
  );
}

/** The thread failed on something else than the repository's paths: what it said, and what to do. */
function threadFailure(detail: string): Error {
  return new Error(`reading the repository on its own thread failed (${detail}); run again, or set LLM_PHYSICS_READ_WORKER=0 to read on the main thread`);
}

function fromWorker(thread: Worker, onBatch: (files: ReadFile[]) => void | Promise<void>): Promise<ReadDone> {
  return new Promise<ReadDone>((resolve, reject) => {
    let chain: Promise<void> = Promise.resolve();
    let finished = false;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      void thread.terminate();
      reject(error);
    };
    thread.on("message", (message: WorkerMessage) => {
      if (settled) return;
      if (message.type === "files") {
        chain = chain.then(() => (settled ? undefined : onBatch(message.files))).catch(fail);
      } else if (message.type === "done") {
        finished = true;
        const { skipped, found } = message;
        chain = chain.then(() => {
          if (settled) return;
          settled = true;
          resolve({ skipped, found });
        }, fail);
      } else {
        fail(message.discovery ? new DiscoveryError(message.message) : threadFailure(message.message));
      }
    });
    thread.on("error", (error) => fail(threadFailure(error instanceof Error ? error.message : String(error))));
    thread.on("exit", (code) => {
      if (!finished) fail(threadFailure(`it stopped with exit code ${code} before it was done`));
    });
  });
}
