/** Excel.Chart and its parts: series, axes, titles, legend, data labels, formats. */
import { parseAddress, Rect } from "../address";
import { simError } from "../errors";
import {
  ChartAxisModel,
  ChartModel,
  chartView,
  DataLabelsModel,
  linkRef,
  SeriesModel,
  seriesFromSource,
} from "../model/chart";
import { SheetModel } from "../model/sheet";
import { WorkbookModel } from "../model/workbook";
import { defineProps, PropSpec, SimContextLike, SimObject } from "./base";
import { SimCollection } from "./collection";
import { normColor, SimRange } from "./range";
import { worksheetProxy } from "./registry";
import { SimWorksheet, worksheetExtensions } from "./workbook";

function model(o: SimObject): WorkbookModel {
  return o.context.core.model;
}
function live(ch: ChartModel): ChartModel {
  if (ch.deleted) throw simError("ItemNotFound", "Chart", "The chart has been deleted.");
  return ch;
}
function tOf<T>(o: unknown): T | null {
  return (o as SimObject & { _t<U>(): U | null })._t<T>();
}

/** A generic accessor on a plain sub-object of a model (title, legend, axis...). */
function field<T extends object>(
  key: keyof T,
  api = "1.1",
  transform?: (v: unknown) => unknown
): PropSpec {
  return {
    get: (t: T) => t[key],
    set: (t: T, v: unknown) => {
      (t as Record<string, unknown>)[key as string] = transform ? transform(v) : v;
    },
    api,
  };
}

const CHART_TYPES = new Set<string>();

export class SimChart
  extends SimObject
  implements
    Pick<
      Excel.Chart,
      "id" | "name" | "chartType" | "top" | "left" | "width" | "height" | "delete" | "setPosition"
    >
{
  static override entity = "Chart";
  declare id: string;
  declare name: string;
  declare chartType: Excel.ChartType | any;
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;

  get worksheet(): Excel.Worksheet {
    return this._nav("worksheet", () =>
      worksheetProxy(this.context, () => this._t<ChartModel>()?.sheet ?? null)
    ) as unknown as Excel.Worksheet;
  }
  get title(): Excel.ChartTitle {
    return this._nav(
      "title",
      () => new SimChartTitle(this.context, () => this._t<ChartModel>()?.title ?? null, false)
    ) as unknown as Excel.ChartTitle;
  }
  get legend(): Excel.ChartLegend {
    return this._nav(
      "legend",
      () => new SimChartLegend(this.context, () => this._t<ChartModel>()?.legend ?? null, false)
    ) as unknown as Excel.ChartLegend;
  }
  get dataLabels(): Excel.ChartDataLabels {
    return this._nav(
      "dataLabels",
      () =>
        new SimChartDataLabels(this.context, () => this._t<ChartModel>()?.dataLabels ?? null, false)
    ) as unknown as Excel.ChartDataLabels;
  }
  get axes(): Excel.ChartAxes {
    return this._nav(
      "axes",
      () => new SimChartAxes(this.context, () => this._t(), false)
    ) as unknown as Excel.ChartAxes;
  }
  get series(): Excel.ChartSeriesCollection {
    return this._nav(
      "series",
      () => new SimChartSeriesCollection(this.context, () => this._t(), false)
    ) as unknown as Excel.ChartSeriesCollection;
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    const addr = (x: Excel.Range | string | undefined) =>
      x === undefined ? null : typeof x === "string" ? x : "range";
    this._call("setPosition", "1.1", [addr(startCell), addr(endCell)], (ch: ChartModel) => {
      const toAddr = (x: Excel.Range | string | undefined): string | null => {
        if (x === undefined) return null;
        if (typeof x === "string") {
          if (!parseAddress(x)) throw simError("InvalidArgument", "Chart.setPosition");
          return x;
        }
        return fullCell((x as unknown as SimRange)._rt().rect);
      };
      ch.position.startCell = toAddr(startCell);
      ch.position.endCell = toAddr(endCell);
    });
  }

  setData(sourceData: Excel.Range, seriesBy?: string): void {
    this._call("setData", "1.1", [seriesBy], (ch: ChartModel) => {
      const rt = (sourceData as unknown as SimRange)._rt();
      ch.series = seriesFromSource(model(this), ch, rt.sheet, rt.rect, seriesBy ?? "Auto");
    });
  }

  delete(): void {
    this._call("delete", "1.1", [], (ch: ChartModel) => {
      ch.deleted = true;
      const m = model(this);
      m.charts = m.charts.filter((c) => c !== ch);
    });
  }

  activate(): void {
    this._call("activate", "1.9", [], () => undefined);
  }
}

