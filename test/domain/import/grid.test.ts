/**
 * Grids of cell values as Office.js returns them (range.values + range.numberFormat): the task
 * pane reads the user's selection or table this way.
 */
import { importGrid } from "../../../src/domain/import/grid";
import { dayToIso } from "../../../src/domain/import/dates";

describe("importGrid", () => {
  // Dates are Excel serial numbers in date-formatted cells, amounts are numbers.
  const values = [
    ["Date", "Commercial", "Qté", "CA HT", "Remise"],
    [45292, "Léa", 2, 1234.56, 0.1],
    [45323, "Hugo", 1, -120, 0],
    ["", "", "", "", ""],
    ["15/03/2024", "Léa", "3", "1 000,50 €", "5 %"], // typed as text by hand
    ["Total", "", 6, 2115.06, ""],
  ];
  const numberFormat = [
    ["General", "General", "General", "General", "General"],
    ["dd/mm/yyyy", "@", "0", '#,##0.00 "€"', "0%"],
    ["dd/mm/yyyy", "@", "0", '#,##0.00 "€"', "0%"],
    ["General", "General", "General", "General", "General"],
    ["@", "@", "@", "@", "@"],
    ["General", "General", "0", '#,##0.00 "€"', "General"],
  ];
  const r = importGrid({ values, numberFormat });

  it("reads serial numbers in date-formatted cells as dates, and text dates too", () => {
    expect(r.ok).toBe(true);
    expect(Array.from(r.table!.date, dayToIso)).toEqual(["2024-01-01", "2024-02-01", "2024-03-15"]);
  });

  it("shows date samples as dates, not as Excel serial numbers", () => {
    // 45292 is 2024-01-01 and 45323 is 2024-02-01 in Excel's 1900 date system.
    const date = r.columns.find((c) => c.header === "Date")!;
    expect(date.samples.slice(0, 3)).toEqual(["2024-01-01", "2024-02-01", "15/03/2024"]);
    expect(r.columns.find((c) => c.header === "CA HT")!.samples[0]).toBe("1234.56");
  });

  it("reads numbers as they are and text amounts with the column's mark", () => {
    expect(Array.from(r.table!.measures.revenue)).toEqual([1234.56, -120, 1000.5]);
    expect(Array.from(r.table!.measures.discount!)).toEqual([0.1, 0, 0.05]);
    expect(r.totals.revenue).toBe(2115.06);
    expect(r.totals.quantity).toBe(6);
    expect(r.table!.currency).toBe("EUR");
  });

  it("numbers rows as grid row + 1 and reports skipped lines", () => {
    expect(Array.from(r.table!.sourceRow)).toEqual([2, 3, 5]);
    expect(r.issues.filter((i) => i.code === "blank-line").map((i) => i.row)).toEqual([4]);
    expect(r.issues.filter((i) => i.code === "total-line").map((i) => i.row)).toEqual([6]);
    expect(r.source).toMatchObject({
      format: "grid",
      rowsRead: 5,
      rowsImported: 3,
      rowsRejected: 0,
      rowsSkipped: 2,
    });
  });

  it("numbers rows from the sheet row of the first grid row when given", () => {
    const shifted = importGrid({ values, numberFormat, firstRow: 10 });
    expect(Array.from(shifted.table!.sourceRow)).toEqual([11, 12, 14]);
  });

  it("reads Date objects and null cells (exceljs style)", () => {
    const g = importGrid({
      values: [
        ["Jour", "Client", "Montant"],
        [new Date(Date.UTC(2024, 4, 2)), "A", 10],
        [new Date(Date.UTC(2024, 4, 3)), null, 5.25],
        [null, "C", 7],
      ],
    });
    expect(Array.from(g.table!.date, dayToIso)).toEqual(["2024-05-02", "2024-05-03"]);
    expect(g.table!.dimensions[0].labels).toEqual(["A", ""]);
    expect(g.issues.filter((i) => i.code === "missing-date").map((i) => i.row)).toEqual([4]);
  });

  it("does not turn a year in a date column into a 1905 date", () => {
    const g = importGrid({
      values: [
        ["Date", "CA"],
        [2024, 10],
        [45292, 20],
      ],
    });
    expect(g.source.rowsImported).toBe(1);
    expect(g.issues.filter((i) => i.code === "bad-date")).toEqual([
      expect.objectContaining({ row: 2, value: "2024" }),
    ]);
  });

  it("reads a selection without a header row", () => {
    const g = importGrid({
      values: [
        [45292, "Nord", 100],
        [45293, "Sud", 50],
      ],
      numberFormat: [
        ["dd/mm/yyyy", "@", "0.00"],
        ["dd/mm/yyyy", "@", "0.00"],
      ],
    });
    expect(g.ok).toBe(true);
    expect(g.source.headerRow).toBeNull();
    expect(g.totals.revenue).toBe(150);
  });

  it("gives a fatal result, never an exception, for empty or malformed grids", () => {
    expect(importGrid({ values: [] }).ok).toBe(false);
    expect(
      importGrid({
        values: [
          [null, null],
          [null, null],
        ],
      }).fatal
    ).not.toBeNull();
    expect(
      importGrid({ values: [[1], "x" as unknown as unknown[], [undefined as unknown]] }).ok
    ).toBe(false);
  });
});
