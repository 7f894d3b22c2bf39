/**
 * Delimited text (CSV, TSV, `;`, `|`) as rows of strings, through papaparse: quoted fields with
 * separators, quotes and line breaks inside. Rows are streamed one by one (papaparse `step`),
 * never kept all at once, and numbered by the file's lines (the first line is row 1).
 */
import Papa from "papaparse";
import { decodeText, looksBinary } from "./encoding";
import { detectDelimiter, type Delimiter } from "./delimiter";
import { createBreakCounter, readExcelRecord } from "./excel-quotes";
import { fatalResult } from "./engine";
import { msg } from "./messages";
import { runImport, type RowSink, type RowSource } from "./run";
import type { ImportOptions, ImportResult, SourceInfo } from "./types";

/** Removes one final line break so that papaparse does not report an empty last row. */
export function withoutFinalNewline(text: string): string {
  if (text.endsWith("\r\n")) return text.slice(0, -2);
  if (text.endsWith("\n") || text.endsWith("\r")) return text.slice(0, -1);
  return text;
}

/** Rows between two progress reports. */
export const PROGRESS_EVERY = 65_536;

/**
 * Streams the rows of a delimited text; `sink` returning false stops the parse. Papaparse runs
 * without `header` or `dynamicTyping`: cells stay strings, typed once per column by the reader.
 * Rows are numbered by the file's line where they start (the first line is 1), so a record with
 * a quoted line break does not shift the numbers after it. From the first record whose quotes
 * papaparse finds malformed on, the records are read the way Excel reads them (excel-quotes.ts):
 * no line vanishes into one cell.
 */
export function forEachCsvRow(
  text: string,
  delimiter: Delimiter,
  sink: RowSink,
  onProgress?: (rowsDone: number, rowsTotal: number) => void
): void {
  let rowNumber = 0;
  let line = 1;
  let cursor = 0;
  let widest = 0;
  let stopped = false;
  let resume = false;
  let countBreaks: ((from: number, to: number) => number) | null = null;
  const body = withoutFinalNewline(text);
  const progress = (end: number): void => {
    if (onProgress && rowNumber % PROGRESS_EVERY === 0) {
      const at = Math.max(1, end);
      onProgress(rowNumber, Math.max(rowNumber, Math.round((rowNumber * body.length) / at)));
    }
  };
  Papa.parse<string[]>(body, {
    delimiter,
    step: (results, parser) => {
      if (results.errors.length > 0 && results.errors.some((e) => e.type === "Quotes")) {
        resume = true;
        parser.abort();
        return;
      }
      countBreaks ??= createBreakCounter(body, results.meta.linebreak);
      const end = results.meta.cursor;
      const start = line;
      line += countBreaks(cursor, end);
      cursor = end;
      rowNumber++;
      if (results.data.length > widest) widest = results.data.length;
      if (sink(results.data, start) === false) {
        stopped = true;
        parser.abort();
      }
      progress(end);
    },
  });
  if (resume && !stopped) {
    countBreaks ??= createBreakCounter(body, /\r(?!\n)/.test(body.slice(0, 4096)) ? "\r" : "\n");
    while (cursor < body.length) {
      const record = readExcelRecord(body, cursor, delimiter, widest || Infinity);
      const start = line;
      line += countBreaks(cursor, record.end);
      cursor = record.end;
      rowNumber++;
      if (sink(record.cells, start, undefined, record.quote ?? undefined) === false) break;
      progress(record.end);
    }
  }
  onProgress?.(rowNumber, rowNumber);
}

/** A delimited text as a re-readable row source. */
export function csvRowSource(
  text: string,
  delimiter: Delimiter,
  onProgress?: (rowsDone: number, rowsTotal: number) => void
): RowSource {
  return {
    forEachRow: (sink) => forEachCsvRow(text, delimiter, sink, onProgress),
    estimateRows: () => estimateLines(text),
  };
}

/** Number of lines of a text, estimated from the length of its first 2,000 lines. */
export function estimateLines(text: string): number {
  let pos = -1;
  let lines = 0;
  while (lines < 2000) {
    pos = text.indexOf("\n", pos + 1);
    if (pos < 0) return lines + 1;
    lines++;
  }
  return Math.ceil((text.length * lines) / (pos + 1));
}

/** Imports CSV/TSV bytes (encoding and separator detected). Never throws. */
export function importCsv(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const base: SourceInfo = {
    file: options.fileName ?? "",
    format: "csv",
    rowsRead: 0,
    rowsImported: 0,
    rowsRejected: 0,
  };
  try {
    if (bytes.length === 0) return fatalResult(base, msg.emptyFile());
    if (looksBinary(bytes)) return fatalResult(base, msg.binaryFile());
    const { text, encoding } = decodeText(bytes);
    base.encoding = encoding;
    if (text.trim() === "") return fatalResult(base, msg.emptyFile());
    const delimiter = detectDelimiter(text);
    base.delimiter = delimiter;
    return runImport(csvRowSource(text, delimiter, options.onProgress), options, base, delimiter);
  } catch (error) {
    return fatalResult(
      base,
      msg.internalError(error instanceof Error ? error.message : String(error))
    );
  }
}

/** Imports text already decoded (for callers holding a string). */
export function importCsvText(text: string, options: ImportOptions = {}): ImportResult {
  const base: SourceInfo = {
    file: options.fileName ?? "",
    format: "csv",
    rowsRead: 0,
    rowsImported: 0,
    rowsRejected: 0,
  };
  if (text.trim() === "") return fatalResult(base, msg.emptyFile());
  const delimiter = detectDelimiter(text);
  base.delimiter = delimiter;
  return runImport(csvRowSource(text, delimiter, options.onProgress), options, base, delimiter);
}
