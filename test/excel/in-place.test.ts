/**
 * Refresh in place (issue 6, "Refresh and safety"): running the add-in again on a workbook that
 * holds its dashboard updates the same sheets, Tables, PivotTables and charts — what the user
 * built on them keeps working with the new values — and leaves the same workbook a new build of
 * the same data would; when the dashboard cannot be updated in place, it is replaced and the
 * result says that references to the old sheets need updating.
 */
import { buildDashboard, type BuildResult } from "../../src/excel";
import { SETTING_KEY } from "../../src/excel/record";
import type { SimulatedExcel } from "../../src/workbook-sim";
import {
  expectTrackingMatchesAnalysis,
  FIXED_NOW,
  sim,
  smallImport,
  snapshot,
  tableRows,
} from "./helpers";
import { dailyLines, importResultOf, salesTableOf } from "../domain/dashboard/fixtures";

jest.setTimeout(180_000);
const fr = { lang: "fr" as const };

const request = (from: string, to: string, lang: "fr" | "en" = "fr") => ({
  importResult: smallImport(from, to),
  options: { lang },
  sourceName: "ventes.csv",
  now: FIXED_NOW,
});

/** Ids of the sheets, Tables, PivotTables and charts, read through the API. */
async function objectIds(s: SimulatedExcel): Promise<Record<string, string>> {
  return s.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    const tables = context.workbook.tables;
    tables.load("items/id,items/name");
    const pivots = context.workbook.pivotTables;
    pivots.load("items/id,items/name");
    await context.sync();
    const charts = sheets.items.map((w) => {
      const c = w.charts;
      c.load("items/id,items/name");
      return c;
    });
    await context.sync();
    const out: Record<string, string> = {};
    for (const w of sheets.items) out[`sheet:${w.id}`] = w.id;
    for (const t of tables.items) out[`table:${t.name}`] = t.id;
    for (const p of pivots.items) out[`pivot:${p.name}`] = p.id;
    for (const c of charts.flatMap((x) => x.items)) out[`chart:${c.name}`] = c.id;
    return out;
  });
}

/**
 * What a user builds on the dashboard: a sheet of their own with formulas on our tables and a
 * cell of ours, a chart of their own on our tracking table, notes in free cells of our sheet.
 */
async function userWork(s: SimulatedExcel, noteRow: number): Promise<void> {
  await s.Excel.run(async (context) => {
    const mine = context.workbook.worksheets.add("Mes calculs");
    mine.getRange("A1:A4").formulas = [
      ["=SUM(SuiviMensuel[CA HT])"],
      ["=SUM(Ventes[CA HT])"],
      ["='Suivi mensuel'!B5"],
      ["=COUNTA(SuiviMensuel[Mois])"],
    ];
    const tracking = context.workbook.tables.getItem("SuiviMensuel");
    const chart = mine.charts.add(
      "Line",
      tracking.columns.getItem("CA HT").getDataBodyRange(),
      "Columns"
    );
    chart.name = "MonGraphique";
    const ws = context.workbook.worksheets.getItem("Suivi mensuel");
    ws.getRange(`A${noteRow}`).values = [["Note de l’équipe sous le tableau"]];
    ws.getRange("Z2").values = [["Note à droite"]];
    await context.sync();
  });
}

function expectUserWorkFollows(s: SimulatedExcel, r: BuildResult, noteRow: number): void {
  const [total, data, first, count] = s.workbook.values("Mes calculs", "A1:A4").map((x) => x[0]);
  expect(total as number).toBeCloseTo(r.analysis!.total.revenue, 2);
  expect(data as number).toBeCloseTo(r.analysis!.total.revenue, 2);
  expect(first as number).toBeCloseTo(r.analysis!.months[0].revenue, 2);
  expect(count).toBe(r.analysis!.months.length);
  const [chart] = s.workbook.charts("Mes calculs") as { series: { values: number[] }[] }[];
  expect(chart.series[0].values).toHaveLength(r.analysis!.months.length);
  expect(s.workbook.values("Suivi mensuel", `A${noteRow}`)).toEqual([
    ["Note de l’équipe sous le tableau"],
  ]);
  expect(s.workbook.values("Suivi mensuel", "Z2")).toEqual([["Note à droite"]]);
}

