/**
 * Contract between the import and everything downstream (analysis, dashboard, task pane, CLI).
 * Pure types: no Office, no DOM, no Node.
 *
 * Records are stored column-wise (typed arrays, dictionary-encoded dimensions) so that a
 * 1,048,576-row export fits in memory and aggregates fast.
 */

/** A text in both product languages. */
export interface Localized {
  fr: string;
  en: string;
}

export type Lang = "fr" | "en";

/** Measures a source may carry. `profit` is the gross margin when the source gives it. */
export type MeasureRole =
  "revenue" | "cost" | "profit" | "quantity" | "unitPrice" | "discount" | "target";

export type ColumnRole = "date" | MeasureRole | "dimension" | "ignore";

/** What a dimension column describes, detected from its header (French or English). */
export type DimensionKind =
  "product" | "category" | "region" | "customer" | "salesperson" | "channel" | "store" | "other";

/** One source column as detected (or overridden by the caller). */
export interface ColumnInfo {
  /** 0-based position in the source. */
  index: number;
  /** Header as written in the source, trimmed. */
  header: string;
  role: ColumnRole;
  /** Set when role === "dimension". */
  dimensionKind?: DimensionKind;
  detectedBy: "header" | "content" | "override" | "none";
  /** A few raw sample values, for display. */
  samples: string[];
  /** Measures read from text: the decimal mark decided for the whole column. */
  decimalMark?: "." | ",";
  /** Date column: how day/month were ordered ("dmy", "mdy"), or "serial" for Excel serial numbers. */
  dateOrder?: "dmy" | "mdy" | "serial";
}

/** Dictionary-encoded text column: `labels[codes[i]]` is row i's value. */
export interface Dimension {
  header: string;
  kind: DimensionKind;
  codes: Int32Array;
  labels: string[];
}

/**
 * The imported records. Row i of every array is the same source line.
 * Amounts are in currency units (not cents); a missing cell in an optional measure is NaN.
 */
export interface SalesTable {
  rowCount: number;
  /** Day number: whole days since 1970-01-01 (UTC). */
  date: Int32Array;
  /** 1-based line number in the source file (header = line 1 for a CSV), for messages and links. */
  sourceRow: Int32Array;
  /** Measures present (given or derived). `revenue` is always there. */
  measures: { revenue: Float64Array } & Partial<
    Record<Exclude<MeasureRole, "revenue">, Float64Array>
  >;
  /** Header of each measure in the source (or the derived column's display name). */
  measureHeaders: Partial<Record<MeasureRole, string>>;
  dimensions: Dimension[];
  /** ISO 4217 code seen in the data ("EUR" for €, "USD" for $), or null when nothing says it. */
  currency: string | null;
  /** Number of decimals seen per measure (cost has 4 in FoodMart): the exact-sum scale. */
  decimals: Partial<Record<MeasureRole, number>>;
}

export type IssueSeverity = "error" | "warning" | "info";

/** One reported problem. `row` is the source line number (1-based), `column` the source header. */
export interface ImportIssue {
  row: number | null;
  column: string | null;
  value: string | null;
  severity: IssueSeverity;
  /** Stable machine code, e.g. "bad-number", "bad-date", "total-line", "repeated-header", "blank-line". */
  code: string;
  message: Localized;
}

/** For each measure: source sum = imported sum + rejected sum (+ skipped total lines, reported apart). */
export interface Reconciliation {
  measure: MeasureRole;
  header: string;
  source: number;
  imported: number;
  rejected: number;
  /** Sum of lines recognised as totals/subtotals and skipped (not data). */
  skippedTotals: number;
}

export interface SourceInfo {
  file: string;
  format: "csv" | "xlsx" | "grid";
  encoding?: "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le" | "utf-16be";
  delimiter?: string;
  sheet?: string;
  /** Rows below the header (blank, repeated header and total lines included). */
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  /** Blank lines, repeated headers and total lines skipped (rowsRead = imported + rejected + skipped). */
  rowsSkipped?: number;
  /** Source row number of the header (1-based), or null when the data has no header row. */
  headerRow?: number | null;
}

/** Source header (or null) for each role, as in the JSON report. */
export interface RoleMap {
  date: string | null;
  revenue: string | null;
  cost: string | null;
  profit: string | null;
  quantity: string | null;
  unitPrice: string | null;
  discount: string | null;
  target: string | null;
  dimensions: string[];
}

export type DerivedMeasure = "revenue" | "cost" | "margin";

export interface ImportResult {
  /** True when records were produced (possibly with rejected rows). */
  ok: boolean;
  table: SalesTable | null;
  source: SourceInfo;
  columns: ColumnInfo[];
  roles: RoleMap;
  derived: DerivedMeasure[];
  issues: ImportIssue[];
  reconciliation: Reconciliation[];
  totals: {
    revenue: number | null;
    cost: number | null;
    margin: number | null;
    quantity: number | null;
  };
  /** Set when nothing usable was found (ok === false): why, in plain words. */
  fatal: Localized | null;
}

export interface ImportOptions {
  /** File name shown in messages and reports. */
  fileName?: string;
  /** Role overrides by source header (exact header text as in the source). */
  roles?: Record<string, ColumnRole>;
  /** .xlsx: sheet name, or table name, to read (default: first sheet). */
  sheet?: string;
  /** Dimension kind overrides by source header (for columns whose role is "dimension"). */
  dimensionKinds?: Record<string, DimensionKind>;
  /** Day/month order of the date column when the user knows it (otherwise decided from the values). */
  dateOrder?: "dmy" | "mdy";
  /** Language of the display names given to derived measures (default "fr"). */
  lang?: Lang;
  /** ISO 4217 code of the amounts when the user knows it (FoodMart: "USD"); wins over detection. */
  currency?: string;
  /**
   * Called every 65,536 rows (and at the end) while reading: rows done and an estimate of the
   * total (exact for grids; from the share of text read for CSV).
   */
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
}
