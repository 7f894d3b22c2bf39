/**
 * Contribution to the change between the last two periods (which member explains the change).
 * The total change must first be real:
 * - month (last two full months): the change, on working-day and seasonally adjusted values, is
 *   compared with the earlier month-on-month changes by a t prediction interval (at least 6
 *   earlier changes);
 * - year (like-for-like months): paired t-test of the months against the same months a year
 *   before (at least 3 pairs).
 * That test is one hypothesis of the analysis per period, whatever the number of dimensions whose
 * members are then looked at (which member explains the change is arithmetic, not a test).
 * Then the member whose change goes the same way and is the largest is reported when it explains at
 * least MIN_SHARE_OF_CHANGE of the total change.
 */
import { mean, sampleStandardDeviation } from "simple-statistics";
import type { Contribution, ContributionInsight } from "../types";
import { studentTTwoSidedP } from "../stats/distributions";
import { FAMILY_ALPHA, rated } from "./common";

export const MIN_SHARE_OF_CHANGE = 0.5;
export const MIN_EARLIER_CHANGES = 6;

/**
 * Two-sided p-value of the last month-on-month change against the earlier changes, by a Student t
 * prediction interval (stable with few months, unlike a MAD); null with fewer than
 * MIN_EARLIER_CHANGES earlier changes.
 */
export function lastChangePValue(values: number[]): number | null {
  if (values.length < MIN_EARLIER_CHANGES + 2) return null;
  const changes = values.slice(1).map((v, i) => v - values[i]);
  const last = changes[changes.length - 1];
  const earlier = changes.slice(0, -1);
  const k = earlier.length;
  const m = mean(earlier);
  const sd = sampleStandardDeviation(earlier);
  if (!(sd > 0)) return last === m ? 1 : 0;
  return studentTTwoSidedP((last - m) / (sd * Math.sqrt(1 + 1 / k)), k - 1);
}

/** Two-sided paired t-test p-value of `after` vs `before`; null with fewer than 3 pairs. */
export function pairedTPValue(before: number[], after: number[]): number | null {
  const d = after.map((a, i) => a - before[i]);
  if (d.length < 3) return null;
  const sd = sampleStandardDeviation(d);
  const m = mean(d);
  if (!(sd > 0)) return m === 0 ? 1 : 0;
  return studentTTwoSidedP(m / (sd / Math.sqrt(d.length)), d.length - 1);
}

/**
 * The contribution insight of one dimension, from its contributions and the periods' revenue.
 * `pValue` is the total change's test, judged at level `alpha` (1: no judgement, for a caller that
 * corrects for multiplicity itself).
 */
export function contributionInsight(
  period: "month" | "year",
  from: string,
  to: string,
  months: string[],
  dimension: string,
  contributions: Contribution[],
  fromRevenue: number,
  toRevenue: number,
  pValue: number | null,
  alpha: number = FAMILY_ALPHA
): ContributionInsight | null {
  if (pValue === null || pValue > alpha || contributions.length < 2) return null;
  const totalChange = toRevenue - fromRevenue;
  if (totalChange === 0) return null;
  const best = contributions.find((c) => Math.sign(c.change) === Math.sign(totalChange));
  if (!best || best.shareOfChange === null || best.shareOfChange < MIN_SHARE_OF_CHANGE) return null;
  return {
    kind: "contribution",
    id: `contribution:${period}:${dimension}`,
    ...rated(fromRevenue > 0 ? Math.abs(best.change) / fromRevenue : 0, pValue),
    test: period === "month" ? "t-prediction" : "paired-t",
    measure: "revenue",
    period,
    from,
    to,
    dimension,
    member: best.member,
    memberChange: best.change,
    totalChange: Math.round(totalChange * 100) / 100,
    shareOfChange: best.shareOfChange,
    fromRevenue,
    toRevenue,
    months,
  };
}
