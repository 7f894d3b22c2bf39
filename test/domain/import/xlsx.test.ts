/**
 * .xlsx workbooks, built in the test with exceljs: first sheet, named sheet, named table, real
 * dates, formulas (their cached results), rich text, and clear failures.
 */
import ExcelJS from "exceljs";
import { importBytes } from "../../../src/domain/import/bytes";
import { dayToIso } from "../../../src/domain/import/dates";
import { importXlsx, listXlsxSheets } from "../../../src/domain/import/xlsx";

async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("Notes");
  notes.getCell("A1").value = "Ventes 2024 — à lire d'abord";
  const sales = wb.addWorksheet("Ventes");
  sales.addRow(["Export du 31/03/2024"]); // a title above the header
  sales.addRow(["Date", "Client", "Qté", "P.U. HT", "Mt HT"]);
  sales.addRow([
    new Date(Date.UTC(2024, 0, 15)),
    "Dupont",
    2,
    10.5,
    { formula: "C3*D3", result: 21 },
  ]);
  sales.addRow([
    new Date(Date.UTC(2024, 1, 3)),
    { richText: [{ text: "Mar" }, { text: "tin" }] },
    1,
    99.99,
    99.99,
  ]);
  sales.addRow([45352, "Durand", -1, 5, { formula: "C5*D5", result: -5 }]); // a serial with a date format
  sales.getCell("A5").numFmt = "dd/mm/yyyy";
  sales.addRow(["Total", null, 2, null, { formula: "SUM(E3:E5)", result: 115.99 }]);
  sales.getColumn(5).numFmt = '#,##0.00 "€"';
  const other = wb.addWorksheet("Autre");
  other.addTable({
    name: "TVentes",
    ref: "B2",
    headerRow: true,
    columns: [{ name: "Jour" }, { name: "Canal" }, { name: "CA HT" }],
    rows: [
      [new Date(Date.UTC(2024, 2, 1)), "Web", 100],
      [new Date(Date.UTC(2024, 2, 2)), "Boutique", 50.25],
    ],
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("importXlsx", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await workbookBytes();
  });

  it("lists sheets and tables", async () => {
    expect(await listXlsxSheets(bytes)).toEqual(["Notes", "Ventes", "Autre", "TVentes"]);
    expect(await listXlsxSheets(new Uint8Array([1, 2, 3]))).toEqual([]);
  });

  it("reads the first sheet with data by default: real dates, formula results, rich text", async () => {
    const r = await importXlsx(bytes, { fileName: "ventes.xlsx" });
    expect(r.ok).toBe(true);
    expect(r.source).toMatchObject({
      file: "ventes.xlsx",
      format: "xlsx",
      sheet: "Ventes",
      headerRow: 2,
      rowsImported: 3,
    });
    expect(Array.from(r.table!.date, dayToIso)).toEqual(["2024-01-15", "2024-02-03", "2024-03-01"]);
    expect(Array.from(r.table!.measures.revenue)).toEqual([21, 99.99, -5]);
    expect(r.table!.dimensions[0].labels).toEqual(["Dupont", "Martin", "Durand"]);
    expect(Array.from(r.table!.sourceRow)).toEqual([3, 4, 5]);
    expect(r.totals.revenue).toBe(115.99);
    expect(r.table!.currency).toBe("EUR");
    expect(r.issues.filter((i) => i.code === "title-line").map((i) => i.row)).toEqual([1]);
    expect(r.issues.filter((i) => i.code === "total-line").map((i) => i.row)).toEqual([6]);
  });

  it("reads a named sheet", async () => {
    const r = await importXlsx(bytes, { sheet: "ventes" });
    expect(r.source.sheet).toBe("Ventes");
    expect(r.totals.revenue).toBe(115.99);
  });

  it("reads a named table, numbering rows as in the sheet", async () => {
    const r = await importXlsx(bytes, { sheet: "TVentes" });
    expect(r.ok).toBe(true);
    expect(r.source.sheet).toBe("TVentes");
    expect(r.roles).toMatchObject({ date: "Jour", revenue: "CA HT", dimensions: ["Canal"] });
    expect(Array.from(r.table!.sourceRow)).toEqual([3, 4]);
    expect(r.totals.revenue).toBe(150.25);
  });

  it("names the sheets available when the one asked for does not exist", async () => {
    const r = await importXlsx(bytes, { sheet: "Nope" });
    expect(r.ok).toBe(false);
    expect(r.fatal!.en).toBe(
      "Sheet or table “Nope” not found. Available: “Notes”, “Ventes”, “Autre”, “TVentes”."
    );
  });

  it("fails clearly on a file that is not an .xlsx", async () => {
    const notZip = await importXlsx(new TextEncoder().encode("Date;CA\n"));
    expect(notZip.fatal!.fr).toContain("pas un classeur Excel .xlsx lisible");
    const brokenZip = await importXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(brokenZip.ok).toBe(false);
    expect(brokenZip.fatal!.en).toContain("not a readable .xlsx");
  });
});

describe("importBytes", () => {
  it("recognises .xlsx by its zip signature and anything else as CSV", async () => {
    const xlsx = await importBytes(await workbookBytes());
    expect(xlsx.source.format).toBe("xlsx");
    expect(xlsx.totals.revenue).toBe(115.99);
    const csv = await importBytes(
      new TextEncoder().encode("Date;CA HT\n06/01/2024;12,50\n").buffer as ArrayBuffer
    );
    expect(csv.source.format).toBe("csv");
    expect(csv.totals.revenue).toBe(12.5);
    const xls = await importBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(xls.fatal!.en).toContain("old .xls format");
  });
});
