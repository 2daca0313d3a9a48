import { lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { ConfigError } from "../config/config.js";
import { BASELINE_FILE, BaselineFormatError, parseBaseline, serializeBaseline, type Baseline } from "../evaluate/baseline.js";
import { decodeText } from "../read/decode.js";
import { exists, isInside, readGuarded, realRoot } from "../read/guarded-file.js";

/**
 * The baseline file (src/evaluate/baseline.ts holds what it means): read through the guarded
 * reader, written by rename and never through a symlink or outside the repository.
 */

export { BASELINE_FILE };

/** The largest baseline read: 20 MB is some 60,000 accepted findings. */
export const BASELINE_MAX_BYTES = 20_000_000;

/** A baseline that cannot be read or written: a configuration error (exit 2; the action fails the step with it). */
export class BaselineError extends ConfigError {}

function shown(absolute: string, root: string): string {
  const rel = relative(root, absolute);
  return (rel === "" || rel.startsWith("..") || isAbsolute(rel) ? absolute : rel).split("\\").join("/");
}

/** `--baseline F` (relative to `root`), or `.llm-physics/baseline.json` there when it exists; null when there is none. */
export function loadBaseline(path: string | null, root: string): Baseline | null {
  const absolute = resolve(root, path ?? BASELINE_FILE);
  const name = shown(absolute, root);
  if (!exists(absolute)) {
    if (path === null) return null;
    throw new BaselineError(`baseline file not found; write it with \`llm-physics baseline\`, or check the --baseline path`, name);
  }
  if (!isInside(resolve(root), absolute)) throw new BaselineError("the baseline file must be inside the repository", name);
  const read = readGuarded(absolute, { root: realRoot(root), maxBytes: BASELINE_MAX_BYTES });
  if (!read.ok) {
    const why = read.refusal === "too-large" ? `is over ${BASELINE_MAX_BYTES} bytes; write it again with \`llm-physics baseline\`` : read.message;
    throw new BaselineError(`the baseline file ${why}`, name);
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw new BaselineError(`the baseline file is not valid ${decoded.encoding} text; write it again with \`llm-physics baseline\``, name);
  try {
    return parseBaseline(decoded.text);
  } catch (error) {
    if (error instanceof BaselineFormatError) throw new BaselineError(`the baseline file ${error.message}`, name);
    throw error;
  }
}

/**
 * Write `baseline` to `path` (default BASELINE_FILE), relative to `root`; returns the name
 * written, relative to the root. The file and its folder must stay inside the repository and the
 * file is replaced by rename, so a symlink committed in its place is replaced, never followed.
 */
export function writeBaseline(root: string, path: string | null, baseline: Baseline): string {
  const absolute = resolve(root, path ?? BASELINE_FILE);
  const name = shown(absolute, root);
  if (!isInside(resolve(root), absolute) || absolute === resolve(root)) throw new BaselineError("the baseline file must be inside the repository", name);
  try {
    mkdirSync(dirname(absolute), { recursive: true });
    if (!isInside(realRoot(root), realpathSync.native(dirname(absolute)))) throw new BaselineError("the baseline file's folder leads outside the repository (a symlink); not written", name);
    if (exists(absolute) && lstatSync(absolute).isDirectory()) throw new BaselineError("is a directory; pass a file name, e.g. .llm-physics/baseline.json", name);
    const temporary = `${absolute}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFileSync(temporary, serializeBaseline(baseline), { mode: 0o644, flag: "wx" });
      renameSync(temporary, absolute);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  } catch (error) {
    if (error instanceof BaselineError) throw error;
    throw new BaselineError(`the baseline file could not be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, name);
  }
  return name;
}
