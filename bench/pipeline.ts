/**
 * The main benchmark: a synthetic French sales export of 1,048,576 rows (Excel's row limit) through
 * the whole pipeline, stage by stage, with the peak memory, and on the same data in the same run
 * the two baselines: papaparse alone parsing the text, and arquero@7 doing the same group-by
 * month × dimension. Targets (issue 3): import ≤ 1.5 × papaparse; aggregation ≥ 2 × faster than
 * arquero; peak RSS < 1.5 GB.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import * as aq from "arquero";
import { decodeText, detectDelimiter, importCsv } from "../src/domain/import";
import { forEachCsvRow } from "../src/domain/import/csv";
import { analyze } from "../src/domain/analysis";
import { aggregateTable, dayToMonthIndex } from "../src/domain/analysis/aggregate";
import type { SalesTable } from "../src/domain/import/types";
import { collectGarbage, kernelPeakRssMb, RssSampler, timed, type BenchSection } from "./lib";
import { EXCEL_ROWS, syntheticSalesFile } from "./synthetic";

export interface PipelineResult {
  rows: number;
  stages: {
    generateMs: number;
    decodeMs: number;
    parseMs: number;
    normaliseMs: number;
    importMs: number;
    aggregateMs: number;
    figuresMs: number;
    insightsMs: number;
    totalMs: number;
  };
  peakRssMb: number;
  kernelPeakRssMb: number | null;
  /** papaparseParseMs: Papa.parse(text) as usually called (all rows in an array); papaparseStreamMs: with a no-op `step`. */
  baselines: { papaparseParseMs: number; papaparseStreamMs: number; arqueroAggregateMs: number };
  ratios: {
    importVsPapaparse: number;
    importVsPapaparseStream: number;
    aggregateVsArquero: number;
  };
  file: { path: string; bytes: number };
  insights: number;
}

export const TARGETS = { importVsPapaparse: 1.5, aggregateVsArquero: 2, peakRssMb: 1536 };

/** Month (ordinal) and main-dimension labels per row, for arquero (prepared outside its timing). */
function arqueroInput(
  table: SalesTable,
  dimension: string
): { month: Int32Array; member: string[]; revenue: Float64Array } {
  let first = table.date[0];
  let last = table.date[0];
  for (let i = 1; i < table.rowCount; i++) {
    first = Math.min(first, table.date[i]);
    last = Math.max(last, table.date[i]);
  }
  const monthOf = dayToMonthIndex(first, last, 0);
  const dim = table.dimensions.find((d) => d.header === dimension)!;
  return {
    month: Int32Array.from(table.date, (d) => monthOf[d - first]),
    member: Array.from(dim.codes, (c) => dim.labels[c]),
    revenue: table.measures.revenue,
  };
}

