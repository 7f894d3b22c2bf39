/**
 * Trend over the months: Mann-Kendall test (monotonic trend, robust to outliers) with the
 * Theil–Sen slope expressed relative to the series mean. Run on the full months only (a partial
 * last month would fake a fall), after dividing by the seasonal indices when the series is seasonal.
 * One hypothesis per series (the total, and each member series the caller tries); its fact is
 * reported when the family-wise procedure rejects it and the fitted line moves by at least
 * MIN_TREND_CHANGE of the mean over the period. A level shift explains a monotonic pattern better
 * than a line: the caller drops the trend of a series that has a change point.
 */
import { mean } from "simple-statistics";
import type { TrendInsight } from "../types";
import { mannKendall, theilSen } from "../stats/trend";
import { FAMILY_ALPHA, MIN_MONTHS, atLevel, rated, type Hypothesis } from "./common";

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

/** Whether a trend test passes at level `alpha` (1: any p) with a consistent direction. */
export function isTrend(test: TrendTest | null, alpha: number = FAMILY_ALPHA): test is TrendTest {
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
 * The trend hypothesis of one series (null below MIN_MONTHS values). For a member, the p-value is
 * the larger of the member's and its share's tests (intersection-union: both must trend, the same
 * way). `totalMean` is the mean of the total series: the impact is the fitted change over the
 * period as a share of the average monthly total.
 */
export function trendHypothesis(series: TrendSeries, totalMean: number): Hypothesis | null {
  const test = trendTest(series.values);
  if (test === null) return null;
  const family = series.member !== undefined ? "trend:member" : "trend";
  let pValue = test.pValue;
  let agrees = isTrend(test, 1);
  if (series.shares !== undefined) {
    const shareTest = trendTest(series.shares);
    pValue = Math.max(pValue, shareTest?.pValue ?? 1);
    agrees = agrees && isTrend(shareTest, 1) && shareTest.direction === test.direction;
  }
  const n = series.values.length;
  if (!agrees || Math.abs(test.slope) * (n - 1) < MIN_TREND_CHANGE * test.mean)
    return { family, pValue, insights: [] };
  const impact = totalMean > 0 ? (Math.abs(test.slope) * (n - 1)) / totalMean : 0;
  const member =
    series.member !== undefined ? { dimension: series.dimension!, member: series.member } : {};
  const insight: TrendInsight = {
    kind: "trend",
    id: series.member !== undefined ? `trend:${series.dimension}=${series.member}` : "trend",
    ...rated(impact, pValue),
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
  return { family, pValue, insights: [insight] };
}

/** Trend insight of one series tested alone at level `alpha`, or null. */
export function trendInsight(
  series: TrendSeries,
  totalMean: number,
  alpha: number = FAMILY_ALPHA
): TrendInsight | null {
  const [insight] = atLevel(trendHypothesis(series, totalMean), alpha);
  return (insight as TrendInsight | undefined) ?? null;
}
