/**
 * French public holidays (jours fériés), so the sample has no sales on 1 May or 14 July.
 */
import { dayOfIso } from "../analysis/calendar";

/** Day number of Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOfIso(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/** Day numbers of the 11 French public holidays of a year. */
export function frenchHolidays(year: number): Set<number> {
  const fixed = ["01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25"].map((md) =>
    dayOfIso(`${year}-${md}`)
  );
  const easter = easterDay(year);
  // Easter Monday, Ascension Thursday, Whit Monday.
  return new Set([...fixed, easter + 1, easter + 39, easter + 50]);
}
