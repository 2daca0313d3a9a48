import type { CalibrationOptions, ConstantPath } from "../../src/physics/speed-fit.js";
import type { SpeedConstants } from "../../src/physics/speed-model.js";

/**
 * Where the fit starts, what it never fits and what it ties: published figures and the design
 * notes' estimates (../shared/design/speed-model.md, the calibration set's `mbu` list), each with
 * its source. The fit moves only what at least 5 training records exercise; a weak prior keeps the
 * rest near these values. The constants file records each constant's final provenance.
 */

const MICRO = 1e-6;

/**
 * The PCIe all-reduce, published (not fitted: fewer than 5 training records run tensor-parallel over
 * PCIe). Source: nccl-tests `all_reduce_perf -b 8 -e 128M -f 2 -g 4` with NCCL_P2P_LEVEL=SYS on
 * 4 × RTX 4090 (PCIe 4.0 x16, no NVLink; Gigabyte MC62-G40), NCCL 2.23.4+cuda12.6, posted by
 * mylesgoose on 2024-11-15 in https://github.com/tinygrad/open-gpu-kernel-modules/pull/22
 * (busbw = 1.5 × algbw in its table: 2(n − 1)/n of 4 ranks). Out-of-place rows across decode's
 * all-reduce sizes (batch × hidden × 2 B):
 *
 *   size (B)    time (µs)   algbw   busbw (GB/s)
 *    262144       66.25      3.96     5.94
 *    524288       94.11      5.57     8.36
 *   1048576      152.7       6.87    10.30
 *   2097152      271.8       7.72    11.58
 *   4194304      510.6       8.21    12.32
 *
 * A line through the first and last rows, t = α + 1.5 × size ÷ busbw', gives
 * α = 66.25 − 262144 × (510.6 − 66.25) ÷ (4194304 − 262144) = 36.6 µs and
 * busbw' = 1.5 × (4194304 − 262144) B ÷ 444.35 µs = 13.27 GB/s (the middle rows within 2.3 µs;
 * a least-squares line through all five: 35.0 µs, 13.25 GB/s). In the model's terms
 * (λ × log2 tp + 2(tp − 1)/tp × bytes ÷ (ε × link ÷ 2)): λ = 36.6 µs ÷ log2 4 = 18.3 µs, and
 * ε = 13.27 ÷ 32 GB/s (PCIe 4.0 x16 one way, the catalog's 64 GB/s both ways ÷ 2) = 0.415.
 */
export const PCIE_ALL_REDUCE = {
  latencySeconds: 18.3 * MICRO,
  bandwidthEfficiency: 0.415,
  source: "https://github.com/tinygrad/open-gpu-kernel-modules/pull/22",
} as const;

const PCIE_SOURCE =
  "nccl-tests all_reduce_perf -g 4 on 4 x RTX 4090 over PCIe 4.0 x16 (no NVLink, NCCL_P2P_LEVEL=SYS), NCCL 2.23.4, out-of-place rows 256 KiB-4 MiB (66.25 µs at 262144 B, 510.6 µs at 4194304 B): https://github.com/tinygrad/open-gpu-kernel-modules/pull/22 (mylesgoose, 2024-11-15)";

export const START: SpeedConstants = {
  bandwidthEfficiency: { "nvidia-hbm": 0.85, "amd-hbm": 0.62, "other-hbm": 0.85, gddr: 0.9, lpddr: 0.58 },
  kvEfficiencyRelative: 0.95,
  hostBoundKvEfficiencyRelative: 0.5,
  expertEfficiencyRelative: 0.3,
  expertHalfEfficiencyTokens: 2,
  expertHalfPenaltyMatrixBytes: 16e6,
  quantizedKernelEfficiencyRelative: 0.9,
  decodeComputeFraction: 0.5,
  cudaCoreAttentionFraction: 0.0125,
  prefillComputeFraction: 0.55,
  layerSeconds: {
    vllm: 60 * MICRO,
    "vllm@<0.8": 60 * MICRO,
    sglang: 60 * MICRO,
    trtllm: 60 * MICRO,
    lmdeploy: 60 * MICRO,
    transformers: 1000 * MICRO,
    "llama.cpp": 60 * MICRO,
    unknown: 60 * MICRO,
  },
  eagerLayerSeconds: 30 * MICRO,
  fixedCostRelative: { "nvidia-hbm": 1, "amd-hbm": 1, "other-hbm": 1, gddr: 1, lpddr: 1 },
  sequenceSeconds: {
    vllm: 20 * MICRO,
    "vllm@<0.8": 20 * MICRO,
    sglang: 20 * MICRO,
    trtllm: 20 * MICRO,
    lmdeploy: 20 * MICRO,
    transformers: 20 * MICRO,
    "llama.cpp": 20 * MICRO,
    unknown: 20 * MICRO,
  },
  allReduceLatencySeconds: { nvlink: 10 * MICRO, xgmi: 10 * MICRO, pcie: PCIE_ALL_REDUCE.latencySeconds, ethernet: PCIE_ALL_REDUCE.latencySeconds, none: PCIE_ALL_REDUCE.latencySeconds },
  allReduceBandwidthEfficiency: { nvlink: 0.7, xgmi: 0.7, pcie: PCIE_ALL_REDUCE.bandwidthEfficiency, ethernet: PCIE_ALL_REDUCE.bandwidthEfficiency, none: PCIE_ALL_REDUCE.bandwidthEfficiency },
};

