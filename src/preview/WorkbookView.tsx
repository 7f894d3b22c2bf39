/**
 * The simulated workbook as Excel shows it: name box and formula bar, a grid of displayed values
 * (number formats, bold, fills, conditional formats), frozen panes, charts drawn over their cells,
 * and sheet tabs. Read through the simulator's inspection API; selecting a cell goes through the
 * Excel API, as a user's click does in Excel.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
} from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang } from "../domain/import/types";
import { displayFormula } from "../taskpane/trainer/formulaLocale";
import type { CellInfo, SheetInfo } from "../workbook-sim/inspect";
import type { SimulatedExcel } from "../workbook-sim";
import { ChartSvg } from "./charts/ChartSvg";
import { chartViews, type ColumnLeft, type PlacedChart } from "./chartViews";
import { cellOverlays, type CellOverlay } from "./conditionalFormats";
import { formatForChart } from "./numberFormat";
import { PREVIEW_STRINGS } from "./strings";

const ROW_HEIGHT = 22;
const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 44;
/** Rows drawn beyond the visible ones, above and below. */
const OVERSCAN = 10;
const EXCEL_GREEN = "#217346";

/** Points (Excel widths) to CSS pixels. */
const px = (points: number) => Math.round((points * 4) / 3);

export function columnLetters(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** "B5" → {row: 4, col: 1}; "B5:C9" → its first cell. */
export function parseCell(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/.exec(address.replace(/^.*!/, ""));
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

const useStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    minHeight: 0,
    flexGrow: 1,
    backgroundColor: "#FFFFFF",
    color: "#000000",
  },
  bar: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: "1px solid #D4D4D4",
    backgroundColor: "#F3F3F3",
  },
  nameBox: {
    width: "7em",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: "2px 6px",
    border: "1px solid #C8C8C8",
    backgroundColor: "#FFFFFF",
    color: "#000000",
  },
  fx: { fontStyle: "italic", color: "#444444", fontFamily: "Georgia, serif" },
  formula: {
    flexGrow: 1,
    minWidth: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: "2px 6px",
    border: "1px solid #C8C8C8",
    backgroundColor: "#FFFFFF",
    color: "#000000",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    position: "relative",
    minHeight: 0,
    ":focus-visible": { outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: "-2px" },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: "Aptos Narrow, Calibri, Carlito, Arial, sans-serif",
    fontSize: "14px",
  },
  colHeader: {
    position: "sticky",
    top: 0,
    zIndex: 6,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: "#EFEFEF",
    color: "#333333",
    fontWeight: "normal",
    fontSize: "12px",
    textAlign: "center",
    borderRight: "1px solid #D4D4D4",
    borderBottom: "1px solid #BDBDBD",
  },
  corner: { left: 0, zIndex: 7 },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 4,
    width: `${ROW_HEADER_WIDTH}px`,
    backgroundColor: "#EFEFEF",
    color: "#333333",
    fontSize: "12px",
    textAlign: "center",
    fontWeight: "normal",
    borderRight: "1px solid #BDBDBD",
    borderBottom: "1px solid #D4D4D4",
  },
  cell: {
    height: `${ROW_HEIGHT - 1}px`,
    padding: "0 4px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "clip",
    borderRight: "1px solid #E1E1E1",
    borderBottom: "1px solid #E1E1E1",
    cursor: "cell",
  },
  frozenRow: { position: "sticky", zIndex: 2 },
  frozenEdge: { borderBottom: "2px solid #9E9E9E" },
  spill: { overflow: "visible", position: "relative", zIndex: 1 },
  spillText: { display: "inline-block", overflow: "hidden", verticalAlign: "top" },
  /** A frozen cell's text spills over its (opaque) frozen neighbours. */
  spillFrozen: { zIndex: 3 },
  link: { color: "#0563C1", textDecoration: "underline", cursor: "pointer" },
  selected: { outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: "-2px" },
  inRange: { backgroundColor: "#D6EBDD" },
  chart: {
    position: "absolute",
    zIndex: 1,
    boxShadow: "0 1px 3px rgba(0,0,0,0.25)",
  },
  tabs: {
    display: "flex",
    alignItems: "stretch",
    columnGap: "2px",
    overflowX: "auto",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTop: "1px solid #C8C8C8",
    backgroundColor: "#F3F3F3",
    minHeight: "30px",
  },
  tab: {
    border: "none",
    borderBottom: "3px solid transparent",
    backgroundColor: "transparent",
    color: "#222222",
    padding: "4px 12px",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":focus-visible": { outline: `2px solid ${EXCEL_GREEN}`, outlineOffset: "-2px" },
  },
  tabActive: { backgroundColor: "#FFFFFF", color: EXCEL_GREEN, fontWeight: "bold" },
  icon: { marginRight: "3px" },
  empty: { padding: tokens.spacingHorizontalL, color: "#555555" },
});

