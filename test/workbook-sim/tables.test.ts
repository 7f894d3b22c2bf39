/**
 * Excel tables on the simulator: creation rules, names, growth, renames and deletion with their effect on
 * formulas. TABLE = https://learn.microsoft.com/javascript/api/excel/excel.table,
 * TABLES = https://learn.microsoft.com/javascript/api/excel/excel.tablecollection,
 * ROWS = https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection (API reference).
 */
import { createSimulatedExcel } from "../../src/workbook-sim";

type Sim = ReturnType<typeof createSimulatedExcel>;

async function run(sim: Sim, fn: (ctx: Excel.RequestContext) => void): Promise<void> {
  await sim.Excel.run(async (context) => {
    fn(context);
    await context.sync();
  });
}

describe("tables.add", () => {
  // TABLES, add: "Creates a new table. The range object or source address determines the worksheet under
  // which the table will be added. If the table cannot be added (e.g., because the address is invalid, or
  // the table would overlap with another table), an error will be thrown."; hasHeaders: "A Boolean value
  // that indicates whether the data being imported has column labels. If the source does not contain
  // headers (i.e., when this property set to false), Excel will automatically generate a header and shift
  // the data down by one row." Blank headers named "Column1"... ("Colonne1" in French), duplicates made
  // unique and one empty data row under a lone header row are Excel's UI behaviour (not in the reference).
  test("header names: blanks named, duplicates made unique; a lone header row gets one empty data row", async () => {
    const sim = createSimulatedExcel();
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1:D1").values = [["Mois", "", "CA", "CA"]];
      ws.tables.add("A1:D1", true);
    });
    const t = sim.workbook.tables()[0];
    expect(t).toMatchObject({
      name: "Tableau1",
      columns: ["Mois", "Colonne2", "CA", "CA2"],
      address: "A1:D2",
      rowCount: 1,
    });
    expect(sim.workbook.values("Feuil1", "A1:D1")).toEqual([["Mois", "Colonne2", "CA", "CA2"]]);
  });

  // hasHeaders false: "Excel will automatically generate a header and shift the data down by one row." (TABLES)
  test("without headers, a header row is inserted above the data", async () => {
    const sim = createSimulatedExcel({ displayLanguage: "en-US" });
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      ws.tables.add("A1:B2", false);
    });
    expect(sim.workbook.values("Sheet1", "A1:B3")).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
    ]);
    expect(sim.workbook.tables()[0]).toMatchObject({ name: "Table1", address: "A1:B3" });
  });

  // "If the table cannot be added (e.g., because the address is invalid, or the table would overlap with
  // another table), an error will be thrown." (TABLES, add); Table.name: "Name of the table." — Excel's
  // rules (no space, not a cell address, unique in the workbook) are in its help "Rename an Excel table"
  // (paraphrased from support.microsoft.com).
  test("invalid or duplicate names and overlapping tables are refused", async () => {
    const sim = createSimulatedExcel();
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1:B2").values = [
        ["a", "b"],
        [1, 2],
      ];
      ws.tables.add("A1:B2", true).name = "Ventes";
    });
    for (const bad of ["A1", "Mes ventes", "1Ventes", "ventes"]) {
      await expect(
        run(sim, (ctx) => {
          const ws = ctx.workbook.worksheets.getActiveWorksheet();
          ws.getRange("D1:E2").values = [
            ["a", "b"],
            [1, 2],
          ];
          ws.tables.add("D1:E2", true).name = bad;
        })
      ).rejects.toMatchObject({ code: bad === "ventes" ? "ItemAlreadyExists" : "InvalidArgument" });
      await run(sim, (ctx) =>
        ctx.workbook.worksheets.getActiveWorksheet().tables.getItemAt(1).delete()
      );
    }
    await expect(
      run(sim, (ctx) => ctx.workbook.worksheets.getActiveWorksheet().tables.add("B2:C3", true))
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("rows, growth and renames", () => {
  async function base(sim: Sim): Promise<void> {
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.add("D");
      ws.getRange("A1:C3").values = [
        ["Région", "CA HT", "Double"],
        ["Nord", 10, null],
        ["Sud", 20, null],
      ];
      ws.getRange("B2:B3").numberFormat = [["#,##0.00"], ["#,##0.00"]];
      ws.getRange("A5").values = [["sous le tableau"]];
      const t = ws.tables.add("D!A1:C3", true);
      t.name = "Ventes";
      t.columns.getItem("Double").getDataBodyRange().formulas =
        "=[@[CA HT]]*2" as unknown as string[][];
      ctx.workbook.worksheets.add("S").getRange("A1:B1").formulas = [
        ["=SUM(Ventes[CA HT])", "=COUNTA(Ventes[Région])"],
      ];
    });
  }

  // ROWS, add(index, values): "Adds one or more rows to the table. The return object will be the top of the
  // newly added row(s)." index: "If null or -1, the addition happens at the end." Cells below move down
  // when they are in the way; the new rows take the row above's formats and the calculated column's
  // formula (Excel's UI behaviour, paraphrased from the help "Use calculated columns in an Excel table").
  test("rows.add shifts the cells below, extends formats and calculated columns, and formulas follow", async () => {
    const sim = createSimulatedExcel();
    await base(sim);
    await run(sim, (ctx) => {
      const t = ctx.workbook.tables.getItem("Ventes");
      // null leaves the calculated column's formula in place (values typed loosely: null is valid in Office.js)
      const rows = [
        ["Est", 5, null],
        ["Ouest", 7.5, null],
      ] as unknown as (string | number)[][];
      t.rows.add(null as unknown as number, rows);
      t.rows.add(0, [["Centre", 1, null]] as unknown as (string | number)[][]);
    });
    expect(sim.workbook.table("Ventes")).toMatchObject({ address: "A1:C6", rowCount: 5 });
    expect(sim.workbook.values("D", "A2:C6")).toEqual([
      ["Centre", 1, 2],
      ["Nord", 10, 20],
      ["Sud", 20, 40],
      ["Est", 5, 10],
      ["Ouest", 7.5, 15],
    ]);
    expect(sim.workbook.values("D", "A8")).toEqual([["sous le tableau"]]);
    expect(sim.workbook.cell("D", "B6").numberFormat).toBe("#,##0.00");
    expect(sim.workbook.values("S", "A1:B1")).toEqual([[43.5, 5]]);
  });

  // Paraphrased from Excel's help "Using structured references with Excel tables" (support.microsoft.com):
  // "The names in structured references adjust whenever you add or remove data from the table", and
  // renaming a table or a column updates the formulas that use it; TABLE, delete: "Deletes the table."
  test("renaming the table and a column rewrites the formulas; deleting the table turns them into #REF!", async () => {
    const sim = createSimulatedExcel();
    await base(sim);
    await run(sim, (ctx) => {
      const t = ctx.workbook.tables.getItem("Ventes");
      t.name = "Sales";
      t.columns.getItem("CA HT").name = "Revenue";
    });
    expect(sim.workbook.formulas("S", "A1:B1")).toEqual([
      ["=SUM(Sales[Revenue])", "=COUNTA(Sales[Région])"],
    ]);
    expect(sim.workbook.formulas("D", "C2")).toEqual([["=[@Revenue]*2"]]);
    expect(sim.workbook.values("S", "A1")).toEqual([[30]]);
    // writing a header cell renames the column too
    await run(sim, (ctx) => {
      ctx.workbook.worksheets.getItem("D").getRange("B1").values = [["Montant"]];
    });
    expect(sim.workbook.formulas("S", "A1")).toEqual([["=SUM(Sales[Montant])"]]);
    await run(sim, (ctx) => ctx.workbook.tables.getItem("Sales").delete());
    expect(sim.workbook.formulas("S", "A1:B1")).toEqual([["=SUM(#REF!)", "=COUNTA(#REF!)"]]);
    expect(sim.workbook.values("S", "A1")).toEqual([["#REF!"]]);
    expect(sim.workbook.values("D", "A1:C3")).toEqual([
      ["", "", ""],
      ["", "", ""],
      ["", "", ""],
    ]);
  });

  // TABLE, convertToRange: "Converts the table into a normal range of cells. All data is preserved."
  test("convertToRange keeps the data and turns structured references into A1 references", async () => {
    const sim = createSimulatedExcel();
    await base(sim);
    await run(sim, (ctx) => void ctx.workbook.tables.getItem("Ventes").convertToRange());
    expect(sim.workbook.tables()).toEqual([]);
    expect(sim.workbook.formulas("S", "A1")).toEqual([["=SUM(D!$B$2:$B$3)"]]);
    expect(sim.workbook.values("S", "A1")).toEqual([[30]]);
  });

  // TABLE, resize (ExcelApi 1.13): "Resize the table to the new range. The new range must overlap with the
  // original table range and the headers (or the top of the table) must be in the same row."
  test("resize keeps the header row; new columns take their header cell's text", async () => {
    const sim = createSimulatedExcel();
    await base(sim);
    await run(sim, (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("D");
      ws.getRange("D1:D4").values = [["Objectif"], [12], [18], [9]];
      ws.getRange("A4:B4").values = [["Est", 9]];
      ws.getRange("A5").values = [[""]];
      ctx.workbook.tables.getItem("Ventes").resize("D!A1:D4");
    });
    expect(sim.workbook.table("Ventes")).toMatchObject({
      address: "A1:D4",
      columns: ["Région", "CA HT", "Double", "Objectif"],
      rowCount: 3,
    });
    expect(sim.workbook.values("S", "A1")).toEqual([[39]]);
    await expect(
      run(sim, (ctx) => ctx.workbook.tables.getItem("Ventes").resize("D!A2:D4"))
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("style, header, body and total row ranges, columns", () => {
  // TABLE: style "Constant value that represents the table style."; getHeaderRowRange "Gets the range
  // object associated with the header row of the table."; getDataBodyRange "Gets the range object
  // associated with the data body of the table."; getTotalRowRange "Gets the range object associated with
  // the totals row of the table."; showTotals "Specifies if the total row is visible. This value can be set
  // to show or remove the total row." TableColumn.name: "Specifies the name of the table column."
  // (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumn)
  test("ranges of a table with its total row shown, then removed", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("D");
      ws.getRange("B2:C4").values = [
        ["Région", "CA HT"],
        ["Nord", 10],
        ["Sud", 32],
      ];
      const t = ws.tables.add("D!B2:C4", true);
      t.name = "Ventes";
      t.style = "TableStyleMedium2";
      t.showTotals = true;
      const header = t.getHeaderRowRange().load("address, values");
      const body = t.getDataBodyRange().load("address");
      const total = t.getTotalRowRange().load("address, values");
      const col = t.columns.getItem("CA HT").load("name, index");
      const style = t.load("style");
      await context.sync();
      expect([header.address, body.address, total.address]).toEqual([
        "D!B2:C2",
        "D!B3:C4",
        "D!B5:C5",
      ]);
      expect(header.values).toEqual([["Région", "CA HT"]]);
      expect(total.values).toEqual([["Total", 42]]);
      expect([col.name, col.index, style.style]).toEqual(["CA HT", 1, "TableStyleMedium2"]);
      t.showTotals = false;
      await context.sync();
    });
    expect(sim.workbook.table("Ventes")).toMatchObject({
      address: "B2:C4",
      showTotals: false,
      style: "TableStyleMedium2",
    });
    expect(sim.workbook.values("D", "B5:C5")).toEqual([["", ""]]);
  });
});
