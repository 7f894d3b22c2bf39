/** Words of the dashboard in both languages (headers, titles, notes). */
import type { Lang, Localized } from "../import/types";

export type TrackingKey =
  | "month"
  | "revenue"
  | "prevYearRevenue"
  | "prevYearChange"
  | "prevYearChangePct"
  | "prevMonthChange"
  | "prevMonthChangePct"
  | "ytdRevenue"
  | "cost"
  | "margin"
  | "marginRate"
  | "markupRate"
  | "target"
  | "targetGap"
  | "status";

/** Tracking-table headers. French "taux de marque" = margin / revenue = English "margin rate". */
export const TRACKING_HEADERS: Record<TrackingKey, Localized> = {
  month: { fr: "Mois", en: "Month" },
  revenue: { fr: "CA HT", en: "Revenue" },
  prevYearRevenue: { fr: "CA N-1", en: "Revenue last year" },
  prevYearChange: { fr: "Écart N/N-1", en: "Gap vs last year" },
  prevYearChangePct: { fr: "Évolution N/N-1", en: "Change vs last year" },
  prevMonthChange: { fr: "Écart M-1", en: "Gap vs previous month" },
  prevMonthChangePct: { fr: "Évolution M-1", en: "Change vs previous month" },
  ytdRevenue: { fr: "Cumul CA", en: "Revenue YTD" },
  cost: { fr: "Coût d’achat", en: "Cost" },
  margin: { fr: "Marge brute", en: "Gross margin" },
  marginRate: { fr: "Taux de marque", en: "Margin rate" },
  markupRate: { fr: "Taux de marge", en: "Markup rate" },
  target: { fr: "Objectif", en: "Target" },
  targetGap: { fr: "Écart objectif", en: "Gap to target" },
  status: { fr: "Statut", en: "Status" },
};

/** One line per tracking column for the trainer mode: what the formula does. */
export const TRACKING_EXPLANATIONS: Record<TrackingKey, Localized> = {
  month: {
    fr: "Premier jour du mois, affiché en toutes lettres.",
    en: "First day of the month, shown as month and year.",
  },
  revenue: {
    fr: "Somme des ventes HT de la table des données dont le mois est celui de la ligne (SOMME.SI.ENS).",
    en: "Sum of the sales of the data table whose month is the row's month (SUMIFS).",
  },
  prevYearRevenue: {
    fr: "Même calcul sur le mois de l’année précédente (MOIS.DECALER de −12) ; vide si les données ne le couvrent pas, ou si ce mois ou son mois N-1 est incomplet (désigné par sa DATE, comme dans Statut) : un mois partiel n’est pas comparé à un mois entier, et le total ne porte que sur les mois comparés.",
    en: "Same sum for the same month a year earlier (EDATE −12); blank when the data does not cover it, or when this month or that one is partial (named by its DATE, as in Status): a partial month is not compared with a whole one, and the total covers the compared months only.",
  },
  prevYearChange: { fr: "CA du mois moins CA N-1.", en: "Revenue minus last year's revenue." },
  prevYearChangePct: {
    fr: "Écart divisé par le CA N-1 ; « n.s. » quand le CA N-1 est nul ou négatif (pas de #DIV/0!).",
    en: 'Gap divided by last year\'s revenue; "n.s." when that is zero or negative (no #DIV/0!).',
  },
  prevMonthChange: {
    fr: "CA du mois moins CA du mois précédent, trouvé dans le tableau par INDEX et EQUIV sur MOIS.DECALER(Mois ; −1) ; pour le premier mois, EQUIV ne trouve rien (#N/A) et SIERREUR laisse la cellule vide. Vide aussi quand ce mois ou le précédent est incomplet (désigné par sa DATE, comme dans Statut).",
    en: "Revenue minus the previous month's, found in the table by INDEX and MATCH on EDATE(Month, −1); for the first month MATCH finds nothing (#N/A) and IFERROR leaves the cell blank. Blank too when this month or the previous one is partial (named by its DATE, as in Status).",
  },
  prevMonthChangePct: {
    fr: "Écart M-1 divisé par le CA du mois précédent ; « n.s. » si celui-ci est nul ou négatif.",
    en: 'Gap divided by the previous month\'s revenue; "n.s." when that is zero or negative.',
  },
  ytdRevenue: {
    fr: "Somme du CA des mois de l’exercice jusqu’à la ligne (SOMME.SI.ENS sur le tableau lui-même).",
    en: "Sum of the revenue of the year's months up to the row (SUMIFS on the table itself).",
  },
  cost: {
    fr: "Somme des coûts d’achat du mois (SOMME.SI.ENS).",
    en: "Sum of the month's cost of goods sold (SUMIFS).",
  },
  margin: { fr: "CA HT moins coût d’achat.", en: "Revenue minus cost." },
  marginRate: {
    fr: "Taux de marque = marge brute / CA HT ; « n.s. » si le CA est nul ou négatif.",
    en: 'Margin rate = gross margin / revenue; "n.s." when revenue is zero or negative.',
  },
  markupRate: {
    fr: "Taux de marge = marge brute / coût d’achat ; « n.s. » si le coût est nul ou négatif.",
    en: 'Markup rate = gross margin / cost; "n.s." when cost is zero or negative.',
  },
  target: {
    fr: "Objectif du mois lu dans le tableau des objectifs (modifiable) ; vide sans objectif.",
    en: "The month's target read from the targets table (you can edit it); blank without a target.",
  },
  targetGap: {
    fr: "CA HT moins objectif ; vide sans objectif, et pour un mois incomplet (comparé à l’objectif d’un mois entier).",
    en: "Revenue minus target; blank without a target, and for a partial month (its target is a whole month's).",
  },
  status: {
    fr: "SI : « Mois incomplet (jusqu’au 17) » pour un mois partiel, le jour venant de la dernière (ou première) date des données, JOUR(MAX(Ventes[Date])) ; sinon « Objectif atteint » si l’écart objectif est positif ou nul, « Sous l’objectif » s’il est négatif, vide sans objectif.",
    en: "IF: “Partial month (to day 17)” for a partial month, the day coming from the data’s last (or first) date, DAY(MAX(Sales[Date])); otherwise “Target met” when the gap to target is zero or more, “Below target” when it is negative, blank without a target.",
  },
};

