/**
 * Formula evaluation through the simulator's translation to HyperFormula: every function the dashboard
 * uses, structured references in all the forms the add-in writes, cross-sheet references, recalculation
 * after each sync. Expected figures are computed by hand from the small table below.
 */
import { createSimulatedExcel } from "../../src/workbook-sim";

type Sim = ReturnType<typeof createSimulatedExcel>;

// Ventes: 5 lines over three months (date serials: 2024-01-15 = 45306, 2024-02-10 = 45332, 2024-03-05 = 45356).
const ROWS: [number, string, number, number][] = [
  [45306, "Nord", 100, 60],
  [45306, "Sud", 250, 100],
  [45332, "Nord", -40, -20], // a credit note
  [45332, "Sud", 300, 210],
  [45356, "Nord", 90, 45],
];

async function buildVentes(sim: Sim): Promise<void> {
  await sim.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("Données");
    ws.getRange("A1:E1").values = [["Date", "Région", "CA HT", "Coût d'achat", "Marge brute"]];
    ws.getRange("A2:D6").values = ROWS;
    const t = ws.tables.add("Données!A1:E6", true);
    t.name = "Ventes";
    // one formula for the whole column (a scalar: typed as a 2-D array in @types/office-js)
    t.columns.getItem("Marge brute").getDataBodyRange().formulas =
      "=[@[CA HT]]-[@[Coût d''achat]]" as unknown as string[][];
    context.workbook.worksheets.add("Suivi mensuel");
    await context.sync();
  });
}

async function evaluate(sim: Sim, formulas: string[]): Promise<unknown[]> {
  return sim.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Suivi mensuel");
    const r = ws.getRange(`A1:A${formulas.length}`);
    r.formulas = formulas.map((f) => [f]);
    r.load("values");
    await context.sync();
    return r.values.map((row) => row[0]);
  });
}

