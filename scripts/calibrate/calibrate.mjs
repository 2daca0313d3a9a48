// `npm run calibrate`: fits the speed model's constants on the calibration set and writes
// src/physics/speed-constants.json, docs/calibration.md, docs/calibration.svg and
// docs/physics.md#decode-speed-engine-aware (scripts/calibrate/run.ts says how). The TypeScript is bundled on
// the fly with esbuild into node_modules/.cache/llm-physics-calibrate/, as scripts/fuzz.mjs does,
// and run from the repository root. Options pass through: --date YYYY-MM-DD, --check.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "node_modules", ".cache", "llm-physics-calibrate", "run.mjs");

await build({
  entryPoints: [join(ROOT, "scripts", "calibrate", "run.ts")],
  outfile: OUT,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  banner: { js: "import { createRequire as __calibrateCreateRequire } from 'node:module';\nconst require = __calibrateCreateRequire(import.meta.url);" },
});
const result = spawnSync(process.execPath, [OUT, ...process.argv.slice(2)], { cwd: ROOT, stdio: "inherit" });
process.exit(result.status ?? 1);
