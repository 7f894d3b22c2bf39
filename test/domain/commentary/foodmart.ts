/**
 * FoodMart 1997 (../shared/data) through the real import and analysis, for the commentary's
 * golden, round-trip and spelling tests.
 */
import fs from "fs";
import path from "path";
import Papa from "papaparse";
import { analyze } from "../../../src/domain/analysis";
import type { Analysis } from "../../../src/domain/analysis/types";
import { importCsv } from "../../../src/domain/import";
import type { ImportResult } from "../../../src/domain/import/types";

export const DATA = path.resolve(__dirname, "../../..", "../shared/data");

export interface Loaded {
  fileName: string;
  importResult: ImportResult;
  analysis: Analysis;
  /** Words from the data: every member label, dimension header and the file name. */
  dataWords: string[];
}

export function loadFoodmart(fileName: "foodmart-1997.csv" | "foodmart-1997-fr.csv"): Loaded {
  const bytes = new Uint8Array(fs.readFileSync(path.join(DATA, fileName)));
  const importResult = importCsv(bytes, { fileName });
  if (!importResult.table) throw new Error(`${fileName}: not imported`);
  const analysis = analyze(importResult.table);
  const dataWords = [
    fileName,
    ...importResult.table.dimensions.flatMap((d) => [d.header, ...d.labels]),
  ];
  return { fileName, importResult, analysis, dataWords };
}

/**
 * Revenue by member of a column, summed straight from the CSV with papaparse (independently of
 * the project's import and analysis), in cents to avoid float drift.
 */
export function salesByMember(column: string): Map<string, number> {
  const text = fs.readFileSync(path.join(DATA, "foodmart-1997.csv"), "utf8");
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const cents = new Map<string, number>();
  for (const r of rows)
    cents.set(r[column], (cents.get(r[column]) ?? 0) + Math.round(Number(r.sales) * 100));
  return new Map([...cents].map(([k, v]) => [k, v / 100]));
}
