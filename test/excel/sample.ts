/**
 * The French sample (assets/samples/ventes-exemple.csv and objectifs-exemple.csv) read here with
 * papaparse, not by the add-in's import: independent figures for the dashboard tests.
 */
import * as fs from "fs";
import * as path from "path";
import Papa from "papaparse";

export const SAMPLES = path.resolve(__dirname, "../..", "assets/samples");
export const salesBytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, "ventes-exemple.csv")));
const targetsText = fs.readFileSync(path.join(SAMPLES, "objectifs-exemple.csv"), "latin1");

/** "1 234,56" → 1234.56 */
const frenchNumber = (text: string) => Number(text.replace(/\s/g, "").replace(",", "."));

/** The sample's rows, read here (not by the add-in's import): month "YYYY-MM", day, revenue. */
export const sampleRows = (() => {
  const parsed = Papa.parse<string[]>(new TextDecoder("windows-1252").decode(salesBytes), {
    delimiter: ";",
    skipEmptyLines: true,
  });
  const [header, ...rows] = parsed.data;
  const revenue = header.indexOf("CA HT");
  if (revenue < 0) throw new Error("ventes-exemple.csv: no CA HT column");
  return rows.map((r) => {
    const [dd, mm, yyyy] = r[0].split("/");
    return { month: `${yyyy}-${mm}`, day: Number(dd), revenue: frenchNumber(r[revenue]) };
  });
})();

/** Monthly targets of objectifs-exemple.csv ("2024-10;52700,00"). */
export const sampleTargets: Record<string, number> = Object.fromEntries(
  targetsText
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [month, amount] = l.split(";");
      return [month, frenchNumber(amount)];
    })
);

/** Revenue per month of the sample, in cents. */
export const revenueCents = new Map<string, number>();
for (const r of sampleRows)
  revenueCents.set(r.month, (revenueCents.get(r.month) ?? 0) + Math.round(r.revenue * 100));
