/**
 * Bytes → text, in every encoding YAML allows: UTF-8, UTF-16 and UTF-32, big- or little-endian,
 * with or without a byte order mark. Without one, the encoding is told from where the zero bytes
 * fall in the first four, as the YAML 1.2 specification (section 5.2) prescribes: a YAML stream
 * starts with an ASCII character, so `x 00` is UTF-16LE, `00 x` UTF-16BE, `x 00 00 00` UTF-32LE
 * and `00 00 00 x` UTF-32BE.
 */

export type TextEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "UTF-32LE" | "UTF-32BE";

export interface Detected {
  encoding: TextEncoding;
  /** Bytes of the byte order mark at the start, 0 when there is none. */
  bomBytes: number;
}

export function detectEncoding(bytes: Uint8Array): Detected {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  const four = bytes.length >= 4;
  if (four && b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: "UTF-32BE", bomBytes: 4 };
  if (four && b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: "UTF-32LE", bomBytes: 4 };
  if (bytes.length >= 2 && b0 === 0xfe && b1 === 0xff) return { encoding: "UTF-16BE", bomBytes: 2 };
  if (bytes.length >= 2 && b0 === 0xff && b1 === 0xfe) return { encoding: "UTF-16LE", bomBytes: 2 };
  if (bytes.length >= 3 && b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "UTF-8", bomBytes: 3 };
  if (four && b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 !== 0x00) return { encoding: "UTF-32BE", bomBytes: 0 };
  if (four && b0 !== 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) return { encoding: "UTF-32LE", bomBytes: 0 };
  if (bytes.length >= 2 && b0 === 0x00 && b1 !== 0x00) return { encoding: "UTF-16BE", bomBytes: 0 };
  if (bytes.length >= 2 && b0 !== 0x00 && b1 === 0x00) return { encoding: "UTF-16LE", bomBytes: 0 };
  return { encoding: "UTF-8", bomBytes: 0 };
}

export type Decoded = { ok: true; text: string } | { ok: false; encoding: TextEncoding; message: string };

const UTF8_FATAL = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const UTF8_LOOSE = new TextDecoder("utf-8", { ignoreBOM: true });
const UTF16_FATAL = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
const UTF16_LOOSE = new TextDecoder("utf-16le", { ignoreBOM: true });

function utf16(bytes: Uint8Array, bigEndian: boolean, fatal: boolean): string {
  if (bytes.length % 2 !== 0) {
    if (fatal) throw new Error("odd number of bytes");
    bytes = bytes.subarray(0, bytes.length - 1);
  }
  // Big-endian is decoded as little-endian over swapped bytes: TextDecoder's utf-16be needs ICU.
  const source = bigEndian ? Buffer.from(bytes).swap16() : bytes;
  return (fatal ? UTF16_FATAL : UTF16_LOOSE).decode(source);
}

function utf32(bytes: Uint8Array, bigEndian: boolean, fatal: boolean): string {
  if (bytes.length % 4 !== 0 && fatal) throw new Error("byte count not a multiple of 4");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength - (bytes.byteLength % 4));
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let offset = 0; offset < view.byteLength; offset += 4) {
    let code = view.getUint32(offset, !bigEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      if (fatal) throw new Error(`no character U+${code.toString(16).toUpperCase()}`);
      code = 0xfffd;
    }
    chunk.push(code);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join("");
}

function decodeAs(bytes: Uint8Array, detected: Detected, fatal: boolean): string {
  const body = bytes.subarray(detected.bomBytes);
  switch (detected.encoding) {
    case "UTF-8":
      return (fatal ? UTF8_FATAL : UTF8_LOOSE).decode(body);
    case "UTF-16LE":
      return utf16(body, false, fatal);
    case "UTF-16BE":
      return utf16(body, true, fatal);
    case "UTF-32LE":
      return utf32(body, false, fatal);
    case "UTF-32BE":
      return utf32(body, true, fatal);
  }
}

/** The text, or what is wrong with the bytes. The byte order mark is not part of the text. */
export function decodeText(bytes: Uint8Array, detected: Detected = detectEncoding(bytes)): Decoded {
  try {
    return { ok: true, text: decodeAs(bytes, detected, true) };
  } catch {
    return { ok: false, encoding: detected.encoding, message: `file is not valid ${detected.encoding} text; save it as UTF-8` };
  }
}

/** The text as far as it can be read, bad sequences replaced: enough to look for marker strings. */
export function decodeLoosely(bytes: Uint8Array, detected: Detected = detectEncoding(bytes)): string {
  return decodeAs(bytes, detected, false);
}
