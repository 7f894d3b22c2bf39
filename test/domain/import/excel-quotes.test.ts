/**
 * Excel's reading of malformed quotes, record by record, on hand-written lines (expected cells as
 * Excel shows them when it opens the CSV), and the line-break counter used to number rows.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { createBreakCounter, readExcelRecord } from "../../../src/domain/import/excel-quotes";

/** Every record of a text, as readExcelRecord reads them one after the other. */
function allRecords(text: string, delimiter = ";", maxFields = Infinity) {
  const out: ReturnType<typeof readExcelRecord>[] = [];
  for (let pos = 0; pos < text.length;) {
    const r = readExcelRecord(text, pos, delimiter, maxFields);
    expect(r.end).toBeGreaterThan(pos);
    out.push(r);
    pos = r.end;
  }
  return out;
}

describe("readExcelRecord", () => {
  it("reads well-formed quoting like any CSV reader", () => {
    const r = readExcelRecord('a;"b;""c""";;"d"\r\nnext', 0, ";");
    expect(r.cells).toEqual(["a", 'b;"c"', "", "d"]);
    expect(r.quote).toBeNull();
    expect(r.end).toBe(18); // after \r\n
  });

  it("keeps a quote inside an unquoted field as a character", () => {
    expect(readExcelRecord('=HYPERLINK("http://x";y', 0, ";").cells).toEqual([
      '=HYPERLINK("http://x"',
      "y",
    ]);
  });

  it("keeps the text after a closing quote, up to the separator, and says so", () => {
    const r = readExcelRecord('07/03/2024;"300");"Écran 24"" noir" mat;x\n', 0, ";");
    expect(r.cells).toEqual(["07/03/2024", "300)", 'Écran 24" noir mat', "x"]);
    expect(r.quote).toEqual({ field: 1, kind: "trailing", value: "300)" });
    expect(r.end).toBe(r.cells.join(";").length + 6); // the four quotes, one "" and \n
  });

  it("lets a properly closed quoted field span lines", () => {
    const records = allRecords('1;"ligne 1\nligne 2";A\n2;B;C');
    expect(records.map((r) => r.cells)).toEqual([
      ["1", "ligne 1\nligne 2", "A"],
      ["2", "B", "C"],
    ]);
    expect(records.every((r) => r.quote === null)).toBe(true);
  });

  it("reads a quote not closed on its line as a character; the next lines are records", () => {
    const records = allRecords('1;"B;20\n2;C;30\n3;"D";40');
    expect(records.map((r) => r.cells)).toEqual([
      ["1", '"B', "20"],
      ["2", "C", "30"],
      ["3", "D", "40"],
    ]);
    expect(records[0].quote).toEqual({ field: 1, kind: "unterminated", value: '"B' });
  });

  it("does not let a quote close on a later line when text follows the closing quote", () => {
    // The quote of line 1 would close before `x` on line 2: not a proper close.
    const records = allRecords('1;"a\n2;b"x;c');
    expect(records.map((r) => r.cells)).toEqual([
      ["1", '"a'],
      ["2", 'b"x', "c"],
    ]);
  });

  it("does not let a multi-line field make the record wider than the header", () => {
    const text = '1;"b\n2;c";3;4';
    expect(readExcelRecord(text, 0, ";").cells).toEqual(["1", "b\n2;c", "3", "4"]);
    const r = readExcelRecord(text, 0, ";", 3);
    expect(r.cells).toEqual(["1", '"b']);
    expect(r.end).toBe(5);
    expect(r.quote?.kind).toBe("unterminated");
  });

  it("handles \\r line endings and a tab separator", () => {
    expect(allRecords('a\t"b"c\rd\te', "\t").map((r) => r.cells)).toEqual([
      ["a", "bc"],
      ["d", "e"],
    ]);
  });

  it("reads well-formed CSV exactly as papaparse does (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", ";", '"', "\n", " ", "1") });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(table, (rows) => {
        // Papaparse writes every field quoted: no malformed quote.
        const text = Papa.unparse(rows, { delimiter: ";", quotes: true, newline: "\r\n" });
        const expected = Papa.parse<string[]>(text, { delimiter: ";" }).data;
        expect(allRecords(text).map((r) => r.cells)).toEqual(expected);
      })
    );
  });

  it("never loses a line: records cover the text, every line in exactly one record (property)", () => {
    const text = fc.string({ unit: fc.constantFrom("a", ";", '"', "\n", "\r\n", "1") });
    fc.assert(
      fc.property(text, (t) => {
        let pos = 0;
        let lines = 0;
        const count = createBreakCounter(t, "\n");
        for (const r of allRecords(t)) {
          lines += count(pos, r.end);
          pos = r.end;
        }
        expect(pos).toBe(t.length);
        expect(lines).toBe(t.split("\n").length - 1);
      })
    );
  });
});

describe("createBreakCounter", () => {
  it("counts \\n (\\r\\n files too) between offsets, scanning forward", () => {
    const text = "a\r\nb\nc\r\nd";
    const count = createBreakCounter(text, "\r\n");
    expect(count(0, 3)).toBe(1);
    expect(count(3, 5)).toBe(1);
    expect(count(5, text.length)).toBe(1);
    expect(count(0, text.length)).toBe(3);
  });

  it("counts \\r in a file whose lines end with \\r alone", () => {
    const count = createBreakCounter("a\rb\rc", "\r");
    expect(count(0, 5)).toBe(2);
  });
});
