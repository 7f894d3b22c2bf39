/**
 * Workbook simulator: the part of the Excel JavaScript API the add-in uses, in memory, with formulas
 * evaluated by HyperFormula. `createSimulatedExcel()` gives `{ Excel, Office }` objects that satisfy
 * `ExcelHost` (src/excel/host.ts), plus inspection, counters, fault injection and .xlsx export.
 * Runs in Node and in browsers (no Node API here). GPL (HyperFormula): never in the add-in bundle.
 */
import type { ExcelHost } from "../excel/host";
import { compareVersions } from "./api/base";
import { SimRequestContext } from "./api/workbook";
import { FIVE_MB, SimCore, SimCounters, SimFaults, SimOptions } from "./core";
import { SimOfficeError } from "./errors";
import { excelEnums } from "./excel-enums";
import { WorkbookInspector } from "./inspect";
import "./api/range";
import { pivotViews } from "./api/pivot";
import { chartViews, setChartTypes } from "./api/chart";
import { conditionalFormatViews } from "./api/conditional";
import { exportWorkbook, ExportOptions } from "./export";

setChartTypes(excelEnums.ChartType);

export interface SimulatedExcelOptions {
  /** ExcelApi requirement set the simulated host supports (default "1.17"). */
  apiVersion?: string;
  /** Office display language (default "fr-FR"): pivot labels, default sheet names, `range.text`. */
  displayLanguage?: string;
  /** Request/response payload limit (default 5 MB, as Excel on the web); Infinity for desktop behaviour. */
  payloadLimitBytes?: number;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface SimulatedExcel extends ExcelHost {
  Excel: ExcelHost["Excel"] & Omit<typeof excelEnums, "ErrorCodes"> & { RequestContext: unknown };
  Office: ExcelHost["Office"] & {
    context: ExcelHost["Office"]["context"] & {
      displayLanguage: string;
      contentLanguage: string;
      host: string;
      platform: string;
    };
    onReady(): Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
    PlatformType: { OfficeOnline: string; PC: string };
  };
  /** office.js's OfficeExtension namespace: `Error` is the class of every error the simulator throws. */
  OfficeExtension: { Error: typeof SimOfficeError; ErrorCodes: Record<string, string> };
  /** Read-only inspection of the workbook (tests, preview). */
  workbook: WorkbookInspector;
  counters: SimCounters;
  faults: SimFaults;
  options: Readonly<SimOptions>;
  /** Same as `workbook.snapshot()`: a deterministic JSON-comparable dump of the workbook. */
  snapshot(): import("./inspect").WorkbookSnapshot;
  /** The workbook as an .xlsx file (exceljs; works in browsers). */
  exportXlsx(options?: ExportOptions): Promise<Uint8Array>;
  /** Internal state, for the preview and advanced tests. */
  readonly core: SimCore;
}

const OTHER_SETS: Record<string, string> = {
  DialogApi: "1.2",
  SharedRuntime: "1.1",
  RibbonApi: "1.2",
  ImageCoercion: "1.1",
};

export function createSimulatedExcel(options: SimulatedExcelOptions = {}): SimulatedExcel {
  const opts: SimOptions = {
    apiVersion: options.apiVersion ?? "1.17",
    displayLanguage: options.displayLanguage ?? "fr-FR",
    payloadLimitBytes: options.payloadLimitBytes ?? FIVE_MB,
    maxCellsRead: 5_000_000,
  };
  const core = new SimCore(opts);

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as Batch<T>;
    if (typeof batch !== "function")
      throw new SimOfficeError("InvalidArgument", undefined, "Excel.run");
    const ctx = new SimRequestContext(core);
    try {
      const p = batch(ctx as unknown as Excel.RequestContext);
      if (!p || typeof (p as Promise<T>).then !== "function")
        throw new SimOfficeError("RunMustReturnPromise", undefined, "Excel.run");
      const result = await p;
      // As office.js: the queued actions left at the end of the batch are sent by a last sync.
      await ctx.sync();
      return result;
    } finally {
      ctx._valid = false;
    }
  }

  const excelObject = {
    ...excelEnums,
    run: run as ExcelHost["Excel"]["run"],
    ErrorCodes: excelEnums.ErrorCodes as unknown as typeof Excel.ErrorCodes,
    RequestContext: function RequestContext() {
      return new SimRequestContext(core);
    },
  };

  const Office = {
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          const v = minVersion ?? "1.1";
          if (name === "ExcelApi") return compareVersions(v, opts.apiVersion) <= 0;
          const other = OTHER_SETS[name];
          return other !== undefined && compareVersions(v, other) <= 0;
        },
      },
      displayLanguage: opts.displayLanguage,
      contentLanguage: opts.displayLanguage,
      host: "Excel",
      platform: "OfficeOnline",
    },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
  };

  const inspector = new WorkbookInspector(core.model, {
    pivots: (sheet) => pivotViews(core.model, sheet),
    charts: (sheet) => chartViews(core.model, sheet),
    conditionalFormats: (sheet) => conditionalFormatViews(core.model, sheet),
  });

  return {
    Excel: excelObject as SimulatedExcel["Excel"],
    Office,
    OfficeExtension: {
      Error: SimOfficeError,
      ErrorCodes: {
        generalException: "GeneralException",
        propertyNotLoaded: "PropertyNotLoaded",
        valueNotLoaded: "ValueNotLoaded",
        invalidObjectPath: "InvalidObjectPath",
        invalidRequestContext: "InvalidRequestContext",
        runMustReturnPromise: "RunMustReturnPromise",
      },
    },
    workbook: inspector,
    snapshot: () => inspector.snapshot(),
    counters: core.counters,
    faults: core.faults,
    options: opts,
    core,
    exportXlsx: (o?: ExportOptions) => exportWorkbook(core.model, o),
  };
}

export { SimOfficeError } from "./errors";
export type { SimCounters, SimFaults, SyncFaultInfo, ActionFaultInfo } from "./core";
export type { CellInfo, SheetInfo, TableInfo } from "./inspect";
export { WorkbookInspector } from "./inspect";
export type { ExportOptions } from "./export";
