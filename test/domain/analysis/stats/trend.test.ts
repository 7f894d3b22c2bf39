import { mannKendall, theilSen } from "../../../../src/domain/analysis/stats/trend";

describe("Mann-Kendall and Theil–Sen", () => {
  test("Mann-Kendall on 1..5 (hand-computed: S = 10, Var = 50/3, z = 9/√(50/3))", () => {
    const r = mannKendall([1, 2, 3, 4, 5]);
    expect(r.s).toBe(10);
    expect(r.variance).toBeCloseTo(50 / 3, 12);
    expect(r.z).toBeCloseTo(9 / Math.sqrt(50 / 3), 12);
    expect(r.pValue).toBeCloseTo(0.0275, 3);
    expect(r.tau).toBe(1);
  });

  test("ties reduce the variance", () => {
    const r = mannKendall([1, 1, 2]);
    expect(r.s).toBe(2);
    expect(r.variance).toBeCloseTo((3 * 2 * 11 - 2 * 1 * 9) / 18, 12);
  });

  test("a constant series has no trend", () => {
    expect(mannKendall([4, 4, 4, 4]).pValue).toBe(1);
  });

  test("Theil–Sen slope ignores an outlying point", () => {
    expect(theilSen([1, 3, 5, 7])).toEqual({ slope: 2, intercept: 1 });
    expect(theilSen([1, 3, 50, 7, 9])).toEqual({ slope: 2, intercept: 1 });
    expect(theilSen([7])).toEqual({ slope: 0, intercept: 7 });
  });
});
