import { describe, it, expect } from "vitest";
import { gpuFromPodSpec, memoryOnlyRequest, parseAcceleratorString, type GpuDeclaration } from "../src/adapt/gpu-declaration.js";
import { GPUS } from "../src/catalog/gpus.js";
import { findInstanceType, INSTANCE_TYPES } from "../src/catalog/instance-types.js";
import { gpuLookup } from "../src/catalog/lookups.js";
import { parseYamlFile, type YamlDocument } from "../src/parse/yaml-file.js";

function doc(text: string): YamlDocument {
  const file = parseYamlFile("test.yaml", text);
  expect(file.findings).toEqual([]);
  const first = file.documents[0];
  if (!first) throw new Error("no document");
  return first;
}

/** A Deployment whose pod spec gets `podSpec` (indented 6) and whose template metadata gets `templateMeta`. */
function deployment(podSpec: string, options: { annotations?: string; templateAnnotations?: string } = {}): string {
  return [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: vllm",
    ...(options.annotations ? ["  annotations:", options.annotations] : []),
    "spec:",
    "  template:",
    "    metadata:",
    "      labels: {app: vllm}",
    ...(options.templateAnnotations ? ["      annotations:", options.templateAnnotations] : []),
    "    spec:",
    podSpec,
  ].join("\n");
}

const CONTAINER_1 = `      containers:
        - name: vllm
          image: vllm/vllm-openai
          resources:
            limits:
              nvidia.com/gpu: 1`;

/** Without requiring the GPU to resolve: MIG and -SHARED names are catalog names only once the catalog lists them. */
function raw(text: string, podSpecPath = "spec.template.spec"): GpuDeclaration {
  return gpuFromPodSpec(doc(text), podSpecPath, "metadata");
}

function read(text: string, podSpecPath = "spec.template.spec"): GpuDeclaration {
  const result = gpuFromPodSpec(doc(text), podSpecPath, "metadata");
  if (result.gpu) expect(gpuLookup.find(result.gpu.value), `${result.gpu.value} resolves`).toBeDefined();
  return result;
}

/** What the notes say, in order. */
function messages(declaration: GpuDeclaration): string[] {
  return declaration.notes.map((n) => n.message);
}

/** The line of the `nth` line holding `needle` (1-based). */
function lineOf(text: string, needle: string, nth = 1): number {
  const lines = text.split("\n");
  let index = -1;
  for (let seen = 0; seen < nth; seen++) {
    index = lines.findIndex((l, i) => i > index && l.includes(needle));
    if (index < 0) throw new Error(`no line with ${needle}`);
  }
  return index + 1;
}

