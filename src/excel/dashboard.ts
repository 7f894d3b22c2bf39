/**
 * Build or refresh the dashboard in the workbook: analyse → write the commentary → plan → apply.
 *
 * Two ways, both leaving the workbook as it was or with a complete dashboard, never half-built:
 *
 * - In place (`in-place.ts`), when a dashboard exists and the new plan has its structure (same
 *   language, tables, columns, PivotTables, charts) on a host with ExcelApi 1.13: the same sheets,
 *   Tables, PivotTables and charts are updated, so what the user built on them keeps working.
 * - Aside, build, swap (below): for a first build, or when the previous dashboard cannot be
 *   updated in place (then the result says that references to the old sheets need updating). The
 *   previous dashboard (recognised by the ids in the add-in's setting, never by names) is only
 *   renamed out of the way while the new one is built in new sheets; the last request deletes it
 *   and records the new sheets. If anything fails before that, the new sheets are deleted and the
 *   old ones get their names back: the workbook is as it was. If the last request fails half-way
 *   (the old sheets partly deleted), the complete new dashboard is kept and the swap is finished.
 *   Sheets the add-in did not create are never touched.
 *
 * Round trips: 2–3 to read, then in place 1 to stage + 1 per data chunk + 3 (commit, PivotTable
 * layout, finish); aside 1 to prepare, 1 per data chunk (≤ 4 MB each), 1 per later stage (data
 * table, pivots, tracking, charts, commentary), 1 to swap: constant but for the chunks.
 */
import type { ImportResult, Localized, SalesTable } from "../domain/import/types";
import type { Analysis, AnalysisOptions, MonthKey } from "../domain/analysis/types";
import type { Commentary } from "../domain/commentary/types";
import type {
  DashboardOptions,
  DashboardPlan,
  PlanNames,
  HostCapabilities,
  PlanState,
  SheetKey,
  TableKey,
} from "../domain/dashboard/types";
import { SHEET_KEYS, TABLE_KEYS } from "../domain/dashboard/types";
import { analyze } from "../domain/analysis";
import { writeCommentary } from "../domain/commentary";
import { buildPlan } from "../domain/dashboard/plan";
import { freeSheetName, freeTableName, resolveNames } from "../domain/dashboard/names";
import { MAX_DATA_ROWS } from "../domain/dashboard/sales-table";
import { columnLetters, rangeAddress } from "../domain/dashboard/a1";
import { TRACKING_HEADERS } from "../domain/dashboard/labels";
import type { ExcelHost } from "./host";
import { capabilitiesOf } from "./host";
import {
  DashboardRecord,
  SETTING_KEY,
  emptyRecord,
  ownSheetIds,
  parseRecord,
  RECORD_VERSION,
} from "./record";
import {
  BuildAborted,
  INCOMPLETE,
  ROLLBACK_FAILED,
  ROLLED_BACK,
  join,
  officeCode,
  userMessage,
} from "./errors";
import { planChunks, valueColumns } from "./chunks";
import { Round, resolvePendingLinks, resolvedLinkCells, type ResolvedLink } from "./steps";
import { planFootprint, planStructure, planWidths } from "../domain/dashboard/structure";
import { defaultNames } from "../domain/dashboard/names";
import {
  IN_PLACE_API,
  SHEETS_MISSING,
  dataRowsOf,
  failedInPlaceReason,
  inPlaceObstacle,
  refreshInPlace,
  replacedMessage,
  type DashboardGeometry,
} from "./in-place";
import {
  queueCells,
  queueChart,
  queueConditionalFormats,
  queueDataChunk,
  queueDataHeader,
  queuePivot,
  queueSheetLayout,
  queueStyles,
  queueTable,
} from "./apply";

export type BuildStage =
  "reading" | "analysing" | "data" | "pivots" | "tracking" | "charts" | "commentary";

export interface BuildHooks {
  onProgress?(stage: BuildStage, fraction: number): void;
  signal?: AbortSignal;
}

export interface BuildRequest {
  importResult: ImportResult;
  options: DashboardOptions;
  /** File, table or sheet name the data comes from (shown on the commentary sheet). */
  sourceName: string;
  /** Build date written on the commentary sheet (default: now). */
  now?: Date;
}

export interface SentenceLink {
  sentence: number;
  text: string;
  /** Real sheet name and A1 address of the figure. */
  sheet: string;
  address: string;
  /** Where the sentence itself is, on the commentary sheet. */
  sentenceSheet: string;
  sentenceAddress: string;
}

export interface TrackingColumnInfo {
  key: string;
  header: string;
  /** Formula of the first month row, as `range.formulas` gives it (English names, "," separators). */
  formula: string | null;
  explanation: Localized;
  /** Sheet-qualified address of the first month row's cell, for `selectCell`. */
  sheet: string;
  address: string;
}

