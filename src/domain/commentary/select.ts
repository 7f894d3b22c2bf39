/**
 * Which facts become sentences, and in what order: the opening, then the strongest insights
 * (ranked by the analysis, merged and de-duplicated so one fact is said once), caveats last.
 */
import type { Analysis, Insight, MonthKey } from "../analysis/types";
import type { DimensionKind, ImportResult } from "../import/types";
import {
  type Fact,
  type MemberRef,
  insightFact,
  isMeaningful,
  isWritable,
  missingCostFact,
  nonPositiveMonthsFacts,
  openingFact,
  partialMonthFacts,
  rejectedRowsFact,
  reportingYear,
  withMonthLines,
  withTargetMonths,
  yearLabelOf,
} from "./facts";

/** Below this, an insight is too likely to be noise to be worth a sentence. */
export const MIN_SIGNIFICANCE = 0.8;
/**
 * Below this score (impact × significance), an insight is too small to be worth a sentence
 * (e.g. the last of 22 departments holding 0.3 % of revenue).
 */
export const MIN_SCORE = 0.005;
/**
 * Best and worst months are said without an insight behind them only when the year's range
 * (best − worst month) reaches a quarter of its average month. Below that, the calendar alone can
 * explain the gap: a 31-day month has 11 % more days than February, and a month has 19 to 23
 * working days, a spread of about 19 % of an average 21-day month. A range of 25 % is beyond what
 * the calendar makes, and is worth more than a week of sales (7 / 30.4 = 23 % of a month): a gap a
 * manager acts on (stock, staffing, a campaign). FoodMart 1997: (56 966 − 42 342) / 47 103 = 31 %,
 * said; a year whose months stay within ±5 % of their average: at most 10 %, not said.
 */
export const MIN_MONTH_RANGE = 0.25;
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
  mergeOutlierTargets(facts);
  mergeAliases(facts);
  generalBeforeParticular(facts);
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
  let firstMajority: Extract<Fact, { type: "majority" }> | null = null;
  return facts.filter((f) => {
    // Two majorities ("Food: 72 %", "North West: 72 %") side by side read as one fact said twice:
    // one sentence names both.
    if (f.type === "majority") {
      if (
        firstMajority &&
        !firstMajority.also &&
        firstMajority.insight.measure === f.insight.measure &&
        firstMajority.member.dimension !== f.member.dimension
      ) {
        if (concentration >= MAX_CONCENTRATION || (perKind.get("majority") ?? 0) >= MAX_PER_KIND)
          return false;
        firstMajority.also = { insight: f.insight, member: f.member };
        // Two facts in one sentence: both count against the budgets, as two sentences would.
        concentration++;
        perKind.set("majority", (perKind.get("majority") ?? 0) + 1);
        return false;
      }
      firstMajority ??= f;
    }
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
 * An outlier month and its gap to target in the same direction are one fact ("June stands out …
 * and beats its target by 48 %"): merged at the rank of the first, the other dropped.
 */
export function mergeOutlierTargets(facts: Fact[]): void {
  for (let i = 0; i < facts.length; i++) {
    const outlier = facts[i];
    if (outlier.type !== "outlier" || outlier.target) continue;
    const j = facts.findIndex(
      (f) =>
        f.type === "targetGap" &&
        f.insight.period === outlier.insight.month &&
        f.insight.gap > 0 === (outlier.insight.direction === "high")
    );
    if (j < 0) continue;
    const gap = facts[j] as Extract<Fact, { type: "targetGap" }>;
    const merged: Fact = {
      ...outlier,
      target: { target: gap.insight.target, gap: gap.insight.gap, gapPct: gap.insight.gapPct },
    };
    facts[Math.min(i, j)] = merged;
    facts.splice(Math.max(i, j), 1);
  }
}

/** The overall trend is said before a member's trend in the same direction (general first). */
export function generalBeforeParticular(facts: Fact[]): void {
  const overall = facts.findIndex((f) => f.type === "trend" && !f.member);
  if (overall < 0) return;
  const direction = (facts[overall] as Extract<Fact, { type: "trend" }>).insight.direction;
  const member = facts.findIndex(
    (f) => f.type === "trend" && f.member !== null && f.insight.direction === direction
  );
  if (member >= 0 && member < overall) {
    const [general] = facts.splice(overall, 1);
    facts.splice(member, 0, general);
  }
}

/** The figures that identify a member fact, without the member (to spot the same series twice). */
function memberFactKey(f: Fact): string | null {
  switch (f.type) {
    case "trend":
      return f.member ? `trend|${f.insight.from}|${f.insight.to}|${f.insight.slopePerMonth}` : null;
    case "contribution":
      return `contribution|${f.insight.period}|${f.insight.from}|${f.insight.to}|${f.insight.memberChange}`;
    case "majority":
      return `majority|${f.insight.value}`;
    case "outstandingMember":
      return `${f.insight.kind}|${f.insight.value}`;
    default:
      return null;
  }
}

/**
 * The same fact about the same series under two dimensions (the sample's Thomas Le Gall is the
 * whole Ouest region) is said once, naming both: "Thomas Le Gall (région Ouest)".
 */
export function mergeAliases(facts: Fact[]): void {
  const seen = new Map<string, Fact>();
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    const key = memberFactKey(f);
    if (key === null || !("member" in f) || !f.member) continue;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, f);
      continue;
    }
    const target = first as Fact & { member: MemberRef };
    if (!target.member.alias && target.member.dimension !== f.member.dimension)
      target.member = { ...target.member, alias: f.member };
    facts.splice(i--, 1);
  }
}

