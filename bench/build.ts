/**
 * Dashboard build benchmark on the workbook simulator: round trips (`context.sync()`), data
 * chunks, largest request, and the time of the whole build (analysis, commentary, plan, every
 * Excel request) for 10,000 and 1,048,575 rows (the most a sheet holds under its header row);
 * then the same for a refresh in place of that dashboard with the next month's data (the build
 * is made on the first 23 months' lines, the refresh brings the 24th).
 *
 * `bench/run.ts` calls `benchBuild()`; alone: `npx tsx bench/build.ts [rows…]`.
 */
import { createSimulatedExcel } from "../src/workbook-sim";
import { buildDashboard, type BuildStage } from "../src/excel";
import type { Dimension, ImportResult, SalesTable } from "../src/domain/import/types";
import { mulberry32 } from "../src/domain/sample/random";

export interface BenchRow {
  label: string;
  value: number;
  unit: string;
}

/**
 * A reproducible sales table: 2 years of daily lines (or `days` days from 2023-01-01), 5 regions,
 * 40 products, 2,000 customers.
 */
export function syntheticImport(rows: number, seed = 42, days = 730): ImportResult {
  const random = mulberry32(seed);
  const first = Date.UTC(2023, 0, 1) / 86_400_000;
  const date = new Int32Array(rows);
  const revenue = new Float64Array(rows);
  const cost = new Float64Array(rows);
  const quantity = new Float64Array(rows);
  const dims: { header: string; kind: Dimension["kind"]; labels: string[] }[] = [
    { header: "Région", kind: "region", labels: ["Nord", "Sud", "Est", "Ouest", "Île-de-France"] },
    {
      header: "Produit",
      kind: "product",
      labels: Array.from({ length: 40 }, (_, i) => `Produit ${i + 1}`),
    },
    {
      header: "Client",
      kind: "customer",
      labels: Array.from(
        { length: 2000 },
        (_, i) => `Client ${String(i + 1).padStart(4, "0")} SARL`
      ),
    },
  ];
  const codes = dims.map(() => new Int32Array(rows));
  for (let i = 0; i < rows; i++) {
    date[i] = first + Math.floor((i / rows) * days);
    const q = 1 + Math.floor(random() * 10);
    quantity[i] = q;
    revenue[i] = Math.round(q * (5 + random() * 95) * 100) / 100;
    cost[i] = Math.round(revenue[i] * (0.5 + random() * 0.2) * 100) / 100;
    dims.forEach((d, k) => (codes[k][i] = Math.floor(random() ** (k + 1) * d.labels.length)));
  }
  const table: SalesTable = {
    rowCount: rows,
    date,
    sourceRow: Int32Array.from({ length: rows }, (_, i) => i + 2),
    measures: { revenue, cost, quantity },
    measureHeaders: { revenue: "CA HT", cost: "Coût", quantity: "Qté" },
    dimensions: dims.map((d, k) => ({
      header: d.header,
      kind: d.kind,
      codes: codes[k],
      labels: d.labels,
    })),
    currency: "EUR",
    decimals: { revenue: 2, cost: 2, quantity: 0 },
  };
  return {
    ok: true,
    table,
    source: {
      file: "bench.csv",
      format: "csv",
      rowsRead: rows,
      rowsImported: rows,
      rowsRejected: 0,
    },
    columns: [],
    roles: {
      date: "Date",
      revenue: "CA HT",
      cost: "Coût",
      profit: null,
      quantity: "Qté",
      unitPrice: null,
      discount: null,
      target: null,
      dimensions: dims.map((d) => d.header),
    },
    derived: [],
    issues: [],
    reconciliation: [],
    totals: { revenue: null, cost: null, margin: null, quantity: null },
    fatal: null,
  };
}

export interface BuildMeasure {
  rows: number;
  ok: boolean;
  error: string | null;
  syncs: number;
  chunks: number;
  maxRequestBytes: number;
  buildMs: number;
  stageMs: Partial<Record<BuildStage | "swap", number>>;
}

export interface RefreshMeasure {
  rows: number;
  ok: boolean;
  inPlace: boolean;
  error: string | null;
  syncs: number;
  chunks: number;
  maxRequestBytes: number;
  refreshMs: number;
}

