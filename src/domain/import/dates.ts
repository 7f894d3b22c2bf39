/**
 * Dates as sales exports write them: ISO `2003-01-06`, `06/01/2003` (day first) or `1/6/2003`
 * (month first), `06.01.2003`, `06-01-03`, `6 janv. 2003`, `Jan 6, 2003`, `janv.-03` (a month),
 * optional time after the date, Excel serial numbers, and real Date objects.
 *
 * Dates are stored as day numbers: whole days since 1970-01-01 (UTC). Day/month order is decided
 * per column from all its values (`decideDateOrder`): a value like 13/01 proves day first, 01/13
 * month first; both in one column is an error, never a guess.
 */

export type DateOrder = "dmy" | "mdy";

/** Outcome of reading one cell; reused between calls. */
export interface DateScan {
  /** DATE_OK, DATE_EMPTY or DATE_INVALID. */
  status: number;
  /** What the cell says about day/month order: ORDER_NONE, ORDER_DMY or ORDER_MDY. */
  evidence: number;
  /** The cell names a month only (`janv.-24`, `2024-01`): day 1 was used. */
  monthOnly: boolean;
  /** Written as a/b/year with a ≠ b both ≤ 12: only the column's order tells day from month. */
  ambiguous: boolean;
}

export const DATE_OK = 0;
export const DATE_EMPTY = 1;
export const DATE_INVALID = 2;

export const ORDER_NONE = 0;
export const ORDER_DMY = 1;
export const ORDER_MDY = 2;

export const MS_PER_DAY = 86_400_000;

