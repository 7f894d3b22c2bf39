/**
 * What an in-place refresh of a dashboard needs from the simulator, each behaviour checked against
 * the Office.js reference (the quotes come from @types/office-js): `Range.copyFrom` (1.9),
 * `Table.resize` (1.13), table rows added and deleted with a total row and cells below,
 * `PivotTable.refresh` after the source table grew, chart series pointed at new ranges.
 * Pages (prefix https://learn.microsoft.com/javascript/api/excel/): excel.range (copyFrom),
 * excel.table (resize), excel.tablerowcollection and excel.tablerow, excel.pivottable,
 * excel.chartseries, excel.rangeformat (useStandardWidth).
 */
import { createSimulatedExcel } from "../../src/workbook-sim";

type Sim = ReturnType<typeof createSimulatedExcel>;

async function run(sim: Sim, fn: (ctx: Excel.RequestContext) => void): Promise<void> {
  await sim.Excel.run(async (context) => {
    fn(context);
    await context.sync();
  });
}

/** A sheet "D" with a table Ventes (Région text, CA HT, calculated Double) on A1:C3. */
async function base(sim: Sim): Promise<void> {
  await run(sim, (ctx) => {
    const ws = ctx.workbook.worksheets.add("D");
    ws.getRange("A2:A3").numberFormat = [["@"], ["@"]];
    ws.getRange("A1:C3").values = [
      ["Région", "CA HT", "Double"],
      ["Nord", 10, ""],
      ["Sud", 20, ""],
    ];
    const t = ws.tables.add("D!A1:C3", true);
    t.name = "Ventes";
    t.columns.getItem("Double").getDataBodyRange().formulas = [
      ["=[@[CA HT]]*2"],
      ["=[@[CA HT]]*2"],
    ];
  });
}

