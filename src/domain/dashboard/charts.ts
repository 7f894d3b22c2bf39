/**
 * Chart choice (PRODUCT.md "Chart choice"): monthly revenue as columns (a line only beyond 36
 * months, where columns get too thin) with last year as a line when the data has it; revenue and margin rate as a combo with the rate
 * on a secondary axis; distribution as a pie only with ≤ 6 members (all positive), otherwise a
 * sorted bar; gap to target (or to last year) as columns coloured by sign. Every chart reads the
 * tracking table (or the distribution table), so it follows a refresh.
 */
import type { Lang } from "../import/types";
import type { ChartPlan, HostCapabilities, TablePlan } from "./types";
import { TRACKING_HEADERS, type TrackingKey } from "./labels";
import { cellAddress, rangeAddress } from "./a1";
import { currencySymbol } from "./formats";

/**
 * Most months shown as columns (issue 6: "monthly revenue (columns) with last year as a line"):
 * three years still read as columns on a half-page chart; beyond, a line reads better.
 */
export const MAX_COLUMN_MONTHS = 36;
/** Most parts a pie may have. */
export const MAX_PIE_PARTS = 6;

const GREEN = "#2E7D32";
const RED = "#C62828";
const BLUE = "#1F77B4";
const ORANGE = "#FF7F0E";
const GREY = "#7F7F7F";

/** Body range (A1) of a table column, by key, from its `from`-th row. */
export function bodyOf(table: TablePlan, key: string, from = 0): string {
  const index = table.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`No column ${key} in ${table.name}`);
  return rangeAddress(table.row + 1 + from, table.col + index, table.rowCount - from, 1);
}

export interface ChartsInput {
  lang: Lang;
  currency: string | null;
  tracking: TablePlan;
  distribution: TablePlan | null;
  /** Header of the distribution's dimension (for titles). */
  dimension: string | null;
  /** Members of the distribution: all positive and their number. */
  distributionParts: { count: number; allPositive: boolean; grouped: boolean };
  capabilities: HostCapabilities;
  /** First year and last year of the data (titles). */
  years: { first: number; last: number };
  /** First month row with a target, and with last year's figure: the gap chart starts there. */
  firstWith: { target: number; prevYear: number };
}

/** Position of the i-th chart in a two-column grid starting at row 2 (8 columns × 18 rows each). */
export function chartSlot(i: number): { from: string; to: string } {
  const row = 2 + Math.floor(i / 2) * 20;
  const col = (i % 2) * 9;
  return { from: cellAddress(row, col), to: cellAddress(row + 18, col + 8) };
}

