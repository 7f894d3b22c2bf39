/**
 * One worksheet's cells, stored by row: values, formulas (as written, with structured references) and
 * style ids. Column and row styles apply to cells without a style of their own, as in Excel.
 */
import { MAX_COLS, MAX_ROWS, Rect } from "../address";

export type CellValue = number | string | boolean;

export interface RowData {
  /** Constant values; undefined for empty cells and formula cells. */
  v: (CellValue | undefined)[];
  /** Formula text as written (starting with "="), or undefined. */
  f?: (string | undefined)[];
  /** Style id; undefined means "inherit the row or column style". */
  s?: (number | undefined)[];
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

let sheetCounter = 0;

export class SheetModel {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  showGridlines = true;
  rows: (RowData | undefined)[] = [];
  colStyles = new Map<number, number>();
  rowStyles = new Map<number, number>();
  /** Column widths in points (Excel JS API unit). */
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenCols = new Set<number>();
  hiddenRows = new Set<number>();
  freeze: { rows: number; cols: number } | null = null;
  hyperlinks = new Map<string, Hyperlink>();
  merges: Rect[] = [];
  customProperties = new Map<string, { key: string; value: string }>();
  selection: Rect = { r0: 0, c0: 0, r1: 0, c1: 0 };
  /** Page setup (ExcelApi 1.9 PageLayout). */
  pageLayout: {
    orientation: "Portrait" | "Landscape";
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    centerHorizontally: boolean;
    centerVertically: boolean;
    printGridlines: boolean;
    paperSize: string;
    printTitleRows: Rect | null;
    printTitleColumns: Rect | null;
    printArea: Rect | null;
    printOrder: "DownThenOver" | "OverThenDown";
    /** Margins in points (Excel's "Normal" preset by default). */
    leftMargin: number;
    rightMargin: number;
    topMargin: number;
    bottomMargin: number;
    headerMargin: number;
    footerMargin: number;
  } = {
    orientation: "Portrait",
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    paperSize: "A4",
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
    printOrder: "DownThenOver",
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
  };
  /** Highest row/col ever written (an upper bound of the used range). */
  maxRow = -1;
  maxCol = -1;
  deleted = false;

  constructor(name: string) {
    sheetCounter += 1;
    this.id = `{00000000-0001-0000-${String(sheetCounter).padStart(4, "0")}-000000000000}`;
    this.name = name;
  }

  row(r: number, create: true): RowData;
  row(r: number, create?: false): RowData | undefined;
  row(r: number, create = false): RowData | undefined {
    let row = this.rows[r];
    if (!row && create) {
      row = { v: [] };
      this.rows[r] = row;
    }
    return row;
  }

  private touch(r: number, c: number): void {
    if (r > this.maxRow) this.maxRow = r;
    if (c > this.maxCol) this.maxCol = c;
  }

  getValue(r: number, c: number): CellValue | undefined {
    return this.rows[r]?.v[c];
  }

  getFormula(r: number, c: number): string | undefined {
    return this.rows[r]?.f?.[c];
  }

  hasContent(r: number, c: number): boolean {
    const row = this.rows[r];
    if (!row) return false;
    return row.v[c] !== undefined || row.f?.[c] !== undefined;
  }

  setValue(r: number, c: number, v: CellValue | undefined): void {
    const row = this.row(r, true);
    row.v[c] = v;
    if (row.f && row.f[c] !== undefined) row.f[c] = undefined;
    if (v !== undefined) this.touch(r, c);
  }

  setFormula(r: number, c: number, f: string): void {
    const row = this.row(r, true);
    if (!row.f) row.f = [];
    row.f[c] = f;
    row.v[c] = undefined;
    this.touch(r, c);
  }

  clearContent(r: number, c: number): void {
    const row = this.rows[r];
    if (!row) return;
    row.v[c] = undefined;
    if (row.f) row.f[c] = undefined;
  }

  /** The style id that applies to a cell: its own, else its row's, else its column's, else 0. */
  styleId(r: number, c: number): number {
    const own = this.rows[r]?.s?.[c];
    if (own !== undefined) return own;
    const rs = this.rowStyles.get(r);
    if (rs !== undefined) return rs;
    return this.colStyles.get(c) ?? 0;
  }

