/**
 * The commentary sheet: beside each sentence, the figure the sentence states (not a neighbour:
 * not last month's revenue for a trend, not the gap amount for a gap in %), as a live formula the
 * simulator evaluates to the commentary's own figure; where no formula gives it (a Theil–Sen
 * slope), no figure and a link to the series it comes from, which the link's text says.
 */
import * as fs from "fs";
import * as path from "path";
import { importBytes } from "../../src/domain/import";
import type { ImportResult } from "../../src/domain/import/types";
import type { CommentarySentence } from "../../src/domain/commentary/types";
import { buildDashboard, type BuildResult } from "../../src/excel";
import type { DashboardOptions } from "../../src/domain/dashboard/types";
import { FIXED_NOW, loadFoodmart, sim, smallImport } from "./helpers";
import type { SimulatedExcel } from "../../src/workbook-sim";

jest.setTimeout(180_000);

const SAMPLE = path.resolve(__dirname, "../..", "assets/samples/ventes-exemple.csv");

/** The figure a sentence states, by kind of sentence (amounts, rates, counts, dates as serials). */
function statedFigure(s: CommentarySentence): number | null {
  const f = s.figures;
  const n = (k: string) => (typeof f[k] === "number" ? (f[k] as number) : null);
  const day = (iso: unknown) =>
    typeof iso === "string" ? Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569 : null;
  switch (s.insight) {
    case "total":
      return n("revenue");
    case "majority":
      return n("share");
    case "outlier":
      return n("value");
    case "contribution":
      return n("memberChange");
    case "rateShift":
      return n("after");
    case "targetGap":
      return n("gapPct");
    case "partialMonth":
      return day(f.lastDay ?? f.firstDay);
    case "missingCost":
      return n("linesWithoutCost");
    default:
      return n("best") ?? n("value") ?? n("worst");
  }
}

async function build(
  importResult: ImportResult,
  options: DashboardOptions
): Promise<{ s: SimulatedExcel; r: BuildResult }> {
  const s = sim();
  const r = await buildDashboard(s, { importResult, options, sourceName: "x.csv", now: FIXED_NOW });
  expect(r.error).toBeNull();
  return { s, r };
}

/**
 * The figures (right-aligned numbers) and the links beside them never touch: the link column is
 * indented, header included, and the "Chiffre" header is right-aligned over its figures.
 */
function expectFiguresApartFromLinks(s: SimulatedExcel, r: BuildResult): void {
  const sheet = r.sheets!.commentary;
  expect(s.workbook.cell(sheet, "B4").style.horizontalAlignment).toBe("Right");
  expect(s.workbook.cell(sheet, "A4").style.horizontalAlignment ?? "General").not.toBe("Right");
  const links = r.commentary!.sentences.map((_, i) => `C${5 + i}`);
  for (const address of ["C4", ...links])
    expect([address, s.workbook.cell(sheet, address).style.indentLevel]).toEqual([address, 1]);
  // The sentences themselves stay flush left.
  expect(s.workbook.cell(sheet, "A5").style.indentLevel ?? 0).toBe(0);
}

