/** A1 addresses: parsing and printing, as Excel writes them (`'Suivi mensuel'!A1:B2`, `Données!C:C`). */

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress extends Rect {
  sheet?: string;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel quotes a sheet name in a reference unless it is a plain identifier that cannot be read as a cell reference. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name) &&
    !/^(TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetters(col)}$${row + 1}` : `${columnLetters(col)}${row + 1}`;
}

/** Address of a rectangle without the sheet: "A1", "A1:B2", "A:A", "1:3". */
export function rectAddress(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1) {
    return `${d}${columnLetters(rect.c0)}:${d}${columnLetters(rect.c1)}`;
  }
  if (rect.c0 === 0 && rect.c1 === MAX_COLS - 1) return `${d}${rect.r0 + 1}:${d}${rect.r1 + 1}`;
  const a = cellAddress(rect.r0, rect.c0, absolute);
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${cellAddress(rect.r1, rect.c1, absolute)}`;
}

/** Address with the sheet prefix, as `Range.address` returns it. */
export function fullAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheet)}!${rectAddress(rect, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/** Splits "Sheet!A1" / "'My sheet'!A1" into the sheet name (unquoted) and the rest. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i++];
    }
    if (s[i + 1] !== "!") return { ref: s };
    return { sheet: name, ref: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf("!");
  if (bang > 0) return { sheet: s.slice(0, bang), ref: s.slice(bang + 1) };
  return { ref: s };
}

function parsePart(part: string): { row?: number; col?: number } | null {
  let m = CELL.exec(part);
  if (m) return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COL.exec(part);
  if (m) return { col: columnIndex(m[1]) };
  m = ROW.exec(part);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

/** Parses an A1 address (cell, range, whole columns or rows, optional sheet). Returns null when invalid. */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, ref } = splitSheet(address);
  const parts = ref.split(":");
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => p === "")) return null;
  const a = parsePart(parts[0]);
  const b = parts.length === 2 ? parsePart(parts[1]) : a;
  if (!a || !b) return null;
  let rect: Rect;
  if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    rect = { r0: a.row, c0: a.col, r1: b.row, c1: b.col };
  } else if (
    a.row === undefined &&
    b.row === undefined &&
    a.col !== undefined &&
    b.col !== undefined
  ) {
    if (parts.length !== 2) return null;
    rect = { r0: 0, r1: MAX_ROWS - 1, c0: a.col, c1: b.col };
  } else if (
    a.col === undefined &&
    b.col === undefined &&
    a.row !== undefined &&
    b.row !== undefined
  ) {
    if (parts.length !== 2) return null;
    rect = { r0: a.row, r1: b.row, c0: 0, c1: MAX_COLS - 1 };
  } else {
    return null;
  }
  const norm = normalizeRect(rect);
  if (norm.r0 < 0 || norm.c0 < 0 || norm.r1 >= MAX_ROWS || norm.c1 >= MAX_COLS) return null;
  return sheet === undefined ? norm : { ...norm, sheet };
}

export function normalizeRect(r: Rect): Rect {
  return {
    r0: Math.min(r.r0, r.r1),
    r1: Math.max(r.r0, r.r1),
    c0: Math.min(r.c0, r.c1),
    c1: Math.max(r.c0, r.c1),
  };
}

export function rectContains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.r0 && row <= outer.r1 && col >= outer.c0 && col <= outer.c1;
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!rectsIntersect(a, b)) return null;
  return {
    r0: Math.max(a.r0, b.r0),
    r1: Math.min(a.r1, b.r1),
    c0: Math.max(a.c0, b.c0),
    c1: Math.min(a.c1, b.c1),
  };
}

export function rectRows(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function rectCols(r: Rect): number {
  return r.c1 - r.c0 + 1;
}
