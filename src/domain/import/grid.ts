/**
 * A 2-D grid of cell values as Office.js returns them (`range.values`, with `range.numberFormat`
 * so that Excel serial numbers in date-formatted cells are read as dates), or as exceljs gives
 * them (numbers, strings, booleans, Dates). Used for the user's selection or table in the pane.
 */
import { fatalResult } from "./engine";
import { msg } from "./messages";
import { runImport, type RowSource } from "./run";
import type { ImportOptions, ImportResult, SourceInfo } from "./types";

export interface CellGrid {
  /** Rows of cell values: number, string, boolean, Date, null/"" for empty. */
  values: unknown[][];
  /** Number format of each cell (Office.js `numberFormat`, exceljs `numFmt`), same shape. */
  numberFormat?: (string | null | undefined)[][];
  /** Row number shown in messages for values[0] (default 1: grid row + 1). */
  firstRow?: number;
}

/** The grid as a re-readable row source. */
export function gridRowSource(
  grid: CellGrid,
  onProgress?: (rowsDone: number, rowsTotal: number) => void
): RowSource {
  const first = grid.firstRow ?? 1;
  return {
    forEachRow(sink) {
      const { values, numberFormat } = grid;
      for (let r = 0; r < values.length; r++) {
        const formats = numberFormat?.[r] as ArrayLike<string> | undefined;
        if (sink(Array.isArray(values[r]) ? values[r] : [], first + r, formats) === false) return;
        if (onProgress && (r + 1) % 65_536 === 0) onProgress(r + 1, values.length);
      }
      onProgress?.(values.length, values.length);
    },
    estimateRows: () => grid.values.length,
  };
}

/** Imports a grid of cell values (no header row required on top: title lines are skipped). Never throws. */
export function importGrid(grid: CellGrid, options: ImportOptions = {}): ImportResult {
  return importGridAs(grid, options, {
    file: options.fileName ?? "",
    format: "grid",
    rowsRead: 0,
    rowsImported: 0,
    rowsRejected: 0,
  });
}

/** Shared by importGrid and importXlsx (which gives its own source description). */
export function importGridAs(
  grid: CellGrid,
  options: ImportOptions,
  base: SourceInfo
): ImportResult {
  if (!grid || !Array.isArray(grid.values) || grid.values.length === 0) {
    return fatalResult(
      base,
      base.sheet !== undefined ? msg.emptySheet(base.sheet) : msg.emptyFile()
    );
  }
  return runImport(gridRowSource(grid, options.onProgress), options, base);
}
