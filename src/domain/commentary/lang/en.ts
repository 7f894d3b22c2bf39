/**
 * English language pack (US spelling and typography: "$1,284,350", "8.4%", "March 2024").
 * Vocabulary: "gross margin rate" = margin / revenue (French "taux de marque"), "markup rate" =
 * margin / cost (French "taux de marge"). Past tense for what the data shows.
 */
import type { InsightMeasure, MonthKey } from "../../analysis/types";
import type { Fact, MemberRef } from "../facts";
import { displayedPercent, formatList } from "../format";
import { capitalize } from "../grammar";
import { memberPhraseEn, type MemberPhrase } from "../members";
import type { Quoter } from "../quote";
import { rangeYears, type RenderContext, type Variant } from "../render";

function member(q: Quoter, name: string, ref: MemberRef): MemberPhrase {
  q.label(name, ref.label);
  // A column of unknown meaning is named by its header, which is data too.
  if (!ref.noun) q.label(`${name}Dimension`, ref.dimension);
  const p = memberPhraseEn(ref.label, ref.dimension, ref.noun);
  if (!ref.alias) return p;
  // The same series under another dimension: "Thomas Le Gall (Ouest region)".
  const alias = ref.alias;
  q.label(`${name}Alias`, alias.label);
  const other =
    alias.noun &&
    alias.noun.en.style === "after" &&
    !alias.label.toLowerCase().startsWith(alias.noun.en.singular + " ")
      ? `${alias.label} ${alias.noun.en.singular}`
      : alias.label;
  const add = (text: string) => `${text} (${other})`;
  return { ...p, np: add(p.np), npStart: add(p.npStart), de: add(p.de) };
}

function measureEn(measure: InsightMeasure): { np: string; plural: boolean } {
  if (measure === "margin") return { np: "gross margin", plural: false };
  if (measure === "quantity") return { np: "units sold", plural: true };
  return { np: "revenue", plural: false };
}

function amount(q: Quoter, name: string, value: number, measure: InsightMeasure): string {
  return measure === "quantity" ? `${q.quantity(name, value)} units` : q.money(name, value);
}

function month(q: Quoter, name: string, key: MonthKey, ctx: RenderContext): string {
  return q.month(name, key, ctx.withYear);
}

/** "2024" / "fiscal year 2024-2025". */
function yearNp(q: Quoter, name: string, label: string, ctx: RenderContext): string {
  return ctx.fiscal ? `fiscal year ${q.year(name, label)}` : q.year(name, label);
}

/** "from January to June 2024" (year on the end, or on both when they differ). */
function monthRange(q: Quoter, from: MonthKey, to: MonthKey, alwaysYear: boolean): string {
  const { fromYear, toYear } = rangeYears(from, to, alwaysYear);
  return `from ${q.month("from", from, fromYear)} to ${q.month("to", to, toYear)}`;
}

/**
 * The two periods a change compares: "between 2023 and 2024", "between November and December",
 * inside the sentence; like-for-like months of two years, "from January to October 2026,
 * compared with the same period of 2025", open the sentence (`lead`).
 */
function compared(
  q: Quoter,
  period: "month" | "year",
  from: string,
  to: string,
  ctx: RenderContext,
  months: MonthKey[] = []
): { text: string; lead: boolean } {
  if (period === "year") {
    if (months.length === 0 || months.length >= 12) {
      const a = q.year("from", from);
      const b = q.year("to", to);
      return {
        text: ctx.fiscal ? `between fiscal years ${a} and ${b}` : `between ${a} and ${b}`,
        lead: false,
      };
    }
    // Named by the sentence just before: "Over the same period, …".
    if (ctx.periodSaid === "previous")
      return {
        text: months.length === 1 ? "in the same month" : "over the same period",
        lead: true,
      };
    const last = months[months.length - 1];
    const { fromYear, toYear } = rangeYears(months[0], last, true);
    const when =
      months.length === 1
        ? `in ${q.month("firstMonth", months[0], true)}`
        : `from ${q.month("firstMonth", months[0], fromYear)} to ${q.month("lastMonth", last, toYear)}`;
    // Named further up: the months again, what they compare with goes without saying.
    if (ctx.periodSaid === "earlier") return { text: when, lead: true };
    const before = ctx.fiscal ? `fiscal year ${q.year("from", from)}` : q.year("from", from);
    const same = months.length === 1 ? "the same month" : "the same period";
    return { text: `${when}, compared with ${same} of ${before}`, lead: true };
  }
  const { fromYear, toYear } = rangeYears(from, to, ctx.withYear);
  return {
    text: `between ${q.month("from", from, fromYear)} and ${q.month("to", to, toYear)}`,
    lead: false,
  };
}

