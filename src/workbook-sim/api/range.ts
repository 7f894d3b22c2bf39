/** Excel.Range and its format objects. */
import {
  columnLetters,
  fullAddress,
  intersection,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  Rect,
} from "../address";
import { simError } from "../errors";
import { SheetModel, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "../model/sheet";
import { CellStyle, DEFAULT_FONT, StylePatch } from "../model/styles";
import { WorkbookModel } from "../model/workbook";
import { defineProps, SimContextLike, SimObject, jsonBytes } from "./base";
import { conditionalFormatsOf, worksheetProxy } from "./registry";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

function model(o: SimObject): WorkbookModel {
  return o.context.core.model;
}

function checkSheet(t: RangeTarget): void {
  if (t.sheet.deleted)
    throw simError("InvalidReference", "Range", "The worksheet of this range has been deleted.");
}

function cellCount(r: Rect): number {
  return (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
}

function readGrid<T>(
  o: SimObject,
  t: RangeTarget,
  fn: (m: WorkbookModel, s: SheetModel, r: number, c: number) => T
): T[][] {
  checkSheet(t);
  const m = model(o);
  const n = cellCount(t.rect);
  if (n > o.context.core.options.maxCellsRead) {
    throw simError(
      "RangeExceedsLimit",
      "Range.load",
      "The cell count in the range has exceeded the maximum supported number (5,000,000 cells for read operations)."
    );
  }
  o.context._pending().cellsRead += n;
  return m.mapRect(t.rect, (r, c) => fn(m, t.sheet, r, c));
}

/** The value shared by all cells, or null when they differ (Excel's rule for format properties of a range). */
export function uniform<T>(
  m: WorkbookModel,
  t: RangeTarget,
  fn: (style: CellStyle) => T
): T | null {
  const s = t.sheet;
  const r1 = Math.min(t.rect.r1, Math.max(s.maxRow + 1, t.rect.r0));
  const c1 = Math.min(t.rect.c1, Math.max(s.maxCol + 1, t.rect.c0));
  let first: T | undefined;
  let set = false;
  for (let r = t.rect.r0; r <= r1; r++) {
    for (let c = t.rect.c0; c <= c1; c++) {
      const v = fn(m.styles.get(s.styleId(r, c)));
      if (!set) {
        first = v;
        set = true;
      } else if (v !== first) return null;
    }
  }
  return first as T;
}

function writeCells(v: unknown, o: SimObject): number {
  if (Array.isArray(v))
    return v.reduce(
      (n: number, line) =>
        n + (Array.isArray(line) ? line.filter((x) => x !== null && x !== undefined).length : 0),
      0
    );
  const t = (o as SimRange)._peekRect();
  return t ? cellCount(t) : 1;
}

/** Points → column width in Excel's JS unit (points). Widths are stored in points. */
function columnWidthOf(s: SheetModel, c: number): number {
  return s.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
}

function rowHeightOf(s: SheetModel, r: number): number {
  return s.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
}

export class SimRange
  extends SimObject
  implements
    Pick<
      Excel.Range,
      | "address"
      | "values"
      | "formulas"
      | "numberFormat"
      | "text"
      | "rowCount"
      | "columnCount"
      | "cellCount"
      | "rowIndex"
      | "columnIndex"
      | "valueTypes"
      | "addressLocal"
      | "formulasLocal"
      | "numberFormatLocal"
      | "hyperlink"
      | "isEntireColumn"
      | "isEntireRow"
      | "clear"
      | "select"
      | "merge"
      | "unmerge"
      | "calculate"
      | "showCard"
    >
{
  static override entity = "Range";
  declare address: string;
  declare addressLocal: string;
  declare values: any[][];
  declare formulas: any[][];
  declare formulasLocal: any[][];
  declare numberFormat: any[][];
  declare numberFormatLocal: any[][];
  declare text: string[][];
  declare valueTypes: Excel.RangeValueType[][];
  declare rowCount: number;
  declare columnCount: number;
  declare cellCount: number;
  declare rowIndex: number;
  declare columnIndex: number;
  declare hyperlink: Excel.RangeHyperlink;
  declare isEntireColumn: boolean;
  declare isEntireRow: boolean;
  declare columnHidden: boolean;
  declare rowHidden: boolean;
  declare hidden: boolean;
  declare height: number;
  declare width: number;
  declare top: number;
  declare left: number;

  constructor(
    ctx: SimContextLike,
    binder: () => unknown,
    eager = true,
    api = "1.1",
    label?: string
  ) {
    super(ctx, binder, eager, api, label);
  }

  /** The rectangle if already bound (for counters), without throwing. */
  _peekRect(): Rect | null {
    try {
      return this._t<RangeTarget>()?.rect ?? null;
    } catch {
      return null;
    }
  }

  _rt(): RangeTarget {
    const t = this._t<RangeTarget>();
    if (!t) throw simError("ItemNotFound", "Range");
    return t;
  }

  /** A new range derived from this one at execution time. */
  private derive(label: string, fn: (t: RangeTarget) => RangeTarget | null, api = "1.1"): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this._t<RangeTarget>();
        if (!t) return null;
        return fn(t);
      },
      true,
      api,
      `Range.${label}`
    );
  }

  get format(): Excel.RangeFormat {
    return this._nav(
      "format",
      () => new SimRangeFormat(this.context, () => this._t(), false)
    ) as unknown as Excel.RangeFormat;
  }

  get worksheet(): Excel.Worksheet {
    return this._nav("worksheet", () =>
      worksheetProxy(this.context, () => this._t<RangeTarget>()?.sheet ?? null)
    ) as unknown as Excel.Worksheet;
  }

  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return this._nav("conditionalFormats", () =>
      conditionalFormatsOf(this)
    ) as unknown as Excel.ConditionalFormatCollection;
  }

  getCell(row: number, column: number): Excel.Range {
    return this.derive("getCell", (t) => {
      const r = t.rect.r0 + row;
      const c = t.rect.c0 + column;
      if (row < 0 || column < 0 || r >= MAX_ROWS || c >= MAX_COLS)
        throw simError("InvalidArgument", "Range.getCell");
      return { sheet: t.sheet, rect: { r0: r, r1: r, c0: c, c1: c } };
    }) as unknown as Excel.Range;
  }

  getRow(row: number): Excel.Range {
    return this.derive("getRow", (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, r0: t.rect.r0 + row, r1: t.rect.r0 + row },
    })) as unknown as Excel.Range;
  }

  getColumn(column: number): Excel.Range {
    return this.derive("getColumn", (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, c0: t.rect.c0 + column, c1: t.rect.c0 + column },
    })) as unknown as Excel.Range;
  }

  getEntireColumn(): Excel.Range {
    return this.derive("getEntireColumn", (t) => ({
      sheet: t.sheet,
      rect: { r0: 0, r1: MAX_ROWS - 1, c0: t.rect.c0, c1: t.rect.c1 },
    })) as unknown as Excel.Range;
  }

  getEntireRow(): Excel.Range {
    return this.derive("getEntireRow", (t) => ({
      sheet: t.sheet,
      rect: { r0: t.rect.r0, r1: t.rect.r1, c0: 0, c1: MAX_COLS - 1 },
    })) as unknown as Excel.Range;
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.derive(
      "getResizedRange",
      (t) => {
        const r1 = t.rect.r1 + deltaRows;
        const c1 = t.rect.c1 + deltaColumns;
        if (r1 < t.rect.r0 || c1 < t.rect.c0 || r1 >= MAX_ROWS || c1 >= MAX_COLS)
          throw simError("InvalidArgument", "Range.getResizedRange");
        return { sheet: t.sheet, rect: { ...t.rect, r1, c1 } };
      },
      "1.7"
    ) as unknown as Excel.Range;
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.derive("getOffsetRange", (t) => {
      const rect = {
        r0: t.rect.r0 + rowOffset,
        r1: t.rect.r1 + rowOffset,
        c0: t.rect.c0 + columnOffset,
        c1: t.rect.c1 + columnOffset,
      };
      if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS)
        throw simError("InvalidArgument", "Range.getOffsetRange");
      return { sheet: t.sheet, rect };
    }) as unknown as Excel.Range;
  }

  getLastCell(): Excel.Range {
    return this.derive("getLastCell", (t) => ({
      sheet: t.sheet,
      rect: { r0: t.rect.r1, r1: t.rect.r1, c0: t.rect.c1, c1: t.rect.c1 },
    })) as unknown as Excel.Range;
  }

  getLastRow(): Excel.Range {
    return this.derive("getLastRow", (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, r0: t.rect.r1 },
    })) as unknown as Excel.Range;
  }

  getLastColumn(): Excel.Range {
    return this.derive("getLastColumn", (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, c0: t.rect.c1 },
    })) as unknown as Excel.Range;
  }

  getRowsAbove(count = 1): Excel.Range {
    return this.derive(
      "getRowsAbove",
      (t) => ({ sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r0 - count, r1: t.rect.r0 - 1 } }),
      "1.2"
    ) as unknown as Excel.Range;
  }

  getRowsBelow(count = 1): Excel.Range {
    return this.derive(
      "getRowsBelow",
      (t) => ({ sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r1 + 1, r1: t.rect.r1 + count } }),
      "1.2"
    ) as unknown as Excel.Range;
  }

  getColumnsAfter(count = 1): Excel.Range {
    return this.derive(
      "getColumnsAfter",
      (t) => ({ sheet: t.sheet, rect: { ...t.rect, c0: t.rect.c1 + 1, c1: t.rect.c1 + count } }),
      "1.2"
    ) as unknown as Excel.Range;
  }

  getColumnsBefore(count = 1): Excel.Range {
    return this.derive(
      "getColumnsBefore",
      (t) => ({ sheet: t.sheet, rect: { ...t.rect, c0: t.rect.c0 - count, c1: t.rect.c0 - 1 } }),
      "1.2"
    ) as unknown as Excel.Range;
  }

  private otherRect(t: RangeTarget, other: Excel.Range | string): Rect {
    if (typeof other === "string") {
      const p = parseAddress(other);
      if (!p) throw simError("InvalidArgument", "Range", `Invalid address ${other}`);
      return p;
    }
    const o = (other as unknown as SimRange)._rt();
    if (o.sheet !== t.sheet)
      throw simError("InvalidArgument", "Range", "The ranges are on different worksheets.");
    return o.rect;
  }

  getIntersection(anotherRange: Excel.Range | string): Excel.Range {
    return this.derive("getIntersection", (t) => {
      const i = intersection(t.rect, this.otherRect(t, anotherRange));
      if (!i) throw simError("ItemNotFound", "Range.getIntersection");
      return { sheet: t.sheet, rect: i };
    }) as unknown as Excel.Range;
  }

  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    return this.derive("getIntersectionOrNullObject", (t) => {
      const i = intersection(t.rect, this.otherRect(t, anotherRange));
      return i ? { sheet: t.sheet, rect: i } : null;
    }) as unknown as Excel.Range;
  }

  getBoundingRect(anotherRange: Excel.Range | string): Excel.Range {
    return this.derive("getBoundingRect", (t) => {
      const o = this.otherRect(t, anotherRange);
      return {
        sheet: t.sheet,
        rect: {
          r0: Math.min(t.rect.r0, o.r0),
          c0: Math.min(t.rect.c0, o.c0),
          r1: Math.max(t.rect.r1, o.r1),
          c1: Math.max(t.rect.c1, o.c1),
        },
      };
    }) as unknown as Excel.Range;
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this.derive("getUsedRange", (t) => {
      const u = t.sheet.usedRect(!!valuesOnly);
      const i = u ? intersection(u, t.rect) : null;
      if (!i) throw simError("ItemNotFound", "Range.getUsedRange");
      return { sheet: t.sheet, rect: i };
    }) as unknown as Excel.Range;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return this.derive("getUsedRangeOrNullObject", (t) => {
      const u = t.sheet.usedRect(!!valuesOnly);
      const i = u ? intersection(u, t.rect) : null;
      return i ? { sheet: t.sheet, rect: i } : null;
    }) as unknown as Excel.Range;
  }

  clear(applyTo?: string): void {
    this._call("clear", "1.1", [applyTo], (t: RangeTarget) => {
      checkSheet(t);
      model(this).clearRect(t.sheet, t.rect, applyTo ?? "All");
    });
  }

  delete(shift: string): void {
    this._call("delete", "1.1", [shift], (t: RangeTarget) => {
      checkSheet(t);
      const n = t.rect.r1 - t.rect.r0 + 1;
      if (shift === "Up") t.sheet.shiftUp(t.rect.r0, t.rect.c0, t.rect.c1, n);
      else
        throw simError(
          "NotImplemented",
          "Range.delete",
          `The simulator only shifts cells up (got ${shift}).`
        );
      model(this).engine.markStructural();
    });
  }

  insert(shift: string): Excel.Range {
    const result = this.derive("insert", (t) => t);
    this._call("insert", "1.1", [shift], (t: RangeTarget) => {
      checkSheet(t);
      const n = t.rect.r1 - t.rect.r0 + 1;
      if (shift === "Down") t.sheet.shiftDown(t.rect.r0, t.rect.c0, t.rect.c1, n);
      else
        throw simError(
          "NotImplemented",
          "Range.insert",
          `The simulator only shifts cells down (got ${shift}).`
        );
      model(this).engine.markStructural();
    });
    return result as unknown as Excel.Range;
  }

  /**
   * ExcelApi 1.9. "Copies cell data or formatting from the source range or RangeAreas to the
   * current range. The destination range can be a different size than the source range or
   * RangeAreas. The destination is expanded automatically if it's smaller than the source."
   */
  copyFrom(
    sourceRange: Excel.Range | string,
    copyType: string = "All",
    skipBlanks = false,
    transpose = false
  ): void {
    this._call(
      "copyFrom",
      "1.9",
      [typeof sourceRange === "string" ? sourceRange : "range", copyType, skipBlanks, transpose],
      (t: RangeTarget) => {
        checkSheet(t);
        const m = model(this);
        let src: RangeTarget;
        if (typeof sourceRange === "string") {
          const p = parseAddress(sourceRange);
          const sheet = p?.sheet ? m.sheetByName(p.sheet) : t.sheet;
          if (!p || !sheet)
            throw simError("InvalidArgument", "Range.copyFrom", `Invalid address ${sourceRange}`);
          src = { sheet, rect: p };
        } else src = (sourceRange as unknown as SimRange)._rt();
        checkSheet(src);
        m.copyRange(src, t, copyType, skipBlanks, transpose);
      }
    );
  }

  select(): void {
    this._call("select", "1.1", [], (t: RangeTarget) => {
      checkSheet(t);
      t.sheet.selection = { ...t.rect };
      model(this).activeSheet = t.sheet;
    });
  }

  merge(across?: boolean): void {
    this._call("merge", "1.2", [across], (t: RangeTarget) => {
      if (across)
        for (let r = t.rect.r0; r <= t.rect.r1; r++)
          t.sheet.merges.push({ ...t.rect, r0: r, r1: r });
      else t.sheet.merges.push({ ...t.rect });
    });
  }

  unmerge(): void {
    this._call("unmerge", "1.2", [], (t: RangeTarget) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !intersection(m, t.rect));
    });
  }

  calculate(): void {
    this._call("calculate", "1.6", [], () => undefined);
  }

  showCard(): void {
    this._call("showCard", "1.7", [], () => undefined);
  }
}

