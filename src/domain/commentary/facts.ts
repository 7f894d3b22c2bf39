/**
 * Facts: what a sentence says, independent of the language. Built from the analysis (opening,
 * insights) and from the import report (caveats). Each fact knows the cell behind its main figure.
 */
import type {
  Analysis,
  ChangePointInsight,
  ContributionInsight,
  Insight,
  MajorityInsight,
  MonthFigures,
  MonthKey,
  OutlierInsight,
  YearFigures,
  OutstandingInsight,
  ParetoInsight,
  RateShiftInsight,
  SeasonalityInsight,
  TargetGapInsight,
  TrendInsight,
} from "../analysis/types";
import type { DimensionKind, ImportResult } from "../import/types";
import { dimensionNoun, type DimensionNoun } from "./members";
import type { CommentarySentence, FigureAnchor } from "./types";

/** A member of a dimension, with what is needed to name it. */
export interface MemberRef {
  label: string;
  dimension: string;
  noun: DimensionNoun | null;
  /** The same series under another dimension (a salesperson who is the whole region). */
  alias?: MemberRef;
}

/** Like-for-like comparison: the same full months, this year and the year before. */
export interface LikeForLike {
  /** First and last month compared (this year). */
  from: MonthKey;
  to: MonthKey;
  months: number;
  revenue: number;
  previousYear: string;
  changePct: number;
}

/** The opening: the period's total and what it compares with. */
export type TotalFact =
  | {
      type: "total";
      mode: "year";
      year: string;
      revenue: number;
      /** Whole year against the whole previous year; null when the data does not cover it. */
      previous: { year: string; changePct: number } | null;
      /** When the previous year is only partly covered: the months both years have. */
      likeForLike: LikeForLike | null;
      monthlyAverage: number;
    }
  | ({ type: "total"; mode: "ytd"; year: string } & LikeForLike)
  | {
      type: "total";
      mode: "range";
      from: MonthKey;
      to: MonthKey;
      months: number;
      revenue: number;
      /** Average of the full months; null when every month is partial (no average to quote). */
      monthlyAverage: number | null;
      /** The average leaves partial months out. */
      averageOfFullMonths: boolean;
    };

export interface MonthStat {
  month: MonthKey;
  value: number;
  average: number;
}

export type Fact =
  | TotalFact
  | {
      type: "bestWorstMonth";
      best: MonthStat | null;
      worst: MonthStat | null;
      measure: Insight["measure"];
      /**
       * "insight": an outstanding-month insight of the analysis; "monthlyRange": read from the
       * monthly figures because the year's range is wide (see `monthExtremesFact`).
       */
      basis: "insight" | "monthlyRange";
      /** The months compared are those of the reported year (not the whole data). */
      ofYear?: boolean;
    }
  | { type: "outstandingMember"; insight: OutstandingInsight; member: MemberRef }
  | { type: "trend"; insight: TrendInsight; member: MemberRef | null }
  | {
      type: "outlier";
      insight: OutlierInsight;
      /** The same month's gap to its target, said in the same sentence. */
      target?: { target: number; gap: number; gapPct: number | null };
      /** Lines booked in the month (a month at 0 with no line had no sales at all). */
      lines?: number;
    }
  | {
      type: "majority";
      insight: MajorityInsight;
      member: MemberRef;
      /** A second majority of the same measure under another dimension, said in the same sentence. */
      also?: { insight: MajorityInsight; member: MemberRef };
    }
  | { type: "pareto"; insight: ParetoInsight; noun: DimensionNoun | null }
  | { type: "changePoint"; insight: ChangePointInsight }
  | {
      type: "seasonality";
      insight: SeasonalityInsight;
      /**
       * Said right after the best / worst month sentence whose months it explains ("this pattern
       * repeats every year"), rather than naming the same months again.
       */
      follows?: boolean;
    }
  | { type: "contribution"; insight: ContributionInsight; member: MemberRef }
  | { type: "rateShift"; insight: RateShiftInsight }
  | {
      type: "targetGap";
      insight: TargetGapInsight;
      /** A year's gap on fewer than 12 full months: the months cumulated. */
      cumul?: { from: MonthKey; to: MonthKey };
    }
  | { type: "partialMonth"; month: MonthKey; from: string; to: string; side: "start" | "end" }
  | {
      /**
       * Months with no sales, or whose revenue is zero or negative (credit notes above sales),
       * that no outlier sentence describes: always worth a caveat, tested or not (a hole in the
       * export looks exactly like this).
       */
      type: "nonPositiveMonths";
      /** true: months without a single line; false: lines booked, revenue ≤ 0. */
      noSales: boolean;
      /** In month order. */
      months: Array<{ month: MonthKey; value: number }>;
    }
  | { type: "missingCost"; lines: number; linesWithoutCost: number | null }
  | { type: "rejectedRows"; rows: number; fileName: string | null; rejectedRevenue: number | null };

