/**
 * Seeded pure-noise sales tables: every month, member and line is drawn from the same
 * distributions, so no fact is real. Used to check that no insight comes out of noise.
 */
import type { SalesTable } from "../../../../src/domain/import/types";
import { mulberry32, normal, randomInt } from "../../../../src/domain/sample/random";
import { dayOfIso } from "../../../../src/domain/analysis/calendar";

export interface NoiseOptions {
  months: number;
  linesPerDay?: number;
  regions?: number;
  ranges?: number;
  customers?: number;
  /** Relative noise of each line's amount (lognormal σ). */
  sigma?: number;
}

export function noiseTable(seed: number, o: NoiseOptions): SalesTable {
  const random = mulberry32(seed);
  const start = dayOfIso("2022-01-01");
  const end =
    dayOfIso(
      `${2022 + Math.floor(o.months / 12)}-${String((o.months % 12) + 1).padStart(2, "0")}-01`
    ) - 1;
  const perDay = o.linesPerDay ?? 4;
  const dims = [
    { header: "Région", kind: "region" as const, count: o.regions ?? 5 },
    { header: "Gamme", kind: "category" as const, count: o.ranges ?? 4 },
    { header: "Client", kind: "customer" as const, count: o.customers ?? 40 },
  ];
  const date: number[] = [];
  const revenue: number[] = [];
  const cost: number[] = [];
  const codes: number[][] = dims.map(() => []);
  for (let d = start; d <= end; d++) {
    for (let k = 0; k < perDay; k++) {
      date.push(d);
      const amount = Math.round(100 * Math.exp((o.sigma ?? 0.5) * normal(random)) * 100) / 100;
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