export interface BuildResult {
  ok: boolean;
  /** True when the user cancelled (the workbook is as before). */
  cancelled: boolean;
  /** Why it failed (and what became of the workbook), when `ok` is false. */
  error: Localized | null;
  /** The Excel error code behind a failure ("InvalidOperationInCellEditMode", "AccessDenied"…), if any. */
  errorCode?: string;
  analysis: Analysis | null;
  commentary: Commentary | null;
  /** Cell behind each sentence that has a figure. */
  links: SentenceLink[];
  /** Names actually used. */
  sheets: Record<SheetKey, string> | null;
  tables: Record<TableKey, string> | null;
  /** True when PivotTables were replaced by SUMIFS tables (host without ExcelApi 1.8). */
  pivotFallback: boolean;
  /** What the user should know (renamed sheets, fallback, left-out columns). */
  messages: Localized[];
  trackingColumns: TrackingColumnInfo[];
  /** `context.sync()` round trips of this build (reading included). */
  syncs: number;
  /** Data chunks and the largest one's measured JSON size. */
  dataChunks: number;
  largestChunkBytes: number;
  /** Milliseconds of the whole call. */
  elapsedMs: number;
  /**
   * What became of the previous dashboard: "new" (there was none), "inPlace" (updated: same sheets,
   * tables, PivotTables and charts), "replaced" (rebuilt in new sheets; `messages` says why and
   * that references to the old sheets need updating). Additive: absent before a build ran.
   */
  mode?: "new" | "inPlace" | "replaced";
}

/** Sheets and tables of the workbook as read before a build. */
interface WorkbookSnapshot {
  record: DashboardRecord;
  /** The setting as it was (null when absent), written back verbatim by a rollback. */
  rawSetting: unknown;
  sheets: { id: string; name: string; position: number }[];
  /** Sheets of the previous complete dashboard, by role (those that still exist). */
  ownSheets: { key: SheetKey | null; id: string; name: string; position: number }[];
  ownTables: string[];
  /** PivotTables on the add-in's sheets, with their sheet id. */
  ownPivots: { sheetId: string; name: string }[];
  userSheetNames: string[];
  userTableNames: string[];
  /** Targets typed in the previous dashboard's targets table (month → amount). */
  typedTargets: Record<MonthKey, number>;
  /** The previous dashboard's objects, when it is complete (all its sheets are there). */
  geometry: DashboardGeometry | null;
}