/** Months an outlier fact describes (its sentence already tells how unusual they are). */
export function outlierMonths(facts: Fact[]): Set<MonthKey> {
  return new Set(facts.flatMap((f) => (f.type === "outlier" ? [f.insight.month] : [])));
}

/**
 * Months that are no "ordinary month" to compare with: those an outlier fact describes, and those
 * at zero or below (each has a sentence of its own, an outlier or a caveat).
 */
export function unusualMonths(analysis: Analysis, facts: Fact[]): Set<MonthKey> {
  const months = outlierMonths(facts);
  for (const m of analysis.months) if (m.revenue <= 0) months.add(m.month);
  return months;
}

/**
 * Best and worst full months of the reporting year, read from the monthly figures when the
 * analysis has no insight about them: the first thing a manager looks for in a monthly table, and
 * what issue 4 asks the commentary to give. It is a description, not a tested insight, so its
 * sentence says so (`insight: "monthExtremes"`) and it is admitted only when the spread is one a
 * manager should hear about: the year's range (best − worst month) is at least
 * `MIN_MONTH_RANGE` of its average month (see there why). The months an outlier insight already
 * describes, and months at zero or below (see unusualMonths), are left out of the best, the worst, the average and the range alike (a negative month
 * would drag the average down and make an ordinary month look 16 % above it); not said with fewer
 * than `MIN_MONTHS_FOR_EXTREMES` full months.
 */
export function monthExtremesFact(analysis: Analysis, insightFactsList: Fact[]): Fact | null {
  if (insightFactsList.some((f) => f.type === "bestWorstMonth" && f.measure === "revenue"))
    return null;
  const described = unusualMonths(analysis, insightFactsList);
  // The opening speaks of the reporting year: its months, when it has enough full ones.
  const lastYear = reportingYear(analysis)?.year;
  const allFull = analysis.months.filter((m) => !m.partial);
  const yearFull = allFull.filter((m) => yearLabelOf(m, analysis) === lastYear);
  const ofYear = yearFull.filter((m) => !described.has(m.month)).length >= MIN_MONTHS_FOR_EXTREMES;
  const scope = ofYear ? yearFull : allFull;
  const typical = scope.filter((m) => !described.has(m.month));
  const range = monthlyRange(typical);
  if (!range || range.relative < MIN_MONTH_RANGE) return null;
  const { best, worst, average } = range;
  // The best (worst) of the typical months is "the best month" only when no outlier month is
  // above (below) it: otherwise the outlier's own sentence already names the extreme.
  const top = !scope.some((m) => m.revenue > best.revenue);
  const bottom = !scope.some((m) => m.revenue < worst.revenue);
  const stat = (m: typeof best) => ({ month: m.month, value: m.revenue, average });
  const fact: Fact = {
    type: "bestWorstMonth",
    best: top ? stat(best) : null,
    worst: bottom ? stat(worst) : null,
    measure: "revenue",
    basis: "monthlyRange",
    ofYear,
  };
  return fact.best || fact.worst ? fact : null;
}

