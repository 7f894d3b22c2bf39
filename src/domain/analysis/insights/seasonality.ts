/**
 * Seasonality (needs at least 24 full months): each month's ratio to the Theil–Sen trend line is
 * grouped by calendar month; a one-way ANOVA tests whether the calendar months differ. Seasonal
 * indices are the mean ratio of each calendar month, normalised to average 1. The series is
 * seasonally adjusted for the other tests when p ≤ MODEL_ALPHA; the seasonality fact is one
 * hypothesis of the analysis, reported only when it is also used (p ≤ MODEL_ALPHA).
 */
import { mean } from "simple-statistics";
import type { SeasonalityInsight } from "../types";
import { oneWayAnova } from "../stats/anova";
import { fUpperTail } from "../stats/distributions";
import { theilSen } from "../stats/trend";
import { FAMILY_ALPHA, MODEL_ALPHA, atLevel, rated, type Hypothesis } from "./common";

export const MIN_SEASONAL_MONTHS = 24;

export interface SeasonalModel {
  /** indices[monthNumber − 1]; 1 = average month. */
  indices: number[];
  pValue: number;
  years: number;
  /** Each month's ratio to the trend line, and the normalising mean of the raw indices. */
  ratios: number[];
  scale: number;
  /** Months left out of their calendar month's group. */
  excluded: ReadonlySet<number>;
}

/**
 * Seasonal indices and their ANOVA test; null when the series is too short or not positive.
 * `exclude`: indexes of outlier months left out of their calendar month's group (when the group
 * keeps another value), so one exceptional June does not make every June "seasonal".
 */
export function seasonalModel(
  values: number[],
  monthNumbers: number[],
  exclude: ReadonlySet<number> = new Set()
): SeasonalModel | null {
  if (values.length < MIN_SEASONAL_MONTHS) return null;
  const { slope, intercept } = theilSen(values);
  const fitted = values.map((_, i) => intercept + slope * i);
  if (fitted.some((f) => !(f > 0))) return null;
  const groups: number[][] = Array.from({ length: 12 }, () => []);
  const held: number[][] = Array.from({ length: 12 }, () => []);
  values.forEach((v, i) =>
    (exclude.has(i) ? held : groups)[monthNumbers[i] - 1].push(v / fitted[i])
  );
  groups.forEach((g, k) => {
    if (g.length === 0) g.push(...held[k]);
  });
  if (groups.some((g) => g.length === 0)) return null;
  const anova = oneWayAnova(groups);
  if (anova === null || anova.df2 < 2) return null;
  // The ratios are to a line fitted on the same months: one degree of freedom less within the
  // groups (without it, 24 months of noise looked seasonal at p ≤ 0.005 1.3 times too often).
  const pValue = Number.isFinite(anova.f)
    ? fUpperTail(anova.f, anova.df1, anova.df2 - 1)
    : anova.pValue;
  const raw = groups.map((g) => mean(g));
  const avg = mean(raw);
  return {
    indices: raw.map((r) => r / avg),
    pValue,
    years: values.length / 12,
    ratios: values.map((v, i) => v / fitted[i]),
    scale: avg,
    excluded: exclude,
  };
}

/** Whether the model is used to adjust the series (its test passes the modelling level). */
export function isSeasonal(model: SeasonalModel | null): model is SeasonalModel {
  return model !== null && model.pValue <= MODEL_ALPHA;
}

/** The seasonality hypothesis (null without a model); its fact only when the model is used. */
export function seasonalityHypothesis(model: SeasonalModel | null): Hypothesis | null {
  if (model === null) return null;
  const insight = isSeasonal(model) ? seasonalityFact(model) : null;
  return { family: "seasonality", pValue: model.pValue, insights: insight ? [insight] : [] };
}

/** Seasonality insight when the model's test passes at level `alpha` (and the modelling level). */
export function seasonalityInsight(
  model: SeasonalModel | null,
  alpha: number = FAMILY_ALPHA
): SeasonalityInsight | null {
  const [insight] = atLevel(seasonalityHypothesis(model), alpha);
  return (insight as SeasonalityInsight | undefined) ?? null;
}

function seasonalityFact(model: SeasonalModel): SeasonalityInsight {
  const idx = model.indices;
  let peak = 0;
  let trough = 0;
  idx.forEach((v, i) => {
    if (v > idx[peak]) peak = i;
    if (v < idx[trough]) trough = i;
  });
  return {
    kind: "seasonality",
    id: "seasonality",
    // Impact: the average share of a month's revenue that the season moves.
    ...rated(mean(idx.map((v) => Math.abs(v - 1))), model.pValue),
    test: "anova-f",
    measure: "revenue",
    peakMonth: peak + 1,
    troughMonth: trough + 1,
    peakIndex: idx[peak],
    troughIndex: idx[trough],
    years: Math.round(model.years * 10) / 10,
  };
}

/** A series divided by its seasonal indices (unchanged without a model). */
export function deseasonalize(
  values: number[],
  monthNumbers: number[],
  model: SeasonalModel | null
): number[] {
  if (!isSeasonal(model)) return values;
  return values.map((v, i) => v / model.indices[monthNumbers[i] - 1]);
}

/**
 * Seasonal index of month `i` estimated WITHOUT month i (from the same calendar month of the
 * other years): an exceptional month then stands out against its own season instead of inflating
 * it. Falls back to the full index when no other year has that month.
 */
export function leaveOneOutIndex(model: SeasonalModel, monthNumbers: number[], i: number): number {
  const others = model.ratios.filter(
    (_, j) => j !== i && monthNumbers[j] === monthNumbers[i] && !model.excluded.has(j)
  );
  if (others.length === 0) return model.indices[monthNumbers[i] - 1];
  return mean(others) / model.scale;
}