describe("gpuFromPodSpec: GPU type", () => {
  it("reads the NVIDIA product label in the nodeSelector, with its range and path", () => {
    const text = deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-H100-80GB-HBM3
${CONTAINER_1}`);
    const result = read(text);
    expect(result.gpu?.value).toBe("NVIDIA-H100-80GB-HBM3");
    expect(gpuLookup.find(result.gpu!.value)?.id).toBe("H100-SXM");
    expect(result.gpu?.path).toBe('spec.template.spec.nodeSelector["nvidia.com/gpu.product"]');
    const line = lineOf(text, "gpu.product");
    expect(result.gpu?.range).toEqual({ line, column: 33, endLine: line, endColumn: 54 });
    expect(result.source).toBe("nodeSelector nvidia.com/gpu.product");
    expect(result.count?.value).toBe(1);
    expect(result.count?.range.line).toBe(lineOf(text, "nvidia.com/gpu: 1"));
    expect(result.count?.path).toBe('spec.template.spec.containers[0].resources.limits["nvidia.com/gpu"]');
    expect(result.notes).toEqual([]);
  });

  it("reads the GKE accelerator label", () => {
    const text = deployment(`      nodeSelector:
        cloud.google.com/gke-accelerator: nvidia-l4
${CONTAINER_1}`);
    const result = read(text);
    expect(result.gpu?.value).toBe("nvidia-l4");
    expect(gpuLookup.find(result.gpu!.value)?.id).toBe("L4");
    expect(result.gpu?.range.line).toBe(lineOf(text, "gke-accelerator"));
    expect(result.source).toBe("nodeSelector cloud.google.com/gke-accelerator");
  });

  it("reads the Karpenter GPU name, made exact by the GPU memory label", () => {
    const plain = deployment(`      nodeSelector:
        karpenter.k8s.aws/instance-gpu-name: l4
${CONTAINER_1}`);
    expect(read(plain).gpu?.value).toBe("l4");
    expect(read(plain).notes).toEqual([]);

    const bare = deployment(`      nodeSelector:
        karpenter.k8s.aws/instance-gpu-name: a100
${CONTAINER_1}`);
    const ambiguous = read(bare);
    expect(gpuLookup.find(ambiguous.gpu!.value)?.id).toBe("A100-40GB");
    expect(messages(ambiguous).join("\n")).toMatch(/a100 covers A100 40GB \(p4d\) and 80GB \(p4de\): checked as A100-40GB/);

    const exact = deployment(`      nodeSelector:
        karpenter.k8s.aws/instance-gpu-name: a100
        karpenter.k8s.aws/instance-gpu-memory: "81920"
${CONTAINER_1}`);
    const result = read(exact);
    expect(result.gpu?.value).toBe("A100-80GB");
    expect(result.gpu?.range.line).toBe(lineOf(exact, "instance-gpu-name"));
    expect(result.notes).toEqual([]);
  });

  it("reads an instance type: GPU and GPUs per node", () => {
    const text = deployment(`      nodeSelector:
        node.kubernetes.io/instance-type: p4d.24xlarge
${CONTAINER_1.replace("nvidia.com/gpu: 1", 'nvidia.com/gpu: "8"')}`);
    const result = read(text);
    expect(result.gpu?.value).toBe("A100-40GB");
    expect(result.gpu?.range.line).toBe(lineOf(text, "instance-type"));
    expect(result.source).toBe("nodeSelector node.kubernetes.io/instance-type p4d.24xlarge");
    expect(result.count?.value).toBe(8);
    expect(result.notes).toEqual([]);
  });

  it("counts the node's GPUs when no container asks, and flags more than a node has", () => {
    const noLimits = deployment(`      nodeSelector:
        beta.kubernetes.io/instance-type: g5.12xlarge
      containers:
        - name: vllm
          image: vllm/vllm-openai`);
    const result = read(noLimits);
    expect(result.gpu?.value).toBe("A10G");
    expect(result.count).toMatchObject({ value: 4, range: { line: lineOf(noLimits, "instance-type") } });
    expect(messages(result).join("\n")).toMatch(/counted as the 4 GPUs of one g5.12xlarge node/);

    const tooMany = deployment(`      nodeSelector:
        node.kubernetes.io/instance-type: g6.xlarge
${CONTAINER_1.replace("nvidia.com/gpu: 1", "nvidia.com/gpu: 2")}`);
    expect(messages(read(tooMany)).join("\n")).toMatch(/ask for 2 GPUs but g6.xlarge has 1/);
  });

  it("prefers the product label over the instance type, and notes when they disagree", () => {
    const text = deployment(`      nodeSelector:
        node.kubernetes.io/instance-type: p4d.24xlarge
        nvidia.com/gpu.product: NVIDIA-L4
${CONTAINER_1}`);
    const result = read(text);
    expect(result.gpu?.value).toBe("NVIDIA-L4");
    expect(messages(result)).toEqual([
      "nodeSelector node.kubernetes.io/instance-type p4d.24xlarge names A100-40GB, not L4 as nodeSelector nvidia.com/gpu.product NVIDIA-L4 does: checked as NVIDIA-L4; make the selectors agree",
    ]);
  });

  it("notes an instance type it does not know", () => {
    const text = deployment(`      nodeSelector:
        node.kubernetes.io/instance-type: m5.large
${CONTAINER_1}`);
    const result = read(text);
    expect(result.gpu).toBeUndefined();
    expect(messages(result).join("\n")).toMatch(/m5.large is not an instance type llm-physics knows/);
    expect(messages(result).join("\n")).toMatch(/no GPU type is declared/);
  });

  it("reads required node affinity In; of two GPUs, the one with the least memory", () => {
    const text = deployment(`      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - key: kubernetes.io/arch
                    operator: In
                    values: [amd64]
                  - key: nvidia.com/gpu.product
                    operator: In
                    values:
                      - NVIDIA-H100-80GB-HBM3
                      - NVIDIA-A100-SXM4-40GB
${CONTAINER_1}`);
    const result = read(text);
    expect(result.gpu?.value).toBe("NVIDIA-A100-SXM4-40GB");
    expect(result.gpu?.range.line).toBe(lineOf(text, "- NVIDIA-A100-SXM4-40GB"));
    expect(result.gpu?.path).toBe(
      "spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[1].values[1]",
    );
    expect(result.source).toBe("node affinity nvidia.com/gpu.product");
    expect(result.notes).toHaveLength(1);
    expect(messages(result)[0]).toMatch(/allows NVIDIA-A100-SXM4-40GB, NVIDIA-H100-80GB-HBM3: checked as NVIDIA-A100-SXM4-40GB, the one with the least memory/);
  });

  it("one affinity value naming one GPU needs no note; NotIn and Exists are ignored", () => {
    const text = deployment(`      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: nvidia.com/gpu.product, operator: NotIn, values: [Tesla-T4]}
                  - {key: cloud.google.com/gke-accelerator, operator: In, values: [nvidia-h100-80gb]}
${CONTAINER_1}`);
    const result = read(text);
    expect(result.gpu?.value).toBe("nvidia-h100-80gb");
    expect(result.source).toBe("node affinity cloud.google.com/gke-accelerator");
    expect(result.notes).toEqual([]);
  });

  it("uses preferred affinity only when nothing is required, and says it is a preference", () => {
    const preferred = `      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 1
              preference:
                matchExpressions:
                  - key: nvidia.com/gpu.product
                    operator: In
                    values: [NVIDIA-L40S]`;
    const only = read(deployment(`${preferred}\n${CONTAINER_1}`));
    expect(only.gpu?.value).toBe("NVIDIA-L40S");
    expect(only.source).toBe("preferred node affinity nvidia.com/gpu.product");
    expect(messages(only).join("\n")).toMatch(/only a preference/);

    const withSelector = read(
      deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-L4
${preferred}
${CONTAINER_1}`),
    );
    expect(withSelector.gpu?.value).toBe("NVIDIA-L4");
    expect(withSelector.notes).toEqual([]);
  });

  it("the annotation on the object wins over labels, and says so", () => {
    const text = deployment(
      `      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB
${CONTAINER_1}`,
      { annotations: "    llm-physics.dev/gpu: H100-SXM" },
    );
    const result = read(text);
    expect(result.gpu?.value).toBe("H100-SXM");
    expect(result.gpu?.path).toBe('metadata.annotations["llm-physics.dev/gpu"]');
    expect(result.gpu?.range.line).toBe(lineOf(text, "llm-physics.dev/gpu"));
    expect(result.source).toBe("annotation llm-physics.dev/gpu");
    expect(messages(result)).toEqual([
      "annotation llm-physics.dev/gpu H100-SXM overrides nodeSelector nvidia.com/gpu.product NVIDIA-A100-SXM4-80GB",
    ]);
  });

  it("reads the annotation on the pod template too", () => {
    const text = deployment(CONTAINER_1, { templateAnnotations: "        llm-physics.dev/gpu: L40S" });
    const result = read(text);
    expect(result.gpu?.value).toBe("L40S");
    expect(result.gpu?.path).toBe('spec.template.metadata.annotations["llm-physics.dev/gpu"]');
    expect(result.gpu?.range.line).toBe(lineOf(text, "llm-physics.dev/gpu"));
  });

  it("keeps -SHARED (time-slicing) and single-strategy MIG product labels as written; -SHARED is an upper bound", () => {
    const shared = raw(
      deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB-SHARED
${CONTAINER_1}`),
    );
    expect(shared.gpu?.value).toBe("NVIDIA-A100-SXM4-80GB-SHARED");
    expect(shared.notes.map((n) => [n.code, n.severity])).toEqual([["gpu-time-sliced", "notice"]]);
    expect(messages(shared)[0]).toMatch(/its memory is shared with the other pods on it, so the check is an upper bound/);

    const mig = raw(
      deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB-MIG-3g.40gb
${CONTAINER_1}`),
    );
    expect(mig.gpu?.value).toBe("NVIDIA-A100-SXM4-80GB-MIG-3g.40gb");
    expect(mig.count?.value).toBe(1);
    expect(mig.notes).toEqual([]);

    // A time-sliced MIG device: the profile is kept, -SHARED noted.
    const both = raw(
      deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-H100-80GB-HBM3-MIG-1g.10gb-SHARED
${CONTAINER_1}`),
    );
    expect(both.gpu?.value).toBe("NVIDIA-H100-80GB-HBM3-MIG-1g.10gb");
    expect(both.notes.map((n) => n.code)).toEqual(["gpu-time-sliced"]);
  });

  it("with no GPU type anywhere, says what is missing and how to declare it", () => {
    const result = read(deployment(CONTAINER_1));
    expect(result.gpu).toBeUndefined();
    expect(result.source).toBeUndefined();
    expect(result.count?.value).toBe(1);
    expect(messages(result)).toEqual([
      "no GPU type is declared: checked for the memory it needs per GPU, not against a GPU; add a nodeSelector nvidia.com/gpu.product, or the annotation llm-physics.dev/gpu: H100-SXM on the object, or map it in .llm-physics.yml gpus: by path or by node label",
    ]);
  });

  it("reads a bare Pod (spec, metadata)", () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    llm-physics.dev/gpu: MI300X
spec:
  containers:
    - name: c
      resources:
        limits:
          amd.com/gpu: 8
`;
    const result = read(text, "spec");
    expect(result.gpu?.value).toBe("MI300X");
    expect(result.count).toMatchObject({ value: 8, path: 'spec.containers[0].resources.limits["amd.com/gpu"]', range: { line: 12 } });
  });
});

