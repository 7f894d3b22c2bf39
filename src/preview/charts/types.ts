/** What the preview needs to draw a chart: the chart as Excel holds it, values already read from the workbook. */
export type SeriesType =
  "ColumnClustered" | "Line" | "LineMarkers" | "Pie" | "Doughnut" | "BarClustered" | string;

export interface SeriesView {
  name: string;
  values: (number | null)[];
  type: SeriesType;
  axis: "Primary" | "Secondary";
  /** #rrggbb; a palette colour when absent. */
  color?: string;
  /** Colour of negative points (columns coloured by sign). */
  negativeColor?: string;
  /** Colours of single points (by index), as Excel's `points.getItemAt(i).format.fill`. */
  pointColors?: Record<number, string>;
}

export interface AxisView {
  title?: string;
  /** Excel number format of the tick labels. */
  numberFormat?: string;
  /** Categories in reverse order (a sorted bar chart shows its first category on top). */
  reversed?: boolean;
}

export interface ChartView {
  name: string;
  title: string | null;
  /** Chart type (the first series' type when mixed). */
  type: SeriesType;
  categories: string[];
  series: SeriesView[];
  categoryAxis?: AxisView;
  valueAxis?: AxisView;
  secondaryValueAxis?: AxisView;
  legend: "Bottom" | "Right" | "Top" | "Left" | "None";
  dataLabels?: "percent" | "value" | "none";
  /** Size in CSS pixels. */
  width: number;
  height: number;
}

/** Formats a number with an Excel number format (the preview passes numfmt). */
export type ValueFormatter = (value: number, numberFormat: string | undefined) => string;
