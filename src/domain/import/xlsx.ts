/**
 * .xlsx workbooks through exceljs, loaded on demand (`await import("exceljs")`) so the task pane
 * bundle only fetches it when a workbook is imported. The first sheet is read, or the sheet or
 * table named in `options.sheet`. Dates come as real dates, formulas as their cached results.
 */
import type { CellValue, Workbook, Worksheet } from "exceljs";
import { fatalResult } from "./engine";
import { importGridAs, type CellGrid } from "./grid";
import { msg } from "./messages";
import type { ImportOptions, ImportResult, SourceInfo } from "./types";

type ExcelJsModule = typeof import("exceljs");

/** Loads exceljs lazily (a separate chunk in the add-in bundle). */
async function loadExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import("exceljs")) as ExcelJsModule & { default?: ExcelJsModule };
  return mod.Workbook ? mod : mod.default!;
}

/** True when the bytes start like a zip archive (PK\x03\x04), as .xlsx files do. */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}

/** True for the old binary Excel format (.xls, OLE2 compound file). */
export function isOldExcel(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0xd0 &&
    bytes[1] === 0xcf &&
    bytes[2] === 0x11 &&
    bytes[3] === 0xe0
  );
}

async function loadWorkbook(bytes: Uint8Array): Promise<Workbook | null> {
  try {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    // exceljs wants an ArrayBuffer-like; a copy of exactly these bytes.
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength
    ) as ArrayBuffer;
    await workbook.xlsx.load(buffer);
    return workbook;
  } catch {
    return null;
  }
}

interface TableInfo {
  name: string;
  sheet: Worksheet;
  ref: string;
}

function tablesOf(workbook: Workbook): TableInfo[] {
  const tables: TableInfo[] = [];
  for (const sheet of workbook.worksheets) {
    const byName =
      (
        sheet as unknown as {
          tables?: Record<
            string,
            { table?: { name?: string; ref?: string; tableRef?: string }; name?: string }
          >;
        }
      ).tables ?? {};
    for (const [key, t] of Object.entries(byName)) {
      const model = t.table ?? (t as { name?: string; ref?: string; tableRef?: string });
      const ref = model.tableRef ?? model.ref;
      if (ref) tables.push({ name: model.name ?? key, sheet, ref });
    }
  }
  return tables;
}

/** Names of the sheets, then of the tables (Excel "Tables"), of a workbook. [] when unreadable. */
export async function listXlsxSheets(bytes: Uint8Array): Promise<string[]> {
  const workbook = await loadWorkbook(bytes);
  if (!workbook) return [];
  return [...workbook.worksheets.map((s) => s.name), ...tablesOf(workbook).map((t) => t.name)];
}

/** Plain value of an exceljs cell: formulas give their cached result, rich text its text. */
export function plainCellValue(value: CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("result" in value || "formula" in value || "sharedFormula" in value) {
    return plainCellValue((value as { result?: CellValue }).result);
  }
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return plainCellValue((value as { text: CellValue }).text);
  if ("error" in value) return String(value.error);
  return null;
}

/** "B3" → { row: 3, col: 2 } */
function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Cells of a sheet (or of a rectangle of it) as a grid with number formats. */
export function sheetToGrid(
  sheet: Worksheet,
  range?: { top: number; left: number; bottom: number; right: number }
): CellGrid {
  const top = range?.top ?? 1;
  const left = range?.left ?? 1;
  const bottom = range?.bottom ?? sheet.rowCount;
  const right = range?.right ?? sheet.columnCount;
  const values: unknown[][] = [];
  const numberFormat: (string | null)[][] = [];
  const width = Math.max(0, right - left + 1);
  for (let r = top; r <= bottom; r++) {
    const rowValues: unknown[] = new Array(width).fill(null);
    const rowFormats: (string | null)[] = new Array(width).fill(null);
    // exceljs objects (not Office.js proxies): read directly, no load/sync.
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      if (col < left || col > right) return;
      rowValues[col - left] = plainCellValue(cell.value);
      rowFormats[col - left] = cell.numFmt ?? null;
    });
    values.push(rowValues);
    numberFormat.push(rowFormats);
  }
  return { values, numberFormat, firstRow: top };
}

/** Imports an .xlsx workbook: first sheet, or the sheet or table named in `options.sheet`. Never throws. */
export async function importXlsx(
  bytes: Uint8Array,
  options: ImportOptions = {}
): Promise<ImportResult> {
  const base: SourceInfo = {
    file: options.fileName ?? "",
    format: "xlsx",
    rowsRead: 0,
    rowsImported: 0,
    rowsRejected: 0,
  };
  try {
    if (isOldExcel(bytes) || !isZip(bytes)) return fatalResult(base, msg.notXlsx());
    const workbook = await loadWorkbook(bytes);
    if (!workbook) return fatalResult(base, msg.notXlsx());
    const sheets = workbook.worksheets;
    const tables = tablesOf(workbook);
    let grid: CellGrid;
    if (options.sheet !== undefined) {
      const wanted = options.sheet.trim().toLowerCase();
      const sheet = sheets.find((s) => s.name.trim().toLowerCase() === wanted);
      const table = sheet ? undefined : tables.find((t) => t.name.trim().toLowerCase() === wanted);
      if (sheet) {
        base.sheet = sheet.name;
        grid = sheetToGrid(sheet);
      } else if (table) {
        base.sheet = table.name;
        const [a, b] = table.ref.split(":");
        const from = parseCellRef(a);
        const to = parseCellRef(b ?? a);
        if (!from || !to)
          return fatalResult(
            base,
            msg.sheetNotFound(options.sheet, [
              ...sheets.map((s) => s.name),
              ...tables.map((t) => t.name),
            ])
          );
        grid = sheetToGrid(table.sheet, {
          top: from.row,
          left: from.col,
          bottom: to.row,
          right: to.col,
        });
      } else {
        return fatalResult(
          base,
          msg.sheetNotFound(options.sheet, [
            ...sheets.map((s) => s.name),
            ...tables.map((t) => t.name),
          ])
        );
      }
    } else {
      // First sheet; a cover or notes sheet before the data is passed over.
      let firstFailure: ImportResult | null = null;
      for (const sheet of sheets) {
        const result = importGridAs(sheetToGrid(sheet), options, { ...base, sheet: sheet.name });
        if (result.ok) return result;
        firstFailure ??= result;
      }
      return firstFailure ?? fatalResult(base, msg.notXlsx());
    }
    return importGridAs(grid, options, base);
  } catch (error) {
    return fatalResult(
      base,
      msg.internalError(error instanceof Error ? error.message : String(error))
    );
  }
}
