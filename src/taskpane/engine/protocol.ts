/**
 * Messages between the pane and its import worker. The worker is stateless: every request carries
 * its source (the file's bytes or the workbook's cells), so a cancelled (terminated) worker loses nothing.
 */
import type { ColumnRole, ImportOptions, ImportResult } from "../../domain/import/types";

/** A source as the import reads it. */
export type ImportSource =
  | { kind: "bytes"; bytes: ArrayBuffer; fileName: string }
  | { kind: "grid"; values: unknown[][]; numberFormat: string[][] | null; name: string };

export interface ImportRequest {
  id: number;
  source: ImportSource;
  roles: Record<string, ColumnRole>;
  /** Order of ambiguous dates chosen by the user (none: the import decides from the data). */
  dateOrder?: ImportOptions["dateOrder"];
}

export type ImportResponse =
  | { id: number; type: "done"; result: ImportResult }
  | { id: number; type: "error"; name: string; message: string };

/** Buffers of the records' typed arrays, moved (not copied) from the worker to the pane. */
export function transferables(result: ImportResult): ArrayBuffer[] {
  const table = result.table;
  if (!table) return [];
  const arrays: ArrayBufferView[] = [table.date, table.sourceRow];
  for (const values of Object.values(table.measures)) if (values) arrays.push(values);
  for (const d of table.dimensions) arrays.push(d.codes);
  const buffers = new Set<ArrayBuffer>();
  // Plain ArrayBuffers only (a SharedArrayBuffer cannot be transferred); checked by tag, realm-proof.
  for (const a of arrays) {
    if (Object.prototype.toString.call(a.buffer) === "[object ArrayBuffer]")
      buffers.add(a.buffer as ArrayBuffer);
  }
  return [...buffers];
}
