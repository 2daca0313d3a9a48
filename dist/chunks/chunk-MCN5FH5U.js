import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/base/deployment.ts
var FACT_NAMES = [
  "model",
  "gpu",
  "gpuCount",
  "tensorParallel",
  "pipelineParallel",
  "dataParallel",
  "dataParallelLocal",
  "expertParallel",
  "contextLength",
  "concurrency",
  "precision",
  "kvCachePrecision",
  "memoryFraction",
  "targetTokensPerSecond"
];

export {
  FACT_NAMES
};
