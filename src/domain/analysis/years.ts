/**
 * Figures per calendar or fiscal year, with the whole-year and like-for-like comparisons.
 */
import type { MonthFigures, YearFigures } from "./types";
import type { Aggregates } from "./aggregate";
import { fiscalYearLabel, fiscalYearOfOrdinal } from "./calendar";
import { addSums, emptySums, periodFigures } from "./figures";
import { monthSums, scalesOf } from "./months";
import { percentChange } from "./rates";
import { roundCents, scaledToCents } from "./exact-sum";

/** Month indexes grouped by (fiscal) year, in order. */
export function monthsByYear(
  firstOrdinal: number,
  monthCount: number,
  fiscalStartMonth: number
): { startYear: number; label: string; indexes: number[] }[] {
  const out: { startYear: number; label: string; indexes: number[] }[] = [];
  for (let m = 0; m < monthCount; m++) {
    const startYear = fiscalYearOfOrdinal(firstOrdinal + m, fiscalStartMonth);
    const last = out[out.length - 1];
    if (last && last.startYear === startYear) last.indexes.push(m);
    else out.push({ startYear, label: fiscalYearLabel(startYear, fiscalStartMonth), indexes: [m] });
  }
  return out;
}

/**
 * Like-for-like months of a year: its full months whose same month a year earlier is in the data
 * and full. Returns month indexes (current year).
 */
export function comparableIndexes(indexes: number[], months: MonthFigures[]): number[] {
  return indexes.filter((m) => m >= 12 && !months[m].partial && !months[m - 12].partial);
}

export function buildYears(
  agg: Aggregates,
  months: MonthFigures[],
  fiscalStartMonth: number,
  yearlyTargets: Record<string, number> | undefined
): YearFigures[] {
  const scales = scalesOf(agg);
  const years = monthsByYear(agg.firstOrdinal, agg.monthCount, fiscalStartMonth);
  const out: YearFigures[] = [];
  for (const y of years) {
    const sums = emptySums(agg.cost !== null, agg.quantity !== null);
    for (const m of y.indexes) addSums(sums, monthSums(agg, m));
    const fig = periodFigures(sums, scales);
    const complete = y.indexes.length === 12 && y.indexes.every((m) => !months[m].partial);
    const prev = out[out.length - 1];
    const prevComplete =
      prev !== undefined &&
      prev.complete &&
      prev.year === fiscalYearLabel(y.startYear - 1, fiscalStartMonth);
    const comparable = comparableIndexes(y.indexes, months);
    const sumOf = (idx: number[]) =>
      scaledToCents(
        idx.reduce((s, m) => s + agg.revenue[m], 0),
        agg.revenueScale
      );
    const comparableRevenue = comparable.length > 0 ? sumOf(comparable) : null;
    const prevComparable = comparable.length > 0 ? sumOf(comparable.map((m) => m - 12)) : null;
    const monthTargets = y.indexes.map((m) => months[m].target);
    const yearly = yearlyTargets?.[y.label];
    const target =
      yearly !== undefined && Number.isFinite(yearly)
        ? yearly
        : monthTargets.every((t) => t !== null)
          ? roundCents(monthTargets.reduce((s: number, t) => s + t!, 0))
          : null;
    out.push({
      year: y.label,
      ...fig,
      months: y.indexes.length,
      complete,
      prevYearChangePct: complete && prevComplete ? percentChange(fig.revenue, prev.revenue) : null,
      target,
      comparableMonths: comparable.length,
      comparableRevenue,
      prevYearComparableRevenue: prevComparable,
      comparableChangePct: percentChange(comparableRevenue, prevComparable),
    });
  }
  return out;
}
