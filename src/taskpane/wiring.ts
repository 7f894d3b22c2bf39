/**
 * The pane's services wired to the real modules: the import in a worker (`ImportEngine`) and the
 * workbook through `src/excel` (`WorkbookApi`, bound to an `ExcelHost`: office.js in Excel, the
 * simulator in the preview).
 */
import type { Analysis } from "../domain/analysis/types";
import type { Commentary } from "../domain/commentary/types";
import type { ColumnRole, ImportResult, Localized } from "../domain/import/types";
import type { ImportEngine } from "./engine/engine";
import type { ImportSource } from "./engine/protocol";
import type { Stage } from "./i18n/strings";
import type {
  BuildOutcome,
  BuildRequest,
  DashboardInfo,
  DateOrderChoice,
  PaneServices,
  SourceChoice,
  TaskContext,
  WorkbookSource,
} from "./services";
import { abortError } from "./services";

/** A grid of cells read from the workbook, as the import's grid entry takes it. */
export interface CellGrid {
  values: unknown[][];
  numberFormat: string[][] | null;
  name: string;
}

export interface BuildReport {
  ok: boolean;
  /** Set when ok is false: what happened, in both languages (the workbook is left as it was). */
  error?: Localized;
  /** Excel error code behind the failure, when there is one. */
  errorCode?: string;
  analysis: Analysis;
  commentary: Commentary;
  sentenceCells: (string | null)[];
  sheets: string[];
  messages: Localized[];
  /** True when the user cancelled (the workbook is as before). */
  cancelled: boolean;
}

/** What the pane needs from `src/excel`, bound to a host. */
export interface WorkbookApi {
  listSources(): Promise<WorkbookSource[]>;
  readSource(source: "selection" | WorkbookSource): Promise<CellGrid>;
  dashboardInfo(): Promise<DashboardInfo>;
  build(
    importResult: ImportResult,
    request: BuildRequest,
    sourceName: string,
    hooks: { onProgress: (stage: Stage) => void; signal: AbortSignal }
  ): Promise<BuildReport>;
  selectCell(address: string): Promise<void>;
}

/** An error carrying a message in both languages (from the dashboard builder). */
export class LocalizedError extends Error {
  constructor(
    readonly localized: Localized,
    /** Excel error code behind it, when there is one. */
    readonly code?: string
  ) {
    super(localized.en);
    this.name = "LocalizedError";
  }
}

export function createPaneServices(engine: ImportEngine, workbook: WorkbookApi): PaneServices {
  /** The last source read, kept to re-import it with other roles. */
  let last: { source: ImportSource; name: string } | null = null;
  let lastResult: ImportResult | null = null;
  /** The date order the last result was read with (undefined: decided by the import). */
  let lastDateOrder: DateOrderChoice | undefined;

  const importSource = async (
    source: ImportSource,
    name: string,
    roles: Record<string, ColumnRole>,
    ctx: TaskContext,
    dateOrder?: DateOrderChoice
  ) => {
    ctx.onProgress("reading");
    const result = await engine.run(source, roles, ctx.signal, dateOrder);
    last = { source, name };
    lastResult = result;
    lastDateOrder = dateOrder;
    return result;
  };

  const readGrid = async (choice: Exclude<SourceChoice, { kind: "file" }>, ctx: TaskContext) => {
    const grid = await workbook.readSource(
      choice.kind === "selection" ? "selection" : choice.source
    );
    if (ctx.signal.aborted) throw abortError();
    const source: ImportSource = {
      kind: "grid",
      values: grid.values,
      numberFormat: grid.numberFormat,
      name: grid.name,
    };
    return { source, name: grid.name };
  };

  return {
    async readFile(file, roles, ctx) {
      const bytes = await file.arrayBuffer();
      if (ctx.signal.aborted) throw abortError();
      return importSource({ kind: "bytes", bytes, fileName: file.name }, file.name, roles, ctx);
    },
    async readWorkbook(choice, roles, ctx) {
      const { source, name } = await readGrid(choice, ctx);
      return importSource(source, name, roles, ctx);
    },
    async reimport(roles, ctx, dateOrder) {
      if (!last) throw new Error("No source read yet");
      return importSource(last.source, last.name, roles, ctx, dateOrder);
    },
    listSources: () => workbook.listSources(),
    dashboardInfo: () => workbook.dashboardInfo(),
    async build(request, ctx): Promise<BuildOutcome> {
      let imported = lastResult;
      let name = last?.name ?? "";
      if (request.rereadSource && request.rereadSource.kind !== "file") {
        // Workbook sources change between refreshes: read them again.
        const { source, name: n } = await readGrid(request.rereadSource, ctx);
        imported = await importSource(source, n, request.roles, ctx, request.dateOrder);
        name = n;
      } else if (
        last &&
        imported &&
        (!sameRoles(request.roles, imported) || request.dateOrder !== lastDateOrder)
      ) {
        imported = await importSource(
          last.source,
          last.name,
          request.roles,
          ctx,
          request.dateOrder
        );
      }
      if (!imported) throw new Error("No source read yet");
      if (ctx.signal.aborted) throw abortError();
      const report = await workbook.build(imported, request, name, {
        onProgress: ctx.onProgress,
        signal: ctx.signal,
      });
      if (ctx.signal.aborted) throw abortError();
      if (report.cancelled) throw abortError();
      if (!report.ok) {
        throw new LocalizedError(
          report.error ?? { fr: "Échec de la génération.", en: "The build failed." },
          report.errorCode
        );
      }
      const dashboard = await workbook.dashboardInfo();
      return {
        import: imported,
        analysis: report.analysis,
        commentary: report.commentary,
        sentenceCells: report.sentenceCells,
        sheets: report.sheets,
        messages: report.messages,
        // The commentary's currency is the one resolved (option, data, French export, language).
        currency:
          report.commentary.currency !== undefined
            ? report.commentary.currency
            : (request.options.currency ?? report.analysis.currency),
        dashboard,
      };
    },
    selectCell: (address) => workbook.selectCell(address),
  };
}

/** True when the roles asked are those the import already used (overrides only). */
function sameRoles(roles: Record<string, ColumnRole>, result: ImportResult): boolean {
  return Object.entries(roles).every(
    ([header, role]) => result.columns.find((c) => c.header === header)?.role === role
  );
}
