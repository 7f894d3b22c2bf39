/**
 * All insights of an analysis, ranked: score (impact × significance) descending, ties broken by
 * kind (KIND_ORDER) then id, so the order never depends on the platform.
 *
 * Monthly tests run on the FULL months (a partial first/last month is left out), on revenue
 * adjusted for the number of working days of each month when the data is daily (February is not
 * an "unusual month" for being short), and on seasonally adjusted values once seasonality is found.
 *
 * Every test run is one hypothesis; all the hypotheses of the analysis go through Holm's procedure
 * at FAMILY_ALPHA together (see common.ts), so the stated level is the chance that pure noise
 * yields any fact at all, not the level of each of the dozens of tests.
 */
import type { Insight, MonthFigures } from "../types";
import type { Aggregates, DimensionAggregate } from "../aggregate";
import type { PeriodIndexes } from "../contributions";
import { memberContributions } from "../contributions";
import { sampleStandardDeviation } from "simple-statistics";
import {
  FAMILY_ALPHA,
  KIND_ORDER,
  MIN_MONTHS,
  MODEL_ALPHA,
  atLevel,
  familyWise,
  type Hypothesis,
  type SeriesPoint,
} from "./common";
import {
  outstandingMemberHypotheses,
  outstandingMonthHypotheses,
  type MemberSeries,
} from "./outstanding";
import { trendHypothesis } from "./trend";
import {
  deseasonalize,
  isSeasonal,
  seasonalModel,
  seasonalityHypothesis,
  type SeasonalModel,
} from "./seasonality";
import { expectedValues, maxOutlierMonths, outlierHypotheses } from "./outlier";
import { changePointHypothesis } from "./change-point";
import { concentrationHypothesis } from "./concentration";
import { contributionInsight, lastChangePValue, pairedTPValue } from "./contribution";
import { rateShiftInsight } from "./rate-shift";
import {
  DEFAULT_TARGET_GAP_THRESHOLD,
  targetGapHypothesis,
  targetGapInsight,
  type MonthlyNoise,
} from "./target-gap";
import { monthsByYear } from "../years";
import { roundCents } from "../exact-sum";

/** Dimensions with more members than this get no per-member trend test. */
export const MAX_TREND_MEMBERS = 12;

export interface InsightInput {
  months: MonthFigures[];
  agg: Aggregates;
  periods: { month: PeriodIndexes | null; year: PeriodIndexes | null };
  fiscalStartMonth: number;
  /** Working-day adjustment factor per month (null: no adjustment). */
  dayFactors?: number[] | null;
  targetGapThreshold?: number;
}

/** Scores are compared to this precision: closer ones are ties (floating-point noise, cents). */
export const SCORE_PRECISION = 1e-4;

/**
 * When a fact is about, as a sortable key: "YYYY-MM" for a month, "YYYY-13" for a (fiscal) year
 * (a year's fact sorts after its months: at equal score, the year's gap is the better summary);
 * "" when the fact has no date.
 */
export function recencyKey(insight: Insight): string {
  const year = (label: string) => `${label.slice(-4)}-13`;
  const at = (period: string) => (/^\d{4}-\d{2}$/.test(period) ? period : year(period));
  switch (insight.kind) {
    case "targetGap":
      return at(insight.period);
    case "outlier":
    case "changePoint":
      return insight.month;
    case "contribution":
    case "rateShift":
      return at(insight.to);
    case "trend":
      return insight.to;
    default:
      return "";
  }
}

/**
 * Deterministic ranking: score (to SCORE_PRECISION) descending, then kind (KIND_ORDER), then the
 * most recent first (twelve months beating their target by the same margin: the latest months and
 * the year's gap are the news, not January), then id.
 */
