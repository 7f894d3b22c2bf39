/** Shared helpers of the Excel-layer tests on the workbook simulator. */
import * as fs from "fs";
import * as path from "path";
import { createSimulatedExcel, type SimulatedExcel } from "../../src/workbook-sim";
import { importCsv } from "../../src/domain/import";
import type { ImportResult } from "../../src/domain/import/types";
import { salesTableOf, importResultOf, dailyLines, type Line } from "../domain/dashboard/fixtures";
import { SETTING_KEY, type BuildResult } from "../../src/excel";

export const DATA = path.resolve(__dirname, "../..", "../shared/data");

let foodmart: ImportResult | null = null;
/** FoodMart 1997 through the real CSV import (cached: it is read once per test file). */
export function loadFoodmart(): ImportResult {
  if (!foodmart) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(DATA, "foodmart-1997.csv")));
    foodmart = importCsv(bytes, { fileName: "foodmart-1997.csv" });
  }
  return foodmart;
}

export function sim(apiVersion = "1.17"): SimulatedExcel {
  return createSimulatedExcel({ apiVersion });
}

export const FIXED_NOW = new Date(Date.UTC(2025, 10, 26, 9, 0));

/** A small import: daily lines for 3 regions × 2 products, with cost. */
export function smallImport(
  from = "2024-01-01",
  to = "2024-06-30",
  extra: Partial<Line> = {}
): ImportResult {
  const lines = dailyLines(
    from,
    to,
    { Région: ["Nord", "Sud", "Ouest"], Produit: ["Papeterie", "Mobilier"] },
    (d, k) => ({
      revenue: Math.round((100 + k * 17 + (d % 11) * 3.5) * 100) / 100,
      cost: Math.round((55 + k * 9 + (d % 5)) * 100) / 100,
      ...extra,
    })
  );
  return importResultOf(
    salesTableOf(lines, { Région: "region", Produit: "product" }),
    "ventes.csv"
  );
}

/**
 * Everything in the workbook, as plain comparable data (the simulator's snapshot). `withIds`
 * adds the sheets' internal ids (same sheets, not only equal ones); without it, the sheet ids the
 * add-in's setting records are replaced by their role, since a rebuilt sheet gets a new id.
 */
export function snapshot(s: SimulatedExcel, withIds = false): unknown {
  const snap = JSON.parse(JSON.stringify(s.snapshot())) as { settings: Record<string, unknown> };
  if (withIds)
    return { ...snap, ids: s.workbook.sheets().map((x) => x.id), active: s.workbook.activeSheet() };
  const value = snap.settings[SETTING_KEY];
  if (typeof value === "string") {
    const record = JSON.parse(value) as { sheets: Record<string, string> };
    for (const key of Object.keys(record.sheets)) record.sheets[key] = `<id of ${key}>`;
    snap.settings[SETTING_KEY] = record;
  }
  return { ...snap, active: s.workbook.activeSheet() };
}

/** Rows of a table as objects (header → value), body rows then the total row. */
export function tableRows(
  s: SimulatedExcel,
  name: string
): {
  body: Record<string, unknown>[];
  total: Record<string, unknown> | null;
  formulas: Record<string, unknown>[];
} {
  const t = s.workbook.table(name);
  const values = s.workbook.values(t.sheet, t.dataBodyAddress);
  const formulas = s.workbook.formulas(t.sheet, t.dataBodyAddress);
  const obj = (row: unknown[]) => Object.fromEntries(t.columns.map((c, i) => [c, row[i]]));
  return {
    body: values.map(obj),
    formulas: formulas.map(obj),
    total: t.totalRowAddress ? obj(s.workbook.values(t.sheet, t.totalRowAddress)[0]) : null,
  };
}

/**
 * Every formula cell of the tracking table equals the analysis engine's figure: amounts to the
 * cent, rates to 1e-9; where the analysis has no figure (null) the cell shows "", "n.s." or "n.d.".
 * Returns the number of cells compared.
 */
export function expectTrackingMatchesAnalysis(s: SimulatedExcel, result: BuildResult): number {
  const { body, formulas } = tableRows(s, result.tables!.tracking);
  const months = result.analysis!.months as unknown as Record<string, unknown>[];
  const partial = (i: number) => i >= 0 && result.analysis!.months[i].partial;
  let checked = 0;
  body.forEach((row, i) => {
    for (const column of result.trackingColumns) {
      if (column.key === "month" || column.key === "status") continue;
      expect(String(formulas[i][column.header])).toMatch(/^=/);
      // A partial month is compared with no other month (nor is a month whose M-1 or N-1 is
      // partial) nor with its target: those cells are blank, whatever the analysis computes.
      const notCompared =
        (/^prevYear/.test(column.key) && (partial(i) || partial(i - 12))) ||
        (/^prevMonth/.test(column.key) && (partial(i) || partial(i - 1))) ||
        (column.key === "targetGap" && partial(i));
      const expected = notCompared ? null : (months[i][column.key] as number | null);
      const actual = row[column.header];
      if (expected === null) expect(["", "n.s.", "n.d.", "n/a"]).toContain(actual);
      else if (/Pct|Rate/.test(column.key))
        expect(Math.abs((actual as number) - expected)).toBeLessThan(1e-9);
      else expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
      checked++;
    }
  });
  return checked;
}
