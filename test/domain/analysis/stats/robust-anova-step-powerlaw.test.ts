import { robustSigma, robustZScores } from "../../../../src/domain/analysis/stats/robust";
import { oneWayAnova } from "../../../../src/domain/analysis/stats/anova";
import { bestStep, lineSse } from "../../../../src/domain/analysis/stats/step";
import { fitPowerLaw, powerLawAt } from "../../../../src/domain/analysis/stats/power-law";

describe("robust scale", () => {
  test("1.4826 × MAD, unmoved by one huge value", () => {
    expect(robustSigma([1, 2, 3, 4, 100])).toBeCloseTo(1.4826, 10);
    expect(robustZScores([1, 2, 3, 4, 100])![4]).toBeCloseTo(97 / 1.4826, 8);
  });

  test("falls back to the mean absolute deviation when MAD is 0; null z when all equal", () => {
    expect(robustSigma([5, 5, 5, 5, 9])).toBeCloseTo(1.2533 * (4 / 5), 10);
    expect(robustZScores([2, 2, 2])).toBeNull();
  });
});

describe("one-way ANOVA", () => {
  test("hand-computed example: F = 13.5 with (1, 4) df", () => {
    const r = oneWayAnova([
      [1, 2, 3],
      [4, 5, 6],
    ])!;
    expect(r.f).toBeCloseTo(13.5, 12);
    expect([r.df1, r.df2]).toEqual([1, 4]);
    expect(r.pValue).toBeCloseTo(0.0213, 4);
  });

  test("identical groups: F = 0, p = 1; no degrees of freedom → null", () => {
    expect(
      oneWayAnova([
        [1, 2],
        [1, 2],
      ])!.pValue
    ).toBeCloseTo(1, 10);
    expect(oneWayAnova([[1], [2]])).toBeNull();
  });
});

describe("level shift search", () => {
  test("finds the split of a step and prefers it to a line", () => {
    const values = [10, 11, 9, 10, 20, 21, 19, 20];
    const r = bestStep(values)!;
    expect(r.index).toBe(4);
    expect(r.before).toBe(10);
    expect(r.after).toBe(20);
    expect(r.pValue).toBeLessThan(0.001);
    expect(r.sseStep).toBeLessThan(r.sseLine);
  });

  test("on a straight line, the line fits better than two levels", () => {
    const values = Array.from({ length: 12 }, (_, i) => 100 + 5 * i);
    const r = bestStep(values)!;
    expect(lineSse(values)).toBeCloseTo(0, 8);
    expect(r.sseStep).toBeGreaterThan(r.sseLine);
  });

  test("too short for two segments of 3", () => {
    expect(bestStep([1, 2, 3, 4, 5])).toBeNull();
  });
});

describe("power law", () => {
  test("recovers a and b of x = 100 · rank^-1", () => {
    const ranks = [1, 2, 3, 4, 5, 6];
    const law = fitPowerLaw(
      ranks,
      ranks.map((r) => 100 / r)
    );
    expect(law.a).toBeCloseTo(100, 8);
    expect(law.b).toBeCloseTo(1, 10);
    expect(powerLawAt(law, 10)).toBeCloseTo(10, 8);
  });
});
