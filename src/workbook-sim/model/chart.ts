/**
 * Charts: what a chart is made of (type, series with their source references, axes, titles, legend,
 * data labels, position), enough to draw it in the preview and to check it in tests. Series that
 * point at a whole table column follow the table when it grows or shrinks, as Excel's charts on tables do.
 */
import { fullAddress, Rect } from "../address";
import { isDateNumberFormat } from "../format/numberFormat";
import { SheetModel } from "./sheet";
import { TableModel } from "./table";
import type { WorkbookModel } from "./workbook";

/** A reference to cells: fixed, or tied to a table column (data body). */
export type CellRef = {
  sheet: SheetModel;
  rect: Rect;
  table?: TableModel;
  column?: number;
  header?: boolean;
};

export interface ChartTitleModel {
  text: string;
  visible: boolean;
}

export interface ChartAxisModel {
  title: ChartTitleModel;
  numberFormat: string;
  visible: boolean;
  minimum: number | null;
  maximum: number | null;
  reversePlotOrder: boolean;
  displayUnit: string;
}

export interface DataLabelsModel {
  showValue: boolean;
  showCategoryName: boolean;
  showSeriesName: boolean;
  showPercentage: boolean;
  showLegendKey: boolean;
  position: string;
  numberFormat: string;
  separator: string;
}

export interface SeriesModel {
  id: number;
  name: string | null;
  nameRef: CellRef | null;
  values: CellRef | null;
  xValues: CellRef | null;
  chartType: string | null;
  axisGroup: "Primary" | "Secondary";
  hasDataLabels: boolean;
  dataLabels: DataLabelsModel;
  fill: string | null;
  lineColor: string | null;
  invertIfNegative: boolean;
  invertColor: string | null;
  markerStyle: string | null;
  gapWidth: number | null;
  points: Map<number, { fill?: string }>;
}

export function defaultDataLabels(): DataLabelsModel {
  return {
    showValue: false,
    showCategoryName: false,
    showSeriesName: false,
    showPercentage: false,
    showLegendKey: false,
    position: "BestFit",
    numberFormat: "General",
    separator: ", ",
  };
}

export function defaultAxis(): ChartAxisModel {
  return {
    title: { text: "", visible: false },
    numberFormat: "General",
    visible: true,
    minimum: null,
    maximum: null,
    reversePlotOrder: false,
    displayUnit: "None",
  };
}

let chartCounter = 0;
let seriesCounter = 0;

export class ChartModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  chartType: string;
  series: SeriesModel[] = [];
  title: ChartTitleModel = { text: "", visible: true };
  legend = { visible: true, position: "Right", overlay: false };
  dataLabels: DataLabelsModel = defaultDataLabels();
  axes = {
    category: { Primary: defaultAxis(), Secondary: defaultAxis() },
    value: { Primary: defaultAxis(), Secondary: defaultAxis() },
  };
  position: {
    startCell: string | null;
    endCell: string | null;
    top: number;
    left: number;
    width: number;
    height: number;
  } = { startCell: null, endCell: null, top: 0, left: 0, width: 360, height: 216 };
  deleted = false;

  constructor(name: string, sheet: SheetModel, chartType: string) {
    chartCounter += 1;
    this.id = `{CH-${chartCounter}}`;
    this.name = name;
    this.sheet = sheet;
    this.chartType = chartType;
  }

  newSeries(name: string | null): SeriesModel {
    seriesCounter += 1;
    return {
      id: seriesCounter,
      name,
      nameRef: null,
      values: null,
      xValues: null,
      chartType: null,
      axisGroup: "Primary",
      hasDataLabels: false,
      dataLabels: defaultDataLabels(),
      fill: null,
      lineColor: null,
      invertIfNegative: false,
      invertColor: null,
      markerStyle: null,
      gapWidth: null,
      points: new Map(),
    };
  }
}

/** Ties a reference to a table column when it covers exactly that column's data body (or header). */
export function linkRef(m: WorkbookModel, sheet: SheetModel, rect: Rect): CellRef {
  if (rect.c0 === rect.c1) {
    for (const t of m.tables) {
      if (t.sheet !== sheet || rect.c0 < t.c0 || rect.c0 > t.c1) continue;
      if (rect.r0 === t.dataR0 && rect.r1 === t.dataR1)
        return { sheet, rect, table: t, column: t.columns[rect.c0 - t.c0].id };
    }
  }
  return { sheet, rect };
}

/** The current rectangle of a reference (a table-linked one follows its table). */
export function resolveRef(ref: CellRef): { sheet: SheetModel; rect: Rect } | null {
  if (ref.sheet.deleted) return null;
  if (ref.table && ref.column !== undefined) {
    const t = ref.table;
    if (t.deleted) return { sheet: ref.sheet, rect: ref.rect };
    const i = t.columns.findIndex((c) => c.id === ref.column);
    if (i < 0) return null;
    const c = t.c0 + i;
    return { sheet: t.sheet, rect: { r0: t.dataR0, r1: t.dataR1, c0: c, c1: c } };
  }
  return { sheet: ref.sheet, rect: ref.rect };
}

export function refAddress(ref: CellRef | null): string | null {
  if (!ref) return null;
  const r = resolveRef(ref);
  return r ? fullAddress(r.sheet.name, r.rect, true) : "#REF!";
}

