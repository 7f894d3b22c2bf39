/**
 * What every insight shares: the significance levels, the score, and the series they are
 * computed on.
 *
 * Levels: every test is run at ALPHA = 0.005 (after a Bonferroni correction where several series or
 * candidates are tested), the sign tests of majority and Pareto shares included. Two checks that
 * only confirm a fact already found are run at ALPHA_CONFIRM = 0.01: the month-by-month sign test
 * of an outstanding member (after Tang's test) and the noise check of a target gap (after its
 * threshold).
 * With about ten test families per analysis, seeded pure-noise tables yield an insight in about
 * 1 data set in 20 (measured in test/domain/analysis/insights/noise.test.ts).
 */
import type { InsightKind } from "../types";

/** Level of the main tests (trend, outlier, change point, seasonality, outstanding, shifts). */
export const ALPHA = 0.005;
/** Level of confirmation tests (month-by-month stability, target gaps beyond noise). */
export const ALPHA_CONFIRM = 0.01;
/** Fewest full months for a test on the monthly series. */
export const MIN_MONTHS = 8;
/** Fewest full months for the month-by-month sign tests on members. */
export const MIN_MONTHS_SIGN = 6;

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