const NOW = new Date(Date.UTC(2025, 0, 1));

/**
 * A refresh in place: the dashboard built on the first 23 months (about `rows` × 700 / 730 lines),
 * then refreshed with `rows` lines over 24 months. Only the refresh is measured.
 */
export async function measureRefresh(rows: number): Promise<RefreshMeasure> {
  const sim = createSimulatedExcel();
  const before = syntheticImport(Math.round((rows * 700) / 730), 41, 700);
  await buildDashboard(sim, {
    importResult: before,
    options: { lang: "fr" },
    sourceName: "bench.csv",
    now: NOW,
  });
  const importResult = syntheticImport(rows);
  sim.counters.reset();
  const started = performance.now();
  const result = await buildDashboard(sim, {
    importResult,
    options: { lang: "fr" },
    sourceName: "bench.csv",
    now: NOW,
  });
  return {
    rows,
    ok: result.ok,
    inPlace: result.mode === "inPlace",
    error: result.error?.en ?? null,
    syncs: sim.counters.syncCount,
    chunks: result.dataChunks,
    maxRequestBytes: sim.counters.maxRequestBytes,
    refreshMs: performance.now() - started,
  };
}

export async function measureBuild(rows: number): Promise<BuildMeasure> {
  const importResult = syntheticImport(rows);
  const sim = createSimulatedExcel();
  const stageMs: BuildMeasure["stageMs"] = {};
  let last: { stage: BuildStage | "swap"; at: number } | null = null;
  const started = performance.now();
  const result = await buildDashboard(
    sim,
    {
      importResult,
      options: { lang: "fr" },
      sourceName: "bench.csv",
      now: NOW,
    },
    {
      onProgress: (stage) => {
        const at = performance.now();
        if (last && last.stage !== stage)
          stageMs[last.stage] = (stageMs[last.stage] ?? 0) + at - last.at;
        if (!last || last.stage !== stage) last = { stage, at };
      },
    }
  );
  const buildMs = performance.now() - started;
  return {
    rows,
    ok: result.ok,
    error: result.error?.en ?? null,
    syncs: sim.counters.syncCount,
    chunks: result.dataChunks,
    maxRequestBytes: sim.counters.maxRequestBytes,
    buildMs,
    stageMs,
  };
}

export const BENCH_ROWS = [10_000, 1_048_575];

/** The four rows of one measured run (build or refresh), or one row saying it failed. */
function measureRows(
  label: string,
  what: string,
  m: { syncs: number; chunks: number; maxRequestBytes: number; ms: number },
  failure: string | null
): BenchRow[] {
  if (failure !== null) return [{ label: `${label}: FAILED (${failure})`, value: 0, unit: "" }];
  return [
    { label: `${label}: context.sync() round trips`, value: m.syncs, unit: "syncs" },
    { label: `${label}: of which data chunks`, value: m.chunks, unit: "chunks" },
    {
      label: `${label}: largest request`,
      value: Math.round(m.maxRequestBytes / 1024),
      unit: "KB",
    },
    { label: `${label}: ${what} (simulator)`, value: Math.round(m.ms), unit: "ms" },
  ];
}

export async function benchBuild(sizes = BENCH_ROWS): Promise<{ name: string; rows: BenchRow[] }> {
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    const m = await measureBuild(n);
    rows.push(
      ...measureRows(
        `build ${n.toLocaleString("en-US")} rows`,
        "whole build",
        { ...m, ms: m.buildMs },
        m.ok ? null : String(m.error)
      )
    );
  }
  for (const n of sizes) {
    const m = await measureRefresh(n);
    rows.push(
      ...measureRows(
        `refresh in place ${n.toLocaleString("en-US")} rows`,
        "whole refresh",
        { ...m, ms: m.refreshMs },
        m.ok && m.inPlace ? null : (m.error ?? "not in place")
      )
    );
  }
  return { name: "Dashboard build and refresh in place (workbook simulator)", rows };
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  benchBuild(sizes.length ? sizes : BENCH_ROWS).then((r) => {
    console.log(r.name);
    for (const row of r.rows)
      console.log(`  ${row.label.padEnd(60)} ${String(row.value).padStart(10)} ${row.unit}`);
  });
}