export function rankInsights(insights: Insight[]): Insight[] {
  const bucket = (x: number) => Math.round(x / SCORE_PRECISION);
  return [...insights].sort((a, b) => {
    const ra = recencyKey(a);
    const rb = recencyKey(b);
    return (
      bucket(b.score) - bucket(a.score) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (ra > rb ? -1 : ra < rb ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
}

/** The full months of the series (partial first/last left out), with their adjusted value. */
export function fullMonthPoints(
  months: MonthFigures[],
  dayFactors: number[] | null = null
): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  months.forEach((m, index) => {
    if (m.partial) return;
    const factor = dayFactors?.[index] ?? 1;
    points.push({
      month: m.month,
      monthNumber: m.monthNumber,
      index,
      value: m.revenue * factor,
      actual: m.revenue,
      factor,
    });
  });
  return points;
}

/** A dimension's totals and full-month series (working-day adjusted), in currency units. */
export function memberSeries(
  dim: DimensionAggregate,
  full: SeriesPoint[],
  scale: number
): MemberSeries {
  const members = dim.labels.length;
  const cube = dim.cube;
  return {
    dimension: dim.header,
    labels: dim.labels,
    totals: Array.from(dim.revenue, (v) => v / scale),
    monthly:
      cube === null
        ? null
        : Array.from({ length: members }, (_, k) =>
            full.map((p) => (cube[p.index * members + k] / scale) * p.factor)
          ),
  };
}

/** What an analysis tested, and the facts that are not statistical claims. */
export interface InsightTests {
  /** Every hypothesis tested, with its raw p-value and the facts it would give. */
  hypotheses: Hypothesis[];
  /** Target gaps judged by their threshold alone (too few months to know the noise). */
  thresholdFacts: Insight[];
}

/**
 * The insights of an analysis: its hypotheses judged together by Holm at level `alpha`, then two
 * facts that another one explains better are dropped (the total's trend when a change of level is
 * reported; a best or worst month that is a reported outlier the same way). Ranked.
 */
export function findInsights(input: InsightInput, alpha: number = FAMILY_ALPHA): Insight[] {
  return judgeInsights(testInsights(input), alpha);
}

/** The facts of tested hypotheses at family-wise level `alpha`, plus the threshold facts, ranked. */
export function judgeInsights(tests: InsightTests, alpha: number = FAMILY_ALPHA): Insight[] {
  const reported = familyWise(tests.hypotheses, alpha);
  const changePoint = reported.some((i) => i.kind === "changePoint");
  const kept = reported.filter((i) => {
    if (i.kind === "trend") return !(changePoint && i.member === undefined);
    if ((i.kind === "outstandingFirst" || i.kind === "outstandingLast") && i.scope === "month")
      return !reported.some(
        (x) =>
          x.kind === "outlier" &&
          x.month === i.subject &&
          (x.direction === "high") === (i.kind === "outstandingFirst")
      );
    return true;
  });
  return rankInsights([...kept, ...tests.thresholdFacts]);
}

/** Every hypothesis an analysis tests (see the module comment), none judged yet. */
export function testInsights(input: InsightInput): InsightTests {
  const { agg } = input;
  const full = fullMonthPoints(input.months, input.dayFactors ?? null);
  const values = full.map((p) => p.value);
  const monthNumbers = full.map((p) => p.monthNumber);
  const monthKeys = full.map((p) => p.month);
  const hypotheses: Hypothesis[] = [];
  const add = (h: Hypothesis | null) => {
    if (h !== null) hypotheses.push(h);
  };

  // Seasonality first: the other monthly tests work on seasonally adjusted values. An outlier
  // month pulls its calendar month's index towards it (and makes the same month of the other year
  // look like an outlier the other way): candidates are first judged against their season as seen
  // in the OTHER years; the most extreme is then left out of the seasonal estimate and the search
  // is run again, one outlier at a time. These are modelling choices, at MODEL_ALPHA.
  let model: SeasonalModel | null = seasonalModel(values, monthNumbers);
  let leaveOneOut = true;
  const modelOutliers = () =>
    outlierHypotheses(full, model, leaveOneOut).flatMap((h) => atLevel(h, MODEL_ALPHA));
  let outliers = modelOutliers();
  const exclude = new Set<number>();
  const maxOutliers = maxOutlierMonths(full.length);
  while (model !== null && outliers.length > 0 && exclude.size < maxOutliers) {
    const candidates = outliers
      .map((o) => full.findIndex((p) => o.kind === "outlier" && p.month === o.month))
      .filter((i) => !exclude.has(i));
    if (candidates.length === 0) break;
    const next = pickSeasonalOutlier(candidates, values, monthNumbers, exclude);
    exclude.add(next);
    model = seasonalModel(values, monthNumbers, exclude);
    leaveOneOut = false;
    outliers = modelOutliers();
  }
  add(seasonalityHypothesis(model));
  hypotheses.push(...outlierHypotheses(full, model, leaveOneOut));
  const outlierIndexes = new Set(
    outliers.map((o) => full.findIndex((p) => o.kind === "outlier" && p.month === o.month))
  );
  const adjusted = deseasonalize(values, monthNumbers, model);
  const totalMean = values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : 0;

  // Outlier months are set to their expected value before looking for a shift of level, so one
  // unusual month is reported as such and does not fake a change point.
  const expected = expectedValues(values, monthNumbers, model);
  const cleaned = adjusted.map((v, i) =>
    outlierIndexes.has(i) ? deseasonalize([expected[i]], [monthNumbers[i]], model)[0] : v
  );
  add(changePointHypothesis(full, cleaned));
  add(trendHypothesis({ months: monthKeys, values: adjusted }, totalMean));
  hypotheses.push(...outstandingMonthHypotheses(full));

  // Members: outstanding, concentration, trends: one hypothesis per dimension or member series.
  const series = agg.dimensions.map((d) => memberSeries(d, full, agg.revenueScale));
  for (const s of series) {
    if (s.labels.length < 2) continue;
    hypotheses.push(...outstandingMemberHypotheses(s));
    add(concentrationHypothesis(s));
  }
  hypotheses.push(...memberTrendHypotheses(series, monthKeys, monthNumbers, model, totalMean));
  const outlierMonths = new Set([...outlierIndexes].map((i) => full[i].index));
  hypotheses.push(...contributionAndRateHypotheses(input, full, adjusted, outlierMonths));
  const targets = targetHypotheses(input, full, model, outlierIndexes);
  hypotheses.push(...targets.hypotheses);
  return { hypotheses, thresholdFacts: targets.thresholdFacts };
}

/**
 * Which outlier candidate to leave out of the seasonal estimate: the most extreme one, unless
 * another candidate falls in the same calendar month (with two years, an exceptional June makes
 * the other June look exceptional the other way, and the data alone cannot tell which is which):
 * then the one whose removal leaves the least seasonal index for that month (closest to 1).
 */
export function pickSeasonalOutlier(
  candidates: number[],
  values: number[],
  monthNumbers: number[],
  exclude: ReadonlySet<number>
): number {
  const first = candidates[0];
  const same = candidates.filter((i) => monthNumbers[i] === monthNumbers[first]);
  if (same.length < 2) return first;
  let best = first;
  let bestDistance = Infinity;
  for (const c of same) {
    const m = seasonalModel(values, monthNumbers, new Set([...exclude, c]));
    const distance = m === null ? Infinity : Math.abs(Math.log(m.indices[monthNumbers[c] - 1]));
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Trend hypotheses of the members of the dimensions with 2..MAX_TREND_MEMBERS members, one per
 * member series; a member's trend is a fact only when its share of the total moves too.
 */
function memberTrendHypotheses(
  series: MemberSeries[],
  months: string[],
  monthNumbers: number[],
  model: SeasonalModel | null,
  totalMean: number
): Hypothesis[] {
  const trendable = series.filter(
    (s) => s.monthly !== null && s.labels.length >= 2 && s.labels.length <= MAX_TREND_MEMBERS
  );
  const out: Hypothesis[] = [];
  for (const s of trendable) {
    const monthTotals = months.map((_, t) => s.monthly!.reduce((sum, m) => sum + m[t], 0));
    s.labels.forEach((label, k) => {
      const own = s.monthly![k];
      const h = trendHypothesis(
        {
          months,
          values: deseasonalize(own, monthNumbers, model),
          dimension: s.dimension,
          member: label,
          shares: own.map((v, i) => (monthTotals[i] > 0 ? v / monthTotals[i] : 0)),
        },
        totalMean
      );
      if (h) out.push(h);
    });
  }
  return out;
}

/** Margin rate of a set of months (margin sum / revenue sum); null when a margin is unknown. */
function rateOf(months: MonthFigures[], idx: number[]): number | null {
  let margin = 0;
  let revenue = 0;
  for (const m of idx) {
    if (months[m].margin === null) return null;
    margin += months[m].margin!;
    revenue += months[m].revenue;
  }
  return revenue > 0 ? margin / revenue : null;
}

/**
 * Contribution and margin rate shift hypotheses for the last two months and years: per period,
 * one for the total's change (its facts: the member of each dimension that explains it) and one
 * for the margin rate. The year tests pair each month with the same month a year before, leaving
 * out pairs that contain an outlier month (one exceptional order must not decide whether a year's
 * change is real); the figures reported still cover every compared month.
 */
function contributionAndRateHypotheses(
  input: InsightInput,
  full: SeriesPoint[],
  adjusted: number[],
  outlierMonths: ReadonlySet<number>
): Hypothesis[] {
  const { months, agg, periods } = input;
  const out: Hypothesis[] = [];
  for (const p of [periods.month, periods.year]) {
    if (p === null) continue;
    const fromRevenue = roundCents(p.from.reduce((s, m) => s + months[m].revenue, 0));
    const toRevenue = roundCents(p.to.reduce((s, m) => s + months[m].revenue, 0));
    const upTo = full.findIndex((f) => f.index === p.to[0]);
    const pairs = p.to
      .map((to, k) => [p.from[k], to])
      .filter(([from, to]) => !outlierMonths.has(from) && !outlierMonths.has(to));
    const pValue =
      p.period === "month"
        ? upTo >= 0
          ? lastChangePValue(adjusted.slice(0, upTo + 1))
          : null
        : pairedTPValue(
            pairs.map(([from]) => months[from].revenue),
            pairs.map(([, to]) => months[to].revenue)
          );
    const monthKeys = p.to.map((m) => months[m].month);
    const explained: Insight[] = [];
    let explainable = false;
    for (const dim of agg.dimensions) {
      if (dim.labels.length < 2) continue;
      const contributions = memberContributions(dim, p, agg.revenueScale);
      if (contributions === null) continue;
      explainable = true;
      const c = contributionInsight(
        p.period,
        p.fromLabel,
        p.toLabel,
        monthKeys,
        dim.header,
        contributions,
        fromRevenue,
        toRevenue,
        pValue,
        1
      );
      if (c) explained.push(c);
    }
    if (pValue !== null && explainable)
      out.push({ family: "contribution", pValue, insights: explained });

    const before = rateOf(months, p.from);
    const after = rateOf(months, p.to);
    let ratePValue: number | null = null;
    if (before !== null && after !== null) {
      if (p.period === "month") {
        const rates = full.slice(0, upTo + 1).map((f) => months[f.index].marginRate);
        const start = rates.findIndex((r) => r !== null);
        const tail = start < 0 ? [] : rates.slice(start);
        ratePValue = tail.every((r) => r !== null) ? lastChangePValue(tail as number[]) : null;
      } else {
        const b = pairs.map(([from]) => months[from].marginRate);
        const a = pairs.map(([, to]) => months[to].marginRate);
        ratePValue =
          b.every((r) => r !== null) && a.every((r) => r !== null)
            ? pairedTPValue(b as number[], a as number[])
            : null;
      }
    }
    const shift = rateShiftInsight(
      p.period,
      p.fromLabel,
      p.toLabel,
      monthKeys,
      before,
      after,
      ratePValue,
      1
    );
    if (ratePValue !== null)
      out.push({ family: "rateShift", pValue: ratePValue, insights: shift ? [shift] : [] });
  }
  return out;
}

/**
 * Target gaps of the full months and of the last year's full months: one hypothesis each when the
 * monthly noise is known, else facts by the threshold alone. The noise is the standard deviation of
 * the full months' residuals from their expected value (trend × season), outlier months left out;
 * its degrees of freedom are the residuals less the parameters fitted (line, and 11 seasonal
 * indices when the series is seasonally adjusted).
 */
function targetHypotheses(
  input: InsightInput,
  full: SeriesPoint[],
  model: SeasonalModel | null,
  outlierIndexes: ReadonlySet<number>
): InsightTests {
  const { months, agg, fiscalStartMonth } = input;
  const threshold = input.targetGapThreshold ?? DEFAULT_TARGET_GAP_THRESHOLD;
  const out: InsightTests = { hypotheses: [], thresholdFacts: [] };
  if (!months.some((m) => m.target !== null)) return out;
  let noise: MonthlyNoise | null = null;
  if (full.length >= MIN_MONTHS) {
    const values = full.map((p) => p.value);
    const expected = expectedValues(
      values,
      full.map((p) => p.monthNumber),
      model
    );
    const residuals = values
      .map((v, i) => v - expected[i])
      .filter((_, i) => !outlierIndexes.has(i));
    const df = residuals.length - 2 - (isSeasonal(model) ? 11 : 0);
    if (df >= 1) noise = { sigma: sampleStandardDeviation(residuals), df };
  }
  const judge = (
    period: string,
    gap: number,
    actual: number,
    target: number | null,
    count: number
  ) => {
    // The test compares the gap in working-day adjusted terms, like the noise.
    const h = targetGapHypothesis(period, actual, target, threshold, noise, count, gap);
    if (h !== null) out.hypotheses.push(h);
    else {
      const fact = targetGapInsight(period, actual, target, threshold, null, count);
      if (fact) out.thresholdFacts.push(fact);
    }
  };
  for (const p of full) {
    const m = months[p.index];
    judge(
      m.month,
      m.target === null ? 0 : (m.revenue - m.target) * p.factor,
      m.revenue,
      m.target,
      1
    );
  }
  const years = monthsByYear(agg.firstOrdinal, months.length, fiscalStartMonth);
  for (let y = years.length - 1; y >= 0; y--) {
    const idx = years[y].indexes.filter((m) => !months[m].partial);
    if (idx.length < 2) continue;
    if (idx.some((m) => months[m].target === null)) break;
    const actual = roundCents(idx.reduce((s, m) => s + months[m].revenue, 0));
    const target = roundCents(idx.reduce((s, m) => s + months[m].target!, 0));
    const gap = full
      .filter((p) => idx.includes(p.index))
      .reduce((s, p) => s + (months[p.index].revenue - months[p.index].target!) * p.factor, 0);
    judge(years[y].label, gap, actual, target, idx.length);
    break;
  }
  return out;
}
