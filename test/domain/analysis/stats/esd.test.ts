import {
  deletedResidualT,
  esdDeclaringPValues,
  generalizedEsd,
  grubbsPValue,
  trendEsdSteps,
} from "../../../../src/domain/analysis/stats/esd";

describe("generalized ESD (Rosner)", () => {
  test("Grubbs p-value matches the tabled critical value: n = 10, G = 2.290 at α = 0.05", () => {
    // Grubbs' two-sided critical value for n = 10 at 0.05 is 2.290.
    expect(grubbsPValue(2.29, 10)).toBeCloseTo(0.05, 2);
    expect(grubbsPValue(0, 10)).toBe(1);
  });

  test("two similar outliers mask each other for Grubbs, not for the generalized ESD", () => {
    const values = [10, 11, 9, 10, 12, 10, 9, 11, 10, 10, 9, 11, 30, 31];
    const found = generalizedEsd(values, 3, 0.01);
    expect(found.map((f) => f.index).sort()).toEqual([12, 13]);
    for (const f of found) expect(f.pValue).toBeLessThanOrEqual(0.01);
  });

  test("no outlier in well-behaved values", () => {
    expect(generalizedEsd([10, 11, 9, 10, 12, 10, 9, 11, 10, 10], 2, 0.01)).toEqual([]);
  });

  test("a later significant step declares the earlier ones (masking): p-values non-decreasing", () => {
    const steps = [
      { index: 3, pValue: 0.2 },
      { index: 7, pValue: 0.001 },
      { index: 1, pValue: 0.4 },
    ];
    expect(esdDeclaringPValues(steps)).toEqual([
      { index: 3, pValue: 0.001 },
      { index: 7, pValue: 0.001 },
      { index: 1, pValue: 0.4 },
    ]);
  });
});

describe("generalized ESD around a trend line", () => {
  test("deleted residual, hand-computed: (5, 10) against the line through (0,0) (1,1) (2,3) (3,2) (4,4)", () => {
    // Line through the others: slope 9/10, through (2, 2); SSE 1.9 on 3 df, s = √(1.9/3);
    // ŷ(5) = 4.7, residual 5.3, se = s √(1 + 1/5 + 9/10): t = 4.5957.
    expect(deletedResidualT([0, 1, 2, 3, 4, 5], [0, 1, 3, 2, 4, 10], 5)).toBeCloseTo(4.595683, 5);
    expect(deletedResidualT([0, 1, 2, 3], [0, 1, 2, 3], 3)).toBeNull(); // 3 others: too few
  });

  test("a spike on a steep line is found, not the ends of the line", () => {
    // 100 + 10 i with ±1 alternating noise; month 7 is 40 above the line.
    const values = Array.from({ length: 12 }, (_, i) => 100 + 10 * i + (i % 2 ? 1 : -1));
    values[7] += 40;
    const [step] = trendEsdSteps(values, 1);
    expect(step.index).toBe(7);
    expect(step.pValue).toBeLessThan(1e-6);
  });

  test("a straight line with symmetric noise has no significant step", () => {
    const values = Array.from(
      { length: 24 },
      (_, i) => 100 + 10 * i + [3, -2, 1, -3, 2, -1][i % 6]
    );
    for (const s of trendEsdSteps(values, 2)) expect(s.pValue).toBeGreaterThan(0.05);
  });
});
