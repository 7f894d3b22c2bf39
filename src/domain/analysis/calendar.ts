/**
 * Calendar arithmetic on day numbers (whole days since 1970-01-01 UTC) and month ordinals
 * (year × 12 + month − 1), so months compare and subtract as integers.
 */
import type { MonthKey } from "./types";

const MS_PER_DAY = 86_400_000;

/** Month ordinal of a day number: year × 12 + (month − 1). */
export function monthOrdinalOfDay(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Calendar year of a month ordinal. */
export function yearOfOrdinal(ordinal: number): number {
  return Math.floor(ordinal / 12);
}

/** Month number 1..12 of a month ordinal. */
export function monthNumberOfOrdinal(ordinal: number): number {
  return (ordinal % 12) + 1;
}

/** "YYYY-MM" of a month ordinal. */
export function monthKeyOfOrdinal(ordinal: number): MonthKey {
  return `${yearOfOrdinal(ordinal)}-${String(monthNumberOfOrdinal(ordinal)).padStart(2, "0")}`;
}

/** Month ordinal of "YYYY-MM" (also accepts "YYYY-M"); null when malformed. */
export function ordinalOfMonthKey(key: string): number | null {
  const m = /^(\d{4})-(\d{1,2})$/.exec(key.trim());
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return Number(m[1]) * 12 + month - 1;
}

/** Day number of the first day of a month ordinal. */
export function firstDayOfOrdinal(ordinal: number): number {
  return Date.UTC(yearOfOrdinal(ordinal), ordinal % 12, 1) / MS_PER_DAY;
}

/** Day number of the last day of a month ordinal. */
export function lastDayOfOrdinal(ordinal: number): number {
  return firstDayOfOrdinal(ordinal + 1) - 1;
}

/** Number of days in the month of an ordinal (28..31). */
export function daysInOrdinal(ordinal: number): number {
  return lastDayOfOrdinal(ordinal) - firstDayOfOrdinal(ordinal) + 1;
}

/** ISO date "YYYY-MM-DD" of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of an ISO date "YYYY-MM-DD". */
export function dayOfIso(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
}

/**
 * Fiscal year start (calendar year in which it begins) of a month ordinal,
 * for a fiscal year starting in month `startMonth` (1..12).
 */
export function fiscalYearOfOrdinal(ordinal: number, startMonth: number): number {
  const year = yearOfOrdinal(ordinal);
  return monthNumberOfOrdinal(ordinal) >= startMonth ? year : year - 1;
}

/** Label of a fiscal year: "2024" for calendar years, "2024-2025" otherwise. */
export function fiscalYearLabel(startYear: number, startMonth: number): string {
  return startMonth === 1 ? String(startYear) : `${startYear}-${startYear + 1}`;
}

/** Month ordinal at which the fiscal year containing `ordinal` starts. */
export function fiscalYearStartOrdinal(ordinal: number, startMonth: number): number {
  return fiscalYearOfOrdinal(ordinal, startMonth) * 12 + startMonth - 1;
}