/** A fresh scan record for `scanDate`. */
export function createDateScan(): DateScan {
  return { status: DATE_OK, evidence: ORDER_NONE, monthOnly: false, ambiguous: false };
}

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). Month is 1..12. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1..12) and day of a day number. */
export function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** "YYYY-MM-DD" of a day number. */
export function dayToIso(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "YYYY-MM" of a day number (the analysis' MonthKey). */
export function dayToMonthKey(dayNumber: number): string {
  return dayToIso(dayNumber).slice(0, 7);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two-digit years as Excel reads them: 00–29 → 2000–2029, 30–99 → 1930–1999. */
export function expandTwoDigitYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

/** Day number of a JavaScript Date (its UTC calendar day, as exceljs builds them). */
export function dayFromDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/**
 * Day number of an Excel serial date (1900 date system; the time of day is dropped). Excel counts
 * a 29 February 1900 that never existed: serials from 61 on are shifted by that day. NaN when
 * out of Excel's range (1 = 1900-01-01 … 2958465 = 9999-12-31).
 */
export function excelSerialToDay(serial: number): number {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return NaN;
  const whole = Math.floor(serial);
  return whole >= 61 ? whole - 25569 : whole - 25568;
}

/** Excel serial of a day number (inverse of `excelSerialToDay` from 1900-03-01 on). */
export function dayToExcelSerial(dayNumber: number): number {
  return dayNumber + 25569;
}

/** Lowest and highest year accepted for a sales date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** Month names and abbreviations, French and English, without accents or final dot. */
const MONTH_NAMES: Record<string, number> = {};
(
  [
    ["janvier", "janv", "jan", "january"],
    ["fevrier", "fevr", "fev", "feb", "february", "fév", "févr", "février"],
    ["mars", "mar", "march"],
    ["avril", "avr", "apr", "april"],
    ["mai", "may"],
    ["juin", "jun", "june"],
    ["juillet", "juil", "jul", "july"],
    ["aout", "août", "aug", "august"],
    ["septembre", "sept", "sep", "september"],
    ["octobre", "oct", "october"],
    ["novembre", "nov", "november"],
    ["decembre", "décembre", "dec", "déc", "december"],
  ] as const
).forEach((names, i) => names.forEach((name) => (MONTH_NAMES[name] = i + 1)));

// Token buffers of the cell being read (a cell has at most three date parts).
const partValue = [0, 0, 0];
const partDigits = [0, 0, 0];
const partIsName = [false, false, false];

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/**
 * Reads a date written as text. `order` says how to read `a/b/yyyy` when both could be a day
 * and a month. Returns the day number, or NaN (`out.status` says empty or invalid).
 */
export function scanDate(text: string, order: DateOrder, out: DateScan): number {
  out.status = DATE_OK;
  out.evidence = ORDER_NONE;
  out.monthOnly = false;
  out.ambiguous = false;
  const n = text.length;
  let i = 0;
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= n) {
    out.status = DATE_EMPTY;
    return NaN;
  }
  let parts = 0;
  let sep = -1; // separator between numeric parts; must be the same twice
  while (i < n && parts < 3) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      let v = 0;
      let d = 0;
      while (i < n && isDigitCode(text.charCodeAt(i))) {
        v = v * 10 + (text.charCodeAt(i) - 48);
        d++;
        i++;
      }
      if (d > 4) return invalidDate(out);
      if (i < n && text.charCodeAt(i) === 58) return invalidDate(out); // a time, not a date part
      partValue[parts] = v;
      partDigits[parts] = d;
      partIsName[parts] = false;
      parts++;
    } else if (isWordChar(c)) {
      const start = i;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      const month = MONTH_NAMES[text.slice(start, i).toLowerCase()];
      if (month === undefined) return invalidDate(out);
      if (i < n && text.charCodeAt(i) === 46) i++; // "janv."
      partValue[parts] = month;
      partDigits[parts] = 0;
      partIsName[parts] = true;
      parts++;
    } else {
      return invalidDate(out);
    }
    if (parts === 3 || i >= n) break;
    // Separator: / - . or spaces, possibly with a comma ("Jan 6, 2003").
    const s = text.charCodeAt(i);
    if (s === 47 || s === 45 || s === 46) {
      if (!partIsName[parts - 1] && sep !== -1 && sep !== s) return invalidDate(out);
      if (!partIsName[parts - 1]) sep = s;
      i++;
      while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    } else if (isSpaceCode(s) || s === 44) {
      while (i < n && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
    } else if (s === 84 && parts === 3) {
      break;
    } else {
      break;
    }
  }
  // The rest may be a time of day ("14:30", "T00:00:00Z", "2:30 PM"): accepted and dropped.
  if (i < n && !isTimeTail(text, i)) return invalidDate(out);
  return assembleDate(parts, order, out);
}

/** Accepts what may follow a date: spaces, `T`, digits, `:` `.` `+` `-` `Z`, AM/PM. */
function isTimeTail(text: string, i: number): boolean {
  let sawDigit = false;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (isDigitCode(c)) sawDigit = true;
    else if (!(
      isSpaceCode(c) ||
      c === 58 ||
      c === 46 ||
      c === 43 ||
      c === 45 ||
      c === 84 ||
      c === 90 ||
      c === 65 ||
      c === 80 ||
      c === 77 ||
      c === 97 ||
      c === 112 ||
      c === 109 ||
      c === 44
    )) {
      return false;
    }
  }
  return sawDigit || text.slice(i).trim() === "";
}

function invalidDate(out: DateScan): number {
  out.status = DATE_INVALID;
  return NaN;
}

