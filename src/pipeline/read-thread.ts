import { statSync } from "node:fs";
import { resolve } from "node:path";
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";
import { DiscoveryError } from "../discover/discover.js";
import type { ReadDone, ReadFile, ReadSettings, WalkRequest } from "./read-files.js";

/**
 * The read worker (read-worker.ts) as the main thread sees it: started with its walk, and with
 * how to read either at once or later (`go`), when the CLI starts it ahead of `check`'s modules
 * and configuration; its batches handed to one consumer, in order, with discovery's errors as
 * DiscoveryError. Kept apart from read-source.ts, which also reads on the main thread, so that
 * the CLI can start the worker without loading the readers.
 */

declare const __LLM_PHYSICS_READ_WORKER__: string | undefined;
/** The read worker's bundled code (scripts/build.mjs); undefined when running from source (the tests), which read on the main thread unless they pass code of their own. */
export const READ_WORKER_CODE = typeof __LLM_PHYSICS_READ_WORKER__ === "string" ? __LLM_PHYSICS_READ_WORKER__ : undefined;

/** What the read worker is started with: the walk, and the settings or the port they will come on. */
export type ReadWorkerData = { walk: WalkRequest } & ({ settings: ReadSettings } | { settingsPort: MessagePort });

/** What the read worker sends. */
export type WorkerMessage = { type: "files"; files: ReadFile[] } | ({ type: "done" } & ReadDone) | { type: "error"; discovery: boolean; message: string };

/** Whether the run walks a directory or a glob: files named one by one are few, and a thread would cost more than it saves. */
export function walksDirectories(walk: WalkRequest): boolean {
  return (
    walk.paths.length === 0 ||
    walk.paths.some((path) => {
      try {
        return !statSync(resolve(walk.cwd, path)).isFile();
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

type ThreadEvent = { type: "message"; message: WorkerMessage } | { type: "error"; error: unknown } | { type: "exit"; code: number };

export class ReadThread {
  /** What the thread heard before a consumer came (a thread started ahead), in order. */
  private readonly early: ThreadEvent[] = [];
  private listener: ((event: ThreadEvent) => void) | undefined;
  private consumed = false;

  private constructor(
    private readonly worker: Worker,
    /** The walk it was started with. */
    readonly walk: WalkRequest,
    private readonly settingsPort: MessagePort | undefined,
  ) {
    const hear = (event: ThreadEvent) => (this.listener ? this.listener(event) : this.early.push(event));
    worker.on("message", (message: WorkerMessage) => hear({ type: "message", message }));
    worker.on("error", (error) => hear({ type: "error", error }));
    worker.on("exit", (code) => hear({ type: "exit", code }));
    if (settingsPort) {
      // Started ahead: until it is consumed, neither the thread nor the port the settings go on
      // keeps the process alive. (After the listeners: adding a message listener refs the thread again.)
      worker.unref();
      settingsPort.unref();
    }
  }

  /**
   * Start the read worker from `code` on `walk`; without `settings`, it walks and waits for them
   * (`go`), and does not keep the process alive until it is consumed. Undefined when no thread can
   * be had (a runtime limit): the caller reads on the main thread.
   */
  static start(code: string, walk: WalkRequest, settings?: ReadSettings): ReadThread | undefined {
    const channel = settings ? undefined : new MessageChannel();
    const workerData: ReadWorkerData = settings ? { walk, settings } : { walk, settingsPort: channel!.port2 };
    let worker: Worker;
    // A young generation of 4 MB (V8's default is several times that): the worker's garbage is the
    // walk's short-lived names and entries, and a smaller nursery keeps the process's peak memory
    // about 15 MB lower at no measured cost in time (docs/benchmark.md).
    try {
      worker = new Worker(code, { eval: true, workerData, resourceLimits: { maxYoungGenerationSizeMb: 4 }, ...(channel ? { transferList: [channel.port2] } : {}) });
    } catch {
      channel?.port1.close();
      return undefined;
    }
    return new ReadThread(worker, walk, channel?.port1);
  }

  /** How to read, for a thread started without it. */
  go(settings: ReadSettings): void {
    this.settingsPort?.postMessage(settings);
  }

  /** Stop the thread, consumed or not (a thread started ahead whose walk the run does not take). */
  cancel(): void {
    this.consumed = true;
    this.settingsPort?.close();
    void this.worker.terminate();
  }

  /** Hand each batch to `onBatch` (awaited, one at a time, in order); once only, and not after `cancel`. */
  consume(onBatch: (files: ReadFile[]) => void | Promise<void>): Promise<ReadDone> {
    if (this.consumed) return Promise.reject(new Error("a read thread is used once: this one was consumed or stopped"));
    this.consumed = true;
    this.worker.ref();
    return new Promise<ReadDone>((resolve, reject) => {
      let chain: Promise<void> = Promise.resolve();
      let finished = false;
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        this.cancel();
        reject(error);
      };
      const handle = (event: ThreadEvent) => {
        if (event.type === "error") return fail(threadFailure(event.error instanceof Error ? event.error.message : String(event.error)));
        if (event.type === "exit") {
          if (!finished) fail(threadFailure(`it stopped with exit code ${event.code} before it was done`));
          return;
        }
        const { message } = event;
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
      };
      for (const event of this.early.splice(0)) handle(event);
      this.listener = handle;
    });
  }
}
