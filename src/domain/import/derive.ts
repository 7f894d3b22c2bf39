/**
 * Measures computed when the source lacks them: revenue = quantity × unit price × (1 − discount)
 * (line by line, rounded to the cent as on an invoice), cost = revenue − margin,
 * margin = revenue − cost.
 */
import { roundTo } from "./exact";
import type { DerivedMeasure, Lang, MeasureRole } from "./types";

/** Display names of derived columns. */
export const DERIVED_NAMES: Record<Lang, { revenue: string; cost: string; profit: string }> = {
  fr: { revenue: "CA HT", cost: "Coût", profit: "Marge" },
  en: { revenue: "Revenue", cost: "Cost", profit: "Margin" },
};

/** Revenue of one line, rounded to the cent; a missing discount counts as none. */
export function lineRevenue(quantity: number, unitPrice: number, discount: number): number {
  return roundTo(quantity * unitPrice * (1 - (discount === discount ? discount : 0)), 2);
}

/** a − b row by row, rounded to `decimals` (NaN where either is missing). */
export function subtractColumns(a: Float64Array, b: Float64Array, decimals: number): Float64Array {
  const out = new Float64Array(a.length);
  const scale = 10 ** decimals;
  for (let i = 0; i < a.length; i++) {
    // roundTo's rounding (halves away from zero), inlined for a million rows.
    const x = (a[i] - b[i]) * scale;
    const r = Math.round(Math.abs(x) + Math.abs(x) * Number.EPSILON);
    out[i] = (x < 0 ? -r : r) / scale;
  }
  return out;
}

/** Measures of a table being built, with their headers and decimals. */
export interface MeasureSet {
  measures: Partial<Record<MeasureRole, Float64Array>> & { revenue: Float64Array };
  headers: Partial<Record<MeasureRole, string>>;
  decimals: Partial<Record<MeasureRole, number>>;
}

/**
 * Adds the cost (revenue − margin) or the margin (revenue − cost) when only the other is given,
 * at the larger of the two columns' decimals. Returns what was derived.
 */
export function deriveCostOrMargin(set: MeasureSet, lang: Lang): DerivedMeasure[] {
  const { measures, headers, decimals } = set;
  const names = DERIVED_NAMES[lang];
  if (!measures.cost && measures.profit) {
    const d = Math.max(decimals.revenue ?? 2, decimals.profit ?? 2);
    measures.cost = subtractColumns(measures.revenue, measures.profit, d);
    headers.cost = names.cost;
    decimals.cost = d;
    return ["cost"];
  }
  if (measures.cost && !measures.profit) {
    const d = Math.max(decimals.revenue ?? 2, decimals.cost ?? 2);
    measures.profit = subtractColumns(measures.revenue, measures.cost, d);
    headers.profit = names.profit;
    decimals.profit = d;
    return ["margin"];
  }
  return [];
}