// "#This Row or @ or @[Column Name] | Just the cells in the same row as the formula." and "Excel
// automatically changes #This Row specifiers to the shorter @ specifier in tables that have more than one
// row of data." (Excel's help "Using structured references with Excel tables", support.microsoft.com, as
// quoted in https://techcommunity.microsoft.com/t5/excel/excel-formula-help/m-p/3289472). #All, #Data,
// #Headers, #Totals: the entire table, just the data, just the header row, just the total row (paraphrased
// from the same help page). Escape characters in column names (' [ ] #) follow MS-OE376 "Structure
// References" (https://learn.microsoft.com/openspecs/office_standards/ms-oe376/bcd72180-31a3-423b-8f83-d224b2286da3):
// "escape-column-character= "'" | "[" | "]" | "#"".
describe("structured references", () => {
  test("[@Col] and [@[Col name]] in a calculated column, apostrophes escaped as ''", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    expect(sim.workbook.values("Données", "E2:E6")).toEqual([[40], [150], [-20], [90], [45]]);
    expect(sim.workbook.table("Ventes").calculatedColumns).toEqual({
      "Marge brute": "=[@[CA HT]]-[@[Coût d''achat]]",
    });
  });

  test("column, #Data, #Totals, #Headers, #All, [[#This Row],[Col]], column spans and escaped names", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    await sim.Excel.run(async (context) => {
      context.workbook.tables.getItem("Ventes").showTotals = true;
      await context.sync();
    });
    // Excel's total row: "Total" in the first column, SUBTOTAL(109, …) for a numeric last column
    expect(sim.workbook.formulas("Données", "A7:E7")[0]).toEqual([
      "Total",
      "",
      "",
      "",
      "=SUBTOTAL(109,[Marge brute])",
    ]);
    const v = await evaluate(sim, [
      "=SUM(Ventes[CA HT])",
      "=SUM(Ventes[Coût d''achat])",
      "=Ventes[[#Totals],[Marge brute]]",
      "=COUNTA(Ventes[#Headers])",
      "=ROWS(Ventes[#All])",
      "=ROWS(Ventes[#Data])",
      "=SUM(Ventes[[CA HT]:[Coût d''achat]])",
      "=SUM(Ventes[[#Data],[#Totals],[Marge brute]])",
      "=COLUMNS(Ventes[])",
    ]);
    expect(v).toEqual([700, 395, 305, 5, 7, 5, 1095, 610, 5]);
  });

  test("[#This Row] written by hand evaluates per row", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    await sim.Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Ventes");
      const col = t.columns.add(null as unknown as number, undefined, "Double");
      col.getDataBodyRange().formulas = "=Ventes[[#This Row],[CA HT]]*2" as unknown as string[][];
      await context.sync();
    });
    expect(sim.workbook.values("Données", "F2:F6").map((r) => r[0])).toEqual([
      200, 500, -80, 600, 180,
    ]);
  });

  test("a formula naming an unknown table or column is refused (Excel rejects it)", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    await expect(evaluate(sim, ["=SUM(Ventes[Quantité])"])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(evaluate(sim, ["=SUM(Achats[CA HT])"])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    // the Excel escaping rule: an unescaped apostrophe escapes the next character ("Coût dachat": no such column)
    await expect(evaluate(sim, ["=SUM(Ventes[Coût d'achat])"])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

// Expected results are Excel's documented function semantics (support.microsoft.com function pages, e.g.
// EDATE gives the date a number of months before or after a date, clamped to the month's end — paraphrased),
// computed by hand on the table above.
describe("functions the dashboard uses, through the translation", () => {
  test("conditional sums and counts (SUMIFS with date criteria, COUNTIFS, SUMPRODUCT)", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    const v = await evaluate(sim, [
      '=SUMIFS(Ventes[CA HT],Ventes[Date],">="&DATE(2024,2,1),Ventes[Date],"<="&EOMONTH(DATE(2024,2,1),0))',
      '=SUMIFS(Ventes[CA HT],Ventes[Région],"Nord")',
      "=SUMIFS(Ventes[CA HT],Ventes[Date],45306)",
      '=COUNTIFS(Ventes[Région],"Sud",Ventes[CA HT],">0")',
      '=SUMPRODUCT((Ventes[Région]="Nord")*Ventes[Marge brute])',
      '=SUMIFS(Ventes[CA HT],Ventes[Date],">="&DATE(2024,4,1))',
    ]);
    expect(v).toEqual([260, 150, 350, 2, 65, 0]);
  });

  test("IF, IFERROR, IFS, AND, OR, ABS, ROUND, and division by zero", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    const v = await evaluate(sim, [
      '=IFERROR(SUM(Ventes[Marge brute])/SUMIFS(Ventes[CA HT],Ventes[Région],"Est"),"n.s.")',
      "=SUM(Ventes[Marge brute])/0",
      '=IF(AND(SUM(Ventes[CA HT])>0,OR(FALSE,TRUE)),"ok","ko")',
      '=IFS(SUM(Ventes[CA HT])>1000,"A",SUM(Ventes[CA HT])>500,"B",TRUE,"C")',
      "=ABS(MIN(Ventes[CA HT]))",
      "=ROUND(SUM(Ventes[Marge brute])/SUM(Ventes[CA HT]),4)",
      "=ROUND(2.5,0)",
    ]);
    expect(v).toEqual(["n.s.", "#DIV/0!", "ok", "B", 40, 0.4357, 3]);
  });

  test("dates: YEAR, MONTH, DAY, DATE, EOMONTH, EDATE on Excel serials", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    const v = await evaluate(sim, [
      "=YEAR(45306)",
      "=MONTH(45332)",
      "=DAY(45356)",
      "=DATE(2024,1,1)",
      "=EOMONTH(45332,0)",
      "=EDATE(DATE(2024,1,31),1)",
      "=DATE(1900,3,1)",
    ]);
    // 2024-01-01 = 45292; 2024-02-29 = 45351; 2024-02-29 (EDATE clamps to the month end); 1900-03-01 = 61 (Excel's 1900 bug)
    expect(v).toEqual([2024, 2, 5, 45292, 45351, 45351, 61]);
  });

  test("TEXT with Excel format codes, INDEX/MATCH, SUBTOTAL, SUM, AVERAGE, MIN, MAX, HYPERLINK", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    const v = await evaluate(sim, [
      '=TEXT(45292,"mmm yyyy")',
      '=TEXT(1234.5,"#,##0.00")',
      "=INDEX(Ventes[Région],MATCH(300,Ventes[CA HT],0))",
      "=SUBTOTAL(109,Ventes[CA HT])",
      "=AVERAGE(Ventes[CA HT])",
      "=MAX(Ventes[CA HT])-MIN(Ventes[CA HT])",
      '=HYPERLINK("#\'Suivi mensuel\'!C5","C5")',
    ]);
    expect(v).toEqual(["janv. 2024", "1\u202f234,50", "Sud", 700, 140, 340, "C5"]);
  });

  // HyperFormula has no AVERAGEIFS: the simulator rewrites it as SUMIFS/COUNTIFS (equal when the averaged
  // range holds numbers). AVERAGEIFS is the average of the cells that meet every criterion, and #DIV/0!
  // when no cell meets them (paraphrased from Excel's help "AVERAGEIFS function").
  test("AVERAGEIFS is emulated", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    const v = await evaluate(sim, [
      '=AVERAGEIFS(Ventes[CA HT],Ventes[Région],"Nord")',
      '=AVERAGEIFS(Ventes[CA HT],Ventes[Région],"Est")',
      '=IFERROR(AVERAGEIFS(Ventes[CA HT],Ventes[Date],">"&45300,Ventes[CA HT],">0"),0)',
    ]);
    expect(v).toEqual([50, "#DIV/0!", 185]);
  });

  test("cross-sheet references, quoted sheet names, and sheet renames keep them", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    await evaluate(sim, ["=SUM(Données!C2:C6)", "='Suivi mensuel'!A1*2"]);
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Données").name = "Data 2024";
      context.workbook.worksheets.add("Synthèse").getRange("A1").formulas = [
        ["='Suivi mensuel'!A2+1"],
      ];
      await context.sync();
    });
    expect(sim.workbook.formulas("Suivi mensuel", "A1:A2")).toEqual([
      ["=SUM('Data 2024'!C2:C6)"],
      ["='Suivi mensuel'!A1*2"],
    ]);
    expect(sim.workbook.values("Synthèse", "A1")).toEqual([[1401]]);
  });
});

