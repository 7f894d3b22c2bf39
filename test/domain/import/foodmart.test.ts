/**
 * The FoodMart 1997 files of ../shared/data: totals and monthly figures to the cent, as listed
 * in ../shared/data/README.md (typed here from that README, not computed by the import).
 */
import { readFileSync } from "fs";
import path from "path";
import {
  civilFromDays,
  importCsv,
  roundTo,
  sumExact,
  sumExactByKey,
  type ImportResult,
} from "../../../src/domain/import";

const dataDir = path.resolve(__dirname, "../../..", "../shared/data");

/** month → [sales, cost, units] from ../shared/data/README.md */
const MONTHS: [string, number, number, number][] = [
  ["1997-01", 45539.69, 18178.49, 21628],
  ["1997-02", 44058.79, 17599.67, 20957],
  ["1997-03", 50029.87, 19974.08, 23706],
  ["1997-04", 42878.25, 17111.7, 20179],
  ["1997-05", 44456.29, 17782.56, 21081],
  ["1997-06", 45331.73, 18069.97, 21350],
  ["1997-07", 50246.88, 20005.79, 23763],
  ["1997-08", 46199.04, 18435.96, 21697],
  ["1997-09", 43825.97, 17463.12, 20388],
  ["1997-10", 42342.27, 16902.01, 19958],
  ["1997-11", 53363.71, 21357.76, 25270],
  ["1997-12", 56965.64, 22746.13, 26796],
];

function load(file: string): ImportResult {
  return importCsv(new Uint8Array(readFileSync(path.join(dataDir, file))), { fileName: file });
}

function monthIndex(days: Int32Array): Int32Array {
  const keys = new Int32Array(days.length);
  for (let i = 0; i < days.length; i++) {
    const { year, month } = civilFromDays(days[i]);
    keys[i] = (year - 1997) * 12 + month - 1;
  }
  return keys;
}

describe.each([
  [
    "foodmart-1997.csv",
    "utf-8",
    ",",
    { date: "date", revenue: "sales", cost: "cost", quantity: "units" },
  ],
  [
    "foodmart-1997-fr.csv",
    "windows-1252",
    ";",
    { date: "Date", revenue: "CA HT", cost: "Coût d'achat", quantity: "Quantité" },
  ],
])("%s", (file, encoding, delimiter, headers) => {
  const result = load(file);
  const table = result.table!;

  it("reads every row, rejects none", () => {
    expect(result.ok).toBe(true);
    expect(result.fatal).toBeNull();
    expect(result.source.encoding).toBe(encoding);
    expect(result.source.delimiter).toBe(delimiter);
    expect(result.source.rowsRead).toBe(27112);
    expect(result.source.rowsImported).toBe(27112);
    expect(result.source.rowsRejected).toBe(0);
    expect(table.rowCount).toBe(27112);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("detects the columns", () => {
    expect(result.roles).toMatchObject(headers);
    expect(result.roles.dimensions).toHaveLength(8);
    expect(table.decimals.cost).toBe(4);
    expect(table.decimals.revenue).toBe(2);
    expect(result.derived).toEqual(["margin"]);
  });

  it("gives the README totals to the cent", () => {
    expect(roundTo(result.totals.revenue!, 2)).toBe(565238.13);
    expect(roundTo(result.totals.cost!, 2)).toBe(225627.23);
    expect(result.totals.quantity).toBe(266773);
    expect(roundTo(result.totals.margin!, 2)).toBe(roundTo(565238.13 - 225627.2336, 2));
  });

  it("gives the README monthly figures to the cent", () => {
    const keys = monthIndex(table.date);
    const sales = sumExactByKey(table.measures.revenue, keys, 12, table.decimals.revenue!);
    const cost = sumExactByKey(table.measures.cost!, keys, 12, table.decimals.cost!);
    const units = sumExactByKey(table.measures.quantity!, keys, 12, 0);
    MONTHS.forEach(([, s, c, u], m) => {
      expect(roundTo(sales[m], 2)).toBe(s);
      expect(roundTo(cost[m], 2)).toBe(c);
      expect(units[m]).toBe(u);
    });
  });

  it("covers 1997-01-01 to 1997-12-30 and keeps source row numbers", () => {
    let min = Infinity;
    let max = -Infinity;
    for (const d of table.date) {
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    expect(civilFromDays(min)).toEqual({ year: 1997, month: 1, day: 1 });
    expect(civilFromDays(max)).toEqual({ year: 1997, month: 12, day: 30 });
    expect(table.sourceRow[0]).toBe(2);
    expect(table.sourceRow[table.rowCount - 1]).toBe(27113);
  });

  it("reconciles each measure: source = imported + rejected", () => {
    for (const r of result.reconciliation) {
      expect(r.rejected).toBe(0);
      expect(r.skippedTotals).toBe(0);
      expect(r.source).toBe(r.imported);
    }
    expect(sumExact(table.measures.revenue, 2)).toBe(565238.13);
  });
});
