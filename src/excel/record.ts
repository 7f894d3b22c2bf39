/**
 * The add-in's marker in the workbook: one workbook setting (ExcelApi 1.4, so old hosts have it
 * too) that lists the ids of the sheets the add-in created. Sheet ids do not change when a sheet
 * is renamed, and a sheet the user adds or copies has a new id: a sheet is the add-in's only if
 * its id is listed here, never because of its name.
 */
import type { PlanState, SheetKey, TableKey } from "../domain/dashboard/types";
import type { PlanStructure } from "../domain/dashboard/structure";

export const SETTING_KEY = "SuiviCommercial.dashboard";
export const RECORD_VERSION = 1;

export interface DashboardRecord {
  version: number;
  /** Sheet id per role of the complete dashboard. */
  sheets: Partial<Record<SheetKey, string>>;
  tables: Partial<Record<TableKey, string>>;
  pivots: string[];
  state: PlanState | null;
  /** Sheets of a build in progress (deleted by the next build if it never finished). */
  pending: string[];
  /** What a refresh may update in place (absent in records of earlier versions: rebuilt once). */
  structure?: PlanStructure | null;
  /** Free cells written by the dashboard, per sheet (A1 rectangles), cleared by an in-place refresh. */
  footprint?: Partial<Record<SheetKey, string[]>>;
  /** Columns whose width the dashboard sets, per sheet (0-based). */
  widths?: Partial<Record<SheetKey, number[]>>;
}

export function emptyRecord(): DashboardRecord {
  return { version: RECORD_VERSION, sheets: {}, tables: {}, pivots: [], state: null, pending: [] };
}

/** A record read back from the setting; anything unexpected gives an empty record. */
export function parseRecord(value: unknown): DashboardRecord {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return emptyRecord();
    }
  }
  if (typeof v !== "object" || v === null) return emptyRecord();
  const r = v as Partial<DashboardRecord>;
  return {
    version: typeof r.version === "number" ? r.version : RECORD_VERSION,
    sheets: typeof r.sheets === "object" && r.sheets ? r.sheets : {},
    tables: typeof r.tables === "object" && r.tables ? r.tables : {},
    pivots: Array.isArray(r.pivots) ? r.pivots.filter((p) => typeof p === "string") : [],
    state: r.state ?? null,
    pending: Array.isArray(r.pending) ? r.pending.filter((p) => typeof p === "string") : [],
    structure: typeof r.structure === "object" && r.structure ? r.structure : null,
    footprint: typeof r.footprint === "object" && r.footprint ? r.footprint : {},
    widths: typeof r.widths === "object" && r.widths ? r.widths : {},
  };
}

/** Ids of every sheet the record says the add-in made (complete or pending). */
export function ownSheetIds(record: DashboardRecord): Set<string> {
  return new Set([
    ...Object.values(record.sheets).filter((x): x is string => !!x),
    ...record.pending,
  ]);
}
