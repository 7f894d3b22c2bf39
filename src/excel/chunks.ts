/**
 * Rows of the data table as `range.values` takes them, cut in chunks whose JSON stays well under
 * the 5 MB a request may carry in Excel on the web. The size of each row is measured (UTF-8 bytes
 * of its JSON), not guessed from a cells count, so long labels give smaller chunks.
 */
import type { ColumnSource, TableColumnPlan } from "../domain/dashboard/types";

/** Bytes of values per request: 5 MB minus room for the request's own envelope. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

const encoder = new TextEncoder();

/** UTF-8 length of a string's JSON form. */
export function jsonBytes(value: string): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Columns written as values (calculated columns are written afterwards as one formula each). */
export function valueColumns(columns: TableColumnPlan[]): { first: number; count: number } {
  const first = 0;
  let count = 0;
  while (count < columns.length && columns[count].source.kind !== "formula") count++;
  if (columns.slice(count).some((c) => c.source.kind !== "formula")) {
    throw new Error("Value columns must come before calculated columns");
  }
  return { first, count };
}

type Cell = number | string;

/** A reader of one column's cell at a row, plus the byte size of that cell's JSON. */
interface ColumnReader {
  value(row: number): Cell;
  bytes(row: number): number;
}

function numberBytes(n: number): number {
  return String(n).length;
}

function reader(source: ColumnSource): ColumnReader {
  switch (source.kind) {
    case "days":
      return { value: (i) => source.days[i] + 25569, bytes: () => 5 };
    case "numbers":
      return {
        value: (i) => (Number.isNaN(source.values[i]) ? "" : source.values[i]),
        bytes: (i) => (Number.isNaN(source.values[i]) ? 2 : numberBytes(source.values[i])),
      };
    case "codes": {
      const sizes = source.labels.map(jsonBytes);
      return { value: (i) => source.labels[source.codes[i]], bytes: (i) => sizes[source.codes[i]] };
    }
    case "inputs":
      return {
        value: (i) => {
          const v = source.inputs[i];
          return typeof v === "boolean" ? String(v).toUpperCase() : v;
        },
        bytes: (i) => {
          const v = source.inputs[i];
          return typeof v === "string" ? jsonBytes(v) : numberBytes(Number(v));
        },
      };
    case "formula":
      throw new Error("A calculated column has no values");
  }
}

export interface Chunk {
  /** First data row (0-based, within the table body) and number of rows. */
  start: number;
  rows: number;
  /** Measured JSON bytes of the chunk's values. */
  bytes: number;
}

/** Cut `rowCount` rows of `columns` into chunks under `budget` bytes each. */
export function planChunks(
  columns: TableColumnPlan[],
  rowCount: number,
  budget = REQUEST_BUDGET_BYTES
): Chunk[] {
  const readers = columns.map((c) => reader(c.source));
  const chunks: Chunk[] = [];
  let start = 0;
  // "[" + "]" and one comma between rows: 2 + (rows − 1), counted as 1 + one per row.
  let bytes = 1;
  for (let i = 0; i < rowCount; i++) {
    let row = 2 + readers.length - 1; // brackets and commas
    for (const r of readers) row += r.bytes(i);
    row += 1; // comma between rows
    if (i > start && bytes + row > budget) {
      chunks.push({ start, rows: i - start, bytes });
      start = i;
      bytes = 1;
    }
    bytes += row;
  }
  if (rowCount > start) chunks.push({ start, rows: rowCount - start, bytes });
  return chunks;
}

/** The `values` of rows [start, start + rows) of `columns`. */
export function chunkValues(columns: TableColumnPlan[], start: number, rows: number): Cell[][] {
  const readers = columns.map((c) => reader(c.source));
  const out: Cell[][] = new Array(rows);
  for (let k = 0; k < rows; k++) {
    const row: Cell[] = new Array(readers.length);
    for (let c = 0; c < readers.length; c++) row[c] = readers[c].value(start + k);
    out[k] = row;
  }
  return out;
}
