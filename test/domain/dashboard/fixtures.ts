/**
 * Hand-made sales tables for the plan tests: a few lines per day, known totals. The analysis and
 * the commentary are the real engines run on them (no hand-made Analysis).
 */
import type { Dimension, ImportResult, SalesTable } from "../../../src/domain/import/types";
import { analyze } from "../../../src/domain/analysis";
import { writeCommentary } from "../../../src/domain/commentary";
import type { AnalysisOptions } from "../../../src/domain/analysis/types";
import type { DashboardOptions } from "../../../src/domain/dashboard/types";
import type { BuildPlanInput } from "../../../src/domain/dashboard/plan";

export interface Line {
  /** ISO date */
  date: string;
  revenue: number;
  cost?: number;
  quantity?: number;
  target?: number;
  dims?: Record<string, string>;
}

const dayOf = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

export function salesTableOf(
  lines: Line[],
  dimensionKinds: Record<string, Dimension["kind"]> = {}
): SalesTable {
  const n = lines.length;
  const dimNames = [...new Set(lines.flatMap((l) => Object.keys(l.dims ?? {})))];
  const dimensions: Dimension[] = dimNames.map((header) => {
    const labels: string[] = [];
    const index = new Map<string, number>();
    const codes = new Int32Array(n);
    lines.forEach((l, i) => {
      const v = l.dims?.[header] ?? "";
      if (!index.has(v)) {
        index.set(v, labels.length);
        labels.push(v);
      }
      codes[i] = index.get(v)!;
    });
    return { header, kind: dimensionKinds[header] ?? "other", codes, labels };
  });
  const measures: SalesTable["measures"] = { revenue: Float64Array.from(lines, (l) => l.revenue) };
  const measureHeaders: SalesTable["measureHeaders"] = { revenue: "Montant HT" };
  if (lines.some((l) => l.cost !== undefined)) {
    measures.cost = Float64Array.from(lines, (l) => l.cost ?? NaN);
    measureHeaders.cost = "Coût";
  }
  if (lines.some((l) => l.quantity !== undefined)) {
    measures.quantity = Float64Array.from(lines, (l) => l.quantity ?? NaN);
    measureHeaders.quantity = "Qté";
  }
  if (lines.some((l) => l.target !== undefined)) {
    measures.target = Float64Array.from(lines, (l) => l.target ?? NaN);
    measureHeaders.target = "Objectif";
  }
  return {
    rowCount: n,
    date: Int32Array.from(lines, (l) => dayOf(l.date)),
    sourceRow: Int32Array.from(lines, (_, i) => i + 2),
    measures,
    measureHeaders,
    dimensions,
    currency: "EUR",
    decimals: { revenue: 2, cost: 2, quantity: 0, target: 2 },
  };
}

export function importResultOf(table: SalesTable, file = "ventes.csv"): ImportResult {
  const has = (m: keyof SalesTable["measures"]) =>
    table.measures[m] ? (table.measureHeaders[m] ?? null) : null;
  return {
    ok: true,
    table,
    source: {
      file,
      format: "csv",
      rowsRead: table.rowCount,
      rowsImported: table.rowCount,
      rowsRejected: 0,
    },
    columns: [],
    roles: {
      date: "Date",
      revenue: "Montant HT",
      cost: has("cost"),
      profit: null,
      quantity: has("quantity"),
      unitPrice: null,
      discount: null,
      target: has("target"),
      dimensions: table.dimensions.map((d) => d.header),
    },
    derived: [],
    issues: [],
    reconciliation: [],
    totals: { revenue: null, cost: null, margin: null, quantity: null },
    fatal: null,
  };
}

/** Daily lines from `from` to `to` (ISO, inclusive), one per member per day, amounts from `amount`. */
export function dailyLines(
  from: string,
  to: string,
  members: Record<string, string[]>,
  amount: (day: number, memberIndex: number) => { revenue: number; cost?: number }
): Line[] {
  const out: Line[] = [];
  const dims = Object.entries(members);
  const combos: Record<string, string>[] = dims.reduce<Record<string, string>[]>(
    (acc, [header, labels]) => acc.flatMap((c) => labels.map((l) => ({ ...c, [header]: l }))),
    [{}]
  );
  for (let d = dayOf(from); d <= dayOf(to); d++) {
    const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
    combos.forEach((c, k) => out.push({ date: iso, dims: c, ...amount(d, k) }));
  }
  return out;
}

/** A full plan input from lines, with the real analysis and commentary. */
export function planInput(
  lines: Line[],
  options: Partial<DashboardOptions> = {},
  analysisOptions: AnalysisOptions = {},
  kinds: Record<string, Dimension["kind"]> = {}
): BuildPlanInput {
  const table = salesTableOf(lines, kinds);
  const importResult = importResultOf(table);
  const lang = options.lang ?? "fr";
  const analysis = analyze(table, analysisOptions);
  const commentary = writeCommentary({ analysis, importResult, fileName: "ventes.csv" }, { lang });
  return {
    importResult,
    analysis,
    commentary,
    options: { lang, ...options },
    sourceName: "ventes.csv",
    builtAt: new Date(Date.UTC(2025, 0, 31, 9, 30)),
  };
}
