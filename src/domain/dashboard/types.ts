/**
 * The dashboard plan: a declarative description of everything the add-in puts in the workbook
 * (sheets, Excel Tables, PivotTables or their formula fallback, formats, charts, commentary).
 * Pure data: `src/excel/` applies it through Office.js, tests read it directly.
 *
 * Positions are 0-based (row, column) on the plan's own sheets; addresses are A1 strings without
 * a sheet prefix, resolved against `SheetKey` by the Excel layer (which knows the real names).
 */
import type { Lang, Localized } from "../import/types";
import type { MonthKey } from "../analysis/types";

export type SheetKey = "data" | "pivots" | "tracking" | "charts" | "commentary";
export type TableKey = "sales" | "tracking" | "targets" | "distribution";

export const SHEET_KEYS: readonly SheetKey[] = [
  "data",
  "pivots",
  "tracking",
  "charts",
  "commentary",
];
export const TABLE_KEYS: readonly TableKey[] = ["sales", "tracking", "targets", "distribution"];

/** Names of the add-in's sheets and tables (defaults per language; the Excel layer may change them on collision). */
export interface PlanNames {
  sheets: Record<SheetKey, string>;
  tables: Record<TableKey, string>;
}

export type TargetOption =
  | { kind: "none" }
  /** Use the data's target column (the default when the import found one). */
  | { kind: "column" }
  /** Amounts per month ("YYYY-MM" → amount), typed or pasted in the task pane. */
  | { kind: "monthly"; monthly: Record<MonthKey, number> };

/** What the task pane (or the command line) lets the user choose. */
export interface DashboardOptions {
  /** Language of the sheet names, headers and commentary. */
  lang: Lang;
  /** Source headers of the main and second dimensions (default: the analysis' choice). */
  mainDimension?: string;
  secondDimension?: string;
  targets?: TargetOption;
  /** Number of sentences of the commentary (default: what is significant, 4 to 8). */
  commentarySentences?: number;
  /** ISO 4217 code; default: the data's currency. */
  currency?: string;
  /** 1 = January (default). */
  fiscalYearStartMonth?: number;
}

/** What the host can do (the Excel layer fills it from `isSetSupported`). */
export interface HostCapabilities {
  /** ExcelApi 1.8: PivotTables, series axis group, invertIfNegative. */
  pivotTables: boolean;
  /**
   * ExcelApi 1.9: `series.invertColor` (negative bars in their own colour), the page layout and
   * `format.indentLevel`.
   */
  invertColor: boolean;
}

// ------------------------------------------------------------------ cells

/**
 * What is typed in a cell, as `range.formulas` takes it: a number, a formula (a string that
 * starts with "="), or a text that is safe to type (see `safeText`), or "" for blank.
 */
export type CellInput = number | string | boolean;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: "Left" | "Center" | "Right";
  vAlign?: "Top" | "Center" | "Bottom";
  /** One format for the whole block. */
  numberFormat?: string;
}

/** A rectangle of free-standing cells (titles, notes, fallback tables, commentary lines). */
export interface CellBlock {
  sheet: SheetKey;
  row: number;
  col: number;
  inputs: CellInput[][];
  style?: CellStyle;
  /** Per column number formats (override style.numberFormat), same length as a row of inputs. */
  columnFormats?: (string | null)[];
}

/** Formatting of a rectangle without content (header lines of formula tables, totals). */
export interface RangeStylePlan {
  sheet: SheetKey;
  address: string;
  style: CellStyle;
}

// ------------------------------------------------------------------ tables

/** Values of a table column. Large columns reference the import's typed arrays (no copy). */
export type ColumnSource =
  /** Day numbers since 1970-01-01 written as Excel date serials. */
  | { kind: "days"; days: Int32Array }
  /** Amounts; NaN is written as a blank cell. */
  | { kind: "numbers"; values: Float64Array }
  /** Dictionary-encoded texts; labels are already safe to type (`safeText`). */
  | { kind: "codes"; codes: Int32Array; labels: string[] }
  /** Small columns: one input per row. */
  | { kind: "inputs"; inputs: CellInput[] }
  /** A calculated column: the same formula on every row (structured references to its own row). */
  | { kind: "formula"; formula: string };

export interface TableColumnPlan {
  /** Stable meaning of the column, e.g. "revenue", "prevYearChangePct", or "dim:<source header>". */
  key: string;
  header: string;
  numberFormat: string;
  source: ColumnSource;
  /** Total row cell: a label or a formula; absent = blank. */
  total?: CellInput;
  /** Column width in points. */
  width: number;
  hAlign?: "Left" | "Center" | "Right";
  /**
   * Indent levels of the whole column (header, body, total): a left-aligned column right of a
   * right-aligned one is indented so that their headers and texts never touch. ExcelApi 1.9.
   */
  indent?: number;
}

export interface TablePlan {
  key: TableKey;
  name: string;
  sheet: SheetKey;
  /** Header cell of the first column. */
  row: number;
  col: number;
  /** Data rows (header and total rows excluded). */
  rowCount: number;
  columns: TableColumnPlan[];
  showTotals: boolean;
  style: string;
  /** How the Excel layer writes the body: `chunked` for the big data table. */
  write: "chunked" | "single";
}

// ------------------------------------------------------------------ pivots

export interface PivotDataField {
  /** Header of the source table column. */
  field: string;
  /** Caption of the value field (must differ from every source header). */
  name: string;
  numberFormat: string;
  showAs?: "PercentOfGrandTotal" | "PercentOfColumnTotal";
}

export interface PivotPlan {
  key: "byMonth" | "bySecond" | "marginByMain";
  name: string;
  sheet: SheetKey;
  /** Top-left cell of the PivotTable. */
  anchor: string;
  source: TableKey;
  rows: string[];
  columns: string[];
  data: PivotDataField[];
}