function cellsOf(
  m: WorkbookModel,
  ref: CellRef | null
): { values: (number | string | boolean | null)[]; texts: string[] } {
  const r = ref ? resolveRef(ref) : null;
  if (!r) return { values: [], texts: [] };
  const values: (number | string | boolean | null)[] = [];
  const texts: string[] = [];
  for (let row = r.rect.r0; row <= r.rect.r1; row++) {
    for (let c = r.rect.c0; c <= r.rect.c1; c++) {
      values.push(m.cellResult(r.sheet, row, c).value);
      texts.push(m.cellText(r.sheet, row, c));
    }
  }
  return { values, texts };
}

/**
 * Series of a chart made from a source range, as Excel lays them out: series by the shorter side
 * ("Auto": columns when there are more rows than columns); a first row of text gives the series names;
 * a first column of text or dates (or an empty top-left cell) gives the categories.
 */
export function seriesFromSource(
  m: WorkbookModel,
  chart: ChartModel,
  sheet: SheetModel,
  rect: Rect,
  seriesBy: string
): SeriesModel[] {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rows >= cols);
  // Formula cells are taken as numbers (dates when date-formatted) without evaluating them: the
  // layout of a chart's source is read from its headers and first column, which are constants in practice.
  const val = (r: number, c: number) =>
    sheet.getFormula(r, c) !== undefined ? 0 : (sheet.getValue(r, c) ?? null);
  const isLabel = (r: number, c: number) => {
    const v = val(r, c);
    return (
      v === null ||
      typeof v === "string" ||
      (typeof v === "number" && isDateNumberFormat(m.style(sheet, r, c).numberFormat))
    );
  };
  const topLeftEmpty = val(rect.r0, rect.c0) === null;
  // header along the series-name side, categories along the other
  const lines = byColumns ? cols : rows;
  const length = byColumns ? rows : cols;
  const at = (line: number, k: number): [number, number] =>
    byColumns ? [rect.r0 + k, rect.c0 + line] : [rect.r0 + line, rect.c0 + k];
  let hasNames = length > 1;
  for (let line = 0; line < lines && hasNames; line++) {
    const [r, c] = at(line, 0);
    if (line === 0 && (topLeftEmpty || isLabel(r, c))) continue;
    const v = val(r, c);
    if (!(typeof v === "string" || v === null)) hasNames = false;
  }
  let hasCategories = lines > 1;
  if (hasCategories && !topLeftEmpty) {
    for (let k = hasNames ? 1 : 0; k < length; k++) {
      const [r, c] = at(0, k);
      if (!isLabel(r, c)) {
        hasCategories = false;
        break;
      }
    }
  }
  const first = hasNames ? 1 : 0;
  const span = (line: number): Rect => {
    const [r0, c0] = at(line, first);
    const [r1, c1] = at(line, length - 1);
    return { r0, c0, r1, c1 };
  };
  const catRef = hasCategories ? linkRef(m, sheet, span(0)) : null;
  const out: SeriesModel[] = [];
  for (let line = hasCategories ? 1 : 0; line < lines; line++) {
    const s = chart.newSeries(null);
    if (hasNames) {
      const [r, c] = at(line, 0);
      s.nameRef = { sheet, rect: { r0: r, r1: r, c0: c, c1: c } };
    }
    s.values = linkRef(m, sheet, span(line));
    s.xValues = catRef;
    out.push(s);
  }
  return out;
}

/** Everything the preview needs to draw a chart, with series values read from the workbook now. */
export function chartView(m: WorkbookModel, ch: ChartModel): Record<string, unknown> {
  const lang = m.isFrench ? "fr" : "en";
  return {
    name: ch.name,
    sheet: ch.sheet.name,
    chartType: ch.chartType,
    title: { ...ch.title },
    legend: { ...ch.legend },
    dataLabels: { ...ch.dataLabels },
    position: { ...ch.position },
    axes: {
      category: {
        primary: axisView(ch.axes.category.Primary),
        secondary: axisView(ch.axes.category.Secondary),
      },
      value: {
        primary: axisView(ch.axes.value.Primary),
        secondary: axisView(ch.axes.value.Secondary),
      },
    },
    series: ch.series.map((s, i) => {
      const vals = cellsOf(m, s.values);
      const cats = cellsOf(m, s.xValues);
      const nameCell = s.nameRef ? cellsOf(m, s.nameRef).texts[0] : null;
      return {
        name: s.name ?? nameCell ?? `${lang === "fr" ? "Série" : "Series"}${i + 1}`,
        chartType: s.chartType ?? ch.chartType,
        axisGroup: s.axisGroup,
        valuesAddress: refAddress(s.values),
        xValuesAddress: refAddress(s.xValues),
        nameAddress: refAddress(s.nameRef),
        values: vals.values.map((v) => (typeof v === "number" ? v : null)),
        categories: cats.texts.length ? cats.texts : vals.values.map((_, k) => String(k + 1)),
        hasDataLabels: s.hasDataLabels,
        dataLabels: { ...s.dataLabels },
        fill: s.fill,
        lineColor: s.lineColor,
        invertIfNegative: s.invertIfNegative,
        invertColor: s.invertColor,
        pointFills: Object.fromEntries(
          [...s.points.entries()].filter(([, p]) => p.fill).map(([k, p]) => [k, p.fill])
        ),
      };
    }),
  };
}

function axisView(a: ChartAxisModel): Record<string, unknown> {
  return {
    title: a.title.visible || a.title.text ? a.title.text : "",
    numberFormat: a.numberFormat,
    visible: a.visible,
    minimum: a.minimum,
    maximum: a.maximum,
    reversePlotOrder: a.reversePlotOrder,
    displayUnit: a.displayUnit,
  };
}
