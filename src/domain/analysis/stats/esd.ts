/**
 * Generalized ESD test for several outliers (Rosner 1983): repeatedly remove the value farthest
 * from the mean (Grubbs statistic G = max |x − mean| / sd); the number of outliers is the largest
 * step whose Grubbs p-value is ≤ alpha. The p-value of a step with m values left is the Bonferroni
 * bound m × P(|T| > t) with t² = m(m−2)G² / ((m−1)² − mG²), T ~ Student(m − 2) — the usual form of
 * Grubbs' critical values. Works on small samples, unlike a MAD with few points.
 */
import { mean, sampleStandardDeviation } from "simple-statistics";
import { studentTTwoSidedP } from "./distributions";

export interface EsdOutlier {
  index: number;
  /**
   * p-value of the step that removed it, or — when that step alone was not significant but a
   * later one was (masking) — of the later step that declared it.
   */
  pValue: number;
}

/** Grubbs p-value of the most extreme of `m` values with statistic `g`. */
export function grubbsPValue(g: number, m: number): number {
  const denominator = (m - 1) ** 2 - m * g * g;
  if (m < 3) return 1;
  if (denominator <= 0) return 0;
  const t = Math.sqrt((m * (m - 2) * g * g) / denominator);
  return Math.min(1, m * studentTTwoSidedP(t, m - 2));
}

/**
 * The steps of the generalized ESD, up to `maxSteps` (fewer when fewer than 5 values are left or
 * they are all equal): the value removed at each step and its Grubbs p-value.
 */
export function esdSteps(values: number[], maxSteps: number): EsdOutlier[] {
  const left = values.map((v, index) => ({ v, index }));
  const steps: EsdOutlier[] = [];
  for (let i = 0; i < maxSteps && left.length >= 5; i++) {
    const xs = left.map((p) => p.v);
    const m = mean(xs);
    const sd = sampleStandardDeviation(xs);
    if (!(sd > 0)) break;
    let worst = 0;
    left.forEach((p, k) => {
      if (Math.abs(p.v - m) > Math.abs(left[worst].v - m)) worst = k;
    });
    steps.push({
      index: left[worst].index,
      pValue: grubbsPValue(Math.abs(left[worst].v - m) / sd, left.length),
    });
    left.splice(worst, 1);
  }
  return steps;
}

/**
 * Each step's p-value as the generalized ESD reads it: a value is an outlier when its own step or
 * any later step is significant (masking), so its p-value is the smallest of its step's and the
 * later steps'. Non-decreasing from the first step to the last.
 */
export function esdDeclaringPValues(steps: EsdOutlier[]): EsdOutlier[] {
  const out = steps.map((s) => ({ ...s }));
  for (let k = out.length - 2; k >= 0; k--)
    out[k].pValue = Math.min(out[k].pValue, out[k + 1].pValue);
  return out;
}

/**
 * Externally studentized residual of point `j` of a series (x = position in `xs`) from the
 * least-squares line through the other points: t = (y − ŷ) / (s √(1 + 1/k + (x − x̄)² / Sxx)),
 * k other points, s² their residual variance (k − 2 degrees of freedom). Null when k < 4 or the
 * others lie exactly on a line.
 */
export function deletedResidualT(xs: number[], ys: number[], j: number): number | null {
  const k = xs.length - 1;
  if (k < 4) return null;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < xs.length; i++) {
    if (i === j) continue;
    sx += xs[i];
    sy += ys[i];
  }
  const xBar = sx / k;
  const yBar = sy / k;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    if (i === j) continue;
    sxx += (xs[i] - xBar) ** 2;
    sxy += (xs[i] - xBar) * (ys[i] - yBar);
  }
  if (!(sxx > 0)) return null;
  const slope = sxy / sxx;
  let sse = 0;
  for (let i = 0; i < xs.length; i++) {
    if (i === j) continue;
    sse += (ys[i] - yBar - slope * (xs[i] - xBar)) ** 2;
  }
  const s = Math.sqrt(sse / (k - 2));
  const residual = ys[j] - yBar - slope * (xs[j] - xBar);
  if (!(s > 0)) return residual === 0 ? 0 : Math.sign(residual) * Infinity;
  return residual / (s * Math.sqrt(1 + 1 / k + (xs[j] - xBar) ** 2 / sxx));
}

/**
 * Generalized ESD around a trend line: at each step, every value left is judged by its externally
 * studentized residual from the least-squares line through the OTHER values left (so an outlier
 * neither tilts the line it is judged against nor inflates the spread), the most extreme is
 * removed, and its p-value is the Bonferroni bound m × P(|T| > |t|), T ~ Student(m − 3), m values
 * left. Exact for normal noise around a line, whatever the slope. (Grubbs' test on residuals from
 * a Theil–Sen line, used first, flagged a month of pure noise at p ≤ 0.005 twice too often with 12
 * months: residuals of a fitted line are not a plain sample.)
 */
export function trendEsdSteps(values: number[], maxSteps: number): EsdOutlier[] {
  const left = values.map((v, index) => ({ v, index }));
  const steps: EsdOutlier[] = [];
  for (let step = 0; step < maxSteps && left.length >= 6; step++) {
    const xs = left.map((p) => p.index);
    const ys = left.map((p) => p.v);
    let worst = -1;
    let worstT = 0;
    for (let j = 0; j < left.length; j++) {
      const t = deletedResidualT(xs, ys, j);
      if (t !== null && (worst < 0 || Math.abs(t) > Math.abs(worstT))) {
        worst = j;
        worstT = t;
      }
    }
    if (worst < 0) break;
    const m = left.length;
    steps.push({
      index: left[worst].index,
      pValue: Math.min(1, m * studentTTwoSidedP(worstT, m - 3)),
    });
    left.splice(worst, 1);
  }
  return steps;
}

/** Outliers of `values` (at most `maxOutliers`) at level `alpha`, in the order they were removed. */
export function generalizedEsd(values: number[], maxOutliers: number, alpha: number): EsdOutlier[] {
  // Every value removed up to the last significant step is an outlier, declared by that step.
  return esdDeclaringPValues(esdSteps(values, maxOutliers)).filter((s) => s.pValue <= alpha);
}
