/**
 * Change point (level shift): the split of the full months whose before/after means differ most
 * (pooled t statistic), Bonferroni-corrected over the splits tried, at ALPHA. Two more conditions:
 * two levels must fit better than a straight line (otherwise it is a trend, not a shift), and the
 * shift must be at least MIN_SHIFT (10 %) of the level before.
 */
import type { ChangePointInsight } from "../types";
import { bestStep } from "../stats/step";
import { ALPHA, MIN_MONTHS, rated } from "./common";

export const MIN_SHIFT = 0.1;

/** Change point of a (deseasonalized) series of full months, or null. */
export function changePointInsight(
  points: { month: string }[],
  values: number[]
): ChangePointInsight | null {
  if (values.length < MIN_MONTHS) return null;
  const step = bestStep(values, 3);
  if (step === null || step.pValue > ALPHA || !(step.sseStep < step.sseLine)) return null;
  if (!(step.before > 0) || Math.abs(step.after - step.before) < MIN_SHIFT * step.before)
    return null;
  return {
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
}