function fullCell(r: Rect): string {
  const col = (c: number) => {
    let s = "";
    let n = c + 1;
    while (n > 0) {
      const k = (n - 1) % 26;
      s = String.fromCharCode(65 + k) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  return `${col(r.c0)}${r.r0 + 1}`;
}

defineProps(SimChart, {
  id: { get: (ch: ChartModel) => ch.id, api: "1.7" },
  name: {
    get: (ch: ChartModel) => ch.name,
    set: (ch: ChartModel, v: string, o: SimObject) => {
      if (
        model(o).charts.some(
          (c) => c !== ch && c.sheet === ch.sheet && c.name.toLowerCase() === v.toLowerCase()
        )
      )
        throw simError("ItemAlreadyExists", "Chart.name");
      ch.name = v;
    },
  },
  chartType: {
    get: (ch: ChartModel) => ch.chartType,
    set: (ch: ChartModel, v: string) => {
      if (CHART_TYPES.size && !CHART_TYPES.has(v))
        throw simError("InvalidArgument", "Chart.chartType", `Unknown chart type ${v}.`);
      ch.chartType = v;
    },
    api: "1.7",
  },
  top: {
    get: (ch: ChartModel) => ch.position.top,
    set: (ch: ChartModel, v: number) => void (ch.position.top = v),
  },
  left: {
    get: (ch: ChartModel) => ch.position.left,
    set: (ch: ChartModel, v: number) => void (ch.position.left = v),
  },
  width: {
    get: (ch: ChartModel) => ch.position.width,
    set: (ch: ChartModel, v: number) => void (ch.position.width = v),
  },
  height: {
    get: (ch: ChartModel) => ch.position.height,
    set: (ch: ChartModel, v: number) => void (ch.position.height = v),
  },
});

export class SimChartTitle extends SimObject implements Pick<Excel.ChartTitle, "text" | "visible"> {
  static override entity = "ChartTitle";
  declare text: string;
  declare visible: boolean;
  declare overlay: boolean;
  get format(): Excel.ChartTitleFormat {
    return this._nav(
      "format",
      () => new SimChartTextFormat(this.context, () => this._t(), false)
    ) as unknown as Excel.ChartTitleFormat;
  }
}
defineProps(SimChartTitle, {
  text: field<{ text: string }>("text", "1.1", String),
  visible: field<{ visible: boolean }>("visible"),
  overlay: { get: () => false, set: () => undefined },
});

/** Font of titles and labels: recorded loosely (the preview uses it for bold/size). */
export class SimChartTextFormat extends SimObject {
  static override entity = "ChartTextFormat";
  get font(): Excel.ChartFont {
    return this._nav(
      "font",
      () => new SimChartFont(this.context, () => this._t(), false)
    ) as unknown as Excel.ChartFont;
  }
}
export class SimChartFont extends SimObject {
  static override entity = "ChartFont";
  declare bold: boolean;
  declare size: number;
  declare color: string;
  declare name: string;
  declare italic: boolean;
}
function fontField(key: string): PropSpec {
  return {
    get: (t: Record<string, unknown>) =>
      (t.font as Record<string, unknown> | undefined)?.[key] ?? null,
    set: (t: Record<string, unknown>, v: unknown) => {
      t.font = { ...((t.font as Record<string, unknown>) ?? {}), [key]: v };
    },
  };
}
defineProps(SimChartFont, {
  bold: fontField("bold"),
  size: fontField("size"),
  color: fontField("color"),
  name: fontField("name"),
  italic: fontField("italic"),
});

export class SimChartLegend
  extends SimObject
  implements Pick<Excel.ChartLegend, "visible" | "position" | "overlay">
{
  static override entity = "ChartLegend";
  declare visible: boolean;
  declare position: Excel.ChartLegendPosition | any;
  declare overlay: boolean;
}
defineProps(SimChartLegend, {
  visible: field<{ visible: boolean }>("visible"),
  position: field<{ position: string }>("position"),
  overlay: field<{ overlay: boolean }>("overlay"),
});

export class SimChartDataLabels
  extends SimObject
  implements
    Pick<
      Excel.ChartDataLabels,
      | "showValue"
      | "showCategoryName"
      | "showSeriesName"
      | "showPercentage"
      | "showLegendKey"
      | "position"
      | "numberFormat"
      | "separator"
    >
{
  static override entity = "ChartDataLabels";
  declare showValue: boolean;
  declare showCategoryName: boolean;
  declare showSeriesName: boolean;
  declare showPercentage: boolean;
  declare showLegendKey: boolean;
  declare position: Excel.ChartDataLabelPosition | any;
  declare numberFormat: string;
  declare separator: string;
}
defineProps(SimChartDataLabels, {
  showValue: field<DataLabelsModel>("showValue"),
  showCategoryName: field<DataLabelsModel>("showCategoryName"),
  showSeriesName: field<DataLabelsModel>("showSeriesName"),
  showPercentage: field<DataLabelsModel>("showPercentage"),
  showLegendKey: field<DataLabelsModel>("showLegendKey"),
  position: field<DataLabelsModel>("position"),
  numberFormat: field<DataLabelsModel>("numberFormat", "1.8"),
  separator: field<DataLabelsModel>("separator"),
});

// ---- axes ----

interface AxisTarget {
  chart: ChartModel;
  type: "category" | "value";
  group: "Primary" | "Secondary";
}

export class SimChartAxes extends SimObject {
  static override entity = "ChartAxes";
  private axis(type: "category" | "value", group: "Primary" | "Secondary"): SimChartAxis {
    return this._nav(
      `${type}:${group}`,
      () =>
        new SimChartAxis(
          this.context,
          () => {
            const ch = this._t<ChartModel>();
            return ch ? { chart: ch, type, group } : null;
          },
          false
        )
    );
  }
  get categoryAxis(): Excel.ChartAxis {
    return this.axis("category", "Primary") as unknown as Excel.ChartAxis;
  }
  get valueAxis(): Excel.ChartAxis {
    return this.axis("value", "Primary") as unknown as Excel.ChartAxis;
  }
  get seriesAxis(): Excel.ChartAxis {
    return this.axis("category", "Secondary") as unknown as Excel.ChartAxis;
  }
  /** ExcelApi 1.7: getItem(type: "Category" | "Value", group: "Primary" | "Secondary"). */
  getItem(type: string, group?: string): Excel.ChartAxis {
    const t =
      String(type).toLowerCase() === "value"
        ? "value"
        : String(type).toLowerCase() === "category"
          ? "category"
          : null;
    if (!t)
      throw simError("InvalidArgument", "ChartAxes.getItem", `Unsupported axis type ${type}.`);
    return this.axis(
      t,
      group === "Secondary" ? "Secondary" : "Primary"
    ) as unknown as Excel.ChartAxis;
  }
}

function axisModel(a: AxisTarget): ChartAxisModel {
  return live(a.chart).axes[a.type][a.group];
}

export class SimChartAxis
  extends SimObject
  implements Pick<Excel.ChartAxis, "numberFormat" | "visible" | "reversePlotOrder" | "displayUnit">
{
  static override entity = "ChartAxis";
  declare numberFormat: string;
  declare visible: boolean;
  declare minimum: any;
  declare maximum: any;
  declare reversePlotOrder: boolean;
  declare displayUnit: Excel.ChartAxisDisplayUnit | any;
  declare axisGroup: Excel.ChartAxisGroup | any;
  declare type: Excel.ChartAxisType | any;
  get title(): Excel.ChartAxisTitle {
    return this._nav(
      "title",
      () =>
        new SimChartTitle(
          this.context,
          () => {
            const a = this._t<AxisTarget>();
            return a ? axisModel(a).title : null;
          },
          false
        )
    ) as unknown as Excel.ChartAxisTitle;
  }
  get format(): Excel.ChartAxisFormat {
    return this._nav(
      "format",
      () =>
        new SimChartTextFormat(
          this.context,
          () => {
            const a = this._t<AxisTarget>();
            return a ? axisModel(a) : null;
          },
          false
        )
    ) as unknown as Excel.ChartAxisFormat;
  }
}
function axisField(key: keyof ChartAxisModel, api = "1.1"): PropSpec {
  return {
    get: (a: AxisTarget) => axisModel(a)[key],
    set: (a: AxisTarget, v: unknown) => {
      (axisModel(a) as unknown as Record<string, unknown>)[key] = v;
      // setting a property of the title makes it visible, as in Excel
    },
    api,
  };
}
defineProps(SimChartAxis, {
  numberFormat: axisField("numberFormat", "1.8"),
  visible: axisField("visible", "1.7"),
  minimum: axisField("minimum"),
  maximum: axisField("maximum"),
  reversePlotOrder: axisField("reversePlotOrder", "1.7"),
  displayUnit: axisField("displayUnit", "1.7"),
  axisGroup: { get: (a: AxisTarget) => a.group, api: "1.8" },
  type: { get: (a: AxisTarget) => (a.type === "value" ? "Value" : "Category"), api: "1.7" },
});

// ---- series ----

interface SeriesTarget {
  chart: ChartModel;
  series: SeriesModel;
}

function liveSeries(t: SeriesTarget): SeriesModel {
  live(t.chart);
  if (!t.chart.series.includes(t.series))
    throw simError("ItemNotFound", "ChartSeries", "The series was deleted.");
  return t.series;
}

function refFrom(
  o: SimObject,
  source: Excel.Range | string,
  m: WorkbookModel
): { sheet: SheetModel; rect: Rect } {
  if (typeof source === "string") {
    const p = parseAddress(source);
    const sheet = p?.sheet ? m.sheetByName(p.sheet) : undefined;
    if (!p || !sheet)
      throw simError("InvalidArgument", "ChartSeries", `Invalid address ${source}.`);
    return { sheet, rect: p };
  }
  void o;
  return (source as unknown as SimRange)._rt();
}

export class SimChartSeries
  extends SimObject
  implements
    Pick<
      Excel.ChartSeries,
      | "name"
      | "chartType"
      | "axisGroup"
      | "hasDataLabels"
      | "invertIfNegative"
      | "delete"
      | "setValues"
      | "setXAxisValues"
    >
{
  static override entity = "ChartSeries";
  declare name: string;
  declare chartType: Excel.ChartType | any;
  declare axisGroup: Excel.ChartAxisGroup | any;
  declare hasDataLabels: boolean;
  declare invertIfNegative: boolean;
  declare invertColor: string;
  declare markerStyle: Excel.ChartMarkerStyle | any;
  declare gapWidth: number;
  declare plotOrder: number;

  get dataLabels(): Excel.ChartDataLabels {
    return this._nav(
      "dataLabels",
      () =>
        new SimChartDataLabels(
          this.context,
          () => this._t<SeriesTarget>()?.series.dataLabels ?? null,
          false
        )
    ) as unknown as Excel.ChartDataLabels;
  }
  get format(): Excel.ChartSeriesFormat {
    return this._nav(
      "format",
      () => new SimSeriesFormat(this.context, () => this._t<SeriesTarget>()?.series ?? null, false)
    ) as unknown as Excel.ChartSeriesFormat;
  }
  get points(): Excel.ChartPointsCollection {
    return this._nav(
      "points",
      () => new SimChartPoints(this.context, () => this._t(), false)
    ) as unknown as Excel.ChartPointsCollection;
  }
  /** ExcelApi 1.7: the series' values come from `sourceData`. */
  setValues(sourceData: Excel.Range): void {
    this._call(
      "setValues",
      "1.7",
      [typeof sourceData === "string" ? sourceData : "range"],
      (t: SeriesTarget) => {
        const m = model(this);
        const r = refFrom(this, sourceData, m);
        liveSeries(t).values = linkRef(m, r.sheet, r.rect);
      }
    );
  }
  /** ExcelApi 1.7: the category (x) values come from `sourceData`. */
  setXAxisValues(sourceData: Excel.Range): void {
    this._call(
      "setXAxisValues",
      "1.7",
      [typeof sourceData === "string" ? sourceData : "range"],
      (t: SeriesTarget) => {
        const m = model(this);
        const r = refFrom(this, sourceData, m);
        liveSeries(t).xValues = linkRef(m, r.sheet, r.rect);
      }
    );
  }
  delete(): void {
    this._call("delete", "1.7", [], (t: SeriesTarget) => {
      t.chart.series = t.chart.series.filter((s) => s !== t.series);
    });
  }
  getDimensionValues(dimension: string): { value: string[] } {
    return this._callResult("getDimensionValues", "1.12", [dimension], (t: SeriesTarget) => {
      const view = chartView(model(this), t.chart) as {
        series: { values: unknown[]; categories: string[] }[];
      };
      const s = view.series[t.chart.series.indexOf(t.series)];
      return dimension === "Categories" || dimension === "XValues"
        ? s.categories
        : s.values.map((v) => (v === null ? "" : String(v)));
    });
  }
}
function seriesField(
  key: keyof SeriesModel,
  api = "1.1",
  check?: (v: unknown) => unknown
): PropSpec {
  return {
    get: (t: SeriesTarget) => t.series[key],
    set: (t: SeriesTarget, v: unknown) => {
      (liveSeries(t) as unknown as Record<string, unknown>)[key] = check ? check(v) : v;
    },
    api,
  };
}
defineProps(SimChartSeries, {
  name: {
    get: (t: SeriesTarget, o: SimObject) => {
      const view = chartView(model(o), t.chart) as { series: { name: string }[] };
      return view.series[t.chart.series.indexOf(t.series)]?.name ?? "";
    },
    set: (t: SeriesTarget, v: string) => {
      liveSeries(t).name = String(v);
      t.series.nameRef = null;
    },
  },
  chartType: {
    ...seriesField("chartType", "1.7"),
    // a series without a type of its own reads as the chart's type, as in Excel (it was null)
    get: (t: SeriesTarget) => t.series.chartType ?? t.chart.chartType,
  },
  axisGroup: seriesField("axisGroup", "1.8", (v) => (v === "Secondary" ? "Secondary" : "Primary")),
  hasDataLabels: seriesField("hasDataLabels", "1.7"),
  invertIfNegative: seriesField("invertIfNegative", "1.8"),
  invertColor: seriesField("invertColor", "1.9", (v) => normColor(String(v))),
  markerStyle: seriesField("markerStyle", "1.7"),
  gapWidth: seriesField("gapWidth", "1.8"),
  plotOrder: {
    get: (t: SeriesTarget) => t.chart.series.indexOf(t.series),
    set: (t: SeriesTarget, v: number) => {
      const s = liveSeries(t);
      t.chart.series = t.chart.series.filter((x) => x !== s);
      t.chart.series.splice(Math.max(0, Math.min(v, t.chart.series.length)), 0, s);
    },
    api: "1.7",
  },
});

export class SimSeriesFormat extends SimObject {
  static override entity = "ChartSeriesFormat";
  get fill(): Excel.ChartFill {
    return this._nav(
      "fill",
      () =>
        new SimChartFill(
          this.context,
          () => {
            const s = this._t<SeriesModel>();
            return s ? { set: (c: string | null) => (s.fill = c) } : null;
          },
          false
        )
    ) as unknown as Excel.ChartFill;
  }
  get line(): Excel.ChartLineFormat {
    return this._nav(
      "line",
      () => new SimChartLine(this.context, () => this._t(), false)
    ) as unknown as Excel.ChartLineFormat;
  }
}

interface FillTarget {
  set: (c: string | null) => void;
}
export class SimChartFill
  extends SimObject
  implements Pick<Excel.ChartFill, "setSolidColor" | "clear">
{
  static override entity = "ChartFill";
  setSolidColor(color: string): void {
    this._call("setSolidColor", "1.1", [color], (t: FillTarget) => t.set(normColor(color)));
  }
  clear(): void {
    this._call("clear", "1.1", [], (t: FillTarget) => t.set(null));
  }
}

export class SimChartLine extends SimObject {
  static override entity = "ChartLineFormat";
  declare color: string;
  declare weight: number;
  declare lineStyle: string;
}
defineProps(SimChartLine, {
  color: {
    get: (s: SeriesModel) => s.lineColor ?? "",
    set: (s: SeriesModel, v: string) => void (s.lineColor = normColor(v)),
  },
  weight: { get: () => 2.25, set: () => undefined, api: "1.7" },
  lineStyle: { get: () => "Continuous", set: () => undefined, api: "1.7" },
});

interface PointTarget {
  series: SeriesModel;
  index: number;
}
export class SimChartPoint extends SimObject {
  static override entity = "ChartPoint";
  declare value: any;
  get format(): Excel.ChartPointFormat {
    return this._nav(
      "format",
      () => new SimPointFormat(this.context, () => this._t(), false)
    ) as unknown as Excel.ChartPointFormat;
  }
}
defineProps(SimChartPoint, { value: { get: () => null } });
export class SimPointFormat extends SimObject {
  static override entity = "ChartPointFormat";
  get fill(): Excel.ChartFill {
    return this._nav(
      "fill",
      () =>
        new SimChartFill(
          this.context,
          () => {
            const p = this._t<PointTarget>();
            return p
              ? {
                  set: (c: string | null) => {
                    const cur = p.series.points.get(p.index) ?? {};
                    if (c === null) delete cur.fill;
                    else cur.fill = c;
                    p.series.points.set(p.index, cur);
                  },
                }
              : null;
          },
          false
        )
    ) as unknown as Excel.ChartFill;
  }
}
export class SimChartPoints extends SimCollection<SimChartPoint, PointTarget> {
  static override entity = "ChartPointsCollection";
  declare count: number;
  protected _itemClass() {
    return SimChartPoint;
  }
  protected _entities(): PointTarget[] {
    const t = this._t<SeriesTarget>();
    if (!t) return [];
    const view = chartView(model(this), t.chart) as { series: { values: unknown[] }[] };
    const n = view.series[t.chart.series.indexOf(t.series)]?.values.length ?? 0;
    return Array.from({ length: n }, (_, index) => ({ series: t.series, index }));
  }
  protected _find(key: string): PointTarget | undefined {
    return this._entities()[Number(key)];
  }
}
defineProps(SimChartPoints, {
  count: { get: (_t: SeriesTarget, o: SimObject) => (o as SimChartPoints)["_entities"]().length },
});

export class SimChartSeriesCollection extends SimCollection<SimChartSeries, SeriesTarget> {
  static override entity = "ChartSeriesCollection";
  declare count: number;
  protected _itemClass() {
    return SimChartSeries;
  }
  protected _entities(): SeriesTarget[] {
    const ch = this._t<ChartModel>();
    return ch ? ch.series.map((series) => ({ chart: ch, series })) : [];
  }
  protected _find(key: string): SeriesTarget | undefined {
    return this._entities().find((s) => String(s.series.id) === key);
  }
  /** ExcelApi 1.7: adds an empty series (values set with setValues). */
  add(name?: string, index?: number): Excel.ChartSeries {
    return this._added("ChartSeriesCollection.add", "1.7", () => {
      const ch = live(this._t<ChartModel>()!);
      const s = ch.newSeries(name ?? null);
      // a new series shares the categories of the first one, as in Excel
      s.xValues = ch.series[0]?.xValues ?? null;
      const at =
        index === undefined || index === null
          ? ch.series.length
          : Math.max(0, Math.min(index, ch.series.length));
      ch.series.splice(at, 0, s);
      return { chart: ch, series: s };
    }) as unknown as Excel.ChartSeries;
  }
}
defineProps(SimChartSeriesCollection, { count: { get: (ch: ChartModel) => ch.series.length } });

// ---- collection ----

export class SimChartCollection extends SimCollection<SimChart, ChartModel> {
  static override entity = "ChartCollection";
  declare count: number;
  protected _itemClass() {
    return SimChart;
  }
  protected _entities(): ChartModel[] {
    const s = this._t<SheetModel>();
    return model(this).charts.filter((c) => c.sheet === s);
  }
  protected _find(key: string): ChartModel | undefined {
    return this._entities().find((c) => c.name.toLowerCase() === key.toLowerCase() || c.id === key);
  }
  getItem(name: string): Excel.Chart {
    return this._getItem(name, false) as unknown as Excel.Chart;
  }
  getItemOrNullObject(name: string): Excel.Chart {
    return this._getItem(name, true, "1.4") as unknown as Excel.Chart;
  }
  /** Creates a chart from a source range; series by "Auto" | "Columns" | "Rows". */
  add(type: string, sourceData: Excel.Range, seriesBy?: string): Excel.Chart {
    return this._added("ChartCollection.add", "1.1", () => {
      const m = model(this);
      const sheet = this._t<SheetModel>()!;
      if (CHART_TYPES.size && !CHART_TYPES.has(type))
        throw simError("InvalidArgument", "ChartCollection.add", `Unknown chart type ${type}.`);
      const base = m.isFrench ? "Graphique" : "Chart";
      let k = 1;
      while (m.charts.some((c) => c.sheet === sheet && c.name === `${base} ${k}`)) k++;
      const ch = new ChartModel(`${base} ${k}`, sheet, type);
      const rt = refFrom(this, sourceData, m);
      ch.series = seriesFromSource(m, ch, rt.sheet, rt.rect, seriesBy ?? "Auto");
      m.charts.push(ch);
      return ch;
    }) as unknown as Excel.Chart;
  }
}
defineProps(SimChartCollection, {
  count: {
    get: (s: SheetModel, o: SimObject) => model(o).charts.filter((c) => c.sheet === s).length,
  },
});

worksheetExtensions.charts = (ws: SimWorksheet) =>
  new SimChartCollection(ws.context as SimContextLike, () => tOf(ws), false);

export function chartViews(m: WorkbookModel, sheet?: string): Record<string, unknown>[] {
  return m.charts
    .filter((c) => !c.deleted && (!sheet || c.sheet.name.toLowerCase() === sheet.toLowerCase()))
    .map((c) => chartView(m, c));
}

export function setChartTypes(types: Record<string, string>): void {
  for (const v of Object.values(types)) CHART_TYPES.add(v);
}
