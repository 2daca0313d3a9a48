import { describe, it, expect } from "vitest";
import { GPUS } from "../src/catalog/gpus.js";
import { createLookup } from "../src/catalog/lookup.js";
import type { GpuSpec } from "../src/catalog/types.js";

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const key = (name: string): string => name.trim().toLowerCase();

function byId(id: string): GpuSpec {
  const gpu = GPUS.find((g) => g.id === id);
  if (!gpu) throw new Error(`no catalog entry ${id}`);
  return gpu;
}

/** Every id and alias, case-folded, to the id of the entry that owns it. */
function nameIndex(): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const gpu of GPUS) {
    for (const name of new Set([gpu.id, ...gpu.aliases].map(key))) {
      owners.set(name, [...(owners.get(name) ?? []), gpu.id]);
    }
  }
  return owners;
}

function resolve(name: string): string | undefined {
  const owners = nameIndex().get(key(name));
  return owners?.[0];
}

const REQUIRED_IDS = [
  "RTX-3090",
  "RTX-4090",
  "RTX-5090",
  "RTX-A6000",
  "RTX-6000-Ada",
  "A10G",
  "A10",
  "L4",
  "L40S",
  "T4",
  "A100-40GB",
  "A100-80GB",
  "A100-40GB-PCIE",
  "A100-80GB-PCIE",
  "H100-SXM",
  "H100-PCIE",
  "H100-NVL",
  "H200",
  "B200",
  "GB200",
  "MI300X",
  "MI325X",
  "M2-Ultra-192GB",
  "M3-Ultra-512GB",
  "M4-Max-128GB",
  // Issue 12: GPUs teams run that were missing.
  "GH200-96GB",
  "GH200-144GB",
  "L40",
  "A16",
  "RTX-4070",
  "RTX-4070-Laptop",
  "B300",
  "RTX-PRO-6000",
  "H20",
  "MI300A",
];

