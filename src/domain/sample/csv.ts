/**
 * The sample written the way French Excel saves "CSV (séparateur : point-virgule)": `;`
 * separator, decimal comma, dd/mm/yyyy dates, CRLF line ends. (The Windows-1252 encoding is
 * applied when the text is written to a file.)
 */
import { isoOfDay } from "../analysis/calendar";
import type { Sample } from "./generate";

export const SAMPLE_HEADERS = [
  "Date",
  "N° facture",
  "Client",
  "Commercial",
  "Région",
  "Gamme",
  "Produit",
  "Quantité",
  "Prix unitaire HT",
  "CA HT",
  "Coût d'achat HT",
];

export const TARGET_HEADERS = ["Mois", "Objectif CA HT"];

const money = new Intl.NumberFormat("fr-FR", {
  useGrouping: false,
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const integer = new Intl.NumberFormat("fr-FR", { useGrouping: false, maximumFractionDigits: 0 });

/** 1234.5 → "1234,50" (no grouping, as Excel writes in CSV); always an ASCII minus. */
export function frenchMoney(value: number): string {
  return money.format(value).replace("\u2212", "-");
}

export function frenchInteger(value: number): string {
  return integer.format(value).replace("\u2212", "-");
}

/** dd/mm/yyyy of a day number. */
export function frenchDate(day: number): string {
  const [y, m, d] = isoOfDay(day).split("-");
  return `${d}/${m}/${y}`;
}

/** A field quoted only when it must be (separator, quote or line break inside). */
export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLines(rows: string[][]): string {
  return rows.map((r) => r.map(csvField).join(";")).join("\r\n") + "\r\n";
}

/** The sales lines as CSV text. */
export function salesCsv(sample: Sample): string {
  return csvLines([
    SAMPLE_HEADERS,
    ...sample.lines.map((l) => [
      frenchDate(l.day),
      l.invoice,
      l.customer,
      l.salesperson,
      l.region,
      l.range,
      l.product,
      frenchInteger(l.quantity),
      frenchMoney(l.unitPrice),
      frenchMoney(l.revenue),
      frenchMoney(l.cost),
    ]),
  ]);
}

/** The monthly targets as CSV text ("YYYY-MM" months). */
export function targetsCsv(sample: Sample): string {
  return csvLines([TARGET_HEADERS, ...sample.targets.map((t) => [t.month, frenchMoney(t.target)])]);
}
