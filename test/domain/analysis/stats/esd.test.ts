import { generalizedEsd, grubbsPValue } from "../../../../src/domain/analysis/stats/esd";

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
});