  setStyleId(r: number, c: number, id: number): void {
    const row = this.row(r, true);
    if (!row.s) row.s = [];
    row.s[c] = id;
    this.touch(r, c);
  }

  /** Smallest rectangle holding every cell with a value or formula (and, unless valuesOnly, a style). Null when empty. */
  usedRect(valuesOnly = false): Rect | null {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    const last = Math.min(this.maxRow, this.rows.length - 1);
    for (let r = 0; r <= last; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const n = Math.max(row.v.length, row.f?.length ?? 0, valuesOnly ? 0 : (row.s?.length ?? 0));
      for (let c = 0; c < n; c++) {
        const used =
          row.v[c] !== undefined ||
          row.f?.[c] !== undefined ||
          (!valuesOnly && row.s?.[c] !== undefined && row.s[c] !== 0);
        if (used) {
          if (r < r0) r0 = r;
          if (r > r1) r1 = r;
          if (c < c0) c0 = c;
          if (c > c1) c1 = c;
        }
      }
    }
    if (r1 < 0) return null;
    return { r0, r1, c0, c1 };
  }

  /** Moves the cells of columns c0..c1 at rows >= fromRow down by n rows (Excel's "insert, shift cells down"). */
  shiftDown(fromRow: number, c0: number, c1: number, n: number): void {
    const last = this.maxRow;
    if (last + n >= MAX_ROWS) throw new Error("shift beyond the last row");
    for (let r = last; r >= fromRow; r--) {
      const src = this.rows[r];
      if (!src) continue;
      for (let c = c0; c <= c1; c++) this.moveCell(src, r, c, r + n);
    }
  }

  /** Moves the cells of columns c0..c1 at rows > toRow+n-1 up by n (Excel's "delete, shift cells up"). */
  shiftUp(fromRow: number, c0: number, c1: number, n: number): void {
    for (let r = fromRow; r < fromRow + n; r++) for (let c = c0; c <= c1; c++) this.wipe(r, c);
    const last = this.maxRow;
    for (let r = fromRow + n; r <= last; r++) {
      const src = this.rows[r];
      if (!src) continue;
      for (let c = c0; c <= c1; c++) this.moveCell(src, r, c, r - n);
    }
  }

  private moveCell(src: RowData, r: number, c: number, to: number): void {
    const v = src.v[c];
    const f = src.f?.[c];
    const s = src.s?.[c];
    if (v === undefined && f === undefined && s === undefined) {
      const dst = this.rows[to];
      if (dst) this.wipe(to, c);
      return;
    }
    const dst = this.row(to, true);
    dst.v[c] = v;
    if (f !== undefined || dst.f) {
      if (!dst.f) dst.f = [];
      dst.f[c] = f;
    }
    if (s !== undefined || dst.s) {
      if (!dst.s) dst.s = [];
      dst.s[c] = s;
    }
    this.touch(to, c);
    this.wipe(r, c);
    const link = this.hyperlinks.get(`${r},${c}`);
    if (link) {
      this.hyperlinks.delete(`${r},${c}`);
      this.hyperlinks.set(`${to},${c}`, link);
    }
  }

  /** Removes content and own style of a cell. */
  wipe(r: number, c: number): void {
    const row = this.rows[r];
    if (!row) return;
    row.v[c] = undefined;
    if (row.f) row.f[c] = undefined;
    if (row.s) row.s[c] = undefined;
  }

  /** Iterates over the formula cells (row, col, text). */
  *formulaCells(): Generator<[number, number, string]> {
    const last = Math.min(this.maxRow, this.rows.length - 1);
    for (let r = 0; r <= last; r++) {
      const f = this.rows[r]?.f;
      if (!f) continue;
      for (let c = 0; c < f.length; c++) if (f[c] !== undefined) yield [r, c, f[c] as string];
    }
  }
}

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of the default font (64 px)
export const DEFAULT_ROW_HEIGHT = 15; // points

export { MAX_COLS, MAX_ROWS };
