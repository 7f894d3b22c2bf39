import { analyze } from "../../../../src/domain/analysis";
import {
  outlierInsights,
  expectedValues,
  maxOutlierMonths,
} from "../../../../src/domain/analysis/insights/outlier";
import { generalizedEsd, grubbsPValue } from "../../../../src/domain/analysis/stats/esd";
import type { OutlierInsight } from "../../../../src/domain/analysis/types";
import { noisy, seriesOf } from "./series";

const points = (values: number[]) =>
  values.map((value, i) => ({
    month: `m${String(i).padStart(2, "0")}`,
    monthNumber: (i % 12) + 1,
    value,
    actual: value,
    factor: 1,
  }));

describe("outliers among the months (generalized ESD on residuals from the trend)", () => {
  test("Grubbs p-value: a clear outlier among 10 values", () => {
    const values = [10, 11, 9, 10, 12, 10, 9, 11, 10, 30];
    const found = generalizedEsd(values, 2, 0.005);
    expect(found.map((f) => f.index)).toEqual([9]);
    expect(grubbsPValue(0, 10)).toBe(1);
  });

  test("one month 50 % above a rising trend is a high outlier, with its expected value", () => {
    const values = noisy(1, 24).map((v, i) => v * (1 + 0.01 * i));
    values[14] *= 1.5;
    const [o] = outlierInsights(points(values), null);
    expect(o).toMatchObject({ kind: "outlier", month: "m14", direction: "high" });
    expect(o.deviationPct!).toBeGreaterThan(0.35);
    expect(o.expected).toBeCloseTo(
      expectedValues(
        values,
        points(values).map((p) => p.monthNumber),
        null
      )[14],
      8
    );
  });

  test("a collapse is a low outlier", () => {
    const values = noisy(2, 18);
    values[9] = 400;
    expect(outlierInsights(points(values), null).map((o) => [o.month, o.direction])).toEqual([
      ["m09", "low"],
    ]);
  });

  test("noise and a plain trend have no outlier (20 seeds)", () => {
    for (let seed = 300; seed < 320; seed++) {
      const values = noisy(seed, 24).map((v, i) => v * (1 + 0.02 * i));
      expect(outlierInsights(points(values), null)).toEqual([]);
    }
  });

  test("analyze: the unusual month is found, in the booked revenue's terms", () => {
    const values = noisy(3, 24);
    values[10] = 1700;
    const a = analyze(seriesOf("2023-01", values));
    const o = a.insights.find((i): i is OutlierInsight => i.kind === "outlier")!;
    expect(o.month).toBe("2023-11");
    expect(o.value).toBe(a.months[10].revenue);
    // The outlier is not also reported as the outstanding first month.
    expect(a.insights.filter((i) => i.kind === "outstandingFirst" && i.scope === "month")).toEqual(
      []
    );
  });

  test("analyze: an exceptional June in a seasonal series is still an outlier (seasonal indices re-estimated without it)", () => {
    const pattern = [1, 1, 1.05, 1, 0.95, 1, 0.8, 0.5, 1.3, 1.15, 1.1, 1.2];
    const values = noisy(7, 26, 1000, 0.03).map((v, i) => v * pattern[i % 12]);
    values[17] *= 1.45; // June of the second year
    const a = analyze(seriesOf("2024-01", values));
    expect(a.insights.some((i) => i.kind === "seasonality")).toBe(true);
    const outliers = a.insights.filter((i): i is OutlierInsight => i.kind === "outlier");
    expect(outliers.map((o) => [o.month, o.direction])).toEqual([["2025-06", "high"]]);
  });

  test("12 months with a negative month and a month with no sales: both found (no masking)", () => {
    // The auditor's case: one ESD step per 12 months let the two extreme months hide each other
    // (insights: []), while 24 months found both. At least two steps whatever the length.
    expect(maxOutlierMonths(12)).toBe(2);
    expect(maxOutlierMonths(23)).toBe(2);
    expect(maxOutlierMonths(36)).toBe(3);
    const values = noisy(5, 12, 4000, 0.05);
    values[2] = -1205; // credit notes above sales
    values[3] = 0; // no sales
    const a = analyze(seriesOf("2023-01", values));
    const outliers = a.insights.filter((i): i is OutlierInsight => i.kind === "outlier");
    expect(outliers.map((o) => [o.month, o.direction]).sort()).toEqual([
      ["2023-03", "low"],
      ["2023-04", "low"],
    ]);
    expect(outliers.find((o) => o.month === "2023-04")!.value).toBe(0);
    expect(outliers.find((o) => o.month === "2023-03")!.value).toBeLessThan(0);
    // One zero month alone in 12 is found too.
    const one = noisy(6, 12, 4000, 0.05);
    one[7] = 0;
    expect(
      analyze(seriesOf("2023-01", one))
        .insights.filter((i): i is OutlierInsight => i.kind === "outlier")
        .map((o) => o.month)
    ).toEqual(["2023-08"]);
  });

  test("noise over 12 months has no outlier with two ESD steps (20 seeds)", () => {
    for (let seed = 400; seed < 420; seed++)
      expect(outlierInsights(points(noisy(seed, 12)), null)).toEqual([]);
  });
});
