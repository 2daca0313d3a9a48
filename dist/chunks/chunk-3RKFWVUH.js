import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/base/policy.ts
var DEFAULT_POLICY = {
  maxTier: null,
  minHeadroomPercent: 10,
  maxBandwidthUtilizationPercent: 80
};

export {
  DEFAULT_POLICY
};
