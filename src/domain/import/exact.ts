/**
 * Sums exact to the last decimal written in the source. Each imported amount is the double
 * nearest to its decimal text; a compensated (Neumaier) sum keeps the error of adding a million
 * of them far below half a unit of the last decimal, so rounding the sum to the column's
 * decimals (`SalesTable.decimals`) gives the exact decimal total. NaN values are skipped.
 */

/** Rounds to `decimals` places, halves away from zero (1.005 stays as its double says). */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const d = Math.max(0, Math.min(15, Math.round(decimals)));
  const scale = 10 ** d;
  const scaled = Math.abs(value) * scale;
  // The product may land a hair below the intended x.5 boundary: nudge by its own rounding error.
  const rounded = Math.round(scaled + scaled * Number.EPSILON) / scale;
  return value < 0 ? -rounded : rounded;
}

/** Running compensated sum. `add` skips NaN. */
export class ExactAccumulator {
  private sum = 0;
  private compensation = 0;
  /** Number of values added (NaN excluded). */
  count = 0;

  add(value: number): void {
    if (value !== value) return; // NaN
    const t = this.sum + value;
    if (Math.abs(this.sum) >= Math.abs(value)) this.compensation += this.sum - t + value;
    else this.compensation += value - t + this.sum;
    this.sum = t;
    this.count++;
  }

  /** The sum, rounded to `decimals` places (the decimals of the summed column). */
  total(decimals: number): number {
    return roundTo(this.sum + this.compensation, decimals);
  }

  /** The compensated sum, unrounded. */
  raw(): number {
    return this.sum + this.compensation;
  }
}

/**
 * Exact sum of `values` (NaN skipped), rounded to `decimals`. With `rows`, only those indexes.
 * Example: `sumExact(table.measures.cost!, table.decimals.cost ?? 2)`.
 */
export function sumExact(
  values: ArrayLike<number>,
  decimals: number,
  rows?: ArrayLike<number>
): number {
  const acc = new ExactAccumulator();
  if (rows) for (let k = 0; k < rows.length; k++) acc.add(values[rows[k]]);
  else for (let i = 0; i < values.length; i++) acc.add(values[i]);
  return acc.total(decimals);
}

/**
 * Exact sums grouped by an integer key (a month index, a dimension code): `keys[i]` in
 * [0, keyCount) is row i's group; rows with a key out of range are skipped.
 */
export function sumExactByKey(
  values: ArrayLike<number>,
  keys: ArrayLike<number>,
  keyCount: number,
  decimals: number
): Float64Array {
  const sums = new Float64Array(keyCount);
  const comps = new Float64Array(keyCount);
  const n = Math.min(values.length, keys.length);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const k = keys[i];
    if (v !== v || k < 0 || k >= keyCount) continue;
    const s = sums[k];
    const t = s + v;
    comps[k] += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    sums[k] = t;
  }
  for (let k = 0; k < keyCount; k++) sums[k] = roundTo(sums[k] + comps[k], decimals);
  return sums;
}
