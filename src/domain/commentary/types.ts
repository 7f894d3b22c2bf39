/**
 * Contract between the commentary writer and its readers (dashboard plan, task pane, CLI report).
 */
import type { Lang } from "../import/types";
import type { InsightKind, MonthKey } from "../analysis/types";

/** Which figure of the tracking table a sentence quotes, so the workbook can link to its cell. */
export interface FigureAnchor {
  /** "tracking" = the SuiviMensuel table; "breakdown" = a pivot / breakdown by a dimension. */
  table: "tracking" | "breakdown";
  /** Month row of the tracking table, or "total" for its total row. */
  month?: MonthKey | "total";
  /** Tracking-table column meaning: "revenue", "prevYearChangePct", "marginRate", "target", ... */
  column: string;
  dimension?: string;
  member?: string;
  /** With month "total": the figure is this (fiscal) year's total, e.g. "2024" (additive). */
  year?: string;
}

/**
 * What a quoted figure is, so a reader can format or link it: money (currency units), percent
 * (fraction: 0.084 = 8.4 %), points (rate difference as a fraction: 0.023 = 2.3 points), count
 * (whole number), quantity (units sold, shown rounded),
 * month ("YYYY-MM"), monthOfYear (1..12), year (label), date (ISO day), label (a member name or
 * file name from the data).
 */
export type FigureUnit =
  | "money"
  | "percent"
  | "points"
  | "count"
  | "quantity"
  | "month"
  | "monthOfYear"
  | "year"
  | "date"
  | "label";

export interface CommentarySentence {
  text: string;
  /**
   * Insight kind behind it; "total", "partialMonth", "missingCost", "rejectedRows" for the opening
   * and caveats; "monthExtremes" for the best and worst months read from the monthly figures when
   * the analysis has no insight about them (descriptive, not a tested insight: additive);
   * "nonPositiveMonths" for the caveat on months with no sales or a revenue ≤ 0 (additive).
   */
  insight:
    | InsightKind
    | "total"
    | "monthExtremes"
    | "partialMonth"
    | "nonPositiveMonths"
    | "missingCost"
    | "rejectedRows";
  /** The figures quoted in the text, raw (unformatted) values by name. */
  figures: Record<string, number | string>;
  /** Cell the main figure comes from. */
  anchor: FigureAnchor | null;
  /** Unit of each entry of `figures` (same keys). Added by the commentary engineer (additive). */
  units?: Record<string, FigureUnit>;
}

export interface Commentary {
  lang: Lang;
  text: string;
  sentences: CommentarySentence[];
  /** ISO 4217 code the amounts are written in; null = plain numbers, no currency (additive). */
  currency?: string | null;
}

export interface CommentaryOptions {
  lang?: Lang;
  /** Target number of sentences (default: 4 to 8 depending on what is significant). */
  sentences?: number;
  /** ISO 4217; default: the data's currency, else EUR in French and no symbol guess in English. */
  currency?: string;
}