defineProps(SimRange, {
  address: { get: (t: RangeTarget) => (checkSheet(t), fullAddress(t.sheet.name, t.rect)) },
  addressLocal: { get: (t: RangeTarget) => (checkSheet(t), fullAddress(t.sheet.name, t.rect)) },
  rowCount: { get: (t: RangeTarget) => t.rect.r1 - t.rect.r0 + 1 },
  columnCount: { get: (t: RangeTarget) => t.rect.c1 - t.rect.c0 + 1 },
  cellCount: { get: (t: RangeTarget) => cellCount(t.rect) },
  rowIndex: { get: (t: RangeTarget) => t.rect.r0 },
  columnIndex: { get: (t: RangeTarget) => t.rect.c0 },
  isEntireColumn: {
    get: (t: RangeTarget) => t.rect.r0 === 0 && t.rect.r1 === MAX_ROWS - 1,
    api: "1.7",
  },
  isEntireRow: {
    get: (t: RangeTarget) => t.rect.c0 === 0 && t.rect.c1 === MAX_COLS - 1,
    api: "1.7",
  },
  values: {
    get: (t: RangeTarget, o: SimObject) =>
      readGrid(o, t, (m, s, r, c) => m.cellValueForApi(s, r, c)),
    set: (t: RangeTarget, v: unknown, o: SimObject) => {
      checkSheet(t);
      model(o).writeRect(t.sheet, t.rect, v, "values");
    },
    cells: writeCells as never,
  },
  formulas: {
    get: (t: RangeTarget, o: SimObject) =>
      readGrid(o, t, (m, s, r, c) => m.cellFormulaForApi(s, r, c)),
    set: (t: RangeTarget, v: unknown, o: SimObject) => {
      checkSheet(t);
      model(o).writeRect(t.sheet, t.rect, v, "formulas");
    },
    cells: writeCells as never,
  },
  // Not localised: the simulator answers with the English form (formulas, "General", A1 addresses).
  formulasLocal: {
    get: (t: RangeTarget, o: SimObject) =>
      readGrid(o, t, (m, s, r, c) => m.cellFormulaForApi(s, r, c)),
    set: (t: RangeTarget, v: unknown, o: SimObject) => {
      checkSheet(t);
      model(o).writeRect(t.sheet, t.rect, v, "formulas");
    },
    cells: writeCells as never,
  },
  numberFormat: {
    get: (t: RangeTarget, o: SimObject) =>
      readGrid(o, t, (m, s, r, c) => m.cellNumberFormat(s, r, c)),
    set: (t: RangeTarget, v: unknown, o: SimObject) => {
      checkSheet(t);
      model(o).writeNumberFormat(t.sheet, t.rect, v);
    },
  },
  numberFormatLocal: {
    get: (t: RangeTarget, o: SimObject) =>
      readGrid(o, t, (m, s, r, c) => m.cellNumberFormat(s, r, c)),
    set: (t: RangeTarget, v: unknown, o: SimObject) => {
      checkSheet(t);
      model(o).writeNumberFormat(t.sheet, t.rect, v);
    },
    api: "1.7",
  },
  text: {
    get: (t: RangeTarget, o: SimObject) => readGrid(o, t, (m, s, r, c) => m.cellText(s, r, c)),
  },
  valueTypes: {
    get: (t: RangeTarget, o: SimObject) => readGrid(o, t, (m, s, r, c) => m.cellValueType(s, r, c)),
  },
  hyperlink: {
    api: "1.7",
    get: (t: RangeTarget) => {
      const link = t.sheet.hyperlinks.get(`${t.rect.r0},${t.rect.c0}`);
      return link ? { ...link } : null;
    },
    set: (t: RangeTarget, v: Excel.RangeHyperlink, o: SimObject) => {
      checkSheet(t);
      const m = model(o);
      for (let r = t.rect.r0; r <= t.rect.r1; r++) {
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          if (!v || (!v.address && !v.documentReference)) {
            t.sheet.hyperlinks.delete(`${r},${c}`);
            continue;
          }
          t.sheet.hyperlinks.set(`${r},${c}`, { ...v });
          const display =
            v.textToDisplay ??
            (t.sheet.hasContent(r, c) ? undefined : (v.address ?? v.documentReference));
          if (display !== undefined) {
            t.sheet.setValue(r, c, display);
            m.afterWrite(t.sheet, { r0: r, r1: r, c0: c, c1: c });
          }
        }
      }
    },
  },
  columnHidden: {
    get: (t: RangeTarget) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) if (!t.sheet.hiddenCols.has(c)) return false;
      return true;
    },
    set: (t: RangeTarget, v: boolean) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++)
        v ? t.sheet.hiddenCols.add(c) : t.sheet.hiddenCols.delete(c);
    },
    api: "1.2",
  },
  rowHidden: {
    get: (t: RangeTarget) => {
      for (let r = t.rect.r0; r <= t.rect.r1; r++) if (!t.sheet.hiddenRows.has(r)) return false;
      return true;
    },
    set: (t: RangeTarget, v: boolean) => {
      for (let r = t.rect.r0; r <= t.rect.r1; r++)
        v ? t.sheet.hiddenRows.add(r) : t.sheet.hiddenRows.delete(r);
    },
    api: "1.2",
  },
  hidden: {
    get: (t: RangeTarget) =>
      [...Array(t.rect.c1 - t.rect.c0 + 1).keys()].every((i) =>
        t.sheet.hiddenCols.has(t.rect.c0 + i)
      ),
    api: "1.2",
  },
  width: {
    get: (t: RangeTarget) => sum(t.rect.c0, t.rect.c1, (c) => columnWidthOf(t.sheet, c)),
    api: "1.3",
  },
  height: {
    get: (t: RangeTarget) => sum(t.rect.r0, t.rect.r1, (r) => rowHeightOf(t.sheet, r)),
    api: "1.3",
  },
  left: {
    get: (t: RangeTarget) => sum(0, t.rect.c0 - 1, (c) => columnWidthOf(t.sheet, c)),
    api: "1.3",
  },
  top: {
    get: (t: RangeTarget) => sum(0, t.rect.r0 - 1, (r) => rowHeightOf(t.sheet, r)),
    api: "1.3",
  },
});

