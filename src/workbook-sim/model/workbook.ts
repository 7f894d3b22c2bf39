/**
 * The simulated workbook's state, independent of the Office.js proxy layer: sheets and cells, styles,
 * tables, names, settings and properties, with the input rules Excel applies when values are written.
 */
import type { RawCellContent } from "hyperformula";
import { MAX_COLS, MAX_ROWS, Rect, rectContains, rectsIntersect } from "../address";
import { SimOfficeError, simError } from "../errors";
import { defaultDateFormat, formatValue } from "../format/numberFormat";
import { EngineResult, FormulaEngine } from "../formula/engine";
import { TableGeometry, TableLookup } from "../formula/structured";
import {
  normalizeFormula,
  renameColumnInFormula,
  renameSheetInFormula,
  renameTableInFormula,
  shiftFormula,
  translateForEngine,
} from "../formula/translate";
import { CellValue, SheetModel } from "./sheet";
import { CellStyle, StylePatch, StylePool } from "./styles";
import { isValidTableName, TableModel } from "./table";
import { PivotModel, renderPivot } from "./pivot";
import { compileRowFormula, isRowError, RowFn } from "../formula/rowEval";
import type { ChartModel } from "./chart";

export interface NamedItemModel {
  name: string;
  /** The formula with "=", e.g. "=Données!$B$2" or "=0.2". */
  formula: string;
  comment: string;
  visible: boolean;
  /** Sheet-scoped names carry their sheet. */
  scope?: SheetModel;
}

export interface CustomPropertyModel {
  key: string;
  value: string | number | boolean | Date;
}

/** Kinds of write: `values` and `formulas` follow the same input rules in Excel; kept apart for counters. */
export type WriteMode = "values" | "formulas";

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

export function dateToSerial(y: number, m: number, d: number): number {
  // Excel serial with the 1900 leap-year bug: 1900-03-01 is 61.
  const ms = Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30);
  return Math.round(ms / 86400000);
}

/** How Excel reads a typed string (invariant forms only: the simulator is not locale-aware on input). */
export function parseInput(
  s: string
): { kind: "number"; value: number; format?: string } | { kind: "boolean"; value: boolean } | null {
  const t = s.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t))
    return { kind: "number", value: Number(t) };
  const pct = /^([+-]?(\d+(\.\d*)?|\.\d+))\s?%$/.exec(t);
  if (pct)
    return {
      kind: "number",
      value: Number(pct[1]) / 100,
      format: Number.isInteger(Number(pct[1])) ? "0%" : "0.00%",
    };
  if (/^(true|false)$/i.test(t)) return { kind: "boolean", value: t.toLowerCase() === "true" };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const dt = new Date(Date.UTC(y, m - 1, d));
    if (
      dt.getUTCFullYear() === y &&
      dt.getUTCMonth() === m - 1 &&
      dt.getUTCDate() === d &&
      y >= 1900
    ) {
      return { kind: "number", value: dateToSerial(y, m, d), format: "yyyy-mm-dd" };
    }
  }
  return null;
}

export class WorkbookModel implements TableLookup {
  sheets: SheetModel[] = [];
  activeSheet: SheetModel | null = null;
  readonly styles = new StylePool();
  tables: TableModel[] = [];
  names: NamedItemModel[] = [];
  pivots: PivotModel[] = [];
  charts: ChartModel[] = [];
  /** Conditional formats (see api/conditional.ts). */
  condFormats: import("../api/conditional").CondFormatModel[] = [];
  docProperties = { title: "", author: "", subject: "", company: "" };
  settings = new Map<string, { key: string; value: unknown }>();
  customProperties = new Map<string, CustomPropertyModel>();
  readonly engine: FormulaEngine;
  /** Set by application.suspendApiCalculationUntilNextSync() for the current request. */
  calcSuspended = false;
  /** Extensions (pivots, charts, conditional formats) register hooks here. */
  readonly hooks = {
    sheetDeleted: [] as ((s: SheetModel) => void)[],
    beforeRead: [] as (() => void)[],
    rectOccupied: [] as ((sheet: SheetModel, rect: Rect) => string | null)[],
  };
  cellsWritten = 0;

  constructor(readonly displayLanguage: string) {
    const self = this;
    this.engine = new FormulaEngine(
      {
        sheetNames: () => self.sheets.map((s) => s.name),
        contents: (name, rect) => self.engineContents(self.sheetByName(name)!, rect),
        allContents: (name) => {
          const s = self.sheetByName(name)!;
          if (s.maxRow < 0) return [];
          return self.engineContents(s, { r0: 0, c0: 0, r1: s.maxRow, c1: Math.max(0, s.maxCol) });
        },
        namedExpressions: () => self.engineNames(),
      },
      displayLanguage
    );
  }

