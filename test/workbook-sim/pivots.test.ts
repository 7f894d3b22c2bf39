/**
 * PivotTables computed by the simulator, checked against independently known figures: the monthly
 * sales of FoodMart 1997 published in ../shared/data/README.md, and small hand-checked tables.
 * PT = https://learn.microsoft.com/javascript/api/excel/excel.pivottable,
 * PTS = https://learn.microsoft.com/javascript/api/excel/excel.pivottablecollection,
 * LAYOUT = https://learn.microsoft.com/javascript/api/excel/excel.pivotlayout,
 * SHOWAS = https://learn.microsoft.com/javascript/api/excel/excel.showascalculation (API reference).
 * The compact layout with "Row Labels"/"Grand Total" is Excel's default PivotTable report layout
 * (paraphrased from Excel's help "Design the layout and format of a PivotTable", support.microsoft.com).
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";
import { createSimulatedExcel } from "../../src/workbook-sim";

type Sim = ReturnType<typeof createSimulatedExcel>;

const DATA = path.resolve(__dirname, "../..", "../shared/data/foodmart-1997.csv");

// README.md of the data set: monthly sales 1997 and the total.
const MONTHLY_SALES = [
  45539.69, 44058.79, 50029.87, 42878.25, 44456.29, 45331.73, 50246.88, 46199.04, 43825.97,
  42342.27, 53363.71, 56965.64,
];
const TOTAL_SALES = 565238.13;

function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** The FoodMart lines as a Ventes table with a Mois column (first day of the month). */
async function loadFoodmart(sim: Sim): Promise<number> {
  const parsed = Papa.parse<string[]>(fs.readFileSync(DATA, "utf8").trim(), {
    skipEmptyLines: true,
  });
  const [, ...lines] = parsed.data;
  const rows = lines.map((l) => {
    const [y, m] = l[0].split("-").map(Number);
    return [serial(y, m, 1), l[5], l[6], Number(l[9]), Number(l[10]), Number(l[11])];
  });
  await sim.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("Données");
    ws.getRange("A1:F1").values = [
      ["Mois", "Région", "Famille", "Quantité", "CA HT", "Coût d'achat"],
    ];
    const chunk = 5000;
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      ws.getRange(`A${i + 2}:F${i + 1 + part.length}`).values = part;
      await context.sync();
    }
    ws.getRange(`A2:A${rows.length + 1}`).numberFormat = "mmm yyyy" as unknown as string[][];
    ws.tables.add(`Données!A1:F${rows.length + 1}`, true).name = "Ventes";
    await context.sync();
  });
  return rows.length;
}

