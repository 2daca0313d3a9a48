// Bundles the CLI (and, once it exists, the GitHub Action) into self-contained ES modules in dist/.
// @actions/core 3.x is ESM but pulls in CommonJS code that calls `require`; an ES module has no
// `require`, so every bundle gets one made with createRequire(import.meta.url).
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { execFileSync } from "node:child_process";

// The model catalog is data (catalog/models/*): compile it into src/catalog/catalog.generated.json first.
execFileSync(process.execPath, ["scripts/catalog/compile.mjs"], { stdio: "inherit" });

const entries = [
  { in: "src/cli.ts", out: "cli" },
  { in: "src/index.ts", out: "index" },
].filter((entry) => existsSync(entry.in));

await rm("dist", { recursive: true, force: true });
for (const entry of entries) {
  // One build per entry, so the CLI bundle never contains the action's GitHub-only code.
  await build({
    entryPoints: [{ in: entry.in, out: entry.out }],
    outdir: "dist",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    banner: {
      js: "import { createRequire as __llmPhysicsCreateRequire } from 'node:module';\nconst require = __llmPhysicsCreateRequire(import.meta.url);",
    },
  });
}
