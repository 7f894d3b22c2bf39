/**
 * Trend statistics on a series observed at equally spaced times (months 0, 1, 2, …).
 */
import { median } from "simple-statistics";
import { normalTwoSidedP } from "./distributions";

export interface MannKendallResult {
  /** Kendall's S: concordant minus discordant pairs. */
  s: number;
  /** Variance of S under no trend, corrected for ties. */
  variance: number;
  /** Normal score with continuity correction. */
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  /** Kendall's tau = S / (n(n−1)/2). */
  tau: number;
}

/**
 * Mann-Kendall test for a monotonic trend (Mann 1945, Kendall 1975), normal approximation with
 * continuity correction and the tie correction of the variance.
 */
export function mannKendall(values: number[]): MannKendallResult {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign(values[j] - values[i]);
  }
  const ties = new Map<number, number>();
  for (const v of values) ties.set(v, (ties.get(v) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) if (t > 1) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = variance > 0 ? (s - Math.sign(s)) / Math.sqrt(variance) : 0;
  return {
    s,
    variance,
    z,
    pValue: variance > 0 ? normalTwoSidedP(z) : 1,
    tau: n > 1 ? s / ((n * (n - 1)) / 2) : 0,
  };
}

/**
 * Theil–Sen line: slope = median of the slopes between all pairs of points, intercept = median of
 * y − slope · x. Robust to a few outlying months.
 */
export function theilSen(values: number[]): { slope: number; intercept: number } {
  const n = values.length;
  if (n < 2) return { slope: 0, intercept: n === 1 ? values[0] : 0 };
  const slopes: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) slopes.push((values[j] - values[i]) / (j - i));
  }
  const slope = median(slopes);
  const intercept = median(values.map((v, i) => v - slope * i));
  return { slope, intercept };
}
