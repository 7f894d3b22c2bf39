import { analyze } from "../../../../src/domain/analysis";
import {
  contributionInsight,
  lastChangePValue,
  pairedTPValue,
} from "../../../../src/domain/analysis/insights/contribution";
import type { ContributionInsight } from "../../../../src/domain/analysis/types";
import { levelsTable, noisy } from "./series";

const contributions = (a: ReturnType<typeof analyze>) =>
  a.insights.filter((i): i is ContributionInsight => i.kind === "contribution");

describe("contribution to the change between the last two periods", () => {
  test("t prediction p-value of the last change", () => {
    const calm = noisy(1, 12);
    expect(lastChangePValue(calm)!).toBeGreaterThan(0.01);
    const jump = [...calm.slice(0, 11), calm[10] * 1.5];
    expect(lastChangePValue(jump)!).toBeLessThan(0.001);
    expect(lastChangePValue([1, 2, 3])).toBeNull();
  });

  test("paired t-test: differences 1, 2, 3 → t = 2√3 with 2 df, p = 1 − t/√(t² + 2)", () => {
    const t = 2 * Math.sqrt(3);
    expect(pairedTPValue([0, 0, 0], [1, 2, 3])).toBeCloseTo(1 - t / Math.sqrt(t * t + 2), 8);
    expect(pairedTPValue([1, 2], [2, 3])).toBeNull();
  });

  test("only the member explaining at least half of a real change is reported", () => {
    const base = {
      period: "month" as const,
      from: "2024-11",
      to: "2024-12",
      months: ["2024-12"],
      dimension: "R",
    };
    const c = contributionInsight(
      base.period,
      base.from,
      base.to,
      base.months,
      base.dimension,
      [
        { member: "Nord", from: 100, to: 160, change: 60, shareOfChange: 0.75 },
        { member: "Sud", from: 100, to: 120, change: 20, shareOfChange: 0.25 },
      ],
      200,
      280,
      0.0001
    )!;
    expect(c).toMatchObject({
      member: "Nord",
      memberChange: 60,
      totalChange: 80,
      shareOfChange: 0.75,
    });
    expect(c.impact).toBeCloseTo(60 / 200, 12);
    // The same figures with a change that is not real (p too high): nothing.
    expect(contributionInsight("month", "a", "b", [], "R", [], 200, 280, 0.2)).toBeNull();
  });

  test("analyze: a December jump driven by Nord", () => {
    const nord = noisy(2, 12);
    nord[11] = 1800;
    const a = analyze(levelsTable("2024-01", { Nord: nord, Sud: noisy(3, 12), Est: noisy(4, 12) }));
    const [c] = contributions(a).filter((i) => i.period === "month");
    expect(c).toMatchObject({
      from: "2024-11",
      to: "2024-12",
      dimension: "Région",
      member: "Nord",
    });
    expect(c.shareOfChange).toBeGreaterThan(0.6);
  });

  test("analyze: a year of growth driven by Sud (like-for-like months)", () => {
    const sud = noisy(5, 24).map((v, i) => (i >= 12 ? v * 1.4 : v));
    const a = analyze(levelsTable("2023-01", { Nord: noisy(6, 24), Sud: sud, Est: noisy(7, 24) }));
    const [c] = contributions(a).filter((i) => i.period === "year");
    expect(c).toMatchObject({ from: "2023", to: "2024", member: "Sud", test: "paired-t" });
    expect(c.months).toHaveLength(12);
    expect(c.shareOfChange).toBeGreaterThan(0.7);
  });

  test("analyze: ordinary month-to-month noise is not a change worth explaining (10 seeds)", () => {
    for (let seed = 500; seed < 510; seed++) {
      const a = analyze(
        levelsTable("2024-01", { Nord: noisy(seed, 12), Sud: noisy(seed + 50, 12) })
      );
      expect(contributions(a)).toEqual([]);
    }
  });
});
