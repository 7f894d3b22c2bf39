/**
 * Margin rate shift ("taux de marque", margin / revenue) between the last two periods:
 * - month: the last monthly change of the rate against the earlier monthly changes (t prediction
 *   interval, at least 6 earlier changes);
 * - year: paired t-test of the monthly rates of the like-for-like months (≥ 3 pairs).
 * One hypothesis of the analysis per period.
 * The shift must also be at least MIN_RATE_DELTA (one point). Impact: the share of the margin at
 * stake, |delta| / rate before.
 */
import type { RateShiftInsight } from "../types";
import { FAMILY_ALPHA, rated } from "./common";

export const MIN_RATE_DELTA = 0.01;

export function rateShiftInsight(
  period: "month" | "year",
  from: string,
  to: string,
  months: string[],
  before: number | null,
  after: number | null,
  pValue: number | null,
  alpha: number = FAMILY_ALPHA
): RateShiftInsight | null {
  if (before === null || after === null || pValue === null || pValue > alpha) return null;
  const delta = after - before;
  if (Math.abs(delta) < MIN_RATE_DELTA) return null;
  return {
    kind: "rateShift",
    id: `rateShift:${period}`,
    ...rated(before !== 0 ? Math.abs(delta) / Math.abs(before) : 1, pValue),
    test: period === "month" ? "t-prediction" : "paired-t",
    measure: "margin",
    rate: "marginRate",
    period,
    from,
    to,
    before,
    after,
    delta,
    months,
  };
}