/** Runs the pipeline benchmark on `rows` synthetic rows. */
export async function runPipeline(rows = EXCEL_ROWS): Promise<PipelineResult> {
  const generated = timed(() => syntheticSalesFile(rows));
  const bytes = new Uint8Array(readFileSync(generated.result.file));
  collectGarbage();
  const sampler = new RssSampler();
  sampler.start();

  // Our import, whole (decode → parse → normalise), then its parse layer alone for the split.
  const imported = timed(() => importCsv(bytes, { fileName: "bench.csv" }));
  if (!imported.result.ok || imported.result.table === null) {
    await sampler.stop();
    throw new Error(`Import failed: ${JSON.stringify(imported.result.fatal)}`);
  }
  const table = imported.result.table;
  const decoded = timed(() => decodeText(bytes));
  const text = decoded.result.text;
  const delimiter = detectDelimiter(text);
  const parsed = timed(() => {
    let n = 0;
    forEachCsvRow(text, delimiter, () => {
      n++;
    });
    return n;
  });

  // Analysis: aggregation alone (the one pass over the rows), then the figures, then insights.
  const aggregated = timed(() => aggregateTable(table));
  const figures = timed(() => analyze(table, { insights: false }));
  const full = timed(() => analyze(table));
  const ourPeak = sampler.peakMb();
  const kernelPeak = kernelPeakRssMb();

  // Baselines on the same data.
  collectGarbage();
  const papa = timed(() => Papa.parse<string[]>(text, { delimiter }).data.length);
  collectGarbage();
  const papaStream = timed(() => {
    let n = 0;
    Papa.parse<string[]>(text, {
      delimiter,
      step: () => {
        n++;
      },
    });
    return n;
  });
  collectGarbage();
  const dimension = full.result.mainDimension ?? table.dimensions[0].header;
  const input = arqueroInput(table, dimension);
  const t = aq.table({ month: input.month, member: input.member, revenue: input.revenue });
  const arquero = timed(() =>
    t
      .groupby("month", "member")
      .rollup({ revenue: aq.op.sum("revenue") })
      .numRows()
  );
  await sampler.stop();

  const importMs = imported.ms;
  return {
    rows: table.rowCount,
    stages: {
      generateMs: generated.ms,
      decodeMs: decoded.ms,
      parseMs: parsed.ms,
      normaliseMs: Math.max(0, importMs - decoded.ms - parsed.ms),
      importMs,
      aggregateMs: aggregated.ms,
      figuresMs: Math.max(0, figures.ms - aggregated.ms),
      insightsMs: Math.max(0, full.ms - figures.ms),
      totalMs: importMs + full.ms,
    },
    peakRssMb: ourPeak,
    kernelPeakRssMb: kernelPeak,
    baselines: {
      papaparseParseMs: papa.ms,
      papaparseStreamMs: papaStream.ms,
      arqueroAggregateMs: arquero.ms,
    },
    ratios: {
      importVsPapaparse: importMs / papa.ms,
      importVsPapaparseStream: importMs / papaStream.ms,
      aggregateVsArquero: arquero.ms / aggregated.ms,
    },
    file: { path: generated.result.file, bytes: generated.result.bytes },
    insights: full.result.insights.length,
  };
}

/** The pipeline as a printable section. */
export function pipelineSection(r: PipelineResult): BenchSection {
  const ms = (label: string, value: number) => ({ label, value: Math.round(value), unit: "ms" });
  const check = (ok: boolean) => (ok ? "ok" : "MISSED");
  return {
    name: `Pipeline on ${r.rows.toLocaleString("en-US")} rows (${(r.file.bytes / 2 ** 20).toFixed(0)} MB French CSV, ${r.file.path})`,
    rows: [
      ms("generate file (not counted)", r.stages.generateMs),
      ms("decode (Windows-1252)", r.stages.decodeMs),
      ms("parse (papaparse, streamed)", r.stages.parseMs),
      ms("normalise (types, roles, table)", r.stages.normaliseMs),
      ms("= import total", r.stages.importMs),
      ms("aggregate (one pass)", r.stages.aggregateMs),
      ms("figures (months, years, breakdowns)", r.stages.figuresMs),
      ms("insights", r.stages.insightsMs),
      ms("import + analysis", r.stages.totalMs),
      {
        label: "peak RSS (import + analysis)",
        value: Math.round(r.peakRssMb),
        unit: `MB — target < ${TARGETS.peakRssMb}: ${check(r.peakRssMb < TARGETS.peakRssMb)}`,
      },
      ms("baseline: papaparse parse of the text", r.baselines.papaparseParseMs),
      ms("baseline: papaparse parse, streamed (step)", r.baselines.papaparseStreamMs),
      ms("baseline: arquero group-by month × dimension", r.baselines.arqueroAggregateMs),
      {
        label: "import / papaparse",
        value: Number(r.ratios.importVsPapaparse.toFixed(2)),
        unit: `× — target ≤ ${TARGETS.importVsPapaparse}: ${check(r.ratios.importVsPapaparse <= TARGETS.importVsPapaparse)}`,
      },
      {
        label: "import / papaparse streamed (information)",
        value: Number(r.ratios.importVsPapaparseStream.toFixed(2)),
        unit: "×",
      },
      {
        label: "arquero / our aggregation",
        value: Number(r.ratios.aggregateVsArquero.toFixed(2)),
        unit: `× faster — target ≥ ${TARGETS.aggregateVsArquero}: ${check(r.ratios.aggregateVsArquero >= TARGETS.aggregateVsArquero)}`,
      },
    ],
  };
}