const DESIGN = "../shared/design/speed-model.md";

export const START_PROVENANCE: Record<ConstantPath, string> = {
  "bandwidthEfficiency.nvidia-hbm": `start 0.85: "HBM NVIDIA parts reach ~0.8-0.9 of peak in decode" (${DESIGN})`,
  "bandwidthEfficiency.amd-hbm": `start 0.62: "MI300X under vLLM/SGLang on ROCm ~0.55-0.7" (${DESIGN})`,
  "bandwidthEfficiency.other-hbm": "no records (Intel Gaudi)",
  "bandwidthEfficiency.gddr": `start 0.9: "GDDR cards (RTX, L40S) close to 1.0 of their (lower) peak in llama.cpp" (${DESIGN})`,
  "bandwidthEfficiency.lpddr":
    "published, not fitted (no Apple record): 0.58, llama.cpp on M1 Max (400 GB/s) decoding IQ4_NL at 233 GB/s (https://github.com/ggml-org/llama.cpp/issues/27525, llama.cpp b10549), within the 0.44-0.73 of the calibration set's Apple figures (mbu list)",
  kvEfficiencyRelative:
    "start 0.95: KV streaming about as dense weights, shares being fitted below 1 (the vLLM FP8-KV post finds 0.90 of peak for the cache and 0.74 for the weights on one H100: vllm-project.github.io _posts/2026-04-22-fp8-kvcache.md, the set's mbu list)",
  hostBoundKvEfficiencyRelative: "start 0.5 (assumed): HF transformers' cache copies and repeat_kv expansion run below streaming bandwidth",
  expertHalfPenaltyMatrixBytes:
    "start 16 MB: one expert matrix per GPU at which the few-tokens penalty is halved, so that an expert the size of a dense 7B layer's MLP matrix (4,096 × 11,008 × 2 B = 90 MB) reads at nearly dense efficiency, as a GEMV of that size does, and DeepSeek's (7,168 × 2,048 at FP8 ÷ TP 8 = 1.8 MB) keeps nearly all of it",
  expertEfficiencyRelative: `start 0.3: routed experts "~20-25% of peak ... while dense weights reach 80-90%" (${DESIGN})`,
  expertHalfEfficiencyTokens: "start 2 tokens per expert (assumed)",
  quantizedKernelEfficiencyRelative: `start 0.9 (assumed): "dequantizing kernels are slower than BF16 GEMV at batch 1" (${DESIGN})`,
  decodeComputeFraction: "start 0.5 (assumed)",
  cudaCoreAttentionFraction:
    "start 0.0125 (assumed): a kernel on the CUDA cores has at most their FP32 rate, 1/15 of the 16-bit dense tensor peak on H100 SXM (67 against 989 TFLOPS) and 1/16 on A100 (19.5 against 312), and the masked MHA kernel's per-head dot products, softmax and KV dequantization keep about a fifth of it",
  prefillComputeFraction: "start 0.55: the middle of the 40-70% of dense peak docs/physics.md#prefill-and-arithmetic-intensity assumes",
  "layerSeconds.vllm": `start 60 µs: "roughly 25-130 µs per layer depending on engine generation" (${DESIGN})`,
  "layerSeconds.vllm@<0.8": `start 60 µs (${DESIGN})`,
  "layerSeconds.sglang": `start 60 µs (${DESIGN})`,
  "layerSeconds.trtllm": `start 60 µs (${DESIGN})`,
  "layerSeconds.lmdeploy": `start 60 µs (${DESIGN})`,
  "layerSeconds.transformers": "start 1 ms (assumed): Python launches each layer's kernels one by one",
  "layerSeconds.llama.cpp": `start 60 µs (${DESIGN})`,
  "layerSeconds.unknown": "pooled",
  eagerLayerSeconds: "start 30 µs (assumed)",
  "fixedCostRelative.nvidia-hbm": "1 by definition: the reference the other classes' fixed costs are relative to",
  "fixedCostRelative.amd-hbm": "start 1 (assumed)",
  "fixedCostRelative.other-hbm": "1, assumed (no records)",
  "fixedCostRelative.gddr": "1, assumed: the same NVIDIA software stack as the HBM parts",
  "fixedCostRelative.lpddr": "1, assumed (no records)",
  "sequenceSeconds.vllm": "start 20 µs (assumed)",
  "sequenceSeconds.vllm@<0.8": "start 20 µs (assumed)",
  "sequenceSeconds.sglang": "start 20 µs (assumed)",
  "sequenceSeconds.trtllm": "start 20 µs (assumed)",
  "sequenceSeconds.lmdeploy": "start 20 µs (assumed)",
  "sequenceSeconds.transformers": "start 20 µs (assumed)",
  "sequenceSeconds.llama.cpp": "start 20 µs (assumed)",
  "sequenceSeconds.unknown": "pooled",
  "allReduceLatencySeconds.nvlink": `start 10 µs: cli99/llm-analysis prices an all-reduce at no less than 8 µs (${DESIGN})`,
  "allReduceLatencySeconds.xgmi": "start 10 µs, as NVLink (assumed)",
  "allReduceLatencySeconds.pcie": `published, not fitted: 18.3 µs per log2 tp, a line through ${PCIE_SOURCE} giving 36.6 µs at 4 GPUs`,
  "allReduceLatencySeconds.ethernet": "no records",
  "allReduceLatencySeconds.none": "no link: priced as PCIe",
  "allReduceBandwidthEfficiency.nvlink":
    "published, not fitted: 0.7, nccl-tests all_reduce_perf bus bandwidth of ~200-208 GB/s on 8 x A100 SXM (NVLink 3, 300 GB/s each way): https://github.com/NVIDIA/nccl-tests/issues/149, https://github.com/NVIDIA/nccl-tests/issues/178",
  "allReduceBandwidthEfficiency.xgmi": "assumed as NVLink's (no Infinity Fabric measurement cited)",
  "allReduceBandwidthEfficiency.pcie": `published, not fitted: 0.415, bus bandwidth 13.27 GB/s of PCIe 4.0 x16's 32 GB/s one way, the slope of a line through ${PCIE_SOURCE}`,
  "allReduceBandwidthEfficiency.ethernet": "no records",
  "allReduceBandwidthEfficiency.none": "no link: priced as PCIe",
};

