/**
 * Sources the user can pick in the workbook (tables, sheets with data, the selection), read in
 * chunks that stay under Excel's 5 MB response limit, and selecting a cell from the pane. The
 * add-in's own sheets are never offered as a source.
 */
import type { ExcelHost } from "./host";
import { SETTING_KEY, emptyRecord, ownSheetIds, parseRecord } from "./record";

export interface SourceEntry {
  /** Pass it to `readSource`: "table:<name>", "sheet:<id>" or "selection". */
  id: string;
  kind: "table" | "sheet" | "selection";
  /** Table name, sheet name, or the selection's address. */
  name: string;
  sheet: string;
  address: string;
  /** Rows including the header row. */
  rowCount: number;
  columnCount: number;
}

export interface SourceGrid {
  name: string;
  sheet: string;
  address: string;
  values: unknown[][];
  numberFormat: string[][];
  /** Read round trips (chunks). */
  chunks: number;
}

/** Bytes of response aimed at per read (Excel on the web refuses responses over 5 MB). */
export const READ_BUDGET_BYTES = 3_000_000;
/** Rows of the first read, before the size of a row is known. */
const FIRST_READ_ROWS = 1000;
/** Excel refuses to read more than 5 million cells at once. */
const MAX_CELLS_PER_READ = 1_000_000;

/** Ids of the add-in's own sheets (read from its setting). */
async function ownIds(context: Excel.RequestContext): Promise<Set<string>> {
  const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEY);
  setting.load("value");
  await context.sync();
  return ownSheetIds(setting.isNullObject ? emptyRecord() : parseRecord(setting.value));
}

/** Tables, sheets with data and the current selection, the add-in's own sheets left out. 3 round trips. */
export async function listSources(host: ExcelHost): Promise<SourceEntry[]> {
  return host.Excel.run(async (context) => {
    const own = await ownIds(context);
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    const tables = context.workbook.tables;
    tables.load("items/name");
    const selection = context.workbook.getSelectedRange();
    selection.load("address,rowCount,columnCount");
    // The selection is on the active sheet.
    const selectionSheet = context.workbook.worksheets.getActiveWorksheet();
    selectionSheet.load("id,name");
    await context.sync();
    const tableInfo = tables.items.map((t) => {
      const ws = t.worksheet;
      ws.load("id,name");
      const range = t.getRange();
      range.load("address,rowCount,columnCount");
      return { name: t.name, ws, range };
    });
    const sheetInfo = sheets.items
      .filter((w) => !own.has(w.id))
      .map((w) => {
        const used = w.getUsedRangeOrNullObject(true);
        used.load("address,rowCount,columnCount");
        return { w, used };
      });
    await context.sync();
    const out: SourceEntry[] = [];
    for (const t of tableInfo) {
      if (own.has(t.ws.id)) continue;
      out.push({
        id: `table:${t.name}`,
        kind: "table",
        name: t.name,
        sheet: t.ws.name,
        address: t.range.address,
        rowCount: t.range.rowCount,
        columnCount: t.range.columnCount,
      });
    }
    for (const { w, used } of sheetInfo) {
      if (used.isNullObject) continue;
      out.push({
        id: `sheet:${w.id}`,
        kind: "sheet",
        name: w.name,
        sheet: w.name,
        address: used.address,
        rowCount: used.rowCount,
        columnCount: used.columnCount,
      });
    }
    if (!own.has(selectionSheet.id) && (selection.rowCount > 1 || selection.columnCount > 1)) {
      out.push({
        id: "selection",
        kind: "selection",
        name: selection.address,
        sheet: selectionSheet.name,
        address: selection.address,
        rowCount: selection.rowCount,
        columnCount: selection.columnCount,
      });
    }
    return out;
  });
}

/** JSON size of a block of cells (values and formats), to size the next read. */
function responseBytes(values: unknown[][], formats: unknown[][]): number {
  return JSON.stringify(values).length + JSON.stringify(formats).length;
}

/**
 * The cells of a source, for the import's grid entry. Read in row chunks: the first one small,
 * the next ones sized from it to stay under `READ_BUDGET_BYTES` per response.
 */
export async function readSource(host: ExcelHost, id: string): Promise<SourceGrid> {
  return host.Excel.run(async (context) => {
    const own = await ownIds(context);
    let range: Excel.Range;
    let ws: Excel.Worksheet;
    let name: string;
    if (id === "selection") {
      range = context.workbook.getSelectedRange();
      ws = context.workbook.worksheets.getActiveWorksheet();
      name = "selection";
    } else if (id.startsWith("table:")) {
      name = id.slice(6);
      range = context.workbook.tables.getItem(name).getRange();
      ws = context.workbook.tables.getItem(name).worksheet;
    } else if (id.startsWith("sheet:")) {
      ws = context.workbook.worksheets.getItem(id.slice(6));
      range = ws.getUsedRange(true);
      name = "";
    } else {
      throw new Error(`Unknown source ${id}`);
    }
    range.load("address,rowCount,columnCount,rowIndex,columnIndex");
    ws.load("id,name");
    await context.sync();
    if (own.has(ws.id)) throw new Error("The add-in's own sheets are not a source");
    if (!name) name = ws.name;
    const values: unknown[][] = [];
    const numberFormat: string[][] = [];
    const cols = range.columnCount;
    let start = 0;
    let rows = Math.min(FIRST_READ_ROWS, range.rowCount);
    let chunks = 0;
    while (start < range.rowCount) {
      rows = Math.max(
        1,
        Math.min(rows, range.rowCount - start, Math.floor(MAX_CELLS_PER_READ / cols))
      );
      const part = ws.getRangeByIndexes(range.rowIndex + start, range.columnIndex, rows, cols);
      part.load("values,numberFormat");
      // One read per chunk: the 5 MB response limit is the reason for the loop.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      chunks++;
      for (const r of part.values) values.push(r);
      for (const r of part.numberFormat) numberFormat.push(r as string[]);
      const perRow = responseBytes(part.values, part.numberFormat) / rows;
      start += rows;
      rows = Math.floor(READ_BUDGET_BYTES / Math.max(perRow, 1));
    }
    return { name, sheet: ws.name, address: range.address, values, numberFormat, chunks };
  });
}

/** Shows a cell: activates its sheet and selects it. */
export async function selectCell(host: ExcelHost, sheet: string, address: string): Promise<void> {
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