/** Builds the day number from the parts read by `scanDate`. */
function assembleDate(parts: number, order: DateOrder, out: DateScan): number {
  let year: number;
  let month: number;
  let day: number;
  if (parts === 3) {
    const nameAt = partIsName[0] ? 0 : partIsName[1] ? 1 : partIsName[2] ? 2 : -1;
    if (nameAt >= 0) {
      // A month name fixes the order: the 4-digit (or last) number is the year.
      const others = [0, 1, 2].filter((k) => k !== nameAt);
      if (others.some((k) => partIsName[k])) return invalidDate(out);
      const yearAt = partDigits[others[0]] === 4 ? others[0] : others[1];
      const dayAt = yearAt === others[0] ? others[1] : others[0];
      if (partDigits[dayAt] > 2) return invalidDate(out);
      year = readYear(yearAt);
      month = partValue[nameAt];
      day = partValue[dayAt];
    } else if (partDigits[0] === 4) {
      year = partValue[0];
      month = partValue[1];
      day = partValue[2];
      if (partDigits[1] > 2 || partDigits[2] > 2) return invalidDate(out);
    } else {
      if (partDigits[0] > 2 || partDigits[1] > 2) return invalidDate(out);
      if (partDigits[2] !== 2 && partDigits[2] !== 4) return invalidDate(out);
      const a = partValue[0];
      const b = partValue[1];
      if (a > 12 && b > 12) return invalidDate(out);
      if (a > 12) out.evidence = ORDER_DMY;
      else if (b > 12) out.evidence = ORDER_MDY;
      else out.ambiguous = a !== b;
      const dayFirst =
        out.evidence === ORDER_DMY || (out.evidence === ORDER_NONE && order === "dmy");
      day = dayFirst ? a : b;
      month = dayFirst ? b : a;
      year = readYear(2);
    }
  } else if (parts === 2) {
    // A month: "janv.-24", "2024-01", "01/2024".
    out.monthOnly = true;
    day = 1;
    if (partIsName[0] && !partIsName[1] && (partDigits[1] === 2 || partDigits[1] === 4)) {
      month = partValue[0];
      year = readYear(1);
    } else if (!partIsName[0] && !partIsName[1] && partDigits[0] === 4 && partDigits[1] <= 2) {
      year = partValue[0];
      month = partValue[1];
    } else if (!partIsName[0] && !partIsName[1] && partDigits[1] === 4 && partDigits[0] <= 2) {
      month = partValue[0];
      year = partValue[1];
    } else {
      return invalidDate(out);
    }
  } else {
    return invalidDate(out);
  }
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return invalidDate(out);
  if (day < 1 || day > daysInMonth(year, month)) return invalidDate(out);
  return daysFromCivil(year, month, day);
}

function readYear(k: number): number {
  return partDigits[k] === 2
    ? expandTwoDigitYear(partValue[k])
    : partDigits[k] === 4
      ? partValue[k]
      : -1;
}

/** Tally of the evidence a column's cells give about day/month order. */
export interface DateOrderVotes {
  dmy: number;
  mdy: number;
}

export function countOrderEvidence(votes: DateOrderVotes, evidence: number): void {
  if (evidence === ORDER_DMY) votes.dmy++;
  else if (evidence === ORDER_MDY) votes.mdy++;
}

/**
 * Day/month order of a column from all its values: proven by values above 12, `fallback` when
 * none tells, "conflict" when some values prove each order (the column cannot be read safely).
 */
export function decideDateOrder(
  votes: DateOrderVotes,
  fallback: DateOrder
): DateOrder | "conflict" {
  if (votes.dmy > 0 && votes.mdy > 0) return "conflict";
  if (votes.dmy > 0) return "dmy";
  if (votes.mdy > 0) return "mdy";
  return fallback;
}

/** Reads one date; null when empty or not a date. `order` defaults to day first. */
export function parseDate(text: string, order: DateOrder = "dmy"): number | null {
  const scan = createDateScan();
  const day = scanDate(text, order, scan);
  return scan.status === DATE_OK ? day : null;
}

/**
 * True when an Excel number format displays a date (`dd/mm/yyyy`, `m/d/yy h:mm`, `mmm-yy`,
 * `[$-fr-FR]d mmmm yyyy`), false for numbers, text, times and durations.
 */
export function isDateNumberFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const lower = format.toLowerCase();
  if (lower === "general" || lower === "standard" || lower === "@") return false;
  // Drop quoted text, escaped characters and bracketed sections (locale, colour, elapsed time).
  let plain = "";
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    if (inQuote) {
      if (ch === '"') inQuote = false;
    } else if (inBracket) {
      if (ch === "]") inBracket = false;
    } else if (ch === '"') inQuote = true;
    else if (ch === "[") inBracket = true;
    else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else plain += ch;
  }
  if (plain.includes("d") || plain.includes("y")) return true;
  // "m" alone is a month ("mmmm"), unless hours or seconds make it minutes ("h:mm", "[h]:mm").
  return plain.includes("m") && !lower.includes("h") && !plain.includes("s");
}
