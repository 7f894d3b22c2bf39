import { analyze } from "../../../../src/domain/analysis";
import { targetGapInsight } from "../../../../src/domain/analysis/insights/target-gap";
import type { TargetGapInsight } from "../../../../src/domain/analysis/types";
import { noisy, seriesOf } from "./series";

const gaps = (a: ReturnType<typeof analyze>) =>
  a.insights.filter((i): i is TargetGapInsight => i.kind === "targetGap");

describe("gaps to target beyond a threshold", () => {
  test("threshold and noise", () => {
    expect(targetGapInsight("2024-03", 880, 1000, 0.05, 20, 1)).toMatchObject({
      gap: -120,
      gapPct: -0.12,
      period: "2024-03",
    });
    // Beyond the threshold but within the month-to-month noise: not reported.
    expect(targetGapInsight("2024-03", 880, 1000, 0.05, 100, 1)).toBeNull();
    // Within the threshold: not reported.
    expect(targetGapInsight("2024-03", 970, 1000, 0.05, 1, 1)).toBeNull();
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
