/**
 * One pass over the rows: exact scaled sums per month and per dimension member, lines per day
 * (for partial-month detection) and month × member revenue cubes (for pivots, contributions and
 * per-member trends). Everything else in the analysis works on these small arrays.
 */
import type { DimensionKind, SalesTable } from "../import/types";
import { firstDayOfOrdinal, monthOrdinalOfDay } from "./calendar";
import { decimalScale, toScaled } from "./exact-sum";

/** A month × member cube is kept only below this many cells (memory guard: 32 MB of doubles). */
export const MAX_CUBE_CELLS = 4_000_000;

export interface DimensionAggregate {
  header: string;
  kind: DimensionKind;
  labels: string[];
  /** Scaled revenue per member (whole period). */
  revenue: Float64Array;
  /** Scaled cost per member (lines with a cost only); null without cost. */
  cost: Float64Array | null;
  /** Lines per member, and lines without cost. */
  lines: Int32Array;
  missingCost: Int32Array;
  /** Scaled quantity per member; null without quantity. */
  quantity: Float64Array | null;
  missingQuantity: Int32Array;
  /** Scaled revenue, cube[monthIndex × memberCount + member]; null when too large. */
  cube: Float64Array | null;
  /** Scaled cost cube (same layout); null without cost or when too large. */
  costCube: Float64Array | null;
}

export interface Aggregates {
  rowCount: number;
  firstDay: number;
  lastDay: number;
  /** Month ordinal (year × 12 + month − 1) of the first month. */
  firstOrdinal: number;
  monthCount: number;
  /** Scales (powers of ten) of the scaled sums. */
  revenueScale: number;
  costScale: number;
  quantityScale: number;
  /** Per month (index = ordinal − firstOrdinal). Scaled sums. */
  revenue: Float64Array;
  cost: Float64Array | null;
  quantity: Float64Array | null;
  lines: Int32Array;
  missingCost: Int32Array;
  missingQuantity: Int32Array;
  /** Lines per day, index = day − firstDay. */
  dayLines: Int32Array;
  dimensions: DimensionAggregate[];
}

/** First and last day number present in the table; null when it has no rows. */
export function dateRange(
  date: Int32Array,
  rowCount: number
): { first: number; last: number } | null {
  if (rowCount === 0) return null;
  let first = date[0];
  let last = date[0];
  for (let i = 1; i < rowCount; i++) {
    const d = date[i];
    if (d < first) first = d;
    else if (d > last) last = d;
  }
  return { first, last };
}

/** Month index (0 = first month) of each day from `firstDay` to `lastDay`. */
export function dayToMonthIndex(
  firstDay: number,
  lastDay: number,
  firstOrdinal: number
): Int32Array {
  const map = new Int32Array(lastDay - firstDay + 1);
  let day = firstDay;
  while (day <= lastDay) {
    const ordinal = monthOrdinalOfDay(day);
    const index = ordinal - firstOrdinal;
    const end = Math.min(firstDayOfOrdinal(ordinal + 1) - 1, lastDay);
    map.fill(index, day - firstDay, end - firstDay + 1);
    day = end + 1;
  }
  return map;
}