describe("refresh in place", () => {
  it("keeps the sheets, Tables, PivotTables and charts, and what the user built on them, with a new month", async () => {
    const s = sim();
    const first = await buildDashboard(s, request("2024-01-01", "2024-05-31"));
    expect(first.mode).toBe("new");
    // Header on row 4, 5 months, total on row 10: the note two rows under the table.
    await userWork(s, 12);
    const ids = await objectIds(s);
    const r = await buildDashboard(s, request("2024-01-01", "2024-06-30"));
    expect(r.error).toBeNull();
    expect(r.mode).toBe("inPlace");
    expect(await objectIds(s)).toEqual(ids);
    expect(s.workbook.sheetNames()).toEqual([
      "Feuil1",
      "Données",
      "TCD",
      "Suivi mensuel",
      "Graphiques",
      "Commentaire",
      "Mes calculs",
    ]);
    // The tracking table grew by one row and pushed the note under it down by one.
    expect(tableRows(s, "SuiviMensuel").body).toHaveLength(6);
    // Every formula of the grown table, M-1 of the new month included, equals the analysis.
    expect(expectTrackingMatchesAnalysis(s, r)).toBe(6 * 8);
    expect(tableRows(s, "SuiviMensuel").body[0]["Écart M-1"]).toBe("");
    expectUserWorkFollows(s, r, 13);
    // Charts show the new month.
    const revenue = (s.workbook.charts("Graphiques") as { name: string; series: unknown[] }[]).find(
      (c) => c.name === "RevenueByMonth"
    ) as { series: { values: number[]; xValuesAddress: string }[] };
    expect(revenue.series[0].values).toHaveLength(6);
    expect(revenue.series[0].xValuesAddress).toBe("'Suivi mensuel'!$A$5:$A$10");
    // The PivotTables were refreshed: June is in the month table.
    const byMonth = (s.workbook.pivots("TCD") as { name: string; values: unknown[][] }[]).find(
      (p) => p.name === "TCD_CA_Mois"
    )!;
    expect(byMonth.values.at(-1)!.at(-1) as number).toBeCloseTo(r.analysis!.total.revenue, 2);
    expect(byMonth.values).toHaveLength(6 + 3);
    // No staging sheet left, nothing pending.
    const record = JSON.parse(String(s.workbook.settings()[SETTING_KEY])) as { pending: string[] };
    expect(record.pending).toEqual([]);
  });

  it("leaves the same workbook as a new build of the same data (more months, fewer, corrected)", async () => {
    const cases: [string, string, string, string][] = [
      ["2024-01-01", "2024-05-31", "2024-01-01", "2024-06-30"],
      ["2024-01-01", "2024-06-30", "2024-01-01", "2024-04-30"],
      ["2023-01-01", "2024-09-30", "2023-03-01", "2024-06-30"],
    ];
    for (const [a, b, c, d] of cases) {
      const s = sim();
      await buildDashboard(s, request(a, b));
      const r = await buildDashboard(s, request(c, d));
      expect(r.mode).toBe("inPlace");
      const fresh = sim();
      await buildDashboard(fresh, request(c, d));
      expect(snapshot(s)).toEqual(snapshot(fresh));
    }
  });

  it("with fewer months, deletes rows at the end: the note under the table moves up, no old data stays under the data table", async () => {
    const s = sim();
    await buildDashboard(s, request("2024-01-01", "2024-06-30"));
    await userWork(s, 13);
    const ids = await objectIds(s);
    const r = await buildDashboard(s, request("2024-01-01", "2024-04-30"));
    expect(r.mode).toBe("inPlace");
    expect(await objectIds(s)).toEqual(ids);
    expect(tableRows(s, "SuiviMensuel").body).toHaveLength(4);
    expect(tableRows(s, "Objectifs").body).toHaveLength(4);
    expectUserWorkFollows(s, r, 11);
    const sales = s.workbook.table("Ventes");
    expect(sales.rowCount).toBe(r.analysis!.total.lines);
    expect(s.workbook.usedRange("Données")).toBe(sales.address);
  });

  it("follows corrected data in place", async () => {
    const s = sim();
    const imp = smallImport();
    await buildDashboard(s, {
      importResult: imp,
      options: fr,
      sourceName: "x.csv",
      now: FIXED_NOW,
    });
    await userWork(s, 13);
    imp.table!.measures.revenue[0] += 1000;
    const r = await buildDashboard(s, {
      importResult: imp,
      options: fr,
      sourceName: "x.csv",
      now: FIXED_NOW,
    });
    expect(r.mode).toBe("inPlace");
    expect(tableRows(s, "SuiviMensuel").body[0]["CA HT"]).toBeCloseTo(
      r.analysis!.months[0].revenue,
      2
    );
    expectUserWorkFollows(s, r, 13);
  });

  it("run twice on the same data, leaves an identical workbook, objects included", async () => {
    const s = sim();
    await buildDashboard(s, request("2024-01-01", "2024-06-30"));
    await userWork(s, 13);
    await buildDashboard(s, request("2024-01-01", "2024-06-30"));
    const once = snapshot(s, true);
    const ids = await objectIds(s);
    const r = await buildDashboard(s, request("2024-01-01", "2024-06-30"));
    expect(r.mode).toBe("inPlace");
    expect(snapshot(s, true)).toEqual(once);
    expect(await objectIds(s)).toEqual(ids);
  });

  it("turns the distribution pie into a sorted bar and back in the same chart object", async () => {
    const regions = (n: number, to: string) => ({
      importResult: importResultOf(
        salesTableOf(
          dailyLines("2024-01-01", to, { Région: "ABCDEFG".split("").slice(0, n) }, (d, k) => ({
            revenue: 10 + k + (d % 5),
          })),
          { Région: "region" }
        )
      ),
      options: fr,
      sourceName: "x.csv",
      now: FIXED_NOW,
    });
    type View = {
      name: string;
      chartType: string;
      dataLabels: { showPercentage: boolean };
      axes: { category: { primary: { reversePlotOrder: boolean } } };
      series: { values: number[]; fill: string | null }[];
    };
    const distribution = (x: SimulatedExcel) =>
      (x.workbook.charts("Graphiques") as View[]).find((c) => c.name === "Distribution")!;
    const s = sim();
    await buildDashboard(s, regions(6, "2024-05-31"));
    expect(distribution(s).chartType).toBe("Pie");
    const ids = await objectIds(s);
    // A seventh region: more than 6 parts, a bar from the largest down.
    const r = await buildDashboard(s, regions(7, "2024-06-30"));
    expect(r.mode).toBe("inPlace");
    expect(await objectIds(s)).toEqual(ids);
    expect(distribution(s)).toMatchObject({
      chartType: "BarClustered",
      dataLabels: { showPercentage: false },
      axes: { category: { primary: { reversePlotOrder: true } } },
    });
    expect(distribution(s).series[0].values).toHaveLength(7);
    const fresh = sim();
    await buildDashboard(fresh, regions(7, "2024-06-30"));
    expect(snapshot(s)).toEqual(snapshot(fresh));
    // And back to six: a pie again, one colour per slice (not the bar's blue), percentages shown.
    await buildDashboard(s, regions(6, "2024-06-30"));
    expect(distribution(s)).toMatchObject({
      chartType: "Pie",
      dataLabels: { showPercentage: true },
    });
    expect(distribution(s).series[0]).toMatchObject({ fill: null });
    expect(distribution(s).series[0].values).toHaveLength(6);
    expect(await objectIds(s)).toEqual(ids);
  });

  it("keeps the names the user gave to its sheets", async () => {
    const s = sim();
    await buildDashboard(s, request("2024-01-01", "2024-05-31"));
    await s.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Commentaire").name = "Mon commentaire";
      await context.sync();
    });
    const r = await buildDashboard(s, request("2024-01-01", "2024-06-30"));
    expect(r.mode).toBe("inPlace");
    expect(r.sheets!.commentary).toBe("Mon commentaire");
    expect(s.workbook.sheetNames()).toContain("Mon commentaire");
    expect(s.workbook.sheetNames()).not.toContain("Commentaire");
    // Links on the commentary sheet name the sheets as they are now.
    expect(r.links.every((l) => l.sentenceSheet === "Mon commentaire")).toBe(true);
  });
});

