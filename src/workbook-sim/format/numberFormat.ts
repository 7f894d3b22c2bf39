/**
 * Display text of a cell (`range.text`): the value rendered with its number format, in the display
 * language of the simulated Excel (fr-FR by default: decimal comma, space as thousands separator),
 * with numfmt (the format codes are the invariant/English ones that `range.numberFormat` uses).
 * Not simulated: "####" when the column is too narrow.
 */
import { format, isDateFormat, isPercentFormat } from "numfmt";

export type CellScalar = number | string | boolean | null;

const BOOL_TEXT: Record<string, [string, string]> = { fr: ["VRAI", "FAUX"], en: ["TRUE", "FALSE"] };

export function localeTag(displayLanguage: string): string {
  return displayLanguage.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** Renders one value as Excel displays it. Errors (strings starting with "#" in `isError`) are shown as-is. */
export function formatValue(
  value: CellScalar,
  numberFormat: string | undefined,
  displayLanguage: string,
  isError = false
): string {
  const lang = localeTag(displayLanguage);
  if (value === null || value === "") return "";
  if (isError) return String(value);
  if (typeof value === "boolean") return (BOOL_TEXT[lang] ?? BOOL_TEXT.en)[value ? 0 : 1];
  const fmt = numberFormat && numberFormat !== "" ? numberFormat : "General";
  if (typeof value === "string") {
    if (fmt === "General" || fmt === "@") return value;
  }
  try {
    return format(fmt, value, { locale: lang, throws: false, nbsp: false }) as string;
  } catch {
    return String(value);
  }
}

export function isDateNumberFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === "General" || fmt === "@") return false;
  try {
    return isDateFormat(fmt);
  } catch {
    return false;
  }
}

export function isPercentNumberFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === "General") return false;
  try {
    return isPercentFormat(fmt);
  } catch {
    return false;
  }
}

/** The short date format Excel applies when a date is typed into a General cell. */
export function defaultDateFormat(displayLanguage: string): string {
  return localeTag(displayLanguage) === "fr" ? "dd/mm/yyyy" : "m/d/yyyy";
}