export interface SalesHeaders {
  date: string;
  quantity: string;
  unitPrice: string;
  discount: string;
  revenue: string;
  cost: string;
  target: string;
  year: string;
  month: string;
  margin: string;
}

export const SALES_HEADERS: Record<Lang, SalesHeaders> = {
  fr: {
    date: "Date",
    quantity: "Quantité",
    unitPrice: "Prix unitaire",
    discount: "Remise",
    revenue: "CA HT",
    cost: "Coût d’achat",
    target: "Objectif",
    year: "Année",
    month: "Mois",
    margin: "Marge brute",
  },
  en: {
    date: "Date",
    quantity: "Quantity",
    unitPrice: "Unit price",
    discount: "Discount",
    revenue: "Revenue",
    cost: "Cost",
    target: "Target",
    year: "Year",
    month: "Month",
    margin: "Gross margin",
  },
};

/** Short words used in cells and titles. */
export const WORDS = {
  total: { fr: "Total", en: "Total" },
  notSignificant: { fr: "n.s.", en: "n.s." },
  notAvailable: { fr: "n.d.", en: "n/a" },
  others: { fr: "Autres", en: "Other" },
  share: { fr: "Part du CA", en: "Share of revenue" },
  month: { fr: "Mois", en: "Month" },
  targetMet: { fr: "Objectif atteint", en: "Target met" },
  belowTarget: { fr: "Sous l’objectif", en: "Below target" },
} satisfies Record<string, Localized>;

/**
 * The two parts of a partial month's status around its day: "Mois incomplet (jusqu’au " + 17 + ")".
 * The tracking table's Statut formula joins them around a live DAY(MAX(Ventes[Date])), so the day
 * stays a plain number (no "1er", no English ordinal, which would need more formula than it is worth).
 */
export const PARTIAL_STATUS: Record<"end" | "start", Record<Lang, [string, string]>> = {
  end: { fr: ["Mois incomplet (jusqu’au ", ")"], en: ["Partial month (to day ", ")"] },
  start: { fr: ["Mois incomplet (depuis le ", ")"], en: ["Partial month (from day ", ")"] },
};

/** "Mois incomplet (jusqu’au 17)" / "Partial month (to day 17)": what the Statut formula shows. */
export function partialStatus(lang: Lang, edge: "end" | "start", day: number): string {
  const [before, after] = PARTIAL_STATUS[edge][lang];
  return `${before}${day}${after}`;
}

/** English ordinal: 1st, 2nd, 3rd, 11th, 17th, 22nd. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** Pick the text of a language. */
export function t(text: Localized, lang: Lang): string {
  return text[lang];
}