describe("when the dashboard cannot be updated in place", () => {
  async function replaced(
    first: ReturnType<typeof request>,
    second: ReturnType<typeof request>,
    apiVersion = "1.17"
  ): Promise<{ s: SimulatedExcel; r: BuildResult; ids: Record<string, string> }> {
    const s = sim(apiVersion);
    await buildDashboard(s, first);
    await userWork(s, 13);
    const ids = await objectIds(s);
    const r = await buildDashboard(s, second);
    expect(r.error).toBeNull();
    expect(r.mode).toBe("replaced");
    return { s, r, ids };
  }

  it("replaces it when the language changes, and says that references need updating", async () => {
    const { s, r, ids } = await replaced(
      request("2024-01-01", "2024-06-30"),
      request("2024-01-01", "2024-06-30", "en")
    );
    expect(r.messages[0].en).toMatch(
      /^The previous dashboard was replaced by new sheets, because the language changed\. .*need updating/
    );
    expect(r.messages[0].fr).toMatch(/la langue a changé\. .*#REF!.*à mettre à jour/);
    expect(await objectIds(s)).not.toEqual(ids);
    // What the user feared: their formulas on the old tables are broken, hence the message.
    expect(s.workbook.values("Mes calculs", "A1")).toEqual([["#REF!"]]);
  });

  it("replaces it when the columns change (a cost column appears)", async () => {
    const withCost = request("2024-01-01", "2024-06-30");
    const withoutCost = {
      ...withCost,
      importResult: { ...withCost.importResult },
    };
    const table = { ...withoutCost.importResult.table! };
    const { cost: _cost, ...measures } = table.measures;
    void _cost;
    withoutCost.importResult.table = { ...table, measures };
    const { r } = await replaced(withoutCost, withCost);
    expect(r.messages[0].fr).toMatch(/les colonnes des données ont changé/);
  });

  it("replaces it on a host without ExcelApi 1.13, and says why", async () => {
    const { r } = await replaced(
      request("2024-01-01", "2024-05-31"),
      request("2024-01-01", "2024-06-30"),
      "1.12"
    );
    expect(r.messages[0].fr).toMatch(/ExcelApi 1\.13/);
    expect(r.messages[0].en).toMatch(/ExcelApi 1\.13/);
  });

  it("replaces what is left of a dashboard whose sheet the user deleted, and says so", async () => {
    const s = sim();
    await buildDashboard(s, request("2024-01-01", "2024-05-31"));
    await s.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("TCD").delete();
      await context.sync();
    });
    const r = await buildDashboard(s, request("2024-01-01", "2024-06-30"));
    expect(r.mode).toBe("replaced");
    expect(r.messages[0].fr).toMatch(/certaines de ses feuilles ont été supprimées/);
    expect(s.workbook.sheetNames()).toEqual([
      "Feuil1",
      "Données",
      "TCD",
      "Suivi mensuel",
      "Graphiques",
      "Commentaire",
    ]);
  });

  it("replaces a dashboard made by an earlier version (no structure recorded) once, then updates in place", async () => {
    const s = sim();
    await buildDashboard(s, request("2024-01-01", "2024-05-31"));
    await s.Excel.run(async (context) => {
      const item = context.workbook.settings.getItem(SETTING_KEY);
      item.load("value");
      await context.sync();
      const record = JSON.parse(String(item.value)) as Record<string, unknown>;
      delete record.structure;
      delete record.footprint;
      context.workbook.settings.add(SETTING_KEY, JSON.stringify(record));
      await context.sync();
    });
    const r = await buildDashboard(s, request("2024-01-01", "2024-06-30"));
    expect(r.mode).toBe("replaced");
    expect(r.messages[0].fr).toMatch(/version antérieure/);
    const again = await buildDashboard(s, request("2024-01-01", "2024-06-30"));
    expect(again.mode).toBe("inPlace");
  });
});
