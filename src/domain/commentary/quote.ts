/**
 * The quoter formats a figure for the text AND records its raw value and unit, so every sentence
 * returns exactly the figures it quotes (nothing formatted escapes the record).
 */
import type { Lang } from "../import/types";
import type { MonthKey } from "../analysis/types";
import type { FigureUnit } from "./types";
import {
  formatCount,
  formatCountWords,
  formatDayMonth,
  formatDayOfMonth,
  formatMoney,
  formatMonth,
  monthName,
  formatNumber,
  formatPercent,
  formatPoints,
  shareDecimals,
} from "./format";

export class Quoter {
  readonly figures: Record<string, number | string> = {};
  readonly units: Record<string, FigureUnit> = {};

  constructor(
    readonly lang: Lang,
    readonly currency: string | null
  ) {}

  private record(name: string, value: number | string, unit: FigureUnit): void {
    this.figures[name] = value;
    this.units[name] = unit;
  }

  /** An amount: "56 966 €". `signed` prints "+" for gains. */
  money(name: string, value: number, options: { signed?: boolean; abs?: boolean } = {}): string {
    this.record(name, value, "money");
    const shown = options.abs ? Math.abs(value) : value;
    return formatMoney(shown, this.lang, this.currency, { signed: options.signed });
  }

  /** A change or gap in percent (one decimal); `abs` when words say the direction ("en baisse de"). */
  pct(name: string, fraction: number, options: { signed?: boolean; abs?: boolean } = {}): string {
    this.record(name, fraction, "percent");
    const shown = options.abs ? Math.abs(fraction) : fraction;
    return formatPercent(shown, this.lang, { signed: options.signed, decimals: 1 });
  }

  /** A share of a total ("38 %", "4,5 %"). */
  share(name: string, fraction: number): string {
    this.record(name, fraction, "percent");
    return formatPercent(fraction, this.lang, { decimals: shareDecimals(fraction) });
  }

  /** A rate such as the margin rate ("31,2 %"). */
  rate(name: string, fraction: number): string {
    this.record(name, fraction, "percent");
    return formatPercent(fraction, this.lang, { decimals: 1 });
  }

  /** A shift of a rate, in points (absolute unless signed). */
  points(name: string, delta: number, options: { signed?: boolean } = {}): string {
    this.record(name, delta, "points");
    return formatPoints(delta, this.lang, options);
  }

  /** A count with its noun: "12 lignes". */
  count(name: string, n: number, one: string, other: string): string {
    this.record(name, n, "count");
    return formatCount(n, this.lang, one, other);
  }

  /** A small count in words ("deux ans", "five months"), digits from 11 up. */
  countWords(name: string, n: number, one: string, other: string): string {
    this.record(name, n, "count");
    return formatCountWords(n, this.lang, one, other);
  }

  /** A whole count (members, lines). */
  number(name: string, n: number): string {
    this.record(name, n, "count");
    return formatNumber(n, this.lang);
  }

  /** An amount of units sold, rounded to the unit. */
  quantity(name: string, n: number, options: { abs?: boolean } = {}): string {
    this.record(name, n, "quantity");
    return formatNumber(options.abs ? Math.abs(n) : n, this.lang);
  }

  /** A month: "décembre 1997", or "décembre" when the year goes without saying. */
  month(name: string, key: MonthKey, withYear: boolean): string {
    this.record(name, key, "month");
    return formatMonth(key, this.lang, withYear);
  }

  /** A month of the year without year (seasonality): 12 → "décembre". */
  monthOfYear(name: string, monthNumber: number): string {
    this.record(name, monthNumber, "monthOfYear");
    return monthName(monthNumber, this.lang);
  }

  /** A year or fiscal-year label: "2024", "2024-2025". */
  year(name: string, label: string): string {
    this.record(name, label, "year");
    return label;
  }

  /** A day: "17 janvier", "January 17". */
  day(name: string, iso: string): string {
    this.record(name, iso, "date");
    return formatDayMonth(iso, this.lang);
  }

  /** Day of the month alone, when the month is already named: "17", "1er" / "17th", "1st". */
  dayOfMonth(name: string, iso: string): string {
    this.record(name, iso, "date");
    return formatDayOfMonth(iso, this.lang);
  }

  /** A label from the data (member name), recorded so readers know it is not our wording. */
  label(name: string, text: string): string {
    this.record(name, text, "label");
    return text;
  }
}
