/**
 * Cell values as the three sources give them: strings (CSV), or numbers, booleans, Dates, null
 * (Office.js grids, exceljs). Small helpers shared by the plan and the row reader.
 */

/** A row of cells: string[] from CSV, unknown[] from a grid. */
export type Cells = ArrayLike<unknown>;

/** Text of a cell for messages and dimension labels (numbers as JavaScript writes them). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** True for a cell with nothing in it (null, "", spaces). */
export function isEmptyCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.length === 0 || value.trim().length === 0;
  return false;
}

/** True when every cell of the row is empty. */
export function isBlankRow(cells: Cells): boolean {
  for (let i = 0; i < cells.length; i++) if (!isEmptyCell(cells[i])) return false;
  return true;
}

/** Number of non-empty cells. */
export function filledCount(cells: Cells): number {
  let n = 0;
  for (let i = 0; i < cells.length; i++) if (!isEmptyCell(cells[i])) n++;
  return n;
}

/**
 * A copy of a label that does not pin the whole source text in memory (papaparse returns
 * slices of the file; a dictionary keeps its labels for the life of the table).
 */
export function detachString(text: string): string {
  return (" " + text).slice(1);
}
