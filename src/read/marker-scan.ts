/**
 * Whether raw bytes contain any of a set of ASCII marker strings, in one pass over the bytes and
 * without decoding them: the pre-filter that lets most files of a repository go unparsed.
 *
 * A regular expression of the markers' alternation tries a branch at every position whose byte
 * starts a marker, and in YAML most do (`n`, `s`, `t`, `-`…). Here the markers of at least
 * WINDOW bytes are searched the Wu–Manber way: a window as long as the shortest of them slides over
 * the bytes, and the two bytes at its end, looked up in a table, say how far it may jump (up to
 * the window's length less one) before a marker could end there; only where the jump is 0 are the
 * markers that end their window with those two bytes compared. Most pairs of bytes in YAML end no
 * marker's window, so most of the bytes are never looked at. The few shorter markers (`vllm`,
 * `-tp`) are found with Buffer's native search.
 */

/** Markers this long or longer are searched with the sliding window; shorter ones natively. */
const WINDOW = 6;

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
  const short = needed.filter((m) => m.length < WINDOW).map((m) => Buffer.from(m, "latin1"));
  const long = needed.filter((m) => m.length >= WINDOW).map((m) => Uint8Array.from(m, (ch) => ch.charCodeAt(0)));
  /** The window: the length of the shortest long marker (at most 255, so that every jump fits a byte). */
  const w = long.length > 0 ? Math.min(255, ...long.map((m) => m.length)) : 0;
  /** By the window's last two bytes: how far the window may move before a marker could end in it. */
  const shift = new Uint8Array(65536).fill(Math.max(1, w - 1));
  /** By the window's last two bytes, when its shift is 0: the markers whose first w bytes end with them. */
  const groupOf = new Uint16Array(65536);
  const groups: Uint8Array[][] = [[]];
  for (const m of long) {
    for (let q = 0; q + 2 <= w; q++) {
      const pair = (m[q]! << 8) | m[q + 1]!;
      shift[pair] = Math.min(shift[pair]!, w - 2 - q);
    }
    const last = (m[w - 2]! << 8) | m[w - 1]!;
    if (groupOf[last] === 0) {
      groupOf[last] = groups.length;
      groups.push([]);
    }
    groups[groupOf[last]!]!.push(m);
  }
  return {
    test(data: Uint8Array): boolean {
      if (short.length > 0) {
        const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        for (const needle of short) if (buffer.indexOf(needle) >= 0) return true;
      }
      if (w === 0) return false;
      const n = data.length;
      // `end`: the index of the window's last byte.
      let end = w - 1;
      while (end < n) {
        const pair = (data[end - 1]! << 8) | data[end]!;
        const jump = shift[pair]!;
        if (jump > 0) {
          end += jump;
          continue;
        }
        const start = end - w + 1;
        for (const m of groups[groupOf[pair]!]!) {
          const length = m.length;
          if (start + length > n) continue;
          let k = 0;
          while (k < length && data[start + k] === m[k]) k++;
          if (k === length) return true;
        }
        end++;
      }
      return false;
    },
  };
}
