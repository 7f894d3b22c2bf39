/**
 * Which facts become sentences, and in what order: the opening, then the strongest insights
 * (ranked by the analysis, merged and de-duplicated so one fact is said once), caveats last.
 */
import type { Analysis, Insight, MonthKey } from "../analysis/types";
import type { DimensionKind, ImportResult } from "../import/types";
import {
  type Fact,
  insightFact,
  isMeaningful,
  isWritable,
  missingCostFact,
  openingFact,
  partialMonthFacts,
  rejectedRowsFact,
  reportingYear,
  yearLabelOf,
} from "./facts";

/** Below this, an insight is too likely to be noise to be worth a sentence. */
export const MIN_SIGNIFICANCE = 0.8;
/**
 * Below this score (impact × significance), an insight is too small to be worth a sentence
 * (e.g. the last of 22 departments holding 0.3 % of revenue).
 */
export const MIN_SCORE = 0.005;
/** Best or worst month said without an insight behind it only if this far from the average. */
export const MONTH_SPREAD = 0.1;
/** Fewest full months for "best / worst month" to mean something. */
export const MIN_MONTHS_FOR_EXTREMES = 3;
/** Concentration facts (majority, Pareto, leading member) at most, so they do not fill the text. */
const MAX_CONCENTRATION = 3;
/** Default length: "about 4 to 8 sentences". */
export const MAX_DEFAULT_SENTENCES = 8;
/** Insights by default (the months' extremes included), within the 8 sentences. */
export const MAX_DEFAULT_INSIGHTS = 6;
/** At most this many sentences of one kind (e.g. gaps to target), so no kind crowds the rest. */
const MAX_PER_KIND = 2;

/** Insights worth a sentence: finite figures, significant enough. Keeps the analysis ranking. */
export function eligibleInsights(insights: Insight[]): Insight[] {
  return insights.filter(
    (i) =>
      isWritable(i) && isMeaningful(i) && i.significance >= MIN_SIGNIFICANCE && i.score >= MIN_SCORE
  );
}

function monthOf(fact: Fact, side: "best" | "worst"): MonthKey | null {
  if (fact.type !== "bestWorstMonth") return null;
  return fact[side]?.month ?? null;
}

/**
 * Turns ranked insights into facts: best and worst months merged into one sentence; an outlier
 * month already named as best or worst dropped; a leading member already given as majority
 * dropped; one margin-rate shift per period (margin and markup rates move together).
 */
export function insightFacts(insights: Insight[], kinds: Map<string, DimensionKind>): Fact[] {
  const facts: Fact[] = [];
  for (const insight of eligibleInsights(insights)) {
    const fact = insightFact(insight, kinds);
    if (!fact) continue;
    if (fact.type === "bestWorstMonth") {
      const merged = facts.find(
        (f): f is Extract<Fact, { type: "bestWorstMonth" }> =>
          f.type === "bestWorstMonth" && f.measure === fact.measure
      );
      if (merged) {
        if (!merged.best && fact.best) merged.best = fact.best;
        if (!merged.worst && fact.worst) merged.worst = fact.worst;
        continue;
      }
    }
    facts.push(fact);
  }
  const bestMonths = new Set(facts.map((f) => monthOf(f, "best")).filter(Boolean));
  const worstMonths = new Set(facts.map((f) => monthOf(f, "worst")).filter(Boolean));
  const majorities = new Set(
    facts.flatMap((f) =>
      f.type === "majority" ? [`${f.member.dimension}\u0000${f.member.label}`] : []
    )
  );
  const seenRates = new Set<string>();
  const perKind = new Map<string, number>();
  let concentration = 0;
  return facts.filter((f) => {
    if (f.type === "outlier") {
      const named = f.insight.direction === "high" ? bestMonths : worstMonths;
      if (named.has(f.insight.month)) return false;
    }
    if (
      f.type === "outstandingMember" &&
      f.insight.kind === "outstandingFirst" &&
      majorities.has(`${f.member.dimension}\u0000${f.member.label}`)
    )
      return false;
    if (f.type === "rateShift") {
      const key = `${f.insight.period}|${f.insight.from}|${f.insight.to}`;
      if (seenRates.has(key)) return false;
      seenRates.add(key);
    }
    if ((perKind.get(f.type) ?? 0) >= MAX_PER_KIND) return false;
    if (f.type === "majority" || f.type === "pareto" || f.type === "outstandingMember") {
      if (concentration >= MAX_CONCENTRATION) return false;
      concentration++;
    }
    perKind.set(f.type, (perKind.get(f.type) ?? 0) + 1);
    return true;
  });
}

/**
 * Best and worst full months, from the monthly figures, when the analysis flags no month as
 * outstanding: the first thing a manager looks for in a monthly table. Said only when one of them
 * is at least 10 % away from the monthly average (a real spread, not a ranking of near-equals),
 * and not for a month an outlier insight already describes.
 */
