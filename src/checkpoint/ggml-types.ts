/**
 * The ggml tensor types a GGUF file may store, with the block layout that decides their size, and the
 * llama.cpp file types (`general.file_type`). Data only; pure.
 *
 * Sources (read, not copied):
 * - Type ids and (block size, bytes per block): gguf-py `GGMLQuantizationType` and `GGML_QUANT_SIZES`,
 *   ggml-org/llama.cpp gguf-py/gguf/constants.py (commit 0024aa74), which mirror `type_traits` in
 *   ggml/src/ggml.c (`blck_size`, `type_size = sizeof(block_…)`); ids also in ggml-org/ggml docs/gguf.md.
 * - File types: `LlamaFileType` in the same constants.py, mirroring `llama_ftype` in include/llama.h.
 * A tensor of `n` elements whose row length is a multiple of the block size occupies
 * `n / blockElements × blockBytes` bytes (ggml `ggml_nbytes` for a contiguous tensor).
 */

/** One ggml tensor type. */
export interface GgmlType {
  /** The `ggml_type` number written in a GGUF tensor info. */
  id: number;
  /** ggml's name: `F32`, `Q4_K`, `IQ2_XXS`, `MXFP4`… */
  name: string;
  /** Elements per block (1 for plain types, 32 for Q4_0, 256 for the K-quants). */
  blockElements: number;
  /** Bytes one block occupies. */
  blockBytes: number;
  /**
   * Written by older writers, refused by current ggml (`blck_size` 0 in ggml.c since the runtime
   * repacking replaced them): Q4_0_4_4, Q4_0_4_8, Q4_0_8_8 and the IQ4_NL_x_x interleavings.
   */
  removed?: true;
}

const QK_K = 256;

function type(id: number, name: string, blockElements: number, blockBytes: number, removed?: true): GgmlType {
  return removed ? { id, name, blockElements, blockBytes, removed } : { id, name, blockElements, blockBytes };
}

/**
 * Every ggml type with its block layout. The byte sums restate ggml-common.h's block structs: `2` is one
 * `ggml_half` scale, `QK_K / 2` the packed nibbles of a 256-element super-block, and so on.
 */
const TYPES: readonly GgmlType[] = [
  type(0, "F32", 1, 4),
  type(1, "F16", 1, 2),
  type(2, "Q4_0", 32, 2 + 16), // block_q4_0: d, 16 bytes of nibbles
  type(3, "Q4_1", 32, 2 + 2 + 16), // block_q4_1: d, m, nibbles
  // 4 (Q4_2) and 5 (Q4_3) were removed before GGUF existed.
  type(6, "Q5_0", 32, 2 + 4 + 16), // block_q5_0: d, qh[4], qs[16]
  type(7, "Q5_1", 32, 2 + 2 + 4 + 16), // block_q5_1: d, m, qh, qs
  type(8, "Q8_0", 32, 2 + 32), // block_q8_0: d, 32 int8
  type(9, "Q8_1", 32, 4 + 4 + 32), // block_q8_1: float d, float s, 32 int8
  type(10, "Q2_K", 256, 2 + 2 + QK_K / 16 + QK_K / 4),
  type(11, "Q3_K", 256, 2 + QK_K / 4 + QK_K / 8 + 12),
  type(12, "Q4_K", 256, 2 + 2 + QK_K / 2 + 12),
  type(13, "Q5_K", 256, 2 + 2 + QK_K / 2 + QK_K / 8 + 12),
  type(14, "Q6_K", 256, 2 + QK_K / 2 + QK_K / 4 + QK_K / 16),
  type(15, "Q8_K", 256, 4 + QK_K + QK_K / 8),
  type(16, "IQ2_XXS", 256, 2 + QK_K / 4),
  type(17, "IQ2_XS", 256, 2 + QK_K / 4 + QK_K / 32),
  type(18, "IQ3_XXS", 256, 2 + QK_K / 4 + QK_K / 8),
  type(19, "IQ1_S", 256, 2 + QK_K / 8 + QK_K / 16),
  type(20, "IQ4_NL", 32, 2 + 16),
  type(21, "IQ3_S", 256, 2 + QK_K / 4 + QK_K / 8 + QK_K / 32 + 4),
  type(22, "IQ2_S", 256, 2 + QK_K / 4 + QK_K / 16),
  type(23, "IQ4_XS", 256, 2 + 2 + QK_K / 2 + QK_K / 64),
  type(24, "I8", 1, 1),
  type(25, "I16", 1, 2),
  type(26, "I32", 1, 4),
  type(27, "I64", 1, 8),
  type(28, "F64", 1, 8),
  type(29, "IQ1_M", 256, QK_K / 8 + QK_K / 16 + QK_K / 32),
  type(30, "BF16", 1, 2),
  // 31–33: Q4_0 interleaved for ARM; same bytes as Q4_0 (ggml.c type_traits before their removal).
  type(31, "Q4_0_4_4", 32, 2 + 16, true),
  type(32, "Q4_0_4_8", 32, 2 + 16, true),
  type(33, "Q4_0_8_8", 32, 2 + 16, true),
  type(34, "TQ1_0", 256, 2 + 4 * 13),
  type(35, "TQ2_0", 256, 2 + 64),
  // 36–38: IQ4_NL interleaved; same bytes as IQ4_NL.
  type(36, "IQ4_NL_4_4", 32, 2 + 16, true),
  type(37, "IQ4_NL_4_8", 32, 2 + 16, true),
  type(38, "IQ4_NL_8_8", 32, 2 + 16, true),
  type(39, "MXFP4", 32, 1 + 16), // one E8M0 scale, 16 bytes of FP4 pairs
  type(40, "NVFP4", 64, 4 + 32), // gguf-py GGML_QUANT_SIZES (newer than ggml docs/gguf.md)
  type(41, "Q1_0", 128, 2 + 16), // likewise
];

