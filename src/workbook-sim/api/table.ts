/** Excel.Table, its columns and rows, and table collections. */
import { parseAddress, Rect, rectsIntersect } from "../address";
import { simError } from "../errors";
import { SheetModel } from "../model/sheet";
import { TableColumnModel, TableModel } from "../model/table";
import { toGrid, WorkbookModel } from "../model/workbook";
import { ACTION_OVERHEAD_BYTES, defineProps, jsonBytes, SimContextLike, SimObject } from "./base";
import { SimCollection } from "./collection";
import { RangeTarget, SimRange } from "./range";
import { worksheetProxy } from "./registry";

function model(o: SimObject): WorkbookModel {
  return o.context.core.model;
}

function live(t: TableModel): TableModel {
  if (t.deleted) throw simError("ItemNotFound", "Table", "The table has been deleted.");
  return t;
}

function rangeOf(
  o: SimObject,
  label: string,
  fn: () => RangeTarget | null,
  api = "1.1"
): Excel.Range {
  return new SimRange(o.context, fn, true, api, label) as unknown as Excel.Range;
}

export class SimTable
  extends SimObject
  implements
    Pick<
      Excel.Table,
      | "id"
      | "name"
      | "showHeaders"
      | "showTotals"
      | "style"
      | "showBandedRows"
      | "showBandedColumns"
      | "showFilterButton"
      | "highlightFirstColumn"
      | "highlightLastColumn"
      | "legacyId"
      | "delete"
      | "convertToRange"
      | "clearFilters"
      | "reapplyFilters"
    >
{
  static override entity = "Table";
  declare id: string;
  declare legacyId: string;
  declare name: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare style: string;
  declare showBandedRows: boolean;
  declare showBandedColumns: boolean;
  declare showFilterButton: boolean;
  declare highlightFirstColumn: boolean;
  declare highlightLastColumn: boolean;

  get columns(): Excel.TableColumnCollection {
    return this._nav(
      "columns",
      () => new SimTableColumnCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.TableColumnCollection;
  }
  get rows(): Excel.TableRowCollection {
    return this._nav(
      "rows",
      () => new SimTableRowCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.TableRowCollection;
  }
  get worksheet(): Excel.Worksheet {
    return this._nav("worksheet", () =>
      worksheetProxy(this.context, () => this._t<TableModel>()?.sheet ?? null)
    ) as unknown as Excel.Worksheet;
  }

  private tableRange(label: string, fn: (t: TableModel) => Rect | null): Excel.Range {
    return rangeOf(this, `Table.${label}`, () => {
      const t = this._t<TableModel>();
      if (!t) return null;
      const rect = fn(live(t));
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  getRange(): Excel.Range {
    return this.tableRange("getRange", (t) => t.rangeRect());
  }
  getDataBodyRange(): Excel.Range {
    return this.tableRange("getDataBodyRange", (t) => t.dataRect());
  }
  getHeaderRowRange(): Excel.Range {
    return this.tableRange("getHeaderRowRange", (t) => {
      if (t.headerRow === null)
        throw simError(
          "InvalidArgument",
          "Table.getHeaderRowRange",
          "The table does not show its header row."
        );
      return { r0: t.headerRow, r1: t.headerRow, c0: t.c0, c1: t.c1 };
    });
  }
  getTotalRowRange(): Excel.Range {
    return this.tableRange("getTotalRowRange", (t) => {
      if (t.totalsRow === null)
        throw simError(
          "InvalidArgument",
          "Table.getTotalRowRange",
          "The table does not show its total row."
        );
      return { r0: t.totalsRow, r1: t.totalsRow, c0: t.c0, c1: t.c1 };
    });
  }

  /** ExcelApi 1.13: the header row must stay in place; the new range must overlap the old one. */
  resize(newRange: Excel.Range | string): void {
    this._call(
      "resize",
      "1.13",
      [typeof newRange === "string" ? newRange : "range"],
      (t: TableModel) => {
        live(t);
        let rect: Rect;
        if (typeof newRange === "string") {
          const p = parseAddress(newRange);
          if (!p || (p.sheet && p.sheet.toLowerCase() !== t.sheet.name.toLowerCase()))
            throw simError("InvalidArgument", "Table.resize");
          rect = p;
        } else {
          const rt = (newRange as unknown as SimRange)._rt();
          if (rt.sheet !== t.sheet) throw simError("InvalidArgument", "Table.resize");
          rect = rt.rect;
        }
        if (rect.r0 !== t.r0)
          throw simError(
            "InvalidArgument",
            "Table.resize",
            "The table header must remain in the same row."
          );
        // "The new range must overlap with the original table range."
        if (!rectsIntersect(rect, t.rangeRect()))
          throw simError(
            "InvalidArgument",
            "Table.resize",
            "The new range must overlap with the original table range."
          );
        const m = model(this);
        const conflict = m.occupiedBy(t.sheet, rect, t);
        if (conflict)
          throw simError("InvalidArgument", "Table.resize", `The new range overlaps ${conflict}.`);
        const oldCols = t.columns;
        const ncols = rect.c1 - rect.c0 + 1;
        const cols: TableColumnModel[] = [];
        const base = m.isFrench ? "Colonne" : "Column";
        for (let i = 0; i < ncols; i++) {
          const c = rect.c0 + i;
          const existing = c >= t.c0 && c <= t.c1 ? oldCols[c - t.c0] : undefined;
          if (existing) cols.push(existing);
          else {
            const v = t.showHeaders ? m.cellResult(t.sheet, t.r0, c).value : null;
            let name = v === null || v === "" ? `${base}${i + 1}` : String(v);
            while (
              cols.some((x) => x.name.toLowerCase() === name.toLowerCase()) ||
              oldCols.some(
                (x, k) =>
                  x.name.toLowerCase() === name.toLowerCase() &&
                  t.c0 + k >= rect.c0 &&
                  t.c0 + k <= rect.c1 &&
                  t.c0 + k !== c
              )
            )
              name = `${name}2`;
            cols.push(TableModel.newColumn(name));
            if (t.showHeaders) t.sheet.setValue(t.r0, c, name);
          }
        }
        t.c0 = rect.c0;
        t.columns = cols;
        const lastData = t.showTotals ? rect.r1 - 1 : rect.r1;
        t.dataRowCount = Math.max(1, lastData - t.dataR0 + 1);
        m.engine.markStructural();
        m.structuredChecked.clear();
      }
    );
  }

  delete(): void {
    this._call("delete", "1.1", [], (t: TableModel) => model(this).removeTable(live(t), true));
  }

  convertToRange(): Excel.Range {
    const r = this.tableRange("convertToRange", (t) => t.rangeRect());
    this._call("convertToRange", "1.2", [], (t: TableModel) =>
      model(this).convertTableToRange(live(t))
    );
    return r;
  }

  clearFilters(): void {
    this._call("clearFilters", "1.2", [], () => undefined);
  }
  reapplyFilters(): void {
    this._call("reapplyFilters", "1.2", [], () => undefined);
  }
}

function boolProp(key: keyof TableModel, api = "1.3") {
  return {
    api,
    get: (t: TableModel) => t[key],
    set: (t: TableModel, v: boolean) => {
      (t as unknown as Record<string, unknown>)[key] = !!v;
    },
  };
}

defineProps(SimTable, {
  id: { get: (t: TableModel) => t.id },
  legacyId: { get: (t: TableModel) => t.id, api: "1.8" },
  name: {
    get: (t: TableModel) => t.name,
    set: (t: TableModel, v: string, o: SimObject) => model(o).renameTable(live(t), v),
  },
  showHeaders: {
    get: (t: TableModel) => t.showHeaders,
    set: (t: TableModel, v: boolean, o: SimObject) => {
      if (t.showHeaders === !!v) return;
      // The header row is hidden in place: the data keeps its cells.
      if (!v) {
        for (let c = t.c0; c <= t.c1; c++) t.sheet.wipe(t.r0, c);
        t.r0 += 1;
      } else {
        t.r0 -= 1;
        t.columns.forEach((col, i) => t.sheet.setValue(t.r0, t.c0 + i, col.name));
      }
      t.showHeaders = !!v;
      model(o).engine.markStructural();
    },
  },
  showTotals: {
    get: (t: TableModel) => t.showTotals,
    set: (t: TableModel, v: boolean, o: SimObject) => setShowTotals(model(o), t, !!v),
  },
  style: {
    get: (t: TableModel) => t.style,
    set: (t: TableModel, v: string) => {
      t.style = v;
    },
  },
  showBandedRows: boolProp("showBandedRows"),
  showBandedColumns: boolProp("showBandedColumns"),
  showFilterButton: boolProp("showFilterButton"),
  highlightFirstColumn: boolProp("highlightFirstColumn"),
  highlightLastColumn: boolProp("highlightLastColumn"),
});

/**
 * Showing the total row: the row under the data becomes the total row (cells below move down when it
 * is occupied). Excel fills the first column with "Total" and the last with SUBTOTAL(109, …) for numbers.
 */
function setShowTotals(m: WorkbookModel, t: TableModel, on: boolean): void {
  if (t.showTotals === on) return;
  if (on) {
    const row = t.dataR1 + 1;
    let occupied = false;
    for (let c = t.c0; c <= t.c1; c++) if (t.sheet.hasContent(row, c)) occupied = true;
    if (occupied) t.sheet.shiftDown(row, t.c0, t.c1, 1);
    t.showTotals = true;
    t.sheet.setValue(row, t.c0, "Total");
    const lastIdx = t.columns.length - 1;
    if (lastIdx > 0) {
      let numeric = false;
      for (let r = t.dataR0; r <= t.dataR1 && !numeric; r++)
        // a formula counts as numeric (no evaluation needed to choose SUBTOTAL 109)
        numeric =
          t.sheet.getFormula(r, t.c1) !== undefined ||
          typeof t.sheet.getValue(r, t.c1) === "number";
      t.sheet.setFormula(
        row,
        t.c1,
        `=SUBTOTAL(${numeric ? 109 : 103},[${t.columns[lastIdx].name.replace(/(['[\]#])/g, "'$1")}])`
      );
    }
  } else {
    const row = t.totalsRow!;
    for (let c = t.c0; c <= t.c1; c++) t.sheet.wipe(row, c);
    t.showTotals = false;
  }
  m.engine.markStructural();
  m.structuredChecked.clear();
}

abstract class TableScopedCollection extends SimCollection<SimTable, TableModel> {
  protected _itemClass() {
    return SimTable;
  }
  protected _find(key: string): TableModel | undefined {
    return this._entities().find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase());
  }

  declare count: number;

  getItem(key: string): Excel.Table {
    return this._getItem(key, false) as unknown as Excel.Table;
  }
  getItemOrNullObject(key: string): Excel.Table {
    return this._getItem(key, true, "1.4") as unknown as Excel.Table;
  }

  /** Adds a table (ExcelApi 1.1). `address` may be a Range or an address, with or without sheet name. */
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    return this._added("TableCollection.add", "1.1", () => {
      const m = model(this);
      let sheet: SheetModel | undefined;
      let rect: Rect;
      if (typeof address === "string") {
        const p = parseAddress(address);
        if (!p)
          throw simError("InvalidArgument", "TableCollection.add", `Invalid address ${address}`);
        sheet = p.sheet ? m.sheetByName(p.sheet) : this._defaultSheet();
        if (!sheet)
          throw simError(
            "InvalidArgument",
            "TableCollection.add",
            "The address must name a worksheet."
          );
        rect = p;
      } else {
        const rt = (address as unknown as SimRange)._rt();
        sheet = rt.sheet;
        rect = rt.rect;
      }
      const table = m.addTable(sheet, rect, hasHeaders);
      return table;
    }) as unknown as Excel.Table;
  }

  protected abstract _defaultSheet(): SheetModel | undefined;
}

export class SimTableCollection extends TableScopedCollection {
  static override entity = "TableCollection";
  protected _entities(): TableModel[] {
    return model(this).tables;
  }
  protected _defaultSheet(): SheetModel | undefined {
    return model(this).activeSheet ?? undefined;
  }
}
defineProps(SimTableCollection, {
  count: { get: (_t: unknown, o: SimObject) => model(o).tables.length },
});

export class SimWorksheetTableCollection extends TableScopedCollection {
  static override entity = "TableCollection";
  protected _entities(): TableModel[] {
    const s = this._t<SheetModel>();
    return model(this).tables.filter((t) => t.sheet === s);
  }
  protected _defaultSheet(): SheetModel | undefined {
    return this._t<SheetModel>() ?? undefined;
  }
}
defineProps(SimWorksheetTableCollection, {
  count: {
    get: (s: SheetModel, o: SimObject) => model(o).tables.filter((t) => t.sheet === s).length,
  },
});

interface ColumnTarget {
  table: TableModel;
  column: TableColumnModel;
}

function colIndex(ct: ColumnTarget): number {
  live(ct.table);
  const i = ct.table.columns.indexOf(ct.column);
  if (i < 0) throw simError("ItemNotFound", "TableColumn", "The column has been deleted.");
  return i;
}

export class SimTableColumn
  extends SimObject
  implements Pick<Excel.TableColumn, "id" | "index" | "name" | "values" | "delete">
{
  static override entity = "TableColumn";
  declare id: number;
  declare index: number;
  declare name: string;
  declare values: any[][];

  private colRange(label: string, fn: (t: TableModel, c: number) => Rect): Excel.Range {
    return rangeOf(this, `TableColumn.${label}`, () => {
      const ct = this._t<ColumnTarget>();
      if (!ct) return null;
      const c = ct.table.c0 + colIndex(ct);
      return { sheet: ct.table.sheet, rect: fn(ct.table, c) };
    });
  }
  getRange(): Excel.Range {
    return this.colRange("getRange", (t, c) => ({ r0: t.r0, r1: t.lastRow, c0: c, c1: c }));
  }
  getDataBodyRange(): Excel.Range {
    return this.colRange("getDataBodyRange", (t, c) => ({
      r0: t.dataR0,
      r1: t.dataR1,
      c0: c,
      c1: c,
    }));
  }
  getHeaderRowRange(): Excel.Range {
    return this.colRange("getHeaderRowRange", (t, c) => {
      if (t.headerRow === null) throw simError("InvalidArgument", "TableColumn.getHeaderRowRange");
      return { r0: t.headerRow, r1: t.headerRow, c0: c, c1: c };
    });
  }
  getTotalRowRange(): Excel.Range {
    return this.colRange("getTotalRowRange", (t, c) => {
      if (t.totalsRow === null) throw simError("InvalidArgument", "TableColumn.getTotalRowRange");
      return { r0: t.totalsRow, r1: t.totalsRow, c0: c, c1: c };
    });
  }
  delete(): void {
    this._call("delete", "1.1", [], (ct: ColumnTarget) => {
      const i = colIndex(ct);
      const t = ct.table;
      if (t.columns.length === 1)
        throw simError(
          "InvalidOperation",
          "TableColumn.delete",
          "A table must keep at least one column."
        );
      const c = t.c0 + i;
      // Cells right of the column, inside the table, move left.
      for (let r = t.r0; r <= t.lastRow; r++) {
        for (let k = c; k < t.c1; k++) {
          const v = t.sheet.getValue(r, k + 1);
          const f = t.sheet.getFormula(r, k + 1);
          t.sheet.wipe(r, k);
          if (f !== undefined) t.sheet.setFormula(r, k, f);
          else if (v !== undefined) t.sheet.setValue(r, k, v);
        }
        t.sheet.wipe(r, t.c1);
      }
      t.columns.splice(i, 1);
      model(this).engine.markStructural();
      model(this).structuredChecked.clear();
    });
  }
}
defineProps(SimTableColumn, {
  id: { get: (ct: ColumnTarget) => ct.column.id },
  index: { get: (ct: ColumnTarget) => colIndex(ct) },
  name: {
    get: (ct: ColumnTarget) => ct.column.name,
    set: (ct: ColumnTarget, v: string, o: SimObject) =>
      model(o).renameTableColumn(ct.table, colIndex(ct), v),
    api: "1.1",
  },
  values: {
    get: (ct: ColumnTarget, o: SimObject) => {
      const c = ct.table.c0 + colIndex(ct);
      const m = model(o);
      return m.mapRect({ r0: ct.table.r0, r1: ct.table.lastRow, c0: c, c1: c }, (r, cc) =>
        m.cellValueForApi(ct.table.sheet, r, cc)
      );
    },
    set: (ct: ColumnTarget, v: unknown, o: SimObject) => {
      const c = ct.table.c0 + colIndex(ct);
      model(o).writeRect(
        ct.table.sheet,
        { r0: ct.table.r0, r1: ct.table.lastRow, c0: c, c1: c },
        v,
        "values"
      );
    },
  },
});

export class SimTableColumnCollection extends SimCollection<SimTableColumn, ColumnTarget> {
  static override entity = "TableColumnCollection";
  declare count: number;
  protected _itemClass() {
    return SimTableColumn;
  }
  protected _entities(): ColumnTarget[] {
    const t = this._t<TableModel>();
    return t ? live(t).columns.map((column) => ({ table: t, column })) : [];
  }
  protected _find(key: string): ColumnTarget | undefined {
    const t = this._t<TableModel>();
    if (!t) return undefined;
    const i = live(t).columnIndex(key);
    return i >= 0 ? { table: t, column: t.columns[i] } : undefined;
  }
  getItem(key: number | string): Excel.TableColumn {
    return this._getItem(String(key), false) as unknown as Excel.TableColumn;
  }
  getItemOrNullObject(key: number | string): Excel.TableColumn {
    return this._getItem(String(key), true, "1.4") as unknown as Excel.TableColumn;
  }
  /** Adds a column at `index` (null: at the end); cells right of it inside the table's rows move right. */
  add(index?: number | null, values?: unknown, name?: string): Excel.TableColumn {
    return this._added("TableColumnCollection.add", name ? "1.4" : "1.1", () => {
      const t = live(this._t<TableModel>()!);
      const m = model(this);
      const at = index === null || index === undefined ? t.columns.length : index;
      if (at < 0 || at > t.columns.length)
        throw simError("InvalidArgument", "TableColumnCollection.add");
      const c = t.c0 + at;
      const lastRow = t.lastRow;
      for (let r = t.r0; r <= lastRow; r++) {
        for (let k = t.c1; k >= c; k--) {
          const v = t.sheet.getValue(r, k);
          const f = t.sheet.getFormula(r, k);
          t.sheet.wipe(r, k + 1);
          if (f !== undefined) t.sheet.setFormula(r, k + 1, f);
          else if (v !== undefined) t.sheet.setValue(r, k + 1, v);
          t.sheet.wipe(r, k);
        }
      }
      const base = m.isFrench ? "Colonne" : "Column";
      let colName = name ?? "";
      if (!colName) {
        let k = t.columns.length + 1;
        while (t.columns.some((x) => x.name.toLowerCase() === `${base}${k}`.toLowerCase())) k++;
        colName = `${base}${k}`;
      }
      if (t.columns.some((x) => x.name.toLowerCase() === colName.toLowerCase()))
        throw simError("ItemAlreadyExists", "TableColumnCollection.add");
      const col = TableModel.newColumn(colName);
      t.columns.splice(at, 0, col);
      if (t.showHeaders) t.sheet.setValue(t.r0, c, colName);
      if (values !== undefined && values !== null) {
        m.writeRect(t.sheet, { r0: t.r0, r1: lastRow, c0: c, c1: c }, values, "values");
      }
      m.engine.markStructural();
      m.structuredChecked.clear();
      return { table: t, column: col };
    }) as unknown as Excel.TableColumn;
  }
}
defineProps(SimTableColumnCollection, { count: { get: (t: TableModel) => t.columns.length } });

interface RowTarget {
  table: TableModel;
  index: number;
}

export class SimTableRow
  extends SimObject
  implements Pick<Excel.TableRow, "index" | "values" | "delete">
{
  static override entity = "TableRow";
  declare index: number;
  declare values: any[][];
  getRange(): Excel.Range {
    return rangeOf(this, "TableRow.getRange", () => {
      const rt = this._t<RowTarget>();
      if (!rt) return null;
      const t = live(rt.table);
      const r = t.dataR0 + rt.index;
      return { sheet: t.sheet, rect: { r0: r, r1: r, c0: t.c0, c1: t.c1 } };
    });
  }
  delete(): void {
    this._call("delete", "1.1", [], (rt: RowTarget) => {
      const t = live(rt.table);
      if (rt.index < 0 || rt.index >= t.dataRowCount)
        throw simError("ItemNotFound", "TableRow.delete");
      t.sheet.shiftUp(t.dataR0 + rt.index, t.c0, t.c1, 1);
      t.dataRowCount -= 1;
      if (t.dataRowCount === 0) t.dataRowCount = 1; // Excel keeps one (empty) data row
      model(this).engine.markStructural();
    });
  }
}
defineProps(SimTableRow, {
  index: { get: (rt: RowTarget) => rt.index },
  values: {
    get: (rt: RowTarget, o: SimObject) => {
      const t = live(rt.table);
      const m = model(o);
      const r = t.dataR0 + rt.index;
      return m.mapRect({ r0: r, r1: r, c0: t.c0, c1: t.c1 }, (rr, c) =>
        m.cellValueForApi(t.sheet, rr, c)
      );
    },
    set: (rt: RowTarget, v: unknown, o: SimObject) => {
      const t = live(rt.table);
      const r = t.dataR0 + rt.index;
      model(o).writeRect(t.sheet, { r0: r, r1: r, c0: t.c0, c1: t.c1 }, v, "values");
    },
  },
});

export class SimTableRowCollection extends SimCollection<SimTableRow, RowTarget> {
  static override entity = "TableRowCollection";
  declare count: number;
  protected _itemClass() {
    return SimTableRow;
  }
  protected _entities(): RowTarget[] {
    const t = this._t<TableModel>();
    if (!t) return [];
    return Array.from({ length: live(t).dataRowCount }, (_, index) => ({ table: t, index }));
  }
  protected _find(key: string): RowTarget | undefined {
    const i = Number(key);
    const t = this._t<TableModel>();
    return t && Number.isInteger(i) && i >= 0 && i < t.dataRowCount
      ? { table: t, index: i }
      : undefined;
  }

  override getItemAt(index: number): SimTableRow {
    return super.getItemAt(index);
  }

  /**
   * Adds rows at `index` (null or omitted: at the end). Values are written with the same rules as
   * `Range.values` (strings starting with "=" become formulas). The rows added are the new ones.
   */
  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): Excel.TableRow {
    void alwaysInsert;
    const count = Array.isArray(values) ? values.length : 1;
    const cells = Array.isArray(values)
      ? values.reduce((n: number, l) => n + (Array.isArray(l) ? l.length : 0), 0)
      : 0;
    const bytes = values === undefined ? 0 : jsonBytes(values);
    let result: RowTarget | null = null;
    this.context._enqueue({
      label: "TableRowCollection.add",
      api: "1.1",
      bytes: ACTION_OVERHEAD_BYTES + bytes,
      cells,
      run: () => {
        const t = this._t<TableModel>();
        if (!t) return;
        live(t);
        const m = model(this);
        if (values !== undefined && values !== null)
          toGrid(values, count, t.columns.length, "values");
        // Like Excel, an empty data row (e.g. the one a lone header row gets) is kept: rows are added after it.
        const at = m.insertTableRows(t, index ?? null, count) - t.dataR0;
        if (values !== undefined && values !== null) {
          const rect = { r0: t.dataR0 + at, r1: t.dataR0 + at + count - 1, c0: t.c0, c1: t.c1 };
          const grid = values as unknown[][];
          // Calculated columns keep their formula where no value is given.
          const filled = grid.map((line) =>
            line.map((v, j) =>
              v === null || v === undefined || v === "" ? (t.columns[j].calculatedFormula ?? v) : v
            )
          );
          m.writeRect(t.sheet, rect, filled, "values");
        }
        result = { table: t, index: at };
      },
    });
    return new SimTableRow(
      this.context,
      () => result,
      true,
      "1.1",
      "TableRowCollection.add"
    ) as unknown as Excel.TableRow;
  }

  /** ExcelApi 1.14: deletes `count` rows from `index`. */
  deleteRowsAt(index: number, count = 1): void {
    this._call("deleteRowsAt", "1.14", [index, count], (t: TableModel) => {
      live(t);
      if (index < 0 || index + count > t.dataRowCount)
        throw simError("InvalidArgument", "TableRowCollection.deleteRowsAt");
      t.sheet.shiftUp(t.dataR0 + index, t.c0, t.c1, count);
      t.dataRowCount = Math.max(1, t.dataRowCount - count);
      model(this).engine.markStructural();
    });
  }
}
defineProps(SimTableRowCollection, { count: { get: (t: TableModel) => t.dataRowCount } });

export function makeTableCollection(
  ctx: SimContextLike,
  binder: () => unknown,
  worksheetScoped: boolean
): SimObject {
  return worksheetScoped
    ? new SimWorksheetTableCollection(ctx, binder, false)
    : new SimTableCollection(ctx, binder, false);
}