function isStable(changePct: number): boolean {
  return displayedPercent(changePct) === 0;
}

// ---------------------------------------------------------------- opening

function total(fact: Extract<Fact, { type: "total" }>, ctx: RenderContext): Variant[] {
  if (fact.mode === "year") {
    const { previous, likeForLike: lfl } = fact;
    if (!previous && lfl)
      return [
        (q) =>
          `In ${yearNp(q, "year", fact.year, ctx)}, revenue reached ${q.money("revenue", fact.revenue)}; ${monthRange(q, lfl.from, lfl.to, false)} it was ${isStable(lfl.changePct) ? "flat" : `${lfl.changePct > 0 ? "up" : "down"} ${q.pct("changePct", lfl.changePct, { abs: true })}`} on the same period of ${q.year("previousYear", lfl.previousYear)}.`,
      ];
    if (!previous)
      return [
        (q) =>
          `In ${yearNp(q, "year", fact.year, ctx)}, revenue reached ${q.money("revenue", fact.revenue)}, an average of ${q.money("monthlyAverage", fact.monthlyAverage)} a month.`,
        (q) =>
          `Revenue for ${yearNp(q, "year", fact.year, ctx)} came to ${q.money("revenue", fact.revenue)}, or ${q.money("monthlyAverage", fact.monthlyAverage)} a month on average.`,
      ];
    const change = previous.changePct;
    if (isStable(change))
      return [
        (q) =>
          `In ${yearNp(q, "year", fact.year, ctx)}, revenue reached ${q.money("revenue", fact.revenue)}, flat compared with ${yearNp(q, "previousYear", previous.year, ctx)}.`,
      ];
    const up = change > 0;
    return [
      (q) =>
        `In ${yearNp(q, "year", fact.year, ctx)}, revenue reached ${q.money("revenue", fact.revenue)}, ${up ? "up" : "down"} ${q.pct("changePct", change, { abs: true })} on ${yearNp(q, "previousYear", previous.year, ctx)}.`,
      (q) =>
        `Revenue for ${yearNp(q, "year", fact.year, ctx)} came to ${q.money("revenue", fact.revenue)}, ${q.pct("changePct", change, { abs: true })} ${up ? "more" : "less"} than in ${yearNp(q, "previousYear", previous.year, ctx)}.`,
      (q) =>
        `Revenue totaled ${q.money("revenue", fact.revenue)} in ${yearNp(q, "year", fact.year, ctx)}, ${up ? "up" : "down"} ${q.pct("changePct", change, { abs: true })} year on year.`,
    ];
  }
  if (fact.mode === "ytd") {
    const change = fact.changePct;
    const up = change > 0;
    const single = fact.from === fact.to;
    const period = (q: Quoter) =>
      single ? `in ${q.month("to", fact.to, true)}` : monthRange(q, fact.from, fact.to, true);
    if (isStable(change))
      return [
        (q) =>
          `${capitalize(period(q))}, revenue reached ${q.money("revenue", fact.revenue)}, flat compared with the same period of ${q.year("previousYear", fact.previousYear)}.`,
      ];
    const variants: Variant[] = [
      (q) =>
        `${capitalize(period(q))}, revenue reached ${q.money("revenue", fact.revenue)}, ${up ? "up" : "down"} ${q.pct("changePct", change, { abs: true })} on the same period of ${q.year("previousYear", fact.previousYear)}.`,
    ];
    if (!single)
      variants.push(
        (q) =>
          `At the end of ${q.month("to", fact.to, true)}, revenue since ${q.month("from", fact.from, false)} stood at ${q.money("revenue", fact.revenue)}, ${q.pct("changePct", change, { abs: true })} ${up ? "above" : "below"} the same period of ${q.year("previousYear", fact.previousYear)}.`
      );
    return variants;
  }
  const average = fact.monthlyAverage;
  if (fact.from === fact.to || average === null)
    return [
      (q) =>
        fact.from === fact.to
          ? `In ${q.month("from", fact.from, true)}, revenue reached ${q.money("revenue", fact.revenue)}.`
          : `${capitalize(monthRange(q, fact.from, fact.to, true))}, revenue reached ${q.money("revenue", fact.revenue)}.`,
    ];
  const full = fact.averageOfFullMonths ? "full " : "";
  return [
    (q) =>
      `${capitalize(monthRange(q, fact.from, fact.to, true))}, revenue reached ${q.money("revenue", fact.revenue)}, an average of ${q.money("monthlyAverage", average)} per ${full}month.`,
    (q) =>
      `Revenue ${monthRange(q, fact.from, fact.to, true)} came to ${q.money("revenue", fact.revenue)}, or ${q.money("monthlyAverage", average)} per ${full}month on average.`,
  ];
}

