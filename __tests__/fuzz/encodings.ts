/** The same text in the encodings a Windows editor or a careless tool may save a manifest in. */

export const ENCODINGS = ["utf16le-bom", "utf16le", "utf16be-bom", "utf16be", "utf32le-bom", "utf32be-bom"] as const;
export type EncodingName = (typeof ENCODINGS)[number];

function utf16le(text: string): Buffer {
  return Buffer.from(text, "utf16le");
}

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = Array.from(text, (c) => c.codePointAt(0)!);
  const buffer = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (littleEndian ? buffer.writeUInt32LE(p, i * 4) : buffer.writeUInt32BE(p, i * 4)));
  return buffer;
}

export function encode(text: string, encoding: EncodingName): Buffer {
  const bom = encoding.endsWith("-bom") ? "\ufeff" : "";
  const body = bom + (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  switch (encoding) {
    case "utf16le-bom":
    case "utf16le":
      return utf16le(body);
    case "utf16be-bom":
    case "utf16be":
      return utf16le(body).swap16();
    case "utf32le-bom":
      return utf32(body, true);
    case "utf32be-bom":
      return utf32(body, false);
  }
}
