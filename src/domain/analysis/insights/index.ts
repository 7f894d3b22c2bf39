/**
 * All insights of an analysis, ranked: score (impact × significance) descending, ties broken by
 * kind (KIND_ORDER) then id, so the order never depends on the platform.
 *
 * Monthly tests run on the FULL months (a partial first/last month is left out), on revenue
 * adjusted for the number of working days of each month when the data is daily (February is not
 * an "unusual month" for being short), and on seasonally adjusted values once seasonality is found.
 */
import type { Insight, MonthFigures } from "../types";
import type { Aggregates, DimensionAggregate } from "../aggregate";
import type { PeriodIndexes } from "../contributions";
import { memberContributions } from "../contributions";
import { robustSigma } from "../stats/robust";
import { KIND_ORDER, ALPHA, MIN_MONTHS, type SeriesPoint } from "./common";
import { outstandingMembers, outstandingMonths, type MemberSeries } from "./outstanding";
import { trendInsight } from "./trend";
import {
  deseasonalize,
  seasonalModel,
  seasonalityInsight,
  type SeasonalModel,
} from "./seasonality";
import { expectedValues, outlierInsights } from "./outlier";
import { changePointInsight } from "./change-point";
import { concentrationInsights } from "./concentration";
import { contributionInsight, lastChangePValue, pairedTPValue } from "./contribution";
import { rateShiftInsight } from "./rate-shift";
import { DEFAULT_TARGET_GAP_THRESHOLD, targetGapInsight } from "./target-gap";
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