function sum(a: number, b: number, f: (i: number) => number): number {
  let s = 0;
  for (let i = a; i <= b; i++) s += f(i);
  return s;
}

/** Width in points that fits the longest display text of each column (an estimate of Excel's autofit). */
export function autofitWidth(
  m: WorkbookModel,
  s: SheetModel,
  c: number,
  r0: number,
  r1: number
): number | null {
  let best = 0;
  const last = Math.min(r1, s.maxRow);
  for (let r = r0; r <= last; r++) {
    if (!s.hasContent(r, c)) continue;
    const st = m.styles.get(s.styleId(r, c));
    if (st.wrapText) continue;
    const text = m.cellText(s, r, c);
    const size = st.font?.size ?? DEFAULT_FONT.size;
    const factor = (size / DEFAULT_FONT.size) * (st.font?.bold ? 1.08 : 1);
    const w = textWidthPoints(text) * factor;
    if (w > best) best = w;
  }
  if (best === 0) return null;
  return Math.min(409.5 * 4, Math.round((best + 7.5) * 4) / 4);
}

/** Approximate width in points of a text in the default font (narrow letters count less). */
export function textWidthPoints(text: string): number {
  let w = 0;
  for (const ch of text) {
    if ("il.,:;|!'’ ".includes(ch)) w += 2.4;
    else if ("ftjrI()[]-".includes(ch)) w += 3.4;
    else if ("mwMW@%".includes(ch)) w += 8;
    else if (/[A-Z0-9€$]/.test(ch)) w += 5.9;
    else w += 5.1;
  }
  return w;
}

