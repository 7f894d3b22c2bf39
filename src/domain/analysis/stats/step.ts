/**
 * Level shift (change point) search: the split of a series into a "before" and an "after" segment
 * whose means differ the most, by the pooled two-sample t statistic (simple-statistics
 * tTestTwoSample), with a Bonferroni correction for the number of splits tried.
 */
import { linearRegression, linearRegressionLine, mean, tTestTwoSample } from "simple-statistics";
import { studentTTwoSidedP } from "./distributions";

export interface StepResult {
  /** Index of the first value of the "after" segment. */
  index: number;
  before: number;
  after: number;
  t: number;
  /** Bonferroni-corrected two-sided p-value. */
  pValue: number;
  /** Sum of squared errors of the two-means model and of a straight line. */
  sseStep: number;
  sseLine: number;
}

/** Sum of squared deviations from the mean. */
function sse(values: number[]): number {
  const m = mean(values);
  return values.reduce((s, v) => s + (v - m) ** 2, 0);
}

/** Sum of squared residuals of the least-squares line through (i, values[i]). */
export function lineSse(values: number[]): number {
  const line = linearRegressionLine(linearRegression(values.map((v, i) => [i, v])));
  return values.reduce((s, v, i) => s + (v - line(i)) ** 2, 0);
}

/** Best split with segments of at least `minSegment` values; null when the series is too short. */
export function bestStep(values: number[], minSegment = 3): StepResult | null {
  const n = values.length;
  const candidates = n - 2 * minSegment + 1;
  if (candidates < 1) return null;
  let best: StepResult | null = null;
  for (let k = minSegment; k <= n - minSegment; k++) {
    const a = values.slice(0, k);
    const b = values.slice(k);
    const t = tTestTwoSample(b, a, 0);
    if (t === null || Number.isNaN(t)) continue;
    const absT = Math.abs(t);
    if (best === null || absT > Math.abs(best.t)) {
      best = {
        index: k,
        before: mean(a),
        after: mean(b),
        t,
        pValue: 1,
        sseStep: sse(a) + sse(b),
        sseLine: 0,
      };
    }
  }
  if (best === null) return null;
  const raw = Number.isFinite(best.t) ? studentTTwoSidedP(best.t, n - 2) : 0;
  best.pValue = Math.min(1, raw * candidates);
  best.sseLine = lineSse(values);
  return best;
}
