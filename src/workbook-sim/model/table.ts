/** An Excel Table (ListObject): a header row, data rows, an optional total row, named columns. */
import { Rect } from "../address";
import { TableGeometry } from "../formula/structured";
import { SheetModel } from "./sheet";

let tableCounter = 0;
let columnCounter = 0;

export interface TableColumnModel {
  id: number;
  name: string;
  /** The formula of a calculated column (filled into rows added later), if any. */
  calculatedFormula?: string;
}

export class TableModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  /** First row of the table (the header row when headers are shown). */
  r0: number;
  c0: number;
  columns: TableColumnModel[];
  dataRowCount: number;
  showHeaders = true;
  showTotals = false;
  style = "TableStyleMedium2";
  showBandedRows = true;
  showBandedColumns = false;
  showFilterButton = true;
  highlightFirstColumn = false;
  highlightLastColumn = false;
  deleted = false;

  constructor(
    name: string,
    sheet: SheetModel,
    r0: number,
    c0: number,
    columns: string[],
    dataRowCount: number
  ) {
    tableCounter += 1;
    this.id = String(tableCounter);
    this.name = name;
    this.sheet = sheet;
    this.r0 = r0;
    this.c0 = c0;
    this.columns = columns.map((n) => ({ id: ++columnCounter, name: n }));
    this.dataRowCount = dataRowCount;
  }

  static newColumn(name: string): TableColumnModel {
    return { id: ++columnCounter, name };
  }

  get c1(): number {
    return this.c0 + this.columns.length - 1;
  }
  get headerRow(): number | null {
    return this.showHeaders ? this.r0 : null;
  }
  get dataR0(): number {
    return this.showHeaders ? this.r0 + 1 : this.r0;
  }
  get dataR1(): number {
    return this.dataR0 + this.dataRowCount - 1;
  }
  get totalsRow(): number | null {
    return this.showTotals ? this.dataR1 + 1 : null;
  }
  get lastRow(): number {
    return this.showTotals ? this.dataR1 + 1 : this.dataR1;
  }

  rangeRect(): Rect {
    return { r0: this.r0, r1: this.lastRow, c0: this.c0, c1: this.c1 };
  }
  dataRect(): Rect {
    return { r0: this.dataR0, r1: this.dataR1, c0: this.c0, c1: this.c1 };
  }

  geometry(): TableGeometry {
    return {
      name: this.name,
      sheetName: this.sheet.name,
      headerRow: this.headerRow,
      dataR0: this.dataR0,
      dataR1: this.dataR1,
      totalsRow: this.totalsRow,
      c0: this.c0,
      columns: this.columns.map((c) => c.name),
    };
  }

  columnIndex(nameOrId: string | number): number {
    if (typeof nameOrId === "number") return this.columns.findIndex((c) => c.id === nameOrId);
    const byId = /^\d+$/.test(nameOrId)
      ? this.columns.findIndex((c) => String(c.id) === nameOrId)
      : -1;
    if (byId >= 0) return byId;
    return this.columns.findIndex((c) => c.name.toLowerCase() === nameOrId.toLowerCase());
  }
}

/** Excel's rules for table names: a letter, underscore or backslash first; letters, digits, periods, underscores after; not a cell reference. */
export function isValidTableName(name: string): boolean {
  if (!name || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  return true;
}
