import fs from "fs";
import os from "os";
import path from "path";
import {
  parseSampleArgs,
  writeSample,
  SALES_FILE,
  TARGETS_FILE,
} from "../../../src/cli/generate-sample";

describe("npm run sample", () => {
  test("options", () => {
    expect(parseSampleArgs([])).toEqual({ seed: 2026, out: path.join("assets", "samples") });
    expect(parseSampleArgs(["--seed", "7", "--out", "/tmp/x"])).toEqual({ seed: 7, out: "/tmp/x" });
    expect(() => parseSampleArgs(["--seed", "sept"])).toThrow("--seed needs a whole number");
    expect(() => parseSampleArgs(["--out"])).toThrow("--out needs a folder");
    expect(() => parseSampleArgs(["--size", "3"])).toThrow("Unknown option: --size");
  });

  test("writes both files in Windows-1252 with CRLF", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sample-"));
    try {
      const { files, lines } = await writeSample({ seed: 5, out: dir });
      expect(files).toEqual([path.join(dir, SALES_FILE), path.join(dir, TARGETS_FILE)]);
      const bytes = fs.readFileSync(files[0]);
      // "Région" in the header: é is 0xE9 in Windows-1252 (it would be C3 A9 in UTF-8).
      const header = bytes.subarray(0, bytes.indexOf(0x0d));
      expect(header.includes(Buffer.from([0x52, 0xe9, 0x67]))).toBe(true);
      expect(bytes.includes(Buffer.from([0xc3, 0xa9]))).toBe(false);
      expect(bytes.subarray(header.length, header.length + 2)).toEqual(Buffer.from("\r\n"));
      expect(bytes.toString("latin1").split("\r\n").length - 2).toBe(lines);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