function stylePatch(o: SimObject, t: RangeTarget, patch: StylePatch): void {
  checkSheet(t);
  model(o).patchStyle(t.sheet, t.rect, patch);
}

export class SimRangeFormat
  extends SimObject
  implements
    Pick<
      Excel.RangeFormat,
      | "columnWidth"
      | "rowHeight"
      | "horizontalAlignment"
      | "verticalAlignment"
      | "wrapText"
      | "indentLevel"
      | "autofitColumns"
      | "autofitRows"
    >
{
  static override entity = "RangeFormat";
  declare columnWidth: number;
  declare useStandardWidth: boolean;
  declare rowHeight: number;
  declare horizontalAlignment:
    | Excel.HorizontalAlignment
    | "General"
    | "Left"
    | "Center"
    | "Right"
    | "Fill"
    | "Justify"
    | "CenterAcrossSelection"
    | "Distributed";
  declare verticalAlignment:
    Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed";
  declare wrapText: boolean;
  declare indentLevel: number;

  get font(): Excel.RangeFont {
    return this._nav(
      "font",
      () => new SimRangeFont(this.context, () => this._t(), false)
    ) as unknown as Excel.RangeFont;
  }
  get fill(): Excel.RangeFill {
    return this._nav(
      "fill",
      () => new SimRangeFill(this.context, () => this._t(), false)
    ) as unknown as Excel.RangeFill;
  }
  get borders(): Excel.RangeBorderCollection {
    return this._nav(
      "borders",
      () => new SimRangeBorders(this.context, () => this._t(), false)
    ) as unknown as Excel.RangeBorderCollection;
  }

  autofitColumns(): void {
    this._call("autofitColumns", "1.2", [], (t: RangeTarget) => {
      checkSheet(t);
      const m = model(this);
      const lastCol = Math.min(t.rect.c1, t.sheet.maxCol);
      for (let c = t.rect.c0; c <= lastCol; c++) {
        const w = autofitWidth(m, t.sheet, c, t.rect.r0, t.rect.r1);
        if (w !== null) t.sheet.colWidths.set(c, w);
      }
    });
  }

  autofitRows(): void {
    this._call("autofitRows", "1.2", [], () => undefined);
  }
}

