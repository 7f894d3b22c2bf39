/**
 * The monthly tracking series: every calendar month from the first to the last date, in order,
 * zero-filled, with gaps to the previous month, to the same month last year, year to date and to
 * target.
 */
import type { MonthFigures } from "./types";
import type { Aggregates } from "./aggregate";
import type { ScaledSums, Scales } from "./figures";
import type { PartialMonths } from "./partial";
import {
  fiscalYearStartOrdinal,
  isoOfDay,
  monthKeyOfOrdinal,
  monthNumberOfOrdinal,
  yearOfOrdinal,
} from "./calendar";
import { periodFigures } from "./figures";
import { percentChange } from "./rates";
import { roundCents, scaledToCents } from "./exact-sum";

/** Scaled sums of month `m` of the aggregates. */
export function monthSums(agg: Aggregates, m: number): ScaledSums {
  return {
    revenue: agg.revenue[m],
    cost: agg.cost ? agg.cost[m] : null,
    quantity: agg.quantity ? agg.quantity[m] : null,
    lines: agg.lines[m],
    missingCost: agg.missingCost[m],
    missingQuantity: agg.missingQuantity[m],
  };
}

/** Scales of the aggregates' sums. */
export function scalesOf(agg: Aggregates): Scales {
  return { revenue: agg.revenueScale, cost: agg.costScale, quantity: agg.quantityScale };
}

/** Difference of two cent amounts, rounded to the cent (no 0.1 + 0.2 residue). */
export function centDifference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : roundCents(a - b);
}

/** Sum of `values[from..to]` (inclusive), or null when the range leaves the series or holds a null. */
export function rangeSum(values: (number | null)[], from: number, to: number): number | null {
  if (from < 0 || to >= values.length || from > to) return null;
  let sum = 0;
  for (let i = from; i <= to; i++) {
    const v = values[i];
    if (v === null) return null;
    sum += v;
  }
  return roundCents(sum);
}

/** Exact sum of scaled revenues `scaled[from..to]` rounded to the cent; null when out of the series. */
export function scaledRangeSum(
  scaled: Float64Array,
  scale: number,
  from: number,
  to: number
): number | null {
  if (from < 0 || to >= scaled.length || from > to) return null;
  let sum = 0;
  for (let i = from; i <= to; i++) sum += scaled[i];
  return scaledToCents(sum, scale);
}

/**
 * Year-to-date window of month index `m`: months from the start of its (fiscal) year, clipped to
 * the first month of data.
 */
export function ytdWindow(
  m: number,
  firstOrdinal: number,
  fiscalStartMonth: number
): { from: number; full: boolean } {
  const start = fiscalYearStartOrdinal(firstOrdinal + m, fiscalStartMonth) - firstOrdinal;
  return { from: Math.max(0, start), full: start >= 0 };
}

/** The monthly series. `targets[m]` is month m's target or null. */
export function buildMonths(
  agg: Aggregates,
  partial: PartialMonths,
  targets: (number | null)[],
  fiscalStartMonth: number
): MonthFigures[] {
  const scales = scalesOf(agg);
  const count = agg.monthCount;
  const base = Array.from({ length: count }, (_, m) => periodFigures(monthSums(agg, m), scales));
  const revenues = base.map((f) => f.revenue);
  return base.map((fig, m) => {
    const ordinal = agg.firstOrdinal + m;
    const edge = m === count - 1 ? partial.last : m === 0 ? partial.first : null;
    const isPartial =
      (m === 0 && partial.first.partial) || (m === count - 1 && partial.last.partial);
    const prev = m > 0 ? revenues[m - 1] : null;
    const prevYear = m >= 12 ? revenues[m - 12] : null;
    const ytd = ytdWindow(m, agg.firstOrdinal, fiscalStartMonth);
    const ytdRevenue = scaledRangeSum(agg.revenue, agg.revenueScale, ytd.from, m)!;
    const prevYtdRevenue = ytd.full
      ? scaledRangeSum(agg.revenue, agg.revenueScale, ytd.from - 12, m - 12)
      : null;
    const target = targets[m] ?? null;
    const ytdTarget = ytd.full ? rangeSum(targets, ytd.from, m) : null;
    return {
      month: monthKeyOfOrdinal(ordinal),
      year: yearOfOrdinal(ordinal),
      monthNumber: monthNumberOfOrdinal(ordinal),
      ...fig,
      partial: isPartial,
      partialCoverage:
        isPartial && edge ? { from: isoOfDay(edge.from), to: isoOfDay(edge.to) } : null,
      prevMonthChange: centDifference(fig.revenue, prev),
      prevMonthChangePct: percentChange(fig.revenue, prev),
      prevYearRevenue: prevYear,
      prevYearChange: centDifference(fig.revenue, prevYear),
      prevYearChangePct: percentChange(fig.revenue, prevYear),
      ytdRevenue,
      ytdMonths: m - ytd.from + 1,
      prevYtdRevenue,
      ytdChangePct: percentChange(ytdRevenue, prevYtdRevenue),
      target,
      targetGap: centDifference(fig.revenue, target),
      targetGapPct: percentChange(fig.revenue, target),
      ytdTarget,
    };
  });
}
