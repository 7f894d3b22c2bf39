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
}

export interface CommentarySentence {
  text: string;
  /** Insight kind behind it; "total", "partialMonth", "missingCost", "rejectedRows" for the opening and caveats. */
  insight: InsightKind | "total" | "partialMonth" | "missingCost" | "rejectedRows";
  /** The figures quoted in the text, raw (unformatted) values by name. */
  figures: Record<string, number | string>;
  /** Cell the main figure comes from. */
  anchor: FigureAnchor | null;
}

export interface Commentary {
  lang: Lang;
  text: string;
  sentences: CommentarySentence[];
}

export interface CommentaryOptions {
  lang?: Lang;
  /** Target number of sentences (default: 4 to 8 depending on what is significant). */
  sentences?: number;
  /** ISO 4217; default: the data's currency, else EUR in French and no symbol guess in English. */
  currency?: string;
}
