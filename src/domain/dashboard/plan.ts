/**
 * `buildPlan`: the whole dashboard as data, from the import, the analysis and the commentary.
 * Pure and deterministic: the same input gives the same plan (the Excel layer relies on it for
 * "build twice → identical workbook").
 */
import type { ImportResult, Localized } from "../import/types";
import type { Analysis } from "../analysis/types";
import type { Commentary } from "../commentary/types";
import type {
  CellBlock,
  DashboardOptions,
  DashboardPlan,
  HostCapabilities,
  PlanNames,
  SheetKey,
  SheetPlan,
} from "./types";
import { defaultNames } from "./names";
import { salesTable, MAX_DATA_ROWS } from "./sales-table";
import { comparesWithLastYear, trackingLegend, trackingTable } from "./tracking";
import { pivotsSheet } from "./pivots";
import { distributionTable } from "./distribution";
import { chartPlans } from "./charts";
import { commentarySheet } from "./commentary-sheet";
import { safeText } from "./safe-text";
import { columnLetters, parseCell, rangeAddress } from "./a1";
import { columnWidthsUpTo, NARROW_MARGINS, pagesWide, printableWidth } from "./print";

export interface BuildPlanInput {
  importResult: ImportResult;
  analysis: Analysis;
  commentary: Commentary;
  options: DashboardOptions;
  sourceName: string;
  builtAt: Date;
  /** Names to use (after collisions with the user's own); default: the language's names. */
  names?: PlanNames;
  /** Default: a host with PivotTables (ExcelApi 1.8+) and invertColor (1.9+). */
  capabilities?: HostCapabilities;
  /** Messages to show on the commentary sheet besides the plan's own (e.g. renamed sheets). */
  extraMessages?: Localized[];
}

/** Row of the tracking table's header on its sheet (title, subtitle, blank line above). */
export const TRACKING_HEADER_ROW = 3;
/** Column where the distribution table sits on the charts sheet (right of the 2 × 9 chart grid). */
export const DISTRIBUTION_COL = 19;

export class PlanError extends Error {
  constructor(public readonly userMessage: Localized) {
    super(userMessage.en);
  }
}