function excelSerialToMonthKey(serial: number): MonthKey {
  const d = new Date((Math.round(serial) - 25569) * 86_400_000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Read what the build needs to know about the workbook: 2 round trips whatever its size. */
async function readWorkbook(
  host: ExcelHost,
  round: Round,
  pivots: boolean
): Promise<WorkbookSnapshot> {
  return host.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name,items/position");
    const tables = context.workbook.tables;
    tables.load("items/name");
    const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEY);
    setting.load("value");
    round.tick();
    await context.sync();
    const record = setting.isNullObject ? emptyRecord() : parseRecord(setting.value);
    const all = sheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position }));
    const ids = ownSheetIds(record);
    const roleOf = new Map<string, SheetKey>();
    for (const key of SHEET_KEYS) if (record.sheets[key]) roleOf.set(record.sheets[key]!, key);
    const ownSheets = all
      .filter((s) => ids.has(s.id))
      .map((s) => ({ ...s, key: roleOf.get(s.id) ?? null }));

    // Second trip: the tables and pivots on the add-in's own sheets, and the typed targets.
    const ownTableLists = ownSheets.map((s) => {
      const t = sheets.getItem(s.id).tables;
      t.load("items/name");
      return t;
    });
    const ownPivotLists = pivots
      ? ownSheets.map((s) => {
          const p = sheets.getItem(s.id).pivotTables;
          p.load("items/name");
          return p;
        })
      : [];
    const trackingId = record.sheets.tracking;
    const targetsName = record.tables.targets;
    const targetsTable =
      trackingId && targetsName && ownSheets.some((s) => s.id === trackingId)
        ? sheets.getItem(trackingId).tables.getItemOrNullObject(targetsName)
        : null;
    targetsTable?.load("name");
    // A complete previous dashboard: its charts too (a refresh in place keeps them).
    const complete =
      record.state !== null &&
      SHEET_KEYS.every((k) => record.sheets[k] && all.some((s) => s.id === record.sheets[k]));
    const chartList = complete ? sheets.getItem(record.sheets.charts!).charts : null;
    chartList?.load("items/name");
    if (ownSheets.length > 0) round.tick();
    await context.sync();
    const tableSheet = new Map<string, string>();
    ownTableLists.forEach((l, i) => {
      for (const t of l.items) tableSheet.set(t.name.toLowerCase(), ownSheets[i].id);
    });
    // Third trip, when a previous dashboard exists: what the user typed in the targets table, and
    // where the dashboard's tables are, with their headers, and how many series each chart has.
    const body =
      targetsTable && !targetsTable.isNullObject ? targetsTable.getDataBodyRange() : null;
    body?.load("values");
    const found = complete
      ? TABLE_KEYS.flatMap((key) => {
          const name = record.tables[key];
          const sheetId = name ? tableSheet.get(name.toLowerCase()) : undefined;
          if (!name || !sheetId) return [];
          const table = sheets.getItem(sheetId).tables.getItem(name);
          table.load("showTotals,showHeaders");
          const range = table.getRange();
          range.load("address");
          const top = range.getRow(0);
          top.load("values");
          return [{ key, sheetId, table, range, top }];
        })
      : [];
    const seriesCounts = (chartList?.items ?? []).map((c) => ({
      name: c.name,
      count: sheets.getItem(record.sheets.charts!).charts.getItem(c.name).series.getCount(),
    }));
    let typedTargets: Record<MonthKey, number> = {};
    if (body || complete) {
      round.tick();
      await context.sync();
      if (body) typedTargets = readTargets(body.values);
    }
    const ownTables = ownTableLists.flatMap((l) => l.items.map((t) => t.name));
    const ownPivots = ownPivotLists.flatMap((l, i) =>
      l.items.map((p) => ({ sheetId: ownSheets[i].id, name: p.name }))
    );
    const own = new Set(ownTables.map((n) => n.toLowerCase()));
    let geometry: DashboardGeometry | null = null;
    if (complete) {
      const dashboardIds = new Set(Object.values(record.sheets));
      const recordedTables = new Set(
        Object.values(record.tables).map((n) => (n ?? "").toLowerCase())
      );
      geometry = {
        tables: Object.fromEntries(
          found.map((f) => [
            f.key,
            {
              sheetId: f.sheetId,
              address: f.range.address.split("!").pop()!,
              headers: f.table.showHeaders ? f.top.values[0].map(String) : [],
              showTotals: f.table.showTotals,
            },
          ])
        ),
        foreign: [
          ...ownTableLists.flatMap((l, i) =>
            dashboardIds.has(ownSheets[i].id)
              ? l.items.map((t) => t.name).filter((n) => !recordedTables.has(n.toLowerCase()))
              : []
          ),
          ...ownPivots
            .filter((p) => dashboardIds.has(p.sheetId) && !record.pivots.includes(p.name))
            .map((p) => p.name),
        ],
        pivots: ownPivots.filter((p) => p.sheetId === record.sheets.pivots).map((p) => p.name),
        charts: Object.fromEntries(seriesCounts.map((c) => [c.name, c.count.value])),
      };
    }
    return {
      record,
      rawSetting: setting.isNullObject ? null : setting.value,
      sheets: all,
      ownSheets,
      ownTables,
      ownPivots,
      userSheetNames: all.filter((s) => !ids.has(s.id)).map((s) => s.name),
      userTableNames: tables.items.map((t) => t.name).filter((n) => !own.has(n.toLowerCase())),
      typedTargets,
      geometry,
    };
  });
}

/** Month → target from the targets table's body (Month serial, Target); blanks are no target. */
export function readTargets(values: unknown[][]): Record<MonthKey, number> {
  const out: Record<MonthKey, number> = {};
  for (const [month, target] of values) {
    if (
      typeof month === "number" &&
      typeof target === "number" &&
      Number.isFinite(target) &&
      target !== 0
    ) {
      out[excelSerialToMonthKey(month)] = target;
    }
  }
  return out;
}

/** The table without its target column (targets "none"). */
function withoutTargets(table: SalesTable): SalesTable {
  const { target: _target, ...measures } = table.measures;
  void _target;
  return { ...table, measures };
}

/**
 * Run the analysis with the targets the user asked for: typed amounts from the pane; none; the
 * data's target column; or (option left unset) the targets typed in the workbook's targets table
 * on top of the column's.
 */
function analyseWithTargets(
  table: SalesTable,
  options: DashboardOptions,
  typed: Record<MonthKey, number>
): Analysis {
  const base: AnalysisOptions = {
    mainDimension: options.mainDimension,
    secondDimension: options.secondDimension,
    fiscalYearStartMonth: options.fiscalYearStartMonth,
  };
  const t = options.targets;
  if (t?.kind === "monthly") return analyze(table, { ...base, targets: { monthly: t.monthly } });
  if (t?.kind === "none") return analyze(withoutTargets(table), base);
  const first = analyze(table, base);
  if (t?.kind === "column" || Object.keys(typed).length === 0) return first;
  const monthly: Record<MonthKey, number> = {};
  for (const m of first.months) if (m.target !== null) monthly[m.month] = m.target;
  Object.assign(monthly, typed);
  return analyze(table, { ...base, targets: { monthly } });
}

