/**
 * Export of Excel objects to .xlsx (exceljs): tables with their total row and style, conditional formats,
 * PivotTables as their computed cells, and the sheet listing what exceljs cannot write (charts, the
 * PivotTables themselves). What is checked is read back from the file with exceljs. Sources:
 * exceljs README (https://github.com/exceljs/exceljs#tables): "Tables allow for in-sheet manipulation of
 * tabular data." and (#conditional-formatting) "Conditional formatting allows a sheet to show specific
 * styles, icons, etc depending on cell values or any arbitrary formula."; it has no chart or PivotTable
 * writer (paraphrased from the same README's contents). Issue 5: "PivotTables are exported as their
 * computed cells and charts cannot be written by exceljs: list them in a sheet that says so".
 */
import ExcelJS from "exceljs";
import { createSimulatedExcel } from "../../src/workbook-sim";

async function workbook(): Promise<ExcelJS.Workbook> {
  const sim = createSimulatedExcel();
  await sim.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("D");
    ws.getRange("A1:C5").values = [
      ["Région", "Produit", "CA"],
      ["Nord", "Stylos", 10],
      ["Nord", "Cahiers", -30],
      ["Sud", "Stylos", 5],
      ["Est", "Cahiers", 40],
    ];
    const t = ws.tables.add("D!A1:C5", true);
    t.name = "T";
    t.style = "TableStyleMedium2";
    t.showTotals = true;
    const cf = ws.getRange("C2:C5").conditionalFormats.add("CellValue");
    cf.cellValue.format.font.color = "#C00000";
    cf.cellValue.rule = { formula1: "0", operator: "LessThan" };
    const pt = ws.pivotTables.add("P", "T", "D!F1");
    pt.rowHierarchies.add(pt.hierarchies.getItem("Région"));
    pt.dataHierarchies.add(pt.hierarchies.getItem("CA"));
    const chart = ws.charts.add("ColumnClustered", ws.getRange("C1:C5"), "Columns");
    chart.name = "Graph";
    chart.title.text = "CA par ligne";
    await context.sync();
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await sim.exportXlsx()) as unknown as ArrayBuffer);
  return wb;
}

describe("export of tables, conditional formats, PivotTables and charts", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await workbook();
  });

  test("the table keeps its name, range, style and total row", () => {
    const tables = wb.getWorksheet("D")!.getTables() as unknown as {
      table: { name: string; tableRef: string; totalsRow: boolean; style: { theme: string } };
    }[];
    expect(tables).toHaveLength(1);
    expect(tables[0].table).toMatchObject({
      name: "T",
      tableRef: "A1:C6",
      totalsRow: true,
      style: { theme: "TableStyleMedium2" },
    });
  });

  test("the cell value rule is written as a cellIs rule with its format", () => {
    const cfs = (
      wb.getWorksheet("D")! as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { type: string; operator: string; formulae: string[]; style: unknown }[];
        }[];
      }
    ).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe("C2:C5");
    expect(cfs[0].rules[0]).toMatchObject({
      type: "cellIs",
      operator: "lessThan",
      formulae: ["0"],
      style: { font: { color: { argb: "FFC00000" } } },
    });
  });

  // Hand-checked pivot: Est 40, Nord 10 − 30 = −20, Sud 5, total 25.
  test("the PivotTable is in the file as its computed cells", () => {
    const d = wb.getWorksheet("D")!;
    const cells = ["F1", "G1", "F2", "G2", "F3", "G3", "F4", "G4", "F5", "G5"].map(
      (a) => d.getCell(a).value
    );
    expect(cells).toEqual([
      "Étiquettes de lignes",
      "Somme de CA",
      "Est",
      40,
      "Nord",
      -20,
      "Sud",
      5,
      "Total général",
      25,
    ]);
  });

  test("a last sheet lists the chart and the PivotTable that the file does not hold", () => {
    const last = wb.worksheets[wb.worksheets.length - 1];
    expect(last.name).toBe("Objets non exportés");
    const rows: unknown[][] = [];
    last.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const text = rows.map((r) => r.join(" | ")).join("\n");
    expect(text).toMatch(/graphiques/i);
    expect(rows).toContainEqual(
      expect.arrayContaining(["D", "Graph", "ColumnClustered", "CA par ligne", "D!$C$2:$C$5"])
    );
    expect(rows).toContainEqual(expect.arrayContaining(["D", "P", "T", "Région", "F1:G5"]));
  });
});