describe("PivotTables on FoodMart 1997 (figures from the data set's README)", () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = createSimulatedExcel();
    const n = await loadFoodmart(sim);
    expect(n).toBe(27112);
  }, 60000);

  // PTS, add(name, source, destination): "Add a PivotTable based on the specified source data and insert it
  // at the top-left cell of the destination range." (ExcelApi 1.8); LAYOUT, getRange: "Returns the range the
  // PivotTable exists on, excluding the filter area."; getDataBodyRange: "Returns the range where the
  // PivotTable's data values reside."; DataPivotHierarchy.numberFormat: "Number format of the
  // DataPivotHierarchy." (https://learn.microsoft.com/javascript/api/excel/excel.datapivothierarchy)
  test("revenue by month: compact layout, items in date order, grand total", async () => {
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("TCD");
      const pt = ws.pivotTables.add(
        "CAParMois",
        context.workbook.tables.getItem("Ventes"),
        "TCD!A3"
      );
      pt.rowHierarchies.add(pt.hierarchies.getItem("Mois"));
      const dh = pt.dataHierarchies.add(pt.hierarchies.getItem("CA HT"));
      dh.numberFormat = "#,##0.00";
      await context.sync();
      const range = pt.layout.getRange().load("address, values");
      const body = pt.layout.getDataBodyRange().load("address, values");
      const name = dh.load("name");
      await context.sync();
      expect(name.name).toBe("Somme de CA HT");
      expect(range.address).toBe("TCD!A3:B16");
      expect(body.address).toBe("TCD!B4:B16");
      expect(range.values[0]).toEqual(["Étiquettes de lignes", "Somme de CA HT"]);
      expect(range.values.slice(1, 13).map((r) => r[0])).toEqual(
        Array.from({ length: 12 }, (_, i) => serial(1997, i + 1, 1))
      );
      range.values.slice(1, 13).forEach((r, i) => expect(r[1]).toBeCloseTo(MONTHLY_SALES[i], 2));
      expect(range.values[13][0]).toBe("Total général");
      expect(range.values[13][1]).toBeCloseTo(TOTAL_SALES, 2);
    });
    const view = sim.workbook.pivots("TCD")[0] as { texts: string[][] };
    expect(view.texts[1]).toEqual(["janv. 1997", "45\u202f539,69"]);
  });

  // RowColumnPivotHierarchyCollection.add: "Adds the PivotHierarchy to the current axis."
  // (https://learn.microsoft.com/javascript/api/excel/excel.rowcolumnpivothierarchycollection)
  test("months × region with grand totals in both directions", async () => {
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("TCD");
      const pt = ws.pivotTables.add("CAParRegion", "Ventes", "TCD!E3");
      pt.rowHierarchies.add(pt.hierarchies.getItem("Mois"));
      pt.columnHierarchies.add(pt.hierarchies.getItem("Région"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("CA HT"));
      await context.sync();
    });
    const view = sim.workbook
      .pivots("TCD")
      .find((p) => (p as { name: string }).name === "CAParRegion") as {
      values: (string | number)[][];
    };
    const [top, header, ...body] = view.values;
    expect(top.slice(0, 2)).toEqual(["Somme de CA HT", "Étiquettes de colonnes"]);
    expect(header[0]).toBe("Étiquettes de lignes");
    expect(header[header.length - 1]).toBe("Total général");
    const regions = header.slice(1, -1) as string[];
    expect([...regions].sort((a, b) => a.localeCompare(b))).toEqual(regions);
    // each row's grand total equals the month's sales; the bottom-right cell is the year's total
    body.slice(0, 12).forEach((row, i) => {
      expect(row[row.length - 1] as number).toBeCloseTo(MONTHLY_SALES[i], 2);
      const sum = (row.slice(1, -1) as (number | string)[]).reduce<number>(
        (s, v) => s + (typeof v === "number" ? v : 0),
        0
      );
      expect(sum).toBeCloseTo(MONTHLY_SALES[i], 2);
    });
    const last = body[body.length - 1];
    expect(last[0]).toBe("Total général");
    expect(last[last.length - 1] as number).toBeCloseTo(TOTAL_SALES, 2);
  });

  // DataPivotHierarchy.showAs: "Specifies if the data should be shown as a specific summary calculation."
  // (https://learn.microsoft.com/javascript/api/excel/excel.datapivothierarchy); SHOWAS,
  // PercentOfGrandTotal: "Percent of the grand total."
  test("share of grand total (showAs) with the same field twice", async () => {
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("Parts");
      const pt = ws.pivotTables.add("Parts", "Ventes", "Parts!A1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("Famille"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("CA HT"));
      const share = pt.dataHierarchies.add(pt.hierarchies.getItem("CA HT"));
      share.showAs = { calculation: "PercentOfGrandTotal" } as Excel.ShowAsRule;
      share.load("name");
      await context.sync();
      expect(share.name).toBe("Somme de CA HT2");
      share.name = "Part du CA";
      await context.sync();
    });
    const view = sim.workbook.pivots("Parts")[0] as {
      values: (string | number)[][];
      texts: string[][];
    };
    expect(view.values[0]).toEqual(["Étiquettes de lignes", "Somme de CA HT", "Part du CA"]);
    const body = view.values.slice(1, -1);
    const total = view.values[view.values.length - 1];
    expect(total[1] as number).toBeCloseTo(TOTAL_SALES, 2);
    expect(total[2]).toBeCloseTo(1, 10);
    body.forEach((r) => expect(r[2] as number).toBeCloseTo((r[1] as number) / TOTAL_SALES, 10));
    expect(view.texts[1][2]).toMatch(/^\d+,\d\d%$/);
  });
});