/**
 * A best or worst month from an outstanding-month insight compared with the average of the full
 * ordinary months (see unusualMonths) (the insight's average includes them: one negative
 * month would make the best month look far above "the average"); unchanged without outliers.
 */
export function withTypicalAverage(fact: Fact, analysis: Analysis, described: Set<MonthKey>): Fact {
  if (fact.type !== "bestWorstMonth" || fact.basis !== "insight" || described.size === 0)
    return fact;
  const typical = analysis.months.filter((m) => !m.partial && !described.has(m.month));
  if (typical.length === 0) return fact;
  const average = typical.reduce((s, m) => s + m.revenue, 0) / typical.length;
  const adjust = (stat: typeof fact.best) => (stat ? { ...stat, average } : null);
  return { ...fact, best: adjust(fact.best), worst: adjust(fact.worst) };
}

/**
 * Best and worst of some months, their average, and the range (best − worst) as a fraction of
 * that average; null with fewer than `MIN_MONTHS_FOR_EXTREMES` months, a non-positive average or
 * months all equal.
 */
export function monthlyRange<M extends { month: MonthKey; revenue: number }>(
  months: M[]
): { best: M; worst: M; average: number; relative: number } | null {
  if (months.length < MIN_MONTHS_FOR_EXTREMES) return null;
  const average = months.reduce((s, m) => s + m.revenue, 0) / months.length;
  if (!(average > 0)) return null;
  const best = months.reduce((a, b) => (b.revenue > a.revenue ? b : a));
  const worst = months.reduce((a, b) => (b.revenue < a.revenue ? b : a));
  if (best === worst || !(best.revenue > worst.revenue)) return null;
  const relative = (best.revenue - worst.revenue) / average;
  return Number.isFinite(relative) ? { best, worst, average, relative } : null;
}

/**
 * When the seasonality insight's peak and trough are the months just named as the year's best and
 * worst, its sentence follows that one and says the pattern repeats, instead of naming the same
 * months a second time (in place: the seasonality fact is replaced by a copy marked `follows`).
 */
export function echoSeasonality(facts: Fact[]): void {
  const months = facts.find(
    (f): f is Extract<Fact, { type: "bestWorstMonth" }> =>
      f.type === "bestWorstMonth" && f.measure === "revenue" && !!f.best && !!f.worst
  );
  const i = facts.findIndex((f) => f.type === "seasonality");
  if (!months || i < 0) return;
  const season = facts[i] as Extract<Fact, { type: "seasonality" }>;
  const monthNumber = (key: MonthKey) => Number(key.slice(5, 7));
  if (
    season.insight.peakMonth !== monthNumber(months.best!.month) ||
    season.insight.troughMonth !== monthNumber(months.worst!.month)
  )
    return;
  facts.splice(i, 1);
  facts.splice(facts.indexOf(months) + 1, 0, { ...season, follows: true });
}

/**
 * Two members of different dimensions explaining the same change are said one after the other
 * (the second as another view of the first: « Par gamme, sur la même période, … »), in place.
 */
export function contributionsTogether(facts: Fact[]): void {
  const key = (f: Fact) =>
    f.type === "contribution"
      ? `${f.insight.period}|${f.insight.from}|${f.insight.to}|${f.insight.months.join(",")}`
      : null;
  for (let i = 0; i < facts.length; i++) {
    const k = key(facts[i]);
    if (k === null) continue;
    let at = i + 1;
    for (let j = i + 1; j < facts.length; j++)
      if (key(facts[j]) === k) {
        const [moved] = facts.splice(j, 1);
        facts.splice(at++, 0, moved);
      }
    i = at - 1;
  }
}

/** Caveats by priority: a partial last month first (it is the one that misleads), then the rest. */
export function caveatFacts(
  analysis: Analysis,
  importResult?: ImportResult,
  fileName?: string,
  describedMonths: ReadonlySet<MonthKey> = new Set()
): Fact[] {
  const partial = partialMonthFacts(analysis);
  const nonPositive = nonPositiveMonthsFacts(analysis, describedMonths);
  const rejected = rejectedRowsFact(importResult, fileName);
  const cost = missingCostFact(analysis);
  const byPriority: Fact[] = [];
  const end = partial.find((f) => f.type === "partialMonth" && f.side === "end");
  if (end) byPriority.push(end);
  byPriority.push(...nonPositive);
  if (rejected) byPriority.push(rejected);
  for (const f of partial) if (f !== end) byPriority.push(f);
  if (cost) byPriority.push(cost);
  return byPriority;
}