export function chartPlans(input: ChartsInput): ChartPlan[] {
  const { lang, tracking } = input;
  const has = (key: TrackingKey) => tracking.columns.some((c) => c.key === key);
  const h = (key: TrackingKey) => TRACKING_HEADERS[key][lang];
  const symbol = currencySymbol(input.currency);
  const unit = symbol ? ` (${symbol})` : "";
  const amountFormat = symbol
    ? lang === "fr"
      ? `#,##0 [$${symbol}-40C]`
      : `[$${symbol}-409]#,##0`
    : "#,##0";
  const months = tracking.rowCount;
  const categories = bodyOf(tracking, "month");
  // Short month labels on the axis ("janv. 24"), read from the dates of the Mois column.
  const monthAxis = {
    title: lang === "fr" ? "Mois" : "Month",
    numberFormat: lang === "fr" ? "[$-40C]mmm yy" : "[$-409]mmm yy",
  };
  const period =
    input.years.first === input.years.last
      ? `${input.years.last}`
      : `${input.years.first}–${input.years.last}`;
  const charts: Omit<ChartPlan, "from" | "to">[] = [];

  // 1. Monthly revenue, this year vs last year.
  const asColumns = months <= MAX_COLUMN_MONTHS;
  const revenueSeries: ChartPlan["series"] = [
    {
      name: h("revenue"),
      values: bodyOf(tracking, "revenue"),
      type: asColumns ? "ColumnClustered" : "Line",
      axis: "Primary",
      color: BLUE,
    },
  ];
  if (has("prevYearRevenue")) {
    revenueSeries.push({
      name: h("prevYearRevenue"),
      values: bodyOf(tracking, "prevYearRevenue"),
      type: "LineMarkers",
      axis: "Primary",
      color: GREY,
    });
  }
  charts.push({
    key: "revenue",
    name: "RevenueByMonth",
    title:
      lang === "fr"
        ? `CA HT par mois, ${period}${has("prevYearRevenue") ? ", comparé à l’année précédente" : ""}`
        : `Revenue by month, ${period}${has("prevYearRevenue") ? ", compared with last year" : ""}`,
    type: revenueSeries[0].type,
    sourceSheet: "tracking",
    categories,
    series: revenueSeries,
    categoryAxis: monthAxis,
    valueAxis: { title: `${h("revenue")}${unit}`, numberFormat: amountFormat },
    legend: revenueSeries.length > 1 ? "Bottom" : "None",
  });

  // 2. Revenue and margin rate (combo, rate on a secondary axis). Without ExcelApi 1.8 there is
  //    no secondary axis: the rate gets its own line chart.
  if (has("marginRate")) {
    const rate = {
      name: h("marginRate"),
      values: bodyOf(tracking, "marginRate"),
      axis: "Secondary" as const,
      color: ORANGE,
    };
    if (input.capabilities.pivotTables) {
      charts.push({
        key: "revenueMargin",
        name: "RevenueAndMarginRate",
        title:
          lang === "fr"
            ? `CA HT et taux de marque par mois, ${period}`
            : `Revenue and margin rate by month, ${period}`,
        type: "ColumnClustered",
        sourceSheet: "tracking",
        categories,
        series: [
          {
            name: h("revenue"),
            values: bodyOf(tracking, "revenue"),
            type: "ColumnClustered",
            axis: "Primary",
            color: BLUE,
          },
          { ...rate, type: "LineMarkers" },
        ],
        categoryAxis: monthAxis,
        valueAxis: { title: `${h("revenue")}${unit}`, numberFormat: amountFormat },
        secondaryValueAxis: { title: `${h("marginRate")} (%)`, numberFormat: "0%" },
        legend: "Bottom",
      });
    } else {
      charts.push({
        key: "revenueMargin",
        name: "MarginRate",
        title:
          lang === "fr" ? `Taux de marque par mois, ${period}` : `Margin rate by month, ${period}`,
        type: "LineMarkers",
        sourceSheet: "tracking",
        categories,
        series: [{ ...rate, axis: "Primary", type: "LineMarkers" }],
        categoryAxis: monthAxis,
        valueAxis: { title: `${h("marginRate")} (%)`, numberFormat: "0%" },
        legend: "None",
      });
    }
  }

  // 3. Distribution by the main dimension.
  if (input.distribution && input.dimension) {
    const parts = input.distributionParts;
    const pie = parts.count <= MAX_PIE_PARTS && parts.allPositive && !parts.grouped;
    const dist = input.distribution;
    charts.push(
      pie
        ? {
            key: "distribution",
            name: "Distribution",
            title:
              lang === "fr"
                ? `Répartition du CA HT par ${input.dimension}, ${period}`
                : `Revenue share by ${input.dimension}, ${period}`,
            type: "Pie",
            sourceSheet: "charts",
            categories: bodyOf(dist, "member"),
            series: [
              {
                name: dist.columns[1].header,
                values: bodyOf(dist, "revenue"),
                type: "Pie",
                axis: "Primary",
              },
            ],
            legend: "Right",
            dataLabels: "percent",
          }
        : {
            key: "distribution",
            name: "Distribution",
            title:
              lang === "fr"
                ? `CA HT par ${input.dimension}, du plus fort au plus faible, ${period}`
                : `Revenue by ${input.dimension}, largest first, ${period}`,
            type: "BarClustered",
            sourceSheet: "charts",
            categories: bodyOf(dist, "member"),
            series: [
              {
                name: dist.columns[1].header,
                values: bodyOf(dist, "revenue"),
                type: "BarClustered",
                axis: "Primary",
                color: BLUE,
              },
            ],
            // Bars are drawn bottom-up: reversing the category axis puts the largest on top.
            categoryAxis: { title: input.dimension, reversed: true },
            valueAxis: { title: `${h("revenue")}${unit}`, numberFormat: amountFormat },
            legend: "None",
          }
    );
  }

  // 4. Gap to target, else gap to last year: columns coloured by sign.
  const gapKey: TrackingKey | null = has("targetGap")
    ? "targetGap"
    : has("prevYearChange")
      ? "prevYearChange"
      : null;
  if (gapKey) {
    const gapFrom = Math.max(
      0,
      gapKey === "targetGap" ? input.firstWith.target : input.firstWith.prevYear
    );
    charts.push({
      key: "gap",
      name: "Gap",
      title:
        gapKey === "targetGap"
          ? lang === "fr"
            ? `Écart du CA HT à l’objectif par mois, ${period}`
            : `Revenue gap to target by month, ${period}`
          : lang === "fr"
            ? `Écart du CA HT par rapport à l’année précédente, par mois`
            : `Revenue gap vs last year, by month`,
      type: "ColumnClustered",
      sourceSheet: "tracking",
      // From the first month that has a reference: the months before it have no gap to show.
      categories: bodyOf(tracking, "month", gapFrom),
      series: [
        {
          name: h(gapKey),
          values: bodyOf(tracking, gapKey, gapFrom),
          type: "ColumnClustered",
          axis: "Primary",
          color: GREEN,
          negativeColor: RED,
        },
      ],
      categoryAxis: monthAxis,
      valueAxis: { title: `${h(gapKey)}${unit}`, numberFormat: amountFormat },
      legend: "None",
    });
  }

  return charts.map((c, i) => ({ ...c, ...chartSlot(i) }));
}
