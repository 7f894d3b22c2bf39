/**
 * The awkward cases of PRODUCT.md on the simulator: a month without sales, a month of credit
 * notes (negative), lines without cost, a fiscal year starting in April, targets from a column.
 * Every tracking formula still evaluates to the analysis engine's figure, never to #DIV/0!.
 */
import { buildDashboard } from "../../src/excel";
import { importResultOf, salesTableOf, type Line } from "../domain/dashboard/fixtures";
import { expectTrackingMatchesAnalysis, FIXED_NOW, sim, tableRows } from "./helpers";

jest.setTimeout(120_000);

function lines(): Line[] {
  const out: Line[] = [];
  for (let m = 0; m < 14; m++) {
    const month = new Date(Date.UTC(2023, m, 1));
    if (m === 3) continue; // April 2023: no sales at all
    for (let d = 1; d <= 28; d += 3) {
      const date = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), d))
        .toISOString()
        .slice(0, 10);
      const sign = m === 6 ? -1 : 1; // July 2023: only credit notes
      out.push({
        date,
        revenue: sign * (100 + d),
        cost: m === 8 && d === 4 ? undefined : sign * (60 + d),
        dims: { Région: d % 2 ? "Nord" : "Sud" },
      });
    }
  }
  return out;
}

it("keeps every formula equal to the analysis on empty, negative and cost-less months", async () => {
  const s = sim();
  const r = await buildDashboard(s, {
    importResult: importResultOf(salesTableOf(lines(), { Région: "region" })),
    options: { lang: "fr" },
    sourceName: "x.csv",
    now: FIXED_NOW,
  });
  expect(r.error).toBeNull();
  expect(expectTrackingMatchesAnalysis(s, r)).toBeGreaterThan(14 * 8);
  const { body, total } = tableRows(s, "SuiviMensuel");
  expect(body[3]["CA HT"]).toBe(0); // the month without sales is a row, at zero
  expect(body[4]["Évolution M-1"]).toBe("n.s."); // from 0: no percentage
  expect(body[6]["Taux de marque"]).toBe("n.s."); // negative revenue: no rate
  expect(body[8]["Coût d’achat"]).toBe("n.d."); // a line without cost: no cost for the month
  expect(body[8]["Taux de marge"]).toBe("n.d.");
  expect(total!["Coût d’achat"]).toBe("n.d.");
  const everything = JSON.stringify(
    s.workbook.values("Suivi mensuel", s.workbook.table("SuiviMensuel").address)
  );
  expect(everything).not.toMatch(/#DIV\/0!|#VALUE!|#N\/A|#REF!/);
});

it("restarts the cumulative revenue in April with a fiscal year starting in April", async () => {
  const s = sim();
  const r = await buildDashboard(s, {
    importResult: importResultOf(salesTableOf(lines(), { Région: "region" })),
    options: { lang: "en", fiscalYearStartMonth: 4 },
    sourceName: "x.csv",
    now: FIXED_NOW,
  });
  expect(r.error).toBeNull();
  expectTrackingMatchesAnalysis(s, r);
  const { body } = tableRows(s, "MonthlyTracking");
  expect(body[4]["Revenue YTD"]).toBe(body[4]["Revenue"]); // May 2023 = first month with sales of FY 2023-24
  expect(body[2]["Revenue YTD"]).toBeCloseTo(
    (body[0]["Revenue"] as number) +
      (body[1]["Revenue"] as number) +
      (body[2]["Revenue"] as number),
    6
  );
});

it("reads monthly targets from a target column of the data", async () => {
  const withTargets = lines().map((l) => ({ ...l, target: 2000 }));
  const s = sim();
  const r = await buildDashboard(s, {
    importResult: importResultOf(salesTableOf(withTargets, { Région: "region" })),
    options: { lang: "fr" },
    sourceName: "x.csv",
    now: FIXED_NOW,
  });
  expect(r.error).toBeNull();
  expect(r.analysis!.targetsAvailable).toBe(true);
  expectTrackingMatchesAnalysis(s, r);
  const { body } = tableRows(s, "SuiviMensuel");
  expect(body[0]["Objectif"]).toBe(r.analysis!.months[0].target);
});
