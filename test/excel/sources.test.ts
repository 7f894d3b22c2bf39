/**
 * Reading the user's data from the workbook: sources listed without the add-in's own sheets, big
 * ranges read in chunks under the 5 MB response limit, cells selected from the pane.
 */
import {
  buildDashboard,
  getDashboardState,
  listSources,
  readSource,
  selectCell,
} from "../../src/excel";
import { FIXED_NOW, sim, smallImport } from "./helpers";

jest.setTimeout(120_000);

it("reads a big user table in chunks, each response under 5 MB, cell for cell", async () => {
  const s = sim();
  const rows = 60_000;
  const values: (string | number)[][] = [["Date", "Client", "CA HT"]];
  for (let i = 0; i < rows; i++)
    values.push([45292 + (i % 365), `Client ${i % 700} — établissements réunis`, (i % 1000) / 4]);
  await s.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add("Export");
    for (let start = 0; start < values.length; start += 20_000) {
      const part = values.slice(start, start + 20_000);
      ws.getRange(`A${start + 1}:C${start + part.length}`).values = part;
      ws.getRange(`A${start + 1}:A${start + part.length}`).numberFormat = part.map(() => [
        "dd/mm/yyyy",
      ]);
      // The test's own setup: one request per 20,000 rows, as a user's data would come in.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    ws.tables.add(`A1:C${values.length}`, true).name = "MesVentes";
    await context.sync();
  });
  s.counters.reset();
  const grid = await readSource(s, "table:MesVentes");
  expect(grid.chunks).toBeGreaterThan(1);
  expect(s.counters.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  expect(grid.values).toEqual(values);
  expect(grid.numberFormat[1][0]).toBe("dd/mm/yyyy");
  expect(grid.name).toBe("MesVentes");
});

it("lists tables, sheets with data and the selection, never the add-in's own sheets", async () => {
  const s = sim();
  await buildDashboard(s, {
    importResult: smallImport(),
    options: { lang: "fr" },
    sourceName: "ventes.csv",
    now: FIXED_NOW,
  });
  await s.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Feuil1");
    ws.getRange("A1:B3").values = [
      ["Mois", "CA"],
      ["2024-01", 10],
      ["2024-02", 20],
    ];
    ws.activate();
    ws.getRange("A1:B3").select();
    await context.sync();
  });
  const sources = await listSources(s);
  expect(sources.map((x) => [x.kind, x.name])).toEqual([
    ["sheet", "Feuil1"],
    ["selection", "Feuil1!A1:B3"],
  ]);
  await expect(
    readSource(s, `sheet:${s.workbook.sheets().find((x) => x.name === "Données")!.id}`)
  ).rejects.toThrow();
});

it("describes the dashboard for the pane and selects the cell behind a sentence", async () => {
  const s = sim();
  expect((await getDashboardState(s)).exists).toBe(false);
  const r = await buildDashboard(s, {
    importResult: smallImport(),
    options: { lang: "en" },
    sourceName: "sales.csv",
    now: FIXED_NOW,
  });
  const state = await getDashboardState(s);
  expect(state.exists).toBe(true);
  expect(state.state).toMatchObject({
    source: "sales.csv",
    lang: "en",
    rows: smallImport().table!.rowCount,
    months: 6,
  });
  expect(state.sheets.tracking).toBe("Monthly tracking");
  const revenue = state.trackingColumns.find((c) => c.key === "revenue")!;
  expect(revenue).toEqual({
    key: "revenue",
    header: "Revenue",
    formula: "=SUMIFS(Sales[Revenue],Sales[Month],[@Month])",
    sheet: "Monthly tracking",
    address: "B5",
  });
  const link = r.links[0];
  await selectCell(s, link.sheet, link.address);
  expect(s.workbook.activeSheet()).toBe(link.sheet);
});