// ---------------------------------------------------------------- insights

function vsAverage(value: number, average: number): number | null {
  if (!(average > 0)) return null;
  const r = value / average - 1;
  return Number.isFinite(r) && displayedPercent(r, 0) !== 0 ? r : null;
}

function bestWorstMonth(
  fact: Extract<Fact, { type: "bestWorstMonth" }>,
  ctx: RenderContext
): Variant[] {
  const { best, worst, measure } = fact;
  // The reported year's months, in data that spans several years: "of the year".
  const ofYear = !!fact.ofYear && ctx.severalYears;
  const Y = ofYear ? " of the year" : "";
  if (measure !== "revenue") {
    const me = measureEn(measure);
    return [
      (q) => {
        const out: string[] = [];
        if (best)
          out.push(
            `${month(q, "bestMonth", best.month, ctx)} was the strongest month for ${me.np} (${amount(q, "best", best.value, measure)})`
          );
        if (worst)
          out.push(
            `${month(q, "worstMonth", worst.month, ctx)} ${best ? "the weakest" : `was the weakest month for ${me.np}`} (${amount(q, "worst", worst.value, measure)})`
          );
        return capitalize(out.join(" and ")) + ".";
      },
    ];
  }
  if (best && worst)
    return [
      (q) =>
        `${capitalize(month(q, "bestMonth", best.month, ctx))} was the strongest month${Y} (${q.money("best", best.value)}) and ${month(q, "worstMonth", worst.month, ctx)} the weakest (${q.money("worst", worst.value)}).`,
      (q) => {
        const above = vsAverage(best.value, best.average);
        const gap =
          above === null
            ? ""
            : `, ${q.pct("bestVsAverage", above, { abs: true })} above the monthly average`;
        return `${ofYear ? "Over the year, monthly" : "Monthly"} revenue peaked in ${month(q, "bestMonth", best.month, ctx)} (${q.money("best", best.value)}${gap}) and bottomed out in ${month(q, "worstMonth", worst.month, ctx)} (${q.money("worst", worst.value)}).`;
      },
    ];
  if (best) {
    const above = vsAverage(best.value, best.average);
    const variants: Variant[] = [
      (q) =>
        `${capitalize(month(q, "bestMonth", best.month, ctx))} was the strongest month${Y}, at ${q.money("best", best.value)}.`,
    ];
    if (above !== null && above > 0)
      variants.unshift(
        (q) =>
          `${capitalize(month(q, "bestMonth", best.month, ctx))} was the strongest month${Y} at ${q.money("best", best.value)}, ${q.pct("bestVsAverage", above)} above the monthly average.`
      );
    return variants;
  }
  if (worst) {
    const below = vsAverage(worst.value, worst.average);
    const variants: Variant[] = [
      (q) =>
        `${capitalize(month(q, "worstMonth", worst.month, ctx))} was the weakest month${Y}, at ${q.money("worst", worst.value)}.`,
    ];
    if (below !== null && below < 0 && worst.value > 0)
      variants.unshift(
        (q) =>
          `${capitalize(month(q, "worstMonth", worst.month, ctx))} was the weakest month${Y} at ${q.money("worst", worst.value)}, ${q.pct("worstVsAverage", below, { abs: true })} below the monthly average.`
      );
    return variants;
  }
  return [];
}

/** " over the whole period" when member totals cover more than the opening's year. */
function wholePeriod(ctx: RenderContext): string {
  return ctx.severalYears ? " over the whole period" : "";
}

function outstandingMember(
  fact: Extract<Fact, { type: "outstandingMember" }>,
  ctx: RenderContext
): Variant[] {
  const { insight } = fact;
  const P = wholePeriod(ctx);
  const me = measureEn(insight.measure);
  const runner = insight.runnerUp;
  if (insight.kind === "outstandingFirst") {
    const variants: Variant[] = [
      (q) =>
        `${member(q, "member", fact.member).npStart} came first with ${amount(q, "value", insight.value, insight.measure)}, ${q.share("share", insight.share)} of ${me.np}${P}.`,
    ];
    if (runner)
      variants.push((q) => {
        const m = member(q, "member", fact.member);
        const r = member(q, "runnerUp", { ...fact.member, label: runner.subject });
        return `${m.npStart} led${P} with ${amount(q, "value", insight.value, insight.measure)}, ahead of ${r.np} (${amount(q, "runnerUpValue", runner.value, insight.measure)}).`;
      });
    return variants;
  }
  return [
    (q) =>
      `${member(q, "member", fact.member).npStart} came last with ${amount(q, "value", insight.value, insight.measure)}, ${q.share("share", insight.share)} of ${me.np}${P}.`,
    (q) =>
      `${member(q, "member", fact.member).npStart} lagged behind${P}, with only ${amount(q, "value", insight.value, insight.measure)} (${q.share("share", insight.share)} of ${me.np}).`,
  ];
}

