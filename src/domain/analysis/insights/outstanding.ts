/**
 * Outstanding first / last (Tang et al., SIGMOD 2017, "Point" insights): sort the values in
 * descending order, fit a power law x ≈ a · rank^(−b) to all but the tested value, and ask how
 * unlikely the tested value's residual is given the residuals of the others.
 *
 * Refinements (each tested): residuals on logarithms (member sizes vary multiplicatively, so raw
 * residuals of a large member dwarf the others'); the residual is judged with a Student t prediction
 * interval (σ is estimated from few points); the last value is tested on values reflected
 * (max + min − x) for months, which are roughly symmetric around their level, and by extrapolating
 * the fit to the last rank for members. For members, the fact must also hold month after month: a
 * one-sided sign test that the member beats the runner-up in most full months (ALPHA_CONFIRM). The
 * p-value is the larger of the two (an intersection-union test, valid at the stated level).
 */
import { mean, sampleStandardDeviation } from "simple-statistics";
import type { OutstandingInsight } from "../types";
import { fitPowerLaw, powerLawAt } from "../stats/power-law";
import { binomialUpperTail, studentTTwoSidedP } from "../stats/distributions";
import { ALPHA, ALPHA_CONFIRM, MIN_MONTHS, MIN_MONTHS_SIGN, rated } from "./common";

/** Fewest members for a member test (the fit needs at least 4 other points). */
export const MIN_MEMBERS = 5;
/**
 * Smallest effect reported: the value must be at least 10 % above (first) or below (last) what the
 * power law predicts. Without it, near-noiseless data would make any tiny lead "significant".
 */
export const MIN_OUTSTANDING_EFFECT = 0.1;

/** Whether a test passed with a large enough effect. */
export function isOutstanding(
  test: OutstandingTest | null,
  value: number,
  kind: "first" | "last"
): test is OutstandingTest {
  if (test === null || test.pValue > ALPHA || !(test.predicted > 0)) return false;
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

/** One-sided p-value that `residual` exceeds residuals like `others` (t prediction interval). */
export function residualPValue(residual: number, others: number[]): number {
  const k = others.length;
  if (k < 3) return 1;
  const mu = mean(others);
  const sd = sampleStandardDeviation(others);
  if (!(sd > 0)) return residual > mu ? 0 : 1;
  const t = (residual - mu) / (sd * Math.sqrt(1 + 1 / k));
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
  return {
    index: order[0],
    predicted,
    pValue: residualPValue(Math.log(sorted[0]) - Math.log(predicted), residuals),
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
  return {
    index: order[n - 1],
    predicted,
    pValue: residualPValue(Math.log(predicted) - Math.log(sorted[n - 1]), residuals),
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
 * Outstanding first and last month among the full months (at least MIN_MONTHS). `value` is
 * tested (working-day adjusted); `actual` (the booked revenue, default `value`) is reported.
 */
export function outstandingMonths(
  points: { month: string; value: number; actual?: number }[]
): OutstandingInsight[] {
  if (points.length < MIN_MONTHS) return [];
  const values = points.map((p) => p.value);
  const actual = points.map((p) => p.actual ?? p.value);
  const total = actual.reduce((s, v) => s + v, 0);
  const avg = total / values.length;
  if (!(total > 0)) return [];
  const out: OutstandingInsight[] = [];
  const sortedIdx = descending(values);
  for (const kind of ["outstandingFirst", "outstandingLast"] as const) {
    const test =
      kind === "outstandingFirst" ? outstandingFirstTest(values) : outstandingLastReflected(values);
    if (test === null) continue;
    const p = points[test.index];
    if (!isOutstanding(test, p.value, kind === "outstandingFirst" ? "first" : "last")) continue;
    const runner = kind === "outstandingFirst" ? sortedIdx[1] : sortedIdx[sortedIdx.length - 2];
    out.push({
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
    });
  }
  return out;
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
 * Outstanding first and last members of a dimension. The runner-up comparison (first vs second,
 * last vs second-to-last) must hold month after month (sign test over ≥ MIN_MONTHS_SIGN full
 * months), so a member that is only first by the noise of one period is not reported.
 */
export function outstandingMembers(series: MemberSeries): OutstandingInsight[] {
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
  const out: OutstandingInsight[] = [];
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
    if (
      !isOutstanding(test, totals[k], kind === "outstandingFirst" ? "first" : "last") ||
      sign > ALPHA_CONFIRM
    )
      continue;
    const pValue = Math.max(test.pValue, sign);
    out.push({
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
    });
  }
  return out;
}
