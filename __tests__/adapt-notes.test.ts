import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../src/adapt/index.js";
import { NOTE_CODES, type AdaptNote } from "../src/adapt/notes.js";
import { ReferenceIndex } from "../src/adapt/references.js";
import { parseYamlFile } from "../src/parse/yaml-file.js";
import { REPO_ROOT } from "./helpers/cli.js";

/**
 * Notes are data: every note, engine problem and GPU-declaration note has a code from the one
 * table (src/adapt/notes.ts), and readers decide by codes, never by wording.
 */

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** The notes every adapter gives on every fixture and example, read as a repository would be. */
function allNotes(): Array<{ file: string; note: AdaptNote }> {
  const paths = [...files(join(REPO_ROOT, "__tests__", "fixtures"), /\.ya?ml$/), ...files(join(REPO_ROOT, "examples"), /\.ya?ml$/)];
  const references = new ReferenceIndex();
  const parsed = paths.map((path) => {
    const file = relative(REPO_ROOT, path);
    const yaml = parseYamlFile(file, readFileSync(path, "utf8"));
    references.addFile(yaml.documents, file, path);
    return { file, path, yaml };
  });
  const out: Array<{ file: string; note: AdaptNote }> = [];
  for (const { file, path, yaml } of parsed) {
    for (const document of yaml.documents) {
      for (const adapter of ADAPTERS) {
        const adapted = adapter.adapt(document, file, path, references);
        if (!adapted) continue;
        for (const note of adapted.notes) out.push({ file, note });
        break;
      }
    }
  }
  return out;
}

describe("notes", () => {
  it("every note of every fixture has a known code, a severity and a range", () => {
    const notes = allNotes();
    expect(notes.length).toBeGreaterThan(15);
    for (const { file, note } of notes) {
      expect(Object.keys(NOTE_CODES), `${file}: ${note.message}`).toContain(note.code);
      expect(["notice", "warning"]).toContain(note.severity);
      expect(note.range.line, `${file}: ${note.message}`).toBeGreaterThanOrEqual(1);
    }
  });

  it("each code says what it means", () => {
    for (const [code, meaning] of Object.entries(NOTE_CODES)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(meaning.length, code).toBeGreaterThan(10);
    }
  });

  it("no reader, catalog lookup or rule decides by matching the wording of a message, reason or display path", () => {
    const SRC = join(REPO_ROOT, "src");
    const sources = ["adapt", "catalog", "evaluate"].flatMap((layer) => files(join(SRC, layer), /\.ts$/));
    // `.message.startsWith(`, `path.includes(`, `/…/.test(problem.message)`, `.test(text)` over a note's text…
    const onText = /\b(message|reason|path|notes?|display|source)\??\.(startsWith|endsWith|includes|match)\(/;
    const testOnText = /\.(test|exec)\([\w.!?]*\b(message|reason|path|display|source)\)/;
    const found: string[] = [];
    for (const file of sources) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (onText.test(line) || testOnText.test(line)) found.push(`${relative(SRC, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
