/**
 * Partial first / last month detection. A month is partial when its data starts later (first
 * month) or stops earlier (last month) than the months in between usually do. Gaps are counted in
 * the business's usual working days (weekdays that have data in most weeks), so a shop closed at
 * weekends whose data ends on Friday 29th is not flagged, while data that stops on the 17th is.
 */
import { quantile } from "simple-statistics";
import { firstDayOfOrdinal, lastDayOfOrdinal } from "./calendar";

/** Missing this many usual working days at a month edge is always tolerated (a bank holiday). */
export const MIN_EDGE_GAP_DAYS = 1;

export interface MonthCoverage {
  /** First and last day number with data in the month; null for a month without data. */
  firstDay: number | null;
  lastDay: number | null;
}

export interface EdgeCoverage {
  partial: boolean;
  /** Day numbers of the first and last day covered in the month. */
  from: number;
  to: number;
}

export interface PartialMonths {
  first: EdgeCoverage;
  last: EdgeCoverage;
}

/** Weekday of a day number, 0 = Monday … 6 = Sunday. */
export function weekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday (Monday = 0 → Thursday = 3).
  return (((day + 3) % 7) + 7) % 7;
}

/** First and last day with data of each month, from the lines-per-day histogram. */
export function monthCoverage(
  dayLines: Int32Array,
  firstDay: number,
  firstOrdinal: number,
  monthCount: number
): MonthCoverage[] {
  const out: MonthCoverage[] = [];
  for (let m = 0; m < monthCount; m++) {
    const start = Math.max(firstDayOfOrdinal(firstOrdinal + m) - firstDay, 0);
    const end = Math.min(lastDayOfOrdinal(firstOrdinal + m) - firstDay, dayLines.length - 1);
    let first: number | null = null;
    let last: number | null = null;
    for (let i = start; i <= end; i++) {
      if (dayLines[i] > 0) {
        if (first === null) first = i + firstDay;
        last = i + firstDay;
      }
    }
    out.push({ firstDay: first, lastDay: last });
  }
  return out;
}

/**
 * Usual working weekdays: a weekday is usual when it has data in at least half of the weeks the
 * data spans. When no weekday qualifies (sparse data), every weekday counts.
 */
export function usualWeekdays(dayLines: Int32Array, firstDay: number): boolean[] {
  const active = new Array<number>(7).fill(0);
  const seen = new Array<number>(7).fill(0);
  for (let i = 0; i < dayLines.length; i++) {
    const w = weekdayOfDay(firstDay + i);
    seen[w]++;
    if (dayLines[i] > 0) active[w]++;
  }
  const usual = active.map((a, w) => seen[w] > 0 && a / seen[w] >= 0.5);
  return usual.some(Boolean) ? usual : new Array<boolean>(7).fill(true);
}

/** Number of usual working days in the day interval [from, to] (0 when from > to). */
export function workingDaysBetween(from: number, to: number, usual: boolean[]): number {
  let count = 0;
  for (let d = from; d <= to; d++) if (usual[weekdayOfDay(d)]) count++;
  return count;
}

/**
 * Largest edge gap (in usual working days) considered normal, from the gaps of the other months:
 * their 90th percentile (robust to one odd month), never less than MIN_EDGE_GAP_DAYS.
 */
export function normalEdgeGap(otherGaps: number[]): number {
  if (otherGaps.length === 0) return MIN_EDGE_GAP_DAYS;
  return Math.max(MIN_EDGE_GAP_DAYS, quantile(otherGaps, 0.9));
}

/**
 * Whether the first and last months are partial. Reference gaps come from the months strictly
 * between them that have data; the first month is judged on its start, the last on its end
 * (a single month is judged on both, and is partial when either edge is).
 */
export function detectPartialMonths(
  coverage: MonthCoverage[],
  firstOrdinal: number,
  usual: boolean[]
): PartialMonths {
  const count = coverage.length;
  const headGaps: number[] = [];
  const tailGaps: number[] = [];
  for (let m = 1; m < count - 1; m++) {
    const c = coverage[m];
    if (c.firstDay === null || c.lastDay === null) continue;
    headGaps.push(workingDaysBetween(firstDayOfOrdinal(firstOrdinal + m), c.firstDay - 1, usual));
    tailGaps.push(workingDaysBetween(c.lastDay + 1, lastDayOfOrdinal(firstOrdinal + m), usual));
  }
  const lastOrdinal = firstOrdinal + count - 1;
  const start = coverage[0].firstDay!;
  const end = coverage[count - 1].lastDay!;
  const headGap = workingDaysBetween(firstDayOfOrdinal(firstOrdinal), start - 1, usual);
  const tailGap = workingDaysBetween(end + 1, lastDayOfOrdinal(lastOrdinal), usual);
  const firstPartial = headGap > normalEdgeGap(headGaps);
  const lastPartial = tailGap > normalEdgeGap(tailGaps);
  if (count === 1) {
    const partial = firstPartial || lastPartial;
    return { first: { partial, from: start, to: end }, last: { partial, from: start, to: end } };
  }
  return {
    first: { partial: firstPartial, from: start, to: coverage[0].lastDay! },
    last: { partial: lastPartial, from: coverage[count - 1].firstDay!, to: end },
  };
}

/**
 * Working-day adjustment: factor[m] = average usual working days per month / working days of month m,
 * so that revenue × factor compares months of different lengths (February, five-weekend months).
 * Only for daily data — data on at least half of the usual working days of the period — since
 * monthly invoicing does not scale with the number of days; null otherwise.
 */
export function workingDayFactors(
  dayLines: Int32Array,
  firstDay: number,
  firstOrdinal: number,
  monthCount: number,
  usual: boolean[]
): number[] | null {
  let workingDays = 0;
  let activeWorkingDays = 0;
  for (let i = 0; i < dayLines.length; i++) {
    if (!usual[weekdayOfDay(firstDay + i)]) continue;
    workingDays++;
    if (dayLines[i] > 0) activeWorkingDays++;
  }
  if (workingDays === 0 || activeWorkingDays / workingDays < 0.5) return null;
  const perMonth = Array.from({ length: monthCount }, (_, m) =>
    workingDaysBetween(
      firstDayOfOrdinal(firstOrdinal + m),
      lastDayOfOrdinal(firstOrdinal + m),
      usual
    )
  );
  const average = perMonth.reduce((s, d) => s + d, 0) / monthCount;
  return perMonth.map((d) => (d > 0 ? average / d : 1));
}
