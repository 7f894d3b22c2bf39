/** Axis scales for the SVG charts: "nice" bounds and ticks as spreadsheet charts choose them. */

export interface LinearScale {
  min: number;
  max: number;
  ticks: number[];
  /** Position in [0, 1] of a value (0 = min). */
  at(value: number): number;
}

/** 1, 2, 2.5 or 5 × 10^k: the step closest to span / count. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** A scale that includes zero (columns start at zero) and every value, with about `count` steps. */
export function linearScale(values: (number | null)[], count = 5): LinearScale {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (lo === hi) hi = lo + 1;
  const step = niceStep(hi - lo, count);
  lo = Math.floor(lo / step + 1e-9) * step;
  hi = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step / 2; t += step)
    ticks.push(Math.abs(t) < step / 1e6 ? 0 : Number(t.toPrecision(12)));
  return { min: lo, max: hi, ticks, at: (v) => (v - lo) / (hi - lo) };
}

/** Which category labels to draw so that they do not overlap: every k-th. */
export function labelStride(count: number, bandWidth: number, labelWidth: number): number {
  if (bandWidth <= 0) return Math.max(1, count);
  return Math.max(1, Math.ceil(labelWidth / bandWidth));
}