function trend(fact: Extract<Fact, { type: "trend" }>, ctx: RenderContext): Variant[] {
  const { insight } = fact;
  const up = insight.direction === "up";
  const me = measureEn(insight.measure);
  const slope = (q: Quoter) =>
    insight.measure === "quantity"
      ? `${q.quantity("slopePerMonth", insight.slopePerMonth, { abs: true })} units`
      : q.money("slopePerMonth", insight.slopePerMonth, { abs: true });
  const subject = (q: Quoter) =>
    fact.member ? `${me.np} for ${member(q, "member", fact.member).np}` : me.np;
  return [
    (q) =>
      `${capitalize(subject(q))} ${me.plural ? "have" : "has"} been trending ${up ? "upward" : "downward"} since ${month(q, "from", insight.from, ctx)}, by about ${slope(q)} a month (${q.pct("slopeRelative", insight.slopeRelative, { signed: true })} a month).`,
    (q) =>
      `${capitalize(subject(q))} ${up ? "rose" : "fell"} steadily ${monthRange(q, insight.from, insight.to, ctx.withYear)}, by about ${slope(q)} a month.`,
  ];
}

/**
 * A month whose revenue is zero or negative, against a typical month: no rate (see the French
 * pack). No line at all: no sales; lines summing to 0: sales and credit notes cancel out.
 */
function nonPositiveOutlier(
  fact: Extract<Fact, { type: "outlier" }>,
  ctx: RenderContext
): Variant[] {
  const { insight, target } = fact;
  const when = (q: Quoter) => month(q, "month", insight.month, ctx);
  const usual = (q: Quoter) => `${q.money("expected", insight.expected)} in a typical month`;
  const goal = (q: Quoter) =>
    target ? ` and a target of ${q.money("target", target.target)}` : "";
  if (insight.value < 0)
    return [
      (q) =>
        `In ${when(q)}, revenue was negative (${q.money("value", insight.value)}, against ${usual(q)}${goal(q)}): credit notes exceeded sales.`,
      (q) =>
        `Credit notes exceeded sales in ${when(q)}: revenue was negative at ${q.money("value", insight.value)}, against ${usual(q)}${goal(q)}.`,
    ];
  if (fact.lines === 0)
    return [(q) => `No sales were recorded in ${when(q)} (against ${usual(q)}${goal(q)}).`];
  return [
    (q) =>
      `In ${when(q)}, sales and credit notes cancelled out: revenue was nil (${q.money("value", insight.value)}, against ${usual(q)}${goal(q)}).`,
  ];
}

function outlier(fact: Extract<Fact, { type: "outlier" }>, ctx: RenderContext): Variant[] {
  const { insight, target } = fact;
  if (insight.value <= 0) return nonPositiveOutlier(fact, ctx);
  const high = insight.direction === "high";
  const dev = insight.deviationPct;
  const usable = dev !== null && Number.isFinite(dev) && displayedPercent(dev) !== 0;
  const habit = (q: Quoter) =>
    `${usable ? `${q.pct("deviationPct", dev, { abs: true })} ${high ? "above" : "below"}` : high ? "well above" : "well below"} its usual level (${q.money("expected", insight.expected)})`;
  if (target) {
    const gapPct = target.gapPct;
    const pctOk = gapPct !== null && Number.isFinite(gapPct) && displayedPercent(gapPct) !== 0;
    const gap = (q: Quoter) =>
      pctOk ? q.pct("gapPct", gapPct, { abs: true }) : q.money("gap", target.gap, { abs: true });
    return [
      (q) =>
        `${capitalize(month(q, "month", insight.month, ctx))} ${high ? "stood out" : "fell short"} at ${q.money("value", insight.value)}, ${habit(q)} and ${gap(q)} ${high ? "above" : "below"} its target (${q.money("target", target.target)}).`,
      (q) =>
        `Revenue in ${month(q, "month", insight.month, ctx)} ${high ? "reached" : "dropped to"} an unusual ${q.money("value", insight.value)} (${q.money("expected", insight.expected)} in a typical month), ${high ? "beating" : "missing"} its ${q.money("target", target.target)} target by ${gap(q)}.`,
    ];
  }
  return [
    (q) =>
      `${capitalize(month(q, "month", insight.month, ctx))} ${high ? "stood out" : "fell short"} at ${q.money("value", insight.value)}, ${habit(q)}.`,
    (q) =>
      `Revenue in ${month(q, "month", insight.month, ctx)} ${high ? "reached" : "dropped to"} an unusual ${q.money("value", insight.value)}, against ${q.money("expected", insight.expected)} in a typical month.`,
  ];
}

