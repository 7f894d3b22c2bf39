/**
 * Page setup of the dashboard's sheets: how many pages wide a sheet prints so that its text stays
 * readable. Widths are in points, as in the plan.
 */

/** Below this scale a table's 11 pt text prints under ~7.7 pt: hard to read on paper. */
export const MIN_PRINT_SCALE = 0.7;

/** Excel's width of a column nobody sized (8.43 characters of Calibri 11 = 64 px = 48 pt). */
export const STANDARD_COLUMN_WIDTH = 48;

/** Excel's "Narrow" margins preset, in points: 0.25 in left and right, 0.75 in top and bottom. */
export const NARROW_MARGINS = {
  left: 18,
  right: 18,
  top: 54,
  bottom: 54,
  header: 21.6,
  footer: 21.6,
} as const;

/**
 * Printable width of a page in points with the narrow margins, on the narrower of A4
 * (595 × 842 pt) and US Letter (612 × 792 pt): the sheet stays readable on either paper.
 */
export function printableWidth(orientation: "Portrait" | "Landscape"): number {
  const paper = orientation === "Landscape" ? Math.min(842, 792) : Math.min(595, 612);
  return paper - NARROW_MARGINS.left - NARROW_MARGINS.right;
}

/**
 * Widths of the columns 0..last of a sheet, those the plan sizes taken from `sized`, the others at
 * the standard width.
 */
export function columnWidthsUpTo(sized: ReadonlyMap<number, number>, last: number): number[] {
  return Array.from({ length: last + 1 }, (_, c) => sized.get(c) ?? STANDARD_COLUMN_WIDTH);
}

/**
 * The fewest pages wide at which a sheet whose columns measure `widths` prints at a scale of at
 * least `minScale`, and that scale (at most 1: fitting never enlarges). From the second page on,
 * the print title columns, `repeated` points wide, are printed again and take page room.
 */
export function pagesWide(
  widths: readonly number[],
  printable: number,
  repeated = 0,
  minScale = MIN_PRINT_SCALE
): { pages: number; scale: number } {
  const total = widths.reduce((a, b) => a + b, 0);
  const scaleAt = (n: number) => Math.min(1, (n * printable) / (total + (n - 1) * repeated));
  let pages = 1;
  // Stop at a page per column: repeated columns wider than a page could never fit.
  while (scaleAt(pages) < minScale && pages < Math.max(1, widths.length)) pages++;
  return { pages, scale: scaleAt(pages) };
}