export type FactType = Fact["type"];

/** The insight kind a sentence reports, as the contract names it. */
export function sentenceKind(fact: Fact): CommentarySentence["insight"] {
  switch (fact.type) {
    case "bestWorstMonth":
      if (fact.basis === "monthlyRange") return "monthExtremes";
      return fact.best ? "outstandingFirst" : "outstandingLast";
    case "outstandingMember":
      return fact.insight.kind;
    default:
      return fact.type;
  }
}

// ---------------------------------------------------------------- opening

function monthIndex(key: MonthKey): number {
  const [y, m] = key.split("-").map(Number);
  return y * 12 + m - 1;
}

/** Consecutive calendar months, in order. */
function contiguous(keys: MonthKey[]): boolean {
  return keys.every((k, i) => i === 0 || monthIndex(k) === monthIndex(keys[i - 1]) + 1);
}

/**
 * The like-for-like months of a year (its full months whose month a year earlier is in the data
 * and full), as the analysis compares them; null when there are none or they are not consecutive
 * (a sentence could not name them as one range).
 */
export function likeForLike(analysis: Analysis, year: YearFigures): LikeForLike | null {
  const index = analysis.years.indexOf(year);
  const previous = index > 0 ? analysis.years[index - 1] : null;
  const { comparableRevenue, comparableChangePct } = year;
  if (!previous || comparableRevenue === null || comparableChangePct === null) return null;
  if (!Number.isFinite(comparableChangePct) || !Number.isFinite(comparableRevenue)) return null;
  const compared = analysis.comparedPeriods?.year;
  const byKey = new Map(analysis.months.map((m) => [m.month, m]));
  const keys =
    compared && compared.to === year.year
      ? compared.months
      : analysis.months
          .filter((m) => yearLabelOf(m, analysis) === year.year && !m.partial)
          .filter((m) => {
            const before = byKey.get(`${m.year - 1}-${String(m.monthNumber).padStart(2, "0")}`);
            return before !== undefined && !before.partial;
          })
          .map((m) => m.month);
  if (keys.length === 0 || keys.length !== year.comparableMonths || !contiguous(keys)) return null;
  return {
    from: keys[0],
    to: keys[keys.length - 1],
    months: keys.length,
    revenue: comparableRevenue,
    previousYear: previous.year,
    changePct: comparableChangePct,
  };
}

/**
 * The year the commentary reports on: the last (fiscal) year with at least one full month, so a
 * data set that ends with a few days of January speaks of the year just closed (and the partial
 * month gets its caveat).
 */
export function reportingYear(analysis: Analysis): YearFigures | null {
  for (let y = analysis.years.length - 1; y >= 0; y--) {
    const year = analysis.years[y];
    if (analysis.months.some((m) => !m.partial && yearLabelOf(m, analysis) === year.year))
      return year;
  }
  return null;
}

/**
 * The opening fact: the reporting year, complete, against the previous one when the data covers
 * it (like-for-like months when it covers it only in part); an incomplete year: its full months
 * against the same months a year earlier (a partial month never fakes a fall); otherwise the
 * whole period and its monthly average.
 */
