/**
 * Number and date typography for the commentary, always through Intl (never by hand):
 * French uses a narrow no-break space (U+202F) between thousands and a no-break space (U+00A0)
 * before "€" and "%" (what ICU's CLDR data gives); English "$1,284,350", "8.4%".
 */
import type { Lang } from "../import/types";
import type { MonthKey } from "../analysis/types";

const LOCALE: Record<Lang, string> = { fr: "fr-FR", en: "en-US" };

/** BCP 47 locale used for a commentary language. */
export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}

/** A valid, upper-case ISO 4217 code, or null when the code is unknown to Intl. */
export function normalizeCurrency(code: string | null | undefined): string | null {
  if (!code) return null;
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) return null;
  try {
    new Intl.NumberFormat("en-US", { style: "currency", currency: upper });
    return upper;
  } catch {
    return null;
  }
}

/**
 * Decimals shown for an amount, one rule for the whole commentary:
 * - whole units from 100 up ("56 966 €"): a manager reads the size; the cents are in the workbook;
 * - whole units for an amount without cents ("99 €", "60 €"), so a round figure never wears ",00"
 *   beside rounded ones;
 * - cents below 100 otherwise ("12,50 €"): there, rounding to the unit would move the figure by
 *   0.5 % or more, and exactness matters for a small amount.
 */
export function moneyDecimals(value: number): number {
  if (Math.abs(value) >= 100) return 0;
  return Math.round(Math.abs(value) * 100) % 100 === 0 ? 0 : 2;
}

/** Rounds to the decimals that will be displayed (so "-0" and "0,00" never show a sign). */
function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

export interface SignOption {
  /** Show "+" for positive values (a minus sign always shows). */
  signed?: boolean;
}

/**
 * An amount of money: "56 966 €", "56 966 $US", "$56,966". Without a currency: a plain number
 * ("56 966"), never a guessed symbol.
 */
export function formatMoney(
  value: number,
  lang: Lang,
  currency: string | null,
  options: SignOption = {}
): string {
  const decimals = moneyDecimals(value);
  const style: Intl.NumberFormatOptions = currency ? { style: "currency", currency } : {};
  return new Intl.NumberFormat(localeOf(lang), {
    ...style,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: options.signed ? "exceptZero" : "auto",
  }).format(roundTo(value, decimals));
}

/** A plain number (counts, units sold): "26 796", "26,796". */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
  }).format(roundTo(value, decimals));
}

/** Decimals for a percentage: one, or none for a share of 10 % or more ("38 %", "8,4 %"). */
export function shareDecimals(fraction: number): number {
  return Math.abs(fraction) >= 0.1 ? 0 : 1;
}

/** A fraction as a percentage: 0.084 → "8,4 %" / "8.4%". */
export function formatPercent(
  fraction: number,
  lang: Lang,
  options: SignOption & { decimals?: number } = {}
): string {
  const decimals = options.decimals ?? 1;
  return new Intl.NumberFormat(localeOf(lang), {
    style: "percent",
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
    signDisplay: options.signed ? "exceptZero" : "auto",
  }).format(roundTo(fraction * 100, decimals) / 100);
}

/** The value a percentage displays, in percent units (0.0843 → 8.4): for "stable" checks. */
export function displayedPercent(fraction: number, decimals = 1): number {
  return roundTo(fraction * 100, decimals);
}

/**
 * A shift of a rate in points: 0.023 → "2,3 points" / "2.3 points" (absolute value: the sentence
 * says the direction). French singular below 2 ("1,5 point"), chosen by Intl.PluralRules.
 */
export function formatPoints(delta: number, lang: Lang, options: SignOption = {}): string {
  const points = roundTo(delta * 100, 1);
  const shown = options.signed ? points : Math.abs(points);
  const number = new Intl.NumberFormat(localeOf(lang), {
    maximumFractionDigits: 1,
    signDisplay: options.signed ? "exceptZero" : "auto",
  }).format(shown);
  const plural = new Intl.PluralRules(localeOf(lang)).select(Math.abs(shown));
  // English says "percentage points" (a bare "points" reads as a score).
  const unit = lang === "en" ? "percentage point" : "point";
  return `${number} ${plural === "one" ? unit : `${unit}s`}`;
}

const SMALL_NUMBERS: Record<Lang, string[]> = {
  fr: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"],
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
};

/**
 * A small count in words in running text, as French and English typography want it ("plus de
 * deux ans", "in five months"); digits from 11 up ("12 mois"). For durations and counts of
 * months, not for figures a reader checks against a cell.
 */
export function formatCountWords(n: number, lang: Lang, one: string, other: string): string {
  if (!Number.isInteger(n) || n < 0 || n > 10) return formatCount(n, lang, one, other);
  const plural = new Intl.PluralRules(localeOf(lang)).select(n);
  return `${SMALL_NUMBERS[lang][n]} ${plural === "one" ? one : other}`;
}

/** The words `formatCountWords` uses for 0..10 (so a checker can read them back). */
export function smallNumberWords(lang: Lang): readonly string[] {
  return SMALL_NUMBERS[lang];
}

/** "12 lignes", "1 ligne", "0 ligne" (French plural rule), "1 row", "12 rows". */
export function formatCount(n: number, lang: Lang, one: string, other: string): string {
  const plural = new Intl.PluralRules(localeOf(lang)).select(n);
  return `${formatNumber(n, lang)} ${plural === "one" ? one : other}`;
}

/** Parses "YYYY-MM". */
export function parseMonthKey(key: MonthKey): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) throw new Error(`Not a month key: ${key}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

function utcDate(year: number, month: number, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** Month name, lower case in French: 4 → "avril" / "April". */
export function monthName(monthNumber: number, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { month: "long", timeZone: "UTC" }).format(
    utcDate(2000, monthNumber)
  );
}

/** "mars 2024" / "March 2024"; without the year: "mars" / "March". */
export function formatMonth(key: MonthKey, lang: Lang, withYear = true): string {
  const { year, month } = parseMonthKey(key);
  if (!withYear) return monthName(month, lang);
  return new Intl.DateTimeFormat(localeOf(lang), {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(utcDate(year, month));
}

/** Parses an ISO date "YYYY-MM-DD". */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * Day and month: "17 janvier", "1er janvier" (French ordinal for the first, which Intl does not
 * produce), "January 17".
 */
export function formatDayMonth(iso: string, lang: Lang): string {
  const { year, month, day } = parseIsoDate(iso);
  const parts = new Intl.DateTimeFormat(localeOf(lang), {
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).formatToParts(utcDate(year, month, day));
  return parts
    .map((p) => (p.type === "day" && lang === "fr" && p.value === "1" ? "1er" : p.value))
    .join("");
}

/**
 * Day of the month alone: "17", "1er" in French; "17th", "1st" in English (ordinal suffix chosen by
 * Intl.PluralRules, the number by Intl.NumberFormat).
 */
export function formatDayOfMonth(iso: string, lang: Lang): string {
  const { day } = parseIsoDate(iso);
  const number = new Intl.NumberFormat(localeOf(lang)).format(day);
  if (lang === "fr") return day === 1 ? "1er" : number;
  const suffix: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
  return number + suffix[new Intl.PluralRules("en-US", { type: "ordinal" }).select(day)];
}

/** A list joined the way the language does it, through Intl: "a, b et c", "a, b, and c". */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(localeOf(lang), { style: "long", type: "conjunction" }).format(items);
}