  /** Brings derived objects up to date (PivotTables whose layout changed are laid out again). */
  settle(): void {
    for (const p of this.pivots) if (p.dirty && !p.deleted) renderPivot(this, p);
  }

  get isFrench(): boolean {
    return this.displayLanguage.toLowerCase().startsWith("fr");
  }

  // ---- sheets ----

  sheetByName(name: string): SheetModel | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  sheetByNameOrId(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheetByName(key);
  }

  validateSheetName(name: string, except?: SheetModel): void {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      INVALID_SHEET_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    ) {
      throw simError(
        "InvalidArgument",
        "Worksheet.name",
        `The worksheet name "${name}" is not valid.`
      );
    }
    const existing = this.sheetByName(name);
    if (existing && existing !== except)
      throw simError("ItemAlreadyExists", "WorksheetCollection.add");
  }

  addSheet(name?: string): SheetModel {
    let n = name;
    if (n === undefined || n === null || n === "") {
      const base = this.isFrench ? "Feuil" : "Sheet";
      let i = 1;
      while (this.sheetByName(`${base}${i}`)) i++;
      n = `${base}${i}`;
    }
    this.validateSheetName(n);
    const sheet = new SheetModel(n);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    this.engine.markStructural();
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length <= 1 && sheet.visibility === "Visible") {
      throw simError(
        "InvalidOperation",
        "Worksheet.delete",
        "A workbook must contain at least one visible worksheet."
      );
    }
    for (const t of this.tables.filter((t) => t.sheet === sheet)) this.removeTable(t, false);
    for (const p of this.pivots.filter((p) => p.sheet === sheet)) p.deleted = true;
    this.pivots = this.pivots.filter((p) => !p.deleted);
    for (const c of this.charts.filter((c) => c.sheet === sheet)) c.deleted = true;
    this.charts = this.charts.filter((c) => !c.deleted);
    this.condFormats = this.condFormats.filter((f) => f.sheet !== sheet);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    this.names = this.names.filter((n) => n.scope !== sheet);
    this.rewriteFormulas((f) => renameSheetInFormula(f, sheet.name, null));
    for (const n of this.names) n.formula = renameSheetInFormula(n.formula, sheet.name, null);
    for (const h of this.hooks.sheetDeleted) h(sheet);
    if (this.activeSheet === sheet)
      this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
    this.engine.markStructural();
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.validateSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteFormulas((f) => renameSheetInFormula(f, old, name));
    for (const n of this.names) n.formula = renameSheetInFormula(n.formula, old, name);
    this.engine.markStructural();
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw simError("InvalidArgument", "Worksheet.position");
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  /** Applies `fn` to every formula of the workbook (used when sheets or tables are renamed or deleted). */
  rewriteFormulas(
    fn: (formula: string, sheet: SheetModel, row: number, col: number) => string
  ): void {
    for (const s of this.sheets) {
      for (const [r, c, f] of s.formulaCells()) {
        const g = fn(f, s, r, c);
        if (g !== f) s.rows[r]!.f![c] = g;
      }
    }
  }

  // ---- tables (TableLookup for structured references) ----

  byName(name: string): TableGeometry | undefined {
    return this.tableByName(name)?.geometry();
  }

  tableByName(name: string): TableModel | undefined {
    const n = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === n);
  }

  tableAt(sheet: SheetModel, row: number, col: number): TableModel | undefined {
    return this.tables.find((t) => t.sheet === sheet && rectContains(t.rangeRect(), row, col));
  }

  containing(sheetName: string, row: number, col: number): TableGeometry | undefined {
    const lower = sheetName.toLowerCase();
    const t = this.tables.find(
      (x) => x.sheet.name.toLowerCase() === lower && rectContains(x.rangeRect(), row, col)
    );
    return t?.geometry();
  }

  private nextTableName(): string {
    const base = this.isFrench ? "Tableau" : "Table";
    let i = 1;
    while (this.tableByName(`${base}${i}`) || this.nameExists(`${base}${i}`)) i++;
    return `${base}${i}`;
  }

  validateTableName(name: string, except?: TableModel): void {
    if (!isValidTableName(name))
      throw simError("InvalidArgument", "Table.name", `The table name "${name}" is not valid.`);
    const t = this.tableByName(name);
    if ((t && t !== except) || this.nameExists(name))
      throw simError("ItemAlreadyExists", "Table.name");
  }

  /** Whether a rectangle overlaps a table, PivotTable or other object that owns its cells. */
  occupiedBy(sheet: SheetModel, rect: Rect, except?: unknown): string | null {
    for (const t of this.tables)
      if (t !== except && t.sheet === sheet && rectsIntersect(t.rangeRect(), rect))
        return `table ${t.name}`;
    for (const h of this.hooks.rectOccupied) {
      const r = h(sheet, rect);
      if (r) return r;
    }
    return null;
  }

  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    this.structuredChecked.clear();
    const conflict = this.occupiedBy(sheet, rect);
    if (conflict)
      throw simError(
        "InvalidArgument",
        "TableCollection.add",
        `A table can't overlap a range that contains a PivotTable report, query results, protected cells or another table (${conflict}).`
      );
    let r0 = rect.r0;
    const ncols = rect.c1 - rect.c0 + 1;
    let dataRows: number;
    const names: string[] = [];
    const base = this.isFrench ? "Colonne" : "Column";
    if (hasHeaders) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const v = this.cellResult(sheet, r0, c).value;
        names.push(v === null || v === "" ? "" : String(v));
      }
      dataRows = rect.r1 - rect.r0;
      if (dataRows === 0) dataRows = 1; // Excel adds an empty data row under a lone header row
    } else {
      // Excel inserts a header row above the data (the data moves down one row).
      sheet.shiftDown(r0, rect.c0, rect.c1, 1);
      for (let i = 0; i < ncols; i++) names.push("");
      dataRows = rect.r1 - rect.r0 + 1;
    }
    // Fill blanks and make names unique, as Excel does ("Column1", "Name2").
    const used = new Set<string>();
    names.forEach((n, i) => {
      let name = n;
      if (!name) {
        let k = i + 1;
        while (used.has(`${base}${k}`.toLowerCase())) k++;
        name = `${base}${k}`;
      }
      if (used.has(name.toLowerCase())) {
        let k = 2;
        while (used.has(`${name}${k}`.toLowerCase())) k++;
        name = `${name}${k}`;
      }
      used.add(name.toLowerCase());
      names[i] = name;
    });
    const table = new TableModel(this.nextTableName(), sheet, r0, rect.c0, names, dataRows);
    this.tables.push(table);
    names.forEach((n, i) => sheet.setValue(r0, rect.c0 + i, n));
    this.engine.markStructural();
    return table;
  }

  removeTable(t: TableModel, clearCells: boolean): void {
    this.structuredChecked.clear();
    if (clearCells) {
      const r = t.rangeRect();
      for (let row = r.r0; row <= r.r1; row++)
        for (let c = r.c0; c <= r.c1; c++) t.sheet.wipe(row, c);
    }
    this.tables = this.tables.filter((x) => x !== t);
    t.deleted = true;
    this.rewriteFormulas((f) => renameTableInFormula(f, t.name, null));
    this.engine.markStructural();
  }

  /** Converts to a plain range: references to the table become A1 references (as Excel does). */
  convertTableToRange(t: TableModel): void {
    this.structuredChecked.clear();
    const lookup = this;
    this.rewriteFormulas((f, s, r, c) => {
      if (
        !f.toLowerCase().includes(t.name.toLowerCase()) &&
        !(s === t.sheet && rectContains(t.rangeRect(), r, c))
      )
        return f;
      const translated = translateForEngine(f, { sheetName: s.name, row: r, col: c }, lookup).text;
      return translated;
    });
    this.tables = this.tables.filter((x) => x !== t);
    t.deleted = true;
    this.engine.markStructural();
  }

  renameTable(t: TableModel, name: string): void {
    this.structuredChecked.clear();
    if (t.name === name) return;
    this.validateTableName(name, t);
    const old = t.name;
    t.name = name;
    this.rewriteFormulas((f) => renameTableInFormula(f, old, name));
    this.engine.markStructural();
  }

  renameTableColumn(t: TableModel, index: number, name: string): void {
    this.structuredChecked.clear();
    const col = t.columns[index];
    const old = col.name;
    if (old === name) return;
    if (t.columns.some((c, i) => i !== index && c.name.toLowerCase() === name.toLowerCase())) {
      throw simError("ItemAlreadyExists", "TableColumn.name");
    }
    col.name = name;
    if (t.showHeaders) t.sheet.setValue(t.r0, t.c0 + index, name);
    this.rewriteFormulas((f, s, r, c) => {
      if (!f.includes("[")) return f;
      const inTable = s === t.sheet && rectContains(t.rangeRect(), r, c);
      return renameColumnInFormula(f, t.name, inTable, old, name);
    });
    this.engine.markStructural();
  }

  /** Inserts `count` rows into a table at data row `index` (null: at the end), shifting cells below down. */
  insertTableRows(t: TableModel, index: number | null, count: number): number {
    const at = index === null || index === undefined ? t.dataRowCount : index;
    if (at < 0 || at > t.dataRowCount) throw simError("InvalidArgument", "TableRowCollection.add");
    // An empty first data row (Excel's placeholder under a lone header) is reused rather than kept.
    const insertRow = t.dataR0 + at;
    const below = t.lastRow + 1;
    let needShift = insertRow <= t.lastRow;
    if (!needShift) {
      for (let r = below; r < below + count && !needShift; r++) {
        for (let c = t.c0; c <= t.c1; c++) if (t.sheet.hasContent(r, c)) needShift = true;
      }
    }
    if (needShift) {
      const other = this.tables.find(
        (o) =>
          o !== t &&
          o.sheet === t.sheet &&
          o.r0 >= insertRow &&
          o.c0 <= t.c1 &&
          o.c1 >= t.c0 &&
          (o.c0 < t.c0 || o.c1 > t.c1)
      );
      if (other)
        throw simError(
          "InvalidOperation",
          "TableRowCollection.add",
          "The operation would shift cells in another table on the worksheet."
        );
      t.sheet.shiftDown(insertRow, t.c0, t.c1, count);
    }
    t.dataRowCount += count;
    // New rows take the formats of the row above (or below when inserted at the top), as table rows do.
    const model =
      insertRow > t.dataR0 ? insertRow - 1 : insertRow + count <= t.dataR1 ? insertRow + count : -1;
    if (model >= 0) {
      for (let r = insertRow; r < insertRow + count; r++) {
        for (let c = t.c0; c <= t.c1; c++) {
          const own = t.sheet.rows[model]?.s?.[c];
          if (own !== undefined) t.sheet.setStyleId(r, c, own);
        }
      }
    }
    // Calculated columns fill the new rows.
    t.columns.forEach((col, i) => {
      if (!col.calculatedFormula) return;
      for (let r = insertRow; r < insertRow + count; r++)
        t.sheet.setFormula(r, t.c0 + i, col.calculatedFormula);
    });
    this.engine.markStructural();
    return insertRow;
  }

  // ---- names ----

  nameExists(name: string, scope?: SheetModel): boolean {
    const n = name.toLowerCase();
    return this.names.some((x) => x.name.toLowerCase() === n && x.scope === scope);
  }

  validateDefinedName(name: string): void {
    if (
      !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[Rr]\d*[Cc]\d*$/.test(name) ||
      name.length > 255
    ) {
      throw simError(
        "InvalidArgument",
        "NamedItemCollection.add",
        `The name "${name}" is not valid.`
      );
    }
  }

  private engineNames(): { name: string; expression: string; scope?: string }[] {
    const first = this.sheets[0]?.name ?? "Sheet1";
    return this.names.map((n) => ({
      name: n.name,
      expression: translateForEngine(
        n.formula,
        { sheetName: n.scope?.name ?? first, row: 0, col: 0 },
        this
      ).text,
      ...(n.scope ? { scope: n.scope.name } : {}),
    }));
  }

  // ---- cells: writing ----

  style(sheet: SheetModel, r: number, c: number): CellStyle {
    return this.styles.get(sheet.styleId(r, c));
  }

  private setQuotePrefix(sheet: SheetModel, r: number, c: number, on: boolean): void {
    const id = sheet.styleId(r, c);
    const has = !!this.styles.get(id).quotePrefix;
    if (has === on) return;
    sheet.setStyleId(r, c, this.styles.derive(id, { quotePrefix: on ? true : undefined }));
  }

  /** Writes one input as Excel does for `values` and `formulas`; returns false when the cell was left unchanged (null). */
  writeCell(sheet: SheetModel, r: number, c: number, input: unknown): boolean {
    if (input === null || input === undefined) return false;
    this.cellsWritten += 1;
    if (typeof input === "number") {
      if (!Number.isFinite(input))
        throw simError("InvalidArgument", "Range.values", "A value is not a finite number.");
      sheet.setValue(r, c, input);
      this.setQuotePrefix(sheet, r, c, false);
      return true;
    }
    if (typeof input === "boolean") {
      sheet.setValue(r, c, input);
      this.setQuotePrefix(sheet, r, c, false);
      return true;
    }
    if (input instanceof Date) {
      throw simError(
        "InvalidArgument",
        "Range.values",
        "Dates must be written as serial numbers or ISO strings."
      );
    }
    if (typeof input !== "string") {
      throw simError(
        "InvalidArgument",
        "Range.values",
        `Unsupported value of type ${typeof input}.`
      );
    }
    const s = input;
    if (s === "") {
      sheet.clearContent(r, c);
      this.setQuotePrefix(sheet, r, c, false);
      return true;
    }
    if (s.startsWith("'")) {
      sheet.setValue(r, c, s.slice(1));
      this.setQuotePrefix(sheet, r, c, true);
      return true;
    }
    const st = this.style(sheet, r, c);
    if (st.numberFormat === "@") {
      sheet.setValue(r, c, s);
      return true;
    }
    if (s.startsWith("=") && s.length > 1) {
      this.writeFormula(sheet, r, c, s);
      return true;
    }
    const parsed = parseInput(s);
    if (parsed) {
      sheet.setValue(r, c, parsed.value);
      if (parsed.kind === "number" && parsed.format && !st.numberFormat) {
        const fmt = parsed.format === "yyyy-mm-dd" ? parsed.format : parsed.format;
        sheet.setStyleId(r, c, this.styles.derive(sheet.styleId(r, c), { numberFormat: fmt }));
      }
      this.setQuotePrefix(sheet, r, c, false);
      return true;
    }
    if ((s.startsWith("+") || s.startsWith("-")) && s.length > 1) {
      // "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula."
      this.writeFormula(sheet, r, c, `=${s}`);
      return true;
    }
    sheet.setValue(r, c, s);
    this.setQuotePrefix(sheet, r, c, false);
    return true;
  }

  private normalized = new Map<string, string>();
  private rowFns = new Map<string, RowFn | null>();

  /** The compiled row function of a formula, when it fits the fast path (see formula/rowEval.ts). */
  rowFunction(formula: string): RowFn | null {
    let fn = this.rowFns.get(formula);
    if (fn === undefined) {
      fn = this.fastPath ? compileRowFormula(formula) : null;
      if (this.rowFns.size > 10000) this.rowFns.clear();
      this.rowFns.set(formula, fn);
    }
    return fn;
  }

  /** True when an own-row formula depends, through its row, on constants only. */
  isPureRowCell(sheet: SheetModel, r: number, c: number, f: string, depth: number): boolean {
    if (depth > 8) return false;
    const fn = this.rowFunction(f);
    if (!fn) return false;
    const t = this.tables.find(
      (x) => x.sheet === sheet && r >= x.dataR0 && r <= x.dataR1 && c >= x.c0 && c <= x.c1
    );
    if (!t) return false;
    for (const name of fn.refs ?? []) {
      const i = t.columnIndex(name);
      if (i < 0) return false;
      const rf = sheet.getFormula(r, t.c0 + i);
      if (rf !== undefined && !this.isPureRowCell(sheet, r, t.c0 + i, rf, depth + 1)) return false;
    }
    return true;
  }

  /** Evaluate own-row calculated columns directly (true) or always with HyperFormula (false, for tests). */
  fastPath = true;
  private formulaValidity = new Map<string, boolean>();
  /** Formula texts whose structured references were checked (cleared when tables change). */
  structuredChecked = new Set<string>();

  writeFormula(sheet: SheetModel, r: number, c: number, text: string): void {
    let normalized = this.normalized.get(text);
    if (normalized === undefined) {
      try {
        normalized = normalizeFormula(text);
      } catch (e) {
        throw simError(
          "InvalidArgument",
          "Range.formulas",
          `The formula "${text}" contains an error: ${(e as Error).message}.`
        );
      }
      if (this.normalized.size > 50000) this.normalized.clear();
      this.normalized.set(text, normalized);
    }
    let ok = this.formulaValidity.get(normalized);
    // Structured references are checked once per formula text and containing table (a calculated
    // column repeats one text on every row).
    const checkKey = normalized.includes("[")
      ? `${normalized}\u0001${this.tableAt(sheet, r, c)?.name ?? ""}`
      : null;
    if (ok === undefined || (checkKey !== null && !this.structuredChecked.has(checkKey))) {
      const tr = translateForEngine(normalized, { sheetName: sheet.name, row: r, col: c }, this);
      const unknown = tr.problems.find(
        (p) => p.startsWith("no table") || p.includes("has no column")
      );
      if (unknown)
        throw simError(
          "InvalidArgument",
          "Range.formulas",
          `The formula "${text}" contains an error: ${unknown}.`
        );
      if (checkKey !== null) {
        if (this.structuredChecked.size > 50000) this.structuredChecked.clear();
        this.structuredChecked.add(checkKey);
      }
      if (ok === undefined) {
        ok = FormulaEngine.isValid(tr.text);
        if (this.formulaValidity.size > 50000) this.formulaValidity.clear();
        this.formulaValidity.set(normalized, ok);
      }
    }
    if (!ok)
      throw simError(
        "InvalidArgument",
        "Range.formulas",
        `The formula "${text}" contains an error.`
      );
    sheet.setFormula(r, c, normalized);
    if (sheet.rows[r]?.s?.[c] !== undefined) this.setQuotePrefix(sheet, r, c, false);
  }

  /** Writes a 2-D input (or a single value for the whole rectangle) into a rectangle. */
  writeRect(sheet: SheetModel, rect: Rect, input: unknown, what: string): void {
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    const grid = toGrid(input, rows, cols, what);
    // One formula for many cells fills like Ctrl+Enter: relative references move with each cell.
    const fill =
      typeof input === "string" &&
      input.startsWith("=") &&
      input.length > 1 &&
      (rows > 1 || cols > 1);
    for (let i = 0; i < rows; i++) {
      const line = grid(i);
      for (let j = 0; j < cols; j++) {
        const v = fill ? shiftFormula(input as string, i, j) : line(j);
        this.writeCell(sheet, rect.r0 + i, rect.c0 + j, v);
      }
    }
    this.afterWrite(sheet, rect);
  }

  /** Header cells rename their column; whole-column formulas become calculated columns; the engine is told. */
  afterWrite(sheet: SheetModel, rect: Rect): void {
    for (const t of this.tables) {
      if (t.sheet !== sheet || !rectsIntersect(t.rangeRect(), rect)) continue;
      if (t.showHeaders && rect.r0 <= t.r0 && rect.r1 >= t.r0) {
        for (let c = Math.max(rect.c0, t.c0); c <= Math.min(rect.c1, t.c1); c++) {
          const i = c - t.c0;
          const v = sheet.getValue(t.r0, c);
          const name =
            v === undefined || v === ""
              ? `${this.isFrench ? "Colonne" : "Column"}${i + 1}`
              : String(v);
          if (name !== t.columns[i].name) this.renameTableColumn(t, i, name);
          else sheet.setValue(t.r0, c, name);
        }
      }
      // Calculated columns: one formula over the whole data body of a column.
      if (rect.r0 <= t.dataR0 && rect.r1 >= t.dataR1) {
        for (let c = Math.max(rect.c0, t.c0); c <= Math.min(rect.c1, t.c1); c++) {
          const first = sheet.getFormula(t.dataR0, c);
          let same = first !== undefined;
          for (let r = t.dataR0 + 1; same && r <= t.dataR1; r++)
            same = sheet.getFormula(r, c) === first;
          t.columns[c - t.c0].calculatedFormula = same ? first : undefined;
        }
      }
    }
    this.engine.markDirty(sheet.name, rect);
    // own-row calculated cells of the same rows (held as values by the engine) change with them
    for (const t of this.tables) {
      if (t.sheet !== sheet || !this.fastPath || !rectsIntersect(t.dataRect(), rect)) continue;
      if (!t.columns.some((col) => col.calculatedFormula)) continue;
      this.engine.markDirty(sheet.name, {
        r0: Math.max(rect.r0, t.dataR0),
        r1: Math.min(rect.r1, t.dataR1),
        c0: t.c0,
        c1: t.c1,
      });
    }
  }

  writeNumberFormat(sheet: SheetModel, rect: Rect, input: unknown): void {
    const rows = rect.r1 - rect.r0 + 1;
    const cols = rect.c1 - rect.c0 + 1;
    const scalar = !Array.isArray(input);
    if (scalar && this.isWhole(rect)) {
      const fmt = input === "" ? undefined : String(input);
      this.patchStyle(sheet, rect, { numberFormat: fmt });
      return;
    }
    const grid = toGrid(input, rows, cols, "numberFormat");
    for (let i = 0; i < rows; i++) {
      const line = grid(i);
      for (let j = 0; j < cols; j++) {
        const v = line(j);
        if (v === null || v === undefined) continue;
        const fmt = v === "" ? undefined : String(v);
        const id = sheet.styleId(rect.r0 + i, rect.c0 + j);
        sheet.setStyleId(rect.r0 + i, rect.c0 + j, this.styles.derive(id, { numberFormat: fmt }));
      }
    }
  }

  private isWhole(rect: Rect): boolean {
    return (
      (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1) || (rect.c0 === 0 && rect.c1 === MAX_COLS - 1)
    );
  }

  /** Applies a style change to every cell of a rectangle (whole columns/rows: to the column/row style and the cells already styled). */
  patchStyle(sheet: SheetModel, rect: Rect, patch: StylePatch): void {
    const key = StylePool.keyOf(patch);
    const wholeCols = rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
    const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
    if (wholeCols) {
      for (let c = rect.c0; c <= rect.c1; c++)
        sheet.colStyles.set(c, this.styles.derive(sheet.colStyles.get(c) ?? 0, patch, key));
    }
    if (wholeRows) {
      for (let r = rect.r0; r <= rect.r1; r++)
        sheet.rowStyles.set(r, this.styles.derive(sheet.rowStyles.get(r) ?? 0, patch, key));
    }
    if (wholeCols || wholeRows) {
      const last = Math.min(rect.r1, sheet.maxRow);
      for (let r = rect.r0; r <= last; r++) {
        const row = sheet.rows[r];
        if (!row?.s) continue;
        for (let c = rect.c0; c <= Math.min(rect.c1, row.s.length - 1); c++) {
          const id = row.s[c];
          if (id !== undefined) row.s[c] = this.styles.derive(id, patch, key);
        }
      }
      return;
    }
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++)
        sheet.setStyleId(r, c, this.styles.derive(sheet.styleId(r, c), patch, key));
    }
  }

  /**
   * `Range.copyFrom` (ExcelApi 1.9): copies the source's values ("Values"), formulas with their
   * relative references moved ("Formulas"), formats ("Formats"), or both ("All") onto the
   * destination. A destination that is an exact multiple of the source repeats it; otherwise the
   * source's size is used from the destination's top-left cell ("The destination is expanded
   * automatically if it's smaller than the source"). The source is read whole before writing, so
   * overlapping ranges copy what the source held. Returns the rectangle written.
   */
  copyRange(
    src: { sheet: SheetModel; rect: Rect },
    dst: { sheet: SheetModel; rect: Rect },
    copyType: string,
    skipBlanks: boolean,
    transpose: boolean
  ): Rect {
    const types = ["All", "Formulas", "Values", "Formats"];
    if (!types.includes(copyType))
      throw simError(
        "InvalidArgument",
        "Range.copyFrom",
        `The simulator copies ${types.join(", ")} (got ${copyType}).`
      );
    const srcRows = src.rect.r1 - src.rect.r0 + 1;
    const srcCols = src.rect.c1 - src.rect.c0 + 1;
    const rows = transpose ? srcCols : srcRows;
    const cols = transpose ? srcRows : srcCols;
    const dstRows = dst.rect.r1 - dst.rect.r0 + 1;
    const dstCols = dst.rect.c1 - dst.rect.c0 + 1;
    const outRows = dstRows >= rows && dstRows % rows === 0 ? dstRows : rows;
    const outCols = dstCols >= cols && dstCols % cols === 0 ? dstCols : cols;
    const out: Rect = {
      r0: dst.rect.r0,
      c0: dst.rect.c0,
      r1: dst.rect.r0 + outRows - 1,
      c1: dst.rect.c0 + outCols - 1,
    };
    if (out.r1 >= MAX_ROWS || out.c1 >= MAX_COLS)
      throw simError("InvalidArgument", "Range.copyFrom", "The copy goes beyond the worksheet.");
    const withContent = copyType !== "Formats";
    const withFormats = copyType === "All" || copyType === "Formats";
    // Read the source first (it may overlap the destination).
    type Cell = { v?: CellValue; f?: string; s: number; blank: boolean };
    const read: Cell[][] = [];
    for (let i = 0; i < srcRows; i++) {
      const line: Cell[] = [];
      for (let j = 0; j < srcCols; j++) {
        const r = src.rect.r0 + i;
        const c = src.rect.c0 + j;
        const f = src.sheet.getFormula(r, c);
        const cell: Cell = { s: src.sheet.styleId(r, c), blank: !src.sheet.hasContent(r, c) };
        if (withContent) {
          if (copyType === "Values" && f !== undefined) {
            const res = this.cellResult(src.sheet, r, c);
            cell.v = res.value === null ? undefined : (res.value as CellValue);
          } else if (f !== undefined) cell.f = f;
          else cell.v = src.sheet.getValue(r, c);
        }
        line.push(cell);
      }
      read.push(line);
    }
    for (let i = 0; i < outRows; i++) {
      for (let j = 0; j < outCols; j++) {
        const si = transpose ? j % srcRows : i % srcRows;
        const sj = transpose ? i % srcCols : j % srcCols;
        const cell = read[si][sj];
        if (skipBlanks && cell.blank) continue;
        const r = out.r0 + i;
        const c = out.c0 + j;
        if (withContent) {
          if (cell.f !== undefined) {
            const dRows = r - (src.rect.r0 + si);
            const dCols = c - (src.rect.c0 + sj);
            dst.sheet.setFormula(r, c, shiftFormula(cell.f, dRows, dCols));
          } else if (cell.v === undefined) dst.sheet.clearContent(r, c);
          else dst.sheet.setValue(r, c, cell.v);
          this.cellsWritten += 1;
        }
        if (withFormats) dst.sheet.setStyleId(r, c, cell.s);
      }
    }
    if (withContent) this.afterWrite(dst.sheet, out);
    return out;
  }

  clearRect(sheet: SheetModel, rect: Rect, applyTo: string): void {
    const last = Math.min(rect.r1, Math.max(sheet.maxRow, 0));
    const contents = applyTo === "All" || applyTo === "Contents";
    const formats = applyTo === "All" || applyTo === "Formats";
    const links = applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks";
    for (let r = rect.r0; r <= last; r++) {
      const row = sheet.rows[r];
      for (let c = rect.c0; c <= Math.min(rect.c1, Math.max(sheet.maxCol, 0)); c++) {
        if (contents && row) sheet.clearContent(r, c);
        if (formats && row?.s && row.s[c] !== undefined) row.s[c] = undefined;
        if (links) sheet.hyperlinks.delete(`${r},${c}`);
      }
    }
    if (formats && rect.r0 === 0 && rect.r1 === MAX_ROWS - 1)
      for (let c = rect.c0; c <= rect.c1; c++) sheet.colStyles.delete(c);
    if (contents) this.afterWrite(sheet, rect);
  }

  // ---- cells: reading ----

  /** The value Excel shows for a cell: constants as stored, formulas evaluated. */
  cellResult(sheet: SheetModel, r: number, c: number): EngineResult {
    const row = sheet.rows[r];
    if (!row) return { value: null, isError: false };
    const f = row.f?.[c];
    if (f === undefined) {
      const v = row.v[c];
      return { value: v === undefined ? null : v, isError: false };
    }
    for (const h of this.hooks.beforeRead) h();
    // Calculated columns that only use their own row are evaluated directly (no engine build).
    const fast = this.rowFunction(f);
    if (fast) {
      const t = this.tables.find(
        (x) => x.sheet === sheet && r >= x.dataR0 && r <= x.dataR1 && c >= x.c0 && c <= x.c1
      );
      if (t) {
        const v = fast((name) => {
          const i = t.columnIndex(name);
          if (i < 0) return { error: "#REF!" };
          const res = this.cellResult(sheet, r, t.c0 + i);
          return res.isError ? { error: String(res.value) } : res.value;
        });
        return isRowError(v) ? { value: v.error, isError: true } : { value: v, isError: false };
      }
    }
    // Calculation suspended for this request: the last computed value.
    const res = this.calcSuspended
      ? this.engine.staleValue(sheet.name, r, c)
      : this.engine.value(sheet.name, r, c);
    if (res.value === null) return { value: 0, isError: false };
    return res;
  }

  cellValueForApi(sheet: SheetModel, r: number, c: number): CellValue {
    const res = this.cellResult(sheet, r, c);
    return res.value === null ? "" : res.value;
  }

  cellFormulaForApi(sheet: SheetModel, r: number, c: number): CellValue {
    const f = sheet.getFormula(r, c);
    if (f !== undefined) return f;
    const v = sheet.getValue(r, c);
    return v === undefined ? "" : v;
  }

  cellNumberFormat(sheet: SheetModel, r: number, c: number): string {
    return this.style(sheet, r, c).numberFormat ?? "General";
  }

  cellText(sheet: SheetModel, r: number, c: number): string {
    const res = this.cellResult(sheet, r, c);
    return formatValue(
      res.value,
      this.style(sheet, r, c).numberFormat,
      this.displayLanguage,
      res.isError
    );
  }

  cellValueType(sheet: SheetModel, r: number, c: number): string {
    const res = this.cellResult(sheet, r, c);
    if (res.isError) return "Error";
    if (res.value === null || res.value === "") return "Empty";
    if (typeof res.value === "number") return "Double";
    if (typeof res.value === "boolean") return "Boolean";
    return "String";
  }

  mapRect<T>(rect: Rect, fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const line: T[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) line.push(fn(r, c));
      out.push(line);
    }
    return out;
  }

  // ---- engine contents ----

  engineContents(sheet: SheetModel, rect: Rect): RawCellContent[][] {
    const out: RawCellContent[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row = sheet.rows[r];
      const line: RawCellContent[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (!row) {
          line.push(null);
          continue;
        }
        const f = row.f?.[c];
        if (f !== undefined) {
          // An own-row calculated cell that depends only on constants goes in as its value: the engine
          // then holds constants for big calculated columns (much faster to build), same results.
          const pure = this.isPureRowCell(sheet, r, c, f, 0) ? this.cellResult(sheet, r, c) : null;
          if (pure)
            line.push(
              pure.isError
                ? pure.value
                : typeof pure.value === "string"
                  ? `'${pure.value}`
                  : pure.value
            );
          else
            line.push(translateForEngine(f, { sheetName: sheet.name, row: r, col: c }, this).text);
          continue;
        }
        const v = row.v[c];
        line.push(v === undefined ? null : typeof v === "string" ? `'${v}` : v);
      }
      out.push(line);
    }
    return out;
  }

  defaultDateFormat(): string {
    return defaultDateFormat(this.displayLanguage);
  }
}

/** Turns `values`/`formulas`/`numberFormat` input into a row accessor, checking dimensions as Excel does. */
export function toGrid(
  input: unknown,
  rows: number,
  cols: number,
  what: string
): (i: number) => (j: number) => unknown {
  if (!Array.isArray(input)) {
    if (input === null || input === undefined)
      throw simError("InvalidArgument", `Range.${what}`, `null is not a valid input for ${what}.`);
    return () => () => input;
  }
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new SimOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
      `Range.${what}`
    );
  }
  return (i) => {
    const line = input[i] as unknown[];
    return (j) => line[j];
  };
}
