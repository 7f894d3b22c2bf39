/**
 * Writing a plan's objects with Office.js, one stage per function. Each function only QUEUES
 * operations on the context (Office samples style); the caller syncs once per stage. Nothing here
 * loads or reads, so the number of round trips never depends on the data.
 */
import type {
  CellBlock,
  CellInput,
  CellStyle,
  ChartPlan,
  ConditionalFormatPlan,
  DashboardPlan,
  HostCapabilities,
  PivotPlan,
  RangeStylePlan,
  SheetKey,
  SheetPlan,
  TablePlan,
} from "../domain/dashboard/types";
import { cellAddress, rangeAddress } from "../domain/dashboard/a1";
import { safeText } from "../domain/dashboard/safe-text";
import { chunkValues } from "./chunks";

type Ctx = Excel.RequestContext;

/** Office.js "single input copy": a scalar set on a multi-cell range applies to every cell. */
export function setAll(
  range: Excel.Range,
  property: "values" | "formulas" | "numberFormat",
  value: string | number
): void {
  (range as unknown as Record<string, unknown>)[property] = value;
}

export function sheetOf(context: Ctx, plan: DashboardPlan, key: SheetKey): Excel.Worksheet {
  return context.workbook.worksheets.getItem(plan.names.sheets[key]);
}

/** Header row, body and total row addresses of a table plan. */
export function tableGeometry(t: TablePlan): {
  all: string;
  header: string;
  body: string;
  columns: number;
} {
  const columns = t.columns.length;
  return {
    all: rangeAddress(t.row, t.col, 1 + t.rowCount, columns),
    header: rangeAddress(t.row, t.col, 1, columns),
    body: rangeAddress(t.row + 1, t.col, t.rowCount, columns),
    columns,
  };
}

function columnBody(t: TablePlan, index: number, withTotal = false): string {
  return rangeAddress(
    t.row + 1,
    t.col + index,
    t.rowCount + (withTotal && t.showTotals ? 1 : 0),
    1
  );
}

function applyStyle(range: Excel.Range, style: CellStyle | undefined): void {
  if (!style) return;
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.underline) f.font.underline = "Single";
  if (style.size !== undefined) f.font.size = style.size;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.fill) f.fill.color = style.fill;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.hAlign) f.horizontalAlignment = style.hAlign;
  if (style.vAlign) f.verticalAlignment = style.vAlign;
}

// ------------------------------------------------------------------ sheets

/** Sheet-level settings: frozen rows, tab colour, column widths of free-standing columns. */
export function queueSheetLayout(
  context: Ctx,
  plan: DashboardPlan,
  sheet: SheetPlan,
  capabilities: HostCapabilities
): void {
  const ws = sheetOf(context, plan, sheet.key);
  if (sheet.freezeRows > 0) ws.freezePanes.freezeRows(sheet.freezeRows);
  ws.tabColor = sheet.tabColor;
  if (capabilities.invertColor) {
    // Page layout (ExcelApi 1.9): tables print as many pages wide as keep them readable, across
    // then down, their header rows (and first column, when several pages wide) repeated.
    const p = sheet.print;
    const layout = ws.pageLayout;
    layout.orientation = p.orientation;
    layout.leftMargin = p.margins.left;
    layout.rightMargin = p.margins.right;
    layout.topMargin = p.margins.top;
    layout.bottomMargin = p.margins.bottom;
    layout.headerMargin = p.margins.header;
    layout.footerMargin = p.margins.footer;
    if (p.fitToWidth) layout.zoom = { horizontalFitToPages: p.pagesWide, verticalFitToPages: 0 };
    layout.printOrder = p.pagesWide > 1 ? "OverThenDown" : "DownThenOver";
    if (p.titleRows) layout.setPrintTitleRows(p.titleRows);
    if (p.titleColumns) layout.setPrintTitleColumns(p.titleColumns);
    if (p.printArea) layout.setPrintArea(p.printArea);
    // Indents (ExcelApi 1.9) of the sheet's tables, whole columns, after the tables are written;
    // 0 on the other text columns, so that a refresh in place drops an indent a column lost.
    for (const t of plan.tables.filter((x) => x.sheet === sheet.key)) {
      const rows = 1 + t.rowCount + (t.showTotals ? 1 : 0);
      t.columns.forEach((c, i) => {
        if (c.hAlign === "Right") return;
        ws.getRange(rangeAddress(t.row, t.col + i, rows, 1)).format.indentLevel = c.indent ?? 0;
      });
    }
    for (const { address, level } of sheet.indents ?? [])
      ws.getRange(address).format.indentLevel = level;
  }
  for (const { col, width } of sheet.columnWidths)
    ws.getRange(cellAddress(0, col)).format.columnWidth = width;
}

// ------------------------------------------------------------------ the data table (chunked)