/** Temporary names for the previous dashboard's sheets and tables while the new one is built. */
function asideNames(snapshot: WorkbookSnapshot, newSheetNames: string[], lang: "fr" | "en") {
  const takenSheets = new Set(
    [...snapshot.sheets.map((s) => s.name), ...newSheetNames].map((n) => n.toLowerCase())
  );
  const suffix = lang === "fr" ? " (ancien)" : " (old)";
  const sheets = snapshot.ownSheets.map((s) => {
    const name = freeSheetName(`${s.name.slice(0, 31 - suffix.length)}${suffix}`, takenSheets);
    takenSheets.add(name.toLowerCase());
    return { id: s.id, from: s.name, to: name };
  });
  const takenTables = new Set(
    [...snapshot.userTableNames, ...snapshot.ownTables].map((n) => n.toLowerCase())
  );
  const tables = snapshot.ownTables.map((name) => {
    const to = freeTableName(`${name}_old`, takenTables);
    takenTables.add(to.toLowerCase());
    return { from: name, to };
  });
  const pivots = snapshot.ownPivots.map((p) => ({
    sheetId: p.sheetId,
    from: p.name,
    to: `${p.name}_old`,
  }));
  return { sheets, tables, pivots };
}

/**
 * Ids and current names of a complete previous dashboard (its sheets may have been renamed by the
 * user: a refresh in place keeps their names), or null when there is none.
 */
function currentNames(
  snapshot: WorkbookSnapshot
): { ids: Record<SheetKey, string>; names: PlanNames } | null {
  const { record, geometry } = snapshot;
  if (!geometry || !record.state) return null;
  const ids = {} as Record<SheetKey, string>;
  const sheets = {} as Record<SheetKey, string>;
  for (const key of SHEET_KEYS) {
    ids[key] = record.sheets[key]!;
    sheets[key] = snapshot.sheets.find((s) => s.id === ids[key])!.name;
  }
  return {
    ids,
    names: { sheets, tables: { ...defaultNames(record.state.lang).tables, ...record.tables } },
  };
}

const STAGE_FRACTION: Record<BuildStage, number> = {
  reading: 0,
  analysing: 0.05,
  data: 0.15,
  pivots: 0.7,
  tracking: 0.78,
  charts: 0.86,
  commentary: 0.93,
};

