import { analyze } from "../../../../src/domain/analysis";
import { rateShiftInsight } from "../../../../src/domain/analysis/insights/rate-shift";
import type { RateShiftInsight } from "../../../../src/domain/analysis/types";
import { mulberry32, normal } from "../../../../src/domain/sample/random";
import { levelsTable, noisy } from "./series";

const shifts = (a: ReturnType<typeof analyze>) =>
  a.insights.filter((i): i is RateShiftInsight => i.kind === "rateShift");

/** Cost ratio around `ratio` with a little monthly noise (seeded). */
function ratios(seed: number, n: number, ratio: (i: number) => number): number[] {
  const r = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ratio(i) + 0.003 * normal(r));
}

describe("margin rate (taux de marque) shift", () => {
  test("needs a significant test and at least one point", () => {
    const shift = rateShiftInsight("month", "a", "b", ["b"], 0.4, 0.35, 0.001)!;
    expect(shift.delta).toBeCloseTo(-0.05, 12);
    expect(shift.impact).toBeCloseTo(0.05 / 0.4, 12);
    expect(rateShiftInsight("month", "a", "b", ["b"], 0.4, 0.395, 0.001)).toBeNull();
    expect(rateShiftInsight("month", "a", "b", ["b"], 0.4, 0.3, 0.2)).toBeNull();
    expect(rateShiftInsight("month", "a", "b", ["b"], null, 0.3, 0.001)).toBeNull();
  });

  test("analyze: the margin rate drops from 40 % to 33 % in the last month", () => {
    const cost = ratios(1, 12, (i) => (i === 11 ? 0.67 : 0.6));
    const a = analyze(
      levelsTable("2024-01", { A: noisy(2, 12), B: noisy(3, 12) }, { costRatio: (i) => cost[i] })
    );
    const [s] = shifts(a).filter((x) => x.period === "month");
    expect(s).toMatchObject({
      rate: "marginRate",
      from: "2024-11",
      to: "2024-12",
      measure: "margin",
    });
    expect(s.before).toBeCloseTo(0.4, 1);
    expect(s.after).toBeCloseTo(0.33, 1);
    expect(s.delta).toBeCloseTo(s.after - s.before, 12);
  });

  test("analyze: a year-on-year fall of 4 points (paired by month)", () => {
    const cost = ratios(4, 24, (i) => (i >= 12 ? 0.64 : 0.6));
    const a = analyze(
      levelsTable("2023-01", { A: noisy(5, 24), B: noisy(6, 24) }, { costRatio: (i) => cost[i] })
    );
    const [s] = shifts(a).filter((x) => x.period === "year");
    expect(s).toMatchObject({ from: "2023", to: "2024", test: "paired-t" });
    expect(s.delta).toBeCloseTo(-0.04, 2);
  });

  test("analyze: a steady margin rate gives no shift (10 seeds); no cost gives none", () => {
    for (let seed = 600; seed < 610; seed++) {
      const cost = ratios(seed, 24, () => 0.6);
      const a = analyze(
        levelsTable(
          "2023-01",
          { A: noisy(seed, 24), B: noisy(seed + 1, 24) },
          { costRatio: (i) => cost[i] }
        )
      );
      expect(shifts(a)).toEqual([]);
    }
    expect(shifts(analyze(levelsTable("2023-01", { A: noisy(1, 24) })))).toEqual([]);
  });
});
