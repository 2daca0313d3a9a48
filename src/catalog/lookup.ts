import { distance } from "fastest-levenshtein";

/**
 * Case-insensitive lookup of catalog entries by id or alias, with "did you mean" suggestions.
 * The index is built once per catalog; lookups are a map access.
 */
export interface Named {
  id: string;
  aliases: readonly string[];
}

export interface Lookup<T extends Named> {
  find(name: string): T | undefined;
  /** Up to `limit` ids whose id or alias is closest to `name`, best first. */
  suggest(name: string, limit?: number): string[];
}

/**
 * Names compare case-insensitively with spaces and underscores read as hyphens, so that
 * `NVIDIA H100 80GB HBM3` (nvidia-smi) and `NVIDIA_H100_80GB_HBM3` match `NVIDIA-H100-80GB-HBM3`.
 */
function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

export function createLookup<T extends Named>(entries: readonly T[]): Lookup<T> {
  const byName = new Map<string, T>();
  for (const entry of entries) {
    for (const name of [entry.id, ...entry.aliases]) {
      const key = normalizeName(name);
      const holder = byName.get(key);
      // Two entries answering to one name would make lookups depend on catalog order.
      if (holder && holder !== entry) throw new Error(`catalog name "${name}" belongs to both ${holder.id} and ${entry.id}`);
      byName.set(key, entry);
    }
  }
  /** Past twice the longest name, no name is within the edit distance a suggestion allows. */
  const longestNameChars = Math.max(0, ...[...byName.keys()].map((k) => k.length));
  return {
    find: (name) => byName.get(normalizeName(name)),
    suggest(name, limit = 3) {
      // Skip the search for inputs no catalog name resembles: a 2 MB value would take seconds.
      if (name.length > 2 * longestNameChars + 8) return [];
      const wanted = normalizeName(name);
      const best = new Map<string, number>();
      for (const [candidate, entry] of byName) {
        // Distance relative to length, so that a short typo and a long one weigh alike; a name
        // containing what was asked for ("h100" in "nvidia-h100-80gb") counts as close.
        const contains =
          (wanted.length >= 3 && candidate.includes(wanted)) || (candidate.length >= 3 && wanted.includes(candidate));
        const edits = distance(wanted, candidate) / Math.max(wanted.length, candidate.length);
        const score = contains ? Math.min(0.1, edits) : edits;
        const previous = best.get(entry.id);
        if (previous === undefined || score < previous) best.set(entry.id, score);
      }
      return [...best.entries()]
        .filter(([, score]) => score <= 0.5)
        .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([id]) => id);
    },
  };
}
