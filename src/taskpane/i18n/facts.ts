/**
 * One line per significant fact for the pane's "Faits marquants" list: what the fact is, and its
 * figure. The commentary says it in sentences; this list shows every fact with its number.
 */
import type { Insight, InsightMeasure } from "../../domain/analysis/types";
import type { Lang } from "../../domain/import/types";
import {
  formatChange,
  formatCount,
  formatMoneyRounded,
  formatMonth,
  formatMonthName,
  formatPercent,
} from "./format";
import { NBSP } from "./typography";

export interface FactLine {
  title: string;
  figure: string;
}

const MEASURE: Record<Lang, Record<InsightMeasure, string>> = {
  fr: { revenue: "CA HT", margin: "marge brute", quantity: "quantités" },
  en: { revenue: "revenue", margin: "gross margin", quantity: "quantities" },
};

function period(p: string, lang: Lang): string {
  return /^\d{4}-\d{2}$/.test(p) ? formatMonth(p, lang) : p;
}

/** "de mars 2024", but "d’octobre 2024", "d’avril", "d’août": French elides "de" before a vowel. */
export function fromMonthFr(month: string): string {
  return /^[aeiouyàâéèêîôû]/i.test(month) ? `d’${month}` : `de ${month}`;
}

export function describeInsight(insight: Insight, lang: Lang, currency: string | null): FactLine {
  const fr = lang === "fr";
  const value = (n: number) =>
    insight.measure === "quantity" ? formatCount(n, lang) : formatMoneyRounded(n, lang, currency);
  const measure = MEASURE[lang][insight.measure];
  const colon = fr ? `${NBSP}:` : ":";
  switch (insight.kind) {
    case "outstandingFirst":
    case "outstandingLast": {
      const first = insight.kind === "outstandingFirst";
      const subject =
        insight.scope === "month" ? formatMonth(insight.subject, lang) : insight.subject;
      const what =
        insight.scope === "month"
          ? fr
            ? `Mois le plus ${first ? "fort" : "faible"}`
            : `${first ? "Strongest" : "Weakest"} month`
          : fr
            ? `${first ? "En tête" : "En dernier"} (${insight.scope.dimension})`
            : `${first ? "Top" : "Last"} (${insight.scope.dimension})`;
      return {
        title: `${what}${colon} ${subject}`,
        figure: fr
          ? `${value(insight.value)} de ${measure}, ${formatPercent(insight.share, lang)} du total`
          : `${value(insight.value)} ${measure}, ${formatPercent(insight.share, lang)} of the total`,
      };
    }
    case "trend": {
      const up = insight.direction === "up";
      const who = insight.member ? ` (${insight.member})` : "";
      return {
        title: fr
          ? `Tendance à la ${up ? "hausse" : "baisse"}${who}, ${fromMonthFr(formatMonth(insight.from, lang))} à ${formatMonth(insight.to, lang)}`
          : `${up ? "Upward" : "Downward"} trend${who}, ${formatMonth(insight.from, lang)} to ${formatMonth(insight.to, lang)}`,
        figure: fr
          ? `${formatChange(insight.slopeRelative, lang)} par mois (${value(insight.slopePerMonth)} par mois)`
          : `${formatChange(insight.slopeRelative, lang)} a month (${value(insight.slopePerMonth)} a month)`,
      };
    }
    case "outlier": {
      const pct =
        insight.deviationPct === null ? "" : ` (${formatChange(insight.deviationPct, lang)})`;
      return {
        title: fr
          ? `Mois inhabituel${colon} ${formatMonth(insight.month, lang)}`
          : `Unusual month: ${formatMonth(insight.month, lang)}`,
        figure: fr
          ? `${value(insight.value)} contre ${value(insight.expected)} d’ordinaire${pct}`
          : `${value(insight.value)} against ${value(insight.expected)} in a typical month${pct}`,
      };
    }
    case "majority":
      return {
        title: fr
          ? `${insight.member} domine (${insight.dimension})`
          : `${insight.member} dominates (${insight.dimension})`,
        figure: fr
          ? `${formatPercent(insight.share, lang)} du ${measure} (${value(insight.value)})`
          : `${formatPercent(insight.share, lang)} of ${measure} (${value(insight.value)})`,
      };
    case "pareto":
      return {
        title: fr ? `Concentration (${insight.dimension})` : `Concentration (${insight.dimension})`,
        figure: fr
          ? `${insight.topCount} sur ${insight.memberCount} font ${formatPercent(insight.topShare, lang)} du ${measure}`
          : `${insight.topCount} of ${insight.memberCount} make ${formatPercent(insight.topShare, lang)} of ${measure}`,
      };
    case "changePoint":
      return {
        title: fr
          ? `Changement de niveau en ${formatMonth(insight.month, lang)}`
          : `Change of level in ${formatMonth(insight.month, lang)}`,
        figure:
          `${value(insight.before)} → ${value(insight.after)}` +
          (fr ? " par mois" : " a month") +
          (insight.changePct === null ? "" : ` (${formatChange(insight.changePct, lang)})`),
      };
    case "seasonality":
      return {
        title: fr
          ? `Saisonnalité${colon} pic en ${formatMonthName(insight.peakMonth, lang)}, creux en ${formatMonthName(insight.troughMonth, lang)}`
          : `Seasonality: peak in ${formatMonthName(insight.peakMonth, lang)}, trough in ${formatMonthName(insight.troughMonth, lang)}`,
        figure: fr
          ? `${formatChange(insight.peakIndex - 1, lang)} et ${formatChange(insight.troughIndex - 1, lang)} par rapport à la moyenne`
          : `${formatChange(insight.peakIndex - 1, lang)} and ${formatChange(insight.troughIndex - 1, lang)} against the average`,
      };
    case "contribution":
      return {
        title: fr
          ? `${insight.member} porte l’évolution (${insight.dimension}), ${period(insight.from, lang)} → ${period(insight.to, lang)}`
          : `${insight.member} drives the change (${insight.dimension}), ${period(insight.from, lang)} → ${period(insight.to, lang)}`,
        figure: fr
          ? `${formatPercent(insight.shareOfChange, lang, 0)} de la variation (${value(insight.memberChange)})`
          : `${formatPercent(insight.shareOfChange, lang, 0)} of the change (${value(insight.memberChange)})`,
      };
    case "rateShift": {
      const rate =
        insight.rate === "marginRate"
          ? fr
            ? "Taux de marque"
            : "Margin rate"
          : fr
            ? "Taux de marge"
            : "Markup rate";
      const points = new Intl.NumberFormat(fr ? "fr-FR" : "en-US", {
        maximumFractionDigits: 1,
        minimumFractionDigits: 1,
        signDisplay: "exceptZero",
      }).format(insight.delta * 100);
      return {
        title: `${rate}, ${period(insight.from, lang)} → ${period(insight.to, lang)}`,
        figure: `${formatPercent(insight.before, lang)} → ${formatPercent(insight.after, lang)} (${points}${NBSP}points)`,
      };
    }
    case "targetGap": {
      const pct = insight.gapPct === null ? "" : ` (${formatChange(insight.gapPct, lang)})`;
      return {
        title: fr
          ? `Écart à l’objectif, ${period(insight.period, lang)}`
          : `Gap to target, ${period(insight.period, lang)}`,
        figure: fr
          ? `${value(insight.actual)} pour un objectif de ${value(insight.target)}${pct}`
          : `${value(insight.actual)} against a target of ${value(insight.target)}${pct}`,
      };
    }
  }
}
