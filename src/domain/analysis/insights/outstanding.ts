/**
 * Outstanding first / last (Tang et al., SIGMOD 2017, "Point" insights): sort the values in
 * descending order, fit a power law x ≈ a · rank^(−b) to all but the tested value, and ask how
 * unlikely the tested value's residual is given the residuals of the others.
 *
 * Refinements (each tested): residuals on logarithms (member sizes vary multiplicatively, so raw
 * residuals of a large member dwarf the others'); the residual is judged with the Student t
 * prediction interval of the log-log regression (σ is estimated from few points, and ranks 1 and
 * n lie outside the ranks fitted); the last value is tested on values reflected
 * (max + min − x) for months, which are roughly symmetric around their level, and by extrapolating
 * the fit to the last rank for members. For members, the fact must also hold month after month: a
 * one-sided sign test that the member beats the runner-up in most full months. The p-value is the
 * larger of the two (an intersection-union test: both must pass, valid at the level used).
 * Each (first, last) × (months, each dimension) is one hypothesis of the analysis.
 */
import { mean } from "simple-statistics";
import type { OutstandingInsight } from "../types";
import { fitPowerLaw, powerLawAt } from "../stats/power-law";
import { binomialUpperTail, studentTTwoSidedP } from "../stats/distributions";
import {
  FAMILY_ALPHA,
  MIN_MONTHS,
  MIN_MONTHS_SIGN,
  atLevel,
  rated,
  type Hypothesis,
} from "./common";

/** Fewest members for a member test (the fit needs at least 4 other points). */
export const MIN_MEMBERS = 5;
/**
 * Smallest effect reported: the value must be at least 10 % above (first) or below (last) what the
 * power law predicts. Without it, near-noiseless data would make any tiny lead "significant".
 */
export const MIN_OUTSTANDING_EFFECT = 0.1;

/** Whether a test passed at level `alpha` (1: any p) with a large enough effect. */
export function isOutstanding(
  test: OutstandingTest | null,
  value: number,
  kind: "first" | "last",
  alpha: number = FAMILY_ALPHA
): boolean {
  if (test === null || test.pValue > alpha || !(test.predicted > 0)) return false;
  const ratio = value / test.predicted;
  return kind === "first"
    ? ratio >= 1 + MIN_OUTSTANDING_EFFECT
    : ratio <= 1 / (1 + MIN_OUTSTANDING_EFFECT);
}

export interface OutstandingTest {
  /** Index (in the input) of the tested value. */
  index: number;
  /** Value the power law predicts for it. */
  predicted: number;
  /** One-sided p-value. */
  pValue: number;
}

/**
 * One-sided p-value that a new point at x0 lies `residual` above the least-squares line fitted on
 * the points `xs` (whose residuals are `residuals`): the Student t prediction interval, with
 * se = s √(1 + 1/k + (x0 − x̄)² / Sxx), s² = Σ residuals² / (k − 2), k − 2 degrees of freedom.
 * The leverage term matters: rank 1 (first) and rank n (last) lie outside the ranks fitted, and
 * leaving it out (as a first version did) made the top of a noisy power law "outstanding" at
 * p ≤ 0.005 six times too often.
 */
export function predictionPValue(
  residual: number,
  residuals: number[],
  xs: number[],
  x0: number
): number {
  const k = residuals.length;
  if (k < 3) return 1;
  const s = Math.sqrt(residuals.reduce((sum, r) => sum + r * r, 0) / (k - 2));
  if (!(s > 0)) return residual > 0 ? 0 : 1;
  const xBar = mean(xs);
  const sxx = xs.reduce((sum, x) => sum + (x - xBar) ** 2, 0);
  const leverage = 1 / k + (sxx > 0 ? (x0 - xBar) ** 2 / sxx : 0);
  const t = residual / (s * Math.sqrt(1 + leverage));
  const two = studentTTwoSidedP(t, k - 2);
  return t > 0 ? two / 2 : 1 - two / 2;
}

