/**
 * Export of the simulated workbook to .xlsx with exceljs (Node and browsers: `writeBuffer()`, no fs).
 * Written: values, formulas (file syntax: structured references qualified, `[#This Row]` for `@`,
 * `_xlfn.` prefixes) with their computed results, number formats, fonts, fills, alignment, borders,
 * column widths, frozen panes, merges, hyperlinks, tables (with total rows), conditional formats,
 * and the file asks for a full recalculation on load. PivotTables are written as their computed cells
 * (exceljs cannot write PivotTables) and charts are not written (exceljs cannot write charts): both are
 * listed on an extra sheet that says so; in Excel the task pane builds the real ones.
 */
import ExcelJS from "exceljs";
import { columnLetters, Rect, rectAddress } from "./address";
import { refAddress } from "./model/chart";
import { SheetModel } from "./model/sheet";
import { CellStyle } from "./model/styles";
import { WorkbookModel } from "./model/workbook";
import { CondFormatModel, sheetFormats } from "./api/conditional";
import { cachedTokens, toFileFormula } from "./formula/translate";
import { isFunctionCall, untokenize } from "./formula/tokens";

/** Functions newer than Excel 2007 are stored with the _xlfn. prefix in OOXML. */
const XLFN = new Set([
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "IFNA",
  "XLOOKUP",
  "XMATCH",
  "FILTER",
  "SORT",
  "SORTBY",
  "UNIQUE",
  "SEQUENCE",
  "LET",
  "DAYS",
  "ISOWEEKNUM",
  "AGGREGATE",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "PERCENTILE.INC",
  "FORECAST.LINEAR",
  "CEILING.MATH",
  "FLOOR.MATH",
  "RANDARRAY",
]);

export interface ExportOptions {
  /** Leave out the cached results of formulas (used to prove that a reader recalculates). */
  withoutCachedResults?: boolean;
  /**
   * Leave out the visible sheets nothing was ever written to (no cell, Table, chart or PivotTable)
   * other than the active one, such as the blank sheet a fresh workbook starts with. The command
   * line uses it for its own fresh workbook; a user's workbook is exported whole.
   */
  withoutBlankSheets?: boolean;
}

function fileFormula(m: WorkbookModel, s: SheetModel, r: number, c: number, f: string): string {
  const body = toFileFormula(f, { sheetName: s.name, row: r, col: c }, m);
  const tokens = cachedTokens(body);
  const out = tokens.map((t, i) =>
    t.type === "ident" && XLFN.has(t.text.toUpperCase()) && isFunctionCall(tokens, i)
      ? { ...t, text: `_xlfn.${t.text.toUpperCase()}` }
      : t
  );
  return untokenize(out);
}

function argb(color: string | undefined): { argb: string } | undefined {
  return color ? { argb: `FF${color.replace("#", "").toUpperCase()}` } : undefined;
}

const BORDER_STYLE: Record<string, string> = {
  Continuous: "thin",
  Dash: "dashed",
  DashDot: "dashDot",
  DashDotDot: "dashDotDot",
  Dot: "dotted",
  Double: "double",
  SlantDashDot: "slantDashDot",
};
const BORDER_WEIGHT: Record<string, string> = {
  Hairline: "hair",
  Thin: "thin",
  Medium: "medium",
  Thick: "thick",
};

