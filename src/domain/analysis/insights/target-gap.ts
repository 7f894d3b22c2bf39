/**
 * Gaps to target beyond a threshold (default 5 %). A full month is reported when its relative gap
 * reaches the threshold AND the gap exceeds the month-to-month noise (robust σ of the residuals
 * from the expected value, two-sided normal p ≤ ALPHA_CONFIRM); with fewer than MIN_MONTHS full
 * months the noise cannot be estimated and the threshold alone decides (test "threshold"). The
 * last year's full months are also compared, cumulated, with their targets (noise σ × √months).
 */
import type { TargetGapInsight } from "../types";
import { normalTwoSidedP } from "../stats/distributions";
import { ALPHA_CONFIRM, rated } from "./common";

export const DEFAULT_TARGET_GAP_THRESHOLD = 0.05;

/**
 * Target gap insight for a period, or null. `sigma` is the noise of one month (null when unknown),
 * `months` the number of months cumulated.
 */
export function targetGapInsight(
  period: string,
  actual: number,
  target: number | null,
  threshold: number,
  sigma: number | null,
  months: number
): TargetGapInsight | null {
  if (target === null || !(target > 0)) return null;
  const gap = actual - target;
  const gapPct = gap / target;
  if (Math.abs(gapPct) < threshold) return null;
  let pValue: number | null = null;
  if (sigma !== null && sigma > 0) {
    pValue = normalTwoSidedP(gap / (sigma * Math.sqrt(months)));
    if (pValue > ALPHA_CONFIRM) return null;
  }
  return {
    kind: "targetGap",
    id: `targetGap:${period}`,
    ...rated(Math.abs(gap) / target, pValue),
    test: pValue === null ? "threshold" : "robust-z",
    measure: "revenue",
    period,
    target,
    actual,
    gap: Math.round(gap * 100) / 100,
    gapPct,
  };
}
