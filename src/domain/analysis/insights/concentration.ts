/**
 * Majority and Pareto concentration in a dimension.
 * - majority: one member holds more than half of the revenue; confirmed when it holds more than
 *   half in most full months (one-sided sign test over ≥ MIN_MONTHS_SIGN months, p ≤ ALPHA).
 * - pareto: the top 20 % of members (at least 2, dimensions of ≥ 10 members) hold more than half
 *   of the revenue, confirmed month by month the same way. Not reported when a single member
 *   already holds the majority.
 */
import type { MajorityInsight, ParetoInsight } from "../types";
import { binomialUpperTail } from "../stats/distributions";
import { ALPHA, MIN_MONTHS_SIGN, rated } from "./common";
import type { MemberSeries } from "./outstanding";

export const MAJORITY_SHARE = 0.5;
export const PARETO_FRACTION = 0.2;
export const MIN_PARETO_MEMBERS = 10;

/** One-sided sign test that a share exceeds `threshold` in most periods: p-value. */
export function shareSignTest(parts: number[], totals: number[], threshold: number): number {
  let above = 0;
  let n = 0;
  for (let t = 0; t < parts.length; t++) {
    if (!(totals[t] > 0)) continue;
    n++;
    if (parts[t] / totals[t] > threshold) above++;
  }
  return n === 0 ? 1 : binomialUpperTail(above, n);
}

/** Member indexes by descending total (ties: label order). */
function ranked(series: MemberSeries): number[] {
  return series.labels
    .map((_, i) => i)
    .sort(
      (a, b) =>
        series.totals[b] - series.totals[a] || (series.labels[a] < series.labels[b] ? -1 : 1)
    );
}

/** Per-month sum of several members. */
function monthlySum(monthly: number[][], members: number[]): number[] {
  return monthly[0].map((_, t) => members.reduce((s, k) => s + monthly[k][t], 0));
}

export function concentrationInsights(series: MemberSeries): (MajorityInsight | ParetoInsight)[] {
  const { monthly, totals, labels } = series;
  const present = ranked(series).filter((k) => totals[k] !== 0);
  if (
    monthly === null ||
    monthly.length === 0 ||
    monthly[0].length < MIN_MONTHS_SIGN ||
    present.length < 2
  )
    return [];
  const total = totals.reduce((s, v) => s + v, 0);
  if (!(total > 0)) return [];
  const monthTotals = monthlySum(monthly, present);
  const top = present[0];
  const topShare = totals[top] / total;
  if (topShare > MAJORITY_SHARE) {
    const p = shareSignTest(monthly[top], monthTotals, MAJORITY_SHARE);
    if (p > ALPHA) return [];
    return [
      {
        kind: "majority",
        id: `majority:${series.dimension}`,
        ...rated(topShare, p),
        test: "sign-test",
        measure: "revenue",
        dimension: series.dimension,
        member: labels[top],
        value: totals[top],
        share: topShare,
      },
    ];
  }
  if (present.length < MIN_PARETO_MEMBERS) return [];
  const topCount = Math.max(2, Math.ceil(PARETO_FRACTION * present.length));
  const group = present.slice(0, topCount);
  const groupShare = group.reduce((s, k) => s + totals[k], 0) / total;
  if (groupShare <= MAJORITY_SHARE) return [];
  const p = shareSignTest(monthlySum(monthly, group), monthTotals, MAJORITY_SHARE);
  if (p > ALPHA) return [];
  return [
    {
      kind: "pareto",
      id: `pareto:${series.dimension}`,
      ...rated(groupShare, p),
      test: "sign-test",
      measure: "revenue",
      dimension: series.dimension,
      topCount,
      memberCount: present.length,
      topShare: groupShare,
    },
  ];
}