describe("gpuFromPodSpec: GPU count", () => {
  it('reads a string count "2"', () => {
    const text = deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-L4
${CONTAINER_1.replace("nvidia.com/gpu: 1", 'nvidia.com/gpu: "2"')}`);
    const result = read(text);
    expect(result.count?.value).toBe(2);
    const line = lineOf(text, 'nvidia.com/gpu: "2"');
    expect(result.count?.range).toEqual({ line, column: 31, endLine: line, endColumn: 34 });
  });

  it("reads amd.com/gpu, and requests when there are no limits", () => {
    const text = deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-L4
      containers:
        - name: a
          resources:
            requests:
              amd.com/gpu: 4`);
    const result = read(text);
    expect(result.count?.value).toBe(4);
    expect(result.count?.path).toBe('spec.template.spec.containers[0].resources.requests["amd.com/gpu"]');
    expect(result.count?.range.line).toBe(lineOf(text, "amd.com/gpu"));
  });

  it("sums over containers, limits before requests, and notes the sum", () => {
    const text = deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-L4
      containers:
        - name: a
          resources:
            requests: {nvidia.com/gpu: 1}
            limits: {nvidia.com/gpu: 2}
        - name: sidecar
          image: busybox
        - name: b
          resources:
            limits: {nvidia.com/gpu: 1}`);
    const result = read(text);
    expect(result.count?.value).toBe(3);
    expect(result.count?.range.line).toBe(lineOf(text, "limits: {nvidia.com/gpu: 2}"));
    expect(messages(result).join("\n")).toMatch(/GPU count 3 is the sum over/);
  });

  it("notes a count that is not a whole number, and a missing count", () => {
    const text = deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-L4
${CONTAINER_1.replace("nvidia.com/gpu: 1", "nvidia.com/gpu: two")}`);
    const bad = read(text);
    expect(bad.count).toBeUndefined();
    expect(messages(bad).join("\n")).toMatch(/limits\["nvidia.com\/gpu"\] is "two", not a whole number of GPUs/);
    expect(messages(bad).join("\n")).toMatch(/no GPU count is declared/);
    // Each note is placed at what it is about: the count's own line, not the nodeSelector's.
    expect(bad.notes.map((n) => [n.code, n.severity, n.range.line])).toEqual([
      ["not-whole-number", "notice", lineOf(text, "nvidia.com/gpu: two")],
      ["gpu-count-missing", "notice", lineOf(text, "spec:", 2)],
    ]);
  });

  it("places what is missing at the anchor the caller gives", () => {
    const anchor = { line: 99, column: 1, endLine: 99, endColumn: 2 };
    const result = gpuFromPodSpec(doc(deployment(CONTAINER_1.replace("nvidia.com/gpu: 1", "cpu: 1"))), "spec.template.spec", "metadata", anchor);
    expect(result.notes.map((n) => [n.code, n.range])).toEqual([
      ["gpu-type-missing", anchor],
      ["gpu-count-missing", anchor],
    ]);
  });

  it("mixed strategy: MIG devices are counted, the GPU is the product label's MIG profile", () => {
    const text = deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-A100-SXM4-80GB
${CONTAINER_1.replace("nvidia.com/gpu: 1", "nvidia.com/mig-1g.10gb: 2")}`);
    const result = raw(text);
    expect(result.count).toMatchObject({ value: 2, path: 'spec.template.spec.containers[0].resources.limits["nvidia.com/mig-1g.10gb"]' });
    // The catalog alias NVIDIA-A100-SXM4-80GB-MIG-1g.10gb, else the parent's id: A100-80GB-MIG-1g.10gb.
    expect(["NVIDIA-A100-SXM4-80GB-MIG-1g.10gb", "A100-80GB-MIG-1g.10gb"]).toContain(result.gpu?.value);
    expect(result.gpu?.range.line).toBe(lineOf(text, "gpu.product"));
    expect(result.gpu?.path).toContain("(MIG 1g.10gb:");
    expect(result.notes).toEqual([]);
  });

  it("mixed strategy without a label naming the parent: mig-<profile>, with a notice", () => {
    const text = deployment(CONTAINER_1.replace("nvidia.com/gpu: 1", "nvidia.com/mig-3g.40gb: 1"));
    const result = raw(text);
    expect(result.gpu?.value).toBe("mig-3g.40gb");
    expect(result.gpu?.range.line).toBe(lineOf(text, "mig-3g.40gb"));
    expect(result.count?.value).toBe(1);
    expect(result.notes.map((n) => [n.code, n.severity, n.range.line])).toEqual([["gpu-mig-parent-assumed", "notice", lineOf(text, "mig-3g.40gb")]]);
  });

  it("MIG devices beside whole GPUs are not counted, with a note", () => {
    const result = read(
      deployment(`      nodeSelector:
        nvidia.com/gpu.product: NVIDIA-A100-SXM4-40GB
${CONTAINER_1.replace("nvidia.com/gpu: 1", "nvidia.com/gpu: 1\n              nvidia.com/mig-1g.5gb: 1")}`),
    );
    expect(result.count?.value).toBe(1);
    expect(result.gpu?.value).toBe("NVIDIA-A100-SXM4-40GB");
    expect(result.notes.map((n) => n.code)).toEqual(["gpu-mig-slice"]);
  });

  it("counts the GPUs a Karpenter or CoreWeave count label gives a node when no container asks", () => {
    const text = deployment(`      nodeSelector:
        karpenter.k8s.aws/instance-gpu-name: l4
        karpenter.k8s.aws/instance-gpu-count: "4"
      containers:
        - name: vllm`);
    const result = read(text);
    expect(result.count).toMatchObject({ value: 4, range: { line: lineOf(text, "instance-gpu-count") } });
    expect(result.notes.map((n) => n.code)).toEqual(["gpu-count-from-node-label"]);
    const coreweave = read(
      deployment(`      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: gpu.nvidia.com/class, operator: In, values: [H100_NVLINK_80GB]}
                  - {key: gpu.nvidia.com/count, operator: In, values: ["8"]}
      containers:
        - name: vllm`),
    );
    expect(coreweave.gpu?.value).toBe("H100-SXM");
    expect(coreweave.count?.value).toBe(8);
  });
});

describe("gpuFromPodSpec: more GPU label keys", () => {
  const gpuOf = (label: string, value: string) =>
    raw(
      deployment(`      nodeSelector:
        ${label}: ${value}
${CONTAINER_1}`),
    );
  const cases: Array<[string, string, string, string | undefined]> = [
    // CoreWeave CKS (SkyPilot, llm-d benchmarks): the class, made exact.
    ["gpu.nvidia.com/class", "A100_NVLINK_80GB", "A100-80GB", "A100-80GB"],
    ["gpu.nvidia.com/class", "A100_PCIE_40GB", "A100_PCIE_40GB", "A100-40GB-PCIE"],
    ["gpu.nvidia.com/class", "H100_PCIE", "H100_PCIE", "H100-PCIE"],
    ["gpu.nvidia.com/class", "RTX_A6000", "RTX_A6000", "RTX-A6000"],
    ["gpu.nvidia.com/model", "H100_NVLINK_80GB", "H100-SXM", "H100-SXM"],
    ["gpu.nvidia.com/model", "H200", "H200", "H200"],
    // The AMD GPU operator's node labeller.
    ["amd.com/gpu.product-name", "AMD_Instinct_MI300X_OAM", "AMD_Instinct_MI300X_OAM", "MI300X"],
    ["beta.amd.com/gpu.product-name", "AMD_Instinct_MI325X_OAM", "AMD_Instinct_MI325X_OAM", "MI325X"],
    // Karpenter.
    ["karpenter.k8s.aws/instance-gpu-name", "h100", "h100", "H100-SXM"],
  ];
  for (const [label, value, gpu, id] of cases) {
    it(`reads ${label}: ${value}`, () => {
      const result = gpuOf(label, value);
      expect(result.gpu?.value).toBe(gpu);
      expect(result.source).toBe(`nodeSelector ${label}`);
      expect(gpuLookup.find(result.gpu!.value)?.id).toBe(id);
      expect(result.notes).toEqual([]);
    });
  }

  it("a CoreWeave family without its memory is the smaller size, with a note", () => {
    const result = gpuOf("gpu.nvidia.com/class", "Tesla_V100_NVLINK");
    expect(result.gpu?.value).toBe("V100-16GB");
    expect(result.notes.map((n) => n.code)).toEqual(["gpu-name-ambiguous"]);
  });

  it("AKS kubernetes.azure.com/accelerator and NFD PCI labels name the vendor only: no GPU, a notice", () => {
    const aks = gpuOf("kubernetes.azure.com/accelerator", "nvidia");
    expect(aks.gpu).toBeUndefined();
    expect(aks.notes.map((n) => n.code)).toEqual(["gpu-label-vendor-only", "gpu-type-missing"]);
    expect(messages(aks)[0]).toMatch(/names the GPU vendor, not the model/);
    const nfd = gpuOf("feature.node.kubernetes.io/pci-10de.present", '"true"');
    expect(nfd.gpu).toBeUndefined();
    expect(nfd.notes.map((n) => n.code)).toEqual(["gpu-label-vendor-only", "gpu-type-missing"]);
    const nfdClass = gpuOf("feature.node.kubernetes.io/pci-0302_10de.present", '"true"');
    expect(nfdClass.notes.map((n) => n.code)).toEqual(["gpu-label-vendor-only", "gpu-type-missing"]);
  });

  it("a GKE partition size makes the GPU its MIG profile", () => {
    const result = raw(
      deployment(`      nodeSelector:
        cloud.google.com/gke-accelerator: nvidia-a100-80gb
        cloud.google.com/gke-gpu-partition-size: 1g.10gb
${CONTAINER_1}`),
    );
    expect(result.gpu?.value).toBe("A100-80GB-MIG-1g.10gb");
  });
});

describe("gpuFromPodSpec: node labels", () => {
  it("reads the nodeSelector and single-value required In expressions of every term, at the nodeSelector block", () => {
    const text = deployment(`      nodeSelector:
        cloud.google.com/gke-nodepool: gpu-pool
        nvidia.com/gpu.product: NVIDIA-L4
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: topology.kubernetes.io/zone, operator: In, values: [us-central1-a]}
                  - {key: team, operator: In, values: [a, b]}
                  - {key: spot, operator: NotIn, values: ["true"]}