describe("Range.copyFrom (ExcelApi 1.9)", () => {
  // copyType "Values": "The type of cell data or formatting to copy over." Values are pasted as
  // values: a text that looks like a formula stays text, a formula gives its result, and the
  // destination keeps its own number formats.
  test("Values: results and texts copied as values, destination formats kept", async () => {
    const sim = createSimulatedExcel();
    await run(sim, (ctx) => {
      const src = ctx.workbook.worksheets.add("Src");
      src.getRange("A1:A2").numberFormat = [["@"], ["@"]];
      src.getRange("A1:B2").values = [
        ["=1+2", 5],
        ["+33 6", "=B1*3"],
      ];
      const dst = ctx.workbook.worksheets.getItem("Feuil1");
      dst.getRange("B1:C2").numberFormat = [
        ["@", "0.00"],
        ["@", "0.00"],
      ];
      dst.getRange("B1:C2").copyFrom("Src!A1:B2", "Values");
    });
    expect(sim.workbook.values("Feuil1", "B1:C2")).toEqual([
      ["=1+2", 5],
      ["+33 6", 15],
    ]);
    expect(sim.workbook.formulas("Feuil1", "B1:C2")).toEqual([
      ["=1+2", 5],
      ["+33 6", 15],
    ]);
    expect(sim.workbook.cell("Feuil1", "C2")).toMatchObject({
      formula: null,
      numberFormat: "0.00",
    });
  });

  // "The destination is expanded automatically if it's smaller than the source." and "if the
  // destination range is an exact multiple greater than the source range in either rows or
  // columns, then the source content is replicated multiple times. For example, a 2x2 range copy
  // into a 2x6 range will result in 3 copies of the original 2x2 range."
  test("a smaller destination expands; an exact multiple repeats the source", async () => {
    const sim = createSimulatedExcel();
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil1");
      ws.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      ws.getRange("D1").copyFrom("A1:B2", "Values");
      ws.getRange("A5:F6").copyFrom(ws.getRange("A1:B2"), "Values");
    });
    expect(sim.workbook.values("Feuil1", "D1:E2")).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(sim.workbook.values("Feuil1", "A5:F6")).toEqual([
      [1, 2, 1, 2, 1, 2],
      [3, 4, 3, 4, 3, 4],
    ]);
  });

  // "Formulas" copies formulas, relative references moved as by a paste; skipBlanks: "True if to
  // skip blank cells in the source range."; transpose: "True if to transpose the cells in the destination range."
  test("Formulas move their relative references; skipBlanks and transpose", async () => {
    const sim = createSimulatedExcel();
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil1");
      ws.getRange("A1:C1").values = [[1, "", "=A1+$A$1"]];
      ws.getRange("A3:C3").values = [["x", "y", "z"]];
      ws.getRange("A3").copyFrom("A1:C1", "Formulas", true);
      ws.getRange("E1").copyFrom("A1:C1", "All", false, true);
    });
    expect(sim.workbook.formulas("Feuil1", "A3:C3")).toEqual([[1, "y", "=A3+$A$1"]]);
    // Each cell moves by its own offset (C1 lands on E3): its relative reference moves with it.
    expect(sim.workbook.formulas("Feuil1", "E1:E3")).toEqual([[1], [""], ["=C3+$A$1"]]);
  });

  test("needs ExcelApi 1.9", async () => {
    const sim = createSimulatedExcel({ apiVersion: "1.8" });
    await expect(
      run(sim, (ctx) => ctx.workbook.worksheets.getItem("Feuil1").getRange("B1").copyFrom("A1"))
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("Table.resize (ExcelApi 1.13)", () => {
  // "Resize the table to the new range. The new range must overlap with the original table range
  // and the headers (or the top of the table) must be in the same row."
  test("grows over cells already written and shrinks without moving cells; must overlap", async () => {
    const sim = createSimulatedExcel();
    await base(sim);
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("D");
      ws.getRange("A4:B5").values = [
        ["Est", 30],
        ["Ouest", 40],
      ];
      const t = ctx.workbook.tables.getItem("Ventes");
      t.resize("D!A1:C5");
      t.columns.getItem("Double").getDataBodyRange().formulas = "=[@[CA HT]]*2" as never;
    });
    expect(sim.workbook.table("Ventes")).toMatchObject({ address: "A1:C5", rowCount: 4 });
    expect(sim.workbook.values("D", "C2:C5")).toEqual([[20], [40], [60], [80]]);
    await run(sim, (ctx) => ctx.workbook.tables.getItem("Ventes").resize("A1:C3"));
    expect(sim.workbook.table("Ventes")).toMatchObject({ address: "A1:C3", rowCount: 2 });
    // No cell moved: the rows left out keep their content, outside the table.
    expect(sim.workbook.values("D", "A4:B4")).toEqual([["Est", 30]]);
    await expect(
      run(sim, (ctx) => ctx.workbook.tables.getItem("Ventes").resize("E1:F3"))
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("needs ExcelApi 1.13", async () => {
    const sim = createSimulatedExcel({ apiVersion: "1.12" });
    await base(sim);
    await expect(
      run(sim, (ctx) => ctx.workbook.tables.getItem("Ventes").resize("A1:C4"))
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("table rows with a total row and cells below", () => {
  // TableRowCollection.add: "Adds one or more rows to the table." The rows go before the total
  // row, which moves down with the cells under the table (inside the table's columns); a cell
  // beside the table does not move. TableRow.delete: "Deletes the row from the table."
  test("rows added at the end push the total row and the cells below down; deleted rows pull them up", async () => {
    const sim = createSimulatedExcel();
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil1");
      ws.getRange("A1:B3").values = [
        ["Mois", "CA"],
        [1, 10],
        [2, 20],
      ];
      const t = ws.tables.add("A1:B3", true);
      t.name = "Suivi";
      t.showTotals = true;
      ws.getRange("A6").values = [["note sous le tableau"]];
      ws.getRange("D2").values = [["note à côté"]];
    });
    expect(sim.workbook.table("Suivi").totalRowAddress).toBe("A4:B4");
    await run(sim, (ctx) =>
      ctx.workbook.tables.getItem("Suivi").rows.add(null as unknown as number, [
        [3, 30],
        [4, 40],
      ])
    );
    expect(sim.workbook.table("Suivi")).toMatchObject({
      rowCount: 4,
      totalRowAddress: "A6:B6",
    });
    expect(sim.workbook.values("Feuil1", "B6")).toEqual([[100]]);
    expect(sim.workbook.values("Feuil1", "A8")).toEqual([["note sous le tableau"]]);
    expect(sim.workbook.values("Feuil1", "D2")).toEqual([["note à côté"]]);
    await run(sim, (ctx) => {
      const rows = ctx.workbook.tables.getItem("Suivi").rows;
      rows.getItemAt(3).delete();
      rows.getItemAt(2).delete();
      rows.getItemAt(1).delete();
    });
    expect(sim.workbook.table("Suivi")).toMatchObject({ rowCount: 1, totalRowAddress: "A3:B3" });
    expect(sim.workbook.values("Feuil1", "A5")).toEqual([["note sous le tableau"]]);
  });
});

describe("PivotTable.refresh after the source table was resized", () => {
  // PivotTable.refresh: "Refreshes the PivotTable." The pivot cache is read again from the source
  // table, which now has more rows: the new rows show after refresh(), not before.
  test("the pivot counts the new rows after refresh()", async () => {
    const sim = createSimulatedExcel({ displayLanguage: "en-US" });
    await base(sim);
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("D");
      const pt = ws.pivotTables.add("P", "Ventes", "D!F1");
      pt.rowHierarchies.add(pt.hierarchies.getItem("Région"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("CA HT"));
    });
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("D");
      ws.getRange("A4:B4").values = [["Est", 5]];
      ctx.workbook.tables.getItem("Ventes").resize("A1:C4");
    });
    const total = () => (sim.workbook.pivots()[0] as { values: unknown[][] }).values.at(-1);
    expect(total()).toEqual(["Grand Total", 30]);
    await run(sim, (ctx) =>
      ctx.workbook.worksheets.getItem("D").pivotTables.getItem("P").refresh()
    );
    expect(total()).toEqual(["Grand Total", 35]);
    expect((sim.workbook.pivots()[0] as { values: unknown[][] }).values).toContainEqual(["Est", 5]);
  });
});

describe("chart series pointed at new ranges", () => {
  // ChartSeries.setValues: "Sets the values for a chart series. For scatter charts, it refers to
  // y-axis values." sourceData: "The Range object corresponding to the source data." Setting them
  // again on the same series replaces its ranges:
  // the chart object (and its name, type, formats) stays.
  test("setValues / setXAxisValues on an existing series replace its ranges", async () => {
    const sim = createSimulatedExcel();
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil1");
      ws.getRange("A1:B5").values = [
        ["M", "CA"],
        [1, 10],
        [2, 20],
        [3, 30],
        [4, 40],
      ];
      const chart = ws.charts.add("ColumnClustered", ws.getRange("B2:B3"), "Columns");
      chart.name = "Suivi";
      chart.series.getItemAt(0).setXAxisValues(ws.getRange("A2:A3"));
    });
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil1");
      const series = ws.charts.getItem("Suivi").series.getItemAt(0);
      series.setValues(ws.getRange("B2:B5"));
      series.setXAxisValues(ws.getRange("A2:A5"));
    });
    const [chart] = sim.workbook.charts("Feuil1") as {
      name: string;
      series: { valuesAddress: string; xValuesAddress: string; values: number[] }[];
    }[];
    expect(chart.name).toBe("Suivi");
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]).toMatchObject({
      valuesAddress: "Feuil1!$B$2:$B$5",
      xValuesAddress: "Feuil1!$A$2:$A$5",
      values: [10, 20, 30, 40],
    });
  });
});

describe("RangeFormat.useStandardWidth (ExcelApi 1.7)", () => {
  // "Specifies if the column width of the Range object equals the standard width of the sheet.
  // [...] Note: This property is only intended to be set to true. Setting it to false has no effect."
  test("set to true gives columns their standard width back", async () => {
    const sim = createSimulatedExcel();
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Feuil1");
      ws.getRange("B:C").format.columnWidth = 120;
      ws.getRange("E:E").format.columnWidth = 30;
      ws.getRange("C:E").format.useStandardWidth = true;
      ws.getRange("B:B").format.useStandardWidth = false;
    });
    expect(sim.workbook.columnWidths("Feuil1", 6)).toEqual([48, 120, 48, 48, 48, 48]);
    const read = await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Feuil1");
      const mixed = ws.getRange("B:C");
      const standard = ws.getRange("C:D");
      mixed.load("format/useStandardWidth");
      standard.load("format/useStandardWidth");
      await context.sync();
      return [mixed.format.useStandardWidth, standard.format.useStandardWidth];
    });
    expect(read).toEqual([null, true]);
  });
});