export async function buildDashboard(
  host: ExcelHost,
  request: BuildRequest,
  hooks: BuildHooks = {}
): Promise<BuildResult> {
  const started = Date.now();
  const round = new Round(hooks.signal);
  const progress = (stage: BuildStage, within = 0, span = 0) =>
    hooks.onProgress?.(stage, STAGE_FRACTION[stage] + within * span);
  const result: BuildResult = {
    ok: false,
    cancelled: false,
    error: null,
    analysis: null,
    commentary: null,
    links: [],
    sheets: null,
    tables: null,
    pivotFallback: false,
    messages: [],
    trackingColumns: [],
    syncs: 0,
    dataChunks: 0,
    largestChunkBytes: 0,
    elapsedMs: 0,
  };
  const finish = (): BuildResult => {
    result.syncs = round.count;
    result.elapsedMs = Date.now() - started;
    return result;
  };

  const { importResult, options } = request;
  const table = importResult.table;
  if (!importResult.ok || !table || table.rowCount === 0) {
    result.error = importResult.fatal ?? {
      fr: "Aucune ligne de vente à mettre dans le tableau de bord.",
      en: "No sales line to put in the dashboard.",
    };
    return finish();
  }
  if (table.rowCount > MAX_DATA_ROWS) {
    result.error = {
      fr: `Trop de lignes pour une feuille Excel : ${table.rowCount.toLocaleString("fr-FR")} lignes, au plus ${MAX_DATA_ROWS.toLocaleString("fr-FR")}. Filtrez ou découpez la source. Le classeur n’a pas été modifié.`,
      en: `Too many lines for one Excel sheet: ${table.rowCount.toLocaleString("en-US")} lines, at most ${MAX_DATA_ROWS.toLocaleString("en-US")}. Filter or split the source. The workbook was not changed.`,
    };
    return finish();
  }

  const capabilities = capabilitiesOf(host);
  const inPlaceSupported = host.Office.context.requirements.isSetSupported(
    "ExcelApi",
    IN_PLACE_API
  );
  let snapshot: WorkbookSnapshot;
  let analysis: Analysis;
  let commentary: Commentary;
  const planFor = (names: PlanNames, extraMessages: Localized[]): DashboardPlan =>
    buildPlan({
      importResult,
      analysis,
      commentary,
      options,
      sourceName: request.sourceName,
      builtAt: request.now ?? new Date(),
      names,
      capabilities,
      extraMessages,
    });
  let plan: DashboardPlan;
  let replaced: Localized | null = null;
  let inPlace: { ids: Record<SheetKey, string>; geometry: DashboardGeometry } | null = null;
  try {
    progress("reading");
    round.check();
    snapshot = await readWorkbook(host, round, capabilities.pivotTables);
    round.check();
    progress("analysing");
    analysis = analyseWithTargets(table, options, snapshot.typedTargets);
    commentary = writeCommentary(
      { analysis, importResult, fileName: request.sourceName },
      { lang: options.lang, sentences: options.commentarySentences, currency: options.currency }
    );
    result.analysis = analysis;
    result.commentary = commentary;
    // A previous dashboard: updated in place when the new plan has its structure.
    const current = currentNames(snapshot);
    // Some sheets of the previous dashboard are gone: what is left of it is replaced.
    if (!current && snapshot.record.state && snapshot.ownSheets.some((o) => o.key))
      replaced = SHEETS_MISSING;
    if (current) {
      const candidate = planFor(current.names, []);
      const obstacle = inPlaceObstacle({
        supported: inPlaceSupported,
        record: snapshot.record,
        geometry: snapshot.geometry!,
        plan: candidate,
        structure: planStructure(candidate, !capabilities.pivotTables),
      });
      if (obstacle) replaced = obstacle;
      else inPlace = { ids: current.ids, geometry: snapshot.geometry! };
      plan = candidate;
    }
    if (!inPlace) {
      const resolved = resolveNames(options.lang, snapshot.userSheetNames, snapshot.userTableNames);
      plan = planFor(resolved.names, [
        ...(replaced ? [replacedMessage(replaced)] : []),
        ...resolved.messages,
      ]);
    }
  } catch (error) {
    result.cancelled = error instanceof BuildAborted;
    result.errorCode = officeCode(error);
    result.error = join(userMessage(error), ROLLED_BACK);
    return finish();
  }

  let pivotLinks: ResolvedLink[] = [];
  if (inPlace) {
    const outcome = await refreshInPlace({
      host,
      round,
      plan: plan!,
      capabilities,
      record: snapshot.record,
      rawSetting: snapshot.rawSetting,
      ids: inPlace.ids,
      rows: Object.fromEntries(
        Object.entries(inPlace.geometry.tables).map(([key, found]) => [key, dataRowsOf(found)])
      ) as Record<TableKey, number>,
      sheets: snapshot.sheets,
      stale: snapshot.record.pending.filter(
        (id) =>
          !Object.values(inPlace!.ids).includes(id) && snapshot.sheets.some((s) => s.id === id)
      ),
      progress: (stage: BuildStage, within = 0) =>
        progress(stage, within, STAGE_FRACTION.pivots - STAGE_FRACTION.data),
    });
    result.dataChunks = outcome.chunks.length;
    result.largestChunkBytes = Math.max(0, ...outcome.chunks);
    if (outcome.status === "rolledBack") {
      result.cancelled = outcome.error instanceof BuildAborted;
      result.errorCode = officeCode(outcome.error);
      result.error = join(userMessage(outcome.error), outcome.back ? ROLLED_BACK : ROLLBACK_FAILED);
      return finish();
    }
    if (outcome.status === "done") {
      pivotLinks = outcome.pivotLinks;
      result.mode = "inPlace";
      result.messages = plan!.messages;
      result.pivotFallback = !capabilities.pivotTables;
    } else {
      // The commit failed again and again: rebuild in new sheets from the data (atomic), and say so.
      result.errorCode = officeCode(outcome.error);
      try {
        snapshot = await readWorkbook(host, round, capabilities.pivotTables);
        const resolved = resolveNames(
          options.lang,
          snapshot.userSheetNames,
          snapshot.userTableNames
        );
        plan = planFor(resolved.names, [
          replacedMessage(failedInPlaceReason(outcome.error)),
          ...resolved.messages,
        ]);
      } catch (error) {
        result.error = join(userMessage(error), INCOMPLETE);
        return finish();
      }
      const built = await buildAside(host, round, plan, snapshot, capabilities, progress, result);
      if (built.status !== "ok") {
        result.error = join(userMessage(built.error), INCOMPLETE);
        result.messages = [];
        return finish();
      }
      pivotLinks = built.pivotLinks;
      result.mode = "replaced";
    }
  } else {
    const built = await buildAside(host, round, plan!, snapshot, capabilities, progress, result);
    if (built.status !== "ok") {
      result.cancelled = built.error instanceof BuildAborted;
      result.errorCode = officeCode(built.error);
      result.error = join(
        userMessage(built.error),
        built.status === "back" ? ROLLED_BACK : ROLLBACK_FAILED
      );
      result.messages = [];
      return finish();
    }
    pivotLinks = built.pivotLinks;
    result.mode = replaced ? "replaced" : "new";
  }
  plan = plan!;

  result.ok = true;
  result.sheets = plan.names.sheets;
  result.tables = plan.names.tables;
  result.links = [
    ...plan.commentaryLinks.map((l) => ({
      sentence: l.sentence,
      text: l.text,
      sheet: plan.names.sheets[l.sheet],
      address: l.address,
      sentenceSheet: plan.names.sheets.commentary,
      sentenceAddress: l.sentenceAddress,
    })),
    ...pivotLinks.map((l) => ({
      sentence: l.sentence,
      text: l.text,
      sheet: plan.names.sheets.pivots,
      address: l.address,
      sentenceSheet: plan.names.sheets.commentary,
      sentenceAddress: rangeAddress(l.row, 0, 1, 1),
    })),
  ].sort((a, b) => a.sentence - b.sentence);
  const tracking = plan.tables.find((t) => t.key === "tracking")!;
  result.trackingColumns = plan.trackingColumns.map((c, i) => ({
    key: c.key,
    header: c.header,
    formula: c.formula,
    explanation: c.explanation,
    sheet: plan.names.sheets.tracking,
    address: rangeAddress(tracking.row + 1, tracking.col + i, 1, 1),
  }));
  hooks.onProgress?.("commentary", 1);
  return finish();
}