/** Aggregates a sales table. Returns null for a table without rows. */
export function aggregateTable(table: SalesTable): Aggregates | null {
  const n = table.rowCount;
  const range = dateRange(table.date, n);
  if (range === null) return null;
  const { first: firstDay, last: lastDay } = range;
  const firstOrdinal = monthOrdinalOfDay(firstDay);
  const monthCount = monthOrdinalOfDay(lastDay) - firstOrdinal + 1;
  const monthOf = dayToMonthIndex(firstDay, lastDay, firstOrdinal);

  const rev = table.measures.revenue;
  const costCol = table.measures.cost ?? null;
  const qtyCol = table.measures.quantity ?? null;
  const revenueScale = decimalScale(table.decimals.revenue);
  const costScale = decimalScale(table.decimals.cost);
  const quantityScale = decimalScale(table.decimals.quantity);

  const revenue = new Float64Array(monthCount);
  const cost = costCol ? new Float64Array(monthCount) : null;
  const quantity = qtyCol ? new Float64Array(monthCount) : null;
  const lines = new Int32Array(monthCount);
  const missingCost = new Int32Array(monthCount);
  const missingQuantity = new Int32Array(monthCount);
  const dayLines = new Int32Array(lastDay - firstDay + 1);

  // Per-row scaled values are computed once and reused by every dimension.
  const revScaled = new Float64Array(n);
  const costScaled = costCol ? new Float64Array(n) : null;
  const qtyScaled = qtyCol ? new Float64Array(n) : null;
  const rowMonth = new Int32Array(n);
  const date = table.date;

  for (let i = 0; i < n; i++) {
    const dayIndex = date[i] - firstDay;
    const m = monthOf[dayIndex];
    rowMonth[i] = m;
    dayLines[dayIndex]++;
    lines[m]++;
    const r = rev[i];
    // The import never yields a missing revenue; count it as 0 rather than poison the sums.
    const rs = r === r ? toScaled(r, revenueScale) : 0;
    revScaled[i] = rs;
    revenue[m] += rs;
    if (costCol !== null) {
      const c = costCol[i];
      if (c === c) {
        const cs = toScaled(c, costScale);
        costScaled![i] = cs;
        cost![m] += cs;
      } else {
        costScaled![i] = NaN;
        missingCost[m]++;
      }
    }
    if (qtyCol !== null) {
      const q = qtyCol[i];
      if (q === q) {
        const qs = toScaled(q, quantityScale);
        qtyScaled![i] = qs;
        quantity![m] += qs;
      } else {
        qtyScaled![i] = NaN;
        missingQuantity[m]++;
      }
    }
  }

  const dimensions = table.dimensions.map((dim) =>
    aggregateDimension(
      dim.header,
      dim.kind,
      dim.labels,
      dim.codes,
      n,
      monthCount,
      rowMonth,
      revScaled,
      costScaled,
      qtyScaled
    )
  );

  return {
    rowCount: n,
    firstDay,
    lastDay,
    firstOrdinal,
    monthCount,
    revenueScale,
    costScale,
    quantityScale,
    revenue,
    cost,
    quantity,
    lines,
    missingCost,
    missingQuantity,
    dayLines,
    dimensions,
  };
}

/** Per-member sums and the month × member cube of one dimension. */
export function aggregateDimension(
  header: string,
  kind: DimensionKind,
  labels: string[],
  codes: Int32Array,
  n: number,
  monthCount: number,
  rowMonth: Int32Array,
  revScaled: Float64Array,
  costScaled: Float64Array | null,
  qtyScaled: Float64Array | null
): DimensionAggregate {
  const members = labels.length;
  const revenue = new Float64Array(members);
  const cost = costScaled ? new Float64Array(members) : null;
  const quantity = qtyScaled ? new Float64Array(members) : null;
  const lines = new Int32Array(members);
  const missingCost = new Int32Array(members);
  const missingQuantity = new Int32Array(members);
  const withCube = members * monthCount <= MAX_CUBE_CELLS;
  const cube = withCube ? new Float64Array(members * monthCount) : null;
  const costCube = withCube && costScaled ? new Float64Array(members * monthCount) : null;

  for (let i = 0; i < n; i++) {
    const code = codes[i];
    const r = revScaled[i];
    revenue[code] += r;
    lines[code]++;
    if (cube !== null) cube[rowMonth[i] * members + code] += r;
    if (costScaled !== null) {
      const c = costScaled[i];
      if (c === c) {
        cost![code] += c;
        if (costCube !== null) costCube[rowMonth[i] * members + code] += c;
      } else missingCost[code]++;
    }
    if (qtyScaled !== null) {
      const q = qtyScaled[i];
      if (q === q) quantity![code] += q;
      else missingQuantity[code]++;
    }
  }
  return {
    header,
    kind,
    labels,
    revenue,
    cost,
    lines,
    missingCost,
    quantity,
    missingQuantity,
    cube,
    costCube,
  };
}
