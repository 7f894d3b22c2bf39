/**
 * Majority and Pareto concentration in a dimension.
 * - majority: one member holds more than half of the revenue; confirmed when it holds more than
 *   half in most full months (one-sided sign test over ≥ MIN_MONTHS_SIGN months).
 * - pareto: the top 20 % of members (at least 2, dimensions of ≥ 10 members) hold more than half
 *   of the revenue, confirmed month by month the same way. Not reported when a single member
 *   already holds the majority.
 * One hypothesis per dimension ("this dimension is concentrated"), counted whether or not the
 * shares make a majority or Pareto test possible (p = 1 then).
 */
import type { MajorityInsight, ParetoInsight } from "../types";
import { binomialUpperTail } from "../stats/distributions";
import { FAMILY_ALPHA, MIN_MONTHS_SIGN, atLevel, rated, type Hypothesis } from "./common";
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

/** The concentration hypothesis of a dimension; null when it has too few months or members. */
export function concentrationHypothesis(series: MemberSeries): Hypothesis | null {
  const { monthly, totals, labels } = series;
  const present = ranked(series).filter((k) => totals[k] !== 0);
  if (
    monthly === null ||
    monthly.length === 0 ||
    monthly[0].length < MIN_MONTHS_SIGN ||
    present.length < 2
  )
    return null;
  const family = "concentration";
  const total = totals.reduce((s, v) => s + v, 0);
  if (!(total > 0)) return { family, pValue: 1, insights: [] };
  const monthTotals = monthlySum(monthly, present);
  const top = present[0];
  const topShare = totals[top] / total;
  if (topShare > MAJORITY_SHARE) {
    const p = shareSignTest(monthly[top], monthTotals, MAJORITY_SHARE);
    const insight: MajorityInsight = {
      kind: "majority",
      id: `majority:${series.dimension}`,
      ...rated(topShare, p),
      test: "sign-test",
      measure: "revenue",
      dimension: series.dimension,
      member: labels[top],
      value: totals[top],
      share: topShare,
    };
    return { family, pValue: p, insights: [insight] };
  }
  if (present.length < MIN_PARETO_MEMBERS) return { family, pValue: 1, insights: [] };
  const topCount = Math.max(2, Math.ceil(PARETO_FRACTION * present.length));
  const group = present.slice(0, topCount);
  const groupShare = group.reduce((s, k) => s + totals[k], 0) / total;
  if (groupShare <= MAJORITY_SHARE) return { family, pValue: 1, insights: [] };
  const p = shareSignTest(monthlySum(monthly, group), monthTotals, MAJORITY_SHARE);
  const insight: ParetoInsight = {
    kind: "pareto",
    id: `pareto:${series.dimension}`,
    ...rated(groupShare, p),
    test: "sign-test",
    measure: "revenue",
    dimension: series.dimension,
    topCount,
    memberCount: present.length,
    topShare: groupShare,
  };
  return { family, pValue: p, insights: [insight] };
}

/** Majority or Pareto concentration of a dimension tested alone at level `alpha`. */
export function concentrationInsights(
  series: MemberSeries,
  alpha: number = FAMILY_ALPHA
): (MajorityInsight | ParetoInsight)[] {
  return atLevel(concentrationHypothesis(series), alpha) as (MajorityInsight | ParetoInsight)[];
}
