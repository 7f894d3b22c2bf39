/**
 * Which analysis figure a tracking-table column computes. The dashboard gives the key; when it
 * does not, the column's header (French or English) tells it.
 */
import type { TrackingKey } from "../i18n/strings";

const KEYS: TrackingKey[] = [
  "month",
  "revenue",
  "prevYearRevenue",
  "prevYearChange",
  "prevYearChangePct",
  "prevMonthChange",
  "prevMonthChangePct",
  "ytdRevenue",
  "cost",
  "margin",
  "marginRate",
  "markupRate",
  "target",
  "targetGap",
  "status",
];

/** Headers of the tracking table in both languages, normalised (no accents, lower case). */
const BY_HEADER: Record<string, TrackingKey> = {
  mois: "month",
  month: "month",
  "ca ht": "revenue",
  revenue: "revenue",
  "ca n-1": "prevYearRevenue",
  "revenue last year": "prevYearRevenue",
  "last year": "prevYearRevenue",
  "ecart n/n-1": "prevYearChange",
  "gap vs last year": "prevYearChange",
  "evolution n/n-1": "prevYearChangePct",
  "change vs last year": "prevYearChangePct",
  "ecart m-1": "prevMonthChange",
  "gap vs previous month": "prevMonthChange",
  "evolution m-1": "prevMonthChangePct",
  "change vs previous month": "prevMonthChangePct",
  "cumul ca": "ytdRevenue",
  "year to date": "ytdRevenue",
  "revenue ytd": "ytdRevenue",
  ytd: "ytdRevenue",
  "cout d'achat": "cost",
  cost: "cost",
  "marge brute": "margin",
  "gross margin": "margin",
  "taux de marque": "marginRate",
  "margin rate": "marginRate",
  "taux de marge": "markupRate",
  "markup rate": "markupRate",
  objectif: "target",
  target: "target",
  "ecart objectif": "targetGap",
  "gap to target": "targetGap",
  statut: "status",
  status: "status",
};

export function normaliseHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘]/g, "'")
    .replace(/[−–]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export function trackingKeyOf(column: { key: string | null; header: string }): TrackingKey | null {
  if (column.key && (KEYS as string[]).includes(column.key)) return column.key as TrackingKey;
  return BY_HEADER[normaliseHeader(column.header)] ?? null;
}