export function monthExtremesFact(analysis: Analysis, insightFactsList: Fact[]): Fact | null {
  if (insightFactsList.some((f) => f.type === "bestWorstMonth" && f.measure === "revenue"))
    return null;
  // The opening speaks of the reporting year: its months, when it has enough full ones.
  const lastYear = reportingYear(analysis)?.year;
  const allFull = analysis.months.filter((m) => !m.partial);
  const yearFull = allFull.filter((m) => yearLabelOf(m, analysis) === lastYear);
  const full = yearFull.length >= MIN_MONTHS_FOR_EXTREMES ? yearFull : allFull;
  if (full.length < MIN_MONTHS_FOR_EXTREMES) return null;
  const average = full.reduce((s, m) => s + m.revenue, 0) / full.length;
  if (!(average > 0)) return null;
  const best = full.reduce((a, b) => (b.revenue > a.revenue ? b : a));
  const worst = full.reduce((a, b) => (b.revenue < a.revenue ? b : a));
  if (best === worst) return null;
  const described = (month: MonthKey, direction: "high" | "low") =>
    insightFactsList.some(
      (f) => f.type === "outlier" && f.insight.month === month && f.insight.direction === direction
    );
  const bestFar = best.revenue >= average * (1 + MONTH_SPREAD) && !described(best.month, "high");
  const worstFar = worst.revenue <= average * (1 - MONTH_SPREAD) && !described(worst.month, "low");
  if (!bestFar && !worstFar) return null;
  const stat = (m: typeof best) => ({ month: m.month, value: m.revenue, average });
  // Both ends when either is far: "the strongest … and the weakest …" is one sentence.
  return {
    type: "bestWorstMonth",
    best: described(best.month, "high") ? null : stat(best),
    worst: described(worst.month, "low") ? null : stat(worst),
    measure: "revenue",
  };
}

/** Caveats by priority: a partial last month first (it is the one that misleads), then the rest. */
export function caveatFacts(
  analysis: Analysis,
  importResult?: ImportResult,
  fileName?: string
): Fact[] {
  const partial = partialMonthFacts(analysis);
  const rejected = rejectedRowsFact(importResult, fileName);
  const cost = missingCostFact(analysis);
  const byPriority: Fact[] = [];
  const end = partial.find((f) => f.type === "partialMonth" && f.side === "end");
  if (end) byPriority.push(end);
  if (rejected) byPriority.push(rejected);
  for (const f of partial) if (f !== end) byPriority.push(f);
  if (cost) byPriority.push(cost);
  return byPriority;
}

/** Display order of caveats: partial months, missing cost, rejected rows. */
const CAVEAT_ORDER: Record<string, number> = { partialMonth: 0, missingCost: 1, rejectedRows: 2 };

/**
 * The facts to write, in order. Default: the opening, up to 5 insights, the caveats, 8 at most.
 * With a requested count N: exactly N when there are enough facts (never padding with facts that
 * are not significant), the opening first, at least one insight before caveats take room.
 */
export function chooseFacts(
  opening: Fact | null,
  insights: Fact[],
  caveats: Fact[],
  requested?: number
): Fact[] {
  const budget =
    requested === undefined || Number.isNaN(requested)
      ? MAX_DEFAULT_SENTENCES
      : Math.max(0, Math.floor(requested));
  const picked: { insights: Fact[]; caveats: Fact[] } = { insights: [], caveats: [] };
  let room = budget - (opening && budget > 0 ? 1 : 0);
  const maxInsights =
    requested === undefined || Number.isNaN(requested) ? MAX_DEFAULT_INSIGHTS : insights.length;
  const take = (from: Fact[], to: Fact[], n: number) => {
    while (n > 0 && room > 0 && to.length < from.length) {
      to.push(from[to.length]);
      room--;
      n--;
    }
  };
  take(insights, picked.insights, Math.min(1, maxInsights));
  take(caveats, picked.caveats, caveats.length);
  take(insights, picked.insights, maxInsights - picked.insights.length);
  const orderedCaveats = [...picked.caveats].sort(
    (a, b) => CAVEAT_ORDER[a.type] - CAVEAT_ORDER[b.type]
  );
  return [...(opening && budget > 0 ? [opening] : []), ...picked.insights, ...orderedCaveats];
}

/** All facts for an analysis, before choosing. */
export function allFacts(
  analysis: Analysis,
  kinds: Map<string, DimensionKind>,
  importResult?: ImportResult,
  fileName?: string
): { opening: Fact | null; insights: Fact[]; caveats: Fact[] } {
  const insights = insightFacts(analysis.insights, kinds);
  const extremes = monthExtremesFact(analysis, insights);
  return {
    opening: openingFact(analysis),
    // The months' extremes complete the opening's overview of the period: right after it.
    insights: extremes ? [extremes, ...insights] : insights,
    caveats: caveatFacts(analysis, importResult, fileName),
  };
}
