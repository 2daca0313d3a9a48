import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);

// src/read/decode.ts
function detectEncoding(bytes) {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  const four = bytes.length >= 4;
  if (four && b0 === 0 && b1 === 0 && b2 === 254 && b3 === 255) return { encoding: "UTF-32BE", bomBytes: 4 };
  if (four && b0 === 255 && b1 === 254 && b2 === 0 && b3 === 0) return { encoding: "UTF-32LE", bomBytes: 4 };
  if (bytes.length >= 2 && b0 === 254 && b1 === 255) return { encoding: "UTF-16BE", bomBytes: 2 };
  if (bytes.length >= 2 && b0 === 255 && b1 === 254) return { encoding: "UTF-16LE", bomBytes: 2 };
  if (bytes.length >= 3 && b0 === 239 && b1 === 187 && b2 === 191) return { encoding: "UTF-8", bomBytes: 3 };
  if (four && b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) return { encoding: "UTF-32BE", bomBytes: 0 };
  if (four && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return { encoding: "UTF-32LE", bomBytes: 0 };
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return { encoding: "UTF-16BE", bomBytes: 0 };
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return { encoding: "UTF-16LE", bomBytes: 0 };
  return { encoding: "UTF-8", bomBytes: 0 };
}
var UTF8_FATAL = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var UTF8_LOOSE = new TextDecoder("utf-8", { ignoreBOM: true });
var UTF16_FATAL = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
var UTF16_LOOSE = new TextDecoder("utf-16le", { ignoreBOM: true });
function utf16(bytes, bigEndian, fatal) {
  if (bytes.length % 2 !== 0) {
    if (fatal) throw new Error("odd number of bytes");
    bytes = bytes.subarray(0, bytes.length - 1);
  }
  const source = bigEndian ? Buffer.from(bytes).swap16() : bytes;
  return (fatal ? UTF16_FATAL : UTF16_LOOSE).decode(source);
}
function utf32(bytes, bigEndian, fatal) {
  if (bytes.length % 4 !== 0 && fatal) throw new Error("byte count not a multiple of 4");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength - bytes.byteLength % 4);
  const parts = [];
  let chunk = [];
  for (let offset = 0; offset < view.byteLength; offset += 4) {
    let code = view.getUint32(offset, !bigEndian);
    if (code > 1114111 || code >= 55296 && code <= 57343) {
      if (fatal) throw new Error(`no character U+${code.toString(16).toUpperCase()}`);
      code = 65533;
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
function decodeAs(bytes, detected, fatal) {
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
function decodeText(bytes, detected = detectEncoding(bytes)) {
  try {
    return { ok: true, text: decodeAs(bytes, detected, true) };
  } catch {
    return { ok: false, encoding: detected.encoding, message: `file is not valid ${detected.encoding} text; save it as UTF-8` };
  }
}
function decodeLoosely(bytes, detected = detectEncoding(bytes)) {
  return decodeAs(bytes, detected, false);
}

export {
  detectEncoding,
  decodeText,
  decodeLoosely
};
