/** The invariants the fuzzer holds every mutant to, by number (see invariants.ts). */
export const INVARIANTS = {
  1: "nothing throws",
  2: "JSON output validates against schemas/report.schema.json; SARIF parses",
  3: "positions are relative, forward-slash paths without '..', lines within the file",
  4: "determinism: the same directory gives byte-identical outputs, whatever ran before",
  5: "no workflow command comes from a value",
  6: "no raw control characters in text output or finding messages",
  7: "bounded cost: report size and findings per (rule, file)",
  8: "no process warnings",
  9: "encoding invariance: UTF-16/UTF-32 give the report of UTF-8",
} as const;
export type InvariantId = keyof typeof INVARIANTS;

