import type { Rule } from "../rule.js";

/** Raised by the adapters (src/adapt) when a manifest leaves out a fact; listed here for its id, severity and docs. */
export const incompleteDeployment: Rule = {
  id: "incomplete-deployment",
  defaultSeverity: "warning",
  summary: "A fact the physics needs is missing from the manifest or could not be read from it.",
  description:
    "Checks that a workload read from a Kubernetes object (or another format the adapters understand) declares what the physics " +
    "needs: the model in the engine's arguments, the GPU type (a nodeSelector or node affinity on nvidia.com/gpu.product, " +
    "cloud.google.com/gke-accelerator, an instance type, or the annotation llm-physics.dev/gpu), the GPU count (resources.limits " +
    "nvidia.com/gpu), and values that expand from the container's env. llm-physics never guesses silently. Its findings are " +
    "warnings where a fact could not be read (a value that is not a number, a variable the env does not define, a NIMCache that " +
    "holds a profile for another GPU than its NIMService runs on, a document a reader fails on, which is reported as not checked, " +
    "never skipped), and notices, one step lower, where a fact is missing and the deployment is not estimated or a value is " +
    "assumed (no GPU type, no GPU count, an object named from another file that is not among the files checked). A severity set " +
    "in .llm-physics.yml applies to the warnings; the notices stay notices, or go lower. Declare the fact where the message says.",
};