/** Display order of caveats: partial months, months at zero or below, missing cost, rejected rows. */
const CAVEAT_ORDER: Record<string, number> = {
  partialMonth: 0,
  nonPositiveMonths: 1,
  missingCost: 2,
  rejectedRows: 3,
};

/**
 * The facts to write, in order. Default: the opening, up to 5 insights, the caveats, 8 at most.
 * With a requested count N: exactly N when there are enough facts (never padding with facts that
 * are not significant), the opening first, at least one insight before caveats take room.
 */
export function chooseFacts(
  opening: Fact | null,
  insights: Fact[],
  caveats: Fact[],
  requested?: number,
  overview: Fact | null = null
): Fact[] {
  const budget =
    requested === undefined || Number.isNaN(requested)
      ? MAX_DEFAULT_SENTENCES
      : Math.max(0, Math.floor(requested));
  // The months' extremes (no insight behind them) are chosen after the two strongest insights
  // (a sentence naming two majorities counts as two), but said right after the opening, as part
  // of the overview of the period.
  let after = 0;
  for (let weight = 0; after < insights.length && weight < 2; after++) {
    const f = insights[after];
    weight += f.type === "majority" && f.also ? 2 : 1;
  }
  const ranked = overview
    ? [...insights.slice(0, after), overview, ...insights.slice(after)]
    : insights;
  // When room is short, one fact of each type first (two concentration facts in a row say less
  // than a concentration fact and a trend); the text keeps the ranking order.
  const seenTypes = new Set<string>();
  const firsts: Fact[] = [];
  const rest: Fact[] = [];
  for (const f of ranked) {
    (seenTypes.has(f.type) ? rest : firsts).push(f);
    seenTypes.add(f.type);
  }
  const priority = [...firsts, ...rest];
  const picked: { insights: Fact[]; caveats: Fact[] } = { insights: [], caveats: [] };
  let room = budget - (opening && budget > 0 ? 1 : 0);
  const maxInsights =
    requested === undefined || Number.isNaN(requested) ? MAX_DEFAULT_INSIGHTS : ranked.length;
  const take = (from: Fact[], to: Fact[], n: number) => {
    while (n > 0 && room > 0 && to.length < from.length) {
      to.push(from[to.length]);
      room--;
      n--;
    }
  };
  take(priority, picked.insights, Math.min(1, maxInsights));
  take(caveats, picked.caveats, caveats.length);
  take(priority, picked.insights, maxInsights - picked.insights.length);
  const inRankOrder = ranked.filter((f) => picked.insights.includes(f));
  const ordered =
    overview && inRankOrder.includes(overview)
      ? [overview, ...inRankOrder.filter((f) => f !== overview)]
      : inRankOrder;
  echoSeasonality(ordered);
  contributionsTogether(ordered);
  const orderedCaveats = [...picked.caveats].sort(
    (a, b) => CAVEAT_ORDER[a.type] - CAVEAT_ORDER[b.type]
  );
  return [...(opening && budget > 0 ? [opening] : []), ...ordered, ...orderedCaveats];
}

/** All facts for an analysis, before choosing. */
export function allFacts(
  analysis: Analysis,
  kinds: Map<string, DimensionKind>,
  importResult?: ImportResult,
  fileName?: string
): { opening: Fact | null; insights: Fact[]; overview: Fact | null; caveats: Fact[] } {
  const facts = insightFacts(analysis.insights, kinds);
  const unusual = unusualMonths(analysis, facts);
  const insights = facts.map((f) =>
    withTypicalAverage(withMonthLines(withTargetMonths(f, analysis), analysis), analysis, unusual)
  );
  return {
    opening: openingFact(analysis),
    insights,
    overview: monthExtremesFact(analysis, insights),
    caveats: caveatFacts(analysis, importResult, fileName, outlierMonths(facts)),
  };
}