interface Selection {
  sheet: string;
  anchor: { row: number; col: number };
  focus: { row: number; col: number };
}

export interface WorkbookViewProps {
  sim: SimulatedExcel;
  /** Bumped after every Excel.run: the view reads the workbook again. */
  version: number;
  lang: Lang;
}

export function WorkbookView({ sim, version, lang }: WorkbookViewProps) {
  const styles = useStyles();
  const t = PREVIEW_STRINGS[lang];
  const inspector = sim.workbook;
  // Read at every render: during a build the add-in renames and swaps sheets between two syncs.
  const sheets: SheetInfo[] = safe(
    () => inspector.sheets().filter((s) => s.visibility === "Visible"),
    []
  );
  const [active, setActive] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const scroller = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  // Follow the workbook: the active sheet and the selection the add-in (or a click) set.
  useEffect(() => {
    const model = sim.core.model;
    const sheet = model.activeSheet;
    if (!sheet) return;
    setActive(sheet.name);
    const r = sheet.selection;
    setSelection({
      sheet: sheet.name,
      anchor: { row: r.r0, col: r.c0 },
      focus: { row: r.r1, col: r.c1 },
    });
  }, [sim, version]);

  const sheetName =
    active && sheets.some((s) => s.name === active) ? active : (sheets[0]?.name ?? null);
  const used = sheetName ? safe(() => inspector.usedRange(sheetName), null) : null;
  const grid: CellInfo[][] = useMemo(
    () =>
      sheetName && used
        ? safe(() => inspector.grid(sheetName, `A1:${used.split(":").pop()}`), [])
        : [],
    [inspector, sheetName, used, version]
  );
  const colCount = Math.max((grid[0]?.length ?? 0) + 2, 12);
  const widths = useMemo(
    () =>
      sheetName
        ? displayWidths(safe(() => inspector.columnWidths(sheetName, colCount), []).map(px), grid)
        : [],
    [inspector, sheetName, colCount, grid, version]
  );
  const frozen = sheetName ? (safe(() => inspector.frozenPanes(sheetName), null)?.rows ?? 0) : 0;
  const overlays: Map<string, CellOverlay> = useMemo(
    () =>
      sheetName
        ? safe(() => cellOverlays(sim, sheetName), new Map<string, CellOverlay>())
        : new Map(),
    [sim, sheetName, version]
  );
  const charts: PlacedChart[] = useMemo(
    () => (sheetName ? safe(() => chartViews(sim, sheetName, lang), []) : []),
    [sim, sheetName, lang, version]
  );
  // Rows drawn: the data, and the charts' cells (rows go on under a chart, as in Excel).
  const chartRows = Math.max(
    0,
    ...charts.map((chart) => {
      const box = chartBox(chart, () => 0);
      return Math.ceil((box.top + box.height - HEADER_HEIGHT) / ROW_HEIGHT) + 2;
    })
  );
  const rowCount = Math.max(grid.length + 5, 30, chartRows);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setViewport(el.clientHeight);
    update();
    const observer = typeof ResizeObserver !== "undefined" ? new ResizeObserver(update) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  // Scroll the selected cell into view when the add-in selects it.
  useEffect(() => {
    const el = scroller.current;
    if (!el || !selection || selection.sheet !== sheetName) return;
    const top = HEADER_HEIGHT + selection.anchor.row * ROW_HEIGHT;
    if (
      top < el.scrollTop + HEADER_HEIGHT + frozen * ROW_HEIGHT ||
      top > el.scrollTop + el.clientHeight - ROW_HEIGHT * 2
    ) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 3);
    }
    let left = ROW_HEADER_WIDTH;
    for (let c = 0; c < selection.anchor.col; c++) left += widths[c] ?? 64;
    if (left < el.scrollLeft || left > el.scrollLeft + el.clientWidth - 80)
      el.scrollLeft = Math.max(0, left - 80);
  }, [version, sheetName]);

  const selectInWorkbook = useCallback(
    async (sheet: string, address: string) => {
      await sim.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    },
    [sim]
  );

  const showSheet = (name: string) => {
    setActive(name);
    if (scroller.current) {
      scroller.current.scrollTop = 0;
      scroller.current.scrollLeft = 0;
    }
    void sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  };

  const onCellDown = (event: MouseEvent, row: number, col: number) => {
    if (!sheetName) return;
    // A hyperlink to a cell of the workbook goes there, as a click on it does in Excel.
    const link = grid[row]?.[col]?.hyperlink?.address;
    if (link && !event.shiftKey) {
      event.preventDefault();
      const at = link.lastIndexOf("!");
      const target =
        at > 0
          ? link
              .slice(0, at)
              .replace(/^'(.*)'$/, "$1")
              .replace(/''/g, "'")
          : sheetName;
      void selectInWorkbook(target, link.slice(at + 1));
      return;
    }
    event.preventDefault();
    dragging.current = true;
    const anchor =
      event.shiftKey && selection?.sheet === sheetName ? selection.anchor : { row, col };
    setSelection({ sheet: sheetName, anchor, focus: { row, col } });
  };
  const onCellEnter = (row: number, col: number) => {
    if (dragging.current && selection && sheetName)
      setSelection({ ...selection, focus: { row, col } });
  };
  useEffect(() => {
    const up = () => {
      if (!dragging.current) return;
      dragging.current = false;
      if (selection) void selectInWorkbook(selection.sheet, rangeAddress(selection));
    };
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, [selection, selectInWorkbook]);

  const sel = selection && selection.sheet === sheetName ? selection : null;
  const current = sel ? grid[sel.anchor.row]?.[sel.anchor.col] : undefined;
  const bar = current
    ? current.formula
      ? displayFormula(current.formula, lang)
      : current.text || String(current.value ?? "")
    : "";

  const first = Math.max(frozen, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const rows: number[] = [];
  for (let r = 0; r < frozen && r < rowCount; r++) rows.push(r);
  for (let r = first; r < last; r++) rows.push(r);
  const cols = Array.from({ length: colCount }, (_, c) => c);
  const colLeft = (c: number) => ROW_HEADER_WIDTH + widths.slice(0, c).reduce((a, b) => a + b, 0);
  const totalWidth = colLeft(colCount);

  const inRange = (r: number, c: number) =>
    sel !== null &&
    r >= Math.min(sel.anchor.row, sel.focus.row) &&
    r <= Math.max(sel.anchor.row, sel.focus.row) &&
    c >= Math.min(sel.anchor.col, sel.focus.col) &&
    c <= Math.max(sel.anchor.col, sel.focus.col);

  return (
    <section className={styles.view} aria-label={t.workbook} data-testid="workbook">
      <div className={styles.bar}>
        <output className={styles.nameBox} aria-label={t.nameBox} data-testid="name-box">
          {sel ? `${columnLetters(sel.anchor.col)}${sel.anchor.row + 1}` : ""}
        </output>
        <span className={styles.fx} aria-hidden="true">
          fx
        </span>
        <output
          className={styles.formula}
          aria-label={t.formulaBar}
          data-testid="formula-bar"
          title={bar}
        >
          {bar}
        </output>
      </div>
      <div
        className={styles.scroller}
        ref={scroller}
        onScroll={(e) => setScrollTop((e.target as HTMLDivElement).scrollTop)}
        // Focusable so the sheet scrolls with the arrow keys too.
        tabIndex={0}
        role="group"
        aria-label={sheetName ?? t.emptyWorkbook}
        data-testid="grid-scroller"
        data-sheet={sheetName ?? ""}
      >
        {sheetName === null ? (
          <p className={styles.empty}>{t.emptyWorkbook}</p>
        ) : (
          <div
            style={{
              position: "relative",
              width: `${totalWidth}px`,
              height: `${HEADER_HEIGHT + rowCount * ROW_HEIGHT}px`,
            }}
          >
            <table
              className={styles.table}
              style={{ width: `${totalWidth}px` }}
              data-testid="grid"
              aria-label={sheetName}
            >
              <colgroup>
                <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
                {cols.map((c) => (
                  <col key={c} style={{ width: `${widths[c] ?? 64}px` }} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <th
                    className={mergeClasses(styles.colHeader, styles.rowHeader, styles.corner)}
                    scope="col"
                  >
                    <span style={visuallyHidden}>{t.nameBox}</span>
                  </th>
                  {cols.map((c) => (
                    <th key={c} className={styles.colHeader} scope="col">
                      {columnLetters(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => {
                  const gap =
                    i > 0 && r !== rows[i - 1] + 1 ? (r - rows[i - 1] - 1) * ROW_HEIGHT : 0;
                  const isFrozen = r < frozen;
                  const rowStyle: CSSProperties | undefined = isFrozen
                    ? { top: `${HEADER_HEIGHT + r * ROW_HEIGHT}px` }
                    : undefined;
                  const cells = (
                    <tr key={r} data-row={r + 1}>
                      <th
                        scope="row"
                        className={mergeClasses(
                          styles.rowHeader,
                          isFrozen && styles.frozenRow,
                          r === frozen - 1 && styles.frozenEdge
                        )}
                        style={isFrozen ? { ...rowStyle, zIndex: 5 } : undefined}
                      >
                        {r + 1}
                      </th>
                      {cols.map((c) => {
                        const cell = grid[r]?.[c];
                        const overlay = overlays.get(`${r},${c}`);
                        const spills = spillsRight(grid, r, c);
                        return (
                          <td
                            key={c}
                            className={mergeClasses(
                              styles.cell,
                              // Spilled text stays sticky in a frozen row: sticky comes after.
                              spills && styles.spill,
                              isFrozen && styles.frozenRow,
                              isFrozen && spills && styles.spillFrozen,
                              r === frozen - 1 && styles.frozenEdge,
                              inRange(r, c) &&
                                !(sel?.anchor.row === r && sel?.anchor.col === c) &&
                                styles.inRange,
                              sel?.anchor.row === r && sel?.anchor.col === c && styles.selected,
                              cell?.hyperlink && styles.link
                            )}
                            style={cellStyle(cell, overlay, isFrozen ? rowStyle : undefined)}
                            data-address={`${columnLetters(c)}${r + 1}`}
                            onMouseDown={(e) => onCellDown(e, r, c)}
                            onMouseEnter={() => onCellEnter(r, c)}
                          >
                            {overlay?.icon && (
                              <span
                                className={styles.icon}
                                style={{ color: overlay.icon.color }}
                                aria-hidden="true"
                              >
                                {overlay.icon.symbol}
                              </span>
                            )}
                            {spills ? (
                              // Spilled text stops at the next cell holding something, as in Excel.
                              <span
                                className={styles.spillText}
                                style={{
                                  maxWidth: `${spillWidth(widths, grid, r, c, colCount)}px`,
                                }}
                              >
                                {cell?.text}
                              </span>
                            ) : (
                              (cell?.text ?? "")
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                  return gap > 0
                    ? [
                        <tr key={`gap${r}`} aria-hidden="true" style={{ height: `${gap}px` }} />,
                        cells,
                      ]
                    : cells;
                })}
              </tbody>
            </table>
            {charts.map((chart) => {
              const box = chartBox(chart, colLeft);
              const view = { ...chart.view, width: box.width, height: box.height };
              const left = box.left;
              const top = box.top;
              return (
                <div
                  key={chart.view.name}
                  className={styles.chart}
                  style={{ left: `${left}px`, top: `${top}px` }}
                  data-testid="chart"
                >
                  <ChartSvg view={view} format={formatForChart(lang)} />
                </div>
              );
            })}
          </div>
        )}
      </div>
      <div className={styles.tabs} role="tablist" aria-label={t.sheets}>
        {sheets.map((s) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={s.name === sheetName}
            className={mergeClasses(styles.tab, s.name === sheetName && styles.tabActive)}
            style={s.tabColor ? { borderBottomColor: s.tabColor } : undefined}
            onClick={() => showSheet(s.name)}
            data-testid="sheet-tab"
          >
            {s.name}
          </button>
        ))}
      </div>
    </section>
  );
}

/** Where a chart is drawn on the grid: over the cells it spans, as Excel places it. */
function chartBox(
  chart: PlacedChart,
  colLeft: ColumnLeft
): { left: number; top: number; width: number; height: number } {
  const rowTop = (r: number) => HEADER_HEIGHT + r * ROW_HEIGHT;
  if (chart.from) {
    const left = colLeft(chart.from.col);
    const top = rowTop(chart.from.row);
    const to = chart.to ?? { row: chart.from.row + 15, col: chart.from.col + 8 };
    return {
      left,
      top,
      width: Math.max(200, colLeft(to.col + 1) - left),
      height: Math.max(150, rowTop(to.row + 1) - top),
    };
  }
  const p = chart.points;
  return {
    left: ROW_HEADER_WIDTH + px(p.left),
    top: HEADER_HEIGHT + px(p.top),
    width: px(p.width),
    height: px(p.height),
  };
}

/** Reads the workbook, or gives `fallback` if the sheet went away meanwhile. */
function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

const visuallyHidden: CSSProperties = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
};

/** Text a person can read: a text cell overflows into the empty cells on its right, as in Excel. */
function spillsRight(grid: CellInfo[][], r: number, c: number): boolean {
  const cell = grid[r]?.[c];
  if (!cell || typeof cell.value !== "string" || cell.value === "") return false;
  const align = cell.style.horizontalAlignment;
  if (align && align !== "General" && align !== "Left") return false;
  const next = grid[r]?.[c + 1];
  return !next || next.text === "";
}

/** Room for a spilling text: its cell and the empty cells after it, less the cell's padding. */
function spillWidth(
  widths: number[],
  grid: CellInfo[][],
  r: number,
  c: number,
  colCount: number
): number {
  let width = widths[c] ?? 64;
  for (let k = c + 1; k < colCount && (grid[r]?.[k]?.text ?? "") === ""; k++) {
    width += widths[k] ?? 64;
  }
  return width - 8;
}

/** Rough width of a text in the grid's font, in pixels. */
function textPixels(text: string, bold: boolean): number {
  return text.length * (bold ? 7.6 : 7.1) + 10;
}

/**
 * Column widths shown: the workbook's, widened where a number would not fit. Excel shows "####"
 * there (and autofits PivotTable columns on refresh); the preview shows the number.
 */
export function displayWidths(widths: number[], grid: CellInfo[][]): number[] {
  const out = widths.slice();
  for (const row of grid) {
    row.forEach((cell, c) => {
      if (!cell || cell.text === "" || typeof cell.value !== "number") return;
      const need = textPixels(cell.text, Boolean(cell.style.font?.bold));
      if (need > (out[c] ?? 0)) out[c] = Math.ceil(need);
    });
  }
  return out;
}

function rangeAddress(sel: Selection): string {
  const r0 = Math.min(sel.anchor.row, sel.focus.row);
  const r1 = Math.max(sel.anchor.row, sel.focus.row);
  const c0 = Math.min(sel.anchor.col, sel.focus.col);
  const c1 = Math.max(sel.anchor.col, sel.focus.col);
  const a = `${columnLetters(c0)}${r0 + 1}`;
  const b = `${columnLetters(c1)}${r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** A cell's look: its own style, then what conditional formats add (as Excel layers them). */
function cellStyle(
  cell: CellInfo | undefined,
  overlay: CellOverlay | undefined,
  base?: CSSProperties
): CSSProperties | undefined {
  if (!cell && !overlay && !base) return undefined;
  const style: CSSProperties = { ...base };
  const s = cell?.style;
  if (s?.font?.bold) style.fontWeight = "bold";
  if (s?.font?.italic) style.fontStyle = "italic";
  if (s?.font?.color && s.font.color.toUpperCase() !== "#000000") style.color = s.font.color;
  if (s?.font?.size && s.font.size !== 11)
    style.fontSize = `${Math.round((s.font.size * 4) / 3)}px`;
  if (s?.fill) style.backgroundColor = s.fill;
  const align = s?.horizontalAlignment;
  if (align && align !== "General")
    style.textAlign = align.toLowerCase() as CSSProperties["textAlign"];
  else if (cell && (typeof cell.value === "number" || cell.isError)) style.textAlign = "right";
  else if (cell && typeof cell.value === "boolean") style.textAlign = "center";
  if (overlay?.fill) style.backgroundColor = overlay.fill;
  if (overlay?.color) style.color = overlay.color;
  if (overlay?.bold) style.fontWeight = "bold";
  if (overlay?.italic) style.fontStyle = "italic";
  if (base && !style.backgroundColor) style.backgroundColor = "#FFFFFF";
  return style;
}