/**
 * Before the data rows: headers and the number format of each whole column. Formats go first so
 * that text columns ("@") receive the labels as text (no number or date conversion).
 */
export function queueDataHeader(
  context: Ctx,
  plan: DashboardPlan,
  t: TablePlan,
  /** Where the rows go: the data sheet, or a staging sheet for a refresh in place (no header). */
  target: { ws: Excel.Worksheet; header: boolean } = {
    ws: sheetOf(context, plan, t.sheet),
    header: true,
  }
): void {
  const { ws } = target;
  const g = tableGeometry(t);
  if (target.header) ws.getRange(g.header).values = [t.columns.map((c) => safeText(c.header))];
  t.columns.forEach((c, i) => {
    if (t.rowCount > 0) setAll(ws.getRange(columnBody(t, i)), "numberFormat", c.numberFormat);
  });
}

/**
 * One chunk of data rows (value columns only), calculation suspended: nothing depends on these
 * cells yet (the table's formulas come in the next request), so no recalculation is owed after
 * the sync. Formulas are never written under suspension: Excel leaves re-calculating to the
 * caller then, and the PivotTables read the calculated columns right after.
 */
export function queueDataChunk(
  context: Ctx,
  plan: DashboardPlan,
  t: TablePlan,
  valueCount: number,
  start: number,
  rows: number,
  ws: Excel.Worksheet = sheetOf(context, plan, t.sheet)
): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  ws.getRange(rangeAddress(t.row + 1 + start, t.col, rows, valueCount)).values = chunkValues(
    t.columns.slice(0, valueCount),
    start,
    rows
  );
}

// ------------------------------------------------------------------ tables

/**
 * An Excel Table from its plan: header, table object, values and formulas (calculated columns as
 * one formula each), formats, total row, widths. For the chunked data table the values are
 * already there (`valuesWritten`).
 */
export function queueTable(
  context: Ctx,
  plan: DashboardPlan,
  t: TablePlan,
  valuesWritten = false
): void {
  const ws = sheetOf(context, plan, t.sheet);
  const g = tableGeometry(t);
  if (!valuesWritten) {
    ws.getRange(g.header).values = [t.columns.map((c) => safeText(c.header))];
    t.columns.forEach((c, i) =>
      setAll(ws.getRange(columnBody(t, i)), "numberFormat", c.numberFormat)
    );
  }
  const table = ws.tables.add(`${rangeAddress(t.row, t.col, 1 + t.rowCount, g.columns)}`, true);
  table.name = t.name;
  table.style = t.style;
  table.showBandedRows = true;
  if (t.showTotals) table.showTotals = true;
  queueTableBody(ws, t, !valuesWritten);
}

/**
 * The body of a table that has its rows: calculated columns (one formula each), input columns
 * (unless already written), alignment, widths, the total row's formulas and formats.
 */
function queueTableBody(ws: Excel.Worksheet, t: TablePlan, writeInputs: boolean): void {
  const g = tableGeometry(t);
  t.columns.forEach((c, i) => {
    const body = ws.getRange(columnBody(t, i));
    const source = c.source;
    if (source.kind === "formula") {
      setAll(body, "formulas", source.formula);
    } else if (source.kind === "inputs" && writeInputs) {
      body.formulas = source.inputs.map((v) => [v]);
    }
    if (c.hAlign) {
      const whole = rangeAddress(t.row, t.col + i, 1 + t.rowCount + (t.showTotals ? 1 : 0), 1);
      ws.getRange(whole).format.horizontalAlignment = c.hAlign;
    }
    ws.getRange(cellAddress(t.row, t.col + i)).format.columnWidth = c.width;
  });
  if (t.showTotals) {
    const totals = t.columns.map((c) => (c.total === undefined ? "" : c.total));
    ws.getRange(rangeAddress(t.row + 1 + t.rowCount, t.col, 1, g.columns)).formulas = [totals];
    t.columns.forEach((c, i) =>
      setAll(
        ws.getRange(cellAddress(t.row + 1 + t.rowCount, t.col + i)),
        "numberFormat",
        c.numberFormat
      )
    );
    ws.getRange(rangeAddress(t.row + 1 + t.rowCount, t.col, 1, g.columns)).format.font.bold = true;
  }
  const header = ws.getRange(g.header).format;
  header.wrapText = true;
  header.verticalAlignment = "Center";
}

/**
 * Refresh in place of an existing table of the dashboard, whose data rows number `currentRows`
 * now: the same Table object gets the plan's number of rows and content.
 *
 * - The data table (`sales`, no total row) is resized (ExcelApi 1.13: no cell moves) and what is
 *   left under it in its columns is cleared; its values come from the staging sheet
 *   (`range.copyFrom`, values only, ExcelApi 1.9), so the request stays small whatever the rows.
 * - The other tables (a few dozen rows) get rows added at the end or deleted from the end, as
 *   Excel's "insert/delete table rows" do: the total row and whatever lies under the table in its
 *   columns (a note of the user's) move with it.
 * Then every column is rewritten whole (formats, formulas, inputs, total row): the result does not
 * depend on what a failed earlier attempt left, which is what makes a retry safe.
 */