export function openingFact(analysis: Analysis): TotalFact | null {
  const { months, years } = analysis;
  if (months.length === 0) return null;
  const year = reportingYear(analysis);
  const index = year ? years.indexOf(year) : -1;
  const prev = index >= 1 ? years[index - 1] : null;
  const lfl = year ? likeForLike(analysis, year) : null;
  if (year && year.complete && Number.isFinite(year.revenue)) {
    const change = year.prevYearChangePct;
    const whole = prev && change !== null && Number.isFinite(change);
    return {
      type: "total",
      mode: "year",
      year: year.year,
      revenue: year.revenue,
      previous: whole ? { year: prev.year, changePct: change } : null,
      likeForLike: whole ? null : lfl,
      monthlyAverage: year.revenue / Math.max(1, year.months),
    };
  }
  if (year && lfl) return { type: "total", mode: "ytd", year: year.year, ...lfl };
  const full = months.filter((m) => !m.partial).length;
  return {
    type: "total",
    mode: "range",
    from: months[0].month,
    to: months[months.length - 1].month,
    months: months.length,
    revenue: analysis.total.revenue,
    // Every month partial: an average "per month" would compare with nothing a month holds.
    monthlyAverage: full > 0 ? analysis.monthlyAverage : null,
    averageOfFullMonths: full > 0 && full < months.length,
  };
}

/** Cell behind the opening's main figure. */
export function openingAnchor(fact: TotalFact, analysis: Analysis): FigureAnchor {
  if (fact.mode === "ytd") return { table: "tracking", month: fact.to, column: "ytdRevenue" };
  if (fact.mode === "year" && analysis.years.length > 1) {
    const last = analysis.months.filter((m) => yearLabelOf(m, analysis) === fact.year).at(-1);
    if (last) return { table: "tracking", month: last.month, column: "ytdRevenue" };
  }
  return { table: "tracking", month: "total", column: "revenue" };
}

/** The (fiscal) year label of a month, as the analysis writes it ("2024" or "2024-2025"). */
export function yearLabelOf(m: MonthFigures, analysis: Analysis): string {
  const start = analysis.fiscalYearStartMonth;
  if (start === 1) return String(m.year);
  const y = m.monthNumber >= start ? m.year : m.year - 1;
  return `${y}-${y + 1}`;
}

// ---------------------------------------------------------------- insights

/** Every number of an insight is finite (an insight with NaN or Infinity is not written). */
export function isWritable(insight: Insight): boolean {
  const values = Object.values(insight).filter((v) => typeof v === "number") as number[];
  return values.every((v) => Number.isFinite(v));
}

/** An amount that would print as something other than zero. */
const visible = (x: number) => Math.abs(x) >= 0.005;

/**
 * The insight says something a reader can see: the change, share or gap it is about would not
 * print as zero, and ratios stay within their meaning (a share in (0, 1]).
 */
export function isMeaningful(insight: Insight): boolean {
  switch (insight.kind) {
    case "contribution":
      return (
        visible(insight.memberChange) &&
        visible(insight.totalChange) &&
        Math.abs(insight.shareOfChange) >= 0.0005
      );
    case "rateShift":
      return Math.abs(insight.delta) >= 0.0005 && insight.before !== insight.after;
    case "trend":
      return visible(insight.slopePerMonth);
    case "majority":
      return insight.share > 0.5 && insight.share <= 1;
    case "pareto":
      return (
        insight.topShare > 0 && insight.topShare <= 1 && insight.topCount < insight.memberCount
      );
    case "changePoint":
      return visible(insight.after - insight.before);
    case "outlier":
      return visible(insight.value - insight.expected);
    case "seasonality":
      return (
        insight.peakIndex > 1 &&
        insight.troughIndex < 1 &&
        insight.peakMonth !== insight.troughMonth
      );
    case "targetGap":
      return insight.target > 0 && visible(insight.gap);
    case "outstandingFirst":
    case "outstandingLast":
      return insight.share >= 0 && insight.share <= 1;
    default:
      return true;
  }
}

export function memberRef(
  label: string,
  dimension: string,
  kinds: Map<string, DimensionKind>
): MemberRef {
  return { label, dimension, noun: dimensionNoun(dimension, kinds.get(dimension)) };
}

