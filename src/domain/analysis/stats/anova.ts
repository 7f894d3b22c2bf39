/**
 * One-way analysis of variance: do the group means differ more than the spread within groups
 * allows? F = (between-group mean square) / (within-group mean square), p from the F distribution.
 */
import { mean } from "simple-statistics";
import { fUpperTail } from "./distributions";

export interface AnovaResult {
  f: number;
  df1: number;
  df2: number;
  pValue: number;
}

/** One-way ANOVA over groups (empty groups ignored). Null when there are no degrees of freedom. */
export function oneWayAnova(groups: number[][]): AnovaResult | null {
  const used = groups.filter((g) => g.length > 0);
  const all = used.flat();
  const k = used.length;
  const n = all.length;
  if (k < 2 || n - k < 1) return null;
  const grand = mean(all);
  let between = 0;
  let within = 0;
  for (const g of used) {
    const m = mean(g);
    between += g.length * (m - grand) ** 2;
    for (const v of g) within += (v - m) ** 2;
  }
  const df1 = k - 1;
  const df2 = n - k;
  if (within <= 0) return { f: between > 0 ? Infinity : 0, df1, df2, pValue: between > 0 ? 0 : 1 };
  const f = between / df1 / (within / df2);
  return { f, df1, df2, pValue: fUpperTail(f, df1, df2) };
}