/** Checks every sentence's figure and link; returns the kinds of sentences seen with a figure. */
function checkFigures(s: SimulatedExcel, r: BuildResult): string[] {
  const sheet = r.sheets!.commentary;
  const seen: string[] = [];
  r.commentary!.sentences.forEach((sentence, i) => {
    const row = 5 + i;
    const figure = s.workbook.cell(sheet, `B${row}`);
    const link = s.workbook.cell(sheet, `C${row}`);
    if (sentence.insight === "trend" || sentence.insight === "changePoint") {
      // No Excel formula gives a Theil–Sen slope: no figure, the series behind it, said so.
      expect(figure.formula).toBeNull();
      if (sentence.anchor?.table === "tracking") {
        expect(String(link.value)).toMatch(/![A-Z]+\d+:[A-Z]+\d+ \((série|series)/);
        const f = sentence.figures;
        const months = (to: string, from: string) =>
          (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
          Number(to.slice(5)) -
          Number(from.slice(5)) +
          1;
        if (sentence.insight === "trend") {
          const [, a, b] = /(\d+):[A-Z]+(\d+)/.exec(String(link.value))!;
          expect(Number(b) - Number(a) + 1).toBe(
            months(String(f.to ?? sentence.anchor.month), String(f.from))
          );
        }
      }
      seen.push(sentence.insight);
      return;
    }
    const stated = statedFigure(sentence);
    if (figure.formula === null || stated === null) return;
    const value = figure.value as number;
    if (Math.abs(stated) < 2) expect(Math.abs(value - stated)).toBeLessThan(1e-9);
    else expect(Math.abs(value - stated)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(String(link.formula ?? "")).toMatch(/^=HYPERLINK\("#'/);
    seen.push(sentence.insight);
  });
  return seen;
}

describe("each sentence beside the figure it states", () => {
  it("on the French sample: trend linked to its series, a member's change computed, the partial month's last day", async () => {
    const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
    const { s, r } = await build(await importBytes(bytes, { fileName: "ventes-exemple.csv" }), {
      lang: "fr",
    });
    const seen = checkFigures(s, r);
    expect(seen).toEqual(
      expect.arrayContaining(["total", "trend", "contribution", "partialMonth"])
    );
    expectFiguresApartFromLinks(s, r);
    // The result's link of a computed figure is the cell on the commentary sheet that shows it.
    const contribution = r.commentary!.sentences.findIndex((x) => x.insight === "contribution");
    expect(r.links.find((l) => l.sentence === contribution)).toMatchObject({
      sheet: "Commentaire",
      address: `B${5 + contribution}`,
    });
  });

  it("on FoodMart: shares of members with no table of their own computed on the data table", async () => {
    const { s, r } = await build(loadFoodmart(), { lang: "en" });
    const seen = checkFigures(s, r);
    // Food (family) and North West (region) both hold most of the revenue: one sentence names
    // both, its figure is the first share.
    expect(seen).toContain("majority");
    // Links to PivotTable cells, written once Excel has laid the pivots out, are indented too.
    expect(r.links.some((l) => l.sheet === r.sheets!.pivots)).toBe(true);
    expectFiguresApartFromLinks(s, r);
  });

  it("with targets: a gap in % is gap ÷ target of its month, not the gap amount", async () => {
    const monthly: Record<string, number> = {};
    for (let m = 1; m <= 6; m++) monthly[`2024-0${m}`] = 15_000;
    const { s, r } = await build(smallImport("2023-01-01", "2024-06-30"), {
      lang: "fr",
      targets: { kind: "monthly", monthly },
    });
    const seen = checkFigures(s, r);
    expect(seen).toContain("targetGap");
    const i = r.commentary!.sentences.findIndex((x) => x.insight === "targetGap");
    expect(s.workbook.cell("Commentaire", `B${5 + i}`).formula).toMatch(
      /^=IF\('Suivi mensuel'!\$M\$\d+="","",'Suivi mensuel'!\$N\$\d+\/'Suivi mensuel'!\$M\$\d+\)$/
    );
  });
});

describe("every sentence of the commentary has a link", () => {
  const sample = async () =>
    importBytes(new Uint8Array(fs.readFileSync(SAMPLE)), { fileName: "ventes-exemple.csv" });

  it.each([
    ["fr", "Suivi mensuel", /\(série de la saisonnalité, mois complets\)$/],
    ["en", "Monthly tracking", /\(series of the seasonal pattern, full months\)$/],
  ] as const)(
    "on the sample in %s, the seasonality sentence links to the full months' revenue, without a figure",
    async (lang, trackingSheet, note) => {
      const { s, r } = await build(await sample(), { lang });
      const sheet = r.sheets!.commentary;
      const sentences = r.commentary!.sentences;
      expect(sentences.length).toBeGreaterThan(3);
      sentences.forEach((_, i) => {
        expect(String(s.workbook.cell(sheet, `C${5 + i}`).formula ?? "")).toMatch(
          /^=HYPERLINK\("#'/
        );
      });
      expect(r.links.map((l) => l.sentence)).toEqual(sentences.map((_, i) => i));

      // The sample spans Oct 2024 – Nov 2026 with a partial last month: 25 full months, seasonal.
      const i = sentences.findIndex((x) => x.insight === "seasonality");
      expect(i).toBeGreaterThanOrEqual(0);
      expect(s.workbook.cell(sheet, `B${5 + i}`).formula).toBeNull();
      const link = String(s.workbook.cell(sheet, `C${5 + i}`).value);
      expect(link).toMatch(note);
      const [, col, a, b] = /!([A-Z]+)(\d+):[A-Z]+(\d+) /.exec(link)!;
      const full = r.analysis!.months.filter((m) => !m.partial);
      expect(full).toHaveLength(25);
      expect(Number(b) - Number(a) + 1).toBe(full.length);
      // The revenue column of the tracking table, from its first month row.
      const revenue = r.trackingColumns.find((c) => c.key === "revenue")!;
      expect(revenue.sheet).toBe(trackingSheet);
      expect(`${col}${a}`).toBe(revenue.address);
      expect(r.links[i]).toMatchObject({ sheet: trackingSheet, address: `${col}${a}:${col}${b}` });
    }
  );
});
