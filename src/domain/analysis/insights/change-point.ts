/**
 * Change point (level shift): the split of the full months whose before/after means differ most
 * (pooled t statistic), Bonferroni-corrected over the splits tried: one hypothesis. Two more conditions:
 * two levels must fit better than a straight line (otherwise it is a trend, not a shift), and the
 * shift must be at least MIN_SHIFT (10 %) of the level before.
 */
import type { ChangePointInsight } from "../types";
import { bestStep } from "../stats/step";
import { FAMILY_ALPHA, MIN_MONTHS, atLevel, rated, type Hypothesis } from "./common";

export const MIN_SHIFT = 0.1;

/** The change point hypothesis of a (deseasonalized) series of full months, or null. */
export function changePointHypothesis(
  points: { month: string }[],
  values: number[]
): Hypothesis | null {
  if (values.length < MIN_MONTHS) return null;
  const step = bestStep(values, 3);
  if (step === null) return null;
  const family = "changePoint";
  if (
    !(step.sseStep < step.sseLine) ||
    !(step.before > 0) ||
    Math.abs(step.after - step.before) < MIN_SHIFT * step.before
  )
    return { family, pValue: step.pValue, insights: [] };
  const insight: ChangePointInsight = {
    kind: "changePoint",
    id: `changePoint:${points[step.index].month}`,
    // Impact: the shift relative to the level before.
    ...rated(Math.abs(step.after - step.before) / step.before, step.pValue),
    test: "t-test-bonferroni",
    measure: "revenue",
    month: points[step.index].month,
    before: step.before,
    after: step.after,
    changePct: step.before > 0.005 ? (step.after - step.before) / step.before : null,
  };
  return { family, pValue: step.pValue, insights: [insight] };
}

/** Change point of a series tested alone at level `alpha`, or null. */
export function changePointInsight(
  points: { month: string }[],
  values: number[],
  alpha: number = FAMILY_ALPHA
): ChangePointInsight | null {
  const [insight] = atLevel(changePointHypothesis(points, values), alpha);
  return (insight as ChangePointInsight | undefined) ?? null;
}
