import { analyze } from "../../../../src/domain/analysis";
import {
  targetGapHypothesis,
  targetGapInsight,
} from "../../../../src/domain/analysis/insights/target-gap";
import type { TargetGapInsight } from "../../../../src/domain/analysis/types";
import { noisy, seriesOf } from "./series";

const gaps = (a: ReturnType<typeof analyze>) =>
  a.insights.filter((i): i is TargetGapInsight => i.kind === "targetGap");

describe("gaps to target beyond a threshold", () => {
  test("threshold and noise (Student t on the monthly noise)", () => {
    // Gap −120 with a monthly σ of 20 and 10 degrees of freedom: t = −6, two-sided p = 1.32e-4
    // (t table / numerical integration of the t density).
    const clear = targetGapInsight("2024-03", 880, 1000, 0.05, { sigma: 20, df: 10 }, 1)!;
    expect(clear).toMatchObject({ gap: -120, gapPct: -0.12, period: "2024-03", test: "student-t" });
    expect(clear.pValue!).toBeCloseTo(1.321e-4, 6);
    // Beyond the threshold but within the month-to-month noise (t = −1.2, p = 0.258): not reported.
    expect(targetGapInsight("2024-03", 880, 1000, 0.05, { sigma: 100, df: 10 }, 1)).toBeNull();
    expect(
      targetGapHypothesis("2024-03", 880, 1000, 0.05, { sigma: 100, df: 10 }, 1)!.pValue
    ).toBeCloseTo(0.2578, 4);
    // Within the threshold: not reported, though the test is still run (and counted).
    expect(targetGapInsight("2024-03", 970, 1000, 0.05, { sigma: 1, df: 10 }, 1)).toBeNull();
    expect(targetGapHypothesis("2024-03", 970, 1000, 0.05, { sigma: 1, df: 10 }, 1)).toMatchObject({
      family: "targetGap",
      insights: [],
    });
    // A year of 4 months cumulated: σ × √4. Gap 250, σ 50, 4 df → t = 2.5, p = 0.0668.
    expect(
      targetGapHypothesis("2024", 4250, 4000, 0.05, { sigma: 50, df: 4 }, 4)!.pValue
    ).toBeCloseTo(0.0668, 4);
    // Noise unknown: the threshold alone decides.
    expect(targetGapInsight("2024-03", 880, 1000, 0.05, null, 1)).toMatchObject({
      test: "threshold",
      pValue: null,
      significance: 1,
    });
    expect(targetGapInsight("2024-03", 880, null, 0.05, null, 1)).toBeNull();
    expect(targetGapInsight("2024-03", 880, 0, 0.05, null, 1)).toBeNull();
  });

  test("analyze: March 12 % under its target is reported, the other months are not", () => {
    const values = noisy(1, 12, 1000, 0.01);
    values[2] = 880;
    const a = analyze(seriesOf("2024-01", values), {
      targets: {
        monthly: Object.fromEntries(
          values.map((_, i) => [`2024-${String(i + 1).padStart(2, "0")}`, 1000])
        ),
      },
    });
    const g = gaps(a).filter((x) => x.period.length === 7);
    expect(g.map((x) => x.period)).toEqual(["2024-03"]);
    expect(g[0].gapPct!).toBeCloseTo(a.months[2].revenue / 1000 - 1, 10);
  });

  test("analyze: a higher threshold hides the gap; no targets, no gap", () => {
    const values = noisy(1, 12, 1000, 0.01);
    values[2] = 880;
    const monthly = Object.fromEntries(
      values.map((_, i) => [`2024-${String(i + 1).padStart(2, "0")}`, 1000])
    );
    expect(
      gaps(analyze(seriesOf("2024-01", values), { targets: { monthly }, targetGapThreshold: 0.2 }))
    ).toEqual([]);
    expect(gaps(analyze(seriesOf("2024-01", values)))).toEqual([]);
  });

  test("analyze: the year, cumulated, beyond its target", () => {
    const values = noisy(2, 12, 1150, 0.02);
    const a = analyze(seriesOf("2024-01", values), { targets: { yearly: { "2024": 12000 } } });
    const year = gaps(a).find((x) => x.period === "2024")!;
    expect(year.target).toBe(12000);
    expect(year.gapPct!).toBeGreaterThan(0.1);
  });
});
