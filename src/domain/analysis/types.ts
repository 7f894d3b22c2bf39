/**
 * Contract between the analysis engine and its readers (commentary, dashboard plan, task pane, CLI).
 * Pure types. Rates and shares are fractions (0.25 = 25 %); `null` means "not meaningful / unavailable",
 * never NaN or Infinity.
 */

/** "YYYY-MM" */
export type MonthKey = string;

export interface AnalysisOptions {
  /** 1 = January (default). Year-to-date figures restart at this month. */
  fiscalYearStartMonth?: number;
  /** Targets passed by the caller (they override a target column of the data). */
  targets?: {
    monthly?: Record<MonthKey, number>;
    /** By calendar (or fiscal) year label, spread evenly over its months. */
    yearly?: Record<string, number>;
  };
  /** Dimension headers for the main and second breakdowns (default: detected). */
  mainDimension?: string;
  secondDimension?: string;
  /** Relative gap to target worth reporting (default 0.05). */
  targetGapThreshold?: number;
}

/** Figures for one calendar month, or for a whole period. */
export interface PeriodFigures {
  revenue: number;
  /** null when the source has no cost. */
  cost: number | null;
  margin: number | null;
  /** margin / cost: French "taux de marge". */
  markupRate: number | null;
  /** margin / revenue: French "taux de marque". */
  marginRate: number | null;
  quantity: number | null;
  lines: number;
}

export interface MonthFigures extends PeriodFigures {
  month: MonthKey;
  year: number;
  /** 1..12 */
  monthNumber: number;
  /** The data does not cover the whole month (first or last month of the series). */
  partial: boolean;
  /** Last (or first) day covered when partial, ISO date. */
  partialCoverage: { from: string; to: string } | null;
  prevMonthChange: number | null;
  prevMonthChangePct: number | null;
  /** Same month of the previous year, when the data covers it. */
  prevYearRevenue: number | null;
  prevYearChange: number | null;
  prevYearChangePct: number | null;
  /** Cumulative revenue since the start of the (fiscal) year. */
  ytdRevenue: number;
  /** Same cumulative a year earlier, when covered. */
  prevYtdRevenue: number | null;
  ytdChangePct: number | null;
  target: number | null;
  targetGap: number | null;
  targetGapPct: number | null;
}

export interface YearFigures extends PeriodFigures {
  /** Calendar year, or fiscal year label such as "2024-2025". */
  year: string;
  months: number;
  complete: boolean;
  prevYearChangePct: number | null;
  target: number | null;
}

export interface BreakdownRow {
  key: string;
  revenue: number;
  cost: number | null;
  margin: number | null;
  marginRate: number | null;
  share: number;
  rank: number;
}

export interface Breakdown {
  dimension: string;
  rows: BreakdownRow[];
  /** Members beyond the display limit, grouped (totals stay exact). */
  other: BreakdownRow | null;
  memberCount: number;
}

/** Month × member revenue (the pivot). */
export interface MonthDimensionPivot {
  dimension: string;
  months: MonthKey[];
  members: string[];
  /** revenue[monthIndex][memberIndex] */
  revenue: number[][];
}

export interface Contribution {
  member: string;
  from: number;
  to: number;
  change: number;
  /** change / total change; null when the total change is ~0. */
  shareOfChange: number | null;
}

// ---------------------------------------------------------------- insights

export type InsightKind =
  | "outstandingFirst"
  | "outstandingLast"
  | "trend"
  | "outlier"
  | "majority"
  | "pareto"
  | "changePoint"
  | "seasonality"
  | "contribution"
  | "rateShift"
  | "targetGap";

export type InsightMeasure = "revenue" | "margin" | "quantity";

interface InsightBase {
  kind: InsightKind;
  /** impact × significance, in [0, 1]. */
  score: number;
  /** Share of the total the fact concerns, in [0, 1]. */
  impact: number;
  /** 1 − p-value of its test (or equivalent), in [0, 1]. */
  significance: number;
  measure: InsightMeasure;
}

