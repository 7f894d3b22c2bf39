/**
 * Round trips and request sizes: the number of syncs does not grow with the rows except for the
 * data chunks, and every request stays under 5 MB. ExcelApi 1.7 hosts get SUMIFS tables.
 */
import { buildDashboard } from "../../src/excel";
import { importResultOf, salesTableOf, type Line } from "../domain/dashboard/fixtures";
import { expectTrackingMatchesAnalysis, FIXED_NOW, sim, smallImport, tableRows } from "./helpers";

jest.setTimeout(600_000);

/** Lines with long customer names, so that 40,000 rows already need two data requests. */
function rows(n: number): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2024, 0, 1 + (i % 366))).toISOString().slice(0, 10);
    const client = `Client n°${i % 300} — ${"société à responsabilité limitée ".repeat(4)}`;
    out.push({ date, revenue: 10 + (i % 97) / 4, dims: { Client: client } });
  }
  return out;
}

it("needs the same round trips for 10,000 and 40,000 rows but for the data chunks, each request under 5 MB", async () => {
  const measure = async (n: number) => {
    const s = sim();
    const importResult = importResultOf(salesTableOf(rows(n), { Client: "customer" }));
    const r = await buildDashboard(s, {
      importResult,
      options: { lang: "fr" },
      sourceName: "x.csv",
      now: FIXED_NOW,
    });
    expect(r.error).toBeNull();
    expect(r.syncs).toBe(s.counters.syncCount);
    return { syncs: s.counters.syncCount, chunks: r.dataChunks, max: s.counters.maxRequestBytes };
  };
  const small = await measure(10_000);
  const large = await measure(40_000);
  expect(small.chunks).toBe(1);
  expect(large.chunks).toBe(2);
  expect(large.syncs - large.chunks).toBe(small.syncs - small.chunks);
  expect(large.max).toBeLessThan(5 * 1024 * 1024);
  expect(small.max).toBeLessThan(5 * 1024 * 1024);
});

it("refreshes in place with the same round trips for 10,000 and 40,000 rows but for the data chunks, the commit's size independent of the rows", async () => {
  const measure = async (n: number) => {
    const s = sim();
    const importResult = importResultOf(salesTableOf(rows(n), { Client: "customer" }));
    const build = {
      importResult,
      options: { lang: "fr" as const },
      sourceName: "x.csv",
      now: FIXED_NOW,
    };
    await buildDashboard(s, build);
    s.counters.reset();
    const r = await buildDashboard(s, build);
    expect(r.error).toBeNull();
    expect(r.mode).toBe("inPlace");
    expect(r.syncs).toBe(s.counters.syncCount);
    const bytes = s.counters.requestBytes;
    // Reading (3), staging (1), chunks, then commit, PivotTable layout, finish.
    const others = [...bytes.slice(0, 4), ...bytes.slice(4 + r.dataChunks)];
    return {
      syncs: s.counters.syncCount,
      chunks: r.dataChunks,
      max: s.counters.maxRequestBytes,
      others,
    };
  };
  const small = await measure(10_000);
  const large = await measure(40_000);
  expect(small.chunks).toBe(1);
  expect(large.chunks).toBe(2);
  expect(large.syncs - large.chunks).toBe(small.syncs - small.chunks);
  expect(large.others).toHaveLength(small.others.length);
  large.others.forEach((b, i) => expect(Math.abs(b - small.others[i])).toBeLessThan(100));
  expect(large.max).toBeLessThan(5 * 1024 * 1024);
});

describe("a host without ExcelApi 1.8", () => {
  it("builds SUMIFS tables instead of PivotTables, with the right figures, and says why", async () => {
    const s = sim("1.7");
    const r = await buildDashboard(s, {
      importResult: smallImport(),
      options: { lang: "fr" },
      sourceName: "ventes.csv",
      now: FIXED_NOW,
    });
    expect(r.error).toBeNull();
    expect(r.pivotFallback).toBe(true);
    expect(r.messages.map((m) => m.fr).join(" ")).toMatch(/ExcelApi 1\.8/);
    const values = s.workbook.values("TCD", "A4:E11");
    const header = values[0];
    const months = r.analysis!.months;
    const pivot = r.analysis!.pivot!;
    months.forEach((m, i) => {
      const row = values[1 + i];
      pivot.members.forEach((member) => {
        const col = header.indexOf(member);
        expect(col).toBeGreaterThan(0);
        expect(row[col] as number).toBeCloseTo(pivot.revenue[i][pivot.members.indexOf(member)], 2);
      });
      expect(row[header.indexOf("Total")] as number).toBeCloseTo(m.revenue, 2);
    });
    expect(tableRows(s, "SuiviMensuel").body).toHaveLength(6);
    // The tracking formulas (IFERROR/INDEX/MATCH for M-1 included) evaluate alike on this host.
    expect(expectTrackingMatchesAnalysis(s, r)).toBe(6 * 8);
    expect(tableRows(s, "SuiviMensuel").body[0]["Écart M-1"]).toBe("");
  });
});

it("refuses more rows than a sheet holds, with a clear message and the workbook untouched", async () => {
  const rows = 1_048_576;
  const table = salesTableOf([{ date: "2024-01-01", revenue: 1, dims: { Région: "Nord" } }]);
  const big = {
    ...table,
    rowCount: rows,
    date: new Int32Array(rows).fill(table.date[0]),
    sourceRow: new Int32Array(rows),
    measures: { revenue: new Float64Array(rows).fill(1) },
    dimensions: [{ ...table.dimensions[0], codes: new Int32Array(rows) }],
  };
  const s = sim();
  s.counters.reset();
  const r = await buildDashboard(s, {
    importResult: importResultOf(big),
    options: { lang: "fr" },
    sourceName: "x.csv",
  });
  expect(r.ok).toBe(false);
  expect(r.error!.fr).toContain("au plus 1\u202f048\u202f575");
  expect(r.error!.en).toContain("at most 1,048,575");
  expect(s.counters.syncCount).toBe(0);
  expect(s.workbook.sheetNames()).toEqual(["Feuil1"]);
});
