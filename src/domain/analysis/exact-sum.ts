/**
 * Exact money sums. Each amount is turned into a whole number of its smallest unit (10^-decimals)
 * before summing: whole numbers below 2^53 add exactly in doubles, so a month of FoodMart costs
 * (4 decimals) sums to the same figure as a decimal calculator, then rounds once to the cent.
 */

/** Decimals assumed when the import does not say (4 covers cents and FoodMart's costs). */
export const DEFAULT_DECIMALS = 4;
/** More decimals than this would risk overflowing 2^53 on a million rows. */
export const MAX_DECIMALS = 6;

/** Power of ten at which amounts with `decimals` decimals are whole numbers. */
export function decimalScale(decimals: number | undefined): number {
  const d = decimals === undefined || !Number.isFinite(decimals) ? DEFAULT_DECIMALS : decimals;
  return 10 ** Math.min(MAX_DECIMALS, Math.max(0, Math.round(d)));
}

/** An amount as a whole number of 1/scale units. */
export function toScaled(value: number, scale: number): number {
  return Math.round(value * scale);
}

/** Largest magnitude a scaled sum may reach and stay exact. */
export const EXACT_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Rounds a scaled whole number (1/scale units) to the cent, half away from zero, in integer
 * arithmetic (no `x * 100` floating error), and returns the amount in currency units.
 */
export function scaledToCents(scaled: number, scale: number): number {
  if (scale <= 100) return (scaled * (100 / scale)) / 100;
  const divisor = scale / 100;
  const remainder = scaled % divisor;
  let cents = (scaled - remainder) / divisor;
  if (2 * Math.abs(remainder) >= divisor) cents += Math.sign(remainder);
  return cents / 100;
}

/** A scaled amount in currency units, unrounded (for ratios). */
export function scaledToUnits(scaled: number, scale: number): number {
  return scaled / scale;
}

/** Rounds a float amount to the cent, half away from zero (for derived figures, e.g. averages). */
export function roundCents(value: number): number {
  if (!Number.isFinite(value)) return value;
  const r = Math.round(Math.abs(value) * 100 + 1e-9) / 100;
  return value < 0 ? -r : r;
}

/**
 * Compensated (Neumaier) sum: a float sum with its rounding error carried along. Used where
 * amounts have no known number of decimals.
 */
export function neumaierSum(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/**
 * Exact sum of amounts with `decimals` decimals, rounded to the cent. Missing values (NaN) are
 * skipped. Falls back to a compensated sum if the scaled total would lose exactness.
 */
export function exactSum(values: ArrayLike<number>, decimals?: number): number {
  const scale = decimalScale(decimals);
  let scaled = 0;
  let magnitude = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const s = toScaled(v, scale);
    scaled += s;
    magnitude += Math.abs(s);
  }
  if (magnitude > EXACT_LIMIT) return roundCents(neumaierSum(values));
  return scaledToCents(scaled, scale);
}
