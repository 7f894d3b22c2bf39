/**
 * The analysis engine: from imported records (`SalesTable`) to every figure of a commercial
 * tracking table and the few significant facts worth a sentence.
 *
 *   analyze(table, options) → Analysis
 *
 * Steps, each a small pure module: aggregate (one pass, exact scaled sums) → partial months →
 * targets → monthly series → years → breakdowns, pivot, contributions → insights.
 */
import type { SalesTable } from "../import/types";
import type { Analysis, AnalysisOptions, Breakdown, PeriodFigures } from "./types";
import { aggregateTable, dayToMonthIndex, type Aggregates } from "./aggregate";
import { isoOfDay, monthKeyOfOrdinal } from "./calendar";
import { detectPartialMonths, monthCoverage, usualWeekdays, workingDayFactors } from "./partial";
import { monthTargets } from "./targets";
import { buildMonths, monthSums, scalesOf } from "./months";
import { buildYears } from "./years";
import { addSums, emptySums, periodFigures } from "./figures";
import { DEFAULT_BREAKDOWN_LIMIT, buildBreakdown, buildPivot } from "./breakdown";
import { chooseDimensions } from "./dimensions";
import {
  comparedPeriods,
  lastFullIndex,
  lastTwoMonths,
  lastTwoYears,
  memberContributions,
} from "./contributions";
import { judgeInsights, testInsights, type InsightTests } from "./insights";
import { FAMILY_ALPHA } from "./insights/common";
import { roundCents } from "./exact-sum";

export type { Analysis, AnalysisOptions } from "./types";

/** Fiscal year start month from options (1..12, default January). */
export function fiscalStart(options: AnalysisOptions): number {
  const m = options.fiscalYearStartMonth;
  return m !== undefined && Number.isInteger(m) && m >= 1 && m <= 12 ? m : 1;
}

/** Analysis of a table without rows: empty series, zero totals, no facts. */
export function emptyAnalysis(table: SalesTable, options: AnalysisOptions): Analysis {
  const total: PeriodFigures = {
    revenue: 0,
    cost: table.measures.cost ? 0 : null,
    margin: table.measures.cost ? 0 : null,
    markupRate: null,
    marginRate: null,
    quantity: table.measures.quantity ? 0 : null,
    lines: 0,
    missingCostLines: 0,
    missingQuantityLines: 0,
  };
  return {
    currency: table.currency,
    fiscalYearStartMonth: fiscalStart(options),
    months: [],
    total,
    years: [],
    monthlyAverage: 0,
    fullMonths: 0,
    costAvailable: table.measures.cost !== undefined,
    targetsAvailable: false,
    mainDimension: null,
    secondDimension: null,
    breakdowns: {},
    pivot: null,
    contributions: { month: null, year: null },
    comparedPeriods: { month: null, year: null },
    lastFullMonth: null,
    targetSource: "none",
    targetRule: null,
    insights: [],
    firstDate: null,
    lastDate: null,
  };
}

/** Whole-period figures from the monthly sums. */
export function totalFigures(agg: Aggregates): PeriodFigures {
  const sums = emptySums(agg.cost !== null, agg.quantity !== null);
  for (let m = 0; m < agg.monthCount; m++) addSums(sums, monthSums(agg, m));
  return periodFigures(sums, scalesOf(agg));
}

/** Number of hypotheses per family, families in alphabetical order. */
export function countByFamily(hypotheses: { family: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of hypotheses.map((h) => h.family).sort()) counts[f] = (counts[f] ?? 0) + 1;
  return counts;
}

export function analyze(table: SalesTable, options: AnalysisOptions = {}): Analysis {
  return analyzeWithTests(table, options).analysis;
}

/**
 * analyze(), plus every hypothesis its insights were judged from (raw p-values, before the
 * family-wise correction): for tests and diagnostics. `tests` is null for an empty table or with
 * insights switched off.
 */
