/**
 * Export to .xlsx (exceljs) and an independent check of the simulator's formula results: the file is
 * written WITHOUT cached results, LibreOffice headless opens it with "recalculate on load: always",
 * re-saves it, and every formula cell's value computed by LibreOffice must equal the simulator's.
 * This checks the formulas against an independent implementation rather than a document. What the file
 * asks for: exceljs README (https://github.com/exceljs/exceljs#set-calculation-properties) "Force
 * workbook calculation on load" — `workbook.calcProperties.fullCalcOnLoad = true`; LibreOffice's setting
 * "Recalculation on File Load" for Excel 2007 and newer files set to always recalculate (paraphrased from
 * LibreOffice Help, Tools > Options > LibreOffice Calc > Formula; OOXMLRecalcMode = 0 in the profile).
 * Structured references in the file: Excel writes [#This Row] where it shows @ (paraphrased from Excel's
 * help "Using structured references with Excel tables", support.microsoft.com: "Excel automatically changes
 * #This Row specifiers to the shorter @ specifier in tables that have more than one row of data").
 * Frozen panes: WorksheetFreezePanes.freezeRows "Freeze the top row or rows of the worksheet in place."
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes); column widths:
 * RangeFormat.columnWidth "Specifies the width of all columns within the range."
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createSimulatedExcel } from "../../src/workbook-sim";
import { convertWithLibreOffice } from "../../src/workbook-sim/node/libreoffice";

type Sim = ReturnType<typeof createSimulatedExcel>;

const ROWS: [number, string, number, number][] = [
  [45306, "Nord", 100, 60],
  [45306, "Sud", 250.5, 100.25],
  [45332, "Nord", -40, -20],
  [45332, "Sud", 300, 210],
  [45356, "Nord", 90, 45],
  [45357, "Est", 0, 12],
];

async function build(sim: Sim): Promise<void> {
  await sim.Excel.run(async (context) => {
    const data = context.workbook.worksheets.add("Données");
    data.getRange("A1:E1").values = [["Mois", "Région", "CA HT", "Coût d'achat", "Marge brute"]];
    data.getRange(`A2:D${ROWS.length + 1}`).values = ROWS;
    data.getRange(`A2:A${ROWS.length + 1}`).numberFormat = "dd/mm/yyyy" as unknown as string[][];
    const t = data.tables.add(`Données!A1:E${ROWS.length + 1}`, true);
    t.name = "Ventes";
    t.columns.getItem("Marge brute").getDataBodyRange().formulas =
      "=[@[CA HT]]-[@[Coût d''achat]]" as unknown as string[][];
    t.showTotals = true;
    data.freezePanes.freezeRows(1);
    data.getRange("A:E").format.columnWidth = 80;

    const suivi = context.workbook.worksheets.add("Suivi mensuel");
    suivi.getRange("A1:G1").values = [
      ["Mois", "CA HT", "Marge", "Taux de marque", "Écart M-1", "Statut", "Moyenne"],
    ];
    const months = [45292, 45323, 45352];
    suivi.getRange("A2:A4").values = months.map((m) => [m]);
    suivi.getRange("B2:B4").formulas =
      '=SUMIFS(Ventes[CA HT],Ventes[Mois],">="&A2,Ventes[Mois],"<="&EOMONTH(A2,0))' as unknown as string[][];
    suivi.getRange("C2:C4").formulas =
      '=SUMIFS(Ventes[Marge brute],Ventes[Mois],">="&A2,Ventes[Mois],"<="&EOMONTH(A2,0))' as unknown as string[][];
    suivi.getRange("D2:D4").formulas = '=IFERROR(C2/B2,"n.s.")' as unknown as string[][];
    suivi.getRange("E2").values = [[""]];
    suivi.getRange("E3:E4").formulas = '=IF(B2=0,"",B3-B2)' as unknown as string[][];
    suivi.getRange("F2:F4").formulas =
      '=IFS(B2>500,"fort",B2>200,"moyen",TRUE,"faible")' as unknown as string[][];
    suivi.getRange("G2:G4").formulas =
      '=IFERROR(AVERAGEIFS(Ventes[CA HT],Ventes[Mois],">="&A2,Ventes[Mois],"<="&EOMONTH(A2,0)),0)' as unknown as string[][];
    suivi.getRange("A2:A4").numberFormat = "mmm yyyy" as unknown as string[][];
    // PageLayout (ExcelApi 1.9): landscape, one page wide, header rows repeated
    suivi.pageLayout.orientation = "Landscape";
    suivi.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    suivi.pageLayout.setPrintTitleRows("$1:$1");
    suivi.pageLayout.centerHorizontally = true;
    const suiviTable = suivi.tables.add("'Suivi mensuel'!A1:G4", true);
    suiviTable.name = "SuiviMensuel";

    const synth = context.workbook.worksheets.add("Synthèse");
    synth.getRange("A1:A8").formulas = [
      ["=SUM(SuiviMensuel[CA HT])"],
      ["='Suivi mensuel'!B3*2"],
      ['=SUMPRODUCT((Ventes[Région]="Nord")*Ventes[CA HT])'],
      ["=INDEX(Ventes[Région],MATCH(300,Ventes[CA HT],0))"],
      ["=ROUND(SUM(Ventes[Marge brute])/SUM(Ventes[CA HT]),4)"],
      ["=Ventes[[#Totals],[Marge brute]]"],
      ["=EDATE(DATE(2024,1,31),1)"],
      ['=COUNTIFS(Ventes[Région],"Nord",Ventes[CA HT],">0")'],
    ];
    await context.sync();
  });
}

function plain(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === "object") {
    if ("result" in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("error" in v) return (v as ExcelJS.CellErrorValue).error;
    if (v instanceof Date) return v;
  }
  return v === undefined || v === null ? "" : v;
}

describe("export to .xlsx", () => {
  test("the file holds values, formulas in file syntax with cached results, formats, tables, widths, frozen panes", async () => {
    const sim = createSimulatedExcel();
    await build(sim);
    const bytes = await sim.exportXlsx();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const data = wb.getWorksheet("Données")!;
    // OOXML keeps structured references, with [#This Row] for @ and the table name always written
    expect(data.getCell("E2").value).toMatchObject({
      formula: "Ventes[[#This Row],[CA HT]]-Ventes[[#This Row],[Coût d''achat]]",
      result: 40,
    });
    expect(data.getCell("A2").numFmt).toBe("dd/mm/yyyy");
    // 80 pt = 106.7 px = (106.7 - 5) / 7 = 14.52 characters
    expect(data.getColumn(1).width).toBeCloseTo(14.52, 1);
    expect(data.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const suivi = wb.getWorksheet("Suivi mensuel")!;
    expect((suivi.getCell("F2").value as ExcelJS.CellFormulaValue).formula).toBe(
      '_xlfn.IFS(B2>500,"fort",B2>200,"moyen",TRUE,"faible")'
    );
    expect(suivi.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: "1:1",
    });
    // the file asks readers to recalculate everything on load (calcPr fullCalcOnLoad)
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(
      /<calcPr[^>]*fullCalcOnLoad="1"/
    );
  });

  test("LibreOffice, recalculating on load, finds the simulator's value in every formula cell", async () => {
    const sim = createSimulatedExcel();
    await build(sim);
    const recalculated = await convertWithLibreOffice(
      await sim.exportXlsx({ withoutCachedResults: true })
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(recalculated as unknown as ArrayBuffer);
    let checked = 0;
    for (const sheet of sim.workbook.sheetNames()) {
      const ws = wb.getWorksheet(sheet)!;
      for (const { address } of sim.workbook.formulaCells(sheet)) {
        const expected = sim.workbook.cell(sheet, address).value;
        const got = plain(ws.getCell(address).value);
        if (typeof expected === "number")
          expect([sheet, address, got]).toEqual([sheet, address, expect.closeTo(expected, 9)]);
        else expect([sheet, address, got]).toEqual([sheet, address, expected]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  }, 180000);
});
