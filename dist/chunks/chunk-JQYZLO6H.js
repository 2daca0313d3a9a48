import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/catalog/gpus.ts
var GiB = 2 ** 30;
var MiB = 2 ** 20;
var WHOLE_GPUS = [
  // ---------------------------------------------------------------- NVIDIA GeForce / RTX workstation
  {
    id: "RTX-3090",
    name: "NVIDIA GeForce RTX 3090",
    vendor: "nvidia",
    memoryBytes: 24576 * MiB,
    memorySource: "nvidia-smi reports 24576 MiB on GeForce RTX 3090 (driver 595.84, https://github.com/noonghunna/club-3090/issues/1127)",
    cudaMemoryBytes: 24146 * MiB,
    cudaMemorySource: "CUDA runtime: vLLM prints total_gpu_memory=23.58GiB (24,146 MiB \xB15) on an RTX 3090 (https://github.com/vllm-project/vllm/issues/10517)",
    bandwidthBytesPerSec: 936e9,
    // GA102 whitepaper: FP16/BF16 tensor with FP32 accumulate 71 | 142 sparse (FP16 accumulate 142);
    // INT8 284 | 568 sparse. No FP8 tensor cores on Ampere.
    peakFlopsPerSec: { bf16: 71e12, fp16: 71e12, fp8: null, int8: 284e12 },
    fp8Native: false,
    interconnect: "NVLink bridge 112.5 GB/s (2 cards); PCIe 4.0 x16",
    // interconnectLink: the optional 2-card NVLink bridge aside, servers link these over PCIe.
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-GeForce-RTX-3090", "GeForce-RTX-3090", "RTX3090", "3090"],
    source: "NVIDIA Ampere GA102 GPU architecture whitepaper, RTX 3090 column (https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf): 24 GB GDDR6X, 936 GB/s, FP16/BF16 tensor (FP32 acc.) 71/142 TFLOPS, INT8 284/568 TOPS"
  },
  {
    id: "RTX-4090",
    name: "NVIDIA GeForce RTX 4090",
    vendor: "nvidia",
    memoryBytes: 24564 * MiB,
    memorySource: "nvidia-smi reports 24564 MiB on GeForce RTX 4090 (driver 535.54.03, https://github.com/vllm-project/vllm/issues/7553; driver 550.163.01, https://github.com/RLinf/RLinf/issues/255)",
    cudaMemoryBytes: 24210 * MiB,
    cudaMemorySource: "nvidia-smi -q FB Memory Usage: Total 24564 MiB \u2212 Reserved 354 MiB (stored reading, find_string id 18112607671)",
    bandwidthBytesPerSec: 1008e9,
    // Ada whitepaper, FP32-accumulate rows: FP16/BF16 165.2 | 330.4 sparse, FP8 330.3 | 660.6 sparse;
    // INT8 660.6 | 1321.2 sparse. (The FP16-accumulate rows are twice as high.)
    peakFlopsPerSec: { bf16: 1652e11, fp16: 1652e11, fp8: 3303e11, int8: 6606e11 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x16 (no NVLink)",
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-GeForce-RTX-4090", "GeForce-RTX-4090", "RTX4090", "4090"],
    source: "NVIDIA Ada Lovelace GPU architecture whitepaper, RTX 4090 column (https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf): 24 GB GDDR6X, 1,008 GB/s, FP16/BF16 tensor (FP32 acc.) 165.2/330.4 TFLOPS, FP8 (FP32 acc.) 330.3/660.6, INT8 660.6/1,321.2 TOPS"
  },
  {
    id: "RTX-4070",
    name: "NVIDIA GeForce RTX 4070 (12GB)",
    vendor: "nvidia",
    memoryBytes: 12282 * MiB,
    memorySource: "nvidia-smi reports 12282 MiB on GeForce RTX 4070 (stored nvidia-smi tables, find_string ids 56909846328 and 2166409833)",
    bandwidthBytesPerSec: 504e9,
    // NVIDIA lists 466 "AI TOPS" (FP8 with sparsity, FP16 accumulate). Ada GeForce ratios as for the
    // RTX 4090 row (1,321 AI TOPS): FP16/BF16 (FP32 acc.) dense = AI TOPS / 8, FP8 (FP32 acc.) / 4,
    // INT8 dense / 2: 58.25 / 116.5 / 233 (= 46 SMs x 2.475 GHz x 512 FP16 FLOPs/clock/SM).
    peakFlopsPerSec: { bf16: 5825e10, fp16: 5825e10, fp8: 1165e11, int8: 233e12 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x16 (no NVLink)",
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-GeForce-RTX-4070", "GeForce-RTX-4070", "RTX4070", "4070"],
    source: "NVIDIA GeForce RTX 4070 family specs (https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4070-family/): RTX 4070 12 GB GDDR6X, 192-bit at 21 Gbps = 504 GB/s, 466 AI TOPS; ratios from the Ada whitepaper (https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf)"
  },
  {
    id: "RTX-4070-Laptop",
    name: "NVIDIA GeForce RTX 4070 Laptop GPU (8GB)",
    vendor: "nvidia",
    memoryBytes: 8188 * MiB,
    memorySource: "nvidia-smi reports 8188 MiB on GeForce RTX 4070 Laptop GPU (stored reports, find_string ids 66291279197, 59589865832 and 875855012)",
    bandwidthBytesPerSec: 256e9,
    // 321 AI TOPS (FP8 sparse) at the top of the TGP range; ratios as RTX-4070: 40.1 / 80.25 / 160.5
    // (= 36 SMs x 2.175 GHz x 512). Laptops run lower clocks at lower TGP.
    peakFlopsPerSec: { bf16: 401e11, fp16: 401e11, fp8: 8025e10, int8: 1605e11 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x8",
    // interconnectLink: PCIe 4.0 x8: 32 GB/s both directions.
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 32e9 },
    // KubeAI's default `nvidia-gpu-rtx4070-8gb` profile is this 8 GB part (the desktop RTX 4070 has 12 GB).
    aliases: ["NVIDIA-GeForce-RTX-4070-Laptop-GPU", "GeForce-RTX-4070-Laptop-GPU", "RTX-4070-Laptop-GPU", "nvidia-gpu-rtx4070-8gb"],
    source: "NVIDIA GeForce RTX 4070 Laptop GPU specs (https://www.nvidia.com/en-us/geforce/laptops/compare/): 8 GB GDDR6, 128-bit at 16 Gbps = 256 GB/s, up to 321 AI TOPS"
  },
  {
    id: "RTX-5090",
    name: "NVIDIA GeForce RTX 5090",
    vendor: "nvidia",
    memoryBytes: 32607 * MiB,
    memorySource: "nvidia-smi reports 32607 MiB on GeForce RTX 5090 (stored nvidia-smi tables, find_string ids 34759949062 and 55550718246)",
    bandwidthBytesPerSec: 1792e9,
    // RTX Blackwell whitepaper, FP32-accumulate rows: FP16/BF16 209.5 | 419 sparse, FP8 419 | 838
    // sparse; INT8 838 | 1,676 sparse; FP4 1,676 | 3,352 sparse (the "3,352 AI TOPS").
    peakFlopsPerSec: { bf16: 2095e11, fp16: 2095e11, fp8: 419e12, int8: 838e12, fp4: 1676e12 },
    fp8Native: true,
    interconnect: "PCIe 5.0 x16 (no NVLink)",
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 128e9 },
    aliases: ["NVIDIA-GeForce-RTX-5090", "GeForce-RTX-5090", "RTX5090", "5090"],
    source: "NVIDIA RTX Blackwell GPU architecture whitepaper, RTX 5090 column (https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf): 32 GB GDDR7, 1,792 GB/s, FP16/BF16 tensor (FP32 acc.) 209.5/419 TFLOPS, FP8 419/838, INT8 838/1,676 TOPS, FP4 1,676/3,352"
  },
  {
    id: "RTX-A6000",
    name: "NVIDIA RTX A6000",
    vendor: "nvidia",
    memoryBytes: 49140 * MiB,
    memorySource: "nvidia-smi reports 49140 MiB on RTX A6000 (stored nvidia-smi tables, find_string ids 54054618986 and 29086230745)",
    bandwidthBytesPerSec: 768e9,
    // Data sheet "Tensor performance 309.7 TFLOPS" is the sparse FP16 figure: 154.8 dense.
    peakFlopsPerSec: { bf16: 1548e11, fp16: 1548e11, fp8: null, int8: 3097e11 },
    fp8Native: false,
    interconnect: "NVLink bridge 112.5 GB/s (2 cards); PCIe 4.0 x16",
    // interconnectLink: the optional 2-card NVLink bridge aside, servers link these over PCIe.
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-RTX-A6000", "A6000", "RTXA6000"],
    source: "NVIDIA RTX A6000 data sheet (https://www.nvidia.com/en-us/design-visualization/rtx-a6000/) and GA102 whitepaper: 48 GB GDDR6, 768 GB/s, FP16/BF16 tensor 154.8/309.7 TFLOPS, INT8 309.7/619.4 TOPS"
  },
  {
    id: "RTX-6000-Ada",
    name: "NVIDIA RTX 6000 Ada Generation",
    vendor: "nvidia",
    memoryBytes: 49140 * MiB,
    memorySource: "nvidia-smi reports 49140 MiB on RTX 6000 Ada Generation (stored nvidia-smi table, find_string id 4018585421)",
    bandwidthBytesPerSec: 96e10,
    // Data sheet prints FP8 1,457 TFLOPS with sparsity: 728.5 dense; FP16/BF16 half of that.
    peakFlopsPerSec: { bf16: 3642e11, fp16: 3642e11, fp8: 7285e11, int8: 7285e11 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x16 (no NVLink)",
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-RTX-6000-Ada-Generation", "RTX-6000-Ada-Generation", "RTX6000-Ada", "RTX6000Ada"],
    source: "NVIDIA RTX 6000 Ada data sheet (https://www.nvidia.com/en-us/design-visualization/rtx-6000/) and Ada whitepaper: 48 GB GDDR6, 960 GB/s, FP8 728.5/1,457 TFLOPS, FP16/BF16 364.2/728.5, INT8 728.5/1,457 TOPS"
  },
  {
    id: "RTX-PRO-6000",
    name: "NVIDIA RTX PRO 6000 Blackwell (96GB)",
    vendor: "nvidia",
    memoryBytes: 97887 * MiB,
    memorySource: "nvidia-smi reports 97887 MiB on RTX PRO 6000 Blackwell Server Edition and Workstation Edition (stored nvidia-smi tables and logs, find_string ids 55414006193, 51775020357 and 70226878406)",
    bandwidthBytesPerSec: 1792e9,
    // 4,000 AI TOPS = FP4 with sparsity: dense FP4 2,000, FP8 1,000, FP16/BF16 500 (professional
    // Blackwell runs FP32-accumulate at full rate: 188 SMs x ~2.6 GHz x 1,024 FLOPs/clock/SM), INT8 1,000.
    peakFlopsPerSec: { bf16: 5e14, fp16: 5e14, fp8: 1e15, int8: 1e15, fp4: 2e15 },
    fp8Native: true,
    interconnect: "PCIe 5.0 x16 (no NVLink)",
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 128e9 },
    // All three editions (Workstation 600 W, Max-Q 300 W, Server) share the 188-SM GB202 and 96 GB
    // GDDR7 at 1,792 GB/s; clocks differ with power. GKE `nvidia-rtx-pro-6000` (G4), AWS g7e.
    aliases: [
      "NVIDIA-RTX-PRO-6000-Blackwell-Server-Edition",
      "NVIDIA-RTX-PRO-6000-Blackwell-Workstation-Edition",
      "NVIDIA-RTX-PRO-6000-Blackwell-Max-Q-Workstation-Edition",
      "RTX-PRO-6000-Blackwell",
      "RTX-PRO-6000-Blackwell-Server-Edition",
      "nvidia-rtx-pro-6000",
      "RTXPRO6000"
    ],
    source: "NVIDIA RTX PRO 6000 Blackwell data sheets (https://www.nvidia.com/en-us/products/workstations/professional-desktop-gpus/rtx-pro-6000/, https://www.nvidia.com/en-us/data-center/rtx-pro-6000-blackwell-server-edition/): 96 GB GDDR7, 512-bit at 28 Gbps = 1,792 GB/s, 4,000 AI TOPS (FP4, sparse), 24,064 CUDA cores (188 SMs)"
  },
  // ---------------------------------------------------------------- NVIDIA data-center PCIe
  {
    id: "T4",
    name: "NVIDIA T4",
    vendor: "nvidia",
    memoryBytes: 15360 * MiB,
    memorySource: "nvidia-smi reports 15360 MiB on Tesla T4 (driver 535.183.01, https://github.com/robbyant-research/MagicQuill/issues/57; Modal's list, https://github.com/modal-labs/modal-client/pull/2797)",
    cudaMemoryBytes: 14967 * MiB,
    cudaMemorySource: "nvidia-smi -q FB Memory Usage: Total 15360 MiB \u2212 Reserved 393 MiB (stored reading, find_string id 22551222574)",
    bandwidthBytesPerSec: 32e10,
    // Turing has no BF16 tensor path: bf16 carries the FP16 mixed-precision figure (BF16 models run
    // as FP16 on T4). No FP8. INT8 130 TOPS is dense (the data sheet has no sparsity).
    peakFlopsPerSec: { bf16: 65e12, fp16: 65e12, fp8: null, int8: 13e13 },
    fp8Native: false,
    interconnect: "PCIe 3.0 x16",
    // interconnectLink: PCIe 3.0 x16: 32 GB/s both directions.
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 32e9 },
    // GKE `nvidia-tesla-t4`; AWS g5g's T4G is the same silicon and memory (SkyPilot `T4g`).
    aliases: ["Tesla-T4", "NVIDIA-T4", "NVIDIA-Tesla-T4", "T4g", "nvidia-gpu-t4"],
    source: "NVIDIA T4 data sheet (https://www.nvidia.com/en-us/data-center/tesla-t4/): 16 GB GDDR6, 320 GB/s, mixed-precision FP16/FP32 65 TFLOPS, INT8 130 TOPS"
  },
  {
    id: "A10",
    name: "NVIDIA A10",
    vendor: "nvidia",
    memoryBytes: 23028 * MiB,
    memorySource: "nvidia-smi reports 23028 MiB on A10 (Modal's list, https://github.com/modal-labs/modal-client/pull/2797; stored nvidia-smi tables, find_string ids 31700982425 and 53238574313)",
    bandwidthBytesPerSec: 6e11,
    peakFlopsPerSec: { bf16: 125e12, fp16: 125e12, fp8: null, int8: 25e13 },
    fp8Native: false,
    interconnect: "PCIe 4.0 x16",
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-A10"],
    source: "NVIDIA A10 data sheet (https://www.nvidia.com/en-us/data-center/products/a10-gpu/): 24 GB GDDR6, 600 GB/s, BF16/FP16 tensor 125/250 TFLOPS, INT8 250/500 TOPS"
  },
  {
    id: "A10G",
    name: "NVIDIA A10G (AWS)",
    vendor: "nvidia",
    memoryBytes: 23028 * MiB,
    memorySource: "nvidia-smi reports 23028 MiB on A10G (driver 535.247.01, https://github.com/NVIDIA/DCGM/issues/232)",
    cudaMemoryBytes: 22509 * MiB,
    cudaMemorySource: "nvidia-smi -q FB Memory Usage: Total 23028 MiB \u2212 Reserved 519 MiB, the median of 304, 512, 526, 526 (stored readings, find_string ids 70772490119, 33251897520, 30620164557, 8911333273)",
    bandwidthBytesPerSec: 6e11,
    // AWS-only variant with no public NVIDIA data sheet; its tensor rate is about 56% of the A10's.
    peakFlopsPerSec: { bf16: 7e13, fp16: 7e13, fp8: null, int8: 14e13 },
    fp8Native: false,
    interconnect: "PCIe 4.0 x16",
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-A10G"],
    source: "AWS EC2 G5 spec sheet (https://aws.amazon.com/ec2/instance-types/g5/) and Baseten's A10 vs A10G spec comparison (https://www.baseten.co/blog/nvidia-a10-vs-a10g-for-ml-model-inference/): 24 GB GDDR6, 600 GB/s, FP16/BF16 tensor 70 TFLOPS, INT8 140 TOPS"
  },
  {
    id: "L4",
    name: "NVIDIA L4",
    vendor: "nvidia",
    memoryBytes: 23034 * MiB,
    memorySource: "nvidia-smi reports 23034 MiB on L4 (driver 525.105.17, https://github.com/vllm-project/vllm/issues/785; driver 555.42.06, https://github.com/vllm-project/vllm/issues/10156)",
    cudaMemoryBytes: 22478 * MiB,
    cudaMemorySource: "nvidia-smi -q FB Memory Usage: Total 23034 MiB \u2212 Reserved 556 MiB (stored reading, find_string id 32260280052)",
    bandwidthBytesPerSec: 3e11,
    // Data sheet figures are with sparsity: BF16 242 -> 121, FP8 485 -> 242.5, INT8 485 -> 242.5.
    peakFlopsPerSec: { bf16: 121e12, fp16: 121e12, fp8: 2425e11, int8: 2425e11 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x16",
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-L4", "nvidia-gpu-l4"],
    source: "NVIDIA L4 data sheet (https://www.nvidia.com/en-us/data-center/l4/): 24 GB GDDR6, 300 GB/s, FP16/BF16 tensor 242 TFLOPS*, FP8 485 TFLOPS*, INT8 485 TOPS* (*with sparsity)"
  },
  {
    id: "L40",
    name: "NVIDIA L40",
    vendor: "nvidia",
    memoryBytes: 46068 * MiB,
    memorySource: "nvidia-smi reports 46068 MiB on L40 (stored nvidia-smi tables, find_string ids 15020386292 and 59527357058)",
    bandwidthBytesPerSec: 864e9,
    // Data sheet with sparsity: BF16/FP16 362.1 -> 181.05, FP8 724 -> 362, INT8 724 -> 362.
    peakFlopsPerSec: { bf16: 18105e10, fp16: 18105e10, fp8: 362e12, int8: 362e12 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x16 (no NVLink)",
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-L40"],
    source: "NVIDIA L40 data sheet (https://www.nvidia.com/en-us/data-center/l40/): 48 GB GDDR6 with ECC, 864 GB/s, BF16/FP16 tensor 181.05 | 362.1* TFLOPS, FP8 362 | 724*, INT8 362 | 724* TOPS (*with sparsity)"
  },
  {
    id: "A16",
    name: "NVIDIA A16 (one of the board's four GPUs)",
    vendor: "nvidia",
    // The board carries four GA107 GPUs of 16 GB each; software and Kubernetes see four devices.
    memoryBytes: 15356 * MiB,
    memorySource: "nvidia-smi reports 15356 MiB per A16 GPU (driver 580.95.05, stored nvidia-smi tables, find_string ids 8455032598 and 71051116011)",
    bandwidthBytesPerSec: 2e11,
    // Per GPU, the data sheet's "4x" figures: FP16 tensor 35.9 | 71.9* TFLOPS, INT8 71.8 | 143.7* TOPS.
    // Ampere: BF16 at the FP16 rate, no FP8.
    peakFlopsPerSec: { bf16: 359e11, fp16: 359e11, fp8: null, int8: 718e11 },
    fp8Native: false,
    interconnect: "PCIe 4.0 x16 (shared by the board's four GPUs)",
    // interconnectLink: PCIe 4.0 x16, shared by the board's four GPUs.
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-A16", "nvidia-gpu-a16"],
    source: "NVIDIA A16 data sheet (https://www.nvidia.com/en-us/data-center/products/a16-gpu/): 4 GPUs x 16 GB GDDR6, 4 x 200 GB/s, FP16 tensor 4 x 35.9 | 71.9* TFLOPS, INT8 4 x 71.8 | 143.7* TOPS (*with sparsity)"
  },
  {
    id: "L40S",
    name: "NVIDIA L40S",
    vendor: "nvidia",
    memoryBytes: 46068 * MiB,
    memorySource: "nvidia-smi reports 46068 MiB on L40S (driver 595.71.05, `--query-gpu=memory.total`, https://github.com/akash-network/provider-configs/pull/99; Modal's list, https://github.com/modal-labs/modal-client/pull/2797)",
    cudaMemoryBytes: 45403 * MiB,
    cudaMemorySource: "nvidia-smi -q FB Memory Usage on 46068-MiB cards: Total \u2212 Reserved 665 MiB, the median of 450, 471, 665, 685, 685 (stored readings, find_string ids 9641821283, 70173168480, 32335715336, 19115087600)",
    bandwidthBytesPerSec: 864e9,
    peakFlopsPerSec: { bf16: 36205e10, fp16: 36205e10, fp8: 733e12, int8: 733e12 },
    fp8Native: true,
    interconnect: "PCIe 4.0 x16 (no NVLink)",
    memoryTechnology: "gddr",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-L40S", "nvidia-gpu-l40s"],
    source: "NVIDIA L40S data sheet (https://www.nvidia.com/en-us/data-center/l40s/): 48 GB GDDR6, 864 GB/s, BF16/FP16 tensor 362.05 | 733* TFLOPS, FP8 733 | 1,466*, INT8 733 | 1,466* TOPS (*with sparsity)"
  },
  // ---------------------------------------------------------------- NVIDIA Volta / Ampere SXM and PCIe
  {
    id: "V100-16GB",
    name: "NVIDIA Tesla V100 SXM2 16GB",
    vendor: "nvidia",
    memoryBytes: 16384 * MiB,
    memorySource: "nvidia-smi reports 16384 MiB on Tesla V100-SXM2-16GB (stored nvidia-smi tables, find_string ids 21184045584 and 8959097836)",
    bandwidthBytesPerSec: 9e11,
    // Volta tensor cores do FP16 only: bf16 carries the FP16 figure. No INT8 tensor path (the data
    // sheet lists none; DP4A on the CUDA cores is not counted).
    peakFlopsPerSec: { bf16: 125e12, fp16: 125e12, fp8: null, int8: null },
    fp8Native: false,
    interconnect: "NVLink 2: 300 GB/s",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 3e11 },
    // Bare `V100` (GKE `nvidia-tesla-v100`, AWS p3, Ray, SkyPilot) is the 16 GB part.
    aliases: ["Tesla-V100-SXM2-16GB", "V100-SXM2-16GB", "nvidia-tesla-v100", "V100"],
    source: "NVIDIA V100 data sheet (https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf), SXM2 column: 16 GB HBM2, 900 GB/s, tensor (FP16) 125 TFLOPS"
  },
  {
    id: "V100-32GB",
    name: "NVIDIA Tesla V100 SXM2 32GB",
    vendor: "nvidia",
    memoryBytes: 32768 * MiB,
    memorySource: "nvidia-smi reports 32768 MiB on Tesla V100-SXM2-32GB (stored nvidia-smi tables, find_string ids 56951918035 and 70902377371)",
    bandwidthBytesPerSec: 9e11,
    // As V100-16GB: bf16 carries the FP16 figure, no INT8 tensor path.
    peakFlopsPerSec: { bf16: 125e12, fp16: 125e12, fp8: null, int8: null },
    fp8Native: false,
    interconnect: "NVLink 2: 300 GB/s",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 3e11 },
    aliases: ["Tesla-V100-SXM2-32GB", "V100-SXM2-32GB"],
    source: "NVIDIA V100 data sheet (https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf), SXM2 column: 32 GB HBM2, 900 GB/s, tensor (FP16) 125 TFLOPS"
  },
  {
    id: "A100-40GB",
    name: "NVIDIA A100 SXM4 40GB",
    vendor: "nvidia",
    memoryBytes: 40960 * MiB,
    memorySource: "nvidia-smi reports 40960 MiB on A100-SXM4-40GB (driver 580.126.09, https://github.com/bottlerocket-os/bottlerocket-core-kit/pull/834; Modal's list, https://github.com/modal-labs/modal-client/pull/2797); R470 drivers showed 40536 MiB (https://github.com/nanopool/phoenix-miner/issues/17)",
    cudaMemoryBytes: 40340 * MiB,
    cudaMemorySource: "nvidia-smi -q FB Memory Usage: Total 40960 MiB \u2212 Reserved 620 MiB (stored reading, find_string id 47337582899); vLLM prints total_gpu_memory (39.38GiB) on A100 40GB (https://github.com/vllm-project/vllm/issues/16570)",
    bandwidthBytesPerSec: 1555e9,
    peakFlopsPerSec: { bf16: 312e12, fp16: 312e12, fp8: null, int8: 624e12 },
    fp8Native: false,
    interconnect: "NVLink 3: 600 GB/s",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 6e11 },
    // GKE `nvidia-tesla-a100` is the 40 GB part (a2-highgpu); Ray `A100-40G`. Bare `A100` lands
    // here too: SkyPilot's `A100`, GKE's `nvidia-tesla-a100` and AWS p4d (Karpenter `a100`) all
    // mean the 40 GB part, and reading the smaller card never reports a fit that is not there.
    aliases: ["NVIDIA-A100-SXM4-40GB", "A100-SXM4-40GB", "nvidia-tesla-a100", "A100-40G", "A100-SXM-40GB", "A100", "nvidia-gpu-a100-40gb"],
    source: "NVIDIA A100 data sheet (https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf), A100 40GB SXM: 1,555 GB/s, BF16/FP16 tensor 312/624 TFLOPS, INT8 624/1,248 TOPS"
  },
  {
    id: "A100-80GB",
    name: "NVIDIA A100 SXM4 80GB",
    vendor: "nvidia",
    memoryBytes: 81920 * MiB,
    memorySource: "nvidia-smi reports 81920 MiB on A100-SXM4-80GB (driver 525.85.12, https://github.com/allenai/PeerRead/issues/40; Modal's list, https://github.com/modal-labs/modal-client/pull/2797)",
    cudaMemoryBytes: 81183 * MiB,
    cudaMemorySource: "CUDA runtime, derived: two vLLM 0.10.1.1 runs on one A100 80GB differing only in gpu_memory_utilization (0.25: 5.01 GiB of KV cache, 0.5: 24.83 GiB) give (24.83 \u2212 5.01) \xF7 0.25 = 79.28 GiB \xB10.04 (https://github.com/dennislee22/vLLM-benchmarking log/vllm-7B-1gpuA10080GB-0.25GRAM.log, -0.5GRAM.log); nvidia-smi -q shows Reserved 763 and 834 MiB (find_string ids 32739575594, 13803600594)",
    bandwidthBytesPerSec: 2039e9,
    peakFlopsPerSec: { bf16: 312e12, fp16: 312e12, fp8: null, int8: 624e12 },
    fp8Native: false,
    interconnect: "NVLink 3: 600 GB/s",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 6e11 },
    aliases: ["NVIDIA-A100-SXM4-80GB", "A100-SXM4-80GB", "nvidia-a100-80gb", "A100-80G", "A100-SXM-80GB", "nvidia-gpu-a100-80gb"],
    source: "NVIDIA A100 data sheet (https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf), A100 80GB SXM: 2,039 GB/s, BF16/FP16 tensor 312/624 TFLOPS, INT8 624/1,248 TOPS"
  },
  {
    id: "A100-40GB-PCIE",
    name: "NVIDIA A100 PCIe 40GB",
    vendor: "nvidia",
    memoryBytes: 40960 * MiB,
    memorySource: "nvidia-smi reports 40960 MiB on A100-PCIE-40GB (stored nvidia-smi tables, find_string ids 5734536463 and 53764840843)",
    bandwidthBytesPerSec: 1555e9,
    peakFlopsPerSec: { bf16: 312e12, fp16: 312e12, fp8: null, int8: 624e12 },
    fp8Native: false,
    interconnect: "NVLink bridge 600 GB/s (2 cards); PCIe 4.0 x16",
    // interconnectLink: the optional 2-card NVLink bridge aside, servers link these over PCIe.
    memoryTechnology: "hbm",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-A100-PCIE-40GB", "A100-PCIE-40GB"],
    source: "NVIDIA A100 data sheet, 40GB PCIe column (https://www.nvidia.com/en-us/data-center/a100/): 1,555 GB/s, BF16/FP16 tensor 312/624 TFLOPS, INT8 624/1,248 TOPS"
  },
  {
    id: "A100-80GB-PCIE",
    name: "NVIDIA A100 PCIe 80GB",
    vendor: "nvidia",
    memoryBytes: 81920 * MiB,
    memorySource: "nvidia-smi reports 81920 MiB on A100 80GB PCIe (stored nvidia-smi tables, find_string ids 70130704178 and 61951418951)",
    bandwidthBytesPerSec: 1935e9,
    peakFlopsPerSec: { bf16: 312e12, fp16: 312e12, fp8: null, int8: 624e12 },
    fp8Native: false,
    interconnect: "NVLink bridge 600 GB/s (2 cards); PCIe 4.0 x16",
    // interconnectLink: the optional 2-card NVLink bridge aside, servers link these over PCIe.
    memoryTechnology: "hbm",
    interconnectLink: { kind: "pcie", bytesPerSec: 64e9 },
    aliases: ["NVIDIA-A100-80GB-PCIe", "A100-PCIE-80GB"],
    source: "NVIDIA A100 data sheet (https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf), A100 80GB PCIe: 1,935 GB/s, BF16/FP16 tensor 312/624 TFLOPS, INT8 624/1,248 TOPS"
  },
  // ---------------------------------------------------------------- NVIDIA Hopper
  {
    id: "H100-SXM",
    name: "NVIDIA H100 SXM5 80GB",
    vendor: "nvidia",
    memoryBytes: 81559 * MiB,
    memorySource: "nvidia-smi reports 81559 MiB on H100 80GB HBM3 (driver 550.54.15, https://github.com/NVIDIA/nccl/issues/1264; driver 550.90.07, https://github.com/wilicc/gpu-burn/issues/114; Modal: 85520809984 bytes, https://github.com/modal-labs/modal-client/pull/2797)",
    cudaMemoryBytes: 81090 * MiB,
    cudaMemorySource: "CUDA runtime: torch reports total_memory=81090MB for NVIDIA H100 80GB HBM3 (stored listing, find_string id 53763892014; 81082 and 81089 MB under other drivers, ids 16920867219, 43466784132); vLLM 0.11 prints Free memory on device (78.57/79.18 GiB) (https://github.com/llm-d/llm-d-benchmark config_explorer/empirical-vllm-memory-results.md)",
    bandwidthBytesPerSec: 335e10,
    // Data sheet: BF16 1,979 / FP8 3,958 / INT8 3,958 with sparsity. The Hopper whitepaper gives
    // the dense figures exactly: 989.4 / 1,978.9 / 1,978.9.
    peakFlopsPerSec: { bf16: 9894e11, fp16: 9894e11, fp8: 19789e11, int8: 19789e11 },
    fp8Native: true,
    interconnect: "NVLink 4: 900 GB/s",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 9e11 },
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
      "nvidia-gpu-h100"
    ],
    source: "NVIDIA H100 data sheet (https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet), H100 SXM: 80 GB, 3.35 TB/s, BF16 1,979*, FP8 3,958*, INT8 3,958* (*sparse); dense 989.4/1,978.9/1,978.9 from the NVIDIA H100 whitepaper (https://resources.nvidia.com/en-us-tensor-core/gtc22-whitepaper-hopper)"
  },
  {
    id: "H100-PCIE",
    name: "NVIDIA H100 PCIe 80GB",
    vendor: "nvidia",
    memoryBytes: 81559 * MiB,
    memorySource: "nvidia-smi reports 81559 MiB on H100 PCIe (stored nvidia-smi tables, find_string ids 31353373741 and 375550049)",
    bandwidthBytesPerSec: 2e12,
    // Sparse data-sheet figures halved: BF16 1,513 -> 756.5, FP8 3,026 -> 1,513, INT8 3,026 -> 1,513.
    peakFlopsPerSec: { bf16: 7565e11, fp16: 7565e11, fp8: 1513e12, int8: 1513e12 },
    fp8Native: true,
    interconnect: "NVLink bridge 600 GB/s (2 cards); PCIe 5.0 x16",
    // interconnectLink: the optional 2-card NVLink bridge aside, servers link these over PCIe.
    memoryTechnology: "hbm",
    interconnectLink: { kind: "pcie", bytesPerSec: 128e9 },
    aliases: ["NVIDIA-H100-PCIe", "H100-PCIe-80GB"],
    source: "NVIDIA H100 data sheet (https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet), H100 PCIe: 80 GB, 2 TB/s, BF16 1,513*, FP8 3,026*, INT8 3,026* TOPS (*with sparsity)"
  },
  {
    id: "H100-NVL",
    name: "NVIDIA H100 NVL 94GB",
    vendor: "nvidia",
    memoryBytes: 95830 * MiB,
    memorySource: "nvidia-smi reports 95830 MiB on H100 NVL (stored nvidia-smi tables, find_string ids 22207881571 and 12249344301)",
    bandwidthBytesPerSec: 39e11,
    // Per GPU (the card ships in NVLink-bridged pairs). Sparse figures halved: BF16 1,671 -> 835.5,
    // FP8 3,341 -> 1,670.5, INT8 3,341 -> 1,670.5.
    peakFlopsPerSec: { bf16: 8355e11, fp16: 8355e11, fp8: 16705e11, int8: 16705e11 },
    fp8Native: true,
    interconnect: "NVLink bridge 600 GB/s; PCIe 5.0 x16",
    // interconnectLink: NVLink bridge within a pair; more than two cards also cross PCIe.
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 6e11 },
    aliases: ["NVIDIA-H100-NVL", "H100-NVL-94GB", "H100NVL"],
    source: "NVIDIA H100 data sheet (https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet), H100 NVL: 94 GB, 3.9 TB/s, BF16 1,671*, FP8 3,341*, INT8 3,341* TOPS (*with sparsity)"
  },
  {
    id: "H200",
    name: "NVIDIA H200 SXM 141GB",
    vendor: "nvidia",
    memoryBytes: 143771 * MiB,
    memorySource: "nvidia-smi reports 143771 MiB on H200 (driver 570.158.01, stored nvidia-smi table, find_string ids 6737105653 and 61400290898)",
    cudaMemoryBytes: 143155 * MiB,
    cudaMemorySource: "CUDA runtime: vLLM prints Free memory on device (34.51/139.8 GiB) on a 141 GB Hopper (stored report, find_string id 67142867532): 139.80 GiB = 143,155 MiB \xB15; nvidia-smi -q shows Total 143771 MiB, Reserved 700 MiB under another driver (find_string id 9046480431)",
    bandwidthBytesPerSec: 48e11,
    // Same GH100 compute as H100 SXM: data sheet's sparse BF16 1,979 / FP8 3,958 halved, taken at
    // the whitepaper's exact dense values.
    peakFlopsPerSec: { bf16: 9894e11, fp16: 9894e11, fp8: 19789e11, int8: 19789e11 },
    fp8Native: true,
    interconnect: "NVLink 4: 900 GB/s",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 9e11 },
    aliases: ["NVIDIA-H200", "nvidia-h200-141gb", "H200-141GB", "H200-SXM", "H200-SXM5"],
    source: "NVIDIA H200 data sheet (https://www.nvidia.com/en-us/data-center/h200/), H200 SXM: 141 GB HBM3e, 4.8 TB/s, BF16 1,979*, FP8 3,958*, INT8 3,958* TOPS (*with sparsity)"
  },
  {
    id: "H200-NVL",
    name: "NVIDIA H200 NVL 141GB",
    vendor: "nvidia",
    memoryBytes: 143771 * MiB,
    memorySource: "nvidia-smi reports 143771 MiB on H200 NVL (stored nvidia-smi table, find_string id 57754680604)",
    bandwidthBytesPerSec: 48e11,
    // Sparse figures halved: BF16 1,671 -> 835.5, FP8 3,341 -> 1,670.5, INT8 3,341 -> 1,670.5.
    peakFlopsPerSec: { bf16: 8355e11, fp16: 8355e11, fp8: 16705e11, int8: 16705e11 },
    fp8Native: true,
    interconnect: "NVLink bridge 900 GB/s (2- or 4-way); PCIe 5.0 x16",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 9e11 },
    aliases: ["NVIDIA-H200-NVL", "H200NVL"],
    source: "NVIDIA H200 data sheet (https://www.nvidia.com/en-us/data-center/h200/), H200 NVL: 141 GB HBM3e, 4.8 TB/s, BF16 1,671*, FP8 3,341*, INT8 3,341* TOPS (*with sparsity)"
  },
  {
    id: "H20",
    name: "NVIDIA H20 96GB",
    vendor: "nvidia",
    memoryBytes: 97871 * MiB,
    memorySource: "nvidia-smi reports 97871 MiB on H20 (stored nvidia-smi tables, find_string ids 10232534572 and 69782509629)",
    bandwidthBytesPerSec: 4e12,
    // Export-limited GH100: data sheet BF16/FP16 148, FP8 296, INT8 296 (dense).
    peakFlopsPerSec: { bf16: 148e12, fp16: 148e12, fp8: 296e12, int8: 296e12 },
    fp8Native: true,
    interconnect: "NVLink 4: 900 GB/s",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 9e11 },
    aliases: ["NVIDIA-H20", "H20-96GB"],
    source: "NVIDIA HGX H20 data sheet (not on nvidia.com; as NVIDIA partners publish it): 96 GB HBM3, 4.0 TB/s, FP16/BF16 148 TFLOPS, FP8 296 TFLOPS, INT8 296 TOPS, NVLink 900 GB/s"
  },
  {
    id: "GH200-96GB",
    name: "NVIDIA GH200 Grace Hopper (96GB HBM3)",
    vendor: "nvidia",
    // The Hopper GPU of the superchip; the Grace CPU's LPDDR5X (the "480GB" or "120GB" of the product
    // name) is host memory reached over NVLink-C2C, not device memory.
    memoryBytes: 97871 * MiB,
    memorySource: "nvidia-smi reports 97871 MiB on NVIDIA GH200 480GB (stored nvidia-smi tables, find_string ids 11944879968 and 26295106233)",
    bandwidthBytesPerSec: 4e12,
    // Same GH100 compute as H100 SXM: data sheet sparse BF16 1,979 / FP8 3,958 halved.
    peakFlopsPerSec: { bf16: 9894e11, fp16: 9894e11, fp8: 19789e11, int8: 19789e11 },
    fp8Native: true,
    interconnect: "NVLink-C2C 900 GB/s to Grace; NVLink 4: 900 GB/s between superchips",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 9e11 },
    // Bare `GH200` and KubeAI's `nvidia-gpu-gh200` mean this, the smaller HBM part (Lambda's and
    // CoreWeave's `GH200_480GB`).
    aliases: ["NVIDIA-GH200-480GB", "GH200-480GB", "NVIDIA-GH200-120GB", "GH200-120GB", "GH200", "nvidia-gpu-gh200"],
    source: "NVIDIA GH200 Grace Hopper Superchip data sheet (https://resources.nvidia.com/en-us-grace-cpu/grace-hopper-superchip): 96 GB HBM3, 4 TB/s, FP16/BF16 1,979* TFLOPS, FP8 3,958* TFLOPS, INT8 3,958* TOPS (*with sparsity), NVLink-C2C 900 GB/s"
  },
  {
    id: "GH200-144GB",
    name: "NVIDIA GH200 Grace Hopper (144GB HBM3e)",
    vendor: "nvidia",
    memoryBytes: 146831 * MiB,
    memorySource: "nvidia-smi reports 146831 MiB on NVIDIA GH200 144G HBM3e (driver 580.173.02, `--query-gpu=memory.total`, find_string id 57699609541)",
    bandwidthBytesPerSec: 49e11,
    peakFlopsPerSec: { bf16: 9894e11, fp16: 9894e11, fp8: 19789e11, int8: 19789e11 },
    fp8Native: true,
    interconnect: "NVLink-C2C 900 GB/s to Grace; NVLink 4: 900 GB/s between superchips",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 9e11 },
    aliases: ["NVIDIA-GH200-144G-HBM3e", "GH200-144G-HBM3e", "GH200-144GB-HBM3e"],
    source: "NVIDIA GH200 Grace Hopper Superchip data sheet (https://resources.nvidia.com/en-us-grace-cpu/grace-hopper-superchip): 144 GB HBM3e, 4.9 TB/s, FP16/BF16 1,979* TFLOPS, FP8 3,958* TFLOPS, INT8 3,958* TOPS (*with sparsity)"
  },
  // ---------------------------------------------------------------- NVIDIA Blackwell
  {
    id: "B200",
    name: "NVIDIA B200 (HGX/DGX B200)",
    vendor: "nvidia",
    memoryBytes: 183359 * MiB,
    memorySource: "nvidia-smi reports 183359 MiB on B200 (driver 570.172.08, stored nvidia-smi tables, find_string ids 58056079371 and 9174932594)",
    bandwidthBytesPerSec: 8e12,
    // HGX B200 figures are for 8 GPUs, with sparsity: FP16/BF16 36 PF, FP8 72 PF, INT8 72 POPS,
    // FP4 144 PF -> per GPU dense 2.25 / 4.5 / 4.5 / 9 PF. Memory 1.44 TB / 8 = 180 GB per GPU
    // (the early "192 GB" figure is the raw HBM; 180 GB is what ships).
    peakFlopsPerSec: { bf16: 225e13, fp16: 225e13, fp8: 45e14, int8: 45e14, fp4: 9e15 },
    fp8Native: true,
    interconnect: "NVLink 5: 1.8 TB/s",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 18e11 },
    aliases: ["NVIDIA-B200", "B200-SXM", "B200-180GB"],
    source: "NVIDIA HGX B200 spec table (https://www.nvidia.com/en-us/data-center/hgx/) and DGX B200 data sheet: 8 GPUs, 1,440 GB HBM3e, 64 TB/s, FP4 144 PF*, FP8 72 PF*, INT8 72 POPS*, FP16/BF16 36 PF* (*with sparsity)"
  },
  {
    id: "B300",
    name: "NVIDIA B300 (HGX B300, Blackwell Ultra)",
    vendor: "nvidia",
    memoryBytes: 275040 * MiB,
    memorySource: "nvidia-smi reports 275040 MiB on NVIDIA B300 SXM6 AC (stored nvidia-smi tables, find_string ids 62548362303 and 63390294774)",
    bandwidthBytesPerSec: 8e12,
    // HGX B300 figures are for 8 GPUs: FP4 144 PF sparse | 108 PF dense, FP8 72 PF*, FP16/BF16 36 PF*,
    // INT8 3 POPS -> per GPU dense FP4 13.5 PF, FP8 4.5, FP16/BF16 2.25, INT8 0.375 (Blackwell Ultra
    // trims INT8; the table's INT8 figure is taken as printed).
    peakFlopsPerSec: { bf16: 225e13, fp16: 225e13, fp8: 45e14, int8: 375e12, fp4: 135e14 },
    fp8Native: true,
    interconnect: "NVLink 5: 1.8 TB/s",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 18e11 },
    aliases: ["NVIDIA-B300-SXM6-AC", "B300-SXM6-AC", "nvidia-b300", "B300-SXM", "B300-288GB"],
    source: "NVIDIA HGX B300 spec table (https://www.nvidia.com/en-us/data-center/hgx/): 8 GPUs, 2.1 TB HBM3e (288 GB per GPU), 8 TB/s per GPU, FP4 144 | 108 PF, FP8 72 PF*, INT8 3 POPS, FP16/BF16 36 PF* (*with sparsity)"
  },
  {
    id: "GB200",
    name: "NVIDIA GB200 (one Blackwell GPU of a Grace Blackwell superchip)",
    vendor: "nvidia",
    memoryBytes: 189471 * MiB,
    memorySource: "nvidia-smi reports 189471 MiB on GB200 (stored nvidia-smi tables, find_string ids 58750094259 and 54650828460)",
    bandwidthBytesPerSec: 8e12,
    // GB200 NVL72 figures are for 72 GPUs, with sparsity: FP16/BF16 360 PF, FP8 720 PF, INT8 720
    // POPS, FP4 1,440 PF -> per GPU dense 2.5 / 5 / 5 / 10 PF. HBM 13.4 TB / 72 = 186 GB per GPU
    // (superchip: 372 GB for its two GPUs); 576 TB/s / 72 = 8 TB/s.
    peakFlopsPerSec: { bf16: 25e14, fp16: 25e14, fp8: 5e15, int8: 5e15, fp4: 1e16 },
    fp8Native: true,
    interconnect: "NVLink 5: 1.8 TB/s (72-GPU NVLink domain in NVL72)",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "nvlink", bytesPerSec: 18e11 },
    aliases: ["NVIDIA-GB200", "GB200-NVL72"],
    source: "NVIDIA GB200 NVL72 spec table (https://www.nvidia.com/en-us/data-center/gb200-nvl72/): 72 GPUs, 13.4 TB HBM3e, 576 TB/s, FP4 1,440 PF*, FP8 720 PF*, INT8 720 POPS*, FP16/BF16 360 PF* (*with sparsity)"
  },
  // ---------------------------------------------------------------- AMD Instinct
  {
    id: "MI250X",
    name: "AMD Instinct MI250X (one GCD, half of the OAM module)",
    vendor: "amd",
    // The OAM module carries two GCDs that software and Kubernetes (`amd.com/gpu`) see as two
    // devices of 64 GB each; figures here are per GCD, i.e. half the module's data-sheet figures:
    // 128 GB -> 64, 3.2768 TB/s -> 1.6384, FP16/BF16 383 TFLOPS -> 191.5, INT8 383 TOPS -> 191.5.
    memoryBytes: 65520 * MiB,
    memorySource: "the HIP runtime reports 68702699520 bytes (65520 MiB) per MI250X GCD (Cray ACC runtime on gfx90a, find_string id 8989705472; KFD mem_banks size_in_bytes, find_string id 1624181076)",
    bandwidthBytesPerSec: 16384e8,
    peakFlopsPerSec: { bf16: 1915e11, fp16: 1915e11, fp8: null, int8: 1915e11 },
    fp8Native: false,
    interconnect: "Infinity Fabric",
    // interconnectLink: data sheet: 8 Infinity Fabric links of 100 GB/s per OAM module; half per GCD (assumed).
    memoryTechnology: "hbm",
    interconnectLink: { kind: "xgmi", bytesPerSec: 4e11 },
    aliases: ["AMD-Instinct-MI250X", "AMD_Instinct_MI250X", "amd-mi250x"],
    source: "AMD Instinct MI250X data sheet (https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html), per OAM module: 128 GB HBM2e, 3.2768 TB/s, FP16/BF16 matrix 383 TFLOPS, INT8 383 TOPS; halved per GCD"
  },
  {
    id: "MI300X",
    name: "AMD Instinct MI300X",
    vendor: "amd",
    memoryBytes: 196592 * MiB,
    memorySource: "rocm-smi reports VRAM Total Memory 206141652992 bytes (196592 MiB) on MI300X OAM (stored rocm-smi outputs, find_string ids 52123097921 and 58570126121); some firmware reports 205822885888 (find_string id 70352164058)",
    bandwidthBytesPerSec: 53e11,
    // Dense figures; AMD's "with structured sparsity" numbers are twice these.
    peakFlopsPerSec: { bf16: 13074e11, fp16: 13074e11, fp8: 26149e11, int8: 26149e11 },
    fp8Native: true,
    interconnect: "Infinity Fabric: 896 GB/s (7 links x 128 GB/s)",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "xgmi", bytesPerSec: 896e9 },
    aliases: ["AMD-Instinct-MI300X-OAM", "AMD_Instinct_MI300X_OAM", "AMD-Instinct-MI300X", "AMD_Instinct_MI300X", "amd-mi300x", "AMD-MI300X-192G", "amd-gpu-mi300x"],
    source: "AMD Instinct MI300X data sheet (https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html): 192 GB HBM3, 5.3 TB/s, FP16/BF16 1,307.4 TFLOPS, FP8 2,614.9 TFLOPS, INT8 2,614.9 TOPS (dense)"
  },
  {
    id: "MI300A",
    name: "AMD Instinct MI300A (APU)",
    vendor: "amd",
    // CPU and GPU share the one 128 GB HBM3 pool (an APU): the OS and host processes live in it too,
    // hence unifiedMemory and its lower default memory fraction.
    memoryBytes: 128 * GiB,
    memorySource: "data sheet only: 128 GB HBM3 shared by CPU and GPU read as 128 GiB; rocm-smi reports a VRAM carve-out, not the unified pool (https://github.com/ROCm/legacy-rocm-build/issues/4750)",
    bandwidthBytesPerSec: 53e11,
    // 228 CDNA 3 CUs (MI300X has 304): dense FP16/BF16 980.6 TFLOPS, FP8 and INT8 1,961.2.
    peakFlopsPerSec: { bf16: 9806e11, fp16: 9806e11, fp8: 19612e11, int8: 19612e11 },
    fp8Native: true,
    unifiedMemory: true,
    interconnect: "Infinity Fabric between APUs (4 per node in El Capitan-class systems)",
    // interconnectLink: 4 Infinity Fabric links of 128 GB/s between APUs (assumed: the source above gives no figure).
    memoryTechnology: "hbm",
    interconnectLink: { kind: "xgmi", bytesPerSec: 512e9 },
    aliases: ["AMD-Instinct-MI300A", "AMD_Instinct_MI300A", "amd-mi300a"],
    source: "AMD Instinct MI300A data sheet (https://www.amd.com/en/products/accelerators/instinct/mi300/mi300a.html): 128 GB HBM3 unified, 5.3 TB/s, 228 GPU CUs, FP16/BF16 980.6 TFLOPS, FP8 1,961.2 TFLOPS, INT8 1,961.2 TOPS (dense)"
  },
  {
    id: "MI325X",
    name: "AMD Instinct MI325X",
    vendor: "amd",
    memoryBytes: 256 * GiB,
    memorySource: "data sheet only: no published rocm-smi/HIP total found; 256 GB read as 256 GiB",
    bandwidthBytesPerSec: 6e12,
    // Same CDNA 3 compute as MI300X; dense figures.
    peakFlopsPerSec: { bf16: 13074e11, fp16: 13074e11, fp8: 26149e11, int8: 26149e11 },
    fp8Native: true,
    interconnect: "Infinity Fabric: 896 GB/s (7 links x 128 GB/s)",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "xgmi", bytesPerSec: 896e9 },
    aliases: ["AMD-Instinct-MI325X-OAM", "AMD_Instinct_MI325X_OAM", "AMD_Instinct_MI325_OAM", "AMD-Instinct-MI325X", "amd-mi325x"],
    source: "AMD Instinct MI325X data sheet (https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html): 256 GB HBM3E, 6 TB/s, FP16/BF16 1,307.4 TFLOPS, FP8 2,614.9 TFLOPS, INT8 2,614.9 TOPS (dense)"
  },
  {
    id: "MI355X",
    name: "AMD Instinct MI355X",
    vendor: "amd",
    memoryBytes: 288 * GiB,
    memorySource: "data sheet only: no published rocm-smi/HIP total found; 288 GB read as 288 GiB",
    bandwidthBytesPerSec: 8e12,
    // Dense: 256 CUs x 2.4 GHz x 8,192 FP8 FLOPs/clock/CU = 5,033.2 TFLOPS; FP16/BF16 half, MXFP4
    // double. AMD's headline 10.1 PF FP8 / 20.1 PF FP4 figures include sparsity.
    peakFlopsPerSec: { bf16: 25166e11, fp16: 25166e11, fp8: 50332e11, int8: 50332e11, fp4: 100663e11 },
    fp8Native: true,
    interconnect: "Infinity Fabric: 1,075 GB/s (7 links x 153.6 GB/s)",
    memoryTechnology: "hbm",
    interconnectLink: { kind: "xgmi", bytesPerSec: 1075e9 },
    aliases: ["AMD-Instinct-MI355X-OAM", "AMD_Instinct_MI355X_OAM", "AMD-Instinct-MI355X", "amd-mi355x"],
    source: "AMD Instinct MI355X data sheet (https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html) and CDNA 4 whitepaper: 288 GB HBM3E, 8 TB/s, FP16/BF16 2.5 PF, FP8 5.0 PF, MXFP4 10 PF, INT8 5.0 POPS (dense)"
  },
  // ---------------------------------------------------------------- Intel
  {
    id: "Gaudi3",
    name: "Intel Gaudi 3 (HL-325L OAM)",
    vendor: "intel",
    memoryBytes: 128 * GiB,
    memorySource: "data sheet only: no published hl-smi total found; 128 GB read as 128 GiB",
    bandwidthBytesPerSec: 37e11,
    // Matrix engine (MME) figures; the white paper gives BF16 and FP8 at 1,835 TFLOPS, FP16 taken
    // at the BF16 rate. It lists no INT8 matrix throughput.
    peakFlopsPerSec: { bf16: 1835e12, fp16: 1835e12, fp8: 1835e12, int8: null },
    fp8Native: true,
    interconnect: "24 x 200 GbE RoCE on package",
    // interconnectLink: 24 x 200 Gb/s RoCE: 600 GB/s each way.
    memoryTechnology: "hbm",
    interconnectLink: { kind: "ethernet", bytesPerSec: 12e11 },
    aliases: ["Gaudi-3", "Intel-Gaudi3", "Intel-Gaudi-3", "HL-325L", "habana-gaudi3"],
    source: "Intel Gaudi 3 AI accelerator white paper (https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html): 128 GB HBM2e, 3.7 TB/s, MME BF16 1,835 TFLOPS, MME FP8 1,835 TFLOPS"
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
    memorySource: "data sheet only: the unified-memory size Apple sells (192 GB read as GiB); Metal's recommendedMaxWorkingSetSize is lower, see memoryFractionDefault",
    bandwidthBytesPerSec: 8e11,
    peakFlopsPerSec: { bf16: 272e11, fp16: 272e11, fp8: null, int8: null },
    fp8Native: false,
    unifiedMemory: true,
    memoryTechnology: "lpddr",
    interconnectLink: { kind: "none", bytesPerSec: 0 },
    aliases: ["M2-Ultra", "Apple-M2-Ultra", "Apple-M2-Ultra-192GB"],
    source: "Apple M2 Ultra announcement (https://www.apple.com/newsroom/2023/06/apple-introduces-m2-ultra/): M2 Ultra, 76-core GPU, up to 192 GB unified memory, 800 GB/s; 27.2 TFLOPS FP32 (76 x 128 ALUs x 2 x 1.398 GHz, as reviews report)"
  },
  {
    id: "M3-Ultra-512GB",
    name: "Apple M3 Ultra (80-core GPU, 512GB)",
    vendor: "apple",
    memoryBytes: 512 * GiB,
    memorySource: "data sheet only: the unified-memory size Apple sells (512 GB read as GiB); Metal's recommendedMaxWorkingSetSize is lower, see memoryFractionDefault",
    bandwidthBytesPerSec: 819e9,
    peakFlopsPerSec: { bf16: 286e11, fp16: 286e11, fp8: null, int8: null },
    fp8Native: false,
    unifiedMemory: true,
    memoryTechnology: "lpddr",
    interconnectLink: { kind: "none", bytesPerSec: 0 },
    aliases: ["M3-Ultra", "Apple-M3-Ultra", "Apple-M3-Ultra-512GB"],
    source: "Apple Mac Studio (2025) tech specs (https://www.apple.com/mac-studio/specs/): M3 Ultra, 80-core GPU, up to 512 GB unified memory, 819 GB/s; ~28.6 TFLOPS FP32 (80 x 128 ALUs x 2 x 1.398 GHz, as reviews report)"
  },
  {
    id: "M4-Max-128GB",
    name: "Apple M4 Max (40-core GPU, 128GB)",
    vendor: "apple",
    memoryBytes: 128 * GiB,
    memorySource: "data sheet only: the unified-memory size Apple sells (128 GB read as GiB); Metal's recommendedMaxWorkingSetSize is lower, see memoryFractionDefault",
    bandwidthBytesPerSec: 546e9,
    peakFlopsPerSec: { bf16: 172e11, fp16: 172e11, fp8: null, int8: null },
    fp8Native: false,
    unifiedMemory: true,
    memoryTechnology: "lpddr",
    interconnectLink: { kind: "none", bytesPerSec: 0 },
    // Bare `m4-max` means this, the largest configuration (the 32-core M4 Max has 410 GB/s).
    aliases: ["M4-Max", "Apple-M4-Max", "Apple-M4-Max-128GB"],
    source: "Apple MacBook Pro / Mac Studio tech specs (https://www.apple.com/macbook-pro/specs/): M4 Max, 40-core GPU, up to 128 GB unified memory, 546 GB/s; ~17.2 TFLOPS FP32 (40 x 128 ALUs x 2 x 1.68 GHz, as reviews report)"
  }
];
var LGIP_A100_40GB = "NVIDIA MIG user guide, nvidia-smi mig -lgip on A100-SXM4-40GB (https://docs.nvidia.com/datacenter/tesla/mig-user-guide/getting-started-with-mig.html; stored copy find_string id 69878054253)";
var LGIP_A100_80GB = "nvidia-smi mig -i 0 -lgip on A100 80GB PCIe, driver 515.86.01 (stored tutorial, find_string id 37126368659)";
var LGIP_H100_80GB = "nvidia-smi mig -lgip on H100 80GB (PCIe, driver 570.169, find_string id 52712584324; SXM, 7g.80gb with 132 SMs, find_string ids 41792560749 and 8225626544)";
var MIG_PARENTS = [
  {
    parent: "A100-40GB",
    productLabels: ["NVIDIA-A100-SXM4-40GB"],
    marketedGB: 40,
    memorySlices: 8,
    computeSlices: 7,
    profiles: [
      { profile: "1g.5gb", memoryGiB: 4.75 },
      { profile: "1g.10gb", memoryGiB: 9.62 },
      { profile: "2g.10gb", memoryGiB: 9.62 },
      { profile: "3g.20gb", memoryGiB: 19.5 },
      { profile: "4g.20gb", memoryGiB: 19.5 },
      { profile: "7g.40gb", memoryGiB: 39.25 }
    ],
    variants: ["1g.5gb+me"],
    source: LGIP_A100_40GB
  },
  {
    parent: "A100-80GB-PCIE",
    productLabels: ["NVIDIA-A100-80GB-PCIe"],
    marketedGB: 80,
    memorySlices: 8,
    computeSlices: 7,
    profiles: [
      { profile: "1g.10gb", memoryGiB: 9.5 },
      { profile: "2g.20gb", memoryGiB: 19.5 },
      { profile: "3g.40gb", memoryGiB: 39.25 },
      { profile: "4g.40gb", memoryGiB: 39.25 },
      { profile: "7g.80gb", memoryGiB: 79 }
    ],
    variants: ["1g.10gb+me"],
    source: LGIP_A100_80GB
  },
  {
    parent: "A100-80GB",
    productLabels: ["NVIDIA-A100-SXM4-80GB"],
    marketedGB: 80,
    memorySlices: 8,
    computeSlices: 7,
    // The MIG user guide gives the A100-SXM4-80GB profile names only; the memory is the A100 80GB
    // PCIe reading (same 80 GB HBM2e, same profiles). 1g.20gb has no published reading: left out.
    profiles: [
      { profile: "1g.10gb", memoryGiB: 9.5 },
      { profile: "2g.20gb", memoryGiB: 19.5 },
      { profile: "3g.40gb", memoryGiB: 39.25 },
      { profile: "4g.40gb", memoryGiB: 39.25 },
      { profile: "7g.80gb", memoryGiB: 79 }
    ],
    variants: ["1g.10gb+me"],
    source: `profile names from the MIG user guide's Supported MIG Profiles (https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-mig-profiles.html); memory as the A100 80GB PCIe: ${LGIP_A100_80GB}`
  },
  {
    parent: "H100-PCIE",
    productLabels: ["NVIDIA-H100-PCIe"],
    marketedGB: 80,
    memorySlices: 8,
    computeSlices: 7,
    profiles: [
      { profile: "1g.10gb", memoryGiB: 9.75 },
      { profile: "1g.20gb", memoryGiB: 19.62 },
      { profile: "2g.20gb", memoryGiB: 19.62 },
      { profile: "3g.40gb", memoryGiB: 39.5 },
      { profile: "4g.40gb", memoryGiB: 39.5 },
      { profile: "7g.80gb", memoryGiB: 79.25 }
    ],
    variants: ["1g.10gb+me"],
    source: LGIP_H100_80GB
  },
  {
    parent: "H100-SXM",
    productLabels: ["NVIDIA-H100-80GB-HBM3"],
    marketedGB: 80,
    memorySlices: 8,
    computeSlices: 7,
    profiles: [
      { profile: "1g.10gb", memoryGiB: 9.75 },
      { profile: "1g.20gb", memoryGiB: 19.62 },
      { profile: "2g.20gb", memoryGiB: 19.62 },
      { profile: "3g.40gb", memoryGiB: 39.5 },
      { profile: "4g.40gb", memoryGiB: 39.5 },
      { profile: "7g.80gb", memoryGiB: 79.25 }
    ],
    variants: ["1g.10gb+me"],
    source: LGIP_H100_80GB
  },
  {
    parent: "H100-NVL",
    productLabels: ["NVIDIA-H100-NVL"],
    marketedGB: 94,
    memorySlices: 8,
    computeSlices: 7,
    // 4g.47gb and 7g.94gb have no published reading here: left out.
    profiles: [
      { profile: "1g.12gb", memoryGiB: 10.75 },
      { profile: "1g.24gb", memoryGiB: 21.62 },
      { profile: "2g.24gb", memoryGiB: 21.62 },
      { profile: "3g.47gb", memoryGiB: 46.38 }
    ],
    variants: ["1g.12gb+me"],
    source: "nvidia-smi mig -lgip on H100 NVL (https://github.com/NVIDIA/gpu-operator/pull/900, https://github.com/NVIDIA/gpu-operator/pull/903); 3g.47gb from https://github.com/NVIDIA/mig-parted/pull/101 (10.75 + 10.75 + 21.62 + 46.38)"
  },
  {
    parent: "H200",
    productLabels: ["NVIDIA-H200"],
    marketedGB: 141,
    memorySlices: 8,
    computeSlices: 7,
    profiles: [
      { profile: "1g.18gb", memoryGiB: 16 },
      { profile: "1g.35gb", memoryGiB: 32.25 },
      { profile: "2g.35gb", memoryGiB: 32.25 },
      { profile: "3g.71gb", memoryGiB: 69.5 },
      { profile: "4g.71gb", memoryGiB: 69.5 },
      { profile: "7g.141gb", memoryGiB: 139.75 }
    ],
    variants: ["1g.18gb+me"],
    source: "nvidia-smi mig -lgip on H200 (https://github.com/NVIDIA/mig-parted/issues/120)"
  },
  {
    parent: "GH200-144GB",
    productLabels: ["NVIDIA-GH200-144G-HBM3e"],
    marketedGB: 144,
    memorySlices: 8,
    computeSlices: 7,
    profiles: [
      { profile: "1g.18gb", memoryGiB: 17.5 },
      { profile: "1g.36gb", memoryGiB: 35.25 },
      { profile: "2g.36gb", memoryGiB: 35.25 }
    ],
    variants: ["1g.18gb+me"],
    source: "nvidia-smi mig -lgip on GH200 144G HBM3e (https://github.com/NVIDIA/mig-parted/pull/139, https://github.com/NVIDIA/gpu-operator/pull/1057)"
  },
  {
    parent: "B200",
    productLabels: ["NVIDIA-B200"],
    marketedGB: 180,
    memorySlices: 8,
    computeSlices: 7,
    // 1g.23gb: 22 GiB at launch (mig-parted #166), 20.5 GiB under a later driver (#187): the later, smaller one.
    profiles: [
      { profile: "1g.23gb", memoryGiB: 20.5 },
      { profile: "1g.45gb", memoryGiB: 44.25 },
      { profile: "2g.45gb", memoryGiB: 44.25 }
    ],
    variants: ["1g.23gb+me"],
    source: "nvidia-smi mig -lgip on B200 (https://github.com/NVIDIA/mig-parted/pull/166, https://github.com/NVIDIA/gpu-operator/pull/1242; later-driver 1g.23gb: https://github.com/NVIDIA/mig-parted/pull/187, https://github.com/NVIDIA/gpu-operator/pull/1351)"
  },
  {
    parent: "GB200",
    productLabels: ["NVIDIA-GB200"],
    marketedGB: 186,
    memorySlices: 8,
    computeSlices: 7,
    // Later drivers name the smallest profile 1g.23gb (22 GiB) where early ones had 1g.24gb (20 GiB).
    profiles: [
      { profile: "1g.23gb", memoryGiB: 22 },
      { profile: "1g.24gb", memoryGiB: 20 },
      { profile: "1g.47gb", memoryGiB: 45.5 },
      { profile: "2g.47gb", memoryGiB: 45.5 }
    ],
    variants: ["1g.23gb+me", "1g.24gb+me"],
    source: "nvidia-smi mig -lgip on HGX GB200 (https://github.com/NVIDIA/gpu-operator/pull/1303; later-driver 1g.23gb: https://github.com/NVIDIA/mig-parted/issues/227)"
  },
  {
    parent: "RTX-PRO-6000",
    productLabels: ["NVIDIA-RTX-PRO-6000-Blackwell-Server-Edition", "NVIDIA-RTX-PRO-6000-Blackwell-Workstation-Edition"],
    marketedGB: 96,
    memorySlices: 4,
    computeSlices: 4,
    profiles: [
      { profile: "1g.24gb", memoryGiB: 23.62 },
      { profile: "2g.48gb", memoryGiB: 46.5 }
    ],
    variants: [],
    source: "nvidia-smi mig -lgip on RTX PRO 6000 Blackwell: Server Edition 1g.24gb (https://github.com/GoogleCloudPlatform/container-engine-accelerators/pull/564), 2g.48gb (https://github.com/bigstack-oss/cubecos/issues/312)"
  }
];
function parseProfile(profile) {
  const match = /^(\d+)g\.(\d+)gb$/.exec(profile);
  if (!match) throw new Error(`MIG profile ${profile} is not <g>g.<m>gb`);
  return { compute: Number(match[1]), memoryGB: Number(match[2]) };
}
function migSlices(whole) {
  const slices = [];
  for (const table of MIG_PARENTS) {
    const parent = whole.find((g) => g.id === table.parent);
    if (!parent) throw new Error(`MIG parent ${table.parent} is not in the catalog`);
    for (const reading of table.profiles) {
      const { compute, memoryGB } = parseProfile(reading.profile);
      const memorySlices = Math.min(table.memorySlices, Math.max(1, Math.round(memoryGB * table.memorySlices / table.marketedGB)));
      const bandwidthShare = memorySlices / table.memorySlices;
      const computeShare = compute / table.computeSlices;
      const scale = (value) => value === null || value === void 0 ? null : value * computeShare;
      const peaks = parent.peakFlopsPerSec;
      const names = [reading.profile, ...table.variants.filter((v) => v.split("+")[0] === reading.profile)];
      const memoryMiB = Math.round(reading.memoryGiB * 1024);
      slices.push({
        id: `${parent.id}-MIG-${reading.profile}`,
        name: `${parent.name}, MIG ${reading.profile}`,
        vendor: parent.vendor,
        memoryBytes: memoryMiB * MiB,
        memorySource: `nvidia-smi mig -lgip lists ${reading.memoryGiB} GiB (${memoryMiB} MiB) for ${reading.profile}: ${table.source}`,
        bandwidthBytesPerSec: parent.bandwidthBytesPerSec * bandwidthShare,
        peakFlopsPerSec: {
          bf16: peaks.bf16 * computeShare,
          fp16: peaks.fp16 * computeShare,
          fp8: scale(peaks.fp8),
          int8: scale(peaks.int8),
          ...peaks.fp4 !== void 0 ? { fp4: scale(peaks.fp4) } : {}
        },
        fp8Native: parent.fp8Native,
        ...parent.interconnect ? { interconnect: `none between MIG instances (parent: ${parent.interconnect})` } : {},
        ...parent.memoryTechnology ? { memoryTechnology: parent.memoryTechnology } : {},
        interconnectLink: { kind: "none", bytesPerSec: 0 },
        aliases: table.productLabels.flatMap((label) => names.map((name) => `${label}-MIG-${name}`)),
        mig: { parent: parent.id, profile: reading.profile },
        source: `${memorySlices}/${table.memorySlices} of ${parent.id}'s bandwidth and ${compute}/${table.computeSlices} of its peaks (MIG user guide slices); ${parent.source}`
      });
    }
  }
  const byProfile = /* @__PURE__ */ new Map();
  for (const slice of slices) {
    const profile = slice.mig.profile;
    const held = byProfile.get(profile);
    const smaller = !held || slice.memoryBytes < held.memoryBytes || slice.memoryBytes === held.memoryBytes && slice.bandwidthBytesPerSec < held.bandwidthBytesPerSec;
    if (smaller) byProfile.set(profile, slice);
  }
  for (const [profile, slice] of byProfile) {
    const table = MIG_PARENTS.find((t) => t.parent === slice.mig.parent);
    const variants = table.variants.filter((v) => v.split("+")[0] === profile);
    slice.aliases.push(...[profile, ...variants].map((name) => `mig-${name}`));
  }
  return slices;
}
function withSharedLabels(gpu) {
  if (gpu.vendor !== "nvidia") return gpu;
  const productLabels = gpu.aliases.filter((a) => a.startsWith("NVIDIA-") || a.startsWith("Tesla-"));
  return { ...gpu, aliases: [...gpu.aliases, ...productLabels.map((label) => `${label}-SHARED`)] };
}
var GPUS = [...WHOLE_GPUS, ...migSlices(WHOLE_GPUS)].map(withSharedLabels);

export {
  GPUS
};
