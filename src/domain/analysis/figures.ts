/**
 * Period figures (revenue, cost, margin, rates, quantity, lines) from scaled exact sums.
 */
import type { PeriodFigures } from "./types";
import { scaledToCents, scaledToUnits } from "./exact-sum";
import { grossMargin, marginRate, markupRate } from "./rates";

/** Scaled sums of one period (month, year, member…), in the units of `Aggregates`. */
export interface ScaledSums {
  revenue: number;
  /** null when the source has no cost column. */
  cost: number | null;
  quantity: number | null;
  lines: number;
  missingCost: number;
  missingQuantity: number;
}

export interface Scales {
  revenue: number;
  cost: number;
  quantity: number;
}

/** Empty sums, to add periods into. */
export function emptySums(withCost: boolean, withQuantity: boolean): ScaledSums {
  return {
    revenue: 0,
    cost: withCost ? 0 : null,
    quantity: withQuantity ? 0 : null,
    lines: 0,
    missingCost: 0,
    missingQuantity: 0,
  };
}

/** a + b (in place on a), for combining months into years or totals. */
export function addSums(a: ScaledSums, b: ScaledSums): ScaledSums {
  a.revenue += b.revenue;
  if (a.cost !== null && b.cost !== null) a.cost += b.cost;
  if (a.quantity !== null && b.quantity !== null) a.quantity += b.quantity;
  a.lines += b.lines;
  a.missingCost += b.missingCost;
  a.missingQuantity += b.missingQuantity;
  return a;
}

/**
 * Exact margin, in currency units, from scaled revenue and cost of different scales: both are
 * brought to the larger scale so the difference stays a whole number, then rounded to the cent.
 */
export function exactMargin(revenue: number, cost: number, scales: Scales): number {
  const scale = Math.max(scales.revenue, scales.cost);
  return scaledToCents(revenue * (scale / scales.revenue) - cost * (scale / scales.cost), scale);
}

/**
 * Figures of a period. Amounts are the exact sums rounded to the cent; rates use the unrounded
 * sums. Cost, margin and rates are null when there is no cost column or when any line of the period
 * lacks a cost (a margin on part of the lines would be wrong); quantity likewise.
 */
export function periodFigures(sums: ScaledSums, scales: Scales): PeriodFigures {
  const revenue = scaledToCents(sums.revenue, scales.revenue);
  const hasCost = sums.cost !== null && sums.missingCost === 0;
  const cost = hasCost ? scaledToCents(sums.cost!, scales.cost) : null;
  const margin = hasCost ? exactMargin(sums.revenue, sums.cost!, scales) : null;
  const exactRevenue = scaledToUnits(sums.revenue, scales.revenue);
  const exactCost = hasCost ? scaledToUnits(sums.cost!, scales.cost) : null;
  const exactMarginUnits = grossMargin(exactRevenue, exactCost);
  return {
    revenue,
    cost,
    margin,
    markupRate: markupRate(exactMarginUnits, exactCost),
    marginRate: marginRate(exactMarginUnits, exactRevenue),
    quantity:
      sums.quantity !== null && sums.missingQuantity === 0
        ? scaledToUnits(sums.quantity, scales.quantity)
        : null,
    lines: sums.lines,
    missingCostLines: sums.cost === null ? sums.lines : sums.missingCost,
    missingQuantityLines: sums.quantity === null ? sums.lines : sums.missingQuantity,
  };
}