/** Descending order of indexes (ties: input order). */
function descending(values: number[]): number[] {
  return values.map((_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
}

/**
 * Tang's test that the largest value is outstanding. Values must all be > 0 and there must be at
 * least 5 of them; otherwise null.
 */
export function outstandingFirstTest(values: number[]): OutstandingTest | null {
  if (values.length < MIN_MEMBERS || values.some((v) => !(v > 0))) return null;
  const order = descending(values);
  const sorted = order.map((i) => values[i]);
  const ranks = sorted.map((_, r) => r + 1);
  const law = fitPowerLaw(ranks.slice(1), sorted.slice(1));
  const residuals = sorted.slice(1).map((v, r) => Math.log(v) - Math.log(powerLawAt(law, r + 2)));
  const predicted = powerLawAt(law, 1);
  const logRanks = ranks.slice(1).map(Math.log);
  return {
    index: order[0],
    predicted,
    pValue: predictionPValue(Math.log(sorted[0]) - Math.log(predicted), residuals, logRanks, 0),
  };
}

/**
 * Tang's test that the smallest value is outstanding (far below): the power law fitted on all but
 * the smallest is extrapolated to the last rank.
 */
export function outstandingLastTest(values: number[]): OutstandingTest | null {
  const n = values.length;
  if (n < MIN_MEMBERS || values.some((v) => !(v > 0))) return null;
  const order = descending(values);
  const sorted = order.map((i) => values[i]);
  const ranks = sorted.map((_, r) => r + 1);
  const law = fitPowerLaw(ranks.slice(0, n - 1), sorted.slice(0, n - 1));
  const residuals = sorted
    .slice(0, n - 1)
    .map((v, r) => Math.log(powerLawAt(law, r + 1)) - Math.log(v));
  const predicted = powerLawAt(law, n);
  const logRanks = ranks.slice(0, n - 1).map(Math.log);
  return {
    index: order[n - 1],
    predicted,
    pValue: predictionPValue(
      Math.log(predicted) - Math.log(sorted[n - 1]),
      residuals,
      logRanks,
      Math.log(n)
    ),
  };
}

/** Smallest value of a roughly symmetric series tested as the largest of its reflection. */
export function outstandingLastReflected(values: number[]): OutstandingTest | null {
  if (values.length === 0) return null;
  const max = Math.max(...values);
  const min = Math.min(...values);
  const test = outstandingFirstTest(values.map((v) => max + min - v));
  return test === null ? null : { ...test, predicted: max + min - test.predicted };
}

/** One-sided sign test that `a[i] > b[i]` in more periods than chance (ties dropped). */
export function signTestGreater(a: number[], b: number[]): number {
  let wins = 0;
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    n++;
    if (a[i] > b[i]) wins++;
  }
  return n === 0 ? 1 : binomialUpperTail(wins, n);
}

/**
 * Outstanding first and last month among the full months (at least MIN_MONTHS): two hypotheses.
 * `value` is tested (working-day adjusted); `actual` (the booked revenue, default `value`) is
 * reported.
 */
export function outstandingMonthHypotheses(
  points: { month: string; value: number; actual?: number }[]
): Hypothesis[] {
  if (points.length < MIN_MONTHS) return [];
  const values = points.map((p) => p.value);
  const actual = points.map((p) => p.actual ?? p.value);
  const total = actual.reduce((s, v) => s + v, 0);
  const avg = total / values.length;
  if (!(total > 0)) return [];
  const out: Hypothesis[] = [];
  const sortedIdx = descending(values);
  for (const kind of ["outstandingFirst", "outstandingLast"] as const) {
    const test =
      kind === "outstandingFirst" ? outstandingFirstTest(values) : outstandingLastReflected(values);
    if (test === null) continue;
    const family = `${kind}:month`;
    const p = points[test.index];
    if (!isOutstanding(test, p.value, kind === "outstandingFirst" ? "first" : "last", 1)) {
      out.push({ family, pValue: test.pValue, insights: [] });
      continue;
    }
    const runner = kind === "outstandingFirst" ? sortedIdx[1] : sortedIdx[sortedIdx.length - 2];
    const insight: OutstandingInsight = {
      kind,
      id: `${kind}:month`,
      // Impact: how far the month stands from what the others predict, relative to the prediction.
      ...rated(Math.abs(p.value - test.predicted) / test.predicted, test.pValue),
      test: "power-law-residual",
      measure: "revenue",
      scope: "month",
      subject: p.month,
      value: actual[test.index],
      share: actual[test.index] / total,
      runnerUp: { subject: points[runner].month, value: actual[runner] },
      average: avg,
    };
    out.push({ family, pValue: test.pValue, insights: [insight] });
  }
  return out;
}

/** Outstanding first and last month, each tested alone at level `alpha`. */
export function outstandingMonths(
  points: { month: string; value: number; actual?: number }[],
  alpha: number = FAMILY_ALPHA
): OutstandingInsight[] {
  return outstandingMonthHypotheses(points).flatMap(
    (h) => atLevel(h, alpha) as OutstandingInsight[]
  );
}

/** A dimension's members: labels, totals and their revenue in each full month. */
export interface MemberSeries {
  dimension: string;
  labels: string[];
  totals: number[];
  /** monthly[k][t]: member k's revenue in full month t (null when unknown). */
  monthly: number[][] | null;
}

/**
 * Outstanding first and last members of a dimension: two hypotheses. The runner-up comparison
 * (first vs second, last vs second-to-last) must hold month after month (sign test over
 * ≥ MIN_MONTHS_SIGN full months), so a member that is only first by the noise of one period is not
 * reported: the p-value is the larger of Tang's and the sign test's.
 */
export function outstandingMemberHypotheses(series: MemberSeries): Hypothesis[] {
  const { labels, totals, monthly } = series;
  if (monthly === null || monthly.length === 0 || monthly[0].length < MIN_MONTHS_SIGN) return [];
  // A member with a negative total (credit notes only) has no place on a power law: skip.
  if (totals.some((t) => t < 0)) return [];
  const positive = totals.map((_, i) => i).filter((i) => totals[i] > 0);
  if (positive.length < MIN_MEMBERS) return [];
  const values = positive.map((i) => totals[i]);
  const total = values.reduce((s, v) => s + v, 0);
  const avg = total / values.length;
  const order = descending(values);
  const out: Hypothesis[] = [];
  for (const kind of ["outstandingFirst", "outstandingLast"] as const) {
    const test =
      kind === "outstandingFirst" ? outstandingFirstTest(values) : outstandingLastTest(values);
    if (test === null) continue;
    const runnerPos = kind === "outstandingFirst" ? order[1] : order[order.length - 2];
    const k = positive[test.index];
    const r = positive[runnerPos];
    const sign =
      kind === "outstandingFirst"
        ? signTestGreater(monthly[k], monthly[r])
        : signTestGreater(monthly[r], monthly[k]);
    const pValue = Math.max(test.pValue, sign);
    const family = `${kind}:member`;
    if (!isOutstanding(test, totals[k], kind === "outstandingFirst" ? "first" : "last", 1)) {
      out.push({ family, pValue, insights: [] });
      continue;
    }
    const insight: OutstandingInsight = {
      kind,
      id: `${kind}:${series.dimension}`,
      ...rated(totals[k] / total, pValue),
      test: "power-law-residual",
      measure: "revenue",
      scope: { dimension: series.dimension },
      subject: labels[k],
      value: totals[k],
      share: totals[k] / total,
      runnerUp: { subject: labels[r], value: totals[r] },
      average: avg,
    };
    out.push({ family, pValue, insights: [insight] });
  }
  return out;
}

/** Outstanding first and last members of a dimension, each tested alone at level `alpha`. */
export function outstandingMembers(
  series: MemberSeries,
  alpha: number = FAMILY_ALPHA
): OutstandingInsight[] {
  return outstandingMemberHypotheses(series).flatMap(
    (h) => atLevel(h, alpha) as OutstandingInsight[]
  );
}
