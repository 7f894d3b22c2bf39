/**
 * Which members explain the change between two periods. Periods compared:
 * - month: the last two full months (a partial last month is never compared with a full one);
 * - year: the full months of the last year that has any whose same month a year before is in the
 *   data and full, against those same months a year before (like for like).
 */
import type { ComparedPeriods, Contribution, MonthFigures } from "./types";
import type { DimensionAggregate } from "./aggregate";
import { compareLabels } from "./breakdown";
import { scaledToCents } from "./exact-sum";
import { comparableIndexes, monthsByYear } from "./years";
import { MONEY_EPSILON } from "./rates";

/** Month indexes of the two periods compared (from, to), or null. */
export interface PeriodIndexes {
  period: "month" | "year";
  from: number[];
  to: number[];
  fromLabel: string;
  toLabel: string;
}

/** Index of the last month that is not partial, or −1. */
export function lastFullIndex(months: MonthFigures[]): number {
  for (let m = months.length - 1; m >= 0; m--) if (!months[m].partial) return m;
  return -1;
}

/** The last two full months, or null when there are not two. */
export function lastTwoMonths(months: MonthFigures[]): PeriodIndexes | null {
  const to = lastFullIndex(months);
  if (to < 1 || months[to - 1].partial) return null;
  return {
    period: "month",
    from: [to - 1],
    to: [to],
    fromLabel: months[to - 1].month,
    toLabel: months[to].month,
  };
}

/** The last year with like-for-like months against the year before, or null. */
export function lastTwoYears(
  months: MonthFigures[],
  firstOrdinal: number,
  fiscalStartMonth: number
): PeriodIndexes | null {
  const years = monthsByYear(firstOrdinal, months.length, fiscalStartMonth);
  for (let y = years.length - 1; y >= 1; y--) {
    const to = comparableIndexes(years[y].indexes, months);
    if (to.length === 0) continue;
    return {
      period: "year",
      from: to.map((m) => m - 12),
      to,
      fromLabel: years[y - 1].label,
      toLabel: years[y].label,
    };
  }
  return null;
}

/** Sum of a series over month indexes (scaled). */
function sumAt(series: (m: number) => number, indexes: number[]): number {
  let s = 0;
  for (const m of indexes) s += series(m);
  return s;
}

/** The compared periods as the contract shows them. */
export function comparedPeriods(
  p: PeriodIndexes,
  months: MonthFigures[],
  revenueScaled: Float64Array,
  scale: number
): ComparedPeriods {
  return {
    period: p.period,
    from: p.fromLabel,
    to: p.toLabel,
    months: p.to.map((m) => months[m].month),
    fromRevenue: scaledToCents(
      sumAt((m) => revenueScaled[m], p.from),
      scale
    ),
    toRevenue: scaledToCents(
      sumAt((m) => revenueScaled[m], p.to),
      scale
    ),
  };
}

/**
 * Each member's change between the periods and its share of the total change, largest absolute
 * change first (ties by label). Null when the dimension has no cube.
 */
export function memberContributions(
  dim: DimensionAggregate,
  p: PeriodIndexes,
  scale: number
): Contribution[] | null {
  const cube = dim.cube;
  if (cube === null) return null;
  const members = dim.labels.length;
  const rows: { k: number; from: number; to: number }[] = [];
  let totalFrom = 0;
  let totalTo = 0;
  for (let k = 0; k < members; k++) {
    const from = sumAt((m) => cube[m * members + k], p.from);
    const to = sumAt((m) => cube[m * members + k], p.to);
    totalFrom += from;
    totalTo += to;
    if (from !== 0 || to !== 0) rows.push({ k, from, to });
  }
  const totalChange = scaledToCents(totalTo - totalFrom, scale);
  rows.sort(
    (a, b) =>
      Math.abs(b.to - b.from) - Math.abs(a.to - a.from) ||
      compareLabels(dim.labels[a.k], dim.labels[b.k])
  );
  return rows.map((r) => {
    const change = scaledToCents(r.to - r.from, scale);
    return {
      member: dim.labels[r.k],
      from: scaledToCents(r.from, scale),
      to: scaledToCents(r.to, scale),
      change,
      shareOfChange: Math.abs(totalChange) < MONEY_EPSILON ? null : change / totalChange,
    };
  });
}
