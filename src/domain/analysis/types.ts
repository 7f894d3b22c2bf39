/**
 * Contract between the analysis engine and its readers (commentary, dashboard plan, task pane, CLI).
 * Pure types. Rates and shares are fractions (0.25 = 25 %); `null` means "not meaningful / unavailable",
 * never NaN or Infinity.
 */

import type { DimensionKind } from "../import/types";

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
  /** Rows shown in a breakdown before the long tail is grouped as "Other" (default 10). */
  breakdownLimit?: number;
  /** Members shown in the month × dimension pivot before grouping (default 10). */
  pivotLimit?: number;
  /** Set false to skip the insights (figures only). Default true. */
  insights?: boolean;
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
  /** Lines of the period without a cost: when > 0, cost, margin and both rates are null. */
  missingCostLines: number;
  /** Lines without a quantity: when > 0, quantity is null. */
  missingQuantityLines: number;
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
  /** Cumulative revenue since the start of the (fiscal) year (from the first month of data if later). */
  ytdRevenue: number;
  /** Number of months summed in ytdRevenue (less than the months since the year start when the data starts later). */
  ytdMonths: number;
  /** Same cumulative a year earlier, when the data covers all its months. */
  prevYtdRevenue: number | null;
  ytdChangePct: number | null;
  target: number | null;
  targetGap: number | null;
  targetGapPct: number | null;
  /** Cumulative target since the start of the (fiscal) year, when every month so far has one. */
  ytdTarget: number | null;
}

export interface YearFigures extends PeriodFigures {
  /** Calendar year, or fiscal year label such as "2024-2025". */
  year: string;
  months: number;
  complete: boolean;
  /** Whole-year change vs the previous year; null unless both years are complete. */
  prevYearChangePct: number | null;
  target: number | null;
  /** Like-for-like comparison: the full months of this year against the same months a year before. */
  comparableMonths: number;
  comparableRevenue: number | null;
  prevYearComparableRevenue: number | null;
  comparableChangePct: number | null;
}

export interface BreakdownRow {
  /** Member label; for the grouped long tail, "Other" (label it in the reader's language). */
  key: string;
  revenue: number;
  cost: number | null;
  margin: number | null;
  marginRate: number | null;
  markupRate: number | null;
  quantity: number | null;
  lines: number;
  /** revenue / total revenue; null when the total is ≤ 0. */
  share: number | null;
  /** 1 = largest revenue (ties: label order). 0 for the grouped "Other" row. */
  rank: number;
}

export interface Breakdown {
  dimension: string;
  rows: BreakdownRow[];
  /** Members beyond the display limit, grouped (totals stay exact). */
  other: BreakdownRow | null;
  /** Number of members grouped in `other` (0 when none). */
  otherCount: number;
  memberCount: number;
  kind: DimensionKind;
}

/** Month × member revenue (the pivot). */
export interface MonthDimensionPivot {
  dimension: string;
  months: MonthKey[];
  members: string[];
  /** revenue[monthIndex][memberIndex] */
  revenue: number[][];
  /** Revenue per month of the members beyond the display limit (null when none are grouped). */
  other: number[] | null;
  otherCount: number;
}

export interface Contribution {
  member: string;
  from: number;
  to: number;
  change: number;
  /** change / total change; null when the total change is ~0. */
  shareOfChange: number | null;
}

/** The two periods compared by contributions, rate shifts and the "contribution" insights. */
export interface ComparedPeriods {
  /** "month": the last two full months. "year": the full months of the last year against the same months a year before. */
  period: "month" | "year";
  /** MonthKey for months; year label for years. */
  from: string;
  to: string;
  /** Months compared (1 for "month"; like-for-like months for "year"). */
  months: MonthKey[];
  fromRevenue: number;
  toRevenue: number;
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

/** Statistical test behind an insight (see /work/notes/analysis.md and insights/README in code). */
export type InsightTest =
  | "power-law-residual"
  | "mann-kendall"
  | "robust-z"
  | "generalized-esd"
  | "t-prediction"
  | "sign-test"
  | "t-test-bonferroni"
  | "anova-f"
  | "paired-t"
  | "student-t"
  | "threshold";

interface InsightBase {
  kind: InsightKind;
  /** Stable identifier (kind + subject), unique within an analysis. */
  id: string;
  /** impact × significance, in [0, 1]. */
  score: number;
  /**
   * Size of the fact relative to its reference, capped to [0, 1]: a member's share (outstanding
   * member, majority, Pareto), a month's deviation from what was expected / expected (outlier,
   * outstanding month), shift / level before (change point), fitted change over the period / mean
   * monthly revenue (trend), mean |seasonal index − 1| (seasonality), member change / previous
   * period revenue (contribution), |rate change| / rate before (rate shift), |gap| / target.
   */
  impact: number;
  /** 1 − pValue, in [0, 1] (1 for a threshold rule). */
  significance: number;
  /**
   * p-value of its test after the family-wise correction: Holm-adjusted over every hypothesis the
   * analysis tested (see `Analysis.insightTests`), so ≤ `insightTests.familyAlpha` for every
   * insight reported; null for a target gap judged by its threshold alone.
   */
  pValue: number | null;
  test: InsightTest;
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
  /** Revenue of the two periods compared (all members). */
  fromRevenue: number;
  toRevenue: number;
  /** Months compared (like-for-like months for "year"). */
  months: MonthKey[];
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
  /** Months compared (like-for-like months for "year"). */
  months: MonthKey[];
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
  /** Average revenue of the full months (partial first/last months left out; all months when none is full). */
  monthlyAverage: number;
  /** Number of months that are not partial. */
  fullMonths: number;
  costAvailable: boolean;
  targetsAvailable: boolean;
  /** Dimension used for the main and second breakdowns (null when the data has none). */
  mainDimension: string | null;
  secondDimension: string | null;
  breakdowns: Record<string, Breakdown>;
  pivot: MonthDimensionPivot | null;
  /** Contributions of main-dimension members to the change between the last two months / years. */
  contributions: { month: Contribution[] | null; year: Contribution[] | null };
  /** What `contributions` compares (null when the data does not cover two such periods). */
  comparedPeriods: { month: ComparedPeriods | null; year: ComparedPeriods | null };
  /** Last month that is not partial (null when none). */
  lastFullMonth: MonthKey | null;
  /** Monthly targets: where they come from, and how a target column was read (see targets.ts). */
  targetSource: "options" | "column" | "none";
  targetRule: "month" | "line" | { dimension: string } | null;
  /** Ranked, most significant first (deterministic). */
  insights: Insight[];
  /**
   * How the insights were judged (absent when they were switched off): the number of hypotheses
   * the analysis tested (every member series, split, outlier step, month and period tried, whether
   * its fact was then reported or not), per family, and the family-wise level of the Holm
   * procedure run over all of them — the chance that pure noise yields any insight at all.
   */
  insightTests?: { hypotheses: number; byFamily: Record<string, number>; familyAlpha: number };
  /** Dates covered, ISO; null for a table without rows. */
  firstDate: string | null;
  lastDate: string | null;
}
