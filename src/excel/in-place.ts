/**
 * Refresh in place: the dashboard's sheets, Tables, PivotTables and charts stay the same objects
 * (same ids, same names), so whatever the user built on them keeps working — a note in a free
 * cell, a formula `=SUM(SuiviMensuel[CA HT])` or `='Suivi mensuel'!B5` on another sheet, a chart
 * of their own on our table.
 *
 * Requests, in order (the count does not depend on the rows, but for the data chunks):
 * 1. stage: a hidden staging sheet receives the new data rows, chunk by chunk (each request under
 *    5 MB). Nothing of the dashboard changes yet: a failure here deletes the staging sheet and the
 *    workbook is as before.
 * 2. commit: ONE request whose size depends on the months and members, not on the rows. It records
 *    the refresh as begun (the record's first write), resizes the data table and copies the staged
 *    values into it (`range.copyFrom`, values only), gives the tracking, targets and distribution
 *    tables their new rows, rewrites every column, the free cells and the commentary, refreshes
 *    the PivotTables and points each chart series at its range.
 * 3. read the PivotTables' layout (commentary links to their cells), 4. finish: those links, the
 *    final record, the staging sheet deleted (the last action).
 *
 * A failure during 2–4 (Excel applies the actions of a request before the one that fails and does
 * not roll back) is finished rather than undone: every action of the commit sets an absolute state
 * (a table resized to a given range, a column given its formula, a series given its range; rows
 * added or deleted are computed from the row counts read again first), so running the commit again
 * from whatever part of it was applied gives the complete new dashboard, from the data still on the
 * staging sheet. Up to three attempts; if all fail, the caller rebuilds the dashboard in new sheets
 * (the aside-build-swap path, atomic by itself) and says so. Why not a backup copy of the sheets
 * (`worksheet.copy`) restored on failure: a restored copy is a new sheet with new Tables, so the
 * user's references would point at the deleted originals (#REF!) — exactly what a refresh in place
 * is for avoiding — and copying the data sheet doubles a workbook of a million rows.
 */
import type { Localized } from "../domain/import/types";
import type {
  DashboardPlan,
  HostCapabilities,
  SheetKey,
  TableKey,
} from "../domain/dashboard/types";
import { SHEET_KEYS } from "../domain/dashboard/types";
import {
  CHANGE_REASONS,
  mergeFootprints,
  planFootprint,
  planStructure,
  planWidths,
  structureChange,
  widthsToReset,
  type PlanStructure,
} from "../domain/dashboard/structure";
import { columnLetters } from "../domain/dashboard/a1";
import { freeSheetName } from "../domain/dashboard/names";
import type { ExcelHost } from "./host";
import { DashboardRecord, RECORD_VERSION, SETTING_KEY } from "./record";
import { planChunks, valueColumns } from "./chunks";
import {
  queueCells,
  queueChartInPlace,
  queueConditionalFormats,
  queueDataChunk,
  queueDataHeader,
  queueSheetLayout,
  queueTableInPlace,
  tableGeometry,
} from "./apply";
import { Round, resolvePendingLinks, resolvedLinkCells, type ResolvedLink } from "./steps";
import { userMessage } from "./errors";

/** A table of the dashboard as found in the workbook. */
export interface TableFound {
  sheetId: string;
  /** A1 address of the whole table (header to total row), without the sheet. */
  address: string;
  headers: string[];
  showTotals: boolean;
}

/** The dashboard's objects as they are in the workbook before a refresh. */
export interface DashboardGeometry {
  tables: Partial<Record<TableKey, TableFound>>;
  /** Tables and PivotTables on the dashboard's sheets that the add-in did not make. */
  foreign: string[];
  /** PivotTables on the pivots sheet. */
  pivots: string[];
  /** Charts on the charts sheet: name → number of series. */
  charts: Record<string, number>;
}

/** Data rows of a table from its whole address ("A4:M31" with a total row → 26). */
export function dataRowsOf(found: { address: string; showTotals: boolean }): number {
  const cells = found.address.split("!").pop()!.replace(/\$/g, "").split(":");
  const row = (a: string) => Number(/\d+$/.exec(a)![0]);
  const rows = row(cells[cells.length - 1]) - row(cells[0]) + 1;
  return rows - 1 - (found.showTotals ? 1 : 0);
}

/** The ExcelApi set an update in place needs (`table.resize`; copyFrom is 1.9, pivots 1.8). */
export const IN_PLACE_API = "1.13";

