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

/** Outliers of `values` (at most `maxOutliers`) at level `alpha`, in the order they were removed. */
export function generalizedEsd(values: number[], maxOutliers: number, alpha: number): EsdOutlier[] {
  const left = values.map((v, index) => ({ v, index }));
  const steps: EsdOutlier[] = [];
  let found = 0;
  for (let i = 0; i < maxOutliers && left.length >= 5; i++) {
    const xs = left.map((p) => p.v);
    const m = mean(xs);
    const sd = sampleStandardDeviation(xs);
    if (!(sd > 0)) break;
    let worst = 0;
    left.forEach((p, k) => {
      if (Math.abs(p.v - m) > Math.abs(left[worst].v - m)) worst = k;
    });
    const pValue = grubbsPValue(Math.abs(left[worst].v - m) / sd, left.length);
    steps.push({ index: left[worst].index, pValue });
    if (pValue <= alpha) found = steps.length;
    left.splice(worst, 1);
  }
  // Every value removed up to the last significant step is an outlier, declared by that step.
  const declaring = found > 0 ? steps[found - 1].pValue : 1;
  return steps.slice(0, found).map((s) => ({
    index: s.index,
    pValue: Math.max(s.pValue <= alpha ? s.pValue : declaring, 0),
  }));
}
