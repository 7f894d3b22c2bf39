/**
 * Trend over the months: Mann-Kendall test (monotonic trend, robust to outliers) with the
 * Theil–Sen slope expressed relative to the series mean. Run on the full months only (a partial
 * last month would fake a fall), after dividing by the seasonal indices when the series is seasonal.
 * A trend is reported when p ≤ ALPHA (Bonferroni-corrected over the member series tested) and the
 * fitted line moves by at least MIN_TREND_CHANGE of the mean over the period. A level shift
 * explains a monotonic pattern better than a line: the caller drops the trend of a series that has
 * a change point.
 */
import { mean } from "simple-statistics";
import type { TrendInsight } from "../types";
import { mannKendall, theilSen } from "../stats/trend";
import { ALPHA, MIN_MONTHS, rated } from "./common";

/** Smallest fitted change over the whole period, relative to the mean, worth a sentence. */
export const MIN_TREND_CHANGE = 0.05;

export interface TrendTest {
  pValue: number;
  slope: number;
  /** slope / mean. */
  slopeRelative: number;
  direction: "up" | "down";
  mean: number;
}

/** Mann-Kendall p-value and Theil–Sen slope of a series; null below MIN_MONTHS values. */
export function trendTest(values: number[]): TrendTest | null {
  if (values.length < MIN_MONTHS) return null;
  const mk = mannKendall(values);
  const { slope } = theilSen(values);
  const m = mean(values);
  return {
    pValue: mk.pValue,
    slope,
    slopeRelative: m > 0 ? slope / m : 0,
    direction: mk.s >= 0 ? "up" : "down",
    mean: m,
  };
}

/** Whether a trend test passes at level `alpha` with a large enough effect. */
export function isTrend(test: TrendTest | null, alpha: number = ALPHA): test is TrendTest {
  if (test === null || test.pValue > alpha || !(test.mean > 0) || test.slope === 0) return false;
  // Kendall's S and the Theil–Sen slope agree on the direction of a real trend.
  return Math.sign(test.slope) === (test.direction === "up" ? 1 : -1);
}

/** A trend series: the values of full months, and whose series it is. */
export interface TrendSeries {
  months: string[];
  values: number[];
  dimension?: string;
  member?: string;
  /**
   * For a member: its share of the total each month. The member's trend is reported only when its
   * share moves the same way significantly too, so members that merely follow the total's trend
   * are not reported one by one (the p-value is the larger of the two tests).
   */
  shares?: number[];
}

/**
 * Trend insight of one series, or null. `alpha` is the per-series level (ALPHA / number of series
 * for members). `totalMean` is the mean of the total series: the impact is the fitted change over
 * the period as a share of the average monthly total.
 */
export function trendInsight(
  series: TrendSeries,
  totalMean: number,
  alpha: number = ALPHA
): TrendInsight | null {
  const test = trendTest(series.values);
  if (!isTrend(test, alpha)) return null;
  let pValue = test.pValue;
  if (series.shares !== undefined) {
    const shareTest = trendTest(series.shares);
    if (!isTrend(shareTest, alpha) || shareTest.direction !== test.direction) return null;
    pValue = Math.max(pValue, shareTest.pValue);
  }
  const n = series.values.length;
  if (Math.abs(test.slope) * (n - 1) < MIN_TREND_CHANGE * test.mean) return null;
  const impact = totalMean > 0 ? (Math.abs(test.slope) * (n - 1)) / totalMean : 0;
  const member =
    series.member !== undefined ? { dimension: series.dimension!, member: series.member } : {};
  return {
    kind: "trend",
    id: series.member !== undefined ? `trend:${series.dimension}=${series.member}` : "trend",
    ...rated(impact, Math.min(1, pValue * (ALPHA / alpha))),
    test: "mann-kendall",
    measure: "revenue",
    direction: test.direction,
    from: series.months[0],
    to: series.months[n - 1],
    months: n,
    slopePerMonth: test.slope,
    slopeRelative: test.slopeRelative,
    ...member,
  };
}