export function buildPlan(input: BuildPlanInput): DashboardPlan {
  const { importResult, analysis, commentary, options } = input;
  const lang = options.lang;
  const table = importResult.table;
  if (!importResult.ok || !table || table.rowCount === 0 || analysis.months.length === 0) {
    throw new PlanError(
      importResult.fatal ?? {
        fr: "Aucune ligne de vente exploitable : rien à construire.",
        en: "No usable sales line: nothing to build.",
      }
    );
  }
  if (table.rowCount > MAX_DATA_ROWS) {
    throw new PlanError({
      fr: `Trop de lignes pour une feuille Excel : ${table.rowCount.toLocaleString("fr-FR")} lignes, au plus ${MAX_DATA_ROWS.toLocaleString("fr-FR")}. Filtrez ou découpez la source.`,
      en: `Too many lines for one Excel sheet: ${table.rowCount.toLocaleString("en-US")} lines, at most ${MAX_DATA_ROWS.toLocaleString("en-US")}. Filter or split the source.`,
    });
  }
  const names = input.names ?? defaultNames(lang);
  const capabilities = input.capabilities ?? { pivotTables: true, invertColor: true };
  // The commentary's currency (it defaults to € in French when the data shows none), so that the
  // sheets and the sentences write amounts alike.
  const currency =
    options.currency ??
    (commentary.currency !== undefined
      ? commentary.currency
      : (analysis.currency ?? table.currency));

  const sales = salesTable(table, lang, names.tables.sales, currency);
  const tracking = trackingTable({
    analysis,
    lang,
    currency,
    salesName: names.tables.sales,
    trackingName: names.tables.tracking,
    targetsName: names.tables.targets,
    sales: { revenue: sales.headers.revenue, cost: sales.headers.cost, month: sales.headers.month },
    row: TRACKING_HEADER_ROW,
    col: 0,
    targets: analysis.months.map((m) => m.target),
  });
  const pivots = pivotsSheet({
    analysis,
    lang,
    currency,
    salesName: names.tables.sales,
    sales: {
      revenue: sales.headers.revenue,
      month: sales.headers.month,
      margin: sales.headers.margin,
    },
    dimensionHeaders: sales.dimensionHeaders,
    usePivots: capabilities.pivotTables,
  });

  const mainHeader = analysis.mainDimension
    ? (sales.dimensionHeaders.get(analysis.mainDimension) ?? null)
    : null;
  const mainBreakdown = analysis.mainDimension
    ? analysis.breakdowns[analysis.mainDimension]
    : undefined;
  const distribution =
    mainHeader && mainBreakdown && mainBreakdown.rows.length > 0
      ? distributionTable({
          breakdown: mainBreakdown,
          lang,
          currency,
          name: names.tables.distribution,
          salesName: names.tables.sales,
          dimension: mainHeader,
          revenue: sales.headers.revenue,
          row: 2,
          col: DISTRIBUTION_COL,
        })
      : null;

  const years = analysis.months.map((m) => m.year);
  const charts = chartPlans({
    lang,
    currency,
    tracking: tracking.plan,
    distribution,
    dimension: mainHeader,
    distributionParts: {
      count: mainBreakdown?.memberCount ?? 0,
      allPositive: (mainBreakdown?.rows ?? []).every((r) => r.revenue > 0),
      grouped: (mainBreakdown?.otherCount ?? 0) > 0,
    },
    capabilities,
    years: { first: Math.min(...years), last: Math.max(...years) },
    firstWith: {
      target: analysis.months.findIndex((m) => m.target !== null),
      prevYear: analysis.months.findIndex((_, i) => comparesWithLastYear(analysis.months, i)),
    },
  });

  const messages: Localized[] = [
    ...(input.extraMessages ?? []),
    ...pivots.messages,
    ...tracking.messages,
  ];
  const comment = commentarySheet({
    commentary,
    lang,
    sourceName: input.sourceName,
    builtAt: input.builtAt,
    rowsImported: table.rowCount,
    rowsRejected: importResult.source.rowsRejected,
    tracking: tracking.plan,
    distribution,
    mainDimension: analysis.mainDimension,
    sheetNames: names.sheets,
    memberTables: pivots.memberTables,
    messages,
    sales: sales.plan,
    months: analysis.months,
    fiscalYearStartMonth: analysis.fiscalYearStartMonth,
    currency,
  });

  // Without a targets column, typed targets show once the dashboard is refreshed.
  const trackingKeysOf = tracking.plan.columns.map((c) => c.key);
  const withTargets = trackingKeysOf.includes("target");
  const trackingTitle: CellBlock[] = [
    {
      sheet: "tracking",
      row: 0,
      col: 0,
      inputs: [
        [lang === "fr" ? "Suivi mensuel du chiffre d’affaires" : "Monthly revenue tracking"],
      ],
      style: { bold: true, size: 14 },
    },
    {
      sheet: "tracking",
      row: 1,
      col: 0,
      inputs: [
        [
          safeText(
            lang === "fr"
              ? `Source : ${input.sourceName}. Chaque colonne est une formule sur la table « ${names.tables.sales} » ; saisissez vos objectifs dans la table « ${names.tables.targets} »${withTargets ? "" : ", puis actualisez le tableau de bord"}.`
              : `Source: ${input.sourceName}. Every column is a formula on the "${names.tables.sales}" table; type your targets in the "${names.tables.targets}" table${withTargets ? "" : ", then refresh the dashboard"}.`
          ),
        ],
      ],
      style: { italic: true, fontColor: "#595959" },
    },
    {
      // The legend sits above the table (not under it): the table grows by one row a month.
      sheet: "tracking",
      row: tracking.plan.row - 1,
      col: 0,
      inputs: [
        [
          trackingLegend(
            lang,
            trackingKeysOf,
            analysis.months.some((m) => m.partial)
          ),
        ],
      ],
      style: { italic: true, fontColor: "#595959" },
    },
    {
      sheet: "tracking",
      row: tracking.targets.row - 1,
      col: tracking.targets.col,
      inputs: [[lang === "fr" ? "Objectifs (modifiables)" : "Targets (editable)"]],
      style: { bold: true, fontColor: "#1F4E79" },
    },
  ];
  const chartTitle: CellBlock[] = [
    {
      sheet: "charts",
      row: 0,
      col: 0,
      inputs: [
        [
          lang === "fr"
            ? "Graphiques (ils lisent le tableau de suivi et suivent chaque actualisation)"
            : "Charts (they read the tracking table and follow each refresh)",
        ],
      ],
      style: { bold: true, size: 14 },
    },
  ];
  if (distribution) {
    chartTitle.push({
      sheet: "charts",
      row: distribution.row - 1,
      col: distribution.col,
      inputs: [
        [
          safeText(
            lang === "fr" ? `Répartition par ${mainHeader}` : `Distribution by ${mainHeader}`
          ),
        ],
      ],
      style: { bold: true, fontColor: "#1F4E79" },
    });
  }

  const tables = [
    sales.plan,
    tracking.plan,
    tracking.targets,
    ...(distribution ? [distribution] : []),
  ];
  const cells = [...pivots.cells, ...trackingTitle, ...chartTitle, ...comment.cells];
  /**
   * Page setup of a sheet from the plan's own column widths: one page wide when the scale stays
   * readable, else the fewest pages wide that keep it, the `titleColumn` (if any) repeated.
   */
  const print = (
    key: SheetKey,
    orientation: SheetPlan["print"]["orientation"],
    free: SheetPlan["columnWidths"],
    options: {
      titleRows?: string;
      titleColumn?: number;
      printArea?: { lastCol: number; address: string };
    } = {}
  ): SheetPlan["print"] => {
    const sized = new Map<number, number>(free.map((w) => [w.col, w.width]));
    let last = Math.max(-1, ...free.map((w) => w.col));
    for (const t of tables.filter((t) => t.sheet === key)) {
      t.columns.forEach((c, i) => sized.set(t.col + i, c.width));
      last = Math.max(last, t.col + t.columns.length - 1);
    }
    for (const b of cells.filter((b) => b.sheet === key))
      last = Math.max(last, b.col + Math.max(1, ...b.inputs.map((r) => r.length)) - 1);
    for (const c of key === "charts" ? charts : []) last = Math.max(last, parseCell(c.to).col);
    if (options.printArea) last = options.printArea.lastCol;
    const widths = columnWidthsUpTo(sized, Math.max(0, last));
    const fit = pagesWide(
      widths,
      printableWidth(orientation),
      options.titleColumn === undefined ? 0 : widths[options.titleColumn]
    );
    return {
      orientation,
      fitToWidth: true,
      pagesWide: fit.pages,
      scale: fit.scale,
      titleRows: options.titleRows ?? null,
      titleColumns:
        fit.pages > 1 && options.titleColumn !== undefined
          ? `$${columnLetters(options.titleColumn)}:$${columnLetters(options.titleColumn)}`
          : null,
      printArea: options.printArea?.address ?? null,
      margins: { ...NARROW_MARGINS },
    };
  };
  const sheet = (
    key: SheetPlan["key"],
    freezeRows: number,
    tabColor: string,
    orientation: SheetPlan["print"]["orientation"],
    columnWidths: SheetPlan["columnWidths"] = [],
    options: Parameters<typeof print>[3] = {}
  ): SheetPlan => ({
    key,
    name: names.sheets[key],
    freezeRows,
    columnWidths,
    tabColor,
    print: print(key, orientation, columnWidths, options),
  });
  // The tracking sheet prints its table (the targets beside it are the Objectif column already),
  // its title, legend and header on every page, and its month column on every page wide.
  const trackingLastCol = tracking.plan.col + tracking.plan.columns.length - 1;
  const trackingArea = rangeAddress(
    0,
    0,
    tracking.plan.row + 2 + tracking.plan.rowCount,
    trackingLastCol + 1
  );
  // The charts sheet prints its chart grid, one page wide: with the distribution table beside it
  // the charts would shrink below a readable scale or be cut by a page break.
  const chartEnds = charts.map((c) => parseCell(c.to));
  const chartsArea = chartEnds.length
    ? {
        lastCol: Math.max(...chartEnds.map((e) => e.col)),
        address: rangeAddress(
          0,
          0,
          Math.max(...chartEnds.map((e) => e.row)) + 1,
          Math.max(...chartEnds.map((e) => e.col)) + 1
        ),
      }
    : undefined;
  const sheets: SheetPlan[] = [
    sheet("data", 1, "#7F7F7F", "Landscape", [], {
      titleRows: "$1:$1",
      titleColumn: sales.plan.col,
    }),
    sheet("pivots", 0, "#2E75B6", "Landscape", pivots.columnWidths),
    sheet("tracking", tracking.plan.row + 1, "#00B050", "Landscape", [], {
      titleRows: `$1:$${tracking.plan.row + 1}`,
      titleColumn: tracking.plan.col,
      printArea: { lastCol: trackingLastCol, address: trackingArea },
    }),
    sheet("charts", 0, "#FFC000", "Landscape", [], { printArea: chartsArea }),
    {
      ...sheet("commentary", 0, "#7030A0", "Portrait", comment.columnWidths),
      indents: comment.indents,
    },
  ];

  return {
    lang,
    names,
    sheets,
    tables,
    pivots: pivots.pivots,
    cells,
    styles: pivots.styles,
    conditionalFormats: tracking.conditionalFormats,
    charts,
    commentaryLinks: comment.links,
    pendingLinks: comment.pendingLinks,
    memberTables: pivots.memberTables,
    messages,
    state: {
      source: input.sourceName,
      lang,
      options,
      builtAt: input.builtAt.toISOString(),
      rows: table.rowCount,
      months: analysis.months.length,
    },
    trackingColumns: tracking.columns,
  };
}
