import { analyze } from "../../../src/domain/analysis";
import { analysisReport } from "../../../src/domain/analysis/report";
import { levelsTable, noisy } from "./insights/series";
import { tableOf, type Row } from "./helpers";

describe("JSON report keys of the analysis", () => {
  const rows: Row[] = [
    { date: "2024-01-01", revenue: 100, cost: 60, quantity: 1, dims: { Région: "Nord" } },
    { date: "2024-01-31", revenue: 50, cost: 40, quantity: 2, dims: { Région: "Sud" } },
    { date: "2024-02-01", revenue: 0, cost: 0, quantity: 0, dims: { Région: "Nord" } },
    { date: "2024-02-29", revenue: 0, cost: 0, quantity: 0, dims: { Région: "Sud" } },
    { date: "2024-03-01", revenue: 90, cost: 45, quantity: 1, dims: { Région: "Nord" } },
    { date: "2024-03-31", revenue: 10, cost: 5, quantity: 1, dims: { Région: "Est" } },
  ];
  const report = analysisReport(analyze(tableOf(rows, { kinds: { Région: "region" } })));

  test("months: exactly the documented keys, rates as fractions, null where not meaningful", () => {
    expect(report.months[0]).toEqual({
      month: "2024-01",
      revenue: 150,
      cost: 100,
      margin: 50,
      markupRate: 0.5,
      marginRate: 50 / 150,
      quantity: 3,
      lines: 2,
      partial: false,
      prevMonthChange: null,
      prevMonthChangePct: null,
      prevYearChangePct: null,
      ytdRevenue: 150,
    });
    // February: nothing sold → rates null; March from a zero month → % change null.
    expect(report.months[1]).toMatchObject({
      revenue: 0,
      markupRate: null,
      marginRate: null,
      prevMonthChangePct: -1,
    });
    expect(report.months[2]).toMatchObject({
      prevMonthChange: 100,
      prevMonthChangePct: null,
      ytdRevenue: 250,
    });
  });

  test("breakdowns: key, revenue, margin, share, rank", () => {
    expect(report.breakdowns["Région"]).toEqual([
      { key: "Nord", revenue: 190, margin: 85, share: 0.76, rank: 1 },
      { key: "Sud", revenue: 50, margin: 10, share: 0.2, rank: 2 },
      { key: "Est", revenue: 10, margin: 5, share: 0.04, rank: 3 },
    ]);
  });

  test("the grouped long tail is an 'Other' row with a null rank", () => {
    const many: Row[] = Array.from({ length: 15 }, (_, i) => ({
      date: "2024-01-10",
      revenue: 100 - i,
      dims: { Client: `C${i}` },
    }));
    const r = analysisReport(analyze(tableOf(many), { breakdownLimit: 5 }));
    expect(r.breakdowns["Client"]).toHaveLength(5);
    expect(r.breakdowns["Client"][4]).toEqual({
      key: "Other",
      revenue: 1500 - 105 - (100 + 99 + 98 + 97),
      margin: null,
      share: expect.any(Number),
      rank: null,
    });
  });

  test("insights: kind, score, impact, significance, subject, figures — most significant first", () => {
    const a = analyze(
      levelsTable("2023-01", {
        Nord: noisy(1, 24).map((v, i) => v * (1 + 0.04 * i)),
        Sud: noisy(2, 24),
        Est: noisy(3, 24),
      })
    );
    const r = analysisReport(a);
    expect(r.insights.length).toBe(a.insights.length);
    expect(r.insights.length).toBeGreaterThan(0);
    r.insights.forEach((ins, k) => {
      expect(Object.keys(ins).sort()).toEqual([
        "figures",
        "impact",
        "kind",
        "score",
        "significance",
        "subject",
      ]);
      expect(ins.figures).toMatchObject({
        id: a.insights[k].id,
        pValue: a.insights[k].pValue,
        test: a.insights[k].test,
      });
      expect(ins.figures).not.toHaveProperty("score");
      if (k > 0) expect(r.insights[k - 1].score).toBeGreaterThanOrEqual(ins.score);
    });
    // The facts the table was built with: Nord grows 4 % a month (so does the total), and Nord
    // explains the year's growth. Subjects: "total" for the total's trend, the member otherwise.
    expect(r.insights.map((i) => `${i.kind}:${i.subject}`).sort()).toEqual([
      "contribution:Nord",
      "trend:Nord",
      "trend:total",
    ]);
    expect(r.insights.find((i) => i.kind === "contribution")?.figures).toMatchObject({
      period: "year",
      from: "2023",
      to: "2024",
      dimension: "Région",
    });
    const memberTrend = r.insights.find((i) => i.kind === "trend" && i.subject === "Nord");
    expect(memberTrend?.figures).toMatchObject({
      dimension: "Région",
      member: "Nord",
      direction: "up",
    });
  });

  test("serialises without NaN or Infinity", () => {
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(text).months).toHaveLength(3);
  });
});

describe("CLI report (src/cli/report.ts) with an analysis", () => {
  test("FoodMart-like import + analysis: the months, breakdowns and insights keys are added", async () => {
    const { buildReport } = await import("../../../src/cli/report");
    const { importCsvText } = await import("../../../src/domain/import");
    const text =
      "Date;Région;CA HT;Coût d'achat\n05/01/2024;Nord;100,50;60\n06/02/2024;Sud;80;50,25\n";
    const importResult = importCsvText(text, { fileName: "mini.csv" });
    const report = buildReport({ importResult, analysis: analyze(importResult.table!) });
    // By hand: January 100.50 of revenue for 60.00 of cost, February 80.00 for 50.25; no quantity
    // column. The data starts on 5 January and stops on 6 February: both months are partial.
    expect(report.months).toEqual([
      {
        month: "2024-01",
        revenue: 100.5,
        cost: 60,
        margin: 40.5,
        markupRate: 40.5 / 60,
        marginRate: 40.5 / 100.5,
        quantity: null,
        lines: 1,
        partial: true,
        prevMonthChange: null,
        prevMonthChangePct: null,
        prevYearChangePct: null,
        ytdRevenue: 100.5,
      },
      {
        month: "2024-02",
        revenue: 80,
        cost: 50.25,
        margin: 29.75,
        markupRate: 29.75 / 50.25,
        marginRate: 29.75 / 80,
        quantity: null,
        lines: 1,
        partial: true,
        prevMonthChange: -20.5,
        prevMonthChangePct: -20.5 / 100.5,
        prevYearChangePct: null,
        ytdRevenue: 180.5,
      },
    ]);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(["source", "totals", "months", "breakdowns", "insights"])
    );
    expect((report.breakdowns as Record<string, unknown[]>)["Région"]).toHaveLength(2);
    // Without an analysis, the import keys only.
    expect(buildReport({ importResult })).not.toHaveProperty("months");
  });
});