defineProps(SimRangeFormat, {
  columnWidth: {
    api: "1.2",
    get: (t: RangeTarget) => {
      const w = columnWidthOf(t.sheet, t.rect.c0);
      for (let c = t.rect.c0 + 1; c <= Math.min(t.rect.c1, t.rect.c0 + 16384); c++)
        if (columnWidthOf(t.sheet, c) !== w) return null;
      return w;
    },
    set: (t: RangeTarget, v: number) => {
      if (typeof v !== "number" || v < 0)
        throw simError("InvalidArgument", "RangeFormat.columnWidth");
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.colWidths.set(c, v);
    },
  },
  // "Specifies if the column width of the Range object equals the standard width of the sheet.
  // [...] null if the range contains more than one column and the columns aren't all the same
  // [width]. [...] This property is only intended to be set to true. Setting it to false has no
  // effect." (ExcelApi 1.7)
  useStandardWidth: {
    api: "1.7",
    get: (t: RangeTarget) => {
      const standard = (c: number) => !t.sheet.colWidths.has(c);
      const first = standard(t.rect.c0);
      for (let c = t.rect.c0 + 1; c <= Math.min(t.rect.c1, t.rect.c0 + 16384); c++)
        if (standard(c) !== first) return null;
      return first;
    },
    set: (t: RangeTarget, v: boolean) => {
      if (v !== true) return;
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.colWidths.delete(c);
    },
  },
  rowHeight: {
    api: "1.2",
    get: (t: RangeTarget) => rowHeightOf(t.sheet, t.rect.r0),
    set: (t: RangeTarget, v: number) => {
      const last = Math.min(t.rect.r1, t.rect.r0 + 100000);
      for (let r = t.rect.r0; r <= last; r++) t.sheet.rowHeights.set(r, v);
    },
  },
  horizontalAlignment: {
    get: (t: RangeTarget, o: SimObject) =>
      uniform(model(o), t, (s) => s.horizontalAlignment ?? "General"),
    set: (t: RangeTarget, v: string, o: SimObject) =>
      stylePatch(o, t, { horizontalAlignment: v === "General" ? undefined : v }),
  },
  verticalAlignment: {
    get: (t: RangeTarget, o: SimObject) =>
      uniform(model(o), t, (s) => s.verticalAlignment ?? "Bottom"),
    set: (t: RangeTarget, v: string, o: SimObject) =>
      stylePatch(o, t, { verticalAlignment: v === "Bottom" ? undefined : v }),
  },
  wrapText: {
    get: (t: RangeTarget, o: SimObject) => uniform(model(o), t, (s) => !!s.wrapText),
    set: (t: RangeTarget, v: boolean, o: SimObject) =>
      stylePatch(o, t, { wrapText: v ? true : undefined }),
  },
  indentLevel: {
    api: "1.9",
    get: (t: RangeTarget, o: SimObject) => uniform(model(o), t, (s) => s.indentLevel ?? 0),
    set: (t: RangeTarget, v: number, o: SimObject) =>
      stylePatch(o, t, { indentLevel: v || undefined }),
  },
});