/**
 * The aside-build-swap path: the new dashboard is built in new sheets beside the previous one,
 * which is renamed out of the way and deleted by the last request (see the top of this file).
 */
async function buildAside(
  host: ExcelHost,
  round: Round,
  plan: DashboardPlan,
  snapshot: WorkbookSnapshot,
  capabilities: HostCapabilities,
  progress: (stage: BuildStage, within?: number, span?: number) => void,
  result: BuildResult
): Promise<
  { status: "ok"; pivotLinks: ResolvedLink[] } | { status: "back" | "failed"; error: unknown }
> {
  result.messages = plan.messages;
  result.pivotFallback = !capabilities.pivotTables;
  const aside = asideNames(snapshot, Object.values(plan.names.sheets), plan.lang);
  const beforeIds = new Set(snapshot.sheets.map((s) => s.id));
  const newIds: Partial<Record<SheetKey, string>> = {};
  let swapStarted = false;
  let pivotLinks: ResolvedLink[] = [];

  try {
    await host.Excel.run(async (context) => {
      const sales = plan.tables.find((t) => t.key === "sales")!;
      const values = valueColumns(sales.columns);
      const chunks = planChunks(sales.columns.slice(0, values.count), sales.rowCount);
      result.dataChunks = chunks.length;
      result.largestChunkBytes = Math.max(0, ...chunks.map((c) => c.bytes));

      // 1. Prepare: the previous dashboard steps aside (renamed), the new sheets are added.
      progress("data");
      const sheets = context.workbook.worksheets;
      // Sheets of a build that never finished (pending in the setting) step aside the same way
      // and go with the previous dashboard at the swap.
      for (const p of aside.pivots)
        sheets.getItem(p.sheetId).pivotTables.getItem(p.from).name = p.to;
      for (const t of aside.tables) context.workbook.tables.getItem(t.from).name = t.to;
      for (const s of aside.sheets) sheets.getItem(s.id).name = s.to;
      const added = SHEET_KEYS.map((key) => {
        const ws = sheets.add(plan.names.sheets[key]);
        ws.load("id");
        return { key, ws };
      });
      queueDataHeader(context, plan, sales);
      round.tick();
      await context.sync();
      for (const { key, ws } of added) newIds[key] = ws.id;

      // 2. Data rows, chunk by chunk, calculation suspended; the setting lists the new sheets as pending.
      const pending: DashboardRecord = {
        ...snapshot.record,
        pending: [...Object.values(newIds).filter((x): x is string => !!x)],
      };
      context.workbook.settings.add(SETTING_KEY, JSON.stringify(pending));
      for (let i = 0; i < chunks.length; i++) {
        round.check();
        queueDataChunk(context, plan, sales, values.count, chunks[i].start, chunks[i].rows);
        round.tick();
        // One request per chunk: the 5 MB request limit is the reason for the loop.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        progress("data", (i + 1) / chunks.length, STAGE_FRACTION.pivots - STAGE_FRACTION.data);
      }
      round.check();
      queueTable(context, plan, sales, true);
      queueSheetLayout(
        context,
        plan,
        plan.sheets.find((s) => s.key === "data")!,
        capabilities
      );
      round.tick();
      await context.sync();

      // 3. Pivots (or their formula tables).
      round.check();
      progress("pivots");
      for (const p of plan.pivots) queuePivot(context, plan, p);
      queueCells(
        context,
        plan,
        plan.cells.filter((c) => c.sheet === "pivots")
      );
      queueStyles(context, plan, plan.styles);
      queueSheetLayout(
        context,
        plan,
        plan.sheets.find((s) => s.key === "pivots")!,
        capabilities
      );
      round.tick();
      await context.sync();
      // Commentary links to PivotTable cells: where Excel put each member (one more trip).
      const resolved = await resolvePendingLinks(context, plan, round);

      // 4. Tracking table, targets table, distribution table, conditional formats.
      round.check();
      progress("tracking");
      // The targets table first: the tracking table's formulas read it.
      const order: TableKey[] = ["targets", "tracking", "distribution"];
      for (const key of order) {
        const t = plan.tables.find((x) => x.key === key);
        if (t) queueTable(context, plan, t);
      }
      queueCells(
        context,
        plan,
        plan.cells.filter((c) => c.sheet === "tracking" || c.sheet === "charts")
      );
      queueConditionalFormats(context, plan, plan.conditionalFormats);
      queueSheetLayout(
        context,
        plan,
        plan.sheets.find((s) => s.key === "tracking")!,
        capabilities
      );
      round.tick();
      await context.sync();

      // 5. Charts.
      round.check();
      progress("charts");
      for (const c of plan.charts) queueChart(context, plan, c, capabilities);
      queueSheetLayout(
        context,
        plan,
        plan.sheets.find((s) => s.key === "charts")!,
        capabilities
      );
      round.tick();
      await context.sync();

      // 6. Commentary.
      round.check();
      progress("commentary");
      queueCells(
        context,
        plan,
        plan.cells.filter((c) => c.sheet === "commentary" || c.sheet === "data")
      );
      for (const link of resolved) {
        queueCells(context, plan, resolvedLinkCells(plan, link));
      }
      pivotLinks = resolved;
      queueSheetLayout(
        context,
        plan,
        plan.sheets.find((s) => s.key === "commentary")!,
        capabilities
      );
      round.tick();
      await context.sync();

      // 7. Swap: the previous dashboard goes, the new one takes its place and is recorded.
      round.check();
      swapStarted = true;
      for (const s of aside.sheets) sheets.getItem(s.id).delete();
      queueFinalRecord(context, plan, newIds, snapshot, capabilities);
      round.tick();
      await context.sync();
    });
  } catch (error) {
    const recovered = await recover(host, round, {
      snapshot,
      aside,
      beforeIds,
      newIds,
      swapStarted,
      plan,
      capabilities,
    });
    if (recovered !== "forward") return { status: recovered, error };
  }
  return { status: "ok", pivotLinks };
}

