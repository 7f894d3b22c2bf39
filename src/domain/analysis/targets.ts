/**
 * Monthly targets (objectifs), from options or from a target column of the data.
 *
 * A target column usually repeats one figure on many lines: the month's target on every line, or
 * each salesperson's (region's…) monthly target on each of their lines. Summing it per line would
 * multiply it. Rule, applied per table:
 * 1. if the column holds one value per month (same value on every line of a month that has one),
 *    that value is the month's target;
 * 2. otherwise, the first dimension (fewest members first) within which the value is constant for
 *    each (month, member) is the target's owner: the month's target is the sum over its members;
 * 3. otherwise the targets are per line and are summed.
 * Lines without a target (NaN) are ignored; a month with no target at all has none (null).
 */
import type { SalesTable } from "../import/types";
import type { AnalysisOptions } from "./types";
import { fiscalYearLabel, fiscalYearOfOrdinal, ordinalOfMonthKey } from "./calendar";
import { decimalScale, scaledToCents, toScaled } from "./exact-sum";

export type TargetRule =
  { kind: "month" } | { kind: "dimension"; dimension: string } | { kind: "line" };

export interface MonthTargets {
  /** Per month index; null when the month has no target. */
  values: (number | null)[];
  source: "options" | "column" | "none";
  rule: TargetRule | null;
}

/** Whether a value is constant within each group (NaN values ignored); fills `firstValue`. */
export function constantWithinGroups(
  values: Float64Array,
  group: (row: number) => number,
  groupCount: number,
  rows: number,
  firstValue: Float64Array
): boolean {
  firstValue.fill(NaN, 0, groupCount);
  for (let i = 0; i < rows; i++) {
    const v = values[i];
    if (v !== v) continue;
    const g = group(i);
    const f = firstValue[g];
    if (f !== f) firstValue[g] = v;
    else if (f !== v) return false;
  }
  return true;
}

/** Sum per month of the group constants (groups numbered month × members + member). */
function sumGroups(
  firstValue: Float64Array,
  monthCount: number,
  members: number,
  scale: number
): (number | null)[] {
  const out: (number | null)[] = [];
  for (let m = 0; m < monthCount; m++) {
    let sum = 0;
    let any = false;
    for (let k = 0; k < members; k++) {
      const v = firstValue[m * members + k];
      if (v === v) {
        sum += toScaled(v, scale);
        any = true;
      }
    }
    out.push(any ? scaledToCents(sum, scale) : null);
  }
  return out;
}

/** Monthly targets read from the target column of the table, per the rule above. */
export function targetsFromColumn(
  table: SalesTable,
  rowMonth: (row: number) => number,
  monthCount: number
): { values: (number | null)[]; rule: TargetRule } | null {
  const target = table.measures.target;
  if (!target) return null;
  const n = table.rowCount;
  const scale = decimalScale(table.decimals.target);
  const perMonth = new Float64Array(monthCount);
  if (constantWithinGroups(target, rowMonth, monthCount, n, perMonth)) {
    return { values: sumGroups(perMonth, monthCount, 1, scale), rule: { kind: "month" } };
  }
  const dims = [...table.dimensions].sort((a, b) => a.labels.length - b.labels.length);
  for (const dim of dims) {
    const members = dim.labels.length;
    if (members * monthCount > 4_000_000) continue;
    const groups = new Float64Array(members * monthCount);
    const codes = dim.codes;
    if (
      constantWithinGroups(
        target,
        (i) => rowMonth(i) * members + codes[i],
        members * monthCount,
        n,
        groups
      )
    ) {
      return {
        values: sumGroups(groups, monthCount, members, scale),
        rule: { kind: "dimension", dimension: dim.header },
      };
    }
  }
  const sums = new Float64Array(monthCount);
  const any = new Uint8Array(monthCount);
  for (let i = 0; i < n; i++) {
    const v = target[i];
    if (v !== v) continue;
    const m = rowMonth(i);
    sums[m] += toScaled(v, scale);
    any[m] = 1;
  }
  return {
    values: Array.from(sums, (s, m) => (any[m] ? scaledToCents(s, scale) : null)),
    rule: { kind: "line" },
  };
}

/**
 * Monthly targets from options: a month's own target when given, otherwise its (fiscal) year's
 * target spread evenly over the year's 12 months. Null where neither is given.
 */
export function targetsFromOptions(
  targets: NonNullable<AnalysisOptions["targets"]>,
  firstOrdinal: number,
  monthCount: number,
  fiscalStartMonth: number
): (number | null)[] {
  const monthly = new Map<number, number>();
  for (const [key, value] of Object.entries(targets.monthly ?? {})) {
    const ordinal = ordinalOfMonthKey(key);
    if (ordinal !== null && Number.isFinite(value)) monthly.set(ordinal, value);
  }
  const yearly = targets.yearly ?? {};
  const out: (number | null)[] = [];
  for (let m = 0; m < monthCount; m++) {
    const ordinal = firstOrdinal + m;
    const own = monthly.get(ordinal);
    if (own !== undefined) {
      out.push(own);
      continue;
    }
    const label = fiscalYearLabel(fiscalYearOfOrdinal(ordinal, fiscalStartMonth), fiscalStartMonth);
    const year = yearly[label];
    out.push(year !== undefined && Number.isFinite(year) ? year / 12 : null);
  }
  return out;
}

/** Targets per month: options first (they override the column), then the target column. */
export function monthTargets(
  table: SalesTable,
  options: AnalysisOptions,
  rowMonth: (row: number) => number,
  firstOrdinal: number,
  monthCount: number,
  fiscalStartMonth: number
): MonthTargets {
  const t = options.targets;
  if (t && (Object.keys(t.monthly ?? {}).length > 0 || Object.keys(t.yearly ?? {}).length > 0)) {
    return {
      values: targetsFromOptions(t, firstOrdinal, monthCount, fiscalStartMonth),
      source: "options",
      rule: null,
    };
  }
  const fromColumn = targetsFromColumn(table, rowMonth, monthCount);
  if (fromColumn) return { values: fromColumn.values, source: "column", rule: fromColumn.rule };
  return { values: new Array<number | null>(monthCount).fill(null), source: "none", rule: null };
}
