import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-WCUCRXAF.js";
import {
  BASELINE_FILE,
  BaselineFormatError,
  parseBaseline,
  serializeBaseline
} from "./chunk-U7OVFLHF.js";
import {
  decodeText
} from "./chunk-FHUT4NP5.js";
import {
  exists,
  isInside,
  readGuarded,
  realRoot
} from "./chunk-AI7RBIUB.js";

// src/pipeline/baseline.ts
import { lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
var BASELINE_MAX_BYTES = 2e7;
var BaselineError = class extends ConfigError {
};
function shown(absolute, root) {
  const rel = relative(root, absolute);
  return (rel === "" || rel.startsWith("..") || isAbsolute(rel) ? absolute : rel).split("\\").join("/");
}
function loadBaseline(path, root) {
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
function writeBaseline(root, path, baseline) {
  const absolute = resolve(root, path ?? BASELINE_FILE);
  const name = shown(absolute, root);
  if (!isInside(resolve(root), absolute) || absolute === resolve(root)) throw new BaselineError("the baseline file must be inside the repository", name);
  try {
    mkdirSync(dirname(absolute), { recursive: true });
    if (!isInside(realRoot(root), realpathSync.native(dirname(absolute)))) throw new BaselineError("the baseline file's folder leads outside the repository (a symlink); not written", name);
    if (exists(absolute) && lstatSync(absolute).isDirectory()) throw new BaselineError("is a directory; pass a file name, e.g. .llm-physics/baseline.json", name);
    const temporary = `${absolute}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFileSync(temporary, serializeBaseline(baseline), { mode: 420, flag: "wx" });
      renameSync(temporary, absolute);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  } catch (error) {
    if (error instanceof BaselineError) throw error;
    throw new BaselineError(`the baseline file could not be written: ${error.code ?? error.message}`, name);
  }
  return name;
}

export {
  BASELINE_MAX_BYTES,
  BaselineError,
  loadBaseline,
  writeBaseline
};
