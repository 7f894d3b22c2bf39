/**
 * Read-only inspection of the simulated workbook, for tests and the browser preview. It reads the
 * model directly (no batching, no load/sync) and never changes it. Everything returned is plain data.
 */
import { columnLetters, fullAddress, parseAddress, Rect, rectAddress } from "./address";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, SheetModel } from "./model/sheet";
import { CellStyle } from "./model/styles";
import { WorkbookModel } from "./model/workbook";

export interface CellInfo {
  address: string;
  /** What `range.values` returns: number, string, boolean, "" when empty, "#DIV/0!"-like strings for errors. */
  value: number | string | boolean;
  /** The formula as written (with structured references), or null for constants. */
  formula: string | null;
  /** The display text (`range.text`). */
  text: string;
  numberFormat: string;
  isError: boolean;
  style: CellStyle;
  hyperlink?: {
    address?: string;
    documentReference?: string;
    textToDisplay?: string;
    screenTip?: string;
  };
}

export interface SnapshotCell {
  v: number | string | boolean;
  f?: string;
  s?: Record<string, unknown>;
  link?: Record<string, unknown>;
}

export interface WorkbookSnapshot {
  sheets: {
    name: string;
    visibility: string;
    tabColor: string;
    freeze: { rows: number; columns: number } | null;
    columnWidths: Record<string, number>;
    customProperties: Record<string, string>;
    merges: string[];
    pageLayout: Record<string, unknown>;
    cells: Record<string, SnapshotCell>;
  }[];
  tables: TableInfo[];
  names: { name: string; formula: string; scope: string; comment: string }[];
  settings: Record<string, unknown>;
  customProperties: Record<string, unknown>;
  pivots: unknown[];
  charts: unknown[];
  conditionalFormats: Record<string, unknown[]>;
}

function sortKeys<T extends object>(o: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) {
    const v = (o as Record<string, unknown>)[k];
    if (v === undefined) continue;
    out[k] = v && typeof v === "object" && !Array.isArray(v) ? sortKeys(v as object) : v;
  }
  return out;
}

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  columns: string[];
  headerRowAddress: string | null;
  dataBodyAddress: string;
  totalRowAddress: string | null;
  rowCount: number;
  style: string;
  showTotals: boolean;
  /** Formula of each calculated column, by column name. */
  calculatedColumns: Record<string, string>;
}

export interface SheetInfo {
  name: string;
  id: string;
  position: number;
  visibility: string;
  tabColor: string;
  /** A1 address of the used range (values, formulas or styles), or null when empty. */
  usedRange: string | null;
  freeze: { rows: number; columns: number } | null;
  customProperties: Record<string, string>;
}

/** Extension points: pivots, charts and conditional formats add their views here. */
export interface InspectorExtensions {
  pivots?: (sheet?: string) => unknown[];
  charts?: (sheet?: string) => unknown[];
  conditionalFormats?: (sheet: string) => unknown[];
}

export class WorkbookInspector {
  constructor(
    private readonly model: WorkbookModel,
    private readonly ext: InspectorExtensions = {}
  ) {}