function applyStyle(cell: ExcelJS.Cell, st: CellStyle): void {
  if (st.numberFormat) cell.numFmt = st.numberFormat;
  if (st.font) {
    // A cell font without name or size falls back to the spreadsheet's own default in LibreOffice
    // (a serif, much wider than Calibri), not to the workbook's Calibri 11: write them out.
    cell.font = {
      ...(st.font.bold ? { bold: true } : {}),
      ...(st.font.italic ? { italic: true } : {}),
      size: st.font.size || 11,
      name: st.font.name || "Calibri",
      ...(st.font.color ? { color: argb(st.font.color) } : {}),
      ...(st.font.underline ? { underline: st.font.underline === "Double" ? "double" : true } : {}),
      ...(st.font.strikethrough ? { strike: true } : {}),
    } as Partial<ExcelJS.Font>;
  }
  if (st.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(st.fill) };
  const h = st.horizontalAlignment?.toLowerCase();
  if (h || st.verticalAlignment || st.wrapText || st.indentLevel) {
    cell.alignment = {
      ...(h
        ? {
            horizontal: (h === "centeracrossselection"
              ? "centerContinuous"
              : h) as ExcelJS.Alignment["horizontal"],
          }
        : {}),
      ...(st.verticalAlignment
        ? {
            vertical: (st.verticalAlignment.toLowerCase() === "center"
              ? "middle"
              : st.verticalAlignment.toLowerCase()) as ExcelJS.Alignment["vertical"],
          }
        : {}),
      ...(st.wrapText ? { wrapText: true } : {}),
      ...(st.indentLevel ? { indent: st.indentLevel } : {}),
    };
  }
  if (st.borders) {
    const side = (name: string) => {
      const b = st.borders?.[name];
      if (!b || b.style === "None") return undefined;
      return {
        style: (BORDER_WEIGHT[b.weight ?? ""] ??
          BORDER_STYLE[b.style ?? "Continuous"] ??
          "thin") as ExcelJS.BorderStyle,
        ...(b.color ? { color: argb(b.color) } : {}),
      };
    };
    cell.border = {
      top: side("EdgeTop"),
      bottom: side("EdgeBottom"),
      left: side("EdgeLeft"),
      right: side("EdgeRight"),
    };
  }
}

/** exceljs value of a cell (formula object with cached result, hyperlink, error, plain value). */
function cellValue(
  m: WorkbookModel,
  s: SheetModel,
  r: number,
  c: number,
  opts: ExportOptions
): ExcelJS.CellValue {
  const f = s.getFormula(r, c);
  const res = m.cellResult(s, r, c);
  if (f !== undefined) {
    const formula = fileFormula(m, s, r, c, f);
    if (opts.withoutCachedResults) return { formula } as ExcelJS.CellFormulaValue;
    const result = res.isError
      ? { error: res.value as ExcelJS.CellErrorValue["error"] }
      : (res.value ?? undefined);
    return { formula, result } as ExcelJS.CellFormulaValue;
  }
  const link = s.hyperlinks.get(`${r},${c}`);
  const v = res.value;
  if (link) {
    const target = link.documentReference ? `#${link.documentReference}` : (link.address ?? "");
    return {
      text: String(v ?? link.textToDisplay ?? target),
      hyperlink: target,
      ...(link.screenTip ? { tooltip: link.screenTip } : {}),
    } as ExcelJS.CellHyperlinkValue;
  }
  if (v === null) return null;
  return v;
}

const CF_OPERATORS: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};
const CFVO: Record<string, string> = {
  LowestValue: "min",
  HighestValue: "max",
  Number: "num",
  Percent: "percent",
  Percentile: "percentile",
  Formula: "formula",
};

function cfValue(v: unknown): string | number {
  const s = String(v ?? "");
  const body = s.startsWith("=") ? s.slice(1) : s;
  return /^-?\d+(\.\d+)?$/.test(body) ? Number(body) : body;
}

function cfStyle(f: CondFormatModel): Partial<ExcelJS.Style> {
  return {
    ...(f.format.fontColor || f.format.bold || f.format.italic
      ? {
          font: {
            ...(f.format.fontColor ? { color: argb(f.format.fontColor) } : {}),
            ...(f.format.bold ? { bold: true } : {}),
            ...(f.format.italic ? { italic: true } : {}),
          },
        }
      : {}),
    ...(f.format.fill
      ? {
          fill: { type: "pattern", pattern: "solid", bgColor: argb(f.format.fill) } as ExcelJS.Fill,
        }
      : {}),
    ...(f.format.numberFormat ? { numFmt: f.format.numberFormat } : {}),
  };
}