const REASONS = {
  host: {
    fr: "votre version d’Excel ne permet pas de le mettre à jour sur place (il faut ExcelApi 1.13, Excel 2021 ou Microsoft 365)",
    en: "your version of Excel cannot update it in place (it needs ExcelApi 1.13, Excel 2021 or Microsoft 365)",
  },
  modified: {
    fr: "un de ses tableaux, tableaux croisés dynamiques ou graphiques a été supprimé, renommé, déplacé ou modifié",
    en: "one of its tables, PivotTables or charts was deleted, renamed, moved or changed",
  },
  foreign: {
    fr: "un tableau ou un tableau croisé dynamique ajouté sur ses feuilles se trouverait sur le chemin des tableaux qui s’allongent",
    en: "a table or PivotTable added on its sheets would be in the way of the tables that grow",
  },
} satisfies Record<string, Localized>;

/** Reason: the previous dashboard lost some of its sheets (deleted by the user). */
export const SHEETS_MISSING: Localized = {
  fr: "certaines de ses feuilles ont été supprimées",
  en: "some of its sheets were deleted",
};

/** Told when the previous dashboard's sheets are replaced rather than updated. */
export function replacedMessage(reason: Localized): Localized {
  return {
    fr: `Le tableau de bord précédent a été remplacé par de nouvelles feuilles, car ${reason.fr}. Les formules, graphiques et liens qui pointaient vers ses anciennes feuilles ou ses tables (par exemple ='Suivi mensuel'!B5 ou =SOMME(SuiviMensuel[CA HT])) affichent maintenant #REF! : ils sont à mettre à jour.`,
    en: `The previous dashboard was replaced by new sheets, because ${reason.en}. Formulas, charts and links that pointed at its old sheets or tables (for example ='Monthly tracking'!B5 or =SUM(MonthlyTracking[Revenue])) now show #REF!: they need updating.`,
  };
}

export function failedInPlaceReason(error: unknown): Localized {
  const why = userMessage(error);
  return {
    fr: `la mise à jour sur place n’a pas pu se terminer (${why.fr.replace(/\.$/, "")})`,
    en: `the update in place could not finish (${why.en.replace(/\.$/, "")})`,
  };
}

/**
 * Why the previous dashboard cannot be updated in place by `plan`, or null when it can: the host
 * must have ExcelApi 1.13, the stored structure must equal the plan's (same language, tables,
 * columns, PivotTables, charts: see `domain/dashboard/structure.ts`), and the workbook must still
 * hold those objects where the record says, with nothing foreign on the dashboard's sheets.
 */
export function inPlaceObstacle(input: {
  supported: boolean;
  record: DashboardRecord;
  geometry: DashboardGeometry;
  plan: DashboardPlan;
  structure: PlanStructure;
}): Localized | null {
  const { record, geometry, plan } = input;
  if (!input.supported) return REASONS.host;
  const change = structureChange(record.structure, input.structure);
  if (change) return CHANGE_REASONS[change];
  for (const t of plan.tables) {
    const found = geometry.tables[t.key];
    const g = tableGeometry(t);
    if (
      !found ||
      found.sheetId !== record.sheets[t.sheet] ||
      found.address.replace(/\$/g, "").split(":")[0] !== g.header.split(":")[0] ||
      found.headers.length !== t.columns.length ||
      found.headers.some((h, i) => h !== t.columns[i].header) ||
      found.showTotals !== t.showTotals
    )
      return REASONS.modified;
  }
  if (geometry.foreign.length > 0) return REASONS.foreign;
  if (plan.pivots.some((p) => !geometry.pivots.includes(p.name))) return REASONS.modified;
  if (plan.charts.some((c) => geometry.charts[c.name] !== c.series.length)) return REASONS.modified;
  return null;
}

export interface InPlaceInput {
  host: ExcelHost;
  round: Round;
  plan: DashboardPlan;
  capabilities: HostCapabilities;
  /** The record and setting as read, the dashboard's sheet ids, the tables' data rows now. */
  record: DashboardRecord;
  rawSetting: unknown;
  ids: Record<SheetKey, string>;
  rows: Record<TableKey, number>;
  /** Every sheet of the workbook before the refresh (ids and names). */
  sheets: { id: string; name: string }[];
  /** Sheets of an unfinished earlier run (pending in the record), deleted at the end. */
  stale: string[];
  progress(stage: "data" | "tracking" | "commentary", within?: number): void;
}