/** A share in words that stays true to the figure beside it; null below one half. */
export function fractionEn(share: number): string | null {
  if (share >= 0.8) return "The bulk";
  if (share >= 0.75) return "Over three quarters";
  if (share >= 0.7) return "Nearly three quarters";
  if (share > 2 / 3) return "Over two thirds";
  if (share >= 0.6) return "Nearly two thirds";
  if (share > 0.5 && displayedPercent(share, 0) > 50) return "More than half";
  return null;
}

function majority(fact: Extract<Fact, { type: "majority" }>, ctx: RenderContext): Variant[] {
  const { insight, also } = fact;
  const P = wholePeriod(ctx);
  const me = measureEn(insight.measure);
  if (also) {
    // Two majorities under two dimensions, one sentence.
    return [
      (q) => {
        const a = member(q, "member", fact.member);
        const b = member(q, "member2", also.member);
        return `${capitalize(me.np)} ${me.plural ? "were" : "was"} concentrated${P} in ${a.np} (${q.share("share", insight.share)}, or ${amount(q, "value", insight.value, insight.measure)}) and ${b.np} (${q.share("share2", also.insight.share)}, or ${amount(q, "value2", also.insight.value, insight.measure)}).`;
      },
      (q) => {
        const a = member(q, "member", fact.member);
        const b = member(q, "member2", also.member);
        return `${a.npStart} accounted for ${q.share("share", insight.share)} of ${me.np}${P} (${amount(q, "value", insight.value, insight.measure)}), and ${b.np} for ${q.share("share2", also.insight.share)} (${amount(q, "value2", also.insight.value, insight.measure)}).`;
      },
    ];
  }
  const variants: Variant[] = [
    (q) =>
      `${member(q, "member", fact.member).npStart} alone accounted for ${q.share("share", insight.share)} of ${me.np}${P} (${amount(q, "value", insight.value, insight.measure)}).`,
  ];
  const fraction = fractionEn(insight.share);
  if (fraction)
    variants.push(
      (q) =>
        `${fraction} of ${me.np}${P} came from ${member(q, "member", fact.member).np}: ${q.share("share", insight.share)}, or ${amount(q, "value", insight.value, insight.measure)}.`
    );
  return variants;
}

function pareto(fact: Extract<Fact, { type: "pareto" }>, ctx: RenderContext): Variant[] {
  const { insight, noun } = fact;
  const P = wholePeriod(ctx);
  const me = measureEn(insight.measure);
  const one = insight.topCount === 1;
  const nounText = (q: Quoter) =>
    noun
      ? one
        ? noun.en.singular
        : noun.en.plural
      : `${one ? "value" : "values"} of ${q.label("dimension", insight.dimension)}`;
  return [
    (q) =>
      `Sales were concentrated: the top ${one ? "" : q.number("topCount", insight.topCount) + " "}${nounText(q)} out of ${q.number("memberCount", insight.memberCount)} generated ${q.share("topShare", insight.topShare)} of ${me.np}${P}.`,
    (q) =>
      `Just ${q.number("topCount", insight.topCount)} ${nounText(q)} out of ${q.number("memberCount", insight.memberCount)} accounted for ${q.share("topShare", insight.topShare)} of ${me.np}${P}.`,
  ];
}

function changePoint(fact: Extract<Fact, { type: "changePoint" }>, ctx: RenderContext): Variant[] {
  const { insight } = fact;
  const up = insight.after > insight.before;
  const pct = insight.changePct;
  const showPct = pct !== null && Number.isFinite(pct) && Math.abs(pct) < 5;
  const tail = (q: Quoter) => (showPct ? ` (${q.pct("changePct", pct, { signed: true })})` : "");
  return [
    (q) =>
      `Since ${month(q, "month", insight.month, ctx)}, monthly revenue has settled at a ${up ? "higher" : "lower"} level: ${q.money("after", insight.after)} on average, against ${q.money("before", insight.before)} before${tail(q)}.`,
    (q) =>
      `Monthly revenue stepped ${up ? "up" : "down"} from ${month(q, "month", insight.month, ctx)}: ${q.money("after", insight.after)} a month on average, compared with ${q.money("before", insight.before)} previously${tail(q)}.`,
  ];
}

