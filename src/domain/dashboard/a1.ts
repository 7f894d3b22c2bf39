/** A1 addresses from 0-based positions. */

/** Column letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`Bad column index ${col}`);
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "C5" for (row 4, col 2); absolute ("$C$5") on request. */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** Mixed reference: `$A5` (absolute column), `B$4` (absolute row). */
export function mixedAddress(
  row: number,
  col: number,
  absoluteCol: boolean,
  absoluteRow: boolean
): string {
  return `${absoluteCol ? "$" : ""}${columnLetters(col)}${absoluteRow ? "$" : ""}${row + 1}`;
}

/** "A1:C3" for a rectangle of `rows` × `cols` cells starting at (row, col); a single cell gives "A1". */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  if (rows < 1 || cols < 1) throw new RangeError(`Empty range ${rows}×${cols}`);
  const start = cellAddress(row, col);
  return rows === 1 && cols === 1
    ? start
    : `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** Sheet-qualified reference for formulas: `'Suivi mensuel'!C5` (quotes doubled inside). */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Parse "C5" (or "$C$5") into 0-based row and column. */
export function parseCell(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new RangeError(`Bad cell address ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