export function analyzeWithTests(
  table: SalesTable,
  options: AnalysisOptions = {}
): { analysis: Analysis; tests: InsightTests | null } {
  const agg = aggregateTable(table);
  if (agg === null) return { analysis: emptyAnalysis(table, options), tests: null };
  const fiscal = fiscalStart(options);

  const coverage = monthCoverage(agg.dayLines, agg.firstDay, agg.firstOrdinal, agg.monthCount);
  const usual = usualWeekdays(agg.dayLines, agg.firstDay);
  const partial = detectPartialMonths(coverage, agg.firstOrdinal, usual);

  const monthOfDay = dayToMonthIndex(agg.firstDay, agg.lastDay, agg.firstOrdinal);
  const date = table.date;
  const targets = monthTargets(
    table,
    options,
    (i) => monthOfDay[date[i] - agg.firstDay],
    agg.firstOrdinal,
    agg.monthCount,
    fiscal
  );

  const months = buildMonths(agg, partial, targets.values, fiscal);
  const years = buildYears(agg, months, fiscal, options.targets?.yearly);
  const total = totalFigures(agg);
  const full = months.filter((m) => !m.partial);
  const averaged = full.length > 0 ? full : months;
  const monthlyAverage = roundCents(averaged.reduce((s, m) => s + m.revenue, 0) / averaged.length);

  const scales = scalesOf(agg);
  const totalUnits = agg.revenue.reduce((s, v) => s + v, 0) / agg.revenueScale;
  const limit = options.breakdownLimit ?? DEFAULT_BREAKDOWN_LIMIT;
  const breakdowns: Record<string, Breakdown> = {};
  for (const dim of agg.dimensions)
    breakdowns[dim.header] = buildBreakdown(dim, scales, totalUnits, limit);

  const { main, second } = chooseDimensions(
    agg.dimensions.map((d) => ({ header: d.header, kind: d.kind, members: d.labels.length })),
    options.mainDimension,
    options.secondDimension
  );
  const mainDim = agg.dimensions.find((d) => d.header === main) ?? null;
  const monthKeys = months.map((m) => m.month);
  const pivot = mainDim
    ? buildPivot(
        mainDim,
        monthKeys,
        agg.revenueScale,
        options.pivotLimit ?? DEFAULT_BREAKDOWN_LIMIT
      )
    : null;

  const periods = {
    month: lastTwoMonths(months),
    year: lastTwoYears(months, agg.firstOrdinal, fiscal),
  };
  const contributionsOf = (p: typeof periods.month) =>
    p !== null && mainDim !== null ? memberContributions(mainDim, p, agg.revenueScale) : null;

  const lastFull = lastFullIndex(months);
  const tests =
    options.insights === false
      ? null
      : testInsights({
          months,
          agg,
          periods,
          fiscalStartMonth: fiscal,
          dayFactors: workingDayFactors(
            agg.dayLines,
            agg.firstDay,
            agg.firstOrdinal,
            agg.monthCount,
            usual
          ),
          targetGapThreshold: options.targetGapThreshold,
        });
  const analysis: Analysis = {
    currency: table.currency,
    fiscalYearStartMonth: fiscal,
    months,
    total,
    years,
    monthlyAverage,
    fullMonths: full.length,
    costAvailable: table.measures.cost !== undefined,
    targetsAvailable: targets.values.some((t) => t !== null),
    mainDimension: main,
    secondDimension: second,
    breakdowns,
    pivot,
    contributions: { month: contributionsOf(periods.month), year: contributionsOf(periods.year) },
    comparedPeriods: {
      month: periods.month
        ? comparedPeriods(periods.month, months, agg.revenue, agg.revenueScale)
        : null,
      year: periods.year
        ? comparedPeriods(periods.year, months, agg.revenue, agg.revenueScale)
        : null,
    },
    lastFullMonth: lastFull >= 0 ? monthKeyOfOrdinal(agg.firstOrdinal + lastFull) : null,
    targetSource: targets.source,
    targetRule:
      targets.rule === null
        ? null
        : targets.rule.kind === "dimension"
          ? { dimension: targets.rule.dimension }
          : targets.rule.kind,
    insights: tests === null ? [] : judgeInsights(tests, FAMILY_ALPHA),
    ...(tests === null
      ? {}
      : {
          insightTests: {
            hypotheses: tests.hypotheses.length,
            byFamily: countByFamily(tests.hypotheses),
            familyAlpha: FAMILY_ALPHA,
          },
        }),
    firstDate: isoOfDay(agg.firstDay),
    lastDate: isoOfDay(agg.lastDay),
  };
  return { analysis, tests };
}
