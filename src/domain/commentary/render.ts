/**
 * What a language pack needs to know besides the fact: language, currency, and how to write months.
 */
import type { Lang } from "../import/types";
import type { Analysis, MonthKey } from "../analysis/types";
import type { Fact } from "./facts";
import { parseMonthKey } from "./format";
import type { Quoter } from "./quote";

export interface RenderContext {
  lang: Lang;
  currency: string | null;
  /** Months carry their year ("mars 2024") when the data spans more than one calendar year. */
  withYear: boolean;
  /** Fiscal years ("exercice 2024-2025") rather than calendar years. */
  fiscal: boolean;
  /** " HT", " TTC" or "" after "CA" / "chiffre d'affaires", from the revenue column header. */
  taxSuffix: string;
  /**
   * The data spans several (fiscal) years while the opening speaks of one: member totals (which
   * cover all the data) say so ("sur l'ensemble de la période").
   */
  severalYears: boolean;
  /**
   * This fact's like-for-like period ("De janvier à octobre 2026, par rapport à la même période de
   * 2025") was named by the sentence just before ("previous": say « Sur la même période »), or by
   * an earlier one ("earlier": name the months again, without repeating what they compare with).
   */
  periodSaid?: "previous" | "earlier";
  /**
   * An earlier sentence already explained the same change by a member of another dimension: this
   * one is framed as another view of it (« Par gamme, sur la même période, … »), not as a second,
   * competing explanation.
   */
  otherDimension?: boolean;
}

/** One way of saying a fact: it quotes its figures through the quoter and returns the sentence. */
export type Variant = (q: Quoter) => string;

/** A language pack: every way of saying each fact. An empty list means "nothing worth saying". */
export type LanguagePack = (fact: Fact, ctx: RenderContext) => Variant[];

/**
 * The like-for-like period a sentence names (a year's months against the same months a year
 * earlier), as a key; null when it names none.
 */
export function likeForLikeKey(fact: Fact): string | null {
  if (fact.type === "total") {
    if (fact.mode === "ytd") return `${fact.from}|${fact.to}|${fact.previousYear}`;
    if (fact.mode === "year" && !fact.previous && fact.likeForLike) {
      const l = fact.likeForLike;
      return `${l.from}|${l.to}|${l.previousYear}`;
    }
    return null;
  }
  if (fact.type !== "contribution" && fact.type !== "rateShift") return null;
  const { period, months, from } = fact.insight;
  if (period !== "year" || months.length === 0 || months.length >= 12) return null;
  return `${months[0]}|${months[months.length - 1]}|${from}`;
}

/** The change a contribution sentence explains, as a key (same period, same two ends). */
export function contributionKey(fact: Fact): string | null {
  if (fact.type !== "contribution") return null;
  const { period, from, to, months } = fact.insight;
  return `${period}|${from}|${to}|${months.join(",")}`;
}

/** True when the months of the analysis span more than one calendar year. */
export function spansSeveralYears(analysis: Analysis): boolean {
  const first = analysis.months[0];
  const last = analysis.months.at(-1);
  return !!first && !!last && first.year !== last.year;
}

/** Whether to show the year on each end of a month range ("de janvier à juin 2024"). */
export function rangeYears(
  from: MonthKey,
  to: MonthKey,
  alwaysYear: boolean
): { fromYear: boolean; toYear: boolean } {
  const differ = parseMonthKey(from).year !== parseMonthKey(to).year;
  return { fromYear: differ, toYear: alwaysYear || differ };
}

/** " HT" / " TTC" / "" from the revenue header ("CA HT", "Montant TTC", "sales"). */
export function taxSuffixOf(header: string | null | undefined): string {
  if (!header) return "";
  if (/\bTTC\b|toutes taxes/i.test(header)) return " TTC";
  if (/\bHT\b|hors tax/i.test(header)) return " HT";
  return "";
}