export type InPlaceOutcome =
  | { status: "done"; pivotLinks: ResolvedLink[]; attempts: number; chunks: number[] }
  /** Failed before the commit: the workbook is as it was (`back`), or not quite (`!back`). */
  | { status: "rolledBack"; error: unknown; back: boolean; chunks: number[] }
  /** The commit failed three times: the caller rebuilds in new sheets. */
  | { status: "failed"; error: unknown; chunks: number[] };

const STAGING_NAME = "SuiviCommercial_maj";
const ATTEMPTS = 3;

export async function refreshInPlace(input: InPlaceInput): Promise<InPlaceOutcome> {
  const { host, round, plan } = input;
  const sales = plan.tables.find((t) => t.key === "sales")!;
  const values = valueColumns(sales.columns);
  const chunks = planChunks(sales.columns.slice(0, values.count), sales.rowCount);
  const chunkBytes = chunks.map((c) => c.bytes);
  const beforeIds = new Set(input.sheets.map((s) => s.id));
  const stagingName = freeSheetName(
    STAGING_NAME,
    new Set(input.sheets.map((s) => s.name.toLocaleLowerCase("fr")))
  );
  let stagingId = "";

  // 1. Stage the data rows (nothing of the dashboard changes).
  try {
    await host.Excel.run(async (context) => {
      input.progress("data");
      round.check();
      const staging = context.workbook.worksheets.add(stagingName);
      staging.visibility = "Hidden";
      staging.load("id");
      queueDataHeader(context, plan, sales, { ws: staging, header: false });
      round.tick();
      await context.sync();
      stagingId = staging.id;
      // Recorded as pending: if the refresh never finishes, the next run deletes it.
      const pending: DashboardRecord = { ...input.record, pending: [stagingId] };
      context.workbook.settings.add(SETTING_KEY, JSON.stringify(pending));
      for (let i = 0; i < chunks.length; i++) {
        round.check();
        queueDataChunk(
          context,
          plan,
          sales,
          values.count,
          chunks[i].start,
          chunks[i].rows,
          staging
        );
        round.tick();
        // One request per chunk: the 5 MB request limit is the reason for the loop.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        input.progress("data", (i + 1) / chunks.length);
      }
      round.check();
    });
  } catch (error) {
    const back = await rollbackStaging(host, round, beforeIds, input.rawSetting);
    return { status: "rolledBack", error, back, chunks: chunkBytes };
  }

  // 2–4. Commit, read the PivotTables' layout, finish; again from the start after a failure.
  const before = input.record.footprint ?? {};
  const after = planFootprint(plan);
  const structure = planStructure(plan, !input.capabilities.pivotTables);
  const widthsBefore = input.record.widths ?? {};
  const widthsAfter = planWidths(plan);
  const record = (
    footprint: DashboardRecord["footprint"],
    widths: DashboardRecord["widths"],
    pending: string[]
  ): string =>
    JSON.stringify({
      version: RECORD_VERSION,
      sheets: { ...input.ids },
      tables: { ...plan.names.tables },
      pivots: plan.pivots.map((p) => p.name),
      state: plan.state,
      pending,
      structure,
      footprint,
      widths,
    } satisfies DashboardRecord);
  let lastError: unknown = null;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      const links = await host.Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        let rows = input.rows;
        if (attempt > 0) {
          const again = await readAgain(context, plan, input.ids, stagingId, round);
          // The staging sheet goes last: gone means the previous attempt's finish all ran.
          if (!again.staging) return resolvePendingLinks(context, plan, round);
          rows = again.rows;
        }
        input.progress("tracking");
        const staging = sheets.getItem(stagingId);
        // The first write says a refresh has begun (and which free cells either plan wrote).
        context.workbook.settings.add(
          SETTING_KEY,
          record(mergeFootprints(before, after), mergeWidths(widthsBefore, widthsAfter), [
            stagingId,
            ...input.stale,
          ])
        );
        queueCommit(
          context,
          plan,
          input.capabilities,
          rows,
          staging,
          mergeFootprints(before, after),
          widthsToReset(widthsBefore, widthsAfter)
        );
        round.tick();
        // One commit per attempt: a retry after a failure is the reason for the loop.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        const resolved = await resolvePendingLinks(context, plan, round);
        input.progress("commentary");
        for (const link of resolved) queueCells(context, plan, resolvedLinkCells(plan, link));
        context.workbook.settings.add(SETTING_KEY, record(after, widthsAfter, []));
        const tracking = sheets.getItem(input.ids.tracking);
        tracking.activate();
        tracking.getRange("A1").select();
        for (const id of input.stale) sheets.getItemOrNullObject(id).delete();
        staging.delete();
        round.tick();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        return resolved;
      });
      return { status: "done", pivotLinks: links, attempts: attempt + 1, chunks: chunkBytes };
    } catch (error) {
      lastError = error;
    }
  }
  return { status: "failed", error: lastError, chunks: chunkBytes };
}