export function queueTableInPlace(
  context: Ctx,
  plan: DashboardPlan,
  t: TablePlan,
  currentRows: number,
  staging: Excel.Worksheet | null
): void {
  const ws = sheetOf(context, plan, t.sheet);
  const g = tableGeometry(t);
  const table = ws.tables.getItem(t.name);
  table.style = t.style;
  table.showBandedRows = true;
  if (t.write === "chunked") {
    table.resize(g.all);
    const below = t.row + 1 + t.rowCount;
    if (below < MAX_SHEET_ROWS)
      ws.getRange(rangeAddress(below, t.col, MAX_SHEET_ROWS - below, g.columns)).clear("All");
  } else if (t.rowCount > currentRows) {
    const added: CellInput[][] = [];
    for (let r = currentRows; r < t.rowCount; r++)
      added.push(
        t.columns.map((c) =>
          c.source.kind === "inputs"
            ? c.source.inputs[r]
            : c.source.kind === "formula"
              ? c.source.formula
              : ""
        )
      );
    table.rows.add(null as unknown as number, added);
  } else {
    // From the end: each deletion brings the next row to the same index.
    for (let r = t.rowCount; r < currentRows; r++) table.rows.getItemAt(t.rowCount).delete();
  }
  t.columns.forEach((c, i) =>
    setAll(ws.getRange(columnBody(t, i)), "numberFormat", c.numberFormat)
  );
  if (t.write === "chunked" && staging) {
    const values = rangeAddress(t.row + 1, t.col, t.rowCount, valueColumnCount(t));
    ws.getRange(values).copyFrom(staging.getRange(values), "Values");
  }
  queueTableBody(ws, t, t.write !== "chunked");
}

/** Rows of a sheet (Excel 2007 and later). */
const MAX_SHEET_ROWS = 1_048_576;

function valueColumnCount(t: TablePlan): number {
  let n = 0;
  while (n < t.columns.length && t.columns[n].source.kind !== "formula") n++;
  return n;
}

// ------------------------------------------------------------------ free cells

export function queueCells(context: Ctx, plan: DashboardPlan, blocks: CellBlock[]): void {
  for (const b of blocks) {
    if (b.inputs.length === 0) continue;
    const ws = sheetOf(context, plan, b.sheet);
    const width = Math.max(...b.inputs.map((r) => r.length));
    const range = ws.getRange(rangeAddress(b.row, b.col, b.inputs.length, width));
    if (b.style?.numberFormat) setAll(range, "numberFormat", b.style.numberFormat);
    b.columnFormats?.forEach((f, i) => {
      if (f)
        setAll(ws.getRange(rangeAddress(b.row, b.col + i, b.inputs.length, 1)), "numberFormat", f);
    });
    range.formulas = b.inputs.map((r) => [...r, ...new Array<string>(width - r.length).fill("")]);
    applyStyle(range, { ...b.style, numberFormat: undefined });
  }
}

export function queueStyles(context: Ctx, plan: DashboardPlan, styles: RangeStylePlan[]): void {
  for (const s of styles) {
    const range = sheetOf(context, plan, s.sheet).getRange(s.address);
    if (s.style.numberFormat) setAll(range, "numberFormat", s.style.numberFormat);
    applyStyle(range, s.style);
  }
}

// ------------------------------------------------------------------ conditional formats

export function queueConditionalFormats(
  context: Ctx,
  plan: DashboardPlan,
  formats: ConditionalFormatPlan[]
): void {
  for (const cf of formats) {
    const range = sheetOf(context, plan, cf.sheet).getRange(cf.address);
    if (cf.kind === "sign") {
      const negative = range.conditionalFormats.add("CellValue");
      negative.cellValue.format.font.color = cf.negativeColor;
      negative.cellValue.rule = { formula1: "=0", operator: "LessThan" };
      const positive = range.conditionalFormats.add("CellValue");
      positive.cellValue.format.font.color = cf.positiveColor;
      positive.cellValue.rule = { formula1: "=0", operator: "GreaterThan" };
    } else {
      const icons = range.conditionalFormats.add("IconSet");
      icons.iconSet.style = cf.style;
      icons.iconSet.criteria = [
        {} as Excel.ConditionalIconCriterion,
        { type: "Number", operator: "GreaterThanOrEqual", formula: `=${cf.lower}` },
        { type: "Number", operator: "GreaterThanOrEqual", formula: `=${cf.upper}` },
      ];
    }
  }
}

