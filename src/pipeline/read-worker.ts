import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from "node:worker_threads";
import { discover, DiscoveryError, type DiscoveredFile } from "../discover/discover.js";
import { FileReader, type ReadSettings } from "./read-files.js";
import type { ReadWorkerData, WorkerMessage } from "./read-thread.js";

/**
 * The read worker: discovery and the guarded reads of `check` on a thread of their own, so that
 * the main thread parses and adapts the files with a marker while the rest of the repository is
 * still being listed and read. Bundled on its own (scripts/build.mjs) and started by
 * read-thread.ts; it sends batches of files, then what discovery skipped, or the error.
 *
 * Started ahead (the CLI starts it before `check`'s modules and the configuration load), it has
 * the walk but not yet how to read: it walks, keeping the files found, until the settings come on
 * its port (looked for every few files, and waited for when the walk is done first), then reads
 * the files kept and goes on reading as it walks.
 */

/** Files found between two looks for the settings. */
const FILES_PER_LOOK = 64;

const port = parentPort;
if (port) {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const data = workerData as ReadWorkerData;
  const { walk } = data;
  const settingsPort = "settingsPort" in data ? data.settingsPort : undefined;
  /** The reader once the settings are known; the files found before, in order. */
  const state: { reader?: FileReader; waiting: DiscoveredFile[] } = { waiting: [] };
  const take = (given: ReadSettings): FileReader => {
    const reader = new FileReader(walk.cwd, given, (files) => post({ type: "files", files }));
    for (const entry of state.waiting.splice(0)) reader.add(entry);
    return (state.reader = reader);
  };
  const look = (from: MessagePort | undefined): FileReader | undefined => {
    const received = from ? receiveMessageOnPort(from) : undefined;
    return received ? take(received.message as ReadSettings) : undefined;
  };
  const failed = (error: unknown) => post({ type: "error", discovery: error instanceof DiscoveryError, message: error instanceof Error ? error.message : String(error) });
  try {
    if ("settings" in data) take(data.settings);
    let sinceLook = 0;
    const discovery = discover({
      ...walk,
      onFile: (entry) => {
        if (!state.reader && ++sinceLook >= FILES_PER_LOOK) {
          sinceLook = 0;
          look(settingsPort);
        }
        if (state.reader) state.reader.add(entry);
        else state.waiting.push(entry);
      },
    });
    const end = (reader: FileReader) => {
      reader.flush();
      post({ type: "done", skipped: discovery.skipped, found: reader.found });
      settingsPort?.close();
    };
    const ready = state.reader ?? look(settingsPort);
    if (ready) end(ready);
    else {
      // The walk is done before the settings came (so it was started with a port): wait for them;
      // the port keeps the thread alive.
      settingsPort!.once("message", (given: ReadSettings) => {
        try {
          end(take(given));
        } catch (error) {
          failed(error);
        }
      });
    }
  } catch (error) {
    failed(error);
  }
}
