/**
 * Breakdowns by a dimension (amounts, share, rank, long tail grouped as "Other" with exact
 * totals) and the month × dimension pivot.
 */
import type { Breakdown, BreakdownRow, MonthDimensionPivot, MonthKey } from "./types";
import type { DimensionAggregate } from "./aggregate";
import type { ScaledSums, Scales } from "./figures";
import { addSums, emptySums, periodFigures } from "./figures";
import { shareOf } from "./rates";
import { scaledToCents } from "./exact-sum";

/** Key of the grouped long-tail row. Readers label it ("Autres" / "Other"). */
export const OTHER_KEY = "Other";
export const DEFAULT_BREAKDOWN_LIMIT = 10;

/** Deterministic label order (code units, not locale): ties never depend on the machine. */
export function compareLabels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Member indexes sorted by descending value, ties by label. `values` are scaled sums (exact), so
 * equal amounts compare equal.
 */
export function rankMembers(values: ArrayLike<number>, labels: string[]): number[] {
  const order = Array.from({ length: labels.length }, (_, i) => i);
  return order.sort((a, b) => values[b] - values[a] || compareLabels(labels[a], labels[b]));
}

/** Scaled sums of one member. */
export function memberSums(dim: DimensionAggregate, k: number): ScaledSums {
  return {
    revenue: dim.revenue[k],
    cost: dim.cost ? dim.cost[k] : null,
    quantity: dim.quantity ? dim.quantity[k] : null,
    lines: dim.lines[k],
    missingCost: dim.missingCost[k],
    missingQuantity: dim.missingQuantity[k],
  };
}

/** A breakdown row from sums. */
export function breakdownRow(
  key: string,
  sums: ScaledSums,
  scales: Scales,
  totalRevenue: number,
  rank: number
): BreakdownRow {
  const f = periodFigures(sums, scales);
  return {
    key,
    revenue: f.revenue,
    cost: f.cost,
    margin: f.margin,
    marginRate: f.marginRate,
    markupRate: f.markupRate,
    quantity: f.quantity,
    lines: f.lines,
    share: shareOf(sums.revenue / scales.revenue, totalRevenue),
    rank,
  };
}

/**
 * Breakdown of a dimension: the `limit` largest members when there are at most `limit`, otherwise
 * the `limit − 1` largest and the rest grouped in `other` (its sums are exact, so rows + other =
 * total). Members without lines are left out.
 */
export function buildBreakdown(
  dim: DimensionAggregate,
  scales: Scales,
  totalRevenue: number,
  limit: number
): Breakdown {
  const present = rankMembers(dim.revenue, dim.labels).filter((k) => dim.lines[k] > 0);
  const shown = present.length <= limit ? present : present.slice(0, Math.max(1, limit - 1));
  const rest = present.slice(shown.length);
  const rows = shown.map((k, i) =>
    breakdownRow(dim.labels[k], memberSums(dim, k), scales, totalRevenue, i + 1)
  );
  let other: BreakdownRow | null = null;
  if (rest.length > 0) {
    const sums = emptySums(dim.cost !== null, dim.quantity !== null);
    for (const k of rest) addSums(sums, memberSums(dim, k));
    other = breakdownRow(OTHER_KEY, sums, scales, totalRevenue, 0);
  }
  return {
    dimension: dim.header,
    kind: dim.kind,
    rows,
    other,
    otherCount: rest.length,
    memberCount: present.length,
  };
}

/**
 * Month × member revenue of a dimension: the largest members as columns, the others summed per
 * month in `other`. Null when the dimension has no cube (too many members × months).
 */
export function buildPivot(
  dim: DimensionAggregate,
  monthKeys: MonthKey[],
  revenueScale: number,
  limit: number
): MonthDimensionPivot | null {
  const cube = dim.cube;
  if (cube === null) return null;
  const members = dim.labels.length;
  const present = rankMembers(dim.revenue, dim.labels).filter((k) => dim.lines[k] > 0);
  const shown = present.length <= limit ? present : present.slice(0, Math.max(1, limit - 1));
  const rest = present.slice(shown.length);
  const revenue = monthKeys.map((_, m) =>
    shown.map((k) => scaledToCents(cube[m * members + k], revenueScale))
  );
  const other =
    rest.length === 0
      ? null
      : monthKeys.map((_, m) =>
          scaledToCents(
            rest.reduce((s, k) => s + cube[m * members + k], 0),
            revenueScale
          )
        );
  return {
    dimension: dim.header,
    months: monthKeys,
    members: shown.map((k) => dim.labels[k]),
    revenue,
    other,
    otherCount: rest.length,
  };
}
