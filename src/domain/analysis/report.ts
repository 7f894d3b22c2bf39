/**
 * The analysis keys of the command line's JSON report (issue 3, "Command line and report"):
 * `months`, `breakdowns` and `insights`, with exactly the documented keys. Rates and shares are
 * fractions; null where not meaningful. Pure: the CLI serialises the result.
 */
import type { Analysis, BreakdownRow, Insight, MonthKey } from "./types";

export interface MonthReport {
  month: MonthKey;
  revenue: number;
  cost: number | null;
  margin: number | null;
  markupRate: number | null;
  marginRate: number | null;
  quantity: number | null;
  lines: number;
  partial: boolean;
  prevMonthChange: number | null;
  prevMonthChangePct: number | null;
  prevYearChangePct: number | null;
  ytdRevenue: number;
}

export interface BreakdownReportRow {
  /** Member label; "Other" for the grouped long tail (then rank is null). */
  key: string;
  revenue: number;
  margin: number | null;
  share: number | null;
  rank: number | null;
}

export interface InsightReport {
  kind: Insight["kind"];
  score: number;
  impact: number;
  significance: number;
  /** What the fact is about: a month ("2025-06"), a member, a period, or "total". */
  subject: string;
  /** Every other field of the insight (figures it rests on, test, p-value…). */
  figures: Record<string, unknown>;
}

export interface AnalysisReport {
  months: MonthReport[];
  breakdowns: Record<string, BreakdownReportRow[]>;
  insights: InsightReport[];
}

/** A month as the report shows it. */
export function monthReport(m: Analysis["months"][number]): MonthReport {
  return {
    month: m.month,
    revenue: m.revenue,
    cost: m.cost,
    margin: m.margin,
    markupRate: m.markupRate,
    marginRate: m.marginRate,
    quantity: m.quantity,
    lines: m.lines,
    partial: m.partial,
    prevMonthChange: m.prevMonthChange,
    prevMonthChangePct: m.prevMonthChangePct,
    prevYearChangePct: m.prevYearChangePct,
    ytdRevenue: m.ytdRevenue,
  };
}

function breakdownRow(r: BreakdownRow, grouped: boolean): BreakdownReportRow {
  return {
    key: r.key,
    revenue: r.revenue,
    margin: r.margin,
    share: r.share,
    rank: grouped ? null : r.rank,
  };
}

/** What an insight is about, in one string. */
export function insightSubject(i: Insight): string {
  switch (i.kind) {
    case "outstandingFirst":
    case "outstandingLast":
      return i.subject;
    case "trend":
      return i.member ?? "total";
    case "outlier":
    case "changePoint":
      return i.month;
    case "majority":
    case "contribution":
      return i.member;
    case "pareto":
      return i.dimension;
    case "seasonality":
      return "total";
    case "rateShift":
      return i.rate;
    case "targetGap":
      return i.period;
  }
}

/** Base fields that the report lifts to the top level (the rest goes to `figures`). */
const TOP_LEVEL = new Set(["kind", "score", "impact", "significance"]);

export function insightReport(i: Insight): InsightReport {
  const figures: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(i)) if (!TOP_LEVEL.has(key)) figures[key] = value;
  return {
    kind: i.kind,
    score: i.score,
    impact: i.impact,
    significance: i.significance,
    subject: insightSubject(i),
    figures,
  };
}

/** The `months`, `breakdowns` and `insights` keys of the JSON report (insights most significant first). */
export function analysisReport(analysis: Analysis): AnalysisReport {
  const breakdowns: Record<string, BreakdownReportRow[]> = {};
  for (const [header, b] of Object.entries(analysis.breakdowns)) {
    breakdowns[header] = [
      ...b.rows.map((r) => breakdownRow(r, false)),
      ...(b.other ? [breakdownRow(b.other, true)] : []),
    ];
  }
  return {
    months: analysis.months.map(monthReport),
    breakdowns,
    insights: analysis.insights.map(insightReport),
  };
}