function seasonality(fact: Extract<Fact, { type: "seasonality" }>): Variant[] {
  const { insight } = fact;
  const peak = insight.peakIndex - 1;
  const trough = 1 - insight.troughIndex;
  // The analysis counts years of data as months / 12 (2.1): "more than two years".
  const whole = Math.floor(insight.years + 1e-9);
  const span = (q: Quoter) =>
    `${whole < insight.years ? "more than " : ""}${q.countWords("years", whole, "year", "years")}`;
  if (fact.follows)
    // Right after the sentence naming these months as the year's best and worst.
    return [
      (q) =>
        `This pattern repeats from year to year: over ${span(q)}, ${q.monthOfYear("peakMonth", insight.peakMonth)} has run ${q.pct("peakAboveAverage", peak)} above an average month and ${q.monthOfYear("troughMonth", insight.troughMonth)} ${q.pct("troughBelowAverage", trough)} below.`,
    ];
  return [
    (q) =>
      `Sales are seasonal: over ${span(q)}, ${q.monthOfYear("peakMonth", insight.peakMonth)} is typically the strongest month (${q.pct("peakAboveAverage", peak)} above average) and ${q.monthOfYear("troughMonth", insight.troughMonth)} the weakest (${q.pct("troughBelowAverage", trough)} below).`,
    (q) =>
      `Year after year, ${q.monthOfYear("peakMonth", insight.peakMonth)} is the busiest month (${q.pct("peakAboveAverage", peak)} above the monthly average) and ${q.monthOfYear("troughMonth", insight.troughMonth)} the quietest (${q.pct("troughBelowAverage", trough)} below), over ${span(q)} of data.`,
  ];
}

function contribution(
  fact: Extract<Fact, { type: "contribution" }>,
  ctx: RenderContext
): Variant[] {
  const { insight } = fact;
  const totalUp = insight.totalChange > 0;
  const noun = totalUp ? "increase" : "decrease";
  const share = insight.shareOfChange;
  const when = (q: Quoter) =>
    compared(q, insight.period, insight.from, insight.to, ctx, insight.months);
  /** "Subject verb… period" or, when the period is long, "Period, subject verb…". */
  const sentence = (q: Quoter, rest: (p: string) => string) => {
    const m = member(q, "member", fact.member);
    const p = when(q);
    return p.lead ? `${capitalize(p.text)}, ${m.np} ${rest("")}` : `${m.npStart} ${rest(p.text)}`;
  };
  const spaced = (p: string) => (p ? ` ${p}` : "");
  const memberChange = (q: Quoter) =>
    q.money("memberChange", insight.memberChange, { signed: true });
  if (ctx.otherDimension)
    // The same change, already explained by another dimension: another view of it. "By range,
    // over the same period, Consommables contributed 59% of the increase (+€22,651)."
    return [
      (q) => {
        q.label("member", fact.member.label);
        const by = fact.member.noun
          ? fact.member.noun.en.singular
          : q.label("memberDimension", fact.member.dimension);
        const name = fact.member.label;
        const rest =
          share < 0
            ? `${name} ${totalUp ? "held back growth" : "bucked the decline"} (${memberChange(q)})`
            : share > 1 && displayedPercent(share, 0) > 100
              ? `${name} accounted for more than the whole ${noun}: ${memberChange(q)}, against ${q.money("totalChange", insight.totalChange, { signed: true })} in total`
              : `${name} contributed ${q.share("shareOfChange", share)} of the ${noun} (${memberChange(q)})`;
        return `By ${by}, ${when(q).text}, ${rest}.`;
      },
    ];
  if (share < 0)
    return [
      (q) =>
        sentence(q, (p) =>
          totalUp
            ? `held back growth${spaced(p)} (${memberChange(q)}), while total revenue rose by ${q.money("totalChange", insight.totalChange, { abs: true })}.`
            : `bucked the decline${spaced(p)} (${memberChange(q)}), while total revenue fell by ${q.money("totalChange", insight.totalChange, { abs: true })}.`
        ),
    ];
  if (share > 1 && displayedPercent(share, 0) > 100)
    return [
      (q) =>
        sentence(
          q,
          (p) =>
            `accounted for all of the revenue ${noun}${spaced(p)}: ${memberChange(q)}, more than the total ${noun} (${q.money("totalChange", insight.totalChange, { signed: true })}), as the rest of the business ${totalUp ? "declined" : "grew"}.`
        ),
    ];
  const variants: Variant[] = [
    (q) =>
      sentence(
        q,
        (p) =>
          `${share >= 0.5 ? "alone " : ""}accounted for ${q.share("shareOfChange", share)} of the revenue ${noun}${spaced(p)} (${memberChange(q)}).`
      ),
  ];
  if (share >= 0.5)
    variants.push((q) => {
      const p = when(q);
      const tail = `came mainly from ${member(q, "member", fact.member).np}: ${memberChange(q)}, or ${q.share("shareOfChange", share)} of the total ${noun}.`;
      return p.lead
        ? `${capitalize(p.text)}, the revenue ${noun} ${tail}`
        : `The revenue ${noun} ${p.text} ${tail}`;
    });
  return variants;
}

