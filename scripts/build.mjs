// Bundles the CLI (and, once it exists, the GitHub Action) into self-contained ES modules in dist/.
// @actions/core 3.x is ESM but pulls in CommonJS code that calls `require`; an ES module has no
// `require`, so every bundle gets one made with createRequire(import.meta.url).
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { resolve as resolvePath, sep } from "node:path";
import { bundledPackages, formatNotices } from "./notices.mjs";
import { ESM_REQUIRE_BANNER } from "./esm-require-banner.mjs";

// The model catalog is data (catalog/models/*): compile it into src/catalog/catalog.generated.json first.
execFileSync(process.execPath, ["scripts/catalog/compile.mjs"], { stdio: "inherit" });
// The JSON Schemas compiled ahead of time (AJV standalone code), so that no run compiles one.
execFileSync(process.execPath, ["src/validate/compile.mjs"], { stdio: "inherit" });

const entries = [
  { in: "src/cli.ts", out: "cli" },
  { in: "src/index.ts", out: "index" },
].filter((entry) => existsSync(entry.in));

/**
 * Every module of src/ is bundled as free of side effects (none is imported for what it does
 * when it loads, only for its exports): a module reached by a static import whose exports go
 * unused is left out, and of one whose exports are used, only the statements they need. That is
 * what lets `check` import the table of format readers (src/adapt/index.ts: each reader's markers
 * beside a dynamic import of the reader) without loading the readers themselves: the markers stay
 * in the chunk of `check`, each reader goes to a chunk of its own.
 */
const SRC = resolvePath("src") + sep;
const srcWithoutSideEffects = {
  name: "src-without-side-effects",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      if (result.errors.length > 0 || !result.path.startsWith(SRC) || args.kind === "entry-point") return result.errors.length > 0 ? { errors: result.errors } : undefined;
      return { path: result.path, namespace: result.namespace, sideEffects: false };
    });
  },
};

/**
 * The YAML library's Parser reads `process.env.LOG_TOKENS` for every lexical token (and its
 * Composer `process.env.LOG_STREAM` for every token of the stream) to decide whether to print
 * them for debugging. A read of `process.env` is a call into the runtime, about 0.4 µs: a tenth of
 * the parse of a small manifest. In the bundle each is read once, when the module loads (the same
 * value for the whole run, as nothing sets them while llm-physics runs). The build fails if the
 * library's text changed, so that a new version is looked at rather than silently left slow.
 */
const YAML_ENV_READS = [
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, name: "LOG_TOKENS" },
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, name: "LOG_STREAM" },
];
const yamlEnvOnce = {
  name: "yaml-env-once",
  setup(build) {
    for (const { file, name } of YAML_ENV_READS) {
      build.onLoad({ filter: file }, async (args) => {
        const text = await readFile(args.path, "utf8");
        const read = `node_process.env.${name}`;
        const declaration = "var node_process = require('process');\n";
        if (!text.includes(declaration) || text.split(read).length !== 2) {
          throw new Error(`${args.path}: expected one ${read} after ${JSON.stringify(declaration.trim())}; the yaml library changed, see yamlEnvOnce in scripts/build.mjs`);
        }
        const hoisted = `__llmPhysics${name}`;
        const contents = text.replace(read, hoisted).replace(declaration, `${declaration}const ${hoisted} = ${read};\n`);
        return { contents, loader: "js" };
      });
    }
  },
};

await rm("dist", { recursive: true, force: true });
/** Each bundle's esbuild metafile, for the licence notices. */
const metafiles = {};

/**
 * The read worker (src/pipeline/read-worker.ts: discovery and the guarded reads on a thread of
 * their own) is bundled first, as CommonJS text, and put into the CLI's and the action's bundles
 * as the string __LLM_PHYSICS_READ_WORKER__ that src/pipeline/read-source.ts starts a worker
 * from: no file beside the bundle to find, wherever the chunk that starts it lies.
 */
const worker = await build({
  entryPoints: ["src/pipeline/read-worker.ts"],
  bundle: true,
  write: false,
  platform: "node",
  format: "cjs",
  target: "node20",
  minifyWhitespace: true,
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
  plugins: [srcWithoutSideEffects],
});
const workerCode = worker.outputFiles[0].text;
for (const entry of entries) {
  // One build per entry, so the CLI bundle never contains the action's GitHub-only code.
  const result = await build({
    entryPoints: [{ in: entry.in, out: entry.out }],
    outdir: "dist",
    bundle: true,
    platform: "node",
    format: "esm",
    // What a command loads only when it runs (the CLI's dynamic imports: each command's modules,
    // each format reader) goes to chunks of its own, so that `estimate` and `check` on one file
    // start in little more than Node itself. The action's bundle stays one file (its few dynamic
    // imports are inlined), and no chunk of dist/chunks/ is the action's alone.
    splitting: entry.out === "cli",
    ...(entry.out === "cli" ? { chunkNames: "chunks/[name]-[hash]" } : {}),
    target: "node20",
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
    plugins: [srcWithoutSideEffects, yamlEnvOnce],
    define: { __LLM_PHYSICS_READ_WORKER__: JSON.stringify(workerCode) },
    banner: { js: ESM_REQUIRE_BANNER },
  });
  metafiles[`dist/${entry.out}.js`] = result.metafile;
}

// The licence notices of every package whose code is in a bundle (scripts/notices.mjs).
await writeFile("dist/licenses.txt", formatNotices(bundledPackages(metafiles), Object.keys(metafiles)));
