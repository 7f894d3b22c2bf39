import { analyze } from "../../../../src/domain/analysis";
import { isTrend, trendInsight, trendTest } from "../../../../src/domain/analysis/insights/trend";
import type { TrendInsight } from "../../../../src/domain/analysis/types";
import { levelsTable, noisy, seriesOf } from "./series";

const months = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`);
const rising = (seed: number, n: number, rate: number) =>
  noisy(seed, n).map((v, i) => v * (1 + rate * i));

describe("trend (Mann-Kendall + Theil–Sen)", () => {
  test("+2 % a month under 5 % noise is an upward trend with the right slope", () => {
    const t = trendTest(rising(1, 24, 0.02))!;
    expect(isTrend(t)).toBe(true);
    expect(t.direction).toBe("up");
    expect(t.pValue).toBeLessThan(1e-6);
    // slope ≈ 20 € a month on a mean ≈ 1,230 €.
    expect(t.slope).toBeGreaterThan(15);
    expect(t.slope).toBeLessThan(25);
    expect(t.slopeRelative).toBeCloseTo(t.slope / t.mean, 12);
  });

  test("a falling series is a downward trend", () => {
    const insight = trendInsight({ months: months(18), values: rising(2, 18, -0.03) }, 1000)!;
    expect(insight).toMatchObject({
      kind: "trend",
      direction: "down",
      from: "m0",
      to: "m17",
      months: 18,
    });
    expect(insight.slopePerMonth).toBeLessThan(0);
  });

  test("a flat noisy series yields no trend (20 seeds)", () => {
    for (let seed = 100; seed < 120; seed++) {
      expect(
        trendInsight({ months: months(24), values: noisy(seed, 24, 1000, 0.1) }, 1000)
      ).toBeNull();
    }
  });

  test("too short (fewer than 8 months): no test", () => {
    expect(trendTest([1, 2, 3, 4, 5, 6, 7])).toBeNull();
  });

  test("a tiny but regular drift below 5 % over the period is not worth a sentence", () => {
    const values = Array.from({ length: 24 }, (_, i) => 1000 + i + (i % 2) * 0.5);
    expect(trendTest(values)!.pValue).toBeLessThan(0.001);
    expect(trendInsight({ months: months(24), values }, 1000)).toBeNull();
  });

  test("analyze: the total's trend, from full months only", () => {
    // 25 months, the last one stopping on the 10th: left out.
    const a = analyze(seriesOf("2023-01", rising(3, 25, 0.02), { lastDay: 10 }));
    expect(a.months[24].partial).toBe(true);
    const trend = a.insights.find((i) => i.kind === "trend") as TrendInsight;
    expect(trend).toMatchObject({
      direction: "up",
      from: "2023-01",
      to: "2024-12",
      months: 24,
    });
    expect(trend.member).toBeUndefined();
  });

  test("analyze: one region growing while the others are flat is reported by name", () => {
    const a = analyze(
      levelsTable("2023-01", {
        Nord: rising(4, 24, 0.04),
        Sud: noisy(5, 24),
        Est: noisy(6, 24),
        Ouest: noisy(7, 24),
      })
    );
    const members = a.insights.filter(
      (i): i is TrendInsight => i.kind === "trend" && i.member !== undefined
    );
    expect(members.map((t) => [t.dimension, t.member, t.direction])).toEqual([
      ["Région", "Nord", "up"],
    ]);
  });

  test("analyze: regions that all grow like the total are not listed one by one", () => {
    const a = analyze(
      levelsTable("2023-01", {
        Nord: rising(8, 24, 0.03),
        Sud: rising(9, 24, 0.03),
        Est: rising(10, 24, 0.03),
      })
    );
    const trends = a.insights.filter((i): i is TrendInsight => i.kind === "trend");
    expect(trends.map((t) => t.member)).toEqual([undefined]);
  });
});