/** Dimension header → kind detected at import (to name members when the header is not enough). */
export function dimensionKinds(
  analysis: Analysis,
  importResult: ImportResult | undefined
): Map<string, DimensionKind> {
  const kinds = new Map<string, DimensionKind>();
  for (const b of Object.values(analysis.breakdowns ?? {}))
    if (b.kind) kinds.set(b.dimension, b.kind);
  for (const col of importResult?.columns ?? [])
    if (col.role === "dimension" && col.dimensionKind) kinds.set(col.header, col.dimensionKind);
  for (const dim of importResult?.table?.dimensions ?? []) kinds.set(dim.header, dim.kind);
  return kinds;
}

/**
 * The fact an insight supports (best and worst months are merged later); null for a kind this
 * version does not know (a newer analysis), which is then simply not written.
 */
export function insightFact(insight: Insight, kinds: Map<string, DimensionKind>): Fact | null {
  switch (insight.kind) {
    case "outstandingFirst":
    case "outstandingLast":
      if (insight.scope === "month") {
        const stat = { month: insight.subject, value: insight.value, average: insight.average };
        return {
          type: "bestWorstMonth",
          best: insight.kind === "outstandingFirst" ? stat : null,
          worst: insight.kind === "outstandingLast" ? stat : null,
          measure: insight.measure,
          basis: "insight",
        };
      }
      return {
        type: "outstandingMember",
        insight,
        member: memberRef(insight.subject, insight.scope.dimension, kinds),
      };
    case "trend":
      return {
        type: "trend",
        insight,
        member:
          insight.dimension && insight.member
            ? memberRef(insight.member, insight.dimension, kinds)
            : null,
      };
    case "outlier":
      return { type: "outlier", insight };
    case "majority":
      return {
        type: "majority",
        insight,
        member: memberRef(insight.member, insight.dimension, kinds),
      };
    case "pareto":
      return {
        type: "pareto",
        insight,
        noun: dimensionNoun(insight.dimension, kinds.get(insight.dimension)),
      };
    case "changePoint":
      return { type: "changePoint", insight };
    case "seasonality":
      return { type: "seasonality", insight };
    case "contribution":
      return {
        type: "contribution",
        insight,
        member: memberRef(insight.member, insight.dimension, kinds),
      };
    case "rateShift":
      return { type: "rateShift", insight };
    case "targetGap":
      return { type: "targetGap", insight };
    default:
      return null;
  }
}

/** Cell behind an insight fact's main figure. */
export function factAnchor(fact: Fact, analysis: Analysis): FigureAnchor | null {
  switch (fact.type) {
    case "total":
      return openingAnchor(fact, analysis);
    case "bestWorstMonth": {
      const stat = fact.best ?? fact.worst;
      const column = fact.measure === "revenue" ? "revenue" : fact.measure;
      return stat ? { table: "tracking", month: stat.month, column } : null;
    }
    case "outstandingMember":
    case "majority":
      return {
        table: "breakdown",
        column: fact.type === "majority" ? "share" : "revenue",
        dimension: fact.member.dimension,
        member: fact.member.label,
      };
    case "trend":
      return fact.member
        ? {
            table: "breakdown",
            column: "revenue",
            dimension: fact.member.dimension,
            member: fact.member.label,
          }
        : { table: "tracking", month: fact.insight.to, column: "revenue" };
    case "outlier":
      return { table: "tracking", month: fact.insight.month, column: "revenue" };
    case "pareto":
      return { table: "breakdown", column: "share", dimension: fact.insight.dimension };
    case "changePoint":
      return { table: "tracking", month: fact.insight.month, column: "revenue" };
    case "seasonality":
      return null;
    case "contribution":
      return {
        table: "breakdown",
        column: "revenue",
        dimension: fact.member.dimension,
        member: fact.member.label,
      };
    case "rateShift": {
      const { period, to, rate } = fact.insight;
      return period === "month"
        ? { table: "tracking", month: to, column: rate }
        : { table: "tracking", month: "total", year: to, column: rate };
    }
    case "targetGap": {
      const { period } = fact.insight;
      return /^\d{4}-\d{2}$/.test(period)
        ? { table: "tracking", month: period, column: "targetGapPct" }
        : { table: "tracking", month: "total", year: period, column: "targetGapPct" };
    }
    case "partialMonth":
      return { table: "tracking", month: fact.month, column: "revenue" };
    case "nonPositiveMonths":
      return { table: "tracking", month: fact.months[0].month, column: "revenue" };
    case "missingCost":
      return { table: "tracking", month: "total", column: "cost" };
    case "rejectedRows":
      return null;
  }
}