function rateShift(fact: Extract<Fact, { type: "rateShift" }>, ctx: RenderContext): Variant[] {
  const { insight } = fact;
  const name = insight.rate === "marginRate" ? "the gross margin rate" : "the markup rate";
  const up = insight.delta > 0;
  const when = (q: Quoter) =>
    compared(q, insight.period, insight.from, insight.to, ctx, insight.months);
  const move = (q: Quoter) =>
    `from ${q.rate("before", insight.before)} to ${q.rate("after", insight.after)}`;
  return [
    (q) => {
      const p = when(q);
      const verb = `${up ? "rose" : "fell"} ${move(q)}`;
      const tail = `${up ? "up" : "down"} ${q.points("delta", insight.delta)}.`;
      return p.lead
        ? `${capitalize(p.text)}, ${name} ${verb}, ${tail}`
        : `${capitalize(name)} ${verb} ${p.text}, ${tail}`;
    },
    (q) =>
      `${capitalize(when(q).text)}, ${name} went ${move(q)}, ${up ? "up" : "down"} ${q.points("delta", insight.delta)}.`,
  ];
}

function targetGap(fact: Extract<Fact, { type: "targetGap" }>, ctx: RenderContext): Variant[] {
  const { insight } = fact;
  // A gap to a zero (or negative) target is not meaningful.
  if (!(insight.target > 0)) return [];
  const isMonth = /^\d{4}-\d{2}$/.test(insight.period);
  const above = insight.gap > 0;
  const pct = insight.gapPct;
  // A gap in % of a revenue at zero or below says nothing (−130%): the gap in money then.
  const usable =
    pct !== null && Number.isFinite(pct) && displayedPercent(pct) !== 0 && insight.actual > 0;
  const { cumul } = fact;
  const subject = (q: Quoter) =>
    isMonth
      ? capitalize(month(q, "period", insight.period, ctx))
      : cumul
        ? `Revenue ${monthRange(q, cumul.from, cumul.to, true)}`
        : `Revenue for ${yearNp(q, "period", insight.period, ctx)}`;
  const period = (q: Quoter) =>
    isMonth
      ? `for ${month(q, "period", insight.period, ctx)}`
      : cumul
        ? monthRange(q, cumul.from, cumul.to, true)
        : `for ${yearNp(q, "period", insight.period, ctx)}`;
  const figures = (q: Quoter) =>
    `${q.money("actual", insight.actual)} against a target of ${q.money("target", insight.target)}`;
  if (!usable)
    return [
      (q) =>
        `${subject(q)} ${above ? "beat its target by" : "fell"} ${q.money("gap", insight.gap, { abs: true })}${above ? "" : " short of its target"} (${figures(q)}).`,
    ];
  return [
    (q) =>
      above
        ? `${subject(q)} beat its target by ${q.pct("gapPct", pct, { abs: true })} (${figures(q)}).`
        : `${subject(q)} came in ${q.pct("gapPct", pct, { abs: true })} below target (${figures(q)}).`,
    (q) =>
      `The target ${period(q)} was ${above ? "exceeded" : "missed"}: ${q.money("actual", insight.actual)} achieved against ${q.money("target", insight.target)} (${q.pct("gapPct", pct, { signed: true })}).`,
  ];
}

// ---------------------------------------------------------------- caveats

function partialMonth(
  fact: Extract<Fact, { type: "partialMonth" }>,
  ctx: RenderContext
): Variant[] {
  const end = fact.side === "end";
  const coverage = (q: Quoter) =>
    end ? `up to ${q.day("lastDay", fact.to)}` : `from ${q.day("firstDay", fact.from)}`;
  return [
    (q) => `Note: ${month(q, "month", fact.month, ctx)} is a partial month (data ${coverage(q)}).`,
    (q) =>
      end
        ? `Caution: the data for ${month(q, "month", fact.month, ctx)} stops on ${q.day("lastDay", fact.to)}, so that month is incomplete.`
        : `Caution: the data for ${month(q, "month", fact.month, ctx)} only starts on ${q.day("firstDay", fact.from)}, so that month is incomplete.`,
  ];
}

