/**
 * Refresh and safety on the simulator: build twice → identical workbook; a new month or corrected
 * data updates everything in place (more in in-place.test.ts); the user's sheets (and the source)
 * are never touched, a user sheet with one of our names makes us pick another name; imported text
 * is never evaluated.
 */
import { buildDashboard, getDashboardState, listSources } from "../../src/excel";
import { dailyLines, importResultOf, salesTableOf } from "../domain/dashboard/fixtures";
import { FIXED_NOW, sim, smallImport, snapshot, tableRows } from "./helpers";

jest.setTimeout(120_000);
const fr = { lang: "fr" as const };

describe("refresh", () => {
  it("leaves an identical workbook when run twice on the same data", async () => {
    const s = sim();
    const request = {
      importResult: smallImport(),
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    };
    const first = await buildDashboard(s, request);
    expect(first.error).toBeNull();
    const once = snapshot(s);
    const second = await buildDashboard(s, request);
    expect(second.ok).toBe(true);
    expect(snapshot(s)).toEqual(once);
  });

  it("updates everything in place with a new month of data", async () => {
    const s = sim();
    await buildDashboard(s, {
      importResult: smallImport("2024-01-01", "2024-05-31"),
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    const before = tableRows(s, "SuiviMensuel").body.length;
    const again = smallImport("2024-01-01", "2024-06-30");
    const r = await buildDashboard(s, {
      importResult: again,
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    expect(r.ok).toBe(true);
    expect(before).toBe(5);
    const { body, total } = tableRows(s, "SuiviMensuel");
    expect(body).toHaveLength(6);
    expect(total!["CA HT"]).toBeCloseTo(r.analysis!.total.revenue, 2);
    expect(s.workbook.table("Ventes").rowCount).toBe(again.table!.rowCount);
    // Charts read the tracking table's current rows.
    const charts = s.workbook.charts("Graphiques") as {
      series: { valuesAddress: string; xValuesAddress: string }[];
    }[];
    const tracking = charts
      .flatMap((c) => c.series)
      .filter((x) => x.valuesAddress.startsWith("'Suivi mensuel'"));
    expect(tracking.length).toBeGreaterThanOrEqual(3);
    for (const series of tracking) {
      expect(series.valuesAddress).toMatch(/\$5:\$[A-Z]+\$10$/);
      expect(series.xValuesAddress).toBe("'Suivi mensuel'!$A$5:$A$10");
    }
    // Still one dashboard: five sheets of ours plus the user's first sheet.
    expect(s.workbook.sheetNames()).toEqual([
      "Feuil1",
      "Données",
      "TCD",
      "Suivi mensuel",
      "Graphiques",
      "Commentaire",
    ]);
  });

  it("follows corrected data", async () => {
    const s = sim();
    const imp = smallImport();
    await buildDashboard(s, {
      importResult: imp,
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    imp.table!.measures.revenue[0] += 1000; // a corrected line in January
    const r = await buildDashboard(s, {
      importResult: imp,
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    expect(tableRows(s, "SuiviMensuel").body[0]["CA HT"]).toBeCloseTo(
      r.analysis!.months[0].revenue,
      2
    );
  });

  it("keeps the targets the user typed in the targets table", async () => {
    const s = sim();
    await buildDashboard(s, {
      importResult: smallImport(),
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    const targets = s.workbook.table("Objectifs");
    await s.Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Objectifs").getDataBodyRange();
      body.getCell(1, 1).values = [[20000]];
      await context.sync();
    });
    expect(targets.rowCount).toBe(6);
    const r = await buildDashboard(s, {
      importResult: smallImport(),
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    expect(r.analysis!.months[1].target).toBe(20000);
    const { body } = tableRows(s, "SuiviMensuel");
    expect(body[1]["Objectif"]).toBe(20000);
    expect(body[1]["Écart objectif"]).toBeCloseTo(r.analysis!.months[1].revenue - 20000, 2);
  });
});

describe("the user's sheets", () => {
  it("never touches a user sheet named like ours, and says which name it used", async () => {
    const s = sim();
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.add("Données");
      ws.getRange("A1:B2").values = [
        ["Mes notes", 1],
        ["à garder", 2],
      ];
      await context.sync();
    });
    const userBefore = JSON.stringify(s.workbook.grid("Données", "A1:B2"));
    const r = await buildDashboard(s, {
      importResult: smallImport(),
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    expect(r.ok).toBe(true);
    expect(r.sheets!.data).toBe("Données (2)");
    expect(r.messages.map((m) => m.fr).join(" ")).toContain("« Données (2) »");
    expect(JSON.stringify(s.workbook.grid("Données", "A1:B2"))).toBe(userBefore);
    // A refresh keeps recognising its own sheets by id, not by name.
    const again = await buildDashboard(s, {
      importResult: smallImport(),
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    expect(again.sheets!.data).toBe("Données (2)");
    expect(JSON.stringify(s.workbook.grid("Données", "A1:B2"))).toBe(userBefore);
    expect(s.workbook.sheetNames().filter((n) => n.startsWith("Données"))).toEqual([
      "Données",
      "Données (2)",
    ]);
  });

  it("recognises its sheets after the user renamed them (by id), and keeps the user's name", async () => {
    const s = sim();
    await buildDashboard(s, {
      importResult: smallImport(),
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    await s.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Commentaire").name = "Mon commentaire";
      await context.sync();
    });
    const state = await getDashboardState(s);
    expect(state.exists).toBe(true);
    expect(state.sheets.commentary).toBe("Mon commentaire");
    const r = await buildDashboard(s, {
      importResult: smallImport(),
      options: fr,
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    expect(r.ok).toBe(true);
    expect(r.mode).toBe("inPlace");
    expect(s.workbook.sheetNames()).toEqual([
      "Feuil1",
      "Données",
      "TCD",
      "Suivi mensuel",
      "Graphiques",
      "Mon commentaire",
    ]);
  });

  it("never modifies the source sheet and never lists its own sheets as sources", async () => {
    const s = sim();
    await s.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Feuil1");
      ws.getRange("A1:C3").values = [
        ["Date", "Région", "CA"],
        ["2024-01-05", "Nord", 10],
        ["2024-02-05", "Sud", 20],
      ];
      await context.sync();
    });
    const source = JSON.stringify(s.workbook.grid("Feuil1", "A1:C3"));
    await buildDashboard(s, {
      importResult: smallImport(),
      options: fr,
      sourceName: "Feuil1",
      now: FIXED_NOW,
    });
    expect(JSON.stringify(s.workbook.grid("Feuil1", "A1:C3"))).toBe(source);
    const sources = await listSources(s);
    expect(sources.map((x) => x.sheet)).not.toEqual(expect.arrayContaining(["Données"]));
    expect(sources.filter((x) => x.kind !== "selection").map((x) => x.name)).toEqual(["Feuil1"]);
  });
});

describe("formula injection", () => {
  it("keeps members such as =HYPERLINK(…) or +33 6… as text everywhere", async () => {
    const evil = [
      '=HYPERLINK("http://evil.example","clic")',
      "+33 6 12 34 56 78",
      "-2+3",
      "@SUM(1)",
      "\tTab",
      "\r-1+1",
      "00123",
    ];
    const lines = dailyLines("2024-01-01", "2024-03-31", { Client: evil }, (d, k) => ({
      revenue: 10 + k + (d % 3),
    }));
    const s = sim();
    const build = {
      importResult: importResultOf(salesTableOf(lines, { Client: "customer" })),
      options: { ...fr, mainDimension: "Client" },
      sourceName: "x.csv",
      now: FIXED_NOW,
    };
    const first = await buildDashboard(s, build);
    expect(first.error).toBeNull();
    // Then refreshed in place: the rows go through the staging sheet and a values-only copy.
    const r = await buildDashboard(s, build);
    expect(r.mode).toBe("inPlace");
    const t = s.workbook.table("Ventes");
    const col = t.columns.indexOf("Client");
    const cells = s.workbook.grid(t.sheet, t.dataBodyAddress).map((row) => row[col]);
    expect(new Set(cells.map((c) => c.value))).toEqual(new Set(evil));
    for (const c of cells) expect(c.formula).toBeNull();
    // The distribution table compares labels exactly: each member gets its own revenue.
    const dist = tableRows(s, "Repartition").body;
    for (const row of dist.filter((x) => evil.includes(String(x["Client"])))) {
      const b = r.analysis!.breakdowns["Client"].rows.find((x) => x.key === row["Client"])!;
      expect(row["CA HT"]).toBeCloseTo(b.revenue, 2);
    }
  });
});
