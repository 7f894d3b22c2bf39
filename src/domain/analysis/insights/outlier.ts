/**
 * Outlier months: the seasonally adjusted values go through the generalized ESD test around a
 * trend line (at most one outlier per 12 months, and at least two: see maxOutlierMonths; each value judged against the line through the
 * others, see trendEsdSteps); an outlier must also be at least MIN_DEVIATION away from its expected
 * value (Theil–Sen trend × seasonal index), which is what is reported. Each ESD step is one hypothesis of the analysis (its p-value: the smallest of its own and
 * the later steps', as the ESD declares); outlier months found at MODEL_ALPHA are set aside from
 * the other estimates, and only those can be reported. Values are working-day adjusted by the caller; each point's `factor` turns the
 * expected value back into the month's own terms for display.
 */
import type { OutlierInsight } from "../types";
import { theilSen } from "../stats/trend";
import { esdDeclaringPValues, trendEsdSteps } from "../stats/esd";
import { MIN_MONTHS, MODEL_ALPHA, atLevel, rated, type Hypothesis } from "./common";
import { isSeasonal, leaveOneOutIndex, type SeasonalModel } from "./seasonality";

/** Smallest relative deviation from the expected value reported as an outlier. */
export const MIN_DEVIATION = 0.1;

/**
 * Most outlier months the ESD looks for in `n` full months: one per 12 months, but at least two —
 * with one step only, two extreme months of a 12-month series mask each other (a month with no
 * sales next to a negative month raises the spread so much that neither step is significant).
 */
export function maxOutlierMonths(n: number): number {
  return Math.max(2, Math.floor(n / 12));
}

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
  const index = seasonalIndexes(monthNumbers, model);
  const adjusted = values.map((v, i) => v / index[i]);
  const { slope, intercept } = theilSen(adjusted);
  const own = seasonalIndexes(monthNumbers, model, leaveOneOut);
  return values.map((_, i) => (intercept + slope * i) * own[i]);
}

/**
 * Each month's seasonal index (1 when the series is not seasonally adjusted); with `leaveOneOut`,
 * from the other years only.
 */
export function seasonalIndexes(
  monthNumbers: number[],
  model: SeasonalModel | null,
  leaveOneOut = false
): number[] {
  if (!isSeasonal(model)) return monthNumbers.map(() => 1);
  return monthNumbers.map((m, i) =>
    leaveOneOut ? leaveOneOutIndex(model, monthNumbers, i) : model.indices[m - 1]
  );
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

/**
 * One hypothesis per ESD step (maxOutlierMonths), most extreme first; a step's fact only
 * when its declaring p-value passes MODEL_ALPHA (the month is then set aside by the analysis) and
 * the deviation is large enough.
 */
export function outlierHypotheses(
  points: OutlierPoint[],
  model: SeasonalModel | null,
  leaveOneOut = false
): Hypothesis[] {
  const n = points.length;
  if (n < MIN_MONTHS) return [];
  const values = points.map((p) => p.value);
  const expected = expectedValues(
    values,
    points.map((p) => p.monthNumber),
    model,
    leaveOneOut
  );
  // The test runs on seasonally adjusted values, around a least-squares line refitted without the
  // value judged (see trendEsdSteps); `expected` (Theil–Sen line × season) is what is reported.
  const own = seasonalIndexes(
    points.map((p) => p.monthNumber),
    model,
    leaveOneOut
  );
  const steps = esdDeclaringPValues(
    trendEsdSteps(
      values.map((v, i) => v / own[i]),
      maxOutlierMonths(n)
    )
  );
  return steps.map(({ index: i, pValue }) => {
    const p = points[i];
    if (
      pValue > MODEL_ALPHA ||
      !(expected[i] > 0) ||
      Math.abs(values[i] - expected[i]) < MIN_DEVIATION * expected[i]
    )
      return { family: "outlier", pValue, insights: [] };
    const insight: OutlierInsight = {
      kind: "outlier",
      id: `outlier:${p.month}`,
      // Impact: the deviation relative to the expected value.
      ...rated(Math.abs(values[i] - expected[i]) / expected[i], pValue),
      test: "generalized-esd",
      measure: "revenue",
      month: p.month,
      direction: values[i] > expected[i] ? "high" : "low",
      value: p.actual,
      expected: expected[i] / p.factor,
      deviationPct: (values[i] - expected[i]) / expected[i],
    };
    return { family: "outlier", pValue, insights: [insight] };
  });
}

/**
 * Outlier months at level `alpha` (default MODEL_ALPHA: the months the analysis sets aside), in the
 * order the test found them (most extreme first).
 */
export function outlierInsights(
  points: OutlierPoint[],
  model: SeasonalModel | null,
  leaveOneOut = false,
  alpha: number = MODEL_ALPHA
): OutlierInsight[] {
  return outlierHypotheses(points, model, leaveOneOut).flatMap(
    (h) => atLevel(h, alpha) as OutlierInsight[]
  );
}