const BY_ID: ReadonlyMap<number, GgmlType> = new Map(TYPES.map((t) => [t.id, t]));
const BY_NAME: ReadonlyMap<string, GgmlType> = new Map(TYPES.map((t) => [t.name, t]));

/** All known ggml types, by id. */
export const GGML_TYPES: ReadonlyMap<number, GgmlType> = BY_ID;

/** The ggml type with this id, or undefined for an id ggml does not define (or that this table does not know yet). */
export function ggmlType(id: number): GgmlType | undefined {
  return BY_ID.get(id);
}

/** The ggml type with this name (`Q4_K`, case as ggml writes it), or undefined. */
export function ggmlTypeByName(name: string): GgmlType | undefined {
  return BY_NAME.get(name);
}

/** Storage bits per element of a type, from its block layout: 4.5 for Q4_0, 4.5 for Q4_K, 6.5625 for Q6_K. */
export function typeBitsPerElement(t: GgmlType): number {
  return (t.blockBytes * 8) / t.blockElements;
}

/**
 * Bytes `elements` values of type `t` (or type id) occupy, or undefined when the type is unknown, the count is
 * not a whole number of blocks, or the result is not a safe integer. ggml requires every row to be whole
 * blocks, so a valid tensor's element count always is.
 */
export function tensorBytes(t: GgmlType | number, elements: number): number | undefined {
  const info = typeof t === "number" ? BY_ID.get(t) : t;
  if (!info || !Number.isSafeInteger(elements) || elements < 0) return undefined;
  if (elements % info.blockElements !== 0) return undefined;
  const bytes = (elements / info.blockElements) * info.blockBytes;
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/**
 * llama.cpp file types: `general.file_type` → name (`LlamaFileType` in gguf-py constants.py, `llama_ftype` in
 * llama.h). The name says the majority type; K-quant mixes keep some tensors wider (Q4_K_M keeps half of
 * attn_v and ffn_down in Q6_K, the output head in Q6_K).
 */
const FILE_TYPES: ReadonlyMap<number, string> = new Map<number, string>([
  [0, "ALL_F32"],
  [1, "MOSTLY_F16"],
  [2, "MOSTLY_Q4_0"],
  [3, "MOSTLY_Q4_1"],
  [4, "MOSTLY_Q4_1_SOME_F16"], // no longer written (docs/gguf.md lists it)
  [7, "MOSTLY_Q8_0"],
  [8, "MOSTLY_Q5_0"],
  [9, "MOSTLY_Q5_1"],
  [10, "MOSTLY_Q2_K"],
  [11, "MOSTLY_Q3_K_S"],
  [12, "MOSTLY_Q3_K_M"],
  [13, "MOSTLY_Q3_K_L"],
  [14, "MOSTLY_Q4_K_S"],
  [15, "MOSTLY_Q4_K_M"],
  [16, "MOSTLY_Q5_K_S"],
  [17, "MOSTLY_Q5_K_M"],
  [18, "MOSTLY_Q6_K"],
  [19, "MOSTLY_IQ2_XXS"],
  [20, "MOSTLY_IQ2_XS"],
  [21, "MOSTLY_Q2_K_S"],
  [22, "MOSTLY_IQ3_XS"],
  [23, "MOSTLY_IQ3_XXS"],
  [24, "MOSTLY_IQ1_S"],
  [25, "MOSTLY_IQ4_NL"],
  [26, "MOSTLY_IQ3_S"],
  [27, "MOSTLY_IQ3_M"],
  [28, "MOSTLY_IQ2_S"],
  [29, "MOSTLY_IQ2_M"],
  [30, "MOSTLY_IQ4_XS"],
  [31, "MOSTLY_IQ1_M"],
  [32, "MOSTLY_BF16"],
  [33, "MOSTLY_Q4_0_4_4"], // 33–35 removed from GGUF files (runtime repacking instead)
  [34, "MOSTLY_Q4_0_4_8"],
  [35, "MOSTLY_Q4_0_8_8"],
  [36, "MOSTLY_TQ1_0"],
  [37, "MOSTLY_TQ2_0"],
  [38, "MOSTLY_MXFP4_MOE"],
  [39, "MOSTLY_NVFP4"],
  [40, "MOSTLY_Q1_0"],
  [1024, "GUESSED"],
]);

/** The llama.cpp file type name for a `general.file_type` value (`15` → `MOSTLY_Q4_K_M`), or undefined. */
export function fileTypeName(fileType: number): string | undefined {
  return FILE_TYPES.get(fileType);
}

/** `MOSTLY_Q4_K_M` → `Q4_K_M`, `ALL_F32` → `F32`: the quantization name as tags and file names write it. */
export function quantizationOfFileType(fileType: number): string | undefined {
  const name = FILE_TYPES.get(fileType);
  if (!name || name === "GUESSED") return undefined;
  return name.replace(/^(MOSTLY|ALL)_/, "").replace(/_SOME_F16$/, "");
}
