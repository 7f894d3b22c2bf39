/**
 * Monthly targets typed or pasted in the pane: one month per line, the month then the amount,
 * separated by a tab (two cells pasted from Excel), a semicolon or spaces.
 * "2024-01 ; 12 500", "01/2024\t12500,50", "janv. 2024\t12 500 €", "March 2024, 12,500.00".
 */
import type { Lang } from "./types";

export interface ParsedTargets {
  /** "YYYY-MM" → amount. */
  monthly: Record<string, number>;
  errors: { line: number; text: string }[];
}

const MONTH_NAMES: Record<string, number> = {
  janv: 1, janvier: 1, jan: 1, january: 1,
  fevr: 2, fevrier: 2, fev: 2, feb: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  avr: 4, avril: 4, apr: 4, april: 4,
  mai: 5, may: 5,
  juin: 6, jun: 6, june: 6,
  juil: 7, juillet: 7, jul: 7, july: 7,
  aout: 8, aou: 8, aug: 8, august: 8,
  sept: 9, septembre: 9, sep: 9, september: 9,
  oct: 10, octobre: 10, october: 10,
  nov: 11, novembre: 11, november: 11,
  dec: 12, decembre: 12, december: 12,
}; // prettier-ignore

function key(year: number, month: number): string | null {
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Month key from "2024-01", "2024/1", "01/2024", "15/01/2024", "janv. 2024", "January 2024". */
export function parseMonth(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (m) return key(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return key(Number(m[2]), Number(m[1]));
  m = /^\d{1,2}[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return key(Number(m[2]), Number(m[1]));
  m = /^([\p{L}]+)\.?[\s-]+(\d{4})$/u.exec(t);
  if (m) {
    const name = m[1].normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const month = MONTH_NAMES[name];
    return month ? key(Number(m[2]), month) : null;
  }
  return null;
}

/**
 * Amount typed by a person: spaces (also no-break) as thousands separators, currency signs, and
 * a decimal comma (French) or point. With a single ambiguous separator ("12,500" or "12.500")
 * the UI language decides, as a person writing it would mean.
 */
export function parseAmount(text: string, lang: Lang): number | null {
  let t = text.replace(/[\s\u00a0\u202f']/g, "").replace(/[€$£]|EUR|USD|GBP|CHF/gi, "");
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  t = t.replace(/^[-−]/, () => {
    negative = true;
    return "";
  });
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return null;
  const lastComma = t.lastIndexOf(",");
  const lastPoint = t.lastIndexOf(".");
  let normalized: string;
  if (lastComma >= 0 && lastPoint >= 0) {
    const decimal = lastComma > lastPoint ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    normalized = t.split(thousands).join("").replace(decimal, ".");
  } else if (lastComma >= 0 || lastPoint >= 0) {
    const sep = lastComma >= 0 ? "," : ".";
    const parts = t.split(sep);
    const groupedThousands = parts.length > 2 || (parts[1].length === 3 && parts[0] !== "0");
    const decimalInThisLanguage = (sep === "," && lang === "fr") || (sep === "." && lang === "en");
    if (parts.length > 2 || (groupedThousands && !decimalInThisLanguage))
      normalized = parts.join("");
    else normalized = parts.join(".");
  } else normalized = t;
  const value = Number(normalized);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/** Splits a line into its month and amount parts. */
function splitLine(line: string): [string, string] | null {
  for (const sep of ["\t", ";"]) {
    const at = line.indexOf(sep);
    if (at > 0) return [line.slice(0, at), line.slice(at + 1)];
  }
  // "2024-01 12 500" or "janv. 2024 12 500": the month is the shortest prefix that parses.
  const words = line.trim().split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const head = words.slice(0, i).join(" ").replace(/,$/, "");
    if (parseMonth(head)) return [head, words.slice(i).join(" ")];
  }
  return null;
}

export function parseMonthlyTargets(text: string, lang: Lang): ParsedTargets {
  const monthly: Record<string, number> = {};
  const errors: ParsedTargets["errors"] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const parts = splitLine(line);
    const month = parts ? parseMonth(parts[0]) : null;
    const amount = parts ? parseAmount(parts[1], lang) : null;
    if (month === null || amount === null) {
      // A header line pasted with the data ("Mois  Objectif") is not an error.
      if (index === 0 && !/\d/.test(line)) return;
      errors.push({ line: index + 1, text: line });
    } else monthly[month] = amount;
  });
  return { monthly, errors };
}
