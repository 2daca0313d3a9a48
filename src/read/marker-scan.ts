/**
 * Whether raw bytes contain any of a set of ASCII marker strings, in one pass over the bytes and
 * without decoding them: the pre-filter that lets most files of a repository go unparsed.
 *
 * A regular expression of the markers' alternation tries a branch at every position whose byte
 * starts a marker, and in YAML most do (`n`, `s`, `t`, `-`…). Here each marker is anchored at its
 * rarest two-byte pair instead (`.i` of `ome.io/`, `tp` of `-tp`), so that one table look-up per
 * byte rejects almost every position, and only the few that hold an anchor compare a marker.
 */

/** How common a byte is in YAML text, roughly: a pair of the least common bytes makes the best anchor. */
function commonness(byte: number): number {
  const c = String.fromCharCode(byte);
  if ("etaoinsrhl".includes(c)) return 10;
  if (" -:\n\"'".includes(c)) return 10;
  if ("dcumfpgwyb".includes(c)) return 7;
  if (c >= "a" && c <= "z") return 4;
  if ((c >= "A" && c <= "Z") || (c >= "0" && c <= "9")) return 4;
  return 3;
}

export interface MarkerScanner {
  /** True when `bytes` contain one of the markers. */
  test(bytes: Uint8Array): boolean;
}

/** A scanner for `markers` (ASCII strings; a marker that contains another adds nothing). */
export function markerScanner(markers: readonly string[]): MarkerScanner {
  const unique = [...new Set(markers)].filter((m) => m.length > 0);
  for (const m of unique) {
    if (!/^[\x20-\x7e]+$/.test(m)) throw new Error(`marker ${JSON.stringify(m)} is not printable ASCII`);
  }
  // A text that holds a longer marker holds the shorter one inside it: only the shorter is looked for.
  const needed = unique.filter((m) => !unique.some((o) => o !== m && m.includes(o)));
  const single = needed.filter((m) => m.length === 1).map((m) => m.charCodeAt(0));
  /** By anchor (first byte << 8 | second byte): the markers anchored there and the anchor's offset in each. */
  const anchored = new Map<number, Array<{ bytes: Uint8Array; offset: number }>>();
  for (const m of needed) {
    if (m.length === 1) continue;
    const bytes = Uint8Array.from(m, (ch) => ch.charCodeAt(0));
    let offset = 0;
    let best = Infinity;
    for (let i = 0; i + 1 < bytes.length; i++) {
      const score = commonness(bytes[i]!) + commonness(bytes[i + 1]!);
      if (score < best) {
        best = score;
        offset = i;
      }
    }
    const key = (bytes[offset]! << 8) | bytes[offset + 1]!;
    const list = anchored.get(key) ?? [];
    list.push({ bytes, offset });
    anchored.set(key, list);
  }
  const table = new Uint16Array(65536);
  const groups: Array<Array<{ bytes: Uint8Array; offset: number }>> = [[]];
  for (const [key, list] of anchored) {
    table[key] = groups.length;
    groups.push(list);
  }
  return {
    test(data: Uint8Array): boolean {
      const n = data.length;
      for (const byte of single) if (data.indexOf(byte) >= 0) return true;
      for (let i = 0; i + 1 < n; i++) {
        const group = table[(data[i]! << 8) | data[i + 1]!]!;
        if (group === 0) continue;
        for (const { bytes, offset } of groups[group]!) {
          const start = i - offset;
          const length = bytes.length;
          if (start < 0 || start + length > n) continue;
          let k = 0;
          while (k < length && data[start + k] === bytes[k]) k++;
          if (k === length) return true;
        }
      }
      return false;
    },
  };
}