function cfRule(f: CondFormatModel): ExcelJS.ConditionalFormattingRule | null {
  const base = { priority: f.priority + 1, ...(f.stopIfTrue ? { stopIfTrue: true } : {}) };
  switch (f.type) {
    case "CellValue": {
      const r = f.rule as { formula1?: string; formula2?: string; operator?: string };
      if (!r.operator) return null;
      return {
        ...base,
        type: "cellIs",
        operator: CF_OPERATORS[r.operator] as ExcelJS.CellIsRuleType["operator"],
        formulae: [cfValue(r.formula1), ...(r.formula2 !== undefined ? [cfValue(r.formula2)] : [])],
        style: cfStyle(f),
      } as ExcelJS.CellIsRuleType;
    }
    case "Custom": {
      const formula = String((f.rule as { formula?: string }).formula ?? "");
      return {
        ...base,
        type: "expression",
        formulae: [formula.startsWith("=") ? formula.slice(1) : formula],
        style: cfStyle(f),
      } as ExcelJS.ExpressionRuleType;
    }
    case "ContainsText": {
      const r = f.rule as { operator?: string; text?: string };
      const op =
        r.operator === "BeginsWith"
          ? "beginsWith"
          : r.operator === "EndsWith"
            ? "endsWith"
            : r.operator === "NotContains"
              ? "notContainsText"
              : "containsText";
      return {
        ...base,
        type: "containsText",
        operator: op,
        text: r.text ?? "",
        style: cfStyle(f),
      } as unknown as ExcelJS.ContainsTextRuleType;
    }
    case "TopBottom": {
      const r = f.rule as { type?: string; rank?: number };
      return {
        ...base,
        type: "top10",
        rank: r.rank ?? 10,
        percent: !!r.type?.endsWith("Percent"),
        bottom: !!r.type?.startsWith("Bottom"),
        style: cfStyle(f),
      } as ExcelJS.Top10RuleType;
    }
    case "ColorScale": {
      const cs = f.colorScale;
      if (!cs) return null;
      const crits = [cs.minimum, ...(cs.midpoint ? [cs.midpoint] : []), cs.maximum];
      return {
        ...base,
        type: "colorScale",
        cfvo: crits.map((c) => ({
          type: CFVO[c.type] ?? "num",
          ...(c.formula !== undefined && c.formula !== "" ? { value: cfValue(c.formula) } : {}),
        })),
        color: crits.map((c) => argb(c.color)!),
      } as unknown as ExcelJS.ColorScaleRuleType;
    }
    case "IconSet": {
      const is = f.iconSet;
      if (!is) return null;
      const name = is.style
        .replace(/^Three/, "3")
        .replace(/^Four/, "4")
        .replace(/^Five/, "5");
      return {
        ...base,
        type: "iconSet",
        iconSet: name as ExcelJS.IconSetRuleType["iconSet"],
        reverse: is.reverseIconOrder,
        showValue: !is.showIconOnly,
        cfvo: is.criteria.map((c, i) =>
          i === 0
            ? { type: "percent", value: 0 }
            : {
                type: CFVO[c.type] ?? "num",
                value: cfValue(c.formula),
                ...(c.operator === "GreaterThan" ? { gte: false } : {}),
              }
        ),
      } as unknown as ExcelJS.IconSetRuleType;
    }
    case "DataBar":
      return {
        ...base,
        type: "dataBar",
        cfvo: [{ type: "min" }, { type: "max" }],
        color: argb(f.dataBar?.positiveFillColor ?? "#638EC6"),
      } as unknown as ExcelJS.DataBarRuleType;
    default:
      return null;
  }
}

/** OOXML paper codes (ECMA-376 §18.3.1.63) of the Excel.PaperType values we meet. */
const PAPER: Record<string, ExcelJS.PaperSize> = {
  Letter: 1 as ExcelJS.PaperSize,
  Legal: 5 as ExcelJS.PaperSize,
  A3: 8 as ExcelJS.PaperSize,
  A4: 9 as ExcelJS.PaperSize,
  A5: 11 as ExcelJS.PaperSize,
};

