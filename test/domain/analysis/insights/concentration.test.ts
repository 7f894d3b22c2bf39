import { analyze } from "../../../../src/domain/analysis";
import {
  concentrationInsights,
  shareSignTest,
} from "../../../../src/domain/analysis/insights/concentration";
import type { MemberSeries } from "../../../../src/domain/analysis/insights/outstanding";
import { levelsTable, noisy } from "./series";

/** MemberSeries from monthly series. */
function members(series: Record<string, number[]>): MemberSeries {
  const labels = Object.keys(series);
  const monthly = labels.map((l) => series[l]);
  return {
    dimension: "Client",
    labels,
    totals: monthly.map((m) => m.reduce((s, v) => s + v, 0)),
    monthly,
  };
}

describe("majority and Pareto concentration", () => {
  test("sign test of shares above one half", () => {
    expect(
      shareSignTest([6, 6, 6, 6, 6, 6, 6, 6], [10, 10, 10, 10, 10, 10, 10, 10], 0.5)
    ).toBeCloseTo(1 / 256, 12);
    expect(shareSignTest([4, 6], [10, 10], 0.5)).toBeCloseTo(0.75, 12);
  });

  test("one customer with 70 % of every month holds the majority", () => {
    const [m] = concentrationInsights(
      members({
        A: noisy(1, 12, 700),
        B: noisy(2, 12, 150),
        C: noisy(3, 12, 100),
        D: noisy(4, 12, 50),
      })
    );
    expect(m).toMatchObject({ kind: "majority", member: "A", dimension: "Client" });
    if (m.kind !== "majority") throw new Error("majority expected");
    expect(m.share).toBeGreaterThan(0.65);
    expect(m.impact).toBeCloseTo(m.share, 12);
  });

  test("a majority made by three big months is not confirmed", () => {
    const a = noisy(5, 12, 400);
    a[0] = a[1] = a[2] = 6000; // 56 % of the total, but under half in 9 months of 12
    expect(concentrationInsights(members({ A: a, B: noisy(6, 12, 600) }))).toEqual([]);
  });

  test("the top 20 % of 20 customers holding 75 % is a Pareto concentration", () => {
    const series: Record<string, number[]> = {};
    for (let i = 0; i < 20; i++)
      series[`C${String(i).padStart(2, "0")}`] = noisy(10 + i, 12, i < 4 ? 1500 : 125);
    const [p] = concentrationInsights(members(series));
    expect(p).toMatchObject({ kind: "pareto", topCount: 4, memberCount: 20 });
    if (p.kind !== "pareto") throw new Error("pareto expected");
    expect(p.topShare).toBeGreaterThan(0.7);
  });

  test("equal customers: neither majority nor Pareto", () => {
    const series: Record<string, number[]> = {};
    for (let i = 0; i < 20; i++) series[`C${i}`] = noisy(40 + i, 12, 500, 0.3);
    expect(concentrationInsights(members(series))).toEqual([]);
  });

  test("fewer than 6 full months: no confirmation possible, no insight", () => {
    expect(concentrationInsights(members({ A: noisy(1, 5, 900), B: noisy(2, 5, 100) }))).toEqual(
      []
    );
  });

  test("analyze: a one-member dimension gets no majority (it is trivially 100 %)", () => {
    const a = analyze(levelsTable("2024-01", { Seule: noisy(7, 12) }));
    expect(a.insights.filter((i) => i.kind === "majority")).toEqual([]);
  });
});