/** Most months a caveat names one by one; beyond, it gives their count, first and last. */
const MAX_LISTED_MONTHS = 3;

function nonPositiveMonths(fact: Extract<Fact, { type: "nonPositiveMonths" }>): Variant[] {
  const { months } = fact;
  // Always with the year: a caveat sends the reader to check the source.
  const listed = months.length <= MAX_LISTED_MONTHS;
  const amounts = !fact.noSales && listed;
  const when = (q: Quoter) => {
    if (!listed)
      return `in ${q.countWords("months", months.length, "month", "months")} (the first in ${q.month("firstMonth", months[0].month, true)}, the last in ${q.month("lastMonth", months[months.length - 1].month, true)})`;
    return formatList(
      months.map((m, i) => {
        const at = `in ${q.month(`month${i + 1}`, m.month, true)}`;
        return amounts && months.length > 1 ? `${at} (${q.money(`value${i + 1}`, m.value)})` : at;
      }),
      "en"
    );
  };
  if (fact.noSales) {
    const these = months.length > 1 ? "those months" : "that month";
    return [(q) => `No sales were recorded ${when(q)}: check that the export covers ${these}.`];
  }
  const negative = months.some((m) => m.value < 0);
  const zero = months.some((m) => !(m.value < 0));
  const state = negative && zero ? "negative or nil" : negative ? "negative" : "nil";
  const why =
    negative && zero
      ? "credit notes matched or exceeded sales"
      : negative
        ? "credit notes exceeded sales"
        : "sales and credit notes cancelled out";
  const single = (q: Quoter) =>
    months.length === 1 && negative ? ` (${q.money("value1", months[0].value)})` : "";
  return [(q) => `Revenue was ${state} ${when(q)}${single(q)}: ${why}.`];
}

function missingCost(fact: Extract<Fact, { type: "missingCost" }>): Variant[] {
  if (fact.linesWithoutCost === null) {
    if (fact.lines <= 1)
      return [
        () =>
          `The imported row has no cost, so margin, margin rate and markup rate cannot be computed.`,
      ];
    return [
      (q) =>
        `None of the ${q.count("lines", fact.lines, "imported row", "imported rows")} has a cost, so margin, margin rate and markup rate cannot be computed.`,
    ];
  }
  const missing = fact.linesWithoutCost;
  return [
    (q) =>
      `Caution: ${q.count("linesWithoutCost", missing, "row", "rows")} out of ${q.number("lines", fact.lines)} ${missing === 1 ? "has" : "have"} no cost, so margin, margin rate and markup rate are only computed for months where every cost is known.`,
  ];
}

function rejectedRows(fact: Extract<Fact, { type: "rejectedRows" }>): Variant[] {
  const one = fact.rows === 1;
  const file = (q: Quoter) => (fact.fileName ? ` of ${q.label("fileName", fact.fileName)}` : "");
  const rev = (q: Quoter) =>
    fact.rejectedRevenue !== null
      ? ` (${q.money("rejectedRevenue", fact.rejectedRevenue)} in revenue)`
      : "";
  const rows = (q: Quoter) => q.count("rows", fact.rows, "row", "rows");
  return [
    (q) =>
      `At import, ${rows(q)}${file(q)} ${one ? "was" : "were"} rejected${rev(q)}; the import report gives the details.`,
    (q) =>
      `The import report lists ${rows(q)}${file(q)} set aside${rev(q)}, to be checked in the source.`,
  ];
}

/** Every way of saying a fact in English. */
export function englishPack(fact: Fact, ctx: RenderContext): Variant[] {
  switch (fact.type) {
    case "total":
      return total(fact, ctx);
    case "bestWorstMonth":
      return bestWorstMonth(fact, ctx);
    case "outstandingMember":
      return outstandingMember(fact, ctx);
    case "trend":
      return trend(fact, ctx);
    case "outlier":
      return outlier(fact, ctx);
    case "majority":
      return majority(fact, ctx);
    case "pareto":
      return pareto(fact, ctx);
    case "changePoint":
      return changePoint(fact, ctx);
    case "seasonality":
      return seasonality(fact);
    case "contribution":
      return contribution(fact, ctx);
    case "rateShift":
      return rateShift(fact, ctx);
    case "targetGap":
      return targetGap(fact, ctx);
    case "partialMonth":
      return partialMonth(fact, ctx);
    case "nonPositiveMonths":
      return nonPositiveMonths(fact);
    case "missingCost":
      return missingCost(fact);
    case "rejectedRows":
      return rejectedRows(fact);
  }
}
