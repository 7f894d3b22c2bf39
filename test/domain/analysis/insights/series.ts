/**
 * Synthetic monthly series as sales tables, for the insight tests. Each month's level is spread
 * evenly over its days (one line per day and member), so after the working-day adjustment the
 * tested values are proportional to the levels given here.
 */
import type { DimensionKind, SalesTable } from "../../../../src/domain/import/types";
import { mulberry32, normal } from "../../../../src/domain/sample/random";
import { daysIn, dayOf, monthRange, tableOf, type Row } from "../helpers";

/** `count` values: level × (1 + sigma × N(0,1)), seeded. */
export function noisy(seed: number, count: number, level = 1000, sigma = 0.05): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => level * (1 + sigma * normal(random)));
}

export interface LevelOptions {
  /** Dimension header (default "Région") and kind of the members. */
  header?: string;
  kind?: DimensionKind;
  /** Cost ratio per month (cost = revenue × ratio); no cost column without it. */
  costRatio?: (month: number, member: string) => number;
  /** Target per month (repeated on each line of the month). */
  target?: (month: number) => number;
  /** Last month stops on this day. */
  lastDay?: number;
}

/**
 * A table whose member `m` has monthly level `levels[m][i]` in month i (per-day revenue =
 * level / 30, so 30-day months book exactly the level).
 */
export function levelsTable(
  start: string,
  levels: Record<string, number[]>,
  o: LevelOptions = {}
): SalesTable {
  const header = o.header ?? "Région";
  const rows: Row[] = [];
  const count = Object.values(levels)[0].length;
  monthRange(start, count).forEach((month, i) => {
    const days = i === count - 1 && o.lastDay !== undefined ? o.lastDay : daysIn(month);
    for (let d = 1; d <= days; d++) {
      for (const [member, series] of Object.entries(levels)) {
        const revenue = Math.round((series[i] / 30) * 100) / 100;
        rows.push({
          date: dayOf(month, d),
          revenue,
          ...(o.costRatio
            ? { cost: Math.round(revenue * o.costRatio(i, member) * 100) / 100 }
            : {}),
          ...(o.target ? { target: o.target(i) } : {}),
          dims: { [header]: member },
        });
      }
    }
  });
  return tableOf(rows, { kinds: { [header]: o.kind ?? "region" } });
}

/** A single-series table (one member "Tous"). */
export function seriesOf(start: string, values: number[], o: LevelOptions = {}): SalesTable {
  return levelsTable(start, { Tous: values }, o);
}
