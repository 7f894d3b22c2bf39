/**
 * Charts of a sheet as the preview draws them, from the simulator's chart inspection
 * (`sim.workbook.charts(sheet)`): type, title, series values read from the workbook, axes, legend,
 * and where the chart sits on the sheet.
 */
import type { Lang } from "../domain/import/types";
import type { SimulatedExcel } from "../workbook-sim";
import type { AxisView, ChartView, SeriesView } from "./charts/types";

/** The simulator's chart view (src/workbook-sim/model/chart.ts, `chartView`), as far as the preview reads it. */
interface SimAxis {
  title: string;
  numberFormat: string;
  visible: boolean;
  reversePlotOrder: boolean;
}

interface SimSeries {
  name: string;
  chartType: string;
  axisGroup: "Primary" | "Secondary";
  values: (number | null)[];
  categories: string[];
  hasDataLabels: boolean;
  dataLabels: { showPercentage: boolean; showValue: boolean };
  fill: string | null;
  lineColor: string | null;
  invertIfNegative: boolean;
  invertColor: string | null;
  pointFills: Record<string, string>;
}

interface SimChart {
  name: string;
  chartType: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  dataLabels: { showPercentage: boolean; showValue: boolean };
  position: {
    startCell: string | null;
    endCell: string | null;
    top: number;
    left: number;
    width: number;
    height: number;
  };
  axes: { category: { primary: SimAxis }; value: { primary: SimAxis; secondary: SimAxis } };
  series: SimSeries[];
}

/** Left edge in pixels of a grid column. */
export type ColumnLeft = (column: number) => number;

export interface PlacedChart {
  /** The chart, its size still to be set from where it sits. */
  view: Omit<ChartView, "width" | "height">;
  /** Cells it spans (top-left, bottom-right), when placed on cells. */
  from: { row: number; col: number } | null;
  to: { row: number; col: number } | null;
  /** Otherwise its box in points. */
  points: { left: number; top: number; width: number; height: number };
}

function cellOf(address: string | null): { row: number; col: number } | null {
  if (!address) return null;
  const m = /\$?([A-Z]{1,3})\$?(\d+)/.exec(address.replace(/^.*!/, ""));
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function axis(a: SimAxis | undefined): AxisView | undefined {
  if (!a) return undefined;
  return {
    title: a.title || undefined,
    numberFormat: a.numberFormat && a.numberFormat !== "General" ? a.numberFormat : undefined,
    reversed: a.reversePlotOrder,
  };
}

function legendOf(chart: SimChart): ChartView["legend"] {
  if (!chart.legend.visible) return "None";
  const p = chart.legend.position;
  return p === "Bottom" || p === "Top" || p === "Left" ? p : "Right";
}

export function toPlacedChart(chart: SimChart): PlacedChart {
  const series: SeriesView[] = chart.series.map((s) => ({
    name: s.name,
    values: s.values,
    type: s.chartType,
    axis: s.axisGroup,
    color: s.fill ?? s.lineColor ?? undefined,
    negativeColor: s.invertIfNegative && s.invertColor ? s.invertColor : undefined,
    pointColors: Object.keys(s.pointFills ?? {}).length
      ? Object.fromEntries(Object.entries(s.pointFills).map(([k, v]) => [Number(k), v]))
      : undefined,
  }));
  const first = chart.series[0];
  const percent =
    chart.dataLabels.showPercentage || (first?.hasDataLabels && first.dataLabels.showPercentage);
  const value = chart.dataLabels.showValue || (first?.hasDataLabels && first.dataLabels.showValue);
  return {
    view: {
      name: chart.name,
      title: chart.title.visible && chart.title.text ? chart.title.text : null,
      type: chart.chartType,
      categories: first?.categories ?? [],
      series,
      categoryAxis: axis(chart.axes.category.primary),
      valueAxis: axis(chart.axes.value.primary),
      secondaryValueAxis: chart.series.some((s) => s.axisGroup === "Secondary")
        ? axis(chart.axes.value.secondary)
        : undefined,
      legend: legendOf(chart),
      dataLabels: percent ? "percent" : value ? "value" : "none",
    },
    from: cellOf(chart.position.startCell),
    to: cellOf(chart.position.endCell),
    points: chart.position,
  };
}

export function chartViews(sim: SimulatedExcel, sheet: string, lang: Lang): PlacedChart[] {
  void lang;
  return (sim.workbook.charts(sheet) as unknown as SimChart[]).map(toPlacedChart);
}
