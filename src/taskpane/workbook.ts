/**
 * `WorkbookApi` over `src/excel` for one host (office.js in Excel, the simulator in the preview).
 * Every workbook read and write of the pane goes through here, and from here only through `src/excel`.
 */
import type { BuildResult } from "../excel";
import type { ExcelHost } from "../excel/host";

/**
 * The Excel layer, loaded after the first render (it carries the analysis, the commentary and the
 * dashboard plan): the pane shows at once, and the chunk is there before the user clicks.
 */
const excel = () => import(/* webpackChunkName: "excel" */ "../excel");
import type { Stage } from "./i18n/strings";
import { STAGES } from "./i18n/strings";
import { NBSP } from "./i18n/typography";
import type { DashboardInfo, TrackingColumn } from "./services";
import { LocalizedError, type BuildReport, type WorkbookApi } from "./wiring";

/** "'Suivi mensuel'!B5" for a sheet and an address. */
export function qualified(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}

/** Sheet and address of a qualified address ("'Suivi mensuel'!B5" → ["Suivi mensuel", "B5"]). */
export function splitQualified(address: string): { sheet: string; address: string } | null {
  const at = address.lastIndexOf("!");
  if (at <= 0) return null;
  let sheet = address.slice(0, at);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(at + 1) };
}

function trackingColumns(
  columns: {
    key: string | null;
    header: string;
    formula: string | null;
    sheet: string;
    address: string;
  }[]
): TrackingColumn[] {
  return columns
    .filter((c) => c.formula !== null)
    .map((c) => ({
      key: c.key,
      header: c.header,
      formula: c.formula ?? "",
      address: qualified(c.sheet, c.address),
    }));
}

const SHEET_ORDER = ["data", "pivots", "tracking", "charts", "commentary"] as const;

/** Outside Excel (the page opened in a browser, or another Office app): files still read, the workbook says why not. */
export function noWorkbookApi(): WorkbookApi {
  const refuse = async (): Promise<never> => {
    throw new LocalizedError({
      fr: `Ce volet fonctionne dans Excel${NBSP}: ouvrez-le depuis l’onglet Accueil d’Excel (bouton Suivi commercial).`,
      en: "This pane works inside Excel: open it from Excel’s Home tab (Sales tracking button).",
    });
  };
  return {
    listSources: refuse,
    readSource: refuse,
    dashboardInfo: async () => ({ exists: false, tracking: [] }),
    build: refuse,
    selectCell: refuse,
  };
}

export function excelWorkbookApi(host: ExcelHost): WorkbookApi {
  return {
    async listSources() {
      const { listSources } = await excel();
      const entries = await listSources(host);
      return entries
        .filter((e) => e.kind !== "selection")
        .map((e) => ({
          id: e.id,
          kind: e.kind === "table" ? ("table" as const) : ("sheet" as const),
          name: e.name,
          sheet: e.sheet,
          // Data rows: the header row is not a sale.
          rowCount: Math.max(0, e.rowCount - 1),
        }));
    },
    async readSource(source) {
      const { readSource } = await excel();
      const grid = await readSource(host, source === "selection" ? "selection" : source.id);
      return { values: grid.values, numberFormat: grid.numberFormat, name: grid.name };
    },
    async dashboardInfo(): Promise<DashboardInfo> {
      const { getDashboardState } = await excel();
      const state = await getDashboardState(host);
      return { exists: state.exists, tracking: trackingColumns(state.trackingColumns) };
    },
    async build(importResult, request, sourceName, hooks): Promise<BuildReport> {
      const { buildDashboard } = await excel();
      const result: BuildResult = await buildDashboard(
        host,
        { importResult, options: request.options, sourceName },
        {
          signal: hooks.signal,
          onProgress: (stage) => {
            if ((STAGES as string[]).includes(stage)) hooks.onProgress(stage as Stage);
          },
        }
      );
      const sentenceCells = (result.commentary?.sentences ?? []).map((_, i) => {
        const link = result.links.find((l) => l.sentence === i);
        return link ? qualified(link.sheet, link.address) : null;
      });
      return {
        ok: result.ok,
        cancelled: result.cancelled,
        error: result.error ?? undefined,
        errorCode: result.errorCode ?? undefined,
        analysis: result.analysis as NonNullable<BuildResult["analysis"]>,
        commentary: result.commentary as NonNullable<BuildResult["commentary"]>,
        sentenceCells,
        sheets: result.sheets ? SHEET_ORDER.map((k) => result.sheets![k]).filter(Boolean) : [],
        messages: result.messages,
      };
    },
    async selectCell(address) {
      const target = splitQualified(address);
      if (!target) throw new Error(`Not a sheet-qualified address: ${address}`);
      const { selectCell } = await excel();
      await selectCell(host, target.sheet, target.address);
    },
  };
}
