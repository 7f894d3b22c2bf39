/**
 * Structured references (`Ventes[CA HT]`, `Ventes[[#This Row],[CA HT]]`, `[@[CA HT]]`, `[@Coût]`,
 * `Ventes[#Totals]`, `Ventes[[#Headers],[Mois]:[CA HT]]`, `Ventes[Coût d''achat]`) resolved to cell
 * rectangles from the current geometry of the tables. Excel's rules:
 * - an apostrophe escapes the next character in a column name (`'`, `[`, `]`, `#`);
 * - no item specifier means `#Data`; `@` means `#This Row`;
 * - a reference without a table name refers to the table that contains the formula;
 * - `#Totals` (or `#Headers`) of a table that has no such row is `#REF!`.
 */
import { fullAddress, cellAddress, columnLetters, quoteSheetName, Rect } from "../address";

export interface TableGeometry {
  name: string;
  sheetName: string;
  /** Row of the header row, or null when headers are hidden. */
  headerRow: number | null;
  dataR0: number;
  dataR1: number;
  /** Row of the total row, or null when it is not shown. */
  totalsRow: number | null;
  c0: number;
  columns: string[];
}

export interface TableLookup {
  byName(name: string): TableGeometry | undefined;
  /** The table whose range (headers to totals) contains the cell, if any. */
  containing(sheetName: string, row: number, col: number): TableGeometry | undefined;
}

export type Special = "#All" | "#Data" | "#Headers" | "#Totals" | "#This Row";

export interface StructuredRef {
  table: string; // "" when unqualified
  specials: Special[];
  thisRow: boolean;
  /** Column names (from, to); null for all columns. */
  columns: [string, string] | null;
}

const SPECIALS: Record<string, Special> = {
  "#all": "#All",
  "#data": "#Data",
  "#headers": "#Headers",
  "#totals": "#Totals",
  "#this row": "#This Row",
};

/** Removes the apostrophe escapes of a column name. */
export function unescapeColumn(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "'" && i + 1 < s.length) {
      out += s[i + 1];
      i++;
    } else out += s[i];
  }
  return out;
}

