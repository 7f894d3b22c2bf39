/** Builders of synthetic SalesTables for analysis tests (the import's contract, filled by hand). */
import type { DimensionKind, SalesTable } from "../../../src/domain/import/types";
import { dayOfIso } from "../../../src/domain/analysis/calendar";

export interface Row {
  date: string;
  revenue: number;
  cost?: number;
  quantity?: number;
  target?: number;
  dims?: Record<string, string>;
}

/** A SalesTable from row objects. Measures absent from every row are absent from the table. */
export function tableOf(
  rows: Row[],
  opts: {
    kinds?: Record<string, DimensionKind>;
    decimals?: SalesTable["decimals"];
    currency?: string | null;
  } = {}
): SalesTable {
  const n = rows.length;
  const has = (k: keyof Row) => rows.some((r) => r[k] !== undefined);
  const col = (k: "cost" | "quantity" | "target") =>
    Float64Array.from(rows, (r) => (r[k] === undefined ? NaN : r[k]!));
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r.dims ?? {})))];
  const dimensions = headers.map((header) => {
    const labels: string[] = [];
    const index = new Map<string, number>();
    const codes = Int32Array.from(rows, (r) => {
      const v = r.dims?.[header] ?? "";
      let c = index.get(v);
      if (c === undefined) {
        c = labels.length;
        labels.push(v);
        index.set(v, c);
      }
      return c;
    });
    return { header, kind: opts.kinds?.[header] ?? ("other" as DimensionKind), codes, labels };
  });
  const measures: SalesTable["measures"] = { revenue: Float64Array.from(rows, (r) => r.revenue) };
  if (has("cost")) measures.cost = col("cost");
  if (has("quantity")) measures.quantity = col("quantity");
  if (has("target")) measures.target = col("target");
  return {
    rowCount: n,
    date: Int32Array.from(rows, (r) => dayOfIso(r.date)),
    sourceRow: Int32Array.from(rows, (_, i) => i + 2),
    measures,
    measureHeaders: { revenue: "CA HT", cost: "Coût", quantity: "Qté", target: "Objectif" },
    dimensions,
    currency: opts.currency === undefined ? "EUR" : opts.currency,
    decimals: opts.decimals ?? { revenue: 2, cost: 2, quantity: 0, target: 2 },
  };
}

/** ISO date of day `day` (1-based) of month "YYYY-MM". */
export function dayOf(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, "0")}`;
}

/** "YYYY-MM" of `count` consecutive months from `start`. */
export function monthRange(start: string, count: number): string[] {
  const [y, m] = start.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const o = y * 12 + m - 1 + i;
    return `${Math.floor(o / 12)}-${String((o % 12) + 1).padStart(2, "0")}`;
  });
}

/** Last day number (28..31) of a "YYYY-MM" month. */
export function daysIn(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A monthly series as a table: month i's revenue split over every day of the month (so no month is
 * partial), one line per day, optional per-line cost ratio and dimension.
 */
export function seriesTable(
  start: string,
  values: number[],
  opts: {
    costRatio?: number | number[];
    dims?: (month: number, day: number) => Record<string, string>;
  } = {}
): SalesTable {
  const rows: Row[] = [];
  monthRange(start, values.length).forEach((month, i) => {
    const days = daysIn(month);
    const perDay = Math.round((values[i] / days) * 100) / 100;
    for (let d = 1; d <= days; d++) {
      const revenue =
        d === days ? Math.round((values[i] - perDay * (days - 1)) * 100) / 100 : perDay;
      const ratio = Array.isArray(opts.costRatio) ? opts.costRatio[i] : opts.costRatio;
      rows.push({
        date: dayOf(month, d),
        revenue,
        ...(ratio !== undefined ? { cost: Math.round(revenue * ratio * 100) / 100 } : {}),
        ...(opts.dims ? { dims: opts.dims(i, d) } : {}),
      });
    }
  });
  return tableOf(rows);
}
