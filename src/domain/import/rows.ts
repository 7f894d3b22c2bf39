/**
 * Lines that are not sales records: repeated header lines and total/subtotal lines.
 */
import { cellText, type Cells } from "./cells";
import { normalizeHeader } from "./headers";

/** Labels that open a total line, normalised (accents and case removed). */
const TOTAL_WORDS = [
  "total",
  "totaux",
  "totals",
  "sous total",
  "sous totaux",
  "subtotal",
  "sub total",
  "grand total",
  "total general",
  "somme",
  "sum",
  "cumul",
];

/**
 * True when a cell labels a total line: "Total", "TOTAL GÉNÉRAL", "Sous-total Nord",
 * "Grand total", "Total janvier"… (the label starts with a total word).
 */
export function isTotalLabel(text: string): boolean {
  const norm = normalizeHeader(text);
  if (norm === "") return false;
  for (const w of TOTAL_WORDS) {
    if (norm === w || norm.startsWith(w + " ")) return true;
  }
  return false;
}

/** The first cell of the row (among `columns`, all when omitted) that labels a total, or null. */
export function findTotalLabel(cells: Cells, columns?: readonly number[]): string | null {
  const indexes = columns ?? Array.from({ length: cells.length }, (_, i) => i);
  for (const i of indexes) {
    const v = cells[i];
    if (typeof v === "string" && v.length < 80 && isTotalLabel(v)) return v.trim();
  }
  return null;
}

/**
 * True when the row repeats the header: at least 60 % of the named header cells (and two)
 * appear again at their place, compared without case, accents or stray spaces.
 */
export function isRepeatedHeader(cells: Cells, normalizedHeaders: readonly string[]): boolean {
  let named = 0;
  let same = 0;
  for (let i = 0; i < normalizedHeaders.length; i++) {
    const h = normalizedHeaders[i];
    if (h === "") continue;
    named++;
    if (i < cells.length && normalizeHeader(cellText(cells[i])) === h) same++;
  }
  return same >= 2 && same >= Math.ceil(named * 0.6);
}
