/**
 * Number format codes. `range.numberFormat` takes Excel's invariant (en-US) codes: "," is the
 * thousands separator and "." the decimal point in the code, and Excel displays them with the
 * separators of the user's own settings (a French Excel shows "1 234,56"). Only the currency
 * symbol and the month names need a locale: the `[$€-40C]` tag (LCID 0x040C = fr-FR, 0x0409 =
 * en-US) fixes the symbol and its position, `[$-40C]` fixes French month names whatever the
 * language of the Excel the workbook is opened in. `numberFormatLocal` is never used.
 */
import type { Lang } from "../import/types";

const NBSP = "\u00a0";
const LCID: Record<Lang, string> = { fr: "40C", en: "409" };

/** Symbol of an ISO 4217 code for the formats we write. */
export function currencySymbol(code: string | null): string | null {
  if (!code) return null;
  const symbols: Record<string, string> = {
    EUR: "€",
    USD: "$",
    GBP: "£",
    CHF: "CHF",
    CAD: "$ CA",
    JPY: "¥",
  };
  return symbols[code.toUpperCase()] ?? code.toUpperCase();
}

/** Amounts with 2 decimals and the currency: French "1 234,56 €", English "€1,234.56". */
export function moneyFormat(lang: Lang, currency: string | null, decimals = 2): string {
  const digits = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  const symbol = currencySymbol(currency);
  if (!symbol) return digits;
  const tag = `[$${symbol}-${LCID[lang]}]`;
  return lang === "fr" ? `${digits} ${tag}` : `${tag}${digits}`;
}

/** Quantities: whole numbers with thousands separators. */
export function quantityFormat(): string {
  return "#,##0";
}

/** Plain decimals (unit prices without currency, discounts). */
export function decimalFormat(decimals = 2): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** Rates and shares: "12,3 %" in French (no-break space before %), "12.3%" in English. */
export function percentFormat(lang: Lang): string {
  return lang === "fr" ? `0.0"${NBSP}"%` : "0.0%";
}

/** Changes with their sign: "+8,4 %", "−3,1 %". */
export function changeFormat(lang: Lang): string {
  const p = lang === "fr" ? `0.0"${NBSP}"%` : "0.0%";
  return `+${p};-${p};${p}`;
}

/** Day dates: 06/01/1997 in French, 1997-01-06 (unambiguous) in English. */
export function dateFormat(lang: Lang): string {
  return lang === "fr" ? "dd/mm/yyyy" : "yyyy-mm-dd";
}

/** Month shown from its first day: "janv. 1997" / "Jan 1997"; `long`: "janvier 1997" / "January 1997". */
export function monthFormat(lang: Lang, long = false): string {
  return `[$-${LCID[lang]}]${long ? "mmmm" : "mmm"} yyyy`;
}

/** The "Text" format: what is written stays the text it is (no number, date or formula parsing). */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