describe("PivotTables on a hand-checked table", () => {
  async function small(sim: Sim): Promise<void> {
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("D");
      ws.getRange("A1:C7").values = [
        ["Région", "Produit", "CA"],
        ["Nord", "Stylos", 10],
        ["Nord", "Cahiers", 30],
        ["Sud", "Stylos", 5],
        ["Sud", "Stylos", 15],
        ["Est", "Cahiers", 40],
        ["", "Cahiers", 0],
      ];
      ws.tables.add("D!A1:C7", true).name = "T";
      await context.sync();
    });
  }

  // Excel's compact form shows the items of every row field in one column, indented by level, with each
  // group's subtotal at its top (paraphrased from Excel's help "Design the layout and format of a
  // PivotTable", support.microsoft.com).
  test("two row fields: parents carry their subtotal at the top, children indented; blank items last", async () => {
    const sim = createSimulatedExcel({ displayLanguage: "en-US" });
    await small(sim);
    await sim.Excel.run(async (context) => {
      const pt = context.workbook.worksheets.getItem("D").pivotTables.add("P", "T", "D!F1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("Région"));
      pt.rowHierarchies.add(pt.hierarchies.getItem("Produit"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("CA"));
      await context.sync();
    });
    const view = sim.workbook.pivots()[0] as { values: (string | number)[][] };
    expect(view.values).toEqual([
      ["Row Labels", "Sum of CA"],
      ["Est", 40],
      ["Cahiers", 40],
      ["Nord", 40],
      ["Cahiers", 30],
      ["Stylos", 10],
      ["Sud", 20],
      ["Stylos", 20],
      ["(blank)", 0],
      ["Cahiers", 0],
      ["Grand Total", 100],
    ]);
    expect(sim.workbook.cell("D", "F3").style.indentLevel).toBe(1);
  });

  // Excel.AggregationFunction, Average: "Aggregate using the average of the data, equivalent to the AVERAGE
  // function." (https://learn.microsoft.com/javascript/api/excel/excel.aggregationfunction); PivotItem.visible:
  // "Specifies if the PivotItem is visible."; PT, refresh: "Refreshes the PivotTable." (the cache is read
  // from the source then, not before)
  test("summarizeBy renames a default name; hidden items, sort by values, refresh follows the source only on refresh()", async () => {
    const sim = createSimulatedExcel({ displayLanguage: "en-US" });
    await small(sim);
    await sim.Excel.run(async (context) => {
      const pt = context.workbook.worksheets.getItem("D").pivotTables.add("P", "T", "D!F1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("Région"));
      const dh = pt.dataHierarchies.add(pt.hierarchies.getItem("CA"));
      dh.summarizeBy = "Average";
      pt.rowHierarchies.getItem("Région").fields.getItem("Région").items.getItem("Est").visible =
        false;
      pt.rowHierarchies.getItem("Région").fields.getItem("Région").sortByValues("Descending", dh);
      await context.sync();
    });
    let view = sim.workbook.pivots()[0] as { values: (string | number)[][] };
    expect(view.values).toEqual([
      ["Row Labels", "Average of CA"],
      ["Nord", 20],
      ["Sud", 10],
      ["(blank)", 0],
      ["Grand Total", 12],
    ]);
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("D").getRange("C2").values = [[110]];
      await context.sync();
    });
    view = sim.workbook.pivots()[0] as { values: (string | number)[][] };
    expect(view.values[1]).toEqual(["Nord", 20]); // the pivot cache is not refreshed automatically
    await sim.Excel.run(async (context) => {
      context.workbook.pivotTables.getItem("P").refresh();
      await context.sync();
    });
    view = sim.workbook.pivots()[0] as { values: (string | number)[][] };
    expect(view.values[1]).toEqual(["Nord", 70]);
  });

  // PTS, add: "[Api set: ExcelApi 1.8]"; "ApiNotFound | The API you are trying to use could not be found. It
  // may be available in a newer version of Excel."
  // (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)
  test("with ExcelApi 1.7, isSetSupported says no and using pivotTables fails with ApiNotFound", async () => {
    const sim = createSimulatedExcel({ apiVersion: "1.7" });
    expect(sim.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(sim.Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    await small(sim);
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("D").pivotTables.add("P", "T", "D!F1");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(sim.workbook.pivots()).toEqual([]);
  });

  // "PivotTableRangeConflict | The attempted operation causes a conflict with a PivotTable range."
  // (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)
  test("two PivotTables may not overlap", async () => {
    const sim = createSimulatedExcel();
    await small(sim);
    await expect(
      sim.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("D");
        const a = ws.pivotTables.add("A", "T", "D!F1");
        a.rowHierarchies.add(a.hierarchies.getItem("Région"));
        const b = ws.pivotTables.add("B", "T", "D!F3");
        b.rowHierarchies.add(b.hierarchies.getItem("Produit"));
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "PivotTableRangeConflict" });
  });
  // SHOWAS: PercentOfColumnTotal "Percent of the column total."; DifferenceFrom "Difference from the
  // specified Base field and Base item."; ShowAsRule.baseField "The PivotField to base the ShowAs
  // calculation on, if applicable according to the ShowAsCalculation type, else null."
  // (https://learn.microsoft.com/javascript/api/excel/excel.showasrule). Hand-checked: Cahiers = 30 + 40 + 0
  // = 70, Stylos = 10 + 5 + 15 = 30; difference from Nord (40): Est 0, Sud 20 − 40, (blank) 0 − 40, and
  // Excel leaves the base item and the grand total empty.
  test("showAs percent of column total and difference from a base item", async () => {
    const sim = createSimulatedExcel({ displayLanguage: "en-US" });
    await small(sim);
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("D");
      const share = ws.pivotTables.add("Share", "T", "D!F1");
      share.rowHierarchies.add(share.hierarchies.getItem("Région"));
      share.columnHierarchies.add(share.hierarchies.getItem("Produit"));
      share.dataHierarchies.add(share.hierarchies.getItem("CA")).showAs = {
        calculation: "PercentOfColumnTotal",
      } as Excel.ShowAsRule;
      const diff = ws.pivotTables.add("Diff", "T", "D!F20");
      const region = diff.rowHierarchies.add(diff.hierarchies.getItem("Région"));
      const field = region.fields.getItem("Région");
      diff.dataHierarchies.add(diff.hierarchies.getItem("CA")).showAs = {
        calculation: "DifferenceFrom",
        baseField: field,
        baseItem: field.items.getItem("Nord"),
      } as Excel.ShowAsRule;
      await context.sync();
    });
    const [share, diff] = sim.workbook.pivots("D") as {
      values: (string | number)[][];
      texts: string[][];
    }[];
    const body = share.values.slice(2);
    expect(body.map((r) => r[0])).toEqual(["Est", "Nord", "Sud", "(blank)", "Grand Total"]);
    const close = (v: string | number, x: number | "") =>
      x === "" ? expect(v).toBe("") : expect(v as number).toBeCloseTo(x, 12);
    const expected: (number | "")[][] = [
      [40 / 70, "", 40 / 100],
      [30 / 70, 10 / 30, 40 / 100],
      ["", 20 / 30, 20 / 100],
      [0, "", 0],
      [1, 1, 1],
    ];
    body.forEach((r, i) => r.slice(1).forEach((v, j) => close(v, expected[i][j])));
    expect(share.texts[3].slice(1)).toEqual(["42.86%", "33.33%", "40.00%"]);
    expect(diff.values).toEqual([
      ["Row Labels", "Sum of CA"],
      ["Est", 0],
      ["Nord", ""],
      ["Sud", -20],
      ["(blank)", -40],
      ["Grand Total", ""],
    ]);
  });

  // PT, filterHierarchies: "The Filter Pivot Hierarchies of the PivotTable."; LAYOUT, getFilterAxisRange:
  // "Returns the range of the PivotTable's filter area."; PT, delete: "Deletes the PivotTable."
  // Hand-checked: without Stylos, Est 40, Nord 30, (blank) 0, total 70.
  test("a filter hierarchy with a hidden item; delete removes the PivotTable and its cells", async () => {
    const sim = createSimulatedExcel({ displayLanguage: "en-US" });
    await small(sim);
    await sim.Excel.run(async (context) => {
      const pt = context.workbook.worksheets.getItem("D").pivotTables.add("P", "T", "D!F1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("Région"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("CA"));
      const filter = pt.filterHierarchies.add(pt.hierarchies.getItem("Produit"));
      filter.fields.getItem("Produit").items.getItem("Stylos").visible = false;
      const all = pt.layout.getRange().load("address");
      const filterArea = pt.layout.getFilterAxisRange().load("address, values");
      await context.sync();
      expect(filterArea.values).toEqual([["Produit", "Cahiers"]]);
      expect(all.address).toBe("D!F3:G7");
    });
    expect(sim.workbook.values("D", "F3:G7")).toEqual([
      ["Row Labels", "Sum of CA"],
      ["Est", 40],
      ["Nord", 30],
      ["(blank)", 0],
      ["Grand Total", 70],
    ]);
    await sim.Excel.run(async (context) => {
      context.workbook.pivotTables.getItem("P").delete();
      await context.sync();
    });
    expect(sim.workbook.pivots()).toEqual([]);
    expect(
      sim.workbook
        .values("D", "F1:G7")
        .flat()
        .every((v) => v === "")
    ).toBe(true);
  });
});