/** Escapes a column name for use inside brackets. */
export function escapeColumn(name: string): string {
  return name.replace(/(['[\]#])/g, "'$1");
}

/** Splits "[a],[b]:[c]" into bracket items and the separators between them. */
function splitItems(s: string): { items: string[]; seps: string[] } {
  const items: string[] = [];
  const seps: string[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && s[i] === " ") i++;
    if (i >= s.length) break;
    if (s[i] !== "[") throw new Error(`Invalid structured reference item near "${s.slice(i)}"`);
    let j = i + 1;
    let body = "";
    while (j < s.length && s[j] !== "]") {
      if (s[j] === "'" && j + 1 < s.length) {
        body += s[j] + s[j + 1];
        j += 2;
        continue;
      }
      body += s[j++];
    }
    if (j >= s.length) throw new Error("Unbalanced structured reference");
    items.push(body);
    i = j + 1;
    while (i < s.length && s[i] === " ") i++;
    if (i < s.length) {
      if (s[i] !== "," && s[i] !== ":") throw new Error("Invalid structured reference separator");
      seps.push(s[i]);
      i++;
    }
  }
  return { items, seps };
}

/** Parses the text of a structured-reference token (`Table[...]` or `[...]`). */
export function parseStructuredRef(text: string): StructuredRef {
  const open = text.indexOf("[");
  const table = text.slice(0, open);
  const inner = text.slice(open + 1, -1);
  const trimmed = inner.trim();
  const ref: StructuredRef = { table, specials: [], thisRow: false, columns: null };
  if (trimmed.startsWith("@")) {
    ref.thisRow = true;
    const rest = trimmed.slice(1).trim();
    if (rest === "") return ref;
    if (rest.startsWith("[")) {
      const { items, seps } = splitItems(rest);
      const cols = items.map(unescapeColumn);
      ref.columns = seps[0] === ":" ? [cols[0], cols[1]] : [cols[0], cols[0]];
    } else ref.columns = [unescapeColumn(rest), unescapeColumn(rest)];
    return ref;
  }
  if (!trimmed.startsWith("[")) {
    if (trimmed === "") return ref;
    const sp = SPECIALS[trimmed.toLowerCase()];
    if (sp) ref.specials.push(sp);
    else {
      const c = unescapeColumn(inner);
      ref.columns = [c, c];
    }
    return ref;
  }
  const { items, seps } = splitItems(trimmed);
  const cols: string[] = [];
  let range = false;
  items.forEach((item, k) => {
    const sp = SPECIALS[item.trim().toLowerCase()];
    if (sp) {
      if (sp === "#This Row") ref.thisRow = true;
      else ref.specials.push(sp);
    } else {
      cols.push(unescapeColumn(item));
      if (seps[k] === ":") range = true;
    }
  });
  if (cols.length === 1) ref.columns = [cols[0], cols[0]];
  else if (cols.length === 2 && range) ref.columns = [cols[0], cols[1]];
  else if (cols.length > 0) throw new Error("Invalid column list in structured reference");
  return ref;
}

export type Resolution =
  | { ok: true; sheetName: string; rect: Rect; thisRow?: boolean }
  | { ok: false; error: "#REF!" | "#VALUE!"; reason: string };

/** Resolves a structured reference for a formula located at (sheetName, row, col). */
export function resolveStructuredRef(
  ref: StructuredRef,
  at: { sheetName: string; row: number; col: number },
  tables: TableLookup
): Resolution {
  const t = ref.table ? tables.byName(ref.table) : tables.containing(at.sheetName, at.row, at.col);
  if (!t)
    return {
      ok: false,
      error: "#REF!",
      reason: ref.table ? `no table named ${ref.table}` : "the formula is not inside a table",
    };
  let c0 = t.c0;
  let c1 = t.c0 + t.columns.length - 1;
  if (ref.columns) {
    const find = (n: string) => t.columns.findIndex((c) => c.toLowerCase() === n.toLowerCase());
    const a = find(ref.columns[0]);
    const b = find(ref.columns[1]);
    if (a < 0 || b < 0) {
      return {
        ok: false,
        error: "#REF!",
        reason: `table ${t.name} has no column ${a < 0 ? ref.columns[0] : ref.columns[1]}`,
      };
    }
    c0 = t.c0 + Math.min(a, b);
    c1 = t.c0 + Math.max(a, b);
  }
  if (ref.thisRow) {
    if (at.sheetName !== t.sheetName || at.row < t.dataR0 || at.row > t.dataR1) {
      return {
        ok: false,
        error: "#VALUE!",
        reason: "[#This Row] used outside the table's data rows",
      };
    }
    return {
      ok: true,
      sheetName: t.sheetName,
      rect: { r0: at.row, r1: at.row, c0, c1 },
      thisRow: true,
    };
  }
  const specials = ref.specials.length ? ref.specials : ["#Data" as Special];
  let r0 = Infinity;
  let r1 = -Infinity;
  for (const sp of specials) {
    let a: number;
    let b: number;
    if (sp === "#Headers") {
      if (t.headerRow === null)
        return { ok: false, error: "#REF!", reason: `table ${t.name} shows no header row` };
      a = b = t.headerRow;
    } else if (sp === "#Totals") {
      if (t.totalsRow === null)
        return { ok: false, error: "#REF!", reason: `table ${t.name} shows no total row` };
      a = b = t.totalsRow;
    } else if (sp === "#All") {
      a = t.headerRow ?? t.dataR0;
      b = t.totalsRow ?? t.dataR1;
    } else {
      a = t.dataR0;
      b = t.dataR1;
    }
    r0 = Math.min(r0, a);
    r1 = Math.max(r1, b);
  }
  return { ok: true, sheetName: t.sheetName, rect: { r0, r1, c0, c1 } };
}

/** A1 text for a resolved rectangle, absolute, with the sheet name. */
export function resolutionToA1(res: Resolution): string {
  if (!res.ok) return res.error;
  const { rect, sheetName } = res;
  if (res.thisRow) {
    // row-relative ($C5): every row of a calculated column then shares one formula shape for the engine
    const one = `$${columnLetters(rect.c0)}${rect.r0 + 1}`;
    const q = quoteSheetName(sheetName);
    return rect.c0 === rect.c1
      ? `${q}!${one}`
      : `${q}!${one}:$${columnLetters(rect.c1)}${rect.r0 + 1}`;
  }
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1)
    return `${quoteSheetName(sheetName)}!${cellAddress(rect.r0, rect.c0, true)}`;
  return fullAddress(sheetName, rect, true);
}

/** The file-format spelling (OOXML stores `[#This Row]`, never `@`, and always names the table). */
export function toFileFormat(ref: StructuredRef, tableName: string): string {
  const parts: string[] = [];
  if (ref.thisRow) parts.push("[#This Row]");
  for (const sp of ref.specials) parts.push(`[${sp}]`);
  const col = ref.columns
    ? ref.columns[0] === ref.columns[1]
      ? `[${escapeColumn(ref.columns[0])}]`
      : `[${escapeColumn(ref.columns[0])}]:[${escapeColumn(ref.columns[1])}]`
    : null;
  if (!col) {
    if (parts.length === 0) return `${tableName}[]`;
    if (parts.length === 1) return `${tableName}${parts[0]}`;
    return `${tableName}[${parts.join(",")}]`;
  }
  if (parts.length === 0) {
    return ref.columns![0] === ref.columns![1] ? `${tableName}${col}` : `${tableName}[${col}]`;
  }
  return `${tableName}[${[...parts, col].join(",")}]`;
}
