/**
 * The import, as run inside the worker (or inline): one call per source, roles overridden by
 * header. The only file of the pane that calls the import module's entry points. `importBytes`
 * tells CSV/TSV from .xlsx (and loads exceljs only for the latter).
 */
import { importBytes, importGrid } from "../../domain/import";
import type { ImportResult } from "../../domain/import/types";
import type { ImportRequest } from "./protocol";

export async function runImport(request: Omit<ImportRequest, "id">): Promise<ImportResult> {
  const { source, roles, dateOrder } = request;
  if (source.kind === "bytes") {
    return importBytes(new Uint8Array(source.bytes), {
      fileName: source.fileName,
      roles,
      dateOrder,
    });
  }
  return importGrid(
    { values: source.values, numberFormat: source.numberFormat ?? undefined },
    { fileName: source.name, roles, dateOrder }
  );
}
