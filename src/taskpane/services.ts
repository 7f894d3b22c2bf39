/**
 * What the pane asks of the rest of the add-in. The React components only see this interface:
 * in Excel and in the preview it is wired to the real modules (`createPaneServices`), in component
 * tests to a hand-written stand-in.
 */
import type { Analysis } from "../domain/analysis/types";
import type { Commentary } from "../domain/commentary/types";
import type { DashboardOptions } from "../domain/dashboard/types";
import type { ColumnRole, ImportOptions, ImportResult, Localized } from "../domain/import/types";
import type { Stage } from "./i18n/strings";

/** Order of ambiguous dates the user chose (day/month or month/day), as the import takes it. */
export type DateOrderChoice = NonNullable<ImportOptions["dateOrder"]>;

/** Lets a long task report its stage and be cancelled. */
export interface TaskContext {
  signal: AbortSignal;
  onProgress: (stage: Stage) => void;
}

/** A table or sheet of the workbook that can be read as a source. */
export interface WorkbookSource {
  id: string;
  kind: "table" | "sheet";
  name: string;
  sheet: string;
  rowCount: number;
}

/** Where the records come from. */
export type SourceChoice =
  | { kind: "file"; file: File }
  | { kind: "selection" }
  | { kind: "workbook"; source: WorkbookSource };

/** One column of the tracking table, for trainer mode. */
export interface TrackingColumn {
  /** Analysis field name ("revenue", "prevYearChangePct", ...) when the column has one. */
  key: string | null;
  header: string;
  /** First data row's formula as the Excel API returns it (English names, "," separators). */
  formula: string;
  /** Sheet-qualified address of that cell, for `selectCell`. */
  address: string;
}

export interface DashboardInfo {
  exists: boolean;
  tracking: TrackingColumn[];
}

export interface BuildRequest {
  /** Language, dimensions, targets, commentary length, currency. */
  options: DashboardOptions;
  /** Re-read the source before building (workbook sources change between refreshes). */
  rereadSource: SourceChoice | null;
  roles: Record<string, ColumnRole>;
  /** Order of ambiguous dates chosen by the user (none: decided from the data). */
  dateOrder?: DateOrderChoice;
}

export interface BuildOutcome {
  import: ImportResult;
  analysis: Analysis;
  commentary: Commentary;
  /** For each commentary sentence, the sheet-qualified address of its figure's cell (or null). */
  sentenceCells: (string | null)[];
  /** ISO 4217 code the figures are shown in (the user's choice, else the data's). */
  currency: string | null;
  /** Sheets of the dashboard as named in the workbook. */
  sheets: string[];
  /** What the user should know: sheets renamed because a user sheet had the name, PivotTables
   * replaced by SUMIFS tables on an old Excel, columns left out. */
  messages: Localized[];
  dashboard: DashboardInfo;
}

export interface PaneServices {
  /** Imports a file (CSV, TSV, .xlsx) off the main thread. */
  readFile(file: File, roles: Record<string, ColumnRole>, ctx: TaskContext): Promise<ImportResult>;
  /** Imports the current selection or a table/sheet of the workbook. */
  readWorkbook(
    source: Exclude<SourceChoice, { kind: "file" }>,
    roles: Record<string, ColumnRole>,
    ctx: TaskContext
  ): Promise<ImportResult>;
  /** Imports the last source again with other column roles, and the date order if chosen. */
  reimport(
    roles: Record<string, ColumnRole>,
    ctx: TaskContext,
    dateOrder?: DateOrderChoice
  ): Promise<ImportResult>;
  listSources(): Promise<WorkbookSource[]>;
  dashboardInfo(): Promise<DashboardInfo>;
  build(request: BuildRequest, ctx: TaskContext): Promise<BuildOutcome>;
  /** Selects (and shows) a cell given by a sheet-qualified address ("'Suivi mensuel'!B5"). */
  selectCell(address: string): Promise<void>;
}

/** The error a cancelled task rejects with. */
export function abortError(): Error {
  const err = new Error("Cancelled");
  err.name = "AbortError";
  return err;
}

export function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}