/** The record of a complete dashboard, the sheets in place, the tracking sheet shown. */
function queueFinalRecord(
  context: Excel.RequestContext,
  plan: DashboardPlan,
  newIds: Partial<Record<SheetKey, string>>,
  snapshot: WorkbookSnapshot,
  capabilities: HostCapabilities
): void {
  const sheets = context.workbook.worksheets;
  if (snapshot.ownSheets.length > 0) {
    // The new sheets take the place of the old ones (deleted just before in the same request).
    const first = Math.min(...snapshot.ownSheets.map((s) => s.position));
    const kept = snapshot.sheets.filter(
      (s) => !snapshot.ownSheets.some((o) => o.id === s.id) && s.position < first
    ).length;
    SHEET_KEYS.forEach((key, i) => {
      sheets.getItem(newIds[key]!).position = kept + i;
    });
  }
  const record: DashboardRecord = {
    version: RECORD_VERSION,
    sheets: { ...newIds },
    tables: { ...plan.names.tables },
    pivots: capabilities.pivotTables ? plan.pivots.map((p) => p.name) : [],
    state: plan.state as PlanState,
    pending: [],
    structure: planStructure(plan, !capabilities.pivotTables),
    footprint: planFootprint(plan),
    widths: planWidths(plan),
  };
  context.workbook.settings.add(SETTING_KEY, JSON.stringify(record));
  const tracking = sheets.getItem(newIds.tracking!);
  tracking.activate();
  tracking.getRange("A1").select();
}

/**
 * After a failure: put the workbook back as it was (delete every sheet that did not exist before,
 * give the old sheets, tables and pivots their names back), or, if the swap already deleted part
 * of the previous dashboard, finish the swap. Returns what happened.
 */
