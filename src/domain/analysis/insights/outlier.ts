/**
 * Outlier months: residuals from the expected value (Theil–Sen trend, times the seasonal index
 * when the series is seasonal) go through the generalized ESD test (Grubbs repeated, at most one
 * outlier per 12 months) at ALPHA; an outlier must also be at least MIN_DEVIATION away from its
 * expected value. Values are working-day adjusted by the caller; each point's `factor` turns the
 * expected value back into the month's own terms for display.
 */
import type { OutlierInsight } from "../types";
import { theilSen } from "../stats/trend";
import { generalizedEsd } from "../stats/esd";
import { ALPHA, MIN_MONTHS, rated } from "./common";
import { leaveOneOutIndex, type SeasonalModel } from "./seasonality";

/** Smallest relative deviation from the expected value reported as an outlier. */
export const MIN_DEVIATION = 0.1;

/**
 * Expected value of each month: trend line × seasonal index. With `leaveOneOut`, each month's
 * seasonal index comes from the other years only (see leaveOneOutIndex).
 */
export function expectedValues(
  values: number[],
  monthNumbers: number[],
  model: SeasonalModel | null,
  leaveOneOut = false
): number[] {
  const seasonal = model !== null && model.pValue <= ALPHA;
  const index = (i: number) => (seasonal ? model.indices[monthNumbers[i] - 1] : 1);
  const adjusted = values.map((v, i) => v / index(i));
  const { slope, intercept } = theilSen(adjusted);
  const own = (i: number) =>
    seasonal && leaveOneOut ? leaveOneOutIndex(model, monthNumbers, i) : index(i);
  return values.map((_, i) => (intercept + slope * i) * own(i));
}

/** A full month for the outlier test: adjusted value, actual revenue and adjustment factor. */
export interface OutlierPoint {
  month: string;
  monthNumber: number;
  /** Working-day adjusted revenue (what is tested). */
  value: number;
  /** The month's revenue as booked. */
  actual: number;
  /** value = actual × factor. */
  factor: number;
}

/** Outlier months, in the order the test found them (most extreme first). */
export function outlierInsights(
  points: OutlierPoint[],
  model: SeasonalModel | null,
  leaveOneOut = false
): OutlierInsight[] {
  const n = points.length;
  if (n < MIN_MONTHS) return [];
  const values = points.map((p) => p.value);
  const expected = expectedValues(
    values,
    points.map((p) => p.monthNumber),
    model,
    leaveOneOut
  );
  const found = generalizedEsd(
    values.map((v, i) => v - expected[i]),
    Math.max(1, Math.floor(n / 12)),
    ALPHA
  );
  const out: OutlierInsight[] = [];
  for (const { index: i, pValue } of found) {
    const p = points[i];
    if (!(expected[i] > 0) || Math.abs(values[i] - expected[i]) < MIN_DEVIATION * expected[i])
      continue;
    const expectedActual = expected[i] / p.factor;
    out.push({
      kind: "outlier",
      id: `outlier:${p.month}`,
      // Impact: the deviation relative to the expected value.
      ...rated(Math.abs(values[i] - expected[i]) / expected[i], pValue),
      test: "generalized-esd",
      measure: "revenue",
      month: p.month,
      direction: values[i] > expected[i] ? "high" : "low",
      value: p.actual,
      expected: expectedActual,
      deviationPct: (values[i] - expected[i]) / expected[i],
    });
  }
  return out;
}
