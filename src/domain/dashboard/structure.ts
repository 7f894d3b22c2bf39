/**
 * What a refresh in place may keep: the structure of a plan (which objects, where, with which
 * columns and fields) and its footprint (the free cells it writes). The Excel layer stores both in
 * the workbook with the dashboard; on the next run, a new plan whose structure equals the stored
 * one can update the same sheets, tables, PivotTables and charts in place, and the previous
 * footprint tells which free cells to clear before the new ones are written.
 *
 * "Compatible" = same language, same tables at the same anchors with the same headers (so the
 * same data columns, the same tracking columns, the same distribution dimension), the same
 * PivotTables (names, anchors, fields) and the same charts with the same number of series. Only
 * the number of rows (lines, months, members) and the values may change.
 */
import type { Lang, Localized } from "../import/types";
import type { DashboardPlan, SheetKey, TableKey } from "./types";
import { rangeAddress } from "./a1";

export interface PlanStructure {
  lang: Lang;
  /** PivotTables replaced by formula tables (host without ExcelApi 1.8). */
  pivotFallback: boolean;
  tables: {
    key: TableKey;
    sheet: SheetKey;
    row: number;
    col: number;
    headers: string[];
    totals: boolean;
  }[];
  pivots: {
    name: string;
    anchor: string;
    rows: string[];
    columns: string[];
    data: { field: string; name: string; showAs: string | null }[];
  }[];
  charts: { name: string; series: number; sourceSheet: SheetKey }[];
}

export function planStructure(plan: DashboardPlan, pivotFallback: boolean): PlanStructure {
  return {
    lang: plan.lang,
    pivotFallback,
    tables: plan.tables.map((t) => ({
      key: t.key,
      sheet: t.sheet,
      row: t.row,
      col: t.col,
      headers: t.columns.map((c) => c.header),
      totals: t.showTotals,
    })),
    pivots: plan.pivots.map((p) => ({
      name: p.name,
      anchor: p.anchor,
      rows: [...p.rows],
      columns: [...p.columns],
      data: p.data.map((d) => ({ field: d.field, name: d.name, showAs: d.showAs ?? null })),
    })),
    charts: plan.charts.map((c) => ({
      name: c.name,
      series: c.series.length,
      sourceSheet: c.sourceSheet,
    })),
  };
}

/** Why a stored structure cannot be updated in place by a new one. */
export type StructureChange =
  | "unknown"
  | "language"
  | "pivotFallback"
  | "dataColumns"
  | "trackingColumns"
  | "targets"
  | "distribution"
  | "pivots"
  | "charts";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The first difference that prevents an update in place, or null when there is none. */
export function structureChange(
  stored: PlanStructure | null | undefined,
  next: PlanStructure
): StructureChange | null {
  if (!stored || !Array.isArray(stored.tables)) return "unknown";
  if (stored.lang !== next.lang) return "language";
  if (stored.pivotFallback !== next.pivotFallback) return "pivotFallback";
  const table = (s: PlanStructure, key: TableKey) => s.tables.find((t) => t.key === key) ?? null;
  const order: [TableKey, StructureChange][] = [
    ["sales", "dataColumns"],
    ["tracking", "trackingColumns"],
    ["targets", "targets"],
    ["distribution", "distribution"],
  ];
  for (const [key, change] of order) if (!same(table(stored, key), table(next, key))) return change;
  if (stored.tables.length !== next.tables.length) return "distribution";
  if (!same(stored.pivots, next.pivots)) return "pivots";
  if (!same(stored.charts, next.charts)) return "charts";
  return null;
}

/** Why the previous dashboard is replaced rather than updated, in the user's words. */
export const CHANGE_REASONS: Record<StructureChange, Localized> = {
  unknown: {
    fr: "il a été créé par une version antérieure du complément",
    en: "it was made by an earlier version of the add-in",
  },
  language: { fr: "la langue a changé", en: "the language changed" },
  pivotFallback: {
    fr: "les tableaux croisés dynamiques et leurs tableaux de formules de remplacement ne s’échangent pas",
    en: "PivotTables and their formula-table replacement cannot be swapped",
  },
  dataColumns: {
    fr: "les colonnes des données ont changé",
    en: "the columns of the data changed",
  },
  trackingColumns: {
    fr: "les colonnes du tableau de suivi changent (N-1, coût, objectifs ou statut)",
    en: "the columns of the tracking table change (last year, cost, targets or status)",
  },
  targets: {
    fr: "le tableau des objectifs change",
    en: "the targets table changes",
  },
  distribution: {
    fr: "le tableau de répartition change (dimension principale)",
    en: "the distribution table changes (main dimension)",
  },
  pivots: {
    fr: "les tableaux croisés dynamiques changent (dimensions d’analyse)",
    en: "the PivotTables change (analysis dimensions)",
  },
  charts: { fr: "les graphiques changent", en: "the charts change" },
};

/** Free cells a plan writes, per sheet: A1 rectangles (cell blocks, and the figure and link cells of
 * the commentary lines linked to PivotTable cells, written once Excel has laid the pivots out). */
export function planFootprint(plan: DashboardPlan): Partial<Record<SheetKey, string[]>> {
  const out: Partial<Record<SheetKey, string[]>> = {};
  const add = (sheet: SheetKey, address: string) => {
    const list = (out[sheet] ??= []);
    if (!list.includes(address)) list.push(address);
  };
  for (const b of plan.cells) {
    if (b.inputs.length === 0) continue;
    const width = Math.max(...b.inputs.map((r) => r.length));
    add(b.sheet, rangeAddress(b.row, b.col, b.inputs.length, width));
  }
  for (const s of plan.styles) add(s.sheet, s.address);
  for (const l of plan.pendingLinks) add("commentary", rangeAddress(l.row, 1, 1, 2));
  return out;
}

/** Both footprints together (a retry clears what either wrote). */
export function mergeFootprints(
  a: Partial<Record<SheetKey, string[]>>,
  b: Partial<Record<SheetKey, string[]>>
): Partial<Record<SheetKey, string[]>> {
  const out: Partial<Record<SheetKey, string[]>> = {};
  for (const source of [a, b])
    for (const [key, list] of Object.entries(source) as [SheetKey, string[]][])
      for (const address of list ?? []) {
        const target = (out[key] ??= []);
        if (!target.includes(address)) target.push(address);
      }
  return out;
}

/** Columns whose width a plan sets, per sheet (0-based): free columns and the tables' columns. */
export function planWidths(plan: DashboardPlan): Partial<Record<SheetKey, number[]>> {
  const out: Partial<Record<SheetKey, number[]>> = {};
  const add = (sheet: SheetKey, col: number) => {
    const list = (out[sheet] ??= []);
    if (!list.includes(col)) list.push(col);
  };
  for (const sheet of plan.sheets) for (const { col } of sheet.columnWidths) add(sheet.key, col);
  for (const t of plan.tables) t.columns.forEach((_, i) => add(t.sheet, t.col + i));
  for (const list of Object.values(out)) list?.sort((a, b) => a - b);
  return out;
}

/** Columns the previous plan sized and the new one does not: they get the standard width back. */
export function widthsToReset(
  before: Partial<Record<SheetKey, number[]>>,
  after: Partial<Record<SheetKey, number[]>>
): Partial<Record<SheetKey, number[]>> {
  const out: Partial<Record<SheetKey, number[]>> = {};
  for (const [key, list] of Object.entries(before) as [SheetKey, number[]][]) {
    const kept = new Set(after[key] ?? []);
    const reset = (list ?? []).filter((c) => !kept.has(c));
    if (reset.length) out[key] = reset;
  }
  return out;
}
