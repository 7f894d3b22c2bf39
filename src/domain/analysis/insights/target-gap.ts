/**
 * Gaps to target beyond a threshold (default 5 %). A full month is reported when its relative gap
 * reaches the threshold AND the gap exceeds the month-to-month noise: gap / (σ √months) against a
 * Student t with the noise's degrees of freedom, σ being the standard deviation of the full months'
 * residuals from their expected value (outlier months left out). Each full month with a target,
 * and the last year's full months cumulated, is one hypothesis of the analysis, counted whether its
 * gap reaches the threshold or not. (A robust σ — the MAD — with a normal z was tried first: from
 * 12 to 36 months the MAD is too unsteady, and honest targets on pure noise gave p ≤ 0.005 six times
 * too often.) With fewer than MIN_MONTHS full months the noise
 * cannot be estimated: the threshold alone decides (test "threshold", pValue null) — a plain
 * statement about the figures, not a statistical claim.
 */
import type { TargetGapInsight } from "../types";
import { studentTTwoSidedP } from "../stats/distributions";
import { FAMILY_ALPHA, atLevel, rated, type Hypothesis } from "./common";

export const DEFAULT_TARGET_GAP_THRESHOLD = 0.05;

/** Month-to-month noise: standard deviation of one month and its degrees of freedom. */
export interface MonthlyNoise {
  sigma: number;
  df: number;
}

/**
 * Target gap insight for a period, or null. `noise` is the noise of one month (null when unknown:
 * the threshold alone decides), `months` the number of months cumulated; with a known noise the
 * gap's test is judged alone at level `alpha`.
 */
export function targetGapInsight(
  period: string,
  actual: number,
  target: number | null,
  threshold: number,
  noise: MonthlyNoise | null,
  months: number,
  alpha: number = FAMILY_ALPHA
): TargetGapInsight | null {
  const h = targetGapHypothesis(period, actual, target, threshold, noise, months);
  if (h !== null) return (atLevel(h, alpha)[0] as TargetGapInsight | undefined) ?? null;
  return gapFact(period, actual, target, threshold, null);
}

/**
 * The hypothesis "the period missed (or beat) its target by more than its noise"; null without a
 * positive target or a known noise (σ > 0, df ≥ 1). `testedGap` is the gap in the noise's terms
 * (default: actual − target; the analysis passes it working-day adjusted).
 */
export function targetGapHypothesis(
  period: string,
  actual: number,
  target: number | null,
  threshold: number,
  noise: MonthlyNoise | null,
  months: number,
  testedGap: number = actual - (target ?? 0)
): Hypothesis | null {
  if (target === null || !(target > 0) || noise === null || !(noise.sigma > 0) || noise.df < 1)
    return null;
  const pValue = studentTTwoSidedP(testedGap / (noise.sigma * Math.sqrt(months)), noise.df);
  const fact = gapFact(period, actual, target, threshold, pValue);
  return { family: "targetGap", pValue, insights: fact ? [fact] : [] };
}

/** The gap as a fact when it reaches the threshold. */
function gapFact(
  period: string,
  actual: number,
  target: number | null,
  threshold: number,
  pValue: number | null
): TargetGapInsight | null {
  if (target === null || !(target > 0)) return null;
  const gap = actual - target;
  const gapPct = gap / target;
  if (Math.abs(gapPct) < threshold) return null;
  return {
    kind: "targetGap",
    id: `targetGap:${period}`,
    ...rated(Math.abs(gap) / target, pValue),
    test: pValue === null ? "threshold" : "student-t",
    measure: "revenue",
    period,
    target,
    actual,
    gap: Math.round(gap * 100) / 100,
    gapPct,
  };
}