/** A month or a member far above (first) or below (last) the rest. */
export interface OutstandingInsight extends InsightBase {
  kind: "outstandingFirst" | "outstandingLast";
  /** "month" or a dimension header. */
  scope: "month" | { dimension: string };
  /** MonthKey when scope is "month", member label otherwise. */
  subject: string;
  value: number;
  share: number;
  /** Runner-up (next best for first, next worst for last). */
  runnerUp: { subject: string; value: number } | null;
  average: number;
}

export interface TrendInsight extends InsightBase {
  kind: "trend";
  direction: "up" | "down";
  from: MonthKey;
  to: MonthKey;
  months: number;
  /** Regression slope, currency per month. */
  slopePerMonth: number;
  /** slope / mean: relative change per month (0.02 = +2 % a month). */
  slopeRelative: number;
  /** Optional: the series restricted to one member (e.g. a region's trend). */
  dimension?: string;
  member?: string;
}

export interface OutlierInsight extends InsightBase {
  kind: "outlier";
  month: MonthKey;
  direction: "high" | "low";
  value: number;
  expected: number;
  /** (value − expected) / expected, null when expected is ~0. */
  deviationPct: number | null;
}

export interface MajorityInsight extends InsightBase {
  kind: "majority";
  dimension: string;
  member: string;
  value: number;
  share: number;
}

export interface ParetoInsight extends InsightBase {
  kind: "pareto";
  dimension: string;
  topCount: number;
  memberCount: number;
  /** Share of the total held by the top 20 % members. */
  topShare: number;
}

export interface ChangePointInsight extends InsightBase {
  kind: "changePoint";
  /** First month of the new level. */
  month: MonthKey;
  before: number;
  after: number;
  changePct: number | null;
}

export interface SeasonalityInsight extends InsightBase {
  kind: "seasonality";
  /** 1..12 */
  peakMonth: number;
  troughMonth: number;
  /** Seasonal index: month average / overall average (1.2 = 20 % above). */
  peakIndex: number;
  troughIndex: number;
  years: number;
}

export interface ContributionInsight extends InsightBase {
  kind: "contribution";
  period: "month" | "year";
  /** MonthKey for months, year label for years. */
  from: string;
  to: string;
  dimension: string;
  member: string;
  memberChange: number;
  totalChange: number;
  /** memberChange / totalChange */
  shareOfChange: number;
}

export interface RateShiftInsight extends InsightBase {
  kind: "rateShift";
  rate: "marginRate" | "markupRate";
  period: "month" | "year";
  from: string;
  to: string;
  before: number;
  after: number;
  /** after − before, in rate units (0.02 = 2 points). */
  delta: number;
}

export interface TargetGapInsight extends InsightBase {
  kind: "targetGap";
  /** MonthKey, or a year label for the whole year. */
  period: string;
  target: number;
  actual: number;
  gap: number;
  gapPct: number | null;
}

export type Insight =
  | OutstandingInsight
  | TrendInsight
  | OutlierInsight
  | MajorityInsight
  | ParetoInsight
  | ChangePointInsight
  | SeasonalityInsight
  | ContributionInsight
  | RateShiftInsight
  | TargetGapInsight;

export interface Analysis {
  currency: string | null;
  fiscalYearStartMonth: number;
  /** Every calendar month from the first to the last date, in order, zero-filled. */
  months: MonthFigures[];
  total: PeriodFigures;
  years: YearFigures[];
  monthlyAverage: number;
  costAvailable: boolean;
  targetsAvailable: boolean;
  /** Dimension used for the main and second breakdowns (null when the data has none). */
  mainDimension: string | null;
  secondDimension: string | null;
  breakdowns: Record<string, Breakdown>;
  pivot: MonthDimensionPivot | null;
  /** Contributions of main-dimension members to the change between the last two months / years. */
  contributions: { month: Contribution[] | null; year: Contribution[] | null };
  /** Ranked, most significant first (deterministic). */
  insights: Insight[];
  /** Dates covered, ISO. */
  firstDate: string;
  lastDate: string;
}