/**
 * A year's gap to target is computed on its full months only (analysis): when they are fewer than
 * twelve, the sentence names them ("cumulé de janvier à octobre 2026"), not "l'année".
 */
export function withTargetMonths(fact: Fact, analysis: Analysis): Fact {
  if (fact.type !== "targetGap" || /^\d{4}-\d{2}$/.test(fact.insight.period)) return fact;
  const full = analysis.months.filter(
    (m) => !m.partial && yearLabelOf(m, analysis) === fact.insight.period
  );
  if (full.length === 0 || full.length >= 12) return fact;
  return { ...fact, cumul: { from: full[0].month, to: full[full.length - 1].month } };
}

// ---------------------------------------------------------------- caveats

/** Partial months at the ends of the series (last first: it is the one a manager misreads). */
export function partialMonthFacts(analysis: Analysis): Fact[] {
  const facts: Fact[] = [];
  const { months } = analysis;
  const last = months.at(-1);
  const first = months[0];
  if (last?.partial && last.partialCoverage)
    facts.push({ type: "partialMonth", month: last.month, ...last.partialCoverage, side: "end" });
  if (first && first !== last && first.partial && first.partialCoverage)
    facts.push({
      type: "partialMonth",
      month: first.month,
      ...first.partialCoverage,
      side: "start",
    });
  return facts;
}

/**
 * Months of the series whose revenue is zero or negative, other than those in `described` (an
 * outlier sentence already says them): a caveat for the months with no line at all, another for
 * those whose lines sum to zero or less; none when there are no such months.
 */
export function nonPositiveMonthsFacts(
  analysis: Analysis,
  described: ReadonlySet<MonthKey> = new Set()
): Fact[] {
  const months = analysis.months.filter((m) => m.revenue <= 0 && !described.has(m.month));
  const facts: Fact[] = [];
  for (const noSales of [true, false]) {
    const these = months.filter((m) => (m.lines === 0) === noSales);
    if (these.length > 0)
      facts.push({
        type: "nonPositiveMonths",
        noSales,
        months: these.map((m) => ({ month: m.month, value: m.revenue })),
      });
  }
  return facts;
}

/**
 * An outlier fact with the lines booked in its month (so a month at 0 with no line reads "aucune
 * vente", and one where sales and credit notes cancel out does not).
 */
export function withMonthLines(fact: Fact, analysis: Analysis): Fact {
  if (fact.type !== "outlier") return fact;
  const m = analysis.months.find((x) => x.month === fact.insight.month);
  return m ? { ...fact, lines: m.lines } : fact;
}

/** Missing cost: no cost column at all (no margin anywhere), or some lines without a cost. */
export function missingCostFact(analysis: Analysis): Fact | null {
  const { lines, missingCostLines } = analysis.total;
  if (!analysis.costAvailable) return { type: "missingCost", lines, linesWithoutCost: null };
  return missingCostLines > 0
    ? { type: "missingCost", lines, linesWithoutCost: missingCostLines }
    : null;
}

/** Rows rejected at import, with the revenue they carried when the reconciliation says it. */
export function rejectedRowsFact(importResult?: ImportResult, fileName?: string): Fact | null {
  const rows = importResult?.source.rowsRejected ?? 0;
  if (!importResult || rows <= 0) return null;
  const rec = importResult.reconciliation.find((r) => r.measure === "revenue");
  const rejectedRevenue = rec && isFinite(rec.rejected) && rec.rejected !== 0 ? rec.rejected : null;
  return {
    type: "rejectedRows",
    rows,
    fileName: fileName ?? (importResult.source.file || null),
    rejectedRevenue,
  };
}
