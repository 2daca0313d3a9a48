/**
 * Cloud instance types with GPUs: which catalog GPU, and how many per node. Read from the
 * `node.kubernetes.io/instance-type` label a workload selects, so that a manifest pinned to
 * `p4d.24xlarge` is checked as 8 × A100-40GB without naming the GPU again.
 *
 * Only types whose GPU and count the provider documents unambiguously are listed; fractional or
 * partitioned offerings (the Azure NVadsA10 v5 sizes below NV36ads, GCP A3 edge) are left out. Every `gpu` is a catalog id in
 * ./gpus.ts (a test checks it).
 */

export interface InstanceType {
  /** Catalog id of the GPU (src/catalog/gpus.ts). */
  gpu: string;
  /** GPUs per instance. */
  count: number;
  source?: string;
}

const AWS = "AWS EC2 accelerated computing instance types (https://aws.amazon.com/ec2/instance-types/#Accelerated_Computing)";
const GCP = "Google Cloud GPU machine types (https://cloud.google.com/compute/docs/gpus)";
const AZURE = "Azure GPU-optimized VM sizes (https://learn.microsoft.com/azure/virtual-machines/sizes/overview#gpu-accelerated)";

/** AWS G families: sizes up to 16xlarge have one GPU, 12xlarge and 24xlarge four, 48xlarge eight. */
function awsG(family: string, gpu: string, source: string): Record<string, InstanceType> {
  const sizes: Array<[string, number]> = [
    ["xlarge", 1],
    ["2xlarge", 1],
    ["4xlarge", 1],
    ["8xlarge", 1],
    ["16xlarge", 1],
    ["12xlarge", 4],
    ["24xlarge", 4],
    ["48xlarge", 8],
  ];
  return Object.fromEntries(sizes.map(([size, count]) => [`${family}.${size}`, { gpu, count, source }]));
}

function series(names: Array<[string, number]>, gpu: string, source: string): Record<string, InstanceType> {
  return Object.fromEntries(names.map(([name, count]) => [name, { gpu, count, source }]));
}