function uniqueSheetName(m: WorkbookModel, base: string): string {
  let name = base;
  let k = 2;
  while (m.sheetByName(name)) name = `${base} (${k++})`;
  return name;
}

export async function exportWorkbook(
  m: WorkbookModel,
  opts: ExportOptions = {}
): Promise<Uint8Array> {
  m.settle();
  const wb = new ExcelJS.Workbook();
  wb.creator = "Suivi commercial (simulateur)";
  wb.calcProperties.fullCalcOnLoad = true;
  const fr = m.isFrench;
  const blank = (s: SheetModel) =>
    s.visibility === "Visible" &&
    s !== m.activeSheet &&
    s.maxRow < 0 &&
    s.maxCol < 0 &&
    s.colWidths.size === 0 &&
    !m.tables.some((t) => t.sheet === s) &&
    !m.charts.some((c) => c.sheet === s && !c.deleted) &&
    !m.pivots.some((p) => p.sheet === s && !p.deleted);
  const exported = opts.withoutBlankSheets ? m.sheets.filter((s) => !blank(s)) : m.sheets;
  for (const s of exported.length ? exported : m.sheets) {
    // One sheet view: frozen panes, gridlines, and whether its tab is the selected one.
    const view: Record<string, unknown> = {};
    if (s.freeze && (s.freeze.rows || s.freeze.cols)) {
      Object.assign(view, {
        state: "frozen",
        xSplit: s.freeze.cols,
        ySplit: s.freeze.rows,
        topLeftCell: `${columnLetters(s.freeze.cols)}${s.freeze.rows + 1}`,
      });
    }
    if (!s.showGridlines) view.showGridLines = false;
    if (s === m.activeSheet) view.tabSelected = true;
    const ws = wb.addWorksheet(s.name, {
      views: Object.keys(view).length ? [view as unknown as ExcelJS.WorksheetView] : [],
      state:
        s.visibility === "Visible"
          ? "visible"
          : s.visibility === "Hidden"
            ? "hidden"
            : "veryHidden",
      ...(s.tabColor ? { properties: { tabColor: argb(s.tabColor) } } : {}),
    });
    const pl = s.pageLayout;
    const fit =
      pl.zoom.horizontalFitToPages !== undefined || pl.zoom.verticalFitToPages !== undefined;
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: pl.orientation === "Landscape" ? "landscape" : "portrait",
      horizontalCentered: pl.centerHorizontally,
      verticalCentered: pl.centerVertically,
      showGridLines: pl.printGridlines,
      ...(fit
        ? {
            fitToPage: true,
            fitToWidth: pl.zoom.horizontalFitToPages ?? 0,
            fitToHeight: pl.zoom.verticalFitToPages ?? 0,
          }
        : { scale: pl.zoom.scale ?? 100 }),
      ...(PAPER[pl.paperSize] ? { paperSize: PAPER[pl.paperSize] } : {}),
      ...(pl.printOrder === "OverThenDown" ? { pageOrder: "overThenDown" as const } : {}),
      margins: {
        left: pl.leftMargin / 72,
        right: pl.rightMargin / 72,
        top: pl.topMargin / 72,
        bottom: pl.bottomMargin / 72,
        header: pl.headerMargin / 72,
        footer: pl.footerMargin / 72,
      },
      ...(pl.printTitleRows
        ? { printTitlesRow: `${pl.printTitleRows.r0 + 1}:${pl.printTitleRows.r1 + 1}` }
        : {}),
      ...(pl.printTitleColumns
        ? {
            printTitlesColumn: `${columnLetters(pl.printTitleColumns.c0)}:${columnLetters(pl.printTitleColumns.c1)}`,
          }
        : {}),
      // exceljs writes "$" + each corner: "A$1" becomes the absolute "$A$1" that readers expect
      // (LibreOffice ignores a print area written "$A1:$M31").
      ...(pl.printArea
        ? {
            printArea: `${columnLetters(pl.printArea.c0)}$${pl.printArea.r0 + 1}:${columnLetters(pl.printArea.c1)}$${pl.printArea.r1 + 1}`,
          }
        : {}),
    };
    for (const [c, w] of s.colWidths)
      ws.getColumn(c + 1).width = Math.max(0, Math.round((((w * 4) / 3 - 5) / 7) * 100) / 100);
    for (const c of s.hiddenCols) ws.getColumn(c + 1).hidden = true;
    for (const [c, id] of s.colStyles)
      if (m.styles.get(id).numberFormat)
        ws.getColumn(c + 1).numFmt = m.styles.get(id).numberFormat!;
    const last = Math.min(s.maxRow, s.rows.length - 1);
    for (let r = 0; r <= last; r++) {
      const row = s.rows[r];
      if (!row) continue;
      const n = Math.max(row.v.length, row.f?.length ?? 0, row.s?.length ?? 0);
      const xrow = ws.getRow(r + 1);
      if (s.rowHeights.has(r)) xrow.height = s.rowHeights.get(r)!;
      if (s.hiddenRows.has(r)) xrow.hidden = true;
      for (let c = 0; c < n; c++) {
        const has = row.v[c] !== undefined || row.f?.[c] !== undefined;
        const sid = s.styleId(r, c);
        if (!has && !sid) continue;
        const cell = xrow.getCell(c + 1);
        if (has) cell.value = cellValue(m, s, r, c, opts);
        if (sid) applyStyle(cell, m.styles.get(sid));
      }
    }
    for (const mg of s.merges) ws.mergeCells(mg.r0 + 1, mg.c0 + 1, mg.r1 + 1, mg.c1 + 1);
    for (const t of m.tables.filter((x) => x.sheet === s)) {
      const rows: ExcelJS.CellValue[][] = [];
      for (let r = t.dataR0; r <= t.dataR1; r++) {
        const line: ExcelJS.CellValue[] = [];
        for (let c = t.c0; c <= t.c1; c++)
          line.push(s.hasContent(r, c) ? cellValue(m, s, r, c, opts) : null);
        rows.push(line);
      }
      const totals = t.totalsRow;
      const columns = t.columns.map((col, i) => {
        const def: Record<string, unknown> = { name: col.name, filterButton: t.showFilterButton };
        if (totals !== null) {
          const c = t.c0 + i;
          const f = s.getFormula(totals, c);
          if (i === 0) def.totalsRowLabel = String(m.cellResult(s, totals, c).value ?? "");
          else if (f !== undefined) {
            def.totalsRowFunction = "custom";
            def.totalsRowFormula = fileFormula(m, s, totals, c, f);
            if (!opts.withoutCachedResults)
              def.totalsRowResult = m.cellResult(s, totals, c).value ?? undefined;
          }
        }
        return def as unknown as ExcelJS.TableColumnProperties;
      });
      ws.addTable({
        name: t.name,
        ref: `${columnLetters(t.c0)}${t.r0 + 1}`,
        headerRow: t.showHeaders,
        totalsRow: t.showTotals,
        style: {
          theme: t.style as ExcelJS.TableStyleProperties["theme"],
          showRowStripes: t.showBandedRows,
          showColumnStripes: t.showBandedColumns,
          showFirstColumn: t.highlightFirstColumn,
          showLastColumn: t.highlightLastColumn,
        },
        columns,
        rows,
      });
      // total-row constants other than the first label (exceljs writes only formulas there)
      if (totals !== null) {
        for (let c = t.c0 + 1; c <= t.c1; c++) {
          if (s.getFormula(totals, c) === undefined && s.getValue(totals, c) !== undefined)
            ws.getRow(totals + 1).getCell(c + 1).value = cellValue(m, s, totals, c, opts);
        }
      }
    }
    const cfs = sheetFormats(m, s).sort((a, b) => a.priority - b.priority);
    for (const f of cfs) {
      const rule = cfRule(f);
      if (rule) ws.addConditionalFormatting({ ref: rectAddress(f.rect), rules: [rule] });
    }
  }
  // The file opens on the workbook's active sheet (as Excel saves it).
  const active = m.activeSheet
    ? wb.worksheets.findIndex((w) => w.name === m.activeSheet!.name)
    : -1;
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 28800,
      height: 17600,
      firstSheet: 0,
      activeTab: Math.max(0, active),
      visibility: "visible",
    },
  ];
  const charts = m.charts.filter((c) => !c.deleted);
  const pivots = m.pivots.filter((p) => !p.deleted);
  if (charts.length || pivots.length) {
    const ws = wb.addWorksheet(
      uniqueSheetName(m, fr ? "Objets non exportés" : "Objects not exported")
    );
    const lines: (string | number)[][] = fr
      ? [
          ["Ce fichier a été écrit par le simulateur de classeur (exceljs)."],
          [
            "exceljs ne sait écrire ni graphiques ni tableaux croisés dynamiques : les graphiques ci-dessous ne sont pas dans ce fichier,",
          ],
          [
            "et les TCD y figurent sous forme de cellules calculées (valeurs figées). Dans Excel, le volet Office construit les vrais objets.",
          ],
          [],
        ]
      : [
          ["This file was written by the workbook simulator (exceljs)."],
          ["exceljs cannot write charts or PivotTables: the charts below are not in this file,"],
          [
            "and the PivotTables are written as their computed cells (static values). In Excel, the task pane builds the real objects.",
          ],
          [],
        ];
    if (charts.length) {
      lines.push(
        fr
          ? [
              "Graphiques",
              "Feuille",
              "Nom",
              "Type",
              "Titre",
              "Série",
              "Valeurs",
              "Catégories",
              "Axe",
            ]
          : ["Charts", "Sheet", "Name", "Type", "Title", "Series", "Values", "Categories", "Axis"]
      );
      for (const ch of charts) {
        ch.series.forEach((sr, i) => {
          const name =
            sr.name ??
            (sr.nameRef
              ? String(
                  m.cellResult(sr.nameRef.sheet, sr.nameRef.rect.r0, sr.nameRef.rect.c0).value ?? ""
                )
              : `${fr ? "Série" : "Series"}${i + 1}`);
          lines.push([
            "",
            ch.sheet.name,
            ch.name,
            sr.chartType ?? ch.chartType,
            ch.title.text,
            name,
            refAddress(sr.values) ?? "",
            refAddress(sr.xValues) ?? "",
            sr.axisGroup,
          ]);
        });
      }
      lines.push([]);
    }
    if (pivots.length) {
      lines.push(
        fr
          ? [
              "Tableaux croisés",
              "Feuille",
              "Nom",
              "Source",
              "Lignes",
              "Colonnes",
              "Valeurs",
              "Cellules",
            ]
          : ["PivotTables", "Sheet", "Name", "Source", "Rows", "Columns", "Values", "Cells"]
      );
      for (const p of pivots) {
        lines.push([
          "",
          p.sheet.name,
          p.name,
          p.source.table ? p.source.table.name : rectAddress(p.source.rect as Rect),
          p.rows.join(", "),
          p.columns.join(", "),
          p.data.map((d) => d.name).join(", "),
          p.output ? rectAddress(p.output.rect) : "",
        ]);
      }
    }
    lines.forEach((l, i) => (ws.getRow(i + 1).values = l));
    ws.getRow(1).font = { bold: true, size: 11, name: "Calibri" };
    ws.getColumn(1).width = 18;
    // Columns of the lists as wide as their longest entry (the notes above them overflow).
    for (let c = 1; c < 9; c++) {
      const longest = Math.max(...lines.slice(4).map((l) => String(l[c] ?? "").length));
      if (longest > 0) ws.getColumn(c + 1).width = Math.min(28, longest + 1);
    }
    // Printed on its own page width, like the dashboard's sheets.
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: PAPER.A4,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