/** Never fitted: published figures and the reference class. */
export const FIXED: readonly ConstantPath[] = [
  "bandwidthEfficiency.lpddr",
  "fixedCostRelative.nvidia-hbm",
  "fixedCostRelative.other-hbm",
  "fixedCostRelative.gddr",
  "fixedCostRelative.lpddr",
  "allReduceLatencySeconds.pcie",
  "allReduceBandwidthEfficiency.nvlink",
  "allReduceBandwidthEfficiency.pcie",
];

/** Constants without records of their own that take another's value. */
export const TIED: Readonly<Record<ConstantPath, ConstantPath>> = {
  "bandwidthEfficiency.other-hbm": "bandwidthEfficiency.nvidia-hbm",
  "allReduceLatencySeconds.ethernet": "allReduceLatencySeconds.pcie",
  "allReduceLatencySeconds.none": "allReduceLatencySeconds.pcie",
  "allReduceBandwidthEfficiency.xgmi": "allReduceBandwidthEfficiency.nvlink",
  "allReduceBandwidthEfficiency.ethernet": "allReduceBandwidthEfficiency.pcie",
  "allReduceBandwidthEfficiency.none": "allReduceBandwidthEfficiency.pcie",
};

export function calibrationOptions(fittedOn: string): CalibrationOptions {
  return { start: START, startProvenance: START_PROVENANCE, fixed: FIXED, tied: TIED, minRecordsPerConstant: 5, fittedOn };
}
