// Bundles the CLI (and, once it exists, the GitHub Action) into self-contained ES modules in dist/.
// @actions/core 3.x is ESM but pulls in CommonJS code that calls `require`; an ES module has no
// `require`, so every bundle gets one made with createRequire(import.meta.url).
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { bundledPackages, formatNotices } from "./notices.mjs";

// The model catalog is data (catalog/models/*): compile it into src/catalog/catalog.generated.json first.
execFileSync(process.execPath, ["scripts/catalog/compile.mjs"], { stdio: "inherit" });
// The JSON Schemas compiled ahead of time (AJV standalone code), so that no run compiles one.
execFileSync(process.execPath, ["src/validate/compile.mjs"], { stdio: "inherit" });

const entries = [
  { in: "src/cli.ts", out: "cli" },
  { in: "src/index.ts", out: "index" },
].filter((entry) => existsSync(entry.in));

await rm("dist", { recursive: true, force: true });
/** Each bundle's esbuild metafile, for the licence notices. */
const metafiles = {};
for (const entry of entries) {
  // One build per entry, so the CLI bundle never contains the action's GitHub-only code.
  const result = await build({
    entryPoints: [{ in: entry.in, out: entry.out }],
    outdir: "dist",
    bundle: true,
    platform: "node",
    format: "esm",
    // What a command loads only when it runs (the CLI's dynamic imports) goes to chunks of its own,
    // so that `estimate` and `check` on one file start in little more than Node itself.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    target: "node20",
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
    banner: {
      js: "import { createRequire as __llmPhysicsCreateRequire } from 'node:module';\nconst require = __llmPhysicsCreateRequire(import.meta.url);",
    },
  });
  metafiles[`dist/${entry.out}.js`] = result.metafile;
}

// The licence notices of every package whose code is in a bundle (scripts/notices.mjs).
await writeFile("dist/licenses.txt", formatNotices(bundledPackages(metafiles), Object.keys(metafiles)));
