/**
 * Ratios of the tracking table. Each returns null when the ratio is not meaningful (a reference
 * that is missing, zero or negative), never NaN or Infinity.
 */

/** Smallest reference amount treated as non-zero: half a cent. */
export const MONEY_EPSILON = 0.005;

/**
 * Change in % (as a fraction) from `reference` to `value`: (value − reference) / reference.
 * Null when either is missing or when the reference is zero or negative (a change from a loss or
 * from nothing has no meaningful percentage).
 */
export function percentChange(value: number | null, reference: number | null): number | null {
  if (value === null || reference === null) return null;
  if (!Number.isFinite(value) || !Number.isFinite(reference)) return null;
  if (reference < MONEY_EPSILON) return null;
  return (value - reference) / reference;
}

/** Gross margin = revenue − cost; null without cost. */
export function grossMargin(revenue: number, cost: number | null): number | null {
  return cost === null ? null : revenue - cost;
}

/** Markup rate, French "taux de marge" = margin / cost. Null when cost is missing or ≤ 0. */
export function markupRate(margin: number | null, cost: number | null): number | null {
  if (margin === null || cost === null || cost < MONEY_EPSILON) return null;
  return margin / cost;
}

/** Margin rate, French "taux de marque" = margin / revenue. Null when revenue is missing or ≤ 0. */
export function marginRate(margin: number | null, revenue: number | null): number | null {
  if (margin === null || revenue === null || revenue < MONEY_EPSILON) return null;
  return margin / revenue;
}

/** Share of a part in a positive total; null when the total is ≤ 0 (shares of a loss mean nothing). */
export function shareOf(part: number, total: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(total) || total < MONEY_EPSILON) return null;
  return part / total;
}