// ------------------------------------------------------------------ conditional formats & charts

export type ConditionalFormatPlan =
  | { kind: "sign"; sheet: SheetKey; address: string; negativeColor: string; positiveColor: string }
  | {
      kind: "icons";
      sheet: SheetKey;
      address: string;
      style: "ThreeArrows";
      lower: number;
      upper: number;
    };

export type ChartKind = "revenue" | "revenueMargin" | "distribution" | "gap";

export interface ChartSeriesPlan {
  name: string;
  /** Values on the sheet of the chart's source (A1 address). */
  values: string;
  type: "ColumnClustered" | "Line" | "LineMarkers" | "Pie" | "BarClustered";
  axis: "Primary" | "Secondary";
  color?: string;
  /** Columns coloured by sign: `color` for positive values, this one for negative ones. */
  negativeColor?: string;
}

export interface ChartAxisPlan {
  title: string;
  numberFormat?: string;
}

export interface ChartPlan {
  key: ChartKind;
  name: string;
  title: string;
  /** Chart type at creation (the first series' type). */
  type: ChartSeriesPlan["type"];
  /** Sheet that holds the source ranges. */
  sourceSheet: SheetKey;
  /** Category labels (months in order, or members). */
  categories: string;
  series: ChartSeriesPlan[];
  categoryAxis?: ChartAxisPlan & { reversed?: boolean };
  valueAxis?: ChartAxisPlan;
  secondaryValueAxis?: ChartAxisPlan;
  legend: "Bottom" | "Right" | "None";
  dataLabels?: "percent" | "none";
  /** Placement on the charts sheet: top-left and bottom-right cells. */
  from: string;
  to: string;
}

// ------------------------------------------------------------------ sheets & plan

export interface SheetPlan {
  key: SheetKey;
  name: string;
  /** Rows frozen at the top (title + header). */
  freezeRows: number;
  /** Widths in points of free-standing columns (tables carry their own). */
  columnWidths: { col: number; width: number }[];
  /**
   * Free-standing ranges indented (`format.indentLevel`, ExcelApi 1.9): a left-aligned text
   * right of right-aligned figures, so that they never touch.
   */
  indents?: { address: string; level: number }[];
  tabColor: string;
  /**
   * Printing (ExcelApi 1.9): orientation, fitted to `pagesWide` pages wide, rows repeated on each
   * page ("$1:$4"), and the area printed (null: the whole used range).
   */
  print: {
    orientation: "Portrait" | "Landscape";
    fitToWidth: boolean;
    /**
     * Pages wide: 1 when the sheet's columns fit at a readable scale (≥ MIN_PRINT_SCALE of
     * `print.ts`), else the fewest pages that keep that scale, printed across then down.
     */
    pagesWide: number;
    /** The print scale the plan's column widths imply at `pagesWide` pages (at most 1). */
    scale: number;
    titleRows: string | null;
    /** Columns repeated on each page ("$A:$A") when the sheet prints on several pages wide. */
    titleColumns: string | null;
    printArea: string | null;
    /** Margins in points. */
    margins: {
      left: number;
      right: number;
      top: number;
      bottom: number;
      header: number;
      footer: number;
    };
  };
}

/** Link from a commentary sentence to the cell that holds its main figure. */
export interface CommentaryLink {
  sentence: number;
  text: string;
  /** Sheet and cell of the figure. */
  sheet: SheetKey;
  address: string;
  /** Cell of the sentence on the commentary sheet. */
  sentenceAddress: string;
}

/**
 * Where the members of a dimension are, for links from the commentary: a PivotTable (its layout
 * is Excel's, read back after it is built) or a formula table (rows known in advance).
 */
export interface MemberTablePlan {
  /** Source header of the dimension (the analysis' name for it). */
  dimension: string;
  /** Name of the PivotTable on the pivots sheet, or null for a formula table. */
  pivot: string | null;
  /** Formula table: member labels in row order under the header cell at (row, col). */
  labels: string[];
  row: number;
  col: number;
  /** Value columns: meaning, caption (pivot data field name or header) and offset from the label column. */
  fields: {
    column: "revenue" | "share" | "margin";
    caption: string;
    offset: number;
    numberFormat: string;
  }[];
}

/** A commentary link to a PivotTable cell, resolved once the PivotTable exists. */
export interface PendingLink {
  sentence: number;
  text: string;
  /** Row of the sentence on the commentary sheet. */
  row: number;
  pivot: string;
  member: string;
  column: "revenue" | "share" | "margin";
  /**
   * False when the member's cell only backs the sentence's figure (a member's trend): no figure
   * beside the sentence, and `note` says in the link what the cell is.
   */
  figure?: boolean;
  note?: string;
}

/** Stored in the workbook (settings) to recognise and describe the dashboard. */
export interface PlanState {
  source: string;
  lang: Lang;
  options: DashboardOptions;
  builtAt: string;
  rows: number;
  months: number;
}

export interface DashboardPlan {
  lang: Lang;
  names: PlanNames;
  sheets: SheetPlan[];
  tables: TablePlan[];
  pivots: PivotPlan[];
  cells: CellBlock[];
  styles: RangeStylePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  commentaryLinks: CommentaryLink[];
  /** Links to PivotTable cells, resolved by the Excel layer after the pivots are built. */
  pendingLinks: PendingLink[];
  memberTables: MemberTablePlan[];
  /** What the user should know about this build (fallbacks, left-out columns…). */
  messages: Localized[];
  state: PlanState;
  /** Meaning of each tracking-table column → its header (for links, the task pane's trainer mode). */
  trackingColumns: {
    key: string;
    header: string;
    formula: string | null;
    explanation: Localized;
  }[];
}
