/**
 * The JSON report of the command line: a public contract (README, "JSON report"). The import
 * keys are assembled here; the analysis and commentary steps add their own keys below, from the
 * optional inputs.
 */
import type { Analysis } from "../domain/analysis/types";
import { analysisReport } from "../domain/analysis/report";
import type { Commentary } from "../domain/commentary/types";
import { roundTo, type ImportResult, type Lang, type RoleMap } from "../domain/import";
import { isBalanced } from "./summary";

export interface ReportInput {
  importResult: ImportResult;
  analysis?: Analysis;
  commentary?: Commentary;
  /** Language of the messages (default "fr"). */
  lang?: Lang;
}

export interface ReportIssue {
  /** Source row (1-based, header = 1 in a CSV; sheet row in an .xlsx), null for the whole file. */
  row: number | null;
  /** Source column header, null for the whole row. */
  column: string | null;
  severity: "error" | "warning";
  message: string;
}

export interface JsonReport {
  source: { file: string; rowsRead: number; rowsImported: number; rowsRejected: number };
  columns: RoleMap;
  derived: string[];
  issues: ReportIssue[];
  totals: {
    revenue: number | null;
    cost: number | null;
    margin: number | null;
    quantity: number | null;
  };
  /** Per measure: sum over the source rows = imported + rejected (total lines apart). */
  reconciliation: {
    measure: string;
    column: string;
    source: number;
    imported: number;
    rejected: number;
    skippedTotals: number;
    balanced: boolean;
  }[];
  /** Only when nothing usable was found: why. */
  error?: string;
  // Keys added by later steps (analysis, commentary) go below, as optional properties.
  [key: string]: unknown;
}

/** Money totals rounded to the cent (the import keeps them exact at the source's decimals). */
function cents(value: number | null): number | null {
  return value === null ? null : roundTo(value, 2);
}

/** Builds the report from the results of the steps that ran. */
export function buildReport(input: ReportInput): JsonReport {
  const { importResult: r } = input;
  const lang = input.lang ?? "fr";
  const report: JsonReport = {
    source: {
      file: r.source.file,
      rowsRead: r.source.rowsRead,
      rowsImported: r.source.rowsImported,
      rowsRejected: r.source.rowsRejected,
    },
    columns: { ...r.roles, dimensions: [...r.roles.dimensions] },
    derived: [...r.derived],
    issues: r.issues.map((issue) => ({
      row: issue.row,
      column: issue.column,
      // "info" notes (assumptions, derived columns) are reported as warnings: worth a look.
      severity: issue.severity === "error" ? "error" : "warning",
      message: issue.message[lang],
    })),
    totals: {
      revenue: cents(r.totals.revenue),
      cost: cents(r.totals.cost),
      margin: cents(r.totals.margin),
      quantity: r.totals.quantity,
    },
    reconciliation: r.reconciliation.map((rec) => {
      const round = (v: number) => (rec.measure === "quantity" ? v : roundTo(v, 2));
      return {
        measure: rec.measure,
        column: rec.header,
        source: round(rec.source),
        imported: round(rec.imported),
        rejected: round(rec.rejected),
        skippedTotals: round(rec.skippedTotals),
        balanced: isBalanced(rec),
      };
    }),
  };
  if (!r.ok && r.fatal) report.error = r.fatal[lang];
  // Analysis keys (analysis engineer): months, breakdowns, insights — src/domain/analysis/report.ts.
  if (input.analysis) Object.assign(report, analysisReport(input.analysis));
  // Commentary keys: added by the commentary step from input.commentary.
  if (input.commentary) report.commentary = commentaryReport(input.commentary);
  return report;
}

// ---------------------------------------------------------------- commentary (commentary engineer)

/** The `commentary` key: the text, and each sentence with its insight, raw figures and cell. */
export function commentaryReport(c: Commentary) {
  return {
    lang: c.lang,
    currency: c.currency ?? null,
    text: c.text,
    sentences: c.sentences.map((s) => ({
      text: s.text,
      insight: s.insight,
      figures: s.figures,
      units: s.units ?? {},
      anchor: s.anchor,
    })),
  };
}
