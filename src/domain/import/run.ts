/**
 * Drives a source's rows through plan and reader: the first rows are buffered to decide the
 * plan, then every row is read once; a second pass happens only when all the values contradict
 * a decision taken on the sample.
 */
import type { Cells } from "./cells";
import type { QuoteProblem } from "./excel-quotes";
import { fatalResult, TableBuilder } from "./engine";
import { msg } from "./messages";
import { planImport, SAMPLE_ROWS, type PlanDecisions } from "./plan";
import type { ImportOptions, ImportResult, SourceInfo } from "./types";

/** Called for each row; return false to stop reading. */
export type RowSink = (
  cells: Cells,
  rowNumber: number,
  formats?: ArrayLike<string>,
  quoteProblem?: QuoteProblem
) => boolean | void;

/** A source of rows that can be read more than once. */
export interface RowSource {
  forEachRow(sink: RowSink): void;
  /** Rough number of rows, to size the table once (optional). */
  estimateRows?(): number;
}

/** Reads the source into an ImportResult. Never throws: an unexpected error is a fatal result. */
export function runImport(
  source: RowSource,
  options: ImportOptions,
  base: SourceInfo,
  delimiter?: string
): ImportResult {
  try {
    let forced: PlanDecisions | undefined;
    for (let pass = 0; pass < 2; pass++) {
      const outcome = onePass(source, options, base, delimiter, forced);
      if (outcome.rerun && pass === 0) {
        forced = outcome.rerun;
        continue;
      }
      return outcome.result!;
    }
    return fatalResult(base, msg.internalError("no pass completed"));
  } catch (error) {
    return fatalResult(
      base,
      msg.internalError(error instanceof Error ? error.message : String(error))
    );
  }
}

function onePass(
  source: RowSource,
  options: ImportOptions,
  base: SourceInfo,
  delimiter: string | undefined,
  forced: PlanDecisions | undefined
): { rerun: PlanDecisions | null; result: ImportResult | null } {
  const rows: Cells[] = [];
  const rowNumbers: number[] = [];
  const formats: (ArrayLike<string> | undefined)[] = [];
  const quoteProblems: (QuoteProblem | undefined)[] = [];
  let builder: TableBuilder | null = null;
  let fatal: ImportResult | null = null;
  /** After a fatal plan, rows are still counted so the report says how many were read. */
  let rowsAfterHeader = 0;

  /** Decides the plan from the buffered rows, then reads them. */
  const start = (): void => {
    const plan = planImport({ rows, rowNumbers, formats }, options, delimiter, forced);
    const headerRow = plan.headerIndex >= 0 ? rowNumbers[plan.headerIndex] : null;
    base = { ...base, headerRow };
    if (plan.fatal) {
      fatal = fatalResult(base, plan.fatal, plan.notes, plan);
      rowsAfterHeader = Math.max(0, rows.length - plan.firstDataIndex);
      rows.length = 0;
      return;
    }
    builder = new TableBuilder(plan, options, forced !== undefined, source.estimateRows?.() ?? 0);
    for (let r = 0; r < plan.firstDataIndex; r++) {
      const quote = quoteProblems[r];
      if (quote) builder.quoteIssue(rowNumbers[r], quote);
      if (r !== plan.headerIndex) builder.titleLine(rows[r], rowNumbers[r]);
    }
    for (let r = plan.firstDataIndex; r < rows.length; r++)
      builder.add(rows[r], rowNumbers[r], formats[r], quoteProblems[r]);
    rows.length = 0;
  };

  source.forEachRow((cells, rowNumber, rowFormats, quoteProblem) => {
    if (fatal) {
      rowsAfterHeader++;
      return true;
    }
    if (builder) {
      (builder as TableBuilder).add(cells, rowNumber, rowFormats, quoteProblem);
      return true;
    }
    rows.push(cells);
    rowNumbers.push(rowNumber);
    formats.push(rowFormats);
    quoteProblems.push(quoteProblem);
    if (rows.length >= SAMPLE_ROWS) start();
    return true;
  });
  if (!builder && !fatal) start();
  if (fatal) {
    const result = fatal as ImportResult;
    result.source = { ...result.source, rowsRead: rowsAfterHeader, rowsSkipped: 0 };
    return { rerun: null, result };
  }
  if (!builder) return { rerun: null, result: fatalResult(base, msg.emptyFile()) };
  return (builder as TableBuilder).finish(base);
}
