import {
  decodeText,
  detectEncoding,
  hasUtf8Bom,
  looksBinary,
} from "../../../src/domain/import/encoding";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("reads UTF-8 without BOM", () => {
    expect(decodeText(utf8("Coût;Région\n"))).toEqual({ text: "Coût;Région\n", encoding: "utf-8" });
  });

  it("reads UTF-8 with BOM and drops the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Qté;CA HT")]);
    expect(hasUtf8Bom(bytes)).toBe(true);
    expect(decodeText(bytes)).toEqual({ text: "Qté;CA HT", encoding: "utf-8-bom" });
  });

  it("falls back to Windows-1252 (French Excel CSV) when the bytes are not UTF-8", () => {
    // "Coût d'achat;Qté;€" in Windows-1252: û = FB, é = E9, € = 80
    const bytes = new Uint8Array([0x43, 0x6f, 0xfb, 0x74, 0x3b, 0x51, 0x74, 0xe9, 0x3b, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: "Coût;Qté;€", encoding: "windows-1252" });
    expect(detectEncoding(bytes)).toBe("windows-1252");
  });

  it("maps the Windows-1252 bytes 0x80-0x9F (€ ’ œ – …) in every runtime", () => {
    const bytes = new Uint8Array([0x80, 0x20, 0x92, 0x9c, 0x96, 0x85, 0xab, 0xbb]);
    expect(decodeText(bytes).text).toBe("€ ’œ–…«»");
  });

  it("reads UTF-16 with a byte order mark (Excel 'Unicode text')", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]);
    expect(decodeText(le)).toEqual({ text: "Aé", encoding: "utf-16le" });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]);
    expect(decodeText(be)).toEqual({ text: "Aé", encoding: "utf-16be" });
  });
});

describe("looksBinary", () => {
  it("spots binary files and accepts text", () => {
    expect(looksBinary(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(utf8("a;b\n1;2\n"))).toBe(false);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe(false);
  });
});
