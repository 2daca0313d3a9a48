import { parentPort, workerData } from "node:worker_threads";
import { DiscoveryError } from "../discover/discover.js";
import { readFiles, type ReadRequest } from "./read-files.js";
import type { WorkerMessage } from "./read-source.js";

/**
 * The read worker: discovery and the guarded reads of `check` on a thread of their own, so that
 * the main thread parses and adapts the files with a marker while the rest of the repository is
 * still being listed and read. Bundled on its own (scripts/build.mjs) and started by
 * read-source.ts; it sends batches of files, then what discovery skipped, or the error.
 */

const port = parentPort;
if (port) {
  const post = (message: WorkerMessage) => port.postMessage(message);
  try {
    const done = readFiles(workerData as ReadRequest, (files) => post({ type: "files", files }));
    post({ type: "done", ...done });
  } catch (error) {
    post({ type: "error", discovery: error instanceof DiscoveryError, message: error instanceof Error ? error.message : String(error) });
  }
}