describe("GPU catalog: shape", () => {
  it("has at least 20 entries and every required id", () => {
    expect(GPUS.length).toBeGreaterThanOrEqual(20);
    const ids = new Set(GPUS.map((g) => g.id));
    for (const id of REQUIRED_IDS) expect(ids.has(id), id).toBe(true);
  });

  it("has unique ids, case-insensitively", () => {
    const ids = GPUS.map((g) => key(g.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shares no name between two entries (ids and aliases, case-insensitive)", () => {
    const clashes = [...nameIndex()].filter(([, owners]) => owners.length > 1);
    expect(clashes).toEqual([]);
  });

  it.each(GPUS.map((g) => [g.id, g] as const))("%s: aliases are non-empty, trimmed, not repeated and not its own id", (_id, gpu) => {
    const seen = new Set<string>();
    for (const alias of gpu.aliases) {
      expect(alias.length).toBeGreaterThan(0);
      expect(alias).toBe(alias.trim());
      expect(seen.has(key(alias)), `${gpu.id}: alias ${alias} repeated`).toBe(false);
      expect(key(alias), `${gpu.id}: alias ${alias} repeats the id`).not.toBe(key(gpu.id));
      seen.add(key(alias));
    }
  });
});

describe("GPU catalog: per-entry invariants", () => {
  it.each(GPUS.map((g) => [g.id, g] as const))("%s", (_id, gpu) => {
    expect(gpu.name.length).toBeGreaterThan(0);

    // Memory: what the device exposes, a whole number of MiB (nvidia-smi's unit), exact in a double,
    // with the reading or "data sheet only" said in memorySource.
    expect(Number.isSafeInteger(gpu.memoryBytes)).toBe(true);
    expect(gpu.memoryBytes).toBeGreaterThan(0);
    expect(gpu.memoryBytes % MiB).toBe(0);
    expect(gpu.memorySource, `${gpu.id}: memorySource`).toBeDefined();
    expect(gpu.memorySource ?? "").toMatch(/nvidia-smi|rocm-smi|HIP runtime|^data sheet only: /);
    if (gpu.memorySource?.startsWith("data sheet only")) expect(gpu.memoryBytes % GiB).toBe(0);
    else expect(gpu.memorySource).toMatch(/https?:\/\/|find_string id/);

    // Bandwidth: between 100 GB/s and 10 TB/s.
    expect(gpu.bandwidthBytesPerSec).toBeGreaterThanOrEqual(1e11);
    expect(gpu.bandwidthBytesPerSec).toBeLessThanOrEqual(1e13);

    // Compute.
    const peaks = gpu.peakFlopsPerSec;
    expect(peaks.bf16).toBeGreaterThan(0);
    expect(peaks.fp16).toBeGreaterThan(0);
    expect(peaks.fp8 !== null).toBe(gpu.fp8Native);
    if (peaks.fp8 !== null) expect(peaks.fp8).toBeGreaterThanOrEqual(peaks.bf16);
    if (peaks.int8 !== null) expect(peaks.int8).toBeGreaterThan(0);
    if (peaks.fp4 !== undefined && peaks.fp4 !== null) {
      expect(peaks.fp8).not.toBeNull();
      expect(peaks.fp4).toBeGreaterThanOrEqual(peaks.fp8 ?? Infinity);
    }
    // Plausibility: no single device beyond 20 PFLOPS dense in 16-bit formats.
    expect(peaks.bf16).toBeLessThan(20e15);

    // Unified memory: Apple silicon and the MI300A APU, whose CPU shares its HBM.
    expect(gpu.unifiedMemory === true).toBe(gpu.vendor === "apple" || gpu.id === "MI300A");

    // Source names a data sheet or a URL.
    expect(gpu.source.trim().length).toBeGreaterThan(0);
    expect(gpu.source).toMatch(/https?:\/\/|data ?sheet|white ?paper|spec/i);
  });
});

describe("GPU catalog: spot checks against data sheets", () => {
  it("H100 SXM", () => {
    // NVIDIA H100 data sheet / Hopper whitepaper: 80 GB, 3.35 TB/s, BF16 989.4 dense, FP8 and INT8 1,978.9 dense.
    const gpu = byId("H100-SXM");
    expect(gpu.memoryBytes).toBe(81559 * MiB); // nvidia-smi
    expect(gpu.bandwidthBytesPerSec).toBe(3.35e12);
    expect(gpu.peakFlopsPerSec.bf16).toBe(989.4e12);
    expect(gpu.peakFlopsPerSec.fp8).toBe(1978.9e12);
    expect(gpu.peakFlopsPerSec.int8).toBe(1978.9e12);
    expect(gpu.fp8Native).toBe(true);
  });

  it("A100 80GB and 40GB SXM", () => {
    // NVIDIA A100 data sheet: 80GB SXM 2,039 GB/s; 40GB SXM 1,555 GB/s; BF16 312, INT8 624 dense; no FP8.
    const a80 = byId("A100-80GB");
    expect(a80.memoryBytes).toBe(81920 * MiB); // nvidia-smi
    expect(a80.bandwidthBytesPerSec).toBe(2.039e12);
    expect(a80.peakFlopsPerSec.bf16).toBe(312e12);
    expect(a80.peakFlopsPerSec.int8).toBe(624e12);
    expect(a80.peakFlopsPerSec.fp8).toBeNull();
    expect(a80.fp8Native).toBe(false);

    const a40 = byId("A100-40GB");
    expect(a40.memoryBytes).toBe(40960 * MiB); // nvidia-smi
    expect(a40.bandwidthBytesPerSec).toBe(1.555e12);
  });

  it("H200", () => {
    // NVIDIA H200 data sheet: 141 GB HBM3e, 4.8 TB/s.
    const gpu = byId("H200");
    expect(gpu.memoryBytes).toBe(143771 * MiB); // nvidia-smi
    expect(gpu.bandwidthBytesPerSec).toBe(4.8e12);
  });

  it("RTX 4090", () => {
    // Ada whitepaper: 24 GB GDDR6X, 1,008 GB/s.
    const gpu = byId("RTX-4090");
    expect(gpu.memoryBytes).toBe(24564 * MiB); // nvidia-smi
    expect(gpu.bandwidthBytesPerSec).toBe(1.008e12);
    expect(gpu.fp8Native).toBe(true);
  });

  it("MI300X", () => {
    // AMD MI300X data sheet: 192 GB HBM3, 5.3 TB/s, BF16 1,307.4 dense, FP8 2,614.9 dense.
    const gpu = byId("MI300X");
    expect(gpu.memoryBytes).toBe(206141652992); // rocm-smi VRAM total, 196,592 MiB
    expect(gpu.bandwidthBytesPerSec).toBe(5.3e12);
    expect(gpu.peakFlopsPerSec.bf16).toBe(1307.4e12);
    expect(gpu.peakFlopsPerSec.fp8).toBe(2614.9e12);
  });

  it("L4", () => {
    // NVIDIA L4 data sheet: 24 GB GDDR6, 300 GB/s.
    const gpu = byId("L4");
    expect(gpu.memoryBytes).toBe(23034 * MiB); // nvidia-smi
    expect(gpu.bandwidthBytesPerSec).toBe(300e9);
  });

  it("T4 has no BF16 or FP8 tensor path: bf16 carries the FP16 figure", () => {
    // NVIDIA T4 data sheet: 65 TFLOPS mixed precision, 130 INT8 TOPS.
    const gpu = byId("T4");
    expect(gpu.peakFlopsPerSec.bf16).toBe(gpu.peakFlopsPerSec.fp16);
    expect(gpu.peakFlopsPerSec.fp8).toBeNull();
    expect(gpu.peakFlopsPerSec.int8).toBe(130e12);
  });

  it("Apple silicon is unified memory with no FP8", () => {
    for (const id of ["M2-Ultra-192GB", "M3-Ultra-512GB", "M4-Max-128GB"]) {
      const gpu = byId(id);
      expect(gpu.unifiedMemory).toBe(true);
      expect(gpu.fp8Native).toBe(false);
      expect(gpu.peakFlopsPerSec.fp8).toBeNull();
    }
    expect(byId("M2-Ultra-192GB").memoryBytes).toBe(192 * GiB);
    expect(byId("M3-Ultra-512GB").memoryBytes).toBe(512 * GiB);
    expect(byId("M4-Max-128GB").memoryBytes).toBe(128 * GiB);
  });

  it("fp8Native follows the architecture", () => {
    for (const id of ["RTX-4090", "RTX-4070", "L4", "L40", "L40S", "RTX-6000-Ada", "RTX-PRO-6000", "H100-SXM", "H20", "H200", "GH200-96GB", "GH200-144GB", "B200", "B300", "GB200", "MI300X", "MI300A", "MI325X"]) {
      expect(byId(id).fp8Native, id).toBe(true);
    }
    for (const id of ["RTX-3090", "RTX-A6000", "A10", "A10G", "A16", "A100-80GB", "A100-40GB", "T4"]) {
      expect(byId(id).fp8Native, id).toBe(false);
    }
  });
});

describe("GPU catalog: names real manifests use", () => {
  it.each([
    // NVIDIA GPU feature discovery `nvidia.com/gpu.product`
    ["NVIDIA-H100-80GB-HBM3", "H100-SXM"],
    ["NVIDIA-A100-SXM4-80GB", "A100-80GB"],
    ["NVIDIA-A100-SXM4-40GB", "A100-40GB"],
    ["NVIDIA-A100-80GB-PCIe", "A100-80GB-PCIE"],
    ["NVIDIA-A100-PCIE-40GB", "A100-40GB-PCIE"],
    ["NVIDIA-L4", "L4"],
    ["NVIDIA-A10G", "A10G"],
    ["Tesla-T4", "T4"],
    ["NVIDIA-H100-PCIe", "H100-PCIE"],
    ["NVIDIA-H100-NVL", "H100-NVL"],
    ["NVIDIA-H200", "H200"],
    ["NVIDIA-B200", "B200"],
    ["NVIDIA-GeForce-RTX-4090", "RTX-4090"],
    ["NVIDIA-L40S", "L40S"],
    ["NVIDIA-RTX-A6000", "RTX-A6000"],
    ["NVIDIA-RTX-6000-Ada-Generation", "RTX-6000-Ada"],
    // GKE `cloud.google.com/gke-accelerator`
    ["nvidia-h100-80gb", "H100-SXM"],
    ["nvidia-h100-mega-80gb", "H100-SXM"],
    ["nvidia-a100-80gb", "A100-80GB"],
    ["nvidia-tesla-a100", "A100-40GB"],
    ["nvidia-l4", "L4"],
    ["nvidia-tesla-t4", "T4"],
    ["nvidia-h200-141gb", "H200"],
    ["nvidia-b200", "B200"],
    // Ray accelerator_type, SkyPilot, Karpenter `instance-gpu-name`
    ["A100-40G", "A100-40GB"],
    ["A100-80G", "A100-80GB"],
    ["A100", "A100-40GB"], // bare A100: SkyPilot, GKE and AWS p4d mean the 40 GB part
    ["h100", "H100-SXM"], // bare H100: the SXM part
    ["H100-MEGA", "H100-SXM"],
    ["a10g", "A10G"],
    ["l40s", "L40S"],
    ["AMD-Instinct-MI300X-OAM", "MI300X"],
    // Short forms
    ["h100-sxm", "H100-SXM"],
    ["4090", "RTX-4090"],
    ["rtx4090", "RTX-4090"],
    ["mi300x", "MI300X"],
    ["m2-ultra", "M2-Ultra-192GB"],
    // New GPUs (node labels, GKE names)
    ["NVIDIA-GH200-480GB", "GH200-96GB"],
    ["NVIDIA-GH200-144G-HBM3e", "GH200-144GB"],
    ["GH200", "GH200-96GB"],
    ["NVIDIA-L40", "L40"],
    ["NVIDIA-A16", "A16"],
    ["NVIDIA-GeForce-RTX-4070", "RTX-4070"],
    ["NVIDIA-B300-SXM6-AC", "B300"],
    ["nvidia-b300", "B300"],
    ["NVIDIA-RTX-PRO-6000-Blackwell-Server-Edition", "RTX-PRO-6000"],
    ["nvidia-rtx-pro-6000", "RTX-PRO-6000"],
    ["NVIDIA-H20", "H20"],
    ["AMD-Instinct-MI300A", "MI300A"],
    // KubeAI's default resource profiles (charts/kubeai/values.yaml) and its MI300X example
    ["nvidia-gpu-t4", "T4"],
    ["nvidia-gpu-l4", "L4"],
    ["nvidia-gpu-l40s", "L40S"],
    ["nvidia-gpu-h100", "H100-SXM"],
    ["nvidia-gpu-gh200", "GH200-96GB"],
    ["nvidia-gpu-a100-80gb", "A100-80GB"],
    ["nvidia-gpu-a100-40gb", "A100-40GB"],
    ["nvidia-gpu-a16", "A16"],
    ["nvidia-gpu-rtx4070-8gb", "RTX-4070-Laptop"],
    ["amd-gpu-mi300x", "MI300X"],
    // Time-sliced GPUs: GPU feature discovery's -SHARED product label is the whole GPU
    ["NVIDIA-A100-SXM4-80GB-SHARED", "A100-80GB"],
    ["NVIDIA-L4-SHARED", "L4"],
    ["Tesla-T4-SHARED", "T4"],
    // MIG: single strategy (`<product>-MIG-<profile>`) and mixed strategy (`mig-<profile>`)
    ["NVIDIA-A100-SXM4-80GB-MIG-1g.10gb", "A100-80GB-MIG-1g.10gb"],
    ["NVIDIA-A100-80GB-PCIe-MIG-1g.10gb", "A100-80GB-PCIE-MIG-1g.10gb"],
    ["NVIDIA-A100-SXM4-40GB-MIG-1g.5gb", "A100-40GB-MIG-1g.5gb"],
    ["NVIDIA-H100-80GB-HBM3-MIG-3g.40gb", "H100-SXM-MIG-3g.40gb"],
    ["NVIDIA-H100-80GB-HBM3-MIG-1g.10gb+me", "H100-SXM-MIG-1g.10gb"],
    ["NVIDIA-H200-MIG-1g.18gb", "H200-MIG-1g.18gb"],
    ["NVIDIA-A100-SXM4-40GB-MIG-1g.5gb-SHARED", "A100-40GB-MIG-1g.5gb"],
    ["mig-1g.10gb", "A100-80GB-PCIE-MIG-1g.10gb"],
    ["mig-1g.5gb", "A100-40GB-MIG-1g.5gb"],
    ["mig-3g.40gb", "A100-80GB-PCIE-MIG-3g.40gb"],
    ["mig-1g.18gb", "H200-MIG-1g.18gb"],
  ])("%s -> %s", (name, id) => {
    expect(resolve(name)).toBe(id);
  });
});

describe("GPU catalog: memory as the device exposes it (issue 12)", () => {
  it("L4, A10G, T4 and L40S are nvidia-smi's MiB totals, not the data sheet's GB read as GiB", () => {
    expect(byId("L4").memoryBytes).toBe(23_034 * MiB);
    expect(byId("A10G").memoryBytes).toBe(23_028 * MiB);
    expect(byId("T4").memoryBytes).toBe(15_360 * MiB);
    expect(byId("L40S").memoryBytes).toBe(46_068 * MiB);
    for (const id of ["L4", "A10G", "T4", "L40S"]) expect(byId(id).memorySource, id).toMatch(/^nvidia-smi reports \d+ MiB/);
  });

  it("new GPUs carry their nvidia-smi totals", () => {
    expect(byId("GH200-96GB").memoryBytes).toBe(97_871 * MiB);
    expect(byId("GH200-144GB").memoryBytes).toBe(146_831 * MiB);
    expect(byId("L40").memoryBytes).toBe(46_068 * MiB);
    expect(byId("A16").memoryBytes).toBe(15_356 * MiB);
    expect(byId("RTX-4070").memoryBytes).toBe(12_282 * MiB);
    expect(byId("B300").memoryBytes).toBe(275_040 * MiB);
    expect(byId("RTX-PRO-6000").memoryBytes).toBe(97_887 * MiB);
    expect(byId("H20").memoryBytes).toBe(97_871 * MiB);
  });

  it("memoryBytes is the MiB figure its memorySource quotes", () => {
    for (const gpu of GPUS) {
      if (gpu.memorySource?.startsWith("data sheet only")) continue;
      const quoted = /(\d+) MiB/.exec(gpu.memorySource ?? "");
      expect(quoted, gpu.id).not.toBeNull();
      expect(gpu.memoryBytes, gpu.id).toBe(Number(quoted![1]) * MiB);
    }
  });

  it("says where only the data sheet's figure is known", () => {
    const dataSheetOnly = GPUS.filter((g) => g.memorySource?.startsWith("data sheet only")).map((g) => g.id);
    expect(dataSheetOnly.sort()).toEqual(["Gaudi3", "M2-Ultra-192GB", "M3-Ultra-512GB", "M4-Max-128GB", "MI300A", "MI325X", "MI355X"]);
  });
});

describe("GPU catalog: MIG slices (issue 12)", () => {
  const slices = GPUS.filter((g) => g.mig !== undefined);

  it("has slices of the A100, H100 (SXM, PCIe, NVL), H200, GH200, B200, GB200 and RTX PRO 6000", () => {
    const parents = new Set(slices.map((g) => g.mig!.parent));
    for (const id of ["A100-40GB", "A100-80GB", "A100-80GB-PCIE", "H100-SXM", "H100-PCIE", "H100-NVL", "H200", "GH200-144GB", "B200", "GB200", "RTX-PRO-6000"]) {
      expect(parents.has(id), id).toBe(true);
    }
  });

  it.each(slices.map((g) => [g.id, g] as const))("%s: a smaller device than its parent", (_id, slice) => {
    const parent = byId(slice.mig!.parent);
    expect(parent.mig).toBeUndefined();
    expect(slice.id).toBe(`${parent.id}-MIG-${slice.mig!.profile}`);
    expect(slice.mig!.profile).toMatch(/^\d+g\.\d+gb$/);
    expect(slice.memoryBytes).toBeLessThan(parent.memoryBytes);
    expect(slice.bandwidthBytesPerSec).toBeLessThanOrEqual(parent.bandwidthBytesPerSec);
    expect(slice.peakFlopsPerSec.bf16).toBeLessThanOrEqual(parent.peakFlopsPerSec.bf16);
    expect(slice.fp8Native).toBe(parent.fp8Native);
    expect(slice.vendor).toBe(parent.vendor);
    // The memory is what -lgip lists: no more than the profile's name says.
    const namedGB = Number(/\.(\d+)gb$/.exec(slice.mig!.profile)![1]);
    expect(slice.memoryBytes).toBeLessThanOrEqual(namedGB * GiB);
    // Its single-strategy product label.
    expect(slice.aliases.some((a) => a.endsWith(`-MIG-${slice.mig!.profile}`))).toBe(true);
  });

  it("scales bandwidth by memory slices and peaks by compute slices", () => {
    // A100 80GB: 1g.10gb has 1 of 8 memory slices and 1 of 7 compute slices.
    const a = byId("A100-80GB-MIG-1g.10gb");
    expect(a.memoryBytes).toBe(Math.round(9.5 * 1024) * MiB);
    expect(a.bandwidthBytesPerSec).toBeCloseTo(2.039e12 / 8, -3);
    expect(a.peakFlopsPerSec.bf16).toBeCloseTo(312e12 / 7, -3);
    expect(a.peakFlopsPerSec.fp8).toBeNull();
    // A100 40GB: 1g.10gb has 2 memory slices but 1 compute slice.
    const b = byId("A100-40GB-MIG-1g.10gb");
    expect(b.bandwidthBytesPerSec).toBeCloseTo(1.555e12 / 4, -3);
    expect(b.peakFlopsPerSec.bf16).toBeCloseTo(312e12 / 7, -3);
    // H100 SXM 3g.40gb: 4 of 8 memory slices, 3 of 7 compute slices; 39.5 GiB.
    const h = byId("H100-SXM-MIG-3g.40gb");
    expect(h.memoryBytes).toBe(39.5 * GiB);
    expect(h.bandwidthBytesPerSec).toBeCloseTo(3.35e12 / 2, -3);
    expect(h.peakFlopsPerSec.fp8).toBeCloseTo((1978.9e12 * 3) / 7, -3);
  });

  it("mig-<profile> (mixed strategy) names one slice per profile: the one with the least memory", () => {
    const lookup = createLookup(GPUS);
    expect(lookup.find("mig-1g.10gb")?.id).toBe("A100-80GB-PCIE-MIG-1g.10gb");
    for (const profile of new Set(slices.map((g) => g.mig!.profile))) {
      const named = lookup.find(`mig-${profile}`);
      expect(named, profile).toBeDefined();
      const smallest = Math.min(...slices.filter((g) => g.mig!.profile === profile).map((g) => g.memoryBytes));
      expect(named!.memoryBytes, profile).toBe(smallest);
    }
  });

  it("+me profiles are names of their base profile, not entries", () => {
    expect(slices.some((g) => g.mig!.profile.includes("+"))).toBe(false);
    expect(resolve("mig-1g.10gb+me")).toBe("A100-80GB-PCIE-MIG-1g.10gb");
  });
});

describe("GPU catalog: the lookup accepts every name", () => {
  it("builds without a name shared by two entries", () => {
    expect(() => createLookup(GPUS)).not.toThrow();
  });
});
