/**
 * The tracking table compares like with like: on the French sample (26 months, the last one cut
 * on the 17th, targets from objectifs-exemple.csv), the partial month is compared with no other
 * month nor its target (its gaps are blank, its Statut says why), so the total row's N-1 columns
 * and gap to target cover the same complete months. Every expected figure is computed here from
 * the CSV files (papaparse, cents), not by the add-in's import or analysis.
 */
import { importBytes } from "../../src/domain/import";
import { buildDashboard, type BuildResult } from "../../src/excel";
import type { SimulatedExcel } from "../../src/workbook-sim";
import { FIXED_NOW, expectTrackingMatchesAnalysis, sim, tableRows } from "./helpers";
import { revenueCents, salesBytes, sampleTargets } from "./sample";

jest.setTimeout(120_000);

const PARTIAL = "2026-11";
/** "2025-10" → "2024-10" */
const yearBefore = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
const euros = (cents: number) => cents / 100;
const CENT = 0.005 + 1e-9;

let s: SimulatedExcel;
let r: BuildResult;
beforeAll(async () => {
  s = sim();
  r = await buildDashboard(s, {
    importResult: await importBytes(salesBytes, { fileName: "ventes-exemple.csv" }),
    options: { lang: "fr", targets: { kind: "monthly", monthly: sampleTargets } },
    sourceName: "ventes-exemple.csv",
    now: FIXED_NOW,
  });
  expect(r.error).toBeNull();
});

it("leaves every gap of the partial month blank and keeps its revenue and target", () => {
  const months = r.analysis!.months.map((m) => m.month);
  expect(months).toHaveLength(26);
  expect(months.at(-1)).toBe(PARTIAL);
  const { body } = tableRows(s, "SuiviMensuel");
  const last = body.at(-1)!;
  expect(last["Statut"]).toBe("Mois incomplet (jusqu’au 17)");
  expect(Math.abs((last["CA HT"] as number) - euros(revenueCents.get(PARTIAL)!))).toBeLessThan(
    CENT
  );
  expect(last["Objectif"]).toBe(sampleTargets[PARTIAL]);
  for (const header of [
    "CA N-1",
    "Écart N/N-1",
    "Évolution N/N-1",
    "Écart M-1",
    "Évolution M-1",
    "Écart objectif",
  ])
    expect([header, last[header]]).toEqual([header, ""]);
  // The full month before it is compared with everything, from the CSV's own figures.
  const october = body.at(-2)!;
  const oct = revenueCents.get("2026-10")!;
  expect(
    Math.abs((october["CA N-1"] as number) - euros(revenueCents.get("2025-10")!))
  ).toBeLessThan(CENT);
  expect(
    Math.abs((october["Écart M-1"] as number) - euros(oct - revenueCents.get("2026-09")!))
  ).toBeLessThan(CENT);
  expect(
    Math.abs((october["Écart objectif"] as number) - (euros(oct) - sampleTargets["2026-10"]))
  ).toBeLessThan(CENT);
  // The other formulas still give the analysis' figures.
  expect(expectTrackingMatchesAnalysis(s, r)).toBe(26 * 13); // 13 formula columns but Mois and Statut
});

it("totals the N-1 columns and the gap to target over the same complete months", () => {
  const { total } = tableRows(s, "SuiviMensuel");
  const compared = r
    .analysis!.months.map((m) => m.month)
    .filter((m) => m >= "2025-10" && m !== PARTIAL);
  expect(compared).toHaveLength(13); // 2025-10 … 2026-10
  const revenue = compared.reduce((a, m) => a + revenueCents.get(m)!, 0);
  const lastYear = compared.reduce((a, m) => a + revenueCents.get(yearBefore(m))!, 0);
  expect(Math.abs((total!["CA N-1"] as number) - euros(lastYear))).toBeLessThan(CENT);
  // Écart N/N-1 total = revenue of the compared months − their N-1: no partial month in either.
  expect(Math.abs((total!["Écart N/N-1"] as number) - euros(revenue - lastYear))).toBeLessThan(
    CENT
  );
  expect((total!["Évolution N/N-1"] as number) - (revenue - lastYear) / lastYear).toBeCloseTo(
    0,
    12
  );
  // The revenue total stays the whole data's.
  const all = [...revenueCents.values()].reduce((a, b) => a + b, 0);
  expect(Math.abs((total!["CA HT"] as number) - euros(all))).toBeLessThan(CENT);
  // Gap to target: complete months with a target only; the partial month's target is still shown.
  const withTarget = r
    .analysis!.months.map((m) => m.month)
    .filter((m) => m !== PARTIAL && sampleTargets[m] !== undefined);
  expect(withTarget).toHaveLength(25);
  const gap = withTarget.reduce(
    (a, m) => a + revenueCents.get(m)! - Math.round(sampleTargets[m] * 100),
    0
  );
  expect(Math.abs((total!["Écart objectif"] as number) - euros(gap))).toBeLessThan(CENT);
  const targets = Object.values(sampleTargets).reduce((a, b) => a + Math.round(b * 100), 0);
  expect(Math.abs((total!["Objectif"] as number) - euros(targets))).toBeLessThan(CENT);
});

it("says so in the legend above the table, and the gap chart has no bar for the partial month", () => {
  const legend = String(s.workbook.values("Suivi mensuel", "A3")[0][0]);
  expect(legend).toContain("Totaux N-1 : mois ayant un N-1.");
  expect(legend).toContain("Mois incomplet : non comparé (écarts vides).");
  const gap = (
    s.workbook.charts("Graphiques") as { name: string; series: { values: unknown[] }[] }[]
  ).find((c) => c.name === "Gap")!;
  const values = gap.series[0].values;
  expect(values).toHaveLength(26);
  expect(["", null]).toContain(values.at(-1));
  expect(values.filter((v) => typeof v === "number")).toHaveLength(25);
});

it("links no commentary sentence to a blank cell of the tracking table", () => {
  const tracking = r.links.filter((l) => l.sheet === "Suivi mensuel");
  expect(tracking.length).toBeGreaterThan(0);
  for (const link of tracking) {
    const cells = s.workbook.values(link.sheet, link.address).flat();
    expect([link.text, cells.some((v) => v !== "" && v !== null)]).toEqual([link.text, true]);
  }
});