  /** Sheets in tab order. */
  sheets(): SheetInfo[] {
    this.model.settle();
    return this.model.sheets.map((s, position) => ({
      name: s.name,
      id: s.id,
      position,
      visibility: s.visibility,
      tabColor: s.tabColor,
      usedRange: this.usedRangeOf(s),
      freeze:
        s.freeze && (s.freeze.rows || s.freeze.cols)
          ? { rows: s.freeze.rows, columns: s.freeze.cols }
          : null,
      customProperties: Object.fromEntries(
        [...s.customProperties.values()].map((p) => [p.key, p.value])
      ),
    }));
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  activeSheet(): string | null {
    return this.model.activeSheet?.name ?? null;
  }

  private sheet(name: string): SheetModel {
    this.model.settle();
    const s = this.model.sheetByName(name);
    if (!s)
      throw new Error(`No worksheet named "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return s;
  }

  private usedRangeOf(s: SheetModel, valuesOnly = false): string | null {
    const r = s.usedRect(valuesOnly);
    return r ? rectAddress(r) : null;
  }

  usedRange(sheet: string, valuesOnly = false): string | null {
    return this.usedRangeOf(this.sheet(sheet), valuesOnly);
  }

  private rect(sheet: string, address: string): { s: SheetModel; rect: Rect } {
    const p = parseAddress(address);
    if (!p) throw new Error(`Invalid address ${address}`);
    const s = this.sheet(p.sheet ?? sheet);
    return { s, rect: p };
  }

  /** One cell; `address` may carry its sheet ("'Suivi mensuel'!B2") or be relative to `sheet`. */
  cell(sheet: string, address: string): CellInfo {
    const { s, rect } = this.rect(sheet, address);
    return this.cellAt(s, rect.r0, rect.c0);
  }

  private cellAt(s: SheetModel, r: number, c: number): CellInfo {
    const m = this.model;
    const res = m.cellResult(s, r, c);
    const link = s.hyperlinks.get(`${r},${c}`);
    return {
      address: `${columnLetters(c)}${r + 1}`,
      value: res.value === null ? "" : res.value,
      formula: s.getFormula(r, c) ?? null,
      text: m.cellText(s, r, c),
      numberFormat: m.cellNumberFormat(s, r, c),
      isError: res.isError,
      style: m.style(s, r, c),
      ...(link ? { hyperlink: { ...link } } : {}),
    };
  }

  /** Values of a rectangle (as `range.values`). */
  values(sheet: string, address: string): (number | string | boolean)[][] {
    const { s, rect } = this.rect(sheet, address);
    return this.model.mapRect(rect, (r, c) => this.model.cellValueForApi(s, r, c));
  }

  /** Formulas of a rectangle (as `range.formulas`). */
  formulas(sheet: string, address: string): (number | string | boolean)[][] {
    const { s, rect } = this.rect(sheet, address);
    return this.model.mapRect(rect, (r, c) => this.model.cellFormulaForApi(s, r, c));
  }

  /** Display texts of a rectangle (as `range.text`). */
  texts(sheet: string, address: string): string[][] {
    const { s, rect } = this.rect(sheet, address);
    return this.model.mapRect(rect, (r, c) => this.model.cellText(s, r, c));
  }

  /** Every cell of a rectangle with value, formula, text, format and style (the preview's grid). */
  grid(sheet: string, address?: string): CellInfo[][] {
    const s = this.sheet(sheet);
    const rect = address
      ? this.rect(sheet, address).rect
      : (s.usedRect() ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
    return this.model.mapRect(rect, (r, c) => this.cellAt(s, r, c));
  }

  /** All formula cells of a sheet: address → formula. */
  formulaCells(sheet: string): { address: string; formula: string }[] {
    const s = this.sheet(sheet);
    return [...s.formulaCells()].map(([r, c, f]) => ({
      address: `${columnLetters(c)}${r + 1}`,
      formula: f,
    }));
  }

  /** Column widths in points for columns 0..n-1 (default 48 pt = 8.43 characters). */
  columnWidths(sheet: string, count?: number): number[] {
    const s = this.sheet(sheet);
    const n = count ?? Math.max(1, s.maxCol + 1);
    return Array.from({ length: n }, (_, c) => s.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
  }

  rowHeights(sheet: string, count?: number): number[] {
    const s = this.sheet(sheet);
    const n = count ?? Math.max(1, s.maxRow + 1);
    return Array.from({ length: n }, (_, r) => s.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
  }

  frozenPanes(sheet: string): { rows: number; columns: number } | null {
    const f = this.sheet(sheet).freeze;
    return f && (f.rows || f.cols) ? { rows: f.rows, columns: f.cols } : null;
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map((m) => rectAddress(m));
  }

  tables(sheet?: string): TableInfo[] {
    return this.model.tables
      .filter((t) => !sheet || t.sheet.name.toLowerCase() === sheet.toLowerCase())
      .map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: rectAddress(t.rangeRect()),
        columns: t.columns.map((c) => c.name),
        headerRowAddress:
          t.headerRow === null
            ? null
            : rectAddress({ r0: t.headerRow, r1: t.headerRow, c0: t.c0, c1: t.c1 }),
        dataBodyAddress: rectAddress(t.dataRect()),
        totalRowAddress:
          t.totalsRow === null
            ? null
            : rectAddress({ r0: t.totalsRow, r1: t.totalsRow, c0: t.c0, c1: t.c1 }),
        rowCount: t.dataRowCount,
        style: t.style,
        showTotals: t.showTotals,
        calculatedColumns: Object.fromEntries(
          t.columns.filter((c) => c.calculatedFormula).map((c) => [c.name, c.calculatedFormula!])
        ),
      }));
  }

  table(name: string): TableInfo {
    const t = this.tables().find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new Error(`No table named "${name}"`);
    return t;
  }

  names(): { name: string; formula: string; scope: string; comment: string }[] {
    return this.model.names.map((n) => ({
      name: n.name,
      formula: n.formula,
      scope: n.scope?.name ?? "Workbook",
      comment: n.comment,
    }));
  }

  settings(): Record<string, unknown> {
    return Object.fromEntries([...this.model.settings.values()].map((s) => [s.key, s.value]));
  }

  customProperties(): Record<string, unknown> {
    return Object.fromEntries(
      [...this.model.customProperties.values()].map((p) => [p.key, p.value])
    );
  }

  /** PivotTables with their computed cells. */
  pivots(sheet?: string): unknown[] {
    return this.ext.pivots?.(sheet) ?? [];
  }

  /** Charts with resolved series values and titles. */
  charts(sheet?: string): unknown[] {
    return this.ext.charts?.(sheet) ?? [];
  }

  /** Conditional formats with their evaluated effect on each cell. */
  conditionalFormats(sheet: string): unknown[] {
    return this.ext.conditionalFormats?.(sheet) ?? [];
  }

  /**
   * A deterministic, JSON-comparable dump of the whole workbook: sheets in order (name, visibility,
   * freeze panes, non-default column widths, custom properties, every non-empty cell with value,
   * formula, number format and style), tables, names, settings, custom properties, PivotTables,
   * charts and conditional formats. Internal ids are left out, so a sheet deleted and rebuilt
   * identically gives the same snapshot.
   */
  snapshot(): WorkbookSnapshot {
    const m = this.model;
    m.settle();
    return {
      sheets: m.sheets.map((s) => {
        const cells: Record<string, SnapshotCell> = {};
        const last = Math.min(s.maxRow, s.rows.length - 1);
        for (let r = 0; r <= last; r++) {
          const row = s.rows[r];
          if (!row) continue;
          const n = Math.max(row.v.length, row.f?.length ?? 0, row.s?.length ?? 0);
          for (let c = 0; c < n; c++) {
            const hasContent = row.v[c] !== undefined || row.f?.[c] !== undefined;
            const sid = row.s?.[c];
            if (!hasContent && (sid === undefined || sid === 0)) continue;
            const res = m.cellResult(s, r, c);
            const cell: SnapshotCell = { v: res.value === null ? "" : res.value };
            const f = row.f?.[c];
            if (f !== undefined) cell.f = f;
            const style = m.style(s, r, c);
            if (Object.keys(style).length) cell.s = sortKeys(style);
            const link = s.hyperlinks.get(`${r},${c}`);
            if (link) cell.link = sortKeys(link);
            cells[`${columnLetters(c)}${r + 1}`] = cell;
          }
        }
        return {
          name: s.name,
          visibility: s.visibility,
          tabColor: s.tabColor,
          freeze:
            s.freeze && (s.freeze.rows || s.freeze.cols)
              ? { rows: s.freeze.rows, columns: s.freeze.cols }
              : null,
          columnWidths: Object.fromEntries(
            [...s.colWidths.entries()]
              .sort((a, b) => a[0] - b[0])
              .map(([c, w]) => [columnLetters(c), w])
          ),
          customProperties: Object.fromEntries(
            [...s.customProperties.values()].map((p) => [p.key, p.value]).sort()
          ),
          merges: s.merges.map((x) => rectAddress(x)).sort(),
          pageLayout: {
            ...s.pageLayout,
            zoom: { ...s.pageLayout.zoom },
            printTitleRows: s.pageLayout.printTitleRows
              ? rectAddress(s.pageLayout.printTitleRows)
              : null,
            printTitleColumns: s.pageLayout.printTitleColumns
              ? rectAddress(s.pageLayout.printTitleColumns)
              : null,
            printArea: s.pageLayout.printArea ? rectAddress(s.pageLayout.printArea) : null,
          },
          cells,
        };
      }),
      tables: this.tables().sort((a, b) => a.name.localeCompare(b.name)),
      names: this.names().sort((a, b) => a.name.localeCompare(b.name)),
      settings: sortKeys(this.settings()),
      customProperties: sortKeys(this.customProperties()),
      pivots: this.pivots(),
      charts: this.charts(),
      conditionalFormats: Object.fromEntries(
        m.sheets.map((s) => [s.name, this.conditionalFormats(s.name)])
      ),
    };
  }

  /** Full address helper for callers building links. */
  static address(sheet: string, address: string): string {
    const p = parseAddress(address);
    if (!p) throw new Error(`Invalid address ${address}`);
    return fullAddress(sheet, p);
  }
}
