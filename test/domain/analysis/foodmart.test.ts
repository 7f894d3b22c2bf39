/**
 * FoodMart 1997: the monthly table of ../shared/data/README.md to the cent. The CSV is read here
 * with papaparse into a SalesTable by hand, so this test checks the analysis alone.
 */
import fs from "fs";
import path from "path";
import Papa from "papaparse";
import type { SalesTable } from "../../../src/domain/import/types";
import { analyze } from "../../../src/domain/analysis";
import { dayOfIso } from "../../../src/domain/analysis/calendar";
import { importCsv } from "../../../src/domain/import";

const FILE = path.resolve(__dirname, "../../..", "../shared/data/foodmart-1997.csv");

/** FoodMart CSV → SalesTable (dimensions dictionary-encoded). */
function loadFoodmart(): SalesTable {
  const parsed = Papa.parse<string[]>(fs.readFileSync(FILE, "utf8").trim(), {
    skipEmptyLines: true,
  });
  const [header, ...rows] = parsed.data;
  const n = rows.length;
  const col = (name: string) => header.indexOf(name);
  const dimension = (name: string, kind: SalesTable["dimensions"][number]["kind"]) => {
    const labels: string[] = [];
    const codes = new Map<string, number>();
    const c = col(name);
    return {
      header: name,
      kind,
      labels,
      codes: Int32Array.from(rows, (r) => {
        let code = codes.get(r[c]);
        if (code === undefined) {
          code = labels.length;
          labels.push(r[c]);
          codes.set(r[c], code);
        }
        return code;
      }),
    };
  };
  return {
    rowCount: n,
    date: Int32Array.from(rows, (r) => dayOfIso(r[col("date")])),
    sourceRow: Int32Array.from(rows, (_, i) => i + 2),
    measures: {
      revenue: Float64Array.from(rows, (r) => Number(r[col("sales")])),
      cost: Float64Array.from(rows, (r) => Number(r[col("cost")])),
      quantity: Float64Array.from(rows, (r) => Number(r[col("units")])),
    },
    measureHeaders: { revenue: "sales", cost: "cost", quantity: "units" },
    dimensions: [
      dimension("store", "store"),
      dimension("sales_region", "region"),
      dimension("product_family", "category"),
      dimension("product_category", "category"),
    ],
    currency: "USD",
    decimals: { revenue: 2, cost: 4, quantity: 0 },
  };
}

// From ../shared/data/README.md (month, sales, cost, units).
const EXPECTED: [string, number, number, number][] = [
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

describe("FoodMart 1997 (27,112 rows)", () => {
  const table = loadFoodmart();
  const analysis = analyze(table);

  test("12 months in order, each to the cent", () => {
    expect(analysis.months.map((m) => m.month)).toEqual(EXPECTED.map((e) => e[0]));
    analysis.months.forEach((m, i) => {
      const [, sales, cost, units] = EXPECTED[i];
      expect(m.revenue).toBe(sales);
      expect(m.cost).toBe(cost);
      expect(m.quantity).toBe(units);
      expect(m.partial).toBe(false);
    });
  });

  test("totals to the cent", () => {
    expect(table.rowCount).toBe(27112);
    expect(analysis.total.revenue).toBe(565238.13);
    expect(analysis.total.cost).toBe(225627.23);
    expect(analysis.total.quantity).toBe(266773);
    expect(analysis.total.lines).toBe(27112);
    expect(analysis.total.margin).toBe(339610.9);
    expect(analysis.years).toHaveLength(1);
    expect(analysis.years[0].revenue).toBe(565238.13);
    expect(analysis.years[0].complete).toBe(true);
  });

  test("each month's margin is its revenue minus its cost, to the cent", () => {
    analysis.months.forEach((m, i) => {
      const [, sales, cost] = EXPECTED[i];
      expect(Math.abs(m.margin! - (sales - cost))).toBeLessThan(0.0101);
    });
  });

  test("gaps, rates and YTD follow from the README figures", () => {
    const [jan, feb] = analysis.months;
    expect(feb.prevMonthChange).toBe(-1480.9);
    expect(feb.prevMonthChangePct).toBeCloseTo((44058.79 - 45539.69) / 45539.69, 10);
    expect(feb.ytdRevenue).toBe(89598.48);
    expect(jan.marginRate).toBeCloseTo((45539.69 - 18178.49) / 45539.69, 6);
    expect(jan.markupRate).toBeCloseTo((45539.69 - 18178.49) / 18178.49, 6);
    expect(analysis.months[11].ytdRevenue).toBe(565238.13);
    expect(analysis.monthlyAverage).toBe(47103.18);
  });

  test("breakdowns add up to the total exactly, with the long tail grouped", () => {
    for (const b of Object.values(analysis.breakdowns)) {
      const cents = [...b.rows, ...(b.other ? [b.other] : [])].reduce(
        (s, r) => s + Math.round(r.revenue * 100),
        0
      );
      expect(cents).toBe(56523813);
      expect(b.rows.length + b.otherCount).toBe(b.memberCount);
    }
    expect(analysis.mainDimension).toBe("sales_region");
  });
});

describe.each(["foodmart-1997.csv", "foodmart-1997-fr.csv"])(
  "FoodMart 1997 through the import: %s",
  (file) => {
    test("import → analyze gives the README months and totals to the cent", () => {
      const bytes = fs.readFileSync(path.resolve(__dirname, "../../..", "../shared/data", file));
      const result = importCsv(new Uint8Array(bytes), { fileName: file });
      expect(result.ok).toBe(true);
      const analysis = analyze(result.table!);
      expect(analysis.months.map((m) => [m.month, m.revenue, m.cost, m.quantity])).toEqual(
        EXPECTED
      );
      expect(analysis.total).toMatchObject({
        revenue: 565238.13,
        cost: 225627.23,
        quantity: 266773,
        lines: 27112,
      });
      expect(analysis.currency).toBe(result.table!.currency);
    });
  }
);
