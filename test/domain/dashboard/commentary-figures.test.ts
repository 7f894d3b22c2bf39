/**
 * Which figure goes beside a sentence (`mainFigure`), for sentences the sample data does not
 * always produce: a year's gap to target, a month's quantity, lines without cost, a member's
 * trend. Each is the figure the sentence states, or no figure and the series it comes from.
 */
import { buildPlan } from "../../../src/domain/dashboard/plan";
import { mainFigure, type CommentaryInput } from "../../../src/domain/dashboard/commentary-sheet";
import type { CommentarySentence } from "../../../src/domain/commentary/types";
import type { TablePlan } from "../../../src/domain/dashboard/types";
import { dailyLines, planInput } from "./fixtures";

const lines = dailyLines("2023-01-01", "2024-06-30", { Région: ["Nord", "Sud"] }, (d, k) => ({
  revenue: 100 + k * 10 + (d % 7),
  cost: d % 9 === 0 ? undefined : 60,
})).map((l) => ({ ...l, quantity: 3 }));
const input = planInput(
  lines,
  {},
  { targets: { monthly: { "2024-01": 5000, "2024-02": 5000 } } },
  { Région: "region" }
);
const plan = buildPlan(input);
const table = (key: TablePlan["key"]) => plan.tables.find((t) => t.key === key)!;
const context: CommentaryInput = {
  commentary: input.commentary,
  lang: "fr",
  sourceName: "ventes.csv",
  builtAt: input.builtAt,
  rowsImported: lines.length,
  rowsRejected: 0,
  tracking: table("tracking"),
  distribution: table("distribution"),
  mainDimension: "Région",
  sheetNames: plan.names.sheets,
  memberTables: plan.memberTables,
  messages: [],
  sales: table("sales"),
  months: input.analysis.months,
  fiscalYearStartMonth: 1,
  currency: "EUR",
};
const sentence = (s: Partial<CommentarySentence>): CommentarySentence => ({
  text: "…",
  insight: "total",
  figures: {},
  anchor: null,
  ...s,
});

describe("mainFigure", () => {
  it("a year's gap to target in %: (revenue − target) ÷ target over the year's full months", () => {
    const figure = mainFigure(
      sentence({
        insight: "targetGap",
        figures: { period: "2024", gapPct: 0.2 },
        anchor: { table: "tracking", month: "total", year: "2024", column: "targetGapPct" },
      }),
      context
    );
    // Tracking rows 5–22 hold 2023-01..2024-06; 2024's full months are rows 17–22.
    expect(figure).toMatchObject({
      kind: "computed",
      formula:
        "=(SUM('Suivi mensuel'!$B$17:$B$22)-SUM('Suivi mensuel'!$M$17:$M$22))/SUM('Suivi mensuel'!$M$17:$M$22)",
      backing: { sheet: "tracking", address: "N17:N22" },
    });
  });

  it("a month's quantity from the data table, lines without cost counted there", () => {
    expect(
      mainFigure(
        sentence({
          insight: "monthExtremes",
          anchor: { table: "tracking", month: "2024-03", column: "quantity" },
        }),
        context
      )
    ).toMatchObject({
      kind: "computed",
      formula: "=SUMIFS(Ventes[Quantité],Ventes[Mois],DATE(2024,3,1))",
      backing: { sheet: "tracking", address: "A19" },
    });
    expect(
      mainFigure(
        sentence({
          insight: "missingCost",
          anchor: { table: "tracking", month: "total", column: "cost" },
        }),
        context
      )
    ).toMatchObject({ kind: "computed", formula: "=COUNTBLANK(Ventes[Coût d’achat])" });
  });

  it("a member's trend: no figure, the member's cell, said so; a column the table lacks: no link", () => {
    const trend = mainFigure(
      sentence({
        insight: "trend",
        figures: { from: "2023-01", to: "2024-06", slopePerMonth: 3 },
        anchor: { table: "breakdown", column: "revenue", dimension: "Région", member: "Sud" },
      }),
      context
    );
    expect(trend).toMatchObject({
      kind: "backing",
      sheet: "charts",
      note: expect.stringMatching(/tendance/),
    });
    expect(
      mainFigure(
        sentence({ anchor: { table: "tracking", month: "2024-03", column: "share" } }),
        context
      )
    ).toBeNull();
  });
});
