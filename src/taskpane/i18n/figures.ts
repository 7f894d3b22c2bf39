/**
 * Figures kept on one line. A signed amount such as "+59 449 €" or "+€59,449" must never be cut
 * across two lines of the pane: the no-break spaces Intl puts inside a figure are not enough on
 * every engine (a break can fall after the sign or between sign and currency symbol), so the
 * pane wraps each figure in a `white-space: nowrap` span. The text itself is left unchanged.
 */

export interface TextPart {
  text: string;
  /** A figure: an amount, a percent or a signed number, shown unbroken. */
  figure: boolean;
}

// at a word's start: sign? · prefix symbol ("€", "$", "CA$", "CHF ")? · digits with group/decimal separators ·
// suffix symbol (" €", " %", " $US", " CHF")?
const FIGURE =
  /(?<![\p{L}\p{N}])[+\-−]?(?:[A-Z]{0,2}[$£€¥][\u00a0\u202f]?|[A-Z]{3}[\u00a0\u202f])?\d(?:[\d.,\u00a0\u202f]*\d)?(?:[\u00a0\u202f]?(?:%|[$£€¥][A-Z]{0,2}|[A-Z]{0,2}[$£€¥]|[A-Z]{3}(?![\p{L}\d])))?/gu;

/** The text cut into figures and the words between them; joined back, the parts give the text. */
export function splitFigures(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    // A bare run of digits (a year, a day) cannot break anyway: leave it in the text.
    if (/^\d+$/.test(m[0])) continue;
    if (start > last) parts.push({ text: text.slice(last, start), figure: false });
    parts.push({ text: m[0], figure: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), figure: false });
  return parts;
}
