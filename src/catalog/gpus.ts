import type { GpuSpec } from "./types.js";

/**
 * The GPU catalog: one object literal per device, figures per device from the vendor's data sheet.
 *
 * Conventions (see GpuSpec in ./types.ts, and docs/physics.md#units-and-conventions):
 * - memoryBytes: the marketed capacity read as GiB ("80GB" HBM is 80 × 2^30 bytes).
 * - bandwidthBytesPerSec: data-sheet peak, decimal (3.35 TB/s = 3.35e12).
 * - peakFlopsPerSec: DENSE tensor throughput. Data sheets mostly print 2:4-sparsity figures; those
 *   are halved here, and the source string quotes the sheet's own number.
 * - GeForce cards run FP16/BF16/FP8 tensor math at half rate when accumulating in FP32, which is
 *   what inference kernels do; their figures are the FP32-accumulate ones (the professional and
 *   data-center cards run full rate either way).
 * - Aliases are matched case-insensitively against ids and aliases of every entry, so an alias must
 *   be unique across the catalog. Bare names that cover several variants go to one entry, chosen
 *   and explained where they appear (`A100`, `H100`, `V100`, `m4-max`...).
 */

const GiB = 2 ** 30;

export const GPUS: readonly GpuSpec[] = [
  // ---------------------------------------------------------------- NVIDIA GeForce / RTX workstation
  {
    id: "RTX-3090",
    name: "NVIDIA GeForce RTX 3090",
    vendor: "nvidia",
    memoryBytes: 24 * GiB,
    bandwidthBytesPerSec: 936e9,
    // GA102 whitepaper: FP16/BF16 tensor with FP32 accumulate 71 | 142 sparse (FP16 accumulate 142);
    // INT8 284 | 568 sparse. No FP8 tensor cores on Ampere.
    peakFlopsPerSec: { bf16: 71e12, fp16: 71e12, fp8: null, int8: 284e12 },
    fp8Native: false,
    interconnect: "NVLink bridge 112.5 GB/s (2 cards); PCIe 4.0 x16",
    aliases: ["NVIDIA-GeForce-RTX-3090", "GeForce-RTX-3090", "RTX3090", "3090"],
    source:
      "NVIDIA Ampere GA102 GPU architecture whitepaper, RTX 3090 column (https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf): 24 GB GDDR6X, 936 GB/s, FP16/BF16 tensor (FP32 acc.) 71/142 TFLOPS, INT8 284/568 TOPS",
  },
  {
    id: "RTX-4090",
    name: "NVIDIA GeForce RTX 4090",
    vendor: "nvidia",
    memoryBytes: 24 * GiB,
    bandwidthBytesPerSec: 1.008e12,
    // Ada whitepaper, FP32-accumulate rows: FP16/BF16 165.2 | 330.4 sparse, FP8 330.3 | 660.6 sparse;
    // INT8 660.6 | 1321.2 sparse. (The FP16-accumulate rows are twice as high.)
    peakFlopsPerSec: { bf16: 165.2e12, fp16: 165.2e12, fp8: 330.3e12, int8: 660.6e12 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x16 (no NVLink)",
    aliases: ["NVIDIA-GeForce-RTX-4090", "GeForce-RTX-4090", "RTX4090", "4090"],
    source:
      "NVIDIA Ada Lovelace GPU architecture whitepaper, RTX 4090 column (https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf): 24 GB GDDR6X, 1,008 GB/s, FP16/BF16 tensor (FP32 acc.) 165.2/330.4 TFLOPS, FP8 (FP32 acc.) 330.3/660.6, INT8 660.6/1,321.2 TOPS",
  },
  {
    id: "RTX-5090",
    name: "NVIDIA GeForce RTX 5090",
    vendor: "nvidia",
    memoryBytes: 32 * GiB,
    bandwidthBytesPerSec: 1.792e12,
    // RTX Blackwell whitepaper, FP32-accumulate rows: FP16/BF16 209.5 | 419 sparse, FP8 419 | 838
    // sparse; INT8 838 | 1,676 sparse; FP4 1,676 | 3,352 sparse (the "3,352 AI TOPS").
    peakFlopsPerSec: { bf16: 209.5e12, fp16: 209.5e12, fp8: 419e12, int8: 838e12, fp4: 1676e12 },
    fp8Native: true,
    interconnect: "PCIe 5.0 x16 (no NVLink)",
    aliases: ["NVIDIA-GeForce-RTX-5090", "GeForce-RTX-5090", "RTX5090", "5090"],
    source:
      "NVIDIA RTX Blackwell GPU architecture whitepaper, RTX 5090 column (https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf): 32 GB GDDR7, 1,792 GB/s, FP16/BF16 tensor (FP32 acc.) 209.5/419 TFLOPS, FP8 419/838, INT8 838/1,676 TOPS, FP4 1,676/3,352",
  },
  {
    id: "RTX-A6000",
    name: "NVIDIA RTX A6000",
    vendor: "nvidia",
    memoryBytes: 48 * GiB,
    bandwidthBytesPerSec: 768e9,
    // Data sheet "Tensor performance 309.7 TFLOPS" is the sparse FP16 figure: 154.8 dense.
    peakFlopsPerSec: { bf16: 154.8e12, fp16: 154.8e12, fp8: null, int8: 309.7e12 },
    fp8Native: false,
    interconnect: "NVLink bridge 112.5 GB/s (2 cards); PCIe 4.0 x16",
    aliases: ["NVIDIA-RTX-A6000", "A6000", "RTXA6000"],
    source:
      "NVIDIA RTX A6000 data sheet (https://www.nvidia.com/en-us/design-visualization/rtx-a6000/) and GA102 whitepaper: 48 GB GDDR6, 768 GB/s, FP16/BF16 tensor 154.8/309.7 TFLOPS, INT8 309.7/619.4 TOPS",
  },
  {
    id: "RTX-6000-Ada",
    name: "NVIDIA RTX 6000 Ada Generation",
    vendor: "nvidia",
    memoryBytes: 48 * GiB,
    bandwidthBytesPerSec: 960e9,
    // Data sheet prints FP8 1,457 TFLOPS with sparsity: 728.5 dense; FP16/BF16 half of that.
    peakFlopsPerSec: { bf16: 364.2e12, fp16: 364.2e12, fp8: 728.5e12, int8: 728.5e12 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x16 (no NVLink)",
    aliases: ["NVIDIA-RTX-6000-Ada-Generation", "RTX-6000-Ada-Generation", "RTX6000-Ada", "RTX6000Ada"],
    source:
      "NVIDIA RTX 6000 Ada data sheet (https://www.nvidia.com/en-us/design-visualization/rtx-6000/) and Ada whitepaper: 48 GB GDDR6, 960 GB/s, FP8 728.5/1,457 TFLOPS, FP16/BF16 364.2/728.5, INT8 728.5/1,457 TOPS",
  },

  // ---------------------------------------------------------------- NVIDIA data-center PCIe
  {
    id: "T4",
    name: "NVIDIA T4",
    vendor: "nvidia",
    memoryBytes: 16 * GiB,
    bandwidthBytesPerSec: 320e9,
    // Turing has no BF16 tensor path: bf16 carries the FP16 mixed-precision figure (BF16 models run
    // as FP16 on T4). No FP8. INT8 130 TOPS is dense (the data sheet has no sparsity).
    peakFlopsPerSec: { bf16: 65e12, fp16: 65e12, fp8: null, int8: 130e12 },
    fp8Native: false,
    interconnect: "PCIe 3.0 x16",
    // GKE `nvidia-tesla-t4`; AWS g5g's T4G is the same silicon and memory (SkyPilot `T4g`).
    aliases: ["Tesla-T4", "NVIDIA-T4", "NVIDIA-Tesla-T4", "T4g"],
    source:
      "NVIDIA T4 data sheet (https://www.nvidia.com/en-us/data-center/tesla-t4/): 16 GB GDDR6, 320 GB/s, mixed-precision FP16/FP32 65 TFLOPS, INT8 130 TOPS",
  },
  {
    id: "A10",
    name: "NVIDIA A10",
    vendor: "nvidia",
    memoryBytes: 24 * GiB,
    bandwidthBytesPerSec: 600e9,
    peakFlopsPerSec: { bf16: 125e12, fp16: 125e12, fp8: null, int8: 250e12 },
    fp8Native: false,
    interconnect: "PCIe 4.0 x16",
    aliases: ["NVIDIA-A10"],
    source:
      "NVIDIA A10 data sheet (https://www.nvidia.com/en-us/data-center/products/a10-gpu/): 24 GB GDDR6, 600 GB/s, BF16/FP16 tensor 125/250 TFLOPS, INT8 250/500 TOPS",
  },
  {
    id: "A10G",
    name: "NVIDIA A10G (AWS)",
    vendor: "nvidia",
    memoryBytes: 24 * GiB,
    bandwidthBytesPerSec: 600e9,
    // AWS-only variant with no public NVIDIA data sheet; its tensor rate is about 56% of the A10's.
    peakFlopsPerSec: { bf16: 70e12, fp16: 70e12, fp8: null, int8: 140e12 },
    fp8Native: false,
    interconnect: "PCIe 4.0 x16",
    aliases: ["NVIDIA-A10G"],
    source:
      "AWS EC2 G5 spec sheet (https://aws.amazon.com/ec2/instance-types/g5/) and Baseten's A10 vs A10G spec comparison (https://www.baseten.co/blog/nvidia-a10-vs-a10g-for-ml-model-inference/): 24 GB GDDR6, 600 GB/s, FP16/BF16 tensor 70 TFLOPS, INT8 140 TOPS",
  },
  {
    id: "L4",
    name: "NVIDIA L4",
    vendor: "nvidia",
    memoryBytes: 24 * GiB,
    bandwidthBytesPerSec: 300e9,
    // Data sheet figures are with sparsity: BF16 242 -> 121, FP8 485 -> 242.5, INT8 485 -> 242.5.
    peakFlopsPerSec: { bf16: 121e12, fp16: 121e12, fp8: 242.5e12, int8: 242.5e12 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x16",
    aliases: ["NVIDIA-L4"],
    source:
      "NVIDIA L4 data sheet (https://www.nvidia.com/en-us/data-center/l4/): 24 GB GDDR6, 300 GB/s, FP16/BF16 tensor 242 TFLOPS*, FP8 485 TFLOPS*, INT8 485 TOPS* (*with sparsity)",
  },
  {
    id: "L40S",
    name: "NVIDIA L40S",
    vendor: "nvidia",
    memoryBytes: 48 * GiB,
    bandwidthBytesPerSec: 864e9,
    peakFlopsPerSec: { bf16: 362.05e12, fp16: 362.05e12, fp8: 733e12, int8: 733e12 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x16 (no NVLink)",
    aliases: ["NVIDIA-L40S"],
    source:
      "NVIDIA L40S data sheet (https://www.nvidia.com/en-us/data-center/l40s/): 48 GB GDDR6, 864 GB/s, BF16/FP16 tensor 362.05 | 733* TFLOPS, FP8 733 | 1,466*, INT8 733 | 1,466* TOPS (*with sparsity)",
  },

  // ---------------------------------------------------------------- NVIDIA Volta / Ampere SXM and PCIe
  {
    id: "V100-16GB",
    name: "NVIDIA Tesla V100 SXM2 16GB",
    vendor: "nvidia",
    memoryBytes: 16 * GiB,
    bandwidthBytesPerSec: 900e9,
    // Volta tensor cores do FP16 only: bf16 carries the FP16 figure. No INT8 tensor path (the data
    // sheet lists none; DP4A on the CUDA cores is not counted).
    peakFlopsPerSec: { bf16: 125e12, fp16: 125e12, fp8: null, int8: null },
    fp8Native: false,
    interconnect: "NVLink 2: 300 GB/s",
    // Bare `V100` (GKE `nvidia-tesla-v100`, AWS p3, Ray, SkyPilot) is the 16 GB part.
    aliases: ["Tesla-V100-SXM2-16GB", "V100-SXM2-16GB", "nvidia-tesla-v100", "V100"],
    source:
      "NVIDIA V100 data sheet (https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf), SXM2 column: 16 GB HBM2, 900 GB/s, tensor (FP16) 125 TFLOPS",
  },
  {
    id: "V100-32GB",
    name: "NVIDIA Tesla V100 SXM2 32GB",
    vendor: "nvidia",
    memoryBytes: 32 * GiB,
    bandwidthBytesPerSec: 900e9,
    // As V100-16GB: bf16 carries the FP16 figure, no INT8 tensor path.
    peakFlopsPerSec: { bf16: 125e12, fp16: 125e12, fp8: null, int8: null },
    fp8Native: false,
    interconnect: "NVLink 2: 300 GB/s",
    aliases: ["Tesla-V100-SXM2-32GB", "V100-SXM2-32GB"],
    source:
      "NVIDIA V100 data sheet (https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf), SXM2 column: 32 GB HBM2, 900 GB/s, tensor (FP16) 125 TFLOPS",
  },
  {
    id: "A100-40GB",
    name: "NVIDIA A100 SXM4 40GB",
    vendor: "nvidia",
    memoryBytes: 40 * GiB,
    bandwidthBytesPerSec: 1.555e12,
    peakFlopsPerSec: { bf16: 312e12, fp16: 312e12, fp8: null, int8: 624e12 },
    fp8Native: false,
    interconnect: "NVLink 3: 600 GB/s",
    // GKE `nvidia-tesla-a100` is the 40 GB part (a2-highgpu); Ray `A100-40G`. Bare `A100` lands
    // here too: SkyPilot's `A100`, GKE's `nvidia-tesla-a100` and AWS p4d (Karpenter `a100`) all
    // mean the 40 GB part, and reading the smaller card never reports a fit that is not there.
    aliases: ["NVIDIA-A100-SXM4-40GB", "A100-SXM4-40GB", "nvidia-tesla-a100", "A100-40G", "A100-SXM-40GB", "A100"],
    source:
      "NVIDIA A100 data sheet (https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf), A100 40GB SXM: 1,555 GB/s, BF16/FP16 tensor 312/624 TFLOPS, INT8 624/1,248 TOPS",
  },
  {
    id: "A100-80GB",
    name: "NVIDIA A100 SXM4 80GB",
    vendor: "nvidia",
    memoryBytes: 80 * GiB,
    bandwidthBytesPerSec: 2.039e12,
    peakFlopsPerSec: { bf16: 312e12, fp16: 312e12, fp8: null, int8: 624e12 },
    fp8Native: false,
    interconnect: "NVLink 3: 600 GB/s",
    aliases: ["NVIDIA-A100-SXM4-80GB", "A100-SXM4-80GB", "nvidia-a100-80gb", "A100-80G", "A100-SXM-80GB"],
    source:
      "NVIDIA A100 data sheet (https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf), A100 80GB SXM: 2,039 GB/s, BF16/FP16 tensor 312/624 TFLOPS, INT8 624/1,248 TOPS",
  },
  {
    id: "A100-40GB-PCIE",
    name: "NVIDIA A100 PCIe 40GB",
    vendor: "nvidia",
    memoryBytes: 40 * GiB,
    bandwidthBytesPerSec: 1.555e12,
    peakFlopsPerSec: { bf16: 312e12, fp16: 312e12, fp8: null, int8: 624e12 },
    fp8Native: false,
    interconnect: "NVLink bridge 600 GB/s (2 cards); PCIe 4.0 x16",
    aliases: ["NVIDIA-A100-PCIE-40GB", "A100-PCIE-40GB"],
    source:
      "NVIDIA A100 data sheet, 40GB PCIe column (https://www.nvidia.com/en-us/data-center/a100/): 1,555 GB/s, BF16/FP16 tensor 312/624 TFLOPS, INT8 624/1,248 TOPS",
  },
  {
    id: "A100-80GB-PCIE",
    name: "NVIDIA A100 PCIe 80GB",
    vendor: "nvidia",
    memoryBytes: 80 * GiB,
    bandwidthBytesPerSec: 1.935e12,
    peakFlopsPerSec: { bf16: 312e12, fp16: 312e12, fp8: null, int8: 624e12 },
    fp8Native: false,
    interconnect: "NVLink bridge 600 GB/s (2 cards); PCIe 4.0 x16",
    aliases: ["NVIDIA-A100-80GB-PCIe", "A100-PCIE-80GB"],
    source:
      "NVIDIA A100 data sheet (https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf), A100 80GB PCIe: 1,935 GB/s, BF16/FP16 tensor 312/624 TFLOPS, INT8 624/1,248 TOPS",
  },

  // ---------------------------------------------------------------- NVIDIA Hopper
  {
    id: "H100-SXM",
    name: "NVIDIA H100 SXM5 80GB",
    vendor: "nvidia",
    memoryBytes: 80 * GiB,
    bandwidthBytesPerSec: 3.35e12,
    // Data sheet: BF16 1,979 / FP8 3,958 / INT8 3,958 with sparsity. The Hopper whitepaper gives
    // the dense figures exactly: 989.4 / 1,978.9 / 1,978.9.
    peakFlopsPerSec: { bf16: 989.4e12, fp16: 989.4e12, fp8: 1978.9e12, int8: 1978.9e12 },
    fp8Native: true,
    interconnect: "NVLink 4: 900 GB/s",
    // Bare `H100` (Ray, SkyPilot, Karpenter `h100` on AWS p5) lands here: the SXM part is what
    // clouds rent. GKE A3 High is `nvidia-h100-80gb`, A3 Mega `nvidia-h100-mega-80gb` (same GPU).
    aliases: [
      "NVIDIA-H100-80GB-HBM3",
      "H100-80GB-HBM3",
      "nvidia-h100-80gb",
      "nvidia-h100-mega-80gb",
      "H100-MEGA",
      "H100-80GB",
      "H100-SXM5",
      "H100-SXM5-80GB",
      "H100-SXM-80GB",
      "H100",
    ],
    source:
      "NVIDIA H100 data sheet (https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet), H100 SXM: 80 GB, 3.35 TB/s, BF16 1,979*, FP8 3,958*, INT8 3,958* (*sparse); dense 989.4/1,978.9/1,978.9 from the NVIDIA H100 whitepaper (https://resources.nvidia.com/en-us-tensor-core/gtc22-whitepaper-hopper)",
  },
  {
    id: "H100-PCIE",
    name: "NVIDIA H100 PCIe 80GB",
    vendor: "nvidia",
    memoryBytes: 80 * GiB,
    bandwidthBytesPerSec: 2.0e12,
    // Sparse data-sheet figures halved: BF16 1,513 -> 756.5, FP8 3,026 -> 1,513, INT8 3,026 -> 1,513.
    peakFlopsPerSec: { bf16: 756.5e12, fp16: 756.5e12, fp8: 1513e12, int8: 1513e12 },
    fp8Native: true,
    interconnect: "NVLink bridge 600 GB/s (2 cards); PCIe 5.0 x16",
    aliases: ["NVIDIA-H100-PCIe", "H100-PCIe-80GB"],
    source:
      "NVIDIA H100 data sheet (https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet), H100 PCIe: 80 GB, 2 TB/s, BF16 1,513*, FP8 3,026*, INT8 3,026* TOPS (*with sparsity)",
  },
  {
    id: "H100-NVL",
    name: "NVIDIA H100 NVL 94GB",
    vendor: "nvidia",
    memoryBytes: 94 * GiB,
    bandwidthBytesPerSec: 3.9e12,
    // Per GPU (the card ships in NVLink-bridged pairs). Sparse figures halved: BF16 1,671 -> 835.5,
    // FP8 3,341 -> 1,670.5, INT8 3,341 -> 1,670.5.
    peakFlopsPerSec: { bf16: 835.5e12, fp16: 835.5e12, fp8: 1670.5e12, int8: 1670.5e12 },
    fp8Native: true,
    interconnect: "NVLink bridge 600 GB/s; PCIe 5.0 x16",
    aliases: ["NVIDIA-H100-NVL", "H100-NVL-94GB", "H100NVL"],
    source:
      "NVIDIA H100 data sheet (https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet), H100 NVL: 94 GB, 3.9 TB/s, BF16 1,671*, FP8 3,341*, INT8 3,341* TOPS (*with sparsity)",
  },
  {
    id: "H200",
    name: "NVIDIA H200 SXM 141GB",
    vendor: "nvidia",
    memoryBytes: 141 * GiB,
    bandwidthBytesPerSec: 4.8e12,
    // Same GH100 compute as H100 SXM: data sheet's sparse BF16 1,979 / FP8 3,958 halved, taken at
    // the whitepaper's exact dense values.
    peakFlopsPerSec: { bf16: 989.4e12, fp16: 989.4e12, fp8: 1978.9e12, int8: 1978.9e12 },
    fp8Native: true,
    interconnect: "NVLink 4: 900 GB/s",
    aliases: ["NVIDIA-H200", "nvidia-h200-141gb", "H200-141GB", "H200-SXM", "H200-SXM5"],
    source:
      "NVIDIA H200 data sheet (https://www.nvidia.com/en-us/data-center/h200/), H200 SXM: 141 GB HBM3e, 4.8 TB/s, BF16 1,979*, FP8 3,958*, INT8 3,958* TOPS (*with sparsity)",
  },
  {
    id: "H200-NVL",
    name: "NVIDIA H200 NVL 141GB",
    vendor: "nvidia",
    memoryBytes: 141 * GiB,
    bandwidthBytesPerSec: 4.8e12,
    // Sparse figures halved: BF16 1,671 -> 835.5, FP8 3,341 -> 1,670.5, INT8 3,341 -> 1,670.5.
    peakFlopsPerSec: { bf16: 835.5e12, fp16: 835.5e12, fp8: 1670.5e12, int8: 1670.5e12 },
    fp8Native: true,
    interconnect: "NVLink bridge 900 GB/s (2- or 4-way); PCIe 5.0 x16",
    aliases: ["NVIDIA-H200-NVL", "H200NVL"],
    source:
      "NVIDIA H200 data sheet (https://www.nvidia.com/en-us/data-center/h200/), H200 NVL: 141 GB HBM3e, 4.8 TB/s, BF16 1,671*, FP8 3,341*, INT8 3,341* TOPS (*with sparsity)",
  },

  // ---------------------------------------------------------------- NVIDIA Blackwell
  {
    id: "B200",
    name: "NVIDIA B200 (HGX/DGX B200)",
    vendor: "nvidia",
    memoryBytes: 180 * GiB,
    bandwidthBytesPerSec: 8e12,
    // HGX B200 figures are for 8 GPUs, with sparsity: FP16/BF16 36 PF, FP8 72 PF, INT8 72 POPS,
    // FP4 144 PF -> per GPU dense 2.25 / 4.5 / 4.5 / 9 PF. Memory 1.44 TB / 8 = 180 GB per GPU
    // (the early "192 GB" figure is the raw HBM; 180 GB is what ships).
    peakFlopsPerSec: { bf16: 2.25e15, fp16: 2.25e15, fp8: 4.5e15, int8: 4.5e15, fp4: 9e15 },
    fp8Native: true,
    interconnect: "NVLink 5: 1.8 TB/s",
    aliases: ["NVIDIA-B200", "B200-SXM", "B200-180GB"],
    source:
      "NVIDIA HGX B200 spec table (https://www.nvidia.com/en-us/data-center/hgx/) and DGX B200 data sheet: 8 GPUs, 1,440 GB HBM3e, 64 TB/s, FP4 144 PF*, FP8 72 PF*, INT8 72 POPS*, FP16/BF16 36 PF* (*with sparsity)",
  },
  {
    id: "GB200",
    name: "NVIDIA GB200 (one Blackwell GPU of a Grace Blackwell superchip)",
    vendor: "nvidia",
    memoryBytes: 186 * GiB,
    bandwidthBytesPerSec: 8e12,
    // GB200 NVL72 figures are for 72 GPUs, with sparsity: FP16/BF16 360 PF, FP8 720 PF, INT8 720
    // POPS, FP4 1,440 PF -> per GPU dense 2.5 / 5 / 5 / 10 PF. HBM 13.4 TB / 72 = 186 GB per GPU
    // (superchip: 372 GB for its two GPUs); 576 TB/s / 72 = 8 TB/s.
    peakFlopsPerSec: { bf16: 2.5e15, fp16: 2.5e15, fp8: 5e15, int8: 5e15, fp4: 10e15 },
    fp8Native: true,
    interconnect: "NVLink 5: 1.8 TB/s (72-GPU NVLink domain in NVL72)",
    aliases: ["NVIDIA-GB200", "GB200-NVL72"],
    source:
      "NVIDIA GB200 NVL72 spec table (https://www.nvidia.com/en-us/data-center/gb200-nvl72/): 72 GPUs, 13.4 TB HBM3e, 576 TB/s, FP4 1,440 PF*, FP8 720 PF*, INT8 720 POPS*, FP16/BF16 360 PF* (*with sparsity)",
  },

  // ---------------------------------------------------------------- AMD Instinct
  {
    id: "MI250X",
    name: "AMD Instinct MI250X (one GCD, half of the OAM module)",
    vendor: "amd",
    // The OAM module carries two GCDs that software and Kubernetes (`amd.com/gpu`) see as two
    // devices of 64 GB each; figures here are per GCD, i.e. half the module's data-sheet figures:
    // 128 GB -> 64, 3.2768 TB/s -> 1.6384, FP16/BF16 383 TFLOPS -> 191.5, INT8 383 TOPS -> 191.5.
    memoryBytes: 64 * GiB,
    bandwidthBytesPerSec: 1.6384e12,
    peakFlopsPerSec: { bf16: 191.5e12, fp16: 191.5e12, fp8: null, int8: 191.5e12 },
    fp8Native: false,
    interconnect: "Infinity Fabric",
    aliases: ["AMD-Instinct-MI250X", "AMD_Instinct_MI250X", "amd-mi250x"],
    source:
      "AMD Instinct MI250X data sheet (https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html), per OAM module: 128 GB HBM2e, 3.2768 TB/s, FP16/BF16 matrix 383 TFLOPS, INT8 383 TOPS; halved per GCD",
  },
  {
    id: "MI300X",
    name: "AMD Instinct MI300X",
    vendor: "amd",
    memoryBytes: 192 * GiB,
    bandwidthBytesPerSec: 5.3e12,
    // Dense figures; AMD's "with structured sparsity" numbers are twice these.
    peakFlopsPerSec: { bf16: 1307.4e12, fp16: 1307.4e12, fp8: 2614.9e12, int8: 2614.9e12 },
    fp8Native: true,
    interconnect: "Infinity Fabric: 896 GB/s (7 links x 128 GB/s)",
    aliases: ["AMD-Instinct-MI300X-OAM", "AMD_Instinct_MI300X_OAM", "AMD-Instinct-MI300X", "AMD_Instinct_MI300X", "amd-mi300x", "AMD-MI300X-192G"],
    source:
      "AMD Instinct MI300X data sheet (https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html): 192 GB HBM3, 5.3 TB/s, FP16/BF16 1,307.4 TFLOPS, FP8 2,614.9 TFLOPS, INT8 2,614.9 TOPS (dense)",
  },
  {
    id: "MI325X",
    name: "AMD Instinct MI325X",
    vendor: "amd",
    memoryBytes: 256 * GiB,
    bandwidthBytesPerSec: 6e12,
    // Same CDNA 3 compute as MI300X; dense figures.
    peakFlopsPerSec: { bf16: 1307.4e12, fp16: 1307.4e12, fp8: 2614.9e12, int8: 2614.9e12 },
    fp8Native: true,
    interconnect: "Infinity Fabric: 896 GB/s (7 links x 128 GB/s)",
    aliases: ["AMD-Instinct-MI325X-OAM", "AMD_Instinct_MI325X_OAM", "AMD_Instinct_MI325_OAM", "AMD-Instinct-MI325X", "amd-mi325x"],
    source:
      "AMD Instinct MI325X data sheet (https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html): 256 GB HBM3E, 6 TB/s, FP16/BF16 1,307.4 TFLOPS, FP8 2,614.9 TFLOPS, INT8 2,614.9 TOPS (dense)",
  },
  {
    id: "MI355X",
    name: "AMD Instinct MI355X",
    vendor: "amd",
    memoryBytes: 288 * GiB,
    bandwidthBytesPerSec: 8e12,
    // Dense: 256 CUs x 2.4 GHz x 8,192 FP8 FLOPs/clock/CU = 5,033.2 TFLOPS; FP16/BF16 half, MXFP4
    // double. AMD's headline 10.1 PF FP8 / 20.1 PF FP4 figures include sparsity.
    peakFlopsPerSec: { bf16: 2516.6e12, fp16: 2516.6e12, fp8: 5033.2e12, int8: 5033.2e12, fp4: 10066.3e12 },
    fp8Native: true,
    interconnect: "Infinity Fabric: 1,075 GB/s (7 links x 153.6 GB/s)",
    aliases: ["AMD-Instinct-MI355X-OAM", "AMD_Instinct_MI355X_OAM", "AMD-Instinct-MI355X", "amd-mi355x"],
    source:
      "AMD Instinct MI355X data sheet (https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html) and CDNA 4 whitepaper: 288 GB HBM3E, 8 TB/s, FP16/BF16 2.5 PF, FP8 5.0 PF, MXFP4 10 PF, INT8 5.0 POPS (dense)",
  },

  // ---------------------------------------------------------------- Intel
  {
    id: "Gaudi3",
    name: "Intel Gaudi 3 (HL-325L OAM)",
    vendor: "intel",
    memoryBytes: 128 * GiB,
    bandwidthBytesPerSec: 3.7e12,
    // Matrix engine (MME) figures; the white paper gives BF16 and FP8 at 1,835 TFLOPS, FP16 taken
    // at the BF16 rate. It lists no INT8 matrix throughput.
    peakFlopsPerSec: { bf16: 1835e12, fp16: 1835e12, fp8: 1835e12, int8: null },
    fp8Native: true,
    interconnect: "24 x 200 GbE RoCE on package",
    aliases: ["Gaudi-3", "Intel-Gaudi3", "Intel-Gaudi-3", "HL-325L", "habana-gaudi3"],
    source:
      "Intel Gaudi 3 AI accelerator white paper (https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html): 128 GB HBM2e, 3.7 TB/s, MME BF16 1,835 TFLOPS, MME FP8 1,835 TFLOPS",
  },

  // ---------------------------------------------------------------- Apple silicon (unified memory)
  // Apple publishes no TFLOPS for these GPUs. Figures are FP32 ALU throughput (cores x 128 ALUs x 2
  // FLOPs x GPU clock), as reported by reviews; Apple GPUs run FP16 at the FP32 rate and have no
  // tensor cores, FP8 or INT8 matrix path. bf16 carries the FP16 figure.
  {
    id: "M2-Ultra-192GB",
    name: "Apple M2 Ultra (76-core GPU, 192GB)",
    vendor: "apple",
    memoryBytes: 192 * GiB,
    bandwidthBytesPerSec: 800e9,
    peakFlopsPerSec: { bf16: 27.2e12, fp16: 27.2e12, fp8: null, int8: null },
    fp8Native: false,
    unifiedMemory: true,
    aliases: ["M2-Ultra", "Apple-M2-Ultra", "Apple-M2-Ultra-192GB"],
    source:
      "Apple M2 Ultra announcement (https://www.apple.com/newsroom/2023/06/apple-introduces-m2-ultra/): M2 Ultra, 76-core GPU, up to 192 GB unified memory, 800 GB/s; 27.2 TFLOPS FP32 (76 x 128 ALUs x 2 x 1.398 GHz, as reviews report)",
  },
  {
    id: "M3-Ultra-512GB",
    name: "Apple M3 Ultra (80-core GPU, 512GB)",
    vendor: "apple",
    memoryBytes: 512 * GiB,
    bandwidthBytesPerSec: 819e9,
    peakFlopsPerSec: { bf16: 28.6e12, fp16: 28.6e12, fp8: null, int8: null },
    fp8Native: false,
    unifiedMemory: true,
    aliases: ["M3-Ultra", "Apple-M3-Ultra", "Apple-M3-Ultra-512GB"],
    source:
      "Apple Mac Studio (2025) tech specs (https://www.apple.com/mac-studio/specs/): M3 Ultra, 80-core GPU, up to 512 GB unified memory, 819 GB/s; ~28.6 TFLOPS FP32 (80 x 128 ALUs x 2 x 1.398 GHz, as reviews report)",
  },
  {
    id: "M4-Max-128GB",
    name: "Apple M4 Max (40-core GPU, 128GB)",
    vendor: "apple",
    memoryBytes: 128 * GiB,
    bandwidthBytesPerSec: 546e9,
    peakFlopsPerSec: { bf16: 17.2e12, fp16: 17.2e12, fp8: null, int8: null },
    fp8Native: false,
    unifiedMemory: true,
    // Bare `m4-max` means this, the largest configuration (the 32-core M4 Max has 410 GB/s).
    aliases: ["M4-Max", "Apple-M4-Max", "Apple-M4-Max-128GB"],
    source:
      "Apple MacBook Pro / Mac Studio tech specs (https://www.apple.com/macbook-pro/specs/): M4 Max, 40-core GPU, up to 128 GB unified memory, 546 GB/s; ~17.2 TFLOPS FP32 (40 x 128 ALUs x 2 x 1.68 GHz, as reviews report)",
  },
];