${CONTAINER_1}`);
    const result = read(text);
    expect(result.nodeLabels?.labels).toEqual({
      "cloud.google.com/gke-nodepool": "gpu-pool",
      "nvidia.com/gpu.product": "NVIDIA-L4",
      "topology.kubernetes.io/zone": "us-central1-a",
    });
    expect(result.nodeLabels?.range.line).toBe(lineOf(text, "gke-nodepool"));
  });

  it("a label only some terms require is not required", () => {
    const text = deployment(`      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions: [{key: pool, operator: In, values: [a]}, {key: gpu, operator: In, values: [l4]}]
              - matchExpressions: [{key: pool, operator: In, values: [b]}, {key: gpu, operator: In, values: [l4]}]
${CONTAINER_1}`);
    const result = raw(text);
    expect(result.nodeLabels?.labels).toEqual({ gpu: "l4" });
    expect(result.nodeLabels?.range.line).toBe(lineOf(text, "- matchExpressions"));
  });

  it("none without a selector", () => {
    expect(raw(deployment(CONTAINER_1)).nodeLabels).toBeUndefined();
  });
});

describe("memoryOnlyRequest (dstack)", () => {
  const GiB = 2 ** 30;
  const request = (gpu: string) => {
    const d = doc(`resources:\n  gpu: ${gpu}\n`);
    return memoryOnlyRequest(d, (d.value as { resources: { gpu: unknown } }).resources.gpu, "resources.gpu");
  };
  it("reads memory, a range's lower bound, the count, and the mapping form", () => {
    expect(request("24GB")).toMatchObject({ memory: { value: 24 * GiB, path: "resources.gpu (24GB)" }, count: { value: 1, via: { assumed: true } } });
    expect(request("80GB:8")).toMatchObject({ memory: { value: 80 * GiB }, count: { value: 8, path: "resources.gpu" } });
    expect(request("40GB..80GB")).toMatchObject({ memory: { value: 40 * GiB }, count: { value: 1 } });
    expect(request("nvidia:24GB..:2")).toMatchObject({ memory: { value: 24 * GiB }, count: { value: 2 } });
    expect(request("16384MB")).toMatchObject({ memory: { value: 16 * GiB } });
    expect(request("{memory: 48GB, count: 2}")).toMatchObject({ memory: { value: 48 * GiB, path: "resources.gpu.memory (48GB)" }, count: { value: 2, path: "resources.gpu.count" } });
    expect(request("8")).toMatchObject({ count: { value: 8 } });
    expect(request("8")?.memory).toBeUndefined();
  });
  it("names a GPU, or gives nothing readable: undefined", () => {
    expect(request("H100:8")).toBeUndefined();
    expect(request("A100:80GB")).toBeUndefined();
    expect(request("..80GB")).toBeUndefined();
  });
});

describe("parseAcceleratorString", () => {
  const cases: Array<[string, ReturnType<typeof parseAcceleratorString>]> = [
    ["H100:8", [{ gpu: "H100", count: 8 }]],
    ["A100-80GB:4", [{ gpu: "A100-80GB", count: 4 }]],
    ["L4", [{ gpu: "L4", count: 1 }]],
    [
      "{H100:8, A100-80GB:8}",
      [
        { gpu: "H100", count: 8 },
        { gpu: "A100-80GB", count: 8 },
      ],
    ],
    [
      "['H100:8', 'A100:8']",
      [
        { gpu: "H100", count: 8 },
        { gpu: "A100", count: 8 },
      ],
    ],
    ["{H100: 8}", [{ gpu: "H100", count: 8 }]],
    ["H100:80GB:8", [{ gpu: "H100-SXM", count: 8, memory: "80GB" }]],
    ["A100:40GB", [{ gpu: "A100-40GB", count: 1, memory: "40GB" }]],
    ["A100:80GB:2", [{ gpu: "A100-80GB", count: 2, memory: "80GB" }]],
    ["nvidia:H100:8", [{ gpu: "H100", count: 8 }]],
    ["H100:2..8", [{ gpu: "H100", count: 2 }]],
    [
      "A100,H100:2",
      [
        { gpu: "A100", count: 2 },
        { gpu: "H100", count: 2 },
      ],
    ],
    ["24GB..:1", []],
    ["40GB", []],
    ["2", []],
    ["", []],
  ];
  for (const [text, expected] of cases) {
    it(`parses ${JSON.stringify(text)}`, () => {
      const result = parseAcceleratorString(text);
      expect(result).toEqual(expected);
      for (const choice of result) expect(gpuLookup.find(choice.gpu), choice.gpu).toBeDefined();
    });
  }
});

describe("INSTANCE_TYPES", () => {
  it("names only catalog GPUs, with whole positive counts", () => {
    const ids = new Set(GPUS.map((g) => g.id));
    for (const [name, type] of Object.entries(INSTANCE_TYPES)) {
      expect(ids.has(type.gpu), `${name}: ${type.gpu}`).toBe(true);
      expect(Number.isInteger(type.count) && type.count > 0, name).toBe(true);
    }
  });

  it("holds the documented types", () => {
    expect(INSTANCE_TYPES["p4d.24xlarge"]).toMatchObject({ gpu: "A100-40GB", count: 8 });
    expect(INSTANCE_TYPES["p4de.24xlarge"]).toMatchObject({ gpu: "A100-80GB", count: 8 });
    expect(INSTANCE_TYPES["p5.48xlarge"]).toMatchObject({ gpu: "H100-SXM", count: 8 });
    expect(INSTANCE_TYPES["p5en.48xlarge"]).toMatchObject({ gpu: "H200", count: 8 });
    expect(INSTANCE_TYPES["g5.16xlarge"]).toMatchObject({ gpu: "A10G", count: 1 });
    expect(INSTANCE_TYPES["g5.24xlarge"]).toMatchObject({ gpu: "A10G", count: 4 });
    expect(INSTANCE_TYPES["g6e.48xlarge"]).toMatchObject({ gpu: "L40S", count: 8 });
    expect(INSTANCE_TYPES["a2-megagpu-16g"]).toMatchObject({ gpu: "A100-40GB", count: 16 });
    expect(INSTANCE_TYPES["a3-ultragpu-8g"]).toMatchObject({ gpu: "H200", count: 8 });
    expect(INSTANCE_TYPES["g2-standard-24"]).toMatchObject({ gpu: "L4", count: 2 });
    expect(INSTANCE_TYPES["g2-standard-32"]).toMatchObject({ gpu: "L4", count: 1 });
    expect(INSTANCE_TYPES["Standard_NC40ads_H100_v5"]).toMatchObject({ gpu: "H100-NVL", count: 1 });
    expect(INSTANCE_TYPES["Standard_ND96asr_v4"]).toMatchObject({ gpu: "A100-40GB", count: 8 });
  });

  it("is looked up case-insensitively", () => {
    expect(findInstanceType("standard_nc24ads_a100_v4")).toMatchObject({ gpu: "A100-80GB-PCIE", count: 1 });
    expect(findInstanceType("m5.large")).toBeUndefined();
  });
});
