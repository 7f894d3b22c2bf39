import { analyze } from "../../../../src/domain/analysis";
import {
  seasonalModel,
  seasonalityInsight,
  deseasonalize,
} from "../../../../src/domain/analysis/insights/seasonality";
import type { SeasonalityInsight } from "../../../../src/domain/analysis/types";
import { noisy, seriesOf } from "./series";

// December +50 %, August −40 %, the rest average.
const PATTERN = [1, 1, 1, 1, 1, 1, 1, 0.6, 1, 1, 1, 1.5];
const seasonal = (seed: number, n: number) => noisy(seed, n).map((v, i) => v * PATTERN[i % 12]);
const monthNumbers = (n: number) => Array.from({ length: n }, (_, i) => (i % 12) + 1);

describe("seasonality (seasonal indices + one-way ANOVA)", () => {
  test("a December peak and an August trough over 3 years", () => {
    const model = seasonalModel(seasonal(1, 36), monthNumbers(36))!;
    expect(model.pValue).toBeLessThan(1e-6);
    const insight = seasonalityInsight(model)!;
    expect(insight).toMatchObject({ kind: "seasonality", peakMonth: 12, troughMonth: 8, years: 3 });
    expect(insight.peakIndex).toBeGreaterThan(1.35);
    expect(insight.troughIndex).toBeLessThan(0.7);
    const average = model.indices.reduce((s, v) => s + v, 0) / 12;
    expect(average).toBeCloseTo(1, 12);
  });

  test("deseasonalized values are flat again", () => {
    const values = seasonal(2, 24);
    const model = seasonalModel(values, monthNumbers(24))!;
    const flat = deseasonalize(values, monthNumbers(24), model);
    expect(Math.max(...flat) / Math.min(...flat)).toBeLessThan(1.3);
  });

  test("noise has no seasonality (20 seeds)", () => {
    for (let seed = 200; seed < 220; seed++) {
      expect(seasonalityInsight(seasonalModel(noisy(seed, 36), monthNumbers(36)))).toBeNull();
    }
  });

  test("fewer than 24 full months: no seasonality test", () => {
    expect(seasonalModel(seasonal(3, 23), monthNumbers(23))).toBeNull();
  });

  test("analyze: seasonality found, and the peak month is not reported as an outlier", () => {
    const a = analyze(seriesOf("2022-01", seasonal(4, 36)));
    const s = a.insights.find((i) => i.kind === "seasonality") as SeasonalityInsight;
    expect(s).toMatchObject({ peakMonth: 12, troughMonth: 8 });
    expect(a.insights.filter((i) => i.kind === "outlier")).toEqual([]);
  });
});