async function recover(
  host: ExcelHost,
  round: Round,
  s: {
    snapshot: WorkbookSnapshot;
    aside: ReturnType<typeof asideNames>;
    beforeIds: Set<string>;
    newIds: Partial<Record<SheetKey, string>>;
    swapStarted: boolean;
    plan: DashboardPlan;
    capabilities: HostCapabilities;
  }
): Promise<"back" | "forward" | "failed"> {
  try {
    return await host.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEY);
      setting.load("key");
      round.tick();
      await context.sync();
      const now = new Map(sheets.items.map((w) => [w.id, w.name]));
      const oldMissing = s.snapshot.ownSheets.some((o) => !now.has(o.id));
      const newComplete = SHEET_KEYS.every((k) => s.newIds[k] && now.has(s.newIds[k]!));
      if (s.swapStarted && oldMissing && newComplete) {
        for (const o of s.snapshot.ownSheets) if (now.has(o.id)) sheets.getItem(o.id).delete();
        queueFinalRecord(context, s.plan, s.newIds, s.snapshot, s.capabilities);
        round.tick();
        await context.sync();
        return "forward";
      }
      for (const [id] of now) if (!s.beforeIds.has(id)) sheets.getItem(id).delete();
      for (const a of s.aside.sheets)
        if (now.has(a.id) && now.get(a.id) !== a.from) sheets.getItem(a.id).name = a.from;
      const tables = s.aside.tables.map((t) => {
        const item = context.workbook.tables.getItemOrNullObject(t.to);
        item.load("name");
        return { item, t };
      });
      const pivots = s.aside.pivots
        .filter((p) => now.has(p.sheetId))
        .map((p) => {
          const item = sheets.getItem(p.sheetId).pivotTables.getItemOrNullObject(p.to);
          item.load("name");
          return { item, p };
        });
      if (s.snapshot.rawSetting !== null)
        context.workbook.settings.add(SETTING_KEY, s.snapshot.rawSetting);
      else if (!setting.isNullObject) setting.delete();
      round.tick();
      await context.sync();
      for (const { item, t } of tables) if (!item.isNullObject) item.name = t.from;
      for (const { item, p } of pivots) if (!item.isNullObject) item.name = p.from;
      round.tick();
      await context.sync();
      return "back";
    });
  } catch {
    return "failed";
  }
}

// ------------------------------------------------------------------ state

export interface DashboardState {
  exists: boolean;
  /** Source, language, options and date of the last complete build. */
  state: PlanState | null;
  /** Current names of the dashboard's sheets (the user may have renamed them). */
  sheets: Partial<Record<SheetKey, string>>;
  tables: Partial<Record<TableKey, string>>;
  /** Tracking-table columns with the first month row's formula, for the trainer mode. */
  trackingColumns: {
    key: string | null;
    header: string;
    formula: string | null;
    sheet: string;
    address: string;
  }[];
}

/** Whether the workbook holds a dashboard of the add-in, and what it was built from. 2 round trips. */
export async function getDashboardState(host: ExcelHost): Promise<DashboardState> {
  return host.Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEY);
    setting.load("value");
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    await context.sync();
    const record = setting.isNullObject ? emptyRecord() : parseRecord(setting.value);
    const names = new Map(sheets.items.map((w) => [w.id, w.name]));
    const current: Partial<Record<SheetKey, string>> = {};
    for (const key of SHEET_KEYS) {
      const id = record.sheets[key];
      if (id && names.has(id)) current[key] = names.get(id)!;
    }
    const exists = record.state !== null && Object.keys(current).length > 0;
    const out: DashboardState = {
      exists,
      state: exists ? record.state : null,
      sheets: current,
      tables: record.tables,
      trackingColumns: [],
    };
    const trackingName = record.tables.tracking;
    if (exists && current.tracking && trackingName) {
      const table = context.workbook.tables.getItemOrNullObject(trackingName);
      const header = table.getHeaderRowRange();
      header.load("values,address");
      const first = table.getDataBodyRange().getRow(0);
      first.load("formulas,address");
      try {
        await context.sync();
        const headers = header.values[0].map(String);
        const firstCell = first.address.split("!").pop()!.split(":")[0];
        const col0 = firstCell.replace(/\d+$/, "");
        const row0 = Number(firstCell.replace(/^[A-Z]+/, ""));
        const keyOf = trackingKeyByHeader(record.state?.lang ?? "fr");
        out.trackingColumns = headers.map((h, i) => {
          const f = first.formulas[0][i];
          return {
            key: keyOf.get(h) ?? null,
            header: h,
            formula: typeof f === "string" && f.startsWith("=") ? f : null,
            sheet: current.tracking!,
            address: `${shiftColumn(col0, i)}${row0}`,
          };
        });
      } catch {
        out.trackingColumns = [];
      }
    }
    return out;
  });
}

function trackingKeyByHeader(lang: "fr" | "en"): Map<string, string> {
  return new Map(Object.entries(TRACKING_HEADERS).map(([key, h]) => [h[lang], key]));
}

function shiftColumn(letters: string, by: number): string {
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  return columnLetters(col - 1 + by);
}