/**
 * The commit: one request, whatever the number of rows. Every action sets an absolute state, so
 * that it can run again over a partly applied earlier attempt.
 */
function queueCommit(
  context: Excel.RequestContext,
  plan: DashboardPlan,
  capabilities: HostCapabilities,
  rows: Record<TableKey, number>,
  staging: Excel.Worksheet,
  clear: DashboardRecord["footprint"],
  standardWidths: DashboardRecord["widths"]
): void {
  const sheets = context.workbook.worksheets;
  // Free cells of the previous (and of this) plan: cleared, then written anew; columns the
  // previous plan sized and this one does not: standard width (ExcelApi 1.7).
  for (const key of SHEET_KEYS) {
    const ws = sheets.getItem(plan.names.sheets[key]);
    for (const address of clear?.[key] ?? []) ws.getRange(address).clear("All");
    for (const col of standardWidths?.[key] ?? [])
      ws.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.useStandardWidth = true;
  }
  // Tables: the data table first (the others' formulas and the PivotTables read it).
  for (const t of plan.tables)
    queueTableInPlace(
      context,
      plan,
      t,
      rows[t.key] ?? t.rowCount,
      t.key === "sales" ? staging : null
    );
  const tracking = plan.tables.find((t) => t.key === "tracking")!;
  sheets
    .getItem(plan.names.sheets.tracking)
    .getRange(tableGeometry(tracking).all)
    .getResizedRange(1, 0)
    .conditionalFormats.clearAll();
  queueConditionalFormats(context, plan, plan.conditionalFormats);
  queueCells(context, plan, plan.cells);
  for (const p of plan.pivots)
    sheets.getItem(plan.names.sheets.pivots).pivotTables.getItem(p.name).refresh();
  for (const c of plan.charts) queueChartInPlace(context, plan, c, capabilities);
  for (const sheet of plan.sheets) queueSheetLayout(context, plan, sheet, capabilities);
}

function mergeWidths(
  a: DashboardRecord["widths"],
  b: DashboardRecord["widths"]
): DashboardRecord["widths"] {
  const out: DashboardRecord["widths"] = {};
  for (const source of [a ?? {}, b ?? {}])
    for (const [key, list] of Object.entries(source) as [SheetKey, number[]][])
      out[key] = [...new Set([...(out[key] ?? []), ...(list ?? [])])].sort((x, y) => x - y);
  return out;
}

/** Before a new attempt: the tables' data rows now, and whether the staging sheet is still there. */
async function readAgain(
  context: Excel.RequestContext,
  plan: DashboardPlan,
  ids: Record<SheetKey, string>,
  stagingId: string,
  round: Round
): Promise<{ rows: Record<TableKey, number>; staging: boolean }> {
  const sheets = context.workbook.worksheets;
  const ranges = plan.tables.map((t) => {
    const table = sheets.getItem(ids[t.sheet]).tables.getItem(t.name);
    const range = table.getRange();
    range.load("address");
    return { t, range };
  });
  const staging = sheets.getItemOrNullObject(stagingId);
  staging.load("id");
  round.tick();
  await context.sync();
  const rows = {} as Record<TableKey, number>;
  for (const { t, range } of ranges)
    rows[t.key] = dataRowsOf({ address: range.address, showTotals: t.showTotals });
  return { rows, staging: !staging.isNullObject };
}

/** Failure while staging: the staging sheet goes, the record is written back as it was. */
async function rollbackStaging(
  host: ExcelHost,
  round: Round,
  beforeIds: Set<string>,
  rawSetting: unknown
): Promise<boolean> {
  try {
    await host.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id");
      round.tick();
      await context.sync();
      for (const w of sheets.items) if (!beforeIds.has(w.id)) w.delete();
      if (rawSetting !== null) context.workbook.settings.add(SETTING_KEY, rawSetting);
      round.tick();
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
