/**
 * Text encodings of sales exports: UTF-8 (with or without BOM) or Windows-1252 (what French Excel
 * writes as "CSV"). Detection only uses the WHATWG TextDecoder, available in Node and browsers.
 */

export type TextEncodingName = "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** True when the bytes start with the UTF-8 byte order mark EF BB BF. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Decodes bytes: UTF-16 when a UTF-16 byte order mark says so; else as UTF-8 when they are valid UTF-8 (strict decoder), otherwise as Windows-1252
 * (every byte sequence is valid there, so this never fails). A leading BOM is removed.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  // Excel's "Unicode text" export is UTF-16 with a byte order mark.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  if (hasUtf8Bom(bytes)) {
    return { text: decodeUtf8Lenient(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** Windows-1252 characters of bytes 0x80–0x9F (€, ’, œ, …, –, —); undefined bytes stay as is. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 text. Node 20's TextDecoder treats the label as ISO-8859-1 and leaves bytes
 * 0x80–0x9F as control characters (browsers map them): they are mapped here, so "€" and "’"
 * come out right everywhere.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder("windows-1252").decode(bytes);
  if (decoderMapsC1() || !/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80])
  );
}

let c1Mapped: boolean | null = null;

/** True when this runtime's decoder already maps 0x80 to "€" (browsers): no second scan then. */
function decoderMapsC1(): boolean {
  c1Mapped ??= new TextDecoder("windows-1252").decode(new Uint8Array([0x80])) === "€";
  return c1Mapped;
}

/** A BOM says UTF-8 even if a stray byte is invalid: replace it rather than switch encodings. */
function decodeUtf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/** Detects the encoding without keeping the text. */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  return decodeText(bytes).encoding;
}

/**
 * True when the bytes are not text: NUL bytes or many control characters in the first
 * kilobytes (an old .xls, a PDF, a zip). UTF-16 with a byte order mark is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}
