/**
 * One entry for a file whatever its kind: .xlsx recognised by its zip signature, anything else
 * read as delimited text. Usable in a Web Worker (bytes in, result out; no DOM, no Node).
 */
import { importCsv } from "./csv";
import { isOldExcel, isZip, importXlsx } from "./xlsx";
import { fatalResult } from "./engine";
import { msg } from "./messages";
import type { ImportOptions, ImportResult } from "./types";

/** Imports an .xlsx or a CSV/TSV file from its bytes. Never throws (never rejects). */
export async function importBytes(
  bytes: Uint8Array | ArrayBuffer,
  options: ImportOptions = {}
): Promise<ImportResult> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (isZip(data)) return importXlsx(data, options);
  if (isOldExcel(data)) {
    return fatalResult(
      {
        file: options.fileName ?? "",
        format: "xlsx",
        rowsRead: 0,
        rowsImported: 0,
        rowsRejected: 0,
      },
      msg.notXlsx()
    );
  }
  return importCsv(data, options);
}
