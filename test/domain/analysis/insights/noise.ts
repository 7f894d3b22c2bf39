/**
 * Seeded pure-noise sales tables: every line's amount, date within the selling days and members
 * are drawn independently from the same distributions, so no fact is real. Used to check that no
 * insight comes out of noise (beyond the stated family-wise level).
 */
import type { DimensionKind, SalesTable } from "../../../../src/domain/import/types";
import type { AnalysisOptions } from "../../../../src/domain/analysis/types";
import { mulberry32, normal, randomInt } from "../../../../src/domain/sample/random";
import { dayOfIso, isoOfDay } from "../../../../src/domain/analysis/calendar";

export interface NoiseOptions {
  months: number;
  linesPerDay?: number;
  regions?: number;
  ranges?: number;
  customers?: number;
  /** Further dimensions (salespeople, products): none unless given. */
  salespeople?: number;
  products?: number;
  /** Relative noise of each line's amount (lognormal σ). */
  sigma?: number;
  /** Sales Monday to Friday only (the working-day adjustment then matters). */
  weekdaysOnly?: boolean;
  /** The last month stops on this day (a partial month). */
  lastDay?: number;
}

/** Expected amount of one line: 100 × E[exp(σZ)] = 100 × exp(σ²/2). */
export function expectedLine(sigma = 0.5): number {
  return 100 * Math.exp((sigma * sigma) / 2);
}

export function noiseTable(seed: number, o: NoiseOptions): SalesTable {
  const random = mulberry32(seed);
  const sigma = o.sigma ?? 0.5;
  const start = dayOfIso("2022-01-01");
  let end =
    dayOfIso(
      `${2022 + Math.floor(o.months / 12)}-${String((o.months % 12) + 1).padStart(2, "0")}-01`
    ) - 1;
  if (o.lastDay !== undefined) end = dayOfIso(`${isoOfDay(end).slice(0, 8)}${o.lastDay}`);
  const perDay = o.linesPerDay ?? 4;
  const dims: { header: string; kind: DimensionKind; count: number }[] = [
    { header: "Région", kind: "region", count: o.regions ?? 5 },
    { header: "Gamme", kind: "category", count: o.ranges ?? 4 },
    { header: "Client", kind: "customer", count: o.customers ?? 40 },
  ];
  if (o.salespeople) dims.push({ header: "Commercial", kind: "salesperson", count: o.salespeople });
  if (o.products) dims.push({ header: "Produit", kind: "product", count: o.products });
  const date: number[] = [];
  const revenue: number[] = [];
  const cost: number[] = [];
  const codes: number[][] = dims.map(() => []);
  for (let d = start; d <= end; d++) {
    // 1970-01-01 (day 0) was a Thursday: (d + 4) % 7 is 0 on Sundays, 6 on Saturdays.
    const weekday = (((d + 4) % 7) + 7) % 7;
    if (o.weekdaysOnly && (weekday === 0 || weekday === 6)) continue;
    for (let k = 0; k < perDay; k++) {
      date.push(d);
      const amount = Math.round(100 * Math.exp(sigma * normal(random)) * 100) / 100;
      revenue.push(amount);
      cost.push(Math.round(amount * (0.6 + 0.05 * normal(random)) * 100) / 100);
      dims.forEach((dim, i) => codes[i].push(randomInt(random, dim.count)));
    }
  }
  return {
    rowCount: date.length,
    date: Int32Array.from(date),
    sourceRow: Int32Array.from(date, (_, i) => i + 2),
    measures: { revenue: Float64Array.from(revenue), cost: Float64Array.from(cost) },
    measureHeaders: { revenue: "CA HT", cost: "Coût" },
    dimensions: dims.map((dim, i) => ({
      header: dim.header,
      kind: dim.kind,
      codes: Int32Array.from(codes[i]),
      labels: Array.from({ length: dim.count }, (_, j) => `${dim.header} ${j + 1}`),
    })),
    currency: "EUR",
    decimals: { revenue: 2, cost: 2 },
  };
}

/**
 * Honest monthly targets for a noise table: each month's expected revenue (its selling days ×
 * lines a day × the expected line), so a gap to target is noise too.
 */
export function noiseTargets(o: NoiseOptions): Record<string, number> {
  const targets: Record<string, number> = {};
  const start = dayOfIso("2022-01-01");
  for (let m = 0; m < o.months; m++) {
    const key = `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    const next = m + 1;
    const first = m === 0 ? start : dayOfIso(`${key}-01`);
    const last =
      dayOfIso(`${2022 + Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, "0")}-01`) -
      1;
    let days = 0;
    for (let d = first; d <= last; d++) {
      const weekday = (((d + 4) % 7) + 7) % 7;
      if (!(o.weekdaysOnly && (weekday === 0 || weekday === 6))) days++;
    }
    targets[key] = Math.round(days * (o.linesPerDay ?? 4) * expectedLine(o.sigma) * 100) / 100;
  }
  return targets;
}

/**
 * The noise data set of a seed in the mixed family used to measure the false-positive rate:
 * 12, 24 or 36 months; regions (5), ranges (4), customers (40) always, salespeople (6) and
 * products (15) in half of them; weekdays only in half; honest monthly targets in half; a partial
 * last month in one in five.
 */
export function mixedNoise(seed: number): { table: SalesTable; options: AnalysisOptions } {
  const o: NoiseOptions = {
    months: [12, 24, 36][seed % 3],
    linesPerDay: 3,
    salespeople: seed % 2 === 0 ? 6 : undefined,
    products: seed % 2 === 0 ? 15 : undefined,
    weekdaysOnly: Math.floor(seed / 2) % 2 === 0,
    lastDay: seed % 5 === 0 ? 12 : undefined,
  };
  const withTargets = Math.floor(seed / 4) % 2 === 0;
  return {
    table: noiseTable(seed, o),
    options: withTargets ? { targets: { monthly: noiseTargets(o) } } : {},
  };
}
