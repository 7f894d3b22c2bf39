/**
 * The exported .xlsx carries the plan's page setup (read back with exceljs), opens on the sheet the
 * workbook had active, and, on request, leaves out the blank sheet a fresh workbook starts with.
 */
import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createSimulatedExcel, type SimulatedExcel } from "../../src/workbook-sim";
import { buildDashboard } from "../../src/excel";
import { decodeText, importBytes } from "../../src/domain/import";
import { parseMonthlyTargets } from "../../src/domain/import/targets";
import { MIN_PRINT_SCALE } from "../../src/domain/dashboard/print";

jest.setTimeout(120_000);

const repo = path.resolve(__dirname, "../..");

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Points of an exported column width in characters (Calibri 11: 7 px a character + 5 px). */
const points = (chars: number) => ((chars * 7 + 5) * 3) / 4;

let sim: SimulatedExcel;
beforeAll(async () => {
  const importResult = await importBytes(
    new Uint8Array(readFileSync(path.join(repo, "assets/samples/ventes-exemple.csv"))),
    { fileName: "ventes-exemple.csv", lang: "fr" }
  );
  const { monthly } = parseMonthlyTargets(
    decodeText(
      new Uint8Array(readFileSync(path.join(repo, "assets/samples/objectifs-exemple.csv")))
    ).text,
    "fr"
  );
  sim = createSimulatedExcel();
  const built = await buildDashboard(sim, {
    importResult,
    options: { lang: "fr", targets: { kind: "monthly", monthly } },
    sourceName: "ventes-exemple.csv",
  });
  expect(built.ok).toBe(true);
});

test("the tracking table prints on A4, one page wide (its columns fitted to their texts), titles repeated, readable", async () => {
  const wb = await load(await sim.exportXlsx());
  const ws = wb.getWorksheet("Suivi mensuel")!;
  expect(ws.pageSetup).toMatchObject({
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:4",
    printArea: "A1:O31",
  });
  // One page wide: the month column is not repeated.
  expect(ws.pageSetup.printTitlesColumn).toBeUndefined();
  expect(ws.pageSetup.margins).toMatchObject({ left: 0.25, right: 0.25 });
  // The scale the file's own column widths give on one A4 landscape page (842 pt less the margins).
  const widths = Array.from({ length: 15 }, (_, c) => points(ws.getColumn(c + 1).width!));
  const total = widths.reduce((a, b) => a + b, 0);
  const page = 842 - 72 * (ws.pageSetup.margins!.left + ws.pageSetup.margins!.right);
  expect(page / total).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
});

test("the other sheets: data header repeated, commentary one page wide in portrait", async () => {
  const wb = await load(await sim.exportXlsx());
  expect(wb.getWorksheet("Données")!.pageSetup).toMatchObject({
    orientation: "landscape",
    fitToPage: true,
    printTitlesRow: "1:1",
  });
  expect(wb.getWorksheet("Commentaire")!.pageSetup).toMatchObject({
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
  expect(wb.getWorksheet("Commentaire")!.pageSetup.printTitlesColumn).toBeUndefined();
});

test("the file opens on the active sheet (the build activates the tracking sheet)", async () => {
  const bytes = await sim.exportXlsx();
  const wb = await load(bytes);
  // A user's workbook is exported whole: its first sheet stays.
  expect(wb.worksheets[0].name).toBe("Feuil1");
  const active = wb.views[0].activeTab;
  expect(wb.worksheets[active].name).toBe("Suivi mensuel");
  // Only that sheet's tab is selected (exceljs does not read tabSelected back on a frozen view:
  // read the sheet parts, which exceljs writes in workbook order).
  const zip = await JSZip.loadAsync(bytes);
  const selected: number[] = [];
  for (let i = 0; i < wb.worksheets.length; i++) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
    if (/<sheetView[^>]*tabSelected="1"/.test(xml)) selected.push(i);
  }
  expect(selected).toEqual([active]);
});

test("withoutBlankSheets leaves out the fresh workbook's blank Feuil1 and keeps the active tab right", async () => {
  const wb = await load(await sim.exportXlsx({ withoutBlankSheets: true }));
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Données",
    "TCD",
    "Suivi mensuel",
    "Graphiques",
    "Commentaire",
    "Objets non exportés",
  ]);
  expect(wb.worksheets[wb.views[0].activeTab].name).toBe("Suivi mensuel");
});

test("withoutBlankSheets keeps a blank sheet that is active, or written to", async () => {
  const fresh = createSimulatedExcel({ displayLanguage: "en-US" });
  await fresh.Excel.run(async (context) => {
    context.workbook.worksheets.add("Notes").getRange("A1").values = [["kept"]];
    await context.sync();
  });
  const wb = await load(await fresh.exportXlsx({ withoutBlankSheets: true }));
  // Sheet1 is blank but active; Notes has a value.
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Sheet1", "Notes"]);
  expect(wb.views[0].activeTab).toBe(0);
});