// ------------------------------------------------------------------ pivots

export function queuePivot(context: Ctx, plan: DashboardPlan, p: PivotPlan): void {
  const ws = sheetOf(context, plan, p.sheet);
  const source = context.workbook.tables.getItem(plan.names.tables[p.source]);
  const pivot = ws.pivotTables.add(p.name, source, ws.getRange(p.anchor));
  for (const field of p.rows) pivot.rowHierarchies.add(pivot.hierarchies.getItem(field));
  for (const field of p.columns) pivot.columnHierarchies.add(pivot.hierarchies.getItem(field));
  for (const d of p.data) {
    const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(d.field));
    data.summarizeBy = "Sum";
    data.name = d.name;
    data.numberFormat = d.numberFormat;
    if (d.showAs) data.showAs = { calculation: d.showAs } as Excel.ShowAsRule;
  }
}

// ------------------------------------------------------------------ charts

export function queueChart(
  context: Ctx,
  plan: DashboardPlan,
  c: ChartPlan,
  capabilities: HostCapabilities
): void {
  const ws = sheetOf(context, plan, "charts");
  const src = sheetOf(context, plan, c.sourceSheet);
  const chart = ws.charts.add(c.type, src.getRange(c.series[0].values), "Columns");
  chart.name = c.name;
  queueChartContent(chart, src, c, capabilities, false);
  chart.setPosition(c.from, c.to);
}

/**
 * Refresh in place of an existing chart (same object: the user's size, position and own formats
 * stay): title, type (a distribution may go from a pie to a bar), and each series pointed at the
 * plan's ranges, which a refresh may have made longer or shorter.
 */
export function queueChartInPlace(
  context: Ctx,
  plan: DashboardPlan,
  c: ChartPlan,
  capabilities: HostCapabilities
): void {
  const chart = sheetOf(context, plan, "charts").charts.getItem(c.name);
  // Only a one-series chart changes type as a whole (a combo's series keep their own types).
  if (c.series.length === 1) chart.chartType = c.type;
  queueChartContent(chart, sheetOf(context, plan, c.sourceSheet), c, capabilities, true);
}

function queueChartContent(
  chart: Excel.Chart,
  src: Excel.Worksheet,
  c: ChartPlan,
  capabilities: HostCapabilities,
  existing: boolean
): void {
  const categories = src.getRange(c.categories);
  chart.title.text = c.title;
  c.series.forEach((s, i) => {
    const series = i === 0 || existing ? chart.series.getItemAt(i) : chart.series.add(s.name);
    if (i > 0 || existing) series.setValues(src.getRange(s.values));
    series.name = s.name;
    series.setXAxisValues(categories);
    if (s.type !== c.type) series.chartType = s.type;
    if (capabilities.pivotTables && s.axis === "Secondary") series.axisGroup = "Secondary";
    if (s.color) {
      if (s.type === "Line" || s.type === "LineMarkers") series.format.line.color = s.color;
      else if (s.type !== "Pie") series.format.fill.setSolidColor(s.color);
    } else if (existing && s.type === "Pie") {
      // A bar that became a pie: one colour per slice again, not the bar's blue for all.
      series.format.fill.clear();
    }
    if (s.negativeColor && capabilities.pivotTables) {
      series.invertIfNegative = true;
      if (capabilities.invertColor) series.invertColor = s.negativeColor;
    }
  });
  if (c.categoryAxis) {
    const axis = chart.axes.categoryAxis;
    axis.title.text = c.categoryAxis.title;
    if (c.categoryAxis.reversed) axis.reversePlotOrder = true;
    if (c.categoryAxis.numberFormat && capabilities.pivotTables)
      axis.numberFormat = c.categoryAxis.numberFormat;
  }
  if (c.valueAxis) {
    chart.axes.valueAxis.title.text = c.valueAxis.title;
    // Axis number formats need ExcelApi 1.8 (older hosts show the source cells' format).
    if (c.valueAxis.numberFormat && capabilities.pivotTables) {
      chart.axes.valueAxis.numberFormat = c.valueAxis.numberFormat;
    }
  }
  if (c.secondaryValueAxis && capabilities.pivotTables) {
    const axis = chart.axes.getItem("Value", "Secondary");
    axis.title.text = c.secondaryValueAxis.title;
    if (c.secondaryValueAxis.numberFormat) axis.numberFormat = c.secondaryValueAxis.numberFormat;
  }
  if (c.legend === "None") chart.legend.visible = false;
  else {
    chart.legend.visible = true;
    chart.legend.position = c.legend;
  }
  if (c.dataLabels === "percent") {
    chart.dataLabels.showPercentage = true;
    chart.dataLabels.showValue = false;
  } else if (existing) {
    // A pie that became a bar loses its percentage labels.
    chart.dataLabels.showPercentage = false;
  }
}
