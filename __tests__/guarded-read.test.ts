import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discover } from "../src/discover/discover.js";
import { isInside, readGuarded } from "../src/read/guarded-file.js";

/**
 * Discovery hands the reader what its directory entries said (a regular file, its real path), so
 * that an ordinary file costs no stat and no realpath; the reader still opens without following a
 * link and refuses, after the open, anything that is not a regular file.
 */

const root = realpathSync(mkdtempSync(join(tmpdir(), "llm-physics-guarded-")));

describe("a file discovery saw as regular", () => {
  it("is read without a stat first, and reads the same bytes", () => {
    const path = join(root, "a.yaml");
    writeFileSync(path, "kind: ConfigMap\n");
    const read = readGuarded(path, { root, maxBytes: 1000, realPath: path, regular: true });
    expect(read.ok && read.bytes.toString()).toBe("kind: ConfigMap\n");
  });

  it("that is a FIFO by the time it is opened is refused, without blocking", () => {
    const fifo = join(root, "pipe.yaml");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      return; // no mkfifo here: the hardening tests cover FIFOs found by discovery
    }
    const read = readGuarded(fifo, { root, maxBytes: 1000, realPath: fifo, regular: true });
    expect(read).toMatchObject({ ok: false, refusal: "not-regular" });
  });

  it("that is a directory or a symlink by the time it is opened is refused", () => {
    const dir = join(root, "dir.yaml");
    mkdirSync(dir);
    expect(readGuarded(dir, { root, maxBytes: 1000, realPath: dir, regular: true })).toMatchObject({ ok: false, refusal: "not-regular", directory: true });
    const link = join(root, "link.yaml");
    symlinkSync(join(root, "a.yaml"), link);
    // O_NOFOLLOW: a link swapped in for the file is not followed.
    expect(readGuarded(link, { root, maxBytes: 1000, realPath: link, regular: true })).toMatchObject({ ok: false });
  });

  it("with transient bytes: a view that the next transient read reuses, with the same content", () => {
    writeFileSync(join(root, "b.yaml"), "b: 2\n");
    const a = readGuarded(join(root, "a.yaml"), { root, maxBytes: 1000, transient: true });
    const aText = a.ok ? a.bytes.toString() : "";
    const b = readGuarded(join(root, "b.yaml"), { root, maxBytes: 1000, transient: true });
    expect(aText).toBe("kind: ConfigMap\n");
    expect(b.ok && b.bytes.toString()).toBe("b: 2\n");
  });
});

describe("discovery", () => {
  it("marks the files its directory entries call regular, and those behind an inside link by their target", () => {
    const repo = realpathSync(mkdtempSync(join(tmpdir(), "llm-physics-discover-")));
    mkdirSync(join(repo, "deploy"));
    writeFileSync(join(repo, "deploy", "a.yaml"), "a: 1\n");
    symlinkSync(join(repo, "deploy", "a.yaml"), join(repo, "b.yaml"));
    const { files } = discover({ cwd: repo, paths: [] });
    expect(files.map((f) => [f.file, f.regular, f.realPath])).toEqual([
      ["b.yaml", true, join(repo, "deploy", "a.yaml")],
    ]);
  });
});

describe("isInside", () => {
  it("agrees with path.relative on the fast path and off it", () => {
    expect(isInside("/r", "/r")).toBe(true);
    expect(isInside("/r", "/r/a/b.yaml")).toBe(true);
    expect(isInside("/r/", "/r/a")).toBe(true);
    expect(isInside("/r", "/rx/a")).toBe(false);
    expect(isInside("/r", "/r/../x")).toBe(false);
    expect(isInside("/r", "/r/a/../../x")).toBe(false);
    expect(isInside("/r", "/r/./a")).toBe(true);
    expect(isInside("/r", "/x")).toBe(false);
    expect(isInside("/", "/x")).toBe(true);
  });
});
