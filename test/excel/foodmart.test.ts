/**
 * The dashboard of FoodMart 1997 on the workbook simulator: every formula cell of the tracking
 * table evaluates to the analysis engine's figure (to the cent) and to the monthly table of
 * ../shared/data/README.md; the pivot cells equal the simulator's own pivot computation.
 */
import * as fs from "fs";
import * as path from "path";
import { buildDashboard, type BuildResult } from "../../src/excel";
import type { MonthFigures } from "../../src/domain/analysis/types";
import { DATA, FIXED_NOW, loadFoodmart, sim, tableRows } from "./helpers";
import type { SimulatedExcel } from "../../src/workbook-sim";
import { compareWithLibreOffice } from "./libreoffice";

jest.setTimeout(240_000);

/** The README's monthly table: month → { sales, cost }. */
function readmeMonths(): Map<string, { sales: number; cost: number }> {
  const text = fs.readFileSync(path.join(DATA, "README.md"), "utf8");
  const out = new Map<string, { sales: number; cost: number }>();
  for (const m of text.matchAll(/^\| (\d{4}-\d{2}) \| ([\d,.]+) \| ([\d,.]+) \| ([\d,]+) \|$/gm)) {
    out.set(m[1], { sales: Number(m[2].replace(/,/g, "")), cost: Number(m[3].replace(/,/g, "")) });
  }
  return out;
}

const CENT = 0.005 + 1e-9;

