/** Number, size, money, percent and month formatting for the pane, through Intl. */
import type { Lang } from "../../domain/import/types";

const LOCALES: Record<Lang, string> = { fr: "fr-FR", en: "en-US" };

export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(n);
}

export function formatMoney(n: number, lang: Lang, currency: string | null): string {
  const options: Intl.NumberFormatOptions = currency
    ? { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }
    : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return new Intl.NumberFormat(LOCALES[lang], options).format(n);
}

/** Rounded money for facts: "162 900 €" (exact figures are in the workbook). */
export function formatMoneyRounded(n: number, lang: Lang, currency: string | null): string {
  const options: Intl.NumberFormatOptions = currency
    ? { style: "currency", currency, maximumFractionDigits: 0 }
    : { maximumFractionDigits: 0 };
  return new Intl.NumberFormat(LOCALES[lang], options).format(n);
}

export function formatPercent(fraction: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}

/** Signed percent: "+8,4 %", "−3,1 %". */
export function formatChange(fraction: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  }).format(fraction);
}

/** "mars 2024" / "March 2024" from "2024-03". */
export function formatMonth(monthKey: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(monthKey);
  if (!m) return monthKey;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(LOCALES[lang], {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** Month name alone, from 1..12. */
export function formatMonthName(month: number, lang: Lang): string {
  const date = new Date(Date.UTC(2000, month - 1, 1));
  return new Intl.DateTimeFormat(LOCALES[lang], { month: "long", timeZone: "UTC" }).format(date);
}

/** File size: "1,2 Mo" / "1.2 MB". */
export function formatSize(bytes: number, lang: Lang): string {
  const units = lang === "fr" ? ["octets", "Ko", "Mo", "Go"] : ["bytes", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(
    value
  );
  return `${number}\u00a0${units[unit]}`;
}
