import { describe, expect, it } from "vitest";
import { tierFootprintBytes, tierForBytes } from "../src/physics/tier.js";
import { LLAMA_3_1_70B, LLAMA_3_1_8B } from "./helpers/architectures.js";

describe("tier boundaries (docs/physics.md#tiers, decimal GB)", () => {
  it("Consumer is below 24 GB", () => {
    expect(tierForBytes(0)).toBe("consumer");
    expect(tierForBytes(24e9 - 1)).toBe("consumer");
  });

  it("Workstation is 24 GB to 80 GB, both ends included", () => {
    expect(tierForBytes(24e9)).toBe("workstation");
    expect(tierForBytes(80e9)).toBe("workstation");
  });

  it("Infrastructure is above 80 GB", () => {
    expect(tierForBytes(80e9 + 1)).toBe("infrastructure");
  });
});

describe("tier footprint: INT8 weights + BF16 KV at batch 1 and 8192 tokens + 12% workspace", () => {
  it("Llama-3.1-8B is Consumer at 10,067,634,422 bytes", () => {
    // 8,030,261,248 params × 1 byte + 8192 × 131,072 (1,073,741,824) + ceil(0.12 × 8,030,261,248) (963,631,350).
    expect(tierFootprintBytes(LLAMA_3_1_8B, 8_030_261_248)).toBe(10_067_634_422);
  });

  it("Llama-3.1-70B is Infrastructure at 81,704,505,836 bytes, just over 80 GB", () => {
    // 70,553,706,496 + 8192 × 327,680 (2,684,354,560) + ceil(0.12 × 70,553,706,496) (8,466,444,780).
    const bytes = tierFootprintBytes(LLAMA_3_1_70B, 70_553_706_496);
    expect(bytes).toBe(81_704_505_836);
    expect(tierForBytes(bytes)).toBe("infrastructure");
  });
});
