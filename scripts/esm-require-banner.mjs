// The first lines of every ES module bundle this project builds (dist/ and the bench's YAML floor):
// CommonJS code inside (the YAML library, @actions/core's dependencies) calls `require`, which an ES
// module lacks, so the bundle makes one with createRequire(import.meta.url).
export const ESM_REQUIRE_BANNER = "import { createRequire as __llmPhysicsCreateRequire } from 'node:module';\nconst require = __llmPhysicsCreateRequire(import.meta.url);";