function normColor(v: string): string {
  if (typeof v !== "string") throw simError("InvalidArgument", "color");
  const named: Record<string, string> = {
    white: "#FFFFFF",
    black: "#000000",
    red: "#FF0000",
    green: "#008000",
    blue: "#0000FF",
    yellow: "#FFFF00",
    orange: "#FFA500",
    gray: "#808080",
    grey: "#808080",
  };
  const n = named[v.toLowerCase()];
  if (n) return n;
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}`.toUpperCase();
  throw simError("InvalidArgument", "color", `"${v}" is not a valid color.`);
}

export { normColor };

export class SimRangeFont
  extends SimObject
  implements
    Pick<
      Excel.RangeFont,
      "bold" | "italic" | "color" | "size" | "name" | "underline" | "strikethrough"
    >
{
  static override entity = "RangeFont";
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare size: number;
  declare name: string;
  declare underline:
    | Excel.RangeUnderlineStyle
    | "None"
    | "Single"
    | "Double"
    | "SingleAccountant"
    | "DoubleAccountant";
  declare strikethrough: boolean;
}
defineProps(SimRangeFont, {
  bold: {
    get: (t: RangeTarget, o: SimObject) => uniform(model(o), t, (s) => !!s.font?.bold),
    set: (t: RangeTarget, v: boolean, o: SimObject) =>
      stylePatch(o, t, { font: { bold: v ? true : undefined } }),
  },
  italic: {
    get: (t: RangeTarget, o: SimObject) => uniform(model(o), t, (s) => !!s.font?.italic),
    set: (t: RangeTarget, v: boolean, o: SimObject) =>
      stylePatch(o, t, { font: { italic: v ? true : undefined } }),
  },
  strikethrough: {
    get: (t: RangeTarget, o: SimObject) => uniform(model(o), t, (s) => !!s.font?.strikethrough),
    set: (t: RangeTarget, v: boolean, o: SimObject) =>
      stylePatch(o, t, { font: { strikethrough: v ? true : undefined } }),
    api: "1.9",
  },
  color: {
    get: (t: RangeTarget, o: SimObject) =>
      uniform(model(o), t, (s) => s.font?.color ?? DEFAULT_FONT.color),
    set: (t: RangeTarget, v: string, o: SimObject) =>
      stylePatch(o, t, { font: { color: normColor(v) } }),
  },
  size: {
    get: (t: RangeTarget, o: SimObject) =>
      uniform(model(o), t, (s) => s.font?.size ?? DEFAULT_FONT.size),
    set: (t: RangeTarget, v: number, o: SimObject) => stylePatch(o, t, { font: { size: v } }),
  },
  name: {
    get: (t: RangeTarget, o: SimObject) =>
      uniform(model(o), t, (s) => s.font?.name ?? DEFAULT_FONT.name),
    set: (t: RangeTarget, v: string, o: SimObject) => stylePatch(o, t, { font: { name: v } }),
  },
  underline: {
    get: (t: RangeTarget, o: SimObject) => uniform(model(o), t, (s) => s.font?.underline ?? "None"),
    set: (t: RangeTarget, v: string, o: SimObject) =>
      stylePatch(o, t, { font: { underline: v === "None" ? undefined : v } }),
  },
});

export class SimRangeFill extends SimObject implements Pick<Excel.RangeFill, "color" | "clear"> {
  static override entity = "RangeFill";
  declare color: string;
  clear(): void {
    this._call("clear", "1.1", [], (t: RangeTarget) => stylePatch(this, t, { fill: undefined }));
  }
}
defineProps(SimRangeFill, {
  color: {
    get: (t: RangeTarget, o: SimObject) => uniform(model(o), t, (s) => s.fill ?? "#FFFFFF"),
    set: (t: RangeTarget, v: string, o: SimObject) => stylePatch(o, t, { fill: normColor(v) }),
  },
});

const BORDER_SIDES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

interface BorderTarget extends RangeTarget {
  side: string;
}

export class SimRangeBorder
  extends SimObject
  implements Pick<Excel.RangeBorder, "style" | "color" | "weight">
{
  static override entity = "RangeBorder";
  declare style:
    | Excel.BorderLineStyle
    | "None"
    | "Continuous"
    | "Dash"
    | "DashDot"
    | "DashDotDot"
    | "Dot"
    | "Double"
    | "SlantDashDot";
  declare color: string;
  declare weight: Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick";
  declare sideIndex: string;
}
defineProps(SimRangeBorder, {
  sideIndex: { get: (t: BorderTarget) => t.side },
  style: {
    get: (t: BorderTarget, o: SimObject) =>
      uniform(model(o), t, (s) => s.borders?.[t.side]?.style ?? "None"),
    set: (t: BorderTarget, v: string, o: SimObject) =>
      stylePatch(o, t, { borders: { [t.side]: v === "None" ? null : { style: v } } }),
  },
  color: {
    get: (t: BorderTarget, o: SimObject) =>
      uniform(model(o), t, (s) => s.borders?.[t.side]?.color ?? "#000000"),
    set: (t: BorderTarget, v: string, o: SimObject) =>
      stylePatch(o, t, { borders: { [t.side]: { color: normColor(v), style: "Continuous" } } }),
  },
  weight: {
    get: (t: BorderTarget, o: SimObject) =>
      uniform(model(o), t, (s) => s.borders?.[t.side]?.weight ?? "Thin"),
    set: (t: BorderTarget, v: string, o: SimObject) =>
      stylePatch(o, t, { borders: { [t.side]: { weight: v, style: "Continuous" } } }),
  },
});

export class SimRangeBorders extends SimObject {
  static override entity = "RangeBorderCollection";
  getItem(index: string): Excel.RangeBorder {
    if (!BORDER_SIDES.includes(index))
      throw simError("InvalidArgument", "RangeBorderCollection.getItem");
    return this._nav(
      `b:${index}`,
      () =>
        new SimRangeBorder(
          this.context,
          () => {
            const t = this._t<RangeTarget>();
            return t ? { ...t, side: index } : null;
          },
          false
        )
    ) as unknown as Excel.RangeBorder;
  }
}

export function columnName(c: number): string {
  return columnLetters(c);
}

export { jsonBytes };