/** Deterministic ranking. */
export function rankInsights(insights: Insight[]): Insight[] {
  return [...insights].sort(
    (a, b) =>
      b.score - a.score ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
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

export function findInsights(input: InsightInput): Insight[] {
  const { agg } = input;
  const full = fullMonthPoints(input.months, input.dayFactors ?? null);
  const values = full.map((p) => p.value);
  const monthNumbers = full.map((p) => p.monthNumber);
  const monthKeys = full.map((p) => p.month);
  const out: Insight[] = [];

  // Seasonality first: the other monthly tests work on seasonally adjusted values. An outlier
  // month pulls its calendar month's index towards it (and makes the same month of the other year
  // look like an outlier the other way): candidates are first judged against their season as seen
  // in the OTHER years; the most extreme is then left out of the seasonal estimate and the search
  // is run again, one outlier at a time.
  let model: SeasonalModel | null = seasonalModel(values, monthNumbers);
  let outliers = outlierInsights(full, model, true);
  const exclude = new Set<number>();
  const maxOutliers = Math.max(1, Math.floor(full.length / 12));
  while (model !== null && outliers.length > 0 && exclude.size < maxOutliers) {
    const candidates = outliers
      .map((o) => full.findIndex((p) => p.month === o.month))
      .filter((i) => !exclude.has(i));
    if (candidates.length === 0) break;
    const next = pickSeasonalOutlier(candidates, values, monthNumbers, exclude);
    exclude.add(next);
    model = seasonalModel(values, monthNumbers, exclude);
    outliers = outlierInsights(full, model);
  }
  const seasonal = seasonalityInsight(model);
  if (seasonal) out.push(seasonal);
  const adjusted = deseasonalize(values, monthNumbers, model);
  const totalMean = values.length > 0 ? values.reduce((s, v) => s + v, 0) / values.length : 0;

  // Outlier months are set to their expected value before looking for a shift of level, so one
  // unusual month is reported as such and does not fake a change point.
  out.push(...outliers);
  const expected = expectedValues(values, monthNumbers, model);
  const cleaned = adjusted.map((v, i) =>
    outliers.some((o) => o.month === full[i].month)
      ? deseasonalize([expected[i]], [monthNumbers[i]], model)[0]
      : v
  );
  const change = changePointInsight(full, cleaned);
  if (change) out.push(change);
  else {
    const trend = trendInsight({ months: monthKeys, values: adjusted }, totalMean);
    if (trend) out.push(trend);
  }

  out.push(
    ...outstandingMonths(full).filter(
      (o) =>
        !outliers.some(
          (x) =>
            x.month === o.subject && (x.direction === "high") === (o.kind === "outstandingFirst")
        )
    )
  );

  // Members: outstanding, concentration, trends (Bonferroni over every member series tested).
  const series = agg.dimensions.map((d) => memberSeries(d, full, agg.revenueScale));
  for (const s of series) {
    if (s.labels.length < 2) continue;
    out.push(...outstandingMembers(s));
    out.push(...concentrationInsights(s));
  }
  out.push(...memberTrends(series, monthKeys, monthNumbers, model, totalMean));
  const outlierMonths = new Set(outliers.map((o) => full.find((p) => p.month === o.month)!.index));
  out.push(...contributionAndRateInsights(input, full, adjusted, outlierMonths));
  out.push(...targetInsights(input, full, model));
  return rankInsights(out);
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
 * Trends of members whose share of the total moves too (Bonferroni over all the member series of
 * the dimensions with 2..MAX_TREND_MEMBERS members).
 */
function memberTrends(
  series: MemberSeries[],
  months: string[],
  monthNumbers: number[],
  model: SeasonalModel | null,
  totalMean: number
): Insight[] {
  const trendable = series.filter(
    (s) => s.monthly !== null && s.labels.length >= 2 && s.labels.length <= MAX_TREND_MEMBERS
  );
  const count = trendable.reduce((n, s) => n + s.labels.length, 0);
  const out: Insight[] = [];
  for (const s of trendable) {
    const monthTotals = months.map((_, t) => s.monthly!.reduce((sum, m) => sum + m[t], 0));
    s.labels.forEach((label, k) => {
      const own = s.monthly![k];
      const t = trendInsight(
        {
          months,
          values: deseasonalize(own, monthNumbers, model),
          dimension: s.dimension,
          member: label,
          shares: own.map((v, i) => (monthTotals[i] > 0 ? v / monthTotals[i] : 0)),
        },
        totalMean,
        ALPHA / count
      );
      if (t) out.push(t);
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
 * Contribution and margin rate shift insights for the last two months and years. The year tests
 * pair each month with the same month a year before, leaving out pairs that contain an outlier
 * month (one exceptional order must not decide whether a year's change is real); the figures
 * reported still cover every compared month.
 */
function contributionAndRateInsights(
  input: InsightInput,
  full: SeriesPoint[],
  adjusted: number[],
  outlierMonths: ReadonlySet<number>
): Insight[] {
  const { months, agg, periods } = input;
  const out: Insight[] = [];
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
    for (const dim of agg.dimensions) {
      if (dim.labels.length < 2) continue;
      const contributions = memberContributions(dim, p, agg.revenueScale);
      if (contributions === null) continue;
      const c = contributionInsight(
        p.period,
        p.fromLabel,
        p.toLabel,
        monthKeys,
        dim.header,
        contributions,
        fromRevenue,
        toRevenue,
        pValue
      );
      if (c) out.push(c);
    }

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
      ratePValue
    );
    if (shift) out.push(shift);
  }
  return out;
}

/** Target gaps of the full months and of the last year's full months. */
function targetInsights(
  input: InsightInput,
  full: SeriesPoint[],
  model: SeasonalModel | null
): Insight[] {
  const { months, agg, fiscalStartMonth } = input;
  const threshold = input.targetGapThreshold ?? DEFAULT_TARGET_GAP_THRESHOLD;
  if (!months.some((m) => m.target !== null)) return [];
  let sigma: number | null = null;
  if (full.length >= MIN_MONTHS) {
    const values = full.map((p) => p.value);
    const expected = expectedValues(
      values,
      full.map((p) => p.monthNumber),
      model
    );
    sigma = robustSigma(values.map((v, i) => v - expected[i]));
  }
  const out: Insight[] = [];
  for (const p of full) {
    const m = months[p.index];
    const g = targetGapInsight(m.month, m.revenue, m.target, threshold, sigma, 1);
    if (g) out.push(g);
  }
  const years = monthsByYear(agg.firstOrdinal, months.length, fiscalStartMonth);
  for (let y = years.length - 1; y >= 0; y--) {
    const idx = years[y].indexes.filter((m) => !months[m].partial);
    if (idx.length < 2) continue;
    if (idx.some((m) => months[m].target === null)) break;
    const actual = roundCents(idx.reduce((s, m) => s + months[m].revenue, 0));
    const target = roundCents(idx.reduce((s, m) => s + months[m].target!, 0));
    const g = targetGapInsight(years[y].label, actual, target, threshold, sigma, idx.length);
    if (g) out.push(g);
    break;
  }
  return out;
}
