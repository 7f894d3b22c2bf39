/**
 * Outlier months: residuals from the expected value (Theil–Sen trend, times the seasonal index
 * when the series is seasonal) are turned into robust z-scores (median and 1.4826 × MAD); a month
 * is an outlier when its two-sided normal p-value, Bonferroni-corrected for the number of months,
 * is ≤ ALPHA.
 */
import type { OutlierInsight } from "../types";
import { theilSen } from "../stats/trend";
import { robustZScores } from "../stats/robust";
import { normalTwoSidedP } from "../stats/distributions";
import { ALPHA, MIN_MONTHS, rated } from "./common";
import type { SeasonalModel } from "./seasonality";

/** Expected value of each month: trend line × seasonal index. */
export function expectedValues(
  values: number[],
  monthNumbers: number[],
  model: SeasonalModel | null
): number[] {
  const seasonal = model !== null && model.pValue <= ALPHA;
  const index = (i: number) => (seasonal ? model.indices[monthNumbers[i] - 1] : 1);
  const adjusted = values.map((v, i) => v / index(i));
  const { slope, intercept } = theilSen(adjusted);
  return values.map((_, i) => (intercept + slope * i) * index(i));
}

/** Outlier months, most extreme first. */
export function outlierInsights(
  points: { month: string; monthNumber: number; value: number }[],
  model: SeasonalModel | null
): OutlierInsight[] {
  const n = points.length;
  if (n < MIN_MONTHS) return [];
  const values = points.map((p) => p.value);
  const expected = expectedValues(
    values,
    points.map((p) => p.monthNumber),
    model
  );
  const z = robustZScores(values.map((v, i) => v - expected[i]));
  if (z === null) return [];
  const total = values.reduce((s, v) => s + Math.abs(v), 0);
  const out: OutlierInsight[] = [];
  z.forEach((score, i) => {
    const pValue = Math.min(1, normalTwoSidedP(score) * n);
    if (pValue > ALPHA) return;
    const p = points[i];
    out.push({
      kind: "outlier",
      id: `outlier:${p.month}`,
      ...rated(total > 0 ? Math.abs(p.value - expected[i]) / total : 0, pValue),
      test: "robust-z",
      measure: "revenue",
      month: p.month,
      direction: score > 0 ? "high" : "low",
      value: p.value,
      expected: expected[i],
      deviationPct: expected[i] > 0.005 ? (p.value - expected[i]) / expected[i] : null,
    });
  });
  return out.sort((a, b) => (a.pValue ?? 1) - (b.pValue ?? 1) || (a.month < b.month ? -1 : 1));
}