describe("FoodMart 1997, French dashboard", () => {
  let s: SimulatedExcel;
  let result: BuildResult;
  beforeAll(async () => {
    s = sim();
    result = await buildDashboard(s, {
      importResult: loadFoodmart(),
      options: { lang: "fr" },
      sourceName: "foodmart-1997.csv",
      now: FIXED_NOW,
    });
  });

  it("builds the five sheets and the tables", () => {
    expect(result.error).toBeNull();
    expect(result.ok).toBe(true);
    expect(s.workbook.sheetNames()).toEqual([
      "Feuil1",
      "Données",
      "TCD",
      "Suivi mensuel",
      "Graphiques",
      "Commentaire",
    ]);
    expect(s.workbook.table("Ventes").rowCount).toBe(27112);
    expect(s.workbook.table("SuiviMensuel").rowCount).toBe(12);
  });

  it("evaluates every tracking formula to the analysis engine's figure, to the cent", () => {
    const { body, formulas, total } = tableRows(s, "SuiviMensuel");
    const months = result.analysis!.months;
    const keys = result.trackingColumns.map((c) => [c.header, c.key] as const);
    let checked = 0;
    body.forEach((row, i) => {
      const m = months[i] as MonthFigures & Record<string, unknown>;
      for (const [header, key] of keys) {
        if (key === "month" || key === "status") continue;
        expect(String(formulas[i][header])).toMatch(/^=/);
        const expected = m[key] as number | null;
        const actual = row[header];
        if (expected === null) {
          expect(["", "n.s."]).toContain(actual);
        } else if (/Pct|Rate/.test(key)) {
          expect(Math.abs((actual as number) - expected)).toBeLessThan(1e-9);
        } else {
          expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(CENT);
        }
        checked++;
      }
    });
    expect(checked).toBe(12 * 8); // revenue, 2 × M-1, YTD, cost, margin, 2 rates
    const t = result.analysis!.total;
    expect(Math.abs((total!["CA HT"] as number) - t.revenue)).toBeLessThanOrEqual(CENT);
    expect(Math.abs((total!["Coût d’achat"] as number) - t.cost!)).toBeLessThanOrEqual(CENT);
    expect(Math.abs((total!["Taux de marque"] as number) - t.marginRate!)).toBeLessThan(1e-9);
  });

  it("matches the monthly table and the totals of the data README", () => {
    const readme = readmeMonths();
    expect(readme.size).toBe(12);
    const { body, total } = tableRows(s, "SuiviMensuel");
    [...readme.values()].forEach((r, i) => {
      expect(Math.round((body[i]["CA HT"] as number) * 100) / 100).toBe(r.sales);
      expect(Math.round((body[i]["Coût d’achat"] as number) * 100) / 100).toBe(r.cost);
    });
    expect(Math.round((total!["CA HT"] as number) * 100) / 100).toBe(565238.13);
    expect(Math.round((total!["Coût d’achat"] as number) * 100) / 100).toBe(225627.23);
    expect(body[11]["Cumul CA"]).toBeCloseTo(565238.13, 2);
  });

  it("shows months in order as French month names", () => {
    const t = s.workbook.table("SuiviMensuel");
    const texts = s.workbook.texts(t.sheet, t.dataBodyAddress).map((r) => r[0]);
    expect(texts[0]).toBe("janvier 1997");
    expect(texts[11]).toBe("décembre 1997");
  });

  it("has pivot cells equal to the simulator's own pivot computation, and to the analysis", () => {
    type View = {
      name: string;
      address: string;
      values: unknown[][];
      rows: string[];
      columns: string[];
    };
    const pivots = s.workbook.pivots("TCD") as View[];
    expect(pivots.map((p) => p.name).sort()).toEqual(["TCD_CA_Mois", "TCD_CA_Part", "TCD_Marge"]);
    for (const p of pivots) expect(s.workbook.values("TCD", p.address)).toEqual(p.values);
    // Revenue by month × main dimension: each cell is the analysis' month × member figure.
    const byMonth = pivots.find((p) => p.name === "TCD_CA_Mois")!;
    const analysis = result.analysis!;
    const pivot = analysis.pivot!;
    const headerRow = byMonth.values.find((r) => pivot.members.every((m) => r.includes(m)))!;
    expect(headerRow).toBeDefined();
    analysis.months.forEach((m, i) => {
      const serial = Date.UTC(m.year, m.monthNumber - 1, 1) / 86_400_000 + 25569;
      const row = byMonth.values.find((r) => r[0] === serial)!;
      expect(row).toBeDefined();
      pivot.members.forEach((member, k) => {
        expect(
          Math.abs((row[headerRow.indexOf(member)] as number) - pivot.revenue[i][k])
        ).toBeLessThanOrEqual(CENT);
      });
      expect(Math.abs((row[row.length - 1] as number) - m.revenue)).toBeLessThanOrEqual(CENT);
    });
    // Share of the grand total by the second dimension.
    const share = pivots.find((p) => p.name === "TCD_CA_Part")!;
    for (const b of analysis.breakdowns[analysis.secondDimension!].rows) {
      const row = share.values.find((r) => r[0] === b.key)!;
      expect(Math.abs((row[1] as number) - b.revenue)).toBeLessThanOrEqual(CENT);
      expect(Math.abs((row[2] as number) - b.share!)).toBeLessThan(1e-9);
    }
  });

  it("links each sentence to the cell of its figure", () => {
    expect(result.links.length).toBeGreaterThan(0);
    const opening = result.links.find((l) => l.sentence === 0)!;
    expect(opening.sheet).toBe("Suivi mensuel");
    const cell = s.workbook.cell(opening.sheet, opening.address);
    expect(Math.abs((cell.value as number) - result.analysis!.total.revenue)).toBeLessThanOrEqual(
      CENT
    );
    const live = s.workbook.cell("Commentaire", opening.sentenceAddress.replace(/^A/, "B"));
    expect(live.formula).toBe(`='Suivi mensuel'!$${opening.address.replace(/(\d+)$/, "$$$1")}`);
    expect(live.value).toBe(cell.value);
  });

  it("links member facts to their PivotTable cell, as Excel laid it out", () => {
    const analysis = result.analysis!;
    const pivotLinks = result.links.filter((l) => l.sheet === "TCD");
    expect(pivotLinks.length).toBeGreaterThan(0);
    for (const link of pivotLinks) {
      const anchor = result.commentary!.sentences[link.sentence].anchor!;
      const row = analysis.breakdowns[anchor.dimension!].rows.find((r) => r.key === anchor.member)!;
      const value = s.workbook.cell("TCD", link.address).value as number;
      if (anchor.column === "share") expect(value).toBeCloseTo(row.share!, 9);
      else expect(Math.abs(value - row.revenue)).toBeLessThanOrEqual(CENT);
      const figure = s.workbook.cell("Commentaire", link.sentenceAddress.replace(/^A/, "B"));
      expect(figure.value).toBe(value);
    }
  });

  it("gives the same tracking values once exported and recalculated by LibreOffice", async () => {
    // 12 months × 8 formulas, but no M-1 gap for January (2), plus 5 formulas in the total row.
    expect(await compareWithLibreOffice(s, result)).toBe(12 * 8 - 2 + 5);
  });
});