export const INSTANCE_TYPES: Record<string, InstanceType> = {
  // ------------------------------------------------------------------------------------ AWS
  "p4d.24xlarge": { gpu: "A100-40GB", count: 8, source: `${AWS}: P4d, 8 × A100 40GB SXM4` },
  "p4de.24xlarge": { gpu: "A100-80GB", count: 8, source: `${AWS}: P4de, 8 × A100 80GB SXM4` },
  "p5.48xlarge": { gpu: "H100-SXM", count: 8, source: `${AWS}: P5, 8 × H100 80GB SXM5` },
  "p5e.48xlarge": { gpu: "H200", count: 8, source: `${AWS}: P5e, 8 × H200 141GB` },
  "p5en.48xlarge": { gpu: "H200", count: 8, source: `${AWS}: P5en, 8 × H200 141GB` },
  ...awsG("g5", "A10G", `${AWS}: G5, A10G 24GB`),
  ...awsG("g6", "L4", `${AWS}: G6, L4 24GB`),
  ...awsG("g6e", "L40S", `${AWS}: G6e, L40S 48GB`),
  ...series(
    [
      ["gr6.4xlarge", 1],
      ["gr6.8xlarge", 1],
    ],
    "L4",
    `${AWS}: Gr6, L4 24GB`,
  ),
  ...series(
    [
      ["g4dn.xlarge", 1],
      ["g4dn.2xlarge", 1],
      ["g4dn.4xlarge", 1],
      ["g4dn.8xlarge", 1],
      ["g4dn.16xlarge", 1],
      ["g4dn.12xlarge", 4],
      ["g4dn.metal", 8],
    ],
    "T4",
    `${AWS}: G4dn, T4 16GB`,
  ),
  ...series(
    [
      ["p3.2xlarge", 1],
      ["p3.8xlarge", 4],
      ["p3.16xlarge", 8],
    ],
    "V100-16GB",
    `${AWS}: P3, V100 SXM2 16GB`,
  ),
  "p3dn.24xlarge": { gpu: "V100-32GB", count: 8, source: `${AWS}: P3dn, 8 × V100 SXM2 32GB` },

  // ------------------------------------------------------------------------------------ GCP
  ...series(
    [
      ["a2-highgpu-1g", 1],
      ["a2-highgpu-2g", 2],
      ["a2-highgpu-4g", 4],
      ["a2-highgpu-8g", 8],
      ["a2-megagpu-16g", 16],
    ],
    "A100-40GB",
    `${GCP}: A2 Standard, A100 40GB`,
  ),
  ...series(
    [
      ["a2-ultragpu-1g", 1],
      ["a2-ultragpu-2g", 2],
      ["a2-ultragpu-4g", 4],
      ["a2-ultragpu-8g", 8],
    ],
    "A100-80GB",
    `${GCP}: A2 Ultra, A100 80GB`,
  ),
  "a3-highgpu-8g": { gpu: "H100-SXM", count: 8, source: `${GCP}: A3 High, 8 × H100 80GB` },
  "a3-megagpu-8g": { gpu: "H100-SXM", count: 8, source: `${GCP}: A3 Mega, 8 × H100 Mega 80GB` },
  "a3-ultragpu-8g": { gpu: "H200", count: 8, source: `${GCP}: A3 Ultra, 8 × H200 141GB` },
  ...series(
    [
      ["g2-standard-4", 1],
      ["g2-standard-8", 1],
      ["g2-standard-12", 1],
      ["g2-standard-16", 1],
      ["g2-standard-32", 1],
      ["g2-standard-24", 2],
      ["g2-standard-48", 4],
      ["g2-standard-96", 8],
    ],
    "L4",
    `${GCP}: G2, L4 24GB`,
  ),

  // ------------------------------------------------------------------------------------ Azure
  ...series(
    [
      ["Standard_NC24ads_A100_v4", 1],
      ["Standard_NC48ads_A100_v4", 2],
      ["Standard_NC96ads_A100_v4", 4],
    ],
    "A100-80GB-PCIE",
    `${AZURE}: NC A100 v4, A100 80GB PCIe`,
  ),
  Standard_ND96asr_v4: { gpu: "A100-40GB", count: 8, source: `${AZURE}: ND A100 v4, 8 × A100 40GB SXM4` },
  Standard_ND96amsr_A100_v4: { gpu: "A100-80GB", count: 8, source: `${AZURE}: NDm A100 v4, 8 × A100 80GB SXM4` },
  Standard_ND96isr_H100_v5: { gpu: "H100-SXM", count: 8, source: `${AZURE}: ND H100 v5, 8 × H100 80GB SXM5` },
  ...series(
    [
      ["Standard_NC40ads_H100_v5", 1],
      ["Standard_NC80adis_H100_v5", 2],
    ],
    "H100-NVL",
    `${AZURE}: NCads H100 v5, H100 NVL 94GB`,
  ),
  // KAITO's spelling of the ND A100 v4 size, as its SKU table (pkg/sku/azure_sku_handler.go) and Workspaces write it.
  Standard_ND96asr_A100_v4: { gpu: "A100-40GB", count: 8, source: `${AZURE}: ND A100 v4 (Standard_ND96asr_v4), 8 × A100 40GB SXM4; KAITO SKU table` },
  Standard_NCC40ads_H100_v5: { gpu: "H100-NVL", count: 1, source: `${AZURE}: NCCads H100 v5 (confidential), 1 × H100 NVL 94GB` },
  Standard_ND96isr_H200_v5: { gpu: "H200", count: 8, source: `${AZURE}: ND H200 v5, 8 × H200 141GB` },
  // Whole A10s only: the smaller NVadsA10 v5 sizes are GPU partitions.
  ...series(
    [
      ["Standard_NV36ads_A10_v5", 1],
      ["Standard_NV72ads_A10_v5", 2],
    ],
    "A10",
    `${AZURE}: NVadsA10 v5, whole A10 24GB GPUs`,
  ),
  ...series(
    [
      ["Standard_NC6s_v3", 1],
      ["Standard_NC12s_v3", 2],
      ["Standard_NC24s_v3", 4],
      ["Standard_NC24rs_v3", 4],
    ],
    "V100-16GB",
    `${AZURE}: NCv3, V100 16GB`,
  ),
  Standard_ND40rs_v2: { gpu: "V100-32GB", count: 8, source: `${AZURE}: NDv2, 8 × V100 32GB SXM2` },
  ...series(
    [
      ["Standard_NC4as_T4_v3", 1],
      ["Standard_NC8as_T4_v3", 1],
      ["Standard_NC16as_T4_v3", 1],
      ["Standard_NC64as_T4_v3", 4],
    ],
    "T4",
    `${AZURE}: NCasT4_v3, T4 16GB`,
  ),
};

const BY_LOWER_NAME = new Map(Object.entries(INSTANCE_TYPES).map(([name, type]) => [name.toLowerCase(), type]));

/** The instance type of that name, compared case-insensitively (labels keep the provider's case). */
export function findInstanceType(name: string): InstanceType | undefined {
  return BY_LOWER_NAME.get(name.trim().toLowerCase());
}
