/**
 * What every insight shares: the significance levels, the score, the hypotheses an analysis tests
 * and the series they are computed on.
 *
 * Level (family-wise): every test an analysis runs is one hypothesis of a single family — every
 * member series, split, step, month and period tried counts, whether its fact is then big enough
 * to report or not — and the family goes through Holm's step-down procedure at FAMILY_ALPHA. So
 * the probability that an analysis of pure noise reports any fact at all is at most FAMILY_ALPHA,
 * however many members, dimensions and months the data has. (The former rule — each family at
 * 0.005 — let a 36-month table with a few dimensions run about 30 tests, and seeded pure noise
 * showed a fact in 2 % of data sets, a trend among them; see test/domain/analysis/insights/noise.test.ts.)
 *
 * Modelling choices are made at MODEL_ALPHA before the tests: seasonal adjustment of the series the
 * other tests see, and outlier months set aside from the estimates of the other tests. They state
 * nothing by themselves; seasonality and outliers are reported only when their own hypothesis also
 * passes the family-wise procedure (and the modelling level, so that what is said and what was used
 * agree).
 */
import { holmAdjusted } from "../stats/holm";
import type { Insight, InsightKind } from "../types";

/** Family-wise level: at most this share of pure-noise analyses report any fact. */
export const FAMILY_ALPHA = 0.05;
/** Level of the modelling choices (seasonal adjustment, outlier months set aside). */
export const MODEL_ALPHA = 0.005;
/** Fewest full months for a test on the monthly series. */
export const MIN_MONTHS = 8;
/** Fewest full months for the month-by-month sign tests on members. */
export const MIN_MONTHS_SIGN = 6;

/**
 * One hypothesis an analysis tests: the raw p-value of its test and the facts it would give when
 * rejected (none when the effect is too small to be worth a sentence, or the data shape allows no
 * fact: the test still counts, since it was run).
 */
export interface Hypothesis {
  /** What is tested, for counting and tests: e.g. "trend:member", "outlier", "targetGap". */
  family: string;
  /** Raw p-value of the test (before the family-wise correction). */
  pValue: number;
  insights: Insight[];
}

/**
 * The facts of the rejected hypotheses at family-wise level `alpha` (Holm), each with its
 * Holm-adjusted p-value (significance = 1 − adjusted p, score re-rated accordingly).
 */
export function familyWise(hypotheses: Hypothesis[], alpha: number = FAMILY_ALPHA): Insight[] {
  const adjusted = holmAdjusted(hypotheses.map((h) => h.pValue));
  const out: Insight[] = [];
  hypotheses.forEach((h, k) => {
    if (adjusted[k] > alpha) return;
    for (const insight of h.insights)
      out.push({ ...insight, ...rated(insight.impact, adjusted[k]) });
  });
  return out;
}

/** The facts of one hypothesis tested alone at level `alpha` (none when it is null or not rejected). */
export function atLevel(h: Hypothesis | null, alpha: number): Insight[] {
  return h !== null && h.pValue <= alpha ? h.insights : [];
}

/** Clamps to [0, 1] (NaN → 0). */
export function unit(x: number): number {
  return x > 0 ? (x < 1 ? x : 1) : 0;
}

/** score = impact × significance, each clamped to [0, 1]. */
export function score(impact: number, significance: number): number {
  return unit(impact) * unit(significance);
}

/** The common fields of an insight from its impact and p-value. */
export function rated(
  impact: number,
  pValue: number | null
): {
  impact: number;
  significance: number;
  score: number;
  pValue: number | null;
} {
  const significance = pValue === null ? 1 : unit(1 - pValue);
  return { impact: unit(impact), significance, score: score(impact, significance), pValue };
}

/** Order of kinds used to break score ties (most useful in a commentary first). */
export const KIND_ORDER: InsightKind[] = [
  "trend",
  "outstandingFirst",
  "contribution",
  "majority",
  "pareto",
  "changePoint",
  "seasonality",
  "outlier",
  "rateShift",
  "targetGap",
  "outstandingLast",
];

/** A full month of the series: its key and its values. */
export interface SeriesPoint {
  month: string;
  /** 1..12 */
  monthNumber: number;
  /** Index in the analysis' months. */
  index: number;
  /** Working-day adjusted revenue: what the monthly tests compare. */
  value: number;
  /** Revenue as booked. */
  actual: number;
  /** value = actual × factor (1 without adjustment). */
  factor: number;
}