// "Calling the sync() method on the request context synchronizes the state between proxy objects and
// objects in the Office document." (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model,
// "sync()"): values loaded after a write are the recalculated ones (Excel's automatic calculation mode).
describe("recalculation", () => {
  test("formulas follow new data after each sync, including table growth", async () => {
    const sim = createSimulatedExcel();
    await buildVentes(sim);
    await evaluate(sim, ["=SUM(Ventes[Marge brute])"]);
    expect(sim.workbook.values("Suivi mensuel", "A1")).toEqual([[305]]);
    await sim.Excel.run(async (context) => {
      context.workbook.tables
        .getItem("Ventes")
        .rows.add(null as unknown as number, [
          [45360, "Sud", 1000, 400, null as unknown as number],
        ]);
      context.workbook.worksheets.getItem("Données").getRange("C2").values = [[200]];
      await context.sync();
    });
    // new row gets the calculated column; C2 change: +100
    expect(sim.workbook.values("Données", "E7")).toEqual([[600]]);
    expect(sim.workbook.values("Suivi mensuel", "A1")).toEqual([[1005]]);
  });

  // Application.suspendApiCalculationUntilNextSync: "Suspends calculation until the next context.sync() is
  // called. Once set, it is the developer's responsibility to re-calc the workbook, to ensure that any
  // dependencies are propagated." (ExcelApi 1.6, https://learn.microsoft.com/javascript/api/excel/excel.application)
  test("suspendApiCalculationUntilNextSync holds results for that request only", async () => {
    const sim = createSimulatedExcel();
    await sim.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1:B1").formulas = [[1, "=A1*10"]];
      const first = ws.getRange("B1").load("values");
      await context.sync();
      expect(first.values).toEqual([[10]]);
      context.workbook.application.suspendApiCalculationUntilNextSync();
      ws.getRange("A1").values = [[2]];
      const during = ws.getRange("B1").load("values");
      await context.sync();
      const after = ws.getRange("B1").load("values");
      await context.sync();
      expect(during.values).toEqual([[10]]);
      expect(after.values).toEqual([[20]]);
    });
  });
});
