/**
 * Robust location and scale: median and the median absolute deviation scaled to estimate a
 * normal standard deviation (× 1.4826).
 */
import { mean, median, medianAbsoluteDeviation } from "simple-statistics";

/** MAD × 1.4826: consistent estimate of σ for normal data. */
export const MAD_TO_SIGMA = 1.4826;

/**
 * Robust σ: 1.4826 × MAD, falling back to 1.2533 × mean absolute deviation from the median when
 * more than half the values are equal (MAD = 0). Zero when every value is the same.
 */
export function robustSigma(values: number[]): number {
  if (values.length === 0) return 0;
  const mad = medianAbsoluteDeviation(values);
  if (mad > 0) return MAD_TO_SIGMA * mad;
  const med = median(values);
  return 1.2533 * mean(values.map((v) => Math.abs(v - med)));
}

/** Robust z-scores (x − median) / robust σ; null when σ is 0. */
export function robustZScores(values: number[]): number[] | null {
  const sigma = robustSigma(values);
  if (!(sigma > 0)) return null;
  const med = median(values);
  return values.map((v) => (v - med) / sigma);
}
